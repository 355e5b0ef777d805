"""What the words around a numeral make of it: unit, scale, currency, sign, qualifier, label,
or nothing at all (a year, an identifier, an ordinal)."""
from __future__ import annotations

import bisect
from dataclasses import dataclass, replace
from fractions import Fraction

import regex

from ..model import Figure
from .locales import Locale
from .numerals import Numeral
from .units import SPACED_SYMBOLS, SYMBOLS, WORDS
from .vocab import (CHANGE_VERBS, CURRENCIES, CURRENCY_CODES, CURRENCY_PREFIX, CURRENCY_SUBUNITS, CURRENCY_SUFFIX, HALF,
                    IDENTIFIER_WORDS, QUALIFIERS, SHARE_UNITS, YEAR_CONTEXT)

# Patterns used inline below, compiled once.
_AGE_LIST_GAP = regex.compile(r"\s*(?:,|,?\s*(?:and|or|to))\s*")
_LIST_GAP = regex.compile(r"\s*(?:,|,?\s*(?:and|or))\s*")
_RUN_GAP = regex.compile(r"(?:\s+[\p{L}-]+){0,3}\s*(?:,|,?\s*and)\s*")
_LEADING_THE = regex.compile(r"^the\s+")
_FOUR_DIGITS = regex.compile(r"\d{4}")
_LAST_WORD = regex.compile(r"([\p{L}.]+)\W*$", regex.REVERSE)
_AFTER_COUNTS = regex.compile(r"\d[\d,]*\s+(?:\p{L}+\s+){0,3}(?:and|or)\s*$|\d[\d,]*\s+(?:\p{L}+\s+){0,3}\p{L}+,\s*$", regex.REVERSE)
_COUNTED_AFTER = regex.compile(r"\s+(?:\(\d|[a-z]+s\b|(?:were|are|had|have|voted|said|did)\b)")
_ASIDE = regex.compile(r"^\s*\)|^\s*\([^()\n]{0,30}\)")
_NON_SPACE = regex.compile(r"[^\s]")
_BLANK_LINE = regex.compile(r"\n\s*\n")
_DOTTED = regex.compile(r"\.\p{L}")
_STANCE = regex.compile(r"(?i)\s*(?:were|was|are|is|voted)\s+(for|against)\b(?!\s+\p{L})")



def _alternation(words) -> str:
    return "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))


