"""Round 13b (issue 11): the row of actions under a post or an answer ("ContentItem-actions",
"post-actions": like, comment, share, save and their counts, "赞同 2.3 万 · 312 条评论") is
named so, whatever language its buttons are in: furniture. A name saying an element has
actions beside it ("header-has-actions": a recipe's heading with its unit switch) is a state
modifier and names nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

import newsextract
from newsextract.body.class_names import class_weight

_FIXTURE = Path(__file__).parent.parent / "fixtures" / "zh_qa_actions.html"


def test_an_answers_action_row_is_left_out() -> None:
    body = newsextract.extract(_FIXTURE.read_text(encoding="utf-8")).body or ""
    assert "锂电池在低温下内阻会明显增大" in body
    assert "赞同" not in body
    assert "312 条评论" not in body
    assert "小贴士\n\n冬天出门时把手机放在贴身的口袋里" in body


@pytest.mark.parametrize(
    ("name", "furniture"),
    [
        ("ContentItem-actions", True),
        ("post-actions", True),
        ("wprm-recipe-header wprm-header-has-actions", False),
        ("transactions-table", False),
    ],
)
def test_action_rows_are_furniture(name: str, furniture: bool) -> None:
    assert (class_weight(name) < 0) is furniture
