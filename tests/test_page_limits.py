"""Pages built to be expensive: deep nesting, huge option lists, too many tags, dates that
overflow. Each is read in linear time, or refused with a clear error."""

from __future__ import annotations

import pytest
from selectolax.lexbor import LexborHTMLParser

import newsextract
from newsextract.errors import InputTooLargeError
from newsextract.page_limits import (
    MAX_DEPTH,
    MAX_ELEMENTS,
    MAX_PAGE_TAGS,
    OVERSIZED_TAGS,
    UNCLOSED_TAGS,
    flatten_markup,
    is_oversized,
)

PROSE = "<p>" + "A sentence of the article that carries on for a while. " * 6 + "</p>"


def _depth(html: str) -> int:
    node = LexborHTMLParser(html).body
    deepest = 0
    stack = [(node, 0)]
    while stack:
        current, level = stack.pop()
        deepest = max(deepest, level)
        child = current.child if current is not None else None
        while child is not None:
            stack.append((child, level + 1))
            child = child.next
    return deepest


def test_flattening_caps_the_depth_and_keeps_the_text() -> None:
    html = "<html><body>" + "<div>" * 5_000 + "deep words" + "</div>" * 5_000 + PROSE
    flat = flatten_markup(html, max_depth=100)
    assert _depth(flat) <= 110
    tree = LexborHTMLParser(flat)
    assert "deep words" in tree.body.text()
    assert tree.css_first("body > p") is not None  # the paragraph after the divs stays a sibling


def test_flattening_leaves_ordinary_markup_alone() -> None:
    html = (
        "<html><head><script>if (a <div) {}</script></head><body><!-- <div><div> -->"
        "<article><p>One<p>Two<ul><li>a<li>b</ul><img src=x><br></article></body></html>"
    )
    assert flatten_markup(html, max_depth=4) == html


def test_flattening_drops_form_lists() -> None:
    html = "<body><p>Text</p><select>" + "<option>choice</option>" * 10 + "</select><p>More</p>"
    flat = flatten_markup(html)
    assert "choice" not in flat
    assert "<p>More</p>" in flat


def test_fifty_thousand_nested_divs_extract() -> None:
    depth = 50_000
    html = "<html><body>" + "<div>" * depth + PROSE * 3 + "</div>" * depth + "</body></html>"
    article = newsextract.extract(html)
    assert "carries on for a while" in article.body
    assert depth > MAX_DEPTH


