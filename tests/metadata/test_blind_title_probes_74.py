"""An eleventh blind title probe (issue 12): titles on pages that are not classic news,
written before the title code was read for this round: shop product pages (the ``<h1>`` the
product's name, the ``<title>`` its name with the shop and a "buy cheap" line), recipes,
forum threads (the thread's title against the forum's name), documentation pages (the
``<h1>`` against "Page — Project 2.3 documentation"), wiki entries, questions and answers,
personal blogs (the blog's name in the ``<h1>``, the post's title in an ``<h2>``), event
pages, press releases, an ``<h1>`` that is the logo, two ``<h1>``, a colon or a dash inside
the real title, JSON-LD ``name`` against ``headline``, and an ``og:title`` with the site's
name glued on; in 27 languages, many the dev sets lack (Swahili, Icelandic, Welsh, Basque,
Albanian, Czech, Portuguese, Latvian, Malay, Croatian, Filipino), non-Latin scripts among
them Georgian, Greek, Amharic, Armenian, Persian and Hebrew (right to left), Thai and
Chinese (without spaces).

Markers (the convention the expected titles follow, decided before anything ran): the
title is the page's own visible headline (the product's, the recipe's, the thread's, the
doc page's, the post's name as the page shows it), without the site's, the forum's, the
blog's or the project's name, a section's name, a kind of page ("Press release"), a shop's
selling line ("buy cheap", "free delivery") or a docs page's link mark; a colon or a dash
that belongs to the headline's own words stays.

``python -m tests.metadata.test_blind_title_probes_74 /work/shared/eval`` prints both
tools' hits; the blind figure is in ``BLIND_FIGURES``. Every site, name and text here is
invented."""

from __future__ import annotations

import pytest
from tests.metadata.language_probes.kit import field_cases, matches
from tests.metadata.test_blind_title_probes_72 import TEXTS
from tests.metadata.title_pages import ld, og_meta, paragraphs, probe_rows

import newsextract

# Text for the languages the earlier kits' TEXTS lack (invented, a sentence each).
_MORE_TEXTS = {
    "sw": "Wakazi wa kijiji walikusanyika sokoni asubuhi kusikiliza habari za mradi mpya wa maji.",
    "is": "Íbúar bæjarins komu saman á torginu í morgun til að ræða nýja sundlaug bæjarins.",
    "cy": "Daeth trigolion y pentref ynghyd yn y neuadd neithiwr i drafod dyfodol yr ysgol.",
    "eu": "Herriko bizilagunak plazan bildu ziren goizean liburutegi berriaz hitz egiteko.",
    "sq": "Banorët e lagjes u mblodhën në sheshin qendror për të diskutuar parkun e ri.",
    "ka": "ქალაქის მაცხოვრებლები დილით მოედანზე შეიკრიბნენ ახალი ბიბლიოთეკის განსახილველად.",
    "th": "ชาวบ้านรวมตัวกันที่ลานวัดเมื่อเช้านี้เพื่อฟังข่าวเรื่องโครงการประปาใหม่ของหมู่บ้าน",
    "am": "የከተማው ነዋሪዎች ዛሬ ጠዋት በአደባባዩ ተሰብስበው ስለ አዲሱ ቤተ መጻሕፍት ተወያዩ።",
    "lv": "Pilsētas iedzīvotāji no rīta pulcējās laukumā, lai apspriestu jauno bibliotēku.",
    "ms": "Penduduk kampung berkumpul di dewan pagi tadi untuk membincangkan projek air baharu.",
    "hr": "Stanovnici grada okupili su se jutros na trgu kako bi raspravili o novoj knjižnici.",
    "hy": "Քաղաքի բնակիչները առավոտյան հավաքվեցին հրապարակում՝ քննարկելու նոր գրադարանը։",
    "tl": "Nagtipon ang mga residente sa plaza kaninang umaga upang pag-usapan ang bagong aklatan.",
}


def _text(lang: str) -> str:
    return _MORE_TEXTS.get(lang) or TEXTS[lang]


def _url(name: str) -> str:
    return f"https://{name.replace('_', '-')}.example.org/items/p-7410"


