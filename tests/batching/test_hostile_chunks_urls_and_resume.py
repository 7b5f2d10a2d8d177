"""Round 13 of the hostile batch inputs: a chunked payload whose chunk size is negative hung
its worker, record and row URLs with other schemes became the article's address, and a
response record without an HTTP head was passed over without a row."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

import newsextract
from hang_guard import finishes, raised
from newsextract.batching.inputs import MAX_INPUT_CHARS
from newsextract.batching.results import BatchItem
from newsextract.batching.resume import done_keys
from newsextract.batching.tasks import PageTask
from newsextract.batching.warc import page_keys, read_warc, undo_codings
from newsextract.cli import main

from .warcs import Record, article_html, page, write_warc

ARTICLE = article_html("Harbour plan").encode()


@pytest.mark.parametrize("size", [b"-6", b"-1", b"+5", b"0x5", b"5_0", b" ", b"\xd9\xa5"])
def test_a_chunk_size_that_is_no_hex_number_leaves_the_payload_as_it_is(size: bytes) -> None:
    """``-6`` sent the reader back to the start of the payload, forever, its output growing
    each turn; the others are no sizes either (``int`` takes signs, ``_`` and other digits)."""
    payload = size + b"\r\n" + ARTICLE
    assert finishes(lambda: undo_codings(payload, ("chunked",))) == payload


def test_chunks_are_still_joined() -> None:
    chunked = b"5;ext=1\r\n<p>ab\r\nA\r\n</p><p>c</\r\n2\r\np>\r\n0\r\n\r\n"
    assert undo_codings(chunked, ("chunked",)) == b"<p>ab</p><p>c</p>"


def test_a_record_with_a_negative_chunk_size_is_one_row_and_the_next_is_read(
    tmp_path: Path,
) -> None:
    archive = tmp_path / "chunks.warc.gz"
    records = [
        page("https://e.org/bad", b"-6\r\n" + ARTICLE, headers=[("Transfer-Encoding", "chunked")]),
        page("https://e.org/good", ARTICLE),
    ]
    write_warc(archive, records, gzipped=True)
    items = finishes(lambda: list(newsextract.batch([str(archive)], workers=1)))
    assert [item.url for item in items] == ["https://e.org/bad", "https://e.org/good"]
    assert all(item.ok for item in items)


NOT_WEB = [
    "javascript:alert(1)",
    "file:///etc/passwd",
    "data:text/html,<h1>x</h1>",
    "http://[::1/",
    "http://e.org:99999/a",
    "https://e.org/a b",
]


def test_target_uris_that_are_no_web_address_are_not_the_articles(tmp_path: Path) -> None:
    # a target's spaces after its host are escaped, as a browser sends them (wave 70's tests)
    targets = [url for url in NOT_WEB if url != "https://e.org/a b"]
    archive = tmp_path / "schemes.warc"
    write_warc(archive, [page(url, ARTICLE) for url in targets], gzipped=False)
    items: list[BatchItem] = list(newsextract.batch([str(archive)], workers=1))
    assert len(items) == len(targets)
    for item in items:
        assert item.article is not None
        assert item.url is None
        assert item.article.url is None
        assert item.article.canonical_url is None


def test_a_jsonl_url_that_is_no_web_address_is_not_the_articles(tmp_path: Path) -> None:
    rows = tmp_path / "rows.jsonl"
    lines = [json.dumps({"html": ARTICLE.decode(), "url": url}) for url in NOT_WEB]
    rows.write_text("\n".join(lines) + "\n")
    items = list(newsextract.batch([str(rows)], workers=1))
    assert [item.url for item in items] == [None] * len(NOT_WEB)
    assert all(item.article and item.article.canonical_url is None for item in items)


def test_a_web_address_is_kept() -> None:
    assert PageTask(key="k", content="", url="  https://e.org/a?b=1 ").url == "https://e.org/a?b=1"


def test_a_response_record_without_an_http_head_is_a_failure_row(tmp_path: Path) -> None:
    archive = tmp_path / "headless.warc"
    offsets = write_warc(
        archive,
        [
            Record(url="https://e.org/headless", block=ARTICLE),
            Record(
                url="dns:e.org", block=b"20240101 e.org. 300 IN A 1.2.3.4", content_type="text/dns"
            ),
            page("https://e.org/good", ARTICLE),
        ],
        gzipped=False,
    )
    items = list(read_warc(str(archive)))
    assert [getattr(i, "input", None) or getattr(i, "key", None) for i in items] == [
        f"{archive}#{offsets[0]}",
        f"{archive}#{offsets[2]}",
    ]
    failure = items[0]
    assert not isinstance(failure, PageTask)
    assert failure.stage == "read" and "no HTTP status line" in failure.message
    # A resumed run knows the same keys.
    assert list(page_keys(str(archive))) == [f"{archive}#{offsets[0]}", f"{archive}#{offsets[2]}"]


# ---------------------------------------------------------------- resuming into the wrong file


@pytest.mark.parametrize(
    "content",
    [
        bytes(range(256)) * 20,  # binary data, newlines and all
        b'{"id": 1, "text": "another tool\'s rows"}\n{"id": 2}\n',
        b"some notes without any line end",
    ],
    ids=["binary", "other-jsonl", "text"],
)
def test_resuming_into_a_file_that_is_no_batch_output_leaves_it_alone(
    tmp_path: Path, content: bytes
) -> None:
    """Its end was cut off as a torn record, and rows appended to it."""
    out = tmp_path / "notes.jsonl"
    out.write_bytes(content)
    with pytest.raises(ValueError, match="not a newsextract batch JSONL"):
        done_keys(out)
    assert out.read_bytes() == content


def test_resume_refuses_another_file_on_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "page.html").write_bytes(ARTICLE)
    out = tmp_path / "notes.jsonl"
    out.write_bytes(b"my notes\nmore notes")
    assert main(["batch", str(tmp_path / "page.html"), "-o", str(out), "--resume"]) == 2
    assert "not a newsextract batch JSONL" in capsys.readouterr().err
    assert out.read_bytes() == b"my notes\nmore notes"


@pytest.mark.parametrize("cut", [1, 5, 9, 30])
def test_a_first_row_torn_anywhere_is_still_cut_off(tmp_path: Path, cut: int) -> None:
    out = tmp_path / "out.jsonl"
    out.write_bytes(b'{"input":"a.html","status":"ok"}\n'[:cut])
    assert len(done_keys(out)) == 0
    assert out.read_bytes() == b""


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
@pytest.mark.parametrize("name", ["out.jsonl", "out.csv"])
def test_resuming_from_a_fifo_is_refused_without_waiting(tmp_path: Path, name: str) -> None:
    fifo = tmp_path / name
    os.mkfifo(fifo)

    caught = raised(lambda: done_keys(fifo))
    assert isinstance(caught, ValueError) and "not a regular file" in str(caught)


# ---------------------------------------------------------------- outputs that are inputs


@pytest.mark.parametrize("extra", [[], ["--overwrite"], ["--resume"]])
def test_an_output_that_is_also_an_input_is_refused_before_anything_is_written(
    tmp_path: Path, extra: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    """With --overwrite the page was emptied before it was read: lost, and a failure row."""
    page = tmp_path / "page.html"
    page.write_bytes(ARTICLE)
    assert main(["batch", str(page), "-o", str(page), "-f", "jsonl", *extra]) == 2
    assert "is an input and an output of this run" in capsys.readouterr().err
    assert page.read_bytes() == ARTICLE


def test_an_inputs_list_that_is_also_the_errors_file_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = tmp_path / "page.html"
    page.write_bytes(ARTICLE)
    listing = tmp_path / "list.jsonl"
    listing.write_text(f"{page}\n")
    out = tmp_path / "out.jsonl"
    args = ["batch", "-i", str(listing), "-o", str(out), "--errors", str(listing), "--overwrite"]
    assert main(args) == 2
    assert listing.read_text() == f"{page}\n"


# ---------------------------------------------------------------- input lists


def test_an_endless_line_in_an_inputs_list_is_one_short_failure_row(tmp_path: Path) -> None:
    """A page given as a list (``-i page.html``) made a row holding its line twice: 10 MB of
    output for a 5 MB line, and a list of one endless line held it all in memory."""
    page = tmp_path / "page.html"
    page.write_bytes(ARTICLE)
    listing = tmp_path / "list.txt"
    listing.write_text("<html>" + "x" * 5_000_000 + f"</html>\n{page}\n")
    out = tmp_path / "out.jsonl"
    assert main(["batch", "-i", str(listing), "-o", str(out), "--no-progress"]) == 1
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert [row["status"] for row in rows] == ["error", "ok"]
    assert rows[0]["input"].endswith("…") and len(rows[0]["input"]) <= 101
    assert "over the 65,536 one may have" in rows[0]["message"]
    assert out.stat().st_size < 10_000


def test_a_long_input_given_directly_is_a_failure_too() -> None:
    [item] = newsextract.batch(["x" * (MAX_INPUT_CHARS + 1)], workers=1)
    assert item.failure is not None and item.failure.error_type == "InputTooLargeError"
