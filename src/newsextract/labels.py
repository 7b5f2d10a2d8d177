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
"""

from __future__ import annotations

import enum
import functools
import re
from collections.abc import Iterable, Iterator, Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, NamedTuple, TypeVar

from newsextract.language_codes import file_code
from newsextract.lazy_regex import LazyPattern
from newsextract.regex_words import (
    first_characters,
    first_letter_alternatives,
    longest_first,
    word_alternation,
)

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

_V = TypeVar("_V")

_DATA = ("data", "languages")
_AGENCIES = ("data", "agencies.toml")
_PLACES = ("data", "places")
# Languages whose place names stay loaded: every language of the data (107 files, the largest
# 20 KB): a batch of a multilingual site or set meets 20 and more, and at 16 a fundus pass
# read the files again and again (0.1 ms a page); a code of no file reads English's names.
_PLACE_LANGUAGES = 128


class LabelList(enum.StrEnum):
    """The lists each language file holds (the TOML keys)."""

    BYLINE = "byline"  # before the names: "By", "Par", "Von", "記者"
    # byline labels that are other languages' words, read on their own language's pages only:
    # Catalan "per" (Italian "for", the given name Per)
    BYLINE_IN_LANGUAGE = "byline_in_language"
    BYLINE_JOINERS = "byline_joiners"  # between two names: "and", "und", "、"
    # joiners that are other languages' words, read on their own language's pages only:
    # Tagalog "at" ("and"; English "at", which opens a place or an employer)
    BYLINE_JOINERS_IN_LANGUAGE = "byline_joiners_in_language"
    # a joining letter written as the first letter of the second name: Hebrew "ו", Arabic
    # "و" ("דנה כהן ויוסי לוי"), read on their own language's pages only
    PREFIX_JOINERS = "prefix_joiners"
    # "in" before a section or a place after a writer's name ("by Jane Doe in Recipes",
    # "przez Anna Nowak w kategorii Ogród"), read on its own language's pages only (Swedish
    # "i" is Polish "and", Spanish "en" Dutch "and")
    PLACE_PREPOSITIONS = "place_prepositions"
    # words opening an institution credited as an author, its name taken whole: "Ministry",
    # "Ministerstwo" ("Ministerstwo Rolnictwa i Rozwoju Wsi" is one author, not two)
    INSTITUTIONS = "institutions"
    # articles before such a name, dropped from it: "the", "le" ("By the Ministry of Health")
    INSTITUTION_ARTICLES = "institution_articles"
    DATE_WORDS = "date_words"  # between a name or label and a date: "le", "am", "on"
    ROLES = "roles"  # job titles beside a name: "Staff Writer", "기자"
    CONTRIBUTORS = "contributors"  # other credits: "Photo:", "Grafik:", "Edited by"
    CREDIT = "credit"  # the credited source: "Source:", "Quelle:", "出典"
    TAGS = "tags"  # "Tags:", "Schlagworte:", "Etiketler:"
    CATEGORIES = "categories"  # "Categories:", "Rubrik:", "Catégories:"
    PUBLISHED = "published"  # "Published", "Veröffentlicht", "公開"
    UPDATED = "updated"  # "Updated", "Mis à jour", "更新"
    # a citation's access date in a reference list: "Retrieved", "Abgerufen am", "consulté le"
    ACCESSED = "accessed"
    SHARE = "share"  # "Share this article", "Partager", "Teilen"
    COMMENTS = "comments"  # "Comments", "Laisser un commentaire", "댓글"
    # a comment section's class/id words: "comentarios", "yorumlar", "binh-luan"
    COMMENT_SECTION = "comment_section"
    PLACEHOLDERS = "placeholders"  # credits naming no one: "Redaktion", "Agenturen", "staff"
    AD_LABELS = "ad_labels"  # "Advertisement", "Anzeige", "Reklam", "広告"
    READ_MORE = "read_more"  # lines sending the reader elsewhere: "Read more", "Lire aussi"
    WIDGETS = "widgets"  # a player's or widget's label: "Watch now", "Up next"
    READING_TIME = "reading_time"  # "4 min read", "Lesedauer: 5 Minuten", "約3分で読めます"
    RIGHTS_RESERVED = "rights_reserved"  # "All rights reserved", "Alle Rechte vorbehalten"
    # An author bio's profession, not a byline's title (ROLES): "reporter", "Redakteurin"
    PROFESSIONS = "professions"
    COPULAS = "copulas"  # "to be" linking a name to a profession in a bio: "is", "ist", "jest"
    PROMPTS = "prompts"  # a consent, sign-up or paywall box: "Drittanbieter", "購読"
    ABOUT_NOTES = "about_notes"  # a note about the article: "First published", "Traduit de"
    TRANSLATION_NOTES = "translation_notes"  # "This article was machine-translated"
    READER_NOTES = "reader_notes"  # a closing note addressed to the reader: "Dear reader"
    # a link's bracketed note for screen readers: "(opens in a new window)", "(neues Fenster)"
    LINK_NOTES = "link_notes"
    AUTHOR_BOX = "author_box"  # an author box's heading before the name: "About", "Über"
    # the heading over a list of the text's sources: "References", "Einzelnachweise", "出典"
    REFERENCES = "references"
    # a platform's follow button beside its writer's name: "Follow", "关注", "フォロー"
    FOLLOW = "follow"


# Lists a language may leave empty: not every language has words of these kinds (placeholder
# credits, byline labels and joiners that are other languages' words: Tagalog's only joiner
# "at" is English "at", so it is listed as read on Tagalog pages only), or none were seen on
# its pages yet (read-more openings, widget labels, reading times; the ad labels of Xhosa and Zulu
# pages; an author bio's professions and copulas, the box prompts, the notes about an article
# or to its reader and the author boxes' headings, listed for the languages whose pages
# showed them or whose address to the reader is known; a link's note that it opens a new
# window, listed for the languages whose wording of it is known; the class words of comment
# sections, listed for the languages whose templates name them; the headings of reference
# lists, listed for the languages they were written for).
MAY_BE_EMPTY = frozenset(
    {
        LabelList.FOLLOW,  # listed for the languages whose platforms' buttons are known
        LabelList.BYLINE_IN_LANGUAGE,
        LabelList.BYLINE_JOINERS,
        LabelList.BYLINE_JOINERS_IN_LANGUAGE,
        LabelList.PREFIX_JOINERS,
        LabelList.PLACE_PREPOSITIONS,
        LabelList.INSTITUTIONS,
        LabelList.INSTITUTION_ARTICLES,
        LabelList.ACCESSED,
        LabelList.PLACEHOLDERS,
        LabelList.AD_LABELS,
        LabelList.READ_MORE,
        LabelList.WIDGETS,
        LabelList.READING_TIME,
        LabelList.PROFESSIONS,
        LabelList.COPULAS,
        LabelList.PROMPTS,
        LabelList.ABOUT_NOTES,
        LabelList.TRANSLATION_NOTES,
        LabelList.READER_NOTES,
        LabelList.LINK_NOTES,
        LabelList.RIGHTS_RESERVED,
        LabelList.AUTHOR_BOX,
        LabelList.COMMENT_SECTION,
        LabelList.REFERENCES,
    }
)


class SpokenTime(NamedTuple):
    """A language's time spoken in words ("saa tatu asubuhi"): the words for "hour" before
    the hour, each hour's number word (1-12) and the minutes' words after it, lower case."""

    clock: tuple[str, ...]
    hours: Mapping[str, int]
    minutes: Mapping[str, int]


class Language(NamedTuple):
    """One language's labels, lower case, as its file lists them."""

    code: str  # ISO 639-1
    name: str  # in English
    lists: Mapping[LabelList, tuple[str, ...]]
    # Words for a part of the day written beside a time, with the hours they cover (see
    # ``day_periods``); a table of the files that list one.
    day_periods: Mapping[str, tuple[int, int]] = MappingProxyType({})
    # Time-zone words written after a time that dateparser's table lacks, with their offset
    # or tz database zone (see ``zone_words``); a table of the files that list one.
    zones: Mapping[str, str] = MappingProxyType({})
    # Words written glued before a day's number, a month's name or a year, with which of the
    # three each opens (see ``calendar_prefixes``); a table of the files that list one.
    calendar_prefixes: Mapping[str, str] = MappingProxyType({})
    # Words written after a year's and a month's number, with the part each follows (see
    # ``calendar_suffixes``); a table of the files that list one.
    calendar_suffixes: Mapping[str, str] = MappingProxyType({})
    # Forms of a month's name dateparser's data lacks (Latvian "martā", "in March"), with the
    # month's number (see ``month_forms``); a table of the files that list one.
    month_forms: Mapping[str, int] = MappingProxyType({})
    # The Ethiopian calendar's month names, with the month's number, 1 to 13 (see
    # ``ethiopian_months``); a table of the files that list one.
    ethiopian_months: Mapping[str, int] = MappingProxyType({})
    # The Solar Hijri calendar's month names dateparser's Jalali parser lacks (Afghanistan's),
    # with the month's number (see ``solar_hijri_months``); a table of the files that list one.
    solar_hijri_months: Mapping[str, int] = MappingProxyType({})
    # The month names of other calendars the language's pages date in, by calendar (see
    # ``calendar_months``: "hijri", "hebrew", "bikram_sambat", "bangla"), with the month's number.
    calendar_months: Mapping[str, Mapping[str, int]] = MappingProxyType({})
    # Words naming a part of the day on the language's own clock, which counts the hours
    # from 6 a.m. (see ``local_clock_words``); also in ``day_periods``, with their hours.
    local_clock: frozenset[str] = frozenset()
    # A time spoken in words (see ``spoken_time``): the words for "hour" before the hour,
    # the hours' number words and the minutes' words, each with its number.
    spoken_time: SpokenTime | None = None
    # Words written after a time's digits naming the hour, no part of the day (Bulgarian
    # "14:30 ч.", "часа"), lower case (see ``hour_words``); a list of the files that have one.
    hour_words: tuple[str, ...] = ()
    # What a page's breadcrumb trail is called in its screen-reader label (``aria-label``
    # "Fil d'Ariane"), lower case (see ``breadcrumb_labels``); a list of the files that list one.
    breadcrumb_labels: tuple[str, ...] = ()
    # What a bar of the site's topics of the day is called in its label ("Im Trend",
    # "Tendencias", "热点"), lower case (see ``trending_labels``); the files that list one.
    trending_labels: tuple[str, ...] = ()
    # What a forum or a mail archive sets before a thread's title ("Re", "AW", "Thema"), lower
    # case, without the colon (see ``thread_prefixes``); a list of the files that list one.
    thread_prefixes: tuple[str, ...] = ()
    # The word for "logo" an image's alt text sets beside the site's name ("Gartenglück Logo",
    # "Logo der Stadtwerke", "ロゴ"), lower case (see ``logo_words``); the files that list one.
    logo_words: tuple[str, ...] = ()
    # Byline labels read only in an element the markup names as the author's, which also open
    # titles in free text ("Receta de Lucía Barral", "Receta de Tarta de Santiago"), lower
    # case (see ``markup_byline_labels``); the files that list one.
    byline_in_markup: tuple[str, ...] = ()
    # The word for an interview opening an author element's text before the interviewer's
    # name ("Interview: Anna Berg", "Entretien : …"), lower case (see ``interview_labels``).
    interview_labels: tuple[str, ...] = ()
    # The word for "with" after a writer's name, before the person an interviewer spoke with
    # or the agency whose copy helped ("avec AFP"), lower case (see ``with_words``).
    with_words: tuple[str, ...] = ()
    # The word a question page's count heading over its answers uses beside the count ("3
    # Answers", "Odpowiedzi (2)"), lower case (see ``answer_counts``); the files that list one.
    answer_counts: tuple[str, ...] = ()
    # What a site's software sets in its <title> beside the headline naming the page's kind
    # ("View topic", "Thema anzeigen", "기사본문"), lower case (see ``page_kinds``); a list of
    # the files that list one.
    page_kinds: tuple[str, ...] = ()
    # What a paged thread or article sets in its <title> before the page's number ("Page",
    # "Seite", "Strona"), lower case (see ``page_labels``); a list of the files that list one.
    page_labels: tuple[str, ...] = ()
    # A page's number written inside its words, ``{n}`` standing for it ("第{n}页",
    # "{n}ページ目"), lower case (see ``page_counters``); a list of the files that list one.
    page_counters: tuple[str, ...] = ()
    # The title a web editor gives a new page, left as it was ("Untitled Document",
    # "无标题文档"), lower case (see ``untitled_titles``); a list of the files that list one.
    untitled_titles: tuple[str, ...] = ()
    # Publication and update labels written right after the date they label (Japanese
    # "2024年3月5日 10時30分 公開"), lower case (see ``labels_after_date``); a list of the
    # files that list one.
    labels_after_date: tuple[str, ...] = ()
    # Byline labels written after the author's name, a postposition ("X द्वारा", "X
    # tarafından", "X által": "by X"), lower case (see ``byline_labels_after``); a list of the
    # files that list one.
    byline_after: tuple[str, ...] = ()
    # Labels before the day a forum member joined ("Joined", "Registriert seit", "Inscrit
    # le"), beside each post: never the page's date (see ``access_label``); lower case, a
    # list of the files that list one.
    member_since: tuple[str, ...] = ()
    # Labels opening a shop's availability line ("Available from", "Disponibile dal",
    # "Lieferbar ab"): the day an offer starts, never the page's date (see
    # ``availability_opening``); lower case, a list of the files that list one.
    available_from: tuple[str, ...] = ()
    # Labels before the last day of a notice's validity or of a call's applications ("Valid
    # until", "Ważne do", "अंतिम तिथि"): never the page's date (see ``access_label``); lower
    # case, a list of the files that list one.
    deadlines: tuple[str, ...] = ()
    # Labels before the day of a print edition that carried the story ("Erschienen in der
    # Printausgabe vom", "Article paru dans l'édition du"): the paper's day, never the
    # page's publication online (see ``access_label``); lower case, a list of the files
    # that list one.
    print_editions: tuple[str, ...] = ()
    # The same written right after the day (Japanese "2024年3月6日付 朝刊": the morning
    # edition of that day; see ``print_edition_after``); lower case.
    print_editions_after: tuple[str, ...] = ()
    # A byline label written as a letter glued to the name it opens (Amharic "በ", "by":
    # "በአበበ ከበደ"), lower case (see ``glued_byline_labels``), and the given names that open
    # with that letter themselves ("በቀለ", "በላይ"), which keep it.
    glued_byline_labels: tuple[str, ...] = ()
    names_opening_with_label: tuple[str, ...] = ()
    # A definite article glued to the end of a name the byline's verb makes its subject
    # (Armenian "-ը": "Պատրաստեց՝ Արամ Պետրոսյանը", "prepared by Aram Petrosyan"), lower
    # case (see ``name_articles``); a list of the files that list one.
    name_articles: tuple[str, ...] = ()
    # Titles written before a name in lower case, part of it as printed ("dr. Kiss Anna",
    # "Door dr. Pieter van der Wiel", "mgr. Jana Nováková"), lower case (see
    # ``lower_case_titles``); a list of the files that list one.
    lower_case_titles: tuple[str, ...] = ()
    # Words closing a list of writers that add no one ("and others", "et al.", "u. a."),
    # lower case (see ``list_closers``); a list of the files that list one.
    list_closers: tuple[str, ...] = ()
    # Relative stamps of a past time dateparser's data lacks ("5 mins ago": its English has
    # "min" only), each form ("{n} mins ago", the number's place) to its unit (see
    # ``relative_forms``); a table of the files that list one.
    relative_forms: Mapping[str, str] = MappingProxyType({})
    # The word for "one" before a unit in a relative stamp without a figure ("bir saat önce",
    # "een uur geleden", elided "un'ora fa": "un'"), where dateparser's simplifications lack
    # it, lower case (see ``one_words``); a list of the files that list one.
    one_words: tuple[str, ...] = ()
    # The words of a count of a page's or a post's views beside its number ("1,204 views",
    # "Aufrufe: 312", "128 lượt xem"), lower case (see ``view_counts``); the files that list one.
    view_counts: tuple[str, ...] = ()
    # The words a newsroom sets in brackets beside a headline in its titles, marking an update
    # or the story's medium ("(updated)", "[VIDEO]", "(обновлено)"), lower case (see
    # ``title_markers``); the files that list one.
    title_markers: tuple[str, ...] = ()

    def words(self, kind: LabelList) -> tuple[str, ...]:
        return self.lists[kind]


