"""A seventh blind title probe (issue 12): pages written without reading the title code, where
the page's own title signals disagree in ways the earlier title probes left out: several
``<h1>`` outside any ``<article>`` (a cookie banner's, a paywall's or a newsletter box's
``<h1>`` set before the story's, a section's name as an ``<h1>``), no ``<h1>`` at all (the
headline in an ``<h2>`` among sidebar headings or in a styled ``<div>`` beside an SEO
``<title>``), an ``og:title`` that is the site's slogan, a ``<title>`` that is only the site's
name, JSON-LD with several items (``WebPage``, ``BreadcrumbList``, ``NewsArticle``,
``VideoObject``, ``Recipe``, ``Product``, ``Event``) whose names differ, a kicker stuck on in
the metadata or in the ``<h1>`` ("EXCLUSIVE:", "LIVE", "Analysis |", "VIDEO –", "DIRECT."),
headlines whose quotes, emoji, numbers, colons and dashes are their own, headlines over 200
characters, and headlines in scripts without spaces (Thai, Lao, Khmer, Burmese, Japanese,
Chinese) and right to left (Arabic, Persian, Hebrew, Urdu) beside a site's name in Latin
letters. About a third are not news: shop items, recipes, forum threads, documentation pages,
wiki entries and event pages.

Each expected title was decided before anything ran: the headline a reader sees as the page's
own, without the site's name, a section, a kicker or a slogan, and with every character of
its own. ``python -m tests.metadata.test_blind_title_probes_69 /work/shared/eval`` prints
newsextract's and trafilatura's hits, judged as the eval's ``title_loose`` judges and
strictly; the blind figure is in ``BLIND_FIGURES``. Every site, name and text here is
invented."""

from __future__ import annotations

from typing import Any

import pytest
from tests.metadata.language_probes.kit import field_cases, matches
from tests.metadata.title_pages import ld, paragraphs, probe_rows
from tests.metadata.title_pages import og_meta as _og

import newsextract

# One text per language: the town's new footbridge over the river opened on Monday and links
# the old town with the station.
TEXTS = {
    "en": "The new footbridge over the river opened to walkers on Monday morning and now links "
    "the old town with the railway station in under five minutes.",
    "de": "Die neue Fußgängerbrücke über den Fluss wurde am Montagmorgen freigegeben und "
    "verbindet die Altstadt nun in weniger als fünf Minuten mit dem Bahnhof.",
    "fr": "La nouvelle passerelle sur la rivière a été ouverte aux piétons lundi matin et relie "
    "désormais la vieille ville à la gare en moins de cinq minutes.",
    "es": "La nueva pasarela peatonal sobre el río se abrió el lunes por la mañana y une ahora "
    "el casco antiguo con la estación en menos de cinco minutos.",
    "it": "La nuova passerella pedonale sul fiume è stata aperta lunedì mattina e collega ora "
    "il centro storico alla stazione in meno di cinque minuti.",
    "pt": "A nova ponte pedonal sobre o rio abriu na segunda-feira de manhã e liga agora o "
    "centro histórico à estação em menos de cinco minutos.",
    "nl": "De nieuwe voetgangersbrug over de rivier ging maandagochtend open en verbindt de "
    "oude binnenstad nu in minder dan vijf minuten met het station.",
    "pl": "Nowa kładka dla pieszych nad rzeką została otwarta w poniedziałek rano i łączy "
    "teraz stare miasto z dworcem w niecałe pięć minut.",
    "ru": "Новый пешеходный мост через реку открылся в понедельник утром и теперь соединяет "
    "старый город с вокзалом меньше чем за пять минут.",
    "th": "สะพานคนเดินข้ามแม่น้ำแห่งใหม่เปิดให้ใช้งานเมื่อเช้าวันจันทร์ "
    "และเชื่อมเมืองเก่ากับสถานีรถไฟภายในเวลาไม่ถึงห้านาที",
    "lo": "ຂົວຍ່າງຂ້າມແມ່ນ້ຳແຫ່ງໃໝ່ໄດ້ເປີດໃຫ້ນຳໃຊ້ໃນຕອນເຊົ້າວັນຈັນ ແລະ ເຊື່ອມຕໍ່ເມືອງເກົ່າກັບສະຖານີລົດໄຟພາຍໃນເວລາບໍ່ເຖິງຫ້ານາທີ.",
    "km": "ស្ពានថ្មើរជើងថ្មីឆ្លងកាត់ទន្លេបានបើកឱ្យប្រើប្រាស់នៅព្រឹកថ្ងៃច័ន្ទ "
    "ហើយភ្ជាប់ទីក្រុងចាស់ជាមួយស្ថានីយ៍រថភ្លើងក្នុងរយៈពេលតិចជាងប្រាំនាទី។",
    "my": "မြစ်ကိုဖြတ်ကျော်သည့် လမ်းလျှောက်တံတားသစ်ကို တနင်္လာနေ့နံနက်တွင် "
    "ဖွင့်လှစ်ခဲ့ပြီး မြို့ဟောင်းနှင့် ဘူတာရုံကို ငါးမိနစ်အတွင်း ဆက်သွယ်ပေးသည်။",
    "ja": "川に架かる新しい歩道橋が月曜日の朝に開通し、旧市街と駅が五分足らずで結ばれた。",
    "zh": "横跨江面的新人行桥于周一上午正式通行，从老城区步行到火车站只需不到五分钟。",
    "ko": "강을 가로지르는 새 보행교가 월요일 아침 개통돼 구시가지와 기차역을 5분 안에 잇는다.",
    "ar": "افتُتح جسر المشاة الجديد فوق النهر صباح الاثنين، وبات يربط "
    "المدينة القديمة بمحطة القطار في أقل من خمس دقائق.",
    "fa": "پل عابر پیاده جدید روی رودخانه صبح دوشنبه افتتاح شد و اکنون بافت قدیم "
    "شهر را در کمتر از پنج دقیقه به ایستگاه قطار می‌رساند.",
    "he": "גשר הולכי הרגל החדש מעל הנהר נפתח ביום שני בבוקר ומחבר כעת "
    "את העיר העתיקה לתחנת הרכבת בפחות מחמש דקות.",
    "ur": "دریا پر نیا پیدل پل پیر کی صبح کھول دیا گیا اور اب پرانے شہر کو "
    "پانچ منٹ سے کم میں ریلوے اسٹیشن سے ملاتا ہے۔",
}


def _url(name: str) -> str:
    return f"https://{name.replace('_', '-')}.example.org/2026/11/30/footbridge-6901"


def _story(lang: str, heading: str, above: str = "") -> str:
    """The story's own part: ``above`` and ``heading`` (raw markup), a date and the text."""
    text = TEXTS[lang]
    return (
        f'{above}{heading}<div class="byline"><time datetime="2026-11-30T09:10:00+01:00">'
        f'30.11.2026</time></div><div class="text">{paragraphs(text, text)}</div>'
    )


def _news(
    lang: str, site: str, heading: str, *, above: str = "", before: str = "", scoped: bool = True
) -> str:
    """A news site's body: ``before`` (raw markup ahead of everything: a banner, a modal),
    the masthead and a menu, the story in ``<main><article>`` (``scoped``) or in plain boxes,
    a "most read" box and the footer."""
    story = _story(lang, heading, above)
    story = (
        f"<main><article>{story}</article></main>"
        if scoped
        else f'<div class="wrap"><div class="col-main">{story}</div></div>'
    )
    return (
        f'{before}<div class="top"><a class="site-logo" href="/">{site}</a><ul class="menu">'
        f'<li><a href="/city/">·</a></li><li><a href="/sport/">··</a></li></ul></div>{story}'
        '<div class="popular"><h3>…</h3><a href="/2026/11/29/ferry-6900">…</a></div>'
        f'<div class="footer">© 2026 {site}</div>'
    )


def _plain(site: str, body: str) -> str:
    """A page not news: the site's bar, ``body`` (raw markup), a footer."""
    return (
        f'<div class="navbar"><a class="brand" href="/">{site}</a><a href="/search">·</a>'
        f'</div><div class="container">{body}</div><div class="footer">{site}</div>'
    )


def _graph(*items: dict[str, Any]) -> str:
    """One JSON-LD script holding ``items`` in an ``@graph``, as Yoast writes them."""
    import json

    data = {"@context": "https://schema.org", "@graph": list(items)}
    return f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>'


def _crumbs(*names: str) -> dict[str, Any]:
    return {
        "@type": "BreadcrumbList",
        "itemListElement": [
            {"@type": "ListItem", "position": i, "name": n} for i, n in enumerate(names, 1)
        ],
    }


URL_PATH = "/2026/11/30/footbridge-6901"

COOKIE = (
    '<div id="cookie-notice" class="cookie-banner"><h1>We value your privacy</h1><p>We use '
    'cookies to improve your experience.</p><button class="accept">Accept all</button></div>'
)
COOKIE_DE = (
    '<div class="consent-layer"><h1>Datenschutzeinstellungen</h1><p>Wir verwenden Cookies.'
    "</p><button>Alle akzeptieren</button></div>"
)
COOKIE_JA = (
    '<div class="cookie-consent"><h1>Cookieの使用について</h1><p>'
    "当サイトではCookieを使用しています。</p><button>同意する</button></div>"
)

EN_HEAD = "Footbridge over the Tay opens to walkers"
EN_SITE = "Tayside Courier"

