"""Body extraction on small hand-written pages: what is kept and what is furniture."""

from __future__ import annotations

import json

import pytest
from selectolax.lexbor import LexborHTMLParser

from newsextract.body.blocks import _Walker
from newsextract.body.extractor import BodyOptions, extract_body
from newsextract.body.jsonld_body import norm
from newsextract.body.model import BlockKind
from newsextract.options import Favor
from newsextract.page import ParsedPage

PROSE = [
    "The city council approved the new budget on Tuesday after a long debate, with most "
    "members agreeing that the transport plan needed more money than last year.",
    "Opponents argued that the increase would burden residents, but the mayor said the "
    "spending was necessary to repair roads, bridges and the ageing tram network.",
    "The vote followed months of negotiations between the parties, and the final text "
    "includes a review clause that allows the council to revisit the figures in spring.",
    "Local businesses welcomed the decision, saying that better transport would bring more "
    "customers to the centre, while unions asked for guarantees for the workers involved.",
]


def _page(article: str, head: str = "") -> ParsedPage:
    html = (
        f"<html><head>{head}</head><body>"
        "<nav><ul><li><a href='/'>Home</a></li><li><a href='/p'>Politics</a></li></ul></nav>"
        f"<main>{article}</main>"
        "<footer><p>© 2024 Example News. All rights reserved.</p></footer>"
        "</body></html>"
    )
    return ParsedPage(html, "https://example.com/a")


def _paragraphs() -> str:
    return "".join(f"<p>{text}</p>" for text in PROSE)


def _text(article: str, head: str = "") -> str:
    return extract_body(_page(article, head)).text


def test_keeps_paragraphs_in_order_one_block_each() -> None:
    body = extract_body(_page(f"<article><h1>Title</h1>{_paragraphs()}</article>"))
    assert [block.text for block in body.blocks] == PROSE


def test_drops_navigation_and_footer() -> None:
    text = _text(f"<article>{_paragraphs()}</article>")
    assert "Politics" not in text
    assert "rights reserved" not in text


def test_drops_share_bar_and_related_list() -> None:
    article = (
        "<article><div class='share-bar'><a href='#'>Share on Facebook</a>"
        "<a href='#'>Share on X</a></div>"
        f"{_paragraphs()}"
        "<div class='related-articles'><h2>Related</h2><ul>"
        "<li><a href='/1'>Council approves the tram plan for next year</a></li>"
        "<li><a href='/2'>Mayor defends the spending increase before the vote</a></li>"
        "</ul></div></article>"
    )
    text = _text(article)
    assert "Facebook" not in text
    assert "tram plan for next year" not in text
    assert PROSE[-1] in text


def test_drops_newsletter_box_ad_label_and_figure_credit() -> None:
    article = (
        f"<article><p>{PROSE[0]}</p><div class='ad-slot'><span>Advertisement</span></div>"
        "<p>Anzeige</p>"
        "<figure><img src='x.jpg'><figcaption>The town hall. Photo: Jane Roe/Agency"
        "</figcaption></figure>"
        f"<p>{PROSE[1]}</p>"
        "<div class='newsletter-signup'><p>Sign up to our daily newsletter and get the best "
        "stories of the day delivered to your inbox every morning.</p>"
        "<form><input type='email'><button>Subscribe</button></form></div>"
        f"<p>{PROSE[2]}</p></article>"
    )
    text = _text(article)
    for unwanted in ("Advertisement", "Anzeige", "Jane Roe", "newsletter", "Subscribe"):
        assert unwanted not in text
    assert PROSE[2] in text


def test_drops_comment_form_and_cookie_notice() -> None:
    article = (
        f"<article>{_paragraphs()}</article>"
        "<section id='comments'><h2>Comments</h2><p>I think this budget is a disgrace and "
        "the council should resign, every single one of them, right now.</p>"
        "<form><label>Your comment</label><textarea></textarea></form></section>"
        "<div class='cookie-banner'><p>We use cookies to improve your experience. By using "
        "this site you accept our cookie policy.</p></div>"
    )
    text = _text(article)
    assert "disgrace" not in text
    assert "cookie" not in text
    assert PROSE[0] in text


