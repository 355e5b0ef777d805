"""Stretches of text whose digits are not quantities: dates, times, links, citations, codes."""
from __future__ import annotations

import regex

_MONTH = (r"(?-i:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
          r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")

NOT_QUANTITIES = regex.compile(
    rf"""
      (?: https?:// | www\. ) \S+                       # links
    | \b [\w.+-]+ @ [\w-]+ (?: \.[\w-]+ )+              # e-mail addresses
    | \b doi: \s* \S+ | \b 10\.\d{{4,9}}/\S+            # DOIs
    | \b \d{{4}}-\d{{2}}-\d{{2}} \b                     # ISO dates
    | \b \d{{1,2}}/\d{{1,2}}/\d{{2,4}} \b               # 3/14/2020
    | \b \d{{1,2}} (?: [:.]\d{{2}} )? \s? (?: [ap]\.m\.? | [ap]m\b )   # 7:49 a.m., 7pm
    | \b \d{{1,2}}:\d{{2}} (?: :\d{{2}} )? \b           # 14:30
    | \b {_MONTH} \s+ \d{{1,2}} \s? [-–] \s? \d{{1,2}} \b (?: ,? \s+ \d{{4}} )?   # March 24-30, 1999
    | \b \d{{1,2}} \s? [-–] \s? \d{{1,2}} \s+ {_MONTH} (?! \w ) (?: ,? \s+ \d{{4}} )?   # 24-30 March
    | \b {_MONTH} \s+ \d{{1,2}} (?: st|nd|rd|th )? \b (?: ,? \s+ \d{{4}} )?   # April 12, 1934
    | \b \d{{1,2}} (?: st|nd|rd|th )? \s+ (?: of \s+ )? {_MONTH} (?! \w ) (?: ,? \s+ \d{{4}} )?   # 25 April
    | \b {_MONTH} \s+ \d{{4}} \b                        # April 2023
    | \b (?: 1[89] | 20 ) \d{{2}} \s? [-–/] \s? (?: (?: 1[89] | 20 ) \d{{2}} | \d{{2}} ) \b (?! \s? (?: %|per\s?cent ) )   # 2012-13, 1999–2004
    | \b ISBN (?: -1[03] )? :? \s* [\d-]{{10,17}}[\dX]?      # ISBN 978-0-...
    | \[ \s* \d+ (?: \s* [,;–—-] \s* \d+ )* \s* \]      # citations [1], [5, 8, 12–14]
    | (?<= [\p{{L}}] ) \( \d{{1,2}} \)                  # footnote markers: "per share (1)"
    | ^ [ \t]* \( \d{{1,2}} \) [ \t]                    # a footnote at line start
    | ^ [ \t]* \d{{1,2}} [.)] [ \t]                     # list numbering "2. The official ..."
    | \+ \d{{1,3}} [-\s] \d[\d\s-]{{6,}}                # phone numbers +98-5138591511
    | \b \d{{3}} [-.] \d{{3}} [-.] \d{{4}} \b           # 555-123-4567
    | \b v? \d+ \. \d+ \. \d+ (?: \.\d+ )* \b           # versions 3.11.7
    | \b \d+ \( \d+ \) : \s? \w+                         # journal volume(issue): pages
    | (?<= \p{{L}}{{2}}[.,;:] ) \d{{1,3}} (?: \s?[,–]\s?\d{{1,3}} )* (?= \s+\p{{Lu}} | \s*$ )   # superscripts "globally.2, 3 In"
    """,
    regex.VERBOSE | regex.MULTILINE | regex.IGNORECASE,
)


def excluded(text: str) -> list[tuple[int, int]]:
    """Spans of ``text`` whose numbers are not quantities."""
    return [m.span() for m in NOT_QUANTITIES.finditer(text)]
