"""The published date's failure classes found on half A of the evaluation sets, one small
case of each written here (no evaluation page is copied): how the date is written, which
source it comes from and how the vote weighs it."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

import newsextract
from newsextract.dates import find_text_dates, parse_machine_date, read_written_date
from newsextract.metadata import html as html_source
from newsextract.metadata import url as url_source
from newsextract.metadata.candidate import Candidate
from newsextract.metadata.page_dates import find_page_day
from newsextract.metadata.published import needs_written_date, vote
from newsextract.metadata.short_text_days import read_day
from newsextract.metadata.visible_dates import text_date
from newsextract.origin import Origin
from newsextract.page import ParsedPage


@pytest.mark.parametrize(
    "text",
    ["Von Redaktion 4. 2. 2022.", "Von Redaktion 4.\u20092.\u20092022.", "am 04. 02. 2022"],
)
def test_a_day_in_numbers_with_spaces_after_the_dots(text: str) -> None:
    """German typography sets a (thin) space after each dot of a numeric date."""
    (found,) = find_text_dates(text)
    assert read_written_date(found.span, "de") == datetime(2022, 2, 4)
    assert read_day(text) == datetime(2022, 2, 4)


def test_a_date_line_with_two_timestamps_is_read_by_its_first() -> None:
    """ "Written: … / Updated: …" has more figures than one date may; a teaser's day further
    down must not answer instead. The day comes with the first's time, written with it."""
    html = (
        "<html><body><h1>Cold wave ahead</h1>"
        "<p class='date'>Written: 2023-11-07 15:03:30 / Updated: 2023-11-07 15:30:46</p>"
        "<p>" + "The forecast says the cold will last. " * 8 + "</p>"
        "<ul><li><span class='date'>2023-11-03</span> Earlier story</li></ul></body></html>"
    )
    assert find_page_day(ParsedPage(html, "https://example.org/news_view?id=5"), html) == (
        datetime(2023, 11, 7, 15, 3, 30),
        "date-element",
    )


def cand(value: datetime, origin: Origin, detail: str = "") -> Candidate:
    return Candidate(field="published", value=value, origin=origin, detail=detail)


BUENOS_AIRES = timezone(timedelta(hours=-3))
ZURICH_SUMMER = timezone(timedelta(hours=2))


def test_sources_in_utc_leave_the_local_day_to_the_written_time() -> None:
    """00:25 UTC is the evening before where the page is read; the written "21:25" is that
    instant at -03:00, and its offset makes the day."""
    sources = [
        cand(datetime(2022, 5, 4, 0, 53, 29, tzinfo=UTC), Origin.OPENGRAPH, "published_time"),
        cand(datetime(2022, 5, 4, 0, 25, 56, tzinfo=UTC), Origin.JSONLD, "datePublished"),
    ]
    assert needs_written_date(sources)
    written = cand(datetime(2022, 5, 3, 21, 25), Origin.TEXT, "date-text")
    outcome = vote([*sources, written])
    assert outcome.value == datetime(2022, 5, 3, 21, 25, 56, tzinfo=BUENOS_AIRES)


def test_a_written_time_that_is_a_source_instant_outweighs_bare_days() -> None:
    """Two bare days of the day before (a print date) against the instant the page shows."""
    bare = [
        cand(datetime(2019, 10, 18), Origin.MICRODATA, "datePublished"),
        cand(datetime(2019, 10, 18), Origin.META, "datepublished"),
    ]
    instants = [
        cand(datetime(2019, 10, 19, 3, 0, tzinfo=UTC), Origin.JSONLD, "datePublished"),
        cand(datetime(2019, 10, 19, 3, 0, tzinfo=UTC), Origin.HTML, "time[datetime]"),
    ]
    written = cand(datetime(2019, 10, 19, 5, 0), Origin.TEXT, "date-text")
    search = lambda: datetime(2019, 10, 18)  # noqa: E731  (the page search's day)
    assert vote([*bare, *instants], search).value == datetime(2019, 10, 18)
    outcome = vote([*bare, *instants, written], search)
    assert outcome.value == datetime(2019, 10, 19, 5, 0, tzinfo=ZURICH_SUMMER)


