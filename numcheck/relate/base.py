"""What every relation rule shares: figure symbols, sentences with their figures, label matching,
and constructors that turn a claim into a ``Relation`` over sympy symbols."""
from __future__ import annotations

import functools
from dataclasses import dataclass
from fractions import Fraction
from typing import Callable, Iterable, Sequence

import regex
import sympy

from ..document import Document
from ..model import Figure, Relation

# Patterns used inline below, compiled once.
_BLANKS = regex.compile(r"[ \t]+")


#: A relation rule: a document and its figures in, relations out.
Rule = Callable[["Sentences"], Iterable[Relation]]

HUNDRED = sympy.Integer(100)
# Relations are built with evaluate=False: they are solved over intervals by numcheck, and
# sympy's own evaluation (asking assumptions of every symbol) would only cost time.
#: How far rules look around a figure: enough for a clause, bounded for pathological text.
WINDOW = 300
#: The most figures a rule considers in one sentence, and the most parts of one breakdown.
MAX_FIGURES = 100


def symbol(figure: Figure) -> sympy.Symbol:
    """The figure's symbol (see ``Figure.symbol``)."""
    return figure.symbol


def rational(value: Fraction) -> sympy.Rational:
    """An exact sympy number from a Fraction."""
    return sympy.Rational(value.numerator, value.denominator)


@dataclass(frozen=True, slots=True)
class Sentences:
    """A document's sentences, each with the figures inside it."""

    doc: Document
    figures: tuple[Figure, ...]
    groups: tuple[tuple[Figure, ...], ...]

    @classmethod
    def of(cls, doc: Document, figures: Sequence[Figure]) -> "Sentences":
        groups: list[list[Figure]] = [[] for _ in doc.sentences]
        for f in figures:
            if doc.sentences:
                group = groups[doc.sentence_index(f.start)]
                if len(group) < MAX_FIGURES:
                    group.append(f)
        return cls(doc, tuple(figures), tuple(tuple(g) for g in groups))

    @property
    def text(self) -> str:
        return self.doc.text

    def span(self, i: int) -> str:
        """The text of sentence ``i``."""
        s = self.doc.sentences[i]
        return self.doc.text[s.start : s.end]

    def between(self, a: Figure, b: Figure) -> str:
        """The text between two figures."""
        return self.doc.text[a.end : b.start]

    def before(self, f: Figure, i: int) -> str:
        """The text of sentence ``i`` up to figure ``f`` (at most ``WINDOW`` characters)."""
        return self.doc.text[max(self.doc.sentences[i].start, f.start - WINDOW) : f.start]

    def after(self, f: Figure, i: int) -> str:
        """The text of sentence ``i`` after figure ``f`` (at most ``WINDOW`` characters)."""
        return self.doc.text[f.end : min(self.doc.sentences[i].end, f.end + WINDOW)]

    def same_paragraph(self, i: int, j: int) -> bool:
        """Whether no blank line separates sentences ``i`` and ``j``."""
        a, b = sorted((i, j))
        gap = self.doc.text[self.doc.sentences[a].end : self.doc.sentences[b].start]
        return "\n\n" not in _BLANKS.sub("", gap)


@functools.lru_cache(maxsize=65536)
def head(label: str | None) -> str | None:
    """A label's comparable form: lower case, plural folded ("Precincts" -> "precinct")."""
    if not label:
        return None
    words = [w.lower().strip("'’.") for w in label.split()]
    return " ".join(_singular(w) for w in words)


def _singular(word: str) -> str:
    if len(word) <= 3 or word.endswith(("ss", "us", "is")):
        return word
    if word.endswith(("sses", "xes", "ches", "shes")):
        return word[:-2]
    if word.endswith("ies"):
        return word[:-3] + "y"
    return word[:-1] if word.endswith("s") else word


def same_thing(a: Figure, b: Figure) -> bool:
    """Whether two figures' labels name the same kind of thing ("special forces" twice)."""
    ha, hb = head(a.label), head(b.label)
    if not ha or not hb:
        return False
    wa, wb = ha.split(), hb.split()
    n = min(len(wa), len(wb))
    return wa[:n] == wb[:n]  # one label starts the other: "objections" / "objections logged"


def usable(f: Figure) -> bool:
    """A figure that states a value (possibly approximately), not a bound, range or margin."""
    return f.is_stated


