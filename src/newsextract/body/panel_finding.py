"""Which hidden element the walk reads all the same: an accordion's or a tab's panel, a
story's rest behind "continue reading", and which ``<button>`` opens such a panel."""

from __future__ import annotations

from selectolax.lexbor import LexborNode

from newsextract.body.container_hints import SKIP_ROLES, container_hint
from newsextract.body.container_weighing import ContainerWeighing
from newsextract.body.disclosures import (
    COLLAPSIBLE,
    LANDMARK_TAGS,
    SPOILER,
    TAB_PANEL,
    follows_a_disclosure,
    toggled_id,
    toggled_ids,
)
from newsextract.body.hidden_elements import precedes_a_reveal
from newsextract.body.hidden_rests import follows_a_reveal_button, is_hidden_page
from newsextract.body.table_row_parts import aria_row_parts
from newsextract.text import fits_css_string


class PanelFinding(ContainerWeighing):
    """The walk's tests of hidden panels and of the buttons that open them."""

    def _is_panel(self, node: LexborNode, attrs: dict[str, str | None]) -> bool:
        """Whether a hidden element is an accordion's or a tab's panel: hidden until the
        reader opens it with the toggle that names it (``aria-controls`` on an element
        with ``aria-expanded``) or marked ``role=tabpanel``, and part of the page's text (a
        FAQ's answers, a guide's commands for each package manager). ``attrs``: the
        element's attributes, as the walk read them (each read of ``node.attributes``
        builds the dict again)."""
        if attrs.get("role") == "tabpanel":
            return True
        classes = attrs.get("class") or ""
        if COLLAPSIBLE.search(classes) is not None or TAB_PANEL.search(classes) is not None:
            return True
        if "poiler" in classes and SPOILER.search(classes) is not None:
            return True  # the substring first: one regex search less for each hidden element
        if follows_a_disclosure(node) or precedes_a_reveal(node):
            return True
        if follows_a_reveal_button(node) or is_hidden_page(node):
            return True  # a story's rest after "continue reading", its other pages
        ident = attrs.get("id")
        if not ident or self.root is None:
            return False
        if self.panels is None:  # looked up once a walk, at the first hidden element with an id
            self.panels = toggled_ids(self.root)
        return ident in self.panels

    def _opens_a_panel(self, button: LexborNode) -> bool:
        """Whether a ``<button>`` opens a panel of the page that may be its text: the
        element it names is there and no landmark (a menu's toggle opens the navigation)."""
        ident = toggled_id(button)
        if not ident or self.root is None or not fits_css_string(ident):
            return False
        panel = self.root.css_first(f'[id="{ident}"]')
        if panel is None or panel.tag in LANDMARK_TAGS:
            return False
        return panel.attributes.get("role") not in SKIP_ROLES

    def _unshown_hint(
        self, node: LexborNode, tag: str, parent: int, attrs: dict[str, str | None]
    ) -> int | None:
        """The hint of an element ``container_hint`` gives none (``attrs``: its attributes):
        an ARIA grid's row, read as a table's row when shown; a hidden panel read all the
        same (``_is_panel``). None when nothing more is read of it."""
        if attrs.get("role") == "row":
            # An ARIA grid's row (``aria_row_parts``), when shown: a table's row of cells.
            hint = container_hint(attrs, tag, rows=False)
            row = aria_row_parts(node) if hint is not None else None
            if row is not None:
                self._row(node, parent, *row)
                return None
            if hint is not None:
                return hint
        # A landmark (role=navigation...) is never read, a panel or not: no look-up.
        if attrs.get("role") in SKIP_ROLES or not self._is_panel(node, attrs):
            return None
        return container_hint(attrs, tag, shown=True, rows=False)