def test_a_written_time_equal_to_a_source_without_offset_confirms_it() -> None:
    """The same wall clock as a <time> without offset: the day the page shows, above a day
    the page search guessed from a listing."""
    time_element = cand(datetime(2022, 12, 12, 12, 22), Origin.HTML, "time[datetime]")
    written = cand(datetime(2022, 12, 12, 12, 22), Origin.TEXT, "date-text")
    assert needs_written_date([time_element])
    search = lambda: datetime(2022, 6, 28)  # noqa: E731  (the oldest <time> of a listing)
    assert vote([time_element], search).value == datetime(2022, 6, 28)
    assert vote([time_element, written], search).value == datetime(2022, 12, 12, 12, 22)


def test_a_written_time_that_is_no_source_instant_does_not_vote() -> None:
    """A teaser's or a comment's time beside the sources' instants."""
    source = cand(datetime(2022, 5, 4, 10, 0, tzinfo=UTC), Origin.JSONLD, "datePublished")
    comment = cand(datetime(2022, 5, 6, 18, 47), Origin.TEXT, "date-text")
    outcome = vote([source, comment])
    assert outcome.value == datetime(2022, 5, 4, 10, 0, tzinfo=UTC)
    assert [reason for _, reason in outcome.rejected] == [
        "its time of day is no source's instant at any offset"
    ]


def test_written_dates_are_not_read_when_a_source_gives_the_local_offset() -> None:
    local = cand(datetime(2022, 5, 3, 21, 25, tzinfo=BUENOS_AIRES), Origin.JSONLD)
    utc = cand(datetime(2022, 5, 4, 0, 25, tzinfo=UTC), Origin.OPENGRAPH)
    assert not needs_written_date([local, utc])


@pytest.mark.parametrize(
    ("span", "expected"),
    [
        ("19.10.2019 12.09", datetime(2019, 10, 19, 12, 9)),
        ("June 30, 2026 - 4.34pm", datetime(2026, 6, 30, 16, 34)),
    ],
)
def test_a_time_with_a_dot_is_read_without_dateparser(span: str, expected: datetime) -> None:
    """The written date is now read beside UTC sources too: its plain forms must stay cheap."""
    assert read_written_date(span, "de" if span[0] == "1" else "en") == expected


def test_a_utc_instant_at_a_local_midnight_takes_the_written_day() -> None:
    """A CMS that stores a bare day as local midnight writes 23:00 UTC of the day before
    (Berlin, winter); the page shows the 5th."""
    html = (
        "<html lang='de'><body><article><h1>Kommunalwahlen</h1>"
        "<span class='o-metadata__date'>5. November 2021</span>"
        "<p>" + "Die Wahlen verliefen ruhig. " * 10 + "</p></article></body></html>"
    )
    written = text_date(ParsedPage(html, "https://example.org/laenderbericht"), "de")
    day = written.first("published", timed_only=True)
    assert day is not None and day.value == datetime(2021, 11, 5)
    stamp = cand(datetime(2021, 11, 4, 23, 0, tzinfo=UTC), Origin.OPENGRAPH, "published_time")
    outcome = vote([stamp, day])
    assert outcome.value == datetime(2021, 11, 5, tzinfo=timezone(timedelta(hours=1)))


def test_a_bare_written_day_beside_other_days_or_times_does_not_vote() -> None:
    url_day = cand(datetime(2021, 11, 4), Origin.URL, "path")
    stamp = cand(datetime(2021, 11, 4, 17, 32, 5, tzinfo=UTC), Origin.JSONLD, "datePublished")
    written = cand(datetime(2021, 11, 5), Origin.TEXT, "date-text")
    for sources in ([url_day], [stamp]):
        outcome = vote([*sources, written])
        assert outcome.value is not None and outcome.value.day == 4
        assert next(reason for _, reason in outcome.rejected).startswith("a bare written day")


TOP_BAR = (
    "<header class='site'><h1 class='logo'><a href='/'><img alt='Daily'></a></h1>"
    "<ul class='topbar-info'><li class='date'>Tuesday, (08 Dec 2020)</li></ul></header>"
)
ARTICLE_TEXT = "<p>" + "The envoy spoke to reporters after the meeting. " * 8 + "</p>"


