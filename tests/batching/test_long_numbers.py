"""A JSONL row whose field beside "url" and "html" holds a number of more digits than Python
reads as an int (4,300): the row failed whole, its message Python's advice to raise that cap
("use sys.set_int_max_str_digits()"); the row's page is now read, the number read as none."""

from __future__ import annotations

import json
from pathlib import Path

from newsextract.batching.inputs import iter_work
from newsextract.batching.results import Failure
from newsextract.batching.tasks import PageTask

from .warcs import article_html


def test_a_row_with_a_long_number_beside_its_page_is_read(tmp_path: Path) -> None:
    page = article_html("Harbour plan")
    rows = tmp_path / "rows.jsonl"
    long_number = b'{"url": "https://e.org/a", "views": ' + b"9" * 100_000 + b', "html": '
    rows.write_bytes(long_number + json.dumps(page).encode() + b"}\n")
    (item,) = list(iter_work([str(rows)]))
    assert isinstance(item, PageTask), item
    assert (item.url, item.content) == ("https://e.org/a", page)


def test_a_long_number_for_html_is_a_row_without_html(tmp_path: Path) -> None:
    rows = tmp_path / "rows.jsonl"
    rows.write_bytes(b'{"url": "https://e.org/a", "html": ' + b"7" * 100_000 + b"}\n")
    (item,) = list(iter_work([str(rows)]))
    assert isinstance(item, Failure) and item.stage == "read"
    assert (item.error_type, item.message) == ("MalformedRowError", 'row has no "html" string')
