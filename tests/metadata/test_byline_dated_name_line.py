"""A line right after the headline holding the day in numbers and the writer's name, with no
label ("11.12.2019 - Amelie Brandt"): the post's writer, when no byline names anyone."""

from __future__ import annotations

import pytest

import newsextract

from .pages import filler


def _page(line: str, language: str = "de") -> str:
    return (
        f'<html lang="{language}"><head><meta charset="utf-8"><title>Variablen</title></head>'
        f'<body><div class="intro"><h1>Kleine Werkzeugkunde für Anfänger</h1>{line}</div>'
        f'<div class="post">{filler("Variable")}</div></body></html>'
    )


@pytest.mark.parametrize(
    "line",
    [
        '<p class="text-muted">11.12.2019 - Amelie Brandt</p>',
        "<p>Amelie Brandt | 2019-12-11</p>",
        '<p>11.12.2019 – <a href="/autor/amelie-brandt">Amelie Brandt</a></p>',
    ],
)
def test_writer_beside_the_day(line: str) -> None:
    assert newsextract.extract(_page(line)).authors == ("Amelie Brandt",)


@pytest.mark.parametrize(
    "line",
    [
        '<p>12.03.2024 - <a href="/lokales/hamburg">Lokales Hamburg</a></p>',
        "<p>12.03.2024 - Politik</p>",
        "<p>12.03.2024 - dpa</p>",
        "<p>Lesezeit 4 Minuten - 12.03.2024</p>",
    ],
)
def test_no_writer(line: str) -> None:
    assert newsextract.extract(_page(line)).authors == ()


def test_a_byline_wins() -> None:
    line = '<p class="byline">Von Jonas Ried</p><p>11.12.2019 - Amelie Brandt</p>'
    assert newsextract.extract(_page(line)).authors == ("Jonas Ried",)


def test_particle_and_dashed_day() -> None:
    line = '<p class="meta">14-03-2024 - Amelie de Brandt</p>'
    assert newsextract.extract(_page(line)).authors == ("Amelie de Brandt",)


@pytest.mark.parametrize(
    ("line", "language"),
    [
        ("<p>March 14, 2024 - Amelie Brandt</p>", "en"),
        ("<p>14. März 2024 | Amelie Brandt</p>", "de"),
    ],
)
def test_day_in_words(line: str, language: str) -> None:
    assert newsextract.extract(_page(line, language)).authors == ("Amelie Brandt",)


def test_dash_inside_a_name_is_no_mark() -> None:
    line = "<p>2024-03-14 · Omar Al-Rashid</p>"
    assert newsextract.extract(_page(line)).authors == ("Omar Al-Rashid",)


def test_a_line_set_out_with_indentation() -> None:
    # The element's text before its spaces are collapsed may be many times the line's.
    indent = "\n" + " " * 200
    line = f'<div class="meta">{indent}<span>11.12.2019</span>{indent}<span>-</span>{indent}'
    line += f"<span>Amelie Brandt</span>{indent}</div>"
    assert newsextract.extract(_page(line)).authors == ("Amelie Brandt",)


def test_a_long_paragraph_is_no_line() -> None:
    # Read only as long as a line set out with indentation can be: a paragraph is not cleaned.
    line = f"<p>11.12.2019 - Amelie Brandt {'x ' * 2_000}</p>"
    assert newsextract.extract(_page(line)).authors == ()
