"""Realistic big pages (a wiki page of sections, marks and backlinked notes; a forum thread;
deep comment threads; an article of mixed sections) cost work in proportion to their size.
Measured at n, 2n and 4n under the element budget in the 75th wave (hostile75b, see
docs/speed_not_done.md): no doubling cost more than 2.3 times. Counted in calls, Python's and
C's (``sys.setprofile``), not time: four times the page is at most four times the calls plus
the page's fixed work; a square would be sixteen."""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import FrameType

import pytest

import newsextract

_WORDS = "the council said on Tuesday that the river would be watched through the night"
_GROWTH = 4.6  # four times the page: linear is 4 (less with the fixed work), a square 16


def _wiki(n: int) -> str:
    toc = "".join(f"<li><a href='#s{i}'>Section {i}</a></li>" for i in range(n))
    sections = "".join(
        f"<h2 id=s{i}>Section {i}</h2><p>{_WORDS} in part {i}<sup id=r{i}><a href='#n{i}'>"
        f"[{i}]</a></sup> and<sup><a href='#n{i * 7 % n}'>[{i * 7 % n}]</a></sup> more.</p>"
        for i in range(n)
    )
    notes = "".join(f"<li id=n{i}><a href='#r{i}'>^</a> Source {i}.</li>" for i in range(n))
    return (
        f"<html><body><article><h1>Topic</h1><ol>{toc}</ol>{sections}<h2>Notes</h2>"
        f"<ol>{notes}</ol></article></body></html>"
    )


def _forum(n: int) -> str:
    posts = "".join(
        f"<div class=post><p class=byline>By user{i % 50}</p><blockquote>{_WORDS} reply "
        f"{i - 1}.</blockquote><p>{_WORDS} reply {i}.</p><div class=signature>sig</div></div>"
        for i in range(n)
    )
    return f"<html><body><article><h1>Thread</h1>{posts}</article></body></html>"


def _deep_replies(n: int) -> str:
    def reply(i: int, depth: int) -> str:
        inner = reply(i, depth - 1) if depth else ""
        return f"<div class=comment><p>{_WORDS} comment {i} level {depth}.</p>{inner}</div>"

    threads = "".join(reply(i, 30) for i in range(n))
    return (
        f"<html><body><article><h1>Story</h1><p>{_WORDS}.</p><p>{_WORDS}.</p></article>"
        f"<section class=comments>{threads}</section></body></html>"
    )


def _mixed(n: int) -> str:
    parts = "".join(
        f"<h2>Part {i}</h2><p class=byline>By Ann Bee{i % 30}</p><p>Updated {1 + i % 28} March"
        f" 2015</p><figure><img src=/i{i}.jpg><figcaption>Photo {i}</figcaption></figure><p>"
        f"{_WORDS} {i}<sup><a href='#fn{i}'>[{i}]</a></sup>.</p><blockquote>{_WORDS}</blockquote>"
        f"<ul><li>{_WORDS}</li><li><a href=/l{i}>link {i}</a></li></ul>"
        for i in range(n)
    )
    return f"<html><body><article><h1>Mixed</h1>{parts}</article></body></html>"


def _calls(html: str) -> int:
    count = 0

    def counted(frame: FrameType, event: str, arg: object) -> None:
        nonlocal count
        if event in ("call", "c_call"):
            count += 1

    sys.setprofile(counted)
    try:
        newsextract.extract(html)
    finally:
        sys.setprofile(None)
    return count


@pytest.mark.parametrize(
    ("shape", "n"), [(_wiki, 100), (_forum, 200), (_deep_replies, 8), (_mixed, 60)]
)
def test_four_times_the_page_costs_at_most_four_times_the_calls(
    shape: Callable[[int], str], n: int
) -> None:
    newsextract.extract(shape(n))  # first uses (lazy patterns, the fallback's import)
    small, large = _calls(shape(n)), _calls(shape(4 * n))
    assert large <= _GROWTH * small, (small, large, large / small)
