"""Means stated in prose (check ``mean``): "averaged 20 points over three games: 18, 22 and
21", "a mean of 4.2 (3, 5 and 4.6)".

The average must be followed, in its sentence, by the list of what it averages: after a
colon, a bracket or a dash, its items joined by commas and "and". Where the text also says
how many there are ("over three games"), the list must have that many items.
"""
from __future__ import annotations

from typing import Iterable

import regex

from ..model import Figure, Relation
from .base import Sentences, mean_relation, usable


# Patterns used inline below, compiled once.
# "averaged 20", "a mean of 4.2", "the mean wait was 12 days"
_AVERAGE = regex.compile(r"(?i)\b(?:averag(?:e|ed|es|ing)|mean)\b(?:\s+[\p{L}-]+){0,3}\s+$", regex.REVERSE)
_OPEN = regex.compile(r"^[^.;:()—–]{0,60}?(?:[:(—–]|,\s+namely)\s*$")
_COUNT = regex.compile(r"(?i)\b(?:over|in|across|from)\s+(?:the\s+)?(?:last\s+|past\s+)?$")
_ITEM_GAP = regex.compile(r"^\s*(?:,|,?\s+and)\s+$")


def means(s: Sentences) -> Iterable[Relation]:
    """Each average with the list it averages."""
    for group in s.groups:
        figs = [f for f in group if usable(f)]
        for i, m in enumerate(figs):
            if not _AVERAGE.search(s.text[max(0, m.start - 40) : m.start]):
                continue
            rest = figs[i + 1 :]
            count = None
            if rest and rest[0].value.denominator == 1 and _COUNT.search(s.between(m, rest[0])):
                count, rest = rest[0], rest[1:]  # "over three games"
            items = _list(s, (count or m), rest)
            if len(items) >= 2 and all(f.unit in (m.unit, None) for f in items) and (count is None or count.value == len(items)):
                yield mean_relation(m, items, "stated in prose")


def _list(s: Sentences, after: Figure, figs: list[Figure]) -> list[Figure]:
    """The figures of a list that opens after ``after`` with a colon, bracket or dash."""
    if not figs or not _OPEN.match(s.between(after, figs[0])):
        return []
    items = [figs[0]]
    for f in figs[1:]:
        if not _ITEM_GAP.match(s.between(items[-1], f)):
            break
        items.append(f)
    return items