def test_drops_byline_and_tag_lines() -> None:
    article = (
        f"<article><p>By Jane Doe</p>{_paragraphs()}"
        "<p>Tags: budget, council, transport</p><p>Source: Example Agency</p></article>"
    )
    text = _text(article)
    assert "Jane Doe" not in text
    assert "Tags:" not in text
    assert "Example Agency" not in text


def test_jsonld_article_body_selects_page_paragraphs() -> None:
    data = {"@type": "NewsArticle", "articleBody": " ".join(PROSE)}
    head = f"<script type='application/ld+json'>{json.dumps(data)}</script>"
    article = (
        "<div class='story'>"
        f"{_paragraphs()}"
        "<p>Unrelated promotional paragraph that the page shows under the story body "
        "with enough words to look like prose to a generic method.</p></div>"
    )
    body = extract_body(_page(article, head))
    assert body.method == "jsonld+page"
    assert [block.text for block in body.blocks] == PROSE


def test_jsonld_article_body_used_when_page_lacks_text() -> None:
    data = {"@type": "NewsArticle", "articleBody": "\n".join(PROSE)}
    head = f"<script type='application/ld+json'>{json.dumps(data)}</script>"
    body = extract_body(_page("<div id='app'></div>", head))
    assert [block.text for block in body.blocks] == PROSE


def test_double_br_splits_paragraphs_in_a_div() -> None:
    article = "<div class='text'>" + "<br><br>".join(PROSE) + "</div>"
    body = extract_body(_page(article))
    assert [block.text for block in body.blocks] == PROSE


def test_whitespace_collapsed_inside_blocks() -> None:
    article = f"<article><p>  {PROSE[0][:40]}\n\n   {PROSE[0][40:]} </p>{_paragraphs()}</article>"
    body = extract_body(_page(article))
    assert all("  " not in block.text and "\n" not in block.text for block in body.blocks)


def test_deeply_nested_divs_do_not_crash() -> None:
    depth = 30_000  # far past Python's recursion limit; 100,000 checked by hand
    html = "<div>" * depth + "".join(f"<p>{t}</p>" for t in PROSE) + "</div>" * depth
    body = extract_body(ParsedPage(f"<html><body>{html}</body></html>"))
    assert body.text.startswith(PROSE[0][:20])


def test_empty_and_textless_pages() -> None:
    assert extract_body(ParsedPage("")).text == ""
    assert extract_body(ParsedPage("<html><body><img src=x></body></html>")).text == ""


def test_favor_option_accepted() -> None:
    page = _page(f"<article>{_paragraphs()}</article>")
    for favor in ("precision", "balanced", "recall"):
        assert extract_body(page, BodyOptions(favor=favor)).text


def _favor_text(article: str, favor: Favor) -> str:
    return extract_body(_page(article), BodyOptions(favor=favor)).text


def test_favor_trades_doubtful_blocks() -> None:
    """A table of doubtful data counts as text only for recall; a list only outside
    precision. (Two rows under a header row of column names would be data for all:
    ``tables._is_small_data``; these two, unheaded, one label longer than a key's, may be
    a layout's.)"""
    article = (
        f"<article>{_paragraphs()}"
        "<table><tr><td>Items of the council's spending plan</td><td>Cost</td></tr><tr><td>"
        "Trams</td><td>£9m</td></tr></table>"
        "<ul><li>Roads: repairs on 40 streets</li><li>Bridges: two to be rebuilt</li></ul>"
        "</article>"
    )
    recall = _favor_text(article, "recall")
    balanced = _favor_text(article, "balanced")
    precision = _favor_text(article, "precision")
    assert "Trams | £9m" in recall
    assert "Trams" not in balanced
    assert "two to be rebuilt" in balanced
    assert "two to be rebuilt" not in precision
    assert PROSE[-1] in precision


