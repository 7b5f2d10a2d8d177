"""Language knowledge as data: the words news pages print around their metadata.

Bylines ("Par …, le"), credit lines ("Quelle:"), tag and category labels ("Schlagworte:"),
date labels ("Mis à jour"), share and comment furniture: one TOML file per language in
``newsextract/data/languages/`` (ISO 639-1 code as the file name), each list with a line
saying what it is. Every module that recognises such a word asks this one; the files are
read once, on first use. Month and weekday names are not typed here: they come from
dateparser's own language data (``dateparser_words``).

A page's language is often unknown when its labels are read, so most callers ask for a list
in *any* language (``language=None``): the union of every file's list. News and picture
agencies, which are no language's, are in ``newsextract/data/agencies.toml``.

The lists are named by ``label_lists.LabelList``; the files are read and checked by
``language_files``; this module answers the callers from them.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator, Mapping
from types import MappingProxyType
from typing import TypeVar

from newsextract.label_lists import LabelList
from newsextract.language_codes import file_code
from newsextract.language_files import Language, SpokenTime, languages, package_files
from newsextract.regex_words import (
    first_characters,
    first_letter_alternatives,
    longest_first,
    word_alternation,
)

_V = TypeVar("_V")

_AGENCIES = ("data", "agencies.toml")
_PLACES = ("data", "places")
# Languages whose place names stay loaded: every language of the data (107 files, the largest
# 20 KB): a batch of a multilingual site or set meets 20 and more, and at 16 a fundus pass
# read the files again and again (0.1 ms a page); a code of no file reads English's names.
_PLACE_LANGUAGES = 128


@functools.cache
def spoken_times() -> tuple[SpokenTime, ...]:
    """The times spoken in words of every language that writes them ("saa tatu asubuhi")."""
    return tuple(k.spoken_time for k in languages().values() if k.spoken_time is not None)


@functools.cache
def words(kind: LabelList, language: str | None = None) -> tuple[str, ...]:
    """The ``kind`` words of ``language`` (an ISO 639-1 code; none for a language without a
    file), or of every language when ``language`` is None, without repeats, longest first
    (so that a regex alternation tries "mis à jour le" before "mis à jour")."""
    if language is not None:
        known = languages().get(file_code(language))
        found = known.words(kind) if known is not None else ()
    else:
        found = tuple(w for lang in languages().values() for w in lang.words(kind))
    return tuple(sorted(dict.fromkeys(found), key=lambda w: (-len(w), w)))


def first_of_each(tables: Iterable[Mapping[str, _V]]) -> Mapping[str, _V]:
    """The entries of ``tables`` in one read-only mapping, a word keeping the value of the
    first table that lists it (the files disagree rarely, and then on a word of two scripts)."""
    found: dict[str, _V] = {}
    for table in tables:
        for word, value in table.items():
            found.setdefault(word, value)
    return MappingProxyType(found)


def _languages_of(language: str | None) -> Iterator[Language]:
    """``language``'s data, or every language's; nothing for a language without a file."""
    if language is None:
        yield from languages().values()
    elif (known := languages().get(file_code(language))) is not None:
        yield known


@functools.cache
def day_periods(language: str | None = None) -> Mapping[str, tuple[int, int]]:
    """Words naming a part of the day beside a time ("সকাল ১০:৩০", "3:30 petang"), lower
    case, each with the hours it covers on a 24-hour clock, ``(from, before)`` ("রাত", night:
    20 to 4, past midnight): CLDR's day periods, which dateparser's data leaves out. Those of
    ``language``, or of every language (the first file's hours for a word two files list)."""
    return first_of_each(known.day_periods for known in _languages_of(language))


@functools.cache
def calendar_prefixes() -> tuple[str, ...]:
    """Words some scripts write glued before a day's number, a month's name or a year
    (Khmer "ទី០៣ ខែមីនា ឆ្នាំ២០២៥": "the 3rd, month March, year 2025"), of every language,
    longest first; dateparser's data has the names without them."""
    found = {word for known in languages().values() for word in known.calendar_prefixes}
    return tuple(sorted(found, key=lambda w: (-len(w), w)))


@functools.cache
def calendar_suffixes() -> Mapping[str, tuple[str, ...]]:
    """Words some languages write after a year's and a month's number, by the part each
    follows (Mongolian "2025 оны 3 сарын 3": "of the year 2025, of the month 3, the 3rd"), of
    every language, longest first; dateparser's data has no such form."""
    found: dict[str, set[str]] = {}
    for known in languages().values():
        for word, part in known.calendar_suffixes.items():
            found.setdefault(part, set()).add(word)
    return MappingProxyType(
        {part: tuple(sorted(words, key=lambda w: (-len(w), w))) for part, words in found.items()}
    )


@functools.cache
def ethiopian_months() -> Mapping[str, int]:
    """The Ethiopian calendar's month names of every language that writes them (Amharic
    "የካቲት", Tigrinya "ለካቲት"), lower case, to the month's number, 1 to 13."""
    return first_of_each(known.ethiopian_months for known in languages().values())


@functools.cache
def solar_hijri_months() -> Mapping[str, int]:
    """The Solar Hijri calendar's month names that Afghanistan's pages write and dateparser's
    Jalali parser (Iran's names) lacks: Dari's zodiac names ("حوت"), Pashto's ("کب"), lower
    case, to the month's number."""
    return first_of_each(known.solar_hijri_months for known in languages().values())


@functools.cache
def calendar_months(calendar: str) -> Mapping[str, int]:
    """The month names of another calendar (``_OTHER_CALENDARS``: "hijri", the lunar Hijri
    calendar's, "شعبان"; "hebrew", "אדר"; "bikram_sambat", Nepal's, "फागुन"; "bangla",
    Bangladesh's, "ফাল্গুন") of every language that writes them, lower case, to the month's
    number."""
    return first_of_each(known.calendar_months.get(calendar, {}) for known in languages().values())


@functools.cache
def local_clock_words() -> frozenset[str]:
    """Words naming a part of the day on a clock that counts the hours from 6 a.m. (Swahili
    "saa tatu asubuhi", 9 a.m.; Amharic "ከቀኑ 8:30", 2:30 p.m.), of every language, lower case:
    a time beside one is read on that clock where it fits the part of the day better."""
    return frozenset(w for known in languages().values() for w in known.local_clock)


@functools.cache
def month_forms(language: str | None = None) -> Mapping[str, int]:
    """Forms of months' names that dateparser's data lacks, lower case, to the month's number
    (Latvian "martā", "in March", beside dateparser's "marts"): ``language``'s, or every
    language's (the first file's number for a word two files list)."""
    return first_of_each(known.month_forms for known in _languages_of(language))


@functools.cache
def glued_byline_labels(language: str) -> tuple[tuple[str, ...], frozenset[str]]:
    """``language``'s byline labels written as a letter glued to the name they open (Amharic
    "በአበበ ከበደ", "by Abebe Kebede"), and its given names that open with such a letter
    ("በቀለ"): a name's own first letter, no label."""
    known = languages().get(file_code(language))
    if known is None:
        return (), frozenset()
    return known.glued_byline_labels, frozenset(known.names_opening_with_label)


@functools.cache
def name_articles(language: str) -> tuple[str, ...]:
    """``language``'s definite articles glued to the end of a name in a byline (Armenian
    "Արամ Պետրոսյանը"): no part of the name."""
    known = languages().get(language)
    return known.name_articles if known is not None else ()


@functools.cache
def lower_case_titles() -> frozenset[str]:
    """The titles every language writes in lower case before a name ("dr.", "prof.", "mgr.",
    "ir."): a name opening with one is shaped like a name still ("dr. Kiss Anna")."""
    return frozenset(w for known in languages().values() for w in known.lower_case_titles)


@functools.cache
def list_closers() -> frozenset[str]:
    """The words every language closes a list of writers with that name no one more ("and
    others", "et al.", "und andere"): the named writers stay, the closing words go."""
    return frozenset(w for known in languages().values() for w in known.list_closers)


@functools.cache
def hour_words() -> tuple[str, ...]:
    """Words written after a time's digits that name the hour, not a part of the day
    (Bulgarian "14:30 ч.", "часа"), lower case, of every language: skipped between a time
    and its zone ("14:30 ч. (българско време)")."""
    return tuple(dict.fromkeys(w for known in languages().values() for w in known.hour_words))


@functools.cache
def one_words() -> tuple[str, ...]:
    """The words for "one" the language files add to dateparser's number words, of every
    language ("bir", "een", "un'"): a relative stamp without a figure writes its one so."""
    return tuple(dict.fromkeys(w for known in languages().values() for w in known.one_words))


@functools.cache
def view_counts() -> tuple[str, ...]:
    """The words of a view count beside its number, of every language ("views", "lượt xem",
    "aufrufe"): a line of the count alone is the readers' tally, never the text."""
    return tuple(dict.fromkeys(w for known in languages().values() for w in known.view_counts))


@functools.cache
def title_markers() -> tuple[str, ...]:
    """The words of every language a newsroom sets in brackets beside a headline in its
    titles ("updated", "video", "обновлено"): a marker of the story's state or medium, no
    part of its headline."""
    return tuple(dict.fromkeys(w for known in languages().values() for w in known.title_markers))


def relative_forms(code: str) -> Mapping[str, str]:
    """The relative stamps of a past time ``code``'s file adds to dateparser's data
    ("{n} mins ago"), each to its unit; empty for a language without a file or a table."""
    known = languages().get(file_code(code))
    return known.relative_forms if known is not None else MappingProxyType({})


@functools.cache
def breadcrumb_labels() -> frozenset[str]:
    """The names of a breadcrumb trail in every language, lower case, as a screen-reader
    label (``<nav aria-label="Fil d'Ariane">``) calls it: a trail no class or id names."""
    return frozenset(w for known in languages().values() for w in known.breadcrumb_labels)


@functools.cache
def trending_labels() -> frozenset[str]:
    """The labels of a bar of the site's topics of the day in every language, lower case,
    without a colon ("im trend", "tendencias", "热点"): its links lead to topic pages as a
    story's tags do, and name none of the story's."""
    return frozenset(w for known in languages().values() for w in known.trending_labels)


@functools.cache
def labels_after_date() -> tuple[str, ...]:
    """Publication and update labels written right after the date they label, of every
    language, lower case: "公開", "配信", "更新" (Japanese "2024年3月5日 10時30分 公開")."""
    return tuple(
        dict.fromkeys(w for known in languages().values() for w in known.labels_after_date)
    )


@functools.cache
def byline_labels_after() -> tuple[str, ...]:
    """Byline labels written after the author's name, of every language, lower case: a
    postposition meaning "by" ("X द्वारा", "X tarafından", "X által"), Japanese "著". Each is
    a word of one language, read on every page, as the labels before a name are."""
    return tuple(dict.fromkeys(w for known in languages().values() for w in known.byline_after))


@functools.cache
def byline_after_languages() -> frozenset[str]:
    """The languages (ISO 639-1) whose files list a byline label after the name
    (``byline_labels_after``): only their pages, or a page of no declared language, are
    scanned for a line of names and such a label."""
    return frozenset(code for code, known in languages().items() if known.byline_after)


@functools.cache
def thread_prefixes() -> tuple[str, ...]:
    """What a forum or a mail archive sets before a thread's title, a colon after it, in
    every language, lower case: a reply's mark ("Re", "AW", "Odp"), a forward's ("Fwd"), the
    word for a topic ("Thema", "Konu"); the thread's title is what follows."""
    return tuple(dict.fromkeys(w for known in languages().values() for w in known.thread_prefixes))


@functools.cache
def logo_words() -> tuple[str, ...]:
    """The words for "logo" an image's alt text sets around the site's name, in every
    language, lower case, longest first ("logotipo de" before "logo"): cut, the rest is the
    name ("Gartenglück Logo", "Logo der Stadtwerke", "みなと新報 ロゴ")."""
    found = dict.fromkeys(w for known in languages().values() for w in known.logo_words)
    return tuple(sorted(found, key=lambda w: (-len(w), w)))


@functools.cache
def markup_byline_labels() -> tuple[str, ...]:
    """The byline labels of every language read only inside an element the markup names as
    the author's (a recipe card's "Receta de", a review's "Rezension von"), lower case,
    longest first: in free text they open titles ("Receta de Tarta de Santiago")."""
    found = dict.fromkeys(w for known in languages().values() for w in known.byline_in_markup)
    found.update(dict.fromkeys(interview_labels()))
    return tuple(sorted(found, key=lambda w: (-len(w), w)))


@functools.cache
def interview_labels() -> tuple[str, ...]:
    """An interview's labels in every language, lower case, longest first: the words opening
    an author element's text before the interviewer's name ("Interview:", "Entretien :",
    "Das Interview führte"), also markup byline labels."""
    found = dict.fromkeys(w for known in languages().values() for w in known.interview_labels)
    return tuple(sorted(found, key=lambda w: (-len(w), w)))


@functools.cache
def with_words() -> tuple[str, ...]:
    """The word for "with" after a writer's name in every language, lower case ("with",
    "mit", "avec", "con"): before it the writer, after it the person an interviewer spoke
    with or the agency whose copy helped, neither an author."""
    return tuple(dict.fromkeys(w for known in languages().values() for w in known.with_words))


@functools.cache
def answer_counts() -> tuple[str, ...]:
    """The words of a question page's heading counting its answers, in every language, lower
    case ("answers", "odpowiedzi", "回答"): beside a number it is the thread's label."""
    return tuple(dict.fromkeys(w for known in languages().values() for w in known.answer_counts))


@functools.cache
def untitled_titles() -> frozenset[str]:
    """The titles web editors give a new page, in every language, lower case ("untitled
    document", "无标题文档"): a page that keeps one has no title of its own there."""
    return frozenset(w for known in languages().values() for w in known.untitled_titles)


@functools.cache
def page_kinds() -> tuple[str, ...]:
    """What a site's software sets in its ``<title>`` beside the headline naming the page's
    kind, in every language, lower case: an old forum's before a thread's title, a dash after
    it (phpBB 3.0's "Forum • View topic - Title"), a Korean news CMS's at the end of the
    section path after the headline ("Title < 사회 < 기사본문 - Site"); not the title's."""
    return tuple(dict.fromkeys(w for known in languages().values() for w in known.page_kinds))


@functools.cache
def page_labels() -> tuple[str, ...]:
    """What a paged forum thread or article sets in its ``<title>`` before the page's number
    ("Brakes squeal - Page 2 - Bike Forum", "Seite 3", "Strona 2"), in every language, lower
    case: that part is the page's place in the thread, not its title's."""
    return tuple(dict.fromkeys(w for known in languages().values() for w in known.page_labels))


@functools.cache
def page_counters() -> tuple[str, ...]:
    """A page's number written inside its words in a paged article's ``<title>`` ("…
    第2页 - Site", "…（2ページ目）"), in every language, lower case, ``{n}`` standing for the
    number: the page's place, not its title's."""
    return tuple(dict.fromkeys(w for known in languages().values() for w in known.page_counters))


@functools.cache
def zone_words() -> Mapping[str, str]:
    """Time-zone words written after a time that dateparser's table of abbreviations lacks
    (Russian "мск", Arabic "بتوقيت مكة", Hebrew "שעון ישראל"), lower case, each with its UTC
    offset ("+03:00") or, where the offset changes with the date, its tz database zone
    ("Asia/Jerusalem"): of every language (each word is of one script and one zone)."""
    return first_of_each(known.zones for known in languages().values())


@functools.cache
def alternation(*kinds: LabelList, language: str | None = None) -> str:
    """A regex group matching any word of ``kinds`` (``(?:a|b\\s+c)``): escaped, longest
    first, a space matching any run of white space. Case is the caller's flag to set."""
    return word_alternation(w for kind in kinds for w in words(kind, language))


@functools.cache
def searched_alternation(*kinds: LabelList, language: str | None = None) -> str:
    """``alternation`` after the lookahead of its words' first characters
    (``first_characters``), for a regex searched at every position of a text: one set test
    fails most positions, where the tree tries each of its first characters in turn (a
    regex of dated labels searched in a byline: 26 -> 5 us). It matches what the alternation
    matches, in the same span."""
    found = [w for kind in kinds for w in words(kind, language)]
    return first_characters(found) + alternation(*kinds, language=language)


@functools.cache
def first_letter_branches(*kinds: LabelList, language: str | None = None) -> tuple[str, ...]:
    """The words of ``kinds`` as regex alternatives, one per first character (``ma(?:rch|y)``),
    for a caller that joins them with alternatives of its own at the top level of a regex:
    there, alternatives that each open with a plain character let the regex engine skip the
    positions none can start at, which one group around them all does not."""
    return first_letter_alternatives(sorted({w for kind in kinds for w in words(kind, language)}))


@functools.cache
def _agencies() -> Mapping[str, frozenset[str]]:
    import tomllib

    path = package_files().joinpath(*_AGENCIES)
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    return MappingProxyType({key: frozenset(map(str, value)) for key, value in data.items()})


def _place_names(language: str) -> str:
    """``data/places/<language>.txt`` with a line break before its first line ("" when CLDR
    has no names of that language): one string, not a set of its names (a set of every
    language's took 6 MB), as a byline asks it a few times."""
    path = package_files().joinpath(*_PLACES, f"{file_code(language)}.txt")
    return "\n" + path.read_text(encoding="utf-8") if path.is_file() else ""


@functools.lru_cache(maxsize=_PLACE_LANGUAGES)
def _places_by_first(language: str) -> Mapping[str, str]:
    """The place names in English and in ``language`` by their first character, each group
    one string of the same form (a line break before and after every line): a test searches
    the names opening with its first letter, not the whole list (0.16 ms a search).
    English's groups are built once and each language's joined to them: every language's
    table holds English's 7 KB, which read and split again took about half of its 0.25 ms."""
    english = _english_places_by_first()
    if language == "en":
        return english
    own = _grouped(_place_names(language))
    return MappingProxyType(
        {
            first: english.get(first, "\n") + own.get(first, "\n")[1:]
            for first in english.keys() | own.keys()
        }
    )


@functools.cache
def _english_places_by_first() -> Mapping[str, str]:
    """``_places_by_first`` of English, the part of every language's table."""
    return MappingProxyType(_grouped(_place_names("en")))


def _grouped(text: str) -> dict[str, str]:
    """The lines of ``text`` (``_place_names``' form) by their first character, each group
    one string with a line break before and after every line."""
    found: dict[str, list[str]] = {}
    # The lines between two line breaks: those a whole-line search can match.
    for line in text.split("\n")[1:-1]:
        if line:
            found.setdefault(line[0], []).append(line)
    return {first: "\n" + "\n".join(lines) + "\n" for first, lines in found.items()}


@functools.cache
def _place_languages() -> frozenset[str]:
    """The languages ``data/places/`` has a file of."""
    folder = package_files().joinpath(*_PLACES)
    return frozenset(
        entry.name.removesuffix(".txt") for entry in folder.iterdir() if entry.name.endswith(".txt")
    )


def is_place(name: str, language: str | None = None) -> bool:
    """Whether ``name`` is a country, a territory or a time zone's city as English or the
    page's ``language`` writes it ("Germany", "New York"; "Praha" on a Czech page, "Київ" on
    a Ukrainian one): CLDR's names, written to ``data/places/`` by ``scripts/make_places.py``,
    each language's read once."""
    key = name.casefold().strip()
    if not key or "\n" in key:
        return False
    code = file_code((language or "en").split("-")[0].casefold())
    if code not in _place_languages():  # a code names a file of the data, never a path
        code = "en"
    group = _places_by_first(code).get(key[0])
    return group is not None and f"\n{key}\n" in group


def news_agencies() -> frozenset[str]:
    """News agencies as they are written ("AFP", "dpa", "Europa Press"), from the data."""
    return _agencies()["news"]


# The desk's code a newsroom writes after the agency it credits, in lower case ("dpa/lno",
# "SDA/sep", "AFP/jbs": the editor's or the regional desk's letters).
AGENCY_DESK_CODE = r"(?:/[a-z]{2,4})?"


@functools.cache
def agency_line() -> re.Pattern[str]:
    """A line that is a news agency's name alone, behind a dash or in brackets ("— Reuters",
    "(MTI)", "-- AFP"), the name as group 1: read with ``fullmatch``. The desk's code may
    follow it and more agencies may join it ("dpa/lno", "(AFP/Reuters)", "SDA/sep"), as
    they close a paragraph (``credit_lines``). A lookahead of the names' first letters
    (both cases) fails a line opening with any other at once."""
    agencies = longest_first(news_agencies())
    cased = sorted({case(name[:1]) for name in agencies for case in (str.lower, str.upper)})
    names = "|".join(map(re.escape, agencies))
    more = rf"(?:\s*[-/,;+]\s*(?:{names}){AGENCY_DESK_CODE})*"
    return re.compile(
        rf"[\s\W]*{first_characters(cased)}({names}){AGENCY_DESK_CODE}{more}[\s\W]*",
        re.IGNORECASE,
    )


def picture_agencies() -> frozenset[str]:
    """Picture agencies and stock libraries ("Getty Images", "imago"), from the data."""
    return _agencies()["pictures"]


# The combining marks Python's ``\w`` leaves out though a word goes on after them: the vowel
# signs, viramas and nuktas of the Indic scripts ("लेखकों" is one word, not the label "लेखक"
# and more), Thai, Lao, Myanmar and Khmer (their blocks whole: their letters are ``\w``
# anyway; not the Devanagari dandas, which end a sentence, nor Khmer's full stops and colon
# "៖", which ends a label: "ដោយ៖"), Arabic and Hebrew points, Latin combining accents.
WORD_MARKS = (
    "\u0300-\u036f\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed"
    "\u0900-\u0963\u0966-\u0dff\u0e00-\u0eff\u1000-\u109f\u1780-\u17d3\u17d7-\u17ff"
)
# The colons that close a label: ASCII, the full-width one of Chinese and Japanese, the
# Armenian "՝" ("Հեղինակ՝"), the Khmer "៖" ("ដោយ៖") and the Ethiopic wordspace and colon
# that Amharic labels close with ("ዘጋቢ፡ ሰላም ተስፋዬ", "ምንጭ፦"), as a regex character class's
# inside.
LABEL_COLONS = ":：՝៖፡፥፦"
# After a label: not a letter, digit or mark, so "Tags" is not the start of "Tagesschau",
# "記者" not the start of a longer word written without spaces, and "लेखक" not of "लेखकों";
# before one, the same (``\b`` finds no edge after a vowel sign: "को" ends with one). The
# marks' set is case-sensitive even in a case-blind pattern: the characters a case-blind set
# adds (the iotas U+0345 folds to) are letters, which ``[^\W_]`` matches, and a case-blind
# set costs the regex compiler a lower-casing of every mark in each label pattern built
# (each language's, on its first page: -8 % of their compile; ``test_speed_equivalence``
# checks every code point).
LABEL_END = rf"(?![^\W_]|(?-i:[{WORD_MARKS}]))"
LABEL_START = rf"(?<![^\W_]|(?-i:[{WORD_MARKS}]))"


@functools.cache
def compiled(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, kept for the process by its source: a regex of one
    language's labels is often every language's (80 of 108 languages add no joining words
    of their own to a byline's), and each language's builder would compile it again on that
    language's first page, ``re``'s own cache (512 patterns) being overflowed by the
    warm-up's 2,700. The sources are the language files' (a bounded set)."""
    return re.compile(pattern, flags)


@functools.cache
def starts_with(*kinds: LabelList, language: str | None = None) -> re.Pattern[str]:
    """A compiled test for a text that starts with a ``kinds`` label as a whole word (a
    call naming ``language=None`` is another cache key than one naming none: both read
    one compiled pattern)."""
    return compiled(starts_with_pattern(*kinds, language=language), re.I)


@functools.cache
def starts_with_pattern(*kinds: LabelList, language: str | None = None) -> str:
    """``starts_with``'s regex, uncompiled, for a regex that goes on after it (compiling it
    alone to read its ``pattern`` cost 14 ms for a test never run)."""
    found = [w for kind in kinds for w in words(kind, language)]
    opening = first_characters(found)
    return r"^\W*" + opening + alternation(*kinds, language=language) + LABEL_END


@functools.cache
def availability_opening() -> re.Pattern[str]:
    """A text opening with a shop's availability label of any language ("Available from",
    "Disponibile dal", the files' ``available_from``) as whole words: the date after it is
    the day an offer starts (probe it_shop_reviews_and_availability), no page's."""
    found = [w for known in languages().values() for w in known.available_from]
    words = word_alternation(found) if found else "(?!)"
    return re.compile(rf"^\W*{words}(?![^\W\d_])", re.I)


@functools.cache
def access_label() -> re.Pattern[str]:
    """A citation's access label of any language ("Retrieved", "Abgerufen am", "consulté
    le") as a whole word, searched in the text before a date: the day a cited page was
    read, never the page's publication; or a forum member's ("Joined", "Registriert seit",
    the files' ``member_since``): the day a poster signed up, printed beside each post; or a
    notice's deadline ("Valid until", "अंतिम तिथि", the files' ``deadlines``): the last day
    it holds, after the day it was issued (probe hi_suchna_dinank_antim_tithi); or a print
    edition's ("Printausgabe vom", the files' ``print_editions``): the paper's day, beside
    the day the story went online (probe de_printausgabe_and_online_seit).
    Searched at every position: behind the lookahead of its first characters."""
    member = (w for known in languages().values() for w in known.member_since)
    deadlines = (w for known in languages().values() for w in known.deadlines)
    prints = (w for known in languages().values() for w in known.print_editions)
    found = [*words(LabelList.ACCESSED), *member, *deadlines, *prints]
    return re.compile(
        r"(?<!\w)" + first_characters(found) + word_alternation(found) + LABEL_END, re.I
    )


@functools.cache
def print_editions_after() -> tuple[str, ...]:
    """The print edition labels written right after a day, of every language, lower case."""
    return tuple(
        dict.fromkeys(w for known in languages().values() for w in known.print_editions_after)
    )


@functools.cache
def print_edition_words() -> re.Pattern[str]:
    """Any of the print edition labels written after a day, anywhere in a text: one search
    where a test of each word would walk the text once a word."""
    found = print_editions_after()
    return re.compile(word_alternation(found) if found else "(?!)", re.I)


@functools.cache
def print_edition_after() -> re.Pattern[str]:
    """A text opening with a print edition's label written after its day (Japanese "付
    朝刊", the files' ``print_editions_after``): that day is the paper's, not the page's
    (probe ja_morning_edition_line_above)."""
    found = print_editions_after()
    words = word_alternation(found) if found else "(?!)"
    return re.compile(rf"^\s*{words}", re.I)
