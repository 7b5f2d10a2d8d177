"""Time zones written beside a time ("EST", "MESZ", "GMT+2") and the offset each stands for in
the page's country."""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping
from datetime import datetime, timedelta, timezone, tzinfo
from functools import lru_cache

from newsextract.dating.bounds import in_bounds
from newsextract.dating.in_text import (
    SEPARATOR,
    has_mark,
    text_date,
)
from newsextract.dating.words import skip_words
from newsextract.lazy_regex import LazyPattern

# The US generic zone names written without standard/daylight ("5 p.m. ET"), whose offset
# depends on the date: their IANA tz database zones (the names as the AP Stylebook uses them).
GENERIC_ZONES = {
    "ET": "America/New_York",
    "CT": "America/Chicago",
    "MT": "America/Denver",
    "PT": "America/Los_Angeles",
}
# Punctuation between words, the brackets around a weekday ("2025年3月5日(水) 14:20") and the
# colon after a label of the time ("Saat: 14:20").
WORD_SEPARATORS = LazyPattern(rf"{SEPARATOR}|[()（）:]")


def skipped(words: str) -> bool:
    """Whether the words between a day and its time are all filler in dateparser's data (of
    any language: dateparser, failing in the page's language, tries them all)."""
    words = words.strip().lower()
    if not words:
        return True
    filler = skip_words()
    return words in filler or all(
        word.rstrip(".") in filler or word in filler for word in words.split()
    )


# Zone abbreviations the tz database gives several offsets, with the offset each means in
# the countries that write it: a page of one of them (``page_countries``) means its own, and
# a page of none, or of two with different offsets, keeps the wall clock without one.
# These are the tz database's four (``_ambiguous_abbreviations``). IST: India Standard Time,
# Irish Standard Time (Ireland's summer time), Israel Standard Time; CST: China Standard Time
# (also Taiwan's), the US Central Standard Time; CDT: the US Central Daylight Time, Cuba's
# Daylight Time; PST: the US Pacific Standard Time, Philippine Standard Time. And one the tz
# database gives one offset but newsrooms two: BST, British Summer Time (Europe/London) and
# Bangladesh Standard Time, which Bangladeshi pages write (the tz database names it "+06").
COUNTRY_ZONES: Mapping[str, Mapping[str, timedelta]] = {
    "IST": {
        "IN": timedelta(hours=5, minutes=30),
        "IE": timedelta(hours=1),
        "IL": timedelta(hours=2),
    },
    "CST": {"CN": timedelta(hours=8), "TW": timedelta(hours=8), "US": timedelta(hours=-6)},
    "CDT": {"US": timedelta(hours=-5), "CU": timedelta(hours=-4)},
    "PST": {"US": timedelta(hours=-8), "PH": timedelta(hours=8)},
    "BST": {"GB": timedelta(hours=1), "BD": timedelta(hours=6)},
}
# An abbreviation of ``COUNTRY_ZONES`` anywhere in a date's span: after its time, or between
# the time and the day ("10:30 BST, 5 March 2024").
_COUNTRY_ZONE_WORD = LazyPattern(r"(?<![A-Za-z])(?:" + "|".join(COUNTRY_ZONES) + r")(?![A-Za-z])")
_SOME_TIME = LazyPattern(r"\d{1,2}(?:[:h.]|: | h )\d{2}(?!\d)|\d\s*[ap]\.?\s?m\b")
# The meaning of an abbreviation of ``COUNTRY_ZONES`` that the tz database gives one offset,
# kept where a page's countries and language name no other: dateparser's table's.
_ZONE_DEFAULTS: Mapping[str, str] = {"BST": "GB"}
# The country of a page in a language written (nearly) in one country only, among those of
# ``COUNTRY_ZONES``: India's languages of one state or more (not Bengali, Punjabi, Tamil
# or Urdu, written in Bangladesh, Pakistan and Sri Lanka too), Hebrew, Irish, Chinese (China's
# and Taiwan's offsets are one), Tagalog/Filipino.
LANGUAGE_COUNTRIES: Mapping[str, str] = {
    "hi": "IN", "mr": "IN", "gu": "IN", "te": "IN", "kn": "IN", "ml": "IN", "or": "IN",
    "as": "IN", "he": "IL", "ga": "IE", "zh": "CN", "tl": "PH", "fil": "PH",
}  # fmt: skip
# Country-code top-level domains that are not the ISO code of their country.
_DOMAIN_COUNTRIES = {"uk": "GB"}
_COUNTRY_CODE = LazyPattern(r"[a-z]{2}", re.I)


