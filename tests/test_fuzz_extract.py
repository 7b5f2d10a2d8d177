"""Whatever the input, ``extract`` returns an Article or raises a NewsExtractError that is a
verdict on the input, never one that wraps an unexpected bug.

A few hundred cases a run; ``benchmarks/fuzz_extract.py`` runs the same strategies at length.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hostile_inputs import (
    broken_metadata_page,
    extract_or_error,
    hostile_url,
    is_unexpected,
    mutated_fixture,
    tag_soup,
)

_SETTINGS = settings(max_examples=120, deadline=None, suppress_health_check=list(HealthCheck))


def _check(data: bytes | str, url: str | None = "https://example.org/a") -> None:
    error = extract_or_error(data, url)
    if error is not None and is_unexpected(error):
        raise AssertionError(f"unexpected {type(error).__name__}: {error}") from error


@_SETTINGS
@given(st.binary(max_size=4096))
def test_arbitrary_bytes(data: bytes) -> None:
    _check(data)


@_SETTINGS
@given(st.text(max_size=2000))
def test_arbitrary_text(text: str) -> None:
    _check(text)


@_SETTINGS
@given(tag_soup)
def test_tag_soup(html: str) -> None:
    _check(html)


@_SETTINGS
@given(tag_soup.map(lambda html: html.encode("utf-8", "surrogatepass")))
def test_tag_soup_as_bytes(data: bytes) -> None:
    _check(data)


@_SETTINGS
@given(broken_metadata_page)
def test_broken_jsonld_meta_and_dates(html: str) -> None:
    _check(html)


@_SETTINGS
@given(mutated_fixture)
def test_mutated_fixtures(data: bytes) -> None:
    _check(data)


@_SETTINGS
@given(broken_metadata_page, hostile_url)
def test_hostile_page_urls(html: str, url: str) -> None:
    _check(html, url)


# Found by the test above: a host with a control character broke the CSS selector of the
# site's home links ("HTTP://\x0c": SelectolaxError).
_LOGO_PAGE = (
    "<html><head><title>Harbour plan | Example Courier</title></head><body><header>"
    "<a href='/' class='logo'>Example Courier</a></header><h1>Harbour plan</h1>"
    "<p>The council voted on the harbour plan after a long debate on its costs.</p></body></html>"
)


def test_a_host_with_control_characters_in_the_url() -> None:
    for url in ("HTTP://\x0c", "http://a\nb/x", "http://ex\u2028a/x", 'http://a"b/x'):
        _check(_LOGO_PAGE, url)
