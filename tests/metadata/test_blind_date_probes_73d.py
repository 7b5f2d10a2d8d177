"""A blind probe of published and modified dates (issue 12, wave 73d) on the leads earlier waves
left, each page unlike the earlier kits' cases: jQuery "timeago" elements (an ``<abbr
class=timeago title>``, a ``<time class=timeago>`` holding only a relative text), ``data-``
attributes holding an ISO time or seconds or milliseconds since 1970, Unix epochs in JSON-LD and
``<meta>``, a Taiwanese or Chinese agency dateline glued to the text's first line
("（中央社記者…台北5日電）", "新华社北京3月5日电"), relative stamps with and without a
fetch time, an update line above the publication line, a day kept in an
``<input type=hidden>`` or a script's variable (``var pubDate = …``), and a forum thread's first
post against its replies; news and pages beyond news (a blog, a recipe, a job advert, an
event, a shop). 27 languages (Swahili, Georgian, Armenian, Icelandic, Malay, Khmer and Nepali
among them, which the dev sets lack), 11 scripts.

The truth was decided from each page as a reader would before any run: a day or a time as
written (an instant in UTC judged on its UTC day, chosen far from midnight); a relative stamp
judged on its day against the fetch time 2024-03-14 13:00 UTC, and ``None`` without a fetch time
when the page shows nothing else; a dateline's day of the month in the month and year the page's
other dates give; ``...`` is not judged.
``python -m tests.metadata.test_blind_date_probes_73d`` prints newsextract's, trafilatura's
and htmldate's hits. Every site, name and text here is invented."""

from __future__ import annotations

from typing import Any

from tests.metadata.language_probes.kit import fetched_field_test, report_date_probes
from tests.metadata.test_blind_date_probes_2 import TEXTS
from tests.metadata.test_blind_date_probes_6 import BRT, CET, EET, FETCHED, JST, at, day, ld, og
from tests.metadata.test_blind_date_probes_69 import line

# The story's sentence in the languages the earlier date kits have none for.
_MORE = {
    "sw": "Maktaba ya mji imefungua chumba kipya cha kusomea kwenye ghorofa ya pili, chenye "
    "meza ndefu, vyumba vya utulivu na rafu ya magazeti ya eneo hili ya karne nzima.",
    "ka": "ქალაქის ბიბლიოთეკამ მეორე სართულზე ახალი სამკითხველო დარბაზი გახსნა, გრძელი "
    "მაგიდებით, მშვიდი კაბინებითა და ადგილობრივი გაზეთების საუკუნოვანი თაროთი.",
    "hy": "Քաղաքային գրադարանը երկրորդ հարկում բացել է նոր ընթերցասրահ՝ երկար սեղաններով, "
    "հանգիստ խցիկներով և տեղական թերթերի հարյուրամյա դարակով։",
    "is": "Borgarbókasafnið opnar nýjan lestrarsal á annarri hæð, með löngum borðum, "
    "hljóðlátum básum og hillu með staðarblöðum sem ná heila öld aftur í tímann.",
    "ms": "Perpustakaan bandar membuka bilik bacaan baharu di tingkat dua, dengan meja "
    "panjang, bilik sunyi dan rak akhbar tempatan sejak seabad lalu.",
    "km": "បណ្ណាល័យក្រុងបើកបន្ទប់អានថ្មីនៅជាន់ទីពីរ ដែលមានតុវែង កន្លែងស្ងាត់ និងកាសែតក្នុងស្រុកជាងមួយសតវត្សរ៍។",
    "ne": "नगर पुस्तकालयले दोस्रो तल्लामा नयाँ पढ्ने कोठा खोलेको छ, जहाँ लामा टेबल, शान्त "
    "कक्ष र एक शताब्दी पुराना स्थानीय पत्रिकाहरू राखिएका छन्।",
    "zh-TW": "市立圖書館在二樓開放新的閱覽室，設有長桌、安靜的隔間和百年來的地方報紙書架。",
}

_RTL = {"ar", "fa", "he"}


def _text(lang: str) -> str:
    return _MORE.get(lang) or TEXTS[lang.split("-")[0]]


