"""Regression tests for the holes the fuzz targets of this folder found, one a hole, each
named for it (the fix's commit message names it too)."""

from __future__ import annotations

from pathlib import Path

import pytest

import newsextract


@pytest.mark.parametrize("key", ["missing-crawl.warc.gz#18324", "missing-notes.jsonl:12"])
def test_a_record_key_of_a_missing_file_fails_under_its_own_key(
    key: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Keyed by the file alone, the failure's row matched no listed input, and a resumed run
    # (which skips the keys written) read the record again.
    monkeypatch.chdir(tmp_path)
    (item,) = newsextract.batch([key], workers=1)
    assert item.input == key
    assert item.failure is not None and item.failure.error_type == "FileNotFoundError"
