"""The post's date set in the ``<h1>`` in an element of its own is no part of the headline;
a one-word section between a metadata title's headline and its site's name is cut."""

from __future__ import annotations

import pytest
from selectolax.lexbor import LexborHTMLParser

import newsextract
from newsextract.metadata.headline import headline_text
from newsextract.metadata.title_sections import without_section_word


def _h1(markup: str) -> str:
    node = LexborHTMLParser(markup).css_first("h1")
    assert node is not None
    return headline_text(node)


@pytest.mark.parametrize(
    "markup",
    [
        '<h1>Bridge repairs close the road <span class="date">5 March 2024</span></h1>',
        '<h1>Bridge repairs close the road <span class="datum">05.03.2024</span></h1>',
        '<h1><time datetime="2024-03-05">05.03.2024</time> Bridge repairs close the road</h1>',
        '<h1>Bridge repairs close the road <span id="post-time">(March 5, 2024)</span></h1>',
    ],
)
def test_a_date_element_is_not_headline(markup: str) -> None:
    assert _h1(markup) == "Bridge repairs close the road"


def test_a_cjk_date_element_is_not_headline() -> None:
    markup = '<h1>東京で新しい自転車道が開通<span class="post-date">2024年3月5日</span></h1>'
    assert _h1(markup) == "東京で新しい自転車道が開通"


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # a date in the headline's words, stressed: kept
        ("<h1>Elections set for <em>5 March 2024</em></h1>", "Elections set for 5 March 2024"),
        # a date-classed element that holds more than a date: kept
        (
            '<h1>Bridge repairs <span class="date-line">close the road</span></h1>',
            "Bridge repairs close the road",
        ),
    ],
)
def test_other_elements_stay(markup: str, expected: str) -> None:
    assert _h1(markup) == expected


_CUT = [
    ("Bridge repairs close the river road | Local", "Bridge repairs close the river road"),
    ("Brückensanierung sperrt die Uferstraße - Lokales", "Brückensanierung sperrt die Uferstraße"),
    ("Ремонт моста закрывает дорогу у реки | Город", "Ремонт моста закрывает дорогу у реки"),
]
# kept: a phrase after the dash, an abbreviation, a colon, a lower-case word, a short head
_KEPT = [
    "Bridge repairs - what drivers need to know",
    "Bridge repairs close the river road - EU",
    "Bridge repairs close the river road : Local",
    "Bridge repairs close the river road | local",
    "Bridge repairs | Local",
]


@pytest.mark.parametrize(("title", "expected"), [*_CUT, *((t, t) for t in _KEPT)])
def test_section_word(title: str, expected: str) -> None:
    assert without_section_word(title) == expected


def test_section_word_only_once_the_site_is_cut() -> None:
    page = (
        "<html><head><title>Bridge repairs close the river road for a month | Local</title>"
        "</head><body><p>The river road closes to cars from Monday while the council repairs "
        "the old bridge over the mill stream, for about four weeks.</p></body></html>"
    )
    article = newsextract.extract(page, url="https://www.example.com/2024/03/05/bridge")
    assert article.title == "Bridge repairs close the river road for a month | Local"
