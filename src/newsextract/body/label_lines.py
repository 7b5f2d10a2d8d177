"""The line tests that read a label opening the line: an ad's or a widget's label, a
read-more link, a byline, a labelled credit, tag, category or date line, an editor's update
note, a translation note. Each is a regex of every language's labels (``labels``), built on
first use; ``label_gate`` decides which lines are worth trying them on."""

from __future__ import annotations

import functools
import re

from newsextract.body.date_lines import date_name_sets, is_change_note
from newsextract.label_lists import LabelList
from newsextract.labels import LABEL_COLONS, LABEL_END, alternation, news_agencies, words
from newsextract.lazy_regex import LazyPattern
from newsextract.text import word_count


# Lines that are furniture whatever their container: ad labels, read-more links, credits,
# bylines, source and tag lines, share prompts. Only tested on short blocks.
@functools.cache
def label_line() -> re.Pattern[str]:
    """An ad's or a widget's label alone on a line ("Advertisement", "Reklam", "Up next"),
    or labels only: an ad slot's label and its "the story continues below" line in one
    block ("Publicidad / La noticia continúa tras la publicidad")."""
    labels = alternation(LabelList.AD_LABELS, LabelList.WIDGETS)
    return re.compile(rf"^\W*{labels}(?:\W+{labels})*\W*$", re.IGNORECASE)


@functools.cache
def disclosure_line() -> re.Pattern[str]:
    """An ad label set off before a few words: a disclosure (a short line: ``furniture_lines``)."""
    return re.compile(rf"^\W*{alternation(LabelList.AD_LABELS)}\s*[,:|–—-]\s*\w", re.IGNORECASE)


# A read-more word set off by a comma before a clause of its own is a sentence's first word
# ("Subscribe, she tells visitors, and you get a card", "Related, but apart, is …"): a
# label's ask after a comma is a few words ("Sign up, it's free").
_CLAUSE_AFTER_COMMA = 7


@functools.cache
def read_more_line() -> re.Pattern[str]:
    """A read-more label opening a line, unless a clause of its own follows its comma."""
    return re.compile(
        rf"^\W*{alternation(LabelList.READ_MORE)}{LABEL_END}"
        rf"(?!,(?:\s+\S+){{{_CLAUSE_AFTER_COMMA}}})",
        re.IGNORECASE,
    )


# A longer read-more line is a teaser headline only when the label is set off (":", "|").
@functools.cache
def read_more_label() -> re.Pattern[str]:
    """A read-more label set off by a mark: a teaser headline's, however long the line."""
    return re.compile(rf"^\W*{alternation(LabelList.READ_MORE)}\s*[:：|>»]", re.IGNORECASE)


@functools.cache
def byline_line() -> re.Pattern[str]:
    """A byline or a contributor's credit opening a line ("By …", "Par …", "Edited by …"), or
    such a label alone ("Autor*in:", its name in the next block)."""
    phrases = [*words(LabelList.BYLINE), *(w for w in words(LabelList.CONTRIBUTORS) if " " in w)]
    escaped = sorted((re.escape(w).replace(r"\ ", r"\s+") for w in phrases), key=len, reverse=True)
    return re.compile(
        rf"^(?:{'|'.join(escaped)}){LABEL_END}(?::?\s+(?P<name>\S)|\W*$)", re.IGNORECASE
    )


# A full stop no name holds, of the scripts without letter case (CJK's "。" and full-width
# marks, the Devanagari danda, the Burmese, Ethiopic and Urdu full stops): a line closing on
# one after a byline's label and name is the story's first sentence run on after its credit
# ("记者 李明 报道：全市冬季义诊活动今天启动。"), whose case test cannot tell it. (Latin's "."
# closes initials: "By J. R. Smith Jr.")
_CASELESS_FULL_STOP = LazyPattern(r"[。．！？।။።۔][\"”’」』）)]?\s*$")


def is_byline_line(text: str) -> bool:
    """A byline opens with its label and a name: a word in lower case after the label starts
    a sentence ("By the end of the module you should be able to:"), unless it is an agency
    written so ("von dpa"), and a figure there is a time or a count ("By 10 am"); a line
    closing on a caseless script's full stop is a sentence too."""
    if _CASELESS_FULL_STOP.search(text) is not None:
        return False
    match = byline_line().match(text)
    if match is None or match["name"] is None:
        return match is not None
    if match["name"].isdecimal():
        return False  # a time, a date or a count follows ("By 10 am", "Von 8 bis 12 Uhr")
    if not match["name"].islower():
        # "By Saturday the pitch was…", "Von Montag an gilt…": a day or month, then a word
        # in lower case, is a sentence ("By April Smith" names someone).
        words = text[match.start("name") :].split(maxsplit=2)
        day = words[0].strip(".,;:").lower()
        return not (len(words) > 1 and day in date_name_sets()[0] and words[1][:1].islower())
    first = text[match.start("name") :].split(maxsplit=1)[0].strip(".,;:")
    return first in news_agencies()


