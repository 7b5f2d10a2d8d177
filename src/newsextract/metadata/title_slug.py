"""The part of a ``<title>`` its page's address spells: a post's slug.

A blog's ``<title>`` often strings the post's title, its category's and the blog's together
("Pruning roses in late winter :: Garden :: My Garden Blog"), with no visible headline to
tell which part is the post's and no ``<meta>`` naming the blog. The address names the post
in its last step ("/pruning-roses-in-late-winter/"): the one part whose letters are the
slug's is the post's title.
"""

from __future__ import annotations

from unicodedata import combining, normalize
from urllib.parse import unquote, urlsplit

from newsextract.metadata.site_names import title_parts

# Fewer words than this in the slug, it names a section or a page's kind ("/garden/",
# "/about-us/") as often as a post, which a title's part also names.
MIN_SLUG_WORDS = 3
_SLUG_MARKS = str.maketrans("-_+", "   ")
# German writes an umlaut as its vowel and "e" in an address ("spaetwinter" for "Spätwinter").
_UMLAUT_DIGRAPHS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})


def slug_key(url: str | None) -> str:
    """The letters and digits of the address's last path step, without case or accents,
    when it is a slug of ``MIN_SLUG_WORDS`` words or more; "" otherwise."""
    if not url:
        return ""
    path = urlsplit(url).path.rstrip("/")
    last = unquote(path.rsplit("/", 1)[-1]).rsplit(".", 1)[0]
    if len(last.translate(_SLUG_MARKS).split()) < MIN_SLUG_WORDS:
        return ""
    return _key(last)


def slug_part(title: str, key: str) -> str | None:
    """The one part of ``title`` (of two or more) whose letters are the slug's ``key``."""
    if not key:
        return None
    parts = title_parts(title)
    if len(parts) < 2:
        return None
    found = [p for p in parts if key in (_key(p), _key(p.casefold().translate(_UMLAUT_DIGRAPHS)))]
    return found[0].strip() if len(found) == 1 else None


def spells_slug(text: str, key: str) -> bool:
    """Whether some of ``text``'s words, in order, spell the slug's ``key`` whole: a slug
    drops a question's short words ("/order-new-debit-card/" for "How do I order a new
    debit card?"), never adds or reorders any."""
    if not key:
        return False
    reached = {0}  # the places in ``key`` the words so far can end at
    for word in text.split():
        letters = _key(word)
        if letters:
            reached |= {at + len(letters) for at in reached if key.startswith(letters, at)}
    return len(key) in reached


def _key(text: str) -> str:
    folded = normalize("NFKD", text.casefold())
    return "".join(c for c in folded if c.isalnum() and not combining(c))
