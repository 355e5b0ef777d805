"""Part-whole enumerations (check ``sum``): a total and the counts it is broken into.

Triggers: "of the 97 X, 50 were ...", "13 of the 108 X ... 92 X", "250 X, of whom ...",
"250 X: 120 ..., 130 ...", "101 X (60 females, 41 males)", "7,442 X, including 5,655 ...".
Parts may run into the next two sentences of the paragraph when they count the same thing
as the total ("... 14 and 15 special forces respectively").
"""
from __future__ import annotations

import dataclasses
from typing import Iterable

import regex

from ..extract.vocab import CURRENCIES
from ..model import BOUNDS, Figure, Relation
from .base import Sentences, head, same_thing, sum_relation, usable
from .flows import flows

# Patterns used inline below, compiled once.
_LAST_WORD = regex.compile(r"(\p{L}+)\W*$")


_OF_BEFORE = regex.compile(r"(?i)\bof\s+(?:the\s+|these\s+|those\s+|all\s+|its\s+|their\s+|his\s+|her\s+)?$")
# A total the clause opens with: "Of 250 patients," / "..., of the 97 X," (a determiner is
# needed mid-sentence: "profit of $61.4 million" is not a breakdown).
_TOTAL_OF = regex.compile(r"(?:^|[,;:]\s*|\bthat\s+|\band\s+)(?i:of|out of)\s+(?:the\s+|these\s+|those\s+|all\s+|(?i:her|his|their|its|our|my)\s+)?$|(?<!\b(?i:each|one|some|any|none|most|many|all|both|either|neither)\s+)\b(?i:of|out of)\s+(?:the|these|those|all)\s+$")
_PART_OF = regex.compile(r"(?i)^\s*(?:[\p{L}-]+\s+){0,2}?of\s+(?:the\s+|these\s+|those\s+|its\s+|their\s+|his\s+|her\s+)?$")
_BREAKDOWN = regex.compile(r"(?i)^[^,.;:()]{0,60}?(?:,\s*(?P<whom>of whom|of which|of these|of them|including|comprising|consisting of|made up of)\b|\s+(?P<incl>included|includes|include|comprised|comprises|comprising|consisted of|consists of|(?:were|was|are|is|been)\s+(?:split|divided|broken down|made up)\s+(?:into|of))\s|\s*(?P<colon>:)\s|\s*(?P<paren>\())")
_OF_AFTER = regex.compile(r"(?i)\s*(?:\([^()]{0,20}\)\s*)?(?:by\s+\p{L}|of\s+(?:the\s+|these\s+|those\s+)?[$€£]?\d|of\s+(?:them|these|those|whom|which)\b|of\s+(?:the|all)\s+\p{L}+)")
# Between two items of a list: a few words and a comma, "and" or a semicolon.
_LISTED = regex.compile(r"(?i)[^.;:()\d]{0,40}?(?:,|;|\band\b|\bor\b)[^.;:()\d]{0,10}")
# Parts that may overlap: a breakdown with these cannot be summed against its total.
_OVERLAP = regex.compile(r"(?i)\b(?:both|also|as well|either|at least one|more than one|multiple|overlap\w*|in addition)\b")
_STATISTICS = regex.compile(r"(?i)\b(?:mean|median|average|SD|s\.d\.|IQR|range|CI|SE|SEM|std|p)\b|±|\+/-")
# A verb that gives parts an attribute (which may overlap), not a category (which cannot).
ATTRIBUTE_VERBS = frozenset("""had have has use uses used study studies studied own owns owned reported experienced
    showed developed took take takes received receive visited visit watch watched read drink drank smoke
    smoked speak spoke play played suffer suffered need needed""".split())
