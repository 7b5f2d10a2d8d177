"""``FirstLetterOpeners`` tells a character that opens no label in one call, with a class of
the labels' first letters: the same answer as testing each first letter, for the characters
most texts open with (a page of 40,000 paragraphs each opening with another Han character
took 2.9 s in the few hundred tests a character, 1.3 s now)."""

from __future__ import annotations

import random
import re

from newsextract.body import label_gate
from newsextract.label_openers import FirstLetterOpeners
from newsextract.metadata import line_labels


def _characters(openers: FirstLetterOpeners) -> list[str]:
    firsts = openers.firsts()
    cases = {c for first in firsts for c in (first, first.lower(), first.upper(), first.title())}
    sample = random.Random(17).sample(range(0x30000), 20_000)
    chars = {chr(cp) for cp in (*range(0x250), *sample) if not 0xD800 <= cp <= 0xDFFF}
    return sorted(chars | {c for c in cases if len(c) == 1} | set("\u212aſıİßẞΣςΩÅǅ"))


def test_a_character_opening_no_label_is_told_at_once() -> None:
    for openers in (line_labels._LABEL_STARTS, label_gate._OPENERS):
        firsts = openers.firsts()
        for char in _characters(openers):
            expected = any(test(char) for test in firsts.values())
            assert bool(openers._any_first(char)) == expected, (char, hex(ord(char)))


def _labels_regex(firsts: frozenset[str]) -> re.Pattern[str]:
    labels = [label for label in ("Source", "Fuente") if label[0] in firsts]
    return re.compile("|".join(labels), re.IGNORECASE)


def test_such_a_character_is_kept_as_opening_none() -> None:
    openers = FirstLetterOpeners(lambda: ["Source", "Fuente"], _labels_regex)
    assert openers.look_up("文") is None
    assert openers.openers["文"] is None
    match = openers.look_up("s")
    assert match is not None and match("source: x") is not None
