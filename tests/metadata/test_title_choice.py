"""How the title is chosen among the visible headline and the metadata titles (title.py)."""

from __future__ import annotations

import pytest

import newsextract
from newsextract.metadata.candidate import Candidate
from newsextract.metadata.fields import ArticleField
from newsextract.metadata.resolve import resolve
from newsextract.metadata.site_names import (
    sections_from_url,
    site_names_from_url,
    strip_site_name,
    without_tagline,
)
from newsextract.metadata.title import choose_title
from newsextract.metadata.title_agreement import agrees
from newsextract.origin import Origin

SITE = ["Riverside Courier", "riversidecourier", "riversidecourier.com"]


def test_a_trusted_structured_headline_wins_over_the_h1() -> None:
    choice = choose_title(
        "Storm: what we know", ["Storm hits the coast overnight"], SITE, trusted=1
    )
    assert (choice.title, choice.index) == ("Storm hits the coast overnight", 0)


def test_the_h1_wins_when_a_metadata_title_agrees_with_it() -> None:
    titles = ["Storm hits the coast | Riverside Courier"]
    choice = choose_title("Storm hits the coast", titles, SITE)
    assert (choice.title, choice.index) == ("Storm hits the coast", -1)
    assert "agrees" in choice.reasons[0]


def test_without_agreement_the_first_metadata_title_wins_without_its_site_name() -> None:
    choice = choose_title("Weather", ["Storm hits the coast - Riverside Courier"], SITE)
    assert choice.title == "Storm hits the coast"
    assert choice.reasons[-1].startswith("fewer than")


def test_a_structured_headline_that_is_a_description_loses_to_the_h1() -> None:
    description = (
        "The storm that came in overnight flooded streets across the town and left "
        "thousands of homes without power, officials said on Tuesday."
    )
    titles = [description, "Storm hits the coast | Riverside Courier"]
    choice = choose_title("Storm hits the coast", titles, SITE, trusted=1)
    assert choice.title == "Storm hits the coast"
    assert "description" in choice.reasons[0]


def test_a_structured_headline_ending_like_a_sentence_loses_to_the_h1() -> None:
    titles = ["Council votes to close the bridge after inspection.", "Old bridge will close"]
    choice = choose_title("Old bridge will close", titles, SITE, trusted=1)
    assert choice.title == "Old bridge will close"
    assert "sentence" in choice.reasons[0]


def test_a_structured_headline_that_is_the_blogs_name_loses_to_the_h1() -> None:
    titles = ["Riverside Courier", "My garden in May | Riverside Courier"]
    choice = choose_title("My garden in May", titles, SITE, trusted=1)
    assert choice.title == "My garden in May"
    assert "site" in choice.reasons[0]


def test_a_rule_is_never_second_guessed() -> None:
    choice = choose_title("Short h1 here", ["Riverside Courier"], SITE, trusted=1, authoritative=1)
    assert choice.title == "Riverside Courier"


def test_a_cjk_h1_counts_in_characters_and_beats_the_title_with_its_site_suffix() -> None:
    site = ["朝日新聞デジタル", "asahi", "asahi.com"]
    choice = choose_title("東京で大雨", ["東京で大雨｜朝日新聞デジタル"], site)
    assert (choice.title, choice.index) == ("東京で大雨", -1)


def test_a_thai_h1_is_more_than_one_word_and_beats_the_title_with_its_site_suffix() -> None:
    # Thai is written without spaces between words: the headline is not "one word".
    choice = choose_title("ฝนตกหนักทั่วกรุงเทพ", ["ฝนตกหนักทั่วกรุงเทพ - ข่าวสด"], [])
    assert (choice.title, choice.index) == ("ฝนตกหนักทั่วกรุงเทพ", -1)


def test_a_cjk_title_loses_its_site_name_after_a_full_width_bar() -> None:
    assert strip_site_name("东京大雨交通受阻｜新华网", ["新华网"]) == "东京大雨交通受阻"
    assert strip_site_name("东京大雨交通受阻_新华网", ["新华网"]) == "东京大雨交通受阻"


