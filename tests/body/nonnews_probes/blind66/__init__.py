"""A blind probe (wave 66, issue 11): pages written without reading the body code, of the
kinds users point an extractor at, each in a language the other probe files hardly use
(Lithuanian, Basque, Tamil, Maltese, Bulgarian, Latvian, Slovene, Welsh, Irish, Slovak,
Croatian, Serbian in Cyrillic, Estonian, Icelandic, Tagalog, Albanian, Malay) and in one of
four site templates (a WordPress-like theme, a Drupal-like portal, a framework's page of
hashed classes, an older site of layout tables): a story with a gallery and an embedded
video, a story with a "read also" box and an embedded post, a live page, a long read with
pull quotes and an aside, a press release, a government notice, a university news item, a
match report with a line-up table, a recipe card, a product page with a spec table, a forum
thread's first post, a Q&A answer, a documentation page with code, a wiki entry with an
infobox and sections, a podcast episode's show notes, an event page and a how-to of steps.

The must-lines are the text (its lists, tables, headings and code; a standfirst included:
newsextract's text is its lead and body); the must-nots are the cookie banners, share rows,
newsletter boxes, comment prompts, related links, footers and each template's own furniture
(a "read also" box, edit links, a navbox and categories, a forum's signatures and pager, a
docs page's menu and edit link, a product's cart button, an event's calendar link).
Borderline cases, decided: captions, bylines, dates, an infobox, a product's price, an
event's labelled fields, a press release's boilerplate and media contact and a thread's
replies are neutral. Every name, place and sentence here is invented."""

from __future__ import annotations

# The parts add their pages in this order (the probes' order in reports).
from . import kinds, news_and_notices  # noqa: F401
from ._kit import PROBES

__all__ = ["PROBES"]
