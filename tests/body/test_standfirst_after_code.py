"""A lead-classed element after a code block is no standfirst: a reference page's text, in
short paragraphs, lists and code, has begun by its first code block (a wiki page's
"like-summary" line under the text was read as the lead); a standfirst before the text, or
before a code block, is still the lead."""

from __future__ import annotations

import newsextract


def _page(before: str, after: str) -> newsextract.Article:
    html = (
        "<html lang='sv'><head><title>Byta lösenord | Driftwiki</title></head><body><div "
        f"id='main'><h1>Byta lösenord</h1>{before}<div class='wiki-content'><p>Gör så här "
        "när ett tjänstekonto ska få nytt lösenord.</p><ol><li>Logga in på valvet.</li>"
        "<li>Kör kommandot nedan.</li></ol><pre>valv rotera --konto tjanst-42</pre><p>Klart "
        f"efter någon minut.</p></div>{after}</div></body></html>"
    )
    return newsextract.extract(html, url="https://wiki.example.se/drift/byta-losenord")


def test_summary_line_after_the_code_is_no_lead() -> None:
    article = _page(
        "",
        "<div id='likes'><span class='like-summary'>Bli först att gilla "
        "det här inlägget</span></div>",
    )
    assert "Bli först att gilla" not in (article.lead or "")


def test_standfirst_before_the_code_is_the_lead() -> None:
    article = _page(
        "<p class='lead'>Lösenorden till tjänstekontona byts var nittionde dag.</p>", ""
    )
    assert article.lead == "Lösenorden till tjänstekontona byts var nittionde dag."
