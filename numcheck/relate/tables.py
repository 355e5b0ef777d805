"""Tables (check ``table-total``): rows and columns of a pipe table that fit together.

A table states its arithmetic by its layout rather than in words: a Total row, an Average
column, a rate row, a percent-change column. Headers vary too much to rely on, so the rule
reads the numbers: a relation between rows (or columns) is taken as the table's claim when it
holds, within rounding, in at least three quarters of the columns (rows) where all its cells
are filled, and in at least three of them. Every position then becomes a relation, so the
cell that breaks the pattern is a contradiction and the others are consistent.

The relations tried, between three rows or three columns a, b, c:
``c = a + b`` (a total), ``c = 100 a / b`` (a rate or share), ``c = 100 (b - a) / a`` (a
percent change), and, for the last column, ``c = mean`` of the columns before it.
"""
from __future__ import annotations

import itertools
import math
from fractions import Fraction
from typing import Iterable, Sequence

import regex

from ..model import Figure, Relation
from .base import (Sentences, mean_relation, mean_rounding, percent_of_relation, percent_sum_relation, rate_relation,
                   rounding_slack, sum_relation, table_total, usable, weighted_mean_relation)
from .grids import Grid, data_width, figure_lines, filled, flattened, grids
from .patterns import HAIR, MIN_HOLDS, QUORUM, interval, meets, patterns, precise, share_holds

# Patterns used inline below, compiled once.
_TOTAL = regex.compile(r"(?i)^(?:total|overall|sum|summe|gesamt|insgesamt|ensemble|suma|all(?!\s+other)(?:\s+\p{Ll}+)?$)\b")
_TOTAL_HEADER = regex.compile(r"(?i)\b(?:total|gesamt|insgesamt|ensemble)$")  # the lowest header row's words
_NOT_ADDITIVE = regex.compile(
    r"(?i)change|\brates?\b|\bratios?\b|average|\bmean|median|\bindex|\bper\b|growth|margin|density|\bavg\b|%|percent"
    r"|\bshares?\b|turnout|coverage|occupancy|cumulative|\blead\b|record|\bhigh|\blow|\bmax|\bmin\b|\bminimum"
    r"|sensitivity|specificity|accuracy|\bppv\b|\bnpv\b|\bauc\b|odds|hazard|\(ci\)|\b(?:hr|rr|sd|iqr)\b"
    r"|veränderung|änderung|anteil|quote|durchschnitt|variation|évolution|moyenne|taux|cambio|variación|media|tasa")
_GROUP_SIZE = regex.compile(r"(?i)\(?\s*\bn\s*=\s*(?P<n>\d)")
_ALL_GROUP = regex.compile(r"(?i)^(?:all|total|overall|whole|entire|combined|both)\b")
_AVERAGE = regex.compile(r"(?i)\b(?:average|mean|avg)\b")
_UNSIGNED = regex.compile(r"(?i)\blead\b|\bmargin\b|\bgap\b|\bspread\b|\bmajority\b|\bdistance\b")  # differences without a sign
_RATE_LABEL = regex.compile(r"(?i)\brate\b|%|percent|\bshare\b|ratio")
_INTERVAL_ASIDE = regex.compile(r"[(\[]\s*[-−–]?\d[\d.,·]*\s*%?\s*(?:[-−–]|to|,|;)\s*[-−–]?\d[\d.,·]*\s*%?\s*[)\]]")
_ROUNDING = regex.compile(r"(?i)\brounding\b|\b(?:un)?rounded\b")

#: Tables larger than this (rows or columns of figures) are not searched for patterns.
MAX_SIDE = 40


def tables(s: Sentences) -> Iterable[Relation]:
    """The relations each pipe table's numbers follow, those of tables flattened into a line
    of text, and the shares of plain-text tables."""
    rounded = bool(_ROUNDING.search(s.text))
    lines = figure_lines(s)
    yield from _share_columns([_percent_row(r) for r in lines])
    yield from _shares_of_whole_lines(lines)
    for grid, spans in grids(s):
        yield from _share_columns([_percent_row(r) for r in grid])
        texts = [[s.text[a:b].strip(" *_") for a, b in row] for row in spans]
        headers = _headers(texts, grid)
        yield from _group_sizes(s, grid, spans, texts)
        yield from _relations(grid, texts, headers, rounded)
        yield from _nested(grid, [s.text[row[0][0] : row[0][1]] if row else "" for row in spans], headers, rounded)
    for grid, texts in flattened(s, lines):
        yield from _relations(grid, texts, _headers(texts, grid), rounded)


