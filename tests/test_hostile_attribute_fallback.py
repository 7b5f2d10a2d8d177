"""A page whose body we find empty is read again by trafilatura's fallback, at 2-3 µs an
attribute: one of 100,000-300,000 names without a value, under the sizes past which
``is_oversized`` counts them, took it 0.6-1 s (of 1-2 s in all). Past
``OVERSIZED_ATTRIBUTES`` the fallback is skipped, as on an oversized page."""

from __future__ import annotations

import importlib

import pytest

import newsextract
from newsextract import page_limits
from newsextract.page_limits import OVERSIZED_ATTRIBUTES, is_oversized

extract_module = importlib.import_module("newsextract.extract")
NAMES = " ".join(f"{a}{b}" for a in "abcdefghijklmnopqrstuvwxy" for b in "abcdefghijklmnopqrstuvwx")


def _page(elements: int) -> str:
    # 600 two-letter names without a value in each <p> of one letter of text: no body of ours.
    return "<html><body>" + f"<p {NAMES}>x</p>" * elements + "</body></html>"


def test_a_page_without_a_body_and_too_many_attributes_skips_the_fallback(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = _page(OVERSIZED_ATTRIBUTES // 600 * 2)  # 200,000 names, 600 KB
    assert len(page) < page_limits._COUNT_SEPARATED_ABOVE
    assert not is_oversized(page, page.count("<"))
    assert page_limits.too_many_for_fallback(page)
    calls: list[str | None] = []
    real = extract_module._trafilatura_body

    def counted(html: str, url: str | None) -> object:
        calls.append(url)
        return real(html, url)

    monkeypatch.setattr(extract_module, "_trafilatura_body", counted)
    assert newsextract.extract(page).body_blocks == ()
    assert newsextract.extract(page.encode()).body_blocks == ()
    assert calls == []
    # Fewer attributes: the fallback reads the page, as before.
    small = _page(20)
    assert not page_limits.too_many_for_fallback(small)
    newsextract.extract(small)
    assert len(calls) == 1


def test_the_count_is_made_only_on_a_page_that_can_hold_that_many() -> None:
    assert not page_limits.too_many_for_fallback("<p a b c>x</p>" * 1000)
