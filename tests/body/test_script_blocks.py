"""A script-rendered page's text held as a list of blocks (``script_blocks``): read when the
markup and the scripts' HTML hold none; lists that are not text (tags, headlines, other
block types) are not."""

from __future__ import annotations

import json

import newsextract
from newsextract.body.script_blocks import blocks_markup

_PARAGRAPHS = [
    "Gemeente Noordveen opent in mei een tweede zwembad, omdat het oude bad in de zomer elke "
    "middag vol zit.",
    "Het nieuwe bad krijgt een wedstrijdbad van vijftig meter en een ondiep bad voor kleine "
    "kinderen, zegt de wethouder.",
    "De bouw kostte elf miljoen euro; de gemeente betaalt de helft, de provincie de rest.",
]


def _shell(script: str) -> str:
    return (
        "<html lang='nl'><head><title>Tweede zwembad</title></head><body><div id='app'><h1>"
        f"Tweede zwembad</h1></div>{script}</body></html>"
    )


def test_a_list_of_paragraph_strings_is_the_text() -> None:
    state = {"page": {"story": {"paragraphs": _PARAGRAPHS}}}
    html = _shell(f"<script>window.__STATE__ = {json.dumps(state)};</script>")
    body = newsextract.extract(html, url="https://nieuws.example.nl/zwembad").body or ""
    assert all(paragraph in body for paragraph in _PARAGRAPHS)


def test_lists_of_tags_and_headlines_are_no_text() -> None:
    data = {
        "tags": ["zwembad", "sport", "gemeente", "Noordveen"],
        "related": ["Sporthal krijgt nieuw dak", "IJsbaan gaat later open", "Fietspad verbreed"],
    }
    script = f"<script type='application/json'>{json.dumps(data)}</script>"
    assert blocks_markup([("application/json", json.dumps(data))]) is None
    assert (newsextract.extract(_shell(script), url="https://nieuws.example.nl/t").body or "") in (
        "",
        "Tweede zwembad",
    )


def test_blocks_of_other_types_are_left_out() -> None:
    elements = [
        {"type": "text", "content": _PARAGRAPHS[0]},
        {"type": "image", "caption": "Een foto van de kleedkamers."},
        {"type": "interstitial_link", "content": "Lees ook: sporthal krijgt nieuw dak"},
        {"type": "text", "content": _PARAGRAPHS[1]},
        {"type": "text", "content": _PARAGRAPHS[2]},
    ]
    markup = blocks_markup(
        [("", "Fusion.globalContent=" + json.dumps({"content_elements": elements}))]
    )
    assert markup is not None
    assert "Lees ook" not in markup and "kleedkamers" not in markup
    assert markup.count("<p>") == 3


def test_data_nested_past_the_parsers_stack_is_skipped() -> None:
    deep = "[" * 100_000 + "]" * 100_000
    assert blocks_markup([("application/json", deep), ("", "x = " + "{" * 50_000)]) is None