def _group_sizes(s: Sentences, grid: Grid, spans: list[list[tuple[int, int]]], texts: list[list[str]]) -> Iterable[Relation]:
    """Group sizes in a header row: "All participants (n = 555) | Women (n = 208) | Men (n =
    347)". The groups after the All column add up to it where they do exactly (or a run of
    them next to it does); two groups after it are taken as its two halves even where they do
    not, so a slip in one is found."""
    starts = {f.start: f for f in s.figures if usable(f)}
    for r in range(min(3, len(grid))):
        if any(c is not None for c in grid[r]):
            continue
        sizes = []
        for (a, b), words in zip(spans[r], texts[r]):
            m = _GROUP_SIZE.search(s.text, a, b)
            if m and (f := starts.get(m.start("n"))) is not None:
                sizes.append((f, words))
        if len(sizes) < 3 or not _ALL_GROUP.match(sizes[0][1]):
            continue
        total, parts = sizes[0][0], [f for f, _ in sizes[1:]]
        groups = None
        for n in range(len(parts), 1, -1):
            if sum(p.value for p in parts[:n]) == total.value:
                groups = parts[:n]
                break
        else:
            if len(parts) == 2:
                groups = parts
        if groups is None:
            continue
        yield table_total(total, groups, "group sizes in a header")
        # each row's All value is its groups' values weighted by their sizes (a mean, a share)
        columns = [next(x for x, (a, b) in enumerate(spans[r]) if a <= f.start < b) for f in (total, *groups)]
        offset = 1 if len(spans[r]) < max(len(row) for row in spans) else 0  # a header without the label cell
        for row in grid[r + 1 :]:
            cells = [row[x + offset] if x + offset < len(row) else None for x in columns]
            # means and shares ("65.0", "28.1%"), not counts, whose All value is their sum
            if all(cells) and len({c.unit for c in cells}) == 1 and all(c.value > 0 for c in cells) and \
                    all(c.unit == "percent" or "." in c.text or "·" in c.text for c in cells):
                yield weighted_mean_relation(cells[0], cells[1:], groups, total, "groups weighted by size")


def _relations(grid: Grid, texts: list[list[str]], headers: dict[int, str], rounded: bool) -> Iterable[Relation]:
    """What one table's layout claims: patterns across rows and columns, an average column,
    Total rows and columns, and the shares of a Total row."""
    rows = [r for r in grid if sum(c is not None for c in r) >= 2]
    # a rate's change along a row is often in points ("Unemployment rate (%) | 4.0 | 4.3 | 0.3")
    amounts = [r for r, t in zip(grid, texts) if sum(c is not None for c in r) >= 2
               and not (r[0] is None and t and _RATE_LABEL.search(t[0]))]
    if rows and len(rows) <= MAX_SIDE and max(len(r) for r in rows) <= MAX_SIDE:  # the search is cubic
        labels = [t[0] if r[0] is None and t else "" for r, t in zip(grid, texts) if sum(c is not None for c in r) >= 2]
        found = list(patterns(rows, rounded, lambda x: not _NOT_ADDITIVE.search(headers.get(x, "")),
                              lambda i: not _UNSIGNED.search(labels[i]),
                              lambda x: bool(_AVERAGE.search(headers.get(x, "")))))
        columns = [list(c) for c in itertools.zip_longest(*amounts)] if amounts else []
        # relations between columns, within each row
        found += patterns(columns, rounded, summable=lambda x: not _UNSIGNED.search(headers.get(x, "")))
        rates = {f.start for r in found if r.check == "percent-of" for f in r.role("percent")}
        yield from found
        yield from _means([r for r in rows if not any(c is not None and c.start in rates for c in r)])
    yield from _diagnostic(grid, headers)
    yield from _labelled_totals(grid, texts, headers, rounded)
    yield from _row_totals(grid, texts, rounded)
    yield from _total_columns(grid, headers, rounded)
    yield from _shares_of_totals(grid, texts)


