"""An affiliate disclosure, a recipe card's ask for a rating and a payment widget's offer are
notices about the page, not its text; the recipe, the product and the review stay whole.
Pages of invented sites, written for these tests."""

from __future__ import annotations

import pytest

import newsextract

_SHELL = """<!DOCTYPE html><html lang="{lang}"><head><title>{title}</title>
<meta property="og:type" content="article"></head><body>
<header><nav><a href="/">Home</a></nav></header><main><article><h1>{title}</h1>
<div class="entry-content">{content}</div></article></main>
<footer><p>© 2025 Example Kitchen</p></footer></body></html>"""


def _body(content: str, lang: str = "en", title: str = "Barley water") -> str:
    html = _SHELL.format(lang=lang, title=title, content=content)
    return newsextract.extract(html, url="https://kitchen.example.com/post").body or ""


_RECIPE = (
    "<p>My grandmother kept a jug of barley water on the larder shelf all summer, cloudy"
    " and sharp, and we were allowed one glass after tennis.</p>"
    "<p>The trick is to rinse the barley twice, so the water stays clean tasting.</p>"
    "<h3>Ingredients</h3><ul><li>100 g pearl barley</li><li>2 unwaxed lemons</li></ul>"
    "<h3>Instructions</h3><ol><li>Rinse the barley twice in cold water, then simmer it for"
    " thirty minutes.</li><li>Strain into a jug over the lemon zest and leave to cool.</li></ol>"
)


@pytest.mark.parametrize(
    "notice",
    [
        '<p class="disclosure">This post may contain affiliate links. As an associate I earn'
        " from qualifying purchases.</p>",
        "<p><em>This post may contain affiliate links, at no cost to you.</em></p>",
        '<div class="recipe-cta"><p>Did you make this recipe? Leave a rating below!</p></div>',
        '<div class="wprm-call-to-action"><span>Tried it?</span> <span>Tag us on Instagram'
        " and show us your jug!</span></div>",
        '<div class="klarna-placement"><p>Pay in 3 interest-free payments of £8.00.</p></div>',
    ],
)
def test_a_notice_about_the_page_goes_and_the_recipe_stays(notice: str) -> None:
    body = _body(notice + _RECIPE)
    assert "one glass after tennis" in body
    assert "100 g pearl barley" in body
    assert "leave to cool" in body
    for word in ("affiliate", "rating below", "Instagram", "interest-free"):
        assert word not in body


def test_a_german_disclosure_in_a_named_box_goes() -> None:
    content = (
        '<p class="affiliate-hinweis"><small>*Affiliate-Links: Wenn Sie über diese Links'
        " einkaufen, erhalten wir eine Provision.</small></p>"
        "<p>Wir haben acht Modelle auf je drei Touren im Mittelgebirge getragen, bei Regen"
        " und auf Geröll, und jeden Abend die Socken gewogen.</p>"
        "<p>Der Testsieger sitzt ab dem ersten Kilometer und bleibt auch nach fünf Stunden"
        " im Regen trocken.</p>"
    )
    body = _body(content, lang="de", title="Wanderschuhe im Test")
    assert "acht Modelle" in body and "fünf Stunden" in body
    assert "Provision" not in body


def test_a_sentence_about_commissions_in_the_text_stays() -> None:
    content = (
        "<p>The council said the agents who sold the flats had been paid a commission of"
        " two per cent, more than the law allows for public housing.</p>"
        "<p>An inquiry will report in the spring, and the sales are paused until then.</p>"
    )
    body = _body(content, title="Flat sales paused")
    assert "paid a commission of two per cent" in body


def test_a_follow_ask_in_swahili_goes() -> None:
    content = (
        "<p>Mvua kubwa iliyonyesha usiku wa kuamkia leo imesababisha mafuriko katika mitaa"
        " kadhaa ya mji wa Kisiwani.</p><p>Kamati ya maafa imesema hakuna mtu aliyejeruhiwa.</p>"
        '<div class="box"><p>Tufuate kwenye WhatsApp kupata habari za haraka.</p></div>'
    )
    body = _body(content, lang="sw", title="Mvua kubwa Kisiwani")
    assert "hakuna mtu aliyejeruhiwa" in body
    assert "Tufuate" not in body


@pytest.mark.parametrize(
    "sentence",
    [
        "Estate agents earn a commission on every sale, and the new law caps it at one per"
        " cent for homes under the median price.",
        "Search results will soon label affiliate links, the company said on Tuesday, after"
        " complaints from publishers and shoppers alike.",
    ],
)
def test_a_sentence_about_affiliate_links_or_commissions_stays(sentence: str) -> None:
    content = (
        f"<p>{sentence}</p><p>The rules take effect in the spring, after a consultation"
        " that drew more than four thousand replies.</p>"
    )
    assert sentence[:40] in _body(content, title="New rules for sales")


def test_a_swahili_sentence_naming_whatsapp_stays() -> None:
    content = (
        "<p>Mkuu wa wilaya aliandika kwenye WhatsApp kwamba shule zitafunguliwa Jumatatu"
        " baada ya maji kupungua.</p><p>Kamati ya maafa imesema hakuna mtu aliyejeruhiwa.</p>"
    )
    body = _body(content, lang="sw", title="Shule kufunguliwa")
    assert "aliandika kwenye WhatsApp" in body


def test_an_embeds_ask_to_accept_cookies_goes() -> None:
    content = (
        "<p>The council on Tuesday approved three new cycle lanes through the old town, with"
        " the first due to open in the summer.</p><p>This content is provided by a third"
        " party. To view it, please accept cookies in your privacy settings.</p>"
        "<p>The lanes will cost £1.2 million, half of it paid by a regional grant.</p>"
    )
    body = _body(content, title="Council approves cycle lanes")
    assert "three new cycle lanes" in body and "regional grant" in body
    assert "accept cookies" not in body
