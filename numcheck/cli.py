"""The command line: ``numcheck check FILE...`` and ``numcheck explain "TEXT"``.

Exit codes: 0 no contradiction, 1 at least one contradiction, 2 usage or input error.
"""
from __future__ import annotations

import argparse
import contextlib
import json
import sys
from fractions import Fraction
from typing import Sequence, TextIO

from . import LOCALES, MAX_BYTES, __version__, check, check_file, read_limited
from .document import read_bytes
from .errors import NumcheckError
from .relate import RULES

OK, FOUND, ERROR = 0, 1, 2


class _Parser(argparse.ArgumentParser):
    """argparse that raises instead of exiting, so main() owns the exit code."""

    def error(self, message: str):
        raise NumcheckError(f"usage: {message} (see 'numcheck --help')")


def _parser() -> argparse.ArgumentParser:
    p = _Parser(prog="numcheck", description="Catch arithmetic errors in prose.")
    p.add_argument("--version", action="version", version=f"numcheck {__version__}")
    sub = p.add_subparsers(dest="command", required=True, parser_class=_Parser)
    c = sub.add_parser("check", help="check files ('-' reads standard input)")
    c.add_argument("paths", nargs="+", metavar="FILE")
    c.add_argument("--format", choices=("text", "json"), default="text")
    c.add_argument("--all", action="store_true", help="also print consistent findings")
    _options(c)
    e = sub.add_parser("explain", help="show the figures, relations and findings of a snippet")
    e.add_argument("text", metavar="TEXT")
    _options(e)
    return p


def _options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--tolerance", type=_fraction, default=None, metavar="T",
                   help='how far "about N" may stray, as a fraction of N (default 0.1)')
    p.add_argument("--checks", type=_checks, default=None, metavar="IDS",
                   help=f"comma-separated checks to run (default all: {','.join(RULES)})")
    p.add_argument("--locale", choices=LOCALES, default=None,
                   help='how numbers are written: en "1,234.5" (default), de/es "1.234,5", fr "1 234,5"')


def _fraction(s: str) -> Fraction:
    try:
        value = Fraction(s)
    except (ValueError, ZeroDivisionError):
        raise argparse.ArgumentTypeError(f"not a number: {s!r}") from None
    if not 0 <= value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 0 and below 1: {s!r}")
    return value


def _checks(s: str) -> list[str]:
    ids = [x.strip() for x in s.split(",") if x.strip()]
    unknown = [x for x in ids if x not in RULES]
    if unknown or not ids:
        raise argparse.ArgumentTypeError(f"unknown check {', '.join(unknown) or s!r}; known: {', '.join(RULES)}")
    return ids


def _settings(args) -> dict:
    out = {}
    if args.tolerance is not None:
        out["tolerance"] = args.tolerance
    if args.checks is not None:
        out["checks"] = args.checks
    if args.locale is not None:
        out["locale"] = args.locale
    return out


def _check(args, out: TextIO, err: TextIO, stdin) -> int:
    reports, failed = [], False
    if args.paths.count("-") > 1:
        raise NumcheckError("usage: '-' (standard input) may be given once")
    for path in args.paths:
        try:
            if path == "-":
                data = read_limited(stdin.buffer, "<stdin>") if hasattr(stdin, "buffer") else stdin.read(MAX_BYTES + 1).encode()
                reports.append(check(read_bytes(data, "<stdin>"), **_settings(args)))
            else:
                reports.append(check_file(path, **_settings(args)))
        except NumcheckError as e:  # one unreadable file does not stop the others
            err.write(f"numcheck: {e}\n")
            failed = True
    if args.format == "json":
        json.dump([r.to_dict() for r in reports], out, indent=2, ensure_ascii=False)
        out.write("\n")
    else:
        for r in reports:
            for line in r.lines(verbose=args.all):
                out.write(line + "\n")
    if failed:
        return ERROR
    return OK if all(r.ok for r in reports) else FOUND


def _explain(args, out: TextIO) -> int:
    report = check(args.text, **_settings(args))
    out.write("figures:\n")
    for f in report.figures:
        interval = f"[{_num(f.low)}, {_num(f.high)}]"
        extras = ", ".join(f"{k} {v}" for k, v in (("unit", f.unit), ("qualifier", f.qualifier), ("label", f.label)) if v)
        out.write(f"  {f.start}-{f.end} {f.text!r} = {_num(f.value)} {interval}" + (f" ({extras})" if extras else "") + "\n")
    out.write("relations:\n")
    for r in report.relations:
        roles = ", ".join(f"{role} {f.text}" for f, role in zip(r.figures, r.roles))
        kind = "" if r.exhaustive is None else (" exhaustive" if r.exhaustive else " not exhaustive")
        out.write(f"  {r.check}{kind}: {roles}\n    {r.relation}\n")
    out.write("findings:\n")
    for line in report.lines(verbose=True):
        out.write("  " + line.split(": ", 1)[1] + "\n")
    return OK if report.ok else FOUND


def _num(v: Fraction | None) -> str:
    if v is None:
        return "open"
    return str(v.numerator) if v.denominator == 1 else f"{v} ({float(v):g})"


def main(argv: Sequence[str] | None = None, out: TextIO | None = None, err: TextIO | None = None,
         stdin=None) -> int:
    """Run the command line; returns the exit code instead of exiting."""
    out, err, stdin = out or sys.stdout, err or sys.stderr, stdin or sys.stdin
    try:
        with contextlib.redirect_stdout(out):  # --help and --version print, then exit
            args = _parser().parse_args(argv)
        if args.command == "check":
            return _check(args, out, err, stdin)
        return _explain(args, out)
    except NumcheckError as e:
        err.write(f"numcheck: {e}\n")
        return ERROR
    except KeyboardInterrupt:
        err.write("numcheck: interrupted\n")
        return ERROR
    except BrokenPipeError:
        return ERROR
    except SystemExit as e:  # --help, --version
        return e.code if isinstance(e.code, int) else OK
    except Exception as e:  # a bug in numcheck: one line for the user, never a traceback
        err.write(f"numcheck: internal error: {type(e).__name__}: {e} (please report this with the input)\n")
        return ERROR

