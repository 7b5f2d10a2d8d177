"""A byline's text split into names: at joiners ("and", "und", "y", "、"), list commas, dashes,
and before the places that follow names."""

from __future__ import annotations

import functools
import re

from newsextract.label_lists import LabelList
from newsextract.labels import (
    LABEL_COLONS,
    glued_byline_labels,
    name_articles,
    news_agencies,
    words,
)
from newsextract.lazy_regex import LazyPattern
from newsextract.metadata.name_shapes import (
    institution,
    institution_words,
    looks_like_name,
)
from newsextract.regex_words import word_alternation
from newsextract.text import is_unspaced_char

# The Arabic script's semicolon ("؛") parts two names as its comma ("،") does (Persian
# credits: "نویسنده: … ؛ مترجم: …").
# "・" between two katakana is no joiner: it parts a foreign name's given and family names
# ("エマ・ジョンソン"); between Han names it joins two writers ("佐藤健・山田花子").
_KATAKANA = "\u30a1-\u30fa\u30fc"
_PUNCTUATION = rf"\s*(?:[,،;؛|&+/、•]|(?<![{_KATAKANA}])・|・(?![{_KATAKANA}]))\s*"
_PUNCTUATION_JOINER = LazyPattern(_PUNCTUATION)


@functools.cache
def _punctuation_or_hangul_dot() -> re.Pattern[str]:
    """``_PUNCTUATION`` or a middle dot between Hangul syllables ("김민수·이지은 기자"), built
    on the first text with the dot (the sets of Hangul cost the regex compiler 1.2 ms)."""
    return re.compile(_PUNCTUATION + r"|(?<=[\uac00-\ud7a3])·(?=[\uac00-\ud7a3])")


def punctuation_joiner(text: str) -> re.Pattern[str] | LazyPattern:
    """The punctuation joining names in ``text``: with the Hangul middle dot when ``text``
    holds one."""
    return _punctuation_or_hangul_dot() if "·" in text else _PUNCTUATION_JOINER


# A dash with spaces around it between two names ("Nguyễn Văn An - Trần Thị Bình",
# Vietnamese pages): split there only when both sides read as names.
_SPACED_DASH = LazyPattern(r"\s+[-–—]\s+")
# ... of two words or more each: one word after a dash is the place of the report or a
# section ("Folha do Litoral — Santos"), not a second author.
_MIN_DASHED_NAME_WORDS = 2


@functools.cache
def joiner_word(language: str | None = None) -> re.Pattern[str]:
    """A joining word between two words ("and", "und", "y"; not "Y." of "Maria Y. Lopez",
    not "Dan" of "Dan Whitlock"); on a page in ``language``, its own joiners that are other
    languages' words too (Tagalog "at")."""
    own = words(LabelList.BYLINE_JOINERS_IN_LANGUAGE, language) if language is not None else ()
    joiners = word_alternation([*words(LabelList.BYLINE_JOINERS), *own])
    return re.compile(rf"(?<=\S)\s+{joiners}\s+(?=\S)", re.I)


@functools.cache
def listed_joiner(language: str | None = None) -> re.Pattern[str]:
    """A joining word opening a name after a comma ("Ann Lee, Bo Chen, and Tom Watkins", the
    serial comma), matched as the data writes it, in lower case, so that a name that is a
    joiner in another language stays whole ("Ann Lee, Dan Whitlock"; "dan" is Indonesian)."""
    own = words(LabelList.BYLINE_JOINERS_IN_LANGUAGE, language) if language is not None else ()
    return re.compile(rf"^{word_alternation([*words(LabelList.BYLINE_JOINERS), *own])}\s+(?=\S)")


# Chinese names are two to four characters; a Chinese byline lists several with spaces
# between them ("张三 李四"), which never stand inside one (a Japanese name may hold one:
# "山田 太郎", so only a page declared Chinese is read so).
# Built on a Chinese page's first byline (its sets of Han characters cost the regex compiler
# 1.3 ms).
@functools.cache
def _han_names() -> re.Pattern[str]:
    return re.compile(r"^[\u4e00-\u9fff]{2,4}(?:\s+[\u4e00-\u9fff]{2,4})+$")


