"""Author names: from bylines and structured data to clean, de-duplicated names.

"By Jane Doe and John Roe, Staff Writers | Updated 3 May" must become two names. The
prefixes, joiners and roles below cover the languages the library is used with; a value that
is a URL, an e-mail, a date or the publisher's own name is not an author. The parts with a
module of their own: ``name_shapes`` (a name's or an institution's shape), ``name_splits``
(a byline split into names), ``byline_roles`` and ``byline_date_tails`` (what is cut from a
name's ends).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from newsextract.dateparser_words import calendar_words
from newsextract.label_lists import LabelList
from newsextract.labels import (
    LABEL_COLONS,
    LABEL_END,
    LABEL_START,
    alternation,
    compiled,
    is_place,
    list_closers,
    news_agencies,
    picture_agencies,
    searched_alternation,
    with_words,
    words,
)
from newsextract.lazy_regex import LazyPattern
from newsextract.metadata.byline_after_names import without_label_after
from newsextract.metadata.byline_date_tails import (
    TRAILING_SEPARATORS,
    without_calendar_tail,
    without_date_tail,
)
from newsextract.metadata.byline_roles import (
    MIN_NAME_AFTER_ROLE,
    opens_with_role,
    role_tail,
    without_leading_roles,
    without_role,
)
from newsextract.metadata.name_shapes import (
    institution,
    looks_like_name,
)
from newsextract.metadata.name_splits import (
    is_unspaced,
    joiner_word,
    listed_joiner,
    own_language_prefix,
    punctuation_joiner,
    split_names,
    without_glued_label,
    without_name_articles,
)
from newsextract.regex_words import longest_first, word_alternation
from newsextract.text import clean_text, compare_key, is_unspaced_char

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
        kind = short if is_short else caseless if _caseless_label(label) else long_
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


def _caseless_label(label: str) -> bool:
    """Whether a byline label is written in a script with spaces and without letter case."""
    return all(re.match(rf"[{_CASELESS_SPACED}\s]", c) for c in label)


@functools.cache
def _caseless_label_opening() -> re.Pattern[str]:
    """A caseless script's byline label opening a value that ``byline_prefix`` did not take
    as one ("كتب منوعات": a label before one word is a heading's word, not a credit)."""
    labels = [w for w in words(LabelList.BYLINE) if _caseless_label(w)]
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
_CONTRIBUTOR_MARKS = f"{LABEL_COLONS}{CREDIT_MARKS}/／・"


# A Chinese reporter's credit names the reporters right after the label, then a slash and the
# place the story was filed from with "reports" ("記者王小明／台北報導", "记者李华/北京报道"):
# names of two to four Han characters (a Chinese name's length), joined by "、".
_HAN_NAME = r"[\u4e00-\u9fff]{2,4}"
HAN_NAMES_BEFORE_PLACE = rf"{_HAN_NAME}(?:、{_HAN_NAME})*\s*[／/]"
# After a byline label: the end of its word, or a Han reporter's names at once.
BYLINE_LABEL_END = rf"(?:{LABEL_END}|(?={HAN_NAMES_BEFORE_PLACE}))"


@functools.cache
def _place_of_report() -> re.Pattern[str]:
    """``HAN_NAMES_BEFORE_PLACE`` to the text's end, built on the first text opening with a
    Han character (``_without_place_of_report``): its sets cost the regex compiler 2 ms."""
    return re.compile(rf"^({_HAN_NAME}(?:、{_HAN_NAME})*)\s*[／/].*$")


def _without_place_of_report(text: str) -> str:
    """``text`` without the place of report after the Han names opening it (see
    ``_place_of_report``); a text opening with another character has none."""
    if not "\u4e00" <= text[:1] <= "\u9fff":
        return text
    return _place_of_report().sub(r"\1", text)


@functools.cache
def _dangling_joiner(language: str | None = None) -> re.Pattern[str]:
    """A joining word or mark left at the end once a contributor's credit after it was cut
    ("By Jane Doe and Photo: John Roe" -> "Jane Doe")."""
    own = words(LabelList.BYLINE_JOINERS_IN_LANGUAGE, language) if language is not None else ()
    joiners = word_alternation([*words(LabelList.BYLINE_JOINERS), *own])
    # a language with no joining words of its own writes every language's (``compiled``)
    return compiled(rf"(?:\s+{joiners}|\s*[,،;؛&+/])\s*$", re.I)


# A byline set in brackets ("（記者：山田太郎）", Japanese pages).
_BRACKETED = LazyPattern(r"^[(（\[【]\s*(.+?)\s*[)）\]】]$")


@functools.cache
def _not_name() -> re.Pattern[str]:
    """What no name holds: a URL, an address, a clock time, markup, a colon (a label left
    before a value, "Source: Reuters", "来源：新华社": a credit, not a byline), a stock-photo
    agency, a date's label."""
    dated = searched_alternation(LabelList.PUBLISHED, LabelList.UPDATED)
    pictures = "|".join(re.escape(a) for a in longest_first(picture_agencies()))
    return re.compile(
        r"https?://|www\.|@|\d{3,}|\b\d{1,2}[:.]\d{2}\b|[{}=<>\[\]:：\\]|\.(?:svg|png|jpe?g|js)\b|"
        rf"\b(?:{pictures})\b|{LABEL_START}{dated}{LABEL_END}",
        re.I,
    )


# An e-mail address after the names ("By Dana Whitfield dwhitfield@example.com", as TownNews
# pages print the byline, in their JSON-LD author too): the writer's address, cut.
_EMAIL_TAIL = LazyPattern(r"\s*[(<]?\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*[)>]?\s*$")
# A social-media handle after the names ("By Rosalind Achterberg @rosachter", the writer's
# account printed or linked beside the byline): the writer's account, cut like an address.
_HANDLE_TAIL = LazyPattern(r"\s+[(<]?@[\w.]{2,30}[)>]?\s*$")
_DEGREES = LazyPattern(
    r"^(?:ph\.?d|m\.?d|m\.?s|r\.?d|r\.?n|mba|msc|bsc|ma|ba|dr|prof|jr|sr|esq|mph|dds|cpa)\.?$", re.I
)
_SEE_ALL = LazyPattern(
    r"\s+(?:alle artikel|all articles|all stories|more from|mehr von|tous les articles|"
    r"follow|folgen|suivre|seguir|contact|kontakt|e-?mail|twitter|profil[e]?)\b.*$",
    re.I,
)
_ALL_POSTS = LazyPattern(
    r"^(?:view all posts by|all posts by|posts by|more posts by|zeige alle beiträge von|"
    r"alle beiträge von|beiträge von|voir tous les articles de|tous les articles de|"
    r"ver todas las entradas de|entradas de|artículos de|alle berichten van|tutti gli articoli di)"
    r"\s+(.+?)(?:\s+anzeigen)?$",
    re.I,
)


@functools.cache
def _not_a_name() -> frozenset[str]:
    """Values that are a byline label alone, a placeholder ("Redaktion", "Agenturen"), an
    author box's heading ("L'autrice": an author card's heading read where its name is) or a
    share or comment prompt ("Teilen", "Kommentare": a share bar named for the author), never
    a name."""
    return frozenset(
        (
            *words(LabelList.BYLINE),
            *words(LabelList.PLACEHOLDERS),
            *words(LabelList.AUTHOR_BOX),
            *words(LabelList.SHARE),
            *words(LabelList.COMMENTS),
            "author",
            "text",
        )
    )


def not_a_name(text: str) -> bool:
    """Whether ``text``, one word, is a label, a placeholder, a prompt or a calendar word:
    never an author ("Redaktion", "admin", "Teilen", "Montag")."""
    key = text.casefold()
    return key in _not_a_name() or key in calendar_words()


# The marks between a byline's names and what follows them (a date, a section); "»" is
# phpBB's before the post's time ("by Jane Roe » Mon Mar 04, 2024 10:15 am").
_HARD_SEPARATOR = LazyPattern(r"\s+[·•|»]\s+")
_HANDLE = LazyPattern(r"\s*\([^)]{0,12}\)?\s*$")
# A longer note in brackets closing a name (``_named_before``): the newsroom, outlet or
# place the writer works for ("Dafydd Roberts (BBC Cymru Fyw)"), no part of the name.
_BRACKETED_NOTE = LazyPattern(r"\s*[(（][^()（）]{1,40}[)）]\s*$")
# A Chinese or Japanese name is written without a space: two characters or more of it
# before such a note ("佐藤健（市立図書館長）", the city library's director) are a name.
_MIN_UNSPACED_NAME = 2


def _named_before(text: str) -> bool:
    """Whether ``text``, before a bracketed note, is a name of two words or more, or of two
    Han or kana characters or more."""
    stripped = text.strip()
    return " " in stripped or (len(stripped) >= _MIN_UNSPACED_NAME and is_unspaced(stripped))


_URL = LazyPattern(r"^\s*(?:https?://|www\.)", re.I)
_TRAILING = LazyPattern(r"^[\s,،.;؛:|\-–—•·()]+|[\s,،.;؛:|\-–—•·()»]+$")
_MAX_NAME_WORDS = 6
# A family name written as its initial keeps its dot, as a middle initial does ("Camille M.",
# a review's or a forum's writer): the dot is the name's, no punctuation after it.
_CLOSING_INITIAL = LazyPattern(r"\w\s+[^\W\d_]\.$")


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
    text = _box_heading().sub("", text, count=1)  # "Over de auteur Thijs Bakker": the box's title
    text = without_date_tail(without_calendar_tail(text))
    if language is not None and (cut := _without_own_place_tail(text, language)) != text:
        labelled = byline_prefix().match(text)
        if institution(text[labelled.end() if labelled is not None else 0 :]) is None:
            text = cut
    return dangling.sub("", text).strip()


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
    return _unspaced_desk(text[label.end() if label is not None else 0 :].strip())


@functools.cache
def _placeholder_words() -> re.Pattern[str]:
    return re.compile(rf"(?<!\w){alternation(LabelList.PLACEHOLDERS)}(?!\w)", re.I)


@functools.cache
def _box_heading() -> re.Pattern[str]:
    """An author box's heading before the name ("About the author Jane Doe", "Об авторе Иван
    Петров"), the box's title rather than the byline's words."""
    box = words(LabelList.AUTHOR_BOX)
    if not box:
        return re.compile(r"(?!)")
    return re.compile(rf"^\s*{word_alternation(box)}\s*[{LABEL_COLONS}]?\s+(?={_NAME_START})", re.I)


@functools.cache
def _glued_agency() -> re.Pattern[str]:
    """An agency's name of two words or more after a name with nothing between ("Sam Ortiz
    Associated Press": the agency's line set in its own element beside the name); the name
    of one word ("dpa", "AP") is left alone, as it may be a name's part."""
    agencies = longest_first(a for a in news_agencies() if " " in a)
    return re.compile(rf"(?<=[^\W\d_])\s+({'|'.join(map(re.escape, agencies))})$")


def _split_glued_agency(text: str) -> str:
    """``text`` with a comma between a name and the agency glued after it, when what comes
    before the agency reads as a name ("Sam Ortiz Associated Press"; not "Sam Ortiz and
    The Associated Press")."""
    glued = _glued_agency().search(text)
    if glued is None:
        return text
    before = byline_prefix().sub("", text[: glued.start()], count=1).strip()
    if not looks_like_name(before) or before.split()[-1].lower() == "the":
        return text
    return f"{text[: glued.start()]}, {glued.group(1)}"


def split_byline(
    byline: str, language: str | None = None, *, places_of: str | None = None
) -> list[str]:
    """The person names in one byline or author value, in order; ``language``, the page's,
    adds the byline labels read on its own pages only ("Per" on a Catalan page).
    ``places_of``: the page's language for the place names after a writer ("Київ"), where
    a byline is read without its language's own words (a byline container's text).

    A byline up to ``_KEPT_BYLINE_CHARS`` is read once for the last ``_KEPT_BYLINES``
    asked: a page reads its byline from several sources and stages (a fifth of the calls
    on the dev pages repeat one of the same page, a third one of the same run), 0.1-0.2 ms
    each."""
    if len(byline) <= _KEPT_BYLINE_CHARS:
        return list(_kept_split(byline, language, places_of))
    return _split_byline(byline, language, places_of)


# A byline's length up to which its names are kept (a line of names, a role and a place;
# a byline container's text may run longer), and the bylines kept: a few pages' worth.
_KEPT_BYLINE_CHARS = 1000
_KEPT_BYLINES = 256


@functools.lru_cache(maxsize=_KEPT_BYLINES)
def _kept_split(byline: str, language: str | None, places_of: str | None) -> tuple[str, ...]:
    return tuple(_split_byline(byline, language, places_of))


# The dashes a signature opens with before its label ("— by Jane Roe", "---- by Jane Roe").
_LEADING_DASHES = LazyPattern(r"^[-–—]+\s*")


def _split_byline(byline: str, language: str | None, places_of: str | None) -> list[str]:
    """``split_byline``, read afresh."""
    text = _LEADING_DASHES.sub("", clean_text(byline), count=1)
    if _URL.match(text):
        return []
    # One try at the start, where the anchored pattern alone can match: ``sub`` tried every
    # position.
    bracketed = _BRACKETED.match(text)
    if bracketed is not None:
        text = bracketed.group(1) + text[bracketed.end() :]
    text = _past_contributor_credit(text)
    text, *rest = _HARD_SEPARATOR.split(text, maxsplit=1)
    if rest and rest[0].strip() in news_agencies():
        text = f"{text}, {rest[0].strip()}"  # "Juan Pérez | EFE": the agency is credited too
    text = _split_glued_agency(text)
    labelled = byline_prefix().match(text)
    if labelled is not None:
        text = text[labelled.end() :]
        if _desk_label(labelled.group(0)) and len(text.split()) == 1:
            return []  # "Redaktion Stadtleben": the newsroom's desk, a label that names no one
        desk = text.split()
        if len(desk) == 2 and _desk_label(desk[0]):
            return []  # "Von Redaktion Lokales": the desk after a byline label, no one named
        if not labelled.group(0).endswith(("/", "／")):
            text = _without_place_of_report(text)
    elif _label_and_placeholder(text):
        return []  # "By Admin", "By Webmaster": a short label before a CMS account's name
    if language is not None:
        text = without_glued_label(own_language_prefix(language).sub("", text, count=1), language)
        text = without_name_articles(text, language)
    text = _without_korean_place(text)
    if _uncased_sentence(text) or _placeholder_whole(text, language or places_of):
        # a placeholder whole, before its job title is cut from it (Tamil "நமது நிருபர்",
        # "our reporter": not "நமது")
        return []
    text = without_label_after(text)  # "Szabó Eszter által": "by" after the name
    text = _without_bracketed_credits(text, language)
    text = without_leading_roles(text, language)
    if (cut := without_calendar_tail(text)) != text:
        # the separator before the date goes too: "Jane Roe and John Doe - Thursday, 14 March
        # 2024" would leave "John Doe -", no name, and the list unsplit at "and"
        text = TRAILING_SEPARATORS.sub("", cut)
    if "@" in text:  # what every e-mail address holds
        text = _HANDLE_TAIL.sub("", _EMAIL_TAIL.sub("", text))
    text = without_date_tail(text)
    if (own := language or places_of) is not None:
        cut = _without_own_place_tail(text, own)
        if cut != text and institution(text) is None:
            text = cut  # an institution's place is part of its name ("Polisen i Stockholm")
    # another contributor's credit after the names, before the list is split at its slashes
    # and commas ("文/李明 图/王芳": the photographer's credit would be a name of its own)
    # a container's text (``places_of``) is split at its language's own joiners too (Slovenian
    # "in", Uzbek "va": "Maja Novak in Luka Kranjc"), though not read with its own labels
    joins = language or places_of
    text = _dangling_joiner(joins).sub(
        "", _without_contributor_tail(text, labelled=labelled is not None)
    )
    text = _without_list_closer(text)  # "Ana Ruiz, Ben Carter and others": the two named
    names = []
    desks = []
    after_role = False  # the part before held a job title
    parts = split_names(text, joins)
    for index, part in enumerate(parts):
        if index and _caseless_title_part(part):
            after_role = True
            continue
        name = clean_name(part)
        if name:
            names.append(name)
            if _desk_left(part, name) or (after_role and _desk_after_role(name)):
                desks.append(name)
        after_role = role_tail(part).search(part) is not None
    if names and parts and _placeholder_part(parts[0], joins):
        # "Na Mwandishi Wetu, Arusha", "By Our Correspondent, Mombasa": after the newsroom's
        # placeholder a word is where it filed from, not a writer (an agency stays: "By
        # Staff, Reuters")
        names = [name for name in names if " " in name or name in news_agencies()]
    elif (
        len(names) > 1
        and len(parts) > 2
        and " " not in names[-1]
        and names[-1] not in news_agencies()
        and _placeholder_part(parts[-2], joins)
    ):
        # "Na Neema Mollel, Mwandishi wetu, Dodoma": the word after the newsroom's
        # placeholder closing the names is where the writer filed from, as above
        names = names[:-1]
    if desks and any(len(name.split()) >= MIN_NAME_AFTER_ROLE for name in names):
        names = [name for name in names if name not in desks]
    elif desks and len(desks) == len(names):
        return []  # "By Ledger Staff", "Metro Reporter": a newsroom's credit, no one named
    names = [_agency_after_preposition(name) for name in names]
    # an institution after a writer's name is where the writer works ("Jane Doe, University
    # of Somewhere"), no author; only a byline opening with one credits it (and those
    # joined to it: "the Ministry of Health and the Department of Education")
    if names and institution(names[0]) is None:
        names = names[:1] + [name for name in names[1:] if institution(name) is None]
    if len(names) > 2 and _town_after_closed_list(text, names, joins):
        names = names[:-1]
    if len(names) > 1 and _town_may_follow(names[0]):
        names = names[:1] + [name for name in names[1:] if not _town_after_name(name)]
    if len(names) > 1:  # a place after the first name is where it was filed from
        others = [name for name in names[1:] if not is_place(name, language or places_of)]
        if not others and len(names[0].split()) == 1:
            return []  # "Frankfurt, Germany": a city before its country, a dateline's place
        names = names[:1] + others
    elif names and is_place(names[0], language or places_of) and byline_agency((), byline):
        return []  # "القاهرة (رويترز)", "Cairo (Reuters)": a dateline's place and agency
    return names


# A writer's name of two words or more, in a script that sets words apart with spaces (a
# Chinese, Japanese or Korean name is often one word or two), then a lower-case word and
# one capitalised word: another language's "from" or "in" and the town the story was filed
# from ("di Marco Bellini, da Ivrea", "Par Jean Dupont, à Lyon"), no second writer. A lone
# word after the comma ("Petr Svoboda, Prostějov") stays: dropping it cost a one-word
# writer's name on a dev page, and CLDR's places (``is_place``) hold no towns.
_MIN_WORDS_BEFORE_TOWN = 2
_MAX_PREPOSITION = 5  # the longest "from" or "in" read before a town: "desde", "aus", "da"
_UNSPACED_NAME = LazyPattern("[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\u1100-\u11ff]")


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


def _without_list_closer(text: str) -> str:
    """``text`` without the words closing its list that add no writer ("… and others",
    "… et al.", the language files' ``list_closers``), when a name comes before them."""
    found = _list_closer().search(text)
    return text[: found.start()] if found is not None and found.start() > 0 else text


def _placeholder_whole(text: str, language: str | None) -> bool:
    """Whether ``text`` is a placeholder or a label whole, or one before the place it was
    filed from, opened by the page language's "in" ("From Our Correspondent in Malindi",
    "مراسلنا في إربد"): no one named, where the place would be left as a name once the
    placeholder's job title ("Correspondent") is cut with what follows it."""
    if " ".join(text.split()).casefold() in _not_a_name():
        return True
    if language is None or (cut := _without_own_place_tail(text, language)) == text:
        return False
    return " ".join(cut.split()).casefold() in _not_a_name()


def _town_after_closed_list(text: str, names: list[str], language: str | None) -> bool:
    """Whether the last of ``names`` is one word after a comma that follows a list its
    joining word closed ("Amina Juma na Hassan Mwinyi, Mwanza", "Jo Roe and Al Lee, Leeds"):
    the "and" named the last writer, the word is the town filed from (an agency stays)."""
    last, before_last = names[-1], names[-2]
    if " " in last or last in news_agencies():
        return False
    head, comma, tail = text.rpartition(",")
    if not comma or tail.strip() != last or not head.rstrip().endswith(before_last):
        return False
    at = len(head.rstrip()) - len(before_last)
    return any(m.end() == at for m in joiner_word(language).finditer(head))


def _town_may_follow(first: str) -> bool:
    return len(first.split()) >= _MIN_WORDS_BEFORE_TOWN and _UNSPACED_NAME.search(first) is None


def _town_after_name(name: str) -> bool:
    """Whether ``name``, a later part of a byline after a writer's name, is the town it was
    filed from, after a preposition (see ``_MIN_WORDS_BEFORE_TOWN``)."""
    from newsextract.metadata.byline_openings import given_name  # imports this module

    preposition, *place = name.split()
    return (
        len(place) == 1
        and preposition.islower()
        and len(preposition) <= _MAX_PREPOSITION
        and place[0][:1].isupper()
        and not given_name(place[0])  # "Jane Doe, de Tom" would be a writer named so
    )


@functools.cache
def _own_place(language: str) -> re.Pattern[str] | None:
    """``language``'s "in" (``place_prepositions``) after a name, lower case as written
    between words; None for a language that lists none."""
    found = words(LabelList.PLACE_PREPOSITIONS, language)
    if not found:
        return None
    return compiled(rf"(?<=\S)\s+{word_alternation(found)}\s+(?=\S)")


@functools.cache
def _name_separators(language: str) -> re.Pattern[str]:
    """The separators of a byline's names on a ``language`` page: commas and the joining
    words, less its "in" (Spanish "en", which is Dutch "and"). Built apart from
    ``_own_place``, for a byline holding its "in" alone: every language's joining words
    case-blind cost the regex compiler about 1 ms on each language's first page."""
    found = words(LabelList.PLACE_PREPOSITIONS, language)
    joiners = [
        w
        for w in (
            *words(LabelList.BYLINE_JOINERS),
            *words(LabelList.BYLINE_JOINERS_IN_LANGUAGE, language),
        )
        if w not in found
    ]
    # the same separators for 14 of the 18 languages with an "in" (``compiled``), built by the
    # warm-up
    # a comma and the joining word after it are one separator (the serial comma; an
    # apposition's closing comma: "Anna Berg, Korrespondentin in Wien, und Paul Roth"), the
    # word in lower case there (Balinese "I Made Wirawan" opens with a capital "I")
    joining = word_alternation(joiners)
    return compiled(rf"\s*[,;]\s*(?-i:{joining}\s+)?|(?<=\S)\s+{joining}\s+(?=\S)", re.I)


def _without_own_place_tail(text: str, language: str) -> str:
    """``text`` without the section or place a blog's meta line or a wire's credit sets
    after the names, opened by the page language's "in" ("przez Anna Nowak w kategorii
    Ogród", "por Ana López en Recetas", "av Anna Berg i Trädgård"): from the first "in" to
    the end or the next semicolon, or, when each name has its own ("Ana López en Madrid y
    Juan Pérez en Sevilla"), each name's, the names kept with their separators."""
    place = _own_place(language)
    if place is None:
        return text
    first = place.search(text)
    if first is None:
        return text
    separator = _name_separators(language)
    pieces = separator.split(text)
    marks = separator.findall(text)
    if len(pieces) > 1 and all(place.search(piece) or _opens_a_name(piece) for piece in pieces):
        # a writer without a place among them keeps the names after it ("Anna Berg in Kyiv
        # and Tom Klein": Tom Klein is no part of the place)
        cut = [
            piece[: found.start()] if (found := place.search(piece)) else piece for piece in pieces
        ]
        return "".join(p + m for p, m in zip(cut, [*marks, ""], strict=True))
    # a semicolon ends the place: a wire's next credit follows ("Reporting by Jana Novak in
    # Prague; Writing by Tom Beckett")
    closing = text.find(";", first.end())
    return text[: first.start()] + (text[closing:] if closing >= 0 else "")


def _opens_a_name(piece: str) -> bool:
    """Whether a byline's part between its separators is a writer's name: two words or more,
    the first a given name (``data/names/``), where "New York and Los Angeles" are places."""
    from newsextract.metadata.byline_openings import given_name  # it reads this module

    first, *rest = piece.split()
    return bool(rest) and given_name(first)


# A Korean credit's place of report before "=" and the reporter ("부산=박서준 기자"): a word
# of Hangul, not a label (those, "글=", are read as labels first).
@functools.cache
def _korean_place() -> re.Pattern[str]:
    """Built on the first text opening with a Hangul syllable (``_without_korean_place``):
    its sets cost the regex compiler 1 ms."""
    return re.compile(r"^[\uac00-\ud7a3]{1,8}\s*=\s*(?=[\uac00-\ud7a3])")


def _without_korean_place(text: str) -> str:
    """``text`` without a Korean credit's place of report (``_korean_place``), which opens
    with a Hangul syllable."""
    if not "\uac00" <= text[:1] <= "\ud7a3":
        return text
    return _korean_place().sub("", text, count=1)


# A preposition before an agency's name after the writers ("Rui Martins, da Lusa", "de EFE",
# "from AP"): one short lower-case word.
_PREPOSITION = LazyPattern(r"^[^\W\d_]{1,4}\s+(?=\S)")


@functools.cache
def _placeholder_set() -> frozenset[str]:
    return frozenset(words(LabelList.PLACEHOLDERS))


@functools.cache
def _byline_label_set() -> frozenset[str]:
    return frozenset(label.casefold() for label in words(LabelList.BYLINE))


def _label_and_placeholder(text: str) -> bool:
    """Whether ``text`` is a byline label and one placeholder word ("By Admin", "Von
    Webmaster"): a short label opens only a name of two words, so the line would pass whole
    for a name."""
    parts = text.split()
    return (
        len(parts) == 2
        and parts[0].casefold() in _byline_label_set()
        and parts[1].strip(".,:;").casefold() in _placeholder_set()
    )


def _placeholder_part(part: str, language: str | None) -> bool:
    """Whether a byline's first part is a placeholder that names no one ("Mwandishi Wetu",
    "Staff"), whole, maybe after a label of ``language``'s own ("Na Mwandishi Wetu", read as
    a container's text)."""
    if language is not None:
        part = own_language_prefix(language).sub("", part, count=1)
    return " ".join(part.split()).strip(" .,:;").casefold() in _placeholder_set()


def _desk_label(label: str) -> bool:
    """Whether a byline label is itself a placeholder ("Redaktion", "Redaktion:"): one word
    after it names the newsroom's desk, not a person."""
    return label.strip(" :：-–—").casefold() in _placeholder_set()


def _agency_after_preposition(name: str) -> str:
    """``name`` as the agency it credits after a preposition ("da Lusa" -> "Lusa")."""
    found = _PREPOSITION.match(name)
    if found is None or not found.group(0)[0].islower():
        return name
    rest = name[found.end() :]
    return rest if rest in news_agencies() else name


def _caseless_title_part(part: str) -> bool:
    """Whether ``part``, a byline's part after the first name, is a job title with its
    complement in a script with spaces and without case, where no capital tells a name
    from the words after the title: Arabic's construct "محرر الشؤون المحلية" (editor of
    local affairs) would leave "الشؤون المحلية" for a second writer."""
    stripped = part.strip()
    return bool(stripped) and _caseless_label(stripped[0]) and opens_with_role(stripped)


def _desk_left(part: str, name: str) -> bool:
    """Whether ``name`` is the one word a job title was cut from, cased or in a script without
    case ("Data" of "Data Editor", "Metro" of "Metro Reporter", Tamil "மூத்த" of "மூத்த
    செய்தியாளர்", senior reporter): in a list that names people in two words or more, a job
    title's qualifier, not a person (an agency's name stays: "Reuters Staff")."""
    return (
        " " not in name
        and (name[:1].isupper() or _caseless_label(name[:1]))
        and name != part.strip()
        and name not in news_agencies()
        and role_tail(part).search(part) is not None
    )


def _desk_after_role(name: str) -> bool:
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


def _uncased_sentence(text: str) -> bool:
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


# A name's part in brackets after it, one or two words ("Anna Berger (Text) und Lukas Weber
# (Fotos)").
_BRACKETED_WORD = LazyPattern(r"\s*[(（]\s*([^()（）]{1,20}?)\s*[)）]")


@functools.cache
def _credit_words() -> tuple[frozenset[str], frozenset[str]]:
    """The contributors' labels ("Fotos") and the byline labels ("Text"), lower case."""
    return frozenset(words(LabelList.CONTRIBUTORS)), frozenset(words(LabelList.BYLINE))


def _without_bracketed_credits(text: str, language: str | None) -> str:
    """``text`` without the names a bracketed contributor's word follows and without a
    bracketed byline label after a name: "Anna Berger (Text) und Lukas Weber (Fotos)" ->
    "Anna Berger", the photographer being no author. Other brackets stay ("Jo Roe (AFP)")."""
    if "(" not in text and "（" not in text:
        return text
    pieces = _BRACKETED_WORD.split(text)
    contributors, labels = _credit_words()
    said = [word.casefold() for word in pieces[1::2]]
    if not any(word in contributors or word in labels for word in said):
        return text
    kept: list[str] = []
    for piece, word, written in zip(pieces[::2], said, pieces[1::2], strict=False):
        if word in contributors:  # the last name before the bracket is the contributor's
            kept.append(_before_last_name(piece, language))
            continue
        kept.append(piece if word in labels else f"{piece} ({written})")
    kept.append(pieces[-1])
    joined = " ".join(" ".join(kept).split())
    return listed_joiner(language).sub("", joined, count=1)


def _before_last_name(text: str, language: str | None) -> str:
    """``text`` up to its last joining word or mark ("di Sara Conti e Luca Greco" -> "di Sara
    Conti"), or nothing when it names one ("Lukas Weber")."""
    cut = max(
        (m.start() for m in joiner_word(language).finditer(text)),
        default=0,
    )
    marks = [m.start() for m in punctuation_joiner(text).finditer(text)]
    return text[: max(cut, *marks)] if marks else text[:cut]


@functools.cache
def _contributor_tail() -> re.Pattern[str]:
    """Another contributor's labelled credit after the name, to its end ("Hans Müller Foto:
    dpa", "王小明 责任编辑：李华"): the photographer or editor is not the author; nor is the
    source a credit label names after it ("陈静 来源：新华社")."""
    labels = alternation(LabelList.CONTRIBUTORS, LabelList.CREDIT)
    return re.compile(
        rf"(?:(?:\s+|(?<=[\u3040-\u9fff]))(?:{labels}\s*[{_CONTRIBUTOR_MARKS}]|{_closed_credits()}\s)"
        # after a semicolon or a sentence's end, a contributor's word needs no colon: "… ؛
        # ترجمه‌ی مریم رضایی", "Por Ana Wróbel. Traducción de Pablo Serrano"
        rf"|(?:\s*[;؛]|(?<=\w\w)\.)\s*(?:{labels})\s"
        # nor a Han or Hangul one set apart by spaces before a name of two to four of its
        # characters, as a Korean or Chinese credits line writes: "글 박지훈 사진 이서연"
        rf"|\s+(?:{_unspaced_contributors()})\s+(?={_SHORT_UNSPACED_NAME}(?:\s|$))).*$",
        re.IGNORECASE,
    )


# A Chinese or Korean name: two to four Han or Hangul characters.
_SHORT_UNSPACED_NAME = "[\u3400-\u9fff\uac00-\ud7af]{2,4}"


@functools.cache
def _unspaced_contributors() -> str:
    """The contributors' labels written in Han or Hangul only ("사진", "编辑")."""
    found = [
        w for w in words(LabelList.CONTRIBUTORS) if all(_UNSPACED_LABEL_CHAR.match(c) for c in w)
    ]
    return "|".join(re.escape(w) for w in longest_first(found)) or "(?!)"


_UNSPACED_LABEL_CHAR = LazyPattern("[\u3400-\u9fff\uac00-\ud7af]")


def _without_contributor_tail(text: str, *, labelled: bool = False) -> str:
    """``text`` without another contributor's credit after the names (``_contributor_tail``);
    "" when the credit needs no colon ("Edited by", "Photos by") and the words before it name
    no one: cased words none of them a given name (``data/names/``) or an initial ("Revised
    Edition Edited by Jane Roe", a book's edition and its editor, in an author field). After
    a byline's label (``labelled``) the words before the credit are the writer's name, a
    given name the list lacks too ("By Oksana Melnyk. Translated by Daniel Ross")."""
    found = _contributor_tail().search(text)
    if found is None:
        return text
    opening = _contributor_opening().match(text)
    if opening is not None and found.start() < opening.end():
        return ""  # a shorter label inside the credit opening the text: "责任编辑：赵立新"
    cut = text[: found.start()]
    if _closed_credit_opening().match(found.group(0)) and not labelled and _no_one_named(cut):
        return ""
    return cut


# What parts a contributor's credit opening a byline from the writer's ("Medically reviewed
# by Dr. Ana Ruiz — Written by Tom Lee"): a spaced dash, bar or dot, or a sentence's end.
_CREDIT_PARTING = LazyPattern(r"\s+[-–—·•|»/]\s+|[.;]\s+")


def _past_contributor_credit(text: str) -> str:
    """``text`` from the byline label after another contributor's credit that opens it
    ("Medically reviewed by Dr. Ana Ruiz — Written by Tom Lee" -> "Written by Tom Lee",
    "Revisado por Marta Gil · Por Lucía Prieto"): a health page sets its reviewer first, and
    the reviewer read as the writer. ``text`` itself when no credit opens it or no label
    follows."""
    if _contributor_opening().match(text) is None:
        return text
    for parting in _CREDIT_PARTING.finditer(text):
        if byline_prefix().match(text[parting.end() :]) is not None:
            return text[parting.end() :]
    return text


@functools.cache
def _closed_credit_opening() -> re.Pattern[str]:
    return re.compile(rf"\s*(?:{_closed_credits()})\s", re.I)


def _no_one_named(text: str) -> bool:
    from newsextract.metadata.byline_openings import given_name  # it reads this module

    parts = text.split()  # two words or more: a family name alone stays ("Müller Photos by")
    return len(parts) > 1 and all(
        part[:1].isupper() and len(part.rstrip(".")) > 1 and not given_name(part.strip(",."))
        for part in parts
    )


@functools.cache
def _closed_credits() -> str:
    """The contributors' labels that end with a byline label's word and need no colon
    ("photos by", "edited by", "additional reporting by"): "By Sam Lee & Photos by Ann Roe"."""
    labels = frozenset(words(LabelList.BYLINE))
    contributors = frozenset(words(LabelList.CONTRIBUTORS))
    closed = [
        w
        for w in contributors
        if (" " in w and w.split()[-1] in labels) or _glued_credit(w, contributors, labels)
    ]
    return word_alternation(sorted(closed)) if closed else "(?!)"


def _glued_credit(word: str, contributors: frozenset[str], labels: frozenset[str]) -> bool:
    """Whether a contributor's label is another contributor's word glued to a byline label,
    as a script without spaces writes "photos by" (Thai "ภาพโดย": "ภาพ", photo, + "โดย"); in
    a spaced script two labels glued are a word of their own ("fotod", Estonian photos)."""
    return is_unspaced_char(word[-1]) and any(
        word[:cut] in contributors and word[cut:] in labels
        for cut in range(_GLUED_PART, len(word) - _GLUED_PART + 1)
    )


# Characters each glued part has at least: a label of one letter is no word glued.
_GLUED_PART = 2


@functools.cache
def _contributor_opening() -> re.Pattern[str]:
    """A value opening with another contributor's labelled credit ("责任编辑：王小明", the
    editor in charge, in an author-classed box): it names no author."""
    labels = alternation(LabelList.CONTRIBUTORS)
    return re.compile(
        rf"^\W*(?:{labels}\s*[{_CONTRIBUTOR_MARKS}]|{_closed_credits()}\s)", re.IGNORECASE
    )


# Values up to this long keep their verdict: the sources, the byline splits and the
# resolution clean the same names several times a page (4,338 calls on the dev pages, for
# 1,139 values); a longer value (a paragraph in an author field) is not held.
_KEPT_NAME_CHARS = 200
_KEPT_NAMES = 256  # a few pages' names (a page cleans a handful of distinct values)


def clean_name(value: str) -> str | None:
    """One person's name, or None if the value is not a plausible name."""
    if len(value) <= _KEPT_NAME_CHARS:
        return _kept_name(value)
    return _clean_name(value)


@functools.lru_cache(maxsize=_KEPT_NAMES)
def _kept_name(value: str) -> str | None:
    return _clean_name(value)


def _clean_name(value: str) -> str | None:
    name = clean_text(value)
    posts = _ALL_POSTS.match(name)
    if posts:
        name = posts.group(1)
    # The label's match cut off: ``sub`` tried the anchored pattern at every position.
    if (label := byline_prefix().match(name)) is not None:
        name = name[label.end() :]
    if _contributor_opening().match(name):
        return None
    name = _contributor_tail().sub("", name)
    if institution(name) is None:  # "Ministry of Health", "Bundesministerium für Gesundheit"
        name = without_role(name)
    if not name:
        return None
    name = _HANDLE.sub("", name)
    if (note := _BRACKETED_NOTE.search(name)) is not None and _named_before(name[: note.start()]):
        name = name[: note.start()]
    name = _SEE_ALL.sub("", name)
    if " " in name:
        name = without_calendar_tail(name)
    initial = _CLOSING_INITIAL.search(name) is not None and name[-2].isupper()
    name = _TRAILING.sub("", name) + ("." if initial else "")
    if not name or _not_name().search(name) or _DEGREES.match(name):
        return None
    if label is None and _caseless_label_opening().match(name):
        return None  # "كتب منوعات": a label's word before one word, no credit
    if name.casefold() in _not_a_name() or name.lower() in calendar_words():
        return None
    if _unspaced_desk(name) or _named_desk(name):
        return None
    parts = name.split()
    if len(parts) > _MAX_NAME_WORDS and institution(name) is None:
        return None
    if len(name) < 2 or not any(c.isalpha() for c in name):
        return None
    if len(parts) == 1 and name.islower() and name not in news_agencies():
        return None  # "red", "amw": newsroom initials and handles, not names
    if name.isupper() and len(name) > 5 and len(parts) > 1:
        name = name.title()
    return name


@functools.cache
def _unspaced_placeholders() -> tuple[str, ...]:
    return tuple(w for w in words(LabelList.PLACEHOLDERS) if is_unspaced(w))


def _unspaced_desk(name: str) -> bool:
    """Whether ``name``, in a script without spaces, ends with a placeholder of one
    ("まちのニュース編集部", "江城日报编辑部": a site's editorial desk, its name run into the
    desk's word as those scripts write it); whole words match elsewhere."""
    return is_unspaced(name) and name.endswith(_unspaced_placeholders())


# A desk named for its site is the site's name, one or two words, then the desk's word
# ("해안신문 편집부"): three words at most.
_MAX_NAMED_DESK_WORDS = 3


def _named_desk(name: str) -> bool:
    """Whether ``name``, in a script without case, is a site's name and a placeholder closing
    it, a desk that names no one. In a cased script such a word closes a paper's own name
    too ("Talheimer Presse", invented), which stands as the site's credit."""
    parts = name.split()
    return (
        1 < len(parts) <= _MAX_NAMED_DESK_WORDS
        and parts[-1].casefold() in _placeholder_set()
        and not any(c.isupper() or c.islower() for c in name)
    )


def unique_names(names: Iterable[str], *, exclude: Iterable[str | None] = ()) -> tuple[str, ...]:
    """Names in order without duplicates (loosely compared) and without excluded values."""
    excluded = {compare_key(e) for e in exclude if e}
    seen: set[str] = set()
    out = []
    for name in names:
        key = compare_key(name)
        if not key or key in seen or key in excluded:
            continue
        seen.add(key)
        out.append(name)
    return tuple(out)


# The detail of a source candidate that is the agency a byline credits: ``text:byline-agency``,
# ``html:byline-agency``, after a "Source:" line and the body's credits in the table.
BYLINE_AGENCY = "byline-agency"
# The detail of a forum poster's handle (``html``): a member's name, no person's in form,
# taken as the board prints it.
FORUM_HANDLE = "username"


# The article an English byline writes before an agency's name ("By The Associated Press",
# kept in the author's name as written), which the agency list leaves out.
_ENGLISH_ARTICLE = "The "
# An agency written in capitals in the data ("HINA") is also itself written as a word ("Hina")
# from this many letters: a shorter one is a given name as often ("Mia", "Ata").
_MIN_WORD_AGENCY = 4


def byline_agency(names: Iterable[str], byline: str = "") -> str | None:
    """The news agency a byline credits beside or instead of its writers ("Erik Lindqvist/TT",
    "Mette Krogh og Jonas Bech, Ritzau"), or in brackets after them in ``byline``, the text
    the names came from ("Nguyễn Văn Hùng (TTXVN)"), as the page writes it: the story's
    source too."""
    agencies = news_agencies()
    named = next(
        (
            name.removeprefix(_ENGLISH_ARTICLE)
            for name in names
            if name in agencies
            or (len(name) >= _MIN_WORD_AGENCY and name.upper() in agencies)
            or (name.startswith(_ENGLISH_ARTICLE) and name[len(_ENGLISH_ARTICLE) :] in agencies)
        ),
        None,
    )
    if named is not None:
        return named
    credited = _credited_source().search(byline)
    if credited is not None and (source := credited.group(1).strip()) in agencies:
        return source  # "作者：陈静 来源：新华社": the agency a credit label names
    if (employer := _agency_before_role().match(byline)) is not None:
        return employer.group(1)  # "新华社记者 王小明": the agency's reporter
    if not ("(" in byline or "（" in byline):
        return None
    bracketed = (
        _opening_joiner().sub("", m.group(1), count=1) for m in _BRACKETED_PART.finditer(byline)
    )
    return next((part for part in bracketed if part in agencies), None)


def without_helping_agency(names: list[str], text: str) -> list[str]:
    """``names`` without a news agency ``text`` sets right after a writer and the language's
    "with" (``with_words``: "Par Camille Roux avec AFP", "Por Lucía Prieto con EFE"): the
    agency's copy helped, as "(avec AFP)" says in brackets; it is the story's source
    (``byline_agency``), no co-writer. An agency named first or alone stays."""
    if len(names) < 2 or not any(name in news_agencies() for name in names[1:]):
        return names
    kept = names[:1]
    for name in names[1:]:
        at = text.rfind(name)
        if name not in news_agencies() or at < 0 or not _with_before().search(text, 0, at):
            kept.append(name)
    return kept


@functools.cache
def _with_before() -> re.Pattern[str]:
    """A "with" of any language closing a text, before the agency that follows it."""
    return re.compile(rf"(?<!\w){word_alternation(with_words())}\s+$", re.I)


@functools.cache
def _agency_before_role() -> re.Pattern[str]:
    """An agency written without spaces opening the byline, its job title at once ("新华社
    记者 王小明", "共同通信記者 …"): the writer's employer, the story's source."""
    agencies = longest_first(a for a in news_agencies() if is_unspaced(a))
    roles = [r for r in words(LabelList.ROLES) if is_unspaced(r)]
    if not agencies or not roles:
        return re.compile(r"(?!)")
    return re.compile(rf"^\s*({'|'.join(map(re.escape, agencies))}){word_alternation(roles)}")


@functools.cache
def _credited_source() -> re.Pattern[str]:
    """A credit label and the source it names inside a byline ("来源：新华社", "Source: AP"),
    up to the next separator."""
    return re.compile(
        rf"{LABEL_START}{alternation(LabelList.CREDIT)}\s*[{_CONTRIBUTOR_MARKS}]\s*([^,;|/()（）]+)",
        re.I,
    )


@functools.cache
def _opening_joiner() -> re.Pattern[str]:
    """A joining word opening a bracketed credit ("(avec AFP)", "(with AP)", "(mit dpa)")."""
    return re.compile(rf"^{alternation(LabelList.BYLINE_JOINERS)}\s+", re.I)


# A part of a byline in brackets: an agency after the writer's name ("Jo Roe (AFP)").
_BRACKETED_PART = LazyPattern(r"[(（]\s*([^()（）]{1,30}?)\s*[)）]")
