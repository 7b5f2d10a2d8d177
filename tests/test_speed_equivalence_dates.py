"""Speed cuts of the date searches that must answer exactly as the code they replaced (issue
14, p99_33): name prefilters on lowered ASCII names, the source's worded date searched only
after white space, the elements inside those read listed once."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st
from selectolax.lexbor import LexborHTMLParser, LexborNode

from newsextract.metadata import (
    class_values,
    date_line_labels,
    element_places,
    other_items,
    page_dates,
    short_text_days,
    source_days,
    tooltip_dates,
    visible_dates,
)
from newsextract.metadata.site_header import has_ancestor

# Names built from the prefilters' words in mixed case, between other letters and the
# letters a case-blind match pairs with ASCII ones ("ſ" and "s", the Kelvin sign and "k").
_PIECES = st.sampled_from(
    ["Comment", "DISQUS", "reView", "RELATED", "eLated", "Recent", "laTest", "Popular", "MOST",
     "Trending", "side", "SIDE", "SiDebar", "ſide", "\u212a", "İ", "-", "_", " ", "x", "q"]
)  # fmt: skip
_NAMES = st.lists(_PIECES | st.text(max_size=3), max_size=6).map("".join)
_OTHER_ITEM_WORD_AS_BEFORE = re.compile("|".join(other_items._OTHER_ITEM_WORDS), re.IGNORECASE)


@settings(max_examples=150, deadline=None)
@given(_NAMES)
def test_name_prefilters_answer_as_the_case_blind_searches(names: str) -> None:
    before = not names.isascii() or _OTHER_ITEM_WORD_AS_BEFORE.search(names) is not None
    assert other_items._may_name_other_item(names) == before
    assert other_items._may_name_related(names) == (
        other_items._RELATED_WORD.search(names) is not None
    )
    assert element_places._may_name_sidebar(names) == (
        element_places._SIDEBAR_WORD.search(names) is not None
    )


_BEFORE_YEAR = st.lists(
    st.sampled_from(["March", "5th", "de", "of", "Mai", "12", ",", ".", " ", "\t", "\u00a0",
                     "\u2003", "/", "-", "x"]),
    max_size=8,
).map("".join)  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(_BEFORE_YEAR)
def test_worded_date_before_a_year_is_found_as_by_the_search(before: str) -> None:
    html = f"{before}2024 <p>"
    start = len(before)
    found = source_days._WORDED_BEFORE.search(
        html, max(0, start - source_days._WORDED_REACH), start
    )
    if found is None:
        assert source_days._worded_before(html, start, 2024) is None


_PAGE = """<body><div class=meta><span>3 May</span><b><i>2024</i></b></div>
<div class=date>5 May 2024<time>5 May</time></div><p>x<span class=date>6 May</span></p></body>"""


def _elements(markup: str) -> list[LexborNode]:
    body = LexborHTMLParser(markup).body
    assert body is not None
    return list(body.traverse())


def test_read_blocks_answer_as_the_walk_up_the_ancestors() -> None:
    elements = _elements(_PAGE)
    for chosen in range(len(elements)):
        read = visible_dates._ReadBlocks()
        ids: set[int] = set()
        for index, node in enumerate(elements):
            inside = bool(ids) and has_ancestor(node, ids=ids)
            assert read.inside(node) == inside
            assert read.holds(node) == (node.mem_id in ids or inside)
            if (index == chosen or index % 3 == chosen % 3) and not inside:
                read.add(node)
                ids.add(node.mem_id)


# Invented <time> elements and date lines: attributes of the published-time selectors and of
# tooltips and stamps, in mixed case, alone or with inner elements, in wrappers named so.
_ATTRIBUTE = st.sampled_from(
    ["", " pubdate", " pubdate=pubdate", " itemprop=datePublished", " itemprop='x datePublished'",
     " itemprop=datepublished", " class=published", " class='entry-date Published'",
     " class=PUBLISHED", " class=entry-DATE", " class=upDated", " class=x-date-y", " class",
     " class='publi\u017fhed'", " class=İdate", " title='5 May 2024'", " title", " title=x",
     " data-time=1714900000", " data-timestamp=1714900000123", " data-utime=x", " data-time"]
)  # fmt: skip
_INNER = st.sampled_from(
    ["", "<b>5</b>", "<span title=3>May</span>", "<i data-time=1></i>", "<!-- 5 -->",
     "<dl><dt>Date</dt><dd>5</dd></dl>", "<DT data-utime=1714900000></DT>",
     "<span title=a data-time=1714900000><b title=b DATA-TIMESTAMP=1714900000></b></span>",
     "<i></i>" * 20, "<template><dt title=x></dt></template>", "<svg><a title=s></a></svg>"]
)  # fmt: skip
_WRAPPER = st.sampled_from(
    ["div", "header", "article", "div class=post-publish", "p class=DATE", "li"]
)
_TIME = st.builds(
    lambda tag, attrs, inner, wrapper: (
        f"<{wrapper}><{tag}{''.join(attrs)} datetime=2024-05-05>"
        f"5 May{inner}</{tag}></{wrapper.split()[0]}>"
    ),
    st.sampled_from(["time", "span", "dt"]),
    st.lists(_ATTRIBUTE, max_size=3),
    _INNER,
    _WRAPPER,
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_TIME, min_size=1, max_size=4))
def test_time_selectors_answer_as_lexbor(parts: list[str]) -> None:
    from newsextract.metadata import html
    from newsextract.page import ParsedPage

    page = ParsedPage(f"<html><body>{''.join(parts)}</body></html>")
    matches = html._TimeSelectors(page.names)
    for node in page.tree.css("time"):
        for selector in html._PUBLISHED_TIME.split(", "):
            assert matches(node, selector) == node.css_matches(selector), (selector, parts)


@settings(max_examples=300, deadline=None)
@given(st.lists(_TIME, min_size=1, max_size=4))
def test_tooltip_and_stamp_answers_of_an_element_as_its_query(parts: list[str]) -> None:
    body = LexborHTMLParser(f"<body>{''.join(parts)}</body>").body
    assert body is not None
    for node in body.traverse():
        attributes = node.attributes
        leaf = next(node.iter(), None) is None
        stamped = any(
            tooltip_dates._epoch_stamp(n.attributes) is not None
            for n in node.css(tooltip_dates._EPOCH_STAMPED)
        )
        walked = None if leaf else tooltip_dates.inner_marks(node)
        for marks in {id(walked): walked, id(None): None}.values():  # walked, and queried
            inner = tooltip_dates.tooltip_elements(node, attributes, leaf, marks)
            assert [n.mem_id for n in inner] == [
                n.mem_id for n in node.css(tooltip_dates.TOOLTIP_OR_STAMP)
            ]
            assert tooltip_dates.keeps_epoch_stamp(node, attributes, leaf, marks) == stamped
        if walked is not None:
            assert walked.terms == (node.css_first("dt") is not None)
        if leaf and node.tag != "dt":
            assert node.css_first("dt") is None


def _block_texts_as_before(page: object) -> list[tuple[int, str]]:
    """``page_dates._block_texts`` walking every block's children."""
    from newsextract.page import ParsedPage

    assert isinstance(page, ParsedPage) and page.root is not None
    published = date_line_labels.published_opening()
    found = []
    for node in page.root.css(page_dates._FREE_TEXT_BLOCKS):
        for child in node.iter(include_text=True):
            if child.tag == "-text":
                text = (child.text_content or "").strip()
                if len(text) < short_text_days.MAX_SEGMENT:
                    if len(text) > short_text_days.MIN_SEGMENT and any(c.isdigit() for c in text):
                        found.append((node.mem_id, text))
                elif (label := published.match(text)) is not None:
                    found.append((node.mem_id, text[label.end() :]))
    return found


