"""Probes of blog themes' titles and authors (issue 12): invented pages modelled on WordPress,
Blogger, Hugo and Jekyll themes, whose post has no ``<h1>`` (an ``<h2 class="entry-title">``,
Blogger's ``<h3 class="post-title">``) or whose ``<h1>`` is the blog's name, whose ``<title>``
is the blog's name alone or the post's, a category's and the blog's in a row, and whose post
line credits the writer's member name ("Posted on … by <a href=/author/…>kimlee</a>"). Beside
them, must-nots: a "Posted by admin" placeholder, a category's link, a colon or a slash inside
the post's own title. In 15 languages and 9 scripts. ``python -m
tests.metadata.test_blog_theme_probes`` prints newsextract's and trafilatura's hits. Every
site, name and text here is invented."""

from __future__ import annotations

import pytest
from tests.metadata.language_probes.kit import field_cases, matches, report_hits
from tests.metadata.title_pages import page, paragraphs

import newsextract

TEXT = {
    "en": "We cut the old canes back to three buds this week, before the sap rose, and fed "
    "each bush a spade of compost.",
    "de": "Wir haben die alten Triebe diese Woche auf drei Augen zurückgeschnitten, bevor der "
    "Saft stieg, und jedem Strauch Kompost gegeben.",
    "fr": "Nous avons rabattu les vieilles tiges à trois yeux cette semaine, avant la montée "
    "de la sève, et donné du compost à chaque pied.",
    "es": "Esta semana cortamos las ramas viejas a tres yemas, antes de que subiera la savia, "
    "y echamos compost a cada rosal.",
    "pt": "Esta semana cortámos os ramos velhos a três gemas, antes de a seiva subir, e "
    "demos composto a cada roseira.",
    "pl": "W tym tygodniu przycięliśmy stare pędy na trzy oczka, zanim ruszyły soki, i "
    "dodaliśmy kompostu pod każdy krzew.",
    "ru": "На этой неделе мы обрезали старые побеги до трёх почек, пока не пошёл сок, и "
    "подкормили каждый куст компостом.",
    "uk": "Цього тижня ми обрізали старі пагони до трьох бруньок, поки не пішов сік, і "
    "підживили кожен кущ компостом.",
    "ja": "今週は樹液が上がる前に古い枝を三芽まで切り戻し、株ごとに堆肥をひと匙ずつ与えた。",
    "zh": "这周在树液上升之前，我们把老枝剪到只留三个芽，又给每株施了一铲堆肥。",
    "ko": "이번 주에는 수액이 오르기 전에 묵은 가지를 눈 세 개만 남기고 자르고 "
    "포기마다 퇴비를 주었다.",
    "ar": "قصصنا هذا الأسبوع الأغصان القديمة إلى ثلاث براعم قبل صعود النسغ، "
    "وأضفنا السماد لكل شجيرة.",
    "hi": "इस हफ़्ते रस चढ़ने से पहले हमने पुरानी टहनियों को तीन कलियों तक काटा और हर पौधे को खाद दी।",
    "tr": "Bu hafta özsu yükselmeden önce eski dalları üç göze kadar budadık ve her fidana "
    "kompost verdik.",
    "it": "Questa settimana abbiamo potato i vecchi rami a tre gemme, prima che salisse la "
    "linfa, e dato del compost a ogni pianta.",
}


def wp(
    lang: str,
    title: str,
    post: str,
    *,
    site: str,
    branding: str | None = None,
    meta: str = "",
    head: str = "",
    heading: str = "h2",
) -> str:
    """A WordPress theme's single post: the header's branding (the blog's name, linked home
    unless ``branding`` sets it otherwise), then the post, its title in an ``<h2
    class="entry-title">`` (``heading``), its post-meta line and its text."""
    brand = branding or f'<p class="site-title"><a href="/" rel="home">{site}</a></p>'
    top = f'<{heading} class="entry-title">{post}</{heading}>' if post else ""
    return page(
        lang,
        title,
        head,
        f'<header id="masthead" class="site-header"><div class="site-branding">{brand}</div>'
        '<nav class="main-navigation"><ul><li><a href="/garden/">≡</a></li></ul></nav></header>'
        f'<div id="primary"><main id="main"><article class="post type-post hentry">{top}'
        f'<div class="entry-meta">{meta}</div><div class="entry-content">'
        f"{paragraphs(TEXT[lang])}</div></article></main></div>"
        '<footer class="site-footer">Proudly powered by WordPress</footer>',
    )


