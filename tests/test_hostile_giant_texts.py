"""A byline, lead or author link of tens of MB: their readers clean only the start of such
a text (``_LINE_READ``, ``_LEAD_READ``, ``_LINK_READ``) and decide on it as on the whole; a
start cleaning too short to decide (white space) is read whole. Sizes, no timings."""

from __future__ import annotations

import pytest
from selectolax.lexbor import LexborHTMLParser

import newsextract
from newsextract.metadata import labelled_lines, markup_tags, visible_blocks
from newsextract.metadata import standfirst as standfirst_module
from newsextract.page_limits import MAX_NAME_CHARS

TEXT = "<p>The council voted on the new harbour plan after a long debate on costs.</p>"
WORDS = "Ann Bee, "


def _page(body: str) -> str:
    return (
        "<html><head><title>Harbour plan</title></head><body><article>"
        f"<h1>Harbour plan</h1>{TEXT * 3}{body}</article></body></html>"
    )


def _node(markup: str, selector: str):  # type: ignore[no-untyped-def]
    node = LexborHTMLParser(markup).css_first(selector)
    assert node is not None
    return node


def test_a_giant_byline_line_is_given_as_its_start() -> None:
    text = "By " + WORDS * 100_000
    lines = labelled_lines._lines(_node(f'<span class="byline">{text}</span>', "span"))
    assert len(lines) == 1
    assert labelled_lines._LINE_READ - 100 < len(lines[0]) <= labelled_lines._LINE_READ + 1
    assert text.startswith(lines[0][: visible_blocks.MAX_BLOCK * 2])
    article = newsextract.extract(_page(f'<span class="byline">{text}</span>'))
    assert article.authors == ()


def test_a_byline_line_after_a_giant_line_is_read() -> None:
    giant = "Ann Bee " * 100_000
    lines = labelled_lines._lines(_node(f"<p>{giant}<br>By Jane Roe</p>", "p"))
    assert lines[1] == "By Jane Roe"
    assert len(lines[0]) <= labelled_lines._LINE_READ + 1


def test_a_cut_line_of_white_space_is_read_whole() -> None:
    # the cut part cleans to a word: the whole line decides
    text = "By" + " " * 50_000 + "Jane Roe"
    assert labelled_lines._lines(_node(f"<p>{text}</p>", "p")) == ["By Jane Roe"]


def test_a_giant_lead_is_no_standfirst_and_a_spaced_one_is() -> None:
    giant = WORDS * 100_000
    node = _node(f'<p class="lead">{giant}</p>', "p")
    assert len(standfirst_module._shown_text(node)) <= standfirst_module._LEAD_READ
    spaced = "The harbour plan" + " " * 50_000 + "passed after a long debate."
    node = _node(f'<p class="lead">{spaced}</p>', "p")
    assert standfirst_module._shown_text(node) == "The harbour plan passed after a long debate."
    article = newsextract.extract(_page(f'<p class="lead">{giant}</p>'))
    assert len(article.lead or "") <= standfirst_module.STANDFIRST_CHARS[1]


def test_a_giant_author_link_is_passed_over_and_a_spaced_one_read() -> None:
    giant = _node(f'<a rel="author" href="/a">{WORDS * 100_000}</a>', "a")
    assert markup_tags._link_texts([giant]) == ()
    spaced = _node(f'<a rel="author" href="/a">Jane{" " * 5_000}Roe</a>', "a")
    assert markup_tags._link_texts([spaced]) == ("Jane Roe",)
    article = newsextract.extract(_page(f'<a rel="author" href="/a">{WORDS * 100_000}</a>'))
    assert all(len(name) < 80 for name in article.authors)


def test_a_giant_class_with_a_gt_every_few_kb_is_refused() -> None:
    # the markup search reads stretches without ">"; the page's names catch this one
    value = (WORDS * 400 + ">") * 40
    assert len(value) > MAX_NAME_CHARS
    with pytest.raises(newsextract.InputTooLargeError, match="over 100,000 characters"):
        newsextract.extract(_page(f'<div class="{value}"><p>x</p></div>'))


def test_a_long_data_attribute_is_read() -> None:
    article = newsextract.extract(_page(f'<div data-x="{WORDS * 100_000}"><p>x</p></div>'))
    assert article.title == "Harbour plan"
