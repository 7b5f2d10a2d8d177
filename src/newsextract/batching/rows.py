"""The one row schema of every output: ``newsextract extract`` (``json``, ``jsonl``),
``newsextract batch`` and ``crawl`` (JSONL, CSV, Parquet) and the Dask adapter.

Every row has the same keys, in the same order (``columns()``), whatever became of its
input; a value that does not apply is null:

- ``input``: the input's key (a path, a URL, ``crawl.warc.gz#18324``, ``rows.jsonl:12``, ``-``);
- ``status``: ``ok`` (an article), ``error`` (the input failed) or ``skipped`` (the page was
  read but is not an article: a site's about page, a section front);
- ``url``: the page's address when known; ``retrieved``: when it was captured (ISO 8601);
- ``stage``, ``error``: where an input failed (``read``, ``fetch``, ``decode``, ``extract``)
  and the error's type; ``message``: the error's text, or why a page was skipped;
- then every field of ``Article.to_dict()`` but ``url``: filled on ``ok`` rows only.

So a program reading the rows of one command reads those of the other, and a failed or
skipped input is told apart by ``status`` alone.
"""

from __future__ import annotations

import functools
import json
import os
from collections.abc import Mapping
from datetime import datetime
from typing import Any, Literal

from newsextract.article import Article

Status = Literal["ok", "error", "skipped"]

HEAD = ("input", "status", "url", "retrieved", "stage", "error", "message")
"""The columns in front of the article's fields."""


@functools.cache
def columns() -> tuple[str, ...]:
    """Every key of a row, in order: ``HEAD``, then the article's fields (``url`` once)."""
    return (*HEAD, *(name for name in Article().to_dict() if name != "url"))


def article_row(
    input: str, article: Article, *, url: str | None = None, retrieved: datetime | None = None
) -> dict[str, Any]:
    """The row of an input that gave an article (its ``url``, else the input's ``url``)."""
    fields = article.to_dict()
    fields["url"] = fields.get("url") or url
    return _row(input, "ok", retrieved=retrieved, fields=fields)


def error_row(
    input: str,
    *,
    stage: str,
    error: str,
    message: str,
    url: str | None = None,
    retrieved: datetime | None = None,
) -> dict[str, Any]:
    """The row of an input that failed at ``stage`` with an ``error`` of that type."""
    head = {"url": url, "stage": stage, "error": error, "message": message}
    return _row(input, "error", retrieved=retrieved, fields=head)


def skipped_row(
    input: str, *, reason: str, url: str | None = None, retrieved: datetime | None = None
) -> dict[str, Any]:
    """The row of a page that is not an article, with the ``reason`` in ``message``."""
    return _row(input, "skipped", retrieved=retrieved, fields={"url": url, "message": reason})


def _row(
    input: str, status: Status, *, retrieved: datetime | None, fields: Mapping[str, Any]
) -> dict[str, Any]:
    known = {
        "input": input,
        "status": status,
        "retrieved": retrieved.isoformat() if retrieved else None,
        **fields,
    }
    return {name: known.get(name) for name in columns()}


def error_message(error: BaseException) -> str:
    """An error's text in one line; an ``OSError`` as ``Permission denied: pages/a.html``
    rather than ``[Errno 13] Permission denied: 'pages/a.html'``."""
    if isinstance(error, OSError) and error.strerror:
        names = [os.fsdecode(n) for n in (error.filename, error.filename2) if n is not None]
        text = f"{error.strerror}: {' -> '.join(names)}" if names else error.strerror
    else:
        text = str(error)
    return " ".join(text.split())


def dumps(row: Mapping[str, Any]) -> str:
    """One JSON line (UTF-8 text, not ASCII-escaped, no newline)."""
    return json.dumps(row, ensure_ascii=False, separators=(",", ":"))
