"""The second opinion's search of the parsed page (``metadata/page_dates.py``): one test per
step, each on a small page written for it, and the order the steps are tried in."""

from __future__ import annotations

from datetime import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsextract
from newsextract.metadata.page_dates import _is_date_element, date_elements, find_page_day
from newsextract.metadata.short_text_days import MAX_CANDIDATES, read_day, short_text_day
from newsextract.page import ParsedPage

ARTICLE = "<p>" + "Words of the article go on here. " * 10 + "</p>"


def found(body: str, head: str = "", url: str | None = "https://example.org/a/story") -> object:
    html = f"<html><head><title>Story</title>{head}</head><body>{body}{ARTICLE}</body></html>"
    return find_page_day(ParsedPage(html, url), html)


def test_a_day_in_the_url_path() -> None:
    assert found("", url="https://example.org/2021/03/05/story") == (datetime(2021, 3, 5), "url")


def test_the_canonical_link_when_there_is_no_url() -> None:
    head = '<link rel="canonical" href="https://example.org/2021-03-05/story">'
    assert found("", head, url=None) == (datetime(2021, 3, 5), "url")


def test_a_meta_publication_date_and_a_modified_one_only_in_reserve() -> None:
    head = (
        '<meta name="last-modified" content="2021-04-01">'
        '<meta name="pdate" content="2021-03-05T10:00:00+01:00">'
    )
    assert found("", head) == (datetime(2021, 3, 5), "meta")
    assert found("", '<meta name="lastmod" content="2021-04-01">') == (
        datetime(2021, 4, 1),
        "meta-modified",
    )


def test_a_modified_meta_waits_for_the_date_elements_and_time_elements() -> None:
    # A post's visible day beside a later og:updated_time is its publication (probe
    # en_og_updated_time_only_and_visible_posted); a copyright year's reserve does not wait.
    head = '<meta property="og:updated_time" content="2024-02-20T10:00:00+00:00">'
    posted = '<span class="posted-on">January 4, 2024</span>'
    assert found(posted, head) == (datetime(2024, 1, 4), "date-element")
    assert found("<time>January 4, 2024</time>", head) == (datetime(2024, 1, 4), "time")
    assert found("", head) == (datetime(2024, 2, 20), "meta-modified")
    year = '<meta itemprop="copyrightYear" content="2019">'
    assert found(posted, year) == (datetime(2019, 1, 1), "meta")
    assert found(posted, year + head) == (datetime(2024, 1, 4), "date-element")


def test_a_date_published_in_a_json_ld_block_that_is_no_valid_json() -> None:
    head = '<script type="application/ld+json">{"datePublished": "2021-03-05", }}</script>'
    assert found("", head) == (datetime(2021, 3, 5), "json")


def test_an_abbr_with_a_publication_class() -> None:
    body = '<abbr class="published" title="2021-03-05T10:00:00">March 5</abbr>'
    assert found(body) == (datetime(2021, 3, 5), "abbr")


def test_the_first_date_classed_element_whose_text_reads_as_a_day() -> None:
    body = (
        '<div class="post-date">no date here</div>'
        '<span class="entry-meta">Veröffentlicht am 12.03.2021 um 10:30 Uhr</span>'
        '<div class="date">01.01.2020</div>'
    )
    # with the time written with the day ("um 10:30 Uhr")
    assert found(body) == (datetime(2021, 3, 12, 10, 30), "date-element")


def test_of_id_and_class_the_first_written_decides() -> None:
    """htmldate's rule: with an id written before it, a date class does not make a date
    element (the text is still read among the short texts)."""
    assert found('<div class="date" id="main">5 March 2021</div>') == (
        datetime(2021, 3, 5),
        "date-element",
    )
    assert found('<div id="main" class="date">5 March 2021</div>') == (
        datetime(2021, 3, 5),
        "free-text",
    )


def test_footer_and_small_are_always_read() -> None:
    assert found("<small>Posted 5 March 2021</small>") == (datetime(2021, 3, 5), "date-element")


