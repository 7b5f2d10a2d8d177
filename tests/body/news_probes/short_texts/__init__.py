"""A blind round (wave 57): pages whose text is short and whose furniture is long, written
without reading the extractor, in thirty-one pages of twenty-nine languages (eight of them ones
the other probe files lack: Breton, Yiddish, West Frisian, Maori, Occitan, Cebuano, Latin,
Assamese). An extractor that finds the text by its density fails here: the text is one or two
paragraphs, the related stories' summaries, the comments, the reviews or the menus around it
are ten times longer.

The kinds: a two-paragraph news brief above a list of related stories with their summaries; a
one-paragraph "breaking" item above a river of the latest news; a photo of the day whose text
is one paragraph under the picture (once in the ``<figcaption>`` itself: there the caption *is*
the text); a council's notice (road closure, office hours, a water cut) in a site of long
mega-menus, a section menu and a "was this page helpful?" box; a short answer on a Q&A page
above a long comment thread; a product page whose description is three lines above long
reviews and a spec table; a quote and poems of the day above their archives; weather
bulletins; short company statements followed by "About the company" and a legal disclaimer; a
video page whose text is two lines above an "up next" playlist; tweet-length live updates
beside the other updates; and articles whose comments are ten times their text.

Each page has its whole furniture in its language: a cookie banner, a mega-menu of two or
three sections, a footer of links. The must-lines are the text, all of it; the must-nots are
the teasers' titles and summaries, the comments, the reviews, the disclaimers, the menus'
entries, the cookie banner and the footer's links.

Borderline cases, decided:
- a Q&A page's question is a must-line: the answer reads only against it, and it is the
  page's own text (an "ask the doctor" column prints both);
- "About the company" after a statement is neutral: a wire sends it as part of the release,
  a reader comes for the statement; truths differ;
- a product's spec table is neutral: product data, some truths keep it, the brief names the
  reviews only;
- a forecast table under a weather bulletin is neutral (data the bulletin sums up), its
  warnings legend a must-not (the site's key, the same on every page);
- a "this story is developing" line under a breaking item, a photo credit, a poet's bio, a
  notice's contact box and a release's media contact are neutral (the paper's or the
  office's word, kept by some truths and not by others);
- a live update's time stamp is neutral; the other updates beside it are must-nots (the page
  is the one update's permalink, the others are its river);
- a poem's title is the page's h1, so not a must-line of the body.

Every name, place and sentence here is invented (the Latin sayings too).
"""

from __future__ import annotations

# The parts add their pages in this order (the probes' order in reports).
from . import pages_de_to_ru, pages_en_qa_to_hu  # noqa: F401
from ._kit import PROBES

__all__ = ["PROBES"]
