"""Mainichi's closing credit: the writer's name in lenticular brackets on the article's last
line ("【小林美咲】") is the author, as "（小林美咲）" is; a bracketed read-more label is not."""

from __future__ import annotations

import pytest

import newsextract

_PARAGRAPHS = (
    "<p>県は5日、新しい防災計画を発表した。沿岸部の避難所を増やし、備蓄の食料を二倍にする。</p>"
    "<p>計画は来年度から五年かけて進められ、費用は国の補助金でまかなう予定だという。</p>"
)


def _authors(closing: str) -> tuple[str, ...]:
    html = (
        '<html lang="ja"><head><meta charset="utf-8"><title>県が新防災計画</title></head>'
        f'<body><article><h1>県が新防災計画</h1><div class="body">{_PARAGRAPHS}'
        f"<p>{closing}</p></div></article></body></html>"
    )
    return newsextract.extract(html, url="https://news.example.jp/articles/20240605").authors


@pytest.mark.parametrize(
    ("closing", "name"), [("【小林美咲】", "小林美咲"), ("【小林 美咲】", "小林 美咲")]
)
def test_a_closing_name_in_lenticular_brackets_is_the_author(closing: str, name: str) -> None:
    assert _authors(closing) == (name,)


@pytest.mark.parametrize("closing", ["【関連記事】", "【共同】", "【写真特集】", "【小林美咲）"])
def test_a_bracketed_label_or_unmatched_brackets_name_no_one(closing: str) -> None:
    assert _authors(closing) == ()