PROBES = [
    *probe_rows(
        [
            # --- Several <h1>: banners, modals and sections before the story's ---------------
            (
                "en_cookie_banner_h1_before_story_unscoped",
                "en",
                f"{EN_HEAD} | {EN_SITE}",
                "",
                _news("en", EN_SITE, f"<h1>{EN_HEAD}</h1>", before=COOKIE, scoped=False),
                EN_HEAD,
            ),
            (
                "de_consent_layer_h1_and_section_h1_unscoped",
                "de",
                "Neue Fußgängerbrücke verbindet Altstadt und Bahnhof - Lokales - Weserbote",
                "",
                _news(
                    "de",
                    "Weserbote",
                    "<h1>Neue Fußgängerbrücke verbindet Altstadt und Bahnhof</h1>",
                    before=COOKIE_DE + '<h1 class="section-name">Lokales</h1>',
                    scoped=False,
                ),
                "Neue Fußgängerbrücke verbindet Altstadt und Bahnhof",
            ),
            (
                "fr_newsletter_box_h1_before_story",
                "fr",
                "La passerelle sur l'Erdre ouverte aux piétons - Le Courrier de l'Estuaire",
                "",
                _news(
                    "fr",
                    "Le Courrier de l'Estuaire",
                    "<h1>La passerelle sur l'Erdre ouverte aux piétons</h1>",
                    before='<div class="newsletter-popup"><h1>Recevez notre newsletter</h1>'
                    '<form><input type="email"><button>OK</button></form></div>',
                    scoped=False,
                ),
                "La passerelle sur l'Erdre ouverte aux piétons",
            ),
            (
                "pt_paywall_h1_before_story_og_headline",
                "pt",
                "Ponte pedonal liga centro histórico à estação | Jornal do Vale",
                _og("Ponte pedonal liga centro histórico à estação", "Jornal do Vale"),
                _news(
                    "pt",
                    "Jornal do Vale",
                    "<h1>Ponte pedonal liga centro histórico à estação</h1>",
                    before='<div class="paywall-overlay"><h1>Assine para continuar lendo</h1>'
                    "<p>Apenas R$ 1,90 no primeiro mês.</p></div>",
                    scoped=False,
                ),
                "Ponte pedonal liga centro histórico à estação",
            ),
            (
                "ja_cookie_h1_latin_site",
                "ja",
                "歩道橋が開通、旧市街と駅を結ぶ | Kansai Shimbun Online",
                "",
                _news(
                    "ja",
                    "Kansai Shimbun Online",
                    "<h1>歩道橋が開通、旧市街と駅を結ぶ</h1>",
                    before=COOKIE_JA,
                    scoped=False,
                ),
                "歩道橋が開通、旧市街と駅を結ぶ",
            ),
            (
                "fa_modal_h1_latin_site_first",
                "fa",
                "Tehran Daily Wire | پل عابر پیاده جدید افتتاح شد",
                "",
                _news(
                    "fa",
                    "Tehran Daily Wire",
                    "<h1>پل عابر پیاده جدید افتتاح شد</h1>",
                    before='<div class="modal fade" id="appModal"><div class="modal-content">'
                    "<h1>اپلیکیشن ما را نصب کنید</h1></div></div>",
                    scoped=False,
                ),
                "پل عابر پیاده جدید افتتاح شد",
            ),
            (
                "km_logo_h1_latin_then_story_h1",
                "km",
                "ស្ពានថ្មើរជើងថ្មីបើកឱ្យប្រើប្រាស់ហើយ - Mekong Times",
                "",
                _news(
                    "km",
                    "Mekong Times",
                    "<h1>ស្ពានថ្មើរជើងថ្មីបើកឱ្យប្រើប្រាស់ហើយ</h1>",
                    before='<div class="brandbar"><h1><a href="https://km-logo-h1-latin-then-'
                    'story-h1.example.org/">Mekong Times</a></h1></div>',
                    scoped=False,
                ),
                "ស្ពានថ្មើរជើងថ្មីបើកឱ្យប្រើប្រាស់ហើយ",
            ),
            # --- No <h1> at all ---------------------------------------------------------------
            (
                "en_site_only_title_h2_after_sidebar_h2",
                "en",
                EN_SITE,
                "",
                '<div class="top"><a href="/">Tayside Courier</a></div><div class="sidebar">'
                '<h2>Most read</h2><ul><li><a href="/a">Ferry timetable changes</a></li></ul>'
                f'</div><div class="post"><h2>{EN_HEAD}</h2>{paragraphs(TEXTS["en"])}</div>',
                EN_HEAD,
            ),
            (
                "en_seo_title_styled_div_headline",
                "en",
                "Tay footbridge opening: times, route and parking | Tayside Courier",
                "",
                _news(
                    "en",
                    EN_SITE,
                    f'<div class="article-headline" style="font-size:2.2em;font-weight:700">'
                    f"{EN_HEAD}</div>",
                ),
                EN_HEAD,
            ),
            (
                "nl_no_h1_headline_in_bold_div_title_match",
                "nl",
                "Nieuwe voetgangersbrug verbindt binnenstad en station - Rivierbode",
                "",
                _news(
                    "nl",
                    "Rivierbode",
                    '<div class="kop"><b>Nieuwe voetgangersbrug verbindt binnenstad en station'
                    "</b></div>",
                ),
                "Nieuwe voetgangersbrug verbindt binnenstad en station",
            ),
            (
                "zh_site_only_latin_title_div_headline",
                "zh",
                "Jiangcheng Daily",
                "",
                _news("zh", "Jiangcheng Daily", '<div class="art-title">新人行桥今日通车</div>'),
                "新人行桥今日通车",
            ),
            # --- og:title that is the site's slogan -------------------------------------------
            (
                "en_og_title_slogan",
                "en",
                f"{EN_HEAD} | {EN_SITE}",
                _og(f"{EN_SITE} – News that matters to Tayside", EN_SITE),
                _news("en", EN_SITE, f"<h1>{EN_HEAD}</h1>"),
                EN_HEAD,
            ),
            (
                "de_og_title_slogan_no_h1",
                "de",
                "Neue Brücke: Altstadt und Bahnhof rücken zusammen | Weserbote",
                _og("Weserbote – Ihre Zeitung für Bremen-Nord", "Weserbote"),
                _news(
                    "de",
                    "Weserbote",
                    '<h2 class="headline">Neue Brücke: Altstadt und Bahnhof rücken zusammen</h2>',
                ),
                "Neue Brücke: Altstadt und Bahnhof rücken zusammen",
            ),
            (
                "th_og_slogan_latin_site",
                "th",
                "สะพานคนเดินข้ามแม่น้ำเปิดใช้แล้ว | Chao Phraya Times",
                _og("Chao Phraya Times - ข่าวทันใจทุกวัน", "Chao Phraya Times"),
                _news("th", "Chao Phraya Times", "<h1>สะพานคนเดินข้ามแม่น้ำเปิดใช้แล้ว</h1>"),
                "สะพานคนเดินข้ามแม่น้ำเปิดใช้แล้ว",
            ),
            (
                "ar_og_slogan_latin_site_title_only",
                "ar",
                "افتتاح جسر المشاة الجديد فوق النهر | Nile Post",
                _og("Nile Post - أخبار على مدار الساعة", "Nile Post"),
                _news("ar", "Nile Post", ""),
                "افتتاح جسر المشاة الجديد فوق النهر",
            ),
            (
                "es_og_slogan_twitter_headline_no_h1",
                "es",
                "Diario del Ebro",
                _og("Diario del Ebro: la actualidad de la Ribera", "Diario del Ebro")
                + '<meta name="twitter:title" content="La pasarela peatonal ya une el casco '
                'antiguo y la estación">',
                _news("es", "Diario del Ebro", ""),
                "La pasarela peatonal ya une el casco antiguo y la estación",
            ),
            # --- <title> holding only the site's name -----------------------------------------
            (
                "it_site_only_title_jsonld_headline_div",
                "it",
                "Gazzetta del Lago",
                ld("NewsArticle", headline="Passerella sul fiume, aperta ai pedoni"),
                _news(
                    "it",
                    "Gazzetta del Lago",
                    '<div class="art-tit">Passerella sul fiume, aperta ai pedoni</div>',
                ),
                "Passerella sul fiume, aperta ai pedoni",
            ),
            (
                "ur_site_only_latin_title_h1",
                "ur",
                "Lahore Ledger",
                _og(site="Lahore Ledger"),
                _news("ur", "Lahore Ledger", "<h1>دریا پر نیا پیدل پل کھل گیا</h1>"),
                "دریا پر نیا پیدل پل کھل گیا",
            ),
            # --- JSON-LD with several items whose names differ --------------------------------
            (
                "en_graph_webpage_crumbs_article_video",
                "en",
                f"{EN_HEAD} | {EN_SITE}",
                _graph(
                    {"@type": "WebPage", "name": f"Footbridge opens | {EN_SITE}"},
                    _crumbs("Home", "News", "Footbridge opens"),
                    {"@type": "VideoObject", "name": "Watch: the first walkers cross"},
                    {"@type": "NewsArticle", "headline": EN_HEAD},
                ),
                _news("en", EN_SITE, f"<h1>{EN_HEAD}</h1>"),
                EN_HEAD,
            ),
            (
                "de_graph_video_first_no_h1",
                "de",
                "Neue Fußgängerbrücke verbindet Altstadt und Bahnhof | Weserbote",
                _graph(
                    {"@type": "VideoObject", "name": "Video: Die ersten Fußgänger auf der Brücke"},
                    {
                        "@type": "NewsArticle",
                        "headline": "Neue Fußgängerbrücke verbindet Altstadt und Bahnhof",
                    },
                ),
                _news("de", "Weserbote", ""),
                "Neue Fußgängerbrücke verbindet Altstadt und Bahnhof",
            ),
            (
                "es_video_page_videoobject_and_vídeo_kicker",
                "es",
                "VÍDEO | Así cruzaron los primeros vecinos la pasarela - Diario del Ebro",
                ld("VideoObject", name="Así cruzaron los primeros vecinos la pasarela"),
                _news(
                    "es",
                    "Diario del Ebro",
                    "<h1>Así cruzaron los primeros vecinos la pasarela</h1>",
                ),
                "Así cruzaron los primeros vecinos la pasarela",
            ),
            (
                "nl_crumbs_last_short_article_headline",
                "nl",
                "Nieuwe voetgangersbrug verbindt binnenstad en station | Rivierbode",
                _graph(
                    _crumbs("Home", "Regio", "Nieuwe brug"),
                    {
                        "@type": "NewsArticle",
                        "headline": "Nieuwe voetgangersbrug verbindt binnenstad en station",
                    },
                ),
                _news("nl", "Rivierbode", ""),
                "Nieuwe voetgangersbrug verbindt binnenstad en station",
            ),
            (
                "my_graph_webpage_site_name_article",
                "my",
                "Yangon Herald",
                _graph(
                    {"@type": "WebSite", "name": "Yangon Herald"},
                    {"@type": "WebPage", "name": "Yangon Herald"},
                    {"@type": "NewsArticle", "headline": "လမ်းလျှောက်တံတားသစ် ဖွင့်လှစ်"},
                ),
                _news("my", "Yangon Herald", ""),
                "လမ်းလျှောက်တံတားသစ် ဖွင့်လှစ်",
            ),
            (
                "ar_graph_video_kicker_article_headline",
                "ar",
                "افتتاح جسر المشاة الجديد | Nile Post",
                _graph(
                    {"@type": "VideoObject", "name": "فيديو | لحظة افتتاح الجسر"},
                    {"@type": "NewsArticle", "headline": "افتتاح جسر المشاة الجديد"},
                ),
                _news("ar", "Nile Post", "<h1>افتتاح جسر المشاة الجديد</h1>"),
                "افتتاح جسر المشاة الجديد",
            ),
            (
                "pl_graph_webpage_seo_name_no_h1",
                "pl",
                "Kładka nad rzeką otwarta. Do dworca w pięć minut - Kurier Nadrzeczny",
                _graph(
                    {"@type": "WebPage", "name": "Kładka otwarta – sprawdź trasę i godziny"},
                    {
                        "@type": "NewsArticle",
                        "headline": "Kładka nad rzeką otwarta. Do dworca w pięć minut",
                    },
                ),
                _news("pl", "Kurier Nadrzeczny", ""),
                "Kładka nad rzeką otwarta. Do dworca w pięć minut",
            ),
            # --- Kickers stuck on ---------------------------------------------------------------
            (
                "en_exclusive_in_metadata_kicker_span_above",
                "en",
                "EXCLUSIVE: Council kept bridge cracks secret | Tayside Courier",
                _og("EXCLUSIVE: Council kept bridge cracks secret", EN_SITE),
                _news(
                    "en",
                    EN_SITE,
                    "<h1>Council kept bridge cracks secret</h1>",
                    above='<span class="kicker">Exclusive</span>',
                ),
                "Council kept bridge cracks secret",
            ),
            (
                "en_live_indicator_span_in_h1",
                "en",
                "LIVE: Storm Darragh: roads closed across the county - Tayside Courier",
                "",
                _news(
                    "en",
                    EN_SITE,
                    '<h1><span class="live-indicator">LIVE</span> Storm Darragh: roads closed '
                    "across the county</h1>",
                ),
                "Storm Darragh: roads closed across the county",
            ),
            (
                "en_analysis_bar_in_all_metadata",
                "en",
                "Analysis | Why the bridge cost twice the estimate - Tayside Courier",
                _og("Analysis | Why the bridge cost twice the estimate", EN_SITE)
                + ld("NewsArticle", headline="Analysis | Why the bridge cost twice the estimate"),
                _news(
                    "en",
                    EN_SITE,
                    "<h1>Why the bridge cost twice the estimate</h1>",
                    above='<div class="overline">Analysis</div>',
                ),
                "Why the bridge cost twice the estimate",
            ),
            (
                "es_video_dash_in_og_and_jsonld",
                "es",
                "VÍDEO – Así cruzaron los primeros vecinos la pasarela | Diario del Ebro",
                _og("VÍDEO – Así cruzaron los primeros vecinos la pasarela")
                + ld(
                    "NewsArticle", headline="VÍDEO – Así cruzaron los primeros vecinos la pasarela"
                ),
                _news(
                    "es",
                    "Diario del Ebro",
                    "<h1>Así cruzaron los primeros vecinos la pasarela</h1>",
                ),
                "Así cruzaron los primeros vecinos la pasarela",
            ),
            (
                "fr_direct_point_kicker_in_title",
                "fr",
                "DIRECT. Tempête Ciarán : les routes coupées dans le Finistère - Ouest Littoral",
                "",
                _news(
                    "fr",
                    "Ouest Littoral",
                    "<h1>Tempête Ciarán : les routes coupées dans le Finistère</h1>",
                ),
                "Tempête Ciarán : les routes coupées dans le Finistère",
            ),
            (
                "it_video_strong_dash_in_h1_og_without",
                "it",
                "I primi pedoni sulla passerella | Gazzetta del Lago",
                _og("I primi pedoni sulla passerella", "Gazzetta del Lago"),
                _news(
                    "it",
                    "Gazzetta del Lago",
                    "<h1><strong>VIDEO</strong> – I primi pedoni sulla passerella</h1>",
                ),
                "I primi pedoni sulla passerella",
            ),
            (
                "pt_ao_vivo_in_og_only",
                "pt",
                "Temporal fecha estradas na região | Jornal do Vale",
                _og("AO VIVO: Temporal fecha estradas na região", "Jornal do Vale"),
                _news("pt", "Jornal do Vale", "<h1>Temporal fecha estradas na região</h1>"),
                "Temporal fecha estradas na região",
            ),
            (
                "zh_exclusive_brackets_in_og_only",
                "zh",
                "新人行桥今日通车_Jiangcheng Daily",
                _og("【独家】新人行桥今日通车", "Jiangcheng Daily"),
                _news("zh", "Jiangcheng Daily", "<h1>新人行桥今日通车</h1>"),
                "新人行桥今日通车",
            ),
            (
                "he_exclusive_colon_in_og_only",
                "he",
                "גשר הולכי הרגל החדש נפתח | Haifa Today",
                _og("בלעדי: גשר הולכי הרגל החדש נפתח", "Haifa Today"),
                _news("he", "Haifa Today", "<h1>גשר הולכי הרגל החדש נפתח</h1>"),
                "גשר הולכי הרגל החדש נפתח",
            ),
            # --- Quotes, emoji, numbers, colons and dashes of the headline's own ------------
            (
                "en_number_colon_headline_kept",
                "en",
                "Budget 2027: 7 things that change for renters | Tayside Courier",
                _og("Budget 2027: 7 things that change for renters", EN_SITE),
                _news("en", EN_SITE, "<h1>Budget 2027: 7 things that change for renters</h1>"),
                "Budget 2027: 7 things that change for renters",
            ),
            (
                "en_quote_then_colon_title_only",
                "en",
                "'We were never told': residents on the bridge closure - Tayside Courier",
                "",
                _news("en", EN_SITE, ""),
                "'We were never told': residents on the bridge closure",
            ),
            (
                "de_score_en_dash_headline_title_only",
                "de",
                "3:1 – Werder dreht das Spiel in Unterzahl | Weserbote",
                "",
                _news("de", "Weserbote", ""),
                "3:1 – Werder dreht das Spiel in Unterzahl",
            ),
            (
                "fr_guillemets_spaced_colon_title_only",
                "fr",
                "« On n'a jamais été prévenus » : les riverains du pont en colère - Ouest Littoral",
                "",
                _news("fr", "Ouest Littoral", ""),
                "« On n'a jamais été prévenus » : les riverains du pont en colère",
            ),
            (
                "en_emoji_first_colon_og_and_h1",
                "en",
                "🎄 Christmas market opens on Friday: what to know | Tayside Courier",
                _og("🎄 Christmas market opens on Friday: what to know", EN_SITE),
                _news("en", EN_SITE, "<h1>🎄 Christmas market opens on Friday: what to know</h1>"),
                "🎄 Christmas market opens on Friday: what to know",
            ),
            (
                "ru_quotes_dash_in_headline_site_after",
                "ru",
                "«Мост ждали десять лет» — жители о новой переправе - Речной вестник",
                "",
                _news(
                    "ru",
                    "Речной вестник",
                    "<h1>«Мост ждали десять лет» — жители о новой переправе</h1>",
                ),
                "«Мост ждали десять лет» — жители о новой переправе",
            ),
            (
                "en_question_colon_pipe_kept_h1",
                "en",
                "Q&A: Is the new bridge safe in high winds? | Tayside Courier",
                "",
                _news("en", EN_SITE, "<h1>Q&amp;A: Is the new bridge safe in high winds?</h1>"),
                "Q&A: Is the new bridge safe in high winds?",
            ),
            # --- Headlines over 200 characters ------------------------------------------------
            (
                "en_long_h1_title_cut_with_ellipsis",
                "en",
                "Council admits it knew about the cracks in the footbridge's south pier two years "
                "before... | Tayside Courier",
                "",
                _news(
                    "en",
                    EN_SITE,
                    "<h1>Council admits it knew about the cracks in the footbridge's south pier "
                    "two years before the opening, but says engineers judged them harmless and "
                    "that no walker was ever at risk while the repairs were planned for spring"
                    "</h1>",
                ),
                "Council admits it knew about the cracks in the footbridge's south pier two "
                "years before the opening, but says engineers judged them harmless and that no "
                "walker was ever at risk while the repairs were planned for spring",
            ),
            (
                "de_long_title_only_no_h1",
                "de",
                "Stadtrat beschließt nach monatelangem Streit um Kosten, Lärmschutz und "
                "Radverkehr den Bau einer zweiten Fußgängerbrücke zwischen Altstadt und Bahnhof, "
                "die bis zum Sommer 2028 fertig sein und zwölf Millionen Euro kosten soll | "
                "Weserbote",
                "",
                _news("de", "Weserbote", ""),
                "Stadtrat beschließt nach monatelangem Streit um Kosten, Lärmschutz und "
                "Radverkehr den Bau einer zweiten Fußgängerbrücke zwischen Altstadt und Bahnhof, "
                "die bis zum Sommer 2028 fertig sein und zwölf Millionen Euro kosten soll",
            ),
            (
                "es_long_jsonld_headline_cut_h1_whole",
                "es",
                "El ayuntamiento reconoce que conocía las grietas de la pasarela - Diario del Ebro",
                ld(
                    "NewsArticle",
                    headline="El ayuntamiento reconoce que conocía las grietas de la pasarela "
                    "desde hace dos años, pero asegura que los técnicos las consideraron "
                    "inofensivas",
                ),
                _news(
                    "es",
                    "Diario del Ebro",
                    "<h1>El ayuntamiento reconoce que conocía las grietas de la pasarela desde "
                    "hace dos años, pero asegura que los técnicos las consideraron inofensivas y "
                    "que ningún peatón estuvo en peligro mientras se planeaban las obras</h1>",
                ),
                "El ayuntamiento reconoce que conocía las grietas de la pasarela desde hace dos "
                "años, pero asegura que los técnicos las consideraron inofensivas y que ningún "
                "peatón estuvo en peligro mientras se planeaban las obras",
            ),
            # --- Scripts without spaces and right to left, beside a Latin site's name -------
            (
                "lo_title_only_latin_site_dash",
                "lo",
                "ຂົວຍ່າງຂ້າມນ້ຳເປີດໃຊ້ແລ້ວ - Vientiane Daily",
                "",
                _news("lo", "Vientiane Daily", ""),
                "ຂົວຍ່າງຂ້າມນ້ຳເປີດໃຊ້ແລ້ວ",
            ),
            (
                "my_latin_site_first_bar_h1",
                "my",
                "Yangon Herald | လမ်းလျှောက်တံတားသစ် ဖွင့်လှစ်",
                "",
                _news("my", "Yangon Herald", "<h1>လမ်းလျှောက်တံတားသစ် ဖွင့်လှစ်</h1>"),
                "လမ်းလျှောက်တံတားသစ် ဖွင့်လှစ်",
            ),
            (
                "th_title_only_latin_site_first_dash",
                "th",
                "Chao Phraya Times - สะพานคนเดินข้ามแม่น้ำเปิดใช้แล้ว",
                "",
                _news("th", "Chao Phraya Times", ""),
                "สะพานคนเดินข้ามแม่น้ำเปิดใช้แล้ว",
            ),
            (
                "ja_og_latin_site_suffix_h1_with_numbers",
                "ja",
                "歩道橋、開通初日に1万2千人が渡る - Kansai Shimbun Online",
                _og(
                    "歩道橋、開通初日に1万2千人が渡る - Kansai Shimbun Online",
                    "Kansai Shimbun Online",
                ),
                _news("ja", "Kansai Shimbun Online", "<h1>歩道橋、開通初日に1万2千人が渡る</h1>"),
                "歩道橋、開通初日に1万2千人が渡る",
            ),
            (
                "he_title_only_latin_site_first_hyphen",
                "he",
                "Haifa Today - גשר הולכי הרגל החדש נפתח",
                "",
                _news("he", "Haifa Today", ""),
                "גשר הולכי הרגל החדש נפתח",
            ),
            (
                "ur_title_only_latin_site_after_en_dash",
                "ur",
                "دریا پر نیا پیدل پل کھل گیا – Lahore Ledger",
                "",
                _news("ur", "Lahore Ledger", ""),
                "دریا پر نیا پیدل پل کھل گیا",
            ),
            # --- Not news: shops, recipes, threads, docs, wikis, events ---------------------
            (
                "en_product_og_slogan_jsonld_product",
                "en",
                "Oakline 2-Person Hiking Tent – Free Shipping | Trailhouse",
                _og("Trailhouse – Gear for every trail", "Trailhouse")
                + ld("Product", name="Oakline 2-Person Hiking Tent"),
                _plain(
                    "Trailhouse",
                    '<div class="product"><h1 class="product-title">Oakline 2-Person Hiking '
                    'Tent</h1><span class="price">$189.00</span><p>Two doors, two vestibules '
                    "and a pole set under one kilo make this tent a fair choice for long "
                    "weekends in the hills.</p></div>",
                ),
                "Oakline 2-Person Hiking Tent",
            ),
            (
                "de_product_no_h1_jsonld_product_name",
                "de",
                "Trailhaus",
                ld("Product", name="Wanderzelt Oakline 2P, grün"),
                _plain(
                    "Trailhaus",
                    '<div class="product-name">Wanderzelt Oakline 2P, grün</div><div class='
                    '"price">189,00 €</div><p>Zwei Eingänge, zwei Apsiden und ein Gestänge unter '
                    "einem Kilo machen das Zelt zur guten Wahl für lange Wochenenden.</p>",
                ),
                "Wanderzelt Oakline 2P, grün",
            ),
            (
                "th_product_latin_brand_h1_shop_title",
                "th",
                "เต็นท์เดินป่า Oakline 2 คน | Trailhouse Thailand",
                ld("Product", name="เต็นท์เดินป่า Oakline 2 คน"),
                _plain(
                    "Trailhouse Thailand",
                    "<h1>เต็นท์เดินป่า Oakline 2 คน</h1><p>เต็นท์น้ำหนักเบาสำหรับสองคน "
                    "มีสองประตู เหมาะสำหรับการเดินป่าช่วงสุดสัปดาห์</p>",
                ),
                "เต็นท์เดินป่า Oakline 2 คน",
            ),
            (
                "en_recipe_h1_longer_than_jsonld_recipe_name",
                "en",
                "The Easiest Lentil Soup (Ready in 30 Minutes) - Kitchen Notes",
                ld("Recipe", name="Easy Lentil Soup"),
                _plain(
                    "Kitchen Notes",
                    '<article class="post"><h1 class="entry-title">The Easiest Lentil Soup '
                    "(Ready in 30 Minutes)</h1><p>This soup has carried us through every "
                    "winter since the children were small, and it needs nothing you do not "
                    'already have in the cupboard.</p><div class="recipe-card"><h2>Easy '
                    "Lentil Soup</h2><ul><li>1 cup red lentils</li></ul></div></article>",
                ),
                "The Easiest Lentil Soup (Ready in 30 Minutes)",
            ),
            (
                "fr_recipe_graph_webpage_article_recipe",
                "fr",
                "Soupe de lentilles au cumin - Carnet de cuisine",
                _graph(
                    {"@type": "WebPage", "name": "Soupe de lentilles - Carnet de cuisine"},
                    {"@type": "Article", "headline": "Soupe de lentilles au cumin"},
                    {"@type": "Recipe", "name": "Soupe de lentilles au cumin (4 personnes)"},
                ),
                _plain(
                    "Carnet de cuisine",
                    '<article><h1 class="entry-title">Soupe de lentilles au cumin</h1><p>Cette '
                    "soupe nous accompagne chaque hiver depuis des années et ne demande rien "
                    "qu'on n'ait déjà dans le placard.</p></article>",
                ),
                "Soupe de lentilles au cumin",
            ),
            (
                "es_recipe_no_h1_h2_post_title_og_slogan",
                "es",
                "Lentejas con chorizo de la abuela | La Cocina de Marta",
                _og("La Cocina de Marta – Recetas caseras de siempre", "La Cocina de Marta"),
                _plain(
                    "La Cocina de Marta",
                    '<div class="post"><h2 class="post-title">Lentejas con chorizo de la '
                    "abuela</h2><p>Estas lentejas nos han acompañado cada invierno desde que "
                    "éramos niños y no piden nada que no tengas ya en la despensa.</p></div>",
                ),
                "Lentejas con chorizo de la abuela",
            ),
            (
                "en_forum_page_two_re_prefix_title",
                "en",
                "Re: Best bait for river perch? - Page 2 - Riverside Anglers",
                "",
                _plain(
                    "Riverside Anglers",
                    '<div class="thread"><h1 class="thread-title">Best bait for river perch?'
                    '</h1><div class="post"><p>Worms in spring, small spinners once the water '
                    "warms up; it has never failed me on the lower stretch.</p></div></div>",
                ),
                "Best bait for river perch?",
            ),
            (
                "es_forum_tema_label_bold_div_no_h1",
                "es",
                "Tema: ¿Qué cebo usar para la perca? - Foro Pescadores del Ebro",
                "",
                _plain(
                    "Foro Pescadores del Ebro",
                    '<div class="thread-title"><b>¿Qué cebo usar para la perca?</b></div>'
                    '<div class="post"><p>Lombriz en primavera y cucharilla pequeña cuando el '
                    "agua se calienta; nunca me ha fallado en el tramo bajo.</p></div>",
                ),
                "¿Qué cebo usar para la perca?",
            ),
            (
                "ar_forum_thread_cookie_h1_latin_forum",
                "ar",
                "ما أفضل طعم لصيد البياض في النهر؟ - Nile Anglers Forum",
                "",
                _plain(
                    "Nile Anglers Forum",
                    '<div class="cookie-bar"><h1>نحن نستخدم ملفات تعريف الارتباط</h1></div>'
                    '<div class="thread"><h1>ما أفضل طعم لصيد البياض في النهر؟</h1>'
                    '<div class="post"><p>الديدان في الربيع والملاعق الصغيرة عندما يدفأ الماء، '
                    "ولم تخذلني أبدًا في المجرى السفلي.</p></div></div>",
                ),
                "ما أفضل طعم لصيد البياض في النهر؟",
            ),
            (
                "en_docs_og_product_docs_title_h1",
                "en",
                "Configuring the cache | Lumen Docs",
                _og("Lumen Documentation", "Lumen Docs")
                + ld("TechArticle", headline="Configuring the cache"),
                _plain(
                    "Lumen Docs",
                    '<nav class="docs-sidebar"><h2>Guides</h2><a href="/docs/install">Install'
                    '</a></nav><main class="docs-content"><h1>Configuring the cache</h1><p>Lumen '
                    "keeps rendered pages in memory for five minutes unless you set the cache "
                    "option in the configuration file.</p></main>",
                ),
                "Configuring the cache",
            ),
            (
                "ja_docs_no_h1_h2_latin_product",
                "ja",
                "キャッシュの設定 | Lumen ドキュメント",
                "",
                _plain(
                    "Lumen ドキュメント",
                    '<nav class="docs-sidebar"><h3>ガイド</h3><a href="/ja/install">インストール'
                    '</a></nav><div class="docs-content"><h2>キャッシュの設定</h2><p>Lumenは設定'
                    "ファイルでcacheを指定しない限り、描画したページを五分間メモリに保持します。"
                    "</p></div>",
                ),
                "キャッシュの設定",
            ),
            (
                "en_wiki_og_is_wiki_name_two_word_h1",
                "en",
                "River Tay – Riverpedia, the free river encyclopedia",
                _og("Riverpedia", "Riverpedia"),
                _plain(
                    "Riverpedia",
                    '<div id="content"><h1 id="firstHeading">River Tay</h1><div id="bodyContent">'
                    "<p>The River Tay is the longest river in Scotland, rising on Ben Lui and "
                    "flowing east into the Firth of Tay.</p></div></div>",
                ),
                "River Tay",
            ),
            (
                "de_wiki_one_word_h1",
                "de",
                "Fußgängerbrücke – Stadtwiki Bremen-Nord",
                "",
                _plain(
                    "Stadtwiki Bremen-Nord",
                    '<div id="content"><h1 id="firstHeading">Fußgängerbrücke</h1><p>Die '
                    "Fußgängerbrücke über die Lesum verbindet seit 2026 die Altstadt mit dem "
                    "Bahnhof.</p></div>",
                ),
                "Fußgängerbrücke",
            ),
            (
                "zh_wiki_latin_site_title_h1",
                "zh",
                "长江大桥 - CityWiki",
                "",
                _plain(
                    "CityWiki",
                    '<div id="content"><h1>长江大桥</h1><p>'
                    "长江大桥是横跨长江的第一座公路铁路两用桥，全长一千六百七十米。</p></div>",
                ),
                "长江大桥",
            ),
            (
                "en_event_jsonld_event_og_slogan",
                "en",
                "Winter Lantern Walk 2026 – Tickets, Dates & Venue | Riverside Events",
                _og("Riverside Events – What's on in town", "Riverside Events")
                + _graph(
                    {"@type": "WebPage", "name": "Winter Lantern Walk 2026 – Tickets"},
                    {"@type": "Event", "name": "Winter Lantern Walk 2026"},
                ),
                _plain(
                    "Riverside Events",
                    '<div class="event"><h1>Winter Lantern Walk 2026</h1><p class="when">'
                    "Sat 12 Dec, 17:00</p><p>Follow the lanterns from the old town across the "
                    "new footbridge to the station square.</p></div>",
                ),
                "Winter Lantern Walk 2026",
            ),
            (
                "it_event_no_h1_h2_site_only_title",
                "it",
                "Teatro del Lago",
                ld("Event", name="Concerto di Natale 2026"),
                _plain(
                    "Teatro del Lago",
                    '<div class="evento"><h2>Concerto di Natale 2026</h2><p>Sabato 19 dicembre '
                    "alle 21, coro e orchestra della città in un programma di canti "
                    "tradizionali.</p></div>",
                ),
                "Concerto di Natale 2026",
            ),
            (
                "fa_event_h1_latin_venue_site",
                "fa",
                "شب شعر زمستانی ۱۴۰۵ | Tehran Events",
                ld("Event", name="شب شعر زمستانی ۱۴۰۵"),
                _plain(
                    "Tehran Events",
                    "<h1>شب شعر زمستانی ۱۴۰۵</h1><p>پنجشنبه ساعت هجده در تالار شهر، با حضور "
                    "شاعران جوان.</p>",
                ),
                "شب شعر زمستانی ۱۴۰۵",
            ),
        ],
        _url,
    )
]

