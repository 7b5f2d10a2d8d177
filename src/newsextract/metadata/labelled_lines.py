"""The lines of the visible text that a byline or credit label opens, in page order, with
their kind ("byline", "source").

One pass over the block elements reading only their own text nodes (cheap in lexbor); a
block broken by ``<br>`` gives each labelled line, a label alone in its element is joined to
the name after it, and a post's meta line gives its byline's part. Only where a label is
written is decided here: what the line says is read by ``labelled_byline`` and
``credited_sources``.
"""

from __future__ import annotations

from collections.abc import Iterator

from selectolax.lexbor import LexborNode

from newsextract.label_lists import LabelList
from newsextract.labels import starts_with
from newsextract.metadata.label_texts import label_texts
from newsextract.metadata.labelled_byline import MAX_BYLINE
from newsextract.metadata.line_labels import label_kind, only_label
from newsextract.metadata.meta_line_bylines import (
    CREDIT_PART_MARKS,
    MAX_DATE_AND_BYLINE,
    byline_after_credit,
    byline_after_date,
    byline_after_mark,
)
from newsextract.metadata.visible_blocks import BLOCKS, INLINE, MAX_BLOCK, text_after
from newsextract.page import ParsedPage
from newsextract.text import clean_text

# Lines opening with a publication label read for a byline after their date: ten times the
# most a dev page needed (30). A page of 40,000 such lines ("Published 3 March 2015 at
# 10:05") spent 10 µs on each date search (0.4 s).
_MAX_DATED_TRIES = 300


def labelled_lines(
    page: ParsedPage, language: str | None = None
) -> Iterator[tuple[LexborNode, str, str]]:
    """Blocks whose own text starts with a byline or source word (the byline labels of the
    page's declared ``language`` too), in page order, with their text; a block broken by
    ``<br>`` ("Par X, le …<br>Source: IGN") gives each labelled line.

    One pass over the block elements reading only their own text nodes (cheap in lexbor);
    a label in an inline element ("<p><strong>By</strong> <a>Name</a></p>") stands for its
    parent block.
    """
    published = starts_with(LabelList.PUBLISHED)
    dated_tries = _MAX_DATED_TRIES
    # The elements by identity, not their entries: a compiled build (mypyc) unpacks a tuple
    # it iterates over, so the same entry need not keep its id.
    labelled = {id(node) for node, _, _ in label_texts(page)}
    for node, tag, own in page.own_texts:
        if tag not in BLOCKS:
            continue
        if id(node) not in labelled:
            # A post's meta line opening with no label may hold one after a mark.
            if own is not None and ("·" in own or "|" in own or "•" in own or "\u3000" in own):
                after = byline_after_mark(node, own, language)
                if after is not None:
                    yield node, "byline", after
            continue
        opening = (own if own is not None else node.text(deep=False)).lstrip()
        kind = label_kind(opening, language)
        if kind is not None:
            yield from _labelled_block_lines(node, tag, opening, kind, language)
            continue
        dated = dated_tries > 0 and published.match(opening) is not None
        if dated:
            dated_tries -= 1
        after = _unlabelled_line_byline(node, opening, dated, language)
        if after is not None:
            yield node, "byline", after


def _unlabelled_line_byline(
    node: LexborNode, opening: str, dated: bool, language: str | None
) -> str | None:
    """The byline inside a block whose own text opens with no byline nor credit label (another
    list's label, ``label_texts``): after its date when a publication label opens it
    (``dated``), else the part after a mark of a short line."""
    after = byline_after_date(node, language) if dated else None
    if (
        after is None
        and ("·" in opening or "|" in opening or "•" in opening or "\u3000" in opening)
        and len(opening) <= MAX_DATE_AND_BYLINE
    ):
        # a date line that its label and date do not lead into the byline ("Atnaujinta
        # 2024 m. kovo 14 d. 09:00 · Paskelbta … · Tekstas: Aistė Jankauskaitė"), or
        # one a word of another list opens ("Le 25 novembre 2024 | Par Claire
        # Martin": the date's "le"), read as a line no label opens: the part after a
        # mark that a byline label opens (its later ``<br>`` line too cost +0.18 %
        # instructions, the lines of every date-labelled container read)
        after = byline_after_mark(node, opening, language)
    return after


