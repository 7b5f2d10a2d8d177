"""A blind probe (round 60, issue 11): content that is mostly links, or looks like furniture,
written without reading the extractor. A weekly links roundup whose every item is a linked
title with a sentence, annotated bibliographies and reading lists, glossaries and a book's
index, changelogs with issue links, an encyclopedia's paragraphs with a link every few
words, a briefing page whose content is a digest of other stories, "best of" lists of
linked product names, footnoted essays with their reference lists, answers that are lists
of links, link directories and awards lists. Beside them, pages where the links are *not*
content: a tag landing page's story teasers, related-story lists, "trending" boxes, author
bio boxes and sidebars of links beside a real short article (the body keeps the article's
text only). The pages sit in many templates (WordPress, Ghost, Hugo, a Substack-like
newsletter, a MediaWiki-like wiki, Drupal, a custom news CMS) in over fifteen languages
and several scripts. Every name, place and sentence here is invented."""

from __future__ import annotations

from .pages import Probes, page

PROBES = Probes()


def _ul(items: tuple[str, ...], prefix: str = "/x") -> str:
    return "".join(f"<li><a href='{prefix}/{n}'>{item}</a></li>" for n, item in enumerate(items))


def wp(
    lang: str,
    title: str,
    content: str,
    *,
    side_title: str,
    side: tuple[str, ...],
    after: str = "",
    dir_: str = "ltr",
) -> str:
    """A WordPress theme: masthead and menu, the entry with its meta line and tags, a widget
    sidebar of recent posts, a footer."""
    return page(
        lang,
        title,
        "<div id='page' class='site'><header id='masthead' class='site-header'><p "
        "class='site-title'><a href='/'>Kettlebrook</a></p><nav class='main-navigation'><ul "
        "class='menu'><li><a href='/'>⌂</a></li><li><a href='/archive/'>Archive</a></li></ul>"
        "</nav></header><div id='content' class='site-content'><main id='main' "
        "class='site-main'><article class='post type-post status-publish hentry'><header "
        f"class='entry-header'><h1 class='entry-title'>{title}</h1><div class='entry-meta'>"
        "<span class='posted-on'><time datetime='2026-11-02'>2026-11-02</time></span></div>"
        f"</header><div class='entry-content'>{content}</div><footer class='entry-footer'>"
        "<span class='tags-links'><a href='/tag/a' rel='tag'>#</a></span></footer></article>"
        f"{after}</main><aside id='secondary' class='widget-area'><section class='widget "
        f"widget_recent_entries'><h2 class='widget-title'>{side_title}</h2><ul>{_ul(side)}"
        "</ul></section></aside></div><footer class='site-footer'><div class='site-info'>"
        "Kettlebrook · WordPress</div></footer></div>",
        dir_=dir_,
    )


def ghost(lang: str, title: str, content: str, *, site: str, more: tuple[str, ...]) -> str:
    """A Ghost theme (Casper-like): the post's ``gh-content``, a subscribe box, a "read
    more" strip of post cards."""
    cards = "".join(
        f"<article class='post-card'><a class='post-card-content-link' href='/p{n}/'><header "
        f"class='post-card-header'><h2 class='post-card-title'>{item}</h2></header></a>"
        "</article>"
        for n, item in enumerate(more)
    )
    return page(
        lang,
        title,
        f"<div class='viewport'><header id='gh-head' class='gh-head'><a class='gh-head-logo' "
        f"href='/'>{site}</a><nav class='gh-head-menu'><ul class='nav'><li><a href='/'>Home"
        "</a></li><li><a href='/about/'>About</a></li></ul></nav></header><main id='site-main' "
        "class='site-main'><article class='article post'><header class='article-header "
        f"gh-canvas'><h1 class='article-title'>{title}</h1></header><section class='gh-content "
        f"gh-canvas'>{content}</section></article><section class='footer-cta'><h3 "
        f"class='footer-cta-title'>{site}</h3><a class='footer-cta-button' href='#/portal/'>"
        "Subscribe</a></section><aside class='read-more-wrap'><div class='read-more inner'>"
        f"{cards}</div></aside></main><footer class='site-footer outer'><div class='inner'>"
        f"<section class='copyright'><a href='/'>{site}</a> © 2026</section></div></footer>"
        "</div>",
    )


def hugo(lang: str, title: str, content: str, *, site: str, toc: tuple[str, ...]) -> str:
    """A Hugo theme: a header of menu links, the post in ``<main>``, a table of contents in an
    aside, previous/next links and a footer."""
    entries = "".join(f"<li><a href='#s{n}'>{item}</a></li>" for n, item in enumerate(toc))
    return page(
        lang,
        title,
        f"<header class='header'><nav class='nav'><a class='logo' href='/'>{site}</a><ul "
        "id='menu'><li><a href='/posts/'>Posts</a></li><li><a href='/tags/'>Tags</a></li>"
        "</ul></nav></header><main class='main'><article class='post-single'><header "
        f"class='post-header'><h1 class='post-title'>{title}</h1></header><div class='toc'>"
        f"<details><summary>Contents</summary><ul>{entries}</ul></details></div><div "
        f"class='post-content'>{content}</div><footer class='post-footer'><nav "
        "class='paginav'><a class='prev' href='/posts/older/'>« Prev</a><a class='next' "
        "href='/posts/newer/'>Next »</a></nav></footer></article></main><footer "
        f"class='footer'><span>© 2026 {site}</span> · Powered by Hugo</footer>",
    )


def substack(lang: str, title: str, content: str, *, pub: str, subtitle: str = "") -> str:
    """A Substack-like newsletter post: the publication's navbar, the post's ``body markup``,
    a subscribe widget in the post and after it, a comments prompt."""
    sub = f"<h3 class='subtitle'>{subtitle}</h3>" if subtitle else ""
    return page(
        lang,
        title,
        f"<div id='main'><div class='main-menu'><div class='navbar'><a href='/'>{pub}</a><a "
        "class='button primary' href='/subscribe'>Subscribe</a><a href='/signin'>Sign in</a>"
        "</div></div><div class='single-post-container'><div class='single-post'><article "
        f"class='typography newsletter-post post'><div class='post-header'><h1 "
        f"class='post-title'>{title}</h1>{sub}</div><div class='available-content'><div "
        f"class='body markup' dir='auto'>{content}</div></div><div class='subscription-"
        "widget-wrap'><div class='subscription-widget'><p>Type your email…</p><button>"
        "Subscribe</button></div></div></article><div class='post-footer'><a href='#'>"
        "♡ 12</a><a href='#comments'>💬 4</a><a href='#'>Share</a></div></div></div></div>",
    )


def wiki(
    lang: str, title: str, content: str, *, site: str, cats: tuple[str, ...], dir_: str = "ltr"
) -> str:
    """A MediaWiki-like page: the side panel of portal links, the parser output with its
    edit links, the category box, the footer of policy links."""
    cat_links = "".join(f"<li><a href='/wiki/C:{n}'>{c}</a></li>" for n, c in enumerate(cats))
    return page(
        lang,
        title,
        "<div id='mw-page-base'></div><div id='content' class='mw-body' role='main'><h1 "
        f"id='firstHeading' class='firstHeading'>{title}</h1><div id='bodyContent' "
        f"class='vector-body'><div id='siteSub'>{site}</div><div id='mw-content-text' "
        f"class='mw-body-content'><div class='mw-parser-output'>{content}</div></div><div "
        "id='catlinks' class='catlinks'><div id='mw-normal-catlinks' class='mw-normal-"
        f"catlinks'><a href='/wiki/Special:Categories'>≡</a><ul>{cat_links}</ul></div></div>"
        "</div></div><div id='mw-navigation'><div id='mw-panel'><div id='p-navigation' "
        "class='portal'><ul><li id='n-mainpage'><a href='/wiki/Main'>Main page</a></li><li "
        "id='n-randompage'><a href='/wiki/Special:Random'>Random page</a></li><li "
        "id='n-recentchanges'><a href='/wiki/Special:RecentChanges'>Recent changes</a></li>"
        "</ul></div></div></div><div id='footer' role='contentinfo'><ul id='footer-places'>"
        "<li><a href='/wiki/Privacy'>Privacy policy</a></li><li><a href='/wiki/About'>"
        f"About {site}</a></li></ul></div>",
        dir_=dir_,
    )


def drupal(
    lang: str,
    title: str,
    content: str,
    *,
    site: str,
    block_title: str,
    block: tuple[str, ...],
    dir_: str = "ltr",
) -> str:
    """A Drupal site: regions of blocks, the node's body field, a sidebar block of views
    rows."""
    rows = "".join(
        f"<div class='views-row'><span class='field-content'><a href='/node/{n}'>{item}</a>"
        "</span></div>"
        for n, item in enumerate(block, 200)
    )
    return page(
        lang,
        title,
        "<div class='dialog-off-canvas-main-canvas'><div class='layout-container'><header "
        f"role='banner'><div class='site-branding'><a href='/' rel='home'>{site}</a></div>"
        "</header><main role='main'><div class='layout-content'><div class='region "
        f"region-content'><h1 class='page-title'><span>{title}</span></h1><article "
        "class='node node--type-article node--view-mode-full'><div class='node__content'>"
        "<div class='clearfix text-formatted field field--name-body field--type-text-with-"
        f"summary field__item'>{content}</div></div></article></div></div><aside "
        "class='layout-sidebar-second' role='complementary'><div class='block block-views'>"
        f"<h2>{block_title}</h2><div class='view-content'>{rows}</div></div></aside></main>"
        f"<footer role='contentinfo'><p>© {site}</p></footer></div></div>",
        dir_=dir_,
    )


def news(
    lang: str,
    title: str,
    content: str,
    *,
    site: str,
    related_title: str,
    related: tuple[str, ...],
    trending_title: str,
    trending: tuple[str, ...],
    byline: str = "",
    dir_: str = "ltr",
) -> str:
    """A custom news CMS: a top bar of sections, the story in ``article-body``, a related
    list under it, a numbered "trending" box in the right rail, a footer of links."""
    related_items = "".join(
        f"<li class='related__item'><a href='/story/{n}'>{item}</a></li>"
        for n, item in enumerate(related, 900)
    )
    trending_items = "".join(
        f"<li class='trending__item'><span class='rank'>{n}</span><a href='/t/{n}'>{item}</a></li>"
        for n, item in enumerate(trending, 1)
    )
    by = f"<div class='story-byline'>{byline}</div>" if byline else ""
    return page(
        lang,
        title,
        f"<div class='top-bar'><a class='brand' href='/'>{site}</a><ul class='sections'><li>"
        "<a href='/s/1'>§1</a></li><li><a href='/s/2'>§2</a></li></ul></div><div "
        "class='page-grid'><main class='story-main'><article class='story'><h1 "
        f"class='story-headline'>{title}</h1>{by}<div class='article-body'>{content}</div>"
        f"</article><section class='related'><h2 class='related__title'>{related_title}</h2>"
        f"<ul class='related__list'>{related_items}</ul></section></main><aside "
        f"class='right-rail'><div class='trending'><h3 class='trending__title'>"
        f"{trending_title}</h3><ol>{trending_items}</ol></div></aside></div><footer "
        f"class='site-foot'><a href='/impressum'>{site}</a></footer>",
        dir_=dir_,
    )


