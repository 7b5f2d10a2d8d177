"""``Candidate``: its field named by enum member, its provenance written once."""

from __future__ import annotations

import attrs
import pytest

import newsextract
from newsextract.metadata.candidate import (
    MAX_ITEMS,
    MAX_LEAD_CHARS,
    MAX_VALUE_CHARS,
    Candidate,
)
from newsextract.metadata.fields import ArticleField, Evidence, field_name
from newsextract.origin import Origin


@pytest.mark.parametrize("member", [*ArticleField, *Evidence], ids=str)
def test_every_field_and_evidence_is_found_by_its_name(member: ArticleField | Evidence) -> None:
    assert field_name(member.value) is member
    assert field_name(member) is member


def test_an_unknown_field_name_is_a_value_error() -> None:
    with pytest.raises(ValueError, match="not a valid"):
        field_name("subtitle")


def test_provenance_is_origin_and_detail_and_follows_a_changed_candidate() -> None:
    candidate = Candidate(field="title", value="A", origin=Origin.JSONLD, detail="headline")
    assert candidate.provenance == "jsonld:headline"
    assert attrs.evolve(candidate, detail="name").provenance == "jsonld:name"
    assert attrs.evolve(candidate, detail="").provenance == "jsonld"
    # Not a part of the candidate's identity: the same source's same value is equal.
    assert candidate == Candidate(field="title", value="A", origin=Origin.JSONLD, detail="headline")
    assert "provenance" not in repr(candidate)


def test_a_value_over_its_budget_is_cut_to_it() -> None:
    huge = "A" * (MAX_LEAD_CHARS * 3)
    assert (
        Candidate(field="authors", value=huge, origin=Origin.META).value == huge[:MAX_VALUE_CHARS]
    )
    assert Candidate(field="lead", value=huge, origin=Origin.META).value == huge[:MAX_LEAD_CHARS]
    tags = (*(f"tag{i}" for i in range(MAX_ITEMS * 2)), huge)
    capped = Candidate(field="tags", value=tags, origin=Origin.META).value
    assert capped == tags[:MAX_ITEMS]


def test_addresses_and_the_json_ld_body_are_read_whole() -> None:
    url = "https://example.com/" + "a" * (MAX_VALUE_CHARS * 2)
    assert Candidate(field="image", value=url, origin=Origin.OPENGRAPH).value == url
    body = "word " * MAX_LEAD_CHARS
    assert Candidate(field="article_body", value=body, origin=Origin.JSONLD).value == body


def test_a_value_within_its_budget_is_the_same_object() -> None:
    tags = ("a", "b")
    assert Candidate(field="tags", value=tags, origin=Origin.META).value is tags


def test_a_page_with_megabytes_in_its_meta_values_is_read_in_bounded_time() -> None:
    # A 5 MB <meta name=author> ran for minutes in the name-splitting regexes; 500,000
    # keywords took seconds. Cut to their budgets, both cost milliseconds.
    html = (
        f'<html><head><meta name="author" content="{"A" * 5_000_000}">'
        f'<meta name="keywords" content="{",".join(f"k{i}" for i in range(500_000))}">'
        "</head><body><article><h1>Storm hits the coast</h1><p>"
        + "The storm came in overnight. " * 10
        + "</p></article></body></html>"
    )
    article = newsextract.extract(html)
    assert article.title == "Storm hits the coast"
    assert len(article.tags) <= MAX_ITEMS
