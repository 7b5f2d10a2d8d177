"""A blind probe of ``publisher``, ``source`` and ``lead`` on pages and languages never seen
(issue 12, wave 72), written from ``docs/fields.md`` before any run, each page's three values
decided first. Publisher: a JSON-LD ``publisher`` given as a list of ``@id`` references to an
Organization elsewhere in the graph, a name only in the logo's ``alt`` (the host spelling it),
an ``og:site_name`` with a slogan, a copyright line naming the company ("© 2024 Riverside
Courier Media LLC"), a network's site whose publisher is the parent, a blog on a hosting
platform (the blog, not the platform), a syndicated story (the site; the origin is the
``source``). Source: "Source:" lines in the labels of many languages, some naming a web page's
link, an agency closing the text ("（共同）", "— Reuters"), the origin a republished story names
("This story was originally published by …"); never a picture's credit. Lead: the ``<h2>``
standfirst over an ``og:description`` that is only a teaser; a bold first paragraph (the docs'
convention: it is the lead, as Balkan and Central European newsrooms set it); a lead-classed
box that is a photo's caption is none. Kinds beyond news: a shop, a recipe blog, a
university, a town hall. ``python -m tests.metadata.test_blind_publisher_source_lead_72``
prints newsextract's and trafilatura's hits (trafilatura's ``sitename`` and ``description``;
it has no source). Every site, name and text here is invented."""

from __future__ import annotations

from typing import Any

import pytest
from tests.metadata.language_probes.kit import field_cases, matches, trafilatura_fields
from tests.metadata.test_blind_publisher_lead_probes import TEXTS, frame, ld, logo, logo_img, meta

import newsextract

FIELDS = ("publisher", "source", "lead")

_DAY = '<time datetime="2024-05-14T09:15:00+02:00">14.05.2024</time>'


def story(
    h1: str,
    lang: str,
    *,
    before: str = "",
    lead: str = "",
    first: str = "",
    tail: str = "",
) -> str:
    """A story: the ``<h1>``, ``before`` (a picture under it), ``lead`` (a standfirst's
    markup), the date line, then the text: ``first`` (a paragraph opening it), the language's
    sentences and ``tail`` (closing lines: a credit, a "Source:" line, a republishing note)."""
    body = "".join(f"<p>{s} {s}</p>" for s in TEXTS[lang])
    return (
        f'<article class="story"><h1 class="story-title">{h1}</h1>{before}{lead}'
        f'<div class="story-meta">{_DAY}</div>'
        f'<div class="story-body">{first}{body}{tail}</div></article>'
    )


def graph(*nodes: dict[str, Any]) -> str:
    return ld({"@context": "https://schema.org", "@graph": list(nodes)})


def caption_box(cls: str, caption: str) -> str:
    """A picture under the headline whose caption sits in a lead-classed paragraph."""
    return (
        f'<div class="{cls}"><img src="/img/photo-4471.jpg" alt="" width="1200" height="675">'
        f'<p class="lead">{caption}</p></div>'
    )


LEAD_EN = "The electric ferry is back on Monday, and councillors hope it takes cars off the bridge."
TEASE_EN = "Find out what the return of the ferry means for your commute."
LEAD_DE = "Ab Montag pendelt die Elektrofähre im Zwanzig-Minuten-Takt über den See."
DESC_DE = "Neue Fähre, neuer Takt: was Pendler am See ab Montag wissen müssen."
LEAD_FR = "Après deux ans de travaux, la médiathèque rouvre avec un atelier numérique."
TEASE_FR = "Découvrez pourquoi tout le quartier attend cette réouverture."
DESC_ES = "Cómo cultivar tomates enanos en macetas pequeñas en la terraza."
LEAD_ES = "Una variedad enana, riego constante y seis horas de sol: así crecen en maceta."
LEAD_PL = "Nowa kładka skróci mieszkańcom obu brzegów drogę do pracy o kilkanaście minut."
LEAD_CS = "Nová lávka přes Vltavu zkrátí obyvatelům obou břehů cestu do práce."
LEAD_RU = "Движение по улице Садовой будет перекрыто с понедельника по пятницу."
DESC_JA = "港町の商店街に公設市場が開業、漁師や農家が朝から直接販売。"
LEAD_JA = "港町の商店街に公設市場が開業した。朝から地元の漁師や農家が直接販売する。"
DESC_ZH = "县政府决定自十月一日起在全县范围内实行野外用火审批制度。"
LEAD_AR = "جسر جديد للمشاة يختصر عبور النهر من ساعة إلى خمس دقائق."
DESC_AR = "افتتاح جسر جديد للمشاة فوق النهر."
LEAD_HE = "תוכנית חדשה בניהול משאבי מים תיפתח השנה בשיתוף הרשויות בעמק."
LEAD_IT = "Da lunedì il traghetto elettrico attraversa il lago ogni venti minuti."
TEASE_IT = "Scopri come cambia il tragitto dei pendolari sul lago."
LEAD_PT = "A nova ponte pedonal encurta a travessia do rio de uma hora para cinco minutos."
DESC_PT = "Pão de queijo sem segredos: a receita da avó, passo a passo."
LEAD_TR = "Yeni balık halinde balıkçılar avlarını sabah erkenden doğrudan satıyor."
LEAD_NL = "De nieuwe fietsbrug brengt inwoners in vijf minuten naar de overkant."
LEAD_SV = "Den nya utbildningen i vattenförvaltning startar i höst tillsammans med kommunerna."
LEAD_HI = "नया पैदल पुल खुलने से दोनों किनारों के लोगों का लंबा चक्कर ख़त्म हो गया।"
DESC_FA = "پل عابر پیاده تازه روی رودخانه گشایش یافت."
LEAD_EL = "Χειροποίητη κούπα από πηλό, ψημένη σε παραδοσιακό φούρνο της Σίφνου."
DESC_TH = "ผ้าฝ้ายทอมือย้อมสีธรรมชาติจากหมู่บ้านริมน้ำ"
DESC_KO = "한강 자전거길 초보자 구간 추천 부탁드립니다."
LEAD_FI = "Uusi sähkölautta aloittaa liikennöinnin maanantaina tiheällä aamuvuorolla."
LEAD_HU = "Szombaton átadták a kisváros új piaccsarnokát a Duna-parton."
LEAD_ID = "Jembatan baru membuat warga cukup berjalan lima menit untuk menyeberang sungai."
DESC_DA = "Ny gangbro over åen er indviet."
LEAD_NB = "Den nye gangbrua sparer beboerne for nesten en time hver dag."

