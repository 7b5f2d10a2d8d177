"""Grammar-made article pages (``grammar``) through ``extract`` and every output form.

Whatever the page, ``extract`` gives an Article or raises a ``NewsExtractError`` that is a
verdict on the input (not an ``ExtractionError`` wrapping a bug), within a CPU-time bound
for its size; the Article's ``to_dict``, ``to_json``, ``body_markdown`` and ``body_html``
never fail and are text UTF-8 can write. ``explain``'s reports hold to the same.
"""

from __future__ import annotations

import json
import time

from hypothesis import given
from hypothesis import strategies as st

import newsextract
from hostile.grammar import article_bytes, article_page
from hostile.profile import cpu_bound, fuzz
from hostile_inputs import is_unexpected
from newsextract import Article
from newsextract.body.decisions import body_decisions
from newsextract.body.extractor import BodyOptions
from newsextract.explain_report import explain_blocks, explain_report, pipeline_decisions
from newsextract.extract import extract_with_resolution
from newsextract.options import ExtractOptions

_OPTIONS = st.sampled_from(
    [
        {},
        {"favor": "precision"},
        {"favor": "recall"},
        {"body": "trafilatura"},
        {"body": "none"},
        {"date_search": False},
        {"language": "fr"},
    ]
)
_URLS = st.sampled_from(
    [
        *["https://example.org/2021/03/05/harbour-plan", None, "http://[::1"],
        *["https://example.org/\x00", "https://greencorner.bloggarden.net/2021/03/post/"],
        *["https://forum.example.org/threads/brakes.12/page-2", "https://a.b.c.d.e.example/"],
    ]
)


def check_article(article: Article) -> None:
    """Every output form of an Article works and is writable as UTF-8."""
    as_dict = article.to_dict()
    json.dumps(as_dict, ensure_ascii=False, allow_nan=False).encode("utf-8")
    article.to_json(indent=2).encode("utf-8")
    article.body_markdown().encode("utf-8")
    article.body_html().encode("utf-8")


def check_extract(data: bytes | str, url: str | None, options: dict[str, object]) -> None:
    started = time.process_time()
    try:
        article = newsextract.extract(data, url=url, **options)  # type: ignore[arg-type]
    except Exception as exc:
        if is_unexpected(exc):
            raise AssertionError(f"unexpected {type(exc).__name__}: {exc}") from exc
    else:
        assert isinstance(article, Article)
        check_article(article)
    spent = time.process_time() - started
    assert spent < cpu_bound(len(data)), f"{spent:.1f} s of CPU for {len(data):,} characters"


@fuzz(25)
@given(article_page(), _URLS, _OPTIONS)
def test_grammar_pages(page: str, url: str | None, options: dict[str, object]) -> None:
    check_extract(page, url, options)


@fuzz(20)
@given(article_bytes(), _OPTIONS)
def test_grammar_pages_as_bytes(data: bytes, options: dict[str, object]) -> None:
    check_extract(data, "https://example.org/a", options)


@fuzz(6)
@given(article_page() | article_bytes())
def test_explain_reports(data: bytes | str) -> None:
    started = time.process_time()
    try:
        extraction = extract_with_resolution(data, "https://example.org/a")
        explain_blocks(extraction).encode("utf-8")
        explain_report(data, "https://example.org/a").encode("utf-8")
    except Exception as exc:
        if is_unexpected(exc):
            raise AssertionError(f"unexpected {type(exc).__name__}: {exc}") from exc
    spent = time.process_time() - started
    assert spent < cpu_bound(len(data), base=8.0, per_mb=30.0)


@fuzz(15)
@given(
    article_page() | article_bytes(), _URLS, st.sampled_from(["balanced", "precision", "recall"])
)
def test_explain_keeps_what_extract_returns(data: bytes | str, url: str | None, favor: str) -> None:
    """On every grammar page ``explain``'s kept blocks are ``extract``'s body, text and
    kind (what a user debugging the page sees is what extraction kept); of a body from
    trafilatura, blocks of the body in order; of one that is the JSON-LD articleBody's own
    text, none (explain says the page's blocks are not used)."""
    options = ExtractOptions(favor=favor)  # type: ignore[arg-type]
    try:
        extraction = extract_with_resolution(data, url, options=options)
    except Exception as exc:
        if is_unexpected(exc):
            raise AssertionError(f"unexpected {type(exc).__name__}: {exc}") from exc
        return
    decisions = body_decisions(extraction.page, BodyOptions(favor=options.favor))
    shown = pipeline_decisions(decisions, extraction.article, options)
    kept = [(block.text, block.kind) for block in shown if block.kept]
    body = [(block.text, block.kind) for block in extraction.article.body_blocks]
    method = extraction.article.provenance.get("body")
    if method == "jsonld":  # the JSON-LD articleBody's own text: no block of the page is it
        assert kept == [], kept
    elif method in (decisions.body.method, None):
        assert kept == body
    else:  # trafilatura's body, matched by text: it may join blocks the page's walk keeps apart
        rest = iter(body)
        assert all(block in rest for block in kept), (kept, body)
    explain_blocks(extraction).encode("utf-8")
