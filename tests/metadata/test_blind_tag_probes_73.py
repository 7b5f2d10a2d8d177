"""A seventh blind probe of tags and categories (issue 12), its truth written before running
anything: 41 pages in 27 languages and 8 scripts, half of them no news (a shop's product
under WooCommerce's localised "product-category" and "product-tag" addresses, recipes with
JSON-LD ``keywords`` or a recipe plugin's keyword line, blog posts with WordPress's "Posted
in … Tagged …" footer beside a sidebar tag cloud, forum threads' tag lists, a wiki's and an
issue tracker's labels). The classes are those of half A's misses (wave 72): a section
linked as the first ``rel=tag`` of a list (a link to the page's own section, an ancestor of
its address), keywords holding the site's name squashed ("harbourherald" for "Harbour
Herald") or cut before its "Online", a content system's prefixed slugs ("cat_ferries",
"k1_ports") in place of topics, stock words of a news site ("ニュース", "noticias"), the
author's name among the tags, a tag cloud outside the article. ``python -m
tests.metadata.test_blind_tag_probes_73`` prints both tools' hits. Every site, name and text
here is invented."""

from __future__ import annotations

from typing import Any

import pytest
from tests.metadata.language_probes.kit import field_cases, matches
from tests.metadata.test_blind_tag_probes_2 import meta
from tests.metadata.test_blind_tag_probes_3 import metas
from tests.metadata.test_blind_tag_probes_68 import report
from tests.metadata.test_blind_tag_source_probes_70 import harbour, line
from tests.metadata.title_pages import ld

import newsextract

FIELDS = ("tags", "categories")


def rel_links(items: tuple[tuple[str, str], ...], rel: str = "tag", sep: str = ", ") -> str:
    """Links (text, href) with ``rel``."""
    return sep.join(f'<a href="{href}" rel="{rel}">{text}</a>' for text, href in items)


def product_meta(cat_label: str, cats: tuple[tuple[str, str], ...], tag_label: str,
                 tags: tuple[tuple[str, str], ...]) -> str:  # fmt: skip
    """WooCommerce's product meta: the categories and the tags, both ``rel=tag`` links."""
    return (
        '<div class="product_meta"><span class="sku_wrapper">SKU: <span class="sku">B-204'
        f'</span></span> <span class="posted_in">{cat_label} {rel_links(cats)}</span> '
        f'<span class="tagged_as">{tag_label} {rel_links(tags)}</span></div>'
    )


def wp_footer(cat_label: str, cats: tuple[tuple[str, str], ...], tag_label: str,
              tags: tuple[tuple[str, str], ...]) -> str:  # fmt: skip
    """A WordPress theme's entry footer: "Posted in <cats> Tagged <tags>"."""
    return (
        f'<footer class="entry-footer"><span class="cat-links">{cat_label} '
        f'{rel_links(cats, "category tag")}</span> <span class="tags-links">{tag_label} '
        f"{rel_links(tags)}</span></footer>"
    )


def tag_cloud(heading: str, *items: str) -> str:
    """WordPress's tag cloud widget in the sidebar: the blog's tags, none of this post's."""
    cloud = " ".join(
        f'<a href="/tag/{t.lower()}/" class="tag-cloud-link" style="font-size:12pt">{t}</a>'
        for t in items
    )
    return (
        f'<section class="widget widget_tag_cloud"><h2>{heading}</h2>'
        f'<div class="tagcloud">{cloud}</div></section>'
    )


def recipe_ld(name: str, **fields: Any) -> str:
    return ld("Recipe", name=name, **fields)


def story_ld(h1: str, **fields: Any) -> str:
    return ld("NewsArticle", headline=h1, **fields)


def byline(name: str) -> str:
    slug = name.lower().replace(" ", "-")
    return f'<p class="byline">By <a rel="author" href="/author/{slug}/">{name}</a></p>'