def _items(*rows: tuple[str, str, str]) -> str:
    """List items of a linked title and the sentence after it: (href, title, sentence)."""
    return "".join(f"<li><a href='{href}'>{name}</a> — {text}</li>" for href, name, text in rows)


def _paras(*rows: tuple[str, str, str]) -> str:
    """Paragraphs that open on a linked name in bold and go on with a sentence."""
    return "".join(
        f"<p><strong><a href='{href}'>{name}</a></strong>: {text}</p>" for href, name, text in rows
    )


# ======================================================================================
# Links roundups and digests: the links are the content.
# ======================================================================================

# --- English, a weekly links roundup on a Substack-like newsletter: an intro, then every
# item a linked title and a sentence, in sections under h3s.
PROBES.add(
    "en_substack_weekly_links_roundup",
    "https://tidepoolnotes.example.com/p/links-week-44",
    substack(
        "en",
        "Links for week 44",
        "<p>Here is what caught my eye this week, from shoreline ecology to odd archives.</p>"
        "<h3>Science</h3><ul>"
        + _items(
            (
                "https://a.example.org/kelp",
                "Why kelp forests move north",
                "a patient survey of forty years of diver logs off the Carrow coast.",
            ),
            (
                "https://b.example.org/crabs",
                "The hermit crab housing market",
                "crabs queue by size to swap shells, and the chain can run to twenty.",
            ),
            (
                "https://c.example.org/tides",
                "A tide table from 1802",
                "a harbour master's handwritten predictions, scanned and checked.",
            ),
        )
        + "</ul><h3>Reading</h3><ul>"
        + _items(
            (
                "https://d.example.org/essay",
                "On keeping a field notebook",
                "short, practical and a little sentimental about pencils.",
            ),
            (
                "https://e.example.org/maps",
                "Maps nobody asked for",
                "a cartographer draws the bus routes of imaginary cities.",
            ),
        )
        + "</ul><p>That is all for this week. Reply and tell me what you are reading.</p>",
        pub="Tidepool Notes",
        subtitle="Kelp, crabs and a very old tide table",
    ),
    (
        "Here is what caught my eye this week",
        "Why kelp forests move north",
        "a patient survey of forty years of diver logs off the Carrow coast.",
        "The hermit crab housing market",
        "A tide table from 1802",
        "On keeping a field notebook",
        "a cartographer draws the bus routes of imaginary cities.",
        "Reply and tell me what you are reading.",
    ),
    ("Type your email…", "Sign in"),
)

# --- German, a Friday links post on a WordPress blog: paragraphs of a bold linked name and
# a sentence; the sidebar lists recent posts.
PROBES.add(
    "de_wordpress_freitagslinks",
    "https://kettlebrook.example.de/2026/11/freitagslinks-45/",
    wp(
        "de",
        "Freitagslinks #45",
        "<p>Diese Woche gelesen, gehört und für gut befunden.</p>"
        + _paras(
            (
                "https://x.example.de/1",
                "Der Bahnhof, der nie eröffnet wurde",
                "Eine Reportage über einen fertigen Bahnhof im Spessart, an dem seit dreißig "
                "Jahren kein Zug hält.",
            ),
            (
                "https://x.example.de/2",
                "Brot backen mit Sauerteig aus dem Jahr 1910",
                "Eine Bäckerin füttert einen alten Sauerteig weiter und erklärt, warum er "
                "noch lebt.",
            ),
            (
                "https://x.example.de/3",
                "Podcast: Die Geschichte der Postleitzahl",
                "Vierzig Minuten darüber, wie fünf Ziffern das Land neu ordneten.",
            ),
            (
                "https://x.example.de/4",
                "Warum Ampeln grün sind",
                "Ein kurzer Text über Farben, Normen und einen Streit von 1927.",
            ),
        )
        + "<p>Schönes Wochenende!</p>",
        side_title="Neueste Beiträge",
        side=("Freitagslinks #44", "Herbst im Schrebergarten", "Freitagslinks #43"),
    ),
    (
        "Diese Woche gelesen, gehört und für gut befunden.",
        "Der Bahnhof, der nie eröffnet wurde",
        "an dem seit dreißig Jahren kein Zug hält.",
        "Brot backen mit Sauerteig aus dem Jahr 1910",
        "Podcast: Die Geschichte der Postleitzahl",
        "Ein kurzer Text über Farben, Normen und einen Streit von 1927.",
        "Schönes Wochenende!",
    ),
    ("Herbst im Schrebergarten", "Freitagslinks #44", "Kettlebrook · WordPress"),
)

# --- Portuguese, a morning briefing page whose whole content is a digest of other
# stories, each a linked headline and a line ("Outras notícias" is the page itself).
PROBES.add(
    "pt_news_morning_briefing_digest",
    "https://jornaldoplanalto.example.pt/briefing/2026-11-03",
    news(
        "pt",
        "Briefing da manhã: 3 de novembro",
        "<p class='intro'>Bom dia. Estas são as notícias que precisa de saber hoje.</p>"
        "<h2>Em destaque</h2><ul class='digest'>"
        + _items(
            (
                "/story/1",
                "Câmara aprova novo mercado coberto",
                "a obra começa em março e custa quatro milhões de euros.",
            ),
            (
                "/story/2",
                "Greve dos comboios suspensa",
                "sindicato e empresa voltam a reunir-se na sexta-feira.",
            ),
        )
        + "</ul><h2>Outras notícias</h2><ul class='digest'>"
        + _items(
            (
                "/story/3",
                "Biblioteca municipal alarga horário",
                "passa a abrir aos domingos de manhã a partir de dezembro.",
            ),
            (
                "/story/4",
                "Clube local sobe de divisão",
                "a equipa feminina garantiu a subida com duas jornadas por jogar.",
            ),
            (
                "/story/5",
                "Chuva forte esperada no fim de semana",
                "o instituto do mar emitiu aviso amarelo para o litoral.",
            ),
        )
        + "</ul><p>Até amanhã.</p>",
        site="Jornal do Planalto",
        related_title="Briefings anteriores",
        related=("Briefing da manhã: 2 de novembro", "Briefing da manhã: 31 de outubro"),
        trending_title="Mais lidas",
        trending=("Incêndio destrói armazém no porto", "Preço do pão sobe outra vez"),
    ),
    (
        "Estas são as notícias que precisa de saber hoje.",
        "Câmara aprova novo mercado coberto",
        "a obra começa em março e custa quatro milhões de euros.",
        "Greve dos comboios suspensa",
        "Biblioteca municipal alarga horário",
        "passa a abrir aos domingos de manhã a partir de dezembro.",
        "Chuva forte esperada no fim de semana",
        "o instituto do mar emitiu aviso amarelo para o litoral.",
    ),
    ("Briefing da manhã: 2 de novembro", "Incêndio destrói armazém no porto"),
)

# --- Japanese, a daily digest on a news site: every item a linked headline with a short
# summary in a <p> under it, inside <section>s by topic.
PROBES.add(
    "ja_news_daily_digest_sections",
    "https://asakaze-shimbun.example.jp/digest/20261104",
    news(
        "ja",
        "けさのダイジェスト 11月4日",
        "<p>おはようございます。けさ知っておきたいニュースをまとめました。</p>"
        "<section class='digest-group'><h2>社会</h2><div class='digest-item'><h3><a "
        "href='/a/1'>市立図書館、夜間開館を試行</a></h3><p>来月から毎週金曜日に午後9時まで"
        "開館する。</p></div><div class='digest-item'><h3><a href='/a/2'>路線バス、3路線"
        "を減便</a></h3><p>運転手不足のため、平日の昼間の便を減らす。</p></div></section>"
        "<section class='digest-group'><h2>経済</h2><div class='digest-item'><h3><a "
        "href='/a/3'>地元の酒蔵、海外向け出荷が倍増</a></h3><p>欧州の日本料理店からの注文"
        "が増えている。</p></div></section>",
        site="朝風新聞",
        related_title="関連記事",
        related=("けさのダイジェスト 11月3日", "週末のダイジェスト"),
        trending_title="アクセスランキング",
        trending=("人気のラーメン店が閉店へ", "紅葉の名所、今週が見頃"),
    ),
    (
        "けさ知っておきたいニュースをまとめました。",
        "市立図書館、夜間開館を試行",
        "来月から毎週金曜日に午後9時まで開館する。",
        "路線バス、3路線を減便",
        "運転手不足のため、平日の昼間の便を減らす。",
        "地元の酒蔵、海外向け出荷が倍増",
        "欧州の日本料理店からの注文が増えている。",
    ),
    ("人気のラーメン店が閉店へ", "けさのダイジェスト 11月3日"),
)

# --- Polish, a weekly press review on a Ghost blog: linked source names inside each
# sentence, one paragraph per item.
PROBES.add(
    "pl_ghost_press_review_links_in_sentences",
    "https://przeglad.example.pl/przeglad-prasy-45/",
    ghost(
        "pl",
        "Przegląd prasy, tydzień 45",
        "<p>Co pisano w tym tygodniu o mieście i okolicach.</p><p><a href='https://g1."
        "example.pl/x'>Gazeta Nadwiślańska</a> opisuje spór o <a href='https://g1.example.pl/"
        "y'>nowy most</a> na Wiśle i <a href='https://g1.example.pl/z'>koszty jego budowy</a>"
        ", które wzrosły o jedną trzecią.</p><p>W <a href='https://g2.example.pl/a'>Kurierze "
        "Porannym</a> długi tekst o <a href='https://g2.example.pl/b'>szkołach muzycznych</a>"
        ", którym brakuje nauczycieli gry na instrumentach dętych.</p><p><a href='https://g3."
        "example.pl/c'>Tygodnik Osiedlowy</a> pyta, dlaczego <a href='https://g3.example.pl/"
        "d'>park przy stawach</a> od roku czeka na ławki.</p>",
        site="Przegląd",
        more=("Przegląd prasy, tydzień 44", "Jak czytamy lokalne gazety"),
    ),
    (
        "Co pisano w tym tygodniu o mieście i okolicach.",
        "Gazeta Nadwiślańska",
        "które wzrosły o jedną trzecią.",
        "którym brakuje nauczycieli gry na instrumentach dętych.",
        "od roku czeka na ławki.",
    ),
    ("Przegląd prasy, tydzień 44", "Jak czytamy lokalne gazety", "Subscribe"),
)

