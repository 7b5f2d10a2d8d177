"""A byline printed as a bold name with the writer's job title on the next line, in a script
with capitals: "<p><b>Martha Quinn</b><br>Staff Writer</p>", as print versions and small
papers' templates set it. Uncased scripts have their own rule (``role_lines.role_signed``): a
line of a cased name and a title is as often a desk ("City Reporter") or a caption's credit,
so here the name must be set apart in bold and the title fill the rest of its block alone,
ending with a profession ("writer", not "Photos")."""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

from newsextract.ancestry import within_tags
from newsextract.label_lists import LabelList
from newsextract.labels import LABEL_END, words
from newsextract.metadata.markup_places import outside_article
from newsextract.metadata.name_shapes import looks_like_name
from newsextract.page import ParsedPage
from newsextract.regex_words import word_alternation
from newsextract.text import clean_text

DETAIL = "bold-name-role"
# A job title is a few words ("Senior Staff Writer"); a longer line is a sentence.
_ROLE_LINE_MAX = 40
# Elements setting a name in bold.
_BOLD = frozenset({"b", "strong"})
# Blocks a name and its title share: a paragraph or a box.
_BLOCKS = frozenset({"p", "div"})
# Ancestors of a caption, whose bold name over a title credits a picture.
_CAPTION = frozenset({"figure", "figcaption"})
# Ancestors looked at for a caption: a figure holds its caption's lines closely.
_CAPTION_REACH = 3


def _role_line(language: str) -> re.Pattern[str] | None:
    """A line of ``language``'s role words only, its last a profession."""
    roles = words(LabelList.ROLES, language)
    professions = words(LabelList.PROFESSIONS, language)
    if not roles or not professions:
        return None
    return re.compile(
        rf"^(?:{word_alternation(roles)}{LABEL_END}\s*)*"
        rf"{word_alternation(professions)}{LABEL_END}\s*$",
        re.I,
    )


# Each language's role-line regex once built (None: the language has no role words), by
# language. It is built on the first page of the language holding a block that opens with a
# bold element and a break, which the regex's lines need (``_bold_name_before_break``): built
# on each language's first page, it cost 12 compiles of about 1 ms on a set of 149 pages.
_role_lines: dict[str, re.Pattern[str] | None] = {}
_UNBUILT = re.compile("(?!)")  # a language's regex not built yet


def bold_name_over_role(page: ParsedPage, language: str) -> tuple[str, str] | None:
    """The writer a block of a bold name, a line break and a job title names, or None: the
    first such block in the article."""
    pattern = _role_lines.get(language, _UNBUILT)
    for node, own in page.short_lines(_BLOCKS, _ROLE_LINE_MAX):
        if pattern is _UNBUILT:
            if _bold_before_break(node) is None:
                continue  # no bold name over a line here: the line is not read
            pattern = _role_lines[language] = _role_line(language)
        if pattern is None:
            return None
        if pattern.match(clean_text(own)) is None:
            continue
        name = _bold_name_before_break(node)
        if (
            name is None
            or outside_article(node)
            or within_tags(node.parent, _CAPTION, _CAPTION_REACH)
        ):
            continue
        return DETAIL, name
    return None


def _bold_name_before_break(block: LexborNode) -> str | None:
    """The text of ``block``'s first child when it is bold, a name, and a ``<br>`` follows."""
    child = _bold_before_break(block)
    if child is None:
        return None
    name = clean_text(child.text(deep=True, separator=" "))
    return name if looks_like_name(name) else None


def _bold_before_break(block: LexborNode) -> LexborNode | None:
    """``block``'s first child when it is bold and a ``<br>`` follows it."""
    child = block.child
    while child is not None and child.tag == "-text" and not (child.text() or "").strip():
        child = child.next
    if child is None or child.tag not in _BOLD:
        return None
    after = child.next
    if after is None or after.tag != "br":
        return None
    return child
