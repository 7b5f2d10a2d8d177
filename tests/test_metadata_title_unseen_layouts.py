"""Titles on layouts of held-out probe pages (meta28): a section's name between the site's
name and the headline ("Courier | Sports | Rowers win …" on ".../sports/…")."""

from __future__ import annotations

import pytest

import newsextract
from newsextract.metadata.site_names import strip_section

_BODY = (
    "<p>The council approved the new cycling lanes after a long debate about parking in the "
    "old town. Residents had asked for safer routes to the schools for years.</p>"
)


def _extract(head: str, url: str, body: str = "") -> newsextract.Article:
    page = f"<html><head>{head}</head><body><article>{body}{_BODY}</article></body></html>"
    return newsextract.extract(page, url=url)


def test_section_between_site_and_headline_is_cut() -> None:
    head = "<title>Harbor Courier | Sports | Rowers win regional title</title>"
    article = _extract(head, "https://www.harborcourier.com/sports/rowers-win")
    assert article.title == "Rowers win regional title"


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Sports | Rowers win regional title", "Rowers win regional title"),
        ("Rowers win regional title | Sports", "Rowers win regional title"),
        # a part naming no folder stays
        ("Local | Rowers win regional title", "Local | Rowers win regional title"),
        # a long first part is no section's name, though a folder's word opens it
        (
            "Sports clubs ask for new halls in town | Rowers win",
            "Sports clubs ask for new halls in town | Rowers win",
        ),
    ],
)
def test_strip_section_either_end(title: str, expected: str) -> None:
    assert strip_section(title, frozenset({"sports"})) == expected


@pytest.mark.parametrize(
    "title",
    [
        "Council approves new bike lanes | Harbor Courier - Your daily local news",
        "Council approves new bike lanes – Harbor Courier – Independent news since 1902",
    ],
)
def test_site_tagline_of_several_words_is_cut(title: str) -> None:
    article = _extract(f"<title>{title}</title>", "https://www.harborcourier.com/local/lanes")
    assert article.title == "Council approves new bike lanes"
    assert article.publisher == "Harbor Courier"


def test_long_last_part_after_site_name_stays() -> None:
    # six words after the site's part: a sentence, not the site's motto
    title = "Lanes approved | Harbor Courier - what the council decided on Monday"
    article = _extract(f"<title>{title}</title>", "https://www.harborcourier.com/local/lanes")
    assert article.title == title


@pytest.mark.parametrize(
    ("title", "url"),
    [
        (
            "Home Repair Forum • View topic - Heating knocks at night",
            "https://homerepairforum.org/viewtopic.php?t=12",
        ),
        (
            "Heimwerkerforum • Thema anzeigen - Heating knocks at night",
            "https://heimwerkerforum.de/viewtopic.php?t=12",
        ),
    ],
)
def test_forum_page_kind_before_thread_title_is_cut(title: str, url: str) -> None:
    assert _extract(f"<title>{title}</title>", url).title == "Heating knocks at night"


def test_page_kind_words_opening_a_headline_stay() -> None:
    # no dash after them: words of the headline
    title = "View topics of the week in the council | Harbor Courier"
    url = "https://www.harborcourier.com/local/week"
    headline = "View topics of the week in the council"
    assert _extract(f"<title>{title}</title>", url).title == headline


def test_headline_h2_under_site_name_h1() -> None:
    # the <h1> is the site's name in its header, the <title> too; the article's heading is
    # an <h2> classed "headline"
    page = (
        "<html><head><title>Harbor Courier</title></head><body>"
        '<header><h1><a href="/">Harbor Courier</a></h1></header>'
        f'<main><article><h2 class="headline">Council approves new bike lanes</h2>{_BODY}'
        "</article></main></body></html>"
    )
    article = newsextract.extract(page, url="https://www.harborcourier.com/local/lanes")
    assert article.title == "Council approves new bike lanes"


def test_subheadline_h2_is_no_headline() -> None:
    page = (
        "<html><head><title>Harbor Courier</title></head><body>"
        '<header><h1><a href="/">Harbor Courier</a></h1></header>'
        f'<main><article><h2 class="subheadline">What the council decided</h2>{_BODY}'
        "</article></main></body></html>"
    )
    article = newsextract.extract(page, url="https://www.harborcourier.com/local/lanes")
    assert article.title != "What the council decided"


def test_korean_cms_section_path_is_cut() -> None:
    # "headline < section < article view - site": the site's name is not known from the host
    title = "새 다리 개통, 교통 체증 완화 기대 < 사회 < 기사본문 - 골짜기신문"
    article = _extract(
        f"<title>{title}</title>", "https://www.example.kr/news/articleView.html?idxno=1"
    )
    assert article.title == "새 다리 개통, 교통 체증 완화 기대"


def test_angle_bracket_without_page_kind_stays() -> None:
    title = "Why 3 < 5 matters for the council's vote"
    article = _extract(f"<title>{title}</title>", "https://www.example.org/news/vote")
    assert article.title == title