# --- Indonesian, a "best links of the month" post on WordPress whose items are short:
# a linked title and four or five words.
PROBES.add(
    "id_wordpress_monthly_links_short_items",
    "https://catatanrina.example.id/2026/11/tautan-pilihan-oktober/",
    wp(
        "id",
        "Tautan pilihan bulan Oktober",
        "<p>Bulan ini saya banyak membaca tentang kota dan makanan. Berikut daftar tautan "
        "yang paling saya sukai.</p><ol>"
        + _items(
            ("/t/1", "Sejarah pasar apung", "panjang tapi menyenangkan."),
            ("/t/2", "Resep sambal dari lima pulau", "wajib dicoba."),
            ("/t/3", "Kota tanpa mobil", "wawancara dengan perencana kota."),
            ("/t/4", "Mengapa kopi tubruk bertahan", "esai pendek yang jujur."),
            ("/t/5", "Foto-foto stasiun lama", "arsip yang indah."),
        )
        + "</ol><p>Sampai jumpa bulan depan.</p>",
        side_title="Tulisan terbaru",
        side=("Tautan pilihan bulan September", "Belajar menjahit"),
    ),
    (
        "Bulan ini saya banyak membaca tentang kota dan makanan.",
        "Sejarah pasar apung",
        "Resep sambal dari lima pulau",
        "Kota tanpa mobil",
        "wawancara dengan perencana kota.",
        "Foto-foto stasiun lama",
        "Sampai jumpa bulan depan.",
    ),
    ("Tautan pilihan bulan September", "Belajar menjahit"),
)

# ======================================================================================
# Bibliographies, reading lists, glossaries, indexes.
# ======================================================================================

# --- German, an annotated bibliography on a Hugo site: entries with a linked title and a
# paragraph of comment each, under headings by kind.
PROBES.add(
    "de_hugo_annotated_bibliography",
    "https://lesekreis.example.de/literatur/stadtgeschichte/",
    hugo(
        "de",
        "Kommentierte Bibliographie: Stadtgeschichte",
        "<p>Eine Auswahl von Büchern und Aufsätzen zur Geschichte kleiner Städte, jeweils "
        "mit einer kurzen Einschätzung.</p><h2 id='s0'>Überblicke</h2><ul class='bib'><li>"
        "<p>Hollmann, Greta: <a href='https://bib.example.de/1'><em>Mauern, Märkte, Menschen"
        "</em></a>. Kleinau 2019.</p><p>Das beste Einstiegsbuch, gut lesbar und mit vielen "
        "Karten.</p></li><li><p>Berger, Anton: <a href='https://bib.example.de/2'><em>Die "
        "Stadt vor der Stadt</em></a>. Feldheim 2008.</p><p>Stark bei der Frühgeschichte, "
        "schwach bei allem nach 1800.</p></li></ul><h2 id='s1'>Aufsätze</h2><ul class='bib'>"
        "<li><p>Riedl, Marta: <a href='https://bib.example.de/3'>Brunnen und Bürger</a>, in: "
        "<a href='https://bib.example.de/4'>Heimatblätter</a> 12 (2015).</p><p>Zeigt, wie "
        "die Wasserversorgung die Nachbarschaften formte.</p></li></ul>",
        site="Lesekreis",
        toc=("Überblicke", "Aufsätze"),
    ),
    (
        "Eine Auswahl von Büchern und Aufsätzen zur Geschichte kleiner Städte",
        "Mauern, Märkte, Menschen",
        "Das beste Einstiegsbuch, gut lesbar und mit vielen Karten.",
        "Die Stadt vor der Stadt",
        "Stark bei der Frühgeschichte, schwach bei allem nach 1800.",
        "Brunnen und Bürger",
        "Zeigt, wie die Wasserversorgung die Nachbarschaften formte.",
    ),
    ("« Prev", "Powered by Hugo"),
)

# --- French, a reading list on a Ghost blog: a numbered list of linked titles with the
# author and one line on why.
PROBES.add(
    "fr_ghost_reading_list",
    "https://carnetdelecture.example.fr/dix-livres-pour-l-hiver/",
    ghost(
        "fr",
        "Dix livres pour l'hiver",
        "<p>Ma liste de lectures pour les longues soirées, du roman au récit de voyage.</p>"
        "<ol><li><a href='/livre/1'>Le Phare de Kerbrat</a>, d'Yvonne Le Goff : un huis clos "
        "venteux sur une île bretonne.</li><li><a href='/livre/2'>Les Cartographes</a>, de "
        "Paul Ancelin : deux frères cartographient la Guyane en 1880.</li><li><a "
        "href='/livre/3'>Une saison de neige</a>, de Marie Dorval : un village de montagne "
        "coupé du monde pendant trois mois.</li><li><a href='/livre/4'>Petit traité du "
        "thé</a>, de Jules Morand : court, drôle et savant.</li></ol><p>Et vous, que lisez-vous "
        "cet hiver ?</p>",
        site="Carnet de lecture",
        more=("Mes lectures d'octobre", "Pourquoi je relis"),
    ),
    (
        "Ma liste de lectures pour les longues soirées",
        "Le Phare de Kerbrat",
        "un huis clos venteux sur une île bretonne.",
        "Les Cartographes",
        "deux frères cartographient la Guyane en 1880.",
        "Une saison de neige",
        "Petit traité du thé",
        "Et vous, que lisez-vous cet hiver ?",
    ),
    ("Mes lectures d'octobre", "Pourquoi je relis"),
)

# --- Spanish, a glossary on WordPress: a definition list whose terms are links to their
# own pages and whose definitions carry cross-reference links.
PROBES.add(
    "es_wordpress_glossary_dl_linked_terms",
    "https://huertourbano.example.es/glosario/",
    wp(
        "es",
        "Glosario del huerto urbano",
        "<p>Los términos que más usamos en el blog, con enlaces a las entradas donde los "
        "explicamos.</p><dl><dt><a href='/g/acolchado'>Acolchado</a></dt><dd>Capa de paja u "
        "hojas que cubre la tierra y conserva la <a href='/g/humedad'>humedad</a>.</dd><dt>"
        "<a href='/g/bancal'>Bancal</a></dt><dd>Franja de tierra elevada donde se cultiva; "
        "ver también <a href='/g/mesa'>mesa de cultivo</a>.</dd><dt><a href='/g/compost'>"
        "Compost</a></dt><dd>Abono que resulta de descomponer restos de cocina y jardín.</dd>"
        "<dt><a href='/g/esqueje'>Esqueje</a></dt><dd>Trozo de tallo que se planta para "
        "obtener una planta nueva.</dd></dl>",
        side_title="Entradas recientes",
        side=("Cómo plantar ajos en otoño", "Diez errores con el riego"),
    ),
    (
        "Los términos que más usamos en el blog",
        "Acolchado",
        "Capa de paja u hojas que cubre la tierra y conserva la",
        "Bancal",
        "Franja de tierra elevada donde se cultiva",
        "Abono que resulta de descomponer restos de cocina y jardín.",
        "Trozo de tallo que se planta para obtener una planta nueva.",
    ),
    ("Cómo plantar ajos en otoño", "Diez errores con el riego"),
)

# --- Dutch, a glossary whose terms are only links grouped under letters (A, B, C), each
# term with a one-line gloss in a span, on Drupal.
PROBES.add(
    "nl_drupal_glossary_letter_groups",
    "https://fietsbond-oost.example.nl/begrippenlijst",
    drupal(
        "nl",
        "Begrippenlijst fietsinfrastructuur",
        "<p>Welke woorden gebruiken wegbeheerders, en wat betekenen ze?</p><h2>A</h2><ul><li>"
        "<a href='/b/1'>Aanliggend fietspad</a> <span class='gloss'>fietspad direct naast de "
        "rijbaan, zonder berm</span></li><li><a href='/b/2'>Opgeblazen opstelstrook</a> "
        "<span class='gloss'>wachtvak voor fietsers vóór de auto's bij een verkeerslicht"
        "</span></li></ul><h2>F</h2><ul><li><a href='/b/3'>Fietsstraat</a> <span "
        "class='gloss'>straat waar de auto te gast is</span></li><li><a href='/b/4'>"
        "Fietssnelweg</a> <span class='gloss'>doorgaande route tussen steden voor lange "
        "afstanden</span></li></ul>",
        site="Fietsbond Oost",
        block_title="Actueel",
        block=("Nieuwe fietsstraat in Deventer-Zuid", "Ledenvergadering 12 december"),
    ),
    (
        "Welke woorden gebruiken wegbeheerders, en wat betekenen ze?",
        "Aanliggend fietspad",
        "fietspad direct naast de rijbaan, zonder berm",
        "Fietsstraat",
        "straat waar de auto te gast is",
        "doorgaande route tussen steden voor lange afstanden",
    ),
    ("Nieuwe fietsstraat in Deventer-Zuid", "Ledenvergadering 12 december"),
)

# --- English, a book's index page on a publisher's Hugo site: entries that are nothing but
# a term and linked page numbers.
PROBES.add(
    "en_hugo_book_index_page_links",
    "https://handbook.example.org/index-of-terms/",
    hugo(
        "en",
        "Index of terms",
        "<p>Every term of the handbook, with the sections where it is defined or used.</p>"
        "<h2 id='s0'>B</h2><ul class='index'><li>backflow valve, <a href='/ch2/#a'>2.4</a>, "
        "<a href='/ch5/#b'>5.1</a></li><li>bleed screw, <a href='/ch3/#c'>3.2</a></li><li>"
        "boiler pressure, <a href='/ch3/#d'>3.1</a>, <a href='/ch3/#e'>3.5</a>, <a "
        "href='/ch7/#f'>7.2</a></li></ul><h2 id='s1'>C</h2><ul class='index'><li>"
        "condensate trap, <a href='/ch4/#g'>4.3</a></li><li>cylinder thermostat, <a "
        "href='/ch6/#h'>6.1</a></li></ul>",
        site="Heating Handbook",
        toc=("B", "C"),
    ),
    (
        "Every term of the handbook, with the sections where it is defined or used.",
        "backflow valve",
        "bleed screw",
        "boiler pressure",
        "condensate trap",
        "cylinder thermostat",
    ),
    ("« Prev", "Powered by Hugo"),
)

