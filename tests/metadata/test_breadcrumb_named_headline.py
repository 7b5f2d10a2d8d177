"""The visible headline the site's own breadcrumb trail names the page by wins over metadata
titles that disagree with it (an SEO title a plugin wrote: "Winter Reading List | Brightleaf
| Read now!")."""

from __future__ import annotations

import json

import newsextract
from newsextract.metadata.title import choose_title

_BODY = (
    "<p>Five novels kept me company through the dark weeks, from a sea story set off the "
    "northern islands to a slow family saga about an orchard and its three owners.</p>"
    "<p>Each of them is short enough for a long weekend by the stove with a pot of tea.</p>"
)
_SEO = "Winter Reading List | Brightleaf | Read now!"
_HEADLINE = "Five quiet novels for the long evenings by the stove"


def _page(crumb: str) -> str:
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "WebSite", "name": "Brightleaf", "url": "https://brightleaf.example/"},
            {"@type": "WebPage", "name": _SEO, "url": "https://brightleaf.example/books-22/"},
            {
                "@type": "BreadcrumbList",
                "itemListElement": [
                    {"@type": "ListItem", "position": 1, "name": "Home"},
                    {"@type": "ListItem", "position": 2, "name": crumb},
                ],
            },
        ],
    }
    return (
        f"<html><head><title>{_SEO}</title><meta property='og:title' content='{_SEO}'>"
        f"<script type='application/ld+json'>{json.dumps(graph)}</script></head><body>"
        f"<article><h1>{_HEADLINE}</h1>{_BODY}</article></body></html>"
    )


def test_headline_the_breadcrumb_names_wins() -> None:
    article = newsextract.extract(_page(_HEADLINE), url="https://brightleaf.example/books-22/")
    assert article.title == _HEADLINE


def test_breadcrumb_naming_a_section_gives_no_say() -> None:
    article = newsextract.extract(_page("Books"), url="https://brightleaf.example/books-22/")
    assert (article.title or "").startswith("Winter Reading List")


def test_choose_title_takes_the_crumb() -> None:
    titles = [_SEO, _SEO]
    assert choose_title(_HEADLINE, titles, ["Brightleaf"]).index >= 0
    choice = choose_title(_HEADLINE, titles, ["Brightleaf"], crumb=_HEADLINE.lower())
    assert (choice.index, choice.title) == (-1, _HEADLINE)


def test_shown_trail_names_the_page_too() -> None:
    trail = (
        "<nav class='breadcrumb'><ol><li><a href='/'>Home</a></li>"
        "<li><a href='/books/'>Books</a></li>"
        f"<li><a href='/books-22/'>{_HEADLINE}</a></li></ol></nav>"
    )
    page = (
        f"<html><head><title>{_SEO}</title><meta property='og:title' content='{_SEO}'></head>"
        f"<body>{trail}<article><h1>{_HEADLINE}</h1>{_BODY}</article></body></html>"
    )
    article = newsextract.extract(page, url="https://brightleaf.example/books-22/")
    assert article.title == _HEADLINE
