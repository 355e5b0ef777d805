"""Exceptions for misuse and I/O. Problems found in a document are findings, not exceptions."""
from __future__ import annotations


class NumcheckError(Exception):
    """Root of every error numcheck raises on purpose."""


class InputError(NumcheckError, ValueError):
    """A document that cannot be read: missing, binary, undecodable or too large."""


class UsageError(NumcheckError, ValueError):
    """An API or command-line call that cannot be carried out as asked."""