# A second round, written after the first's fixes and judged blind on the tree with them:
# the same conflicts in other places (a consent box by id, a "live" badge after the headline,
# a slogan og:title beside a JSON-LD headline, a title-classed element under a missing
# <title>, a Latin site's name beside Chinese, Thai and Hebrew headlines with a banner <h1>).
PROBES_2 = probe_rows(
    [
        (
            "it_consent_id_h1_before_story_unscoped",
            "it",
            "Passerella sul fiume, aperta ai pedoni - Gazzetta del Lago",
            "",
            _news(
                "it",
                "Gazzetta del Lago",
                "<h1>Passerella sul fiume, aperta ai pedoni</h1>",
                before='<div id="gdpr-consent-tool"><div><h1>La tua privacy</h1><p>Usiamo i '
                "cookie.</p></div></div>",
                scoped=False,
            ),
            "Passerella sul fiume, aperta ai pedoni",
        ),
        (
            "zh_cookie_h1_latin_site_bar",
            "zh",
            "新人行桥今日通车 | Jiangcheng Daily",
            "",
            _news(
                "zh",
                "Jiangcheng Daily",
                "<h1>新人行桥今日通车</h1>",
                before='<div class="cookie-bar"><h1>Cookie 使用说明</h1></div>',
                scoped=False,
            ),
            "新人行桥今日通车",
        ),
        (
            "en_live_badge_after_headline",
            "en",
            "Storm Darragh: roads closed across the county | Tayside Courier",
            "",
            _news(
                "en",
                EN_SITE,
                "<h1>Storm Darragh: roads closed across the county <span class="
                '"badge-live">Live</span></h1>',
            ),
            "Storm Darragh: roads closed across the county",
        ),
        (
            "nl_og_slogan_jsonld_headline_no_h1",
            "nl",
            "Rivierbode",
            _og("Rivierbode - Het nieuws van de rivier", "Rivierbode")
            + ld("NewsArticle", headline="Nieuwe voetgangersbrug verbindt binnenstad en station"),
            _news("nl", "Rivierbode", ""),
            "Nieuwe voetgangersbrug verbindt binnenstad en station",
        ),
        (
            "pl_og_site_first_slogan_title_site_last",
            "pl",
            "Kładka nad rzeką otwarta | Kurier Nadrzeczny",
            _og("Kurier Nadrzeczny | Wiadomości z regionu", "Kurier Nadrzeczny"),
            _news("pl", "Kurier Nadrzeczny", ""),
            "Kładka nad rzeką otwarta",
        ),
        (
            "en_og_site_first_headline_title_same",
            "en",
            f"{EN_HEAD} - {EN_SITE}",
            _og(f"{EN_SITE} - {EN_HEAD}", EN_SITE),
            _news("en", EN_SITE, ""),
            EN_HEAD,
        ),
        (
            "ko_site_only_title_div_title_in_article",
            "ko",
            "Gangbyeon Ilbo",
            "",
            _news("ko", "Gangbyeon Ilbo", '<div class="news-title">강 위 새 보행교 개통</div>'),
            "강 위 새 보행교 개통",
        ),
        (
            "th_banner_h1_latin_site_then_story_h1",
            "th",
            "สะพานคนเดินข้ามแม่น้ำเปิดใช้แล้ว - Chao Phraya Times",
            "",
            _news(
                "th",
                "Chao Phraya Times",
                "<h1>สะพานคนเดินข้ามแม่น้ำเปิดใช้แล้ว</h1>",
                before='<div class="notice"><h1>Chao Phraya Times App</h1></div>',
                scoped=False,
            ),
            "สะพานคนเดินข้ามแม่น้ำเปิดใช้แล้ว",
        ),
        (
            "he_cookie_h1_hebrew_latin_site_first",
            "he",
            "Haifa Today | גשר הולכי הרגל החדש נפתח",
            "",
            _news(
                "he",
                "Haifa Today",
                "<h1>גשר הולכי הרגל החדש נפתח</h1>",
                before='<div id="cookieConsent"><h1>Cookies באתר</h1></div>',
                scoped=False,
            ),
            "גשר הולכי הרגל החדש נפתח",
        ),
        (
            "en_product_og_site_first_title_product",
            "en",
            "Oakline 2-Person Hiking Tent | Trailhouse",
            _og("Trailhouse | Outdoor gear since 1998", "Trailhouse"),
            _plain(
                "Trailhouse",
                '<div class="product-title">Oakline 2-Person Hiking Tent</div><p>Two doors, '
                "two vestibules and a pole set under one kilo.</p>",
            ),
            "Oakline 2-Person Hiking Tent",
        ),
        (
            "de_event_og_slogan_h1",
            "de",
            "Laternenlauf 2026 – Termine und Treffpunkt | Bremen-Nord erleben",
            _og("Bremen-Nord erleben – Was ist los im Norden?", "Bremen-Nord erleben"),
            _plain(
                "Bremen-Nord erleben",
                "<h1>Laternenlauf 2026</h1><p>Am Samstag um 17 Uhr von der Altstadt über die "
                "neue Brücke zum Bahnhofsplatz.</p>",
            ),
            "Laternenlauf 2026",
        ),
        (
            "ja_live_badge_before_headline",
            "ja",
            "【ライブ】台風10号　交通機関の運休相次ぐ - Kansai Shimbun Online",
            "",
            _news(
                "ja",
                "Kansai Shimbun Online",
                '<h1><span class="live-label">ライブ</span>台風10号　交通機関の運休相次ぐ</h1>',
            ),
            "台風10号　交通機関の運休相次ぐ",
        ),
    ],
    _url,
)