_CURRENCY_BEFORE = regex.compile(rf"(?<!\p{{L}})(?:{_alternation(CURRENCY_PREFIX)})[ \u00a0]?$")
_MINUS_BEFORE = regex.compile(r"(?i)(?<!\p{L}|\bor\s)minus[ \u00a0]+$")
_SIGN_BEFORE = regex.compile(r"(?:^|(?<=[\s|(:=\[]))[-−]$")
_QUALIFIER_BEFORE = regex.compile(rf"(?i)(?:^|(?<![\p{{L}}]))({_alternation(QUALIFIERS)})[ \u00a0]*$", regex.REVERSE)
_MARGIN_BEFORE = regex.compile(r"(?i)(?:\+/-|\+/−|±|plus or minus|margin of error of)\s*$")
_PVALUE_BEFORE = regex.compile(r"(?i)\bp\s*(?:-?value)?\s*[=<>≤≥]\s*$")
_RANGE_BEFORE = regex.compile(r"\d(?:%|[a-z]{1,8})?\s?[-–—−]\s?[$€£]?$|\bbetween\s+(?:[^,;\s]+\s+){0,3}(?:and\s+)?$", regex.I)
_RANGE_AFTER = regex.compile(r"^%?(?:\s?[-–—−]\s?)[$€£]?\d")
# "from 18 to 24" is a span (of ages, years, sizes) unless a verb of change leads into it.
_FROM_TO_BEFORE = regex.compile(rf"(?i)(?<!\b(?:{CHANGE_VERBS})\b[^.;]{{0,30}})\bfrom\s+$")
_FROM_TO_AFTER = regex.compile(r"(?i)^\s+to\s+[-−]?(?:\p{Lu}{0,3}[$€£¥])?\d")
_TO_AFTER_FROM = regex.compile(r"(?i)\bfrom\s+[-−]?(?:\p{Lu}{0,3}[$€£¥])?\d[\d,.]*(?:\s?[^\s\d]{1,12})?\s+to\s+$")
_AGE_SPAN = regex.compile(r"(?i)\b(?:aged?|ages)\s+(?:\d+\s+to|between\s+\d+\s+and)\s+$")
_TO_END = regex.compile(r"(?i)\d\s*(?:to|and)\s+$", regex.REVERSE)
# "95% CI 8 to 16", "(range 3-19)", "IQR 42 to 61": the ends of an interval, not counts.
_INTERVAL_SPAN = regex.compile(r"(?i)\b(?:CI|interval|range|IQR)\b[^.;()\d]{0,12}(?:\d[\d,.]*\s*(?:to|and)\s+)?$")
_AGE_SPAN_FIRST = regex.compile(r"(?i)\b(?:aged?|ages)\s+(?:between\s+)?$")
_AGE_SPAN_AFTER = regex.compile(r"(?i)^\s+(?:to|and)\s+\d")
_AGE_BEFORE = regex.compile(r"(?i)\b(?:aged?|ages)\s+(?:of\s+|between\s+|from\s+|over\s+|under\s+)?$")
_WORD_BEFORE = regex.compile(r"([\p{L}#][\p{L}.]*)\.?\s*$", regex.REVERSE)
# Units after a number. Symbols are case-sensitive and may be glued ("5km", "30°C"; "5G" is not
# grams); words take a space or a hyphen and any case ("12 Miles", "a 20-year-old").
_SYMBOL_UNITS = {"%": "percent", "‰": "per mille", "pp": "percentage point", "bp": "basis point",
                 "bps": "basis point", **SYMBOLS}
_WORD_UNITS = {**{k: v for k, v in SHARE_UNITS.items() if k not in _SYMBOL_UNITS}, **WORDS,
               "times": "times", "fold": "times"}
_UNIT = regex.compile(rf"^(?:[ \u00a0]?(?P<symbol>{_alternation(_SYMBOL_UNITS)})(?![\p{{L}}\d])"
                      rf"|[ \u00a0-](?P<word>(?i:{_alternation(_WORD_UNITS)}))(?![\p{{L}}\d]))")
# "4 K" is kelvin only with a space: "4K" is a screen, "300K" a count.
_SPACED_UNIT = regex.compile(rf"^[ \u00a0](?:{_alternation(SPACED_SYMBOLS)})(?![\p{{L}}\d])")
_POINTS = regex.compile(r"(?i)^[ \u00a0-]points?\b")
_PERCENT_NEAR = regex.compile(r"(?i)%|\bper ?cent|percentage|\bswing|\bpoll(?:s|ing|ster)?\b|\bapproval|\binterest rates?\b|\bturnout")
_CURRENCY_AFTER = regex.compile(
    rf"^(?:[ \u00a0]?[€$£¥]|[ \u00a0](?:(?i:{_alternation(k for k in CURRENCY_SUFFIX if k.upper() not in CURRENCY_CODES and k[0] not in '€$£¥')})"
    rf"|{_alternation(CURRENCY_CODES)}))(?![\p{{L}}\d])")
