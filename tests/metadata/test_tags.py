"""Tag lists: items that are no topic, lists whose separators were lost, labels in boxes."""

from __future__ import annotations

import pytest

import newsextract
from newsextract.metadata.tags import split_tags, tag_items, without_accent_twins


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        (["Bank of Canada", "Jobs"], ("Bank of Canada", "Jobs")),
        # A content system's id and facets are not topics.
        (["3f2b9c1e-77aa-4c1d-9e0f-123456789abc", "Jobs"], ("Jobs",)),
        (["Category: Transport", "Entity Tokens: Riverton", "Jobs"], ("Jobs",)),
        (["tagname:Wire", "Section: Sport:Football", "Rugby"], ("Rugby",)),
        (["id:48213", "Pagetype: Article", "paywall:free", "Rugby"], ("Rugby",)),
        # A "tag:" key before the topic; a program's settings ("key:value", no space).
        (["Tag:Nodejs", "Lite:true", "LayerCake:0", "Source:LOCKED_NONE"], ("Nodejs",)),
        (["Re:Zero", "Rugby"], ("Re:Zero", "Rugby")),
        # A colon in a title is not a facet.
        (["Star Wars: A New Hope"], ("Star Wars: A New Hope",)),
        # Stray letters of a list typed by hand.
        (["Elections", "p", "n", "Senate"], ("Elections", "Senate")),
        # One string of many words: a list whose separators were lost.
        (["Rudern Ruderclub Alster Hamburg Regatta Sommer Achter Vierer Einer"], ()),
        (["River Dene footbridge vote of the county board"],
         ("River Dene footbridge vote of the county board",)),
        (["東京", "五輪"], ("東京", "五輪")),
    ],
)  # fmt: skip
def test_tag_items(values: list[str], expected: tuple[str, ...]) -> None:
    assert tag_items(values) == expected


@pytest.mark.parametrize(
    ("items", "expected"),
    [
        (("Málaga", "puerto", "Malaga"), ("Málaga", "puerto")),
        (("Αθήνα", "Αθηνα"), ("Αθήνα",)),
        # "й" is a Cyrillic letter of its own, not "и" with an accent: two words.
        (("фотографий", "фотографии"), ("фотографий", "фотографии")),
    ],
)  # fmt: skip
def test_a_tag_repeated_without_its_accents_is_one(
    items: tuple[str, ...], expected: tuple[str, ...]
) -> None:
    assert without_accent_twins(items) == expected


def test_the_arabic_comma_separates_tags() -> None:
    assert split_tags("عبارة، ميناء، الإسكندرية") == ["عبارة", " ميناء", " الإسكندرية"]


def _page(head: str, body: str = "<h1>Regatta am Sonntag</h1><p>Text.</p>") -> str:
    return f"<html><head>{head}</head><body><article>{body}</article></body></html>"


def test_a_run_together_keyword_string_gives_way_to_a_real_list() -> None:
    graph = (
        '{"@type": "NewsArticle", "headline": "Regatta am Sonntag",'
        ' "keywords": "Rudern Ruderclub Alster Hamburg Regatta Sommer Achter Vierer Einer"}'
    )
    head = (
        f'<script type="application/ld+json">{graph}</script>'
        '<meta name="news_keywords" content="Rudern, Alster, Regatta">'
    )
    article = newsextract.extract(_page(head), url="https://example.org/a")
    assert article.tags == ("Rudern", "Alster", "Regatta")


def test_machine_items_are_dropped_from_json_ld_keywords() -> None:
    graph = (
        '{"@type": "NewsArticle", "headline": "Regatta am Sonntag",'
        ' "keywords": ["0b5e7d0c-1c2d-4e8f-9a0b-4c5d6e7f8a9b", "Rudern", "Category: Sport"]}'
    )
    head = f'<script type="application/ld+json">{graph}</script>'
    assert newsextract.extract(_page(head), url="https://example.org/a").tags == ("Rudern",)


def test_a_label_alone_in_its_boxes_labels_the_list_after_them() -> None:
    body = (
        "<h1>Regatta am Sonntag</h1><p>Text.</p>"
        '<div class="tags"><div class="head"><div class="row"><h4>Mehr lesen über</h4></div>'
        "</div><ul><li><a href='/sport/rudern/'>Rudern</a></li>"
        "<li><a href='/hamburg/'>Hamburg</a></li></ul></div>"
    )
    article = newsextract.extract(_page("", body), url="https://example.org/a")
    assert article.tags == ("Rudern", "Hamburg")


