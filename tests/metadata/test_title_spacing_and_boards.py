"""The title fixes the fourth blind title probe led to (issue 12): a headline broken by
``<br>`` spaced as the page's ``<title>`` writes it, a Korean board's "subject > board"
title, and the name of an event or a product a page's JSON-LD gives where it has no
article node. Every site and text here is invented."""

from __future__ import annotations

import pytest
from tests.metadata.title_pages import ld, page, paragraphs

import newsextract
from newsextract.metadata.title import choose_title
from newsextract.metadata.title_sections import without_trail
from newsextract.metadata.title_typography import spaced_as_written

_THAI = "ตลาดนัดริมน้ำเปิดอีกครั้งหลังปิดซ่อมสามเดือน มีร้านค้ากว่าห้าสิบร้านทุกเย็นวันเสาร์"
_KOREAN = "강변 장터가 석 달 만에 다시 열렸다. 쉰 개가 넘는 가게가 토요일 저녁마다 문을 연다."


@pytest.mark.parametrize(
    ("headline", "titles", "want"),
    [
        # a Thai line break between phrases: the <title> sets the space the reading could not
        (
            "ตลาดนัดริมน้ำเปิดแล้วหลังปิดซ่อม",
            ["ตลาดนัดริมน้ำเปิดแล้ว หลังปิดซ่อม - ข่าวริมน้ำ"],
            "ตลาดนัดริมน้ำเปิดแล้ว หลังปิดซ่อม",
        ),
        # a Korean headline broken after its ellipsis: the <title> sets no space there
        (
            "강변 장터 다시 열려… 상인들 반색",
            ["강변 장터 다시 열려…상인들 반색 | 강변신문"],
            "강변 장터 다시 열려…상인들 반색",
        ),
        # a title that goes on is a longer headline, not this one decorated
        (
            "강변 장터 다시 열려… 상인들",
            ["강변 장터 다시 열려…상인들 반색"],
            "강변 장터 다시 열려… 상인들",
        ),
        # a title writing the headline as it is keeps it
        (
            "Market opens… again",
            ["Market opens… again | Site", "Market opens…again"],
            "Market opens… again",
        ),
        # a space dropped between two words is no spacing to copy
        ("Market opens again", ["Market opensagain - Site"], "Market opens again"),
    ],
)
def test_a_headline_is_spaced_as_its_title_writes_it(
    headline: str, titles: list[str], want: str
) -> None:
    assert spaced_as_written(headline, titles) == want


def test_a_broken_thai_headline_takes_the_space_of_its_title() -> None:
    html = page(
        "th",
        "ตลาดนัดริมน้ำเปิดแล้ว หลังปิดซ่อม - ข่าวริมน้ำ",
        "",
        "<article><h1>ตลาดนัดริมน้ำเปิดแล้ว<br>หลังปิดซ่อม</h1>"
        f"<div>{paragraphs(_THAI, _THAI)}</div></article>",
    )
    article = newsextract.extract(html, url="https://khaorimnam.example.co.th/news/5521")
    assert article.title == "ตลาดนัดริมน้ำเปิดแล้ว หลังปิดซ่อม"


@pytest.mark.parametrize(
    ("title", "want"),
    [
        ("강변 장터 주차는 어디에 하나요? > 자유게시판", "강변 장터 주차는 어디에 하나요?"),
        # a trail read from the home page: the short step first, the page's title last
        (
            "Community > Where do I park for the market?",
            "Community > Where do I park for the market?",
        ),
        # two long parts: no board's name
        (
            "Parking at the market > Parking at the fair",
            "Parking at the market > Parking at the fair",
        ),
    ],
)
def test_a_post_title_before_its_boards_name(title: str, want: str) -> None:
    assert without_trail(title) == want


def test_a_board_post_without_a_headline_loses_the_board_and_the_site() -> None:
    choice = choose_title(
        None, ["강변 장터 주차는 어디에 하나요? > 자유게시판 | 강변 사람들"], [], unnamed_site=True
    )
    assert choice.title == "강변 장터 주차는 어디에 하나요?"


def test_an_events_name_in_jsonld_is_the_title_of_a_page_without_a_headline() -> None:
    html = page(
        "ko",
        "강변 토요 장터 — 우리 동네 행사",
        ld("Event", name="강변 토요 장터", startDate="2024-06-15T17:00"),
        '<div class="top"><a href="/">우리 동네 행사</a></div><div class="event-card">'
        f'<div class="event-name">강변 토요 장터</div><div>{paragraphs(_KOREAN)}</div></div>',
    )
    article = newsextract.extract(html, url="https://uridongne.example.kr/events/88")
    assert article.title == "강변 토요 장터"


def test_a_giant_title_spells_no_headline() -> None:
    """A broken page's ``<title>`` holding its text is passed over, not walked space by
    space."""
    headline = "강변 장터 다시 열려… 상인들 반색"
    giant = "강변 장터 다시 열려…상인들" + " " * 200_000 + "반색"
    assert spaced_as_written(headline, [giant]) == headline
