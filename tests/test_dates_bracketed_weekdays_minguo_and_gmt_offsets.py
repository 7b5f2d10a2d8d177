"""Dates found by probe pages of our own (issue 12): a weekday in brackets between a day and
its time, a label between two dates on a line that writes its labels before them, the
Republic of China's years, and a zone written as an offset from GMT in the page search."""

from __future__ import annotations

from datetime import datetime

import pytest

from newsextract.dates import find_text_date, parse_text_date
from newsextract.metadata.short_text_days import short_text_day
from newsextract.metadata.written_date_labels import labelled_after


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("2024年11月12日(火) 18:05", "ja", datetime(2024, 11, 12, 18, 5)),
        ("2024/11/12(火) 18:05配信", "ja", datetime(2024, 11, 12, 18, 5)),
        ("2024年11月12日（火）18:05", "ja", datetime(2024, 11, 12, 18, 5)),
    ],
)
def test_a_weekday_in_brackets_keeps_the_time(
    text: str, language: str | None, expected: datetime
) -> None:
    span = find_text_date(text)
    assert span is not None
    assert parse_text_date(span, language) == expected


def test_a_label_between_two_dates_opens_the_second_when_the_line_ends_unlabelled() -> None:
    from newsextract.dates import find_text_dates

    text = "2024年11月12日(火) 18:05 最終更新 2024年11月13日(水) 8:40"
    found = labelled_after(list(find_text_dates(text)), text)
    assert found[0].label.strip() == ""
    assert "最終更新" in found[1].label


@pytest.mark.parametrize(
    "text",
    [
        # the line's last date has its label after it: every label is its date's
        "2024年3月5日 10時30分 公開 2024年3月7日 9時00分 更新",
        # a label written on its date is that date's, whatever the line
        "2024年3月5日 10:30配信 2024年3月7日 9:00",
    ],
)
def test_a_label_after_its_date_stays_that_dates(text: str) -> None:
    from newsextract.dates import find_text_dates

    found = labelled_after(list(find_text_dates(text)), text)
    assert found[0].label.strip() in ("公開", "配信")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("中華民國113年10月8日 16:30", datetime(2024, 10, 8, 16, 30)),
        ("民國114年3月5日", datetime(2025, 3, 5)),
        ("民国114年3月5日", datetime(2025, 3, 5)),
        ("令和6年11月12日", datetime(2024, 11, 12)),  # as before
    ],
)
def test_republic_of_china_years(text: str, expected: datetime) -> None:
    span = find_text_date(text)
    assert span is not None
    assert parse_text_date(span, "zh") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12/11/2024 07:45 GMT+7", datetime(2024, 11, 12)),
        ("Thứ ba, 12/11/2024, 07:45 (GMT+7)", datetime(2024, 11, 12)),
        ("2024-11-12 07:45 (UTC+08:00)", datetime(2024, 11, 12)),
    ],
)
def test_the_page_search_reads_a_day_with_a_gmt_offset(text: str, expected: datetime) -> None:
    assert short_text_day(text) == expected


def test_other_codes_still_keep_a_text_from_being_a_date() -> None:
    assert short_text_day("ABC 12/11/2024") is None


def _page_day(items: str) -> tuple[datetime, str] | None:
    from newsextract.metadata.page_dates import find_page_day
    from newsextract.page import ParsedPage

    html = (
        "<html><body><article><h1>Ferry adds a late sailing</h1>"
        f"{items}<p class='date'>October 21, 2024</p><p>The ferry runs later.</p>"
        "</article></body></html>"
    )
    return find_page_day(ParsedPage(html), html)


def test_the_page_search_passes_over_a_related_list() -> None:
    related = (
        "<ul class='related-posts'><li><a href='/a'>Fares rise</a>"
        " <span class='date'>Sep 30, 2024</span></li></ul>"
    )
    assert _page_day(related) == (datetime(2024, 10, 21), "date-element")


def test_the_page_search_still_reads_a_post_in_a_thread() -> None:
    post = "<div class='comment'><span class='date'>Sep 30, 2024</span></div>"
    assert _page_day(post) == (datetime(2024, 9, 30), "date-element")


def test_hatom_stamps_in_an_abbr_title() -> None:
    import newsextract

    html = (
        "<html><body><div class='hentry'><h1>Dinghy, part 3</h1>"
        "<abbr class='published' title='2011-06-18T21:40:00+01:00'>June 18th</abbr>"
        "<p>The centreboard case came out at last, and it was worse than feared.</p>"
        "<abbr class='updated' title='2011-06-20T08:05:00+01:00'>Monday</abbr>"
        "<ol class='commentlist'><li><abbr class='published' title='2011-06-19T10:00:00+01:00'>"
        "June 19th</abbr></li></ol></div></body></html>"
    )
    article = newsextract.extract(html)
    assert article.published is not None and article.modified is not None
    assert article.published.isoformat() == "2011-06-18T21:40:00+01:00"
    assert article.modified.isoformat() == "2011-06-20T08:05:00+01:00"
    assert article.provenance["published"] == "html:abbr[title]"


def test_a_comments_hatom_stamp_is_not_the_articles() -> None:
    import newsextract

    html = (
        "<html><body><h1>Dinghy, part 3</h1><p>The centreboard case came out at last.</p>"
        "<ol class='commentlist'><li><abbr class='published' title='2011-06-19T10:00:00+01:00'>"
        "June 19th</abbr></li></ol></body></html>"
    )
    assert newsextract.extract(html).provenance.get("published") != "html:abbr[title]"


@pytest.mark.parametrize(
    "label",
    ["Joined:", "Join Date:", "Registriert:", "Inscrit le", "Rejestracja:", "Регистрация:"],
)
def test_a_members_join_label_dates_no_page(label: str) -> None:
    from newsextract.labels import access_label

    assert access_label().search(f"NAME {label} ") is not None


@pytest.mark.parametrize("text", ["Posted on", "Registered charity", "Veröffentlicht am"])
def test_other_labels_are_no_members(text: str) -> None:
    from newsextract.labels import access_label

    assert access_label().search(text) is None


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("05 Mart 2025 Çarşamba, Saat: 14:20", "tr", datetime(2025, 3, 5, 14, 20)),
        ("5 Maret 2025, Pukul: 14.20", "id", datetime(2025, 3, 5, 14, 20)),
    ],
)
def test_a_connector_labelling_the_time_with_a_colon(
    text: str, language: str, expected: datetime
) -> None:
    span = find_text_date(text)
    assert span is not None
    assert parse_text_date(span, language) == expected


def test_another_label_with_a_colon_keeps_its_time() -> None:
    from newsextract.dates import find_text_dates

    found = list(find_text_dates("5 March 2025, Updated: 14:20", same_day_times=True))
    assert [f.span for f in found] == ["5 March 2025", "5 March 2025 14:20"]
    assert "Updated" in found[1].label


@pytest.mark.parametrize("text", ["5.3. 14:20 | Päivitetty 6.3. 9:15", "Klo 5.3. 14:20"])
def test_an_hour_after_a_day_and_month_is_no_two_digit_year(text: str) -> None:
    assert short_text_day(text) is None


def test_a_two_digit_year_still_reads() -> None:
    assert short_text_day("05.03.25 14:20") == datetime(2025, 3, 5)
