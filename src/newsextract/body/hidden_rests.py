"""Hidden elements that are the article's own text all the same: the rest of a story a
"continue reading" button before it shows, and the other pages of a story paginated in one
HTML. The walk asks these only of an element already found hidden, after the cheaper
panel tests (``panel_finding.PanelFinding._is_panel``)."""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

from newsextract.body.class_names import class_weight
from newsextract.body.container_hints import UNTIL_FOUND, hiding_classes
from newsextract.body.hidden_elements import element_before, holds_sentences

# The wrappers a reveal button may sit alone in ("<div class='fade-out'><button>"), the way
# themes set it over a fade: one level, holding the button and no words of its own.
_BUTTON_HOLDERS = frozenset({"div", "p", "span"})
# The containers a story's pages are set in, each page its own.
_PAGE_TAGS = frozenset({"div", "section", "article"})
# How many earlier siblings are passed over (the story's other hidden pages) to find the
# shown page a hidden one is the twin of: more than any paginated story's page count.
_PAGE_REACH = 24
# A carousel's slides, as its libraries and ARIA name them (Swiper's "swiper-slide", Slick's
# "slick-slide", Glide, Splide, Flickity, Owl's "owl-item"): it too shows one at a time, but
# each slide is an item of its own (a testimonial, a card, a photo), not the story's next page.
_SLIDE_NAMES = re.compile(r"slide|carousel|swiper|slick|glide|splide|flickity|owl-item", re.I)


def _lone_element(node: LexborNode) -> LexborNode | None:
    """The only element in ``node`` when it holds no words beside it, else None."""
    found = None
    child = node.child
    while child is not None:
        tag = child.tag
        if tag == "-text":
            if not (child.text_content or "").isspace():
                return None
        elif tag != "-comment":
            if found is not None:
                return None
            found = child
        child = child.next
    return found


def follows_a_reveal_button(node: LexborNode) -> bool:
    """Whether ``node``, hidden, comes right after a ``<button>`` that shows it: a "continue
    reading" button set before the rest of the story (alone or alone in a wrapper), the
    rest holding sentences. A link to nowhere (``href="#"``, a script's, none) is such a
    button, as themes set the control either way (``precedes_a_reveal`` reads it after the
    rest alike); a link to a place opens what it names. A form's button sends it, a menu's
    or a dialog's opens a popup (``aria-haspopup``), and a button naming another panel
    (``aria-controls``) opens that."""
    before = element_before(node)
    if before is not None and before.tag in _BUTTON_HOLDERS:
        before = _lone_element(before)
    if before is None:
        return False
    tag = before.tag  # read once: each read decodes the name into a new string
    attributes = before.attributes
    if tag == "a":
        href = (attributes.get("href") or "").strip()
        if href not in ("", "#") and not href.startswith("javascript:"):
            return False
    elif tag != "button":
        return False
    if (attributes.get("type") or "").lower() == "submit" or "aria-haspopup" in attributes:
        return False
    controls = (attributes.get("aria-controls") or "").split()
    if controls and node.attributes.get("id") not in controls:
        return False
    return holds_sentences(node)


def _first_class(attributes: dict[str, str | None]) -> str:
    """The first class name, the component's (``"article-page"`` of ``"article-page
    is-hidden"``); "" when there is none or it is a utility that hides ("d-none"), which
    names no component."""
    classes = (attributes.get("class") or "").split()
    return classes[0] if classes and not hiding_classes(classes[0]) else ""


def _shown(attributes: dict[str, str | None]) -> bool:
    """Whether an element's own attributes show it (see ``hidden_elements.is_hidden``)."""
    if "hidden" in attributes and attributes.get("hidden") != UNTIL_FOUND:
        return False
    if attributes.get("aria-hidden") == "true":
        return False
    style = attributes.get("style")
    if style and "display:none" in style.replace(" ", ""):
        return False
    classes = attributes.get("class")
    return not (classes and hiding_classes(classes))


def _is_slide(attributes: dict[str, str | None]) -> bool:
    if attributes.get("aria-roledescription") == "slide":
        return True
    return _SLIDE_NAMES.search(attributes.get("class") or "") is not None


def is_hidden_page(node: LexborNode) -> bool:
    """Whether ``node``, hidden, is a later page of a story paginated in one HTML: a
    container of the same tag and first class name as a shown sibling before it (page 1,
    with the pages between hidden too), holding sentences. A script shows one page at a
    time; all of them are the story. A tab strip's other panels are such pages too: one
    holding a data table or a definition list (``_holds_data``) is kept though it holds
    no sentence."""
    tag = node.tag
    if tag not in _PAGE_TAGS:
        return False
    attributes = node.attributes
    name = _first_class(attributes)
    if not name or _is_slide(attributes):
        return False
    before = element_before(node)
    for _ in range(_PAGE_REACH):
        if before is None or before.tag != tag:
            return False
        attributes = before.attributes
        if _first_class(attributes) != name:
            return False
        if _shown(attributes):
            return holds_sentences(node) or _holds_data(node)
        before = element_before(before)
    return False


# The fewest rows filling two cells each (or terms with their definitions) that make a
# hidden panel's table (or list) data, as a shown table without <th> needs three (a spec
# sheet's "Weight | 890 g" rows hold no sentence).
_DATA_ROWS = 3


def _holds_data(node: LexborNode) -> bool:
    """Whether ``node`` holds a table of ``_DATA_ROWS`` rows or more, each filling two cells
    or more, or a definition list of as many defined terms: a product page's specifications
    tab, hidden beside the shown description tab of the same component, is the page's
    content as the description is."""
    for terms in node.css("dl"):
        defined = 0
        for child in terms.iter():
            if child.tag == "dd" and (child.text(deep=True) or "").strip():
                defined += 1
        if defined >= _DATA_ROWS:
            return True
    for table in node.css("table"):
        rows = 0
        for row in table.css("tr"):
            filled = 0
            for cell in row.iter():
                if cell.tag in ("td", "th") and (cell.text(deep=True) or "").strip():
                    filled += 1
            if filled >= 2:
                rows += 1
                if rows >= _DATA_ROWS:
                    return True
    return False


def is_furniture_toggle(button: LexborNode) -> bool:
    """Whether a ``<button>`` that opens a panel is classed as furniture ("read-more-toggle",
    "btn-readmore"): a "continue reading" control, whose words title nothing, where an
    accordion's toggle ("accordion-button") titles the section it opens."""
    classes = button.attributes.get("class")
    return bool(classes) and class_weight(classes) < 0
