"""Rewrites for speed of the line tests held to the forms they replaced (issue 14): the same
answers on invented texts."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from newsextract.body import dated_posts

# Pieces of lines naming years or not: years of both centuries, digits glued before and
# after, other digits (Arabic-Indic ones too), letters, spaces and newlines.
_YEAR_PIECES = st.sampled_from(
    ["1999", "2026", "1899", "1850", "2100", "19", "20", "18", "9", "0", "1", "2", "٢٠٢٦", " ",
     "\n", "a", "-", "(", "5 mars ", "@09h12"]
)  # fmt: skip
_YEAR_AS_BEFORE = re.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)")


@settings(max_examples=600, deadline=None)
@given(st.lists(_YEAR_PIECES | st.text(max_size=2), max_size=8).map("".join))
def test_dated_posts_year_found_as_before(text: str) -> None:
    """``dated_posts._YEAR`` asks its look back after the year's first figures: the same
    matches at the same places as the look back first."""
    found = [m.span() for m in dated_posts._YEAR.finditer(text)]
    assert found == [m.span() for m in _YEAR_AS_BEFORE.finditer(text)]


def _relative_stamp_trying_every_form(text: str, language: str | None) -> object:
    """``relative.find_relative_stamp`` as it was: every form of a key tried in turn, the
    ones whose text before the number cannot end where the line's does included, and every
    key length of the table tried after each number (not only those of the keys opening
    with the characters there, ``_FormTable.lengths_after``)."""
    from newsextract.dating import relative

    table = relative.relative_forms_table(language)
    lower = text.lower()
    if len(lower) != len(text):
        return None
    every_length = sorted({len(key) for key in table.after})
    for count in relative._COUNT.finditer(lower):
        start = count.start()
        glued = bool(start) and lower[start - 1].isalnum()
        if glued and not lower[start - 1].isalpha():
            continue
        rest = count.end() + (lower[count.end() : count.end() + 1] == " ")
        for length in every_length:
            key = lower[rest : rest + length]
            if len(key) < length:
                break
            forms = table.after.get(key)
            if forms is None or not relative._ends_word(lower, rest + length, key):
                continue
            head_end = relative._head_end(lower, start)
            for form in forms:
                if glued and not form.before:
                    continue
                begin = relative._opening(lower, start, head_end, form.before)
                if begin is not None:
                    amount = float(count.group().replace(",", "."))
                    return relative.RelativeStamp(begin, rest + length, amount, form.unit)
    return None


# Stamps' pieces: numbers, units and the words written before the number in several
# languages ("vor", "hace", "il y a", Amharic "ከ" glued to it), and the letters around them.
_STAMP_PIECES = st.sampled_from(
    ["3", "12", "1,5", " ", "  ", "vor ", "hace ", "il y a ", "há ", "před ", "пре ", "ከ",
     "ቀናት በፊት", "min", "h", "d", "s", "m", "Stunden", "horas", "jours", "hours ago", "dias",
     "минут", "x", "a", "-", "·", "A320", "İ", "前", "天前", "mi", "ho", "לפני יום ",
     "rana da ya gabata ", "watan"]
)  # fmt: skip


@settings(max_examples=800, deadline=None)
@given(
    st.lists(_STAMP_PIECES | st.text(max_size=2), max_size=7).map("".join),
    st.sampled_from([None, "en", "de", "es", "am", "cs", "sr", "pt", "xx"]),
)
def test_relative_stamp_found_as_trying_every_form(text: str, language: str | None) -> None:
    """``find_relative_stamp`` tries only the forms whose text before the number ends with
    the line's character there (``_FormTable.by_before_end``): the same stamp as every form."""
    from newsextract.dating import relative

    found = relative.find_relative_stamp(text, language)
    assert found == _relative_stamp_trying_every_form(text, language)


def _without_clock_marks_looking_up_every_end(text: str, start: int) -> str:
    """``date_lines._without_clock_marks`` as it was: the words of a half of the day looked
    up before every time, whatever character stands before it."""
    from newsextract.body import date_lines

    letters, halves, longest, _ = date_lines._clock_mark_words()
    parts: list[str] = []
    done = 0
    for time in date_lines._CLOCK_TIME.finditer(text, start):
        begin, end = time.start(), time.end()
        for length in range(min(longest, begin - done), 1, -1):
            if text[begin - length : begin].lower() in halves:
                begin -= length
                break
        after = end + 1 if text[end : end + 1].isspace() else end
        if (
            time.group()[-1].isdecimal()
            and text[after : after + 1].lower() in letters
            and not date_lines._WORD_CHAR.match(text, after + 1)
        ):
            end = after + 1
        if begin != time.start() or end != time.end():
            parts += [text[done:begin], time.group()]
            done = end
    return "".join([*parts, text[done:]]) if parts else text


# Times with the words of a half of the day before them in three cases (a final sigma and a
# dotted capital I among them, whose lower cases differ in a word and alone), and after them.
_CLOCK_PIECES = st.sampled_from(
    ["10:30", "7:05", "10時30分", "3点", " ", "上午", "午前", "AM", "pm", "Nachm", "ΑΣ", "Σ",
     "İ", "ص", "น.", "h", "x", "5 March 2021, ", "Posted "]
)  # fmt: skip


@settings(max_examples=600, deadline=None)
@given(st.lists(_CLOCK_PIECES | st.text(max_size=2), max_size=7).map("".join))
def test_clock_marks_cut_as_looking_up_every_end(text: str) -> None:
    """``_without_clock_marks`` looks up the words before a time only when the character
    there ends one of them: the same text as looking them up before every time."""
    from newsextract.body import date_lines

    assert date_lines._without_clock_marks(text, 0) == _without_clock_marks_looking_up_every_end(
        text, 0
    )


_CREDIT_PIECES = st.sampled_from(
    ["Foto", "FOTO", "photo", "Fotó", "texto e fotos", "写真", "Bild", "fot.", "Fot.", ": ",
     "：", "=", " ", "(", ")", "/", "Ana Lopez", "AFP", ".", "3:07", "5 March 2021, "]
)  # fmt: skip


@settings(max_examples=600, deadline=None)
@given(st.lists(_CREDIT_PIECES | st.text(max_size=2), max_size=7).map("".join))
def test_labelled_credit_read_as_joining_every_label(text: str) -> None:
    """``_is_labelled_credit`` joins the words before the mark only when the last is a
    label's last word: the same answer as joining them always."""
    from newsextract.body import credit_lines

    ends = credit_lines._credit_label_ends
    try:
        credit_lines._credit_label_ends = lambda: _EVERY_WORD  # type: ignore[assignment]
        before = credit_lines.is_labelled_credit(text)
    finally:
        credit_lines._credit_label_ends = ends
    assert credit_lines.is_labelled_credit(text) == before


class _EveryWord(frozenset[str]):
    """A set that holds every word: the gate of ``_credit_label_ends`` taken away."""

    def __contains__(self, word: object) -> bool:
        return True


_EVERY_WORD = _EveryWord()