# A diagnostic accuracy table: columns of true and false positives and negatives, and the
# measures defined by them (STARD): each measure is a share of a sum of those counts.
_COUNTS = {"tp": r"tp|true\s+positives?", "tn": r"tn|true\s+negatives?",
           "fp": r"fp|false\s+positives?", "fn": r"fn|false\s+negatives?"}
_MEASURES = {  # measure: (numerator counts, the other counts of its denominator)
    r"sensitivity|recall|true\s+positive\s+rate": (("tp",), ("fn",)),
    r"specificity|true\s+negative\s+rate": (("tn",), ("fp",)),
    r"ppv|positive\s+predictive\s+value|precision": (("tp",), ("fp",)),
    r"npv|negative\s+predictive\s+value": (("tn",), ("fn",)),
    r"accuracy": (("tp", "tn"), ("fp", "fn")),
}
_COUNT_HEADERS = {k: regex.compile(rf"(?i)^(?:{v})\b") for k, v in _COUNTS.items()}
_MEASURE_HEADERS = [(regex.compile(rf"(?i)^(?:{k})\b"), v) for k, v in _MEASURES.items()]


def _diagnostic(grid: Grid, headers: dict[int, str]) -> Iterable[Relation]:
    """Sensitivity = TP / (TP + FN), specificity, PPV, NPV and accuracy, in each row of a
    table whose headers name the four counts and the measures."""
    counts = {k: x for x, h in headers.items() for k, rx in _COUNT_HEADERS.items() if rx.match(h)}
    if len(counts) < 4:
        return
    measures = [(x, spec) for x, h in headers.items() for rx, spec in _MEASURE_HEADERS if rx.match(h)]
    for row in grid:
        if sum(c is not None for c in row) < 5:
            continue
        cell = {k: row[x] if x < len(row) else None for k, x in counts.items()}
        for x, (top, rest) in measures:
            rate = row[x] if x < len(row) else None
            parts = [cell[k] for k in top + rest]
            if rate is None or not all(parts):
                continue
            scale = 1 if rate.value <= 1 and rate.unit != "percent" else 100  # 0.907 or 90.7
            yield rate_relation([cell[k] for k in top], [cell[k] for k in rest], rate, scale, "a diagnostic measure")


def _labelled_totals(grid: Grid, texts: list[list[str]], headers: dict[int, str], slack: bool) -> Iterable[Relation]:
    """A row labelled Total (or All, Overall) is the sum of the rows of each section beside
    it: the rows just above it, and those of each section above or below it (a row of words,
    a section's heading, parts one section from the next; another total ends the search).
    The sum holds in each column that adds up, exactly, since the layout claims it. Columns
    headed as rates, changes or averages do not add up."""
    for r, row in enumerate(grid):
        if not _is_total(row, texts[r]):
            continue
        for section, toward in _sections(grid, texts, r):
            columns = _columns(row, section, headers)
            # a layout we misread (subtotals, nested rows, a total of overlapping groups) fails in
            # most columns; a slip fails in one
            held = sum(_sum_holds_all(total, parts, slack) for total, parts in columns)
            if held * 2 >= len(columns) and held:
                yield from (table_total(total, parts, "a Total row", slack) for total, parts in columns)
                continue
            # the rows next to the total, short of the section's end: a run of races before an
            # ethnicity that overlaps them ("Total, White, ..., Two or more races, Hispanic")
            for n in range(len(section) - 1, 1, -1):
                columns = _columns(row, section[:n] if toward > 0 else section[-n:], headers)
                if len(columns) >= 2 and all(_sum_holds_all(t, p, slack) for t, p in columns) and \
                        precise([f for t, p in columns for f in (t, *p)]):
                    yield from (table_total(total, parts, "a Total row", slack) for total, parts in columns)
                    break


def _columns(row, section, headers: dict[int, str]) -> list[tuple[Figure, list[Figure]]]:
    """(total, parts) in each column where the total and all the parts are filled and add."""
    columns = []
    for x, total in enumerate(row):
        parts = [p[x] if x < len(p) else None for p in section]
        header = headers.get(x, "")
        if total is None or not all(parts) or _NOT_ADDITIVE.search(header.replace("%", "")):
            continue
        if (total.unit == "percent" or "%" in header or "percent" in header.lower()) and total.value != 100:
            continue  # a total turnout is not the sum of the turnouts; shares add up to 100
        columns.append((total, parts))
    return columns


