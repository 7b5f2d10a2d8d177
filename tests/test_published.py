"""How the published date is chosen among sources (``metadata/published.py``), and which
written dates the visible text offers (``visible_dates.text_date``)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from newsextract.metadata.candidate import Candidate
from newsextract.metadata.published import choose_published, needs_written_date
from newsextract.metadata.visible_dates import text_date
from newsextract.origin import Origin
from newsextract.page import ParsedPage

MOSCOW = timezone(timedelta(hours=3))


def cand(value: datetime, origin: Origin, detail: str = "", field: str = "published") -> Candidate:
    return Candidate(field=field, value=value, origin=origin, detail=detail)


URL_DAY = cand(datetime(2021, 3, 5), Origin.URL, "path")
WRITTEN = cand(datetime(2021, 3, 5, 10, 30), Origin.TEXT, "date-text")


def test_a_date_with_a_time_beats_the_same_day_without_one() -> None:
    chosen = choose_published([URL_DAY, WRITTEN])
    assert chosen == (datetime(2021, 3, 5, 10, 30), "text:date-text")


def test_a_time_beats_a_bare_day_even_one_with_an_offset() -> None:
    midnight = cand(datetime(2021, 3, 5, tzinfo=MOSCOW), Origin.JSONLD, "datePublished")
    chosen = choose_published([midnight, WRITTEN])
    assert chosen is not None
    assert chosen[0] == datetime(2021, 3, 5, 10, 30, tzinfo=MOSCOW)  # the page's offset kept


def test_a_utc_value_does_not_lend_its_offset() -> None:
    utc = cand(datetime(2021, 3, 5, tzinfo=UTC), Origin.JSONLD, "datePublished")
    chosen = choose_published([utc, WRITTEN])
    assert chosen is not None and chosen[0].tzinfo is None


def test_a_written_date_with_a_time_beats_another_day_in_the_url() -> None:
    written = cand(datetime(2021, 3, 6, 0, 15), Origin.TEXT, "date-text")
    chosen = choose_published([URL_DAY, written])
    assert chosen is not None and chosen[0] == datetime(2021, 3, 6, 0, 15)


def test_a_url_day_cut_from_the_utc_clock_votes_for_the_local_day() -> None:
    # 23:10 in New York is the 5th in UTC: the path's "/2021/03/05/" is that instant's UTC day.
    west = timezone(timedelta(hours=-5))
    stamp = cand(datetime(2021, 3, 4, 23, 10, tzinfo=west), Origin.HTML, "time")
    chosen = choose_published([stamp, URL_DAY])
    assert chosen == (datetime(2021, 3, 4, 23, 10, tzinfo=west), "html:time")


def test_a_url_day_other_than_the_instants_utc_day_keeps_its_vote() -> None:
    # 10:00 in New York on the 4th is the 4th in UTC too: the URL's 5th is no UTC cut.
    west = timezone(timedelta(hours=-5))
    stamp = cand(datetime(2021, 3, 4, 10, 0, tzinfo=west), Origin.HTML, "time")
    chosen = choose_published([stamp, URL_DAY])
    assert chosen == (datetime(2021, 3, 5), "url:path")


def test_two_agreeing_sources_of_a_bare_day_beat_a_written_time() -> None:
    meta = cand(datetime(2021, 3, 5), Origin.META, "date")
    written = cand(datetime(2021, 3, 6, 0, 15), Origin.TEXT, "date-text")
    chosen = choose_published([URL_DAY, meta, written])
    assert chosen is not None and chosen[0].date() == datetime(2021, 3, 5).date()


def test_a_written_time_alone_keeps_its_usual_weight() -> None:
    """With no machine-readable date, a written date votes as before against the second
    opinion: its time is no evidence that it is the article's (teasers have times too)."""
    chosen = choose_published([WRITTEN], second_opinion=lambda: datetime(2021, 2, 1))
    assert chosen is not None and chosen[0] == datetime(2021, 2, 1)


def test_written_dates_are_read_only_when_no_source_has_a_time() -> None:
    timed = cand(datetime(2021, 3, 5, 9, 0, tzinfo=MOSCOW), Origin.OPENGRAPH, "published_time")
    assert needs_written_date([])
    assert needs_written_date([URL_DAY])
    assert not needs_written_date([URL_DAY, timed])
    assert not needs_written_date([cand(datetime(2021, 3, 5), Origin.RULE)])


def page(meta_html: str) -> ParsedPage:
    return ParsedPage(
        f"<html lang='en'><body><article><h1>Title</h1>{meta_html}<p>Text.</p></article>"
        "</body></html>",
        "https://example.com/news/story",
    )


def test_an_updated_date_is_modified_and_the_search_for_published_goes_on() -> None:
    written = text_date(
        page(
            "<div class='updated'>Last updated: April 2, 2021 8:00 AM</div>"
            "<div class='date'>April 1, 2021</div><div class='date'>April 1, 2021 6:30 PM</div>"
        ),
        "en",
    )
    modified, published = written.first("modified"), written.first("published")
    assert modified is not None and modified.value == datetime(2021, 4, 2, 8, 0)
    # The day alone takes its time from the same day written with one further down.
    assert published is not None and published.value == datetime(2021, 4, 1, 18, 30)


def test_beside_other_sources_only_the_first_written_date_is_taken() -> None:
    """The article's own date comes first; a time further down is a comment's."""
    timed_first = text_date(
        page("<div class='date'>April 1, 2021 6:30 PM</div><div class='date'>April 1, 2021</div>"),
        "en",
    )
    found = timed_first.first("published", timed_only=True)
    assert found is not None and found.value == datetime(2021, 4, 1, 18, 30)
    day_first = text_date(
        page(
            "<p class='date'>9. Dezember 2013</p><p class='comment-date'>9. Dezember 2013 14:57</p>"
        ),
        "de",
    )
    # Only the first date: its day without a time (the vote lets it tell a local midnight
    # only), never the comment's time below it.
    first = day_first.first("published", timed_only=True)
    assert first is not None and first.value == datetime(2013, 12, 9)
    assert day_first.first("published") is not None


def test_a_label_in_an_outer_block_covers_the_date_inside_it() -> None:
    written = text_date(
        page("<div class='meta'>Updated <span class='time'>11/8/2023 10:46 PM</span></div>"),
        "en",
    )
    assert written.first("published") is None
    assert written.first("modified") is not None


def test_a_drupal_submitted_line_gives_the_day_and_time_in_a_page_of_another_language() -> None:
    import newsextract

    # Drupal prints "Submitted by NAME on DATE" in English whatever the page's language.
    html = (
        '<html lang="th"><body><article><h1>สภาอนุมัติงบประมาณประจำปี</h1>'
        '<span class="submitted-by">Submitted on Mon, 2019-01-21 13:49</span>'
        f"<p>{'สภาอนุมัติงบประมาณประจำปีหลังการอภิปรายที่ยาวนานในวันจันทร์ ' * 6}</p>"
        "</article></body></html>"
    )
    article = newsextract.extract(html)
    assert article.published == datetime(2019, 1, 21, 13, 49)
