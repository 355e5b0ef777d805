"""Writing exact numbers back in the style of the figures they came from."""
from __future__ import annotations

from fractions import Fraction

import regex

from .model import Figure

# Patterns used inline below, compiled once.
_DECIMAL_POINT = regex.compile(r"[.·]")
_GROUPING = regex.compile(r"[,\u2009\u202f]")


NUMERAL = regex.compile(r"\d[\d,\u2009\u202f]*(?:[.·]\d+)?|[.·]\d+")
_PERCENT_SIGN = regex.compile(r"%|per\s?cent", regex.I)
#: A scale word in a figure as written ("$3.5 billion", "£2bn", "3,5 Mio.").
SCALE_WORD = regex.compile(r"(?i)(?<=\d\s?)(?:thousand|million|billion|trillion|bn|mn|tn|k|m|b)(?![\p{L}])")
_PREFIX = {"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥", "INR": "₹"}


def places(figure: Figure) -> int:
    """Digits after the decimal point in the figure as written."""
    m = NUMERAL.search(figure.text)
    if not m:
        return 0
    parts = _DECIMAL_POINT.split(m.group())
    return len(parts[1]) if len(parts) > 1 else 0


def scale(figure: Figure) -> Fraction:
    """The multiplier a scale word applies ("1.2 million" -> 1,000,000)."""
    m = NUMERAL.search(figure.text)
    if not m:
        return Fraction(1)
    written = Fraction(_GROUPING.sub("", m.group()).replace("·", "."))
    return abs(figure.value / written) if written else Fraction(1)


def numeral(value: Fraction, decimals: int, grouped: bool = True, point: str = ".") -> str:
    """``value`` rounded to ``decimals`` places, with thousands separators."""
    q = round(value * 10**decimals)
    sign = "-" if q < 0 else ""
    whole, rest = divmod(abs(q), 10**decimals)
    head = f"{whole:,}" if grouped else str(whole)
    return sign + head + (point + str(rest).rjust(decimals, "0") if decimals else "")


def like(figure: Figure, value: Fraction, decimals: int | None = None) -> str:
    """``value`` written the way ``figure`` is: same unit sign, places and scale word."""
    d = places(figure) if decimals is None else decimals
    m = NUMERAL.search(figure.text)
    if m is None or (figure.unit == "percent" and not _PERCENT_SIGN.search(figure.text)):
        return show(value, figure.unit, d)  # spelled out ("fifty"), or a fraction ("1 in 5")
    s = scale(figure)
    body = numeral(abs(value) / s, d, grouped="," in m.group() or abs(value / s) >= 10_000,
                   point="·" if "·" in m.group() else ".")
    prefix = figure.text[: m.start()].lstrip("-−")
    return ("-" if value < 0 else "") + prefix + body + figure.text[m.end() :]


def show(value: Fraction, unit: str | None, decimals: int = 0) -> str:
    """A number with its unit, for messages: "79", "102%", "$2.5"."""
    text = numeral(value, decimals)
    if unit == "percent":
        return text + "%"
    if unit in _PREFIX:
        return ("-" if value < 0 else "") + _PREFIX[unit] + text.lstrip("-")
    return text if unit is None else f"{text} {unit}"


def exact(value: Fraction, unit: str | None = None) -> str:
    """A number shown with just the places it needs (at most 2): "79", "52.07%"."""
    for d in range(3):
        if (value * 10**d).denominator == 1:
            return show(value, unit, d)
    return show(value, unit, 2)
