from __future__ import annotations

import pytest

from newsextract.metadata.authors import split_byline


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ("By Jane Doe and John Roe, Staff Writers", ["Jane Doe", "John Roe"]),
        ("Par Marine Guichard, le", ["Marine Guichard"]),
        ("Von Max Mustermann", ["Max Mustermann"]),
        ("Por María García", ["María García"]),
        ("Di Mario Rossi", ["Mario Rossi"]),
        ("Door Jan de Vries", ["Jan de Vries"]),
        ("By JANE DOE | Updated 3 May 2020", ["Jane Doe"]),
        ("By Marcus Bell · Feb. 26, 2024", ["Marcus Bell"]),
        ("Per-Arne Lindvik", ["Per-Arne Lindvik"]),
        ("Autorin/Autor Roman Kovalyshyn", ["Roman Kovalyshyn"]),
        ("Elena Brunnmeier (bru)", ["Elena Brunnmeier"]),
        ("신현주 기자", ["신현주"]),
        ("View all posts by Cem Basman", ["Cem Basman"]),
        ("Grant Holloway, PhD", ["Grant Holloway"]),
        ("dpa", ["dpa"]),
        ("https://www.facebook.com/someone", []),
        ("red", []),
        ("Montag", []),
    ],
)
def test_split_byline(byline: str, names: list[str]) -> None:
    assert split_byline(byline) == names


def test_a_person_publishing_their_own_blog_stays_the_author() -> None:
    import newsextract

    graph = (
        '{"@type": "BlogPosting", "headline": "Notes from the hill",'
        ' "author": {"@type": "Person", "name": "Ruth Amsel"},'
        ' "publisher": {"@type": "Person", "name": "Ruth Amsel"}}'
    )
    html = f'<html><head><script type="application/ld+json">{graph}</script></head>'
    html += "<body><h1>Notes from the hill</h1><p>Text.</p></body></html>"
    article = newsextract.extract(html, url="https://notesfromthehill.blog/a")
    assert article.authors == ("Ruth Amsel",)
    newsroom = html.replace(
        '"publisher": {"@type": "Person"', '"publisher": {"@type": "Organization"'
    )
    # A newsroom's credit: the site is the author when no one else is named.
    assert newsextract.extract(newsroom, url="https://x.org/a").authors == ("Ruth Amsel",)


def test_the_site_s_name_is_the_publisher_of_a_person_s_own_blog() -> None:
    """The person stays the author; as the publisher a user asks for the site's name, when
    the page gives one, and the person's name only when it gives none."""
    import newsextract

    graph = (
        '{"@type": "BlogPosting", "headline": "Six months with a heat pump",'
        ' "author": {"@type": "Person", "name": "Ruth Amsel"},'
        ' "publisher": {"@type": "Person", "name": "Ruth Amsel"}}'
    )
    head = f'<script type="application/ld+json">{graph}</script>'
    body = "<body><h1>Six months with a heat pump</h1><p>Text.</p></body></html>"
    site = '<meta property="og:site_name" content="Notes from the Hill">'
    named = newsextract.extract(f"<html><head>{head}{site}</head>{body}", url="https://x.org/a")
    assert (named.publisher, named.authors) == ("Notes from the Hill", ("Ruth Amsel",))
    unnamed = newsextract.extract(f"<html><head>{head}</head>{body}", url="https://x.org/a")
    assert (unnamed.publisher, unnamed.authors) == ("Ruth Amsel", ("Ruth Amsel",))


@pytest.mark.parametrize("byline", ["Agenturen", "red, Agenturen", "Agences", "staff"])
def test_credits_naming_no_one_are_no_names(byline: str) -> None:
    assert split_byline(byline) == []


def test_the_newsroom_and_its_agencies_credit_the_site() -> None:
    import newsextract

    graph = (
        '{"@type": "NewsArticle", "headline": "Neue Brücke eröffnet",'
        ' "author": {"@type": "Organization", "name": "Flussbote.at"},'
        ' "publisher": {"@type": "Organization", "name": "Flussbote.at"}}'
    )
    html = (
        f'<html><head><script type="application/ld+json">{graph}</script></head><body>'
        "<article><h1>Neue Brücke eröffnet</h1><p>Die Brücke ist offen.</p>"
        '<div class="byline">red, Flussbote.at/Agenturen</div></article></body></html>'
    )
    article = newsextract.extract(html, url="https://flussbote.at/stories/1/")
    assert article.authors == ("Flussbote.at",)


