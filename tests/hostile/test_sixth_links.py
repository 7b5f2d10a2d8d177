"""The sixth red team (wave 61): a page's link to an address urllib cannot split
("http://[::1", an unclosed IPv6 host; "http://a]b/") in a site name's heading link, a tag
box or a "Mehr zum Thema" box failed the whole page: the reads that split it unguarded let
urllib's ValueError out as an ``ExtractionError``. Such a link now leads nowhere."""

from __future__ import annotations

import pytest

import newsextract

PARAGRAPH = (
    "<p>The harbour board said on Monday that work on the new quay would resume next week"
    " after a pause of three months.</p>"
)
URL = "https://harbour-news.example/en/2019/plan-for-the-quay"


def _page(before: str = "", after: str = "") -> str:
    return (
        "<html><head><title>Plan for the quay</title></head><body>"
        f"{before}<article><h1>Plan for the quay</h1>{PARAGRAPH}{PARAGRAPH}{after}"
        "</article></body></html>"
    )


LAYOUTS = {
    "site-name-heading": (
        "<html><head><title>Plan</title></head><body><h1><a href='{href}/a'>Harbour News</a>"
        f"</h1><article><h2>Plan for the quay</h2>{PARAGRAPH}{PARAGRAPH}</article></body></html>"
    ),
    "tag-box": _page(
        after="<div class=tags>Tags: <a href='{href}/2019/a-b-c' rel=tag>Quays</a>"
        " <a href='/tag/council'>Council</a></div>"
    ),
    "language-menu": _page(
        after="<ul class=topics><li><a href='/de/themen/hafen'>Hafen</a></li><li>"
        "<a href='{href}/fr/sujets/port'>Port</a></li><li><a href='/es/temas/puerto'>Puerto</a>"
        "</li></ul>"
    ),
    "related-box": _page(
        after="<div class=related><h3>Mehr zum Thema</h3><a href='{href}/2019/a-b-c'>A b c</a>"
        "</div>"
    ),
}


@pytest.mark.parametrize("href", ["http://[::1", "http://a]b"])
@pytest.mark.parametrize("layout", sorted(LAYOUTS))
@pytest.mark.parametrize("url", [URL, None])
def test_a_link_urllib_cannot_split_fails_no_page(layout: str, href: str, url: str | None) -> None:
    article = newsextract.extract(LAYOUTS[layout].replace("{href}", href), url=url)
    assert "harbour board" in article.body


@pytest.mark.parametrize("canonical", ["//[::1/x", "/\\[::1/x", "//a]b/x"])
def test_a_relative_canonical_link_urllib_cannot_split_is_no_address(canonical: str) -> None:
    html = _page().replace("<title>", f"<link rel=canonical href='{canonical}'><title>")
    article = newsextract.extract(html, url=URL)
    assert article.canonical_url is None or article.canonical_url == URL
    assert "harbour board" in article.body
