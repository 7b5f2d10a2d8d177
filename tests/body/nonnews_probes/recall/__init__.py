"""A blind probe of what the body leaves out on pages that are not news (round 63, issue
11): pages written without reading the extractor, of kinds whose text is easy to lose:
long documents (3,000 words and more, fifteen sections and more of h2/h3/h4, footnotes,
nested lists, a contents box, a box set in the middle), FAQ and glossary pages (``dt``/
``dd``, ``details``/``summary``), changelogs and release notes, comparison pages with spec
tables, course and syllabus pages, council minutes, forum threads whose posts are the
content, personal homepages, museum object records, product manuals, poem and lyrics
anthologies and pages whose text sits in cards of equal weight. Each names the content
that must be kept (the last section, the text after a figure or a table among it) and the
furniture that must not. 42 pages in 32 languages and twelve scripts (Latin, Cyrillic,
Greek, Arabic, Hebrew, Devanagari, Bengali, Thai, Han, Kana, Hangul, Georgian). Every name,
place and sentence is invented."""

from __future__ import annotations

# The parts add their pages in this order (the probes' order in reports).
from . import (  # noqa: F401
    changelogs_and_comparisons,
    courses_and_minutes,
    faqs_and_glossaries,
    long_documents,
    more_kinds,
    records_manuals_and_verse,
    threads_and_homepages,
)
from ._registry import PROBES

__all__ = ["PROBES"]
