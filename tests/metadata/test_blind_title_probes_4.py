"""A fourth blind title probe (issue 12): pages written without reading the title code, in
31 languages and 11 scripts, on the kinds the first three probes left out: non-news pages
(recipes, Discourse and XenForo threads, docs pages with a breadcrumb ``<title>``, shop items
with a shipping tag, wiki and knowledge-base entries, event pages, podcast episodes and job
ads), a site and a section before the headline ("Site | Section | Headline"), breadcrumbs
printed as the ``<title>``, an ``<h1>`` that is the logo's image or the section, several
``<h1>`` (a "most read" box before the story), an ``og:title`` carrying the site's tagline, a
JSON-LD ``headline`` cut with an ellipsis, a headline split by ``<br>`` or behind a kicker
``<span>``, headlines in quotes or with emoji, and right-to-left headlines behind a site name
in Latin letters.

Each expected title is what a reader takes for it: the visible headline in the page's
language, without the site's name, a section, a breadcrumb, a thread's status label or a
shop's shipping tag. ``python -m tests.metadata.test_blind_title_probes_4 /work/shared/eval``
prints newsextract's and trafilatura's hits, judged as the eval's ``title_loose`` judges and
strictly: the blind figure is in ``BLIND_FIGURES``. Every site, name and text here is
invented."""

from __future__ import annotations

from typing import Any

import pytest
from tests.metadata.language_probes.kit import field_cases, matches
from tests.metadata.title_pages import ld, page, paragraphs
from tests.metadata.title_pages import og_meta as _og

import newsextract

# One text per language: a night market coming back to a town's old square for the summer.
TEXTS = {
    "en": "The night market returns to the old square this Friday, with forty stalls, live "
    "music and food from the valley's farms until midnight every weekend of the summer.",
    "de": "Der Nachtmarkt kehrt am Freitag auf den alten Marktplatz zurück, mit vierzig "
    "Ständen, Livemusik und Essen von den Höfen des Tals bis Mitternacht.",
    "fr": "Le marché de nuit revient vendredi sur la vieille place, avec quarante stands, de "
    "la musique et les produits des fermes de la vallée jusqu'à minuit.",
    "es": "El mercado nocturno vuelve este viernes a la plaza vieja, con cuarenta puestos, "
    "música en directo y comida de las granjas del valle hasta la medianoche.",
    "it": "Il mercato notturno torna venerdì nella piazza vecchia, con quaranta bancarelle, "
    "musica dal vivo e i prodotti delle fattorie della valle fino a mezzanotte.",
    "pt": "A feira noturna volta nesta sexta-feira à praça velha, com quarenta bancas, música "
    "ao vivo e comida das quintas do vale até à meia-noite.",
    "nl": "De avondmarkt keert vrijdag terug op het oude plein, met veertig kramen, livemuziek "
    "en eten van de boerderijen uit de vallei tot middernacht.",
    "sv": "Nattmarknaden återvänder till gamla torget på fredag, med fyrtio stånd, levande "
    "musik och mat från dalens gårdar fram till midnatt.",
    "nb": "Nattmarkedet kommer tilbake til det gamle torget fredag, med førti boder, levende "
    "musikk og mat fra gårdene i dalen til midnatt.",
    "da": "Natmarkedet vender tilbage til det gamle torv fredag med fyrre boder, levende musik "
    "og mad fra dalens gårde indtil midnat.",
    "pl": "Nocny targ wraca w piątek na stary rynek: czterdzieści stoisk, muzyka na żywo i "
    "jedzenie z gospodarstw doliny aż do północy.",
    "cs": "Noční trh se v pátek vrací na staré náměstí se čtyřiceti stánky, živou hudbou a "
    "jídlem z údolních statků až do půlnoci.",
    "hu": "Pénteken visszatér a régi főtérre az éjszakai piac negyven standdal, élőzenével és "
    "a völgy gazdaságainak ételeivel éjfélig.",
    "ro": "Târgul de noapte revine vineri în piața veche, cu patruzeci de tarabe, muzică live "
    "și mâncare de la fermele din vale până la miezul nopții.",
    "hr": "Noćni sajam vraća se u petak na stari trg, s četrdeset štandova, glazbom uživo i "
    "hranom s obiteljskih gospodarstava do ponoći.",
    "tr": "Gece pazarı cuma günü eski meydana geri dönüyor: kırk tezgâh, canlı müzik ve "
    "vadideki çiftliklerin yemekleri gece yarısına kadar.",
    "id": "Pasar malam kembali ke alun-alun lama pada Jumat ini, dengan empat puluh lapak, "
    "musik langsung, dan makanan dari kebun lembah hingga tengah malam.",
    "vi": "Chợ đêm trở lại quảng trường cũ vào thứ Sáu này với bốn mươi gian hàng, nhạc sống "
    "và món ăn từ các trang trại trong thung lũng đến nửa đêm.",
    "ru": "Ночной рынок в пятницу возвращается на старую площадь: сорок прилавков, живая "
    "музыка и еда с фермерских хозяйств долины до полуночи.",
    "uk": "Нічний ринок у п'ятницю повертається на стару площу: сорок яток, жива музика та "
    "їжа з фермерських господарств долини до півночі.",
    "bg": "Нощният пазар се връща в петък на стария площад с четиридесет сергии, музика на "
    "живо и храна от фермите в долината до полунощ.",
    "el": "Η νυχτερινή αγορά επιστρέφει την Παρασκευή στην παλιά πλατεία, με σαράντα πάγκους, "
    "ζωντανή μουσική και φαγητό από τα αγροκτήματα της κοιλάδας ως τα μεσάνυχτα.",
    "ka": "ღამის ბაზარი პარასკევს ძველ მოედანს უბრუნდება: ორმოცი დახლი, ცოცხალი მუსიკა და "
    "ხეობის ფერმების საკვები შუაღამემდე.",
    "ar": "يعود السوق الليلي يوم الجمعة إلى الساحة القديمة بأربعين كشكاً وموسيقى حية وطعام "
    "من مزارع الوادي حتى منتصف الليل.",
    "he": "שוק הלילה חוזר ביום שישי לכיכר הישנה, עם ארבעים דוכנים, מוזיקה חיה ואוכל מהחוות "
    "של העמק עד חצות.",
    "fa": "بازار شب از جمعه به میدان قدیمی بازمی‌گردد، با چهل غرفه، موسیقی زنده و غذای "
    "مزرعه‌های دره تا نیمه‌شب.",
    "hi": "रात का बाज़ार इस शुक्रवार पुराने चौक पर लौट रहा है, चालीस दुकानों, लाइव संगीत और "
    "घाटी के खेतों के खाने के साथ आधी रात तक।",
    "th": "ตลาดกลางคืนกลับมาที่ลานเมืองเก่าในวันศุกร์นี้ มีร้านค้าสี่สิบร้าน ดนตรีสด และอาหารจากฟาร์มในหุบเขาจนถึงเที่ยงคืน",
    "zh": "夜市本周五重返老广场，四十个摊位、现场音乐和山谷农场的美食，一直营业到午夜。",
    "ja": "ナイトマーケットが今週金曜、旧広場に戻ってくる。四十の屋台、生演奏、谷の農場の料理が"
    "真夜中まで楽しめる。",
    "ko": "야시장이 이번 금요일 옛 광장으로 돌아온다. 마흔 개의 노점과 라이브 음악, 계곡 농장의 "
    "음식을 자정까지 즐길 수 있다.",
}


