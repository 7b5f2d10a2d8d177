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
from collections.abc import Iterable, Iterator
from itertools import islice

from selectolax.lexbor import LexborNode

from newsextract.dateparser_words import calendar_words
from newsextract.dates import find_text_dates
from newsextract.label_lists import LabelList
from newsextract.label_openers import UNKNOWN, FirstLetterOpeners
from newsextract.labels import (
    LABEL_COLONS,
    LABEL_END,
    agency_line,
    alternation,
    byline_after_languages,
    news_agencies,
    starts_with,
    words,
)
from newsextract.language_codes import file_code
from newsextract.lazy_regex import LazyPattern
from newsextract.metadata.authors import split_byline
from newsextract.metadata.bold_name_role import bold_name_over_role
from newsextract.metadata.byline_after_names import MAX_LINE as MAX_LABEL_AFTER_LINE
from newsextract.metadata.byline_after_names import label_after_line, may_hold_label
from newsextract.metadata.byline_agencies import (
    BYLINE_AGENCY,
    byline_agency,
    without_helping_agency,
)
from newsextract.metadata.byline_labels import BYLINE_LABEL_END
from newsextract.metadata.byline_openings import (
    dated_name_line,
    given_name,
    opening_credit,
    opening_paragraphs,
)
from newsextract.metadata.byline_placeholders import staff_credit
from newsextract.metadata.byline_tails import trim_byline
from newsextract.metadata.candidate import Candidate
from newsextract.metadata.closing_signature import closing_signature
from newsextract.metadata.copy_note import copy_note_origin
from newsextract.metadata.credited_sources import closing_credit_line, source_candidates
from newsextract.metadata.label_texts import label_texts
from newsextract.metadata.mail_sender import mail_sender
from newsextract.metadata.markup_bylines import forum_handle, unmarked_last
from newsextract.metadata.markup_places import outside_article
from newsextract.metadata.name_cleaning import FORUM_HANDLE
from newsextract.metadata.name_shapes import looks_like_name
from newsextract.metadata.resolve import language_code
from newsextract.metadata.site_header import in_sidebar
from newsextract.metadata.visible_blocks import (
    BLOCKS,
    INLINE,
    MAX_BLOCK,
    cand,
    text_after,
)
from newsextract.page import ParsedPage
from newsextract.regex_words import first_characters, longest_first, word_alternation
from newsextract.text import clean_text


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


_MAX_BYLINE = 100
# The marks a post's meta line sets between its byline and its dates.
_META_MARK = LazyPattern(r"\s[|·•]\s")


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
        elif kind == "source" and not source_found and not _in_table(node):
            source = source_candidates(text)
            if source is not None:
                source_found = True
                yield source
        if byline_found and source_found:
            return
    if not byline_found and (language is None or file_code(language) in byline_after_languages()):
        # a page in a language that writes no label after the name is not scanned for one:
        # the scan of every short text cost 1 M instructions a page (1.5 %) on the dev sets
        for node, line in islice(_label_after_lines(page), _MAX_LABEL_AFTER_TRIES):
            found = list(_byline(node, line, language))
            if found:
                byline_found = True
                yield from found
                break
    if not byline_found:
        signed = (
            _dateline_name(page)
            or _closing_name(page)
            or _role_signed(page, language)
            or opening_credit(page, language)
            or dated_name_line(page, language)
            or mail_sender(page)
            or closing_signature(page, language)
        )
        if signed is not None:
            yield cand("authors", (signed[1],), signed[0])
        elif (boxed := _sidebar_author(page, body, language)) is not None:
            yield cand("authors", (boxed,), SIDEBAR_AUTHOR)
    if not source_found:
        agency = _closing_agency(page)
        if agency is not None:
            yield cand("source", agency, "closing-credit")
        elif (origin := copy_note_origin(page)) is not None:
            yield cand("source", origin, "copy-note")


# Lines opening with a byline word read for names before giving up: three times the most a
# dev page needed (15). A page of thousands of such lines ("Text of the section…", German
# "Text" being a credit's label) spent 90 µs on each name split.
_MAX_BYLINE_TRIES = 50
# Lines opening with a publication label read for a byline after their date: ten times the
# most a dev page needed (30). A page of 40,000 such lines ("Published 3 March 2015 at
# 10:05") spent 10 µs on each date search (0.4 s).
_MAX_DATED_TRIES = 300
# A Japanese article closes with its writer's name in brackets on a line of its own
# ("（小林美咲）", Mainichi's "【小林美咲】"): a name of kanji, two to eight with a space between
# family and given name maybe (kana in brackets are a note: "（おわり）", the end).
_KANJI_NAME = r"([\u4e00-\u9fff]{1,4}\s?[\u4e00-\u9fff]{1,4})"
_BRACKET_OPENINGS = ("（", "(", "【")


