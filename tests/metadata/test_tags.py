"""Tag lists: items that are no topic, lists whose separators were lost, labels in boxes."""

from __future__ import annotations

import pytest

import newsextract
from newsextract.metadata.tags import tag_items


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        (["Bank of Canada", "Jobs"], ("Bank of Canada", "Jobs")),
        # A content system's id and facets are not topics.
        (["3f2b9c1e-77aa-4c1d-9e0f-123456789abc", "Jobs"], ("Jobs",)),
        (["Category: Economy", "NLP Entity Tokens: Ottawa", "Jobs"], ("Jobs",)),
        (["source:tagname:Wire", "Section: Sport:Football", "Rugby"], ("Rugby",)),
        # A colon in a title is not a facet.
        (["Star Wars: A New Hope"], ("Star Wars: A New Hope",)),
        # Stray letters of a list typed by hand.
        (["Elections", "p", "n", "Senate"], ("Elections", "Senate")),
        # One string of many words: a list whose separators were lost.
        (["Rudern Ruderclub Alster Hamburg Regatta Sommer Achter Vierer Einer"], ()),
        (["Madhya Pradesh tops in infant abandonment cases"],
         ("Madhya Pradesh tops in infant abandonment cases",)),
        (["東京", "五輪"], ("東京", "五輪")),
    ],
)  # fmt: skip
def test_tag_items(values: list[str], expected: tuple[str, ...]) -> None:
    assert tag_items(values) == expected


def _page(head: str, body: str = "<h1>Regatta am Sonntag</h1><p>Text.</p>") -> str:
    return f"<html><head>{head}</head><body><article>{body}</article></body></html>"


def test_a_run_together_keyword_string_gives_way_to_a_real_list() -> None:
    graph = (
        '{"@type": "NewsArticle", "headline": "Regatta am Sonntag",'
        ' "keywords": "Rudern Ruderclub Alster Hamburg Regatta Sommer Achter Vierer Einer"}'
    )
    head = (
        f'<script type="application/ld+json">{graph}</script>'
        '<meta name="news_keywords" content="Rudern, Alster, Regatta">'
    )
    article = newsextract.extract(_page(head), url="https://example.org/a")
    assert article.tags == ("Rudern", "Alster", "Regatta")


def test_machine_items_are_dropped_from_json_ld_keywords() -> None:
    graph = (
        '{"@type": "NewsArticle", "headline": "Regatta am Sonntag",'
        ' "keywords": ["0b5e7d0c-1c2d-4e8f-9a0b-4c5d6e7f8a9b", "Rudern", "Category: Sport"]}'
    )
    head = f'<script type="application/ld+json">{graph}</script>'
    assert newsextract.extract(_page(head), url="https://example.org/a").tags == ("Rudern",)


def test_a_label_alone_in_its_boxes_labels_the_list_after_them() -> None:
    body = (
        "<h1>Regatta am Sonntag</h1><p>Text.</p>"
        '<div class="tags"><div class="head"><div class="row"><h4>Mehr lesen über</h4></div>'
        "</div><ul><li><a href='/sport/rudern/'>Rudern</a></li>"
        "<li><a href='/hamburg/'>Hamburg</a></li></ul></div>"
    )
    article = newsextract.extract(_page("", body), url="https://example.org/a")
    assert article.tags == ("Rudern", "Hamburg")


def test_a_label_in_a_box_with_other_text_labels_nothing_outside_it() -> None:
    body = (
        "<h1>Regatta am Sonntag</h1><p>Text.</p>"
        "<div><span>Die wichtigsten Nachrichten</span><div><h4>Themen</h4></div></div>"
        "<ul><li><a href='/a/'>Impressum</a></li><li><a href='/b/'>Kontakt</a></li></ul>"
    )
    article = newsextract.extract(_page("", body), url="https://example.org/a")
    assert article.tags == ()
