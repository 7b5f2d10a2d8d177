"""A JSON-LD headline that only copies the <title> (an SEO title written twice) against a
visible <h1> that og:title repeats (the display headline written twice): the reader's one
wins. Near misses keep the structured headline."""

from __future__ import annotations

import json

import pytest

import newsextract

_BODY = (
    "<p>The harbour committee met on Monday to discuss the summer crossings, and the operators "
    "presented the passenger counts from last season to the members of the council.</p>"
)
_URL = "https://www.lakesideledger.example.com/news/2024/06/11/ferry"
SEO = "Mayor signals she will keep the old ferry schedule"
SHOWN = "Mayor stands firm on ferry timetable"


def _page(*, h1: str, ld: str, title: str, og: str | None, site: str = "Lakeside Ledger") -> str:
    data = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": ld})
    og_tag = f'<meta property="og:title" content="{og}">' if og else ""
    return (
        f"<html><head><title>{title}</title>{og_tag}"
        f'<meta property="og:site_name" content="{site}">'
        f'<script type="application/ld+json">{data}</script></head>'
        f"<body><article><h1>{h1}</h1>{_BODY}</article></body></html>"
    )


def _title(**parts: str | None) -> str | None:
    return newsextract.extract(_page(**parts), url=_URL).title  # type: ignore[arg-type]


def test_display_headline_beats_the_title_copy() -> None:
    title = f"{SEO} | Lakeside Ledger"
    assert _title(h1=SHOWN, ld=SEO, title=title, og=SHOWN) == SHOWN


@pytest.mark.parametrize(
    ("h1", "ld", "title", "og", "expected"),
    [
        # the structured headline is a wording of its own, not the <title>'s: it wins
        (SHOWN, SEO, f"{SHOWN} | Lakeside Ledger", SHOWN, SEO),
        # no other metadata title repeats the visible headline: the structured one wins
        (SHOWN, SEO, f"{SEO} | Lakeside Ledger", None, SEO),
        (SHOWN, SEO, f"{SEO} | Lakeside Ledger", SEO, SEO),
        # the visible headline only types its quotes otherwise: the same headline, kept as the
        # structured one spells it
        (
            "Mayor’s ferry timetable stays",
            "Mayor's ferry timetable stays",
            "Mayor's ferry timetable stays | Lakeside Ledger",
            "Mayor’s ferry timetable stays",
            "Mayor's ferry timetable stays",
        ),
    ],
)
def test_near_misses_keep_the_structured_headline(
    h1: str, ld: str, title: str, og: str | None, expected: str
) -> None:
    assert _title(h1=h1, ld=ld, title=title, og=og) == expected


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        # twitter:title gives the visible headline, no og:title
        ('<meta name="twitter:title" content="Ferries keep their morning times">', None),
        # a site's name as a label before the <title>'s copy
        ('<meta property="og:title" content="Ferries keep their morning times">', "prefix"),
    ],
)
def test_other_shapes_of_the_layout(head: str, expected: str | None) -> None:
    seo = "Council keeps the morning ferry schedule unchanged"
    title = f"Lakeside Ledger: {seo}" if expected == "prefix" else f"{seo} - Lakeside Ledger"
    data = json.dumps({"@type": "NewsArticle", "headline": seo})
    page = (
        f"<html><head><title>{title}</title>{head}"
        '<meta property="og:site_name" content="Lakeside Ledger">'
        f'<script type="application/ld+json">{data}</script></head>'
        f"<body><article><h1>Ferries keep their morning times</h1>{_BODY}</article></body></html>"
    )
    assert newsextract.extract(page, url=_URL).title == "Ferries keep their morning times"


def test_unspaced_script() -> None:
    seo, shown = "시의회, 항구 공사 계획 승인", "항구 공사, 여름 내내 이어진다"
    title = _title(h1=shown, ld=seo, title=f"{seo} - 항구일보", og=shown, site="항구일보")
    assert title == shown