def page_countries(html_lang: str | None, host: str | None, language: str | None) -> frozenset[str]:
    """The countries a page says it is from (ISO 3166 codes): the region of its ``<html
    lang>`` ("en-IN"), its host's country-code domain ("example.co.il"), and the country of
    its language where one country writes it (``LANGUAGE_COUNTRIES``)."""
    found = set()
    for subtag in re.split(r"[-_]", html_lang or "")[1:]:
        if _COUNTRY_CODE.fullmatch(subtag):
            found.add(subtag.upper())
    top = (host or "").rstrip(".").rsplit(".", 1)[-1].lower()
    if "." in (host or "") and _COUNTRY_CODE.fullmatch(top):
        found.add(_DOMAIN_COUNTRIES.get(top, top.upper()))
    country = LANGUAGE_COUNTRIES.get(language or "")
    if country is not None:
        found.add(country)
    return frozenset(found)


# The languages the press of each country of ``COUNTRY_ZONES`` writes in (official ones and
# English where newspapers use it): a page from none of the countries an abbreviation names
# (no country, or another's: a Canadian "CDT") is from those writing its language. "CDT" on an
# English page is the US's (Cuba writes Spanish); "PST" stays ambiguous (the Philippines'
# press writes English too), and so does "IST" (India's and Ireland's). India's press also
# writes the languages it shares with a country of none of these abbreviations (Bengali,
# Punjabi, Tamil, Urdu, Nepali: Bangladesh, Pakistan, Sri Lanka and Nepal write BST, PKT,
# SLST, NPT), so "IST" on such a page is India's.
_INDIA_SHARED = frozenset({"bn", "pa", "ta", "ur", "ne"})
COUNTRY_LANGUAGES: Mapping[str, frozenset[str]] = {
    "US": frozenset({"en", "es"}),
    "CU": frozenset({"es"}),
    "CN": frozenset({"zh"}),
    "TW": frozenset({"zh"}),
    "IN": frozenset(
        {"en", *_INDIA_SHARED, *(c for c, country in LANGUAGE_COUNTRIES.items() if country == "IN")}
    ),
    "IE": frozenset({"en", "ga"}),
    "IL": frozenset({"he", "ar", "en"}),
    "PH": frozenset({"en", "tl", "fil"}),
    "GB": frozenset({"en", "cy", "gd"}),
    "BD": frozenset({"bn"}),
}


def in_country_zone(
    value: datetime, span: str, countries: Collection[str], language: str | None = None
) -> datetime:
    """``value`` at the offset its zone abbreviation means in the page's countries, when it
    has none yet and they agree on one (see ``COUNTRY_ZONES``); without one of them, in the
    countries whose press writes the page's language (``COUNTRY_LANGUAGES``)."""
    if value.tzinfo is not None or not (
        countries or language or any(zone in span for zone in _ZONE_DEFAULTS)
    ):
        return value
    found = _COUNTRY_ZONE_WORD.search(span)
    # only beside a time: a day alone is no instant ("5 March 2024 (IST)")
    zone = found.group(0) if found and _SOME_TIME.search(span) else None
    meanings = COUNTRY_ZONES.get(zone or "", {})
    offsets = {offset for country, offset in meanings.items() if country in countries}
    if not offsets and language:
        offsets = {
            offset
            for country, offset in meanings.items()
            if language in COUNTRY_LANGUAGES.get(country, ())
        }
    if not offsets and zone is not None and zone in _ZONE_DEFAULTS:
        offsets = {meanings[_ZONE_DEFAULTS[zone]]}
    if len(offsets) != 1:
        return value
    aware = value.replace(tzinfo=timezone(offsets.pop()))
    return aware if in_bounds(aware) else value


def split_zone(span: str) -> tuple[str, str | None]:
    """A span found by ``find_text_date`` without its time zone, and the zone's name if it
    has a known offset.

    An upper-case word after a time that is no zone ("10:30 AP") is dropped too, and so is an
    ambiguous abbreviation: dateparser would fail on the whole span, or guess the offset.
    """
    match = text_date(has_mark(span)).fullmatch(span)
    if match is not None and not match.group("zone") and match.group("between"):
        return _zone_between(span, match)
    if match is not None and not match.group("zone") and match.group("after"):
        return _zone_before_time(span, match)
    if match is None or not match.group("zone"):
        return span, None
    zone = match.group("zone").strip(" ()").replace("\N{MINUS SIGN}", "-")
    rest = span[: match.start("zone")]
    return rest, zone if _known(_unshifted(zone)[0]) else None


def _known(zone: str) -> bool:
    """Whether ``zone`` has an offset: a generic US zone, a language file's zone word, or an
    abbreviation or numeric offset of dateparser's table."""
    return zone in GENERIC_ZONES or _zone_word(zone) is not None or _table_offset(zone) is not None


