"""A paragraph whose own class names it as furniture (a post's meta line, a disclaimer, an
update stamp) is left out, as a container so named is; the article's paragraphs stay."""

from __future__ import annotations

import newsextract

_PARAGRAPHS = (
    "The allotment society planted forty fruit trees along the old railway embankment this "
    "autumn, most of them apple and pear varieties that were once common in the valley.",
    "Volunteers spent three weekends clearing brambles before the planting, and the council "
    "lent a tractor to carry the topsoil up the slope from the car park.",
    "The first harvest is expected in four years. Until then the society will water the "
    "saplings by hand through the dry months and protect them from deer with wire guards.",
)


def _page(furniture: str) -> str:
    text = "".join(f"<p>{paragraph}</p>" for paragraph in _PARAGRAPHS)
    return (
        "<html lang='en'><head><title>Fruit trees on the embankment</title></head><body>"
        "<div id='page'><div class='post' id='post-81'><h1>Fruit trees on the embankment</h1>"
        f"<div class='entry'>{text}{furniture}</div></div></div></body></html>"
    )


def test_a_post_meta_paragraph_disclaimer_and_update_stamp_are_furniture() -> None:
    furniture = (
        "<p class='postmetadata alt'>This entry was posted on Sunday, November 9th, 2025 at "
        "10:12 am and is filed under Gardening. You can follow any responses to this entry.</p>"
        "<p class='disclaimer'>The views in this post are the author's own and not the "
        "society's.</p><p class='last-updated'>Page last updated on 12 November 2025 by the "
        "web team</p>"
    )
    body = newsextract.extract(_page(furniture), url="https://allotments.example/fruit").body
    assert body is not None
    assert body.endswith("\n\n".join(_PARAGRAPHS))


def test_a_paragraph_classed_only_as_meta_stays() -> None:
    # "meta" alone names a standfirst as often as a meta line ("meta-description").
    lead = "<p class='meta-description'>A note on what the trees need in their first winter.</p>"
    body = newsextract.extract(_page(lead), url="https://allotments.example/fruit").body or ""
    assert "what the trees need in their first winter" in body
