"""Count-and-percentage pairs (check ``percent-of``): "130 (52%)", "52% (130/250)",
"1599 (68%) of 2359", "16,470 votes, or 49.7 percent".

The whole is the figure after "of" or "/", else the total the sentence opens with
("Of 250 patients, ..."; "250 patients, of whom ..."; "(n = 250)"). Pairs with no stated whole
that stand side by side are shares of one unstated whole, solved together.
"""
from __future__ import annotations

from fractions import Fraction
from typing import Iterable

import regex
import sympy

from ..extract.vocab import CURRENCIES
from ..model import Figure, Relation
from .base import HUNDRED, Sentences, head, percent_of_relation, percent_sum_relation, symbol, usable

# "130 (52%)", "130 patients (52%)", "16,470 votes, 49.7 percent", "1,551 votes, or 4.7 percent"
_COUNT_THEN_PERCENT = regex.compile(r"(?i)^(?:\s*[\p{L}-]+){0,2}?\s*\(\s*$|^(?:\s+[\p{L}-]+){1,2},\s*(?:or\s+|good for\s+|representing\s+|i\.e\.\s+|that is\s+)?$")
_PART_OF_WHOLE = regex.compile(r"(?i)^(?:\s+[\p{L}-]+){0,2}\s+(?:out of|of)\s+(?:the\s+|all\s+)?$")
_PERCENT_THEN_COUNT = regex.compile(r"^\s*\(\s*(?:n\s*=\s*)?$", regex.I)
_SLASH = regex.compile(r"^\s*(?:/|of|out of)\s*$", regex.I)
_OF_WHOLE = regex.compile(r"(?i)^\s*[),]?\s*(?:of|out of)\s+(?:the\s+|all\s+)?$")
_TOTAL_TRIGGER = regex.compile(r"(?i)(?:^|\b(?:of|among)\s+(?:the\s+|all\s+)?)$")
_TOTAL_AFTER = regex.compile(r"(?i)[^,.;:()\d]{0,60}?(?:,\s*(?:of whom|of which|of these|of them|including)\b|\s+(?:included|includes|include|comprised|comprises|comprising|consisted of|consists of)\s|:\s)")
_OF_SUBGROUP = regex.compile(r"(?i)\)?\s*of\s+(?:those|these|them|whom|which|the\s+(?!\d))")
_OWN_BASE = regex.compile(r"(?i)\s*of\s+(?!all\b|the\s+total\b|the\s+vote|votes\b|those\b|the\s+ballots\b)\p{L}")
_SETTING = regex.compile(r"(?i)\b(?:in|at|during|among|after|before|from)\s+(?:the\s+)?(?:\p{Lu}|\d|[\p{L}-]+\s+(?:season|group|arm|year|quarter|round))")
_GROUPS = regex.compile(r"(?i)\b(?:group|arm|cohort|placebo|control|treatment|versus|vs\.?|compared|respectively)s?\b")
# Between a whole and a pair, these open a subgroup whose size is not the whole.
_SUBGROUP = regex.compile(r"(?i);|\b(?:among|of)\s+(?:the|these|those|them|whom|which)\b|\bin\s+the\s+[\p{L}-]+\s+(?:group|arm)\b")
# "a turnout of 28.2%", "the response rate was 41%", "a pass rate of"
_RATE_BEFORE = regex.compile(r"(?i)\b(?:turnout|rate|proportion|percentage|share|occupancy|coverage|uptake|yield)\s+(?:of|was|is|stood at|reached|came to|at)\s+(?:about\s+|around\s+|some\s+|roughly\s+|nearly\s+|almost\s+)?$")
_RATE_PART_OF = regex.compile(r"(?i)^(?:\s+[\p{L}-]+){0,4}\s+(?:out of|of)\s+(?:the\s+|all\s+)?$")
_N_EQUALS = regex.compile(r"(?i)\(\s*n\s*=\s*$")


def pairs(s: Sentences) -> Iterable[Relation]:
    """Percent-of relations for every count-and-percentage pair."""
    loose: list[tuple[Figure, Figure, int]] = []
    for i, figs in enumerate(s.groups):
        taken: set[int] = set()
        for k in range(len(figs) - 1):
            found = _pair(s, figs, k)
            if found is None or k in taken:
                continue
            part, percent, whole, used = found
            taken |= used
            if whole is None and _OF_SUBGROUP.match(s.text, percent.end):
                continue  # "150 (50%) of those remote workers": a share of a subgroup
            if whole is None:
                whole = _sentence_total(s, i, part)
            if whole is not None and whole.value == 0:
                continue  # a share of nothing
            if whole is not None:
                yield percent_of_relation(part, whole, percent)
            else:
                loose.append((part, percent, i))
    yield from _shared_whole(s, loose)
    yield from rates(s)


