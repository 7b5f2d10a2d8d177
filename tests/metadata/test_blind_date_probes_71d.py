"""A blind probe of publication dates (issue 12, wave 71d), written before reading the date
code: pages full of dates that are not the publication date, in forms the date kits up to _70d
do not try. An obituary's life dates and funeral day, a council's hearing day or a notice's
inspection period written larger than its posting day, a tender's closing day before its
publication day, a job ad's deadline and start day, a shop's "offer ends"/"valid until" and a
product's release day (the page has no publication date), a classified's "available from", a
URL whose date is the event's, a date in the headline, comments and "most read" items with
``<time datetime>`` newer than a post whose own date is text, a calendar widget with today
marked, an "as of" day over a table ("Stand:", "as of", "現在"), a film's release day and a
book's first edition in a review, a match's kick-off above its preview, a conference's
deadlines, a forum's "last post" header, a timetable's "valid from"; in 20 languages, half the
pages not news.

The truth is the posting day (and time when written), decided from the page as a reader
would before any run; ``modified`` is judged ``None`` where the page has no modification and
an "as of" day could pass for one, ``...`` elsewhere. A page whose only stamp is "Last
updated"/"Actualizado" takes that date for both (docs/field-published.md). A shop or product
page with no posting date has none (``None``). The fetch time is 2024-03-14 13:00 UTC.
``python -m tests.metadata.test_blind_date_probes_71d`` prints newsextract's, trafilatura's
and htmldate's hits. Every site, name and text here is invented."""

from __future__ import annotations

from typing import Any

from tests.metadata.language_probes.kit import fetched_field_test, report_date_probes
from tests.metadata.test_blind_date_probes_6 import at, day, probe
from tests.metadata.test_blind_date_probes_69 import line, news, page, prose


def shell(lang: str, title: str, inner: str, *, side: str = "", foot: str = "") -> str:
    """A page beyond news: ``side`` (a sidebar) ahead of ``<main>``, ``inner`` in it (with
    the headline, title before its " | "), ``foot`` in the footer."""
    direction = ' dir="rtl"' if lang == "ar" else ""
    h1, _, site = title.partition(" | ")
    return (
        f'<!DOCTYPE html><html lang="{lang}"{direction}><head><meta charset="utf-8">'
        f'<title>{title}</title></head><body><header class="site-header">'
        f'<a class="logo" href="/">{site}</a><nav><a href="/">Home</a></nav></header>'
        f'{side}<main id="content"><h1>{h1}</h1>{inner}</main>'
        f'<footer class="site-footer"><p>{foot or site}</p></footer></body></html>'
    )


def times(label: str, items: list[tuple[str, str, str]], css: str) -> str:
    """A list of other items, each ``(title, machine time, shown time)``."""
    cells = "".join(
        f'<li><a href="/item/{n}">{t}</a> <time datetime="{m}">{s}</time></li>'
        for n, (t, m, s) in enumerate(items)
    )
    return f'<section class="{css}"><h2>{label}</h2><ul>{cells}</ul></section>'


def calendar(caption: str, today: int) -> str:
    """A month's calendar widget (March 2024 starts on a Friday), ``today`` marked."""
    days = [""] * 4 + [str(d) for d in range(1, 32)]
    rows = []
    for start in range(0, len(days), 7):
        cells = "".join(
            f'<td class="today"><a href="/2024/03/{int(d):02d}/">{d}</a></td>'
            if d == str(today)
            else f"<td>{d}</td>"
            for d in days[start : start + 7]
        )
        rows.append(f"<tr>{cells}</tr>")
    return (
        f'<aside class="widget widget_calendar"><table id="wp-calendar"><caption>{caption}'
        f"</caption><tbody>{''.join(rows)}</tbody></table></aside>"
    )