_SUBUNIT = regex.compile(r"^(?:p(?![\p{L}\d]|\.\p{L})|¢|[ \u00a0](?i:pence|cents?)(?!\p{L}))")
_WEIGHT_NEAR = regex.compile(r"(?i)\b(?:weigh\w*|weight|heav\w*|light(?:er|est)|lost|shed|gain(?:ed|s)?|obes\w*|lbs?)\b")
# "2.3m people" is a count in millions; "2.3m tall", "the 100m sprint" are lengths.
_METRE_AFTER = regex.compile(
    r"(?i)^(?:[²³/]|[23](?!\d)|\s*[-x×]\s*\d|-\p{L}|\s+(?:tall|high|long|wide|deep|thick|away|above|below|across"
    r"|in\s+(?:length|height|diameter|depth|width)|from|races?|sprints?|dash|hurdles|freestyle|butterfly|backstroke"
    r"|breaststroke|medley|relay|final|swim|drop|fall|wall|telescope|radius|altitude|underground|deeper|higher|longer)\b)")
_LENGTH_BEFORE = regex.compile(
    r"(?i)\b(?:tall|high|height|long|length|deep|depth|wide|width|measur\w+|stood|stands?|standing|jump\w*"
    r"|clear\w*|leap\w*|swam|climb\w*|altitude|elevation|diameter|radius|distance)(?:\s+of)?\s+$", regex.REVERSE)
# "450m passengers ... the 510m it handled": an "m" read as millions earlier in the passage.
_MILLIONS_BEFORE = regex.compile(r"(?:[$€£]\d[\d,.]*|\d)m\s+(?:of\b|people\b|\p{Ll}+s\b)|[$€£]\d[\d,.]*m\b")
_ARTICLE_BEFORE = regex.compile(r"(?i)\b(?:an?)\s+$")
_COUNTED_NOUN = regex.compile(r"(?i)^\s+(?:of\b|people\b|a\s+(?:year|day|month|week)\b|\p{Ll}+s\b)")
_SENTENCE_START = regex.compile(r"[.!?]\s+")
_CURRENCY_GLUED = regex.compile(r"^[ \u00a0]?[€$£¥]")
_ATTACHED = regex.compile(r"^[\p{L}]+")
_CONFIDENCE = regex.compile(r"(?i)^\s*(?:CI\b|C\.I\.|confidence|credible|prediction interval)")
_ONE_PRONOUN = regex.compile(r"(?i)^\s+(?:of|another|can|could|would|may|might|must|should|who|that|which|by one|day|time|thing|way|hand|side|point|or (?:two|more|other))\b")
_DETERMINER_BEFORE = regex.compile(r"(?i)\b(?:no|any|every|each|the|this|that|which|someone|such a|a|for)\s+$", regex.REVERSE)
_OVER_AFTER_CHANGE = regex.compile(r"(?i)(?:%|percent|per cent|increase|increased|rise|rose|growth|gain|up|down|compared|decline|drop|higher|lower|\d)\s*(?:of\s+)?$", regex.REVERSE)
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


@dataclass(frozen=True, slots=True)
class Context:
    """The text figures are read from, and the tolerance that widens approximate ones."""

    text: str
    tolerance: Fraction
    locale: Locale

    def share_labels(self, figures: list[Figure]) -> list[Figure]:
        """In a list "14 and 15 special forces", the last label belongs to every item."""
        out = list(figures)
        for i in range(1, len(out)):  # "aged 19, 23 and 41": the unit runs along the list
            a, b = out[i - 1], out[i]
            if a.unit == "year" and b.unit is None and b.label is None and _AGE_LIST_GAP.fullmatch(self.text[a.end : b.start]):
                out[i] = replace(b, unit="year")
        for i in range(len(out) - 2, -1, -1):
            a, b = out[i], out[i + 1]
            between = self.text[a.end : b.start]
            if a.label is None and b.label and a.unit == b.unit and _LIST_GAP.fullmatch(between):
                out[i] = replace(a, label=b.label)
        return self.respectively(out)

    def respectively(self, figures: list[Figure]) -> list[Figure]:
        """"the US and France ... deployed 14 and 15 special forces respectively": each figure
        of the list is labelled with its name, after what it counts ("special forces (US)")."""
        out = list(figures)
        ends = [f.end for f in out]
        for m in _RESPECTIVELY.finditer(self.text):
            first, last = bisect.bisect_left(ends, m.start() - 120), bisect.bisect_right(ends, m.start())
            items = list(range(first, last))
            run = _list_run(self.text, out, items)
            if len(run) < 2:
                continue
            head = self.text[max(0, out[run[0]].start - 200) : out[run[0]].start]
            names = _names(head, len(run))
            for i, name in zip(run, names or []):
                f = out[i]
                out[i] = replace(f, label=f"{f.label} ({name})" if f.label else name)
        return out


