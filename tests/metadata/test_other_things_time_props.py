"""A ``<time>`` whose microdata ``itemprop`` dates another thing than the page (an event's
``startDate``, an offer's ``validFrom``) is not the page's publication: the page's own
``<time>`` is read past it (probe pt_event_microdata_start_only of the third blind date
probe: an event's page dated by its start). Every site, name and text here is invented."""

from __future__ import annotations

from datetime import datetime

import newsextract

_TEXT = (
    "<p>The harbour choir sings on the quay each spring, and this year the town has built a "
    "wooden stage for it beside the old crane, with benches for two hundred listeners.</p>"
    "<p>Tickets are free, but seats go to those who come first; the café stays open late.</p>"
)


def _page(before: str, own: str) -> str:
    return (
        '<html lang="en"><head><title>Choir on the quay | Harbour Notes</title></head><body>'
        f'<main><article><h1>Choir on the quay</h1>{before}<div class="post-meta">{own}</div>'
        f"{_TEXT}</article></main></body></html>"
    )


def test_an_event_boxs_start_before_the_posts_own_time() -> None:
    html = _page(
        '<div class="event-box" itemscope itemtype="https://schema.org/Event">When: <time '
        'itemprop="startDate" datetime="2024-05-01T19:00">1 May, 7 pm</time></div>',
        '<time datetime="2024-03-02T10:00">2 March 2024</time>',
    )
    published = newsextract.extract(html, url="https://harbournotes.example.org/choir").published
    assert published == datetime(2024, 3, 2, 10, 0)
