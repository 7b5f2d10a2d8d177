"""Worker processes: one result per input, stages of failure, bounded read-ahead, crashes."""

from __future__ import annotations

import multiprocessing
import time
from collections.abc import Iterator
from concurrent.futures import Future
from pathlib import Path

import pytest

from newsextract.batching.results import Failure, Skipped
from newsextract.batching.tasks import Fetched, FileTask, PageTask, UrlTask, WorkItem
from newsextract.batching.workers import Dispatcher, process
from newsextract.errors import OptionError
from newsextract.extract import extract
from newsextract.options import ExtractOptions

from . import crashy
from .warcs import article_html

OPTIONS = ExtractOptions()


def files(folder: Path, count: int, *, crash: int | None = None) -> list[FileTask]:
    tasks = []
    for i in range(count):
        path = folder / (f"crash-{i}.html" if i == crash else f"p{i:03d}.html")
        path.write_text(article_html(f"Story {i}"))
        tasks.append(FileTask(key=str(path), path=str(path)))
    return tasks


@pytest.mark.parametrize(
    ("task", "stage", "error"),
    [
        (FileTask(key="missing", path="/nonexistent/missing.html"), "read", "FileNotFoundError"),
        (PageTask(key="pdf", content=b"%PDF-1.7 ..."), "decode", "NotHTMLError"),
        (PageTask(key="empty", content=b"  \n"), "decode", "EmptyInputError"),
        (
            PageTask(key="gz", content=b"\x1f\x8b junk", codings=("gzip",)),
            "decode",
            "CorruptInputError",
        ),
        (PageTask(key="text", content="plain words, no markup"), "extract", "NotHTMLError"),
    ],
    ids=["missing-file", "pdf", "empty", "corrupt-gzip", "no-markup"],
)
def test_each_failure_names_its_stage(task: PageTask | FileTask, stage: str, error: str) -> None:
    item = process(task, OPTIONS)
    assert item.failure is not None and item.article is None
    assert (item.input, item.failure.stage, item.failure.error_type) == (task.key, stage, error)


def test_a_page_task_keeps_url_and_date() -> None:
    task = PageTask(key="k", content=article_html("Hello").encode(), url="https://e.org/1")
    item = process(task, OPTIONS)
    assert item.article is not None and item.article.url == "https://e.org/1"
    assert item.url == "https://e.org/1"


@pytest.mark.parametrize("workers", [1, 2])
def test_every_input_yields_exactly_one_item(tmp_path: Path, workers: int) -> None:
    tasks: list[WorkItem] = [*files(tmp_path, 30)]
    tasks.append(Failure(input="bad", stage="read", error_type="X", message="m"))
    items = list(Dispatcher(options=OPTIONS, workers=workers, chunksize=4).run(iter(tasks)))
    assert sorted(i.input for i in items) == sorted(
        t.key if not isinstance(t, Failure) else t.input for t in tasks
    )
    assert sum(i.ok for i in items) == 30


def test_read_ahead_is_bounded(tmp_path: Path) -> None:
    tasks = files(tmp_path, 60)
    pulled = 0

    def source() -> Iterator[WorkItem]:
        nonlocal pulled
        for task in tasks:
            pulled += 1
            yield task

    dispatcher = Dispatcher(options=OPTIONS, workers=2, chunksize=3, max_pending=9)
    ahead = []
    for done, _item in enumerate(dispatcher.run(source()), start=1):
        ahead.append(pulled - done)
    assert max(ahead) <= 9
    assert done == 60


def test_workers_are_forked_from_a_warmed_up_server(tmp_path: Path) -> None:
    # The fork server imports the pipeline and runs the warm-up once; each worker is forked
    # from it warm instead of importing and warming up on its own.
    tasks = files(tmp_path, 8)
    dispatcher = Dispatcher(
        options=OPTIONS, workers=2, chunksize=2, chunk_function=crashy.report_warm_start
    )
    items = list(dispatcher.run(iter(tasks)))
    assert {item.url for item in items} == {"preloaded-True"}
    assert sum(item.ok for item in items) == 8


def test_page_bytes_decoded_in_the_worker_give_the_article_of_extract() -> None:
    # The worker decodes first (a decoding failure is its own stage), then hands the bytes
    # with their decoding to the pipeline: the article is extract's of the bytes.
    latin = article_html("Café crème à l'été").replace("<head>", '<head><meta charset="latin-1">')
    for content, charset in [
        (article_html("Grüße aus Köln").encode(), None),
        (article_html("Grüße aus Köln").encode(), "utf-8"),
        (latin.encode("cp1252"), None),
    ]:
        item = process(PageTask(key="k", content=content, charset=charset), OPTIONS)
        assert item.article == extract(content)
        assert item.article is not None and item.article.title


