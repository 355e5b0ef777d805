"""Approximations (check ``approx``): "about 100 special forces" and, elsewhere, "97 special
forces". An approximate figure agrees with an exact one when their intervals meet; the
approximate interval is widened by the configured tolerance at extraction.

Only figures that count the same thing (same unit, same label) are paired, each approximate
figure with the nearest such exact figure, only within a factor of 1.5 of each other, and
only where the exact figure refers back to a known set ("of the 97 special forces", "the
286 objections"): "about 2,000 people attended ... organisers said 3,500 people attended"
are two estimates, not a rounding of one figure.
"""
from __future__ import annotations

from typing import Iterable

import regex

from ..model import APPROXIMATE, BOUNDS, Relation
from .base import Sentences, approx_relation, head, same_thing


GLOSSED = APPROXIMATE | BOUNDS
_DEFINITE = regex.compile(r"(?i)\b(?:the|these|those|all)\s+$")
_BRACKET = regex.compile(r"\s*\(\s*")


def approximations(s: Sentences) -> Iterable[Relation]:
    """Pair each approximate figure with the exact figure it rounds."""
    yield from _glossed(s)
    exact: dict[tuple, list] = {}
    for f in s.figures:  # indexed by unit and first label word: no all-pairs scan
        if f.is_exact and f.value > 0 and f.label and _DEFINITE.search(s.text[max(0, f.start - 12) : f.start]):
            exact.setdefault((f.unit, head(f.label).split()[0]), []).append(f)
    glossed = {a.start for a, b in zip(s.figures, s.figures[1:]) if _BRACKET.fullmatch(s.text[a.end : b.start])}
    for a in s.figures:
        if a.qualifier not in APPROXIMATE or a.value <= 0 or a.start in glossed:
            continue
        if not a.label:
            continue
        candidates = sorted(exact.get((a.unit, head(a.label).split()[0]), ()), key=lambda e: abs(e.start - a.start))
        match = next((e for e in candidates if a.value * 2 / 3 <= e.value <= a.value * 3 / 2 and same_thing(a, e)), None)
        if match is not None:  # the nearest exact figure of the same thing
            yield approx_relation(a, match)


def _glossed(s: Sentences) -> Iterable[Relation]:
    """"A fifth (19%)", "about 300 (296)": a loose figure glossed by an exact one in brackets."""
    for a, b in zip(s.figures, s.figures[1:]):
        if a.qualifier in GLOSSED and b.is_exact and a.unit == b.unit and _BRACKET.fullmatch(s.text[a.end : b.start]):
            yield approx_relation(a, b, "glossed in brackets")