# --- Russian, a university library's reading list on Drupal: entries with authors, a linked
# title and a catalogue link, grouped as required and further reading.
PROBES.add(
    "ru_drupal_course_reading_list",
    "https://lib.example-univ.ru/spiski/istoriya-yazyka",
    drupal(
        "ru",
        "Список литературы: история русского языка",
        "<p>Обязательная и дополнительная литература к курсу осеннего семестра.</p><h3>"
        "Обязательная литература</h3><ol><li>Седова Н. П. <a href='/cat/1'>Очерки "
        "исторической фонетики</a>. — Заречье, 2011. — <a href='/cat/1/hold'>наличие в "
        "библиотеке</a></li><li>Громов В. А. <a href='/cat/2'>Древние грамоты и их язык</a>. "
        "— Заречье, 2004. — <a href='/cat/2/hold'>наличие в библиотеке</a></li></ol><h3>"
        "Дополнительная литература</h3><ol><li>Лаптева О. И. <a href='/cat/3'>Слова, "
        "которые исчезли</a>. — Озёрск, 2019.</li></ol><p>Все книги есть в читальном зале "
        "на втором этаже.</p>",
        site="Научная библиотека",
        block_title="Новости библиотеки",
        block=("Читальный зал закрыт 4 ноября", "Выставка старых карт"),
    ),
    (
        "Обязательная и дополнительная литература к курсу осеннего семестра.",
        "Очерки исторической фонетики",
        "Древние грамоты и их язык",
        "Слова, которые исчезли",
        "Все книги есть в читальном зале на втором этаже.",
    ),
    ("Читальный зал закрыт 4 ноября", "Выставка старых карт"),
)

# ======================================================================================
# Changelogs and release notes with issue links.
# ======================================================================================

# --- English, a changelog on a Hugo docs site: every line ends on issue and pull request
# links, some lines are little more than a link.
PROBES.add(
    "en_hugo_changelog_issue_links",
    "https://tallyhub.example.dev/changelog/",
    hugo(
        "en",
        "Changelog",
        "<h2 id='s0'>3.4.0 (2026-10-28)</h2><h3>Fixed</h3><ul><li>Exports no longer drop "
        "the last row of a sheet (<a href='https://code.example.dev/tally/issues/812'>#812</a>"
        ", <a href='https://code.example.dev/tally/pull/815'>#815</a>)</li><li>Dates before "
        "1970 sort correctly (<a href='https://code.example.dev/tally/issues/790'>#790</a>)"
        "</li><li><a href='https://code.example.dev/tally/pull/801'>Fix a crash on empty "
        "workbooks</a></li></ul><h3>Added</h3><ul><li>A <code>--dry-run</code> flag for "
        "imports (<a href='https://code.example.dev/tally/pull/799'>#799</a>, thanks <a "
        "href='https://code.example.dev/ines-k'>@ines-k</a>)</li></ul><h2 id='s1'>3.3.2 "
        "(2026-09-14)</h2><ul><li>Security: escape sheet names in the HTML export (<a "
        "href='https://code.example.dev/tally/issues/777'>#777</a>)</li></ul>",
        site="Tallyhub",
        toc=("3.4.0", "3.3.2"),
    ),
    (
        "3.4.0 (2026-10-28)",
        "Exports no longer drop the last row of a sheet",
        "Dates before 1970 sort correctly",
        "Fix a crash on empty workbooks",
        "flag for imports",
        "3.3.2 (2026-09-14)",
        "Security: escape sheet names in the HTML export",
    ),
    ("« Prev", "Powered by Hugo"),
)

# --- Japanese, release notes on a WordPress product blog: bullets of a change and a linked
# ticket number in brackets.
PROBES.add(
    "ja_wordpress_release_notes_ticket_links",
    "https://kurumi-app.example.jp/blog/release-2-8/",
    wp(
        "ja",
        "バージョン2.8をリリースしました",
        "<p>今回のリリースでは、同期の安定性を高め、いくつかの不具合を修正しました。</p>"
        "<h2>新機能</h2><ul><li>カレンダーの週表示に祝日を表示（<a href='/t/1201'>#1201</a>"
        "）</li><li>メモにタグを付けられるようになりました（<a href='/t/1188'>#1188</a>）"
        "</li></ul><h2>不具合の修正</h2><ul><li>オフライン時に同期が止まる問題（<a "
        "href='/t/1210'>#1210</a>、<a href='/t/1213'>#1213</a>）</li><li><a "
        "href='/t/1199'>通知が二重に届く問題を修正</a></li></ul>",
        side_title="最近の投稿",
        side=("バージョン2.7のお知らせ", "年末年始のサポート体制"),
    ),
    (
        "今回のリリースでは、同期の安定性を高め、いくつかの不具合を修正しました。",
        "カレンダーの週表示に祝日を表示",
        "メモにタグを付けられるようになりました",
        "オフライン時に同期が止まる問題",
        "通知が二重に届く問題を修正",
    ),
    ("バージョン2.7のお知らせ", "年末年始のサポート体制"),
)

# --- Czech, a changelog whose entries each open on a linked commit hash and a linked
# author, on a plain Drupal page.
PROBES.add(
    "cs_drupal_changelog_commit_links",
    "https://mapovnik.example.cz/zmeny-verze-5",
    drupal(
        "cs",
        "Změny ve verzi 5.0",
        "<p>Přehled změn od poslední verze, seřazený podle data.</p><ul><li><a "
        "href='/c/a1b2c3d'>a1b2c3d</a> <a href='/u/jnovak'>jnovak</a>: vrstvy mapy se "
        "načítají postupně</li><li><a href='/c/e4f5a6b'>e4f5a6b</a> <a href='/u/pkral'>"
        "pkral</a>: oprava posunu značek při přiblížení</li><li><a href='/c/c7d8e9f'>"
        "c7d8e9f</a> <a href='/u/jnovak'>jnovak</a>: nový export do formátu GPX</li></ul><p>"
        "Děkujeme všem, kdo hlásili chyby.</p>",
        site="Mapovník",
        block_title="Novinky",
        block=("Mapovník na konferenci OpenMaps", "Hledáme dobrovolníky"),
    ),
    (
        "Přehled změn od poslední verze, seřazený podle data.",
        "vrstvy mapy se načítají postupně",
        "oprava posunu značek při přiblížení",
        "nový export do formátu GPX",
        "Děkujeme všem, kdo hlásili chyby.",
    ),
    ("Mapovník na konferenci OpenMaps", "Hledáme dobrovolníky"),
)

# ======================================================================================
# Encyclopedic text with a link every few words.
# ======================================================================================

# --- Russian, a wiki article: every paragraph a link every three words, an infobox, a
# "see also" list; the side panel and category box are furniture.
PROBES.add(
    "ru_wiki_dense_links_paragraphs",
    "https://vikiznanie.example.ru/wiki/Озерский_канал",
    wiki(
        "ru",
        "Озерский канал",
        "<p><b>Озерский канал</b> — <a href='/wiki/Канал'>судоходный канал</a> в <a "
        "href='/wiki/Заречная_область'>Заречной области</a>, соединяющий <a "
        "href='/wiki/Белое_озеро_(Заречье)'>Белое озеро</a> с <a href='/wiki/Река_Сольца'>"
        "рекой Сольцей</a>. Построен в <a href='/wiki/1830-е'>1830-х годах</a> по проекту <a "
        "href='/wiki/Петров,_Игнат'>инженера Петрова</a>.</p><h2><span class='mw-headline'>"
        "История</span><span class='mw-editsection'>[<a href='?action=edit'>править</a>]"
        "</span></h2><p>В <a href='/wiki/XIX_век'>XIX веке</a> по каналу возили <a "
        "href='/wiki/Лес'>лес</a>, <a href='/wiki/Соль'>соль</a> и <a href='/wiki/Зерно'>"
        "зерно</a>; после постройки <a href='/wiki/Железная_дорога'>железной дороги</a> "
        "движение упало, и в <a href='/wiki/1931'>1931 году</a> канал закрыли для "
        "грузовых судов.</p><h2><span class='mw-headline'>См. также</span></h2><ul><li><a "
        "href='/wiki/Сольцинский_шлюз'>Сольцинский шлюз</a></li><li><a "
        "href='/wiki/Каналы_Заречья'>Каналы Заречья</a></li></ul>",
        site="Материал из Викизнания",
        cats=("Каналы Заречной области", "Здания и сооружения, построенные в 1830-е"),
    ),
    (
        "Построен в",
        "Белое озеро",
        "рекой Сольцей",
        "История",
        "по каналу возили",
        "движение упало, и в",
        "канал закрыли для грузовых судов.",
        "Сольцинский шлюз",
    ),
    ("Random page", "Recent changes", "Каналы Заречной области", "Privacy policy", "править"),
)

# --- Greek, a wiki article of short paragraphs each with more linked words than plain
# ones, and a "see also" list.
PROBES.add(
    "el_wiki_link_heavy_short_article",
    "https://egkyklopaideia.example.gr/wiki/Λιμάνι_Ακροθέας",
    wiki(
        "el",
        "Λιμάνι Ακροθέας",
        "<p>Το <b>λιμάνι της Ακροθέας</b> είναι <a href='/wiki/Λιμάνι'>αλιευτικό λιμάνι</a> "
        "της <a href='/wiki/Νήσος_Ακροθέα'>νήσου Ακροθέας</a> στο <a href='/wiki/Αιγαίο'>"
        "Αιγαίο</a>.</p><p>Κατασκευάστηκε το <a href='/wiki/1912'>1912</a> από τον <a "
        "href='/wiki/Μηχανικός'>μηχανικό</a> <a href='/wiki/Σταύρος_Λιάκος'>Σταύρο "
        "Λιάκο</a>.</p><p>Σήμερα εξυπηρετεί <a href='/wiki/Πορθμείο'>πορθμεία</a> προς τον "
        "<a href='/wiki/Πειραιάς'>Πειραιά</a>.</p><h2><span class='mw-headline'>Δείτε "
        "επίσης</span></h2><ul><li><a href='/wiki/Φάρος_Ακροθέας'>Φάρος Ακροθέας</a></li>"
        "</ul>",
        site="Από την Εγκυκλοπαίδεια",
        cats=("Λιμάνια του Αιγαίου",),
    ),
    (
        "λιμάνι της Ακροθέας",
        "αλιευτικό λιμάνι",
        "Κατασκευάστηκε το",
        "Σταύρο Λιάκο",
        "Σήμερα εξυπηρετεί",
        "Φάρος Ακροθέας",
    ),
    ("Random page", "Λιμάνια του Αιγαίου", "Privacy policy"),
)

