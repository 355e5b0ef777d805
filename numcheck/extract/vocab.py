"""Vocabulary for extraction, as data: number words, scales, currencies, qualifiers, units."""
from __future__ import annotations

from fractions import Fraction
from typing import Iterable

import regex

UNITS_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}
TENS_WORDS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
MULTIPLIER_WORDS = {"hundred": 100, "thousand": 10**3, "million": 10**6, "billion": 10**9,
                    "trillion": 10**12}

#: Scale words and suffixes after a numeral, by locale: "1.2 million", "$3.5bn", "3,5 Mio.".
#: A German "Billion", a French "billion" and a Spanish "billón" are 10**12.
SCALES = {
    "en": {"thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12, "k": 10**3,
           "m": 10**6, "mn": 10**6, "mln": 10**6, "bn": 10**9, "b": 10**9, "tn": 10**12, "trn": 10**12, "t": 10**12,
           "lakh": 10**5, "lakhs": 10**5, "crore": 10**7, "crores": 10**7},
    "de": {"tausend": 10**3, "tsd.": 10**3, "tsd": 10**3, "million": 10**6, "millionen": 10**6,
           "mio.": 10**6, "mio": 10**6, "milliarde": 10**9, "milliarden": 10**9, "mrd.": 10**9,
           "mrd": 10**9, "billion": 10**12, "billionen": 10**12, "bio.": 10**12},
    "fr": {"mille": 10**3, "million": 10**6, "millions": 10**6, "m": 10**6, "md": 10**9,
           "mds": 10**9, "milliard": 10**9, "milliards": 10**9, "billion": 10**12, "billions": 10**12},
    "es": {"mil": 10**3, "millón": 10**6, "millones": 10**6, "mil millones": 10**9, "millardo": 10**9,
           "millardos": 10**9, "billón": 10**12, "billones": 10**12},
}
#: Suffixes that stand for a scale only after a currency or a decimal ("$75k", "2.3m people").
WEAK_SCALES = frozenset({"k", "m", "b"})

#: ISO currency codes written before or after an amount ("USD 5 million", "3bn EUR").
CURRENCY_CODES = frozenset("""
    USD EUR GBP JPY CHF CNY RMB INR AUD CAD NZD HKD SGD SEK NOK DKK ZAR BRL MXN RUB KRW TRY PLN
    """.split())
#: Currency signs before an amount, to ISO codes.
CURRENCY_PREFIX = {
    "US$": "USD", "A$": "AUD", "AU$": "AUD", "C$": "CAD", "CA$": "CAD", "NZ$": "NZD", "HK$": "HKD",
    "S$": "SGD", "R$": "BRL", "$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "Rs.": "INR",
    "Rs": "INR", "₩": "KRW", "₽": "RUB", "Fr.": "CHF", "CHF": "CHF", **{c: c for c in CURRENCY_CODES},
}
#: Currency signs and words after an amount, to ISO codes (any locale: "3,5 Mio. Euro").
CURRENCY_SUFFIX = {
    "dollars": "USD", "dollar": "USD", "us dollars": "USD", "euros": "EUR", "euro": "EUR",
    "pounds sterling": "GBP", "pounds": "GBP", "pound": "GBP", "sterling": "GBP", "yen": "JPY",
    "rupees": "INR", "yuan": "CNY", "renminbi": "CNY", "quid": "GBP", "swiss francs": "CHF", "francs": "CHF", "d'euros": "EUR", "d’euros": "EUR",
    "de euros": "EUR", "de dólares": "USD", "dólares": "USD", "de dollars": "USD", "€": "EUR",
    "$": "USD", "£": "GBP", "¥": "JPY", **{c.lower(): c for c in CURRENCY_CODES},
}
#: Sub-units after an amount: the currency and the factor to it ("50p" is 0.50 GBP).
CURRENCY_SUBUNITS = {"p": ("GBP", 100), "pence": ("GBP", 100), "cents": ("USD", 100), "cent": ("USD", 100),
                     "¢": ("USD", 100)}

#: Currencies whose amounts are counted exactly like counts ("$4,141" is 4,141 exactly).
CURRENCIES = frozenset(CURRENCY_PREFIX.values()) | frozenset(CURRENCY_SUFFIX.values())

