"""The single figure change that would make a contradiction hold.

For each figure, free it, find the values that satisfy the relation with the other figures
inside their intervals, and take the nearest such value written at the figure's precision.
Among the figures, prefer a change that is one typed digit away (a slip of the keyboard),
then a figure derived from the others (the percentage of an "n (%)" pair), then the
smallest relative change.
"""
from __future__ import annotations

import math
from fractions import Fraction
from typing import Callable

import sympy

from ..fmt import NUMERAL, SCALE_WORD, like, places, scale
from ..model import APPROXIMATE, Figure, Relation
from .bounds import Box, allowed


#: Roles whose figure is computed from the others ("n (%)": the percentage; a conversion's
#: bracketed value), so the likelier slip.
DERIVED = frozenset({"percent", "to"})
#: Roles whose figure is best fixed by recomputing it, before any one-digit slip elsewhere, in
#: a conversion ("10 miles (19 km)": 19 km → 16 km).
RECOMPUTED = frozenset({"to"})


def suggest(relation: Relation, box: Box, holds: Callable[[Relation, Box], bool],
            keeps: Callable[[Figure, tuple], bool] = lambda f, interval: True) -> str | None:
    """"77 → 79": the best single change, or None when no one figure can fix it. A slip of the
    scale word ("$3.5 billion → $3.5 million (scale word)") comes first, then a one-digit slip
    (named when two digits are swapped: "97 → 79 (digits swapped)"). A change that would break
    another relation the figure is in (``keeps`` says no) is not suggested."""
    if isinstance(relation.relation, sympy.And):
        return None
    if rescaled := _rescale(relation, box, holds):
        return rescaled
    best = None
    for f, role in zip(relation.figures, relation.roles):
        if not f.is_stated:
            continue
        center = _center(relation, box, f) if role in DERIVED else None
        for value in _candidates(relation, box, f) + ([center] if center is not None else []):
            trial = dict(box)
            trial[f.symbol] = _interval(f, value)
            if not holds(relation, trial) or not keeps(f, trial[f.symbol]):
                continue
            new = like(f, value)
            if new == f.text:
                continue  # not a change
            recomputed = value == center
            # a count named again is fixed to match its first mention, not the other way round
            again = relation.note == "mentioned again" and role == "approx"
            key = (not (recomputed and role in RECOMPUTED and relation.check == "conversion"), not again, _edits(f.text, new) > 1, role not in DERIVED,
                   not recomputed, abs(value - f.value) / max(abs(f.value), Fraction(1)))
            if best is None or key < best[0]:
                swapped = " (digits swapped)" if _swapped(f.text, new) else ""
                best = (key, f"{f.text} → {new}{swapped}")
    return best[1] if best else None


def _interval(f: Figure, value: Fraction) -> tuple[Fraction | None, Fraction | None]:
    """The interval ``value`` would stand for, written as ``f`` is: rounding moves with the
    value; a qualifier's slack ("nearly 50" is [45, 50]) scales with it."""
    if f.qualifier in APPROXIMATE and f.value:
        k = value / f.value
        ends = [None if e is None else e * k for e in (f.low, f.high)]
        return (ends[0], ends[1]) if k > 0 else (ends[1], ends[0])
    shift = value - f.value
    return (None if f.low is None else f.low + shift), (None if f.high is None else f.high + shift)


def _center(relation: Relation, box: Box, f: Figure) -> Fraction | None:
    """A derived figure recomputed from the others as written ("10 miles" is 16.09 km), at its
    own precision: the fix a writer would make, rather than the nearest value rounding allows."""
    point: Box = {s: _pinned(lo, hi) for s, (lo, hi) in box.items()}
    for g in relation.figures:
        if g is not f:
            point[g.symbol] = (g.value, g.value)
    point[f.symbol] = (None, None)
    lo, hi = allowed(relation.relation, point, f.symbol)
    if lo is None or lo != hi:
        return None
    step = scale(f) / 10 ** places(f) if NUMERAL.search(f.text) else Fraction(1)
    return round(lo / step) * step


def _pinned(lo: Fraction | None, hi: Fraction | None) -> tuple[Fraction | None, Fraction | None]:
    """An unknown at zero where it may be zero (an unstated remainder, a rounding slack)."""
    if (lo is None or lo <= 0) and (hi is None or hi >= 0):
        return Fraction(0), Fraction(0)
    return lo, hi


def _candidates(relation: Relation, box: Box, f: Figure) -> list[Fraction]:
    """Grid values (the figure's precision) at the near edge of what the relation allows."""
    free = dict(box)
    free[f.symbol] = (None, None)
    lo, hi = allowed(relation.relation, free, f.symbol)
    step = scale(f) / 10 ** places(f) if NUMERAL.search(f.text) else Fraction(1)
    out = []
    for edge in (lo, hi):
        if edge is None:
            continue
        k = edge / step
        out += [math.floor(k) * step, math.ceil(k) * step, (math.floor(k) - 1) * step, (math.ceil(k) + 1) * step]
    if f.value >= 0:
        out = [v for v in out if v >= 0]
    return sorted(set(out), key=lambda v: abs(v - f.value))[:6]


#: Scale words, and the others a slip may have put in their place.
_SCALES = {"thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12,
           "k": 10**3, "m": 10**6, "mn": 10**6, "bn": 10**9, "b": 10**9, "tn": 10**12}
_SAME_STYLE = {"thousand": ("million",), "million": ("thousand", "billion"), "billion": ("million", "trillion"),
               "trillion": ("billion",), "k": ("m",), "m": ("k", "bn"), "mn": ("bn",), "bn": ("m", "tn"),
               "b": ("m",), "tn": ("bn",)}


def _rescale(relation: Relation, box: Box, holds: Callable[[Relation, Box], bool]) -> str | None:
    """The figure whose scale word, swapped for a neighbour, makes the relation hold."""
    for f in relation.figures:
        m = SCALE_WORD.search(f.text)
        if m is None or not f.is_stated or m.group().lower() not in _SCALES:
            continue
        word = m.group().lower()
        for other in _SAME_STYLE[word]:
            k = Fraction(_SCALES[other], _SCALES[word])
            trial = dict(box)
            trial[f.symbol] = tuple(None if e is None else e * k for e in (f.low, f.high))
            if holds(relation, trial):
                written = other if m.group().islower() else other.capitalize()
                return f"{f.text} → {f.text[: m.start()]}{written}{f.text[m.end() :]} (scale word)"
    return None


def _swapped(old: str, new: str) -> bool:
    a, b = "".join(ch for ch in old if ch.isdigit()), "".join(ch for ch in new if ch.isdigit())
    return len(a) == len(b) and a != b and sorted(a) == sorted(b) and _edits(old, new) == 1


def _edits(old: str, new: str) -> int:
    """Digit edits between two numerals: 1 for one changed digit or two swapped ones."""
    a, b = "".join(ch for ch in old if ch.isdigit()), "".join(ch for ch in new if ch.isdigit())
    if len(a) != len(b):
        return 2
    diff = [i for i in range(len(a)) if a[i] != b[i]]
    if len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]:
        return 1
    return len(diff)
