"""A live report's section heading over a tab strip: the report ends on a heading ("Harbour
City 1 Northfield 4: how the evening unfolded"), then a strip of tabs (ARIA ``role="tab"``)
whose labels are set in heading type ("Live coverage", "More stories"), then the open tab's
panel, its posts under headings of a lower rank. A tab's label is a control that opens a
panel, not a section of its own: the heading before it keeps the posts after it."""

from __future__ import annotations

import newsextract

_SECTION = "Harbour City 1 Northfield 4: how the evening unfolded"
_POSTS = (
    ("Coach on the second half", "We kept the ball better after the break and the wide "
     "players found space behind the full-backs, which is where the goals came from."),
    ("Four goals in twenty minutes", "Northfield turned the game around between the hour "
     "and the eightieth minute, with two headers from corners and a long-range strike."),
    ("Team news", "Harbour City are unchanged from last week, while Northfield bring in "
     "their young goalkeeper for his first start of the season."),
)  # fmt: skip


def _page(tabs: bool = True) -> str:
    strip, tab_role = (" role='tablist'", " role='tab'") if tabs else ("", "")
    posts = "".join(
        f"<div class='post'><span class='post-time'>9:1{n}PM</span>"
        f"<h3 class='post-title'>{title}</h3><p>{text}</p></div>"
        for n, (title, text) in enumerate(_POSTS)
    )
    return (
        "<html lang='en'><head><title>Harbour City v Northfield: live</title></head><body>"
        "<nav><a href='/'>Home</a> <a href='/sport'>Sport</a></nav><main><article>"
        "<h1>Northfield come from behind to win at the harbour</h1>"
        "<p>Northfield scored four times in the second half to overturn an early deficit and "
        "climb to third in the table after a cold evening on the coast.</p>"
        "<p>The home side had led through a penalty before the break, but faded badly once "
        "the visitors switched to a back three and pressed higher up the pitch.</p>"
        f"<div class='section'><h2>{_SECTION}</h2></div>"
        f"<div class='tabs'><ul{strip}>"
        f"<li class='tab'><h2><a{tab_role} href='#live' aria-controls='live'>"
        "Live coverage</a></h2></li>"
        f"<li class='tab'><h2><a{tab_role} href='#more' aria-controls='more'>"
        "More stories</a></h2></li></ul>"
        f"<div id='live' role='tabpanel'>{posts}</div></div>"
        "</article></main><footer><p>© 2024 Coast Sport</p></footer></body></html>"
    )


def _body(html: str) -> str:
    return newsextract.extract(html, url="https://coastsport.example/live/harbour-northfield").body


def test_a_heading_over_a_tab_strip_keeps_the_panels_posts() -> None:
    body = _body(_page())
    assert _SECTION in body
    assert "Four goals in twenty minutes" in body


def test_a_heading_over_a_same_rank_heading_alone_is_still_dropped() -> None:
    # Without the tab roles, "Live coverage" is a section of its own: the heading before it,
    # with nothing under it, is left out as before.
    body = _body(_page(tabs=False))
    assert _SECTION not in body
    assert "Four goals in twenty minutes" in body


def test_tab_labels_set_as_headings_in_a_tab_strip_of_divs() -> None:
    # The strip written without a list: the labels are headings carrying the tab role.
    strip = (
        "<div role='tablist'><h2 role='tab' aria-controls='live'>Live coverage</h2>"
        "<h2 role='tab' aria-controls='more'>More stories</h2></div>"
    )
    html = _page()
    start = html.index("<ul role='tablist'>")
    html = html[:start] + strip + html[html.index("</ul>", start) + len("</ul>") :]
    body = _body(html)
    assert _SECTION in body
    assert "Four goals in twenty minutes" in body
