"""Rows written out by the workers, for ``newsextract batch``'s output files.

Beside two workers, the batch process had 0.3-0.5 ms of CPU a page to spend on the core
the workers need: unpickling each result's ``Article`` (its body blocks object by object),
then its ``to_dict``, ``json.dumps`` and encoding. The batch command's writing path has its
workers do that work instead: a worker returns the row of an article or a skipped page as
the bytes its output format writes (``encode``), with what the batch process still needs
to keep count (the status, the skipped page's reason, the site rule and its provenance for
the rule's drift report). The batch process appends the bytes: the files are the same,
byte for byte. A failure stays a ``BatchItem``, written by the batch process as before (it
may go to the ``--errors`` file, in its own format).

``batch()`` yields ``BatchItem`` as ever: this is only the batch command's path.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import NamedTuple

from newsextract.article import Article
from newsextract.batching.results import BatchItem, Skipped
from newsextract.batching.tasks import Task
from newsextract.batching.workers import process
from newsextract.batching.writers import Format, row_bytes
from newsextract.options import ExtractOptions


class EncodedRow(NamedTuple):
    """An article's or a skipped page's row, already encoded by a worker (``data``).

    A named tuple pickles as its values alone: the cheapest result to send back and read.
    ``failure`` is always None (a failure stays a ``BatchItem``); ``rule`` and
    ``provenance`` are the article's (the provenance only when a rule matched, which is all
    the drift report reads).
    """

    input: str
    data: bytes
    skipped: Skipped | None = None
    rule: str | None = None
    provenance: Mapping[str, str] | None = None

    @property
    def failure(self) -> None:
        """None: a failed input is a ``BatchItem``, not an encoded row."""
        return None

    def stand_in(self) -> Article | None:
        """An ``Article`` holding what the run's counters read of the article (its rule and
        that rule's provenance), or None for a skipped page."""
        if self.skipped is not None:
            return None
        if self.rule is None:
            return _NO_RULE
        return Article(rule=self.rule, provenance=self.provenance or {})


_NO_RULE = Article()

Result = BatchItem | EncodedRow
"""What the batch command's workers return: encoded rows, and failures as items."""


def encode(item: BatchItem, fmt: Format) -> Result:
    """``item`` as an ``EncodedRow`` in ``fmt``, or as it is when it failed or cannot be
    encoded (the batch process then writes it, and meets the same error, as before)."""
    if item.failure is not None:
        return item
    try:
        data = row_bytes(item, fmt)
    except Exception:  # e.g. a lone surrogate: the batch process raises it as it did
        return item
    article = item.article
    if article is None:
        return EncodedRow(input=item.input, data=data, skipped=item.skipped)
    provenance = dict(article.provenance) if article.rule is not None else None
    return EncodedRow(input=item.input, data=data, rule=article.rule, provenance=provenance)


def encode_chunk(
    tasks: Sequence[Task], options: ExtractOptions, *, fmt: Format, articles_only: bool = False
) -> list[Result]:
    """``workers.process`` over a chunk of tasks, in order, each row encoded in ``fmt``
    (bound with ``functools.partial``: the partial of a module-level function pickles)."""
    return [encode(process(task, options, articles_only=articles_only), fmt) for task in tasks]
