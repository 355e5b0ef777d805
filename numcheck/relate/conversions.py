"""Unit conversions (check ``conversion``): "10 miles (16 km)", "30°C (86°F)", "18 °C or
64 °F", "52.2 million acres (81,562 square miles)".

A figure and the next one, in another unit of the same kind, joined by a bracket, "or" or a
slash, state one quantity twice: ``second = k * first + c`` with pint's exact factor. The
first is taken as written; the second is a conversion someone rounded, so besides its own
last place its trailing zeros may be rounding too ("5,000 feet (1,500 m)": 1,524 m; and 2% either
way), and that much slack is an unknown of the relation. A temperature after words of change ("rose
2°C (3.6°F)") is a difference and converts without the offset.
"""
from __future__ import annotations

from fractions import Fraction
from typing import Iterable

import regex
import sympy

from ..extract.units import NAMES, conversion
from ..model import Figure, Relation
from .base import Sentences, rational, symbol, usable

# Patterns used inline below, compiled once.
_JOIN = regex.compile(
    r"(?i)\s*(?:\(\s*|,?\s+or\s+|\s*/\s*)(?:(?:about|approximately|around|roughly|some|c\.|~|nearly|almost)\s+)?")
_DIFFERENCE = regex.compile(
    r"(?i)\b(?:rose|rise[sn]?|rising|fell|fall(?:s|en|ing)?|warm\w*|cool\w*|increase\w*|decrease\w*|higher|lower"
    r"|up|down|by|change\w*|anomal\w*|above|below|hotter|colder|difference|swing|drop\w*)\b[^.;]{0,40}$")
_DIGITS = regex.compile(r"\d(?:[\d,\u2009\u202f\u00a0 ]*\d)?(?:[.·]\d+)?")
#: A conversion that ends in zeros is visibly rounded: it may be this far off too ("108 metres
#: (360 feet)" is 354 feet, rounded up to a round number).
LOOSE = Fraction(1, 50)


def conversions(s: Sentences) -> Iterable[Relation]:
    """Each figure with its conversion into another unit, next to it."""
    for a, b in zip(s.figures, s.figures[1:]):
        if a.unit not in NAMES or b.unit not in NAMES or a.unit == b.unit or not (usable(a) and usable(b)):
            continue
        if not _JOIN.fullmatch(s.between(a, b)):
            continue
        difference = "degree" in a.unit and bool(_DIFFERENCE.search(s.text[max(0, a.start - 60) : a.start]))
        factor = conversion(a.unit, b.unit, difference)
        if factor is not None:
            yield conversion_relation(a, b, *factor, _rounding(b), "a difference" if difference else "")


def conversion_relation(a: Figure, b: Figure, k: Fraction, c: Fraction, slack: Fraction, note: str = "") -> Relation:
    """b (give or take ``slack``) = k a + c."""
    lhs, unknowns = symbol(b), ()
    if slack:
        e = sympy.Dummy("e")
        lhs, unknowns = lhs + e, ((e, -slack, slack),)
    rel = sympy.Eq(lhs, rational(k) * symbol(a) + rational(c), evaluate=False)
    return Relation("conversion", (a, b), ("from", "to"), rel, None, unknowns, note)


def _rounding(f: Figure) -> Fraction:
    """How much more than its last place a whole number ending in zeros may have been rounded:
    "1,500" may be 1,450 to 1,550 (and 2% either way), beyond the ±0.5 its interval allows."""
    m = _DIGITS.search(f.text)
    if m is None or not m.group()[-1] == "0" or any(ch in m.group() for ch in ".·") or f.low is None or f.high is None:
        return Fraction(0)
    digits = "".join(ch for ch in m.group() if ch.isdigit())
    zeros = len(digits) - len(digits.rstrip("0"))
    if zeros == 0 or zeros == len(digits):
        return Fraction(0)
    written = Fraction(int(digits))
    unit = abs(f.value / written) if written else Fraction(1)  # a scale word multiplies the numeral
    return max(Fraction(0), max(Fraction(5) * 10 ** (zeros - 1) * unit, abs(f.value) * LOOSE) - (f.high - f.low) / 2)