def test_drops_prompt_boxes_with_their_perks() -> None:
    """Consent placeholders, sign-up boxes and paywall boxes go whole, perks list and all."""
    article = (
        f"<article><div class='body'><p>{PROSE[0]}</p>"
        "<div class='box'><h3>External content</h3><p>I agree that external content from a "
        "third-party provider is shown to me.</p><button>Show</button></div>"
        f"<p>{PROSE[1]}</p>"
        "<div class='box'><p>This content is reserved for subscribers.</p>"
        "<ul><li>Unlimited access to every article</li><li>Daily puzzles</li></ul></div>"
        f"<p>{PROSE[2]}</p></div></article>"
    )
    text = _text(article)
    for unwanted in ("External content", "third-party", "subscribers", "puzzles"):
        assert unwanted not in text
    assert PROSE[2] in text


def test_drops_date_caption_contact_and_follow_lines() -> None:
    article = (
        f"<article><p>Politics / February 29, 2024</p><p>{PROSE[0]}</p>"
        "<p>The tram depot at night. (Image: Getty)</p>"
        f"<p>{PROSE[1]}</p><p>Jane Roe | Agency | Getty Images</p>"
        "<p>Got a story? Email us at news@example.com</p>"
        "<p>Follow Example News on Twitter and Facebook.</p></article>"
    )
    body = extract_body(_page(article))
    assert [block.text for block in body.blocks] == PROSE[:2]


def test_hidden_classes_and_tweets_are_not_text() -> None:
    article = (
        f"<article><div class='visually-hidden'>Article content</div>{_paragraphs()}"
        "<blockquote class='twitter-tweet'><p>What a day for the council: the budget passed "
        "after a debate that lasted well into the night, finally.</p></blockquote></article>"
    )
    text = _text(article)
    assert "Article content" not in text
    assert "well into the night" not in text


def test_paragraph_wrappers_named_like_furniture() -> None:
    """One ``article-widget`` per paragraph under a ``comments-enabled`` wrapper is the body."""
    widgets = "".join(
        f"<div class='article-widget article-widget-text'><p>{text}</p></div>" for text in PROSE
    )
    article = f"<div class='article-widgets comments-enabled'>{widgets}</div>"
    assert [block.text for block in extract_body(_page(article)).blocks] == PROSE


def test_jsonld_match_ignores_punctuation_and_glued_paragraphs() -> None:
    """articleBody with straight quotes and paragraphs glued without a space still selects
    the page's paragraphs."""
    curly = PROSE[0].replace("agreeing that", "agreeing “that”")
    glued = "".join(PROSE).replace("“", '"').replace("”", '"')
    data = {"@type": "NewsArticle", "articleBody": glued}
    head = f"<script type='application/ld+json'>{json.dumps(data)}</script>"
    paragraphs = f"<p>{curly}</p>" + "".join(f"<p>{text}</p>" for text in PROSE[1:])
    body = extract_body(_page(f"<div class='story'>{paragraphs}</div>", head))
    assert body.method == "jsonld+page"
    assert [block.text for block in body.blocks] == [curly, *PROSE[1:]]


def test_jsonld_match_keeps_a_paragraph_with_words_the_page_inserted() -> None:
    """A link's hint for screen readers ("opens in a new tab") inside a paragraph is not in
    articleBody; the paragraph is still the text's. A caption repeating the first paragraph
    with a photo credit is not."""
    data = {"@type": "NewsArticle", "articleBody": " ".join(PROSE)}
    head = f"<script type='application/ld+json'>{json.dumps(data)}</script>"
    linked = PROSE[1].replace(
        "Opponents argued", "<a href='/o'>Opponents<span>Link opens in a new tab</span></a> argued"
    )
    caption = f"<div class='info'><p>{PROSE[0]} (Jane Roe/Example Photos)</p></div>"
    story = f"<p>{PROSE[0]}</p>{caption}<p>{linked}</p>" + "".join(
        f"<p>{text}</p>" for text in PROSE[2:]
    )
    body = extract_body(_page(f"<div class='story'>{story}</div>", head))
    assert body.method == "jsonld+page"
    texts = [block.text for block in body.blocks]
    assert len(texts) == len(PROSE)
    assert texts[1].startswith("OpponentsLink opens") and texts[1].endswith("ageing tram network.")
    assert "Example Photos" not in body.text