def blogger(
    lang: str, title: str, post: str, *, site: str, home: str = "/", footer: str = ""
) -> str:
    """A Blogger theme's post: the blog's name in the header's ``<h1 class="title">``,
    linked to ``home`` (the blog's address in full, as Blogger writes it), the post's in an
    ``<h3 class="post-title entry-title">``, the author line in its footer."""
    return page(
        lang,
        title,
        "",
        '<div class="header-outer"><div class="header section" id="header">'
        '<div class="titlewrapper">'
        f'<h1 class="title"><a href="{home}">{site}</a></h1></div></div></div>'
        '<div class="main-inner"><div class="post hentry">'
        f'<h3 class="post-title entry-title">{post}</h3><div class="post-body entry-content">'
        f'{paragraphs(TEXT[lang])}</div><div class="post-footer">{footer}</div></div></div>',
    )


def bare(lang: str, title: str, *, head: str = "") -> str:
    """A theme that prints no title in the post (a photo blog's, a minimal one's): the
    ``<title>`` and the address are all that name it."""
    return page(
        lang,
        title,
        head,
        f'<main><article class="post"><div class="post-content">{paragraphs(TEXT[lang])}'
        "</div></article></main>",
    )


def news_header(
    lang: str, title: str, headline: str, *, inside: bool = False, related: bool = True
) -> str:
    """A one-article page whose ``<header>`` holds its headline's ``<h1>``: above the text
    (``inside``: in the ``<article>``), a "related posts" list of ``h2.entry-title`` teasers
    after it (unless not ``related``)."""
    top = f'<header class="entry-header"><h1>{headline}</h1></header>'
    teasers = (
        '<section class="related"><article class="post"><h2 class="entry-title">'
        '<a href="/2024/03/04/other/">Lorem ipsum dolor sit amet</a></h2></article></section>'
        if related
        else ""
    )
    story = f'<div class="entry-content">{paragraphs(TEXT[lang])}<h2>Ipsum</h2></div>'
    body = (
        f"<main><article>{top}{story}</article>{teasers}</main>"
        if inside
        else f"{top}<main><article>{story}</article>{teasers}</main>"
    )
    return page(lang, title, "", body)


def posted(lang: str, line: str) -> str:
    """A post with a WordPress post-meta line (``line``) under an ``<h1 class="entry-title">``."""
    return wp(lang, "Ein Beitrag | Blog", "Ein Beitrag", site="Blog", heading="h1", meta=line)


_DAY = '<span class="posted-on"><time class="entry-date" datetime="2024-03-05">{}</time></span>'


def _by(label: str, handle: str, slug: str | None = None) -> str:
    href = f"https://blog.example.org/author/{slug or handle}/"
    return (
        f'<span class="byline"> {label} <span class="author vcard">'
        f'<a class="url fn n" href="{href}">{handle}</a></span></span>'
    )


def _by_plain(label: str, handle: str) -> str:
    """A theme's post line that marks no vcard: the label, then the link to the author page."""
    return f' {label} <a href="/author/{handle.replace(".", "-")}/">{handle}</a>'


def board(lang: str, topic: str, posters: tuple[str, ...]) -> str:
    """An old phpBB theme's topic: the topic's heading, then each post's table row, the
    poster's name in a ``<b class="postauthor">`` beside the post's text."""
    rows = "".join(
        f'<tr><td class="row1"><b class="postauthor">{poster}</b></td>'
        f'<td class="row1"><div class="postbody">{paragraphs(TEXT[lang])}</div></td></tr>'
        for poster in posters
    )
    return page(
        lang,
        f"{topic} - Forum",
        "",
        f'<div id="wrapcentre"><h2><a class="titles" href="?t=412">{topic}</a></h2>'
        f'<table class="tablebg">{rows}</table></div>',
    )


