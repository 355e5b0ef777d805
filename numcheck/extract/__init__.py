"""The extract stage: a ``Document`` in, its ``Figure``s out."""
from __future__ import annotations

import bisect
from fractions import Fraction

from ..document import Document
from ..model import Figure
from .context import Context, figure_at
from .exclude import excluded
from .fractions import fraction_figures, multiplier_figures
from .labels import share_labels
from .locales import get
from .numerals import numerals
from .ranges import merge_ranges

#: Default widening of "about 100": 10% either side.
TOLERANCE = Fraction(1, 10)


def extract(source: str | Document, tolerance: Fraction = TOLERANCE, locale: str = "en") -> list[Figure]:
    """Every figure in ``source``, in order, with its interval, unit, qualifier and label.

    >>> [(f.text, f.value, f.low, f.high) for f in extract("about 3.5bn")]
    [('3.5bn', Fraction(3500000000, 1), Fraction(3100000000, 1), Fraction(3900000000, 1))]
    >>> [(f.text, f.value, f.unit) for f in extract("3,5 Mio. Euro", locale="de")]
    [('3,5 Mio. Euro', Fraction(3500000, 1), 'EUR')]
    """
    text = source.text if isinstance(source, Document) else source
    ctx = Context(text, tolerance, get(locale))
    skip = excluded(text, dot_groups=ctx.locale.decimal == ",")
    starts = [s for s, _ in skip]
    words = fraction_figures(ctx) + multiplier_figures(ctx)
    taken = [(f.start, f.end) for f in words]
    figures: list[Figure] = []
    scales: dict[int, int] = {}
    for n in numerals(text, locale):
        if any(a < n.end and n.start < b for a, b in taken):
            continue  # part of a fraction ("one in five") or a multiple ("4-fold")
        i = bisect.bisect_right(starts, n.start) - 1
        if i >= 0 and skip[i][0] <= n.start < skip[i][1]:
            continue
        found = figure_at(ctx, n)
        if found is None:
            continue
        figure, scale = found
        scales[figure.start] = scale
        if not any(a < figure.end and figure.start < b for a, b in taken) \
                and not (figures and figure.start < figures[-1].end):
            figures.append(figure)
    figures = merge_ranges(text, figures, scales)
    figures = sorted(figures + words, key=lambda f: f.start)
    return share_labels(text, figures)
