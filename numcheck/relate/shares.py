"""Shares of one whole (check ``percent-sum``): percentages listed side by side that split one
population, so they add up to 100 (when the list covers every case) or at most 100.

Percentages side by side often do not split one whole ("30% had children, 24% were married":
overlapping traits), so a list is taken only with evidence that its items exclude each other:
complementary answers (yes/no/undecided), an answer and its negation, age brackets ("under
18 ... 65 or older"), categories named once ("20% were rated outstanding, 55% good"), or
shares of a vote. Answers with different verbs may come from a multiple-choice question
("71% said the economy, 58% said health care"), so they are not summed.
"""
from __future__ import annotations

from typing import Iterable

import regex

from ..model import Figure, Relation
from .base import Sentences, head, percent_sum_relation, usable
from .sums import complementary

_BRACKET_FIRST = regex.compile(r"(?i)^\s*(?:were\s+|was\s+|are\s+)?(?:under|below|less than|younger than|aged under)\b")
_BRACKET = regex.compile(r"(?i)^\s*(?:were\s+|was\s+|are\s+|who were\s+)?(?:from|aged|between|under|below|less than|\d)")
_BRACKET_LAST = regex.compile(r"(?i)^[^,;]{0,60}?\b(?:or|and)\s+(?:older|over|above|more)\b")
_VOTE = regex.compile(r"(?i)^\s*(?:of\s+(?:the\s+|all\s+)?(?:votes?|ballots?)\b)")
_BASE = regex.compile(r"(?i)^\s*of\s+(?:the\s+|all\s+)?([\p{L}'’ -]{1,40}?)(?=\s+(?:said|say|were|was|are|is|had|have|felt|think|thought|who|that|voted|did|do)\b|[,.;)]|$)")
_SUBGROUP = regex.compile(r"(?i)\s*(?:for|among|of)\s+(?:those|people|respondents|men|women|adults)\s+(?:aged|who|under|over|in)\b|\s*for\s+those\b")
_NEGATION = regex.compile(r"(?i)^\s*(?:did not|didn['’]t|do not|don['’]t|does not|doesn['’]t|were not|was not|are not|is not|not|had not|hadn['’]t|have not|haven['’]t|would not|wouldn['’]t|could not|will not|won['’]t)\b")
_UNDECIDED = regex.compile(r"(?i)^\s*(?:were |was |are |said they were |remain |remained )?(?:undecided|unsure|not sure|did not know|didn['’]t know|don['’]t know|had no opinion|expressed no opinion|gave no answer|declined to answer)")
# "20% were rated outstanding, 55% good, 5% inadequate": a category each, which exclude each other.
_COPULA = regex.compile(r"(?i)^\s*(?:were|was|are|is)\s+(?!also\b|not\b|both\b|among\b|in\b|from\b|for\b|with\b|of\b)\p{L}")
_ELLIPSIS = regex.compile(r"(?i)^\s*(?!(?:had|have|has|use|used|said|felt|thought|did|do|does|also|of|in|for|from|with|among|more|less)\b)\p{Ll}[\p{L}-]*(?:[\s,.;]|$)")
_BREAK = regex.compile(r"[.;]\s|\bbut\b|\bwhereas\b|\bcompared\b|\bincreasing\b|\bdown from\b|\bup from\b|\bthan\b|\b(?:in|by|since|from)\s+\d{4}\b|\b(?:among|for)\s+(?:the\s+)?\p{Lu}", regex.I)


def shares(s: Sentences) -> Iterable[Relation]:
    """Percentages in one sentence that split one whole."""
    for i, figs in enumerate(s.groups):
        for run in _runs(s, [f for f in figs if f.is_percent and usable(f) and f.value >= 0]):
            relation = _relation(s, i, run)
            if relation is not None:
                yield relation


def _runs(s: Sentences, percents: list[Figure]) -> list[list[Figure]]:
    """Split a sentence's percentages where the text turns to another whole."""
    runs: list[list[Figure]] = []
    for f in percents:
        if runs and not _BREAK.search(s.between(runs[-1][-1], f)) and not _SUBGROUP.match(s.text, f.end):
            runs[-1].append(f)
        elif not _SUBGROUP.match(s.text, f.end):
            runs.append([f])
    return [r for r in runs if len(r) >= 2]


def _yes_no(tails: list[str]) -> bool:
    """"61% wanted X, 33% did not and 6% were undecided": one answer, its negation and
    (at most one) undecided share cover everyone asked."""
    undecided = [t for t in tails if _UNDECIDED.match(t)]
    neg = [t for t in tails if _NEGATION.match(t) and t not in undecided]
    positive = len(tails) - len(neg) - len(undecided)
    return len(neg) == 1 and len(undecided) <= 1 and positive == 1 and not _NEGATION.match(tails[0])


def _relation(s: Sentences, i: int, run: list[Figure]) -> Relation | None:
    tails = [s.text[f.end : f.end + 80] for f in run]
    bases = {b.group(1).lower() for t in tails if (b := _BASE.match(t))}
    if len(bases) > 1:
        return None  # "52% of men ... 48% of women": shares of different wholes
    heads = {head(f.label) for f in run} - {None}
    if len(heads) == len(run) and complementary(heads):
        return percent_sum_relation(run, True, "complementary answers")
    if len(heads) == len(run) and complementary(heads, opinions=True):
        return percent_sum_relation(run, False, "opinions (some may have no opinion)")
    if _BRACKET_FIRST.match(tails[0]) and _BRACKET_LAST.match(tails[-1]) and all(_BRACKET.match(t) or _BRACKET_LAST.match(t) for t in tails):
        return percent_sum_relation(run, True, "age brackets from the youngest to the oldest")
    if _yes_no(tails):
        return percent_sum_relation(run, True, "an answer, its negation and the undecided")
    if all(_VOTE.match(t) for t in tails):
        return percent_sum_relation(run, False, "shares of one vote")
    if _COPULA.match(tails[0]) and all(_ELLIPSIS.match(t) and not _COPULA.match(t) for t in tails[1:]):
        return percent_sum_relation(run, False, "categories (were ..., ...)")
    return None
