"""Two later sources giving one tag list alike outvote the first source's other list when no
other source repeats that one (list_agreement._agreed_elsewhere); an ``article:tag`` the
page repeats holds one tag in each, commas and all (meta._tag_parts)."""

from __future__ import annotations

import json

import newsextract

URL = "https://www.dalevalley.example.org/2025/03/04/dale-council-approves-footbridge/"


def _page(*, jsonld: list[str] | str | None = None, article_tags: tuple[str, ...] = (),
          news_keywords: str | None = None, tag_links: tuple[str, ...] = ()) -> str:  # fmt: skip
    head = ""
    if jsonld is not None:
        node = {"@context": "https://schema.org", "@type": "NewsArticle", "keywords": jsonld}
        head += f'<script type="application/ld+json">{json.dumps(node)}</script>'
    head += "".join(f'<meta property="article:tag" content="{t}">' for t in article_tags)
    if news_keywords is not None:
        head += f'<meta name="news_keywords" content="{news_keywords}">'
    links = ""
    if tag_links:
        links = (
            '<div class="tags"><span>Tags:</span> '
            + " ".join(f'<a href="/topics/{t.lower()}/">{t}</a>' for t in tag_links)
            + "</div>"
        )
    return f"""<html lang="en"><head><title>Dale council approves footbridge</title>{head}
    </head><body><article><h1>Dale council approves footbridge</h1>
    <p>The council voted on Tuesday to fund a footbridge over the river Dale.</p>
    <p>Residents had asked for a safe crossing since the old ferry stopped running.</p>
    {links}</article></body></html>"""


def test_two_metas_agreeing_outvote_a_json_ld_list_with_system_facets() -> None:
    page = _page(
        jsonld=["Bridges", "Council", "Desk Metro", "Primary Desk Metro"],
        article_tags=("Bridges", "Council", "River Dale"),
        news_keywords="Bridges, Council, River Dale",
    )
    assert newsextract.extract(page, url=URL).tags == ("Bridges", "Council", "River Dale")


def test_a_meta_and_the_visible_tag_list_agreeing_outvote_the_first_list() -> None:
    page = _page(
        jsonld="dale, footbridge vote, council meeting tuesday",
        article_tags=("Bridges", "Council"),
        tag_links=("Bridges", "Council"),
    )
    assert newsextract.extract(page, url=URL).tags == ("Bridges", "Council")


def test_a_first_list_another_source_repeats_is_not_outvoted() -> None:
    # JSON-LD and the visible list give one list, article:tag and news_keywords another:
    # a tie keeps the order of the sources.
    page = _page(
        jsonld=["Bridges", "Council", "Walking"],
        tag_links=("Bridges", "Council", "Walking"),
        article_tags=("Bridges", "Council", "River Dale"),
        news_keywords="Bridges, Council, River Dale",
    )
    assert newsextract.extract(page, url=URL).tags == ("Bridges", "Council", "Walking")


def test_one_meta_read_twice_is_one_source() -> None:
    # article:tag is read as OpenGraph and as a plain <meta>: the same element, no agreement.
    page = _page(jsonld=["Bridges", "Council", "Walking"], article_tags=("Transport", "Local"))
    assert newsextract.extract(page, url=URL).tags == ("Bridges", "Council", "Walking")


def test_agreement_of_one_item_is_no_list() -> None:
    page = _page(jsonld=["Bridges", "Council"], article_tags=("Dale",), news_keywords="Dale")
    assert newsextract.extract(page, url=URL).tags == ("Bridges", "Council")


def test_a_repeated_article_tag_keeps_its_commas() -> None:
    page = _page(article_tags=("Fees, rates and charges", "Business"))
    tags = newsextract.extract(page, url=URL).tags
    assert tags == ("Fees, rates and charges", "Business")


def test_one_article_tag_holding_the_list_is_split() -> None:
    page = _page(article_tags=("Bridges, Council, River Dale",))
    assert newsextract.extract(page, url=URL).tags == ("Bridges", "Council", "River Dale")


def test_a_list_split_at_its_commas_agrees_with_one_that_keeps_them() -> None:
    # news_keywords splits "Tolls (Bridges, Tunnels and Ferries)", the repeated article:tag
    # keeps it whole: word for word they agree, and outvote the first list; the earlier of
    # the two, which keeps the tag whole, gives it.
    page = _page(
        jsonld=["Desk Metro", "Energy"],
        article_tags=("Tolls (Bridges, Tunnels and Ferries)", "Energy"),
        news_keywords="Tolls (Bridges, Tunnels and Ferries), Energy",
    )
    assert newsextract.extract(page, url=URL).tags == (
        "Tolls (Bridges, Tunnels and Ferries)",
        "Energy",
    )
