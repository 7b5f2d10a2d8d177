"""Title probes: invented pages of the kinds and languages the dev sets lack, each with the
title a reader sees as the page's own. News with kickers and labels beside the headline,
blogs, wikis and documentation whose ``<title>`` is a path, shop products and categories,
recipes, forum threads and Q&A pages; in ten languages and more, five scripts (Latin,
Cyrillic, Arabic and Hebrew written right to left, Han and kana, Hangul, Thai), sites
suffixed with 【】, ｜ or a dash. Every name, place, site and text here is made up."""

from __future__ import annotations

import pytest
from tests.metadata.title_pages import ld as _ld
from tests.metadata.title_pages import news
from tests.metadata.title_pages import page as _page
from tests.metadata.title_pages import paragraphs as _text

import newsextract


def _meta(og: str | None = None, site: str | None = None, extra: str = "") -> str:
    tags = [extra]
    if og is not None:
        tags.append(f'<meta property="og:title" content="{og}">')
    if site is not None:
        tags.append(f'<meta property="og:site_name" content="{site}">')
    return "".join(tags)


def wiki(lang: str, title: str, body: str, *, sidebar: tuple[str, ...] = ()) -> str:
    """A wiki's page (MoinMoin, DokuWiki and the like): a sidebar of tool boxes, each headed
    by an ``<h1>`` or ``<h2>``, and the page's content, which opens with its own heading."""
    boxes = "".join(
        f'<div class="sidepanel"><h1>{name}</h1><ul><li>…</li></ul></div>' for name in sidebar
    )
    return _page(
        lang,
        title,
        "",
        f'<div id="header"><a href="/">⌂</a><ul id="navibar"><li><a href="/FrontPage">'
        f'FrontPage</a></li></ul></div><div id="sidebar">{boxes}</div>'
        f'<div id="page"><div id="content" lang="{lang}">{body}</div></div>'
        '<div id="footer"><p>MoinMoin Powered</p></div>',
    )


def shop(lang: str, title: str, name: str, text: str, *, shop_name: str, head: str = "") -> str:
    """A shop's product page: the shop's logo as its ``<h1>`` (a common theme's), the
    product's name in a heading of the product box, its price and description."""
    return _page(
        lang,
        title,
        head,
        f'<header><h1 class="site-logo"><a href="/">{shop_name}</a></h1></header>'
        '<nav class="breadcrumbs"><a href="/">⌂</a> / <a href="/c/">…</a></nav>'
        f'<div class="product"><h2 class="product-title">{name}</h2>'
        f'<div class="price">249,00</div><div class="description">{_text(text)}</div></div>',
    )


def thread(lang: str, title: str, subject: str, posts: tuple[str, ...], *, board: str) -> str:
    """A forum's or a Q&A site's thread: the board's name in the header, the thread's
    subject as the ``<h1>`` with a category badge after it, then the posts."""
    shown = "".join(
        f'<div class="post"><div class="author">user{n}</div><div class="cooked">{_text(p)}'
        "</div></div>"
        for n, p in enumerate(posts)
    )
    return _page(
        lang,
        title,
        "",
        f'<header><a class="site-name" href="/">{board}</a></header><main><div id="topic-title">'
        f'<h1><a class="fancy-title" href="/t/1">{subject}</a></h1>'
        f'<span class="badge-category">#</span></div>{shown}</main>',
    )


def xenforo(
    lang: str, title: str, prefix: str, subject: str, post: str, *, linked: bool = False
) -> str:
    """A XenForo forum's thread: the thread's prefix as a label before its title in the
    ``<h1>`` (the whole maybe a link to the thread itself), then the first post."""
    inner = (
        f'<span class="label label--green" dir="auto">{prefix}</span>'
        f'<span class="label-append">&nbsp;</span>{subject}'
    )
    if linked:
        inner = f'<a href="/threads/t.1/">{inner}</a>'
    return _page(
        lang,
        title,
        "",
        '<div class="p-body-header"><div class="p-title"><h1 class="p-title-value">'
        f'{inner}</h1></div></div><div class="p-body-main"><article class="message">'
        f'<div class="message-body">{_text(post)}</div></article></div>',
    )