def _package_files() -> Traversable:
    """The package's own files; ``importlib.resources`` is imported on first use (it costs
    more than the rest of this module to import)."""
    from importlib import resources

    return resources.files("newsextract")


@functools.cache
def languages() -> Mapping[str, Language]:
    """Every language with a data file, by ISO 639-1 code; read once."""
    import tomllib  # here, not at the top: the import of the package needs no data file

    folder = _package_files().joinpath(*_DATA)
    found = {}
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".toml"):
            code = entry.name.removesuffix(".toml")
            found[code] = _language(code, tomllib.loads(entry.read_text(encoding="utf-8")))
    return MappingProxyType(found)


def _language(code: str, data: Mapping[str, object]) -> Language:
    lists = {}
    for kind in LabelList:
        value = data.get(kind.value)
        if not isinstance(value, list) or not all(isinstance(w, str) for w in value):
            raise ValueError(f"languages/{code}.toml: {kind.value!r} must be a list of strings")
        lists[kind] = tuple(w.lower() for w in value)
    local_clock = _day_period_table(code, data.get(_LOCAL_CLOCK, {}), _LOCAL_CLOCK)
    return Language(
        code=code,
        name=str(data.get("name", code)),
        lists=MappingProxyType(lists),
        day_periods=MappingProxyType(
            local_clock | _day_period_table(code, data.get(_DAY_PERIODS, {}))
        ),
        zones=MappingProxyType(_zone_table(code, data.get(_ZONES, {}))),
        calendar_prefixes=MappingProxyType(_prefix_table(code, data.get(_CALENDAR_PREFIXES, {}))),
        calendar_suffixes=MappingProxyType(
            _prefix_table(code, data.get(_CALENDAR_SUFFIXES, {}), _CALENDAR_SUFFIXES)
        ),
        month_forms=MappingProxyType(_month_table(code, data.get(_MONTH_FORMS, {}))),
        ethiopian_months=MappingProxyType(
            _month_table(code, data.get(_ETHIOPIAN_MONTHS, {}), _ETHIOPIAN_MONTHS)
        ),
        solar_hijri_months=MappingProxyType(
            _month_table(code, data.get(_SOLAR_HIJRI_MONTHS, {}), _SOLAR_HIJRI_MONTHS)
        ),
        calendar_months=MappingProxyType(
            {
                calendar: MappingProxyType(_month_table(code, data[key], key))
                for calendar, key in _OTHER_CALENDARS.items()
                if key in data
            }
        ),
        local_clock=frozenset(local_clock),
        spoken_time=_spoken_time(code, data.get(_SPOKEN_TIME)),
        hour_words=_optional_words(code, data, _HOUR_WORDS),
        breadcrumb_labels=_optional_words(code, data, _BREADCRUMB_LABELS),
        trending_labels=_optional_words(code, data, _TRENDING_LABELS),
        thread_prefixes=_optional_words(code, data, _THREAD_PREFIXES),
        logo_words=_optional_words(code, data, _LOGO_WORDS),
        byline_in_markup=_optional_words(code, data, _BYLINE_IN_MARKUP),
        interview_labels=_optional_words(code, data, _INTERVIEW_LABELS),
        with_words=_optional_words(code, data, _WITH_WORDS),
        answer_counts=_optional_words(code, data, _ANSWER_COUNTS),
        page_kinds=_optional_words(code, data, _PAGE_KINDS),
        page_labels=_optional_words(code, data, _PAGE_LABELS),
        page_counters=_counter_forms(code, data),
        untitled_titles=_optional_words(code, data, _UNTITLED_TITLES),
        labels_after_date=_labels_after(code, data),
        byline_after=_optional_words(code, data, _BYLINE_AFTER),
        member_since=_optional_words(code, data, _MEMBER_SINCE),
        available_from=_optional_words(code, data, _AVAILABLE_FROM),
        deadlines=_optional_words(code, data, _DEADLINES),
        print_editions=_optional_words(code, data, _PRINT_EDITIONS),
        print_editions_after=_optional_words(code, data, _PRINT_EDITIONS_AFTER),
        glued_byline_labels=_optional_words(code, data, _GLUED_BYLINE_LABELS),
        names_opening_with_label=_optional_words(code, data, _NAMES_OPENING_WITH_LABEL),
        name_articles=_optional_words(code, data, _NAME_ARTICLES),
        lower_case_titles=_optional_words(code, data, _LOWER_CASE_TITLES),
        list_closers=_optional_words(code, data, _LIST_CLOSERS),
        relative_forms=MappingProxyType(_relative_table(code, data.get(_RELATIVE_FORMS, {}))),
        one_words=_optional_words(code, data, _ONE_WORDS),
        view_counts=_optional_words(code, data, _VIEW_COUNTS),
        title_markers=_optional_words(code, data, _TITLE_MARKERS),
    )


