"""What follows a numeral: a scale word ("million", "bn", "Mio."), a currency ("dollars", "€",
"50p"), a share unit ("%", "points", "bp") or a physical unit ("km", "square miles"), each
read in the figure's locale."""
from __future__ import annotations

from fractions import Fraction

import regex

from .locales import Locale
from .numerals import Numeral
from .units import SPACED_SYMBOLS, SYMBOLS, WORDS
from .vocab import (CURRENCIES, CURRENCY_CODES, CURRENCY_SUBUNITS, CURRENCY_SUFFIX, SHARE_UNITS, alternation)

# Units after a number. Symbols are case-sensitive and may be glued ("5km", "30°C"; "5G" is not
# grams); words take a space or a hyphen and any case ("12 Miles", "a 20-year-old").
_SYMBOL_UNITS = {"%": "percent", "‰": "per mille", "pp": "percentage point", "bp": "basis point",
                 "bps": "basis point", "pc": "percent", **SYMBOLS}
_WORD_UNITS = {**{k: v for k, v in SHARE_UNITS.items() if k not in _SYMBOL_UNITS}, **WORDS,
               "times": "times", "fold": "times"}
_UNIT = regex.compile(rf"^(?:[ \u00a0]?(?P<symbol>{alternation(_SYMBOL_UNITS)})(?![\p{{L}}\d])"
                      rf"|[ \u00a0-](?P<word>(?i:{alternation(_WORD_UNITS)}))(?![\p{{L}}\d]))")
# "4 K" is kelvin only with a space: "4K" is a screen, "300K" a count.
_SPACED_UNIT = regex.compile(rf"^[ \u00a0](?:{alternation(SPACED_SYMBOLS)})(?![\p{{L}}\d])")
_POINTS = regex.compile(r"(?i)^[ \u00a0-]points?\b")
_PERCENT_NEAR = regex.compile(
    r"(?i)%|\bper ?cent|percentage|\bswing|\bpoll(?:s|ing|ster)?\b|\bapproval|\binterest rates?\b|\bturnout")
_CURRENCY_WORDS = [k for k in CURRENCY_SUFFIX if k.upper() not in CURRENCY_CODES and k[0] not in "€$£¥"]
_CURRENCY_AFTER = regex.compile(
    rf"^(?:[ \u00a0]?[€$£¥]|[ \u00a0](?:(?i:{alternation(_CURRENCY_WORDS)})|{alternation(CURRENCY_CODES)}))(?![\p{{L}}\d])")
_SUBUNIT = regex.compile(r"^(?:p(?![\p{L}\d]|\.\p{L})|¢|[ \u00a0](?i:pence|cents?)(?!\p{L}))")
_WEIGHT_NEAR = regex.compile(
    r"(?i)\b(?:weigh\w*|weight|heav\w*|light(?:er|est)|lost|shed|gain(?:ed|s)?|obes\w*|lbs?)\b")
# "2.3m people" is a count in millions; "2.3m tall", "the 100m sprint" are lengths.
_METRE_AFTER = regex.compile(
    r"(?i)^(?:[²³/]|[23](?!\d)|\s*[-x×]\s*\d|-\p{L}|\s+(?:tall|high|long|wide|deep|thick|away|above|below|across"
    r"|in\s+(?:length|height|diameter|depth|width)|from|races?|sprints?|dash|hurdles|freestyle|butterfly|backstroke"
    r"|breaststroke|medley|relay|final|finalists?|champions?|records?|titles?|gold|silver|bronze|medals?|swim|drop|fall|wall|telescope|radius|altitude|underground|deeper|higher|longer"
    r"|of\s+(?:snow|rain|water|ice|mud|sand|soil|rock|concrete|cable|rope|fabric|track|road|fence))\b)")
_LENGTH_BEFORE = regex.compile(
    r"(?i)\b(?:tall|high|height|long|length|deep|depth|wide|width|measur\w+|stood|stands?|standing|jump\w*"
    r"|clear\w*|leap\w*|swam|climb\w*|altitude|elevation|diameter|radius|distance)(?:\s+of)?\s+$", regex.REVERSE)
