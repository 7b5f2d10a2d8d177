"""Hostile input, wave 77: what ``discover`` and ``crawl --store`` say of a URL an
``--include``/``--exclude`` regex stalled on (wave 76 set such a URL aside, unseen).

``discover``'s summary counted it among "skipped (not articles)": it is no verdict on the
URL, so it is now counted apart ("1 skipped (a regex ran too long)"). ``crawl --store``
left it to the library's log warning (shown only as Python's bare last-resort line, and
not at all where logging goes elsewhere): the crawl's summary now names it with the
reason, as ``crawl -o OUT`` does.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.hostile.test_wave76_discovery import stalling_sitemap

from newsextract.cli import main

__all__ = ["stalling_sitemap"]  # the fixture, shared with wave 76's tests

STALLED = "a" * 40 + "!"


def test_discovers_summary_counts_a_regex_stall_apart(
    stalling_sitemap: str, capsys: pytest.CaptureFixture[str]
) -> None:
    options = ["--delay", "0", "--include", "(a|aa)+$|harbour", "--format", "jsonl"]
    status = main(["discover", *options, stalling_sitemap])
    out, err = capsys.readouterr()
    assert status == 0, err
    assert STALLED + '"' in out and "the include regex ran past" in out  # its skipped row
    assert "1 skipped (a regex ran too long)" in err, err
    assert "skipped (not articles)" not in err, err


def test_crawl_into_a_store_names_a_url_it_set_aside(
    stalling_sitemap: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store = tmp_path / "news.sqlite"
    options = ["--delay", "0", "-j", "1", "--include", "(a|aa)+$|harbour"]
    main(["crawl", stalling_sitemap, "--store", str(store), *options])
    err = capsys.readouterr().err
    (line,) = [line for line in err.splitlines() if STALLED in line and "set aside" in line]
    assert line.startswith("newsextract crawl: ") and "include regex ran past" in line
