"""A labelled tag line whose topics are unlinked elements of their own ("<p>Schlagworte:
<span>Fähre</span> · <span>Hochwasser</span></p>"): its child elements are the items."""

from __future__ import annotations

from tests.metadata.title_pages import page, paragraphs

import newsextract

URL = "https://altrheinkurier.example.de/lokales/faehre-wieder-in-betrieb"
TEXT = (
    "Die Fähre über den Altrhein ist nach dem Hochwasser wieder in Betrieb, wie der Betreiber "
    "am Montag mitteilte."
)


def _page(line: str) -> str:
    return page(
        "de",
        "Fähre wieder in Betrieb",
        "",
        f"<article><h1>Fähre wieder in Betrieb</h1>{paragraphs(TEXT, TEXT)}{line}</article>",
    )


def test_unlinked_items_of_a_labelled_line_are_its_tags() -> None:
    line = (
        '<p class="meta">Schlagworte: <em>Fähre</em> · <em>Hochwasser</em> · <em>Altrhein</em></p>'
    )
    assert newsextract.extract(_page(line), url=URL).tags == ("Fähre", "Hochwasser", "Altrhein")


def test_one_unlinked_item_is_no_list() -> None:
    line = '<p class="meta">Schlagworte: <em>Fähre</em></p>'
    assert newsextract.extract(_page(line), url=URL).tags == ()


def test_an_empty_icon_before_the_items_is_passed_over() -> None:
    line = (
        '<p class="meta">Schlagworte: <i class="icon"></i> <em>Fähre</em> <em>Hochwasser</em></p>'
    )
    assert newsextract.extract(_page(line), url=URL).tags == ("Fähre", "Hochwasser")