def _site_page(lang: str, site: str, main: str, *, header_h1: str = "") -> str:
    """A site's header (its name as a home link, or ``header_h1``, raw markup), a menu,
    ``main`` (raw markup) and a footer."""
    brand = header_h1 or f'<a class="brand" href="/">{site}</a>'
    return (
        f'<header class="site-header">{brand}<nav class="menu"><ul><li><a href="/a/">·</a></li>'
        f'<li><a href="/b/">··</a></li></ul></nav></header><main class="content">{main}</main>'
        f'<footer class="site-footer">© 2026 {site}</footer>'
    )


def _body(lang: str) -> str:
    text = _text(lang)
    return f'<div class="text">{paragraphs(text, text)}</div>'


def _row(
    name: str,
    lang: str,
    title: str,
    head: str,
    main: str,
    want: str,
    *,
    site: str,
    header_h1: str = "",
) -> tuple[str, str, str, str, str, str]:
    body = _site_page(lang, site, main + _body(lang), header_h1=header_h1)
    return (name, lang, title, head, body, want)


def _shop(h1: str, price: str = "19,90 €") -> str:
    return (
        f'<div class="product"><h1 class="product-title">{h1}</h1>'
        f'<div class="price">{price}</div><button class="add-to-cart">+</button></div>'
    )


def _recipe(h1: str) -> str:
    return f'<article class="recipe"><h1 class="recipe-title">{h1}</h1></article>'


def _docs(h1: str) -> str:
    return (
        f'<div class="document"><div class="section" id="s"><h1>{h1}<a class="headerlink" '
        'href="#s" title="Link to this heading">¶</a></h1></div></div>'
    )


def _forum(thread: str) -> str:
    return f'<div class="topic"><h2 class="topic-title"><a href="?t=88">{thread}</a></h2></div>'


def _blog_post(heading: str) -> str:
    return (
        f'<article class="post"><h2 class="entry-title">{heading}</h2>'
        '<div class="entry-meta"><time datetime="2026-11-30">30.11.2026</time></div></article>'
    )


