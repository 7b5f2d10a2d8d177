"""What discovery yields: an article URL with what its source says about it."""

from __future__ import annotations

from datetime import datetime

import attrs

from newsextract.metadata.candidate import MAX_VALUE_CHARS


def _title_within_budget(title: str | None) -> str | None:
    """``title`` cut to an Article value's budget (``MAX_VALUE_CHARS``): a feed's, a news
    sitemap's or a link's title is the site's text, and a 3 MB one was kept whole."""
    return title[:MAX_VALUE_CHARS] if title is not None and len(title) > MAX_VALUE_CHARS else title


@attrs.frozen(kw_only=True)
class DiscoveredURL:
    """An article URL found in a feed, a sitemap or on a page.

    ``published``/``modified`` are what the source states (None where it does not);
    ``source`` is the feed, sitemap or page URL it came from and ``via`` its kind.
    """

    url: str
    title: str | None = attrs.field(default=None, converter=_title_within_budget)
    published: datetime | None = None
    modified: datetime | None = None
    source: str = ""
    via: str = ""  # "feed", "sitemap", "news-sitemap", "links"

    @property
    def date(self) -> datetime | None:
        """The best date known for ordering: publication, else last modification."""
        return self.published or self.modified


@attrs.frozen(kw_only=True)
class SkippedURL:
    """A URL a source lists that is not an article (an about page, a tag index, an image):
    recorded with the reason instead of being handed on as one."""

    url: str
    reason: str
    source: str = ""
    via: str = ""
    regex_stalled: bool = False
    """Set aside because an ``--include``/``--exclude`` regex ran too long on it, not for
    what it is (the summary counts these apart from the URLs that are no article)."""


@attrs.frozen(kw_only=True)
class SourceFailure:
    """A feed, sitemap or page that could not be read; discovery carries on without it."""

    source: str
    error_type: str
    message: str
