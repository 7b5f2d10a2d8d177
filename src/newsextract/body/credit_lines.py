"""Picture and text credits: a line that credits a photographer or an agency, a credit
closing a paragraph or a caption (under a label of any language's data, or in brackets after
a slash), or a credit closing a paragraph to be cut off."""

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
from newsextract.lazy_regex import LazyPattern
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


# A caption closing with its picture's credit in brackets, a name and a picture agency or
# stock library set off by a slash ("(mlharing / iStock.com)", "(AP Photo/Jane Roe)"): the
# bracket holds at most this many characters. A bracket with no slash is an abbreviation as
# often ("Environmental Protection Agency (EPA)").
_BRACKETED_PICTURE_CREDIT = 60


def is_bracketed_picture_credit(text: str) -> bool:
    """Whether a line closes with a picture's credit in brackets (see above)."""
    if text[-1:] not in (")", "）"):
        return False
    opening = max(text.rfind("("), text.rfind("（"))
    inside = text[opening + 1 : -1]
    if opening < 0 or len(inside) > _BRACKETED_PICTURE_CREDIT or "/" not in inside:
        return False
    return _picture_agency().search(inside) is not None


@functools.cache
def _picture_agency() -> re.Pattern[str]:
    names = "|".join(map(re.escape, longest_first(picture_agencies())))
    return re.compile(rf"(?<![^\W_])(?:{names})(?![^\W_])", re.IGNORECASE)


_CREDIT_MARK_LIST = (":", *sorted(CREDIT_MARKS))


# A line closing with a credit under a label of the language data ("… Fotó: MTI/Kovács",
# "… Φωτογραφία: Eurokinissi", "… 写真：共同"): the label and the name fit in this many
# characters at the line's end, where the credit is looked for.
_LABELLED_CREDIT_TAIL = 100


def is_labelled_credit(text: str) -> bool:
    """Whether a short line closes with a picture's (or another contributor's) credit under
    a label of the language data: a caption set as a paragraph of its own, outside
    ``<figure>``, with its credit ("Egy HÉV-szerelvény az Örs vezér terén. Fotó: MTI/X").
    The English and German labels ``credit_tail`` reads; this reads every language's.

    Read from the last mark on: the words before it are looked up (one to three, the
    longest label's), the credit after it is a name or two without a sentence's mark; an
    abbreviated label ("Fot. PAP/…") is looked for as written. No regex of every language's
    labels is run over the line (it took two thirds of the furniture test's time)."""
    start = len(text) - _LABELLED_CREDIT_TAIL
    # The marks' last places in the tail alone (one before it is no credit's either way), by
    # C calls; an ASCII tail (a flag) can hold only the ASCII marks.
    lo = max(0, start)
    tail = text[lo:] if lo else text
    if tail.isascii():
        at = max(tail.rfind(":"), tail.rfind("="))
    else:
        at = max(map(tail.rfind, _CREDIT_MARK_LIST))
    at = at + lo if at >= 0 else -1
    if at >= 0 and at >= start and _is_credit_after(text[at + 1 :]):
        before = _CREDIT_WORD_SEPARATORS.split(text[max(0, start) : at].rstrip().lower())
        labels = _credit_labels()
        # a label ends with the word before the mark: one set lookup turns away the others
        if before[-1] in _credit_label_ends() and any(
            " ".join(before[-size:]) in labels for size in range(1, _LABEL_WORDS + 1)
        ):
            return True
    for label in _abbreviated_credit_labels():  # as written, capitalised or in capitals
        found = text.rfind(label, lo)
        if found >= 0 and found >= start and (found == 0 or not text[found - 1].isalnum()):
            return _is_credit_after(text[found + len(label) :])
    return False


# What sets a label off from the caption before it: spaces, brackets, slashes, bars and the
# full stops and commas of the scripts ("…ホーム。写真：共同", "…长江（图片来源：宜昌日报）").
_CREDIT_WORD_SEPARATORS = LazyPattern(r"[\s\[\](){}（）【】/|,;。、]+")
# A label is one to three words ("photo", "texto e fotos", "mpiga picha").
_LABEL_WORDS = 3
# A credit after its label: a name or two, no sentence's mark ("MTI/Koszticsák Szilárd").
_CREDIT_NAME = 80
_SENTENCE_MARK = LazyPattern(r"[.!?。！？]")


def _is_credit_after(after: str) -> bool:
    after = after.strip().rstrip(")]）】").strip()
    return 0 < len(after) <= _CREDIT_NAME and _SENTENCE_MARK.search(after) is None


@functools.cache
def _credit_labels() -> frozenset[str]:
    """The contributors' and credit labels of every language, lower case, each word joined
    by one space."""
    kinds = (LabelList.CONTRIBUTORS, LabelList.CREDIT)
    return frozenset(" ".join(w.lower().split()) for kind in kinds for w in words(kind))


@functools.cache
def _credit_label_ends() -> frozenset[str]:
    """The last word of each of ``_credit_labels``: the word before a time's colon ("3" of
    "5 March 2021, 3:07"), as most before a colon, ends none."""
    return frozenset(label.rpartition(" ")[2] for label in _credit_labels())


@functools.cache
def _abbreviated_credit_labels() -> tuple[str, ...]:
    """The labels the data writes with their full stop, taking no colon (Polish "fot."), as
    written, capitalised and in capitals: looked for with ``str.rfind``, which is ten times
    faster than a regex search of the line."""
    labels = [label for label in _credit_labels() if label.endswith(".")]
    return tuple(
        dict.fromkeys(f(label) for label in labels for f in (str, str.capitalize, str.upper))
    )