def split_names(text: str, language: str | None = None) -> list[str]:
    """The parts of a byline between punctuation, each split again at a joining word when
    both sides read as names: "Jane Doe and John Roe", not "Mykolo Romerio universiteto
    Žmogaus ir visuomenės studijų fakulteto profesorius" (a description, dropped whole); on a
    Chinese page, names of two to four characters between spaces ("张三 李四"); then at a
    joining letter glued to the second name (``_split_prefix_joined``)."""
    parts: list[str] = []
    pieces = punctuation_joiner(text).split(text)
    opening = listed_joiner(language)  # ", and Tom Watkins": the list's last name, after both
    pieces[1:] = [opening.sub("", piece, count=1) for piece in pieces[1:]]
    for part in _dash_split(pieces):
        if not parts and (named := institution(part)) is not None:
            # "Ministerstwo Rolnictwa i Rozwoju Wsi": one author, whole; two institutions
            # joined ("the Ministry of Health and the Department of Education"): two
            sides = joiner_word(language).split(named)
            others = [institution(side) or _hyphened_institution(side) for side in sides[1:]]
            if len(sides) > 1 and all(others):
                parts.extend([sides[0], *(o for o in others if o)])
            else:
                parts.append(named)
            continue
        if language == "zh" and _han_names().match(part):
            parts.extend(part.split())
            continue
        if (han := _unspaced_joined(part, language)) is not None:
            parts.extend(han)
            continue
        sides = joiner_word(language).split(part)
        if len(sides) > 1 and language is not None:
            # each name may have its label again ("Του Γιώργου … και της Ελένης …")
            own = own_language_prefix(language)
            sides = [
                sides[0],
                *(without_glued_label(own.sub("", side, count=1), language) for side in sides[1:]),
            ]
        if len(sides) > 1 and (
            all(looks_like_name(s) for s in sides)
            or all(s.islower() for s in sides)
            or _names_before_places(sides)
            or _names_with_agency(sides)
        ):
            parts.extend(side for s in sides for side in _split_prefix_joined(s, language))
        else:
            parts.extend(_split_prefix_joined(part, language))
    return parts


def _names_with_agency(sides: list[str]) -> bool:
    """Whether ``sides`` are writers' names and, last, a news agency as it spells itself, in
    lower case too ("Anna Berg mit dpa", "Anna Berg und Tom Klein mit epd"): its copy helped."""
    *writers, last = sides
    return last.strip() in news_agencies() and all(looks_like_name(s) for s in writers)


# A Chinese or Japanese name in Han characters: a family name of one or two and a given name
# of one to three. Only such names either side of a joining word written without spaces
# ("佐藤健と山田花子", "王小明和李华") are split there: a name in kana may hold "と" ("さとみ"),
# and a joiner glued to one Han character is a name's own ("王和平").
_HAN_NAME = (2, 5)


@functools.cache
def _unspaced_joiners(language: str | None) -> re.Pattern[str] | None:
    """The joining words of ``language`` (of every language when unknown) written in a script
    without spaces ("と", "和", "与"), as a pattern splitting between two Han names; None when
    there are none."""
    found = [w for w in words(LabelList.BYLINE_JOINERS, language) if is_unspaced(w)]
    if not found:
        return None
    low, high = _HAN_NAME
    return re.compile(
        rf"^([\u4e00-\u9fff]{{{low},{high}}}){word_alternation(found)}"
        rf"([\u4e00-\u9fff]{{{low},{high}}})$"
    )


def _unspaced_joined(part: str, language: str | None) -> list[str] | None:
    """``part`` as the two Han names a joining word without spaces sets apart, or None."""
    stripped = part.strip()
    if not stripped or not is_unspaced(stripped):
        return None
    pattern = _unspaced_joiners(language)
    found = pattern.match(stripped) if pattern is not None else None
    return list(found.groups()) if found is not None else None


def is_unspaced(word: str) -> bool:
    """Written in a script without spaces between words (Han, kana)."""
    return all(is_unspaced_char(c) for c in word)


def _hyphened_institution(text: str) -> str | None:
    """``text`` when its last word is a compound joined by a hyphen whose head opens an
    institution's name ("Robert Koch-Institut", "Max-Planck-Institut"); else None."""
    opening = institution_words()[0]
    last = text.split()[-1] if text.split() else ""
    head = last.rpartition("-")[2].lower()
    return text.strip() if "-" in last and head in opening and last[:1].isupper() else None


def _names_before_places(sides: list[str]) -> bool:
    """Whether every side is a name and the place it filed from ("Anna Petrova in London and
    Li Wei in Shanghai", a wire's closing credit); not when a side has no place ("Jane Doe in
    New York and Los Angeles" names one writer and two places)."""
    return all(
        (tail := _PLACE_TAIL.search(side)) is not None and looks_like_name(side[: tail.start()])
        for side in sides
    )


def _dash_split(parts: list[str]) -> list[str]:
    """``parts`` with each split again at a spaced dash when every side reads as a name; the
    first part's one word after a dash that follows a name is dropped (``_dashed_tail``), and
    a news agency after the first part's dash is split off whatever precedes it."""
    found: list[str] = []
    for at, part in enumerate(parts):
        sides = _SPACED_DASH.split(part)
        if at == 0 and len(sides) == 2 and _dashed_tail(sides):
            found.extend(sides[:1] if sides[1].strip() not in news_agencies() else sides)
            continue
        if at == 0 and len(sides) == 2 and sides[1].strip() in news_agencies():
            # several writers joined by "and", then the agency ("Ahmad Faizal dan Nurul Huda
            # - Bernama"): the agency is credited apart, the names split at their joiner after
            found.extend(sides)
            continue
        if len(sides) > 1 and all(
            looks_like_name(side) and len(side.split()) >= _MIN_DASHED_NAME_WORDS for side in sides
        ):
            found.extend(sides)
        else:
            found.append(part)
    return found


