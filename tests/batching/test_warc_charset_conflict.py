"""A WARC record whose HTTP header names one charset while its page, and the page's own
``<meta>``, are in another. The header's UTF-8 over a windows-1252 or KOI8-R page replaced
every accented letter with U+FFFD; a page that declares its charset and decodes cleanly in
it keeps its text. A declaration that decodes nothing cleanly changes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsextract.batching import batch

from .warcs import article_html, page, write_warc

_FRENCH = ("Café society", "Le café où l’on débat du budget municipal, été comme hiver.")
_RUSSIAN = ("Кафе у гавани", "Городской совет обсудил план гавани и его стоимость.")


def _meta_page(charset: str, title: str, text: str) -> str:
    return article_html(title, text=text).replace(
        "<head>", f'<head><meta http-equiv="Content-Type" content="text/html; charset={charset}">'
    )


@pytest.mark.parametrize(
    ("header", "meta", "codec", "title", "text"),
    [
        ("utf-8", "windows-1252", "cp1252", *_FRENCH),
        ("UTF-8", "koi8-r", "koi8_r", *_RUSSIAN),
        # the opposite lie: a legacy header over a UTF-8 page (valid UTF-8 wins already)
        ("iso-8859-1", "utf-8", "utf-8", *_FRENCH),
        ("windows-1251", "utf-8", "utf-8", *_RUSSIAN),
    ],
    ids=["utf-8-over-cp1252", "utf-8-over-koi8-r", "latin-1-over-utf-8", "cp1251-over-utf-8"],
)
def test_the_page_s_own_charset_wins_over_a_header_that_loses_its_text(
    tmp_path: Path, header: str, meta: str, codec: str, title: str, text: str
) -> None:
    body = _meta_page(meta, title, text).encode(codec)
    archive = tmp_path / "crawl.warc.gz"
    content_type = f"text/html; charset={header}"
    write_warc(archive, [page("https://e.org/a", body, content_type=content_type)], gzipped=True)
    (item,) = batch([archive], workers=1)
    assert item.article is not None
    assert item.article.title == title
    assert text in item.article.body


def test_a_meta_charset_that_does_not_decode_the_page_leaves_the_header_s_text(
    tmp_path: Path,
) -> None:
    # windows-1252 bytes under a UTF-8 header, the page claiming Shift JIS, which they are
    # not (0x82 0x20 is no Shift JIS pair): the header's decoding stays, lossy as it is.
    title, text = _FRENCH
    body = _meta_page("shift_jis", title, text + " ‚ ").encode("cp1252")
    archive = tmp_path / "crawl.warc"
    content_type = "text/html; charset=utf-8"
    write_warc(archive, [page("https://e.org/a", body, content_type=content_type)], gzipped=False)
    (item,) = batch([archive], workers=1)
    assert item.article is not None
    assert item.article.title == "Caf\ufffd society"