def _labelled_block_lines(
    node: LexborNode, tag: str, opening: str, kind: str, language: str | None
) -> Iterator[tuple[LexborNode, str, str]]:
    """The lines of a block whose own text a label of ``kind`` opens: its one line (from the
    label on; a source's part and the byline part after it; a label alone with the name
    after it), or each line of a block broken by ``<br>`` that a label opens. A label alone
    in an inline element stands for its parent block."""
    if tag in INLINE and node.parent is not None and only_label(node, kind, language):
        node = node.parent
    lines = _lines(node)
    if len(lines) == 1:
        line = _from_label(lines[0], opening, kind, language)
        after = byline_after_credit(line, language) if kind == "source" else None
        if after is not None:
            # the source up to the byline's part, then the byline
            yield node, kind, line[: len(line) - len(after)].rstrip(CREDIT_PART_MARKS)
            yield node, "byline", after
            return
        yield node, kind, _with_next(node, kind, line, language)
        return
    for line in lines:
        line_kind = label_kind(line, language)
        if line_kind is not None:
            yield node, line_kind, line


# Text a post's meta line sets in its own element before the byline label: a date
# ("<time>2021年3月5日</time> 投稿者: 佐藤 花子"), a section; no longer than a byline.
_BEFORE_OWN_LABEL = MAX_BYLINE


def _from_label(line: str, opening: str, kind: str, language: str | None) -> str:
    """``line`` from the label its block's own text opens with, when an element before the
    label (a date, a section link) opens the line instead ("2021年3月5日 投稿者: 佐藤 花子" ->
    "投稿者: 佐藤 花子"); else ``line`` as it is."""
    if kind != "byline" or not opening or line.startswith(opening[:1]):
        return line
    label = opening.split(None, 1)[0]
    at = line.find(label)
    if not 0 < at <= _BEFORE_OWN_LABEL or label_kind(line, language) is not None:
        return line
    return line[at:]


def _with_next(node: LexborNode, kind: str, text: str, language: str | None = None) -> str:
    """A label alone in its element is followed by the name after it: the next element
    ("<dt>Autor</dt><dd>Peter Maahn</dd>") or the text up to a line break ("<h5>Autor:</h5>
    Peter Maahn<br>"); any other text is returned as it is."""
    if not only_label(node, kind, language):
        return text
    following = text_after(node)
    return f"{text} {following}" if 0 < len(following) <= MAX_BYLINE else text


# A line's text read this far (raw characters) before cleaning: its readers look at its first
# twice a byline's length and whether it is longer than a credit block (``MAX_BLOCK``); the
# dev pages' longest labelled line is a few hundred characters. A giant line (a 60 MB byline)
# is cut, and read whole only if the cut part cleans too short to decide (white space).
_LINE_READ = 4_000
# What a cut may change at the cleaned part's end: an entity cut in two (the longest is 33
# characters), a trailing space. A cleaned cut longer than a block by this decides as the whole.
_CUT_SLACK = 64


def _lines(node: LexborNode) -> list[str]:
    """The block's text, cut at its ``<br>`` children; a line longer than ``_LINE_READ`` is
    given as its cleaned start (its readers decide on that as on the whole)."""
    found = _read_lines(node, _LINE_READ)
    if found is None:  # a cut line cleaned too short to stand for the whole: read it all
        found = _read_lines(node, None)
    assert found is not None
    return [line for line in found if line] or [""]


def _read_lines(node: LexborNode, most: int | None) -> list[str] | None:
    """The block's cleaned lines, each read to ``most`` raw characters (None: whole); None
    when a cut line cleans no longer than a credit block and the slack."""
    lines: list[tuple[str, bool]] = []
    parts: list[str] = []
    size = 0
    for child in node.iter(include_text=True):
        if child.tag == "br":
            lines.append((" ".join(parts), most is not None and size > most))
            parts = []
            size = 0
        elif most is None or size <= most:
            text = child.text(deep=True, separator=" ")
            parts.append(text if most is None else text[: most + 1 - size])
            size += len(text) + 1
    lines.append((" ".join(parts), most is not None and size > most))
    found = []
    for line, cut in lines:
        cleaned = clean_text(line).replace(" ,", ",")
        if cut and len(cleaned) <= MAX_BLOCK + _CUT_SLACK:
            return None
        found.append(cleaned)
    return found
