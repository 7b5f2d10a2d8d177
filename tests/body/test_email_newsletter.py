"""An e-mail newsletter's web copy, laid out in nested tables: the footer cell
(``templateFooter``: its copyright, why you get the mail, the unsubscribe links) is
furniture. A template trusted for holding the text is a class the page repeats; a
container with no class, only an id, names that one element, and its id is judged.
Invented page."""

from __future__ import annotations

import newsextract


def _cell(inner: str) -> str:
    return (
        "<tr><td valign='top' class='mcnTextBlockInner'><table width='100%' "
        "class='mcnTextContentContainer'><tr><td valign='top' class='mcnTextContent'>"
        f"{inner}</td></tr></table></td></tr>"
    )


_HTML = (
    "<html lang='en'><head><title>Fieldnotes No. 42: the swifts are back</title></head><body>"
    "<center><table width='100%' id='bodyTable'><tr><td valign='top' id='bodyCell'>"
    "<table width='100%' class='templateContainer'>"
    "<tr><td valign='top' id='templatePreheader'><table class='mcnTextBlock'><tr>"
    "<td class='mcnTextContent'>Not displaying correctly? <a href='/archive'>View this "
    "email in your browser</a></td></tr></table></td></tr>"
    "<tr><td valign='top' id='templateBody'><table class='mcnTextBlock' width='100%'>"
    + _cell(
        "<h1>Fieldnotes No. 42: the swifts are back</h1><p>On Tuesday evening the first "
        "swifts screamed over the churchyard, two days earlier than last year.</p>"
    )
    + _cell(
        "<p>Thanks to everyone who helped put up the nest boxes on the school in March. "
        "Three pairs are already prospecting them.</p>"
    )
    + _cell(
        "<h2>What to look for this week</h2><ul><li>Hawthorn coming into flower along the "
        "lanes</li><li>Orange-tip butterflies on garlic mustard</li></ul>"
        "<p>See you next Sunday,<br>Morwenna</p>"
    )
    + "</table></td></tr><tr><td valign='top' id='templateFooter'><table "
    "class='mcnTextBlock'><tr><td class='mcnTextContent'><em>Copyright © 2025 Fieldnotes "
    "Press, All rights reserved.</em><br>You are receiving this because you signed up on "
    "our website.<br><a href='/unsub'>unsubscribe from this list</a> <a href='/prefs'>"
    "update subscription preferences</a></td></tr></table></td></tr></table></td></tr>"
    "</table></center></body></html>"
)


def test_a_newsletter_keeps_its_text_and_drops_its_footer() -> None:
    article = newsextract.extract(_HTML, url="https://fieldnotes.example/archive/42")
    assert article.body_markdown() == (
        "On Tuesday evening the first swifts screamed over the churchyard, two days earlier "
        "than last year.\n\nThanks to everyone who helped put up the nest boxes on the "
        "school in March. Three pairs are already prospecting them.\n\n## What to look for "
        "this week\n\n- Hawthorn coming into flower along the lanes\n- Orange-tip "
        "butterflies on garlic mustard\n\nSee you next Sunday,\\\nMorwenna"
    )
