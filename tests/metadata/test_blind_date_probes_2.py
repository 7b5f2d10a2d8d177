"""A second blind probe of publication dates (issue 12), written before reading the date code
and beside ``test_blind_date_choice_probes`` (whose kinds it does not repeat): pages that are
not news (a forum thread's first post against its replies, a product page with dated reviews,
docs' "last updated", a recipe, a wiki page's "last edited", an event page whose event day is
not the posting day, a job ad with a closing date, a blog with archive widgets, a page dated
only by a copyright year, "3 days ago" read against the fetch time, an obituary's life years,
a court notice's judgment day, a match report's kick-off) and news in many languages and
scripts with times and zones (MEZ, CET, МСК, IST, WIB, EST/EDT, GMT+7), non-Gregorian
calendars (Hijri, Solar Hijri, the Buddhist era, Japanese era names, ROC years), native
digits, a URL's day against a visible time, and conflicting metas.
Each expected value is the one a reader would name, with the reason beside it: a time the
page gives without an offset is judged as given; a day alone on its day; ``...`` not judged.
``python -m tests.metadata.test_blind_date_probes_2`` prints newsextract's, trafilatura's and
htmldate's hits. Every site, name and text here is invented."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import pytest
from tests.metadata.language_probes.kit import field_cases, matches

import newsextract

CET = timezone(timedelta(hours=1))
EST = timezone(timedelta(hours=-5))
EDT = timezone(timedelta(hours=-4))
MSK = timezone(timedelta(hours=3))
IST = timezone(timedelta(hours=5, minutes=30))
WIB = timezone(timedelta(hours=7))
ICT = timezone(timedelta(hours=7))

# The fetch time the relative probes are read against.
FETCHED = datetime(2024, 3, 8, 12, 0, tzinfo=UTC)

# One text per language: the town library opens a new reading room.
TEXTS = {
    "en": "The town library opens its new reading room on the second floor, with long tables, "
    "quiet booths and a shelf of local newspapers going back a century.",
    "de": "Die Stadtbibliothek eröffnet ihren neuen Lesesaal im zweiten Stock mit langen "
    "Tischen, stillen Kabinen und einem Regal voller alter Lokalzeitungen.",
    "fr": "La bibliothèque municipale ouvre sa nouvelle salle de lecture au deuxième étage, "
    "avec de longues tables, des cabines calmes et un siècle de journaux locaux.",
    "es": "La biblioteca municipal abre su nueva sala de lectura en el segundo piso, con mesas "
    "largas, cabinas silenciosas y un siglo de periódicos locales.",
    "it": "La biblioteca comunale apre la nuova sala di lettura al secondo piano, con tavoli "
    "lunghi, cabine silenziose e un secolo di giornali locali.",
    "pt": "A biblioteca municipal abre a nova sala de leitura no segundo andar, com mesas "
    "compridas, cabines silenciosas e um século de jornais locais.",
    "ru": "Городская библиотека открывает новый читальный зал на втором этаже: длинные столы, "
    "тихие кабинки и полка местных газет за целый век.",
    "uk": "Міська бібліотека відкриває нову читальну залу на другому поверсі: довгі столи, "
    "тихі кабінки й полиця місцевих газет за ціле століття.",
    "pl": "Biblioteka miejska otwiera nową czytelnię na drugim piętrze, z długimi stołami, "
    "cichymi kabinami i półką lokalnych gazet sprzed stu lat.",
    "nl": "De stadsbibliotheek opent haar nieuwe leeszaal op de tweede verdieping, met lange "
    "tafels, stille hokjes en een eeuw aan lokale kranten.",
    "tr": "Şehir kütüphanesi ikinci kattaki yeni okuma salonunu uzun masalar, sessiz "
    "kabinler ve yüz yıllık yerel gazetelerle açıyor.",
    "el": "Η δημοτική βιβλιοθήκη ανοίγει τη νέα αίθουσα ανάγνωσης στον δεύτερο όροφο, με "
    "μακριά τραπέζια, ήσυχα θαλαμάκια και έναν αιώνα τοπικών εφημερίδων.",
    "ar": "تفتتح مكتبة المدينة قاعة المطالعة الجديدة في الطابق الثاني، بطاولات طويلة "
    "ومقصورات هادئة ورف من الصحف المحلية يعود إلى قرن مضى.",
    "fa": "کتابخانه شهر سالن مطالعه تازه خود را در طبقه دوم با میزهای بلند، اتاقک‌های آرام "
    "و قفسه‌ای از روزنامه‌های محلی یک قرن گذشته افتتاح می‌کند.",
    "he": "ספריית העיר פותחת את אולם הקריאה החדש בקומה השנייה, עם שולחנות ארוכים, תאים "
    "שקטים ומדף של עיתונים מקומיים בני מאה שנה.",
    "ja": "市立図書館は二階に新しい閲覧室を開く。長い机と静かなブース、百年分の地元紙の棚が並ぶ。",
    "ko": "시립 도서관이 2층에 새 열람실을 연다. 긴 책상과 조용한 부스, 백 년 치 지역 신문 "
    "서가가 마련됐다.",
    "zh": "市图书馆在二楼开放新的阅览室，设有长桌、安静的隔间和一个世纪以来的本地报纸书架。",
    "zh-TW": "市立圖書館在二樓開放新的閱覽室，設有長桌、安靜的隔間和一個世紀以來的本地報紙書架。",
    "th": "ห้องสมุดเมืองเปิดห้องอ่านหนังสือใหม่ที่ชั้นสอง มีโต๊ะยาว ห้องเงียบ และชั้นหนังสือพิมพ์ท้องถิ่นย้อนหลังหนึ่งศตวรรษ",
    "hi": "नगर पुस्तकालय दूसरी मंज़िल पर अपना नया वाचनालय खोल रहा है, जिसमें लंबी मेज़ें, शांत "
    "केबिन और सौ साल पुराने स्थानीय अख़बारों की अलमारी है।",
    "bn": "শহরের গ্রন্থাগার দোতলায় নতুন পাঠকক্ষ খুলছে, সেখানে লম্বা টেবিল, নিরিবিলি কেবিন আর "
    "এক শতাব্দীর স্থানীয় সংবাদপত্রের তাক।",
    "vi": "Thư viện thành phố mở phòng đọc mới ở tầng hai, với bàn dài, buồng yên tĩnh và kệ "
    "báo địa phương suốt một thế kỷ.",
    "id": "Perpustakaan kota membuka ruang baca baru di lantai dua, dengan meja panjang, bilik "
    "tenang, dan rak koran lokal selama seabad.",
    "sv": "Stadsbiblioteket öppnar sin nya läsesal på andra våningen, med långa bord, tysta "
    "bås och en hylla lokaltidningar från ett helt sekel.",
    "ur": "شہر کی لائبریری دوسری منزل پر اپنا نیا دارالمطالعہ کھول رہی ہے، جس میں لمبی میزیں، "
    "خاموش کیبن اور ایک صدی پرانے مقامی اخبارات کی الماری ہے۔",
}

_RTL = {"ar", "fa", "he", "ur"}


def text(lang: str) -> str:
    """The article's text: the language's sentence thrice, in two paragraphs."""
    sentence = TEXTS[lang] if lang in TEXTS else TEXTS[lang.split("-")[0]]
    return f"<p>{sentence} {sentence} {sentence}</p><p>{sentence} {sentence}</p>"


def page(lang: str, title: str, body: str, *, head: str = "", foot: str = "") -> str:
    """A page: the head's ``head``, a header with a menu, ``body``, a footer ``foot``."""
    direction = ' dir="rtl"' if lang.split("-")[0] in _RTL else ""
    return (
        f'<!DOCTYPE html><html lang="{lang}"{direction}><head><meta charset="utf-8">'
        f'<title>{title}</title>{head}</head><body><header><a class="brand" href="/">'
        f'{title.split("|")[-1].strip()}</a><nav><a href="/news">1</a> <a href="/about">2</a>'
        f"</nav></header>{body}<footer>{foot}</footer></body></html>"
    )


