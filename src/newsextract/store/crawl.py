"""Incremental crawls into a store: discover, fetch what is new or due, extract what changed.

The discovered URLs are planned against the store (``plan``); the due ones are fetched by
one ``Fetcher`` on a few threads (its politeness holds across them), conditionally when the
store has the page. The changed pages are extracted by batch's worker processes
(``batching.workers.Dispatcher``: every core, a bounded number of pages in flight, fetching
included). The dispatcher waits on fetches and extractions together, and the calling thread
writes each page as soon as its fetch (when there is nothing to extract) or its extraction
completes, one transaction a page: a crawl killed at any point has lost at most the pages
in flight, and a rerun fetches exactly what is still missing (written pages are no longer
due).

What each due page costs: a 304 or a body whose hash the store already has is only a new
check time; a changed body is extracted and written (a new revision when its headline or
body changed); a page that is not an article is recorded as skipped, a failure as failed.
"""

from __future__ import annotations

import contextlib
import functools
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from datetime import UTC, datetime, timedelta

import attrs

from newsextract.batching.results import BatchItem, Failure, Skipped
from newsextract.batching.runner import check_sendable
from newsextract.batching.tasks import PageTask, UrlTask
from newsextract.batching.urls import page_task
from newsextract.batching.workers import Dispatcher, default_workers, process_articles_chunk
from newsextract.discovery.api import discover
from newsextract.discovery.model import DiscoveredURL, SkippedURL, SourceFailure
from newsextract.errors import FetchError
from newsextract.fetching import Fetcher, FetchOptions, Validators
from newsextract.options import ExtractOptions
from newsextract.store import convert
from newsextract.store.api import Store
from newsextract.store.plan import Due, due
from newsextract.store.records import PageCheck

#: Pages fetched at once: enough to overlap the waits of several sites; per-host politeness
#: (``FetchOptions``) still decides how hard any one site is asked.
FETCH_THREADS = 8


@attrs.frozen(kw_only=True)
class CrawlReport:
    """What a crawl did. ``counts`` has one entry per outcome: ``new``, ``revised``,
    ``unchanged`` (fetched, same article), ``not-modified`` (a 304), ``same-body`` (the body
    hash the store had: not extracted), ``skipped`` (not an article), ``failed``; and
    ``requests`` per kind of page request: ``full`` or ``conditional``. ``stored`` is the
    discovered URLs left alone as not due. ``set_aside`` are listed URLs discovery left
    out unseen, each with the reason (an ``include``/``exclude`` regex that ran too long on
    it)."""

    discovered: int
    stored: int
    counts: Counter[str]
    requests: Counter[str]
    source_failures: tuple[SourceFailure, ...] = ()
    set_aside: tuple[SkippedURL, ...] = ()

    @property
    def extracted(self) -> int:
        """Pages whose body was extracted in this crawl."""
        return sum(self.counts[k] for k in ("new", "revised", "unchanged", "skipped"))


def crawl_into(
    store: Store,
    sites: Sequence[str],
    *,
    since: datetime | None = None,
    recheck_after: timedelta | None = None,
    fetch_options: FetchOptions | None = None,
    options: ExtractOptions | None = None,
    include: str | None = None,
    exclude: str | None = None,
    limit: int | None = None,
    max_depth: int = 3,
    keep_undated: bool = False,
    workers: int | None = None,
) -> CrawlReport:
    """Discover ``sites`` (home pages, feeds or sitemaps) and bring ``store`` up to date
    with them; see the module docstring. ``since`` and the filters are ``discover``'s;
    ``recheck_after`` makes a stored URL due again once that long has passed since its
    last check (by default only a newer ``lastmod`` does); ``workers`` are batch's
    extraction processes (default: one per CPU; ``1`` extracts in this process)."""
    found: list[DiscoveredURL] = []
    failures: list[SourceFailure] = []
    set_aside: list[SkippedURL] = []
    for site in sites:
        run = discover(
            site,
            since=since,
            include=include,
            exclude=exclude,
            limit=limit,
            max_depth=max_depth,
            keep_undated=keep_undated,
            fetch_options=fetch_options,
        )
        found.extend(run)
        failures.extend(run.failures)
        set_aside.extend(run.skipped)  # not articles_only: only regex stalls are set aside
    report = update(
        store,
        found,
        recheck_after=recheck_after,
        fetch_options=fetch_options,
        options=options,
        source_failures=tuple(failures),
        workers=workers,
    )
    return attrs.evolve(report, set_aside=tuple(set_aside))


