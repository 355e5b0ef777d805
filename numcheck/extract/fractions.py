"""Verbal fractions as shares: "a fifth", "two-thirds", "almost half", "one in five".

A verbal fraction is a loose share: it becomes a percentage figure ("a fifth" is 20%) that
is approximate by nature, so it is qualified "about" and widened by twice the tolerance
unless a qualifier of its own says otherwise ("over a third" is more than 33.3%, "almost
half" is 40% to 50%).
"""
from __future__ import annotations

from fractions import Fraction

import regex

from ..model import Figure
from .context import Context, qualifier_before, widen
from .vocab import TENS_WORDS, UNITS_WORDS

# Patterns used inline below, compiled once.
_SHARE_OF = regex.compile(r"(?i)\s+of\b|\s*\(\s*\d")


_DENOMINATORS = {"half": 2, "halve": 2, "third": 3, "quarter": 4, "fourth": 4, "fifth": 5, "sixth": 6,
                 "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10}
_NUMERATOR = r"a|an|one|two|three|four|five|six|seven|eight|nine"
_DENOMINATOR = r"halves|half|thirds?|quarters?|fourths?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?"
_SMALL = r"one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3}(?:,\d{3})*"
_ORDINAL_NOUNS = (r"(?: time | term | year | month | week | day | round | place | consecutive | straight | successive"
                  r" | party | wave | dose | attempt | season | game | match | set | stage | generation | option"
                  r" | country | person | reading | edition | quarter | leg | seed | goal | try | test ) s? \b")
_HALF_OF_TIME = r"(?: first | second | latter | former | back | front | top | bottom | other | better )"
_EVENTS = (r"(?: minutes? | hours? | days? | weeks? | months? | years? | seasons? | games? | matches? | appearances?"
           r" | starts? | attempts? | innings | races? | tries | outings? | internationals? | caps? | fixtures? ) \b")
FRACTIONS = regex.compile(
    rf"""
    (?<! [\p{{L}}\p{{N}}-] )
    (?:
        # a fifth, two-thirds (not "and a half", nor the ordinal of "a third month")
        (?<! \band[\s-] ) (?P<num> {_NUMERATOR} ) [\s-]+ (?P<den> {_DENOMINATOR} ) (?! \s+ {_ORDINAL_NOUNS} )
        # (almost) half (of), not "half a million", "the first half"
      | (?<! \band\s+an?\s | \b{_HALF_OF_TIME}\s ) (?P<half> half )
        (?! \s+ an? \s+ (?: dozen | hundred | thousand | million | billion ) \b )
        # one in five, not "2 in 5 minutes" or "9 in 15 games": a tally over events
      | (?P<n> {_SMALL} ) \s+ (?:in|out\ of) \s+ (?:every\s+)? (?P<d> {_SMALL} | hundred ) (?! \s+ {_EVENTS} )
      | (?<! [/.,] ) (?P<sn> \d ) / (?P<sd> \d{{1,2}} ) (?= \s+ of \b ) (?! /)              # 3/4 of
    )
    (?! [\p{{L}}\p{{N}}] | -\p{{L}} | \s*-?\s*times?\b | \s+ of \s+ an? \s )   # "a quarter of a century"
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
_HALF_QUALIFIED = regex.compile(r"(?i)\b(?:almost|nearly|about|around|roughly|over|more than|less than|under|just over|just under|some|close to)\s+$")


def fraction_figures(ctx: Context) -> list[Figure]:
    """Every verbal fraction in the text, as an approximate percentage."""
    out = []
    for m in FRACTIONS.finditer(ctx.text):
        share = _share(m)
        if share is None or not 0 < share <= 1:
            continue
        if m.group("half") and not _HALF_QUALIFIED.search(ctx.text[max(0, m.start() - 20) : m.start()]):
            if not _SHARE_OF.match(ctx.text[m.end() : m.end() + 6]):
                continue  # "half the time", "the first half": idioms, not shares
        value = 100 * share
        lead = ctx.text[max(0, m.start() - 60) : m.start()]
        qualifier = qualifier_before(lead, ctx.text[m.end() : m.end() + 40], ctx.locale) or "about"
        low, high = widen(value, value, value, qualifier, 2 * ctx.tolerance)
        out.append(Figure(m.group(), m.start(), m.end(), value, low, high, "percent", qualifier, None))
    return out


#: Verbs and adverbs of multiplication, as a factor: "doubled", "halved", "fourfold", "twice".
_MULTIPLES = {"doubled": 2, "tripled": 3, "trebled": 3, "quadrupled": 4, "quintupled": 5, "halved": Fraction(1, 2),
              "twice": 2, "thrice": 3}
_FOLD_WORDS = {**UNITS_WORDS, **{w: v for w, v in TENS_WORDS.items()}, "hundred": 100}
MULTIPLIERS = regex.compile(
    rf"""
    (?<! [\p{{L}}\p{{N}}.-] )
    (?: (?P<verb> {"|".join(_MULTIPLES)} )
      | (?P<fold> {"|".join(sorted(_FOLD_WORDS, key=len, reverse=True))} | \d{{1,3}} (?: \.\d{{1,2}} )? ) -? fold
    )
    (?! [\p{{L}}\p{{N}}] )
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
_MULTIPLIER_HINTS = ("fold", "doubled", "tripled", "trebled", "quadrupled", "quintupled", "halved", "twice", "thrice")
# "twice as many", "twice the size", "twice what it was", "twice 2019's level"
_MULTIPLE_OF = regex.compile(r"(?i)^\s+(?:as|the|that|what|its|their|his|her|our|my|your|this|these|those|[$€£]?\d)\b")


def multiplier_figures(ctx: Context) -> list[Figure]:
    """Every word of multiplication ("doubled", "fourfold", "twice as many"), as a factor."""
    out: list[Figure] = []
    lowered = ctx.text.lower()
    if not any(word in lowered for word in _MULTIPLIER_HINTS):
        return out  # a substring test is ten times cheaper than scanning with the pattern
    for m in MULTIPLIERS.finditer(ctx.text):
        if m.group("verb"):
            word = m.group("verb").lower()
            if word in ("twice", "thrice") and not _MULTIPLE_OF.match(ctx.text[m.end() : m.end() + 12]):
                continue  # "twice a week", "she scored twice": how often, not how many times as much
            value = Fraction(_MULTIPLES[word])
        else:
            fold = m.group("fold").lower()
            value = Fraction(fold) if fold[0].isdigit() else Fraction(_FOLD_WORDS[fold])
        lead = ctx.text[max(0, m.start() - 60) : m.start()]
        qualifier = qualifier_before(lead, "", ctx.locale)
        low, high = widen(value, value, value, qualifier, ctx.tolerance)
        out.append(Figure(m.group(), m.start(), m.end(), value, low, high, "times", qualifier, None))
    return out


def _share(m: regex.Match) -> Fraction | None:
    if m.group("half"):
        return Fraction(1, 2)
    if m.group("num"):
        num = m.group("num").lower()
        n = 1 if num in ("a", "an") else UNITS_WORDS[num]
        den = m.group("den").lower().rstrip("s")
        return Fraction(n, _DENOMINATORS["half" if den.startswith("hal") else den])
    if m.group("sn"):
        n, d = int(m.group("sn")), int(m.group("sd"))
        return Fraction(n, d) if 0 < n < d <= 12 else None
    n, d = (_small(m.group(g)) for g in ("n", "d"))
    return Fraction(n, d) if n and d else None


def _small(word: str) -> int | None:
    w = word.lower().replace(",", "")
    if w.isdigit():
        return int(w)
    return 100 if w == "hundred" else UNITS_WORDS.get(w, 10 if w == "ten" else None)
