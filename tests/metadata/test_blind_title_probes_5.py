"""A fifth blind title probe (issue 12): pages written without reading the title code, on
what the first four probes left thin: headlines in scripts written without spaces between
words (Chinese, Japanese, Thai, Khmer, Lao, Burmese), a ``<title>`` naming the site first
("Site - Headline", "Site | Section | Section | Headline", "Site » Section » …"), two
``<h1>`` (the logo's, unclassed, before the headline's), a kicker in a ``<span>`` inside the
``<h1>``, a metadata title that writes the headline in other typography (straight quotes for
curly ones, an ASCII colon for a full-width one, without the ``<h1>``'s soft hyphens or
non-breaking spaces), and non-news pages (a thread's second page, a Q&A page with its tag
before the question, a docs page whose ``<h1>`` is the product's name, a shop item with an SEO
``<title>``, a recipe); a second round (``PROBES_2``) on platforms' own title frames, ruby and
screen-reader text in the ``<h1>`` and a doubly escaped ``og:title``; a third
(``PROBES_3``) on furniture around the headline; a fourth (``PROBES_4``) on typography.

Each expected title is what a reader takes for it: the headline as the page shows it, without
the site's name, a section, a kicker or an SEO variant, and without invisible characters (a
soft hyphen is a hint to break a line, not a letter). ``python -m
tests.metadata.test_blind_title_probes_5 /work/shared/eval`` prints newsextract's and
trafilatura's hits, judged as the eval's ``title_loose`` judges and strictly: the blind figure
is in ``BLIND_FIGURES``. Every site, name and text here is invented."""

from __future__ import annotations

from typing import Any

import pytest
from tests.metadata.language_probes.kit import field_cases, matches
from tests.metadata.title_pages import ld, paragraphs, probe_rows
from tests.metadata.title_pages import og_meta as _og

import newsextract

# One text per language: a town's night market and its new ferry timetable.
TEXTS = {
    "en": "The council agreed on Tuesday that the ferry will run every half hour from May, "
    "with a late boat on Fridays and Saturdays for people coming back from the night market.",
    "de": "Der Gemeinderat hat am Dienstag beschlossen, dass die Fähre ab Mai jede halbe Stunde "
    "fährt, freitags und samstags mit einem späten Boot für die Gäste des Nachtmarkts.",
    "fr": "Le conseil a décidé mardi que le bac partira toutes les demi-heures à partir de mai, "
    "avec un dernier départ tardif le vendredi et le samedi pour le marché de nuit.",
    "es": "El ayuntamiento acordó el martes que el ferri saldrá cada media hora desde mayo, con "
    "un último barco los viernes y sábados para quienes vuelven del mercado nocturno.",
    "it": "Il consiglio ha deciso martedì che il traghetto partirà ogni mezz'ora da maggio, con "
    "un'ultima corsa il venerdì e il sabato per chi torna dal mercato notturno.",
    "zh": "市议会周二决定，从五月起渡轮每半小时一班，周五和周六增开夜班船，方便夜市的游客回家。"
    "老城区的居民对此表示欢迎。",
    "ja": "市議会は火曜日、五月からフェリーを三十分おきに運航し、金曜と土曜には夜市帰りの客の"
    "ために最終便を増やすことを決めた。",
    "ko": "시의회는 화요일 오월부터 여객선을 삼십 분마다 운항하고 금요일과 토요일에는 야시장 "
    "손님을 위해 늦은 배를 추가하기로 했다.",
    "th": "สภาเมืองมีมติเมื่อวันอังคารให้เรือข้ามฟากออกทุกครึ่งชั่วโมงตั้งแต่เดือนพฤษภาคม "
    "และเพิ่มเที่ยวดึกในวันศุกร์และวันเสาร์สำหรับผู้ที่กลับจากตลาดกลางคืน",
    "km": "ក្រុមប្រឹក្សាក្រុងបានសម្រេចកាលពីថ្ងៃអង្គារថា សាឡាងនឹងចេញរៀងរាល់កន្លះម៉ោងចាប់ពីខែឧសភា "
    "ហើយបន្ថែមជើងយប់នៅថ្ងៃសុក្រ និងថ្ងៃសៅរ៍សម្រាប់អ្នកត្រឡប់ពីផ្សាររាត្រី។",
    "lo": "ສະພາເມືອງໄດ້ຕົກລົງໃນວັນອັງຄານວ່າ ເຮືອຂ້າມຟາກຈະອອກທຸກໆເຄິ່ງຊົ່ວໂມງນັບແຕ່ເດືອນພຶດສະພາ "
    "ແລະ ເພີ່ມຖ້ຽວກາງຄືນໃນວັນສຸກ ແລະ ວັນເສົາ ສຳລັບຜູ້ທີ່ກັບຈາກຕະຫຼາດກາງຄືນ.",
    "my": "မြို့တော်ကောင်စီသည် အင်္ဂါနေ့တွင် မေလမှစ၍ ကူးတို့သင်္ဘောကို နာရီဝက်တိုင်း "
    "ပြေးဆွဲရန်နှင့် သောကြာနှင့် စနေနေ့များတွင် ညဈေးမှ ပြန်လာသူများအတွက် "
    "နောက်ဆုံးသင်္ဘောတစ်စင်း ထပ်တိုးရန် ဆုံးဖြတ်ခဲ့သည်။",
}