_TRIBUNE = "https://www.harbourtribune.co.uk"

# A probe: name, url, html, publisher, source, lead (``...`` not judged; None: nothing).
PROBES: list[tuple[Any, ...]] = [
    # Publisher: a list of @id references to an Organization placed before the article in
    # the graph (the WebSite's short name is not it); lead: the <h2> standfirst over a
    # teaser og:description.
    (
        "en_graph_publisher_id_list_h2_over_teaser",
        f"{_TRIBUNE}/news/ferry-returns-4471",
        frame(
            "en-GB",
            "Ferry returns on Monday",
            graph(
                {
                    "@type": "NewsMediaOrganization",
                    "@id": f"{_TRIBUNE}/#publisher",
                    "name": "Harbour Tribune",
                    "url": f"{_TRIBUNE}/",
                },
                {"@type": "WebSite", "@id": f"{_TRIBUNE}/#website", "name": "HT Online"},
                {
                    "@type": "NewsArticle",
                    "headline": "Ferry returns on Monday",
                    "publisher": [{"@id": f"{_TRIBUNE}/#publisher"}],
                    "isPartOf": {"@id": f"{_TRIBUNE}/#website"},
                },
            )
            + meta("og:description", TEASE_EN),
            story("Ferry returns on Monday", "en", lead=f"<h2>{LEAD_EN}</h2>"),
        ),
        "Harbour Tribune",
        None,
        LEAD_EN,
    ),
    # Publisher: only the logo's alt, which the host spells; source: "(dpa)" closing.
    (
        "de_logo_alt_host_spells_closing_dpa",
        "https://www.kurieramdeich.de/region/faehre-im-takt",
        frame(
            "de",
            "Fähre im Zwanzig-Minuten-Takt",
            meta("description", DESC_DE),
            story("Fähre im Zwanzig-Minuten-Takt", "de", tail="<p>(dpa)</p>"),
            header=logo_img("Kurier am Deich"),
            footer="<a href='/impressum'>Impressum</a> · <a href='/datenschutz'>Datenschutz</a>",
        ),
        "Kurier am Deich",
        "dpa",
        DESC_DE,
    ),
    # Publisher: a logo's alt in Cyrillic the host transliterates; source: "Источник:"
    # naming a link; lead: a "lead"-classed div.
    (
        "ru_logo_alt_transliterated_source_link",
        "https://vestipoberezhya.ru/gorod/remont-sadovoy",
        frame(
            "ru",
            "Улицу Садовую перекроют на неделю",
            "",
            story(
                "Улицу Садовую перекроют на неделю",
                "ru",
                lead=f'<div class="article__lead">{LEAD_RU}</div>',
                tail='<p>Источник: <a href="https://adm-poberezhye.ru/news/881">'
                "пресс-служба администрации</a></p>",
            ),
            header=logo_img("Вести Побережья"),
        ),
        "Вести Побережья",
        "пресс-служба администрации",
        LEAD_RU,
    ),
    # Publisher: og:site_name with a slogan after a bar; source: "Source :" (French spacing)
    # naming a link; lead: the <h2> over a teaser.
    (
        "fr_site_name_slogan_source_link_h2",
        "https://www.lepetitriverain.fr/quartiers/mediatheque-rouvre",
        frame(
            "fr",
            "La médiathèque rouvre ses portes",
            meta("og:site_name", "Le Petit Riverain | L'info de votre quartier")
            + meta("og:description", TEASE_FR),
            story(
                "La médiathèque rouvre ses portes",
                "fr",
                lead=f"<h2>{LEAD_FR}</h2>",
                tail='<p>Source : <a href="https://www.insee.example/fr/statistiques/4471">'
                "Observatoire régional des bibliothèques</a></p>",
            ),
        ),
        "Le Petit Riverain",
        "Observatoire régional des bibliothèques",
        LEAD_FR,
    ),
    # Publisher: og:site_name with a slogan after a dash, the host an abbreviation spelling
    # no part of it: the name is the part before the slogan.
    (
        "de_site_name_slogan_host_abbreviation",
        "https://www.nw-friesland.de/lokales/faehre-startet",
        frame(
            "de",
            "Fähre startet am Montag | Nordwind",
            meta("og:site_name", "Nordwind – Nachrichten aus Friesland")
            + meta("description", DESC_DE),
            story("Fähre startet am Montag", "de"),
        ),
        "Nordwind",
        None,
        DESC_DE,
    ),
    # Publisher: og:site_name with a slogan after a full-width bar; source: "（共同）" closing.
    (
        "ja_site_name_fullwidth_bar_slogan_kyodo",
        "https://www.minato-shimpo.jp/news/20240514-4471",
        frame(
            "ja",
            "公設市場が開業",
            meta("og:site_name", "みなと新報｜港町の今を伝える") + meta("description", DESC_JA),
            story("公設市場が開業", "ja", tail="<p>（共同）</p>"),
        ),
        "みなと新報",
        "共同",
        DESC_JA,
    ),
    # Publisher: a copyright line naming the company ("Media LLC") on the host of its brand;
    # source: "— Reuters" closing; lead: a bold first paragraph.
    (
        "en_copyright_media_llc_dash_reuters_bold_lead",
        "https://www.riversidecourier.com/2024/05/14/ferry-returns",
        frame(
            "en-US",
            "Ferry returns on Monday",
            "",
            story(
                "Ferry returns on Monday",
                "en",
                first=f"<p><strong>{LEAD_EN}</strong></p>",
                tail="<p>— Reuters</p>",
            ),
            footer="<p>© 2024 Riverside Courier Media LLC. All rights reserved.</p>",
        ),
        "Riverside Courier",
        "Reuters",
        LEAD_EN,
    ),
    # Publisher: a copyright line with "S.A."; source: "Fuente:" naming a link.
    (
        "es_copyright_sa_fuente_link",
        "https://www.diariodelvalle.es/huerto/tomates-en-maceta",
        frame(
            "es",
            "Tomates en maceta",
            meta("description", DESC_ES),
            story(
                "Tomates en maceta",
                "es",
                tail='<p>Fuente: <a href="https://www.meteo-valle.example/informe">'
                "Oficina Meteorológica del Valle</a></p>",
            ),
            footer="<p>© 2024 Diario del Valle S.A. Todos los derechos reservados.</p>",
        ),
        "Diario del Valle",
        "Oficina Meteorológica del Valle",
        DESC_ES,
    ),
    # Publisher: a copyright line over a span of years with "sp. z o.o."; source: "Źródło:
    # PAP"; lead: a first paragraph set whole in <b>.
    (
        "pl_copyright_span_sp_zoo_zrodlo_bold_b",
        "https://www.gazetazalewska.pl/miasto/kladka-nad-wisla",
        frame(
            "pl",
            "Kładka nad Wisłą otwarta",
            "",
            story(
                "Kładka nad Wisłą otwarta",
                "pl",
                first=f"<p><b>{LEAD_PL}</b></p>",
                tail="<p>Źródło: PAP</p>",
            ),
            footer="<p>Copyright © 2015–2024 Gazeta Zalewska sp. z o.o.</p>",
        ),
        "Gazeta Zalewska",
        "PAP",
        LEAD_PL,
    ),
    # Publisher: a network's local site on a subdomain: the parent paper, not "Rheinbote
    # Kleve" (the logo's alt).
    (
        "de_network_subdomain_parent",
        "https://kleve.rheinbote.de/lokales/faehre-4471",
        frame(
            "de",
            "Neue Fähre am Rhein | Kleve | Rheinbote",
            meta("og:site_name", "Rheinbote")
            + ld(
                {
                    "@context": "https://schema.org",
                    "@type": "NewsArticle",
                    "headline": "Neue Fähre am Rhein",
                    "publisher": {"@type": "Organization", "name": "Rheinbote"},
                }
            ),
            story("Neue Fähre am Rhein", "de", lead=f'<p class="teaser">{LEAD_DE}</p>'),
            header=logo_img("Rheinbote Kleve"),
        ),
        "Rheinbote",
        None,
        LEAD_DE,
    ),
    # Publisher: a portal's channel page: the portal at the title's end, not the channel;
    # source: "来源：" naming a news site.
    (
        "zh_portal_channel_title_laiyuan_site",
        "https://www.jiangchengwang.cn/caijing/2024/0514/4471.shtml",
        frame(
            "zh-CN",
            "全县实行野外用火审批制度_财经频道_江城网",
            meta("description", DESC_ZH),
            story("全县实行野外用火审批制度", "zh", tail="<p>来源：新华网</p>"),
        ),
        "江城网",
        "新华网",
        DESC_ZH,
    ),
    # Publisher: a newspaper's blog network: the paper, not the blog's column.
    (
        "en_paper_blog_network_parent",
        "https://blogs.northernherald.co.uk/green-fingers/2024/05/ferry-garden",
        frame(
            "en-GB",
            "Ferry garden diary – Green Fingers – Northern Herald Blogs",
            meta("og:site_name", "Northern Herald") + meta("description", LEAD_EN),
            story("Ferry garden diary", "en"),
        ),
        "Northern Herald",
        None,
        LEAD_EN,
    ),
    # Publisher: a blog on WordPress.com: the blog, not the platform; no lead at all.
    (
        "pl_wordpress_com_blog",
        "https://notatkizogrodu.wordpress.com/2024/05/14/kladka/",
        frame(
            "pl-PL",
            "Nowa kładka – Notatki z ogrodu",
            meta("og:site_name", "Notatki z ogrodu"),
            story("Nowa kładka", "pl"),
            footer="<p>Blog na WordPress.com.</p>",
        ),
        "Notatki z ogrodu",
        None,
        None,
    ),
    # Publisher: a Medium publication: og:site_name names the platform, the title's parts
    # the writer and the publication.
    (
        "pt_medium_publication_not_platform",
        "https://medium.com/cozinha-de-vo/pao-de-queijo-sem-segredos-4471",
        frame(
            "pt",
            "Pão de queijo sem segredos | by Ana Silva | Cozinha de Vó | Medium",
            meta("og:site_name", "Medium") + meta("description", DESC_PT),
            story("Pão de queijo sem segredos", "pt"),
        ),
        "Cozinha de Vó",
        None,
        DESC_PT,
    ),
    # Publisher: a LiveJournal: the journal's name in the header and the title, not the
    # platform og:site_name names.
    (
        "ru_livejournal_journal_not_platform",
        "https://ogorodnik.livejournal.com/48213.html",
        frame(
            "ru",
            "Садовую перекроют: Записки огородника — LiveJournal",
            meta("og:site_name", "LiveJournal"),
            story("Садовую перекроют", "ru"),
            header='<h1 class="journal-title"><a href="https://ogorodnik.livejournal.com/">'
            "Записки огородника</a></h1>",
        ),
        "Записки огородника",
        None,
        None,
    ),
    # Publisher: a Substack: the newsletter, not the writer the notice names.
    (
        "en_substack_newsletter",
        "https://thetideline.substack.com/p/ferry-returns",
        frame(
            "en",
            "Ferry returns on Monday - by Jo Park - The Tideline",
            meta("og:site_name", "The Tideline") + meta("og:description", LEAD_EN),
            story("Ferry returns on Monday", "en"),
            footer="<p>© 2024 Jo Park · Privacy · Terms</p>",
        ),
        "The Tideline",
        None,
        LEAD_EN,
    ),
    # Syndication: the site republishes; the origin its closing note names is the source.
    (
        "en_republished_originally_published_by",
        "https://www.valleydispatch.com/environment/ferry-returns",
        frame(
            "en-US",
            "Ferry returns on Monday | Valley Dispatch",
            meta("og:site_name", "Valley Dispatch") + meta("description", LEAD_EN),
            story(
                "Ferry returns on Monday",
                "en",
                tail='<p><em>This story was originally published by <a href="https://'
                'watershedreview.org/ferry">The Watershed Review</a>.</em></p>',
            ),
        ),
        "Valley Dispatch",
        "The Watershed Review",
        LEAD_EN,
    ),
    (
        "de_dieser_beitrag_erschien_zuerst_bei",
        "https://www.ostsee-rundschau.de/umwelt/faehre",
        frame(
            "de",
            "Elektrofähre im Takt | Ostsee-Rundschau",
            meta("og:site_name", "Ostsee-Rundschau") + meta("description", DESC_DE),
            story(
                "Elektrofähre im Takt",
                "de",
                tail='<p>Dieser Beitrag erschien zuerst bei <a href="https://klimabote.de/'
                'faehre">Klimabote</a>.</p>',
            ),
        ),
        "Ostsee-Rundschau",
        "Klimabote",
        DESC_DE,
    ),
    (
        "fr_cet_article_initialement_publie_sur",
        "https://www.echo-des-tanneurs.fr/culture/mediatheque",
        frame(
            "fr",
            "La médiathèque rouvre – L'Écho des Tanneurs",
            meta("og:site_name", "L'Écho des Tanneurs"),
            story(
                "La médiathèque rouvre",
                "fr",
                lead=f'<p class="chapo">{LEAD_FR}</p>',
                tail='<p><em>Cet article a été initialement publié sur <a href="https://'
                'lefilvert.fr/mediatheque">Le Fil Vert</a>.</em></p>',
            ),
        ),
        "L'Écho des Tanneurs",
        "Le Fil Vert",
        LEAD_FR,
    ),
    (
        "es_publicado_originalmente_en",
        "https://www.huertaurbana.es/cultivo/tomates",
        frame(
            "es",
            "Tomates en maceta | Huerta Urbana",
            meta("og:site_name", "Huerta Urbana") + meta("description", DESC_ES),
            story(
                "Tomates en maceta",
                "es",
                tail='<p>Este artículo fue publicado originalmente en <a href="https://'
                'revistaambar.es/tomates">Revista Ámbar</a> y se reproduce con permiso.</p>',
            ),
        ),
        "Huerta Urbana",
        "Revista Ámbar",
        DESC_ES,
    ),
    # Source lines in more languages and scripts.
    (
        "ar_masdar_reuters_h2",
        "https://www.sada-alwadi.com/news/4471",
        frame(
            "ar",
            "جسر جديد للمشاة | صدى الوادي",
            meta("og:site_name", "صدى الوادي") + meta("description", DESC_AR),
            story(
                "جسر جديد للمشاة فوق النهر",
                "ar",
                lead=f"<h2>{LEAD_AR}</h2>",
                tail="<p>المصدر: رويترز</p>",
            ),
            rtl=True,
        ),
        "صدى الوادي",
        "رويترز",
        LEAD_AR,
    ),
    (
        "ko_chulcheo_yonhap",
        "https://www.hangang-ilbo.kr/news/articleView.html?idxno=4471",
        frame(
            "ko",
            "한강 자전거길 초보자 구간 | 한강일보",
            meta("og:site_name", "한강일보") + meta("og:description", DESC_KO),
            story("한강 자전거길 초보자 구간", "ko", tail="<p>출처: 연합뉴스</p>"),
        ),
        "한강일보",
        "연합뉴스",
        DESC_KO,
    ),
    (
        "fa_manba_irna",
        "https://www.avaye-rud.ir/news/4471",
        frame(
            "fa",
            "گشایش پل عابر پیاده - آوای رود",
            meta("og:site_name", "آوای رود") + meta("description", DESC_FA),
            story("گشایش پل عابر پیاده", "fa", tail="<p>منبع: ایرنا</p>"),
            rtl=True,
        ),
        "آوای رود",
        "ایرنا",
        DESC_FA,
    ),
    (
        "el_pigi_link_shop_lead",
        "https://www.pilos-sifnou.gr/kouples/kouba-4471",
        frame(
            "el",
            "Κούπα από πηλό | Πηλός Σίφνου",
            meta("og:site_name", "Πηλός Σίφνου"),
            story(
                "Κούπα από πηλό",
                "el",
                lead=f'<p class="product-intro">{LEAD_EL}</p>',
                tail='<p>Πηγή: <a href="https://kerameio.example.gr/istoria">'
                "Μουσείο Κεραμικής Σίφνου</a></p>",
            ),
        ),
        "Πηλός Σίφνου",
        "Μουσείο Κεραμικής Σίφνου",
        LEAD_EL,
    ),
    (
        "hi_srot_pti",
        "https://www.nadi-samachar.in/shahar/pul-4471",
        frame(
            "hi",
            "नया पैदल पुल खुला | नदी समाचार",
            meta("og:site_name", "नदी समाचार"),
            story(
                "नया पैदल पुल खुला",
                "hi",
                lead=f'<h2 class="sub-heading">{LEAD_HI}</h2>',
                tail="<p>स्रोत: पीटीआई</p>",
            ),
        ),
        "नदी समाचार",
        "पीटीआई",
        LEAD_HI,
    ),
    (
        "tr_kaynak_aa_spot",
        "https://www.karadenizhaber.com.tr/ekonomi/balik-hali-4471",
        frame(
            "tr",
            "Yeni balık hali açıldı - Karadeniz Haber",
            meta("og:site_name", "Karadeniz Haber"),
            story(
                "Yeni balık hali açıldı",
                "tr",
                lead=f'<h2 class="spot">{LEAD_TR}</h2>',
                tail="<p>Kaynak: AA</p>",
            ),
        ),
        "Karadeniz Haber",
        "AA",
        LEAD_TR,
    ),
    (
        "he_makor_reuters",
        "https://www.kol-haemek.co.il/news/4471",
        frame(
            "he",
            "תוכנית חדשה לניהול משאבי מים | קול העמק",
            meta("og:site_name", "קול העמק"),
            story(
                "תוכנית חדשה לניהול משאבי מים",
                "he",
                lead=f"<h2>{LEAD_HE}</h2>",
                tail="<p>מקור: רויטרס</p>",
            ),
            rtl=True,
        ),
        "קול העמק",
        "רויטרס",
        LEAD_HE,
    ),
    (
        "th_thima_agency_name",
        "https://www.khao-rimnam.com/local/4471",
        frame(
            "th",
            "ผ้าฝ้ายทอมือ - ข่าวริมน้ำ",
            meta("og:site_name", "ข่าวริมน้ำ") + meta("description", DESC_TH),
            story("ผ้าฝ้ายทอมือจากหมู่บ้านริมน้ำ", "th", tail="<p>ที่มา: สำนักข่าวไทย</p>"),
        ),
        "ข่าวริมน้ำ",
        "สำนักข่าวไทย",
        DESC_TH,
    ),
    (
        "nl_bron_link_intro",
        "https://www.rivierbode.nl/regio/fietsbrug",
        frame(
            "nl",
            "Fietsbrug open | Rivierbode",
            meta("og:site_name", "Rivierbode"),
            story(
                "Fietsbrug open",
                "nl",
                lead=f'<p class="intro">{LEAD_NL}</p>',
                tail='<p>Bron: <a href="https://waterschap-lagelanden.example.nl/brug">'
                "Waterschap Lage Landen</a></p>",
            ),
        ),
        "Rivierbode",
        "Waterschap Lage Landen",
        LEAD_NL,
    ),
    (
        "sv_kalla_link_ingress",
        "https://www.alvdalsposten.se/nyheter/utbildning",
        frame(
            "sv",
            "Ny utbildning i vattenförvaltning | Älvdalsposten",
            meta("og:site_name", "Älvdalsposten"),
            story(
                "Ny utbildning i vattenförvaltning",
                "sv",
                lead=f'<p class="ingress">{LEAD_SV}</p>',
                tail='<p>Källa: <a href="https://hogskolan-alvdal.example.se/vatten">'
                "Högskolan i Älvdal</a></p>",
            ),
        ),
        "Älvdalsposten",
        "Högskolan i Älvdal",
        LEAD_SV,
    ),
    # A picture's credit is no source of the text.
    (
        "de_photo_quelle_not_source",
        "https://www.seekurier.de/region/faehre",
        frame(
            "de",
            "Fähre im Takt | Seekurier",
            meta("og:site_name", "Seekurier") + meta("description", DESC_DE),
            story(
                "Fähre im Takt",
                "de",
                before='<figure><img src="/img/faehre.jpg" alt=""><figcaption>Die neue Fähre am '
                "Anleger. Quelle: Stadtwerke Seestadt</figcaption></figure>",
            ),
        ),
        "Seekurier",
        None,
        DESC_DE,
    ),
    # Lead: a lead-classed paragraph that is a photo's caption, then the <h2> standfirst.
    (
        "en_lead_caption_then_h2",
        "https://www.eastbankgazette.com/news/ferry",
        frame(
            "en",
            "Ferry returns on Monday | Eastbank Gazette",
            meta("og:site_name", "Eastbank Gazette") + meta("og:description", TEASE_EN),
            story(
                "Ferry returns on Monday",
                "en",
                before=caption_box(
                    "article-photo",
                    "The new ferry at the pier on Friday. Photo: Eastbank Gazette",
                ),
                lead=f"<h2>{LEAD_EN}</h2>",
            ),
        ),
        "Eastbank Gazette",
        None,
        LEAD_EN,
    ),
    (
        "it_lead_caption_then_h2_subtitle",
        "https://www.gazzettadellago.it/cronaca/traghetto",
        frame(
            "it",
            "Il traghetto elettrico | Gazzetta del Lago",
            meta("og:site_name", "Gazzetta del Lago") + meta("og:description", TEASE_IT),
            story(
                "Il traghetto elettrico",
                "it",
                before=caption_box(
                    "media-lead", "Il nuovo traghetto all'attracco di Bellagio (foto Rossi)"
                ),
                lead=f'<h2 class="sottotitolo">{LEAD_IT}</h2>',
            ),
        ),
        "Gazzetta del Lago",
        None,
        LEAD_IT,
    ),
    # Lead: a lead-classed caption and no standfirst: the description.
    (
        "pt_lead_caption_no_standfirst",
        "https://www.jornaldamargem.pt/local/ponte",
        frame(
            "pt",
            "Nova ponte pedonal | Jornal da Margem",
            meta("og:site_name", "Jornal da Margem") + meta("description", LEAD_PT),
            story(
                "Nova ponte pedonal",
                "pt",
                before=caption_box("foto", "A nova ponte ao fim da tarde. Foto: Câmara Municipal"),
            ),
        ),
        "Jornal da Margem",
        None,
        LEAD_PT,
    ),
    # Lead: a figure classed "lead" with its caption, then a "perex".
    (
        "cs_lead_figure_then_perex",
        "https://www.vltavskelisty.cz/zpravy/lavka",
        frame(
            "cs",
            "Nová lávka přes Vltavu | Vltavské listy",
            meta("og:site_name", "Vltavské listy"),
            story(
                "Nová lávka přes Vltavu",
                "cs",
                before='<figure class="lead"><img src="/img/lavka.jpg" alt=""><figcaption>'
                "Lávka při zatěžkávací zkoušce. Foto: Petr Novák</figcaption></figure>",
                lead=f'<p class="perex">{LEAD_CS}</p>',
            ),
        ),
        "Vltavské listy",
        None,
        LEAD_CS,
    ),
    # Lead: a bold label opening the text ("…:") is no standfirst: the description.
    (
        "de_bold_label_not_lead",
        "https://www.alpenecho.de/ratgeber/faehre",
        frame(
            "de",
            "Was Pendler wissen müssen | Alpenecho",
            meta("og:site_name", "Alpenecho") + meta("description", DESC_DE),
            story(
                "Was Pendler wissen müssen",
                "de",
                first="<p><strong>Was Sie über die neue Fähre wissen müssen:</strong></p>",
            ),
        ),
        "Alpenecho",
        None,
        DESC_DE,
    ),
    # Lead: a teaser og:description and no standfirst: the description, as the docs say.
    (
        "it_teaser_description_only",
        "https://www.eco-del-lario.it/cronaca/traghetto",
        frame(
            "it",
            "Il traghetto elettrico | Eco del Lario",
            meta("og:site_name", "Eco del Lario") + meta("og:description", TEASE_IT),
            story("Il traghetto elettrico", "it"),
        ),
        "Eco del Lario",
        None,
        TEASE_IT,
    ),
    # Lead: Japanese sites' real "lead" paragraph under the headline.
    (
        "ja_lead_class_real_standfirst",
        "https://www.hamakaze-news.jp/article/4471",
        frame(
            "ja",
            "公設市場が開業 - はまかぜニュース",
            meta("og:site_name", "はまかぜニュース") + meta("description", DESC_JA),
            story("公設市場が開業", "ja", lead=f'<p class="lead">{LEAD_JA}</p>'),
        ),
        "はまかぜニュース",
        None,
        LEAD_JA,
    ),
    # Lead: a Hungarian bold first paragraph; publisher from JSON-LD by value.
    (
        "hu_bold_first_paragraph_jsonld",
        "https://www.dunaparti-hirek.hu/helyi/piaccsarnok",
        frame(
            "hu",
            "Új piaccsarnok a Duna-parton",
            ld(
                {
                    "@context": "https://schema.org",
                    "@type": "NewsArticle",
                    "headline": "Új piaccsarnok a Duna-parton",
                    "publisher": {"@type": "NewsMediaOrganization", "name": "Dunaparti Hírek"},
                }
            ),
            story(
                "Új piaccsarnok a Duna-parton",
                "hu",
                first=f"<p><strong>{LEAD_HU}</strong></p>",
                tail="<p>(MTI)</p>",
            ),
        ),
        "Dunaparti Hírek",
        "MTI",
        LEAD_HU,
    ),
    # Non-news: a shop's product; the company's legal name in the notice, og:site_name the
    # shop; no source.
    (
        "da_shop_site_name_over_aps",
        "https://www.traevaerkstedet.dk/produkter/skaerebraet",
        frame(
            "da",
            "Skærebræt i eg – Træværkstedet",
            meta("og:site_name", "Træværkstedet") + meta("description", DESC_DA),
            story("Skærebræt i eg", "da"),
            footer="<p>© 2024 Træværkstedet ApS · CVR 12345678</p>",
        ),
        "Træværkstedet",
        None,
        DESC_DA,
    ),
    # Non-news: a university's page: JSON-LD publisher a CollegeOrUniversity; its "intro".
    (
        "id_university_jsonld_intro",
        "https://www.univ-tepisungai.ac.id/berita/jembatan-baru",
        frame(
            "id",
            "Jembatan baru di kampus - Universitas Tepi Sungai",
            ld(
                {
                    "@context": "https://schema.org",
                    "@type": "Article",
                    "headline": "Jembatan baru di kampus",
                    "publisher": {
                        "@type": "CollegeOrUniversity",
                        "name": "Universitas Tepi Sungai",
                    },
                }
            ),
            story("Jembatan baru di kampus", "id", lead=f'<p class="intro">{LEAD_ID}</p>'),
        ),
        "Universitas Tepi Sungai",
        None,
        LEAD_ID,
    ),
    # Non-news: a town hall's notice: the title's tail and the logo name the municipality.
    (
        "fi_town_hall_notice",
        "https://www.jarvenpaa-kaupunki.fi/tiedotteet/lautta",
        frame(
            "fi",
            "Sähkölautta aloittaa liikennöinnin - Järvenpään kaupunki",
            meta("og:site_name", "Järvenpään kaupunki"),
            story(
                "Sähkölautta aloittaa liikennöinnin",
                "fi",
                lead=f'<div class="ingress">{LEAD_FI}</div>',
            ),
            header=logo("Järvenpään kaupunki"),
        ),
        "Järvenpään kaupunki",
        None,
        LEAD_FI,
    ),
    # Non-news: a Norwegian recipe-and-walks blog on its own domain, Blogger's theme: the
    # header's title, the <title>'s tail; lead an "ingress".
    (
        "nb_blog_header_title_tail",
        "https://www.turogmat.no/2024/05/gangbrua.html",
        frame(
            "nb",
            "Gangbrua over elva | Tur og mat",
            "",
            story("Gangbrua over elva", "nb", lead=f'<p class="ingress">{LEAD_NB}</p>'),
            header='<div class="site-title"><a href="/">Tur og mat</a></div>',
        ),
        "Tur og mat",
        None,
        LEAD_NB,
    ),
]