def test_the_title_or_h1() -> None:
    html = "<html><head><title>Bericht vom 05.03.2021</title></head><body></body></html>"
    assert find_page_day(ParsedPage(html), html) == (datetime(2021, 3, 5), "title")


def test_the_oldest_time_element_or_the_one_marked_as_the_publication() -> None:
    two = '<time datetime="2021-04-01T08:00">x</time><time datetime="2021-03-05T08:00">y</time>'
    assert found(two) == (datetime(2021, 3, 5), "time")
    marked = (
        '<time datetime="2021-03-05T08:00">x</time>'
        '<time class="entry-date" datetime="2021-04-01T08:00">y</time>'
    )
    assert found(marked) == (datetime(2021, 4, 1), "time")


def test_a_timestamp_anywhere_in_the_source() -> None:
    body = "<script>var page = {created: '2021-03-05 10:30:00'};</script>"
    assert found(body) == (datetime(2021, 3, 5), "timestamp")


def test_a_day_in_the_og_image_path() -> None:
    head = '<meta property="og:image" content="https://cdn.example.org/2021/03/05/a.jpg">'
    assert found("", head) == (datetime(2021, 3, 5), "image")


def test_the_first_day_among_short_texts() -> None:
    """The article's day comes before an older teaser's (htmldate took the oldest)."""
    body = "<p>1. Februar 2022 , Jan Muster</p><ul><li>Seen 21. Januar 2022</li></ul>"
    assert found(body) == (datetime(2022, 2, 1), "free-text")


def test_short_texts_of_a_listing_give_no_day() -> None:
    items = "".join(f"<li>Item of 5 March 2021 ({i})</li>" for i in range(MAX_CANDIDATES + 1))
    listing = found(f"<ul>{items}</ul>")
    assert isinstance(listing, tuple) and listing[1] != "free-text"


def test_the_most_frequent_day_in_the_source_after_the_copyright_year() -> None:
    links = '<a href="/archive/2021/03/05/x">a</a>' * 2 + '<a href="/archive/2019/01/02/y">b</a>'
    assert found(links) == (datetime(2021, 3, 5), "page-source")
    old = '<a href="/archive/2019/01/02/y">b</a><p>© 2020 Example</p>'
    assert found(old) is None


def test_a_worded_date_opening_a_long_text_of_the_source() -> None:
    text = "Lisbon, 5 March 2021 – " + "Long text " * 10 + "and more " * 10
    assert found(f"<article>{text}</article>") == (datetime(2021, 3, 5), "page-source")


@pytest.mark.parametrize(
    "text",
    [
        "Long text " * 10 + "and on 5 March 2021 it happened " + "and more " * 10,
        "O programa foi criado pela lei de 12 de março de 2021 e é gerido pela câmara.",
    ],
)
def test_a_worded_date_inside_a_sentence_is_the_texts_not_the_pages(text: str) -> None:
    assert found(f"<article>{text}</article>") is None


def test_a_worded_date_after_a_publication_label_in_a_long_line() -> None:
    text = "Received 12 October 2020 / Accepted 15 January 2021 / Published online: 5 March 2021"
    assert found(f"<p>{text}</p>") == (datetime(2021, 3, 5), "page-source")


@pytest.mark.parametrize(
    "line",
    ["Lieferung: Fr, 08.03.2024", "Termin: 15.06.2024", "Livraison estimée : 08/03/2024"],
)
def test_a_day_under_a_label_of_the_pages_data_gives_way_to_any_other(line: str) -> None:
    page = f'<div class="product"><p>{line}</p></div><p>01.02.2024</p>'
    assert found(page) == (datetime(2024, 2, 1), "free-text")


def test_a_day_under_a_label_is_read_when_the_page_writes_no_other() -> None:
    # A notice's or a press release's one day under its "Date:" label is its publication's:
    # a page without a date is worse than an offer's day on the rare shop page.
    page = "<h1>Road closure on Mill Street</h1><p>Date: 05.03.2024</p><p>The street closes.</p>"
    assert found(page) == (datetime(2024, 3, 5), "free-text")