_DAY_PERIODS = "day_periods"  # the TOML table of ``day_periods``
_ZONES = "zones"  # the TOML table of ``zone_words``
_CALENDAR_PREFIXES = "calendar_prefixes"  # the TOML table of ``calendar_prefixes``
_CALENDAR_SUFFIXES = "calendar_suffixes"  # the TOML table of ``calendar_suffixes``
_MONTH_FORMS = "month_forms"  # the TOML table of ``month_forms``
_ETHIOPIAN_MONTHS = "ethiopian_months"  # the TOML table of ``ethiopian_months``
_SOLAR_HIJRI_MONTHS = "solar_hijri_months"  # the TOML table of ``solar_hijri_months``
_HOUR_WORDS = "hour_words"  # the optional list of ``hour_words``
_LOCAL_CLOCK = "local_clock_periods"  # the TOML table of ``local_clock_words``
_SPOKEN_TIME = "spoken_time"  # the TOML table of ``spoken_time``
# Each other calendar's TOML table of month names (see ``calendar_months``).
_OTHER_CALENDARS = {
    "hijri": "hijri_months",
    "hebrew": "hebrew_months",
    "bikram_sambat": "bikram_sambat_months",
    "bangla": "bangla_months",
}
_BREADCRUMB_LABELS = "breadcrumb_labels"  # the optional list of ``breadcrumb_labels``
_TRENDING_LABELS = "trending_labels"  # the optional list of ``trending_labels``
_THREAD_PREFIXES = "thread_prefixes"  # the optional list of ``thread_prefixes``
_LOGO_WORDS = "logo_words"  # the optional list of ``logo_words``
_BYLINE_IN_MARKUP = "byline_in_markup"  # the optional list of ``markup_byline_labels``
_INTERVIEW_LABELS = "interview_labels"  # the optional list of ``interview_labels``
_WITH_WORDS = "with_words"  # the optional list of ``with_words``
_ANSWER_COUNTS = "answer_counts"  # the optional list of ``answer_counts``
_PAGE_KINDS = "page_kinds"  # the optional list of ``page_kinds``
_PAGE_LABELS = "page_labels"  # the optional list of ``page_labels``
_PAGE_COUNTERS = "page_counters"  # the optional list of ``page_counters``
_UNTITLED_TITLES = "untitled_titles"  # the optional list of ``untitled_titles``
_LABELS_AFTER_DATE = "labels_after_date"  # the optional list of ``labels_after_date``
_MEMBER_SINCE = "member_since"  # the optional list of ``member_since``
_AVAILABLE_FROM = "available_from"  # the optional list of ``available_from``
_DEADLINES = "deadlines"  # the optional list of ``deadlines``
_PRINT_EDITIONS = "print_editions"  # the optional list of ``print_editions``
_PRINT_EDITIONS_AFTER = "print_editions_after"  # the optional list beside it
_GLUED_BYLINE_LABELS = "glued_byline_labels"  # the optional list of ``glued_byline_labels``
_NAMES_OPENING_WITH_LABEL = "names_opening_with_label"  # the optional list beside it
_NAME_ARTICLES = "name_articles"  # the optional list of ``name_articles``
_LOWER_CASE_TITLES = "lower_case_titles"  # the optional list of ``lower_case_titles``
_LIST_CLOSERS = "list_closers"  # the optional list of ``list_closers``
_BYLINE_AFTER = "byline_after"  # the optional list of ``byline_labels_after``
_RELATIVE_FORMS = "relative_forms"  # the TOML table of ``relative_forms``
_ONE_WORDS = "one_words"  # the optional list of ``one_words``
_VIEW_COUNTS = "view_counts"  # the optional list of ``view_counts``
_TITLE_MARKERS = "title_markers"  # the optional list of ``title_markers``
#: The tables (and optional lists) a language file may hold besides its lists (``LabelList``).
TABLES = (
    _DAY_PERIODS,
    _ZONES,
    _CALENDAR_PREFIXES,
    _CALENDAR_SUFFIXES,
    _MONTH_FORMS,
    _ETHIOPIAN_MONTHS,
    _SOLAR_HIJRI_MONTHS,
    *_OTHER_CALENDARS.values(),
    _LOCAL_CLOCK,
    _SPOKEN_TIME,
    _HOUR_WORDS,
    _BREADCRUMB_LABELS,
    _TRENDING_LABELS,
    _THREAD_PREFIXES,
    _LOGO_WORDS,
    _BYLINE_IN_MARKUP,
    _INTERVIEW_LABELS,
    _WITH_WORDS,
    _ANSWER_COUNTS,
    _PAGE_KINDS,
    _PAGE_LABELS,
    _PAGE_COUNTERS,
    _UNTITLED_TITLES,
    _LABELS_AFTER_DATE,
    _MEMBER_SINCE,
    _AVAILABLE_FROM,
    _DEADLINES,
    _PRINT_EDITIONS,
    _PRINT_EDITIONS_AFTER,
    _GLUED_BYLINE_LABELS,
    _NAMES_OPENING_WITH_LABEL,
    _NAME_ARTICLES,
    _LOWER_CASE_TITLES,
    _LIST_CLOSERS,
    _BYLINE_AFTER,
    _RELATIVE_FORMS,
    _TITLE_MARKERS,
    _ONE_WORDS,
    _VIEW_COUNTS,
)
_MONTHS = range(1, 13)
_ETHIOPIAN_MONTH_NUMBERS = range(1, 14)  # twelve months of 30 days and Pagume, of 5 or 6
# A leap year of the Hebrew calendar has a thirteenth month (convertdate's numbers: Nisan 1,
# Adar 12, in a leap year Adar I, and Adar II 13).
_THIRTEEN_MONTHS = frozenset({_ETHIOPIAN_MONTHS, _OTHER_CALENDARS["hebrew"]})
_CALENDAR_PARTS = frozenset({"day", "month", "year"})


