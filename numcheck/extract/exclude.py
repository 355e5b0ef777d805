"""Stretches of text whose digits are not quantities: dates, times, links, citations, codes."""
from __future__ import annotations

import regex

_MONTH = (r"(?-i:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
          r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
_DAY = r"(?: 3[01] | [12]\d | 0?[1-9] )"

#: Each kind of stretch is its own pattern: one alternation of them all is three times slower,
#: because the regex engine can no longer skip ahead to where a pattern can start.
NOT_QUANTITIES = [regex.compile(p, regex.VERBOSE | regex.MULTILINE | regex.IGNORECASE) for p in (
    rf"(?: https?:// | www\. ) \S+",  # links
    rf"\b [\w.+-]+ @ [\w-]+ (?: \.[\w-]+ )+",  # e-mail addresses
    rf"\b doi: \s* \S+ | \b 10\.\d{{4,9}}/\S+",  # DOIs
    rf"\b \d{{4}}-\d{{2}}-\d{{2}} \b",  # ISO dates
    rf"\b \d{{1,2}}/\d{{1,2}}/\d{{2,4}} \b",  # 3/14/2020
    rf"(?<! [\d/.] ) \d{{1,2}}/\d{{1,2}} (?! [\d/] )",  # 24/7, 9/11, 7/10: dates, idioms, ratings ("3/4 of" is a share)
    rf"\b \d{{1,2}} (?: [:.]\d{{2}} )? \s? (?: [ap]\.m\.? | [ap]m\b )",  # 7:49 a.m., 7pm
    rf"\b \d{{1,2}}:\d{{2}} (?: :\d{{2}} )? \b",  # 14:30
    rf"\b {_MONTH} \s+ {_DAY} \s? [-–] \s? {_DAY} \b (?: ,? \s+ \d{{4}} )?",  # March 24-30, 1999
    rf"\b {_DAY} \s? [-–] \s? {_DAY} \s+ {_MONTH} (?! \w ) (?: ,? \s+ \d{{4}} )?",  # 24-30 March
    rf"\b {_MONTH} \s+ {_DAY} (?: st|nd|rd|th )? \b (?: ,? \s+ \d{{4}} )?",  # April 12, 1934
    rf"\b {_DAY} (?: st|nd|rd|th )? \s+ (?: of \s+ )? {_MONTH} (?! \w ) (?: ,? \s+ \d{{4}} )?",  # 25 April
    rf"\b {_MONTH} \s+ \d{{4}} \b",  # April 2023
    rf"\b (?: 1[89] | 20 ) \d{{2}} \s? [-–/] \s? (?: (?: 1[89] | 20 ) \d{{2}} | \d{{2}} ) \b (?! \s? (?: %|per\s?cent ) )",  # 2012-13, 1999–2004
    rf"\b (?: between | from ) \s+ (?: 1[89] | 20 ) \d{{2}} \s+ (?: and | to ) \s+ (?: 1[89] | 20 ) \d{{2}} \b",  # between 2015 and 2020
    rf"\b \d{{1,5}} \s+ (?-i: (?: \p{{Lu}}\p{{Ll}}+ \s+ ){{1,3}} (?: Street | St | Road | Rd | Avenue | Ave | Lane | Boulevard | Square | Place | Drive ) ) \b",  # 10 Downing Street
    rf"\b 0 \d{{2,4}} [\s-] \d{{3,4}} [\s-] \d{{3,4}} \b",  # a phone number with its area code: 020 7946 0958
    rf"\b ISBN (?: -1[03] )? :? \s* [\d-]{{10,17}}[\dX]?",  # ISBN 978-0-...
    rf"\[ \s* \d+ (?: \s* [,;–—-] \s* \d+ )* \s* \]",  # citations [1], [5, 8, 12–14]
    rf"(?<= [\p{{L}}] ) \( \d{{1,2}} \)",  # footnote markers: "per share (1)"
    rf"^ [ \t]* \( \d{{1,2}} \) [ \t]",  # a footnote at line start
    rf"^ [ \t]* \d{{1,2}} [.)] [ \t]",  # list numbering "2. The official ..."
    rf"\+ \d{{1,3}} [-\s] \d[\d\s-]{{6,}}",  # phone numbers +98-5138591511
    rf"\b \d{{3}} [-.] \d{{3}} [-.] \d{{4}} \b",  # 555-123-4567
    rf"\b v? \d+ \. \d+ \. \d+ (?: \.\d+ )* \b",  # versions 3.11.7
    rf"\b \d+ \( \d+ \) : \s? \w+",  # journal volume(issue): pages
    rf"(?<= \p{{L}}{{2}}[.,;:] ) \d{{1,3}} (?: \s?[,–]\s?\d{{1,3}} )* (?= \s+\p{{Lu}} | \s*$ )",  # superscripts "globally.2, 3 In"
)]


# Where "." groups thousands ("1.234.567" in German), dotted groups are a number, not a version.
_DOT_GROUPS = regex.compile(r"\d{1,3}(?:\.\d{3})+")


def excluded(text: str, dot_groups: bool = False) -> list[tuple[int, int]]:
    """Spans of ``text`` whose numbers are not quantities, disjoint and in order.

    ``dot_groups``: the locale groups thousands with "." ("1.234.567")."""
    spans = sorted(m.span() for p in NOT_QUANTITIES for m in p.finditer(text)
                   if not (dot_groups and _DOT_GROUPS.fullmatch(m.group())))
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged
