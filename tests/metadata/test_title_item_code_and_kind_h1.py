"""A shop's item code set after the product's name in its ``<h1>``, and an ``<h1>`` naming a
section or the kind of page with the item's heading right under it on a page without an
``<article>`` (blind title probes 72). Every site and text is invented."""

from __future__ import annotations

import pytest

import newsextract

_TEXT = "<p>" + "Gusseisen hält die Hitze lange und backt eine dunkle, knusprige Kruste. " * 4
_TEXT += "</p>"


def _shop(h1: str, title: str = "Brotbackform Gusseisen 30 cm | Backhaus-Shop") -> str:
    return (
        f"<html lang='de'><head><title>{title}</title></head><body><header><a class='logo' "
        f"href='/'>Backhaus-Shop</a></header><main><div class='product'>{h1}</div>{_TEXT}"
        "</main></body></html>"
    )


@pytest.mark.parametrize(
    "code",
    [
        '<span class="product-code">Art.-Nr. 44120</span>',
        '<small class="sku">SKU: BF-30</small>',
        '<span class="pdp__article-number">44120</span>',
        '<span class="item_no">Nr. 7</span>',
    ],
)
def test_item_code_after_the_name_is_no_part_of_it(code: str) -> None:
    html = _shop(f"<h1>Brotbackform Gusseisen 30 cm {code}</h1>")
    url = "https://backhaus-shop.example.de/p/brotbackform-30"
    assert newsextract.extract(html, url=url).title == "Brotbackform Gusseisen 30 cm"


@pytest.mark.parametrize(
    ("h1", "title", "want"),
    [
        # no digit: a code has one ("sku" names the element, its text is a word of the name)
        (
            '<h1>Brotbackform <span class="sku">Gusseisen</span></h1>',
            "Brotbackform Gusseisen | Backhaus-Shop",
            "Brotbackform Gusseisen",
        ),
        # "barcode" is no item code's class
        (
            '<h1>Brotbackform <span class="barcode-style">30 cm</span></h1>',
            "Brotbackform 30 cm | Backhaus-Shop",
            "Brotbackform 30 cm",
        ),
    ],
)
def test_a_classed_part_without_a_digit_or_not_a_code_stays(h1: str, title: str, want: str) -> None:
    url = "https://backhaus-shop.example.de/p/brotbackform"
    assert newsextract.extract(_shop(h1, title), url=url).title == want


def _plain(title: str, headings: str) -> str:
    return (
        f"<html lang='de'><head><title>{title}</title></head><body><div class='top'><a "
        "class='logo' href='/'>Stadtwerke Lindenau</a></div><div class='content'>"
        f"{headings}{_TEXT}</div></body></html>"
    )


_URL = "https://stadtwerke-lindenau.example.de/presse/2026/anschluss"


def test_kind_of_page_h1_gives_way_to_the_heading_under_it() -> None:
    html = _plain(
        "Pressemitteilung - Stadtwerke Lindenau",
        "<h1>Pressemitteilung</h1><h2>Dorfbäckerei bekommt neuen Stromanschluss</h2>",
    )
    assert newsextract.extract(html, url=_URL).title == "Dorfbäckerei bekommt neuen Stromanschluss"


@pytest.mark.parametrize(
    ("title", "headings"),
    [
        # a heading ending like a sentence is a dek under a short title
        (
            "Heimat - Stadtwerke Lindenau",
            "<h1>Heimat</h1><h2>Wie ein Dorf seine Bäckerei verlor und wiederfand.</h2>",
        ),
        # a <title> naming more than the <h1> and the site: the <h1> is the page's own title
        (
            "Heimat im Wandel - Stadtwerke Lindenau",
            "<h1>Heimat</h1><h2>Ein Dorf und sein Brot</h2>",
        ),
        # a heading not right under the <h1>: a subheading of the text
        (
            "Pressemitteilung - Stadtwerke Lindenau",
            "<h1>Pressemitteilung</h1><p>Lindenau, 4. Dezember</p><h2>Ein Dorf und sein Brot</h2>",
        ),
        # a section's front page: the <h2> under its <h1> is a teaser's, linking to its story
        (
            "Lokales - Stadtwerke Lindenau",
            '<h1>Lokales</h1><h2><a href="/lokales/2026/brot">Ein Dorf und sein Brot</a></h2>',
        ),
        # the first of the page's sections (a changelog's versions): the <h1> titles them all
        (
            "Änderungen - Stadtwerke Lindenau",
            "<h1>Änderungen</h1><h2>Brot 3.2 im Dorf</h2><ul><li>Neue Öfen</li></ul>"
            "<h2>Brot 3.1 im Dorf</h2><ul><li>Neue Körbe</li></ul>",
        ),
    ],
)
def test_short_h1_stays_over_a_heading_not_the_items(title: str, headings: str) -> None:
    got = newsextract.extract(_plain(title, headings), url=_URL).title
    assert got is not None and "Brot" not in got and "wiederfand" not in got


def _forum(h1: str, title: str) -> str:
    return (
        f"<html lang='en'><head><title>{title}</title></head><body><div class='header'><a "
        "class='logo' href='/'>Bakers Board</a></div><div class='content'>"
        f"<div class='thread-head'>{h1}</div>{_TEXT}</div></body></html>"
    )


def test_forum_prefix_span_before_the_thread_title_is_no_part_of_it() -> None:
    url = "https://bakers-board.example.com/threads/oven-crack.4412/"
    html = _forum(
        '<h1 class="thread-title"><span class="prefix prefixGreen">Solved</span> Stone oven '
        "cracked on the first firing</h1>",
        "[Solved] Stone oven cracked on the first firing | Bakers Board",
    )
    assert newsextract.extract(html, url=url).title == "Stone oven cracked on the first firing"
    # "prefixed" is no prefix's class: the words stay
    html = _forum(
        '<h1 class="thread-title"><span class="prefixed-name">Stone</span> oven cracked on the '
        "first firing</h1>",
        "Stone oven cracked on the first firing | Bakers Board",
    )
    assert newsextract.extract(html, url=url).title == "Stone oven cracked on the first firing"


def test_metadata_title_with_a_counter_aside_agrees_with_the_headline() -> None:
    from newsextract.metadata.title_agreement import agrees

    assert agrees(
        "Pan de pueblo paso a paso: el amasado", "Pan de pueblo paso a paso (2/5): el amasado"
    )
    assert agrees(
        "Pan de pueblo paso a paso: el amasado",
        "Pan de pueblo paso a paso: el amasado (2/5) | Recetas de la Abuela",
    )
    # a headline too short to tell from chance, or another headline, does not agree
    assert not agrees("El amasado", "El amasado (2/5) de otra receta")
    assert not agrees(
        "Pan de pueblo paso a paso: el horneado", "Pan de pueblo paso a paso (2/5): el amasado"
    )
