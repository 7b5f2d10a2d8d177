"""A blind probe (wave 75, issue 11: the trafilatura set's snippets on every kind of page):
page kinds and content shapes the earlier non-news kits do not hold: changelogs kept as
tables, sports results and standings, timetables, patent claims, laws' numbered articles,
restaurant menus, classified ads, app store listings, museum object records, petitions,
preprint landing pages, crosswords (which must stay small), lyrics in ``<br>`` lines, book
chapters in a reader, sermon transcripts, interviews' questions and answers, photo essays,
one page of a multi-page article, Tailwind pages of utility classes only, custom elements,
``<pre>`` and ``<dl>`` content, pull quotes, long guides under headings, hymns with a
repeated refrain, court rulings, election results, dictionary entries, hiking routes,
comparison tables, property listings, wiki-like articles, school timetables, tide tables,
FAQs, festival programmes, standards and horoscopes, in twenty-seven languages (fifteen the
dev sets lack: Lithuanian, Albanian, Basque, Welsh, Maltese, Amharic, Khmer, Sinhala,
Mongolian, Uzbek, Azerbaijani, Nepali, Telugu, Afrikaans, Tagalog; scripts Ethiopic,
Khmer, Sinhala, Devanagari, Telugu, Bengali, Georgian, Armenian, Cyrillic, Arabic, Kana,
Han and Hangul), written before running either tool.

The must-lines are the text a reader calls the content (a table's rows, a law's clauses, a
menu's dishes, a song's lines, a chapter's paragraphs); the must-nots are the site's
furniture (cookie banner, share row, newsletter box, comment prompt, related links,
footer) and each kind's own, decided by the project's conventions (docs/body-boxes.md):
page and chapter navigation, sign and buy boxes, download and print links, ratings and
review counts, agent cards, sponsors' strips. Every name, place and sentence here is
invented."""

from __future__ import annotations

# The parts add their pages in this order (the probes' order in reports).
from . import civic_and_reference, prose_shapes, tables_and_records  # noqa: F401
from ._kit import PROBES

__all__ = ["PROBES"]