def test_a_label_in_a_box_with_other_text_labels_nothing_outside_it() -> None:
    body = (
        "<h1>Regatta am Sonntag</h1><p>Text.</p>"
        "<div><span>Die wichtigsten Nachrichten</span><div><h4>Themen</h4></div></div>"
        "<ul><li><a href='/a/'>Impressum</a></li><li><a href='/b/'>Kontakt</a></li></ul>"
    )
    article = newsextract.extract(_page("", body), url="https://example.org/a")
    assert article.tags == ()


def _topics_page(links: str, head: str = "") -> str:
    return (
        f"<html><head>{head}</head><body>"
        '<nav><ul><li><a href="/news/topics/c1">Elections</a></li>'
        '<li><a href="/news/topics/c2">Weather</a></li></ul></nav>'
        "<article><h1>Ferry service resumes</h1>"
        '<p>The ferry runs again, <a href="/news/topics/c9">the operator</a> said.</p>'
        f"{links}</article></body></html>"
    )


_TOPIC_LIST = (
    '<div class="topics"><div><a href="/news/topics/c3">Ferries</a></div>'
    '<div><a href="/news/topics/c4">Shetland</a></div>'
    '<div><a href="/news/topics/c5">Transport</a></div></div>'
)


def test_links_to_topic_pages_are_tags_when_no_source_names_any() -> None:
    article = newsextract.extract(_topics_page(_TOPIC_LIST), url="https://example.org/a")
    assert article.tags == ("Ferries", "Shetland", "Transport")
    assert article.provenance["tags"] == "html:topic-links"


def test_topic_links_come_after_every_other_tag_source() -> None:
    head = '<meta name="keywords" content="Ferries, Islands">'
    article = newsextract.extract(_topics_page(_TOPIC_LIST, head), url="https://example.org/a")
    assert article.tags == ("Ferries", "Islands")


def test_a_menu_or_a_mention_in_the_text_is_no_topic_list() -> None:
    article = newsextract.extract(_topics_page(""), url="https://example.org/a")
    assert article.tags == ()


@pytest.mark.parametrize(
    ("links", "tags"),
    [
        # A tag label of another language in the address ("aiheet", Finnish "topics").
        (
            '<ul class="x"><li><a href="/aiheet/politiikka">Politiikka</a></li>'
            '<li><a href="/aiheet/eu">EU</a></li></ul>',
            ("Politiikka", "EU"),
        ),
        # Hashtag pages: the tags as the page writes them.
        (
            '<div class="x"><a href="/hashtag/budget">#Budget</a> '
            '<a href="/hashtag/council">#Council</a></div>',
            ("#Budget", "#Council"),
        ),
    ],
)
def test_topic_addresses_in_other_languages_and_hashtags(links: str, tags: tuple[str, ...]) -> None:
    assert newsextract.extract(_topics_page(links), url="https://e.fi/a").tags == tags


@pytest.mark.parametrize(
    "menu",
    [
        # Links to the topic pages of the site's language editions.
        '<ul class="lang"><li><a href="/de/themen/">Deutsch</a></li>'
        '<li><a href="/es/temas/">Español</a></li><li><a href="/pt-br/topicos/">Português</a>'
        "</li></ul>",
        # A language switcher that says so.
        '<ul class="lang"><li><a hreflang="de" href="/themen/de">Deutsch</a></li>'
        '<li><a hreflang="es" href="/temas/es">Español</a></li></ul>',
    ],
)
def test_a_menu_of_language_editions_is_no_topic_list(menu: str) -> None:
    article = newsextract.extract(_topics_page(menu), url="https://example.org/en/a")
    assert article.tags == ()


def test_topic_links_naming_one_language_are_tags() -> None:
    """A content system may set ``hreflang`` on every link, with its one language or "und"."""
    links = (
        '<ul class="x"><li><a hreflang="de" href="/themen/wahlen">Wahlen</a></li>'
        '<li><a hreflang="und" href="/themen/wetter">Wetter</a></li></ul>'
    )
    article = newsextract.extract(_topics_page(links), url="https://example.org/a")
    assert article.tags == ("Wahlen", "Wetter")


