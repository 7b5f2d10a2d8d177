"""Runs of white space 100,000 characters long (spaces, tabs, no-break and ideographic
spaces, zero-width spaces, line breaks) where the readers look: many of the line readers'
regexes are quadratic on such a run (``\\s*`` before a separator, tried from each of its
characters), and stay linear only because the texts they read have their white space
collapsed first. These pages check that it holds; two places where it did not are fixed:
a ``<pre>`` opening with line breaks lost each of them with a ``pop(0)`` (400,000: 15 s of
CPU), and a rule's selector of 100,000 spaces was searched for combinators from each space
(112 s)."""

from __future__ import annotations

import pytest
from tests.hang_guard import finishes

import newsextract
from newsextract.rules.model import BodyRule, SiteRule
from newsextract.rules.patterns import descendant_steps

_TEXT = "<p>The ferry company added an early boat on weekdays after complaints from commuters.</p>"
_RUNS = {
    "spaces": " ",
    "tabs": "\t",
    "no-break": "\u00a0",
    "ideographic": "\u3000",
    "zero-width": "\u200b",
    "line-breaks": "\n",
}
_PLACES = {
    "paragraph": "<p>By {}:</p>",
    "cells": "<table><tr><td>{0}1</td><td>Photo: {0}x</td></tr></table>",
    "byline": "<p class='byline'>By {}x</p>",
    "time": "<time datetime='{0}'>Published {0}1</time>",
    "pre": "<pre>{}x</pre>",
}


@pytest.mark.parametrize("run", list(_RUNS))
@pytest.mark.parametrize("place", list(_PLACES))
def test_a_run_of_white_space_is_read_in_linear_time(place: str, run: str) -> None:
    markup = _PLACES[place].format(_RUNS[run] * 100_000)
    page = f"<html><head><title>Ferry</title></head><body><article>{markup}{_TEXT * 3}"
    article = finishes(lambda: newsextract.extract(page + "</article></body></html>"))
    assert "early boat" in (article.body or "")


def test_a_code_block_opening_with_900_000_line_breaks() -> None:
    page = f"<html><body><article><pre>{chr(10) * 900_000}x = 1</pre>{_TEXT * 3}</article>"
    article = finishes(lambda: newsextract.extract(page + "</body></html>"))
    assert article.body is not None and "x = 1" in article.body


def test_a_rule_selector_of_a_long_run_of_spaces() -> None:
    rule = SiteRule(
        name="ferry",
        domains=("news.example",),
        body=BodyRule(containers=("article" + " " * 100_000 + "section",)),
    )
    page = f"<html><body><article><section>{_TEXT * 3}</section></article></body></html>"
    article = finishes(
        lambda: newsextract.extract(page, url="https://news.example/a", rules=[rule])
    )
    assert "early boat" in (article.body or "")


@pytest.mark.parametrize(
    ("selector", "steps"),
    [
        ("article  >  p", 0),
        ("main   div\tp ,  aside", 2),
        ("div [data-x='a  b'] p", 2),
        ("div:has( p   span )", 3),
    ],
)
def test_descendant_steps_count_as_before(selector: str, steps: int) -> None:
    assert descendant_steps(selector) == steps