def test_a_short_cjk_headline_contained_in_a_title_agrees() -> None:
    assert agrees("首相が辞任を表明", "【速報】首相が辞任を表明 - ニュース")
    assert not agrees("Prime", "Prime minister resigns")


def test_an_h1_that_is_the_site_name_is_no_headline() -> None:
    titles = ["Storm hits the coast tonight", "Riverside Courier"]
    choice = choose_title("Riverside Courier", titles, SITE)
    assert choice.title == "Storm hits the coast tonight"
    assert choice.reasons[-1] == "the site's name, not the article's"
    # nor does it make a long structured headline look like a description
    long_title = "Mark Doe gives $2,800 to the campaign committee of the mayor in September"
    assert choose_title("Riverside Courier", [long_title], SITE, trusted=1).title == long_title


def test_a_home_page_keeps_the_site_name_when_nothing_else_is_there() -> None:
    assert choose_title("Riverside Courier", [], SITE).title == "Riverside Courier"


def test_a_kicker_before_the_headline_gives_way_to_the_headline_alone() -> None:
    titles = ["Chronik: Greta Vilmar ist tot", "Chronik: Greta Vilmar ist tot - graz.KRT.at"]
    choice = choose_title("Greta Vilmar ist tot", titles, ["KRT", "krt"], trusted=1)
    assert (choice.title, choice.index) == ("Greta Vilmar ist tot", -1)
    assert "kicker" in choice.reasons[0]
    # a headline with a colon of its own is kept when no source gives a shorter one
    titles = ["Verkehr: Warten, bis der Bus kommt"]
    assert choose_title(titles[0], titles, [], trusted=1).title == titles[0]


def test_the_site_name_of_a_host_reads_the_public_suffix_list() -> None:
    assert site_names_from_url("https://www.bbc.co.uk/news/1") == ["bbc", "bbc.co.uk"]
    assert site_names_from_url("https://bundeskanzleramt.gv.at/a") == [
        "bundeskanzleramt",
        "bundeskanzleramt.gv.at",
    ]
    assert site_names_from_url("http://[::1") == []
    title = "Ministerin Raab: Neue Regeln - Bundeskanzleramt Österreich"
    names = site_names_from_url("https://www.bundeskanzleramt.gv.at/a")
    assert strip_site_name(title, names) == "Ministerin Raab: Neue Regeln"


def test_an_archived_copy_belongs_to_the_site_it_was_archived_from() -> None:
    archived = "https://web.archive.org/web/20160330101229/http://riversidecourier.com/storm"
    assert site_names_from_url(archived) == ["riversidecourier", "riversidecourier.com"]
    bare = "https://web.archive.org/web/20130307194448id_/riversidecourier.com/2008/05/storm"
    assert site_names_from_url(bare) == ["riversidecourier", "riversidecourier.com"]
    assert site_names_from_url("https://web.archive.org/web/") == ["archive", "archive.org"]


def test_an_archived_pages_banner_h1_loses_to_its_title() -> None:
    html = (
        "<html><head><title>Storm cuts power to the valley : Riverside Courier</title></head>"
        "<body><h1>Riverside Courier</h1><article><p>The storm came in overnight.</p>"
        "</article></body></html>"
    )
    url = "https://web.archive.org/web/20160330101229/http://riversidecourier.com/storm"
    article = newsextract.extract(html, url)
    assert article.title == "Storm cuts power to the valley"
    assert article.publisher == "Riverside Courier"


def test_a_part_written_as_a_host_name_names_a_site() -> None:
    assert strip_site_name("Storm hits the coast | VALLEYNEWS.NET", SITE) == "Storm hits the coast"
    assert strip_site_name("Storm hits the coast - news.valley.co.uk", SITE) == (
        "Storm hits the coast"
    )
    # Abbreviations are no host names.
    assert strip_site_name("Storm hits the coast - U.S.", SITE) == "Storm hits the coast - U.S."
    assert strip_site_name("Verein feiert - Freunde e.V.", SITE) == "Verein feiert - Freunde e.V."