# A probe: name, url, html, tags, categories (``...`` not judged).
PROBES: list[tuple[Any, ...]] = [
    # Shops: WooCommerce writes the categories as rel=tag links too, under its localised
    # product-category base.
    (
        "en_shop_product_category_rel_tag",
        "https://harbourboots.example.com/product/deck-boot-204/",
        harbour(
            "en",
            "Deck boot 204",
            name="Harbour Boots",
            kind="product",
            tail=product_meta(
                "Category:",
                (("Boots", "/product-category/boots/"),),
                "Tags:",
                (("leather", "/product-tag/leather/"), ("winter", "/product-tag/winter/")),
            ),
        ),
        ("leather", "winter"),
        ("Boots",),
    ),
    (
        "pt_shop_categoria_produto",
        "https://botasdocais.com.br/produto/bota-de-convés-204/",
        harbour(
            "pt",
            "Bota de convés 204",
            name="Botas do Cais",
            kind="product",
            tail=product_meta(
                "Categoria:",
                (("Botas", "/categoria-produto/botas/"),),
                "Etiquetas:",
                (("couro", "/etiqueta-produto/couro/"), ("inverno", "/etiqueta-produto/inverno/")),
            ),
        ),
        ("couro", "inverno"),
        ("Botas",),
    ),
    (
        "de_shop_produkt_kategorie",
        "https://hafenstiefel.de/produkt/deckstiefel-204/",
        harbour(
            "de",
            "Deckstiefel 204",
            name="Hafenstiefel",
            kind="product",
            tail=product_meta(
                "Kategorien:",
                (
                    ("Stiefel", "/produkt-kategorie/stiefel/"),
                    ("Herren", "/produkt-kategorie/herren/"),
                ),
                "Schlagwörter:",
                (
                    ("Leder", "/produkt-schlagwort/leder/"),
                    ("Winter", "/produkt-schlagwort/winter/"),
                ),
            ),
        ),
        ("Leder", "Winter"),
        ("Stiefel", "Herren"),
    ),
    (
        "fr_shop_categorie_produit",
        "https://bottesduport.fr/produit/botte-de-pont-204/",
        harbour(
            "fr",
            "Botte de pont 204",
            name="Bottes du Port",
            kind="product",
            tail=product_meta(
                "Catégorie :",
                (("Bottes", "/categorie-produit/bottes/"),),
                "Étiquettes :",
                (("cuir", "/etiquette-produit/cuir/"), ("hiver", "/etiquette-produit/hiver/")),
            ),
        ),
        ("cuir", "hiver"),
        ("Bottes",),
    ),
    (
        "es_shop_categoria_producto",
        "https://botasdelpuerto.es/producto/bota-de-cubierta-204/",
        harbour(
            "es",
            "Bota de cubierta 204",
            name="Botas del Puerto",
            kind="product",
            tail=product_meta(
                "Categoría:",
                (("Botas", "/categoria-producto/botas/"),),
                "Etiquetas:",
                (
                    ("cuero", "/etiqueta-producto/cuero/"),
                    ("invierno", "/etiqueta-producto/invierno/"),
                ),
            ),
        ),
        ("cuero", "invierno"),
        ("Botas",),
    ),
    (
        "it_shop_categoria_prodotto",
        "https://stivalidelporto.it/prodotto/stivale-da-ponte-204/",
        harbour(
            "it",
            "Stivale da ponte 204",
            name="Stivali del Porto",
            kind="product",
            tail=product_meta(
                "Categoria:",
                (("Stivali", "/categoria-prodotto/stivali/"),),
                "Tag:",
                (("pelle", "/tag-prodotto/pelle/"), ("inverno", "/tag-prodotto/inverno/")),
            ),
        ),
        ("pelle", "inverno"),
        ("Stivali",),
    ),
    # Recipes: the JSON-LD keywords, or a recipe plugin's keyword line.
    (
        "en_recipe_jsonld_keywords",
        "https://galleykitchen.example.com/recipes/harbour-fish-curry/",
        harbour(
            "en",
            "Harbour fish curry",
            name="Galley Kitchen",
            kind="recipe",
            head=recipe_ld(
                "Harbour fish curry",
                keywords="weeknight, fish, curry",
                recipeCuisine="Thai",
                recipeCategory="Main course",
            ),
        ),
        ("weeknight", "fish", "curry"),
        ...,
    ),
    (
        "th_recipe_jsonld_keywords",
        "https://krua-thalay.example.com/recipe/tom-yum-pla/",
        harbour(
            "th",
            "ต้มยำปลาทะเล",
            name="ครัวทะเล",
            kind="recipe",
            head=recipe_ld("ต้มยำปลาทะเล", keywords="ต้มยำ, อาหารทะเล, ซุป", recipeCuisine="ไทย"),
        ),
        ("ต้มยำ", "อาหารทะเล", "ซุป"),
        ...,
    ),
    (
        "it_recipe_plugin_keyword_line",
        "https://cucinadelmolo.it/ricetta/zuppa-di-pesce/",
        harbour(
            "it",
            "Zuppa di pesce del molo",
            name="Cucina del Molo",
            kind="recipe",
            tail='<div class="wprm-recipe-meta-container wprm-recipe-keyword-container">'
            '<span class="wprm-recipe-details-label wprm-recipe-keyword-label">Parole chiave'
            '</span> <span class="wprm-recipe-keyword">pesce, zuppa, autunno</span></div>',
        ),
        ("pesce", "zuppa", "autunno"),
        ...,
    ),
    (
        "pl_recipe_tagi_and_cuisine",
        "https://kuchniaportowa.pl/przepis/zupa-rybna/",
        harbour(
            "pl",
            "Zupa rybna z portu",
            name="Kuchnia Portowa",
            kind="recipe",
            tail='<p class="recipe-cuisine">Kuchnia: <a href="/kuchnia/polska/">polska</a></p>'
            + line("Tagi:", "ryby", "zupy", "obiad", path="tag"),
        ),
        ("ryby", "zupy", "obiad"),  # the cuisine line is no tag list
        ...,
    ),
    # Blogs: WordPress's entry footer, a sidebar tag cloud.
    (
        "en_blog_posted_in_tagged",
        "https://islandhops.example.com/2025/05/sunday-ferry-to-the-islands/",
        harbour(
            "en",
            "Sunday ferry to the islands",
            name="Island Hops",
            kind="post",
            tail=wp_footer(
                "Posted in",
                (("Travel", "/category/travel/"),),
                "Tagged",
                (("ferries", "/tag/ferries/"), ("islands", "/tag/islands/")),
            ),
            side=tag_cloud("Tags", "beaches", "camping", "ferries", "hiking", "islands", "trains"),
        ),
        ("ferries", "islands"),
        ("Travel",),
    ),
    (
        "fi_blog_avainsanat_kategoria",
        "https://saaristoblogi.fi/2025/05/lautta-sunnuntaina/",
        harbour(
            "fi",
            "Lautalla sunnuntaina",
            name="Saaristoblogi",
            kind="post",
            tail=wp_footer(
                "Kategoria:",
                (("Matkat", "/kategoria/matkat/"),),
                "Avainsanat:",
                (("lautat", "/avainsana/lautat/"), ("Turku", "/avainsana/turku/")),
            ),
        ),
        ("lautat", "Turku"),
        ("Matkat",),
    ),
    (
        "cs_blog_stitky_line_and_cloud",
        "https://pristavniblog.cz/2025/05/trajektem-v-nedeli/",
        harbour(
            "cs",
            "Trajektem v neděli",
            name="Přístavní blog",
            kind="post",
            tail=line("Štítky:", "trajekty", "výlety", path="stitek", rel="tag"),
            side=tag_cloud("Štítky", "hory", "kola", "trajekty", "vlaky", "výlety", "zima"),
        ),
        ("trajekty", "výlety"),
        ...,
    ),
    (
        "hu_blog_cloud_only",
        "https://kikotoblog.hu/2025/05/komppal-vasarnap/",
        harbour(
            "hu",
            "Komppal vasárnap",
            name="Kikötő blog",
            kind="post",
            side=tag_cloud("Címkefelhő", "Balaton", "bicikli", "komp", "strand", "vonat"),
        ),
        (),  # the blog's cloud names the blog's tags, not this post's
        ...,
    ),
    (
        "ro_blog_etichete_rel_tag",
        "https://blogdinport.ro/2025/05/bacul-duminica/",
        harbour(
            "ro",
            "Cu bacul, duminică",
            name="Blog din port",
            kind="post",
            tail=wp_footer(
                "Categorii:",
                (("Călătorii", "/categorie/calatorii/"),),
                "Etichete:",
                (("bac", "/eticheta/bac/"), ("Dunăre", "/eticheta/dunare/")),
            ),
            side=tag_cloud("Etichete populare", "bac", "Delta", "Dunăre", "munte", "mare"),
        ),
        ("bac", "Dunăre"),
        ("Călătorii",),
    ),
    (
        "el_blog_etiketes_rel_tag",
        "https://limaniblog.gr/2025/05/me-to-ferry-tin-kyriaki/",
        harbour(
            "el",
            "Με το φέρι την Κυριακή",
            name="Λιμάνι Blog",
            kind="post",
            tail=wp_footer(
                "Κατηγορία:",
                (("Ταξίδια", "/category/taxidia/"),),
                "Ετικέτες:",
                (("φέρι", "/tag/feri/"), ("Αίγινα", "/tag/aigina/")),
            ),
        ),
        ("φέρι", "Αίγινα"),
        ("Ταξίδια",),
    ),
    # Forums: a thread's tag list.
    (
        "en_forum_discourse_tags",
        "https://forum.ferryfans.example.com/t/sunday-timetable-is-back/4412",
        harbour(
            "en",
            "Sunday timetable is back",
            name="Ferry Fans Forum",
            kind="topic",
            under='<div class="topic-category"><a class="badge-category" href="/c/timetables/5">'
            'Timetables</a><div class="list-tags"><a class="discourse-tag simple" '
            'href="/tag/sunday">sunday</a> <a class="discourse-tag simple" '
            'href="/tag/dover">dover</a></div></div>',
        ),
        ("sunday", "dover"),
        ...,
    ),
    (
        "el_forum_xenforo_taglist",
        "https://forum.porthmeia.gr/threads/kyriakatiko-dromologio.5521/",
        harbour(
            "el",
            "Κυριακάτικο δρομολόγιο",
            name="Porthmeia Forum",
            kind="message",
            tail='<div class="tagList"><dl class="tagList"><dt>Ετικέτες</dt><dd><span '
            'class="js-tagList"><a href="/tags/porthmeia/" class="tagItem" dir="auto">πορθμεία'
            '</a> <a href="/tags/peiraias/" class="tagItem" dir="auto">Πειραιάς</a></span>'
            "</dd></dl></div>",
        ),
        ("πορθμεία", "Πειραιάς"),
        ...,
    ),
    (
        "ru_forum_metki",
        "https://forum.baltparom.ru/topic/5521-parom-po-voskresenyam/",
        harbour(
            "ru",
            "Паром по воскресеньям",
            name="Форум БалтПаром",
            kind="topic",
            under='<div class="ipsTags"><span>Метки:</span> <a class="ipsTag" '
            'href="/tags/паромы/">паромы</a> <a class="ipsTag" href="/tags/калининград/">'
            "Калининград</a></div>",
        ),
        ("паромы", "Калининград"),
        ...,
    ),
    (
        "id_forum_tag_box",
        "https://forumpelabuhan.co.id/thread/feri-hari-minggu.5521/",
        harbour(
            "id",
            "Feri hari Minggu kembali",
            name="Forum Pelabuhan",
            kind="thread",
            tail='<div class="thread-tags"><span class="label">Tag:</span> <a href="/tag/feri">'
            'feri</a> <a href="/tag/merak">Merak</a> <a href="/tag/bakauheni">Bakauheni</a></div>',
        ),
        ("feri", "Merak", "Bakauheni"),
        ...,
    ),
    # Docs: a wiki's labels, an issue's labels.
    (
        "de_wiki_stichwoerter_labels",
        "https://wiki.hafenamt.example.de/display/DOC/Fahrplan+Sonntag",
        harbour(
            "de",
            "Fahrplan Sonntag",
            name="Hafenamt Wiki",
            kind="wiki-content",
            tail='<div class="labels-section"><div class="labels-section-content"><h4>Stichwörter'
            '</h4><ul class="label-list"><li class="aui-label"><a class="aui-label-split-main" '
            'href="/label/DOC/faehre" rel="nofollow">faehre</a></li><li class="aui-label"><a '
            'class="aui-label-split-main" href="/label/DOC/fahrplan" rel="nofollow">fahrplan</a>'
            "</li></ul></div></div>",
        ),
        ("faehre", "fahrplan"),
        ...,
    ),
    (
        "en_issue_labels_sidebar",
        "https://code.ferrytools.example.com/ferrytools/timetable/issues/412",
        harbour(
            "en",
            "Sunday sailings missing from the export",
            name="Ferry Tools",
            kind="issue",
            side='<div class="discussion-sidebar-item"><div class="discussion-sidebar-heading">'
            'Labels</div><div class="labels"><a class="IssueLabel" href="/ferrytools/timetable/'
            'labels/bug">bug</a> <a class="IssueLabel" href="/ferrytools/timetable/labels/'
            'export">export</a></div></div>',
        ),
        ("bug", "export"),  # an issue's labels are its tags
        ...,
    ),
    # News: the site's name in the keywords, squashed or cut before "Online"/"デジタル".
    (
        "en_keywords_site_name_squashed",
        "https://www.harbourherald.co.uk/news/sunday-ferry-returns-to-dover",
        harbour(
            "en",
            "Sunday ferry returns to Dover",
            name="Harbour Herald",
            head=meta("keywords", "harbourherald, ferries, Dover, Port of Dover"),
        ),
        ("ferries", "Dover", "Port of Dover"),
        ...,
    ),
    (
        "ja_keywords_site_name_before_digital",
        "https://www.minato-shinpo.jp/articles/ferry-nichiyou",
        harbour(
            "ja",
            "港のフェリー、日曜運航を再開",
            name="港町新報デジタル",
            head=story_ld(
                "港のフェリー、日曜運航を再開", keywords=["港町新報", "フェリー", "日曜運航"]
            ),
        ),
        ("フェリー", "日曜運航"),
        ...,
    ),
    (
        "en_keywords_site_name_before_online",
        "https://www.coastmail.example.com/news/article-5521/ferry-sunday.html",
        harbour(
            "en",
            "Sunday sailings back on the harbour ferry",
            name="Coast Mail Online",
            head=meta("keywords", "Coast Mail, ferries, Dover"),
        ),
        ("ferries", "Dover"),
        ...,
    ),
    (
        "ja_keywords_stock_words",
        "https://www.minatomachi-times.jp/news/ferry-sunday",
        harbour(
            "ja",
            "フェリーが日曜に運航再開",
            name="みなと町タイムズ",
            head=meta("keywords", "ニュース, 新聞, フェリー, 日曜運航"),
        ),
        ("フェリー", "日曜運航"),  # "news", "newspaper": the site's stock words
        ...,
    ),
    (
        "es_news_keywords_stock_words",
        "https://diariodelmuelle.es/galicia/el-transbordador-vuelve-los-domingos",
        harbour(
            "es",
            "El transbordador vuelve los domingos",
            name="Diario del Muelle",
            head=meta("news_keywords", "noticias, última hora, transbordador, Vigo"),
        ),
        ("transbordador", "Vigo"),
        ...,
    ),
    # A content system's prefixed slugs in place of topics.
    (
        "en_jsonld_prefixed_slugs_and_visible_topics",
        "https://harbourhealth.example.com/articles/318822",
        harbour(
            "en",
            "Sea air and sleep: what a new study found",
            name="Harbour Health",
            head=story_ld(
                "Sea air and sleep: what a new study found",
                keywords=["cat_sleep", "cat_public-health", "k1_coastal"],
            ),
            tail=line("Related topics:", "Sleep", "Public health", path="topics"),
        ),
        ("Sleep", "Public health"),
        ...,
    ),
    (
        "nl_meta_prefixed_slugs_and_onderwerpen",
        "https://havengezondheid.nl/artikel/52211",
        harbour(
            "nl",
            "Zeelucht en slaap",
            name="Havengezondheid",
            head=meta("keywords", "cat_slaap, cat_gezondheid, k2_kust"),
            tail=line("Onderwerpen:", "slaap", "gezondheid", path="onderwerp"),
        ),
        ("slaap", "gezondheid"),
        ...,
    ),
    # A section linked as a tag: the page's own section, an ancestor of its address.
    (
        "fr_section_as_first_rel_tag",
        "https://lechoduport.fr/societe/transports/le-bac-reprend-le-dimanche",
        harbour(
            "fr",
            "Le bac reprend le dimanche",
            name="L'Écho du Port",
            tail='<div class="post-tags">Mots-clés : '
            + rel_links(
                (
                    ("Société", "/societe/"),
                    ("Transports", "/societe/transports/"),
                    ("bac", "/tag/bac/"),
                    ("Brest", "/tag/brest/"),
                )
            )
            + "</div>",
        ),
        ("bac", "Brest"),
        ...,
    ),
    (
        "de_sections_before_rel_tags",
        "https://hafenkurier.de/politik/inland/die-faehre-faehrt-wieder-sonntags",
        harbour(
            "de",
            "Die Fähre fährt wieder sonntags",
            name="Hafenkurier",
            over='<div class="tags">'
            + rel_links(
                (
                    ("Politik", "/politik/"),
                    ("Inland", "/politik/inland/"),
                    ("Fähren", "/thema/faehren/"),
                    ("Verkehrsminister", "/thema/verkehrsminister/"),
                ),
                sep=" ",
            )
            + "</div>",
        ),
        ("Fähren", "Verkehrsminister"),
        ...,
    ),
    # The author's name among the tags.
    (
        "sv_author_among_article_tags",
        "https://hamnposten.se/nyheter/farjan-gar-pa-sondagar-igen",
        harbour(
            "sv",
            "Färjan går på söndagar igen",
            name="Hamnposten",
            under=byline("Karin Holm"),
            head=metas("article:tag", "färjor", "Göteborg", "Karin Holm"),
        ),
        ("färjor", "Göteborg"),  # the writer's name, a link to her page, is no topic
        ...,
    ),
    # Labelled lines and boxes in languages and scripts the dev sets lack.
    (
        "ar_tags_line_keywords_with_site_name",
        "https://akhbar-almina.example.com/news/ferry-sunday",
        harbour(
            "ar",
            "العبارة تعود للعمل أيام الأحد",
            name="أخبار الميناء",
            head=meta("keywords", "أخبار الميناء, العبارات, الإسكندرية"),
            tail=line("الوسوم:", "العبارات", "الإسكندرية", path="tag", rel="tag"),
        ),
        ("العبارات", "الإسكندرية"),
        ...,
    ),
    (
        "fa_tags_line_zwnj_label",
        "https://bandar-news.example.ir/news/ferry-friday",
        harbour(
            "fa",
            "کشتی مسافربری دوباره جمعه‌ها حرکت می‌کند",
            name="خبر بندر",
            tail=line("برچسب‌ها:", "کشتی", "بوشهر", path="tag", sep=" - "),
        ),
        ("کشتی", "بوشهر"),
        ...,
    ),
    (
        "he_nosim_box_and_section",
        "https://hanamal.example.co.il/news/ferry-sunday",
        harbour(
            "he",
            "המעבורת חוזרת בימי ראשון",
            name="הנמל",
            head=metas("article:section", "חדשות"),
            tail='<div class="article-topics"><h3>נושאים</h3><ul><li><a href="/topic/ferries">'
            'מעבורות</a></li><li><a href="/topic/haifa">חיפה</a></li></ul></div>',
        ),
        ("מעבורות", "חיפה"),
        ("חדשות",),
    ),
    (
        "zh_unlinked_keyword_line_fullwidth",
        "https://gangkou-news.example.cn/2025/05/ferry-sunday.html",
        harbour(
            "zh",
            "港口渡轮周日恢复运营",
            name="港口新闻",
            tail='<p class="keywords">关键词：渡轮，周日，港口</p>',
        ),
        ("渡轮", "周日", "港口"),
        ...,
    ),
    (
        "uk_temy_line_and_keywords",
        "https://portovi-novyny.com.ua/news/porom-nedilya",
        harbour(
            "uk",
            "Пором знову курсує по неділях",
            name="Портові новини",
            head=meta("keywords", "новини, Одеса, пороми, Україна, сьогодні"),
            tail=line("Теми:", "пороми", "Одеса", path="tema"),
        ),
        ("пороми", "Одеса"),
        ...,
    ),
    (
        "bg_etiketi_and_jsonld_site_name",
        "https://pristanishte-novini.bg/news/feribot-nedelya",
        harbour(
            "bg",
            "Фериботът отново тръгва в неделя",
            name="Пристанище Новини",
            head=story_ld(
                "Фериботът отново тръгва в неделя",
                keywords="Пристанище Новини, ферибот, Варна",
            ),
            tail=line("Етикети:", "ферибот", "Варна", path="etiket"),
        ),
        ("ферибот", "Варна"),
        ...,
    ),
    (
        "tr_etiketler_and_section",
        "https://limanhaber.com.tr/gundem/feribot-pazar-seferleri",
        harbour(
            "tr",
            "Feribot pazar seferleri yeniden başlıyor",
            name="Liman Haber",
            head=metas("article:section", "Gündem"),
            tail=line("Etiketler:", "feribot", "İzmir", path="etiket"),
        ),
        ("feribot", "İzmir"),
        ("Gündem",),
    ),
    (
        "vi_tu_khoa_and_sidebar_tags",
        "https://tinbencang.vn/thoi-su/pha-chay-lai-chu-nhat",
        harbour(
            "vi",
            "Phà chạy lại vào Chủ nhật",
            name="Tin Bến Cảng",
            tail=line("Từ khóa:", "phà", "Cần Thơ", path="tag"),
            side=tag_cloud("Tags nổi bật", "bão", "giá xăng", "phà", "tuyển sinh"),
        ),
        ("phà", "Cần Thơ"),
        ...,
    ),
    (
        "hi_tag_line_and_stuffed_keywords",
        "https://bandargah-samachar.example.in/news/ferry-ravivar",
        harbour(
            "hi",
            "बंदरगाह फेरी रविवार को फिर चलेगी",
            name="बंदरगाह समाचार",
            head=meta("keywords", "समाचार, ताज़ा खबर, फेरी, मुंबई, हिंदी न्यूज़"),
            tail=line("टैग:", "फेरी", "मुंबई", path="tag"),
        ),
        ("फेरी", "मुंबई"),
        ...,
    ),
    (
        "ko_tistory_tag_label_links",
        "https://hangu-diary.example.kr/entry/ferry-sunday",
        harbour(
            "ko",
            "일요일 여객선 운항 재개",
            name="항구 일기",
            kind="post",
            tail='<div class="tags"><span class="tag-label">태그</span><a href="/tag/여객선" '
            'rel="tag">여객선</a><a href="/tag/부산" rel="tag">부산</a></div>',
        ),
        ("여객선", "부산"),
        ...,
    ),
    (
        "da_jsonld_list_item_with_comma",
        "https://havnebladet.dk/nyheder/faergen-sejler-igen-om-soendagen",
        harbour(
            "da",
            "Færgen sejler igen om søndagen",
            name="Havnebladet",
            head=story_ld(
                "Færgen sejler igen om søndagen",
                keywords=["Færger", "Odense, Fyn"],
                articleSection="Indland",
            ),
        ),
        ("Færger", "Odense, Fyn"),  # one item of a list: a place written with its region
        ("Indland",),
    ),
]

