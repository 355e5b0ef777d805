"""Extraction accuracy and speed of ``numcheck.extract`` against quantulum3's ``parser.parse``.

Run from the project root (quantulum3 comes with the bench extra: ``pip install -e '.[bench]'``)::

    python tests/benchmarks/extract_vs_quantulum.py                  # 1 MB corpus, ~2 minutes
    python tests/benchmarks/extract_vs_quantulum.py --size 100000    # quick run
    python tests/benchmarks/extract_vs_quantulum.py --cases other.jsonl --repeat 2 --json

Both tools see the same inputs in one run, and three things are measured for each:

1. numcheck's case table (``tests/data/extraction.jsonl``; one JSON object a line, ``{"id",
   "category", "locale", "text", "figures": [{"span", "value", "unit", "start"?, ...}]}``).
   A case's *values* are right when the multiset of extracted values equals the expected one
   (numbers equal within 1e-9 relative; a share may be given in percent or as a fraction, so a
   percent value v also matches v/100, whichever side states it; ranges are one figure valued at
   their midpoint in both tools). Its *spans* are right when the set of (start, end) equals the
   expected set; its *units* (numcheck only: quantulum3 names units differently) when the
   multiset of unit strings does. Also value accuracy by category, and characters per second over
   the table. quantulum3 only reads English: it runs on the locale "en" cases only, and every
   other case counts as wrong for it (not supported).
2. quantulum3's own test cases (``quantulum3/_lang/en_US/tests/quantities.json``, read from the
   installed package): value and span accuracy, the expected spans being where each expected
   "surface" string lies in the request text.
3. Throughput on ``corpus.build(size, seed=1)`` (``corpus.py`` beside this file). quantulum3's
   ``parse`` slows down more than linearly on long strings, so both tools get the corpus
   paragraph by paragraph (split on blank lines); chars/s is the best of ``--repeat`` passes
   (default 3 for numcheck, 1 for quantulum3, which needs about 90 s a pass on 1 MB).

Targets: numcheck's value accuracy on its own table >= 95%, its throughput >= 20x quantulum3's.
Progress goes to stderr; ``--json`` prints one JSON object with every figure instead of the
text report. Exits 2 when quantulum3 or the case file is missing. Nothing is asserted here.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import platform
import sys
import time
import warnings
from collections import Counter
from dataclasses import dataclass
from fractions import Fraction
from importlib.metadata import version
from importlib.resources import files
from pathlib import Path
from typing import Callable, Iterable

import numcheck

HERE = Path(__file__).resolve().parent
DEFAULT_CASES = HERE.parent / "data" / "extraction.jsonl"
#: Written from the same conventions by a writer who never saw the extractor or the first table.
HELD_OUT_CASES = HERE.parent / "data" / "extraction-heldout.jsonl"
QUANTULUM_CASES = "_lang/en_US/tests/quantities.json"
INSTALL_HINT = "install the bench extra: pip install -e '.[bench]'"
CORPUS_SEED = 1
REL_TOL = 1e-9
#: Unit names that mark a share stated in percent (numcheck's, quantulum3's).
PERCENT_UNITS = frozenset({"percent", "percentage"})
VALUE_TARGET = 0.95
RATIO_TARGET = 20.0


class BenchError(Exception):
    """A missing dependency or unreadable input: reported in one line, exit status 2."""


@dataclass(frozen=True)
class Quantity:
    """One number, expected or extracted, in terms both tools can be scored on."""

    start: int
    end: int
    value: float
    unit: str | None

    @property
    def is_percent(self) -> bool:
        return self.unit in PERCENT_UNITS


@dataclass(frozen=True)
class Case:
    id: str
    category: str
    locale: str
    text: str
    expected: tuple[Quantity, ...]


@dataclass(frozen=True)
class Tool:
    """An extractor under test: ``extract(text, locale)``, the locales it reads (None: all), whether
    its unit names are comparable with the case table's, and its default number of corpus passes."""

    name: str
    version: str
    extract: Callable[[str, str], list[Quantity]]
    locales: frozenset[str] | None = None
    scores_units: bool = False
    corpus_passes: int = 3

    def supports(self, locale: str) -> bool:
        return self.locales is None or locale in self.locales


# --- the two tools -----------------------------------------------------------------------------

def numcheck_tool() -> Tool:
    """numcheck.extract, in the case's locale."""

    def extract(text: str, locale: str) -> list[Quantity]:
        figures = numcheck.extract(text, locale=locale)
        return [Quantity(f.start, f.end, float(f.value), f.unit) for f in figures]

    return Tool("numcheck", numcheck.__version__, extract, scores_units=True)


