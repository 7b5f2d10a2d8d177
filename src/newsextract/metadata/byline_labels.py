"""The label that opens a byline ("By ", "Par ", "記者：", "Autor/Autorin: ") and an author
box's heading ("About the author").

Every step of a byline's reading asks where its label ends: the split into names, the trim
of a byline as written, the cleaning of one name, the credits of a newsroom. The label's
pattern, built from every language's labels, and the marks around it live here.
"""

from __future__ import annotations

import functools
import re

from newsextract.label_lists import LabelList
from newsextract.labels import LABEL_COLONS, LABEL_END, news_agencies, words
from newsextract.metadata.name_splits import is_unspaced
from newsextract.regex_words import longest_first, word_alternation

# Words naming the kind of piece before its byline label: "Ein Kommentar von", "Analysis by".
_PIECE_KINDS = (
    r"written|posted|published|reported|text|texto|testo|tekst|ein|an|un|une|artikel|beitrag|"
    r"article|story|photos?|video|interview|kommentar|analyse|analysis"
)
# What a Japanese label's writer wrote, before it with "の" ("この記事の執筆者：", "この章の
# 執筆者：", "本記事の筆者："): up to six kana or kanji, then a kanji label (which a colon
# must follow, as every label of a script without spaces).
_OF_WHAT = r"[\u3040-\u30ff\u4e00-\u9fff]{1,6}の(?=[\u4e00-\u9fff])"
# A capital letter of the Latin scripts, whatever the pattern's case flag: the languages whose
# files list author-box headings (``LabelList.AUTHOR_BOX``) write in them.
_CAPITAL = r"(?-i:[A-ZÀ-ÖØ-ÞĀ-Ž])"
# Scripts written with spaces between words but without letter case, where no capital tells a
# name from a word: Arabic, Hebrew, Thaana, the Indic scripts, Georgian (Mkhedruli), Ethiopic.
_CASELESS_SPACED = (
    "\u0590-\u05ff\u0600-\u06ff\u0750-\u077f\u0780-\u07bf\u0900-\u0dff"
    "\u10d0-\u10ff\u1200-\u139f\ufb50-\ufdff\ufe70-\ufeff"
)
# Hangul syllables: Korean, written with spaces and without case.
_HANGUL_SYLLABLES = "\uac00-\ud7a3"
# The first letter of the name after an author box's heading ("About Jane Doe", "Об авторе
# Иван Петров", "عن الكاتب سارة المنصوري"): a capital of the Latin, Greek, Cyrillic or
# Armenian scripts, or a letter of a script without case (where "Über den Autor" cannot be
# told from a name by its capital, the heading words alone decide).
_NAME_START = (
    rf"(?:{_CAPITAL}|(?-i:[Α-ΩΆ-ΏА-ЯЁЀ-ЏԱ-Ֆ])"
    rf"|[{_CASELESS_SPACED}{_HANGUL_SYLLABLES}]|[\u3040-\u30ff\u4e00-\u9fff])"
)
# A Korean name after a short label ("글 김민수 기자"): one word of two to four Hangul
# syllables, the length of a Korean name.
_HANGUL_NAME = rf"[{_HANGUL_SYLLABLES}]{{2,4}}(?![{_HANGUL_SYLLABLES}])"
# A byline label this short ("di", "av", "od") is also a word of names ("Di Maio"): it is
# taken as a label only when two more words follow it.
_SHORT_LABEL = 2


