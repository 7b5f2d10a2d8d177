"""A thirteenth blind title probe (issue 12): titles of pages that are not news, written
before the title code was read for this round: shop product pages ("Buy X online | Shop"),
recipe cards under a post, event pages, course pages, real-estate listings, government
service pages, university department pages, hotel pages, app-store listings, software
release notes, dictionary entries, question-and-answer threads, Lemmy-like link posts,
Hashnode- and dev.to-like posts, Notion and Confluence exports, static-site docs (MkDocs,
Docusaurus, Sphinx, GitBook), academic repository records (DSpace, EPrints, a data
repository), wiki talk pages and photo galleries; in 40 languages, among them Swahili,
Icelandic, Welsh, Latvian, Georgian, Armenian, Tamil, Sinhala, Mongolian, Kazakh,
Macedonian, Albanian, Maltese, Basque, Galician, Azerbaijani and Malay beside those of
the earlier rounds' kits.

Markers (the convention the expected titles follow, decided before anything ran): the
title is the page's own visible headline (the product's, the recipe's, the event's, the
course's, the listing's, the service's, the department's, the hotel's, the app's, the
release's, the entry's, the question's, the post's, the doc page's, the record's, the
talk page's, the album's), without the site's, the shop's, the documentation's, the
space's or the repository's name, a "Buy ... online" or "Tickets" wording the ``<title>``
adds, a price, a count of photos or a section's name; a wiki namespace the heading itself
shows ("Talk:") stays.

``python -m tests.metadata.test_blind_title_probes_76k /work/shared/eval`` prints both
tools' hits; the blind figure is in ``BLIND_FIGURES``. Every site, name and text here is
invented."""

from __future__ import annotations

import pytest
from tests.metadata.language_probes.kit import field_cases, matches
from tests.metadata.test_blind_title_probes_72 import TEXTS
from tests.metadata.test_blind_title_probes_75o import _MORE_TEXTS
from tests.metadata.title_pages import ld, og_meta, paragraphs, probe_rows

import newsextract

# Text for the languages neither earlier kit holds (invented, a sentence each).
_NEW_TEXTS = {
    "sw": "Wakazi wa kijiji walikutana asubuhi sokoni kujadili mpango wa maktaba mpya.",
    "is": "Íbúar bæjarins hittust á torginu í morgun til að ræða nýja bókasafnið.",
    "cy": "Daeth trigolion y pentref at ei gilydd yn y sgwâr y bore yma i drafod y llyfrgell.",
    "lv": "Pilsētas iedzīvotāji no rīta pulcējās laukumā, lai apspriestu jauno bibliotēku.",
    "ka": "სოფლის მცხოვრებლები დილით მოედანზე შეიკრიბნენ ახალი ბიბლიოთეკის განსახილველად.",
    "hy": "Գյուղի բնակիչները առավոտյան հավաքվեցին հրապարակում՝ քննարկելու նոր գրադարանը։",
    "ta": "கிராம மக்கள் காலையில் சதுக்கத்தில் கூடி புதிய நூலகம் பற்றி விவாதித்தனர்.",
    "si": "ගම්වාසීන් උදෑසන චතුරශ්‍රයේ රැස් වී නව පුස්තකාලය ගැන සාකච්ඡා කළහ.",
    "mn": "Тосгоны оршин суугчид өглөө талбай дээр цугларч шинэ номын сангийн талаар ярилцав.",
    "kk": "Ауыл тұрғындары таңертең алаңға жиналып, жаңа кітапхана туралы талқылады.",
    "mk": "Жителите на селото се собраа утрово на плоштадот за да разговараат за библиотеката.",
    "sq": "Banorët e fshatit u mblodhën në mëngjes në shesh për të diskutuar bibliotekën e re.",
    "mt": "Ir-residenti tar-raħal iltaqgħu filgħodu fil-pjazza biex jiddiskutu l-librerija.",
    "eu": "Herriko biztanleak goizean plazan bildu ziren liburutegi berriaz hitz egiteko.",
    "gl": "Os veciños da vila reuníronse pola mañá na praza para falar da nova biblioteca.",
    "az": "Kənd sakinləri səhər meydanda toplaşaraq yeni kitabxananı müzakirə etdilər.",
    "ms": "Penduduk kampung berkumpul di dataran pagi tadi membincangkan perpustakaan baharu.",
}


def _text(lang: str) -> str:
    return _NEW_TEXTS.get(lang) or _MORE_TEXTS.get(lang) or TEXTS[lang]


def _url(name: str) -> str:
    return f"https://{name.replace('_', '-')}.example.org/p/item-7642"


def _row(
    name: str,
    lang: str,
    title: str,
    head: str,
    main: str,
    want: str,
    *,
    site: str,
    text: bool = True,
) -> tuple[str, str, str, str, str, str]:
    """The site's name as a home link, a menu, ``main`` (raw markup) with the text after it
    (or none: a shop's or a gallery's page holds little), and a footer."""
    words = _text(lang)
    after = f'<div class="text">{paragraphs(words, words)}</div>' if text else ""
    body = (
        f'<header class="site-header"><a class="brand" href="/">{site}</a><nav class="menu">'
        '<ul><li><a href="/a/">·</a></li><li><a href="/b/">··</a></li></ul></nav></header>'
        f'<main class="content">{main}{after}</main>'
        f'<footer class="site-footer">© 2026 {site}</footer>'
    )
    return (name, lang, title, head, body, want)


def _crumbs(*names: str) -> str:
    links = "".join(f'<li><a href="/c{i}/">{n}</a></li>' for i, n in enumerate(names))
    return f'<nav class="breadcrumb" aria-label="breadcrumb"><ol>{links}</ol></nav>'


