"""Probe news pages for the body: invented stories set in the markup of common newsroom CMSs
(Arc, WordPress VIP, Brightspot, Drupal, Escenic, NewsPress, Next.js with its JSON, AMP), in
languages the dev sets lack, each with boxes set inside the article that are no part of it
("read also" teasers, newsletter and subscription boxes, author bios, related-story cards,
inline promos) and page kinds beyond the plain story (live tickers, galleries, video pages with
a transcript, interviews, sections with tables, paywalled teasers).

Each probe names lines the body must hold and lines it must not. Fact boxes are left neutral
(newsrooms differ on whether they are the story's), so none of their lines is listed.
``benchmarks/news_probes.py`` scores newsextract and trafilatura on them; the tests hold
newsextract to them. Every name, place and sentence here is invented.
"""

from __future__ import annotations

from . import (
    blind_news,
    data_and_formats,
    furniture_lines,
    inline_boxes,
    inline_widgets,
    live_blogs,
    page_kinds,
    script_data,
)
from .pages import Probe

PROBES: list[Probe] = [
    *inline_boxes.PROBES,
    *page_kinds.PROBES,
    *script_data.PROBES,
    *furniture_lines.PROBES,
    *inline_widgets.PROBES,
    *data_and_formats.PROBES,
    *live_blogs.PROBES,
    *blind_news.PROBES,
]

__all__ = ["PROBES", "Probe"]
