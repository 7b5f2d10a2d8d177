"""A blind probe of the `authors` field (issue 12) on pages that are not classic news: a
person's own blog naming its writer only in the footer's "© 2024 Name", an "About me"
sidebar, a `rel=author` link or a `<meta name=author>` that is the site's company;
newsletter and publication platforms; documentation pages ("Written by", "Contributors: A,
B", "Last edited by X"); recipes ("Recipe by", "Recette de", "Rezept von"); product reviews
("Reviewed by", "Tested by"); forum threads and Q&A; university and company press releases
("Media contact:" names no author); podcast episodes ("Hosted by"); translated pieces; an
author only in JSON-LD `creator` or Dublin Core `DC.creator`; bylines that are images with
alt text or set in `<address>`; names in scripts without spaces. 81 pages in 21 languages
and 9 scripts (Latin, Cyrillic, Greek, Arabic, Devanagari, Thai, Han, kana, Hangul), 64 of
them no news. The wanted values were written before either tool ran.

Conventions (docs/field-authors.md): a writer is who wrote the page's text. A forum thread
or a Q&A page credits the thread's first poster, the question's asker (its answers are
replies, as a news story's comments are). A podcast episode's host is its author, its
producer is not. A review's "Reviewed by" / "Tested by" names the review's writer (on a
review page the reviewer writes; a health page's "Medically reviewed by" is another
contributor, as the earlier kits have it). A documentation page's contributors list names
its writers; a wiki's "Last edited by" its last editor, as the docs say. A press release's
"Media contact" is a press officer to call, no author: a release with nothing else credits
no one. A translated piece's author is its writer, not its translator. A company in `<meta
name=author>` (the agency that built the site, the publisher's legal name) gives way to
the person the page credits. ``python -m tests.metadata.test_blind_nonnews_author_probes_70``
prints both tools' figures. Every site, name and text here is invented."""

from __future__ import annotations

import json
from typing import Any

import pytest
from tests.metadata.language_probes.kit import field_cases, matches, report_authors
from tests.metadata.title_pages import page, paragraphs

import newsextract

# One sentence per language: the community garden set up two beehives by the apple trees.
SAY = {
    "en": "The community garden set up two beehives beside the old apple trees this spring, "
    "and volunteers now check the frames every Saturday morning.",
    "de": "Der Gemeinschaftsgarten hat in diesem Frühjahr zwei Bienenstöcke neben den alten "
    "Apfelbäumen aufgestellt, und Freiwillige prüfen jeden Samstag die Rähmchen.",
    "fr": "Le jardin partagé a installé deux ruches près des vieux pommiers ce printemps, et "
    "des bénévoles vérifient les cadres chaque samedi matin.",
    "es": "El huerto comunitario instaló dos colmenas junto a los viejos manzanos esta "
    "primavera, y los voluntarios revisan los cuadros cada sábado por la mañana.",
    "it": "L'orto condiviso ha sistemato due arnie accanto ai vecchi meli questa primavera, e "
    "i volontari controllano i telaini ogni sabato mattina.",
    "nl": "De buurttuin heeft dit voorjaar twee bijenkasten bij de oude appelbomen gezet, en "
    "vrijwilligers controleren elke zaterdagochtend de ramen.",
    "pt": "A horta comunitária instalou duas colmeias junto às velhas macieiras nesta "
    "primavera, e os voluntários verificam os quadros todos os sábados de manhã.",
    "pl": "Ogród społeczny ustawił tej wiosny dwa ule obok starych jabłoni, a wolontariusze "
    "co sobotę rano sprawdzają ramki.",
    "sv": "Kvartersodlingen ställde i våras upp två bikupor bredvid de gamla äppelträden, och "
    "volontärer kontrollerar ramarna varje lördagsmorgon.",
    "fi": "Yhteisöpuutarha pystytti keväällä kaksi mehiläispesää vanhojen omenapuiden viereen, "
    "ja vapaaehtoiset tarkistavat kehät joka lauantaiaamu.",
    "cs": "Komunitní zahrada letos na jaře postavila dva úly vedle starých jabloní a "
    "dobrovolníci každou sobotu ráno kontrolují rámky.",
    "tr": "Topluluk bahçesi bu bahar eski elma ağaçlarının yanına iki arı kovanı kurdu ve "
    "gönüllüler her cumartesi sabahı çerçeveleri kontrol ediyor.",
    "ru": "Общественный сад этой весной поставил два улья возле старых яблонь, и волонтёры "
    "каждую субботу утром проверяют рамки.",
    "uk": "Громадський сад цієї весни поставив два вулики біля старих яблунь, і волонтери "
    "щосуботи вранці перевіряють рамки.",
    "el": "Ο κοινοτικός κήπος έστησε φέτος την άνοιξη δύο κυψέλες δίπλα στις παλιές μηλιές, "
    "και εθελοντές ελέγχουν τα πλαίσια κάθε Σάββατο πρωί.",
    "ar": "أقامت الحديقة المجتمعية هذا الربيع خليتين للنحل بجانب أشجار التفاح القديمة، "
    "ويتفقد المتطوعون الإطارات كل صباح سبت.",
    "hi": "सामुदायिक बगीचे ने इस वसंत पुराने सेब के पेड़ों के पास मधुमक्खियों के दो छत्ते "
    "लगाए, और स्वयंसेवक हर शनिवार सुबह फ्रेम जाँचते हैं।",
    "th": "สวนชุมชนตั้งรังผึ้งสองรังข้างต้นแอปเปิลต้นเก่าในฤดูใบไม้ผลินี้ และอาสาสมัครตรวจกรอบรังทุกเช้าวันเสาร์",
    "ja": "コミュニティガーデンはこの春、古いリンゴの木のそばに巣箱を二つ置き、"
    "ボランティアが毎週土曜の朝に巣枠を確かめている。",
    "zh": "社区花园今年春天在老苹果树旁安置了两个蜂箱，志愿者每周六上午检查巢框。",
    "ko": "공동체 텃밭은 올봄 오래된 사과나무 옆에 벌통 두 개를 놓았고, 자원봉사자들이 매주 "
    "토요일 아침 벌집틀을 살핀다.",
}


def _text(lang: str) -> str:
    return paragraphs(SAY[lang], SAY[lang])


def ld(**fields: Any) -> str:
    """A JSON-LD block (a BlogPosting unless ``@type`` says otherwise)."""
    data = {"@context": "https://schema.org", "@type": "BlogPosting", **fields}
    return f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>'