@pytest.mark.parametrize(
    "top_bar",
    [
        TOP_BAR,
        "<header><span class='date'>Tuesday, (08 Dec 2020)</span><nav>Home</nav></header>",
        # A page from before <header>: its id names it, or its landmark role does.
        "<div id='header-cont'><div id='date-box'>Tue, 08 Dec 2020</div></div>",
        "<div role='banner'><span class='date'>Tuesday, (08 Dec 2020)</span></div>",
    ],
    ids=["logo-h1", "no-h1", "header-id", "banner-role"],
)
def test_the_day_of_the_visit_in_the_site_header_is_no_date_of_the_article(top_bar: str) -> None:
    html = (
        f"<html><body>{top_bar}<main><h1>Envoy says talks resume</h1>"
        "<ul class='meta'><li><span class='date'>13 Oct 2020 18:29</span></li></ul>"
        f"{ARTICLE_TEXT}</main></body></html>"
    )
    page = ParsedPage(html, "https://example.org/news/envoy-says")
    assert find_page_day(page, html) == (datetime(2020, 10, 13, 18, 29), "date-element")
    written = text_date(page, "en").first("published")
    assert written is not None and written.value == datetime(2020, 10, 13, 18, 29)


@pytest.mark.parametrize(
    "markup",
    [
        "<header><h1>Envoy says talks resume</h1><span class='date'>13 Oct 2020</span></header>",
        "<article><header><span class='date'>13 Oct 2020</span></header><h1>Envoy</h1></article>",
    ],
    ids=["headline-header", "article-header"],
)
def test_an_article_header_keeps_its_date(markup: str) -> None:
    html = f"<html><body>{markup}{ARTICLE_TEXT}</body></html>"
    page = ParsedPage(html, "https://example.org/news/envoy-says")
    assert find_page_day(page, html) == (datetime(2020, 10, 13), "date-element")
    written = text_date(page, "en").first("published")
    assert written is not None and written.value == datetime(2020, 10, 13)


EDT = timezone(timedelta(hours=-4))


@pytest.mark.parametrize(
    ("field", "expected"),
    [
        ("Wed, Jun 16 2021 08:14:22 EDT", datetime(2021, 6, 16, 8, 14, 22, tzinfo=EDT)),
        ("March 5, 2021", datetime(2021, 3, 5)),
        ("5. März 2021, 10:30 Uhr", datetime(2021, 3, 5, 10, 30)),
        ("Posted on March 5, 2021 by Jim, 12 comments", None),  # prose, not a date field
        ("12/03/2021", None),  # which order: unknown without the language
    ],
)
def test_a_date_written_for_people_in_a_machine_field(
    field: str, expected: datetime | None
) -> None:
    assert parse_machine_date(field) == expected


def test_json_ld_with_a_date_written_for_people() -> None:
    html = (
        "<html><head><script type='application/ld+json'>"
        '{"@type": "NewsArticle", "headline": "A luxury shop opens",'
        ' "datePublished": "Wed, Jun 16 2021 08:14:22 EDT"}</script></head>'
        f"<body><h1>A luxury shop opens</h1>{ARTICLE_TEXT}</body></html>"
    )
    article = newsextract.extract(html, url="https://example.org/luxury-shop-140141502.html")
    assert article.published == datetime(2021, 6, 16, 8, 14, 22, tzinfo=EDT)
    assert article.provenance["published"] == "jsonld:datePublished"


def _html_published(html: str) -> list[object]:
    page = ParsedPage(html, "https://example.org/news/envoy-says")
    return [c.value for c in html_source.candidates(page) if c.field == "published"]


COMMENTS = (
    "<section id='comments'><ol class='comment-list'><li class='comment'>"
    "<article class='comment-body'><footer class='comment-meta'><div class='comment-metadata'>"
    "<a href='#c1'><time datetime='2020-10-21T03:36:11+02:00'>21 Oct 2020 at 3:36</time></a>"
    "</div></footer><p>Great read, thanks.</p></article></li></ol></section>"
)


def test_a_comment_time_is_no_published_candidate() -> None:
    html = (
        f"<html><body><article><h1>Envoy says talks resume</h1>{ARTICLE_TEXT}</article>"
        f"{COMMENTS}</body></html>"
    )
    assert _html_published(html) == []


def test_the_top_bar_time_is_no_published_candidate() -> None:
    html = (
        "<html><body><header><div class='navtop'><span><time datetime='2020-12-08T13:56:20+01:00'>"
        "8 Dec 2020</time></span></div><nav>Home</nav></header>"
        "<article><h1>Envoy says talks resume</h1>"
        f"<time datetime='2020-10-13T18:29:00+02:00'>13 Oct</time>{ARTICLE_TEXT}</article>"
        "</body></html>"
    )
    assert _html_published(html) == [datetime(2020, 10, 13, 18, 29, tzinfo=ZURICH_SUMMER)]