@functools.cache
def _closing_name_pattern() -> re.Pattern[str]:
    """``_closing_name``'s pattern, built on the first text it may match (its four sets of
    Han characters cost the regex compiler 3 ms, which a page without kanji never needs)."""
    return re.compile(rf"^\s*(?:[（(]\s*{_KANJI_NAME}\s*[）)]|【\s*{_KANJI_NAME}\s*】)\s*$")


def _closing_name_match(text: str) -> re.Match[str] | None:
    """A bracketed name of kanji filling ``text`` ("（小林美咲）"); a text whose first
    character after its bracket (each maybe after white space) is no Han character is none."""
    first = text.lstrip()[1:].lstrip()[:1]
    if not "\u4e00" <= first <= "\u9fff":
        return None
    return _closing_name_pattern().match(text)


_BRACKET_CLOSINGS = ("）", ")", "】")
# The blocks such a closing name and the paragraph before it are: a ``<p>``, or a ``<div>`` of
# text where a site's editor writes each paragraph as one.
_TEXT_BLOCKS = ("p", "div")


# A Japanese dateline credit opening the article: the place, "＝" and the correspondent
# ("【北京＝田中一郎】"; "【ワシントン＝共同】" credits an agency).
# Built on first use, by a page with a paragraph opening with "【" (its sets of Han
# characters cost the regex compiler 1.5 ms).
@functools.cache
def _dateline_name_pattern() -> re.Pattern[str]:
    return re.compile(r"^\s*【[^】＝=]{1,12}[＝=]\s*" + _KANJI_NAME + r"\s*】")


_DATELINE_OPENINGS = ("【",)
# The paragraphs of a page read for it: the article's first comes after a few of the site's
# (teasers, a cookie notice) at most.
_DATELINE_REACH = 20


def _dateline_name(page: ParsedPage) -> tuple[str, str] | None:
    """The correspondent of a bracketed dateline opening a paragraph of the article (see
    ``_dateline_name_pattern``): the first, not an agency nor another credit's word."""
    for node, text in opening_paragraphs(page, _DATELINE_OPENINGS, _DATELINE_REACH):
        match = _dateline_name_pattern().match(text)
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
# With an "about" widget's class among the page's names: the query's second test per element
# is paid only there.
_AUTHOR_AND_ABOUT_BOXES = "[class*=author i], [class*=about i]"
# A class's parts that make an "about" box the site's or its company's, no writer's
# ("about-us", "about-site", "widget_about_blog").
_NOT_A_WRITERS_ABOUT = frozenset({"us", "site", "blog", "company", "team", "page"})
_BOX_NAME_PARTS = "[class*=name i], [class*=title i], h2, h3, h4, h5, strong, b"
_MAX_AUTHOR_BOX = 400  # a name, a heading, a line about the writer and a link or two
_MIN_BOX_NAME_WORDS = 2  # a given name alone ("Jules") is a nickname as often


def _author_box_class(node: LexborNode) -> bool:
    """Whether a class token of ``node`` names an author box: "author", "author-box",
    "widget_author", "about-author" (not "authority" nor a comment's "comment-author"), or
    a blog owner's "about me" widget, "widget_about", "about-me" (not "about-us")."""
    for token in (node.attributes.get("class") or "").lower().split():
        if token.startswith("comment"):
            return False
        parts = re.split(r"[-_]", token)
        if "author" in parts or "authorbox" in parts or "aboutme" in parts:
            return True
        if "about" in parts and _NOT_A_WRITERS_ABOUT.isdisjoint(parts):
            return True
    return False


