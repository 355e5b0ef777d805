"""numcheck: catch arithmetic errors in prose.

>>> report = check("Of 250 patients, 130 (48%) were men.")
>>> report.ok
False
>>> print(report.findings[0].message)
130 of 250 is 52.0%, not 48%, more than rounding allows
"""
from __future__ import annotations

import os
import stat
from fractions import Fraction
from typing import Sequence

from .document import Document, read_bytes
from .errors import InputError, NumcheckError, UsageError
from .extract import TOLERANCE
from .extract import extract as _extract
from .extract.locales import NAMES as LOCALES
from .model import Figure, Finding, Relation
from .relate import RULES, relate
from .report import Report
from .solve import solve

__all__ = ["check", "check_file", "extract", "Report", "Figure", "Relation", "Finding",
           "NumcheckError", "InputError", "UsageError", "RULES", "LOCALES"]
__version__ = "0.1.0"

#: Files larger than this are refused with an InputError.
MAX_BYTES = 10 * 1024 * 1024


def check(text: str | Document, *, tolerance: Fraction = TOLERANCE,
          checks: Sequence[str] | None = None, locale: str = "en") -> Report:
    """Check plain text: extract its figures, relate them, solve the relations, report.

    ``tolerance`` widens "about"/"nearly" figures (default 10%); ``checks`` limits the rules
    run (ids from ``RULES``; default all); ``locale`` says how numbers are written ("en",
    "de", "fr", "es": "1,234.5" or "1.234,5").
    """
    tolerance = _tolerance(tolerance)
    if isinstance(checks, str):
        checks = [checks]
    if isinstance(text, Document):
        doc = text
    elif isinstance(text, str):
        doc = Document(text)
    else:
        raise UsageError(f"check() takes a str, not {type(text).__name__}")
    if checks is not None and (unknown := set(checks) - set(RULES)):
        raise UsageError(f"unknown check(s): {', '.join(sorted(unknown))}; known: {', '.join(RULES)}")
    figures = _extract(doc, tolerance, _locale(locale))
    relations = relate(doc, figures, checks)
    return Report(doc, tuple(figures), tuple(relations), tuple(solve(relations)))


def check_file(path: str | os.PathLike, **options) -> Report:
    """Check a file (plain text, UTF-8); raises InputError when it cannot be read as text."""
    path = os.fspath(path)
    try:
        if not os.path.isdir(path) and os.path.exists(path) and not stat.S_ISREG(os.stat(path).st_mode):
            raise InputError(f"{path}: not a regular file")
        with open(path, "rb") as fh:
            data = read_limited(fh, path)
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory") from None
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None
    except OSError as e:
        raise InputError(f"{path}: {e.strerror or e}") from None
    return check(read_bytes(data, path), **options)


def extract(text: str, *, tolerance: Fraction = TOLERANCE, locale: str = "en") -> list[Figure]:
    """The figures in ``text``, in order (see ``Figure``); ``locale`` as for ``check``."""
    if not isinstance(text, str):
        raise UsageError(f"extract() takes a str, not {type(text).__name__}")
    return _extract(text, _tolerance(tolerance), _locale(locale))


def read_limited(fh, path: str) -> bytes:
    """At most ``MAX_BYTES`` from a binary stream; an InputError past that."""
    data = fh.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise InputError(f"{path}: over the limit of {MAX_BYTES:,} bytes")
    return data


def _locale(name) -> str:
    """A locale name numcheck reads, checked."""
    if name not in LOCALES:
        raise UsageError(f"unknown locale {name!r}; known: {', '.join(LOCALES)}")
    return name


def _tolerance(value) -> Fraction:
    """A tolerance as an exact Fraction in [0, 1); floats go through their decimal text."""
    try:
        t = Fraction(str(value)) if isinstance(value, float) else Fraction(value)
    except (TypeError, ValueError, ZeroDivisionError):
        raise UsageError(f"tolerance must be a number, not {value!r}") from None
    if not 0 <= t < 1:
        raise UsageError(f"tolerance must be at least 0 and below 1, not {value!r}")
    return t
