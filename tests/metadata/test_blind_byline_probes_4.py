"""A blind byline probe, fourth round (issue 12): pages written without reading the byline
code, of kinds the first three rounds lack. Blogs and personal sites (an author bio box, an
"about me" sidebar, a post's signature), recipes and how-tos ("Recipe by", "Tested by",
"Reviewed by"), forum threads and Q&A in other layouts, reviews, docs and wiki pages (no
author), shop pages (a brand is no author), press releases (a contact is no author),
interviews (the interviewee is no author), translated pieces, "Name, Town" lines, staff
labels ("Redacción", "編集部", "Haber Merkezi"), credits with roles, JSON-LD organisations
beside a person, and bylines with an email or a social handle: 25 languages, 10 scripts
(Latin, Cyrillic, Greek, Arabic, Hebrew, Devanagari, Han, kana, Hangul, Thai).
``python -m tests.metadata.test_blind_byline_probes_4`` prints newsextract's and
trafilatura's figures. Every site, name and text here is invented.

Decisions (a writer is who wrote the page's text):
- a blog's author is the one its bio box, its "about me" box or its signature names;
- a recipe's author is who the recipe is "by"; a tester, a medical or fact reviewer is not;
- a forum thread's or a question's author is its first post's, not a replier's;
- a review's author is its reviewer, not the film's director or the book's writer;
- docs and wiki pages name no author; a shop's brand, maker or a book on sale's writer is
  no author of the page; a press release's contact is no author;
- an interview's author is who conducted it ("Propos recueillis par", "Das Gespräch
  führte"), never the person interviewed;
- a translator, a photographer is not a writer; a town after a comma is no part of a name;
- a staff label names no person: no author;
- an email or a handle beside the name is no part of it.
"""

from __future__ import annotations

from typing import Any

import pytest
from tests.metadata.language_probes.kit import field_cases, matches, report_authors
from tests.metadata.title_pages import ld, page, paragraphs

import newsextract

# One text per language: the community garden opened a seed library.
TEXTS = {
    "en": "The community garden opened a seed library in its old tool shed, and neighbours "
    "brought forty jars of bean, squash and marigold seeds on the first morning.",
    "de": "Der Gemeinschaftsgarten hat im alten Geräteschuppen eine Saatgutbibliothek "
    "eröffnet, und die Nachbarn brachten am ersten Morgen vierzig Gläser mit Samen.",
    "fr": "Le jardin partagé a ouvert une grainothèque dans son ancien abri à outils, et les "
    "voisins ont apporté quarante bocaux de graines dès le premier matin.",
    "es": "El huerto comunitario abrió una biblioteca de semillas en su antiguo cobertizo, y "
    "los vecinos trajeron cuarenta frascos de semillas la primera mañana.",
    "it": "L'orto condiviso ha aperto una biblioteca dei semi nel vecchio capanno degli "
    "attrezzi, e i vicini hanno portato quaranta barattoli di semi il primo giorno.",
    "pt": "A horta comunitária abriu uma biblioteca de sementes no antigo galpão de "
    "ferramentas, e os vizinhos trouxeram quarenta potes de sementes na primeira manhã.",
    "nl": "De buurtmoestuin heeft in de oude gereedschapsschuur een zadenbibliotheek geopend, "
    "en de buren brachten de eerste ochtend veertig potten zaad mee.",
    "sv": "Kolonilotten har öppnat ett fröbibliotek i det gamla redskapsskjulet, och grannarna "
    "kom med fyrtio burkar frön redan första morgonen.",
    "pl": "Ogród społeczny otworzył bibliotekę nasion w starej szopie na narzędzia, a sąsiedzi "
    "przynieśli pierwszego ranka czterdzieści słoików nasion.",
    "cs": "Komunitní zahrada otevřela ve staré kůlně na nářadí knihovnu semínek a sousedé "
    "hned první ráno přinesli čtyřicet sklenic semen.",
    "ru": "Общественный огород открыл библиотеку семян в старом сарае для инструментов, и "
    "соседи в первое же утро принесли сорок банок семян.",
    "uk": "Громадський город відкрив бібліотеку насіння в старій повітці для інструментів, і "
    "сусіди першого ж ранку принесли сорок банок насіння.",
    "el": "Ο κοινοτικός λαχανόκηπος άνοιξε μια βιβλιοθήκη σπόρων στην παλιά αποθήκη "
    "εργαλείων, και οι γείτονες έφεραν σαράντα βάζα με σπόρους το πρώτο πρωί.",
    "tr": "Mahalle bahçesi eski alet kulübesinde bir tohum kütüphanesi açtı ve komşular ilk "
    "sabah kırk kavanoz tohum getirdi.",
    "ar": "افتتحت الحديقة المجتمعية مكتبة للبذور في سقيفة الأدوات القديمة، وأحضر الجيران "
    "أربعين برطمانًا من البذور في الصباح الأول.",
    "he": "הגינה הקהילתית פתחה ספריית זרעים במחסן הכלים הישן, והשכנים הביאו ארבעים צנצנות "
    "של זרעים כבר בבוקר הראשון.",
    "hi": "सामुदायिक बगीचे ने पुराने औज़ार घर में बीजों का पुस्तकालय खोला, और पड़ोसी पहली "
    "ही सुबह बीजों के चालीस मर्तबान ले आए।",
    "zh": "社区菜园在旧工具棚里开设了种子图书馆，第一天早上邻居们就带来了四十罐种子。",
    "ja": "地域の菜園が古い道具小屋に種の図書館を開き、初日の朝には近所の人たちが"
    "四十瓶の種を持ち寄った。",
    "ko": "마을 텃밭이 옛 공구 창고에 씨앗 도서관을 열었고, 첫날 아침 이웃들이 씨앗 마흔 "
    "병을 가져왔다.",
    "th": "สวนชุมชนเปิดห้องสมุดเมล็ดพันธุ์ในโรงเก็บเครื่องมือเก่า และเพื่อนบ้านนำเมล็ดพันธุ์มาสี่สิบขวดในเช้าวันแรก",
    "sw": "Bustani ya jamii imefungua maktaba ya mbegu katika kibanda cha zamani cha zana, na "
    "majirani walileta mitungi arobaini ya mbegu asubuhi ya kwanza.",
    "id": "Kebun komunitas membuka perpustakaan benih di gudang perkakas lama, dan para "
    "tetangga membawa empat puluh stoples benih pada pagi pertama.",
    "fi": "Yhteisöpuutarha avasi siemenkirjaston vanhaan työkaluvajaan, ja naapurit toivat "
    "ensimmäisenä aamuna neljäkymmentä purkkia siemeniä.",
    "ro": "Grădina comunitară a deschis o bibliotecă de semințe în vechea magazie de unelte, "
    "iar vecinii au adus patruzeci de borcane cu semințe în prima dimineață.",
}

