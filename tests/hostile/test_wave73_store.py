"""Hostile input, wave 73: a store row edited on disk into shapes the second wave's rows did
not reach: JSON nested past the parser's recursion, numbers past a float, a string of 20 MB,
dates of every wrong kind, tuples of objects, provenance of wrong shapes.

Expected outcome: ``StoreError`` from Python (a ``NewsExtractError``), on the command line an
exit status of 0, 1 or 2 with at most three lines and no traceback."""

from __future__ import annotations

from pathlib import Path

import pytest

from .test_second_store import _assert_typed_everywhere, _copy, _sql, good_store
from .test_second_store import test_hostile_article_rows_are_a_store_error_or_read as _rows_read

pytest.importorskip("sqlalchemy", reason="the store extra is missing")

__all__ = ["good_store"]  # the module fixture, shared

ROWS = {
    "nested-list": "[" * 100_000 + "]" * 100_000,
    "nested-object": '{"title":' + '{"a":' * 100_000 + "1" + "}" * 100_001,
    "nested-tags": '{"tags":' + "[" * 50_000 + "]" * 50_000 + "}",
    "huge-number": '{"title": "T", "word_count": 1e999, "published": NaN}',
    "big-int": '{"title": "T", "word_count": ' + "9" * 5000 + "}",
    "date-number": '{"published": 1700000000}',
    "date-list": '{"published": ["2024-01-01"], "modified": {"a": 1}}',
    "date-naive": '{"published": "2024-01-01T00:00:00"}',
    "date-far": '{"published": "0001-01-01T00:00:00-23:59"}',
    "authors-objects": '{"authors": [{"name": "Ana"}, null, 5, ["x"]]}',
    "provenance-list": '{"provenance": [["title", "jsonld"]], "title": "T"}',
    "provenance-deep": '{"provenance": {"title": {"a": {"b": [1]}}}}',
    "surrogate-escape": '{"title": "A \\ud800 B", "body": "\\udfff"}',
    "long-string": '{"title": "T", "body": "' + "a" * 20_000_000 + '"}',
    "dup-keys": '{"title": "A", "title": 5, "url": "x", "url": null}',
}


@pytest.mark.parametrize("data", list(ROWS.values()), ids=list(ROWS))
def test_hostile_rows_edited_on_disk_are_a_store_error_or_read(
    good_store: Path, tmp_path: Path, data: str, capsys: pytest.CaptureFixture[str]
) -> None:
    _rows_read(good_store, tmp_path, data, capsys)  # the second wave's test, on these rows


def test_a_revision_s_changes_nested_deep_are_a_store_error(
    good_store: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _copy(good_store, tmp_path)
    _sql(path, "UPDATE revisions SET changes = '" + "[" * 100_000 + "]" * 100_000 + "'")
    _assert_typed_everywhere(path, capsys)


def test_a_write_over_a_row_nested_deep_is_a_store_error(good_store: Path, tmp_path: Path) -> None:
    # A new revision is compared with the stored row, which the write reads back.
    from newsextract import Article, NewsExtractError, Store
    from newsextract.store import PageCheck

    from .test_second_store import NOW, URL

    path = _copy(good_store, tmp_path)
    _sql(path, "UPDATE articles SET data = '" + "[" * 100_000 + "]" * 100_000 + "'")
    check = PageCheck(url=URL, checked_at=NOW, outcome="article")
    body = "Ships are back in the harbour after the storm. " * 3
    with pytest.raises(NewsExtractError), Store(str(path)) as store:
        store.write_article(Article(url=URL, title="Harbour reopens at last", body=body), check)
