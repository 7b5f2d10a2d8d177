"""A sixth blind probe of publication dates (issue 12), written before reading the date code,
on news pages where the day is easy to get wrong, in traps the first five probes lack: a
machine time near midnight in UTC beside the page's own zone (the page's day is the one its
zone gives: 23:30 UTC is the next morning in Tokyo), a syndicated story ("originally
published on X on <day>"), a correction or update note with its own day above the story, a
print edition's day beside the online one, a story whose first lines name other days ("On
Monday, 4 March..."), related-story lists with dates placed before the article, live pages
with dated entries, a relative stamp ("hace 3 horas", "3時間前") with a machine time
elsewhere on the page, a date in the ``<title>`` or the headline, and a JSON-LD
``datePublished`` that is the site template's (years older than the visible day, or the same
on the page's related items), in 22 languages and 9 scripts. (Other calendars are in the
second to fifth probes; two here stand near midnight.) A day alone is judged on its day, a
time as written with its zone (naive when the page gives none; a day alone where the
visible time writes no zone and only a machine time elsewhere gives it); ``...`` is not
judged.
``python -m tests.metadata.test_blind_date_probes_6`` prints newsextract's (on the day and the
time, and on the day alone), trafilatura's and htmldate's hits (on the day alone: they give no
time). Every site, name and text here is invented."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

from tests.metadata.language_probes.kit import fetched_field_test, report_date_probes
from tests.metadata.test_blind_date_probes_2 import TEXTS


def _zone(hours: float) -> timezone:
    return timezone(timedelta(hours=hours))


JST = KST = _zone(9)
AEDT, EST, BRT, CST, IST = _zone(11), _zone(-5), _zone(-3), _zone(8), _zone(5.5)
MSK, EET, CET, WIB, ICT = _zone(3), _zone(2), _zone(1), _zone(7), _zone(7)
IRST, IL, AST = _zone(3.5), _zone(2), _zone(3)

# The crawler's fetch time: every probe is given it, the relative ones are read against it.
FETCHED = datetime(2024, 3, 14, 13, 0, tzinfo=UTC)

_RTL = {"ar", "fa", "he"}


def prose(lang: str) -> str:
    """The story's prose: the language's sentence, in two paragraphs."""
    sentence = TEXTS[lang]
    return f"<p>{sentence} {sentence}</p><p>{sentence}</p>"


def ld(**fields: Any) -> str:
    """A JSON-LD block (a NewsArticle unless ``@type`` says otherwise)."""
    data = {"@context": "https://schema.org", "@type": "NewsArticle", **fields}
    return f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>'


def og(prop: str, content: str) -> str:
    """A ``<meta property>`` tag."""
    return f'<meta property="{prop}" content="{content}">'


def news(
    lang: str,
    title: str,
    h1: str,
    line: str,
    *,
    head: str = "",
    before: str = "",
    above: str = "",
    opening: str = "",
    below: str = "",
    aside: str = "",
    line_last: bool = False,
) -> str:
    """A news page: ``head`` in ``<head>``, ``before`` ahead of ``<main>``, then the story:
    ``above`` (over the headline), the headline, its date ``line`` (or at the story's end when
    ``line_last``), ``opening`` paragraphs, the prose, ``below``; ``aside`` after it."""
    direction = ' dir="rtl"' if lang in _RTL else ""
    site = title.split("|")[-1].strip()
    top, bottom = ("", line) if line_last else (line, "")
    return (
        f'<!DOCTYPE html><html lang="{lang}"{direction}><head><meta charset="utf-8">'
        f'<title>{title}</title>{head}</head><body><header><a class="logo" href="/">{site}'
        '</a><nav><a href="/news">1</a> <a href="/sport">2</a></nav></header>'
        f'{before}<main><article class="story">{above}<h1 class="headline">{h1}</h1>{top}'
        f'<div class="story-body">{opening}{prose(lang)}{below}</div>{bottom}</article></main>'
        f"{aside}<footer>© {site}</footer></body></html>"
    )


def related(label: str, items: list[tuple[str, str]], css: str = "related") -> str:
    """A list of other stories, each ``(title, date)``."""
    cells = "".join(
        f'<li><a href="/story/{n}">{t}</a> <span class="date">{d}</span></li>'
        for n, (t, d) in enumerate(items)
    )
    return f'<section class="{css}"><h2>{label}</h2><ul>{cells}</ul></section>'


def entries(items: list[tuple[str, str, str]]) -> str:
    """A live page's entries, newest first: each ``(machine time, shown time, words)``."""
    return "".join(
        f'<div class="live-entry"><time datetime="{m}">{shown}</time><p>{words}</p></div>'
        for m, shown, words in items
    )


def day(year: int, month: int, d: int) -> datetime:
    """A day alone: judged on its day."""
    return datetime(year, month, d)


def at(*parts: int, tz: timezone | None = None) -> datetime:
    """A time as the page writes it, in its zone (none when the page gives none)."""
    return datetime(*parts, tzinfo=tz)  # type: ignore[misc]


