"""Properties that hold for any input: spans map back, checking never raises, consistent
arithmetic stays quiet, one changed figure is named, rounding never raises an alarm, and
unrelated text around a sentence changes nothing."""
from __future__ import annotations

import itertools
import math
from datetime import timedelta
from fractions import Fraction

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import numcheck

# No wall-clock assertions: a generous per-example deadline catches a hang or a blow-up
# (an example that takes seconds) without flaking on a slow machine.
FAST = settings(max_examples=60, deadline=timedelta(seconds=5), suppress_health_check=[HealthCheck.too_slow])
WIDE = settings(FAST, max_examples=150)

TOKENS = st.sampled_from([
    "Of the", "of whom", "of which", "respectively", "(", ")", ",", ".", ":", ";", "/", "%", " per cent",
    "about", "more than", "nearly", "up to", "and", "were", "said", "yes", "no", "undecided", "men", "women",
    "the rest", "higher than", "That is", "which", "$", "€", "£", "bn", " million", "m", "k", "fifty", "-",
    "seven", "a dozen", "One", "±", "+/-", "95% CI", "–", "p =", "n =", "under 18", "65 or older", "·",
    "\u2009", "1,", "000", "0.", "1999", "2019", "April", "7:49 a.m.", "[1, 2]", "COVID-19", "Table",
    "a third", "half", "a fifth", "two-thirds", "one in five", "over", "almost", "at least",
    "Mio.", "Mrd.", "milliards", "d'euros", "millones de", "‰", "bp", "pp", "points", "doubled", "fourfold",
    "twice", "3/4 of", "minus", "km", "°C", "m²", "pence", "p", "USD", "EUR", "between", "to", "K",
    "a couple of", "half a million", "M€", "1.234", "1 234", "0,5", "-fold", "2012-13", "March 3-4",
    "\n", "\n\n", " ", "  ",
])
NUMBER = st.one_of(st.integers(0, 100_000).map(str), st.decimals(0, 1000, places=2).map(str),
                   st.integers(0, 100).map(lambda n: f"{n}%"))
PROSE = st.one_of(
    st.lists(st.one_of(TOKENS, NUMBER), max_size=40).map(" ".join),
    st.lists(st.one_of(TOKENS, NUMBER), max_size=40).map("".join),
)
ANY_TEXT = st.one_of(st.text(), PROSE)


def assert_spans(text: str, figures) -> None:
    for f in figures:
        assert text[f.start : f.end] == f.text
        if f.low is not None:
            assert f.low <= f.value
        if f.high is not None:
            assert f.value <= f.high


@WIDE
@given(ANY_TEXT, st.sampled_from(numcheck.LOCALES))
def test_every_figure_maps_back_to_its_text(text, locale):
    figures = numcheck.extract(text, locale=locale)
    assert_spans(text, figures)
    assert all(a.end <= b.start for a, b in zip(figures, figures[1:]))  # in order, never overlapping


@WIDE
@given(ANY_TEXT)
def test_check_never_raises(text):
    report = numcheck.check(text)
    assert_spans(text, report.figures)
    for finding in report.findings:
        assert finding.kind in ("contradiction", "residual", "consistent")
        assert_spans(text, finding.figures)
    assert report.ok == (not report.contradictions)
    str(report), report.to_dict(), report._repr_html_()


QUALIFIED = ["", "about ", "over ", "almost ", "nearly ", "more than ", "at least ", "up to ", "under "]
FRACTIONS = ["half", "a third", "two-thirds", "a quarter", "a fifth", "one in five"]


def test_glossed_fractions_never_raise():
    """Every qualifier x fraction x gloss: one approx finding, never an exception (exhaustive, no hypothesis)."""
    for q, fraction, pct in itertools.product(QUALIFIED, FRACTIONS, (10, 20, 30, 35, 50, 55, 75)):
        report = numcheck.check(f"{q}{fraction} ({pct}%) of them left.".capitalize())
        assert [f.check for f in report.findings] == ["approx"]


def test_long_pathological_input_is_bounded():
    """Thousands of figures and separators: still one bounded run (deadline-free smoke)."""
    text = "Of the 1,000 staff, " + ", ".join(["1 were red"] * 300) + ". " + "1," * 2000 + "(" * 500
    report = numcheck.check(text)
    assert_spans(text, report.figures)


