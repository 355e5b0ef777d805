"""Vocabulary for extraction, as data: number words, scales, currencies, qualifiers, units."""
from __future__ import annotations

from fractions import Fraction

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

#: Scale words and suffixes after a numeral: "1.2 million", "$3.5bn", "2.3m".
SCALES = {
    "thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12,
    "k": 10**3, "m": 10**6, "mn": 10**6, "mln": 10**6, "bn": 10**9, "b": 10**9, "tn": 10**12,
    "trn": 10**12,
}
#: Suffixes that stand for a scale only after a currency or a decimal ("$75k", "2.3m people").
WEAK_SCALES = frozenset({"k", "m", "b"})

#: Currency prefixes and suffixes to ISO codes.
CURRENCY_PREFIX = {
    "US$": "USD", "A$": "AUD", "C$": "CAD", "NZ$": "NZD", "HK$": "HKD", "$": "USD",
    "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "₩": "KRW", "Fr.": "CHF",
}
CURRENCY_SUFFIX = {
    "dollars": "USD", "dollar": "USD", "euros": "EUR", "euro": "EUR", "pounds": "GBP",
    "¢": "USD-cent", "cents": "USD-cent", "yen": "JPY", "rupees": "INR",
}

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

#: Words before a number that make it a name, not a quantity ("Table 2", "District 3").
IDENTIFIER_WORDS = frozenset("""
    table tables fig fig. figs figure figures section sections chapter chapters district ward
    route article articles form phase level grade version v model room page p. pp. no. nos.
    number # vol vol. volume issue episode appendix box item question q step part stage type
    wave study trial lot unit block gate platform channel interstate highway flight class series
    rule act amendment title schedule exhibit note supplement line precinct lane street avenue
    road rd. building floor apt apt. suite category division proposition prop. iphone windows
    galaxy pixel boeing airbus psalm verse ref ref. reference references cohort arm row column
    col. tier round season matchday week day game year covid sars world war ps ios android
    """.split())

#: Words before a four-digit number that make it a year.
YEAR_CONTEXT = frozenset("""
    in since by until till during year early late mid fiscal fy before after circa c. spring
    summer autumn fall winter
    """.split())

#: Units written after a number; physical ones are kept as written for now.
UNIT_WORDS = {
    "percentage points": "percentage point", "percentage point": "percentage point",
    "percentage-point": "percentage point", "pp": "percentage point", "points": None,
    "per cent": "percent", "percent": "percent", "pct": "percent", "%": "percent",
    "years old": "year", "year-old": "year", "years": "year", "year": "year", "yrs": "year",
    "months": "month", "month": "month", "weeks": "week", "week": "week", "days": "day",
    "day": "day", "hours": "hour", "hour": "hour", "minutes": "minute", "minute": "minute",
    "seconds": "second", "times": "times", "fold": "times",
    "km": "km", "kilometres": "km", "kilometers": "km", "miles": "mile", "mile": "mile",
    "mi": "mile", "m": "m", "metres": "m", "meters": "m", "feet": "ft", "ft": "ft", "foot": "ft",
    "inches": "in", "inch": "in", "cm": "cm", "mm": "mm", "millimetres": "mm", "millimeters": "mm",
    "kg": "kg", "kilograms": "kg", "g": "g", "grams": "g", "lb": "lb", "lbs": "lb", "pounds weight": "lb",
    "tonnes": "t", "tons": "ton", "acres": "acre", "acre": "acre", "hectares": "ha", "ha": "ha",
    "square miles": "mi²", "sq mi": "mi²", "square kilometres": "km²", "square kilometers": "km²",
    "sq m": "m²", "km2": "km²", "km²": "km²", "mph": "mph", "km/h": "km/h", "kph": "km/h",
    "°c": "degC", "°f": "degF", "degrees": "degree", "litres": "l", "liters": "l", "gallons": "gal",
    "mg": "mg", "ml": "ml", "kwh": "kWh", "mw": "MW", "gw": "GW",
}

#: Half a unit in the last written place: the rounding interval of a decimal.
HALF = Fraction(1, 2)
