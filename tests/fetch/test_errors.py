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

from .servers import Site, fast_options, fetch_once

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


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_a_password_in_the_url_is_masked_in_the_message(kind: str, site: Site) -> None:
    # Messages go to logs and error rows; the password is the user's, not for those.
    url = site.url("/status/404").replace("http://", "http://reader:s3cret-word@")
    with pytest.raises(HTTPStatusError) as caught:
        fetch_once(kind, url, fast_options())
    assert "s3cret-word" not in str(caught.value)
    assert "reader:[secure]@" in str(caught.value)
    assert caught.value.url == url  # the URL asked for stays as it was given


def test_a_message_without_the_password_or_with_an_unsplittable_url_is_left_as_it_is() -> None:
    assert str(FetchError("refused", url="http://[::1/")) == "refused"
    assert str(FetchError("for http://a@b/", url="http://a@b/")) == "for http://a@b/"
