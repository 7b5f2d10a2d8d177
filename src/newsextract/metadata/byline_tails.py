"""What follows a byline's names: a date's label, a separator, an e-mail address or a
handle, a list's closer ("… and others").

``trim_byline`` gives the byline as written without them; the split into names cuts them
before the list is split.
"""

from __future__ import annotations

import functools
import re

from newsextract.label_lists import LabelList
from newsextract.labels import LABEL_END, LABEL_START, alternation, list_closers
from newsextract.lazy_regex import LazyPattern
from newsextract.metadata.byline_date_tails import without_calendar_tail, without_date_tail
from newsextract.metadata.byline_labels import box_heading, byline_prefix
from newsextract.metadata.byline_places import without_own_place_tail
from newsextract.metadata.name_shapes import institution
from newsextract.regex_words import longest_first

# An e-mail address after the names ("By Dana Whitfield dwhitfield@example.com", as TownNews
# pages print the byline, in their JSON-LD author too): the writer's address, cut.
EMAIL_TAIL = LazyPattern(r"\s*[(<]?\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*[)>]?\s*$")
# A social-media handle after the names ("By Rosalind Achterberg @rosachter", the writer's
# account printed or linked beside the byline): the writer's account, cut like an address.
HANDLE_TAIL = LazyPattern(r"\s+[(<]?@[\w.]{2,30}[)>]?\s*$")


# The marks between a byline's names and what follows them (a date, a section); "»" is
# phpBB's before the post's time ("by Jane Roe » Mon Mar 04, 2024 10:15 am").
HARD_SEPARATOR = LazyPattern(r"\s+[·•|»]\s+")


# A middle dot between two Hangul syllables joins two words of a Korean credit ("글·사진=",
# writing and photos; "김민수·이지은 기자", two reporters); elsewhere it separates the names
# from what follows them.
_HANGUL = "\uac00-\ud7a3"
_SEPARATING_DOT = f"(?<![{_HANGUL}])·|·(?![{_HANGUL}])"


@functools.cache
def _byline_tail() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """What follows the names in a byline: a date's label or preposition after a comma or a
    bar ("Par A, le", "By A | Updated"), then the separators and prepositions left at the end."""
    after = alternation(LabelList.DATE_WORDS, LabelList.PUBLISHED, LabelList.UPDATED)
    dangling = alternation(LabelList.DATE_WORDS)
    return (
        re.compile(
            r"\s*[,|•·]\s*"
            + after
            + LABEL_END
            + rf"|\s*(?:[|•]|{_SEPARATING_DOT})\s*|\s+»(?:\s|$)",
            re.I,
        ),
        re.compile(r"\s*[,|•·\-–—]?\s*(?:" + LABEL_START + dangling + r")?\s*[,|•·]?\s*$", re.I),
    )


def trim_byline(text: str, language: str | None = None) -> str:
    """The byline as written, without the date, time or separators that follow the names:
    "Par A, le" -> "Par A", "A, B November 8 2023, 3:18 p.m." -> "A, B"; on a page in
    ``language``, without the section or place its "in" opens after them, as the authors
    are read ("By Jane Doe in Recipes" -> "By Jane Doe")."""
    split, dangling = _byline_tail()
    # One line: a run of white space, cut to one, cannot make the tails' \s* backtrack.
    text = split.split(" ".join(text.split()), maxsplit=1)[0]
    text = box_heading().sub("", text, count=1)  # "Over de auteur Thijs Bakker": the box's title
    text = without_date_tail(without_calendar_tail(text))
    if language is not None and (cut := without_own_place_tail(text, language)) != text:
        labelled = byline_prefix().match(text)
        if institution(text[labelled.end() if labelled is not None else 0 :]) is None:
            text = cut
    return dangling.sub("", text).strip()


@functools.cache
def _list_closer() -> re.Pattern[str]:
    closers = "|".join(
        re.escape(w).replace(_ANY_NAME_MARK, _ANY_NAME) for w in longest_first(list_closers())
    )
    return re.compile(rf"(?:\s*,)?\s+(?:{closers})(?!\w)\W*$", re.IGNORECASE)


# A closer's "{}" stands for a group's own name ("and the {} team": "and the Morning Shelf
# team"), one to four words: a desk's or a newsletter's name is a few words at most.
_ANY_NAME_MARK = re.escape("{}")
_ANY_NAME = r"(?:\S+\s+){0,3}\S+"


def without_list_closer(text: str) -> str:
    """``text`` without the words closing its list that add no writer ("… and others",
    "… et al.", the language files' ``list_closers``), when a name comes before them."""
    found = _list_closer().search(text)
    return text[: found.start()] if found is not None and found.start() > 0 else text
