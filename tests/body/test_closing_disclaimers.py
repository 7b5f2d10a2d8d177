"""A legal disclaimer closing a text under its label (a release's "Forward-looking
statements" section, a "Disclaimer:" paragraph) is cut with what follows it; a label with
a long section after it, or one opening the text, stays."""

from __future__ import annotations

import newsextract

_STATEMENT = (
    "Harlow Mills Ltd. today announced that Ada Brenner will become its chief operating "
    "officer on June 1, succeeding Paul Ekwall, who is retiring after twenty years."
)
_RISK = (
    "These statements are based on current expectations and are subject to risks that "
    "could cause actual results to differ materially from those expressed."
)


def _body(inner: str) -> str:
    html = (
        "<html lang='en'><body><main><article><h1>Harlow Mills names a new officer</h1>"
        f"<div class='release-body'>{inner}</div></article></main></body></html>"
    )
    return newsextract.extract(html, url="https://wire.example/release/1").body or ""


def test_a_forward_looking_section_after_a_statement_is_cut() -> None:
    body = _body(
        f"<p>{_STATEMENT}</p><p>“We are glad to welcome her,” said the chair, Lena Moss.</p>"
        f"<p><b>Forward-looking statements</b></p><p>{_RISK}</p><p>The company undertakes "
        "no obligation to update them.</p>"
    )
    assert _STATEMENT in body
    assert "Forward-looking" not in body
    assert _RISK not in body


def test_a_run_in_disclaimer_closing_the_text_is_cut() -> None:
    body = _body(
        f"<p>{_STATEMENT}</p><p>Vastuuvapauslauseke: tämän tiedotteen sisältö on tarkoitettu "
        "ainoastaan tiedoksi.</p>"
    )
    assert _STATEMENT in body
    assert "Vastuuvapauslauseke" not in body


def test_a_long_section_under_the_word_stays() -> None:
    section = "".join(f"<p>Part {n}. {_RISK} {_STATEMENT}</p>" for n in range(6))
    body = _body(f"<p>{_STATEMENT}</p><h2>Disclaimer</h2>{section}")
    assert "Part 5." in body
