"""A logo's alt text read as the site's name: the word "logo" it sets around the name cut.

A theme's header image says what it is ("Gartenglück Logo", "Logo der Stadtwerke",
"Logotipo de La Voz", "みなと新報のロゴ"); the rest is the site's name as the site writes it,
which its ``<title>`` and its publisher repeat. The words are the language files'
``logo_words``; cut only at the text's start or end, so a photo's description that speaks of a
logo mid-sentence ("The new logo on the town hall") keeps its words and names nothing.
"""

from __future__ import annotations

import functools
import re
import unicodedata

from newsextract.labels import logo_words

# Between the word and the name: a space, or a colon, dash or bar with spaces maybe
# ("Logo: Gartenglück", "Gartenglück – Logo").
_GAP = r"(?:\s*[:|–—-]\s*|\s+)"


def without_logo_words(text: str) -> str:
    """``text`` without a logo word opening or closing it; ``text`` itself when it has none
    (a bare "Logo" gives "": no name)."""
    folded = text.casefold()
    if not folded or folded in _words():
        return ""
    words = logo_words()
    if not (folded.startswith(words) or folded.endswith(words)):
        return text  # two C tests: most logos' texts hold no such word at either end
    opening, closing = _patterns()
    found = opening.match(text)
    text = text[found.end() :] if found else text
    found = closing.search(text)
    return (text[: found.start()] if found else text).strip()


@functools.cache
def _words() -> frozenset[str]:
    """Every language's logo words, for a text that is one alone ("Logo")."""
    return frozenset(logo_words())


@functools.cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The opening and closing patterns of every language's logo words, longest first.
    Words of unspaced scripts (ロゴ, 标志) close a name without a space ("みなと新報のロゴ")."""
    spaced = [w for w in logo_words() if not _unspaced(w)]
    unspaced = [w for w in logo_words() if _unspaced(w)]
    words = "|".join(map(re.escape, spaced))
    glued = "|".join(map(re.escape, unspaced)) or r"(?!)"
    opening = re.compile(rf"^(?:(?:{words}){_GAP}|(?:{glued})\s*)", re.I)
    closing = re.compile(rf"(?:{_GAP}(?:{words})|\s*(?:{glued}))$", re.I)
    return opening, closing


def _unspaced(word: str) -> bool:
    """Whether ``word`` is of a script written without spaces between words (Japanese,
    Chinese; Korean may glue it, "신문로고"), by its first letter's name."""
    name = unicodedata.name(word[0], "")
    return name.startswith(("CJK", "HIRAGANA", "KATAKANA", "HANGUL"))