# Parts stay below 1800: a bare count from 1800 to 2100 before a verb ("2000 blue") is
# read as a year, a known gap (see test_relations.KNOWN_GAPS).
PART = st.integers(1, 1799)
# The verb is stated once: "60 were nurses and 45 were women" may overlap and is not summed.
SENTENCE = "Of the {} members, {} were red, {} blue and {} green."


@FAST
@given(PART, PART, PART)
def test_consistent_parts_stay_quiet(a, b, c):
    report = numcheck.check(SENTENCE.format(a + b + c, a, b, c))
    assert [(f.check, f.kind) for f in report.findings] == [("sum", "consistent")]


@FAST
@given(st.lists(st.integers(1, 1000), min_size=3, max_size=3), st.integers(0, 2), st.integers(1, 700))
def test_changed_part_is_named(parts, i, delta):
    total = sum(parts)
    parts[i] += delta  # now the parts exceed the total
    text = SENTENCE.format(total, *parts)
    (finding,) = numcheck.check(text).contradictions
    assert finding.check == "sum"
    changed = text.index(f" {parts[i]} {('were red', 'blue', 'green')[i]}") + 1
    assert changed in [f.start for f in finding.figures]
    assert (finding.stated, finding.expected, finding.difference) == (total, total + delta, -delta)


@FAST
@given(PART, PART, PART, st.integers(1, 500))
def test_changed_total_is_named(a, b, c, delta):
    text = SENTENCE.format(a + b + c - min(delta, a + b + c - 1), a, b, c)
    (finding,) = numcheck.check(text).contradictions
    assert finding.figures[0].start == text.index(" members") - len(finding.figures[0].text)


def rounded(value: Fraction, places: int) -> str:
    """``value`` rounded half up to ``places`` decimals, exactly."""
    q = math.floor(value * 10**places + Fraction(1, 2))
    whole, rest = divmod(q, 10**places)
    return f"{whole}.{rest:0{places}d}" if places else str(whole)


@FAST
@given(st.lists(st.integers(0, 10_000), min_size=3, max_size=3).filter(lambda c: sum(c) > 0), st.integers(0, 2))
def test_rounded_shares_stay_consistent(counts, places):
    """Shares rounded to the places written always sum to 100 within their rounding."""
    shares = [rounded(Fraction(100 * c, sum(counts)), places) for c in counts]
    text = "In the poll, {}% said yes, {}% said no and {}% were undecided.".format(*shares)
    report = numcheck.check(text)
    assert [(f.check, f.kind) for f in report.findings] == [("percent-sum", "consistent")]


@FAST
@given(PART, st.data())
def test_rounded_percent_of_stays_consistent(whole, data):
    part = data.draw(st.integers(0, whole))
    places = data.draw(st.integers(0, 2))
    share = rounded(Fraction(100 * part, whole), places) + "%"
    report = numcheck.check(f"Of {whole} patients, {part} ({share}) were men.")
    assert [(f.check, f.kind) for f in report.findings if f.check == "percent-of"] == [("percent-of", "consistent")]


SENTENCES = [
    "Of the 120 staff, 70 were nurses and 60 doctors.",
    "Of the 120 staff, 60 were nurses and 40 doctors.",
    "In the poll, 52% said yes, 45% said no and 5% were undecided.",
    "Of 250 patients, 130 (48%) were men.",
    "About 100 ships sailed. Of the 97 ships, 50 were Dutch.",
    "Sales in Lyon were 250. That is more than the 300 sold in Paris.",
    "The team had 101 volunteers (60 women, 45 men).",
]
WORD = st.sampled_from("the weather was mild and streets were quiet while people walked home through "
                       "a long grey evening past the market town river bridge".split())
FILLER_SENTENCE = st.lists(WORD, min_size=1, max_size=12).map(lambda w: " ".join(w).capitalize() + ".")
FILLER = st.lists(FILLER_SENTENCE, min_size=1, max_size=4).map(" ".join)
GAP = st.sampled_from(["\n\n", " ", "\n"])


def signature(report, shift=0):
    return [(f.kind, f.check, f.message, tuple((x.text, x.start - shift) for x in f.figures))
            for f in report.findings]


@FAST
@given(st.sampled_from(SENTENCES), FILLER, FILLER, GAP, GAP)
def test_unrelated_text_changes_nothing(sentence, before, after, gap1, gap2):
    prefix = before + gap1
    alone = signature(numcheck.check(sentence))
    assert alone  # every sentence here has a finding to keep
    assert signature(numcheck.check(prefix + sentence + gap2 + after), shift=len(prefix)) == alone
