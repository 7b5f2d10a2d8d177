"""What a batch run yields: one ``BatchItem`` per input, holding an ``Article``, a ``Failure``
or, for a page that is not an article, a ``Skipped``.

A batch never drops an input. Whatever goes wrong with it (a missing file, a torn WARC, a 404,
a page that is not HTML, a bug) becomes a ``Failure`` that names the input, the stage and the
error, and is written out like any article. Its row form is the one schema of ``rows``.
"""

from __future__ import annotations

import gzip
import typing
import zlib
from datetime import datetime
from typing import Any, Literal

import attrs

from newsextract.article import Article
from newsextract.batching.rows import (
    Status,
    article_row,
    columns,
    dumps,
    error_message,
    error_row,
    skipped_row,
)
from newsextract.errors import CorruptInputError, NewsExtractError

__all__ = ["STAGES", "BatchItem", "Failure", "Skipped", "Stage", "columns", "dumps"]

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
            input=input, stage=stage, error_type=type(error).__name__, message=error_message(error)
        )


def read_error(error: BaseException) -> BaseException:
    """``error``, raised reading an input file, as the project's typed error where Python's
    names only how the reading broke: a gzip stream that is none, corrupt or cut short
    (``BadGzipFile``, ``zlib.error``, ``EOFError``) is a ``CorruptInputError``, so a row
    names ``CorruptInputError`` and says what it is. Any other error is returned as it is."""
    if isinstance(error, NewsExtractError):
        return error
    if isinstance(error, gzip.BadGzipFile):
        return CorruptInputError(f"not gzip data, though named .gz: {error}")
    if isinstance(error, zlib.error):
        return CorruptInputError(f"corrupt compressed data: {error}")
    if isinstance(error, EOFError):
        return CorruptInputError("compressed data cut short: the file ends mid-stream")
    return error


@attrs.frozen(kw_only=True)
class Skipped:
    """A page that was read and extracted but is not an article (a site's about page, a
    section front, a tag page), and why: ``reason``, in words a crawl log can show."""

    reason: str


def _one_outcome(item: BatchItem, _attribute: attrs.Attribute[Any], _value: object) -> None:
    if sum(outcome is not None for outcome in (item.article, item.failure, item.skipped)) != 1:
        raise ValueError("a BatchItem holds either an article, a failure or a skipped page")


@attrs.frozen(kw_only=True)
class BatchItem:
    """The result of one batch input: an ``article``, a ``failure`` or, when the batch keeps
    articles only, ``skipped`` for a page that is not one; exactly one of the three.

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
    skipped: Skipped | None = None

    @property
    def ok(self) -> bool:
        """True when the input gave an article."""
        return self.article is not None

    @property
    def status(self) -> Status:
        """``ok``, ``error`` or ``skipped``: the ``status`` of the row."""
        if self.article is not None:
            return "ok"
        return "error" if self.failure is not None else "skipped"

    def to_dict(self) -> dict[str, Any]:
        """The output row, in the one schema of ``rows``: the same keys, in the same order, for
        an article, a failure and a skipped page (those that do not apply are None)."""
        if self.article is not None:
            return article_row(self.input, self.article, url=self.url, retrieved=self.retrieved)
        if self.failure is not None:
            return error_row(
                self.input,
                stage=self.failure.stage,
                error=self.failure.error_type,
                message=self.failure.message,
                url=self.url,
                retrieved=self.retrieved,
            )
        assert self.skipped is not None
        return skipped_row(
            self.input, reason=self.skipped.reason, url=self.url, retrieved=self.retrieved
        )
