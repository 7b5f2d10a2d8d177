"""What a batch run yields: one ``BatchItem`` per input, holding an ``Article`` or a ``Failure``.

A batch never drops an input. Whatever goes wrong with it (a missing file, a torn WARC, a 404,
a page that is not HTML, a bug) becomes a ``Failure`` that names the input, the stage and the
error, and is written out like any article.
"""

from __future__ import annotations

import json
import typing
from collections.abc import Mapping
from datetime import datetime
from typing import Any, Literal

import attrs

from newsextract.article import Article

Stage = Literal["read", "fetch", "decode", "extract"]
"""Where an input failed: reading it (file, archive), fetching it (URL), decoding its bytes
to text, or extracting the article from the text."""

STAGES: tuple[Stage, ...] = typing.get_args(Stage)


@attrs.frozen(kw_only=True)
class Failure:
    """One input that produced no article, and why.

    ``input`` is the input key (see ``BatchItem.input``), ``stage`` where it failed,
    ``error_type`` the exception's class name (``FileNotFoundError``, ``NotHTMLError``,
    ``HTTPStatusError``...) and ``message`` its text.
    """

    input: str
    stage: Stage = attrs.field(validator=attrs.validators.in_(STAGES))
    error_type: str
    message: str

    @classmethod
    def from_exception(cls, input: str, stage: Stage, error: BaseException) -> Failure:
        """The failure record of an exception raised while handling ``input``."""
        return cls(
            input=input, stage=stage, error_type=type(error).__name__, message=str(error) or ""
        )


def _one_outcome(item: BatchItem, _attribute: attrs.Attribute[Any], _value: object) -> None:
    if (item.article is None) == (item.failure is None):
        raise ValueError("a BatchItem holds either an article or a failure")


@attrs.frozen(kw_only=True)
class BatchItem:
    """The result of one batch input: an ``article`` or a ``failure``, never both.

    ``input`` is the input's stable key, the same in every run over the same inputs, which
    ``--resume`` uses to skip work already done:

    - a file: its path as given or as found in a folder or glob (``pages/a.html.gz``);
    - a WARC record: the archive's path, ``#`` and the record's byte offset in the (compressed)
      file (``crawl.warc.gz#18324``), the offset Common Crawl's index gives too;
    - a JSONL row: the file's path, ``:`` and the line number from 1 (``pages.jsonl:12``);
    - a URL: the URL as given.

    ``url`` is the page's address when known (the WARC record's target URI, the JSONL row's
    ``url``, the fetched page's final URL after redirects), and ``retrieved`` when the page was
    captured (the WARC record's date, the fetch time), timezone-aware.
    """

    input: str
    url: str | None = None
    retrieved: datetime | None = None
    article: Article | None = attrs.field(default=None, validator=_one_outcome)
    failure: Failure | None = None

    @property
    def ok(self) -> bool:
        """True when the input gave an article."""
        return self.article is not None

    def to_dict(self) -> dict[str, Any]:
        """The output row: ``input``, ``retrieved``, then the article's fields or the failure's.

        An article row is ``Article.to_dict()`` with ``input`` and ``retrieved`` in front; a
        failure row has ``input``, ``url``, ``retrieved``, ``stage``, ``error`` (the error
        type) and ``message``. Dates are ISO 8601 strings.
        """
        head: dict[str, Any] = {
            "input": self.input,
            "retrieved": self.retrieved.isoformat() if self.retrieved else None,
        }
        if self.article is not None:
            return {**head, **self.article.to_dict()}
        assert self.failure is not None
        return {
            **head,
            "url": self.url,
            "stage": self.failure.stage,
            "error": self.failure.error_type,
            "message": self.failure.message,
        }


FAILURE_COLUMNS = ("stage", "error", "message")


def columns() -> tuple[str, ...]:
    """The columns of table outputs (CSV, Parquet, Dask dataframes), in order.

    ``input`` and ``retrieved``, the failure's ``stage``, ``error`` and ``message`` (empty
    for articles), then every field of ``Article.to_dict()`` (``url`` holds a failed page's URL
    too).
    """
    return ("input", "retrieved", *FAILURE_COLUMNS, *Article().to_dict())


def flat_row(item: BatchItem) -> dict[str, Any]:
    """``item.to_dict()`` with every column of ``columns()``, missing ones as None."""
    row = item.to_dict()
    return {name: row.get(name) for name in columns()}


def dumps(row: Mapping[str, Any]) -> str:
    """One JSON line (UTF-8 text, not ASCII-escaped, no newline)."""
    return json.dumps(row, ensure_ascii=False, separators=(",", ":"))
