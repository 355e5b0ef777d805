"""Writing exact numbers back in the style of the figures they came from."""
from __future__ import annotations

from fractions import Fraction

import regex

from .model import Figure



NUMERAL = regex.compile(r"\d[\d,\u2009\u202f]*(?:[.·]\d+)?|[.·]\d+")
_PERCENT_SIGN = regex.compile(r"%|per\s?cent", regex.I)
#: A scale word in a figure as written ("$3.5 billion", "£2bn", "3,5 Mio.").
SCALE_WORD = regex.compile(r"(?i)(?<=\d\s?)(?:thousand|million|billion|trillion|bn|mn|tn|k|m|b)(?![\p{L}])")
_PREFIX = {"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥", "INR": "₹"}


#: A numeral in any locale's writing: "1,234.5", "1.234,5", "1 234,5", "31·1".
_WRITTEN = regex.compile(r"\d(?:[\d.,·'’\u2009\u202f\u00a0 ]*\d)?")
_SCALES = frozenset(Fraction(10) ** k for k in (3, 6, 9, 12)) | {Fraction(1, 100)}


def _reading(figure: Figure) -> tuple[regex.Match, str, str, Fraction] | None:
    """How the figure's numeral is written: (match, decimal point, group mark, scale). The
    reading whose value, times no scale or a scale word's, is the figure's value wins: "1.300"
    is 1,300 in German, "3,5 Mio." is 3.5 millions."""
    m = _WRITTEN.search(figure.text)
    if m is None:
        return None
    written, worded = m.group(), bool(regex.search(r"\p{L}", figure.text))
    found = None
    for point, group in ((".", ","), (",", "."), ("·", ",")):
        digits = written.replace(group, "").translate(_SPACES)
        if digits.count(point) > 1 or not digits.replace(point, "").isdigit():
            continue
        value = Fraction(digits.replace(point, "."))
        k = abs(figure.value / value) if value else Fraction(1)
        if k == 1:
            return m, point, group, k
        if found is None and worded and k in _SCALES:
            found = (m, point, group, k)
    return found


_SPACES = str.maketrans("", "", "'’\u2009\u202f\u00a0 ")


def places(figure: Figure) -> int:
    """Digits after the decimal point in the figure as written."""
    r = _reading(figure)
    if r is None:
        return 0
    m, point, _, _ = r
    return len(m.group().rsplit(point, 1)[1]) if point in m.group() else 0


def scale(figure: Figure) -> Fraction:
    """The multiplier a scale word applies ("1.2 million" -> 1,000,000)."""
    r = _reading(figure)
    return r[3] if r else Fraction(1)


def numeral(value: Fraction, decimals: int, grouped: bool = True, point: str = ".", group: str = ",") -> str:
    """``value`` rounded to ``decimals`` places, with thousands separators."""
    q = round(value * 10**decimals)
    sign = "-" if q < 0 else ""
    whole, rest = divmod(abs(q), 10**decimals)
    head = f"{whole:,}".replace(",", group) if grouped else str(whole)
    return sign + head + (point + str(rest).rjust(decimals, "0") if decimals else "")


def like(figure: Figure, value: Fraction, decimals: int | None = None) -> str:
    """``value`` written the way ``figure`` is: same unit sign, places and scale word."""
    d = places(figure) if decimals is None else decimals
    r = _reading(figure)
    if r is None or (figure.unit == "percent" and not _PERCENT_SIGN.search(figure.text)):
        return show(value, figure.unit, d)  # spelled out ("fifty"), or a fraction ("1 in 5")
    m, point, group, s = r
    spaced = next((ch for ch in m.group() if ch in "'’\u2009\u202f\u00a0 "), None)
    group = spaced or group
    body = numeral(abs(value) / s, d, grouped=group in m.group() or abs(value / s) >= 10_000,
                   point=point, group=group)
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