def headline_box(lang: str, title: str, headline: str, text: str, *, site: str) -> str:
    """An old portal's story without an ``<h1>``: the headline in a box its class names a
    title, inside the text's box (which the page names as its content)."""
    return _page(
        lang,
        title,
        _meta(site=site),
        f'<div class="top"><img src="/logo.png" alt="{site}"></div><div class="content">'
        f'<div class="news-title">{headline}</div>{_text(text)}</div>',
    )


def recipe(lang: str, title: str, name: str, text: str, *, site: str, head: str = "") -> str:
    """A recipe blog's post: the recipe's name as the ``<h1>``, ingredients and steps."""
    return _page(
        lang,
        title,
        head,
        f'<header class="site-header"><p class="site-title"><a href="/">{site}</a></p></header>'
        f'<main><article class="recipe"><h1 class="entry-title">{name}</h1>'
        f'<ul class="ingredients"><li>1</li><li>2</li></ul><div class="steps">{_text(text)}'
        "</div></article></main>",
    )


PROBES: list[tuple[str, str, str, str]] = [
    # (name, url, html, want)
    # -- news: the site after the script's own bars and brackets
    (
        "zh_dash_site_after_spaced_headline",
        "https://jiangcheng-news.example.cn/2024/03/05/a1.html",
        news(
            "zh",
            "新桥正式通车 市民出行更方便-江城新闻网",
            "新桥正式通车 市民出行更方便",
            "新桥今天上午正式通车，市民出行更加方便。",
            site="江城新闻网",
        ),
        "新桥正式通车 市民出行更方便",
    ),
    (
        "ja_bracket_site_and_label",
        "https://minato-shinpo.example.jp/articles/2024/0305",
        news(
            "ja",
            "【速報】駅前に新しい図書館が開館【みなと新報】",
            "駅前に新しい図書館が開館",
            "駅前に新しい図書館が五日に開館した。",
            site="みなと新報",
            head=_meta(og="【速報】駅前に新しい図書館が開館"),
        ),
        "駅前に新しい図書館が開館",
    ),
    (
        "zh_full_width_bar_site",
        "https://nanhu-evening.example.cn/news/20240305/77.shtml",
        news(
            "zh",
            "市图书馆周末延长开放时间｜南湖晚报",
            "市图书馆周末延长开放时间",
            "市图书馆从本周起周末延长开放时间。",
            site="南湖晚报",
            head=_meta(og="市图书馆周末延长开放时间｜南湖晚报"),
        ),
        "市图书馆周末延长开放时间",
    ),
    (
        "ko_photo_label_in_jsonld",
        "https://gangbyeon-ilbo.example.kr/news/articleView.html?idxno=1203",
        news(
            "ko",
            "시청 앞 광장에 새 분수 설치 | 강변일보",
            "시청 앞 광장에 새 분수 설치",
            "시청 앞 광장에 새 분수가 설치됐다.",
            site="강변일보",
            head=_ld("NewsArticle", headline="[포토] 시청 앞 광장에 새 분수 설치"),
        ),
        "시청 앞 광장에 새 분수 설치",
    ),
    (
        "ar_kicker_span_before_headline",
        "https://jaridat-almadina.example.com/news/2024/03/05/bridge",
        news(
            "ar",
            "افتتاح جسر جديد فوق النهر - جريدة المدينة",
            '<span class="kicker">عاجل</span> افتتاح جسر جديد فوق النهر',
            "افتتح رئيس البلدية جسرا جديدا فوق النهر صباح اليوم.",
            site="جريدة المدينة",
            head=_meta(og="افتتاح جسر جديد فوق النهر"),
        ),
        "افتتاح جسر جديد فوق النهر",
    ),
    (
        "he_rlm_bar_site",
        "https://hadashot-haemek.example.co.il/news/4411",
        news(
            "he",
            "ראש העיר פתח את הספרייה החדשה &rlm;| חדשות העמק",
            "ראש העיר פתח את הספרייה החדשה",
            "ראש העיר פתח הבוקר את הספרייה החדשה במרכז העיר.",
            site="חדשות העמק",
        ),
        "ראש העיר פתח את הספרייה החדשה",
    ),
    (
        "ru_kicker_line_above_headline_meta_without",
        "https://vesti-polesya.example.ru/news/2024/03/05/metro",
        news(
            "ru",
            "В городе открыли новую станцию метро — Вести Полесья",
            "В городе открыли новую станцию метро",
            "Новая станция метро открылась утром во вторник.",
            site="Вести Полесья",
            above='<div class="eyebrow"><a href="/transport/">Транспорт</a></div>',
            head=_meta(og="В городе открыли новую станцию метро"),
        ),
        "В городе открыли новую станцию метро",
    ),
    (
        "th_dash_site_unspaced_headline",
        "https://khao-mueang-nuea.example.co.th/news/2024/03/05/1",
        news(
            "th",
            "เปิดสะพานข้ามแม่น้ำแห่งใหม่ในตัวเมือง - ข่าวเมืองเหนือ",
            "เปิดสะพานข้ามแม่น้ำแห่งใหม่ในตัวเมือง",
            "นายกเทศมนตรีเปิดสะพานแห่งใหม่เมื่อเช้าวันอังคาร",
            site="ข่าวเมืองเหนือ",
        ),
        "เปิดสะพานข้ามแม่น้ำแห่งใหม่ในตัวเมือง",
    ),
    (
        "pt_kicker_span_colon_hidden_meta_without",
        "https://gazeta-do-vale.example.com.br/cidades/2024/03/05/ponte",
        news(
            "pt",
            "Prefeitura inaugura ponte sobre o rio Verde | Gazeta do Vale",
            '<span class="kicker">Obras</span><span class="visually-hidden">: </span>'
            '<span class="headline">Prefeitura inaugura ponte sobre o rio Verde</span>',
            "A nova ponte liga os dois bairros da cidade desde terça-feira.",
            site="Gazeta do Vale",
            head=_meta(og="Prefeitura inaugura ponte sobre o rio Verde"),
        ),
        "Prefeitura inaugura ponte sobre o rio Verde",
    ),
    # -- wikis and documentation: a <title> that is the page's path
    (
        "en_moin_path_title_sidebar_h1s",
        "https://wiki.example.org/moin/GettingStarted/Install",
        wiki(
            "en",
            "GettingStarted/Install - Tinyproj Wiki",
            "<h2>Installing Tinyproj</h2><p>Tinyproj runs on every system with a recent"
            " interpreter. Download the archive and unpack it.</p><h3>Windows</h3><p>Run the"
            " installer and follow its steps to the end.</p>",
            sidebar=("Page", "User"),
        ),
        "Installing Tinyproj",
    ),
    (
        "de_moin_path_title_content_h1",
        "https://wiki.example.de/Anleitungen/ErsteSchritte",
        wiki(
            "de",
            "Anleitungen/ErsteSchritte - Vereinswiki",
            "<h1>Erste Schritte im Verein</h1><p>Wer neu im Verein ist, findet hier alles"
            " für den Anfang: Termine, Ansprechpartner und Regeln.</p>",
            sidebar=("Seite", "Benutzer"),
        ),
        "Erste Schritte im Verein",
    ),
    (
        "pl_dokuwiki_bracket_site",
        "https://wiki.example.pl/doku.php?id=poradniki:pierwsze_kroki",
        _page(
            "pl",
            "poradniki:pierwsze_kroki [Wiki Klubu Rowerowego]",
            "",
            '<div class="dokuwiki"><header><a href="/">Wiki Klubu Rowerowego</a></header>'
            '<div class="page group"><h1 class="sectionedit1">Pierwsze kroki w klubie</h1>'
            '<div class="level1"><p>Każdy nowy członek klubu dostaje mapę tras i listę'
            " terminów wspólnych wyjazdów.</p></div></div></div>",
        ),
        "Pierwsze kroki w klubie",
    ),
    (
        "nb_moin_path_title_sidebar_two_word_h1s",
        "https://wiki.example.no/Oppskrifter/Surdeig",
        wiki(
            "nb",
            "Oppskrifter/Surdeig - Bakerwiki",
            "<h2>Surdeigsbrød med rug</h2><p>Bland melet og vannet kvelden før, og la"
            " deigen hvile over natten.</p>",
            sidebar=("Sideverktøy fra wikien", "Min bruker"),
        ),
        "Surdeigsbrød med rug",
    ),
    # -- shops
    (
        "vi_shop_logo_h1_product_h2",
        "https://gom-bat-trang-xanh.example.vn/san-pham/binh-hoa-men-lam",
        shop(
            "vi",
            "Bình hoa men lam vẽ tay - Gốm Bát Tràng Xanh",
            "Bình hoa men lam vẽ tay",
            "Bình hoa được vẽ tay bởi nghệ nhân làng gốm, men lam truyền thống.",
            shop_name="Gốm Bát Tràng Xanh",
        ),
        "Bình hoa men lam vẽ tay",
    ),
    (
        "pl_shop_seo_title_product_jsonld",
        "https://glinianka.example.pl/produkt/kubek-poranek",
        shop(
            "pl",
            "Kubek ceramiczny Poranek 350 ml – kup online – Glinianka",
            "Kubek ceramiczny Poranek 350 ml",
            "Kubek toczony ręcznie na kole garncarskim, szkliwiony na kolor poranka.",
            shop_name="Glinianka",
            head=_ld("Product", name="Kubek ceramiczny Poranek 350 ml"),
        ),
        "Kubek ceramiczny Poranek 350 ml",
    ),
    (
        "tr_category_page",
        "https://comlekci-atolyesi.example.com.tr/kategori/seramik-kupalar",
        _page(
            "tr",
            "Seramik Kupalar | Çömlekçi Atölyesi",
            _meta(site="Çömlekçi Atölyesi"),
            '<header><a class="logo" href="/">Çömlekçi Atölyesi</a></header><main>'
            '<h1 class="page-title">Seramik Kupalar</h1><ul class="products">'
            '<li><h2 class="product-name"><a href="/p/1">Mavi Kupa</a></h2></li>'
            '<li><h2 class="product-name"><a href="/p/2">Sarı Kupa</a></h2></li></ul></main>',
        ),
        "Seramik Kupalar",
    ),
    # -- recipes
    (
        "th_recipe_seo_title",
        "https://krua-baan-suan.example.com/recipe/tom-kha-gai",
        recipe(
            "th",
            "ต้มข่าไก่ สูตรเข้มข้น หอมกะทิ - ครัวบ้านสวน",
            "ต้มข่าไก่ สูตรเข้มข้น หอมกะทิ",
            "ตั้งหม้อใส่กะทิ ใส่ข่า ตะไคร้ และใบมะกรูด",
            site="ครัวบ้านสวน",
            head=_ld("Recipe", name="ต้มข่าไก่ สูตรเข้มข้น หอมกะทิ"),
        ),
        "ต้มข่าไก่ สูตรเข้มข้น หอมกะทิ",
    ),
    (
        "sw_recipe_site_before",
        "https://jikoni-la-bibi.example.co.tz/mapishi/pilau-ya-nyama",
        recipe(
            "sw",
            "Jikoni la Bibi » Pilau ya nyama ya ng'ombe",
            "Pilau ya nyama ya ng'ombe",
            "Kaanga vitunguu hadi viwe rangi ya kahawia, kisha ongeza viungo.",
            site="Jikoni la Bibi",
        ),
        "Pilau ya nyama ya ng'ombe",
    ),
    # -- forums and Q&A
    (
        "cs_discourse_thread",
        "https://forum-vcelaru.example.cz/t/jak-zazimovat-vcely/1",
        thread(
            "cs",
            "Jak zazimovat včely před mrazy? - Včelařské fórum",
            "Jak zazimovat včely před mrazy?",
            ("Letos poprvé zazimovávám a nevím, kdy krmit.", "Krmte do konce září."),
            board="Včelařské fórum",
        ),
        "Jak zazimovat včely před mrazy?",
    ),
    (
        "ru_qa_tag_before_question",
        "https://voprosy.example.ru/questions/77/sortirovka",
        thread(
            "ru",
            "javascript — Как отсортировать массив объектов по дате? — Вопросы и ответы",
            "Как отсортировать массив объектов по дате?",
            ("У меня есть массив объектов с полем даты.", "Используйте метод sort."),
            board="Вопросы и ответы",
        ),
        "Как отсортировать массив объектов по дате?",
    ),
    (
        "ja_qa_question",
        "https://shitsumonbako.example.jp/q/12345",
        thread(
            "ja",
            "配列を日付で並べ替えるには？ - 質問箱",
            "配列を日付で並べ替えるには？",
            ("日付の入った配列を並べ替えたいです。", "sortを使ってください。"),
            board="質問箱",
        ),
        "配列を日付で並べ替えるには？",
    ),
    (
        "ar_forum_re_prefix",
        "https://muntada-alhadiqa.example.com/threads/tomato.55/",
        thread(
            "ar",
            "رد: كيف أزرع الطماطم في الشرفة؟ | منتدى الحديقة",
            "كيف أزرع الطماطم في الشرفة؟",
            ("أريد أن أزرع الطماطم في شرفتي الصغيرة.", "استخدم أصيصا كبيرا."),
            board="منتدى الحديقة",
        ),
        "كيف أزرع الطماطم في الشرفة؟",
    ),
    # -- blogs
    (
        "el_blog_site_first",
        "https://simeioseis-kipou.example.gr/2024/03/ntomates",
        recipe(
            "el",
            "Σημειώσεις Κήπου | Ντομάτες στο μπαλκόνι",
            "Ντομάτες στο μπαλκόνι",
            "Φέτος φύτεψα ντομάτες σε γλάστρες στο μπαλκόνι.",
            site="Σημειώσεις Κήπου",
        ),
        "Ντομάτες στο μπαλκόνι",
    ),
    (
        "uk_blog_h1_only_site_title",
        "https://notatky-sadivnyka.example.ua/2024/03/rozsada",
        recipe(
            "uk",
            "Нотатки садівника",
            "Розсада помідорів на підвіконні",
            "Цього року я посіяв помідори в кінці лютого.",
            site="Нотатки садівника",
        ),
        "Розсада помідорів на підвіконні",
    ),
    # -- a section's heading above the article's, a blog's name as its logo
    (
        "id_section_h1_article_h2",
        "https://kabarkota.example.id/ekonomi/2024/03/05/harga-cabai",
        _page(
            "id",
            "Harga cabai naik menjelang Lebaran - Ekonomi - Kabar Kota",
            _meta(site="Kabar Kota"),
            '<header><a class="logo" href="/">Kabar Kota</a></header><main>'
            '<h1 class="section-title">Ekonomi</h1><article><h2 class="title">Harga cabai'
            " naik menjelang Lebaran</h2>"
            + _text("Harga cabai di pasar tradisional naik dua kali lipat minggu ini.")
            + "</article></main>",
        ),
        "Harga cabai naik menjelang Lebaran",
    ),
    (
        "ja_blog_logo_h1_entry_h2",
        "https://niwa-nikki.example.jp/entry/2024/03/05/tomato",
        _page(
            "ja",
            "ベランダでトマトを育てる | 庭しごと日記",
            "",
            '<header><h1 class="blog-title"><a href="/">庭しごと日記</a></h1></header>'
            '<article class="entry"><h2 class="entry-title">ベランダでトマトを育てる</h2>'
            + _text("今年はベランダでトマトを育ててみることにした。")
            + "</article>",
        ),
        "ベランダでトマトを育てる",
    ),
    (
        "zh_no_h1_bracket_site_unnamed",
        "https://jiangcheng-daily.example.cn/html/2024-03/05/content_88.htm",
        _page(
            "zh",
            "老城区将新建三座公园【江城日报】",
            "",
            '<div class="top"><img src="/logo.png" alt=""></div><div class="main">'
            '<div class="article-title">老城区将新建三座公园</div><div class="content">'
            + _text("老城区今年将新建三座公园，预计年底完工。")
            + "</div></div>",
        ),
        "老城区将新建三座公园",
    ),
    # -- a repository's rendered document and a wiki's namespaced page
    (
        "en_repository_file_path_title",
        "https://code.example.org/team/tinyproj/-/blob/main/docs/api/client.md",
        _page(
            "en",
            "docs/api/client.md · main · Team / Tinyproj · CodeHost",
            "",
            '<header class="navbar"><a class="brand" href="/">CodeHost</a></header>'
            '<div class="content-wrapper"><div class="file-holder"><div class="file-title">'
            'client.md</div><article class="md"><h1>Client API</h1><p>The client opens one'
            " connection and keeps it open. Every call returns a result or raises an error."
            "</p><h2>Connecting</h2><p>Pass the address and a timeout.</p></article></div></div>",
        ),
        "Client API",
    ),
    (
        "de_mediawiki_namespaced_page",
        "https://stadtwiki.example.de/wiki/Hilfe:Bearbeiten",
        _page(
            "de",
            "Hilfe:Bearbeiten – Stadtwiki Auenfurt",
            "",
            '<div id="mw-head"></div><div id="content" class="mw-body"><h1 id="firstHeading"'
            ' class="firstHeading">Hilfe:Bearbeiten</h1><div id="bodyContent"><h2>Einen Artikel'
            " bearbeiten</h2><p>Jeder kann die Seiten des Wikis bearbeiten: ein Klick auf"
            " „Bearbeiten“ genügt.</p></div></div>",
        ),
        "Hilfe:Bearbeiten",
    ),
    # -- shops, Q&A and lists in other scripts
    (
        "ar_shop_product_h1",
        "https://matjar-alnukhba.example.sa/products/headphones",
        _page(
            "ar",
            "سماعات لاسلكية بلوتوث – متجر النخبة",
            _meta(site="متجر النخبة", og="سماعات لاسلكية بلوتوث"),
            '<header><a class="logo" href="/">متجر النخبة</a></header><main><div class="product">'
            '<h1 class="product-name">سماعات لاسلكية بلوتوث</h1><div class="price">199</div>'
            + _text("سماعات مريحة بصوت نقي وبطارية تدوم طويلا.")
            + "</div></main>",
        ),
        "سماعات لاسلكية بلوتوث",
    ),
    (
        "ko_qa_colon_site",
        "https://jisik-nanum.example.kr/qna/detail?id=5521",
        thread(
            "ko",
            "김치찌개 맛있게 끓이는 법? : 지식 나눔",
            "김치찌개 맛있게 끓이는 법?",
            ("김치찌개를 끓이면 항상 싱거워요.", "묵은지를 쓰고 오래 끓이세요."),
            board="지식 나눔",
        ),
        "김치찌개 맛있게 끓이는 법?",
    ),
    (
        "nl_glossary_page",
        "https://tuinwoorden.example.nl/woordenlijst/",
        _page(
            "nl",
            "Woordenlijst - Tuinwoorden",
            _meta(site="Tuinwoorden"),
            '<header><a class="logo" href="/">Tuinwoorden</a></header><main>'
            '<h1 class="page-title">Woordenlijst</h1><dl><dt>Compost</dt><dd>Verteerd'
            " plantaardig materiaal dat de grond verrijkt.</dd><dt>Mulch</dt><dd>Een laag"
            " materiaal op de grond tegen uitdroging.</dd></dl></main>",
        ),
        "Woordenlijst",
    ),
    (
        "es_kicker_span_meta_without",
        "https://diario-del-valle.example.es/local/2024/03/05/maraton",
        news(
            "es",
            "Cortes en el centro por la maratón | Diario del Valle",
            '<span class="antetitulo">Tráfico:</span> Cortes en el centro por la maratón',
            "El centro de la ciudad estará cerrado al tráfico el domingo por la mañana.",
            site="Diario del Valle",
            head=_meta(og="Cortes en el centro por la maratón"),
        ),
        "Cortes en el centro por la maratón",
    ),
    # -- a site's name in quotation marks, a wiki's namespace in elements of its own
    (
        "ru_site_name_in_guillemets",
        "https://vesti-polesya.example.ru/news/2024/03/05/most",
        news(
            "ru",
            "В Пинске открыли новый мост — «Вести Полесья»",
            "В Пинске открыли новый мост",
            "Новый мост через реку открыли во вторник утром.",
            site="Вести Полесья",
            head=_meta(site="Вести Полесья"),
        ),
        "В Пинске открыли новый мост",
    ),
    (
        "pl_site_name_in_quotes_unnamed",
        "https://gazeta-nadwislanska.example.pl/wiadomosci/2024/03/05/most",
        news(
            "pl",
            "Nowy most na Wiśle otwarty | „Gazeta Nadwiślańska”",
            "Nowy most na Wiśle otwarty",
            "Most otwarto we wtorek rano w obecności mieszkańców.",
            site="Gazeta Nadwiślańska",
        ),
        "Nowy most na Wiśle otwarty",
    ),
    (
        "de_mediawiki_namespace_in_elements",
        "https://stadtwiki.example.de/wiki/Hilfe:Bearbeiten",
        _page(
            "de",
            "Hilfe:Bearbeiten – Stadtwiki Auenfurt",
            "",
            '<div id="content" class="mw-body"><h1 id="firstHeading" class="firstHeading">'
            '<span class="mw-page-title-namespace">Hilfe</span><span class="mw-page-title-'
            'separator">:</span><span class="mw-page-title-main">Bearbeiten</span></h1>'
            '<div id="bodyContent"><p>Jeder kann die Seiten des Wikis bearbeiten: ein Klick'
            " auf „Bearbeiten“ genügt.</p></div></div>",
        ),
        "Hilfe:Bearbeiten",
    ),
    (
        "ja_sphinx_docs",
        "https://tinyproj.example.jp/ja/latest/config.html",
        _page(
            "ja",
            "設定 &#8212; Tinyproj 2.1 ドキュメント",
            "",
            '<div class="document"><div class="body" role="main"><section id="config">'
            '<h1>設定<a class="headerlink" href="#config" title="この見出しへのパーマリンク">¶</a>'
            "</h1><p>設定ファイルはプロジェクトの最上位に置きます。</p></section></div></div>",
        ),
        "設定",
    ),
    (
        "am_news_bar_site",
        "https://addis-zena.example.et/news/2024/03/05/bridge",
        news(
            "am",
            "በከተማው አዲስ ድልድይ ተከፈተ | አዲስ ዜና",
            "በከተማው አዲስ ድልድይ ተከፈተ",
            "አዲሱ ድልድይ ማክሰኞ ጠዋት ለሕዝብ ክፍት ሆነ።",
            site="አዲስ ዜና",
        ),
        "በከተማው አዲስ ድልድይ ተከፈተ",
    ),
    (
        "ur_news_dash_site",
        "https://roznama-sehar.example.pk/news/2024/03/05/pul",
        news(
            "ur",
            "شہر میں نیا پل کھول دیا گیا - روزنامہ سحر",
            "شہر میں نیا پل کھول دیا گیا",
            "نیا پل منگل کی صبح عوام کے لیے کھول دیا گیا۔",
            site="روزنامہ سحر",
        ),
        "شہر میں نیا پل کھول دیا گیا",
    ),
    # -- a headline's elements inside its words (a line-break opportunity, a subscript, a
    # ruby's reading, a linked name with its case ending), on pages whose <title> is only
    # the site's name: the headline is read from the <h1> alone
    (
        "de_wbr_in_compound",
        "https://talbote.example.de/politik/2024/03/05/urteil",
        news(
            "de",
            "Talbote",
            "Verfassungs<wbr>gericht kippt das Laden<wbr>schluss<wbr>gesetz",
            "Das Gericht gab der Klage der Händler am Dienstag statt.",
            site="Talbote",
        ),
        "Verfassungsgericht kippt das Ladenschlussgesetz",
    ),
    (
        "de_subscript_in_compound",
        "https://talbote.example.de/wirtschaft/2024/03/05/co2",
        news(
            "de",
            "Talbote",
            "CO<sub>2</sub>-Preis steigt im Januar",
            "Der Preis für eine Tonne steigt zum Jahreswechsel.",
            site="Talbote",
        ),
        "CO2-Preis steigt im Januar",
    ),
    (
        "ja_ruby_readings",
        "https://minato-kodomo.example.jp/news/2024/0305",
        news(
            "ja",
            "みなと子ども新聞",
            "<ruby>駅前<rp>(</rp><rt>えきまえ</rt><rp>)</rp></ruby>に<ruby>新<rt>あたら</rt>"
            "</ruby>しい<ruby>図書館<rt>としょかん</rt></ruby>が<ruby>開館<rt>かいかん</rt></ruby>",
            "駅前に新しい図書館ができました。",
            site="みなと子ども新聞",
        ),
        "駅前に新しい図書館が開館",
    ),
    (
        "fi_linked_name_case_ending",
        "https://jarviseudun-sanomat.example.fi/talous/2024/03/05/tulos",
        news(
            "fi",
            "Järviseudun Sanomat",
            '<a href="/aihe/jarvikone">Järvikonee</a>n tulos parani selvästi',
            "Yhtiön liikevaihto kasvoi viime vuonna lähes viidenneksen.",
            site="Järviseudun Sanomat",
        ),
        "Järvikoneen tulos parani selvästi",
    ),
    # -- an old site's pages that kept the title their web editor gave a new page
    (
        "zh_editor_default_title",
        "https://shuili-xiehui.example.cn/news/2024/0305.html",
        _page(
            "zh",
            "无标题文档",
            "",
            '<table class="main"><tr><td><h1>水利协会召开年度工作会议</h1>'
            + _text("协会于三月五日召开年度工作会议，总结去年的工作。")
            + "</td></tr></table>",
        ),
        "水利协会召开年度工作会议",
    ),
    (
        "ru_editor_default_title",
        "https://rybaki-ozera.example.ru/novosti/sezon.html",
        _page(
            "ru",
            "Документ без названия",
            "",
            '<div id="main"><h1>Открытие рыболовного сезона на озере</h1>'
            + _text("Сезон откроется в субботу в семь часов утра у старой пристани.")
            + "</div>",
        ),
        "Открытие рыболовного сезона на озере",
    ),
    (
        "en_editor_default_title",
        "https://valley-choir.example.org/concert.html",
        _page(
            "en",
            "Untitled Document",
            "",
            '<div id="main"><h1>Spring concert at the old chapel</h1>'
            + _text("The choir sings on Saturday evening; tickets at the door.")
            + "</div>",
        ),
        "Spring concert at the old chapel",
    ),
    # -- a forum thread's prefix, a label set before its title in the <h1>
    (
        "de_thread_prefix_label",
        "https://haus-und-hof.example.de/threads/heizung-klopft-nachts.5521/",
        xenforo(
            "de",
            "Gelöst - Heizung klopft nachts | Haus und Hof Forum",
            "Gelöst",
            "Heizung klopft nachts",
            "Seit dem Winter klopft die Heizung jede Nacht gegen drei Uhr.",
        ),
        "Heizung klopft nachts",
    ),
    (
        "pl_thread_prefix_label_not_in_title",
        "https://forum-ogrodnicze.example.pl/threads/slimaki.881/",
        xenforo(
            "pl",
            "Ślimaki zjadają sadzonki | Forum Ogrodnicze",
            "Pytanie",
            "Ślimaki zjadają sadzonki",
            "Co noc ślimaki zjadają moje sadzonki sałaty w ogródku.",
        ),
        "Ślimaki zjadają sadzonki",
    ),
    (
        "tr_thread_prefix_label_in_link",
        "https://bahce-forumu.example.com.tr/threads/domates.412/",
        xenforo(
            "tr",
            "Çözüldü - Balkonda domates yetiştirmek | Bahçe Forumu",
            "Çözüldü",
            "Balkonda domates yetiştirmek",
            "Balkonumda saksıda domates yetiştirmek istiyorum, hangi tohum iyi olur?",
            linked=True,
        ),
        "Balkonda domates yetiştirmek",
    ),
    # -- the site's name after the dashes of scripts without spaces: a full-width hyphen, a
    # horizontal bar, a wave dash, a Thai page's hyphen; old pages without an <h1>
    (
        "zh_tw_full_width_hyphen_site",
        "https://nanhu-daily.example.tw/news/20240305/a12",
        headline_box(
            "zh-TW",
            "市府宣布新公園啟用－南湖日報",
            "市府宣布新公園啟用",
            "市府今天宣布新公園正式啟用，市民可以免費入園參觀。",
            site="南湖日報",
        ),
        "市府宣布新公園啟用",
    ),
    (
        "ja_horizontal_bar_site",
        "https://minato-shinpo.example.jp/articles/20240305-2",
        headline_box(
            "ja",
            "駅前に新しい図書館が開館 ― みなと新報",
            "駅前に新しい図書館が開館",
            "駅前に新しい図書館が五日に開館した。",
            site="みなと新報",
        ),
        "駅前に新しい図書館が開館",
    ),
    (
        "ja_wave_dash_site",
        "https://minato-shinpo.example.jp/articles/20240305-3",
        headline_box(
            "ja",
            "市民マラソンに三千人が参加～みなと新報",
            "市民マラソンに三千人が参加",
            "市民マラソンが日曜日に開かれ、三千人が走った。",
            site="みなと新報",
        ),
        "市民マラソンに三千人が参加",
    ),
    (
        "th_unspaced_hyphen_site",
        "https://khao-mueang-nuea.example.co.th/news/2024/03/05/2",
        headline_box(
            "th",
            "เปิดตลาดน้ำแห่งใหม่ริมแม่น้ำ-ข่าวเมืองเหนือ",
            "เปิดตลาดน้ำแห่งใหม่ริมแม่น้ำ",
            "ตลาดน้ำแห่งใหม่เปิดให้บริการเมื่อวันเสาร์ที่ผ่านมา",
            site="ข่าวเมืองเหนือ",
        ),
        "เปิดตลาดน้ำแห่งใหม่ริมแม่น้ำ",
    ),
]


@pytest.mark.parametrize(
    ("url", "html", "want"), [pytest.param(u, h, w, id=n) for n, u, h, w in PROBES]
)
def test_title_probe(url: str, html: str, want: str) -> None:
    assert newsextract.extract(html, url=url).title == want
