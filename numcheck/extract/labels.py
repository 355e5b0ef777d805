"""What a figure counts: the words after it ("97 special forces"), shared along a list
("14 and 15 special forces"), and the names "respectively" gives each item."""
from __future__ import annotations

import bisect
from dataclasses import replace

import regex

from ..model import Figure

_AGE_LIST_GAP = regex.compile(r"\s*(?:,|,?\s*(?:and|or|to))\s*")
_LIST_GAP = regex.compile(r"\s*(?:,|,?\s*(?:and|or))\s*")
_RUN_GAP = regex.compile(r"(?:\s+[\p{L}-]+){0,3}\s*(?:,|,?\s*and)\s*")
_LEADING_THE = regex.compile(r"^the\s+")
_ASIDE = regex.compile(r"^\s*\)|^\s*\([^()\n]{0,30}\)")
_NON_SPACE = regex.compile(r"[^\s]")
_BLANK_LINE = regex.compile(r"\n\s*\n")
_DOTTED = regex.compile(r"\.\p{L}")
_STANCE = regex.compile(r"(?i)\s*(?:were|was|are|is|voted)\s+(for|against)\b(?!\s+\p{L})")
_LABEL_WORDS = regex.compile(r"[\p{L}][\p{L}'’.-]*")
_LABEL_STOP = frozenset("""
    of from in on at by with for to and or but nor who whom whose which that were was are is be
    been being had have has said says did do does than the a an per each respectively while whereas
    as into over under between among including compared versus vs its their his her our your this
    these those it they we he she there here not only also about after before during since
    when where if so because out more less fewer most least up down s aged
    """.split())
_LABEL_SKIP = frozenset("""were was are is had have has said say says got received won been came come comes
    went live lived work worked""".split())
_LABEL_SKIP_AFTER_VERB = frozenset("from in to at for by as".split())
_RESPECTIVELY = regex.compile(r"(?i)\brespectively\b")
_NAME = r"(?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}.'’-]*){0,3}"
_NAMES = regex.compile(rf"({_NAME})((?:\s*,\s*{_NAME})*)\s*,?\s+and\s+({_NAME})")


def share_labels(text: str, figures: list[Figure]) -> list[Figure]:
    """In a list "14 and 15 special forces", the last label belongs to every item."""
    out = list(figures)
    for i in range(1, len(out)):  # "aged 19, 23 and 41": the unit runs along the list
        a, b = out[i - 1], out[i]
        if a.unit == "year" and b.unit is None and b.label is None and _AGE_LIST_GAP.fullmatch(text[a.end : b.start]):
            out[i] = replace(b, unit="year")
    for i in range(len(out) - 2, -1, -1):
        a, b = out[i], out[i + 1]
        between = text[a.end : b.start]
        if a.label is None and b.label and a.unit == b.unit and _LIST_GAP.fullmatch(between):
            out[i] = replace(a, label=b.label)
    return respectively(text, out)

def respectively(text: str, figures: list[Figure]) -> list[Figure]:
    """"the US and France ... deployed 14 and 15 special forces respectively": each figure
    of the list is labelled with its name, after what it counts ("special forces (US)")."""
    out = list(figures)
    ends = [f.end for f in out]
    for m in _RESPECTIVELY.finditer(text):
        first, last = bisect.bisect_left(ends, m.start() - 120), bisect.bisect_right(ends, m.start())
        items = list(range(first, last))
        run = _list_run(text, out, items)
        if len(run) < 2:
            continue
        head = text[max(0, out[run[0]].start - 200) : out[run[0]].start]
        names = _names(head, len(run))
        for i, name in zip(run, names or []):
            f = out[i]
            out[i] = replace(f, label=f"{f.label} ({name})" if f.label else name)
    return out


def _list_run(text: str, figures: list[Figure], items: list[int]) -> list[int]:
    """The last run of figures joined by ",", "and" among ``items``."""
    run: list[int] = []
    for i in items:
        if run and not _RUN_GAP.fullmatch(text[figures[run[-1]].end : figures[i].start]):
            run = []
        run.append(i)
    return run


def _names(head: str, n: int) -> list[str] | None:
    """The last list of ``n`` capitalised names in ``head`` ("the US and France")."""
    found = None
    for m in _NAMES.finditer(head):
        names = [m.group(1)] + [x.strip() for x in m.group(2).split(",") if x.strip()] + [m.group(3)]
        if len(names) == n:
            found = [_LEADING_THE.sub("", x) for x in names]
    return found


def label_after(text: str, end: int) -> str | None:
    """What a figure counts: the words after it ("97 special forces" -> "special forces";
    "50 were British" -> "British"), skipping a bracketed aside like "(52%)"."""
    tail = text[end : end + 80]
    tail = _ASIDE.sub("", tail)  # "130 (52%) were": skip the aside
    words = []
    for m in _LABEL_WORDS.finditer(tail):
        gap = tail[(words[-1][1] if words else 0) : m.start()]
        if _NON_SPACE.search(gap) or _BLANK_LINE.search(gap):
            break
        w = m.group()
        final = w.endswith(".") and len(w) > 2 and not _DOTTED.search(w)
        w = w.rstrip(".") if final else w
        skipping = all(not x for x, _ in words)
        if skipping and (w.lower() in _LABEL_SKIP or (words and w.lower() in _LABEL_SKIP_AFTER_VERB)):
            words.append(("", m.end()))
            continue
        if w.lower() in _LABEL_STOP or len(words) >= 4:
            break
        words.append((w, m.end()))
        if final:
            break
    label = " ".join(w for w, _ in words if w).strip(" .")
    if not label and words:  # "58% were for, 32% against": the preposition is the answer
        stance = _STANCE.match(tail)
        label = stance.group(1) if stance else ""
    return label or None
