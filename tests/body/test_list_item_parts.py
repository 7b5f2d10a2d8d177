"""A list item whose text the walk meets in parts (a year and a <div> beside it, a label and
its value) is one item of the list, numbered once; long parts, and paragraphs, stay apart."""

from __future__ import annotations

import newsextract
from newsextract.body.decisions import body_decisions
from newsextract.body.extractor import extract_body
from newsextract.page import ParsedPage

_PARAGRAPHS = (
    "The town's public library is more than a hundred years old. Its story began with a few "
    "teachers who lent their own books from a back room of the school on market days.",
    "The list below gives the later events of its history, as the library's own yearly "
    "reports record them, from the earthquake to the opening of the digital archive.",
)


def _markdown(items: str) -> str:
    text = "".join(f"<p>{paragraph}</p>" for paragraph in _PARAGRAPHS)
    page = (
        "<html lang='en'><head><title>A hundred years of the library</title></head><body>"
        "<article><h1>A hundred years of the library</h1>"
        f"<div class='post-body'>{text}<ol class='timeline'>{items}</ol></div></article>"
        "</body></html>"
    )
    return newsextract.extract(page, url="https://heritage.example/library").body_markdown()


def test_a_year_and_the_text_beside_it_are_one_numbered_item() -> None:
    markdown = _markdown(
        "<li><time>2015</time> <div>The earthquake damaged the building, but the rare "
        "manuscripts survived.</div></li><li><time>2023</time> <div>The rebuilding ended "
        "and the digital archive opened.</div></li>"
    )
    assert markdown.endswith(
        "1. 2015 The earthquake damaged the building, but the rare manuscripts survived.\n"
        "2. 2023 The rebuilding ended and the digital archive opened."
    )


def test_two_long_parts_of_one_item_stay_apart() -> None:
    # A template that sets a whole speech in one <li>: its paragraphs are no one line, and
    # are one item of the list all the same, the second a paragraph inside it.
    first = "The council agreed to rebuild the reading room in stone. " * 2
    second = "The work took four years and cost twice what was first planned for it. " * 2
    markdown = _markdown(f"<li><div>{first.strip()}</div><div>{second.strip()}</div></li>")
    assert markdown.endswith(f"1. {first.strip()}\n\n    {second.strip()}")


def test_explain_shows_a_joined_item_as_the_body_has_it_marked_on_each_part() -> None:
    items = (
        "<li><time>2015</time> <div>The earthquake damaged the building, but the rare "
        "manuscripts survived.</div></li>"
    )
    text = "".join(f"<p>{paragraph}</p>" for paragraph in _PARAGRAPHS)
    page = ParsedPage(
        f"<html lang='en'><body><article>{text}<ol>{items}</ol></article></body></html>"
    )
    kept = [block for block in body_decisions(page).blocks if block.kept]
    assert kept[-1].text == (
        "2015 The earthquake damaged the building, but the rare manuscripts survived."
    )
    assert [block.text for block in kept] == [block.text for block in extract_body(page).blocks]
    shown = " ".join(node.text(deep=True) for node in kept[-1].parts)  # marked on the page
    assert "2015" in shown and "manuscripts survived" in shown
