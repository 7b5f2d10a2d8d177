"""A blind probe (wave 67c, issue 11): long and structured pages whose structure is the
hard part, written before running either tool: a long read whose sections each sit in
their own wrapper with ads and a newsletter box between them, a comparison built of
headings and tables, a how-to of step ``<div>``s with images, a changelog of ``<h3>`` and
``<ul>`` per version, a glossary in ``<dl>``, an interview of bold questions and answer
paragraphs, a poem in ``<br>`` lines, a thread whose first post is long, text that goes on
after an ad label, an embedded post or a video, an old site's layout tables, a page with a
second ``<article>`` (a teaser), ``<div>`` and ``<br>`` prose and code in ``<pre>``, in
Portuguese, Polish, Turkish, Vietnamese, Indonesian, Czech, Greek, Hebrew, Arabic,
Japanese, Korean, Hindi, Ukrainian and Swedish; then, each part written after the last was
run, harder shapes of the same (``hard_structures``: furniture longer than the text
beside it) and structure that looks like furniture (``link_dense_and_split``: linked
terms, changelog entries ending on links, a body split around story cards, an old forum
table, open ``<details>``) in eight and nine more languages.

The must-lines are the text (from its first, a middle and its last part: a section, a
table's cell, a step, a version's entry, a term and its definition, a verse); the
must-nots are the site's furniture and each page's own (ad labels, newsletter boxes, a
teaser article, an embedded post's text, replies' signatures and buttons, a version
picker). Borderline, decided before running: captions, bylines, dates, replies to a
thread and a pull quote repeating the text are neutral. Every name, place and sentence
here is invented."""

from __future__ import annotations

# Import order sets the probes' order in reports (the third batch, hard_structures, first).
from . import hard_structures, interrupted_and_old, link_dense_and_split, long_sections  # noqa: F401
from ._kit import PROBES

__all__ = ["PROBES"]
