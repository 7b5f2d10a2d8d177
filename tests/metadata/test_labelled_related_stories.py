"""A label of tags that also heads related stories ("Mehr zum Thema", "Related topics"):
when every link of its list leads to another article of the site (an address shaped as the
page's own: as many segments, a year in the same place, a slug of several words), the list
is stories, no tags, and the page's real tag list is read instead."""

from __future__ import annotations

import pytest
from tests.metadata.pages import article_page, filler

import newsextract


def _stories(label: str, *slugs: str) -> str:
    links = "<br>".join(
        f'<strong><a href="/{year}/{slug}/">{slug.replace("-", " ").title()}</a></strong>'
        for year, slug in (s.split("/") for s in slugs)
    )
    return f"<p>{label} <br>{links}</p>"


def _topics(*names: str) -> str:
    links = " ".join(f'<a href="/tag/{n.lower()}/">{n}</a>' for n in names)
    return f"<div class='topics-line'>{links}</div>"


@pytest.mark.parametrize(
    ("language", "label", "url"),
    [
        ("de", "Mehr zum Thema:", "https://podcast.example.de/2019/folge-158-sterne/"),
        ("en", "Related topics:", "https://radio.example.com/2021/episode-12-rivers/"),
        ("fr", "Sujets:", "https://blog.example.fr/2020/le-pont-neuf-rouvre/"),
    ],
)
def test_a_labelled_list_of_other_articles_is_no_tag_list(
    language: str, label: str, url: str
) -> None:
    related = _stories(label, "2014/folge-35-gsi", "2019/folge-157-kurz-sterne")
    html = article_page(
        language, "Sterne", filler("Sterne") + related + _topics("Physik", "Sterne")
    )
    assert newsextract.extract(html, url).tags == ("Physik", "Sterne")


def test_a_page_address_without_a_year_keeps_the_list() -> None:
    """An address without a year says too little of what the links lead to."""
    related = _stories("Mehr zum Thema:", "2014/folge-35-gsi", "2019/folge-157-kurz-sterne")
    html = article_page("de", "Sterne", filler("Sterne") + related)
    tags = newsextract.extract(html, "https://podcast.example.de/folge-158-sterne").tags
    assert tags == ("Folge 35 Gsi", "Folge 157 Kurz Sterne")


def test_topic_pages_under_a_label_stay_tags() -> None:
    topics = "<p>Mehr zum Thema: " + _topics("Physik", "Sterne") + "</p>"
    html = article_page("de", "Sterne", filler("Sterne") + topics)
    url = "https://podcast.example.de/2019/folge-158-sterne/"
    assert newsextract.extract(html, url).tags == ("Physik", "Sterne")
