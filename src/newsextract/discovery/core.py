"""From a site, a feed or a sitemap to its article URLs.

Given a home page, discovery reads the feeds it announces (or at common paths) and the
sitemaps robots.txt lists (or ``/sitemap.xml``), and falls back to the page's article-looking
links when it has neither. Every source goes through the fetch layer (robots.txt, politeness,
size caps); a source that fails is recorded in ``failures`` and the others carry on.
"""

from __future__ import annotations

import hashlib
import logging
import re
import reprlib
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from typing import Protocol
from urllib.parse import urlsplit, urlunsplit

import attrs

from newsextract.discovery.dates import aware
from newsextract.discovery.feeds import (
    COMMON_FEED_PATHS,
    FeedTooLongError,
    feed_links,
    parse_feed,
)
from newsextract.discovery.links import article_links, non_article_reason
from newsextract.discovery.model import DiscoveredURL, SkippedURL, SourceFailure
from newsextract.discovery.sitemaps import (
    SitemapCutShortError,
    SitemapRef,
    SitemapTooLongError,
    parse_sitemap,
    robots_sitemaps,
)
from newsextract.discovery.urls import normalize_url, same_site
from newsextract.errors import DiscoveryError, NewsExtractError, OptionError
from newsextract.fetching.robots import decode_robots
from newsextract.rules import patterns
from newsextract.rules.patterns import MATCH_SECONDS

logger = logging.getLogger(__name__)
SOURCE_FAILURE = "source_failure"
"""The attribute of a failure's log record holding its ``SourceFailure``: a caller that
reports ``failures`` itself (the CLI) filters these records out, so each is told once."""

#: Children of one sitemap index read in a row that turn out to be sitemaps read already
#: (the same final address, or the same bytes), or copies of them (every entry one listed
#: already): past this, the index's other children are not read. An index listing itself
#: under 60,000 addresses (``?1``, ``?2``...) had each read and parsed (1 s each) until the
#: sources ran out, and so did one whose copies each differ by a byte (104 s). In a row, as
#: a real index names each sitemap once, but its "latest" or "today" sitemaps may hold only
#: pages a month's lists too: a child that adds pages starts the count again.
MAX_REPEATED_CHILDREN = 3

COMMON_SITEMAP_PATHS = (
    "/sitemap.xml",
    "/sitemap_index.xml",
    "/news-sitemap.xml",
    "/sitemap-news.xml",
)


class SourcesNotReadError(DiscoveryError):
    """Sources discovery leaves unread: past ``max_sources``, below ``max_depth``, or the
    rest of an index whose children repeat ones read already. Their failure's ``error_type``
    names it, as every other failure's names a ``NewsExtractError`` (it named Python's
    RuntimeError or RecursionError, which read as a bug of the package)."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(reason, source=source)


@attrs.frozen(kw_only=True)
class Resource:
    """A fetched feed, sitemap or page: its bytes, media type and final URL."""

    url: str
    content: bytes
    media_type: str | None = None
    text: str | None = None


class ResourceFetcher(Protocol):
    """What discovery needs from the fetch layer: the bytes of any URL, size-capped."""

    def get(self, url: str) -> Resource: ...


@attrs.frozen(kw_only=True)
class DiscoverOptions:
    """Filters and limits. ``since``/``until`` keep URLs whose source gives a date in range
    (undated ones only with ``keep_undated``); ``include``/``exclude`` are URL regexes;
    ``limit`` caps the URLs yielded, ``max_depth`` the sitemap-index nesting and
    ``max_sources`` the feeds and sitemaps read for one site. ``articles_only`` sets aside
    the listed URLs whose path says they are no article (``links.non_article_reason``)."""

    since: datetime | None = None
    until: datetime | None = None
    keep_undated: bool = False
    include: str | None = attrs.field(default=None)
    exclude: str | None = attrs.field(default=None)
    limit: int | None = None
    max_depth: int = 3
    max_sources: int = 50
    same_site_only: bool = True
    articles_only: bool = True

    @include.validator
    @exclude.validator
    def _compiles(self, _: attrs.Attribute[str | None], value: str | None) -> None:
        # An OptionError here, when the options are made, not after the first fetches: re
        # raises re.error, OverflowError (``a{99999999999}``) or RecursionError (deep groups).
        if value is None:
            return
        try:
            re.compile(value)
            patterns.compiled(value)  # the engine the URLs meet (``_matches``)
        except (re.error, OverflowError, RecursionError, TypeError, ValueError) as exc:
            message = f"{type(exc).__name__}: {exc}"
        else:
            return
        name, allowed = _.name, "a regular expression (Python's re syntax) or None"
        raise OptionError(
            f"invalid option {name}={reprlib.repr(value)}: {message}; {name} takes {allowed}",
            field=name,
            allowed=allowed,
        )


MAX_REGEX_STALLS = 4
"""The URLs an ``include``/``exclude`` regex may run past ``patterns.MATCH_SECONDS`` on before
the run stops: one is a hostile URL, set aside; four say the pattern backtracks without
bound, and a sitemap's 50,000 URLs at a quarter second each would take hours."""


