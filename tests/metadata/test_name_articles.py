"""An Armenian byline's verb makes the name its subject, which takes the definite article
"-ը" ("Պատրաստեց՝ Արամ Պետրոսյանը", prepared by Aram Petrosyan): cut by the language file's
``name_articles``; the "-ն" that closes most surnames stays. Every name here is invented."""

from __future__ import annotations

import pytest
from tests.metadata.test_blind_meta_probes import story

import newsextract
from newsextract.metadata.name_splits import without_name_articles


def _authors(line: str) -> tuple[str, ...]:
    html = story(
        "hy",
        "Կամուրջ | Լուրեր",
        "Կամուրջ",
        site="Լուրեր",
        today="",
        meta_line=f'<span class="byline">{line}</span>',
    )
    return newsextract.extract(html, url="https://lurer.example.am/news/4471").authors


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Պատրաստեց՝ Արամ Պետրոսյանը", ("Արամ Պետրոսյան",)),
        ("Պատրաստեց՝ Լևոն Ղազարյանը", ("Լևոն Ղազարյան",)),
        ("Պատրաստեցին՝ Արամ Պետրոսյանը և Անի Սարգսյանը", ("Արամ Պետրոսյան", "Անի Սարգսյան")),
        ("Հեղինակ՝ Արմեն Սահակյան", ("Արմեն Սահակյան",)),
    ],
)
def test_the_article_after_a_byline_verb_is_cut(line: str, names: tuple[str, ...]) -> None:
    assert _authors(line) == names


def test_only_the_pages_language_cuts_it() -> None:
    assert without_name_articles("Արամ Պետրոսյանը", "hy") == "Արամ Պետրոսյան"
    assert without_name_articles("Արամ Պետրոսյանը", "ru") == "Արամ Պետրոսյանը"
    assert without_name_articles("Ը", "hy") == "Ը"  # two letters must stay