def story(
    lang: str,
    title: str,
    meta: str,
    *,
    head: str = "",
    lead: str = "",
    below: str = "",
    scripts: str = "",
) -> str:
    """A news page: ``head`` in ``<head>``, the headline (``title`` before its " | "), its
    ``meta`` line(s) under it, the prose (its first paragraph opening with ``lead``),
    ``below`` it, ``scripts`` at the end of ``<body>``."""
    direction = ' dir="rtl"' if lang in _RTL else ""
    h1, _, site = title.partition(" | ")
    text = _text(lang)
    return (
        f'<!DOCTYPE html><html lang="{lang}"{direction}><head><meta charset="utf-8">'
        f'<title>{title}</title>{head}</head><body><header><a class="logo" href="/">{site}'
        '</a><nav><a href="/news">1</a> <a href="/sport">2</a></nav></header>'
        f'<main><article class="story"><h1 class="headline">{h1}</h1>{meta}'
        f'<div class="story-body"><p>{lead}{text} {text}</p><p>{text}</p>{below}</div>'
        f"</article></main><footer>© {site}</footer>{scripts}</body></html>"
    )


def post(lang: str, title: str, meta: str, *, head: str = "", extra: str = "") -> str:
    """A page beyond news (a blog post, a recipe, a job advert, an event): ``meta`` under
    the headline, ``extra`` (a recipe's card, the job's terms) after the prose."""
    h1, _, site = title.partition(" | ")
    text = _text(lang)
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}'
        f'</title>{head}</head><body><header class="site-header"><a class="logo" href="/">'
        f'{site}</a><nav><a href="/blog">Blog</a></nav></header><main id="content">'
        f'<article class="post"><h1 class="entry-title">{h1}</h1>{meta}<div class='
        f'"entry-content"><p>{text} {text}</p><p>{text}</p>{extra}</div></article></main>'
        f'<footer class="site-footer"><p>{site}</p></footer></body></html>'
    )


def thread(lang: str, title: str, posts: list[tuple[str, str, str]], *, top: str = "") -> str:
    """A forum thread: ``top`` over it (a pinned notice), then each post ``(author, its
    header's date text, its words)``, the first post's words the prose."""
    h1, _, site = title.partition(" | ")
    cells = "".join(
        f'<div class="post" id="p{n}"><div class="postprofile"><a href="/u/{n}">{who}</a>'
        f'</div><div class="postbody"><p class="author">{when}</p><div class="content">'
        f"{words or _text(lang)}</div></div></div>"
        for n, (who, when, words) in enumerate(posts, 1)
    )
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}'
        f"</title></head><body><header><a href='/'>{site}</a></header>{top}"
        f'<div class="topic"><h1 class="topic-title">{h1}</h1>{cells}</div></body></html>'
    )


def probe(name: str, url: str, html: str, published: Any, modified: Any = ...) -> tuple[Any, ...]:
    """A probe's record read at the fetch time: name, url, html, fetched, published,
    modified."""
    return (name, url, html, FETCHED, published, modified)


def unfetched(
    name: str, url: str, html: str, published: Any, modified: Any = ...
) -> tuple[Any, ...]:
    """A probe's record without a fetch time (a page read from a file)."""
    return (name, url, html, None, published, modified)