_PREDICATE = regex.compile(r"(?:\s*\([^()]{0,30}\))?\s+(?:(?:still|also|all|both|then|now|later)\s+)?(were|was|are|is|" + "|".join(sorted(ATTRIBUTE_VERBS)) + r")\b", regex.I)
_CLAUSE_END = regex.compile(r"[;:]|,(?!\d{3})")
_RESPECTIVELY = regex.compile(r"(?i)\brespectively\b")
_STAT_BEFORE = regex.compile(r"(?i)\b(?:median|mean|average|aged?|SD|IQR|youngest|oldest|largest|smallest|biggest|highest|lowest|each)\b[^,;()\d]{0,20}$")
# Where a breakdown's list ends: a new clause, a "respectively" list closing, a new whole.
_LIST_END = regex.compile(r"(?i);|\brespectively\b|,\s*(?:\p{Ll}+ing|with|which|who|whose|while|whereas|but|so|although|though|bringing|making|compared)\b|\b(?:of|among)\s+(?:the|these|those)\s+\d")
# What may stand between a list separator and the next item: "and the remaining 35".
_ITEM_START = regex.compile(r"(?:,|;|:|\b(?i:and|or|while|whereas)\b)(?:\s+(?:the\s+)?\p{Lu}[\p{L}.'’-]*){0,4}(?:\s+(?i:the|a|an|another|remaining|other|further|just|only|some|about|around|nearly|almost|roughly|approximately|more than|over|fewer than|less than|at least|up to|as many as|a total of|rest))*\s*[$€£¥₹]?\s*$")
_BOUND_ITEM = regex.compile(r"(?i)(?:^|[,;:(]|\band|\bor)\s*(?:more than|over|at least|fewer than|less than|under|up to|as many as|nearly|almost|some|about)\s*$")
_FIRST_WORD = regex.compile(r"(?:\s*\([^()]{0,40}\))?\s*(?:(?:still|also|all|both|then|now|later|each)\s+)?([\p{L}'’-]+)")
_NOT_VERBS = frozenset("to from in at for of on by with as the a an and or per each".split())
# Stages or times between the parts: successive counts of one group, not parts of it.
_STAGES = regex.compile(r"(?i)\b(?:week|month|year|day|stage|phase|round|wave|visit)s?\s+\d|\bafter\s+\d|\bby\s+(?:week|month|year|day)\b")
_TIME = regex.compile(r"(?i)\b(?:ago|last (?:year|month|week|time)|previous(?:ly)?|earlier|in \d{4}|next (?:year|month|week)|the year before|former(?:ly)?)\b")
_EACH = regex.compile(r"(?i)\b(?:each|every|per)\b")
_BY_AFTER = regex.compile(r"(?i)\s*by\s+\p{L}")
_NESTED = regex.compile(r"(?i)\b(?:of whom|of which|of these|of them|including|among them|among whom|a further)\b")
_ALL_BUT = regex.compile(r"(?i)\ball\s+(?:but|except|save)\s+$")
_EXHAUSTIVE = regex.compile(r"(?i)\b(?:the rest|the remaining|the remainder|remainder|all (?:the )?others?|the others?|the other|others)\b")
# Sets of labels that between them cover a whole: a breakdown into these is exhaustive.
COMPLEMENTS = [
    {"male", "female"}, {"men", "women"}, {"man", "woman"}, {"boy", "girl"},
    {"urban", "rural"}, {"survived", "died"}, {"full-time", "part-time"},
    {"inpatient", "outpatient"}, {"domestic", "international"},
]
# Opinions: a poll may leave out "no opinion", so these cover the whole only with a neutral share.
OPINIONS = [
    {"yes", "no"}, {"for", "against"}, {"support", "oppose"}, {"approve", "disapprove"},
    {"agree", "disagree"}, {"positive", "negative"}, {"favourable", "unfavourable"},
    {"favorable", "unfavorable"}, {"won", "lost"}, {"win", "loss"}, {"passed", "failed"},
]
NEUTRAL = {"undecided", "unsure", "not sure", "don't know", "didn't know", "don’t know", "didn’t know", "other", "neither",
           "abstained", "abstain", "no opinion", "draw", "drew", "tie", "neutral", "both"}


def part_whole(s: Sentences) -> Iterable[Relation]:
    """Relations between totals and the counts that break them down, and participant flows."""
    yield from _breakdowns(s)
    yield from flows(s)


def _breakdowns(s: Sentences) -> Iterable[Relation]:
    for i, figs in enumerate(s.groups):
        for k, total in enumerate(figs):
            if not _countable(total) or total.qualifier:  # a total is stated exactly
                continue
            parts = _parts(s, i, k)
            if not parts or _OVERLAP.search(s.text[total.start : parts[-1].end + 40]) or _STAGES.search(s.text[total.end : parts[-1].start]):
                continue
            complete = exhaustive(s, total, parts)
            if not complete and _first_word(s, parts[0]) in ATTRIBUTE_VERBS:
                continue  # "100 had diabetes, 80 had hypertension": attributes, which may overlap
            but = [p for p in parts if _ALL_BUT.search(s.text[max(0, p.start - 20) : p.start])]
            if but:  # "all but 20 were nurses; 15 were doctors and 5 porters": the others make up the 20
                others = [p for p in parts if p not in but]
                if len(but) == 1 and others:
                    excluded = dataclasses.replace(but[0], label=f"not {but[0].label}" if but[0].label else None)
                    yield sum_relation(excluded, others, complete, "all but")
                continue
            if complete or elliptical(s, [p for p in parts if p.start < s.doc.sentences[i].end]):
                yield sum_relation(total, parts, complete, weights=_goal_weights(total, parts))


