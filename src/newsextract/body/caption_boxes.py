"""A picture's caption set in a classed box, not a ``<figcaption>``: WordPress's classic
``<div class="wp-caption"><img><p class="wp-caption-text">`` (and its ``[caption]``
shortcode's output), a theme's picture box with an ``image-caption`` box under the
``<img>``. The walk reads such boxes as it reads ``<figure>`` and ``<figcaption>``
(``blocks._Walker._box``): their caption is kept as a caption block, out of the body.

A picture's credit in a box of its own beside its caption box ("image-credits",
"photo-copyright", "image-source": "Foto: Name", "© Agency") is the picture's too: dropped,
as a credit closing a ``<figcaption>`` is (``credit_box``), never a line of the body.

Asked only of a container classed as a caption (``container_hints.caption_class``) or as a
credit (``credit_class_words``), so of a handful of elements a page."""

from __future__ import annotations

import enum
import functools
import re

from selectolax.lexbor import LexborNode

from newsextract.body.container_hints import caption_class, credit_class
from newsextract.body.link_checks import link_chars
from newsextract.body.picture_captions import CAPTION_CHARS, PICTURE_CAPTION_CHARS

# A small parent: the picture box holds the picture, its caption box and a credit or a
# zoom button at most (a bigger box is a section of the page, not one picture's).
_SMALL_BOX = 4
# Ancestors whose class names are asked for a slider's or a gallery's words: the caption
# box, its picture box and the one around it (a slide's item, its track).
_SLIDER_DEPTH = 3
_PICTURES = frozenset({"img", "picture"})
# A card's title or a list is no caption: a box beside a picture holding one is a teaser
# card's or a team's ("thumbnail > img + caption > h3 + p"), not a picture's line.
_NO_CAPTION_PARTS = "h1, h2, h3, h4, h5, h6, ul, ol, table"
_CLASS_WORD = re.compile(r"[a-z]+")


class CaptionBox(enum.Enum):
    """What a caption-classed box is to the walk."""

    NONE = enum.auto()  # furniture named "caption", weighed as before
    FIGURE = enum.auto()  # the picture and its caption together ("wp-caption")
    CAPTION = enum.auto()  # the caption beside the picture ("image-caption")


@functools.cache
def _data() -> dict[str, list[str]]:
    """The class words of ``data/caption_boxes.toml``."""
    import tomllib
    from importlib import resources

    path = resources.files("newsextract").joinpath("data", "caption_boxes.toml")
    return tomllib.loads(path.read_text(encoding="utf-8"))


@functools.cache
def _slider_words() -> frozenset[str]:
    """The class words of sliders and galleries (``data/caption_boxes.toml``)."""
    return frozenset(_data()["words"])


@functools.cache
def _credit_words() -> frozenset[str]:
    """The class words of a picture's credit (``data/caption_boxes.toml``)."""
    return frozenset(_data()["credit_words"])


@functools.lru_cache(maxsize=8192)  # templates repeat the same class strings
def credit_class_words(classes: str) -> bool:
    """Whether a class string names a picture's credit ("image-credits", "photo-copyright",
    "img-source"): a whole word of ``data/caption_boxes.toml``'s ``credit_words``."""
    lower = classes.lower()
    words = _credit_words()
    # A whole word is a substring too: ``in`` tests first, as most class strings hold none
    # (the words' regex split cost five times as much).
    for word in words:
        if word in lower:
            return not words.isdisjoint(_CLASS_WORD.findall(lower))
    return False


# What a classed box's names say of it (``box_naming``): nothing of a picture's, its
# caption's (``credit_class`` and ``caption_class``), its credit's (``credit_class_words``).
NAMED_NOTHING = 0
NAMED_CAPTION = 1
NAMED_CREDIT = 2


@functools.lru_cache(maxsize=8192)  # templates repeat the same class strings
def box_naming(classes: str) -> int:
    """Whether a box's class string names it a picture's caption or a picture's credit:
    one cached call for each classed box the walk meets, where two or three were asked."""
    if credit_class(classes) and caption_class(classes):
        return NAMED_CAPTION
    return NAMED_CREDIT if credit_class_words(classes) else NAMED_NOTHING


def in_slider(node: LexborNode) -> bool:
    """Whether ``node`` or a near ancestor is named as a slider's or a gallery's part."""
    words = _slider_words()
    element: LexborNode | None = node
    for _ in range(_SLIDER_DEPTH):
        if element is None:
            return False
        classes = element.attributes.get("class") or ""
        if not words.isdisjoint(_CLASS_WORD.findall(classes.lower())):
            return True
        element = element.parent
    return False


def _pictures(node: LexborNode) -> int:
    """The pictures under ``node`` (a ``<picture>`` holds its ``<img>``)."""
    return len(node.css("img"))


