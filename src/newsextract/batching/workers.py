"""Extraction across worker processes, with a bounded number of pages in flight.

Extraction is CPU-bound, so pages go to a ``ProcessPoolExecutor`` in chunks (one pickling
round trip per chunk, not per page), and no more than ``max_pending`` pages are ever read
ahead, fetching, queued or in a worker: memory stays flat however many inputs there are.
Results come back in the order they complete. ``workers=1`` runs everything in this process.

Fetched pages are chunked too: the pages that arrive while every worker has a chunk to work
on wait (counted in ``max_pending``) until a chunk is full or a worker is about to run out,
so a fast fetcher does not cost one pickling round trip per page. The dispatcher learns of
each finished fetch or chunk from a queue its futures' callbacks feed: one step per result,
whatever the number in flight.

Worker processes are started with ``forkserver`` where the platform has it (``spawn``
elsewhere): forking a process that runs threads (the fetcher's event loop, a progress bar)
can deadlock. The server imports the pipeline and runs its warm-up before it forks the first
worker (``preload``), so each worker starts warm in milliseconds, once per worker and again
after a crash. As with any use of ``multiprocessing``, a script that starts a batch must keep
its top-level code under ``if __name__ == "__main__":``.

A worker that dies (the OOM killer, a crash in a C extension) breaks the whole pool. The pool
is replaced and the pages that were in flight are put in quarantine: each is sent again
alone, with nothing else in the pool, so the page that kills a worker on its own ends up as a
``Failure`` (``WorkerCrashedError``) and every other page is extracted. Workers end
themselves when the batch process dies, however it dies.

A page over its time limit raises ``PageTimeoutError`` in its worker; one stuck in a C call,
where the signal cannot reach it, has its worker ended by the worker's watchdog
(``timelimit``), which names the page first: that page gets its ``PageTimeoutError`` row at
once and the others in flight go through the quarantine as after a crash.
"""

from __future__ import annotations

import logging
import multiprocessing
import multiprocessing.connection
import multiprocessing.forkserver
import multiprocessing.queues
import os
import queue
import signal
import sys
import threading
from collections import deque
from collections.abc import Callable, Generator, Iterator, Sequence
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any, Generic, Protocol, TypeVar

import attrs

from newsextract.article_kind import page_kind
from newsextract.batching.results import BatchItem, Failure, Skipped, Stage, read_error
from newsextract.batching.tasks import Fetched, FileTask, PageTask, Task, UrlTask, WorkItem
from newsextract.batching.timelimit import (
    OVERRUN_GRACE,
    PAGE_TIME_LIMIT,
    PageTimeoutError,
    install_watchdog,
    time_limit,
)
from newsextract.decode import decode_html
from newsextract.errors import ExtractionError, NewsExtractError, OptionError
from newsextract.extract import extract, extract_decoded
from newsextract.files import read_page_file
from newsextract.interrupts import end_on_terminate_from, interrupts_ignored, signals_held
from newsextract.options import ExtractOptions
from newsextract.warm_up import warm_up

logger = logging.getLogger(__name__)

_T = TypeVar("_T")
ItemT = TypeVar("ItemT")
"""What a chunk function returns per task: ``BatchItem``, or the batch command's encoded
rows (``encoded``)."""

ChunkFunction = Callable[[Sequence[Task], ExtractOptions], list[ItemT]]
"""Extracts a chunk of tasks; must be a module-level function (it is pickled by name), or a
``functools.partial`` of one."""


