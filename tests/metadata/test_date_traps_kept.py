"""Date layouts where the day a reader might take is not the publication's (issue 12's
half-A reading of the trafilatura set's misses, 65th wave): each miss there was a truth
convention, not a fault, and these hold the behaviour that the conventions contradict, so that
no one fits it away. An edition's day navigator (previous, current and next issue days) is
site furniture: the story's own stamp dates it. A visible update line, and JSON-LD's
``dateModified`` behind it, fill ``modified``; ``published`` stays the first publication. A
header's "today" in another calendar is the visit's day, not the story's. Every site and text
here is invented."""

from __future__ import annotations

from datetime import date

import newsextract

STORY = (
    "<p>The ferry board met on Friday to set the summer timetable and agreed to add two evening"
    " crossings to the island.</p><p>Residents had asked for later boats for three years, and"
    " the board said the new times would hold until October.</p>"
)

EDITION_NAVIGATOR = (
    "<html lang='fr'><head><title>Les bacs du soir</title>"
    "<meta property='article:published_time' content='2021-03-04T19:00:00+01:00'></head>"
    "<body><section class='masthead'><div class='issue-days'>"
    "<a class='date' data-day='03' href='/?p=1'>03.03.21</a>"
    "<div class='this-issue'><span class='weekday'>vendredi</span>"
    "<a class='date' data-day='05'>05.03.21</a></div>"
    "<a class='date' data-day='06' href='/?p=2'>06.03.21</a></div></section>"
    f"<article><h1>Les bacs du soir</h1>{STORY}</article></body></html>"
)

UPDATE_LINE = (
    "<html lang='de'><head><title>Abendfähren</title>"
    '<script type=\'application/ld+json\'>{"@context": "https://schema.org",'
    ' "@type": "NewsArticle", "headline": "Abendfähren",'
    ' "datePublished": "2020-04-03T10:35:00Z", "dateModified": "2020-04-11T08:27:00Z"}'
    "</script></head><body><article><h1>Abendfähren</h1>"
    "<time datetime='2020-04-11T08:27:00Z' class='last-updated'>Aktualisiert: 11.04.2020,"
    f" 10:27</time>{STORY}"
    "<time datetime='2020-04-03T10:35:00Z' class='stamp'>Publiziert: 03.04.2020, 12:35"
    "</time></article></body></html>"
)

HEADER_TODAY = (
    "<html lang='fa' dir='rtl'><head><title>قایق‌های شبانه</title></head><body><header>"
    "<div class='today'> پنجشنبه ۱۲ تير ۱۳۹۹ </div></header><article>"
    "<h1>قایق‌های شبانه</h1><div class='story-meta'><span class='posted-on'>"
    " 2 تير 1399 - 12:09:08 ب.ظ</span></div>"
    "<p>هیئت مدیره قایق‌ها روز جمعه جدول تابستانی را تصویب کرد و دو سفر شبانه به جزیره"
    " افزود.</p><p>ساکنان سه سال بود که قایق‌های دیرتر می‌خواستند.</p></article></body></html>"
)


def test_an_edition_navigator_does_not_date_the_story() -> None:
    article = newsextract.extract(EDITION_NAVIGATOR, url="https://example.fr/2021/03/04/bacs/")
    assert article.published is not None
    assert article.published.date() == date(2021, 3, 4)


def test_an_update_line_fills_modified_not_published() -> None:
    article = newsextract.extract(UPDATE_LINE, url="https://example.ch/abendfaehren-1234")
    assert article.published is not None and article.modified is not None
    assert article.published.date() == date(2020, 4, 3)
    assert article.modified.date() == date(2020, 4, 11)


def test_a_header_today_in_solar_hijri_is_not_the_story_day() -> None:
    article = newsextract.extract(HEADER_TODAY, url="https://example.ir/News/12345/boats")
    assert article.published is not None
    assert article.published.date() == date(2020, 6, 22)
