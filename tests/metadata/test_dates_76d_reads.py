"""The reads wave 76d's blind date probes asked for (``test_blind_date_probes_76d``): a
two-digit year before a time whose parts a dot parts ("5.3.24 klo 14.20", Finnish), a part of
the day written as initials with the last dot left outside the span ("3:20 e.h", Icelandic),
Malay's "jam yang lalu" (hours ago), US and British zone names spelled out ("Eastern Standard
Time"), and the tooltip of a relative time shown beside the headline whatever its class.
Pages invented."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta

import pytest

import newsextract
from newsextract.dates import find_text_dates, parse_text_date
from newsextract.dating.relative import find_relative_stamp

_TEXT = "<p>" + "The town library opens its new reading room on the second floor. " * 5 + "</p>"
_FETCHED = datetime(2024, 3, 14, 13, 0, tzinfo=UTC)


def _page(lang: str, meta: str) -> str:
    return (
        f'<html lang="{lang}"><head><title>Reading room</title></head><body><article>'
        f"<h1>Reading room</h1>{meta}{_TEXT}</article></body></html>"
    )


def test_a_two_digit_year_before_a_dotted_time() -> None:
    found = list(find_text_dates("Julkaistu 5.3.24 klo 14.20 · Päivitetty 6.3.24 klo 8.05"))
    assert [f.span for f in found] == ["5.3.24 klo 14.20", "6.3.24 klo 8.05"]
    assert parse_text_date(found[0].span, "fi") == datetime(2024, 3, 5, 14, 20)


def test_a_dotted_time_is_not_a_longer_number() -> None:
    # "14.20.2021" is no time: the short year stays unread there
    assert not any(f.span.startswith("5.3.24") for f in find_text_dates("5.3.24 14.20.2021"))


def test_a_short_year_with_a_dotted_time_on_a_page() -> None:
    page = _page(
        "fi", '<div class="meta">Julkaistu 5.3.24 klo 14.20 · Päivitetty 6.3.24 klo 8.05</div>'
    )
    article = newsextract.extract(page, url="https://www.lehti.example.fi/uutiset/lukusali")
    assert article.published == datetime(2024, 3, 5, 14, 20)
    assert article.modified == datetime(2024, 3, 6, 8, 5)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("5. mars 2024 kl. 3:20 e.h", datetime(2024, 3, 5, 15, 20)),
        ("5. mars 2024 kl. 9:20 f.h.", datetime(2024, 3, 5, 9, 20)),
    ],
)
def test_icelandic_initials_for_the_half_of_the_day(text: str, want: datetime) -> None:
    assert parse_text_date(text, "is") == want


def test_malay_hours_ago_with_yang() -> None:
    stamp = find_relative_stamp("Diterbitkan 5 jam yang lalu", "ms")
    assert stamp is not None
    assert (stamp.amount, stamp.unit) == (5.0, "hour")
    page = _page("ms", '<div class="date">3 hari yang lalu</div>')
    article = newsextract.extract(page, url="https://www.berita.example.my/a", fetched_at=_FETCHED)
    assert article.published == datetime(2024, 3, 11)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("March 5, 2024 at 2:20 p.m. Eastern Standard Time", timedelta(hours=-5)),
        ("July 5, 2024 at 2:20 p.m. Eastern Time", timedelta(hours=-4)),
        ("January 5, 2024 at 2:20 p.m. Eastern Time", timedelta(hours=-5)),
        ("July 5, 2024, 9:05 a.m. Pacific Daylight Time", timedelta(hours=-7)),
        ("5 July 2024, 09:05 British Summer Time", timedelta(hours=1)),
    ],
)
def test_a_zone_spelled_out(text: str, want: timedelta) -> None:
    value = parse_text_date(text, "en")
    assert value is not None
    assert value.utcoffset() == want


def test_a_relative_time_beside_the_headline_takes_its_tooltip() -> None:
    meta = '<span class="ago" title="05.03.2024 14:20">9 օր առաջ</span>'
    article = newsextract.extract(
        _page("hy", meta), url="https://www.lurer.example.am/news/818", fetched_at=_FETCHED
    )
    assert article.published == datetime(2024, 3, 5, 14, 20)


def test_a_tooltip_beside_the_headline_needs_a_time() -> None:
    # a day alone in the tooltip may be anything's (a standfirst's): the stamp's day stands
    meta = '<span class="ago" title="05.03.2024">9 օր առաջ</span>'
    article = newsextract.extract(
        _page("hy", meta), url="https://www.lurer.example.am/news/819", fetched_at=_FETCHED
    )
    assert article.published == datetime(2024, 3, 5)


def test_a_short_year_before_a_long_run_of_spaces_is_linear() -> None:
    start = time.perf_counter()
    list(find_text_dates("1.1.11" + " " * 100_000 + "14.20"))
    list(find_text_dates("1.1.11 " + " ," * 50_000))
    assert time.perf_counter() - start < 5


def test_initials_after_a_time_on_a_long_run() -> None:
    start = time.perf_counter()
    assert parse_text_date("5.3.2024 3:20 " + "e." * 50_000) is None
    list(find_text_dates("5.3.2024 3:20 " + "e.h" * 30_000))
    assert time.perf_counter() - start < 5


def test_zone_offsets_are_fixed() -> None:
    value = parse_text_date("5 March 2024, 14:20 Greenwich Mean Time", "en")
    assert value == datetime(2024, 3, 5, 14, 20, tzinfo=UTC)
