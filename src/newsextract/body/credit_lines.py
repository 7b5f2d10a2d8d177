"""Picture and text credits: a line that credits a photographer or an agency, or a credit
closing a paragraph."""

from __future__ import annotations

import functools
import re

from newsextract.body.characters import WORD
from newsextract.label_lists import LabelList
from newsextract.labels import (
    AGENCY_DESK_CODE,
    LABEL_COLONS,
    alternation,
    news_agencies,
    picture_agencies,
    words,
)
from newsextract.regex_words import longest_first, word_alternation

# A copyright mark ending a short line credits a picture: "Odermatt at the start. © AFP /
# Jane Roe"; a credit is a name or two (60 characters), a longer tail after it is prose.
_COPYRIGHT_CREDIT = 60


@functools.cache
def credit_tail() -> re.Pattern[str]:
    """Captions and image credits that end a line: "(Image: Getty)", "Bildrechte: dpa",
    "Name | Agency | Getty Images" (the agencies from the data)."""
    agencies = longest_first(news_agencies() | picture_agencies())
    return re.compile(
        r"(?:\(|\b)(?:image|images|photo|photos|picture|foto|fotos|bild|bildrechte|credit|"
        r"crédit|crédito|quelle)(?:\(s\))?\s*:\s*[^.!?]{2,80}\)?\s*$|"
        rf"\|\s*(?:{'|'.join(map(re.escape, agencies))})\s*$|"
        rf"(?:^|[\s|(])©\s*(?:[^©.!?]|\.(?=\S)){{2,{_COPYRIGHT_CREDIT}}}$",
        re.IGNORECASE,
    )


# What sets a credit off from the caption before it: spaces, bars and dashes.
_CREDIT_SEPARATORS = " \t|–—-/,;"


def without_credit(caption: str) -> str:
    """A figure's caption without the picture credit ending it ("The new wheel is larch.
    Foto: Jan Vlček" -> "The new wheel is larch."): the caption says what the picture shows,
    the credit who took it. A caption that is only a credit is returned whole (a credit line)."""
    if not (":" in caption or "|" in caption or "©" in caption or CREDIT_MARKS & set(caption)):
        return caption
    match = credit_tail().search(caption) or _labelled_credit_tail().search(caption)
    if match is None:
        return caption
    before = caption[: match.start()].rstrip(_CREDIT_SEPARATORS + "([（")
    return before if WORD.search(before) else caption


# The marks after a credit's label in the languages that do not write a colon there: Korean
# "[사진=연합뉴스]", the full-width colon of Chinese and Japanese "（图片来源：宜昌日报）", and the
# other label colons (``LABEL_COLONS``: Amharic "ፎቶ፦ …").
CREDIT_MARKS = frozenset("=" + LABEL_COLONS) - {":"}


@functools.cache
def _labelled_credit_tail() -> re.Pattern[str]:
    """A credit ending a caption under a label of the language data (``contributors``,
    ``credit``: "사진", "图片来源", "写真", "Grafik") and a colon or "=", in brackets or not:
    "… 2026.11.30 [사진=연합뉴스]", "…长江。（图片来源：宜昌日报）". A date set before it is
    the picture's, and goes with it. A label the data writes with its full stop is an
    abbreviation that takes no colon: Polish "Fot. PAP/Jan Kowalski"."""
    label = alternation(LabelList.CONTRIBUTORS, LabelList.CREDIT)
    kinds = (LabelList.CONTRIBUTORS, LabelList.CREDIT)
    abbreviated = [w for kind in kinds for w in words(kind) if w.endswith(".")]
    marked = rf"{label}\s*[{LABEL_COLONS}=]"
    if abbreviated:
        marked = rf"(?:{marked}|{word_alternation(abbreviated)})"
    return re.compile(
        r"(?:\d{4}[./-]\d{1,2}[./-]\d{1,2}\.?\s*)?[\[(（/]?\s*"
        rf"(?<![^\W_]){marked}\s*[^.!?。！？\[\]()（）]{{1,80}}[\])）]?\s*$",
        re.IGNORECASE,
    )


# A news agency's credit set after the last sentence of a paragraph, as agencies and the
# papers printing their copy close a story: "… end of the month. (Lusa)", "…目指す。（共同）",
# "… two stations. — ТАСС", BTA's "… six months /БТА/" (slashes, with or without the full
# stop). The names are the data's (``agencies.toml``), one or a few joined ("(dpa/AFP)",
# "(AFP, Reuters)", "(ANSA-AFP)"), a desk's code after one allowed ("(dpa/lno)"). Brackets
# and a dash need the sentence closed before them: "… as reported by (AFP)" is no credit.


@functools.cache
def _closing_credit() -> re.Pattern[str]:
    names = "|".join(map(re.escape, longest_first(news_agencies())))
    one = rf"(?:{names}){AGENCY_DESK_CODE}"
    several = rf"{one}(?:\s*[-/,;+]\s*{one})*"  # "(ANSA-AFP)", "(TT-Reuters)" too
    closed = r"(?<=[.!?…。！？।\"”»’'])"
    return re.compile(
        rf"(?:{closed}\s*(?:[(（\[]\s*{several}\s*[)）\]]|[–—]\s*{several}|--\s*{several})"
        rf"|\s/\s*{several}\s*/)\s*$"
    )


# The end of a paragraph searched for an agency's credit: the longest few names and marks.
_CLOSING_CREDIT_TAIL = 60
# What ends a closing credit (``_closing_credit``): a bracket or a slash, or else a dash
# before the agency's name.
_CREDIT_CLOSES = frozenset(")）]/")
_CREDIT_DASHES = ("–", "—", "--")


def without_closing_credit(text: str) -> str:
    """``text`` without a news agency's credit closing it ("… of the month. (Lusa)" -> "…
    of the month."): the credit names the story's source, which the metadata reads, and is
    not a sentence of the text. A text that is only the credit is returned whole."""
    tail = max(0, len(text) - _CLOSING_CREDIT_TAIL)
    if text.rstrip()[-1:] not in _CREDIT_CLOSES and not any(
        dash in text[tail:] for dash in _CREDIT_DASHES
    ):
        return text  # no bracket or slash closing it, no dash before a name: most paragraphs
    found = _closing_credit().search(text, tail)
    if found is None or not WORD.search(text, 0, found.start()):
        return text
    return text[: found.start()].rstrip()