def _url(name: str) -> str:
    return f"https://{name.replace('_', '-')}.example.org/2024/06/14/market-3307"


def _story(lang: str, site: str, heading: str, *, above: str = "", logo: str = "") -> str:
    """A news site's body: the logo (raw markup, else a link with the site's name), a menu,
    the story (``above``, then ``heading`` as raw markup, a date line and the text), a
    "more" box and the footer."""
    mark = logo or f'<a class="brand" href="/">{site}</a>'
    text = TEXTS[lang]
    return (
        f'<header class="masthead">{mark}<nav class="nav"><a href="/local/">·</a>'
        '<a href="/life/">··</a></nav></header><main class="content"><article class="story">'
        f'{above}{heading}<p class="dateline"><time datetime="2024-06-14T08:15:00+02:00">'
        f'14.06.2024</time></p><div class="story-text">{paragraphs(text, text)}</div>'
        '</article><aside class="more"><h4>…</h4><ul><li><a href="/2024/06/13/91">…</a>'
        f"</li></ul></aside></main><footer><p>© 2024 {site}</p></footer>"
    )


def _plain(lang: str, site: str, body: str) -> str:
    """A non-news page's frame: the site's bar, then ``body`` (raw markup), then a footer."""
    return (
        f'<div class="topbar"><a class="home" href="/">{site}</a><form role="search">'
        f'<input name="q"></form></div><div id="page">{body}</div><footer>{site}</footer>'
    )


FIELDS = ("title",)

