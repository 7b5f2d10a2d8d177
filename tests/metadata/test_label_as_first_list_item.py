"""A tag label that is a list's first item labels the items after it (WordPress's
Newspaper theme: "<ul class='td-tags'><li><span>TAGS</span></li><li><a>…</a></li>…");
only the first tag was read."""

from __future__ import annotations

import pytest
from tests.metadata.pages import article_page

import newsextract

_TEXT = (
    "<p>The city opened its new indoor swimming pool on Monday after two years of work.</p>"
    "<p>Entry is free for the first week, and the clubs keep the early morning lanes.</p>"
)


def _tags(label: str, items: str) -> str:
    return f'<ul class="td-tags"><li><span>{label}</span></li>{items}</ul>'


@pytest.mark.parametrize(("language", "label"), [("en", "TAGS"), ("sk", "TAGY")])
def test_the_items_after_a_label_item_are_the_tags(language: str, label: str) -> None:
    items = "".join(f'<li><a href="/tag/{t}/">{t}</a></li>' for t in ("pool", "city", "sport"))
    page = article_page(language, "New pool opens", _TEXT + _tags(label, items))
    assert newsextract.extract(page).tags == ("pool", "city", "sport")


def test_an_item_with_text_besides_its_link_ends_the_run() -> None:
    items = (
        '<li><a href="/tag/pool/">pool</a></li><li><a href="/tag/city/">city</a></li>'
        '<li>Read <a href="/story/">the story of the old pool</a> too</li>'
    )
    page = article_page("en", "New pool opens", _TEXT + _tags("TAGS", items))
    assert newsextract.extract(page).tags == ("pool", "city")
