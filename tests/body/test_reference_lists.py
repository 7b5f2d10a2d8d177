"""An encyclopedic page's list of sources under its own heading ("References", "Fontes")
is the text's citations: kept whole, not dropped item by item as a link list."""

from __future__ import annotations

import newsextract


def _page(heading: str, tail: str = "") -> str:
    return (
        "<html lang='en'><head><title>Kalimaya River | Example Wiki</title></head><body>"
        "<nav><a href='/'>Home</a> <a href='/random'>Random page</a></nav><main><article>"
        "<h1>Kalimaya River</h1><p>The Kalimaya is a river 212 kilometres long that flows "
        "from the central highlands to the northern sea.</p><h2>History</h2><p>In the "
        "seventeenth century the river was the main route of the pepper trade between the "
        "interior and the ports.</p>"
        f"<h2>{heading}</h2><ol><li><a href='https://example.org/a1'>Atlas of island "
        "rivers, third edition</a></li><li><a href='https://example.org/a2'>Freshwater fish "
        "survey 2019</a></li><li><a href='https://example.org/a3'>The pepper route of the "
        f"north coast</a>, Journal of Maritime History 12.</li></ol>{tail}</article></main>"
        "<footer><p>Text is available under an example licence.</p></footer></body></html>"
    )


def test_reference_list_under_its_heading_is_kept() -> None:
    body = newsextract.extract(_page("References"), url="https://wiki.example/Kalimaya").body
    assert body is not None
    assert "pepper trade" in body
    assert "Atlas of island rivers, third edition" in body
    assert "Freshwater fish survey 2019" in body
    assert "The pepper route of the north coast" in body


def test_link_list_under_other_heading_stays_out() -> None:
    body = newsextract.extract(_page("More stories"), url="https://wiki.example/Kalimaya").body
    assert body is not None
    assert "pepper trade" in body
    assert "Freshwater fish survey 2019" not in body