PROBES = probe_rows(
    [
        # --- shop product pages -------------------------------------------------------------
        _row(
            "en_shop_buy_cheap_title",
            "en",
            "Merino Wool Socks (3 pairs) | Knitwell | Buy cheap online",
            og_meta("Buy Merino Wool Socks online — free delivery", "Knitwell")
            + ld("Product", name="Merino Wool Socks (3 pairs)"),
            _shop("Merino Wool Socks (3 pairs)", "£18.00"),
            "Merino Wool Socks (3 pairs)",
            site="Knitwell",
        ),
        _row(
            "de_shop_guenstig_kaufen",
            "de",
            "Gartenschere Profi 200 günstig kaufen | Werkzeugland",
            og_meta("Gartenschere Profi 200 günstig kaufen", "Werkzeugland"),
            _shop("Gartenschere Profi 200"),
            "Gartenschere Profi 200",
            site="Werkzeugland",
        ),
        _row(
            "cs_shop_title_words_otherwise",
            "cs",
            "Levné zahradní hadice s rychlospojkou | Zahradnictví Novák",
            "",
            _shop("Zahradní hadice 25 m", "499 Kč"),
            "Zahradní hadice 25 m",
            site="Zahradnictví Novák",
        ),
        _row(
            "hu_shop_olcson",
            "hu",
            "Kerti locsolókanna 10 literes - Olcsón, gyors szállítással | Kertbolt",
            "",
            _shop("Kerti locsolókanna 10 literes", "3 490 Ft"),
            "Kerti locsolókanna 10 literes",
            site="Kertbolt",
        ),
        _row(
            "th_shop_cheap_free_shipping",
            "th",
            "หม้อหุงข้าวไฟฟ้า 1.8 ลิตร ราคาถูก ส่งฟรี | ร้านบ้านสวย",
            "",
            _shop("หม้อหุงข้าวไฟฟ้า 1.8 ลิตร", "฿990"),
            "หม้อหุงข้าวไฟฟ้า 1.8 ลิตร",
            site="ร้านบ้านสวย",
        ),
        _row(
            "en_shop_ld_product_og_glued",
            "en",
            "Cedar Bird Box – Wildlife Supplies – Free UK delivery",
            og_meta("Cedar Bird Box – Wildlife Supplies – Free UK delivery", "Wildlife Supplies")
            + ld("Product", name="Cedar Bird Box"),
            _shop("Cedar Bird Box", "£24.00"),
            "Cedar Bird Box",
            site="Wildlife Supplies",
        ),
        # --- recipes ------------------------------------------------------------------------
        _row(
            "en_recipe_seo_title",
            "en",
            "Easy Lemon Drizzle Cake Recipe (Ready in 45 Minutes!) - Sunny Kitchen",
            og_meta("Easy Lemon Drizzle Cake Recipe (Ready in 45 Minutes!)", "Sunny Kitchen")
            + ld("Recipe", name="Lemon Drizzle Cake"),
            _recipe("Lemon Drizzle Cake"),
            "Lemon Drizzle Cake",
            site="Sunny Kitchen",
        ),
        _row(
            "sw_recipe_title_words_otherwise",
            "sw",
            "Jinsi ya kupika pilau ya nyama - Mapishi Bora",
            og_meta("Jinsi ya kupika pilau ya nyama", "Mapishi Bora"),
            _recipe("Pilau ya nyama ya ng'ombe"),
            "Pilau ya nyama ya ng'ombe",
            site="Mapishi Bora",
        ),
        _row(
            "pt_recipe_ld_name",
            "pt",
            "Receita de pão de queijo mineiro fácil e rápido - Cozinha da Vó",
            ld("Recipe", name="Pão de queijo mineiro"),
            _recipe("Pão de queijo mineiro"),
            "Pão de queijo mineiro",
            site="Cozinha da Vó",
        ),
        _row(
            "zh_recipe_short_h1",
            "zh",
            "红烧肉的家常做法_美食天地",
            "",
            _recipe("红烧肉"),
            "红烧肉",
            site="美食天地",
        ),
        # --- forum threads ------------------------------------------------------------------
        _row(
            "en_forum_phpbb_header_h1",
            "en",
            "Boiler pressure drops overnight - Page 2 - DIY Fixers Forum",
            "",
            _forum("Boiler pressure drops overnight"),
            "Boiler pressure drops overnight",
            site="DIY Fixers Forum",
            header_h1='<h1 class="site-title"><a href="/">DIY Fixers Forum</a></h1>',
        ),
        _row(
            "is_forum_solved_label",
            "is",
            "Hvaða dekk fyrir veturinn? | Bílaspjallið",
            og_meta("Hvaða dekk fyrir veturinn?", "Bílaspjallið"),
            '<div class="p-title"><h1 class="p-title-value"><span class="label label--green">'
            "Leyst</span> Hvaða dekk fyrir veturinn?</h1></div>",
            "Hvaða dekk fyrir veturinn?",
            site="Bílaspjallið",
        ),
        _row(
            "fa_forum_header_h1",
            "fa",
            "مشکل در نصب پرینتر - انجمن فنی رایانه",
            "",
            _forum("مشکل در نصب پرینتر"),
            "مشکل در نصب پرینتر",
            site="انجمن فنی رایانه",
            header_h1='<h1 class="logo"><a href="/">انجمن فنی رایانه</a></h1>',
        ),
        _row(
            "sw_forum_colon_in_title",
            "sw",
            "Msaada: simu yangu haiwashi - Jukwaa la Teknolojia",
            "",
            '<div class="thread"><h1 class="thread-title">Msaada: simu yangu haiwashi</h1></div>',
            "Msaada: simu yangu haiwashi",
            site="Jukwaa la Teknolojia",
        ),
        # --- documentation pages ------------------------------------------------------------
        _row(
            "en_docs_sphinx_headerlink",
            "en",
            "Configuration — Quillpad 2.3 documentation",
            "",
            _docs("Configuration"),
            "Configuration",
            site="Quillpad",
        ),
        _row(
            "en_docs_h1_worded_otherwise",
            "en",
            "Getting started — Quillpad 2.3 documentation",
            "",
            _docs("Quick start guide"),
            "Quick start guide",
            site="Quillpad",
        ),
        _row(
            "ja_docs_headerlink",
            "ja",
            "インストール方法 — Kumo 1.4 ドキュメント",
            "",
            _docs("インストール方法"),
            "インストール方法",
            site="Kumo",
        ),
        _row(
            "de_docs_mkdocs",
            "de",
            "Installation unter Windows - Ablage Handbuch",
            "",
            '<article class="md-content__inner"><h1 id="installation">Installation unter '
            "Windows</h1></article>",
            "Installation unter Windows",
            site="Ablage Handbuch",
        ),
        # --- wiki entries -------------------------------------------------------------------
        _row(
            "cy_wiki_entry",
            "cy",
            "Castell Caerffili - Wici Lleol",
            "",
            '<h1 id="firstHeading" class="firstHeading"><span class="mw-page-title-main">'
            "Castell Caerffili</span></h1>",
            "Castell Caerffili",
            site="Wici Lleol",
        ),
        _row(
            "ka_wiki_one_word",
            "ka",
            "ნარიყალა — ქალაქის ვიკი",
            "",
            '<h1 id="firstHeading" class="firstHeading">ნარიყალა</h1>',
            "ნარიყალა",
            site="ქალაქის ვიკი",
        ),
        _row(
            "en_wiki_h1_worded_otherwise",
            "en",
            "Bridge on Castle Road - Millbrook Town Wiki",
            "",
            '<h1 id="firstHeading" class="firstHeading">Castle Road bridge</h1>',
            "Castle Road bridge",
            site="Millbrook Town Wiki",
        ),
        # --- questions and answers ----------------------------------------------------------
        _row(
            "en_qa_tag_prefix",
            "en",
            "python - How do I reverse a list in place? - Code Answers",
            og_meta("How do I reverse a list in place?", "Code Answers"),
            '<div id="question-header"><h1 itemprop="name" class="question-hyperlink">'
            '<a href="/questions/7410/how-do-i-reverse">How do I reverse a list in place?</a>'
            "</h1></div>",
            "How do I reverse a list in place?",
            site="Code Answers",
        ),
        _row(
            "uk_qa_question",
            "uk",
            "Як змінити пароль у роутері? — Відповіді",
            "",
            '<div class="question"><h1 class="question-title">Як змінити пароль у роутері?</h1>'
            "</div>",
            "Як змінити пароль у роутері?",
            site="Відповіді",
        ),
        _row(
            "ko_qa_colon_site",
            "ko",
            "전세 계약 갱신할 때 주의할 점? : 지식나눔",
            "",
            '<div class="question"><h1 class="question-title">전세 계약 갱신할 때 주의할 점?</h1>'
            "</div>",
            "전세 계약 갱신할 때 주의할 점?",
            site="지식나눔",
        ),
        _row(
            "fa_qa_question",
            "fa",
            "چگونه رمز وای‌فای را تغییر دهم؟ - پرسش و پاسخ",
            "",
            '<div class="question"><h1 class="question-title">چگونه رمز وای‌فای را تغییر دهم؟'
            "</h1></div>",
            "چگونه رمز وای‌فای را تغییر دهم؟",
            site="پرسش و پاسخ",
        ),
        # --- personal blogs: the blog's name in the <h1>, the post's in an <h2> -------------
        _row(
            "en_blog_name_h1_post_h2",
            "en",
            "Our first winter on the allotment | Marigold Days",
            "",
            _blog_post("Our first winter on the allotment"),
            "Our first winter on the allotment",
            site="Marigold Days",
            header_h1='<h1 class="site-title"><a href="/" rel="home">Marigold Days</a></h1>',
        ),
        _row(
            "eu_blog_name_colon_title",
            "eu",
            "Mendiko Oharrak: Aralarko igoera elurrarekin",
            "",
            _blog_post("Aralarko igoera elurrarekin"),
            "Aralarko igoera elurrarekin",
            site="Mendiko Oharrak",
            header_h1='<h1><a href="/">Mendiko Oharrak</a></h1>',
        ),
        _row(
            "sq_blog_unlinked_h1_title_is_blog",
            "sq",
            "Ditari i Kopshtit",
            "",
            _blog_post("Si i mbolla domatet në ballkon"),
            "Si i mbolla domatet në ballkon",
            site="Ditari i Kopshtit",
            header_h1="<h1>Ditari i Kopshtit</h1>",
        ),
        _row(
            "hu_blog_two_word_post",
            "hu",
            "Balatoni nyár | Tóparti Napló",
            "",
            _blog_post("Balatoni nyár"),
            "Balatoni nyár",
            site="Tóparti Napló",
            header_h1='<h1 class="blog-title"><a href="/">Tóparti Napló</a></h1>',
        ),
        _row(
            "en_blog_logo_text_h1",
            "en",
            "Sourdough starter in five days - Bakehouse",
            "",
            _blog_post("Sourdough starter in five days"),
            "Sourdough starter in five days",
            site="Bakehouse",
            header_h1='<h1 class="logo">Bakehouse</h1>',
        ),
        # --- event pages --------------------------------------------------------------------
        _row(
            "de_event_tickets_title",
            "de",
            "Konzert: Jazz im Park 2026 – Tickets & Infos | Stadthalle Lindau",
            ld("MusicEvent", name="Jazz im Park 2026", startDate="2026-07-04T19:00"),
            '<div class="event"><h1 class="event-title">Jazz im Park 2026</h1>'
            '<p class="event-date">4. Juli 2026, 19 Uhr</p></div>',
            "Jazz im Park 2026",
            site="Stadthalle Lindau",
        ),
        _row(
            "el_event_section_site",
            "el",
            "Συναυλία στο λιμάνι | Εκδηλώσεις | Δήμος Νεάπολης",
            "",
            '<div class="event"><h1 class="event-title">Συναυλία στο λιμάνι</h1></div>',
            "Συναυλία στο λιμάνι",
            site="Δήμος Νεάπολης",
        ),
        _row(
            "is_event_tickets",
            "is",
            "Tónleikar í Hörpu – Miðasala | Viðburðir Reykjavík",
            "",
            '<div class="event"><h1 class="event-title">Tónleikar í Hörpu</h1></div>',
            "Tónleikar í Hörpu",
            site="Viðburðir Reykjavík",
        ),
        _row(
            "am_event_page",
            "am",
            "የገና በዓል ዝግጅት | ደብረ ሰላም",
            "",
            '<div class="event"><h1 class="event-title">የገና በዓል ዝግጅት</h1></div>',
            "የገና በዓል ዝግጅት",
            site="ደብረ ሰላም",
        ),
        # --- press releases -----------------------------------------------------------------
        _row(
            "fr_press_release_kind_h1",
            "fr",
            "Communiqué de presse | Brasserie du Lac",
            "",
            '<div class="press"><h1>Communiqué de presse</h1>'
            "<h2>La Brasserie du Lac ouvre une deuxième salle</h2></div>",
            "La Brasserie du Lac ouvre une deuxième salle",
            site="Brasserie du Lac",
        ),
        _row(
            "en_press_release_dated_title",
            "en",
            "Harbor Foods expands to three new cities | Press Releases | Harbor Foods",
            "",
            '<div class="press-release"><p class="kind">Press release</p>'
            "<h1>Harbor Foods expands to three new cities</h1></div>",
            "Harbor Foods expands to three new cities",
            site="Harbor Foods",
        ),
        # --- the logo as an <h1>; two <h1> ---------------------------------------------------
        _row(
            "en_logo_img_h1_then_story_h1",
            "en",
            "Rowers win the autumn regatta - Northfield Courier",
            "",
            '<article><h1 class="entry-title">Rowers win the autumn regatta</h1></article>',
            "Rowers win the autumn regatta",
            site="Northfield Courier",
            header_h1='<h1 class="site-logo"><a href="/"><img src="/logo.png" '
            'alt="Northfield Courier"></a></h1>',
        ),
        _row(
            "es_section_h1_then_story_h1",
            "es",
            "Los remeros ganan la regata de otoño | Diario Ribera",
            "",
            '<h1 class="section-name">Deportes</h1><article><h1 class="story-title">Los remeros '
            "ganan la regata de otoño</h1></article>",
            "Los remeros ganan la regata de otoño",
            site="Diario Ribera",
        ),
        # --- a colon or a dash inside the real title ----------------------------------------
        _row(
            "en_review_colon_and_dash",
            "en",
            "Star Wars: A New Hope — Review | Reel Talk",
            og_meta("Star Wars: A New Hope — Review", "Reel Talk"),
            '<article><h1 class="review-title">Star Wars: A New Hope — Review</h1></article>',
            "Star Wars: A New Hope — Review",
            site="Reel Talk",
        ),
        _row(
            "de_dash_inside_no_h1",
            "de",
            "Berlin – Hamburg in 90 Minuten | Reisezeit",
            og_meta("Berlin – Hamburg in 90 Minuten", "Reisezeit"),
            '<article><p class="lead">Die neue Strecke ist eröffnet.</p></article>',
            "Berlin – Hamburg in 90 Minuten",
            site="Reisezeit",
        ),
        # --- JSON-LD name against headline; an og:title with the site glued on ---------------
        _row(
            "en_ld_name_and_headline",
            "en",
            "Storm damage claims guide | CoverCo",
            ld(
                "Article",
                headline="How to claim for storm damage",
                name="Storm damage claims guide",
            ),
            '<article><h1 class="title">How to claim for storm damage</h1></article>',
            "How to claim for storm damage",
            site="CoverCo",
        ),
        _row(
            "en_og_site_glued_no_h1",
            "en",
            "Kayakers rescued off the point | Dover Mercury",
            og_meta("Kayakers rescued off the point Dover Mercury", "Dover Mercury"),
            '<article><p class="lead">Two kayakers were brought ashore.</p></article>',
            "Kayakers rescued off the point",
            site="Dover Mercury",
        ),
    ],
    _url,
)