# --- Hebrew, a wiki article, right to left, dense links and a list of the town's
# neighbourhoods that is only links.
PROBES.add(
    "he_wiki_rtl_neighbourhood_links",
    "https://mikpedia.example.il/wiki/גבעת_הדקלים",
    wiki(
        "he",
        "גבעת הדקלים",
        "<p><b>גבעת הדקלים</b> היא <a href='/wiki/מושבה'>מושבה</a> ב<a href='/wiki/שרון'>"
        "שרון</a>, שנוסדה ב<a href='/wiki/1924'>1924</a> על ידי <a href='/wiki/עולים'>"
        "עולים</a> מ<a href='/wiki/פולין'>פולין</a>. המושבה ידועה ב<a href='/wiki/פרדס'>"
        "פרדסים</a> שלה.</p><h2><span class='mw-headline'>שכונות</span></h2><ul><li><a "
        "href='/wiki/נווה_הדר'>נווה הדר</a></li><li><a href='/wiki/רמת_התמר'>רמת התמר</a>"
        "</li><li><a href='/wiki/כרם_הזית'>כרם הזית</a></li></ul>",
        site="מתוך מיקפדיה",
        cats=("מושבות בשרון",),
        dir_="rtl",
    ),
    ("גבעת הדקלים", "שנוסדה ב", "המושבה ידועה ב", "שכונות", "נווה הדר", "רמת התמר", "כרם הזית"),
    ("Random page", "מושבות בשרון", "Privacy policy"),
)

# --- Chinese, a wiki entry: links on most nouns, no spaces, and a short list of related
# entries that is the article's own "参见".
PROBES.add(
    "zh_wiki_dense_links_no_spaces",
    "https://baike.example.cn/wiki/青石镇",
    wiki(
        "zh",
        "青石镇",
        "<p><b>青石镇</b>是<a href='/wiki/中国'>中国</a><a href='/wiki/江南省'>江南省</a>"
        "<a href='/wiki/临川县'>临川县</a>下辖的一个<a href='/wiki/镇'>镇</a>，位于<a "
        "href='/wiki/青石河'>青石河</a>北岸。镇内有<a href='/wiki/石桥'>石桥</a>七座，其中"
        "<a href='/wiki/永安桥'>永安桥</a>建于<a href='/wiki/明朝'>明朝</a>。</p><h2><span "
        "class='mw-headline'>经济</span></h2><p>以<a href='/wiki/茶叶'>茶叶</a>和<a "
        "href='/wiki/竹编'>竹编</a>为主要产业，每年春季举办<a href='/wiki/青石茶会'>"
        "茶会</a>。</p><h2><span class='mw-headline'>参见</span></h2><ul><li><a "
        "href='/wiki/临川县'>临川县</a></li><li><a href='/wiki/青石河'>青石河</a></li></ul>",
        site="来自百科",
        cats=("临川县的镇",),
    ),
    ("下辖的一个", "北岸。镇内有", "建于", "经济", "为主要产业，每年春季举办"),
    ("Random page", "临川县的镇", "Privacy policy"),
)

# --- Arabic, a wiki article, right to left, with a link every two or three words and
# footnote markers after sentences.
PROBES.add(
    "ar_wiki_rtl_dense_links_footnotes",
    "https://maarifa.example.org/wiki/واحة_السدر",
    wiki(
        "ar",
        "واحة السدر",
        "<p><b>واحة السدر</b> هي <a href='/wiki/واحة'>واحة</a> في <a "
        "href='/wiki/الصحراء_الغربية_(خيال)'>الصحراء الغربية</a>، تقع على <a "
        "href='/wiki/طريق_القوافل'>طريق القوافل</a> القديم بين <a href='/wiki/مدينة_الرمل'>"
        "مدينة الرمل</a> و<a href='/wiki/بئر_النخيل'>بئر النخيل</a>.<sup class='reference'>"
        "<a href='#cite_note-1'>[1]</a></sup> يعيش فيها نحو ثلاثة آلاف نسمة يعملون في <a "
        "href='/wiki/زراعة_النخيل'>زراعة النخيل</a>.<sup class='reference'><a "
        "href='#cite_note-2'>[2]</a></sup></p><h2><span class='mw-headline'>المراجع</span>"
        "</h2><ol class='references'><li id='cite_note-1'><a href='#cite_ref-1'>↑</a> "
        "<cite>سالم الحداد، <a href='/ref/1'>طرق القوافل</a>، 1998.</cite></li><li "
        "id='cite_note-2'><a href='#cite_ref-2'>↑</a> <cite>تقرير <a href='/ref/2'>مصلحة "
        "الإحصاء</a>، 2021.</cite></li></ol>",
        site="من معرفة",
        cats=("واحات",),
        dir_="rtl",
    ),
    ("واحة السدر", "طريق القوافل", "يعيش فيها نحو ثلاثة آلاف نسمة يعملون في", "طرق القوافل"),
    ("Random page", "Privacy policy"),
)

# ======================================================================================
# "Best of" and list articles whose items are linked product names.
# ======================================================================================

# --- English, a "best of" list on WordPress: each item an h3 of a linked product name, a
# paragraph on it and a linked price button.
PROBES.add(
    "en_wordpress_best_of_linked_products",
    "https://gearloft.example.com/best-headlamps-2026/",
    wp(
        "en",
        "The best headlamps for winter hiking",
        "<p>We wore eleven headlamps on dark December walks; these four earned a place in "
        "our packs.</p><h3><a href='https://shop.example.com/aurel-300' "
        "rel='sponsored'>Aurel 300</a></h3><p>The brightest of the group, with a red mode "
        "that keeps night vision intact; the battery lasted six cold hours.</p><p><a "
        "class='btn' href='https://shop.example.com/aurel-300'>$49 at Trailhouse</a></p><h3>"
        "<a href='https://shop.example.com/lumo-mini' rel='sponsored'>Lumo Mini</a></h3><p>"
        "Weighs less than a tangerine and charges from a phone cable.</p><p><a class='btn' "
        "href='https://shop.example.com/lumo-mini'>$29 at Peakmart</a></p><h3><a "
        "href='https://shop.example.com/nordlys' rel='sponsored'>Nordlys Pro</a></h3><p>A "
        "separate battery pack on the back of the head band keeps it warm in the cold.</p>",
        side_title="Recent posts",
        side=("How we test sleeping bags", "The best trail snacks"),
    ),
    (
        "We wore eleven headlamps on dark December walks",
        "Aurel 300",
        "the battery lasted six cold hours.",
        "Lumo Mini",
        "Weighs less than a tangerine and charges from a phone cable.",
        "Nordlys Pro",
        "keeps it warm in the cold.",
    ),
    ("How we test sleeping bags", "The best trail snacks"),
)

# --- Italian, a list article on a news CMS: each item a linked restaurant name in bold
# with a paragraph, a "related" list and a trending box around.
PROBES.add(
    "it_news_best_of_restaurants",
    "https://gazzettadelborgo.example.it/cibo/le-migliori-trattorie-della-valle",
    news(
        "it",
        "Le dieci migliori trattorie della valle",
        "<p>Abbiamo mangiato in trenta locali per scegliere le trattorie dove tornare.</p>"
        + _paras(
            (
                "/l/1",
                "Trattoria Al Mulino",
                "Tagliatelle al ragù di cinghiale e un tiramisù che vale il viaggio.",
            ),
            (
                "/l/2",
                "Osteria del Ponte",
                "Pochi tavoli sul fiume, carta dei vini corta ma scelta con cura.",
            ),
            (
                "/l/3",
                "Da Nella",
                "Cucina di casa, prezzi onesti e il pane fatto ogni mattina.",
            ),
        ),
        site="Gazzetta del Borgo",
        related_title="Leggi anche",
        related=("Le migliori pasticcerie della valle", "Dove mangiare il pesce di lago"),
        trending_title="I più letti",
        trending=("Chiude la funivia per lavori", "Neve in arrivo sui passi"),
    ),
    (
        "Abbiamo mangiato in trenta locali",
        "Trattoria Al Mulino",
        "Tagliatelle al ragù di cinghiale",
        "Osteria del Ponte",
        "Pochi tavoli sul fiume, carta dei vini corta ma scelta con cura.",
        "Da Nella",
        "Cucina di casa, prezzi onesti e il pane fatto ogni mattina.",
    ),
    ("Le migliori pasticcerie della valle", "Chiude la funivia per lavori"),
)

# --- Korean, a "best apps" list on a Ghost-like blog: each item a linked app name in an
# h2 and a short paragraph.
PROBES.add(
    "ko_ghost_best_apps_list",
    "https://haneul-blog.example.kr/best-study-apps/",
    ghost(
        "ko",
        "공부할 때 쓰기 좋은 앱 다섯 가지",
        "<p>한 학기 동안 직접 써 보고 고른 공부 앱을 소개합니다.</p><h2><a "
        "href='https://apps.example.kr/1'>집중나무</a></h2><p>휴대폰을 내려놓으면 나무가 "
        "자라는 타이머 앱입니다.</p><h2><a href='https://apps.example.kr/2'>단어상자</a>"
        "</h2><p>외운 단어를 간격을 두고 다시 보여 줍니다.</p><h2><a "
        "href='https://apps.example.kr/3'>필기노트</a></h2><p>손글씨를 검색할 수 있어서 "
        "복습할 때 편합니다.</p>",
        site="하늘 블로그",
        more=("시험 기간 식단 짜기", "도서관 자리 잡는 법"),
    ),
    (
        "한 학기 동안 직접 써 보고 고른 공부 앱을 소개합니다.",
        "집중나무",
        "휴대폰을 내려놓으면 나무가 자라는 타이머 앱입니다.",
        "단어상자",
        "외운 단어를 간격을 두고 다시 보여 줍니다.",
        "손글씨를 검색할 수 있어서 복습할 때 편합니다.",
    ),
    ("시험 기간 식단 짜기", "도서관 자리 잡는 법"),
)

# --- Swedish, a gift guide whose items are list entries: a linked product name, its
# price, a line; each entry in a <li> with a class that names a product card.
PROBES.add(
    "sv_wordpress_gift_guide_product_cards",
    "https://hemmafix.example.se/julklappstips-for-bakare/",
    wp(
        "sv",
        "Julklappstips för den som bakar",
        "<p>Tio saker som gör bakningen roligare, alla under 500 kronor.</p><ul "
        "class='product-list'><li class='product-card'><a href='/p/1'>Degskrapa i "
        "björk</a> <span class='price'>89 kr</span><p>Ligger skönt i handen och klarar "
        "både deg och bänk.</p></li><li class='product-card'><a href='/p/2'>Jäskorg av "
        "rotting</a> <span class='price'>249 kr</span><p>Ger brödet ett vackert mönster "
        "och en jämn form.</p></li><li class='product-card'><a href='/p/3'>Köksvåg med "
        "gramprecision</a> <span class='price'>329 kr</span><p>För den som vill väga "
        "jästen på riktigt.</p></li></ul>",
        side_title="Senaste inläggen",
        side=("Så lyckas du med lussebullar", "Våra bästa kakburkar"),
    ),
    (
        "Tio saker som gör bakningen roligare, alla under 500 kronor.",
        "Degskrapa i björk",
        "Ligger skönt i handen och klarar både deg och bänk.",
        "Jäskorg av rotting",
        "Ger brödet ett vackert mönster och en jämn form.",
        "För den som vill väga jästen på riktigt.",
    ),
    ("Så lyckas du med lussebullar", "Våra bästa kakburkar"),
)

