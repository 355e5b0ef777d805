"""Participant flows (check ``sum``): the stages of a trial or review, CONSORT or PRISMA style.

"Of 1,200 patients screened, 300 were excluded and 900 were randomised: 450 to the drug and
450 to placebo." Those screened are those excluded (or declining) plus those randomised;
those randomised are the arms they were assigned to. The stages are read from the words
next to each count, across the sentences of a paragraph, so a flow written over several
sentences is checked as one.
"""
from __future__ import annotations

from typing import Iterable

import regex

from ..model import Figure, Relation
from .base import Sentences, sum_relation, usable

# The stage a count is at, from the words just after it ("300 were excluded") or just
# before it ("we excluded 300").
_STAGES = {
    "screened": r"screened|assessed\s+for\s+eligibility|approached|invited|assessed|selected\s+for\s+(?:full-text\s+)?screening",
    "excluded": r"excluded|ineligible|not\s+eligible|declined(?:\s+to\s+take\s+part|\s+to\s+participate)?|did\s+not\s+meet|"
                r"refused|withdrew\s+consent|were\s+not\s+randomi[sz]ed|(?:could\s+)?not\s+(?:be\s+)?retrieved",
    # the last stage: randomised in a trial, included in a review (PRISMA)
    "randomised": r"randomi[sz]ed|randomly\s+(?:assigned|allocated)|enrolled\s+and\s+randomi[sz]ed|(?:final\s+)?inclusion",
}
_AFTER = {k: regex.compile(rf"(?i)^(?:\s+[\p{{L}}-]+){{0,5}}?\s+(?:were\s+|was\s+|had\s+been\s+|been\s+)?(?:{v})\b")
          for k, v in _STAGES.items()}
_BEFORE = {k: regex.compile(rf"(?i)\b(?:{v})\s+(?:a\s+total\s+of\s+|all\s+)?$") for k, v in _STAGES.items()}
# An arm: "450 to the drug", "450 were assigned to placebo", "450 in the control group".
_ARM = regex.compile(r"(?i)(?:\s+[\p{L}-]+){0,2}?\s+(?:(?:were\s+)?(?:assigned|allocated|randomi[sz]ed)\s+)?(?:to|in(?=\s+the\s+[\p{L}-]+\s+(?:group|arm)))\s")
_STOP = regex.compile(r"[.;]\s")


def flows(s: Sentences) -> Iterable[Relation]:
    """screened = excluded + randomised, and randomised = its arms, paragraph by paragraph."""
    for figures in _paragraphs(s):
        stages = [(f, _stage(s, f)) for f in figures]
        for n, (f, stage) in enumerate(stages):
            later = stages[n + 1 :]
            if stage == "screened":
                out, into = [], None
                for g, st in later:
                    if st == "excluded" and into is None:
                        if not (out and _inside(s.text[out[-1].end : g.start])):  # "(210 did not ... and 90 declined)"
                            out.append(g)
                    elif st == "randomised":
                        into = g
                        break
                    elif st == "screened":
                        break
                if out and into is not None and f.unit == into.unit:
                    yield sum_relation(f, out + [into], True, "a participant flow")
            elif stage == "randomised":
                arms = []
                for g, st in later:
                    if st is not None or (arms and _STOP.search(s.text[arms[-1].end : g.start])):
                        break
                    if _ARM.match(s.text, g.end) and g.unit == f.unit:
                        arms.append(g)
                if len(arms) >= 2:
                    yield sum_relation(f, arms, True, "a participant flow")


def _inside(between: str) -> bool:
    """Whether a parenthesis opened in ``between`` is still open: a breakdown of the count before."""
    return between.count("(") > between.count(")")


def _stage(s: Sentences, f: Figure) -> str | None:
    tail = s.text[f.end : f.end + 60]
    lead = s.text[max(0, f.start - 40) : f.start]
    for stage in _STAGES:
        if _AFTER[stage].match(tail) or _BEFORE[stage].search(lead):
            return stage
    return None


def _paragraphs(s: Sentences) -> Iterable[list[Figure]]:
    """The countable figures of each paragraph, in order."""
    run: list[Figure] = []
    last = None
    for i, group in enumerate(s.groups):
        if last is not None and not s.same_paragraph(last, i):
            yield run
            run = []
        if group:
            last = i
        run += [f for f in group if usable(f) and f.unit is None and f.value >= 0 and f.value.denominator == 1]
    yield run
