"""A site rule built in Python with a value of the wrong type (a ``body`` of selectors, a
field given as a selector, a date as text, a priority as a word) is refused when it is
made, with a ``RuleError`` naming the key: it ended every page it matched with an
``ExtractionError`` (an AttributeError or TypeError deep in the pipeline)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import pytest

from newsextract import RuleError, SiteRule, extract
from newsextract.rules.model import BodyRule

PAGE = (
    "<html><body><article><p>" + "The ferry leaves at six. " * 10 + "</p></article></body></html>"
)


@pytest.mark.parametrize(
    ("changes", "key"),
    [
        ({"body": ("article",)}, "body"),
        ({"fields": {"title": "h1"}}, "field 'title'"),
        ({"valid_from": "2024-01-01"}, "valid_from"),
        ({"valid_until": datetime(2024, 1, 1)}, "valid_until"),
        ({"priority": "high"}, "priority"),
        ({"priority": True}, "priority"),
        ({"signature": 5}, "signature"),
        ({"name": None}, "name"),
    ],
)
def test_a_value_of_the_wrong_type_is_a_rule_error(changes: dict[str, Any], key: str) -> None:
    with pytest.raises(RuleError, match=f"rule {key} must be"):
        SiteRule(**{"name": "ferry", "domains": ("news.example",), **changes})


def test_values_of_the_right_types_still_make_a_rule() -> None:
    rule = SiteRule(
        name="ferry",
        domains=("news.example",),
        valid_from=date(2024, 1, 1),
        priority=2,
        body=BodyRule(containers=("article",)),
    )
    assert "ferry leaves" in (extract(PAGE, url="https://news.example/a", rules=[rule]).body or "")
