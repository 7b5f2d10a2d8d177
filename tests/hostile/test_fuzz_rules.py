"""Site rules built in Python, with hostile selectors and regexes, on grammar-made pages.

A rule file is checked when it is loaded; a rule built in Python is not, so its selectors
and regexes meet the page as they are. Whatever they are, building the rule raises at most
a ``RuleError``, and ``extract`` with it gives an Article or a verdict on the input: a bad
selector or regex costs what it selects, not the page.
"""

from __future__ import annotations

import logging
import time
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsextract
from hostile.grammar import article_page
from hostile.profile import cpu_bound, fuzz
from hostile_inputs import is_unexpected
from newsextract import BodyRule, FieldRule, RuleError, SiteRule

_SELECTORS = st.sampled_from(
    [
        *["h1", "p", "*", ":not(p)", "p:nth-child(2n+1)", "a[href]", "[itemprop=author]"],
        *["", " ", "!!!", "p >", ">>", "p::before", ":has(p)", "*:not(*)", '[x="\\"]', "\x00"],
        *["\ud800", "p" * 900, ":is(" * 50 + "p" + ")" * 50, "svg|a", "a, b, c", "#", ".", ","],
        *["div div div div div div div div a", "p:nth-of-type(99999999999999999)", "[a|=b]"],
    ]
) | st.text(max_size=10)
_REGEXES = st.sampled_from(
    ["(.*)", "(a|aa)+$", "(?P<x>\\d+)", "", "(", "[", "\\", "(?i)by (.*)", "(?:)" * 200]
) | st.text(max_size=8)
_TRANSFORMS = st.sampled_from(["strip", "lower", "date", "split:,", "split", "unknown", ""])
_FIELDS = st.sampled_from(
    ["title", "authors", "published", "lead", "byline", "tags", "image", "language", "body"]
)


def _made(make: Any, **values: Any) -> Any:
    """The rule part, or None when its constructor refuses it (with a RuleError only)."""
    try:
        return make(**values)
    except RuleError:
        return None


@st.composite
def python_rule(draw: st.DrawFn) -> SiteRule | None:
    fields = {}
    for _ in range(draw(st.integers(0, 4))):
        field = _made(
            FieldRule,
            selectors=tuple(draw(st.lists(_SELECTORS, max_size=3))),
            attribute=draw(st.sampled_from([None, "content", "href", "datetime", "", "\x00"])),
            regex=draw(st.none() | _REGEXES),
            transforms=tuple(draw(st.lists(_TRANSFORMS, max_size=2))),
            first=draw(st.booleans()),
        )
        if field is not None:
            fields[draw(_FIELDS)] = field
    body = BodyRule(
        containers=tuple(draw(st.lists(_SELECTORS, max_size=2))),
        drop=tuple(draw(st.lists(_SELECTORS, max_size=2))),
    )
    return _made(
        SiteRule,
        name="fuzz",
        domains=tuple(
            draw(st.lists(st.sampled_from(["example.org", "", ".", "\ud800"]), max_size=2))
        ),
        paths=tuple(draw(st.lists(_REGEXES, max_size=2))),
        fields=fields,
        body=body,
        signature=draw(st.none() | _SELECTORS),
    )


@pytest.fixture(autouse=True)
def _quiet_rule_warnings(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.ERROR, logger="newsextract.rules")


@fuzz(15)
@given(python_rule(), article_page(), st.sampled_from(["https://example.org/2021/a", None]))
def test_python_rules_on_hostile_pages(rule: SiteRule | None, page: str, url: str | None) -> None:
    if rule is None:
        return
    started = time.process_time()
    try:
        article = newsextract.extract(page, url=url, rules=[rule], default_rules=False)
        article.to_json().encode("utf-8")
        article.body_markdown().encode("utf-8")
    except Exception as exc:
        if is_unexpected(exc):
            raise AssertionError(f"unexpected {type(exc).__name__}: {exc}") from exc
    # Each rule regex may run its 0.25 s limit on each text it is tried on: a few of them.
    assert time.process_time() - started < cpu_bound(len(page), base=8.0)