def _sections(grid: Grid, texts: list[list[str]], r: int) -> list[tuple[list[list[Figure | None]], int]]:
    """The runs of two or more rows of figures on either side of row ``r``, split at rows
    without figures and ended by another total, in reading order, each with its side (-1
    above, 1 below)."""
    out = []
    for step in (-1, 1):
        run: list[list[Figure | None]] = []
        q = r + step
        while 0 <= q < len(grid) and not _is_total(grid[q], texts[q]):
            if all(c is None for c in grid[q]):
                out.append((run[::step], step))
                run = []
            else:
                run.append(grid[q])
            q += step
        out.append((run[::step], step))
    return [(run, step) for run, step in out if len(run) >= 2]


def _nested(grid: Grid, labels: list[str], headers: dict[int, str], slack: bool) -> Iterable[Relation]:
    """Rows indented under a row ("Malignant neoplasms" over "---of digestive organs", ...):
    where they add up to it in most columns that add, they are its parts in every such
    column; where they stay below it everywhere, they are some of its parts (a residual, in
    a column headed Total)."""
    indents = [_indent(label) if row and row[0] is None else None for row, label in zip(grid, labels)]
    depths = sorted({v for v in indents if v is not None})
    if len(depths) < 2:
        return
    levels = [None if v is None else depths.index(v) for v in indents]  # "---", "------": levels 1, 2
    for p, row in enumerate(grid):
        if levels[p] is None or sum(c is not None for c in row) < 2:
            continue
        children = []
        for q in range(p + 1, len(grid)):
            if levels[q] is None or levels[q] <= levels[p]:
                break
            if levels[q] == levels[p] + 1 and any(c is not None for c in grid[q]):
                children.append(grid[q])
        columns = _columns(row, children, headers) if children else []
        if not columns:
            continue
        held = sum(_sum_holds_all(total, parts, slack) for total, parts in columns)
        if len(children) >= 2 and held * 2 >= len(columns) and held:
            yield from (table_total(total, parts, "rows indented under a row", slack) for total, parts in columns)
        elif all(sum(p.low for p in parts) <= total.high for total, parts in columns):
            # some of its parts: shown once, in the table's Total column, not month by month
            yield from (sum_relation(total, parts, False, "rows indented under a row") for total, parts in columns
                        if _TOTAL_HEADER.search(headers.get(row.index(total), "")))


def _indent(label: str) -> int:
    """How deep a row label is indented: by leading dashes or dots ("---of which"), or by
    spaces beyond the one after the cell's pipe, two to a level."""
    marks = len(label) - len(label.lstrip(" \u00a0\u2003\u2002\t"))
    body = label.lstrip(" \u00a0\u2003\u2002\t")
    dashes = len(body) - len(body.lstrip("-–—·•>."))
    return dashes if dashes else max(0, marks - 1) // 2


def _is_total(row: list[Figure | None], texts: list[str]) -> bool:
    return bool(row) and row[0] is None and bool(texts) and bool(_TOTAL.match(texts[0]))


def _headers(texts: list[list[str]], grid: Grid | None = None) -> dict[int, str]:
    """Each column's header: the words of the first rows above the figures, from the rows
    as wide as the table's rows of figures (a header row that spans columns would put each
    word over the wrong column). A column whose cells give an interval aside ("90.7
    (87.7-93.2)") holds estimates, which do not add up, whatever its header says."""
    width = max(len(row) for row in texts)
    common = data_width(grid or [], texts) or width
    out: dict[int, str] = {}
    for r, row in enumerate(texts[:3]):
        words = grid is None or all(c is None for c in grid[r])
        if words and (len(row) == width or filled(row) == common):
            for x, t in enumerate(row):
                out[x] = f"{out.get(x, '')} {t}".strip()
    cells: dict[int, list[bool]] = {}
    for row, figures in zip(texts, grid or ()):
        for x, (t, c) in enumerate(zip(row, figures) if filled(row) == common else ()):
            if c is not None:
                cells.setdefault(x, []).append(bool(_INTERVAL_ASIDE.search(t)))
    for x, asides in cells.items():
        if sum(asides) * 2 > len(asides):
            out[x] = f"{out.get(x, '')} (CI)"
    return out