# (name, url, html, title, authors); ``...``: not judged.
PROBES: list[tuple[str, str, str, object, object]] = [
    # --- a <title> that is the blog's name alone, the post's title in an <h2>/<h3> ----------
    (
        "en_wp_unlinked_site_title",
        "https://mygardenblog.example.org/2024/03/05/pruning-roses/",
        wp(
            "en",
            "My Garden Blog",
            "Pruning roses in late winter",
            site="My Garden Blog",
            branding='<div class="site-title">My Garden Blog</div>',
        ),
        "Pruning roses in late winter",
        ...,
    ),
    (
        "de_wp_span_site_name",
        "https://kuechenbuch.example.de/zwetschgenkuchen/",
        wp(
            "de",
            "Omas Küchenbuch",
            "Zwetschgenkuchen vom Blech wie früher",
            site="Omas Küchenbuch",
            branding='<span class="site-name">Omas Küchenbuch</span>',
        ),
        "Zwetschgenkuchen vom Blech wie früher",
        ...,
    ),
    (
        "it_wp_linked_site_title",
        "https://orto.example.it/potare-le-rose/",
        wp("it", "L'orto di Nadia", "Potare le rose a fine inverno", site="L'orto di Nadia"),
        "Potare le rose a fine inverno",
        ...,
    ),
    (
        "pt_navbar_brand_unlinked",
        "https://quintal.example.pt/?p=412",
        wp(
            "pt",
            "O Meu Quintal",
            "Podar as roseiras no fim do inverno",
            site="O Meu Quintal",
            branding='<span class="navbar-brand">O Meu Quintal</span>',
        ),
        "Podar as roseiras no fim do inverno",
        ...,
    ),
    # --- a <title> of the blog's name and its tagline, as the front page's -----------------
    (
        "es_wp_tagline_in_title",
        "https://marta.example.es/?p=413",
        wp(
            "es",
            "El blog de Marta | Recetas de temporada",
            "Tortilla de patatas con cebolla",
            site="El blog de Marta",
            branding='<p class="site-title"><a href="/" rel="home">El blog de Marta</a></p>'
            '<p class="site-description">Recetas de temporada</p>',
        ),
        "Tortilla de patatas con cebolla",
        ...,
    ),
    (
        "uk_tagline_first_site_meta",
        "https://oksana.example.ua/?p=413",
        wp(
            "uk",
            "Нотатки з маленького саду – Блог Оксани",
            "Обрізка троянд наприкінці зими",
            site="Блог Оксани",
            head='<meta property="og:site_name" content="Блог Оксани">',
            branding='<p class="site-title"><a href="/" rel="home">Блог Оксани</a></p>'
            '<p class="site-description">Нотатки з маленького саду</p>',
        ),
        "Обрізка троянд наприкінці зими",
        ...,
    ),
    (
        "fr_header_h1_unlinked_site",
        "https://carnets.example.fr/?p=412",
        wp(
            "fr",
            "Les carnets de Lucie",
            "Tailler les rosiers en fin d’hiver",
            site="Les carnets de Lucie",
            branding="<h1>Les carnets de Lucie</h1>",
        ),
        "Tailler les rosiers en fin d’hiver",
        ...,
    ),
    (
        "ja_blogger_h3_post_title",
        "https://yamaaruki.example.jp/2024/03/blog-post.html",
        blogger(
            "ja",
            "山歩き日記",
            "初冬の高尾山を歩く",
            site="山歩き日記",
            home="https://yamaaruki.example.jp/",
        ),
        "初冬の高尾山を歩く",
        ...,
    ),
    (
        "ru_blogger_h3_post_title",
        "https://zametki.example.ru/2024/03/blog-post_5.html",
        blogger("ru", "Заметки садовода", "Обрезка роз поздней зимой", site="Заметки садовода"),
        "Обрезка роз поздней зимой",
        ...,
    ),
    (
        "pt_blogger_title_site_first",
        "https://quintal.example.pt/2024/03/poda.html",
        blogger(
            "pt",
            "O Meu Quintal: Podar as roseiras no fim do inverno",
            "Podar as roseiras no fim do inverno",
            site="O Meu Quintal",
        ),
        "Podar as roseiras no fim do inverno",
        ...,
    ),
    (
        "de_header_h1_site_closes_title",
        "https://gartenglueck.example.de/?p=412",
        wp(
            "de",
            "Rosen schneiden im Spätwinter – Gartenglück",
            "Rosen schneiden im Spätwinter",
            site="Gartenglück",
            branding="<h1>Gartenglück</h1>",
        ),
        "Rosen schneiden im Spätwinter",
        ...,
    ),
    (
        "ja_banner_role_h1_site",
        "https://niwa.example.jp/archives/412",
        page(
            "ja",
            "庭の手帖",
            "",
            '<div role="banner" class="top"><h1>庭の手帖</h1></div>'
            '<main><article><h2 class="post-title">冬の終わりのバラの剪定</h2>'
            f'<div class="post-body">{paragraphs(TEXT["ja"])}</div></article></main>',
        ),
        "冬の終わりのバラの剪定",
        ...,
    ),
    # --- must-nots: a header's <h1> that is the post's own headline --------------------------
    (
        "en_header_h1_in_article_related_titles",
        "https://news.example.org/2024/03/05/river-bridge/",
        news_header(
            "en",
            "Council votes to rebuild the river bridge",
            "Council votes to rebuild the river bridge",
            inside=True,
        ),
        "Council votes to rebuild the river bridge",
        ...,
    ),
    (
        "es_banner_h1_title_opens_with_it",
        "https://noticias.example.es/2024/03/05/puente/",
        news_header(
            "es",
            "El ayuntamiento reconstruirá el puente del río | Noticias del Valle",
            "El ayuntamiento reconstruirá el puente del río",
        ),
        "El ayuntamiento reconstruirá el puente del río",
        ...,
    ),
    (
        "it_banner_h1_whole_title_teasers_after",
        "https://notizie.example.it/2024/03/05/ponte/",
        news_header(
            "it",
            "Il consiglio ricostruirà il ponte sul fiume",
            "Il consiglio ricostruirà il ponte sul fiume",
        ),
        "Il consiglio ricostruirà il ponte sul fiume",
        ...,
    ),
    (
        "pl_banner_h1_whole_title_no_named_heading",
        "https://wiadomosci.example.pl/2024/03/05/most/",
        news_header(
            "pl",
            "Rada miasta odbuduje most na rzece",
            "Rada miasta odbuduje most na rzece",
            related=False,
        ),
        "Rada miasta odbuduje most na rzece",
        ...,
    ),
    # --- a <title> of three segments or more ------------------------------------------------
    (
        "en_double_colon_slug_only",
        "https://mygardenblog.example.org/pruning-roses-in-late-winter/",
        bare("en", "Pruning roses in late winter :: Garden :: My Garden Blog"),
        "Pruning roses in late winter",
        ...,
    ),
    (
        "fr_guillemets_slug_only",
        "https://lucie.example.fr/2024/03/tailler-les-rosiers-en-fin-d-hiver/",
        bare("fr", "Tailler les rosiers en fin d’hiver » Jardin » Le Blog de Lucie"),
        "Tailler les rosiers en fin d’hiver",
        ...,
    ),
    (
        "de_umlaut_slug_only",
        "https://gartenglueck.example.de/rosen-schneiden-im-spaetwinter/",
        bare("de", "Rosen schneiden im Spätwinter | Garten | Gartenglück"),
        "Rosen schneiden im Spätwinter",
        ...,
    ),
    (
        "ru_percent_encoded_slug_only",
        "https://zametki.example.ru/%D0%BE%D0%B1%D1%80%D0%B5%D0%B7%D0%BA%D0%B0-%D1%80%D0%BE%D0%B7"
        "-%D0%B7%D0%B8%D0%BC%D0%BE%D0%B9/",
        bare("ru", "Обрезка роз зимой » Сад » Заметки садовода"),
        "Обрезка роз зимой",
        ...,
    ),
    (
        "ja_spaced_nakaguro_site_meta",
        "https://niwa.example.jp/archives/412",
        bare(
            "ja",
            "冬の終わりのバラの剪定 ・ 庭の手帖",
            head='<meta property="og:site_name" content="庭の手帖">',
        ),
        "冬の終わりのバラの剪定",
        ...,
    ),
    (
        "es_dashes_h2",
        "https://marta.example.es/?p=412",
        wp(
            "es",
            "Cómo podar rosales en invierno – Jardín – El blog de Marta",
            "Cómo podar rosales en invierno",
            site="El blog de Marta",
        ),
        "Cómo podar rosales en invierno",
        ...,
    ),
    (
        "zh_fullwidth_bars_h2",
        "https://xiaoyuan.example.cn/archives/412",
        wp("zh", "冬末修剪玫瑰｜园艺｜小园日记", "冬末修剪玫瑰", site="小园日记"),
        "冬末修剪玫瑰",
        ...,
    ),
    (
        "ja_nakaguro_h2",
        "https://niwa.example.jp/archives/412",
        wp(
            "ja",
            "冬の終わりのバラの剪定 ・ ガーデニング ・ 庭の手帖",
            "冬の終わりのバラの剪定",
            site="庭の手帖",
        ),
        "冬の終わりのバラの剪定",
        ...,
    ),
    (
        "ar_bars_h2_rtl",
        "https://salma.example.com/?p=412",
        wp(
            "ar",
            "تقليم الورود في أواخر الشتاء | حديقة | مدونة سلمى",
            "تقليم الورود في أواخر الشتاء",
            site="مدونة سلمى",
        ),
        "تقليم الورود في أواخر الشتاء",
        ...,
    ),
    (
        "hi_dashes_h2",
        "https://merabagicha.example.in/?p=412",
        wp(
            "hi",
            "सर्दियों के अंत में गुलाब की छंटाई – बागवानी – मेरा बगीचा",
            "सर्दियों के अंत में गुलाब की छंटाई",
            site="मेरा बगीचा",
        ),
        "सर्दियों के अंत में गुलाब की छंटाई",
        ...,
    ),
    (
        "uk_slashes_h2",
        "https://oksana.example.ua/?p=412",
        wp(
            "uk",
            "Обрізка троянд наприкінці зими / Сад / Блог Оксани",
            "Обрізка троянд наприкінці зими",
            site="Блог Оксани",
        ),
        "Обрізка троянд наприкінці зими",
        ...,
    ),
    (
        "ko_middle_dots_h2",
        "https://jeongwon.example.kr/412",
        wp(
            "ko",
            "늦겨울 장미 가지치기 · 정원 · 소소한 정원일기",
            "늦겨울 장미 가지치기",
            site="소소한 정원일기",
        ),
        "늦겨울 장미 가지치기",
        ...,
    ),
    (
        "pl_trail_site_first_h2",
        "https://ania.example.pl/?p=412",
        wp(
            "pl",
            "Blog Ani › Ogród › Przycinanie róż późną zimą",
            "Przycinanie róż późną zimą",
            site="Blog Ani",
        ),
        "Przycinanie róż późną zimą",
        ...,
    ),
    # --- must-nots: the post's own title keeps its colon and its slash ----------------------
    (
        "de_colon_in_post_title",
        "https://gartenblog.example.de/?p=412",
        bare(
            "de",
            "Rosen: Der richtige Schnitt im Spätwinter – Gartenblog",
            head='<meta property="og:site_name" content="Gartenblog">',
        ),
        "Rosen: Der richtige Schnitt im Spätwinter",
        ...,
    ),
    (
        "en_slash_in_post_title",
        "https://gardennotes.example.org/either-or-choosing-a-hedge/",
        bare(
            "en",
            "Either/or: choosing a hedge | Garden Notes",
            head='<meta property="og:site_name" content="Garden Notes">',
        ),
        "Either/or: choosing a hedge",
        ...,
    ),
    # --- a post line crediting a member name, linked to the author's page --------------------
    (
        "en_wp_posted_on_by_handle",
        "https://blog.example.org/2024/03/05/a-post/",
        posted("en", _DAY.format("March 5, 2024") + _by("by", "kimlee")),
        ...,
        ("kimlee",),
    ),
    (
        "es_wp_publicado_por_handle",
        "https://blog.example.org/2024/03/05/a-post/",
        posted("es", _DAY.format("5 de marzo de 2024") + _by("por", "mjgarcia")),
        ...,
        ("mjgarcia",),
    ),
    (
        "de_wp_von_handle",
        "https://blog.example.org/2024/03/05/a-post/",
        posted("de", _DAY.format("5. März 2024") + _by("von", "gartenfee")),
        ...,
        ("gartenfee",),
    ),
    (
        "ru_wp_avtorom_handle",
        "https://blog.example.org/2024/03/05/a-post/",
        posted("ru", _DAY.format("5 марта 2024") + _by("Автор:", "olga_s", "olga-s")),
        ...,
        ("olga_s",),
    ),
    (
        "en_plain_posted_by_link",
        "https://blog.example.org/2024/03/05/a-post/",
        posted("en", "Posted on March 5, 2024" + _by_plain("by", "kimlee")),
        ...,
        ("kimlee",),
    ),
    (
        "fr_plain_publie_par_link",
        "https://blog.example.org/2024/03/05/a-post/",
        posted("fr", "Publié le 5 mars 2024" + _by_plain("par", "lucie.m")),
        ...,
        ("lucie.m",),
    ),
    (
        "tr_plain_yazar_link",
        "https://blog.example.org/2024/03/05/a-post/",
        posted("tr", "5 Mart 2024" + _by_plain("Yazar:", "mehmetk")),
        ...,
        ("mehmetk",),
    ),
    (
        "ja_blogger_post_author_handle",
        "https://yamaaruki.example.jp/2024/03/blog-post.html",
        blogger(
            "ja",
            "山歩き日記: 初冬の高尾山を歩く",
            "初冬の高尾山を歩く",
            site="山歩き日記",
            footer='<span class="post-author vcard">投稿者 <span class="fn">'
            '<a href="https://www.blogger.com/profile/0412" rel="author">yamaneko</a>'
            "</span></span>",
        ),
        ...,
        ("yamaneko",),
    ),
    (
        "de_board_postauthor",
        "https://forum.example.de/viewtopic.php?t=412",
        board("de", "Rosen im Spätwinter schneiden?", ("rosenkavalier", "gartenfee")),
        ...,
        ("rosenkavalier",),
    ),
    (
        "pl_board_postauthor",
        "https://forum.example.pl/viewtopic.php?t=412",
        board("pl", "Kiedy przycinać róże?", ("ogrodnik_77", "ania.k")),
        ...,
        ("ogrodnik_77",),
    ),
    # --- must-nots: a placeholder, a category's link ----------------------------------------
    (
        "en_posted_by_admin",
        "https://blog.example.org/2024/03/05/a-post/",
        posted("en", "Posted on March 5, 2024" + _by_plain("by", "admin")),
        ...,
        (),
    ),
    (
        "de_von_admin_vcard",
        "https://blog.example.org/2024/03/05/a-post/",
        posted("de", _DAY.format("5. März 2024") + _by("von", "admin")),
        ...,
        (),
    ),
    (
        "it_handle_is_the_blogs_name",
        "https://www.ortodinadia.it/2024/03/05/potare/",
        posted("it", _DAY.format("5 marzo 2024") + _by("di", "ortodinadia")),
        ...,
        (),
    ),
    (
        "en_posted_in_category",
        "https://blog.example.org/2024/03/05/a-post/",
        posted("en", 'Posted in <a href="/category/roses/" rel="category tag">roses</a>'),
        ...,
        (),
    ),
]

