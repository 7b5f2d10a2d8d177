"""A blind probe (wave 77, issue 11: news bodies on publishers never seen): seven invented
news stories in languages no earlier round used (be, mk, sq, is, ga, cy, bn), each in nine
layouts real news templates use and the earlier rounds (blind70p, blind72a, blind73f,
blind75, blind76) did not hold: a live blog with timestamped entries under a "key events"
list that repeats them, and readers' comments after it; a photo essay whose every paragraph
is a picture's caption; a data story with a chart's fallback table and a sponsored-content
note; a court report with a bulleted "what we know" box and readers' comments; a match
report with a score table and line-ups; an obituary with a "survived by" list and a
syndication line; a video report with its transcript; an AMP page with an ad slot and share
buttons; a story whose paragraphs are glued ``<span>`` s in one ``<div>``.
A second batch (``sites_more``), written after the first batch's fixes and so not blind,
puts four more languages (ne, pa, ha, ps) in the same layouts.

Conventions, decided before running: the paragraphs, the live entries' headlines, the "what
we know" heading and items, the line-ups, the survivors' list and its intro and the
transcript are the body (must); the byline, captions of the essay's pictures, the chart's
table and source, the score table and the transcript's heading are neutral; the key events
list and its label, readers' comments with their heading and names, photo credits, the
sponsored-content note, the syndication line, the player's "watch" label, the transcript's
"show" button, ad labels and share labels are not the body (must-not). Every name, place
and sentence here is invented."""

from __future__ import annotations

from nonnews_probes.blind68b.hashed_copies import add_hashed_copies

from . import stories  # noqa: F401
from ._kit import PROBES

# Last: every page again with each class hashed and no ids or roles, where only the words
# and the tags tell the furniture.
add_hashed_copies(PROBES)

__all__ = ["PROBES"]
