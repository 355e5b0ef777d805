"""Tables as grids of figures: Markdown pipe tables (each cell holding one figure or none)
and plain-text tables (each line's figures in order)."""
from __future__ import annotations

import bisect
from typing import Iterable, Sequence

import regex

from ..model import Figure
from .base import Sentences, usable

# Patterns used inline below, compiled once.
_SEPARATOR = regex.compile(r"^[\s|:+-]*$")
_FIGURE_ONLY = regex.compile(r"^[\s%‰*†‡§#()\[\]a-d+]{0,4}$")  # what may stand beside a cell's figure

_ASIDE = regex.compile(r"^\s*\([^()|]*\)\s*$")
_P_HEADER = regex.compile(r"(?i)^\s*p(?:[\s-]*values?|[\s-]*wert)?\s*(?:\(.*\))?\s*$")
_P_CELL = regex.compile(r"^\s*[<>≤≥=]?\s*0?[.·]\d+\s*[*†‡a-d]{0,3}\s*$")

Grid = list[list[Figure | None]]


def grids(s: Sentences) -> Iterable[tuple[Grid, list[list[tuple[int, int]]]]]:
    """Each block of consecutive table lines, as rows of cells holding one figure or None, with
    the cells' spans."""
    text, figures = s.text, [f for f in s.figures if usable(f) and f.unit not in ("year",)]
    block: list[list[tuple[int, int]]] = []
    offset = 0
    for line in text.split("\n"):
        start, offset = offset, offset + len(line) + 1
        if line.count("|") >= 2 and not _SEPARATOR.match(line):
            block.append(_cells(line, start))
        elif line.count("|") >= 2:
            continue  # |---|---| between header and body
        elif block:
            yield _normal(text, block, figures)
            block = []
    if block:
        yield _normal(text, block, figures)


def _normal(text: str, block: list[list[tuple[int, int]]], figures: Sequence[Figure]):
    """A block's grid, with rows that lost their label realigned, p-value columns taken out,
    and header rows that lack the label column's cell moved over it."""
    grid, block = _align(_fill(text, block, figures), block)
    grid, block = _drop_p_values(text, grid, block)
    return grid, _stub(text, grid, block)


def _cells(line: str, offset: int) -> list[tuple[int, int]]:
    """The spans of a table line's cells; a leading pipe opens the first cell."""
    bounds = [i for i, ch in enumerate(line) if ch == "|"]
    starts = ([0] if bounds[0] > 0 and line[: bounds[0]].strip() else []) + [b + 1 for b in bounds]
    ends = ([bounds[0]] if starts and starts[0] == 0 else []) + bounds[1:] + [len(line)]
    return [(offset + a, offset + b) for a, b in zip(starts, ends)]


def _fill(text: str, block: list[list[tuple[int, int]]], figures: Sequence[Figure]) -> Grid:
    starts = [f.start for f in figures]
    grid: Grid = []
    for row in block:
        cells: list[Figure | None] = []
        for a, b in row:
            i = bisect.bisect_left(starts, a)
            inside = [f for f in figures[i : i + 2] if a <= f.start and f.end <= b]
            alone = len(inside) == 1 and _FIGURE_ONLY.match(text[a : inside[0].start] + text[inside[0].end : b])
            # "462 (59.8)", "90.7 (87.7-93.2)": the value, with its share or interval aside
            aside = len(inside) >= 1 and _FIGURE_ONLY.match(text[a : inside[0].start]) and _ASIDE.match(text[inside[0].end : b])
            cells.append(inside[0] if alone or aside else None)  # "All specimens (n = 32)" is a heading
        grid.append(cells)
    return grid


def _align(grid: Grid, block: list[list[tuple[int, int]]]) -> tuple[Grid, list[list[tuple[int, int]]]]:
    """Where most rows of figures open with a label, a row that opens with a figure lost its
    label to the line above ("Overall |" then "419 | 245 | ..."): shift it one cell right."""
    rows = [r for r in range(len(grid)) if sum(c is not None for c in grid[r]) >= 2]
    labelled = [r for r in rows if grid[r][0] is None]
    if not rows or len(labelled) * 4 < len(rows) * 3 or len(labelled) == len(rows):
        return grid, block
    grid, block = [list(r) for r in grid], [list(r) for r in block]
    for r in rows:
        if grid[r][0] is not None:
            grid[r].insert(0, None)
            block[r].insert(0, (block[r][0][0], block[r][0][0]))
    return grid, block


