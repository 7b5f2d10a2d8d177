"""Hostile input, wave 73: attacks on ``extract`` that held, kept as guards. Page bytes in
every encoding form (UTF-16 and UTF-32 with and without a BOM, a BOM against ``<meta
charset>``, an unknown or junk label, a 2 MB ``http-equiv`` content, CESU-8 surrogates,
NULs between every byte), character references of every hostile shape (``&#xD800;``, a
100,000-digit one, past U+10FFFF) and JSON-LD of hostile shapes (1e999 and NaN, 4,400-digit
integers, duplicate keys, an ``@graph`` whose ``@id``s cycle, nesting near the decoder's
depth). Each gives an Article whose renderers give UTF-8 text, within a CPU bound."""

from __future__ import annotations

import json
import time

import pytest

import newsextract

from .third import machine_pace

WORDS = "Harbour works resumed on Monday after the strike ended. "
TITLE = "Harbour works resume"


def _page(head: str = "", title: str = TITLE) -> str:
    return (
        f"<html><head><title>{title}</title>{head}</head><body><article><h1>{TITLE}</h1>"
        f"<p>{WORDS * 8}</p></article></body></html>"
    )


def _ld(text: str) -> str:
    return f'<script type="application/ld+json">{text}</script>'


_CYCLE = {
    "@graph": [
        {"@id": "#a", "@type": "NewsArticle", "headline": TITLE, "author": {"@id": "#b"}},
        {"@id": "#b", "@type": "Person", "name": {"@id": "#b"}, "worksFor": {"@id": "#a"}},
    ]
}
_DEPTH = 990  # just under the JSON decoder's recursion limit: a walk of it must not recurse

CASES: dict[str, bytes | str] = {
    **{
        encoding: _page().replace("Harbour", "Härbour").encode(encoding)
        for encoding in ("utf-16", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be")
    },
    "utf-8 bom, meta shift_jis": b"\xef\xbb\xbf" + _page('<meta charset="shift_jis">').encode(),
    "utf-16 bom, meta utf-8": _page('<meta charset="utf-8">').encode("utf-16"),
    "unknown label": _page('<meta charset="x-klingon-9">').encode(),
    "junk label": _page('<meta charset="utf-8\x00\xff../../etc">').encode("latin-1"),
    "http-equiv of 2 MB": _page(
        '<meta http-equiv="Content-Type" content="text/html; ' + "x" * 2_000_000 + '">'
    ).encode(),
    "cesu-8 surrogates": _page().encode().replace(b"Monday", b"Mon\xed\xa0\x80day"),
    "nul between bytes": b"\x00".join(bytes([c]) for c in _page().encode()),
    "surrogate references": _page(title="A &#xD800; B &#55296;"),
    "over-long references": _page(title="A &#x" + "0" * 100_000 + "41; &#99999999999999;"),
    "json numbers past a float": _page(
        _ld('{"@type":"NewsArticle","headline":1e999,"datePublished":NaN,"wordCount":-1e999}')
    ),
    "json integer of 4,400 digits": _page(
        _ld('{"@type":"NewsArticle","headline":' + "9" * 4400 + "}")
    ),
    "json duplicate keys": _page(
        _ld(
            '{"@type":"NewsArticle","headline":"A","headline":{"x":1},"author":"Ann","author":null}'
        )
    ),
    "json @graph cycle": _page(_ld(json.dumps(_CYCLE))),
    "json lone surrogate escape": _page(_ld('{"@type":"NewsArticle","headline":"A \\ud800"}')),
    "json deep author": _page(
        _ld(
            '{"@type":"NewsArticle","headline":"H","author":'
            + '{"@type":"Person","name":' * _DEPTH
            + '"Ann"'
            + "}" * (_DEPTH + 1)
        )
    ),
    "json deep graph": _page(
        _ld('{"@graph":' + "[" * _DEPTH + '{"@type":"NewsArticle"}' + "]" * _DEPTH + "}")
    ),
}


@pytest.mark.parametrize("name", list(CASES))
def test_a_hostile_encoding_or_structure_gives_an_article(name: str) -> None:
    started = time.process_time()
    article = newsextract.extract(CASES[name], "https://news.example/a")
    for text in (article.to_json(), article.body_markdown(), article.body_html()):
        text.encode("utf-8")
    assert "after the strike ended" in article.body
    assert time.process_time() - started < 3 * machine_pace()
