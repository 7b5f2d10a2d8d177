"""The seventh red team (wave 62): an ``Article`` or ``Block`` built by hand with values of
the wrong type (a None body, a number for a title, bytes in a block, a list of ints for its
authors). Rendering or writing one raised AttributeError or TypeError from inside a regex or
``json.dumps``; each is now one ``RecordTypeError`` (a ``NewsExtractError``) naming the field.
A record read back from its own JSON still renders."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest

import newsextract
from newsextract import Article, Block, BlockKind, NewsExtractError, RecordTypeError
from newsextract.render import render_markdown, render_text

# Values no field of text takes.
WRONG = [None, 10**100, 1.5, b"bytes", ["a"], object()]
RENDERINGS: dict[str, Callable[[Article], object]] = {
    "to_json": Article.to_json,
    "to_dict": Article.to_dict,
    "render_markdown": render_markdown,
    "render_text": render_text,
}


def _wrong_articles() -> list[tuple[str, Any]]:
    cases: list[tuple[str, Any]] = []
    for value in WRONG:
        cases.append(("body", value))
        if value is not None:
            cases += [("title", value), ("lead", value), ("byline", value)]
    cases += [("authors", (1, 2)), ("authors", b"ab"), ("tags", None), ("published", 3)]
    return cases


@pytest.mark.parametrize("rendering", list(RENDERINGS))
@pytest.mark.parametrize(("field", "value"), _wrong_articles())
def test_an_article_of_a_wrong_type_is_a_typed_error(
    rendering: str, field: str, value: Any
) -> None:
    article = Article(**{field: value})
    with pytest.raises(RecordTypeError) as raised:
        RENDERINGS[rendering](article)
    assert raised.value.field == f"Article.{field}"
    assert isinstance(raised.value, NewsExtractError)


@pytest.mark.parametrize(
    "blocks",
    [
        None,
        5,
        "a paragraph",
        ("a paragraph",),
        (Block(kind=BlockKind.PARAGRAPH, text=None),),  # type: ignore[arg-type]
        (Block(kind=BlockKind.PARAGRAPH, text=b"bytes"),),  # type: ignore[arg-type]
        (Block(kind=["paragraph"], text="t"),),  # type: ignore[arg-type]
        (Block(kind=BlockKind.HEADING, text="t", level="2"),),  # type: ignore[arg-type]
        (Block(kind=BlockKind.TABLE_ROW, text="t", cells=(1, 2)),),  # type: ignore[arg-type]
        (Block(kind=BlockKind.PREFORMATTED, text="t", language=7),),  # type: ignore[arg-type]
    ],
)
@pytest.mark.parametrize("rendering", ["body_markdown", "body_html"])
def test_blocks_of_a_wrong_type_are_a_typed_error(blocks: Any, rendering: str) -> None:
    article = Article(body_blocks=blocks)
    with pytest.raises(RecordTypeError):
        getattr(article, rendering)()


def test_an_article_read_back_from_its_json_renders() -> None:
    page = (
        "<html><head><title>Quay works</title></head><body><article><h1>Quay works</h1>"
        "<p>The harbour board said on Monday that work on the new quay would resume next"
        " week after a pause of three months.</p></article></body></html>"
    )
    extracted = newsextract.extract(page, url="https://quay.example/a/b")
    row = json.loads(extracted.to_json())
    row.pop("provenance")
    read_back = Article(**row)
    assert "Quay works" in render_markdown(read_back)
    assert "harbour board" in render_text(read_back)
    assert json.loads(read_back.to_json())["title"] == "Quay works"


def test_the_error_pickles_with_its_field() -> None:
    import pickle

    error = RecordTypeError("Article.body is int, it takes a str", field="Article.body")
    again = pickle.loads(pickle.dumps(error))
    assert again.field == "Article.body" and str(again) == str(error)
