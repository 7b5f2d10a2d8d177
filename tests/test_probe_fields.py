"""Less-probed fields on invented pages: canonical addresses a template writes wrong, and the
picture of a page that is no article (an event's)."""

import json

import pytest

import newsextract

_FILLER = "Lorem ipsum dolor sit amet, consectetur adipiscing elit sed do eiusmod. " * 8
_URL = "https://news.example.org/local/2024/03/05/bridge-story"


def _page(head: str) -> str:
    return (
        f'<html lang="en"><head><title>Bridge to close</title>{head}</head><body><article>'
        f"<h1>Bridge to close</h1><p>{_FILLER}</p><p>{_FILLER}</p></article></body></html>"
    )


@pytest.mark.parametrize(
    ("head", "want"),
    [
        # a relative or protocol-relative canonical link is joined with the page's address
        ('<link rel="canonical" href="/local/2024/03/05/bridge-story">', _URL),
        (
            '<link rel="canonical" href="//news.example.org/local/bridge">',
            "https://news.example.org/local/bridge",
        ),
        # the site's home page as an article's canonical address or og:url: a template's default
        ('<link rel="canonical" href="https://news.example.org/">', _URL),
        ('<meta property="og:url" content="https://news.example.org">', _URL),
        # junk
        ('<link rel="canonical" href="javascript:void(0)">', _URL),
        ('<link rel="canonical" href="undefined">', _URL),
    ],
)
def test_canonical_url(head: str, want: str) -> None:
    assert newsextract.extract(_page(head), url=_URL).canonical_url == want


def test_canonical_home_page_kept_on_the_home_page() -> None:
    home = "https://news.example.org/"
    head = '<link rel="canonical" href="https://news.example.org/">'
    assert newsextract.extract(_page(head), url=home).canonical_url == home


def test_event_page_image() -> None:
    event = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": "River festival",
        "startDate": "2024-06-01",
        "image": ["https://news.example.org/e/fest.jpg"],
    }
    head = f'<script type="application/ld+json">{json.dumps(event)}</script>'
    article = newsextract.extract(_page(head), url=_URL)
    assert article.image == "https://news.example.org/e/fest.jpg"
    assert (
        article.published is None or article.published.year != 2024 or article.published.month != 6
    )