_FIELDS = ("title", "authors")
# Probes the code does not yet pass.
_OPEN: dict[tuple[str, str], str] = {}
_CASES = field_cases(PROBES, _FIELDS, _OPEN)


@pytest.mark.parametrize(("url", "html", "field", "want"), _CASES)
def test_blog_theme_probe(url: str, html: str, field: str, want: object) -> None:
    got = getattr(newsextract.extract(html, url=url), field)
    assert matches(field, got, want), f"{field}: {got!r}"


_BANNER_PUBLISHERS = {
    "fr_header_h1_unlinked_site": "Les carnets de Lucie",
    "ja_banner_role_h1_site": "庭の手帖",
    "en_header_h1_in_article_related_titles": None,
    "es_banner_h1_title_opens_with_it": None,
    "it_banner_h1_whole_title_teasers_after": None,
    "pl_banner_h1_whole_title_no_named_heading": None,
}


@pytest.mark.parametrize(("name", "want"), sorted(_BANNER_PUBLISHERS.items()))
def test_banner_h1_is_the_publisher_only_beside_a_named_heading(
    name: str, want: str | None
) -> None:
    """The header's lone <h1> names the site (the publisher, cut from the <title>) only when
    the post names its own, unlinked heading; a news header's headline names nothing."""
    url, html = next((u, h) for n, u, h, *_ in PROBES if n == name)
    assert newsextract.extract(html, url=url).publisher == want


if __name__ == "__main__":  # pragma: no cover
    report_hits(PROBES, _FIELDS)
