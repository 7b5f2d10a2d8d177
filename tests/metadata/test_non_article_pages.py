"""Pages that are no news article (a shop's product, an event, a wiki's or a manual's page, a
forum thread, a press release): their metadata must hold without inventing what they do not
state. Small pages written here, on invented sites, modelled on the common layouts."""

from __future__ import annotations

import json
from datetime import datetime

import pytest

import newsextract
from newsextract.metadata.title_agreement import agrees

_TEXT = (
    "<p>The pack has a padded back panel, two side pockets and a lid pocket for small things, "
    "and the fabric sheds light rain without a cover.</p>"
    "<p>Its frame sheet comes out for washing, and the hip belt folds away when the pack rides "
    "in a larger bag or on a bike rack during a longer trip.</p>"
)


def _ld(node: dict[str, object]) -> str:
    return f'<script type="application/ld+json">{json.dumps(node)}</script>'


def test_a_product_page_has_no_published_date_from_its_reviews() -> None:
    """A review's date is the review's, not the page's: a product states no publication."""
    product = {
        "@context": "https://schema.org",
        "@type": "Product",
        "name": "Trailhead 28L Daypack",
        "offers": {"@type": "Offer", "price": "89.00", "priceValidUntil": "2025-12-31"},
        "review": [{"@type": "Review", "datePublished": "2024-05-02", "reviewBody": "Good."}],
    }
    html = (
        f"<html lang='en'><head><title>Trailhead 28L Daypack | Ridgefold Shop</title>{_ld(product)}"
        "</head><body><h1>Trailhead 28L Daypack</h1><div class='price'>€89.00</div>"
        f"<div class='description'>{_TEXT}</div><section class='reviews'><div class='review'>"
        "<span class='review-author'>Dmitri Pellan</span> <span class='review-date'>May 2, 2024"
        "</span><p>Light and roomy.</p></div></section></body></html>"
    )
    article = newsextract.extract(html, url="https://shop.example.com/p/th28")
    assert article.title == "Trailhead 28L Daypack"
    assert article.published is None
    assert article.authors == ()


def test_an_event_page_has_no_published_date_from_the_event_day() -> None:
    """The day the concert takes place is the event's, not the page's publication."""
    event = {
        "@context": "https://schema.org",
        "@type": "MusicEvent",
        "name": "Winterkonzert des Hafenchors",
        "startDate": "2025-12-13T19:30:00+01:00",
    }
    html = (
        f"<html lang='de'><head><title>Winterkonzert – Hafenchor</title>{_ld(event)}</head><body>"
        "<h1>Winterkonzert des Hafenchors</h1><div class='event-date'>Datum: 13. Dezember 2025, "
        f"19:30 – 21:30</div><div class='event-description'>{_TEXT}</div></body></html>"
    )
    article = newsextract.extract(html, url="https://hafenchor.example.org/termine/winter/")
    assert article.published is None


def test_a_page_with_an_article_node_beside_a_product_keeps_its_date() -> None:
    """A review article about a product states its own publication: it is read."""
    nodes = [
        {"@context": "https://schema.org", "@type": "Product", "name": "Daypack"},
        {
            "@context": "https://schema.org",
            "@type": "Review",
            "headline": "Trailhead 28L tested",
            "datePublished": "2024-05-02T09:00:00+02:00",
        },
    ]
    html = (
        f"<html lang='en'><head><title>Trailhead 28L tested</title>{_ld(nodes[0])}{_ld(nodes[1])}"
        f"</head><body><h1>Trailhead 28L tested</h1>{_TEXT}</body></html>"
    )
    article = newsextract.extract(html, url="https://gear.example.com/tests/th28")
    assert article.published == datetime.fromisoformat("2024-05-02T09:00:00+02:00")


@pytest.mark.parametrize(
    ("language", "dateline"),
    [
        ("en", "BRIDGEPORT, Conn., September 24, 2024 /Wirecast/ --"),
        ("de", "HANNOVER, 24. September 2024 –"),
        ("fr", "LYON, le 24 septembre 2024 –"),
        ("es", "ZARAGOZA, 24 de septiembre de 2024 –"),
    ],
)
def test_a_press_release_is_dated_by_its_dateline(language: str, dateline: str) -> None:
    """A press release writes its day nowhere but in the dateline opening its text."""
    html = (
        f"<html lang='{language}'><head><title>Northvale opens a plant | Northvale</title></head>"
        "<body><main><p><strong>FOR IMMEDIATE RELEASE</strong></p><h1>Northvale opens a plant</h1>"
        f"<p><strong>{dateline}</strong> Northvale Robotics opened a second assembly plant on "
        "Tuesday, doubling its output of warehouse robots.</p>"
        f"{_TEXT}<p>###</p></main><footer>© 2025 Northvale Robotics Inc.</footer></body></html>"
    )
    article = newsextract.extract(html, url="https://www.northvale.example.com/newsroom/plant")
    assert article.published == datetime(2024, 9, 24)


