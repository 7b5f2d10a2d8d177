"""A blind probe (wave 73, issue 11: the trafilatura set's snippets): pages of the kinds
half A's snippet misses name beside news (a shop page's price block, a boxed list on a
service page, a match page's facts box, a closing note in italics after a rule), and the
kinds the snippet set holds most of beyond news: recipes (ingredient tables and lists,
steps under headings, a nutrition table), shop pages (spec tables and lists, the buy box,
readers' reviews, "customers also bought"), forum threads of several posts (author cards,
signatures, quote buttons), docs pages (code, admonitions, tabs, edit and feedback strips),
wiki entries (infoboxes, navigation boxes, categories), personal blogs with comment threads,
listings (a job, a flat, a car) and event pages, in twenty languages (German, French,
Spanish, Italian, Portuguese, Dutch, Polish, Swedish, Turkish, Japanese, Korean, Chinese,
Russian, Arabic, Hindi, Greek, Czech, Finnish, Vietnamese, Hebrew), written before running
either tool.

The must-lines are the text a reader calls the content (a table's cell, a list's item, a
forum's every post, an infobox's value, an event's place and date); the must-nots are the
site's furniture (cookie banner, share row, newsletter box, comment prompt, related links,
footer) and each kind's own (print and rate links, the price and cart block, readers'
reviews and comments, signatures and post counts, edit, feedback and pager links, navigation
boxes and categories, apply and contact buttons, a closing promotional note). Every name,
place and sentence here is invented."""

from __future__ import annotations

# The parts add their pages in this order (the probes' order in reports).
from . import docs_wikis_listings, forums_and_blogs, recipes_and_shops, second_batch  # noqa: F401
from ._kit import PROBES

__all__ = ["PROBES"]
