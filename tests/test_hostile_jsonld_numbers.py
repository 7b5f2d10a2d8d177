"""JSON-LD numbers no page means: a word count or a date written as an integer of hundreds
of digits, a digit ``int()`` does not read, a string past Python's 4,300-digit limit. Each
stopped ``extract`` with an ExtractionError (OverflowError, ValueError); each is now no
value, and real ones are read as before."""

from __future__ import annotations

import json

import pytest

from newsextract.extract import extract_with_resolution

HOSTILE = ['"\u00b2"', '"' + "9" * 5000 + '"', "9" * 400, "-" + "9" * 400, "1e999"]


def _page(key: str, value: str) -> str:
    ld = f'{{"@type":"NewsArticle","headline":"Harbour plan","{key}":{value}}}'
    body = "<p>The council voted on the new harbour plan after a long debate on costs.</p>"
    return (
        f'<html><head><script type="application/ld+json">{ld}</script></head>'
        f"<body><article><h1>Harbour plan</h1>{body}</article></body></html>"
    )


@pytest.mark.parametrize("value", HOSTILE)
@pytest.mark.parametrize("key", ["wordCount", "datePublished", "dateModified", "uploadDate"])
def test_a_number_no_page_means_is_no_value(key: str, value: str) -> None:
    extraction = extract_with_resolution(_page(key, value))
    assert extraction.article.title == "Harbour plan"
    assert extraction.resolution.word_count is None
    json.loads(extraction.article.to_json())


@pytest.mark.parametrize(("value", "count"), [("1200", 1200), ('" 845 "', 845), ('"٣٠٠"', 300)])
def test_a_real_word_count_is_read(value: str, count: int) -> None:
    assert extract_with_resolution(_page("wordCount", value)).resolution.word_count == count


def test_a_real_epoch_date_is_read() -> None:
    article = extract_with_resolution(_page("datePublished", "1714550400")).article
    assert article.published is not None
    assert article.published.year == 2024
