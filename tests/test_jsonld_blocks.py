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
