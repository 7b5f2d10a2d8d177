"""An eighth blind probe of tags and categories (issue 12, wave 74), its truth written before
running anything: 45 pages in 21 languages (Swahili, Georgian, Armenian, Icelandic, Malay and
Nepali among them, which the dev sets lack) and 10 scripts. The leads the last wave left: a
``news_keywords`` list of several terms beside one taxonomy ``article:tag``, a site's own
keyword ``<meta>`` under a name only it uses ("tags", "article-tags", "cXenseParse:keywords"),
a keyword that is the address's own section label ("yourmoney"); then the page's other tag
places: a tag cloud in the sidebar (the site's, never the story's), a "Related topics" list
closing the article, breadcrumbs (categories, never tags), JSON-LD ``keywords`` as a string, a
list or a comma list with stray spaces, JSON-LD ``about`` and ``mentions`` entities, Parse.ly's
and Sailthru's metas, ``article:section`` beside the tags, hashtags in a sentence (mentions)
and closing the text (tags), tags of right-to-left pages and CJK lists joined by "、" or "，".
``python -m tests.metadata.test_blind_tag_probes_74`` prints both tools' hits. Every site, name
and text here is invented."""

from __future__ import annotations

import json
from html import escape
from typing import Any

import pytest
from tests.metadata.language_probes.kit import field_cases, matches
from tests.metadata.test_blind_tag_probes_2 import links, meta
from tests.metadata.test_blind_tag_probes_3 import metas
from tests.metadata.test_blind_tag_probes_68 import report
from tests.metadata.test_blind_tag_probes_73 import story_ld, tag_cloud
from tests.metadata.test_blind_tag_source_probes_70 import boxed, harbour, line, trail
from tests.metadata.title_pages import ld

import newsextract

FIELDS = ("tags", "categories")


def topics_box(css: str, heading: str, *items: str, path: str = "topics") -> str:
    """A "Related topics" box closing the article: a heading, then a list of topic links."""
    lis = "".join(f"<li>{link}</li>" for link in links(items, path, "\n").split("\n"))
    return f'<section class="{css}"><h2>{heading}</h2><ul>{lis}</ul></section>'


def parsely_page(**fields: Any) -> str:
    """Parse.ly's one JSON ``<meta name="parsely-page">``."""
    return f'<meta name="parsely-page" content="{escape(json.dumps(fields, ensure_ascii=False))}">'


def things(*names: str, kind: str = "Thing") -> list[dict[str, str]]:
    return [{"@type": kind, "name": name} for name in names]


def crumbs_ld(*items: tuple[str, str]) -> str:
    """A JSON-LD BreadcrumbList: Home, then the items (name, address)."""
    elements = [{"@type": "ListItem", "position": 1, "name": "Home", "item": "/"}]
    elements += [
        {"@type": "ListItem", "position": n, "name": name, "item": href}
        for n, (name, href) in enumerate(items, start=2)
    ]
    return ld("BreadcrumbList", itemListElement=elements)


