"""A blind probe (wave 72, issue 11): article pages of regional dailies, local news portals,
weekly magazines and broadcasters' web articles in 31 languages the dev sets barely have,
in the shapes those sites use: nested-table layouts with the text in <font>, prose as <br>
pairs in a <div>, text in <span> runs, a body split every two paragraphs by ad slots and
"read also" boxes, a bold lead outside the article's container, photo stories whose long
captions are the story, right-to-left pages quoting a left-to-right sentence.

Conventions, decided before running: the article's text, its lead, subheadings, lists,
tables and quotations are the body (must); the site's furniture in the page's language is
not (must-not): "read also" lines and boxes inside the text, related links, share and
comment labels, newsletter and app prompts, donation asks, cookie text, tag rows, author
bio boxes, "most read" rails, ad labels, photo counters and photo credits. A photo story's
long captions are its text (must); a caption in a gallery set inside an article's text is
neutral. Every name, place and sentence here is invented."""

from __future__ import annotations

from nonnews_probes.blind68b.hashed_copies import add_hashed_copies

# The parts add their pages in this order (the probes' order in reports).
from . import leads, pictures, runs, split, tables, variants  # noqa: F401
from ._kit import PROBES

# Last: every page again with each class hashed and no ids or roles (a third batch, run on
# the tree with the first two batches' fixes): only the words and the tags tell the
# furniture.
add_hashed_copies(PROBES)

__all__ = ["PROBES"]
