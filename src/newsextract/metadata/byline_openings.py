"""The reporter credited in brackets opening a paragraph of the article, as Korean news
prints its byline when it has no line of its own: "[해안신문 박서연 기자] …" (the paper, the
reporter, the title), "[해안신문=박서연 기자]", or after the place and the paper in brackets,
"[부산=해안신문] 박서연 기자 = …". The titles are the page language's roles; only languages
whose script has no capitals, where a name before a title is the byline (see
``role_lines._signed_name``)."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from selectolax.lexbor import LexborNode

from newsextract.dateparser_words import calendar_words
from newsextract.label_lists import LabelList
from newsextract.labels import news_agencies, starts_with, words
from newsextract.lazy_regex import LazyPattern
from newsextract.metadata.authors import split_byline
from newsextract.metadata.markup_places import outside_article
from newsextract.metadata.name_shapes import looks_like_name
from newsextract.page import ParsedPage
from newsextract.regex_words import word_alternation
from newsextract.text import clean_text

# The paragraphs of a page read for it: the article's first comes after a few of the site's
# (teasers, a cookie notice) at most (as for a Japanese bracketed dateline).
_OPENING_REACH = 20
_OPENINGS = ("[", "［", "(", "（", "【")
_OPEN = r"[\[［(（【]"
_CLOSE = r"[\]］)）】]"
# What stands in the brackets before the name: the paper, maybe a place and "=", a few words.
_BEFORE_NAME = r"[^\]］)）】]{1,24}?"
# An address after the title, inside the brackets ("박서연 기자 seoyeon@…").
_ADDRESS = r"(?:\s*[\w.+-]+@[\w.-]+)?"


@functools.cache
def _opening_credit(language: str) -> re.Pattern[str] | None:
    """``language``'s bracketed credit opening a paragraph (see the module): the name as
    group ``inside`` (the credit closed by the bracket) or ``after`` (a name and title after
    the bracket, then "=")."""
    roles = words(LabelList.ROLES, language)
    if not roles:
        return None
    titles = word_alternation(roles)
    return re.compile(
        rf"^\s*{_OPEN}(?:{_BEFORE_NAME}[\s=＝])?\s*(?P<inside>\S+)\s*(?:{titles}){_ADDRESS}\s*{_CLOSE}"
        rf"|^\s*{_OPEN}{_BEFORE_NAME}{_CLOSE}\s*(?P<after>\S+)\s*(?:{titles}){_ADDRESS}\s*[=＝]",
        re.I,
    )


@functools.cache
def _uncased(language: str) -> bool:
    """Whether ``language``'s script has no capitals (its month names have no cased letter)."""
    names = calendar_words(language, abbreviations=False)
    return bool(names) and not any(c.isupper() or c.islower() for n in names for c in n)


# A Chinese paper's own report or agency dateline before the bracket, a few characters with
# no bracket ("本报讯", "新华社北京3月5日电"), and in it the byline label before one name of
# two to four Han characters (as Chinese names are written), maybe after a space: "本报讯
# （记者 王芳）３月４日，…".
_HAN_DATELINE = r"[^\[［(（【\]］)）】]{1,16}"
_HAN_NAME = r"[\u4e00-\u9fff]{2,4}"


@functools.cache
def _han_label_credit(language: str) -> re.Pattern[str] | None:
    labels = [w for w in words(LabelList.BYLINE, language) if w.isalpha() and len(w) > 1]
    if not labels:
        return None
    return re.compile(
        rf"^\s*{_HAN_DATELINE}[（(]\s*(?:{word_alternation(labels)})\s*(?P<name>{_HAN_NAME})\s*[）)]"
    )


def _dateline_credit(page: ParsedPage, language: str) -> tuple[str, str] | None:
    """The reporter a Chinese opening's bracket names after its dateline (``_HAN_DATELINE``)."""
    if not language.startswith("zh"):
        return None
    for node, text in first_paragraphs(page, _OPENING_REACH):
        if "（" not in text[:24] and "(" not in text[:24]:
            continue
        pattern = _han_label_credit(language)
        match = pattern.match(text) if pattern is not None else None
        if match is not None and not outside_article(node):
            return "opening-credit", match.group("name")
    return None


def opening_credit(page: ParsedPage, language: str | None) -> tuple[str, str] | None:
    """The reporter a bracketed credit opening one of the article's first paragraphs names
    (see the module): a person's name in a script without capitals, not an agency."""
    if language is None or not _uncased(language):
        return None
    if (credit := _dateline_credit(page, language)) is not None:
        return credit
    for node, text in opening_paragraphs(page, _OPENINGS, _OPENING_REACH):
        # built on the first paragraph opening with a bracket, which few pages have (the
        # regex of a language's roles cost about 1 ms on each uncased language's first page)
        pattern = _opening_credit(language)
        if pattern is None:
            return None
        match = pattern.match(text)
        if match is None or outside_article(node):
            continue
        group = "inside" if match.group("inside") else "after"
        name = match.group(group)
        if name in news_agencies() or not looks_like_name(name):
            continue
        if _contributor_before(text[: match.end(group)], language):
            continue  # "[사진=김민수 기자]": the photographer's credit, not the writer's
        if any(c.isupper() or c.islower() for c in name):
            continue  # a cased word: the paper's initials, not a reporter
        return "opening-credit", name
    return None


