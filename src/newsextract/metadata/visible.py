"""Candidates from the visible text: bylines, credited sources and written dates.

Many pages carry their byline or source only as text ("Par Marine Guichard, le",
"Source: IGN", "WASHINGTON (AP) —"). Blocks are found in C with lexbor's
``:lexbor-contains`` and confirmed on their own (not their children's) text, so the scan
stays cheap on large pages.
"""

from __future__ import annotations

import functools
import re
import string
from collections.abc import Iterable, Iterator, Sequence
from datetime import datetime
from typing import NamedTuple
from urllib.parse import urlsplit

import attrs
from selectolax.lexbor import LexborNode

from newsextract.dates import (
    TextDate,
    ascii_digits,
    find_text_dates,
    page_countries,
    parse_text_date,
    read_written_date,
    weekday_settled,
)
from newsextract.label_openers import UNKNOWN, FirstLetterOpeners
from newsextract.labels import (
    LABEL_COLONS,
    LABEL_END,
    LabelList,
    access_label,
    agency_line,
    alternation,
    calendar_words,
    first_characters,
    labels_after_date,
    longest_first,
    news_agencies,
    starts_with,
    word_alternation,
    words,
)
from newsextract.metadata.authors import (
    BYLINE_AGENCY,
    BYLINE_LABEL_END,
    FORUM_HANDLE,
    byline_agency,
    looks_like_name,
    split_byline,
    staff_credit,
    trim_byline,
)
from newsextract.metadata.byline_openings import (
    dated_name_line,
    given_name,
    opening_credit,
    opening_paragraphs,
)
from newsextract.metadata.candidate import Candidate, Value
from newsextract.metadata.html import forum_handle, outside_article
from newsextract.metadata.label_texts import label_texts
from newsextract.metadata.other_items import in_other_item
from newsextract.metadata.page_dates import in_sidebar
from newsextract.metadata.published import LABELLED_DATE
from newsextract.metadata.resolve import language_code
from newsextract.metadata.site_header import has_ancestor, page_header, within
from newsextract.name_lists import NameWordSelector, has_name_token
from newsextract.origin import Origin
from newsextract.page import ParsedPage
from newsextract.text import clean_text

# A term in a definition list ("<dt>Autorin</dt><dd>Name</dd>") is a block like a table's
# cell: its value is the description after it (``_with_next``).
_BLOCKS = frozenset(
    {"p", "div", "span", "address", "li", "small", "em", "i", "strong", "b", "dd", "h4", "h5", "h6",
     "footer", "section", "td", "th", "dt"}
)  # fmt: skip


def _byline_end(text: str, language: str | None = None) -> int:
    """Where a byline label ("By", "Par", "記者"; on a page in ``language``, its own byline
    labels that are other languages' words too: Catalan "Per") opening ``text`` ends, with
    its colon; 0 when none opens it."""
    ends = (
        found.end()
        for pattern in (_byline_start(), _own_byline_start(language))
        if pattern is not None and (found := pattern.match(text)) is not None
    )
    return max(ends, default=0)


@functools.cache
def _byline_start() -> re.Pattern[str]:
    """A byline label of any language opening a text, with its colon."""
    return _opening_byline(words(LabelList.BYLINE))


@functools.cache
def _own_byline_start(language: str | None) -> re.Pattern[str] | None:
    """``language``'s own byline labels (``byline_in_language``) opening a text: a regex of
    their own (a few words, 2 ms), where one of every language's labels and the page
    language's own took 10 ms to build again for each language a process meets."""
    own = words(LabelList.BYLINE_IN_LANGUAGE, language) if language is not None else ()
    return _opening_byline(own) if own else None


def _opening_byline(labels: Iterable[str]) -> re.Pattern[str]:
    return re.compile(
        r"^\s*"
        + _OPENING_BRACKET
        + word_alternation(labels)
        + _CASED_ALIKE.format(BYLINE_LABEL_END)
        + rf"\s*[{LABEL_COLONS}]?\s*",
        re.I,
    )


# The tests after a label ask for what no letter's case changes (the end of a word, a Han
# name): read case-sensitively, their regexes build in a third of the time and match alike.
_CASED_ALIKE = "(?-i:{})"


@functools.cache
def _source_start() -> re.Pattern[str]:
    return re.compile(r"^\s*" + alternation(LabelList.CREDIT) + LABEL_END, re.I)


@functools.cache
def _source_line() -> re.Pattern[str]:
    """A whole credit line, "Source: IGN", "Quelle: dpa", "出典：共同通信"."""
    return re.compile(
        r"^\s*" + alternation(LabelList.CREDIT) + rf"\s*[{LABEL_COLONS}]\s*(.{{2,80}}?)\s*\.?$",
        re.I,
    )


@functools.cache
def _updated_label() -> re.Pattern[str]:
    """Words calling a date the last update ("Updated", "Mis à jour", "更新")."""
    return re.compile(alternation(LabelList.UPDATED), re.I)


@functools.cache
def _published_label() -> re.Pattern[str]:
    """Words calling a date the publication ("Published", "Veröffentlicht am", "公開")."""
    return re.compile(alternation(LabelList.PUBLISHED) + LABEL_END, re.I)


# Capital letters a dateline's place opens with beyond Latin-1: Latin Extended-A (Turkish
# "İZMİR", Polish "ŁÓDŹ", Czech "ČESKÉ BUDĚJOVICE"; the block alternates cases, its small
# letters let in too), Greek and Cyrillic capitals ("ΑΘΗΝΑ", "МОСКВА").
_CAPITALS = "\u0100-\u017f\u0391-\u03a9\u0400-\u042f"


