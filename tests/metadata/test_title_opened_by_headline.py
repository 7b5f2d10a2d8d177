"""A short visible headline the ``<title>`` opens with, before a separator and decoration:
the title decorates the headline, however short it is (title.py ``opens_title``)."""

from __future__ import annotations

import pytest

import newsextract
from newsextract.metadata.title import choose_title
from newsextract.metadata.title_agreement import agrees

TEXT = "<p>" + "Each option below can be set in the file or on the command line. " * 4 + "</p>"


@pytest.mark.parametrize(
    ("headline", "title"),
    [
        ("Axes", "Axes - TinyPlot 0.9.1 documentation"),
        ("Rate limits", "Rate limits · Example API Reference"),
        ("What now?", "What now? - Musings"),
        ("清水桥", "清水桥 - 地方百科，自由的百科全书"),
        ("Configuration", "Configuration | Widgetron Docs"),
    ],
)
def test_a_title_opening_with_a_short_headline_agrees(headline: str, title: str) -> None:
    assert agrees(headline, title)
    choice = choose_title(headline, [title], [])
    assert (choice.title, choice.index) == (headline, -1)


@pytest.mark.parametrize(
    ("headline", "title"),
    [
        ("Axes", "Axes and grids - TinyPlot documentation"),  # a longer first part
        ("Musings", "What now? - Musings"),  # the last part: the site's banner
        ("Axes", "Axes"),  # no decoration: nothing is opened
    ],
)
def test_other_parts_do_not_agree_by_position(headline: str, title: str) -> None:
    assert not agrees(headline, title) or headline == title


def test_a_one_word_heading_on_a_documentation_page() -> None:
    page = (
        "<html><head><title>Retries — FastQueue 1.2 documentation</title></head><body>"
        "<div class='document'><div class='section'>"
        "<h1>Retries<a class='headerlink' href='#r'>¶</a>"
        f"</h1>{TEXT}</div></div></body></html>"
    )
    article = newsextract.extract(page, url="https://fastqueue.example.org/en/1.2/retries.html")
    assert article.title == "Retries"
