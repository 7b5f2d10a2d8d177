"""The general causes the fourth blind date probe found, each on a page of its own (other
sites, languages and words than the probe's): a zone word written before the time, after
the day ("Bakı vaxtı ilə 10:30"); the zone words of Bengali, Sinhala and Pashto; a
publication label with "time" in it ("வெளியிடப்பட்ட நேரம்:", Tamil "published time"),
which read as an event's data label; Hausa's "da suka wuce" (ago); a meta of htmldate's
publication names read with its time ("bt:pubDate"); a relative stamp under the headline in
a span of a hashed class; a publication label running on into an event's name ("Fecha del
evento:"); a shop's availability line ("Disponibile dal"); a wiki footer's update verb
after its date (Turkish "değiştirilmiştir"). Every site, name and text here is invented."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone

import pytest

import newsextract
from newsextract.dates import find_text_date, parse_text_date

_PROSE = (
    "<p>The river ferry will run every half hour from Monday, until ten in the evening, and "
    "tickets can be bought at the machine beside the jetty as well as on board.</p>"
    "<p>The council says the old timetable, kept since the bridge closed, left too many "
    "people waiting in the cold on the far bank after the last bus.</p>"
)
_FETCHED = datetime(2024, 9, 20, 15, 0, tzinfo=UTC)


def _page(lang: str, head: str, body: str) -> str:
    return (
        f'<html lang="{lang}"><head><meta charset="utf-8"><title>Ferry | Riverside Post'
        f"</title>{head}</head><body><header><a href='/'>Riverside Post</a></header>{body}"
        "</body></html>"
    )


def _story(lang: str, line: str, *, cls: str = "meta", after: str = "") -> str:
    return _page(
        lang,
        "",
        f'<main><article><h1>Ferry every half hour</h1><div class="{cls}">{line}</div>'
        f"{_PROSE}{after}</article></main>",
    )


def _zone(hours: float) -> timezone:
    return timezone(timedelta(hours=hours))


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        # the zone word between the day and the time, longer than two joining words
        (
            "5 sentyabr 2024, Bakı vaxtı ilə 18:45",
            "az",
            datetime(2024, 9, 5, 18, 45, tzinfo=_zone(4)),
        ),
        (
            "৫ সেপ্টেম্বর ২০২৪, ১৮:৪৫ (বাংলাদেশ সময়)",
            "bn",
            datetime(2024, 9, 5, 18, 45, tzinfo=_zone(6)),
        ),
        (
            "2024 සැප්තැම්බර් 5, ශ්‍රී ලංකා වේලාවෙන් 18:45",
            "si",
            datetime(2024, 9, 5, 18, 45, tzinfo=_zone(5.5)),
        ),
        (
            "۵ سپتمبر ۲۰۲۴، د کابل په وخت ۱۸:۴۵",
            "ps",
            datetime(2024, 9, 5, 18, 45, tzinfo=_zone(4.5)),
        ),
        # past the bracket closing a day written beside another calendar's
        (
            "(۵ سپتمبر ۲۰۲۴)، د کابل په وخت ۱۸:۴۵",
            "ps",
            datetime(2024, 9, 5, 18, 45, tzinfo=_zone(4.5)),
        ),
        # Burmese: its comma after the year's word, then the zone word before the time
        (
            "၂၀၂၄ ခုနှစ်၊ စက်တင်ဘာလ ၅ ရက်၊ မြန်မာစံတော်ချိန် ၁၈:၄၅",
            "my",
            datetime(2024, 9, 5, 18, 45, tzinfo=_zone(6.5)),
        ),
    ],
    ids=[
        "az-before-time",
        "bn-after-time",
        "si-before-time",
        "ps-before-time",
        "ps-after-bracket",
        "my-comma-and-zone",
    ],
)
def test_zone_words_before_and_after_the_time(text: str, lang: str, want: datetime) -> None:
    span = find_text_date(text)
    assert span is not None
    assert parse_text_date(span, lang) == want


def test_tamil_published_time_and_updated_time_labels() -> None:
    html = _story(
        "ta",
        "வெளியிடப்பட்ட நேரம்: 05 செப்டம்பர் 2024 09:10 AM IST<br>"
        "புதுப்பிக்கப்பட்ட நேரம்: 05 செப்டம்பர் 2024 01:40 PM IST",
    )
    article = newsextract.extract(html, url="https://nadhikarai.example.in/news/padagu")
    assert article.published == datetime(2024, 9, 5, 9, 10, tzinfo=_zone(5.5))
    assert article.modified == datetime(2024, 9, 5, 13, 40, tzinfo=_zone(5.5))


def test_hausa_da_suka_wuce_is_ago() -> None:
    html = _story("ha", "Daga Hauwa Sani | sa'o'i 4 da suka wuce")
    article = newsextract.extract(
        html, url="https://labarankogi.example.ng/labarai/jirgin-ruwa", fetched_at=_FETCHED
    )
    assert article.published == datetime(2024, 9, 20, 11, 0, tzinfo=UTC)


def test_bt_pubdate_meta_keeps_its_time() -> None:
    html = _page(
        "en",
        '<meta property="bt:pubDate" content="2024-09-05T18:45:00+01:00">',
        f"<main><article><h1>Ferry every half hour</h1>{_PROSE}</article></main>",
    )
    article = newsextract.extract(html, url="https://riversidepost.example.ie/ferry")
    assert article.published == datetime(2024, 9, 5, 18, 45, tzinfo=_zone(1))


def test_relative_stamp_under_the_headline_in_a_hashed_span() -> None:
    html = _page(
        "en",
        "",
        '<div id="app"><main class="sc-a1b2c3"><h1 class="sc-d4e5f6">Ferry every half hour'
        '</h1><div class="sc-g7h8i9"><span class="sc-j1k2l3">Tom Reed</span> '
        f'<span class="sc-m4n5o6">5 hours ago</span></div><div class="sc-p7q8r9">{_PROSE}'
        "</div></main></div>",
    )
    article = newsextract.extract(
        html, url="https://riversidepost.example.com/ferry", fetched_at=_FETCHED
    )
    assert article.published == datetime(2024, 9, 20, 10, 0, tzinfo=UTC)


def test_a_standfirst_sentence_under_the_headline_is_no_stamp() -> None:
    html = _page(
        "en",
        "",
        '<main><article><h1>Ferry every half hour</h1><p class="sc-x1">Three years ago the '
        "bridge closed, and since then the ferry has been the only way across for the people "
        f"of the far bank.</p>{_PROSE}</article></main>",
    )
    article = newsextract.extract(
        html, url="https://riversidepost.example.com/ferry", fetched_at=_FETCHED
    )
    assert article.published is None


def test_a_publication_label_running_on_into_an_events_name() -> None:
    html = _story(
        "es",
        "<p>Fecha del evento: 12 de octubre de 2024, 18:00 h</p>"
        "<p>Publicado el 5 de septiembre de 2024</p>",
    )
    article = newsextract.extract(html, url="https://riberadelrio.example.es/agenda/barca")
    assert article.published == datetime(2024, 9, 5)


def test_the_publication_label_with_its_own_words_still_dates_the_page() -> None:
    html = _story("es", "<p>Fecha de publicación: 5 de septiembre de 2024</p>")
    article = newsextract.extract(html, url="https://riberadelrio.example.es/noticias/barca")
    assert article.published == datetime(2024, 9, 5)


def test_a_shops_availability_line_is_no_publication() -> None:
    html = _page(
        "de",
        "",
        '<div class="product"><h1>Faltboot Ruderpaar</h1><p class="price">89,00 €</p>'
        f'{_PROSE}<p class="stock">Lieferbar ab 14.10.2024</p></div>',
    )
    article = newsextract.extract(html, url="https://bootsladen.example.de/ruder")
    assert article.published is None


def test_a_wiki_footers_update_verb_after_its_date() -> None:
    html = _page(
        "tr",
        "",
        f'<div id="content"><h1 id="firstHeading">Nehir feribotu</h1>{_PROSE}</div>'
        '<footer><ul id="footer-info"><li id="footer-info-lastmod"> Bu sayfa en son 5 Eylül '
        "2024 tarihinde, saat 18.45'te değiştirilmiştir.</li></ul></footer>",
    )
    article = newsextract.extract(html, url="https://viki.nehir.example.com.tr/wiki/Feribot")
    assert article.modified is not None
    assert article.modified.date() == datetime(2024, 9, 5).date()


@pytest.mark.parametrize(
    "data",
    [
        {
            "@type": "Product",
            "name": "Folding kayak paddle",
            "offers": {
                "@type": "Offer",
                "price": "89.00",
                "validFrom": "2024-10-14T09:00:00+01:00",
            },
        },
        {
            "@type": "Event",
            "name": "Ferry open day",
            "startDate": "2024-10-20T11:00",
            "offers": {"@type": "Offer", "validFrom": "2024-09-01T10:00:00+01:00"},
        },
    ],
    ids=["product-offer", "event-offer"],
)
def test_an_offers_valid_from_in_json_ld_is_no_publication(data: dict[str, object]) -> None:
    """A guard of the brief's lead: an offer's ``validFrom`` (a sale's first day) is read by
    neither the markup sources nor the page search's timestamp step."""
    script = json.dumps({"@context": "https://schema.org", **data})
    html = _page(
        "en",
        f'<script type="application/ld+json">{script}</script>',
        f"<main><h1>Folding kayak paddle</h1>{_PROSE}</main>",
    )
    article = newsextract.extract(html, url="https://bootsladen.example.com/paddle")
    assert article.published is None
