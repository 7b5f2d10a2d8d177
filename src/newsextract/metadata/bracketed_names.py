"""A Japanese article's writer named in brackets with no label: closing the text
("（小林美咲）", "【小林美咲】") or in the dateline opening it ("【北京＝田中一郎】").

Their regexes of Han characters are built only on a page with such a bracket; a bracketed
agency ("（共同）") or note ("（敬称略）") names no writer.
"""

from __future__ import annotations

import functools
import re

from selectolax.lexbor import LexborNode

from newsextract.label_lists import LabelList
from newsextract.labels import alternation, news_agencies
from newsextract.metadata.byline_openings import opening_paragraphs
from newsextract.metadata.closing_paragraphs import closes_text, text_follows
from newsextract.metadata.markup_places import outside_article
from newsextract.page import ParsedPage

# A Japanese article closes with its writer's name in brackets on a line of its own
# ("（小林美咲）", Mainichi's "【小林美咲】"): a name of kanji, two to eight with a space between
# family and given name maybe (kana in brackets are a note: "（おわり）", the end).
_KANJI_NAME = r"([\u4e00-\u9fff]{1,4}\s?[\u4e00-\u9fff]{1,4})"
_BRACKET_OPENINGS = ("（", "(", "【")


@functools.cache
def _closing_name_pattern() -> re.Pattern[str]:
    """``closing_name``'s pattern, built on the first text it may match (its four sets of
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


def dateline_name(page: ParsedPage) -> tuple[str, str] | None:
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


def closing_name(page: ParsedPage) -> tuple[str, str] | None:
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
            if match is None or not closes_text(node, _TEXT_BLOCKS):
                continue
        elif own is None or own.rstrip().endswith(_BRACKET_CLOSINGS):
            # the text's paragraphs split by <br> alone ("…だ。<br><br>（山田花子）")
            match = _after_break(node)
            if match is None or text_follows(node):
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
