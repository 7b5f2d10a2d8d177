"""A blind probe (wave 73, issue 11): the shapes behind `fundus-eval` half A's remaining body
misses, written in ten languages (en, de, fr, es, it, pt, nl, pl, sv, tr): live blogs whose
intro stands apart from the stream of entries ("Follow the latest updates below:"), entries
headed by an <h3>, a bold paragraph or an <h2>, one with a social post embedded and a
sentence after it; and lists of winners or results under category headings, the first
heading right after the line that points down to the list.

Conventions, decided before running: the story's text, a live blog's entries with their
headlines, the sentence after an embed, every category heading and every nominee line are
the body (must); a line pointing down to the entries or the list, and an embedded post, are
neutral; the site's furniture in the page's language (share rows, ad labels, sign-up boxes,
"load more" buttons, cookie text, "most read" rails, footers) is not (must-not). Every name,
place and sentence here is invented."""

from __future__ import annotations

# The parts add their pages in this order (the probes' order in reports).
from nonnews_probes.blind68b.hashed_copies import add_hashed_copies

from . import apart, lists, live  # noqa: F401
from ._kit import PROBES

# Last (third batch): every page again with each class hashed and no ids or roles, where
# only the words and the tags tell the furniture.
add_hashed_copies(PROBES)

__all__ = ["PROBES"]
