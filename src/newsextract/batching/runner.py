"""``batch``: inputs of every kind in, one ``BatchItem`` per input out."""

from __future__ import annotations

import os
from collections.abc import Container, Generator, Iterable, Iterator
from typing import TYPE_CHECKING

from newsextract.batching.inputs import iter_work
from newsextract.batching.results import BatchItem
from newsextract.batching.tasks import WorkItem
from newsextract.batching.urls import FetchBridge
from newsextract.batching.workers import Dispatcher, default_workers
from newsextract.options import ExtractOptions

if TYPE_CHECKING:
    from newsextract.fetching import FetchOptions


def batch(
    inputs: Iterable[str | os.PathLike[str]],
    *,
    workers: int | None = None,
    options: ExtractOptions | None = None,
    fetch_options: FetchOptions | None = None,
    skip: Container[str] = (),
    chunksize: int = 8,
) -> Generator[BatchItem, None, None]:
    """Extract the article of every input, yielding one ``BatchItem`` per input.

    ``inputs`` may mix URLs, page files (``.html``, ``.htm``, ``.xhtml``, each optionally
    ``.gz``), folders and globs of them, WARC archives (``.warc``, ``.warc.gz``: one input per
    HTML response record) and JSONL files of ``{"url": ..., "html": ...}`` rows; remote paths
    (``s3://...``) go through fsspec. It is read lazily, so it may be a generator of millions.

    Items come in the order they complete, not the input order; each names its input in
    ``BatchItem.input``, a key that is stable across runs. Inputs whose key is in ``skip`` are
    left out (``newsextract.batching.resume.done_keys`` reads the keys of an earlier output).
    Nothing is lost: an input that fails yields a ``BatchItem`` with a ``Failure`` instead of
    an ``Article``.

    Extraction runs in ``workers`` processes (default: one per CPU this process may use;
    ``1`` runs in this process), ``chunksize`` pages at a time; URLs are fetched by one
    ``AsyncFetcher`` with ``fetch_options``, politely, on a background thread. At most a few
    chunks per worker are read ahead, so memory stays flat. Closing the generator early
    (``close()``, or ``contextlib.closing``) stops the workers. A script that calls this must
    keep its top-level code under ``if __name__ == "__main__":`` (worker processes import the
    main module).
    """
    fetcher = FetchBridge(fetch_options)  # its thread starts with the first URL
    dispatcher = Dispatcher(
        options=options or ExtractOptions(),
        workers=workers or default_workers(),
        chunksize=chunksize,
        fetcher=fetcher,
    )
    return _run(dispatcher, fetcher, iter_work(inputs, skip))


def _run(
    dispatcher: Dispatcher, fetcher: FetchBridge, work: Iterator[WorkItem]
) -> Generator[BatchItem, None, None]:
    with fetcher:
        yield from dispatcher.run(work)
