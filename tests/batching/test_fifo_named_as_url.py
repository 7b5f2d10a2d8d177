"""A local file named as a URL (``file://``, ``local://``) went through fsspec, which opened
a FIFO so named blocking: the batch waited for ever on a pipe no program wrote. Such a path
is opened as a local one is, so a FIFO or a device is a ``NotRegularFileError`` row."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

import newsextract

from .warcs import article_html, fifo_beside_a_page

pytest.importorskip("fsspec")


def _outcomes(inputs: list[str]) -> dict[str, str | None]:
    return {
        item.input: item.failure.error_type if item.failure else None
        for item in newsextract.batch(inputs, workers=1)
    }


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs POSIX named pipes")
@pytest.mark.parametrize("name", ["page.html", "crawl.warc", "rows.jsonl"])
@pytest.mark.parametrize("scheme", ["file://", "local://"])
def test_a_fifo_named_as_a_url_is_refused(tmp_path: Path, name: str, scheme: str) -> None:
    with fifo_beside_a_page(tmp_path, name) as (fifo, good):
        result = _outcomes([f"{scheme}{fifo}", f"{scheme}{good}"])
    assert result == {f"{scheme}{fifo}": "NotRegularFileError", f"{scheme}{good}": None}


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_a_device_named_as_a_url_is_refused() -> None:
    # Before: read to the page cap (InputTooLargeError), 10 MB of zeros.
    assert _outcomes(["file:///dev/zero"]) == {"file:///dev/zero": "NotRegularFileError"}


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs POSIX named pipes")
def test_a_folder_named_as_a_url_holding_a_fifo(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "a.html")
    (tmp_path / "b.html").write_text(article_html("Good"))
    result = _outcomes([f"file://{tmp_path}"])
    assert result == {
        f"file://{tmp_path}/a.html": "NotRegularFileError",
        f"file://{tmp_path}/b.html": None,
    }
