"""A line that introduces the quotation after it by naming its source, linked ("From <a>the
Harbour Courier</a>:"), is the text's own lead-in, though mostly links; before a list of links
or a quoted post's embed it stays out."""

from __future__ import annotations

import newsextract


def _body(inner: str) -> str:
    html = (
        "<html lang='en'><head><meta property='og:type' content='article'></head><body>"
        "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav><main><article>"
        "<h1>Harbour ferry to stop on Sundays</h1><p>The harbour ferry will no longer sail on "
        "Sundays from next month, the operator said this week, citing falling numbers.</p>"
        f"{inner}<p>Regular passengers said they would write to the council about the "
        "decision before the timetable changes.</p></article></main></body></html>"
    )
    return newsextract.extract(html, url="https://blog.example/ferry-sundays").body or ""


def test_linked_source_before_a_quotation_stays() -> None:
    body = _body(
        "<p>From <a href='https://courier.example/ferry'>the Harbour Courier</a>:</p>"
        "<blockquote><p>The operator said Sunday crossings carried fewer than forty people on "
        "average last winter, against three hundred on a weekday.</p></blockquote>"
    )
    assert "From the Harbour Courier:" in body
    assert "fewer than forty people" in body


def test_source_reporting_verb_before_a_quotation_stays() -> None:
    body = _body(
        "<p><a href='https://times.example/a/1'>The Valley Times</a> reports:</p>"
        "<blockquote><p>Two crew members will move to the weekday service.</p></blockquote>"
    )
    assert "The Valley Times reports:" in body


def test_label_before_a_list_of_links_stays_out() -> None:
    body = _body(
        "<p><a href='/ferries'>More ferry news</a>:</p>"
        "<ul><li><a href='/n/1'>New pier opens at the north quay</a></li>"
        "<li><a href='/n/2'>Island bus gets a second driver</a></li></ul>"
    )
    assert "More ferry news" not in body
    assert "New pier opens" not in body


def test_lead_in_of_an_embedded_post_stays_out() -> None:
    body = _body(
        "<p>Via <a href='https://social.example/harbourwatch'>@harbourwatch</a>:</p>"
        "<blockquote class='twitter-tweet'><p>No Sunday ferry from May. Shameful.</p>"
        "</blockquote>"
    )
    assert "Via @harbourwatch" not in body
