"""Tags in a box the markup names as the article's tag list, with no label, no rel=tag and no
topic address: ``<div class="tags"><a href="+-Asie-+">Asie</a> …</div>`` (SPIP's keyword
links), ``<ul class="article-tags"><li>Libraries</li>…</ul>`` (tags shown without links).
Themes name such boxes in English whatever the page's language, and the name is all that
marks them: the last source of tags."""

from __future__ import annotations

import functools
import re

from selectolax.lexbor import LexborNode

from newsextract.label_lists import LabelList
from newsextract.labels import LABEL_COLONS, LABEL_END, alternation
from newsextract.lazy_regex import LazyPattern
from newsextract.metadata.markup_places import outside_article
from newsextract.metadata.meta import META_KEYS, OPENGRAPH_KEYS
from newsextract.page import ParsedPage
from newsextract.text import clean_text

TAG_BOX = "tag-box"

_MIN_ITEMS = 2  # one named element may be a tag's badge ("<span class=tag>"); a list has more
_MAX_ITEMS = 30  # more items than this are the site's index of tags, not a story's
_MAX_TAG_CHARS = 50  # a tag is a name or a topic; a longer item is a headline
_MAX_TAG_WORDS = 6
# What may stand between a box's items besides them: separators themes print.
_SEPARATORS = LazyPattern(r"[\s,;|·•/]*")
# Boxes whose name also says they are the site's, not the story's: a tag cloud (every tag
# of the site; WordPress's widget writes it as one word, "tagcloud"), a bar of trending or
# popular topics over the masthead.
_SITE_WIDE = frozenset({"cloud", "tagcloud", "trending", "popular"})
# Elements that are prose, or a heading: a class naming tags on them is a style, no list.
_NOT_BOXES = frozenset({"a", "p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "button"})


# The words a theme names a tag box with, in English whatever the page's language (as it
# names its breadcrumb "breadcrumb"): a part of a class token ("post-tags", "tag_list").
_CLASS_WORDS = ("tags", "tag", "keywords", "keyword", "topics", "hashtags")


_PART_BREAKS = str.maketrans("-_", "  ")  # a class token's parts: "post-tags", "article__tags"


def tag_box(page: ParsedPage, scope: LexborNode) -> tuple[str, ...]:
    """The items of the first box in ``scope`` whose class names it a tag list (a part of a
    class token between hyphens and underscores is a tag word: "post-tags",
    "article__keywords"; none is a site-wide box's word), holding nothing but two to
    ``_MAX_ITEMS`` short items (its links' texts, else its list items'), inside the
    article; else ()."""
    meta = page.meta
    if any(key in meta for key in _TAG_METAS):
        return ()  # a tag <meta> ranks before the box, which only fills an empty field
    classes = page.names_by_attribute[0]
    tokens = _box_tokens(classes, [word for word in _CLASS_WORDS if word in classes])
    if not tokens:
        return ()
    for box in scope.css(", ".join(f'[class~="{token}" i]' for token in tokens)):
        if box.tag in _NOT_BOXES or outside_article(box):
            continue
        items = _items(box)
        if items:
            return items
    return ()


# The <meta> names of tags (OpenGraph's and the others' lists of ``metadata.meta``).
_TAG_METAS = (*OPENGRAPH_KEYS["tags"], *META_KEYS["tags"])
_SEPARATORS_OF_PARTS = frozenset(" \t\n\f\r-_")


def _box_tokens(classes: str, found: list[str]) -> list[str]:
    """The class tokens of ``classes`` (the page's class values, lower case, one a line) in
    which a word of ``found`` stands as a part between hyphens and underscores, and no
    site-wide box's word: each occurrence of the words found, widened to its token."""
    tokens: dict[str, None] = {}
    end = len(classes)
    for word in found:
        at = classes.find(word)
        while at >= 0:
            after = at + len(word)
            if (at == 0 or classes[at - 1] in _SEPARATORS_OF_PARTS) and (
                after == end or classes[after] in _SEPARATORS_OF_PARTS
            ):
                start = at
                while start > 0 and not classes[start - 1].isspace():
                    start -= 1
                stop = after
                while stop < end and not classes[stop].isspace():
                    stop += 1
                token = classes[start:stop]
                parts = token.translate(_PART_BREAKS).split()
                if _SITE_WIDE.isdisjoint(parts) and token.isascii() and '"' not in token:
                    tokens[token] = None
            at = classes.find(word, after)
    return list(tokens)


def _items(box: LexborNode) -> tuple[str, ...]:
    """The box's items when it holds only them: its links' texts, or its list items' texts
    when it has no link, or else its children's when they are chips (``_chips``); () when
    other text stands beside them (a sentence, a label, a button's word), an item is no
    tag's length or a link leads within the page. The box's own heading, first, is no such
    text (``_heading``)."""
    nodes = box.css("a") or box.css("li")
    if not nodes and (labelled := _labelled_chips(box)):
        return labelled
    nodes = nodes or _chips(box)
    if not _MIN_ITEMS <= len(nodes) <= _MAX_ITEMS:
        return ()
    if any(node.tag == "a" and _within_page(node.attrs.sget("href")) for node in nodes):
        return ()  # a table of contents
    texts = [clean_text(node.text(deep=True, separator=" ")) for node in nodes]
    if not all(t and len(t) <= _MAX_TAG_CHARS and len(t.split()) <= _MAX_TAG_WORDS for t in texts):
        return ()
    rest = clean_text(box.text(deep=True, separator=" "))
    if (heading := _heading(box, nodes)) and rest.startswith(heading):
        rest = rest[len(heading) :].lstrip(_LABEL_COLONS)
    for text in texts:
        at = rest.find(text)
        if at < 0:
            return ()
        if not _SEPARATORS.fullmatch(rest[:at]):
            return ()
        rest = rest[at + len(text) :]
    if not _SEPARATORS.fullmatch(rest):
        return ()
    names = tuple(dict.fromkeys(texts))
    return names if len(names) >= _MIN_ITEMS else ()


# A box's own heading: a label's length (Drupal's "field__label" over its tags field,
# "Calaamado", in a language whose tag labels the files lack), a word or three, no number.
_MAX_HEADING_CHARS = 30
_MAX_HEADING_WORDS = 3
_LABEL_COLONS = ":：-–"
_ITEM_TAGS = frozenset({"a", "li", "button"})


def _heading(box: LexborNode, items: list[LexborNode]) -> str:
    """The text of the box's first child element when it is the box's heading: no item
    itself (a chip), holding none (no link, no list item) and a label's length without a
    digit; else ""."""
    first = next(box.iter(include_text=False), None)
    if (
        first is None
        or first.tag in _ITEM_TAGS
        or first.mem_id in {item.mem_id for item in items}
        or first.css_first("a, li, button") is not None
    ):
        return ""
    text = clean_text(first.text(deep=True, separator=" ")).rstrip(_LABEL_COLONS).strip()
    if (
        not text
        or len(text) > _MAX_HEADING_CHARS
        or len(text.split()) > _MAX_HEADING_WORDS
        or any(c.isdigit() for c in text)
    ):
        return ""
    return text


_CHIP_TAGS = frozenset({"span", "div"})  # what a box of unlinked chips sets each in


def _chips(box: LexborNode) -> list[LexborNode]:
    """The box's children when it has two or more and all are ``<span>``s, or all ``<div>``s
    ("<div class=hashtags><span>#폭우</span> <span>#서울</span></div>": chips without links),
    and none holds a colon (a label's span standing first, or a "Source: …" or "Course: …"
    line, a fact with its label, is no chip); else []."""
    children = list(box.iter(include_text=False))
    if len(children) < _MIN_ITEMS or len({child.tag for child in children}) != 1:
        return []
    if children[0].tag not in _CHIP_TAGS:
        return []
    texts = [clean_text(child.text(deep=True, separator=" ")) for child in children]
    return [] if any(":" in t or "：" in t for t in texts) else children


# What parts the topics of a keyword line set in one element ("pesce, zuppa, autunno").
_ITEM_SEPARATORS = LazyPattern(r"\s*[,;，、]\s*")


def _labelled_chips(box: LexborNode) -> tuple[str, ...]:
    """The topics after a tag label in a box of ``<span>``s and nothing else, the label the
    first ("<span>Parole chiave</span> <span>pesce, zuppa, autunno</span>", a recipe
    plugin's keyword line): each later span's text, split at its commas; () unless two or
    more, each a tag's length."""
    children = list(box.iter(include_text=False))
    if len(children) < _MIN_ITEMS or any(child.tag != "span" for child in children):
        return ()
    label = clean_text(children[0].text(deep=True, separator=" "))
    if not _tag_label().match(label):
        return ()
    items = [
        item
        for child in children[1:]
        for item in _ITEM_SEPARATORS.split(clean_text(child.text(deep=True, separator=" ")))
        if item
    ]
    if len(items) < _MIN_ITEMS or not all(
        len(item) <= _MAX_TAG_CHARS and len(item.split()) <= _MAX_TAG_WORDS for item in items
    ):
        return ()
    return tuple(dict.fromkeys(items))


@functools.cache
def _tag_label() -> re.Pattern[str]:
    """A span that is a tag label of any language and nothing else, a colon after it or not."""
    tags = alternation(LabelList.TAGS)
    return re.compile(rf"^(?:{tags}){LABEL_END}\s*[{LABEL_COLONS}]?$", re.I)


# The words naming a tag cloud: every tag of the site, sized by use.
_CLOUD_WORDS = frozenset({"cloud", "tagcloud"})
# Levels above a link where its cloud's box may stand (WordPress: <div class="tagcloud"><a>).
_CLOUD_DEPTH = 2


def in_tag_cloud(link: LexborNode) -> bool:
    """Whether ``link`` or a box up to ``_CLOUD_DEPTH`` levels above it is named a tag cloud
    ("tagcloud", "wp-block-tag-cloud", "tag-cloud-link"), not being the ``<article>`` (whose
    class WordPress fills with the post's own tags, "tag-cloud" for a post tagged "cloud")."""
    node: LexborNode | None = link
    for _ in range(_CLOUD_DEPTH + 1):
        if node is None or node.tag == "article":
            return False
        value = node.attrs.sget("class")
        if value and not _CLOUD_WORDS.isdisjoint(value.lower().translate(_PART_BREAKS).split()):
            return True
        node = node.parent
    return False


def named_site_wide(node: LexborNode) -> bool:
    """Whether ``node``'s class names a site-wide box ("trending-bar", "tag_cloud"): a part
    of one of its class tokens, between hyphens and underscores, is a site-wide box's word."""
    value = node.attrs.sget("class")
    return bool(value) and not _SITE_WIDE.isdisjoint(value.lower().translate(_PART_BREAKS).split())


def _within_page(href: str) -> bool:
    """Whether a link leads to a place in the page ("#s2"; "#" alone is a script's link)."""
    return href.startswith("#") and href != "#"