FIELDS = ("title",)

# Blind figures (before any fix), judged loose / strict as ``report_titles`` prints them.
BLIND_FIGURES = {"newsextract": "60/67 loose, 60/67 strict", "trafilatura": "42/67, 38/67"}
# After the fixes (a title's script read without its site's name; a cookie or consent box's
# <h1> passed over; a "live" class a badge; a site-first title beside an article's title the
# home page's; a title-classed element opening the one <article> under a site-only <title>):
# newsextract 65/67 both ways, dev pages unmoved. The second round's, on the tree with those
# fixes; after its fix (a visible headline holding the site's name is no other edition): 12/12.
BLIND_FIGURES_2 = {"newsextract": "11/12 loose, 11/12 strict", "trafilatura": "4/12, 3/12"}

# Misses, each with its reason: strict xfails, so a fix shows.
_OPEN: dict[tuple[str, str], str] = {
    ("en_site_only_title_h2_after_sidebar_h2", "title"): "no <article>: the lone heading under "
    "a <title> that is only the site's name is read in a page's one <article> (a page of "
    "plain boxes may be a list of teasers, which the site's name titles)",
    ("en_seo_title_styled_div_headline", "title"): "a styled <div> whose class names no title "
    "and whose text the SEO <title> does not give is not read as the headline",
}
_CASES = field_cases(PROBES + PROBES_2, FIELDS, _OPEN)


@pytest.mark.parametrize(("url", "html", "field", "want"), _CASES)
def test_blind_title_probe_69(url: str, html: str, field: str, want: object) -> None:
    got = getattr(newsextract.extract(html, url=url), field)
    assert matches(field, got, want), f"{field}: {got!r}"


if __name__ == "__main__":  # pragma: no cover
    # both tools' hits (the eval folder given as the first argument)
    import sys

    from tests.metadata.language_probes.kit import report_titles

    for probes in (PROBES, PROBES_2):
        report_titles(probes, sys.argv[1])