def test_script_data_body_when_markup_has_none() -> None:
    """A script-rendered page: the body is an HTML string in the framework's state."""
    content = "".join(f"<p>{text}</p>" for text in PROSE) + "<p>$$ARTICLE_AD$$</p>"
    state = {"article": {"title": "Budget", "contentHtml": content, "id": 7}}
    script = f"<script>window.__STATE__ = {json.dumps(state)};</script>"
    page = ParsedPage(
        f"<html><head>{script}</head><body><div id='app'><h1>Budget</h1></div></body></html>"
    )
    body = extract_body(page)
    assert body.method == "script"
    assert [block.text for block in body.blocks] == PROSE


def test_script_data_ignored_when_markup_has_the_text() -> None:
    state = {"teaser": "".join(f"<p>Other story {i} with some words in it.</p>" for i in range(5))}
    head = f"<script>window.__STATE__ = {json.dumps(state)};</script>"
    body = extract_body(_page(f"<article>{_paragraphs()}</article>", head))
    assert body.method == "generic"
    assert "Other story" not in body.text


def test_drops_closing_author_bio_and_notes() -> None:
    article = (
        f"<article>{_paragraphs()}"
        "<p>Jane Roe is a senior reporter covering city hall. She is based in Leeds.</p>"
        "<p>First published in The Example Review.</p>"
        "<h3>About us</h3></article>"
    )
    body = extract_body(_page(article))
    assert [block.text for block in body.blocks] == PROSE


def test_keeps_bio_like_sentence_inside_the_story() -> None:
    quote = "Jane Roe is a reporter who covered the council for ten years, and she said so."
    article = f"<article><p>{PROSE[0]}</p><p>{quote}</p>{''.join(f'<p>{t}</p>' for t in PROSE[1:])}"
    assert quote in _text(article + "</article>")


def test_drops_nested_teaser_card_and_its_lead_in() -> None:
    article = (
        f"<article><div class='body'>{_paragraphs()}"
        "<p>More on the budget in our live blog:</p>"
        "<article class='card'><h3><a href='/live'>Live: the council budget vote</a></h3>"
        "<p>Follow every vote and every speech from the chamber as it happens today.</p>"
        "</article></div></article>"
    )
    text = _text(article)
    assert "live blog" not in text
    assert "every speech" not in text
    assert PROSE[-1] in text


def test_drops_a_teaser_card_in_a_body_cut_into_sibling_wrappers() -> None:
    """The card's share of the prose is weighed against all of the body's wrappers, not
    only the first one (a short first wrapper made every card look like much of the text)."""
    card = (
        "<div class='embed'><article><h3><a href='/live'>Live: the council budget vote</a>"
        "</h3><p>Follow every vote and every speech from the chamber as it happens, with "
        "the reactions of the parties and of the unions.</p><p>Live blog</p></article></div>"
    )
    story = "".join(f"<p>{text}</p>" for text in PROSE[1:])
    links = "".join(f"<li><a href='/{n}'>Other story number {n}</a></li>" for n in range(8))
    page = (
        f"<div class='page'><div class='standfirst-block'><p>{PROSE[0]}</p></div>"
        f"<div class='story'>{story}{card}</div><ul class='more'>{links}</ul></div>"
    )
    text = _text(page)
    assert PROSE[-1] in text
    assert "every speech" not in text


