"""Speed and memory of ``numcheck.check`` on a synthetic document (see ``corpus.py``).

Run from the project root::

    python tests/benchmarks/bench_check.py                 # 1 MB, 3 timed runs
    python tests/benchmarks/bench_check.py --size 100000 --repeat 5

Prints what was checked (characters, figures, relations, findings by kind), best and median
wall time, characters per second, the per-call cost on small inputs, and memory: peak Python
allocations (tracemalloc, in a separate untimed run, since tracing slows every allocation)
and the process's max RSS. Nothing is asserted: this reports, it does not gate.
"""
from __future__ import annotations

import argparse
import importlib.util
import os
import platform
import resource
import statistics
import sys
import time
import tracemalloc
from pathlib import Path

import numcheck

SNIPPET = "Of 320 patients, 176 (55%) were women."


def _corpus():
    """corpus.py beside this file, loaded by path so the script also imports under pytest."""
    spec = importlib.util.spec_from_file_location("numcheck_bench_corpus", Path(__file__).with_name("corpus.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def rss_mb() -> float:
    """Max resident set size of this process so far, in MB (ru_maxrss is KiB on Linux, bytes on macOS)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 2**20 if sys.platform == "darwin" else peak / 2**10


def timed(text: str, repeat: int) -> tuple[list[float], numcheck.Report]:
    """Wall times of ``repeat`` checks of ``text``, and the last report."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        report = numcheck.check(text)
        times.append(time.perf_counter() - start)
    return times, report


def per_call(text: str, budget: float = 1.0) -> tuple[float, int]:
    """Best seconds per check of a small ``text``, over as many calls as fit in ``budget`` seconds."""
    numcheck.check(text)  # warm sympy's caches and the regex module
    best, calls, deadline = float("inf"), 0, time.perf_counter() + budget
    while calls < 3 or time.perf_counter() < deadline:
        start = time.perf_counter()
        numcheck.check(text)
        best = min(best, time.perf_counter() - start)
        calls += 1
    return best, calls


def peak_traced_mb(text: str) -> float:
    """Peak Python allocation during one check, in MB."""
    tracemalloc.start()
    try:
        numcheck.check(text)
        return tracemalloc.get_traced_memory()[1] / 2**20
    finally:
        tracemalloc.stop()


def describe(text: str, times: list[float], report: numcheck.Report) -> list[str]:
    """The size, content and timing lines for one benchmarked text."""
    best = min(times)
    counts = ", ".join(f"{n} {kind}" for kind, n in report.counts().items())
    runs = ", ".join(f"{t:.3f}" for t in times)
    return [
        f"characters       {len(text):>12,}",
        f"figures          {len(report.figures):>12,}",
        f"relations        {len(report.relations):>12,}",
        f"findings         {len(report.findings):>12,}  ({counts})",
        f"seconds          best {best:.3f}, median {statistics.median(times):.3f}  (runs: {runs})",
        f"chars/s (best)   {len(text) / best:>12,.0f}",
    ]


def main(argv: list[str] | None = None) -> int:
    """Build the corpus, time checks of it and of small inputs, measure memory, print it all."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=1_000_000, help="corpus size in characters (default 1,000,000)")
    parser.add_argument("--repeat", type=int, default=3, help="timed runs on the corpus (default 3)")
    parser.add_argument("--seed", type=int, default=0, help="corpus seed (default 0)")
    parser.add_argument("--no-memory", action="store_true", help="skip the tracemalloc run")
    args = parser.parse_args(argv)
    corpus = _corpus()
    print(f"numcheck {numcheck.__version__} from {Path(numcheck.__file__).parent}")
    print(f"Python {platform.python_version()}, {platform.machine()}, nproc {os.cpu_count()}")
    print(f"max RSS after import {rss_mb():.1f} MB")
    for name, text in [("one sentence", SNIPPET), ("10 kB article", corpus.build(10_000, args.seed))]:
        best, calls = per_call(text)
        print(f"per call, {name:<14}{best * 1000:9.2f} ms best of {calls}  ({len(text):,} chars)")
    text = corpus.build(args.size, args.seed)
    times, report = timed(text, args.repeat)
    print(f"\ncorpus: size {args.size:,}, seed {args.seed}, {args.repeat} run(s)")
    print("\n".join(describe(text, times, report)))
    print(f"max RSS          {rss_mb():>12.1f} MB  (process peak after the timed runs)")
    if not args.no_memory:
        print(f"peak traced      {peak_traced_mb(text):>12.1f} MB  (tracemalloc, separate run)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