def _url(name: str) -> str:
    return f"https://{name.replace('_', '-')}.example.com/news/2025/04/08/ferry-5121"


def _site(lang: str, site: str, heading: str, *, masthead: str = "", above: str = "") -> str:
    """A news site's body: a masthead (raw markup, else a link with the site's name) and a
    menu, then the story (``above``, ``heading`` as raw markup, a date line, the text), a
    "read next" list and the footer."""
    top = masthead or f'<div class="logo"><a href="/">{site}</a></div>'
    text = TEXTS[lang]
    return (
        f'<header id="top">{top}<ul class="menu"><li><a href="/city/">·</a></li><li>'
        '<a href="/sport/">··</a></li></ul></header><div class="wrap"><div class="article">'
        f'{above}{heading}<div class="meta"><time datetime="2025-04-08T09:40:00+07:00">'
        f'08/04/2025</time></div><div class="article-body">{paragraphs(text, text)}</div>'
        '</div><div class="read-next"><h3>…</h3><a href="/news/2025/04/07/ferry-5120">…</a>'
        f'</div></div><footer id="bottom">© 2025 {site}</footer>'
    )


def _doc(body: str, site: str) -> str:
    """A non-news page: the site's bar, ``body`` (raw markup), a footer."""
    return (
        f'<div class="navbar"><a class="navbar-brand" href="/">{site}</a><a href="/login">'
        f'·</a></div><div class="container">{body}</div><footer>{site}</footer>'
    )


FIELDS = ("title",)


def _probes(rows: list[tuple[str, str, str, str, str, str]]) -> list[tuple[Any, ...]]:
    """Each row (name, language, <title>, head, body, expected title) as a probe."""
    return probe_rows(rows, _url)


