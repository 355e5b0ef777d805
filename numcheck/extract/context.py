"""What the words around a numeral make of it: sign, currency, qualifier and interval, or
nothing at all (a year, an identifier, an ordinal). What follows the digits is read in
``suffix``, what the figure counts in ``labels``."""
from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

import regex

from ..model import Figure
from .locales import Locale
from .numerals import Numeral
from .labels import label_after
from .suffix import suffix
from .vocab import CHANGE_VERBS, CURRENCIES, CURRENCY_PREFIX, HALF, IDENTIFIER_WORDS, YEAR_CONTEXT, alternation

# Patterns used inline below, compiled once.
_FOUR_DIGITS = regex.compile(r"\d{4}")
_LAST_WORD = regex.compile(r"([\p{L}.]+)\W*$", regex.REVERSE)
_AFTER_COUNTS = regex.compile(r"\d[\d,]*\s+(?:\p{L}+\s+){0,3}(?:and|or)\s*$|\d[\d,]*\s+(?:\p{L}+\s+){0,3}\p{L}+,\s*$", regex.REVERSE)
_COUNTED_AFTER = regex.compile(r"\s+(?:\(\d|[a-z]+s\b|(?:were|are|had|have|voted|said|did)\b)")


_CURRENCY_BEFORE = regex.compile(rf"(?<!\p{{L}})(?:{alternation(CURRENCY_PREFIX)})[ \u00a0]?$")
_MINUS_BEFORE = regex.compile(r"(?i)(?<!\p{L}|\bor\s)minus[ \u00a0]+$")
_SIGN_BEFORE = regex.compile(r"(?:^|(?<=[\s|(:=\[]))[-−]$")
# News style gives an age in commas after a name: "Smith, 34, and Jones, 28, were charged".
_NAME_COMMA = regex.compile(
    r"(?:\p{Lu}[\p{L}'’-]+|\b(?:son|daughter|wife|husband|mother|father|brother|sister|boy|girl|man|woman"
    r"|child|baby|partner|friend|teenager|pensioner))\s*,\s*$", regex.REVERSE)
_AGE_CLOSE = regex.compile(r"^\s*(?:,|\)|;|\.(?!\d)|and\b|$)")
# "the FTSE 100 group said", "the Formula 1 team": a number inside a name, not a count.
_THE_NAME = regex.compile(r"\b[Tt]he\s+(?:\p{Lu}[\p{L}&'’.-]*\s+){1,2}$", regex.REVERSE)
_SPANS_OF_TIME = frozenset({"year", "month", "week", "day", "hour", "minute", "second", "decade", "century"})
_NOT_A_NAME = regex.compile(r"(?i)^\s+(?:to|votes?|seats?|points?|of)\b")  # "led the House 222 to 213"
# "Fifa 23 data showed", "Station 19 said": a name as the source of a statement.
_CAPITAL_BEFORE = regex.compile(r"\p{Lu}[\p{L}&'’.-]*\s+$", regex.REVERSE)
_SOURCE_AFTER = regex.compile(r"^\s+(?:said|says|told|reported|announced|data|figures|showed|shows|statement|spokes\w+)\b")
_NAME_TAIL = regex.compile(r"^(?:\s+\p{Ll}|\s*[,.;)](?!\d))")
_MARGIN_BEFORE = regex.compile(r"(?i)(?:\+/-|\+/−|±|plus or minus|margin of error of)\s*$")
_PVALUE_BEFORE = regex.compile(r"(?i)\bp\s*(?:-?value)?\s*[=<>≤≥]\s*$")
_RANGE_BEFORE = regex.compile(
    r"\d(?:%|[a-z]{1,8})?(?:[-–—−]|\s[-–—−]\s)[$€£]?$|\b(?:between|zwischen|entre)\s+(?:[^,;\s]+\s+){0,3}(?:(?:and|und|et|y)\s+)?$",
    regex.I)