@functools.cache
def _agency_credits() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A news agency in a dateline ("PARIS (AFP) —") and at the end of the text ("(dpa)",
    "via Reuters"), the agencies from the data."""
    agency = "|".join(re.escape(a) for a in longest_first(news_agencies()))
    words = rf"[\w.' {_CASELESS}-]"
    place = rf"[A-ZÀ-ÖØ-Þ{_CAPITALS}{_CASELESS}]{words}{{1,40}}"
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
# The scripts with no upper case whose words carry vowel signs Python's ``\w`` leaves out
# (Indic, Thai, Lao, Burmese, Khmer): a dateline's place may be written in them.
_CASELESS = "\u0900-\u0dff\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff"


_MAX_BLOCK = 200
# A text this long even with its white space cut is no date line; twice the block's length
# leaves room for what ``clean_text`` removes (stray entities, invisible characters).
_CONTAINER = 2 * _MAX_BLOCK
_MAX_BYLINE = 100
# The marks a post's meta line sets between its byline and its dates.
_META_MARK = re.compile(r"\s[|·•]\s")
# Cut per page to the words its class names and ids hold (see ``name_lists``).
_DATE_SCOPES = NameWordSelector(
    "[class*=date i], [class*=time i], [class*=datum i], [class*=fecha i], [class*=data i], "
    "[class*=publi i], [class*=posted i], [class*=meta i], [class*=byline i], [class*=info i], "
    "[class*=tarih i], [class*=tanggal i], [id*=date i], time, [class~=author i]"
)
# ("datum", "fecha", "data": German, Spanish, Portuguese and Italian; "tarih": Turkish;
# "tanggal": Indonesian and Malay newsrooms' class names for a date; "author" as a whole
# class: a forum post's author line, "by Jane Roe » Mon Mar 04, 2024 10:15 am", the post's
# only time in phpBB 3.0, where a class holding "author" is more often an author box.)
_MAX_DATE_TRIES = 6  # dateparser calls that found nothing before giving up on a page
# What stands between a date and the same date written again in another calendar or form.
_RESTATING_MARKS = " \t([/|–-"
_MAX_DATE_SPANS = 12  # date-looking spans gathered: the article's own come first in a page
_LABEL_REACH = 40  # a date's label sits just before it; text farther back is other matter
# An ISO stamp with its "T" ("2021-10-27T20:35:36+01:00") is no date written for people: the
# text of a hidden <time> or microdata element, which the structured sources already read.
_DIGIT = re.compile(r"\d")
_MACHINE_STAMP = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")


def _cand(field: str, value: Value, detail: str) -> Candidate:
    return Candidate(field=field, value=value, origin=Origin.TEXT, detail=detail)


def candidates(page: ParsedPage) -> Iterator[Candidate]:
    body = page.body
    if body is None:
        return
    language = language_code(page.html_lang) if page.html_lang else None
    byline_found = source_found = False
    byline_tries = 0
    for node, kind, text in _labelled_lines(page, language):
        if kind == "byline" and not byline_found and byline_tries < _MAX_BYLINE_TRIES:
            byline_tries += 1
            found = list(_byline(node, text, language))
            byline_found = bool(found)
            yield from found
        elif kind == "source" and not source_found:
            source = _source(text)
            if source is not None:
                source_found = True
                yield source
        if byline_found and source_found:
            return
    if not byline_found:
        signed = (
            _dateline_name(page)
            or _closing_name(page)
            or _role_signed(page, language)
            or opening_credit(page, language)
            or dated_name_line(page, language)
        )
        if signed is not None:
            yield _cand("authors", (signed[1],), signed[0])
        elif (boxed := _sidebar_author(page, body, language)) is not None:
            yield _cand("authors", (boxed,), SIDEBAR_AUTHOR)
    if not source_found:
        agency = _closing_agency(page)
        if agency is not None:
            yield _cand("source", agency, "closing-credit")


# Lines opening with a byline word read for names before giving up: three times the most a
# dev page needed (15). A page of thousands of such lines ("Text of the section…", German
# "Text" being a credit's label) spent 90 µs on each name split.
_MAX_BYLINE_TRIES = 50
# Lines opening with a publication label read for a byline after their date: ten times the
# most a dev page needed (30). A page of 40,000 such lines ("Published 3 March 2015 at
# 10:05") spent 10 µs on each date search (0.4 s).
_MAX_DATED_TRIES = 300


_INLINE = frozenset({"span", "em", "i", "strong", "b", "small"})
# A Japanese article closes with its writer's name in brackets on a line of its own
# ("（小林美咲）", Mainichi's "【小林美咲】"): a name of kanji, two to eight with a space between
# family and given name maybe (kana in brackets are a note: "（おわり）", the end).
_KANJI_NAME = r"([\u4e00-\u9fff]{1,4}\s?[\u4e00-\u9fff]{1,4})"
_CLOSING_NAME = re.compile(rf"^\s*(?:[（(]\s*{_KANJI_NAME}\s*[）)]|【\s*{_KANJI_NAME}\s*】)\s*$")
_BRACKET_OPENINGS = ("（", "(", "【")
_BRACKET_CLOSINGS = ("）", ")", "】")
# The blocks such a closing name and the paragraph before it are: a ``<p>``, or a ``<div>`` of
# text where a site's editor writes each paragraph as one.
_TEXT_BLOCKS = ("p", "div")


# A Japanese dateline credit opening the article: the place, "＝" and the correspondent
# ("【北京＝田中一郎】"; "【ワシントン＝共同】" credits an agency).
_DATELINE_NAME = re.compile(
    r"^\s*【[^】＝=]{1,12}[＝=]\s*([\u4e00-\u9fff]{1,4}\s?[\u4e00-\u9fff]{1,4})\s*】"
)
_DATELINE_OPENINGS = ("【",)
# The paragraphs of a page read for it: the article's first comes after a few of the site's
# (teasers, a cookie notice) at most.
_DATELINE_REACH = 20


def _dateline_name(page: ParsedPage) -> tuple[str, str] | None:
    """The correspondent of a bracketed dateline opening a paragraph of the article (see
    ``_DATELINE_NAME``): the first, not an agency nor another credit's word."""
    for node, text in opening_paragraphs(page, _DATELINE_OPENINGS, _DATELINE_REACH):
        match = _DATELINE_NAME.match(text)
        if match is None or outside_article(node):
            continue
        name = match.group(1)
        if name in news_agencies() or _not_a_closing_name().match(name):
            return None
        return "dateline-name", name
    return None


# The detail of the name a blog's sidebar author box gives (``_sidebar_author``): the
# authors' last source, after every other (``fields.POLICIES``).
SIDEBAR_AUTHOR = "sidebar-author"
_AUTHOR_BOXES = "[class*=author i]"
_BOX_NAME_PARTS = "[class*=name i], [class*=title i], h2, h3, h4, h5, strong, b"
_SIDEBAR_REACH = 6  # ancestors looked at for the sidebar: a widget's box sits a few deep
_MAX_AUTHOR_BOX = 400  # a name, a heading, a line about the writer and a link or two
_MIN_BOX_NAME_WORDS = 2  # a given name alone ("Jules") is a nickname as often


def _author_box_class(node: LexborNode) -> bool:
    """Whether a class token of ``node`` names an author box: "author", "author-box",
    "widget_author", "about-author" (not "authority" nor a comment's "comment-author")."""
    for token in (node.attributes.get("class") or "").lower().split():
        if token.startswith("comment"):
            return False
        parts = re.split(r"[-_]", token)
        if "author" in parts or "authorbox" in parts:
            return True
    return False


def _in_sidebar(node: LexborNode) -> bool:
    """Whether ``node`` sits in the page's sidebar (``<aside>``, a "sidebar" box), not in a
    comment."""
    current = node.parent
    for _ in range(_SIDEBAR_REACH):
        if current is None or current.tag in ("body", "html", "article", "main"):
            return False
        attrs = current.attributes
        names = f"{attrs.get('class') or ''} {attrs.get('id') or ''}".lower()
        if "comment" in names:
            return False
        if current.tag == "aside" or "sidebar" in names:
            return True
        current = current.parent
    return False


