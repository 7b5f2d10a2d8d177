"""A blind metadata probe in languages the language probes barely hold (issue 12): Baltic,
South Slavic, Celtic, Iberian, Nordic-island, Caucasian, Central Asian, South Indian and
African news pages, each in a newsroom's own words: the title (with and without a site
suffix), a byline with the language's label and connector, a date with its month name and
time, an "updated" line, tags under the language's label and the publisher. Templates vary:
WordPress, Drupal, a Next.js app with hashed classes, an old table layout, an AMP page; some
carry JSON-LD, some no metadata markup at all. Written before reading the metadata code. A
date the page gives without an offset is judged on its day alone.
``python -m tests.metadata.test_blind_languages_66`` prints newsextract's and trafilatura's
hits. Every site, name and text here is invented."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Any

import pytest
from tests.metadata.language_probes.kit import field_cases, matches, report_hits
from tests.metadata.title_pages import ld, page

import newsextract

EET = timezone(timedelta(hours=2))
CET = timezone(timedelta(hours=1))


def text(*sentences: str) -> str:
    """Each sentence twice in its paragraph: text enough to read as the page's own."""
    return "".join(f"<p>{s} {s}</p>" for s in sentences)


def wordpress(site: str, h1: str, meta: str, body: str, tags: str = "") -> str:
    """A WordPress theme: the site title, the post's header with its meta line, the content
    and the footer's tag list."""
    return (
        f'<header id="masthead"><p class="site-title"><a href="/">{site}</a></p>'
        '<nav class="main-navigation"><ul><li><a href="/">·</a></li></ul></nav></header>'
        f'<main id="main"><article class="post type-post hentry"><header class="entry-header">'
        f'<h1 class="entry-title">{h1}</h1><div class="entry-meta">{meta}</div></header>'
        f'<div class="entry-content">{body}</div>'
        f'<footer class="entry-footer">{tags}</footer></article></main>'
        f'<footer id="colophon"><p>© 2024 {site}</p></footer>'
    )


def drupal(site: str, h1: str, meta: str, body: str, tags: str = "") -> str:
    """A Drupal node: the page title block, the submitted line, the body field and the
    taxonomy field."""
    return (
        f'<div class="region-header"><a href="/" rel="home" class="site-logo">{site}</a></div>'
        f'<main role="main"><div class="block-page-title-block"><h1 class="page-title">'
        f'<span class="field--name-title">{h1}</span></h1></div>'
        f'<article role="article" class="node node--type-article"><div class="node__meta">'
        f'{meta}</div><div class="node__content"><div class="field--name-body">{body}</div>'
        f'<div class="field--name-field-tags">{tags}</div></div></article></main>'
        f'<footer class="site-footer">{site}</footer>'
    )


def nextjs(site: str, h1: str, meta: str, body: str, tags: str = "") -> str:
    """A Next.js app: hashed CSS-module classes, nothing semantic but the tags."""
    return (
        f'<div id="__next"><header class="Header_wrap__x8Kq2"><a href="/" '
        f'class="Header_logo__9fJ1a">{site}</a></header><main class="Page_main__Qz3"><div '
        f'class="Article_head__a1B2c"><h1 class="Article_title__7Yt0p">{h1}</h1><div '
        f'class="Article_meta__kP02z">{meta}</div></div><div class="Article_body__3nXf1">'
        f'{body}</div><div class="Article_tags__Lm9Q0">{tags}</div></main>'
        f'<footer class="Footer_root__b7Rw">© {site}</footer></div>'
    )


def table(site: str, h1: str, meta: str, body: str, tags: str = "") -> str:
    """An old table layout: the logo row, a menu cell, the story cell with a bold headline."""
    return (
        f'<table width="100%"><tr><td colspan="2"><font size="5"><b>{site}</b></font></td></tr>'
        '<tr><td width="150" valign="top"><a href="/">·</a><br><a href="/arhiv">·</a></td>'
        f'<td valign="top"><font size="4"><b class="naslov">{h1}</b></font><br>'
        f'<font size="1" class="datum">{meta}</font>{body}<p>{tags}</p></td></tr>'
        f'<tr><td colspan="2"><small>{site}</small></td></tr></table>'
    )


def amp(site: str, h1: str, meta: str, body: str, tags: str = "") -> str:
    """An AMP story: the AMP header bar and the article."""
    return (
        f'<header class="amp-header"><a href="/">{site}</a></header><article '
        f'class="amp-article"><h1 class="amp-title">{h1}</h1><div class="amp-meta">{meta}'
        f'</div>{body}<div class="amp-tags">{tags}</div></article>'
        f'<footer class="amp-footer">{site}</footer>'
    )


def og(site: str) -> str:
    return f'<meta property="og:site_name" content="{site}">'


def tag_links(label: str, *tags: str) -> str:
    return f"<span>{label}</span> " + ", ".join(
        f'<a href="/tag/{i}" rel="tag">{t}</a>' for i, t in enumerate(tags)
    )