def test_a_day_in_the_url_without_zeros() -> None:
    """Squarespace writes /2017/7/12/slug: the path's day, without the month's zero."""
    page = ParsedPage("<html><body></body></html>", "https://example.org/home/2017/7/12/a-trip")
    (found,) = url_source.candidates(page)
    assert found.value == datetime(2017, 7, 12)


def test_sources_long_after_the_url_day_carry_a_later_stamp() -> None:
    """A site that re-dated its pages (a move, an update) writes the new stamp everywhere but
    in the URL, fixed at publication."""
    restamped = datetime(2019, 6, 17, 18, 28, tzinfo=ZURICH_SUMMER)
    sources = [
        cand(restamped, Origin.JSONLD, "datePublished"),
        cand(restamped, Origin.MICRODATA, "datePublished"),
        cand(restamped, Origin.META, "datepublished"),
        cand(datetime(2017, 7, 12), Origin.URL, "path"),
    ]
    outcome = vote(sources)
    assert outcome.value == datetime(2017, 7, 12)
    assert "later stamp" in {c.provenance: r for c, r in outcome.rejected}["jsonld:datePublished"]


def test_a_url_day_a_few_days_before_the_sources_is_a_draft_day() -> None:
    published = datetime(2019, 6, 17, 18, 28, tzinfo=ZURICH_SUMMER)
    sources = [
        cand(published, Origin.JSONLD, "datePublished"),
        cand(published, Origin.OPENGRAPH, "published_time"),
        cand(datetime(2019, 6, 10), Origin.URL, "path"),
    ]
    assert vote(sources).value == published


def test_a_comment_date_is_no_written_date_of_the_article() -> None:
    comment = COMMENTS.replace("<time datetime='2020-10-21T03:36:11+02:00'>", "<time>")
    html = (
        f"<html><body><article><h1>Envoy says talks resume</h1>{ARTICLE_TEXT}</article>"
        f"{comment}</body></html>"
    )
    page = ParsedPage(html, "https://example.org/news/envoy-says")
    assert text_date(page, "en").first("published") is None


CET = timezone(timedelta(hours=1))


def test_a_late_evening_without_offset_beside_the_next_day_is_that_day_east_of_utc() -> None:
    """23:15 without an offset is UTC; the page's own bare day (microdata, the next day) is
    the day readers in Rome saw: 00:15 at +01:00."""
    evening = datetime(2020, 12, 5, 23, 15)
    sources = [
        cand(evening, Origin.JSONLD, "datePublished"),
        cand(evening, Origin.META, "datepublished"),
        cand(datetime(2020, 12, 6), Origin.MICRODATA, "datePublished"),
    ]
    assert vote(sources).value == datetime(2020, 12, 6, 0, 15, tzinfo=CET)


def test_an_afternoon_beside_the_next_day_keeps_its_day() -> None:
    """15:00 UTC is the next day only far east (+09:00 and more): the next day's bare date
    is a print edition's."""
    afternoon = datetime(2020, 12, 5, 15, 0, tzinfo=UTC)
    sources = [
        cand(afternoon, Origin.JSONLD, "datePublished"),
        cand(afternoon, Origin.OPENGRAPH, "published_time"),
        cand(datetime(2020, 12, 6), Origin.MICRODATA, "datePublished"),
    ]
    assert vote(sources).value == afternoon


RELATED = (
    "<ul class='related-posts'><li class='related post-hover'><article class='post'>"
    "<h3>An older story</h3><div class='post-meta'><p class='post-date'>"
    "<time class='published updated' datetime='2020-12-03 07:32:49'>3 Dec 2020</time>"
    "</p></div></article></li></ul>"
)


def test_a_related_post_time_is_no_published_candidate() -> None:
    html = (
        f"<html><body><div id='content'><h1>Envoy says talks resume</h1>{ARTICLE_TEXT}"
        f"{RELATED}</div></body></html>"
    )
    assert _html_published(html) == []
    assert text_date(ParsedPage(html, "https://example.org/x"), "en").first("published") is None


PODCAST = (
    "<html lang='de'><body><h1>Folge 12: Sterne im Labor</h1>"
    "<p>Veröffentlicht am 14.08.2019<br>Dauer: 1 Stunde 4 Minuten</p>"
    f"{ARTICLE_TEXT}"
    "<div class='comments'><div class='comment-meta'>Peter sagt: 24. August 2019 um 03:36 Uhr"
    "</div><p>Danke!</p></div></body></html>"
)