def own_blog(
    lang: str, h1: str, *, site: str, line: str = "", side: str = "", foot: str = "", head: str = ""
) -> str:
    """A small theme's post on a person's own blog: the blog's name, the title, a post line
    (``line``, often only the day), the text, a sidebar (``side``), the footer (``foot``)."""
    return page(
        lang,
        f"{h1} — {site}",
        head,
        f'<header class="site-header"><a class="site-title" href="/">{site}</a><nav><a '
        f'href="/archive/">≡</a></nav></header><div class="wrap"><main class="content">'
        f'<article class="post"><h1 class="post-title">{h1}</h1><p class="post-meta">{line}'
        f'</p><div class="post-body">{_text(lang)}</div></article></main><aside '
        f'class="sidebar">{side}<section class="widget widget_archive"><h3>▤</h3><ul><li><a '
        f'href="/2024/02/">02/2024</a></li></ul></section></aside></div><footer '
        f'class="site-footer">{foot}</footer>',
    )


def docs(lang: str, h1: str, *, site: str, top: str = "", bottom: str = "") -> str:
    """A documentation site's page: the product's bar, a side menu, the page's title, a
    line under it (``top``), the text, then the page's foot (``bottom``)."""
    return page(
        lang,
        f"{h1} · {site}",
        "",
        f'<header class="navbar"><a class="brand" href="/">{site}</a><a href="/docs/">Docs'
        '</a></header><div class="layout"><nav class="sidebar-nav"><ul><li><a href="/docs/'
        'start/">▸</a></li><li><a href="/docs/hives/">▸</a></li></ul></nav><main '
        f'class="docs-content"><article class="markdown-body"><h1>{h1}</h1>{top}'
        f'{_text(lang)}</article><div class="docs-footer">{bottom}</div></main></div>',
    )


def recipe(lang: str, h1: str, credit: str, *, site: str, head: str = "") -> str:
    """A recipe site's card: the title, the credit line, the times, the text."""
    return page(
        lang,
        f"{h1} | {site}",
        head,
        f'<header><a class="logo" href="/">{site}</a></header><main><article '
        f'class="recipe-card"><h1 class="recipe-title">{h1}</h1>{credit}<ul '
        'class="recipe-times"><li>⏱ 20′</li><li>🔥 35′</li></ul>'
        f'<div class="recipe-intro">{_text(lang)}</div></article></main>',
    )


def review(lang: str, h1: str, credit: str, customer: str, *, site: str) -> str:
    """A product review site's test: the title, the credit line, the verdict, the text,
    then a customer's review under it."""
    return page(
        lang,
        f"{h1} | {site}",
        "",
        f'<header><a href="/">{site}</a></header><main><article class="review"><h1>{h1}</h1>'
        f'<div class="review-meta">{credit}</div><div class="verdict">★★★★☆</div>'
        f'<div class="review-body">{_text(lang)}</div></article><section class="user-reviews">'
        f'<div class="user-review"><span class="reviewer">{customer}</span><p>★★★★★</p>'
        "<p>OK!</p></div></section></main>",
    )


def release(lang: str, h1: str, *, site: str, top: str = "", bottom: str = "") -> str:
    """A university's or a company's press release: the newsroom bar, the title, a line
    under it (``top``), the text, then the release's foot (``bottom``: the contact box)."""
    return page(
        lang,
        f"{h1} - {site}",
        "",
        f'<header class="site-header"><a href="/">{site}</a><a href="/news/">News</a></header>'
        f'<main><article class="press-release"><h1>{h1}</h1>{top}<div class="release-body">'
        f'{_text(lang)}</div><div class="release-footer">{bottom}</div></article></main>'
        f"<footer>© 2024 {site}</footer>",
    )


def episode(lang: str, h1: str, credit: str, *, site: str) -> str:
    """A podcast's episode page: the show's name, the episode's title, the credit line, the
    player, the show notes."""
    return page(
        lang,
        f"{h1} | {site}",
        "",
        f'<header><a href="/">{site}</a></header><main><article class="episode"><h1 '
        f'class="episode-title">{h1}</h1><p class="episode-credits">{credit}</p><audio '
        f'controls src="/ep/12.mp3"></audio><div class="show-notes">{_text(lang)}</div>'
        "</article></main>",
    )


def story(lang: str, h1: str, meta: str, *, site: str, head: str = "", after: str = "") -> str:
    """A news site's story: the masthead, the headline, the meta line (``meta``), the day,
    the text and what closes it (``after``)."""
    return page(
        lang,
        f"{h1} | {site}",
        f'<meta property="og:site_name" content="{site}">{head}',
        f'<header class="masthead"><a class="logo" href="/">{site}</a></header><main><article>'
        f'<h1>{h1}</h1><div class="meta">{meta}<time datetime="2024-03-11T08:00:00+01:00">'
        f'11.03.2024</time></div><div class="article-body">{_text(lang)}{after}</div>'
        "</article></main>",
    )


FIELDS = ("authors",)