def _sidebar_author(page: ParsedPage, body: LexborNode, language: str | None) -> str | None:
    """The writer a blog's sidebar author box names ("<aside><div class=author-box><h3>About
    me</h3><p class=author-name>Jane Roe</p>…"), when the page names no one in its byline:
    the one name of two words or more, in a name or title element or a heading, that every
    such box of the sidebar gives; None when the boxes name several people (a list of
    the site's writers) or none."""
    # The query of every element's class is the cost (a substring test per element): a page
    # whose names hold no "author", or neither a "sidebar" nor an <aside>, has no such box.
    names = page.names
    if "author" not in names or ("sidebar" not in names and body.css_first("aside") is None):
        return None
    found: str | None = None
    for box in body.css(_AUTHOR_BOXES):
        if not _author_box_class(box) or not _in_sidebar(box):
            continue
        if len(box.text(deep=True)) > _MAX_AUTHOR_BOX:
            continue
        name = _box_name(box, language)
        if name is None:
            continue
        if found is not None and name != found:
            return None
        found = name
    return found


def _box_name(box: LexborNode, language: str | None) -> str | None:
    for part in box.css(_BOX_NAME_PARTS):
        own = clean_text(part.text(deep=True, separator=" "))
        if not own or len(own) > _MAX_BYLINE:
            continue
        names = split_byline(own, places_of=language)
        if (
            len(names) == 1
            and names[0] == own
            and len(own.split()) >= _MIN_BOX_NAME_WORDS
            and looks_like_name(own)
            and _given_first(own)
        ):
            return own
    return None


def _given_first(name: str) -> bool:
    """Whether a name in a script with capitals opens with a given name (``data/names/``):
    a box's heading, "Become An Author", "Meet Our Team", or the site's name is no writer's
    name; a name in a script without capitals is not looked up."""
    first = name.split()[0]
    return not first[:1].isupper() or given_name(first)


def _closing_name(page: ParsedPage) -> tuple[str, str] | None:
    """The name in brackets closing the article (see ``_CLOSING_NAME``): the last element
    text of its block after a paragraph, or the last line of a text split by ``<br>``,
    inside the article; not a news agency ("（共同）")
    nor a word of a credit, a contributor or a note about the article ("（写真は資料）",
    "（敬称略）")."""
    for node, tag, own in reversed(page.own_texts):
        if tag not in _TEXT_BLOCKS:
            continue
        if own is not None and own.lstrip().startswith(_BRACKET_OPENINGS):
            match = _CLOSING_NAME.match(own)
            if match is None or not _closes_text(node, _TEXT_BLOCKS):
                continue
        elif own is None or own.rstrip().endswith(_BRACKET_CLOSINGS):
            # the text's paragraphs split by <br> alone ("…だ。<br><br>（山田花子）")
            match = _after_break(node)
            if match is None or _text_follows(node):
                continue
        else:
            continue
        if outside_article(node):
            continue
        name = match.group(1) or match.group(2)
        if name in news_agencies() or _not_a_closing_name().match(name):
            return None
        return "closing-name", name
    return None


def _after_break(node: LexborNode) -> re.Match[str] | None:
    """A closing name (``_CLOSING_NAME``) as the last text of ``node`` after a ``<br>``, when
    something comes before the ``<br>``: the line closing a text split by ``<br>`` alone. The
    element before a text is looked at before the text is read (most paragraphs end in a
    text after none, or after a link: a long text left unread)."""
    last = node.last_child
    line = ""
    while last is not None and last.tag == "-text":
        before = last.prev
        if before is None or before.tag not in ("br", "-text"):
            return None
        line = last.text_content or ""
        if line.strip():
            break
        last = before  # white space after the line
    else:
        return None
    if before.tag != "br" or before.prev is None or not line.lstrip().startswith(_BRACKET_OPENINGS):
        return None
    return _CLOSING_NAME.match(line)


def _text_follows(node: LexborNode) -> bool:
    """Whether an element with text follows ``node`` among its siblings."""
    following = node.next
    while following is not None:
        if following.text(deep=True).strip():
            return True
        following = following.next
    return False


@functools.cache
def _role_after_name(language: str) -> re.Pattern[str] | None:
    """A line of a name and its job title after it, maybe with an e-mail address: the byline
    as Korean pages print it, with no label ("김민수 기자", "김민수 기자 minsu@…"); the titles
    are ``language``'s roles."""
    roles = words(LabelList.ROLES, language)
    if not roles:
        return None
    return re.compile(
        rf"^\s*(\S+(?:\s\S+){{0,2}}?)\s*{word_alternation(roles)}{LABEL_END}"
        rf"(?:\s*[(<]?\s*[\w.+-]+@[\w.-]+\s*[)>]?)?\s*$",
        re.I,
    )


# A line holding a name and its title is short: a longer one is a sentence naming a reporter.
_ROLE_LINE_MAX = 60


def _role_signed(page: ParsedPage, language: str | None) -> tuple[str, str] | None:
    """The writer a line of a name and its title names (see ``_role_after_name``), on a page
    declaring a language: the first such line that is no sentence, in the article."""
    if language is None or not _uncased(language):
        return None  # the rule is for names written without capitals (see _signed_name)
    pattern = _role_after_name(language)
    if pattern is None:
        return None
    for node, tag, own in page.own_texts:
        if tag not in _BLOCKS or own is None or len(own) > _ROLE_LINE_MAX:
            continue
        match = pattern.match(own)
        if match is None or not _signed_name(match.group(1)) or outside_article(node):
            continue
        # read as a byline, the line gives that name alone: a placeholder credit ("নিজস্ব
        # প্রতিবেদক", Bengali "own correspondent", a role itself) gives none
        if split_byline(own, language) != [match.group(1)]:
            continue
        return "role-line", match.group(1)
    return None


@functools.cache
def _uncased(language: str) -> bool:
    """Whether a language's script has no upper case: its month names (dateparser's) have no
    cased letter ("3월", "มีนาคม"; not "März")."""
    names = calendar_words(language, abbreviations=False)
    return bool(names) and not any(c.isupper() or c.islower() for n in names for c in n)


def _signed_name(text: str) -> bool:
    """Whether a name before a title is a person's, written in a script without upper case
    ("김민수"): there a line of a name and a title is the byline, while a line of a cased
    script is as often a desk ("City Reporter") or a caption's credit (one such English line
    on the trafilatura set's held-back half turned a right author wrong). No agency."""
    if not looks_like_name(text) or text in news_agencies():
        return False
    return not any(c.isupper() or c.islower() for c in text)


def _closing_agency(page: ParsedPage) -> str | None:
    """The news agency a paragraph of its own credits after the article's last one, behind a
    dash or in brackets ("— Reuters", "(MTI)", "-- AFP"): the story's source."""
    paragraphs = 0
    for node, tag, own in reversed(page.own_texts):
        if tag != "p" or own is None:
            continue
        paragraphs += 1
        if paragraphs > _CLOSING_REACH:
            return None
        if len(own) > _AGENCY_LINE_MAX:
            continue
        match = agency_line().fullmatch(own)
        if match is None or not _closes_text(node) or outside_article(node):
            continue
        return match.group(1)
    return None


# An agency's name alone, behind a dash or in brackets, is a short line ...
_AGENCY_LINE_MAX = 40
# ... among the page's last paragraphs: the article's closing one, or the few of the site
# after it (a footer note, a newsletter line).
_CLOSING_REACH = 10