def test_a_date_after_a_publication_label_in_any_block_is_read() -> None:
    """A podcast's "Veröffentlicht am …" in a plain <p>: no date-classed element holds it."""
    page = ParsedPage(PODCAST, "https://example.org/2019/folge-12/")
    written = text_date(page, "de").first("published")
    assert written is not None and written.value == datetime(2019, 8, 14)
    assert written.provenance == "text:date-label"


def test_a_labelled_written_date_outweighs_the_page_search() -> None:
    """The page search reads comment dates too (forum threads need them); the page's own
    "published" label is stronger evidence than its guess."""
    labelled = cand(datetime(2019, 8, 14), Origin.TEXT, "date-label")
    search = lambda: datetime(2019, 8, 24)  # noqa: E731  (a comment's day)
    assert vote([labelled], search).value == datetime(2019, 8, 14)
    unlabelled = cand(datetime(2019, 8, 14), Origin.TEXT, "date-text")
    assert vote([unlabelled], search).value == datetime(2019, 8, 24)


def test_a_labelled_date_in_a_comment_is_not_read() -> None:
    comment = (
        "<html><body><h1>Folge 12</h1>"
        f"{ARTICLE_TEXT}<ol class='comment-list'><li><p>Veröffentlicht am 24.08.2019</p></li>"
        "</ol></body></html>"
    )
    page = ParsedPage(comment, "https://example.org/folge-12/")
    assert text_date(page, "de").first("published") is None


BERLIN_SUMMER = timezone(timedelta(hours=2))


def test_the_day_the_page_shows_settles_sources_that_disagree() -> None:
    """A press release's hidden microdata says the evening before; its <meta name=date> and
    the dateline the reader sees say the day it went out."""
    evening = cand(datetime(2021, 10, 27, 20, 35, tzinfo=CET), Origin.MICRODATA, "datePublished")
    hidden = cand(datetime(2021, 10, 27, 20, 35, tzinfo=CET), Origin.HTML, "time[datetime]")
    meta = cand(datetime(2021, 10, 28, 13, 21, tzinfo=CET), Origin.META, "date")
    assert needs_written_date([evening, hidden, meta])
    assert not needs_written_date([evening, hidden])
    shown = cand(datetime(2021, 10, 28), Origin.TEXT, "date-text")
    search = lambda: datetime(2021, 10, 28)  # noqa: E731  (the page search reads the <meta>)
    assert vote([evening, hidden, meta], search).value == evening.value
    assert vote([evening, hidden, meta, shown], search).value == meta.value


def test_a_shown_day_no_source_gives_still_adds_nothing() -> None:
    evening = cand(datetime(2021, 10, 27, 20, 35, tzinfo=CET), Origin.MICRODATA, "datePublished")
    meta = cand(datetime(2021, 10, 28, 13, 21, tzinfo=CET), Origin.META, "date")
    teaser = cand(datetime(2021, 10, 29), Origin.TEXT, "date-text")
    outcome = vote([evening, meta, teaser])
    assert outcome.value == evening.value
    assert ("text:date-text", "a bare written day adds nothing to the sources") in {
        (c.provenance, reason) for c, reason in outcome.rejected
    }


def test_beside_a_local_offset_a_written_time_only_confirms_its_day() -> None:
    """A live ticker: JSON-LD gives the day it opened, a <time> the last entry's instant,
    which the page also writes; the written time must not outvote the ticker's start."""
    start = datetime(2023, 10, 7, 9, 53, tzinfo=BERLIN_SUMMER)
    sources = [
        cand(start, Origin.JSONLD, "datePublished"),
        cand(start, Origin.META, "date"),
        cand(datetime(2024, 7, 18, 11, 8, 27, tzinfo=BERLIN_SUMMER), Origin.HTML, "time[datetime]"),
    ]
    written = cand(datetime(2024, 7, 18, 11, 8), Origin.TEXT, "date-text")
    assert vote([*sources, written]).value == start


def test_an_iso_stamp_in_the_text_is_no_written_date() -> None:
    """The text of a hidden <time> is the machine's stamp, read by the sources already."""
    html = (
        "<html><body><h1>Glasgow</h1><div class='meta'><time>2020-11-18T19:24:51+01:00</time>"
        "</div><p class='article-meta'>Berlin, 28.10.2021, 058/21</p>"
        f"{ARTICLE_TEXT}</body></html>"
    )
    page = ParsedPage(html, "https://example.org/presse/glasgow")
    written = text_date(page, "de").first("published", timed_only=True)
    assert written is not None and written.value == datetime(2021, 10, 28)