def test_topic_links_of_one_edition_are_tags() -> None:
    links = (
        '<ul class="x"><li><a href="/de/themen/wahlen">Wahlen</a></li>'
        '<li><a href="/de/themen/wetter">Wetter</a></li></ul>'
    )
    article = newsextract.extract(_topics_page(links), url="https://example.org/de/a")
    assert article.tags == ("Wahlen", "Wetter")


@pytest.mark.parametrize(
    ("value", "items"),
    [
        ("US;AWARDS;Arts / Theatre;Film", ["US", "AWARDS", "Arts / Theatre", "Film"]),
        ("東京、五輪、開会式", ["東京", "五輪", "開会式"]),
        ("经济，股市", ["经济", "股市"]),
        ("Politik | Berlin", ["Politik ", " Berlin"]),
        ("Crime, Courts; appeals", ["Crime", " Courts; appeals"]),
        ("Klimawandel", ["Klimawandel"]),
        # a series closed by "&" names one topic (a taxonomy's category), not three
        ("Business, Finance, & Economics", ["Business, Finance, & Economics"]),
        ("Politics, Food & Drink", ["Politics", " Food & Drink"]),
    ],
)
def test_split_tags_on_the_separator_the_string_uses(value: str, items: list[str]) -> None:
    assert split_tags(value) == items


def test_semicolon_keywords_are_a_list() -> None:
    head = '<meta name="news_keywords" content="US;Awards;Film;South Korea">'
    article = newsextract.extract(_page(head), url="https://example.org/a")
    assert article.tags == ("US", "Awards", "Film", "South Korea")


def test_every_labelled_tag_list_of_the_article_counts() -> None:
    body = (
        "<h1>Regatta am Sonntag</h1>"
        '<div class="top"><span class="off-screen">Related Topics</span>'
        "<ul><li><a href='/t/1'>Rowing</a></li></ul></div><p>Text.</p>"
        "<div><h2>Related Topics</h2><ul><li><a href='/t/2'>Hamburg</a></li>"
        "<li><a href='/t/1'>Rowing</a></li><li><a href='/t/3'>Summer</a></li></ul></div>"
    )
    article = newsextract.extract(_page("", body), url="https://example.org/a")
    assert article.tags == ("Rowing", "Hamburg", "Summer")


def test_keywords_naming_the_site_itself_are_no_topic() -> None:
    head = (
        '<meta property="og:site_name" content="Hafenblatt Digital">'
        '<meta name="keywords" content="Hafenblatt Digital, Rudern, hafenblatt.de, Hamburg">'
    )
    article = newsextract.extract(_page(head), url="https://www.hafenblatt.de/sport/a")
    assert article.tags == ("Rudern", "Hamburg")


def test_the_articles_own_slug_is_no_topic() -> None:
    head = (
        '<meta property="article:tag" content="harbour ferry fares rise again">'
        '<meta name="news_keywords" content="Ferries, Hamburg">'
    )
    url = "https://example.org/news/article-123/harbour-ferry-fares-rise-again.html"
    assert newsextract.extract(_page(head), url=url).tags == ("Ferries", "Hamburg")


def test_an_organisation_may_tag_its_own_name() -> None:
    head = '<meta name="keywords" content="ferrylines, timetable">'
    article = newsextract.extract(_page(head), url="https://docs.ferrylines.org/timetable/")
    assert article.tags == ("ferrylines", "timetable")


def test_dublin_core_terms_subject_names_tags() -> None:
    head = '<meta name="DCTERMS.subject" content="Klimawandel, Glasgow">'
    assert newsextract.extract(_page(head), url="https://example.org/a").tags == (
        "Klimawandel",
        "Glasgow",
    )


def test_microdata_keywords_marked_on_each_tag_link() -> None:
    body = (
        '<div itemscope itemtype="https://schema.org/NewsArticle">'
        '<h1 itemprop="headline">Regatta am Sonntag</h1><p>Text.</p>'
        '<p><a itemprop="keywords" href="/t/rudern">Rudern</a> '
        '<a itemprop="keywords" href="/t/alster">Alster</a></p></div>'
    )
    html = f"<html><body>{body}</body></html>"
    assert newsextract.extract(html, url="https://example.org/a").tags == ("Rudern", "Alster")
