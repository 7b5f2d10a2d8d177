"""A blind probe of what the body must leave out on pages that are not news (round 62,
issue 11): pages written without reading the extractor, each with the content a reader came
for and the furniture non-news templates put around it: blog posts with an author card, an
"about this blog" box and an archive widget; recipes with a ratings box, a print button
line and a newsletter ask; shop items with shipping and returns blocks and "customers also
bought"; forum threads with signatures, post counters and "quote / reply / report" rows;
docs with "edit this page", "was this helpful?", a version picker and previous / next
links; wiki pages with edit links, navboxes and category footers; course and event pages
with registration boxes; list pages with "related lists". 42 pages in 30 languages and
eleven scripts (Latin, Cyrillic, Greek, Arabic, Hebrew, Devanagari, Bengali, Thai, Han,
Kana, Hangul, Georgian). Every name, place and sentence is invented."""

from __future__ import annotations

# The parts add their pages in this order (the probes' order in reports).
from . import (  # noqa: F401
    blogs_recipes_shops,
    courses_and_lists,
    forums_docs_wikis,
)
from ._registry import PROBES

__all__ = ["PROBES"]