PROBES = _probes(
    [
        # --- Scripts without spaces between words -------------------------------------------
        (
            "zh_site_first_dash",
            "zh",
            "江城晚报 - 老城区夜市本周五重新开放",
            "",
            _site("zh", "江城晚报", "<h1>老城区夜市本周五重新开放</h1>"),
            "老城区夜市本周五重新开放",
        ),
        (
            "zh_og_ascii_colon_for_full_width",
            "zh",
            "市长：新渡轮时刻表五月起实行_江城新闻网",
            _og("市长:新渡轮时刻表五月起实行", "江城新闻网"),
            _site("zh", "江城新闻网", '<h1 class="main-title">市长：新渡轮时刻表五月起实行</h1>'),
            "市长：新渡轮时刻表五月起实行",
        ),
        (
            "zh_no_h1_channel_and_site_after",
            "zh",
            "渡轮五月起每半小时一班-本地新闻-江城网",
            "",
            _site("zh", "江城网", '<div class="tit">渡轮五月起每半小时一班</div>'),
            "渡轮五月起每半小时一班",
        ),
        (
            "ja_site_first_full_width_bar",
            "ja",
            "潮見新聞｜港のフェリー時刻表が五月から変わる",
            "",
            _site("ja", "潮見新聞", "<h1>港のフェリー時刻表が五月から変わる</h1>"),
            "港のフェリー時刻表が五月から変わる",
        ),
        (
            "th_headline_site_after_dash",
            "th",
            "เรือข้ามฟากออกทุกครึ่งชั่วโมงตั้งแต่พฤษภาคม - ข่าวเหนือวันนี้",
            _og(site="ข่าวเหนือวันนี้"),
            _site("th", "ข่าวเหนือวันนี้", "<h1>เรือข้ามฟากออกทุกครึ่งชั่วโมงตั้งแต่พฤษภาคม</h1>"),
            "เรือข้ามฟากออกทุกครึ่งชั่วโมงตั้งแต่พฤษภาคม",
        ),
        (
            "th_category_span_in_h1",
            "th",
            "เพิ่มเรือเที่ยวดึกรับคนเที่ยวตลาดกลางคืน | ข่าวเหนือวันนี้",
            "",
            _site(
                "th",
                "ข่าวเหนือวันนี้",
                '<h1 class="entry-title"><span class="category">ข่าวภูมิภาค</span>'
                "เพิ่มเรือเที่ยวดึกรับคนเที่ยวตลาดกลางคืน</h1>",
            ),
            "เพิ่มเรือเที่ยวดึกรับคนเที่ยวตลาดกลางคืน",
        ),
        (
            "km_kicker_span_in_h1",
            "km",
            "សាឡាងចេញរៀងរាល់កន្លះម៉ោងចាប់ពីខែឧសភា - ភ្នំពេញថ្ងៃនេះ",
            _og("សាឡាងចេញរៀងរាល់កន្លះម៉ោងចាប់ពីខែឧសភា", "ភ្នំពេញថ្ងៃនេះ"),
            _site(
                "km",
                "ភ្នំពេញថ្ងៃនេះ",
                '<h1><span class="kicker">ព័ត៌មានក្នុងស្រុក</span> សាឡាងចេញរៀងរាល់កន្លះម៉ោងចាប់ពីខែឧសភា</h1>',
            ),
            "សាឡាងចេញរៀងរាល់កន្លះម៉ោងចាប់ពីខែឧសភា",
        ),
        (
            "lo_site_first_bar",
            "lo",
            "ຂ່າວວຽງ | ເຮືອຂ້າມຟາກອອກທຸກເຄິ່ງຊົ່ວໂມງ",
            "",
            _site("lo", "ຂ່າວວຽງ", "<h1>ເຮືອຂ້າມຟາກອອກທຸກເຄິ່ງຊົ່ວໂມງ</h1>"),
            "ເຮືອຂ້າມຟາກອອກທຸກເຄິ່ງຊົ່ວໂມງ",
        ),
        (
            "my_logo_h1_image_then_headline_h1",
            "my",
            "ကူးတို့သင်္ဘော နာရီဝက်တိုင်း ပြေးဆွဲမည် - ရွှေမြို့သတင်း",
            _og("ကူးတို့သင်္ဘော နာရီဝက်တိုင်း ပြေးဆွဲမည်", "ရွှေမြို့သတင်း"),
            _site(
                "my",
                "ရွှေမြို့သတင်း",
                "<h1>ကူးတို့သင်္ဘော နာရီဝက်တိုင်း ပြေးဆွဲမည်</h1>",
                masthead='<h1><a href="/"><img alt="ရွှေမြို့သတင်း" src="/logo.png"></a></h1>',
            ),
            "ကူးတို့သင်္ဘော နာရီဝက်တိုင်း ပြေးဆွဲမည်",
        ),
        # --- A <title> naming the site first ---------------------------------------------------
        (
            "es_site_two_sections_headline",
            "es",
            "Diario del Sur | Deportes | Fútbol | El Atlético gana el derbi en el último minuto",
            "",
            _site(
                "es",
                "Diario del Sur",
                "<h1>El Atlético gana el derbi en el último minuto</h1>",
            ),
            "El Atlético gana el derbi en el último minuto",
        ),
        (
            "en_site_sections_no_h1_title_div",
            "en",
            "The Harbour Ledger | Sport | Rowers take the regional cup again",
            _og(site="The Harbour Ledger"),
            _site(
                "en",
                "The Harbour Ledger",
                '<div class="article-title">Rowers take the regional cup again</div>',
            ),
            "Rowers take the regional cup again",
        ),
        (
            "en_site_chevrons_shorter_than_h1",
            "en",
            "Coast Weekly » News » Lifeboat crew rescues two kayakers",
            "",
            _site(
                "en",
                "Coast Weekly",
                "<h1>Lifeboat crew rescues two kayakers off the point</h1>",
            ),
            "Lifeboat crew rescues two kayakers off the point",
        ),
        # --- Two <h1>, and kickers inside the <h1> ----------------------------------------------
        (
            "en_logo_text_h1_unclassed_first",
            "en",
            "Council approves new ferry timetable | The Harbour Ledger",
            "",
            _site(
                "en",
                "The Harbour Ledger",
                "<h1>Council approves new ferry timetable</h1>",
                masthead='<h1><a href="/">The Harbour Ledger</a></h1>',
            ),
            "Council approves new ferry timetable",
        ),
        (
            "en_overline_and_title_spans_in_h1",
            "en",
            "Storm brings first snow to the hills | Valley Post",
            "",
            _site(
                "en",
                "Valley Post",
                '<h1 class="headline"><span class="overline">Weather</span><span '
                'class="headline-text">Storm brings first snow to the hills</span></h1>',
            ),
            "Storm brings first snow to the hills",
        ),
        (
            "it_occhiello_span_in_h1_og_bare",
            "it",
            "Il ponte chiude per tre mesi - La Gazzetta del Lago",
            _og("Il ponte chiude per tre mesi", "La Gazzetta del Lago"),
            _site(
                "it",
                "La Gazzetta del Lago",
                '<h1><span class="occhiello">Il caso</span> Il ponte chiude per tre mesi</h1>',
            ),
            "Il ponte chiude per tre mesi",
        ),
        # --- The same headline in other typography ---------------------------------------------
        (
            "en_og_straight_quotes_h1_curly",
            "en",
            'Mayor says "no more delays" on the bridge | Valley Post',
            _og('Mayor says "no more delays" on the bridge', "Valley Post"),
            _site("en", "Valley Post", "<h1>Mayor says “no more delays” on the bridge</h1>"),
            "Mayor says “no more delays” on the bridge",
        ),
        (
            "de_soft_hyphen_in_h1",
            "de",
            "Bürgermeisterwahl: Stichwahl am Sonntag | Talbote",
            _og("Bürgermeisterwahl: Stichwahl am Sonntag", "Talbote"),
            _site("de", "Talbote", "<h1>Bürger&shy;meister&shy;wahl: Stichwahl am Sonntag</h1>"),
            "Bürgermeisterwahl: Stichwahl am Sonntag",
        ),
        (
            "de_soft_hyphen_h1_only",
            "de",
            "Talbote",
            "",
            _site("de", "Talbote", "<h1>Fähr&shy;verbindung wird ab Mai verdoppelt</h1>"),
            "Fährverbindung wird ab Mai verdoppelt",
        ),
        (
            "en_soft_hyphen_h1_title_plain",
            "en",
            "Extraordinary tides flood the promenade - Coast Weekly",
            "",
            _site("en", "Coast Weekly", "<h1>Extra&shy;ordinary tides flood the promenade</h1>"),
            "Extraordinary tides flood the promenade",
        ),
        (
            "fr_nbsp_before_colon_and_question",
            "fr",
            "Inondations : la digue tiendra-t-elle ? - L'Écho du Val",
            _og("Inondations : la digue tiendra-t-elle ?", "L'Écho du Val"),
            _site(
                "fr", "L'Écho du Val", "<h1>Inondations&nbsp;: la digue tiendra-t-elle&nbsp;?</h1>"
            ),
            "Inondations : la digue tiendra-t-elle ?",
        ),
        (
            "ko_og_straight_quotes_h1_curly",
            "ko",
            '시장 "교량 공사 더 늦추지 않겠다" : 바다신문',
            _og('시장 "교량 공사 더 늦추지 않겠다"', "바다신문"),
            _site("ko", "바다신문", "<h1>시장 “교량 공사 더 늦추지 않겠다”</h1>"),
            "시장 “교량 공사 더 늦추지 않겠다”",
        ),
        (
            "en_jsonld_headline_seo_variant",
            "en",
            "Two kayakers rescued off Point Head by lifeboat crew | Coast Weekly",
            ld(
                "NewsArticle",
                headline="Two kayakers rescued off Point Head by lifeboat crew",
                datePublished="2025-04-08T09:40:00+07:00",
            ),
            _site("en", "Coast Weekly", "<h1>Lifeboat crew saves two kayakers</h1>"),
            "Lifeboat crew saves two kayakers",
        ),
        # --- Non-news pages --------------------------------------------------------------------
        (
            "en_vbulletin_thread_page_two",
            "en",
            "Boat trailer bearings keep overheating - Page 2 - Trailer Talk",
            "",
            _doc(
                '<div class="breadcrumb"><a href="/">Trailer Talk</a> › <a href="/f/3">'
                'Maintenance</a></div><div id="pagetitle"><h1>Thread: <span class="threadtitle">'
                '<a href="/t/881">Boat trailer bearings keep overheating</a></span></h1></div>'
                '<ol id="posts"><li class="postcontainer"><div class="postbody">'
                f"{paragraphs(TEXTS['en'])}</div></li></ol>",
                "Trailer Talk",
            ),
            "Boat trailer bearings keep overheating",
        ),
        (
            "en_qa_tag_before_question",
            "en",
            "outboard - How do I winterize a small outboard motor? - Seafaring Answers",
            "",
            _doc(
                '<div id="question-header"><h1 itemprop="name"><a class="question-hyperlink" '
                'href="/q/4410">How do I winterize a small outboard motor?</a></h1></div><div '
                'class="post-layout"><div class="s-prose">'
                f"{paragraphs(TEXTS['en'])}</div></div>",
                "Seafaring Answers",
            ),
            "How do I winterize a small outboard motor?",
        ),
        (
            "en_docs_h1_product_name_h2_page",
            "en",
            "Configuring webhooks - Tidemark Docs",
            "",
            _doc(
                '<aside class="sidebar"><h1 class="sidebar-title"><a href="/">Tidemark</a></h1>'
                '<ul><li><a href="/start">Getting started</a></li><li><a href="/hooks">Webhooks'
                '</a></li></ul></aside><main class="doc-content"><h2 id="configuring-webhooks">'
                "Configuring webhooks</h2><p>Tidemark sends a webhook each time a tide station "
                "reports a reading above the threshold you set for it.</p><p>Add the address "
                "that should receive them in the project settings, then choose the stations "
                "it should hear about.</p></main>",
                "Tidemark",
            ),
            "Configuring webhooks",
        ),
        (
            "en_shop_item_seo_title",
            "en",
            "Buy Walnut Desk Organizer Online at Best Price - Woodnest",
            _og("Walnut Desk Organizer", "Woodnest")
            + ld("Product", name="Walnut Desk Organizer", sku="WN-77"),
            _doc(
                '<div class="product"><div class="product-media"><img alt="organizer" '
                'src="/p.jpg"></div><div class="product-info"><h1 class="product-name">Walnut '
                'Desk Organizer</h1><p class="price">$48.00</p><button>Add to cart</button><div '
                'class="product-description"><p>Five compartments in solid walnut, finished '
                "with oil and wax, for pens, cards and a phone.</p></div></div></div>",
                "Woodnest",
            ),
            "Walnut Desk Organizer",
        ),
        (
            "en_recipe_title_says_recipe",
            "en",
            "Crispy Chickpea Salad Recipe | Green Bowl",
            ld("Recipe", name="Crispy Chickpea Salad"),
            _doc(
                '<article class="post"><h1 class="entry-title">Crispy Chickpea Salad</h1><div '
                f'class="entry-content">{paragraphs(TEXTS["en"])}</div><div class="recipe-card">'
                "<h2>Crispy Chickpea Salad</h2><ul><li>1 can chickpeas</li></ul></div></article>",
                "Green Bowl",
            ),
            "Crispy Chickpea Salad",
        ),
    ]
)

