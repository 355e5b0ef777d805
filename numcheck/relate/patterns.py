"""Patterns between three lines of a table (rows, or columns): a total, a rate, a percent
change. A pattern that holds in most positions where its cells are filled is taken as the
table's claim; see ``tables``.
"""
from __future__ import annotations

import itertools
import math
from dataclasses import dataclass
from fractions import Fraction
from typing import Callable, Iterable, Sequence


from ..model import Figure, Relation
from .base import change_of_difference_relation, change_relation, percent_of_relation, share_of_sum_relation, table_total

Interval = tuple[float, float]

#: A pattern is the table's claim when it holds in this share of its positions, and in at least
#: ``MIN_HOLDS`` of them.
QUORUM = Fraction(3, 4)
MIN_HOLDS = 3


@dataclass(frozen=True, slots=True)
class Pattern:
    """A relation of three lines: whether it holds on intervals, and the relation it makes."""

    name: str
    holds: Callable[[Interval, Interval, Interval], bool]
    build: Callable[[Figure, Figure, Figure], Relation]
    ordered: bool  # whether a and b may be swapped to the same effect (a sum)


def meets(lo: float, hi: float, c: Interval) -> bool:
    return lo <= c[1] and c[0] <= hi


# The search screens patterns in floats, widened by a hair so rounding in the float never
# rejects one that holds; the relations it keeps are then solved exactly.
HAIR = 1e-9


def _sum_holds(a: Interval, b: Interval, c: Interval) -> bool:
    lo, hi = a[0] + b[0], a[1] + b[1]
    return meets(lo - abs(lo) * HAIR, hi + abs(hi) * HAIR, c)


def share_holds(a: Interval, b: Interval, c: Interval) -> bool:
    if b[0] <= 0 or a[0] < 0 or not 0 <= c[0] <= 100:  # a rate of a part in its whole
        return False
    lo, hi = 100 * a[0] / b[1], 100 * a[1] / b[0]
    return meets(lo - abs(lo) * HAIR, hi + abs(hi) * HAIR, c)


def _change_holds(a: Interval, b: Interval, c: Interval) -> bool:
    if a[0] <= 0 or b[0] < 0 or not -100 <= c[0] <= 1000:  # a change between two amounts of a kind
        return False
    lo, hi = 100 * b[0] / a[1] - 100, 100 * b[1] / a[0] - 100
    return meets(lo - abs(lo) * HAIR - HAIR, hi + abs(hi) * HAIR + HAIR, c)


def _share_of_sum_holds(a: Interval, b: Interval, c: Interval) -> bool:
    if a[0] < 0 or b[0] < 0 or a[1] + b[0] <= 0 or not 0 <= c[0] <= 100:  # "TP / (TP + FN)", "won / played"
        return False
    lo, hi = 100 * a[0] / (a[0] + b[1]) if a[0] + b[1] > 0 else 0.0, 100 * a[1] / (a[1] + b[0])
    return meets(lo - abs(lo) * HAIR, hi + abs(hi) * HAIR, c)


def _change_of_difference_holds(a: Interval, b: Interval, c: Interval) -> bool:
    if a[0] <= 0 or a[0] - b[1] <= 0 or not -100 <= c[0] <= 1000:  # a new amount, its change, the change in %
        return False
    ends = [100 * d / (n - d) for n in a for d in b]
    lo, hi = min(ends), max(ends)
    return meets(lo - abs(lo) * HAIR - HAIR, hi + abs(hi) * HAIR + HAIR, c)


PATTERNS = (
    Pattern("total", _sum_holds, lambda a, b, c: table_total(c, (a, b), "a table's total"), False),
    Pattern("share", share_holds, lambda a, b, c: percent_of_relation(a, b, c, "a table's rate"), True),
    Pattern("change", _change_holds, lambda a, b, c: change_relation(a, b, c, "a table's percent change"), True),
    Pattern("change of a difference", _change_of_difference_holds,
            lambda a, b, c: change_of_difference_relation(a, b, c, "a table's percent change"), True),
    Pattern("share of a sum", _share_of_sum_holds, lambda a, b, c: share_of_sum_relation(a, b, c, "a table's rate"), True),
)