def test_tags_left_open_by_the_ten_thousand_make_a_page_oversized() -> None:
    chain = "<b><i><span>" * (UNCLOSED_TAGS // 3 + 10)
    html = f"<html><body>{chain}{PROSE}</body></html>"
    assert is_oversized(html, html.count("<"))
    closed = "<div>" * 6_000 + PROSE + "</div>" * 6_000
    assert not is_oversized(closed, closed.count("<"))  # as many end tags: deep, not left open
    ordinary = "<p>One<br><img src=x><p>Two" * 1_000  # as open as the most open dev page
    assert not is_oversized(ordinary, ordinary.count("<"))


@pytest.mark.parametrize("chain", ["<b>", "<b><i><u><s><em><strong><span>", "<div>x "])
def test_a_chain_of_unclosed_elements_extracts(chain: str) -> None:
    # 40,000 elements left open nest 40,000 deep: under the oversized count of tags, yet each
    # level once walked its whole subtree again (45,000 <b> took two minutes).
    html = "<html><body>" + chain * (40_000 // chain.count("<")) + PROSE + "</body></html>"
    article = newsextract.extract(html)
    assert "carries on for a while" in article.body


def test_many_paragraphs_keep_their_text() -> None:
    count = OVERSIZED_TAGS // 2 + 100  # two tags a paragraph: the page is oversized
    paragraphs = "".join(f"<p>Paragraph {i} of a long page.</p>" for i in range(count))
    article = newsextract.extract(f"<html><body><article>{paragraphs}</article></body></html>")
    # every paragraph up to the element budget (which <html>, <body>, <article> take 3 of)
    assert len(article.body_blocks) == MAX_ELEMENTS - 3
    assert article.provenance["body"] == "generic"
    assert article.provenance["page"] == f"cut:elements:{MAX_ELEMENTS}-of-{count + 3}"


def test_oversized_page_skips_the_trafilatura_fallback() -> None:
    links = "".join(f'<a href="/x{i}">link {i}</a> ' for i in range(OVERSIZED_TAGS // 2 + 10))
    html = f"<html><body><nav>{links}</nav></body></html>"
    article = newsextract.extract(html)
    assert article.provenance.get("body") != "trafilatura"


@pytest.mark.parametrize("kind", [str, bytes])
def test_too_many_tags_is_a_clear_error(kind: type) -> None:
    html = "<html><body>" + "<p>x</p>" * (MAX_PAGE_TAGS // 2 + 1) + "</body></html>"
    data = html if kind is str else html.encode()
    with pytest.raises(InputTooLargeError, match="tags, over the limit"):
        newsextract.extract(data)


@pytest.mark.parametrize("as_bytes", [False, True])
def test_an_element_with_too_many_attributes_is_refused_before_parsing(as_bytes: bool) -> None:
    # lexbor checks each attribute's name against the element's others: 40,000 took 4 s
    html = "<p " + " ".join(f'a{i}="x"' for i in range(40_000)) + ">text</p>"
    with pytest.raises(InputTooLargeError, match="40,000 attributes"):
        newsextract.extract(html.encode() if as_bytes else html)


_ATTRIBUTE_FORMS = {
    "without values": lambda n: " ".join(f"a{i}" for i in range(n)),
    "a < in each value": lambda n: " ".join(f'a{i}="<"' for i in range(n)),
    "a < in each name": lambda n: " ".join(f"a<{i}" for i in range(n)),
    "unquoted values with a <": lambda n: " ".join(f"a{i}=x<y" for i in range(n)),
    "slashes between": lambda n: "/".join(f"a{i}" for i in range(n)),
    "quoted values, nothing between": lambda n: "".join(f'a{i}=""' for i in range(n)),
}


@pytest.mark.parametrize("as_bytes", [False, True])
@pytest.mark.parametrize("form", sorted(_ATTRIBUTE_FORMS))
def test_attributes_are_counted_however_they_are_written(form: str, as_bytes: bool) -> None:
    # 20,000 names without a value, which hold no "=", took lexbor 0.6 s and extract() 2.5 s.
    attributes = _ATTRIBUTE_FORMS[form](20_000)
    html = f"<html><body>{PROSE}<div {attributes}>text</div>{PROSE}</body></html>"
    with pytest.raises(InputTooLargeError, match="20,000 attributes"):
        newsextract.extract(html.encode() if as_bytes else html)


@pytest.mark.parametrize("around", ["<svg><style>{}</style></svg>", "<noscript>{}</noscript>"])
def test_a_tag_in_what_is_markup_there_is_counted(around: str) -> None:
    # A <style> in <svg> and a <noscript> hold markup: their tags are no script's text.
    tag = "<div " + " ".join(f"a{i}" for i in range(5_000)) + ">text</div>"
    html = f"<html><body>{PROSE}{around.format(tag)}</body></html>"
    with pytest.raises(InputTooLargeError, match="5,000 attributes"):
        newsextract.extract(html)


def test_three_hundred_thousand_names_are_refused_in_bounded_time() -> None:
    # They took lexbor minutes; the stretch search reads them once.
    html = "<p " + " ".join(f"n{i}" for i in range(300_000)) + ">text</p>"
    with pytest.raises(InputTooLargeError, match="300,000 attributes"):
        newsextract.extract(html.encode())


def test_a_scripts_comparison_before_a_long_stretch_is_no_tag() -> None:
    # "a<b" opens what looks like a tag with thousands of names before the script's next ">".
    script = "<script>if (a<b) { " + "x = y + z; " * 2_000 + "}</script>"
    style = "<style>" + "p { margin: 0 } " * 2_000 + "</style>"
    html = f"<html><head>{style}{script}</head><body>{PROSE}</body></html>"
    assert "carries on for a while" in newsextract.extract(html).body


def test_equals_signs_in_values_and_scripts_are_no_attributes() -> None:
    query = "&".join(f"k{i}=v" for i in range(6_000))
    html = f'<html><body><a href="/search?{query}">x</a><script>{"a=1;" * 6_000}</script>'
    html += "<p>" + "The council met on Monday. " * 10 + "</p></body></html>"
    assert "The council met" in newsextract.extract(html).body


def _names(count: int, start: int = 0) -> str:
    return " ".join(f"n{i}" for i in range(start, start + count))


def _interleaved(count: int, value: str, every: int = 300, joint: str = " ") -> str:
    """``count`` names without a value, with ``value`` (an attribute) after each ``every``."""
    parts = []
    for start in range(0, count, every):
        parts += [_names(min(every, count - start), start), value.format(start)]
    return joint.join(parts)


_HIDDEN_FORMS = {
    # each ">" of the tag lies in a quoted value, so no stretch of it is without ">"
    "a <y> in double quotes": lambda n: _interleaved(n, 'q{}="<y>"'),
    "a > in single quotes": lambda n: _interleaved(n, "q{}='>'"),
    "white space around the equals sign": lambda n: _interleaved(n, 'q{} =  "a>b"'),
    "both quotes in a value": lambda n: _interleaved(n, "q{}='\"x\"<y>'"),
    "slashes between": lambda n: _interleaved(n, 'q{}="<y>"', joint="/").replace(" ", "/"),
    "a value with > first, then names": lambda n: 'q=">" ' + _names(n),
    "long values with > between few names": lambda n: _interleaved(
        n, 'q{}="' + "x > y " * 300 + '"', every=40
    ),
}


@pytest.mark.parametrize("as_bytes", [False, True])
@pytest.mark.parametrize("form", sorted(_HIDDEN_FORMS))
def test_names_between_values_holding_a_gt_are_counted(form: str, as_bytes: bool) -> None:
    # 60,000 names with a '"<y>"' value after each 300 took extract() 10.6 s; no stretch of
    # the tag is without ">", so the stretch search alone let it through.
    attributes = _HIDDEN_FORMS[form](20_000)
    html = f"<html><body>{PROSE}<div {attributes}>text</div>{PROSE}</body></html>"
    with pytest.raises(InputTooLargeError, match="attributes, over the limit"):
        newsextract.extract(html.encode() if as_bytes else html)


def test_names_of_one_letter_each_in_a_text_are_counted() -> None:
    # A name may be any one character: two a name in a text, three bytes in UTF-8.
    names = " ".join(chr(0x4E00 + i) for i in range(20_000))
    html = f"<html><body>{PROSE}<p q='<y>' {names}>text</p></body></html>"
    with pytest.raises(InputTooLargeError, match="20,001 attributes"):
        newsextract.extract(html)


@pytest.mark.parametrize(
    "before",
    [
        '</p q=">"<script>',  # an end tag's quoted value holds its ">"
        "<!-- --!>",  # a comment closed by "--!>"
        "<!-->",  # a comment closed at once
        "</ <script>",  # "</" before no letter: a comment to the ">"
        "<script></scriptx><style></script>",  # "</scriptx" does not end a script
        "<script><!--<script></script><style>--></script>",  # "</script>" held by "<!--<script>"
        '<a b=\v">',  # no white space: the value is '\v"' and the ">" ends the tag
        '<a b=\u00a0">',
        "<svg></math><style>",  # a stray </math> leaves the <svg> open: its <style> is markup
        "<math></svg><style>",
    ],
)
def test_what_looks_like_a_script_before_a_tag_does_not_hide_it(before: str) -> None:
    # The tokens before the tag are read as the tokenizer reads them: none of these leaves
    # a script's or a style's text (or a comment) open over the tag, so its names count.
    tag = f'<p q="<y>" {_names(20_000)}>text</p>'
    html = f"<html><body>{PROSE}{before}{tag}-->{PROSE}</body></html>"
    with pytest.raises(InputTooLargeError, match="20,001 attributes"):
        newsextract.extract(html)


def test_long_values_and_scripts_holding_gt_are_read() -> None:
    # A value of 40 KB of markup, and a script assigning strings of markup: a ">" inside a
    # quoted value with few attributes after it.
    value = "<div class=&quot;card&quot;><b>x</b> words in a card</div> " * 600
    script = "<script>" + 'var s = "<li>" + item + "</li>"; ' * 1_500 + "</script>"
    html = f'<html><body><div data-cards="{value}" id="c">{PROSE}</div>{script}{PROSE}'
    article = newsextract.extract(html + "</body></html>")
    assert "carries on for a while" in article.body


def test_tags_of_bytes_counted_across_chunks() -> None:
    """The bytes' "<" are counted a megabyte at a time: one on each side of a chunk's end,
    and a page of nothing else, count as ``bytes.count`` does."""
    from newsextract.page_limits import _COUNT_CHUNK, _count_tags, check_page_size

    edge = b"<p>" + b"x" * (_COUNT_CHUNK - 4) + b"<<" + b"y" * 10 + b"</p>"
    assert check_page_size(edge) == edge.count(b"<") == 4
    assert _count_tags(b"<" * (2 * _COUNT_CHUNK + 1)) == 2 * _COUNT_CHUNK + 1
    assert _count_tags(b"") == 0
    with pytest.raises(InputTooLargeError, match="tags"):
        check_page_size(b"<b>" * (MAX_PAGE_TAGS + 1))
