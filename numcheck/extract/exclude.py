"""Stretches of text whose digits are not quantities: dates, times, links, citations, codes."""
from __future__ import annotations

import regex

_MONTH = (r"(?-i:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
          r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
_DAY = r"(?: 3[01] | [12]\d | 0?[1-9] )"
# German, French and Spanish dates: "3. Oktober", "14 juillet", "12 de octubre"
_LOCAL_MONTH = (r"(?: Januar | Februar | März | April | Mai | Juni | Juli | August | September | Oktober | November"
                r" | Dezember | janvier | février | mars | avril | mai | juin | juillet | août | septembre | octobre"
                r" | novembre | décembre | enero | febrero | marzo | abril | mayo | junio | julio | agosto"
                r" | septiembre | octubre | noviembre | diciembre ) \b")

#: Each kind of stretch is its own pattern, tried only when the text holds one of its hints
#: (lower case; none: always). One alternation of them all is three times slower, because the
#: regex engine can no longer skip ahead to where a pattern can start.
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_LOCAL_MONTHS = ("jan", "fév", "feb", "mär", "mar", "avr", "abr", "mai", "may", "jun", "jui", "jul", "aoû", "ago",
                 "aug", "sep", "okt", "oct", "nov", "dez", "déc", "dic", "ene")
NOT_QUANTITIES = [(hints, regex.compile(p, regex.VERBOSE | regex.MULTILINE | regex.IGNORECASE)) for hints, p in (
    # links
    (("http", "www."), r"(?: https?:// | www\. ) \S+"),
    # e-mail addresses
    (("@",), r"\b [\w.+-]+ @ [\w-]+ (?: \.[\w-]+ )+"),
    # DOIs
    (("doi:", "10."), r"\b doi: \s* \S+ | \b 10\.\d{4,9}/\S+"),
    # ISO dates
    (("-",), r"\b \d{4}-\d{2}-\d{2} \b"),
    # 3/14/2020
    (("/",), r"\b \d{1,2}/\d{1,2}/\d{2,4} \b"),
    # 24/7, 9/11, 7/10: dates, idioms, ratings ("3/4 of" is a share)
    (("/",), r"(?<! [\d/.] ) \d{1,2}/\d{1,2} (?! [\d/] )"),
    # 7:49 a.m., 7pm
    (("am", "pm", "a.m", "p.m"), r"\b \d{1,2} (?: [:.]\d{2} )? \s? (?: [ap]\.m\.? | [ap]m\b )"),
    # 14:30
    ((":",), r"\b \d{1,2}:\d{2} (?: :\d{2} )? \b"),
    (_MONTHS, rf"\b {_MONTH} \s+ {_DAY} \s? [-–] \s? {_DAY} \b (?: ,? \s+ \d{{4}} )?"),  # March 24-30, 1999
    (_MONTHS, rf"\b {_DAY} \s? [-–] \s? {_DAY} \s+ {_MONTH} (?! \w ) (?: ,? \s+ \d{{4}} )?"),  # 24-30 March
    (_MONTHS, rf"\b {_MONTH} \s+ {_DAY} (?: st|nd|rd|th )? \b (?: ,? \s+ \d{{4}} )?"),  # April 12, 1934
    (_MONTHS, rf"\b {_DAY} (?: st|nd|rd|th )? \s+ (?: of \s+ )? {_MONTH} (?! \w ) (?: ,? \s+ \d{{4}} )?"),  # 25 April
    (_MONTHS, rf"\b {_MONTH} \s+ \d{{4}} \b"),  # April 2023
    # 3. Oktober 2024, 14 juillet, 12 de octubre de 2023
    (_LOCAL_MONTHS, rf"\b {_DAY} \.? \s+ (?: de \s+ )? {_LOCAL_MONTH} (?: \s+ (?: de \s+ )? \d{{4}} )?"),
    # 2012-13, 1999–2004
    (("-", "–", "/"), r"\b (?: 1[89] | 20 ) \d{2} \s? [-–/] \s? (?: (?: 1[89] | 20 ) \d{2} | \d{2} ) \b"
                      r" (?! \s? (?: %|per\s?cent ) )"),
    # between 2015 and 2020
    (("between", "from"), r"\b (?: between | from ) \s+ (?: 1[89] | 20 ) \d{2} \s+ (?: and | to ) \s+"
                           r" (?: 1[89] | 20 ) \d{2} \b"),
    # 10 Downing Street
    (("street", "st", "road", "rd", "avenue", "ave", "lane", "boulevard", "square", "place", "drive"),
     r"\b \d{1,5} \s+ (?-i: (?: \p{Lu}\p{Ll}+ \s+ ){1,3}"
     r" (?: Street | St | Road | Rd | Avenue | Ave | Lane | Boulevard | Square | Place | Drive ) ) \b"),
    # a phone number with its area code: 020 7946 0958
    (("0",), r"\b 0 \d{2,4} [\s-] \d{3,4} [\s-] \d{3,4} \b"),
    # ISBN 978-0-...
    (("isbn",), r"\b ISBN (?: -1[03] )? :? \s* [\d-]{10,17}[\dX]?"),
    # citations [1], [5, 8, 12–14]
    (("[",), r"\[ \s* \d+ (?: \s* [,;–—-] \s* \d+ )* \s* \]"),
    # footnote markers: "per share (1)"
    (("(",), r"(?<= [\p{L}] ) \( \d{1,2} \)"),
    # a footnote at line start
    (("(",), r"^ [ \t]* \( \d{1,2} \) [ \t]"),
    # list numbering "2. The official ..."
    ((), r"^ [ \t]* \d{1,2} [.)] [ \t]"),
    # phone numbers +98-5138591511
    (("+",), r"\+ \d{1,3} [-\s] \d[\d\s-]{6,}"),
    # 555-123-4567
    (("-", "."), r"\b \d{3} [-.] \d{3} [-.] \d{4} \b"),
    # versions 3.11.7
    ((".",), r"\b v? \d+ \. \d+ \. \d+ (?: \.\d+ )* \b"),
    # journal volume(issue): pages
    (("(",), r"\b \d+ \( \d+ \) : \s? \w+"),
    # superscripts "globally.2, 3 In"
    ((), r"(?<= \p{L}{2}[.,;:] ) \d{1,3} (?: \s?[,–]\s?\d{1,3} )* (?= \s+\p{Lu} | \s*$ )"),
)]


# Where "." groups thousands ("1.234.567" in German), dotted groups are a number, not a version.
_DOT_GROUPS = regex.compile(r"\d{1,3}(?:\.\d{3})+")


def excluded(text: str, dot_groups: bool = False) -> list[tuple[int, int]]:
    """Spans of ``text`` whose numbers are not quantities, disjoint and in order.

    ``dot_groups``: the locale groups thousands with "." ("1.234.567")."""
    lowered = text.lower()
    spans = sorted(m.span() for hints, p in NOT_QUANTITIES if not hints or any(h in lowered for h in hints)
                   for m in p.finditer(text) if not (dot_groups and _DOT_GROUPS.fullmatch(m.group())))
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged
