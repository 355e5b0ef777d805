"""How a locale writes numbers: which mark groups thousands, which one is the decimal point,
and its scale words ("Mio.", "milliards", "mil millones").

English is the default. German and Spanish group with "." and write decimals with ","
("1.234,5"); French groups with spaces ("1 234,5"). Every locale also groups with thin and
no-break spaces, and reads the Lancet's middle dot ("31·1") as a decimal point.

>>> [m.group() for m in get("de").digits.finditer("3,5 Mio. und 1.234,5")]
['3,5', '1.234,5']
"""
from __future__ import annotations

import functools
from dataclasses import dataclass

import regex

from ..errors import UsageError
from .vocab import LOCAL_QUALIFIERS, QUALIFIERS, SCALES, alternation

#: The locales numcheck reads.
NAMES = ("en", "de", "fr", "es")

_THIN = "\u2009\u202f\u00a0"  # thin space, narrow no-break space, no-break space
_GROUPS = {
    # "1,234,567"; "1 234 567" with plain or thin spaces (SI style): "the 1 500 respondents" read as
    # 1 and 500 would be a false total, "500 200" read as one number is only a rare misreading
    "en": rf"\d{{1,3}} (?: ,\d{{3}} ){{1,8}} | \d{{1,3}} (?: [ {_THIN}]\d{{3}} ){{1,8}} (?! [\p{{L}}\d] )",
    "de": rf"\d{{1,3}} (?: \.\d{{3}} ){{1,8}} | \d{{1,3}} (?: [{_THIN}'’]\d{{3}} ){{1,8}}",  # Swiss "1'200"
    "es": rf"\d{{1,3}} (?: \.\d{{3}} ){{1,8}} | \d{{1,3}} (?: [{_THIN}]\d{{3}} ){{1,8}}",
    "fr": rf"\d{{1,3}} (?: [ {_THIN}'’]\d{{3}} ){{1,8}}",
}
_DECIMAL = {"en": ".", "de": ",", "es": ",", "fr": ","}


@dataclass(frozen=True, slots=True)
class Locale:
    """A locale's numerals, scale words and qualifiers, compiled."""

    name: str
    decimal: str
    digits: regex.Pattern
    unspaced: regex.Pattern  # the same without plain-space groups
    scales: dict[str, int]
    scale: regex.Pattern
    qualifiers: dict[str, str]
    qualifier: regex.Pattern


@functools.cache
def get(name: str = "en") -> Locale:
    """The locale called ``name`` (one of ``NAMES``); a UsageError for any other."""
    if name not in NAMES:
        raise UsageError(f"unknown locale {name!r}; known: {', '.join(NAMES)}")
    digits = _digits(name, _GROUPS[name])
    # where a line groups thousands with commas, "218 123 129.5%" is three numbers, not one
    unspaced = _digits(name, _GROUPS[name].replace("[ {_THIN}]".format(_THIN=_THIN), f"[{_THIN}]"))
    # English scale words are read everywhere, but the locale's own table wins: a German
    # "Billion" is 10**12.
    scales = {**SCALES["en"], **SCALES[name]}
    strong = sorted((w for w in scales if len(w) > 1), key=len, reverse=True)
    words = "|".join(regex.escape(w).replace(r"\ ", r"[ \u00a0]") for w in strong)
    scale = regex.compile(
        rf"(?i)^(?: [ \u00a0]? (?: {words} ) (?! [\p{{L}}\d] ) | [kmbt] (?! [\p{{L}}\d] ) | [ \u00a0] [kmb] (?= [€$£] ) )",
        regex.VERBOSE,
    )
    qualifiers = {**QUALIFIERS, **LOCAL_QUALIFIERS.get(name, {})}
    # searched in reverse: the phrase ends where the figure starts, so the search starts there
    qualifier = regex.compile(rf"(?i)(?:^|(?<![\p{{L}}]))({alternation(qualifiers)})[ \u00a0]*$", regex.REVERSE)
    return Locale(name, _DECIMAL[name], digits, unspaced, scales, scale, qualifiers, qualifier)


def _digits(name: str, groups: str) -> regex.Pattern:
    """The locale's pattern for a numeral in digits, with ``groups`` as its grouped form."""
    dec = regex.escape(_DECIMAL[name])
    bare = r"| [.] (?P<bare> \d{1,12} )" if name == "en" else ""  # ".456", a batting average
    return regex.compile(
        rf"""
        (?<! [\p{{L}}\p{{N}}_.,·] )          # not inside a word, a number or after a full stop ("HF.4")
        (?<! \p{{L}}- )                      # not the tail of an identifier ("COVID-19")
        (?<! \d[+] )                        # nor of a catalogue name ("J1149.5+6663")
        (?:
            (?P<int> {groups} | \d{{1,24}} )    # longer digit runs are codes, not quantities
            (?: [{dec}·] (?P<frac> \d{{1,12}} ) )?     # decimals, incl. the Lancet middle dot
          {bare}
        )
        (?! \d | [.,·]\d )                    # the whole numeral, not a prefix of it
        """,
        regex.VERBOSE,
    )
