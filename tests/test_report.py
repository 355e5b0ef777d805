"""The report stage: ``ok``, the JSON-able ``to_dict``, the terminal ``__str__`` and the
notebook ``_repr_html_``."""
from __future__ import annotations

import html
import json
import re
from fractions import Fraction

import pytest

import numcheck

BAD = "Of the 120 staff, 70 were nurses and 60 doctors.\nOf 250 patients, 130 (48%) were men."
GOOD = "Of the 120 staff, 60 were nurses and 40 doctors. Of 250 patients, 130 (52%) were men."
NONE = "The weather was mild and nobody counted anything."


@pytest.mark.parametrize("text, ok, counts", [
    (BAD, False, {"contradiction": 2, "residual": 0, "consistent": 0}),
    (GOOD, True, {"contradiction": 0, "residual": 1, "consistent": 1}),
    (NONE, True, {"contradiction": 0, "residual": 0, "consistent": 0}),
])
def test_ok_and_counts(text, ok, counts):
    report = numcheck.check(text)
    assert report.ok is ok
    assert report.counts() == counts
    assert report.ok == (not any(f.kind == "contradiction" for f in report.findings))
    assert report.text == text and report.path == "<text>"


@pytest.mark.parametrize("text", [BAD, GOOD, NONE, "Sales: €2.5bn, about 31·1% (p = 0.04), 1\u2009234 units."])
def test_to_dict_is_json_and_round_trips(text):
    report = numcheck.check(text)
    data = report.to_dict()
    assert json.loads(json.dumps(data)) == data
    assert data["schema"] == "numcheck.report/1"
    assert (data["path"], data["ok"], data["counts"]) == ("<text>", report.ok, report.counts())
    assert len(data["figures"]) == len(report.figures) and len(data["findings"]) == len(report.findings)
    for row, fig in zip(data["figures"], report.figures):
        assert (row["text"], row["start"], row["end"]) == (fig.text, fig.start, fig.end)
        assert text[row["start"] : row["end"]] == row["text"]
        assert (row["line"], row["column"]) == report.document.position(fig.start)
        # whole numbers are ints, others exact decimal strings: both read back exactly
        for key in ("value", "low", "high"):
            exact = getattr(fig, key)
            assert (row[key] is None) if exact is None else Fraction(row[key]) == exact
            assert row[key] is None or isinstance(row[key], (int, str))
        assert (row["unit"], row["qualifier"], row["label"]) == (fig.unit, fig.qualifier, fig.label)
    for row, finding in zip(data["findings"], report.findings):
        assert (row["kind"], row["check"], row["message"]) == (finding.kind, finding.check, finding.message)
        assert [f["start"] for f in row["figures"]] == [f.start for f in finding.figures]
        assert row["suggestion"] == finding.suggestion
        assert (row["line"], row["column"]) == report.location(finding)


def test_to_dict_numbers():
    data = numcheck.check("Of 250 patients, 130 (48%) were men.").to_dict()
    (finding,) = data["findings"]
    assert (finding["stated"], finding["expected"], finding["difference"]) == (48, 52, -4)
    assert [(f["text"], f["low"], f["high"]) for f in finding["figures"]] == [
        ("130", 130, 130), ("250", 250, 250), ("48%", "47.5", "48.5")]
    assert (finding["line"], finding["column"]) == (1, 4)


def test_to_dict_open_interval():
    (row,) = numcheck.check("We counted more than 500 geese.").to_dict()["figures"]
    assert (row["value"], row["low"], row["high"], row["qualifier"]) == (500, 500, None, "more than")


def test_str_lists_every_finding_and_a_summary():
    report = numcheck.check(GOOD + "\n\n" + BAD)
    lines = str(report).splitlines()
    assert len(lines) == len(report.findings) + 1
    for line, finding in zip(lines, report.findings):
        line_no, col = report.location(finding)
        assert line.startswith(f"<text>:{line_no}:{col}: {finding.kind} [{finding.check}] {finding.message}")
    assert lines[-1] == "<text>: 12 figures, 4 relations: 2 contradiction(s), 1 residual(s), 1 consistent"
    assert "(suggestion: 120 → 130)" in str(report)


def test_str_of_nothing():
    summary = "<text>: 0 figures, 0 relations: 0 contradiction(s), 0 residual(s), 0 consistent"
    assert str(numcheck.check(NONE)) == summary


def test_lines_hide_consistent_unless_verbose():
    report = numcheck.check(GOOD)
    assert [line.split(": ")[1].split(" ")[0] for line in report.lines()] == ["residual"]
    assert len(report.lines(verbose=True)) == 2


HOSTILE = ('<script>alert("x")</script> Of 250 patients, 130 (48%) were men & women. '
           '<img src=x onerror=alert(2)> Of the 120 staff, 60 were nurses and 40 doctors.')


def test_html_escapes_the_text():
    out = numcheck.check(HOSTILE)._repr_html_()
    assert "<script>" not in out and "<img" not in out
    assert "&lt;script&gt;" in out and "&amp; women" in out
    body = re.fullmatch(r'<div style="white-space:pre-wrap">(.*)</div><ul>(.*)</ul>', out, re.S)
    assert body, out
    # drop the markup: what is left is the text, exactly
    assert html.unescape(re.sub(r"<[^>]*>", "", body.group(1))) == HOSTILE


def test_html_marks_figures_by_their_worst_finding():
    report = numcheck.check(HOSTILE)
    out = report._repr_html_()
    marks = re.findall(r'<mark style="background:(#[0-9a-f]{6})" title="[^"<>]*">([^<]*)</mark>', out)
    assert [text for _, text in marks] == [html.escape(f.text) for f in report.figures]
    colour = dict((text, c) for c, text in marks)
    assert colour["48%"] == colour["130"] == "#f8c4c4"  # contradiction
    assert colour["40"] == "#fde9a9"  # residual
    items = re.findall(r"<li><b>(\w+)</b> \[([\w-]+)\] ", out)
    assert items == [(f.kind, f.check) for f in report.findings]


def test_html_of_plain_text():
    assert numcheck.check("a < b").__class__._repr_html_(numcheck.check("a < b")) == (
        '<div style="white-space:pre-wrap">a &lt; b</div><ul></ul>')


def test_check_refuses_non_text():
    with pytest.raises(numcheck.UsageError):
        numcheck.check(b"12 cats")  # type: ignore[arg-type]


@pytest.mark.parametrize("content, error", [
    (b"12 cats\x00", "looks like a binary file"),
    (b"caf\xe9", "not valid UTF-8"),
])
def test_check_file_input_errors(tmp_path, content, error):
    path = tmp_path / "doc.txt"
    path.write_bytes(content)
    with pytest.raises(numcheck.InputError, match=error):
        numcheck.check_file(path)
    with pytest.raises(numcheck.InputError, match="no such file"):
        numcheck.check_file(tmp_path / "missing.txt")
    with pytest.raises(numcheck.InputError, match="is a directory"):
        numcheck.check_file(tmp_path)


def test_check_file_reports_positions_in_the_source(tmp_path):
    path = tmp_path / "doc.txt"
    path.write_bytes(b"\xef\xbb\xbfIntro line.\r\n\r\nOf 250 patients, 130 (48%) were men.\r\n")
    report = numcheck.check_file(path)
    (finding,) = report.contradictions
    assert report.path == str(path)
    assert report.location(finding) == (3, 4)
