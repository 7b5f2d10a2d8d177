"""A blind probe (wave 67, issue 11): pages of the kinds the trafilatura set holds beside
news, written before running either tool, each in a language the other probe files hardly
use (Catalan, Galician, Afrikaans, Macedonian, Belarusian, Esperanto, Georgian, Armenian,
Sinhala, Khmer, Kannada, Gujarati, Punjabi, Igbo, Zulu, Lao, Burmese, Mongolian, Telugu,
Faroese): a Q&A page with votes and comments, a recipe with a nutrition table, a product
page with a spec table and reviews, a documentation page with a definition list and an
admonition, a wiki entry with edit links and references, a personal blog post with
comments, an event page, a press release, a forum thread with signatures, release notes,
a how-to with a contents box, a government circular, a travel post with a post pager, an
accordion FAQ, a job posting, a hotel page, a web novel's chapter, an interview, a film
review with a cast table and a council's minutes.

The must-lines are the text (its lists, tables, headings and code); the must-nots are the
site's furniture (cookie banner, share row, newsletter box, comment prompt, related links,
footer) and each kind's own (vote and comment widgets, print and rating buttons, a cart
button and "also bought" shelf, edit and feedback links, a navbox and categories, comments
under a post, calendar and ticket buttons, download links, signatures and reply buttons,
a contents box, skip links and visitor counters, a post pager, apply and booking buttons,
chapter pagers). Borderline, decided before running: other answers and replies, captions,
bylines, dates, an infobox, a recipe's nutrition table, a product's reviews, an event's
labelled fields, a press release's boilerplate and contacts and a film's cast table are
neutral. Every name, place and sentence here is invented."""

from __future__ import annotations

# The parts add their pages in this order (the probes' order in reports).
from . import (  # noqa: F401
    community_and_commerce,
    hard_shapes,
    hidden_and_marked,
    reference_and_notices,
)
from ._kit import PROBES

__all__ = ["PROBES"]
