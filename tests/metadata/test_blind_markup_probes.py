"""A blind metadata probe of vocabularies (issue 12): pages written without reading the
code, each giving its metadata in a vocabulary real sites use other than OpenGraph and a
JSON-LD NewsArticle: Dublin Core and ``dcterms`` metas, Highwire ``citation_*`` metas,
Parse.ly's and Sailthru's metas, ``article:*`` metas with odd values (epoch seconds, a
space for the ``T``, RFC 2822, a bare day with a separate time), microdata and RDFa alone,
a JSON-LD ``@graph`` linked by ``@id``, several Articles in one graph, names given as an
array or as a "By … and …" string, the Thai Buddhist, Solar Hijri and Japanese era
calendars, microformats, the old ``date``/``pubdate``/``last-modified`` metas; and
must-nots: a reviewed item's or an event's dates, a copyright year, an editor and a
reviewer. An editor or reviewer is not an author: a reader calls the writer the author, a
page credits its editor and reviewer under their roles ("Medically reviewed by …"), and a
citation of the page lists only the writer.
A time the page gives without an offset is judged as given (no offset); a date alone on
its day. ``python -m tests.metadata.test_blind_markup_probes`` prints newsextract's and
trafilatura's hits. Every site, name and text here is invented."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import pytest
from tests.metadata.language_probes.kit import field_cases, matches, report_hits
from tests.metadata.title_pages import ld, paragraphs

import newsextract

CET = timezone(timedelta(hours=1))
CEST = timezone(timedelta(hours=2))
EST = timezone(timedelta(hours=-5))
EDT = timezone(timedelta(hours=-4))
PDT = timezone(timedelta(hours=-7))
JST = timezone(timedelta(hours=9))

# One text per language: the town library's longer opening hours.
TEXTS = {
    "en": "The town library will stay open until nine in the evening from next month, after "
    "readers asked for more time to study after work.",
    "de": "Die Stadtbibliothek bleibt ab dem nächsten Monat bis neun Uhr abends geöffnet, "
    "nachdem Leser mehr Zeit zum Lernen nach der Arbeit gewünscht hatten.",
    "es": "La biblioteca municipal abrirá hasta las nueve de la noche a partir del mes que "
    "viene, después de que los lectores pidieran más tiempo para estudiar.",
    "cs": "Městská knihovna bude od příštího měsíce otevřena až do devíti večer, protože "
    "čtenáři žádali více času na studium po práci.",
    "fr": "La médiathèque municipale restera ouverte jusqu'à vingt et une heures dès le mois "
    "prochain, les lecteurs ayant demandé plus de temps pour étudier.",
    "th": "ห้องสมุดประจำเมืองจะเปิดถึงสามทุ่มตั้งแต่เดือนหน้า หลังจากผู้อ่านขอเวลาเพิ่มเพื่ออ่านหนังสือหลังเลิกงาน",
    "fa": "کتابخانه شهر از ماه آینده تا ساعت نه شب باز خواهد بود، پس از آنکه خوانندگان "
    "وقت بیشتری برای مطالعه پس از کار خواستند.",
    "ja": "市立図書館は来月から夜九時まで開館する。仕事帰りに勉強する時間がほしいという利用者の"
    "声を受けたもの。",
}


def frame(lang: str | None, title: str, head: str, article: str, *, site: str = "") -> str:
    """A page: ``<html lang>`` (none when ``lang`` is None), a head of ``<title>`` and
    ``head``, a logo and menu, ``article`` in ``<main>``, a footer."""
    attrs = "" if lang is None else f' lang="{lang}"' + (' dir="rtl"' if lang == "fa" else "")
    return (
        f'<html{attrs}><head><meta charset="utf-8"><title>{title}</title>{head}</head><body>'
        f'<header class="site-header"><a class="logo" href="/">{site}</a><nav><ul><li><a '
        'href="/a/">I</a></li><li><a href="/b/">II</a></li></ul></nav></header>'
        f'<main>{article}</main><footer class="site-footer"><p>{site}</p></footer></body></html>'
    )


def plain(lang: str, h1: str, line: str = "") -> str:
    """An article's markup: a headline, a line above the text (``line``) and the text."""
    text = TEXTS[lang]
    return (
        f'<article><h1>{h1}</h1><div class="info">{line}</div>'
        f'<div class="text">{paragraphs(text, text)}</div></article>'
    )