_RESPECTIVELY = regex.compile(r"(?i)\brespectively\b")
_NAME = r"(?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}.'’-]*){0,3}"
_NAMES = regex.compile(rf"({_NAME})((?:\s*,\s*{_NAME})*)\s*,?\s+and\s+({_NAME})")


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


def figure_at(ctx: Context, n: Numeral) -> tuple[Figure, int] | None:
    """The figure a numeral stands for in its context, with the scale its words gave it
    ("1.2 million": 10**6), or None when it is not a quantity."""
    text = ctx.text
    before, after = text[max(0, n.start - 60) : n.start], text[n.end : n.end + 60]
    if n.spelled and not _spelled_is_number(text, n, before, after):
        return None
    start, unit, value = _prefix(text, n, before)
    lead = text[max(0, start - 60) : start]
    if _PVALUE_BEFORE.search(lead) or _identifier_before(lead):
        return None
    if not n.spelled and (a := _ATTACHED.match(after)) and a.group().lower() in ("st", "nd", "rd", "th", "s"):
        return None  # ordinals, decades ("1990s")
    end, scale, unit, value = _suffix(ctx, n, unit, value)
    rest = text[end : end + 60]
    if (not n.spelled and _ATTACHED.match(rest)) or (rest.startswith("-") and rest[1:2].isupper()):
        return None  # glued to letters: "5G", "3D", "10-K"
    if unit is None and _is_year(n, text[n.start : n.end], before, after, scale):
        return None
    if unit == "percent" and _CONFIDENCE.match(rest):
        return None  # "95% CI": a confidence level, not a share
    if _AGE_BEFORE.search(lead) and unit is None:
        unit = "year"
    value *= scale
    qualifier = qualifier_before(lead, rest[:40])
    if rest.startswith("+") and not rest[1:2].isdigit():
        end, qualifier = end + 1, "at least"  # "15+"
    low, high = widen(*_interval(value, n, unit, scale), value, qualifier, ctx.tolerance)
    if value >= 0 and low is not None and low < 0:
        low = Fraction(0)  # "0%" or "0.3" written as a share or a count is not negative
    return Figure(text[start:end], start, end, value, low, high, unit, qualifier, _label(text, end)), scale


def _prefix(text: str, n: Numeral, before: str) -> tuple[int, str | None, Fraction]:
    """Where the figure starts, with a currency sign or a minus before the digits."""
    start, unit, value = n.start, None, n.value
    if not n.spelled and (m := _CURRENCY_BEFORE.search(before)):
        unit, start = CURRENCY_PREFIX[m.group().strip(" \u00a0")], n.start - len(m.group())
    elif not n.spelled and before.endswith(("-", "−")) and (m := _CURRENCY_BEFORE.search(before[:-1])):
        code = CURRENCY_PREFIX[m.group().strip(" \u00a0")]  # "$-99.99"
        return n.start - 1 - len(m.group()), code, -value
    if m := _MINUS_BEFORE.search(text[max(0, start - 12) : start]):
        return start - len(m.group()), unit, -value  # "minus 5", "minus five"
    if not n.spelled and _SIGN_BEFORE.search(text[max(0, start - 2) : start]):
        start, value = start - 1, -value
    return start, unit, value


