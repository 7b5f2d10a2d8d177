"""The visible headline as a reader sees it (headline.py): text joined across elements, a
kicker glued from a line of its own dropped."""

from __future__ import annotations

import pytest
from selectolax.lexbor import LexborHTMLParser

import newsextract
from newsextract.metadata.headline import headline_text, set_apart_kicker


def h1(markup: str) -> str:
    node = LexborHTMLParser(markup).css_first("h1")
    assert node is not None
    return headline_text(node)


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # French typography: the page's own space before a colon is kept.
        (
            "<h1>\n  « Marée noire » : la côte bretonne se prépare </h1>",
            "« Marée noire » : la côte bretonne se prépare",
        ),
        # Elements meeting without a space: a word boundary, but not before punctuation.
        (
            "<h1><span>Flood</span><span>:</span> the river rises again</h1>",
            "Flood: the river rises again",
        ),
        (
            "<h1><span>Big</span><span>news</span><span>for</span><span>the</span><span>town</span></h1>",
            "Big news for the town",
        ),
        (
            "<h1>Storm <em>hits</em> the coast<script>var x = 1</script></h1>",
            "Storm hits the coast",
        ),
        # A wiki page's name as its path's links: the slash joins them on both sides.
        (
            "<h1><span><a href='/A'>GettingStarted</a>/<a href='/A/B'>Install</a></span></h1>",
            "GettingStarted/Install",
        ),
        ("<h1><a href='/A'>Guides</a> / <a href='/A/B'>Setup</a></h1>", "Guides / Setup"),
    ],
    ids=["french-colon", "span-colon", "word-spans", "inline-and-script", "path", "spaced-path"],
)
def test_the_text_is_joined_as_shown(markup: str, expected: str) -> None:
    assert h1(markup) == expected


@pytest.mark.parametrize(
    "markup",
    [
        "<h1><small>Islande</small><br> Un nouveau port de pêche ouvre ses portes</h1>",
        "<h1><div class='topic'>Wahl 2025</div> Die Koalition steht nach langer Nacht</h1>",
    ],
    ids=["line-break", "block"],
)
def test_a_kicker_on_its_own_line_without_punctuation_is_dropped(markup: str) -> None:
    assert h1(markup).split()[0] in ("Un", "Die")


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        (
            "<h1><span class='kicker'>Klima</span><span>: </span>"
            "<span>Die Gletscher schmelzen schneller</span></h1>",
            "Klima: Die Gletscher schmelzen schneller",
        ),
        (
            "<h1><small>Klima:</small><br>Die Gletscher schmelzen schneller</h1>",
            "Klima: Die Gletscher schmelzen schneller",
        ),
        (
            "<h1><em>Trump</em> says he will appeal the ruling</h1>",
            "Trump says he will appeal the ruling",
        ),
        ("<h1><div>Breaking</div> Quake</h1>", "Breaking Quake"),
    ],
    ids=["punctuated-kicker", "punctuated-line", "inline-first-word", "too-short-a-rest"],
)
def test_other_first_elements_stay(markup: str, expected: str) -> None:
    assert h1(markup) == expected


def test_a_french_headline_keeps_its_space_before_the_colon_end_to_end() -> None:
    html = (
        "<html lang='fr'><head><title>« Marée noire » : la côte se prépare | Le Courrier</title>"
        "<meta property='og:title' content='« Marée noire » : la côte se prépare'></head>"
        "<body><article><h1>\n « Marée noire » : la côte se prépare\n</h1>"
        "<p>Les habitants de la côte attendent la nappe de pétrole depuis trois jours.</p>"
        "</article></body></html>"
    )
    article = newsextract.extract(html, "https://www.lecourrier.example/maree-noire")
    assert article.title == "« Marée noire » : la côte se prépare"
    assert article.provenance["title"] == "html:h1"


def test_an_h1_wrapping_a_whole_page_is_read_in_one_pass() -> None:
    text = h1("<h1>" + "<span>word</span>" * 5000 + "</h1>")
    assert text.split() == ["word"] * 5000


