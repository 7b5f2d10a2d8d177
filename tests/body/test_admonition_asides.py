"""Round 13 (issue 11): an <aside> named as an admonition of the text (a documentation
page's note, tip or warning: Starlight's "starlight-aside--tip", a "callout") is read as the
text, like a fact box; an <aside> named otherwise (a sidebar, a related box) is still
skipped, and a word only holding one of those names ("keynote", "tooltip") names none (an
aside of "footnotes" is the text's notes, read since round 59: ``test_split_text``)."""

from __future__ import annotations

import pytest

import newsextract

_TEXT = (
    "A site builds to plain HTML files in the dist folder, which any static host can serve "
    "as they are, with no server code of its own."
)
_NOTE = "The build needs Node.js 20 or newer on the machine that runs it."


def _body(aside_class: str) -> str:
    page = (
        "<html lang='en'><body><main><h1>Deploying</h1><div class='docs-content'>"
        f"<p>{_TEXT}</p><aside class='{aside_class}'><p>{_NOTE}</p></aside>"
        "<p>Copy the contents of the dist folder to the web root of your host, or point its "
        "build settings at the build command.</p></div></main></body></html>"
    )
    return newsextract.extract(page).body or ""


@pytest.mark.parametrize(
    "name",
    ["starlight-aside starlight-aside--note", "callout callout-tip", "admonition warning"],
)
def test_an_admonition_aside_is_read(name: str) -> None:
    assert _NOTE in _body(name)


@pytest.mark.parametrize("name", ["sidebar", "related-links", "keynote", "tooltip"])
def test_other_asides_stay_skipped(name: str) -> None:
    body = _body(name)
    assert _TEXT in body
    assert _NOTE not in body
