"""``clean_block_text`` gives a printable text back as it is, in any script (speedbody63):
it answers as the split, join and invisible-character cut it used to run on every text
outside ASCII (a curly apostrophe, an accented letter)."""

from __future__ import annotations

import sys

import pytest

from newsextract.body.block_text import LINE_BREAK, _printable, clean_block_text
from newsextract.text import drop_invisible


def _slow_clean(text: str) -> str:
    """``clean_block_text`` before the cut: every text not printable ASCII split and joined."""
    text = drop_invisible(text)
    if LINE_BREAK not in text:
        return _printable(" ".join(text.split()))
    lines = (_printable(" ".join(line.split())) for line in text.split(LINE_BREAK))
    return "\n".join(line for line in lines if line)


def test_no_printable_character_but_the_space_is_white_space_or_invisible() -> None:
    # What the fast path rests on, for every code point of this Python's Unicode data.
    odd = [
        hex(point)
        for point in range(sys.maxunicode + 1)
        if (character := chr(point)) != " "
        and character.isprintable()
        and (len(f"a{character}a".split()) != 1 or drop_invisible(character) != character)
    ]
    assert odd == []


@pytest.mark.parametrize(
    "text",
    [
        "Die Brücke über den Fluss wird im Mai eröffnet.",
        "It’s “done”, she said — finally.",
        "Tōkyō 東京 の 天気",
        "Ein\u00a0Wort und\u00adnoch eins",
        "zwei  Leerzeichen ünd mehr",
        " führend",
        "endend ",
        f"Zeile eins{LINE_BREAK}Zeile zwei ä",
        "null\u200bbreite Léerstelle",
        "Steuer\x07zeichen é",
        "",
        "plain ASCII words",
    ],
)
def test_clean_block_text_answers_as_before(text: str) -> None:
    assert clean_block_text(text) == _slow_clean(text)
