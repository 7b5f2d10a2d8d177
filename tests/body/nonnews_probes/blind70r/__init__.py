"""A blind probe (wave 70, issue 11): pages whose text is real but not in one tidy
container: a post in sibling ``<section>``s or cards with ads and newsletter boxes between
them, a text going on after an inline "read also" box, product pages with tabs, "read more"
collapsed parts (``hidden``, ``aria-expanded="false"``, CSS-clamped boxes), recipes in three
wrappers, forum threads and Q&A pages, long reads of chapter ``<article>``s, text beside
figures in a grid, encyclopedia entries and documentation pages with a side table of
contents, in nineteen languages, written before running either tool.

Conventions, decided before running: a forum thread's or Q&A page's question and every
answer are the body (as the project keeps them today, docs/body-content.md), its posters'
cards, vote counts, reply and quote links and signatures are not; a product page's
description and specifications are content, its reviews tab neutral; an infobox and figure
captions are neutral (captions are in ``body_blocks``, not ``body``). Every name, place and
sentence here is invented."""

from __future__ import annotations

# The parts add their pages in this order (the probes' order in reports).
from . import (  # noqa: F401
    more_shapes,
    second_batch,
    split_text,
    tabs_and_toggles,
    wrappers,
)
from ._kit import PROBES

__all__ = ["PROBES"]