# A second round, written after the first round's fixes, before running: other layouts of
# the same kinds, in Hebrew, Latvian, Malay, Croatian, Armenian and Filipino besides.
PROBES_2 = probe_rows(
    [
        _row(
            "he_event_section_site",
            "he",
            "הופעה בפארק הירקון | אירועים | עיר שלנו",
            "",
            '<div class="event"><h1 class="event-title">הופעה בפארק הירקון</h1></div>',
            "הופעה בפארק הירקון",
            site="עיר שלנו",
        ),
        _row(
            "lv_wiki_bracketed_qualifier",
            "lv",
            "Daugava (upe) — Novada vikipēdija",
            "",
            '<h1 id="firstHeading" class="firstHeading">Daugava (upe)</h1>',
            "Daugava (upe)",
            site="Novada vikipēdija",
        ),
        _row(
            "ms_recipe_resipi_title",
            "ms",
            "Resipi Nasi Lemak Sedap dan Mudah | Dapur Bonda",
            og_meta("Resipi Nasi Lemak Sedap dan Mudah", "Dapur Bonda"),
            _recipe("Nasi Lemak Sedap dan Mudah"),
            "Nasi Lemak Sedap dan Mudah",
            site="Dapur Bonda",
        ),
        _row(
            "hr_forum_solved_prefix",
            "hr",
            "Riješeno - Kočnice škripe na hladno | Auto forum",
            "",
            '<div class="p-title"><h1 class="p-title-value"><span class="label">Riješeno</span>'
            " Kočnice škripe na hladno</h1></div>",
            "Kočnice škripe na hladno",
            site="Auto forum",
        ),
        _row(
            "hy_qa_question",
            "hy",
            "Ինչպես փոխել Wi-Fi-ի գաղտնաբառը — Հարց ու պատասխան",
            "",
            '<div class="question"><h1 class="question-title">Ինչպես փոխել Wi-Fi-ի գաղտնաբառը'
            "</h1></div>",
            "Ինչպես փոխել Wi-Fi-ի գաղտնաբառը",
            site="Հարց ու պատասխան",
        ),
        _row(
            "tl_shop_bumili_title",
            "tl",
            "Bumili ng Rice Cooker 1.8L online | Murang Presyo | TindaHub",
            og_meta("Bumili ng Rice Cooker 1.8L online | Murang Presyo | TindaHub", "TindaHub"),
            _shop("Rice Cooker 1.8L", "₱1,299"),
            "Rice Cooker 1.8L",
            site="TindaHub",
        ),
        _row(
            "en_docs_code_h1",
            "en",
            "Client.fetch() — Quillpad 2.3 documentation",
            "",
            _docs("<code>Client.fetch()</code>"),
            "Client.fetch()",
            site="Quillpad",
        ),
        _row(
            "en_og_site_glued_before_no_h1",
            "en",
            "Dover Mercury | Kayakers rescued off the point",
            og_meta("Dover Mercury Kayakers rescued off the point", "Dover Mercury"),
            '<article><p class="lead">Two kayakers were brought ashore.</p></article>',
            "Kayakers rescued off the point",
            site="Dover Mercury",
        ),
        _row(
            "de_two_h1_category_then_product",
            "de",
            "Astschere Profi 500 | Werkzeugland",
            "",
            '<div class="category-head"><h1 class="category-title">Astscheren</h1></div>'
            + _shop("Astschere Profi 500"),
            "Astschere Profi 500",
            site="Werkzeugland",
        ),
        _row(
            "en_logo_h1_with_tagline_post_h2",
            "en",
            "Potting on tomato seedlings - Marigold Days",
            "",
            _blog_post("Potting on tomato seedlings"),
            "Potting on tomato seedlings",
            site="Marigold Days",
            header_h1='<h1 class="site-title"><a href="/">Marigold Days</a>'
            '<span class="site-description">growing things on a windy hill</span></h1>',
        ),
        _row(
            "es_press_release_nota_de_prensa",
            "es",
            "Nota de prensa | Cervecería del Lago",
            "",
            '<div class="press"><h1>Nota de prensa</h1>'
            "<h2>La Cervecería del Lago abre una segunda sala</h2></div>",
            "La Cervecería del Lago abre una segunda sala",
            site="Cervecería del Lago",
        ),
        _row(
            "en_ld_webpage_name_and_article_headline",
            "en",
            "How to claim for storm damage | CoverCo",
            ld("WebPage", name="Home insurance help | CoverCo")
            + ld("Article", headline="How to claim for storm damage"),
            '<article><h1 class="title">How to claim for storm damage</h1></article>',
            "How to claim for storm damage",
            site="CoverCo",
        ),
    ],
    _url,
)

