"""``batch``: inputs of every kind in, one ``BatchItem`` per input out."""

from __future__ import annotations

import functools
import os
import pickle
from collections.abc import Container, Generator, Iterable, Iterator
from multiprocessing.reduction import ForkingPickler
from typing import TYPE_CHECKING, TypeVar

from newsextract.batching.inputs import NO_FILES, iter_urls, iter_work
from newsextract.batching.own_files import OwnFiles
from newsextract.batching.results import BatchItem
from newsextract.batching.tasks import WorkItem
from newsextract.batching.urls import FetchBridge
from newsextract.batching.workers import (
    ChunkFunction,
    Dispatcher,
    check_counts,
    default_workers,
    process_articles_chunk,
    process_chunk,
)
from newsextract.errors import OptionError
from newsextract.options import ExtractOptions, options_from

if TYPE_CHECKING:
    from newsextract.batching.encoded import Result
    from newsextract.batching.writers import Format
    from newsextract.fetching import FetchOptions
    from newsextract.rules.model import SiteRule
    from newsextract.rules.registry import RuleRegistry


def batch(
    inputs: Iterable[str | os.PathLike[str]],
    *,
    workers: int | None = None,
    options: ExtractOptions | None = None,
    rules: Iterable[SiteRule] | RuleRegistry | None = None,
    default_rules: bool | None = None,
    fetch_options: FetchOptions | None = None,
    skip: Container[str] = (),
    chunksize: int = 8,
    articles_only: bool = False,
    urls_only: bool = False,
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

    With ``articles_only``, each page is also classified (``newsextract.article_kind``: the
    type it declares, its date and author, its body's size) and one that is not an article,
    such as a site's about page or a section front, yields a ``BatchItem`` whose ``skipped``
    gives the reason, instead of a mostly empty ``Article``; ``crawl`` runs so. With
    ``urls_only`` (``crawl`` again), every input is the URL of a page to fetch, whatever its
    path: none is read as a WARC archive or expanded as a glob.

    ``rules`` and ``default_rules`` are those of ``extract``, applied to every page: give
    them here, or inside ``options``, not both (a ``TypeError``). Worker processes receive
    them pickled, so a rule's Python hooks must be importable functions, not lambdas (with
    ``workers=1`` any callable will do); one that cannot be sent raises ``OptionError`` here.
    """
    chunk_function = process_articles_chunk if articles_only else process_chunk
    return _start(
        inputs,
        chunk_function,
        workers=workers,
        options=options_from(options, rules=rules, default_rules=default_rules),
        fetch_options=fetch_options,
        skip=skip,
        chunksize=chunksize,
        urls_only=urls_only,
    )


def batch_rows(
    inputs: Iterable[str | os.PathLike[str]],
    fmt: Format,
    *,
    workers: int | None = None,
    options: ExtractOptions,
    fetch_options: FetchOptions | None = None,
    skip: Container[str] = (),
    chunksize: int = 8,
    articles_only: bool = False,
    urls_only: bool = False,
    own_files: OwnFiles = NO_FILES,
) -> Generator[Result, None, None]:
    """``batch`` for the batch command's output file in ``fmt``: each article's or skipped
    page's row comes as an ``EncodedRow``, its bytes written out by the worker, so that the
    batch process only appends them (``encoded``); a failure comes as a ``BatchItem``. The
    files the run writes (``own_files``) are never read as inputs."""
    from newsextract.batching.encoded import encode_chunk

    chunk_function = functools.partial(encode_chunk, fmt=fmt, articles_only=articles_only)
    return _start(
        inputs,
        chunk_function,
        workers=workers,
        options=options,
        fetch_options=fetch_options,
        skip=skip,
        chunksize=chunksize,
        urls_only=urls_only,
        own_files=own_files,
    )


_I = TypeVar("_I")


def _start(
    inputs: Iterable[str | os.PathLike[str]],
    chunk_function: ChunkFunction[_I],
    *,
    workers: int | None,
    options: ExtractOptions,
    fetch_options: FetchOptions | None,
    skip: Container[str],
    chunksize: int,
    urls_only: bool,
    own_files: OwnFiles = NO_FILES,
) -> Generator[BatchItem | _I, None, None]:
    workers = workers or default_workers()
    check_counts(workers, chunksize)
    if workers > 1:
        check_sendable(options)
    fetcher = FetchBridge(fetch_options)  # its thread starts with the first URL
    dispatcher = Dispatcher(
        options=options,
        workers=workers,
        chunksize=chunksize,
        fetcher=fetcher,
        chunk_function=chunk_function,
    )
    work = iter_urls(inputs, skip) if urls_only else iter_work(inputs, skip, own_files)
    return _run(dispatcher, fetcher, work)


def _run(
    dispatcher: Dispatcher[_I], fetcher: FetchBridge, work: Iterator[WorkItem]
) -> Generator[BatchItem | _I, None, None]:
    with fetcher:
        yield from dispatcher.run(work)


def check_sendable(options: ExtractOptions) -> None:
    """Refuse, before any work, options the worker processes could not receive (a rule's
    lambda hook): the pool would otherwise fail with a pickling traceback on first use."""
    try:
        ForkingPickler.dumps(options)
    except (pickle.PicklingError, TypeError, AttributeError) as exc:
        raise OptionError(
            f"invalid option rules: worker processes cannot receive them ({exc}); give hooks"
            " as importable functions, not lambdas or local functions, or run with workers=1",
            field="rules",
            allowed="a list of SiteRule or a RuleRegistry whose hooks are importable functions",
        ) from exc
