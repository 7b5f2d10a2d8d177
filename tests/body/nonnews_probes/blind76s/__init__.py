"""A blind probe (wave 76, issue 11: the trafilatura set's snippets on every kind of page):
page kinds the earlier non-news kits do not hold, or hold in no language of these: a parish
bulletin, a school newsletter, a council notice with attachments, a press release's "About"
and media contact, a job advert in ``<br>`` lines, a community notice board, an admission
notice, a product recall, a bus route change, a scholarship call, meeting minutes, an
archived e-mail newsletter, a how-to's steps in ``<div>``s, a glossary under a letter index,
an FAQ accordion, a plan comparison, a travel guide with a facts sidebar, a match report's
line-ups, a forum of layout tables with quotes and signatures, a shop's spec table, a
medicine leaflet, a call for papers, library hours, a course entry, proverbs, errata, a TV
schedule, a chess game in ``<pre>``, quotations in ``<blockquote>``s, an advice column,
letters to the editor, an itinerary, a privacy policy about cookies, terms in ``<div>``
clauses, a film review, a parallel translation, a forecast, a feast's programme, a lost pet
notice, steps between figures and a litany's repeated response, in forty-one languages
(fifteen no earlier kit held: Galician, Irish, Macedonian, Belarusian, Kannada, Malayalam,
Gujarati, Punjabi, Burmese, Lao, Yoruba, Zulu, Somali, Kyrgyz, Pashto), written before
running either tool or reading the body code.

The must-lines are the text a reader calls the content; the must-nots are the site's
furniture and each kind's own (print, download, apply, book, rate, report and feedback
controls, signatures, a press release's boilerplate and contact, a sponsors' strip).
Every name, place and sentence here is invented."""

from __future__ import annotations

# The parts add their pages in this order (the probes' order in reports).
from . import help_and_reference, notices_and_bulletins, prose_and_repeats  # noqa: F401
from ._kit import PROBES

__all__ = ["PROBES"]