def _sidebar_author(page: ParsedPage, body: LexborNode, language: str | None) -> str | None:
    """The writer a blog's sidebar author box names ("<aside><div class=author-box><h3>About
    me</h3><p class=author-name>Jane Roe</p>…"), when the page names no one in its byline:
    the one name of two words or more, in a name or title element or a heading, that every
    such box of the sidebar gives; None when the boxes name several people (a list of
    the site's writers) or none."""
    # The query of every element's class is the cost (a substring test per element): a page
    # whose names hold no "author" nor "about", or neither a "sidebar" nor an <aside>, has
    # no such box.
    names = page.names
    if ("author" not in names and "about" not in names) or (
        "sidebar" not in names and body.css_first("aside") is None
    ):
        return None
    found: str | None = None
    named_by_class: dict[str, set[str]] = {}
    for box in body.css(_AUTHOR_AND_ABOUT_BOXES if "about" in names else _AUTHOR_BOXES):
        if not _author_box_class(box) or not in_sidebar(box):
            continue
        if len(box.text(deep=True)) > _MAX_AUTHOR_BOX:
            continue
        name = _box_name(box, language)
        if name is None:
            continue
        # boxes of one class naming several people, known given names or not, are a list
        # ("most read" teasers each with its writer), not one writer's box
        named = named_by_class.setdefault(box.attributes.get("class") or "", set())
        named.add(name)
        if len(named) > 1:
            return None
        if not _given_first(name):
            continue  # "Become An Author", the site's name: no writer's
        if found is not None and name != found:
            return None
        found = name
    return found