PROBES: list[tuple[Any, ...]] = [
    # --- an obituary: life dates, a funeral day, the posting day small ---
    probe(
        "de_traueranzeige_life_dates_funeral",
        "https://www.trauer-talbote.example.de/traueranzeigen/hildegard-brenner",
        shell(
            "de",
            "Wir trauern um Hildegard Brenner | Trauerportal Talbote",
            '<div class="lifespan"><span class="born">* 12. April 1938</span> '
            '<span class="died">† 2. März 2024</span></div>'
            f"{prose('de')}"
            "<p>Die Trauerfeier findet am Freitag, 8. März 2024, um 14 Uhr in der "
            "Friedhofskapelle statt.</p>"
            '<p class="published">Veröffentlicht am 05.03.2024</p>',
        ),
        day(2024, 3, 5),
    ),
    probe(
        "pl_nekrolog_ur_zm_pogrzeb",
        "https://www.gazeta-rzeczna.example.pl/nekrologi/jan-kowalski-88412",
        news(
            "pl",
            "Zmarł Jan Kowalski, wieloletni bibliotekarz | Gazeta Rzeczna",
            line("data", "Dodano: 06.03.2024 12:15"),
            below="<p>Jan Kowalski (ur. 14.05.1941, zm. 03.03.2024). Pogrzeb odbędzie się "
            "9 marca 2024 r. o godz. 11:00.</p>",
        ),
        at(2024, 3, 6, 12, 15),
    ),
    # --- a council's notice: the hearing or inspection days larger than the posting day ---
    probe(
        "en_council_hearing_big_date_posted_below",
        "https://www.millbrook-council.example.gov.uk/notices/public-hearing-library",
        page(
            "en",
            "Notice of public hearing: library extension | Millbrook Borough Council",
            '<h2 class="event-date">Tuesday 2 April 2024, 7:00 pm</h2>',
            end="<p>Representations must be received by 25 March 2024.</p>"
            '<p class="posted-on">Posted on 5 March 2024</p>',
        ),
        day(2024, 3, 5),
    ),
    probe(
        "nl_bekendmaking_ter_inzage_van_tot",
        "https://www.gemeente-beekdal.example.nl/bekendmakingen/ontwerpbestemmingsplan",
        page(
            "nl",
            "Ontwerpbestemmingsplan Bibliotheekplein ter inzage | Gemeente Beekdal",
            '<p class="lead"><strong>Ter inzage van 7 maart 2024 tot en met 17 april '
            "2024</strong></p>",
            end='<dl class="meta"><dt>Datum publicatie</dt><dd>6 maart 2024</dd></dl>',
        ),
        day(2024, 3, 6),
    ),
    probe(
        "fr_marche_public_date_limite_avant_publication",
        "https://www.marches.ville-valdor.example.fr/avis/2024-0117",
        shell(
            "fr",
            "Rénovation de la médiathèque – avis d'appel public | Ville de Valdor",
            '<div class="deadline"><strong>Date limite de remise des offres : 02/04/2024 à '
            "12h00</strong></div>"
            f"{prose('fr')}"
            '<ul class="avis"><li>Date de publication : 05/03/2024</li>'
            "<li>Durée du marché : 12 mois</li></ul>",
        ),
        day(2024, 3, 5),
    ),
    # --- a job ad: deadline and start day first, the posting day last ---
    probe(
        "de_stellenanzeige_bewerbungsfrist_online_seit",
        "https://www.jobs-rheinland.example.de/stellen/bibliothekar-in-88412",
        shell(
            "de",
            "Bibliothekar/in (m/w/d) in Teilzeit | Jobs Rheinland",
            '<div class="facts"><p class="deadline">Bewerbungsfrist: 31.03.2024</p>'
            "<p>Eintrittsdatum: 01.05.2024</p></div>"
            f"{prose('de')}"
            '<p class="job-date">Online seit: 05.03.2024</p>',
        ),
        day(2024, 3, 5),
    ),
    probe(
        "es_oferta_empleo_plazo_incorporacion",
        "https://www.empleo-sierra.example.es/ofertas/bibliotecario-88412",
        shell(
            "es",
            "Bibliotecario/a para la biblioteca municipal | Empleo Sierra",
            '<ul class="condiciones"><li>Fecha de incorporación: 1 de abril de 2024</li>'
            "<li>Plazo de inscripción hasta el 20 de marzo de 2024</li></ul>"
            f"{prose('es')}"
            '<p class="fecha-oferta">Publicada el 4 de marzo de 2024</p>',
        ),
        day(2024, 3, 4),
    ),
    probe(
        "id_lowongan_batas_akhir_diposting",
        "https://www.lokerkota.example.co.id/lowongan/pustakawan-88412",
        shell(
            "id",
            "Lowongan Pustakawan Perpustakaan Kota | Loker Kota",
            '<p class="deadline"><b>Batas akhir lamaran: 31 Maret 2024</b></p>'
            f"{prose('id')}"
            '<p class="posted">Diposting 5 Maret 2024</p>',
        ),
        day(2024, 3, 5),
    ),
    # --- a shop: an offer's end, a release day, a copyright range; no posting date ---
    probe(
        "nl_shop_actie_geldig_tm_no_date",
        "https://www.boekenbaai.example.nl/product/leeslamp-noord",
        shell(
            "nl",
            "Leeslamp Noord – messing | Boekenbaai",
            '<p class="price">€ 49,95 <span class="promo">Actie geldig t/m 31 maart 2024'
            "</span></p><p>Voor 23:00 besteld, morgen in huis.</p>"
            f"{prose('nl')}",
            foot="© 2011–2024 Boekenbaai B.V.",
        ),
        None,
    ),
    probe(
        "en_shop_offer_ends_release_date_no_date",
        "https://www.gadgetbarn.example.com/products/reading-lamp-pro",
        shell(
            "en",
            "Reading Lamp Pro | Gadgetbarn",
            '<p class="release">Release date: 21 March 2024</p>'
            '<p class="offer">Pre-order offer ends 17 March 2024</p>'
            f"{prose('en')}",
            foot="© 2008–2024 Gadgetbarn Ltd",
        ),
        None,
    ),
    probe(
        "de_kleinanzeige_verfuegbar_ab_eingestellt",
        "https://www.kleinanzeigen-tal.example.de/anzeige/lesesessel-88412",
        shell(
            "de",
            "Lesesessel, kaum benutzt | Kleinanzeigen Tal",
            '<p class="price">120 € VB</p><p class="available">Verfügbar ab 01.04.2024</p>'
            f"{prose('de')}"
            '<p class="details">Eingestellt am 05.03.2024 · Anzeigen-Nr. 88412</p>',
        ),
        day(2024, 3, 5),
    ),
    # --- the URL's date is the event's ---
    probe(
        "en_event_url_date_is_event_posted_line",
        "https://www.riverside-arts.example.org/events/2024/06/15/summer-fair",
        page(
            "en",
            "Summer fair on the green | Riverside Arts",
            '<p class="byline">Posted 5 March 2024 by Riverside Arts</p>'
            '<p class="when">Saturday 15 June 2024, 11am–5pm</p>',
        ),
        day(2024, 3, 5),
    ),
    probe(
        "es_url_fecha_del_concierto_publicado",
        "https://www.auditorio-vega.example.es/agenda/2024-04-20-concierto-primavera",
        page(
            "es",
            "Concierto de primavera | Auditorio de la Vega",
            '<p class="fecha">Publicado el 5 de marzo de 2024</p>'
            '<p class="evento">Sábado, 20 de abril de 2024 · 20:00</p>',
        ),
        day(2024, 3, 5),
    ),
    # --- a date in the headline ---
    probe(
        "it_titolo_elezioni_9_giugno",
        "https://www.corriere-valle.example.it/politica/elezioni-europee-88412",
        news(
            "it",
            "Elezioni europee del 9 giugno 2024: cosa sapere | Corriere della Valle",
            line("data", "Pubblicato: 05/03/2024 - 10:12"),
        ),
        at(2024, 3, 5, 10, 12),
    ),
    probe(
        "pt_titulo_prazo_30_de_junho",
        "https://www.jornal-da-ria.example.pt/economia/irs-prazo-88412",
        news(
            "pt",
            "IRS 2024: prazo de entrega termina a 30 de junho | Jornal da Ria",
            line("data", "Publicado a 5 mar 2024, 09:30"),
        ),
        at(2024, 3, 5, 9, 30),
    ),
    probe(
        "el_titlos_ekloges_9is_iouniou",
        "https://www.eidiseis-polis.example.gr/politiki/ekloges-88412",
        news(
            "el",
            "Εκλογές 9ης Ιουνίου: τι πρέπει να ξέρετε | Ειδήσεις της Πόλης",
            line("date", "05/03/2024 10:30"),
        ),
        at(2024, 3, 5, 10, 30),
    ),
    probe(
        "hi_shirshak_matdan_19_april",
        "https://www.nagar-samachar.example.in/chunav/matdan-88412",
        news(
            "hi",
            "चुनाव 2024: 19 अप्रैल को पहले चरण का मतदान | नगर समाचार",
            line("date", "प्रकाशित: 5 मार्च 2024"),
        ),
        day(2024, 3, 5),
    ),
    # --- newer <time datetime> on comments and "most read" items, the post's date in text ---
    probe(
        "ru_comments_time_elements_post_date_text",
        "https://www.gorodskie-vesti.example.ru/news/88412",
        news(
            "ru",
            "Библиотека открыла новый читальный зал | Городские вести",
            line("article__date", "5 марта 2024, 10:30"),
        ).replace(
            "</article>",
            "</article>"
            + times(
                "Комментарии",
                [
                    ("Отлично!", "2024-03-12T18:00:00+03:00", "12 марта"),
                    ("Давно пора", "2024-03-10T09:14:00+03:00", "10 марта"),
                ],
                "comments",
            ),
        ),
        at(2024, 3, 5, 10, 30),
    ),
    probe(
        "tr_en_cok_okunanlar_time_before_article",
        "https://www.kent-postasi.example.com.tr/yasam/okuma-salonu-88412",
        news(
            "tr",
            "Kütüphane yeni okuma salonu açtı | Kent Postası",
            line("news-date", "Yayınlanma: 05 Mart 2024 - 10:30"),
        ).replace(
            "<main>",
            "<main>"
            + times(
                "En çok okunanlar",
                [
                    ("Köprü trafiğe kapandı", "2024-03-13T08:00:00+03:00", "13 Mart"),
                    ("Yeni park açıldı", "2024-03-12T16:40:00+03:00", "12 Mart"),
                ],
                "most-read",
            ),
        ),
        at(2024, 3, 5, 10, 30),
    ),
    # --- a calendar widget with today marked ---
    probe(
        "uk_calendar_widget_today_before_post",
        "https://www.blog-chytacha.example.ua/2024/chytalna-zala",
        page(
            "uk",
            "Нова читальна зала | Блог читача",
            '<div class="entry-meta">Опубліковано 5 березня 2024</div>',
            top=calendar("Березень 2024", 14),
        ),
        day(2024, 3, 5),
    ),
    probe(
        "sv_calendar_widget_sidebar_today",
        "https://www.lasarbloggen.example.se/lasesalen",
        shell(
            "sv",
            "Den nya läsesalen | Läsarbloggen",
            '<p class="entry-date">5 mars 2024</p>' + prose("sv"),
            side=calendar("mars 2024", 14),
        ),
        day(2024, 3, 5),
    ),
    # --- an "as of" day over a table: no modification ---
    probe(
        "de_tabelle_stand_31_12",
        "https://www.kreisblatt.example.de/region/einwohner-88412",
        news(
            "de",
            "Mehr Leser in der Stadtbibliothek | Kreisblatt",
            line("date", "05.03.2024, 10:30 Uhr"),
            below="<table><caption>Ausleihen je Einwohner, Stand: 31.12.2023</caption>"
            "<tr><td>Nord</td><td>4,1</td></tr><tr><td>Süd</td><td>3,7</td></tr></table>",
        ),
        at(2024, 3, 5, 10, 30),
        None,
    ),
    probe(
        "en_table_figures_as_of",
        "https://www.countyledger.example.com/local/library-visits",
        news(
            "en",
            "Library visits climb again | County Ledger",
            line("byline", "By Ann Lee | March 5, 2024"),
            below="<table><caption>Visits by branch, as of February 29, 2024</caption>"
            "<tr><td>North</td><td>4,100</td></tr><tr><td>South</td><td>3,700</td></tr>"
            "</table>",
        ),
        day(2024, 3, 5),
        None,
    ),
    probe(
        "ja_hyou_genzai_as_of",
        "https://www.minami-nippo.example.jp/articles/88412",
        news(
            "ja",
            "図書館の利用者が増加 | みなみ日報",
            line("date", "2024年3月5日 10時30分"),
            below="<table><caption>2024年2月末現在の貸出数</caption>"
            "<tr><td>北館</td><td>4100</td></tr></table>",
        ),
        at(2024, 3, 5, 10, 30),
        None,
    ),
    # --- a review: the work's own dates above the review's ---
    probe(
        "en_film_review_in_cinemas_release",
        "https://www.screenlines.example.com/reviews/the-reading-room",
        page(
            "en",
            "The Reading Room review – a quiet triumph | Screenlines",
            '<ul class="film-facts"><li>In cinemas 22 March 2024</li><li>2024</li>'
            "<li>1h 52m</li></ul>"
            '<p class="review-meta">Reviewed by Sam Ortiz · 5 March 2024</p>',
        ),
        day(2024, 3, 5),
    ),
    probe(
        "fr_critique_livre_premiere_parution",
        "https://www.lettres-du-val.example.fr/critiques/la-salle-de-lecture",
        page(
            "fr",
            "« La Salle de lecture », un roman retrouvé | Lettres du Val",
            '<p class="fiche">Première parution : 1987 — réédition le 7 février 2024</p>'
            '<p class="date">Publié le 5 mars 2024 à 08h00</p>',
        ),
        at(2024, 3, 5, 8, 0),
    ),
    # --- a match preview: the kick-off above the posting time ---
    probe(
        "ko_gyeonggi_ilsi_above_input",
        "https://www.hanbit-sports.example.kr/news/88412",
        news(
            "ko",
            "주말 더비 미리보기 | 한빛스포츠",
            line("date", "입력 2024.03.14 09:10"),
        ).replace(
            '<article class="story">',
            '<article class="story"><div class="match-box">경기 일시: 2024년 3월 16일(토) '
            "오후 2시</div>",
        ),
        at(2024, 3, 14, 9, 10),
    ),
    probe(
        "it_calcio_fischio_inizio_above",
        "https://www.sport-valle.example.it/calcio/anteprima-derby-88412",
        news(
            "it",
            "Derby, le probabili formazioni | Sport Valle",
            line("data", "Pubblicato il 14/03/2024 alle 11:20", "p"),
        ).replace(
            '<article class="story">',
            '<article class="story"><div class="match-info">Fischio d\'inizio: sabato 16 '
            "marzo 2024, ore 20:45</div>",
        ),
        at(2024, 3, 14, 11, 20),
    ),
    probe(
        "es_calendario_partidos_actualizado",
        "https://www.club-vega.example.es/calendario",
        shell(
            "es",
            "Calendario de partidos | Club Vega",
            '<table class="fixtures"><tr><td>16/03/2024</td><td>Vega – Sierra</td></tr>'
            "<tr><td>23/03/2024</td><td>Ría – Vega</td></tr>"
            "<tr><td>30/03/2024</td><td>Vega – Valle</td></tr></table>"
            '<p class="updated">Actualizado el 10 de marzo de 2024</p>',
        ),
        day(2024, 3, 10),
        day(2024, 3, 10),
    ),
    # --- a conference: deadlines and days ---
    probe(
        "en_conference_cfp_deadlines_last_updated",
        "https://www.readingrooms-conf.example.org/2024/call-for-papers",
        shell(
            "en",
            "Call for papers | Reading Rooms 2024",
            '<ul class="dates"><li>Submission deadline: 15 April 2024</li>'
            "<li>Notification: 31 May 2024</li><li>Conference: 10–12 September 2024</li></ul>"
            f"{prose('en')}"
            '<p class="last-updated">Last updated: 5 March 2024</p>',
        ),
        day(2024, 3, 5),
        day(2024, 3, 5),
    ),
    probe(
        "zh_huiyi_tongzhi_jiegao_fabu",
        "https://www.xuehui.example.cn/tongzhi/2024-nianhui.html",
        shell(
            "zh",
            "关于召开2024年学术年会的通知 | 图书馆学会",
            '<div class="info"><p>会议时间：2024年9月10日至12日</p>'
            "<p>截稿日期：2024年4月15日</p></div>"
            f"{prose('zh')}"
            '<p class="fabu">发布时间：2024-03-05</p>',
        ),
        day(2024, 3, 5),
    ),
    # --- events beyond English ---
    probe(
        "vi_su_kien_thoi_gian_ngay_dang",
        "https://www.vanhoa-thanhpho.example.vn/su-kien/dem-tho-88412",
        shell(
            "vi",
            "Đêm thơ mùa xuân | Văn hóa Thành phố",
            '<p class="event-time"><b>Thời gian: 19h30, 20/04/2024</b></p>'
            f"{prose('vi')}"
            '<p class="post-date">Ngày đăng: 05/03/2024</p>',
        ),
        day(2024, 3, 5),
    ),
    probe(
        "ar_mawid_alhafl_nushira",
        "https://www.thaqafa-madina.example.com/events/88412",
        shell(
            "ar",
            "حفل افتتاح قاعة المطالعة | ثقافة المدينة",
            '<p class="event-date">موعد الحفل: 20 أبريل 2024</p>'
            f"{prose('ar')}"
            '<p class="post-date">نُشر في 5 مارس 2024</p>',
        ),
        day(2024, 3, 5),
    ),
    # --- a forum's "last post" header above the first post ---
    probe(
        "sv_forum_senaste_inlagg_header",
        "https://www.lasarforum.example.se/t/ny-lasesal-88412",
        shell(
            "sv",
            "Ny läsesal på stadsbiblioteket | Läsarforum",
            '<div class="topic-stats">Senaste inlägg: idag 10:12 · 14 svar</div>'
            '<div class="post" id="p1"><p class="author">Lena_K » 5 mars 2024 09:40</p>'
            f'<div class="content">{prose("sv")}</div></div>'
            '<div class="post" id="p2"><p class="author">Ola » idag 10:12</p>'
            '<div class="content">+1</div></div>',
        ),
        at(2024, 3, 5, 9, 40),
    ),
    # --- a timetable notice: "valid from" ---
    probe(
        "de_fahrplan_gueltig_ab_veroeffentlicht",
        "https://www.stadtwerke-tal.example.de/aktuelles/fahrplanwechsel",
        page(
            "de",
            "Neuer Fahrplan gültig ab 01.04.2024 | Stadtwerke Tal",
            '<p class="meta">Veröffentlicht: 05.03.2024</p>',
        ),
        day(2024, 3, 5),
    ),
    probe(
        "ja_kaisai_bi_shimekiri_keisai",
        "https://www.city-minami.example.jp/event/dokusho-88412.html",
        shell(
            "ja",
            "読書会のお知らせ | みなみ市",
            '<dl class="event"><dt>開催日</dt><dd>2024年4月20日（土曜日）</dd>'
            "<dt>申込締切</dt><dd>2024年4月10日</dd></dl>"
            f"{prose('ja')}"
            '<p class="update">掲載日：2024年3月5日</p>',
        ),
        day(2024, 3, 5),
    ),
]

FIELDS = ("published", "modified")

# The blind run (before any fix, on 22d3851b), 36 pages, 41 judged values: newsextract 33/41
# (34/41 on the day alone), trafilatura 25/41, htmldate 22/41 (both on the day alone). Missed
# by newsextract: a shop's "offer ends" and "actie geldig t/m" day read as its date, a URL's
# reference number "2024-0117" read as a day (and past it, the tender's bids' closing day
# "Date limite de remise des offres"), an event's day in the URL beating "Posted 5
# March 2024", a call for papers' "Submission deadline" read over its "Last updated" line, a
# Polish "Dodano:" line read as a data label (its time lost). After the fixes (the words in
# the language files' deadlines and published lists; one separator throughout a URL's day;
# a URL's day after the labelled publication day is the event's): 40/41.
# Wave 72d: the shop's release day (21 March) and offer's end (17 March) are after the fetch
# (14 March), and no day after the fetch is a publication's: 41/41.
_OPEN: dict[tuple[str, str], str] = {}


test_blind_date_probe_71d = fetched_field_test(PROBES, FIELDS, _OPEN)


if __name__ == "__main__":  # pragma: no cover
    report_date_probes(PROBES, FIELDS)
