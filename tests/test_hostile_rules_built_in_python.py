"""A rule built in Python is not checked as a rule file is (the loader's selector and regex
checks): its bad selector in a body container, a drop or a signature, or a ``paths`` regex
that does not compile, ended every page with an ``ExtractionError`` (lexbor's
``SelectolaxError``, a UnicodeEncodeError, ``max()`` of no steps, the regex's ValueError).
Now it costs what it selects, as a field's bad selector already did (found by fuzzing rules
in tests/hostile). Its constructors' own checks raise ``RuleError``, as a file's do."""

from __future__ import annotations

import pytest

import newsextract
from newsextract import BodyRule, FieldRule, RuleError, SiteRule

PAGE = (
    "<html><head><title>Harbour plan</title></head><body><article><h1>Harbour plan</h1>"
    "<div class='text'><p>The council met on Tuesday to discuss the harbour plan and its costs."
    "</p><p>A vote is expected in the spring, after a public hearing.</p></div>"
    "</article></body></html>"
)
URL = "https://example.org/2026/harbour-plan"
BAD_SELECTORS = ["", " ", ",", "p,", "a[", "\ud800", "p >"]


@pytest.mark.parametrize("selector", BAD_SELECTORS)
def test_a_bad_body_selector_costs_the_rule_body_not_the_page(selector: str) -> None:
    for body in (
        BodyRule(containers=(selector,)),
        BodyRule(containers=(".text",), drop=(selector,)),
    ):
        rule = SiteRule(name="typo", domains=("example.org",), body=body)
        article = newsextract.extract(PAGE, url=URL, rules=[rule])
        assert "public hearing" in article.body


@pytest.mark.parametrize("selector", BAD_SELECTORS)
def test_a_bad_signature_matches_no_page(selector: str) -> None:
    fields = {"title": FieldRule(selectors=("h1",))}
    rule = SiteRule(name="family", signature=selector, fields=fields)
    article = newsextract.extract(PAGE, url=URL, rules=[rule])
    assert article.rule is None
    assert article.title == "Harbour plan"


@pytest.mark.parametrize("selector", BAD_SELECTORS)
def test_a_bad_field_selector_costs_its_field(selector: str) -> None:
    fields = {"title": FieldRule(selectors=(selector,)), "tags": FieldRule(selectors=("h1",))}
    rule = SiteRule(name="typo", domains=("example.org",), fields=fields)
    article = newsextract.extract(PAGE, url=URL, rules=[rule])
    assert article.title == "Harbour plan"
    assert article.tags == ("Harbour plan",)


@pytest.mark.parametrize("pattern", ["(", "[", "\\", "a{2,1}"])
def test_a_paths_regex_that_does_not_compile_matches_no_page(pattern: str) -> None:
    rule = SiteRule(name="typo", paths=(pattern,), fields={"title": FieldRule(selectors=(".x",))})
    article = newsextract.extract(PAGE, url=URL, rules=[rule])
    assert article.rule is None
    assert article.title == "Harbour plan"


def test_the_constructors_checks_are_rule_errors() -> None:
    with pytest.raises(RuleError, match="unknown field"):
        SiteRule(name="typo", fields={"headline": FieldRule(selectors=("h1",))})
    with pytest.raises(RuleError, match="invalid regex"):
        FieldRule(selectors=("h1",), regex="(")
