"""The page search's work per line: the date search of a line is spared when the line
cannot hold what is asked of it (issue 14; the hostile page "10000_date_lines")."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsextract.dates import find_text_dates
from newsextract.label_lists import LabelList
from newsextract.labels import LABEL_END, alternation, words
from newsextract.metadata import date_line_labels, element_places
from newsextract.metadata.data_labels import data_day, may_hold_data_label
from newsextract.metadata.source_days import _update_and_credit_lines
from newsextract.page import ParsedPage


def test_dated_lines_without_a_label_are_not_searched_for_a_data_label(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    lines = "".join(f"<p>{i % 28 + 1} March 2021, {i % 24}:{i % 60:02d}</p>" for i in range(200))
    page = ParsedPage(f"<html><body>{lines}</body></html>", "https://news.example/a")
    searched: list[str] = []

    def counted(text: str, *, same_day_times: bool = False) -> object:
        searched.append(text)
        return find_text_dates(text, same_day_times=same_day_times)

    monkeypatch.setattr(date_line_labels, "find_text_dates", counted)
    assert _update_and_credit_lines(page) == []
    assert searched == []  # a clock's colon follows a digit, no label's word


@pytest.mark.parametrize(
    "line",
    [
        "Lieferung: Fr, 08.03.2024",
        "Termin: 15.06.2024",
        "Livraison estimée : 08/03/2024",
        "Termin\u200f: 15.06.2024",
        "Kick-off: 5 March 2024",
    ],
)
def test_a_line_under_a_data_label_is_still_searched(line: str) -> None:
    assert may_hold_data_label(line)
    found = next(find_text_dates(line))
    assert data_day(found.label, found.span)


_PIECES = ["Termin", "Fr,", "Room", "12", ":", " ", "\u200f", "5 March 2024", "0:00", "-", "é"]


@given(st.lists(st.sampled_from(_PIECES), max_size=8))
def test_the_gate_passes_every_line_a_data_label_dates(pieces: list[str]) -> None:
    line = "".join(pieces)
    found = next(find_text_dates(line), None)
    if found is not None and data_day(found.label, found.span):
        assert may_hold_data_label(line)


def test_the_publication_label_search_skips_positions_no_label_opens() -> None:
    # searched at every position of a line: the lookahead of the labels' first characters
    # fails most of them in one set test, and the same spans match as the plain alternation
    plain = re.compile(alternation(LabelList.PUBLISHED) + LABEL_END, re.I)
    searched = date_line_labels.publication_label()
    assert searched.pattern.startswith("(?=[")
    for word in words(LabelList.PUBLISHED):
        for line in (word, word.upper(), f"Updated 3 March {word.title()}: 5 March 2024"):
            expected, found = plain.search(line), searched.search(line)
            assert (found and found.span()) == (expected and expected.span()), line


def _thread_page(posts: int) -> ParsedPage:
    """A forum thread, its posts the page's first text, whose posts are comment boxes with
    their text outside paragraphs (never ``ARTICLE_BEFORE`` characters before a box)."""
    items = "".join(
        '<li class="comment"><div>Posted by a reader</div><p></p>'
        + ('<ol class="children"><li class="comment"><p></p></li></ol>' if i % 5 == 0 else "")
        + "</li>"
        for i in range(posts)
    )
    return ParsedPage(
        f'<html><body><h1>Thread</h1><div id="comments"><ol class="comment-list">{items}'
        "</ol></div><footer><p>Footer text</p></footer></body></html>",
        "https://forum.example/t/1",
    )


@pytest.mark.xfail(
    strict=True,
    reason="quadratic in the thread: a per-element memo of the count (comments65) paid"
    " -0.02 M a htmldate page (-0.03 %), not kept (docs/speed_work.md)",
)
def test_a_threads_boxes_each_step_over_one_earlier_post(monkeypatch: pytest.MonkeyPatch) -> None:
    """A thread that is the page's first text: each comment box's count of the prose before
    it (``follows_article``) walks all the earlier posts."""
    from newsextract.body import characters

    page = _thread_page(300)
    measured: list[str] = []

    def counted(text: str) -> int:
        measured.append(text)
        return len(text)

    monkeypatch.setattr(characters, "latin_width", counted)
    boxes = page.root.css("li.comment") if page.root is not None else []
    assert not any(element_places.comments_after_text(box, page) for box in boxes)
    assert len(measured) < 3 * len(boxes)  # one sibling's paragraphs a box, not n²/2


@pytest.mark.parametrize(
    ("names", "expected"),
    [
        ("comment byuser comment-author-x even depth-1", True),
        ("commentlist", True),
        ("disqus_thread", True),
        ("entry-comment-count", False),
        ("Kommentar", False),
    ],
)
def test_comment_names_kept_answer_as_matched(names: str, expected: bool) -> None:
    from newsextract.metadata import other_items

    for _ in range(2):  # the second answer is the kept one
        assert other_items.names_comments({"class": names}) is expected
    assert other_items._kept_comment_tokens(names) is expected


def test_comment_names_kept_stay_bounded() -> None:
    from newsextract.metadata import other_items

    for i in range(other_items._COMMENT_NAMES_KEPT + 10):
        other_items.names_comments({"id": f"comment-{i}"})
    assert other_items._kept_comment_tokens.cache_info().currsize <= other_items._COMMENT_NAMES_KEPT


def test_a_long_comment_name_is_answered_but_not_kept() -> None:
    from newsextract.metadata import other_items

    names = "comments " + "x" * other_items._COMMENT_NAME_LONGEST
    before = other_items._kept_comment_tokens.cache_info()
    assert other_items.names_comments({"class": names})
    after = other_items._kept_comment_tokens.cache_info()
    assert (after.hits, after.misses) == (before.hits, before.misses)
