"""A forum poster's line: the name and the day the poster signed up ("anna_k Joined: March
2021", "lu_na_varanda Membro desde 2023", "登録日 2022年"), printed over every post of a
thread. It says who wrote the post, not what the post says: furniture of the thread, as a
byline is of a story; so is the card it heads, the poster's tallies and place under it, one
a line ("Join Date: Mar 2011 / Posts: 2,304": vBulletin's and phpBB's cells beside each
post). The labels are the language data's ``member_since`` words."""

from __future__ import annotations

import functools
import re

from newsextract.body.characters import DIGIT
from newsextract.language_files import languages
from newsextract.regex_words import first_characters, word_alternation

# A poster's line is a name and a label and a date: a line longer than this is a sentence
# of the post ("I joined the club in 2019 and ...").
POSTER_LINE_CHARS = 60
# What follows the label: a date or a year, a few characters ("March 2021", "03/2024",
# "12.05.2019", "2022年"); more is a sentence going on after the words.
_SINCE_CHARS = 20
_SINCE_WORDS = 3


@functools.cache
def _member_since() -> re.Pattern[str]:
    found = [w for known in languages().values() for w in known.member_since]
    return re.compile(first_characters(found) + word_alternation(found), re.I)


def is_poster_line(text: str) -> bool:
    """Whether a short line ends on a member-since label and a date (``POSTER_LINE_CHARS``):
    the label opening the line, after a mark, or glued to the poster's name before it in a
    capital ("lu_na_varandaMembro desde 2023"), never inside a word ("rejoined")."""
    if len(text) > POSTER_LINE_CHARS or DIGIT.search(text) is None:
        return False
    for match in _member_since().finditer(text):
        start = match.start()
        before = text[start - 1 : start]
        if before.isalpha() and not (text[start].isupper() or not text[start].isascii()):
            continue
        if text[match.end() : match.end() + 1].isalpha():
            continue  # the label's word goes on: an inflection ("регистрирана"), not a label
        since = text[match.end() :].strip(" :：-–")
        if (
            len(since) <= _SINCE_CHARS
            and len(since.split()) <= _SINCE_WORDS
            and DIGIT.search(since) is not None
        ):
            return True
    return False


# A poster's card holds a few details, one a line (sign-up day, posts, place, thanks): a
# paragraph of more lines is a post's own list.
_CARD_LINES = 6


def is_poster_card(text: str) -> bool:
    """Whether a paragraph is a poster's card: at most ``_CARD_LINES`` lines, each no longer
    than a poster's line, one of them a poster's line (``is_poster_line``)."""
    if len(text) > _CARD_LINES * (POSTER_LINE_CHARS + 1) or DIGIT.search(text) is None:
        return False
    lines = text.split("\n")
    return (
        len(lines) <= _CARD_LINES
        and all(len(line) <= POSTER_LINE_CHARS for line in lines)
        and any(map(is_poster_line, lines))
    )
