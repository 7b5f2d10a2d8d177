"""A Japanese dateline credit opening the article: "【北京＝田中一郎】" (the place, then the
correspondent); "【ワシントン＝共同】" credits an agency, no author."""

from __future__ import annotations

import pytest

import newsextract

from .pages import article_page

PARAGRAPHS = "".join(
    f"<p>{text}</p>"
    for text in (
        "市場関係者によると、追加の財源は道路の補修や校舎の改修、新しい浄水場の建設に充てられる。",
        "市長は記者会見で「市民の生活を守るための予算だ」と述べた。",
        "予算は来年度の初めから執行される。",
    )
)


# The rest of a long first paragraph (a page keeps a long own text unread: see page.own_texts).
LONG = "国内総生産の伸びを支えるため、インフラ投資や消費の下支え策を盛り込んだ。" * 12


def _authors(opening: str) -> tuple[str, ...]:
    first = f"<p>{opening}中国政府は5日、新たな景気対策を発表した。{LONG}</p>"
    html = article_page("ja", "中国、景気対策を発表", first + PARAGRAPHS)
    return newsextract.extract(html, url="https://www.shimbun.example.jp/articles/k0005678").authors


@pytest.mark.parametrize(
    ("opening", "name"),
    [("【北京＝田中一郎】", "田中一郎"), ("【ワシントン=山田 太郎】", "山田 太郎")],
)
def test_the_correspondent_of_a_bracketed_dateline_is_the_author(opening: str, name: str) -> None:
    assert _authors(opening) == (name,)


@pytest.mark.parametrize("opening", ["【ワシントン＝共同】", "【速報】", "【北京＝写真】"])
def test_an_agency_or_a_tag_in_brackets_is_no_author(opening: str) -> None:
    assert _authors(opening) == ()
