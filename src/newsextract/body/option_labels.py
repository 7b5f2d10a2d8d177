"""A form label that names a choice (a radio button or a check box inside it), read as text
where a form's other labels are not. Kept apart because it is the one form control whose
words are the page's (a quiz's options)."""

from __future__ import annotations

from selectolax.lexbor import LexborNode

# A choice's box inside its label: the label is the choice's text ("<li><label><input
# type=radio> Aoraki</label></li>", a quiz's options listed); a form's other labels (a
# field's name, a tab's title, "Sort by:") stay unread with their controls.
_OPTION_TYPES = frozenset({"radio", "checkbox"})


def option_type(label: LexborNode) -> str:
    """The type of the radio button or check box a <label> wraps ("radio", "checkbox"): the
    option it names; "" for another label. A walk of the (small) label, not a CSS query,
    which parses its selector: every label of a page's forms is asked."""
    for node in label.traverse():
        if node.tag == "input":
            kind = (node.attributes.get("type") or "").lower()
            if kind in _OPTION_TYPES:
                return kind
    return ""
