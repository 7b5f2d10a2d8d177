"""The containers' weights (``Containers.hint``) settled once the walk has met them all: a
container named for its class or id weighed by whether it holds text, comment sections
under the text weighed as furniture, and each container's nearest furniture-named one."""

from __future__ import annotations

import re
from itertools import chain, compress

from selectolax.lexbor import LexborNode

from newsextract.body.comments import COMMENT_NAME, comment_names, follows_article, named_section
from newsextract.body.container_hints import ARTICLE_BODY, TO_WEIGH, weighed_hint
from newsextract.body.table_rows import RowReading
from newsextract.lazy_regex import LazyPattern

# The names of an author's box (``class_names``' furniture words for it): on a book's page,
# the introduction of the book's author.
AUTHOR_BOX_NAME = LazyPattern(r"author|autor|auteur", re.IGNORECASE)


class ContainerWeighing(RowReading):
    """The walk's weighing of its containers, after the walk and where a box names its
    picture."""

    def _weigh(self) -> None:
        """The hints of the containers whose class or id decides them (``TO_WEIGH``): of
        those that hold text, and 0 for the others (never read); then each container's
        nearest boilerplate-named one (``Containers.bad``) by the hints."""
        cont = self.out.containers
        if not self.to_weigh and not self.comments:
            return
        parent, hints = cont.parent, cont.hint
        holds = [False] * len(parent)
        for block in self.out.blocks:
            index = block.container
            while index >= 0 and not holds[index]:
                holds[index] = True
                index = parent[index]
        for index in self.to_weigh:
            hint = 0
            if holds[index]:
                classes, ident = cont.classes[index], cont.ids[index]
                hint = weighed_hint(classes, ident, cont.tag[index])
                if hint == -2 and COMMENT_NAME.search(f"{classes} {ident}"):
                    self.out.by_comments = True
                    if self.discussion:
                        hint = 0  # on a discussion page the comments are the text
                elif hint < 0 and self.book and AUTHOR_BOX_NAME.search(f"{classes} {ident}"):
                    hint = 0  # a book's page introduces its author: the page's text
            hints[index] = hint
        if self.comments:
            self._mark_comments(holds)
        bad = cont.bad
        for index, up in enumerate(parent):
            bad[index] = index if hints[index] < 0 else bad[up] if up >= 0 else -1

    def _picture_box(self, caption: LexborNode, parent: int) -> None:
        """The box of a picture and its caption box (``body.caption_boxes``), weighed as a
        <figure> is: its name ("img-box", "media-box") says it holds the picture, not that it
        is furniture."""
        cont = self.containers
        box = caption.parent
        if (
            parent >= 0
            and cont.hint[parent] == TO_WEIGH
            and box is not None
            and cont.nodes[parent].mem_id == box.mem_id
        ):
            cont.hint[parent] = 0
            self.to_weigh.remove(parent)

    def _mark_comments(self, holds: list[bool]) -> None:
        """Weigh the comment sections under the text (``body.comments``) and each box in
        them as furniture (-2, as the comment names ``class_weight`` knows): a long
        discussion's list must not outscore the article. Only the containers that hold
        text (``holds``) are asked, parents before children."""
        cont = self.out.containers
        parent, hints, classes, ids = cont.parent, cont.hint, cont.classes, cont.ids
        # Only a container named as comments, marked a comment or found by structure is
        # asked the whole question (most are none: the names' test is cached). Only the
        # names of containers holding text are looked up: no other is asked (picked by
        # ``compress`` in C, where a generator stepped in Python through every container).
        structural = bool(self.comment_ids or self.comment_items)
        named = comment_names(chain(compress(classes, holds), compress(ids, holds)))
        if not (structural or named):
            return
        within = [False] * len(parent)
        for index, up in enumerate(parent):
            if (up >= 0 and within[up]) or (
                holds[index]
                and hints[index] != ARTICLE_BODY
                and (structural or classes[index] in named or ids[index] in named)
                and self._comment_section(index)
            ):
                within[index] = True
                hints[index] = -2
                self.out.by_comments = True

    def _comment_section(self, index: int) -> bool:
        """Whether container ``index`` is a comment section under the text: by its
        structure, as a schema.org comment or by a name in some language."""
        cont = self.out.containers
        node = cont.nodes[index]
        if self.comment_ids and node.mem_id in self.comment_ids:
            return True
        if index in self.comment_items:
            return follows_article(node)
        return named_section(node, cont.classes[index], cont.ids[index])
