"""The one name a byline container marks (an hCard's ``fn``, a link to the author's page) gives
the author where the label's words are in no language file (invented bylines)."""

from __future__ import annotations

import pytest

import newsextract

from .pages import article_page, filler


def _authors(language: str, byline: str) -> tuple[str, ...]:
    inner = f'<div class="post-author vcard">{byline}</div>{filler("word")}'
    return newsextract.extract(article_page(language, "Word word word", inner)).authors


@pytest.mark.parametrize(
    ("language", "byline", "want"),
    [
        # a label no file lists, before an hCard's name and a time
        (
            "el",
            'Αναρτήθηκε από <span class="fn">Νίκος Αλεξίου</span> στις 9:05 μ.μ.',
            ("Νίκος Αλεξίου",),
        ),
        # a label read as part of the name, before a link to the author's page
        ("he", 'על ידי <a href="/author/y/">יוסי כהן</a>', ("יוסי כהן",)),
        # the reading names the linked name already: it stands
        ("en", 'By <a href="/author/jd/">Jane Doe</a>', ("Jane Doe",)),
        # two names read, one of them linked: both stay
        ("en", 'By Jane Doe and <a href="/author/jr/">John Roe</a>', ("Jane Doe", "John Roe")),
    ],
)
def test_marked_name(language: str, byline: str, want: tuple[str, ...]) -> None:
    assert _authors(language, byline) == want


def test_one_linked_word_is_no_name() -> None:
    # a surname linked alone ("Jane <a>Doe</a>") does not replace the name read
    assert _authors("en", 'By Jane <a href="/author/doe/">Doe</a>') == ("Jane Doe",)


def test_drupal_author_field() -> None:
    inner = (
        '<div class="node__submitted">Vložil(a) <span class="field--name-uid">'
        '<a href="/user/3">Tomáš Dvořák</a></span> dne Út, 05/03/2024 - 14:20</div>'
        f"{filler('slovo')}"
    )
    page = article_page("cs", "Slovo slovo slovo", inner)
    assert newsextract.extract(page).authors == ("Tomáš Dvořák",)
