"""The extract stage: a ``Document`` in, its ``Figure``s out."""
from __future__ import annotations

import bisect
from fractions import Fraction

from ..document import Document
from ..model import Figure
from .context import Context, figure_at
from .exclude import excluded
from .fractions import fraction_figures
from .numerals import numerals

#: Default widening of "about 100": 10% either side.
TOLERANCE = Fraction(1, 10)


def extract(source: str | Document, tolerance: Fraction = TOLERANCE) -> list[Figure]:
    """Every figure in ``source``, in order, with its interval, unit, qualifier and label.

    >>> [(f.text, f.value, f.low, f.high) for f in extract("about 3.5bn")]
    [('3.5bn', Fraction(3500000000, 1), Fraction(3100000000, 1), Fraction(3900000000, 1))]
    """
    text = source.text if isinstance(source, Document) else source
    skip = excluded(text)
    starts = [s for s, _ in skip]
    ctx = Context(text, tolerance)
    fractions = fraction_figures(ctx)
    taken = [(f.start, f.end) for f in fractions]
    figures = []
    for n in numerals(text):
        if any(a < n.end and n.start < b for a, b in taken):
            continue  # part of a fraction ("one in five")
        i = bisect.bisect_right(starts, n.start) - 1
        if i >= 0 and skip[i][0] <= n.start < skip[i][1]:
            continue
        figure = figure_at(ctx, n)
        if figure is not None and not any(a < figure.end and figure.start < b for a, b in taken) \
                and not (figures and figure.start < figures[-1].end):
            figures.append(figure)
    figures = sorted(figures + fractions, key=lambda f: f.start)
    return ctx.share_labels(figures)