def total_sum(parts: Sequence[Figure]) -> sympy.Expr:
    """The sum of the parts' symbols."""
    return sympy.Add(*(symbol(p) for p in parts))


def _remainder(lhs: sympy.Expr, exhaustive: bool):
    """A breakdown that does not claim to be complete leaves an unknown remainder r >= 0:
    its own symbol (a Dummy), never shared with another relation."""
    if exhaustive:
        return lhs, ()
    r = sympy.Dummy("r")
    return lhs + r, ((r, Fraction(0), None),)


def sum_relation(total: Figure, parts: Sequence[Figure], exhaustive: bool, note: str = "",
                 weights: Sequence[int] | None = None) -> Relation:
    """total = parts (exhaustive) or total = parts + remainder; each part counted ``weights``
    times where given (three hat-tricks are nine goals)."""
    if weights:
        summed = sympy.Add(*(sympy.Integer(w) * symbol(p) for w, p in zip(weights, parts)))
    else:
        summed = total_sum(parts)
    lhs, unknowns = _remainder(summed, exhaustive)
    return Relation("sum", (total, *parts), ("total",) + ("part",) * len(parts),
                    sympy.Eq(symbol(total), lhs, evaluate=False), exhaustive, unknowns, note)


def percent_sum_relation(parts: Sequence[Figure], exhaustive: bool, note: str = "") -> Relation:
    """Shares of one whole add up to 100 (exhaustive) or at most 100."""
    lhs, unknowns = _remainder(total_sum(parts), exhaustive)
    return Relation("percent-sum", tuple(parts), ("part",) * len(parts),
                    sympy.Eq(lhs, HUNDRED, evaluate=False), exhaustive, unknowns, note)


def percent_of_relation(part: Figure, whole: Figure, percent: Figure, note: str = "") -> Relation:
    """part / whole = percent / 100, written without division: 100 part = percent whole."""
    rel = sympy.Eq(HUNDRED * symbol(part), symbol(percent) * symbol(whole), evaluate=False)
    return Relation("percent-of", (part, whole, percent), ("part", "whole", "percent"), rel, None, (), note)


def compare_relation(greater: Figure, lesser: Figure, note: str = "") -> Relation:
    """The text claims ``greater`` is more than ``lesser``."""
    return Relation("compare", (greater, lesser), ("greater", "lesser"),
                    sympy.StrictGreaterThan(symbol(greater), symbol(lesser), evaluate=False), None, (), note)


def approx_relation(approx: Figure, exact: Figure, note: str = "") -> Relation:
    """An approximate mention of an exact figure: both stand for one value."""
    return Relation("approx", (approx, exact), ("approx", "exact"),
                    sympy.Eq(symbol(approx), symbol(exact), evaluate=False), None, (), note)


def change_relation(old: Figure, new: Figure, percent: Figure, note: str = "", sign: int = 1) -> Relation:
    """percent = 100 (new - old) / old, written without division: 100 (new - old) = percent x old.
    ``sign`` -1: the percentage is written without its sign after "down" or "fell"."""
    rel = sympy.Eq(HUNDRED * (symbol(new) - symbol(old)), sign * symbol(percent) * symbol(old), evaluate=False)
    return Relation("change", (old, new, percent), ("from", "to", "percent"), rel, None, (), note)


def difference_relation(old: Figure, new: Figure, difference: Figure, note: str = "", sign: int = 1) -> Relation:
    """new - old = difference (in the figures' unit, or percentage points between shares)."""
    rel = sympy.Eq(symbol(new) - symbol(old), sign * symbol(difference), evaluate=False)
    return Relation("change", (old, new, difference), ("from", "to", "difference"), rel, None, (), note)


def change_of_difference_relation(new: Figure, difference: Figure, percent: Figure, note: str = "") -> Relation:
    """A percent change stated with the new amount and the difference, the old amount left
    unstated ("Total | 29,145,505 | 3,999,944 | 15.9%"): 100 difference = percent (new - difference)."""
    rel = sympy.Eq(HUNDRED * symbol(difference), symbol(percent) * (symbol(new) - symbol(difference)), evaluate=False)
    return Relation("change", (new, difference, percent), ("amount", "difference", "percent"), rel, None, (), note)