# A second round, written after the first round's fixes and judged blind as well: the titles
# of platforms that frame a post their own way (a link aggregator's " : r/…", an issue
# tracker's "· Issue #… · …", an encyclopedia's "- Wiki", a blogging platform's "| by … |",
# a shop's "Amazon-like: … : Category", a ticket seller's "… Tickets, date | …"), ruby
# readings and screen-reader text inside an ``<h1>``, and a doubly escaped ``og:title``.
PROBES_2 = _probes(
    [
        (
            "en_aggregator_post_colon_r_board",
            "en",
            "What trailer hitch for a 16ft boat? : r/boating",
            _og("What trailer hitch for a 16ft boat?", "reddit"),
            _doc(
                '<div class="thing link"><p class="title"><a class="title" href="/r/boating/'
                'comments/x1">What trailer hitch for a 16ft boat?</a></p><div class="usertext-'
                f'body"><div class="md">{paragraphs(TEXTS["en"])}</div></div></div>',
                "reddit",
            ),
            "What trailer hitch for a 16ft boat?",
        ),
        (
            "en_issue_tracker_title_bdi_number",
            "en",
            "Crash when opening the settings page · Issue #412 · tidemark/app · CodeHub",
            _og("Crash when opening the settings page · Issue #412 · tidemark/app"),
            _doc(
                '<div class="gh-header"><h1 class="gh-header-title"><bdi class="js-issue-title">'
                'Crash when opening the settings page</bdi> <span class="gh-header-number">#412'
                '</span></h1><span class="State">Open</span></div><div class="comment-body">'
                f"{paragraphs(TEXTS['en'])}</div>",
                "CodeHub",
            ),
            "Crash when opening the settings page",
        ),
        (
            "en_wiki_page_bracketed_disambiguation",
            "en",
            "Harbour Bridge (Valley) - Valleypedia",
            "",
            _doc(
                '<h1 id="firstHeading" class="firstHeading"><span class="mw-page-title-main">'
                'Harbour Bridge (Valley)</span></h1><div id="siteSub">From Valleypedia</div><div '
                f'id="mw-content-text">{paragraphs(TEXTS["en"])}</div>',
                "Valleypedia",
            ),
            "Harbour Bridge (Valley)",
        ),
        (
            "en_blog_platform_by_author_publication",
            "en",
            "Why we rewrote our parser | by Ana Lee | Tidemark Engineering | Inkwell",
            _og("Why we rewrote our parser", "Inkwell"),
            _doc(
                '<article><h1 class="pw-post-title">Why we rewrote our parser</h1><div '
                'class="pw-author"><a href="/@analee">Ana Lee</a></div><section>'
                f"{paragraphs(TEXTS['en'])}</section></article>",
                "Inkwell",
            ),
            "Why we rewrote our parser",
        ),
        (
            "en_marketplace_item_prefix_and_category",
            "en",
            "Shopmart.com: Walnut Desk Organizer, 5 Compartments : Office Products",
            "",
            _doc(
                '<div id="dp"><div id="titleSection"><h1 id="title"><span id="productTitle">'
                "Walnut Desk Organizer, 5 Compartments</span></h1></div><div id="
                '"feature-bullets"><ul><li>Five compartments in solid walnut, finished with oil '
                "and wax, for pens, cards and a phone.</li></ul></div></div>",
                "Shopmart",
            ),
            "Walnut Desk Organizer, 5 Compartments",
        ),
        (
            "en_ticket_page_tickets_date_suffix",
            "en",
            "Harbour Jazz Night Tickets, Fri 12 Sep 2025 at 19:00 | TicketHarbor",
            _og("Harbour Jazz Night", "TicketHarbor"),
            _doc(
                '<main><h1 class="event-title">Harbour Jazz Night</h1><p class="date">Friday, '
                'September 12 · 7pm</p><div class="event-description">'
                f"{paragraphs(TEXTS['en'])}</div></main>",
                "TicketHarbor",
            ),
            "Harbour Jazz Night",
        ),
        (
            "ja_ruby_reading_in_h1",
            "ja",
            "潮見新聞",
            "",
            _site(
                "ja",
                "潮見新聞",
                "<h1>港の<ruby>渡船<rp>(</rp><rt>とせん</rt><rp>)</rp></ruby>、五月から増便</h1>",
            ),
            "港の渡船、五月から増便",
        ),
        (
            "en_screen_reader_label_in_h1",
            "en",
            "Ferry timetable doubles in May – The Harbour Ledger",
            "",
            _site(
                "en",
                "The Harbour Ledger",
                '<h1><span class="screen-reader-text">Article: </span>Ferry timetable doubles '
                "in May</h1>",
            ),
            "Ferry timetable doubles in May",
        ),
        (
            "en_og_title_doubly_escaped_no_h1",
            "en",
            "The Harbour Ledger",
            '<meta property="og:title" content="Council&amp;#8217;s ferry plan wins backing">'
            '<meta property="og:site_name" content="The Harbour Ledger">',
            _site("en", "The Harbour Ledger", ""),
            "Council’s ferry plan wins backing",
        ),
        (
            "en_video_label_after_headline",
            "en",
            "Storm floods the promenade (VIDEO) | Coast Weekly",
            "",
            _site("en", "Coast Weekly", "<h1>Storm floods the promenade</h1>"),
            "Storm floods the promenade",
        ),
        (
            "es_section_h1_outside_then_headline_h2",
            "es",
            "El ferri saldrá cada media hora desde mayo | Diario del Sur",
            "",
            _site(
                "es",
                "Diario del Sur",
                '<h2 class="titular">El ferri saldrá cada media hora desde mayo</h2>',
                above='<h1 class="section-name">Sociedad</h1>',
            ),
            "El ferri saldrá cada media hora desde mayo",
        ),
        (
            "zh_label_span_in_h1_title_bare",
            "zh",
            "新渡轮时刻表五月起实行_江城新闻网",
            "",
            _site(
                "zh",
                "江城新闻网",
                '<h1><span class="label">独家</span>新渡轮时刻表五月起实行</h1>',
            ),
            "新渡轮时刻表五月起实行",
        ),
    ]
)

