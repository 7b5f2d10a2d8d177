"""A blind probe of which date is the article's (issue 12): pages written without reading the
code, each holding several dates that compete with the article's own: comments' dates (before
and after the text), "most read" and related teasers placed before the article in the source,
a sidebar calendar and an archive list, a footer's "page updated" against the byline, a
copyright year, a date inside the text ("the law of 12 March 2019"), an event's day against
the day it was announced, a thread's first post against its replies, a changelog's versions,
a header's ``<time>`` showing today's date, a URL's date that is not the visible one (a
republished story), an update line above the published one, a relative "3 days ago" whose
``<time datetime>`` is exact, pages with no date at all (which must stay empty), and
ambiguous numeric dates settled by the page's language or by another date on it. News and
beyond: blogs, forums, docs, shops, events, press releases, a podcast; 24 languages.
Each expected value is the one a reader would name, with the reason beside it. A time the
page gives without an offset is judged as given (no offset); a day alone on its day; a field
of ``...`` is not judged (modified where the page gives no update).
``python -m tests.metadata.test_blind_date_choice_probes`` prints newsextract's,
trafilatura's and htmldate's hits. Every site, name and text here is invented."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import pytest
from tests.metadata.language_probes.kit import field_cases, matches, report_hits
from tests.metadata.title_pages import paragraphs

import newsextract

EST = timezone(timedelta(hours=-5))
ICT = timezone(timedelta(hours=7))
JST = timezone(timedelta(hours=9))
KST = timezone(timedelta(hours=9))

# One text per language: the town's open-air pool reopens after its repair.
TEXTS = {
    "en": "The open-air pool reopens this weekend after a winter of repairs to its leaking "
    "basin, and season tickets go on sale at the gate.",
    "de": "Das Freibad öffnet am Wochenende wieder, nachdem das undichte Becken den ganzen "
    "Winter über repariert wurde; Saisonkarten gibt es an der Kasse.",
    "fr": "La piscine en plein air rouvre ce week-end après un hiver de travaux sur son bassin "
    "qui fuyait, et les abonnements sont en vente à l'entrée.",
    "es": "La piscina al aire libre reabre este fin de semana tras un invierno de obras en su "
    "vaso, y los abonos de temporada ya se venden en taquilla.",
    "it": "La piscina all'aperto riapre questo fine settimana dopo un inverno di lavori alla "
    "vasca che perdeva, e gli abbonamenti sono in vendita all'ingresso.",
    "pt": "A piscina ao ar livre reabre este fim de semana depois de um inverno de obras no "
    "tanque, e os passes da época já estão à venda na bilheteira.",
    "pl": "Odkryty basen zostanie ponownie otwarty w ten weekend po zimowym remoncie "
    "przeciekającej niecki, a karnety sezonowe można kupić przy wejściu.",
    "nl": "Het openluchtzwembad gaat dit weekend weer open na een winter van herstel aan het "
    "lekkende bad, en seizoenskaarten zijn te koop aan de kassa.",
    "cs": "Koupaliště se o víkendu znovu otevře po zimní opravě netěsnícího bazénu a sezónní "
    "permanentky se prodávají u pokladny.",
    "ru": "Открытый бассейн снова откроется в эти выходные после зимнего ремонта протекавшей "
    "чаши, абонементы на сезон продаются у входа.",
    "tr": "Açık yüzme havuzu, sızdıran havuzun kış boyunca onarılmasının ardından bu hafta "
    "sonu yeniden açılıyor; sezon kartları gişede satışta.",
    "ja": "屋外プールは、水漏れしていた槽の冬の間の修理を終え、今週末に営業を再開する。"
    "シーズン券は入口で販売している。",
    "ko": "야외 수영장이 겨울 동안 물이 새던 수조를 보수한 뒤 이번 주말 다시 문을 연다. "
    "시즌권은 입구에서 판매한다.",
    "zh": "露天游泳池经过一个冬天的漏水池体维修后，将于本周末重新开放，季票已在入口处发售。",
    "ar": "يعاد افتتاح المسبح المكشوف في نهاية هذا الأسبوع بعد شتاء من أعمال إصلاح حوضه "
    "المتسرب، وتباع الاشتراكات الموسمية عند المدخل.",
    "vi": "Hồ bơi ngoài trời mở cửa trở lại vào cuối tuần này sau một mùa đông sửa chữa bể bị "
    "rò rỉ, vé mùa được bán tại cổng.",
    "id": "Kolam renang terbuka dibuka kembali akhir pekan ini setelah perbaikan kolam yang "
    "bocor selama musim hujan, dan tiket musiman dijual di loket.",
    "fi": "Maauimala avataan taas viikonloppuna, kun vuotavan altaan korjaus saatiin talven "
    "aikana valmiiksi; kausikortteja myydään kassalla.",
    "hu": "A strand a hétvégén újra megnyílik, miután egész télen javították a szivárgó "
    "medencét; a szezonbérletek a pénztárnál kaphatók.",
    "el": "Η ανοιχτή πισίνα ανοίγει ξανά αυτό το Σαββατοκύριακο μετά από έναν χειμώνα "
    "επισκευών στη δεξαμενή που έσταζε, και τα εισιτήρια διαρκείας πωλούνται στην είσοδο.",
    "ro": "Ștrandul se redeschide în acest weekend după o iarnă de reparații la bazinul care "
    "curgea, iar abonamentele de sezon se vând la intrare.",
    "uk": "Відкритий басейн знову працюватиме з цих вихідних після зимового ремонту чаші, що "
    "протікала; сезонні абонементи продають біля входу.",
    "sv": "Utomhusbadet öppnar igen i helgen efter en vinter av reparationer av den läckande "
    "bassängen, och säsongskort säljs i kassan.",
    "da": "Friluftsbadet åbner igen i weekenden efter en vinter med reparationer af det utætte "
    "bassin, og sæsonkort sælges ved indgangen.",
}

_RTL = {"ar"}


def site(
    lang: str,
    title: str,
    article: str,
    *,
    name: str,
    head: str = "",
    top: str = "",
    before: str = "",
    after: str = "",
    foot: str = "",
) -> str:
    """A site's page: a top bar (``top``), the logo and menu, what comes before the article in
    the source (``before``: a sidebar, teasers), the article, what follows it (``after``), a
    footer (``foot``)."""
    direction = ' dir="rtl"' if lang.split("-")[0] in _RTL else ""
    return (
        f'<html lang="{lang}"{direction}><head><meta charset="utf-8"><title>{title}</title>'
        f'{head}</head><body><header class="site-header"><div class="top-bar">{top}</div>'
        f'<a class="logo" href="/">{name}</a><nav class="main-nav"><ul><li><a href="/a/">I</a>'
        '</li><li><a href="/b/">II</a></li><li><a href="/c/">III</a></li></ul></nav></header>'
        f'<div class="layout">{before}<main id="main">{article}</main>{after}</div>'
        f'<footer class="site-footer">{foot}<p class="legal">{name}</p></footer></body></html>'
    )


def story(lang: str, h1: str, line: str, *, above: str = "", below: str = "") -> str:
    """An article: a headline, ``above`` (a standfirst), the date line ``line``, the text,
    ``below`` (its closing lines)."""
    text = TEXTS[lang.split("-")[0]]
    return (
        f'<article class="post"><h1 class="headline">{h1}</h1>{above}'
        f'<div class="byline">{line}</div><div class="article-text">'
        f"{paragraphs(text, text)}</div>{below}</article>"
    )


def teasers(css: str, heading: str, *items: tuple[str, str]) -> str:
    """A box of other stories, each a link and its date (raw markup)."""
    rows = "".join(
        f'<li><a href="/n/{n}">{title}</a> <span class="date">{date}</span></li>'
        for n, (title, date) in enumerate(items, 1)
    )
    return f'<section class="{css}"><h3>{heading}</h3><ul>{rows}</ul></section>'


def comments(heading: str, *items: tuple[str, str, str]) -> str:
    """Readers' comments, each its author, its date (raw markup) and its text."""
    rows = "".join(
        f'<li class="comment"><div class="comment-meta"><b class="fn">{who}</b> '
        f'<span class="comment-date">{date}</span></div><p>{text}</p></li>'
        for who, date, text in items
    )
    return f'<section id="comments" class="comments"><h3>{heading}</h3><ol>{rows}</ol></section>'