@pytest.mark.parametrize(
    ("closing", "authors"),
    [
        ('<p style="text-align: right"><b>Jana Novak</b></p>', ("Jana Novak",)),
        ('<p align="right"><em>Jana Novak</em></p>', ("Jana Novak",)),
        # A bold name alone as the page's last text, with no byline anywhere, signs it too,
        # flush right or not (metadata/closing_signature.py, the 63rd wave).
        ("<p><strong>Jana Novak</strong></p>", ("Jana Novak",)),
        # Not set off in bold or italics, not the last paragraph, a sentence.
        ('<p style="text-align:right">Jana Novak</p>', ()),
        ('<p style="text-align:right"><b>Jana Novak</b></p><p>One more line here.</p>', ()),
        ('<p style="text-align:right"><b>Read the whole series on our site.</b></p>', ()),
    ],
)
def test_a_signature_closing_the_article(closing: str, authors: tuple[str, ...]) -> None:
    import newsextract

    html = (
        "<html><body><article><h1>River levels fall</h1>"
        f"<p>The river fell by a metre overnight, the agency said.</p>{closing}"
        "</article></body></html>"
    )
    assert newsextract.extract(html, url="https://x.example/a").authors == authors


@pytest.mark.parametrize(
    ("label", "authors"),
    [("Verfasst von", ("Karla Winter",)), ("Written by", ("Karla Winter",)),
     ("Est. reading time", ())],
)  # fmt: skip
def test_a_twitter_card_reading_aid_naming_the_author(label: str, authors: tuple[str, ...]) -> None:
    import newsextract

    html = (
        '<html><head><meta name="twitter:label1" content="' + label + '">'
        '<meta name="twitter:data1" content="Karla Winter"></head>'
        "<body><article><h1>Kolumne: Sonntag</h1><p>Ein Text.</p></article></body></html>"
    )
    assert newsextract.extract(html, url="https://kolumne.example/a").authors == authors


def test_a_label_of_the_pages_own_language_only_is_cut_there() -> None:
    """Catalan "Per" is a byline label on a Catalan page, a word or a name elsewhere."""
    from newsextract.metadata.authors import split_byline

    assert split_byline("Per Joana Puig", "ca") == ["Joana Puig"]
    assert split_byline("Per Joana Puig", "it") == ["Per Joana Puig"]
    assert split_byline("Per Olsen", "ca") == ["Per Olsen"]  # a two-word name stays whole


@pytest.mark.parametrize(
    ("byline", "language", "names"),
    [
        ("Theo Nguyễn Văn An", "vi", ["Nguyễn Văn An"]),  # "theo": "by", on Vietnamese pages
        ("Του Γιώργου Παπαδόπουλου", "el", ["Γιώργου Παπαδόπουλου"]),  # "of the", genitive
        ("de Ion Popescu", "ro", ["Ion Popescu"]),
        ("de Ion Popescu", "fr", ["de Ion Popescu"]),
    ],
)
def test_own_language_labels(byline: str, language: str, names: list[str]) -> None:
    from newsextract.metadata.authors import split_byline

    assert split_byline(byline, language) == names


def test_a_bracketed_byline_is_read_inside_its_brackets() -> None:
    from newsextract.metadata.authors import split_byline

    assert split_byline("（記者：山田太郎）", "ja") == ["山田太郎"]


def test_chinese_names_between_spaces_are_several_on_a_chinese_page_only() -> None:
    from newsextract.metadata.authors import split_byline

    assert split_byline("记者 张三 李四", "zh") == ["张三", "李四"]
    assert split_byline("記者：山田 太郎", "ja") == ["山田 太郎"]  # one Japanese name


def test_a_long_run_of_white_space_is_one_space_to_the_byline_tails() -> None:
    """``trim_byline`` and the site-name cut read one line: a 30,000-space run made their
    neighbouring ``\\s*`` backtrack for minutes."""
    from newsextract.metadata.byline_tails import trim_byline
    from newsextract.metadata.site_names import strip_site_name

    assert trim_byline("By Jane" + " " * 30_000 + "Doe") == "By Jane Doe"
    assert strip_site_name("Storm" + " " * 30_000 + "hits | Courier", ["Courier"]) == "Storm hits"