def test_a_sentence_opening_with_a_place_and_a_date_is_no_dateline() -> None:
    """A date inside the sentence, with no dash after it, dates something else: the text
    date does not read it (the page search may still find it, with its lower weight)."""
    html = (
        "<html lang='en'><head><title>Notes</title></head><body><h1>Notes</h1>"
        "<p>Bridgeport, the city where we met on September 24, 2019, is still home.</p>"
        f"{_TEXT}</body></html>"
    )
    article = newsextract.extract(html, url="https://notes.example.org/p/1")
    assert article.provenance.get("published") != "text:date-text"


@pytest.mark.parametrize(
    ("language", "footer"),
    [
        ("ru", "Эта страница в последний раз была отредактирована 2 октября 2024 в 14:07."),
        ("pl", "Tę stronę ostatnio edytowano 2 października 2024, 14:07."),
        ("zh", "本页面最后修订于2024年10月2日 14:07。"),
        ("sv", "Sidan redigerades senast den 2 oktober 2024 kl. 14:07."),
        ("nl", "Deze pagina is voor het laatst bewerkt op 2 oktober 2024 om 14:07."),
    ],
)
def test_a_wiki_footer_gives_the_last_update(language: str, footer: str) -> None:
    """A wiki's "last edited" footer is the page's update, in each language's words."""
    html = (
        f"<html lang='{language}'><head><title>Pumpwerk</title></head><body>"
        f"<div id='content'><h1 id='firstHeading'>Pumpwerk</h1>{_TEXT}</div>"
        f"<div id='footer' role='contentinfo'><ul><li id='footer-info-lastmod'>{footer}</li>"
        "</ul></div></body></html>"
    )
    article = newsextract.extract(html, url="https://wiki.example.org/wiki/Pumpwerk")
    assert article.modified == datetime(2024, 10, 2, 14, 7)


def _qa_page(asker: str, answerer: str) -> str:
    person = 'itemprop="author" itemscope itemtype="http://schema.org/Person"'
    return (
        "<html lang='en'><head><title>How do I re-seal a tent seam? - Campcraft Q&amp;A</title>"
        "</head><body><header><a href='/'>Campcraft Q&amp;A</a></header>"
        "<h1><a class='question-hyperlink' href='/q/51'>How do I re-seal a tent seam?</a></h1>"
        "<div id='question' itemprop='mainEntity' itemscope itemtype='https://schema.org/Question'>"
        f"<div itemprop='text'>{_TEXT}</div><div class='user-info'><div class='user-action-time'>"
        "asked Aug 11, 2020 at 14:22</div>"
        f"<div class='user-details' {person}><a href='/u/3'>{asker}</a>"
        f"<span class='d-none' itemprop='name'>{asker}</span></div></div></div>"
        "<div class='answer' itemprop='suggestedAnswer' itemscope "
        f"itemtype='https://schema.org/Answer'><div itemprop='text'>{_TEXT}</div>"
        f"<div class='user-details' {person}><a href='/u/8'>{answerer}</a>"
        f"<span class='d-none' itemprop='name'>{answerer}</span></div></div></body></html>"
    )


def test_a_question_page_is_authored_by_its_asker() -> None:
    """A Q&A page's author is the one who asked, not who answered."""
    article = newsextract.extract(
        _qa_page("Harriet Vossberg", "Dmitri Pellan"), url="https://campcraft.example.com/q/51"
    )
    assert article.authors == ("Harriet Vossberg",)


def test_an_faq_question_without_an_asker_leaves_the_page_the_scope() -> None:
    """An FAQ's questions name no author: the page's own itemprops are still read."""
    html = (
        "<html lang='en'><head><title>Returns FAQ</title></head><body><h1>Returns FAQ</h1>"
        "<span itemprop='author' itemscope itemtype='http://schema.org/Person'>"
        "<span itemprop='name'>Katrin Wohlfahrt</span></span>"
        "<div itemscope itemtype='https://schema.org/Question'><h3 itemprop='name'>Can I return "
        "a used pack?</h3><div itemprop='acceptedAnswer' itemscope "
        f"itemtype='https://schema.org/Answer'><div itemprop='text'>{_TEXT}</div></div></div>"
        "</body></html>"
    )
    article = newsextract.extract(html, url="https://shop.example.com/faq/returns")
    assert article.authors == ("Katrin Wohlfahrt",)


def test_a_blog_post_dated_in_an_abbr_title_keeps_its_time() -> None:
    """Blogger's post footer writes the time; its microdata stamp is the abbr's title."""
    html = (
        "<html lang='it'><head><title>Diario dell'orto: Il mio primo anno con le api</title>"
        "</head><body><div class='header-outer'><h1 class='title'>"
        "<a href='https://diario.example.org/'>Diario dell'orto</a></h1></div>"
        "<h2 class='date-header'><span>14 novembre 2023</span></h2>"
        "<div class='post hentry' itemprop='blogPost' itemscope='itemscope' "
        "itemtype='http://schema.org/BlogPosting'><h3 class='post-title entry-title' "
        f"itemprop='name'>Il mio primo anno con le api</h3><div class='post-body'>{_TEXT}</div>"
        "<div class='post-footer'>Pubblicato da <span itemprop='author' itemscope='itemscope' "
        "itemtype='http://schema.org/Person'><span itemprop='name'>Giulia Ferracani</span>"
        "</span> alle <abbr class='published' itemprop='datePublished' "
        "title='2023-11-14T18:42:00+01:00'>18:42</abbr></div></div></body></html>"
    )
    article = newsextract.extract(html, url="https://diario.example.org/2023/11/api.html")
    assert article.published == datetime.fromisoformat("2023-11-14T18:42:00+01:00")
    assert article.title == "Il mio primo anno con le api"
    assert article.authors == ("Giulia Ferracani",)


