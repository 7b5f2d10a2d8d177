"""A blind title probe (issue 12): pages written without reading the code, to see how the
title is chosen on layouts and scripts no one has tuned on: no ``<h1>`` at all (the title in
an ``<h2 class=entry-title>`` or a ``role=heading`` element), the logo as the only ``<h1>``,
several ``<h1>`` (a modal's, a widget's, the article's), a kicker and the title in one
``<h1>``, a title broken by ``<br>``, ``<title>`` with the site's name before or after it
behind every common separator (the name sometimes in another script), an ``og:title`` with a
campaign's tail, a JSON-LD headline cut at 110 characters, a JSON-LD headline that is the
description, pages beyond news (a product, a recipe, a thread, a docs page, an event, a wiki
article, a Blogger post), an AMP page and a headline drawn as an image.

Each expected title is what a reader takes for it: the visible headline, without the site's
name, the section or a kicker; where the page shows no headline, the ``<title>`` without the
site's name and sections. Where natural, the fields a title choice touches are judged too:
the lead (the description or standfirst) and the publisher (the site's name).
``python -m tests.metadata.test_blind_title_probes`` prints newsextract's and trafilatura's
hits. Every site, name and text here is invented."""

from __future__ import annotations

from typing import Any

import pytest
from tests.metadata.language_probes.kit import field_cases, matches, report_hits
from tests.metadata.title_pages import ld, page, paragraphs

import newsextract

# One text per language: a town library reopening after two years of repairs.
TEXTS = {
    "en": "The town library reopened on Monday after two years of repairs, with a new reading "
    "room, a children's corner and opening hours that now run until nine in the evening.",
    "de": "Die Stadtbücherei hat am Montag nach zwei Jahren Sanierung wieder geöffnet, mit einem "
    "neuen Lesesaal, einer Kinderecke und Öffnungszeiten bis neun Uhr abends.",
    "fr": "La médiathèque a rouvert lundi après deux ans de travaux, avec une nouvelle salle de "
    "lecture, un coin pour les enfants et des horaires prolongés jusqu'à vingt et une heures.",
    "es": "La biblioteca municipal reabrió el lunes tras dos años de obras, con una nueva sala "
    "de lectura, un rincón infantil y un horario que ahora llega hasta las nueve de la noche.",
    "it": "La biblioteca comunale ha riaperto lunedì dopo due anni di lavori, con una nuova sala "
    "di lettura, un angolo per i bambini e un orario prolungato fino alle ventuno.",
    "pt": "A biblioteca municipal reabriu na segunda-feira depois de dois anos de obras, com uma "
    "nova sala de leitura, um canto infantil e horário alargado até às nove da noite.",
    "nl": "De bibliotheek is maandag na twee jaar verbouwing weer opengegaan, met een nieuwe "
    "leeszaal, een kinderhoek en openingstijden tot negen uur 's avonds.",
    "pl": "Miejska biblioteka została w poniedziałek ponownie otwarta po dwóch latach remontu, "
    "z nową czytelnią, kącikiem dla dzieci i godzinami otwarcia do dziewiątej wieczorem.",
    "cs": "Městská knihovna se v pondělí po dvou letech oprav znovu otevřela, s novou čítárnou, "
    "dětským koutkem a otevírací dobou až do devíti hodin večer.",
    "sv": "Stadsbiblioteket öppnade igen på måndagen efter två års renovering, med en ny läsesal, "
    "en barnhörna och öppettider till klockan nio på kvällen.",
    "hu": "A városi könyvtár hétfőn két év felújítás után újra megnyílt, új olvasóteremmel, "
    "gyereksarokkal és este kilencig tartó nyitvatartással.",
    "ro": "Biblioteca județeană s-a redeschis luni după doi ani de renovare, cu o nouă sală de "
    "lectură, un colț pentru copii și un program prelungit până la ora nouă seara.",
    "tr": "Şehir kütüphanesi iki yıllık onarımın ardından pazartesi günü yeniden açıldı; yeni bir "
    "okuma salonu, çocuk köşesi ve akşam dokuza kadar uzayan çalışma saatleri var.",
    "sw": "Maktaba ya mji imefunguliwa tena Jumatatu baada ya miaka miwili ya ukarabati, ikiwa "
    "na chumba kipya cha kusomea, kona ya watoto na saa za kazi hadi saa tatu usiku.",
    "tl": "Muling binuksan noong Lunes ang aklatan ng bayan matapos ang dalawang taong "
    "pagkukumpuni, may bagong silid-basahan, sulok ng mga bata at mas mahabang oras.",
    "id": "Perpustakaan kota dibuka kembali pada hari Senin setelah dua tahun renovasi, dengan "
    "ruang baca baru, pojok anak dan jam buka hingga pukul sembilan malam.",
    "vi": "Thư viện thành phố đã mở cửa trở lại vào thứ Hai sau hai năm sửa chữa, với phòng đọc "
    "mới, góc thiếu nhi và giờ mở cửa kéo dài đến chín giờ tối.",
    "ru": "Городская библиотека в понедельник вновь открылась после двух лет ремонта: новый "
    "читальный зал, детский уголок и часы работы до девяти вечера.",
    "uk": "Міська бібліотека в понеділок знову відкрилася після двох років ремонту: нова "
    "читальна зала, дитячий куточок і робота до дев'ятої вечора.",
    "el": "Η δημοτική βιβλιοθήκη άνοιξε ξανά τη Δευτέρα μετά από δύο χρόνια εργασιών, με νέο "
    "αναγνωστήριο, γωνιά για παιδιά και ωράριο έως τις εννέα το βράδυ.",
    "ar": "أعادت المكتبة العامة فتح أبوابها يوم الاثنين بعد عامين من الترميم، مع قاعة مطالعة "
    "جديدة وركن للأطفال وساعات عمل تمتد حتى التاسعة مساء.",
    "he": "הספרייה העירונית נפתחה מחדש ביום שני אחרי שנתיים של שיפוצים, עם אולם קריאה חדש, "
    "פינת ילדים ושעות פתיחה עד תשע בערב.",
    "fa": "کتابخانه شهر روز دوشنبه پس از دو سال تعمیر دوباره بازگشایی شد و اکنون سالن مطالعه "
    "تازه، گوشه کودکان و ساعت کاری تا نه شب دارد.",
    "hi": "शहर का पुस्तकालय दो साल की मरम्मत के बाद सोमवार को फिर से खुल गया, जिसमें नया "
    "वाचनालय, बच्चों का कोना और रात नौ बजे तक का समय है।",
    "th": "ห้องสมุดเมืองเปิดให้บริการอีกครั้งเมื่อวันจันทร์หลังปิดซ่อมแซมนานสองปี "
    "มีห้องอ่านหนังสือใหม่ มุมเด็ก และเวลาเปิดถึงสามทุ่ม",
    "zh": "市图书馆在修缮两年后于周一重新开放，新增了阅览室和儿童角，开放时间延长至晚上九点。"
    "馆方表示，读者可以凭借原有借书证直接入馆，无需重新办理。",
    "ja": "市立図書館が二年間の改修を終えて月曜日に再開した。新しい閲覧室と子ども向けの"
    "コーナーが設けられ、開館時間は午後九時までに延びた。",
    "ko": "시립도서관이 2년간의 보수 공사를 마치고 월요일 다시 문을 열었다. 새 열람실과 어린이 "
    "코너가 생겼고 운영 시간은 밤 9시까지로 늘었다.",
}