def _closes_text(node: LexborNode, blocks: tuple[str, ...] = ("p",)) -> bool:
    """Whether a paragraph follows another one and no element with text follows it; a
    paragraph is a ``<p>``, or one of ``blocks``."""
    previous = node.prev
    while previous is not None and previous.tag == "-text":
        previous = previous.prev
    if previous is None or previous.tag not in blocks:
        return False
    return not _text_follows(node)


@functools.cache
def _not_a_closing_name() -> re.Pattern[str]:
    """The opening of a bracketed note that names no writer: a credit, contributor,
    placeholder, about-the-article or read-more word of any language ("写真", "敬称略",
    "【関連記事】")."""
    kinds = (
        LabelList.CREDIT,
        LabelList.CONTRIBUTORS,
        LabelList.PLACEHOLDERS,
        LabelList.ABOUT_NOTES,
        LabelList.READ_MORE,
    )
    return re.compile(alternation(*kinds), re.I)


def _labelled_lines(
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
    labelled = {id(entry) for entry in label_texts(page)}
    for entry in page.own_texts:
        node, tag, own = entry
        if tag not in _BLOCKS:
            continue
        if id(entry) not in labelled:
            # A post's meta line opening with no label may hold one after a mark.
            if own is not None and ("·" in own or "|" in own or "•" in own):
                after = _byline_after_mark(node, own, language)
                if after is not None:
                    yield node, "byline", after
            continue
        opening = (own if own is not None else node.text(deep=False)).lstrip()
        kind = _kind(opening, language)
        if kind is None:
            after = None
            if dated_tries and published.match(opening):
                dated_tries -= 1
                after = _byline_after_date(node, language)
            if after is not None:
                yield node, "byline", after
            continue
        if tag in _INLINE and node.parent is not None and _only_label(node, kind, language):
            node = node.parent
        lines = _lines(node)
        if len(lines) == 1:
            line = _from_label(lines[0], opening, kind, language)
            yield node, kind, _with_next(node, kind, line, language)
            continue
        for line in lines:
            line_kind = _kind(line, language)
            if line_kind is not None:
                yield node, line_kind, line


# Text a post's meta line sets in its own element before the byline label: a date
# ("<time>2021年3月5日</time> 投稿者: 佐藤 花子"), a section; no longer than a byline.
_BEFORE_OWN_LABEL = _MAX_BYLINE


def _from_label(line: str, opening: str, kind: str, language: str | None) -> str:
    """``line`` from the label its block's own text opens with, when an element before the
    label (a date, a section link) opens the line instead ("2021年3月5日 投稿者: 佐藤 花子" ->
    "投稿者: 佐藤 花子"); else ``line`` as it is."""
    if kind != "byline" or not opening or line.startswith(opening[:1]):
        return line
    label = opening.split(None, 1)[0]
    at = line.find(label)
    if not 0 < at <= _BEFORE_OWN_LABEL or _kind(line, language) is not None:
        return line
    return line[at:]


def _byline_after_date(node: LexborNode, language: str | None) -> str | None:
    """The byline after a publication label and its date in one line, as blog themes print
    their post meta ("Posted on March 3, 2025 by Jane Roe", "Veröffentlicht am 3. März 2025
    von Anna Berger", "Publié le 3 mars 2025 par Camille Moreau")."""
    text = clean_text(node.text(deep=True, separator=" "))
    if len(text) > _MAX_DATE_AND_BYLINE:
        return None
    found = next(find_text_dates(text), None)
    at = text.find(found.span) if found is not None else -1
    if found is None or at < 0:
        return None
    rest = text[at + len(found.span) :].lstrip(_BETWEEN_DATE_AND_BYLINE)
    return rest if _kind(rest, language) == "byline" else None


def _byline_after_mark(node: LexborNode, opening: str, language: str | None) -> str | None:
    """The byline after a mark in a post's meta line, where no label opens the line ("28
    November 2026 · By Rahayu Widodo", "Wire | By Jane Roe | 3 March"): the part a byline
    label opens, up to the next mark. Read only when a later part of the block's own text
    opens with a label."""
    parts = _MARKS.split(opening)
    if len(opening) > _MAX_DATE_AND_BYLINE or not any(
        _kind(part.lstrip(), language) == "byline" for part in parts[1:]
    ):
        return None
    text = clean_text(node.text(deep=True, separator=" "))
    for part in _MARKS.split(text)[1:]:
        part = part.strip()
        if _kind(part, language) == "byline":
            return part
    return None


# The marks post-meta lines print between their parts (a date, a byline, a section).
_MARKS = re.compile(r"\s[·|•]\s")
# A publication label, its date and a byline: no longer than a byline and a date line.
_MAX_DATE_AND_BYLINE = 2 * _MAX_BYLINE
_BETWEEN_DATE_AND_BYLINE = " ,·|•-–—"  # the marks themes print between the date and the byline


def _with_next(node: LexborNode, kind: str, text: str, language: str | None = None) -> str:
    """A label alone in its element is followed by the name after it: the next element
    ("<dt>Autor</dt><dd>Peter Maahn</dd>") or the text up to a line break ("<h5>Autor:</h5>
    Peter Maahn<br>"); any other text is returned as it is."""
    if not _only_label(node, kind, language):
        return text
    following = _text_after(node)
    return f"{text} {following}" if 0 < len(following) <= _MAX_BYLINE else text


def _text_after(node: LexborNode) -> str:
    parts: list[str] = []
    sibling = node.next
    while sibling is not None and sibling.tag != "br":
        tag = sibling.tag or ""
        if tag.isalnum() and tag not in _INLINE and tag != "a":
            if not "".join(parts).strip():  # the next element holds the name
                parts.append(sibling.text(deep=True, separator=" "))
            break
        if tag == "-text" or tag.isalnum():
            parts.append(sibling.text(deep=True, separator=" "))
        sibling = sibling.next
    return clean_text(" ".join(parts)).replace(" ,", ",")


@functools.cache
def _label_start() -> re.Pattern[str]:
    """A byline label of any language (group ``byline``) or else a credit label opening a
    text: the tests of ``_byline_start`` and ``_source_start`` in one regex call, as most
    texts open with neither (what follows the byline label there is optional, so it is left
    out). A page language's own byline labels are ``_own_byline_start``'s."""
    byline = word_alternation(words(LabelList.BYLINE))
    credit = alternation(LabelList.CREDIT)
    opening = first_characters([*words(LabelList.BYLINE), *words(LabelList.CREDIT)])
    byline_end = _CASED_ALIKE.format(BYLINE_LABEL_END)
    credit_end = _CASED_ALIKE.format(LABEL_END)
    return re.compile(
        rf"^\s*{_DASHES_BEFORE}{_OPENING_BRACKET}{opening}"
        rf"(?:(?P<byline>{byline}){byline_end}|{credit}{credit_end})",
        re.I,
    )


def _kind(text: str, language: str | None = None) -> str | None:
    """ "byline" when a byline label opens ``text`` (``language``'s own too), else "source"
    when a credit label does, else None. A credit label that is also the language's own
    byline label opens a source when the byline reading keeps it in the name: Vietnamese
    "Theo VnExpress" ("according to", before one word) credits a source, "Theo Nguyễn Văn
    An" names a writer."""
    match = _label_start_match(text)
    if match is not None and match.group("byline") is not None:
        return "byline"
    own = _own_byline_start(language)
    if (
        own is not None
        and (opening := own.match(text)) is not None
        and (match is None or not _label_kept(text, opening.group(0), language))
    ):
        return "byline"
    return None if match is None else "source"


def _label_kept(text: str, label: str, language: str | None) -> bool:
    """Whether the byline reading of ``text`` keeps its opening ``label`` in the first name
    (an own-language label is cut only before a name of two words or more)."""
    names = split_byline(text, language)
    return bool(names) and names[0].casefold().startswith(label.strip().casefold())


# A line's text read this far (raw characters) before cleaning: its readers look at its first
# twice a byline's length and whether it is longer than a credit block (``_MAX_BLOCK``); the
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
        if cut and len(cleaned) <= _MAX_BLOCK + _CUT_SLACK:
            return None
        found.append(cleaned)
    return found


def _only_label(node: LexborNode, kind: str, language: str | None = None) -> bool:
    text = node.text(deep=True)
    if kind == "byline":
        rest = text[_byline_end(text, language) :]
    else:
        rest = _source_start().sub("", text, count=1)
    return not rest.strip(" :\n\t")


# A credit in brackets opening a paragraph ("【記者王小明／台北報導】市議會…",
# "（記者王小明／台北報導）…"): the byline is the bracketed part.
_OPENING_BRACKET = r"[【\[（(]?\s*"
# A signature's dashes before its label ("— by Jane Roe", "---- by Jane Roe").
_DASHES_BEFORE = r"(?:[-–—]+\s*)?"
_BRACKETED_CREDIT = re.compile(r"^\s*[【\[（(]([^】\]）)]{2,60})[】\]）)]")


# What ``_label_start`` reads before the label: white space, a run of dashes (a signature's
# "— by Jane Roe", "---- by Jane Roe") and an opening bracket.
_BEFORE_LABEL = re.compile(rf"\s*{_DASHES_BEFORE}{_OPENING_BRACKET}")
_BRACKETS = "【[（("
_DASHES = "-–—"


def _label_start_match(text: str) -> re.Match[str] | None:
    """``_label_start().match(text)``, its span from the label on: the regex of the labels
    whose first letter the label's first character (past white space and a bracket, read as
    the regex reads them: no label opens with either) matches in any case
    (``_LABEL_STARTS``), where the whole regex tries a few hundred first letters' branches
    one by one."""
    start = 0
    if text[:1].isspace() or text[:1] in _BRACKETS or text[:1] in _DASHES:  # "" as well
        found = _BEFORE_LABEL.match(text)
        assert found is not None  # every part optional
        start = found.end()
    char = text[start : start + 1]
    match = _LABEL_STARTS.openers.get(char, UNKNOWN)
    if match is UNKNOWN:
        match = _LABEL_STARTS.look_up(char)
    return None if match is None else match(text, start)


def _label_start_words() -> list[str]:
    """``_label_start``'s labels: the byline and credit labels of every language."""
    found = [*words(LabelList.BYLINE), *words(LabelList.CREDIT)]
    if any(w[:1].isspace() or w[:1] in _BRACKETS for w in found):
        raise ValueError("a label opening with white space or a bracket")
    return found


def _label_start_of(firsts: frozenset[str]) -> re.Pattern[str]:
    """``_label_start`` from the label on, of the labels opening with ``firsts`` (the other
    first letters' branches left out, in the same order)."""
    byline = [w for w in words(LabelList.BYLINE) if w[0] in firsts]
    credit = [w for w in words(LabelList.CREDIT) if w[0] in firsts]
    opening = first_characters([*words(LabelList.BYLINE), *words(LabelList.CREDIT)])
    byline_end = _CASED_ALIKE.format(BYLINE_LABEL_END)
    credit_end = _CASED_ALIKE.format(LABEL_END)
    branches = [
        rf"(?P<byline>{word_alternation(byline)}){byline_end}" if byline else "(?P<byline>(?!))"
    ]
    branches += [rf"{word_alternation(credit)}{credit_end}"] if credit else []
    return re.compile(rf"{opening}(?:{'|'.join(branches)})", re.I)


# ``_label_start`` by the label's first character, its first letters in 16 groups: a regex
# takes 1.5-2.5 ms to compile (most of it the Han names' range after a byline label), the
# whole one 11 ms; 16 groups' take 40 ms and answer in 0.57 µs a dev text (the whole regex
# 1.03, one regex per first letter 0.47 for 0.22 s of compilation).
_LABEL_GROUPS = 16
_LABEL_STARTS = FirstLetterOpeners(_label_start_words, _label_start_of, _LABEL_GROUPS)


def build_label_starts() -> None:
    """Build ``_label_start``'s regexes of the labels' first letters in their cases and of
    the ASCII letters and digits (what the warm-up runs): a character that opens no label
    costs a look-up when first met, no regex."""
    _LABEL_STARTS.build(string.ascii_letters + string.digits)


def _byline(node: LexborNode, text: str, language: str | None = None) -> Iterator[Candidate]:
    bracketed = _BRACKETED_CREDIT.match(text)
    if bracketed is not None:
        text = bracketed.group(1)
    if len(text) > _MAX_BYLINE:
        # a post's meta line: the byline, then its dates after marks ("Penulis: Budi Santoso
        # | Diterbitkan Selasa, 17 April 2023 12:02 WIB | Diperbarui …"); the byline is the
        # line's first part (a first part past twice a byline's length is none, however
        # long: the text is split from its start, not whole)
        text = _META_MARK.split(text[: 2 * _MAX_BYLINE], maxsplit=1)[0]
    if outside_article(node) or len(text) > _MAX_BYLINE:
        return
    split = split_byline(text, language)
    names = [n for n in split if looks_like_name(n)]
    if not names and len(split) == 1 and split[0] in news_agencies():
        names = split  # an agency alone, as it writes its name ("Von dpa", "sid")
    agency = byline_agency(names, text) if names else None
    if names:
        yield _cand("byline", trim_byline(text, language), "byline-text")
        yield _cand("authors", tuple(names), "byline-text")
    elif not split and staff_credit(text):
        yield _cand("byline", trim_byline(text), "byline-text")  # "By Ledger Staff": no author
    elif (handle := forum_handle(node)) is not None:
        # a forum post's author line naming a member ("Beitrag von <a class=username>
        # kettenblatt77</a> » …"): the thread's first poster, not a later post's name
        yield _cand("authors", (handle,), FORUM_HANDLE)
    if agency is None and (joined := _joined_agency().search(text)) is not None:
        agency = joined.group(1)
    if agency is not None:
        yield _cand("source", agency, BYLINE_AGENCY)


@functools.cache
def _joined_agency() -> re.Pattern[str]:
    """An agency joined to the end of a byline ("La rédaction avec AFP", "Redaktion mit dpa",
    "Von Anna Berg mit dpa"): the story's source, whether or not the byline's names are
    read (a newsroom is no author; whether the agency is one varies between newsrooms)."""
    agencies = longest_first(news_agencies())
    return re.compile(
        rf"\s{alternation(LabelList.BYLINE_JOINERS)}\s+({'|'.join(map(re.escape, agencies))})\W*$",
        re.I,
    )


def _source(text: str) -> Candidate | None:
    match = _source_line().match(text) if len(text) <= _MAX_BLOCK else None
    if match is None:
        return None
    source = match.group(1)
    if (label := _next_label().search(source)) is not None:
        source = source[: label.start()]  # "人民日报 编辑：张三"
    source = source.strip(_AROUND_SOURCE)
    if len(source) < _MIN_SOURCE or not any(c.isalpha() for c in source):
        return None  # a year or a number alone ("Source: 2019") names no outlet
    return _cand("source", source, "source-line")


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
        match = dateline.match(first)
        if match:
            return next(group for group in match.groups() if group)
        if index == 0 and (credited := _credit_at_end(last)) is not None:
            return credited
    return None


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


class WrittenDate(NamedTuple):
    """A date written on the page: the field its label gives it, the date, and whether a
    publication label stands before it."""

    field: str  # "published", or "modified" after an update label
    found: TextDate
    labelled: bool = False


@attrs.frozen
class WrittenDates:
    """The dates written on a page, found by their form and parsed (by the slow dateparser)
    only when asked for. A date whose label calls it an update ("Updated …") is the
    ``modified`` one; the others are ``published`` candidates: those after a publication
    label first, then the rest in page order."""

    spans: tuple[WrittenDate, ...]
    language: str | None
    # The page's countries (``page_countries``): the offset of a zone several countries name.
    countries: frozenset[str] = frozenset()

    def first(self, field: str, *, timed_only: bool = False) -> Candidate | None:
        """The first date of ``field`` that parses. With ``timed_only`` (beside the sources'
        dates), the first date only: the article's own date comes first in the page, and a
        time further down is a comment's or a teaser's. Written without a time, it is read
        only in its plain forms (no dateparser): beside the sources it can only tell that an
        instant in UTC is a local midnight (see ``published``)."""
        tries = 0
        for index, (kind, found, labelled) in enumerate(self.spans):
            if kind != field:
                continue
            detail = LABELLED_DATE if labelled else "date-text"
            if timed_only and not found.has_time:
                day = read_written_date(found.span, self.language, self.countries)
                if day is None and self._restated(index):
                    continue
                if day is None:
                    return None
                return _cand(
                    field, weekday_settled(day, found.label, found.span, self.language), detail
                )
            date = parse_text_date(found.span, self.language, self.countries)
            if date is not None:
                date = weekday_settled(date, found.label, found.span, self.language)
                if not timed_only and not found.has_time:
                    date = self._timed_same_day(field, date)
                return _cand(field, date, detail)
            tries += 1
            if (timed_only and not self._restated(index)) or tries >= _MAX_DATE_TRIES:
                break
        return None

    def _restated(self, index: int) -> bool:
        """Whether the date after ``self.spans[index]`` writes the same one again right after
        it, in brackets or after a bar: a Nepali page's Bikram Sambat day, which no calendar
        here reads, then "(3 March 2025, 14:20)"."""
        after = self.spans[index + 1] if index + 1 < len(self.spans) else None
        return after is not None and not after.found.label.strip(_RESTATING_MARKS)

    def _timed_same_day(self, field: str, day: datetime) -> datetime:
        """``day``, or the same day with its time of day from a later date of ``field``
        written with one: a day alone (a dateline, a site bar's "Monday, 3 March 2025" the
        top-bar test missed) says less than the byline's "3 March 2025, 14:20" beside it."""
        for kind, found, _ in self.spans:
            if kind != field or not found.has_time:
                continue
            timed = read_written_date(found.span, self.language, self.countries) or parse_text_date(
                found.span, self.language, self.countries
            )  # with its zone ("2025-03-03 14:20:00 +0100 CET", a tooltip's)
            if timed is not None and timed.date() == day.date():
                return timed
        return day


def text_date(page: ParsedPage, language: str | None) -> WrittenDates:
    """The dates written in words near the byline or in date-classed elements, and those
    after a publication label in any block ("<p>Veröffentlicht am 16.08.2019<br>")."""
    body = page.body
    spans: list[WrittenDate] = []
    read: set[int] = set()  # blocks whose text was read: their inner blocks add nothing
    top_bar = page_header(page)  # its date is the day of the visit
    previous = 0  # the element read last
    elsewhere: dict[tuple[int, str, str | None, str | None], bool] = {}  # verdicts of ``_names``
    for node in body.css(_DATE_SCOPES.for_page(page.names)) if body is not None else ():
        # Lexbor lists an element once for each selector it matches, one after the other
        # (``<time class="date">`` twice): it is read once, its dates taken once.
        if node.mem_id == previous:
            continue
        previous = node.mem_id
        dates = _scoped_dates(node, read, top_bar, elsewhere)
        if dates is None:
            continue
        spans.extend(dates)
        if len(spans) >= _MAX_DATE_SPANS:
            break
    spans.extend(_beside_headline(page, read) if body is not None else ())
    labelled_lines = list(_labelled_dates(page, read, top_bar))
    if not spans and not labelled_lines and body is not None:
        spans.extend(_dateline_date(body))
    first_labelled = [s for s in spans if s.labelled]
    return WrittenDates(
        spans=(*first_labelled, *labelled_lines, *(s for s in spans if not s.labelled)),
        language=language,
        countries=page_countries(page.html_lang, _host(page.address), language),
    )


def _scoped_dates(
    node: LexborNode,
    read: set[int],
    top_bar: LexborNode | None,
    elsewhere: dict[tuple[int, str, str | None, str | None], bool],
) -> list[WrittenDate] | None:
    """The dates of a date-classed element's text (see ``text_date``), or None when the
    element is passed over (no digit, inside a block read before or the site's top bar, a
    container, a comment or a related post)."""
    raw = node.text(deep=True, separator=" ")
    # Each test passes the element over, so the cheapest for its text comes first: a long
    # text's length (told from its start, ``_visible_longer``) before a search for a digit
    # through it.
    if _visible_longer(raw, _CONTAINER):
        return None  # a container: its date, if any, is read in an inner block
    if (
        _DIGIT.search(raw) is None
        and _DIGIT.search(node.attributes.get("title") or "") is None
        and not _keeps_epoch_stamp(node)
    ):
        return None  # no date without a digit, nor in an inner block
    if _inside(node, read) or within(node, top_bar):
        return None
    text = clean_text(raw)
    if not text or len(text) > _MAX_BLOCK:
        return None
    read.add(node.mem_id)
    parent = node.parent
    key = (0 if parent is None else parent.mem_id, node.tag or "", *_names(node))
    if elsewhere.get(key):
        return None  # its like beside it was in a sidebar or other item: so is it, dates or not
    found_dates = [*find_text_dates(text, same_day_times=True), *_title_dates(node, text)]
    if found_dates:
        if key not in elsewhere:
            elsewhere[key] = in_other_item(node) or in_sidebar(node)
        if elsewhere[key]:
            return None  # a reader's comment's, a related post's or a sidebar's date
    found_dates = _labelled_after(found_dates, text)
    dates = []
    for found in found_dates:
        if _MACHINE_STAMP.match(found.span):
            continue
        label = found.label[-_LABEL_REACH:]
        if not label.strip():
            label = _icon_label(node)
        if access_label().search(label) is not None:
            continue  # a citation's access date ("Retrieved 12 May 2021"): no page's date
        if _updated_label().search(label) is not None:
            dates.append(WrittenDate("modified", found))
        elif found.same_day:
            continue  # a time alone is an update's only after its label
        else:
            labelled = _published_label().search(label) is not None
            dates.append(WrittenDate("published", found, labelled))
    return dates


def _names(node: LexborNode) -> tuple[str | None, str | None]:
    """The element's class and id: with its tag and its parent, all that ``in_other_item``
    and ``in_sidebar`` read of it (the rest is its ancestors'), so that siblings alike share
    their verdict (an archive list's 500 dated items in a sidebar: one walk up, not 500)."""
    attrs = node.attributes
    return attrs.get("class"), attrs.get("id")


def _labelled_after(found_dates: list[TextDate], text: str) -> list[TextDate]:
    """The dates of a text, a label written right after a date taken as that date's
    (``labels.labels_after_date``: Japanese "2024年3月5日 10時30分 公開 2024年3月7日 9時00分
    更新"), not as the next date's, which keeps what follows the label."""
    words = labels_after_date()
    if not found_dates or not any(word in text for word in words):
        return found_dates
    pattern = _label_after_date()
    digits = ascii_digits(text)
    out = list(found_dates)
    for index, found in enumerate(out):
        if index + 1 < len(out):
            following = out[index + 1].label
        else:
            at = digits.rfind(found.span)
            following = digits[at + len(found.span) :][:_LABEL_REACH] if at >= 0 else ""
        match = pattern.match(following)
        if match is None or _labelled(found.label):
            continue  # none, or the date has its label before it ("更新 2024年3月7日 公開 …")
        out[index] = found._replace(label=match.group(1))
        if index + 1 < len(out):
            out[index + 1] = out[index + 1]._replace(label=following[match.end() :])
    return out


def _labelled(label: str) -> bool:
    return (
        _published_label().search(label) is not None or _updated_label().search(label) is not None
    )


@functools.cache
def _label_after_date() -> re.Pattern[str]:
    """A label after a date: in brackets maybe, and not before a colon or another letter
    ("更新日：" opens the next date's label)."""
    return re.compile(
        r"\s*[(（]?\s*(" + word_alternation(labels_after_date()) + r")(?![\w:：])", re.I
    )


# The elements after the headline where a theme prints its date line when no class names it
# a date ("<h1>…</h1><p>March 03, 2025 08:00 ET | Source: …</p>", a wire's release; Kurdish
# "<div class=nuce-agahi>… 03-03-2025 14:20</div>").
_BESIDE_HEADLINE = 2


def _beside_headline(page: ParsedPage, read: set[int]) -> Iterator[WrittenDate]:
    """The dates written with a time of day in the first short elements after the page's
    first ``<h1>`` (or after its container, when the headline stands alone in one) that the
    date-classed scan did not read. A day alone there may be a standfirst's ("On 3 March,
    …"), so only a timed date is taken."""
    if not page.headlines:
        return
    headline = page.headlines[0]
    after = _next_elements(headline)
    if not after and headline.parent is not None:
        after = _next_elements(headline.parent)
    for node in after:
        if node.mem_id in read or _inside(node, read) or in_other_item(node):
            continue
        raw = node.text(deep=True, separator=" ")
        if len(raw) > _CONTAINER or _DIGIT.search(raw) is None:
            continue
        text = clean_text(raw)
        if len(text) > _MAX_BLOCK:
            continue
        for found in find_text_dates(text, same_day_times=True):
            if found.has_time and not _MACHINE_STAMP.match(found.span):
                label = found.label[-_LABEL_REACH:]
                updated = _updated_label().search(label) is not None
                if updated or not found.same_day:
                    yield WrittenDate("modified" if updated else "published", found)


# A press release (or a wire story) opens its first paragraph with a dateline: the place, a
# comma, the day, a dash or the wire's name in slashes ("BRIDGEPORT, Conn., September 24,
# 2024 /Wire/ --", "HANNOVER, 24. September 2024 –", "LYON, le 24 septembre 2024 –"). Read
# only on a page where no other written date was found, in its first paragraphs.
_DATELINE_PARAGRAPHS = 4  # "FOR IMMEDIATE RELEASE", a subtitle, a contact line come first
_DATELINE_OPENING = 90  # characters: the place (city, region) and the date open the paragraph
_DATELINE_PLACE = re.compile(rf"^(?:[A-ZÀ-Þ{_CAPITALS}][\w.'’-]*\s?){{1,4}},")
_DATELINE_END = ("–", "—", "-", "/", "(", "|")  # what follows the day in a dateline


def _dateline_date(body: LexborNode) -> Iterator[WrittenDate]:
    """The day of a dateline opening one of the page's first paragraphs (see above)."""
    for node in body.css("p")[:_DATELINE_PARAGRAPHS]:
        text = clean_text(node.text(deep=True, separator=" ")[: 2 * _DATELINE_OPENING])
        if _DATELINE_PLACE.match(text) is None:
            continue
        head = text[:_DATELINE_OPENING]
        found = next(find_text_dates(head), None)
        if found is None or len(found.label) > _LABEL_REACH:
            continue
        rest = head.split(found.span, 1)[-1].lstrip(" ,")
        if rest.startswith(_DATELINE_END):
            yield WrittenDate("published", found)
            return


def _next_elements(node: LexborNode) -> list[LexborNode]:
    found: list[LexborNode] = []
    sibling = node.next
    while sibling is not None and len(found) < _BESIDE_HEADLINE:
        if (sibling.tag or "").isalnum():
            found.append(sibling)
        sibling = sibling.next
    return found


def _icon_label(node: LexborNode) -> str:
    """The label an icon before ``node`` gives it in its tooltip or spoken name, when the
    date's own text has none: a docs theme's "last updated" date after a clock icon
    (MkDocs Material: ``<span class="md-icon" title="Última actualización"></span>``)."""
    previous = node.prev
    while (
        previous is not None
        and previous.tag == "-text"
        and not (previous.text_content or "").strip()
    ):
        previous = previous.prev
    if previous is None or previous.tag == "-text" or previous.text(deep=True).strip():
        return ""
    attributes = previous.attributes
    return attributes.get("title") or attributes.get("aria-label") or ""


# The attributes where a theme keeps the instant it shows as a relative time, in seconds
# (or milliseconds) since 1970: "<span class=time data-timestamp=1740982800>3小时前</span>"
# (Chinese portals), Facebook-style "<abbr data-utime=…>".
EPOCH_ATTRIBUTES = ("data-timestamp", "data-time", "data-utime")
_TOOLTIP_OR_STAMP = ",".join(["[title]", *(f"[{name}]" for name in EPOCH_ATTRIBUTES)])
_EPOCH_DIGITS = re.compile(r"\d{10}(?:\d{3})?")


def _epoch_stamp(element: LexborNode) -> str | None:
    """The instant in seconds since 1970 an element keeps in an ``EPOCH_ATTRIBUTES`` one."""
    for name in EPOCH_ATTRIBUTES:
        value = (element.attributes.get(name) or "").strip()
        if _EPOCH_DIGITS.fullmatch(value):
            return value
    return None


_EPOCH_STAMPED = ",".join(f"[{name}]" for name in EPOCH_ATTRIBUTES)


def _keeps_epoch_stamp(node: LexborNode) -> bool:
    """Whether an element without a digit in its text keeps an instant in an
    ``EPOCH_ATTRIBUTES`` one, its own or an inner element's ("<span data-time=…>gestern
    </span>", "昨天"): a relative day shown in words."""
    if _epoch_stamp(node) is not None:
        return True
    return any(_epoch_stamp(inner) is not None for inner in node.css(_EPOCH_STAMPED))


def _title_dates(node: LexborNode, text: str) -> list[TextDate]:
    """The dates in the ``title`` attribute (the tooltip) of ``node`` and of the elements
    inside it whose visible text holds none: a relative time shown ("2 hours ago", "пре 2
    сата") with the absolute date as its tooltip (``<time title="March 5, 2024 10:30 AM
    PHT">``), after the dates of the text; or a day alone with its time in the tooltip (a
    Hugo theme's ``<span title="2025-03-03 14:20:00 +0100 CET">3. März 2025</span>``), which
    lends the day its time (``WrittenDates._timed_same_day``). The text of ``text`` before
    the element, from the previous such element on, is the date's label ("Updated")."""
    found_dates: list[TextDate] = []
    start = 0
    for element in (node, *node.css(_TOOLTIP_OR_STAMP)):
        title = element.attributes.get("title")
        stamp = _epoch_stamp(element) if not title else None
        if not stamp and (not title or _DIGIT.search(title) is None):
            continue
        shown = clean_text(element.text(deep=True, separator=" "))
        shown_date = next(find_text_dates(shown), None)
        if shown_date is not None and shown_date.has_time:
            continue  # its text has a date of its own: read as text
        if stamp:
            found: TextDate | None = TextDate("", stamp, has_time=True)
        else:
            found = next(find_text_dates(clean_text(title or "")), None)
        if found is None or (shown_date is not None and not found.has_time):
            continue
        at = text.find(shown, start) if shown else -1
        before = text[start:at] if at >= 0 else ""
        start = at + len(shown) if at >= 0 else start
        found_dates.append(found._replace(label=f"{before} {found.label}".strip()))
    return found_dates


def _labelled_dates(
    page: ParsedPage, read: set[int], top_bar: LexborNode | None
) -> Iterator[WrittenDate]:
    """The date right after a publication label opening a block's own text, in blocks the
    date-classed scan did not read (a podcast's "<p>Veröffentlicht am 16.08.2019<br>Dauer:
    …"), outside comments, related posts and the site's top bar; and so the first date after
    an update label ("<span class=paivitetty>Päivitetty 3.3.2025 klo 16.05</span>")."""
    openings = {
        "published": starts_with(LabelList.PUBLISHED),
        "modified": starts_with(LabelList.UPDATED),
    }
    for node, tag, own in label_texts(page):
        if own is None or tag not in _BLOCKS:
            continue
        field = next((f for f, opening in openings.items() if opening.match(own)), None)
        if field is None or node.mem_id in read or _inside(node, read) or within(node, top_bar):
            continue
        dates = find_text_dates(clean_text(own))
        found = next(dates, None)
        if found is None and len(own) <= _LABEL_REACH:
            # a label alone in its cell or term: the date is the next cell's or description's
            # ("<td>Data publikacji:</td><td>06.03.2025 12:00</td>")
            dates = find_text_dates(f"{clean_text(own)} {_text_after(node)}")
            found = next(dates, None)
        if found is None or len(found.label) > _LABEL_REACH or in_other_item(node):
            continue
        yield WrittenDate(field, found, labelled=True)
        del openings[field]
        if field == "published" and "modified" in openings:
            # "Publié le 03/03/2025 | Mis à jour le 04/03/2025": the update on the same line
            updated = next((d for d in dates if _updated_label().search(d.label)), None)
            if updated is not None and len(updated.label) <= _LABEL_REACH:
                yield WrittenDate("modified", updated, labelled=True)
                del openings["modified"]
        if not openings:
            return
    if "modified" in openings:
        yield from _footer_update(page)


# The page's footer: a documentation theme prints the page's last update there, after the
# copyright ("© Copyright 2025, … Last updated on Mar 03, 2025.", Sphinx; "Päivitetty
# viimeksi 3.3.2025.").
# A class named "footer" is asked for only on a page where a class or id holds the word as a
# token (``has_name_token``): lexbor tests each selector on every element. The id "footer" is
# the footer of pages laid out before HTML5's <footer> (a wiki's "<div id=footer>").
_FOOTER = "[role=contentinfo], footer, #footer"
_FOOTER_CLASS = "footer"
_MAX_FOOTER = 400  # a footer line or two, not a site map


def _footer_update(page: ParsedPage) -> Iterator[WrittenDate]:
    """The date after an update label in the page's last footer, when its text is short."""
    body = page.body
    if body is None:
        return
    named = has_name_token(page.names, _FOOTER_CLASS)
    footers = body.css(f"{_FOOTER}, [class~={_FOOTER_CLASS}]" if named else _FOOTER)
    if not footers:
        return
    raw = footers[-1].text(deep=True, separator=" ")
    if len(raw) > _CONTAINER or _DIGIT.search(raw) is None:
        return
    text = clean_text(raw)
    if len(text) > _MAX_FOOTER:
        return
    for found in find_text_dates(text):
        label = found.label[-_LABEL_REACH:]
        if _updated_label().search(label) is not None:
            yield WrittenDate("modified", found, labelled=True)
            return


def _host(address: str | None) -> str | None:
    return urlsplit(address).hostname if address else None


def _visible_length(text: str) -> int:
    """The length of ``text`` with its white-space runs cut to one space, without building
    it (``clean_text`` on a large container costs far more than this)."""
    words = text.split()
    return sum(map(len, words)) + len(words) - 1


# The first part of a long text whose visible length ``_visible_longer`` reads first, as a
# multiple of the limit: a container's text is mostly words, and its start tells.
_FIRST_READ = 4


def _visible_longer(text: str, limit: int) -> bool:
    """Whether ``_visible_length(text) > limit``, read from the text's start, on parts four
    times longer each time, up to the whole: a part's visible length is never more than the
    whole's, and a page's container (its whole article, 50,000 characters) is told by its
    first 1,600 instead of split whole."""
    if len(text) <= limit:
        return False  # the visible length is never more than the length
    size = _FIRST_READ * limit
    while size < len(text):
        if _visible_length(text[:size]) > limit:
            return True
        size *= _FIRST_READ
    return _visible_length(text) > limit


def _inside(node: LexborNode, blocks: set[int]) -> bool:
    """Whether ``node`` is inside one of ``blocks`` (a date "Updated 11/8/2023" whose label
    is in the outer block must not be read again, unlabelled, in the inner one)."""
    return bool(blocks) and has_ancestor(node, ids=blocks)
