"""The general causes the sixth blind date probe found, each on a page of its own (other
sites, languages and words than the probe's): a print edition's day beside the day the
story went online ("Verscheen in de krant van", "付 夕刊" after the day); a JSON-LD
``datePublished`` that is the template's, carried alike by the page's related items or a
year and more before the day the page shows; a publication stamp in UTC whose instant the
page writes at its own offset on the update line. Every site, name and text here is
invented."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone

import pytest

import newsextract

_PROSE = (
    "<p>The harbour crane, idle since the storm, was lifted back onto its rails on Tuesday "
    "and the first barge of timber was unloaded by the evening shift.</p>"
    "<p>Dock workers say the repairs took longer than planned because the spare gears had "
    "to be cast again at the foundry upriver, which closed for a week in the floods.</p>"
)


def _page(lang: str, line: str, *, head: str = "", before: str = "") -> str:
    return (
        f'<html lang="{lang}"><head><meta charset="utf-8"><title>Crane back | Quayside Daily'
        f"</title>{head}</head><body><header><a href='/'>Quayside Daily</a></header>{before}"
        f"<main><article><h1>The harbour crane is back</h1>{line}{_PROSE}</article></main>"
        "</body></html>"
    )


def _ld(nodes: list[dict[str, object]]) -> str:
    graph = {"@context": "https://schema.org", "@graph": nodes}
    return f'<script type="application/ld+json">{json.dumps(graph)}</script>'


def _published(html: str, url: str = "https://quayside.example.org/harbour/crane") -> object:
    return newsextract.extract(html, url=url).published


@pytest.mark.parametrize(
    ("lang", "line", "want"),
    [
        (
            "nl",
            '<div class="meta"><p>Verscheen in de krant van 9 april 2024</p>'
            "<p>8 april 2024 om 17:40</p></div>",
            datetime(2024, 4, 8, 17, 40),
        ),
        (
            "it",
            '<div class="meta"><p>Pubblicato sull\'edizione cartacea del 6 aprile 2024</p>'
            "<p>5 aprile 2024 alle 20:10</p></div>",
            datetime(2024, 4, 5, 20, 10),
        ),
        (
            "ja",
            '<div class="meta"><p>2024年4月2日付 夕刊</p><p>2024年4月1日 18時20分</p></div>',
            datetime(2024, 4, 1, 18, 20),
        ),
        (
            "en",
            '<div class="meta"><p>This article appeared in print on April 7, 2024.</p>'
            "<p>April 6, 2024 9:05 PM</p></div>",
            datetime(2024, 4, 6, 21, 5),
        ),
    ],
)
def test_a_print_editions_day_is_not_the_pages(lang: str, line: str, want: datetime) -> None:
    assert _published(_page(lang, line)) == want


def _article(stamp: str, n: int | None = None) -> dict[str, object]:
    node: dict[str, object] = {"@type": "NewsArticle", "datePublished": stamp}
    if n is not None:
        node |= {"headline": f"Other story {n}", "url": f"https://quayside.example.org/s/{n}"}
    else:
        node |= {"headline": "The harbour crane is back"}
    return node


_LINE = '<p class="date">12 April 2024</p>'


def test_a_stamp_the_related_items_carry_too_is_the_templates() -> None:
    stamp = "2021-01-01T00:00:00+00:00"
    head = _ld([_article(stamp), *(_article(stamp, n) for n in range(3))])
    assert _published(_page("en", _LINE, head=head)) == datetime(2024, 4, 12)


def test_stamps_of_their_own_on_the_related_items_leave_the_articles() -> None:
    head = _ld(
        [
            _article("2021-01-01T09:12:40+00:00"),
            *(_article(f"2021-01-0{n + 2}T08:00:00+00:00", n) for n in range(3)),
        ]
    )
    published = _published(_page("en", "", head=head))
    assert isinstance(published, datetime) and published.date().isoformat() == "2021-01-01"


@pytest.mark.parametrize(
    ("stamp", "line"),
    [
        ("2020-05-05", '<p class="date">Posted on 3 April 2024</p>'),
        ("2020-05-05T00:00:00Z", '<p class="date">3 April 2024</p>'),
    ],
)
def test_a_bare_or_labelled_day_years_after_the_only_stamp_wins(stamp: str, line: str) -> None:
    head = _ld([_article(stamp)])
    published = _published(_page("en", line, head=head))
    assert isinstance(published, datetime) and published.date().isoformat() == "2024-04-03"


def test_a_cms_stamp_keeps_its_day_over_a_listed_posts_unlabelled_day() -> None:
    # a landing page: its WebPage stamp has the second it was saved; the day under it is a
    # listed post's
    head = _ld([{"@type": "WebPage", "name": "Harbour", "datePublished": "2020-05-05T10:11:12Z"}])
    line = (
        '<div class="post-card"><a href="/p/1">Crane</a>'
        '<span class="post-date">3 April 2024</span></div>'
    )
    published = _published(_page("en", line, head=head))
    assert isinstance(published, datetime) and published.date().isoformat() == "2020-05-05"


def test_a_utc_stamp_takes_the_offset_the_update_line_writes() -> None:
    head = _ld([_article("2024-05-01T22:45:00Z")])
    line = '<div class="date">Updated: May 2, 2024, 4:15 AM IST</div>'
    published = _published(_page("en", line, head=head))
    assert published == datetime(2024, 5, 2, 4, 15, tzinfo=timezone(timedelta(hours=5.5)))