def _frame(site: str, main: str, *, logo: str = "", above: str = "", aside: str = "") -> str:
    """A site's frame: ``above`` (a modal, a bar), the header (``logo`` as raw markup, else a
    link with the site's name), the menu, an aside, ``main`` and the footer."""
    mark = logo or f'<a class="logo" href="/">{site}</a>'
    return (
        f'{above}<header class="site-header">{mark}<nav class="main-nav"><ul>'
        '<li><a href="/news/">News</a></li><li><a href="/sport/">Sport</a></li></ul></nav>'
        f'</header>{aside}<main id="main">{main}</main>'
        f'<footer class="site-footer"><p>© 2024 {site}</p></footer>'
    )


def _story(lang: str, heading: str, *, before: str = "", after: str = "") -> str:
    """An article: ``before`` (a kicker), ``heading`` as raw markup, a date line, ``after``
    (a standfirst) and the text."""
    return (
        f'<article class="article">{before}{heading}<div class="meta"><time '
        'datetime="2024-03-11T10:30:00+01:00">11.03.2024</time></div>'
        f'{after}<div class="article-body">{paragraphs(TEXTS[lang], TEXTS[lang])}</div></article>'
    )


def _meta(*, site: str = "", description: str = "", og_title: str = "", kind: str = "") -> str:
    tags = []
    if site:
        tags.append(f'<meta property="og:site_name" content="{site}">')
    if og_title:
        tags.append(f'<meta property="og:title" content="{og_title}">')
    if kind:
        tags.append(f'<meta property="og:type" content="{kind}">')
    if description:
        tags.append(f'<meta name="description" content="{description}">')
    return "".join(tags)


def _url(name: str) -> str:
    return f"https://{name.replace('_', '-')}.example.net/2024/03/11/4472"


# A probe: name, url, html, title, lead, publisher (``...`` not judged).
FIELDS = ("title", "lead", "publisher")

_CUT_HEADLINE = (
    "Town library reopens after two years of repairs with a new reading room, a children's "
    "corner and longer evening hours for readers"
)
_DESCRIBING = (
    "Depois de dois anos de obras, a biblioteca municipal volta a abrir com nova sala de "
    "leitura, um canto para crianças e horário alargado até às nove da noite."
)

