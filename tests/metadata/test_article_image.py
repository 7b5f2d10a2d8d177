"""The article's picture: metadata addresses made absolute, and the first figure's picture
when no metadata names one (metadata/article_image.py)."""

from __future__ import annotations

import pytest

import newsextract
from newsextract.metadata.article_image import image_address

URL = "https://www.valleypost.com/news/budget-vote"


def _page(head: str = "", figure: str = "") -> str:
    return (
        f'<html lang="en"><head><title>Budget vote</title>{head}</head><body>'
        '<header><img src="/logo.png" alt="Valley Post"></header><article><h1>Budget vote</h1>'
        f"{figure}<p>{'The council voted on the budget after a long debate. ' * 4}</p>"
        "</article></body></html>"
    )


@pytest.mark.parametrize(
    ("value", "address"),
    [
        ("https://cdn.example.com/a.jpg", "https://cdn.example.com/a.jpg"),
        ("/img/a.jpg", "https://www.valleypost.com/img/a.jpg"),
        ("//cdn.example.com/a.jpg", "https://cdn.example.com/a.jpg"),
        (" https://cdn.example.com/a b.jpg ", "https://cdn.example.com/a%20b.jpg"),
        ("javascript:alert(1)", None),
        ("data:image/gif;base64,R0lGOD", None),
        ("http://[::1", None),
    ],
)
def test_an_image_address_is_a_web_address_joined_with_the_pages(
    value: str, address: str | None
) -> None:
    assert image_address(value, URL) == address


def test_a_relative_og_image_is_made_absolute() -> None:
    article = newsextract.extract(_page('<meta property="og:image" content="/img/a.jpg">'), url=URL)
    assert article.image == "https://www.valleypost.com/img/a.jpg"


@pytest.mark.parametrize(
    ("figure", "address"),
    [
        ('<figure><img src="/img/f.jpg" alt="x"></figure>', "/img/f.jpg"),
        (
            '<figure><img src="data:image/gif;base64,R0lG" data-src="/img/l.jpg"></figure>',
            "/img/l.jpg",
        ),
        (
            '<figure><img srcset="/img/s-400.jpg 400w, /img/s-800.jpg 800w"></figure>',
            "/img/s-800.jpg",
        ),
    ],
)
def test_without_metadata_the_first_figures_picture_is_the_image(figure: str, address: str) -> None:
    article = newsextract.extract(_page(figure=figure), url=URL)
    assert article.image == "https://www.valleypost.com" + address
    assert article.provenance["image"] == "html:figure-image"


def test_a_metadata_image_comes_before_the_figure_and_the_logo_is_none() -> None:
    head = '<meta property="og:image" content="https://cdn.example.com/a.jpg">'
    figure = '<figure><img src="/img/f.jpg"></figure>'
    assert (
        newsextract.extract(_page(head, figure), url=URL).image == "https://cdn.example.com/a.jpg"
    )
    assert newsextract.extract(_page(), url=URL).image is None
