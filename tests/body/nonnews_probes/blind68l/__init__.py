"""A blind probe (wave 68l, issue 11): live pages, written before running either tool, in
seventeen languages (German, French, Spanish, Italian, Dutch, Polish, Portuguese, Swedish,
Turkish, Czech, Finnish, Romanian, Hungarian, Greek, Ukrainian, Japanese, Danish), built as
live blogs are: a ticker of other live events over the headline, an "updated N minutes
ago" line, a summary box of key points, an intro, a pinned entry, entries newest first
(each headed by its time alone, with a headline or none, its text, an embedded post or a
picture, and its share and copy-link buttons), a "load more" button; sports pages with
minute marks and a scoreboard; results pages with a table. Three layouts: an <article>
per entry, an ordered list, and a rich-text field of bold time and headline lines between
<hr>s; eight pages again hashed (every class a hash).

Truth, decided before running: the summary points, the intro, every entry's headline and
text (the pinned one's too) and a results table's named rows are the text (a reader reads
the stream as the story); the share and copy-link buttons, the pinned badge, the "load
more" button, the "updated" line, the ticker and an embedded post's "view on" link are
furniture. Neutral: an entry's time (a minute mark too; a reader reads it as the entry's
stamp, and the dev truths differ: some keep the times, some drop them), the summary box's
heading, a picture's caption, an embedded post's text and author (quoted in the stream;
truths differ), the scoreboard. Every name, place, result and sentence is invented."""

from __future__ import annotations

from . import news_live, sports_and_results  # noqa: F401
from ._kit import PROBES

__all__ = ["PROBES"]