def _product(name: str, price: str, crumbs: tuple[str, ...] = ()) -> str:
    """A shop's product box: crumbs, the name's ``<h1>``, a price and a cart button."""
    return (
        f'{_crumbs(*crumbs) if crumbs else ""}<div class="product"><div class="gallery">'
        f'<img src="/i/1.jpg" alt="{name}"></div><div class="summary">'
        f'<h1 class="product-title">{name}</h1><p class="price">{price}</p>'
        '<form class="cart"><button type="submit">+</button></form></div></div>'
    )


def _docs(h1: str, *, nav: tuple[str, ...] = ("Intro", "Install", "Config")) -> str:
    """A static-site docs page: a sidebar of pages, then the article's ``<h1>``."""
    side = "".join(f'<li><a href="/d{i}/">{n}</a></li>' for i, n in enumerate(nav))
    return (
        f'<div class="sidebar"><ul>{side}</ul></div><article class="md-content">'
        f"<h1>{h1}</h1></article>"
    )


PROBES = probe_rows(
    [
        # --- shop product pages -------------------------------------------------------------
        _row(
            "en_shop_buy_online_title",
            "en",
            "Buy Cedar Garden Bench 150 cm online | Greenyard Shop",
            ld("Product", name="Cedar Garden Bench 150 cm", sku="GB-150"),
            _product("Cedar Garden Bench 150 cm", "£249.00", ("Home", "Garden", "Benches")),
            "Cedar Garden Bench 150 cm",
            site="Greenyard Shop",
            text=False,
        ),
        _row(
            "sk_shop_kupit_title_no_ld",
            "sk",
            "Kúpiť Drevená hojdacia stolička online | Nábytok Dubík",
            "",
            _product("Drevená hojdacia stolička", "189,90 €", ("Domov", "Stoličky")),
            "Drevená hojdacia stolička",
            site="Nábytok Dubík",
            text=False,
        ),
        _row(
            "is_shop_dash_inside_name",
            "is",
            "Ullarpeysa – Lopi, grá | Vefverslun Hlýja",
            og_meta("Ullarpeysa – Lopi, grá", "Vefverslun Hlýja"),
            _product("Ullarpeysa – Lopi, grá", "24.900 kr."),
            "Ullarpeysa – Lopi, grá",
            site="Vefverslun Hlýja",
            text=False,
        ),
        _row(
            "de_shop_price_and_shipping_in_title",
            "de",
            "Espressokocher Edelstahl 6 Tassen ab 39,95 € kaufen | Kaffeewelt",
            "",
            _product("Espressokocher Edelstahl 6 Tassen", "39,95 €", ("Start", "Zubehör")),
            "Espressokocher Edelstahl 6 Tassen",
            site="Kaffeewelt",
            text=False,
        ),
        _row(
            "ms_shop_beli_title",
            "ms",
            "Beli Tudung Bawal Satin Premium Dalam Talian | Kedai Seri",
            "",
            _product("Tudung Bawal Satin Premium", "RM 39.00"),
            "Tudung Bawal Satin Premium",
            site="Kedai Seri",
            text=False,
        ),
        _row(
            "ja_shop_brackets_and_shop_name",
            "ja",
            "【送料無料】木製まな板 桜 大サイズ | 台所道具の店",
            "",
            _product("木製まな板 桜 大サイズ", "¥4,980"),
            "木製まな板 桜 大サイズ",
            site="台所道具の店",
            text=False,
        ),
        # --- recipe cards -------------------------------------------------------------------
        _row(
            "ca_recipe_card_h2_under_post_h1",
            "ca",
            "Coca de recapte tradicional - La Cuina de l'Àvia",
            "",
            '<article class="post"><h1 class="entry-title">Coca de recapte tradicional</h1>'
            '<div class="wprm-recipe"><h2 class="wprm-recipe-name">Coca de recapte</h2>'
            '<ul class="ingredients"><li>farina</li><li>pebrot</li></ul></div></article>',
            "Coca de recapte tradicional",
            site="La Cuina de l'Àvia",
        ),
        _row(
            "sw_recipe_jinsi_ya_bar_site",
            "sw",
            "Jinsi ya kupika pilau ya nyama | Jikoni Kwetu",
            ld("Recipe", name="Pilau ya nyama"),
            '<article class="recipe"><h1>Jinsi ya kupika pilau ya nyama</h1>'
            '<div class="recipe-meta">Dakika 60 · Watu 4</div></article>',
            "Jinsi ya kupika pilau ya nyama",
            site="Jikoni Kwetu",
        ),
        _row(
            "gl_recipe_title_receita_suffix",
            "gl",
            "Empanada de zamburiñas, receita doada - Cociña Galega",
            og_meta("Empanada de zamburiñas, receita doada"),
            '<div class="receita"><h1 class="titulo">Empanada de zamburiñas, receita doada</h1>'
            '<span class="tempo">90 min</span></div>',
            "Empanada de zamburiñas, receita doada",
            site="Cociña Galega",
        ),
        _row(
            "ta_recipe_h1_and_rating",
            "ta",
            "வெண்பொங்கல் செய்வது எப்படி - சமையல் அறை",
            "",
            '<div class="recipe-head"><h1>வெண்பொங்கல் செய்வது எப்படி</h1>'
            '<div class="rating" aria-label="4.5">★★★★☆ (28)</div></div>',
            "வெண்பொங்கல் செய்வது எப்படி",
            site="சமையல் அறை",
        ),
        # --- event pages --------------------------------------------------------------------
        _row(
            "et_event_tickets_section_site",
            "et",
            "Jõulukontsert Jaani kirikus | Piletid | Kultuuriaken",
            ld("Event", name="Jõulukontsert Jaani kirikus", startDate="2026-12-20T18:00"),
            '<div class="event"><p class="event-date">20. detsember 2026, 18:00</p>'
            '<h1 class="event-title">Jõulukontsert Jaani kirikus</h1>'
            '<a class="buy" href="/t/">Osta pilet</a></div>',
            "Jõulukontsert Jaani kirikus",
            site="Kultuuriaken",
        ),
        _row(
            "cy_event_en_dash_parts",
            "cy",
            "Noson Lawen yn Neuadd y Dref – Digwyddiadau – Cyngor Tref Llanfair",
            "",
            '<div class="digwyddiad"><h1>Noson Lawen yn Neuadd y Dref</h1>'
            "<dl><dt>Dyddiad</dt><dd>12 Rhagfyr 2026</dd></dl></div>",
            "Noson Lawen yn Neuadd y Dref",
            site="Cyngor Tref Llanfair",
        ),
        _row(
            "lv_event_date_in_title_comma",
            "lv",
            "Ziemassvētku tirdziņš Doma laukumā, 12.–23. decembris | Rīgas pasākumi",
            "",
            '<div class="pasakums"><h1>Ziemassvētku tirdziņš Doma laukumā</h1>'
            '<p class="datums">12.–23. decembris</p></div>',
            "Ziemassvētku tirdziņš Doma laukumā",
            site="Rīgas pasākumi",
        ),
        _row(
            "ko_event_og_site_first",
            "ko",
            "겨울 재즈 페스티벌 2026 - 공연 정보 - 문화포털",
            og_meta("[문화포털] 겨울 재즈 페스티벌 2026"),
            '<div class="event-view"><h1 class="tit">겨울 재즈 페스티벌 2026</h1>'
            '<ul class="info"><li>12.19 ~ 12.21</li></ul></div>',
            "겨울 재즈 페스티벌 2026",
            site="문화포털",
        ),
        # --- course pages -------------------------------------------------------------------
        _row(
            "en_mooc_course_provider_above_h1",
            "en",
            "Introduction to Soil Science | Free Online Course | LearnCommons",
            og_meta("Introduction to Soil Science", "LearnCommons"),
            '<section class="course-hero"><p class="provider">Offered by the University of '
            'Tarnbridge</p><h1 class="course-title">Introduction to Soil Science</h1>'
            '<a class="enroll" href="/e/">Enroll for free</a></section>',
            "Introduction to Soil Science",
            site="LearnCommons",
        ),
        _row(
            "lt_course_kursai_dash",
            "lt",
            "Python pradžiamokslis – Kursai – Skaitmeninė akademija",
            "",
            '<div class="kursas"><h1>Python pradžiamokslis</h1><p class="trukme">8 savaitės'
            "</p></div>",
            "Python pradžiamokslis",
            site="Skaitmeninė akademija",
        ),
        _row(
            "kk_course_colon_in_name",
            "kk",
            "Қазақ тілі: бастауыш деңгей | Онлайн курстар | Білім порталы",
            "",
            '<div class="course"><h1>Қазақ тілі: бастауыш деңгей</h1></div>',
            "Қазақ тілі: бастауыш деңгей",
            site="Білім порталы",
        ),
        # --- real-estate listings -----------------------------------------------------------
        _row(
            "bg_real_estate_sale_price_title",
            "bg",
            "Продава двустаен апартамент, София, Лозенец - 185 000 EUR | Имотен пазар",
            "",
            '<div class="obiava"><h1>Двустаен апартамент, София, Лозенец</h1>'
            '<div class="cena">185 000 EUR</div></div>',
            "Двустаен апартамент, София, Лозенец",
            site="Имотен пазар",
        ),
        _row(
            "sq_real_estate_og_and_h1",
            "sq",
            "Shitet vilë 3+1 në Durrës | Prona Ime",
            og_meta("Shitet vilë 3+1 në Durrës", "Prona Ime"),
            '<div class="listing"><h1 class="listing-title">Shitet vilë 3+1 në Durrës</h1>'
            '<span class="price">220 000 €</span></div>',
            "Shitet vilë 3+1 në Durrës",
            site="Prona Ime",
        ),
        _row(
            "nl_real_estate_address_h1_title_te_koop",
            "nl",
            "Te koop: Lindenlaan 14, 3811 AB Amersfoort - Huizenzoeker",
            "",
            '<div class="object-header"><h1 class="object-street">Lindenlaan 14</h1>'
            '<span class="object-city">3811 AB Amersfoort</span>'
            '<div class="price">€ 445.000 k.k.</div></div>',
            "Lindenlaan 14",
            site="Huizenzoeker",
        ),
        # --- government service pages -------------------------------------------------------
        _row(
            "en_gov_service_dash_portal",
            "en",
            "Apply for a fishing licence - Public Services Portal",
            "",
            _crumbs("Home", "Environment", "Fishing")
            + '<div class="govuk-grid-row"><h1 class="govuk-heading-xl">Apply for a fishing '
            'licence</h1><a class="start" href="/s/">Start now</a></div>',
            "Apply for a fishing licence",
            site="Public Services Portal",
        ),
        _row(
            "ga_gov_service_irish_dash",
            "ga",
            "Iarratas a dhéanamh ar phas - Seirbhísí Poiblí",
            "",
            '<div class="seirbhis"><h1>Iarratas a dhéanamh ar phas</h1></div>',
            "Iarratas a dhéanamh ar phas",
            site="Seirbhísí Poiblí",
        ),
        _row(
            "mk_gov_service_site_first",
            "mk",
            "Е-услуги | Издавање на возачка дозвола",
            "",
            '<div class="usluga"><h1>Издавање на возачка дозвола</h1></div>',
            "Издавање на возачка дозвола",
            site="Е-услуги",
        ),
        _row(
            "sl_gov_service_title_site_only",
            "sl",
            "Državni portal",
            "",
            _crumbs("Domov", "Osebni dokumenti")
            + '<div class="storitev"><h1>Podaljšanje osebne izkaznice</h1></div>',
            "Podaljšanje osebne izkaznice",
            site="Državni portal",
        ),
        # --- university department pages ----------------------------------------------------
        _row(
            "en_university_department_three_parts",
            "en",
            "Department of Geography | Faculty of Science | University of Tarnbridge",
            "",
            '<div class="dept-banner"><h1>Department of Geography</h1></div>',
            "Department of Geography",
            site="University of Tarnbridge",
        ),
        _row(
            "eu_university_department_dash",
            "eu",
            "Fisika Saila - Zientzia Fakultatea - Mendialdeko Unibertsitatea",
            "",
            '<div class="saila"><h1>Fisika Saila</h1></div>',
            "Fisika Saila",
            site="Mendialdeko Unibertsitatea",
        ),
        _row(
            "az_university_department_og_site",
            "az",
            "Kompüter elmləri kafedrası — Dövlət Universiteti",
            og_meta("Kompüter elmləri kafedrası", "Dövlət Universiteti"),
            '<div class="kafedra"><h1>Kompüter elmləri kafedrası</h1></div>',
            "Kompüter elmləri kafedrası",
            site="Dövlət Universiteti",
        ),
        # --- hotel pages --------------------------------------------------------------------
        _row(
            "de_hotel_official_site_slogan",
            "de",
            "Hotel Alpenrose Zermatt – Offizielle Website – Bestpreisgarantie",
            ld("Hotel", name="Hotel Alpenrose Zermatt"),
            '<section class="hero"><h1>Hotel Alpenrose Zermatt</h1><p class="stars">★★★★</p>'
            "</section>",
            "Hotel Alpenrose Zermatt",
            site="Hotel Alpenrose",
        ),
        _row(
            "mt_hotel_booking_site_bar",
            "mt",
            "Lukanda tal-Bajja, Marsaxlokk | Ibbukkja Issa",
            "",
            '<div class="hotel-header"><h1 class="hotel-name">Lukanda tal-Bajja</h1>'
            '<span class="address">Marsaxlokk</span></div>',
            "Lukanda tal-Bajja",
            site="Ibbukkja Issa",
        ),
        _row(
            "hy_hotel_h1_stars_span",
            "hy",
            "Արարատ Հյուրանոց - Ամրագրում",
            "",
            '<div class="hotel"><h1>Արարատ Հյուրանոց</h1><span class="stars">★★★</span></div>',
            "Արարատ Հյուրանոց",
            site="Ամրագրում",
        ),
        # --- app-store listings and landing pages -------------------------------------------
        _row(
            "en_app_store_listing_apps_on",
            "en",
            "Lumo Budget – Apps on AppMarket",
            og_meta("Lumo Budget – Apps on AppMarket"),
            '<div class="app-header"><img src="/i/icon.png" alt="Icon image">'
            '<h1 itemprop="name">Lumo Budget</h1><a class="dev" href="/dev/">Lumo Labs</a>'
            '<div class="rating">4.6★</div></div>',
            "Lumo Budget",
            site="AppMarket",
        ),
        _row(
            "tr_app_store_listing_uygulamalar",
            "tr",
            "Namaz Vakti Pro - AppMarket'te Uygulamalar",
            "",
            '<div class="app-header"><h1 itemprop="name">Namaz Vakti Pro</h1>'
            '<a class="dev" href="/dev/">Vakit Yazılım</a></div>',
            "Namaz Vakti Pro",
            site="AppMarket",
        ),
        # --- software release notes ---------------------------------------------------------
        _row(
            "en_release_code_host_middle_dot",
            "en",
            "Release Gazelle 2.4.0 · gazelle-dev/gazelle · CodeHub",
            og_meta("Release Gazelle 2.4.0 · gazelle-dev/gazelle"),
            '<div class="release-header"><h1 class="d-inline">Gazelle 2.4.0</h1>'
            '<span class="label">Latest</span></div><div class="markdown-body"><h2>Fixes</h2>'
            "</div>",
            "Gazelle 2.4.0",
            site="CodeHub",
        ),
        _row(
            "fr_release_notes_docs_em_dash",
            "fr",
            "Nouveautés de Tern 3.2 — Documentation Tern 3.2",
            "",
            _docs("Nouveautés de Tern 3.2"),
            "Nouveautés de Tern 3.2",
            site="Tern",
        ),
        _row(
            "pl_changelog_version_h2_no_h1",
            "pl",
            "Wersja 5.1 – lista zmian | Kalendarz Plus",
            "",
            '<div class="changelog"><h2 class="version">Wersja 5.1 – lista zmian</h2>'
            '<time datetime="2026-11-30">30 listopada 2026</time></div>',
            "Wersja 5.1 – lista zmian",
            site="Kalendarz Plus",
        ),
        # --- dictionary entries -------------------------------------------------------------
        _row(
            "cy_dictionary_entry_pos_span",
            "cy",
            "hiraeth - Geiriadur Cymraeg–Saesneg",
            "",
            '<div class="entry"><h1 class="headword">hiraeth <span class="pos">eg</span></h1>'
            '<ol class="senses"><li>longing</li></ol></div>',
            "hiraeth",
            site="Geiriadur",
        ),
        _row(
            "sr_dictionary_meaning_of_title",
            "sr",
            "Значење речи „кућа” | Речник српског језика",
            "",
            '<div class="odrednica"><h1>кућа</h1><p class="gram">ж.</p></div>',
            "кућа",
            site="Речник српског језика",
        ),
        _row(
            "ka_dictionary_entry_site_first",
            "ka",
            "ლექსიკონი — სახლი",
            "",
            '<div class="entry"><h1>სახლი</h1></div>',
            "სახლი",
            site="ლექსიკონი",
        ),
        # --- question-and-answer threads ----------------------------------------------------
        _row(
            "uk_qa_tag_prefix_em_dash_site",
            "uk",
            "python — Як об'єднати два словники в одному рядку? — Питання і відповіді",
            "",
            '<div id="question-header"><h1 itemprop="name"><a class="question-hyperlink" '
            'href="/q/7642/">Як об\'єднати два словники в одному рядку?</a></h1></div>'
            '<div class="post-taglist"><a class="post-tag" href="/t/python/">python</a></div>',
            "Як об'єднати два словники в одному рядку?",
            site="Питання і відповіді",
        ),
        _row(
            "pt_qa_closed_marker_in_title",
            "pt",
            "javascript - Como clonar um objeto profundamente? [fechada] - Perguntas Dev",
            "",
            '<div id="question-header"><h1 itemprop="name"><a class="question-hyperlink" '
            'href="/q/7642/">Como clonar um objeto profundamente? [fechada]</a></h1></div>',
            "Como clonar um objeto profundamente? [fechada]",
            site="Perguntas Dev",
        ),
        _row(
            "be_discourse_topic_category_site",
            "be",
            "Як наладзіць рэзервовае капіраванне? - Дапамога - Форум супольнасці",
            og_meta("Як наладзіць рэзервовае капіраванне?", "Форум супольнасці"),
            '<div id="topic-title"><h1><a class="fancy-title" href="/t/7642">Як наладзіць '
            'рэзервовае капіраванне?</a></h1><span class="badge-category">Дапамога</span></div>',
            "Як наладзіць рэзервовае капіраванне?",
            site="Форум супольнасці",
        ),
        # --- link aggregators and blog platforms --------------------------------------------
        _row(
            "eo_lemmy_post_h1_small_instance",
            "eo",
            "Nova vortaro por lernantoj aperis - Lemmy.esperanto",
            "",
            '<div class="post-listing"><h1 class="h4 d-inline"><a href="https://vortaro.'
            'example.net/">Nova vortaro por lernantoj aperis</a></h1><small>(vortaro.example.'
            "net)</small></div>",
            "Nova vortaro por lernantoj aperis",
            site="Lemmy.esperanto",
        ),
        _row(
            "hi_hashnode_post_subtitle_h2",
            "hi",
            "रस्ट में त्रुटि प्रबंधन को समझना",
            og_meta("रस्ट में त्रुटि प्रबंधन को समझना", "कोडर की डायरी"),
            '<article><h1 class="post-title">रस्ट में त्रुटि प्रबंधन को समझना</h1>'
            '<h2 class="post-subtitle">Result और ? ऑपरेटर का सरल परिचय</h2></article>',
            "रस्ट में त्रुटि प्रबंधन को समझना",
            site="कोडर की डायरी",
        ),
        _row(
            "sv_devto_community_suffix",
            "sv",
            "Så testar du asynkron kod i Python - DEV-gemenskapen",
            "",
            '<article class="crayons-article"><header><div class="tags"><a href="/t/python">'
            '#python</a></div><h1 class="crayons-title">Så testar du asynkron kod i Python'
            "</h1></header></article>",
            "Så testar du asynkron kod i Python",
            site="DEV-gemenskapen",
        ),
        # --- Notion and Confluence exports --------------------------------------------------
        _row(
            "es_notion_export_page_title",
            "es",
            "Guía de incorporación del equipo",
            "",
            '<article id="block-1" class="page sans"><header><div class="page-header-icon">'
            '📘</div><h1 class="page-title">Guía de incorporación del equipo</h1></header>'
            '<div class="page-body"><h2>Primer día</h2></div></article>',
            "Guía de incorporación del equipo",
            site="Equipo",
        ),
        _row(
            "cs_confluence_export_space_colon",
            "cs",
            "Vývoj : Postup nasazení do produkce",
            "",
            '<div id="main-header"><div id="breadcrumb-section"><ol id="breadcrumbs"><li>'
            '<a href="index.html">Vývoj</a></li></ol></div><h1 id="title-heading" '
            'class="pagetitle"><span id="title-text"> Vývoj : Postup nasazení do produkce '
            "</span></h1></div>",
            "Postup nasazení do produkce",
            site="Vývoj",
        ),
        # --- static-site docs ---------------------------------------------------------------
        _row(
            "si_mkdocs_page_dash_site",
            "si",
            "ස්ථාපනය - ලංකා API ලේඛන",
            "",
            _docs("ස්ථාපනය"),
            "ස්ථාපනය",
            site="ලංකා API ලේඛන",
        ),
        _row(
            "it_docusaurus_page_bar_site",
            "it",
            "Configurare l'autenticazione | Tessera Docs",
            og_meta("Configurare l'autenticazione | Tessera Docs"),
            _crumbs("Guide", "Sicurezza") + _docs("Configurare l'autenticazione"),
            "Configurare l'autenticazione",
            site="Tessera Docs",
        ),
        _row(
            "mn_sphinx_headerlink_version",
            "mn",
            "Тохиргоо — Тэрэг 2.1 баримт бичиг",
            "",
            _docs('Тохиргоо<a class="headerlink" href="#id1" title="Link">¶</a>'),
            "Тохиргоо",
            site="Тэрэг",
        ),
        _row(
            "ro_gitbook_page_bar_site",
            "ro",
            "Pornire rapidă | Manualul Arcaș",
            "",
            '<div class="gitbook-root"><aside><ul><li>Introducere</li></ul></aside>'
            '<main><header><h1 class="page-title">Pornire rapidă</h1><p class="desc">'
            "Primii pași în cinci minute</p></header></main></div>",
            "Pornire rapidă",
            site="Manualul Arcaș",
        ),
        # --- academic repository records ----------------------------------------------------
        _row(
            "lv_dspace_thesis_citation_title",
            "lv",
            "Mežu ekosistēmu oglekļa uzkrāšana Latvijā",
            '<meta name="citation_title" content="Mežu ekosistēmu oglekļa uzkrāšana Latvijā">'
            '<meta name="citation_author" content="Ozola, Anna">',
            '<div class="item-page"><h2 class="page-header first-page-header">Mežu '
            'ekosistēmu oglekļa uzkrāšana Latvijā</h2><div class="simple-item-view-authors">'
            "Ozola, Anna</div></div>",
            "Mežu ekosistēmu oglekļa uzkrāšana Latvijā",
            site="Universitātes repozitorijs",
        ),
        _row(
            "en_eprints_record_dash_site",
            "en",
            "Tidal mixing in shallow estuaries - Tarnbridge Research Online",
            '<meta name="eprints.title" content="Tidal mixing in shallow estuaries">',
            '<div class="ep_summary_content"><h1 class="ep_tm_pagetitle">Tidal mixing in '
            'shallow estuaries</h1><p class="citation">Hale, R. (2026) <em>Tidal mixing in '
            "shallow estuaries.</em> PhD thesis.</p></div>",
            "Tidal mixing in shallow estuaries",
            site="Tarnbridge Research Online",
        ),
        _row(
            "fi_data_repository_record_bar",
            "fi",
            "Järvien jääpeitteen havaintoaineisto 1960–2025 | Tietovarasto",
            ld("Dataset", name="Järvien jääpeitteen havaintoaineisto 1960–2025"),
            '<div class="record"><span class="badge">Aineisto</span><h1>Järvien '
            "jääpeitteen havaintoaineisto 1960–2025</h1></div>",
            "Järvien jääpeitteen havaintoaineisto 1960–2025",
            site="Tietovarasto",
        ),
        # --- wiki talk pages ----------------------------------------------------------------
        _row(
            "af_wiki_talk_page_namespace_kept",
            "af",
            "Bespreking:Fotosintese - Vrye Ensiklopedie",
            "",
            '<div class="mw-body"><h1 id="firstHeading" class="firstHeading">'
            '<span class="mw-page-title-namespace">Bespreking</span>'
            '<span class="mw-page-title-separator">:</span>'
            '<span class="mw-page-title-main">Fotosintese</span></h1>'
            '<div class="mw-body-content"><h2>Bronne</h2></div></div>',
            "Bespreking:Fotosintese",
            site="Vrye Ensiklopedie",
        ),
        _row(
            "zu_wiki_talk_page_plain_h1",
            "zu",
            "Ingxoxo:Umfula uThukela — Iwiki",
            "",
            '<div class="mw-body"><h1 id="firstHeading">Ingxoxo:Umfula uThukela</h1></div>',
            "Ingxoxo:Umfula uThukela",
            site="Iwiki",
        ),
        # --- photo galleries ----------------------------------------------------------------
        _row(
            "lb_gallery_photo_count_bar",
            "lb",
            "Hierschtmaart zu Dikrech (36 Fotoen) | Galerie | Eist Duerf",
            "",
            '<div class="galerie"><h1>Hierschtmaart zu Dikrech</h1><span class="count">36 '
            'Fotoen</span><ul class="thumbs"><li><img src="/g/1.jpg" alt="1"></li></ul></div>',
            "Hierschtmaart zu Dikrech",
            site="Eist Duerf",
            text=False,
        ),
        _row(
            "gu_photo_album_site_first",
            "gu",
            "ફોટો ગેલેરી - નવરાત્રી ઉત્સવ 2026",
            "",
            '<div class="album"><h1>નવરાત્રી ઉત્સવ 2026</h1><ul class="thumbs"><li>'
            '<img src="/g/1.jpg" alt="1"></li></ul></div>',
            "નવરાત્રી ઉત્સવ 2026",
            site="ફોટો ગેલેરી",
            text=False,
        ),
    ],
    _url,
)