# A probe: name, url, html, authors.
PROBES: list[tuple[Any, ...]] = [
    # --- a person's own blog
    (
        "en_blog_footer_copyright_host",
        "https://mirandaholt.com/2024/03/two-hives",
        own_blog(
            "en",
            "Two hives by the apple trees",
            site="Miranda Holt",
            line="March 11, 2024",
            foot="© 2024 Miranda Holt · Powered by WordPress",
        ),
        ("Miranda Holt",),
    ),
    (
        "en_blog_footer_copyright_other_host",
        "https://quietsparrow.net/2024/03/two-hives",
        own_blog(
            "en",
            "Two hives by the apple trees",
            site="Quiet Sparrow",
            line="March 11, 2024",
            side='<section class="widget widget_text"><h3>About me</h3><p>Hi, I am Miranda '
            "Holt, a beekeeper and gardener in Leeds.</p></section>",
            foot="© 2024 Miranda Holt · Quiet Sparrow",
        ),
        ("Miranda Holt",),
    ),
    (
        "de_blog_ueber_mich_name_block",
        "https://gartenzeilen.de/2024/03/zwei-bienenstoecke",
        own_blog(
            "de",
            "Zwei Bienenstöcke am Apfelbaum",
            site="Gartenzeilen",
            line="11. März 2024",
            side='<section class="widget widget_about"><h3>Über mich</h3><img src="/me.jpg" '
            'alt=""><p><strong>Katrin Vogel</strong></p><p>Gärtnerin, Imkerin, Leserin.</p>'
            "</section>",
            foot="© 2024 Gartenzeilen",
        ),
        ("Katrin Vogel",),
    ),
    (
        "en_blog_rel_author_footer",
        "https://hiveandhedge.org/posts/two-hives",
        own_blog(
            "en",
            "Two hives by the apple trees",
            site="Hive &amp; Hedge",
            line="11 March 2024",
            foot='Written and kept by <a rel="author" href="/about/">Tom Beck</a>.',
        ),
        ("Tom Beck",),
    ),
    (
        "en_meta_author_company_byline_person",
        "https://greenplot.co.uk/blog/two-hives",
        own_blog(
            "en",
            "Two hives by the apple trees",
            site="GreenPlot",
            line='By <span class="author">Sara Kent</span> · 11 March 2024',
            head='<meta name="author" content="Brightline Media Ltd">',
            foot="© 2024 Brightline Media Ltd",
        ),
        ("Sara Kent",),
    ),
    (
        "fr_meta_author_agency_footer_owner",
        "https://elodiemarchand.fr/2024/03/deux-ruches",
        own_blog(
            "fr",
            "Deux ruches près des pommiers",
            site="Le carnet d'Élodie",
            line="11 mars 2024",
            head='<meta name="author" content="Agence Pixelune SARL">',
            foot="© 2024 Élodie Marchand · Site réalisé par Agence Pixelune",
        ),
        ("Élodie Marchand",),
    ),
    (
        "nl_meta_author_bv_posted_by",
        "https://buurtmoestuin.nl/blog/twee-bijenkasten",
        own_blog(
            "nl",
            "Twee bijenkasten bij de appelbomen",
            site="Buurtmoestuin",
            line="Geplaatst door Sanne Visser op 11 maart 2024",
            head='<meta name="author" content="Webbureau Kade B.V.">',
        ),
        ("Sanne Visser",),
    ),
    (
        "sv_blog_om_mig_sidebar_name_heading",
        "https://odlarlivet.se/2024/03/tva-bikupor",
        own_blog(
            "sv",
            "Två bikupor vid äppelträden",
            site="Odlarlivet",
            line="11 mars 2024",
            side='<section class="widget about-me"><h3>Om mig</h3><h4>Annika Lund</h4><p>Jag '
            "odlar, skriver och håller bin i Uppsala.</p></section>",
        ),
        ("Annika Lund",),
    ),
    (
        "cs_blog_footer_autor_webu",
        "https://zahradnideniky.cz/2024/03/dva-uly",
        own_blog(
            "cs",
            "Dva úly u jabloní",
            site="Zahradní deníky",
            line="11. 3. 2024",
            foot="Autorka webu: Tereza Malá · © 2024",
        ),
        ("Tereza Malá",),
    ),
    # --- newsletter and publication platforms
    (
        "en_substack_profile_link",
        "https://fieldnotes.com/p/two-hives",
        page(
            "en",
            "Two hives by the apple trees - Field Notes",
            '<meta property="og:site_name" content="Field Notes">',
            '<div class="post-header"><h1 class="post-title">Two hives by the apple trees</h1>'
            '<h3 class="subtitle">Notes from the garden</h3><div class="post-meta"><div '
            'class="profile-hover-card-target"><a href="https://substack.com/@nadiaokafor"'
            '>Nadia Okafor</a></div><div class="post-date">Mar 11, 2024</div></div></div>'
            f'<div class="available-content"><div class="body markup">{_text("en")}</div></div>'
            '<div class="subscribe-widget"><button>Subscribe</button></div>',
        ),
        ("Nadia Okafor",),
    ),
    (
        "en_medium_published_in",
        "https://medium.com/hive-journal/two-hives-3f9a",
        page(
            "en",
            "Two hives by the apple trees | by Leo Park | The Hive Journal",
            "",
            '<article><h1 data-testid="storyTitle">Two hives by the apple trees</h1><div '
            'class="pw-author"><a data-testid="authorName" href="/@leo.park">Leo Park</a> · '
            '<button>Follow</button></div><div>Published in <a data-testid="publicationName" '
            'href="/hive-journal">The Hive Journal</a> · 4 min read · Mar 11, 2024</div>'
            f"<section>{_text('en')}</section></article>",
        ),
        ("Leo Park",),
    ),
    (
        "de_newsletter_ein_newsletter_von",
        "https://gartenpost.de/p/zwei-bienenstoecke",
        page(
            "de",
            "Zwei Bienenstöcke - Gartenpost",
            "",
            '<main><article><p class="publication">Gartenpost · Ein Newsletter von Jonas '
            'Brandt</p><h1>Zwei Bienenstöcke am Apfelbaum</h1><p class="date">11. März 2024</p>'
            f"{_text('de')}</article></main>",
        ),
        ("Jonas Brandt",),
    ),
    (
        "ru_blog_platform_handle",
        "https://tekhnosad.ru/articles/812345/",
        page(
            "ru",
            "Два улья у старых яблонь / Техносад",
            "",
            '<main><article class="tm-article"><div class="tm-article-snippet__meta"><span '
            'class="tm-user-info"><a class="tm-user-info__username" href="/ru/users/pchelkin/">'
            'pchelkin</a></span> <time datetime="2024-03-11T07:00:00.000Z">11 мар 2024</time>'
            '</div><h1 class="tm-title">Два улья у старых яблонь</h1><div '
            f'class="article-formatted-body">{_text("ru")}</div></article></main>',
        ),
        ("pchelkin",),
    ),
    # --- documentation pages
    (
        "en_docs_written_by_last_updated",
        "https://docs.hivelog.io/guides/frames",
        docs(
            "en",
            "Checking frames",
            site="HiveLog",
            top='<p class="doc-meta">Written by Priya Raman · Last updated March 11, 2024</p>',
        ),
        ("Priya Raman",),
    ),
    (
        "en_docs_contributors_avatars",
        "https://docs.hivelog.io/guides/placing-hives",
        docs(
            "en",
            "Placing hives",
            site="HiveLog",
            bottom='<div class="contributors">Contributors: <a href="https://git.com/'
            'anasilva"><img src="/a.png" alt="Ana Silva"></a> <a href="https://git.com/'
            'benortiz"><img src="/b.png" alt="Ben Ortiz"></a></div>',
        ),
        ("Ana Silva", "Ben Ortiz"),
    ),
    (
        "en_docs_contributors_names",
        "https://handbook.gardenco-op.org/hives/inspection",
        docs(
            "en",
            "Hive inspection",
            site="Garden Co-op Handbook",
            bottom="<p>Contributors: Ana Silva, Ben Ortiz</p>",
        ),
        ("Ana Silva", "Ben Ortiz"),
    ),
    (
        "en_docs_last_edited_by",
        "https://wiki.gardenco-op.org/Beehives",
        docs(
            "en",
            "Beehives",
            site="Garden Co-op Wiki",
            bottom='<p class="page-info">Last edited by <a href="/User:KarlJensen">Karl Jensen'
            "</a> on Mar 11, 2024</p>",
        ),
        ("Karl Jensen",),
    ),
    (
        "de_docs_zuletzt_bearbeitet_von",
        "https://doku.imkerverein.de/bienen/raehmchen",
        docs(
            "de",
            "Rähmchen prüfen",
            site="Imkerverein Doku",
            bottom="<p>Zuletzt bearbeitet von Lena Hoffmann am 11.03.2024</p>",
        ),
        ("Lena Hoffmann",),
    ),
    (
        "fr_docs_contributeurs",
        "https://docs.jardins.fr/ruches/inspection",
        docs(
            "fr",
            "Inspecter les cadres",
            site="Jardins Docs",
            bottom="<p>Contributeurs : Hugo Lambert, Inès Roussel</p>",
        ),
        ("Hugo Lambert", "Inès Roussel"),
    ),
    (
        "es_docs_escrito_revisado",
        "https://docs.huertos.es/colmenas/cuadros",
        docs(
            "es",
            "Revisar los cuadros",
            site="Huertos Docs",
            top='<p class="doc-meta">Escrito por Marta Gil · Revisado por Pablo Sanz</p>',
        ),
        ("Marta Gil",),
    ),
    (
        "ja_docs_shippitsusha",
        "https://docs.mitsubachi.jp/guide/sukaku",
        docs(
            "ja",
            "巣枠の点検",
            site="みつばちドキュメント",
            top='<p class="doc-meta">執筆者：高橋健太　更新日：2024年3月11日</p>',
        ),
        ("高橋健太",),
    ),
    (
        "zh_docs_zuozhe_gengxin",
        "https://docs.fengxiang.cn/guide/chaokuang",
        docs(
            "zh",
            "检查巢框",
            site="蜂箱文档",
            top='<p class="doc-meta">作者：李文杰 | 最后更新：2024-03-11</p>',
        ),
        ("李文杰",),
    ),
    (
        "pt_docs_ultima_edicao",
        "https://docs.hortas.pt/colmeias/quadros",
        docs(
            "pt",
            "Verificar os quadros",
            site="Hortas Docs",
            bottom="<p>Última edição por Rafael Lima em 11/03/2024</p>",
        ),
        ("Rafael Lima",),
    ),
    # --- recipes
    (
        "en_recipe_by_line",
        "https://honeykitchen.com/recipes/honey-cake",
        recipe(
            "en",
            "Honey cake from the garden",
            '<p class="recipe-author">Recipe by Holly Mason</p>',
            site="Honey Kitchen",
        ),
        ("Holly Mason",),
    ),
    (
        "fr_recette_de",
        "https://cuisinedujardin.fr/recettes/pain-depices",
        recipe(
            "fr",
            "Pain d'épices au miel",
            '<p class="recipe-author">Recette de Camille Perrin</p>',
            site="Cuisine du jardin",
        ),
        ("Camille Perrin",),
    ),
    (
        "de_rezept_von_fotos",
        "https://gartenkueche.de/rezepte/honigkuchen",
        recipe(
            "de",
            "Honigkuchen aus dem Garten",
            '<p class="recipe-meta">Rezept von Anja Krüger · Fotos: Tim Lenz</p>',
            site="Gartenküche",
        ),
        ("Anja Krüger",),
    ),
    (
        "it_ricetta_jsonld_recipe_author",
        "https://cucinadellorto.it/ricette/torta-al-miele",
        recipe(
            "it",
            "Torta al miele dell'orto",
            "",
            site="Cucina dell'orto",
            head=ld(
                **{"@type": "Recipe"},
                name="Torta al miele dell'orto",
                author={"@type": "Person", "name": "Giovanni Rizzo"},
            ),
        ),
        ("Giovanni Rizzo",),
    ),
    (
        "es_receta_colon",
        "https://cocinadelhuerto.es/recetas/bizcocho-de-miel",
        recipe(
            "es",
            "Bizcocho de miel del huerto",
            '<p class="recipe-author">Receta: Carmen Ruiz</p>',
            site="Cocina del huerto",
        ),
        ("Carmen Ruiz",),
    ),
    (
        "pl_przepis_autorka",
        "https://kuchniaogrodu.pl/przepisy/miodownik",
        recipe(
            "pl",
            "Miodownik z ogrodu",
            '<p class="recipe-author">Autorka przepisu: Magdalena Wójcik</p>',
            site="Kuchnia ogrodu",
        ),
        ("Magdalena Wójcik",),
    ),
    (
        "ja_recipe_kouan",
        "https://hachimitsu-gohan.jp/recipe/honey-cake",
        recipe(
            "ja",
            "はちみつケーキ",
            '<p class="recipe-author">レシピ考案：佐々木由美</p>',
            site="はちみつごはん",
        ),
        ("佐々木由美",),
    ),
    (
        "ko_recipe_by_name",
        "https://kkulbap.kr/recipe/honey-cake",
        recipe(
            "ko",
            "꿀 케이크",
            '<p class="recipe-author">레시피: 김하늘</p>',
            site="꿀밥",
        ),
        ("김하늘",),
    ),
    # --- product reviews
    (
        "en_review_reviewed_by",
        "https://gearforgardens.com/reviews/hive-tool-pro",
        review(
            "en",
            "Hive Tool Pro review",
            "Reviewed by Marcus Chen | Mar 11, 2024",
            "Jill R.",
            site="Gear for Gardens",
        ),
        ("Marcus Chen",),
    ),
    (
        "en_review_tested_by",
        "https://gearforgardens.com/reviews/smoker-s2",
        review(
            "en",
            "Smoker S2 review",
            "Tested by Dana Whitfield · Updated Mar 11, 2024",
            "Bob K.",
            site="Gear for Gardens",
        ),
        ("Dana Whitfield",),
    ),
    (
        "de_test_getestet_von",
        "https://gartentest.de/tests/stockmeissel",
        review(
            "de",
            "Stockmeißel im Test",
            "Getestet von Felix Braun · 11.03.2024",
            "Heinz",
            site="Gartentest",
        ),
        ("Felix Braun",),
    ),
    (
        "sv_recension_av",
        "https://tradgardstest.se/recensioner/kupverktyg",
        review(
            "sv",
            "Kupverktyg i test",
            "Recension av Ingrid Berg · 11 mars 2024",
            "Olle",
            site="Trädgårdstest",
        ),
        ("Ingrid Berg",),
    ),
    (
        "fi_arvostelu_testasi",
        "https://puutarhatesti.fi/arvostelut/pesatyokalu",
        review(
            "fi",
            "Pesätyökalu testissä",
            "Testasi: Mikko Laine · 11.3.2024",
            "Pekka",
            site="Puutarhatesti",
        ),
        ("Mikko Laine",),
    ),
    # --- forum threads and Q&A: the thread's first poster, the question's asker
    (
        "en_discourse_first_post",
        "https://forum.beekeepers.org/t/two-hives-by-apple-trees/512",
        page(
            "en",
            "Two hives by apple trees? - Beekeepers Forum",
            "",
            '<div id="main-outlet"><h1><a href="/t/512">Two hives by apple trees?</a></h1>'
            '<article id="post_1" class="topic-post"><div class="topic-meta-data"><div '
            'class="names"><span class="first username"><a href="/u/orchard_ann">orchard_ann'
            '</a></span></div><div class="post-info"><span class="relative-date">Mar 11</span>'
            f'</div></div><div class="cooked">{_text("en")}</div></article><article '
            'id="post_2" class="topic-post"><div class="topic-meta-data"><div class="names">'
            '<span class="first username"><a href="/u/beedoc">beedoc</a></span></div></div><div '
            'class="cooked"><p>Yes, fine.</p></div></article></div>',
        ),
        ("orchard_ann",),
    ),
    (
        "de_vbulletin_first_post",
        "https://imkerforum.de/threads/zwei-bienenstoecke.4411/",
        page(
            "de",
            "Zwei Bienenstöcke am Apfelbaum - Imkerforum",
            "",
            '<div id="postlist"><h2 class="title">Zwei Bienenstöcke am Apfelbaum</h2><ol '
            'class="posts"><li class="postbitlegacy" id="post_1"><div class="posthead"><span '
            'class="date">11.03.2024</span></div><div class="userinfo"><div '
            'class="username_container"><a class="username" href="member.php?u=12">Imker_Klaus'
            f'</a></div></div><div class="postbody"><blockquote class="postcontent">{SAY["de"]} '
            f'{SAY["de"]}</blockquote></div></li><li class="postbitlegacy" id="post_2"><div '
            'class="userinfo"><div class="username_container"><a class="username" '
            'href="member.php?u=40">Wabenwerk</a></div></div><div class="postbody"><blockquote '
            'class="postcontent">Passt.</blockquote></div></li></ol></div>',
        ),
        ("Imker_Klaus",),
    ),
    (
        "ru_qa_vopros_zadal",
        "https://otvety-sad.ru/questions/4471",
        page(
            "ru",
            "Можно ли ставить ульи у яблонь? — Ответы Сад",
            "",
            '<main><div class="question"><h1>Можно ли ставить ульи у яблонь?</h1><div '
            'class="question-meta">Вопрос задал <a href="/users/pchelovod77">pchelovod77</a> '
            f'11 марта 2024</div><div class="question-text">{_text("ru")}</div></div><div '
            'class="answers"><div class="answer"><div class="answer-meta">Ответил <a '
            'href="/users/sadovnik">sadovnik</a></div><p>Да, можно.</p></div></div></main>',
        ),
        ("pchelovod77",),
    ),
    (
        "ja_qa_shitsumonsha",
        "https://chiebako.jp/qa/question_detail/q12345",
        page(
            "ja",
            "リンゴの木のそばに巣箱を置いてもいいですか？ - 知恵箱",
            "",
            '<main><div class="question"><h1>リンゴの木のそばに巣箱を置いてもいいですか？</h1>'
            '<p class="asker">質問者：<a href="/user/hachimitsu_taro">hachimitsu_taro</a>'
            f'　2024/3/11</p><div class="question-body">{_text("ja")}</div></div><div '
            'class="answers"><div class="answer"><p class="answerer">回答者：<a '
            'href="/user/mori_no_kuma">mori_no_kuma</a></p><p>大丈夫です。</p></div></div>'
            "</main>",
        ),
        ("hachimitsu_taro",),
    ),
    (
        "zh_qa_tiwen_zhe",
        "https://wenda.yuanyi.cn/question/88123",
        page(
            "zh",
            "蜂箱可以放在苹果树旁边吗？ - 园艺问答",
            "",
            '<main><div class="QuestionHeader"><h1 class="QuestionHeader-title">'
            '蜂箱可以放在苹果树旁边吗？</h1><div class="QuestionAuthor">提问者：<a '
            'class="UserLink-link" href="/people/lin-hai">林海</a> 2024-03-11</div></div><div '
            f'class="QuestionRichText">{_text("zh")}</div><div class="AnswerItem"><div '
            'class="AuthorInfo"><a class="UserLink-link" href="/people/zhou-ming">周明</a></div>'
            "<p>可以。</p></div></main>",
        ),
        ("林海",),
    ),
    # --- press releases: the media contact is no author
    (
        "en_university_release_by_and_media_contact",
        "https://news.northbridge.edu/2024/03/campus-hives",
        release(
            "en",
            "Campus garden welcomes two beehives",
            site="Northbridge University",
            top='<p class="release-byline">By Tom Reyes, University Communications</p>',
            bottom="<p>Media contact: Laura Finch, 555-0100, lfinch@northbridge.example.edu</p>",
        ),
        ("Tom Reyes",),
    ),
    (
        "en_release_media_contact_only",
        "https://news.northbridge.edu/2024/03/campus-hives-2",
        release(
            "en",
            "Campus garden welcomes two beehives",
            site="Northbridge University",
            top='<p class="release-date">March 11, 2024</p>',
            bottom='<div class="media-contact"><h4>Media Contact</h4><p>Laura Finch</p><p>'
            "555-0100</p></div>",
        ),
        (),
    ),
    (
        "de_pressemitteilung_pressekontakt",
        "https://presse.stadtwerke-lindau.de/2024/bienen",
        release(
            "de",
            "Zwei Bienenstöcke im Werksgarten",
            site="Stadtwerke Lindau",
            top='<p class="release-date">Pressemitteilung vom 11.03.2024</p>',
            bottom="<p><strong>Pressekontakt:</strong> Eva Lorenz, Tel. 08382 0000</p>",
        ),
        (),
    ),
    (
        "fr_communique_par_contact_presse",
        "https://presse.universite-rives.fr/2024/ruches",
        release(
            "fr",
            "Deux ruches au jardin du campus",
            site="Université des Rives",
            top='<p class="release-byline">Par Marc Dubois, service communication</p>',
            bottom="<p>Contact presse : Julie Bernard, 01 00 00 00 00</p>",
        ),
        ("Marc Dubois",),
    ),
    (
        "es_nota_prensa_contacto",
        "https://prensa.universidadribera.es/2024/colmenas",
        release(
            "es",
            "El campus instala dos colmenas",
            site="Universidad de Ribera",
            top='<p class="release-date">11 de marzo de 2024</p>',
            bottom="<p>Contacto de prensa: Irene Campos · prensa@ribera.example.es</p>",
        ),
        (),
    ),
    # --- podcast episodes
    (
        "en_podcast_hosted_by_two",
        "https://gardenhourpodcast.com/episodes/12-beehives",
        episode(
            "en",
            "Episode 12: Beehives by the apple trees",
            "Hosted by Rosa Diaz and Ken Ito · Edited by Sam Blake",
            site="The Garden Hour",
        ),
        ("Rosa Diaz", "Ken Ito"),
    ),
    (
        "de_podcast_moderation",
        "https://gartenfunk.de/folgen/12-bienen",
        episode(
            "de",
            "Folge 12: Bienen am Apfelbaum",
            "Moderation: Lisa Wagner · Produktion: Jan Roth",
            site="Gartenfunk",
        ),
        ("Lisa Wagner",),
    ),
    (
        "es_podcast_presentado_por",
        "https://radiohuerto.es/episodios/12-colmenas",
        episode(
            "es",
            "Episodio 12: Colmenas junto a los manzanos",
            "Presentado por Lucía Navarro · Producción: Diego Vera",
            site="Radio Huerto",
        ),
        ("Lucía Navarro",),
    ),
    # --- translated pieces: the writer, not the translator
    (
        "en_translated_from_the_polish",
        "https://gardenquarterly.com/essays/two-hives",
        story(
            "en",
            "Two hives by the apple trees",
            '<p class="byline">By Anna Kowalska · Translated from the Polish by Mark Green</p>',
            site="Garden Quarterly",
        ),
        ("Anna Kowalska",),
    ),
    (
        "it_di_traduzione_di",
        "https://rivistadellorto.it/saggi/due-arnie",
        story(
            "it",
            "Due arnie accanto ai meli",
            '<p class="firma">di Hans Müller, traduzione di Paola Conti</p>',
            site="Rivista dell'orto",
        ),
        ("Hans Müller",),
    ),
    (
        "ko_geul_beonyeok",
        "https://teotbatjapji.kr/essay/two-hives",
        story(
            "ko",
            "사과나무 옆 벌통 두 개",
            '<p class="byline">글 이민호 · 번역 박소영</p>',
            site="텃밭잡지",
        ),
        ("이민호",),
    ),
    # --- an author only in JSON-LD `creator` or Dublin Core
    (
        "en_jsonld_creator_person_only",
        "https://allotmentdiary.org/2024/03/two-hives",
        own_blog(
            "en",
            "Two hives by the apple trees",
            site="Allotment Diary",
            line="11 March 2024",
            head=ld(
                headline="Two hives by the apple trees",
                creator={"@type": "Person", "name": "Owen Price"},
            ),
        ),
        ("Owen Price",),
    ),
    (
        "cs_jsonld_creator_string",
        "https://zahradnilisty.cz/clanky/dva-uly",
        story(
            "cs",
            "Dva úly u jabloní",
            "",
            site="Zahradní listy",
            head=ld(**{"@type": "Article"}, headline="Dva úly u jabloní", creator="Petr Dvořák"),
        ),
        ("Petr Dvořák",),
    ),
    (
        "de_dc_creator_family_first",
        "https://repositorium.gartenakademie.de/texte/bienen",
        story(
            "de",
            "Zwei Bienenstöcke am Apfelbaum",
            "",
            site="Gartenakademie",
            head='<meta name="DC.creator" content="Weber, Sabine">',
        ),
        ("Sabine Weber",),
    ),
    (
        "fr_dcterms_creator",
        "https://archives.jardins.fr/textes/ruches",
        story(
            "fr",
            "Deux ruches près des pommiers",
            "",
            site="Archives des jardins",
            head='<meta name="DCTERMS.creator" content="Nathalie Girard">',
        ),
        ("Nathalie Girard",),
    ),
    (
        "uk_dc_creator_cyrillic",
        "https://sadovi-visti.ua/statti/dva-vuliky",
        story(
            "uk",
            "Два вулики біля яблунь",
            "",
            site="Садові вісті",
            head='<meta name="dc.creator" content="Олена Бондар">',
        ),
        ("Олена Бондар",),
    ),
    # --- bylines that are images with alt text
    (
        "en_byline_avatar_alt_only",
        "https://urbanbloom.com/2024/03/two-hives",
        story(
            "en",
            "Two hives by the apple trees",
            '<div class="byline"><img class="avatar" src="/img/authors/jo-marsh.jpg" '
            'alt="Jo Marsh"></div>',
            site="Urban Bloom",
        ),
        ("Jo Marsh",),
    ),
    (
        "hi_byline_image_alt",
        "https://bagwani-samachar.in/2024/03/madhumakkhi",
        story(
            "hi",
            "सेब के पेड़ों के पास दो छत्ते",
            '<div class="author-box"><img src="/img/rohit.jpg" alt="रोहित शर्मा"></div>',
            site="बागवानी समाचार",
        ),
        ("रोहित शर्मा",),
    ),
    (
        "en_signature_image_alt_end",
        "https://lettersfromtheplot.com/2024/03/two-hives",
        own_blog(
            "en",
            "Two hives by the apple trees",
            site="Letters from the Plot",
            line="March 11, 2024",
        ).replace(
            "</div></article>",
            '<p class="signature"><img src="/sig.png" alt="Signed, Helen Brooks"></p></div>'
            "</article>",
        ),
        ("Helen Brooks",),
    ),
    # --- bylines in <address>
    (
        "en_address_rel_author",
        "https://theplotline.com/2024/03/two-hives",
        story(
            "en",
            "Two hives by the apple trees",
            '<address class="author">By <a rel="author" href="/people/iris-cole">Iris Cole'
            "</a></address>",
            site="The Plotline",
        ),
        ("Iris Cole",),
    ),
    (
        "nl_address_tekst",
        "https://tuinkrant.nl/artikel/twee-bijenkasten",
        story(
            "nl",
            "Twee bijenkasten bij de appelbomen",
            "<address>Tekst: Daan Mulder</address>",
            site="Tuinkrant",
        ),
        ("Daan Mulder",),
    ),
    (
        "el_address_grafei",
        "https://kipoinea.gr/arthra/dyo-kypseles",
        story(
            "el",
            "Δύο κυψέλες δίπλα στις μηλιές",
            "<address>Γράφει ο Νίκος Παππάς</address>",
            site="Κηπονέα",
        ),
        ("Νίκος Παππάς",),
    ),
    (
        "ar_address_biqalam",
        "https://akhbar-alhadiqa.com/2024/03/khaliyya",
        story(
            "ar",
            "خليتان للنحل بجانب أشجار التفاح",
            "<address>بقلم: سلمى ناصر</address>",
            site="أخبار الحديقة",
        ),
        ("سلمى ناصر",),
    ),
    # --- names in scripts without spaces
    (
        "zh_blog_zuozhe_fabu",
        "https://huayuanriji.cn/2024/03/fengxiang",
        own_blog(
            "zh",
            "苹果树旁的两个蜂箱",
            site="花园日记",
            line="作者：陈思远　发布时间：2024-03-11",
        ),
        ("陈思远",),
    ),
    (
        "ja_blog_kaita_hito",
        "https://niwa-no-techo.jp/entry/2024/03/11/subako",
        own_blog(
            "ja",
            "リンゴの木と巣箱",
            site="庭の手帖",
            line="書いた人：森田あおい　2024年3月11日",
        ),
        ("森田あおい",),
    ),
    (
        "th_blog_khian_doi",
        "https://suanchumchon.co.th/2024/03/rang-phueng",
        own_blog(
            "th",
            "รังผึ้งสองรังข้างต้นแอปเปิล",
            site="สวนชุมชน",
            line="เขียนโดย สมศรี ใจงาม · 11 มีนาคม 2567",
        ),
        ("สมศรี ใจงาม",),
    ),
    (
        "tr_blog_yazan_footer_telif",
        "https://bahcedefteri.com.tr/2024/03/iki-kovan",
        own_blog(
            "tr",
            "Elma ağaçlarının yanında iki kovan",
            site="Bahçe Defteri",
            line="11 Mart 2024",
            side='<section class="widget widget_about"><h3>Hakkımda</h3><p><strong>Elif Şahin'
            "</strong></p><p>Bahçıvan ve arıcı.</p></section>",
            foot="© 2024 Elif Şahin",
        ),
        ("Elif Şahin",),
    ),
]

