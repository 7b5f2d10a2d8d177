"""A class-less wrapper named by an id of its own (a blog's ``#header`` with its tagline)
beside the text's class-less ``#content`` is no instance of the text's template
(``region._good_siblings``)."""

from __future__ import annotations

import newsextract

_POST = "".join(
    f"<p>{text}</p>"
    for text in (
        "On Saturday I finally did it: I dipped into the lake while the ice still lay along "
        "the shore by the jetty.",
        "It was so cold my feet stung, but afterwards my whole body felt warm for hours.",
        "Next time I will bring swimming shoes and a flask of tea.",
    )
)


def _page(header: str) -> str:
    return (
        "<html lang='en'><head><title>My first winter swim</title></head><body>"
        f"<div id='wrapper'>{header}<div id='content'><div class='post'>"
        f"<h2>My first winter swim</h2><div class='entry'>{_POST}</div></div></div>"
        "</div></body></html>"
    )


def test_a_blogs_tagline_in_its_header_stays_out() -> None:
    html = _page("<div id='header'><h1>Life by the Lake</h1><p>Notes on swims and coffee</p></div>")
    body = newsextract.extract(html, url="https://lake.example.net/winter-swim").body
    assert "dipped into the lake" in body
    assert "Notes on swims" not in body


def test_bare_wrappers_without_ids_still_join_as_the_texts_template() -> None:
    # the text cut into class-less <div>s: a short one joins as an instance of the first's
    html = _page("").replace(
        f"<div class='entry'>{_POST}</div>",
        f"<div class='entry'><div>{_POST}</div><div><p>See you at the jetty.</p></div></div>",
    )
    body = newsextract.extract(html, url="https://lake.example.net/winter-swim").body
    assert "See you at the jetty." in body