# A probe: name, url, html, then the wanted title, authors, published, tags, publisher
# (``...``: not judged).
FIELDS = ("title", "authors", "published", "tags", "publisher")

PROBES: list[tuple[Any, ...]] = [
    (
        "lt_wordpress_ir",
        "https://zemaitijosziniosx.lt/2024/03/12/tiltas-per-minija/",
        page(
            "lt",
            "Tiltas per Miniją bus uždarytas dviem mėnesiams – Žemaitijos žinios",
            og("Žemaitijos žinios"),
            wordpress(
                "Žemaitijos žinios",
                "Tiltas per Miniją bus uždarytas dviem mėnesiams",
                '<span class="posted-on">2024 m. kovo 12 d. 14:35</span> '
                '<span class="byline">Autoriai: Jonas Petraitis ir Rūta Kazlauskienė</span>',
                text(
                    "Rajono savivaldybė nusprendė remontuoti seną tiltą dar šį pavasarį.",
                    "Vairuotojams siūloma rinktis aplinkelį per Kartenos miestelį.",
                    "Darbus atliks vietinė bendrovė, laimėjusi viešąjį konkursą.",
                ),
                tag_links("Žymės:", "kelių remontas", "Minija"),
            ),
        ),
        "Tiltas per Miniją bus uždarytas dviem mėnesiams",
        ("Jonas Petraitis", "Rūta Kazlauskienė"),
        datetime(2024, 3, 12),
        ("kelių remontas", "Minija"),
        "Žemaitijos žinios",
    ),
    (
        "lv_drupal_no_markup",
        "https://vidzemesvestis.example.lv/zinas/jauna-skola-cesis",
        page(
            "lv",
            "Cēsīs atvērs jaunu mūzikas skolu | Vidzemes Vēstis",
            "",
            drupal(
                "Vidzemes Vēstis",
                "Cēsīs atvērs jaunu mūzikas skolu",
                "Autore: Līga Ozola · 2024. gada 7. martā, 09:15",
                text(
                    "Pilsētas dome apstiprināja līdzekļus skolas ēkas pārbūvei vecajā parkā.",
                    "Skolā mācīsies vairāk nekā divi simti bērnu no visa novada.",
                    "Pirmās nodarbības paredzētas jau nākamā gada septembrī.",
                ),
                tag_links("Birkas:", "izglītība", "Cēsis"),
            ),
        ),
        "Cēsīs atvērs jaunu mūzikas skolu",
        ("Līga Ozola",),
        datetime(2024, 3, 7),
        ("izglītība", "Cēsis"),
        ...,
    ),
    (
        "et_nextjs_ja_updated",
        "https://saarteuudised.example.ee/uudised/praam-hilineb",
        page(
            "et",
            "Praamiliiklus hilineb tormi tõttu",
            og("Saarte Uudised"),
            nextjs(
                "Saarte Uudised",
                "Praamiliiklus hilineb tormi tõttu",
                "<span>Kadri Tamm ja Mart Kask</span><span>12. märts 2024, 10:42</span>"
                "<span>Uuendatud 12. märts 2024, 15:10</span>",
                text(
                    "Tugev tuul sundis laevafirmat hommikused reisid edasi lükkama.",
                    "Reisijatel soovitatakse jälgida sõiduplaani muudatusi veebilehel.",
                    "Õhtuks peaks tuul vaibuma ja liiklus taastuma tavapäraselt.",
                ),
                tag_links("Märksõnad:", "praamid", "ilm"),
            ),
        ),
        "Praamiliiklus hilineb tormi tõttu",
        ("Kadri Tamm", "Mart Kask"),
        datetime(2024, 3, 12),
        ("praamid", "ilm"),
        "Saarte Uudised",
    ),
    (
        "sl_table_avtor_ob",
        "https://dolenjskiglas.example.si/novice/clanek.php?id=5512",
        page(
            "sl",
            "Dolenjski glas - Na Krki so spet opazili vidro",
            "",
            table(
                "Dolenjski glas",
                "Na Krki so spet opazili vidro",
                "Avtor: Mojca Novak | 15. marca 2024 ob 8.30",
                text(
                    "Ribiči so vidro opazili pod jezom pri starem mlinu.",
                    "Naravovarstveniki pravijo, da je to dober znak za čisto reko.",
                    "Prebivalce prosijo, naj živali ne vznemirjajo.",
                ),
                "Oznake: narava, Krka",
            ),
        ),
        "Na Krki so spet opazili vidro",
        ("Mojca Novak",),
        datetime(2024, 3, 15),
        ...,
        ...,
    ),
    (
        "hr_amp_azurirano",
        "https://slavonskiportal.example.hr/vijesti/amp/sajam-konja",
        page(
            "hr",
            "Sajam konja vratio se u Đakovo nakon pet godina",
            og("Slavonski portal")
            + ld(
                "NewsArticle",
                headline="Sajam konja vratio se u Đakovo nakon pet godina",
                datePublished="2024-03-12T11:20:00+01:00",
                dateModified="2024-03-12T13:05:00+01:00",
                author=[{"@type": "Person", "name": "Ivana Horvat"}],
                publisher={"@type": "Organization", "name": "Slavonski portal"},
            ),
            amp(
                "Slavonski portal",
                "Sajam konja vratio se u Đakovo nakon pet godina",
                "Autor: Ivana Horvat<br>Objavljeno: 12. ožujka 2024. u 11:20<br>"
                "Ažurirano: 12. ožujka 2024. u 13:05",
                text(
                    "Uzgajivači iz cijele Slavonije doveli su više od stotinu grla.",
                    "Organizatori očekuju tisuće posjetitelja tijekom vikenda.",
                ),
                tag_links("Tagovi:", "Đakovo", "konji"),
            ),
            amp=True,
        ),
        "Sajam konja vratio se u Đakovo nakon pet godina",
        ("Ivana Horvat",),
        datetime(2024, 3, 12, 11, 20, tzinfo=CET),
        ("Đakovo", "konji"),
        "Slavonski portal",
    ),
    (
        "sr_cyrillic_wordpress",
        "https://sumadijskevesti.example.rs/2024/03/pijaca-kragujevac/",
        page(
            "sr",
            "Нова пијаца у Крагујевцу отвара се у априлу – Шумадијске вести",
            "",
            wordpress(
                "Шумадијске вести",
                "Нова пијаца у Крагујевцу отвара се у априлу",
                "Аутор: Милан Петровић | 13. март 2024. у 14:05",
                text(
                    "Градска управа најавила је да ће тезге бити под новим кровом.",
                    "Продавци ће закуп плаћати по старим ценама до краја године.",
                    "Паркинг поред пијаце биће проширен за сто места.",
                ),
                tag_links("Тагови:", "Крагујевац", "пијаца"),
            ),
        ),
        "Нова пијаца у Крагујевцу отвара се у априлу",
        ("Милан Петровић",),
        datetime(2024, 3, 13),
        ("Крагујевац", "пијаца"),
        ...,
    ),
    (
        "bs_pise_mart",
        "https://unskiglasnik.example.ba/vijesti/most-bihac",
        page(
            "bs",
            "Novi pješački most u Bihaću gotov do ljeta",
            og("Unski glasnik"),
            drupal(
                "Unski glasnik",
                "Novi pješački most u Bihaću gotov do ljeta",
                "Piše: Amra Hodžić<br>14. mart 2024. u 09:10",
                text(
                    "Radovi na mostu preko Une napreduju brže nego što je planirano.",
                    "Most će povezati staru čaršiju sa novim gradskim parkom.",
                    "Gradonačelnik je najavio svečano otvaranje za juni.",
                ),
                tag_links("Tagovi:", "Bihać", "Una"),
            ),
        ),
        "Novi pješački most u Bihaću gotov do ljeta",
        ("Amra Hodžić",),
        datetime(2024, 3, 14),
        ("Bihać", "Una"),
        "Unski glasnik",
    ),
    (
        "mk_nextjs_avtor",
        "https://ohridskivesti.example.mk/vesti/ezero-nivo",
        page(
            "mk",
            "Нивото на Охридското Езеро порасна по снеговите | Охридски вести",
            og("Охридски вести"),
            nextjs(
                "Охридски вести",
                "Нивото на Охридското Езеро порасна по снеговите",
                "<span>Автор: Марија Стојанова</span><span>13 март 2024, 16:40</span>",
                text(
                    "Хидролозите измерија пораст од речиси десет сантиметри.",
                    "Рибарите велат дека таков пораст не паметат во последните години.",
                    "Општината ќе ги следи мерењата до крајот на пролетта.",
                ),
                tag_links("Тагови:", "Охрид", "езеро"),
            ),
        ),
        "Нивото на Охридското Езеро порасна по снеговите",
        ("Марија Стојанова",),
        datetime(2024, 3, 13),
        ("Охрид", "езеро"),
        "Охридски вести",
    ),
    (
        "sq_nga_dhe",
        "https://lajmetejugut.example.al/2024/03/ulliri-vlore/",
        page(
            "sq",
            "Fermerët e Vlorës presin vjelje të mirë të ullirit - Lajmet e Jugut",
            og("Lajmet e Jugut"),
            wordpress(
                "Lajmet e Jugut",
                "Fermerët e Vlorës presin vjelje të mirë të ullirit",
                "Nga Arben Hoxha dhe Elira Krasniqi | 11 mars 2024, 10:15",
                text(
                    "Shirat e dimrit i kanë dhënë tokës lagështinë që mungonte vitin e kaluar.",
                    "Fermerët shpresojnë që çmimi i vajit të mbetet i qëndrueshëm.",
                    "Bashkia ka premtuar ndihmë për transportin e prodhimit.",
                ),
                tag_links("Etiketa:", "bujqësi", "Vlorë"),
            ),
        ),
        "Fermerët e Vlorës presin vjelje të mirë të ullirit",
        ("Arben Hoxha", "Elira Krasniqi"),
        datetime(2024, 3, 11),
        ("bujqësi", "Vlorë"),
        "Lajmet e Jugut",
    ),
    (
        "mt_minn_ta",
        "https://ilgazzettatalgzira.example.mt/ahbarijiet/port-marsaxlokk",
        page(
            "mt",
            "Is-sajd tal-ħut f'Marsaxlokk jogħla għall-ewwel darba f'għaxar snin",
            "",
            drupal(
                "Il-Gazzetta tal-Gżira",
                "Is-sajd tal-ħut f'Marsaxlokk jogħla għall-ewwel darba f'għaxar snin",
                "Minn Joseph Camilleri – 12 ta' Marzu 2024, 10:30",
                text(
                    "Is-sajjieda qalu li l-baħar kien kalm għal ġimgħat sħaħ.",
                    "Il-prezzijiet fis-suq tal-Ħadd niżlu ftit minħabba l-abbundanza.",
                    "L-awtoritajiet se jkomplu jimmonitorjaw l-istokkijiet tal-ħut.",
                ),
            ),
        ),
        "Is-sajd tal-ħut f'Marsaxlokk jogħla għall-ewwel darba f'għaxar snin",
        ("Joseph Camilleri",),
        datetime(2024, 3, 12),
        ...,
        ...,
    ),
    (
        "ga_le_agus",
        "https://nuachtanlarthair.example.ie/nuacht/scoil-nua-conamara",
        page(
            "ga",
            "Scoil nua le tógáil i gConamara | Nuacht an Iarthair",
            og("Nuacht an Iarthair"),
            wordpress(
                "Nuacht an Iarthair",
                "Scoil nua le tógáil i gConamara",
                "Le Seán Ó Briain agus Aoife Nic Giolla · 12 Márta 2024, 11:00",
                text(
                    "Fógraíodh inné go dtógfar scoil nua don cheantar roimh dheireadh na bliana.",
                    "Beidh seomraí ranga do bhreis is céad dalta sa scoil nua.",
                    "Tá na tuismitheoirí ag fanacht leis an scéala seo le fada.",
                ),
                tag_links("Clibeanna:", "oideachas", "Conamara"),
            ),
        ),
        "Scoil nua le tógáil i gConamara",
        ("Seán Ó Briain", "Aoife Nic Giolla"),
        datetime(2024, 3, 12),
        ("oideachas", "Conamara"),
        "Nuacht an Iarthair",
    ),
    (
        "cy_gan_a",
        "https://newyddionymro.example.cymru/newyddion/pont-aberteifi",
        page(
            "cy",
            "Pont newydd i gerddwyr yn Aberteifi",
            og("Newyddion y Fro"),
            nextjs(
                "Newyddion y Fro",
                "Pont newydd i gerddwyr yn Aberteifi",
                "<span>Gan Siân Prydderch a Gethin Rhys</span><span>12 Mawrth 2024, 14:20</span>"
                "<span>Diweddarwyd 13 Mawrth 2024</span>",
                text(
                    "Bydd y bont yn cysylltu'r cei gyda'r maes parcio newydd.",
                    "Dywedodd y cyngor y bydd y gwaith yn dechrau ym mis Mai.",
                    "Mae trigolion lleol wedi croesawu'r cynllun yn gynnes.",
                ),
                tag_links("Tagiau:", "Aberteifi", "trafnidiaeth"),
            ),
        ),
        "Pont newydd i gerddwyr yn Aberteifi",
        ("Siân Prydderch", "Gethin Rhys"),
        datetime(2024, 3, 12),
        ("Aberteifi", "trafnidiaeth"),
        "Newyddion y Fro",
    ),
    (
        "eu_egilea_martxoaren",
        "https://bidasoakoberriak.example.eus/albisteak/zubia-irun",
        page(
            "eu",
            "Irungo zubi zaharra berrituko dute udan - Bidasoako Berriak",
            og("Bidasoako Berriak"),
            drupal(
                "Bidasoako Berriak",
                "Irungo zubi zaharra berrituko dute udan",
                "Egilea: Ane Etxeberria · 2024ko martxoaren 12a, 10:30",
                text(
                    "Udalak aurrekontua onartu du zubiaren egitura sendotzeko.",
                    "Lanek hiru hilabete iraungo dute eta trafikoa desbideratuko da.",
                    "Auzokideek aspalditik eskatzen zuten konponketa hau.",
                ),
                tag_links("Etiketak:", "Irun", "azpiegiturak"),
            ),
        ),
        "Irungo zubi zaharra berrituko dute udan",
        ("Ane Etxeberria",),
        datetime(2024, 3, 12),
        ("Irun", "azpiegiturak"),
        "Bidasoako Berriak",
    ),
    (
        "gl_por_e_as",
        "https://xornaldacosta.example.gal/2024/03/porto-muros/",
        page(
            "gl",
            "O porto de Muros estrea unha nova lonxa – Xornal da Costa",
            og("Xornal da Costa"),
            wordpress(
                "Xornal da Costa",
                "O porto de Muros estrea unha nova lonxa",
                "Por Uxía Castro e Brais Varela | 12 de marzo de 2024 ás 10:30",
                text(
                    "A nova lonxa permitirá vender o peixe sen saír do peirao.",
                    "Os mariñeiros levaban anos pedindo unhas instalacións modernas.",
                    "A inauguración contou coa presenza da alcaldesa e da confraría.",
                ),
                tag_links("Etiquetas:", "Muros", "pesca"),
            ),
        ),
        "O porto de Muros estrea unha nova lonxa",
        ("Uxía Castro", "Brais Varela"),
        datetime(2024, 3, 12),
        ("Muros", "pesca"),
        "Xornal da Costa",
    ),
    (
        "is_hofundur_kl",
        "https://austurfrettir.example.is/frettir/2024/03/12/snjoflod",
        page(
            "is",
            "Vegurinn um Fagradal opnaður á ný eftir snjóflóð",
            "",
            table(
                "Austurfréttir",
                "Vegurinn um Fagradal opnaður á ný eftir snjóflóð",
                "Höfundur: Sigríður Jónsdóttir · 12. mars 2024 kl. 10:30",
                text(
                    "Vegagerðin ruddi veginn í nótt og er hann nú fær öllum bílum.",
                    "Ökumenn eru beðnir um að fara varlega vegna hálku.",
                    "Veðurstofan spáir hlýnandi veðri næstu daga.",
                ),
            ),
        ),
        "Vegurinn um Fagradal opnaður á ný eftir snjóflóð",
        ("Sigríður Jónsdóttir",),
        datetime(2024, 3, 12),
        ...,
        ...,
    ),
    (
        "ka_avtori_jsonld_date_only",
        "https://imeretisambebi.example.ge/news/kutaisi-parki",
        page(
            "ka",
            "ქუთაისში ახალი პარკი გაიხსნა | იმერეთის ამბები",
            ld(
                "NewsArticle",
                headline="ქუთაისში ახალი პარკი გაიხსნა",
                datePublished="2024-03-12T12:00:00+04:00",
                publisher={"@type": "Organization", "name": "იმერეთის ამბები"},
            ),
            wordpress(
                "იმერეთის ამბები",
                "ქუთაისში ახალი პარკი გაიხსნა",
                "ავტორი: ნინო ბერიძე | 12 მარტი, 2024 12:00",
                text(
                    "პარკში დარგეს ასზე მეტი ახალი ხე და მოაწყვეს სათამაშო მოედანი.",
                    "მერიის თქმით, პარკი ყოველდღე ღია იქნება დილიდან საღამომდე.",
                    "ადგილობრივებმა პარკის გახსნას სიხარულით შეხვდნენ.",
                ),
                tag_links("ტეგები:", "ქუთაისი", "პარკი"),
            ),
        ),
        "ქუთაისში ახალი პარკი გაიხსნა",
        ("ნინო ბერიძე",),
        datetime(2024, 3, 12, 12, 0, tzinfo=timezone(timedelta(hours=4))),
        ("ქუთაისი", "პარკი"),
        "იმერეთის ამბები",
    ),
    (
        "az_muellif_mart",
        "https://gencexeber.example.az/xeberler/yeni-mekteb",
        page(
            "az",
            "Gəncədə yeni məktəb binası istifadəyə verildi",
            og("Gəncə Xəbər"),
            amp(
                "Gəncə Xəbər",
                "Gəncədə yeni məktəb binası istifadəyə verildi",
                "Müəllif: Leyla Məmmədova<br>12 mart 2024, 15:45",
                text(
                    "Yeni binada altı yüz şagird üçün sinif otaqları var.",
                    "Məktəbin həyətində idman meydançası da tikilib.",
                    "Dərslər yeni binada aprel ayından başlayacaq.",
                ),
                tag_links("Teqlər:", "Gəncə", "təhsil"),
            ),
            amp=True,
        ),
        "Gəncədə yeni məktəb binası istifadəyə verildi",
        ("Leyla Məmmədova",),
        datetime(2024, 3, 12),
        ("Gəncə", "təhsil"),
        "Gəncə Xəbər",
    ),
    (
        "kk_avtory_nauryz",
        "https://ertisnews.example.kz/news/kopir-pavlodar",
        page(
            "kk",
            "Павлодарда жаңа көпір салынады - Ертіс ньюс",
            og("Ертіс ньюс"),
            drupal(
                "Ертіс ньюс",
                "Павлодарда жаңа көпір салынады",
                "Авторы: Айгүл Серікқызы · 12 наурыз 2024, 11:30",
                text(
                    "Қала әкімдігі көпір құрылысына қаражат бөлінгенін хабарлады.",
                    "Жұмыс екі жылға созылады деп күтілуде.",
                    "Тұрғындар көпірдің тезірек салынуын сұрайды.",
                ),
                tag_links("Тегтер:", "Павлодар", "көпір"),
            ),
        ),
        "Павлодарда жаңа көпір салынады",
        ("Айгүл Серікқызы",),
        datetime(2024, 3, 12),
        ("Павлодар", "көпір"),
        "Ертіс ньюс",
    ),
    (
        "te_rachayita_march",
        "https://godavarivartalu.example.in/news/vantena-2024",
        page(
            "te",
            "రాజమండ్రిలో కొత్త వంతెన ప్రారంభం",
            og("గోదావరి వార్తలు"),
            wordpress(
                "గోదావరి వార్తలు",
                "రాజమండ్రిలో కొత్త వంతెన ప్రారంభం",
                "రచయిత: శ్రీనివాస్ రెడ్డి | మార్చి 12, 2024 10:30",
                text(
                    "గోదావరి నదిపై నిర్మించిన కొత్త వంతెనను మంత్రి ప్రారంభించారు.",
                    "ఈ వంతెన వల్ల ప్రయాణ సమయం గంట వరకు తగ్గుతుంది.",
                    "స్థానికులు ఈ ప్రాజెక్టు కోసం చాలా ఏళ్లుగా ఎదురుచూశారు.",
                ),
                tag_links("ట్యాగ్‌లు:", "రాజమండ్రి", "వంతెన"),
            ),
        ),
        "రాజమండ్రిలో కొత్త వంతెన ప్రారంభం",
        ("శ్రీనివాస్ రెడ్డి",),
        datetime(2024, 3, 12),
        ("రాజమండ్రి", "వంతెన"),
        "గోదావరి వార్తలు",
    ),
    (
        "ml_table_no_markup",
        "https://keralavarthakal.example.in/news.php?id=2231",
        page(
            "ml",
            "കൊച്ചിയിൽ പുതിയ ജലമെട്രോ സർവീസ്",
            "",
            table(
                "കേരള വാർത്തകൾ",
                "കൊച്ചിയിൽ പുതിയ ജലമെട്രോ സർവീസ്",
                "ലേഖകൻ: അനൂപ് മേനോൻ | 2024 മാർച്ച് 12, 10:30",
                text(
                    "പുതിയ സർവീസ് വൈപ്പിൻ ദ്വീപിനെ നഗരവുമായി ബന്ധിപ്പിക്കും.",
                    "ദിവസവും ആയിരക്കണക്കിന് യാത്രക്കാർക്ക് ഇത് പ്രയോജനപ്പെടും.",
                    "ടിക്കറ്റ് നിരക്ക് ബസിനേക്കാൾ കുറവായിരിക്കും.",
                ),
            ),
        ),
        "കൊച്ചിയിൽ പുതിയ ജലമെട്രോ സർവീസ്",
        ("അനൂപ് മേനോൻ",),
        datetime(2024, 3, 12),
        ...,
        ...,
    ),
    (
        "kn_lekhaka_march",
        "https://mysurusuddi.example.in/suddi/dasara-taiyari",
        page(
            "kn",
            "ಮೈಸೂರಿನಲ್ಲಿ ಹೊಸ ಬಸ್ ನಿಲ್ದಾಣ ಉದ್ಘಾಟನೆ - ಮೈಸೂರು ಸುದ್ದಿ",
            og("ಮೈಸೂರು ಸುದ್ದಿ"),
            drupal(
                "ಮೈಸೂರು ಸುದ್ದಿ",
                "ಮೈಸೂರಿನಲ್ಲಿ ಹೊಸ ಬಸ್ ನಿಲ್ದಾಣ ಉದ್ಘಾಟನೆ",
                "ಲೇಖಕರು: ರಮೇಶ್ ಗೌಡ · ಮಾರ್ಚ್ 12, 2024 11:15",
                text(
                    "ಹೊಸ ನಿಲ್ದಾಣದಲ್ಲಿ ನೂರಕ್ಕೂ ಹೆಚ್ಚು ಬಸ್‌ಗಳು ನಿಲ್ಲಬಹುದು.",
                    "ಪ್ರಯಾಣಿಕರಿಗೆ ಕುಡಿಯುವ ನೀರು ಮತ್ತು ವಿಶ್ರಾಂತಿ ಕೊಠಡಿ ಇದೆ.",
                    "ನಗರದ ಸಂಚಾರ ದಟ್ಟಣೆ ಕಡಿಮೆಯಾಗುವ ನಿರೀಕ್ಷೆ ಇದೆ.",
                ),
                tag_links("ಟ್ಯಾಗ್‌ಗಳು:", "ಮೈಸೂರು", "ಸಾರಿಗೆ"),
            ),
        ),
        "ಮೈಸೂರಿನಲ್ಲಿ ಹೊಸ ಬಸ್ ನಿಲ್ದಾಣ ಉದ್ಘಾಟನೆ",
        ("ರಮೇಶ್ ಗೌಡ",),
        datetime(2024, 3, 12),
        ("ಮೈಸೂರು", "ಸಾರಿಗೆ"),
        "ಮೈಸೂರು ಸುದ್ದಿ",
    ),
    (
        "so_qore_maarso",
        "https://wararkagobolka.example.so/war/ceel-biyo",
        page(
            "so",
            "Ceel biyo cusub oo laga qoday Baydhabo",
            og("Wararka Gobolka"),
            wordpress(
                "Wararka Gobolka",
                "Ceel biyo cusub oo laga qoday Baydhabo",
                "Qoraa: Axmed Cali Xasan | 12 Maarso 2024, 10:00",
                text(
                    "Ceelka cusub wuxuu biyo siin doonaa in ka badan kun qoys.",
                    "Dadka deegaanka ayaa sheegay in ay muddo dheer sugayeen.",
                    "Maamulka gobolka ayaa ballanqaaday ceelal kale sanadkan.",
                ),
                tag_links("Tags:", "Baydhabo", "biyo"),
            ),
        ),
        "Ceel biyo cusub oo laga qoday Baydhabo",
        ("Axmed Cali Xasan",),
        datetime(2024, 3, 12),
        ("Baydhabo", "biyo"),
        "Wararka Gobolka",
    ),
    (
        "mr_lekhak_jsonld_person",
        "https://punevarta.example.in/batmya/metro-marga",
        page(
            "mr",
            "पुण्यात मेट्रोचा नवा मार्ग सुरू | पुणे वार्ता",
            og("पुणे वार्ता")
            + ld(
                "NewsArticle",
                headline="पुण्यात मेट्रोचा नवा मार्ग सुरू",
                datePublished="2024-03-12T09:45:00+05:30",
                author={"@type": "Person", "name": "सुनील पाटील"},
            ),
            nextjs(
                "पुणे वार्ता",
                "पुण्यात मेट्रोचा नवा मार्ग सुरू",
                "<span>लेखक: सुनील पाटील</span><span>१२ मार्च २०२४, ०९:४५</span>"
                "<span>अपडेट: १२ मार्च २०२४, १३:००</span>",
                text(
                    "नव्या मार्गामुळे शहराच्या पूर्व भागातील प्रवास सोपा होणार आहे.",
                    "पहिल्या दिवशी हजारो प्रवाशांनी मेट्रोने प्रवास केला.",
                    "तिकीट दर पूर्वीप्रमाणेच ठेवण्यात आले आहेत.",
                ),
                tag_links("टॅग्स:", "पुणे", "मेट्रो"),
            ),
        ),
        "पुण्यात मेट्रोचा नवा मार्ग सुरू",
        ("सुनील पाटील",),
        datetime(2024, 3, 12, 9, 45, tzinfo=timezone(timedelta(hours=5, minutes=30))),
        ("पुणे", "मेट्रो"),
        "पुणे वार्ता",
    ),
    (
        "yo_table_lati_owo_ati",
        "https://iroyinoyo.example.ng/iroyin/oja-tuntun",
        page(
            "yo",
            "Ọjà tuntun ṣí sílẹ̀ ní Ọ̀yọ́ - Ìròyìn Ọ̀yọ́",
            "",
            table(
                "Ìròyìn Ọ̀yọ́",
                "Ọjà tuntun ṣí sílẹ̀ ní Ọ̀yọ́",
                "Láti ọwọ́ Adébáyọ̀ Ọládipọ̀ àti Fúnmi Àkàndé | 12 Oṣù Ẹrẹ̀nà 2024, 10:00",
                text(
                    "Ìjọba ìbílẹ̀ ti parí kíkọ́ ọjà náà lẹ́yìn ọdún méjì.",
                    "Àwọn oníṣòwò sọ pé inú àwọn dùn sí àwọn ṣọ́ọ̀bù tuntun náà.",
                    "Ọjà náà yóò máa ṣí láti àárọ̀ títí di alẹ́.",
                ),
                "Àmì: ọjà, Ọ̀yọ́",
            ),
        ),
        "Ọjà tuntun ṣí sílẹ̀ ní Ọ̀yọ́",
        ("Adébáyọ̀ Ọládipọ̀", "Fúnmi Àkàndé"),
        datetime(2024, 3, 12),
        ...,
        ...,
    ),
    (
        "zu_ngu_prefix_no",
        "https://izindabazasethekwini.example.co.za/izindaba/ibhuloho-elisha",
        page(
            "zu",
            "Ibhuloho elisha livulwa eThekwini | Izindaba ZaseThekwini",
            og("Izindaba ZaseThekwini"),
            wordpress(
                "Izindaba ZaseThekwini",
                "Ibhuloho elisha livulwa eThekwini",
                "NguThandeka Mkhize noSipho Ndlovu | 12 Mashi 2024, 14:00",
                text(
                    "Umasipala uthe ibhuloho lizonciphisa isikhathi sokuhamba kakhulu.",
                    "Izakhamuzi zendawo sezilinde lo msebenzi iminyaka eminingi.",
                    "Ukuvulwa ngokusemthethweni kuzoba ngenyanga ezayo.",
                ),
            ),
        ),
        "Ibhuloho elisha livulwa eThekwini",
        ("Thandeka Mkhize", "Sipho Ndlovu"),
        datetime(2024, 3, 12),
        ...,
        "Izindaba ZaseThekwini",
    ),
    (
        "si_visin_postposition",
        "https://dakunupuwath.example.lk/news/nawa-palama",
        page(
            "si",
            "ගාල්ලේ නව පාලමක් විවෘත කෙරේ",
            og("දකුණු පුවත්"),
            drupal(
                "දකුණු පුවත්",
                "ගාල්ලේ නව පාලමක් විවෘත කෙරේ",
                "නිමල් පෙරේරා විසින් · 2024 මාර්තු 12, 10:30",
                text(
                    "නව පාලම නිසා නගරයට යන ගමන් කාලය අඩු වනු ඇත.",
                    "ප්‍රදේශවාසීන් මෙම ව්‍යාපෘතිය බොහෝ කලක සිට බලාපොරොත්තු විය.",
                    "පාලම ඉදිකිරීමට වසර දෙකක් ගත විය.",
                ),
            ),
        ),
        "ගාල්ලේ නව පාලමක් විවෘත කෙරේ",
        ("නිමල් පෙරේරා",),
        datetime(2024, 3, 12),
        ...,
        "දකුණු පුවත්",
    ),
    (
        "lt_drupal_updated_before_published",
        "https://kaunodiena.example.lt/naujienos/turgus",
        page(
            "lt",
            "Senasis turgus persikels į naują vietą",
            "",
            drupal(
                "Kauno diena",
                "Senasis turgus persikels į naują vietą",
                "Atnaujinta 2024 m. kovo 14 d. 09:00 · Paskelbta 2024 m. kovo 13 d. 18:20"
                " · Tekstas: Aistė Jankauskaitė",
                text(
                    "Prekeiviai turės persikraustyti iki vasaros pradžios.",
                    "Nauja aikštelė bus šalia autobusų stoties.",
                    "Miesto taryba sprendimą priėmė po ilgų diskusijų.",
                ),
            ),
        ),
        "Senasis turgus persikels į naują vietą",
        ("Aistė Jankauskaitė",),
        datetime(2024, 3, 13),
        ...,
        ...,
    ),
    (
        "lo_dooy_amp",
        "https://khaosavannakhet.example.la/news/khua-mai",
        page(
            "lo",
            "ຂົວໃໝ່ຂ້າມນ້ຳເຊບັ້ງໄຟເປີດໃຊ້ແລ້ວ",
            og("ຂ່າວສະຫວັນນະເຂດ"),
            amp(
                "ຂ່າວສະຫວັນນະເຂດ",
                "ຂົວໃໝ່ຂ້າມນ້ຳເຊບັ້ງໄຟເປີດໃຊ້ແລ້ວ",
                "ໂດຍ: ສົມພອນ ພົມມະຈັນ<br>12 ມີນາ 2024, 10:30",
                text(
                    "ຂົວໃໝ່ນີ້ຈະຊ່ວຍໃຫ້ການເດີນທາງຂອງປະຊາຊົນສະດວກຂຶ້ນຫຼາຍ.",
                    "ປະຊາຊົນໃນທ້ອງຖິ່ນລໍຖ້າໂຄງການນີ້ມາເປັນເວລາດົນນານແລ້ວ.",
                    "ການກໍ່ສ້າງໃຊ້ເວລາສອງປີເຕັມ.",
                ),
            ),
            amp=True,
        ),
        "ຂົວໃໝ່ຂ້າມນ້ຳເຊບັ້ງໄຟເປີດໃຊ້ແລ້ວ",
        ("ສົມພອນ ພົມມະຈັນ",),
        datetime(2024, 3, 12),
        ...,
        "ຂ່າວສະຫວັນນະເຂດ",
    ),
]

_OPEN: dict[tuple[str, str], str] = {
    ("et_nextjs_ja_updated", "authors"): "two names joined by 'ja' with no label, in a "
    "hashed-class meta line: no byline label, class or link says they are the writers",
    ("zu_ngu_prefix_no", "authors"): "Zulu glues 'ngu' ('by') and 'no' ('and') to the "
    "capitalised name ('NguThandeka Mkhize noSipho Ndlovu'): no label word to find the line by",
}
_CASES = field_cases(PROBES, FIELDS, _OPEN)


@pytest.mark.parametrize(("url", "html", "field", "want"), _CASES)
def test_blind_language_probe_66(url: str, html: str, field: str, want: object) -> None:
    got = getattr(newsextract.extract(html, url=url), field)
    assert matches(field, got, want), f"{field}: {got!r}"


if __name__ == "__main__":  # pragma: no cover
    report_hits(PROBES, FIELDS)