def metas(*pairs: tuple[str, str], attr: str = "name") -> str:
    return "".join(f'<meta {attr}="{k}" content="{v}">' for k, v in pairs)


def graph(*nodes: dict[str, Any]) -> str:
    data = {"@context": "https://schema.org", "@graph": list(nodes)}
    return f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>'


U = "https://stadtbote.example.de/lokales/bibliothek-4471"
GRAPH_URL = "https://townledger.example.com/2024/03/library-hours/"
MULTI_URL = "https://riverpost.example.com/news/library-hours-8812"

# A probe: name, url, html, title, authors, published, modified, publisher, tags, language
# (``...`` not judged).
FIELDS = ("title", "authors", "published", "modified", "publisher", "tags", "language")

PROBES: list[tuple[Any, ...]] = [
    (
        "dc_metas_no_lang_attr",
        U,
        frame(
            None,
            "Bibliothek öffnet länger | Stadtbote",
            metas(
                ("DC.title", "Bibliothek öffnet länger"),
                ("DC.creator", "Lena Brandt"),
                ("DC.creator", "Felix Aumann"),
                ("DC.date.issued", "2024-03-05T10:30:00+01:00"),
                ("DC.date.modified", "2024-03-06T08:15:00+01:00"),
                ("DC.publisher", "Stadtbote"),
                ("DC.language", "de"),
            ),
            plain("de", "Bibliothek öffnet länger"),
            site="Stadtbote",
        ),
        "Bibliothek öffnet länger",
        ("Lena Brandt", "Felix Aumann"),
        datetime(2024, 3, 5, 10, 30, tzinfo=CET),
        datetime(2024, 3, 6, 8, 15, tzinfo=CET),
        "Stadtbote",
        ...,
        "de",
    ),
    (
        "dcterms_repository_record",
        "https://repozitar.example.cz/handle/20.500/7781",
        frame(
            "cs",
            "Otevírací doba knihoven v malých městech | Repozitář",
            metas(
                ("dcterms.title", "Otevírací doba knihoven v malých městech"),
                ("dcterms.creator", "Tereza Holubová"),
                ("dcterms.issued", "2023-11-20"),
                ("dcterms.modified", "2024-01-09"),
                ("dcterms.publisher", "Univerzita Horní Lhota"),
                ("dcterms.subject", "knihovny"),
                ("dcterms.subject", "veřejné služby"),
            ),
            plain("cs", "Otevírací doba knihoven v malých městech"),
            site="Repozitář",
        ),
        "Otevírací doba knihoven v malých městech",
        ("Tereza Holubová",),
        datetime(2023, 11, 20),
        datetime(2024, 1, 9),
        ...,
        ...,
        ...,
    ),
    (
        "highwire_journal_inverted_names",
        "https://journal.example.org/article/view/1203",
        frame(
            "en",
            "Evening Opening and Library Use | Journal of Civic Studies",
            metas(
                ("citation_title", "Evening Opening and Library Use"),
                ("citation_author", "Okafor, Chidi"),
                ("citation_author", "Lindqvist, Maja"),
                ("citation_publication_date", "2022/06/14"),
                ("citation_journal_title", "Journal of Civic Studies"),
                ("citation_publisher", "Civic Press"),
                ("citation_keywords", "libraries; opening hours; adult learning"),
                ("citation_language", "en"),
            ),
            plain("en", "Evening Opening and Library Use"),
            site="Journal of Civic Studies",
        ),
        "Evening Opening and Library Use",
        ("Chidi Okafor", "Maja Lindqvist"),
        datetime(2022, 6, 14),
        ...,
        ...,
        ("libraries", "opening hours", "adult learning"),
        ...,
    ),
    (
        "highwire_year_and_online_date",
        "https://eprints.example.ac.uk/5531/",
        frame(
            "en",
            "Library hours after dark - Eprints",
            metas(
                ("citation_title", "Library hours after dark"),
                ("citation_author", "Priya Raman"),
                ("citation_publication_date", "2020"),
                ("citation_online_date", "2020/02/11"),
            ),
            plain("en", "Library hours after dark"),
            site="Eprints",
        ),
        "Library hours after dark",
        ("Priya Raman",),
        datetime(2020, 2, 11),
        ...,
        ...,
        ...,
        ...,
    ),
    (
        "parsely_metas",
        "https://dailyharbor.example.com/local/library-hours",
        frame(
            "en",
            "Library to stay open until 9 p.m. - Daily Harbor",
            metas(
                ("parsely-title", "Library to stay open until 9 p.m."),
                ("parsely-author", "Dana Whitfield"),
                ("parsely-author", "Marcus Oyelaran"),
                ("parsely-pub-date", "2024-02-29T14:05:00Z"),
                ("parsely-section", "Local"),
                ("parsely-tags", "libraries,town council,education"),
            ),
            plain("en", "Library to stay open until 9 p.m."),
            site="Daily Harbor",
        ),
        "Library to stay open until 9 p.m.",
        ("Dana Whitfield", "Marcus Oyelaran"),
        datetime(2024, 2, 29, 14, 5, tzinfo=UTC),
        ...,
        ...,
        ("libraries", "town council", "education"),
        ...,
    ),
    (
        "parsely_page_json",
        "https://valleyvoice.example.com/2024/01/10/library-hours/",
        frame(
            "en",
            "Valley Voice",
            '<meta name="parsely-page" content=\''
            + json.dumps(
                {
                    "title": "Library hours grow as readers ask",
                    "link": "https://valleyvoice.example.com/2024/01/10/library-hours/",
                    "type": "post",
                    "author": "Ruth Ambrose",
                    "post_id": "8812",
                    "pub_date": "2024-01-10T08:00:00Z",
                    "section": "Community",
                    "tags": ["libraries", "evenings"],
                }
            )
            + "'>",
            plain("en", "Library hours grow as readers ask"),
            site="Valley Voice",
        ),
        "Library hours grow as readers ask",
        ("Ruth Ambrose",),
        datetime(2024, 1, 10, 8, 0, tzinfo=UTC),
        ...,
        ...,
        ...,
        ...,
    ),
    (
        "sailthru_metas",
        "https://metroline.example.com/story/library-hours",
        frame(
            "en",
            "Metro Line | Library extends hours",
            metas(
                ("sailthru.title", "Library extends hours"),
                ("sailthru.author", "Gwen Osei"),
                ("sailthru.date", "Tue, 05 Mar 2024 09:12:00 -0500"),
                ("sailthru.tags", "libraries, city hall"),
            ),
            plain("en", "Library extends hours"),
            site="Metro Line",
        ),
        "Library extends hours",
        ("Gwen Osei",),
        datetime(2024, 3, 5, 9, 12, tzinfo=EST),
        ...,
        ...,
        ("libraries", "city hall"),
        ...,
    ),
    (
        "article_time_epoch_seconds",
        "https://bayreporter.example.com/a/library-hours-1709634600",
        frame(
            "en",
            "Library extends its hours",
            metas(
                ("article:published_time", "1709634600"),
                ("article:modified_time", "1709652600"),
                ("og:site_name", "Bay Reporter"),
                attr="property",
            ),
            plain("en", "Library extends its hours"),
            site="Bay Reporter",
        ),
        ...,
        ...,
        datetime(2024, 3, 5, 10, 30, tzinfo=UTC),
        datetime(2024, 3, 5, 15, 30, tzinfo=UTC),
        "Bay Reporter",
        ...,
        ...,
    ),
    (
        "article_time_space_no_offset",
        "https://elfaro.example.es/local/biblioteca-horario",
        frame(
            "es",
            "La biblioteca amplía su horario - El Faro",
            metas(
                ("article:published_time", "2021-03-05 10:30:00"),
                ("article:modified_time", "2021-03-06 08:00:00"),
                ("article:author", "Lucía Ferrer"),
                attr="property",
            ),
            plain("es", "La biblioteca amplía su horario"),
            site="El Faro",
        ),
        "La biblioteca amplía su horario",
        ("Lucía Ferrer",),
        datetime(2021, 3, 5, 10, 30),
        datetime(2021, 3, 6, 8, 0),
        ...,
        ...,
        ...,
    ),
    (
        "article_time_rfc2822",
        "https://lemessager.example.fr/vie-locale/mediatheque-horaires",
        frame(
            "fr",
            "La médiathèque ouvre plus tard | Le Messager",
            metas(
                ("article:published_time", "Fri, 05 Mar 2021 10:30:00 +0100"),
                ("og:site_name", "Le Messager"),
                attr="property",
            ),
            plain("fr", "La médiathèque ouvre plus tard"),
            site="Le Messager",
        ),
        "La médiathèque ouvre plus tard",
        ...,
        datetime(2021, 3, 5, 10, 30, tzinfo=CET),
        ...,
        "Le Messager",
        ...,
        ...,
    ),
    (
        "bare_date_with_time_meta",
        "https://northstar.example.com/news/2021/03/05/library-hours",
        frame(
            "en",
            "Library hours extended - North Star",
            metas(("publish-date", "2021-03-05"), ("publish-time", "10:30")),
            plain("en", "Library hours extended"),
            site="North Star",
        ),
        ...,
        ...,
        datetime(2021, 3, 5, 10, 30),
        ...,
        ...,
        ...,
        ...,
    ),
    (
        "microdata_span_content_only",
        "https://kreisblatt.example.de/nachrichten/bibliothek",
        frame(
            "de",
            "Kreisblatt – Nachrichten",
            "",
            '<article itemscope itemtype="https://schema.org/NewsArticle">'
            '<h1 itemprop="headline">Stadtbibliothek verlängert Öffnungszeiten</h1>'
            '<div class="info">Von <span itemprop="author" itemscope itemtype='
            '"https://schema.org/Person"><span itemprop="name">Jonas Weber</span></span>, '
            '<span itemprop="datePublished" content="2022-08-01T07:45:00+02:00">1. August '
            '2022</span> <meta itemprop="dateModified" content="2022-08-01T12:10:00+02:00">'
            '</div><div itemprop="articleBody">'
            + paragraphs(TEXTS["de"], TEXTS["de"])
            + "</div></article>",
            site="Kreisblatt",
        ),
        "Stadtbibliothek verlängert Öffnungszeiten",
        ("Jonas Weber",),
        datetime(2022, 8, 1, 7, 45, tzinfo=CEST),
        datetime(2022, 8, 1, 12, 10, tzinfo=CEST),
        ...,
        ...,
        ...,
    ),
    (
        "rdfa_dc_creator_and_date",
        "https://civicnotes.example.org/notes/library-hours",
        frame(
            "en",
            "Civic Notes",
            "",
            '<article prefix="dc: http://purl.org/dc/terms/" typeof="dc:Text">'
            '<h1 property="dc:title">Evening hours at the library</h1><p class="info">'
            '<span property="dc:creator">Hannah Moretti</span> · <span property="dc:date" '
            'content="2019-05-17T16:00:00-04:00">17 May 2019</span></p>'
            + paragraphs(TEXTS["en"], TEXTS["en"])
            + "</article>",
            site="Civic Notes",
        ),
        "Evening hours at the library",
        ("Hannah Moretti",),
        datetime(2019, 5, 17, 16, 0, tzinfo=EDT),
        ...,
        ...,
        ...,
        ...,
    ),
    (
        "jsonld_graph_linked_by_id",
        GRAPH_URL,
        frame(
            "en",
            "Library to open late - Town Ledger",
            graph(
                {
                    "@type": "WebPage",
                    "@id": GRAPH_URL + "#webpage",
                    "url": GRAPH_URL,
                    "name": "Library to open late - Town Ledger",
                    "datePublished": "2024-03-05T09:00:00+00:00",
                    "isPartOf": {"@id": "https://townledger.example.com/#website"},
                },
                {
                    "@type": "Article",
                    "@id": GRAPH_URL + "#article",
                    "isPartOf": {"@id": GRAPH_URL + "#webpage"},
                    "headline": "Library to open late",
                    "author": {"@id": "https://townledger.example.com/#/schema/person/a1"},
                    "publisher": {"@id": "https://townledger.example.com/#organization"},
                    "datePublished": "2024-03-05T09:00:00+00:00",
                    "dateModified": "2024-03-05T13:20:00+00:00",
                    "keywords": ["libraries", "council"],
                    "mainEntityOfPage": {"@id": GRAPH_URL + "#webpage"},
                },
                {
                    "@type": "Person",
                    "@id": "https://townledger.example.com/#/schema/person/a1",
                    "name": "Owen Pritchard",
                },
                {
                    "@type": "Organization",
                    "@id": "https://townledger.example.com/#organization",
                    "name": "Town Ledger Media",
                },
                {
                    "@type": "WebSite",
                    "@id": "https://townledger.example.com/#website",
                    "name": "Town Ledger",
                    "publisher": {"@id": "https://townledger.example.com/#organization"},
                },
            ),
            plain("en", "Library to open late"),
            site="Town Ledger",
        ),
        "Library to open late",
        ("Owen Pritchard",),
        datetime(2024, 3, 5, 9, 0, tzinfo=UTC),
        datetime(2024, 3, 5, 13, 20, tzinfo=UTC),
        ...,
        ("libraries", "council"),
        ...,
    ),
    (
        "jsonld_graph_several_articles",
        MULTI_URL,
        frame(
            "en",
            "River Post",
            graph(
                {
                    "@type": "NewsArticle",
                    "url": "https://riverpost.example.com/news/bridge-repairs-8790",
                    "headline": "Bridge repairs begin",
                    "author": {"@type": "Person", "name": "Carl Jensen"},
                    "datePublished": "2024-02-20T07:00:00-05:00",
                },
                {
                    "@type": "NewsArticle",
                    "mainEntityOfPage": {"@type": "WebPage", "@id": MULTI_URL},
                    "headline": "Library hours stretch to 9 p.m.",
                    "author": {"@type": "Person", "name": "Alma Reyes"},
                    "datePublished": "2024-03-05T06:30:00-05:00",
                    "dateModified": "2024-03-05T11:00:00-05:00",
                },
                {
                    "@type": "NewsArticle",
                    "url": "https://riverpost.example.com/news/school-menu-8801",
                    "headline": "New school menu",
                    "author": {"@type": "Person", "name": "Beth Lowry"},
                    "datePublished": "2024-03-01T08:00:00-05:00",
                },
            ),
            '<article><h1>Library hours stretch to 9 p.m.</h1><div class="text">'
            + paragraphs(TEXTS["en"], TEXTS["en"])
            + '</div></article><aside class="more"><h3>More</h3><ul><li><a href="/news/'
            'bridge-repairs-8790">Bridge repairs begin</a></li><li><a href="/news/school-menu'
            '-8801">New school menu</a></li></ul></aside>',
            site="River Post",
        ),
        "Library hours stretch to 9 p.m.",
        ("Alma Reyes",),
        datetime(2024, 3, 5, 6, 30, tzinfo=EST),
        datetime(2024, 3, 5, 11, 0, tzinfo=EST),
        ...,
        ...,
        ...,
    ),
    (
        "jsonld_person_name_array",
        "https://hornilhota.example.cz/zpravy/knihovna",
        frame(
            "cs",
            "Knihovna prodlouží otevírací dobu | Hornolhotské listy",
            ld(
                "NewsArticle",
                headline="Knihovna prodlouží otevírací dobu",
                datePublished="2024-03-05T10:30:00+01:00",
                author=[
                    {"@type": "Person", "name": ["Jan Novák"]},
                    {"@type": "Person", "name": "Eva Dvořáková"},
                ],
            ),
            plain("cs", "Knihovna prodlouží otevírací dobu"),
            site="Hornolhotské listy",
        ),
        "Knihovna prodlouží otevírací dobu",
        ("Jan Novák", "Eva Dvořáková"),
        datetime(2024, 3, 5, 10, 30, tzinfo=CET),
        ...,
        ...,
        ...,
        ...,
    ),
    (
        "jsonld_author_string_by_and",
        "https://lakesidegazette.example.com/news/library-late-hours",
        frame(
            "en",
            "Library adds late hours | Lakeside Gazette",
            ld(
                "NewsArticle",
                headline="Library adds late hours",
                datePublished="2024-03-05T08:00:00-05:00",
                author="By Sarah Kim and Tomás Rivera",
            ),
            plain("en", "Library adds late hours"),
            site="Lakeside Gazette",
        ),
        "Library adds late hours",
        ("Sarah Kim", "Tomás Rivera"),
        datetime(2024, 3, 5, 8, 0, tzinfo=EST),
        ...,
        ...,
        ...,
        ...,
    ),
    (
        "thai_buddhist_era_date_line",
        "https://khaomueang.example.co.th/news/4471",
        frame(
            "th",
            "ห้องสมุดเมืองขยายเวลาเปิด - ข่าวเมือง",
            "",
            plain(
                "th",
                "ห้องสมุดเมืองขยายเวลาเปิด",
                '<span class="date">วันอังคารที่ 5 มีนาคม 2567 เวลา 10:30 น.</span>',
            ),
            site="ข่าวเมือง",
        ),
        ...,
        ...,
        datetime(2024, 3, 5),
        ...,
        ...,
        ...,
        ...,
    ),
    (
        "solar_hijri_date_line",
        "https://shahrnameh.example.ir/news/4471",
        frame(
            "fa",
            "ساعت کار کتابخانه شهر تمدید شد - شهرنامه",
            "",
            plain(
                "fa",
                "ساعت کار کتابخانه شهر تمدید شد",
                '<span class="date">۱۵ اسفند ۱۴۰۲ - ۱۰:۳۰</span>',
            ),
            site="شهرنامه",
        ),
        ...,
        ...,
        datetime(2024, 3, 5),
        ...,
        ...,
        ...,
        ...,
    ),
    (
        "japanese_era_date_line",
        "https://machi-shimbun.example.jp/news/4471",
        frame(
            "ja",
            "市立図書館、夜9時まで開館へ｜まち新聞",
            "",
            plain(
                "ja",
                "市立図書館、夜9時まで開館へ",
                '<span class="date">令和6年3月5日 10時30分</span>',
            ),
            site="まち新聞",
        ),
        "市立図書館、夜9時まで開館へ",
        ...,
        datetime(2024, 3, 5),
        ...,
        ...,
        ...,
        ...,
    ),
    (
        "h_entry_microformat",
        "https://quietpages.example.net/2023/10/library-evenings",
        frame(
            "en",
            "Quiet Pages",
            "",
            '<article class="h-entry"><h1 class="p-name">Evenings at the library</h1>'
            '<p class="info">by <a class="p-author h-card" href="/">Noor Haddad</a> on '
            '<time class="dt-published" datetime="2023-10-12T18:04:00-07:00">12 Oct</time>, '
            'updated <time class="dt-updated" datetime="2023-10-13T09:00:00-07:00">13 Oct'
            '</time></p><div class="e-content">'
            + paragraphs(TEXTS["en"], TEXTS["en"])
            + '</div><p>Filed under <a class="p-category" href="/t/books">books</a>, '
            '<a class="p-category" href="/t/town">town</a></p></article>',
            site="Quiet Pages",
        ),
        "Evenings at the library",
        ("Noor Haddad",),
        datetime(2023, 10, 12, 18, 4, tzinfo=PDT),
        datetime(2023, 10, 13, 9, 0, tzinfo=PDT),
        ...,
        ("books", "town"),
        ...,
    ),
    (
        "hentry_hcard_abbr_published",
        "https://oldblog.example.org/2009/06/library",
        frame(
            "en",
            "An old blog",
            "",
            '<div class="hentry"><h2 class="entry-title">The library stays open late</h2>'
            '<p class="info">Posted by <span class="author vcard"><span class="fn">Ivo '
            'Marsh</span></span> on <abbr class="published" title="2009-06-01T12:00:00+02:00">'
            'June 1st</abbr></p><div class="entry-content">'
            + paragraphs(TEXTS["en"], TEXTS["en"])
            + "</div></div>",
            site="An old blog",
        ),
        "The library stays open late",
        ("Ivo Marsh",),
        datetime(2009, 6, 1, 12, 0, tzinfo=CEST),
        ...,
        ...,
        ...,
        ...,
    ),
    (
        "meta_name_date_and_last_modified",
        "https://parish.example.gov/notices/library-hours.html",
        frame(
            "en",
            "Notice: library hours",
            metas(
                ("date", "2018-11-02"), ("last-modified", "2019-01-15"), ("author", "Parish Office")
            ),
            plain("en", "Notice: library hours"),
            site="Parish council",
        ),
        ...,
        ...,
        datetime(2018, 11, 2),
        datetime(2019, 1, 15),
        ...,
        ...,
        ...,
    ),
    (
        "meta_pubdate_compact",
        "https://harbourtimes.example.co.nz/news/library-hours",
        frame(
            "en",
            "Library hours extended | Harbour Times",
            metas(("pubdate", "20240305T103000Z"), ("lastmod", "20240305T160000Z")),
            plain("en", "Library hours extended"),
            site="Harbour Times",
        ),
        "Library hours extended",
        ...,
        datetime(2024, 3, 5, 10, 30, tzinfo=UTC),
        datetime(2024, 3, 5, 16, 0, tzinfo=UTC),
        ...,
        ...,
        ...,
    ),
    (
        "review_of_an_older_book",
        "https://bookmarks.example.com/reviews/night-reading",
        frame(
            "en",
            "Review: Night Reading | Bookmarks",
            ld(
                "Review",
                name="Review: Night Reading",
                datePublished="2024-02-10T12:00:00+00:00",
                author={"@type": "Person", "name": "Ellen Park"},
                itemReviewed={
                    "@type": "Book",
                    "name": "Night Reading",
                    "author": {"@type": "Person", "name": "Victor Hale"},
                    "datePublished": "1999-09-01",
                },
            ),
            plain("en", "Review: Night Reading"),
            site="Bookmarks",
        ),
        ...,
        ("Ellen Park",),
        datetime(2024, 2, 10, 12, 0, tzinfo=UTC),
        ...,
        ...,
        ...,
        ...,
    ),
    (
        "event_start_is_not_published",
        "https://kulturkalender.example.de/lesenacht",
        frame(
            "de",
            "Lesenacht in der Stadtbibliothek – Kulturkalender",
            ld(
                "Event",
                name="Lesenacht in der Stadtbibliothek",
                startDate="2024-06-20T19:00:00+02:00",
                endDate="2024-06-20T23:00:00+02:00",
                location={"@type": "Place", "name": "Stadtbibliothek"},
            ),
            plain(
                "de",
                "Lesenacht in der Stadtbibliothek",
                '<span class="posted">Veröffentlicht am 5. März 2024</span>',
            ),
            site="Kulturkalender",
        ),
        ...,
        ...,
        datetime(2024, 3, 5),
        ...,
        ...,
        ...,
        ...,
    ),
    (
        "copyright_year_is_not_published",
        "https://greenacre.example.org/about/library",
        frame(
            "en",
            "Our library | Greenacre",
            ld(
                "Article",
                headline="Our library",
                copyrightYear=2019,
                copyrightHolder={"@type": "Organization", "name": "Greenacre Trust"},
            )
            + metas(("copyright", "© 2019 Greenacre Trust")),
            plain("en", "Our library"),
            site="Greenacre",
        ),
        ...,
        ...,
        None,
        ...,
        ...,
        ...,
        ...,
    ),
    (
        "editor_and_reviewer_are_not_authors",
        "https://healthdesk.example.com/sleep/evening-reading",
        frame(
            "en",
            "Does reading in the evening help sleep? | Health Desk",
            ld(
                "MedicalWebPage",
                headline="Does reading in the evening help sleep?",
                datePublished="2024-01-22T09:00:00-05:00",
                author={"@type": "Person", "name": "Leah Brennan"},
                editor={"@type": "Person", "name": "Tom Acheson"},
                reviewedBy={"@type": "Person", "name": "Dr. Imani Cole"},
            ),
            plain(
                "en",
                "Does reading in the evening help sleep?",
                "Written by Leah Brennan · Medically reviewed by Dr. Imani Cole",
            ),
            site="Health Desk",
        ),
        ...,
        ("Leah Brennan",),
        datetime(2024, 1, 22, 9, 0, tzinfo=EST),
        ...,
        ...,
        ...,
        ...,
    ),
    (
        "editor_only_in_jsonld_and_writer_in_meta",
        "https://wirecheck.example.com/fact-check/library-claim",
        frame(
            "en",
            "Fact check: library hours claim | Wirecheck",
            ld(
                "Article",
                headline="Fact check: library hours claim",
                datePublished="2024-03-07T15:00:00+00:00",
                editor={"@type": "Person", "name": "Grace Umeh"},
            )
            + metas(("author", "Paul Lindgren")),
            plain("en", "Fact check: library hours claim"),
            site="Wirecheck",
        ),
        ...,
        ("Paul Lindgren",),
        datetime(2024, 3, 7, 15, 0, tzinfo=UTC),
        ...,
        ...,
        ...,
        ...,
    ),
    (
        "http_equiv_content_language",
        "https://lacampana.example.mx/noticias/biblioteca",
        frame(
            None,
            "La biblioteca amplía su horario",
            '<meta http-equiv="content-language" content="es-MX">'
            + metas(("DC.date", "2024-03-05"), ("DC.creator", "Rosa Villalobos")),
            plain("es", "La biblioteca amplía su horario"),
            site="La Campana",
        ),
        ...,
        ("Rosa Villalobos",),
        datetime(2024, 3, 5),
        ...,
        ...,
        ...,
        "es",
    ),
]

_OPEN: dict[tuple[str, str], str] = {}
_CASES = field_cases(PROBES, FIELDS, _OPEN)


@pytest.mark.parametrize(("url", "html", "field", "want"), _CASES)
def test_blind_markup_probe(url: str, html: str, field: str, want: object) -> None:
    got = getattr(newsextract.extract(html, url=url), field)
    assert matches(field, got, want), f"{field}: {got!r}"


if __name__ == "__main__":  # pragma: no cover
    report_hits(PROBES, FIELDS)