def _suffix(ctx: Context, n: Numeral, unit: str | None, value: Fraction) -> tuple[int, int, str | None, Fraction]:
    """Where the figure ends, past a scale word and a unit: (end, scale, unit, value).

    A sub-unit changes the value: "50p" is 0.5 GBP."""
    text, end, scale = ctx.text, n.end, 1
    rest = text[end : end + 60]
    if (m := ctx.locale.scale.match(rest)) and _is_scale(ctx, n, m.group(), unit, rest[len(m.group()) :]):
        scale = ctx.locale.scales[m.group().strip(" \u00a0").lower()]
        end, rest = end + len(m.group()), rest[len(m.group()) :]
    if unit is None and (m := _CURRENCY_AFTER.match(rest)):
        return end + len(m.group()), scale, _currency(m.group(), _SENTENCE_START.split(text[max(0, n.start - 60) : n.start])[-1]), value
    if unit is None and scale == 1 and (m := _SUBUNIT.match(rest)):
        code, factor = CURRENCY_SUBUNITS[m.group().strip(" \u00a0").lower()]
        return end + len(m.group()), scale, code, value / factor
    if unit is None and (m := _POINTS.match(rest)):
        window = text[max(0, n.start - 150) : end + 150]
        if _PERCENT_NEAR.search(window):  # "rose 3 points to 45%"
            return end + len(m.group()), scale, "percentage point", value
    m = _UNIT.match(rest)
    if m and m.group("symbol") and (unit is None or m.group("symbol") in ("%", "‰")):
        return end + len(m.group()), scale, _SYMBOL_UNITS[m.group("symbol")], value
    if m and m.group("word") and unit is None:
        return end + len(m.group()), scale, _WORD_UNITS[m.group("word").lower()], value
    if unit is None and (m := _SPACED_UNIT.match(rest)):
        return end + len(m.group()), scale, SPACED_SYMBOLS[m.group().strip(" \u00a0")], value
    return end, scale, unit, value


def _is_scale(ctx: Context, n: Numeral, word: str, unit: str | None, after: str) -> bool:
    """Whether a scale word is one: "k", "m" and "b" glued to a number are scales only after a
    currency or a decimal, and "m" may be a metre ("2.3m people" but "2.3m tall")."""
    if word[0] in " \u00a0" or word.lower() not in ("k", "m", "b", "t"):
        return True
    if unit in CURRENCIES or _CURRENCY_GLUED.match(after):
        return True
    if word.lower() == "t":
        return False  # "$2.1T" is a trillion (above); "5t" is five tonnes
    if word.lower() != "m":
        return bool(n.decimals) or (word.lower() == "k" and bool(_COUNTED_NOUN.match(after)))
    if ctx.locale.name != "en" or word != "m":
        return word == "M" and bool(n.decimals)
    before = ctx.text[max(0, n.start - 30) : n.start]
    if _METRE_AFTER.match(after) or _LENGTH_BEFORE.search(before):
        return False
    if not n.decimals and _ARTICLE_BEFORE.search(before):
        return False  # "a 100m sprint"
    earlier = ctx.text[max(0, n.start - 200) : n.start]
    return bool(n.decimals) or bool(_COUNTED_NOUN.match(after)) or bool(_MILLIONS_BEFORE.search(earlier))


def _currency(written: str, before: str) -> str:
    """The currency a word after an amount names; "pounds" of weight are a mass."""
    word = written.strip(" \u00a0")
    code = CURRENCY_SUFFIX.get(word.lower()) or CURRENCY_SUFFIX[word]
    if code == "GBP" and word.lower().startswith("pound") and _WEIGHT_NEAR.search(before):
        return "pound"
    return code


def _spelled_is_number(text: str, n: Numeral, before: str, after: str) -> bool:
    word = text[n.start : n.end]
    if word.lower() == "one" and (_ONE_PRONOUN.match(after) or _DETERMINER_BEFORE.search(before)):
        return False
    if word[0].isupper() and before.rstrip() and before.rstrip()[-1] not in ".!?\"“”:;(\n*|" and not word.startswith("A "):
        return False  # "the Fantastic Four", "Ocean's Eleven"
    return True


