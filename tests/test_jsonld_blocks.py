"""``jsonld.parse_block``: the wrappers pages put around a JSON-LD block are cut (an HTML
comment, a CDATA section, with or without ``//``), and a block without any is read as is."""

from __future__ import annotations

import pytest

from newsextract.jsonld import parse_block


@pytest.mark.parametrize(
    "block",
    [
        '{"@type": "NewsArticle", "headline": "A"}',
        '<!-- {"@type": "NewsArticle", "headline": "A"} -->',
        '//<![CDATA[\n{"@type": "NewsArticle", "headline": "A"}\n//]]>',
        '<![CDATA[{"@type": "NewsArticle", "headline": "A"}]]>',
        '\n  {"@type": "NewsArticle", "headline": "A"};\n',
        '{"@type": "NewsArticle", "headline": "A"}\n-->  ',
    ],
)
def test_wrappers_are_cut(block: str) -> None:
    assert parse_block(block) == [{"@type": "NewsArticle", "headline": "A"}]


def test_a_wrapper_sign_inside_a_string_is_kept() -> None:
    # "-->" in a value, not at the end: no wrapper, the value stays whole.
    assert parse_block('{"headline": "A --> B"}') == [{"headline": "A --> B"}]


@pytest.mark.parametrize(
    ("escaped", "read"),
    [
        ("\\ud800 bad", "\ufffd bad"),  # a lone high half
        ("bad \\uDFFF", "bad \ufffd"),  # a lone low half, upper case
        ("\\ud83d\\ude00 ok", "\U0001f600 ok"),  # a pair is one character
        ("\\ud83d\\ud83d\\ude00", "\ufffd\U0001f600"),  # a lone half before a pair
    ],
)
def test_a_lone_surrogate_escape_becomes_the_replacement_character(escaped: str, read: str) -> None:
    [node] = parse_block('{"headline": "' + escaped + '"}')
    assert node["headline"] == read
    node["headline"].encode("utf-8")  # what every writer of the output does
