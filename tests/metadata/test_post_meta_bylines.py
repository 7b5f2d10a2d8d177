"""A blog theme's post meta in one line: the publication label, the date, then the byline
("Posted on March 3, 2025 by Jane Roe"); the name after the date's byline label is the
author, in any language whose labels the data holds."""

from __future__ import annotations

import pytest
from tests.metadata.pages import article_page

import newsextract

_TEXT = (
    "<p>The council approved the depot on Monday after a two-year consultation with"
    " residents.</p><p>Work on the site near the ring road starts in the autumn.</p>"
)


@pytest.mark.parametrize(
    ("language", "meta", "authors"),
    [
        ("en", "Posted on March 3, 2025 by Jane Roe", ("Jane Roe",)),
        ("en", 'Published March 3, 2025 by <a href="/author/jane">Jane Roe</a>', ("Jane Roe",)),
        ("de", "Veröffentlicht am 3. März 2025 von Anna Berger", ("Anna Berger",)),
        ("fr", "Publié le 3 mars 2025 par Camille Moreau", ("Camille Moreau",)),
        ("es", "Publicado el 3 de marzo de 2025 por María López", ("María López",)),
        ("en", "Posted on March 3, 2025 · by Jane Roe and John Poe", ("Jane Roe", "John Poe")),
        ("uk", "Опубліковано 3 березня 2025 о 14:20 автором Андрій Мельник", ("Андрій Мельник",)),
        ("ru", 'Опубликовано 3 марта 2025 автором <a href="/a">Иван Петров</a>', ("Иван Петров",)),
        ("en", "Posted on March 3, 2025 in News", ()),  # a category, no byline
    ],
)
def test_the_byline_after_the_publication_date(
    language: str, meta: str, authors: tuple[str, ...]
) -> None:
    page = article_page(language, "Council approves new bus depot", f"<p>{meta}</p>{_TEXT}")
    assert newsextract.extract(page).authors == authors