def test_a_crashed_worker_costs_one_page(tmp_path: Path) -> None:
    tasks = files(tmp_path, 20, crash=7)
    dispatcher = Dispatcher(
        options=OPTIONS, workers=2, chunksize=4, chunk_function=crashy.crash_on_marker
    )
    items = {item.input: item for item in dispatcher.run(iter(tasks))}
    assert len(items) == 20
    crashed = items[tasks[7].key].failure
    assert crashed is not None
    assert (crashed.stage, crashed.error_type) == ("extract", "WorkerCrashedError")
    assert sum(item.ok for item in items.values()) == 19
    assert multiprocessing.active_children() == []


@pytest.mark.parametrize("workers", [1, 2])
def test_a_broken_chunk_function_fails_its_pages(tmp_path: Path, workers: int) -> None:
    tasks = files(tmp_path, 5)
    dispatcher = Dispatcher(options=OPTIONS, workers=workers, chunk_function=crashy.broken)
    items = list(dispatcher.run(iter(tasks)))
    assert len(items) == 5
    assert {(i.failure.stage, i.failure.error_type) for i in items if i.failure} == {
        ("extract", "RuntimeError")
    }


def test_a_page_stuck_where_the_time_limit_cannot_reach_is_a_timeout_row(tmp_path: Path) -> None:
    tasks = files(tmp_path, 12)
    stuck = tmp_path / "stuck.html"
    stuck.write_text(article_html("Stuck"))
    tasks.insert(5, FileTask(key=str(stuck), path=str(stuck)))
    dispatcher = Dispatcher(
        options=OPTIONS,
        workers=2,
        chunksize=4,
        chunk_function=crashy.stuck_in_c_on_marker,
        # Long enough that no ordinary page reaches it on a loaded machine (0.3 s failed a
        # healthy page about 1 run in 12 there); the stuck page holds its worker for 60 s.
        page_time_limit=2.0,
        overrun_grace=0.5,
    )
    started = time.monotonic()
    items = {item.input: item for item in dispatcher.run(iter(tasks))}
    assert time.monotonic() - started < 15  # not the 60 s the page would hold its worker
    assert len(items) == 13
    failure = items[str(stuck)].failure
    assert failure is not None
    assert (failure.stage, failure.error_type) == ("extract", "PageTimeoutError")
    assert "2 s" in failure.message
    assert sum(item.ok for item in items.values()) == 12
    assert multiprocessing.active_children() == []


def test_leaving_early_stops_the_workers(tmp_path: Path) -> None:
    results = Dispatcher(options=OPTIONS, workers=2, chunksize=2).run(iter(files(tmp_path, 40)))
    next(results)
    results.close()
    assert multiprocessing.active_children() == []


def test_urls_without_a_fetcher_fail_at_the_fetch_stage() -> None:
    [item] = Dispatcher(options=OPTIONS, workers=1).run(iter([UrlTask(key="https://e.org/")]))
    assert item.failure is not None and item.failure.stage == "fetch"


class _ReadyFetcher:
    """A fetcher whose every URL is done at once: ``Skipped`` (nothing to extract) for a
    URL ending in ``/same``, else the page."""

    def submit(self, task: UrlTask) -> Future[Fetched]:
        future: Future[Fetched] = Future()
        if task.key.endswith("/same"):
            future.set_result(Skipped(reason="same-body"))
        else:
            future.set_result(PageTask(key=task.key, content=article_html("A page"), url=task.key))
        return future


def test_a_fetch_with_nothing_to_extract_is_a_skipped_item() -> None:
    urls = ["https://e.org/same", "https://e.org/new"]
    dispatcher = Dispatcher(options=OPTIONS, workers=1, fetcher=_ReadyFetcher())
    items = {item.input: item for item in dispatcher.run(iter(UrlTask(key=u) for u in urls))}
    assert items["https://e.org/same"].skipped == Skipped(reason="same-body")
    assert items["https://e.org/new"].article is not None


@pytest.mark.parametrize(
    ("workers", "chunksize", "field"), [(-1, 8, "workers"), (2, 0, "chunksize")]
)
def test_a_count_below_one_is_an_option_error(workers: int, chunksize: int, field: str) -> None:
    with pytest.raises(OptionError) as raised:
        Dispatcher(options=OPTIONS, workers=workers, chunksize=chunksize)
    assert raised.value.field == field