_OWN_TEXT = st.sampled_from(
    ["", " ", "\n  ", "5 May 2024", "Mai", "٥ مايو ٢٠٢٤", "May ²⁰", "x" * 30, "Published on",
     "Published on 5 May 2024 by a long line of words after it", "y" * 60, "\u3000", "(3)"]
)  # fmt: skip
_BLOCK = st.builds(
    lambda tag, texts, inner: f"<{tag}>{texts[0]}{inner}{''.join(texts[1:])}</{tag}>",
    st.sampled_from(["div", "p", "span", "li", "time", "b", "h3"]),
    st.lists(_OWN_TEXT, min_size=1, max_size=3),
    st.sampled_from(["", "<i>7.5.2024</i>", "<span>a</span>", "<!-- 1 -->"]),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_BLOCK, min_size=1, max_size=5))
def test_block_texts_as_walking_every_child(blocks: list[str]) -> None:
    from newsextract.page import ParsedPage

    page = ParsedPage(f"<html><body><div>{''.join(blocks)}</div></body></html>")
    found = [(node.mem_id, text) for node, text in page_dates._block_texts(page)]
    assert found == _block_texts_as_before(page)


def _relative_stamp_as_before(text: str, language: str | None) -> object:
    """``relative.find_relative_stamp`` slicing the text after a number at every key length,
    and the text before it at every form."""
    from newsextract.dating import relative

    table = relative.relative_forms_table(language)
    lengths = sorted({len(key) for key in table.after})
    lower = text.lower()
    if len(lower) != len(text):
        return None
    for count in relative._COUNT.finditer(lower):
        start = count.start()
        if start and lower[start - 1].isalnum():
            continue
        rest = count.end() + (lower[count.end() : count.end() + 1] == " ")
        for length in lengths:
            key = lower[rest : rest + length]
            if len(key) < length:
                break
            forms = table.after.get(key)
            if forms is None or not relative._ends_word(lower, rest + length, key):
                continue
            for form in forms:
                begin: int | None = start
                if form.before:
                    head = lower[:start].rstrip(" ")
                    begin = len(head) - len(form.before)
                    if not head.endswith(form.before) or (
                        begin and relative._WORD.match(lower, begin - 1)
                    ):
                        begin = None
                if begin is not None:
                    amount = float(count.group().replace(",", "."))
                    return relative.RelativeStamp(begin, rest + length, amount, form.unit)
    return None


