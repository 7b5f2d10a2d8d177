"""An institution credited in a byline is one author, its whole name ("Ministry of Health")."""

from __future__ import annotations

import pytest

from newsextract.metadata.authors import split_byline
from newsextract.metadata.name_shapes import looks_like_name


@pytest.mark.parametrize(
    ("byline", "language", "expected"),
    [
        # Polish "i" (and) inside the name does not split it
        (
            "Autor: Ministerstwo Rolnictwa i Rozwoju Wsi",
            "pl",
            ["Ministerstwo Rolnictwa i Rozwoju Wsi"],
        ),
        ("By the Ministry of Health", "en", ["Ministry of Health"]),
        ("Von Bundesministerium für Gesundheit", "de", ["Bundesministerium für Gesundheit"]),
        ("Par le Ministère de la Santé", "fr", ["Ministère de la Santé"]),
        ("Par l'Agence régionale de santé, le 3 mars 2024", "fr", ["Agence régionale de santé"]),
        ("By the Ministry of Health | March 3, 2024", "en", ["Ministry of Health"]),
        ("Автор: Министерство здравоохранения", "ru", ["Министерство здравоохранения"]),
        ("Por el Ministerio de Sanidad", "es", ["Ministerio de Sanidad"]),
    ],
)
def test_institution_taken_whole(byline: str, language: str, expected: list[str]) -> None:
    assert split_byline(byline, language) == expected
    assert split_byline(byline) == expected  # the page's language unknown


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        ("By Anna Berg and Tom Lee", ["Anna Berg", "Tom Lee"]),
        # an institution after a writer's name is the writer's employer, no author
        ("By Jane Doe, University of Somewhere", ["Jane Doe"]),
        # a press office's unit is a job title, not an institution credited
        ("By Jane Roe, University Communications", ["Jane Roe"]),
        ("By University Communications", []),
    ],
)
def test_people_unchanged(byline: str, expected: list[str]) -> None:
    assert split_byline(byline, "en") == expected


def test_institution_looks_like_a_name() -> None:
    assert looks_like_name("Ministry of Health")
    assert looks_like_name("Ministerstwo Rolnictwa i Rozwoju Wsi")
    assert not looks_like_name("ministry of health")
    assert not looks_like_name("Jane of somewhere")


_BODY = (
    "<p>" + " ".join(["Invented sentence about the local harbour and its ferries."] * 8) + "</p>"
)


@pytest.mark.parametrize(
    ("lang", "line", "expected"),
    [
        ("en", "By the Ministry of Health", ("Ministry of Health",)),
        (
            "pl",
            "Autor: Ministerstwo Rolnictwa i Rozwoju Wsi",
            ("Ministerstwo Rolnictwa i Rozwoju Wsi",),
        ),
        ("de", "Von Bundesministerium für Gesundheit", ("Bundesministerium für Gesundheit",)),
        ("fr", "Par le Ministère de la Santé", ("Ministère de la Santé",)),
    ],
)
def test_extract_byline(lang: str, line: str, expected: tuple[str, ...]) -> None:
    from newsextract import extract

    html = (
        f'<html lang="{lang}"><head><title>Harbour ferries</title></head><body><article>'
        f'<h1>Harbour ferries return for the summer</h1><p class="byline">{line}</p>'
        f"{_BODY * 4}</article></body></html>"
    )
    article = extract(html, url="https://example.com/news/2026/harbour-ferries")
    assert article.authors == expected
    assert article.byline == line