_OPEN: dict[tuple[str, str], str] = {
    (
        "ja_site_name_fullwidth_bar_slogan_kyodo",
        "publisher",
    ): "the full-width bar now parts the slogan, but the host spells neither part in kana or kanji",
    (
        "pt_medium_publication_not_platform",
        "publisher",
    ): "og:site_name names the hosting platform: telling a platform from a publisher "
    "would need a list of platforms the project does not keep",
    (
        "ru_livejournal_journal_not_platform",
        "publisher",
    ): "og:site_name names the hosting platform: telling a platform from a publisher "
    "would need a list of platforms the project does not keep",
}
_CASES = field_cases(PROBES, FIELDS, _OPEN)


@pytest.mark.parametrize(("url", "html", "field", "want"), _CASES)
def test_blind_publisher_source_lead_probe(url: str, html: str, field: str, want: object) -> None:
    got = getattr(newsextract.extract(html, url=url), field)
    assert matches(field, got, want), f"{field}: {got!r}"


def _note_page(note: str, footer: str = "") -> str:
    return frame(
        "en",
        "Ferry returns on Monday | Valley Dispatch",
        meta("og:site_name", "Valley Dispatch"),
        story("Ferry returns on Monday", "en", tail=f"<p>{note}</p>"),
        footer=footer,
    )