def process(task: Task, options: ExtractOptions, *, articles_only: bool = False) -> BatchItem:
    """Read, decode and extract one task; every error becomes a ``Failure`` of its stage.

    With ``articles_only``, a page that is not an article (``article_kind``) becomes a
    ``Skipped`` item with the reason, not an article.
    """
    url = task.url
    retrieved = task.retrieved if isinstance(task, PageTask) else None
    if retrieved is not None and retrieved != options.fetched_at:
        # when this page was captured (fetched, a WARC record's date): a relative stamp's
        # reference, so "3 hours ago" dates the page; the options' time is for the inputs
        # that carry none (saved files)
        options = attrs.evolve(options, fetched_at=retrieved)
    stage: Stage = "read"
    try:
        if isinstance(task, FileTask):
            content: bytes | str = read_page_file(task.path)
            charset = None
        else:
            content, charset = task.content, task.charset
        stage = "decode"
        with time_limit(_worker_state.get("time_limit", PAGE_TIME_LIMIT), key=task.key):
            if isinstance(content, bytes):
                if isinstance(task, PageTask) and task.codings:
                    from newsextract.batching.warc import undo_codings

                    content = undo_codings(content, task.codings)
                decoded = decode_html(content, declared=charset)
                text = decoded.text
                stage = "extract"
                # The bytes too: the parser reads UTF-8 bytes without encoding the text again.
                article = extract_decoded(content, decoded, url, options=options)
            else:
                text, stage = content, "extract"
                article = extract(content, url=url, options=options)
            kind = page_kind(text, article, url) if articles_only else None
    except (Exception, SystemExit, GeneratorExit) as exc:  # an input that fails is a record,
        # whatever the error: a SystemExit out of a site rule's code ended the whole batch
        if stage == "extract" and not isinstance(exc, NewsExtractError):
            logger.warning("unexpected %s on %s: %s", type(exc).__name__, task.key, exc)
            logger.debug("the traceback of the error on %s", task.key, exc_info=True)
        failure = Failure.from_exception(task.key, stage, read_error(exc))
        return BatchItem(input=task.key, url=url, retrieved=retrieved, failure=failure)
    if kind is not None and not kind.is_article:
        skipped = Skipped(reason=f"not an article: {kind.reason}")
        return BatchItem(input=task.key, url=url, retrieved=retrieved, skipped=skipped)
    return BatchItem(input=task.key, url=url, retrieved=retrieved, article=article)


def process_chunk(tasks: Sequence[Task], options: ExtractOptions) -> list[BatchItem]:
    """``process`` over a chunk of tasks, in order."""
    return [process(task, options) for task in tasks]


def process_articles_chunk(tasks: Sequence[Task], options: ExtractOptions) -> list[BatchItem]:
    """``process`` over a chunk of tasks, in order, pages that are not articles skipped."""
    return [process(task, options, articles_only=True) for task in tasks]


class Fetcher(Protocol):
    """Turns a URL task into a page to extract, a failure, or, for a page with nothing to
    extract (a crawl's unchanged page), ``Skipped``, some time later."""

    def submit(self, task: UrlTask) -> Future[Fetched]: ...


def check_counts(workers: int, chunksize: int) -> None:
    """Refuse a count of workers or of pages a chunk that is no whole number of at least 1:
    ``workers=2.5`` or ``"2"`` was a TypeError out of ``batch``, not the option's error."""
    for field, value in (("workers", workers), ("chunksize", chunksize)):
        if not isinstance(value, int) or isinstance(value, bool) or value < 1:
            raise OptionError(
                f"{field} must be a whole number of at least 1, not {value!r}",
                field=field,
                allowed="an int >= 1",
            )


class WorkerCrashedError(ExtractionError):
    """The worker process died while it held this page (kept as the failure's error type)."""


# ---------------------------------------------------------------- executors


class InlineExecutor(Executor):
    """Runs each call at once in this process (``workers=1``), behind the Executor API."""

    def submit(self, fn: Callable[..., _T], /, *args: Any, **kwargs: Any) -> Future[_T]:
        future: Future[_T] = Future()
        try:
            future.set_result(fn(*args, **kwargs))
        except Exception as exc:
            future.set_exception(exc)
        return future


