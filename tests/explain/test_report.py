"""explain_report / explain --html: one self-contained, inert HTML page (no browser here)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from selectolax.lexbor import LexborHTMLParser, LexborNode

import newsextract
from hostile_inputs import broken_metadata_page, is_unexpected, mutated_fixture
from newsextract.cli import main
from newsextract.explain_report import explain_report
from newsextract.rules.load import rule_from_mapping

from .conftest import PAGES, Recorder

ARTICLE = PAGES / "harbour_article.html"
# Attributes that make a browser fetch or run something.
_ACTIVE = {"src", "srcset", "href", "action", "formaction", "data", "poster", "background",
           "ping", "xlink:href", "manifest", "codebase", "style"}  # fmt: skip


def frame_of(report: str) -> LexborHTMLParser:
    """The annotated page, as the report's sandboxed frame shows it."""
    outer = LexborHTMLParser(report)
    frames = outer.css("iframe")
    assert len(frames) == 1
    assert frames[0].attributes["sandbox"] in (None, "")  # no allow-scripts, no allow-anything
    return LexborHTMLParser(frames[0].attributes["srcdoc"] or "")


def reason(node: LexborNode) -> str:
    """The tooltip's first line: why the block was dropped."""
    return (node.attributes.get("title") or "").splitlines()[0]


def texts(nodes: list[LexborNode]) -> list[str]:
    return [" ".join(node.text(deep=True).split()) for node in nodes]


def test_the_page_is_marked_with_the_body_decisions_and_the_fields() -> None:
    report = explain_report(ARTICLE.read_bytes())
    assert report.startswith("<!doctype html>")
    frame = frame_of(report)
    kept = texts(frame.css('[data-nx-block="kept"]'))
    assert [text[:20] for text in kept] == [
        "The little ferry tha",
        "Engineers replaced t",
        "Fares stay the same",
        "The council has prom",
        "Regular passengers l",
    ]
    dropped = {
        " ".join(node.text().split())[:20]: node.attributes.get("title")
        for node in frame.css('[data-nx-block="dropped"]')
    }
    assert dropped["Share this story wit"] == (
        'dropped: under a container named as furniture (<div class="share-bar">)'
    )
    assert str(dropped["Ada Lind is a report"]).startswith("dropped: after the end of the article")
    (title,) = frame.css('[data-nx-field~="title"]')
    assert title.tag == "h1" and title.text() == "Harbour ferry returns after a winter of repairs"
    (author,) = frame.css('[data-nx-field~="authors"]')
    assert author.tag == "a" and author.text() == "Ada Lind"
    assert [node.tag for node in frame.css('[data-nx-field~="published"]')] == ["time"]
    assert texts(frame.css("[data-nx-region]"))[0].startswith("The little ferry")


def test_the_tables_list_every_candidate_with_where_and_why_it_lost() -> None:
    outer = LexborHTMLParser(explain_report(ARTICLE.read_bytes()))
    rows = [
        [" ".join(cell.text().split()) for cell in row.css("td")]
        for row in outer.css('table.fields tr[data-field="title"]')
    ]
    assert rows[0][:4] == [
        "title",
        "Harbour ferry returns after a winter of repairs",
        "jsonld",
        "JSON-LD headline · marked on the page",
    ]
    assert rows[0][4].startswith("chosen")
    where = {row[3]: row[4] for row in rows[1:]}
    assert '<meta property="og:title">' in where
    assert all(why and why != "chosen" for why in where.values())
    blocks = [" ".join(row.text().split()) for row in outer.css("table.blocks tbody tr")]
    assert any("dropped: a link list" in row for row in blocks)