def opening_paragraphs(
    page: ParsedPage, openings: tuple[str, ...], reach: int
) -> Iterator[tuple[LexborNode, str]]:
    """The own text of each of the page's first ``reach`` paragraphs that opens with one of
    ``openings`` (a bracket a credit or a dateline opens with), with its node."""
    for node, text in first_paragraphs(page, reach):
        if text.lstrip().startswith(openings):
            yield node, text


def first_paragraphs(page: ParsedPage, reach: int) -> Iterator[tuple[LexborNode, str]]:
    """The own text of each of the page's first ``reach`` paragraphs, with its node."""
    paragraphs = 0
    for node, tag, own in page.own_texts:
        if tag != "p":
            continue
        paragraphs += 1
        if paragraphs > reach:
            return
        yield node, own if own is not None else node.text(deep=False)  # a long paragraph's


_CREDIT_WORDS = LazyPattern(r"[^\s=＝\[［(（【\]］)）】]+")


def _contributor_before(text: str, language: str) -> bool:
    """Whether a word before the name in the brackets is another contributor's label of
    ``language`` (its ``contributors``: "사진" photo, "그래픽" graphics)."""
    labels = frozenset(words(LabelList.CONTRIBUTORS, language))
    return any(word in labels for word in _CREDIT_WORDS.findall(text))


# A day written in numbers ("11.12.2019", "2019-12-11", "12/11/2019", "14-03-2024", with a
# space after each dot as Czech and Slovak write it, "8. 2. 2024"), or in words of the
# calendar and a year ("March 14, 2024", "14. März 2024"): a line of it and a name after the
# headline is the post's date and writer, without a label.
_NUMERIC_DAY = LazyPattern(
    r"\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})|\d{1,2}\. \d{1,2}\. \d{4}|\d{4}-\d{2}-\d{2}"
)
_YEAR = LazyPattern(r"(?<!\d)\d{4}(?!\d)")
_DAY_WORDS = LazyPattern(r"[^\W\d_]+")
_MAX_DAY_WORDS = 2  # a month's name, maybe a weekday's
# The mark between the day and the name: a dash set off by spaces (a name may hold one,
# "Al-Rashid"), a bar or a dot.
_LINE_MARK = LazyPattern(r"\s+[-–—]\s+|\s*[|·•]\s*")
# The elements after the headline read for such a line: the subtitle, then the line.
_AFTER_HEADLINE = 3
_DATED_LINE_MAX = 80  # a date, a mark and a name of a few words
# The text of an element read for such a line, before its spaces are collapsed: room for
# the indentation between its elements; a longer one is a paragraph, never cleaned (a lead
# of 60 MB cost 1 s and 900 MB to clean).
_DATED_LINE_RAW_MAX = 25 * _DATED_LINE_MAX
_NAME_WORDS = (2, 4)  # a given name and a family name, maybe a middle name or two


def dated_name_line(page: ParsedPage, language: str | None) -> tuple[str, str] | None:
    """The writer a short line right after the headline names beside the day in numbers,
    without a label ("11.12.2019 - Amelie Brandt", "Amelie Brandt | 2019-12-11"): a name of
    two to four capitalised words that reads as one name, not an agency, or names of such
    joined as a byline joins them."""
    headlines = page.headlines
    if not headlines:
        return None
    sibling = headlines[0].next
    seen = 0
    while sibling is not None and seen < _AFTER_HEADLINE:
        if sibling.tag == "-text":
            sibling = sibling.next
            continue
        seen += 1
        raw = sibling.text(deep=True, separator=" ")
        text = clean_text(raw) if len(raw) <= _DATED_LINE_RAW_MAX else ""
        name = _beside_day(text, language) if text and len(text) <= _DATED_LINE_MAX else None
        if name is not None and not _section_link(sibling) and not outside_article(sibling):
            return "dated-name", name
        sibling = sibling.next
    return None


def _beside_day(text: str, language: str | None) -> str | None:
    """The name of a line of a day and a name, in either order (see ``_NUMERIC_DAY``), or
    of a name before two labelled days ("Ján Novák | Aktualizované 6. 4. 2024 8:00 |
    Publikované 5. 4. 2024 14:20": a post's meta line, the published and updated stamps)."""
    parts = _LINE_MARK.split(text)
    if len(parts) == _NAME_AND_TWO_DAYS:
        name = parts[0].strip()
        if all(_labelled_day(part.strip(), language) for part in parts[1:]) and _dated_name(
            name, language
        ):
            return name
        return None
    if len(parts) != 2:  # a day and a name
        return None
    for day, name in (parts, parts[::-1]):
        if _day(day.strip(), language) and _dated_name(name.strip(), language):
            return name.strip()
    return None


