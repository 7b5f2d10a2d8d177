"""Blind red team, wave 56: pages built to hurt ``extract()``, written from the docs alone.

Each attack states its outcome (an ``Article`` or a typed ``NewsExtractError``, never an
``ExtractionError``, which the docs call a bug) and a CPU-time and memory bound, and runs in a
child process under that memory cap (``blind.attack``)."""

from __future__ import annotations

import pytest

from .blind import attack, held

ARTICLE = """
def page(middle):
    return ("<html lang='en'><head><meta charset='utf-8'><title>Harbour plan</title></head>"
            "<body><article><h1>Harbour plan</h1><p>" + middle + "</p><p>The council met on "
            "Tuesday to debate the harbour plan and its costs for the town.</p></article>"
            "</body></html>")
"""

RENDER = """
a = newsextract.extract(html)
for text in (a.to_json(), a.body_markdown(), a.body_html()):
    text.encode("utf-8")
outcome["title"] = (a.title or "")[:80]
outcome["body_len"] = len(a.body or "")
"""


def _run(build: str, *, seconds: float, megabytes: int) -> dict[str, object]:
    return attack(ARTICLE + build + RENDER, seconds=seconds, megabytes=megabytes)


def test_entity_bomb_of_max_code_points() -> None:
    # 2 M "&#x10FFFF;" (20 MB): 2 M astral characters after decoding, held to the body cap.
    outcome = _run("html = page('&#x10FFFF;' * 2_000_000)", seconds=20, megabytes=1500)
    assert held(outcome, 20), outcome


def test_entity_lone_surrogates_everywhere() -> None:
    # "&#xD800;" is a parse error a browser maps to U+FFFD; as a JSON-LD "\\ud800" escape it is
    # a lone surrogate in a str that no UTF-8 writer takes.
    build = r"""
ld = ('{"@type":"NewsArticle","headline":"A\\ud800B","author":{"name":"C\\udfffD"},'
      '"keywords":"x\\udbff"}')
html = page('&#xD800;&#xDFFF;' * 1000).replace(
    "<title>", "<script type='application/ld+json'>" + ld + "</script><meta name='author' "
    "content='&#xD800;Ann'><meta property='og:title' content='T&#xDC00;'><title>")
"""
    outcome = _run(build, seconds=10, megabytes=500)
    assert held(outcome, 10), outcome


@pytest.mark.parametrize("opener", ["[", '{"a":', '{"@graph":['])
def test_jsonld_nested_100000_deep(opener: str) -> None:
    build = f"""
opener = {opener!r}
closer = {{"[": "]", '{{"a":': "}}", '{{"@graph":[': "]}}"}}[opener]
ld = opener * 100_000 + "1" + closer * 100_000
html = page("x").replace("<title>", "<script type='application/ld+json'>" + ld + "</script><title>")
"""
    outcome = _run(build, seconds=10, megabytes=800)
    assert held(outcome, 10), outcome


def test_jsonld_30mb_headline_string() -> None:
    build = """
ld = ('{"@type":"NewsArticle","headline":"' + "word " * 6_000_000 + '","articleBody":"'
      + "\\\\u00e9" * 1_000_000 + '"}')
html = page("x").replace("<title>", "<script type='application/ld+json'>" + ld + "</script><title>")
"""
    outcome = _run(build, seconds=15, megabytes=1500)
    assert held(outcome, 15), outcome
    assert len(str(outcome.get("title", ""))) <= 80


def test_a_million_attributes_on_one_element() -> None:
    build = "html = page('<span ' + ' '.join(f'a{n}=1' for n in range(1_000_000)) + '>x</span>')"
    outcome = _run(build, seconds=15, megabytes=1500)
    assert held(outcome, 15), outcome


def test_a_100mb_single_line() -> None:
    # Over the 64 Mi-character cap: InputTooLargeError, fast, without a copy per stage.
    build = "html = page('x' * 100_000_000).encode()"
    outcome = _run(build, seconds=10, megabytes=1500)
    assert outcome.get("typed") == "InputTooLargeError", outcome
    assert held(outcome, 10), outcome


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
def test_wide_encoding_without_bom(codec: str) -> None:
    build = f"html = page('Ein Hafenplan für die Stadt. ' * 50).encode({codec!r})"
    outcome = _run(build, seconds=10, megabytes=500)
    assert held(outcome, 10), outcome


