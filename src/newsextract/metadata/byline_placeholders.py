"""What in a byline names no one: a placeholder ("Staff", "Redaktion", "Mwandishi Wetu"), a
newsroom's desk ("Metro Reporter", "江城日报编辑部"), a label alone, a sentence about the
writer.

A byline that holds only these is a newsroom's credit (``staff_credit``) and gives no
author; in a list of names such a part is dropped.
"""

from __future__ import annotations

import functools
import re

from newsextract.dateparser_words import calendar_words
from newsextract.label_lists import LabelList
from newsextract.labels import alternation, news_agencies, words
from newsextract.metadata.byline_date_tails import without_calendar_tail, without_date_tail
from newsextract.metadata.byline_labels import byline_prefix, caseless_label
from newsextract.metadata.byline_places import without_own_place_tail
from newsextract.metadata.byline_roles import opens_with_role, role_tail
from newsextract.metadata.name_splits import is_unspaced, own_language_prefix


@functools.cache
def no_name_words() -> frozenset[str]:
    """Values that are a byline label alone, a placeholder ("Redaktion", "Agenturen"), an
    author box's heading ("L'autrice": an author card's heading read where its name is) or a
    share or comment prompt ("Teilen", "Kommentare": a share bar named for the author), never
    a name."""
    return frozenset(
        (
            *words(LabelList.BYLINE),
            *words(LabelList.PLACEHOLDERS),
            *words(LabelList.AUTHOR_BOX),
            *_box_heading_tails(),
            *words(LabelList.SHARE),
            *words(LabelList.COMMENTS),
            "author",
            "text",
        )
    )


def _box_heading_tails() -> set[str]:
    """What follows a byline label opening an author box's heading: Turkish "Yazar
    Hakkında" ("about the writer") read as the label "yazar" and the name "Hakkında", Korean
    "필자 소개" as "필자" and "소개"; the heading's "about" words, never a name."""
    labels = set(words(LabelList.BYLINE))
    tails = set()
    for heading in words(LabelList.AUTHOR_BOX):
        parts = heading.split()
        for cut in range(1, len(parts)):
            if " ".join(parts[:cut]) in labels:
                tails.add(" ".join(parts[cut:]))
    return tails


def not_a_name(text: str) -> bool:
    """Whether ``text``, one word, is a label, a placeholder, a prompt or a calendar word:
    never an author ("Redaktion", "admin", "Teilen", "Montag")."""
    key = text.casefold()
    return key in no_name_words() or key in calendar_words()


# A newsroom's credit is a few words ("By Ledger Staff", "Penulis: Tim Redaksi"); a longer
# text holding a placeholder is a sentence about the staff.
_MAX_STAFF_CREDIT_WORDS = 6


def staff_credit(text: str) -> bool:
    """Whether ``text``, a byline naming no person, is a newsroom's credit: a few words
    holding a placeholder of any language ("staff", "redaksi", "নিজস্ব প্রতিবেদক"). It is
    the byline as written, though no one is its author."""
    if len(text.split()) <= _MAX_STAFF_CREDIT_WORDS and _placeholder_words().search(text):
        return True
    label = byline_prefix().match(text)  # "文：まちのニュース編集部": the desk run into a name
    return unspaced_desk(text[label.end() if label is not None else 0 :].strip())


@functools.cache
def _placeholder_words() -> re.Pattern[str]:
    return re.compile(rf"(?<!\w){alternation(LabelList.PLACEHOLDERS)}(?!\w)", re.I)


def placeholder_whole(text: str, language: str | None) -> bool:
    """Whether ``text`` is a placeholder or a label whole, or one before the place it was
    filed from, opened by the page language's "in" ("From Our Correspondent in Malindi",
    "مراسلنا في إربد"): no one named, where the place would be left as a name once the
    placeholder's job title ("Correspondent") is cut with what follows it."""
    if " ".join(text.split()).casefold() in no_name_words():
        return True
    if language is None or (cut := without_own_place_tail(text, language)) == text:
        return False
    return " ".join(cut.split()).casefold() in no_name_words()


@functools.cache
def _placeholder_set() -> frozenset[str]:
    return frozenset(words(LabelList.PLACEHOLDERS))


@functools.cache
def _byline_label_set() -> frozenset[str]:
    return frozenset(label.casefold() for label in words(LabelList.BYLINE))


def label_and_placeholder(text: str) -> bool:
    """Whether ``text`` is a byline label and one placeholder word ("By Admin", "Von
    Webmaster"): a short label opens only a name of two words, so the line would pass whole
    for a name."""
    parts = text.split()
    return (
        len(parts) == 2
        and parts[0].casefold() in _byline_label_set()
        and parts[1].strip(".,:;").casefold() in _placeholder_set()
    )