def update(
    store: Store,
    found: Iterable[DiscoveredURL],
    *,
    recheck_after: timedelta | None = None,
    fetch_options: FetchOptions | None = None,
    options: ExtractOptions | None = None,
    source_failures: tuple[SourceFailure, ...] = (),
    workers: int | None = None,
) -> CrawlReport:
    """Fetch and store the URLs of ``found`` that are new or due (the crawl after discovery)."""
    unique = list({item.url: item for item in found}.values())
    plan, left = due(
        unique,
        store.pages(item.url for item in unique),
        now=datetime.now(UTC),
        recheck_after=recheck_after,
    )
    counts: Counter[str] = Counter()
    requests: Counter[str] = Counter()
    extract_options = options or ExtractOptions()
    workers = workers or default_workers()
    if workers > 1:
        check_sendable(extract_options)
    with Fetcher(fetch_options) as fetcher, _CrawlFetches(fetcher, plan) as fetches:
        dispatcher = Dispatcher(
            options=extract_options,
            workers=workers,
            fetcher=fetches,
            chunk_function=process_articles_chunk,
        )
        results = dispatcher.run(UrlTask(key=item.url) for item in plan)
        with contextlib.closing(results):  # its workers stop with the crawl, however it ends
            for result in results:
                item, write = fetches.taken(result.input)
                requests["conditional" if item.validators else "full"] += 1
                counts[write(store, result)] += 1
    return CrawlReport(
        discovered=len(unique),
        stored=left,
        counts=counts,
        requests=requests,
        source_failures=source_failures,
    )


_Write = Callable[[Store, BatchItem], str]
"""What the calling thread writes for a fetched URL, given the dispatcher's result for it;
returns the outcome for the report."""


class _CrawlFetches:
    """The dispatcher's fetcher for a crawl: each due URL is fetched on one of
    ``FETCH_THREADS`` threads (conditionally when the store has the page) and what to write
    for it waits here for the calling thread, the store's one writer (``taken``). The
    dispatcher gets the page to extract, or, when there is nothing to extract (a fetch
    error, a 304, a body the store has), a ``Failure`` or a ``Skipped``; it waits on these
    futures and its workers' together, so a result is written as soon as it is there."""

    def __init__(self, fetcher: Fetcher, plan: Sequence[Due]) -> None:
        self._fetcher = fetcher
        self._plan = {item.url: item for item in plan}
        self._writes: dict[str, tuple[Due, _Write]] = {}
        self._pool = ThreadPoolExecutor(FETCH_THREADS, thread_name_prefix="crawl-fetch")

    def __enter__(self) -> _CrawlFetches:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)

    def submit(self, task: UrlTask) -> Future[PageTask | Failure | Skipped]:
        return self._pool.submit(self._fetch, self._plan[task.key])

    def taken(self, url: str) -> tuple[Due, _Write]:
        """The due item of ``url`` and what to write for it (an error check when its fetch
        thread failed before it said)."""
        return self._writes.pop(url, None) or (self._plan[url], _write_failure)

    def _fetch(self, item: Due) -> PageTask | Failure | Skipped:
        try:
            page = self._fetcher.fetch(item.url, validators=item.validators)
        except FetchError as exc:
            self._writes[item.url] = (item, functools.partial(_write_fetch_error, item, exc))
            return Failure.from_exception(item.url, "fetch", exc)
        validators = page.validators
        content_hash = None if page.not_modified else convert.digest(page.content)
        if page.not_modified or item.content_hash == content_hash:
            outcome = "not-modified" if page.not_modified else "same-body"
            write = functools.partial(_write_unchanged, item, page.fetched_at, validators, outcome)
            self._writes[item.url] = (item, write)
            return Skipped(reason=outcome)
        check = PageCheck(
            url=item.url,
            checked_at=page.fetched_at,
            outcome="article",
            final_url=page.final_url,
            status=page.status,
            etag=validators.etag,
            last_modified=validators.last_modified,
            content_hash=content_hash,
            source_modified=item.source_modified,
        )
        self._writes[item.url] = (item, functools.partial(_write_extracted, check))
        return page_task(page)


def _write_fetch_error(item: Due, error: FetchError, store: Store, _result: BatchItem) -> str:
    check = PageCheck(
        url=item.url,
        checked_at=datetime.now(UTC),
        outcome="error",
        status=getattr(error, "status", None),
        source_modified=item.source_modified,
        error=type(error).__name__,
        message=str(error),
    )
    store.write_page(check)
    return "failed"


def _write_failure(store: Store, result: BatchItem) -> str:
    """A fetch that failed unexpectedly (a bug: the dispatcher made it a ``Failure``)."""
    assert result.failure is not None
    check = PageCheck(
        url=result.input,
        checked_at=datetime.now(UTC),
        outcome="error",
        error=result.failure.error_type,
        message=result.failure.message,
    )
    store.write_page(check)
    return "failed"


def _write_unchanged(
    item: Due,
    fetched_at: datetime,
    validators: Validators,
    outcome: str,
    store: Store,
    _result: BatchItem,
) -> str:
    store.touch(
        item.url,
        fetched_at,
        source_modified=item.source_modified,
        etag=validators.etag,
        last_modified=validators.last_modified,
    )
    return outcome


def _write_extracted(check: PageCheck, store: Store, item: BatchItem) -> str:
    if item.article is not None:
        return store.write_article(item.article, check).written
    if item.skipped is not None:
        store.write_page(attrs.evolve(check, outcome="skipped", message=item.skipped.reason))
        return "skipped"
    assert item.failure is not None
    store.write_page(
        attrs.evolve(
            check,
            outcome="error",
            error=item.failure.error_type,
            message=item.failure.message,
        )
    )
    return "failed"