def test_a_day_under_a_publication_label_is_read_beside_a_data_label() -> None:
    line = "Eingang: 02.03.2024 · Veröffentlicht: 05.03.2024"
    assert found(f"<p>{line}</p>") is not None


def test_nothing_dated() -> None:
    assert found("<div class='date'>today</div>") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2021-03-05T10:30:00+02:00", datetime(2021, 3, 5)),
        ("20210305", datetime(2021, 3, 5)),
        ("5.3.2021", datetime(2021, 3, 5)),
        ("05/03/21", datetime(2021, 3, 5)),
        ("03/15/2021", datetime(2021, 3, 15)),  # the month first when the "month" is over 12
        ("March 5th, 2021", datetime(2021, 3, 5)),
        ("5. März 2021", datetime(2021, 3, 5)),
        ("5 de marzo de 2021", datetime(2021, 3, 5)),
        ("5 marca 2021", datetime(2021, 3, 5)),
        ("5 марта 2021", datetime(2021, 3, 5)),
        ("2021年3月5日", datetime(2021, 3, 5)),
        ("2021년 3월 5일", datetime(2021, 3, 5)),
        ("Posted in Blue 2021", None),
    ],
)
def test_read_day(text: str, expected: datetime | None) -> None:
    assert read_day(text) == expected


@pytest.mark.parametrize(
    "text", ["12:30", "€ 20.10.2021", "Call +49 30 1234567", "Since 2021", "BBC 05.03.2021"]
)
def test_short_texts_that_are_no_date(text: str) -> None:
    assert short_text_day(text) is None


@pytest.mark.parametrize("text", ["202201", "2022²³", "١٢٣٤٥٦", "2021-03-05T99:99"])
def test_digits_of_any_kind_and_length_never_fail(text: str) -> None:
    short_text_day(text)
    read_day(text)


_DATEISH = st.text(alphabet="0123456789²٣./-: TZ+年月日März", max_size=30)


@given(_DATEISH)
def test_no_short_text_fails(text: str) -> None:
    short_text_day(text)


@given(st.lists(_DATEISH, max_size=5))
def test_no_page_fails(texts: list[str]) -> None:
    body = "".join(
        f"<div class='date' title='{t}'>{t}</div><time datetime='{t}'>{t}</time>" for t in texts
    )
    head = "".join(
        f"<meta name='pdate' content='{t}'><meta itemprop='copyrightYear' content='{t}'>"
        for t in texts
    )
    html = f"<html><head>{head}</head><body>{body}<p>{' '.join(texts)}</p></body></html>"
    find_page_day(ParsedPage(html, "https://example.org/" + "/".join(texts)), html)


def test_the_second_opinion_decides_when_no_source_has_a_date() -> None:
    html = (
        "<html><head><title>A story</title></head><body><h1>A story</h1>"
        "<small>Paris, 5 mars 2021</small>" + ARTICLE + "</body></html>"
    )
    article = newsextract.extract(html, url="https://example.org/story")
    assert article.published == datetime(2021, 3, 5)
    assert article.provenance["published"] == "html:page-date"


@pytest.mark.parametrize("text", ["Marzo 05 de 2024", "marzo 5 de 2024 - 10:30"])
def test_a_spanish_month_first_with_de_before_the_year(text: str) -> None:
    """Colombian and other Latin American sites write the month first, "de" before the year."""
    assert read_day(text) == datetime(2024, 3, 5)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("നവംബർ 22, 2026", datetime(2026, 11, 22)),  # vowel signs and a virama in the month
        ("27 नवंबर 2026", datetime(2026, 11, 27)),
        ("၂၀၂၆ နိုဝင်ဘာ ၂၇", datetime(2026, 11, 27)),  # Burmese digits
        ("٢٧ نوفمبر ٢٠٢٦", datetime(2026, 11, 27)),  # Arabic-Indic digits
    ],
)
def test_months_written_with_marks_and_digits_of_other_scripts(
    text: str, expected: datetime
) -> None:
    assert short_text_day(text) == expected


