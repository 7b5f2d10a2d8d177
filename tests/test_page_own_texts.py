"""``ParsedPage.own_texts``: the text-holding elements with text of their own, in page order,
read in one walk of ``<body>`` (SVG and MathML elements of those names too, as a type
selector matches them; a ``<template>``'s content is no part of the page)."""

from __future__ import annotations

from newsextract.page import _OWN_TEXT_TAGS, ParsedPage

PAGE = (
    """<html><body>
<div>Schlagworte: <a href="/t/a">A</a></div>
<div>   <p>Par Jeanne Dupont</p></div>
<template><p>not shown</p></template>
<svg><label>svg label</label><text>svg text</text></svg>
<math><td>math cell</td></math>
<table><tr><td>cell<td><span>inner</span></table>
<section>long """
    + "x" * 250
    + """</section>
</body></html>"""
)


def test_own_texts_in_page_order() -> None:
    found = [(tag, own) for _, tag, own in ParsedPage(PAGE).own_texts]
    assert found == [
        ("div", "Schlagworte: "),
        ("p", "Par Jeanne Dupont"),
        ("label", "svg label"),
        ("td", "math cell"),
        ("td", "cell"),
        ("span", "inner"),
        ("section", None),  # longer than the kept length: read again from the element
    ]


def test_every_text_holding_tag_is_read_and_no_other() -> None:
    # The walk tells the elements by lexbor's tag id (``_own_text_tag_ids``): each tag of the
    # list is found, with its name; a custom element or a prefixed name is not one of them.
    cells = "<table><tr><th>own th</th><td>own td</td></tr></table>"
    others = "<article>no</article><my-p>no</my-p><o:p>no</o:p><p-x>no</p-x>"
    listed = "".join(f"<{tag}>own {tag}</{tag}>" for tag in sorted(_OWN_TEXT_TAGS - {"td", "th"}))
    found = ParsedPage(f"<html><body>{listed}{cells}{others}</body></html>").own_texts
    assert sorted((tag, own) for _, tag, own in found) == sorted(
        (tag, f"own {tag}") for tag in _OWN_TEXT_TAGS
    )