REPLIERS = ("Wendeline Oakhurst", "Barnabás Szekeres")
TEASER_WRITERS = ("Ottoline Brackwater", "Idris Fenwhistle")


def blog(
    lang: str,
    h1: str,
    *,
    site: str,
    meta: str = "",
    after: str = "",
    sidebar: str = "",
    head: str = "",
) -> str:
    """A blog theme's post: the site title, the post (``<h1>``, an optional meta line, the
    text, ``after``: a signature or an author box), readers' comments, then a sidebar."""
    comments = "".join(
        f'<li class="comment"><div class="comment-author"><span class="fn">{who}</span> '
        '<span class="says">says:</span></div><p>🌱</p></li>'
        for who in REPLIERS
    )
    return page(
        lang,
        f"{h1} – {site}",
        head,
        f'<div class="site"><header class="site-header"><p class="site-title"><a href="/">'
        f'{site}</a></p><nav class="main-navigation"><a href="/">⌂</a></nav></header>'
        '<div class="content-area"><main class="site-main"><article class="post hentry">'
        f'<header class="entry-header"><h1 class="entry-title">{h1}</h1>'
        f'<div class="entry-meta"><time datetime="2024-04-20">20.04.2024</time>{meta}</div>'
        f'</header><div class="entry-content">{paragraphs(TEXTS[lang], TEXTS[lang])}{after}'
        '</div></article><div class="comments-area"><ol class="comment-list">'
        f'{comments}</ol></div></main><aside class="widget-area">{sidebar}'
        '<section class="widget widget_categories"><h2 class="widget-title">≡</h2><ul>'
        '<li><a href="/c/1">🌼</a></li></ul></section></aside></div>'
        f'<footer class="site-footer"><p>© {site}</p></footer></div>',
    )


def story(lang: str, h1: str, meta: str, *, site: str, after: str = "", head: str = "") -> str:
    """A news CMS's story: masthead, the headline, a meta line, the text, ``after``, and a
    "most read" box naming other stories' writers."""
    teasers = "".join(
        f'<li><a href="/s/{n}">{"✦" * n}</a> <span class="byline">{who}</span></li>'
        for n, who in enumerate(TEASER_WRITERS, 1)
    )
    return page(
        lang,
        f"{h1} | {site}",
        head,
        f'<header class="masthead"><a class="logo" href="/">{site}</a></header><main>'
        f'<article class="story"><h1 class="headline">{h1}</h1><div class="story-meta">'
        f'{meta} <time datetime="2024-04-20T08:00:00+02:00">20.04.2024</time></div>'
        f'<div class="story-body">{paragraphs(TEXTS[lang], TEXTS[lang])}{after}</div>'
        f'</article></main><aside class="most-read"><ul>{teasers}</ul></aside>'
        f"<footer>© {site}</footer>",
    )


def by(text: str, css: str = "byline") -> str:
    return f'<span class="{css}">{text}</span>'


def recipe(lang: str, h1: str, card: str, *, site: str, head: str = "", meta: str = "") -> str:
    """A food blog's recipe: a story above, then a recipe plugin's card with its credits
    line (``card``), ingredients and steps."""
    return page(
        lang,
        f"{h1} - {site}",
        head,
        f'<header class="site-header"><a href="/" class="brand">{site}</a></header><main>'
        f'<article class="post"><h1 class="entry-title">{h1}</h1><div class="post-meta">'
        f'<time datetime="2024-04-20">20.04.2024</time>{meta}</div><div class="entry-content">'
        f'{paragraphs(TEXTS[lang])}<div class="recipe-card"><h2 class="recipe-name">{h1}</h2>'
        f'<div class="recipe-meta">{card}</div><h3>🥕</h3><ul class="recipe-ingredients">'
        '<li>200 g 🫘</li><li>2 🧅</li><li>1 🧄</li></ul><h3>🔥</h3><ol class="recipe-steps">'
        f"<li>{TEXTS[lang]}</li><li>{TEXTS[lang]}</li></ol></div></div></article></main>",
    )


def thread(lang: str, subject: str, posts: tuple[tuple[str, str], ...], *, board: str) -> str:
    """A vBulletin-like thread: each post's header carries its poster's name (``label`` then
    the name); no label says who began it."""
    messages = "".join(
        f'<li class="postbitlegacy" id="post_{7000 + n}"><div class="posthead"><span '
        f'class="date">1{n}.04.2024</span></div><div class="userinfo"><a class="username" '
        f'href="/member.php?u={40 + n}"><strong>{user}</strong></a><span class="usertitle">'
        f'★</span></div><div class="postbody"><blockquote class="postcontent">{text}'
        "</blockquote></div></li>"
        for n, (user, text) in enumerate(posts)
    )
    return page(
        lang,
        f"{subject} - {board}",
        "",
        f'<div class="above_body"><a href="/" id="logo">{board}</a></div><div class="body">'
        f'<h1 class="threadtitle">{subject}</h1><ol id="posts" class="posts">{messages}</ol>'
        "</div>",
    )


