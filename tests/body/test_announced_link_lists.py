"""A list whose items are links whole is the text's when a sentence of the text announces it
("Several stations reported on the funds:") and the text goes on after it: the reports or
sources it names. A label over a box of links ("Read more:") and a table of contents that the
text announces ("The guide has these parts:") stay out. Invented pages."""

from __future__ import annotations

import newsextract

_PAGE = """<!DOCTYPE html><html lang="{lang}"><head><title>Strike funds</title>
<meta property="og:type" content="article"></head><body>
<header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>
<main><article><h1>Strike funds</h1><div class="article-body">
<p>The strike funds have raised more than two million euros since the start of the
movement, the unions said on Friday.</p>
<p>{lead_in}</p><ul>
<li><strong><a href="{first}">Lunchtime news report of Channel East</a></strong></li>
<li><strong><a href="{second}">Valley Radio's programme of 4 March</a></strong></li></ul>
<p>Donations stay open until the end of the month, and the unions will publish the
accounts in April.</p></div></article></main>
<footer><p>© 2025 Example News</p></footer></body></html>"""


def _body(
    lead_in: str,
    first: str = "https://tv.example.org/news/8812",
    second: str = "https://radio.example.org/shows/4-march",
) -> str:
    html = _PAGE.format(lang="en", lead_in=lead_in, first=first, second=second)
    return newsextract.extract(html, url="https://news.example.com/strike-funds").body or ""


def test_a_list_the_text_announces_is_read() -> None:
    body = _body("Several broadcasters have reported on how the funds work:")
    assert "Lunchtime news report of Channel East" in body
    assert "Valley Radio's programme of 4 March" in body
    assert "Donations stay open" in body


def test_a_label_over_links_is_no_announcement() -> None:
    body = _body("Read more:")
    assert "Lunchtime news report" not in body
    assert "Donations stay open" in body


def test_an_announced_table_of_contents_stays_out() -> None:
    body = _body(
        "This guide explains the funds in these parts:",
        first="https://news.example.com/strike-funds#who",
        second="https://news.example.com/strike-funds#how",
    )
    assert "Lunchtime news report" not in body
    assert "Donations stay open" in body


_INDEX = """<!DOCTYPE html><html lang="en"><head><title>Poems</title></head><body>
<header><nav><a href="/">Home</a> <a href="/poets">Poets</a></nav></header>
<main><article><h1>Mara Tennet: Poems</h1><div class="entry">{before}
<p>Mara Tennet wrote about rivers, ferries and people leaving. Here are the poems of her
collection "Tides" in the order of the book:</p><ul>
<li><a href="/poem/1">The ferry at dawn</a></li><li><a href="/poem/2">Letter to my sister</a></li>
<li><a href="/poem/3">The lighthouse keeper</a></li></ul></div></article>
<aside><h3>Other poets</h3><ul><li><a href="/p/1">Ned Arrow</a></li></ul></aside></main>
<footer><p>© 2026 Example Poems</p></footer></body></html>"""


def _index(before: str = "") -> str:
    html = _INDEX.format(before=before)
    return newsextract.extract(html, url="https://poems.example.org/mara-tennet").body or ""


def test_an_index_page_list_its_introduction_announces_is_read() -> None:
    # The introduction is the text's first block and the list all there is after it.
    body = _index()
    assert "The ferry at dawn" in body
    assert "The lighthouse keeper" in body
    assert "Ned Arrow" not in body


def test_links_closing_a_longer_text_stay_out() -> None:
    # After text of its own, a closing list with nothing after it is a box of links.
    body = _index(
        "<p>The collection was first printed by a small press on the coast in a run of three "
        "hundred copies, and sold out within a month.</p>"
    )
    assert "sold out within a month" in body
    assert "The ferry at dawn" not in body
