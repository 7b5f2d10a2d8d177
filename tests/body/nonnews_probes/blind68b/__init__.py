"""A blind probe (wave 68, issue 11): non-news page kinds the earlier kits met little or not
at all, written before running either tool: an academic abstract page (authors,
affiliations, abstract, references), a government scheme's and a passport's forms pages, a
course syllabus, a public notice, a museum object page, a conference programme, API
reference pages, a parish newsletter and a club's, real-estate listings, job postings, an
exhibition's practical information, podcast episodes with show notes, product reviews with
pros and cons, recipes with step lists and nutrition tables, match reports with line-ups,
travel guides with practical-information boxes, song lyrics, release pages and a festival
programme; after them, the same kinds in hard shapes (``hard_shapes``) and kinds no kit had
(``more_kinds``: a README, a crowdfunding campaign, a medicine leaflet, a trail, a staff
profile, a statute article, a pet profile, a forecast, a library record, election results,
a volunteer call), in 44 languages and fourteen scripts (Devanagari, Bengali, Tamil, Thai, Hebrew,
Arabic, Cyrillic, Greek, Georgian, Armenian, Hangul, Han, Kana, Ethiopic besides Latin).

The must-lines are the text a reader would call the content (its tables, lists, headings
and code); the must-nots are the site's furniture (cookie banner, share row, newsletter
box, comment prompt, related links, footer) and each kind's own (download, cite and
metrics buttons, apply and save buttons, enrol and register buttons, calendar and ticket
buttons, listen-on links, price buttons, print and save buttons, live-score widgets,
booking widgets, loan calculators, feedback strips, edit links, unsubscribe lines).
Borderline, decided before running: a paper's references and keywords, a listing's facts
table, an object's field list, bylines, dates, captions and credits are neutral. Every
name, place and sentence here is invented."""

from __future__ import annotations

# The parts add their pages in this order (the probes' order in reports).
from . import (  # noqa: F401
    civic_and_learning,
    hard_shapes,
    more_kinds,
    plain_markup,
    reviews_and_sports,
    texts_and_guides,
)
from ._kit import PROBES
from .hashed_copies import add_hashed_copies

add_hashed_copies(PROBES)  # last: it copies the pages the parts added

__all__ = ["PROBES"]