def question(lang: str, title: str, asker: str, answers: tuple[str, ...], *, site: str) -> str:
    """A Q&A site: the question with its asker's card, then answers with their writers'."""
    cards = "".join(
        f'<div class="answer"><div class="answer-body"><p>{TEXTS[lang]}</p></div><div '
        f'class="user-info"><span class="user-action">✔</span><div class="user-details">'
        f'<a href="/users/{n}">{who}</a></div></div></div>'
        for n, who in enumerate(answers, 2)
    )
    return page(
        lang,
        f"{title} - {site}",
        "",
        f'<header><a href="/" class="logo">{site}</a></header><div id="content"><div '
        f'id="question-header"><h1 class="question-title">{title}</h1></div><div '
        f'class="question"><div class="post-text"><p>{TEXTS[lang]}</p></div><div '
        f'class="user-info"><span class="user-action">?</span><div class="user-details">'
        f'<a href="/users/1">{asker}</a></div></div></div><div id="answers">{cards}</div></div>',
    )


def docs(lang: str, h1: str, footer: str, *, site: str) -> str:
    """A documentation page (Sphinx-like): the sidebar, the text, a footer saying when it
    was changed and where to edit it."""
    return page(
        lang,
        f"{h1} — {site}",
        "",
        f'<div class="wy-grid-for-nav"><nav class="wy-nav-side"><a href="/" class="icon">'
        f'{site}</a><ul><li><a href="/install">⚙</a></li></ul></nav><section class="wy-nav-'
        f'content"><div role="main" class="document"><div class="section"><h1>{h1}</h1>'
        f'{paragraphs(TEXTS[lang], TEXTS[lang])}</div></div><footer><div role="contentinfo">'
        f"{footer}</div></footer></section></div>",
    )


def wiki(lang: str, h1: str, last: str, *, site: str) -> str:
    """A MediaWiki article: no byline, a footer with the last edit's date."""
    return page(
        lang,
        f"{h1} — {site}",
        "",
        f'<div id="content" class="mw-body"><h1 id="firstHeading" class="firstHeading">{h1}'
        f'</h1><div id="bodyContent"><div class="mw-parser-output">'
        f'{paragraphs(TEXTS[lang], TEXTS[lang])}</div></div></div><div id="footer"><ul '
        f'id="footer-info"><li id="footer-info-lastmod">{last}</li></ul></div>',
    )


def shop(lang: str, name: str, brand: str, *, site: str, head: str = "") -> str:
    """A shop's product page: the product's name, its brand or maker line, the price, a
    basket button and the description."""
    return page(
        lang,
        f"{name} | {site}",
        head,
        f'<header class="shop-header"><a href="/" class="logo">{site}</a></header><main '
        f'class="product-page"><div class="product-info"><h1 class="product-title">{name}</h1>'
        f'<div class="product-brand">{brand}</div><div class="price">24,90 €</div><button '
        f'class="add-to-cart">🛒</button></div><div class="product-description">'
        f"{paragraphs(TEXTS[lang], TEXTS[lang])}</div></main>",
    )


def release(lang: str, h1: str, contact: str, *, site: str) -> str:
    """A press release: a dateline, the text, the boilerplate and the press contact."""
    return page(
        lang,
        f"{h1} | {site}",
        "",
        f'<header><a href="/" class="logo">{site}</a><nav><a href="/press">📰</a></nav>'
        f'</header><main><article class="press-release"><h1>{h1}</h1><p class="dateline">'
        f'<time datetime="2024-04-20">20.04.2024</time></p><div class="release-body">'
        f'{paragraphs(TEXTS[lang], TEXTS[lang])}<div class="press-contact">{contact}</div>'
        "</div></article></main>",
    )


FIELDS = ("authors",)

