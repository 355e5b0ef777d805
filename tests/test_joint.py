"""Relations that share a figure are solved together: one value per figure for all of them."""
from __future__ import annotations

from fractions import Fraction as F

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import numcheck


def test_rounded_shares_that_hold_alone_but_not_together():
    # 485/1,000 = 48.5% rounds to 49% and 505/1,000 = 50.5% to 51%; 49% + 51% = 100%, so each
    # relation holds alone. With one value per figure the shares are 48.5 and 50.5, which
    # cannot make the 100% that men and women must.
    report = numcheck.check("Of 1,000 members, 485 (49%) were men, 505 (51%) women and 10 (1%) other.")
    assert report.ok  # 48.5 + 50.5 + 1.0 = 100 exactly: consistent together
    report = numcheck.check("Of 1,000 members, 485 (49%) were men and 505 (51%) women.")
    joint = [f for f in report.contradictions if "not together" in f.message]
    assert joint and {"485", "505", "49%", "51%"} <= {f.text for f in joint[0].figures}


def test_relations_keep_their_own_unknowns():
    # Two share lists over the same percentages each have their own remainder.
    text = "Of those asked, 1,200 people, or 52% said yes, 900 people, or 39% said no and 3% voted no."
    assert numcheck.check(text).ok


@settings(max_examples=60, deadline=None)
@given(st.integers(20, 5000), st.data())
def test_true_counts_with_rounded_shares_never_contradict(n, data):
    a = data.draw(st.integers(1, n - 1))
    b = n - a
    pa, pb = round(F(100 * a, n)), round(F(100 * b, n))
    text = f"Of {n:,} members, {a:,} ({pa}%) were men and {b:,} ({pb}%) were women."
    report = numcheck.check(text)
    assert report.ok, [f.message for f in report.contradictions]


@pytest.mark.parametrize("tolerance, low", [(0.1, F(270)), (F(1, 5), F(240)), ("0.05", F(285))])
def test_tolerance_is_exact_whatever_its_type(tolerance, low):
    (f,) = numcheck.extract("about 300", tolerance=tolerance)
    assert f.low == low and isinstance(f.low, F)


@pytest.mark.parametrize("tolerance", [-1, 1, "x", None])
def test_bad_tolerance_is_a_usage_error(tolerance):
    with pytest.raises(numcheck.UsageError):
        numcheck.check("about 300", tolerance=tolerance)


def test_one_check_may_be_named_as_a_string():
    report = numcheck.check("Of 250 patients, 130 (48%) were men.", checks="percent-of")
    assert [f.check for f in report.findings] == ["percent-of"]
