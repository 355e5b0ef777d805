"""Ranges as one figure: "10-20", "10 to 20 km", "between 10 and 20", "$10-20 million".

A range's value is its midpoint and its interval runs between its two ends (a descending
range "20-10" too); its qualifier is "range", so no sum or share treats it as a stated value.
The second end's scale and unit apply to a bare first end: "10-20 million" is 10 to 20
million, "5 to 10 km" is 5 km to 10 km.
"""
from __future__ import annotations

import regex

from ..model import Figure
from .vocab import CHANGE_VERBS, CURRENCIES

# Patterns used inline below, compiled once.
_DASH = regex.compile(r"[-–—−]|[ \u00a0][-–—−][ \u00a0]")
_WORD_JOIN = regex.compile(r"(?i)\s+(?:to|and|und|bis|et|à|y|a)\s+")
_TO = regex.compile(r"(?i)-?\s+to\s+")  # "10 to 20", "8- to 16-metre"
# "X to Y" is a tally, a score, a vote or a change after these, not a range.
_NOT_A_RANGE = regex.compile(
    rf"(?i)\b(?:won|wins?|lost|loses?|beat|beats|defeated|voted|votes?|scored?|led|leads?|trail\w*|drew|tied"
    rf"|ratio|odds|from|{CHANGE_VERBS})\b[^.;]{{0,60}}$")


def merge_ranges(text: str, figures: list[Figure], scales: dict[int, int]) -> list[Figure]:
    """``figures`` with each pair of range ends joined into one range figure.

    ``scales`` gives the scale word each figure was written with (by start offset)."""
    out: list[Figure] = []
    i = 0
    while i < len(figures):
        if i + 1 < len(figures) and (merged := _range(text, figures[i], figures[i + 1], scales)):
            out.append(merged)
            i += 2
        else:
            out.append(figures[i])
            i += 1
    return out


def _range(text: str, a: Figure, b: Figure, scales: dict[int, int]) -> Figure | None:
    gap = text[a.end : b.start]
    marked = a.qualifier == "range" and b.qualifier == "range"
    if a.unit is not None and b.unit is not None and a.unit != b.unit:
        return None
    if a.unit is not None and b.unit is None and a.unit not in CURRENCIES and not marked:
        return None  # "5% to 20" joins different things; "$10-20" is dollars at both ends
    low = a.value
    if scales.get(a.start, 1) == 1 and scales.get(b.start, 1) > 1:
        low = a.value * scales[b.start]  # "10-20 million"
    if marked and (_DASH.fullmatch(gap) or _WORD_JOIN.fullmatch(gap)):
        pass
    elif _TO.fullmatch(gap) and a.qualifier is None and b.qualifier is None and low < b.value \
            and not _NOT_A_RANGE.search(text[max(0, a.start - 60) : a.start]):
        pass  # "10 to 20 km"
    else:
        return None
    lo, hi = min(low, b.value), max(low, b.value)
    return Figure(text[a.start : b.end], a.start, b.end, (lo + hi) / 2, lo, hi, b.unit or a.unit, "range", b.label)

