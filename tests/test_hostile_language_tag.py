"""A ``<html lang>`` of tens of MB ("en-en-en-…"): it names no language (a language tag is a
few subtags) and is not split. Before, its 20 million subtags were split and tested three
times over (the language, the page's countries, the byline's language): 60 MB took 11 s of
CPU and 1.8 GB."""

from __future__ import annotations

from newsextract import extract
from newsextract.language import primary_code
from newsextract.page import MAX_LANGUAGE_TAG, ParsedPage

_BODY = (
    "<body><article><h1>Harbour plan approved</h1>"
    + "<p>The council of Exampleton voted on the harbour plan after a long debate.</p>" * 4
    + "</article></body>"
)


def _page(lang: str) -> str:
    return f'<html lang="{lang}"><head><title>Harbour plan approved</title></head>{_BODY}</html>'


def test_a_lang_longer_than_any_tag_names_no_language() -> None:
    page = ParsedPage(_page("en-" * (MAX_LANGUAGE_TAG // 3 + 1)))
    assert page.html_lang is None
    assert ParsedPage(_page("de-" * (MAX_LANGUAGE_TAG // 3 - 1) + "DE")).html_lang is not None


def test_a_real_tag_is_read_as_before() -> None:
    assert ParsedPage(_page(" en-GB ")).html_lang == "en-GB"
    assert extract(_page("de-AT")).language == "de"


def test_a_huge_lang_costs_no_split() -> None:
    article = extract(_page("en-" * 2_000_000))  # 6 MB: 2 million subtags
    assert article.title == "Harbour plan approved"
    assert article.language is None  # the text is too short to tell


def test_primary_code_splits_off_the_first_subtag_only() -> None:
    assert primary_code("fr_FR") == "fr"
    assert primary_code(" deu-DE ") == "de"
    assert primary_code("en -US") is None
    assert primary_code("en-" * 100_000) == "en"