@pytest.mark.parametrize(
    "note",
    [
        # the site's own page: its print edition, not another outlet
        'This story was first published in <a href="https://www.valleydispatch.com/print">'
        "our Sunday print edition</a>.",
        # a translator's page: the link's text is no name its host spells
        'This article was translated from Spanish by <a href="https://example.org/ana">Ana '
        "Ruiz</a>.",
        # a link in a sentence of the text, no note about the copy
        'The ferry operator <a href="https://watershedreview.org/">The Watershed Review</a> '
        "wrote about said the timetable would change again in the autumn.",
    ],
)
def test_a_note_naming_no_other_outlet_is_no_source(note: str) -> None:
    article = newsextract.extract(_note_page(note), url="https://www.valleydispatch.com/n/1")
    assert article.source is None
    assert article.publisher == "Valley Dispatch"


@pytest.mark.parametrize(
    ("footer", "url", "publisher"),
    [
        # the company's words past the brand: the brand the host spells
        ("© 2024 Hafenblick Verlag GmbH", "https://www.hafenblick.de/a/1", "Hafenblick"),
        # the name the host spells with its legal form, as written (the convention kept)
        ("© 2024 Hafenblick GmbH", "https://www.hafenblick.de/a/1", "Hafenblick GmbH"),
        # a parent company the host does not spell names nothing
        ("© 2024 Nordsee Medien GmbH", "https://www.hafenblick.de/a/1", None),
    ],
)
def test_a_notices_company_gives_the_brand_its_host_spells(
    footer: str, url: str, publisher: str | None
) -> None:
    page = frame("de", "Fähre im Takt", "", story("Fähre im Takt", "de"), footer=footer)
    assert newsextract.extract(page, url=url).publisher == publisher


def report() -> None:  # pragma: no cover
    """Print both tools' hits per field (trafilatura has no source) and each miss."""
    for tool in ("newsextract", "trafilatura"):
        hits: dict[str, list[int]] = {f: [0, 0] for f in FIELDS}
        missed = []
        for name, url, html, *wants in PROBES:
            if tool == "newsextract":
                art = newsextract.extract(html, url=url)
                got = {f: getattr(art, f) for f in FIELDS}
            else:
                got = trafilatura_fields(html, url)
            for f, want in zip(FIELDS, wants, strict=True):
                if want is ... or (tool == "trafilatura" and f == "source"):
                    continue
                hits[f][1] += 1
                if matches(f, got.get(f), want):
                    hits[f][0] += 1
                else:
                    missed.append(f"{name} {f}: {got.get(f)!r}")
        print(tool, {f: f"{h}/{t}" for f, (h, t) in hits.items() if t})
        for line in missed:
            print("  ", line)


if __name__ == "__main__":  # pragma: no cover
    report()