# Invented stamp lines: numbers and the units and "ago" words of several languages, glued
# or spaced, with the letters around them that end or continue a word.
_STAMP_PIECES = st.sampled_from(
    ["3", "12", "1,5", " ", "hours ago", "hour ago", "h", "min", "vor ", "Stunden", "Std.",
     "il y a ", "jours", "saat önce", "часа назад", "小时前", "天前", "시간 전", "日前",
     "godzin temu", "hace ", "horas", "x", "-", "·", "A320", "ago", "İ", "ngày trước"]
)  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(
    st.lists(_STAMP_PIECES | st.text(max_size=2), max_size=7).map("".join),
    st.sampled_from([None, "en", "de", "zh", "ko", "pl", "xx"]),
)
def test_relative_stamp_found_as_by_every_key_length(text: str, language: str | None) -> None:
    from newsextract.dating import relative

    assert relative.find_relative_stamp(text, language) == _relative_stamp_as_before(text, language)


def _place_by_counting(node: LexborNode) -> list[int]:
    """A node's place as ``follows`` once computed it: its index among its parent's
    children, counted from the first, from the root down."""
    path: list[int] = []
    current: LexborNode | None = node
    while current is not None and current.parent is not None:
        index, child = 0, current.parent.child
        while child is not None and child.mem_id != current.mem_id:
            index, child = index + 1, child.next
        path.append(index)
        current = current.parent
    return path[::-1]


_TREE_PART = st.sampled_from(
    ["<div>", "</div>", "<p>a</p>", "<h1>t</h1>", "<ol class=comments>", "</ol>", "<li>c</li>",
     "text", "<!-- x -->", "<span>", "</span>", "<br>"]
)  # fmt: skip


