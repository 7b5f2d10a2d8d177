"""A guard for tests of hostile input that could hang: the call runs in a thread, and the test
fails instead of waiting forever. Not a timing test: ``GUARD`` is far above what any case takes."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TypeVar

_T = TypeVar("_T")
GUARD = 60.0  # seconds: far above what any case takes, only there to end a hang


def finishes(call: Callable[[], _T]) -> _T:
    """``call()``, failing the test if it has not returned within ``GUARD`` seconds."""
    result: list[_T] = []
    worker = threading.Thread(target=lambda: result.append(call()), daemon=True)
    worker.start()
    worker.join(GUARD)
    assert result, f"did not finish within {GUARD} s"
    return result[0]


def raised(call: Callable[[], object]) -> Exception | None:
    """The exception ``call()`` raises within ``GUARD`` seconds, or None if it returns."""

    def attempt() -> Exception | None:
        try:
            call()
        except Exception as exc:
            return exc
        return None

    return finishes(attempt)
