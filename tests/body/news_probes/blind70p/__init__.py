"""A blind probe (wave 70, issue 11): furniture set inside the story's own container, in the
page's language, written before running either tool: newsletter sign-up boxes, "read also"
lines and link boxes, author bio boxes, donation and subscription appeals, app prompts, an
affiliate notice, photo credit lines, republication footers, comment counts, reaction bars,
"listen to this article" players, reading-time lines, print and share words, consent
placeholders, and "advertisement" labels in 28 languages and twelve scripts; with them the
opposite trap, the story's own sentences holding such words.

Conventions decided before running: a correction note is the article's (a must-line); a
note about who funded the reporting of this story is the article's (must); a site's standing
affiliate notice is furniture; "this article was first published by ..." is a note about
the copy, furniture (the project's ``about_notes``); a photo's credit line is furniture, a
figure's caption neutral. Every name, place and sentence here is invented."""

from __future__ import annotations

from nonnews_probes.blind68b.hashed_copies import add_hashed_copies

# The parts add their pages in this order (the probes' order in reports).
from . import boxes, inline, labels, shapes  # noqa: F401
from ._kit import PROBES

# Last: every page again with each class hashed and no ids or roles (written after the
# second run, run on the tree with its fixes): only the words and the tags tell the
# furniture.
add_hashed_copies(PROBES)

__all__ = ["PROBES"]
