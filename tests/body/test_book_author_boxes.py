"""Wave 63 (issue 11): on a page whose structured data declares a book and no article (a
publisher's or a bookshop's book page), a box named for the author ("author", "autor",
"auteur") introduces the book's author: it is the page's text. On a story's page the same box
is the writer's bio, furniture, and stays so when the story reviews a book (its JSON-LD holds
the book beside the article)."""

from __future__ import annotations

import json

import newsextract

_BIO = (
    "Hanna Lindqvist wuchs auf einer Insel im Schärengarten auf und arbeitet als Lektorin in "
    "Hamburg; dies ist ihr zweiter Roman."
)
_DESCRIPTION = (
    "<p>Ein Sommer auf der Fähre zwischen zwei Inseln: Ella zählt die Überfahrten, bis ihr "
    "Bruder aus der Stadt zurückkehrt, und lernt dabei jeden Fahrgast beim Namen kennen.</p>"
    "<p>Ein leiser Roman über Warten, Nähe und das Wetter an der Küste, erzählt in kurzen "
    "Kapiteln, die jeweils eine Überfahrt lang sind.</p>"
)


def _ld(*nodes: dict[str, object]) -> str:
    graph = {"@context": "https://schema.org", "@graph": list(nodes)}
    return f"<script type='application/ld+json'>{json.dumps(graph)}</script>"


def _page(head: str, main: str) -> str:
    return (
        f"<html lang='de'><head><title>Die Fährfrau - Verlag Kieselbucht</title>{head}</head>"
        "<body><header><a href='/'>Verlag Kieselbucht</a></header><main>"
        f"{main}<div class='autor-box'><h2>Über die Autorin</h2><p>{_BIO}</p></div></main>"
        "<footer><p>© Verlag Kieselbucht</p></footer></body></html>"
    )


_BOOK = {"@type": "Book", "name": "Die Fährfrau", "author": {"name": "Hanna Lindqvist"}}


def test_a_book_pages_author_introduction_is_its_text() -> None:
    html = _page(_ld(_BOOK), f"<h1>Die Fährfrau</h1><div class='beschreibung'>{_DESCRIPTION}</div>")
    body = newsextract.extract(html).body or ""
    assert "Ein Sommer auf der Fähre" in body
    assert _BIO in body


def test_a_book_review_keeps_its_writers_bio_out() -> None:
    review = {
        "@type": "Review",
        "headline": "Warten auf der Fähre",
        "itemReviewed": _BOOK,
    }
    article = {"@type": "NewsArticle", "headline": "Warten auf der Fähre"}
    html = _page(
        _ld(article, review, _BOOK),
        f"<article><h1>Warten auf der Fähre</h1>{_DESCRIPTION}</article>",
    )
    body = newsextract.extract(html).body or ""
    assert "Ein Sommer auf der Fähre" in body
    assert _BIO not in body


def test_without_a_declared_book_the_author_box_is_furniture() -> None:
    html = _page("", f"<h1>Die Fährfrau</h1><div class='beschreibung'>{_DESCRIPTION}</div>")
    body = newsextract.extract(html).body or ""
    assert "Ein Sommer auf der Fähre" in body
    assert _BIO not in body
