"""The seventh red team (wave 62): text that would turn into Markdown markup other than the
block it sits in. A line of ``~~~`` opens a CommonMark fence that swallows the rest of the
document; a line of ``===`` makes the line above a heading, ``: x`` makes it a definition's
term, a row of ``|:-`` makes it a table's header; a heading of ``#``s alone (or a title ending
in ``#``) loses them as a closing sequence. Python-Markdown (with the extensions the renderer
writes for) reads the rendering back where it knows the construct; CommonMark's fences are
checked on the lines."""

from __future__ import annotations

import re

import markdown
import pytest

import newsextract
from newsextract import Block, BlockKind
from newsextract.body.render import to_markdown
from newsextract.render import render_markdown

from .third import within_bounds

PARAGRAPH = (
    "<p>The harbour board said on Monday that work on the new quay would resume next week"
    " after a pause of three months, and the mayor welcomed the news at once.</p>"
)
# Python-Markdown's extensions for the constructs the renderer writes.
EXTENSIONS = ("fenced_code", "tables", "def_list")
# A line CommonMark reads as a code fence (three or more backticks or tildes, up to three
# spaces before them).
FENCE_LINE = re.compile(r"^ {0,3}(```|~~~)", re.MULTILINE)


def _page(body: str, title: str = "Quay works") -> str:
    return (
        f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>"
        f"{PARAGRAPH}{body}{PARAGRAPH}</article></body></html>"
    )


def _read_back(text: str) -> str:
    return markdown.markdown(text, extensions=list(EXTENSIONS))


def _paragraph(text: str) -> Block:
    return Block(kind=BlockKind.PARAGRAPH, text=text)


def test_a_line_of_tildes_opens_no_fence() -> None:
    body = (
        "<p>~~~python<br>The quay plans were shown to the board at length on Tuesday.</p>"
        "<p>Work on the north berth will start in spring, the board said.</p>"
    )
    article = newsextract.extract(_page(body), url="https://quay.example/a/b")
    rendered = article.body_markdown()
    assert "north berth" in rendered, rendered
    assert not FENCE_LINE.search(rendered), rendered


def test_strikethrough_tildes_are_literal() -> None:
    rendered = to_markdown([_paragraph("The fare was ~~four~~ five crowns.")])
    assert "~~four~~" not in rendered
    assert "<del>" not in _read_back(rendered)


@pytest.mark.parametrize(
    ("text", "forged"),
    [
        ("The quay plans were shown to the board\n=====", "<h1>"),
        ("The quay plans were shown to the board\n   ===", "<h1>"),
        ("Quay plans\n:   shown to the board on Tuesday", "<dl>"),
        ("Berth | Depth\n| --- | --- |\nnorth | nine", "<table>"),
    ],
)
def test_a_line_makes_the_line_above_no_other_block(text: str, forged: str) -> None:
    rendered = to_markdown([_paragraph(text)])
    assert forged not in _read_back(rendered), rendered


@pytest.mark.parametrize("line", [":-- | --", "-:|-", "| - |", "|:---:|", "  --- | ---"])
def test_a_table_delimiter_row_is_escaped(line: str) -> None:
    rendered = to_markdown([_paragraph(f"Berth | Depth\n{line}")])
    assert rendered.split("\n")[1].lstrip().startswith("\\"), rendered


@pytest.mark.parametrize("text", ["###", "#", "Issue #", "Rating ##"])
def test_a_heading_keeps_its_hashes(text: str) -> None:
    rendered = to_markdown([Block(kind=BlockKind.HEADING, text=text, level=2)])
    assert _read_back(rendered) == f"<h2>{text}</h2>", rendered


@pytest.mark.parametrize("title", ["Issue #", "Countdown ###", "Rating: 5 #", "###"])
def test_a_title_keeps_its_closing_hashes(title: str) -> None:
    article = newsextract.extract(_page("", title=title), url="https://quay.example/a/b")
    assert article.title == title
    head = render_markdown(article).split("\n\n")[0]
    assert _read_back(head) == f"<h1>{title}</h1>", head


@pytest.mark.parametrize("ending", ["\r", "\r\n"])
def test_a_carriage_return_in_a_hand_built_block_starts_no_block(ending: str) -> None:
    text = ending.join(["The quay plans were shown", "# forged", "> forged", "1. forged"])
    for kind in (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM, BlockKind.DEFINITION):
        rendered = to_markdown([Block(kind=kind, text=text)])
        html = _read_back(rendered)
        assert not any(tag in html for tag in ("<h1>", "<blockquote>", "<ol>")), rendered


def _hostile_blocks() -> list[Block]:
    lines = "\r".join(["~~~", "===", ":   x", "|:-|-:|", "   # x", "1) x"] * 20_000)
    return [
        _paragraph(lines),
        Block(kind=BlockKind.LIST_ITEM, text=lines, level=3),
        Block(kind=BlockKind.HEADING, text="# " * 100_000, level=2),
        Block(kind=BlockKind.HEADING, text="#" * 200_000 + " x" + " #" * 100_000, level=3),
    ]


def test_hostile_lines_render_within_the_bound() -> None:
    blocks = _hostile_blocks()
    assert within_bounds(lambda: to_markdown(blocks)) == "ok"


# Wave 63: a line's indentation is cut as it is written (``render._INDENTS``): in a paragraph
# or a quote it means nothing, four columns of it make indented code.
@pytest.mark.parametrize("indent", ["    ", "\t", "  \t "])
def test_a_hand_built_block_indented_four_spaces_stays_a_paragraph(indent: str) -> None:
    text = f"{indent}The quay plans were shown to the board.\n{indent}It met on Tuesday."
    for block in (_paragraph(text), Block(kind=BlockKind.QUOTE, text=text)):
        rendered = _read_back(to_markdown([block]))
        assert "<pre>" not in rendered and "<code>" not in rendered, rendered
        assert "The quay plans were shown" in rendered and "It met on Tuesday" in rendered
