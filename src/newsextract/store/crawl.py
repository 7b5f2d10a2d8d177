"""Incremental crawls into a store: discover, fetch what is new or due, extract what changed.

The discovered URLs are planned against the store (``plan``); the due ones are fetched by
one ``Fetcher`` on a few threads (its politeness holds across them), conditionally when the
store has the page. The changed pages are extracted by batch's worker processes
(``batching.workers.Dispatcher``: every core, a bounded number of pages in flight) and each
is written by the calling thread as its extraction completes, one transaction a page: a
crawl killed at any point has lost at most the pages in flight, and a rerun fetches exactly
what is still missing (written pages are no longer due).

What each due page costs: a 304 or a body whose hash the store already has is only a new
check time; a changed body is extracted and written (a new revision when its headline or
body changed); a page that is not an article is recorded as skipped, a failure as failed.
"""

from __future__ import annotations

import itertools
from collections import Counter, deque
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta

import attrs

from newsextract.batching.results import BatchItem
from newsextract.batching.runner import check_sendable
from newsextract.batching.tasks import PageTask
from newsextract.batching.urls import page_task
from newsextract.batching.workers import Dispatcher, default_workers, process_articles_chunk
from newsextract.discovery.api import discover
from newsextract.discovery.model import DiscoveredURL, SourceFailure
from newsextract.errors import FetchError
from newsextract.fetching import Fetcher, FetchOptions, Page
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
    discovered URLs left alone as not due."""

    discovered: int
    stored: int
    counts: Counter[str]
    requests: Counter[str]
    source_failures: tuple[SourceFailure, ...] = ()

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
    return update(
        store,
        found,
        recheck_after=recheck_after,
        fetch_options=fetch_options,
        options=options,
        source_failures=tuple(failures),
        workers=workers,
    )


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
    checks: dict[str, PageCheck] = {}  # the pages sent to extraction, by their task's key

    def changed_pages(fetcher: Fetcher) -> Iterator[PageTask]:
        """The fetched pages to extract; the others are recorded on the way."""
        for item, fetched in _fetched(fetcher, plan):
            requests["conditional" if item.validators else "full"] += 1
            outcome = _record_unchanged(store, item, fetched)
            if isinstance(outcome, str):
                counts[outcome] += 1
                continue
            check, page = outcome
            task = page_task(page)
            checks[task.key] = check
            yield task

    dispatcher = Dispatcher(
        options=extract_options, workers=workers, chunk_function=process_articles_chunk
    )
    with Fetcher(fetch_options) as fetcher:
        for extracted in dispatcher.run(changed_pages(fetcher)):
            counts[_write_extracted(store, checks.pop(extracted.input), extracted)] += 1
    return CrawlReport(
        discovered=len(unique),
        stored=left,
        counts=counts,
        requests=requests,
        source_failures=source_failures,
    )


def _fetched(fetcher: Fetcher, plan: Sequence[Due]) -> Iterator[tuple[Due, Page | FetchError]]:
    """Each due URL with its page or its fetch error, in plan order, fetched ahead on
    ``FETCH_THREADS`` threads (at most that many pages waiting in memory)."""

    def fetch(item: Due) -> Page | FetchError:
        try:
            return fetcher.fetch(item.url, validators=item.validators)
        except FetchError as exc:
            return exc

    with ThreadPoolExecutor(FETCH_THREADS, thread_name_prefix="crawl-fetch") as pool:
        queue = iter(plan)
        window = deque(
            (item, pool.submit(fetch, item)) for item in itertools.islice(queue, FETCH_THREADS)
        )
        while window:
            item, future = window.popleft()
            following = next(queue, None)
            if following is not None:
                window.append((following, pool.submit(fetch, following)))
            yield item, future.result()


def _record_unchanged(
    store: Store, item: Due, fetched: Page | FetchError
) -> str | tuple[PageCheck, Page]:
    """Record a fetch that needs no extraction (an error, a 304, a body the store has) and
    name its outcome for the report; else the check to write with the page's article."""
    now = datetime.now(UTC)
    if isinstance(fetched, FetchError):
        store.write_page(
            PageCheck(
                url=item.url,
                checked_at=now,
                outcome="error",
                status=getattr(fetched, "status", None),
                source_modified=item.source_modified,
                error=type(fetched).__name__,
                message=str(fetched),
            )
        )
        return "failed"
    page = fetched
    validators = page.validators
    content_hash = None if page.not_modified else convert.digest(page.content)
    if page.not_modified or item.content_hash == content_hash:
        store.touch(
            item.url,
            page.fetched_at,
            source_modified=item.source_modified,
            etag=validators.etag,
            last_modified=validators.last_modified,
        )
        return "not-modified" if page.not_modified else "same-body"
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
    return check, page


def _write_extracted(store: Store, check: PageCheck, item: BatchItem) -> str:
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
