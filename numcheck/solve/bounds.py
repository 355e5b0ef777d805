"""Exact extents of expressions over boxes of intervals, and feasibility of relations.

Every relation numcheck builds is multilinear in its symbols (sums are linear; "100 part =
percent x whole" has one product), so over a box its extremes sit at the box's corners, and
since a box is connected, an equation is satisfiable in it iff 0 lies between those extremes.
``None`` stands for an open end (-oo below, +oo above).
"""
from __future__ import annotations

import functools
import itertools
import math
from fractions import Fraction

import sympy

Bound = Fraction | None
Box = dict[sympy.Symbol, tuple[Bound, Bound]]
#: Beyond this many unbounded-free symbols at once, corner enumeration is not attempted.
MAX_CORNERS = 12


def frac(x: sympy.Expr) -> Fraction:
    """A sympy rational as a Fraction."""
    r = sympy.Rational(x)
    return Fraction(int(r.p), int(r.q))


def extent(expr: sympy.Expr, box: Box) -> tuple[Bound, Bound]:
    """The least and greatest value of ``expr`` over ``box`` (None where unbounded)."""
    const, monomials = _terms(expr)
    if all(len(syms) == 1 for _, syms in monomials):
        return _linear(const, monomials, box)
    return _corners(const, monomials, box)


@functools.lru_cache(maxsize=65536)
def _terms(expr: sympy.Expr) -> tuple[Fraction, tuple[tuple[Fraction, tuple[sympy.Symbol, ...]], ...]]:
    """(constant, ((coefficient, symbols), ...)): ``expr`` as a sum of multilinear monomials,
    in exact Fractions. Cached: the solver asks about one relation over many boxes."""
    const, monomials = Fraction(0), []
    for term in sympy.Add.make_args(sympy.expand(expr)):
        c, m = term.as_coeff_Mul()
        if m == 1:
            const += frac(c)
            continue
        powers = m.as_powers_dict()
        if any(e != 1 for e in powers.values()) or not all(x.is_Symbol for x in powers):
            raise ValueError(f"not multilinear: {expr}")
        monomials.append((frac(c), tuple(sorted(powers, key=str))))
    return const, tuple(monomials)


def _linear(const: Fraction, monomials, box: Box) -> tuple[Bound, Bound]:
    lo: Bound = const
    hi: Bound = const
    for c, (s,) in monomials:
        a, b = box[s]
        if c < 0:
            a, b = b, a
        lo = None if lo is None or a is None else lo + c * a
        hi = None if hi is None or b is None else hi + c * b
    return lo, hi


def _corners(const: Fraction, monomials, box: Box) -> tuple[Bound, Bound]:
    syms = sorted({s for _, ss in monomials for s in ss}, key=str)
    if len(syms) > MAX_CORNERS or any(None in box[s] for s in syms):
        return None, None
    values = []
    for corner in itertools.product(*(box[s] for s in syms)):
        at = dict(zip(syms, corner))
        values.append(const + sum((c * math.prod((at[s] for s in ss), start=Fraction(1)) for c, ss in monomials), Fraction(0)))
    return min(values), max(values)


def satisfiable(rel: sympy.Basic, box: Box) -> bool:
    """Whether some point of ``box`` satisfies the relational ``rel``."""
    lo, hi = extent(_difference(rel), box)
    if isinstance(rel, sympy.Eq):
        return (lo is None or lo <= 0) and (hi is None or hi >= 0)
    if isinstance(rel, sympy.StrictGreaterThan):
        return hi is None or hi > 0
    if isinstance(rel, sympy.GreaterThan):
        return hi is None or hi >= 0
    if isinstance(rel, sympy.StrictLessThan):
        return lo is None or lo < 0
    if isinstance(rel, sympy.LessThan):
        return lo is None or lo <= 0
    raise TypeError(f"unsupported relation {rel!r}")


@functools.lru_cache(maxsize=65536)
def _difference(rel: sympy.Basic) -> sympy.Expr:
    """lhs - rhs of a relational, built once per relation."""
    return rel.lhs - rel.rhs


@functools.lru_cache(maxsize=65536)
def _split(expr: sympy.Expr, s: sympy.Symbol) -> tuple[sympy.Expr, sympy.Expr]:
    """``expr`` as ``c s + rest`` with ``c`` and ``rest`` free of ``s`` (it is multilinear)."""
    expanded = sympy.expand(expr)
    c = expanded.coeff(s)
    return c, sympy.expand(expanded - c * s)


def solve_for(rel: sympy.Eq, s: sympy.Symbol, box: Box) -> tuple[Bound, Bound]:
    """The values of ``s`` that satisfy the equation for some point of the rest of ``box``."""
    den, rest = _split(_difference(rel), s)  # den s + rest = 0: s = -rest / den
    num = -rest
    dlo, dhi = extent(den, box)
    if dlo is None or dhi is None or dlo <= 0 <= dhi:
        return None, None  # the denominator may vanish: no bound
    nlo, nhi = extent(num, box)
    ends = [x / d for x in (nlo, nhi) for d in (dlo, dhi) if x is not None]
    if nlo is None or nhi is None:
        return None, None
    return min(ends), max(ends)


def meet(a: tuple[Bound, Bound], b: tuple[Bound, Bound]) -> tuple[Bound, Bound] | None:
    """The intersection of two intervals, or None when empty."""
    lo = a[0] if b[0] is None else b[0] if a[0] is None else max(a[0], b[0])
    hi = a[1] if b[1] is None else b[1] if a[1] is None else min(a[1], b[1])
    if lo is not None and hi is not None and lo > hi:
        return None
    return lo, hi


def allowed(rel: sympy.Basic, box: Box, s: sympy.Symbol) -> tuple[Bound, Bound]:
    """The values of ``s`` for which the rest of ``box`` can satisfy ``rel`` (an interval
    that may be a little wide for a strict inequality, never too narrow)."""
    c, rest = _split(_difference(rel), s)
    if c.free_symbols:  # s multiplies another figure: solve for it
        return solve_for(rel, s, box) if isinstance(rel, sympy.Eq) else (None, None)
    if c == 0:
        return None, None
    lo, hi = extent(rest, box)
    c = frac(c)
    low, high = (None if hi is None else -hi / c), (None if lo is None else -lo / c)
    if c < 0:
        low, high = high, low
    if isinstance(rel, sympy.Eq):
        return low, high
    if (c > 0) == isinstance(rel, (sympy.StrictGreaterThan, sympy.GreaterThan)):
        return low, None  # c s + rest > 0 with c > 0: s above the least bound
    return None, high