# --- a total column, and "n (%)" columns of a Total row ------------------------------------------

def _row_totals(grid: Grid, texts: list[list[str]], slack: bool) -> Iterable[Relation]:
    """The last figure of each row as the sum of the figures before it, where that holds in
    most rows ("Q1 | Q2 | Q3 | Q4 | Full year"); rows of rates or per-share amounts do not add."""
    candidates = []
    for row, words in zip(grid, texts):
        cells = [c for c in row if c is not None]
        label = words[0] if words and row and row[0] is None else ""
        if len(cells) >= 3 and not _NOT_ADDITIVE.search(label) and all(c.unit != "percent" for c in cells):
            candidates.append((cells[-1], cells[:-1]))
    held = sum(_sum_holds_all(total, parts, slack) for total, parts in candidates)
    if held < MIN_HOLDS or held < QUORUM * len(candidates):  # sums of 3+ parts rarely fit by chance
        return
    for total, parts in candidates:
        yield table_total(total, parts, "a table's total column", slack)


def _total_columns(grid: Grid, headers: dict[int, str], slack: bool) -> Iterable[Relation]:
    """A column headed Total is, in each row, the sum of the columns before it back to the
    row's label or to the previous Total column ("Positive | Negative | Total | Positive |
    Negative | Total"), where that holds in most rows."""
    marks = [x for x, h in sorted(headers.items()) if _TOTAL_HEADER.search(h)]
    for m, x in enumerate(marks):
        first = marks[m - 1] + 1 if m else 1
        candidates = []
        for row in grid:
            parts = row[first:x]
            if x < len(row) and row[x] is not None and len(parts) >= 2 and all(parts) and row[0] is None:
                candidates.append((row[x], parts))
        held = sum(_sum_holds_all(total, parts, slack) for total, parts in candidates)
        if held * 2 > len(candidates):
            yield from (table_total(total, parts, "a Total column", slack) for total, parts in candidates)


def _sum_holds_all(total: Figure, parts: Sequence[Figure], slack: bool = False) -> bool:
    extra = float(rounding_slack(total, parts)) if slack else 0.0
    lo = float(sum((p.low for p in parts), Fraction(0))) - extra
    hi = float(sum((p.high for p in parts), Fraction(0))) + extra
    return meets(lo - abs(lo) * HAIR, hi + abs(hi) * HAIR, interval(total))


def _shares_of_totals(grid: Grid, texts: list[list[str]]) -> Iterable[Relation]:
    """"N | %" column pairs: each percentage is its count's share of the count in the Total
    row, where that holds in most rows ("576 | 31·1 ... Total | 1852 | 100·0")."""
    totals = [r for r, row in enumerate(grid) if _is_total(row, texts[r])]
    if not totals:
        return
    total_row = grid[totals[-1]]
    width = max(len(row) for row in grid)
    for x in range(width - 1):
        whole = total_row[x] if x < len(total_row) else None
        if whole is None or whole.value <= 0:
            continue
        sections: list[list] = [[]]  # rows under one heading share a denominator, or do not
        for r, row in enumerate(grid):
            if all(c is None for c in row):
                sections.append([])
            elif r != totals[-1] and x + 1 < len(row) and row[x] is not None and row[x + 1] is not None:
                sections[-1].append((row[x], row[x + 1]))
        pairs = [p for section in sections for p in section]
        held = sum(share_holds(interval(n), interval(whole), interval(p)) for n, p in pairs)
        if held < MIN_HOLDS or held < QUORUM * len(pairs):
            continue
        for section in sections:  # "of those with status recorded": a section of its own whole
            if 2 * sum(share_holds(interval(n), interval(whole), interval(p)) for n, p in section) >= len(section):
                yield from (percent_of_relation(n, whole, p, "a table's n (%)") for n, p in section)


