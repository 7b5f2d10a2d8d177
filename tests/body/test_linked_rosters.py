"""A line-up, a cast or a band's members listed as names each linked whole to its own page,
under a heading of its own inside the text, is the text's; a list of linked headlines, or
names closing the text, stays out. Invented pages."""

from __future__ import annotations

import newsextract

_OPEN = (
    "<p>Harlow Rovers and Tarrow Town drew 1-1 at Mill Lane, with both goals coming in a "
    "frantic last ten minutes.</p><p>Tarrow went ahead through a deflected shot, but Harlow "
    "equalised two minutes later from a corner.</p>"
)


def _names(team: str, names: tuple[str, ...]) -> str:
    items = "".join(f"<li><a href='/players/{n.lower()}'>{n}</a></li>" for n in names)
    return f"<h3>{team}</h3><ul class='lineup'>{items}</ul>"


def _article(inner: str) -> newsextract.Article:
    html = (
        "<html lang='en'><head><meta property='og:type' content='article'></head><body>"
        "<nav><a href='/'>Home</a> <a href='/sport'>Sport</a></nav><main><article>"
        f"<h1>Harlow hold Tarrow to a draw</h1><div class='entry-content'>{inner}</div>"
        "</article></main><footer><p>© 2025 Example Sport</p></footer></body></html>"
    )
    return newsextract.extract(html, url="https://sport.example/harlow-tarrow")


def test_two_linked_line_ups_inside_the_text_are_read() -> None:
    article = _article(
        _OPEN
        + _names("Harlow Rovers", ("Carr", "Biggs", "Foley"))
        + _names("Tarrow Town", ("Hendry", "Lunn", "Moss"))
        + "<p>Attendance: 1,906.</p>"
    )
    assert article.body_markdown() == (
        "Harlow Rovers and Tarrow Town drew 1-1 at Mill Lane, with both goals coming in a "
        "frantic last ten minutes.\n\nTarrow went ahead through a deflected shot, but Harlow "
        "equalised two minutes later from a corner.\n\n### Harlow Rovers\n\n- Carr\n- Biggs\n"
        "- Foley\n\n### Tarrow Town\n\n- Hendry\n- Lunn\n- Moss\n\nAttendance: 1,906."
    )


def test_linked_headlines_under_a_heading_stay_out() -> None:
    body = _article(
        _OPEN + "<h3>More from the league</h3><ul>"
        "<li><a href='/a/1'>Tarrow sign a new goalkeeper on loan</a></li>"
        "<li><a href='/a/2'>Mill Lane to get a new stand</a></li>"
        "<li><a href='/a/3'>Cup draw pairs Harlow with the leaders</a></li></ul>"
        "<p>Attendance: 1,906.</p>"
    ).body
    assert body is not None
    assert "Mill Lane to get a new stand" not in body
    assert "Attendance: 1,906." in body


def test_linked_names_closing_the_text_stay_out() -> None:
    body = _article(_OPEN + _names("Topics", ("Harlow", "Tarrow", "Football"))).body
    assert body is not None
    assert "Football" not in body


def test_short_titles_linking_places_in_the_page_stay_out() -> None:
    # a live blog's "key events" under their label: its entries' short titles, linked to the
    # entries' anchors (a line-up's names link the players' pages)
    body = _article(
        _OPEN + "<h3>Key events</h3><ul><li><a href='#e1'>Early equaliser</a></li>"
        "<li><a href='#e2'>Late drama</a></li><li><a href='#e3'>Red card</a></li></ul>"
        "<p>Attendance: 1,906.</p>"
    ).body
    assert body is not None
    assert "Late drama" not in body
    assert "Key events" not in body
    assert "Attendance: 1,906." in body


def test_names_whose_links_are_script_toggles_are_read() -> None:
    # an accordion's titles link a bare "#" (a script opens them): no place in the page
    items = "".join(f"<li><a href='#'>{n}</a></li>" for n in ("Carr", "Biggs", "Foley"))
    body = _article(_OPEN + f"<h3>Harlow Rovers</h3><ul>{items}</ul><p>Attendance: 1,906.</p>").body
    assert body is not None
    assert "Biggs" in body