def test_an_h1_carrying_a_site_suffix_gives_the_headline_without_it() -> None:
    choice = choose_title(
        "Storm hits the coast overnight | VALLEYNEWS.NET", ["Storm hits the coast overnight"], SITE
    )
    assert (choice.title, choice.index) == ("Storm hits the coast overnight", -1)


def test_a_part_holding_every_word_of_the_hosts_label_names_the_site() -> None:
    site = ["athletics-valley", "athletics-valley.org"]
    title = "Valley finds its champions - Valley Athletics Association"
    assert strip_site_name(title, site) == "Valley finds its champions"
    # One word of the label is not enough: the headline may name the place.
    assert strip_site_name("Athletics: the season starts - Report", site) == (
        "Athletics: the season starts - Report"
    )


def test_a_korean_title_loses_its_site_name_after_the_letter_used_as_a_bar() -> None:
    site = ["한빛일보", "hanbitilbo", "hanbitilbo.com"]
    assert strip_site_name("시의회, 새 예산안 통과ㅣ한빛일보", site) == "시의회, 새 예산안 통과"
    assert strip_site_name("시의회, 새 예산안 통과 ㅣ 한빛일보", site) == "시의회, 새 예산안 통과"


def test_every_publisher_candidate_names_the_site_in_titles() -> None:
    def cand(field: str, value: str, origin: Origin, detail: str) -> Candidate:
        return Candidate(field=field, value=value, origin=origin, detail=detail)

    candidates = [
        cand("publisher", "Valley Media", Origin.JSONLD, "publisher"),
        cand("publisher", "The Valley Ledger", Origin.OPENGRAPH, "og:site_name"),
        cand("publisher", "@ledgerdaily", Origin.META, "twitter:site"),
        cand("title", "Storm cuts power | The Valley Ledger", Origin.HTML, "title"),
    ]
    resolved = resolve(candidates, "https://www.vlnews.example/storm")
    assert resolved.text(ArticleField.PUBLISHER) == "Valley Media"
    assert resolved.text(ArticleField.TITLE) == "Storm cuts power"
    handle = [*candidates[:3], cand("title", "Storm cuts power - ledgerdaily", Origin.META, "t")]
    assert resolve(handle, None).text(ArticleField.TITLE) == "Storm cuts power"


def test_a_site_name_with_umlauts_is_recognised_in_its_host_spelling() -> None:
    # oerv.at is "ÖRV", sueddeutsche.de "Süddeutsche": hosts spell umlauts as digraphs.
    site = site_names_from_url("https://www.oerv.at/news/artikel")
    assert strip_site_name("Gelungener Start für Ruderer | ÖRV", site) == (
        "Gelungener Start für Ruderer"
    )
    site = site_names_from_url("https://www.hurriyet.com.tr/gundem/x")
    choice = choose_title("Hürriyet", ["Yeni köprü açıldı - Hürriyet"], site)
    assert choice.title == "Yeni köprü açıldı"


def test_a_site_name_followed_by_its_tagline_is_cut_with_it() -> None:
    site = site_names_from_url("https://www.riversidecourier.com/story")
    assert strip_site_name("Storm hits the coast | Riverside Courier – Nachrichten", site) == (
        "Storm hits the coast"
    )
    # A longer part after the site's name is not a tagline: nothing is cut.
    long_tail = "Storm hits | Riverside Courier | more news from the coast today"
    assert strip_site_name(long_tail, site) == long_tail