@pytest.mark.parametrize(
    "label", ["utf-7", "x-user-defined", "replacement", "no-such-codec-at-all", "utf-16", "rot13"]
)
def test_meta_charset_naming_an_odd_codec(label: str) -> None:
    build = f"""
html = page('+AGEAYgBj- caf\\xe9 \\x80\\xff ' * 50).replace("charset='utf-8'", "charset='{label}'")
html = html.encode('latin-1')
"""
    outcome = _run(build, seconds=10, megabytes=500)
    assert held(outcome, 10), outcome


def test_nuls_everywhere() -> None:
    build = "html = '\\x00'.join(page('Harbour \\x00 text ' * 100)).encode()"
    outcome = _run(build, seconds=10, megabytes=500)
    assert held(outcome, 10), outcome


def test_entity_bomb_in_attribute_values() -> None:
    # Meta values are decoded by the parser before any cap counts them.
    build = """
value = '&#x10FFFF;&amp;&NotNestedGreaterGreater;' * 400_000
html = page('x').replace("<title>", "<meta name='author' content='" + value + "'><meta "
    "name='keywords' content='" + ('a,' * 3_000_000) + "'><title>")
"""
    outcome = _run(build, seconds=15, megabytes=1500)
    assert held(outcome, 15), outcome


def test_a_relative_stamp_dated_back_from_the_first_year() -> None:
    # fetched_at at the edge of datetime: "3 hours ago" before year 1 cannot be a datetime.
    build = """
from datetime import UTC, datetime, timedelta, timezone
html = page("x").replace("<p>x</p>", "<p class='posted-on'>3 hours ago</p>")
zone = timezone(timedelta(hours=23))
for when in (datetime.min.replace(tzinfo=UTC), datetime.min.replace(tzinfo=zone),
             datetime.max.replace(tzinfo=zone), datetime.max):
    newsextract.extract(html, fetched_at=when)
"""
    outcome = _run(build, seconds=10, megabytes=500)
    assert held(outcome, 10), outcome


def test_no_url_taken_from_content_schemes() -> None:
    # Canonical, og:url, image and body links naming file:, javascript:, data: are no address.
    build = """
bad = ["file:///etc/passwd", "javascript:alert(1)", "data:text/html,<script>1</script>",
       "JaVaScRiPt:alert(1)", " javascript:alert(1)", "java\\tscript:alert(1)", "vbscript:x"]
for href in bad:
    html = page("<a href='" + href + "'>link</a> and <img src='" + href + "' alt='pic'>").replace(
        "<title>", "<link rel='canonical' href='" + href + "'><meta property='og:url' content='"
        + href + "'><meta property='og:image' content='" + href + "'><base href='" + href
        + "'><title>")
    a = newsextract.extract(html, "https://news.example.org/2024/05/harbour-plan")
    for value in (a.canonical_url, a.image, a.url):
        assert value is None or value.startswith("https://"), (href, value)
    assert "javascript:" not in a.body_html().lower() and "file:" not in a.body_html()
    assert "javascript:" not in a.body_markdown().lower() and "file:" not in a.body_markdown()
    assert "vbscript:" not in a.body_html().lower() and "data:" not in a.body_html()
"""
    outcome = attack(ARTICLE + build, seconds=10, megabytes=500)
    assert held(outcome, 10), outcome


def test_markup_in_text_is_escaped_in_body_html() -> None:
    build = """
html = page("&lt;script&gt;alert(1)&lt;/script&gt; &lt;img src=x onerror=alert(1)&gt; "
            "<b onclick='alert(1)'>bold</b> <a href='https://ok.example/' onmouseover='x'>ok</a>")
a = newsextract.extract(html)
assert "<script" not in a.body_html() and "<img" not in a.body_html(), a.body_html()
assert "onclick" not in a.body_html() and "onmouseover" not in a.body_html(), a.body_html()
"""
    outcome = attack(ARTICLE + build, seconds=10, megabytes=500)
    assert held(outcome, 10), outcome


def test_url_argument_with_crlf_and_controls() -> None:
    build = """
html = page("x")
for url in ("https://news.example.org/a\\r\\nSet-Cookie: x=1",
            "https://news.example.org/\\x1b]0;t\\x07", "https://news.example.org:99999999/a",
            "https://[::1/a", "https://news.example.org/" + "a" * 70_000,
            "http://xn--/a", "https://\\u202e.example/", "https://exa\\x00mple.org/"):
    a = newsextract.extract(html, url)
    if a.url is not None:
        assert not any(ch in a.url for ch in "\\r\\n\\t\\x1b\\x00"), a.url
"""
    outcome = attack(ARTICLE + build, seconds=10, megabytes=500)
    assert held(outcome, 10), outcome