def test_a_hostile_page_leaves_no_script_handler_or_address_in_the_report(
    recorder: Recorder,
) -> None:
    report = explain_report(recorder.hostile_page(), url="https://quay.example/works")
    outer = LexborHTMLParser(report)
    frame = frame_of(report)
    for document in (outer, frame):
        assert document.css("script, object, embed, base, link, form, svg, math, img[src]") == []
        for node in document.root.traverse():  # type: ignore[union-attr]
            names = set(node.attributes)
            assert not {n for n in names if n.lower().startswith("on")}, node.html
            assert node.tag == "iframe" or not names & _ACTIVE, node.html
        metas = [m.attributes.get("http-equiv") for m in document.css("meta[http-equiv]")]
        assert metas == ["Content-Security-Policy"]
        for style in document.css("style"):
            assert "url(" not in style.text() and "@import" not in style.text()
    assert frame.css("iframe") == []
    # The page's own marks are no marks: its nav claimed to be kept, with a tooltip.
    assert frame.css("nav[data-nx-block], [title='kept, honest']") == []
    # Its text is shown as text: the report's tables and the frame escape it.
    assert "<script>fetch(" not in report
    assert len(frame.css('[data-nx-block="kept"]')) >= 3  # the article is still shown, marked
    assert recorder.hits == []


def test_explain_html_writes_the_report(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "report.html"
    assert main(["explain", str(ARTICLE), "--html", str(target)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("rule ")
    assert out.endswith(f"wrote {target}\n")
    assert frame_of(target.read_text(encoding="utf-8")).css('[data-nx-block="kept"]')


def test_explain_html_to_a_folder_that_does_not_exist_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "missing" / "report.html"
    assert main(["explain", str(ARTICLE), "--html", str(target)]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err.count("\n") == 1 and "No such file or directory" in err


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(mutated_fixture, broken_metadata_page))
def test_any_page_gives_a_report_or_a_clear_error(data: bytes | str) -> None:
    try:
        report = explain_report(data, url="https://example.org/a")
    except Exception as error:
        assert not is_unexpected(error), repr(error)
        return
    assert frame_of(report).css("script, iframe, [onload], [onerror], [src], [href]") == []


LOOSE = """<html><body><main><div class="story">The ferry crossed the harbour for the first time
since the autumn storms, carrying a handful of commuters and a brass band on its deck.
<p>The crossing took seven minutes, and the band played all the way to the other quay.</p>
Share this story <a href="/share">on the networks</a></div></main></body></html>"""


def test_loose_text_is_marked_apart_from_the_paragraphs_of_its_container() -> None:
    frame = frame_of(explain_report(LOOSE))
    assert frame.css_first("div.story, div[data-nx-block]") is None  # no class, no mark
    kept = frame.css('[data-nx-block="kept"]')
    assert [(node.tag, node.text()[:9]) for node in kept] == [
        ("span", "The ferry"),
        ("p", "The cross"),
    ]
    dropped = [(node.tag, node.text().strip()) for node in frame.css('[data-nx-block="dropped"]')]
    assert dropped == [("span", "Share this story"), ("a", "on the networks")]


def test_a_body_from_elsewhere_is_marked_by_its_text() -> None:
    frame = frame_of(explain_report(ARTICLE.read_bytes(), body="trafilatura"))
    kept = texts(frame.css('[data-nx-block="kept"]'))
    body = [
        b.text for b in newsextract.extract(ARTICLE.read_bytes(), body="trafilatura").body_blocks
    ]
    assert kept and all(text in body for text in kept)
    reasons = {reason(node) for node in frame.css('[data-nx-block="dropped"]')}
    assert reasons == {"dropped: not in the body that trafilatura found"}


def test_without_a_body_every_block_says_it_was_not_read() -> None:
    frame = frame_of(explain_report(ARTICLE.read_bytes(), body="none"))
    assert frame.css('[data-nx-block="kept"]') == []
    reasons = {reason(node) for node in frame.css('[data-nx-block="dropped"]')}
    assert reasons == {"dropped: not read: body extraction is off (body='none')"}


def test_a_site_rules_body_is_marked_and_named() -> None:
    rule = rule_from_mapping(
        {
            "rule": {"name": "coastcourier", "domains": ["coast-courier.example"]},
            "body": {"containers": [".story-body"], "drop": [".share-bar", "ul"]},
        }
    )
    report = explain_report(
        ARTICLE.read_bytes(), url="https://coast-courier.example/local/ferry", rules=[rule]
    )
    frame = frame_of(report)
    header = LexborHTMLParser(report).css_first("header")
    assert header is not None and "rule: coastcourier" in header.text()
    assert texts(frame.css('[data-nx-block="kept"]'))[0].startswith("The little ferry")
    reasons = {reason(node) for node in frame.css('[data-nx-block="dropped"]')}
    assert "dropped: not in the body of site rule coastcourier's selectors" in reasons
