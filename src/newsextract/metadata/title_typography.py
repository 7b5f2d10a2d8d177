"""The chosen title written as the page writes it: a typed hyphen as the typeset dash,
typed quotation marks as the visible headline's, capitals throughout in the other source's
case, and the visible headline's spaces as a metadata title sets them (where its reading
joined or split elements).

Apart from ``title.py`` because ``resolve`` applies these after the choice, to whichever
title won; they change how a title is written, never which title it is.
"""

from __future__ import annotations

from collections.abc import Collection
from unicodedata import combining, normalize

from newsextract.lazy_regex import LazyPattern
from newsextract.metadata.title_agreement import MAX_SPLIT_TITLE, MIN_HEADLINE_WORDS
from newsextract.text import compare_key, word_count

# A dash set between spaces as a hyphen, an en or an em dash: a plugin copying the post's
# title into og:title keeps the typed hyphen ("Januar - Mai") where the CMS typesets the
# title it shows (WordPress's "Januar &ndash; Mai" in <title> and the heading).
_SPACED_DASH = LazyPattern(r"(?<=\s)[-–—](?=\s)")
_TYPESET_DASHES = frozenset("–—")


def typeset(title: str, others: Collection[str]) -> str:
    """``title`` as another source typesets it: the same words where ``title`` has a typed
    hyphen between spaces and the other an en or em dash; else ``title``."""
    if " - " not in title:
        return title
    key = _SPACED_DASH.sub("-", title)
    for other in others:
        if (
            len(other) == len(title)
            and other != title
            and any(char in _TYPESET_DASHES for char in other)
            and _SPACED_DASH.sub("-", other) == key
        ):
            return other
    return title


# Marks a structured or social title types where the page typesets them in its <h1>:
# quotation marks (", ' for „“”‚‘’: "Knihovna "U Lípy"" beside "Knihovna „U Lípy“"), three dots
# for an ellipsis, guillemets without the (no-break) spaces French sets inside them
# ("«Le bac restera gratuit»" beside "« Le bac restera gratuit »"). An apostrophe (a mark
# between two letters, "Mexico's") is the word's spelling, which sources write either way:
# a title whose apostrophes differ from the headline's is left as it is.
_QUOTE_MARKS = frozenset("\"'„“”‚‘’")
_SPACE_IN_GUILLEMETS = LazyPattern(r"(?<=[«‹])\s+|\s+(?=[»›])")


def _typography_key(text: str) -> str:
    """``text`` with its quotation marks one mark, an ellipsis three dots and no spaces inside
    guillemets; its apostrophes kept."""
    text = _SPACE_IN_GUILLEMETS.sub("", text.replace("…", "..."))
    return "".join(
        '"'
        if char in _QUOTE_MARKS
        and not (text[index - 1 : index].isalpha() and text[index + 1 : index + 2].isalpha())
        else char
        for index, char in enumerate(text)
    )


def quoted_as_shown(title: str, headline: str | None) -> str:
    """The visible headline, when ``title`` differs from it only in how it types its quotation
    marks, an ellipsis or the spaces inside guillemets; else ``title``."""
    if headline is None or title == headline or abs(len(title) - len(headline)) > 8:
        return title
    if _typography_key(title) == _typography_key(headline):
        return headline
    return title


# A space the visible headline's reading put after a colon or a slash where two of its
# elements met ("<span>Hilfe</span><span>:</span><span>Bearbeiten</span>", a wiki's
# namespace and page name).
_JOINED_SPACE = LazyPattern(r"(?<=\w[:/]) (?=\w)")


def joined_as_written(headline: str, titles: Collection[str]) -> str:
    """The visible headline without the spaces after its colons and slashes when a metadata
    title writes it so, alone or before its decoration ("Hilfe:Bearbeiten – Stadtwiki"),
    and none writes it with them: the page's own spelling, where the headline's elements
    gave none (``headline_text`` puts a space where two meet without one)."""
    if ": " not in headline and "/ " not in headline:
        return headline
    written = _JOINED_SPACE.sub("", headline)
    if written == headline or any(headline in title for title in titles):
        return headline
    for title in titles:
        if title == written or (
            title.startswith(written) and title[len(written) : len(written) + 1].isspace()
        ):
            return written
    return headline


# The marks after which a headline's reading puts a space where its lines or elements met
# ("돌아온다…<br>상인들"), and a title may set none: the ellipsis of a Korean or Japanese
# headline running on.
_JOINING_MARKS = frozenset("…")
# What may follow a headline inside a title: its end, a space, or the decoration's mark.
_DECORATION_OPENERS = frozenset("-–—|｜ㅣ丨_:·•»«/")


def spaced_as_written(headline: str, titles: Collection[str]) -> str:
    """The visible headline spaced as a metadata title writes it, alone or before its
    decoration, when the two differ only there: a space the title sets where a line break
    joined two words of a script written without spaces between its words but with them
    between its phrases ("แล้ว<br>ที่ลาน", Thai), and none where the title sets none after an
    ellipsis the line broke at. ``headline_text`` cannot know how a ``<br>`` reads; the
    page's own title shows it. None writing the headline as it is, it stays."""
    if not titles or any(headline in title for title in titles):
        return headline
    for title in titles:
        if len(title) > MAX_SPLIT_TITLE:
            continue  # a broken page's text, no title to spell a headline by
        written = _respaced(headline, title)
        if written is not None:
            return written
    return headline


def _respaced(headline: str, title: str) -> str | None:
    """``title``'s opening that is ``headline`` but for its spaces, as ``spaced_as_written``
    allows them to differ, or None."""
    i = j = 0
    while i < len(headline) and j < len(title):
        if headline[i] == title[j]:
            i, j = i + 1, j + 1
        elif title[j] == " " and i and not headline[i].isspace():
            j += 1  # a space the title sets where the headline's reading set none
        elif headline[i] == " " and i and headline[i - 1] in _JOINING_MARKS:
            i += 1  # a space after an ellipsis the title does not set
        else:
            return None
    if i < len(headline):
        return None
    rest = title[j:].lstrip()
    if rest and rest[0] not in _DECORATION_OPENERS:
        return None  # the title goes on: a longer headline, not this one decorated
    written = title[:j].rstrip()
    return written if written != headline else None


def cased(title: str, others: Collection[str]) -> str:
    """``title`` as another source writes it in upper and lower case, when ``title`` is
    written in capitals throughout ("GARDEN TIPS FOR A DRY SUMMER", a structured headline
    copied from a stylesheet's upper-cased display) and the other has the same words."""
    if title != title.upper() or title == title.lower() or word_count(title) < MIN_HEADLINE_WORDS:
        return title
    key = _caseless(title)
    for other in others:
        if other != other.upper() and _caseless(other) == key:
            return other
    return title


def _caseless(text: str) -> str:
    """``compare_key`` without the marks that case mapping adds or drops: Turkish "İ" folds
    to "i" and a dot above, its "ı" has no capital of its own ("SAHİL" is "Sahil")."""
    folded = normalize("NFD", text.casefold()).replace("ı", "i")
    return compare_key("".join(char for char in folded if not combining(char)))