class Discoverer:
    """Runs discovery for one or more start URLs; ``failures`` lists sources that failed."""

    def __init__(self, fetcher: ResourceFetcher, options: DiscoverOptions | None = None) -> None:
        self._fetcher = fetcher
        self.options = options or DiscoverOptions()
        self.failures: list[SourceFailure] = []
        self.skipped: list[SkippedURL] = []
        self._sources_read = 0
        self._regex_stalls = 0
        # The sitemaps read for the start URL being collected: their final addresses and a
        # digest of their bytes (``_first_reading``); the entries they listed (``_adds``).
        self._sitemaps_read: set[str | bytes] = set()
        self._listed: set[str] = set()

    def discover(self, url: str) -> Iterator[DiscoveredURL]:
        """Article URLs, de-duplicated, filtered, newest first where dates are known."""
        found = _merge(self._collect(url))
        kept = [item for item in found if self._wanted(item, url) and self._article(item)]
        kept.sort(key=_newest_first)
        yield from kept[: self.options.limit] if self.options.limit is not None else kept

    # ------------------------------------------------------------------ collection

    def _collect(self, url: str) -> Iterator[DiscoveredURL]:
        self._sitemaps_read, self._listed = set(), set()
        start = self._get(url)
        if start is None:
            return
        kind = _kind(start)
        if kind == "feed":
            yield from self._feed(start)
        elif kind == "sitemap":
            self._first_reading(start)
            yield from self._sitemap(start, depth=0, seen={start.url})
        else:
            yield from self._site(start)

    def _site(self, home: Resource) -> Iterator[DiscoveredURL]:
        html = home.text or home.content.decode("utf-8", "replace")
        feeds = feed_links(html, home.url)
        sitemaps = self._robots_sitemaps(home.url)
        found_any = False
        for feed_url in feeds or _guesses(home.url, COMMON_FEED_PATHS):
            resource = self._get(feed_url, quiet=not feeds)
            if resource is not None and _kind(resource) == "feed":
                items = list(self._feed(resource))
                found_any = found_any or bool(items)
                yield from items
        seen: set[str] = set()
        listed = sitemaps or _guesses(home.url, COMMON_SITEMAP_PATHS)
        for index, sitemap_url in enumerate(listed):
            if sitemaps and self._sources_read >= self.options.max_sources:
                # One failure for them all: robots.txt listing 1,000 sitemaps made 950
                # failures and as many warnings, each saying the same.
                reason = f"more than {self.options.max_sources} sources"
                left = f"{len(listed) - index:,} of its sitemaps not read"
                robots = self._robots_url(home.url)
                self._fail(robots, SourcesNotReadError(robots, f"{reason}: {left}"))
                break
            resource = self._get(sitemap_url, quiet=not sitemaps)
            if resource is not None and _kind(resource) == "sitemap":
                seen.add(resource.url)
                if not self._first_reading(resource):
                    continue  # robots.txt naming one sitemap twice, or under two addresses
                items = list(self._sitemap(resource, depth=0, seen=seen))
                found_any = found_any or bool(items)
                yield from items
        if not found_any:
            yield from article_links(html, home.url)

    def _feed(self, resource: Resource) -> Iterator[DiscoveredURL]:
        try:
            yield from list(parse_feed(resource.content, resource.url))
        except FeedTooLongError as exc:  # said, and its first entries read all the same
            self._fail(resource.url, exc)
            yield from exc.pages
        except NewsExtractError as exc:
            self._fail(resource.url, exc)

    def _sitemap(
        self,
        resource: Resource,
        *,
        depth: int,
        seen: set[str],
        parsed: tuple[list[SitemapRef], list[DiscoveredURL]] | None = None,
    ) -> Iterator[DiscoveredURL]:
        if parsed is None:
            parsed = self._parse(resource)
            if parsed is None:
                return
            self._adds(parsed)
        children, pages = parsed
        yield from pages
        if depth >= self.options.max_depth:
            if children:
                reason = f"sitemap index deeper than {depth}"
                self._fail(resource.url, SourcesNotReadError(resource.url, reason))
            return
        # Newest children first: with a limit and a date filter, old archives can be skipped.
        ordered = sorted(children, key=_child_date, reverse=True)
        repeated = 0
        for index, child in enumerate(ordered):
            if child.url in seen:
                continue  # a sitemap listing itself, or a cycle between indexes
            since = self.options.since
            if since and child.modified and aware(child.modified) < aware(since):
                continue  # an archive last changed before the window
            if self._sources_read >= self.options.max_sources:
                # One failure for them all: an index of 50,000 children made 49,950 failures
                # and as many warnings, each saying the same.
                left = len(ordered) - index
                reason = f"more than {self.options.max_sources} sources"
                self._fail(
                    resource.url,
                    SourcesNotReadError(
                        resource.url, f"{reason}: {left:,} of its sitemaps not read"
                    ),
                )
                return
            seen.add(child.url)
            sub = self._get(child.url)
            if sub is None:
                continue
            if self._first_reading(sub):
                parsed = self._parse(sub)
                if parsed is None:
                    continue  # unreadable: a failure says so
                if self._adds(parsed):
                    repeated = 0
                    yield from self._sitemap(sub, depth=depth + 1, seen=seen, parsed=parsed)
                    continue
            repeated += 1  # read already, or a copy of what was
            if repeated >= MAX_REPEATED_CHILDREN:
                left = len(ordered) - index - 1
                reason = f"{repeated} of its sitemaps repeat ones read already"
                self._fail(
                    resource.url,
                    SourcesNotReadError(
                        resource.url, f"{reason}: {left:,} of its sitemaps not read"
                    ),
                )
                return

    def _parse(self, resource: Resource) -> tuple[list[SitemapRef], list[DiscoveredURL]] | None:
        """The children and pages of a sitemap; None when it cannot be read (a failure)."""
        try:
            return parse_sitemap(resource.content, resource.url)
        except (SitemapTooLongError, SitemapCutShortError) as exc:  # said, its first read
            self._fail(resource.url, exc)
            return exc.children, exc.pages
        except NewsExtractError as exc:
            self._fail(resource.url, exc)
            return None

    def _adds(self, parsed: tuple[list[SitemapRef], list[DiscoveredURL]]) -> bool:
        """Whether a sitemap lists an entry (a child or a page) no sitemap read for this
        start URL listed, or none at all; its entries are noted listed. A copy of one read
        already, a byte apart, adds nothing."""
        listed = self._listed
        size = len(listed)
        listed.update(child.url for child in parsed[0])
        listed.update(page.url for page in parsed[1])
        return len(listed) > size or not (parsed[0] or parsed[1])

    def _first_reading(self, resource: Resource) -> bool:
        """Whether the sitemap was not read already for this start URL, under its final
        address or another (the same bytes: a digest of 4 MB costs a few ms); noted read."""
        digest = hashlib.blake2b(resource.content, digest_size=16).digest()
        if resource.url in self._sitemaps_read or digest in self._sitemaps_read:
            return False
        self._sitemaps_read.update((resource.url, digest))
        return True

    @staticmethod
    def _robots_url(home: str) -> str:
        parts = urlsplit(home)
        return urlunsplit((parts.scheme, parts.netloc, "/robots.txt", "", ""))

    def _robots_sitemaps(self, home: str) -> list[str]:
        robots = self._robots_url(home)
        resource = self._get(robots, quiet=True)
        if resource is None:
            return []
        # read as the fetcher reads robots.txt: a byte order mark before "Sitemap:" hid the line
        return robots_sitemaps(decode_robots(resource.content), robots)

    # ------------------------------------------------------------------ helpers

    def _get(self, url: str, *, quiet: bool = False) -> Resource | None:
        if self._sources_read >= self.options.max_sources:
            if not quiet:
                reason = f"more than {self.options.max_sources} sources"
                self._fail(url, SourcesNotReadError(url, reason))
            return None
        self._sources_read += 1
        try:
            return self._fetcher.get(url)
        except (NewsExtractError, OSError) as exc:
            if not quiet:
                self._fail(url, exc)
            return None

    def _fail(self, source: str, exc: BaseException) -> None:
        failure = SourceFailure(source=source, error_type=type(exc).__name__, message=str(exc))
        logger.warning(
            "discovery: %s: %s: %s",
            source,
            failure.error_type,
            failure.message,
            extra={SOURCE_FAILURE: failure},
        )
        self.failures.append(failure)

    def _article(self, item: DiscoveredURL) -> bool:
        """Whether a URL may be an article; one whose path says it is not goes to
        ``skipped`` with the reason (``articles_only``)."""
        reason = non_article_reason(item.url) if self.options.articles_only else None
        if reason is None:
            return True
        self.skipped.append(
            SkippedURL(url=item.url, reason=reason, source=item.source, via=item.via)
        )
        return False

    def _matches(self, option: str, pattern: str, item: DiscoveredURL) -> bool | None:
        """Whether ``pattern`` matches the URL; None, the URL set aside as skipped, when the
        match ran past ``patterns.MATCH_SECONDS`` (``re`` ran without bound on a listed URL:
        ``(a|aa)+$`` on 40 letters and a "!" took minutes)."""
        try:
            return patterns.compiled(pattern).search(item.url, timeout=MATCH_SECONDS) is not None
        except TimeoutError as exc:
            if isinstance(exc, NewsExtractError):  # the run's own time limit, meanwhile
                raise
        self._regex_stalls += 1
        if self._regex_stalls >= MAX_REGEX_STALLS:
            raise OptionError(
                f"the {option} regex {reprlib.repr(pattern)} ran past {MATCH_SECONDS:g} s on "
                f"{self._regex_stalls} URLs: it backtracks without bound; write it another way",
                field=option,
                allowed="a regular expression that does not backtrack without bound",
            )
        reason = f"the {option} regex ran past {MATCH_SECONDS:g} s on this URL"
        # also said where no skipped list is shown (crawl, discover --no-articles-only)
        logger.warning("%s: set aside: %s", item.url[:200], reason)
        self.skipped.append(
            SkippedURL(
                url=item.url,
                reason=reason,
                source=item.source,
                via=item.via,
                regex_stalled=True,
            )
        )
        return None

    def _wanted(self, item: DiscoveredURL, start: str) -> bool:
        opts = self.options
        if opts.same_site_only and not same_site(item.url, start):
            return False
        if opts.include and not self._matches("include", opts.include, item):
            return False
        if opts.exclude and self._matches("exclude", opts.exclude, item) is not False:
            return False
        if opts.since is None and opts.until is None:
            return True
        when = item.date
        if when is None:
            return opts.keep_undated
        when = aware(when)
        if opts.since is not None and when < aware(opts.since):
            return False
        return opts.until is None or when <= aware(opts.until)