def test_drops_labelled_teaser_links_and_linked_headings() -> None:
    article = (
        f"<article><p>{PROSE[0]}</p>"
        "<p>READ MORE | <a href='/x'>Mayor defends the spending increase before the vote</a></p>"
        "<p>&gt;&gt; <a href='/y'>All council dates for the year at a glance</a></p>"
        f"<h3><a href='/z'>Trams to run all night from next spring, council says</a></h3>"
        f"{''.join(f'<p>{t}</p>' for t in PROSE[1:])}</article>"
    )
    text = _text(article)
    for unwanted in ("Mayor defends", "council dates", "Trams to run"):
        assert unwanted not in text
    assert PROSE[1] in text


def test_keeps_numbered_listicle_headings_without_text() -> None:
    """Each item's text was an embed the page did not render: the headings are the text."""
    items = "".join(
        f"<h3>{n}. The council approved item number {n} of the transport plan</h3>"
        "<div class='embed-placeholder'><p>Anzeige</p></div>"
        for n in range(1, 4)
    )
    article = f"<article><p>{PROSE[0]}</p>{items}<p>{PROSE[1]}</p></article>"
    text = _text(article)
    assert "1. The council approved" in text
    assert "3. The council approved" in text


def test_a_heading_about_cookies_is_text() -> None:
    """Recipes and how-tos name cookies and JavaScript in their headings and steps."""
    paragraph = (
        "<p>Cream the butter and the sugar until pale, then beat in the egg and the vanilla;"
        " fold in the flour, the salt and the chocolate, and chill the dough for an hour.</p>"
    )
    html = (
        "<html><body><article><h1>Baking at home</h1>"
        f"<h2>Chocolate chip cookies</h2>{paragraph}"
        f"<h2>Enable JavaScript in the oven's app</h2>{paragraph.replace('egg', 'eggs')}"
        "</article></body></html>"
    )
    body = extract_body(ParsedPage(html, "https://blog.example/cookies"))
    assert [b.text for b in body.blocks if b.kind is BlockKind.HEADING] == [
        "Chocolate chip cookies",
        "Enable JavaScript in the oven's app",
    ]


def test_a_list_met_again_whole_is_a_repeat_an_item_in_another_list_is_not() -> None:
    sizes = "<ul><li>Small</li><li>Medium</li><li>Large</li></ul>"
    other = "<ul><li>Medium</li><li>Extra large</li></ul>"
    text = _text(f"{_paragraphs()}{sizes}<p>{PROSE[0][:60]} again.</p>{sizes}{other}")
    assert text.count("Small") == 1
    assert text.count("Medium") == 2


def test_a_photo_essay_told_in_captions_keeps_them_as_its_text() -> None:
    """A gallery whose only text is its captions: they are the article, not figure notes."""
    items = "".join(
        f"<li><figure><img src='p{n}.jpg' alt=''><figcaption><p>{text}</p></figcaption>"
        "</figure></li>"
        for n, text in enumerate(PROSE)
    )
    body = extract_body(_page(f"<article><ul class='gallery'>{items}</ul></article>"))
    assert all(block.caption for block in body.blocks)
    assert body.text == "\n\n".join(PROSE)


def test_captions_stay_out_of_the_text_beside_running_prose() -> None:
    caption = "<figcaption>The tram depot at dawn.</figcaption>"
    figure = f"<figure><img src='a.jpg' alt=''>{caption}</figure>"
    body = extract_body(_page(f"<article>{figure}{_paragraphs()}</article>"))
    assert body.text == "\n\n".join(PROSE)


def test_an_accordions_hidden_panels_are_read_other_hidden_elements_are_not() -> None:
    """A FAQ's answers sit in panels hidden until their toggle opens them: they are the
    page's text. A hidden element no toggle names stays out."""
    items = "".join(
        f"<h3><button aria-expanded='false' aria-controls='answer-{n}'>Question {n}?</button>"
        f"</h3><div id='answer-{n}' hidden><p>{text}</p></div>"
        for n, text in enumerate(PROSE)
    )
    spare = (
        "<div id='spare' hidden><p>A draft paragraph the editors left hidden in the page.</p></div>"
    )
    text = _text(f"<article>{items}{spare}</article>")
    assert all(paragraph in text for paragraph in PROSE)
    assert "draft paragraph" not in text


