"""A metadata title stored as UTF-8 read as Windows-1252 ("BeetÂ´s", "itâ€™s") agrees with
the visible headline it spells."""

from __future__ import annotations

import pytest

import newsextract
from newsextract.metadata.title_agreement import agrees, unmangled


@pytest.mark.parametrize(
    ("mangled", "meant"),
    [
        ("BeetÂ´s", "Beet´s"),
        ("itâ€™s", "it’s"),
        ("CafÃ©", "Café"),
        ("Ã‰tÃ© chaud Ã Marseille", "Été chaud à Marseille"),
    ],
)
def test_unmangled(mangled: str, meant: str) -> None:
    assert unmangled(mangled) == meant


@pytest.mark.parametrize(
    "text",
    ["ÂNIMO: o festival volta a São Paulo", "Es ist heiß“, sagt er", "Ärger in Århus", "Ça va"],
)
def test_other_text_is_kept(text: str) -> None:
    assert unmangled(text) == text


def test_a_mangled_title_agrees_with_its_headline() -> None:
    title = "Gartenblog : Tipps und BeetÂ´s im Bergland"
    assert agrees("Tipps und Beet’s im Bergland", title)
    page = (
        f"<html><head><title>{title}</title></head><body><h1>Tipps und Beet’s im Bergland</h1>"
        "<p>Im Bergland blühen die Astern bis in den November, und die Gärtnerei am Markt "
        "verkauft jetzt auch Zwiebeln für das nächste Frühjahr.</p></body></html>"
    )
    assert newsextract.extract(page).title == "Tipps und Beet’s im Bergland"