def test_the_site_part_of_the_title_names_the_publisher_not_its_tagline() -> None:
    html = (
        "<html><head><title>Sauber verlöten | KupferWerk – IT</title></head><body>"
        "<h1>Sauber verlöten</h1><p>Text.</p></body></html>"
    )
    article = newsextract.extract(html, url="https://www.kupferwerk.de/2019/10/verloeten/")
    assert (article.title, article.publisher) == ("Sauber verlöten", "KupferWerk")


def test_the_sites_name_as_a_label_before_the_headline_is_cut() -> None:
    assert strip_site_name("Riverside Courier: Council approves budget", SITE) == (
        "Council approves budget"
    )
    # Any other label stays: it is the headline's kicker.
    assert strip_site_name("Budget: council approves it", SITE) == "Budget: council approves it"


def test_a_structured_headline_cut_with_an_ellipsis_gives_way_to_the_full_h1() -> None:
    full = "Minister announces a sweeping reform of the pension system after months of talks"
    for cut in [
        "Minister announces a sweeping reform of the pension system after…",
        full[:60] + "...",
    ]:
        choice = choose_title(full, [cut], SITE, trusted=1)
        assert (choice.title, choice.index) == (full, -1)
        assert "cut short" in choice.reasons[0]
    # Without an ellipsis, a shorter headline is the site's own choice and stays trusted.
    short = "Minister announces a sweeping pension reform"
    assert choose_title(full, [short], SITE, trusted=1).title == short


def test_a_section_the_address_names_is_cut_with_the_site_from_a_title_alone() -> None:
    site = site_names_from_url("https://www.hurriyet.com.tr/ekonomi/faiz-karari-123")
    sections = sections_from_url("https://www.hurriyet.com.tr/ekonomi/faiz-karari-123")
    title = "Merkez Bankası faizi sabit tuttu | Ekonomi Haberleri | Hürriyet"
    choice = choose_title(None, [title], site, sections=sections)
    assert choice.title == "Merkez Bankası faizi sabit tuttu"
    # A last part that names no section of the address is the headline's own.
    other = "Merkez Bankası faizi sabit tuttu | Piyasalar şaşırdı | Hürriyet"
    assert choose_title(None, [other], site, sections=sections).title == (
        "Merkez Bankası faizi sabit tuttu | Piyasalar şaşırdı"
    )


def test_an_addresss_sections_are_its_folders_words_not_codes_or_the_slug() -> None:
    assert sections_from_url("https://example.com/en/politik-inland/2024/vote-on-budget") == {
        "politik",
        "inland",
        "politikinland",  # the folder's words written as one ("What's On" of whats-on)
    }
    assert sections_from_url(None) == frozenset()


def test_below_a_banner_h1_the_heading_the_theme_names_as_the_title_is_the_headline() -> None:
    html = (
        "<html><head><title>Farmers protest new water rules | Valley Post</title></head><body>"
        '<header><h1 class="site-title"><a href="/">Valley Post</a></h1></header><article>'
        '<h2 class="entry-title">Farmers protest new water rules</h2><p>Text.</p></article>'
        "</body></html>"
    )
    article = newsextract.extract(html, url="https://valleypost.com/farmers-protest")
    assert article.title == "Farmers protest new water rules"
    assert article.provenance["title"] == "html:h1"


def test_metadata_titles_in_another_script_give_way_to_the_visible_headline() -> None:
    # A Serbian page shown in Cyrillic, its metadata written in Latin letters.
    latin = "Novi most na Savi otvoren za saobraćaj"
    cyrillic = "Нови мост на Сави отворен за саобраћај"
    choice = choose_title(cyrillic, [latin, f"{latin} | Vesti"], SITE, trusted=1)
    assert (choice.title, choice.index) == (cyrillic, -1)
    assert "another script" in choice.reasons[0]
    # Kanji and kana are one writing: a Japanese headline and title are in the same script.
    choice = choose_title("ひろしまの まつり はじまる", ["広島の祭りが始まる"], SITE, trusted=1)
    assert choice.title == "広島の祭りが始まる"


