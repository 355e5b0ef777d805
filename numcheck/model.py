"""The records that flow between the stages: figures, relations and findings.

All numbers are exact (``fractions.Fraction``); a figure keeps its surface text and span.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass, field
from fractions import Fraction
from typing import Any

import sympy

#: Finding kinds, from worst to best.
CONTRADICTION, RESIDUAL, CONSISTENT = "contradiction", "residual", "consistent"
KINDS = (CONTRADICTION, RESIDUAL, CONSISTENT)

#: Qualifiers that make a figure a bound or an approximation rather than a statement of value.
APPROXIMATE = frozenset({"about", "nearly", "almost"})
BOUNDS = frozenset({"more than", "at least", "up to", "fewer than"})


@functools.lru_cache(maxsize=65536)
def _symbol(start: int) -> sympy.Symbol:
    return sympy.Symbol(f"f{start}")


@dataclass(frozen=True, slots=True)
class Figure:
    """One number as written, with the interval its precision and qualifier stand for.

    ``low``/``high`` are ``None`` where the interval is open ("more than 500" has no high).
    """

    text: str
    start: int
    end: int
    value: Fraction
    low: Fraction | None
    high: Fraction | None
    unit: str | None = None
    qualifier: str | None = None
    label: str | None = None

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"bad span {self.start}..{self.end} for {self.text!r}")
        for name in ("value", "low", "high"):
            v = getattr(self, name)
            if not isinstance(v, Fraction) and not (v is None and name != "value"):
                raise TypeError(f"{name} of {self.text!r} must be a Fraction, not {type(v).__name__}")
        if self.low is not None and self.high is not None and self.low > self.high:
            raise ValueError(f"empty interval [{self.low}, {self.high}] for {self.text!r}")

    @property
    def symbol(self) -> sympy.Symbol:
        """The one symbol this figure has in every relation it takes part in."""
        return _symbol(self.start)

    @property
    def is_percent(self) -> bool:
        """A share written with %, "per cent" or "percent"."""
        return self.unit == "percent"

    @property
    def is_stated(self) -> bool:
        """A figure stated as a value (possibly approximate), not a bound or an inert number."""
        return self.qualifier is None or self.qualifier in APPROXIMATE

    @property
    def is_exact(self) -> bool:
        """Stated with no qualifier at all."""
        return self.qualifier is None


@dataclass(frozen=True, slots=True)
class Relation:
    """A claim that some figures fit together, as one sympy relation over their symbols.

    ``roles`` names each figure's part in the claim ("total", "part", "percent", ...).
    ``unknowns`` are extra symbols (a residual, an unstated whole) with their bounds.
    """

    check: str
    figures: tuple[Figure, ...]
    roles: tuple[str, ...]
    relation: sympy.Basic
    exhaustive: bool | None = None
    unknowns: tuple[tuple[sympy.Symbol, Fraction | None, Fraction | None], ...] = ()
    note: str = ""

    def __post_init__(self) -> None:
        if len(self.roles) != len(self.figures):
            raise ValueError("a relation needs one role per figure")

    def role(self, name: str) -> tuple[Figure, ...]:
        """The figures that play ``name`` in this relation."""
        return tuple(f for f, r in zip(self.figures, self.roles) if r == name)


@dataclass(frozen=True, slots=True)
class Finding:
    """What checking one relation found."""

    kind: str
    check: str
    figures: tuple[Figure, ...]
    message: str
    stated: Fraction | None = None
    expected: Fraction | None = None
    difference: Fraction | None = None
    suggestion: str | None = None
    relation: Relation | None = field(default=None, repr=False, compare=False)

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"unknown finding kind {self.kind!r}")


def number(value: Fraction | None) -> Any:
    """A JSON-able form of an exact number: an int when whole, else an exact decimal string."""
    if value is None:
        return None
    if value.denominator == 1:
        return int(value)
    return decimal_text(value)


def decimal_text(value: Fraction, places: int | None = None) -> str:
    """``value`` as a decimal string: exact when it terminates, else to ``places`` (default 4)."""
    if places is None:
        d = value.denominator
        while d % 2 == 0:
            d //= 2
        while d % 5 == 0:
            d //= 5
        if d == 1:
            places = 0
            while (value * 10**places).denominator != 1:
                places += 1
        else:
            places = 4
    scaled = round(value * 10**places)
    sign = "-" if scaled < 0 else ""
    digits = str(abs(scaled)).rjust(places + 1, "0")
    return sign + (digits[:-places] + "." + digits[-places:] if places else digits)
