"""A picture's caption line set in a classed ``<em>``, ``<i>`` or ``<small>`` right after the
picture (``<img><em class="image-caption">``) is a caption block, as a classed ``<span>``
is (``picture_captions.caption_span``): out of ``body``. A classed ``<em>`` after loose words,
not after a picture, is not."""

from __future__ import annotations

import pytest

import newsextract

_PARAS = (
    "The city opened its first permit office for street traders on Monday, after two years "
    "of talks with the traders' association and the ward councils of the inner city.",
    "Traders who hold a permit may set up their stalls on six streets of the market quarter "
    "and will pay a monthly fee that the council says will go to new shelters and taps.",
)
_CAPTION = "Street traders at the Noord Lane market on the day the permits were handed out."


def _article(picture: str) -> newsextract.Article:
    html = (
        "<html lang='en'><head><title>Permit office opens</title></head><body><article>"
        "<h1>Permit office opens for street traders</h1><div class='article-body'>"
        f"<p>{_PARAS[0]}</p><div class='image-wrap'>{picture}</div><p>{_PARAS[1]}</p>"
        "</div></article></body></html>"
    )
    return newsextract.extract(html, url="https://city.example/news/permits")


def _captions(article: newsextract.Article) -> list[str]:
    return [block.text for block in article.body_blocks if block.caption]


@pytest.mark.parametrize("tag", ["em", "i", "small"])
def test_a_classed_emphasis_after_a_picture_is_its_caption(tag: str) -> None:
    article = _article(
        f"<img src='/p.jpg' alt='Traders'> <{tag} class='image-caption'>{_CAPTION}</{tag}>"
    )
    assert _captions(article) == [_CAPTION]
    assert _CAPTION not in (article.body or "")
    assert all(para in (article.body or "") for para in _PARAS)


def test_a_classed_emphasis_after_no_picture_is_no_caption() -> None:
    article = _article(f"<span>Loose words before</span> <em class='image-caption'>{_CAPTION}</em>")
    assert _captions(article) == []
