"""A hymn's chorus set as its own ``<div class="chorus"><p>…<br>…</p></div>`` between the
verses, each stanza in a wrapper of its own, is kept each time it comes (``finish._Song``);
a template's lines repeated in sibling boxes with other text between (a product box's
terms under each product's title) still count once."""

from __future__ import annotations

from newsextract.body.extractor import extract_body
from newsextract.page import ParsedPage

_CHORUS = "We give thanks, we give thanks,\nfor the new day that is given."


def _stanza(cls: str, lines: str) -> str:
    return f"<div class='{cls}'><p>{lines}</p></div>"


def _hymn() -> str:
    chorus = _stanza("chorus", "We give thanks, we give thanks,<br>for the new day that is given.")
    return (
        "<html><body><nav><a href='/'>Home</a> <a href='/h'>Hymns</a></nav><main><div "
        "class='hymn'><h1>Morning light</h1><p class='number'>Number 118</p>"
        + _stanza("verse", "The morning light has come at last,<br>the birds sing in the tree.")
        + chorus
        + _stanza("verse", "Last night's rain has passed away,<br>the fields are all in bloom.")
        + chorus
        + "</div></main><footer><p>Hymnal Society</p></footer></body></html>"
    )


def test_a_chorus_in_sibling_stanza_wrappers_is_kept_each_time() -> None:
    text = extract_body(ParsedPage(_hymn(), "https://hymns.example/118")).text
    assert text.count(_CHORUS) == 2
    assert "the fields are all in bloom." in text


def test_a_template_line_under_each_box_still_counts_once() -> None:
    terms = "<div class='terms'><p>Free delivery over 50 euros<br>30 days to return</p></div>"
    boxes = "".join(
        f"<div class='product'><h2>{name}</h2><p>{about}</p>{terms}</div>"
        for name, about in (
            ("Oak table", "A solid oak table for six, oiled by hand in our workshop in Tartu."),
            ("Ash chair", "A chair of steamed ash with a woven seat that lasts for decades."),
        )
    )
    html = f"<html><body><main><h1>Furniture</h1>{boxes}</main></body></html>"
    text = extract_body(ParsedPage(html, "https://shop.example/furniture")).text
    assert text.count("30 days to return") <= 1