def test_a_hidden_landmark_stays_out_without_a_look_up_of_the_panels() -> None:
    """A landmark (role=navigation) is never read, even when a toggle names it as a panel:
    the page's toggles are not looked up for it; a hidden element that is no landmark is
    looked up (once a walk)."""
    menu = (
        "<button aria-expanded='false' aria-controls='menu'>Menu</button>"
        "<div id='menu' role='navigation' hidden><p>Home, World, Sport and Culture pages.</p></div>"
    )
    body = LexborHTMLParser(f"<body>{menu}<article><p>{PROSE[0]}</p></article></body>").body
    assert body is not None
    walker = _Walker(figures=True)
    walked = walker.run(body)
    assert [block.text for block in walked.blocks] == [PROSE[0]]
    assert walker.panels is None  # no look-up: a landmark is never read
    spare = "<div id='spare' hidden><p>A draft paragraph.</p></div>"
    body = LexborHTMLParser(f"<body>{menu}{spare}<p>{PROSE[0]}</p></body>").body
    assert body is not None
    walker = _Walker(figures=True)
    walker.run(body)
    assert walker.panels == {"menu"}


@pytest.mark.parametrize(
    ("label", "name", "desk"),
    [
        ("About the author", "Jane Roe", "City desk"),
        ("この記事を書いた人", "渡辺洋介", "東京社会部"),
        ("Über den Autor", "Max Muster", "Ressort Politik"),
    ],
)
def test_the_author_box_closing_the_article_goes(label: str, name: str, desk: str) -> None:
    box = f"<p>{label}</p><dl><dt>{name}</dt><dd>{desk}</dd></dl>"
    assert _text(f"<article>{_paragraphs()}{box}</article>") == "\n\n".join(PROSE)


def test_a_figure_holding_a_table_a_quote_or_code_is_read() -> None:
    """A figure sets content apart from the text (WordPress's and CKEditor's tables, a
    quotation with its source, a code listing): it is read with its caption; the image
    beside them is not text."""
    table = (
        "<figure class='wp-block-table'><table><thead><tr><th>Line</th><th>Stops</th></tr>"
        "</thead><tbody><tr><td>Tram 1</td><td>24</td></tr><tr><td>Tram 2</td><td>31</td></tr>"
        "<tr><td>Tram 3</td><td>18</td></tr></tbody></table></figure>"
    )
    quote = (
        "<figure><blockquote><p>We will not close a single tram line while I am mayor of this "
        "city, whatever the budget says.</p></blockquote><figcaption>The mayor, in March"
        "</figcaption></figure>"
    )
    code = (
        "<figure class='highlight'><img src='x.png' alt=''><pre>tram --lines 1,2,3</pre></figure>"
    )
    body = extract_body(_page(f"<article>{_paragraphs()}{table}{quote}{code}</article>"))
    kinds = {block.kind for block in body.blocks}
    assert BlockKind.TABLE_ROW in kinds and BlockKind.PREFORMATTED in kinds
    assert "whatever the budget says" in body.text
    assert "tram --lines" in body.text


@pytest.mark.parametrize("credit", ["（小林美咲）", "(dpa)", "(jr/AFP)"])
def test_a_bracketed_credit_closing_the_article_goes(credit: str) -> None:
    assert _text(f"<article>{_paragraphs()}<p>{credit}</p></article>") == "\n\n".join(PROSE)


@pytest.mark.parametrize(
    "code",
    [
        "git clone git@example.org:city/budget.git",
        "ssh admin@tram-depot.local",
        "cat access.log | grep 404 | sort | uniq -c",
        "Tue 5 Mar 2024 10:30:00 CET",
    ],
)
def test_a_code_block_is_never_read_as_a_furniture_line(code: str) -> None:
    """The line tests are for prose: an address, bars or a date in code are the code."""
    article = f"<article>{_paragraphs()}<p>Then run:</p><pre>{code}</pre><p>{PROSE[0]} Again.</p>"
    assert code in _text(article + "</article>")