# A third round, written after the second and judged blind: a site's name and a colon before
# the headline, a <br> inside a Thai or Chinese <h1>, a hidden span, a date in <small>, and
# a section's <h1>, a "Breaking" <h1> or a recipe's jump link around the headline.
PROBES_3 = _probes(
    [
        (
            "en_site_colon_prefix_title_og",
            "en",
            "Harbour Ledger: Ferry timetable doubles in May",
            _og("Harbour Ledger: Ferry timetable doubles in May", "Harbour Ledger"),
            _site(
                "en", "Harbour Ledger", '<div class="headline">Ferry timetable doubles in May</div>'
            ),
            "Ferry timetable doubles in May",
        ),
        (
            "th_h1_br_no_space",
            "th",
            "ข่าวเหนือวันนี้",
            "",
            _site("th", "ข่าวเหนือวันนี้", "<h1>เรือข้ามฟากออกทุกครึ่งชั่วโมง<br>ตั้งแต่เดือนพฤษภาคม</h1>"),
            "เรือข้ามฟากออกทุกครึ่งชั่วโมงตั้งแต่เดือนพฤษภาคม",
        ),
        (
            "en_h1_hidden_span_display_none",
            "en",
            "Ferry timetable doubles in May | Harbour Ledger",
            "",
            _site(
                "en",
                "Harbour Ledger",
                '<h1>Ferry timetable doubles in May<span style="display:none"> - Harbour '
                "Ledger</span></h1>",
            ),
            "Ferry timetable doubles in May",
        ),
        (
            "en_h1_small_date_inside",
            "en",
            "Harbour Ledger",
            "",
            _site(
                "en",
                "Harbour Ledger",
                '<h1>Ferry timetable doubles in May <small class="date">08.04.2025</small></h1>',
            ),
            "Ferry timetable doubles in May",
        ),
        (
            "de_title_site_colon_section_no_h1",
            "de",
            "Talbote: Lokales – Fähre fährt ab Mai jede halbe Stunde",
            "",
            _site(
                "de",
                "Talbote",
                '<h2 class="article-title">Fähre fährt ab Mai jede halbe Stunde</h2>',
            ),
            "Fähre fährt ab Mai jede halbe Stunde",
        ),
        (
            "en_two_article_h1_related_first",
            "en",
            "Ferry timetable doubles in May - Harbour Ledger",
            "",
            _site(
                "en",
                "Harbour Ledger",
                "<h1>Ferry timetable doubles in May</h1>",
                above='<div class="breaking"><h1 class="breaking-title">Breaking</h1><a '
                'href="/x">Storm warning for the coast tonight</a></div>',
            ),
            "Ferry timetable doubles in May",
        ),
        (
            "vi_title_site_first_dash",
            "vi",
            "Báo Bờ Sông - Phà chạy mỗi nửa giờ từ tháng Năm",
            "",
            _site("en", "Báo Bờ Sông", "<h1>Phà chạy mỗi nửa giờ từ tháng Năm</h1>"),
            "Phà chạy mỗi nửa giờ từ tháng Năm",
        ),
        (
            "zh_og_with_site_h1_br",
            "zh",
            "江城新闻网",
            _og("新渡轮时刻表五月起实行 - 江城新闻网", "江城新闻网"),
            _site("zh", "江城新闻网", "<h1>新渡轮时刻表<br>五月起实行</h1>"),
            "新渡轮时刻表五月起实行",
        ),
        (
            "en_nbsp_in_og_and_h1_entity",
            "en",
            "Ferry timetable doubles in May | Harbour Ledger",
            _og("Ferry timetable doubles in\u00a0May", "Harbour Ledger"),
            _site("en", "Harbour Ledger", "<h1>Ferry timetable doubles in&nbsp;May</h1>"),
            "Ferry timetable doubles in May",
        ),
        (
            "en_recipe_h1_jump_link_inside",
            "en",
            "Crispy Chickpea Salad - Green Bowl",
            ld("Recipe", name="Crispy Chickpea Salad"),
            _doc(
                '<article><h1 class="entry-title">Crispy Chickpea Salad <a class="jump" '
                'href="#recipe">Jump to Recipe</a></h1>'
                f'<div class="entry-content">{paragraphs(TEXTS["en"])}</div></article>',
                "Green Bowl",
            ),
            "Crispy Chickpea Salad",
        ),
    ]
)

