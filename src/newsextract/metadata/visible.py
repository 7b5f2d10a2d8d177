"""Candidates from the visible text: bylines and credited sources, in the order their
readings are tried.

Many pages carry their byline or source only as text ("Par Marine Guichard, le",
"Source: IGN", "WASHINGTON (AP) —"). Blocks are found in C with lexbor's
``:lexbor-contains`` and confirmed on their own (not their children's) text, so the scan
stays cheap on large pages.

Each reading is a module of its own; this one holds their order. The lines a label opens
come first (``labelled_lines``, read by ``labelled_byline`` and ``credited_sources``), then
lines of names with a label after them (``byline_after_names``); with no byline found, the
signatures no label opens (``bracketed_names``, ``role_lines``, ``byline_openings``, a mail's
sender, a closing signature) and last a sidebar's author box (``sidebar_author``); with no
source found, a closing agency (``closing_agency``) or a republishing note (``copy_note``).
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import islice

from selectolax.lexbor import LexborNode

from newsextract.labels import byline_after_languages
from newsextract.language_codes import file_code
from newsextract.metadata.bracketed_names import closing_name, dateline_name
from newsextract.metadata.byline_after_names import MAX_LINE as MAX_LABEL_AFTER_LINE
from newsextract.metadata.byline_after_names import label_after_line, may_hold_label
from newsextract.metadata.byline_openings import dated_name_line, opening_credit
from newsextract.metadata.candidate import Candidate
from newsextract.metadata.closing_agency import closing_agency
from newsextract.metadata.closing_signature import closing_signature
from newsextract.metadata.copy_note import copy_note_origin
from newsextract.metadata.credited_sources import source_candidates
from newsextract.metadata.labelled_byline import line_candidates
from newsextract.metadata.labelled_lines import labelled_lines
from newsextract.metadata.mail_sender import mail_sender
from newsextract.metadata.role_lines import role_signed
from newsextract.metadata.sidebar_author import SIDEBAR_AUTHOR, sidebar_author
from newsextract.metadata.usable_values import language_code
from newsextract.metadata.visible_blocks import BLOCKS, cand
from newsextract.page import ParsedPage
from newsextract.text import clean_text


def candidates(page: ParsedPage) -> Iterator[Candidate]:
    """The byline, authors and credited source of the page's visible text: each from the
    first reading, in this module's order, that finds one."""
    body = page.body
    if body is None:
        return
    language = language_code(page.html_lang) if page.html_lang else None
    labelled, byline_found, source_found = _labelled_candidates(page, language)
    yield from labelled
    if not byline_found:
        after_names = _label_after_candidates(page, language)
        byline_found = bool(after_names)
        yield from after_names
    if not byline_found:
        yield from _unlabelled_authors(page, body, language)
    if not source_found:
        yield from _unlabelled_source(page)


def _labelled_candidates(
    page: ParsedPage, language: str | None
) -> tuple[list[Candidate], bool, bool]:
    """The candidates of the lines a label opens: the first byline line that gives names (of
    ``_MAX_BYLINE_TRIES`` read at most) and the first source line outside a table that
    credits one; with whether a byline and a source were found."""
    found: list[Candidate] = []
    byline_found = source_found = False
    byline_tries = 0
    for node, kind, text in labelled_lines(page, language):
        if kind == "byline" and not byline_found and byline_tries < _MAX_BYLINE_TRIES:
            byline_tries += 1
            read = list(line_candidates(node, text, language))
            byline_found = bool(read)
            found += read
        elif kind == "source" and not source_found and not _in_table(node):
            source = source_candidates(text)
            if source is not None:
                source_found = True
                found.append(source)
        if byline_found and source_found:
            break
    return found, byline_found, source_found


def _label_after_candidates(page: ParsedPage, language: str | None) -> list[Candidate]:
    """The candidates of the first line of names with a byline label after them that gives
    any (of ``_MAX_LABEL_AFTER_TRIES`` read at most)."""
    if language is not None and file_code(language) not in byline_after_languages():
        # a page in a language that writes no label after the name is not scanned for one:
        # the scan of every short text cost 1 M instructions a page (1.5 %) on the dev sets
        return []
    for node, line in islice(_label_after_lines(page), _MAX_LABEL_AFTER_TRIES):
        found = list(line_candidates(node, line, language))
        if found:
            return found
    return []


def _unlabelled_authors(
    page: ParsedPage, body: LexborNode, language: str | None
) -> Iterator[Candidate]:
    """The writer a signature no label opens names (the first that does, in the order
    below), else the one a sidebar's author box names."""
    signed = (
        dateline_name(page)
        or closing_name(page)
        or role_signed(page, language)
        or opening_credit(page, language)
        or dated_name_line(page, language)
        or mail_sender(page)
        or closing_signature(page, language)
    )
    if signed is not None:
        yield cand("authors", (signed[1],), signed[0])
    elif (boxed := sidebar_author(page, body, language)) is not None:
        yield cand("authors", (boxed,), SIDEBAR_AUTHOR)


def _unlabelled_source(page: ParsedPage) -> Iterator[Candidate]:
    """The source a closing agency credit names, else the origin a republishing note links."""
    agency = closing_agency(page)
    if agency is not None:
        yield cand("source", agency, "closing-credit")
    elif (origin := copy_note_origin(page)) is not None:
        yield cand("source", origin, "copy-note")


# Lines opening with a byline word read for names before giving up: three times the most a
# dev page needed (15). A page of thousands of such lines ("Text of the section…", German
# "Text" being a credit's label) spent 90 µs on each name split.
_MAX_BYLINE_TRIES = 50


# Lines of names and a label after them read as a byline before giving up: one in a
# sidebar's or a teaser's card (``line_candidates`` passes it over) may come before the article's.
_MAX_LABEL_AFTER_TRIES = 5


def _label_after_lines(page: ParsedPage) -> Iterator[tuple[LexborNode, str]]:
    """The short lines of the page that are names and a byline label after them ("তানভীর
    হাসান দ্বারা", "Kiss Gábor által, 2024. március 5."; see ``byline_after_names``), in
    page order, with their element. The element's own text holds the label; its whole text
    is the line (the names may be a link beside it)."""
    for node, own in page.short_lines(BLOCKS, MAX_LABEL_AFTER_LINE):
        if not may_hold_label(own):
            continue
        text = clean_text(node.text(deep=True, separator=" "))
        if label_after_line(text):
            yield node, text


def _in_table(node: LexborNode) -> bool:
    """Whether a credit line stands in a table (its ``<tfoot>``, a last row): it credits the
    table's figures ("Nguồn: Phòng Đào tạo"), not the article."""
    parent = node.parent
    while parent is not None and parent.tag not in ("body", "article"):
        if parent.tag == "table":
            return True
        parent = parent.parent
    return node.tag in ("td", "th")