# A probe: name, url, html, authors.
BLOGS: list[tuple[Any, ...]] = [
    (
        "en_blog_bio_box_after_post",
        "https://thistle-and-thyme.example.com/2024/04/seed-library",
        blog(
            "en",
            "Our shed became a seed library",
            site="Thistle & Thyme",
            after='<div class="author-bio"><img src="/me.jpg" alt=""><h4 class="author-name">'
            "Marigold Featherstone</h4><p>Marigold grows beans on a windy hill and writes "
            "about it here.</p></div>",
        ),
        ("Marigold Featherstone",),
    ),
    (
        "de_blog_ueber_mich_sidebar",
        "https://beetgefluester.example.de/saatgut-bibliothek",
        blog(
            "de",
            "Eine Saatgutbibliothek im Schuppen",
            site="Beetgeflüster",
            sidebar='<section class="widget widget_about"><h2 class="widget-title">Über mich'
            '</h2><img src="/ich.jpg" alt=""><p>Hallo, ich bin <strong>Ricarda Pfannenstiel'
            "</strong> und gärtnere seit zwölf Jahren auf einem Stadtbalkon.</p></section>",
        ),
        ("Ricarda Pfannenstiel",),
    ),
    (
        "fr_blog_signature_a_bientot",
        "https://carnet-de-graines.example.fr/grainotheque-du-quartier",
        blog(
            "fr",
            "La grainothèque du quartier",
            site="Carnet de graines",
            after='<p class="signature">À bientôt au jardin,<br>Aurélie Champdavoine</p>',
        ),
        ("Aurélie Champdavoine",),
    ),
    (
        "it_blog_scritto_da_box",
        "https://orto-sul-tetto.example.it/biblioteca-dei-semi",
        blog(
            "it",
            "Una biblioteca dei semi nel capanno",
            site="Orto sul tetto",
            after='<div class="about-author"><span class="label">Scritto da</span> <a '
            'href="/autore/ludovica" rel="author">Ludovica Scarpellini</a><p>Agronoma e '
            "cuoca per passione.</p></div>",
        ),
        ("Ludovica Scarpellini",),
    ),
    (
        "pt_blog_sobre_a_autora",
        "https://quintal-vivo.example.com.br/biblioteca-de-sementes",
        blog(
            "pt",
            "Nossa biblioteca de sementes",
            site="Quintal Vivo",
            after='<section class="author-box"><h3>Sobre a autora</h3><p><b>Iracema '
            "Vasconcelos Brandão</b> cuida de uma horta de laje em Belém.</p></section>",
        ),
        ("Iracema Vasconcelos Brandão",),
    ),
    (
        "sv_blog_signed_halsningar",
        "https://frobladet.example.se/frobibliotek",
        blog(
            "sv",
            "Ett fröbibliotek i redskapsskjulet",
            site="Fröbladet",
            after="<p>Hälsningar,<br><em>Solveig Ekdahl-Brandt</em></p>",
        ),
        ("Solveig Ekdahl-Brandt",),
    ),
    (
        "el_blog_posted_by_in_meta",
        "https://kipos-tis-gitonias.example.gr/vivliothiki-sporon",
        blog(
            "el",
            "Μια βιβλιοθήκη σπόρων στην αποθήκη",
            site="Ο κήπος της γειτονιάς",
            meta=' <span class="byline">Δημοσίευση από <a class="url fn" href="/author/1">'
            "Ευανθία Καραγιάννη</a></span>",
        ),
        ("Ευανθία Καραγιάννη",),
    ),
    (
        "nl_personal_site_about_me_and_ld_person",
        "https://hanneke-op-het-land.example.nl/zadenbibliotheek",
        blog(
            "nl",
            "Een zadenbibliotheek in de schuur",
            site="Hanneke op het land",
            sidebar='<section class="widget"><h2 class="widget-title">Over mij</h2><p>Ik ben '
            "Hanneke Wijnbergen, moestuinier en schrijver.</p></section>",
            head=ld(
                "BlogPosting",
                headline="Een zadenbibliotheek in de schuur",
                author={"@type": "Person", "name": "Hanneke Wijnbergen"},
            ),
        ),
        ("Hanneke Wijnbergen",),
    ),
]

RECIPES: list[tuple[Any, ...]] = [
    (
        "en_recipe_by_and_tested_by",
        "https://pantry-lane.example.com/recipes/squash-bean-stew",
        recipe(
            "en",
            "Squash and bean stew",
            '<span class="recipe-author">Recipe by <a href="/about">Cordelia Ashdown</a>'
            '</span> · <span class="recipe-tester">Tested by Rupert Halloway</span>',
            site="Pantry Lane",
        ),
        ("Cordelia Ashdown",),
    ),
    (
        "de_rezept_von_and_ld_recipe",
        "https://topfgucker.example.de/rezepte/bohneneintopf",
        recipe(
            "de",
            "Bohneneintopf mit Kürbis",
            '<span class="recipe-author">Rezept von Annelore Grubmüller</span>',
            site="Topfgucker",
            head=ld(
                "Recipe",
                name="Bohneneintopf mit Kürbis",
                author={"@type": "Person", "name": "Annelore Grubmüller"},
            ),
        ),
        ("Annelore Grubmüller",),
    ),
    (
        "fr_recette_proposee_par",
        "https://cuisine-de-saison.example.fr/recettes/ragout-haricots",
        recipe(
            "fr",
            "Ragoût de haricots à la courge",
            '<p class="recipe-credit">Recette proposée par Théophile Vasseur-Brun</p>',
            site="Cuisine de saison",
        ),
        ("Théophile Vasseur-Brun",),
    ),
    (
        "en_howto_written_by_medically_reviewed_by",
        "https://wellroot.example.com/guides/start-a-seed-library",
        story(
            "en",
            "How to start a seed library",
            '<span class="byline">Written by Philippa Crossland</span> | <span class="'
            'reviewer">Medically reviewed by Dr. Obadiah Merriweather</span>',
            site="Wellroot",
        ),
        ("Philippa Crossland",),
    ),
    (
        "pl_autorka_przepisu",
        "https://smaczna-grzadka.example.pl/przepisy/gulasz-z-fasoli",
        recipe(
            "pl",
            "Gulasz z fasoli i dyni",
            '<span class="recipe-author">Autorka przepisu: Bożena Wierzchowska</span>',
            site="Smaczna Grządka",
        ),
        ("Bożena Wierzchowska",),
    ),
    (
        "ja_recipe_kouan_label",
        "https://kondate-note.example.jp/recipe/kabocha-mame",
        recipe(
            "ja",
            "かぼちゃと豆の煮込み",
            '<span class="recipe-author">レシピ考案：森下 千夏</span>',
            site="こんだてノート",
        ),
        ("森下 千夏",),
    ),
    (
        "he_recipe_label_matkon",
        "https://hamitbach-shel-noga.example.co.il/matkonim/tavshil",
        recipe(
            "he",
            "תבשיל שעועית ודלעת",
            '<span class="recipe-author">מתכון: נגה בן-שושן</span>',
            site="המטבח של נגה",
        ),
        ("נגה בן-שושן",),
    ),
]