# A second group, written after the first group's fixes (mostly no news), its truth set
# before it ran: the fixes' forms on other layouts and languages, and their edges.
PROBES += [
    (
        "en_sidebar_aboutme_name_div",
        "https://saltandsoil.blog/2024/03/two-hives",
        own_blog(
            "en",
            "Two hives by the apple trees",
            site="Salt and Soil",
            line="March 11, 2024",
            side='<div class="widget aboutme"><h2>About Me</h2><div class="name">Priya Nair'
            "</div><p>Gardener, cook, slow reader.</p></div>",
        ),
        ("Priya Nair",),
    ),
    (
        "it_sidebar_chi_sono",
        "https://lortodigiulia.it/2024/03/due-arnie",
        own_blog(
            "it",
            "Due arnie accanto ai meli",
            site="L'orto di Giulia",
            line="11 marzo 2024",
            side='<section class="widget about-widget"><h3>Chi sono</h3><h4>Giulia Romano</h4>'
            "<p>Orticoltrice a Bergamo.</p></section>",
        ),
        ("Giulia Romano",),
    ),
    (
        "en_sidebar_about_us_studio",
        "https://maplerowstudio.com/journal/two-hives",
        own_blog(
            "en",
            "Two hives by the apple trees",
            site="Maple Row",
            line="March 11, 2024",
            side='<section class="widget about-us"><h3>About us</h3><strong>Maple Row Studio'
            "</strong><p>A garden design studio in Bristol.</p></section>",
        ),
        (),
    ),
    (
        "nl_jsonld_creator_org_byline_person",
        "https://tuinenblad.nl/artikel/twee-bijenkasten",
        story(
            "nl",
            "Twee bijenkasten bij de appelbomen",
            '<span class="byline">Door Joris Bakker</span>',
            site="Tuinenblad",
            head=ld(creator={"@type": "Organization", "name": "Tuinenblad Media"}),
        ),
        ("Joris Bakker",),
    ),
    (
        "en_jsonld_creator_two_people",
        "https://plotandpollen.org/notes/two-hives",
        own_blog(
            "en",
            "Two hives by the apple trees",
            site="Plot and Pollen",
            line="11 March 2024",
            head=ld(
                creator=[
                    {"@type": "Person", "name": "Ruth Adeyemi"},
                    {"@type": "Person", "name": "Colin Marsh"},
                ]
            ),
        ),
        ("Ruth Adeyemi", "Colin Marsh"),
    ),
    (
        "pl_wiki_ostatnio_edytowano_przez",
        "https://wiki.pszczelarze.pl/Ule_przy_jabloniach",
        docs(
            "pl",
            "Ule przy jabłoniach",
            site="Wiki Pszczelarzy",
            bottom='<p class="page-info">Ostatnio edytowano przez <a href="/Użytkownik:Marek">'
            "Marek Zieliński</a> 11.03.2024, 10:04</p>",
        ),
        ("Marek Zieliński",),
    ),
    (
        "de_wiki_zuletzt_geaendert_von",
        "https://wiki.imkerei-nord.de/Bienenstock_am_Apfelbaum",
        docs(
            "de",
            "Bienenstock am Apfelbaum",
            site="Imkerei-Wiki Nord",
            bottom='<p class="page-info">Zuletzt geändert von <a href="/Benutzer:JonasW">Jonas '
            "Weber</a> am 11.03.2024</p>",
        ),
        ("Jonas Weber",),
    ),
    (
        "en_byline_portrait_and_name_text",
        "https://greenstreetjournal.com/2024/03/two-hives",
        story(
            "en",
            "Two hives by the apple trees",
            '<div class="byline"><img src="/sam.jpg" alt="Portrait of Sam Lee"><span>By Sam Lee'
            "</span></div>",
            site="Green Street Journal",
        ),
        ("Sam Lee",),
    ),
    (
        "fr_auteur_avatar_alt_only",
        "https://lesjardinsdumardi.fr/2024/03/deux-ruches",
        story(
            "fr",
            "Deux ruches près des pommiers",
            '<div class="auteur"><img src="/claire.jpg" alt="Claire Dubois"></div>',
            site="Les jardins du mardi",
        ),
        ("Claire Dubois",),
    ),
    (
        "ja_author_portrait_kanji",
        "https://niwa-journal.jp/articles/2024/03/subako",
        story(
            "ja",
            "リンゴの木と巣箱",
            '<div class="author"><img src="/yamada.jpg" alt="山田太郎"></div>',
            site="にわジャーナル",
        ),
        ("山田太郎",),
    ),
    (
        "es_receta_in_author_span",
        "https://recetasdelhuerto.es/recetas/tarta-de-miel",
        recipe(
            "es",
            "Tarta de miel",
            '<p class="meta"><span class="autor">Receta: Pilar Gómez</span></p>',
            site="Recetas del huerto",
        ),
        ("Pilar Gómez",),
    ),
    (
        "en_podcast_hosted_with_guest",
        "https://pollinatorpod.com/episodes/31-orchard-hives",
        episode(
            "en",
            "Episode 31: Orchard hives",
            "Hosted by Ana Ruiz · Guest: Tom Hale",
            site="Pollinator Pod",
        ),
        ("Ana Ruiz",),
    ),
    (
        "en_release_written_by_and_contact_same",
        "https://news.lakeside.edu/2024/03/campus-hives",
        release(
            "en",
            "Campus orchard gets two beehives",
            site="Lakeside College",
            top='<p class="release-byline">Written by Dana Cole, Office of Communications</p>',
            bottom="<p>Media Contact: Dana Cole, 555-0199</p>",
        ),
        ("Dana Cole",),
    ),
]

