"""The relate stage: figures and their text in, the relations the text claims out.

One rule per module, registered here by check id.
"""
from __future__ import annotations

from typing import Sequence

from ..document import Document
from ..model import Figure, Relation
from .approx import approximations
from .changes import changes
from .base import Rule, Sentences
from .compare import comparatives
from .means import means
from .conversions import conversions
from .pairs import pairs
from .shares import shares
from .sums import part_whole
from .tables import tables

RULES: dict[str, Rule] = {
    "sum": part_whole,
    "percent-sum": shares,
    "percent-of": pairs,
    "approx": approximations,
    "compare": comparatives,
    "conversion": conversions,
    "change": changes,
    "mean": means,
    "table-total": tables,
}


def relate(doc: Document, figures: Sequence[Figure], checks: Sequence[str] | None = None) -> list[Relation]:
    """Every relation the enabled rules find, each once, in order of their first figure."""
    sentences = Sentences.of(doc, figures)
    seen, out = set(), []
    for check, rule in RULES.items():
        if checks is not None and check not in checks:
            continue
        for relation in rule(sentences):
            key = (relation.check, tuple(f.start for f in relation.figures))
            if key not in seen:
                seen.add(key)
                out.append(relation)
    return sorted(_drop_echoes(out), key=lambda r: (min(f.start for f in r.figures), r.check))


def _drop_echoes(relations: list[Relation]) -> list[Relation]:
    """A one-part breakdown that an "n (%)" pair already relates says nothing new; nor do
    shares "at most 100%" that are a subset of other shares of the same whole."""
    pairs = {(r.role("whole")[0].start, r.role("part")[0].start) for r in relations
             if r.check == "percent-of" and r.role("whole")}
    shares = [frozenset(f.start for f in r.figures) for r in relations if r.check == "percent-sum"]
    return [r for r in relations
            if not (r.check == "sum" and len(r.figures) == 2 and (r.figures[0].start, r.figures[1].start) in pairs)
            and not (r.check == "percent-sum" and r.exhaustive is False
                     and any(frozenset(f.start for f in r.figures) < other for other in shares))]
