"""The lazy selector scan of the byline and lead classes: every match, in page order."""

from __future__ import annotations

import pytest
from selectolax.lexbor import LexborHTMLParser

from newsextract.metadata import html as html_source
from newsextract.metadata import markup_tags
from newsextract.name_lists import has_name_token, matches_in_order
from newsextract.page import ParsedPage

PAGE = """<html><body>
<div class="Author-box"><span class="byline">By <a rel="author">Jane Doe</a></span></div>
<p class="lead">A first lead paragraph of the article, long enough.</p>
<address>Someone</address>
<div id="AUTHOR-2"><p class="article-intro">Intro</p></div>
</body></html>"""


@pytest.mark.parametrize(
    "selector",
    [
        "[class*=byline i], [class*=author i], [id*=author i], [rel~=author], address",
        "[class*=lead i], [class*=intro i]",
        "[class*=nothing-here i]",
    ],
    ids=["byline", "lead", "none"],
)
def test_matches_in_order_are_the_selectors_matches(selector: str) -> None:
    body = LexborHTMLParser(PAGE).body
    assert body is not None
    expected = [node.mem_id for node in body.css(selector)]
    assert [node.mem_id for node in matches_in_order(body, selector)] == expected


def test_the_first_match_is_found_without_the_others() -> None:
    body = LexborHTMLParser(PAGE).body
    assert body is not None
    first = next(matches_in_order(body, "[class*=author i], address"))
    assert first.attributes.get("class") == "Author-box"


def test_a_container_named_for_its_author_is_no_byline_however_long() -> None:
    post = " ".join(["A paragraph of the post, long enough to be no byline at all."] * 60)
    page = ParsedPage(
        f'<html><body><article><div class="author-post"><p>{post}</p></div>'
        '<p class="byline">By Jane Doe</p></article></body></html>'
    )
    found = {c.provenance: c.value for c in html_source.candidates(page) if c.field == "byline"}
    assert found == {"html:byline": "By Jane Doe"}


@pytest.mark.parametrize(
    "rel",
    ["author", "Author", "nofollow\tAUTHOR", "x\fauthor", "x\u00a0author", "auth\u212aor",
     "tag", "Tag category", "tag\ncategory", "nofollow tag", "category", "",
     "noopener noreferrer", "nofollow", "tags", "author-x", "x-tag", "categoryless"],
)  # fmt: skip
def test_rel_links_are_the_queries_links(rel: str) -> None:
    """The page's ``a[rel]`` read in Python find what ``a[rel~=name]`` finds: tokens cut at
    HTML's white space only (not a no-break space), ASCII letters in any case."""
    page = ParsedPage(f'<head><a rel="{rel}">h</a></head><body><a rel="{rel}">x</a><a>y</a>')
    body = page.body
    assert body is not None
    found = markup_tags._rel_links(page.rel_links)
    for name in ("author", "tag", "category"):
        expected = [node.mem_id for node in body.css(f"a[rel~={name}]")]
        assert [node.mem_id for node in found[name]] == expected


def test_a_link_without_a_language_does_not_load_the_language_list() -> None:
    """``hreflang`` is empty on most links: the language list (dateparser's locale map,
    40-70 ms to load) is read only for a code."""
    from newsextract.dating.words import dateparser_languages

    dateparser_languages.cache_clear()
    assert markup_tags._language("  ") is None
    assert dateparser_languages.cache_info().currsize == 0
    assert markup_tags._language("DE") == "de"


# The article scope's <h1> elements and its paragraphs set flush right come from one query
# (``_scope_elements``): the headline, the <h2> after the first <h1> and the signature are
# read from its answer.
SCOPED_PAGE = """<html><body>
<header><h1>The Daily Site</h1></header>
<article>
<h1></h1><h1>Council approves the new bridge</h1>
<h2>The vote ends two years of debate over the river crossing.</h2>
<p>The council voted on Tuesday.</p>
<p style="text-align: right"><strong>Jana Novak</strong></p>
</article></body></html>"""