PROBES: list[tuple[Any, ...]] = [
    (name, _url(name), page(lang, title, head, body), want)
    for name, lang, title, head, body, want in [
        # --- Recipes --------------------------------------------------------------------------
        (
            "en_recipe_site_first_bars_card_h2",
            "en",
            "Hearthside Kitchen | Soups | Smoky lentil soup with charred leeks",
            ld("Recipe", name="Smoky lentil soup with charred leeks", recipeYield="4"),
            _plain(
                "en",
                "Hearthside Kitchen",
                '<article class="post"><h1 class="entry-title">Smoky lentil soup with charred '
                'leeks</h1><a class="jump" href="#recipe">Jump to Recipe</a><div class="entry">'
                f'{paragraphs(TEXTS["en"])}</div><div id="recipe" class="wprm-recipe">'
                '<h2 class="wprm-recipe-name">Smoky lentil soup with charred leeks</h2><ul>'
                "<li>2 leeks</li><li>1 cup lentils</li></ul></div></article>",
            ),
            "Smoky lentil soup with charred leeks",
        ),
        (
            "it_recipe_print_button_h1",
            "it",
            "Torta di mele della nonna Ada - Ricette di Casa Vento",
            ld("Recipe", name="Torta di mele della nonna Ada"),
            _plain(
                "it",
                "Ricette di Casa Vento",
                '<div class="recipe-header"><h1 class="recipe-title">Torta di mele della nonna '
                'Ada</h1><div class="recipe-actions"><button>Stampa</button><button>Salva'
                '</button></div></div><div class="recipe-intro">'
                f"{paragraphs(TEXTS['it'])}</div><h2>Ingredienti</h2><ul><li>3 mele</li></ul>",
            ),
            "Torta di mele della nonna Ada",
        ),
        (
            "hi_recipe_section_bar_site_after",
            "hi",
            "मसाला भिंडी की आसान विधि | शाकाहारी | रसोई घर",
            ld("Recipe", name="मसाला भिंडी की आसान विधि"),
            _plain(
                "hi",
                "रसोई घर",
                '<article><h1 class="entry-title">मसाला भिंडी की आसान विधि</h1>'
                f'<div class="entry-content">{paragraphs(TEXTS["hi"])}</div></article>',
            ),
            "मसाला भिंडी की आसान विधि",
        ),
        # --- Forum threads --------------------------------------------------------------------
        (
            "pl_discourse_topic_fancy_title",
            "pl",
            "Jaka przynęta na sandacza w listopadzie? - Wędkarskie Forum Pomorza",
            _og("Jaka przynęta na sandacza w listopadzie?", "Wędkarskie Forum Pomorza"),
            '<div class="d-header"><a class="logo" href="/"><img alt="Wędkarskie Forum Pomorza" '
            'src="/logo.png"></a></div><div id="topic-title"><h1 data-topic-id="5120"><a '
            'class="fancy-title" href="/t/jaka-przyneta/5120">Jaka przynęta na sandacza w '
            'listopadzie?</a></h1><span class="badge-category">Jeziora</span></div><div '
            f'class="topic-post"><div class="cooked">{paragraphs(TEXTS["pl"])}</div></div>',
            "Jaka przynęta na sandacza w listopadzie?",
        ),
        (
            "ru_xenforo_prefix_label_in_h1",
            "ru",
            "Решено - Не заводится лодочный мотор после зимы | Клуб речников",
            "",
            '<div class="p-header"><a href="/">Клуб речников</a></div><div class="p-body">'
            '<ul class="p-breadcrumbs"><li><a href="/forums/">Форумы</a></li><li><a '
            'href="/forums/motors/">Моторы</a></li></ul><div class="p-title"><h1 '
            'class="p-title-value"><span class="label label--green">Решено</span><span '
            'class="label-append">&nbsp;</span>Не заводится лодочный мотор после зимы</h1>'
            '</div><article class="message"><div class="bbWrapper">'
            f"{paragraphs(TEXTS['ru'])}</div></article></div>",
            "Не заводится лодочный мотор после зимы",
        ),
        (
            "ko_board_post_title_div_no_h1",
            "ko",
            "야시장 주차 어디에 하나요? > 자유게시판 | 우리동네 커뮤니티",
            "",
            _plain(
                "ko",
                "우리동네 커뮤니티",
                '<div class="board-view"><div class="view-title"><span class="cate">[질문]'
                '</span> 야시장 주차 어디에 하나요?</div><div class="view-info">조회 312</div>'
                f'<div class="view-content">{paragraphs(TEXTS["ko"])}</div></div>',
            ),
            "야시장 주차 어디에 하나요?",
        ),
        # --- Docs pages -----------------------------------------------------------------------
        (
            "en_docs_breadcrumb_title_guillemets",
            "en",
            "Configuration › Logging › Log rotation — Tidewater 3.2 documentation",
            "",
            _plain(
                "en",
                "Tidewater",
                '<nav class="breadcrumbs"><a href="/">Docs</a> › <a href="/config/">'
                'Configuration</a> › <a href="/config/logging/">Logging</a></nav><div '
                'class="document"><section id="log-rotation"><h1>Log rotation</h1><p>Tidewater '
                "rotates its logs every night and keeps the last seven files unless told "
                "otherwise in the settings file.</p><p>Set max_files to keep more, or set it "
                "to zero to keep every file the service writes.</p></section></div>",
            ),
            "Log rotation",
        ),
        (
            "de_docs_h1_beta_badge",
            "de",
            "Installation unter Windows | Handbuch | Kompass Fahrplan-Software",
            "",
            _plain(
                "de",
                "Kompass",
                '<div class="docs"><aside class="toc"><a href="#">Einleitung</a><a href="#">'
                'Installation</a></aside><article class="doc"><h1>Installation unter Windows '
                '<span class="badge">Beta</span></h1><p>Das Installationsprogramm richtet '
                "Kompass im Benutzerordner ein und braucht keine Administratorrechte.</p><p>"
                "Nach dem ersten Start lädt Kompass die Fahrpläne der gewählten Region "
                "herunter.</p></article></div>",
            ),
            "Installation unter Windows",
        ),
        (
            "ja_docs_full_width_bar",
            "ja",
            "設定ファイルの書き方｜はやぶさ CLI ドキュメント",
            "",
            _plain(
                "ja",
                "はやぶさ CLI",
                '<main class="docs-main"><nav class="crumbs">ホーム / ガイド</nav><h1 '
                'id="config">設定ファイルの書き方</h1><p>はやぶさは起動時にホームフォルダの設定'
                "ファイルを読み込みます。ファイルがなければ既定値で動きます。</p><p>項目名は"
                "小文字で書き、値は引用符で囲みます。</p></main>",
            ),
            "設定ファイルの書き方",
        ),
        # --- Shop items -----------------------------------------------------------------------
        (
            "fr_shop_item_buy_online_site",
            "fr",
            "Bouilloire inox 1,7 L Maréa – Achat en ligne | La Quincaillerie Bleue",
            ld("Product", name="Bouilloire inox 1,7 L Maréa", sku="QB-1702"),
            _plain(
                "fr",
                "La Quincaillerie Bleue",
                '<div class="product"><div class="gallery"><img alt="Bouilloire" '
                'src="/k.jpg"></div><div class="summary"><h1 class="product_title">Bouilloire '
                'inox 1,7 L Maréa</h1><p class="price">39,90 €</p><button>Ajouter au panier'
                '</button><div class="description"><p>Une bouilloire en acier inoxydable à '
                "double paroi, qui garde l'eau chaude une heure et s'arrête seule.</p></div>"
                "</div></div>",
            ),
            "Bouilloire inox 1,7 L Maréa",
        ),
        (
            "ko_shop_item_shipping_tag_brackets",
            "ko",
            "[무료배송] 대나무 도마 세트 3종 : 살림공방",
            _og("[무료배송] 대나무 도마 세트 3종", "살림공방"),
            _plain(
                "ko",
                "살림공방",
                '<div class="goods"><h2 class="goods-name"><span class="tag">[무료배송]</span> '
                '대나무 도마 세트 3종</h2><p class="price">29,000원</p><div class="detail"><p>'
                "단단한 대나무로 만든 도마 세 개를 한 세트로 담았습니다. 크기별로 나누어 쓰기 "
                "좋습니다.</p></div></div>",
            ),
            "대나무 도마 세트 3종",
        ),
        (
            "tr_shop_item_title_code_suffix",
            "tr",
            "Bakır Cezve 3 Fincanlık - Ürün Kodu: BK-330 - Ev Dükkânı",
            ld("Product", name="Bakır Cezve 3 Fincanlık", sku="BK-330"),
            _plain(
                "tr",
                "Ev Dükkânı",
                '<div class="product-detail"><h1 class="product-name">Bakır Cezve 3 Fincanlık'
                '</h1><span class="code">Ürün Kodu: BK-330</span><p class="price">450 TL</p>'
                '<div class="desc"><p>El dövmesi bakırdan yapılmış, içi kalaylı, üç fincan '
                "kahve pişiren bir cezve.</p></div></div>",
            ),
            "Bakır Cezve 3 Fincanlık",
        ),
        # --- Wiki and knowledge-base entries --------------------------------------------------
        (
            "es_wikijs_breadcrumb_h1",
            "es",
            "Guía del voluntariado | Wiki del Club Náutico Ría Clara",
            "",
            _plain(
                "es",
                "Wiki del Club Náutico Ría Clara",
                '<div class="page-header"><div class="breadcrumbs">Inicio / Socios / Guía del '
                'voluntariado</div><h1 class="page-title">Guía del voluntariado</h1><div '
                'class="page-desc">Cómo apuntarse a los turnos del club</div></div><div '
                f'class="contents">{paragraphs(TEXTS["es"])}</div>',
            ),
            "Guía del voluntariado",
        ),
        (
            "nl_helpdesk_article_site_first_bar",
            "nl",
            "Helpcentrum Fietsdeel | Hoe reserveer ik een bakfiets?",
            "",
            _plain(
                "nl",
                "Fietsdeel",
                '<div class="hc-crumbs"><a href="/">Helpcentrum</a> &gt; <a href="/r/">'
                'Reserveren</a></div><article class="article"><header><h1 '
                'class="article-title" title="Hoe reserveer ik een bakfiets?">Hoe reserveer ik '
                'een bakfiets?</h1></header><div class="article-body"><p>Open de app, kies een '
                "station in de buurt en tik op reserveren; de bakfiets blijft een half uur "
                "voor je staan.</p></div></article>",
            ),
            "Hoe reserveer ik een bakfiets?",
        ),
        (
            "bg_wiki_namespace_site_after",
            "bg",
            "Стара Рибарска махала — Енциклопедия на Черноморието",
            "",
            _plain(
                "bg",
                "Енциклопедия на Черноморието",
                '<div id="content" class="mw-body"><h1 id="firstHeading"><span '
                'class="mw-page-title-main">Стара Рибарска махала</span></h1><div '
                'id="siteSub">От Енциклопедия на Черноморието</div><div id="mw-content-text">'
                f"{paragraphs(TEXTS['bg'])}</div></div>",
            ),
            "Стара Рибарска махала",
        ),
        # --- Event pages ----------------------------------------------------------------------
        (
            "el_event_date_in_title",
            "el",
            "Συναυλία στο λιμάνι: Ορχήστρα Νεφέλη | 14 Ιουνίου 2024 | Εκδηλώσεις Πάρου",
            ld("Event", name="Συναυλία στο λιμάνι: Ορχήστρα Νεφέλη", startDate="2024-06-14"),
            _plain(
                "el",
                "Εκδηλώσεις Πάρου",
                '<div class="event"><p class="event-date">Παρασκευή 14 Ιουνίου, 21:00</p><h1 '
                'class="event-title">Συναυλία στο λιμάνι: Ορχήστρα Νεφέλη</h1><p '
                f'class="venue">Παλιό λιμάνι</p>{paragraphs(TEXTS["el"])}</div>',
            ),
            "Συναυλία στο λιμάνι: Ορχήστρα Νεφέλη",
        ),
        (
            "nl_event_tickets_label_title",
            "nl",
            "Tickets: Havenfestival Zeewolde 2024 | Uitagenda Flevoland",
            ld("Event", name="Havenfestival Zeewolde 2024", startDate="2024-06-14"),
            _plain(
                "nl",
                "Uitagenda Flevoland",
                '<section class="event-hero"><h1>Havenfestival Zeewolde 2024</h1><a '
                'class="btn" href="/tickets/">Koop tickets</a></section><section '
                f'class="event-info">{paragraphs(TEXTS["nl"])}</section>',
            ),
            "Havenfestival Zeewolde 2024",
        ),
        (
            "ka_event_no_h1_jsonld_name",
            "ka",
            "ღამის ბაზარი ძველ მოედანზე — ქალაქის აფიშა",
            ld("Event", name="ღამის ბაზარი ძველ მოედანზე", startDate="2024-06-14T20:00"),
            _plain(
                "ka",
                "ქალაქის აფიშა",
                '<div class="event-card"><div class="event-name">ღამის ბაზარი ძველ მოედანზე'
                f'</div><div class="event-text">{paragraphs(TEXTS["ka"])}</div></div>',
            ),
            "ღამის ბაზარი ძველ მოედანზე",
        ),
        # --- Podcast episodes -----------------------------------------------------------------
        (
            "en_podcast_episode_number_h1",
            "en",
            "Ep. 142: Why the tide mills stopped turning — The Estuary Hour",
            _og("Ep. 142: Why the tide mills stopped turning", "The Estuary Hour"),
            _plain(
                "en",
                "The Estuary Hour",
                '<div class="episode"><h1 class="episode-title">Ep. 142: Why the tide mills '
                'stopped turning</h1><audio controls src="/ep142.mp3"></audio><div '
                'class="show-notes"><p>This week we walk the old mill race with a retired '
                "miller and ask why the last tide mill on the coast went quiet in 1958.</p>"
                "<p>Music by the Low Tide Trio.</p></div></div>",
            ),
            "Ep. 142: Why the tide mills stopped turning",
        ),
        (
            "de_podcast_show_colon_og_episode_small",
            "de",
            "Inselfunk: Die letzte Fähre nach Kranichsand",
            _og("Inselfunk: Die letzte Fähre nach Kranichsand", "Inselfunk"),
            _plain(
                "de",
                "Inselfunk",
                '<div class="episode"><p class="episode-number">Folge 58</p><h1>Die letzte '
                'Fähre nach Kranichsand</h1><div class="player"><button>▶</button></div>'
                f'<div class="notes">{paragraphs(TEXTS["de"])}</div></div>',
            ),
            "Die letzte Fähre nach Kranichsand",
        ),
        # --- Job ads --------------------------------------------------------------------------
        (
            "pt_job_ad_label_and_town",
            "pt",
            "Vaga: Técnico de manutenção naval (m/f) – Setúbal | Emprego Maré",
            ld("JobPosting", title="Técnico de manutenção naval (m/f)", datePosted="2024-06-14"),
            _plain(
                "pt",
                "Emprego Maré",
                '<div class="job"><h1 class="job-title">Técnico de manutenção naval (m/f)</h1>'
                '<ul class="job-facts"><li>Setúbal</li><li>Tempo inteiro</li></ul><div '
                'class="job-desc"><p>Procuramos um técnico para a manutenção de embarcações '
                "de recreio no estaleiro da marina, com experiência em motores fora de borda."
                "</p></div></div>",
            ),
            "Técnico de manutenção naval (m/f)",
        ),
        (
            "sv_job_ad_site_section_title",
            "sv",
            "Hamnverket Norr | Lediga jobb | Hamnkapten till Luleå hamn",
            "",
            _plain(
                "sv",
                "Hamnverket Norr",
                '<div class="vacancy"><p class="crumbs">Lediga jobb</p><h1>Hamnkapten till '
                'Luleå hamn</h1><p class="apply-by">Sök senast 30 juni</p><div class="text">'
                "<p>Som hamnkapten leder du arbetet i hamnen, ansvarar för säkerheten och "
                "samordnar fartygens anlöp med lotsar och bogserbåtar.</p></div></div>",
            ),
            "Hamnkapten till Luleå hamn",
        ),
        # --- Site and section before the headline ---------------------------------------------
        (
            "en_site_section_headline_bars",
            "en",
            "Millcross Gazette | Local | Night market returns to the old square",
            "",
            _story("en", "Millcross Gazette", "<h1>Night market returns to the old square</h1>"),
            "Night market returns to the old square",
        ),
        (
            "ro_site_section_headline_no_h1",
            "ro",
            "Gazeta Deltei | Actualitate | Târgul de noapte revine în piața veche",
            _og("Târgul de noapte revine în piața veche", "Gazeta Deltei"),
            _story(
                "ro",
                "Gazeta Deltei",
                '<div class="art-title">Târgul de noapte revine în piața veche</div>',
            ),
            "Târgul de noapte revine în piața veche",
        ),
        (
            "tr_site_section_headline_hyphens",
            "tr",
            "Körfez Postası - Gündem - Gece pazarı eski meydana dönüyor",
            "",
            _story("tr", "Körfez Postası", "<h1>Gece pazarı eski meydana dönüyor</h1>"),
            "Gece pazarı eski meydana dönüyor",
        ),
        # --- Breadcrumbs printed as the <title> ------------------------------------------------
        (
            "fr_breadcrumb_title_chevrons",
            "fr",
            "Accueil &gt; Actualités &gt; Région &gt; Le marché de nuit revient sur la "
            "vieille place",
            "",
            _story(
                "fr", "L'Écho du Val", "<h1>Le marché de nuit revient sur la vieille place</h1>"
            ),
            "Le marché de nuit revient sur la vieille place",
        ),
        (
            "cs_breadcrumb_title_slashes_og",
            "cs",
            "Úvod / Zprávy / Kraj / Noční trh se vrací na staré náměstí",
            _og("Noční trh se vrací na staré náměstí"),
            _story(
                "cs",
                "Hlas Poříčí",
                '<p class="title-big">Noční trh se vrací na staré náměstí</p>',
            ),
            "Noční trh se vrací na staré náměstí",
        ),
        (
            "hu_breadcrumb_title_raquo_h1",
            "hu",
            "Főoldal » Hírek » Visszatér az éjszakai piac a főtérre",
            "",
            _story("hu", "Tiszai Hírek", "<h1>Visszatér az éjszakai piac a főtérre</h1>"),
            "Visszatér az éjszakai piac a főtérre",
        ),
        # --- The <h1> is the logo or the section; several <h1> ---------------------------------
        (
            "id_h1_logo_image_headline_h2",
            "id",
            "Pasar malam kembali ke alun-alun lama - Kabar Pesisir",
            "",
            _story(
                "id",
                "Kabar Pesisir",
                '<h2 class="entry-title">Pasar malam kembali ke alun-alun lama</h2>',
                logo='<h1 class="logo"><a href="/"><img src="/logo.png" alt="Kabar Pesisir">'
                "</a></h1>",
            ),
            "Pasar malam kembali ke alun-alun lama",
        ),
        (
            "hr_h1_section_headline_h1_in_article",
            "hr",
            "Noćni sajam vraća se na stari trg | Glas Otoka",
            "",
            _story(
                "hr",
                "Glas Otoka",
                '<h1 class="article-title">Noćni sajam vraća se na stari trg</h1>',
                logo='<h1 class="section-title">Vijesti</h1>',
            ),
            "Noćni sajam vraća se na stari trg",
        ),
        (
            "vi_most_read_h1_before_story",
            "vi",
            "Chợ đêm trở lại quảng trường cũ - Báo Miền Sông",
            "",
            '<header><a href="/">Báo Miền Sông</a></header><aside class="top-read"><h1>Đọc '
            'nhiều</h1><ol><li><a href="/a">Giá xăng giảm nhẹ</a></li><li><a href="/b">Mưa '
            'lớn ở miền Trung</a></li></ol></aside><article class="detail"><h1 '
            'class="detail-title">Chợ đêm trở lại quảng trường cũ</h1><div class="detail-body">'
            f"{paragraphs(TEXTS['vi'], TEXTS['vi'])}</div></article>",
            "Chợ đêm trở lại quảng trường cũ",
        ),
        (
            "ar_three_h1_latin_site_after_bar",
            "ar",
            "عودة السوق الليلي إلى الساحة القديمة | Sahel Post",
            "",
            _story(
                "ar",
                "Sahel Post",
                '<h1 class="article-title">عودة السوق الليلي إلى الساحة القديمة</h1>',
                logo='<h1 class="logo"><a href="/">Sahel Post</a></h1><div class="ticker"><h1>'
                "عاجل</h1><span>انقطاع الكهرباء في الحي الشرقي</span></div>",
            ),
            "عودة السوق الليلي إلى الساحة القديمة",
        ),
        # --- og:title with a tagline ----------------------------------------------------------
        (
            "en_og_title_site_tagline",
            "en",
            "Harbour dredging starts Monday | Bayside Beacon",
            _og("Harbour dredging starts Monday — Bayside Beacon: news that floats"),
            _story("en", "Bayside Beacon", "<h1>Harbour dredging starts Monday</h1>"),
            "Harbour dredging starts Monday",
        ),
        (
            "es_og_tagline_no_h1_entry_h2",
            "es",
            "Vuelve el mercado nocturno a la plaza vieja | Voz del Valle",
            _og(
                "Vuelve el mercado nocturno a la plaza vieja | Voz del Valle, el diario de tu "
                "comarca"
            ),
            _story(
                "es",
                "Voz del Valle",
                '<h2 class="entry-title">Vuelve el mercado nocturno a la plaza vieja</h2>',
            ),
            "Vuelve el mercado nocturno a la plaza vieja",
        ),
        (
            "da_og_tagline_only_title_site",
            "da",
            "Fynske Nyheder",
            _og("Natmarkedet vender tilbage til torvet - Fynske Nyheder - nyt fra hele øen"),
            _story(
                "da",
                "Fynske Nyheder",
                '<div class="headline">Natmarkedet vender tilbage til torvet</div>',
            ),
            "Natmarkedet vender tilbage til torvet",
        ),
        # --- JSON-LD headline cut with an ellipsis ---------------------------------------------
        (
            "en_jsonld_ellipsis_h1_full",
            "en",
            "Coastal councils agree on a shared plan for ferry timetables, parking and "
            "night buses | Shoreline Times",
            ld(
                "NewsArticle",
                headline="Coastal councils agree on a shared plan for ferry timetables, "
                "parking and…",
            ),
            _story(
                "en",
                "Shoreline Times",
                "<h1>Coastal councils agree on a shared plan for ferry timetables, parking and "
                "night buses</h1>",
            ),
            "Coastal councils agree on a shared plan for ferry timetables, parking and night buses",
        ),
        (
            "uk_jsonld_ellipsis_no_h1_title_full",
            "uk",
            "Міська рада затвердила план ремонту набережної та двох причалів — Вісті Лиману",
            ld(
                "NewsArticle",
                headline="Міська рада затвердила план ремонту набережної та двох...",
            ),
            _story(
                "uk",
                "Вісті Лиману",
                '<div class="post-head">Міська рада затвердила план ремонту набережної та '
                "двох причалів</div>",
            ),
            "Міська рада затвердила план ремонту набережної та двох причалів",
        ),
        (
            "zh_jsonld_ellipsis_h1_full",
            "zh",
            "老广场夜市本周五回归 四十个摊位营业到午夜_山城晚报",
            ld("NewsArticle", headline="老广场夜市本周五回归 四十个摊位…"),
            _story("zh", "山城晚报", "<h1>老广场夜市本周五回归 四十个摊位营业到午夜</h1>"),
            "老广场夜市本周五回归 四十个摊位营业到午夜",
        ),
        # --- A headline split by <br> or behind a kicker span ----------------------------------
        (
            "ko_h1_br_quote_second_line",
            "ko",
            '옛 광장 야시장 돌아온다…상인들 "숨통 트였다" - 바다일보',
            "",
            _story("ko", "바다일보", '<h1>옛 광장 야시장 돌아온다…<br>상인들 "숨통 트였다"</h1>'),
            '옛 광장 야시장 돌아온다…상인들 "숨통 트였다"',
        ),
        (
            "nb_kicker_span_in_h1_og_plain",
            "nb",
            "Nattmarkedet er tilbake på torget fra fredag – Fjordposten",
            _og("Nattmarkedet er tilbake på torget fra fredag", "Fjordposten"),
            _story(
                "nb",
                "Fjordposten",
                '<h1 class="article-title"><span class="kicker">Sommer</span> Nattmarkedet er '
                "tilbake på torget fra fredag</h1>",
            ),
            "Nattmarkedet er tilbake på torget fra fredag",
        ),
        (
            "th_h1_br_site_after_hyphen",
            "th",
            "ตลาดกลางคืนกลับมาแล้ว ที่ลานเมืองเก่า - ข่าวเหนือวันนี้",
            "",
            _story("th", "ข่าวเหนือวันนี้", "<h1>ตลาดกลางคืนกลับมาแล้ว<br>ที่ลานเมืองเก่า</h1>"),
            "ตลาดกลางคืนกลับมาแล้ว ที่ลานเมืองเก่า",
        ),
        # --- Quotes and emoji -----------------------------------------------------------------
        (
            "fr_guillemets_quote_headline",
            "fr",
            "« On attendait ce marché depuis dix ans » : la place revit | L'Écho du Val",
            "",
            _story(
                "fr",
                "L'Écho du Val",
                "<h1>« On attendait ce marché depuis dix ans » : la place revit</h1>",
            ),
            "« On attendait ce marché depuis dix ans » : la place revit",
        ),
        (
            "ja_emoji_and_label_brackets",
            "ja",
            "【写真特集】ナイトマーケットが旧広場に帰ってきた🏮 | 潮風ニュース",
            "",
            _story("ja", "潮風ニュース", "<h1>ナイトマーケットが旧広場に帰ってきた🏮</h1>"),
            "ナイトマーケットが旧広場に帰ってきた🏮",
        ),
        (
            "es_emoji_title_only_no_h1",
            "es",
            "🌙 Vuelve el mercado nocturno a la plaza 🌙 - Noticias del Golfo",
            "",
            _story("es", "Noticias del Golfo", '<div class="post-meta">🌙</div>'),
            "🌙 Vuelve el mercado nocturno a la plaza 🌙",
        ),
        (
            "de_quoted_headline_low_high",
            "de",
            "„Endlich wieder Leben am Platz“: Nachtmarkt kehrt zurück - Talbote",
            "",
            _story(
                "de",
                "Talbote",
                "<h1>„Endlich wieder Leben am Platz“: Nachtmarkt kehrt zurück</h1>",
            ),
            "„Endlich wieder Leben am Platz“: Nachtmarkt kehrt zurück",
        ),
        # --- Right-to-left headlines behind a Latin site name -----------------------------------
        (
            "he_headline_latin_site_after_bar",
            "he",
            "שוק הלילה חוזר לכיכר הישנה | Galil Today",
            "",
            _story("he", "Galil Today", "<h1>שוק הלילה חוזר לכיכר הישנה</h1>"),
            "שוק הלילה חוזר לכיכר הישנה",
        ),
        (
            "fa_latin_site_first_no_h1_og",
            "fa",
            "Bandar News - بازار شب به میدان قدیمی بازگشت",
            _og("Bandar News - بازار شب به میدان قدیمی بازگشت", "Bandar News"),
            _story(
                "fa",
                "Bandar News",
                '<div class="news-title">بازار شب به میدان قدیمی بازگشت</div>',
            ),
            "بازار شب به میدان قدیمی بازگشت",
        ),
        (
            "ar_latin_site_first_colon_h1",
            "ar",
            "Wadi Daily: افتتاح سوق ليلي في الساحة القديمة",
            "",
            _story("ar", "Wadi Daily", "<h1>افتتاح سوق ليلي في الساحة القديمة</h1>"),
            "افتتاح سوق ليلي في الساحة القديمة",
        ),
    ]
]

