"""``newsextract.batch``: every kind of input at once, one item per input, URLs fetched."""

from __future__ import annotations

import json
import pickle
from pathlib import Path

import attrs
import pytest

import newsextract
from newsextract import Article, BatchItem, Failure, FetchOptions
from newsextract.batching.results import Skipped, columns
from newsextract.batching.resume import KeySet

from .conftest import Server
from .warcs import article_html, page, write_warc

LOCAL = FetchOptions(per_host_delay=0.0, retries=0, respect_robots=False)


def keys(items: list[BatchItem]) -> list[str]:
    return sorted(item.input for item in items)


def test_batch_is_the_package_callable() -> None:
    assert callable(newsextract.batch)
    from newsextract import batch

    assert batch is newsextract.batch


def test_every_kind_of_input_at_once(pages: Path, tmp_path: Path) -> None:
    archive = tmp_path / "crawl.warc.gz"
    offsets = write_warc(
        archive,
        [page(f"https://e.org/{i}", article_html(f"Archived {i}").encode()) for i in range(3)],
        gzipped=True,
    )
    rows = tmp_path / "rows.jsonl"
    rows.write_text(json.dumps({"url": "https://e.org/j", "html": article_html("Row")}) + "\n")
    missing = str(tmp_path / "missing.html")
    items = list(newsextract.batch([pages, archive, rows, missing], workers=2))
    expected = [str(p) for p in pages.rglob("*.htm*")] + [f"{archive}#{o}" for o in offsets]
    assert keys(items) == sorted([*expected, f"{rows}:1", missing])
    by_key = {item.input: item for item in items}
    assert by_key[f"{rows}:1"].article == newsextract.extract(
        article_html("Row"), url="https://e.org/j"
    )
    failure = by_key[missing].failure
    assert failure is not None and failure.stage == "read"


def test_workers_do_not_change_the_articles(pages: Path) -> None:
    one = {item.input: item for item in newsextract.batch([pages], workers=1)}
    two = {item.input: item for item in newsextract.batch([pages], workers=2, chunksize=3)}
    assert one == two


def test_skip_leaves_out_done_inputs(pages: Path) -> None:
    done = KeySet([str(pages / "p01.html"), str(pages / "p02.html")])
    items = list(newsextract.batch([pages], workers=1, skip=done))
    assert len(items) == 10
    assert not any(item.input in done for item in items)


def test_options_reach_the_workers(pages: Path) -> None:
    options = newsextract.ExtractOptions(body="none")
    items = list(newsextract.batch([pages], workers=2, options=options))
    assert all(item.article is not None and item.article.body == "" for item in items)


def test_urls_are_fetched_and_extracted(server: Server, pages: Path) -> None:
    server.routes["/a"] = (200, "text/html; charset=utf-8", article_html("Fetched A").encode())
    server.routes["/b"] = (
        200,
        "text/html; charset=iso-8859-1",
        article_html("Café B").encode("latin-1"),
    )
    server.routes["/pdf"] = (200, "application/pdf", b"%PDF-1.7")
    urls = [server.url(p) for p in ("/a", "/b", "/missing", "/pdf")]
    items = {i.input: i for i in newsextract.batch([*urls, pages], workers=2, fetch_options=LOCAL)}
    assert len(items) == 4 + 12
    a, b, missing, pdf = (items[url] for url in urls)
    assert a.article is not None and a.article.title == "Fetched A"
    assert a.article.url == a.url == urls[0]
    assert a.retrieved is not None and a.retrieved.tzinfo is not None
    assert b.article is not None and b.article.title == "Café B"
    assert missing.failure is not None
    assert (missing.failure.stage, missing.failure.error_type) == ("fetch", "HTTPStatusError")
    assert pdf.failure is not None and pdf.failure.error_type == "NotHTMLResponseError"


def test_leaving_early_stops_the_fetcher(server: Server) -> None:
    server.routes["/a"] = (200, "text/html", article_html("A").encode())
    results = newsextract.batch([server.url("/a")] * 5, workers=1, fetch_options=LOCAL)
    assert next(results).ok
    results.close()  # must not hang or leave the event loop thread behind


def test_batch_item_holds_an_article_or_a_failure() -> None:
    failure = Failure(input="x", stage="read", error_type="OSError", message="m")
    with pytest.raises(ValueError, match="either"):
        BatchItem(input="x")
    with pytest.raises(ValueError, match="either"):
        BatchItem(input="x", article=Article(), failure=failure)
    with pytest.raises(ValueError, match="either"):
        BatchItem(input="x", failure=failure, skipped=Skipped(reason="r"))
    with pytest.raises(ValueError):
        Failure(input="x", stage="parse", error_type="E", message="m")  # type: ignore[arg-type]
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        failure.stage = "fetch"  # type: ignore[misc]


def test_batch_items_pickle_with_their_article(pages: Path) -> None:
    [item] = newsextract.batch([pages / "p00.html"], workers=1)
    assert item.article is not None and item.article.provenance
    assert pickle.loads(pickle.dumps(item)) == item


def test_rows_of_every_outcome_have_the_same_keys() -> None:
    failure = Failure(input="x", stage="fetch", error_type="HTTPStatusError", message="404")
    row = BatchItem(input="x", url="https://e.org/x", failure=failure).to_dict()
    assert list(row) == list(columns())
    assert {k: v for k, v in row.items() if v is not None} == {
        "input": "x",
        "status": "error",
        "url": "https://e.org/x",
        "stage": "fetch",
        "error": "HTTPStatusError",
        "message": "404",
    }
    article_row = BatchItem(input="y", article=Article(title="T")).to_dict()
    assert list(article_row)[:3] == ["input", "status", "url"]
    assert list(article_row) == list(columns())
    assert article_row["title"] == "T" and article_row["status"] == "ok"
    assert article_row["error"] is None
    skipped = BatchItem(input="z", url="https://e.org/about", skipped=Skipped(reason="not one"))
    assert list(skipped.to_dict()) == list(columns())
    assert skipped.to_dict()["status"] == "skipped" and skipped.to_dict()["message"] == "not one"
    assert skipped.status == "skipped" and not skipped.ok