def _prefix_table(code: str, table: object, name: str = _CALENDAR_PREFIXES) -> dict[str, str]:
    """A file's ``[calendar_prefixes]`` (or ``[calendar_suffixes]``, ``name``): each word and
    the part of a date it opens (or follows)."""
    error = f"languages/{code}.toml: {name} must map words to day, month or year"
    if not isinstance(table, dict) or not all(v in _CALENDAR_PARTS for v in table.values()):
        raise ValueError(error)
    return {str(word).lower(): str(part) for word, part in table.items()}


def _month_table(code: str, table: object, key: str = _MONTH_FORMS) -> dict[str, int]:
    """A file's ``[month_forms]`` (or ``[ethiopian_months]``): each form of a month's name and
    the month's number, 1 to 12 (to 13: the Ethiopian year's short thirteenth month)."""
    months = _ETHIOPIAN_MONTH_NUMBERS if key in _THIRTEEN_MONTHS else _MONTHS
    error = f"languages/{code}.toml: {key} must map words to a month's number, 1 to {max(months)}"
    if not isinstance(table, dict) or not all(
        isinstance(v, int) and v in months for v in table.values()
    ):
        raise ValueError(error)
    return {str(word).lower(): int(number) for word, number in table.items()}


def _labels_after(code: str, data: Mapping[str, object]) -> tuple[str, ...]:
    """A file's ``labels_after_date``: each one of its ``published`` or ``updated`` words."""
    words = _optional_words(code, data, _LABELS_AFTER_DATE)
    known = {
        word
        for kind in (LabelList.PUBLISHED, LabelList.UPDATED)
        for word in _optional_words(code, data, kind.value)
    }
    if not set(words) <= known:
        raise ValueError(
            f"languages/{code}.toml: {_LABELS_AFTER_DATE} must be published or updated labels"
        )
    return words


