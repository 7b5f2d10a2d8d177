"""A byline container's text without its superscripts: a paper's authors carry their
affiliations' numbers and the corresponding author's asterisk as superscripts ("Anna
Kowalska<sup>1</sup>, Jan de Vries<sup>2,*</sup>"), marks of the names, not parts of them."""

from __future__ import annotations

from selectolax.lexbor import LexborNode

# The characters a superscript mark is written with: numbers, an asterisk, a dagger.
_MARK_CHARS = frozenset("0123456789*†‡§")


def without_superscripts(node: LexborNode, raw: str) -> str:
    """``raw`` (``node``'s text, its text nodes joined by spaces) without the text of the
    superscripts in ``node``; ``raw`` itself when it holds no mark's character or ``node``
    no ``<sup>`` (most bylines: one scan of the text, no query)."""
    if _MARK_CHARS.isdisjoint(raw) or node.css_first("sup") is None:
        return raw
    parts = [
        text.text_content or ""
        for text in node.traverse(include_text=True)
        if text.tag == "-text" and not _in_superscript(text, node)
    ]
    return " ".join(parts)


def _in_superscript(text: LexborNode, top: LexborNode) -> bool:
    """Whether ``text`` stands in a ``<sup>`` below ``top``."""
    parent = text.parent
    while parent is not None and parent.mem_id != top.mem_id:
        if parent.tag == "sup":
            return True
        parent = parent.parent
    return False