def placeholder_part(part: str, language: str | None) -> bool:
    """Whether a byline's first part is a placeholder that names no one ("Mwandishi Wetu",
    "Staff"), whole, maybe after a label of ``language``'s own ("Na Mwandishi Wetu", read as
    a container's text)."""
    if language is not None:
        part = own_language_prefix(language).sub("", part, count=1)
    return " ".join(part.split()).strip(" .,:;").casefold() in _placeholder_set()


def desk_label(label: str) -> bool:
    """Whether a byline label is itself a placeholder ("Redaktion", "Redaktion:"): one word
    after it names the newsroom's desk, not a person."""
    return label.strip(" :：-–—").casefold() in _placeholder_set()


def caseless_title_part(part: str) -> bool:
    """Whether ``part``, a byline's part after the first name, is a job title with its
    complement in a script with spaces and without case, where no capital tells a name
    from the words after the title: Arabic's construct "محرر الشؤون المحلية" (editor of
    local affairs) would leave "الشؤون المحلية" for a second writer."""
    stripped = part.strip()
    return bool(stripped) and caseless_label(stripped[0]) and opens_with_role(stripped)


def desk_left(part: str, name: str) -> bool:
    """Whether ``name`` is the one word a job title was cut from, cased or in a script without
    case ("Data" of "Data Editor", "Metro" of "Metro Reporter", Tamil "மூத்த" of "மூத்த
    செய்தியாளர்", senior reporter): in a list that names people in two words or more, a job
    title's qualifier, not a person (an agency's name stays: "Reuters Staff")."""
    return (
        " " not in name
        and (name[:1].isupper() or caseless_label(name[:1]))
        and name != part.strip()
        and name not in news_agencies()
        and role_tail(part).search(part) is not None
    )


def desk_after_role(name: str) -> bool:
    """Whether ``name``, right after a part holding a job title, is one cased word: the
    title's desk or team ("By Jane Doe, Staff Writer, Metro"; "Staff Engineer, Platform"),
    not a second person (an agency's name stays: "…, Staff Writer, Reuters")."""
    return " " not in name and name[:1].isupper() and name not in news_agencies()


# The marks ending a sentence in the scripts without letter case: the full stop, Devanagari's
# and Bengali's danda, Myanmar's and Ethiopic's full stops, the ideographic full stop.
_SENTENCE_END = ".।॥။።。"
# A byline label's text this many words long and ending a sentence is a sentence about the
# writer ("लेखक वरिष्ठ पत्रकार हैं।", "the writer is a senior journalist"), not a name.
_MIN_SENTENCE_WORDS = 3


def uncased_sentence(text: str) -> bool:
    """Whether ``text`` (after the byline label) is a sentence in a script without letter
    case, where no capital tells a name from a word: three words or more and a full stop, as
    an author's note under an article closes ("ലേഖകൻ … പത്രപ്രവർത്തകനാണ്.")."""
    stripped = text.strip()
    if not _sentence_form(stripped):
        return False
    # A date closing the line ends it with its own stop ("สมชาย ใจดี, 21 กันยายน 2567 เวลา
    # 17:58 น.", Thai's "o'clock" abbreviated): the line without it is read.
    bare = without_date_tail(without_calendar_tail(stripped)).strip()
    return bare == stripped or _sentence_form(bare)


def _sentence_form(text: str) -> bool:
    return (
        text.endswith(tuple(_SENTENCE_END))
        and len(text.split()) >= _MIN_SENTENCE_WORDS
        and not any(c.isupper() or c.islower() for c in text)
    )


@functools.cache
def _unspaced_placeholders() -> tuple[str, ...]:
    return tuple(w for w in words(LabelList.PLACEHOLDERS) if is_unspaced(w))


def unspaced_desk(name: str) -> bool:
    """Whether ``name``, in a script without spaces, ends with a placeholder of one
    ("まちのニュース編集部", "江城日报编辑部": a site's editorial desk, its name run into the
    desk's word as those scripts write it); whole words match elsewhere."""
    return is_unspaced(name) and name.endswith(_unspaced_placeholders())


# A desk named for its site is the site's name, one or two words, then the desk's word
# ("해안신문 편집부"): three words at most.
_MAX_NAMED_DESK_WORDS = 3


def named_desk(name: str) -> bool:
    """Whether ``name``, in a script without case, is a site's name and a placeholder closing
    it, a desk that names no one. In a cased script such a word closes a paper's own name
    too ("Talheimer Presse", invented), which stands as the site's credit."""
    parts = name.split()
    return (
        1 < len(parts) <= _MAX_NAMED_DESK_WORDS
        and parts[-1].casefold() in _placeholder_set()
        and not any(c.isupper() or c.islower() for c in name)
    )
