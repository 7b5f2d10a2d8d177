"""A block's footnote calls matched against its container's marks: the same notes as a
search of every mark in turn, without a square of blocks by marks."""

from __future__ import annotations

import random

from hypothesis import given
from hypothesis import strategies as st

import newsextract
from newsextract.body.block_records import _Marks


def _every_mark_in_turn(
    marks: list[tuple[str, str]], text: str, targets: dict[str, str]
) -> tuple[str, ...]:
    """The reading ``_Marks`` replaces: each mark's "[label]" searched in turn."""
    start, notes = 0, []
    for label, target in marks:
        where = text.find(f"[{label}]", start)
        if where >= 0:
            notes.append(label)
            start = where + len(label) + 2
            if target:
                targets.setdefault(target, label)
    return tuple(notes)


_LABELS = st.sampled_from(["1", "2", "3", "12", "a", "b", "iv"])
_MARKS = st.lists(st.tuples(_LABELS, st.sampled_from(["", "fn1", "fn2", "cite-3"])), max_size=12)
_TEXT = st.lists(
    st.one_of(
        _LABELS.map(lambda label: f"[{label}]"), st.sampled_from(["word ", "[", "]", "[[", "x"])
    ),
    max_size=12,
).map("".join)


@given(_MARKS, _TEXT)
def test_the_same_notes_and_targets_as_every_mark_in_turn(
    marks: list[tuple[str, str]], text: str
) -> None:
    expected_targets: dict[str, str] = {}
    expected = _every_mark_in_turn(marks, text, expected_targets)
    targets: dict[str, str] = {}
    assert _Marks(marks).called_in(text, targets) == expected
    assert targets == expected_targets


class _CountedText(str):
    """A text that counts the searches made in it."""

    searches = 0

    def find(self, *args: object) -> int:  # type: ignore[override]
        type(self).searches += 1
        return super().find(*args)  # type: ignore[arg-type]


def test_a_paragraph_searches_only_the_labels_it_brackets() -> None:
    marks = [(str(number), f"cite-{number}") for number in range(1, 1001)]
    text = _CountedText("The flood reached the bridge [500] and the mill [501].")
    _CountedText.searches = 0
    assert _Marks(marks).called_in(text, {}) == ("500", "501")
    assert _CountedText.searches <= 4  # not a search for each of the 1,000 marks


def test_a_page_of_many_marked_paragraphs_keeps_each_paragraphs_call() -> None:
    rng = random.Random(7)
    paragraphs = "".join(
        f"<p>Paragraph {n} says something of note{rng.choice(['', ' again'])}"
        f"<sup><a href='#cite-{n}'>[{n}]</a></sup> and goes on.</p>"
        for n in range(1, 400)
    )
    notes = "".join(f"<li id='cite-{n}'>Source {n}, page {n}.</li>" for n in range(1, 400))
    html = (
        f"<html><body><article><h1>A long page</h1>{paragraphs}<ol>{notes}</ol>"
        "</article></body></html>"
    )
    article = newsextract.extract(html)
    called = [block.notes for block in article.body_blocks if block.notes]
    assert called[:3] == [("1",), ("2",), ("3",)]
    assert len(called) == 399
