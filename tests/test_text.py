"""``text``: cleaning and comparison keys that keep every script's spelling."""

from __future__ import annotations

from newsextract.text import clean_text, compare_key


def test_clean_text_drops_invisible_characters_but_keeps_the_joiners_spelling_needs() -> None:
    assert clean_text("Hel\u00adlo\u200b wor\ufeffld") == "Hello world"
    # Persian writes a zero-width non-joiner inside words: "می‌سازد" is not "میسازد".
    assert clean_text("می\u200cسازد") == "می\u200cسازد"


def test_compare_key_ignores_the_joiners() -> None:
    assert compare_key("می\u200cسازد") == compare_key("میسازد")