PROBES: list[tuple[Any, ...]] = [
    # --- No <h1> at all -------------------------------------------------------------------
    (
        "en_entry_title_h2_no_h1",
        _url("en_entry_title_h2_no_h1"),
        page(
            "en",
            "Library reopens after two years of repairs – Riverside Courier",
            _meta(site="Riverside Courier", description="A new reading room and longer hours."),
            '<header class="site-header"><p class="site-title"><a href="/">Riverside Courier'
            '</a></p><p class="site-description">News from the valley</p></header>'
            '<main id="main"><article class="post type-post hentry"><header class="entry-header">'
            '<h2 class="entry-title"><a href="/library-reopens/" rel="bookmark">Library reopens '
            'after two years of repairs</a></h2><div class="entry-meta"><span class="posted-on">'
            "March 11, 2024</span></div></header>"
            f'<div class="entry-content">{paragraphs(TEXTS["en"], TEXTS["en"])}</div></article>'
            '</main><aside class="widget-area"><section class="widget"><h2 class="widget-title">'
            'Recent Posts</h2><ul><li><a href="/p/2/">Market day moves</a></li></ul></section>'
            "</aside>",
        ),
        "Library reopens after two years of repairs",
        "A new reading room and longer hours.",
        "Riverside Courier",
    ),
    (
        "de_aria_heading_no_h1",
        _url("de_aria_heading_no_h1"),
        page(
            "de",
            "Stadtbote Kiel",
            "",
            _frame(
                "Stadtbote Kiel",
                '<div class="article"><div class="article__kicker">Kiel</div>'
                '<div role="heading" aria-level="1" class="article__headline">Stadtbücherei '
                "öffnet nach zwei Jahren wieder</div>"
                '<div class="article__teaser">Neuer Lesesaal, Kinderecke und längere Abende.</div>'
                f'<div class="article__body">{paragraphs(TEXTS["de"], TEXTS["de"])}</div></div>',
            ),
        ),
        "Stadtbücherei öffnet nach zwei Jahren wieder",
        ...,
        ...,
    ),
    (
        "zh_div_title_underscores",
        _url("zh_div_title_underscores"),
        page(
            "zh",
            "市图书馆修缮两年后重新开放_新闻中心_江城网",
            "",
            _frame(
                "江城网",
                '<div class="article"><div class="article-title">市图书馆修缮两年后重新开放</div>'
                '<div class="article-info">2024-03-11 10:30 来源：江城网</div>'
                f'<div class="article-content">{paragraphs(TEXTS["zh"], TEXTS["zh"])}</div></div>',
            ),
        ),
        "市图书馆修缮两年后重新开放",
        ...,
        ...,
    ),
    # --- The logo or site's name as the only <h1> -------------------------------------------
    (
        "fr_logo_only_h1",
        _url("fr_logo_only_h1"),
        page(
            "fr",
            "Réouverture de la médiathèque après deux ans de travaux - Le Petit Écho",
            "",
            _frame(
                "Le Petit Écho",
                _story(
                    "fr",
                    '<h2 class="article-title">Réouverture de la médiathèque après deux ans de '
                    "travaux</h2>",
                ),
                logo='<h1 class="logo"><a href="/">Le Petit Écho</a></h1>',
            ),
        ),
        "Réouverture de la médiathèque après deux ans de travaux",
        ...,
        "Le Petit Écho",
    ),
    (
        "hi_logo_image_h1_latin_site",
        _url("hi_logo_image_h1_latin_site"),
        page(
            "hi",
            "शहर का पुस्तकालय दो साल बाद फिर खुला | Nagar Darpan Hindi",
            _meta(site="नगर दर्पण"),
            _frame(
                "नगर दर्पण",
                _story("hi", '<h2 class="story-headline">शहर का पुस्तकालय दो साल बाद फिर खुला</h2>'),
                logo='<h1 class="site-logo"><a href="/"><img src="/logo.png" alt="नगर दर्पण">'
                "</a></h1>",
            ),
        ),
        "शहर का पुस्तकालय दो साल बाद फिर खुला",
        ...,
        "नगर दर्पण",
    ),
    (
        "ko_logo_h1_heading_h3_chain",
        _url("ko_logo_h1_heading_h3_chain"),
        page(
            "ko",
            "도서관, 2년 만에 다시 문 열어 < 사회 < 기사본문 - 강변일보",
            _meta(site="강변일보"),
            _frame(
                "강변일보",
                '<div class="article-head-title"><h3 class="heading">도서관, 2년 만에 다시 문 열어'
                '</h3></div><ul class="infomation"><li>입력 2024.03.11 10:30</li></ul>'
                f'<div id="article-view-content-div">{paragraphs(TEXTS["ko"], TEXTS["ko"])}</div>',
                logo='<h1 class="logo"><a href="/"><img src="/logo.png" alt="강변일보"></a></h1>',
            ),
        ),
        "도서관, 2년 만에 다시 문 열어",
        ...,
        "강변일보",
    ),
    (
        "tl_blogger_blog_h1_post_h3",
        _url("tl_blogger_blog_h1_post_h3"),
        page(
            "tl",
            "Kuwento ng Bayan: Muling binuksan ang aklatan ng bayan",
            "",
            '<div class="header"><h1 class="title">Kuwento ng Bayan</h1><p class="description">'
            'Mga tala mula sa aming bayan</p></div><div class="date-outer"><h2 class="date-header">'
            '<span>Lunes, Marso 11, 2024</span></h2><div class="post hentry"><h3 class="post-title '
            'entry-title">Muling binuksan ang aklatan ng bayan</h3><div class="post-body '
            f'entry-content">{paragraphs(TEXTS["tl"], TEXTS["tl"])}</div></div></div>',
        ),
        "Muling binuksan ang aklatan ng bayan",
        ...,
        ...,
    ),
    # --- Several <h1>: a modal's, a sidebar widget's, the article's -------------------------
    (
        "es_three_h1_modal_widget_article",
        _url("es_three_h1_modal_widget_article"),
        page(
            "es",
            "La biblioteca municipal reabre tras dos años de obras | Diario del Valle",
            _meta(site="Diario del Valle"),
            _frame(
                "Diario del Valle",
                _story(
                    "es",
                    '<h1 class="titular">La biblioteca municipal reabre tras dos años de '
                    "obras</h1>",
                ),
                above='<div class="modal" id="newsletter-modal" aria-hidden="true"><div '
                'class="modal-content"><h1>Suscríbete a nuestro boletín</h1><p>Recibe las '
                'noticias cada mañana.</p><input type="email"></div></div>',
                aside='<aside class="sidebar"><div class="widget"><h1 class="widget-title">Lo más '
                'leído</h1><ul><li><a href="/r/1">Cortes de agua</a></li><li><a href="/r/2">'
                "Feria de abril</a></li></ul></div></aside>",
            ),
        ),
        "La biblioteca municipal reabre tras dos años de obras",
        ...,
        "Diario del Valle",
    ),
    # --- A kicker and the title in one <h1> ------------------------------------------------
    (
        "it_kicker_span_in_h1",
        _url("it_kicker_span_in_h1"),
        page(
            "it",
            "La biblioteca riapre dopo due anni di lavori - Gazzetta del Borgo",
            _meta(og_title="La biblioteca riapre dopo due anni di lavori"),
            _frame(
                "Gazzetta del Borgo",
                _story(
                    "it",
                    '<h1 class="title"><span class="occhiello">Il caso</span> <span class="titolo">'
                    "La biblioteca riapre dopo due anni di lavori</span></h1>",
                ),
            ),
        ),
        "La biblioteca riapre dopo due anni di lavori",
        ...,
        ...,
    ),
    (
        "tr_kicker_span_unspaced_double_colon",
        _url("tr_kicker_span_unspaced_double_colon"),
        page(
            "tr",
            "Kütüphane iki yıl sonra yeniden açıldı :: Ege Postası",
            "",
            _frame(
                "Ege Postası",
                _story(
                    "tr",
                    '<h1 class="news-title"><span class="kicker">SON DAKİKA</span><span '
                    'class="headline">Kütüphane iki yıl sonra yeniden açıldı</span></h1>',
                ),
            ),
        ),
        "Kütüphane iki yıl sonra yeniden açıldı",
        ...,
        ...,
    ),
    # --- A title broken by <br> ------------------------------------------------------------
    (
        "pt_h1_br_title_without_headline",
        _url("pt_h1_br_title_without_headline"),
        page(
            "pt",
            "Cidades – Jornal da Serra",
            "",
            _frame(
                "Jornal da Serra",
                _story("pt", "<h1>A biblioteca reabre<br>depois de dois anos de obras</h1>"),
            ),
        ),
        "A biblioteca reabre depois de dois anos de obras",
        ...,
        ...,
    ),
    (
        "sv_h1_br_slash_site",
        _url("sv_h1_br_slash_site"),
        page(
            "sv",
            "Biblioteket öppnar igen efter två år / Ådalens Tidning",
            "",
            _frame(
                "Ådalens Tidning",
                _story("sv", "<h1>Biblioteket öppnar igen<br />efter två år</h1>"),
            ),
        ),
        "Biblioteket öppnar igen efter två år",
        ...,
        ...,
    ),
    # --- The headline only in <title>, behind the site's name and every separator -----------
    (
        "pl_title_only_en_dash_site_after",
        _url("pl_title_only_en_dash_site_after"),
        page(
            "pl",
            "Biblioteka znów otwarta po dwóch latach remontu – Kurier Nadrzeczny",
            _meta(site="Kurier Nadrzeczny"),
            _frame("Kurier Nadrzeczny", _story("pl", "")),
        ),
        "Biblioteka znów otwarta po dwóch latach remontu",
        ...,
        "Kurier Nadrzeczny",
    ),
    (
        "cs_title_only_site_section_guillemets",
        _url("cs_title_only_site_section_guillemets"),
        page(
            "cs",
            "Hornolhotský zpravodaj » Zprávy » Knihovna se po dvou letech znovu otevřela",
            "",
            _frame("Hornolhotský zpravodaj", _story("cs", "")),
        ),
        "Knihovna se po dvou letech znovu otevřela",
        ...,
        ...,
    ),
    (
        "hu_title_only_left_guillemet_blog",
        _url("hu_title_only_left_guillemet_blog"),
        page(
            "hu",
            "Két év után újra nyit a könyvtár « Városi Blog",
            "",
            _frame("Városi Blog", _story("hu", "")),
        ),
        "Két év után újra nyit a könyvtár",
        ...,
        ...,
    ),
    (
        "el_title_only_middle_dot",
        _url("el_title_only_middle_dot"),
        page(
            "el",
            "Η βιβλιοθήκη ανοίγει ξανά μετά από δύο χρόνια · Ειδήσεις Λιμανιού",
            _meta(site="Ειδήσεις Λιμανιού"),
            _frame("Ειδήσεις Λιμανιού", _story("el", "")),
        ),
        "Η βιβλιοθήκη ανοίγει ξανά μετά από δύο χρόνια",
        ...,
        "Ειδήσεις Λιμανιού",
    ),
    (
        "nl_title_only_hyphen_logo_alt",
        _url("nl_title_only_hyphen_logo_alt"),
        page(
            "nl",
            "Bibliotheek na twee jaar weer open - Dorpskrant Oost",
            "",
            _frame(
                "Dorpskrant Oost",
                _story("nl", ""),
                logo='<a href="/"><img src="/logo.svg" alt="Dorpskrant Oost"></a>',
            ),
        ),
        "Bibliotheek na twee jaar weer open",
        ...,
        ...,
    ),
    (
        "ar_title_only_site_first_question",
        _url("ar_title_only_site_first_question"),
        page(
            "ar",
            "أخبار الواحة - هل تعيد المكتبة فتح أبوابها هذا الصيف؟",
            _meta(site="أخبار الواحة"),
            _frame("أخبار الواحة", _story("ar", "")),
        ),
        "هل تعيد المكتبة فتح أبوابها هذا الصيف؟",
        ...,
        "أخبار الواحة",
    ),
    (
        "en_title_only_dashes_inside_quote",
        _url("en_title_only_dashes_inside_quote"),
        page(
            "en",
            "Mayor: “The bridge – not taxes – pays for the library” – Valley Times",
            _meta(site="Valley Times"),
            _frame("Valley Times", _story("en", "")),
        ),
        "Mayor: “The bridge – not taxes – pays for the library”",
        ...,
        "Valley Times",
    ),
    (
        "ru_title_only_guillemets_latin_site",
        _url("ru_title_only_guillemets_latin_site"),
        page(
            "ru",
            "Мэр: «Библиотеку откроют летом» | Gorodskie Vesti",
            "",
            _frame("Городские вести", _story("ru", "")),
        ),
        "Мэр: «Библиотеку откроют летом»",
        ...,
        ...,
    ),
    (
        "zh_title_only_lenticular_site_first",
        _url("zh_title_only_lenticular_site_first"),
        page(
            "zh",
            "【江城晚报】市图书馆修缮两年后重新开放",
            _meta(site="江城晚报"),
            _frame("江城晚报", _story("zh", "")),
        ),
        "市图书馆修缮两年后重新开放",
        ...,
        "江城晚报",
    ),
    (
        "he_title_only_site_first_bar",
        _url("he_title_only_site_first_bar"),
        page(
            "he",
            "חדשות העמק | הספרייה העירונית נפתחה מחדש אחרי שנתיים",
            "",
            _frame("חדשות העמק", _story("he", "")),
        ),
        "הספרייה העירונית נפתחה מחדש אחרי שנתיים",
        ...,
        ...,
    ),
    (
        "en_title_only_question_then_site",
        _url("en_title_only_question_then_site"),
        page(
            "en",
            "Will the library open on time? - Valley Times",
            "",
            _frame("Valley Times", _story("en", "")),
        ),
        "Will the library open on time?",
        ...,
        ...,
    ),
    # --- <title> and <h1>: the site's name in another script, full-width separators ---------
    (
        "ru_em_dash_site_in_latin",
        _url("ru_em_dash_site_in_latin"),
        page(
            "ru",
            "Библиотека вновь открылась после ремонта — Gorodskie Vesti",
            _meta(site="Городские вести"),
            _frame(
                "Городские вести",
                _story(
                    "ru",
                    '<h1 class="article__title">Библиотека вновь открылась после ремонта</h1>',
                ),
            ),
        ),
        "Библиотека вновь открылась после ремонта",
        ...,
        "Городские вести",
    ),
    (
        "fa_bar_site_in_latin",
        _url("fa_bar_site_in_latin"),
        page(
            "fa",
            "بازگشایی کتابخانه شهر پس از دو سال | Avaye Shahr",
            _meta(site="آوای شهر"),
            _frame(
                "آوای شهر",
                _story("fa", '<h1 class="title">بازگشایی کتابخانه شهر پس از دو سال</h1>'),
            ),
        ),
        "بازگشایی کتابخانه شهر پس از دو سال",
        ...,
        "آوای شهر",
    ),
    (
        "zh_full_width_bar",
        _url("zh_full_width_bar"),
        page(
            "zh",
            "市图书馆修缮两年后重新开放｜江城晚报",
            _meta(site="江城晚报", og_title="市图书馆修缮两年后重新开放｜江城晚报"),
            _frame("江城晚报", _story("zh", "<h1>市图书馆修缮两年后重新开放</h1>")),
        ),
        "市图书馆修缮两年后重新开放",
        ...,
        "江城晚报",
    ),
    (
        "ja_corner_quotes_full_width_colon",
        _url("ja_corner_quotes_full_width_colon"),
        page(
            "ja",
            "「本の森」が2年ぶりに再開：湊新報デジタル",
            _meta(og_title="「本の森」が2年ぶりに再開：湊新報デジタル"),
            _frame(
                "湊新報デジタル",
                _story("ja", '<h1 class="article-title">「本の森」が2年ぶりに再開</h1>'),
            ),
        ),
        "「本の森」が2年ぶりに再開",
        ...,
        ...,
    ),
    (
        "th_thai_site_then_latin_site",
        _url("th_thai_site_then_latin_site"),
        page(
            "th",
            "ห้องสมุดเมืองเปิดอีกครั้งหลังปิดซ่อมสองปี - ข่าวริมน้ำ | Khao Rim Nam",
            _meta(site="ข่าวริมน้ำ"),
            _frame(
                "ข่าวริมน้ำ",
                _story("th", '<h1 class="entry-title">ห้องสมุดเมืองเปิดอีกครั้งหลังปิดซ่อมสองปี</h1>'),
            ),
        ),
        "ห้องสมุดเมืองเปิดอีกครั้งหลังปิดซ่อมสองปี",
        ...,
        "ข่าวริมน้ำ",
    ),
    (
        "he_quotes_and_gershayim",
        _url("he_quotes_and_gershayim"),
        page(
            "he",
            'רה"מ: "הספרייה תיפתח בקיץ" - חדשות העמק',
            _meta(site="חדשות העמק"),
            _frame(
                "חדשות העמק",
                _story("he", '<h1 class="headline">רה"מ: "הספרייה תיפתח בקיץ"</h1>'),
            ),
        ),
        'רה"מ: "הספרייה תיפתח בקיץ"',
        ...,
        "חדשות העמק",
    ),
    (
        "de_low_quotes_question_dash_in_title",
        _url("de_low_quotes_question_dash_in_title"),
        page(
            "de",
            "„Wer zahlt das?“ – Streit um die neue Bücherei | Stadtanzeiger Nord",
            _meta(site="Stadtanzeiger Nord"),
            _frame(
                "Stadtanzeiger Nord",
                _story("de", "<h1>„Wer zahlt das?“ – Streit um die neue Bücherei</h1>"),
            ),
        ),
        "„Wer zahlt das?“ – Streit um die neue Bücherei",
        ...,
        "Stadtanzeiger Nord",
    ),
    (
        "es_section_name_h1_article_h2",
        _url("es_section_name_h1_article_h2"),
        page(
            "es",
            "Cultura | Heraldo de la Sierra",
            "",
            _frame(
                "Heraldo de la Sierra",
                '<h1 class="section-title">Cultura</h1>'
                + _story(
                    "es", '<h2 class="headline">La biblioteca vuelve a abrir sus puertas</h2>'
                ),
            ),
        ),
        "La biblioteca vuelve a abrir sus puertas",
        ...,
        ...,
    ),
    (
        "fr_h1_hidden_prefix",
        _url("fr_h1_hidden_prefix"),
        page(
            "fr",
            "La médiathèque rouvre ses portes - L'Écho du Val",
            "",
            _frame(
                "L'Écho du Val",
                _story(
                    "fr",
                    '<h1><span class="sr-only visually-hidden">Article :</span> La médiathèque '
                    "rouvre ses portes</h1>",
                ),
            ),
        ),
        "La médiathèque rouvre ses portes",
        ...,
        ...,
    ),
    # --- og:title and JSON-LD that are not the headline -------------------------------------
    (
        "de_og_title_campaign_tail",
        _url("de_og_title_campaign_tail"),
        page(
            "de",
            "Stadtbücherei öffnet nach zwei Jahren wieder | Stadtanzeiger",
            _meta(
                site="Stadtanzeiger",
                og_title="Stadtbücherei öffnet nach zwei Jahren wieder | Jetzt 4 Wochen gratis "
                "lesen",
                description="Neuer Lesesaal, Kinderecke und Öffnungszeiten bis 21 Uhr.",
            )
            + '<meta name="twitter:title" content="Stadtbücherei öffnet nach zwei Jahren wieder '
            '| Jetzt 4 Wochen gratis lesen">',
            _frame(
                "Stadtanzeiger",
                _story("de", "<h1>Stadtbücherei öffnet nach zwei Jahren wieder</h1>"),
            ),
        ),
        "Stadtbücherei öffnet nach zwei Jahren wieder",
        "Neuer Lesesaal, Kinderecke und Öffnungszeiten bis 21 Uhr.",
        "Stadtanzeiger",
    ),
    (
        "ro_og_title_is_site_name",
        _url("ro_og_title_is_site_name"),
        page(
            "ro",
            "Biblioteca județeană se redeschide după doi ani - Gazeta de Vest",
            _meta(site="Gazeta de Vest", og_title="Gazeta de Vest", kind="website"),
            _frame(
                "Gazeta de Vest",
                _story("ro", "<h1>Biblioteca județeană se redeschide după doi ani</h1>"),
            ),
        ),
        "Biblioteca județeană se redeschide după doi ani",
        ...,
        "Gazeta de Vest",
    ),
    (
        "en_jsonld_headline_cut_at_110",
        _url("en_jsonld_headline_cut_at_110"),
        page(
            "en",
            f"{_CUT_HEADLINE[:57]}... | Harbour Gazette",
            _meta(site="Harbour Gazette")
            + ld("NewsArticle", headline=_CUT_HEADLINE[:109].rstrip() + "…"),
            _frame("Harbour Gazette", _story("en", f"<h1>{_CUT_HEADLINE}</h1>")),
        ),
        _CUT_HEADLINE,
        ...,
        "Harbour Gazette",
    ),
    (
        "pt_jsonld_headline_is_description",
        _url("pt_jsonld_headline_is_description"),
        page(
            "pt",
            "Biblioteca reabre com horário alargado - Jornal do Minho",
            _meta(
                site="Jornal do Minho",
                og_title="Biblioteca reabre com horário alargado",
                description=_DESCRIBING,
            )
            + ld("NewsArticle", headline=_DESCRIBING, description=_DESCRIBING),
            _frame(
                "Jornal do Minho",
                _story("pt", '<h1 class="headline">Biblioteca reabre com horário alargado</h1>'),
            ),
        ),
        "Biblioteca reabre com horário alargado",
        _DESCRIBING,
        "Jornal do Minho",
    ),
    (
        "en_seo_title_longer_than_h1",
        _url("en_seo_title_longer_than_h1"),
        page(
            "en",
            "Library reopens: opening hours, new café and what else changes | Northfield Post",
            _meta(
                site="Northfield Post",
                og_title="Library reopens: opening hours, new café and what else changes",
            ),
            _frame(
                "Northfield Post",
                _story("en", "<h1>Library reopens with a café and longer hours</h1>"),
            ),
        ),
        "Library reopens with a café and longer hours",
        ...,
        "Northfield Post",
    ),
    # --- AMP, and a headline drawn as an image ---------------------------------------------
    (
        "id_amp_page",
        _url("id_amp_page"),
        page(
            "id",
            "Perpustakaan kota dibuka kembali setelah dua tahun - Warta Kota",
            '<link rel="canonical" href="https://warta-kota.example.net/2024/03/11/4472">'
            '<meta name="viewport" content="width=device-width">',
            '<header class="amp-header"><a href="/"><amp-img src="/logo.png" alt="Warta Kota" '
            'width="120" height="40"></amp-img></a></header><article class="amp-article">'
            '<h1 class="amp-title">Perpustakaan kota dibuka kembali setelah dua tahun</h1>'
            '<div class="amp-meta">11 Maret 2024</div><div class="amp-content">'
            f"{paragraphs(TEXTS['id'], TEXTS['id'])}</div></article>",
            amp=True,
        ),
        "Perpustakaan kota dibuka kembali setelah dua tahun",
        ...,
        ...,
    ),
    (
        "vi_h1_image_alt",
        _url("vi_h1_image_alt"),
        page(
            "vi",
            "Thư viện thành phố mở cửa trở lại sau hai năm - Báo Sông Hậu",
            "",
            _frame(
                "Báo Sông Hậu",
                _story(
                    "vi",
                    '<h1 class="title-image"><img src="/titles/4472.png" alt="Thư viện thành phố '
                    'mở cửa trở lại sau hai năm"></h1>',
                ),
            ),
        ),
        "Thư viện thành phố mở cửa trở lại sau hai năm",
        ...,
        ...,
    ),
    # --- Pages beyond news: their natural title -------------------------------------------
    (
        "de_product_page",
        _url("de_product_page"),
        page(
            "de",
            "Wanderrucksack Bergfex 30 L online kaufen | Outdoor-Laden Süd",
            _meta(site="Outdoor-Laden Süd", kind="product")
            + ld("Product", name="Wanderrucksack Bergfex 30 L", sku="BF-30"),
            _frame(
                "Outdoor-Laden Süd",
                '<div class="product"><div class="summary"><h1 class="product_title '
                'entry-title">Wanderrucksack Bergfex 30 L</h1><p class="price">89,90 €</p>'
                '<div class="woocommerce-product-details__short-description"><p>Leichter '
                "Tagesrucksack mit Regenhülle, Hüftgurt und belüftetem Rückenteil für lange "
                "Wanderungen.</p></div><button>In den Warenkorb</button></div></div>",
            ),
        ),
        "Wanderrucksack Bergfex 30 L",
        ...,
        "Outdoor-Laden Süd",
    ),
    (
        "pl_recipe_page",
        _url("pl_recipe_page"),
        page(
            "pl",
            "Pierogi z kapustą i grzybami – przepis | Kuchnia Babci Hani",
            ld("Recipe", name="Pierogi z kapustą i grzybami"),
            _frame(
                "Kuchnia Babci Hani",
                '<article class="post"><h1 class="entry-title">Pierogi z kapustą i grzybami</h1>'
                '<div class="entry-content"><p>Najlepsze pierogi robi się w dużym gronie, przy '
                "jednym stole, z ciastem wałkowanym na zmianę przez całą rodzinę.</p>"
                '<div class="wprm-recipe"><h2 class="wprm-recipe-name">Pierogi z kapustą i '
                'grzybami</h2><ul class="wprm-recipe-ingredients"><li>500 g mąki</li><li>250 ml '
                "ciepłej wody</li><li>500 g kiszonej kapusty</li><li>30 g suszonych grzybów</li>"
                "</ul><ol><li>Kapustę i grzyby ugotuj i posiekaj.</li><li>Zagnieć ciasto, "
                "rozwałkuj i wykrawaj krążki.</li></ol></div></div></article>",
            ),
        ),
        "Pierogi z kapustą i grzybami",
        ...,
        ...,
    ),
    (
        "ru_forum_thread_question",
        _url("ru_forum_thread_question"),
        page(
            "ru",
            "Как выбрать лодку для рыбалки? - Снаряжение - Форум рыбаков Приозерья",
            "",
            '<div id="wrap"><div class="headerbar"><h1>Форум рыбаков Приозерья</h1></div>'
            '<h2 class="topic-title"><a href="/viewtopic.php?t=4472">Как выбрать лодку для '
            'рыбалки?</a></h2><div id="p101" class="post"><div class="postbody"><h3 class="first">'
            '<a href="#p101">Как выбрать лодку для рыбалки?</a></h3><p class="author">'
            '<a class="username" href="/memberlist.php?u=7">rybak77</a> » 11 мар 2024, 10:30</p>'
            f'<div class="content">{TEXTS["ru"]} {TEXTS["ru"]}</div></div></div></div>',
        ),
        "Как выбрать лодку для рыбалки?",
        ...,
        ...,
    ),
    (
        "en_sphinx_docs_headerlink",
        _url("en_sphinx_docs_headerlink"),
        page(
            "en",
            "Installing the client — Tidewater 2.4 documentation",
            "",
            '<div class="related"><ul><li><a href="/index.html">Tidewater 2.4 documentation</a> '
            '»</li></ul></div><div class="document"><div class="body" role="main"><section '
            'id="installing-the-client"><h1>Installing the client<a class="headerlink" '
            'href="#installing-the-client" title="Link to this heading">¶</a></h1><p>The client '
            "runs on any machine with Python 3.10 or later and needs no compiler.</p><pre>pip "
            "install tidewater</pre><p>Once installed, run the setup command and answer its "
            "questions about your server's address and your account.</p></section></div></div>"
            '<div class="sphinxsidebar"><h3>Navigation</h3><ul><li><a href="/usage.html">Usage'
            "</a></li></ul></div>",
        ),
        "Installing the client",
        ...,
        ...,
    ),
    (
        "sw_event_page",
        _url("sw_event_page"),
        page(
            "sw",
            "Tamasha la Muziki la Pwani 2024 – Kituo cha Utamaduni Mombasa",
            ld("Event", name="Tamasha la Muziki la Pwani 2024", startDate="2024-04-20T16:00"),
            _frame(
                "Kituo cha Utamaduni Mombasa",
                '<div class="tribe-events-single"><h1 class="tribe-events-single-event-title">'
                'Tamasha la Muziki la Pwani 2024</h1><div class="tribe-events-schedule">Aprili 20 '
                '@ 16:00 - 22:00</div><div class="tribe-events-single-event-description"><p>'
                f"{TEXTS['sw']}</p><p>Vikundi kumi vya muziki wa taarab na bongo fleva "
                "vitatumbuiza katika uwanja wa kituo, na kiingilio ni bure kwa watoto.</p>"
                "</div></div>",
            ),
        ),
        "Tamasha la Muziki la Pwani 2024",
        ...,
        ...,
    ),
    (
        "uk_wiki_article_parentheses",
        _url("uk_wiki_article_parentheses"),
        page(
            "uk",
            "Міська бібліотека (Приозерськ) — Вікі Приозерська",
            "",
            '<div id="content" class="mw-body"><h1 id="firstHeading" class="firstHeading '
            'mw-first-heading"><span class="mw-page-title-main">Міська бібліотека (Приозерськ)'
            '</span></h1><div id="bodyContent"><div id="siteSub">Матеріал з Вікі Приозерська'
            '</div><div class="mw-parser-output">'
            f"{paragraphs(TEXTS['uk'], TEXTS['uk'])}</div></div></div>",
        ),
        "Міська бібліотека (Приозерськ)",
        ...,
        ...,
    ),
]

