"""Regression tests of the fixes for the third red team's holes (wave 58, on cost) that its
attack file does not show on its own: what the general fixes keep."""

from __future__ import annotations

import logging

import pytest
from selectolax.lexbor import LexborHTMLParser

import newsextract
from newsextract import BodyRule, FieldRule, SiteRule
from newsextract.rules import patterns

URL = "https://news.example/news/quay-works"


def _page(body: str) -> str:
    return f"<html><head><title>Quay</title></head><body>{body}</body></html>"


def test_a_container_inside_one_already_read_gives_its_text_once() -> None:
    html = _page(
        "<div class='story'><p>The quay reopens on Monday after three months of work.</p>"
        "<div class='inner'><p>Ferries will call twice a day from June on.</p></div></div>"
    )
    rule = SiteRule(name="k", domains=("news.example",), body=BodyRule(containers=("div",)))
    body = newsextract.extract(html, URL, rules=[rule], body="newsextract").body
    assert body.count("The quay reopens") == 1
    assert body.count("Ferries will call") == 1


def test_containers_of_two_selectors_side_by_side_are_both_read() -> None:
    html = _page(
        "<div class='a'><p>The quay reopens on Monday after three months of work.</p></div>"
        "<div class='b'><p>Ferries will call twice a day from June on.</p></div>"
    )
    rule = SiteRule(name="k", domains=("news.example",), body=BodyRule(containers=(".a", ".b")))
    body = newsextract.extract(html, URL, rules=[rule], body="newsextract").body
    assert "The quay reopens" in body
    assert "Ferries will call" in body


def test_a_real_rule_s_list_of_selectors_runs_on_an_ordinary_page() -> None:
    # Fifteen alternatives of a tag and a class: under the length that is weighed at all.
    selector = ", ".join(f"div.headline-{n} h1" for n in range(15))
    assert len(selector) <= 300
    html = _page("<div class='headline-7'><h1>Quay reopens</h1></div>")
    rule = SiteRule(
        name="k", domains=("news.example",), fields={"title": FieldRule(selectors=(selector,))}
    )
    assert newsextract.extract(html, URL, rules=[rule]).title == "Quay reopens"


def test_a_long_selector_runs_on_a_small_page() -> None:
    selector = ", ".join(f"div.headline-{n} h1" for n in range(100))
    html = _page("<div class='headline-70'><h1>Quay reopens</h1></div>")
    rule = SiteRule(
        name="k", domains=("news.example",), fields={"title": FieldRule(selectors=(selector,))}
    )
    assert newsextract.extract(html, URL, rules=[rule]).title == "Quay reopens"


def test_a_long_selector_on_a_big_page_is_left_out_with_a_warning(
    caplog: pytest.LogCaptureFixture,
) -> None:
    selector = ", ".join(f"div.headline-{n} h1" for n in range(1000))
    teasers = "".join(f"<div class='t'><span>Teaser {n}</span></div>" for n in range(5000))
    html = _page(
        f"<h1>Quay reopens</h1>{teasers}<div class='headline-70'><h1>Rule title</h1></div>"
    )
    rule = SiteRule(
        name="k", domains=("news.example",), fields={"title": FieldRule(selectors=(selector,))}
    )
    with caplog.at_level(logging.WARNING, logger="newsextract.rules.patterns"):
        article = newsextract.extract(html, URL, rules=[rule])
    assert article.provenance.get("title") != "rule:k"
    assert any("could take seconds" in record.getMessage() for record in caplog.records)


def test_selector_work_grows_with_alternatives_parts_and_depth() -> None:
    flat = LexborHTMLParser(_page("<p>x</p>" * 100))
    deep = LexborHTMLParser(_page("<div>" * 100 + "</div>" * 100))
    one = patterns.selector_work("p.a", flat)
    assert patterns.selector_work("p.a, p.b", flat) == 2 * one
    assert patterns.selector_work("div p.a", deep) > patterns.selector_work("div p.a", flat)
    assert patterns.selector_work("*" + ":not(.x)" * 50, flat) > 50 * patterns.selector_work(
        "*", flat
    )
