"""The command line, as golden output: ``cli.main(argv, out, err, stdin)`` returns the exit
code (0 clean, 1 contradiction, 2 usage or input error) instead of exiting."""
from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from types import SimpleNamespace

import pytest

import numcheck
from numcheck import cli

TWO_ERRORS = ("Of the 120 staff, 70 were nurses and 60 doctors.\n"
              "Nothing to see on this line.\n"
              "  Of 250 patients, 130 (48%) were men.\n")
TWO_ERRORS_OUT = (
    "{0}:1:8: contradiction [sum] 70 (nurses) + 60 (doctors) = 130, more than the total 120 (by 10)"
    " (suggestion: 120 → 130)\n"
    "{0}:3:6: contradiction [percent-of] 130 of 250 is 52.0%, not 48%, more than rounding allows"
    " (suggestion: 130 → 120)\n"
)
STAFF_LINE = "{0}:1:8: residual [sum] 60 (nurses) + 40 (doctors) = 100 of 120 staff: 20 not attributed\n"
RESIDUAL = "Of the 120 staff, 60 were nurses and 40 doctors.\nOf the 10 cats, 4 were black and 6 white.\n"


def run(*argv: str, stdin=None) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = cli.main(list(argv), out=out, err=err, stdin=stdin)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture(autouse=True)
def in_tmp(tmp_path, monkeypatch):
    """Run in an empty directory so paths print exactly as given."""
    monkeypatch.chdir(tmp_path)
    return tmp_path


def write(name: str, content: str | bytes) -> str:
    data = content.encode() if isinstance(content, str) else content
    with open(name, "wb") as fh:
        fh.write(data)
    return name


def test_contradictions_exit_1():
    write("report.txt", TWO_ERRORS)
    assert run("check", "report.txt") == (1, TWO_ERRORS_OUT.format("report.txt"), "")


def test_residual_alone_exits_0():
    write("staff.txt", RESIDUAL)
    assert run("check", "staff.txt") == (0, STAFF_LINE.format("staff.txt"), "")


def test_all_adds_consistent_findings():
    write("staff.txt", RESIDUAL)
    cats = "staff.txt:2:8: consistent [sum] 4 (black) + 6 (white) = 10, within the total 10 cats\n"
    assert run("check", "--all", "staff.txt") == (0, STAFF_LINE.format("staff.txt") + cats, "")


def test_clean_file_prints_nothing():
    write("calm.txt", "The weather was mild. Nobody counted anything.\n")
    assert run("check", "calm.txt") == (0, "", "")


def test_several_files_in_order():
    write("a.txt", TWO_ERRORS)
    write("b.txt", RESIDUAL)
    code, out, err = run("check", "b.txt", "a.txt")
    assert (code, err) == (1, "")
    assert out == STAFF_LINE.format("b.txt") + TWO_ERRORS_OUT.format("a.txt")


def test_crlf_and_bom_keep_line_and_column():
    write("win.txt", b"\xef\xbb\xbfFirst line.\r\nOf 250 patients, 130 (48%) were men.\r\n")
    code, out, _ = run("check", "win.txt")
    assert (code, out.split(": contradiction")[0]) == (1, "win.txt:2:4")


def test_checks_and_tolerance_options():
    write("ships.txt", "About 100 ships sailed. Of the 93 ships, 50 were Dutch.\n")
    assert run("check", "ships.txt")[0] == 0
    assert run("check", "--tolerance", "0.05", "ships.txt") == (
        1, "ships.txt:1:7: contradiction [approx] about 100 does not fit 93 (it allows 95 to 105)"
           " (suggestion: 93 → 95)\n"
           "ships.txt:1:32: residual [sum] 50 (Dutch) of 93 ships: 43 not attributed\n", "")
    assert run("check", "--tolerance", "0.05", "--checks", "sum", "ships.txt") == (
        0, "ships.txt:1:32: residual [sum] 50 (Dutch) of 93 ships: 43 not attributed\n", "")


@pytest.mark.parametrize("argv, message", [
    (["check", "missing.txt"], "numcheck: missing.txt: no such file\n"),
    (["check", "folder"], "numcheck: folder: is a directory\n"),
    (["check", "nul.bin"], "numcheck: nul.bin: looks like a binary file, not text\n"),
    (["check", "latin1.txt"], "numcheck: latin1.txt: not valid UTF-8 (byte 12: b'\\xe9')\n"),
    (["check", "--bogus", "ok.txt"], "numcheck: usage: unrecognized arguments: --bogus (see 'numcheck --help')\n"),
    ([], "numcheck: usage: the following arguments are required: command (see 'numcheck --help')\n"),
    (["check"], "numcheck: usage: the following arguments are required: FILE (see 'numcheck --help')\n"),
    (["check", "--format", "xml", "ok.txt"], "numcheck: usage: argument --format: invalid choice: 'xml' "
                                             "(choose from 'text', 'json') (see 'numcheck --help')\n"),
    (["check", "--tolerance", "2", "ok.txt"], "numcheck: usage: argument --tolerance: must be at least 0 "
                                              "and below 1: '2' (see 'numcheck --help')\n"),
    (["check", "--checks", "sums", "ok.txt"], "numcheck: usage: argument --checks: unknown check 'sums'; "
                                              "known: sum, percent-sum, percent-of, approx, compare, "
                                              "conversion, change, mean, table-total (see 'numcheck --help')\n"),
])
def test_errors_exit_2_with_one_line(argv, message):
    os.mkdir("folder")
    write("nul.bin", b"12 cats\x00\x01\x02")
    write("latin1.txt", "12 cats, caf\u00e9".encode("latin-1"))
    write("ok.txt", TWO_ERRORS)
    assert run(*argv) == (2, "", message)


