"""Titles a template or a CMS left wrong: a structured headline that is one section word
("News", "Noticias") beside a visible headline, one written in capitals throughout beside
the same words in upper and lower case, an entity escaped twice, a placeholder the template
never filled in."""

from __future__ import annotations

import pytest

from newsextract.metadata.title import choose_title, not_a_headline
from newsextract.metadata.title_cleanup import unescaped
from newsextract.metadata.title_typography import cased


@pytest.mark.parametrize("word", ["News", "Blog", "Noticias", "Новости"])
def test_a_one_word_structured_headline_beside_a_visible_one(word: str) -> None:
    headline = "Consejos para regar el huerto"
    assert not_a_headline(word, headline, []) is not None
    choice = choose_title(headline, [word, f"{headline} | Diario"], ["Diario"], trusted=1)
    assert choice.title == headline


def test_a_one_word_headline_beside_a_short_visible_one_stays() -> None:
    # a visible headline of two words is no more a headline than the structured one
    assert not_a_headline("Obituaries", "Jane Doe", []) is None


@pytest.mark.parametrize(
    ("title", "others", "expected"),
    [
        (
            "GARDEN TIPS FOR A DRY SUMMER",
            ["Garden tips for a dry summer"],
            "Garden tips for a dry summer",
        ),
        ("ЗИМОЙ ОТКРОЮТ КАТОК", ["Зимой откроют каток"], "Зимой откроют каток"),
        (
            "SAHİL YOLU IŞIKLANDIRILIYOR",
            ["Sahil yolu ışıklandırılıyor"],
            "Sahil yolu ışıklandırılıyor",
        ),
        # other words, or no other writing: as written
        (
            "GARDEN TIPS FOR A DRY SUMMER",
            ["Garden tips for summer"],
            "GARDEN TIPS FOR A DRY SUMMER",
        ),
        ("NASA launches probe", ["Nasa launches probe"], "NASA launches probe"),
        ("EU", ["Eu"], "EU"),
    ],
)
def test_capitals_throughout_take_another_source_s_case(
    title: str, others: list[str], expected: str
) -> None:
    assert cased(title, others) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Don&#8217;t water at noon", "Don’t water at noon"),
        ("Fish &amp; chips", "Fish & chips"),
        ("AT&T opens a shop", "AT&T opens a shop"),
        ("Rock & roll", "Rock & roll"),
    ],
)
def test_an_entity_escaped_twice(title: str, expected: str) -> None:
    assert unescaped(title) == expected


@pytest.mark.parametrize(
    "placeholder",
    ["{{ page.title }}", "{% block title %}{% endblock %}", "${post.title}", "<%= title %>"],
)
def test_a_placeholder_is_no_title(placeholder: str) -> None:
    choice = choose_title(None, [placeholder, "Ferry timetable changes | Notes"], ["Notes"])
    assert choice.title == "Ferry timetable changes"
    assert "placeholder" in choice.reasons[0]
