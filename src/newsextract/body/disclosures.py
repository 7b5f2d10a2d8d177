"""Toggles and the panels they open: the ids a page's toggles name (ARIA, Bootstrap's
collapse and tabs), a panel after a disclosure button, the class names of collapsed panels,
spoilers and tab panes. Kept apart because a hidden panel a toggle opens is still the page's
text, and these tests say which hidden panels are."""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

from newsextract.lazy_regex import LazyPattern

# A toggle of the Bootstrap-style collapse and tab widgets written without ARIA
# (``data-toggle="collapse" href="#more"``, ``data-bs-target="#details"``): it names the
# panel it opens, as ``aria-controls`` does (a listing's "read more" text, a FAQ's answer).
_TOGGLES = "[aria-expanded], [data-toggle], [data-bs-toggle]"


# The widgets whose toggles name their panel: a collapse's and a tab's (not a dropdown's or a
# tooltip's, whose targets are no text of the page).
_TOGGLED = frozenset({"collapse", "tab"})


_TOGGLE_TARGETS = ("data-target", "data-bs-target", "href")


# The class of a panel the CSS frameworks collapse until its toggle opens it (Bootstrap's
# "collapse", "accordion-collapse", "panel-collapse"; "collapsible"): hidden, it is still the
# page's text, whichever link or script opens it.
COLLAPSIBLE = LazyPattern(r"(?:^|[\s_-])(?:collapse|collapsible)(?:$|\s)", re.IGNORECASE)


# A spoiler's folded body (a forum's or a blog engine's "spoiler", "spoiler-body",
# "bbCodeSpoiler-content"), opened by a click on its title: a passage of the text.
SPOILER = LazyPattern(r"spoiler(?:[-_]?(?:body|content|text|inner))?(?:$|\s)", re.IGNORECASE)


# The class of a tab's panel that a script hides inline until its tab is picked ("tab-content",
# "tab-pane", "tabs-panel", "woocommerce-Tabs-panel"): a product's specifications beside its
# description, whichever tab shows first.
TAB_PANEL = LazyPattern(r"(?:^|[\s_-])tabs?[-_]?(?:pane|panel|content)(?:$|\s)", re.IGNORECASE)


def toggled_ids(root: LexborNode) -> set[str]:
    """The ids of the panels the page's toggles open, in one query: the ones an element with
    ``aria-expanded`` names in ``aria-controls``, and those of the collapse and tab toggles
    written without ARIA (``_TOGGLES``)."""
    found: set[str] = set()
    for toggle in root.css(_TOGGLES):
        attributes = toggle.attributes
        if "aria-expanded" in attributes:
            found.update((attributes.get("aria-controls") or "").split())
        if (attributes.get("data-toggle") or attributes.get("data-bs-toggle")) in _TOGGLED:
            for name in _TOGGLE_TARGETS:
                target = (attributes.get(name) or "").strip()
                if target.startswith("#") and len(target) > 1:
                    found.add(target[1:])
    return found


def follows_a_disclosure(node: LexborNode) -> bool:
    """Whether ``node`` comes right after a toggle naming no panel (``aria-expanded``
    without ``aria-controls`` or ``aria-haspopup``, or an element with an ``onclick`` that
    is no link to another page), itself or as the only element of a
    heading: the disclosure pattern, a button and the panel it opens after it (a FAQ's
    answer, an accordion's section), which hides the panel until it is opened."""
    before = node.prev
    while before is not None and before.tag in ("-text", "-comment"):
        before = before.prev
    if before is None:
        return False
    if before.tag in _DISCLOSURE_HOLDERS:
        inner = before.child
        while inner is not None and inner.tag in ("-text", "-comment"):
            inner = inner.next
        if inner is None or (inner.next is not None and inner.next.tag != "-text"):
            return False
        before = inner
    attributes = before.attributes
    if "onclick" in attributes:
        # An older page's toggle: a question's box whose click (a script of the page's)
        # shows the answer hidden after it; a link to another page is no toggle.
        return before.tag != "a" or not _leaves_the_page(attributes.get("href"))
    return (
        "aria-expanded" in attributes
        and not attributes.get("aria-controls")
        and attributes.get("aria-haspopup") is None
    )


def _leaves_the_page(href: str | None) -> bool:
    """Whether a link's target is another page (not "#", a fragment or a script)."""
    target = (href or "").strip()
    return bool(target) and not target.startswith(("#", "javascript:"))


# What holds a disclosure's toggle as its only element: the question's heading.
_DISCLOSURE_HOLDERS = frozenset({"h2", "h3", "h4", "h5", "h6", "dt"})


# The level of the heading a panel's toggle makes: a section's question or tab title.
TOGGLE_LEVEL = 3


# A panel of these is the page's navigation, not its text.
LANDMARK_TAGS = frozenset({"nav", "menu", "header", "footer", "aside", "dialog"})


def toggled_id(button: LexborNode) -> str:
    """The id of the panel a ``<button>`` opens ("" if none), as ``toggled_ids`` reads the
    toggles: an accordion's or a tab's, not a menu's or a dropdown's."""
    attributes = button.attributes
    if "aria-expanded" in attributes and attributes.get("aria-haspopup") is None:
        controls = (attributes.get("aria-controls") or "").split()
        if controls:
            return controls[0]
    if (attributes.get("data-toggle") or attributes.get("data-bs-toggle")) in _TOGGLED:
        for name in _TOGGLE_TARGETS:
            target = (attributes.get(name) or "").strip()
            if target.startswith("#") and len(target) > 1:
                return target[1:]
    return ""