# A fourth round, written after the third and judged blind: the same headline typed otherwise
# in a structured or social title (guillemets without spaces, three dots, a typed hyphen or
# typed quotes, half-width brackets), and site-first titles in Chinese, Burmese and Khmer.
PROBES_4 = _probes(
    [
        (
            "fr_jsonld_guillemets_no_spaces_h1_spaced",
            "fr",
            "« Le bac restera gratuit » : la promesse du maire - L'Écho du Val",
            ld("NewsArticle", headline="«Le bac restera gratuit» : la promesse du maire"),
            _site(
                "fr",
                "L'Écho du Val",
                "<h1>«&nbsp;Le bac restera gratuit&nbsp;» : la promesse du maire</h1>",
            ),
            "« Le bac restera gratuit » : la promesse du maire",
        ),
        (
            "en_jsonld_three_dots_h1_ellipsis",
            "en",
            "Ferry fares rise… again | Harbour Ledger",
            ld("NewsArticle", headline="Ferry fares rise... again"),
            _site("en", "Harbour Ledger", "<h1>Ferry fares rise… again</h1>"),
            "Ferry fares rise… again",
        ),
        (
            "de_og_typed_hyphen_h1_en_dash",
            "de",
            "Fähre Nord – Süd fährt wieder | Talbote",
            _og("Fähre Nord - Süd fährt wieder", "Talbote"),
            _site("de", "Talbote", "<h1>Fähre Nord – Süd fährt wieder</h1>"),
            "Fähre Nord – Süd fährt wieder",
        ),
        (
            "en_jsonld_typed_quotes_no_og",
            "en",
            'Mayor: "No more delays" on the bridge | Valley Post',
            ld("NewsArticle", headline='Mayor: "No more delays" on the bridge'),
            _site("en", "Valley Post", "<h1>Mayor: “No more delays” on the bridge</h1>"),
            "Mayor: “No more delays” on the bridge",
        ),
        (
            "ja_jsonld_halfwidth_brackets_h1_fullwidth",
            "ja",
            "市長「遅れはもうない」 橋の工事 | 潮見新聞",
            ld("NewsArticle", headline="市長「遅れはもうない」 橋の工事"),
            _site("ja", "潮見新聞", "<h1>市長「遅れはもうない」　橋の工事</h1>"),
            "市長「遅れはもうない」 橋の工事",
        ),
        (
            "zh_title_site_first_full_width_dash",
            "zh",
            "江城网——渡轮五月起每半小时一班",
            "",
            _site("zh", "江城网", "<h1>渡轮五月起每半小时一班</h1>"),
            "渡轮五月起每半小时一班",
        ),
        (
            "my_og_site_suffix_no_h1",
            "my",
            "ရွှေမြို့သတင်း",
            _og("ကူးတို့သင်္ဘော နာရီဝက်တိုင်း ပြေးဆွဲမည် | ရွှေမြို့သတင်း", "ရွှေမြို့သတင်း"),
            _site("my", "ရွှေမြို့သတင်း", ""),
            "ကူးတို့သင်္ဘော နာရီဝက်တိုင်း ပြေးဆွဲမည်",
        ),
        (
            "km_title_site_first_bar_no_h1",
            "km",
            "ភ្នំពេញថ្ងៃនេះ | សាឡាងចេញរៀងរាល់កន្លះម៉ោង",
            _og(site="ភ្នំពេញថ្ងៃនេះ"),
            _site("km", "ភ្នំពេញថ្ងៃនេះ", ""),
            "សាឡាងចេញរៀងរាល់កន្លះម៉ោង",
        ),
    ]
)

