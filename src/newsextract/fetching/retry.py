"""When to try a request again, and how long to wait first."""

from __future__ import annotations

import random
import socket
import time
from email.utils import parsedate_to_datetime

import attrs
import httpx

from newsextract.fetching.options import FetchOptions

RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
_UNANSWERED = "Server disconnected without sending a response"  # httpcore's words for it


def is_retryable_error(exc: httpx.TransportError) -> bool:
    """Connection failures are worth another try; a name that does not resolve is not.

    So is a connection the server closed before a byte of its answer: a server's keep-alive
    timeout can end just as a pooled connection is reused, and RFC 9112 (9.3.1) lets a
    client send such a GET again. Without it, a batch lost every other page of a server
    that closes its connections a moment after each answer.
    """
    if isinstance(exc, httpx.RemoteProtocolError):
        return str(exc).startswith(_UNANSWERED)
    if isinstance(exc, (httpx.ReadError, httpx.WriteError)):
        # The same race when the server's close came first: the request written on the
        # closed connection is answered by a reset (a GET, so safe to send again).
        return _caused_by(exc, (ConnectionResetError, BrokenPipeError))
    if not isinstance(exc, (httpx.ConnectError, httpx.ConnectTimeout)):
        return False
    cause: BaseException | None = exc
    while cause is not None:
        if isinstance(cause, socket.gaierror) and cause.errno == socket.EAI_NONAME:
            return False
        cause = cause.__cause__ or cause.__context__
    return True


def _caused_by(exc: BaseException, kinds: tuple[type[BaseException], ...]) -> bool:
    cause: BaseException | None = exc
    while cause is not None:
        if isinstance(cause, kinds):
            return True
        cause = cause.__cause__ or cause.__context__
    return False


def backoff(attempt: int, options: FetchOptions) -> float:
    """Seconds before retry number ``attempt`` (0-based): exponential, capped, half jittered."""
    ceiling = min(options.backoff_cap, options.backoff_base * 2.0**attempt)
    return ceiling / 2 + random.uniform(0, ceiling / 2)


@attrs.define
class RetryBudget:
    """The seconds one fetch may still spend waiting to retry, over all its hops, its
    robots.txt and all their retries (``FetchOptions.max_retry_wait``): without it, a server
    answering 503 with a ``Retry-After`` just under ``retry_after_cap`` held a URL for
    ``retries`` times that cap (6 minutes by default) before the error."""

    left: float

    def take(self, seconds: float) -> bool:
        """Whether ``seconds`` more waiting fit in the budget (they are then spent)."""
        if seconds > self.left:
            return False
        self.left -= seconds
        return True


def retry_after(value: str | None, *, now: float | None = None) -> float | None:
    """Seconds a ``Retry-After`` header asks to wait (delta-seconds or an HTTP date), or
    None for a value that is neither: RFC 9110 digits are ASCII ("²" and "١٢" are none), and a
    date past what a datetime holds is no date."""
    if not value:
        return None
    value = value.strip()
    if value.isascii() and value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, OverflowError):
        return None
    if when.tzinfo is None:
        return None
    return max(0.0, when.timestamp() - (time.time() if now is None else now))


def status_wait(
    status: int, retry_after_header: str | None, attempt: int, options: FetchOptions
) -> float | None:
    """Seconds to wait before retrying a response with ``status``, or None not to retry.

    A ``Retry-After`` longer than ``retry_after_cap`` means "not soon": no retry.
    """
    if status not in RETRY_STATUSES or attempt >= options.retries:
        return None
    asked = retry_after(retry_after_header)
    if asked is None:
        return backoff(attempt, options)
    return asked if asked <= options.retry_after_cap else None
