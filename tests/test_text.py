"""``text``: cleaning and comparison keys that keep every script's spelling."""

from __future__ import annotations

import unicodedata

import pytest

from newsextract.text import clean_text, compare_key, drop_invisible, fold_case, tokens


def test_clean_text_drops_invisible_characters_but_keeps_the_joiners_spelling_needs() -> None:
    assert clean_text("Hel\u00adlo\u200b wor\ufeffld") == "Hello world"
    # Persian writes a zero-width non-joiner inside words: "می‌سازد" is not "میسازد".
    assert clean_text("می\u200cسازد") == "می\u200cسازد"


@pytest.mark.parametrize("invisible", ["\u00ad", "\u200b", "\u2060", "\ufeff"])
def test_each_invisible_character_is_found_alone_in_a_text_outside_ascii(invisible: str) -> None:
    # Each of the four is looked for on its own (no regex): a text holding only one of them,
    # beside other characters outside ASCII, loses it.
    assert drop_invisible(f"Gr\u00fc{invisible}\u00dfe") == "Gr\u00fc\u00dfe"
    assert drop_invisible("Gr\u00fc\u00dfe \u200c") == "Gr\u00fc\u00dfe \u200c"


def test_compare_key_ignores_the_joiners() -> None:
    assert compare_key("می\u200cسازد") == compare_key("میسازد")


@pytest.mark.parametrize(
    "text",
    ["Hello, World_2 -- x", "  BBC   News\t", "U.S. (AP) 10:30", "", "___", "a" * 400],
)
def test_an_ascii_texts_key_is_that_of_the_general_path(text: str) -> None:
    # The ASCII fast path must give what normalising, case folding and tokenising give.
    general = " ".join(tokens(unicodedata.normalize("NFKC", " ".join(text.split())).casefold()))
    assert compare_key(text) == general


def test_control_characters_are_dropped_as_a_browser_shows_them() -> None:
    # none shown by a browser; a NUL is a value PostgreSQL's text refuses
    assert clean_text("Storm\x07 hits\x00 the \x01coast\x7f") == "Storm hits the coast"
    assert clean_text("نمی\u200cخواهم") == "نمی\u200cخواهم"  # a joiner is no control


def test_what_fits_a_css_string_as_written() -> None:
    from newsextract.text import fits_css_string

    assert fits_css_string("news.example.org") and fits_css_string("Jane Doe")
    for value in ('a"b', "a\\b", "a\nb", "a\x0cb", "a\rb"):
        assert not fits_css_string(value)


def test_compare_key_reads_turkic_dotted_and_dotless_i_as_i() -> None:
    # casefold writes "İ" as "i" and a combining dot, which the tokens read as a word's end.
    assert compare_key("SON DAKİKA: Ankara") == "son dakika ankara"
    assert compare_key("İSTANBUL'DA SEFERLERİNE") == compare_key("İstanbul'da seferlerine")
    # "ı" is the small letter of "I", which folds to "i".
    assert compare_key("ILIK HAVA") == compare_key("ılık hava")


def test_fold_case_keeps_places_for_turkic_i() -> None:
    title = "SON DAKİKA: Ankara'da deprem"
    assert len(fold_case(title)) == len(title)
    assert fold_case(title).endswith(fold_case("Ankara'da deprem"))
    assert fold_case("Son dakika") == fold_case("SON DAKİKA")
    assert fold_case("Straße") == "strasse"  # any other letter as casefold writes it
