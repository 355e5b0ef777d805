"""The report stage: a ``Report`` holds everything a check found, and shows it as text, JSON
(``to_dict``) or HTML for notebooks."""
from __future__ import annotations

import html
from dataclasses import dataclass
from typing import Any

from .document import Document
from .model import CONSISTENT, CONTRADICTION, KINDS, RESIDUAL, Figure, Finding, Relation, number

SCHEMA = "numcheck.report/1"


@dataclass(frozen=True, slots=True)
class Report:
    """The findings for one document, with the figures and relations behind them."""

    document: Document
    figures: tuple[Figure, ...]
    relations: tuple[Relation, ...]
    findings: tuple[Finding, ...]

    @property
    def text(self) -> str:
        """The checked text; every offset points into it."""
        return self.document.text

    @property
    def path(self) -> str:
        return self.document.path

    @property
    def ok(self) -> bool:
        """True when no finding is a contradiction."""
        return not self.contradictions

    @property
    def contradictions(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.kind == CONTRADICTION)

    def counts(self) -> dict[str, int]:
        """How many findings of each kind."""
        return {k: sum(f.kind == k for f in self.findings) for k in KINDS}

    def location(self, finding: Finding) -> tuple[int, int]:
        """(line, column) of a finding: where its first figure is."""
        return self.document.position(min(f.start for f in finding.figures))

    def to_dict(self) -> dict[str, Any]:
        """A JSON-able dict; numbers are ints when whole, else exact decimal strings."""
        return {
            "schema": SCHEMA,
            "path": self.path,
            "ok": self.ok,
            "counts": self.counts(),
            "figures": [_figure(f, self.document) for f in self.figures],
            "findings": [_finding(x, self) for x in self.findings],
        }

    def lines(self, verbose: bool = False) -> list[str]:
        """One ``path:line:col: kind [check] message`` line per finding worth showing."""
        out = []
        for f in self.findings:
            if f.kind == CONSISTENT and not verbose:
                continue
            line, col = self.location(f)
            hint = f" (suggestion: {f.suggestion})" if f.suggestion else ""
            out.append(f"{self.path}:{line}:{col}: {f.kind} [{f.check}] {f.message}{hint}")
        return out

    def __str__(self) -> str:
        c = self.counts()
        summary = (f"{self.path}: {len(self.figures)} figures, {len(self.relations)} relations: "
                   f"{c[CONTRADICTION]} contradiction(s), {c[RESIDUAL]} residual(s), {c[CONSISTENT]} consistent")
        return "\n".join(self.lines(verbose=True) + [summary])

    def _repr_html_(self) -> str:
        worst: dict[int, str] = {}
        rank = {k: i for i, k in enumerate(KINDS)}
        for finding in self.findings:
            for fig in finding.figures:
                if fig.start not in worst or rank[finding.kind] < rank[worst[fig.start]]:
                    worst[fig.start] = finding.kind
        colours = {CONTRADICTION: "#f8c4c4", RESIDUAL: "#fde9a9", CONSISTENT: "#c9ecc9"}
        parts, pos = [], 0
        for fig in self.figures:
            parts.append(html.escape(self.text[pos : fig.start]))
            colour = colours.get(worst.get(fig.start, ""), "#e6e6e6")
            title = html.escape(f"{fig.value} [{fig.low}, {fig.high}] {fig.unit or ''} {fig.label or ''}")
            parts.append(f'<mark style="background:{colour}" title="{title}">{html.escape(fig.text)}</mark>')
            pos = fig.end
        parts.append(html.escape(self.text[pos:]))
        items = "".join(f"<li><b>{f.kind}</b> [{f.check}] {html.escape(f.message)}</li>" for f in self.findings)
        return f'<div style="white-space:pre-wrap">{"".join(parts)}</div><ul>{items}</ul>'


def _figure(f: Figure, doc: Document) -> dict[str, Any]:
    line, col = doc.position(f.start)
    return {"text": f.text, "start": f.start, "end": f.end, "line": line, "column": col,
            "value": number(f.value), "low": number(f.low), "high": number(f.high),
            "unit": f.unit, "qualifier": f.qualifier, "label": f.label}


def _finding(x: Finding, report: Report) -> dict[str, Any]:
    line, col = report.location(x)
    return {"kind": x.kind, "check": x.check, "message": x.message, "line": line, "column": col,
            "figures": [_figure(f, report.document) for f in x.figures],
            "stated": number(x.stated), "expected": number(x.expected),
            "difference": number(x.difference), "suggestion": x.suggestion}
