"""Author credits in places a byline container does not hold: a Japanese writer's name in
brackets closing the text in a ``<div>`` (an editor writing each paragraph as one), a post's
meta line of a byline and its dates longer than a byline, and a Thai byline whose date ends
with the clock's abbreviation ("น."), which is no sentence's full stop."""

from __future__ import annotations

import pytest
from tests.metadata.pages import article_page

import newsextract
from newsextract.metadata.authors import split_byline

_JA = [
    "市は来月から、図書館の開館時間を午後十時まで延長すると発表した。閲覧室の利用者は増える見込みだ。",
    "延長にかかる費用は、昨年導入した太陽光発電による電気代の節約分でまかなうという。",
    "図書館の職員は「静かに勉強できる場所を求める声は多い」と話している。",
]


@pytest.mark.parametrize(
    ("block", "credit", "name"),
    [
        ("div", "（山田花子）", "山田花子"),
        ("div", "（佐藤 健一）", "佐藤 健一"),
        ("p", "（山田花子）", "山田花子"),
    ],
)
def test_a_bracketed_name_closing_the_text_is_the_author(
    block: str, credit: str, name: str
) -> None:
    blocks = "".join(f"<{block}>{text}</{block}>" for text in [*_JA, credit])
    page = article_page(
        "ja", "市立図書館、試験期間は夜十時まで", f'<div class="body">{blocks}</div>'
    )
    assert newsextract.extract(page).authors == (name,)


def test_a_bracketed_note_closing_a_div_text_is_no_author() -> None:
    blocks = "".join(f"<div>{text}</div>" for text in [*_JA, "（共同）"])
    page = article_page(
        "ja", "市立図書館、試験期間は夜十時まで", f'<div class="body">{blocks}</div>'
    )
    assert newsextract.extract(page).authors == ()


_ID = (
    "<p>Jalur sepeda sepanjang dua belas kilometer itu menghubungkan stasiun utama dengan "
    "kawasan perkantoran di pusat kota.</p><p>Wali kota mengatakan jalur tersebut dibangun "
    "untuk mengurangi kemacetan pada jam sibuk pagi dan sore hari.</p>"
)


def test_the_byline_opening_a_long_meta_line_is_read() -> None:
    line = (
        '<div class="story-info">Penulis: Budi Santoso | Diterbitkan Selasa, 17 April 2023 '
        "12:02 WIB | Diperbarui 18 April 2023 pukul 14.07</div>"
    )
    article = newsextract.extract(article_page("id", "Jalur sepeda baru di pusat kota", line + _ID))
    assert article.authors == ("Budi Santoso",)
    assert article.byline == "Penulis: Budi Santoso"


_TH = (
    "<p>กรุงเทพมหานครประกาศว่ารถเมล์ไฟฟ้าสายใหม่จะเริ่มให้บริการเดือนหน้า เชื่อมใจกลางเมืองกับชานเมือง</p>"
    "<p>ชาวบ้านในเขตตะวันตกกล่าวว่าพวกเขารอคอยเส้นทางนี้มาหลายปีแล้ว</p>"
)


def test_a_thai_byline_ending_with_a_date_and_its_clock_word_is_read() -> None:
    line = '<p class="meta">โดย สมชาย ใจดี, 21 กันยายน 2567 เวลา 17:58 น.</p>'
    article = newsextract.extract(article_page("th", "รถเมล์ไฟฟ้าสายใหม่", line + _TH))
    assert article.authors == ("สมชาย ใจดี",)


def test_a_sentence_about_the_writer_is_still_no_byline() -> None:
    line = '<p class="meta">โดย ผู้เขียนเป็นนักข่าวอาวุโส ของ สำนักข่าว.</p>'
    article = newsextract.extract(article_page("th", "รถเมล์ไฟฟ้าสายใหม่", line + _TH))
    assert article.authors == ()


@pytest.mark.parametrize(
    ("language", "byline", "name"),
    [
        ("bn", "প্রতিবেদক: তানিয়া রহমান | ছবি: শফিকুল ইসলাম", "তানিয়া রহমান"),
        ("fa", "خبرنگار: مریم احمدی | عکس: علی رضایی", "مریم احمدی"),
        ("en", "Staff Writer: Jane Doe", "Jane Doe"),
    ],
)
def test_a_job_title_before_a_colon_heads_the_byline(language: str, byline: str, name: str) -> None:
    assert split_byline(byline, language) == [name]


def test_a_job_title_before_a_colon_and_no_name_gives_none() -> None:
    assert split_byline("Staff Writer: Reports", "en") == []


def test_a_vietnamese_writers_credit_beside_the_photographers() -> None:
    assert split_byline("Bài: Nguyễn Thu Hà - Ảnh: Trần Minh Quân", "vi") == ["Nguyễn Thu Hà"]
    assert split_byline("Bài 2: Hành trình mới", "vi") == []  # a series' part, no credit
