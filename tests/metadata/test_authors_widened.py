"""A structured author field naming only the first of the authors the visible byline names
gives way to the byline's longer list (``author_choice._widened``)."""

from __future__ import annotations

import newsextract
from newsextract.metadata.candidate import Candidate, Value
from newsextract.metadata.fields import ArticleField
from newsextract.metadata.resolve import ResolvedMetadata, resolve
from newsextract.origin import Origin

F = ArticleField
URL = "https://www.riversidecourier.com/2024/03/05/storm"


def cand(field: str, value: Value, origin: Origin, detail: str = "") -> Candidate:
    return Candidate(field=field, value=value, origin=origin, detail=detail)


def reasons(resolved: ResolvedMetadata) -> dict[str, str]:
    return {r.candidate.provenance: r.reason for r in resolved.resolution(F.AUTHORS).rejected}


def test_the_visible_byline_naming_more_authors_wins() -> None:
    resolved = resolve(
        [
            cand("authors", ("Jane Doe",), Origin.JSONLD, "author"),
            cand("authors", ("Jane Doe",), Origin.META, "author"),
            cand("authors", ("Jane Doe, John Roe",), Origin.HTML, "byline"),
        ],
        URL,
    )
    assert resolved.names(F.AUTHORS) == ("Jane Doe", "John Roe")
    assert resolved.provenance()["authors"] == "html:byline"
    assert reasons(resolved)["jsonld:author"] == "names 1 of the 2 authors html:byline names"


def test_a_longer_list_from_markup_alone_does_not_widen() -> None:
    # A teaser's author markup is read as microdata and as a rel=author link alike.
    resolved = resolve(
        [
            cand("authors", ("Jane Doe",), Origin.JSONLD, "author"),
            cand("authors", ("Jane Doe", "John Roe"), Origin.MICRODATA, "author"),
            cand("authors", ("Jane Doe", "John Roe"), Origin.HTML, "a[rel=author]"),
            cand("authors", ("Jane Doe",), Origin.HTML, "byline"),
        ],
        URL,
    )
    assert resolved.names(F.AUTHORS) == ("Jane Doe",)
    assert resolved.provenance()["authors"] == "jsonld:author"


def test_a_host_name_beside_the_name_in_the_byline_is_no_author() -> None:
    resolved = resolve(
        [
            cand("authors", ("Jane Doe",), Origin.JSONLD, "author"),
            cand("authors", ("Jane Doe", "RIVERSIDEPOST.COM"), Origin.HTML, "byline"),
        ],
        URL,
    )
    assert resolved.names(F.AUTHORS) == ("Jane Doe",)


def test_a_site_rule_is_never_widened() -> None:
    resolved = resolve(
        [
            cand("authors", ("Jane Doe",), Origin.RULE, "authors"),
            cand("authors", ("Jane Doe", "John Roe"), Origin.TEXT, "byline-text"),
        ],
        URL,
    )
    assert resolved.names(F.AUTHORS) == ("Jane Doe",)


_PAGE = """<!doctype html><html lang="en"><head><title>Bridge to close for a year</title>
<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle",
"headline": "Bridge to close for a year", "author": {"@type": "Person", "name": "Jane Doe"},
"datePublished": "2024-03-05T09:00:00Z"}</script></head><body><article>
<h1>Bridge to close for a year</h1><p class="byline">By Jane Doe and John Roe</p>
<p>The old bridge over the river will close for a year of repairs from April, the council
said on Tuesday, after an inspection found cracks in two of its piers.</p>
<p>Buses will take a longer route through the town centre while the work goes on, and the
ferry will run every twenty minutes at peak hours.</p></article></body></html>"""


def test_a_page_whose_json_ld_names_the_first_of_two_authors() -> None:
    article = newsextract.extract(_PAGE, url=URL)
    assert article.authors == ("Jane Doe", "John Roe")
