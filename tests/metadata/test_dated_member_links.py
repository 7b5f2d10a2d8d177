"""A platform's post names its writer as a link to their profile, classed as a name, beside
the post's date (a column's nickname link, a user box's name link, a board's footer), with no
byline class, label or author address: that link's name is the author. A name link to an
article, one with no date beside it, one in a sidebar and a marked byline are not read so."""

from __future__ import annotations

import pytest
from tests.metadata.pages import article_page, filler

import newsextract

URL = "https://posts.example.org/p/harbour-market"


@pytest.mark.parametrize(
    ("lang", "line", "authors"),
    [
        (
            "pl",
            '<div class="meta-line"><a class="nickName" href="/kasia_n">Katarzyna Nowak</a>'
            '<span class="time">12 marca 2024, 10:21</span></div>',
            ("Katarzyna Nowak",),
        ),
        (
            "vi",
            '<div class="box-info"><div class="box-top"><a class="name" href="/u/minh.tran">'
            'Trần Văn Minh</a><span class="role">Kỹ sư</span></div><div class="stamp">'
            "Đăng ngày 12/03/2024 10:21</div></div>",
            ("Trần Văn Minh",),
        ),
        (
            "ja",
            '<div class="post-foot"><a class="post-name" href="/profile/88123">青い海</a>'
            '<span class="post-time">2024年3月12日 10:21</span></div>',
            ("青い海",),
        ),
    ],
)
def test_a_name_link_beside_the_date_names_the_writer(
    lang: str, line: str, authors: tuple[str, ...]
) -> None:
    html = article_page(lang, "Harbour market", line + filler("market"))
    article = newsextract.extract(html, URL)
    assert article.authors == authors
    assert article.provenance["authors"] == "html:member-link"


@pytest.mark.parametrize(
    "line",
    [
        # a teaser's title link beside its date: an article's address, no member's
        '<div class="x"><a class="post-name" href="/news/2024/03/harbour-lights.html">'
        "Harbour Lights</a><span>12 March 2024</span></div>",
        # a member's link with no date beside it
        '<div class="x"><a class="name" href="/kasia_n">Katarzyna Nowak</a>'
        "<span>Engineer</span></div>",
        # a topic's page
        '<div class="x"><a class="tag-name" href="/topic/harbour-markets">Harbour Markets</a>'
        "<span>12 March 2024</span></div>",
    ],
)
def test_other_name_links_name_no_one(line: str) -> None:
    html = article_page("en", "Harbour market", line + filler("market"))
    assert newsextract.extract(html, URL).authors == ()


def test_a_name_link_in_a_sidebar_names_no_one() -> None:
    aside = (
        '<aside><a class="name" href="/kasia_n">Katarzyna Nowak</a>'
        "<span>12 March 2024</span></aside>"
    )
    html = article_page("en", "Harbour market", filler("market") + aside)
    assert newsextract.extract(html, URL).authors == ()


def test_a_marked_byline_comes_first() -> None:
    line = (
        '<p class="byline">By Mary Stone</p><div><a class="name" href="/kasia_n">'
        "Katarzyna Nowak</a><span>12 March 2024</span></div>"
    )
    html = article_page("en", "Harbour market", line + filler("market"))
    assert newsextract.extract(html, URL).authors == ("Mary Stone",)