def _modified(value: datetime, origin: Origin = Origin.JSONLD) -> Candidate:
    return Candidate(field="modified", value=value, origin=origin, detail="dateModified")


FIRST_RUN = datetime(2021, 11, 22, 18, 42, tzinfo=CET)
RERUN = datetime(2023, 1, 1, 10, 0, tzinfo=CET)


def test_a_byline_showing_the_modified_day_is_a_republication() -> None:
    """A magazine's list republished on New Year's Day: JSON-LD and OpenGraph keep the first
    publication, dateModified and the byline's "1. Januar 2023" the day it came out again."""
    sources = [
        cand(FIRST_RUN, Origin.OPENGRAPH, "published_time"),
        cand(FIRST_RUN, Origin.JSONLD, "datePublished"),
    ]
    modified = [_modified(RERUN)]
    assert not needs_written_date(sources)
    assert needs_written_date(sources, modified)
    shown = cand(datetime(2023, 1, 1), Origin.TEXT, "date-text")
    outcome = vote([*sources, shown], modified=modified)
    assert outcome.value == datetime(2023, 1, 1)
    assert outcome.chosen is not None and outcome.chosen.provenance == "text:date-text"
    assert vote([*sources, shown]).value == FIRST_RUN  # without the modified stamp


def test_a_byline_showing_the_first_publication_keeps_it() -> None:
    sources = [cand(FIRST_RUN, Origin.JSONLD, "datePublished")]
    shown = cand(datetime(2021, 11, 22), Origin.TEXT, "date-text")
    assert vote([*sources, shown], modified=[_modified(RERUN)]).value == FIRST_RUN


def test_a_modified_day_shown_only_by_an_update_label_is_no_republication() -> None:
    """ "Aktualisiert: 1. Januar 2023" is a ``modified`` written date, never a published one."""
    html = (
        "<html lang='de'><body><h1>Wellness</h1><div class='meta'>Von Ina Kern, 22. November"
        " 2021 <span class='stand'>Aktualisiert am 1. Januar 2023</span></div>"
        f"{ARTICLE_TEXT}</body></html>"
    )
    written = text_date(ParsedPage(html, "https://example.org/wellness"), "de")
    first = written.first("published", timed_only=True)
    assert first is not None and first.value == datetime(2021, 11, 22)
    sources = [cand(FIRST_RUN, Origin.JSONLD, "datePublished")]
    assert vote([*sources, first], modified=[_modified(RERUN)]).value == FIRST_RUN


REPUBLISHED_PAGE = (
    "<html lang='de'><head><meta property='article:published_time'"
    " content='2021-11-22T17:42:22.455Z'><script type='application/ld+json'>"
    '{"@type": "Article", "headline": "Zehn Hotels für kurze Ferien",'
    ' "datePublished": "2021-11-22T18:42:22.455+01:00",'
    ' "dateModified": "2023-01-01T10:00:00.000+01:00"}</script></head><body>'
    "<article><header><h1>Zehn Hotels für kurze Ferien</h1><div class='byline'>Von Ina Kern"
    "</div><time class='ContentHeaderPublishDate'>1. Januar 2023</time></header>"
    f"{ARTICLE_TEXT}</article></body></html>"
)


def test_a_republished_page_is_dated_the_day_it_shows() -> None:
    article = newsextract.extract(REPUBLISHED_PAGE, url="https://example.org/artikel/hotels")
    assert article.published is not None and article.published.date() == datetime(2023, 1, 1).date()


OVERWRITTEN = datetime(2020, 1, 20, 9, 49, 32, tzinfo=UTC)


def test_a_stamp_overwritten_by_the_update_gives_way_to_the_written_time() -> None:
    """A wire story: published_time = modified_time = the morning after; the header writes
    "January 19, 2020 / 12:25 PM / Updated 8 hours ago"."""
    sources = [
        cand(OVERWRITTEN, Origin.OPENGRAPH, "published_time"),
        cand(OVERWRITTEN, Origin.META, "sailthru.date"),
    ]
    written = cand(datetime(2020, 1, 19, 12, 25), Origin.TEXT, "date-text")
    update = [_modified(OVERWRITTEN, Origin.OPENGRAPH)]
    assert vote([*sources, written], modified=update).value == datetime(2020, 1, 19, 12, 25)
    assert vote([*sources, written]).value == OVERWRITTEN