def probe(name: str, url: str, html: str, published: Any, modified: Any = ...) -> tuple[Any, ...]:
    """A probe's record: name, url, html, fetch time, published, modified."""
    return (name, url, html, FETCHED, published, modified)


PROBES: list[tuple[Any, ...]] = [
    # --- a machine time in UTC near midnight, the page's own zone a day further on ---
    probe(
        "ja_utc_meta_next_morning_in_tokyo",
        "https://www.minato-shimbun.example.jp/articles/20240312/k001.html",
        news(
            "ja",
            "図書館に新しい閲覧室 | みなと新聞",
            "図書館に新しい閲覧室",
            '<p class="date">2024年3月12日 8時30分</p>',
            head=og("article:published_time", "2024-03-11T23:30:00Z"),
        ),
        day(2024, 3, 12),
    ),
    probe(
        "ko_jsonld_utc_after_midnight_kst",
        "https://www.hangang-ilbo.example.kr/news/articleView.html?idxno=88412",
        news(
            "ko",
            "도서관 새 열람실 개관 - 한강일보",
            "도서관 새 열람실 개관",
            '<div class="info-text"><ul><li>입력 2024.03.05 00:10</li></ul></div>',
            head=ld(headline="도서관 새 열람실 개관", datePublished="2024-03-04T15:10:00Z"),
        ),
        day(2024, 3, 5),
    ),
    probe(
        "en_au_aedt_early_morning",
        "https://www.coastalecho.example.com.au/story/8123456/library-reading-room/",
        news(
            "en",
            "Library opens reading room | The Coastal Echo",
            "Library opens its new reading room",
            '<div class="byline">By Kate Lyons · <time datetime="2024-03-06T14:45:00+00:00">'
            "March 7 2024 - 1:45am AEDT</time></div>",
        ),
        at(2024, 3, 7, 1, 45, tz=AEDT),
    ),
    probe(
        "en_us_est_late_evening_utc_next_day",
        "https://www.rivercountytimes.example.com/news/local/library-reading-room",
        news(
            "en",
            "Library opens reading room | River County Times",
            "Library unveils a new reading room",
            '<p class="timestamp"><time datetime="2024-03-08T03:20:00Z">March 7, 2024 at '
            "10:20 p.m. EST</time></p>",
            head=og("article:published_time", "2024-03-08T03:20:00Z"),
        ),
        at(2024, 3, 7, 22, 20, tz=EST),
    ),
    probe(
        "pt_br_22h_brasilia_utc_next_day",
        "https://www.folhadovale.example.com.br/cidades/2024/03/biblioteca-nova-sala.html",
        news(
            "pt",
            "Biblioteca abre nova sala | Folha do Vale",
            "Biblioteca abre nova sala de leitura",
            '<div class="data-publicacao">Publicado em 09/03/2024 - 22h40 (horário de '
            "Brasília)</div>",
            head=og("article:published_time", "2024-03-10T01:40:00.000Z"),
        ),
        at(2024, 3, 9, 22, 40, tz=BRT),
    ),
    probe(
        "zh_beijing_after_midnight_meta_utc",
        "https://news.jiangbei-ribao.example.cn/2024-03/13/c_1130.htm",
        news(
            "zh",
            "图书馆新阅览室开放_江北日报",
            "图书馆新阅览室开放",
            '<div class="info"><span class="time">2024-03-13 01:05</span> 来源：江北日报</div>',
            head=og("article:published_time", "2024-03-12T17:05:00.000Z"),
        ),
        day(2024, 3, 13),
    ),
    probe(
        "hi_ist_half_past_midnight",
        "https://www.nagarvarta.example.in/city/library-reading-room-12345.html",
        news(
            "hi",
            "पुस्तकालय में नया वाचनालय | नगर वार्ता",
            "पुस्तकालय में नया वाचनालय खुला",
            '<div class="publish-date">अपडेटेड: 11 मार्च 2024, 12:30 AM IST</div>',
            head=ld(headline="पुस्तकालय में नया वाचनालय खुला", datePublished="2024-03-10T19:00:00Z"),
        ),
        at(2024, 3, 11, 0, 30, tz=IST),
    ),
    probe(
        "ru_moscow_after_midnight_meta_utc",
        "https://www.volzhskie-vesti.example.ru/news/2024/03/06/biblioteka/",
        news(
            "ru",
            "В библиотеке открылся читальный зал | Волжские вести",
            "В библиотеке открылся новый читальный зал",
            '<div class="article__date">6 марта 2024, 00:15</div>',
            head=og("article:published_time", "2024-03-05T21:15:00+00:00"),
        ),
        day(2024, 3, 6),
    ),
    probe(
        "de_only_utc_machine_time_late",
        "https://www.elbtal-kurier.example.de/lokales/bibliothek-lesesaal-a-4411",
        news(
            "de",
            "Bibliothek eröffnet Lesesaal | Elbtal-Kurier",
            "Bibliothek eröffnet neuen Lesesaal",
            '<div class="meta">Von Jana Brehm</div>',
            head=og("article:published_time", "2024-03-04T23:30:00Z"),
        ),
        at(2024, 3, 4, 23, 30, tz=UTC),
    ),
    probe(
        "ar_cairo_after_midnight_time_utc",
        "https://www.alnahar-almasri.example.eg/news/2024/03/08/48811",
        news(
            "ar",
            "افتتاح قاعة مطالعة جديدة | النهار المصري",
            "افتتاح قاعة مطالعة جديدة في المكتبة",
            '<div class="article-date"><time datetime="2024-03-07T22:45:00Z">الجمعة 8 مارس '
            "2024 - 12:45 ص</time></div>",
        ),
        day(2024, 3, 8),
    ),
    probe(
        "fa_tehran_after_midnight_solar_hijri",
        "https://www.khabar-shahr.example.ir/news/551203/",
        news(
            "fa",
            "افتتاح سالن مطالعه تازه | خبر شهر",
            "سالن مطالعه تازه کتابخانه افتتاح شد",
            '<div class="news-date">تاریخ انتشار: ۲۱ اسفند ۱۴۰۲ - ۰۰:۳۰</div>',
            head=og("article:published_time", "2024-03-10T21:00:00Z"),
        ),
        day(2024, 3, 11),
    ),
    probe(
        "th_bangkok_after_midnight_buddhist_year",
        "https://www.khao-muang.example.co.th/news/local/2211",
        news(
            "th",
            "ห้องสมุดเปิดห้องอ่านหนังสือใหม่ | ข่าวเมือง",
            "ห้องสมุดเปิดห้องอ่านหนังสือใหม่",
            '<div class="date">11 มี.ค. 2567 00:30 น.</div>',
            head=og("article:published_time", "2024-03-10T17:30:00Z"),
        ),
        day(2024, 3, 11),
    ),
    # --- syndicated stories: the original outlet's day is not this page's ---
    probe(
        "en_originally_published_on_below",
        "https://www.harbourlight.example.org/2024/02/14/library-reading-room/",
        news(
            "en",
            "Library opens reading room | Harbour Light",
            "Library opens its new reading room",
            '<div class="post-meta">Published February 14, 2024</div>',
            below="<p><em>This story was originally published on The Quay Ledger on "
            "February 2, 2024. It is republished here with permission.</em></p>",
        ),
        day(2024, 2, 14),
    ),
    probe(
        "en_originally_published_on_above",
        "https://www.prairiewire.example.com/republished/library-reading-room",
        news(
            "en",
            "Library opens reading room | Prairie Wire",
            "Library opens its new reading room",
            '<div class="byline">By Tom Ashe, Flatland Post · March 11, 2024</div>',
            above='<p class="syndication">Originally published by the Flatland Post on '
            "March 1, 2024.</p>",
        ),
        day(2024, 3, 11),
    ),
    probe(
        "es_publicado_originalmente_above",
        "https://www.elcantabrico.example.es/sociedad/biblioteca-sala-lectura-20240305.html",
        news(
            "es",
            "La biblioteca estrena sala | El Cantábrico",
            "La biblioteca estrena sala de lectura",
            '<div class="fecha">Publicado: 5 de marzo de 2024</div>',
            opening="<p><i>Este artículo se publicó originalmente en El Faro del Sur el 3 de "
            "marzo de 2024.</i></p>",
        ),
        day(2024, 3, 5),
    ),
    probe(
        "fr_dabord_publie_sur",
        "https://www.echodesvallees.example.fr/societe/la-bibliotheque-ouvre-une-salle",
        news(
            "fr",
            "La bibliothèque ouvre une salle | L'Écho des Vallées",
            "La bibliothèque ouvre une nouvelle salle",
            '<p class="date">Mis en ligne le 1<sup>er</sup> mars 2024 à 09h15</p>',
            opening="<p><em>Cet article a d'abord été publié le 28 février 2024 sur Le "
            "Courrier des Cimes.</em></p>",
        ),
        at(2024, 3, 1, 9, 15),
    ),
    probe(
        "de_erschien_zuerst_above_headline",
        "https://www.talbote.example.de/kultur/neuer-lesesaal-12345.html",
        news(
            "de",
            "Neuer Lesesaal | Talbote",
            "Die Bibliothek hat einen neuen Lesesaal",
            '<div class="article-date">Veröffentlicht am 22.02.2024, 11:30 Uhr</div>',
            above='<p class="kicker">Dieser Beitrag erschien zuerst am 19. Februar 2024 in der '
            "Bergpost.</p>",
        ),
        at(2024, 2, 22, 11, 30),
    ),
    # --- a correction or update note with its own day above the story ---
    probe(
        "en_correction_note_above_byline",
        "https://www.lakesidepress.example.com/2024/03/07/library-reading-room",
        news(
            "en",
            "Library opens reading room | Lakeside Press",
            "Library opens a new reading room",
            '<div class="byline">By Anna Reyes | March 7, 2024</div>',
            above='<div class="correction"><strong>Correction, March 9, 2024:</strong> An '
            "earlier version of this article misstated the room's floor.</div>",
        ),
        day(2024, 3, 7),
    ),
    probe(
        "it_aggiornamento_above_pubblicato",
        "https://www.gazzettadellago.example.it/cronaca/2024/03/10/biblioteca-sala",
        news(
            "it",
            "La biblioteca apre una sala | Gazzetta del Lago",
            "La biblioteca apre una nuova sala di lettura",
            '<div class="dates"><p class="upd">Aggiornato il 12 marzo 2024 alle 18:00</p>'
            '<p class="pub">Pubblicato il 10 marzo 2024 alle 08:45</p></div>',
        ),
        at(2024, 3, 10, 8, 45),
        at(2024, 3, 12, 18, 0),
    ),
    probe(
        "nl_update_paragraph_first",
        "https://www.dewaterbode.example.nl/regio/bibliotheek-leeszaal~a4411/",
        news(
            "nl",
            "Bibliotheek opent leeszaal | De Waterbode",
            "Bibliotheek opent nieuwe leeszaal",
            '<div class="article-meta">4 maart 2024, 14:02</div>',
            opening="<p><strong>Update 6 maart 2024:</strong> de gemeente heeft de "
            "openingstijden inmiddels aangepast.</p>",
        ),
        at(2024, 3, 4, 14, 2),
    ),
    probe(
        "pl_sprostowanie_above",
        "https://www.kurierznadwisly.example.pl/wiadomosci/biblioteka-czytelnia/ar/c1-1234",
        news(
            "pl",
            "Biblioteka otwiera czytelnię | Kurier znad Wisły",
            "Biblioteka otwiera nową czytelnię",
            '<div class="publish">Opublikowano: 08.03.2024, 16:20</div>',
            above='<div class="note">Sprostowanie (11.03.2024): w pierwszej wersji tekstu '
            "podaliśmy błędne godziny otwarcia.</div>",
        ),
        at(2024, 3, 8, 16, 20),
    ),
    probe(
        "sv_rattelse_line_before_publicerad",
        "https://www.norrlandsbladet.example.se/nyheter/biblioteket-oppnar-lasesal",
        news(
            "sv",
            "Biblioteket öppnar läsesal | Norrlandsbladet",
            "Biblioteket öppnar en ny läsesal",
            '<div class="meta"><p>Rättelse 2024-03-13: en tidigare version angav fel '
            "våning.</p><p>Publicerad 2024-03-12 07:45</p></div>",
        ),
        at(2024, 3, 12, 7, 45),
    ),
    probe(
        "tr_guncelleme_above_yayinlanma",
        "https://www.egeninsesi.example.com.tr/yasam/kutuphane-okuma-salonu-1234",
        news(
            "tr",
            "Kütüphaneye yeni okuma salonu | Ege'nin Sesi",
            "Kütüphaneye yeni okuma salonu",
            '<div class="dates"><span>Güncelleme: 13.03.2024 - 10:05</span> '
            "<span>Yayınlanma: 07.03.2024 - 09:40</span></div>",
        ),
        at(2024, 3, 7, 9, 40),
        at(2024, 3, 13, 10, 5),
    ),
    # --- a print edition's day beside the online one ---
    probe(
        "de_printausgabe_and_online_seit",
        "https://www.hafenblatt.example.de/region/bibliothek-lesesaal-id4411.html",
        news(
            "de",
            "Bibliothek mit Lesesaal | Hafenblatt",
            "Bibliothek bekommt einen Lesesaal",
            '<div class="meta"><p>Erschienen in der Printausgabe vom 9. März 2024</p>'
            "<p>Online seit 8. März 2024, 18:05 Uhr</p></div>",
        ),
        at(2024, 3, 8, 18, 5),
    ),
    probe(
        "en_gb_appeared_in_print_below",
        "https://www.theshireobserver.example.co.uk/news/library-reading-room",
        news(
            "en",
            "Library opens reading room | The Shire Observer",
            "Library opens a reading room",
            '<div class="byline">Published online 9 March 2024 20:00 GMT</div>',
            below='<p class="print">This article appeared in print on 10 March 2024, page 12, '
            "under the headline 'Room to read'.</p>",
        ),
        at(2024, 3, 9, 20, 0, tz=UTC),
    ),
    probe(
        "fr_paru_dans_edition_above",
        "https://www.laliberteduvar.example.fr/var/bibliotheque-salle-lecture",
        news(
            "fr",
            "Une salle de lecture | La Liberté du Var",
            "Une salle de lecture à la bibliothèque",
            '<p class="pubdate">Publié le 4 mars 2024 à 17h30</p>',
            above='<p class="edition">Article paru dans l\'édition du 5 mars 2024</p>',
        ),
        at(2024, 3, 4, 17, 30),
    ),
    probe(
        "ja_morning_edition_line_above",
        "https://www.kitaguni-nippo.example.jp/news/articles/20240305-ok123.html",
        news(
            "ja",
            "図書館に閲覧室 | 北国日報",
            "図書館に閲覧室が完成",
            '<div class="meta"><p class="paper">2024年3月6日付 朝刊</p>'
            '<p class="date">2024年3月5日 19時00分</p></div>',
        ),
        at(2024, 3, 5, 19, 0),
    ),
    # --- the story's first lines name other days ---
    probe(
        "en_first_lines_monday_date_line_last",
        "https://www.valleystar.example.com/local/library-vote",
        news(
            "en",
            "Council backs library room | Valley Star",
            "Council backs the library's reading room",
            '<p class="posted">Posted Thursday 7 March 2024</p>',
            opening="<p>On Monday, 4 March, the council voted to fund the room; work began on "
            "Friday 1 March and ends on 29 March.</p>",
            line_last=True,
        ),
        day(2024, 3, 7),
    ),
    probe(
        "es_el_pasado_lunes_dateline_last",
        "https://www.diariodelameseta.example.es/local/biblioteca-lunes",
        news(
            "es",
            "La biblioteca, el lunes | Diario de la Meseta",
            "El pleno aprueba la sala de lectura",
            '<p class="firma">Redacción · Valladolid, 8 de marzo de 2024</p>',
            opening="<p>El pasado lunes 4 de marzo el pleno aprobó la obra, que empezará el "
            "15 de abril de 2024.</p>",
            line_last=True,
        ),
        day(2024, 3, 8),
    ),
    probe(
        "ru_v_ponedelnik_date_under_title",
        "https://www.uralskaya-nedelya.example.ru/society/2024/biblioteka",
        news(
            "ru",
            "Читальный зал одобрен | Уральская неделя",
            "Депутаты одобрили новый читальный зал",
            '<div class="date">07.03.2024 10:15</div>',
            opening="<p>В понедельник, 4 марта, депутаты одобрили проект; открытие "
            "намечено на 1 апреля 2024 года.</p>",
        ),
        at(2024, 3, 7, 10, 15),
    ),
    probe(
        "tr_pazartesi_gunu_date_at_end",
        "https://www.karadenizhaber.example.com.tr/gundem/kutuphane-karari",
        news(
            "tr",
            "Kütüphane kararı | Karadeniz Haber",
            "Mecliste kütüphane kararı",
            '<div class="tarih">Yayınlanma: 07.03.2024 - 09:40</div>',
            opening="<p>Belediye meclisi 4 Mart 2024 Pazartesi günü toplandı ve okuma "
            "salonunu onayladı.</p>",
            line_last=True,
        ),
        at(2024, 3, 7, 9, 40),
    ),
    probe(
        "id_pada_senin_wib",
        "https://www.kabarkota.example.co.id/read/2024/03/07/101200/ruang-baca-baru",
        news(
            "id",
            "Ruang baca baru | Kabar Kota",
            "DPRD setujui ruang baca baru perpustakaan",
            '<div class="date">Kamis, 07 Mar 2024 10:12 WIB</div>',
            opening="<p>Pada Senin (4/3/2024), DPRD menyetujui anggaran ruang baca itu.</p>",
        ),
        at(2024, 3, 7, 10, 12, tz=WIB),
    ),
    probe(
        "pl_w_poniedzialek_date_after",
        "https://www.glosmazur.example.pl/region/czytelnia-uchwala",
        news(
            "pl",
            "Uchwała o czytelni | Głos Mazur",
            "Radni przyjęli uchwałę o czytelni",
            '<p class="data">Dodano: 7 marca 2024</p>',
            opening="<p>W poniedziałek, 4 marca 2024 r., radni przyjęli uchwałę; prace "
            "ruszą 2 kwietnia.</p>",
            line_last=True,
        ),
        day(2024, 3, 7),
    ),
    # --- related-story lists with dates placed before the article ---
    probe(
        "en_related_rail_before_article",
        "https://www.metrodispatch.example.com/city/library-reading-room-2024",
        news(
            "en",
            "Library opens reading room | Metro Dispatch",
            "Library opens a new reading room",
            '<div class="article-info"><span class="published">Feb 20, 2024</span></div>',
            before=related(
                "Latest",
                [("Bridge reopens", "Mar 10, 2024"), ("Market moves", "Mar 9, 2024")],
                css="latest-rail",
            ),
        ),
        day(2024, 2, 20),
    ),
    probe(
        "vi_tin_lien_quan_before_article",
        "https://www.baothanhpho.example.vn/xa-hoi/thu-vien-phong-doc-moi-post4411.html",
        news(
            "vi",
            "Thư viện mở phòng đọc mới | Báo Thành Phố",
            "Thư viện mở phòng đọc mới",
            '<div class="date-time">Thứ ba, 20/2/2024, 08:15 (GMT+7)</div>',
            before=related(
                "Tin mới",
                [("Cầu mới thông xe", "10/03/2024 09:00"), ("Chợ đêm", "09/03/2024 21:10")],
            ),
        ),
        at(2024, 2, 20, 8, 15, tz=ICT),
    ),
    probe(
        "uk_chytaite_takozh_before",
        "https://www.dniprovi-visti.example.ua/news/2024/02/20/biblioteka/",
        news(
            "uk",
            "Бібліотека відкрила читальну залу | Дніпрові вісті",
            "Бібліотека відкрила нову читальну залу",
            '<div class="post-date">20 лютого 2024, 14:30</div>',
            before=related(
                "Читайте також",
                [("Міст відкрили", "10 березня 2024, 09:00"), ("Ярмарок", "9 березня 2024")],
            ),
        ),
        at(2024, 2, 20, 14, 30),
    ),
    probe(
        "th_related_buddhist_year_before",
        "https://www.siam-wan-nee.example.co.th/local/news-8812",
        news(
            "th",
            "ห้องสมุดเปิดห้องอ่าน | สยามวันนี้",
            "ห้องสมุดเปิดห้องอ่านหนังสือใหม่",
            '<div class="post-date">20 ก.พ. 2567 09:30 น.</div>',
            before=related(
                "ข่าวที่เกี่ยวข้อง",
                [("สะพานเปิดใช้", "10 มี.ค. 2567"), ("ตลาดนัด", "9 มี.ค. 2567")],
            ),
        ),
        at(2024, 2, 20, 9, 30),
    ),
    probe(
        "ko_related_with_times_before",
        "https://www.busan-maeil.example.kr/news/view.php?no=20240220",
        news(
            "ko",
            "도서관 열람실 개관 | 부산매일",
            "도서관 열람실 새로 문 열어",
            '<div class="byline">기사입력 2024-02-20 11:02</div>',
            before=related(
                "많이 본 뉴스",
                [("다리 개통", "2024-03-10 09:00"), ("야시장", "2024-03-09 21:10")],
            ),
        ),
        at(2024, 2, 20, 11, 2),
    ),
    # --- live pages with dated entries ---
    probe(
        "en_live_first_published_last_updated",
        "https://www.northernbroadcast.example.co.uk/news/live/storm-updates",
        news(
            "en",
            "Live: storm updates | Northern Broadcast",
            "Live: storm closes roads across the valley",
            '<div class="live-meta">First published 9 March 2024 06:02 GMT; last updated '
            "10 March 2024 11:40 GMT</div>",
            below=entries(
                [
                    ("2024-03-10T11:40:00Z", "10 March 11:40", "Roads reopen in the north."),
                    ("2024-03-10T08:15:00Z", "10 March 08:15", "Ferries stay in port."),
                    ("2024-03-09T06:02:00Z", "9 March 06:02", "Warnings in force."),
                ]
            ),
        ),
        at(2024, 3, 9, 6, 2, tz=UTC),
        at(2024, 3, 10, 11, 40, tz=UTC),
    ),
    probe(
        "de_liveticker_meta_start_entries_later",
        "https://www.rheinblick.example.de/ticker/sturm-liveticker-a-1234",
        news(
            "de",
            "Sturm im Liveticker | Rheinblick",
            "Sturm: Der Liveticker",
            '<div class="ticker-status">Liveticker · zuletzt aktualisiert 10.03.2024, '
            "21:10 Uhr</div>",
            head=og("article:published_time", "2024-03-09T07:00:00+01:00"),
            below=entries(
                [
                    ("2024-03-10T21:10:00+01:00", "21:10 Uhr", "Der Regen lässt nach."),
                    ("2024-03-10T12:30:00+01:00", "12:30 Uhr", "Die Fähren fahren wieder."),
                    ("2024-03-09T07:00:00+01:00", "Sa., 07:00 Uhr", "Warnung ausgegeben."),
                ]
            ),
        ),
        at(2024, 3, 9, 7, 0, tz=CET),
    ),
    probe(
        "es_en_directo_jsonld_liveblog",
        "https://www.lavozdelsur.example.es/directo/temporal-en-directo",
        news(
            "es",
            "Temporal, en directo | La Voz del Sur",
            "Temporal, en directo: última hora",
            '<div class="directo">EN DIRECTO · Actualizado 10/03/2024 - 20:45</div>',
            head=ld(
                **{"@type": "LiveBlogPosting"},
                headline="Temporal, en directo",
                datePublished="2024-03-09T08:00:00+01:00",
                dateModified="2024-03-10T20:45:00+01:00",
                coverageStartTime="2024-03-09T08:00:00+01:00",
            ),
            below=entries(
                [
                    ("2024-03-10T20:45:00+01:00", "20:45", "Se reabre la carretera."),
                    ("2024-03-10T09:30:00+01:00", "09:30", "Suspendidas las clases."),
                ]
            ),
        ),
        at(2024, 3, 9, 8, 0, tz=CET),
        at(2024, 3, 10, 20, 45, tz=CET),
    ),
    probe(
        "pt_ao_vivo_started_line_last",
        "https://www.jornaldoplanalto.example.com.br/ao-vivo/chuvas",
        news(
            "pt",
            "Chuvas ao vivo | Jornal do Planalto",
            "AO VIVO: chuvas fecham estradas",
            '<p class="inicio">Cobertura iniciada em 09/03/2024 às 07h00</p>',
            opening=entries(
                [
                    ("2024-03-10T18:20:00-03:00", "10/03 18h20", "Estrada reaberta."),
                    ("2024-03-10T09:00:00-03:00", "10/03 09h00", "Aulas suspensas."),
                ]
            ),
            line_last=True,
        ),
        day(2024, 3, 9),
    ),
    # --- a relative stamp, the machine time elsewhere on the page ---
    probe(
        "es_hace_horas_jsonld_exact",
        "https://www.noticiasdelrio.example.com.ar/sociedad/biblioteca-sala-nueva",
        news(
            "es",
            "La biblioteca estrena sala | Noticias del Río",
            "La biblioteca estrena una sala nueva",
            '<div class="fecha">hace 3 horas</div>',
            head=ld(
                headline="La biblioteca estrena una sala nueva",
                datePublished="2024-03-14T06:12:00-03:00",
            ),
        ),
        at(2024, 3, 14, 6, 12, tz=BRT),
    ),
    probe(
        "ja_jikan_mae_meta_exact",
        "https://news.hokuto-times.example.jp/article/20240314-a1",
        news(
            "ja",
            "図書館に閲覧室 | 北斗タイムス",
            "図書館に新しい閲覧室",
            '<span class="relative">3時間前</span>',
            head=og("article:published_time", "2024-03-14T18:55:00+09:00"),
        ),
        at(2024, 3, 14, 18, 55, tz=JST),
    ),
    probe(
        "zh_tw_xiaoshi_qian_jsonld",
        "https://www.taoyuan-daily.example.tw/news/local/20240314-88",
        news(
            "zh-TW",
            "圖書館新閱覽室 | 桃園日報",
            "圖書館新閱覽室啟用",
            '<div class="time">1 小時前</div>',
            head=ld(headline="圖書館新閱覽室啟用", datePublished="2024-03-14T19:20:00+08:00"),
        ),
        at(2024, 3, 14, 19, 20, tz=CST),
    ),
    probe(
        "ar_mundhu_saat_meta",
        "https://www.sada-alkhaleej.example.com/local/2024/library-hall",
        news(
            "ar",
            "قاعة مطالعة جديدة | صدى الخليج",
            "قاعة مطالعة جديدة في المكتبة العامة",
            '<div class="time">منذ 5 ساعات</div>',
            head=og("article:published_time", "2024-03-14T10:05:00+03:00"),
        ),
        at(2024, 3, 14, 10, 5, tz=AST),
    ),
    probe(
        "hi_ghante_pehle_jsonld",
        "https://www.rajdhani-khabar.example.in/local/library-room-8812",
        news(
            "hi",
            "पुस्तकालय में वाचनालय | राजधानी खबर",
            "पुस्तकालय में नया वाचनालय",
            '<div class="ago">2 घंटे पहले</div>',
            head=ld(headline="पुस्तकालय में नया वाचनालय", datePublished="2024-03-14T16:00:00+05:30"),
        ),
        at(2024, 3, 14, 16, 0, tz=IST),
    ),
    probe(
        "ko_eoje_with_time_datetime_in_footer",
        "https://www.dongbu-sinmun.example.kr/news/20240313-5512",
        news(
            "ko",
            "도서관 열람실 | 동부신문",
            "도서관 열람실 문 열어",
            '<div class="info">어제</div>',
            below='<p class="article-foot">입력 <time datetime="2024-03-13T17:40:00+09:00">'
            "2024.03.13 17:40</time></p>",
        ),
        at(2024, 3, 13, 17, 40, tz=KST),
    ),
    # --- a date in the <title> or the headline ---
    probe(
        "en_title_names_an_older_vote_day",
        "https://www.civicwire.example.com/politics/budget-vote-what-changed",
        news(
            "en",
            "Budget vote of 2 February 2024: what changed | Civic Wire",
            "Budget vote of 2 February 2024: what changed",
            '<div class="byline">By Lena Shaw · Published 5 March 2024</div>',
        ),
        day(2024, 3, 5),
    ),
    probe(
        "fr_headline_names_election_day",
        "https://www.leveilduvalais.example.ch/politique/elections-du-10-mars-resultats",
        news(
            "fr",
            "Élections du 10 mars : les résultats | L'Éveil",
            "Élections du 10 mars 2024 : les résultats commune par commune",
            '<p class="date">Publié le 11 mars 2024 à 06h00</p>',
        ),
        at(2024, 3, 11, 6, 0),
    ),
    probe(
        "zh_headline_new_years_eve_review",
        "https://www.haixia-wanbao.example.cn/culture/2024-01/02/c_88.htm",
        news(
            "zh",
            "2023年12月31日跨年夜回顾_海峡晚报",
            "2023年12月31日跨年夜回顾",
            '<div class="info">发布时间：2024-01-02 09:30</div>',
        ),
        at(2024, 1, 2, 9, 30),
    ),
    probe(
        "he_headline_names_election_day",
        "https://www.yedioth-hagalil.example.co.il/news/article/88412",
        news(
            "he",
            "הבחירות של 27 בפברואר: הניתוח | ידיעות הגליל",
            "הבחירות של 27 בפברואר 2024: הניתוח",
            '<div class="date">פורסם: 29.02.24, 08:15</div>',
        ),
        at(2024, 2, 29, 8, 15),
    ),
    probe(
        "ko_title_bracket_event_day",
        "https://www.seoul-gyeongje.example.kr/news/202403020901",
        news(
            "ko",
            "[3월 1일] 삼일절 기념식 현장 | 서울경제일보",
            "3월 1일 삼일절 기념식 현장",
            '<div class="date">승인 2024.03.02 10:00</div>',
        ),
        at(2024, 3, 2, 10, 0),
    ),
    # --- a JSON-LD datePublished that is the site template's ---
    probe(
        "en_jsonld_template_year_older",
        "https://www.townandcountry-news.example.com/local/library-reading-room",
        news(
            "en",
            "Library opens reading room | Town & Country News",
            "Library opens a new reading room",
            '<div class="meta"><span class="date">March 11, 2024</span></div>',
            head=ld(headline="Town & Country News", datePublished="2023-01-10T00:00:00Z"),
        ),
        day(2024, 3, 11),
    ),
    probe(
        "es_jsonld_same_day_on_related_items",
        "https://www.heraldodelvalle.example.es/local/biblioteca-nueva-sala",
        news(
            "es",
            "Nueva sala en la biblioteca | Heraldo del Valle",
            "Nueva sala de lectura en la biblioteca",
            '<div class="fecha">11 de marzo de 2024</div>',
            head=ld(
                **{"@type": "ItemList"},
                itemListElement=[
                    {
                        "@type": "NewsArticle",
                        "headline": f"Noticia {n}",
                        "url": f"https://www.heraldodelvalle.example.es/local/n{n}",
                        "datePublished": "2022-06-01T00:00:00+02:00",
                    }
                    for n in range(4)
                ],
            )
            + ld(headline="Heraldo del Valle", datePublished="2022-06-01T00:00:00+02:00"),
        ),
        day(2024, 3, 11),
    ),
    probe(
        "pt_jsonld_webpage_launch_day",
        "https://www.gazetadoserrado.example.com.br/cidade/biblioteca-sala",
        news(
            "pt",
            "Biblioteca ganha sala | Gazeta do Serrado",
            "Biblioteca ganha sala de leitura",
            '<div class="data">Publicado em 12/03/2024 às 14h20</div>',
            head=ld(**{"@type": "WebPage"}, name="Gazeta do Serrado", datePublished="2021-09-14"),
        ),
        at(2024, 3, 12, 14, 20),
    ),
    probe(
        "de_jsonld_template_older_visible_dotted",
        "https://www.moselzeitung.example.de/lokales/bibliothek-lesesaal",
        news(
            "de",
            "Bibliothek mit neuem Lesesaal | Moselzeitung",
            "Bibliothek mit neuem Lesesaal",
            '<div class="date">12.03.2024</div>',
            head=ld(headline="Moselzeitung", datePublished="2019-05-02T10:00:00+02:00"),
        ),
        day(2024, 3, 12),
    ),
]

FIELDS = ("published", "modified")

# The blind run (before any fix): newsextract 53/61 on the day and the time (54/61 on the
# day alone), trafilatura 34/61 and htmldate 36/61 on the day alone. After the fixes (the
# files' print edition labels, before the day and, in Japanese, after it; a JSON-LD stamp
# the related items carry too, or a bare or labelled day a year and more after the only
# stamps, JSON-LD's, is the template's; a UTC stamp at the offset of the update line's same
# instant): 59/61; two left open.
_OPEN: dict[tuple[str, str], str] = {
    ("pt_ao_vivo_started_line_last", "published"): "a live page's first entry's "
    "<time datetime> outweighs its coverage start line at its end, which names no "
    "publication: telling a live page's entries from its own stamp needs a live page's kind",
    ("de_jsonld_template_older_visible_dotted", "published"): "a single JSON-LD stamp with "
    "its time and offset leaves the written date unread (dateparser's cost): its day, five "
    "years before the date line's, is never compared",
}


test_blind_date_probe_6 = fetched_field_test(PROBES, FIELDS, _OPEN)


if __name__ == "__main__":  # pragma: no cover
    report_date_probes(PROBES, FIELDS)