def quantulum_parser():
    """quantulum3's parser module, with its warning about the optional classifier silenced."""
    warnings.filterwarnings("ignore", message="Classifier dependencies", category=UserWarning)
    try:
        from quantulum3 import parser
    except ImportError:
        raise BenchError(f"quantulum3 is not installed; {INSTALL_HINT}") from None
    return parser


def quantulum_tool(parser) -> Tool:
    def extract(text: str, locale: str) -> list[Quantity]:
        return [Quantity(q.span[0], q.span[1], float(q.value), q.unit.name) for q in parser.parse(text)]

    return Tool("quantulum3", version("quantulum3"), extract, locales=frozenset({"en"}), corpus_passes=1)


# --- reading the cases ------------------------------------------------------------------------

def number(raw) -> float:
    """A JSON value as a float; strings may be exact ("200/3", "0.1")."""
    return float(Fraction(raw)) if isinstance(raw, str) else float(raw)


def load_cases(path: Path) -> list[Case]:
    """numcheck's case table, each expected span resolved to (start, end)."""
    if not path.is_file():
        raise BenchError(f"case file not found: {path}")
    cases = []
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            text = row["text"]
            expected = tuple(expected_figure(text, fig) for fig in row["figures"])
            cases.append(Case(str(row["id"]), row.get("category", "-"), row.get("locale", "en"), text, expected))
        except (ValueError, KeyError, TypeError) as e:
            raise BenchError(f"{path}:{lineno}: bad case: {e}") from None
    return cases


def expected_figure(text: str, fig: dict) -> Quantity:
    span = fig["span"]
    start = fig["start"] if "start" in fig else text.find(span)
    if start < 0 or text[start:start + len(span)] != span:
        raise ValueError(f"span {span!r} is not in the text" + (f" at {start}" if "start" in fig else ""))
    return Quantity(start, start + len(span), number(fig["value"]), fig.get("unit"))


def load_quantulum_cases() -> list[Case]:
    """quantulum3's own English test cases, read in place from the installed package."""
    resource = files("quantulum3").joinpath(QUANTULUM_CASES)
    if not resource.is_file():
        raise BenchError(f"quantulum3 has no {QUANTULUM_CASES}; {INSTALL_HINT}")
    cases = []
    for i, row in enumerate(json.loads(resource.read_text(encoding="utf-8"))):
        text, after, expected = row["req"], 0, []
        for res in row["res"]:
            start = text.find(res["surface"], after)
            if start < 0:  # listed out of text order
                start = text.find(res["surface"])
            after = start + len(res["surface"])
            expected.append(Quantity(start, after, float(res["value"]), res["unit"]))
        cases.append(Case(f"q{i}", "quantulum3", "en", text, tuple(expected)))
    return cases


# --- scoring ------------------------------------------------------------------------------------

def close(a: float, b: float) -> bool:
    return a == b or abs(a - b) <= REL_TOL * max(abs(a), abs(b))


def same_value(want: Quantity, got: Quantity) -> bool:
    """Equal values, allowing a share in percent on either side to match the same share as a fraction."""
    return (close(want.value, got.value)
            or (want.is_percent and close(want.value / 100, got.value))
            or (got.is_percent and close(got.value / 100, want.value)))


def values_match(expected: Iterable[Quantity], found: Iterable[Quantity]) -> bool:
    """Whether the found values pair off one to one with the expected ones (bipartite matching)."""
    expected, found = list(expected), list(found)
    if len(expected) != len(found):
        return False
    partner: dict[int, int] = {}  # found index -> expected index

    def augment(i: int, seen: set[int]) -> bool:
        for j, got in enumerate(found):
            if j not in seen and same_value(expected[i], got):
                seen.add(j)
                if j not in partner or augment(partner[j], seen):
                    partner[j] = i
                    return True
        return False

    return all(augment(i, set()) for i in range(len(expected)))


def spans(quantities: Iterable[Quantity]) -> set[tuple[int, int]]:
    return {(q.start, q.end) for q in quantities}


def units(quantities: Iterable[Quantity]) -> Counter:
    return Counter(q.unit for q in quantities)


