"""A wiki entry's line under its title that names the wiki ("From Examplepedia, the free
encyclopedia", MediaWiki's ``siteSub``) and its redirect note (``contentSub``) are the
wiki's furniture, in any language; the entry's text stays."""

from __future__ import annotations

from newsextract.body.class_names import class_weight
from newsextract.body.extractor import extract_body
from newsextract.page import ParsedPage

_LEAD = (
    "Hollin Beck is a stream of the northern fells, about eleven kilometres long, that "
    "rises in blanket peat and joins the river below the old mill at Thornsby."
)
_COURSE = (
    "Below the moor the beck falls over three gritstone steps, the highest of them six "
    "metres, before it slows through hay meadows to the mill race."
)


def test_the_wiki_s_tagline_and_redirect_note_go() -> None:
    html = (
        "<html><body><div id='mw-head'><a href='/login'>Log in</a></div>"
        "<div id='content' class='mw-body'><h1 id='firstHeading'>Hollin Beck</h1>"
        "<div id='bodyContent'><div id='siteSub'>Z Přikladopedie, otevřené encyklopedie</div>"
        "<div id='contentSub'>(Redirected from Hollin Burn)</div>"
        "<div id='mw-content-text'><div class='mw-parser-output'>"
        f"<p>{_LEAD}</p><h2>Course</h2><p>{_COURSE}</p></div></div></div></div>"
        "<div id='footer'>This page was last edited on 3 March 2025.</div></body></html>"
    )
    text = extract_body(ParsedPage(html, "https://wiki.example/Hollin_Beck")).text
    assert _LEAD in text
    assert _COURSE in text
    assert "otevřené encyklopedie" not in text
    assert "Redirected from" not in text


def test_names_that_only_begin_so_are_not_furniture() -> None:
    assert class_weight("siteSub") < 0
    assert class_weight("content-subtitle") >= 0