# A zone and hours added to it ("МСК+4", "MSK-1"; ``in_text.ZONE_SHIFT``).
_SHIFTED = LazyPattern(r"(?P<zone>.*?\S)\s?(?P<hours>[+-]\d{1,2})")
_MAX_SHIFT = 14  # hours: no zone is further from another


def _unshifted(zone: str) -> tuple[str, timedelta]:
    """``zone`` and no shift when it is known as written ("GMT+3" is dateparser's), else the
    zone before the hours added to it and those hours ("МСК+4": Moscow's time and four hours,
    as Russia's regions write their time)."""
    if _known(zone):
        return zone, timedelta(0)
    shifted = _SHIFTED.fullmatch(zone)
    if shifted is None or abs(int(shifted["hours"])) > _MAX_SHIFT:
        return zone, timedelta(0)
    return shifted["zone"], timedelta(hours=int(shifted["hours"]))


def _zone_between(span: str, match: re.Match[str]) -> tuple[str, str | None]:
    """``split_zone`` of a time written before its day with the zone between them
    ("9:42 a.m. ET March 3, 2025", US pages): the zone is the words between, when they are
    one known zone and nothing else."""
    between = match.group("between").strip(" ,|·•-–—()")
    zone_then = _ZONE_THEN_WORDS.fullmatch(between)
    if zone_then is not None and skipped(WORD_SEPARATORS.sub(" ", zone_then["rest"])):
        between = zone_then["zone"]  # the day's weekday after it ("2:20 p.m. ET, Tue March 5")
    if not between or not _ZONE_ALONE.fullmatch(between):
        return span, None
    if between in GENERIC_ZONES or _zone_word(between) is not None:
        known: str | None = between
    else:
        known = between if _table_offset(between) is not None else None
    if known is None:
        return span, None
    rest = span[: match.start("between")] + " " + span[match.end("between") :]
    return rest, known


# The words before a time after its day, and the time ("北京时间 21:12").
_WORDS_THEN_CLOCK = LazyPattern(r"(?P<words>\D*?)(?P<clock>\d.*)", re.S)


def _zone_before_time(span: str, match: re.Match[str]) -> tuple[str, str | None]:
    """``split_zone`` of a time written after its day with a zone word before it ("2024年3月4日
    北京时间21:12", Beijing time; "한국시간 21:12"): the zone is those words, when they are a
    language file's zone word and nothing else."""
    parts = _WORDS_THEN_CLOCK.fullmatch(match.group("after"))
    if parts is None:
        return span, None
    words = WORD_SEPARATORS.sub(" ", parts["words"]).strip()
    if not words or _zone_word(words) is None:
        return span, None
    return span[: match.start("after")] + " " + parts["clock"], words


@lru_cache(maxsize=1)
def _zone_word_at_end() -> re.Pattern[str]:
    """A language file's zone word closing a text, maybe with a colon after it."""
    from newsextract.labels import zone_words
    from newsextract.regex_words import word_alternation

    words = word_alternation(zone_words()) if zone_words() else "(?!)"
    return re.compile(rf"(?<![^\W\d_])({words})\s*[:：]?\s*$", re.I)


def zone_before(label: str, value: datetime) -> datetime:
    """``value``, a time without an offset, at the offset of the zone word its label closes
    with: the zone written before the day ("北京时间2024年3月4日21:12", Beijing time; "한국시간
    2024.03.04 21:12"), which the day's span leaves out."""
    if value.tzinfo is not None or value.time() == datetime.min.time():
        return value
    found = _zone_word_at_end().search(label[-_ZONE_LABEL_REACH:])
    if found is None:
        return value
    return localise(value, found[1]) or value


_ZONE_LABEL_REACH = 40  # characters: the longest zone word and a colon, and room to spare


# A word closing a line, in capitals as zone abbreviations are written ("14:20 WIB").
_LAST_CAPITALS = LazyPattern(r"(?<![^\W\d_])[^\W\d_a-z]{2,5}\s*$")


def zone_at_end(text: str) -> int | None:
    """Where a time zone closing ``text`` starts, or None: a language file's zone word ("18:40
    МСК", "по Москве") or an abbreviation of dateparser's table written in capitals ("14:20
    WIB"), which a live blog writes after each entry's time. In capitals only: the table's
    names are words of other languages in lower case ("art", "mit", "eat")."""
    found = _zone_word_at_end().search(text[-_ZONE_LABEL_REACH:])
    if found is not None and not found.group().rstrip().endswith((":", "：")):
        return len(text) - len(text[-_ZONE_LABEL_REACH:]) + found.start()
    last = _LAST_CAPITALS.search(text)
    if last is not None and last.group().rstrip() in _abbreviations():
        return last.start()
    return None


