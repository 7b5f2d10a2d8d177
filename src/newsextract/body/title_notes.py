"""A closing line that names the article by its headline: a note about the copy, not a line
of it.

A feed's item closes with its plugin's footer ("The post <headline> appeared first on <site>.",
"L'article <headline> est apparu en premier sur <site>."), which a feed reader's page, a
scraper's copy or a partner's import of the feed keeps as the text's last paragraph. Its
wording is the plugin's translation in each language; what every one of them does is name
the article by its headline, between words of its own. A paragraph of the text quotes its
own headline so rarely, and never as a line of a few words around it, that this is told
without any language's words.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsextract.body.model import PARAGRAPH, Block
from newsextract.text import compare_key

# The words around the headline in such a note ("The post" ... "appeared first on The
# Harbour Ledger."): at most this many characters of its key; a paragraph quoting the
# headline among sentences of its own is longer.
_NOTE_ROOM = 120
# ``_NOTE_ROOM`` in the raw text, with room for the punctuation and spaces its key drops.
_RAW_ROOM = 2 * _NOTE_ROOM
# A headline is told inside a line by its words: at least this many of them (a title of
# two or three, a book's, an event's or a place's name, "Sprungbrett-Event Schaffhausen", is
# a name any sentence may use).
_TITLE_MIN_WORDS = 4
# The note opens on the article's noun with its article ("The post", "L'article", "Der
# Beitrag", "La entrada"): at most this many words before the headline. A citation naming
# its authors first ("Suggested citation Roe, Jane: <headline>, …") is longer there.
_OPENING_WORDS = 3


def without_title_note(blocks: Sequence[Block], title: str | None) -> list[Block]:
    """``blocks`` without a last paragraph that names the article by ``title`` between
    words of its own (``_NOTE_ROOM`` at most, ``_OPENING_WORDS`` before it): not when it is
    the only block, nor when the headline opens or closes it (a line that only repeats it
    is the headline's, which ``standfirst`` handles)."""
    if not title or len(blocks) < 2 or blocks[-1].kind is not PARAGRAPH:
        return list(blocks)
    text = blocks[-1].text
    if len(text) > len(title) + _RAW_ROOM:
        return list(blocks)  # most last paragraphs: too long, told before any key is made
    key = compare_key(title)
    if len(key.split()) < _TITLE_MIN_WORDS or "://" in text:
        return list(blocks)  # a citation, which names its address, is the text's to keep
    line = compare_key(text)
    at = line.find(key)
    if at <= 0 or at + len(key) >= len(line) or len(line) - len(key) > _NOTE_ROOM:
        return list(blocks)
    return list(blocks[:-1]) if len(line[:at].split()) <= _OPENING_WORDS else list(blocks)
