"""The origin a republished story names in its closing note, as its ``source``.

A site that republishes another outlet's story (with leave, under a licence) keeps its own
name and address, and closes the text with a note naming the origin in a link to it: "This
story was originally published by <a href=…>The Watershed Review</a>", "Dieser Beitrag
erschien zuerst bei <a>Klimabote</a>". The page's publisher stays the site; the origin is
whom the text is credited to. The note is known by its wording (the language data's
``about_notes``, as the body knows it to drop it) and the origin by its link, whose text
the linked host spells: a link to a page of the site itself, or whose text is no name its
host spells (a translator's, "here"), names no origin.
"""

from __future__ import annotations

from selectolax.lexbor import LexborNode

from newsextract.body.about_lines import is_copy_note
from newsextract.metadata.copyright_notice import spells_host
from newsextract.metadata.site_names import site_names_from_url
from newsextract.page import MAX_URL_CHARS, ParsedPage, host_of
from newsextract.text import clean_text, compare_key

# The note closes the text: among the page's last paragraphs (the site's own lines after it:
# a newsletter's, a footer's note).
_CLOSING_REACH = 10
# The emphasis a note is set in, its paragraph's only element ("<p><em>This story …</em></p>").
_EMPHASIS = frozenset({"em", "i", "strong", "b", "small"})
# An outlet's name is a few words: a longer link text is a headline or a sentence.
_MAX_NAME_CHARS = 60


def copy_note_origin(page: ParsedPage) -> str | None:
    """The origin a closing republishing note names in a link to it (see the module)."""
    if not page.url:
        return None
    paragraphs = 0
    seen: set[int] = set()
    for node, tag, own in reversed(page.own_texts):
        if tag in _EMPHASIS and node.parent is not None and node.parent.tag == "p":
            node, tag = node.parent, "p"
        if tag != "p" or node.mem_id in seen:
            continue
        seen.add(node.mem_id)
        paragraphs += 1
        if paragraphs > _CLOSING_REACH:
            return None
        # The note names the origin in a link: a paragraph without one is passed over before
        # its wording is searched for (one search of every language's notes, the dear part).
        # The wording is its own text, around the link: read before the whole text.
        # A paragraph with no element inside holds no link: told without a query (each costs
        # lexbor 35-55 K instructions, the selector parsed again; two in three of the closing
        # paragraphs read are such leaves).
        if own is None or next(node.iter(), None) is None:
            continue
        if node.css_first("a[href]") is None or not is_copy_note(own):
            continue
        if is_copy_note(clean_text(node.text(deep=True, separator=" "))):
            return _linked_origin(page, node)
    return None


def _linked_origin(page: ParsedPage, note: LexborNode) -> str | None:
    """The text of the note's first link to another site whose host spells it."""
    for anchor in note.css("a[href]"):
        href = (anchor.attributes.get("href") or "").strip()
        if not href.startswith("http") or len(href) > MAX_URL_CHARS:
            continue
        if host_of(href) == page.site:
            continue  # a link to the site's own page
        labels = site_names_from_url(href)
        name = clean_text(anchor.text())
        if not labels or not 0 < len(name) <= _MAX_NAME_CHARS:
            continue
        if spells_host(name, compare_key(labels[0]).replace(" ", ""), page.html_lang):
            return name
    return None
