"""A byline label of a script without letter case that is also a word of its language (Arabic
"كتب", "wrote" and "books") credits a name only after a colon or a dash, or before two words:
"كتب منوعات" (miscellaneous books) is a heading, and a label alone is no name. Korean's
one-syllable label "글" (writing) opens a name of one word ("글 김민수")."""

from __future__ import annotations

import pytest
from tests.metadata.pages import article_page, filler

import newsextract
from newsextract.metadata.authors import split_byline
from newsextract.metadata.name_cleaning import clean_name


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ("كتب: أحمد الخطيب", ["أحمد الخطيب"]),
        ("كتب - أحمد الخطيب", ["أحمد الخطيب"]),
        ("كتب: عبدالله", ["عبدالله"]),
        ("كتب أحمد الخطيب", ["أحمد الخطيب"]),
        ("كتب أحمد الخطيب ومريم حداد", ["أحمد الخطيب", "مريم حداد"]),
        ("كتب", []),
        ("كتب منوعات", []),
        ("글 김민수", ["김민수"]),
        ("글 김민수 기자", ["김민수"]),
    ],
)
def test_caseless_labels(byline: str, names: list[str]) -> None:
    assert split_byline(byline, places_of="ar") == names


def test_a_label_before_one_word_is_no_name() -> None:
    assert clean_name("كتب منوعات") is None


@pytest.mark.parametrize(
    ("value", "name"),
    [
        ("Dafydd Roberts (BBC Cymru Fyw)", "Dafydd Roberts"),
        ("Jane Doe (The Daily Star)", "Jane Doe"),
        ("Anna (Ann) Lee", "Anna (Ann) Lee"),
    ],
)
def test_a_note_in_brackets_after_a_name_is_no_part_of_it(value: str, name: str) -> None:
    assert clean_name(value) == name


def test_korean_names_linked_and_joined_by_a_middle_dot() -> None:
    """ "<a>김민수</a>·<a>이지은</a>": the text read with spaces between elements puts spaces
    around the dot, which joins two names only without them; a dot spaced on the page
    ("김민수 기자 · 서울") still ends the names."""

    def authors(byline: str) -> tuple[str, ...]:
        html = article_page("ko", "부산", f'<p class="byline">{byline}</p>{filler("부산")}')
        return newsextract.extract(html, "https://news.example/a/b").authors

    assert authors('글 <a href="/r/1">김민수</a>·<a href="/r/2">이지은</a>') == ("김민수", "이지은")
    assert authors('<a href="/r/1">김민수</a> 기자 · 서울') == ("김민수",)
