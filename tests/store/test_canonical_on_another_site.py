"""A page's canonical link is its own word: one naming another site's address made the page
a revision of that site's stored article (its headline and body replaced by any page that
claims it). The store keys such a page by its own address; a canonical link on the same
site (``www.`` aside, or a subdomain either way: a mobile page's desktop one) still keys it."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

import newsextract

store_api = pytest.importorskip("newsextract.store.api", reason="the store extra is missing")
records = pytest.importorskip("newsextract.store.records")
convert = pytest.importorskip("newsextract.store.convert")

NOW = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)
VICTIM = "https://harbour.example.org/news/plan"


def _page(title: str, sentence: str, canonical: str | None = None) -> str:
    link = f'<link rel="canonical" href="{canonical}">' if canonical else ""
    return (
        f"<html><head><title>{title}</title>{link}</head><body><article><h1>{title}</h1>"
        f"<p>{sentence * 8}</p></article></body></html>"
    )


def _write(store: object, html: str, url: str) -> object:
    article = newsextract.extract(html, url=url)
    check = records.PageCheck(url=url, checked_at=NOW, outcome="article")
    return store.write_article(article, check)  # type: ignore[attr-defined]


def test_a_canonical_link_to_another_site_does_not_key_the_article(tmp_path: Path) -> None:
    with store_api.Store(tmp_path / "store.sqlite") as store:
        real = _page("Harbour plan", "The council met to discuss the harbour plan and costs. ")
        _write(store, real, VICTIM)
        fake = _page("Plan withdrawn", "Nothing of the kind, the plan is withdrawn. ", VICTIM)
        result = _write(store, fake, "https://other.example.net/x")
        assert result.url == "https://other.example.net/x"  # type: ignore[attr-defined]
        assert result.written == "new"  # type: ignore[attr-defined]
        stored = {item.url: item for item in store.stored_articles()}
    assert stored[VICTIM].revisions == 1
    assert stored[VICTIM].article.title == "Harbour plan"


def test_a_canonical_link_on_the_same_site_keys_the_article(tmp_path: Path) -> None:
    with store_api.Store(tmp_path / "store.sqlite") as store:
        sentence = "The council met to discuss the harbour plan and costs. "
        _write(store, _page("Harbour plan", sentence), VICTIM)
        mobile = _page("Harbour plan", sentence, VICTIM)
        result = _write(store, mobile, "https://m.harbour.example.org/news/plan")
        assert (result.url, result.written) == (VICTIM, "unchanged")  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("url", "page", "same"),
    [
        ("https://www.harbour.example.org/a", "https://harbour.example.org/b", True),
        ("https://harbour.example.org/a", "https://m.harbour.example.org/b", True),
        ("https://amp.harbour.example.org/a", "https://harbour.example.org/b", True),
        ("https://a.pages.example/x", "https://b.pages.example/y", False),
        ("https://other.example.net/a", "https://harbour.example.org/b", False),
        ("http://[::1/a", "https://harbour.example.org/b", False),
        ("javascript:alert(1)", "https://harbour.example.org/b", False),
    ],
)
def test_same_site(url: str, page: str, same: bool) -> None:
    assert convert.same_site(url, page) is same