# A probe: name, url, html, tags, categories (``...`` not judged).
PROBES: list[tuple[Any, ...]] = [
    # The leads: which list is the tag list, keyword metas of a site's own name.
    (
        "en_news_keywords_beside_one_taxonomy_tag",
        "https://solentpost.example.co.uk/news/ferry-sunday-return",
        harbour(
            "en",
            "Harbour ferry to run on Sundays again",
            name="Solent Post",
            head=meta("news_keywords", "ferries, Portsmouth, Isle of Wight, timetables")
            + metas("article:tag", "Transport"),
        ),
        # one article:tag naming the desk's taxonomy term; the story's keywords are the four
        ("ferries", "Portsmouth", "Isle of Wight", "timetables"),
        ...,
    ),
    (
        "de_news_keywords_holding_the_one_tag",
        "https://kieler-hafenblatt.example.de/kiel/faehre-sonntag",
        harbour(
            "de",
            "Hafenfähre fährt wieder sonntags",
            name="Kieler Hafenblatt",
            head=meta("news_keywords", "Fähre, Kiel, Fahrplan, Hafenbehörde")
            + metas("article:tag", "Fähre"),
        ),
        ("Fähre", "Kiel", "Fahrplan", "Hafenbehörde"),
        ...,
    ),
    (
        "fr_meta_named_tags",
        "https://brest-quais.example.fr/actualite/le-bac-reprend-le-dimanche",
        harbour(
            "fr",
            "Le bac reprend le dimanche",
            name="Brest Quais",
            head=meta("tags", "bac, Brest, transports"),
        ),
        ("bac", "Brest", "transports"),  # a content system's own name for its keywords meta
        ...,
    ),
    (
        "it_meta_article_tags_semicolons",
        "https://golfonotizie.example.it/cronaca/traghetto-domenica",
        harbour(
            "it",
            "Il traghetto torna la domenica",
            name="Golfo Notizie",
            head=meta("article-tags", "traghetto; Napoli; orari estivi"),
        ),
        ("traghetto", "Napoli", "orari estivi"),
        ...,
    ),
    (
        "pl_meta_cxense_keywords",
        "https://portowy-glos.example.pl/wiadomosci/prom-w-niedziele",
        harbour(
            "pl",
            "Prom znów kursuje w niedziele",
            name="Portowy Głos",
            head=meta("cXenseParse:keywords", "prom, Gdańsk, rozkład jazdy"),
        ),
        ("prom", "Gdańsk", "rozkład jazdy"),
        ...,
    ),
    (
        "es_meta_tagline_is_no_tag",
        "https://muelle-diario.example.es/noticias/el-transbordador-vuelve",
        harbour(
            "es",
            "El transbordador vuelve los domingos",
            name="Muelle Diario",
            head=meta("tagline", "Noticias del puerto desde 1921"),
        ),
        (),  # the site's motto, no keyword of the story
        ...,
    ),
    (
        "en_keywords_holding_the_address_section",
        "https://coastmail.example.co.uk/yourmoney/article-20931/ferry-fares-pensioners.html",
        harbour(
            "en",
            "Ferry fares cut for pensioners",
            name="Coast Mail",
            head=meta("keywords", "yourmoney, pensions, ferry fares, State Pension"),
        ),
        # "yourmoney" is the section's address label squashed, the site's, no topic
        ("pensions", "ferry fares", "State Pension"),
        ...,
    ),
    # Tag clouds in the sidebar are the site's, never the story's.
    (
        "en_article_tags_beside_sidebar_cloud",
        "https://solentpost.example.co.uk/news/ferry-landing-repairs",
        harbour(
            "en",
            "Landing stage repairs run late",
            name="Solent Post",
            tail=line("Tags:", "ferries", "Solent", path="tag", rel="tag"),
            side=tag_cloud("Popular tags", "council", "ferries", "schools", "weather"),
        ),
        ("ferries", "Solent"),
        ...,
    ),
    (
        "de_sidebar_cloud_only",
        "https://kieler-hafenblatt.example.de/kiel/anleger-repariert",
        harbour(
            "de",
            "Anleger endlich repariert",
            name="Kieler Hafenblatt",
            side=tag_cloud("Schlagwortwolke", "Kiel", "Fähre", "Rathaus", "Wetter"),
        ),
        (),
        ...,
    ),
    (
        "es_sidebar_cloud_rel_tag_only",
        "https://muelle-diario.example.es/noticias/obras-del-embarcadero",
        harbour(
            "es",
            "Las obras del embarcadero se alargan",
            name="Muelle Diario",
            side='<section class="widget"><h2>Etiquetas</h2><div class="tagcloud">'
            + links(("Vigo", "puerto", "obras", "tiempo"), "etiqueta", " ", rel="tag")
            + "</div></section>",
        ),
        (),  # a theme's cloud written with rel=tag, in the sidebar: the blog's, not the post's
        ...,
    ),
    (
        "sw_sidebar_cloud_only",
        "https://habari-bandari.example.co.ke/habari/feri-jumapili",
        harbour(
            "sw",
            "Feri kurejea safari za Jumapili",
            name="Habari Bandari",
            side=tag_cloud("Mada maarufu", "Mombasa", "feri", "siasa", "michezo"),
        ),
        (),
        ...,
    ),
    (
        "ru_tags_line_beside_popular_tags",
        "https://portovy-vestnik.example.ru/news/parom-voskresenye",
        harbour(
            "ru",
            "Паром снова ходит по воскресеньям",
            name="Портовый вестник",
            tail=line("Теги:", "паром", "Калининград", path="tags"),
            side=tag_cloud("Популярные теги", "погода", "паром", "выборы", "спорт"),
        ),
        ("паром", "Калининград"),
        ...,
    ),
    (
        "tr_article_tags_beside_sidebar_cloud",
        "https://liman-haber.example.com.tr/gundem/feribot-pazar",
        harbour(
            "tr",
            "Feribot pazar günleri yeniden sefer yapacak",
            name="Liman Haber",
            head=metas("article:tag", "feribot", "İzmir"),
            side=tag_cloud("Popüler Etiketler", "ekonomi", "İzmir", "spor", "hava durumu"),
        ),
        ("feribot", "İzmir"),
        ...,
    ),
    # "Related topics" lists at the article's end: the story's topics.
    (
        "en_related_topics_box",
        "https://solentpost.example.co.uk/news/ferry-timetable-change",
        harbour(
            "en",
            "Ferry timetable changes from Monday",
            name="Solent Post",
            tail=topics_box("related-topics", "Related Topics", "Ferries", "Isle of Wight"),
        ),
        ("Ferries", "Isle of Wight"),
        ...,
    ),
    (
        "de_themen_box",
        "https://kieler-hafenblatt.example.de/kiel/neuer-fahrplan",
        harbour(
            "de",
            "Neuer Fahrplan für die Hafenfähre",
            name="Kieler Hafenblatt",
            tail=topics_box("article-topics", "Themen", "Fähre", "Kiel", path="thema"),
        ),
        ("Fähre", "Kiel"),
        ...,
    ),
    (
        "fr_sujets_associes_after_article",
        "https://brest-quais.example.fr/actualite/nouveaux-horaires-du-bac",
        harbour(
            "fr",
            "Nouveaux horaires pour le bac",
            name="Brest Quais",
            side=topics_box("related-topics", "Sujets associés", "bac", "Brest", path="sujet"),
        ),
        # the article's topics written just after it, in the column beside the text
        ("bac", "Brest"),
        ...,
    ),
    (
        "pt_temas_relacionados_box",
        "https://cais-noticias.example.com.br/cidades/balsa-domingo",
        harbour(
            "pt",
            "Balsa volta a operar aos domingos",
            name="Cais Notícias",
            tail=topics_box("temas", "Temas relacionados", "balsa", "Niterói", path="tema"),
        ),
        ("balsa", "Niterói"),
        ...,
    ),
    (
        "ka_tags_box",
        "https://navsadguri.example.ge/news/borani-kvira",
        harbour(
            "ka",
            "ბორანი კვირაობით ისევ იმოძრავებს",
            name="ნავსადგური",
            tail=boxed("თეგები", "ბორანი", "ბათუმი", path="tag"),
        ),
        ("ბორანი", "ბათუმი"),
        ...,
    ),
    # Breadcrumbs are sections: categories, never tags.
    (
        "it_visible_breadcrumb_only",
        "https://golfonotizie.example.it/cronaca/napoli/traghetto-orari",
        harbour(
            "it",
            "Traghetto, cambiano gli orari",
            name="Golfo Notizie",
            crumbs=trail(
                ("Cronaca", "/cronaca/"),
                ("Napoli", "/cronaca/napoli/"),
                ("Traghetto, cambiano gli orari", "/cronaca/napoli/traghetto-orari"),
            ),
        ),
        (),
        ("Cronaca", "Napoli"),
    ),
    (
        "nl_jsonld_breadcrumb_and_keywords",
        "https://havenkrant.example.nl/binnenland/veerpont-zondag",
        harbour(
            "nl",
            "Veerpont vaart weer op zondag",
            name="Havenkrant",
            head=crumbs_ld(
                ("Binnenland", "/binnenland/"),
                ("Veerpont vaart weer op zondag", "/binnenland/veerpont-zondag"),
            )
            + story_ld("Veerpont vaart weer op zondag", keywords="veerpont, Rotterdam"),
        ),
        ("veerpont", "Rotterdam"),
        ("Binnenland",),
    ),
    # JSON-LD keywords written every way.
    (
        "en_jsonld_keywords_comma_list_stray_spaces",
        "https://solentpost.example.co.uk/news/ferry-fares-frozen",
        harbour(
            "en",
            "Ferry fares frozen for a year",
            name="Solent Post",
            head=story_ld("Ferry fares frozen for a year", keywords=" ferries ,Solent ,  fares "),
        ),
        ("ferries", "Solent", "fares"),
        ...,
    ),
    (
        "pl_jsonld_keywords_list",
        "https://portowy-glos.example.pl/wiadomosci/nowy-prom",
        harbour(
            "pl",
            "Nowy prom na linii do Helu",
            name="Portowy Głos",
            head=story_ld("Nowy prom na linii do Helu", keywords=["prom", "Hel", "Gdynia"]),
        ),
        ("prom", "Hel", "Gdynia"),
        ...,
    ),
    (
        "tr_jsonld_keywords_semicolons",
        "https://liman-haber.example.com.tr/gundem/yeni-iskele",
        harbour(
            "tr",
            "Yeni iskele hizmete girdi",
            name="Liman Haber",
            head=story_ld("Yeni iskele hizmete girdi", keywords="feribot; İzmir; ulaşım"),
        ),
        ("feribot", "İzmir", "ulaşım"),
        ...,
    ),
    (
        "ms_jsonld_keywords_beside_cloud",
        "https://berita-jeti.example.my/berita/feri-ahad",
        harbour(
            "ms",
            "Feri kembali beroperasi pada hari Ahad",
            name="Berita Jeti",
            head=story_ld("Feri kembali beroperasi pada hari Ahad", keywords=["feri", "Penang"]),
            side=tag_cloud("Tag popular", "politik", "sukan", "Penang", "cuaca"),
        ),
        ("feri", "Penang"),
        ...,
    ),
    # JSON-LD about and mentions.
    (
        "en_jsonld_about_only",
        "https://solentpost.example.co.uk/news/ferry-crew-strike-off",
        harbour(
            "en",
            "Ferry crew strike called off",
            name="Solent Post",
            head=story_ld("Ferry crew strike called off", about=things("Ferries", "Strikes")),
        ),
        # the entities the story is about, as a topic system writes them, are its topics
        ("Ferries", "Strikes"),
        ...,
    ),
    (
        "en_jsonld_keywords_with_about_and_mentions",
        "https://solentpost.example.co.uk/news/ferry-new-operator",
        harbour(
            "en",
            "New operator for the harbour ferry",
            name="Solent Post",
            head=story_ld(
                "New operator for the harbour ferry",
                keywords=["ferries", "Portsmouth"],
                about=things("Transport"),
                mentions=things("Jane Harlow", kind="Person"),
            ),
        ),
        ("ferries", "Portsmouth"),  # the keywords, written as such, are the tags
        ...,
    ),
    (
        "de_jsonld_mentions_only",
        "https://kieler-hafenblatt.example.de/kiel/buergermeister-faehre",
        harbour(
            "de",
            "Bürgermeister fährt mit der Fähre",
            name="Kieler Hafenblatt",
            head=story_ld(
                "Bürgermeister fährt mit der Fähre", mentions=things("Ulf Berger", kind="Person")
            ),
        ),
        (),  # a person named in passing is no topic of the page
        ...,
    ),
    # Parse.ly and Sailthru.
    (
        "es_parsely_page_json_tags",
        "https://muelle-diario.example.es/galicia/transbordador-vigo",
        harbour(
            "es",
            "El transbordador de Vigo vuelve los domingos",
            name="Muelle Diario",
            head=parsely_page(
                title="El transbordador de Vigo vuelve los domingos",
                section="Galicia",
                tags=["transbordador", "Vigo"],
                pub_date="2024-03-05T10:00:00Z",
            ),
        ),
        ("transbordador", "Vigo"),
        ("Galicia",),
    ),
    (
        "ja_parsely_tags",
        "https://minato-shinpo.example.jp/news/ferry-sunday",
        harbour(
            "ja",
            "フェリー、日曜運航を再開",
            name="みなと新報",
            head=meta("parsely-tags", "フェリー,横浜") + meta("parsely-section", "地域"),
        ),
        ("フェリー", "横浜"),
        ("地域",),
    ),
    (
        "en_sailthru_tags_slugs",
        "https://solentpost.example.co.uk/news/ferry-winter-timetable",
        harbour(
            "en",
            "Winter timetable for the ferry",
            name="Solent Post",
            head=meta("sailthru.tags", "ferries, isle-of-wight"),
        ),
        ("ferries", "isle-of-wight"),
        ...,
    ),
    # article:section beside the tags.
    (
        "ko_section_and_tags",
        "https://hangu-ilbo.example.kr/society/ferry-sunday",
        harbour(
            "ko",
            "여객선 일요일 운항 재개",
            name="항구일보",
            head=metas("article:section", "사회") + metas("article:tag", "여객선", "부산"),
        ),
        ("여객선", "부산"),
        ("사회",),
    ),
    (
        "fr_section_only",
        "https://brest-quais.example.fr/societe/le-bac-du-dimanche",
        harbour(
            "fr",
            "Le bac du dimanche revient",
            name="Brest Quais",
            head=metas("article:section", "Société"),
        ),
        (),  # a section is a category, no tag
        ("Société",),
    ),
    # Hashtags.
    (
        "en_hashtag_in_sentence",
        "https://solentpost.example.co.uk/news/ferry-sunday-campaign",
        harbour(
            "en",
            "Campaigners cheer Sunday ferry",
            name="Solent Post",
            tail="<p>Campaigners shared the news under #SundayFerry on Tuesday evening and "
            "thanked the port staff for their work.</p>",
        ),
        (),  # a hashtag in a sentence is a mention
        ...,
    ),
    (
        "ms_closing_hashtag_line",
        "https://berita-jeti.example.my/berita/jeti-baharu",
        harbour(
            "ms",
            "Jeti baharu dibuka minggu depan",
            name="Berita Jeti",
            tail="<p>#feri #Penang #pelabuhan</p>",
        ),
        ("#feri", "#Penang", "#pelabuhan"),
        ...,
    ),
    # Right-to-left pages.
    (
        "ar_wusum_line",
        "https://akhbar-almarfa.example.com/news/ferry-sunday",
        harbour(
            "ar",
            "العبارة تعود للعمل أيام الأحد",
            name="أخبار المرفأ",
            tail=line("وسوم:", "العبارة", "الإسكندرية", path="tag"),
        ),
        ("العبارة", "الإسكندرية"),
        ...,
    ),
    (
        "ar_keywords_arabic_comma",
        "https://akhbar-almarfa.example.com/news/port-repairs",
        harbour(
            "ar",
            "إصلاح رصيف الميناء يتأخر",
            name="أخبار المرفأ",
            head=meta("keywords", "عبارة، ميناء، الإسكندرية"),
        ),
        ("عبارة", "ميناء", "الإسكندرية"),
        ...,
    ),
    (
        "he_tagiyot_box",
        "https://hanamal.example.co.il/news/ferry-sunday",
        harbour(
            "he",
            "המעבורת חוזרת לפעול בימי ראשון",
            name="הנמל",
            tail=boxed("תגיות", "מעבורת", "חיפה", path="tag"),
        ),
        ("מעבורת", "חיפה"),
        ...,
    ),
    (
        "he_news_keywords",
        "https://hanamal.example.co.il/news/pier-repairs",
        harbour(
            "he",
            "תיקון המזח נמשך",
            name="הנמל",
            head=meta("news_keywords", "מעבורת, נמל חיפה, תחבורה"),
        ),
        ("מעבורת", "נמל חיפה", "תחבורה"),
        ...,
    ),
    # CJK lists.
    (
        "zh_keywords_ideographic_comma",
        "https://gangkou-news.example.cn/news/ferry-sunday",
        harbour(
            "zh",
            "港口渡轮恢复周日航班",
            name="港口新闻",
            head=meta("keywords", "渡轮、港口、厦门"),
        ),
        ("渡轮", "港口", "厦门"),
        ...,
    ),
    (
        "zh_jsonld_keywords_fullwidth_comma",
        "https://gangkou-news.example.cn/news/pier-repairs",
        harbour(
            "zh",
            "码头维修耗时更长",
            name="港口新闻",
            head=story_ld("码头维修耗时更长", keywords="渡轮，厦门，交通"),
        ),
        ("渡轮", "厦门", "交通"),
        ...,
    ),
    (
        "ja_tag_line_ideographic_comma",
        "https://minato-shinpo.example.jp/news/pier-repairs",
        harbour(
            "ja",
            "桟橋の修理が長引く",
            name="みなと新報",
            tail=line("タグ：", "フェリー", "横浜", path="tag", sep="、"),
        ),
        ("フェリー", "横浜"),
        ...,
    ),
    # Tag lines in languages the dev sets lack.
    (
        "sw_mada_line",
        "https://habari-bandari.example.co.ke/habari/gati-jipya",
        harbour(
            "sw",
            "Gati jipya lafunguliwa Mombasa",
            name="Habari Bandari",
            tail=line("Mada:", "feri", "Mombasa", path="tag"),
        ),
        ("feri", "Mombasa"),
        ...,
    ),
    (
        "hy_tags_line",
        "https://navahangist.example.am/news/lastanav-kiraki",
        harbour(
            "hy",
            "Լաստանավը կրկին կերթևեկի կիրակի օրերին",
            name="Նավահանգիստ",
            tail=line("Պիտակներ:", "լաստանավ", "Սևան", path="tag"),
        ),
        ("լաստանավ", "Սևան"),
        ...,
    ),
    (
        "is_efnisord_line",
        "https://hafnarbladid.example.is/frettir/ferjan-sunnudaga",
        harbour(
            "is",
            "Ferjan siglir aftur á sunnudögum",
            name="Hafnarblaðið",
            tail=line("Efnisorð:", "ferjur", "Vestmannaeyjar", path="efnisord"),
        ),
        ("ferjur", "Vestmannaeyjar"),
        ...,
    ),
    (
        "ne_tag_line",
        "https://bandargah-khabar.example.com.np/news/pheri-aaitabar",
        harbour(
            "ne",
            "फेरी फेरि आइतबार चल्ने",
            name="बन्दरगाह खबर",
            tail=line("ट्याग:", "फेरी", "पोखरा", path="tag"),
        ),
        ("फेरी", "पोखरा"),
        ...,
    ),
]