def _shares_of_whole_lines(lines: list[list[Figure]]) -> Iterable[Relation]:
    """Plain-text lines of a count and its share under a line whose share is 100% ("Total
    households 736 100%" then "Married-couple household 160 21.7%"): each share is its count's
    share of that whole, where that holds in most lines of the block (which runs to the next
    100% line)."""
    blocks: list[tuple[Figure, list[tuple[Figure, Figure]]]] = []
    for line in lines:
        counts = [f for f in line if f.unit is None]
        shares = [f for f in line if f.unit == "percent"]
        if not counts or not shares:
            continue
        if shares[0].value == 100:
            blocks.append((counts[0], []))
        elif blocks:
            blocks[-1][1].append((counts[0], shares[0]))
    for whole, pairs in blocks:
        if whole.value <= 0:
            continue
        held = sum(share_holds(interval(n), interval(whole), interval(p)) for n, p in pairs)
        if held >= MIN_HOLDS and held >= QUORUM * len(pairs):
            yield from (percent_of_relation(n, whole, p, "a share of the 100% line") for n, p in pairs)
        # where the lines' counts add up to the whole, or their shares to 100%, the lines are
        # its parts, both ways; lines nested under others (a subset) make neither add up
        counts, shares = [n for n, _ in pairs], [p for _, p in pairs]
        if len(pairs) >= 2 and (_sum_holds_all(whole, counts) or _hundreds_hold(shares)):
            yield table_total(whole, counts, "the lines under a 100% line")
            yield percent_sum_relation(shares, True, "the lines under a 100% line")


def _hundreds_hold(shares: Sequence[Figure]) -> bool:
    """Whether the shares can add up to 100% within their rounding."""
    lo = float(sum((f.low for f in shares), Fraction(0)))
    hi = float(sum((f.high for f in shares), Fraction(0)))
    return meets(lo, hi, (100.0, 100.0))


# --- columns of shares ---------------------------------------------------------------------------

def _percent_row(row) -> list[Figure]:
    return [f for f in row if f is not None and f.unit == "percent"]


def _share_columns(rows: list[list[Figure]]) -> Iterable[Relation]:
    """Runs of at least three lines with the same number (two or more) of percentages: each
    column of the run is the shares of one whole when, in most of its columns, they add up to
    100% within rounding ("Less than $10,000 4.4% 3.0% ... / $200,000 or more 2.4% 3.0% ..."):
    in at least half of them, since three or more shares adding to 100% by chance are rare."""
    run: list[list[Figure]] = []
    for row in rows + [[]]:
        if len(row) >= 2 and (not run or len(row) == len(run[0])):
            run.append(row)
            continue
        if len(run) >= 3:
            yield from _hundreds([list(col) for col in zip(*run)])
        run = [row] if len(row) >= 2 else []


def _hundreds(columns: list[list[Figure]]) -> Iterable[Relation]:
    held = sum(_hundreds_hold(c) for c in columns)
    if held >= max(1, math.ceil(len(columns) / 2)):  # three shares making 100% by chance are rare
        for column in columns:  # a column far from 100% is of something else (a change in points)
            if abs(sum((f.value for f in column), Fraction(0)) - 100) <= 25:
                yield percent_sum_relation(column, True, "a table's column of shares")


# --- an average column ------------------------------------------------------------------------

def _means(rows: Grid) -> Iterable[Relation]:
    """The last figure of each row as the mean of the figures before it, where that holds in
    most rows ("JAN ... DEC | AVERAGE"). Rows of rates are left out: their average is the
    rate of the averages, which the mean of the rates only comes near."""
    candidates = []
    for row in rows:
        cells = [c for c in row if c is not None]
        if len(cells) >= 4:
            candidates.append((cells[-1], cells[:-1]))
    held = sum(_mean_holds(m, parts) for m, parts in candidates)
    if held < MIN_HOLDS or held < QUORUM * len(candidates) or not precise([m for m, _ in candidates]):
        return
    for mean, parts in candidates:
        yield mean_relation(mean, parts, "a table's average")


def _mean_holds(mean: Figure, parts: Sequence[Figure]) -> bool:
    n, half = len(parts), float(mean_rounding(mean))
    lo = float(sum((p.low for p in parts), Fraction(0)) / n) - half
    hi = float(sum((p.high for p in parts), Fraction(0)) / n) + half
    return meets(lo - abs(lo) * HAIR, hi + abs(hi) * HAIR, interval(mean))