def _drop_p_values(text: str, grid: Grid, block: list[list[tuple[int, int]]]):
    """A table with p-value columns ("Sensitivity | p-value | Specificity | p-value") often
    fills them only in some rows, which shifts the cells after them: take out the cells that
    read as p-values (and their headers) where that leaves the rows of figures more alike."""
    if not any(_P_HEADER.match(text[a:b]) for row in block[:3] for a, b in row):
        return grid, block
    keep = [[x for x, (a, b) in enumerate(row) if not (_P_HEADER.match(text[a:b]) or _P_CELL.match(text[a:b]))]
            for row in block]
    before = {sum(c is not None for c in row) for row in grid} - {0}
    after = {sum(row[x] is not None for x in kept) for row, kept in zip(grid, keep)} - {0}
    if len(after) > len(before):
        return grid, block
    return ([[row[x] for x in kept] for row, kept in zip(grid, keep)],
            [[row[x] for x in kept] for row, kept in zip(block, keep)])


def _stub(text: str, grid: Grid, block: list[list[tuple[int, int]]]) -> list[list[tuple[int, int]]]:
    """Header rows written without the label column's cell ("N | % | N | %" over "Male | 734 |
    18.2 | ..."): give them an empty first cell, so that each header stands over its column."""
    words = [[text[a:b].strip() for a, b in cells] for cells in block]
    width = data_width(grid, words)
    labelled = [row[0] is None for row in grid if sum(c is not None for c in row) >= 2]
    if width is None or sum(labelled) * 2 < len(labelled):
        return block
    out = [list(r) for r in block]
    for r, (row, cells) in enumerate(zip(grid, block)):
        if r < 3 and all(c is None for c in row) and filled(words[r]) == width - 1 >= 2 and words[r][0]:
            out[r].insert(0, (cells[0][0], cells[0][0]))
    return out


def filled(words: list[str]) -> int:
    """A row's width up to its last cell with text."""
    return max((x + 1 for x, t in enumerate(words) if t), default=0)


def data_width(grid: Grid, words: list[list[str]]) -> int | None:
    """The width of the rows holding the most figures (None where no row holds two)."""
    weight: dict[int, int] = {}
    for row, cells in zip(grid, words):
        if (n := sum(c is not None for c in row)) >= 2:
            weight[filled(cells)] = weight.get(filled(cells), 0) + n
    return max(weight, key=weight.__getitem__) if weight else None


def figure_lines(s: Sentences) -> list[list[Figure]]:
    """A plain-text table: each line without pipes, with the stated figures on it in order
    ("$10,000 to $14,999 4.4% 2.3% 1.4% 9.0%")."""
    lines, offset, figures, i = [], 0, s.figures, 0
    for line in s.text.split("\n"):
        start, offset = offset, offset + len(line) + 1
        row = []
        while i < len(figures) and figures[i].start < offset:
            if figures[i].start >= start and usable(figures[i]) and "|" not in line:
                row.append(figures[i])
            i += 1
        lines.append(row)
    return lines


def flattened(s: Sentences, lines: list[list[Figure]]) -> Iterable[tuple[Grid, list[list[str]]]]:
    """A table flattened into one line of text, rows running on ("Total 29,145,505 3,999,944
    15.9% White 14,609,365 -3,092,187 -17.5% Black ..."): runs of figures with nothing but
    spaces between them, each after its label, as rows when three or more runs have the same
    length (two or more). Each row is a label cell and its figures, with the label's words.
    ``lines`` are the text's ``figure_lines``."""
    for line in lines:
        if len(line) < 6:
            continue
        runs: list[list[Figure]] = [[line[0]]]
        for a, b in zip(line, line[1:]):
            if s.text[a.end : b.start].strip():
                runs.append([b])
            else:
                runs[-1].append(b)
        sizes = [len(r) for r in runs if len(r) >= 2]
        if not sizes:
            continue
        k = max(set(sizes), key=sizes.count)
        if sizes.count(k) < 3:
            continue
        grid: Grid = []
        texts: list[list[str]] = []
        for i, run in enumerate(runs):
            before = s.text[runs[i - 1][-1].end if i else s.text.rfind("\n", 0, run[0].start) + 1 : run[0].start].strip()
            if len(run) == k:
                grid.append([None, *run])
                # the first label follows the column headings ("2020 count Change % change Total")
                texts.append([before.split()[-1] if i == 0 and before else before, *(f.text for f in run)])
        yield grid, texts