def test_a_logo_set_as_an_h1_gives_way_to_the_articles_h1() -> None:
    # A Drupal theme sets the site's logo as an <h1>, in a block before the article's own
    # <h1>: the logo's text (a name in Thai here, which no host spelling gives) is no title.
    headline = "ผล DNA ยืนยัน ศพลอยแม่น้ำโขง"
    html = (
        '<html lang="th"><head><title>ผล DNA ยืนยัน ศพลอยแม่น้ำโขง | ประชาไท Prachatai.com</title>'
        '</head><body><div id="header"><div id="website-logo-block"><h1 id="website-logo">'
        '<a href="/node">ประชาไท</a></h1></div></div><div class="region-content">'
        f'<h1 class="title" id="page-title">{headline}</h1>'
        f"<p>{'ผลการตรวจดีเอ็นเอยืนยันแล้วว่าศพที่พบในแม่น้ำโขงเป็นคนสนิท ' * 8}</p>"
        "</div></body></html>"
    )
    assert newsextract.extract(html, url="https://prachatai.com/journal/2019/01/80000").title == (
        headline
    )
    # Alone, a logo <h1> is still the page's only visible headline.
    alone = html.replace(f'<h1 class="title" id="page-title">{headline}</h1>', "")
    assert newsextract.extract(alone).title


def test_a_site_name_loses_the_tagline_beside_it() -> None:
    cases = [
        ("technikreport.de - Stellenmarkt und Magazin für Technik", "technikreport.de"),
        ("bitmole.eu | under the hood", "bitmole.eu"),
        ("Salz und Licht - Interior | Design | Lifestyle | Travel Blog", "Salz und Licht"),
        ("Die Presse - Nachrichten", "Die Presse"),
    ]
    hosts = ["https://www.technikreport.de/a", "https://bitmole.eu/a", "https://salzundlicht.com/a"]
    for (name, alone), url in zip(cases, [*hosts, "https://www.diepresse.com/a"], strict=True):
        assert without_tagline(name, url) == alone
    # No part the host names, a handle's "_", a name alone: as written.
    assert without_tagline(
        "Code4Kinder | Kurse für Grundschulen", "https://code-fuer-kinder.org/a"
    ) == ("Code4Kinder | Kurse für Grundschulen")
    assert without_tagline("@amt_bund", "https://www.amt-bund.de/a") == "@amt_bund"
    assert without_tagline("Reuters", "https://www.reuters.com/a") == "Reuters"


def test_the_publisher_comes_without_its_tagline() -> None:
    html = (
        '<html lang="de"><head><meta property="og:site_name" content="technikreport.de - '
        'Stellenmarkt und Magazin für Technik"></head><body><article><h1>Kernfusion als'
        f" Energiequelle</h1><p>{'Die Fusion liefert Energie wie die Sonne. ' * 6}</p>"
        "</article></body></html>"
    )
    article = newsextract.extract(html, url="https://www.technikreport.de/technik/kernfusion/")
    assert article.publisher == "technikreport.de"


def test_a_title_that_is_the_sites_name_gives_way_to_the_headline() -> None:
    # A theme that sets the home page's <title> on every page: the headline is the title.
    choice = choose_title("Farmers protest new water rules", ["Valley Post"], ["valleypost"])
    assert choice.title == "Farmers protest new water rules"
    assert choice.reasons[0] == "the site's name, not the article's"


_TRACTORS = f"<p>{'The farmers drove their tractors to the capital on Monday. ' * 6}</p>"