# The blind run (43 pages, 56 fields): newsextract 45/56 (tags 32/43, tag-set F1 0.882;
# categories 13/13), trafilatura 8/56 (tags 3/43, F1 0.232; categories 5/13). Fixed since: a
# rel=tag link to a section above the page's own address is no tag; the site's name in the
# keywords squashed or without the edition word a Japanese name adds after a script change;
# a list of a content system's keyed slugs only ("cat_sleep") is skipped; a box of spans whose
# first is a tag label reads the rest at their commas. After: 51/56 (tags 38/43, F1 0.952;
# trafilatura unchanged).
_OPEN: dict[tuple[str, str], str] = {
    ("en_issue_labels_sidebar", "tags"): "an issue tracker's labels stand in a sidebar "
    "outside the article, where a site's own topic lists stand too: no tag source reads there",
    ("en_keywords_site_name_before_online", "tags"): "dropping a site name's leading words "
    '("Coast Mail" of "Coast Mail Online") also dropped "Piratenpartei" of "Piratenpartei '
    'Österreichs", a topic the truth keeps (trafilatura half A): cut only at a change of script',
    ("ja_keywords_stock_words", "tags"): 'a news site\'s stock words ("ニュース", "News") are '
    'kept: fundus truth keeps "News" among Die Zeit\'s tags, so no word list drops them',
    ("es_news_keywords_stock_words", "tags"): "stock words kept, as ja_keywords_stock_words",
    ("sv_author_among_article_tags", "tags"): "dropping the author's name from the tags gained "
    "one fundus page of half A and cost one of A and one of B whose truth keeps the writer "
    "among the tags: left out",
}
_CASES = field_cases(PROBES, FIELDS, _OPEN)


@pytest.mark.parametrize(("url", "html", "field", "want"), _CASES)
def test_blind_tag_probe_73(url: str, html: str, field: str, want: object) -> None:
    got = getattr(newsextract.extract(html, url=url), field)
    assert matches(field, got, want), f"{field}: {got!r}"


if __name__ == "__main__":  # pragma: no cover
    report(PROBES, FIELDS)
