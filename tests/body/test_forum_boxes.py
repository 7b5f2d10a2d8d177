"""A forum thread keeps its posts and loses the boxes around them (self-written fixture
modelled on a vBulletin 4 thread)."""

from __future__ import annotations

import json
from pathlib import Path

import newsextract

FIXTURES = Path(__file__).parents[1] / "fixtures"


def _thread_body() -> str:
    case = FIXTURES / "body_forum_similar_threads"
    meta = json.loads(case.with_suffix(".expected.json").read_text(encoding="utf-8"))
    article = newsextract.extract(case.with_suffix(".html").read_bytes(), url=meta["url"])
    return article.body or ""


def test_a_box_of_similar_threads_is_furniture() -> None:
    body = _thread_body()
    assert "It is hungry, not dying." in body
    assert "three weeks old" in body
    for furniture in ("Similar Threads", "By flourpower in forum Bread", "Replies: 4"):
        assert furniture not in body