#: Qualifier phrases before a figure, normalised to the contract's names.
QUALIFIERS = {
    "about": "about", "around": "about", "approximately": "about", "approx.": "about",
    "roughly": "about", "some": "about", "an estimated": "about", "estimated": "about",
    "circa": "about", "c.": "about", "close to": "about", "~": "about", "≈": "about",
    "nearly": "nearly", "almost": "almost", "just under": "almost", "not quite": "almost",
    "more than": "more than", "over": "more than", "above": "more than", ">": "more than",
    "in excess of": "more than", "upwards of": "more than", "exceeding": "more than",
    "just over": "more than", "greater than": "more than",
    "at least": "at least", "no fewer than": "at least", "no less than": "at least",
    "a minimum of": "at least", "≥": "at least", ">=": "at least",
    "up to": "up to", "as many as": "up to", "at most": "up to", "no more than": "up to",
    "a maximum of": "up to", "as much as": "up to", "≤": "up to", "<=": "up to",
    "fewer than": "fewer than", "less than": "fewer than", "under": "fewer than",
    "below": "fewer than", "<": "fewer than",
}
#: The same qualifiers in German, French and Spanish copy, read in those locales.
LOCAL_QUALIFIERS = {
    "de": {"rund": "about", "etwa": "about", "ungefähr": "about", "ca.": "about", "circa": "about",
           "gut": "about", "knapp": "nearly", "fast": "almost", "beinahe": "almost", "mehr als": "more than",
           "über": "more than", "mindestens": "at least", "bis zu": "up to", "höchstens": "up to",
           "weniger als": "fewer than", "unter": "fewer than"},
    "fr": {"environ": "about", "près de": "nearly", "quelque": "about", "presque": "almost",
           "plus de": "more than", "au moins": "at least", "jusqu'à": "up to", "jusqu’à": "up to",
           "moins de": "fewer than"},
    "es": {"unos": "about", "unas": "about", "alrededor de": "about", "cerca de": "nearly",
           "aproximadamente": "about", "casi": "almost", "más de": "more than", "al menos": "at least",
           "hasta": "up to", "menos de": "fewer than"},
}

#: Words before a number that make it a name, not a quantity ("Table 2", "District 3").
IDENTIFIER_WORDS = frozenset("""
    table tables fig fig. figs figure figures section sections chapter chapters district ward
    route article articles form phase level grade version v model room page p. pp. no. nos.
    number # vol vol. volume issue episode appendix box item question q step part stage type
    wave study trial lot unit block gate platform channel interstate highway flight class series
    rule act amendment title schedule exhibit note supplement line precinct lane street avenue
    road rd. building floor apt apt. suite category division proposition prop. iphone windows
    galaxy pixel boeing airbus psalm verse ref ref. reference references cohort arm row column
    col. tier round season matchday week day game year covid sars world war ps ios android group groups
    ftse cac dax nikkei stoxx nasdaq fortune formula apollo boeing radio studio
    """.split())

#: Verbs of change: "rose from 18 to 24" is a change, not a range ("from 18 to 24").
CHANGE_VERBS = (r"rose|rise[sn]?|rising|fell|fall(?:s|en|ing)?|increased?|increasing|grew|grow|growing|dropped|drop"
                r"|declined?|went|up|down|climbed|jumped|changed?|surged|slipped|shrank|improved|decreased?|cut"
                r"|raised|reduced|lifted|lowered|doubled|tripled|trebled|quadrupled|halved|soared|plunged|slumped"
                r"|tumbled|expanded|swelled|widened|narrowed")

#: Words before a four-digit number that make it a year.
YEAR_CONTEXT = frozenset("""
    in since by until till during year early late mid fiscal fy before after circa c. spring
    summer autumn fall winter
    """.split())

#: Units of shares and of changes in them, after a number.
SHARE_UNITS = {
    "percentage points": "percentage point", "percentage point": "percentage point",
    "percentage-point": "percentage point", "pp": "percentage point", "pts": "percentage point",
    "per cent": "percent", "percent": "percent", "pct": "percent", "%": "percent", "pc": "percent",
    "prozentpunkte": "percentage point", "points de pourcentage": "percentage point",
    "puntos porcentuales": "percentage point",
    "por ciento": "percent", "prozent": "percent", "pour cent": "percent",
    "‰": "per mille", "per mille": "per mille", "per mil": "per mille", "per thousand": "per mille",
    "basis points": "basis point", "basis point": "basis point", "bps": "basis point", "bp": "basis point",
}

#: Half a unit in the last written place: the rounding interval of a decimal.
HALF = Fraction(1, 2)


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of ``words``, longest first so "per cent" wins over "per"."""
    return "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))
