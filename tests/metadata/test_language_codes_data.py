"""The code tables of ``data/language_codes.toml`` and how a declared code is read by them."""

from __future__ import annotations

import pytest
from babel.core import get_global
from tests.metadata.language_probes_71 import SECOND, TEXTS, page

import newsextract
from newsextract.language import _codes, primary_code


def test_the_two_letter_codes_are_cldrs() -> None:
    """The file's ISO 639-1 list is CLDR's: its languages' likely subtags and its aliases."""
    cldr = {k for k in get_global("likely_subtags") if len(k) == 2 and k.isalpha()}
    cldr |= {k for k in get_global("language_aliases") if len(k) == 2}
    assert _codes().two_letter == cldr


def test_every_mapped_code_lands_on_a_language() -> None:
    codes = _codes()
    assert set(codes.country_as_language.values()) <= codes.two_letter
    assert set(codes.three_letter_as_language.values()) <= codes.two_letter
    assert codes.also_countries <= codes.two_letter


@pytest.mark.parametrize(
    ("value", "code"),
    [
        ("AT", None),  # Austria's code written for German
        ("us", None),
        ("en-GB", "en"),
        ("EN_gb", "en"),
        ("jp", "ja"),
        ("iw", "he"),
        ("x-default", None),
        ("zxx", None),
        ("sh", "sh"),  # Serbo-Croatian: withdrawn, still a language
    ],
)
def test_a_declared_value_names_a_language_or_none(value: str, code: str | None) -> None:
    assert primary_code(value) == code


# A third paragraph (Serbian, in Latin letters) after the Bosnian story's two: a page of
# about 1,000 bytes, which CLD2 reads as 99% Croatian, enough to overrule a declaration.
_THIRD = (
    "Radovi na mostu biće podeljeni u tri faze, a saobraćaj preko starog mosta neće biti "
    "prekidan. Gradski arhitekta je objasnio da će novi most imati posebne staze za "
    "bicikliste i pešake, kao i rasvetu koja troši manje struje. Prvi kamion sa materijalom "
    "trebalo bi da stigne već početkom marta, ukoliko vremenski uslovi to dozvole."
)


def test_a_long_page_declaring_a_close_language_keeps_it() -> None:
    """A close language (Croatian read in a Bosnian page) does not overrule the page's."""
    text = "</p><p>".join((TEXTS["bs"], SECOND["bs"], _THIRD))
    article = newsextract.extract(page(text, lang="bs"), url="https://novine.example.ba/a")
    assert (article.language, article.provenance["language"]) == ("bs", "html:html[lang]")


def test_close_languages_are_languages() -> None:
    codes = _codes()
    for group in set(codes.close.values()):
        assert all(code in codes.two_letter or len(code) == 3 for code in group)