@pytest.mark.parametrize(
    ("headline", "title", "expected"),
    [
        ("清溪泵站", "清溪泵站 - 小阳台笔记 Wiki", True),
        ("キャッシュ設定", "キャッシュ設定 — Quillmark 3.2 ドキュメント", True),
        ("泵站", "清溪泵站 - 小阳台笔记 Wiki", False),  # two characters agree by chance
        ("Pump house", "Old pump house - Riverside Wiki", False),  # ten letters do too
        # The title's whole first part, before a separator, agrees however short
        # (title.opens_title): no chance there.
        ("泵站", "泵站 - 小阳台笔记 Wiki", True),
        ("Pump house", "Pump house - Riverside Wiki", True),
    ],
)
def test_a_short_headline_in_an_unspaced_script_agrees_with_its_title(
    headline: str, title: str, expected: bool
) -> None:
    """Four Han characters say as much as a Latin headline of 12 letters."""
    assert agrees(headline, title) is expected


def test_a_chinese_wiki_page_is_titled_by_its_heading() -> None:
    html = (
        "<html lang='zh'><head><title>清溪泵站 - 小阳台笔记 Wiki</title></head><body>"
        "<div id='content'><h1 id='firstHeading'>清溪泵站</h1>"
        "<p>清溪泵站位于河流下游，建于二十世纪初，用于排除低洼地区的积水，至今仍在使用。</p>"
        "<p>泵站的机房保留了早期的蒸汽设备，每年春季对公众开放参观，吸引了许多游客。</p>"
        "</div></body></html>"
    )
    article = newsextract.extract(html, url="https://zh.wiki.example.org/wiki/qingxi")
    assert article.title == "清溪泵站"


@pytest.mark.parametrize(
    ("language", "meta", "name"),
    [
        ("zh", "作者：林晓雯\u30002022年10月9日", "林晓雯"),
        ("ja", "投稿者：高橋美咲\u30002022年10月9日", "高橋美咲"),
        ("sv", "Skrivet av Linnea Åkerholm den 9 oktober 2022", "Linnea Åkerholm"),
        ("pl", "Napisane przez Anna Wróblewicz dnia 9 października 2022", "Anna Wróblewicz"),
        ("ko", "글쓴이: 김서연 · 2022년 10월 9일", "김서연"),
        ("ar", "كتبه ليلى الحداد في 9 أكتوبر 2022", "ليلى الحداد"),
    ],
)
def test_a_personal_blog_meta_line_gives_its_author(language: str, meta: str, name: str) -> None:
    """A blog's meta line without markup: the label, the name, the day (a CJK day written
    year first, with its sign, right after the name)."""
    html = (
        f"<html lang='{language}'><head><title>Post</title></head><body><article>"
        f"<h1 class='entry-title'>Post</h1><div class='entry-meta'>{meta}</div>"
        f"<div class='entry-content'>{_TEXT}</div></article></body></html>"
    )
    article = newsextract.extract(html, url="https://blog.example.net/post/")
    assert article.authors == (name,)
    assert article.published == datetime(2022, 10, 9)


def test_a_structured_headline_cut_inside_a_word_gives_way_to_the_headline() -> None:
    """An SEO limit of 60 characters cut the JSON-LD headline mid-word; the <h1> and the
    OpenGraph title give it whole."""
    whole = "Cómo organizamos una biblioteca de barrio en un antiguo garaje"
    node = {"@context": "https://schema.org", "@type": "Article", "headline": whole[:60]}
    html = (
        f"<html lang='es'><head><title>{whole} | Cuaderno</title>{_ld(node)}"
        f"<meta property='og:title' content='{whole}'></head><body><article><h1>{whole}</h1>"
        f"{_TEXT}</article></body></html>"
    )
    article = newsextract.extract(html, url="https://cuaderno.example.org/biblioteca")
    assert article.title == whole


def test_a_structured_headline_ending_on_a_whole_word_stays() -> None:
    """A shorter headline that ends where a word ends is a title of its own."""
    node = {
        "@context": "https://schema.org",
        "@type": "Article",
        "headline": "How we organised a neighbourhood library",
    }
    visible = "How we organised a neighbourhood library in an old garage"
    html = (
        f"<html lang='en'><head><title>{visible}</title>{_ld(node)}"
        f"<meta property='og:title' content='{visible}'></head><body><article><h1>{visible}"
        f"</h1>{_TEXT}</article></body></html>"
    )
    article = newsextract.extract(html, url="https://notebook.example.org/library")
    assert article.title == "How we organised a neighbourhood library"