@pytest.mark.parametrize(
    ("head", "body", "url", "title"),
    [
        # An <h1> whose one link goes to the home page is the logo, not the headline.
        (
            "<title>Valley Post</title>",
            "<h1><a href='https://valleypost.com/'>Valley Post</a></h1>"
            "<h1>Farmers protest new water rules</h1>",
            "https://valleypost.com/farmers-protest",
            "Farmers protest new water rules",
        ),
        # No og:site_name, no <h1>: the host's Latin letters name a Cyrillic or Greek suffix.
        (
            "<title>Фермеры протестуют против новых правил — Новая газета</title>",
            "",
            "https://novayagazeta.ru/a",
            "Фермеры протестуют против новых правил",
        ),
        (
            "<title>Οι αγρότες διαμαρτύρονται για τους κανόνες | Καθημερινή</title>",
            "",
            "https://www.kathimerini.gr/a",
            "Οι αγρότες διαμαρτύρονται για τους κανόνες",
        ),
    ],
    ids=["logo-links-home", "cyrillic-site-name", "greek-site-name"],
)
def test_the_sites_name_is_told_from_the_headline(
    head: str, body: str, url: str, title: str
) -> None:
    html = f"<html><head>{head}</head><body><div class='page'>{body}{_TRACTORS}</div></body></html>"
    assert newsextract.extract(html, url=url).title == title


@pytest.mark.parametrize(
    ("head", "body", "url", "title"),
    [
        # Sphinx and MkDocs end a heading with its link to itself: no word of the title.
        (
            "<title>Installation of Requests — Requests 2.31.0 documentation</title>",
            "<h1>Installation of Requests<a class='headerlink' href='#install'>¶</a></h1>",
            "https://requests.readthedocs.io/en/latest/user/install/",
            "Installation of Requests",
        ),
        # phpBB's topic page has no <h1>: the heading it names as the topic's title.
        (
            "<title>Boat trailer lights keep failing - Trailer Talk - Boating Forum</title>",
            "<h2 class='topic-title'><a href='./viewtopic.php?t=1'>Boat trailer lights keep"
            " failing</a></h2>",
            "https://forum.boating.example/viewtopic.php?t=1",
            "Boat trailer lights keep failing",
        ),
    ],
    ids=["headerlink", "forum-topic-title"],
)
def test_the_headline_of_a_documentation_or_forum_page(
    head: str, body: str, url: str, title: str
) -> None:
    html = f"<html><head>{head}</head><body>{body}<div class='post'>{_TRACTORS}</div></body></html>"
    assert newsextract.extract(html, url=url).title == title


def test_a_blogs_logo_header_gives_the_publisher_and_way_to_the_posts_title() -> None:
    # Blogger: the blog's name in an <h1> linking home, the post's title in h3.post-title,
    # the <title> "Blog: Post"; the name is in a script the blogspot host does not spell.
    html = (
        "<html lang='ml'><head><title>കേരള രുചികൾ: ചക്ക പുഴുക്ക്</title></head><body>"
        "<div class='header'><h1 class='title'><a href='https://keralaruchikal.blogspot.com/'>"
        "കേരള രുചികൾ</a></h1></div><div class='post'><h3 class='post-title entry-title'>"
        f"ചക്ക പുഴുക്ക്</h3>{_TRACTORS}</div></body></html>"
    )
    article = newsextract.extract(html, url="https://keralaruchikal.blogspot.com/2024/06/x.html")
    assert (article.title, article.publisher) == ("ചക്ക പുഴുക്ക്", "കേരള രുചികൾ")
    assert article.provenance["publisher"] == "html:logo"


LONG_HEADLINE = (
    "City council approves the new budget after a night of debate: "
    "“We could not leave the libraries without the money they were promised for years”"
)


def test_a_structured_headline_cut_at_a_length_limit_gives_way_to_the_whole_headline() -> None:
    cut = LONG_HEADLINE[:140].rsplit(" ", 1)[0] + " "  # cut bare at 140 characters
    choice = choose_title(
        LONG_HEADLINE, [cut, LONG_HEADLINE + " | Riverside Courier"], SITE, trusted=1
    )
    assert (choice.title, choice.index) == (LONG_HEADLINE, -1)
    assert choice.reasons[0] == "the visible headline, cut short"


def test_a_short_structured_headline_the_visible_one_extends_stays() -> None:
    headline = "Storm hits the coast: what we know"
    titles = ["Storm hits the coast", headline]
    assert choose_title(headline, titles, SITE, trusted=1).title == "Storm hits the coast"


