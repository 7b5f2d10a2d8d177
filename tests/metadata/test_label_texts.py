"""The own texts that may open with a label: one test per page for every label scan."""

from __future__ import annotations

import re

import pytest

from newsextract.label_lists import LabelList
from newsextract.labels import LABEL_END, alternation, starts_with, words
from newsextract.metadata import label_texts, line_labels, markup_tags
from newsextract.metadata.byline_labels import BYLINE_LABEL_END
from newsextract.metadata.label_texts import SCANNED_LABELS
from newsextract.metadata.label_texts import label_texts as kept_texts
from newsextract.page import ParsedPage

_PAGE = """<html><body>
<p>The minister said on Tuesday that the plan would go ahead.</p>
<div class="meta"><span>By Jane Doe</span> <span>Published: 3 May 2024</span></div>
<ul><li><strong>Schlagworte:</strong> <a>Politik</a></li></ul>
<p>Quelle: dpa</p><p>— \u212aategorien: Sport</p>
<p>%s</p>
</body></html>""" % ("word " * 60)


def test_label_openings_and_long_texts_are_kept_in_page_order() -> None:
    page = ParsedPage(_PAGE)
    kept = [own for _, _, own in kept_texts(page)]
    assert kept == [
        "By Jane Doe",
        "Published: 3 May 2024",
        "Schlagworte:",
        "Quelle: dpa",
        "— \u212aategorien: Sport",  # a Kelvin sign matches "k" in any case, as the scans read it
        None,  # a long own text is not kept by ``own_texts``: the scans read it again
    ]
    assert kept_texts(page) is kept_texts(page)  # computed once per page


@pytest.mark.parametrize(
    "text",
    [
        "By Jane Doe",
        "  ...by jane",
        "BYLINE",  # a label's start is enough: each scan tests what follows itself
        "Von Max",
        "Tags: a, b",
        "«Étiquettes»",
        "Опубликовано 3 мая",
        "記者 山田",
        "1 comment",
        "",
        "!!",
        "The president",
        "\u017fource: x",  # a long s, which matches "s" in any case
        # The first character told without the regex: a word character is what ``\w``
        # matches, a letter, a digit of any script or "_"; a combining mark is none.
        "_by jane",
        "\u0301By Jane",
        "\u00b2Tags",
        "\u0663 comments",
    ],
)
def test_the_first_letter_shortcut_answers_as_the_whole_list(text: str) -> None:
    whole = re.compile(r"^\W*" + alternation(*SCANNED_LABELS), re.I)
    assert label_texts._opens(text) == (whole.match(text) is not None)


def test_the_first_letter_shortcut_answers_as_the_whole_list_for_every_label() -> None:
    # Every label in each case after a mark: each first letter's regex, built on first use,
    # answers as the regex of all labels does (ß and ẞ, ς and Σ, İ and i included).
    whole = re.compile(r"^\W*" + alternation(*SCANNED_LABELS), re.I)
    for word in {w for kind in SCANNED_LABELS for w in words(kind)}:
        for form in (word, word.upper(), word.lower(), word.title(), word.casefold()):
            for text in (f"{form}: Jane Doe", f"« {form[:1]}", f"{form[1:]} x"):
                assert label_texts._opens(text) == (whole.match(text) is not None), text


def test_every_label_opens_with_a_word_character() -> None:
    # The scans find where a label may start by the first word character after marks and
    # brackets (label_texts._opens): a label opening with another character would need the
    # regex of all labels again.
    assert label_texts._labels_open_with_word_characters()


@pytest.mark.parametrize("language", [None, "ca", "de", "ja"])
def test_the_label_regex_of_a_first_letter_answers_as_the_whole_list(language: str | None) -> None:
    # line_labels.label_kind reads the labels opening with the text's first letter: it answers
    # as the regex of every byline and credit label (and the page language's own) did.
    own = words(LabelList.BYLINE_IN_LANGUAGE, language) if language else ()
    byline = alternation(LabelList.BYLINE) if not own else None
    bylines = (
        byline
        or "(?:"
        + "|".join(
            re.escape(w).replace(r"\ ", r"\s+")
            for w in sorted({*words(LabelList.BYLINE), *own}, key=lambda w: (-len(w), w))
        )
        + ")"
    )
    whole = re.compile(
        r"^\s*[【\[（(]?\s*(?:(?P<byline>"
        + bylines
        + ")"
        + BYLINE_LABEL_END
        + "|"
        + alternation(LabelList.CREDIT)
        + LABEL_END
        + ")",
        re.I,
    )
    every = {
        *words(LabelList.BYLINE),
        *words(LabelList.CREDIT),
        *words(LabelList.BYLINE_IN_LANGUAGE),
    }
    for word in every:
        for form in (word, word.upper(), word.title()):
            for text in (f"{form}: Jane Doe", f" ( {form} Jane", f"{form}x"):
                found = whole.match(text)
                kind = None if found is None else "byline" if found.group("byline") else "source"
                assert line_labels.label_kind(text, language) == kind, text


def test_a_text_a_scan_matches_is_kept() -> None:
    # Each scan's regex asks for a whole label and more; this one, from the same lists.
    scan = re.compile(r"^\s*" + alternation(*SCANNED_LABELS) + LABEL_END, re.I)
    for text in ("Par Marine Guichard", "Source : AFP", "Publié le 3 mai", "Rubrik: X"):
        assert scan.match(text) is not None
        assert label_texts._opens(text)


def test_a_page_view_is_computed_once() -> None:
    page = ParsedPage("<p>x</p>")
    calls: list[int] = []

    def view(p: ParsedPage) -> int:
        calls.append(1)
        return len(calls)

    assert page.derived(view) == page.derived(view) == 1
    assert calls == [1]


def test_every_label_a_scan_reads_is_a_scanned_label() -> None:
    # A guard for the scans' regexes: a label list added to one of them must be added to
    # SCANNED_LABELS, or the texts opening with its words would never reach the scan.
    scans = (
        markup_tags._list_label().match,
        line_labels._label_start().match,
        starts_with(LabelList.PUBLISHED).match,
    )
    for kind in LabelList:
        for word in words(kind):
            text = f"{word}: Jane Doe"
            if any(scan(text) for scan in scans):
                assert label_texts._opens(text), (kind, word)


def test_loading_letters_builds_their_regexes_ahead_of_the_pages() -> None:
    from newsextract.metadata import label_texts

    label_texts._labels_opening.cache_clear()
    label_texts.load_letters("ab")
    assert label_texts._labels_opening.cache_info().currsize == 2


_OPENINGS = [
    "By Jane Doe", "  ...by jane", "Tags: a", "«Étiquettes»", "Опубликовано 3 мая", "記者 山田",
    "1 comment", "!!", "The president", "\u017fource: x", "_by jane", "\u0301By Jane",
    "\u00b2Tags", "\u0663 comments", "— \u212aategorien: Sport", "zzz", "Quelle: dpa",
]  # fmt: skip


def test_kept_texts_are_those_a_label_may_open() -> None:
    """The page's scan keeps the texts ``_opens`` keeps, in page order, whatever character
    they open with, and after more characters than the scan keeps at hand."""
    many = [chr(code) + "y" for code in range(0x4E00, 0x4E00 + label_texts._KEPT_LETTERS + 50)]
    for texts in (_OPENINGS, many + _OPENINGS):
        body = "".join(f"<p>{text}</p>" for text in texts)
        page = ParsedPage(f"<html><body>{body}</body></html>")
        expected = [own for _, _, own in page.own_texts if own is None or label_texts._opens(own)]
        assert [own for _, _, own in kept_texts(page)] == expected
