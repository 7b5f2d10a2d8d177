"""A picture's caption written without a figure's markup: a paragraph of a picture over one
italic line, a span classed as a caption right after a picture, and the lengths a caption
has. Kept apart because the walk, the caption boxes and the finish all ask what a caption
is by these same measures."""

from __future__ import annotations

from selectolax.lexbor import LexborNode

from newsextract.body.container_hints import (
    caption_class,
    credit_class,
)
from newsextract.body.link_checks import link_chars

# A "caption" longer than this (a hundred words) is the article's text set in a
# <figcaption> (a lead written under the picture): a caption says what a picture shows in
# a sentence or two. (400 cost fundus B 0.0003: some long captions are captions.)
CAPTION_CHARS = 600


# A paragraph holding a picture, line breaks and one italic line, and nothing else
# (``<p><img><br><em>The quay at dawn</em></p>``): the line is the picture's caption, as a
# blog's editor writes one without a ``<figure>``. A picture's own elements, and the wraps
# of such a line.
_PICTURE_TAGS = frozenset({"img", "picture"})


_CAPTION_WRAPS = frozenset({"em", "i", "small"})


# Such a caption, without a figure's markup to say so, is one line under the picture: at
# most this long (a caption naming four people and the place is 90 characters); a longer
# italic paragraph there is a quotation or an aside of the text (a letter quoted whole).
PICTURE_CAPTION_CHARS = 160


# The marks that end a lead-in to what follows, not a caption of what is above.
LEAD_IN_MARKS = (":", "：")


def picture_with_caption(node: LexborNode) -> bool:
    """Whether ``node`` (a paragraph of several children) is a picture over one italic
    line: its first element a picture (or a link around one only), then line breaks and
    one ``<em>``, ``<i>`` or ``<small>``, no other text. A paragraph opening with text
    (nearly all) is answered at its first child."""
    picture = caption = False
    child = node.child
    while child is not None:
        tag = child.tag
        if tag == "-text":
            if (child.text_content or "").strip():
                return False
        elif tag == "br" or tag == "_comment":
            pass
        elif not picture:
            if tag not in _PICTURE_TAGS and not (tag == "a" and _only_a_picture(child)):
                return False
            picture = True
        elif (tag in _CAPTION_WRAPS or (tag == "span" and caption_classed(child))) and not caption:
            caption = True
        else:
            return False
        child = child.next
    return caption


def caption_classed(node: LexborNode) -> bool:
    """Whether an element is classed as a picture's caption and not as its credit
    ("wp-caption-text", "caption", "image-caption"; not "photo-credit")."""
    classes = node.attributes.get("class")
    return bool(classes) and credit_class(classes) and caption_class(classes)


# The inline elements a picture's caption line is set in after the picture: a theme's
# ``<span class="wp-caption-text">``, a site's ``<em class="image-caption">``.
CAPTION_LINE_TAGS = frozenset({"span", "em", "i", "small"})


def caption_span(span: LexborNode) -> bool:
    """Whether a ``<span>`` (or an ``<em>``, ``<i>``, ``<small>``: ``CAPTION_LINE_TAGS``) is
    a picture's caption line: classed as a caption (``caption_classed``), right after a
    picture (or a link around one only; line breaks and white space between), one line of a
    caption's length (``PICTURE_CAPTION_CHARS``) not leading into what follows. A theme or
    an editor sets it so inside the picture's box or in the text's own (``<img><span
    class="wp-caption-text">``), where its words would otherwise run into the text's."""
    if not caption_classed(span):
        return False
    before = span.prev
    while before is not None and (
        before.tag in ("br", "_comment")
        or (before.tag == "-text" and not (before.text_content or "").strip())
    ):
        before = before.prev
    if before is None or not (
        before.tag in _PICTURE_TAGS or (before.tag == "a" and _only_a_picture(before))
    ):
        return False
    text = span.text(deep=True).strip()
    return (
        0 < len(text) <= PICTURE_CAPTION_CHARS
        and any(char.isalpha() for char in text)
        and not text.endswith(LEAD_IN_MARKS)
        and 2 * link_chars(span) <= len(text)  # a teaser card's linked title
    )


def _only_a_picture(link: LexborNode) -> bool:
    """Whether a link holds a picture and no text (a picture linked to its full size)."""
    found = False
    child = link.child
    while child is not None:
        if child.tag in _PICTURE_TAGS:
            found = True
        elif child.tag != "-text" or (child.text_content or "").strip():
            return False
        child = child.next
    return found
