"""Charset labels that are no label at all: one holding a NUL or a lone surrogate (a WARC
record's HTTP header can carry either) made ``codecs.lookup`` raise ``ValueError``, and the
page became a failure row ("embedded null character") where a browser ignores the label."""

from __future__ import annotations

from pathlib import Path

import pytest

import newsextract
from newsextract.decode import decode_html, normalize_encoding

from .warcs import article_html, page, write_warc

PAGE = "<html><head><title>Café</title></head><body><p>Le café, déjà.</p></body></html>"
LABELS = ["utf-8\x00", "\x00", "iso-8859-1\x00x", "\ud800", "utf-16\x00", "\udcff\x00"]


@pytest.mark.parametrize("label", LABELS)
def test_a_label_holding_a_nul_or_a_surrogate_names_no_charset(label: str) -> None:
    assert normalize_encoding(label) is None
    decoded = decode_html(PAGE.encode("utf-8"), declared=label)
    assert (decoded.text, decoded.encoding) == (PAGE, "utf-8")


@pytest.mark.parametrize("label", LABELS)
def test_extract_reads_the_page_whatever_the_label(label: str) -> None:
    assert newsextract.extract(PAGE.encode("cp1252"), url="https://e.org/a").title == "Café"
    assert decode_html(PAGE.encode("cp1252"), declared=label).text == PAGE


def test_a_warc_page_whose_charset_holds_a_nul_is_an_article(tmp_path: Path) -> None:
    archive = tmp_path / "a.warc"
    html = article_html("Harbour plan").encode()
    write_warc(
        archive,
        [
            page("https://e.org/a", html, content_type="text/html; charset=utf-8\x00"),
            page("https://e.org/b", html, content_type="text/html; charset=\x00"),
        ],
        gzipped=False,
    )
    results = list(newsextract.batch([str(archive)], workers=1))
    assert [r.failure for r in results] == [None, None]
    assert [r.article.title for r in results if r.article] == ["Harbour plan"] * 2
