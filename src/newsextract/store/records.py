"""What goes into the store and what comes out of it, as frozen records."""

from __future__ import annotations

from datetime import datetime
from typing import Literal, get_args

import attrs

from newsextract.article import Article

Outcome = Literal["article", "skipped", "error"]
"""What a page's last fetch gave: an article, a page that is not one, or a failure."""

Written = Literal["new", "revised", "unchanged"]
"""What writing an article did: a new article, a new revision of one, or only a check."""


@attrs.frozen(kw_only=True)
class PageCheck:
    """One fetch of a URL, as the store keeps it in ``pages``.

    ``etag`` and ``last_modified`` are the response's validators, sent back on the next
    check (a 304 then costs no extraction); ``content_hash`` is the body's SHA-256 (an
    unchanged body is not extracted again); ``source_modified`` is the ``lastmod`` the feed
    or sitemap gave (a newer one makes the URL due again).
    """

    url: str
    checked_at: datetime
    # Checked when made: the store's readers and statistics know these three only, and a
    # misspelt outcome written by hand would make the page neither due nor counted.
    outcome: Outcome = attrs.field(validator=attrs.validators.in_(get_args(Outcome)))
    final_url: str | None = None
    status: int | None = None
    etag: str | None = None
    last_modified: str | None = None
    content_hash: str | None = None
    source_modified: datetime | None = None
    error: str | None = None
    message: str | None = None


@attrs.frozen(kw_only=True)
class StoredPage:
    """A URL the store has seen: what the crawl needs to decide whether to fetch it again."""

    url: str
    checked_at: datetime
    outcome: Outcome
    etag: str | None = None
    last_modified: str | None = None
    content_hash: str | None = None
    source_modified: datetime | None = None


@attrs.frozen(kw_only=True)
class WriteResult:
    """What ``Store.write_article`` did: ``written`` (new, revised or unchanged), the
    article's canonical ``url``, its ``revision`` number, and the earlier article it copies
    (``duplicate_of``, with the estimated ``similarity``; 1.0 for the same body)."""

    url: str
    written: Written
    revision: int
    duplicate_of: str | None = None
    similarity: float | None = None


@attrs.frozen(kw_only=True)
class Revision:
    """One version of an article: ``number`` from 1, when it was ``seen``, the page it came
    from, the fields that ``changes`` from the version before (empty for the first)."""

    number: int
    seen_at: datetime
    page_url: str
    changes: tuple[str, ...]
    article: Article


@attrs.frozen(kw_only=True)
class StoredArticle:
    """An article as stored: its latest ``Article`` and what the store knows about it."""

    article: Article
    url: str
    site: str
    first_seen: datetime
    updated_at: datetime
    checked_at: datetime
    revisions: int
    duplicate_of: str | None = None
    similarity: float | None = None