# ======================================================================================
# Footnoted essays and reference lists.
# ======================================================================================

# --- Polish, a footnoted essay on a Ghost blog: superscript links in the text, a numbered
# list of notes with linked sources at the end.
PROBES.add(
    "pl_ghost_footnoted_essay_notes",
    "https://eseje.example.pl/o-mostach/",
    ghost(
        "pl",
        "O mostach, które łączą i dzielą",
        "<p>Most jest najprostszą obietnicą, jaką miasto składa swoim mieszkańcom.<sup><a "
        "href='#fn1' id='r1'>1</a></sup> Ale każdy most wybiera, kogo łączy.</p><p>Gdy w "
        "1927 roku otwarto most w Lipnie, drugi brzeg w ciągu dekady stał się droższy niż "
        "pierwszy.<sup><a href='#fn2' id='r2'>2</a></sup></p><hr class='footnotes-sep'>"
        "<section class='footnotes'><ol class='footnotes-list'><li id='fn1' "
        "class='footnote-item'><p>Zob. <a href='https://bib.example.pl/1'>A. Wrona, "
        "<em>Miasto i rzeka</em>, Płock 2001</a>, s. 14. <a href='#r1' "
        "class='footnote-backref'>↩</a></p></li><li id='fn2' class='footnote-item'><p>Dane "
        "z <a href='https://bib.example.pl/2'>rocznika statystycznego powiatu</a> za lata "
        "1927–1937. <a href='#r2' class='footnote-backref'>↩</a></p></li></ol></section>",
        site="Eseje",
        more=("O placach targowych", "Miasto nocą"),
    ),
    (
        "Most jest najprostszą obietnicą, jaką miasto składa swoim mieszkańcom.",
        "Ale każdy most wybiera, kogo łączy.",
        "drugi brzeg w ciągu dekady stał się droższy niż pierwszy.",
        "Miasto i rzeka",
        "rocznika statystycznego powiatu",
    ),
    ("O placach targowych", "Miasto nocą"),
)

# --- English, a scholarly blog post on WordPress with a "References" heading and a list of
# linked citations (DOIs) at the end.
PROBES.add(
    "en_wordpress_essay_references_dois",
    "https://fieldnotes.example.ac.uk/2026/10/hedgerow-birds/",
    wp(
        "en",
        "What hedgerows do for winter birds",
        "<p>Hedgerows are more than field boundaries: in winter they are larders, shelters "
        "and corridors (Marsh &amp; Oduya 2019).</p><p>Our counts on twelve farms found "
        "twice as many thrushes along uncut hedges as along those trimmed each autumn "
        "(Tallis 2023).</p><h2>References</h2><ul class='references'><li>Marsh, P. &amp; "
        "Oduya, K. (2019). Winter food in field margins. <em>Journal of Farmland Ecology</em>"
        " 14, 201–219. <a href='https://doi.example.org/10.1234/jfe.2019.14'>"
        "doi:10.1234/jfe.2019.14</a></li><li>Tallis, R. (2023). Hedge cutting and thrush "
        "numbers. <em>Bird Counts</em> 8, 33–41. <a "
        "href='https://doi.example.org/10.5678/bc.2023.8'>doi:10.5678/bc.2023.8</a></li></ul>",
        side_title="Recent posts",
        side=("Counting owls by ear", "A wet autumn on the moor"),
    ),
    (
        "Hedgerows are more than field boundaries",
        "twice as many thrushes along uncut hedges",
        "References",
        "Winter food in field margins.",
        "doi:10.1234/jfe.2019.14",
        "Hedge cutting and thrush numbers.",
    ),
    ("Counting owls by ear", "A wet autumn on the moor"),
)

# --- Ukrainian, a long read on a news CMS with numbered sources under "Джерела" that are
# all links.
PROBES.add(
    "uk_news_longread_sources_links",
    "https://pravda-mista.example.ua/longread/vodohony-mista",
    news(
        "uk",
        "Як місто пило воду: історія водогонів",
        "<p>Перший водогін у місті збудували 1889 року, і він працював майже сто років.</p>"
        "<p>Воду брали з річки вище за течією, а фільтрували через пісок і гравій.</p><h2>"
        "Джерела</h2><ol><li><a href='https://arch.example.ua/f1'>Міський архів, фонд 12, "
        "справа 40</a></li><li><a href='https://arch.example.ua/k2'>Звіт міської управи за "
        "1890 рік</a></li></ol>",
        site="Правда міста",
        related_title="Читайте також",
        related=("Історія першого трамвая", "Хто будував міст через Сулу"),
        trending_title="Популярне",
        trending=("Відключення світла в четвер", "Новий графік маршруток"),
        byline="Олена Гнатюк",
    ),
    (
        "Перший водогін у місті збудували 1889 року",
        "а фільтрували через пісок і гравій.",
        "Міський архів, фонд 12, справа 40",
        "Звіт міської управи за 1890 рік",
    ),
    ("Історія першого трамвая", "Відключення світла в четвер"),
)

# ======================================================================================
# Answers and pages that are lists of links.
# ======================================================================================

# --- Korean, a Q&A page whose accepted answer is a list of links with a line each.
PROBES.add(
    "ko_qa_answer_list_of_links",
    "https://jisik.example.kr/qna/88123",
    page(
        "ko",
        "초보자가 볼 만한 천체 관측 사이트가 있을까요?",
        "<div class='gnb'><a href='/'>지식마당</a><a href='/ask'>질문하기</a></div><div "
        "class='qna-wrap'><div class='question'><h1 class='q-title'>초보자가 볼 만한 천체 "
        "관측 사이트가 있을까요?</h1><p class='q-body'>망원경을 처음 샀는데 어디서부터 "
        "공부해야 할지 모르겠어요.</p></div><div class='answer accepted'><div "
        "class='answer-badge'>채택된 답변</div><div class='answer-content'><p>제가 처음에 "
        "도움을 받은 곳들입니다.</p><ul><li><a href='https://s1.example.kr'>별지기 "
        "입문반</a>: 망원경 조립부터 설명해 줍니다.</li><li><a href='https://s2.example.kr'>"
        "이달의 밤하늘</a>: 매달 볼 만한 천체를 알려 줍니다.</li><li><a "
        "href='https://s3.example.kr'>관측 일지 모임</a>: 다른 사람의 기록을 볼 수 있어요."
        "</li></ul></div></div><div class='answer'><div class='answer-content'><p>저도 "
        "궁금했어요 감사합니다</p></div></div></div><div class='side'><h3>인기 질문</h3><ul>"
        "<li><a href='/qna/1'>전세 계약 시 주의할 점</a></li><li><a href='/qna/2'>강아지 "
        "사료 추천</a></li></ul></div>",
    ),
    (
        "망원경을 처음 샀는데 어디서부터 공부해야 할지 모르겠어요.",
        "제가 처음에 도움을 받은 곳들입니다.",
        "별지기 입문반",
        "망원경 조립부터 설명해 줍니다.",
        "이달의 밤하늘",
        "다른 사람의 기록을 볼 수 있어요.",
    ),
    ("전세 계약 시 주의할 점", "강아지 사료 추천"),
)

# --- Turkish, a "useful links" resource page of a municipality on Drupal: a short intro
# and lists of links with a line each, by heading.
PROBES.add(
    "tr_drupal_resource_links_page",
    "https://belediye.example.gov.tr/faydali-baglantilar",
    drupal(
        "tr",
        "Yeni taşınanlar için faydalı bağlantılar",
        "<p>Şehrimize yeni taşındıysanız ilk haftalarda işinize yarayacak hizmetler "
        "aşağıda.</p><h2>Kayıt ve belgeler</h2><ul><li><a href='/e/1'>Adres kaydı</a>: "
        "nüfus müdürlüğünde ya da e-Devlet üzerinden yapılır.</li><li><a href='/e/2'>Su "
        "aboneliği</a>: kira sözleşmesi ile başvurulur.</li></ul><h2>Ulaşım</h2><ul><li><a "
        "href='/e/3'>Şehir kartı</a>: öğrenciler ve 65 yaş üstü için indirimlidir.</li></ul>",
        site="Kıyıköy Belediyesi",
        block_title="Duyurular",
        block=("Pazar yeri Cuma günü kapalı", "Kültür merkezinde kış konserleri"),
    ),
    (
        "Şehrimize yeni taşındıysanız ilk haftalarda işinize yarayacak hizmetler aşağıda.",
        "Adres kaydı",
        "nüfus müdürlüğünde ya da e-Devlet üzerinden yapılır.",
        "Su aboneliği",
        "Şehir kartı",
        "öğrenciler ve 65 yaş üstü için indirimlidir.",
    ),
    ("Pazar yeri Cuma günü kapalı", "Kültür merkezinde kış konserleri"),
)

# --- Vietnamese, an awards list article: each line a category and the linked winner's
# name, almost no plain text beyond the intro.
PROBES.add(
    "vi_news_awards_winner_links",
    "https://baosongxanh.example.vn/van-hoa/giai-thuong-phim-ngan-2026",
    news(
        "vi",
        "Danh sách đoạt giải Liên hoan phim ngắn 2026",
        "<p>Liên hoan phim ngắn Sông Xanh đã trao giải tối thứ Bảy tại nhà hát thành phố."
        "</p><ul><li>Phim hay nhất: <a href='/p/1'>Mùa nước nổi</a></li><li>Đạo diễn xuất "
        "sắc: <a href='/n/2'>Trần Minh Khoa</a></li><li>Kịch bản hay nhất: <a href='/p/3'>"
        "Chiếc xe đạp cũ</a></li><li>Giải khán giả: <a href='/p/4'>Tiếng chuông chùa</a>"
        "</li></ul>",
        site="Báo Sông Xanh",
        related_title="Tin liên quan",
        related=("Liên hoan phim ngắn khai mạc", "Phỏng vấn ban giám khảo"),
        trending_title="Đọc nhiều",
        trending=("Giá xăng giảm nhẹ", "Mưa lớn ở miền Trung"),
    ),
    (
        "Liên hoan phim ngắn Sông Xanh đã trao giải tối thứ Bảy",
        "Mùa nước nổi",
        "Trần Minh Khoa",
        "Chiếc xe đạp cũ",
        "Tiếng chuông chùa",
    ),
    ("Liên hoan phim ngắn khai mạc", "Giá xăng giảm nhẹ"),
)

