"""A blind probe (wave 69, issue 11): pages whose content is mostly structure, in shapes the
earlier kits met little: API reference pages (a signature in <code>, parameters in a <dl>
or a table, examples in <pre>), changelogs and release notes, FAQs in <details>, accordion
<div>s, a <dl> and microdata, comparison and spec tables (<thead>, ``rowspan``,
``colspan``, a <caption>, a <tfoot>), sports and election results, timelines, glossaries,
poems and lyrics, interview transcripts, footnoted essays and how-tos with numbered
figures, in twenty languages (German, French, Spanish, Italian, Portuguese, Dutch, Polish,
Swedish, Turkish, Japanese, Korean, Chinese, Russian, Arabic, Hindi, Greek, Czech, Finnish,
Vietnamese, Hebrew), written before running either tool.

The must-lines are the text a reader calls the content, table rows and list items as the
body holds them (a row's filled cells joined by " | "); the must-nots are the site's
furniture (cookie banner, share row, newsletter box, comment prompt, related links,
footer) and each kind's own (edit and source links, "was this helpful" strips, pagers,
copy and try-it buttons, download and subscribe links, betting and price boxes, live
tickers, print and favourite links, ringtone links, "back to top"). Borderline, decided
before running: a page's "last updated" line, a poet's and a song's credits, and a
paper's bibliography are neutral. Every name, place and sentence here is invented."""

from __future__ import annotations

from ..blind68b.hashed_copies import add_hashed_copies

# The parts add their pages in this order (the probes' order in reports).
from . import faqs_and_tables, references, texts  # noqa: F401
from ._kit import PROBES

# Last: every page again with each class hashed and no ids or roles (written after the
# first run, run on the tree with its fixes).
add_hashed_copies(PROBES)

__all__ = ["PROBES"]
