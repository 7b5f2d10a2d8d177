"""A blind probe (wave 76, issue 11: news bodies on publishers never seen): ten invented news
stories in languages the dev sets lack (sr-Latn, ms, tl, ur, ta, ml, sw, yo, ka, mn), each
in six layouts real news templates use and the earlier rounds (blind70p, blind72a, blind73f,
blind75) did not hold: a story split by the site's own "read more" teaser cards, with a
photo credit line and a "most read" rail; a review with an inline sign-up box, an affiliate
product box and a correction note; an interview whose questions are bold paragraphs under
an update note; an explainer in ``<h2>`` sections with an ``<ol>`` and a fact box and
timeline in an ``<aside>``; an opinion piece with the author's bio card at the top; a web
archive's copy (the replay toolbar above the page) whose text continues in a second box
after an ad slot ``<div>`` sibling.

Conventions, decided before running: the story's paragraphs, the interview's questions,
the explainer's headings and list items and a correction or update note are the body
(must); the byline, a picture's caption and an ``<aside>`` fact box or timeline are neutral;
teaser cards, sign-up boxes, product boxes' buying lines, credit lines, "most read" rails,
the bio card, ad labels and the archive's toolbar are not the body (must-not). Every name,
place and sentence here is invented."""

from __future__ import annotations

from nonnews_probes.blind68b.hashed_copies import add_hashed_copies

from . import stories  # noqa: F401
from ._kit import PROBES

# Last: every page again with each class hashed and no ids or roles, where only the words
# and the tags tell the furniture.
add_hashed_copies(PROBES)

__all__ = ["PROBES"]