def patterns(lines: list[list[Figure | None]], rounded: bool = False,
             additive: Callable[[int], bool] = lambda x: True,
             summable: Callable[[int], bool] = lambda i: True,
             linear: Callable[[int], bool] = lambda x: False) -> Iterable[Relation]:
    """Relations between three lines that hold across most positions they share. Where the
    text says its figures are rounded, a total may be off by one in its last place. Totals
    are sought only at ``additive`` positions (not in a column of rates), between
    ``summable`` lines (not a poll's lead, which is a difference without its sign). A total
    found is also claimed at ``linear`` positions (a column of averages), within rounding."""
    widen = 1.0 if rounded else 0.0
    floats = [[None if f is None else (float(f.low) - widen * _last(f), float(f.high) + widen * _last(f))
               for f in line] for line in lines]
    hits = []
    for i, j, k in itertools.permutations(range(len(lines)), 3):
        filled = [x for x, (a, b, c) in enumerate(zip(floats[i], floats[j], floats[k])) if a and b and c]
        for p in PATTERNS:
            if p.name == "total" and not (summable(i) and summable(j) and summable(k)):
                continue
            shared = [x for x in filled if additive(x)] if p.name == "total" else filled
            if len(shared) < MIN_HOLDS:
                continue
            allowed = len(shared) - max(MIN_HOLDS, math.ceil(QUORUM * len(shared)))  # failures it may have
            if (p.ordered or i < j) and _fits(p, floats[i], floats[j], floats[k], shared, allowed):
                # where it also holds at a position left out (an average of sums), it is claimed there too
                extra = [x for x in filled if x not in shared and p.holds(floats[i][x], floats[j][x], floats[k][x])]
                # a total also holds in a column of averages (of rounded averages: give or take)
                means = [x for x in filled if x not in shared and x not in extra and p.name == "total" and linear(x)]
                trios = [(lines[i][x], lines[j][x], lines[k][x]) for x in sorted(shared + extra)]
                trios += [(lines[i][x], lines[j][x], lines[k][x], True) for x in means]
                if _varied(trios):
                    hits.append((p, k, trios))
    rates = {k for p, k, _ in hits if p.name == "share"}
    for p, k, trios in hits:
        if p.name != "share of a sum" or k not in rates:  # a rate of a stated whole says it already
            yield from (_rounded(p.build(*trio[:3]), rounded or len(trio) > 3) for trio in trios)


def _last(f: Figure) -> float:
    """Half a unit in the figure's last written place."""
    return 0.5 if f.value.denominator == 1 else 0.5 / f.value.denominator


def _rounded(r: Relation, rounded: bool) -> Relation:
    """A pattern's total, allowed the rounding the text declares."""
    if rounded and r.check == "table-total":
        (total,), parts = r.role("total"), r.role("part")
        return table_total(total, parts, r.note, True)
    return r


def _fits(p: Pattern, a, b, c, shared: list[int], allowed: int) -> bool:
    """Whether the pattern fails at no more than ``allowed`` of the shared positions."""
    failed = 0
    for x in shared:
        if not p.holds(a[x], b[x], c[x]):
            failed += 1
            if failed > allowed:
                return False
    return True


def _varied(trios) -> bool:
    """Not a pattern of zeros or of one repeated value, which anything fits; nor of small
    figures, among which sums and ratios fit by chance ("a poll lead of 19 is 43 - 24"):
    three positions need figures of three significant digits, five or more need two."""
    figures = [f for trio in trios for f in trio[:3]]
    values = {f.value for f in figures}
    digits = 3 if len(trios) < 5 else 2
    return len(values) > 2 and any(f.value != 0 for f in figures) and precise(figures, digits)


def precise(figures: Sequence[Figure], digits: int = 3) -> bool:
    """Whether the figures' median has ``digits`` significant digits or more."""
    counts = sorted(len(d.lstrip("0")) for d in ("".join(ch for ch in f.text if ch.isdigit()) for f in figures))
    return bool(counts) and counts[len(counts) // 2] >= digits


def interval(f: Figure) -> Interval:
    return float(f.low), float(f.high)