def _html_candidates(html: str) -> dict[str, object]:
    found = html_source.candidates(ParsedPage(html))
    return {f"{c.field}:{c.detail}": c.value for c in found}


def test_headline_h2_and_signature_from_the_article_scope() -> None:
    found = _html_candidates(SCOPED_PAGE)
    assert found["headline:h1"] == "Council approves the new bridge"
    assert "lead:h2" not in found  # the <h2> follows the second <h1>, not the first
    assert found["authors:signature"] == ("Jana Novak",)


def test_the_h2_after_the_scopes_first_h1_is_the_lead() -> None:
    html = SCOPED_PAGE.replace("<h1></h1>", "")
    found = _html_candidates(html)
    assert found["lead:h2"] == "The vote ends two years of debate over the river crossing."
    assert "authors:signature" in found


def test_without_an_h1_in_the_scope_the_body_gives_the_headline() -> None:
    html = SCOPED_PAGE.replace("<h1></h1><h1>Council approves the new bridge</h1>", "")
    found = _html_candidates(html)
    assert found["headline:h1"] == "The Daily Site"
    assert "lead:h2" not in found
    no_signature = SCOPED_PAGE.replace(' style="text-align: right"', "")
    assert "authors:signature" not in _html_candidates(no_signature)


def test_more_standfirst_class_names_give_the_lead() -> None:
    import newsextract

    for cls, lang in (
        ("field--name-field-manchet", "da"),
        ("podnaslov", "hr"),
        ("documentDescription", "pt"),  # Plone
    ):
        lead = "Vejdirektoratet har fundet fejl i fundamenterne, og nu skal trafikanterne vente."
        html = (
            f'<html lang="{lang}"><body><article><h1>Broen bliver forsinket</h1>'
            f'<div class="{cls}"><p>{lead}</p></div><p>{"Tekst om broen. " * 12}</p>'
            "</article></body></html>"
        )
        assert newsextract.extract(html).lead == lead


def test_a_lead_classed_box_after_the_articles_text_is_no_standfirst() -> None:
    import newsextract

    text = "<p>" + "The glassworks in the valley has made bottles by hand since 1870. " * 4
    teaser = '<div class="paywall-teaser"><p>Did you like the article? Support us today.</p></div>'
    head = '<meta name="description" content="A glassworks keeps its old furnace burning.">'
    html = (
        f'<html lang="en"><head>{head}</head><body><article><h1>The last glassworks</h1>'
        f"{text}</p>{teaser}</article></body></html>"
    )
    article = newsextract.extract(html)
    assert article.lead == "A glassworks keeps its old furnace burning."
    # Before the text, a box of the same words named as a teaser is the standfirst; named as a
    # paywall's, it is none anywhere (``paywall.names_paywall``).
    before = html.replace(f"{text}</p>{teaser}", f"{teaser}{text}</p>")
    assert newsextract.extract(before).lead == "A glassworks keeps its old furnace burning."
    named = before.replace("paywall-teaser", "article-teaser")
    assert newsextract.extract(named).lead == "Did you like the article? Support us today."


@pytest.mark.parametrize(
    "box",
    [
        # An ad slot's script in a lead-classed box: no words a reader sees.
        '<div class="lead-ad"><script>googletag.cmd.push(function() { googletag.display('
        "'ad-slot-leaderboard-top-of-the-article'); });</script></div>",
        # A label introducing a list, a date line and a byline in the lead's place.
        '<p class="intro">Benachrichtigung über neue Artikel :</p>',
        '<p class="lead">Veröffentlichung: 2. Februar 2022</p>',
        '<p class="teaser">von Lena Markwart, Tomo Vrbanić</p>',
    ],
)
def test_no_standfirst_from_a_box_without_a_standfirsts_words(box: str) -> None:
    import newsextract

    head = '<meta name="description" content="Der Hafen bekommt eine neue Fähre.">'
    html = (
        f'<html lang="de"><head>{head}</head><body><article><h1>Neue Fähre</h1>{box}'
        f"<p>{'Die Fähre fährt ab Mai zwischen den beiden Ufern des Hafens. ' * 4}</p>"
        "</article></body></html>"
    )
    assert newsextract.extract(html).lead == "Der Hafen bekommt eine neue Fähre."


