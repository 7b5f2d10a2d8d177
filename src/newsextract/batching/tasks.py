"""What a batch works on: page files, pages in memory and URLs, each with its stable key."""

from __future__ import annotations

from datetime import datetime

import attrs

from newsextract.batching.results import Failure, Skipped
from newsextract.page import web_address


def _web_url(value: str | None) -> str | None:
    return web_address(value) if isinstance(value, str) else None


@attrs.frozen(kw_only=True)
class FileTask:
    """A page file that a worker reads itself (gunzipped when its name ends in ``.gz``);
    ``url``, when known, the address it was saved from."""

    key: str
    path: str
    url: str | None = None


@attrs.frozen(kw_only=True)
class PageTask:
    """A page whose content is already in memory: a WARC record, a JSONL row, a fetched page.

    ``content`` is bytes (decoded in the worker, ``charset`` being the declared one) or text.
    ``codings`` are the HTTP transfer and content codings still applied to the bytes, in the
    order the server applied them (``("gzip", "chunked")``).

    ``url`` comes from the input itself (a record's ``WARC-Target-URI``, a row's ``"url"``),
    so it is kept only when it is an absolute http(s) address (``page.web_address``): a
    ``javascript:``, ``file:`` or ``data:`` target, or one that does not parse, would else
    become the article's ``url`` and ``canonical_url``, and the row's.
    """

    key: str
    content: bytes | str
    url: str | None = attrs.field(default=None, converter=_web_url)
    charset: str | None = None
    retrieved: datetime | None = None
    codings: tuple[str, ...] = ()


@attrs.frozen(kw_only=True)
class UrlTask:
    """A page to fetch; its key is the URL."""

    key: str


Task = FileTask | PageTask
"""What a worker process extracts."""

WorkItem = FileTask | PageTask | UrlTask | Failure
"""What the input stream holds: tasks, URLs to fetch first, and inputs that already failed."""

Fetched = PageTask | Failure | Skipped
"""What a fetch gives the dispatcher: a page to extract, a failure, or ``Skipped`` for a
page with nothing to extract (a crawl's unchanged page)."""
