"""The byline and credit label test of a block's text (``line_labels._label_start_match``) reads
the regex of the labels its first character can open, in groups of first letters: the same
answer as the whole regex (``_label_start``), for every label in several cases and shapes."""

from __future__ import annotations

import re

from newsextract.label_lists import LabelList
from newsextract.label_openers import FirstLetterOpeners
from newsextract.labels import words
from newsextract.metadata import line_labels


def _same(text: str) -> bool:
    whole = line_labels._label_start().match(text)
    split = line_labels._label_start_match(text)
    if whole is None or split is None:
        return whole is None and split is None
    return whole.end() == split.end() and whole.span("byline") == split.span("byline")


def test_every_label_opens_the_same_match_as_the_whole_regex() -> None:
    labels = sorted({*words(LabelList.BYLINE), *words(LabelList.CREDIT)})
    shapes = ("{}", "{}: Jane Roe", "{}x", "{}_1", "{} Jane Roe", "{}：张三", "{}王小明／台北")
    before = ("", "  ", " (", "【", "[ ", "（\u3000", "((", "- ")
    texts = [
        opening + shape.format(written)
        for label in labels
        for written in (label, label.upper(), label.title(), label.swapcase())
        for shape in shapes
        for opening in before
    ]
    odd = "\u212aſıİßẞΣςΩÅǅ"  # letters whose case partners are other letters
    texts += [f"{char}{label[1:]}: Jane Roe" for label in labels for char in odd]
    texts += ["", " ", "(", "【】", "Paragraph 1.", "2026-03-05", "© Example"]
    assert [text for text in texts if not _same(text)] == []


def test_the_white_space_skipped_is_the_regexs() -> None:
    """``str.isspace`` (the quick test) and the regex's ``\\s`` agree on every character."""
    space = re.compile(r"\s")
    assert all(bool(space.match(chr(i))) == chr(i).isspace() for i in range(0x110000))


def test_grouped_first_letters_share_a_regex_and_keep_the_answer() -> None:
    built: list[frozenset[str]] = []

    def build(firsts: frozenset[str]) -> re.Pattern[str]:
        built.append(firsts)
        return re.compile("|".join(sorted(w for w in ("apple", "bar", "Abc") if w[0] in firsts)))

    table = FirstLetterOpeners(lambda: ("apple", "bar", "Abc"), build, groups=1)
    opener = table.look_up("a")
    assert opener is not None and opener("apple pie") is not None
    assert table.look_up("B") == opener  # one group: one regex
    assert table.look_up("z") is None  # opens no label: no regex
    assert built == [frozenset({"a", "b", "A"})]
