"""``numcheck.check`` under pytest-benchmark, on 10 kB and 100 kB of the synthetic corpus.

The project's pytest config passes ``--benchmark-disable``, so in CI each runs once as a plain
test; time them with ``pytest tests/benchmarks --benchmark-enable``. Nothing here asserts a
duration.
"""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

import numcheck

_spec = importlib.util.spec_from_file_location("numcheck_bench_corpus", Path(__file__).with_name("corpus.py"))
corpus = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(corpus)


@pytest.mark.parametrize("size", [10_000, 100_000], ids=["10kB", "100kB"])
def test_check_corpus(benchmark, size):
    text = corpus.build(size)
    report = benchmark(numcheck.check, text)
    assert isinstance(report, numcheck.Report)
    assert report.findings
