"""explain --html's report as Chromium draws it: outlines around the kept blocks, dropped ones
dimmed with their reason, the title's element labelled, and no request but the report's own.

Needs Chromium (Debian's ``chromium`` package; CI installs it) and Playwright for Python; it
never downloads a browser. Skipped, saying so, where no Chromium is found, except in CI.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from newsextract.explain_report import explain_report

from .conftest import PAGES, Recorder

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Frame, Page

ARTICLE = PAGES / "harbour_article.html"
KEPT = [
    "The little ferry that links the two halves",
    "Engineers replaced the hull plates",
    "Fares stay the same",
    "The council has promised that fares",
    "Regular passengers lined the quay",
]
# Where a system Chromium is looked for; NEWSEXTRACT_CHROMIUM names another.
_CANDIDATES = ("chromium", "chromium-browser", "google-chrome", "/usr/bin/chromium")
# Pixels of slack around an outline: it is drawn 2px wide, 1px off the element.
_OUTLINE = 4


def _chromium() -> str | None:
    named = os.environ.get("NEWSEXTRACT_CHROMIUM")
    if named:
        return named
    return next((found for name in _CANDIDATES if (found := shutil.which(name))), None)


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    executable = _chromium()
    playwright_api = pytest.importorskip(
        "playwright.sync_api", reason="Playwright is not installed (pip install playwright)"
    )
    if executable is None:
        message = "no Chromium found: apt-get install chromium, or set NEWSEXTRACT_CHROMIUM"
        if os.environ.get("CI"):
            pytest.fail(f"CI must run the browser tests: {message}")
        pytest.skip(message)
    with playwright_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=executable)
        try:
            yield launched
        finally:
            launched.close()


def open_report(browser: Browser, report: str, folder: Path) -> tuple[Page, Frame, list[str]]:
    """The report opened from a file, its page frame, and the URLs the browser asked for."""
    path = folder / "report.html"
    path.write_text(report, encoding="utf-8")
    tab = browser.new_page(viewport={"width": 1400, "height": 1000})
    requests: list[str] = []
    tab.on("request", lambda request: requests.append(request.url))
    tab.goto(path.as_uri())
    tab.wait_for_load_state("load")
    frame = tab.main_frame.child_frames[0]
    return tab, frame, requests


# In the frame: each marked element, its box, its text's box, and the style that marks it.
_MARKS = """() => [...document.querySelectorAll('[data-nx-block], [data-nx-field]')].map(e => {
  const range = document.createRange();
  range.selectNodeContents(e);
  const box = e.getBoundingClientRect(), text = range.getBoundingClientRect();
  const style = getComputedStyle(e), label = getComputedStyle(e, '::before');
  return {
    block: e.dataset.nxBlock || null, field: e.dataset.nxField || null,
    text: e.textContent.replace(/\\s+/g, ' ').trim(), title: e.getAttribute('title'),
    box: [box.left, box.top, box.right, box.bottom],
    textBox: [text.left, text.top, text.right, text.bottom],
    outline: [style.outlineStyle, style.outlineColor, parseFloat(style.outlineWidth)],
    color: style.color, label: label.content,
  };
})"""


def marks(frame: Frame) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = frame.evaluate(_MARKS)
    return found


def test_the_outlines_are_where_the_kept_blocks_are(browser: Browser, tmp_path: Path) -> None:
    tab, frame, requests = open_report(browser, explain_report(ARTICLE.read_bytes()), tmp_path)
    kept = [m for m in marks(frame) if m["block"] == "kept"]
    assert [m["text"][: len(start)] for m, start in zip(kept, KEPT, strict=True)] == KEPT
    tops = []
    for mark in kept:
        style, color, width = mark["outline"]
        assert (style, color, width) == ("solid", "rgb(30, 158, 62)", 2.0)
        left, top, right, bottom = mark["box"]
        text_left, text_top, text_right, text_bottom = mark["textBox"]
        assert right - left > 100 and bottom - top > 10  # drawn, not collapsed
        assert left - _OUTLINE <= text_left and text_right <= right + _OUTLINE
        assert top - _OUTLINE <= text_top and text_bottom <= bottom + _OUTLINE
        tops.append(top)
    assert tops == sorted(tops) and len(set(tops)) == len(tops)  # one outline per block, in order
    tab.close()
    assert requests == [(tmp_path / "report.html").as_uri()]


def test_dropped_blocks_are_dimmed_and_tell_why(browser: Browser, tmp_path: Path) -> None:
    tab, frame, _ = open_report(browser, explain_report(ARTICLE.read_bytes()), tmp_path)
    dropped = {m["text"][:20]: m for m in marks(frame) if m["block"] == "dropped"}
    share = dropped["Share this story wit"]
    assert share["color"] == "rgb(154, 154, 154)" and share["outline"][0] == "none"
    assert share["title"] == (
        'dropped: under a container named as furniture (<div class="share-bar">)'
    )
    assert dropped["Ada Lind is a report"]["title"].startswith("dropped: after the end of the")
    # Hovering shows the reason: the title is the element's tooltip.
    assert frame.get_by_title("dropped: a link list", exact=False).count() == 1
    tab.close()


def test_the_titles_element_is_labelled(browser: Browser, tmp_path: Path) -> None:
    tab, frame, _ = open_report(browser, explain_report(ARTICLE.read_bytes()), tmp_path)
    (title,) = [m for m in marks(frame) if m["field"] and "title" in m["field"].split()]
    assert title["text"] == "Harbour ferry returns after a winter of repairs"
    assert title["label"] == '"title"'
    assert title["outline"][:2] == ["solid", "rgb(224, 123, 0)"]
    label_box = frame.locator("h1[data-nx-field]").bounding_box()
    assert label_box is not None and label_box["width"] > 100
    # The candidates' table sits beside the page, inside the window.
    table = tab.locator("table.fields").bounding_box()
    assert table is not None and table["x"] > 0
    tab.close()


def test_a_hostile_page_runs_and_fetches_nothing(
    browser: Browser, tmp_path: Path, recorder: Recorder
) -> None:
    report = explain_report(recorder.hostile_page(), url="https://quay.example/works")
    tab, frame, requests = open_report(browser, report, tmp_path)
    assert [m for m in marks(frame) if m["block"] == "kept"]  # the page is shown, marked
    dialogs: list[str] = []
    tab.on("dialog", lambda dialog: dialogs.append(dialog.message))
    frame.locator("h1").hover()  # an onmouseover would run now
    for link in frame.locator("a").all():
        link.click()  # a javascript: link would run, a real one would fetch
    tab.wait_for_timeout(300)
    assert frame.evaluate("document.title") != "pwned"
    tab.close()
    assert requests == [(tmp_path / "report.html").as_uri()]
    assert dialogs == []
    assert recorder.hits == []
