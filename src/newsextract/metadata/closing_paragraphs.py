"""Whether a paragraph closes the article's text: it follows another paragraph and no element
with text follows it.

The closing credits (an agency's "— Reuters", a writer's name in brackets) are read only
there: the same words elsewhere are a caption's, a teaser's or the site's.
"""

from __future__ import annotations

from selectolax.lexbor import LexborNode


def text_follows(node: LexborNode) -> bool:
    """Whether an element with text follows ``node`` among its siblings."""
    following = node.next
    while following is not None:
        if following.text(deep=True).strip():
            return True
        following = following.next
    return False


def closes_text(
    node: LexborNode, blocks: tuple[str, ...] = ("p",), *, text_box: bool = False
) -> bool:
    """Whether a paragraph follows another one and no element with text follows it; a
    paragraph is a ``<p>``, or one of ``blocks``. With ``text_box``, it may follow the box
    of the text instead, a ``<div>`` whose last element is a paragraph (a credit set after
    the text's container: "<div class=post-content>…</div><p>(Avec AFP)</p>")."""
    previous = node.prev
    while previous is not None and previous.tag == "-text":
        previous = previous.prev
    if previous is not None and text_box and previous.tag == "div":
        previous = previous.last_child
        while previous is not None and previous.tag == "-text":
            previous = previous.prev
    if previous is None or previous.tag not in blocks:
        return False
    return not text_follows(node)
