"""A caption that only names where a picture comes from (a web address, an account) is a
credit: the rendered body leaves it out, as it leaves out "Photo: …" credit lines."""

from __future__ import annotations

import pytest

import newsextract

_TEXT = (
    "<p>The night market opens at six, and by seven the queue for grilled corn reaches the "
    "corner of the square, where a band plays the same three songs every evening.</p>"
)


def _markdown(caption: str) -> str:
    figure = f'<figure><img src="/a.jpg" alt=""><figcaption>{caption}</figcaption></figure>'
    html = f"<html><body><article><h1>Market</h1>{_TEXT}{figure}{_TEXT}</article></body></html>"
    return newsextract.extract(html).body_markdown()


@pytest.mark.parametrize(
    "caption", ["instagram.com/nightmarket.mks", "(www.example.org/photos)", "@nightmarket"]
)
def test_a_caption_that_is_only_a_source_is_left_out(caption: str) -> None:
    assert caption not in _markdown(caption)


def test_a_caption_that_says_what_the_picture_shows_stays() -> None:
    caption = "Stalls on the square at dusk, before the band arrives."
    assert f"*{caption}*" in _markdown(caption)