# A second round, on the tree with the first round's fixes, written before it ran: the
# furniture non-news pages set inside or around the heading (a price, a "sold out" or "new"
# ribbon, a caption, an icon's SVG ``<title>``), a notification count before a ``<title>``
# ("(3) …"), a photo's place in an album, a guide's page name, a dictionary's headword with
# its article, a docs page's one-word ``<h1>`` at the end of a trail, a "Home" part.
PROBES_2 = probe_rows(
    [
        _row(
            "sk_real_estate_price_span_in_h1",
            "sk",
            "Predaj 3-izbového bytu, Košice - Staré Mesto | Reality Východ",
            "",
            '<div class="inzerat"><h1>Predaj 3-izbového bytu, Košice - Staré Mesto '
            '<span class="price">189 000 €</span></h1></div>',
            "Predaj 3-izbového bytu, Košice - Staré Mesto",
            site="Reality Východ",
        ),
        _row(
            "en_qa_notification_count_before_title",
            "en",
            "(3) How do I descale a kettle without vinegar? - AskAround",
            "",
            '<div class="question"><h1 class="q-text">How do I descale a kettle without '
            "vinegar?</h1></div>",
            "How do I descale a kettle without vinegar?",
            site="AskAround",
        ),
        _row(
            "de_forum_notification_count_no_h1",
            "de",
            "(12) Welche Winterreifen für den Kombi? | Autoforum",
            og_meta("Welche Winterreifen für den Kombi?"),
            '<div class="thread"><h2 class="thread-title">Welche Winterreifen für den Kombi?'
            "</h2></div>",
            "Welche Winterreifen für den Kombi?",
            site="Autoforum",
        ),
        _row(
            "pl_gallery_photo_place_in_title",
            "pl",
            "Zdjęcie 3 z 24 - Jarmark bożonarodzeniowy w Toruniu - Galeria - Gazeta Miejska",
            "",
            '<div class="galeria"><h1>Jarmark bożonarodzeniowy w Toruniu</h1><p class="licznik">'
            "3 / 24</p></div>",
            "Jarmark bożonarodzeniowy w Toruniu",
            site="Gazeta Miejska",
            text=False,
        ),
        _row(
            "en_gov_guide_page_part_colon",
            "en",
            "Renew your passport: How to apply - Public Services Portal",
            "",
            '<div class="guide"><h1 class="gem-c-title">Renew your passport</h1><nav '
            'class="part-navigation"><ol><li>Overview</li><li>How to apply</li></ol></nav>'
            "<h2>How to apply</h2></div>",
            "Renew your passport",
            site="Public Services Portal",
        ),
        _row(
            "de_dictionary_headword_with_article",
            "de",
            "Haus, das ▶ Rechtschreibung, Bedeutung, Definition | Wortwarte",
            "",
            '<div class="lemma"><h1 class="lemma__title"><span class="lemma__main">Haus'
            '</span>, <span class="lemma__determiner">das</span></h1></div>',
            "Haus, das",
            site="Wortwarte",
        ),
        _row(
            "fr_gov_svg_icon_title_in_h1",
            "fr",
            "Demander une carte d'identité | Service Public Local",
            "",
            '<div class="fiche"><h1><svg class="icon" aria-hidden="true"><title>Icône '
            "document</title><path d='M0 0h1v1z'/></svg> Demander une carte d'identité</h1>"
            "</div>",
            "Demander une carte d'identité",
            site="Service Public Local",
        ),
        _row(
            "cy_gov_caption_span_in_h1",
            "cy",
            "Gwneud cais am drwydded bysgota - Gwasanaethau Cyhoeddus",
            "",
            '<div class="govuk-grid-row"><h1 class="govuk-heading-xl"><span '
            'class="govuk-caption-xl">Canllawiau</span>Gwneud cais am drwydded bysgota</h1>'
            "</div>",
            "Gwneud cais am drwydded bysgota",
            site="Gwasanaethau Cyhoeddus",
        ),
        _row(
            "nl_event_sold_out_span_after_h1",
            "nl",
            "Kerstconcert Utrechts Kamerkoor | Muziekcentrum Vredenburg-Oost",
            ld("Event", name="Kerstconcert Utrechts Kamerkoor"),
            '<div class="event"><h1>Kerstconcert Utrechts Kamerkoor <span class="soldout">'
            "Uitverkocht</span></h1></div>",
            "Kerstconcert Utrechts Kamerkoor",
            site="Muziekcentrum Vredenburg-Oost",
        ),
        _row(
            "it_shop_new_ribbon_in_h1",
            "it",
            "Moka in alluminio 3 tazze | Casa del Caffè",
            "",
            _product('Moka in alluminio 3 tazze <span class="ribbon">Novità</span>', "24,90 €"),
            "Moka in alluminio 3 tazze",
            site="Casa del Caffè",
            text=False,
        ),
        _row(
            "sv_docs_one_word_h1_trail_title",
            "sv",
            "Guide › Installation › Linux | Fyrtorn Docs",
            "",
            _crumbs("Guide", "Installation") + _docs("Linux"),
            "Linux",
            site="Fyrtorn Docs",
        ),
        _row(
            "pt_university_home_part",
            "pt",
            "Início - Departamento de História - Universidade do Alto Minho",
            "",
            '<div class="departamento"><h1>Departamento de História</h1></div>',
            "Departamento de História",
            site="Universidade do Alto Minho",
        ),
        _row(
            "da_shop_sale_prefix_in_title",
            "da",
            "UDSALG! Uldsokker i merinould – Strikkestuen",
            "",
            _product("Uldsokker i merinould", "89,00 kr."),
            "Uldsokker i merinould",
            site="Strikkestuen",
            text=False,
        ),
        _row(
            "ka_course_og_site_first_colon",
            "ka",
            "ქართული ენა დამწყებთათვის | კურსები",
            og_meta("სასწავლო ცენტრი: ქართული ენა დამწყებთათვის"),
            '<div class="course"><h1>ქართული ენა დამწყებთათვის</h1></div>',
            "ქართული ენა დამწყებთათვის",
            site="სასწავლო ცენტრი",
        ),
    ],
    _url,
)