def test_deep_unclosed_nesting_of_inline_and_table_elements() -> None:
    build = "html = page('<b><i><u><s>' * 30_000 + '<table><tr><td>' * 10_000 + 'x')"
    outcome = _run(build, seconds=15, megabytes=1500)
    assert held(outcome, 15), outcome


def test_a_million_tiny_paragraphs_of_one_character() -> None:
    # Under the 200,000-tag cap: 190,000 paragraphs, each its own block.
    build = "html = page('</p>' + '<p>a' * 190_000)"
    outcome = _run(build, seconds=20, megabytes=1500)
    assert held(outcome, 20), outcome


def test_many_date_like_strings_for_the_date_search() -> None:
    build = """
text = " ".join(f"{d % 28 + 1} May 20{d % 30:02d}, 3 hours ago, vor {d} Tagen"
                for d in range(60_000))
html = page(text)
"""
    outcome = _run(build, seconds=20, megabytes=1500)
    assert held(outcome, 20), outcome


def test_a_giant_srcset_and_style_attribute() -> None:
    build = """
srcset = ", ".join(f"https://img.example/{n}.jpg {n}w" for n in range(400_000))
html = page("<img srcset='" + srcset + "' style='" + "a:b;" * 2_000_000 + "'>").replace(
    "<title>",
    "<meta property='og:image' content='https://img.example/" + "%41" * 3_000_000 + "'><title>")
"""
    outcome = _run(build, seconds=15, megabytes=1500)
    assert held(outcome, 15), outcome


SVG_LINK = (
    "<svg><a xlink:href='https://news.example.org/tag/harbour'><text>harbour</text></a></svg>"
)


@pytest.mark.parametrize("context", ["svg", "math"])
def test_svg_link_with_an_xlink_href(context: str) -> None:
    # lexbor's [href] matches the attribute href of any namespace: an SVG or MathML link's
    # xlink:href, whose key in the node's attributes is "xlink:href", not "href".
    link = SVG_LINK.replace("svg", context)
    build = f"""
html = page({link!r}).replace("<title>", {link!r} + "<title>")
from newsextract.explain_report import explain_report
explain_report(html, "https://news.example.org/2024/05/01/harbour-plan")
"""
    outcome = _run(build, seconds=10, megabytes=500)
    assert held(outcome, 10), outcome


# The attributes the HTML parser puts in another namespace on SVG and MathML elements: each
# has the local name of an HTML attribute a selector may ask for ([href], [title], [lang]...).
FOREIGN_ATTRIBUTES = [
    "xlink:href", "xlink:title", "xlink:type", "xlink:role", "xlink:show", "xlink:actuate",
    "xlink:arcrole", "xml:lang", "xml:space", "xmlns:xlink", "xmlns",
]  # fmt: skip
FOREIGN_TAGS = ["a", "script", "link", "meta", "time", "span", "img", "div", "p", "h1", "li"]


@pytest.mark.parametrize("attribute", FOREIGN_ATTRIBUTES)
@pytest.mark.parametrize("more", ["", " rel='author tag' itemprop='author'"])
def test_foreign_attributes_in_every_part_of_a_page(attribute: str, more: str) -> None:
    # Each tag, in <svg> and in <math>, in the head, the header, the article and the footer,
    # carrying the foreign attribute (and a rel that makes other stages read it, or none):
    # extract() and explain's report take the page.
    from newsextract import extract
    from newsextract.explain_report import explain_report

    parts = "".join(
        f"<{context}><{tag} {attribute}='https://news.example.org/tag/a'{more}>#harbour</{tag}>"
        f"</{context}>"
        for context in ("svg", "math")
        for tag in FOREIGN_TAGS
    )
    html = (
        f"<html lang='en'><head><title>Harbour plan</title>{parts}</head><body><header>{parts}"
        f"</header><article><h1>Harbour plan</h1><p>The council met on Tuesday to debate the "
        f"harbour plan and its costs.</p>{parts}</article><footer>{parts}</footer></body></html>"
    )
    url = "https://news.example.org/2024/05/01/harbour-plan"
    assert extract(html, url).title == "Harbour plan"
    assert explain_report(html, url)
