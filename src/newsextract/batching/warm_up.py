"""A worker process's warm-up: the lazy data loaded once, then kept out of the collector's way.

``extract`` loads its language data, dateparser's month names and zone table and its regexes
on first use: a quarter of a second, tens of thousands of long-lived objects. A worker that
loads them on its first pages and then runs for hours makes Python's cyclic garbage
collector walk all of them at every full collection, a pause that lands on whichever page is
being read (30-40 ms: the slowest pages of a run). Loading them first on a small page of
ours and moving them to the permanent generation (``gc.freeze``) keeps the pauses to the
pages' own objects.
"""

from __future__ import annotations

import gc
import logging

from newsextract.errors import NewsExtractError
from newsextract.extract import extract

logger = logging.getLogger(__name__)

# A page that reaches the lazy parts: a byline, a date and a zone written in words (the date
# parser's data), a tag list, a standfirst and a few paragraphs.
_PAGE = b"""<!doctype html><html lang="en"><head><title>Warm-up | Example</title></head>
<body><article><h1>A page that loads the lazy parts once</h1>
<p class="standfirst">What a worker reads before its first page.</p>
<p class="byline">By Jo Writer, 5 March 2021 at 10:30 EST</p>
<p>Its written date sends the date search to the date parser, which reads its language data
on first use.</p><p>Everything else about it is ordinary: a headline, a byline and text.</p>
<div class="tags">Tags: <a href="/t/a">Alpha</a> <a href="/t/b">Beta</a></div>
</article></body></html>"""


def warm_up() -> None:
    """Extract the warm-up page, then freeze what stays loaded (see the module docstring).
    A failure is logged and ignored: a worker runs without its warm-up."""
    try:
        extract(_PAGE, url="https://warm.up.example/2021/03/05/warm-up")
    except NewsExtractError as exc:  # our own page: never expected, never fatal
        logger.debug("warm-up page failed: %s", exc)
    gc.collect()
    gc.freeze()
