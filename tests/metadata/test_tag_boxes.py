"""Tags in a box whose class alone names it the article's tag list (``html:tag-box``): no
label, no rel=tag, no topic address (SPIP's keyword links "+-Asie-+", tags shown without
links). The last source, which only fills an empty field: a site's boxes (a tag cloud, a
trending bar), a box holding a sentence or a button beside its items, a lone badge and a
list of headlines are none, and another source's list is never narrowed by one."""

from __future__ import annotations

import json

import pytest
from tests.metadata.pages import article_page, filler

import newsextract

URL = "https://paper.example/2025/04/bridge"


def _page(language: str, after: str, head: str = "") -> str:
    html = article_page(language, "Bridge", filler("bridge") + after)
    return html.replace("</head>", head + "</head>", 1)


def _links(*texts: str) -> str:
    return " ".join(f'<a class="mots" href="+-w{n}-+">{t}</a>' for n, t in enumerate(texts))


@pytest.mark.parametrize(
    ("language", "box", "want"),
    [
        ("fr", f'<div class="decale tags">{_links("Asie", "Censure", "Corée du Sud")}</div>',
         ("Asie", "Censure", "Corée du Sud")),
        ("en", '<ul class="article-tags"><li>Libraries</li><li>Council</li></ul>',
         ("Libraries", "Council")),
        ("es", f'<div class="nota__keywords">{_links("puente", "río")}</div>',
         ("puente", "río")),
        ("de", f'<p>x</p><div class="c-keywords">{_links("Brücke", "Radweg")}</div>',
         ("Brücke", "Radweg")),
        ("pl", f'<div class="Article-Tag-List">{_links("most", "rzeka")}</div>',
         ("most", "rzeka")),
        ("ru", f'<div class="news-tags">{_links("мост", "река")}, </div>', ("мост", "река")),
        # Drupal's tags field with its own heading, a label the language files lack
        ("so", '<div class="field--name-field-tags"><div class="field__label">Calaamado</div>'
         f'<div class="field__items">{_links("Hargeysa", "caafimaad")}</div></div>',
         ("Hargeysa", "caafimaad")),
        # chips: the first is an item, no heading
        ("de", '<div class="tag-list"><span>Athletics</span><span>Leichtathletik</span></div>',
         ("Athletics", "Leichtathletik")),
        ("ha", f'<div class="post-tags"><h4>Kalmomi:</h4>{_links("Kano", "kasuwa")}</div>',
         ("Kano", "kasuwa")),
    ],
)  # fmt: skip
def test_a_box_named_as_the_tag_list_gives_the_tags(
    language: str, box: str, want: tuple[str, ...]
) -> None:
    article = newsextract.extract(_page(language, box), URL)
    assert article.tags == want
    assert article.provenance["tags"] == "html:tag-box"


@pytest.mark.parametrize(
    "box",
    [
        f'<div class="tag-cloud">{_links("Wetter", "Sport")}</div>',  # the site's every tag
        f'<div class="trending-tags">{_links("Wahl", "Hitze")}</div>',  # the site's hot topics
        f'<p class="tags">Mehr zu {_links("Brücke")} und {_links("Radweg")}.</p>',  # a sentence
        f'<div class="tags">{_links("Brücke")}<button>Folgen</button></div>',  # a button
        f'<div class="tags">{_links("Brücke")}</div>',  # one badge
        # a heading longer than a label: a sentence over the links
        f'<div class="tags"><p>Mehr aus der Stadt und dem Umland</p>{_links("Brücke", "Radweg")}'
        "</div>",
        f'<div class="tags"><span>3 Themen</span>{_links("Brücke", "Radweg")}</div>',  # a count
        '<div class="tags">' + _links("Die Brücke über den Fluss wird im Mai endlich eröffnet")
        + _links("Der Radweg am Ufer bleibt bis zum Herbst wegen Bauarbeiten gesperrt") + "</div>",
        f'<aside><div class="tags">{_links("Wetter", "Sport")}</div></aside>',  # the sidebar
        f'<div class="stage">{_links("Wetter", "Sport")}</div>',  # "tag" inside a word
        f'<div class="vintage-tagline">{_links("Wetter", "Sport")}</div>',
    ],
)  # fmt: skip
def test_boxes_that_are_no_tag_list(box: str) -> None:
    assert newsextract.extract(_page("de", box), URL).tags == ()


def test_a_tag_box_fills_only_and_narrows_no_other_list() -> None:
    """A box known by its class alone is too weak a witness to say which items of the
    JSON-LD's keywords are the tags."""
    node = {"@context": "https://schema.org", "@type": "NewsArticle",
            "keywords": "Politik, Brücke, Radweg, Stadtrat"}  # fmt: skip
    script = f'<script type="application/ld+json">{json.dumps(node)}</script>'
    box = f'<div class="tags">{_links("Brücke", "Radweg", "Stadtrat")}</div>'
    article = newsextract.extract(_page("de", box, script), URL)
    assert article.tags == ("Politik", "Brücke", "Radweg", "Stadtrat")
    assert article.provenance["tags"] == "jsonld:keywords"