THREADS: list[tuple[Any, ...]] = [
    (
        "de_forum_first_poster_vbulletin",
        "https://gartenplausch.example.de/forum/showthread.php?t=4411",
        thread(
            "de",
            "Saatgut tauschen im Schuppen?",
            (
                ("Hildegard Obermaier", TEXTS["de"]),
                ("Konstantin Reuß", "Gute Idee!"),
                ("Friedhelm Aschoff", "Bei uns klappt das auch."),
            ),
            board="Gartenplausch",
        ),
        ("Hildegard Obermaier",),
    ),
    (
        "ru_forum_first_poster",
        "https://dacha-forum.example.ru/showthread.php?t=2207",
        thread(
            "ru",
            "Библиотека семян в сарае",
            (
                ("Всеволод Тимирязев", TEXTS["ru"]),
                ("Антонина Белозёрова", "Отличная идея!"),
            ),
            board="Дачный форум",
        ),
        ("Всеволод Тимирязев",),
    ),
    (
        "es_qa_asker_not_answerers",
        "https://preguntas-del-huerto.example.es/q/812/biblioteca-de-semillas",
        question(
            "es",
            "¿Cómo organizar una biblioteca de semillas?",
            "Remedios Altamirano",
            ("Baltasar Quiroga", "Eulalia Montenegro"),
            site="Preguntas del Huerto",
        ),
        ("Remedios Altamirano",),
    ),
    (
        "zh_forum_first_poster",
        "https://caiyuan-luntan.example.cn/thread-5521-1-1.html",
        thread(
            "zh",
            "工具棚里的种子图书馆",
            (("欧阳子涵", TEXTS["zh"]), ("司马晓光", "好主意！"), ("诸葛清韵", "支持！")),
            board="菜园论坛",
        ),
        ("欧阳子涵",),
    ),
]

REVIEWS: list[tuple[Any, ...]] = [
    (
        "en_film_review_not_director",
        "https://reelgrain.example.com/reviews/the-seed-keepers",
        story(
            "en",
            "Review: The Seed Keepers",
            '<span class="byline">Reviewed by Odile Fairbanks</span>',
            site="Reelgrain",
            after='<aside class="review-info"><dl><dt>Director</dt><dd>Cassius Wrenfield</dd>'
            "<dt>Rating</dt><dd>★★★★☆</dd></dl></aside>",
        ),
        ("Odile Fairbanks",),
    ),
    (
        "de_produkttest_getestet_von",
        "https://gartengeraete-test.example.de/test/akku-heckenschere",
        story(
            "de",
            "Akku-Heckenschere im Test",
            '<span class="byline">Getestet von Malte Brinkhaus</span>',
            site="Gartengeräte-Test",
            after='<div class="verdict"><b>Hersteller:</b> Grünwerk <b>Note:</b> 1,8</div>',
        ),
        ("Malte Brinkhaus",),
    ),
    (
        "fr_critique_livre_not_novelist",
        "https://lectures-vertes.example.fr/critiques/le-cabanon",
        story(
            "fr",
            "« Le Cabanon », un roman qui germe lentement",
            '<span class="byline">Par Solène Marchetti-Roux</span>',
            site="Lectures vertes",
            after='<div class="book-card"><p><b>Le Cabanon</b>, de Gaspard Delaunay-Faure, '
            "Éditions du Sillon, 240 p.</p></div>",
        ),
        ("Solène Marchetti-Roux",),
    ),
    (
        "th_review_by",
        "https://reviewsuan.example.co.th/review/kankrai",
        story(
            "th",
            "รีวิวกรรไกรตัดกิ่งรุ่นใหม่",
            '<span class="byline">รีวิวโดย ธนพร ศรีสวัสดิ์</span>',
            site="รีวิวสวน",
        ),
        ("ธนพร ศรีสวัสดิ์",),
    ),
]

