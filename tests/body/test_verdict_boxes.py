"""A review's verdict in a box of its own right after the text joins the text when its name
says it is a verdict and it holds a sentence, however short (one sentence weighs less than a
sibling must); a box of that name holding only labels or links stays out, and so does a box
of another name."""

from __future__ import annotations

import pytest

import newsextract

_TEXT = (
    "<p>The Arlo kettle boils a full litre in three minutes and ten seconds, a little slower "
    "than last year's model, and it is far quieter while it works.</p><p>The lid opens with "
    "one finger and the limescale filter lifts out for rinsing under the tap.</p>"
)


def _body(box: str) -> str:
    page = (
        "<html lang='en'><body><header><a href='/'>Testbench</a></header><main><article "
        f"class='review'><h1>Arlo kettle review</h1><div class='review-body'>{_TEXT}</div>"
        f"{box}<div class='more-reviews'><a href='/r/1'>Best toasters</a></div></article>"
        "</main><footer>© Testbench</footer></body></html>"
    )
    return newsextract.extract(page, url="https://testbench.example.com/arlo").body or ""


@pytest.mark.parametrize(
    "box",
    [
        "<div class='review-verdict'><span class='score'>8/10</span><p>A quiet, easy kettle "
        "that is worth its modest price.</p><ul><li>quiet</li><li>light</li></ul></div>",
        "<div class='textFazit'><h3>Fazit</h3><p>A quiet, easy kettle that is worth its "
        "modest price.</p></div>",
        "<section class='conclusion'><p>A quiet, easy kettle that is worth its modest price.</p>"
        "<p class='score'>Score: 4/5</p></section>",
        # an ad slot set between the text and the verdict is passed over
        "<div class='ad-slot'>Advertisement</div><div class='verdict-box'><h3>Verdict</h3><p>A "
        "quiet, easy kettle that is worth its modest price.</p><p>9/10</p></div>",
    ],
)
def test_a_one_sentence_verdict_box_after_the_text_joins_it(box: str) -> None:
    body = _body(box)
    assert "limescale filter lifts out" in body
    assert "A quiet, easy kettle that is worth its modest price." in body
    assert "Best toasters" not in body


@pytest.mark.parametrize(
    "box",
    [
        # a label and a score, no sentence
        "<div class='review-verdict'><p>Our verdict</p><span>8/10</span></div>",
        # a box of links under a verdict's name
        "<div class='verdict-links'><p><a href='/a'>Read all of our kettle verdicts in one "
        "place today.</a></p></div>",
        # a summary box with more than its sentence is no verdict's by name (a news page's
        # summary stands before its text); a lone sentence joins as a closing line does
        "<div class='review-summary'><p>A quiet, easy kettle that is worth its modest "
        "price.</p><ul><li>quiet</li><li>light</li></ul></div>",
        # named as furniture too
        "<div class='verdict-newsletter'><p>Get every verdict in your inbox each week.</p></div>",
    ],
)
def test_labels_links_and_other_boxes_after_the_text_stay_out(box: str) -> None:
    body = _body(box)
    assert "limescale filter lifts out" in body
    assert body.rstrip().endswith("lifts out for rinsing under the tap.")
