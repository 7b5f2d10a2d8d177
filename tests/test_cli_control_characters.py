"""Round 13: the command line's one-line messages print no control character that hostile
input chose (a file name, a record's or a feed's URL), so none reaches the terminal."""

from __future__ import annotations

import io
import logging
from pathlib import Path

import pytest

from newsextract.cli import run_extract
from newsextract.cli_errors import _OneLineFormatter, describe, one_line, warn

ESCAPE = "\x1b]0;owned\x07"  # sets a terminal's title; others move the cursor, clear...


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        (f"a{ESCAPE}b", "a\\x1b]0;owned\\x07b"),
        ("right\u202eto left", "right\\u202eto left"),
        ("two\nlines\r\n  here", "two lines here"),
        ("café 記者 – ok", "café 記者 – ok"),
    ],
)
def test_one_line_escapes_what_does_not_print(text: str, shown: str) -> None:
    assert one_line(text) == shown


def test_a_failed_file_is_named_without_its_control_characters(tmp_path: Path) -> None:
    page = tmp_path / f"a{ESCAPE}b.html"
    page.write_bytes(b"\x00\x01\x02\x03" * 100)
    out, err = io.StringIO(), io.StringIO()
    assert run_extract([str(page)], "jsonl", out, err) == 1
    assert "\x1b" not in err.getvalue() and "\x07" not in err.getvalue()
    assert "a\\x1b]0;owned\\x07b.html: NotHTMLError" in err.getvalue()
    assert ESCAPE in out.getvalue() or "\\u001b" in out.getvalue()  # the row is JSON, escaped


def test_errors_and_warnings_are_escaped() -> None:
    err = io.StringIO()
    warn("newsextract", f"rule {ESCAPE} unused", err)
    assert err.getvalue() == "newsextract: WARNING: rule \\x1b]0;owned\\x07 unused\n"
    assert "\x1b" not in describe(FileNotFoundError(2, "No such file", f"x{ESCAPE}"))


def test_logged_warnings_are_escaped() -> None:
    record = logging.makeLogRecord(
        {"msg": "feed %s failed", "args": (ESCAPE,), "levelname": "WARNING"}
    )
    assert "\x1b" not in _OneLineFormatter("%(message)s").format(record)