NO_AUTHOR: list[tuple[Any, ...]] = [
    (
        "en_docs_last_updated_by",
        "https://docs.seedshelf.example.org/en/latest/catalogue.html",
        docs(
            "en",
            "Cataloguing seeds",
            "<p>© Copyright 2024, the Seedshelf contributors. Last updated by Thaddeus "
            'Quennell on 20 April 2024. <a href="https://git.example.org/seedshelf/edit/main'
            '/docs/catalogue.rst">Edit on Git</a></p>',
            site="Seedshelf 2.3 documentation",
        ),
        (),
    ),
    (
        "de_wiki_no_author",
        "https://gartenwiki.example.de/wiki/Saatgutbibliothek",
        wiki(
            "de",
            "Saatgutbibliothek",
            "Diese Seite wurde zuletzt am 20. April 2024 um 10:12 Uhr bearbeitet.",
            site="Gartenwiki",
        ),
        (),
    ),
    (
        "ja_docs_no_author",
        "https://docs.tane-tosho.example.jp/guide/catalog",
        docs(
            "ja",
            "種の目録を作る",
            "<p>最終更新日: 2024年4月20日</p>",
            site="たね図書 ドキュメント",
        ),
        (),
    ),
    (
        "fr_help_centre_team",
        "https://aide.potager-connecte.example.fr/articles/grainotheque",
        docs(
            "fr",
            "Créer une grainothèque",
            "<p>Rédigé par l'équipe Support · Mis à jour il y a 3 jours</p>",
            site="Centre d'aide Potager connecté",
        ),
        (),
    ),
    (
        "en_shop_brand_by_line",
        "https://thornbury-supply.example.com/products/seed-jar-set",
        shop(
            "en",
            "Glass seed jars, set of 12",
            'by <a href="/brands/hollowmere">Hollowmere Outdoor</a> · Visit the Hollowmere store',
            site="Thornbury Supply",
        ),
        (),
    ),
    (
        "de_shop_marke_hersteller_ld_product",
        "https://gartenkontor.example.de/p/saatgutdosen",
        shop(
            "de",
            "Saatgutdosen, 12er-Set",
            "Marke: Grünwerk · Hersteller: Grünwerk Manufaktur Cord Ahlers GmbH",
            site="Gartenkontor",
            head=ld("Product", name="Saatgutdosen", brand={"@type": "Brand", "name": "Grünwerk"}),
        ),
        (),
    ),
    (
        "en_shop_book_author_on_sale",
        "https://quillhouse-books.example.com/books/the-patient-gardener",
        shop(
            "en",
            "The Patient Gardener (paperback)",
            'by <a href="/authors/winifred-calloway">Winifred Calloway</a> (Author)',
            site="Quillhouse Books",
        ),
        (),
    ),
    (
        "ja_shop_maker",
        "https://niwa-shop.example.jp/item/tane-bin",
        shop("ja", "ガラスの種保存瓶 12本セット", "メーカー：みどり工房", site="にわショップ"),
        (),
    ),
    (
        "en_press_release_media_contact",
        "https://press.greenacre-trust.example.org/releases/seed-library",
        release(
            "en",
            "Greenacre Trust opens its first seed library",
            "<p><b>Media contact:</b> Jordan Vailsworth, jordan.vailsworth@greenacre-trust."
            "example.org, +44 20 7946 0000</p>",
            site="Greenacre Trust",
        ),
        (),
    ),
    (
        "de_pressemitteilung_pressekontakt",
        "https://www.stadtwerke-hainburg.example.de/presse/saatgut",
        release(
            "de",
            "Stadtwerke eröffnen Saatgutbibliothek",
            "<p><b>Pressekontakt</b><br>Sabine Kühnert<br>Unternehmenskommunikation<br>"
            "Tel. 0621 000 00</p>",
            site="Stadtwerke Hainburg",
        ),
        (),
    ),
    (
        "es_nota_de_prensa_contacto",
        "https://www.fundacion-semilla.example.es/prensa/biblioteca",
        release(
            "es",
            "La Fundación Semilla abre su biblioteca",
            "<p>Contacto de prensa: Leocadia Ferrán · prensa@fundacion-semilla.example.es</p>",
            site="Fundación Semilla",
        ),
        (),
    ),
    (
        "ar_press_release_contact",
        "https://www.baladiya-alwaha.example.ae/media/news/seeds",
        release(
            "ar",
            "البلدية تفتتح مكتبة للبذور",
            "<p>للتواصل الإعلامي: مريم عبد الرحيم الظاهري</p>",
            site="بلدية الواحة",
        ),
        (),
    ),
]

INTERVIEWS: list[tuple[Any, ...]] = [
    (
        "en_interview_colon_subject_in_headline",
        "https://the-allotment-review.example.com/features/interview-marguerite-oyelaran",
        story(
            "en",
            "Interview: Marguerite Oyelaran on saving seeds",
            '<span class="byline">By Felix Armitage-Lowe</span>',
            site="The Allotment Review",
        ),
        ("Felix Armitage-Lowe",),
    ),
    (
        "fr_propos_recueillis_par",
        "https://la-gazette-verte.example.fr/entretiens/entretien-avec-odile-kervella",
        story(
            "fr",
            "Entretien avec Odile Kervella : « Une graine, c'est une histoire »",
            "",
            site="La Gazette verte",
            after='<p class="credit">Propos recueillis par Léa Fontanel-Dubreuil</p>',
        ),
        ("Léa Fontanel-Dubreuil",),
    ),
    (
        "de_das_gespraech_fuehrte",
        "https://weserkurier-land.example.de/interview/saatgut-hueterin",
        story(
            "de",
            "„Jedes Korn erzählt etwas“ – Interview mit Gesche Tammen",
            "",
            site="Weserland-Kurier",
            after='<p class="author-note"><em>Das Gespräch führte Jana Westphalen.</em></p>',
        ),
        ("Jana Westphalen",),
    ),
    (
        "it_intervista_a_cura_di",
        "https://la-voce-dei-campi.example.it/interviste/custode-dei-semi",
        story(
            "it",
            "Intervista a Ottavia Lanzillotta, custode dei semi",
            '<span class="byline">A cura di Marco Pellegrinetti</span>',
            site="La voce dei campi",
        ),
        ("Marco Pellegrinetti",),
    ),
    (
        "uk_rozmovlyala",
        "https://hromada-sad.example.com.ua/interview/nasinnia",
        story(
            "uk",
            "Оксана Дорошенко: «Насіння — це пам'ять»",
            '<span class="byline">Розмовляла Ярина Гнатюк</span>',
            site="Громада і сад",
        ),
        ("Ярина Гнатюк",),
    ),
]

TRANSLATED: list[tuple[Any, ...]] = [
    (
        "en_translated_by_after_byline",
        "https://northwind-review.example.com/essays/the-seed-cupboard",
        story(
            "en",
            "The seed cupboard",
            '<span class="byline">By Ayşe Korkmazoğlu</span> <span class="translator">'
            "Translated from the Turkish by Conor Whitbread</span>",
            site="Northwind Review",
        ),
        ("Ayşe Korkmazoğlu",),
    ),
    (
        "de_aus_dem_englischen_am_ende",
        "https://zeitschrift-beet.example.de/essay/samenschrank",
        story(
            "de",
            "Der Samenschrank",
            '<span class="byline">Von Grace Mbekwa-Thornton</span>',
            site="Beet – Zeitschrift",
            after="<p><i>Aus dem Englischen von Petra Lindauer.</i></p>",
        ),
        ("Grace Mbekwa-Thornton",),
    ),
    (
        "ru_perevod_label",
        "https://sadovye-zametki.example.ru/essays/shkaf-s-semenami",
        story(
            "ru",
            "Шкаф с семенами",
            '<span class="byline">Автор: Элеонора Вайсхаупт</span>, <span class="translator">'
            "перевод: Ирина Соколовская</span>",
            site="Садовые заметки",
        ),
        ("Элеонора Вайсхаупт",),
    ),
    (
        "ja_bun_and_yaku",
        "https://hatake-journal.example.jp/essay/tane-no-todana",
        story(
            "ja",
            "種の戸棚",
            '<span class="byline">文：マリア・ロペス　訳：田中 裕子</span>',
            site="畑ジャーナル",
        ),
        ("マリア・ロペス",),
    ),
    (
        "hi_anuvad_label",
        "https://bagwani-samachar.example.in/lekh/beej-pustakalay",
        story(
            "hi",
            "बीजों का पुस्तकालय",
            '<span class="byline">लेखक: सुधा रामचंद्रन | अनुवाद: विवेक त्रिपाठी</span>',
            site="बाग़वानी समाचार",
        ),
        ("सुधा रामचंद्रन",),
    ),
]

