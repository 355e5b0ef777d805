"""Changes (check ``change``): "rose from 1,200 to 1,320, an increase of 10%", "$3.8 million,
up 9% from $3.5 million", "fell from 40% to 35%, down 5 points", "from 80 to 95, a rise of 15",
"rose 27 percent to $35.97 billion from $28.27 billion".

A change names an old amount, a new one and what the change was: a percentage of the old
amount (``100 (new - old) = percent x old``), or a difference in their unit (``new - old =
difference``; between two shares, in percentage points). A percentage written without its
sign after "down", "fell" or "a drop of" is a decrease. Between two shares, "up 5%" may mean
five points or five per cent of the old share; writers use both, so that case is left alone.
"""
from __future__ import annotations

from typing import Iterable

import regex

from ..model import Figure, Relation
from .base import Sentences, change_relation, difference_relation, usable

_UP = r"rose|risen|rises|rising|increased|increases|grew|grown|grows|climbed|jumped|surged|soared|gained|improved|up"
_DOWN = (r"fell|fallen|falls|falling|dropped|drops|declined|declines|decreased|decreases|shrank|shrunk|slipped"
         r"|plunged|tumbled|slumped|lost|cut|reduced|down")
_NOUN_UP = r"increase|rise|gain|jump|growth|improvement"
_NOUN_DOWN = r"decrease|drop|fall|decline|reduction|cut|loss"

# Patterns used inline below, compiled once.
# "rose from X to Y", "fell by a third from X to Y"
_FROM = regex.compile(rf"(?i)\b(?P<verb>{_UP}|{_DOWN})\b[^.;:]{{0,30}}?\bfrom\s+$", regex.REVERSE)
_TO = regex.compile(r"(?i)^\s+to\s+$")
# after Y: ", an increase of Z", " (up Z)", ", down Z", " — a drop of Z"
_THEN = regex.compile(
    rf"(?i)^\s*[,;(—–-]?\s*(?:or\s+|which\s+is\s+|that\s+is\s+)?(?:(?:an?\s+)?(?:(?P<up>{_NOUN_UP})|(?P<down>{_NOUN_DOWN}))\s+of\s+"
    rf"|(?:(?P<up2>up)|(?P<down2>down))\s+(?:by\s+)?)$")
# "rose 27 percent to Y from X": the verb, then the size
_VERB_BEFORE = regex.compile(rf"(?i)\b(?P<verb>{_UP}|{_DOWN})\s+(?:by\s+)?(?:about\s+|some\s+|nearly\s+|almost\s+)?$")
_FROM_BETWEEN = regex.compile(r"(?i)^\s+from\s+$")
# "Y, up Z from X", "Y, a rise of Z on X"
# ... or "over 2005 GAAP net income of X"
_ON = regex.compile(r"(?i)^\s+(?:from|on|over|compared\s+with|against)\s+(?:the\s+|a\s+|last\s+year'?s?\s+)?"
                    r"(?:(?:(?:19|20)\d\d\s+)?(?:[\p{L}-]+\s+){1,4}of\s+)?$")


def changes(s: Sentences) -> Iterable[Relation]:
    """Each change a sentence states with its old amount, new amount and size."""
    for group in s.groups:
        figs = [f for f in group if usable(f)]
        for a, b, c in zip(figs, figs[1:], figs[2:]):
            yield from _from_to(s, a, b, c)
            yield from _up_from(s, a, b, c)
            yield from _verb_size(s, a, b, c)


def _from_to(s: Sentences, old: Figure, new: Figure, size: Figure) -> Iterable[Relation]:
    """"rose from X to Y, an increase of Z"."""
    lead = s.text[max(0, old.start - 60) : old.start]
    m = _FROM.search(lead)
    then = _THEN.match(s.between(new, size))
    if m is None or not _TO.match(s.between(old, new)) or then is None:
        return
    down = m.group("verb").lower() in _DOWN.split("|") or bool(then.group("down") or then.group("down2"))
    yield from _relation(old, new, size, down)


def _up_from(s: Sentences, new: Figure, size: Figure, old: Figure) -> Iterable[Relation]:
    """"Y, up Z from X"."""
    then = _THEN.match(s.between(new, size))
    if then is None or not _ON.match(s.between(size, old)):
        return
    yield from _relation(old, new, size, bool(then.group("down") or then.group("down2")))


def _verb_size(s: Sentences, size: Figure, a: Figure, b: Figure) -> Iterable[Relation]:
    """"rose 27 percent to $35.97 billion from $28.27 billion", "fell 5% from 400 to 380"."""
    m = _VERB_BEFORE.search(s.text[max(0, size.start - 60) : size.start])
    if m is None:
        return
    down = m.group("verb").lower() in _DOWN.split("|")
    first, second = s.between(size, a), s.between(a, b)
    if _TO.match(first) and _FROM_BETWEEN.match(second):
        yield from _relation(b, a, size, down)
    elif _FROM_BETWEEN.match(first) and _TO.match(second):
        yield from _relation(a, b, size, down)


def _relation(old: Figure, new: Figure, size: Figure, down: bool) -> Iterable[Relation]:
    if old.unit != new.unit:
        return
    sign = -1 if down and size.value > 0 else 1
    note = "a decrease" if sign < 0 else "a change"
    shares = old.unit == "percent"
    if size.unit == "percent" and not shares:
        yield change_relation(old, new, size, note, sign)
    elif (size.unit == "percentage point" and shares) or (size.unit == old.unit and not shares):
        yield difference_relation(old, new, size, note, sign)