def test_a_heading_reaches_over_one_ad_slot_to_its_text() -> None:
    """An ad slot's label set between a section heading and its text does not orphan the
    heading; a heading over nothing but furniture still goes."""
    ad = "<div class='ad-slot'><span>Advertisement</span></div>"
    section = f"<h2>What the plan costs</h2>{ad}<p>{PROSE[1]}</p>"
    empty = f"<h2>Share this story</h2>{ad}{ad}"
    text = _text(f"<article><p>{PROSE[0]}</p>{section}<p>{PROSE[2]}</p>{empty}</article>")
    assert "What the plan costs" in text
    assert "Share this story" not in text


def test_a_heading_or_paragraph_hidden_from_sighted_readers_is_not_text() -> None:
    hidden = (
        "<h2 class='visually-hidden'>Object details</h2><p hidden>Draft note.</p>"
        "<p style='display: none'>Old standfirst.</p>"
    )
    assert _text(f"<article>{hidden}{_paragraphs()}</article>") == "\n\n".join(PROSE)


@pytest.mark.parametrize(
    "tool",
    [
        "<span class='mw-editsection'>[<a href='?action=edit&amp;section=1'>edit</a>]</span>",
        "<span>[<a href='?e=1'>Bearbeiten</a> | <a href='?e=2'>Quelltext bearbeiten</a>]</span>",
    ],
)
def test_a_headings_bracketed_edit_link_is_not_its_text(tool: str) -> None:
    heading = f"<h2><span class='mw-headline'>Bio</span>{tool}</h2>"
    blocks = extract_body(_page(f"<article>{_paragraphs()}{heading}<p>{PROSE[0]} More.</p>")).blocks
    assert [block.text for block in blocks if block.kind is BlockKind.HEADING] == ["Bio"]


def test_a_bare_unix_time_left_by_a_script_is_not_text() -> None:
    article = f"<article><p>1709418524</p>{_paragraphs()}<p>In 2024 the city had 120000 riders.</p>"
    text = _text(article + "</article>")
    assert "1709418524" not in text and "120000 riders" in text


def test_a_huge_paragraph_beside_article_body_is_matched_in_bounded_time() -> None:
    """The near match samples a block's word triples: a paragraph of 200,000 words that
    opens like articleBody costs a few hundred searches, not one per word."""
    words = " ".join(f"word{n}" for n in range(200_000))
    data = {"@type": "NewsArticle", "articleBody": " ".join(PROSE) + " " + words[:5000]}
    head = f"<script type='application/ld+json'>{json.dumps(data)}</script>"
    huge = f"<p>{PROSE[0]} {words}</p>"
    body = extract_body(_page(f"<div class='story'>{huge}{_paragraphs()}</div>", head))
    assert body.text


def _thread(page_type: str) -> str:
    data = {"@type": page_type, "headline": "How do you keep a side project alive?"}
    head = f"<script type='application/ld+json'>{json.dumps(data)}</script>"
    replies = "".join(
        f"<div class='comment'><span class='user'>user{n}</span><p>{text}</p></div>"
        for n, text in enumerate(PROSE[1:])
    )
    page = (
        f"<html><head>{head}</head><body><main><h1>How do you keep a side project alive?</h1>"
        f"<div class='post'><p>{PROSE[0]}</p></div><div class='comments'>{replies}</div>"
        "</main></body></html>"
    )
    return extract_body(ParsedPage(page)).text


def test_a_threads_comments_are_its_text_when_the_page_says_it_is_a_thread() -> None:
    """A forum topic or a question declared as such (DiscussionForumPosting, QAPage): its
    replies, in containers named "comment", are the page's text; under a news article the
    same comments are furniture."""
    assert all(text in _thread("DiscussionForumPosting") for text in PROSE)
    news = _thread("NewsArticle")
    assert PROSE[0] in news and PROSE[-1] not in news