# "450m passengers ... the 510m it handled": an "m" read as millions earlier in the passage.
_MILLIONS_BEFORE = regex.compile(r"(?:[$€£]\d[\d,.]*|\d)m\s+(?:of\b|people\b|\p{Ll}+s\b)|[$€£]\d[\d,.]*m\b")
_ARTICLE_BEFORE = regex.compile(r"(?i)\b(?:an?)\s+$")
_COUNTED_NOUN = regex.compile(
    r"(?i)^(?:\s+(?:of\b|people\b|a\s+(?:year|day|month|week)\b|\p{Ll}+s\b)"
    r"|\s*(?:-|–|to|and|or)\s*[$€£]?\d[\d.,]*m\s+(?:of\b|people\b|\p{Ll}+s\b))")  # "between 3m and 4m people"
# "a 5m fine", "the 2m deal": money, in millions, even with the sign left out.
_MONEY_AFTER = regex.compile(
    r"(?i)^[ -](?:fine|budget|deal|loan|contract|bid|bonus|salary|investment|project|scheme|grant|fund|settlement"
    r"|payout|transfer|fee|takeover|stake|profit|loss|debt|bill|package|upgrade|overhaul|refurbishment|valuation)s?\b")
_INDEX_NEAR = regex.compile(r"(?i)\b(?:index|indices|dow|ftse|nasdaq|s&p|nikkei|dax|cac|hang seng|stoxx|sensex)\b")
_SENTENCE_START = regex.compile(r"[.!?]\s+")
_CURRENCY_GLUED = regex.compile(r"^[ \u00a0]?[€$£¥]")


def suffix(text: str, locale: Locale, n: Numeral, unit: str | None,
           value: Fraction) -> tuple[int, int, str | None, Fraction]:
    """Where the figure ends, past a scale word and a unit: (end, scale, unit, value).

    A sub-unit changes the value: "50p" is 0.5 GBP."""
    end, scale = n.end, 1
    rest = text[end : end + 60]
    if (m := locale.scale.match(rest)) and _is_scale(text, locale, n, m.group(), unit, rest[len(m.group()) :]):
        scale = locale.scales[m.group().strip(" \u00a0").lower()]
        end, rest = end + len(m.group()), rest[len(m.group()) :]
    if unit is None and (m := _CURRENCY_AFTER.match(rest)):
        sentence = _SENTENCE_START.split(text[max(0, n.start - 60) : n.start])[-1]
        return end + len(m.group()), scale, _currency(m.group(), sentence), value
    if unit is None and scale == 1 and (m := _SUBUNIT.match(rest)):
        code, factor = CURRENCY_SUBUNITS[m.group().strip(" \u00a0").lower()]
        return end + len(m.group()), Fraction(1, factor), code, value  # "12.5p" is 0.125 GBP, to the 0.0005
    if unit is None and (m := _POINTS.match(rest)):
        window = text[max(0, n.start - 150) : end + 150]
        # "rose 3 points to 45%"; but "the Dow fell 400 points" is an index, and no share moves 400 points
        if n.value <= 100 and _PERCENT_NEAR.search(window) and not _INDEX_NEAR.search(window):
            return end + len(m.group()), scale, "percentage point", value
    m = _UNIT.match(rest)
    if m and m.group("symbol") and (unit is None or m.group("symbol") in ("%", "‰")):
        return end + len(m.group()), scale, _SYMBOL_UNITS[m.group("symbol")], value
    if m and m.group("word") and unit is None:
        return end + len(m.group()), scale, _WORD_UNITS[m.group("word").lower()], value
    if unit is None and (m := _SPACED_UNIT.match(rest)):
        return end + len(m.group()), scale, SPACED_SYMBOLS[m.group().strip(" \u00a0")], value
    return end, scale, unit, value


def _is_scale(text: str, locale: Locale, n: Numeral, word: str, unit: str | None, after: str) -> bool:
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
    if locale.name != "en" or word != "m":
        return word == "M" and bool(n.decimals)
    before = text[max(0, n.start - 30) : n.start]
    if _MONEY_AFTER.match(after):
        return True
    if _METRE_AFTER.match(after) or _LENGTH_BEFORE.search(before):
        return False
    if not n.decimals and _ARTICLE_BEFORE.search(before):
        return False  # "a 100m sprint"
    earlier = text[max(0, n.start - 200) : n.start]
    return bool(n.decimals) or bool(_COUNTED_NOUN.match(after)) or bool(_MILLIONS_BEFORE.search(earlier))


def _currency(written: str, before: str) -> str:
    """The currency a word after an amount names; "pounds" of weight are a mass."""
    word = written.strip(" \u00a0")
    code = CURRENCY_SUFFIX.get(word.lower()) or CURRENCY_SUFFIX[word]
    if code == "GBP" and word.lower().startswith("pound") and _WEIGHT_NEAR.search(before):
        return "pound"
    return code
