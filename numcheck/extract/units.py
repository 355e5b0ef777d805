"""Physical units as prose writes them, mapped to pint's canonical names.

A figure's ``unit`` is the name pint prints for it (``str(ureg.Unit(name)) == name``), so a
later stage can turn it into a pint quantity exactly (``quantity``) without re-reading text.
The tables are data; pint itself is loaded only when a quantity is asked for, because building
its registry takes most of a second.

>>> SYMBOLS["km/h"], WORDS["square miles"]
('kilometer / hour', 'mile ** 2')
"""
from __future__ import annotations

import functools
from fractions import Fraction
from typing import Any

#: Symbols: case-sensitive, may be glued to the number ("5km", "30°C", "12.8 TeV").
SYMBOLS = {
    # length
    "km": "kilometer", "m": "meter", "cm": "centimeter", "mm": "millimeter", "mi": "mile",
    "ft": "foot", "yd": "yard", "nmi": "nautical_mile", "nm": "nanometer", "µm": "micrometer",
    "μm": "micrometer",
    # area
    "km²": "kilometer ** 2", "km2": "kilometer ** 2", "km^2": "kilometer ** 2", "m^2": "meter ** 2",
    "km³": "kilometer ** 3", "km^3": "kilometer ** 3", "m^3": "meter ** 3", "cm³": "centimeter ** 3",
    "sq km": "kilometer ** 2", "m²": "meter ** 2",
    "m2": "meter ** 2", "sq m": "meter ** 2", "mi²": "mile ** 2", "sq mi": "mile ** 2",
    "sq ft": "foot ** 2", "ft²": "foot ** 2", "ha": "hectare",
    # volume
    "m³": "meter ** 3", "m3": "meter ** 3", "L": "liter", "ml": "milliliter", "mL": "milliliter",
    "gal": "gallon",
    # mass
    "kg": "kilogram", "g": "gram", "mg": "milligram", "lb": "pound", "lbs": "pound", "oz": "ounce",
    "t": "metric_ton",
    # speed
    "km/h": "kilometer / hour", "kph": "kilometer / hour", "kmh": "kilometer / hour",
    "mph": "mile / hour", "m/s": "meter / second",
    # temperature: "°C", "ºC" (ordinal indicator) and "° C" are all written
    "°C": "degree_Celsius", "ºC": "degree_Celsius", "° C": "degree_Celsius",
    "°F": "degree_Fahrenheit", "ºF": "degree_Fahrenheit", "° F": "degree_Fahrenheit",
    # energy and power
    "J": "joule", "kJ": "kilojoule", "MJ": "megajoule", "GJ": "gigajoule", "kcal": "kilocalorie",
    "kWh": "kilowatt_hour", "MWh": "megawatt_hour", "GWh": "gigawatt_hour", "TWh": "terawatt_hour",
    "W": "watt", "kW": "kilowatt", "MW": "megawatt", "GW": "gigawatt", "hp": "horsepower",
    "eV": "electron_volt", "keV": "kiloelectron_volt", "MeV": "megaelectron_volt",
    "GeV": "gigaelectron_volt", "TeV": "teraelectron_volt",
    # time spans
    "yr": "year", "yrs": "year", "hr": "hour", "hrs": "hour", "h": "hour", "min": "minute",
    "mins": "minute", "ms": "millisecond",
    # data
    "kB": "kilobyte", "KB": "kilobyte", "MB": "megabyte", "GB": "gigabyte", "TB": "terabyte",
}

#: Symbols written only after a space, case-sensitive ("4 K"; "4K" is a screen resolution).
SPACED_SYMBOLS = {"K": "kelvin"}

