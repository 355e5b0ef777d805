"""The solve stage: relations in, one finding per relation out.

Each figure is one sympy symbol bounded by its interval, shared by every relation it is in;
a relation is a contradiction only when no point of those intervals satisfies it.
"""
from __future__ import annotations

from fractions import Fraction
from typing import Sequence

import sympy

from ..model import CONSISTENT, CONTRADICTION, RESIDUAL, Finding, Relation
from .bounds import Box, allowed, meet, satisfiable, solve_for
from .joint import conflicts, joint_finding
from .messages import describe
from .suggest import suggest


def box_of(relation: Relation) -> Box:
    """Every symbol of a relation with the interval it may take."""
    box: Box = {f.symbol: (f.low, f.high) for f in relation.figures}
    box.update({s: (lo, hi) for s, lo, hi in relation.unknowns})
    return box


def holds(relation: Relation, box: Box) -> bool:
    """Whether some point of ``box`` satisfies the relation (all its equations at once)."""
    if isinstance(relation.relation, sympy.And):
        return _shared_unknown(relation, box) is not None
    return satisfiable(relation.relation, box)


def _shared_unknown(relation: Relation, box: Box):
    """Equations tied only by one unknown (an unstated whole): intersect what each allows."""
    (w, lo, hi), = relation.unknowns
    allowed = (lo, hi)
    for eq in relation.relation.args:
        allowed = meet(allowed, solve_for(eq, w, box))
        if allowed is None:
            return None
    return allowed


def residual(relation: Relation, box: Box) -> Fraction | None:
    """For a non-exhaustive breakdown: the least remainder over the box, when above zero."""
    if relation.exhaustive is not False or not relation.unknowns:
        return None
    lo, _ = allowed(relation.relation, box, relation.unknowns[0][0])
    return lo if lo is not None and lo > 0 else None


#: A relation holds "at the edge of rounding" when it fails with every rounded figure kept to
#: this share of its interval around the value written (the last tenth is the edge).
EDGE = Fraction(9, 10)


def _at_edge(relation: Relation, box: Box) -> bool:
    """Whether the relation holds only with some figure near the end of its rounding interval
    ("52.1%" must be read as 52.149%)."""
    inner = dict(box)
    rounded = False
    for f in relation.figures:
        if f.low is not None and f.high is not None and f.low < f.high and f.qualifier is None:
            inner[f.symbol] = (f.value - EDGE * (f.value - f.low), f.value + EDGE * (f.high - f.value))
            rounded = True
    return rounded and not satisfiable(relation.relation, inner)


def check(relation: Relation, others: Sequence[Relation] = ()) -> Finding:
    """The finding for one relation: consistent, residual or contradiction. A suggestion
    never breaks one of ``others`` (relations sharing its figures) that holds as written."""
    box = box_of(relation)
    shared = isinstance(relation.relation, sympy.And)
    whole = _shared_unknown(relation, box) if shared else None  # solved once, for check and message
    if not (whole is not None if shared else satisfiable(relation.relation, box)):
        kind = CONTRADICTION
    elif residual(relation, box) is not None:
        kind = RESIDUAL
    else:
        kind = CONSISTENT
    message, stated, expected = describe(relation, kind, whole)
    if kind == CONSISTENT and not shared and _at_edge(relation, box):
        message += " (only at the edge of rounding)"
    difference = stated - expected if stated is not None and expected is not None else None
    suggestion = suggest(relation, box, holds, _keeps(others)) if kind == CONTRADICTION else None
    return Finding(kind, relation.check, relation.figures, message, stated, expected, difference,
                   suggestion, relation)


def _keeps(others: Sequence[Relation]):
    """Whether changing a figure to an interval leaves every other relation that held as
    written still holding."""
    held = [o for o in others if holds(o, box_of(o))]

    def keeps(figure, interval) -> bool:
        for o in held:
            if any(f.start == figure.start for f in o.figures):
                box = box_of(o)
                box[figure.symbol] = interval
                if not holds(o, box):
                    return False
        return True
    return keeps


def solve(relations: Sequence[Relation]) -> list[Finding]:
    """One finding per relation, in the order given; relations that share figures are also
    solved together, and where they cannot all hold the first one's finding says so."""
    sharing: dict[int, list[Relation]] = {}
    for r in relations:
        for f in r.figures:
            sharing.setdefault(f.start, []).append(r)
    # each other relation once, however many figures it shares
    findings = [check(r, list({id(o): o for f in r.figures for o in sharing[f.start] if o is not r}.values()))
                for r in relations]
    box: Box = {}
    for r in relations:
        box.update(box_of(r))
    for group in conflicts(relations, findings, box):
        findings[group[0]] = joint_finding(relations, findings, group)
    return findings
