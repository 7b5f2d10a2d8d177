"""A section's heading over a picture whose caption, in a box named as a caption, was
dropped keeps its section: the text under the picture is the heading's. A caption of a
sentence or two is longer than an ad's label, yet the picture stands between heading and
text all the same. A heading over a box of teasers still goes."""

from __future__ import annotations

import newsextract

_PARA = (
    "<p class='story-p'>The harbour board met on {day} evening and voted to keep the old "
    "ferry running through the winter, after the fishermen's guild sent a letter signed by "
    "two hundred members asking for it.</p>"
)
_LONG_CAPTION = (
    "Councillor Mara Voss speaks to residents gathered outside the harbour office on "
    "Tuesday evening before the vote. Photo agency"
)


def _page(section: str) -> str:
    return (
        "<html lang='en'><body><div class='article-body'><h1>Ferry to keep winter runs</h1>"
        f"{_PARA.format(day='Tuesday')}{_PARA.format(day='Monday')}"
        f"<div class='div-line'></div>{section}"
        "<p class='story-p'>The ferry will leave the north pier at seven each morning and "
        "return at six, with an extra crossing on Saturdays for the market in the old town.</p>"
        "</div></body></html>"
    )


def _figure(caption: str) -> str:
    return (
        "<div class='story-img-box'><div class='img-box'><img src='/p/harbour.jpg' alt=''>"
        "<button type='button' class='img-zoomin'>Enlarge image</button></div>"
        f"<div class='caption'><p>{caption}</p></div></div>"
    )


def _body(section: str) -> str:
    return newsextract.extract(_page(section), url="https://news.example/ferry").body or ""


def test_a_heading_over_a_picture_with_a_long_caption_keeps_its_section() -> None:
    body = _body(f"<h3 class='story-subtitle'>Fishermen won the vote</h3>{_figure(_LONG_CAPTION)}")
    assert "Fishermen won the vote" in body
    assert "Councillor Mara Voss" not in body


def test_a_heading_over_a_picture_with_a_short_caption_keeps_its_section() -> None:
    body = _body(f"<h3 class='story-subtitle'>Fishermen won the vote</h3>{_figure('The pier.')}")
    assert "Fishermen won the vote" in body


def test_a_heading_over_a_box_of_teasers_still_goes() -> None:
    teasers = "".join(
        f"<li><a href='/story/{n}'>Another story about the harbour, number {n}</a></li>"
        for n in range(1, 5)
    )
    body = _body(f"<h3>More from the coast</h3><ul class='related'>{teasers}</ul>")
    assert "More from the coast" not in body
