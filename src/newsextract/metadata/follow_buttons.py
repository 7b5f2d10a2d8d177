"""The writer a platform's post names beside its follow button: blog and article platforms
set the writer's name as a link to their profile, then a button to follow them ("<a
href=/u/…>周晓雨</a><button>关注</button>", "Анна Соколова … Подписаться"), without a
byline's class, a label or an author address. The last source of authors but a sidebar's."""

from __future__ import annotations

import functools

from selectolax.lexbor import LexborNode

from newsextract.label_lists import LabelList
from newsextract.labels import words
from newsextract.metadata.authors import split_byline
from newsextract.metadata.candidate import Candidate
from newsextract.metadata.markup_places import cand, outside_article
from newsextract.metadata.markup_tags import category_path, topic_path
from newsextract.metadata.name_shapes import looks_like_name
from newsextract.text import clean_text, unspaced_chars

FOLLOW_BUTTON = "follow-button"
# Levels above the button where the writer's link may stand before it: the button's own box,
# the card's line, the card ("<div><span><a>name</a></span><button>" and a box around both).
_LEVELS = 3
_MAX_BUTTON_CHARS = 20  # a button's word or two ("+ Follow", "フォローする"), not a sentence


@functools.cache
def _follow_words() -> frozenset[str]:
    return frozenset(words(LabelList.FOLLOW))


def follow_button_author(body: LexborNode | None, language: str | None) -> Candidate | None:
    """The name of the link nearest before the page's first follow button outside sidebars,
    comments and menus (a post's header sets it above the text, outside the text's own
    container), when that link's text is one name; else None."""
    if body is None:
        return None
    follow = _follow_words()
    for button in body.css("button"):
        raw = button.text(deep=True)
        if len(raw) > _MAX_BUTTON_CHARS * 4:
            continue  # a box of its own (a menu in a button), not a button's word
        text = clean_text(raw).lstrip("+＋ ").casefold()
        if text not in follow or outside_article(button):
            continue
        name = _name_before(button, language)
        return cand("authors", (name,), FOLLOW_BUTTON) if name is not None else None
    return None


def _name_before(button: LexborNode, language: str | None) -> str | None:
    """The text of the nearest link before ``button`` within ``_LEVELS`` of its boxes, when
    it is one name; None when the nearest link is something else (a topic, a site's logo)."""
    node: LexborNode | None = button
    for _ in range(_LEVELS):
        if node is None:
            return None
        sibling = node.prev
        while sibling is not None:
            tag = sibling.tag or ""
            links = [sibling] if tag == "a" else sibling.css("a") if tag.isalnum() else []
            for link in reversed(links):
                text = clean_text(link.text(deep=True, separator=" "))
                if text:
                    href = link.attrs.get("href") or ""  # a link may have no address
                    if topic_path().search(href) or category_path().search(href):
                        return None  # a topic's or a section's follow button
                    return text if _one_name(text, language) else None
            sibling = sibling.prev
        node = node.parent
    return None


# Hangul syllables: Korean names are one word of two to four of them ("김하늘").
_HANGUL = range(0xAC00, 0xD7A4)


def _one_name(text: str, language: str | None) -> bool:
    """Whether ``text`` is one person's name: two words or more, or one written in a script
    without spaces or in Hangul; one word of a spaced script is more often a section's name
    ("Politics") than a writer's."""
    spaced = len(text.split()) >= 2 or unspaced_chars(text) > 0
    if not spaced and not any(ord(char) in _HANGUL for char in text):
        return False
    return split_byline(text, places_of=language) == [text] and looks_like_name(text)