TOWNS_AND_DESKS: list[tuple[Any, ...]] = [
    (
        "de_name_comma_town",
        "https://heide-echo.example.de/lokales/saatgut-schuppen",
        story(
            "de", "Saatgut im Schuppen", by("Von Hannes Birkenstock, Lüneburg"), site="Heide-Echo"
        ),
        ("Hannes Birkenstock",),
    ),
    (
        "it_name_comma_town",
        "https://eco-delle-valli.example.it/cronaca/semi-nel-capanno",
        story(
            "it", "Semi nel capanno", by("di Chiara Benedettini, Trento"), site="Eco delle valli"
        ),
        ("Chiara Benedettini",),
    ),
    (
        "es_redaccion_only",
        "https://diario-del-valle.example.es/local/biblioteca-de-semillas",
        story("es", "Una biblioteca de semillas", by("Redacción"), site="Diario del Valle"),
        (),
    ),
    (
        "ja_henshubu_only",
        "https://machi-no-tayori.example.jp/news/tane-toshokan",
        story("ja", "道具小屋に種の図書館", by("文：編集部"), site="まちのたより"),
        (),
    ),
    (
        "tr_haber_merkezi",
        "https://bahce-postasi.example.com.tr/yerel/tohum-kutuphanesi",
        story(
            "tr", "Alet kulübesinde tohum kütüphanesi", by("Haber Merkezi"), site="Bahçe Postası"
        ),
        (),
    ),
    (
        "id_tim_redaksi",
        "https://warta-kebun.example.co.id/berita/perpustakaan-benih",
        story("id", "Perpustakaan benih di gudang", by("Oleh: Tim Redaksi"), site="Warta Kebun"),
        (),
    ),
    (
        "ko_pyeonjipguk",
        "https://maeul-sinmun.example.kr/news/ssiat",
        story("ko", "공구 창고에 씨앗 도서관", by("편집국"), site="마을신문"),
        (),
    ),
    (
        "pt_da_redacao",
        "https://jornal-da-serra.example.com.br/cidade/biblioteca-sementes",
        story("pt", "Biblioteca de sementes", by("Da Redação"), site="Jornal da Serra"),
        (),
    ),
]

ROLES_AND_CONTACTS: list[tuple[Any, ...]] = [
    (
        "fr_texte_photos_bar",
        "https://terroirs-mag.example.fr/reportage/grainotheque",
        story(
            "fr",
            "Dans la grainothèque",
            by("Texte : Maëlys Quintard | Photos : Bastien Lereverend"),
            site="Terroirs Mag",
        ),
        ("Maëlys Quintard",),
    ),
    (
        "es_texto_fotos_slash",
        "https://revista-raiz.example.mx/reportajes/semillas",
        story(
            "es",
            "Semillas en el cobertizo",
            by("Texto: Xóchitl Ibarra Landeros / Fotos: Rigoberto Anaya"),
            site="Revista Raíz",
        ),
        ("Xóchitl Ibarra Landeros",),
    ),
    (
        "sv_text_foto_lines",
        "https://land-och-lott.example.se/reportage/frobibliotek",
        story(
            "sv",
            "Fröbibliotek i skjulet",
            '<span class="byline">Text: Ingegerd Holmqvist</span> <span class="byline">Foto: '
            "Torbjörn Sandelin</span>",
            site="Land och lott",
        ),
        ("Ingegerd Holmqvist",),
    ),
    (
        "pl_tekst_zdjecia_comma",
        "https://dzialkowiec-dzis.example.pl/reportaz/biblioteka-nasion",
        story(
            "pl",
            "Biblioteka nasion w szopie",
            by("Tekst: Grażyna Kowalczyk-Nowak, zdjęcia: Wiesław Dąbrowski"),
            site="Działkowiec Dziś",
        ),
        ("Grażyna Kowalczyk-Nowak",),
    ),
    (
        "en_words_and_pictures_by",
        "https://fenland-life.example.co.uk/features/seed-shed",
        story(
            "en",
            "Inside the seed shed",
            by("Words and pictures by Rosamund Pettigrew"),
            site="Fenland Life",
        ),
        ("Rosamund Pettigrew",),
    ),
    (
        "en_two_writers_illustration_by",
        "https://greenbelt-times.example.com/features/seed-library",
        story(
            "en",
            "How a shed became a library",
            by("By Tamsin Okonkwo-Reid and Hugo Brightwater. Illustration by Nell Ashgrove"),
            site="Greenbelt Times",
        ),
        ("Tamsin Okonkwo-Reid", "Hugo Brightwater"),
    ),
    (
        "en_byline_twitter_handle",
        "https://harbourside-post.example.com/local/seed-library-shed",
        story(
            "en",
            "Seed library opens in tool shed",
            by('By Rosalind Achterberg <a href="https://x.example.com/rosachter">@rosachter</a>'),
            site="Harbourside Post",
        ),
        ("Rosalind Achterberg",),
    ),
    (
        "es_byline_email_bar",
        "https://el-heraldo-rural.example.es/local/semillas",
        story(
            "es",
            "Semillas para todos",
            by(
                'Por Mateo Ibarrola Ugalde | <a href="mailto:mibarrola@heraldo-rural.example.'
                'es">mibarrola@heraldo-rural.example.es</a>'
            ),
            site="El Heraldo Rural",
        ),
        ("Mateo Ibarrola Ugalde",),
    ),
    (
        "ro_byline_email_parentheses",
        "https://gazeta-de-gradina.example.ro/local/seminte",
        story(
            "ro",
            "Bibliotecă de semințe în magazie",
            by("de Ioana Mărgineanu (ioana.margineanu@gazeta-de-gradina.example.ro)"),
            site="Gazeta de Grădină",
        ),
        ("Ioana Mărgineanu",),
    ),
    (
        "fi_name_and_instagram_handle",
        "https://viherviesti.example.fi/uutiset/siemenkirjasto",
        story(
            "fi",
            "Siemenkirjasto työkaluvajaan",
            by("Teksti: Saimi Kettunen · Instagram @saimikettunen"),
            site="Viherviesti",
        ),
        ("Saimi Kettunen",),
    ),
    (
        "sw_name_and_email_line",
        "https://habari-za-bustani.example.co.ke/habari/maktaba-ya-mbegu",
        story(
            "sw",
            "Maktaba ya mbegu yafunguliwa",
            by("Na Zawadi Mwakalinga, zawadi@habari-za-bustani.example.co.ke"),
            site="Habari za Bustani",
        ),
        ("Zawadi Mwakalinga",),
    ),
]

