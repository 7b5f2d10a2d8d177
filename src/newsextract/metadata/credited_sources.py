"""The credited source in the visible text: a "Source:" line, an agency's credit opening or
closing the text."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from newsextract.label_lists import LabelList
from newsextract.labels import LABEL_COLONS, alternation, news_agencies, words
from newsextract.metadata.candidate import Candidate
from newsextract.metadata.visible_blocks import (
    CAPITALS,
    MAX_BLOCK,
    cand,
)
from newsextract.regex_words import longest_first, word_alternation


@functools.cache
def _source_line() -> re.Pattern[str]:
    """A whole credit line, "Source: IGN", "Quelle: dpa", "出典：共同通信"."""
    return re.compile(
        r"^\s*" + alternation(LabelList.CREDIT) + rf"\s*[{LABEL_COLONS}]\s*(.{{2,80}}?)\s*\.?$",
        re.I,
    )


@functools.cache
def _agency_credits() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A news agency in a dateline ("PARIS (AFP) —") and at the end of the text ("(dpa)",
    "via Reuters"), the agencies from the data."""
    agency = "|".join(re.escape(a) for a in longest_first(news_agencies()))
    words = rf"[\w.' {_CASELESS}-]"
    place = rf"[A-ZÀ-ÖØ-Þ{CAPITALS}{_CASELESS}]{words}{{1,40}}"
    upper = rf"[A-ZÀ-ÖØ-Þ{CAPITALS} .'-]"  # a place written in capitals
    return (
        re.compile(
            # the place, maybe its region and the day after commas ("NEW YORK, March 03,
            # 2025 (GLOBE NEWSWIRE) --")
            rf"^(?:{place}(?:,\s*{words}{{2,30}}){{0,2}}\s*)?\(("
            + agency
            + r")\)\s*[-–—:]"
            # The wire's own form with no dash after the agency when a day follows the place
            # ("New Delhi, Mar 3 (PTI) The …", Indian agencies, in any script).
            + rf"|^{place},\s*{words}{{0,30}}?\d{words}{{0,20}}\(({agency})\)\s"
            # No dash either after a place in capitals, the text's first word capitalised
            # ("STOCKHOLM (TT) Stadsbiblioteket …", as the Nordic agencies write it)
            + rf"|^[A-ZÀ-ÖØ-Þ{CAPITALS}]{upper}{{1,40}}\(({agency})\)\s+(?=[A-ZÀ-ÖØ-Þ{CAPITALS}])"
            # The agency or a press release's wire in slashes after the place and the day,
            # a dash after it or none ("COLUMBUS, Ohio, March 3, 2025 /PRNewswire/ --",
            # "/PRNewswire-PRWeb/"; "София, 3 март /БТА/ Текст", as BTA, PAP, TASR write it),
            # or in brackets between double hyphens ("LYON, France--(BUSINESS WIRE)--")
            + rf"|^{place}(?:,\s*{words}{{1,30}}){{0,3}}\s*"
            + rf"/({agency})(?:[- ]{words}{{1,20}})?/\.?(?:\s*[-–—]|\s+\w)"
            # Russian wire copy: the agency after a dash closing the place and the day
            # ("МОСКВА, 5 марта - РИА Новости.", TASS's "МОСКВА, 5 марта. /ТАСС/." above)
            + rf"|^{place},\s*{words}{{1,30}}?\s+[-–—]\s+({agency})\.\s"
            + rf"|^{place}(?:,\s*{words}{{2,30}})?\s*--\s*\(({agency})\)\s*--"
            # Korean wire copy: "(서울=연합뉴스)", the place and the agency in brackets
            + rf"|^\s*[(（][^=()（）]{{1,20}}=\s*({agency})\s*[)）]"
            # Chinese wire copy: "新华社武汉3月5日电", the agency, the place, the day, "电";
            # Taiwan's in brackets with the month left out: "（中央社記者王明台北3日電）"
            + rf"|^\s*[(（]?({agency})[^\d\s]{{1,12}}(?:\d{{1,2}}月)?\d{{1,2}}日[电電]"
        ),
        re.compile(
            rf"[(（]({agency})(?:/[\w ]+)?[)）]\s*$|^(?:via|with)\s+({agency})\b|"
            # the agency in slashes ending the text, as its dateline writes it ("… текст. /БТА/")
            rf"\s/({agency})/\s*$|"
            # a closing line of a few words crediting an agency, in any language ("Con
            # información de EFE.", "Com informações da Agência Brasil", "Mit Material von dpa")
            rf"^\W*(?:[^\W\d]+\s+){{1,{_CREDIT_WORDS}}}({agency})\W*$"
        ),
    )