# --- Hindi, a list of government scheme links on a help blog (WordPress), each a linked
# scheme name and a sentence.
PROBES.add(
    "hi_wordpress_scheme_links_list",
    "https://sahayata.example.in/kisan-yojnayen-suchi/",
    wp(
        "hi",
        "किसानों के लिए प्रमुख योजनाओं की सूची",
        "<p>यहाँ उन योजनाओं की सूची है जिनके लिए इस साल आवेदन खुले हैं।</p><ul>"
        + _items(
            ("/y/1", "बीज सहायता योजना", "उन्नत बीज आधे दाम पर मिलते हैं।"),
            ("/y/2", "सिंचाई पंप अनुदान", "सौर पंप पर साठ प्रतिशत तक अनुदान।"),
            ("/y/3", "फसल बीमा", "बाढ़ और सूखे से हुए नुकसान की भरपाई।"),
        )
        + "</ul>",
        side_title="हाल के लेख",
        side=("राशन कार्ड कैसे बनवाएँ", "पेंशन की स्थिति देखें"),
    ),
    (
        "यहाँ उन योजनाओं की सूची है जिनके लिए इस साल आवेदन खुले हैं।",
        "बीज सहायता योजना",
        "उन्नत बीज आधे दाम पर मिलते हैं।",
        "सिंचाई पंप अनुदान",
        "बाढ़ और सूखे से हुए नुकसान की भरपाई।",
    ),
    ("राशन कार्ड कैसे बनवाएँ", "पेंशन की स्थिति देखें"),
)

# --- Thai, a reading list on a Hugo blog: linked book titles with a line each, no spaces
# between words.
PROBES.add(
    "th_hugo_reading_list",
    "https://nangsue.example.co.th/posts/rai-chue-nangsue-pi-2026/",
    hugo(
        "th",
        "หนังสือที่อ่านแล้วชอบในปีนี้",
        "<p>ปีนี้อ่านไปสามสิบเล่ม เลือกมาห้าเล่มที่อยากแนะนำ</p><ul>"
        + _items(
            ("/b/1", "บ้านริมคลอง", "นิยายครอบครัวที่อบอุ่นและเศร้าในเวลาเดียวกัน"),
            ("/b/2", "แผนที่ของยาย", "เรื่องสั้นสิบเรื่องเกี่ยวกับการเดินทาง"),
            ("/b/3", "ครัวไทยโบราณ", "ตำราอาหารที่อ่านสนุกเหมือนนิยาย"),
        )
        + "</ul>",
        site="นักอ่าน",
        toc=(),
    ),
    (
        "ปีนี้อ่านไปสามสิบเล่ม",
        "บ้านริมคลอง",
        "นิยายครอบครัวที่อบอุ่นและเศร้าในเวลาเดียวกัน",
        "แผนที่ของยาย",
        "ตำราอาหารที่อ่านสนุกเหมือนนิยาย",
    ),
    ("Powered by Hugo", "« Prev"),
)

# ======================================================================================
# Links that are NOT content: a tag page, related lists, trending boxes, bio boxes and
# sidebars beside a real short article.
# ======================================================================================

# --- English, a tag landing page on a news CMS: a one-paragraph description of the topic
# and a grid of story teasers (headline link, a dek, a date). The teasers are not content.
PROBES.add(
    "en_news_tag_landing_page_teasers",
    "https://riverbendpost.example.com/topics/flood-defences",
    page(
        "en",
        "Flood defences",
        "<header class='masthead'><a href='/'>Riverbend Post</a><nav><a href='/local'>Local"
        "</a><a href='/sport'>Sport</a></nav></header><main class='topic-page'><div "
        "class='topic-header'><h1 class='topic-title'>Flood defences</h1><p "
        "class='topic-description'>Our coverage of the walls, gates and pumps that keep the "
        "lower town dry, and of the arguments over who pays for them.</p></div><div "
        "class='story-grid'><article class='story-card'><h2><a href='/s/1'>Council delays "
        "vote on new river gate</a></h2><p class='dek'>Members want a second cost estimate "
        "before committing the town's share.</p><time>3 Nov 2026</time></article><article "
        "class='story-card'><h2><a href='/s/2'>Pumping station gets backup generator</a>"
        "</h2><p class='dek'>The station failed for six hours during last winter's storm."
        "</p><time>28 Oct 2026</time></article><article class='story-card'><h2><a "
        "href='/s/3'>Residents map the wettest streets</a></h2><p class='dek'>Volunteers "
        "logged water depths on forty streets after the October rain.</p><time>20 Oct 2026"
        "</time></article></div><nav class='pagination'><a href='?page=2'>Older stories</a>"
        "</nav></main><footer><p>© Riverbend Post</p></footer>",
    ),
    ("Our coverage of the walls, gates and pumps that keep the lower town dry",),
    (
        "Council delays vote on new river gate",
        "Members want a second cost estimate",
        "Pumping station gets backup generator",
        "Volunteers logged water depths on forty streets",
    ),
)

# --- German, a topic page of a WordPress news theme: a heading, an archive description,
# then excerpts of posts with "weiterlesen" links; nothing there is an article.
PROBES.add(
    "de_wordpress_category_archive_excerpts",
    "https://stadtanzeiger.example.de/thema/radverkehr/",
    page(
        "de",
        "Thema: Radverkehr",
        "<div id='page' class='site'><header class='site-header'><a href='/'>Stadtanzeiger"
        "</a></header><div id='primary' class='content-area'><main id='main' "
        "class='site-main'><header class='page-header'><h1 class='page-title'>Thema: "
        "Radverkehr</h1><div class='taxonomy-description'><p>Alles über Radwege, "
        "Fahrradstraßen und den Streit um Parkplätze in unserer Stadt.</p></div></header>"
        "<article class='post type-post hentry'><h2 class='entry-title'><a href='/p/1'>Neue "
        "Fahrradstraße an der Lindenallee</a></h2><div class='entry-summary'><p>Ab Montag "
        "haben Radfahrer auf der Lindenallee Vorrang. Die Anwohner sind gespalten.</p><a "
        "class='more-link' href='/p/1'>weiterlesen</a></div></article><article class='post "
        "type-post hentry'><h2 class='entry-title'><a href='/p/2'>Leihräder kommen im "
        "Frühjahr</a></h2><div class='entry-summary'><p>Zweihundert Räder an zwanzig "
        "Stationen soll es geben, sagt die Verwaltung.</p><a class='more-link' "
        "href='/p/2'>weiterlesen</a></div></article><nav class='navigation pagination'><a "
        "class='next page-numbers' href='/thema/radverkehr/page/2/'>Ältere Beiträge</a>"
        "</nav></main></div></div>",
    ),
    ("Alles über Radwege, Fahrradstraßen und den Streit um Parkplätze in unserer Stadt.",),
    (
        "Neue Fahrradstraße an der Lindenallee",
        "Ab Montag haben Radfahrer auf der Lindenallee Vorrang.",
        "Zweihundert Räder an zwanzig Stationen",
    ),
)

# --- Arabic, a short news story on a custom CMS, right to left, with a long related list
# and a trending box each longer than the story.
PROBES.add(
    "ar_news_short_story_long_related",
    "https://akhbar-alwadi.example.com/local/2026/11/04/jisr",
    news(
        "ar",
        "إعادة فتح الجسر القديم أمام المشاة",
        "<p>أعادت البلدية صباح الثلاثاء فتح الجسر القديم أمام المشاة بعد أعمال ترميم "
        "استمرت ثمانية أشهر.</p><p>وقال رئيس البلدية إن الجسر سيبقى مغلقاً أمام السيارات.</p>",
        site="أخبار الوادي",
        related_title="أخبار ذات صلة",
        related=(
            "البلدية تعلن عن مناقصة لترميم السوق القديم",
            "افتتاح حديقة جديدة على ضفة النهر",
            "خطة لتوسيع شبكة الحافلات في المدينة",
            "سكان الحي الشمالي يطالبون بإنارة الشوارع",
            "المجلس البلدي يناقش ميزانية العام المقبل",
        ),
        trending_title="الأكثر قراءة",
        trending=(
            "ارتفاع أسعار الخضار في سوق الجملة",
            "إغلاق طريق الساحل بسبب الأمطار",
            "فريق المدينة يتأهل إلى نصف النهائي",
        ),
        dir_="rtl",
    ),
    (
        "أعادت البلدية صباح الثلاثاء فتح الجسر القديم أمام المشاة",
        "وقال رئيس البلدية إن الجسر سيبقى مغلقاً أمام السيارات.",
    ),
    (
        "البلدية تعلن عن مناقصة لترميم السوق القديم",
        "خطة لتوسيع شبكة الحافلات في المدينة",
        "ارتفاع أسعار الخضار في سوق الجملة",
        "فريق المدينة يتأهل إلى نصف النهائي",
    ),
)

# --- Spanish, a short story with a "trending" box inserted between its paragraphs (a
# numbered list of links in a div classed as a module), and a related list after.
PROBES.add(
    "es_news_trending_box_inside_story",
    "https://diariodelsur.example.com.ar/ciudad/2026/11/04/feria-del-libro",
    news(
        "es",
        "La feria del libro suma un día más",
        "<p>La feria del libro de la ciudad se extenderá hasta el lunes por la gran "
        "afluencia de público del fin de semana.</p><div class='module-trending'><h4>Lo más "
        "visto</h4><ol><li><a href='/t/1'>Cortes de luz programados para el jueves</a></li>"
        "<li><a href='/t/2'>El clásico se juega el domingo a las 17</a></li><li><a "
        "href='/t/3'>Suben las tarifas del colectivo</a></li></ol></div><p>Los organizadores "
        "calculan que pasaron más de cuarenta mil personas por los pabellones.</p>",
        site="Diario del Sur",
        related_title="Más noticias",
        related=("Abre la convocatoria para editoriales independientes",),
        trending_title="Tendencias",
        trending=("Calor extremo hasta el miércoles",),
    ),
    (
        "se extenderá hasta el lunes por la gran afluencia de público del fin de semana.",
        "calculan que pasaron más de cuarenta mil personas por los pabellones.",
    ),
    (
        "Cortes de luz programados para el jueves",
        "El clásico se juega el domingo a las 17",
        "Abre la convocatoria para editoriales independientes",
        "Calor extremo hasta el miércoles",
    ),
)

# --- French, an opinion piece on WordPress with an author bio box after it: the author's
# photo, a sentence about them and links to their profiles and other columns.
PROBES.add(
    "fr_wordpress_column_author_bio_box",
    "https://tribunes.example.fr/2026/11/04/la-ville-a-hauteur-d-enfant/",
    wp(
        "fr",
        "La ville à hauteur d'enfant",
        "<p>Une ville pensée pour un enfant de huit ans est une ville pensée pour tout le "
        "monde.</p><p>Il suffit de regarder une rue depuis un mètre vingt pour comprendre "
        "ce que les trottoirs étroits disent de nos priorités.</p><p>Commençons par les "
        "abords des écoles, et le reste suivra.</p>",
        side_title="Articles récents",
        side=("Le vélo n'est pas un loisir", "Rendre les cours d'école aux enfants"),
        after="<div class='author-box'><img src='/a.jpg' alt=''><div class='author-info'><h4 "
        "class='author-name'><a href='/auteur/claire-vasseur/'>Claire Vasseur</a></h4><p "
        "class='author-description'>Urbaniste, elle enseigne l'aménagement à l'université "
        "de Valbonne.</p><ul class='author-links'><li><a href='/auteur/claire-vasseur/'>"
        "Toutes ses tribunes</a></li><li><a href='https://social.example/cvasseur'>"
        "Mastodon</a></li></ul></div></div>",
    ),
    (
        "Une ville pensée pour un enfant de huit ans est une ville pensée pour tout le monde.",
        "ce que les trottoirs étroits disent de nos priorités.",
        "Commençons par les abords des écoles, et le reste suivra.",
    ),
    (
        "elle enseigne l'aménagement à l'université de Valbonne.",
        "Toutes ses tribunes",
        "Le vélo n'est pas un loisir",
    ),
)

