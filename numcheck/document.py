"""The read stage: a ``Document`` is the checked text, its source position map and its sentences."""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field

import regex

from .errors import InputError

# Patterns used inline below, compiled once.
_NEWLINE = regex.compile(r"\n")


#: Larger inputs are refused rather than checked slowly.
MAX_CHARS = 10 * 1024 * 1024

# A sentence ends at . ! ? (or a closing quote after one) followed by space and a capital,
# digit or opening quote; abbreviations and initials are not ends.
_END = regex.compile(
    r"""
    (?<= [.!?] [”’"')\]]? )                 # terminal punctuation, maybe a closing quote
    (?<! \b(?:Mr|Mrs|Ms|Dr|Prof|St|Sr|Jr|No|Nos|Fig|Figs|Vol|vs|etc|approx|est|Inc|Ltd|Co|Corp|
            Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|e\.g|i\.e|U\.S|U\.K|p|pp|al|cf)\. )
    (?<! \b\p{Lu}\. )                        # an initial: "J. Smith", "U.S."
    \s+ (?= [\p{Lu}\p{N}“‘"'(\[*] )
    """,
    regex.VERBOSE,
)
_PARAGRAPH = regex.compile(r"\n[ \t]*\n+")
# A line that stands alone: a table row (with or without a leading pipe), a list item, a heading.
_STANDALONE = regex.compile(r"^[ \t]*(?:[|*#>-]|\d+[.)][ \t]|[•·–—])|^[^\n|]*\|[^\n|]*\|", regex.MULTILINE)


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of the text: a sentence or a paragraph."""

    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Document:
    """Plain text to check, where it came from, and its paragraphs and sentences."""

    text: str
    path: str = "<text>"
    _lines: tuple[int, ...] = field(init=False, repr=False)
    sentences: tuple[Span, ...] = field(init=False, repr=False)
    _starts: tuple[int, ...] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        if len(self.text) > MAX_CHARS:
            raise InputError(f"{self.path}: {len(self.text):,} characters is over the limit of {MAX_CHARS:,}")
        starts = [0] + [m.end() for m in _NEWLINE.finditer(self.text)]
        object.__setattr__(self, "_lines", tuple(starts))
        object.__setattr__(self, "sentences", tuple(_sentences(self.text)))
        object.__setattr__(self, "_starts", tuple(s.start for s in self.sentences))

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) of a character offset."""
        line = bisect.bisect_right(self._lines, offset) - 1
        return line + 1, offset - self._lines[line] + 1

    def sentence_index(self, offset: int) -> int:
        """Index of the sentence holding ``offset`` (the nearest before it, between sentences)."""
        return max(bisect.bisect_right(self._starts, offset) - 1, 0)


def _blocks(text: str):
    """Paragraph-like blocks: split at blank lines (unless a sentence runs on across them)
    and at each line that stands alone (table rows, list items)."""
    start = 0
    for m in _PARAGRAPH.finditer(text):
        before, after = text[start : m.start()].rstrip(), text[m.end() : m.end() + 1]
        runs_on = before and before[-1] not in ".!?:”\"|" and after.islower()
        if not runs_on:
            yield from _lines_of(text, start, m.start())
            start = m.end()
    yield from _lines_of(text, start, len(text))


def _lines_of(text: str, start: int, end: int):
    """Split a block further where its lines are table rows or list items."""
    pos = start
    for m in _NEWLINE.finditer(text[start:end]):
        cut = start + m.end()
        if _STANDALONE.match(text, cut) or _STANDALONE.match(text, pos):
            yield pos, cut - 1
            pos = cut
    yield pos, end


def _sentences(text: str):
    for start, end in _blocks(text):
        pos = start
        for m in _END.finditer(text, start, end):
            if text[pos : m.start()].strip():
                yield Span(pos, m.start())
            pos = m.end()
        if text[pos:end].strip():
            yield Span(pos, end)


def read_bytes(data: bytes, path: str) -> Document:
    """Decode a file's bytes as UTF-8 text (BOM allowed), refusing binary content."""
    if b"\x00" in data[:8192]:
        raise InputError(f"{path}: looks like a binary file, not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise InputError(f"{path}: not valid UTF-8 (byte {e.start}: {data[e.start:e.start + 1]!r})") from None
    return Document(text.replace("\r\n", "\n").replace("\r", "\n"), path)