# The units a relative form may count (``dating.relative.UNITS``).
_RELATIVE_UNITS = frozenset({"second", "minute", "hour", "day", "week", "month", "year"})


def _relative_table(code: str, table: object) -> dict[str, str]:
    """A file's ``[relative_forms]``: each form, its number written ``{n}`` once, to its unit."""
    error = f"languages/{code}.toml: {_RELATIVE_FORMS} must map forms with one {{n}} to a unit"
    if not isinstance(table, dict) or not all(
        isinstance(form, str) and form.count("{n}") == 1 and unit in _RELATIVE_UNITS
        for form, unit in table.items()
    ):
        raise ValueError(error)
    return {" ".join(form.lower().split()): str(unit) for form, unit in table.items()}


def _counter_forms(code: str, data: Mapping[str, Any]) -> tuple[str, ...]:
    """A file's optional ``page_counters``: forms holding one ``{n}``, lower case."""
    forms = _optional_words(code, data, _PAGE_COUNTERS)
    if not all(form.count("{n}") == 1 for form in forms):
        raise ValueError(f"languages/{code}.toml: {_PAGE_COUNTERS} must each hold one {{n}}")
    return forms


def _optional_words(code: str, data: Mapping[str, Any], name: str) -> tuple[str, ...]:
    """A file's optional list ``name`` (``hour_words``, ``page_labels``...): words, lower case."""
    value = data.get(name, [])
    if not isinstance(value, list) or not all(isinstance(w, str) for w in value):
        raise ValueError(f"languages/{code}.toml: {name} must be a list of strings")
    return tuple(w.lower() for w in value)


