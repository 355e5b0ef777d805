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
_COMMA_GROUPED = regex.compile(r"\d,\d{3}(?!\d)")
_SEPARATORS = str.maketrans("", "", ",. \u2009\u202f\u00a0'’")
_WORD_BREAK = regex.compile(r"[\s-]+")

#: Digits as English writes them; other locales' patterns are in ``locales``.
DIGITS = get("en").digits

_HYPHEN_UNITS = (r"(?: years? | months? | weeks? | days? | hours? | minutes? | miles? | met(?:re|er)s?"
                 r" | kilomet(?:re|er)s? | foot | feet | inch | acres? ) \b")
_NUMBER_WORD = "|".join(sorted([*UNITS_WORDS, *TENS_WORDS, *MULTIPLIER_WORDS], key=len, reverse=True))
WORDS = regex.compile(
    rf"""
    (?<! [\p{{L}}\p{{N}}-] )
    (?: (?P<a> an? \s+ (?= dozen | hundred | thousand | million | billion ) ) )?
    (?P<words>
        (?: {_NUMBER_WORD} | dozen )
        (?: (?: [\s-]+ | \s+ and \s+ ) (?: {_NUMBER_WORD} | dozen ) )*
    )
    (?! [\p{{L}}\p{{N}}] | -(?! {_HYPHEN_UNITS} ) \p{{L}} )   # "two-year" is a number of years; "one-sided" is not a number
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

_VULGAR = {"½": Fraction(1, 2), "⅓": Fraction(1, 3), "⅔": Fraction(2, 3), "¼": Fraction(1, 4), "¾": Fraction(3, 4),
           "⅕": Fraction(1, 5), "⅖": Fraction(2, 5), "⅗": Fraction(3, 5), "⅘": Fraction(4, 5), "⅙": Fraction(1, 6),
           "⅚": Fraction(5, 6), "⅛": Fraction(1, 8), "⅜": Fraction(3, 8), "⅝": Fraction(5, 8), "⅞": Fraction(7, 8)}
#: Mixed numbers and vulgar fractions: "2 1/2", "2½", "½".
MIXED = regex.compile(
    rf"""
    (?<! [\p{{L}}\p{{N}}.,/] )
    (?: (?P<whole> \d{{1,4}} ) (?: [ ] (?P<n> \d{{1,2}} ) / (?P<d> \d{{1,2}} ) (?! [\d/] ) | [ ]? (?P<v> [{"".join(_VULGAR)}] ) )
      | (?P<alone> [{"".join(_VULGAR)}] ) )
    """,
    regex.VERBOSE,
)
_SUPERSCRIPT = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻−", "0123456789--")
#: Scientific notation: "2.48 × 10⁻⁵", "3x10^6", "4e14".
SCIENTIFIC = regex.compile(
    r"""
    (?<! [\p{L}\p{N}.,] )
    (?P<mant> \d{1,3} (?: \.(?P<places>\d{1,12}) )? )
    (?: [ ]? [×x] [ ]? 10 (?: \^ | \*\* )? (?P<exp> [-−⁻]? [\d⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3} ) | [eE] (?P<e> [-+−]? \d{1,3} ) )
    (?! [\p{L}\d] )
    """,
    regex.VERBOSE,
)
_SCIENTIFIC_HINT = regex.compile(r"\d ?[×x] ?10|\d[eE][-+−]?\d")
# "two and a half", "3 and a quarter"
_AND_A = regex.compile(r"(?i)\s+and\s+an?\s+(half|quarter)\b")


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
IDIOMS = regex.compile(r"(?i)(?<![\p{L}-])(?:(?P<couple>a\s+couple)(?:\s+of\s+(?P<scale>hundred|thousand|million|billion)\b"
                       r"|(?=\s+of\b))"
                       r"|half\s+an?\s+(?P<half>dozen|hundred|thousand|million|billion)\b)")


def numerals(text: str, locale: str = "en") -> list[Numeral]:
    """Every numeral in ``text``, digits and words, in order of position.

    The rarer forms are looked for only when a substring test says they may be there: a
    test on the whole text is far cheaper than a pattern tried at every position."""
    lowered = text.lower()
    loc = get(locale)
    found = []
    commas = locale == "en" and bool(_COMMA_GROUPED.search(text))
    for m in loc.digits.finditer(text):
        # a text that groups thousands with commas does not also group them with spaces, and no
        # share is written "127 100%": there, a space separates two numbers
        if " " in (m.group("int") or "") and (commas or text[m.end() : m.end() + 2].lstrip().startswith("%")):
            found += [_digits(n) for n in loc.unspaced.finditer(text, m.start(), m.end())]
        else:
            found.append(_digits(m))
    found += [n for m in WORDS.finditer(text) if (n := _words(m)) is not None]
    if "couple" in lowered or "half" in lowered:
        found += [_idiom(m) for m in IDIOMS.finditer(text)]
    if "/" in text or any(v in text for v in _VULGAR):
        found += [n for m in MIXED.finditer(text) if (n := _mixed(m)) is not None]
    if _SCIENTIFIC_HINT.search(text):
        found += [_scientific(m) for m in SCIENTIFIC.finditer(text)]
    found.sort(key=lambda n: (n.start, -n.end))
    kept = [n for i, n in enumerate(found) if not i or n.start >= found[i - 1].end]
    return [_and_a(text, n) for n in kept] if " and a" in lowered else kept


def _idiom(m: regex.Match) -> Numeral:
    if m.group("couple"):  # "a couple of days", "a couple of hundred protesters"
        value = Fraction(2 * (_HALVES[m.group("scale").lower()] if m.group("scale") else 1))
    else:
        value = Fraction(_HALVES[m.group("half").lower()], 2)
    return Numeral(m.start(), m.end(), value, 0, spelled=True)


def _and_a(text: str, n: Numeral) -> Numeral:
    """A numeral with "and a half" or "and a quarter" after it, as one number."""
    m = _AND_A.match(text, n.end, min(len(text), n.end + 24))
    if m is None or n.decimals:
        return n
    part = Fraction(1, 2) if m.group(1).lower() == "half" else Fraction(1, 4)
    return Numeral(n.start, m.end(), n.value + part, 0, n.spelled)


def _mixed(m: regex.Match) -> Numeral | None:
    if m.group("alone"):
        return Numeral(m.start(), m.end(), _VULGAR[m.group("alone")], 0)
    whole = Fraction(int(m.group("whole")))
    if m.group("v"):
        return Numeral(m.start(), m.end(), whole + _VULGAR[m.group("v")], 0)
    n, d = int(m.group("n")), int(m.group("d"))
    return Numeral(m.start(), m.end(), whole + Fraction(n, d), 0) if 0 < n < d <= 16 else None


def _scientific(m: regex.Match) -> Numeral:
    places = len(m.group("places") or "")
    exp = int((m.group("exp") or m.group("e")).translate(_SUPERSCRIPT).replace("−", "-"))
    mantissa = Fraction(m.group("mant"))
    return Numeral(m.start(), m.end(), mantissa * Fraction(10) ** exp, places - exp)


def _digits(m: regex.Match) -> Numeral:
    whole, frac = m.group("int"), m.group("frac")
    if whole is None:  # ".456"
        frac = m.group("bare")
        return Numeral(m.start(), m.end(), Fraction(int(frac), 10 ** len(frac)), len(frac))
    if not whole.isdigit():
        whole = whole.translate(_SEPARATORS)
    if not frac:
        return Numeral(m.start(), m.end(), Fraction(int(whole)), 0)
    return Numeral(m.start(), m.end(), Fraction(int(whole + frac), 10 ** len(frac)), len(frac))


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