# A third round, on the tree with both rounds' fixes, written before it ran: a repository
# record's ``<h2>`` under a site-first ``<title>``, a bar inside a product's name, a photo
# counter, a category set before an event's name, a screen reader's label in a course's
# ``<h1>``, a Chinese notification count, a hotel's stars.
PROBES_3 = probe_rows(
    [
        _row(
            "hu_repository_record_site_first_colon_h2",
            "hu",
            "Egyetemi Repozitórium: A Balaton vízminőségének változásai 1990 és 2020 között",
            '<meta name="citation_title" content="A Balaton vízminőségének változásai 1990 '
            'és 2020 között">',
            '<div class="item-page"><h2 class="page-header">A Balaton vízminőségének '
            "változásai 1990 és 2020 között</h2></div>",
            "A Balaton vízminőségének változásai 1990 és 2020 között",
            site="Egyetemi Repozitórium",
        ),
        _row(
            "hr_shop_bar_inside_product_name",
            "hr",
            "Kabel USB-C | 2 m, crni | Elektro Dućan",
            ld("Product", name="Kabel USB-C | 2 m, crni"),
            _product("Kabel USB-C | 2 m, crni", "9,99 €"),
            "Kabel USB-C | 2 m, crni",
            site="Elektro Dućan",
            text=False,
        ),
        _row(
            "es_gallery_counter_span_in_h1",
            "es",
            "Fiestas del Pilar en imágenes - Galerías - Diario del Ebro",
            "",
            '<div class="galeria"><h1>Fiestas del Pilar en imágenes <span class="counter">'
            "1/12</span></h1></div>",
            "Fiestas del Pilar en imágenes",
            site="Diario del Ebro",
            text=False,
        ),
        _row(
            "hu_event_category_span_before_name",
            "hu",
            "Újévi gálakoncert a Zeneházban | Programok | Városi Kulturális Központ",
            "",
            '<div class="esemeny"><h1><span class="category">Koncert</span> Újévi gálakoncert '
            "a Zeneházban</h1></div>",
            "Újévi gálakoncert a Zeneházban",
            site="Városi Kulturális Központ",
        ),
        _row(
            "en_course_sr_only_label_in_h1",
            "en",
            "Data Visualisation with R | LearnCommons",
            "",
            '<section class="course-hero"><h1><span class="sr-only">Course: </span>Data '
            "Visualisation with R</h1></section>",
            "Data Visualisation with R",
            site="LearnCommons",
        ),
        _row(
            "zh_qa_notification_count_chinese",
            "zh",
            "(2 条消息) 如何在阳台上种植番茄？ - 问答社区",
            "",
            '<div class="QuestionHeader"><h1 class="QuestionHeader-title">如何在阳台上种植番茄？'
            "</h1></div>",
            "如何在阳台上种植番茄？",
            site="问答社区",
        ),
        _row(
            "uk_hotel_stars_aria_span_in_h1",
            "uk",
            "Готель Карпатська Зоря, Яремче — офіційний сайт",
            "",
            '<div class="hotel"><h1>Готель Карпатська Зоря <span class="hotel-stars" '
            'aria-label="4 зірки">★★★★</span></h1><p class="addr">Яремче</p></div>',
            "Готель Карпатська Зоря",
            site="Карпатська Зоря",
        ),
        _row(
            "no_app_listing_title_on_the_store",
            "no",
            "Turkart Norge i AppMarked",
            "",
            '<div class="app-header"><h1 itemprop="name">Turkart Norge <span class="badge">4+'
            '</span></h1><a class="dev" href="/dev/">Fjellkart AS</a></div>',
            "Turkart Norge",
            site="AppMarked",
        ),
    ],
    _url,
)

