"""Metadata values far over their budget are cut before they are split: a keyword list of
30 million items (60 MB of 'a|a|…' in <meta name="keywords">) had every item cleaned, 55 s;
a JSON-LD author of 2 million '|'-joined names was split whole for an agency, 13 s (4 MB)."""

from __future__ import annotations

import json

from newsextract import extract
from newsextract.metadata.candidate import MAX_ITEMS
from newsextract.metadata.tags import MAX_LIST_PARTS, split_list, split_tags

ARTICLE = "<article><h1>Harbour plan</h1><p>The council voted on the plan.</p></article>"


def test_a_list_string_is_split_to_a_bounded_number_of_items() -> None:
    assert len(split_tags("a|" * (3 * MAX_LIST_PARTS))) == MAX_LIST_PARTS
    assert len(split_list("a," * (3 * MAX_LIST_PARTS), ",")) == MAX_LIST_PARTS
    assert split_tags("storm, coast, harbour") == ["storm", " coast", " harbour"]
    assert split_list("a;b", ";") == ["a", "b"]


def test_a_huge_keyword_list_gives_a_list_within_its_budget() -> None:
    keywords = ", ".join(f"topic {i}" for i in range(50_000))
    page = f'<html><head><meta name="keywords" content="{keywords}"></head><body>{ARTICLE}'
    article = extract(page + "</body></html>")
    assert 0 < len(article.tags) <= MAX_ITEMS
    assert article.tags[0] == "topic 0"


def test_a_huge_joined_author_gives_names_within_their_budget() -> None:
    ld = json.dumps({"@type": "NewsArticle", "author": "Ann Bee | " * 200_000 + "TT"})
    page = f'<html><head><script type="application/ld+json">{ld}</script></head><body>{ARTICLE}'
    article = extract(page + "</body></html>")
    assert len(article.authors) <= MAX_ITEMS