# Blind figures (before any fix), judged loose / strict as ``_report`` prints them. After
# the fixes (two headlines broken by <br> spaced as their <title> writes them, a board's
# name after a post's title, an event's JSON-LD name): newsextract 47/48, 47/48.
BLIND_FIGURES = {"newsextract": "44/48 loose, 43/48 strict", "trafilatura": "39/48, 35/48"}

# Misses, each with its reason: strict xfails, so a fix shows. (The shop's bracketed tag,
# "ko_shop_item_shipping_tag_brackets", passes since round 68: an element classed "tag"
# before the heading is a label.)
_OPEN: dict[tuple[str, str], str] = {}
_CASES = field_cases(PROBES, FIELDS, _OPEN)


@pytest.mark.parametrize(("url", "html", "field", "want"), _CASES)
def test_blind_title_probe_4(url: str, html: str, field: str, want: object) -> None:
    got = getattr(newsextract.extract(html, url=url), field)
    assert matches(field, got, want), f"{field}: {got!r}"


def _report() -> None:  # pragma: no cover
    """Both tools' hits (the eval folder given as the first argument)."""
    import sys

    from tests.metadata.language_probes.kit import report_titles

    report_titles(PROBES, sys.argv[1])


if __name__ == "__main__":  # pragma: no cover
    _report()
