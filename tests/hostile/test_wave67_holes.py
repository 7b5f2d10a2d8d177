"""Hostile input, wave 67: what the earlier red teams left, through the public entry points.

Expected outcome: every record of an archive meant as a page is an article or a failure row
(never passed over without one), and no input gives an untyped error or a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.batching.warcs import Record, article_html, http_response, write_warc

import newsextract
from newsextract.batching.warc import page_keys

URL = "https://news.example/2024/05/02/harbour-{n}"


def _page(n: int) -> Record:
    return Record(url=URL.format(n=n), block=http_response(article_html(f"Harbour {n}").encode()))


@pytest.mark.parametrize(
    "status_line",
    [b"HTTP/1.1 2", b"HTTP/1.1 20", b"HTTP/1.1 2000 OK", b"HTTP/1.1 020 OK"],
    ids=["cut-to-one-digit", "two-digits", "four-digits", "leading-zero"],
)
def test_a_response_whose_status_is_no_http_status_gives_a_row(
    status_line: bytes, tmp_path: Path
) -> None:
    # A lying Content-Length cuts the status line short ("HTTP/1.1 2"): FastWARC reads status
    # 2, which is no 2xx, and the record was passed over as an error answer, without a row.
    block = status_line + b"\r\nContent-Type: text/html\r\n\r\n" + article_html("Cut").encode()
    archive = tmp_path / "a.warc"
    offsets = write_warc(
        archive, [Record(url=URL.format(n=0), block=block), _page(1)], gzipped=False
    )
    items = list(newsextract.batch([str(archive)], workers=1))
    by_key = {item.input: item for item in items}
    assert set(by_key) == {f"{archive}#{offsets[0]}", f"{archive}#{offsets[1]}"}
    cut = by_key[f"{archive}#{offsets[0]}"].failure
    assert cut is not None and cut.stage == "read" and "no HTTP status line" in cut.message
    assert by_key[f"{archive}#{offsets[1]}"].article is not None
    assert set(page_keys(str(archive))) == set(by_key)  # --resume counts the same records


@pytest.mark.parametrize("status", [b"301 Moved", b"404 Not Found", b"999 Request denied"])
def test_a_three_digit_answer_other_than_2xx_is_still_no_page(
    status: bytes, tmp_path: Path
) -> None:
    block = b"HTTP/1.1 " + status + b"\r\nContent-Type: text/html\r\n\r\n<p>gone</p>"
    archive = tmp_path / "a.warc"
    offsets = write_warc(
        archive, [Record(url=URL.format(n=0), block=block), _page(1)], gzipped=False
    )
    items = list(newsextract.batch([str(archive)], workers=1))
    assert [item.input for item in items] == [f"{archive}#{offsets[1]}"]
