"""A blog whose own author field (JSON-LD, microdata, a rel=author link) gives only the
member's login name ("mkestrel", "w4lrus") credits that name when no source names a person
or the site; initials, placeholders and the site's name stay no author."""

from __future__ import annotations

import pytest
from tests.metadata.pages import article_page, filler

import newsextract

URL = "https://ridgeline-notes.example.org/2024/03/02/trail-work/"
SITE = '<meta property="og:site_name" content="Ridgeline Notes">'


def jsonld_page(author: str, inner: str = "") -> str:
    data = (
        '<script type="application/ld+json">{"@context":"https://schema.org",'
        '"@type":"BlogPosting","headline":"Trail work weekend",'
        f'"author":{{"@type":"Person","name":"{author}"}},'
        '"datePublished":"2024-03-02T10:00:00+01:00"}</script>'
    )
    page = article_page("en", "Trail work weekend", filler("trail") + inner)
    return page.replace("</head>", SITE + data + "</head>", 1)


def rel_author_page(author: str) -> str:
    link = f'<p class="meta">Filed by <a rel="author" href="/author/{author}/">{author}</a></p>'
    return article_page("en", "Trail work weekend", link + filler("trail"))


@pytest.mark.parametrize("handle", ["mkestrel", "w4lrus", "trail_crew.7"])
def test_a_structured_author_field_holding_a_login_name_credits_it(handle: str) -> None:
    assert newsextract.extract(jsonld_page(handle), URL).authors == (handle,)


def test_a_rel_author_link_holding_a_login_name_credits_it() -> None:
    assert newsextract.extract(rel_author_page("mkestrel"), URL).authors == ("mkestrel",)


@pytest.mark.parametrize(
    "value",
    [
        "red",  # a newsroom's initials: shorter than a member name
        "admin",  # a placeholder
        "webmaster",  # accounts a CMS or host sets up by default
        "wpadmin",
        "Administrator",
        "redaktion",
        "redaktori",
        "ridgeline-notes",  # the site's own name
    ],
)
def test_initials_placeholders_and_the_site_stay_no_author(value: str) -> None:
    assert newsextract.extract(jsonld_page(value), URL).authors == ()


def test_a_person_named_anywhere_wins_over_the_login_name() -> None:
    byline = "<p class='byline'>By Nora Castell</p>"
    article = newsextract.extract(jsonld_page("mkestrel", byline), URL)
    assert article.authors == ("Nora Castell",)