def test_a_badge_after_the_headline_is_no_word_of_it() -> None:
    from selectolax.lexbor import LexborHTMLParser

    from newsextract.metadata.headline import headline_text

    def h1(inner: str) -> str:
        node = LexborHTMLParser(f"<h1>{inner}</h1>").css_first("h1")
        assert node is not None
        return headline_text(node)

    badge = '<span class="video-label">Video</span>'
    assert h1(f"Farmers protest new water rules {badge}") == "Farmers protest new water rules"
    # Before the headline, on a line of its own, a labelled element is a kicker, as before.
    kicker = '<div class="topic-label">100. Geburtstag</div>'
    assert h1(f"{kicker} Margot Friedländer wird 100 Jahre") == "Margot Friedländer wird 100 Jahre"
    # A last element without a label's class, or of more words, is the headline's.
    assert h1("Farmers protest <em>new water rules</em>") == "Farmers protest new water rules"
    long = '<span class="label">the new water rules</span>'
    assert h1(f"Farmers protest {long}") == "Farmers protest the new water rules"


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        (
            "<h1 id='setup'><a class='anchor' href='#setup'>#</a> Setting up the cache</h1>",
            "Setting up the cache",
        ),
        (
            "<h1>Installation<a class='headerlink' href='#installation'>¶</a></h1>",
            "Installation",
        ),
        # A sign that is the headline's own text, not an element of its own, stays.
        ("<h1># of voters rises again</h1>", "# of voters rises again"),
    ],
    ids=["before", "after", "text"],
)
def test_a_heading_link_to_itself_is_no_word_of_it(markup: str, expected: str) -> None:
    assert h1(markup) == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        (
            "<h1>Letný festival priláka tisíce návštevníkov <span class='subtitle'>Organizátori"
            " rátajú s rekordnou účasťou</span></h1>",
            "Letný festival priláka tisíce návštevníkov",
        ),
        (
            "<h1>Harbour ferry fares rise <div class='article-dek'>The council blames fuel"
            " costs</div></h1>",
            "Harbour ferry fares rise",
        ),
        # a class word that only holds "title" or "deck" in a longer word names no subtitle
        (
            "<h1>Harbour ferry fares rise <span class='decking'>again</span></h1>",
            "Harbour ferry fares rise again",
        ),
    ],
)
def test_a_subtitle_element_after_the_headline_is_no_word_of_it(markup: str, expected: str) -> None:
    assert h1(markup) == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        (
            "<h1>Crispy Chickpea Salad <a class='jump' href='#recipe'>Jump to Recipe</a></h1>",
            "Crispy Chickpea Salad",
        ),
        (
            "<h1>Ferry fares rise again <a href='#comments'>12 comments</a></h1>",
            "Ferry fares rise again",
        ),
        # a link to another page, or one the headline's words open with, stays
        (
            "<h1>Ferry fares rise, says <a href='/people/mayor'>the mayor</a></h1>",
            "Ferry fares rise, says the mayor",
        ),
        ("<h1><a href='#top'>Ferry fares</a> rise again</h1>", "Ferry fares rise again"),
        # a comment counter by its class, linked or not
        (
            "<h1>Ferry fares rise again <span class='comments-count'>12 comments</span></h1>",
            "Ferry fares rise again",
        ),
        (
            "<h1>Ferry fares rise again <span class='commentary'>and again</span></h1>",
            "Ferry fares rise again and again",
        ),
        # an item's number in an element of its own (an issue tracker's), not in the words
        (
            "<h1><bdi>Crash on the settings page</bdi> <span class='num'>#412</span></h1>",
            "Crash on the settings page",
        ),
        ("<h1>Why the ferry is #1 again</h1>", "Why the ferry is #1 again"),
    ],
)
def test_a_jump_link_a_comment_counter_or_a_number_after_the_headline_is_no_word_of_it(
    markup: str, expected: str
) -> None:
    assert h1(markup) == expected


