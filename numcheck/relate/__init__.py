"""The relate stage: figures and their text in, the relations the text claims out.

One rule per module, registered here by check id.
"""
from __future__ import annotations

from typing import Sequence

from ..document import Document
from ..model import Figure, Relation
from .approx import approximations
from .base import Rule, Sentences
from .compare import comparatives
from .pairs import pairs
from .shares import shares
from .sums import part_whole

RULES: dict[str, Rule] = {
    "sum": part_whole,
    "percent-sum": shares,
    "percent-of": pairs,
    "approx": approximations,
    "compare": comparatives,
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
    return sorted(out, key=lambda r: (min(f.start for f in r.figures), r.check))