def test_a_structured_headline_cut_mid_sentence_gives_way_with_no_other_source() -> None:
    # Cut between two words of the headline's sentence, it is cut all the same: no other
    # source need give the whole (the second blind title probe's de_jsonld_headline_cut_…).
    cut = LONG_HEADLINE[:140].rsplit(" ", 1)[0]
    choice = choose_title(LONG_HEADLINE, [cut, "Budget | Riverside Courier"], SITE, trusted=1)
    assert (choice.title, choice.index) == (LONG_HEADLINE, -1)


def test_a_structured_headline_the_h1_extends_after_its_end_stays() -> None:
    # Ending on its own punctuation, or with an <h1> more than twice its length, it is whole.
    whole = LONG_HEADLINE.split(": ")[0] + ", and libraries get their money."
    whole = whole + " " + whole
    assert len(whole) >= 100
    titles = [whole, "Budget | Riverside Courier"]
    assert choose_title(whole + " More at eleven", titles, SITE, trusted=1).title == whole
    long_h1 = LONG_HEADLINE + " " + LONG_HEADLINE
    cut = LONG_HEADLINE[:140].rsplit(" ", 1)[0]
    titles = [cut, "Budget | Riverside Courier"]
    assert choose_title(long_h1 + " " + long_h1, titles, SITE, trusted=1).title == cut


def test_a_title_with_a_section_tail_gives_way_to_the_bare_title_another_tag_gives() -> None:
    site = ["한빛일보", "hanbitilbo", "hanbitilbo.com"]
    decorated = "시의회, 새 예산안 두고 밤샘 토론 끝에 통과-정치ㅣ한빛일보"
    choice = choose_title(
        None, [decorated, decorated, "시의회, 새 예산안 두고 밤샘 토론 끝에 통과"], site
    )
    assert (choice.title, choice.index) == ("시의회, 새 예산안 두고 밤샘 토론 끝에 통과", 2)
    assert choice.reasons[0].startswith("decorated")


def test_a_longer_ending_after_a_colon_is_the_headline_not_a_tail() -> None:
    titles = ["Storm hits the coast: the town counts the cost of the night", "Storm hits the coast"]
    assert choose_title(None, titles, SITE).title == titles[0]


def test_every_distinct_meta_title_is_a_candidate() -> None:
    html = """<html lang="ko"><head>
    <meta property="og:title" content="시의회, 새 예산안 두고 밤샘 토론 끝에 통과-정치ㅣ한빛일보">
    <meta name="twitter:title" content="시의회, 새 예산안 두고 밤샘 토론 끝에 통과-정치ㅣ한빛일보">
    <meta name="headline" content="시의회, 새 예산안 두고 밤샘 토론 끝에 통과">
    <meta property="og:site_name" content="한빛일보"></head>
    <body><div class="text"><p>시의회는 어제 밤 새 예산안을 통과시켰다.</p></div></body></html>"""
    article = newsextract.extract(html, url="https://www.hanbitilbo.com/news/article/A20260129")
    assert article.title == "시의회, 새 예산안 두고 밤샘 토론 끝에 통과"


def test_a_site_name_glued_after_the_visible_headline_goes_where_a_title_ends() -> None:
    # <h1><span>headline</span><a href="/">Riverside Courier</a></h1>, read as one line
    headline = "Council approves the new budget Riverside Courier"
    titles = [
        "Council approves the new budget",
        "Council approves the new budget » Riverside Courier",
    ]
    choice = choose_title(headline, titles, SITE)
    assert (choice.title, choice.index) == ("Council approves the new budget", -1)


def test_a_headline_ending_in_words_of_its_own_keeps_them() -> None:
    headline = "Council approves the new budget for the schools"
    choice = choose_title(headline, ["Council approves the new budget"], SITE)
    assert choice.title == headline
