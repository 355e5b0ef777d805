"""The extraction table, ``tests/data/extraction.jsonl``: 513 sentences of the kinds users
paste (news, reports, papers, sport, German/French/Spanish copy), each with every figure it
holds: span, exact value, unit, and a range's ends. Written to the conventions of the
extract stage before the extractor was run on it.

A row passes when ``numcheck.extract`` returns exactly those figures, in order. The rows it
gets wrong are listed in ``GAPS`` with the reason, as strict xfails, so a fix shows up.
``tests/benchmarks/extract_vs_quantulum.py`` scores the same table against quantulum3.
"""
from __future__ import annotations

import json
from fractions import Fraction
from pathlib import Path

import pytest

import numcheck

TABLE = Path(__file__).parent / "data" / "extraction.jsonl"
ROWS = [json.loads(line) for line in TABLE.read_text(encoding="utf-8").splitlines() if line.strip()]

GAPS = {
    "exclusion-037": "a model number after a brand name ('Peugeot 208') reads as a count",
    "exclusion-039": "a mission number after a name ('Apollo 11') reads as a count",
}


def _expected(row: dict) -> list[tuple]:
    out = []
    for f in row["figures"]:
        start = f.get("start", row["text"].index(f["span"]))
        ends = (Fraction(f["low"]), Fraction(f["high"])) if "low" in f else None
        out.append((f["span"], start, Fraction(f["value"]), f["unit"], ends))
    return out


def _found(row: dict) -> list[tuple]:
    figures = numcheck.extract(row["text"], locale=row.get("locale", "en"))
    return [(f.text, f.start, f.value, f.unit, (f.low, f.high) if f.qualifier == "range" else None)
            for f in figures]


def _param(row: dict):
    marks = [pytest.mark.xfail(strict=True, reason=GAPS[row["id"]])] if row["id"] in GAPS else []
    return pytest.param(row, id=row["id"], marks=marks)


@pytest.mark.parametrize("row", [_param(r) for r in ROWS])
def test_table_row(row):
    assert _found(row) == _expected(row), row["text"]


def test_table_is_large_and_covers_every_category():
    categories = {r["category"] for r in ROWS}
    assert len(ROWS) >= 400
    assert categories >= {"digits", "spelled", "scale", "fraction", "ratio", "multiplier", "range", "percent",
                          "currency", "unit", "qualifier", "locale", "exclusion"}
    assert {r.get("locale", "en") for r in ROWS} >= {"en", "de", "fr", "es"}