JSONLD: list[tuple[Any, ...]] = [
    (
        "en_jsonld_person_and_organisation_list",
        "https://riverside-gazette.example.com/local/seed-shed-library",
        story(
            "en",
            "Seed shed library opens",
            by("By Clementine Ashworth-Hale"),
            site="Riverside Gazette",
            head=ld(
                "NewsArticle",
                headline="Seed shed library opens",
                author=[
                    {"@type": "Person", "name": "Clementine Ashworth-Hale"},
                    {"@type": "Organization", "name": "Riverside Gazette"},
                ],
            ),
        ),
        ("Clementine Ashworth-Hale",),
    ),
    (
        "cs_jsonld_organisation_visible_author_box",
        "https://zahradni-listy.example.cz/clanek/knihovna-seminek",
        blog(
            "cs",
            "Knihovna semínek v kůlně",
            site="Zahradní listy",
            after='<div class="author-box"><span class="author-box-label">Autorka článku'
            '</span> <a href="/autor/bohumila" class="author-box-name">Bohumila Procházková'
            "</a></div>",
            head=ld(
                "Article",
                headline="Knihovna semínek v kůlně",
                author={"@type": "Organization", "name": "Zahradní listy s.r.o."},
            ),
        ),
        ("Bohumila Procházková",),
    ),
]

PROBES: list[tuple[Any, ...]] = (
    BLOGS
    + RECIPES
    + THREADS
    + REVIEWS
    + NO_AUTHOR
    + INTERVIEWS
    + TRANSLATED
    + TOWNS_AND_DESKS
    + ROLES_AND_CONTACTS
    + JSONLD
)

# The blind figures (before any fix): newsextract 52 of 66 pages right, author-set F1 0.808;
# trafilatura 26 of 66, F1 0.437 (it keeps the label with the name, a role's credit as a
# second name, a staff label as a name). Fixed since (``test_byline_probe_4_causes``): labels
# as data (German "Getestet von", "Das Gespräch führte"; Hebrew "מתכון", Japanese
# "レシピ考案", Thai "รีวิวโดย"; Ukrainian and Russian interviewers' "Розмовляла",
# "Беседовала"), a markup label's full-width colon, a social handle after the name, a bold
# name closing the article: 59 of 66, F1 0.914.
# Left open, with reasons:
_LONE_TOWN = (
    "a lone word after a comma: read as the town filed from (no given name, no agency), it"
    " moved a half-B dev page down (test_left_metadata_misses keeps the same strict xfails)"
)
_SHOP = (
    "a shop's 'by BRAND' line under the product's name reads as a byline: no cheap sign says"
    " the page is a shop's (a Product in JSON-LD also heads product reviews, whose writers count)"
)
_OPEN: dict[tuple[str, str], str] = {
    # de_blog_ueber_mich_sidebar passes since wave 70: an "about me" widget ("widget_about")
    # is read as the sidebar's author box, its bold name element the owner's name.
    ("sv_blog_signed_halsningar", "authors"): (
        "a sign-off before the name ('Hälsningar,<br>NAME') and readers' comments after it: the"
        " closing signature is read only as the page's last text, here a commenter's"
    ),
    ("en_film_review_not_director", "authors"): (
        "'Reviewed by' is a contributor's label (a medical or fact reviewer beside the writer);"
        " a film review's reviewer credited so alone reads as no one"
    ),
    ("en_shop_brand_by_line", "authors"): _SHOP,
    ("en_shop_book_author_on_sale", "authors"): _SHOP,
    ("de_name_comma_town", "authors"): _LONE_TOWN,
    ("it_name_comma_town", "authors"): _LONE_TOWN,
}
_CASES = field_cases(PROBES, FIELDS, _OPEN)


@pytest.mark.parametrize(("url", "html", "field", "want"), _CASES)
def test_blind_byline_probe_4(url: str, html: str, field: str, want: object) -> None:
    got = getattr(newsextract.extract(html, url=url), field)
    assert matches(field, got, want), f"{field}: {got!r}"


if __name__ == "__main__":  # pragma: no cover
    report_authors(PROBES)
