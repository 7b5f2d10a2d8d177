"""Batch over URLs: one event loop fetching, the worker processes extracting as pages come.

Real HTTP servers on 127.0.0.x (``tests/fetch/servers.py``), no mocked transport.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from tests.fetch.servers import Site, fast_options

import newsextract
from newsextract.batching.cli import main as batch_main
from newsextract.batching.tasks import UrlTask, WorkItem
from newsextract.batching.urls import FetchBridge, page_task
from newsextract.batching.workers import Dispatcher
from newsextract.options import ExtractOptions

from . import crashy

LOCAL = fast_options()
OPTIONS = ExtractOptions()


@pytest.fixture
def sites() -> Iterator[list[Site]]:
    """Three hosts (127.0.0.21 to .23), robots.txt keeping them out of /private."""
    running = [Site(f"127.0.0.{21 + n}") for n in range(3)]
    for site in running:
        site.robots = "User-agent: *\nDisallow: /private\n"
    yield running
    for site in running:
        site.stop()


def test_every_url_is_one_row_whatever_happens_to_it(sites: list[Site]) -> None:
    expected: dict[str, str] = {}
    for n, site in enumerate(sites):
        for i in range(10):
            expected[site.url(f"/article?n={i}")] = "ok"
        expected[site.url("/status/404")] = "HTTPStatusError"
        expected[site.url("/pdf")] = "NotHTMLResponseError"
        expected[site.url(f"/private?n={n}")] = "RobotsDisallowedError"
    expected["http://127.0.0.1:9/refused"] = "ConnectError"
    items = list(newsextract.batch(list(expected), workers=2, chunksize=4, fetch_options=LOCAL))
    got = {item.input: "ok" if item.ok else item.failure.error_type for item in items if item}
    assert len(items) == len(expected)
    assert got == {url: error for url, error in expected.items() if error != "ConnectError"} | {
        "http://127.0.0.1:9/refused": got["http://127.0.0.1:9/refused"]
    }
    refused = next(item for item in items if item.input.endswith("/refused"))
    assert refused.failure is not None and refused.failure.stage == "fetch"
    article = next(item for item in items if item.ok)
    assert article.url == article.input and article.retrieved is not None


def test_fetched_pages_go_to_the_workers_in_chunks(sites: list[Site]) -> None:
    urls = [site.url(f"/article?n={i}") for i in range(20) for site in sites]
    with FetchBridge(LOCAL) as fetcher:
        dispatcher = Dispatcher(
            options=OPTIONS,
            workers=2,
            chunksize=5,
            fetcher=fetcher,
            chunk_function=crashy.slow_chunk_sizes,
        )
        items = list(dispatcher.run(iter(UrlTask(key=url) for url in urls)))
    sizes = [int(item.url.rsplit("-", 1)[1]) for item in items if item.url]
    assert sorted(item.input for item in items) == sorted(urls)
    assert max(sizes) > 1  # not one pickling round trip per page
    assert max(sizes) <= 5


def test_pages_in_flight_stay_within_the_bound(sites: list[Site]) -> None:
    urls = [site.url(f"/article?n={i}") for i in range(15) for site in sites]
    pulled = 0

    def source() -> Iterator[WorkItem]:
        nonlocal pulled
        for url in urls:
            pulled += 1
            yield UrlTask(key=url)

    ahead = []
    with FetchBridge(LOCAL) as fetcher:
        dispatcher = Dispatcher(
            options=OPTIONS, workers=2, chunksize=3, max_pending=7, fetcher=fetcher
        )
        for done, _item in enumerate(dispatcher.run(source()), start=1):
            ahead.append(pulled - done)
    assert done == len(urls)
    assert max(ahead) <= 7  # fetching, waiting for a chunk, in a worker or ready


def test_resume_fetches_only_the_urls_not_yet_written(sites: list[Site], tmp_path: Path) -> None:
    site = sites[0]
    first = [site.url(f"/article?n={i}") for i in range(6)]
    more = [site.url(f"/article?n={i}") for i in range(6, 10)]
    out = tmp_path / "out.jsonl"
    common = ["-o", str(out), "-j", "2", "--delay", "0", "--no-progress"]
    assert batch_main([*first, *common]) == 0
    assert site.hits["/article"] == 6
    assert batch_main([*first, *more, *common, "--resume"]) == 0
    assert site.hits["/article"] == 10  # only the four new ones were fetched
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert sorted(row["input"] for row in rows) == sorted(first + more)
    assert {row["status"] for row in rows} == {"ok"}


@pytest.mark.parametrize("variant", ["header", "meta", "wrong", "bom", "missing"])
def test_a_fetched_page_is_decoded_in_the_worker_as_page_text_is(
    sites: list[Site], variant: str
) -> None:
    url = sites[0].url(f"/charset/{variant}")
    page = newsextract.fetch(url, LOCAL)
    task = page_task(page)
    assert task.content == page.content  # bytes: the batch process does not decode them
    assert task.charset == page.declared_charset
    [item] = newsextract.batch([url], workers=1, fetch_options=LOCAL)
    assert item.article == newsextract.extract(page.text, url=page.final_url)