@lru_cache(maxsize=1)
def _abbreviations() -> frozenset[str]:
    """The zone abbreviations of dateparser's table, as written there ("MSK", "WIB", "CET")."""
    from dateparser.timezones import timezone_info_list

    names = (str(entry[0]) for info in timezone_info_list for entry in info["timezones"])
    return frozenset(name for name in names if name.isalpha() and name.isupper())


# The words between a time and its day that are a zone alone: an upper-case abbreviation.
_ZONE_ALONE = LazyPattern(r"[A-Z]{2,5}")
# Such a zone followed by other words (filler, a weekday: see ``skipped``).
_ZONE_THEN_WORDS = LazyPattern(r"(?P<zone>[A-Z]{2,5})[\s,|·•\-–—()]+(?P<rest>\S.*)", re.S)


def _zone_word(zone: str) -> str | None:
    """The offset ("+03:00") or tz database zone of a language file's zone word ("мск",
    "بتوقيت مكة"; ``labels.zone_words``), or None."""
    from newsextract.labels import zone_words

    return zone_words().get(" ".join(zone.lower().split()))


@lru_cache(maxsize=256)
def _table_offset(zone: str) -> timedelta | None:
    """The offset of a zone abbreviation or numeric offset in dateparser's table, unless the
    tz database gives the abbreviation several offsets ("IST": India, Israel, Ireland)."""
    if zone in _ambiguous_abbreviations() or zone in COUNTRY_ZONES:
        return None
    from dateparser.timezone_parser import pop_tz_offset_from_string

    rest, found = pop_tz_offset_from_string(f" {zone}")
    if rest.strip() or not isinstance(found, tzinfo):
        return None
    return found.utcoffset(None)


@lru_cache(maxsize=1)
def _ambiguous_abbreviations() -> frozenset[str]:
    """Abbreviations the tz database uses today for more than one UTC offset (CST: Chicago
    and China; IST: India, Israel and Ireland): their offset cannot be read from the name.
    Computed once (about 0.1 s) from the zones installed; none if there are none."""
    offsets: dict[str, set[timedelta | None]] = {}
    for zone in _zones():
        for moment in _SEASONS:
            abbreviation = zone.tzname(moment)
            if abbreviation and abbreviation[0].isalpha():
                offsets.setdefault(abbreviation, set()).add(zone.utcoffset(moment))
    return frozenset(name for name, found in offsets.items() if len(found) > 1)


@lru_cache(maxsize=1)
def offsets_in_use() -> frozenset[timedelta]:
    """The UTC offsets the tz database's zones use today, standard and daylight (+01:00,
    +05:30, -03:30, …); whole hours from -12 to +14 when no tz database is installed."""
    found = {
        offset
        for zone in _zones()
        for moment in _SEASONS
        if (offset := zone.utcoffset(moment)) is not None
    }
    return frozenset(found or (timedelta(hours=h) for h in range(-12, 15)))


@lru_cache(maxsize=1)
def _zones() -> tuple[tzinfo, ...]:
    # zoneinfo on first use: its import reads sysconfig (about 8 M instructions), and a page
    # naming no zone needs none
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

    zones: list[tzinfo] = []
    for name in sorted(available_timezones()):
        try:
            zones.append(ZoneInfo(name))
        except (ZoneInfoNotFoundError, ValueError, OSError):
            continue
    return tuple(zones)


# A winter and a summer day of a recent year: the abbreviations in use, standard and daylight.
_SEASONS = (datetime(2024, 1, 15, 12), datetime(2024, 7, 15, 12))


def localise(value: datetime, zone: str) -> datetime | None:
    """A wall-clock time read in ``zone``, with that zone's offset on that day (naive values
    only; a generic US zone, or a language file's zone word naming a tz database zone,
    follows daylight saving time); hours written after the zone ("МСК+4") are added to it."""
    if value.tzinfo is not None:
        return value
    zone, shift = _unshifted(zone)
    named = GENERIC_ZONES.get(zone) or _zone_word(zone)
    offset: timedelta | None
    if named is not None and named[0] in "+-":
        offset = timedelta(hours=int(named[:3]), minutes=int(named[0] + named[4:6]))
    elif named is not None:
        from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

        try:
            offset = ZoneInfo(named).utcoffset(value)
        except (ZoneInfoNotFoundError, ValueError, OSError):  # no tz database installed
            return value
    else:
        offset = _table_offset(zone)
    if offset is None:
        return value
    try:
        aware = value.replace(tzinfo=timezone(offset + shift))
    except ValueError:  # an offset of a day or more: no real zone
        return value
    return aware if in_bounds(aware) else None