@pytest.mark.parametrize(
    "written",
    [
        datetime(2020, 1, 20, 10, 49, 32),  # the same instant at +01:00
        datetime(2020, 1, 21, 8, 0),  # later: a comment's
        datetime(2019, 11, 2, 8, 0),  # over a month before: a teaser's
    ],
)
def test_an_overwritten_stamp_keeps_its_day_against_other_written_times(
    written: datetime,
) -> None:
    sources = [cand(OVERWRITTEN, Origin.OPENGRAPH, "published_time")]
    update = [_modified(OVERWRITTEN, Origin.OPENGRAPH)]
    shown = cand(written, Origin.TEXT, "date-text")
    outcome = vote([*sources, shown], modified=update)
    assert outcome.value is not None and outcome.value.date() == OVERWRITTEN.date()


def test_a_stamp_later_than_the_update_is_not_overwritten() -> None:
    sources = [cand(OVERWRITTEN, Origin.OPENGRAPH, "published_time")]
    update = [_modified(datetime(2020, 1, 21, 8, 0, tzinfo=UTC), Origin.OPENGRAPH)]
    shown = cand(datetime(2020, 1, 19, 12, 25), Origin.TEXT, "date-text")
    assert vote([*sources, shown], modified=update).value == OVERWRITTEN


def test_a_utc_evening_beside_the_next_day_written_on_the_page_is_that_day_east() -> None:
    """23:30 UTC is 00:30 in Warsaw: the page shows "6 marca 2021", the reader's day."""
    evening = cand(datetime(2021, 3, 5, 23, 30, tzinfo=UTC), Origin.OPENGRAPH, "published_time")
    shown = cand(datetime(2021, 3, 6), Origin.TEXT, "date-text")
    assert vote([evening, shown]).value == datetime(2021, 3, 6, 0, 30, tzinfo=CET)
    assert vote([evening]).value == evening.value


def test_a_utc_afternoon_beside_the_next_day_written_keeps_its_day() -> None:
    """15:00 UTC is the next day only far east; the written day is a teaser's."""
    afternoon = cand(datetime(2021, 3, 5, 15, 0, tzinfo=UTC), Origin.OPENGRAPH, "published_time")
    shown = cand(datetime(2021, 3, 6), Origin.TEXT, "date-text")
    assert vote([afternoon, shown]).value == afternoon.value


def test_a_shown_day_that_is_the_stamps_local_day_is_no_republication() -> None:
    """23:00 UTC on the 4th is the 5th in Berlin: a page showing the 5th and modified later
    that day shows its publication."""
    stamp = cand(datetime(2021, 11, 4, 23, 0, tzinfo=UTC), Origin.OPENGRAPH, "published_time")
    shown = cand(datetime(2021, 11, 5), Origin.TEXT, "date-text")
    update = [_modified(datetime(2021, 11, 5, 12, 42, tzinfo=UTC), Origin.OPENGRAPH)]
    outcome = vote([stamp, shown], modified=update)
    assert outcome.value == datetime(2021, 11, 5, tzinfo=CET)
    assert "republication" not in " ".join(reason for _, reason in outcome.rejected)


def test_a_day_the_page_alone_shows_under_its_publication_label_over_the_url_day() -> None:
    """A story republished: its address keeps its first day, its page shows the day it came
    out again, labelled as its publication, and no source stamps either."""
    shown = datetime(2024, 3, 5, 10, 0)
    sources = [
        cand(datetime(2019, 5, 14), Origin.URL, "path"),
        cand(shown, Origin.TEXT, "date-label"),
    ]
    assert vote(sources).value == shown


def test_a_labelled_day_a_source_stamps_too_is_a_later_stamp() -> None:
    restamped = datetime(2019, 6, 17, 18, 28, tzinfo=ZURICH_SUMMER)
    sources = [
        cand(restamped, Origin.JSONLD, "datePublished"),
        cand(restamped, Origin.META, "datepublished"),
        cand(datetime(2019, 6, 17, 18, 28), Origin.TEXT, "date-label"),
        cand(datetime(2017, 7, 12), Origin.URL, "path"),
    ]
    assert vote(sources).value == datetime(2017, 7, 12)
