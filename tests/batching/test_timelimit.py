"""One pathological page becomes a failure row instead of stalling its worker."""

from __future__ import annotations

import threading
import time

import pytest

from newsextract.batching.timelimit import PageTimeoutError, time_limit
from newsextract.errors import NewsExtractError

# The alarm may fire while Python runs a gc callback another library registered
# (hypothesis's, loaded by other tests in the run): Python reports the error raised there as
# unraisable, and ``time_limit`` raises it again at the block's end (its ``fired`` check),
# which is what these tests check; pytest would count the report as a failure.
pytestmark = pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")


def test_a_slow_page_is_stopped() -> None:
    started = time.monotonic()
    with pytest.raises(PageTimeoutError), time_limit(0.2):
        while True:
            time.sleep(0.01)
    assert time.monotonic() - started < 2
    assert issubclass(PageTimeoutError, NewsExtractError)
    assert issubclass(PageTimeoutError, TimeoutError)


def test_a_limit_that_code_inside_swallowed_still_ends_the_page() -> None:
    """A library that catches every Exception (trafilatura's HTML loader does) must not turn
    a page over its limit into a page that finished: the block's end raises instead."""
    with pytest.raises(PageTimeoutError), time_limit(0.05):
        try:
            while True:
                time.sleep(0.01)
        except Exception:
            pass


def test_a_fast_page_is_untouched_and_the_timer_is_cleared() -> None:
    with time_limit(0.2):
        pass
    time.sleep(0.3)  # no alarm fires after the block


def test_outside_the_main_thread_there_is_no_limit() -> None:
    errors: list[BaseException] = []

    def work() -> None:
        try:
            with time_limit(0.05):
                time.sleep(0.1)
        except BaseException as exc:
            errors.append(exc)

    thread = threading.Thread(target=work)
    thread.start()
    thread.join()
    assert errors == []