_FERRY = "The ferry will cross the harbour every twenty minutes from May."
_BANKS = "Banks keep lending to the companies that warm the planet most."
_CAPTION = "A baker sells bread at the market in Ecatepec on Tuesday. (Photo/Ana Ruiz)"
_DESCRIPTION = "The harbour handled 4.2% more freight in the spring, the port authority said."
_EXPORTS = "Exports and services carried the economy through the first quarter."


@pytest.mark.parametrize(
    ("header", "lead"),
    [
        (
            '<div class="article-intro"><span>Harbour</span><h1>A new ferry</h1></div>'
            f'<p class="lead">{_FERRY}</p>',
            _FERRY,
        ),
        (
            f'<h1>Drilling until it gets hot</h1><div class="article__intro"><div class="summary">'
            f'{_BANKS}</div><div class="byline">Von <a rel="author" href="/a/hb">Hanna Berger'
            '</a></div><div class="metadata"><time datetime="2019-10-19T19:08:22+02:00">'
            "19. Oktober 2019, 19:08 Uhr</time></div></div>",
            _BANKS,
        ),
        (
            '<h1>Economy grows</h1><div class="LeadFeature"><div class="media-placeholder"></div>'
            f'<div class="embed-caption">{_CAPTION}</div>'
            f'<div class="embed-caption">{_CAPTION}</div></div>',
            _DESCRIPTION,
        ),
        (
            '<h1>Economy grows</h1><div class="article-lead"><figure><img src="/a.jpg" alt="">'
            f'<figcaption>A market</figcaption></figure><p class="lead-text">{_EXPORTS}</p></div>',
            _EXPORTS,
        ),
    ],
    ids=[
        "box-holding-the-headline",
        "box-holding-date-and-byline",
        "picture-box",
        "picture-box-with-standfirst",
    ],
)
def test_a_lead_classed_header_or_picture_box_is_no_standfirst(header: str, lead: str) -> None:
    # The standfirst is the one inside the box, else the page's description.
    import newsextract

    html = (
        f'<html lang="en"><head><meta name="description" content="{_DESCRIPTION}"></head>'
        f"<body><article>{header}<p>{'The story goes on for a while here. ' * 6}</p>"
        "</article></body></html>"
    )
    assert newsextract.extract(html).lead == lead


def test_a_standfirst_is_joined_as_a_reader_sees_it() -> None:
    import newsextract

    html = (
        '<html lang="en"><body><article><h1>A warning, again</h1><p class="standfirst">'
        'She first warned the <a href="/c">Congress</a> in <a href="/y">1988</a>. Now the '
        "food programme (<abbr>WFP</abbr>) warns too: <em>sooner</em>, not later.</p>"
        f"<p>{'The warning came in a paper published on Tuesday. ' * 5}</p>"
        "</article></body></html>"
    )
    assert newsextract.extract(html).lead == (
        "She first warned the Congress in 1988. Now the food programme (WFP) warns too: "
        "sooner, not later."
    )


def test_another_storys_teaser_card_is_no_standfirst() -> None:
    # A related-story card above the article: its link wraps its title and its lead.
    import newsextract

    html = (
        f'<html lang="de"><head><meta name="description" content="{_DESCRIPTION}"></head>'
        '<body><main><h1>Die Fähren fahren wieder</h1><a class="teaser__link" href="/other">'
        '<div class="teaser__wrapper"><h2>Ein anderer Artikel</h2><div class="teaser__lead">'
        "Dieser Text gehört zu einem ganz anderen Artikel der Seite.</div></div></a>"
        f"<p>{'Die Fähren fahren ab Montag wieder im Takt von zwanzig Minuten. ' * 5}</p>"
        "</main></body></html>"
    )
    assert newsextract.extract(html).lead == _DESCRIPTION