@settings(max_examples=150, deadline=None)
@given(st.lists(_TREE_PART, max_size=24).map("".join))
def test_follows_answers_as_comparing_places_counted_from_the_first_child(markup: str) -> None:
    # Text and comment nodes too: the date searches ask about any node they meet.
    root = LexborHTMLParser(f"<body>{markup}</body>").body
    assert root is not None
    nodes = list(root.traverse(include_text=True))
    places = [_place_by_counting(node) for node in nodes]
    for node, place in zip(nodes, places, strict=True):
        for earlier, other in zip(nodes, places, strict=True):
            expected = place > other and place[: len(other)] != other
            assert element_places.follows(node, earlier) == expected


# Class values of the date scope's words in any case, with what a CSS string must escape or
# cannot hold, the case-blind pairs of ASCII letters and the whole token "author".
_CLASS_PIECES = st.sampled_from(
    ["date", "DATE", "Time", "datum", "fecha", "data", "publi", "POSTED", "meta", "byline",
     "info", "tarih", "tanggal", "author", "Author", "x", "-", " ", "\t", "\n", "\r", "\f",
     '"', "\\", "'", "ſ", "\u212a", "é", "post"]
)  # fmt: skip
_CLASS_VALUES = st.lists(_CLASS_PIECES, max_size=5).map("".join)
_SCOPE_ELEMENT = st.tuples(
    st.sampled_from(["div", "span", "time", "p"]),
    st.none() | _CLASS_VALUES,
    st.none() | st.sampled_from(["pubdate", "Date-1", "main", "x"]),
)


def _distinct(nodes: list[LexborNode]) -> list[int]:
    """The elements of a query's answer, each once (lexbor lists one once a selector it
    matches, one after the other; ``text_date`` reads each once)."""
    found: list[int] = []
    for node in nodes:
        if not found or found[-1] != node.mem_id:
            found.append(node.mem_id)
    return found


def _attribute(name: str, value: str | None) -> str:
    if value is None:
        return ""
    return f' {name}="' + value.replace("&", "&amp;").replace('"', "&quot;") + '"'


@settings(max_examples=300, deadline=None)
@given(st.lists(_SCOPE_ELEMENT, max_size=24), st.none() | _CLASS_VALUES)
def test_date_scope_query_finds_the_elements_of_the_word_query(
    elements: list[tuple[str, str | None, str | None]], head_class: str | None
) -> None:
    from newsextract.page import ParsedPage

    inner = "".join(
        f"<{tag}{_attribute('class', names)}{_attribute('id', ident)}>1</{tag}>"
        for tag, names, ident in elements
    )
    page = ParsedPage(f"<html><head><meta{_attribute('class', head_class)}></head><body>{inner}")
    body = page.body
    assert body is not None
    words_query = visible_dates.DATE_SCOPES.for_page(page.names, page.names_by_attribute)
    assert _distinct(body.css(visible_dates.date_scope_query(page))) == _distinct(
        body.css(words_query)
    )


def test_date_scope_query_asks_for_few_classes_by_value() -> None:
    from newsextract.page import ParsedPage

    few = ParsedPage('<body><p class="post-Date">1</p><p class=\'a"b\\c meta\'>2</p><p class=x>')
    query = visible_dates.date_scope_query(few)
    assert '[class="post-Date"]' in query and '[class="a\\"b\\\\c meta"]' in query
    assert "[class*=" not in query
    many = "".join(f"<p class=date-{n}>1</p>" for n in range(class_values.MAX_CLASSES + 1))
    assert "[class*=date i]" in visible_dates.date_scope_query(ParsedPage(f"<body>{many}"))
    newline = ParsedPage("<body><p class='post\ndate'>1</p><p class=meta>2</p>")
    assert "[class*=date i]" in visible_dates.date_scope_query(newline)
