"""Comparatives (check ``compare``): "A ... higher than B", "This is more than the 14 and 15",
"won 8,745 votes to 7,952", and "the largest" of a list.

"more than 500" alone is a bound on one figure, not a comparison: a comparison needs a figure
(or "this"/"which" standing for one) on each side of the comparative.
"""
from __future__ import annotations

from typing import Iterable

import regex

from ..model import Figure, Relation
from .base import WINDOW, Sentences, compare_relation, usable

# Patterns used inline below, compiled once.
_WORD = regex.compile(r"\p{L}+")
_CLAUSE_MARK = regex.compile(r"[,;]")
_DIGIT = regex.compile(r"\d")


# Only comparatives of amount: "faster" is less time, "older than 60" a threshold.
_MORE = r"more|higher|greater|larger|bigger"
_LESS = r"fewer|less|lower|smaller"
_COMPARATIVE = regex.compile(
    rf"(?i)\b(?P<word>{_MORE}|{_LESS})\s+than\s+(?:(?:those|that|the\s+(?:number|figure|total|count|tally|one|ones)s?)\b[^.;]*?|the\s+)?$"
)
_LOOSE = regex.compile(rf"(?i)\b(?P<word>{_MORE}|{_LESS})\s+than\s+[^.;:\d]{{0,80}}?$")
_ANAPHOR = regex.compile(r"(?i)^\s*(?:[\"“]?\s*)?(?:this|that|it|these|which|the figure|the number)\b")
_WON_TO = regex.compile(r"(?i)\b(?:won|wins|beat|defeated|leads?|led|ahead)\b[^.;]{0,60}$")
_TO = regex.compile(r"^\s*(?:[\p{L}-]+\s+){0,3}(?i:to)\s+(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}$")
# Between list items: a label of up to three words, then ",", "and" or "or" (and "the").
_JOIN = regex.compile(r"(?i)(?:\s+[\p{L}-]+){0,3}\s*(?:,|,?\s*and|,?\s*or)\s*(?:the\s+)?")
_THAN_BEFORE = regex.compile(r"(?i)\bthan\s+(?:the\s+)?$")
_CLAUSE_BREAK = regex.compile(r"[;:]|\bbut\b|\bwhile\b", regex.I)


def comparatives(s: Sentences) -> Iterable[Relation]:
    """Compare relations where the text says one figure exceeds another."""
    for i, figs in enumerate(s.groups):
        for k, f in enumerate(figs):
            before = s.before(f, i)
            m = _COMPARATIVE.search(before) if usable(f) else None
            if m is None and usable(f) and _ANAPHOR.match(s.span(i)):
                m = _LOOSE.search(before)  # "That is far more than Norway and Sweden, which sent 9 and 11"
            if m:
                yield from _comparison(s, i, k, f.start - len(before) + m.start("word"))
        yield from _won_to(s, figs)
        yield from _superlatives(s, i, figs)


def _comparison(s: Sentences, i: int, k: int, word_at: int) -> Iterable[Relation]:
    figs, obj = s.groups[i], s.groups[i][k]
    subject = _subject(s, i, figs, word_at, obj)
    if subject is None or subject.unit != obj.unit:
        return
    objects = [obj] + _joined(s, figs[k + 1 :], obj)
    word = _WORD.match(s.text[word_at : word_at + 20]).group()
    greater_first = regex.fullmatch(rf"(?i)(?:{_MORE})", word) is not None
    for o in objects:
        yield compare_relation(subject, o) if greater_first else compare_relation(o, subject)


def _subject(s: Sentences, i: int, figs, word_at: int, obj: Figure) -> Figure | None:
    """The figure on the left of the comparative: in the clause before it, or what "this"
    refers to (the last count of the previous sentence)."""
    before = [f for f in figs if f.end <= word_at and usable(f) and f.unit == obj.unit
              and not _THAN_BEFORE.search(s.text[max(0, f.start - 12) : f.start])]  # not an earlier object
    if before:
        f = before[-1]
        return None if _CLAUSE_BREAK.search(s.text[f.end : word_at]) else f
    lead = s.text[s.doc.sentences[i].start : word_at]
    if len(lead) > WINDOW:
        return None
    if i > 0 and _ANAPHOR.match(lead) and s.same_paragraph(i - 1, i):
        prev = [f for f in s.groups[i - 1] if usable(f) and f.unit == obj.unit]
        return prev[-1] if prev else None
    return _named(s, i, lead, obj)