FIELDS = ("title",)

# Blind figures (before any fix), judged loose / strict as ``report_titles`` prints them.
BLIND_FIGURES = {"newsextract": "56/57 loose, 55/57 strict", "trafilatura": "52/57, 49/57"}

# After the fixes (a dictionary entry's part of speech in an element classed "pos", "gram",
# "wordclass" after the headword, no word of the headline; a one-word visible headline a
# metadata title quotes whole in a phrase about it, "Значење речи „кућа”", wins):
# newsextract 57/57 loose, 57/57 strict. No dev page moved on any set.

# The second round's (on the tree with those fixes): newsextract 10/14 loose, 9/14 strict,
# trafilatura 8/14, 8/14; after its fixes (a price, a "sold out" and a ribbon element after
# the name, no word of it; a spaced "▶" between a title's parts; a one-word <h1> a trail
# <title> ends at wins): 14/14. No dev page moved on any set.
BLIND_FIGURES_2 = {"newsextract": "10/14 loose, 9/14 strict", "trafilatura": "8/14, 8/14"}

# The third round's: newsextract 7/8 loose and strict, trafilatura 3/8; after its fix (a
# place in a series, "1/12", in an element of its own closing the <h1>): 8/8.
BLIND_FIGURES_3 = {"newsextract": "7/8 loose, 7/8 strict", "trafilatura": "3/8, 3/8"}

_OPEN: dict[tuple[str, str], str] = {}
_CASES = field_cases(PROBES + PROBES_2 + PROBES_3, FIELDS, _OPEN)


@pytest.mark.parametrize(("url", "html", "field", "want"), _CASES)
def test_blind_title_probe_76k(url: str, html: str, field: str, want: object) -> None:
    got = getattr(newsextract.extract(html, url=url), field)
    assert matches(field, got, want), f"{field}: {got!r}"


if __name__ == "__main__":  # pragma: no cover
    # both tools' hits (the eval folder given as the first argument)
    import sys

    from tests.metadata.language_probes.kit import report_titles

    for probes in (PROBES, PROBES_2, PROBES_3):
        report_titles(probes, sys.argv[1])
