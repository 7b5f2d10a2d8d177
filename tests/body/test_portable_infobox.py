"""A wiki farm's infobox set as an <aside> of label and value pairs (a short heading and
the value beside it, per row) is read as the entry's facts, a term and its definition;
its title heading and a line of prose in it stay furniture; an "infobox" aside of paragraphs
is a box of notes, not read. Invented pages."""

from __future__ import annotations

import newsextract

_TEXT = (
    "<p>The <b>Marsh Lantern</b> is a recurring ship in the comic series <i>Grey Tides</i>, "
    "a leaking coaster that carries salt along the northern shore.</p>"
    "<h2>History</h2><p>She was bought by Captain Ferrow after the wreck of his brother's "
    "boat and served him for eleven years on the salt run.</p>"
)


def _extract(box: str) -> newsextract.Article:
    html = (
        "<html lang='en'><head><title>Marsh Lantern | Grey Tides Wiki</title></head><body>"
        "<nav><ul><li><a href='/'>Home</a></li><li><a href='/all'>All pages</a></li></ul></nav>"
        "<main><h1>Marsh Lantern</h1><div class='page-content'>"
        f"{box}{_TEXT}</div></main>"
        "<footer><p>Fan content, free to use.</p></footer></body></html>"
    )
    return newsextract.extract(html, url="https://greytides.example.org/wiki/Marsh_Lantern")


_ROW = (
    "<div class='pi-item pi-data' data-source='{key}'><h3 class='pi-data-label'>{label}</h3>"
    "<div class='pi-data-value'>{value}</div></div>"
)


def _box(extra: str = "") -> str:
    rows = "".join(
        _ROW.format(key=k, label=label, value=v)
        for k, label, v in (
            ("first", "First appearance", "Volume 2"),
            ("captain", "Captain", "Ferrow"),
            ("status", "Status", "Sunk"),
        )
    )
    return (
        "<aside class='portable-infobox pi-theme-default'>"
        "<h2 class='pi-title'>Marsh Lantern</h2>"
        f"<figure class='pi-image'><img src='/ml.png' alt=''></figure>{rows}{extra}</aside>"
    )


def test_label_and_value_pairs_of_an_aside_infobox_are_read_as_facts() -> None:
    body = _extract(_box()).body or ""
    assert body.startswith(
        "First appearance\n\nVolume 2\n\nCaptain\n\nFerrow\n\nStatus\n\nSunk\n\nThe Marsh"
    )
    assert "Marsh Lantern\n\nFirst" not in body  # the box's title heading
    assert "History" in body and "salt run" in body


def test_prose_in_an_aside_infobox_stays_furniture() -> None:
    extra = (
        "<div class='pi-item pi-panel'><div>Fans voted this ship the saddest loss of the "
        "series in the readers' poll of the year before last.</div></div>"
    )
    body = _extract(_box(extra)).body or ""
    assert "readers' poll" not in body
    assert "Captain\n\nFerrow" in body


def test_an_infobox_aside_of_paragraphs_is_a_box_of_notes() -> None:
    notes = (
        "<aside class='c-infobox'><h3>Disclaimer</h3><p>These notes are given without "
        "warranty and may change at any time without notice.</p></aside>"
    )
    body = _extract(notes).body or ""
    assert "without warranty" not in body and "Disclaimer" not in body


def test_a_heading_over_a_line_outside_a_fact_box_stays_a_heading() -> None:
    article = _extract("<div class='intro'><h3>Overview</h3><div>A short ship.</div></div>")
    assert "### Overview" in article.body_markdown()