def _named(s: Sentences, i: int, lead: str, obj: Figure) -> Figure | None:
    """"Island residents sent more than ...": the figure whose label the clause opens with,
    from this sentence or the one before."""
    words = lead.lower()
    for j in (i, i - 1):
        if j < 0 or not s.same_paragraph(j, i):
            continue
        named = [f for f in s.groups[j] if usable(f) and f.unit == obj.unit and f is not obj
                 and f.label and regex.match(rf"\W*(?:the\s+)?{regex.escape(f.label.lower())}\b", words)]
        if len(named) == 1:
            return named[0]
    return None


def _joined(s: Sentences, rest, first: Figure) -> list[Figure]:
    """Figures joined to ``first`` by "and"/"," ("14 and 15")."""
    out, last = [], first
    for f in rest:
        if not _JOIN.fullmatch(s.between(last, f)) or f.unit != first.unit or not usable(f):
            break
        out.append(f)
        last = f
    return out


def _won_to(s: Sentences, figs) -> Iterable[Relation]:
    """"won with 8,745 votes to 7,952": the first figure is the greater."""
    for a, b in zip(figs, figs[1:]):
        if usable(a) and usable(b) and a.unit == b.unit and _TO.match(s.between(a, b)):
            if _WON_TO.search(s.text[max(0, a.start - 60) : a.start]):
                yield compare_relation(a, b)


_SUPERLATIVE = regex.compile(r"(?i)\bthe\s+(?:(?:single|very)\s+)?(?P<word>largest|biggest|greatest|highest|most common|smallest|lowest|fewest|least)\b")
_TOTAL_BEFORE = regex.compile(r"(?i)\b(?:of|out of)\s+(?:the\s+|these\s+|those\s+|all\s+)?$")
_LOWEST = {"smallest", "lowest", "fewest", "least"}
# Between two items of one list: a stretch of words with a comma, "and", "while" or "followed by".
_LIST_GAP = regex.compile(r"(?i)[^.;:()\d%]{0,60}?(?:,|\band\b|\bwhile\b|\bfollowed by\b|\bthen\b)[^.;:()\d]{0,40}")


def _superlatives(s: Sentences, i: int, figs) -> Iterable[Relation]:
    """"X was the largest group at 45%, followed by Y at 30% and Z at 25%": the figure the
    superlative names is at least each other item of its list."""
    for k, f in enumerate(figs):
        if not usable(f):
            continue
        m = _clause_superlative(s, figs, k)
        if m is None:
            continue
        items = _list_around(s, figs, k)
        lowest = m.group("word").lower() in _LOWEST
        for o in items:
            if o is not f:
                yield compare_relation(o, f, "the least of a list") if lowest else compare_relation(f, o, "the most of a list")


def _clause_superlative(s: Sentences, figs, k: int):
    """A superlative in the figure's own clause: between the neighbouring commas."""
    f = figs[k]
    left = _CLAUSE_MARK.split(s.text[max(0, f.start - 60) : f.start])[-1]
    pieces = _CLAUSE_MARK.split(s.text[f.end : f.end + 80].split(";", 1)[0], maxsplit=2)
    right = pieces[0] if len(pieces) < 2 or _DIGIT.search(pieces[1]) else pieces[0] + pieces[1]
    for part in (left, right):
        m = _SUPERLATIVE.search(part)
        if m and not _DIGIT.search(part[m.end() :] if part is left else part[: m.start()]):
            return m
    return None


def _list_around(s: Sentences, figs, k: int) -> list[Figure]:
    """Figures of the same unit linked to figs[k] by list separators, both ways."""
    f = figs[k]
    items = [f]
    for step in (-1, 1):
        last, j = f, k + step
        while 0 <= j < len(figs):
            o = figs[j]
            a, b = (o, last) if step < 0 else (last, o)
            if o.unit != f.unit or not usable(o) or not _LIST_GAP.fullmatch(s.between(a, b)):
                break
            if _TOTAL_BEFORE.search(s.text[max(0, o.start - 15) : o.start]):
                break  # "Of the 90 staff, ...": the whole, not an item
            items.append(o)
            last, j = o, j + step
    return items
