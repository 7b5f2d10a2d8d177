"""A blind probe (wave 75, issue 11: news body precision): twenty invented local news stories
in languages the dev sets lack (pt-BR, es-MX, id, vi, th, tr, pl, cs, ro, hu, el, uk, he, fa,
hi, sw, zh, ja, ko, ar), each with the furniture real news templates set inside or next to
the article's container: a picture's caption and credit, a "read also" teaser between the
paragraphs, a newsletter sign-up, an embedded post's text, a topics line, a share row, the
author's bio, a prompt to comment, a paywall teaser, a "most read" rail.

Conventions, decided before running: the story's four paragraphs are the body (must); the
byline is neutral (the pipeline may keep or move it); every piece of furniture above is not
the body (must-not), the picture's caption and credit included (news truths leave them
out). Every name, place and sentence here is invented."""

from __future__ import annotations

from nonnews_probes.blind68b.hashed_copies import add_hashed_copies

from . import stories  # noqa: F401
from ._kit import PROBES

# Last: every page again with each class hashed and no ids or roles, where only the words
# and the tags tell the furniture.
add_hashed_copies(PROBES)

__all__ = ["PROBES"]
