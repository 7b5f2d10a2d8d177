"""Batch extraction at any scale: files, folders, globs, WARC archives, JSONL and URLs.

``batch(inputs)`` yields one ``BatchItem`` per input, an ``Article``, a ``Failure`` or (with
``articles_only=True``) a ``Skipped`` page that is not an article, with extraction spread
over worker processes and URLs fetched politely on the side. The modules, in the order the
data flows:

- ``inputs``: expanding inputs into work items (``tasks``) with stable keys; ``warc`` and
  ``jsonl`` read archives and row files, ``files`` opens every file (regular files only,
  pages capped, gzip inflated incrementally)
- ``urls``: the async fetcher on a background thread, for URL inputs
- ``workers``: the process pool, with a bounded number of pages in flight
- ``results``: ``BatchItem``, ``Failure`` and ``Skipped``; ``rows``: their row form, the one
  schema of every output (``extract``'s JSON too)
- ``writers``, ``resume``, ``progress``: JSONL, CSV and Parquet output flushed as it goes,
  resuming from it, and a progress bar; ``encoded``: the batch command's rows, written out
  by the workers so that the batch process only appends their bytes
- ``runner``: ``batch`` itself; ``cli``: ``newsextract batch`` (also
  ``python -m newsextract.batching``)

``newsextract.batch`` is the ``batch`` function (this package's ``batch`` re-exported); reach
the modules with ``from newsextract.batching.cli import run_batch`` and the like.
"""

import typing as _typing

from newsextract.batching.results import BatchItem, Failure, Skipped

if _typing.TYPE_CHECKING:
    from newsextract.batching.runner import batch


def __getattr__(name: str) -> _typing.Any:
    """``batch``, loaded on first use: a worker's process imports ``batching.workers``, and
    with it this package, without the inputs' readers and the fetcher (httpx and the rest,
    0.25 s of the workers' fork server's start, before its warm-up)."""
    if name != "batch":
        raise AttributeError(f"module 'newsextract.batching' has no attribute {name!r}")
    from newsextract.batching.runner import batch

    globals()["batch"] = batch
    return batch


__all__ = ["BatchItem", "Failure", "Skipped", "batch"]
