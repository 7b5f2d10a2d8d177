"""A section of the text that holds the article's table of contents (links to its own
headings) joins the region: the box's links jump within the page, they do not lead off it."""

from __future__ import annotations

import newsextract

_SECTIONS = {
    "sowing": (
        "Sow the seeds indoors six weeks before the last frost, two to a cell, and thin them "
        "to the stronger seedling once the first true leaves appear. Keep the trays at about "
        "twenty degrees and water from below so the surface does not crust over."
    ),
    "planting": (
        "Harden the plants off for a week before they go out, setting them outside for a few "
        "more hours each day. Plant them sixty centimetres apart in soil that has been dug "
        "over with plenty of compost, and water them in well on the first evening."
    ),
    "feeding": (
        "Once the first flowers set fruit, feed every ten days with a liquid fertiliser rich "
        "in potash. Too much nitrogen gives lush leaves and few fruits, so go easy on manure "
        "and fresh grass clippings around the stems once the plants have settled in."
    ),
    "harvest": (
        "Pick the fruits while the skin is still glossy: a dull skin means the seeds inside "
        "have hardened. Regular picking keeps the plant flowering until the first cold "
        "nights of autumn, when the last small fruits can go into a chutney."
    ),
}


def _page() -> str:
    # the guide's other chapters are on later pages: the box lists them all
    chapters = [*_SECTIONS, "pests", "watering", "pruning", "varieties", "storing", "seeds"]
    contents = "<br>".join(
        f'<a href="#{key}">How to go about {key}, step by step?</a>' for key in chapters
    )
    first, *rest = _SECTIONS
    row = "<div class='row'><div class='columns'>{}</div></div>"
    opening = row.format(
        "<p>Aubergines need a long, warm season, but with an early start they crop well even "
        "in a cool summer.</p>"
        f"<div class='callout-box'><strong>In this guide:</strong><br>{contents}</div>"
        f"<h3 id='{first}'>How to go about {first}, step by step?</h3><p>{_SECTIONS[first]}</p>"
    )
    others = row.format(
        "".join(
            f"<h3 id='{key}'>How to go about {key}, step by step?</h3><p>{_SECTIONS[key]}</p>"
            f"<p>{_SECTIONS[key]} Then check again a week later.</p>"
            for key in rest
        )
    )
    return (
        "<html lang='en'><body><div class='content'><h1>Growing aubergines</h1>"
        f"{opening}<div class='row'><div class='ad-slot'></div></div>{others}{_more()}</div>"
        "<footer><p>© 2025 The Kitchen Garden</p></footer></body></html>"
    )


def _more() -> str:
    """A row of links to other guides below the text, as wide as the text's wrapper."""
    titles = [f"Growing {crop} in a small greenhouse: a guide" for crop in _CROPS]
    items = "".join(f"<li><a href='/guides/{n}'>{title}</a></li>" for n, title in enumerate(titles))
    return f"<div class='row'><ul>{items}</ul></div>"


_CROPS = ("peppers", "chillies", "tomatoes", "cucumbers", "melons", "basil", "okra", "figs")


def test_the_section_holding_the_table_of_contents_stays_in_the_region() -> None:
    body = newsextract.extract(_page(), url="https://garden.example/aubergines").body or ""
    assert _SECTIONS["sowing"] in body
    assert _SECTIONS["harvest"] in body