@functools.cache
def byline_prefix() -> re.Pattern[str]:
    """A byline label opening a name ("By ", "Par ", "記者：", "Autor/Autorin: ")."""
    short: list[str] = []
    long_: list[str] = []
    caseless: list[str] = []
    for label in words(LabelList.BYLINE):
        is_short = len(label) <= _SHORT_LABEL and not is_unspaced(label)
        kind = short if is_short else caseless if caseless_label(label) else long_
        kind.append(label)
    short = [re.escape(label).replace(r"\ ", r"\s+") for label in short]
    # The long and caseless labels (400 of them) as trees of their shared beginnings
    # (``word_alternation``): a flat group tried every label in turn on every byline, 0.1 ms
    # a call, most of a byline's split; the tree matches the same label, the longer first.
    long = word_alternation(long_)
    # A label of a script without case that is also a word of its language (Arabic "كتب",
    # "wrote" and "books": "كتب منوعات" is a heading) opens a name after a colon or a dash,
    # or before two words (a given and a family name); one word after it is no name.
    caseless_group = (
        rf"{word_alternation(caseless)}{LABEL_END}(?=\s*[{LABEL_COLONS}\-–—/／]|\s+\S+\s+\S)|"
        if caseless
        else ""
    )
    # A short label ("By", "Av", "De") opens a name of two words or more ("De Gaulle" is one
    # name), maybe after a colon ("Av: Anna Berg"), or a news agency alone ("Av TT", "By AP"),
    # or is followed by a credit mark ("글="), or a Korean name, maybe after a colon ("글:
    # 김민수", a magazine's or a blog's "text:" credit).
    agency = "|".join(re.escape(a) for a in longest_first(news_agencies()))
    short_group = (
        "(?:"
        + "|".join(short)
        + rf")(?=\s*[{LABEL_COLONS}]?\s+\S+\s+\S|\s+(?:{agency})\W*$|\s*{CREDIT_MARKS}"
        + rf"|\s*[{LABEL_COLONS}]?\s*{_HANGUL_NAME})"
        if short
        else "(?!)"
    )
    # An author box's heading ("About Jane Doe") opens a name that starts with a capital: "Über
    # den Autor" is the box's title, not a name. Tried before the byline labels, which may
    # open it (Turkish "Yazar hakkında", "about the writer", and the label "yazar").
    box = words(LabelList.AUTHOR_BOX)
    box_group = rf"(?:{word_alternation(box)})(?=\s+{_NAME_START})|" if box else ""
    return re.compile(
        rf"^\s*(?:(?:{_PIECE_KINDS})\s+|{_OF_WHAT})?"
        rf"(?:(?:{short_group}|{box_group}{caseless_group}{long}{_and_pictures()}{LABEL_END})"
        # (the full-width bar too: Chinese credits set it between label and name, "文｜陈静")
        rf"(?:\s*[{LABEL_COLONS}{CREDIT_MARKS}\-–—/／｜]\s*|\s+)"
        # a Han reporter's credit: the names at once, before the place ("記者王小明／台北報導")
        rf"|{long}(?={HAN_NAMES_BEFORE_PLACE}))",
        re.I,
    )


def caseless_label(label: str) -> bool:
    """Whether a byline label is written in a script with spaces and without letter case."""
    return all(re.match(rf"[{_CASELESS_SPACED}\s]", c) for c in label)


@functools.cache
def caseless_label_opening() -> re.Pattern[str]:
    """A caseless script's byline label opening a value that ``byline_prefix`` did not take
    as one ("كتب منوعات": a label before one word is a heading's word, not a credit)."""
    labels = [w for w in words(LabelList.BYLINE) if caseless_label(w)]
    return re.compile(rf"^{word_alternation(labels)}{LABEL_END}" if labels else r"(?!)", re.I)


def _and_pictures() -> str:
    """A contributor's word joined to a byline label, the writer having taken the pictures
    too ("Text & Fotos:", "Tekst i zdjęcia:", "Testo e foto:"), before a colon: the joining
    words and the contributors' words of every language."""
    joiners = word_alternation([*words(LabelList.BYLINE_JOINERS), "&", "+"])
    pictures = word_alternation([w for w in words(LabelList.CONTRIBUTORS) if " " not in w])
    return rf"(?:\s*(?:{joiners})\s*{pictures}(?=\s*[{LABEL_COLONS}]))?"


# Marks between a credit's label and its name besides the colons: the equals sign of Korean
# papers' credits ("글=김민수 기자, 사진=이지은 기자"); a contributor's label also takes the
# slash of Chinese ones ("文/李明 图/王芳") and the middle dot of Japanese ones ("写真・山本大輔").
CREDIT_MARKS = "="
CONTRIBUTOR_MARKS = f"{LABEL_COLONS}{CREDIT_MARKS}/／・"


# A Chinese reporter's credit names the reporters right after the label, then a slash and the
# place the story was filed from with "reports" ("記者王小明／台北報導", "记者李华/北京报道"):
# names of two to four Han characters (a Chinese name's length), joined by "、".
HAN_NAME = r"[\u4e00-\u9fff]{2,4}"
HAN_NAMES_BEFORE_PLACE = rf"{HAN_NAME}(?:、{HAN_NAME})*\s*[／/]"
# After a byline label: the end of its word, or a Han reporter's names at once.
BYLINE_LABEL_END = rf"(?:{LABEL_END}|(?={HAN_NAMES_BEFORE_PLACE}))"


@functools.cache
def box_heading() -> re.Pattern[str]:
    """An author box's heading before the name ("About the author Jane Doe", "Об авторе Иван
    Петров"), the box's title rather than the byline's words."""
    box = words(LabelList.AUTHOR_BOX)
    if not box:
        return re.compile(r"(?!)")
    return re.compile(rf"^\s*{word_alternation(box)}\s*[{LABEL_COLONS}]?\s+(?={_NAME_START})", re.I)
