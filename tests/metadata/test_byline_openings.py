"""A Korean reporter credited in brackets opening the article's first paragraph, with no
byline line of its own (probe meta27: no author)."""

from __future__ import annotations

import pytest

import newsextract

from .pages import article_page

REST = " 시는 도심 하천 주변에 새로운 산책로를 조성한다고 밝혔다."
TEXT = "<p>주민들은 오래전부터 안전한 보행로가 부족하다고 불만을 제기해 왔다.</p>" * 3


def _authors(opening: str, language: str = "ko") -> tuple[str, ...]:
    inner = f"<p>{opening}{REST}</p>{TEXT}"
    return newsextract.extract(article_page(language, "하천 산책로 조성", inner)).authors


@pytest.mark.parametrize(
    "opening",
    [
        "[해안신문 박서연 기자]",
        "[해안신문=박서연 기자]",
        "[부산=해안신문] 박서연 기자 =",
        "(해안신문 박서연 기자)",
        "[박서연 기자]",
        "[해안신문 박서연 특파원 seoyeon@example.kr]",
    ],
)
def test_reporter_in_opening_brackets(opening: str) -> None:
    assert _authors(opening) == ("박서연",)


@pytest.mark.parametrize("opening", ["[해안신문]", "[사진=해안신문 DB]", "[해안신문 KBS 기자]"])
def test_no_reporter_named(opening: str) -> None:
    assert _authors(opening) == ()


def test_only_where_the_script_has_no_capitals() -> None:
    page = article_page("en", "Harbour path", "<p>[Harbour Post Jane Reporter] The city.</p>")
    assert newsextract.extract(page).authors == ()


@pytest.mark.parametrize(
    "opening", ["[사진=김민수 기자]", "[해안신문 사진=김민수 기자]", "[그래픽=김민수 기자]"]
)
def test_another_contributors_credit_names_no_writer(opening: str) -> None:
    assert _authors(opening) == ()