def score(tool: Tool, cases: list[Case], with_units: bool) -> dict:
    """Accuracy counts of ``tool`` over ``cases`` (unsupported locales count as wrong) and its speed."""
    right = Counter()
    by_category: dict[str, Counter] = {}
    chars = seconds = 0.0
    failures = []
    for case in cases:
        tally = by_category.setdefault(case.category, Counter())
        tally["cases"] += 1
        if not tool.supports(case.locale):
            right["unsupported"] += 1
            continue
        start = time.perf_counter()
        try:
            found = tool.extract(case.text, case.locale)
        except Exception as e:  # a crash on one case is a wrong answer, not the end of the benchmark
            failures.append(f"{case.id}: {type(e).__name__}: {e}")
            found = []
        seconds += time.perf_counter() - start
        chars += len(case.text)
        ok_value = values_match(case.expected, found)
        right["value"] += ok_value
        tally["value"] += ok_value
        right["span"] += spans(case.expected) == spans(found)
        if with_units:
            right["unit"] += units(case.expected) == units(found)
    n = len(cases)
    result = {
        "cases": n,
        "unsupported": right["unsupported"],
        "errors": len(failures),
        "value_accuracy": right["value"] / n if n else None,
        "span_accuracy": right["span"] / n if n else None,
        "unit_accuracy": (right["unit"] / n if n else None) if with_units else None,
        "by_category": {c: t["value"] / t["cases"] for c, t in sorted(by_category.items())},
        "chars": int(chars),
        "seconds": seconds,
        "chars_per_second": chars / seconds if seconds else None,
    }
    if failures:
        result["failures"] = failures
    return result


# --- throughput ---------------------------------------------------------------------------------

