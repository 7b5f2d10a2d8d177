"""A WARC record whose HTTP header stacks thousands of ``Content-Encoding`` layers.

Each layer was undone in turn, each allowed to inflate to the record cap (32 MB): a record of
random bytes gzipped as often cost a worker minutes. As for the fetcher (``MAX_CODINGS``),
more layers than that are an ``InputError`` row; a real double gzip still reads.
"""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

import newsextract
from newsextract.batching.warc import undo_codings
from newsextract.errors import InputError
from newsextract.fetching.stream import MAX_CODINGS

from .warcs import article_html, page, write_warc

ARTICLE = article_html("Harbour plan").encode()


def _layered(layers: int) -> bytes:
    body = ARTICLE
    for _ in range(layers):
        body = gzip.compress(body, compresslevel=1)
    return body


def test_up_to_the_cap_of_layers_are_undone() -> None:
    assert undo_codings(_layered(MAX_CODINGS), ("gzip",) * MAX_CODINGS) == ARTICLE


def test_more_layers_are_an_input_error() -> None:
    with pytest.raises(InputError, match=f"5,000 codings stacked, more than the {MAX_CODINGS}"):
        undo_codings(_layered(3), ("gzip",) * 5000)


def test_identity_is_no_layer() -> None:
    assert undo_codings(_layered(2), ("identity",) * 50 + ("gzip", "gzip")) == ARTICLE


def test_a_record_of_stacked_codings_is_a_failure_row(tmp_path: Path) -> None:
    archive = tmp_path / "a.warc"
    stacked = ", ".join(["gzip"] * 1000)
    write_warc(
        archive,
        [
            page("https://e.org/a", _layered(1000), headers=[("Content-Encoding", stacked)]),
            page("https://e.org/b", _layered(2), headers=[("Content-Encoding", "gzip, gzip")]),
        ],
        gzipped=False,
    )
    first, second = sorted(newsextract.batch([str(archive)], workers=1), key=lambda r: r.input)
    assert first.failure is not None and first.failure.error_type == "InputError"
    assert second.article is not None and second.article.title == "Harbour plan"