# The blind run (45 pages, 51 fields): newsextract 40/51 (tags 35/45, tag-set F1 0.797;
# categories 5/6), trafilatura 11/51 (tags 9/45, F1 0.250; categories 2/6). Fixed since: a
# meta named for keywords by its site or vendor ("tags", "article-tags",
# "cXenseParse:keywords") read when no known keyword meta is there; Parse.ly's page JSON's
# tags and section; rel=tag links in a tag cloud left out; "related topics" labels of nine
# languages; one term alone beside a news_keywords list of three or more that does not hold
# it gives way to that list; JSON-LD about entities fill the tags. After: 49/51 (tags 43/45,
# F1 0.975; categories 6/6; trafilatura unchanged).
_OPEN: dict[tuple[str, str], str] = {
    ("en_keywords_holding_the_address_section", "tags"): "dropping a keyword that is a "
    "section segment of the page's address moved 78 dev pages, fundus A -0.16 and B -0.79 "
    '(sections are often tags: "sport", "politik"): no general rule tells "yourmoney" apart',
    ("fr_sujets_associes_after_article", "tags"): "a labelled list is read outside the "
    "<article> only in a box of its own; the sidebar holds the site's lists under the same "
    "labels (menus, clouds), so a topics box there is left unread",
}
_CASES = field_cases(PROBES, FIELDS, _OPEN)


@pytest.mark.parametrize(("url", "html", "field", "want"), _CASES)
def test_blind_tag_probe_74(url: str, html: str, field: str, want: object) -> None:
    got = getattr(newsextract.extract(html, url=url), field)
    assert matches(field, got, want), f"{field}: {got!r}"


if __name__ == "__main__":  # pragma: no cover
    report(PROBES, FIELDS)
