"""A container's children split into inline runs and block children, pushed on the walk's
stack in document order: the one loop of the walk that runs per child, kept apart from the
walk's visit of an element (``blocks``) so its phases read as steps. The loop itself tells
the common children apart (a block child, white space, a text node, a ``<br>``); an inline
element's words (``_inline_child``) and the other elements (a form's option, a button, a
skipped element: ``_other_child``) are phases of their own."""

from __future__ import annotations

from selectolax.lexbor import LexborNode

from newsextract.body.block_records import is_factbox, is_notes_footer
from newsextract.body.block_text import LINE_BREAK
from newsextract.body.caption_boxes import in_slider
from newsextract.body.disclosures import TOGGLE_LEVEL
from newsextract.body.hidden_elements import is_hidden, read_more_toggle
from newsextract.body.hidden_rests import is_furniture_toggle
from newsextract.body.inline_runs import (
    FLUSHING_SKIPS,
    ICONS,
    NOTE_HOLDERS,
    NOTE_TEXT,
    QUIET_SKIPS,
    Item,
    add_run,
    in_form,
    leads_back_up,
    marks_a_note,
)
from newsextract.body.inline_text import UP_ARROWS, inline_parts, ruby_base
from newsextract.body.link_checks import counts_as_link, link_chars
from newsextract.body.model import HEADING, LIST_ITEM, QUOTE, TERM, BlockKind
from newsextract.body.option_labels import option_type
from newsextract.body.panel_finding import PanelFinding
from newsextract.body.picture_captions import CAPTION_LINE_TAGS, caption_span
from newsextract.body.seams import note_call, values_meet
from newsextract.body.seek_links import is_chapter_button
from newsextract.body.subtree_tags import Tagged, elements_below, holds_any
from newsextract.body.tag_sets import INLINE_HAS_BLOCKS, INLINE_TAGS

# What ``_ChildSplitting._inline_child`` hands back to the loop: the run's link characters,
# whether white space was passed over since its last part, whether its last part is a
# <span>'s words, whether a picture was the last element met, and the "read more" toggle.
_InlineState = tuple[int, bool, bool, bool, int]


