"""The language files read and checked: each ``newsextract/data/languages/<code>.toml``
becomes a ``Language`` record of its word lists (``LabelList``) and of the tables and
optional lists it may hold beside them (day periods, zones, calendars' month names, page
labels...). A file that breaks a table's form fails at its first read, naming the file and
the key.

Apart from ``labels``, which answers the callers from these records (a word list of one
language or of all, the tables merged), because the files' form is one job and the
questions asked of them another.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, NamedTuple

from newsextract.label_lists import LabelList
from newsextract.lazy_regex import LazyPattern

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable


_DATA = ("data", "languages")


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


def package_files() -> Traversable:
    """The package's own files; ``importlib.resources`` is imported on first use (it costs
    more than the rest of this module to import)."""
    from importlib import resources

    return resources.files("newsextract")


@functools.cache
def languages() -> Mapping[str, Language]:
    """Every language with a data file, by ISO 639-1 code; read once."""
    import tomllib  # here, not at the top: the import of the package needs no data file

    folder = package_files().joinpath(*_DATA)
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
