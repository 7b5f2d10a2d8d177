"""``explain --blocks``: the body's decision on every text block, in text."""

from __future__ import annotations

import pytest

from newsextract.cli import main

from .conftest import PAGES


def test_explain_blocks_lists_kept_and_dropped_blocks_with_reasons(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["explain", str(PAGES / "harbour_article.html"), "--blocks"]) == 0
    out = capsys.readouterr().out
    listing = out[out.index("\nblocks\n") + len("\nblocks\n") :].splitlines()
    kept = [line for line in listing if line.startswith("  + ")]
    dropped = [line for line in listing if line.startswith("  x ")]
    assert kept and dropped
    assert len(kept) + len(dropped) == len(listing)
    assert all(line.endswith(")") for line in dropped)  # each with its reason
    assert any("(outside the chosen content region)" in line for line in dropped)


def test_explain_without_blocks_lists_none(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["explain", str(PAGES / "harbour_article.html")]) == 0
    assert "\nblocks\n" not in capsys.readouterr().out
