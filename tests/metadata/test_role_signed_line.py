"""A line of a name and its job title with no label is the byline where the name is written
in a script without upper case: Korean pages print "김민수 기자" in the article's header, or
"김민수 기자 minsu@…" under the text. A cased line ("City Reporter") is no byline."""

from __future__ import annotations

import pytest
from tests.metadata.pages import article_page

import newsextract

_TEXT = (
    "<p>시는 다음 달부터 심야 버스 노선을 네 개 늘리고 배차 간격을 줄인다고 밝혔다. 새 노선은 "
    "도심과 외곽 주거지를 잇는다.</p>"
    '<p>시 관계자는 "야간 이동이 많은 시민의 불편을 줄이겠다"고 말했다.</p>'
)


@pytest.mark.parametrize(
    "line",
    [
        '<ul class="info"><li><i class="icon-user"></i> 이서연 기자</li></ul>',
        '<ul class="info"><li>이서연 선임기자 seoyeon@example.kr</li></ul>',
    ],
)
def test_a_name_and_title_line_is_the_byline(line: str) -> None:
    page = article_page("ko", "심야 버스 노선 확대", line + _TEXT)
    assert newsextract.extract(page).authors == ("이서연",)


def test_the_signature_under_the_text_names_the_writer() -> None:
    page = article_page(
        "ko", "심야 버스 노선 확대", _TEXT + "<p>이서연 기자 seoyeon@example.kr</p>"
    )
    assert newsextract.extract(page).authors == ("이서연",)


@pytest.mark.parametrize(
    ("language", "line"),
    [
        ("ko", "<p>시청 기자회견</p>"),  # no title word after a name
        ("bn", "<p>নিজস্ব প্রতিবেদক</p>"),  # "own correspondent": the newsroom, no one named
        ("en", "<p>City Reporter</p>"),  # a desk, in a cased script
        ("en", "<p>Jane Doe Reporter</p>"),  # cased: bylines there have a label
    ],
)
def test_other_lines_name_no_writer(language: str, line: str) -> None:
    text = (
        _TEXT
        if language == "ko"
        else (
            "<p>The council approved the budget on Tuesday after a long debate over the transport "
            "plan and the cost of repairs.</p><p>The mayor said the money was needed.</p>"
        )
    )
    page = article_page(language, "Budget", line + text)
    assert newsextract.extract(page).authors == ()