# --- Chinese, a short notice on a news CMS beside a long sidebar of links (hot list,
# recommended, editors' picks), the sidebar holding more words than the notice.
PROBES.add(
    "zh_news_short_notice_long_sidebars",
    "https://xinwen.example.cn/shehui/20261104/a1",
    page(
        "zh",
        "城西图书馆周末延长开放时间",
        "<div class='top'><a href='/'>江城新闻网</a><ul class='nav'><li><a href='/sh'>社会"
        "</a></li><li><a href='/cj'>财经</a></li></ul></div><div class='container'><div "
        "class='main-left'><h1>城西图书馆周末延长开放时间</h1><div class='info'>来源：江城"
        "新闻网</div><div class='TRS_Editor'><p>从本周六起，城西图书馆周末的开放时间延长至"
        "晚上九点。</p><p>馆方表示，此举是为了方便上班族和学生借阅。</p></div></div><div "
        "class='main-right'><div class='hot'><h3>热点新闻</h3><ul><li><a href='/1'>地铁三号线"
        "下月试运营，沿线十二个站点全部开放</a></li><li><a href='/2'>江城今冬首场寒潮来袭，"
        "最低气温降至零下五度</a></li><li><a href='/3'>老城区改造项目启动，涉及居民两千余户"
        "</a></li></ul></div><div class='recommend'><h3>编辑推荐</h3><ul><li><a href='/4'>"
        "探访城郊的百年茶园，听老茶农讲述种茶的故事</a></li><li><a href='/5'>江城美食地图："
        "十家值得排队的小吃店</a></li></ul></div></div></div><div class='footer'>江城新闻网 "
        "版权所有</div>",
    ),
    ("城西图书馆周末的开放时间延长至晚上九点。", "馆方表示，此举是为了方便上班族和学生借阅。"),
    (
        "地铁三号线下月试运营",
        "江城今冬首场寒潮来袭",
        "探访城郊的百年茶园",
        "十家值得排队的小吃店",
    ),
)

# --- Finnish, a short local story on a Drupal site with an "also read" list inserted after
# the first paragraph and a views block beside it.
PROBES.add(
    "fi_drupal_story_inline_also_read",
    "https://paikallislehti.example.fi/uutiset/uimahalli-avataan",
    drupal(
        "fi",
        "Uimahalli avataan remontin jälkeen joulukuussa",
        "<p>Kaupungin uimahalli avataan uudelleen joulukuun alussa, kertoo liikuntatoimi."
        "</p><div class='also-read'><strong>Lue myös:</strong><ul><li><a href='/u/1'>"
        "Jäähallin katto korjataan keväällä</a></li><li><a href='/u/2'>Kuntosalin hinnat "
        "nousevat</a></li></ul></div><p>Remontissa uusittiin altaat, saunat ja "
        "ilmanvaihto.</p>",
        site="Paikallislehti",
        block_title="Luetuimmat",
        block=("Tie suljetaan viikonlopuksi", "Koulun ruokalista muuttuu"),
    ),
    (
        "Kaupungin uimahalli avataan uudelleen joulukuun alussa",
        "Remontissa uusittiin altaat, saunat ja ilmanvaihto.",
    ),
    (
        "Jäähallin katto korjataan keväällä",
        "Kuntosalin hinnat nousevat",
        "Tie suljetaan viikonlopuksi",
    ),
)

# --- Portuguese (Brazil), a blog post on Substack-like markup followed by a "recommended
# newsletters" list of links with one line each (the platform's furniture).
PROBES.add(
    "pt_substack_post_recommendations_after",
    "https://cadernodecampo.example.com.br/p/sementes-crioulas",
    substack(
        "pt",
        "Guardar sementes crioulas",
        "<p>Há três anos comecei a guardar sementes de feijão que a minha avó plantava.</p>"
        "<p>Cada variedade tem uma história, e quase todas chegaram à família por troca "
        "entre vizinhas.</p><p>Neste inverno vou plantar onze delas num canteiro só para "
        "ver quais ainda germinam.</p><div class='recommendations'><h4>Recomendadas por "
        "Caderno de Campo</h4><ul><li><a href='https://r1.example.com.br'>Horta na Laje</a>"
        " <span>Dicas de cultivo em pequenos espaços</span></li><li><a "
        "href='https://r2.example.com.br'>Cozinha de Roça</a> <span>Receitas do interior"
        "</span></li></ul></div>",
        pub="Caderno de Campo",
    ),
    (
        "comecei a guardar sementes de feijão que a minha avó plantava.",
        "quase todas chegaram à família por troca entre vizinhas.",
        "vou plantar onze delas num canteiro só para ver quais ainda germinam.",
    ),
    ("Horta na Laje", "Dicas de cultivo em pequenos espaços", "Receitas do interior"),
)

# --- Japanese, a short blog post (WordPress) whose sidebar has a long category list with
# counts and a tag cloud.
PROBES.add(
    "ja_wordpress_short_post_tag_cloud",
    "https://mori-no-nikki.example.jp/2026/11/04/kinoko/",
    wp(
        "ja",
        "裏山できのこを見つけた",
        "<p>今朝、裏山の杉林で大きなきのこを見つけました。</p><p>図鑑で調べたけれど名前は"
        "わかりませんでした。食べるのはやめておきます。</p>",
        side_title="カテゴリー",
        side=(
            "日記 (120)",
            "山歩き (45)",
            "料理 (30)",
            "読書 (22)",
            "写真 (18)",
            "庭仕事 (12)",
            "旅行 (9)",
        ),
        after="<div class='tagcloud'><a href='/tag/1'>秋</a> <a href='/tag/2'>杉林</a> <a "
        "href='/tag/3'>散歩</a> <a href='/tag/4'>きのこ</a></div>",
    ),
    ("今朝、裏山の杉林で大きなきのこを見つけました。", "食べるのはやめておきます。"),
    ("日記 (120)", "山歩き (45)", "庭仕事 (12)"),
)

# --- Dutch, a news story followed by a "more on this topic" list, a tag row and a
# "trending" box under the story in the same column.
PROBES.add(
    "nl_news_story_topic_list_trending_under",
    "https://dagbladnoord.example.nl/regio/veerpont-vaart-weer",
    news(
        "nl",
        "Veerpont over het Diep vaart weer na storing",
        "<p>De veerpont tussen Zandhoek en Oosterwaard vaart sinds dinsdagmiddag weer, "
        "na een storing aan de motor die bijna een week duurde.</p><p>Fietsers moesten in "
        "die tijd twintig kilometer omrijden over de brug bij Westerbroek.</p><p>De "
        "provincie laat de pont in januari volledig nakijken.</p>",
        site="Dagblad Noord",
        related_title="Meer over dit onderwerp",
        related=(
            "Provincie wil tweede pont op het Diep",
            "Brug bij Westerbroek maand dicht in het voorjaar",
            "Pontbaas na dertig jaar met pensioen",
        ),
        trending_title="Trending",
        trending=("Stormschade in de polder valt mee", "Kerstmarkt verhuist naar het plein"),
        byline="Door Anouk Rijpma",
    ),
    (
        "De veerpont tussen Zandhoek en Oosterwaard vaart sinds dinsdagmiddag weer",
        "Fietsers moesten in die tijd twintig kilometer omrijden",
        "De provincie laat de pont in januari volledig nakijken.",
    ),
    (
        "Provincie wil tweede pont op het Diep",
        "Pontbaas na dertig jaar met pensioen",
        "Stormschade in de polder valt mee",
    ),
)

# --- Greek, a short post on a Ghost blog whose "read more" cards and subscribe box are
# after it; the post itself ends on a sentence holding two links.
PROBES.add(
    "el_ghost_short_post_cards_after",
    "https://mikres-istories.example.gr/to-kafeneio/",
    ghost(
        "el",
        "Το καφενείο της πλατείας",
        "<p>Το καφενείο της πλατείας άνοιξε το 1958 και δεν έχει αλλάξει ούτε μία καρέκλα."
        "</p><p>Ο κυρ Θανάσης φτιάχνει ακόμα τον καφέ στη χόβολη, όπως έγραψα και στην <a "
        "href='/i-xovoli/'>προηγούμενη ιστορία</a> για τον <a href='/o-fournos/'>φούρνο του "
        "χωριού</a>.</p>",
        site="Μικρές ιστορίες",
        more=("Ο φούρνος του χωριού", "Η χόβολη", "Το πανηγύρι του Αυγούστου"),
    ),
    (
        "Το καφενείο της πλατείας άνοιξε το 1958",
        "Ο κυρ Θανάσης φτιάχνει ακόμα τον καφέ στη χόβολη",
        "προηγούμενη ιστορία",
    ),
    ("Το πανηγύρι του Αυγούστου", "Subscribe"),
)

# --- Ukrainian, a link directory page (a club's "friends and partners") on a WordPress
# site: the list of linked names with a line each is the page's content.
PROBES.add(
    "uk_wordpress_partner_directory",
    "https://turklub.example.ua/partnery/",
    wp(
        "uk",
        "Наші друзі та партнери",
        "<p>Клуби й організації, з якими ми ходимо в походи та проводимо змагання.</p><ul>"
        + _items(
            ("https://p1.example.ua", "Карпатський маршрут", "прокат спорядження у Ворохті."),
            ("https://p2.example.ua", "Школа скелелазіння «Стіна»", "тренування для дітей."),
            ("https://p3.example.ua", "Гірська рятувальна служба", "чергує на всіх змаганнях."),
        )
        + "</ul>",
        side_title="Останні записи",
        side=("Похід на Говерлу 2026", "Звіт про зимовий збір"),
    ),
    (
        "Клуби й організації, з якими ми ходимо в походи та проводимо змагання.",
        "Карпатський маршрут",
        "прокат спорядження у Ворохті.",
        "Школа скелелазіння «Стіна»",
        "чергує на всіх змаганнях.",
    ),
    ("Похід на Говерлу 2026", "Звіт про зимовий збір"),
)
