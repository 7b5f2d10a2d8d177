"""A blind probe (wave 77, issue 11: long structured pages kept whole): pages that are not
news and whose content is structure and length: encyclopedia articles with an infobox, a
table of contents, sections under ``<h2>`` and ``<h3>``, footnotes, "see also" and a
navbox; API references of four documentation generators (Sphinx, a Javadoc-like page,
MkDocs Material, Docusaurus) with signatures, parameter lists and tables and code;
long-read features whose prose runs between full-width figures, pull quotes, embeds and ad
slots; spec sheets; statistical bulletins with several tables; legal texts with numbered
articles and nested lists; tutorials with ``<pre>`` blocks between paragraphs; syllabi of
``<dl>`` weeks; pages whose text is ``<div>`` and ``<br>`` lines. Forty-four pages in
forty-four languages (fifteen scripts beside Latin: Armenian, Tamil, Hangul, Japanese, Han,
Greek, Hebrew, Arabic, Cyrillic, Bengali, Devanagari, Georgian, Ethiopic, Khmer,
Sinhala), written before running either tool or reading the body code.

The musts lie deep in each page: the last section, the last table row, the last code
line, the caption of the last figure, the last footnote; the must-nots are the site's
furniture and each kind's own (edit links, a table of contents' title, navboxes, "edit
this page", previous/next links, copy and download buttons, ad labels, "read also"
teasers, course and shop buttons). Every name, place and sentence here is invented."""

from __future__ import annotations

# The parts add their pages in this order (the probes' order in reports).
from . import (  # noqa: F401
    api_reference,
    encyclopedia,
    long_reads,
    prose_and_code,
    tables_and_laws,
)
from ._kit import PROBES

__all__ = ["PROBES"]