def test_too_large_file_exits_2():
    with open("big.txt", "wb") as fh:
        fh.truncate(numcheck.MAX_BYTES + 1)  # sparse: nothing is written
    code, out, err = run("check", "big.txt")
    assert (code, out) == (2, "")
    assert err.startswith("numcheck: big.txt: ") and err.count("\n") == 1 and "limit" in err


def test_unreadable_file_does_not_stop_the_others():
    write("report.txt", TWO_ERRORS)
    assert run("check", "missing.txt", "report.txt") == (
        2, TWO_ERRORS_OUT.format("report.txt"), "numcheck: missing.txt: no such file\n")


@pytest.mark.parametrize("stdin", [
    SimpleNamespace(buffer=io.BytesIO(TWO_ERRORS.encode())),
    io.StringIO(TWO_ERRORS),
], ids=["bytes", "text"])
def test_dash_reads_stdin(stdin):
    assert run("check", "-", stdin=stdin) == (1, TWO_ERRORS_OUT.format("<stdin>"), "")


def test_stdin_invalid_utf8_exits_2():
    stdin = SimpleNamespace(buffer=io.BytesIO(b"12 caf\xe9s"))
    assert run("check", "-", stdin=stdin) == (2, "", "numcheck: <stdin>: not valid UTF-8 (byte 6: b'\\xe9')\n")


def test_json_format():
    write("report.txt", TWO_ERRORS)
    code, out, err = run("check", "--format", "json", "report.txt")
    assert (code, err) == (1, "")
    (data,) = json.loads(out)
    expected = numcheck.check_file("report.txt").to_dict()
    assert data.keys() == expected.keys() == {"schema", "path", "ok", "counts", "figures", "findings"}
    assert data == json.loads(json.dumps(expected))
    assert (data["ok"], data["counts"]) == (False, {"contradiction": 2, "residual": 0, "consistent": 0})
    assert [(f["line"], f["column"], f["check"]) for f in data["findings"]] == [(1, 8, "sum"), (3, 6, "percent-of")]


def test_explain_golden():
    code, out, err = run("explain", "Of 250 patients, 130 (48%) were men.")
    assert (code, err) == (1, "")
    assert out == (
        "figures:\n"
        "  3-6 '250' = 250 [250, 250] (label patients)\n"
        "  17-20 '130' = 130 [130, 130] (label men)\n"
        "  22-25 '48%' = 48 [95/2 (47.5), 97/2 (48.5)] (unit percent, label men)\n"
        "relations:\n"
        "  percent-of: part 130, whole 250, percent 48%\n"
        "    Eq(100*f17, f22*f3)\n"
        "findings:\n"
        "  contradiction [percent-of] 130 of 250 is 52.0%, not 48%, more than rounding allows"
        " (suggestion: 130 → 120)\n"
    )


def test_explain_shows_exhaustiveness_and_exits_0():
    code, out, _ = run("explain", "Of the 120 staff, 60 were nurses and 40 doctors.")
    assert code == 0
    assert "  sum not exhaustive: total 120, part 60, part 40\n    Eq(f7, _r + f18 + f37)\n" in out
    assert out.endswith("findings:\n  " + STAFF_LINE.format("<text>").split(": ", 1)[1])


def test_explain_nothing():
    assert run("explain", "No numbers here.") == (0, "figures:\nrelations:\nfindings:\n", "")


def test_version_returns_instead_of_exiting():
    assert run("--version") == (0, f"numcheck {numcheck.__version__}\n", "")


def test_help_returns_instead_of_exiting():
    code, out, err = run("--help")
    assert (code, err) == (0, "")
    assert out.startswith("usage: numcheck ") and "{check,explain}" in out


def test_open_ended_approximation_is_reported():
    code, out, err = run("explain", "Over a third (30%) of them left.")
    assert code == 1 and "contradiction [approx]" in out


def test_real_entry_point_leaves_input_untouched(tmp_path):
    path = tmp_path / "report.txt"
    path.write_bytes(TWO_ERRORS.encode())
    os.utime(path, ns=(1_000_000_000_000_000_000, 1_000_000_000_000_000_000))
    before = path.stat().st_mtime_ns
    done = subprocess.run([sys.executable, "-m", "numcheck", "check", "report.txt"], cwd=tmp_path,
                          capture_output=True, text=True, encoding="utf-8", timeout=120)
    assert (done.returncode, done.stdout, done.stderr) == (1, TWO_ERRORS_OUT.format("report.txt"), "")
    assert path.read_bytes() == TWO_ERRORS.encode()
    assert path.stat().st_mtime_ns == before
    assert sorted(os.listdir(tmp_path)) == ["report.txt"]


def test_internal_error_is_one_line_not_a_traceback(monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr("numcheck.cli.check", broken)
    code, out, err = run("explain", "Of 250 patients, 130 (52%) were men.")
    assert (code, out) == (2, "")
    assert err == "numcheck: internal error: RuntimeError: boom (please report this with the input)\n"


def test_stdin_may_be_read_once():
    code, out, err = run("check", "-", "-")
    assert (code, out) == (2, "") and err == "numcheck: usage: '-' (standard input) may be given once\n"


def test_a_device_is_refused_not_read():
    code, out, err = run("check", "/dev/zero")
    assert (code, out, err) == (2, "", "numcheck: /dev/zero: not a regular file\n")
