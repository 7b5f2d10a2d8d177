"""Wave 72's regex round, at the page: pages of one shape repeated ``n`` and ``4 n`` times must
cost about four times as much, not sixteen (a quadratic step) or more. Each is a growth check,
not a wall-clock bar: the CPU time of the larger page is held to ``_GROWTH`` times the smaller
one's, with a floor for timer noise, so a loaded machine slows both alike."""

from __future__ import annotations

import contextlib
import gc
import json
from collections.abc import Callable

import pytest
from tests.hang_guard import GUARD

import newsextract
from newsextract import NewsExtractError

from .regex_inventory import TEXT, page, timed

# Linear work grows four times; a quadratic step sixteen: eight leaves room for the noise of a
# shared machine and the lists and dicts that grow by doubling.
_GROWTH = 8.0
# Seconds under which a difference is timer noise, not growth.
_FLOOR = 0.05


def _jsonld(node: object) -> str:
    return f'<script type="application/ld+json">{json.dumps(node)}</script>'


def _nested_arrays(n: int) -> str:
    return "[" * n + '{"@type": "NewsArticle", "headline": "Harbour"}' + "]" * n


# name: (the page of n, n): the brief's shapes (100,000 sibling <p>, 10,000-deep nesting, a
# 5 MB text node, 50,000 <a> in a menu, JSON-LD of 10,000 nested arrays, 20,000 <meta>, a
# <title> of 1 MB, 100,000 <br>, a date repeated 100,000 times, a byline label repeated) at
# their size as 4 n, and the white space a dateline's place reads (a <pre> keeps it).
SHAPES: dict[str, tuple[Callable[[int], str], int]] = {
    # Both pages of a shape stay under OVERSIZED_TAGS (50,000 tags, start and end): a page
    # over it is flattened first, another path whose cost is no growth of the first's.
    "sibling paragraphs": (
        lambda n: page("".join(f"<p>Paragraph {i} with some words in it.</p>" for i in range(n))),
        6_000,  # 48,000 tags at 4 n
    ),
    "one text node": (lambda n: page("<p>" + "word " * (n // 5) + "</p>"), 1_250_000),
    "menu links": (
        lambda n: page(
            "<nav><ul>"
            + "".join(f'<li><a href="/s/{i}">Section {i}</a></li>' for i in range(n))
            + "</ul></nav>"
        ),
        3_000,  # 48,000 tags at 4 n (four to a link)
    ),
    "nested json-ld arrays": (lambda n: page("", _jsonld(_nested_arrays(n))), 2_500),
    "meta tags": (
        lambda n: page("", "".join(f'<meta name="k{i}" content="value {i}">' for i in range(n))),
        5_000,
    ),
    "title": (lambda n: page("", title="Harbour plan - " * (n // 15)), 250_000),
    "line breaks": (lambda n: page("<p>" + "line<br>" * n + "</p>"), 25_000),
    "a date repeated": (lambda n: page("<p>" + "3 March 2024, 10:00 " * n + "</p>"), 25_000),
    "date lines": (lambda n: page("<p>Updated 3 March 2024</p>" * n), 2_500),
    "a byline label repeated": (lambda n: page("<p>" + "By " * n + "Ada Stone</p>"), 25_000),
    "byline lines": (lambda n: page("".join(f"<p>By Ada Stone{i}</p>" for i in range(n))), 2_500),
    # the agency dateline's place ("Ada Stone ,") then white space the <pre> keeps: the match
    # tried its spaces in every split (12,000 characters took 0.5 s before the cut)
    "a dateline's place then white space": (
        lambda n: page("<pre>Ada Stone ," + " \xa0" * n + "x</pre>"),
        3_000,
    ),
    # a class's "with" then underscores before a lead word: "_" was a separator or a word's
    # letter, every split tried (1,600 took 7 s, cubic)
    "a lead class of with and underscores": (
        lambda n: page(f'<div class="with{"_" * n}.lead"><p>{TEXT}</p></div>'),
        400,
    ),
    # a class of words joined by "_" before a word the overlay test reads: each "_" opened a
    # name read to the class's end (9,600 characters: 9 s)
    "a class of words joined by underscores": (
        lambda n: page(f'<div class="{"_a" * n}.share"><p>{TEXT}</p>{TEXT}</div>'),
        1_200,
    ),
    # a heading of a count's look ("1.111…1, Comments", a furniture line) tested as a
    # numbered section: each digit doubled the time of "(?:\d+\.?)*" (26 digits: 2.9 s)
    "a numbered heading of many digits": (
        lambda n: page(f"<h3>1.{'1' * n}, Comments</h3><h3>{'2.' * n}x, Comments</h3>"),
        12,
    ),
}


def _cpu(page: str) -> float:
    """The CPU seconds of ``extract(page)``, run once: a second run would find what the
    first cached (a class's verdicts, kept by its names) and hide a step's cost. A refusal
    is an outcome too; a run past ``GUARD`` seconds fails the test (``timed``'s alarm ends a
    regex that backtracks for hours). The collector is off while it runs: late in a long
    test session its full collections walk every object the session keeps, and one falling
    in the larger page's run made 4 n cost 16 times n (0.05 s against 0.83 s, menu links)."""

    def run() -> None:
        with contextlib.suppress(NewsExtractError):
            newsextract.extract(page, url="https://news.example/news/harbour-plan")

    gc.collect()
    gc.disable()
    try:
        spent = timed(run, GUARD, runs=1)
    finally:
        gc.enable()
    if spent >= GUARD:
        pytest.fail(f"extract did not finish within {GUARD} s")
    return spent


@pytest.mark.parametrize("name", list(SHAPES))
def test_a_page_of_four_times_the_shape_costs_about_four_times(name: str) -> None:
    build, n = SHAPES[name]
    # the first page of a shape builds the patterns it needs, which is no growth: a page of
    # half the size is read first, then each page once
    _cpu(build(n // 2))
    small, large = _cpu(build(n)), _cpu(build(4 * n))
    assert large <= _GROWTH * small + _FLOOR, f"{small:.3f} s at n, {large:.3f} s at 4 n"


def test_deep_nesting_under_the_flattening_point_is_bounded() -> None:
    """Nested closed elements are the one shape that grows faster than the page: lexbor's
    parse of 10,000 nested ``<div>`` costs about ten times that of 2,500 (0.13 s against
    0.013 s), up to the 50,000 tags past which the page is flattened first. Not cut further
    (a depth count of every page over 20,000 tags costs 0.3 s on a page of 50,000 plain
    tags, wave 72): held by that bound, the deepest page under it finishes well in time."""
    depth = 24_990  # under OVERSIZED_TAGS' 50,000 tags with its end tags
    spent = _cpu(page("<div>" * depth + TEXT + "</div>" * depth))
    assert spent < GUARD
