"""A blind probe (wave 77, issue 11: the trafilatura set's snippets on every kind of page):
page kinds the earlier non-news kits do not hold, or hold in no language of these: a
researcher's homepage, a CV, a library catalogue record, a museum object, a property listing,
a sports club's page, a conference programme, an artist's homepage, a company's history, a
genealogy record, a data set's landing page, a wine's sheet, a temple's visitor page, a plant
entry; lyrics with a chorus sung twice, a ghazal, a poem with a refrain, a children's rhyme, a
play's script, a classical poem with notes, mailing-list messages with quoted replies, Q&A
pages with an accepted answer, an expert's answers, an issue tracker's thread, idioms; reviews
with pros and cons, recipes with step photos, blog posts with tag clouds, author boxes,
related posts, share rows of words, a cookie notice in the column, a pull quote, inline "you
may like" links, a rating box, a coffee box, a mid-post sign-up and a Blogger footer; in
forty-three languages (six no earlier kit held: Kazakh, Hausa, Luxembourgish, Haitian
Creole, Esperanto, Tajik), written before running either tool or reading the body code.

The must-lines are the text a reader calls the content; the must-nots are the site's
furniture and each kind's own (download, reserve, book, buy, rate, report, subscribe and
follow controls, a tag cloud, an author box, related posts, a share row, a reply form).
Every name, place and sentence here is invented."""

from __future__ import annotations

# The parts add their pages in this order (the probes' order in reports).
from . import blogs_and_reviews, people_and_records, verse_and_threads  # noqa: F401
from ._kit import PROBES

__all__ = ["PROBES"]