# Goals counted by the game: a hat-trick is three, a brace or a double two.
_GOALS_PER = {"hat-trick": 3, "hattrick": 3, "hat trick": 3, "brace": 2, "double": 2}


def _goal_weights(total: Figure, parts: list[Figure]) -> list[int] | None:
    """"40 goals: three hat-tricks, eight doubles and 15 singles" counts 9 + 16 + 15 goals."""
    if head(total.label) != "goal":
        return None
    weights = [_GOALS_PER.get(head(p.label) or "", 1) for p in parts]
    return weights if any(w != 1 for w in weights) else None


def _countable(f: Figure) -> bool:
    """A count or an amount of money: what a breakdown can split. A bound ("15+", "more
    than 60") may be a part: its open interval keeps the sum honest."""
    if not (usable(f) or f.qualifier in BOUNDS) or f.value < 0:
        return False
    return f.unit in CURRENCIES or (f.unit is None and f.value.denominator == 1)


def _parts(s: Sentences, i: int, k: int) -> list[Figure]:
    figs, total = s.groups[i], s.groups[i][k]
    before, after = s.before(total, i), s.after(total, i)
    prev = figs[k - 1] if k else None
    if prev is not None and _PART_OF.match(s.between(prev, total)) and _countable(prev) and prev.unit == total.unit \
            and not _EACH.search(s.between(prev, total)):
        comma = s.text.find(",", total.end, s.doc.sentences[i].end)  # "12 of the 30 seats went to A, 10 to B"
        listed = _list(s, total, [f for f in figs[k + 1 :] if comma >= 0 and f.start > comma]) if comma >= 0 else []
        return [prev] + listed + _same_label(s, i, total, [f for f in figs[k + 1 :] if f not in listed], prev)
    if _TOTAL_OF.search(before):
        comma = after.find(",")
        if comma < 0:
            return []
        start = total.end + comma
        inline = [f for f in figs[k + 1 :] if f.start > start]
        parts = _list(s, total, inline)
        return parts + _same_label(s, i, total, [], parts[0] if parts else None)
    m = _BREAKDOWN.match(after)
    if not m or _rival(s, figs, total, before, total.end + m.start(m.lastgroup)):
        return []
    start = total.end + m.end()
    inline = [f for f in figs[k + 1 :] if f.start >= start]
    if m.group("whom") and inline and any(_TOTAL_OF.search(s.before(f, i)) for f in figs[:k]):
        cut = s.text.find(",", inline[0].end)  # "Of the 120, 70 were nurses, of whom 60 ..., and 50 ...":
        inline = [f for f in inline if cut < 0 or f.start < cut]  # the nested clause ends at its comma
    if m.group("paren"):
        close = s.text.find(")", start)
        if _STATISTICS.search(s.text[start : close if close > 0 else start + 80]):
            return []
        inline = [f for f in inline if close < 0 or f.end <= close]
    parts = _list(s, total, inline)
    if m.group("paren") or m.group("colon"):
        listed = all(_LISTED.fullmatch(s.between(a, b)) for a, b in zip(parts, parts[1:]))
        return parts if len(parts) >= 2 and listed and len(parts) == len(inline) else []
    return parts


def _rival(s: Sentences, figs, total: Figure, before: str, trigger: int) -> bool:
    """Another count in the clause ("12,000 staff in 40 countries, including ..."): the
    breakdown could belong to either, so to neither."""
    cuts = [m.end() for m in _CLAUSE_END.finditer(before)]
    clause = total.start - len(before) + (cuts[-1] if cuts else 0)
    return any(f is not total and _countable(f) and clause <= f.start < trigger for f in figs)


