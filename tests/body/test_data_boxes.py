"""A box of the text's own data named after what the data is about with a furniture word
("tools-needed", "player-stats"), set between the text's paragraphs, is read; a toolbar of
links or a box of such a name closing the text stays out."""

from __future__ import annotations

import newsextract


def _body(
    inner: str,
    after: str = "<h3>Steps</h3><ol><li>Take the wheel off and loosen the "
    "pad bolt.</li><li>Fit the new pads parallel to the rim.</li></ol>",
) -> str:
    html = (
        "<html lang='en'><head><title>Replacing bike brake pads</title></head><body>"
        "<nav><a href='/'>Home</a> <a href='/howto'>How-to</a></nav><main><article>"
        "<h1>How to replace your bike's brake pads</h1><p>Replacing brake pads takes about "
        f"fifteen minutes if you have the right tools at hand.</p>{inner}{after}</article>"
        "</main></body></html>"
    )
    return newsextract.extract(html, url="https://howto.example/brake-pads").body or ""


def test_tools_list_between_the_text_is_read() -> None:
    body = _body(
        "<div class='tools-needed'><h3>You will need</h3><ul><li>A 5 mm hex key</li>"
        "<li>New pads of the right type</li><li>A clean rag</li></ul></div>"
    )
    assert "A 5 mm hex key" in body
    assert "You will need" in body
    assert "parallel to the rim" in body


def test_stats_table_between_the_text_is_read() -> None:
    body = _body(
        "<table class='player-stats'><thead><tr><th>Season</th><th>Games</th><th>Goals</th>"
        "</tr></thead><tbody><tr><td>2023</td><td>28</td><td>6</td></tr><tr><td>2024</td>"
        "<td>30</td><td>8</td></tr></tbody></table>"
    )
    assert "2024 | 30 | 8" in body


def test_linked_toolbar_stays_out() -> None:
    body = _body(
        "<div class='article-tools'><ul><li><a href='/print'>Print</a></li><li><a "
        "href='/mail'>E-mail</a></li></ul></div>"
    )
    assert "Print" not in body


def test_box_closing_the_text_stays_out() -> None:
    body = _body(
        "",
        after="<div class='photo-credits'><ul><li>Photos by Ada Stone</li><li>Drawings by "
        "Lee Park</li></ul></div>",
    )
    assert "Ada Stone" not in body


def test_votes_table_between_the_text_is_read() -> None:
    body = _body(
        "<table class='votes'><thead><tr><th>Group</th><th>For</th><th>Against</th></tr>"
        "</thead><tbody><tr><td>Green Harbour</td><td>12</td><td>0</td></tr><tr><td>Centre "
        "Road</td><td>7</td><td>3</td></tr></tbody></table>"
    )
    assert "Centre Road | 7 | 3" in body


def test_post_votes_without_rows_stay_out() -> None:
    body = _body("<div class='votes'><span>▲ 15</span></div>")
    assert "▲ 15" not in body


def test_toolbar_of_plain_labels_stays_out() -> None:
    body = _body(
        "<div class='article-tools'><ul><li>Print</li><li>Text size</li><li>Listen</li></ul></div>"
    )
    assert "Text size" not in body
