"""Hostile input, wave 74: 50 MB pages of one shape each (issue 14: answered within 2 s).

``benchmarks/fifty_mb_pages.py`` times twenty shapes in fresh processes. Four missed by
method, not by chance: a JSON-LD ``articleBody`` of 50 MB was kept whole (one block of 50
MB: 3.1 s, 1.2 GB), a 50 MB ``<title>`` was cleaned whole by six stages (4.9 s, 1.2 GB), a
50 MB ``<h1>`` cleaned and counted whole (3.2 s, 1.1 GB), and a 50 MB paragraph without a
word (``&amp;`` ten million times) found no body of ours, so trafilatura's fallback read it
(4.5 s of 4.7). These tests check the bound each now keeps (a cap hit, a stage not run) on
pages a few MB long; none is timed."""

from __future__ import annotations

import json
import sys

import pytest

import newsextract
from newsextract.body import jsonld_body
from newsextract.body.model import Body
from newsextract.metadata.headline import headline_text
from newsextract.page import ParsedPage
from newsextract.page_limits import FALLBACK_MAX_CHARS

EXTRACT = sys.modules["newsextract.extract"]  # the module, which the package's function hides
WORDS = "Harbour works resumed on Monday after the strike ended. "
PARAGRAPH = f"<p>{WORDS * 8}</p>"


def _ld(node: dict[str, object]) -> str:
    return f'<script type="application/ld+json">{json.dumps(node)}</script>'


@pytest.mark.parametrize("line", ["word " * 600_000, ("word " * 1000 + "\n") * 600])
def test_a_long_article_body_is_read_to_its_cap(line: str) -> None:
    node = {"@type": "NewsArticle", "headline": "Harbour works", "articleBody": line}
    article = newsextract.extract(f"<html><body>{_ld(node)}{PARAGRAPH}</body></html>")
    assert article.provenance["body"] == "jsonld"
    assert 900_000 < len(article.body) <= jsonld_body.MAX_BODY_CHARS


def test_a_live_blogs_updates_are_each_read_to_the_cap() -> None:
    update = {"@type": "BlogPosting", "headline": "h", "articleBody": "word " * 300_000}
    blocks = jsonld_body.body_blocks(str(update["articleBody"]))
    assert sum(len(b.text) for b in blocks) <= jsonld_body.MAX_BODY_CHARS


def test_a_title_over_the_meta_cap_is_passed_over() -> None:
    html = f"<html><head><title>{'word ' * 250_000}</title></head><body>"
    html += f"<h1>Harbour works resume</h1>{PARAGRAPH}</body></html>"
    assert ParsedPage(html).title_element is None
    assert newsextract.extract(html).title == "Harbour works resume"
    short = html.replace("word " * 250_000, "Harbour works resume")
    assert ParsedPage(short).title_element is not None


def test_a_long_h1_is_read_to_its_cap() -> None:
    page = ParsedPage(f"<html><body><h1>{'word ' * 100_000}</h1>{PARAGRAPH}</body></html>")
    assert len(headline_text(page.headlines[0])) <= 100_000


def test_a_page_over_the_fallback_cap_skips_trafilatura(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(html: str, url: str | None) -> Body:
        raise AssertionError(f"trafilatura read a page of {len(html):,} characters")

    monkeypatch.setattr(EXTRACT, "_trafilatura_body", refuse)
    html = "<html><body><article><p>" + "&amp;" * (FALLBACK_MAX_CHARS // 5 + 1)
    assert newsextract.extract(html + "</p></article></body></html>").body == ""


def test_a_page_under_the_fallback_cap_still_has_it(monkeypatch: pytest.MonkeyPatch) -> None:
    read: list[int] = []

    def count(html: str, url: str | None) -> Body:
        read.append(len(html))
        return Body()

    monkeypatch.setattr(EXTRACT, "_trafilatura_body", count)
    newsextract.extract(
        "<html><body><article><p>" + "&amp;" * 1000 + "</p></article></body></html>"
    )
    assert read


@pytest.mark.parametrize(
    ("raw", "longer"),
    [
        ("Kultur", False),
        ("  Kultur   &   Nöje  " + " " * 5000, False),
        (" " * 5000 + "Regionaal nieuws" + " " * 5000, False),
        ("word " * 7, True),
        (" " * 5000 + "word " * 7, True),
        ("word " * 200_000, True),
    ],
)
def test_a_section_h1s_length_is_told_by_its_opening(raw: str, longer: bool) -> None:
    from newsextract.metadata.markup_headlines import (
        MAX_SECTION_H1_CHARS,
        _longer_than_section,
    )

    assert _longer_than_section(raw) is longer
    assert (len(" ".join(raw.split())) > MAX_SECTION_H1_CHARS) is longer


@pytest.mark.parametrize("filler", ["word ", "  ", "&amp; "])
def test_a_long_box_after_the_h1_is_no_date_line(filler: str) -> None:
    from newsextract.metadata.standfirst import _is_furniture_box

    for count in (3, 30_000):
        text = filler * count + "12 March 2020"
        page = ParsedPage(f"<html><body><h1>T</h1><div>{text}</div>{PARAGRAPH}</body></html>")
        box = page.tree.css_first("div")
        assert box is not None
        short = len(" ".join(text.replace("&amp;", "&").split())) <= 120
        assert _is_furniture_box(box, date_lines=True) is short