@pytest.mark.parametrize(
    ("body", "headline", "logo"),
    [
        # no article container: the scope is the body, whose <h1> list serves both
        ('<h1 class="site-logo">Kerala Kitchen</h1><h1>Fish curry at home</h1>',
         "Fish curry at home", "Kerala Kitchen"),
        ('<h1><a href="/">Daily Planet</a></h1><main><h1>Storm hits the coast</h1></main>',
         "Storm hits the coast", "Daily Planet"),
        ('<h1 class="site-title">Daily Planet</h1><article><p>Text</p></article>',
         "Daily Planet", "Daily Planet"),
        ("<h1>Only a headline</h1>", "Only a headline", None),
    ],
)  # fmt: skip
def test_headline_and_logo_from_the_bodys_h1s(body: str, headline: str, logo: str | None) -> None:
    found = {
        c.field: c.value
        for c in html_source.candidates(ParsedPage(f"<html><body>{body}</body></html>"))
    }
    assert found.get("headline") == headline
    assert found.get("publisher") == logo


_FULL_MAIN = (
    "article, main, [role=main], [itemprop~=articleBody], .post, .entry, #content, .content"
)


@pytest.mark.parametrize(
    "body",
    [
        '<div class="post-title">x</div><div class="Post">the post</div>',
        '<div class="site\fcontent">x</div><div class="contents">y</div>',
        '<div id="CONTENT">x</div>',
        '<div class="x\u00a0post">no token</div><div class="entry-content">y</div>',
        '<div class="wrap"><div class="entry">x</div></div><article>y</article>',
        '<div class="content-wrap">x</div>',
    ],
)
@pytest.mark.parametrize("doctype", ["<!DOCTYPE html>", ""])  # quirks mode: any case
def test_main_scope_is_the_whole_querys(body: str, doctype: str) -> None:
    page = ParsedPage(f"{doctype}<html><body><p>a</p>{body}</body></html>")
    expected = page.tree.css_first(_FULL_MAIN) or page.body
    found = html_source.main_scope(page)
    assert found is not None and expected is not None
    assert found.mem_id == expected.mem_id


@pytest.mark.parametrize(
    ("names", "word", "named"),
    [
        ("post", "post", True),
        ("a post\nb", "post", True),
        ("post-title\nposted", "post", False),
        ("x\tpost\fy", "post", True),
        ("contents\nsite-content", "content", False),
        ("site-content content", "content", True),
        ("", "post", False),
    ],
)
def test_name_tokens_are_whole(names: str, word: str, named: bool) -> None:
    assert has_name_token(names, word) is named


def test_the_site_header_is_found_once_a_page() -> None:
    from newsextract.metadata.site_header import page_header, site_header
    from newsextract.page import ParsedPage

    page = ParsedPage(
        "<html><body><header><a href='/'>Daily</a><time datetime='2026-12-01'>Tue</time>"
        "</header><article><h1>Headline</h1><p>Text.</p></article></body></html>"
    )
    found = page_header(page)
    assert found is not None and found.tag == "header"
    assert page_header(page) is found  # kept: the later scans read the same node
    direct = site_header(page.body)
    assert direct is not None and direct.mem_id == found.mem_id


def test_an_author_cards_role_line_under_the_linked_name_is_no_standfirst() -> None:
    import newsextract

    card = (
        '<div class="profile-card"><a href="/in/jana">Jana Nowak</a><p class="subtitle">'
        "Head of operations at Example Freight and Storage Ltd</p></div>"
    )
    text = "<p>" + "We moved the warehouse to a four-day week a year ago and kept it. " * 4
    html = (
        '<html lang="en"><body><article><h1>What a four-day week taught us</h1>'
        f"{card}{text}</p></article></body></html>"
    )
    assert newsextract.extract(html).lead is None
    # After the headline, not a name, the same line is the standfirst.
    lead = html.replace('<a href="/in/jana">Jana Nowak</a>', "")
    assert newsextract.extract(lead).lead == "Head of operations at Example Freight and Storage Ltd"