def _box_name(box: LexborNode, language: str | None) -> str | None:
    """The name of two words or more a box gives, known given name or not: a name the
    given-name lists miss still tells a list of writers from one writer's box."""
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
    """The name in brackets closing the article (see ``_closing_name_pattern``): the last element
    text of its block after a paragraph, or the last line of a text split by ``<br>``,
    inside the article; not a news agency ("（共同）")
    nor a word of a credit, a contributor or a note about the article ("（写真は資料）",
    "（敬称略）")."""
    for node, tag, own in reversed(page.own_texts):
        if tag not in _TEXT_BLOCKS:
            continue
        if own is not None and own.lstrip().startswith(_BRACKET_OPENINGS):
            match = _closing_name_match(own)
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
    """A closing name (``_closing_name_match``) as the last text of ``node`` after a ``<br>``,
    when something comes before the ``<br>``: the line closing a text split by ``<br>`` alone. The
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
    return _closing_name_match(line)


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
    if language is None:
        return None
    if not _uncased(language):
        return bold_name_over_role(page, language)  # names with capitals: set apart in bold
    pattern = _role_after_name(language)
    if pattern is None:
        return None
    for node, own in page.short_lines(BLOCKS, _ROLE_LINE_MAX):
        match = pattern.match(own)
        if match is None or not _signed_name(match.group(1)) or outside_article(node):
            continue
        # read as a byline, the line gives that name alone: a placeholder credit ("নিজস্ব
        # প্রতিবেদক", Bengali "own correspondent", a role itself) gives none
        if split_byline(own, language) != [match.group(1)]:
            continue
        return "role-line", match.group(1)
    return None


# Lines of names and a label after them read as a byline before giving up: one in a
# sidebar's or a teaser's card (``_byline`` passes it over) may come before the article's.
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
        if tag in _EMPHASIS and own is not None and (whole := _whole_paragraph(node)) is not None:
            node, tag = whole, "p"  # "<p><em>Mit Material von dpa</em></p>": its whole text
        if tag != "p" or own is None:
            continue
        paragraphs += 1
        if paragraphs > _CLOSING_REACH:
            return None
        if len(own) > _AGENCY_LINE_MAX:
            continue
        match = agency_line().fullmatch(own)
        agency = match.group(1) if match is not None else closing_credit_line(own)
        if agency is None or not _closes_text(node, text_box=True) or outside_article(node):
            continue
        return agency
    return None


# The emphasis a closing credit is set in, the paragraph's only element ("<p><em>…</em></p>").
_EMPHASIS = frozenset({"em", "i", "strong", "b"})


def _whole_paragraph(node: LexborNode) -> LexborNode | None:
    """The ``<p>`` whose only content ``node`` is, or None."""
    parent = node.parent
    if parent is None or parent.tag != "p" or node.prev is not None or node.next is not None:
        return None
    return parent


# An agency's name alone, behind a dash or in brackets, is a short line ...
_AGENCY_LINE_MAX = 40
# ... among the page's last paragraphs: the article's closing one, or the few of the site
# after it (a footer note, a newsletter line).
_CLOSING_REACH = 10


def _closes_text(
    node: LexborNode, blocks: tuple[str, ...] = ("p",), *, text_box: bool = False
) -> bool:
    """Whether a paragraph follows another one and no element with text follows it; a
    paragraph is a ``<p>``, or one of ``blocks``. With ``text_box``, it may follow the box
    of the text instead, a ``<div>`` whose last element is a paragraph (a credit set after
    the text's container: "<div class=post-content>…</div><p>(Avec AFP)</p>")."""
    previous = node.prev
    while previous is not None and previous.tag == "-text":
        previous = previous.prev
    if previous is not None and text_box and previous.tag == "div":
        previous = previous.last_child
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


def _in_table(node: LexborNode) -> bool:
    """Whether a credit line stands in a table (its ``<tfoot>``, a last row): it credits the
    table's figures ("Nguồn: Phòng Đào tạo"), not the article."""
    parent = node.parent
    while parent is not None and parent.tag not in ("body", "article"):
        if parent.tag == "table":
            return True
        parent = parent.parent
    return node.tag in ("td", "th")


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
    # The elements by identity, not their entries: a compiled build (mypyc) unpacks a tuple
    # it iterates over, so the same entry need not keep its id.
    labelled = {id(node) for node, _, _ in label_texts(page)}
    for node, tag, own in page.own_texts:
        if tag not in BLOCKS:
            continue
        if id(node) not in labelled:
            # A post's meta line opening with no label may hold one after a mark.
            if own is not None and ("·" in own or "|" in own or "•" in own or "\u3000" in own):
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
            if (
                after is None
                and ("·" in opening or "|" in opening or "•" in opening or "\u3000" in opening)
                and len(opening) <= _MAX_DATE_AND_BYLINE
            ):
                # a date line that its label and date do not lead into the byline ("Atnaujinta
                # 2024 m. kovo 14 d. 09:00 · Paskelbta … · Tekstas: Aistė Jankauskaitė"), or
                # one a word of another list opens ("Le 25 novembre 2024 | Par Claire
                # Martin": the date's "le"), read as a line no label opens: the part after a
                # mark that a byline label opens (its later ``<br>`` line too cost +0.18 %
                # instructions, the lines of every date-labelled container read)
                after = _byline_after_mark(node, opening, language)
            if after is not None:
                yield node, "byline", after
            continue
        if tag in INLINE and node.parent is not None and _only_label(node, kind, language):
            node = node.parent
        lines = _lines(node)
        if len(lines) == 1:
            line = _from_label(lines[0], opening, kind, language)
            after = _byline_after_credit(line, language) if kind == "source" else None
            if after is not None:
                # the source up to the byline's part, then the byline
                yield node, kind, line[: len(line) - len(after)].rstrip(_CREDIT_PART_MARKS)
                yield node, "byline", after
                continue
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


# Where a credit line's next part starts: a mark between spaces, an ideographic space, or a
# space before a Han or kana character (Chinese and Japanese portals set their labels apart
# so: "来源：新华网 作者：王丽"); a space alone between Latin words joins a source's name.
# Compiled at its first search (a credit line: one dev page in twenty): its kana and Han set
# is 28,000 characters the regex compiler walks in Python, 1.4 ms of the import.
_CREDIT_PART_GAP = LazyPattern(r"\s[·|•/]\s|\u3000+|\s+(?=[\u3040-\u30ff\u3400-\u9fff])")
# What such a gap leaves at the source's end.
_CREDIT_PART_MARKS = " ·|•/\u3000"


def _byline_after_credit(line: str, language: str | None) -> str | None:
    """The byline after a credit label's source in one line, as portals print a copied
    story's line ("来源：河谷日报　作者：王丽", "Quelle: dpa | Von Anna Berg"): the first later
    part a byline label opens, to the line's end (the byline's reading cuts what follows)."""
    if len(line) > _MAX_DATE_AND_BYLINE:
        return None
    for gap in _CREDIT_PART_GAP.finditer(line):
        rest = line[gap.end() :]
        if _kind(rest, language) == "byline":
            return rest
    return None


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
    # split before cleaning, which makes an ideographic space a space
    for part in _MARKS.split(node.text(deep=True, separator=" "))[1:]:
        part = clean_text(part)
        if _kind(part, language) == "byline":
            return part
    return None


# The marks post-meta lines print between their parts (a date, a byline, a section), and
# the ideographic space Chinese and Japanese ones set there instead ("2024-03-05 10:20　来源：
# 江城日报　作者：张伟": their labels open no word a space would part).
_MARKS = LazyPattern(r"\s[·|•]\s|\u3000+")
# A publication label, its date and a byline: no longer than a byline and a date line.
_MAX_DATE_AND_BYLINE = 2 * _MAX_BYLINE
_BETWEEN_DATE_AND_BYLINE = " ,·|•-–—"  # the marks themes print between the date and the byline


def _with_next(node: LexborNode, kind: str, text: str, language: str | None = None) -> str:
    """A label alone in its element is followed by the name after it: the next element
    ("<dt>Autor</dt><dd>Peter Maahn</dd>") or the text up to a line break ("<h5>Autor:</h5>
    Peter Maahn<br>"); any other text is returned as it is."""
    if not _only_label(node, kind, language):
        return text
    following = text_after(node)
    return f"{text} {following}" if 0 < len(following) <= _MAX_BYLINE else text


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
_BRACKETED_CREDIT = LazyPattern(r"^\s*[【\[（(]([^】\]）)]{2,60})[】\]）)]")


# What ``_label_start`` reads before the label: white space, a run of dashes (a signature's
# "— by Jane Roe", "---- by Jane Roe") and an opening bracket.
_BEFORE_LABEL = LazyPattern(rf"\s*{_DASHES_BEFORE}{_OPENING_BRACKET}")
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
    # A byline label's word with a full stop after it is an abbreviation of another word
    # (Polish "Por." opening a footnote, "compare": not Spanish "por"); no byline writes its
    # label so.
    byline_end = _CASED_ALIKE.format(BYLINE_LABEL_END) + r"(?!\.)"
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
    if outside_article(node) or len(text) > _MAX_BYLINE or _above_headline(node):
        return
    split = split_byline(text, language)
    names = [n for n in split if looks_like_name(n)]
    if len(names) > 1 and unmarked_last(node, names, text):
        names = names[:-1]
    if not names and len(split) == 1 and split[0] in news_agencies():
        names = split  # an agency alone, as it writes its name ("Von dpa", "sid")
    agency = byline_agency(names, text) if names else None
    names = without_helping_agency(names, text)
    if names:
        yield cand("byline", trim_byline(text, language), "byline-text")
        yield cand("authors", tuple(names), "byline-text")
    elif not split and staff_credit(text):
        yield cand("byline", trim_byline(text), "byline-text")  # "By Ledger Staff": no author
    elif (handle := forum_handle(node)) is not None:
        # a forum post's author line naming a member ("Beitrag von <a class=username>
        # kettenblatt77</a> » …"): the thread's first poster, not a later post's name
        yield cand("authors", (handle,), FORUM_HANDLE)
    if agency is None and (joined := _joined_agency().search(text)) is not None:
        agency = joined.group(1)
    if agency is not None:
        yield cand("source", agency, BYLINE_AGENCY)


# Boxes around a kicker that hold nothing else ("<div class=eyebrow><span>By Popular
# Demand</span></div>"): one or two, as themes wrap the line above a headline.
_KICKER_WRAPPERS = 2


def _above_headline(node: LexborNode) -> bool:
    """Whether ``node`` is the line set right above the headline, its kicker ("By Popular
    Demand", "By the Numbers": a series' name in the words of a byline): the ``<h1>`` is the
    element after it, or opens the element after it; a byline stands under the headline."""
    text = node.text(deep=True)
    current: LexborNode | None = node
    for _ in range(_KICKER_WRAPPERS + 1):
        if current is None:
            return False
        following = _next_element(current)
        if following is not None:
            if following.tag == "h1":
                return True
            first = following.child
            while first is not None and not (first.tag or "").isalnum():
                first = first.next
            return first is not None and first.tag == "h1"
        current = current.parent
        if current is None or current.text(deep=True).strip() != text.strip():
            return False
    return False


def _next_element(node: LexborNode) -> LexborNode | None:
    """The element after ``node`` among its siblings, passing blank text and comments; None
    when text stands between."""
    following = node.next
    while following is not None:
        tag = following.tag or ""
        if tag == "-text":
            if (following.text_content or "").strip():
                return None
        elif tag.isalnum():
            return following
        following = following.next
    return None


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