# An update label before a sentence of at least this many words is the editor's note on the
# story ("Update: After this report was published, the council said …"), its text: a date
# line's label stands before a date or a few words ("Updated: yesterday at 10:40").
_UPDATE_NOTE_WORDS = 8
# Shorter, a sentence opened by a capital with no figure in it is a note too; three words
# at least, as a note says what changed ("The road reopened."), where "Updated: Today." dates.
_SHORT_UPDATE_NOTE_WORDS = 3


@functools.cache
def _update_label() -> re.Pattern[str]:
    return re.compile(rf"^\W*{alternation(LabelList.UPDATED)}\s*[{LABEL_COLONS}]", re.IGNORECASE)


def is_update_note(text: str) -> bool:
    """Whether a line opened by an update label is a sentence of the editor's, ended by
    its full stop (asked only of a line ``credit_line`` matched)."""
    label = _update_label().match(text)
    if label is None or text.rstrip()[-1:] not in ".!。؟۔।":
        return False
    rest = text[label.end() :].strip()
    if word_count(rest) >= _UPDATE_NOTE_WORDS or is_change_note(rest):
        return True  # a long sentence, or a date and what changed after it
    # a short sentence of the editor's ("Update: The road has now reopened."): a capital
    # opens it and no figure is in it, where a date line's rest is a date or a time
    return (
        word_count(rest) >= _SHORT_UPDATE_NOTE_WORDS
        and rest[:1].isupper()
        and not any(c.isdigit() for c in rest)
    )


@functools.cache
def credit_line() -> re.Pattern[str]:
    """A labelled credit, tag, category or date line ("Source:", "Foto:", "Schlagworte:",
    "Mis à jour :"), or a copyright line."""
    labels = alternation(
        LabelList.CREDIT,
        LabelList.CONTRIBUTORS,
        LabelList.TAGS,
        LabelList.CATEGORIES,
        LabelList.PUBLISHED,
        LabelList.UPDATED,
    )
    credits = alternation(LabelList.CREDIT, LabelList.CONTRIBUTORS)
    return re.compile(
        rf"^\W*(?:{labels}|copyright|©|\(c\))\s*[{LABEL_COLONS}|=]|^\W*(?:©|\(c\)|copyright\b)"
        # a credit's label set off by a spaced dash, as Burmese and others write it: "ဓာတ်ပုံ
        # - ဆုမွန်", "Foto – Jan Roe" (a tag or date label so set heads a line of the text)
        rf"|^\W*(?:{credits})\s+[-–—]\s+[^\W\d_]",
        re.IGNORECASE,
    )


# A category line without links: a category label, then a section's name or a few
# ("Filed under: Recipes", "Posted in Soups, Winter"). The label is set off by a colon, or is
# one of several words with a name in capitals after it: a one-word label opens sentences
# ("Category 4 storms …"), and so does a longer one before a word in lower case.
_CATEGORY_NAME_WORDS = 4  # a few short section names; more words are a clause


@functools.cache
def category_line() -> re.Pattern[str]:
    """A category label and the section names after it (``category_line_names`` reads it)."""
    labels = alternation(LabelList.CATEGORIES)
    return re.compile(
        rf"^\W*(?P<label>{labels}){LABEL_END}\s*(?P<colon>[{LABEL_COLONS}]?)\s*"
        rf"(?P<names>[^\W\d_][^.!?\d{LABEL_COLONS}]*?)\W*$",
        re.IGNORECASE,
    )


def category_line_names(text: str) -> tuple[str, ...]:
    """The section names a category line without links gives (see above), else ()."""
    match = category_line().match(text)
    if match is None:
        return ()
    names = match["names"]
    if " " in names and (byline := _closing_byline().search(names)) is not None:
        person = byline["person"].split()
        if _PERSON_WORDS[0] <= len(person) <= _PERSON_WORDS[1] and all(
            word[0].isupper() for word in person
        ):
            names = names[: byline.start()]  # "Posted in Soups by Ada Stone": names end there
    if len(names.split()) > _CATEGORY_NAME_WORDS:
        return ()
    if not match["colon"] and (" " not in match["label"] or not names[:1].isupper()):
        return ()
    return tuple(name for part in _NAME_SEPARATORS.split(names) if (name := part.strip()))


# A byline closing a category line ("Posted in Soups by Ada Stone"): a byline label in lower
# case (a section's name is capitalised: "Words") before a person's name of two or three
# capitalised words, to the line's end ("Sopa de Tomate" names no one).
_PERSON_WORDS = (2, 3)


@functools.cache
def _closing_byline() -> re.Pattern[str]:
    """A byline label and the person's name closing a category line (every language's)."""
    return re.compile(rf"\s(?:{alternation(LabelList.BYLINE)})\s+(?P<person>[^\d]+)$")


_NAME_SEPARATORS = LazyPattern(r"[,;|·•/]")


# A note that the text is a (machine) translation of another article: its opening, a
# phrase of the language data, ends anywhere ("this article was translated" also opens
# "this article was translated from the German").
@functools.cache
def translation_note() -> re.Pattern[str]:
    """The opening of a note that the text is a translation, a phrase of the language data."""
    return re.compile(rf"^\W*{alternation(LabelList.TRANSLATION_NOTES)}", re.IGNORECASE)