def _identifier_before(lead: str) -> bool:
    m = _WORD_BEFORE.search(lead)
    return bool(m) and (m.group(1).lower() in IDENTIFIER_WORDS or m.group(1).lower().rstrip(".") in IDENTIFIER_WORDS) and not lead.endswith(("  ", "\n"))


def _is_year(n: Numeral, written: str, before: str, after: str, scale: int) -> bool:
    if n.spelled or n.decimals or scale != 1 or not 1800 <= n.value <= 2100:
        return False
    if not _FOUR_DIGITS.fullmatch(written):
        return False  # "1,999" is written as a count
    prev = _LAST_WORD.search(before)
    word = prev.group(1).lower() if prev else ""
    if word in YEAR_CONTEXT:
        return True
    if _AFTER_COUNTS.search(before):
        return False  # "600 were red and 2000 blue": an item of a list of counts
    counted = _COUNTED_AFTER.match(after)  # "2000 patients", "2000 (52%)", "2000 were"
    return not counted  # after a weak context word ("of 2019") or none at all


def qualifier_before(lead: str, tail: str) -> str | None:
    """The qualifier the words before a figure give it ("about", "more than", a range, a margin)."""
    if _MARGIN_BEFORE.search(lead):
        return "margin"
    if _RANGE_BEFORE.search(lead) or _RANGE_AFTER.match(tail):
        return "range"
    if _INTERVAL_SPAN.search(lead) and (_AGE_SPAN_AFTER.match(tail) or _TO_END.search(lead)):
        return "range"
    if _AGE_SPAN.search(lead) or (_AGE_SPAN_FIRST.search(lead) and _AGE_SPAN_AFTER.match(tail)
                                   and (lead.rstrip().lower().endswith("between") or tail.lstrip().startswith("to"))):
        return "range"
    if (_FROM_TO_BEFORE.search(lead) and _FROM_TO_AFTER.match(tail)) or (
            _TO_AFTER_FROM.search(lead) and _FROM_TO_BEFORE.search(lead[: _TO_AFTER_FROM.search(lead).start() + 5])):
        return "range"
    m = _QUALIFIER_BEFORE.search(lead)
    if not m:
        return None
    phrase = m.group(1).lower()
    if phrase in ("over", "above", "under", "below") and _OVER_AFTER_CHANGE.search(lead[: m.start(1)]):
        return None  # "an increase of 34% over $0.47": a base, not a bound
    return QUALIFIERS[phrase]


def _interval(value: Fraction, n: Numeral, unit: str | None, scale: int) -> tuple[Fraction, Fraction]:
    # negative places come from scientific notation: "3x10^6" is rounded to the million
    rounded = n.decimals != 0 or scale > 1 or not (unit is None or unit in CURRENCIES or unit == "year")
    if n.spelled and scale == 1:
        rounded = False
    if not rounded:
        return value, value
    half = HALF * Fraction(10) ** -n.decimals * scale
    if n.spelled:
        half = HALF * scale
    return value - half, value + half


def widen(low: Fraction, high: Fraction, value: Fraction, qualifier: str | None,
          tolerance: Fraction) -> tuple[Fraction | None, Fraction | None]:
    """The interval a qualifier makes of a figure's rounding interval."""
    slack = abs(value) * tolerance
    floor = min(Fraction(0), low)
    match qualifier:
        case "about":
            return low - slack, high + slack
        case "nearly" | "almost":
            return low - slack, high
        case "more than":
            return low, None
        case "at least":
            return low, None
        case "up to":
            return floor, high
        case "fewer than":
            return floor, high
        case "range" | "margin":
            return low, high
    return low, high


def _label(text: str, end: int) -> str | None:
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