def test_a_headline_set_over_lines_alike_keeps_its_first_line() -> None:
    line = "<span class='line'>{}</span>"
    lines = f"<h1>{line.format('Ilgas kelias atgal')}<br>{line.format('į gimtąjį miestą')}</h1>"
    assert h1(lines) == "Ilgas kelias atgal į gimtąjį miestą"
    # a kicker in an element of its own kind, or plain elements, is dropped as before
    headline = "Un nouveau port de pêche ouvre ses portes"
    kicker = f"<h1><span class='kicker'>Islande</span><br><span class='main'>{headline}</span></h1>"
    assert h1(kicker) == headline
    plain = f"<h1><span>Islande</span><br><span>{headline}</span></h1>"
    assert h1(plain) == headline


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # a kicker its class names, set apart by type alone, without punctuation after it
        (
            "<h1><span class='kicker'>Potres</span> <span class='title-main'>Zagreb pojačava"
            " obnovu škola</span></h1>",
            "Zagreb pojačava obnovu škola",
        ),
        (
            "<h1><span class='article-overline'>Verkehr</span>Neue Buslinie fährt ab Montag</h1>",
            "Neue Buslinie fährt ab Montag",
        ),
        # punctuated, it is the page's own separator: kept (the title's choice reads it)
        (
            "<h1><span class='kicker'>Potres:</span> Zagreb pojačava obnovu škola</h1>",
            "Potres: Zagreb pojačava obnovu škola",
        ),
        # too short a rest, or a class only holding the word in a longer one: kept
        ("<h1><span class='kicker'>Breaking</span> Quake</h1>", "Breaking Quake"),
        (
            "<h1><span class='kickerboxed'>Harbour</span> ferry fares rise again</h1>",
            "Harbour ferry fares rise again",
        ),
        # set after the headline, a kicker-named element is no furniture: kept
        (
            "<h1>Ferry fares rise again <span class='kicker'>today</span></h1>",
            "Ferry fares rise again today",
        ),
    ],
    ids=["kicker-span", "overline-glued", "punctuated", "short-rest", "longer-word", "after"],
)
def test_a_kicker_named_by_its_class_without_punctuation_is_dropped(
    markup: str, expected: str
) -> None:
    assert h1(markup) == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        (
            "<h1>මහනුවර පෙරහැර සඳහා විශේෂ දුම්රිය <span class='byline'>- නිමල් පෙරේරා</span></h1>",
            "මහනුවර පෙරහැර සඳහා විශේෂ දුම්රිය",
        ),
        (
            "<h1>Harbour ferry fares rise <span class='author-name'>Jo Reed</span></h1>",
            "Harbour ferry fares rise",
        ),
        # the word inside a longer one names no byline; a byline before the headline stays
        (
            "<h1>Harbour ferry fares rise <span class='authority'>again</span></h1>",
            "Harbour ferry fares rise again",
        ),
        (
            "<h1><span class='byline'>Jo Reed</span> Harbour ferry fares rise</h1>",
            "Jo Reed Harbour ferry fares rise",
        ),
    ],
)
def test_a_byline_element_after_the_headline_is_no_word_of_it(markup: str, expected: str) -> None:
    assert h1(markup) == expected


def _kicker_page(meta_title: str) -> str:
    return (
        "<html lang='hr'><head><title>" + meta_title + " - Jutarnji Jadran</title>"
        f"<meta property='og:title' content='{meta_title}'></head><body><article>"
        "<h1><span class='kicker'>Potres</span> <span class='main'>Zagreb pojačava obnovu"
        " škola</span></h1><p>Stanovnici grada okupili su se jutros na trgu kako bi čuli "
        "vijesti o obnovi škola i o tome kada počinju radovi.</p></article></body></html>"
    )


@pytest.mark.parametrize(
    ("meta_title", "expected"),
    [
        # every metadata title joins the kicker the <h1> shows: the publisher's convention
        ("Potres: Zagreb pojačava obnovu škola", "Potres: Zagreb pojačava obnovu škola"),
        # a metadata title with another kicker, or none: the headline alone
        ("Obnova: Zagreb pojačava obnovu škola", "Zagreb pojačava obnovu škola"),
        ("Zagreb pojačava obnovu škola", "Zagreb pojačava obnovu škola"),
    ],
    ids=["joined", "other-kicker", "none"],
)
def test_a_kicker_set_apart_by_class_is_the_titles_when_a_metadata_title_joins_it(
    meta_title: str, expected: str
) -> None:
    article = newsextract.extract(_kicker_page(meta_title), "https://jj.example/vijesti/potres-1")
    assert article.title == expected


def test_set_apart_kicker_names_only_a_class_named_kicker() -> None:
    def kicker(markup: str) -> str:
        node = LexborHTMLParser(markup).css_first("h1")
        assert node is not None
        return set_apart_kicker(node)

    assert kicker("<h1><span class='kicker'>Potres</span> Zagreb pojačava obnovu</h1>") == "Potres"
    assert kicker("<h1><small>Potres</small><br>Zagreb pojačava obnovu</h1>") == ""
    assert kicker("<h1>Zagreb pojačava obnovu škola</h1>") == ""