def ld_script(kind: str, **fields: Any) -> str:
    import json

    data = {"@context": "https://schema.org", "@type": kind, **fields}
    return f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>'


def wp_calendar(caption: str, linked: tuple[int, ...]) -> str:
    """A WordPress calendar widget of a month: its days, those with posts linked."""
    cells = "".join(
        f'<td><a href="/2024/03/{d:02d}/">{d}</a></td>' if d in linked else f"<td>{d}</td>"
        for d in range(1, 32)
    )
    return (
        f'<div class="widget widget_calendar"><table id="wp-calendar"><caption>{caption}'
        f"</caption><tbody><tr>{cells}</tr></tbody></table></div>"
    )


# A probe: name, url, html, published, modified (``...`` not judged).
FIELDS = ("published", "modified")

PROBES: list[tuple[Any, ...]] = [
    # The top bar's <time> is today's date, the "most read" box comes before the article in
    # the source: the byline's time is the article's.
    (
        "en_news_most_read_before_article",
        "https://harbourgazette.example.co.uk/news/pool-reopens-5521",
        site(
            "en-GB",
            "Pool reopens after winter repairs | Harbour Gazette",
            story(
                "en",
                "Pool reopens after winter repairs",
                'By Hannah Moss · <time datetime="2024-03-04T09:15:00+00:00">4 March 2024, '
                "09:15</time>",
            ),
            name="Harbour Gazette",
            top='<time datetime="2024-11-28">Thursday 28 November 2024</time>',
            before=teasers(
                "most-read",
                "Most read",
                (
                    "Council approves budget",
                    '<time datetime="2024-03-03T18:00:00+00:00">3 March 2024</time>',
                ),
                (
                    "Ferry timetable changes",
                    '<time datetime="2024-03-01T07:30:00+00:00">1 March 2024</time>',
                ),
            ),
            after=comments(
                "Comments",
                ("pooldad", "4 March 2024 at 12:01", "Finally!"),
                ("sue_h", "6 March 2024 at 08:44", "About time."),
            ),
        ),
        datetime(2024, 3, 4, 9, 15, tzinfo=UTC),
        ...,
    ),
    # A top comment is shown before the article, later ones after: the article's line is
    # "Veröffentlicht am" (a time without an offset).
    (
        "de_news_top_comment_before_article",
        "https://kreisbote.example.de/lokales/freibad-oeffnet-2291",
        site(
            "de",
            "Freibad öffnet wieder – Kreisbote",
            story(
                "de",
                "Freibad öffnet wieder",
                "Von Jana Keller | Veröffentlicht am 05.03.2024 um 07:30 Uhr",
            ),
            name="Kreisbote",
            top="Heute: Donnerstag, 28. November 2024",
            before='<aside class="top-comment"><h3>Top-Kommentar</h3><p class="comment-meta">'
            "leser_77 am 06.03.2024 um 14:02</p><p>Endlich wieder schwimmen!</p></aside>",
            after=comments(
                "Kommentare",
                ("badenixe", "05.03.2024 um 09:12", "Schön!"),
                ("k.meier", "05.03.2024 um 10:40", "Und die Preise?"),
            ),
        ),
        datetime(2024, 3, 5, 7, 30),
        ...,
    ),
    # A left sidebar before the post: a calendar of the month, an archive list and recent
    # posts (one later than this one); the post says "Publié le 12 mars 2024".
    (
        "fr_blog_calendar_archive_sidebar",
        "https://carnetdubassin.example.fr/la-piscine-rouvre/",
        site(
            "fr",
            "La piscine rouvre – Carnet du bassin",
            story(
                "fr",
                "La piscine rouvre",
                '<span class="posted-on">Publié le 12 mars 2024</span> par '
                '<span class="author">Claire Martin</span>',
            ),
            name="Carnet du bassin",
            before='<aside id="secondary" class="widget-area">'
            + wp_calendar("mars 2024", (3, 12, 15))
            + '<div class="widget widget_archive"><h2>Archives</h2><ul><li><a href="/2024/03/">'
            'mars 2024</a> (3)</li><li><a href="/2024/02/">février 2024</a> (5)</li><li><a '
            'href="/2024/01/">janvier 2024</a> (4)</li></ul></div>'
            + teasers(
                "widget widget_recent_entries",
                "Articles récents",
                ("Les horaires d'été", "15 mars 2024"),
                ("Bonnets obligatoires ?", "3 mars 2024"),
            )
            + "</aside>",
        ),
        datetime(2024, 3, 12),
        ...,
    ),
    # "Actualizado" comes above "Publicado": each to its own field (day first in Spanish).
    (
        "es_news_updated_above_published",
        "https://diariodelvalle.example.es/local/piscina-reabre-8812",
        site(
            "es",
            "La piscina reabre tras las obras | Diario del Valle",
            story(
                "es",
                "La piscina reabre tras las obras",
                '<p class="updated">Actualizado: 06/03/2024 18:40</p>'
                '<p class="published">Publicado: 05/03/2024 10:15</p>',
            ),
            name="Diario del Valle",
        ),
        datetime(2024, 3, 5, 10, 15),
        datetime(2024, 3, 6, 18, 40),
    ),
    # The byline's day is the publication; the footer's "page updated" line the update.
    (
        "it_footer_page_updated_vs_byline",
        "https://gazzettadellago.example.it/cronaca/piscina-riapre",
        site(
            "it",
            "Riapre la piscina all'aperto - Gazzetta del Lago",
            story("it", "Riapre la piscina all'aperto", "di Marco Rossi · 14 febbraio 2024"),
            name="Gazzetta del Lago",
            foot="<p>Pagina aggiornata il 2 marzo 2024</p><p>© 2024 Gazzetta del Lago – P.IVA "
            "01234567890</p>",
        ),
        datetime(2024, 2, 14),
        datetime(2024, 3, 2),
    ),
    # A town's page about a programme: the law that created it (2019) and a copyright span
    # are no publication; the page gives none.
    (
        "pt_institutional_page_law_and_copyright",
        "https://cm-vilanova.example.pt/servicos/piscinas",
        site(
            "pt",
            "Piscinas municipais – Câmara Municipal",
            story(
                "pt",
                "Piscinas municipais",
                "",
                below="<p>O programa foi criado pela lei de 12 de março de 2019 e é gerido "
                "pelos serviços de desporto.</p>",
            ),
            name="Câmara Municipal de Vila Nova",
            foot="<p>© 2019–2024 Câmara Municipal de Vila Nova</p>",
        ),
        None,
        None,
    ),
    # The standfirst above the byline names a law's day and a coming day; the byline's
    # "Opublikowano" is the article's.
    (
        "pl_news_law_date_in_standfirst",
        "https://gazetapowiatowa.example.pl/wiadomosci/basen-otwarty",
        site(
            "pl",
            "Basen znów otwarty | Gazeta Powiatowa",
            story(
                "pl",
                "Basen znów otwarty",
                "Opublikowano: 7 marca 2024, 11:20",
                above='<p class="lead">Ustawa z dnia 12 marca 2019 r. o obiektach sportowych '
                "zmienia się od 1 kwietnia 2024 r.</p>",
            ),
            name="Gazeta Powiatowa",
        ),
        datetime(2024, 3, 7, 11, 20),
        ...,
    ),
    # An event's page: the concert's day (in big type and in the Event's JSON-LD) is not the
    # day the page was posted ("Geplaatst op").
    (
        "nl_event_day_vs_announcement",
        "https://uitagenda.example.nl/agenda/zomerconcert-in-het-bad",
        site(
            "nl",
            "Zomerconcert in het bad | Uitagenda",
            '<div class="event"><h1>Zomerconcert in het bad</h1><p class="event-when">'
            "Zaterdag 15 juni 2024, 20:00 uur · Openluchtbad</p>"
            f'<div class="event-text">{paragraphs(TEXTS["nl"], TEXTS["nl"])}</div>'
            '<p class="posted">Geplaatst op 3 maart 2024</p></div>',
            name="Uitagenda",
            head=ld_script(
                "Event",
                name="Zomerconcert in het bad",
                startDate="2024-06-15T20:00:00+02:00",
                location={"@type": "Place", "name": "Openluchtbad"},
            ),
        ),
        datetime(2024, 3, 3),
        ...,
    ),
    # An event's page that never says when it was posted: the event's day and the ticket
    # deadline are not publication days, so there is none.
    (
        "en_event_page_without_posting_date",
        "https://whatsonriverside.example.com/events/pool-party",
        site(
            "en",
            "Pool Party at the Lido | What's On Riverside",
            '<div class="event"><h1>Pool Party at the Lido</h1><p class="event-when">'
            "Saturday 15 June 2024, 8 pm · Doors 7.30 pm</p>"
            f'<div class="event-text">{paragraphs(TEXTS["en"], TEXTS["en"])}</div>'
            "<p>Tickets on sale until 14 June 2024.</p></div>",
            name="What's On Riverside",
        ),
        None,
        None,
    ),
    # A thread: the header's "last post" and the replies come later; the first post is the
    # thread's publication.
    (
        "cs_forum_first_post_and_replies",
        "https://forum-plavani.example.cz/viewtopic.php?t=4471",
        site(
            "cs",
            "Koupaliště znovu otevřeno • Fórum plavání",
            '<div class="topic"><h2 class="topic-title">Koupaliště znovu otevřeno</h2>'
            '<p class="topic-stats">Odpovědi: 2 · Poslední příspěvek: 10. 3. 2024, 08:05</p>'
            '<div class="post" id="p1"><p class="author">od <a class="username">novak_k</a> '
            f'» so 2. 3. 2024 21:14</p><div class="content">{TEXTS["cs"]} {TEXTS["cs"]}'
            '</div></div><div class="post" id="p2"><p class="author">od <a class="username">'
            'jana.p</a> » ne 3. 3. 2024 07:50</p><div class="content">Konečně.</div></div>'
            '<div class="post" id="p3"><p class="author">od <a class="username">tomas88</a> » '
            'ne 10. 3. 2024 08:05</p><div class="content">Byl jsem tam, voda je teplá.</div>'
            "</div></div>",
            name="Fórum plavání",
        ),
        datetime(2024, 3, 2, 21, 14),
        ...,
    ),
    # A pinned notice (years old) precedes the thread's first post; the replies come later.
    (
        "ru_forum_pinned_notice_before_first_post",
        "https://forum-goroda.example.ru/topic/5512",
        site(
            "ru",
            "Бассейн снова открыт — Форум города",
            '<div class="notice pinned"><b>Правила раздела</b> · 15.01.2021</div>'
            '<div class="topic"><h1>Бассейн снова открыт</h1><div class="post"><div '
            'class="post-head"><span class="nick">sergey_v</span> · Сообщение 02.03.2024, '
            f'21:14</div><div class="post-body">{TEXTS["ru"]} {TEXTS["ru"]}</div></div>'
            '<div class="post"><div class="post-head"><span class="nick">olga</span> · '
            'Сообщение 03.03.2024, 07:50</div><div class="post-body">Наконец-то!</div></div>'
            "</div>",
            name="Форум города",
        ),
        datetime(2024, 3, 2, 21, 14),
        ...,
    ),
    # A docs page: its changelog's versions date releases, not the page; the page's only
    # own date is its "Last updated" line, which a reader takes as both.
    (
        "en_docs_changelog_versions",
        "https://docs.poolkit.example.dev/guide/reopening",
        site(
            "en",
            "Reopening checklist — PoolKit docs",
            '<div class="document"><h1>Reopening checklist</h1>'
            f'<div class="section">{paragraphs(TEXTS["en"], TEXTS["en"])}</div>'
            '<div class="section" id="changelog"><h2>Changelog</h2><ul>'
            "<li>2.3.0 (2024-02-28): water tests added</li>"
            "<li>2.2.0 (2023-12-01): winter section</li>"
            "<li>2.1.0 (2023-09-15): first version</li></ul></div></div>",
            name="PoolKit",
            foot='<p class="last-updated">Last updated on Mar 1, 2024</p>',
        ),
        datetime(2024, 3, 1),
        datetime(2024, 3, 1),
    ),
    # A product page: delivery days and reviews' days are no publication of the page.
    (
        "de_shop_product_reviews",
        "https://badeshop.example.de/p/schwimmbrille-klar",
        site(
            "de",
            "Schwimmbrille Klar – Badeshop",
            '<div class="product"><h1>Schwimmbrille Klar</h1><p class="price">19,90 €</p>'
            '<p class="delivery">Lieferung: Fr, 08.03.2024</p>'
            f'<div class="description">{paragraphs(TEXTS["de"])}</div>'
            '<div class="reviews"><h2>Bewertungen</h2><div class="review"><b>Uwe</b> '
            'bewertet am 12.01.2024<p>Sitzt gut.</p></div><div class="review"><b>Ina</b> '
            "bewertet am 03.02.2024<p>Beschlägt nicht.</p></div></div></div>",
            name="Badeshop",
            foot="<p>© 2024 Badeshop GmbH</p>",
        ),
        None,
        None,
    ),
    # A republished story: the URL keeps its first day (2019), the page shows the day it
    # was put out again, which is what a reader is told.
    (
        "tr_news_url_date_differs_republished",
        "https://kentgazetesi.example.com.tr/2019/05/14/havuz-yeniden-acildi",
        site(
            "tr",
            "Havuz yeniden açıldı - Kent Gazetesi",
            story("tr", "Havuz yeniden açıldı", "Yayınlanma: 05.03.2024 10:00"),
            name="Kent Gazetesi",
        ),
        datetime(2024, 3, 5, 10, 0),
        ...,
    ),
    # "3日前" shown, the <time datetime> exact: the attribute is the date.
    (
        "ja_relative_shown_time_datetime",
        "https://minato-times.example.jp/articles/pool-reopen",
        site(
            "ja",
            "屋外プールが営業再開 - みなとタイムズ",
            story(
                "ja",
                "屋外プールが営業再開",
                '<time datetime="2024-03-02T08:00:00+09:00">3日前</time>',
            ),
            name="みなとタイムズ",
            before=teasers("ranking", "アクセスランキング", ("市議会が予算案可決", "1時間前")),
        ),
        datetime(2024, 3, 2, 8, 0, tzinfo=JST),
        ...,
    ),
    # "3일 전" shown, the <time datetime> exact; the top bar shows today's day.
    (
        "ko_relative_shown_time_datetime_today_bar",
        "https://gangbyeon.example.kr/news/article/88123",
        site(
            "ko",
            "야외 수영장 다시 문 연다 - 강변신문",
            story(
                "ko",
                "야외 수영장 다시 문 연다",
                '김지훈 기자 · <time datetime="2024-03-02T08:00:00+09:00">3일 전</time>',
            ),
            name="강변신문",
            top="2024.11.28 (목)",
        ),
        datetime(2024, 3, 2, 8, 0, tzinfo=KST),
        ...,
    ),
    # 04/05/2021 alone is ambiguous; the update 04/13/2021 can only be month first, so the
    # page writes month first: April 5.
    (
        "en_numeric_settled_by_other_date",
        "https://lakesidenotes.example.com/pool-reopening",
        site(
            "en",
            "Pool reopening | Lakeside Notes",
            story(
                "en",
                "Pool reopening",
                '<span class="posted">Posted 04/05/2021</span> · '
                '<span class="updated">Updated 04/13/2021</span>',
            ),
            name="Lakeside Notes",
        ),
        datetime(2021, 4, 5),
        datetime(2021, 4, 13),
    ),
    # French writes the day first: 04/05/2021 is 4 May.
    (
        "fr_numeric_day_first_by_language",
        "https://lechodulac.example.fr/actu/piscine",
        site(
            "fr",
            "La piscine rouvre | L'Écho du Lac",
            story("fr", "La piscine rouvre", "Publié le 04/05/2021 à 08h30"),
            name="L'Écho du Lac",
        ),
        datetime(2021, 5, 4, 8, 30),
        ...,
    ),
    # British English writes the day first: 04/05/2021 is 4 May.
    (
        "en_gb_numeric_day_first_by_language",
        "https://dalesherald.example.co.uk/local/lido",
        site(
            "en-GB",
            "Lido reopens | Dales Herald",
            story("en", "Lido reopens", "Published 04/05/2021"),
            name="Dales Herald",
        ),
        datetime(2021, 5, 4),
        ...,
    ),
    # A header <time> with today's date and offset, the article's plain date line below.
    (
        "de_header_today_time_element",
        "https://stadtanzeiger.example.at/freibad",
        site(
            "de-AT",
            "Freibad sperrt wieder auf | Stadtanzeiger",
            story("de", "Freibad sperrt wieder auf", "5. März 2024, 16:45 Uhr"),
            name="Stadtanzeiger",
            top='<time datetime="2024-11-28T06:00:00+01:00">28.11.2024</time> · Wetter: 4 °C',
        ),
        datetime(2024, 3, 5, 16, 45),
        ...,
    ),
    # Related news before the article in the source, with a later day.
    (
        "zh_news_related_before_article",
        "https://jcrb.example.cn/news/20240305/pool.html",
        site(
            "zh",
            "露天游泳池重新开放_江城日报",
            story("zh", "露天游泳池重新开放", "发布时间：2024-03-05 09:30　来源：江城日报"),
            name="江城日报",
            before=teasers("related", "相关新闻", ("市图书馆延长开放时间", "2024-03-08")),
        ),
        datetime(2024, 3, 5, 9, 30),
        ...,
    ),
    # Comments after the article: one relative, one a later day.
    (
        "ar_news_comments_after",
        "https://akhbaralsahel.example.com/local/pool-12",
        site(
            "ar",
            "إعادة افتتاح المسبح المكشوف - أخبار الساحل",
            story("ar", "إعادة افتتاح المسبح المكشوف", "نشر في 5 مارس 2024 - 10:20"),
            name="أخبار الساحل",
            after=comments(
                "التعليقات",
                ("سامي", "منذ يومين", "خبر جميل"),
                ("ليلى", "7 مارس 2024", "متى تفتح الأبواب؟"),
            ),
        ),
        datetime(2024, 3, 5, 10, 20),
        ...,
    ),
    # The top bar's today, the article's own weekday line with its GMT+7.
    (
        "vi_news_today_bar_and_gmt7",
        "https://baobenbo.example.vn/xa-hoi/ho-boi-mo-cua-4412.html",
        site(
            "vi",
            "Hồ bơi mở cửa trở lại - Báo Bến Bờ",
            story("vi", "Hồ bơi mở cửa trở lại", "Thứ tư, 6/3/2024, 08:00 (GMT+7)"),
            name="Báo Bến Bờ",
            top="Thứ năm, 28/11/2024",
        ),
        datetime(2024, 3, 6, 8, 0, tzinfo=ICT),
        ...,
    ),
    # A press release: its dateline is its day; the festival's days in the text are not.
    (
        "id_press_release_event_days",
        "https://dispora-kota.example.go.id/siaran-pers/kolam-renang",
        site(
            "id",
            "Siaran Pers: Kolam Renang Kota Dibuka Kembali",
            '<div class="press"><p class="kicker">Siaran Pers</p><h1>Kolam Renang Kota Dibuka '
            f"Kembali</h1><p>Jakarta, 4 Maret 2024 – {TEXTS['id']}</p><p>Festival air akan "
            f"berlangsung pada 20–22 April 2024 di kolam yang sama. {TEXTS['id']}</p>"
            '<div class="contact">Kontak media: Humas Dispora</div></div>',
            name="Dispora Kota",
        ),
        datetime(2024, 3, 4),
        ...,
    ),
    # A podcast episode: the day it came out, not the day it was recorded, nor the older
    # episodes' days listed below.
    (
        "fi_podcast_episode",
        "https://uimapodi.example.fi/jaksot/42-maauimala",
        site(
            "fi",
            "Jakso 42: Maauimala aukeaa – Uimapodi",
            '<div class="episode"><h1>Jakso 42: Maauimala aukeaa</h1><p class="episode-meta">'
            "Julkaistu 1.3.2024 · 48 min</p><p>Nauhoitettu 20.2.2024</p>"
            f'<div class="notes">{paragraphs(TEXTS["fi"], TEXTS["fi"])}</div></div>',
            name="Uimapodi",
            after=teasers(
                "episodes",
                "Aiemmat jaksot",
                ("Jakso 41: Talviuinti", "16.2.2024"),
                ("Jakso 40: Saunat", "2.2.2024"),
            ),
        ),
        datetime(2024, 3, 1),
        ...,
    ),
    # "Most read" with a later day before the article (Hungarian writes the year first).
    (
        "hu_news_most_read_before_article",
        "https://alfoldihirado.example.hu/helyi/strand-nyit",
        site(
            "hu",
            "Újra nyit a strand | Alföldi Híradó",
            story("hu", "Újra nyit a strand", "2024. március 5. 10:12"),
            name="Alföldi Híradó",
            before=teasers(
                "most-read",
                "Legolvasottabb",
                ("Elfogadták a költségvetést", "2024. március 7."),
            ),
        ),
        datetime(2024, 3, 5, 10, 12),
        ...,
    ),
    # A left sidebar's recent comments (a later day) precede the blog post's line.
    (
        "el_blog_recent_comments_sidebar_before",
        "https://imerologio-akti.example.gr/2024/pisina/",
        site(
            "el",
            "Ανοίγει ξανά η πισίνα – Ημερολόγιο της ακτής",
            story(
                "el",
                "Ανοίγει ξανά η πισίνα",
                "Δημοσιεύτηκε στις 5 Μαρτίου 2024 από Νίκο",
            ),
            name="Ημερολόγιο της ακτής",
            before='<aside class="sidebar">'
            + teasers(
                "widget recent-comments",
                "Πρόσφατα σχόλια",
                ("Μαρία στο «Το λιμάνι»", "8 Μαρτίου 2024"),
            )
            + "</aside>",
        ),
        datetime(2024, 3, 5),
        ...,
    ),
    # An "about us" page without a single date: nothing to invent.
    (
        "ro_about_page_no_date",
        "https://stranduloras.example.ro/despre-noi",
        site(
            "ro",
            "Despre noi – Ștrandul orașului",
            story("ro", "Despre noi", ""),
            name="Ștrandul orașului",
        ),
        None,
        None,
    ),
    # Teasers before the article carry <time datetime> elements, the byline a plain date.
    (
        "uk_teasers_time_elements_byline_plain",
        "https://visti-mista.example.ua/news/basein",
        site(
            "uk",
            "Басейн знову відкривається | Вісті міста",
            story("uk", "Басейн знову відкривається", "5 березня 2024, 10:15"),
            name="Вісті міста",
            before=teasers(
                "latest",
                "Останні новини",
                (
                    "Міськрада ухвалила бюджет",
                    '<time datetime="2024-03-07T12:00:00+02:00">7 березня</time>',
                ),
                (
                    "Новий розклад автобусів",
                    '<time datetime="2024-03-06T09:00:00+02:00">6 березня</time>',
                ),
            ),
        ),
        datetime(2024, 3, 5, 10, 15),
        ...,
    ),
    # "Updated" above "Published", both with EST (before the March clock change).
    (
        "en_news_updated_above_published_est",
        "https://valleycourier.example.com/2024/03/05/pool-reopens/",
        site(
            "en-US",
            "Pool reopens after winter repairs - Valley Courier",
            story(
                "en",
                "Pool reopens after winter repairs",
                "<p>Updated March 6, 2024, 4:12 p.m. EST</p>"
                "<p>Published March 5, 2024, 9:00 a.m. EST</p>",
            ),
            name="Valley Courier",
        ),
        datetime(2024, 3, 5, 9, 0, tzinfo=EST),
        datetime(2024, 3, 6, 16, 12, tzinfo=EST),
    ),
    # The top bar's "Idag", then "Publicerad" and a same-day "Uppdaterad".
    (
        "sv_news_same_day_update_today_bar",
        "https://dalbladet.example.se/nyheter/utebadet-oppnar",
        site(
            "sv",
            "Utebadet öppnar igen | Dalbladet",
            story(
                "sv",
                "Utebadet öppnar igen",
                "Publicerad 5 mars 2024 kl. 10.15 · Uppdaterad 5 mars 2024 kl. 14.40",
            ),
            name="Dalbladet",
            top="Idag: torsdag 28 november",
        ),
        datetime(2024, 3, 5, 10, 15),
        datetime(2024, 3, 5, 14, 40),
    ),
    # Brazilian hours ("10h15"), an update line, and relative comments after.
    (
        "pt_br_published_updated_relative_comments",
        "https://folhadoriacho.example.com.br/cidade/piscina-reabre",
        site(
            "pt-BR",
            "Piscina reabre após reforma | Folha do Riacho",
            story(
                "pt",
                "Piscina reabre após reforma",
                "Publicado em 05/03/2024 às 10h15 · Atualizado em 05/03/2024 às 18h02",
            ),
            name="Folha do Riacho",
            after=comments("Comentários", ("Rita", "há 2 dias", "Ótimo!")),
        ),
        datetime(2024, 3, 5, 10, 15),
        datetime(2024, 3, 5, 18, 2),
    ),
    # A shop's blog post: the offer's end day in the text and a later recent post in the
    # sidebar are not the post's day.
    (
        "da_shop_blog_post",
        "https://badebutikken.example.dk/blog/friluftsbadet-aabner",
        site(
            "da",
            "Friluftsbadet åbner – Badebutikken",
            story(
                "da",
                "Friluftsbadet åbner",
                "Skrevet d. 5. marts 2024 af Mette",
                below="<p>Tilbuddet på svømmebriller gælder til 31. marts 2024.</p>",
            ),
            name="Badebutikken",
            after='<aside class="sidebar">'
            + teasers("recent-posts", "Seneste indlæg", ("Sommerens badetøj", "12. marts 2024"))
            + "</aside>",
        ),
        datetime(2024, 3, 5),
        ...,
    ),
    # Docs with a version number and a copyright year only: no date.
    (
        "it_docs_copyright_year_only",
        "https://docs.progettolago.example.it/installazione",
        site(
            "it",
            "Guida all'installazione — Progetto Lago 2.3",
            '<div class="document"><h1>Guida all\'installazione</h1><p>Versione 2.3</p>'
            f'<div class="section">{paragraphs(TEXTS["it"], TEXTS["it"])}</div></div>',
            name="Progetto Lago",
            foot="<p>© 2024 Progetto Lago</p>",
        ),
        None,
        None,
    ),
    # A Blogger post: its date header; the archive list after it names months and years.
    (
        "es_blogger_archive_list",
        "https://cuadernodelapiscina.example.blogspot.com/2024/03/reabre.html",
        site(
            "es",
            "Cuaderno de la piscina: Reabre la piscina",
            '<div class="date-outer"><h2 class="date-header"><span>martes, 5 de marzo de 2024'
            '</span></h2><div class="post hentry"><h3 class="post-title">Reabre la piscina</h3>'
            f'<div class="post-body">{paragraphs(TEXTS["es"], TEXTS["es"])}</div></div></div>',
            name="Cuaderno de la piscina",
            after='<div class="sidebar"><div class="widget BlogArchive"><h2>Archivo del blog'
            "</h2><ul><li>▼ 2024 (12)<ul><li>▼ marzo (4)</li><li>► febrero (5)</li></ul></li>"
            "<li>► 2023 (40)</li></ul></div></div>",
        ),
        datetime(2024, 3, 5),
        ...,
    ),
    # "Previous post" and "Next post" links with their days around the post's own line.
    (
        "nl_blog_previous_next_post_days",
        "https://tuinenbad.example.nl/blog/het-bad-gaat-open",
        site(
            "nl",
            "Het bad gaat open – Tuin en Bad",
            '<nav class="post-nav"><a rel="prev" href="/blog/winterwerk">← Winterwerk '
            "(12 februari 2024)</a></nav>"
            + story("nl", "Het bad gaat open", "Gepubliceerd op 4 maart 2024")
            + '<nav class="post-nav"><a rel="next" href="/blog/zomer">Zomerrooster (20 maart '
            "2024) →</a></nav>",
            name="Tuin en Bad",
        ),
        datetime(2024, 3, 4),
        ...,
    ),
]

_OPEN: dict[tuple[str, str], str] = {
    ("en_event_page_without_posting_date", "published"): "a ticket deadline's day taken",
    # the lead's choice: a day under a data label is read when the page writes no other, as a
    # notice's "Date: 05.03.2024" is its publication's
    ("de_shop_product_reviews", "published"): "the delivery day, read as the page writes no other",
}
_CASES = field_cases(PROBES, FIELDS, _OPEN)


@pytest.mark.parametrize(("url", "html", "field", "want"), _CASES)
def test_blind_date_choice_probe(url: str, html: str, field: str, want: object) -> None:
    got = getattr(newsextract.extract(html, url=url), field)
    assert matches(field, got, want), f"{field}: {got!r}"


if __name__ == "__main__":  # pragma: no cover
    report_hits(PROBES, FIELDS, htmldate=True)
