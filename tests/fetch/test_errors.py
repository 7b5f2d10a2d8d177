"""Fetch errors: one base, a subclass per cause, each carrying the URL; they pickle."""

from __future__ import annotations

import pickle

import pytest

import newsextract
from newsextract import (
    BlockedAddressError,
    FetchConnectionError,
    FetchError,
    FetchTimeoutError,
    HTTPStatusError,
    NewsExtractError,
    NotHTMLError,
    NotHTMLResponseError,
    RedirectLoopError,
    ResponseTooLargeError,
    RobotsDisallowedError,
    TooManyRedirectsError,
)

URL = "https://example.org/a"
ERRORS = [
    HTTPStatusError("HTTP 404", url=URL, status=404),
    FetchTimeoutError("total timeout", url=URL, phase="total"),
    FetchConnectionError("refused", url=URL),
    ResponseTooLargeError("too large", url=URL, limit=10),
    NotHTMLResponseError("pdf", url=URL, content_type="application/pdf"),
    RobotsDisallowedError("disallowed", url=URL),
    TooManyRedirectsError("too many", url=URL),
    RedirectLoopError("loop", url=URL),
    BlockedAddressError("loopback", url=URL, address="127.0.0.1"),
]


@pytest.mark.parametrize("error", ERRORS, ids=lambda e: type(e).__name__)
def test_every_fetch_error_carries_the_url_and_pickles(error: FetchError) -> None:
    assert isinstance(error, FetchError)
    assert isinstance(error, NewsExtractError)
    assert error.url == URL
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is type(error)
    assert (str(copy), copy.__dict__) == (str(error), error.__dict__)


def test_errors_also_subclass_the_builtin_they_resemble() -> None:
    assert issubclass(FetchTimeoutError, TimeoutError)
    assert issubclass(FetchConnectionError, ConnectionError)
    assert issubclass(NotHTMLResponseError, NotHTMLError)
    assert issubclass(RedirectLoopError, TooManyRedirectsError)


def test_the_tree_is_drawn_in_the_module_docstring() -> None:
    doc = newsextract.errors.__doc__ or ""
    for error in ERRORS:
        assert type(error).__name__ in doc
