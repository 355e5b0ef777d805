"""Relations that share a figure, solved together.

Each figure is one symbol, so a rounded figure used by two relations must take one value
that satisfies both. Interval propagation narrows each shared symbol to the values every
relation allows (it only ever removes values that cannot satisfy some relation, so it never
invents a contradiction); if a symbol is left with no value, the relations cannot all hold.
"""
from __future__ import annotations

from collections import defaultdict
from typing import Sequence

import sympy

from ..model import CONTRADICTION, Finding, Relation
from .bounds import Box, allowed, meet

#: Rounds of narrowing; each round can only shrink intervals, so this bounds the work.
ROUNDS = 8


def conflicts(relations: Sequence[Relation], findings: Sequence[Finding], box: Box) -> list[list[int]]:
    """Groups of relation indices that hold one by one but not together."""
    out = []
    for group in _components(relations, findings):
        if len(group) > 1 and _clash(relations, group, dict(box)):
            out.append(group)
    return out


def _components(relations, findings) -> list[list[int]]:
    """Relations linked by shared figures (contradictions are left out: already reported)."""
    by_symbol = defaultdict(list)
    for i, r in enumerate(relations):
        if findings[i].kind != CONTRADICTION:
            for f in r.figures:
                by_symbol[f.symbol].append(i)
    parent = list(range(len(relations)))

    def root(i):
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for members in by_symbol.values():
        for j in members[1:]:
            parent[root(j)] = root(members[0])
    groups = defaultdict(list)
    for i in {i for members in by_symbol.values() for i in members}:
        groups[root(i)].append(i)
    return [sorted(g) for g in groups.values()]


def _clash(relations, group: list[int], box: Box) -> bool:
    constraints = [c for i in group for c in _parts(relations[i])]
    for _ in range(ROUNDS):
        changed = False
        for c in constraints:
            for s in sorted(c.free_symbols, key=str):
                narrowed = meet(box[s], allowed(c, box, s))
                if narrowed is None:
                    return True
                if narrowed != box[s]:
                    box[s], changed = narrowed, True
        if not changed:
            return False
    return False


def _parts(r: Relation):
    return r.relation.args if isinstance(r.relation, sympy.And) else (r.relation,)


def joint_finding(relations: Sequence[Relation], findings: Sequence[Finding], group: list[int]) -> Finding:
    """One contradiction naming every figure of relations that cannot hold together."""
    figures = tuple(sorted({f for i in group for f in relations[i].figures}, key=lambda f: f.start))
    said = "; ".join(findings[i].message for i in group)
    first = relations[group[0]]
    return Finding(CONTRADICTION, first.check, figures,
                   f"these hold one at a time but not together, as one value per figure: {said}",
                   relation=first)
