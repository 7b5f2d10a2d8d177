"""A CMS-family rule only fills fields the page's structured data leaves empty: those it
would not fill are not read at all (each field costs a query of the tree, or a hook)."""

from __future__ import annotations

import newsextract
from newsextract.page import ParsedPage
from newsextract.rules import FieldRule, SiteRule
from newsextract.rules.apply import rule_candidates

PAGE = (
    '<html><head><meta name="generator" content="Inkwell 4.2">'
    '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Ferry runs on",'
    ' "datePublished": "2026-03-04T09:00:00Z"}</script></head>'
    '<body><h1 class="entry-title">Ferry runs on</h1><p class="entry-byline">Mara Lindqvist</p>'
    "<p>" + "The harbour ferry will run through the winter, the council said. " * 5 + "</p>"
    "</body></html>"
)


def _family(read: list[str]) -> SiteRule:
    def title_hook(page: ParsedPage) -> str:
        read.append("title")
        return "From the theme"

    return SiteRule(
        name="inkwell-theme",
        signature='meta[name="generator"][content^="Inkwell"]',
        fields={
            "title": FieldRule(hook=title_hook),
            "byline": FieldRule(selectors=".entry-byline"),
        },
    )


def test_skipped_fields_are_not_read() -> None:
    read: list[str] = []
    page = ParsedPage(PAGE)
    found = list(rule_candidates(_family(read), page, skip={"title"}))
    assert read == []
    assert [(c.field, c.value) for c in found] == [("byline", "Mara Lindqvist")]


def test_a_family_rule_reads_only_what_structured_data_leaves_empty() -> None:
    read: list[str] = []
    article = newsextract.extract(PAGE, rules=[_family(read)])
    assert read == []  # the JSON-LD headline speaks for the title
    assert article.title == "Ferry runs on"
    assert article.byline == "Mara Lindqvist"
    assert article.rule == "inkwell-theme"