# A second round, written after the first was fixed and after reading the headline's code
# (so not blind): a tagline after the site's name, a ticker's <h1>, a social title's label,
# an emoji, the site's name in quotes, a screen reader's <h1>, entities in JSON-LD, a Twitter
# title alone, a section's word inside the headline, a docs page's one-word <h1>.
PROBES_SECOND: list[tuple[Any, ...]] = [
    (
        "en_title_only_site_then_tagline",
        _url("en_title_only_site_then_tagline"),
        page(
            "en",
            "Library reopens after two years | Valley Times – News for the Upper Valley",
            _meta(site="Valley Times"),
            _frame("Valley Times", _story("en", "")),
        ),
        "Library reopens after two years",
        ...,
        "Valley Times",
    ),
    (
        "de_ticker_h1_before_article_h1",
        _url("de_ticker_h1_before_article_h1"),
        page(
            "de",
            "Stadtbücherei öffnet nach zwei Jahren wieder | Stadtanzeiger",
            "",
            _frame(
                "Stadtanzeiger",
                _story("de", "<h1>Stadtbücherei öffnet nach zwei Jahren wieder</h1>"),
                above='<div class="breaking-ticker"><h1>Eilmeldung: Stromausfall in der '
                "Altstadt</h1></div>",
            ),
        ),
        "Stadtbücherei öffnet nach zwei Jahren wieder",
        ...,
        ...,
    ),
    (
        "fr_title_only_site_first_spaced_colon",
        _url("fr_title_only_site_first_spaced_colon"),
        page(
            "fr",
            "Le Petit Écho : la médiathèque rouvre ses portes",
            _meta(site="Le Petit Écho"),
            _frame("Le Petit Écho", _story("fr", "")),
        ),
        "la médiathèque rouvre ses portes",
        ...,
        "Le Petit Écho",
    ),
    (
        "es_title_only_headline_colon_then_site",
        _url("es_title_only_headline_colon_then_site"),
        page(
            "es",
            "Biblioteca: qué cambia tras la reforma | Diario del Valle",
            _meta(site="Diario del Valle"),
            _frame("Diario del Valle", _story("es", "")),
        ),
        "Biblioteca: qué cambia tras la reforma",
        ...,
        "Diario del Valle",
    ),
    (
        "nl_og_title_video_label",
        _url("nl_og_title_video_label"),
        page(
            "nl",
            "VIDEO | Bibliotheek na twee jaar weer open | Dorpskrant Oost",
            _meta(site="Dorpskrant Oost", og_title="VIDEO | Bibliotheek na twee jaar weer open"),
            _frame("Dorpskrant Oost", _story("nl", "<h1>Bibliotheek na twee jaar weer open</h1>")),
        ),
        "Bibliotheek na twee jaar weer open",
        ...,
        "Dorpskrant Oost",
    ),
    (
        "en_emoji_headline",
        _url("en_emoji_headline"),
        page(
            "en",
            "🎉 Library reopens after two years - Riverside Courier",
            _meta(site="Riverside Courier"),
            _frame(
                "Riverside Courier", _story("en", "<h1>🎉 Library reopens after two years</h1>")
            ),
        ),
        "🎉 Library reopens after two years",
        ...,
        "Riverside Courier",
    ),
    (
        "ru_title_only_site_in_guillemets",
        _url("ru_title_only_site_in_guillemets"),
        page(
            "ru",
            "Библиотека вновь открылась после ремонта — «Городские вести»",
            "",
            _frame("Городские вести", _story("ru", "")),
        ),
        "Библиотека вновь открылась после ремонта",
        ...,
        ...,
    ),
    (
        "sv_screen_reader_site_h1_article_h2",
        _url("sv_screen_reader_site_h1_article_h2"),
        page(
            "sv",
            "Biblioteket öppnar igen efter två år – Ådalens Tidning",
            "",
            '<h1 class="sr-only">Ådalens Tidning</h1>'
            + _frame(
                "Ådalens Tidning",
                _story(
                    "sv", '<h2 class="article-headline">Biblioteket öppnar igen efter två år</h2>'
                ),
            ),
        ),
        "Biblioteket öppnar igen efter två år",
        ...,
        ...,
    ),
    (
        "cs_jsonld_headline_escaped_quotes",
        _url("cs_jsonld_headline_escaped_quotes"),
        page(
            "cs",
            "Knihovna „U Lípy“ se znovu otevřela - Poříčský zpravodaj",
            ld("NewsArticle", headline="Knihovna &quot;U Lípy&quot; se znovu otevřela"),
            _frame(
                "Poříčský zpravodaj",
                _story("cs", "<h1>Knihovna „U Lípy“ se znovu otevřela</h1>"),
            ),
        ),
        "Knihovna „U Lípy“ se znovu otevřela",
        ...,
        ...,
    ),
    (
        "pl_twitter_title_only",
        _url("pl_twitter_title_only"),
        page(
            "pl",
            "Kurier Nadrzeczny",
            '<meta name="twitter:title" content="Biblioteka znów otwarta po remoncie">',
            _frame("Kurier Nadrzeczny", _story("pl", "")),
        ),
        "Biblioteka znów otwarta po remoncie",
        ...,
        ...,
    ),
    (
        "hi_title_only_section_word_in_headline",
        _url("hi_title_only_section_word_in_headline"),
        page(
            "hi",
            "शहर का पुस्तकालय फिर खुला - शहर - नगर दर्पण",
            _meta(site="नगर दर्पण"),
            _frame("नगर दर्पण", _story("hi", "")),
        ),
        "शहर का पुस्तकालय फिर खुला",
        ...,
        "नगर दर्पण",
    ),
    (
        "id_title_only_question_site_tagline",
        _url("id_title_only_question_site_tagline"),
        page(
            "id",
            "Kapan perpustakaan kota dibuka lagi? - Warta Kota - Berita Terkini Hari Ini",
            _meta(site="Warta Kota"),
            _frame("Warta Kota", _story("id", "")),
        ),
        "Kapan perpustakaan kota dibuka lagi?",
        ...,
        "Warta Kota",
    ),
    (
        "en_mkdocs_one_word_h1",
        _url("en_mkdocs_one_word_h1"),
        page(
            "en",
            "Configuration - Tidewater Docs",
            "",
            '<header class="md-header"><a class="md-logo" href="/">Tidewater Docs</a></header>'
            '<nav class="md-nav"><ul><li><a href="/install/">Installing the client</a></li>'
            '<li><a href="/config/">Configuration</a></li></ul></nav><main class="md-main">'
            '<article class="md-content__inner md-typeset"><h1 id="configuration">Configuration'
            "</h1><p>The client reads its settings from a file in your home folder, or from the "
            'environment when no file is there.</p><h2 id="server-address">Server address</h2>'
            "<p>Set the address of your server and the port it listens on; the default port "
            "works for most installations.</p></article></main>",
        ),
        "Configuration",
        ...,
        ...,
    ),
    (
        "ja_h1_broken_before_a_number",
        _url("ja_h1_broken_before_a_number"),
        page(
            "ja",
            "図書館が2年ぶりに再開 | 湊新報",
            _meta(site="湊新報"),
            _frame("湊新報", _story("ja", "<h1>図書館が<br>2年ぶりに再開</h1>")),
        ),
        "図書館が2年ぶりに再開",
        ...,
        "湊新報",
    ),
    (
        "de_kicker_span_without_punctuation",
        _url("de_kicker_span_without_punctuation"),
        page(
            "de",
            "Stadtanzeiger",
            _meta(site="Stadtanzeiger"),
            _frame(
                "Stadtanzeiger",
                _story(
                    "de",
                    '<h1><span class="dachzeile">Kiel</span><span class="headline">Bücherei '
                    "öffnet nach zwei Jahren wieder</span></h1>",
                ),
            ),
        ),
        "Bücherei öffnet nach zwei Jahren wieder",
        ...,
        "Stadtanzeiger",
    ),
    (
        "zh_title_only_site_first_unspaced_hyphen",
        _url("zh_title_only_site_first_unspaced_hyphen"),
        page(
            "zh",
            "江城网-市图书馆修缮两年后重新开放",
            _meta(site="江城网"),
            _frame("江城网", _story("zh", "")),
        ),
        "市图书馆修缮两年后重新开放",
        ...,
        "江城网",
    ),
]

# Misses of the blind run, each with its reason: strict xfails, so a fix shows.
_OPEN: dict[tuple[str, str], str] = {
    ("en_seo_title_longer_than_h1", "title"): "og:title and <title> agreeing outvote the <h1>",
    # A kicker's class (kicker, dachzeile, overline, …) read as its own line moved a page each
    # way on half B (the truths' kicker conventions differ); since the 76th wave the title
    # carries such a kicker only when a metadata title joins it, which kept both pages.
}
_CASES = field_cases([*PROBES, *PROBES_SECOND], FIELDS, _OPEN)


@pytest.mark.parametrize(("url", "html", "field", "want"), _CASES)
def test_blind_title_probe(url: str, html: str, field: str, want: object) -> None:
    got = getattr(newsextract.extract(html, url=url), field)
    assert matches(field, got, want), f"{field}: {got!r}"


if __name__ == "__main__":  # pragma: no cover
    report_hits(PROBES, FIELDS)
    print("second round (not blind):")
    report_hits(PROBES_SECOND, FIELDS)