def test_the_article_date_in_another_script_comes_before_a_teaser_card_date() -> None:
    # The byline's date is read in its own script, so a related story's card below it (with
    # a date in ASCII digits) no longer stands for the page's day.
    body = (
        '<div class="byline">എഴുത്ത്: അനിൽ കുമാർ · നവംബർ 22, 2026</div>'
        f"{ARTICLE}"
        '<section class="related"><span class="card-date">12.11.2026</span></section>'
    )
    assert found(body) == (datetime(2026, 11, 22), "date-element")


# The date elements' query as it was before its cue words were merged (one selector for
# each case and each word): the merged query with its exact filter must find the same.
_NARROW_CUES = (
    "date", "Date", "datum", "Datum", "meta", "Meta", "time", "publish", "footer", "info",
    "post_detail", "block-content", "byline", "subline", "posted", "submitted",
    "created-post", "publication", "author", "autor", "field-content", "fa-clock-o",
    "fa-calendar", "fecha", "parution",
)  # fmt: skip
_NARROW_QUERY = ", ".join(
    [
        "footer",
        "small",
        "[itemprop*=date]",
        "[itemprop*=Date]",
        *(f"[class*={w!r}]" for w in _NARROW_CUES),
        *(f"[id*={w!r}]" for w in _NARROW_CUES[:9]),
        "[id*=footer-info-lastmod]",
    ]
)


def test_the_merged_date_element_query_finds_what_one_selector_a_word_found() -> None:
    """ "dat" and "meta" in any case stand for "date", "Date", "datum", "Datum", "meta" and
    "Meta" in the query; what else they find ("dataset", "DATE", an itemprop "datum") is
    left out again; each element is listed once."""
    classes = ["date", "Date", "DATE", "dataset", "Datum", "DATUM", "update", "Metadata",
               "META", "timeline", "Time", "INFO", "x-byline", "autorin", None]  # fmt: skip
    ids = ["date", "Datum", "DATE", "datax", "time", "footer-info-lastmod", "META", "x", None]
    itemprops = ["datePublished", "DateX", "datum", "DATE", None]
    elements = []
    for tag in ("div", "small", "span"):
        for c in classes:
            for i in ids:
                for prop in itemprops:
                    attrs = [
                        f'{key}="{value}"'
                        for key, value in (("class", c), ("id", i), ("itemprop", prop))
                        if value is not None
                    ]
                    # both orders of id and class: the first written decides (htmldate)
                    elements.append(f"<{tag} {' '.join(attrs)}>5 March 2021</{tag}>")
                    elements.append(f"<{tag} {' '.join(reversed(attrs))}>5 March 2021</{tag}>")
    page = ParsedPage(f"<html><body>{''.join(elements)}<footer>x</footer></body></html>")
    narrow = [
        node.mem_id
        for node in page.root.css(_NARROW_QUERY)  # type: ignore[union-attr]
        if node.tag in ("footer", "small") or _is_date_element(node)
    ]
    narrow = list(dict.fromkeys(narrow))  # lexbor lists an element once a selector matched
    assert [node.mem_id for node in date_elements(page)] == narrow
    assert len(narrow) > 1000


def test_a_box_before_the_headlines_block_gives_way_to_a_day_in_it() -> None:
    """A pinned notice above a forum thread: the thread's first post dates the page."""
    body = (
        '<div class="notice">Правила раздела · 15.01.2021</div><div class="topic"><h1>Тема</h1>'
        '<div class="post-head">Сообщение 02.03.2024, 21:14</div></div>'
    )
    assert found(body) == (datetime(2024, 3, 2, 21, 14), "free-text")


def test_a_day_before_the_headlines_block_stays_without_one_in_it() -> None:
    """A date line set above the title's block, the text after it: the date line's day."""
    body = (
        '<div class="kicker-row"><span>Politik · 05.03.2024</span></div>'
        '<div class="title-row"><h1>Story</h1></div>'
        '<div class="text"><span>Kurz notiert, 07.03.2024</span></div>'
    )
    assert found(body) == (datetime(2024, 3, 5), "free-text")