# Blind figures (before any fix), judged loose / strict as ``_report`` prints them. After
# the fixes (a hyphen between ideographs splits a portal's <title>; a site-first title's
# last part that opens the <h1> agrees with it): newsextract 26/27, 26/27. The second round's
# blind figures (on the tree with those fixes) are in ``BLIND_FIGURES_2``.
BLIND_FIGURES = {"newsextract": "24/27 loose, 24/27 strict", "trafilatura": "18/27, 18/27"}
BLIND_FIGURES_2 = {"newsextract": "12/12 loose, 11/12 strict", "trafilatura": "8/12, 7/12"}
# After the fixes, a link in the <h1> to a place on the page (round 3) and an item's number
# in an element of its own (round 2) cut from the headline: 12/12 and 10/10 strict.
BLIND_FIGURES_3 = {"newsextract": "9/10 loose, 9/10 strict", "trafilatura": "5/10, 3/10"}
# The fourth round's, by the eval's scorer (its strict figure folds "…" into "..."; by this
# file's own comparison newsextract had 6/8). After the fix (a title that differs from the
# <h1> only in its quotation marks, an ellipsis or spaces inside guillemets takes the <h1>'s):
# 8/8 both ways.
BLIND_FIGURES_4 = {"newsextract": "7/8 loose, 7/8 strict", "trafilatura": "4/8, 3/8"}

# Misses, each with its reason: strict xfails, so a fix shows.
_OPEN: dict[tuple[str, str], str] = {
    ("en_jsonld_headline_seo_variant", "title"): "the JSON-LD headline wins over an <h1> that "
    "words the story otherwise",
}
_CASES = field_cases(PROBES + PROBES_2 + PROBES_3 + PROBES_4, FIELDS, _OPEN)


@pytest.mark.parametrize(("url", "html", "field", "want"), _CASES)
def test_blind_title_probe_5(url: str, html: str, field: str, want: object) -> None:
    got = getattr(newsextract.extract(html, url=url), field)
    assert matches(field, got, want), f"{field}: {got!r}"


if __name__ == "__main__":  # pragma: no cover
    # both tools' hits, each round's apart (the eval folder given as the first argument)
    import sys

    from tests.metadata.language_probes.kit import report_titles

    for probes in (PROBES, PROBES_2, PROBES_3, PROBES_4):
        report_titles(probes, sys.argv[1])
