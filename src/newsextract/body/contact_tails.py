"""A contact block closing the text, cut into lines of their own: its label and its name
("Kontakt", "Jane Roe | Example Press | Communications") kept as short lines, its telephone
and address ("tel +49 611 000 | press@example.org") dropped as a link line or kept as a
short line. The label and the name above the address are the same block's, not the text's
last lines: all go. (A contact block set as one ``<br>`` run is dropped whole as a contact
line, ``furniture_lines.is_furniture_line``.)"""

from __future__ import annotations

import re

from newsextract.body.characters import EMAIL, closes_sentence
from newsextract.body.contact_lines import is_phone_line
from newsextract.body.date_lines import is_date_line
from newsextract.body.model import HEADING, PARAGRAPH
from newsextract.body.reasons import CONTACT_LINES, Judged
from newsextract.body.walk_records import RawBlock

# A contact block's lines over its address: a label, a name, a role or a company (each a
# line); more short lines are a list of the text.
_CONTACT_HEAD = 3
# Each as long as a name with its company and role: a longer line is the text's.
_CONTACT_LINE = 80
# The blocks a contact's lines are set in: paragraphs, and a heading for its label.
_LINES = frozenset({PARAGRAPH, HEADING})
# A labelled fact: a label, its colon and a value after it (not a web address's "://").
_LABELLED_FACT = re.compile(r"[:：](?!//)\s*\S")
# The parts an address line runs together: "tel +49 611 000 | press@example.org".
_PARTS = re.compile(r"[|\n·•]")


def holds_address(text: str) -> bool:
    """Whether a line gives an e-mail address or a telephone number as one of its parts (a
    date written in figures, "04.04.2020", reads as a number to dial: it is none)."""
    if "@" in text and EMAIL.search(text):
        return True
    return any(
        is_phone_line(part) and not is_date_line(part)
        for part in (raw.strip() for raw in _PARTS.split(text))
    )


def without_contact_head(candidates: list[Judged]) -> list[Judged]:
    """Drop the short kept lines (at most ``_CONTACT_HEAD``, none a sentence) right before an
    address line after which nothing is kept, when a kept sentence comes before them: a
    contact block's label and name. The address line is dropped already (a link line), or
    kept as a short line that is no sentence (a telephone with its label, an e-mail a later
    pass cuts): then it goes too. A fourth short line before them makes them a list of the
    text's."""
    last = next((at for at in range(len(candidates) - 1, -1, -1) if candidates[at][1] is None), -1)
    if last < 1:
        return candidates
    if _address_line(candidates[last][0]):
        address, head_end = [last], last - 1
    elif last + 1 < len(candidates) and holds_address(candidates[last + 1][0].text):
        address, head_end = [], last
    else:
        return candidates
    first = head_end
    while first >= 0 and head_end - first < _CONTACT_HEAD:
        block, reason = candidates[first]
        if reason is not None or not _short_line(block):
            break
        first -= 1
    head = range(first + 1, head_end + 1)
    if not head or first < 0 or not _text_before(candidates, first):
        return candidates
    if candidates[first][1] is None and _short_line(candidates[first][0]):
        return candidates  # a fourth short line: a list of the text's
    out = list(candidates)
    for at in [*head, *address]:
        out[at] = (candidates[at][0], CONTACT_LINES)
    return out


def _short_line(block: RawBlock) -> bool:
    """Whether a block is a line of a contact block: a paragraph or a heading of at most
    ``_CONTACT_LINE`` characters that does not close as a sentence, nor labels a fact ("Ort:
    Vereinsheim", "Zeit: 19 Uhr": an event's facts over its sign-up address are the
    notice's own; a label closed by its colon, "Pressekontakt:", is a contact's)."""
    text = block.text.strip()
    return (
        block.kind in _LINES
        and len(text) <= _CONTACT_LINE
        and not closes_sentence(text)
        and _LABELLED_FACT.search(text) is None
    )


def _address_line(block: RawBlock) -> bool:
    """Whether a kept block is a contact block's address line: a short line giving one, no
    sentence ("Tel.: 030 000 000" labels its number as a fact line does)."""
    text = block.text.strip()
    return (
        block.kind in _LINES
        and len(text) <= _CONTACT_LINE
        and not closes_sentence(text)
        and holds_address(text)
    )


def _text_before(candidates: list[Judged], stop: int) -> bool:
    """Whether a kept block closing as a sentence stands at or before ``stop``."""
    return any(
        reason is None and closes_sentence(block.text) for block, reason in candidates[: stop + 1]
    )
