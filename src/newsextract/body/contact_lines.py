"""Contact lines: an address line, a contact block set as short lines with an address or a
telephone number, a telephone number on a line of its own. Told from a sentence of the text
that names an address by their few words."""

from __future__ import annotations

from newsextract.body.characters import EMAIL, WORD, ends_as_sentence
from newsextract.lazy_regex import LazyPattern

# A contact line is a label and one or two names beside their addresses ("Write to Jane
# Roe at … and John Smith at …" is nine words): a line with more words around an address is
# a sentence of the text ("Please do not file a public issue; instead send your report …").
_CONTACT_WORDS = 10
# A contact block set as lines (``<br>``): a label, a name, a telephone and an address, each
# a line ("Pressekontakt:\nMax Muster\nTel. 030 123\nE-Mail: presse@…"); each line is
# read as a contact line is, and an address block has no more than this many.
_CONTACT_LINES = 6


def is_contact_line(text: str) -> bool:
    """Whether a block holding an address is a contact line, or a contact block of short
    lines (``_CONTACT_LINES``), rather than a sentence of the text that names one."""
    lines = [line for line in text.split("\n") if line.strip()]
    return len(lines) <= _CONTACT_LINES and all(
        len(WORD.findall(EMAIL.sub(" ", line))) <= _CONTACT_WORDS for line in lines
    )


# A telephone number set as a line of its own, with at most a short label ("Tel.", "Telp:"):
# it opens as numbers to dial do, with "+", a trunk "0" or an area code in brackets, and
# holds eight digits or more ("0812 3456 7890", "+49 7131 55 20"); a figure ("1 234 567")
# opens otherwise.
_PHONE_LINE = LazyPattern(r"(?:[^\W\d]{1,6}\.?:?\s*)?(?:\+|0|\()[\d\s()./-]{7,}")
_PHONE_DIGITS = 8


def is_phone_contact(text: str) -> bool:
    """Whether a block set as short lines (``<br>``) is a contact block giving a telephone
    number and no address ("Media contact:\nJane Roe\n0812 3456 7890"): two lines at
    least, as many as an address block's at most, the first a label closed by a colon (a
    venue's box in a review, its name, address and number, is the review's), each as short
    as a contact line's, none a sentence, one a telephone number."""
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    if not 2 <= len(lines) <= _CONTACT_LINES or not lines[0].endswith((":", "：")):
        return False
    if any(len(WORD.findall(line)) > _CONTACT_WORDS or ends_as_sentence(line) for line in lines):
        return False
    return any(is_phone_line(line) for line in lines)


def is_phone_line(line: str) -> bool:
    """Whether a line is a telephone number with at most a short label (``_PHONE_LINE``)."""
    return (
        _PHONE_LINE.fullmatch(line) is not None
        and sum(char.isdigit() for char in line) >= _PHONE_DIGITS
    )