_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def _child_date(child: SitemapRef) -> datetime:
    """For ordering and ``since``: lastmods with and without an offset mix in one index."""
    return aware(child.modified) if child.modified else _EPOCH


def _newest_first(item: DiscoveredURL) -> tuple[int, float]:
    when = item.date
    return (0, -aware(when).timestamp()) if when else (1, 0.0)


def _merge(items: Iterable[DiscoveredURL]) -> list[DiscoveredURL]:
    """One entry per URL, keeping the first title and the dates any source gave."""
    merged: dict[str, DiscoveredURL] = {}
    for item in items:
        known = merged.get(item.url)
        if known is None:
            merged[item.url] = item
            continue
        merged[item.url] = attrs.evolve(
            known,
            title=known.title or item.title,
            published=known.published or item.published,
            modified=known.modified or item.modified,
        )
    return list(merged.values())


def _guesses(home: str, paths: tuple[str, ...]) -> list[str]:
    parts = urlsplit(home)
    return [
        u
        for u in (normalize_url(urlunsplit((parts.scheme, parts.netloc, p, "", ""))) for p in paths)
        if u
    ]


# The comments before a feed's root are taken possessively (each to its first "-->"): with
# backtracking, the ways to split n comments numbered 2**n, and a head of 4 KB of "<!---->"
# and no root hung discovery on the page for ever (20 comments took 0.1 s).
_FEED_START = re.compile(
    rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*+<(?:rss|feed|rdf:RDF)\b", re.S
)
_SITEMAP_START = re.compile(rb"<(?:urlset|sitemapindex)\b")


def _kind(resource: Resource) -> str:
    """ "feed", "sitemap" or "html", from the bytes first (servers mislabel XML often)."""
    head = resource.content[:4096]
    if head.startswith(b"\x1f\x8b") or _SITEMAP_START.search(head):
        return "sitemap"
    if _FEED_START.match(head) or (
        head.lstrip().startswith(b"{") and b'"version"' in head and b"jsonfeed" in head
    ):
        return "feed"
    media = (resource.media_type or "").lower()
    if "rss" in media or "atom" in media:
        return "feed"
    return "html"
