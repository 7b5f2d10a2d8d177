"""A credit line naming the story's source and then its writer, as portals print a copied
story ("来源：河谷日报　作者：王丽", "Quelle: dpa | Von Anna Berg"): the source is the part
before the byline's label, the byline the part it opens."""

from __future__ import annotations

import pytest
from tests.metadata.title_pages import page, paragraphs

import newsextract

_TEXT = {
    "zh": "今年果树提前两周开花，每一个寒冷的夜晚我们都提心吊胆。",
    "de": "Die Bäume haben in diesem Jahr zwei Wochen früher geblüht als im Vorjahr.",
}


def _story(lang: str, line: str) -> str:
    return page(
        lang,
        "Headline",
        "",
        f'<div id="main"><h1>Headline</h1><p class="info">{line}</p>'
        f"{paragraphs(_TEXT[lang])}</div>",
    )


@pytest.mark.parametrize(
    ("lang", "line", "authors", "source"),
    [
        ("zh", "来源：河谷日报　作者：王丽　编译：李明　2024-03-05 10:30", ("王丽",), "河谷日报"),
        ("zh", "轉載自：河谷日報　文／王麗", ("王麗",), "河谷日報"),
        ("zh", "来源：新华网 作者：王丽", ("王丽",), "新华网"),
        ("de", "Quelle: dpa | Von Anna Berg", ("Anna Berg",), "dpa"),
        # a single space between Latin words joins the source's name
        ("de", "Quelle: Von Trapp Stiftung", (), "Von Trapp Stiftung"),
        # the reprint notice ("please credit the source when reprinting") credits no one
        ("zh", "转载请注明出处", (), None),
    ],
)
def test_source_then_byline(
    lang: str, line: str, authors: tuple[str, ...], source: str | None
) -> None:
    article = newsextract.extract(_story(lang, line), url="https://www.example.org/a/1.html")
    assert article.authors == authors
    assert article.source == source