def rate_relation(top: Sequence[Figure], rest: Sequence[Figure], rate: Figure, scale: int = 100,
                  note: str = "") -> Relation:
    """A rate of counts: rate = scale x sum(top) / (sum(top) + sum(rest)), as accuracy is
    (TP + TN) / (TP + TN + FP + FN); written without division."""
    num = sympy.Add(*(symbol(f) for f in top))
    den = sympy.Add(num, *(symbol(f) for f in rest))
    value, unknowns = symbol(rate), ()
    if half := mean_rounding(rate):  # "85" among "84.4" and "86.2" is a rounded rate too
        e = sympy.Dummy("e")
        value, unknowns = value + e, ((e, -half, half),)
    rel = sympy.Eq(sympy.Integer(scale) * num, value * den, evaluate=False)
    figures = (*top, *rest, rate)
    roles = ("part",) * len(top) + ("other",) * len(rest) + ("percent",)
    return Relation("percent-of", figures, roles, rel, None, unknowns, note)


def table_total(total: Figure, parts: Sequence[Figure], note: str = "", rounded: bool = False) -> Relation:
    """A table's total: total = the sum of its parts, exactly, or give or take the rounding of
    its parts where the text says they are rounded."""
    lhs, unknowns = symbol(total), ()
    if rounded:
        e, half = sympy.Dummy("e"), rounding_slack(total, parts)
        lhs, unknowns = lhs + e, ((e, -half, half),)
    rel = sympy.Eq(lhs, sympy.Add(*(symbol(p) for p in parts)), evaluate=False)
    return Relation("table-total", (total, *parts), ("total",) + ("part",) * len(parts), rel, True, unknowns, note)


def rounding_slack(total: Figure, parts: Sequence[Figure]) -> Fraction:
    """Where the text says its components are rounded, a total of n rounded parts may be off
    by n/2 in its last place ("components may not sum to totals due to rounding")."""
    unit = Fraction(1) if total.value.denominator == 1 else Fraction(1, 10) ** len(str(total.value.denominator))
    return unit * len(parts) / 2


def mean_relation(mean: Figure, parts: Sequence[Figure], note: str = "") -> Relation:
    """n x (mean, give or take its rounding) = the sum of the n parts."""
    lhs, unknowns = symbol(mean), ()
    if half := mean_rounding(mean):
        e = sympy.Dummy("e")
        lhs, unknowns = lhs + e, ((e, -half, half),)
    rel = sympy.Eq(rational(Fraction(len(parts))) * lhs, sympy.Add(*(symbol(p) for p in parts)), evaluate=False)
    return Relation("mean", (mean, *parts), ("mean",) + ("part",) * len(parts), rel, None, unknowns, note)


def weighted_mean_relation(mean: Figure, parts: Sequence[Figure], weights: Sequence[Figure], size: Figure,
                           note: str = "") -> Relation:
    """The mean of a whole of ``size`` from its groups' means and sizes: size x mean = n1 m1 +
    n2 m2 (a table's All column from its Women and Men columns); shares combine the same way."""
    lhs = sympy.Mul(symbol(size), symbol(mean), evaluate=False)
    rhs = sympy.Add(*(sympy.Mul(symbol(w), symbol(p), evaluate=False) for w, p in zip(weights, parts)))
    figures = (mean, *parts, *weights, size)
    roles = ("mean",) + ("part",) * len(parts) + ("weight",) * len(weights) + ("size",)
    return Relation("mean", figures, roles, sympy.Eq(lhs, rhs, evaluate=False), None, (), note)


def mean_rounding(f: Figure) -> Fraction:
    """A mean is rounded even where its figure looks exact: "31,025" for 31,025.25."""
    return Fraction(1, 2) if f.low == f.high and f.value.denominator == 1 else Fraction(0)


def share_of_sum_relation(part: Figure, other: Figure, percent: Figure, note: str = "") -> Relation:
    """A share of a whole the text does not state but splits in two: 100 part = percent (part +
    other), as a rate of true positives among all positives."""
    rel = sympy.Eq(HUNDRED * symbol(part), symbol(percent) * (symbol(part) + symbol(other)), evaluate=False)
    return Relation("percent-of", (part, other, percent), ("part", "other", "percent"), rel, None, (), note)

