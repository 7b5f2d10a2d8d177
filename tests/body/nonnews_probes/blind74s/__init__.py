"""A blind probe (wave 74, issue 11: the trafilatura set's snippets, half B): page kinds
and content shapes the earlier non-news kits do not hold, as a user meets them: release
notes and changelogs, council and government notices, press releases, obituaries and event
announcements, job ads, podcast and video episode pages, course pages, manuals and FAQs in
``<details>``, poetry and lyrics, travel guides, academic abstract pages and newsletters
archived on the web, in twenty-two languages (eleven the dev sets lack: Estonian, Latvian,
Icelandic, Swahili, Georgian, Armenian, Tamil, Bengali, Persian, Catalan, Slovene; scripts
Georgian, Armenian, Tamil, Bengali, Arabic, Hebrew, Cyrillic, Greek, Han, Kana and Hangul),
written before running either tool.

The must-lines are the text a reader calls the content (a version's items, a notice's
clauses, a job's requirements, an episode's show notes and time codes, a course's weeks, a
poem's lines, a guide's addresses and opening hours, an abstract and its keywords); the
must-nots are the site's furniture (cookie banner, share row, newsletter box, comment
prompt, related links, footer) and each kind's own, decided by the project's conventions
(docs/body-boxes.md): a press release's "About COMPANY" boilerplate and media contact, an
apply box, a candle and guestbook strip, the platforms' subscribe row, "Download PDF" and
"Cite" links, a newsletter's "view in browser" and unsubscribe lines. Every name, place
and sentence here is invented."""

from __future__ import annotations

# The parts add their pages in this order (the probes' order in reports).
from . import episodes_and_courses, notices_and_releases, verse_guides_papers  # noqa: F401
from ._kit import PROBES

__all__ = ["PROBES"]