def _elements(node: LexborNode) -> list[LexborNode]:
    """``node``'s child elements."""
    return [child for child in node.iter() if child.tag not in ("-text", "_comment")]


def _only_picture(node: LexborNode) -> bool:
    """Whether ``node`` is a picture, or a box (a link, a wrapper) of one picture and no
    text."""
    if node.tag in _PICTURES:
        return True
    return _pictures(node) == 1 and not node.text(deep=True).strip()


def caption_box(node: LexborNode) -> CaptionBox:
    """What a caption-classed box is: a figure when it holds one picture beside its
    caption's lines, a caption (one line) when it sits in a small box with one picture
    outside it; else furniture (a caption box alone, a slider's, a gallery's counter "1/12",
    a card's titled or linked box, an over-long box). The markup is asked first, the text
    last: most caption-named boxes of a page are no picture's."""
    if in_slider(node):
        return CaptionBox.NONE
    children = _elements(node)
    if len(children) <= _SMALL_BOX and sum(map(_only_picture, children)) == 1:
        if _pictures(node) != 1:
            return CaptionBox.NONE
        box, longest = CaptionBox.FIGURE, CAPTION_CHARS
    else:
        parent = node.parent
        if parent is None or _pictures(node):
            return CaptionBox.NONE
        siblings = [child for child in _elements(parent) if child.mem_id != node.mem_id]
        if not siblings or len(siblings) >= _SMALL_BOX:
            return CaptionBox.NONE
        if sum(map(_only_picture, siblings)) != 1 or _pictures(parent) != 1:
            return CaptionBox.NONE
        # Beside the picture, outside any figure's markup, a caption is one line as an
        # italic one under a picture is (``PICTURE_CAPTION_CHARS``): a longer box is the text's.
        box, longest = CaptionBox.CAPTION, PICTURE_CAPTION_CHARS
    text = node.text(deep=True).strip()
    if (
        len(text) > longest
        or not any(char.isalpha() for char in text)
        or node.css_first(_NO_CAPTION_PARTS) is not None
        or 2 * link_chars(node) > len(text)  # a teaser card's linked title
    ):
        return CaptionBox.NONE
    return box


# A key's list holds an entry a symbol or colour at least two of them (one line is a caption).
_KEY_ENTRIES = 2


def symbol_key(node: LexborNode) -> bool:
    """Whether a caption-named box that is no picture's (``caption_box`` said none) is a key
    to the page's symbols: no picture in it, a heading and then one list of unlinked
    entries, and nothing else (a forecast's "what the warning colours mean", a map's
    legend). A picture's caption is a line or two beside its picture, never a titled list."""
    children = _elements(node)
    if len(children) != 2 or children[0].tag not in _HEADING_TAGS:
        return False
    listed = children[1]
    if listed.tag not in ("ul", "ol") or _pictures(node) or link_chars(listed):
        return False
    return len([item for item in _elements(listed) if item.tag == "li"]) >= _KEY_ENTRIES


_HEADING_TAGS = frozenset({"h2", "h3", "h4", "h5", "h6"})


def credit_box(node: LexborNode) -> bool:
    """Whether a credit-classed box (``credit_class_words``) is a picture's credit: it sits
    in a small box beside that one picture and its caption box and nothing else (an
    author's box has no caption box; a "Source:" line closing the text sits among the
    text's paragraphs), and holds one short line of no heading or list."""
    parent = node.parent
    if parent is None or _pictures(node):
        return False
    siblings = [child for child in _elements(parent) if child.mem_id != node.mem_id]
    if not siblings or len(siblings) >= _SMALL_BOX or _pictures(parent) != 1:
        return False
    pictures = captions = 0
    for sibling in siblings:
        if _only_picture(sibling):
            pictures += 1
            continue
        classes = sibling.attributes.get("class") or ""
        if credit_class_words(classes):
            continue  # a second credit line ("Foto:" and "©" apart)
        if not (credit_class(classes) and caption_class(classes)):
            return False  # a line of the text beside the picture
        if caption_box(sibling) is not CaptionBox.CAPTION:
            return False
        captions += 1
    if pictures != 1 or captions != 1:
        return False
    text = node.text(deep=True).strip()
    return len(text) <= PICTURE_CAPTION_CHARS and node.css_first(_NO_CAPTION_PARTS) is None


def cell_of_picture(cell: LexborNode) -> bool:
    """Whether a table, or a cell, is or sits in a table holding a picture: a caption cell
    there (Blogger's ``tr-caption`` under its picture's row, an old site's picture table)
    is the picture's caption, as a ``<figcaption>`` is, not furniture named "caption"."""
    table: LexborNode | None = cell
    while table is not None and table.tag != "table":
        table = table.parent
    return table is not None and table.css_first("img, picture") is not None
