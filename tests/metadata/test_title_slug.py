"""The part of a ``<title>`` its address's slug spells (``title_slug``)."""

from __future__ import annotations

import pytest

from newsextract.metadata.title_slug import slug_key, slug_part, spells_slug


@pytest.mark.parametrize(
    ("url", "key"),
    [
        ("https://blog.example.org/pruning-roses-in-late-winter/", "pruningrosesinlatewinter"),
        ("https://blog.example.org/2024/03/rosen-im-spaetwinter.html", "rosenimspaetwinter"),
        (
            "https://blog.example.org/%D1%81%D0%B0%D0%B4-%D0%B8-%D0%BE%D0%B3%D0%BE%D1%80%D0%BE%D0%B4",
            "садиогород",
        ),
        ("https://blog.example.org/garden/", ""),  # a section's name, two words or fewer
        ("https://blog.example.org/?p=412", ""),
        (None, ""),
    ],
)
def test_slug_key(url: str | None, key: str) -> None:
    assert slug_key(url) == key


@pytest.mark.parametrize(
    ("title", "url", "part"),
    [
        (
            "Pruning roses in late winter :: Garden :: My Garden Blog",
            "https://blog.example.org/pruning-roses-in-late-winter/",
            "Pruning roses in late winter",
        ),
        (
            "Cómo podar rosales – Jardín – El blog de Marta",
            "https://marta.example.es/como-podar-rosales/",
            "Cómo podar rosales",
        ),
        (
            "Rosen im Spätwinter | Garten | Blog",
            "https://blog.example.de/rosen-im-spaetwinter/",
            "Rosen im Spätwinter",
        ),
        # one part alone: nothing to choose between
        (
            "Pruning roses in late winter",
            "https://b.example.org/pruning-roses-in-late-winter/",
            None,
        ),
        # no part spelled whole by the slug
        ("Pruning roses :: Garden", "https://b.example.org/pruning-roses-in-late-winter/", None),
    ],
)
def test_slug_part(title: str, url: str, part: str | None) -> None:
    assert slug_part(title, slug_key(url)) == part


@pytest.mark.parametrize(
    ("text", "url", "spelled"),
    [
        # a question's short words dropped from the slug
        (
            "How do I order a new debit card?",
            "https://h.example.com/help/order-new-debit-card",
            True,
        ),
        (
            "Wie ändere ich meine Lieferadresse?",
            "https://h.example.de/faq/meine-lieferadresse-aendern",
            False,
        ),
        ("Help Center", "https://h.example.com/help/order-new-debit-card", False),
        # the slug's words reordered are no spelling of it
        (
            "A new debit card: how to order",
            "https://h.example.com/help/order-new-debit-card",
            False,
        ),
        # a word the text lacks
        ("Order a new card", "https://h.example.com/help/order-new-debit-card", False),
        ("Order a new debit card", "https://h.example.com/help/", False),  # no slug
    ],
)
def test_spells_slug(text: str, url: str, spelled: bool) -> None:
    assert spells_slug(text, slug_key(url)) is spelled