# Blind (before any fix): newsextract 36 of 68 pages right (author-set F1 0.529),
# trafilatura 7 of 68 (F1 0.123). Fixed since, by method: the owner a person's own site's
# copyright notice names is never the site posing as an author (a company's <meta> author
# gave way to no one); JSON-LD ``creator`` where no ``author`` is given; a byline element
# whose text is empty or a label alone ("Contributors:") names its writers by its portraits'
# alt texts; a page-info line that closes with the date after the editor's name ("Last edited
# by <a>X</a> on Mar 11, 2024", "Zuletzt bearbeitet von X am …"); a blog owner's "about me"
# sidebar widget ("widget_about", "about-me") read as the sidebar's author box; byline labels
# (French "contributeurs", Spanish "presentado por", Japanese "書いた人", Russian "вопрос
# задал", Chinese "提问者", English "tested by"), and in an author's element only Spanish
# "Receta:", Korean "레시피:", German "Moderation:". newsextract 55 of 68 (F1 0.809);
# trafilatura unchanged. The second group, blind after those fixes: newsextract 11 of 13,
# trafilatura 2 of 13; fixed since: a portrait's alt text in a script without spaces
# ("山田太郎", two to six characters) and German "zuletzt geändert" (last changed). In all:
# newsextract 68 of 81 (F1 0.840), trafilatura 9 of 81 (F1 0.136). The evaluation sets: no
# dev page moved.
_OPEN: dict[tuple[str, str], str] = {
    ("en_blog_footer_copyright_other_host", "authors"): "the owner is named in prose ('Hi, "
    "I am Miranda Holt') in a widget of no author's class, and the host does not spell the "
    "notice's name: a footer's notice alone names a company or a designer as often",
    ("en_blog_rel_author_footer", "authors"): "the rel=author link sits in the site's footer, "
    "outside the article, where no byline source looks (a theme credits its maker there)",
    ("cs_blog_footer_autor_webu", "authors"): "'Autorka webu' (the web site's author) in the "
    "footer names the site's maker as often as its writer: no byline there",
    ("en_substack_profile_link", "authors"): "the name is a bare link to a profile on another "
    "host, in a block of no author's class, with no label and no author address",
    ("de_newsletter_ein_newsletter_von", "authors"): "'Ein Newsletter von NAME' above the "
    "headline credits the publication's owner as a kicker line: no byline label opens it",
    ("en_review_reviewed_by", "authors"): "'Reviewed by' is another contributor's credit on "
    "most pages (a health page's reviewer, a fact-checker; the language files' "
    "contributors): on a product review it names the writer, which its words do not tell",
    ("de_test_getestet_von", "authors"): "'Getestet von' is read only in an author's "
    "element (it opens headings too), and the review's meta line has no author class",
    ("sv_recension_av", "authors"): "'Recension av' opens a book review's heading as often "
    "('Recension av romanen …'): no label in free text, and the meta line has no author class",
    ("fi_arvostelu_testasi", "authors"): "Finnish 'testasi' is also 'your test' (testi and "
    "its possessive): no byline label",
    ("ru_qa_vopros_zadal", "authors"): "the asker is a one-word handle in a line of no "
    "author's class: a handle is read only from an author's element or link, not free text",
    ("ja_qa_shitsumonsha", "authors"): "the asker is a one-word handle in a line of no "
    "author's class: a handle is read only from an author's element or link, not free text",
    ("de_podcast_moderation", "authors"): "'Moderation:' is read only in an author's element: "
    "in free text it names an event's panel moderator (a fair's programme page, a dev page), "
    "and the episode's credits line has no author class",
    ("en_signature_image_alt_end", "authors"): "a signature image closing the post, its alt "
    "'Signed, Helen Brooks': an image outside a byline element is no credit read",
}
_CASES = field_cases(PROBES, FIELDS, _OPEN)


@pytest.mark.parametrize(("url", "html", "field", "want"), _CASES)
def test_blind_nonnews_author_probe_70(url: str, html: str, field: str, want: object) -> None:
    got = getattr(newsextract.extract(html, url=url), field)
    assert matches(field, got, want), f"{field}: {got!r}"


if __name__ == "__main__":  # pragma: no cover
    report_authors(PROBES)