def default_workers() -> int:
    """The CPUs this process may run on (its affinity, which containers narrow), at least 1."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def start_method() -> str:
    """``forkserver`` where the platform has it, else ``spawn``; never ``fork`` (threads)."""
    methods = multiprocessing.get_all_start_methods()
    return "forkserver" if "forkserver" in methods else "spawn"


# The module the fork server imports before it forks any worker: the pipeline, warmed up.
_PRELOAD = "newsextract.batching.preload"


def start_server(workers: int) -> None:
    """Start the fork server the pool of ``workers`` processes forks its workers from, now:
    it imports the pipeline and runs its warm-up (1-1.5 s of a core) while this process goes
    on with its own start (reading its options, opening its output, a resumed output's keys)
    instead of after it, at the first chunk. Nothing to do for one worker (this process
    extracts), where the platform has no fork server, or once the server runs; the server
    ends with this process."""
    if workers > 1 and start_method() == "forkserver":
        # Takes effect when the server starts (the first pool of this process): each worker
        # is then forked warm from it (see ``preload``), "__main__" as by default.
        multiprocessing.forkserver.set_forkserver_preload(["__main__", _PRELOAD])
        # Ctrl-C, and SIGTERM from a scheduler, reach the whole process group: the server
        # and its workers leave them to this process, which shuts the pool down
        # (``interrupts``).
        with interrupts_ignored():
            multiprocessing.forkserver.ensure_running()


# Set once per worker process by the pool's initializer, so that the options (site rules
# included) are pickled once per worker rather than once per chunk.
_worker_state: dict[str, Any] = {}


def _init_worker(
    chunk_function: ChunkFunction[Any],
    options: ExtractOptions,
    page_time_limit: float,
    overrun_grace: float,
    overruns: multiprocessing.queues.SimpleQueue[str],
) -> None:
    _worker_state["function"] = chunk_function
    # (forked from the fork server, it ignores Ctrl-C already; started by ``spawn``, not yet)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    parent = multiprocessing.parent_process()
    if parent is not None and parent.pid is not None:  # first: before any thread starts
        end_on_terminate_from(parent.pid)
    _worker_state["options"] = options
    _worker_state["time_limit"] = page_time_limit
    install_watchdog(overruns.put, overrun_grace)
    preloaded = sys.modules.get(_PRELOAD)
    if not getattr(preloaded, "WARMED", False):  # not forked from a warmed fork server
        warm_up()
    if parent is not None:
        threading.Thread(
            target=_exit_with_parent, args=(parent.sentinel,), daemon=True, name="watch-parent"
        ).start()


def _exit_with_parent(sentinel: int) -> None:
    """End this worker when the batch process dies (SIGKILL, OOM): nothing else would."""
    multiprocessing.connection.wait([sentinel])
    os._exit(1)


def _run_inline(
    function: ChunkFunction[_T], tasks: Sequence[Task], options: ExtractOptions, time_limit: float
) -> list[_T]:
    """A chunk run in this process (``workers=1``), under the dispatcher's time limit."""
    _worker_state["time_limit"] = time_limit
    try:
        return function(tasks, options)
    finally:
        del _worker_state["time_limit"]


def _run_chunk(tasks: Sequence[Task]) -> list[Any]:
    function: ChunkFunction[Any] = _worker_state["function"]
    return function(tasks, _worker_state["options"])


# ---------------------------------------------------------------- the dispatcher


class Dispatcher(Generic[ItemT]):
    """Feeds work items to a pool (URLs through a fetcher first) and yields every result.

    Each input yields exactly one result: what the chunk function returns for it (a
    ``BatchItem``, or the batch command's ``EncodedRow``), or a ``BatchItem`` of the failure
    the dispatcher saw (a fetch, a crash, a timeout). ``max_pending`` bounds the pages read ahead,
    in flight or done but not yet taken by the caller (the default keeps every worker busy
    with a few chunks queued). ``page_time_limit`` is each page's time limit in seconds, and
    ``overrun_grace`` how long past it a worker stuck in a C call is given before it is ended.
    """

    def __init__(
        self,
        *,
        options: ExtractOptions,
        workers: int,
        chunksize: int = 8,
        max_pending: int | None = None,
        fetcher: Fetcher | None = None,
        # (a chunk function of BatchItem: ``ItemT`` is then BatchItem, or left open)
        chunk_function: ChunkFunction[ItemT] = process_chunk,  # type: ignore[assignment]
        page_time_limit: float = PAGE_TIME_LIMIT,
        overrun_grace: float = OVERRUN_GRACE,
    ) -> None:
        check_counts(workers, chunksize)
        self._page_time_limit = page_time_limit
        self._overrun_grace = overrun_grace
        self._context = multiprocessing.get_context(start_method())
        self._overruns: multiprocessing.queues.SimpleQueue[str] | None = None
        self._overran: set[str] = set()  # keys the workers' watchdogs reported
        self._options = options
        self._workers = workers
        self._chunksize = chunksize
        self._max_pending = max_pending or workers * chunksize * 4
        self._fetcher = fetcher
        self._chunk_function = chunk_function
        self._executor: Executor | None = None
        self._generation = 0
        # future -> (its tasks, whether it runs alone in the pool, the pool's generation)
        self._chunks: dict[Future[list[ItemT]], tuple[tuple[Task, ...], bool, int]] = {}
        self._fetches: dict[Future[Fetched], UrlTask] = {}
        self._quarantine: deque[Task] = deque()  # pages in flight when a worker died
        self._fetched: list[PageTask] = []  # fetched pages waiting to fill a chunk
        self._completed: queue.SimpleQueue[Future[Any]] = queue.SimpleQueue()
        self._in_flight = 0  # pages fetching, waiting in ``_fetched``, queued or in a worker
        self._ready: deque[BatchItem | ItemT] = deque()
        start_server(workers)  # warming up while the caller starts reading its inputs

    def run(self, work: Iterator[WorkItem]) -> Generator[BatchItem | ItemT, None, None]:
        """Every result, as it completes; the pool is shut down when this generator ends."""
        try:
            exhausted = False
            while True:
                while self._ready:
                    yield self._ready.popleft()
                if self._quarantine:
                    self._run_suspect()
                elif not exhausted:
                    exhausted = self._fill(work)
                if self._ready:
                    continue
                if not self._chunks and not self._fetches:
                    if self._fetched:
                        self._flush_fetched()
                        continue
                    if exhausted and not self._quarantine:
                        return
                    continue
                self._collect(self._completed.get())
                while True:  # whatever else finished meanwhile, before a chunk is made
                    try:
                        self._collect(self._completed.get_nowait())
                    except queue.Empty:
                        break
                self._flush_fetched()
        finally:
            self._shutdown()

    # -- feeding

    def _fill(self, work: Iterator[WorkItem]) -> bool:
        """Take work items until the bound is reached; True once ``work`` is exhausted.
        (Taking one should not wait: results are collected only between fillings, so an
        input that is slow to come, such as a page to fetch, goes as a ``UrlTask``.)"""
        chunk: list[Task] = []
        while self._in_flight + len(chunk) + len(self._ready) < self._max_pending:
            item = next(work, None)
            if item is None:
                self._submit(chunk)
                return True
            if isinstance(item, Failure):
                self._ready.append(BatchItem(input=item.input, failure=item))
            elif isinstance(item, UrlTask):
                self._fetch(item)
            else:
                chunk.append(item)
                if len(chunk) >= self._chunksize:
                    self._submit(chunk)
                    chunk = []
        self._submit(chunk)
        return False

    def _fetch(self, task: UrlTask) -> None:
        if self._fetcher is None:
            failure = Failure(
                input=task.key,
                stage="fetch",
                error_type="FetchUnavailableError",
                message="URL inputs need newsextract.fetching, which cannot be used here",
            )
            self._ready.append(BatchItem(input=task.key, url=task.key, failure=failure))
            return
        future = self._fetcher.submit(task)
        self._fetches[future] = task
        self._in_flight += 1
        future.add_done_callback(self._completed.put)

    def _run_suspect(self) -> None:
        """Send the next quarantined page to the pool alone, once the pool is idle."""
        if not self._chunks:
            self._submit([self._quarantine.popleft()], alone=True)

    def _submit(self, tasks: Sequence[Task], *, alone: bool = False) -> None:
        if not tasks:
            return
        chunk = tuple(tasks)
        while True:
            executor = self._current_executor()
            try:
                if isinstance(executor, InlineExecutor):
                    future = executor.submit(
                        _run_inline,
                        self._chunk_function,
                        chunk,
                        self._options,
                        self._page_time_limit,
                    )
                else:
                    with signals_held():  # the worker this may start is known to the pool first
                        future = executor.submit(_run_chunk, chunk)
            except BrokenProcessPool:
                self._replace_executor(self._generation)
                continue
            break
        self._chunks[future] = (chunk, alone, self._generation)
        self._in_flight += len(chunk)
        future.add_done_callback(self._completed.put)

    def _flush_fetched(self) -> None:
        """Send the fetched pages in full chunks, and what is left once a worker would idle
        (fewer chunks in the pool than workers) or nothing else is on the way."""
        if self._quarantine or any(alone for _, alone, _ in self._chunks.values()):
            return  # the pool is busy proving a page guilty; ``_collect_fetch`` queued them
        size = self._chunksize
        while len(self._fetched) >= size:
            self._send_fetched(size)
        if self._fetched and (len(self._chunks) < self._workers or not self._fetches):
            self._send_fetched(len(self._fetched))

    def _send_fetched(self, count: int) -> None:
        chunk, self._fetched = self._fetched[:count], self._fetched[count:]
        self._in_flight -= len(chunk)  # counted again as a chunk
        self._submit(chunk)

    # -- collecting

    def _collect(self, future: Future[Any]) -> None:
        if future in self._fetches:
            self._collect_fetch(future, self._fetches.pop(future))
            return
        tasks, alone, generation = self._chunks.pop(future)
        self._in_flight -= len(tasks)
        try:
            items: list[ItemT] = future.result()
        except BrokenProcessPool:
            self._replace_executor(generation)
            suspects = self._fail_overruns(tasks)
            if alone and suspects:  # it killed a worker on its own: the culprit
                error = WorkerCrashedError("a worker process died while extracting this page")
                self._ready.append(_failed(suspects[0], "extract", error))
            else:
                self._quarantine.extend(suspects)
        except Exception as exc:  # the chunk never ran (pickling) or the function is broken
            logger.warning("a chunk of %d pages failed: %r", len(tasks), exc)
            if len(tasks) > 1:
                # One page's result no pickle takes failed the pages beside it (a rule hook's
                # value of the caller's own class): each is run again in a chunk of its own.
                for task in tasks:
                    self._submit([task])
            else:
                self._ready.append(_failed(tasks[0], "extract", exc))
        else:
            self._ready.extend(items)

    def _fail_overruns(self, tasks: Sequence[Task]) -> list[Task]:
        """Give the pages a watchdog reported their timeout rows; return the others."""
        while self._overruns is not None and not self._overruns.empty():
            self._overran.add(self._overruns.get())
        others = []
        for task in tasks:
            if task.key in self._overran:
                self._overran.discard(task.key)
                error = PageTimeoutError(
                    f"page took longer than {self._page_time_limit:g} s "
                    f"(its worker was stopped {self._overrun_grace:g} s past the limit)"
                )
                self._ready.append(_failed(task, "extract", error))
            else:
                others.append(task)
        return others

    def _collect_fetch(self, future: Future[Fetched], task: UrlTask) -> None:
        try:
            result = future.result()
        except Exception as exc:  # a fetcher bug must not lose the input
            result = Failure.from_exception(task.key, "fetch", exc)
        if isinstance(result, Failure):
            self._in_flight -= 1
            self._ready.append(BatchItem(input=task.key, url=task.key, failure=result))
        elif isinstance(result, Skipped):
            self._in_flight -= 1
            self._ready.append(BatchItem(input=task.key, url=task.key, skipped=result))
        elif self._quarantine or any(alone for _, alone, _ in self._chunks.values()):
            self._in_flight -= 1
            self._quarantine.append(result)  # the pool is busy proving a page guilty
        else:
            self._fetched.append(result)  # still in flight, until ``_flush_fetched``

    # -- the executor

    def _current_executor(self) -> Executor:
        if self._executor is None:
            # Not cut in two: a semaphore of the pool's, its name sent to multiprocessing's
            # resource tracker but its clean-up not yet set, is reported leaked at the end.
            with signals_held():
                self._executor = self._new_executor()
        return self._executor

    def _new_executor(self) -> Executor:
        if self._workers == 1:
            return InlineExecutor()
        if self._overruns is None:
            self._overruns = self._context.SimpleQueue()
        start_server(self._workers)  # started by ``__init__`` unless it has stopped since
        return ProcessPoolExecutor(
            max_workers=self._workers,
            mp_context=self._context,
            initializer=_init_worker,
            initargs=(
                self._chunk_function,
                self._options,
                self._page_time_limit,
                self._overrun_grace,
                self._overruns,
            ),
        )

    def _replace_executor(self, generation: int) -> None:
        """Drop the broken pool of ``generation``, unless that was done already."""
        if generation != self._generation or self._executor is None:
            return
        logger.warning("a worker process died; starting a new pool")
        self._executor.shutdown(wait=True, cancel_futures=True)
        self._executor = None
        self._generation += 1

    def _shutdown(self) -> None:
        for future in self._chunks:
            future.cancel()
        if self._executor is not None:
            self._executor.shutdown(wait=True, cancel_futures=True)
            self._executor = None


def _failed(task: Task, stage: Stage, error: BaseException) -> BatchItem:
    return BatchItem(
        input=task.key,
        url=task.url,
        retrieved=task.retrieved if isinstance(task, PageTask) else None,
        failure=Failure.from_exception(task.key, stage, error),
    )