#: Words: any case, after a space or a hyphen ("12 Miles", "a 20-year-old", "5 square miles").
WORDS = {
    "kilometres": "kilometer", "kilometers": "kilometer", "kilometre": "kilometer",
    "kilometer": "kilometer", "metres": "meter", "meters": "meter", "metre": "meter",
    "meter": "meter", "centimetres": "centimeter", "centimeters": "centimeter",
    "millimetres": "millimeter", "millimeters": "millimeter", "miles": "mile", "mile": "mile",
    "nautical miles": "nautical_mile", "feet": "foot", "foot": "foot", "inches": "inch",
    "inch": "inch", "yards": "yard", "yard": "yard", "light years": "light_year",
    "light-years": "light_year",
    "square kilometres": "kilometer ** 2", "square kilometers": "kilometer ** 2",
    "square metres": "meter ** 2", "square meters": "meter ** 2", "square miles": "mile ** 2",
    "square mile": "mile ** 2", "square feet": "foot ** 2", "acres": "acre", "acre": "acre",
    "hectares": "hectare", "hectare": "hectare",
    "cubic metres": "meter ** 3", "cubic meters": "meter ** 3", "cubic kilometres": "kilometer ** 3",
    "cubic kilometers": "kilometer ** 3", "cubic feet": "foot ** 3", "nanometres": "nanometer",
    "nanometers": "nanometer", "micrometres": "micrometer", "micrometers": "micrometer", "microns": "micrometer",
    "litres": "liter", "liters": "liter",
    "litre": "liter", "liter": "liter", "millilitres": "milliliter", "milliliters": "milliliter",
    "gallons": "gallon", "gallon": "gallon", "barrels": "oil_barrel",
    "kilograms": "kilogram", "kilogram": "kilogram", "kilos": "kilogram", "grams": "gram",
    "gram": "gram", "milligrams": "milligram", "tonnes": "metric_ton", "tonne": "metric_ton",
    "metric tons": "metric_ton", "tons": "ton", "ton": "ton", "ounces": "ounce", "ounce": "ounce",
    "kilometres per hour": "kilometer / hour", "kilometers per hour": "kilometer / hour",
    "kilometres an hour": "kilometer / hour", "kilometers an hour": "kilometer / hour",
    "miles per hour": "mile / hour", "miles an hour": "mile / hour",
    "metres per second": "meter / second", "meters per second": "meter / second", "knots": "knot",
    "degrees celsius": "degree_Celsius", "degrees c": "degree_Celsius",
    "degrees centigrade": "degree_Celsius", "degrees fahrenheit": "degree_Fahrenheit",
    "degrees f": "degree_Fahrenheit", "kelvin": "kelvin",
    "joules": "joule", "kilojoules": "kilojoule", "calories": "kilocalorie",
    "kilocalories": "kilocalorie", "kilowatt-hours": "kilowatt_hour", "kilowatt hours": "kilowatt_hour",
    "megawatt-hours": "megawatt_hour", "megawatt hours": "megawatt_hour",
    "gigawatt-hours": "gigawatt_hour", "gigawatt hours": "gigawatt_hour",
    "terawatt-hours": "terawatt_hour", "terawatt hours": "terawatt_hour",
    "watts": "watt", "kilowatts": "kilowatt", "megawatts": "megawatt", "gigawatts": "gigawatt",
    "horsepower": "horsepower",
    "years old": "year", "year-old": "year", "years": "year", "year": "year", "months": "month",
    "month": "month", "weeks": "week", "week": "week", "days": "day", "day": "day",
    "hours": "hour", "hour": "hour", "minutes": "minute", "minute": "minute",
    "seconds": "second", "second": "second", "milliseconds": "millisecond", "decades": "decade",
    "decade": "decade", "centuries": "century", "century": "century",
    "gigabytes": "gigabyte", "megabytes": "megabyte", "terabytes": "terabyte",
    # the commonest units in German, French and Spanish copy
    "kilomètres": "kilometer", "mètres": "meter", "kilómetros": "kilometer", "metros": "meter",
    "toneladas": "metric_ton", "tonnen": "metric_ton", "kilogramm": "kilogram", "kilogramos": "kilogram",
    "litros": "liter", "liter pro": "liter", "grad celsius": "degree_Celsius", "grados": "degree_Celsius",
    "stunden": "hour", "heures": "hour", "horas": "hour", "jahre": "year", "ans": "year", "años": "year",
    "grad": "degree_Celsius", "sekunden": "second", "minuten": "minute", "tage": "day", "wochen": "week",
    "monate": "month", "secondes": "second", "jours": "day", "semaines": "week", "mois": "month",
    "segundos": "second", "minutos": "minute", "días": "day", "semanas": "week", "meses": "month",
}

#: Every canonical name the tables use.
NAMES = frozenset(SYMBOLS.values()) | frozenset(SPACED_SYMBOLS.values()) | frozenset(WORDS.values())


@functools.cache
def registry() -> Any:
    """pint's unit registry, with exact (Fraction) magnitudes; built on first use."""
    import pint

    return pint.UnitRegistry(non_int_type=Fraction)


def quantity(value: Fraction, unit: str) -> Any:
    """A pint quantity for a figure's value and unit ("degree_Celsius" keeps its offset).

    >>> quantity(Fraction(5), "mile").to("kilometer").magnitude
    Fraction(25146, 3125)
    """
    ureg = registry()
    return ureg.Quantity(value, ureg.Unit(unit))


@functools.cache
def conversion(source: str, target: str, difference: bool = False) -> tuple[Fraction, Fraction] | None:
    """(k, c) with ``target = k * source + c``, exactly, or None when the units measure different
    things. A temperature ``difference`` ("warmer by 2°C") converts without the offset.

    >>> conversion("mile", "kilometer")
    (Fraction(25146, 15625), Fraction(0, 1))
    >>> conversion("degree_Celsius", "degree_Fahrenheit")
    (Fraction(9, 5), Fraction(32, 1))
    """
    ureg = registry()
    a, b = ureg.Unit(source), ureg.Unit(target)
    if a.dimensionality != b.dimensionality:
        return None
    if difference and ureg.Quantity(Fraction(0), a).to(b).magnitude != 0:
        k = ureg.Quantity(Fraction(1), a).to(b).magnitude - ureg.Quantity(Fraction(0), a).to(b).magnitude
        return Fraction(k), Fraction(0)
    c = Fraction(ureg.Quantity(Fraction(0), a).to(b).magnitude)
    return Fraction(ureg.Quantity(Fraction(1), a).to(b).magnitude) - c, c
