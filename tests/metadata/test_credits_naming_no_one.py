"""Credits that are no author's name, found by probe round 9: a byline container's place or
badge beside the name element ("প্ৰিয়ংকা বৰা, গুৱাহাটী", "绿手指小王 园艺爱好者"), a desk's
or a press office's credit ("National Desk", "Redaktion: Presse- und
Öffentlichkeitsarbeit"), and a ``<meta name="author">`` that the page prints as its editor
("责任编辑：王丽") while the writer's byline is visible ("作者：李明"); an agency's name set
beside the name with nothing between ("Sam Ortiz Associated Press"); a dateline whose place
opens with a capital beyond Latin-1 ("İZMİR (AA) -"); a forum post's microdata author, a
handle ("marshwren")."""

from __future__ import annotations

import pytest
from tests.metadata.pages import article_page, filler, meta_author_page

import newsextract
from newsextract.metadata.authors import split_byline
from newsextract.metadata.credited_sources import source_from_body


@pytest.mark.parametrize(
    ("language", "word", "byline", "author"),
    [
        (
            "as", "দলং",
            '<div class="story-byline"><span class="author-name">প্ৰিয়ংকা বৰা</span>, '
            '<span class="place">গুৱাহাটী</span></div>',
            "প্ৰিয়ংকা বৰা",
        ),
        (
            "zh", "多肉",
            '<div class="AuthorInfo"><span class="AuthorInfo-name"><a href="/p/1">绿手指小王</a>'
            '</span><div class="AuthorInfo-badge">园艺爱好者</div></div>',
            "绿手指小王",
        ),
    ],
)  # fmt: skip
def test_the_name_element_of_a_byline_container(
    language: str, word: str, byline: str, author: str
) -> None:
    page = article_page(language, f"{word} {word} {word}", byline + filler(word))
    assert newsextract.extract(page).authors == (author,)


def test_an_agency_beside_the_name_element_stays_credited() -> None:
    byline = (
        '<div class="byline"><span class="author-name">Tom Nguyen</span> '
        '<span class="author-source">and AAP</span></div>'
    )
    page = article_page("en", "Ferry Ferry", byline + filler("ferry"))
    assert newsextract.extract(page).authors == ("Tom Nguyen", "AAP")


def test_name_elements_that_leave_nothing_out_change_nothing() -> None:
    byline = (
        '<dl class="meta-authors"><dt class="meta-author-name">AUTOR/IN</dt>'
        '<dd class="meta-author-name">Jonas Feldmann</dd></dl>'
    )
    page = article_page("de", "Finale Finale", byline + filler("Finale"))
    assert newsextract.extract(page).authors == ("Jonas Feldmann",)


@pytest.mark.parametrize(
    ("language", "word", "byline"),
    [
        (
            "en", "Storm",
            '<div class="byline"><span>by</span> <span class="author">National Desk</span></div>',
        ),
        ("en", "Storm", '<p class="byline">By Web Desk</p>'),
        (
            "de", "Forschung",
            '<div class="news-author">Redaktion: Presse- und Öffentlichkeitsarbeit</div>',
        ),
    ],
)  # fmt: skip
def test_a_desk_or_press_office_credit_names_no_one(language: str, word: str, byline: str) -> None:
    page = article_page(language, f"{word} {word} {word}", filler(word) + byline)
    assert newsextract.extract(page).authors == ()


def test_a_meta_author_printed_as_the_editor_gives_way_to_the_byline() -> None:
    byline = '<div class="info"><span class="author">作者：李明</span></div>'
    editor = '<div class="editor">责任编辑：王丽</div>'
    page = meta_author_page(
        "zh-CN", "杭州新建三座城市公园", "王丽", byline + filler("公园") + editor
    )
    assert newsextract.extract(page).authors == ("李明",)


def test_a_meta_author_who_is_not_the_editor_stays() -> None:
    credit = "<p>Editing by John Doe; Jane Roe reported from the park.</p>"
    page = meta_author_page("en", "Park opens", "Jane Roe", filler("park") + credit)
    assert newsextract.extract(page).authors == ("Jane Roe",)


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ("By Sam Ortiz Associated Press", ["Sam Ortiz", "Associated Press"]),
        ("Por Ana Gil Europa Press", ["Ana Gil", "Europa Press"]),
        ("Sam Ortiz and The Associated Press", ["Sam Ortiz", "The Associated Press"]),
        ("Europa Press", ["Europa Press"]),
    ],
)
def test_an_agency_glued_after_the_name_is_credited_apart(byline: str, names: list[str]) -> None:
    assert split_byline(byline) == names


def test_a_hindi_desk_credit_names_no_one() -> None:
    byline = '<div class="byline"><span class="author">वेब डेस्क</span></div>'
    page = article_page("hi", "फ्लाईओवर फ्लाईओवर", byline + filler("फ्लाईओवर"))
    assert newsextract.extract(page).authors == ()


def test_a_korean_meta_author_printed_as_the_editor_gives_way_to_the_byline() -> None:
    byline = '<div class="info"><span class="writer">이수진 기자</span></div>'
    editor = '<p class="editor">편집: 김지훈</p>'
    page = meta_author_page("ko", "새 해양 박물관", "김지훈", byline + filler("박물관") + editor)
    assert newsextract.extract(page).authors == ("이수진",)


@pytest.mark.parametrize(
    ("opening", "source"),
    [
        ("İZMİR (AA) - Çiğli ile Karşıyaka arasındaki yeni tramvay hattı açıldı.", "AA"),
        ("ŁÓDŹ (PAP) - Miasto otworzyło nowy most na rzece.", "PAP"),
        ("ΑΘΗΝΑ (ΑΠΕ-ΜΠΕ) - Η κυβέρνηση ανακοίνωσε νέα μέτρα.", "ΑΠΕ-ΜΠΕ"),
    ],
)
def test_a_dateline_whose_place_opens_beyond_latin_1(opening: str, source: str) -> None:
    assert source_from_body(opening, "") == source


def test_a_forum_posts_microdata_author_is_the_posters_handle() -> None:
    post = (
        '<div itemscope itemtype="http://schema.org/DiscussionForumPosting">'
        '<span itemprop="author" itemscope itemtype="http://schema.org/Person">'
        '<a itemprop="url" href="/u/marshwren"><span itemprop="name">marshwren</span></a></span>'
        '<time itemprop="datePublished" datetime="2025-03-03T14:20:00Z">March 3</time>'
        '<div itemprop="text">' + filler("swallows") + "</div></div>"
    )
    page = (
        '<html lang="en"><head><title>First swallows</title></head><body>'
        f"<h1>First swallows</h1>{post}</body></html>"
    )
    assert newsextract.extract(page).authors == ("marshwren",)