def news(lang: str, h1: str, line: str, *, below: str = "", aside: str = "") -> str:
    """A news story's markup: headline, date line, text, ``below``, then ``aside``."""
    return (
        f'<main><article><h1>{h1}</h1><div class="meta">{line}</div>'
        f'<div class="content">{text(lang)}</div>{below}</article>{aside}</main>'
    )


def ld(kind: str, **fields: Any) -> str:
    data = {"@context": "https://schema.org", "@type": kind, **fields}
    return f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>'


def meta(prop: str, content: str) -> str:
    attr = "property" if prop.startswith(("og:", "article:")) else "name"
    return f'<meta {attr}="{prop}" content="{content}">'


# A probe: name, url, html, fetched_at, published, modified (``...`` not judged).
PROBES: list[tuple[Any, ...]] = [
    # --- pages that are not news ---
    # phpBB: the first post's line is the thread's date, the replies come later.
    (
        "en_forum_first_post_phpbb",
        "https://anglersboard.example.org/viewtopic.php?t=8812",
        page(
            "en",
            "Best bait for the canal in spring? - Anglers Board",
            '<div id="page-body"><h2 class="topic-title">Best bait for the canal in spring?</h2>'
            '<div class="post bg2" id="p1"><div class="postbody"><p class="author">by '
            '<strong>reedman</strong> » Mon Mar 04, 2024 9:12 am</p><div class="content">'
            + text("en")
            + '</div></div></div><div class="post bg1" id="p2"><div class="postbody">'
            '<p class="author">by <strong>carpking</strong> » Tue Mar 05, 2024 6:40 pm</p>'
            '<div class="content">Sweetcorn, every time.</div></div></div>'
            '<div class="post bg2" id="p3"><div class="postbody"><p class="author">by '
            "<strong>reedman</strong> » Thu Mar 07, 2024 8:02 am</p>"
            '<div class="content">Thanks, will try.</div></div></div></div>',
        ),
        None,
        datetime(2024, 3, 4, 9, 12),
        ...,
    ),
    # A Discourse-like thread: <time> per post, the first is the topic's.
    (
        "de_forum_discourse_times",
        "https://forum.gartenfreunde.example.de/t/tomaten-vorziehen/4411",
        page(
            "de",
            "Tomaten vorziehen – Gartenfreunde Forum",
            '<div id="topic-title"><h1>Tomaten vorziehen</h1></div><div class="topic-post">'
            '<div class="names"><span class="username">beetgretel</span></div>'
            '<div class="post-info"><span class="relative-date" title="4. März 2024 19:05">'
            '<time datetime="2024-03-04T18:05:00Z">4. März</time></span></div><div class="cooked">'
            + text("de")
            + '</div></div><div class="topic-post"><div class="names"><span class="username">'
            'kohlkopf</span></div><div class="post-info"><time datetime="2024-03-06T07:30:00Z">'
            '6. März</time></div><div class="cooked"><p>Ich säe erst im April.</p></div></div>',
        ),
        None,
        datetime(2024, 3, 4),
        ...,
    ),
    # A product page: reviews carry dates, the product none; a reader names no date.
    (
        "en_product_page_dated_reviews",
        "https://kettleandco.example.com/products/stovetop-kettle-2l",
        page(
            "en",
            "Stovetop Kettle 2L | Kettle & Co",
            '<main class="product"><h1 class="product-title">Stovetop Kettle 2L</h1>'
            '<p class="price">£34.00</p><div class="description">'
            "<p>A whistling steel kettle for gas, electric and induction hobs, with a heat-proof "
            "handle and a wide lid for easy cleaning. Holds two litres.</p></div>"
            '<section class="reviews"><h2>Reviews (3)</h2><div class="review"><b>Tom</b> '
            '<span class="review-date">12 January 2024</span><p>Loud whistle, great.</p></div>'
            '<div class="review"><b>Ana</b> <span class="review-date">2 February 2024</span>'
            '<p>Handle gets warm.</p></div><div class="review"><b>Lee</b> '
            '<span class="review-date">28 February 2024</span><p>Good value.</p></div>'
            "</section></main>",
            head=ld(
                "Product",
                name="Stovetop Kettle 2L",
                review=[
                    {"@type": "Review", "datePublished": "2024-01-12", "author": "Tom"},
                    {"@type": "Review", "datePublished": "2024-02-02", "author": "Ana"},
                ],
            ),
            foot="© 2024 Kettle & Co",
        ),
        None,
        None,
        ...,
    ),
    # Docs: the only date is "Last updated"; it is the page's version, both fields.
    (
        "en_docs_last_updated",
        "https://docs.skiffdb.example.io/guide/backups/",
        page(
            "en",
            "Backups - SkiffDB documentation",
            '<div class="document"><div class="body"><h1>Backups</h1>'
            "<p>SkiffDB writes a snapshot of every table to the backup folder each night; a "
            "snapshot can be restored with the restore command while the server runs.</p>"
            "<p>Snapshots older than the retention window are removed when the next one "
            "completes. Set the window in the server configuration file.</p>"
            '<pre>skiff restore --from 2023-12-01</pre></div></div><div class="footer">'
            "<p>© Copyright 2019-2024, the SkiffDB authors.</p><p>Last updated on Mar 12, "
            "2024.</p></div>",
        ),
        None,
        datetime(2024, 3, 12),
        datetime(2024, 3, 12),
    ),
    # A recipe: JSON-LD Recipe's datePublished and the visible posted line agree; the
    # comments' dates and the "cook time" are not dates of the page.
    (
        "en_recipe_blog",
        "https://saltandsorrel.example.com/lentil-soup-with-lemon/",
        page(
            "en",
            "Lentil Soup with Lemon | Salt and Sorrel",
            '<main><article class="post type-post"><h1 class="entry-title">Lentil Soup with '
            'Lemon</h1><div class="entry-meta">Posted on <time class="entry-date published" '
            'datetime="2024-02-02T08:00:00-06:00">February 2, 2024</time> by Mira</div>'
            '<div class="entry-content"><p>A thrifty soup for cold evenings: red lentils, one '
            "onion, a lemon and a pinch of cumin simmered until soft.</p><p>Serve with flat "
            'bread.</p><div class="wprm-recipe"><span>Prep 10 min</span> <span>Cook 25 min'
            "</span><ol><li>Soften the onion.</li><li>Add lentils and water.</li><li>Finish "
            'with lemon.</li></ol></div></div></article><section class="comments"><div '
            'class="comment"><span class="comment-date">March 1, 2024 at 7:14 pm</span><p>'
            "Lovely!</p></div></section></main>",
            head=ld(
                "Recipe",
                name="Lentil Soup with Lemon",
                datePublished="2024-02-02T08:00:00-06:00",
                cookTime="PT25M",
            ),
        ),
        None,
        datetime(2024, 2, 2, 8, 0, tzinfo=timezone(timedelta(hours=-6))),
        ...,
    ),
    # A wiki page: "last edited" is its modification; the history's dates in the text are
    # not the page's.
    (
        "en_wiki_last_edited",
        "https://wiki.railheritage.example.org/wiki/Millbrook_Junction",
        page(
            "en",
            "Millbrook Junction - Rail Heritage Wiki",
            '<div id="content"><h1 id="firstHeading">Millbrook Junction</h1><div id="bodyContent">'
            "<p><b>Millbrook Junction</b> was a railway junction opened on 14 June 1871 and "
            "closed to passengers on 3 May 1965. The signal box survived until 1988.</p>"
            "<p>The line's embankment is now a footpath, opened by the county on 2 April "
            "2009.</p></div></div>",
            foot='<ul id="footer-info"><li id="footer-info-lastmod"> This page was last edited '
            'on 14 March 2024, at 10:22<span class="anonymous-show">&#160;(UTC)</span>.</li></ul>',
        ),
        None,
        ...,
        datetime(2024, 3, 14, 10, 22, tzinfo=UTC),
    ),
    # An event page: the festival's day is in June, the announcement was posted in March.
    (
        "en_event_page_posted_vs_event_day",
        "https://riversidearts.example.org/events/summer-lantern-walk",
        page(
            "en",
            "Summer Lantern Walk | Riverside Arts",
            '<main><article class="event"><h1>Summer Lantern Walk</h1><p class="posted">'
            'Posted <time datetime="2024-03-02">2 March 2024</time></p><div class="event-box">'
            "<p><strong>When:</strong> Saturday 15 June 2024, 21:00–23:00</p><p><strong>Where:"
            "</strong> Riverside Park</p><p><strong>Tickets on sale until:</strong> 10 June "
            "2024</p></div>" + text("en") + "</article></main>",
            head=ld(
                "Event",
                name="Summer Lantern Walk",
                startDate="2024-06-15T21:00:00+01:00",
                endDate="2024-06-15T23:00:00+01:00",
            ),
        ),
        None,
        datetime(2024, 3, 2),
        ...,
    ),
    # A job ad (French): the closing day and the start day are not the posting day.
    (
        "fr_job_ad_closing_date",
        "https://emplois-cotiers.example.fr/offres/bibliothecaire-adjoint-2291",
        page(
            "fr",
            "Bibliothécaire adjoint (H/F) | Emplois côtiers",
            '<main><div class="job"><h1>Bibliothécaire adjoint (H/F)</h1><ul class="job-facts">'
            "<li>Publiée le 4 mars 2024</li><li>Date limite de candidature : 31 mars 2024</li>"
            "<li>Prise de poste : 2 mai 2024</li><li>CDD 12 mois</li></ul>"
            '<div class="job-description">' + text("fr") + "</div></div></main>",
            head=ld(
                "JobPosting",
                title="Bibliothécaire adjoint",
                datePosted="2024-03-04",
                validThrough="2024-03-31T23:59",
            ),
        ),
        None,
        datetime(2024, 3, 4),
        ...,
    ),
    # A blog: "Recent posts" and "Archives" with many dates come before the post in the source.
    (
        "en_blog_sidebar_widgets_before_post",
        "https://quietmarginalia.example.net/2024/03/the-reading-room/",
        page(
            "en",
            "The reading room – Quiet Marginalia",
            '<div class="wrap"><aside class="sidebar">'
            '<section class="widget widget_recent_entries">'
            '<h2>Recent posts</h2><ul><li><a href="/a">On index cards</a> <span class="post-date">'
            'March 6, 2024</span></li><li><a href="/b">Ink and rain</a> <span class="post-date">'
            'February 27, 2024</span></li></ul></section><section class="widget widget_archive">'
            '<h2>Archives</h2><ul><li><a href="/2024/03/">March 2024</a></li><li>'
            '<a href="/2024/02/">February 2024</a></li><li><a href="/2024/01/">January 2024</a>'
            '</li></ul></section></aside><main><article class="post"><h1 class="entry-title">'
            'The reading room</h1><div class="entry-meta"><span class="posted-on">March 5, 2024'
            '</span></div><div class="entry-content">'
            + text("en")
            + "</div></article></main></div>",
            foot="© 2012–2024 Quiet Marginalia",
        ),
        None,
        datetime(2024, 3, 5),
        ...,
    ),
    # A page with only a copyright year: no publication date.
    (
        "de_about_copyright_only",
        "https://stadtbibliothek-lindenau.example.de/ueber-uns",
        page(
            "de",
            "Über uns | Stadtbibliothek Lindenau",
            '<main><h1>Über uns</h1><div class="text">' + text("de") + "</div></main>",
            foot="<p>© 2024 Stadtbibliothek Lindenau · Impressum · Datenschutz</p>",
        ),
        None,
        None,
        ...,
    ),
    # "3 days ago" read against the fetch time.
    (
        "en_relative_days_ago_fetched",
        "https://northvalleynow.example.com/story/reading-room-opens",
        page(
            "en",
            "Reading room opens | North Valley Now",
            news("en", "Reading room opens", '<span class="ago">3 days ago</span> · By Jo Park'),
        ),
        FETCHED,
        datetime(2024, 3, 5),
        ...,
    ),
    # "vor 2 Stunden" read against the fetch time.
    (
        "de_relative_hours_ago_fetched",
        "https://lokalblick.example.de/artikel/lesesaal-eroeffnet",
        page(
            "de",
            "Lesesaal eröffnet | Lokalblick",
            news("de", "Lesesaal eröffnet", "vor 2 Stunden · Von Eva Brandt"),
        ),
        FETCHED,
        datetime(2024, 3, 8),
        ...,
    ),
    # An obituary: the life years and the funeral day are not the posting day.
    (
        "en_obituary_life_years",
        "https://millbrookherald.example.com/obituaries/margaret-ellis",
        page(
            "en",
            "Margaret Ellis obituary | Millbrook Herald",
            news(
                "en",
                "Margaret Ellis, 1931 – 2024",
                "Published March 5, 2024",
                below="<p>Born April 2, 1931 in Dunmore. Died February 28, 2024. Service on "
                "Saturday, March 9, 2024 at 11 a.m.</p>",
            ),
        ),
        None,
        datetime(2024, 3, 5),
        ...,
    ),
    # A court notice: the judgment's day is older than the page's.
    (
        "en_court_judgment_notice",
        "https://judiciary-notes.example.gov.uk/judgments/r-v-hallam",
        page(
            "en-GB",
            "R v Hallam: judgment summary | Judiciary Notes",
            '<main><article><h1>R v Hallam: judgment summary</h1><dl class="metadata">'
            "<dt>Judgment date</dt><dd>12 January 2024</dd><dt>Court</dt><dd>Court of Appeal"
            "</dd><dt>Published</dt><dd>5 March 2024</dd></dl>" + text("en") + "</article></main>",
        ),
        None,
        datetime(2024, 3, 5),
        ...,
    ),
    # A match report: the kick-off day comes first, the report was filed the day after.
    (
        "en_match_report_kickoff",
        "https://touchlinetimes.example.co.uk/football/millbrook-2-rovers-1",
        page(
            "en-GB",
            "Millbrook 2-1 Rovers | Touchline Times",
            '<main><article><div class="fixture">Saturday 9 March 2024, KO 15:00 · Millbrook '
            'Park</div><h1>Millbrook 2-1 Rovers</h1><p class="byline">By Sam Reyes · '
            '<time datetime="2024-03-10T09:05:00+00:00">10 March 2024 09:05</time></p>'
            + text("en")
            + "</article></main>",
        ),
        None,
        datetime(2024, 3, 10, 9, 5, tzinfo=UTC),
        ...,
    ),
    # --- news with times and zones ---
    # "March 3, 2024 at 5:12 p.m. EST": the offset kept.
    (
        "en_us_pm_est",
        "https://capitolledger.example.com/news/reading-room",
        page(
            "en-US",
            "Library opens reading room | Capitol Ledger",
            news(
                "en", "Library opens reading room", "By Dana Lowe | March 3, 2024 at 5:12 p.m. EST"
            ),
        ),
        None,
        datetime(2024, 3, 3, 17, 12, tzinfo=EST),
        ...,
    ),
    # CNN-like: "Published 11:02 PM EDT, Tue April 9, 2024" and an update line above.
    (
        "en_us_updated_published_edt",
        "https://wirenational.example.com/2024/04/09/us/library-reading-room/index.html",
        page(
            "en-US",
            "Library opens reading room | Wire National",
            news(
                "en",
                "Library opens reading room",
                '<div class="timestamp">Updated 6:15 AM EDT, Wed April 10, 2024</div>'
                '<div class="timestamp">Published 11:02 PM EDT, Tue April 9, 2024</div>',
            ),
        ),
        None,
        datetime(2024, 4, 9, 23, 2, tzinfo=EDT),
        datetime(2024, 4, 10, 6, 15, tzinfo=EDT),
    ),
    # "5. März 2024, 14:32 Uhr MEZ"
    (
        "de_news_uhr_mez",
        "https://rheinpfalzbote.example.de/kultur/neuer-lesesaal",
        page(
            "de",
            "Neuer Lesesaal | Rheinpfalzbote",
            news("de", "Neuer Lesesaal", "Von Eva Brandt · 5. März 2024, 14:32 Uhr MEZ"),
        ),
        None,
        datetime(2024, 3, 5, 14, 32, tzinfo=CET),
        ...,
    ),
    # French: published and updated with "h" times.
    (
        "fr_news_publie_mis_a_jour",
        "https://lecourrierdelestuaire.example.fr/culture/salle-de-lecture",
        page(
            "fr",
            "Une nouvelle salle de lecture | Le Courrier de l'Estuaire",
            news(
                "fr",
                "Une nouvelle salle de lecture",
                "Publié le 5 mars 2024 à 14h32, mis à jour le 6 mars 2024 à 08h05",
            ),
        ),
        None,
        datetime(2024, 3, 5, 14, 32),
        datetime(2024, 3, 6, 8, 5),
    ),
    # Spanish with CET.
    (
        "es_news_dash_time_cet",
        "https://diariodelameseta.example.es/cultura/nueva-sala-de-lectura",
        page(
            "es",
            "Nueva sala de lectura | Diario de la Meseta",
            news("es", "Nueva sala de lectura", "Redacción · 5 de marzo de 2024 - 10:30 CET"),
        ),
        None,
        datetime(2024, 3, 5, 10, 30, tzinfo=CET),
        ...,
    ),
    # Italian "ore".
    (
        "it_news_ore",
        "https://gazzettadellapianura.example.it/cultura/sala-lettura",
        page(
            "it",
            "Nuova sala di lettura | Gazzetta della Pianura",
            news("it", "Nuova sala di lettura", "di Luca Ferri · 5 marzo 2024 ore 10:30"),
        ),
        None,
        datetime(2024, 3, 5, 10, 30),
        ...,
    ),
    # Brazilian: "às 10h30 - Atualizado em ... às 12h10".
    (
        "pt_br_atualizado_em",
        "https://jornaldoplanalto.example.com.br/cultura/sala-de-leitura",
        page(
            "pt-BR",
            "Biblioteca abre sala de leitura | Jornal do Planalto",
            news(
                "pt",
                "Biblioteca abre sala de leitura",
                "05/03/2024 às 10h30 - Atualizado em 05/03/2024 às 12h10",
            ),
        ),
        None,
        datetime(2024, 3, 5, 10, 30),
        datetime(2024, 3, 5, 12, 10),
    ),
    # Russian with МСК.
    (
        "ru_news_msk",
        "https://gorodskievesti.example.ru/news/chitalnyj-zal",
        page(
            "ru",
            "Библиотека открыла читальный зал | Городские вести",
            news("ru", "Библиотека открыла читальный зал", "12 апреля 2024, 18:40 МСК"),
        ),
        None,
        datetime(2024, 4, 12, 18, 40, tzinfo=MSK),
        ...,
    ),
    # Ukrainian "о 18:40".
    (
        "uk_news_o_time",
        "https://vistiprydniprovia.example.com.ua/news/chytalna-zala",
        page(
            "uk",
            "Бібліотека відкрила читальну залу | Вісті Придніпров'я",
            news("uk", "Бібліотека відкрила читальну залу", "12 квітня 2024 о 18:40"),
        ),
        None,
        datetime(2024, 4, 12, 18, 40),
        ...,
    ),
    # Polish with an update line below.
    (
        "pl_news_aktualizacja",
        "https://kurierpomorski.example.pl/kultura/nowa-czytelnia",
        page(
            "pl",
            "Nowa czytelnia w bibliotece | Kurier Pomorski",
            news(
                "pl",
                "Nowa czytelnia w bibliotece",
                "5 marca 2024, 10:30 · Aktualizacja: 6 marca 2024, 09:15",
            ),
        ),
        None,
        datetime(2024, 3, 5, 10, 30),
        datetime(2024, 3, 6, 9, 15),
    ),
    # Dutch abbreviated weekday and month, "om".
    (
        "nl_news_di_mrt_om",
        "https://dekustbode.example.nl/cultuur/nieuwe-leeszaal",
        page(
            "nl",
            "Nieuwe leeszaal | De Kustbode",
            news("nl", "Nieuwe leeszaal", "di 5 mrt 2024 om 10:30"),
        ),
        None,
        datetime(2024, 3, 5, 10, 30),
        ...,
    ),
    # Turkish with a weekday after the day and an update.
    (
        "tr_news_guncelleme",
        "https://egehaberleri.example.com.tr/kultur/yeni-okuma-salonu",
        page(
            "tr",
            "Yeni okuma salonu açıldı | Ege Haberleri",
            news(
                "tr",
                "Yeni okuma salonu açıldı",
                "Giriş: 05 Mart 2024 Salı 10:30 | Güncelleme: 06.03.2024 09:15",
            ),
        ),
        None,
        datetime(2024, 3, 5, 10, 30),
        datetime(2024, 3, 6, 9, 15),
    ),
    # Greek dotted date and time.
    (
        "el_news_dotted_pipe",
        "https://eidiseisnisiou.example.gr/politismos/nea-aithousa",
        page(
            "el",
            "Νέα αίθουσα ανάγνωσης | Ειδήσεις Νησιού",
            news("el", "Νέα αίθουσα ανάγνωσης", "05.03.2024 | 10:30"),
        ),
        None,
        datetime(2024, 3, 5, 10, 30),
        ...,
    ),
    # Hindi with IST and AM/PM.
    (
        "hi_news_ist_am",
        "https://nagarpatrika.example.in/news/naya-vachnalay",
        page(
            "hi",
            "नगर पुस्तकालय में नया वाचनालय | नगर पत्रिका",
            news("hi", "नगर पुस्तकालय में नया वाचनालय", "अपडेटेड: 05 मार्च 2024, 10:30 AM IST"),
        ),
        None,
        datetime(2024, 3, 5, 10, 30, tzinfo=IST),
        ...,
    ),
    # Bengali with native digits.
    (
        "bn_news_native_digits",
        "https://dainikpathshala.example.com.bd/news/notun-pathkokkho",
        page(
            "bn",
            "গ্রন্থাগারে নতুন পাঠকক্ষ | দৈনিক পাঠশালা",
            news("bn", "গ্রন্থাগারে নতুন পাঠকক্ষ", "প্রকাশ: ৫ মার্চ ২০২৪, ১০:৩০"),
        ),
        None,
        datetime(2024, 3, 5, 10, 30),
        ...,
    ),
    # Vietnamese weekday, slashes and GMT+7.
    (
        "vi_news_thu_ba_gmt7",
        "https://baomientrung.example.vn/van-hoa/phong-doc-moi",
        page(
            "vi",
            "Thư viện mở phòng đọc mới | Báo Miền Trung",
            news("vi", "Thư viện mở phòng đọc mới", "Thứ ba, 5/3/2024, 10:30 (GMT+7)"),
        ),
        None,
        datetime(2024, 3, 5, 10, 30, tzinfo=ICT),
        ...,
    ),
    # Indonesian with WIB.
    (
        "id_news_wib",
        "https://kabarbandung.example.co.id/budaya/ruang-baca-baru",
        page(
            "id",
            "Perpustakaan buka ruang baca baru | Kabar Bandung",
            news("id", "Perpustakaan buka ruang baca baru", "Selasa, 05 Mar 2024 10:30 WIB"),
        ),
        None,
        datetime(2024, 3, 5, 10, 30, tzinfo=WIB),
        ...,
    ),
    # Swedish "kl." and "Uppdaterad".
    (
        "sv_news_publicerad_uppdaterad",
        "https://norrlandsbladet.example.se/kultur/ny-lasesal",
        page(
            "sv",
            "Ny läsesal på biblioteket | Norrlandsbladet",
            news(
                "sv",
                "Ny läsesal på biblioteket",
                "Publicerad 5 mars 2024 kl. 10.30 · Uppdaterad 5 mars 2024 kl. 14.05",
            ),
        ),
        None,
        datetime(2024, 3, 5, 10, 30),
        datetime(2024, 3, 5, 14, 5),
    ),
    # Korean "입력 / 수정".
    (
        "ko_news_input_modified",
        "https://dosinews.example.co.kr/article/20240305000123",
        page(
            "ko",
            "시립 도서관 새 열람실 | 도시뉴스",
            news(
                "ko",
                "시립 도서관 새 열람실 개방",
                '<span class="date">입력 2024.03.05 15:20</span> <span class="date">수정 '
                "2024.03.06 09:10</span>",
            ),
        ),
        None,
        datetime(2024, 3, 5, 15, 20),
        datetime(2024, 3, 6, 9, 10),
    ),
    # Korean "오후 3:20".
    (
        "ko_news_ohu_time",
        "https://haean-ilbo.example.co.kr/news/view/88213",
        page(
            "ko",
            "새 열람실 문 열어 | 해안일보",
            news("ko", "새 열람실 문 열어", "기사입력 2024년 3월 5일 오후 3:20"),
        ),
        None,
        datetime(2024, 3, 5, 15, 20),
        ...,
    ),
    # Chinese with a source after the time.
    (
        "zh_news_source_after_time",
        "https://chengshiribao.example.cn/culture/2024-0305-reading-room.html",
        page(
            "zh-CN",
            "市图书馆新阅览室开放_城市日报",
            news("zh", "市图书馆新阅览室开放", "2024-03-05 10:30 来源：城市日报 作者：王丽"),
        ),
        None,
        datetime(2024, 3, 5, 10, 30),
        ...,
    ),
    # Japanese with an update line.
    (
        "ja_news_kousin",
        "https://chihoshimbun.example.jp/articles/20240305-reading-room",
        page(
            "ja",
            "市立図書館に新閲覧室 | 地方新聞",
            news("ja", "市立図書館に新閲覧室", "2024年3月5日 10時30分（最終更新 3月5日 12時00分）"),
        ),
        None,
        datetime(2024, 3, 5, 10, 30),
        datetime(2024, 3, 5, 12, 0),
    ),
    # Hebrew dotted date with time, "עודכן".
    (
        "he_news_dotted_updated",
        "https://hadashot-hagalil.example.co.il/news/ulam-kria",
        page(
            "he",
            "אולם קריאה חדש בספרייה | חדשות הגליל",
            news("he", "אולם קריאה חדש בספרייה", "פורסם: 05.03.24, 10:30 | עודכן: 05.03.24, 12:10"),
        ),
        None,
        datetime(2024, 3, 5, 10, 30),
        datetime(2024, 3, 5, 12, 10),
    ),
    # --- other calendars ---
    # Arabic: Hijri and Gregorian both written.
    (
        "ar_news_hijri_and_gregorian",
        "https://sawtalmadina.example.sa/culture/qaat-mutalaa",
        page(
            "ar",
            "افتتاح قاعة مطالعة جديدة | صوت المدينة",
            news(
                "ar",
                "افتتاح قاعة مطالعة جديدة",
                "الثلاثاء 24 شعبان 1445 هـ - 5 مارس 2024 م",
            ),
        ),
        None,
        datetime(2024, 3, 5),
        ...,
    ),
    # Arabic: a Hijri date only.
    (
        "ar_news_hijri_only",
        "https://akhbaralqasim.example.sa/news/88120",
        page(
            "ar",
            "قاعة مطالعة جديدة في مكتبة المدينة | أخبار القصيم",
            news("ar", "قاعة مطالعة جديدة في مكتبة المدينة", "نشر في: 24 شعبان 1445هـ"),
        ),
        None,
        datetime(2024, 3, 5),
        ...,
    ),
    # Persian: Solar Hijri with Persian digits and a time.
    (
        "fa_news_jalali_digits",
        "https://khabarshahr.example.ir/news/salon-motaleh",
        page(
            "fa",
            "افتتاح سالن مطالعه تازه | خبر شهر",
            news("fa", "افتتاح سالن مطالعه تازه", "تاریخ انتشار: ۱۴۰۲/۱۲/۱۵ - ۱۰:۳۰"),
        ),
        None,
        datetime(2024, 3, 5, 10, 30),
        ...,
    ),
    # Persian: Solar Hijri month name.
    (
        "fa_news_jalali_month_name",
        "https://ruznameh-jonub.example.ir/fa/news/44120",
        page(
            "fa",
            "سالن مطالعه تازه کتابخانه | روزنامه جنوب",
            news("fa", "سالن مطالعه تازه کتابخانه", "سه‌شنبه ۱۵ اسفند ۱۴۰۲"),
        ),
        None,
        datetime(2024, 3, 5),
        ...,
    ),
    # Thai: Buddhist era with a time.
    (
        "th_news_buddhist_era",
        "https://khaowannee.example.co.th/news/hong-an-mai",
        page(
            "th",
            "ห้องสมุดเปิดห้องอ่านหนังสือใหม่ | ข่าววันนี้",
            news("th", "ห้องสมุดเปิดห้องอ่านหนังสือใหม่", "5 มีนาคม 2567 เวลา 10:30 น."),
        ),
        None,
        datetime(2024, 3, 5, 10, 30),
        ...,
    ),
    # Japanese era name.
    (
        "ja_reiwa_era",
        "https://shiho-koho.example.jp/news/etsuranshitsu",
        page(
            "ja",
            "新閲覧室のお知らせ | 市報",
            news("ja", "新閲覧室のお知らせ", "掲載日：令和6年3月5日"),
        ),
        None,
        datetime(2024, 3, 5),
        ...,
    ),
    # Taiwan: ROC year with 上午/下午 time.
    (
        "zh_tw_roc_year",
        "https://gangdubao.example.com.tw/news/yuelanshi",
        page(
            "zh-TW",
            "市立圖書館新閱覽室開放 | 港都報",
            news("zh-TW", "市立圖書館新閱覽室開放", "發布時間：113年3月5日 下午3:20"),
        ),
        None,
        datetime(2024, 3, 5, 15, 20),
        ...,
    ),
    # Urdu month name.
    (
        "ur_news_month_name",
        "https://roznamashehr.example.pk/news/dar-ul-mutalia",
        page(
            "ur",
            "لائبریری میں نیا دارالمطالعہ | روزنامہ شہر",
            news("ur", "لائبریری میں نیا دارالمطالعہ", "شائع 05 مارچ 2024 10:30am"),
        ),
        None,
        datetime(2024, 3, 5, 10, 30),
        ...,
    ),
    # --- URLs and metas ---
    # The URL's day and a visible time on that day: the time is kept.
    (
        "en_url_day_visible_time",
        "https://harbourlight.example.com/2024/03/05/reading-room-opens/",
        page(
            "en-GB",
            "Reading room opens | Harbour Light",
            news("en", "Reading room opens", "By Kit Moore, 5 March 2024 18:20 GMT"),
        ),
        None,
        datetime(2024, 3, 5, 18, 20, tzinfo=UTC),
        ...,
    ),
    # The URL's day alone: the page writes no other date.
    (
        "en_url_day_only",
        "https://smalltownnotes.example.net/2024/03/05/reading-room/",
        page(
            "en",
            "Reading room – Small Town Notes",
            news("en", "Reading room", "by kit"),
            foot="© 2024",
        ),
        None,
        datetime(2024, 3, 5),
        ...,
    ),
    # A URL's day of an old story republished: the visible date is newer, which the reader
    # names.
    (
        "es_url_day_older_than_visible",
        "https://elfarodelsur.example.es/2019/11/02/biblioteca-sala/",
        page(
            "es",
            "La biblioteca abre su sala | El Faro del Sur",
            news("es", "La biblioteca abre su sala", "Actualizado el 5 de marzo de 2024"),
        ),
        None,
        ...,
        datetime(2024, 3, 5),
    ),
    # The same moment written in two zones by two metas, the visible line local.
    (
        "de_meta_same_instant_two_zones",
        "https://saarlandkurier.example.de/kultur/lesesaal-um-mitternacht",
        page(
            "de",
            "Lesesaal um Mitternacht | Saarlandkurier",
            news("de", "Lesesaal um Mitternacht", "05.03.2024, 00:30 Uhr"),
            head=meta("article:published_time", "2024-03-04T23:30:00Z")
            + ld(
                "NewsArticle",
                headline="Lesesaal um Mitternacht",
                datePublished="2024-03-05T00:30:00+01:00",
            ),
        ),
        None,
        datetime(2024, 3, 5, 0, 30, tzinfo=CET),
        ...,
    ),
    # A stale template meta (DC.date 2019) against JSON-LD and the visible line.
    (
        "en_stale_dc_meta",
        "https://eastshireobserver.example.co.uk/news/reading-room",
        page(
            "en-GB",
            "Reading room opens | Eastshire Observer",
            news("en", "Reading room opens", "Tuesday 5 March 2024 10:30"),
            head=meta("DC.date.issued", "2019-06-01")
            + ld(
                "NewsArticle",
                headline="Reading room opens",
                datePublished="2024-03-05T10:30:00+00:00",
                dateModified="2024-03-05T12:00:00+00:00",
            ),
        ),
        None,
        datetime(2024, 3, 5, 10, 30, tzinfo=UTC),
        datetime(2024, 3, 5, 12, 0, tzinfo=UTC),
    ),
    # og:updated_time says the page was touched in November (a site-wide rebuild); the
    # article's own published meta and line are March's.
    (
        "fr_meta_published_and_rebuild_updated",
        "https://lavoixdubocage.example.fr/culture/salle-lecture",
        page(
            "fr",
            "La salle de lecture ouvre | La Voix du Bocage",
            news("fr", "La salle de lecture ouvre", "Le 5 mars 2024 à 10h30"),
            head=meta("article:published_time", "2024-03-05T10:30:00+01:00")
            + meta("article:modified_time", "2024-03-05T11:00:00+01:00")
            + meta("og:updated_time", "2024-11-28T03:00:00+01:00"),
        ),
        None,
        datetime(2024, 3, 5, 10, 30, tzinfo=CET),
        ...,
    ),
    # parsely-pub-date only, no visible date.
    (
        "en_parsely_pub_date_only",
        "https://metroquill.example.com/culture/reading-room-opens",
        page(
            "en",
            "Reading room opens | Metro Quill",
            news("en", "Reading room opens", "By Ana Ruiz"),
            head=meta("parsely-pub-date", "2024-03-05T15:20:00Z"),
        ),
        None,
        datetime(2024, 3, 5, 15, 20, tzinfo=UTC),
        ...,
    ),
]

FIELDS = ("published", "modified")

# The probes found open after the blind run, each with its reason.
_OPEN: dict[tuple[str, str], str] = {}


@pytest.mark.parametrize(
    ("url", "html", "fetched", "field", "want"), field_cases(PROBES, FIELDS, _OPEN, fetched=True)
)
def test_blind_date_probe_2(
    url: str, html: str, fetched: datetime | None, field: str, want: object
) -> None:
    got = getattr(newsextract.extract(html, url=url, fetched_at=fetched), field)
    assert matches(field, got, want), f"{field}: {got!r}"


def _report() -> None:  # pragma: no cover
    """Each tool's hits: trafilatura and htmldate on the day alone (they give no time) and
    without the fetch time (they take none)."""
    from tests.metadata.language_probes.kit import report_hits

    report_hits(PROBES, FIELDS, htmldate=True, fetched=True)


if __name__ == "__main__":  # pragma: no cover
    _report()