def rates(s: Sentences) -> Iterable[Relation]:
    """A rate named with the two counts it comes from: "Of 52,000 registered voters, 14,664
    voted, a turnout of 28.2%"; "a response rate of 41% (205 of 500)". The sentence must hold
    just the two counts, one said to be of the other."""
    for i, figs in enumerate(s.groups):
        for p in figs:
            if not (p.is_percent and usable(p) and _RATE_BEFORE.search(s.before(p, i)[-40:])):
                continue
            counts = [f for f in figs if f is not p and _count(f)]
            if len(counts) != 2 or counts[0].unit != counts[1].unit:
                continue
            a, b = counts
            if _RATE_PART_OF.match(s.between(a, b)) or _SLASH.match(s.between(a, b)):
                part, whole = a, b  # "14,664 of the 52,000"
            elif _TOTAL_TRIGGER.search(s.before(a, i).lower()) and "," in s.between(a, b):
                part, whole = b, a  # "Of 52,000 registered voters, 14,664 ..."
            else:
                continue
            if whole.value > 0 and part.value <= whole.value:
                yield percent_of_relation(part, whole, p, "a rate of two counts")


def _count(f: Figure) -> bool:
    return usable(f) and f.value >= 0 and not f.is_percent and (f.unit is None or f.unit in CURRENCIES)


def _pair(s: Sentences, figs: tuple[Figure, ...], k: int):
    """(part, percent, whole or None, indices used) for a pair starting at figs[k]."""
    a, b = figs[k], figs[k + 1]
    nxt = figs[k + 2] if k + 2 < len(figs) else None
    if nxt is not None and _count(a) and _count(b) and a.unit == b.unit and nxt.is_percent and usable(nxt):
        if _PART_OF_WHOLE.match(s.between(a, b)) and _COUNT_THEN_PERCENT.match(s.between(b, nxt)):
            return a, nxt, b, {k, k + 1, k + 2}  # "five votes out of 2,999 cast, or 0.17 percent"
    if _count(a) and b.is_percent and usable(b) and _COUNT_THEN_PERCENT.match(s.between(a, b)):
        if nxt is not None and _count(nxt) and nxt.unit == a.unit and _OF_WHOLE.match(s.between(b, nxt)):
            return a, b, nxt, {k, k + 1, k + 2}  # "1599 (68%) of 2359"
        return a, b, None, {k, k + 1}
    if a.is_percent and usable(a) and _count(b) and _PERCENT_THEN_COUNT.match(s.between(a, b)):
        if nxt is not None and _count(nxt) and _SLASH.match(s.between(b, nxt)):
            return b, a, nxt, {k, k + 1, k + 2}  # "52% (130/250)"
    return None


def _sentence_total(s: Sentences, i: int, part: Figure) -> Figure | None:
    """The whole a sentence sets up before a pair: "Of 250 patients, ...", "(n = 250)" (the
    nearest one), unless a subgroup opens between it and the pair ("among the men, ...")."""
    found = None
    for f in s.groups[i]:
        if f.start >= part.start:
            break
        if not _count(f) or f.unit != part.unit or not f.is_exact:
            continue
        lead = s.before(f, i)
        if _N_EQUALS.search(lead) or (_TOTAL_TRIGGER.search(lead.lower()) and "," in s.between(f, part)):
            found = f
        elif (m := _TOTAL_AFTER.match(s.text, f.end)) and m.end() <= part.start:
            found = f
    if found is None or _SUBGROUP.search(s.between(found, part)):
        return None
    return found


def _shared_whole(s: Sentences, loose: list[tuple[Figure, Figure, int]]) -> Iterable[Relation]:
    """Pairs with no stated whole, side by side in a paragraph: one unstated whole for all."""
    groups: list[list[tuple[Figure, Figure, int]]] = []
    for item in loose:
        if groups and groups[-1][-1][2] >= item[2] - 1 and s.same_paragraph(groups[-1][-1][2], item[2]):
            groups[-1].append(item)
        else:
            groups.append([item])
    for group in groups:
        if len(group) < 2 or not _one_whole(s, group):
            continue
        whole = sympy.Dummy("w")  # this relation's own unknown
        figures = tuple(f for part, percent, _ in group for f in (part, percent))
        roles = ("part", "percent") * len(group)
        rel = sympy.And(*(sympy.Eq(HUNDRED * symbol(p), symbol(q) * whole, evaluate=False) for p, q, _ in group))
        floor = max(p.low for p, _, _ in group)
        yield Relation("percent-of", figures, roles, rel, None, ((whole, Fraction(floor), None),),
                       "shares of one unstated whole")
        yield percent_sum_relation([q for _, q, _ in group], False, "shares of one unstated whole")


def _one_whole(s: Sentences, group) -> bool:
    """Pairs side by side that count the same thing ("votes"), with nothing that sets them
    apart ("in Leeds ... in York", "in the placebo arm"), no share of another base ("48% of
    revenue"; "49.7 percent of all votes" is fine) and a whole that is bounded."""
    heads = {head(p.label) for p, _, _ in group}
    first, last = group[0][0].start, group[-1][1].end
    return (len(heads) == 1 and None not in heads
            and not _GROUPS.search(s.text[first:last]) and not _SETTING.search(s.text[first:last])
            and not any(_OWN_BASE.match(s.text, q.end) for _, q, _ in group)
            and any(q.low and q.low > 0 for _, q, _ in group))
