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
# After "the 79 members": the sentence goes on about all of them (a verb, a full stop), not a
# clause that picks out some ("who voted", "in the cabinet", "aged over 65").
_REFERS = regex.compile(r"(?i)(?:\s+(?!(?:who|that|which|whose|whom|present|remaining|in|of|at|from|with|aged|under|over|on)\b)[\p{L}-]+){1,2}?(?:\s*[.,;:)]|\s+(?:were|was|are|is|have|had|has|will|would|could|can|"
                        r"then|also|all|each|together|voted|met|agreed|said|signed|gathered|took|made)\b)")
# Time passing, growth or a new group between two mentions: they may differ.
_PASSED = regex.compile(r"(?i)\b(?:1[89]|20)\d\d\b|\b(?:now|today|currently|since|grew|grown|rose|risen|fell|fallen|"
                        r"increased|decreased|dropped|up from|down from|joined|left|new|another|other|remaining)\b")


def approximations(s: Sentences) -> Iterable[Relation]:
    """Pair each approximate figure with the exact figure it rounds, and a count named again
    with the count it names."""
    yield from _glossed(s)
    yield from _repeats(s)
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


def _repeats(s: Sentences) -> Iterable[Relation]:
    """A count named again with "the" ("The council has 97 members. ... the 79 members
    voted") is the count stated before: the nearest earlier exact count of the same thing,
    when no earlier mention has the value and nothing between them says time has passed.
    "The 79 members who voted" (a clause that picks out some of them) is another count."""
    seen: dict[tuple, list] = {}
    for b in s.figures:
        if not (b.is_exact and b.unit is None and b.value > 0 and b.label and b.value.denominator == 1):
            continue
        key = head(b.label).split()[0]
        earlier = seen.setdefault(key, [])
        if _DEFINITE.search(s.text[max(0, b.start - 12) : b.start]) and _REFERS.match(s.text, b.end):
            same = [a for a in earlier if same_thing(a, b)]
            if same and all(a.value != b.value for a in same):
                a = same[-1]
                if a.value * 2 / 3 <= b.value <= a.value * 3 / 2 and not _PASSED.search(s.text[a.end : b.start]):
                    yield approx_relation(b, a, "mentioned again")
        earlier.append(b)


def _glossed(s: Sentences) -> Iterable[Relation]:
    """"A fifth (19%)", "about 300 (296)": a loose figure glossed by an exact one in brackets."""
    for a, b in zip(s.figures, s.figures[1:]):
        if a.qualifier in GLOSSED and b.is_exact and a.unit == b.unit and _BRACKET.fullmatch(s.text[a.end : b.start]):
            yield approx_relation(a, b, "glossed in brackets")
