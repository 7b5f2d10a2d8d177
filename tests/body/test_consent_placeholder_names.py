"""Round 13 (issue 11): what a consent tool sets in place of an embed until the reader agrees
is named so, whatever language its text is in: a "placeholder", a "content-blocker", an
"embedding" box. Such a container is furniture; the class word is read as a whole word of
the name, so a word that only holds it ("placeholders-guide" is not one) is not."""

from __future__ import annotations

import pytest

import newsextract
from newsextract.body.class_names import class_weight

_BEFORE = (
    "Il sindaco ha presentato martedì il nuovo piano della viabilità del centro storico, che "
    "entrerà in vigore a partire dal primo aprile."
)
_AFTER = (
    "I commercianti temono un calo delle vendite durante i lavori, che dureranno fino all'estate."
)
_PROMPT = "Per visualizzare questo contenuto è necessario accettare i cookie di terze parti."


@pytest.mark.parametrize(
    "name", ["cmplz-placeholder-element", "_brlbs-content-blocker", "uc-embedding-container"]
)
def test_a_consent_tools_box_is_furniture(name: str) -> None:
    page = (
        "<html lang='it'><body><nav><a href='/'>Home</a></nav><article><h1>Viabilità</h1>"
        f"<div class='entry-content'><p>{_BEFORE}</p><div class='video-container'>"
        f"<div class='{name}'><p>{_PROMPT}</p></div></div><p>{_AFTER}</p></div></article>"
        "</body></html>"
    )
    body = newsextract.extract(page).body or ""
    assert _BEFORE in body
    assert _AFTER in body
    assert _PROMPT not in body


def test_the_words_name_furniture_only_as_whole_words() -> None:
    assert class_weight("cmplz-placeholder") < 0
    assert class_weight("content-blocker") < 0
    assert class_weight("placeholders-guide") >= 0
