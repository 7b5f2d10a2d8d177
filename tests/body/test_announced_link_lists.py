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
