"""URL inputs: one ``AsyncFetcher`` on an event loop in a background thread.

The dispatcher hands URLs over one at a time (``submit`` returns a future) and waits on those
futures together with the worker pool's, so fetching and extraction overlap: pages go to the
workers as they arrive, and the fetcher's politeness (per-host slots and delays, robots.txt,
retries) applies across the whole run, since one ``AsyncFetcher`` serves it all.

Each URL is one ``AsyncFetcher.fetch`` task, its ``FetchError`` turned into a
``FetchFailure`` as ``fetch_many`` does. ``fetch_many`` itself does not fit here: it awaits
its next URL before it hands out the results it has, and the dispatcher only sends more URLs
once results come back. The dispatcher bounds the URLs in flight instead.
"""

from __future__ import annotations

import asyncio
import logging
import threading
from concurrent.futures import Future
from typing import TYPE_CHECKING

from newsextract.batching.results import Failure
from newsextract.batching.tasks import Fetched, PageTask, UrlTask
from newsextract.decode import check_decodable
from newsextract.errors import EmptyInputError, NotHTMLError

if TYPE_CHECKING:
    from newsextract.fetching import AsyncFetcher, FetchFailure, FetchOptions, Page

logger = logging.getLogger(__name__)

_Request = tuple[str, "Future[Fetched]"]


class FetchBridge:
    """Fetches submitted URLs with one ``AsyncFetcher``, started on first use.

    ``submit`` may be called from any thread; ``close`` (or leaving the ``with`` block) ends
    the event loop, cancelling the fetches still running.
    """

    def __init__(self, options: FetchOptions | None = None) -> None:
        self._options = options
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._queue: asyncio.Queue[_Request | None] | None = None
        self._started = threading.Event()
        self._error: BaseException | None = None

    def __enter__(self) -> FetchBridge:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def submit(self, task: UrlTask) -> Future[Fetched]:
        """A future of the fetched page (as a task to extract) or of the fetch failure."""
        future: Future[Fetched] = Future()
        self._start()
        with self._lock:
            if self._error is not None or self._loop is None or self._queue is None:
                future.set_exception(self._error or RuntimeError("the fetcher is closed"))
            else:
                self._loop.call_soon_threadsafe(self._queue.put_nowait, (task.key, future))
        return future

    def close(self) -> None:
        """Stop the event loop (cancelling running fetches) and wait for its thread."""
        thread = self._thread
        if thread is None:
            return
        with self._lock:
            if self._loop is not None and self._queue is not None:
                self._loop.call_soon_threadsafe(self._queue.put_nowait, None)
        thread.join()
        self._thread = None

    # -- the event loop thread

    def _start(self) -> None:
        with self._lock:
            if self._thread is not None:
                return
            self._thread = threading.Thread(target=self._run, name="newsextract-fetch", daemon=True)
            self._thread.start()
        self._started.wait()

    def _run(self) -> None:
        try:
            asyncio.run(self._serve())
        except BaseException as exc:  # whatever ended the loop, later submits must know
            self._error = self._error or exc
        finally:
            self._started.set()
            with self._lock:
                self._loop = None

    async def _serve(self) -> None:
        queue: asyncio.Queue[_Request | None] = asyncio.Queue()
        try:
            from newsextract.fetching import AsyncFetcher

            fetcher = AsyncFetcher(self._options)
        except Exception as exc:
            self._error = exc
            raise
        finally:
            with self._lock:
                self._loop, self._queue = asyncio.get_running_loop(), queue
            self._started.set()
        running: set[asyncio.Task[None]] = set()
        async with fetcher:
            try:
                while (request := await queue.get()) is not None:
                    task = asyncio.create_task(_fetch(fetcher, *request))
                    running.add(task)
                    task.add_done_callback(running.discard)
            finally:
                for task in running:
                    task.cancel()
                await asyncio.gather(*running, return_exceptions=True)
                while not queue.empty():  # submitted after close: answer them all the same
                    if (request := queue.get_nowait()) is not None:
                        request[1].set_exception(RuntimeError("the fetcher is closed"))


async def _fetch(fetcher: AsyncFetcher, url: str, future: Future[Fetched]) -> None:
    from newsextract.credentials import mask_passwords
    from newsextract.errors import FetchError
    from newsextract.fetching import FetchFailure

    try:
        result: Page | FetchFailure = await fetcher.fetch(url)
    except FetchError as exc:
        result = FetchFailure(url=url, error=exc)
    except asyncio.CancelledError:
        future.cancel()
        raise
    except Exception as exc:  # a bug must not lose the URL
        logger.exception("unexpected error fetching %s", mask_passwords(url))
        future.set_result(Failure.from_exception(url, "fetch", exc))
        return
    future.set_result(to_task(result))


def to_task(result: Page | FetchFailure) -> PageTask | Failure:
    """A fetched page as a task for the workers, or a failure."""
    from newsextract.fetching import Page

    if isinstance(result, Page):
        return page_task(result)
    return Failure(
        input=result.url, stage="fetch", error_type=result.reason, message=result.message
    )


def page_task(page: Page) -> PageTask:
    """A fetched page as a task, keyed by the URL asked for, at its final URL.

    Its bytes go to the worker with the charset the server declared, and the worker decodes
    them as ``Page.text`` would (``decode_html``): this process, which fetches for every
    worker, does not spend its one core on it. A body with nothing to decode (empty, or of
    another media type the options accepted) goes as its text, as before.
    """
    content: bytes | str = page.content
    try:
        check_decodable(page.content)
    except (EmptyInputError, NotHTMLError):
        content = page.text
    return PageTask(
        key=page.url,
        content=content,
        charset=page.declared_charset,
        url=page.final_url,
        retrieved=page.fetched_at,
    )
