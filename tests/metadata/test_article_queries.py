"""The page's ``<article>`` elements filed in the views' walk, and the tag list's
screen-reader labels asked of the one article's subtree (speed77m): each held to the query it
stands for, on invented pages of nested articles, ``<noscript>`` copies and labels."""

from __future__ import annotations

import random

import pytest

from newsextract.metadata.markup_tags import _aria_labelled_tags, _in_articles_labelled
from newsextract.page import ParsedPage

_TAGS = ("div", "article", "nav", "section", "span", "a", "ul", "li", "noscript", "aside")
_ATTRIBUTES = (
    "",
    "",
    ' aria-label="Tags"',
    ' aria-label="Share"',
    ' ARIA-LABEL="Schlagwörter"',
    ' class="tags"',
    ' href="/topic/x"',
)


def _page(seed: int) -> str:
    """A page of nested elements of ``_TAGS``, some labelled for screen readers."""
    draw = random.Random(seed)

    def element(depth: int) -> str:
        tag = draw.choice(_TAGS)
        inner = "".join(element(depth + 1) for _ in range(draw.randint(0, 3 if depth < 4 else 0)))
        return f"<{tag}{draw.choice(_ATTRIBUTES)}>{draw.choice(('', 'words'))}{inner}</{tag}>"

    head = draw.choice(("", "<noscript><article aria-label=x><a>y</a></article></noscript>"))
    return f"<html><head>{head}</head><body>" + "".join(element(0) for _ in range(5)) + "</body>"


@pytest.mark.parametrize("seed", range(60))
def test_the_articles_and_their_labels_are_the_queries(seed: int) -> None:
    page = ParsedPage(_page(seed))
    articles = page.article_elements
    assert [n.mem_id for n in articles] == [n.mem_id for n in page.tree.css("article")]
    body = page.body
    assert body is not None
    expected = [n.mem_id for n in body.css("article [aria-label]")]
    found = [n.mem_id for n in _in_articles_labelled(body, articles)] if articles else []
    assert found == expected


@pytest.mark.parametrize(
    ("markup", "tags"),
    [
        # one article: its own label, not the article's nor a menu's outside it
        (
            '<nav aria-label="Tags"><a href="/t/menu">Menu</a></nav><article aria-label="Tags">'
            '<p>Text.</p><nav aria-label="Tags"><a href="/t/a">Alpha</a>'
            '<a href="/t/b">Beta</a></nav></article>',
            ("Alpha", "Beta"),
        ),
        # no article: none
        ('<nav aria-label="Tags"><a href="/t/a">Alpha</a></nav>', ()),
        # two articles, the label in the second
        (
            '<article><p>One.</p></article><article><nav aria-label="Tags">'
            '<a href="/t/c">Gamma</a></nav></article>',
            ("Gamma",),
        ),
    ],
)
def test_aria_labelled_tags(markup: str, tags: tuple[str, ...]) -> None:
    assert _aria_labelled_tags(ParsedPage(f"<html><body>{markup}</body></html>")) == tags
