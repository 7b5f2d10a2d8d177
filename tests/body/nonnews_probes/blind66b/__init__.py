"""A second blind probe (wave 66b, issue 11): pages written without reading the body code,
in languages the other probe files hardly use (Hindi, Bengali, Thai, Vietnamese,
Indonesian, Swahili, Ukrainian, Greek, Romanian, Hungarian, Finnish, Czech, Hebrew, Korean,
Japanese, Chinese in traditional script, Urdu, Amharic, Yoruba, Persian, Kurmanji, Pashto)
and in layouts the probes use little: a story split by ad slots and "recommended" teasers,
text in <div>s with <br> only, a story in two columns of a layout table, a sticky "most
read" rail in the middle of the markup, a multi-page article's page 2, a live blog of
timestamped posts, an interview of bold questions, a photo essay whose captions are the
text, a transcript, a listicle of numbered headings with images, a glossary (<dl>), a
comparison table review, a right-to-left page with a left-to-right code block, a
changelog, an obituary, a letters page, a right-to-left story with an inline teaser and a
notice; and pages whose furniture sits among the text (a paragraph that is one teaser
link, a sponsored box, a share strip under each live post, a "most read" box and tags
inside the body, "read more" link lines between <br>s, a short page 2 under a large
related grid).

The must-lines are the text (a standfirst included: newsextract's text is its lead and
body); the must-nots are the site's furniture (blind66's kit) and each layout's own: ad
labels, teasers, the rail's entries, the pager, a "load more" button, a player's labels, a
feedback strip. Captions in a photo essay are text; credits, bylines, dates, a letter's
signature and a speaker's name are neutral. Every name, place and sentence is invented."""

from __future__ import annotations

# The parts add their pages in this order (the probes' order in reports).
from . import interleaved, news_layouts, other_layouts  # noqa: F401
from ._kit import PROBES

__all__ = ["PROBES"]