# a dash spaced on both sides or neither: "12,000 -3,092" is a number and a negative one
_AND_OVER = regex.compile(r"(?i)\d\s*(?:years?|yrs?)?\s+and\s+$")
_RANGE_AFTER = regex.compile(r"^%?(?:[-–—−]|\s[-–—−]\s)[$€£]?\d")
# "from 18 to 24" is a span (of ages, years, sizes) unless a verb of change leads into it.
_FROM_TO_BEFORE = regex.compile(rf"(?i)(?<!\b(?:{CHANGE_VERBS})\b[^.;]{{0,60}})\bfrom\s+$")
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
_CELL_NUMBER = regex.compile(r"[-+]?\d[\d,.]*")
_TOTAL_CELL = regex.compile(r"(?im)^[|\s*]*(?:grand\s+)?(?:total|all|overall)\b[^|\n]*(?:\|[^|\n]*){0,12}\|\s*$")
_ATTACHED = regex.compile(r"^[\p{L}]+")
_CONFIDENCE = regex.compile(r"(?i)^\s*(?:CI\b|C\.I\.|confidence|credible|prediction interval)")
_ONE_PRONOUN = regex.compile(r"(?i)^\s+(?:of|another|can|could|would|may|might|must|should|who|that|which|by one|day|time|thing|way|hand|side|point|or (?:two|more|other))\b")
_DETERMINER_BEFORE = regex.compile(r"(?i)\b(?:no|any|every|each|the|this|that|which|someone|such a|a|for)\s+$", regex.REVERSE)
_OVER_AFTER_CHANGE = regex.compile(r"(?i)(?:%|percent|per cent|increase|increased|rise|rose|growth|gain|up|down|compared|decline|drop|higher|lower|\d)\s*(?:of\s+)?$", regex.REVERSE)


@dataclass(frozen=True, slots=True)
class Context:
    """The text figures are read from, and the tolerance that widens approximate ones."""

    text: str
    tolerance: Fraction
    locale: Locale


def figure_at(ctx: Context, n: Numeral) -> tuple[Figure, int] | None:
    """The figure a numeral stands for in its context, with the scale its words gave it
    ("1.2 million": 10**6), or None when it is not a quantity."""
    text = ctx.text
    before, after = text[max(0, n.start - 60) : n.start], text[n.end : n.end + 60]
    if n.spelled and not _spelled_is_number(text, n, before, after):
        return None
    start, unit, value = _prefix(text, n, before)
    lead = text[max(0, start - 60) : start]
    if (any(c in lead for c in "=<>≤≥") and _PVALUE_BEFORE.search(lead)) or _identifier_before(lead):
        return None
    if not n.spelled and (a := _ATTACHED.match(after)) and a.group().lower() in ("st", "nd", "rd", "th", "s"):
        return None  # ordinals, decades ("1990s")
    end, scale, unit, value = suffix(text, ctx.locale, n, unit, value)
    rest = text[end : end + 60]
    if (not n.spelled and _ATTACHED.match(rest)) or (rest.startswith("-") and rest[1:2].isupper()):
        return None  # glued to letters: "5G", "3D", "10-K"
    if unit is None and _is_year(n, text[n.start : n.end], before, after, scale) and not _table_count(text, n):
        return None
    if unit == "percent" and _CONFIDENCE.match(rest):
        return None  # "95% CI": a confidence level, not a share
    if unit is None and scale == 1 and not _NOT_A_NAME.match(rest) and (
            (_THE_NAME.search(lead) and _NAME_TAIL.match(rest)) or (_CAPITAL_BEFORE.search(lead) and _SOURCE_AFTER.match(rest))):
        return None
    if unit is None and (("age" in lead.lower() and _AGE_BEFORE.search(lead)) or (
            not n.spelled and n.value <= 120 and not n.decimals and _NAME_COMMA.search(lead) and _AGE_CLOSE.match(rest))):
        unit = "year"
    if scale != 1:
        value *= scale
    qualifier = qualifier_before(lead, rest[:40], ctx.locale)
    if qualifier == "more than" and unit in _SPANS_OF_TIME and lead.rstrip().lower().endswith("over"):
        qualifier = None  # "over five years": a period, not a bound
    if rest.startswith("+") and not rest[1:2].isdigit():
        end, qualifier = end + 1, "at least"  # "15+"
    low, high = widen(*_interval(value, n, unit, scale), value, qualifier, ctx.tolerance)
    if value >= 0 and low is not None and low < 0:
        low = Fraction(0)  # "0%" or "0.3" written as a share or a count is not negative
    return Figure(text[start:end], start, end, value, low, high, unit, qualifier, label_after(text, end)), scale


def _prefix(text: str, n: Numeral, before: str) -> tuple[int, str | None, Fraction]:
    """Where the figure starts, with a currency sign or a minus before the digits."""
    start, unit, value = n.start, None, n.value
    if not n.spelled and (m := _CURRENCY_BEFORE.search(before)):
        unit, start = CURRENCY_PREFIX[m.group().strip(" \u00a0")], n.start - len(m.group())
    elif not n.spelled and before.endswith(("-", "−")) and (m := _CURRENCY_BEFORE.search(before[:-1])):
        code = CURRENCY_PREFIX[m.group().strip(" \u00a0")]  # "$-99.99"
        return n.start - 1 - len(m.group()), code, -value
    window = text[max(0, start - 12) : start]
    if "minus" in window.lower() and (m := _MINUS_BEFORE.search(window)):
        return start - len(m.group()), unit, -value  # "minus 5", "minus five"
    if not n.spelled and _SIGN_BEFORE.search(text[max(0, start - 2) : start]):
        start, value = start - 1, -value
    return start, unit, value


