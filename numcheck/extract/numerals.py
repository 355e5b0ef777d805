"""Numerals as written: digits with separators and decimals, and spelled-out numbers.

>>> [(c.start, c.end, c.value) for c in numerals("31·1 and 1,200 and fifty-seven")]
[(0, 4, Fraction(311, 10)), (9, 14, Fraction(1200, 1)), (19, 30, Fraction(57, 1))]
"""
from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

import regex

from .locales import get
from .vocab import MULTIPLIER_WORDS, TENS_WORDS, UNITS_WORDS

# Patterns used inline below, compiled once.
_NON_DIGITS = regex.compile(r"[^\d]")
_WORD_BREAK = regex.compile(r"[\s-]+")

#: Digits as English writes them; other locales' patterns are in ``locales``.
DIGITS = get("en").digits

_NUMBER_WORD = "|".join(sorted([*UNITS_WORDS, *TENS_WORDS, *MULTIPLIER_WORDS], key=len, reverse=True))
WORDS = regex.compile(
    rf"""
    (?<! [\p{{L}}\p{{N}}-] )
    (?: (?P<a> an? \s+ (?= dozen | hundred | thousand | million | billion ) ) )?
    (?P<words>
        (?: {_NUMBER_WORD} | dozen )
        (?: (?: [\s-]+ | \s+ and \s+ ) (?: {_NUMBER_WORD} | dozen ) )*
    )
    (?! [\p{{L}}\p{{N}}] | -\p{{L}} )
    """,
    regex.VERBOSE | regex.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Numeral:
    """A number as written: its span, exact value, and places after the decimal point."""

    start: int
    end: int
    value: Fraction
    decimals: int
    spelled: bool = False


_HALVES = {"dozen": 12, **MULTIPLIER_WORDS}
#: Number idioms: "a couple of" is two, "half a dozen" six, "half a million" 500,000.
IDIOMS = regex.compile(r"(?i)(?<![\p{L}-])(?:(?P<couple>a\s+couple)(?=\s+of\b)"
                       r"|half\s+an?\s+(?P<half>dozen|hundred|thousand|million|billion)\b)")


def numerals(text: str, locale: str = "en") -> list[Numeral]:
    """Every numeral in ``text``, digits and words, in order of position."""
    found = [_digits(m) for m in get(locale).digits.finditer(text)]
    found += [n for m in WORDS.finditer(text) if (n := _words(m)) is not None]
    found += [Numeral(m.start(), m.end(), Fraction(2) if m.group("couple") else Fraction(_HALVES[m.group("half").lower()], 2),
                      0, spelled=True) for m in IDIOMS.finditer(text)]
    found.sort(key=lambda n: (n.start, -n.end))
    return [n for i, n in enumerate(found) if not i or n.start >= found[i - 1].end]


def _digits(m: regex.Match) -> Numeral:
    if frac := m.groupdict().get("bare"):
        return Numeral(m.start(), m.end(), Fraction(int(frac), 10 ** len(frac)), len(frac))
    whole = int(_NON_DIGITS.sub("", m.group("int")))
    frac = m.group("frac") or ""
    value = Fraction(whole) + (Fraction(int(frac), 10 ** len(frac)) if frac else 0)
    return Numeral(m.start(), m.end(), value, len(frac))


def _words(m: regex.Match) -> Numeral | None:
    tokens = [t.lower() for t in _WORD_BREAK.split(m.group("words")) if t.lower() != "and"]
    if tokens[0] in MULTIPLIER_WORDS and not m.group("a"):
        return None  # "hundreds", "million" alone are not numbers
    value = word_value(tokens)
    if value is None:
        return None
    return Numeral(m.start(), m.end(), Fraction(value), 0, spelled=True)


def word_value(tokens: list[str]) -> int | None:
    """The value of number words ("fifty", "seven") or None when they do not form one number.

    >>> word_value(["three", "thousand", "two", "hundred", "fifty"])
    3250
    """
    total = current = 0
    last = None
    for t in tokens:
        if t == "dozen":
            current = (current or 1) * 12
        elif t in UNITS_WORDS:
            if last in ("unit", "teen"):
                return None  # "one two" is two numbers
            current += UNITS_WORDS[t]
            last = "teen" if UNITS_WORDS[t] >= 10 else "unit"
        elif t in TENS_WORDS:
            if last in ("unit", "teen", "tens"):
                return None
            current += TENS_WORDS[t]
            last = "tens"
        elif t == "hundred":
            current = (current or 1) * 100
            last = "hundred"
        else:
            total += (current or 1) * MULTIPLIER_WORDS[t]
            current, last = 0, "scale"
    return total + current