# A zone's value: a UTC offset ("+03:00") or a tz database zone name ("Asia/Jerusalem").
_ZONE_VALUE = LazyPattern(r"[+-](?:0\d|1[0-4]):[0-5]\d|[A-Z][A-Za-z_]+(?:/[A-Za-z_+-]+)+")


def _zone_table(code: str, table: object) -> dict[str, str]:
    """A file's ``[zones]``: each word's offset ("+03:00") or tz database zone."""
    error = f"languages/{code}.toml: {_ZONES} must map words to an offset or a tz zone name"
    if not isinstance(table, dict):
        raise ValueError(error)
    found = {}
    for word, zone in table.items():
        if not isinstance(zone, str) or not _ZONE_VALUE.fullmatch(zone):
            raise ValueError(error)
        found[" ".join(str(word).lower().split())] = zone
    return found


_HOURS_A_DAY = 24


def _day_period_table(
    code: str, table: object, name: str = _DAY_PERIODS
) -> dict[str, tuple[int, int]]:
    """A file's ``[day_periods]`` (or ``[local_clock_periods]``, ``name``): each word's hours
    as ``[from, before]``, 0-24."""
    error = f"languages/{code}.toml: {name} must map words to [from, before] hours"
    if not isinstance(table, dict):
        raise ValueError(error)
    found = {}
    for word, hours in table.items():
        if (
            not isinstance(hours, list)
            or len(hours) != 2  # a from and a before hour
            or not all(isinstance(h, int) and 0 <= h <= _HOURS_A_DAY for h in hours)
        ):
            raise ValueError(error)
        found[str(word).lower()] = (hours[0] % _HOURS_A_DAY, hours[1] % _HOURS_A_DAY)
    return found