class ChildSplitting(PanelFinding):
    """The walk's split of a container's children into runs and block children.

    The loop's state: ``run``, the words met since the last block child, and ``links``, their
    link characters; a run of white space alone makes no block and is not pushed (the test is
    written out in place: one method call per run was a tenth of the walk). A run cut is
    emptied in place (``run.clear()``) by the phases, which fill the same list.
    Text nodes of ASCII white space alone are not read (most of a container's children: the
    template's indentation); where one lay inside a run, between two of its parts, a space
    stands for it (``clean_block_text`` cuts each run of white space to one space all the
    same). ``last`` is the child met before (its ``mem_id`` read only when a run's gap is
    asked: most children end no run), ``gap`` whether white space was passed over since the
    run's last part. ``pending_br``: a ``<br>`` ended the run's last line (a second one ends
    the run). ``span_before``: the run's last part is a <span>'s words, met just before.
    ``after_picture``: a picture was the last element met (or an empty link, around one
    maybe): only then is an inline <span> asked whether it is its caption
    (``caption_span``). ``toggle``: the "read more" toggle of a hidden rest of the text read
    here."""

    def _children(self, node: LexborNode, index: int, kind: BlockKind, level: int) -> None:
        """Split the children into inline runs and block children, pushed in reverse order
        (the loop's state: the class's docstring). Block children and text nodes, most of a
        page's children (260 block children a page), are read here: a call each costs."""
        items: list[Item] = []
        run: list[str] = []
        links = 0
        in_link, skip, pushed = self.in_link, self.skip, self.pushed
        last = node
        gap = pending_br = span_before = after_picture = False
        toggle = -1
        for child in node.iter(include_text=True, skip_empty=True):
            ctag = child.tag or ""
            if ctag in pushed:  # a block child (most children are): pushed as it is
                # no gap asked: the run before it is cut here, and its gap with it
                last = child
                span_before = pending_br = False
                if run:
                    add_run(items, run, links, in_link, index, kind, level)
                    run, links, gap = [], 0, False
                items.append((child, in_link, index, kind, level, ctag))
                continue
            if run and not gap:  # a gap already seen needs no second look (a node object)
                before = child.prev
                if before is not None and before.mem_id != last.mem_id:
                    gap = True
            last = child
            if ctag in QUIET_SKIPS:  # a script, a style, a comment: nothing read nor noted
                span_before = pending_br = False
                continue
            if ctag != "span":
                span_before = False
            if ctag == "-text":
                text = child.text_content or ""
                if pending_br and text.strip():
                    pending_br = False
                if gap:
                    run.append(" ")
                    gap = False
                run.append(text)
                continue
            if ctag == "br":  # a line's end; a second one in a row ends the run
                links = self._line_break(run, items, links, pending_br, index, kind, level)
                gap, pending_br = False, not pending_br
                continue
            pending_br = False
            # The rest stays here: the split with it as a phase (85 calls a page) cost +0.17 %.
            if toggle >= 0 and child.mem_id == toggle:
                continue  # its words are no text ("read more"): the rest it shows was read
            if ctag in INLINE_TAGS and ctag not in skip:  # no label nor button is inline
                links, gap, span_before, after_picture, toggle = self._inline_child(
                    child, ctag, run, items, index, kind, level,
                    (links, gap, span_before, after_picture, toggle),
                )  # fmt: skip
            else:
                links, gap, after_picture = self._other_child(
                    child, ctag, run, items, index, kind, level, links, gap, after_picture
                )
        if run:
            add_run(items, run, links, in_link, index, kind, level)
        items.reverse()
        self.stack.extend(items)

    def _line_break(
        self,
        run: list[str],
        items: list[Item],
        links: int,
        pending_br: bool,
        index: int,
        kind: BlockKind,
        level: int,
    ) -> int:
        """A ``<br>``: the run's line ended, or the run itself when a ``<br>`` ended its last
        line (``pending_br``); the run's links after it. Apart from ``_children``' loop: a
        page has a few (three a page of fundus and trafilatura, against 260 block children)."""
        if pending_br:
            add_run(items, run, links, self.in_link, index, kind, level)
            run.clear()
            return 0
        run.append(LINE_BREAK)
        return links

    def _other_child(
        self,
        child: LexborNode,
        ctag: str,
        run: list[str],
        items: list[Item],
        index: int,
        kind: BlockKind,
        level: int,
        links: int,
        gap: bool,
        after_picture: bool,
    ) -> tuple[int, bool, bool]:
        """A child neither inline nor a block child: a form's option or a button
        (``_control``), a skipped element (noted where it is a picture, a player or an
        e-mail field), or an element of no known kind, pushed. Gives back the run's links,
        its gap and whether a picture was the last element met."""
        in_link = self.in_link
        if ctag == "label" or ctag == "button":
            read = self._control(child, ctag, run, items, index, kind, level, links, gap)
            if read is not None:
                return read[0], read[1], after_picture
        if (
            ctag in self.skip
            and not (ctag == "aside" and is_factbox(child))
            # a quotation's <footer> is its attribution ("— Name, <cite>Work</cite>")
            and not (ctag == "footer" and (kind is QUOTE or is_notes_footer(child)))
        ):
            if ctag == "img" or ctag == "picture":
                after_picture = True  # a caption span may follow (``caption_span``)
            if ctag == "input" and (child.attributes.get("type") or "").lower() == "email":
                self.out.email_fields.append((child, index))
            elif ctag == "img":
                self.out.pictures.append(index)
            elif ctag == "video" or ctag == "audio" or (ctag == "iframe" and kind is not HEADING):
                # an <iframe> is an embedded player's or map's frame: a player's box;
                # one inside a heading is the text's heading over its widget (kept)
                self.out.players.append(index)
            if run and ctag in FLUSHING_SKIPS:
                add_run(items, run, links, in_link, index, kind, level)
                run.clear()
                links, gap = 0, False
            return links, gap, after_picture
        if run:
            add_run(items, run, links, in_link, index, kind, level)
            run.clear()
            links, gap = 0, False
        items.append((child, in_link, index, kind, level, ctag))
        return links, gap, after_picture

    def _control(
        self,
        child: LexborNode,
        ctag: str,
        run: list[str],
        items: list[Item],
        index: int,
        kind: BlockKind,
        level: int,
        links: int,
        gap: bool,
    ) -> tuple[int, bool] | None:
        """A form's option (a ``<label>`` around one) or a ``<button>`` read as text: the
        run's links and gap after it, or None for a control that is skipped as furniture."""
        if ctag == "label" and (option := option_type(child)):
            if option == "radio" and in_form(child):
                # a poll's choice, named by the label around it, sent by a form
                # (``media_boxes``); a bare radio button is a CSS tab set's switch
                # (MkDocs' "tabbed-set"), a quiz's options are its text (no form)
                self.out.choices.append(index)
            if gap:
                run.append(" ")
                gap = False
            run.append(child.text(deep=True))  # a quiz's or a survey's answer, listed
            if kind is not LIST_ITEM:
                # Options set one after another in a box (a recipe's ingredients to
                # tick off): each is a line of its own, as a list's item would be.
                run.append(LINE_BREAK)
            return links, gap
        if ctag == "button" and self._opens_a_panel(child):
            if is_furniture_toggle(child):
                return links, gap  # "continue reading": the rest it opens is read, not its words
            # An accordion's or a tab's toggle: its words title the panel it opens (a
            # FAQ's question over its answer), read as a heading.
            if run:
                add_run(items, run, links, self.in_link, index, kind, level)
                run.clear()
                links, gap = 0, False
            items.append((child, self.in_link, index, HEADING, TOGGLE_LEVEL, ctag))
            return links, gap
        if ctag == "button" and is_chapter_button(child):
            # A chapter of the player written as a button in the show notes: its line
            # is the notes' text, read as a run's words.
            if gap:
                run.append(" ")
                gap = False
            run.append(child.text(deep=True))
            return links, gap
        return None

    def _inline_child(
        self,
        child: LexborNode,
        ctag: str,
        run: list[str],
        items: list[Item],
        index: int,
        kind: BlockKind,
        level: int,
        state: _InlineState,
    ) -> _InlineState:
        """An inline element: its words added to the run, or itself pushed when it holds
        blocks (a teaser card's link) or is a picture's caption line."""
        links, gap, span_before, after_picture, toggle = state
        if after_picture:
            after_picture = False
            if ctag in CAPTION_LINE_TAGS and caption_span(child) and not in_slider(child):
                self._caption_line(child, ctag, run, items, index, kind, level, links)
                return 0, False, span_before, after_picture, toggle
        attributes = child.attributes
        if attributes and is_hidden(attributes):
            # Hidden between a box's runs as inside a paragraph (``inline_parts``): a
            # teaser's display:none date is no word of its title's line; the rest of a
            # text behind a "read more" toggle is.
            shows = read_more_toggle(child)
            if shows is None:
                return links, gap, span_before, after_picture, toggle
            toggle = shows.mem_id
        first = child.child  # read once: each read makes a node object
        text_only = first is None or (first.next is None and first.tag == "-text")
        held, elements = (
            (False, None) if text_only else elements_below(child, INLINE_HAS_BLOCKS, self.holders)
        )
        if held:
            if run:
                add_run(items, run, links, self.in_link, index, kind, level)
                run.clear()
                links, gap = 0, False
            items.append((child, self.in_link, index, kind, level, ctag))
            return links, gap, span_before, after_picture, toggle
        words = self._inline_words(child, ctag, first, text_only, elements, kind)
        if words is None:
            return links, gap, span_before, after_picture, toggle  # the way back up
        text, linked = words
        if gap:
            run.append(" ")
            gap = False
        elif span_before and run and text and values_meet(run[-1], text):
            run.append(" ")  # "41,2 %" "9 Sitze": two values, not "41,2 %9"
        if not text and ctag == "a":
            after_picture = True  # a link around a picture, maybe
        run.append(text)
        if ctag == "time":
            run.append(" ")  # a time is a value of its own: "14:52" "Kari Nilsen"
        return links + linked, gap, ctag == "span", after_picture, toggle

    def _inline_words(
        self,
        child: LexborNode,
        ctag: str,
        first: LexborNode | None,
        text_only: bool,
        elements: Tagged | None,
        kind: BlockKind,
    ) -> tuple[str, int] | None:
        """An inline element's words (``text_only``: one text node, or none; ``first``: its
        first child) and their link characters; None for the way back up ("↑ Top")."""
        attachments = kind is LIST_ITEM
        # A term's link to the page's own text ("#index": the parameters of a reference
        # page) names the term: its words are the term's, not a link's.
        jump_targets = kind is TERM
        inner = -1
        if text_only:
            text = "" if first is None else (first.text_content or "")  # no walk
        else:
            text, inner = self._nested_words(child, ctag, elements, jump_targets, attachments)
        if text.lstrip()[:1] in UP_ARROWS and leads_back_up(child, ctag, text):
            return None  # the way back up ("↑ Top"), as in a paragraph read whole
        if (
            ctag in NOTE_HOLDERS
            and 0 < len(text) <= NOTE_TEXT
            # a link is looked at only when its words are a number: most are words
            # ("Home"), and reading a link's attributes costs a dict
            and (ctag == "sup" or text.strip().strip("[]()").isdigit())
            and marks_a_note(child, ctag)
        ):
            text = note_call(text)  # "1911[1]", "week.[1]": not "19111", "week.1"
        if ctag == "a":
            # Every <a> is a link's words unless a list item's link may be an attachment
            # or a term's a jump target (``counts_as_link`` then asks).
            if not (attachments or jump_targets) or counts_as_link(
                child, elsewhere=jump_targets, attachments=attachments
            ):
                return text, len(text.strip())
            return text, 0
        if inner >= 0:  # its links, counted with its text above
            return text, inner
        if not text_only:  # elements below, whether or not text comes first
            return text, link_chars(
                child, elsewhere=jump_targets, attachments=attachments, elements=elements
            )
        return text, 0

    def _nested_words(
        self,
        child: LexborNode,
        ctag: str,
        elements: Tagged | None,
        jump_targets: bool,
        attachments: bool,
    ) -> tuple[str, int]:
        """The words of an inline element holding elements (``_inline_words``), and their
        link characters when its icons had it read in parts (-1 when not: counted after).
        Apart because a third of inline elements a page hold elements (19 of 52)."""
        visible, inner = None, -1
        if ctag != "ruby" and (
            holds_any(child, ICONS, self.holders)
            if elements is None
            else any(tag in ICONS for _, tag in elements)
        ):
            # without an icon's <title> ("Link opens in a new tab"), which a link's text
            # read whole held (the walk's icons found in one query)
            inner, visible = inline_parts(
                child,
                elsewhere=jump_targets,
                attachments=attachments,
                by_attributes=False,
                elements=elements,
            )
        if ctag == "ruby":
            return ruby_base(child), inner
        return (visible if visible is not None else child.text(deep=True)), inner

    def _caption_line(
        self,
        child: LexborNode,
        ctag: str,
        run: list[str],
        items: list[Item],
        index: int,
        kind: BlockKind,
        level: int,
        links: int,
    ) -> None:
        """A picture's caption line in a classed <span> (<em>, <i>, <small>) after the
        picture: a line of its own, read as a caption (or skipped, as captions are); the run
        before it cut."""
        if run:
            add_run(items, run, links, self.in_link, index, kind, level)
            run.clear()
        if "figcaption" not in self.skip:
            self.caption_spans.add(child.mem_id)
            items.append((child, self.in_link, index, kind, level, ctag))
