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
    ones whose text before the number cannot end where the line's does included."""
    from newsextract.dating import relative

    table = relative.relative_forms_table(language)
    lower = text.lower()
    if len(lower) != len(text):
        return None
    for count in relative._COUNT.finditer(lower):
        start = count.start()
        glued = bool(start) and lower[start - 1].isalnum()
        if glued and not lower[start - 1].isalpha():
            continue
        rest = count.end() + (lower[count.end() : count.end() + 1] == " ")
        for length in table.lengths_after.get(lower[rest : rest + 1], table.lengths_else):
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
     "минут", "x", "a", "-", "·", "A320", "İ", "前", "天前"]
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