_MINUTES = range(60)


def _spoken_time(code: str, table: object) -> SpokenTime | None:
    """A file's ``[spoken_time]``: ``clock``, a list of words; ``hours``, words to 1-12;
    ``minutes``, words to 0-59."""
    if table is None:
        return None
    error = f"languages/{code}.toml: {_SPOKEN_TIME} must hold clock, hours and minutes"
    if not isinstance(table, dict):
        raise ValueError(error)
    clock, hours, minutes = table.get("clock"), table.get("hours"), table.get("minutes", {})
    if (
        not isinstance(clock, list)
        or not isinstance(hours, dict)
        or not isinstance(minutes, dict)
        or not all(isinstance(n, int) and n in range(1, 13) for n in hours.values())
        or not all(isinstance(n, int) and n in _MINUTES for n in minutes.values())
    ):
        raise ValueError(error)
    return SpokenTime(
        clock=tuple(str(w).lower() for w in clock),
        hours=MappingProxyType({str(w).lower(): int(n) for w, n in hours.items()}),
        minutes=MappingProxyType({str(w).lower(): int(n) for w, n in minutes.items()}),
    )


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

    path = _package_files().joinpath(*_AGENCIES)
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    return MappingProxyType({key: frozenset(map(str, value)) for key, value in data.items()})


def _place_names(language: str) -> str:
    """``data/places/<language>.txt`` with a line break before its first line ("" when CLDR
    has no names of that language): one string, not a set of its names (a set of every
    language's took 6 MB), as a byline asks it a few times."""
    path = _package_files().joinpath(*_PLACES, f"{file_code(language)}.txt")
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
    folder = _package_files().joinpath(*_PLACES)
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