def _list(s: Sentences, total: Figure, candidates: list[Figure]) -> list[Figure]:
    """The items of a breakdown's list: same unit, in list form ("A x, B y and C z"), not
    nested subsets, not other totals, not thresholds; the list ends where the sentence moves
    on (";", "respectively", ", serving ...", "and receives ...")."""
    parts: list[Figure] = []
    last = None  # the figure before f, part or not
    for f in candidates:
        since, last = s.text[last.end : f.start] if last else "", f
        if not _countable(f) or f.unit != total.unit:
            continue
        gap = s.text[parts[-1].end : f.start] if parts else ""
        if gap.count("(") > gap.count(")"):
            continue  # "346 were excluded (212 ..., 98 ...)": a bracketed breakdown of a part
        if _NESTED.search(since.rsplit(")", 1)[-1]) or _OF_BEFORE.search(s.text[max(0, f.start - 12) : f.start]):
            continue  # "of whom 20 ...": a subset of a part; "of the 50": another total
        rest = _EXHAUSTIVE.search(s.text[max(0, f.start - 20) : f.start])
        if (_OF_AFTER.match(s.text, f.end) and not (rest and _BY_AFTER.match(s.text, f.end))) or _STAT_BEFORE.search(s.text[max(0, f.start - 30) : f.start]):
            continue  # "900 of them", "30 of the 50"; "the median age was 47", "the oldest 71"
        if f.qualifier in BOUNDS and not (f.text.endswith("+") or _BOUND_ITEM.search(s.text[max(0, f.start - 30) : f.start])):
            continue  # "30 were over 50": a threshold, not a count
        if parts and (_LIST_END.search(gap) or not _ITEM_START.search(gap)):
            break
        parts.append(f)
    return parts


def elliptical(s: Sentences, parts: list[Figure]) -> bool:
    """Whether the list states its verb once ("60 were nurses, 20 doctors and 10 porters")
    rather than again for each part ("60 were nurses and 45 were women", which may overlap)."""
    words = [w for p in parts if (w := _first_word(s, p)) and w not in _NOT_VERBS]
    return len(words) == len(set(words))


def _first_word(s: Sentences, f: Figure) -> str | None:
    m = _FIRST_WORD.match(s.text, f.end)
    return m.group(1).lower() if m else None


def _verb(s: Sentences, f: Figure) -> str | None:
    m = _PREDICATE.match(s.text, f.end)
    return m.group(1).lower() if m else None


def _same_label(s: Sentences, i: int, total: Figure, inline: list[Figure], first: Figure | None = None) -> list[Figure]:
    """Counts of the same thing as the total later in its sentence, and in the next two
    sentences where they continue the breakdown: a "respectively" list, or the first part's
    own verb ("won 13 of the 108 precincts. ... Vaughan won 92 precincts")."""
    found = [f for f in inline if _countable(f) and f.unit == total.unit and same_thing(f, total)]
    for j in range(i + 1, min(i + 3, len(s.groups))):
        if not s.same_paragraph(i, j) or any(_TOTAL_OF.search(s.before(f, j)) for f in s.groups[j]) or _TIME.search(s.span(j)):
            break  # a new paragraph, a sentence with a whole of its own, or another time
        same = [f for f in s.groups[j] if _countable(f) and f.is_exact and f.unit == total.unit
                and same_thing(f, total) and f.value <= total.value and f.value != total.value]
        if _RESPECTIVELY.search(s.span(j)) or len(same) >= 2:
            found += same
        elif first is not None:
            found += [f for f in same if _word_before(s, f) == _word_before(s, first) is not None
                      or (_verb(s, f) is not None and _verb(s, f) == _verb(s, first))]
    return found


def _word_before(s: Sentences, f: Figure) -> str | None:
    m = _LAST_WORD.search(s.text[max(0, f.start - 30) : f.start])
    return m.group(1).lower() if m else None


def exhaustive(s: Sentences, total: Figure, parts: list[Figure]) -> bool:
    """Whether the text says the parts cover the whole: "the rest", or complementary labels."""
    span_start = total.start
    for m in _EXHAUSTIVE.finditer(s.text, span_start, parts[-1].end + 40):
        if any(0 <= p.start - m.end() <= 20 or 0 <= m.start() - p.end <= 3 for p in parts):
            return True  # "the remaining 35", "the rest, 400,", "12 others": the rest is counted
        # "... and the rest withdrew": the rest is a part with no figure, so not exhaustive
    heads = {head(p.label) for p in parts}
    return None not in heads and len(heads) == len(parts) and complementary(heads)


def complementary(heads: set[str], opinions: bool = False) -> bool:
    """Labels that between them cover every case: male/female; "voted yes"/"voted no"/
    "abstained" (opinions need the neutral share). With ``opinions``: whether the labels are
    the sides of an opinion without a neutral share (which may then be missing)."""
    for pair in (OPINIONS if opinions else COMPLEMENTS + OPINIONS):
        sides: set[str] = set()
        neutral = False
        for h in heads:
            hit = pair & set(h.split())
            if len(hit) == 1:
                sides |= hit
            elif any(n in h for n in NEUTRAL):
                neutral = True
            else:
                break
        else:
            if sides == pair and (opinions or neutral or pair in COMPLEMENTS):
                return True
    return False