def _spelled_is_number(text: str, n: Numeral, before: str, after: str) -> bool:
    word = text[n.start : n.end]
    if word.lower() == "one" and (_ONE_PRONOUN.match(after) or _DETERMINER_BEFORE.search(before)):
        return False
    if word[0].isupper() and before.rstrip() and before.rstrip()[-1] not in ".!?\"“”:;(\n*|" and not word.startswith("A "):
        return False  # "the Fantastic Four", "Ocean's Eleven"
    return True


def _identifier_before(lead: str) -> bool:
    m = _WORD_BEFORE.search(lead)
    if not m or lead.endswith(("  ", "\n")):
        return False
    word, written = m.group(1).lower(), m.group().rstrip().lower()  # "No." keeps its dot in ``written``
    return word in IDENTIFIER_WORDS or word.rstrip(".") in IDENTIFIER_WORDS or written in IDENTIFIER_WORDS


def _table_count(text: str, n: Numeral) -> bool:
    """A four-digit number in a table row beside other counts, past the row's first cell, is
    a count ("| Cloud | 412 | 438 | 1806 |"), not a year ("| Region | 2010 | 2020 |")."""
    start = text.rfind("\n", 0, n.start) + 1
    end = text.find("\n", n.end)
    line = text[start : end if end >= 0 else len(text)]
    if line.count("|") < 2:
        return False
    cells = [c.strip() for c in line.strip(" |").split("|")]
    first_cell = start + len(line) - len(line.lstrip(" |"))
    numbers = [c for c in cells[1:] if _CELL_NUMBER.fullmatch(c)]
    return text.count("|", first_cell, n.start) > 0 and any(
        not _FOUR_DIGITS.fullmatch(c) or not 1800 <= int(c) <= 2100 for c in numbers)


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
    if _TOTAL_CELL.search(before):
        return False  # "| Total | 1852 |": a table's total, not a year
    counted = _COUNTED_AFTER.match(after)  # "2000 patients", "2000 (52%)", "2000 were"
    return not counted  # after a weak context word ("of 2019") or none at all


def qualifier_before(lead: str, tail: str, locale: Locale) -> str | None:
    """The qualifier the words before a figure give it ("about", "more than", a range, a margin).

    Each pattern is tried only when the lead holds a word it needs: most figures have none."""
    low = lead.lower()
    if ("±" in lead or "+/" in lead or "minus" in low or "margin" in low) and _MARGIN_BEFORE.search(lead):
        return "margin"
    if _RANGE_AFTER.match(tail) or ((_has_dash(lead) or any(w in low for w in ("between", "zwischen", "entre")))
                                    and _RANGE_BEFORE.search(lead)):
        return "range"
    if any(w in low for w in ("ci", "interval", "range", "iqr")) and _INTERVAL_SPAN.search(lead) \
            and (_AGE_SPAN_AFTER.match(tail) or _TO_END.search(lead)):
        return "range"
    if "age" in low and (_AGE_SPAN.search(lead) or (
            _AGE_SPAN_FIRST.search(lead) and _AGE_SPAN_AFTER.match(tail)
            and (lead.rstrip().lower().endswith("between") or tail.lstrip().startswith("to")))):
        return "range"
    if "from" in low and ((_FROM_TO_BEFORE.search(lead) and _FROM_TO_AFTER.match(tail)) or (
            _TO_AFTER_FROM.search(lead) and _FROM_TO_BEFORE.search(lead[: _TO_AFTER_FROM.search(lead).start() + 5]))):
        return "range"
    m = locale.qualifier.search(lead)
    if not m:
        return None
    phrase = m.group(1).lower()
    if phrase in ("over", "above", "under", "below") and _OVER_AFTER_CHANGE.search(lead[: m.start(1)]):
        return None  # "an increase of 34% over $0.47": a base, not a bound
    if phrase in ("over", "above", "under", "older") and _AND_OVER.search(lead[: m.start(1)]):
        return None  # "Males 15 years and over 870": the bound belongs to the label before
    return locale.qualifiers[phrase]


def _has_dash(text: str) -> bool:
    return "-" in text or "–" in text or "—" in text or "−" in text


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
    match qualifier:
        case None | "range" | "margin":
            return low, high
        case "about":
            return low - abs(value) * tolerance, high + abs(value) * tolerance
        case "nearly" | "almost":
            return low - abs(value) * tolerance, high
        case "more than" | "at least":
            return low, None
        case "up to" | "fewer than":
            return min(Fraction(0), low), high
    return low, high