# Words of a name before a dash and one word closing the byline's first part ("Budi Santoso -
# detikNews", "Ana Souza — Santos"): the outlet, desk or town the writer files for. Two to
# four words: a given, a middle and a family name, and a particle.
_DASHED_NAME_WORDS = (2, 4)


def _dashed_tail(sides: list[str]) -> bool:
    """Whether ``sides`` of a byline's first part, split at its spaced dash, are a name of
    two to four words and one word after it: that word is no second writer."""
    name, tail = sides[0].strip(), sides[1].split()
    low, high = _DASHED_NAME_WORDS
    return (
        len(tail) == 1
        and any(c.isalpha() for c in tail[0])
        and low <= len(name.split()) <= high
        and looks_like_name(name)
    )


# Both sides of a joining letter glued to a word are names of at least this many words: a
# name may itself start with the letter (Arabic "وليد", "وائل"; Hebrew "ולדימיר"), and "محمد
# وليد" is one man, but "محمد العلي وأحمد حسن" two.
_MIN_PREFIX_JOINED_WORDS = 2


@functools.cache
def _prefix_joiner(language: str | None) -> re.Pattern[str] | None:
    """A joining letter opening a word after white space (Hebrew "ו", Arabic "و"): those of
    ``language``, or of every language (each is of one script) when it is unknown; maybe
    with a hyphen or a maqaf after it, as Hebrew sets the letter before a name in Latin
    letters ("Anna Schmidt ו-David Levi")."""
    found = words(LabelList.PREFIX_JOINERS, language)
    if not found:
        return None
    return re.compile(rf"(?<=\S)\s+{word_alternation(found)}[-\u05be]?(?=[^\W\d_])")


def _split_prefix_joined(part: str, language: str | None) -> list[str]:
    """``part`` split where a joining letter is glued to the next name ("דנה כהן ויוסי לוי"
    -> "דנה כהן", "יוסי לוי"), when every side is a name of two words or more."""
    pattern = _prefix_joiner(language)
    if pattern is None:
        return [part]
    sides = pattern.split(part)
    if len(sides) > 1 and all(
        len(side.split()) >= _MIN_PREFIX_JOINED_WORDS and looks_like_name(side) for side in sides
    ):
        return sides
    return [part]


# The prepositions before a place or an employer after a name ("Jane Doe in Paris").
PLACE_PREPOSITIONS = "(?:in|at|for|en|à|für|bei|para|per|voor)"
# A name's place of filing after it, to the end ("Anna Petrova in London").
_PLACE_TAIL = LazyPattern(rf"\s+{PLACE_PREPOSITIONS}\s+.*$", re.I)


def without_name_articles(text: str, language: str) -> str:
    """``text`` without ``language``'s definite article glued to the end of its words
    (Armenian "Արամ Պետրոսյանը" -> "Արամ Պետրոսյան"), where two letters or more stay: a
    byline verb's subject takes it, the name does not."""
    articles = name_articles(language)
    if not articles:
        return text
    return _article_ends(articles).sub("", text)


@functools.cache
def _article_ends(articles: tuple[str, ...]) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(a) for a in sorted(articles, key=len, reverse=True))
    return re.compile(rf"(?<=\w\w)(?:{alternatives})(?!\w)", re.I)


def without_glued_label(text: str, language: str) -> str:
    """``text`` without a byline label of ``language`` glued to the name it opens (Amharic
    "በአበበ ከበደ" -> "አበበ ከበደ"), in a name of two words or more whose first word, without
    the label, is still a word of letters; a given name opening with the label's letter
    ("በቀለ ገርባ") keeps it."""
    labels, names = glued_byline_labels(language)
    stripped = text.strip()
    for label in labels:
        first, _, rest = stripped.partition(" ")
        if (
            first.startswith(label)
            and len(first) > len(label) + 1
            and first[len(label)].isalpha()
            and rest.strip()
            and first not in names
        ):
            return f"{first[len(label) :]} {rest}"
    return text


@functools.cache
def own_language_prefix(language: str) -> re.Pattern[str]:
    """A byline label of ``language`` that other languages write as a word (Catalan "Per"),
    opening a name of two words or more."""
    labels = words(LabelList.BYLINE_IN_LANGUAGE, language)
    if not labels:
        return re.compile(r"(?!)")
    # a colon may close it ("Daga: Aminu Bello", Khmer "ដោយ៖ សុខ វិចិត្រ")
    return re.compile(
        rf"^\s*{word_alternation(labels)}(?:\s*[{LABEL_COLONS}]\s*|\s+)(?=\S+\s+\S)", re.I
    )