FIELDS = ("title",)

# Blind figures (before any fix), judged loose / strict as ``report_titles`` prints them.
BLIND_FIGURES = {"newsextract": "35/42 loose, 35/42 strict", "trafilatura": "25/42, 24/42"}

# After the fixes (a lower-case connector of two letters at most not counted in a section's or a
# page kind's <h1>, "Communiqué de presse"; an og:title with the site's name glued on after a
# space giving way to the title that is it without): newsextract 37/42 loose, 37/42 strict.
# No dev page moved on any set. The second round's, on the tree with those fixes; after its
# fix (the site's name glued on before the headline too, "Dover Mercury Kayakers …"): 12/12,
# no dev page moved.
BLIND_FIGURES_2 = {"newsextract": "11/12 loose, 11/12 strict", "trafilatura": "4/12, 4/12"}

# Misses, each with its reason: strict xfails, so a fix shows.
_H1_AGAINST_TITLE_ONLY = (
    "an <h1> no metadata title agrees with loses to the <title> (step 3). Letting it win "
    "moved only the trafilatura set: A +1/-10, B +6/-6 pages; letting it win only when it "
    "holds no metadata title (a kicker or a date glued on), ends with no colon (a lead-in) "
    "and names no site: A +1/-2, B +4/-4. Not kept: no half gains"
)
_OPEN: dict[tuple[str, str], str] = {
    ("cs_shop_title_words_otherwise", "title"): _H1_AGAINST_TITLE_ONLY,
    ("sw_recipe_title_words_otherwise", "title"): _H1_AGAINST_TITLE_ONLY,
    ("en_docs_h1_worded_otherwise", "title"): _H1_AGAINST_TITLE_ONLY,
    ("en_wiki_h1_worded_otherwise", "title"): _H1_AGAINST_TITLE_ONLY,
    ("zh_recipe_short_h1", "title"): "an <h1> of three characters the <title> opens and "
    "extends with a page kind ('的家常做法') is read as the start of the longer title, "
    "which wins as any unagreed metadata title does (above)",
}
_CASES = field_cases(PROBES + PROBES_2, FIELDS, _OPEN)


@pytest.mark.parametrize(("url", "html", "field", "want"), _CASES)
def test_blind_title_probe_74(url: str, html: str, field: str, want: object) -> None:
    got = getattr(newsextract.extract(html, url=url), field)
    assert matches(field, got, want), f"{field}: {got!r}"


if __name__ == "__main__":  # pragma: no cover
    # both tools' hits (the eval folder given as the first argument)
    import sys

    from tests.metadata.language_probes.kit import report_titles

    for probes in (PROBES, PROBES_2):
        report_titles(probes, sys.argv[1])