def test_an_article_of_short_paragraphs_is_not_taken_for_a_sign_up_box() -> None:
    """A sign-up line's box grows only while it holds less than half the text: an article
    whose paragraphs are all short (one-sentence news, and Chinese, Japanese and Korean,
    which say much in few characters) stays the text."""
    short = [
        "A man was rescued from the river on Sunday after his canoe overturned.",
        "Firefighters pulled him out within ten minutes of the first call.",
        "He was taken to hospital as a precaution and later released.",
        "Police said the water level was high after two days of rain.",
    ]
    story = "".join(f"<p>{text}</p>" for text in short)
    box = "<div class='newsletter'><p>Sign up to our newsletter for the top stories.</p></div>"
    page = f"<div id='wrap'><div class='content'><div class='text'>{story}{box}</div></div></div>"
    assert [block.text for block in extract_body(_page(page)).blocks] == short


def test_a_class_less_sidebar_beside_a_class_less_article_wrapper_stays_out() -> None:
    """Templates laid out with ids only (#content, #sidebar): the sidebar's bare <div> is no
    template of the article's own wrappers."""
    sidebar = (
        "<div id='sidebar'><p>Hello, I am Anna and I write about my allotment garden and the "
        "vegetables I grow there every year.</p><p>Garden (41)</p></div>"
    )
    page = f"<div id='wrap'><div id='content'>{_paragraphs()}</div>{sidebar}</div>"
    text = _text(page)
    assert PROSE[-1] in text and "allotment" not in text


def test_the_captions_of_a_gallerys_nested_figures_are_read() -> None:
    """WordPress galleries nest a figure per image in the gallery's figure."""
    gallery = (
        "<figure class='wp-block-gallery'><figure class='wp-block-image'><img src='a.jpg' "
        "alt=''><figcaption>The old tram depot at dawn</figcaption></figure></figure>"
    )
    blocks = extract_body(_page(f"<article>{_paragraphs()}{gallery}</article>")).blocks
    assert [block.text for block in blocks if block.caption] == ["The old tram depot at dawn"]


def test_sections_right_under_body_are_one_text() -> None:
    """A page without <article> or <main> whose sections sit under <body> (a company's
    history page, a one-page layout): the sections beside the best one join it."""
    about = f"<section class='about'><p>{PROSE[0]}</p></section>"
    history = (
        f"<section class='history'><h2>Our history</h2><div><div><p>{PROSE[1]}</p>"
        f"<p>{PROSE[2]}</p><p>{PROSE[3]}</p></div></div></section>"
    )
    page = ParsedPage(f"<html><body>{about}{history}</body></html>")
    text = extract_body(page).text
    assert PROSE[0] in text and PROSE[3] in text


def test_a_cookie_layers_main_content_is_not_the_articles() -> None:
    """A consent layer names its text "main-content" too: inside a container named as
    strong furniture it is the layer's, wherever the region reaches."""
    layer = (
        "<div id='gdpr_cookie_modal'><div class='modal-content'><div class='main-content'>"
        "<p>This website uses cookies so that we can give you the best experience; the "
        "information is stored in your browser and helps us understand which parts you find "
        "most useful.</p></div></div></div>"
    )
    page = ParsedPage(f"<html><body><div class='post'>{_paragraphs()}</div>{layer}</body></html>")
    assert "cookies" not in extract_body(page).text


def test_words_glued_across_a_paragraph_break_are_compared_apart() -> None:
    """``norm`` splits a lower-case letter from an upper-case one glued to it, in each
    script it knows: what articleBody glues, the page has apart."""
    assert norm("kurzen SchockmomentKurzer und") == "kurzen schockmoment kurzer und"
    assert norm("концеНачало") == "конце начало"
    assert norm("νεροΦωτια") == "νερο φωτια"
    assert norm("façadeÉté") == "façade été"
    assert norm("ABC abc") == "abc abc"  # no lower-case letter before an upper-case one
