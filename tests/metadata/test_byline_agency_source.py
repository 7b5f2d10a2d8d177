"""A news agency a byline credits beside its writers ("Erik Lindqvist/TT") is the story's
source when no "Source:" line or body credit names one; it stays among the authors."""

from __future__ import annotations

import pytest
from tests.metadata.pages import article_page

import newsextract
from newsextract.metadata.byline_agencies import byline_agency

_TEXT = (
    "<p>Regeringen ger stöd till en andra färja över Kvarken mellan Umeå och Vasa.</p>"
    "<p>Rederiet räknar med att den nya färjan kan sättas i trafik i september.</p>"
)


@pytest.mark.parametrize(
    ("byline", "language", "source"),
    [
        ('<div class="byline"><a href="/p/1">Erik Lindqvist</a>/TT</div>', "sv", "TT"),
        ('<p class="byline">Af Mette Krogh og Jonas Bech, Ritzau</p>', "da", "Ritzau"),
        ('<span class="autor">Autor: Ivana Horvat / Hina</span>', "hr", "Hina"),
        ('<span class="author">Autors: Jānis Bērziņš, LETA</span>', "lv", "LETA"),
    ],
)
def test_the_agency_of_the_byline_is_the_source(byline: str, language: str, source: str) -> None:
    article = newsextract.extract(article_page(language, "Ny färja över Kvarken", byline + _TEXT))
    assert article.source == source
    assert source in article.authors


def test_a_source_line_comes_first() -> None:
    inner = '<div class="byline">Erik Lindqvist/TT</div>' + _TEXT + "<p>Källa: Sjöfartsverket</p>"
    article = newsextract.extract(article_page("sv", "Ny färja över Kvarken", inner))
    assert article.source == "Sjöfartsverket"


def test_a_short_given_name_is_no_agency_written_as_a_word() -> None:
    assert byline_agency(["Anna Berg", "Hina"]) == "Hina"  # HINA, the Croatian agency
    assert byline_agency(["Anna Berg", "Mia"]) is None
    assert byline_agency(["Anna Berg"]) is None


@pytest.mark.parametrize(
    ("author", "source"),
    [
        ('{"@type": "Person", "name": "Erik Lindqvist/TT"}', "TT"),
        (
            '[{"@type": "Person", "name": "Mette Krogh"},'
            ' {"@type": "Organization", "name": "Ritzau"}]',
            "Ritzau",
        ),
        ('{"@type": "Person", "name": "Anna Berg"}', None),
    ],
)  # fmt: skip
def test_an_agency_among_the_structured_authors_is_the_source(
    author: str, source: str | None
) -> None:
    data = f'{{"@type": "NewsArticle", "headline": "Ny färja", "author": {author}}}'
    page = article_page("sv", "Ny färja över Kvarken", _TEXT).replace(
        "</head>", f'<script type="application/ld+json">{data}</script></head>'
    )
    assert newsextract.extract(page).source == source


@pytest.mark.parametrize(
    ("byline", "source"),
    [
        ('<p class="author-bottom"><strong>Nguyễn Thị Lan (TTXVN)</strong></p>', "TTXVN"),
        ('<div class="byline">Por Ana Gil (EFE)</div>', "EFE"),
        ('<div class="byline">Jo Roe (Springfield)</div>', None),  # a place, no agency
    ],
)
def test_an_agency_in_brackets_after_the_name_is_the_source(
    byline: str, source: str | None
) -> None:
    article = newsextract.extract(article_page("sv", "Ny färja över Kvarken", byline + _TEXT))
    assert article.source == source
    assert byline_agency(["Nguyễn Thị Lan"], "Nguyễn Thị Lan (TTXVN)") == "TTXVN"
