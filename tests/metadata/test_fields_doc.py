"""``docs/fields.md`` shows the resolution table as it is in ``fields.POLICIES``, and
``docs/field-published.md`` the published date's vote weights."""

from __future__ import annotations

import re
from pathlib import Path

from newsextract.metadata.fields import POLICIES, ArticleField, Combine, Policy

DOC = Path(__file__).resolve().parents[2] / "docs" / "fields.md"
PUBLISHED_DOC = DOC.with_name("field-published.md")  # the published date's own page
BEGIN = "<!-- resolution table: generated from fields.POLICIES, held equal by a test -->"
END = "<!-- end of resolution table -->"


def _sources(policy: Policy) -> str:
    parts = []
    for source in policy.sources:
        weight = policy.weights.get(source) if policy.combine is Combine.VOTE else None
        mark = f" ({weight:g})" if weight is not None else ""
        if source in policy.fills_only:
            mark = " (fills only)"
        parts.append(f"`{source}`{mark}")
    return " → ".join(parts)


def table() -> str:
    lines = [
        BEGIN,
        "",
        "| field | combined by | sources, most trusted first |",
        "| --- | --- | --- |",
    ]
    lines += [
        f"| `{field}` | {policy.combine} | {_sources(policy)} |"
        for field, policy in POLICIES.items()
    ]
    return "\n".join([*lines, "", END])


def test_the_doc_table_is_the_resolution_table() -> None:
    text = DOC.read_text(encoding="utf-8")
    start, end = text.index(BEGIN), text.index(END) + len(END)
    assert text[start:end] == table(), f"replace the table in {DOC} by:\n{table()}"


def test_the_doc_vote_weights_are_the_tables() -> None:
    """The published date's weight table (on its own page) holds the policy's weights."""
    text = PUBLISHED_DOC.read_text(encoding="utf-8")
    section = text[text.index("| origin | weight |") :].split("\n\n", 1)[0]
    rows = re.findall(r"\| `(\w+)` \| ([\d.]+) \|", section)
    weights = POLICIES[ArticleField.PUBLISHED].weights
    assert {origin: float(weight) for origin, weight in rows} == {
        str(origin): weight for origin, weight in weights.items()
    }