PROBES: list[tuple[Any, ...]] = [
    # --- jQuery timeago: an <abbr title> or a <time> whose script rewrites the text ---
    probe(
        "pt_abbr_timeago_published_title_offset",
        "https://www.jornal-serra.example.com.br/cidade/biblioteca-sala-de-leitura",
        story(
            "pt",
            "Biblioteca abre nova sala de leitura | Jornal da Serra",
            '<p class="meta">Por Ana Lima · <abbr class="timeago published" '
            'title="2024-03-05T09:30:00-03:00">há 9 dias</abbr></p>',
        ),
        at(2024, 3, 5, 9, 30, tz=BRT),
    ),
    probe(
        "tr_time_timeago_relative_text_only",
        "https://www.kent-postasi.example.com.tr/haber/kutuphane-okuma-salonu",
        story(
            "tr",
            "Kütüphane yeni okuma salonunu açtı | Kent Postası",
            '<div class="haber-meta"><time class="timeago">3 saat önce</time></div>',
        ),
        day(2024, 3, 14),
    ),
    probe(
        "sw_abbr_timeago_title_utc_no_text_day",
        "https://www.habari-pwani.example.co.tz/habari/maktaba-chumba-kipya",
        story(
            "sw",
            "Maktaba yafungua chumba kipya cha kusomea | Habari za Pwani",
            '<div class="post-meta">Imechapishwa <abbr class="timeago" '
            'title="2024-03-05T11:45:00Z">siku 9 zilizopita</abbr></div>',
        ),
        day(2024, 3, 5),
    ),
    unfetched(
        "en_abbr_timeago_title_iso_unfetched",
        "https://www.lakeside-courier.example.com/news/library-reading-room",
        story(
            "en",
            "Library opens its reading room | Lakeside Courier",
            '<p class="byline">By Tom Reed, <abbr class="timeago" '
            'title="2024-03-05T14:10:00-05:00">about a week ago</abbr></p>',
        ),
        day(2024, 3, 5),
    ),
    # --- data- attributes holding an ISO time or an epoch ---
    probe(
        "ms_data_published_epoch_seconds",
        "https://www.berita-kota.example.com.my/berita/perpustakaan-bilik-bacaan",
        story(
            "ms",
            "Perpustakaan buka bilik bacaan baharu | Berita Kota",
            '<div class="article-info"><span class="published" data-published="1709627400">'
            "9 hari lalu</span></div>",
        ),
        day(2024, 3, 5),
    ),
    probe(
        "zh_tw_data_time_iso_relative_text",
        "https://www.cheng-shi-bao.example.com.tw/news/lib-reading-room",
        story(
            "zh-TW",
            "市立圖書館開放新閱覽室 | 城市報",
            '<div class="news-info"><span class="time" data-time="2024-03-05T10:20:00+08:00">'
            "9天前</span></div>",
        ),
        day(2024, 3, 5),
    ),
    probe(
        "ka_data_timestamp_milliseconds",
        "https://www.kalakis-ambebi.example.ge/news/biblioteka",
        story(
            "ka",
            "ბიბლიოთეკამ ახალი სამკითხველო დარბაზი გახსნა | ქალაქის ამბები",
            '<div class="news-date"><span data-timestamp="1709639100000">9 დღის წინ</span></div>',
        ),
        day(2024, 3, 5),
    ),
    probe(
        "de_article_data_publish_date_iso",
        "https://www.kreisbote-ost.example.de/lokales/lesesaal",
        story(
            "de",
            "Stadtbibliothek eröffnet Lesesaal | Kreisbote Ost",
            '<div class="article-meta" data-publish-date="2024-03-05T08:15:00+01:00">'
            '<span class="author">Von Lena Maier</span></div>',
        ),
        at(2024, 3, 5, 8, 15, tz=CET),
    ),
    probe(
        "en_data_created_epoch_on_span_words",
        "https://www.harbour-daily.example.com/local/library-reading-room",
        story(
            "en",
            "Library opens new reading room | Harbour Daily",
            '<div class="meta"><span class="stamp" data-created="1709705400">Yesterday</span>'
            "</div>",
        ),
        day(2024, 3, 6),
    ),
    # --- Unix epochs in JSON-LD and <meta> ---
    probe(
        "ms_jsonld_date_published_epoch_number",
        "https://www.suara-selatan.example.my/tempatan/perpustakaan",
        story(
            "ms",
            "Bilik bacaan baharu di perpustakaan bandar | Suara Selatan",
            "",
            head=ld(headline="Bilik bacaan baharu", datePublished=1709627400),
        ),
        day(2024, 3, 5),
    ),
    probe(
        "sw_meta_published_time_epoch",
        "https://www.sauti-ya-mji.example.co.ke/habari/maktaba",
        story(
            "sw",
            "Chumba kipya cha kusomea maktabani | Sauti ya Mji",
            "",
            head=og("article:published_time", "1709639100"),
        ),
        day(2024, 3, 5),
    ),
    probe(
        "id_jsonld_epoch_milliseconds_string",
        "https://www.kabar-kota.example.id/berita/perpustakaan-ruang-baca",
        story(
            "id",
            "Perpustakaan buka ruang baca baru | Kabar Kota",
            "",
            head=ld(
                headline="Perpustakaan buka ruang baca baru",
                datePublished="1709627400000",
                dateModified="1709823600000",
            ),
        ),
        day(2024, 3, 5),
        day(2024, 3, 7),
    ),
    probe(
        "hy_meta_itemprop_epoch_and_modified",
        "https://www.kaghaki-lurer.example.am/news/gradaran",
        story(
            "hy",
            "Գրադարանը նոր ընթերցասրահ բացեց | Քաղաքի լուրեր",
            "",
            head='<meta itemprop="datePublished" content="1709639100">'
            '<meta itemprop="dateModified" content="1709823600">',
        ),
        day(2024, 3, 5),
        day(2024, 3, 7),
    ),
    # --- an agency's dateline glued to the text ---
    probe(
        "zh_tw_cna_dateline_day_only_update_line",
        "https://www.tai-bei-xin-wen.example.tw/news/aloc/a7781",
        story(
            "zh-TW",
            "市立圖書館開放新閱覽室 | 台北新聞",
            '<div class="updatetime">更新時間：2024/03/06 09:10</div>',
            lead="（中央社記者王小明台北5日電）",
        ),
        day(2024, 3, 5),
        at(2024, 3, 6, 9, 10),
    ),
    probe(
        "zh_xinhua_dateline_month_day_og_updated",
        "https://www.shi-bao.example.cn/news/a99213.html",
        story(
            "zh",
            "市图书馆开放新阅览室 | 城市时报",
            "",
            head=og("og:updated_time", "2024-03-06T09:10:00+08:00"),
            lead="新华社北京3月5日电（记者 张伟）",
        ),
        day(2024, 3, 5),
        ...,
    ),
    # --- relative stamps, with and without a fetch time ---
    probe(
        "de_vor_stunden_fetched",
        "https://www.rundschau-sued.example.de/lokales/lesesaal-geoeffnet",
        story(
            "de",
            "Stadtbibliothek öffnet neuen Lesesaal | Rundschau Süd",
            line("article-date", "vor 3 Stunden"),
        ),
        day(2024, 3, 14),
    ),
    unfetched(
        "de_vor_stunden_unfetched",
        "https://www.rundschau-sued.example.de/lokales/lesesaal-offen",
        story(
            "de",
            "Stadtbibliothek öffnet neuen Lesesaal | Rundschau Süd",
            line("article-date", "vor 3 Stunden"),
        ),
        None,
    ),
    probe(
        "es_hace_dias_fetched",
        "https://www.diario-llanura.example.com.ar/sociedad/biblioteca",
        story(
            "es",
            "La biblioteca abre una sala de lectura | Diario Llanura",
            line("fecha", "Publicado hace 2 días"),
        ),
        day(2024, 3, 12),
    ),
    probe(
        "fr_il_y_a_min_fetched",
        "https://www.echo-vallee.example.fr/actu/mediatheque",
        story(
            "fr",
            "La médiathèque ouvre une salle de lecture | L'Écho de la vallée",
            line("date", "Publié il y a 5 min"),
        ),
        day(2024, 3, 14),
    ),
    unfetched(
        "en_hours_ago_unfetched_url_day",
        "https://www.metro-wire.example.com/2024/03/14/library-reading-room/",
        story(
            "en",
            "Library opens its reading room | Metro Wire",
            line("posted-on", "Posted 3 hours ago"),
        ),
        day(2024, 3, 14),
    ),
    probe(
        "ka_relative_days_ago",
        "https://www.ambebi-dghes.example.ge/news/5512",
        story(
            "ka",
            "ბიბლიოთეკამ დარბაზი გახსნა | ამბები დღეს",
            line("date", "2 დღის წინ"),
        ),
        day(2024, 3, 12),
    ),
    probe(
        "ru_relative_updated_and_published_absolute",
        "https://www.gorod-vesti.example.ru/news/biblioteka-zal",
        story(
            "ru",
            "Библиотека открыла читальный зал | Городские вести",
            line("date", "Опубликовано: 5 марта 2024, 10:00 · Обновлено 2 часа назад"),
        ),
        at(2024, 3, 5, 10, 0),
        day(2024, 3, 14),
    ),
    # --- an update line above the publication line ---
    probe(
        "en_updated_line_above_published_et",
        "https://www.capitol-ledger.example.com/local/library-reading-room",
        story(
            "en",
            "Library opens its reading room | Capitol Ledger",
            '<div class="timestamps"><p class="updated">Updated March 7, 2024, 4:12 p.m. ET</p>'
            '<p class="published">Published March 5, 2024, 9:00 a.m. ET</p></div>',
        ),
        day(2024, 3, 5),
        day(2024, 3, 7),
    ),
    probe(
        "nl_bijgewerkt_above_gepubliceerd",
        "https://www.stadsblad-noord.example.nl/nieuws/leeszaal",
        story(
            "nl",
            "Bibliotheek opent nieuwe leeszaal | Stadsblad Noord",
            '<div class="article-dates"><span>Bijgewerkt: 7 maart 2024 16:12</span> '
            "<span>Gepubliceerd: 5 maart 2024 09:00</span></div>",
        ),
        at(2024, 3, 5, 9, 0),
        at(2024, 3, 7, 16, 12),
    ),
    probe(
        "pl_aktualizacja_above_publikacja",
        "https://www.gazeta-miejska.example.pl/wiadomosci/czytelnia",
        story(
            "pl",
            "Biblioteka otwiera czytelnię | Gazeta Miejska",
            '<div class="dates"><p>Aktualizacja: 07.03.2024 16:12</p>'
            "<p>Publikacja: 05.03.2024 09:00</p></div>",
        ),
        at(2024, 3, 5, 9, 0),
        at(2024, 3, 7, 16, 12),
    ),
    probe(
        "ms_dikemas_kini_above_diterbitkan",
        "https://www.utusan-timur.example.com.my/berita/bilik-bacaan",
        story(
            "ms",
            "Bilik bacaan baharu dibuka | Utusan Timur",
            '<div class="tarikh"><div>Dikemas kini: 7 Mac 2024</div>'
            "<div>Diterbitkan: 5 Mac 2024</div></div>",
        ),
        day(2024, 3, 5),
        day(2024, 3, 7),
    ),
    probe(
        "is_uppfaert_above_birt",
        "https://www.baejarbladid.example.is/frettir/lestrarsalur",
        story(
            "is",
            "Bókasafnið opnar nýjan lestrarsal | Bæjarblaðið",
            '<div class="frett-dags"><span>Uppfært 7. mars 2024 kl. 16:12</span><br>'
            "<span>Birt 5. mars 2024 kl. 09:00</span></div>",
        ),
        at(2024, 3, 5, 9, 0),
        at(2024, 3, 7, 16, 12),
    ),
    probe(
        "km_updated_above_published_khmer_digits",
        "https://www.khmer-sangkat.example.com.kh/news/library",
        story(
            "km",
            "បណ្ណាល័យបើកបន្ទប់អានថ្មី | ព័ត៌មានសង្កាត់",
            '<div class="post-date"><p>កែប្រែ៖ ៧ មីនា ២០២៤</p><p>ចុះផ្សាយ៖ ៥ មីនា ២០២៤</p></div>',
        ),
        day(2024, 3, 5),
        day(2024, 3, 7),
    ),
    # --- a day kept in a hidden input or a script's variable ---
    probe(
        "el_hidden_input_pubdate_only",
        "https://www.ta-nea-tis-polis.example.gr/eidiseis/vivliothiki",
        story(
            "el",
            "Η βιβλιοθήκη ανοίγει νέα αίθουσα | Τα Νέα της Πόλης",
            '<input type="hidden" id="pubDate" value="2024-03-05T09:30:00+02:00">',
        ),
        at(2024, 3, 5, 9, 30, tz=EET),
    ),
    probe(
        "it_script_var_pubdate_only",
        "https://www.eco-del-borgo.example.it/cronaca/biblioteca",
        story(
            "it",
            "La biblioteca apre una sala di lettura | Eco del Borgo",
            "",
            scripts='<script>var pubDate = "2024-03-05 09:30:00"; var section = "cronaca";'
            "</script>",
        ),
        day(2024, 3, 5),
    ),
    probe(
        "uk_script_state_published_updated",
        "https://www.misto-novyny.example.ua/news/biblioteka",
        story(
            "uk",
            "Бібліотека відкрила читальну залу | Міські новини",
            "",
            scripts='<script>window.__ARTICLE__ = {"id": 5512, "publishedAt": '
            '"2024-03-05T07:30:00Z", "updatedAt": "2024-03-06T10:00:00Z"};</script>',
        ),
        day(2024, 3, 5),
        day(2024, 3, 6),
    ),
    probe(
        "de_datalayer_publish_date_dotted",
        "https://www.heimatblatt.example.at/region/lesesaal",
        story(
            "de",
            "Bibliothek eröffnet Lesesaal | Heimatblatt",
            "",
            scripts='<script>dataLayer.push({"pageType": "article", "publishDate": '
            '"05.03.2024", "author": "red"});</script>',
        ),
        day(2024, 3, 5),
    ),
    probe(
        "en_server_time_var_beside_visible_day",
        "https://www.valley-gazette.example.com/news/library-reading-room",
        story(
            "en",
            "Library opens its reading room | Valley Gazette",
            line("entry-date", "March 5, 2024"),
            scripts='<script>var serverTime = "2024-03-14 13:00:00"; var ads = [];</script>',
        ),
        day(2024, 3, 5),
    ),
    probe(
        "vi_script_var_epoch_and_visible_relative",
        "https://www.tin-pho.example.vn/xa-hoi/thu-vien-phong-doc",
        story(
            "vi",
            "Thư viện mở phòng đọc mới | Tin Phố",
            line("time", "9 ngày trước"),
            scripts="<script>var articlePublishTime = 1709627400;</script>",
        ),
        day(2024, 3, 5),
    ),
    # --- a forum thread's first post against its replies ---
    probe(
        "ru_forum_first_post_before_replies",
        "https://www.forum-gorod.example.ru/viewtopic.php?t=4412",
        thread(
            "ru",
            "Новый читальный зал в библиотеке | Форум города",
            [
                ("ivan_p", "05 мар 2024, 10:15", ""),
                ("olga", "13 мар 2024, 08:00", "Была вчера, очень понравилось."),
                ("sergey", "14 мар 2024, 09:40", "Спасибо за новость!"),
            ],
        ),
        day(2024, 3, 5),
    ),
    probe(
        "pt_forum_first_post_edited_later",
        "https://www.forum-leitores.example.pt/t/sala-de-leitura/771",
        thread(
            "pt",
            "Nova sala de leitura na biblioteca | Fórum dos Leitores",
            [
                ("mariana", "05/03/2024 às 10:15 · Editado pela última vez em 08/03/2024", ""),
                ("joao", "12/03/2024 às 18:40", "Obrigado pela dica."),
            ],
        ),
        day(2024, 3, 5),
    ),
    probe(
        "hy_forum_pinned_notice_above_thread",
        "https://www.forum-gradaran.example.am/topic/118",
        thread(
            "hy",
            "Նոր ընթերցասրահ գրադարանում | Ֆորում",
            [
                ("armen", "05.03.2024 10:15", ""),
                ("ani", "11.03.2024 19:02", "Շնորհակալություն"),
            ],
            top='<div class="notice"><p>Կանոններ · 01.01.2024</p></div>',
        ),
        day(2024, 3, 5),
    ),
    probe(
        "en_forum_page_two_replies_only_thread_started",
        "https://www.readers-board.example.org/t/new-reading-room/118?page=2",
        thread(
            "en",
            "New reading room at the library | Readers Board",
            [
                ("kim", "Mar 11, 2024 7:02 pm", "Went there on Saturday, it is lovely."),
                ("lee", "Mar 12, 2024 8:30 am", "Agreed, the tables are great."),
            ],
        ),
        day(2024, 3, 11),
    ),
    # --- beyond news ---
    probe(
        "en_recipe_last_updated_above_published",
        "https://www.cozy-pantry.example.com/lemon-drizzle-cake/",
        post(
            "en",
            "Lemon drizzle cake | Cozy Pantry",
            '<div class="entry-meta"><span>Last updated on March 9, 2024</span> · '
            "<span>Published March 5, 2024</span></div>",
            extra='<div class="recipe-card"><h2>Ingredients</h2><ul><li>2 lemons</li>'
            "<li>200 g flour</li></ul></div>",
        ),
        day(2024, 3, 5),
        day(2024, 3, 9),
    ),
    probe(
        "es_job_advert_publicado_hace_dias",
        "https://www.empleos-sur.example.es/oferta/bibliotecario-7781",
        post(
            "es",
            "Bibliotecario/a a media jornada | Empleos Sur",
            '<p class="job-meta">Madrid · Publicado hace 3 días · 24 candidatos</p>',
            extra="<ul><li>Jornada: 20 h semanales</li><li>Incorporación: 1 de abril de 2024"
            "</li></ul>",
        ),
        day(2024, 3, 11),
    ),
    probe(
        "fr_event_posted_day_before_event_day",
        "https://www.agenda-quartier.example.fr/evenements/lecture-publique",
        post(
            "fr",
            "Lecture publique à la médiathèque | Agenda du quartier",
            '<p class="event-when">Le samedi 20 avril 2024 à 15 h</p>'
            '<p class="posted">Publié le 5 mars 2024</p>',
        ),
        day(2024, 3, 5),
    ),
    probe(
        "ne_blog_data_date_attribute_and_nepali_digits",
        "https://www.nagar-blog.example.com.np/post/pustakalaya",
        post(
            "ne",
            "पुस्तकालयमा नयाँ पढ्ने कोठा | नगर ब्लग",
            '<div class="post-meta"><span class="date" data-date="2024-03-05">'
            "९ दिन अगाडि</span></div>",
        ),
        day(2024, 3, 5),
    ),
    probe(
        "sv_shop_product_stock_stamp_undated",
        "https://www.bokhandeln.example.se/produkt/lasesalens-historia",
        post(
            "sv",
            "Läsesalens historia (inbunden) | Bokhandeln",
            '<p class="price">249 kr</p><span class="stock" data-updated="1710414000">'
            "I lager</span>",
            head=og("og:type", "product"),
        ),
        None,
    ),
    probe(
        "ja_time_timeago_datetime_and_relative",
        "https://www.machi-shimbun.example.jp/articles/lib-reading-room",
        story(
            "ja",
            "市立図書館に新しい閲覧室 | まち新聞",
            '<div class="article-header__date"><time class="timeago" '
            'datetime="2024-03-05T18:30:00+09:00">9日前</time></div>',
        ),
        at(2024, 3, 5, 18, 30, tz=JST),
    ),
    probe(
        "ko_data_published_at_iso_korean_relative",
        "https://www.dosi-ilbo.example.kr/news/article/7781",
        story(
            "ko",
            "시립 도서관, 새 열람실 개관 | 도시일보",
            '<div class="byline"><em data-published-at="2024-03-05 10:20">9일 전</em></div>',
        ),
        day(2024, 3, 5),
    ),
    probe(
        "ar_epoch_in_meta_name_pubdate",
        "https://www.akhbar-almadina.example.com/news/maktaba",
        story(
            "ar",
            "المكتبة تفتتح قاعة مطالعة جديدة | أخبار المدينة",
            "",
            head='<meta name="pubdate" content="1709639100">',
        ),
        day(2024, 3, 5),
    ),
]

FIELDS = ("published", "modified")

# The blind run (on 3a5dd583, before any fix), 46 pages, 58 judged values: newsextract 52/58
# (54/58 on the day alone), trafilatura 23/58, htmldate 28/58 (both on the day alone).
# Missed by newsextract: an agency's dateline glued to the text (2 pages: the update line's
# or og:updated_time's day answered), a data-created epoch beside "Yesterday", a script
# state's "updatedAt" (modified), and the time of a data-publish-date attribute and of a
# hidden input (their days right, from the page search). After the page search reads an agency's
# dateline before a later day and an epoch in a data- attribute named with a date word:
# 55/58 (57/58 on the day alone); no dev page moved.
# Wave 74d: a script state's update stamp beside the story's publication (script_state_dates)
# and a publication attribute's time on the resolved day (attribute_stamps) close the rest.
_OPEN: dict[tuple[str, str], str] = {}

test_blind_date_probe_73d = fetched_field_test(PROBES, FIELDS, _OPEN)


if __name__ == "__main__":  # pragma: no cover
    report_date_probes(PROBES, FIELDS)
