"""A Japanese article that closes with its writer's name in brackets on a line of its own
("（小林美咲）", Mainichi's lenticular "【小林美咲】"): the name is the author; a closing
agency, a note or a read-more label in brackets is not, nor unmatched brackets."""

from __future__ import annotations

import pytest

import newsextract

from .pages import article_page

PARAGRAPHS = "".join(
    f"<p>{text}</p>"
    for text in (
        "市議会は5日、来年度予算案を可決した。審議は夜遅くまで続き、野党からは借り入れへの"
        "依存を懸念する声が上がった。",
        "市によると、追加の財源は道路の補修や校舎の改修、新しい浄水場の建設に充てられる。",
        "市長は記者会見で「市民の生活を守るための予算だ」と述べた。",
        "予算は来年度の初めから執行される。",
    )
)


def _authors(closing: str) -> tuple[str, ...]:
    link = "<ul><li><a href='/a/1'>予算の行方</a></li></ul>"
    related = f"<div class='related'><h3>関連記事</h3>{link}</div>"
    body = f'<div class="article-body">{PARAGRAPHS}<p>{closing}</p></div>{related}'
    html = article_page("ja", "市議会、来年度予算案を可決", body)
    return newsextract.extract(html, url="https://www.shimin.example.jp/articles/k0001234").authors


@pytest.mark.parametrize(
    ("closing", "name"),
    [
        ("（小林美咲）", "小林美咲"),
        ("（小林 美咲）", "小林 美咲"),
        ("【小林美咲】", "小林美咲"),
        ("【小林 美咲】", "小林 美咲"),
    ],
)
def test_a_closing_name_in_brackets_is_the_author(closing: str, name: str) -> None:
    assert _authors(closing) == (name,)


@pytest.mark.parametrize(
    "closing",
    [
        "（共同）",
        "（敬称略）",
        "（おわり）",
        "（写真は資料）",
        "【関連記事】",
        "【共同】",
        "【写真特集】",
        "【小林美咲）",
    ],
)
def test_a_closing_agency_note_or_label_is_no_author(closing: str) -> None:
    assert _authors(closing) == ()