_CREDIT_WORDS = 4  # a credit's words before the agency; a longer line is a sentence about it
# Characters at each end of the last block where its credit may stand ("via Reuters" opening
# it, "(dpa)" closing it): the search of a 50 MB block's every position took 0.4 s a call.
_CREDIT_REACH = 1_000
# Characters of an opening block a dateline is matched on: its longest form the pattern takes
# (a place of 41, three parts of 31 after commas, the agency and its wire's name) is under
# 250 with single spaces; the place's parts take any white space, and a block of " \xa0"
# repeated (a <pre> keeps it) cost the match the square of its length (12,000: 0.5 s).
_DATELINE_READ = 500
# The scripts with no upper case whose words carry vowel signs Python's ``\w`` leaves out
# (Indic, Thai, Lao, Burmese, Khmer): a dateline's place may be written in them.
_CASELESS = "\u0900-\u0dff\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff"


def source_candidates(text: str) -> Candidate | None:
    match = _source_line().match(text) if len(text) <= MAX_BLOCK else None
    if match is None:
        return None
    source = match.group(1)
    if (label := _next_label().search(source)) is not None:
        source = source[: label.start()]  # "人民日报 编辑：张三"
    source = source.strip(_AROUND_SOURCE)
    if len(source) < _MIN_SOURCE or not any(c.isalpha() for c in source):
        return None  # a year or a number alone ("Source: 2019") names no outlet
    return cand("source", source, "source-line")


_MIN_SOURCE = 2  # as the credit line's pattern asks: one letter is no outlet's name


@functools.cache
def _next_label() -> re.Pattern[str]:
    """Another label and its colon after a credit's source on its line, where a desk writes
    its credits in a row ("来源：人民日报 编辑：张三", "来源：人民日报 原标题：…"): a credit,
    byline, about-note or translation-note label of any language. (Not a contributor's: a
    caption's "Źródło: East News, fot: …" then kept the caption in the body, which drops a
    line ending with the source; the body, not the source, would need mending for that.)"""
    kinds = (
        LabelList.CREDIT, LabelList.BYLINE, LabelList.ABOUT_NOTES, LabelList.TRANSLATION_NOTES,
    )  # fmt: skip
    labels = {w.rstrip(LABEL_COLONS).rstrip() for kind in kinds for w in words(kind)}
    return re.compile(rf"\s(?:{word_alternation(w for w in labels if w)})\s*[{LABEL_COLONS}]", re.I)


# What a credit line sets around the source's name: a full stop, quotation marks ("Манбаъ:
# «Ховар»", "Fonte: “Ansa”").
_AROUND_SOURCE = ' .«»"“”„'


def source_from_body(first: str, last: str) -> str | None:
    """An agency credited in a dateline ("PARIS (AFP) —") or at the end of the text."""
    return source_from_openings((first,), last)


def source_from_openings(openings: Sequence[str], last: str) -> str | None:
    """``source_from_body`` of each of ``openings`` in turn (a dateline may open the second
    block, after a standfirst), the first found: the end of the text, the same for each, is
    searched once, after the first opening's dateline."""
    dateline = _agency_credits()[0]
    for index, first in enumerate(openings):
        match = dateline.match(first[:_DATELINE_READ])
        if match:
            return next(group for group in match.groups() if group)
        if index == 0 and (credited := _credit_at_end(last)) is not None:
            return credited
    return None


def closing_credit_line(line: str) -> str | None:
    """The agency a short line of its own credits after the text, a few words before it
    ("(Avec AFP)", "Mit Material von dpa", "Con información de EFE"), or None: the credit
    the whole line (a sentence ending "… at home. (AFP)" is the text's own last line)."""
    line = line.strip()
    match = _agency_credits()[1].search(line)
    if match is None or match.start() != 0 or match.end() != len(line):
        return None
    if _not_a_text_credit().match(line):
        return None  # "Photo by Reuters", "Follow AFP": a picture's credit, a button
    return next(group for group in match.groups() if group)


@functools.cache
def _not_a_text_credit() -> re.Pattern[str]:
    """The opening of a line crediting an agency with no part of the text: a contributor's
    label of any language (a picture's, a graphic's: "Photo by", "Foto von") or a follow
    button's word ("Follow")."""
    labels = words(LabelList.CONTRIBUTORS) + words(LabelList.FOLLOW)
    return re.compile(rf"\W*(?:{word_alternation(labels)})\b", re.I)


def _credit_at_end(last: str) -> str | None:
    """An agency credited at the end of the text (``last``: its last block)."""
    credit_tail = _agency_credits()[1]
    last = last.strip()
    if len(last) > 2 * _CREDIT_REACH:  # only its ends can hold a credit: search those alone
        last = f"{last[:_CREDIT_REACH]}\n{last[-_CREDIT_REACH:]}"
    tail = credit_tail.search(last)
    if tail:
        return next(group for group in tail.groups() if group)
    return None
