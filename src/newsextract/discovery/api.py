"""``newsextract.discover``: a site, feed or sitemap URL in, article URLs out."""

from __future__ import annotations

from collections.abc import Generator, Iterator
from datetime import datetime

import attrs

from newsextract.discovery.core import Discoverer, DiscoverOptions, Resource
from newsextract.discovery.model import DiscoveredURL, SkippedURL, SourceFailure
from newsextract.discovery.sitemaps import MAX_SITEMAP_BYTES
from newsextract.fetching import Fetcher, FetchOptions

#: What discovery accepts: pages, feeds, sitemaps (plain or gzipped) and robots.txt.
DISCOVERY_MEDIA_TYPES = frozenset({"*"})


class FetcherResources:
    """Discovery's view of a ``Fetcher``: any media type, sitemap-sized bodies.

    It goes through the fetch layer, so robots.txt, per-host politeness, retries, timeouts
    and size caps apply to feeds and sitemaps as they do to pages.
    """

    def __init__(self, fetcher: Fetcher) -> None:
        self._fetcher = fetcher

    def get(self, url: str) -> Resource:
        page = self._fetcher.fetch(url)
        media = (page.headers.get("content-type") or "").split(";")[0].strip().lower() or None
        return Resource(
            url=page.final_url, content=page.content, media_type=media, text=page.text or None
        )


def discovery_fetch_options(options: FetchOptions | None = None) -> FetchOptions:
    """``options`` widened for discovery: any media type, room for a full-size sitemap."""
    base = options or FetchOptions()
    return attrs.evolve(
        base,
        media_types=DISCOVERY_MEDIA_TYPES,
        max_bytes=max(base.max_bytes, MAX_SITEMAP_BYTES),
    )


class Discovery(Iterator[DiscoveredURL]):
    """What ``discover`` returns: its URLs, yielded as they are found, ``failures`` and
    ``skipped``.

    ``failures`` lists the sources that failed so far as ``SourceFailure`` records and
    ``skipped`` the listed URLs that are no article (``SkippedURL``, with the reason); both
    are complete once the iteration has ended. ``close()`` ends a run early and releases its
    connections (as leaving the iteration unfinished and dropping it does).
    """

    def __init__(
        self,
        run: Generator[DiscoveredURL, None, None],
        failures: list[SourceFailure],
        skipped: list[SkippedURL] | None = None,
    ) -> None:
        self._run = run
        self._failures = failures
        self._skipped = skipped if skipped is not None else []

    def __next__(self) -> DiscoveredURL:
        return next(self._run)

    @property
    def failures(self) -> tuple[SourceFailure, ...]:
        return tuple(self._failures)

    @property
    def skipped(self) -> tuple[SkippedURL, ...]:
        return tuple(self._skipped)

    def close(self) -> None:
        self._run.close()


def discover(
    url: str,
    *,
    since: datetime | None = None,
    until: datetime | None = None,
    include: str | None = None,
    exclude: str | None = None,
    limit: int | None = None,
    max_depth: int = 3,
    keep_undated: bool = False,
    articles_only: bool = True,
    fetch_options: FetchOptions | None = None,
    failures: list[SourceFailure] | list[object] | None = None,
) -> Discovery:
    """Article URLs of a site, newest first where the sources give dates.

    ``url`` is a home page (its feeds, its robots.txt sitemaps or the common paths, else its
    article-looking links), a feed, or a sitemap (indexes followed up to ``max_depth``).
    ``since``/``until`` keep URLs dated in range (undated ones only with ``keep_undated``);
    ``include``/``exclude`` are URL regexes; ``limit`` caps the count. With ``articles_only``
    a listed URL whose path says it is no article (``/about``, ``/tag/x``, an image) is not
    yielded but kept in the result's ``skipped`` with the reason. Sources that fail are
    logged and listed in the result's ``failures``; the older ``failures`` argument, a list
    to append them to, still works.
    """
    options = DiscoverOptions(
        since=since,
        until=until,
        include=include,
        exclude=exclude,
        limit=limit,
        max_depth=max_depth,
        keep_undated=keep_undated,
        articles_only=articles_only,
    )
    found: list[SourceFailure] = []
    skipped: list[SkippedURL] = []
    return Discovery(_run(url, options, fetch_options, found, failures, skipped), found, skipped)


def _run(
    url: str,
    options: DiscoverOptions,
    fetch_options: FetchOptions | None,
    found: list[SourceFailure],
    also: list[SourceFailure] | list[object] | None,
    skipped: list[SkippedURL],
) -> Generator[DiscoveredURL, None, None]:
    with Fetcher(discovery_fetch_options(fetch_options)) as fetcher:
        discoverer = Discoverer(FetcherResources(fetcher), options)
        discoverer.failures = found
        discoverer.skipped = skipped
        try:
            yield from discoverer.discover(url)
        finally:
            if also is not None:
                also.extend(found)