def load_corpus_module():
    """corpus.py beside this file, loaded by path so the script also imports under pytest."""
    spec = importlib.util.spec_from_file_location("numcheck_bench_corpus", HERE / "corpus.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def throughput(tool: Tool, paragraphs: list[str], repeat: int) -> dict:
    """Best chars/s of ``repeat`` passes of ``tool`` over ``paragraphs``."""
    chars = sum(len(p) for p in paragraphs)
    times, found = [], 0
    for run in range(1, repeat + 1):
        progress(f"{tool.name}: corpus pass {run} of {repeat} ({chars:,} chars)")
        start = time.perf_counter()
        found = sum(len(tool.extract(p, "en")) for p in paragraphs)
        times.append(time.perf_counter() - start)
    best = min(times)
    return {"chars": chars, "runs": repeat, "seconds": times, "best_seconds": best,
            "chars_per_second": chars / best, "quantities": found}


# --- reporting ----------------------------------------------------------------------------------

def progress(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def pct(x: float | None) -> str:
    return "n/a" if x is None else f"{100 * x:.1f}%"


def rate(x: float | None) -> str:
    return "n/a" if x is None else f"{x:,.0f}"


def accuracy_rows(results: dict[str, dict], keys: list[tuple[str, str, Callable]]) -> list[str]:
    """One line per measure, one column per tool."""
    names = list(results)
    lines = [f"  {'':<18}" + "".join(f"{n:>14}" for n in names)]
    for label, key, fmt in keys:
        lines.append(f"  {label:<18}" + "".join(f"{fmt(results[n][key]):>14}" for n in names))
    return lines


def render(report: dict) -> str:
    table, theirs, speed = report["case_table"], report["quantulum_cases"], report["throughput"]
    names = list(table["results"])
    nc, qu = names
    lines = [f"numcheck {report['versions']['numcheck']} vs quantulum3 {report['versions']['quantulum3']}"
             f" (Python {report['versions']['python']})", ""]

    lines.append(f"1. numcheck's case table {table['path']}: {table['cases']} cases, "
                 f"{table['en_cases']} in locale en, {table['chars']:,} chars")
    lines += accuracy_rows(table["results"], [
        ("value accuracy", "value_accuracy", pct), ("span accuracy", "span_accuracy", pct),
        ("unit accuracy", "unit_accuracy", pct), ("chars/s", "chars_per_second", rate)])
    unsupported = table["results"][qu]["unsupported"]
    if unsupported:
        lines.append(f"  quantulum3 reads English only: the {unsupported} non-en cases count as wrong for it"
                     " (not supported)")
    lines.append("  unit accuracy is numcheck's only (quantulum3 names units its own way)")
    lines += ["", "  value accuracy by category", f"  {'category':<22}{'cases':>6}{nc:>14}{qu:>14}"]
    for category, n in table["category_sizes"].items():
        lines.append(f"  {category:<22}{n:>6}" + "".join(
            f"{pct(table['results'][name]['by_category'][category]):>14}" for name in names))

    held = report["held_out_table"]
    lines += ["", f"   held-out table {held['path']}: {held['cases']} cases"]
    lines += accuracy_rows(held["results"], [
        ("value accuracy", "value_accuracy", pct), ("span accuracy", "span_accuracy", pct),
        ("unit accuracy", "unit_accuracy", pct)])

    lines += ["", f"2. quantulum3's own test cases ({theirs['source']}): {theirs['cases']} cases"]
    lines += accuracy_rows(theirs["results"], [
        ("value accuracy", "value_accuracy", pct), ("span accuracy", "span_accuracy", pct)])

    lines += ["", f"3. throughput: corpus.build({speed['size']:,}, seed={CORPUS_SEED}), "
                  f"{speed['chars']:,} chars in {speed['paragraphs']:,} paragraphs, fed a paragraph a call"]
    for name in names:
        r = speed["results"][name]
        lines.append(f"  {name:<12}{rate(r['chars_per_second']):>12} chars/s  best of {r['runs']}"
                     f" ({r['best_seconds']:.2f} s, {r['quantities']:,} quantities)")

    sections = [("the case table", table), ("the held-out table", held), ("quantulum3's cases", theirs)]
    crashes = [(f"{name} on {where}", result) for where, section in sections
               for name, result in section["results"].items() if result["errors"]]
    if crashes:
        lines.append("")
    for label, result in crashes:
        lines.append(f"note: {label}: {result['errors']} case(s) raised and count as wrong; "
                     f"first: {result['failures'][0]}")

    targets = report["targets"]
    lines += ["", f"value accuracy {pct(targets['value_accuracy'])} (target >= {VALUE_TARGET:.0%})",
              f"throughput ratio: {targets['throughput_ratio']:.1f}x (target >= {RATIO_TARGET:g}x)"]
    return "\n".join(lines)


# --- main ---------------------------------------------------------------------------------------

def run(args: argparse.Namespace) -> dict:
    """Every measurement, as one JSON-ready dict."""
    parser = quantulum_parser()
    cases = load_cases(args.cases)
    held_out = load_cases(args.held_out)
    their_cases = load_quantulum_cases()
    tools = [numcheck_tool(), quantulum_tool(parser)]
    progress("warming up both tools")
    for tool in tools:
        tool.extract("About 3.5 km, or 45% of 2,000 people.", "en")

    table_results, held_out_results, their_results = {}, {}, {}
    for tool in tools:
        progress(f"{tool.name}: {len(cases)} cases from {args.cases}")
        table_results[tool.name] = score(tool, cases, with_units=tool.scores_units)
        progress(f"{tool.name}: {len(held_out)} held-out cases from {args.held_out}")
        held_out_results[tool.name] = score(tool, held_out, with_units=tool.scores_units)
        progress(f"{tool.name}: {len(their_cases)} quantulum3 test cases")
        their_results[tool.name] = score(tool, their_cases, with_units=False)

    progress(f"building the corpus ({args.size:,} chars)")
    paragraphs = load_corpus_module().build(args.size, seed=CORPUS_SEED).split("\n\n")
    speed = {}
    for tool in tools:
        speed[tool.name] = throughput(tool, paragraphs, args.repeat or tool.corpus_passes)

    return {
        "versions": {"numcheck": tools[0].version, "quantulum3": tools[1].version,
                     "python": platform.python_version()},
        "case_table": {
            "path": str(args.cases),
            "cases": len(cases),
            "en_cases": sum(c.locale == "en" for c in cases),
            "chars": sum(len(c.text) for c in cases),
            "category_sizes": dict(sorted(Counter(c.category for c in cases).items())),
            "results": table_results,
        },
        "held_out_table": {"path": str(args.held_out), "cases": len(held_out), "results": held_out_results},
        "quantulum_cases": {"source": f"quantulum3/{QUANTULUM_CASES}", "cases": len(their_cases),
                            "results": their_results},
        "throughput": {"size": args.size, "seed": CORPUS_SEED, "paragraphs": len(paragraphs),
                       "chars": speed["numcheck"]["chars"], "results": speed},
        "targets": {
            "value_accuracy": table_results["numcheck"]["value_accuracy"],
            "value_accuracy_target": VALUE_TARGET,
            "throughput_ratio": speed["numcheck"]["chars_per_second"] / speed["quantulum3"]["chars_per_second"],
            "throughput_ratio_target": RATIO_TARGET,
        },
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=1_000_000,
                        help="throughput corpus size in characters (default 1,000,000)")
    parser.add_argument("--cases", type=Path, default=DEFAULT_CASES,
                        help="numcheck's case table, JSON lines (default tests/data/extraction.jsonl)")
    parser.add_argument("--held-out", type=Path, default=HELD_OUT_CASES,
                        help="a second case table written blind (default tests/data/extraction-heldout.jsonl)")
    parser.add_argument("--repeat", type=int, default=None,
                        help="timed corpus passes per tool, best kept (default 3 for numcheck, 1 for quantulum3)")
    parser.add_argument("--json", action="store_true", help="print one JSON object instead of the report")
    args = parser.parse_args(argv)
    if args.repeat is not None and args.repeat < 1:
        parser.error("--repeat must be at least 1")
    try:
        report = run(args)
    except BenchError as e:
        print(f"{parser.prog}: {e}", file=sys.stderr)
        return 2
    print(json.dumps(report, indent=2) if args.json else render(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