# A meta line of a name and the published and updated stamps, each under its label.
_NAME_AND_TWO_DAYS = 3
# A time of day after a stamp's day ("8:00", "14.20"), left out to read the day.
_TIME_AFTER = LazyPattern(r"\s+\d{1,2}[:.]\d{2}(?::\d{2})?$")


def _labelled_day(text: str, language: str | None) -> bool:
    """Whether ``text`` is a day under a published or updated label, maybe with its time
    ("Publikované 5. 4. 2024 14:20")."""
    label = starts_with(LabelList.PUBLISHED, LabelList.UPDATED).match(text)
    if label is None:
        return False
    day = _TIME_AFTER.sub("", text[label.end() :].strip(" :"))
    return bool(day) and _day(day, language)


def _day(text: str, language: str | None) -> bool:
    if _NUMERIC_DAY.fullmatch(text):
        return True
    if _YEAR.search(text) is None:
        return False
    named = _DAY_WORDS.findall(text.lower())
    calendar = calendar_words(language)
    return 0 < len(named) <= _MAX_DAY_WORDS and all(word in calendar for word in named)


def _dated_name(name: str, language: str | None) -> bool:
    """Whether ``name`` is a person's, or names of people a byline joins ("Élise Fabre,
    Thomas Rouquié", two writers beside the day)."""
    if names_a_person(name, language):
        return True
    names = split_byline(name, places_of=language)
    return len(names) > 1 and all(names_a_person(part, language) for part in names)


def names_a_person(name: str, language: str | None = None) -> bool:
    """Whether ``name`` is a person's: two to four capitalised words (particles apart), a
    given name first (``given_name``), no place's word last, no agency, one name."""
    parts = name.split()
    return (
        _NAME_WORDS[0] <= len(parts) <= _NAME_WORDS[1]
        and parts[0][:1].isupper()
        and parts[-1][:1].isupper()
        and all(part[:1].isupper() or _particle(part) for part in parts)
        and given_name(parts[0])
        and not place_word(parts[-1])
        and name not in news_agencies()
        and looks_like_name(name)
        and split_byline(name, places_of=language) == [name]
    )


@functools.cache
def _given_names() -> dict[str, str]:
    """``data/names/given.txt.gz`` by first character, each group one string with a line
    break before and after every name: a test searches a whole line among the names of its
    first letter (24,000 names; read by the warm-up or the first page with such a line)."""
    import gzip
    from importlib import resources

    path = resources.files("newsextract").joinpath("data", "names", "given.txt.gz")
    groups: dict[str, list[str]] = {}
    for name in gzip.decompress(path.read_bytes()).decode("utf-8").split("\n"):
        if name:
            groups.setdefault(name[0], []).append(name)
    return {first: "\n" + "\n".join(names) + "\n" for first, names in groups.items()}


def given_name(word: str) -> bool:
    """Whether ``word`` is a given name of some country (Faker's lists, ``data/names/``): the
    unlabelled line's first word is one ("Amelie Brandt"), a section's or a place's is not
    ("Lokales Umland", "Cedar Rapids", "City Hall Annex")."""
    key = word.casefold()
    if not key or "\n" in key:
        return False
    group = _given_names().get(key[0])
    return group is not None and f"\n{key}\n" in group


@functools.cache
def _place_words() -> tuple[frozenset[str], tuple[str, ...]]:
    """``data/names/place_words.txt``: the whole words, and the compounds' heads (the
    lines opening with "-")."""
    from importlib import resources

    path = resources.files("newsextract").joinpath("data", "names", "place_words.txt")
    lines = [line.strip() for line in path.read_text(encoding="utf-8").splitlines()]
    kept = [line for line in lines if line and not line.startswith("#")]
    return (
        frozenset(line for line in kept if not line.startswith("-")),
        tuple(line[1:] for line in kept if line.startswith("-")),
    )


def place_word(word: str) -> bool:
    """Whether ``word`` closes a street's, a venue's or a body's name, rarely a family
    name's ("Heights", "Road", "Council", "…straße"): "Jackson Heights" is a place though
    its first word is a given name."""
    whole, heads = _place_words()
    key = word.casefold().strip(".,")
    return key in whole or (len(key) > 1 and key.endswith(heads))


def _section_link(line: LexborNode) -> bool:
    """Whether ``line`` holds a link to no author page: "12.03.2024 - <a>Lokales
    Hamburg</a>" names the post's section."""
    links = line.css("a")
    return bool(links) and not any(
        "author" in (href := (a.attributes.get("href") or "").lower()) or "autor" in href
        for a in links
    )


# A lower-case word inside a name is a particle of a few letters ("de", "van der", "bin").
_PARTICLE_MAX = 3


def _particle(word: str) -> bool:
    return word.islower() and len(word) <= _PARTICLE_MAX
