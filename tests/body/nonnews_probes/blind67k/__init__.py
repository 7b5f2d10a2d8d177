"""A blind probe (wave 67k, issue 11): news stories whose body one insert splits, written
before running either tool, each in a language the other probe files hardly use (Catalan,
Danish, Estonian, Slovak, Afrikaans, Galician, Esperanto, Macedonian, Belarusian, Norwegian
Nynorsk, Bosnian, Latvian, Lithuanian, Tagalog, Slovene) and each split by a different
insert: a gallery carousel, a video player with its transcript toggle, an embedded social
post (blockquote and script), an inline "also read" card, a poll, a labelled ad slot, a map
embed, a podcast player, a paywall teaser midway with the rest visible, an infographic
``<figure>`` with a long caption, a "read more" button, a strip of more videos, a Facebook
post embed, a newsletter box and a photo-gallery link box.
Each story comes again hashed (every class a hash, ``news_probes.interruptions.hashed``);
a third part, written after the first two ran (``plain_inserts``), sets plain-tag inserts
in six more languages (Welsh, Icelandic, Maltese, Kazakh, Uzbek, Albanian), hashed only.

The must-lines are the story's paragraphs before and after the insert (its last one
always); the must-nots are each insert's furniture (its labels, buttons, counters, the
teaser's title, the poll's question and options, the embedded post's text) and the site's
(blind66's frames). Decided before running: a caption (a slide's, a figure's, however
long), a video's transcript and a byline are neutral. Every name, place and sentence here
is invented."""

from __future__ import annotations

from . import news_inserts, plain_inserts  # noqa: F401
from ._kit import PROBES

__all__ = ["PROBES"]
