"""The blind71v pages (issues 11 and 12, wave 71): pages that change over time, judged on
title, published, modified and body at once: live blogs in ``LiveBlogPosting`` JSON-LD,
tickers with no structured data (entries as ``<article>``s or ``<li>``s, newest first),
"LIVE" markers by the headline, "Published 08:15 / Updated 10:42" lines, correction and
editor's-note boxes, an update box repeating a paragraph, timeline pages.

Conventions, written down before either tool ran (docs/body-rounds.md, "Live pages"):
- a live page's text is its intro and every entry's headline and text, down to the
  oldest; an entry's time is neutral; "load more", share and refresh buttons are not;
- the title is what the page's ``<h1>`` shows as its own text: a "LIVE" marker written
  into the headline's words stays, one set in a badge element of its own (a class naming
  it) or only in ``<title>``/``og:title`` is no part of it;
- "Published 08:15 … Updated 10:42" gives ``published`` the first and ``modified`` the
  second, each with its time and the offset written (a zone name or the metadata's) or
  none when none is written;
- a correction or editor's note, at the top or the bottom, is the article's text (a note
  about the article, as wave 69's kit decided); an update box is text too, and the
  paragraph it repeats stays once at least;
- a timeline page's text is its entries (their dates neutral).
Every site, name and text is invented."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Any


@dataclass(frozen=True)
class LiveProbe:
    """A page and its truth; a field left ``...`` is not judged."""

    name: str
    url: str
    html: str
    title: Any = ...
    published: Any = ...
    modified: Any = ...
    must: tuple[str, ...] = ()
    must_not: tuple[str, ...] = ()


PROBES: list[LiveProbe] = []


def tz(hours: float) -> timezone:
    return timezone(timedelta(hours=hours))


def at(y: int, mo: int, d: int, h: int, mi: int, off: float | None) -> datetime:
    """An instant with its offset, or a naive one when the page writes none."""
    return datetime(y, mo, d, h, mi, tzinfo=None if off is None else tz(off))


def ld(data: dict[str, Any]) -> str:
    return (
        '<script type="application/ld+json">'
        + json.dumps({"@context": "https://schema.org", **data}, ensure_ascii=False)
        + "</script>"
    )


def shell(lang: str, head_title: str, main: str, *, head: str = "", rtl: bool = False) -> str:
    """A news site's frame around ``main``: menu, a most-read rail, a footer."""
    d = ' dir="rtl"' if rtl else ""
    return (
        f'<!DOCTYPE html><html lang="{lang}"{d}><head><meta charset="utf-8"><title>'
        f"{head_title}</title>{head}</head><body><header class='site-header'><a class='logo' "
        "href='/'>Kestrel Daily</a><nav><a href='/news'>News</a> <a href='/sport'>Sport</a> "
        "<a href='/culture'>Culture</a></nav></header>"
        f"{main}<aside class='most-read'><h3>Most read</h3><ol><li><a href='/r/1'>Harbour "
        "tunnel opening delayed again</a></li><li><a href='/r/2'>Ten winter soups to make "
        "this week</a></li></ol></aside><footer class='site-footer'><p>© Kestrel Daily "
        "Media</p><a href='/privacy'>Privacy</a></footer></body></html>"
    )


RAIL = ("Harbour tunnel opening delayed again", "Ten winter soups to make this week")


def add(name: str, url: str, html: str, **truth: Any) -> None:
    must_not = tuple(truth.pop("must_not", ())) + RAIL
    PROBES.append(LiveProbe(name=name, url=url, html=html, must_not=must_not, **truth))


# ---------------------------------------------------------------------------------------
# A. Live blogs in LiveBlogPosting JSON-LD: an intro, timestamped entries, newest first.


def liveblog_ld(
    headline: str, start: str, modified: str, entries: list[tuple[str, str, str]]
) -> str:
    return ld(
        {
            "@type": "LiveBlogPosting",
            "headline": headline,
            "datePublished": start,
            "dateModified": modified,
            "coverageStartTime": start,
            "liveBlogUpdate": [
                {"@type": "BlogPosting", "headline": h, "datePublished": t, "articleBody": b}
                for t, h, b in entries
            ],
        }
    )


def liveblog(
    lang: str,
    h1: str,
    intro: str,
    entries: list[tuple[str, str, str, str]],
    *,
    h1_badge: str = "",
    head_title: str = "",
    extra_head: str = "",
    start: str,
    modified: str,
    buttons: tuple[str, str] = ("Load more", "Share"),
    rtl: bool = False,
) -> str:
    """entries: (iso time, shown time, headline, text)."""
    badge = f"<span class='live-badge'>{h1_badge}</span> " if h1_badge else ""
    posts = "".join(
        f"<article class='live-post' id='p{n}'><time datetime='{iso}'>{shown}</time>"
        + (f"<h2>{head}</h2>" if head else "")
        + f"<p>{text}</p><div class='post-share'><button>{buttons[1]}</button></div></article>"
        for n, (iso, shown, head, text) in enumerate(entries)
    )
    main = (
        f"<main><div class='liveblog'><h1>{badge}{h1}</h1><p class='intro'>{intro}</p>"
        f"<div class='live-stream'>{posts}</div><button class='load-more'>{buttons[0]}"
        "</button></div></main>"
    )
    head = liveblog_ld(h1, start, modified, [(e[0], e[2], e[3]) for e in entries]) + extra_head
    return shell(lang, head_title or f"{h1} | Kestrel Daily", main, head=head, rtl=rtl)


_E = [
    (
        "2026-11-18T14:20:00+00:00",
        "14:20",
        "Second ferry cancelled",
        "The afternoon ferry to Skelby has been cancelled as well, the operator said, with "
        "waves of six metres reported off the headland.",
    ),
    (
        "2026-11-18T12:05:00+00:00",
        "12:05",
        "",
        "Schools along the coast road will close at one o'clock so that pupils can get home "
        "before the worst of the wind arrives.",
    ),
    (
        "2026-11-18T09:30:00+00:00",
        "09:30",
        "Red warning issued",
        "The weather service has raised its warning to red for the whole northern coast "
        "until midnight, the first red warning this year.",
    ),
]
add(
    "en_liveblog_ld_storm",
    "https://kestreldaily.example/news/live/2026/nov/18/storm-orla-live",
    liveblog(
        "en",
        "Storm Orla: ferries cancelled and schools close early",
        "Storm Orla is moving across the northern coast with gusts of up to 140 km/h. Follow "
        "our coverage through the day as the red warning takes effect.",
        _E,
        h1_badge="LIVE",
        start="2026-11-18T09:00:00+00:00",
        modified="2026-11-18T14:20:00+00:00",
    ),
    title="Storm Orla: ferries cancelled and schools close early",
    published=at(2026, 11, 18, 9, 0, 0),
    modified=at(2026, 11, 18, 14, 20, 0),
    must=(
        "Storm Orla is moving across the northern coast",
        "Second ferry cancelled",
        "The afternoon ferry to Skelby has been cancelled",
        "Schools along the coast road will close",
        "The weather service has raised its warning to red",
    ),
    must_not=("Load more",),
)

add(
    "de_liveblog_ld_wahl",
    "https://kestrel-zeitung.example/politik/liveblog-buergermeisterwahl-100.html",
    liveblog(
        "de",
        "Bürgermeisterwahl in Hallstedt: Alle Entwicklungen im Liveblog",
        "In Hallstedt wird heute ein neuer Bürgermeister gewählt. Die Wahllokale sind bis "
        "18 Uhr geöffnet, erste Hochrechnungen erwarten wir gegen 19 Uhr.",
        [
            (
                "2026-11-22T19:12:00+01:00",
                "19.12 Uhr",
                "Erste Hochrechnung",
                "Nach der ersten Hochrechnung liegt Amtsinhaberin Petra Lindmoser mit 46 "
                "Prozent vorn, ihr Herausforderer kommt auf 38 Prozent.",
            ),
            (
                "2026-11-22T16:40:00+01:00",
                "16.40 Uhr",
                "",
                "Die Wahlbeteiligung lag um 16 Uhr bei 41 Prozent und damit deutlich höher "
                "als bei der letzten Wahl vor sechs Jahren.",
            ),
            (
                "2026-11-22T08:00:00+01:00",
                "8.00 Uhr",
                "Die Wahllokale haben geöffnet",
                "Seit acht Uhr können rund 52.000 Wahlberechtigte in 61 Wahllokalen ihre "
                "Stimme abgeben.",
            ),
        ],
        start="2026-11-22T07:45:00+01:00",
        modified="2026-11-22T19:12:00+01:00",
        buttons=("Mehr laden", "Teilen"),
    ),
    title="Bürgermeisterwahl in Hallstedt: Alle Entwicklungen im Liveblog",
    published=at(2026, 11, 22, 7, 45, 1),
    modified=at(2026, 11, 22, 19, 12, 1),
    must=(
        "In Hallstedt wird heute ein neuer Bürgermeister gewählt",
        "Nach der ersten Hochrechnung liegt Amtsinhaberin",
        "Die Wahlbeteiligung lag um 16 Uhr",
        "Seit acht Uhr können rund 52.000 Wahlberechtigte",
    ),
    must_not=("Mehr laden", "Teilen"),
)

add(
    "fr_liveblog_ld_en_direct_badge",
    "https://kestrel-quotidien.example/societe/direct-greve-transports-2026",
    liveblog(
        "fr",
        "Grève dans les transports : le trafic très perturbé ce jeudi",
        "La grève à l'appel de plusieurs syndicats perturbe fortement les trains et les métros "
        "ce jeudi. Suivez la journée avec notre équipe.",
        [
            (
                "2026-12-03T11:48:00+01:00",
                "11h48",
                "Manifestation à Lyon",
                "Près de trois mille personnes défilent dans le centre de Lyon selon la "
                "préfecture, huit mille selon les organisateurs.",
            ),
            (
                "2026-12-03T09:15:00+01:00",
                "09h15",
                "",
                "Un train régional sur trois circule dans la région, annonce l'opérateur, qui "
                "conseille de reporter les trajets non indispensables.",
            ),
        ],
        h1_badge="EN DIRECT",
        head_title="EN DIRECT - Grève dans les transports : le trafic très perturbé ce jeudi",
        start="2026-12-03T06:30:00+01:00",
        modified="2026-12-03T11:48:00+01:00",
        buttons=("Voir plus", "Partager"),
    ),
    title="Grève dans les transports : le trafic très perturbé ce jeudi",
    published=at(2026, 12, 3, 6, 30, 1),
    modified=at(2026, 12, 3, 11, 48, 1),
    must=(
        "La grève à l'appel de plusieurs syndicats",
        "Près de trois mille personnes défilent",
        "Un train régional sur trois circule",
    ),
    must_not=("Voir plus", "Partager"),
)

add(
    "es_liveblog_ld_directo_in_h1",
    "https://kestrel-diario.example/deportes/directo-final-copa-2026",
    liveblog(
        "es",
        "Directo | Final de la Copa: Atlético Sierra contra Deportivo Marina",
        "Crónica minuto a minuto de la final de la Copa en el estadio de La Vega, con el "
        "Atlético Sierra como favorito tras su racha de nueve victorias.",
        [
            (
                "2026-11-29T22:51:00+01:00",
                "Final",
                "Campeón el Atlético Sierra",
                "El Atlético Sierra gana su tercera Copa con un gol de Iván Ferrol en la "
                "prórroga, tras un partido muy igualado.",
            ),
            (
                "2026-11-29T21:03:00+01:00",
                "21:03",
                "",
                "Empieza el partido en La Vega ante cuarenta mil espectadores y con lluvia "
                "intensa sobre el césped.",
            ),
        ],
        start="2026-11-29T20:00:00+01:00",
        modified="2026-11-29T22:51:00+01:00",
        buttons=("Cargar más", "Compartir"),
    ),
    title="Directo | Final de la Copa: Atlético Sierra contra Deportivo Marina",
    published=at(2026, 11, 29, 20, 0, 1),
    modified=at(2026, 11, 29, 22, 51, 1),
    must=(
        "Crónica minuto a minuto de la final de la Copa",
        "El Atlético Sierra gana su tercera Copa",
        "Empieza el partido en La Vega",
    ),
    must_not=("Cargar más",),
)

add(
    "ru_liveblog_ld_online_badge",
    "https://kestrel-vesti.example/society/online-navodnenie-2026",
    liveblog(
        "ru",
        "Паводок на реке Сольве: эвакуация в трёх сёлах",
        "Уровень воды в реке Сольве за ночь поднялся на два метра. Мы рассказываем о "
        "ситуации в режиме реального времени.",
        [
            (
                "2026-04-14T15:10:00+03:00",
                "15:10",
                "Дамба у Берёзовки выдержала",
                "Дамба у села Берёзовка выдержала подъём воды, сообщили в районной "
                "администрации, но дежурство спасателей продолжается.",
            ),
            (
                "2026-04-14T10:25:00+03:00",
                "10:25",
                "",
                "Из сёл Берёзовка, Ключи и Заречье вывезли более четырёхсот человек, их "
                "разместили в школе районного центра.",
            ),
        ],
        h1_badge="В РЕЖИМЕ ОНЛАЙН",
        start="2026-04-14T08:00:00+03:00",
        modified="2026-04-14T15:10:00+03:00",
        buttons=("Показать ещё", "Поделиться"),
    ),
    title="Паводок на реке Сольве: эвакуация в трёх сёлах",
    published=at(2026, 4, 14, 8, 0, 3),
    modified=at(2026, 4, 14, 15, 10, 3),
    must=(
        "Уровень воды в реке Сольве за ночь поднялся",
        "Дамба у села Берёзовка выдержала",
        "Из сёл Берёзовка, Ключи и Заречье вывезли",
    ),
    must_not=("Показать ещё",),
)

add(
    "zh_liveblog_ld_zhibo_in_h1",
    "https://kestrel-news.example/zh/live/2026/typhoon-1203",
    liveblog(
        "zh",
        "直播：台风“海燕”登陆东南沿海",
        "今年第二十号台风“海燕”预计今天下午在东南沿海登陆，本台记者在现场为您带来最新消息。",
        [
            (
                "2026-09-12T16:30:00+08:00",
                "16:30",
                "台风已登陆",
                "台风“海燕”于下午四时十分前后在临港镇沿海登陆，登陆时中心附近最大风力十四级。",
            ),
            (
                "2026-09-12T11:00:00+08:00",
                "11:00",
                "",
                "沿海三个县已转移群众两万余人，所有渔船已回港避风，客运航线全部停航。",
            ),
        ],
        start="2026-09-12T08:00:00+08:00",
        modified="2026-09-12T16:30:00+08:00",
        buttons=("加载更多", "分享"),
    ),
    title="直播：台风“海燕”登陆东南沿海",
    published=at(2026, 9, 12, 8, 0, 8),
    modified=at(2026, 9, 12, 16, 30, 8),
    must=(
        "今年第二十号台风“海燕”预计今天下午在东南沿海登陆",
        "台风“海燕”于下午四时十分前后在临港镇沿海登陆",
        "沿海三个县已转移群众两万余人",
    ),
    must_not=("加载更多",),
)

add(
    "ar_liveblog_ld_mubashar",
    "https://kestrel-akhbar.example/ar/live/2026/summit",
    liveblog(
        "ar",
        "قمة المدن الساحلية: انطلاق الجلسة الختامية",
        "يجتمع رؤساء بلديات اثنتي عشرة مدينة ساحلية اليوم لإقرار خطة مشتركة لحماية الشواطئ. "
        "تابعوا التغطية لحظة بلحظة.",
        [
            (
                "2026-10-05T13:40:00+03:00",
                "13:40",
                "إقرار الخطة المشتركة",
                "أقر المجتمعون خطة تمتد عشر سنوات لحماية الشواطئ من التآكل، بتمويل يبلغ "
                "ثلاثمئة مليون دولار.",
            ),
            (
                "2026-10-05T10:10:00+03:00",
                "10:10",
                "",
                "افتتح رئيس بلدية المدينة المضيفة الجلسة بكلمة دعا فيها إلى تعاون أوسع "
                "بين المدن الساحلية.",
            ),
        ],
        h1_badge="مباشر",
        start="2026-10-05T09:00:00+03:00",
        modified="2026-10-05T13:40:00+03:00",
        buttons=("تحميل المزيد", "مشاركة"),
        rtl=True,
    ),
    title="قمة المدن الساحلية: انطلاق الجلسة الختامية",
    published=at(2026, 10, 5, 9, 0, 3),
    modified=at(2026, 10, 5, 13, 40, 3),
    must=(
        "يجتمع رؤساء بلديات اثنتي عشرة مدينة ساحلية",
        "أقر المجتمعون خطة تمتد عشر سنوات",
        "افتتح رئيس بلدية المدينة المضيفة الجلسة",
    ),
    must_not=("تحميل المزيد",),
)

add(
    "pt_liveblog_ld_ao_vivo_title_only",
    "https://kestrel-noticias.example/pt/ao-vivo/2026/incendio-serra",
    liveblog(
        "pt",
        "Incêndio na Serra do Alvão obriga a cortar duas estradas",
        "Mais de duzentos bombeiros combatem desde a madrugada um incêndio na Serra do Alvão. "
        "Acompanhe aqui as últimas informações.",
        [
            (
                "2026-08-21T17:25:00+01:00",
                "17h25",
                "Frente principal dominada",
                "A Proteção Civil diz que a frente principal está dominada, mas que há ainda "
                "dois reacendimentos junto à aldeia de Lamas.",
            ),
            (
                "2026-08-21T09:50:00+01:00",
                "09h50",
                "",
                "A estrada nacional 304 está cortada entre Campeã e Lamas, e a GNR pede aos "
                "condutores que usem a autoestrada.",
            ),
        ],
        head_title="AO VIVO | Incêndio na Serra do Alvão obriga a cortar duas estradas",
        extra_head='<meta property="og:title" content="AO VIVO | Incêndio na Serra do Alvão '
        'obriga a cortar duas estradas">',
        start="2026-08-21T07:10:00+01:00",
        modified="2026-08-21T17:25:00+01:00",
        buttons=("Carregar mais", "Partilhar"),
    ),
    title="Incêndio na Serra do Alvão obriga a cortar duas estradas",
    published=at(2026, 8, 21, 7, 10, 1),
    modified=at(2026, 8, 21, 17, 25, 1),
    must=(
        "Mais de duzentos bombeiros combatem desde a madrugada",
        "A Proteção Civil diz que a frente principal está dominada",
        "A estrada nacional 304 está cortada",
    ),
    must_not=("Carregar mais",),
)


# ---------------------------------------------------------------------------------------
# B. Tickers with no JSON-LD: entries as <article>s or <li>s, newest first, a time each.


def ticker_li(
    lang: str,
    h1: str,
    dateline: str,
    intro: str,
    items: list[tuple[str, str]],
    *,
    more: str,
    head: str = "",
) -> str:
    lis = "".join(
        f"<li class='ticker-item'><span class='ticker-time'>{t}</span><p>{x}</p></li>"
        for t, x in items
    )
    main = (
        f"<main><div class='article'><h1>{h1}</h1><div class='meta'>{dateline}</div>"
        f"<p class='lead'>{intro}</p><ul class='ticker-list'>{lis}</ul>"
        f"<a class='ticker-more' href='?page=2'>{more}</a></div></main>"
    )
    return shell(lang, f"{h1} | Kestrel", main, head=head)


def ticker_articles(
    lang: str,
    h1: str,
    dateline: str,
    intro: str,
    items: list[tuple[str, str, str]],
    *,
    refresh: str,
    head: str = "",
) -> str:
    arts = "".join(
        f"<article class='tick'><header><time>{t}</time>"
        + (f"<h3>{hd}</h3>" if hd else "")
        + f"</header><p>{x}</p></article>"
        for t, hd, x in items
    )
    main = (
        f"<main><h1>{h1}</h1><p class='byline'>{dateline}</p><button class='refresh'>"
        f"{refresh}</button><p>{intro}</p><section class='ticker'>{arts}</section></main>"
    )
    return shell(lang, f"{h1} – Kestrel", main, head=head)


add(
    "de_liveticker_li_no_ld",
    "https://kestrel-zeitung.example/sport/liveticker-derby-2026-100.html",
    ticker_li(
        "de",
        "LIVE-TICKER: Derby zwischen Rotweiß Almstadt und FC Ebersburg",
        "Veröffentlicht am 15.11.2026, 15:05 Uhr",
        "Das Derby ist ausverkauft, 24.000 Zuschauer sind im Stadion am Kanal. Wir begleiten "
        "das Spiel im Ticker.",
        [
            (
                "16:52 Uhr",
                "Abpfiff! Almstadt gewinnt das Derby mit 2:1 und springt auf Platz drei der "
                "Tabelle.",
            ),
            (
                "16:31 Uhr",
                "Tor für Ebersburg: Kapitän Mirko Hessel verkürzt per Kopfball nach einer Ecke "
                "auf 1:2.",
            ),
            (
                "15:30 Uhr",
                "Anpfiff bei leichtem Regen, beide Trainer setzen auf die Startelf der Vorwoche.",
            ),
        ],
        more="Ältere Einträge anzeigen",
    ),
    title="LIVE-TICKER: Derby zwischen Rotweiß Almstadt und FC Ebersburg",
    published=at(2026, 11, 15, 15, 5, None),
    must=(
        "Das Derby ist ausverkauft",
        "Abpfiff! Almstadt gewinnt das Derby",
        "Tor für Ebersburg: Kapitän Mirko Hessel",
        "Anpfiff bei leichtem Regen",
    ),
    must_not=("Ältere Einträge anzeigen",),
)

add(
    "it_ticker_articles_no_ld",
    "https://kestrel-giornale.example/cronaca/diretta-maltempo-liguria",
    ticker_articles(
        "it",
        "Maltempo in Liguria, allerta rossa a Genova: la diretta",
        "Pubblicato il 04/11/2026 alle 07:20 – Aggiornato il 04/11/2026 alle 13:55",
        "Piogge intense su tutta la regione, scuole chiuse a Genova e Savona. Gli "
        "aggiornamenti della giornata.",
        [
            (
                "13:55",
                "Esondato il torrente Varenna",
                "Il torrente Varenna è esondato a Pegli, allagando i piani terra di alcune case "
                "lungo via Ronchi.",
            ),
            (
                "10:40",
                "",
                "Chiusa l'autostrada tra Arenzano e Varazze per una frana che ha invaso la "
                "carreggiata in direzione Ventimiglia.",
            ),
            (
                "07:20",
                "",
                "La protezione civile ha prorogato l'allerta rossa fino alla mezzanotte, con "
                "cumulate fino a trecento millimetri.",
            ),
        ],
        refresh="Aggiorna la diretta",
    ),
    title="Maltempo in Liguria, allerta rossa a Genova: la diretta",
    published=at(2026, 11, 4, 7, 20, None),
    modified=at(2026, 11, 4, 13, 55, None),
    must=(
        "Piogge intense su tutta la regione",
        "Il torrente Varenna è esondato a Pegli",
        "Chiusa l'autostrada tra Arenzano e Varazze",
        "La protezione civile ha prorogato l'allerta rossa",
    ),
    must_not=("Aggiorna la diretta",),
)

add(
    "pl_ticker_li_relacja_na_zywo",
    "https://kestrel-wiadomosci.example/kraj/relacja-na-zywo-sejm-budzet",
    ticker_li(
        "pl",
        "Sejm głosuje nad budżetem. Relacja na żywo",
        "Opublikowano: 10.12.2025, 09:00 · Aktualizacja: 10.12.2025, 14:35",
        "Posłowie głosują dziś nad ustawą budżetową na przyszły rok. Relacjonujemy obrady na "
        "bieżąco.",
        [
            (
                "14:35",
                "Sejm przyjął ustawę budżetową; za głosowało 241 posłów, przeciw 198.",
            ),
            (
                "11:20",
                "Minister finansów Tomasz Wierzbicki bronił deficytu, mówiąc o inwestycjach w "
                "koleje i szpitale.",
            ),
        ],
        more="Pokaż starsze wpisy",
    ),
    title="Sejm głosuje nad budżetem. Relacja na żywo",
    published=at(2025, 12, 10, 9, 0, None),
    modified=at(2025, 12, 10, 14, 35, None),
    must=(
        "Posłowie głosują dziś nad ustawą budżetową",
        "Sejm przyjął ustawę budżetową",
        "Minister finansów Tomasz Wierzbicki bronił deficytu",
    ),
    must_not=("Pokaż starsze wpisy",),
)

add(
    "uk_ticker_articles_onlain",
    "https://kestrel-novyny.example/suspilstvo/onlain-opalennia-2026",
    ticker_articles(
        "uk",
        "Опалювальний сезон у Житомирі: онлайн",
        "Опубліковано 28.10.2026 о 08:10. Оновлено 28.10.2026 о 12:45",
        "Місто починає подавати тепло в будинки. Стежте за новинами про підключення районів.",
        [
            (
                "12:45",
                "Тепло у Богунському районі",
                "До мережі підключили всі школи та лікарні Богунського району, житлові будинки "
                "отримають тепло до вечора.",
            ),
            (
                "09:05",
                "",
                "Міська рада повідомила, що підключення триватиме три дні, починаючи з "
                "соціальних закладів.",
            ),
        ],
        refresh="Оновити",
    ),
    title="Опалювальний сезон у Житомирі: онлайн",
    published=at(2026, 10, 28, 8, 10, None),
    modified=at(2026, 10, 28, 12, 45, None),
    must=(
        "Місто починає подавати тепло в будинки",
        "До мережі підключили всі школи та лікарні",
        "Міська рада повідомила, що підключення триватиме",
    ),
    must_not=("Оновити",),
)

add(
    "ja_ticker_li_sokuho",
    "https://kestrel-shimbun.example/news/live/20261108-marathon",
    ticker_li(
        "ja",
        "【速報】港町マラソン 男子は木村選手が初優勝",
        "2026年11月8日 9時00分 公開 ／ 2026年11月8日 11時42分 更新",
        "第30回港町マラソンが8日、約1万2千人が参加して行われました。レースの様子を随時お伝えします。",
        [
            ("11:42", "男子は木村翔選手が2時間9分台で初優勝しました。"),
            ("10:15", "先頭集団は中間点を1時間4分で通過、8人が競り合っています。"),
            ("9:00", "午前9時、号砲とともに選手たちが港公園をスタートしました。"),
        ],
        more="もっと見る",
    ),
    title="【速報】港町マラソン 男子は木村選手が初優勝",
    published=at(2026, 11, 8, 9, 0, None),
    modified=at(2026, 11, 8, 11, 42, None),
    must=(
        "第30回港町マラソンが8日",
        "男子は木村翔選手が2時間9分台で初優勝しました",
        "先頭集団は中間点を1時間4分で通過",
        "号砲とともに選手たちが港公園をスタートしました",
    ),
    must_not=("もっと見る",),
)

add(
    "ko_ticker_articles_silsigan",
    "https://kestrel-ilbo.example/news/live/2026/1120-snow",
    ticker_articles(
        "ko",
        "[실시간] 수도권 첫 대설특보… 출근길 교통 혼잡",
        "입력 2026.11.20 06:30 | 수정 2026.11.20 09:48",
        "수도권에 올겨울 첫 대설특보가 내려졌습니다. 출근길 상황을 실시간으로 전해드립니다.",
        [
            (
                "09:48",
                "지하철 증편 운행",
                "서울시는 지하철 1~8호선을 출근 시간대에 스무 차례 증편 운행한다고 밝혔습니다.",
            ),
            (
                "07:10",
                "",
                "경부고속도로 상행선 일부 구간에서 차량이 시속 20킬로미터로 서행하고 있습니다.",
            ),
        ],
        refresh="새로고침",
    ),
    title="[실시간] 수도권 첫 대설특보… 출근길 교통 혼잡",
    published=at(2026, 11, 20, 6, 30, None),
    modified=at(2026, 11, 20, 9, 48, None),
    must=(
        "수도권에 올겨울 첫 대설특보가 내려졌습니다",
        "서울시는 지하철 1~8호선을 출근 시간대에",
        "경부고속도로 상행선 일부 구간에서",
    ),
    must_not=("새로고침",),
)


# ---------------------------------------------------------------------------------------
# C. Markers by the headline: in a badge, in <title> only, or written into the <h1>.


def story(
    lang: str,
    h1_html: str,
    meta_line: str,
    paras: tuple[str, ...],
    *,
    head_title: str,
    head: str = "",
    top: str = "",
    bottom: str = "",
    rtl: bool = False,
) -> str:
    """An ordinary story page: headline, a date line, an optional box before and after the
    text, a share bar and related links."""
    ps = "".join(f"<p>{p}</p>" for p in paras)
    main = (
        f"<main><article class='story'><header><h1 class='headline'>{h1_html}</h1>"
        f"<div class='story-meta'>{meta_line}</div></header><div class='share-bar'><a "
        "href='#'>Facebook</a> <a href='#'>X</a> <a href='#'>E-mail</a></div>"
        f"<div class='story-body'>{top}{ps}{bottom}</div></article></main>"
    )
    return shell(lang, head_title, main, head=head, rtl=rtl)


def og_times(published: str, modified: str = "", title: str = "") -> str:
    out = f'<meta property="article:published_time" content="{published}">'
    if modified:
        out += f'<meta property="article:modified_time" content="{modified}">'
    if title:
        out += f'<meta property="og:title" content="{title}">'
    return out


add(
    "en_live_in_title_tag_only",
    "https://kestreldaily.example/news/2026/dec/01/budget-statement-live",
    story(
        "en",
        "Budget statement: what the chancellor announced",
        "By Hannah Moyle · 1 December 2026",
        (
            "The chancellor announced a freeze on fuel duty and a new tax band for incomes "
            "over £200,000 in her first budget statement.",
            "Opposition parties said the plans did little for renters, who face the steepest "
            "rises in a decade.",
        ),
        head_title="LIVE: Budget statement: what the chancellor announced | Kestrel Daily",
        head=og_times(
            "2026-12-01T12:30:00+00:00",
            title="LIVE: Budget statement: what the chancellor announced",
        ),
    ),
    title="Budget statement: what the chancellor announced",
    published=at(2026, 12, 1, 12, 30, 0),
    must=("The chancellor announced a freeze on fuel duty", "Opposition parties said the plans"),
)

add(
    "fr_en_direct_span_in_h1",
    "https://kestrel-quotidien.example/politique/direct-motion-censure",
    story(
        "fr",
        "<span class='tag-live'>EN DIRECT</span> Motion de censure : le gouvernement "
        "sauvé à onze voix près",
        "Publié le 26 novembre 2026 à 17h02",
        (
            "La motion de censure déposée par l'opposition a recueilli 278 voix, onze de moins "
            "que la majorité absolue nécessaire.",
            "Le Premier ministre a salué un vote de responsabilité et promis de rouvrir le "
            "dialogue sur la réforme des retraites.",
        ),
        head_title="EN DIRECT - Motion de censure : le gouvernement sauvé à onze voix près",
    ),
    title="Motion de censure : le gouvernement sauvé à onze voix près",
    published=at(2026, 11, 26, 17, 2, None),
    must=("La motion de censure déposée par l'opposition", "Le Premier ministre a salué"),
)

add(
    "ru_online_label_class_in_h1",
    "https://kestrel-vesti.example/sport/online-final-2026",
    story(
        "ru",
        "Финал Кубка: «Волна» обыграла «Северсталь» <span class='label-online'>"
        "В РЕЖИМЕ ОНЛАЙН</span>",
        "Опубликовано 30.11.2026 в 21:47 (МСК)",
        (
            "«Волна» впервые в истории выиграла Кубок, обыграв «Северсталь» со счётом 3:1 в "
            "финале в Казани.",
            "Два мяча забил нападающий Артём Рожков, ещё один — защитник Илья Гаев.",
        ),
        head_title="Финал Кубка: «Волна» обыграла «Северсталь» — онлайн",
    ),
    title="Финал Кубка: «Волна» обыграла «Северсталь»",
    published=at(2026, 11, 30, 21, 47, 3),
    must=("«Волна» впервые в истории выиграла Кубок", "Два мяча забил нападающий Артём Рожков"),
)

add(
    "zh_zhibo_bracket_in_h1_text",
    "https://kestrel-news.example/zh/2026/12/02/launch",
    story(
        "zh",
        "【直播】长征火箭今晚发射新一代气象卫星",
        "发布时间：2026-12-02 19:30",
        (
            "新一代气象卫星将于今晚八时在海滨发射场发射，卫星设计寿命八年。",
            "发射成功后，卫星将在一个月内完成在轨测试，明年春季投入业务运行。",
        ),
        head_title="【直播】长征火箭今晚发射新一代气象卫星_新闻频道",
    ),
    title="【直播】长征火箭今晚发射新一代气象卫星",
    published=at(2026, 12, 2, 19, 30, None),
    must=("新一代气象卫星将于今晚八时", "发射成功后，卫星将在一个月内"),
)

add(
    "en_live_kicker_line_in_h1",
    "https://kestreldaily.example/sport/2026/nov/30/cup-final-live",
    story(
        "en",
        "<span class='kicker live'>Live</span><br>Cup final: Harlow Town beat Kestrel "
        "Rovers on penalties",
        "Published 30 November 2026, 17:58 GMT",
        (
            "Harlow Town won their first cup for forty years after beating Kestrel Rovers 5-4 "
            "on penalties at a sold-out Meadow Park.",
            "Goalkeeper Sam Ogden saved two spot kicks before Ryan Tate scored the winner.",
        ),
        head_title="Live: Cup final: Harlow Town beat Kestrel Rovers on penalties",
    ),
    title="Cup final: Harlow Town beat Kestrel Rovers on penalties",
    published=at(2026, 11, 30, 17, 58, 0),
    must=("Harlow Town won their first cup for forty years", "Goalkeeper Sam Ogden saved"),
)

add(
    "tr_canli_prefix_in_h1_text",
    "https://kestrel-haber.example/gundem/canli-deprem-tatbikati",
    story(
        "tr",
        "CANLI | İstanbul'da büyük deprem tatbikatı başladı",
        "Yayınlanma: 12.11.2026 10:00 · Güncelleme: 12.11.2026 11:20",
        (
            "İstanbul'da 39 ilçede aynı anda başlayan deprem tatbikatına okullar, hastaneler "
            "ve kamu binaları katılıyor.",
            "Valilik, tatbikat sırasında bazı caddelerin bir saat süreyle trafiğe kapatılacağını "
            "duyurdu.",
        ),
        head_title="CANLI | İstanbul'da büyük deprem tatbikatı başladı - Kestrel Haber",
    ),
    title="CANLI | İstanbul'da büyük deprem tatbikatı başladı",
    published=at(2026, 11, 12, 10, 0, None),
    modified=at(2026, 11, 12, 11, 20, None),
    must=("39 ilçede aynı anda başlayan deprem tatbikatına", "Valilik, tatbikat sırasında"),
)


# ---------------------------------------------------------------------------------------
# D. "Published 08:15" beside "Updated 10:42": both fields, times and offsets.

add(
    "en_published_updated_gmt",
    "https://kestreldaily.example/news/2026/dec/04/bridge-inspection",
    story(
        "en",
        "River bridge to close for three weeks after inspection finds cracks",
        "<span class='published'>Published 08:15 GMT, 4 December 2026</span> | "
        "<span class='updated'>Updated 10:42 GMT, 4 December 2026</span>",
        (
            "The Abbey Road bridge will close to all traffic from Monday after engineers found "
            "cracks in two of its supporting beams.",
            "Buses will be diverted over the Mill Street crossing, adding about ten minutes to "
            "journeys into the town centre.",
        ),
        head_title="River bridge to close for three weeks | Kestrel Daily",
    ),
    title="River bridge to close for three weeks after inspection finds cracks",
    published=at(2026, 12, 4, 8, 15, 0),
    modified=at(2026, 12, 4, 10, 42, 0),
    must=("The Abbey Road bridge will close", "Buses will be diverted over the Mill Street"),
    must_not=("Updated 10:42",),
)

add(
    "de_veroeffentlicht_aktualisiert_mez",
    "https://kestrel-zeitung.example/region/schwimmbad-schliessung-100.html",
    story(
        "de",
        "Hallenbad Nordstadt schließt früher als geplant",
        "Veröffentlicht am 03.12.2026 um 08:15 Uhr · Aktualisiert am 03.12.2026 um 10:42 Uhr",
        (
            "Das Hallenbad in der Nordstadt schließt bereits Ende Januar, weil die Heizungsanlage "
            "nicht mehr repariert werden kann.",
            "Der Schwimmunterricht der Grundschulen soll ins Sportbad am Ring verlegt werden.",
        ),
        head_title="Hallenbad Nordstadt schließt früher | Kestrel Zeitung",
        head=og_times("2026-12-03T08:15:00+01:00", "2026-12-03T10:42:00+01:00"),
    ),
    title="Hallenbad Nordstadt schließt früher als geplant",
    published=at(2026, 12, 3, 8, 15, 1),
    modified=at(2026, 12, 3, 10, 42, 1),
    must=("Das Hallenbad in der Nordstadt schließt", "Der Schwimmunterricht der Grundschulen"),
)

add(
    "fr_publie_mis_a_jour_no_meta",
    "https://kestrel-quotidien.example/regions/marche-de-noel-annule",
    story(
        "fr",
        "Le marché de Noël de Valbourg annulé à cause des travaux",
        "Publié le 02/12/2026 à 08h15, mis à jour le 02/12/2026 à 10h42",
        (
            "La mairie de Valbourg a annoncé l'annulation du marché de Noël, la place centrale "
            "étant occupée par le chantier du tramway.",
            "Les exposants se verront proposer des emplacements gratuits lors du marché de "
            "printemps.",
        ),
        head_title="Le marché de Noël de Valbourg annulé - Kestrel Quotidien",
    ),
    title="Le marché de Noël de Valbourg annulé à cause des travaux",
    published=at(2026, 12, 2, 8, 15, None),
    modified=at(2026, 12, 2, 10, 42, None),
    must=("La mairie de Valbourg a annoncé l'annulation", "Les exposants se verront proposer"),
)

add(
    "es_publicado_actualizado_cet",
    "https://kestrel-diario.example/local/2026/12/05/obras-puerto",
    story(
        "es",
        "Las obras del puerto cortarán el paseo marítimo hasta marzo",
        "Publicado: 05/12/2026 08:15 CET | Actualizado: 05/12/2026 10:42 CET",
        (
            "El paseo marítimo permanecerá cerrado entre el muelle norte y la playa de La Cala "
            "mientras duren las obras de ampliación del puerto.",
            "El Ayuntamiento habilitará un itinerario alternativo por la calle del Faro.",
        ),
        head_title="Las obras del puerto cortarán el paseo marítimo | Kestrel Diario",
    ),
    title="Las obras del puerto cortarán el paseo marítimo hasta marzo",
    published=at(2026, 12, 5, 8, 15, 1),
    modified=at(2026, 12, 5, 10, 42, 1),
    must=("El paseo marítimo permanecerá cerrado", "El Ayuntamiento habilitará un itinerario"),
)

add(
    "nl_gepubliceerd_bijgewerkt_time_tags",
    "https://kestrel-nieuws.example/binnenland/dijkversterking-vertraagd",
    story(
        "nl",
        "Dijkversterking bij Zandhoven loopt jaar vertraging op",
        "Gepubliceerd <time datetime='2026-11-27T08:15:00+01:00'>27 november 2026, "
        "08:15</time> · Bijgewerkt <time datetime='2026-11-27T10:42:00+01:00'>10:42</time>",
        (
            "De versterking van de dijk bij Zandhoven is een jaar later klaar dan gepland, "
            "meldt het waterschap.",
            "Bij de aanbesteding bleek dat er te weinig klei beschikbaar is in de regio.",
        ),
        head_title="Dijkversterking bij Zandhoven vertraagd | Kestrel Nieuws",
    ),
    title="Dijkversterking bij Zandhoven loopt jaar vertraging op",
    published=at(2026, 11, 27, 8, 15, 1),
    modified=at(2026, 11, 27, 10, 42, 1),
    must=("De versterking van de dijk bij Zandhoven", "Bij de aanbesteding bleek"),
)

add(
    "el_dimosieusi_enimerosi",
    "https://kestrel-eidiseis.example/koinonia/limani-apergia",
    story(
        "el",
        "Απεργία στο λιμάνι: δεμένα τα πλοία για 24 ώρες",
        "Δημοσίευση: 09/12/2025 08:15 | Ενημέρωση: 09/12/2025 10:42",
        (
            "Δεμένα θα παραμείνουν τα πλοία στο λιμάνι για 24 ώρες λόγω της απεργίας των "
            "ναυτεργατών.",
            "Οι επιβάτες μπορούν να αλλάξουν τα εισιτήριά τους χωρίς χρέωση έως την Παρασκευή.",
        ),
        head_title="Απεργία στο λιμάνι: δεμένα τα πλοία | Kestrel",
    ),
    title="Απεργία στο λιμάνι: δεμένα τα πλοία για 24 ώρες",
    published=at(2025, 12, 9, 8, 15, None),
    modified=at(2025, 12, 9, 10, 42, None),
    must=("Δεμένα θα παραμείνουν τα πλοία", "Οι επιβάτες μπορούν να αλλάξουν"),
)

add(
    "hi_prakashit_apdet_ist",
    "https://kestrel-samachar.example/desh/metro-naya-root",
    story(
        "hi",
        "मेट्रो की नई लाइन पर अगले महीने से चलेंगी ट्रेनें",
        "प्रकाशित: 06 दिसंबर 2026, 08:15 AM IST | अपडेटेड: 06 दिसंबर 2026, 10:42 AM IST",
        (
            "शहर की मेट्रो की नई लाइन पर अगले महीने से यात्री ट्रेनें चलने लगेंगी, मेट्रो निगम ने बताया।",
            "नई लाइन पर बारह स्टेशन होंगे और हर दस मिनट पर एक ट्रेन चलेगी।",
        ),
        head_title="मेट्रो की नई लाइन पर अगले महीने से चलेंगी ट्रेनें | Kestrel",
    ),
    title="मेट्रो की नई लाइन पर अगले महीने से चलेंगी ट्रेनें",
    published=at(2026, 12, 6, 8, 15, 5.5),
    modified=at(2026, 12, 6, 10, 42, 5.5),
    must=("शहर की मेट्रो की नई लाइन पर", "नई लाइन पर बारह स्टेशन होंगे"),
)

add(
    "en_updated_first_then_published",
    "https://kestreldaily.example/business/2026/dec/02/plant-closure",
    story(
        "en",
        "Packaging plant to close with the loss of 300 jobs",
        "Updated December 2, 2026 10:42 am ET · Published December 2, 2026 8:15 am ET",
        (
            "The packaging plant on the east side will close in March, its owner said, ending "
            "three hundred jobs.",
            "The company blamed falling orders from food makers who have moved to recycled "
            "cartons.",
        ),
        head_title="Packaging plant to close with the loss of 300 jobs",
    ),
    title="Packaging plant to close with the loss of 300 jobs",
    published=at(2026, 12, 2, 8, 15, -5),
    modified=at(2026, 12, 2, 10, 42, -5),
    must=("The packaging plant on the east side will close", "The company blamed falling orders"),
)


# ---------------------------------------------------------------------------------------
# E. Correction and editor's-note boxes (the article's own note), top or bottom.

add(
    "en_correction_box_bottom",
    "https://kestreldaily.example/news/2026/nov/20/school-funding",
    story(
        "en",
        "County to spend £12m rebuilding two primary schools",
        "By Tom Farrant · Published 20 November 2026",
        (
            "The county council will spend £12m rebuilding Westfield and Larch Hill primary "
            "schools, both closed last year over unsafe concrete.",
            "Work is due to start in the spring and finish before September 2028.",
        ),
        head_title="County to spend £12m rebuilding two primary schools | Kestrel Daily",
        bottom="<div class='correction-notice'><p><strong>Correction:</strong> An earlier "
        "version of this article said the schools closed in 2024. They closed in 2025.</p>"
        "</div>",
    ),
    title="County to spend £12m rebuilding two primary schools",
    published=at(2026, 11, 20, 0, 0, None),
    must=(
        "The county council will spend £12m",
        "An earlier version of this article said the schools closed in 2024",
    ),
)

add(
    "en_editors_note_top",
    "https://kestreldaily.example/news/2026/nov/21/factory-fire",
    story(
        "en",
        "Fire at chemical works forces residents to stay indoors",
        "By Priya Anand · Published 21 November 2026",
        (
            "Residents near the Greywell chemical works were told to keep windows and doors "
            "shut after a fire broke out in a storage shed.",
            "Firefighters brought the blaze under control by mid-afternoon.",
        ),
        head_title="Fire at chemical works | Kestrel Daily",
        top="<aside class='editors-note'><p><em>Editor's note: This story has been updated "
        "to include the fire service's statement that no one was injured.</em></p></aside>",
    ),
    title="Fire at chemical works forces residents to stay indoors",
    published=at(2026, 11, 21, 0, 0, None),
    must=(
        "This story has been updated to include the fire service's statement",
        "Residents near the Greywell chemical works",
        "Firefighters brought the blaze under control",
    ),
)

add(
    "de_korrektur_hinweis_unten",
    "https://kestrel-zeitung.example/wirtschaft/werk-stellenabbau-100.html",
    story(
        "de",
        "Zulieferer streicht 400 Stellen in Lemfeld",
        "Von Anna Brückner · 19.11.2026",
        (
            "Der Autozulieferer Harmsen will in seinem Werk in Lemfeld bis Ende 2027 rund 400 "
            "Stellen streichen.",
            "Der Betriebsrat kündigte Widerstand an und verlangt eine Standortgarantie.",
        ),
        head_title="Zulieferer streicht 400 Stellen | Kestrel Zeitung",
        bottom="<div class='hinweis korrektur'><p><b>Korrektur:</b> In einer früheren "
        "Fassung dieses Artikels hieß es, das Werk gehöre zu Bremke. Das ist falsch, wir "
        "haben die Stelle korrigiert.</p></div>",
    ),
    title="Zulieferer streicht 400 Stellen in Lemfeld",
    published=at(2026, 11, 19, 0, 0, None),
    must=(
        "Der Autozulieferer Harmsen will",
        "In einer früheren Fassung dieses Artikels hieß es",
    ),
)

add(
    "fr_rectificatif_haut",
    "https://kestrel-quotidien.example/economie/usine-fermeture",
    story(
        "fr",
        "L'usine de Montclar fermera ses portes en juin",
        "Par Julien Casta · Publié le 18/11/2026",
        (
            "L'usine de verre de Montclar fermera en juin, a annoncé la direction devant les "
            "représentants du personnel.",
            "Les 180 salariés se verront proposer un reclassement sur le site de Vierzac.",
        ),
        head_title="L'usine de Montclar fermera en juin | Kestrel Quotidien",
        top="<div class='encadre-rectificatif'><p><strong>Rectificatif :</strong> une "
        "première version de cet article indiquait 280 salariés. Ils sont 180.</p></div>",
    ),
    title="L'usine de Montclar fermera ses portes en juin",
    published=at(2026, 11, 18, 0, 0, None),
    must=(
        "une première version de cet article indiquait 280 salariés",
        "L'usine de verre de Montclar fermera",
    ),
)

add(
    "es_nota_redaccion_abajo",
    "https://kestrel-diario.example/sociedad/2026/11/17/hospital-urgencias",
    story(
        "es",
        "Las urgencias del hospital comarcal abrirán las 24 horas",
        "Por Lucía Andrade · 17/11/2026",
        (
            "El servicio de urgencias del hospital comarcal abrirá las veinticuatro horas a "
            "partir de enero, tras la contratación de nueve médicos.",
            "Hasta ahora, los pacientes tenían que desplazarse de noche a la capital.",
        ),
        head_title="Las urgencias del hospital comarcal abrirán las 24 horas",
        bottom="<p class='nota-redaccion'><em>Nota de la redacción: este artículo se ha "
        "actualizado para incluir la respuesta de la consejería de Sanidad, que confirmó "
        "la fecha.</em></p>",
    ),
    title="Las urgencias del hospital comarcal abrirán las 24 horas",
    published=at(2026, 11, 17, 0, 0, None),
    must=(
        "El servicio de urgencias del hospital comarcal",
        "este artículo se ha actualizado para incluir la respuesta",
    ),
)


# ---------------------------------------------------------------------------------------
# F. An update box repeating an earlier paragraph.

add(
    "en_update_box_repeats_paragraph",
    "https://kestreldaily.example/news/2026/dec/06/missing-walker",
    story(
        "en",
        "Missing walker found safe on Carn Ridge",
        "Published 6 December 2026, 09:10 GMT · Updated 11:25 GMT",
        (
            "A walker reported missing on Carn Ridge overnight has been found safe by the "
            "mountain rescue team.",
            "Police said the man, 54, had been walking alone and lost his way in thick fog "
            "on Saturday evening.",
            "Rescuers reached him shortly after dawn near the old quarry track.",
        ),
        head_title="Missing walker found safe | Kestrel Daily",
        top="<div class='update-box'><p><strong>Update 11:25:</strong> Police have thanked "
        "the public for their help and said the man is being checked in hospital as a "
        "precaution.</p><p>Police said the man, 54, had been walking alone and lost his way "
        "in thick fog on Saturday evening.</p></div>",
    ),
    title="Missing walker found safe on Carn Ridge",
    published=at(2026, 12, 6, 9, 10, 0),
    modified=at(2026, 12, 6, 11, 25, 0),
    must=(
        "Police have thanked the public for their help",
        "A walker reported missing on Carn Ridge",
        "Police said the man, 54, had been walking alone",
        "Rescuers reached him shortly after dawn",
    ),
)

add(
    "it_aggiornamento_ripete_paragrafo",
    "https://kestrel-giornale.example/cronaca/incidente-ferroviario-2026",
    story(
        "it",
        "Treno fermo per un guasto, passeggeri bloccati due ore",
        "Pubblicato il 07/12/2026 alle 08:15 · Aggiornato alle 10:42",
        (
            "Un treno regionale è rimasto fermo per oltre due ore tra Borgoleone e Santa Rita "
            "a causa di un guasto alla linea elettrica.",
            "I circa trecento passeggeri sono stati fatti scendere e accompagnati a piedi fino "
            "alla stazione più vicina.",
        ),
        head_title="Treno fermo per un guasto | Kestrel Giornale",
        bottom="<div class='box-aggiornamento'><h4>Aggiornamento delle 10:42</h4><p>La "
        "circolazione è ripresa regolarmente alle 10:30, fa sapere il gestore della rete.</p>"
        "<p>Un treno regionale è rimasto fermo per oltre due ore tra Borgoleone e Santa Rita "
        "a causa di un guasto alla linea elettrica.</p></div>",
    ),
    title="Treno fermo per un guasto, passeggeri bloccati due ore",
    published=at(2026, 12, 7, 8, 15, None),
    modified=at(2026, 12, 7, 10, 42, None),
    must=(
        "Un treno regionale è rimasto fermo",
        "I circa trecento passeggeri",
        "La circolazione è ripresa regolarmente alle 10:30",
    ),
)


# ---------------------------------------------------------------------------------------
# G. Timeline pages: dated entries.

add(
    "en_timeline_dl",
    "https://kestreldaily.example/news/2026/nov/25/harbour-tunnel-timeline",
    story(
        "en",
        "Harbour tunnel: a timeline of the delays",
        "By Kestrel Daily staff · Published 25 November 2026",
        ("The harbour tunnel was meant to open in 2023. Here is how it slipped.",),
        head_title="Harbour tunnel: a timeline of the delays",
        bottom="<ol class='timeline'>"
        "<li><time datetime='2019-03-14'>March 2019</time><p>The council approves the "
        "tunnel, with a budget of £410m and an opening date of summer 2023.</p></li>"
        "<li><time datetime='2021-06-02'>June 2021</time><p>Boring is halted for five "
        "months after water floods the eastern shaft.</p></li>"
        "<li><time datetime='2024-01-10'>January 2024</time><p>The contractor warns that "
        "the opening will slip to 2026 and the cost will pass £600m.</p></li>"
        "<li><time datetime='2026-11-24'>November 2026</time><p>Safety tests on the "
        "ventilation system fail, and opening is put back again.</p></li></ol>",
    ),
    title="Harbour tunnel: a timeline of the delays",
    published=at(2026, 11, 25, 0, 0, None),
    must=(
        "The council approves the tunnel, with a budget of £410m",
        "Boring is halted for five months",
        "The contractor warns that the opening will slip",
        "Safety tests on the ventilation system fail",
    ),
)

add(
    "ja_timeline_nenpyo",
    "https://kestrel-shimbun.example/news/20261130-nenpyo",
    story(
        "ja",
        "新庁舎建設をめぐる経緯",
        "2026年11月30日 18時00分",
        ("市役所の新庁舎建設をめぐる主な経緯は次の通りです。",),
        head_title="新庁舎建設をめぐる経緯｜ケストレル新聞",
        bottom="<div class='nenpyo'><dl>"
        "<dt>2020年4月</dt><dd>市議会が新庁舎の建設計画を可決。総事業費は120億円とされた。</dd>"
        "<dt>2023年9月</dt><dd>資材価格の高騰で、事業費が160億円に膨らむ見通しに。</dd>"
        "<dt>2026年11月</dt><dd>市長が計画の見直しを表明し、着工を2年延期すると発表。</dd>"
        "</dl></div>",
    ),
    title="新庁舎建設をめぐる経緯",
    published=at(2026, 11, 30, 18, 0, None),
    must=(
        "市議会が新庁舎の建設計画を可決",
        "資材価格の高騰で、事業費が160億円に膨らむ見通しに",
        "市長が計画の見直しを表明し",
    ),
)

add(
    "de_chronik_entwicklung",
    "https://kestrel-zeitung.example/politik/chronik-stadtbahn-100.html",
    story(
        "de",
        "Chronik: Der lange Weg zur Stadtbahn",
        "Stand: 28.11.2026, 16:20 Uhr",
        ("Seit fast zwanzig Jahren wird in Lemfeld über eine Stadtbahn gestritten.",),
        head_title="Chronik: Der lange Weg zur Stadtbahn | Kestrel Zeitung",
        bottom="<div class='chronik'><h2>Die Entwicklung</h2>"
        "<div class='chronik-eintrag'><strong>12. Mai 2008</strong><p>Der Stadtrat beschließt "
        "eine erste Machbarkeitsstudie für eine Stadtbahn.</p></div>"
        "<div class='chronik-eintrag'><strong>3. März 2019</strong><p>Ein Bürgerentscheid "
        "stimmt mit 56 Prozent für den Bau der ersten Linie.</p></div>"
        "<div class='chronik-eintrag'><strong>27. November 2026</strong><p>Das Land sagt "
        "Fördermittel über 210 Millionen Euro zu.</p></div></div>",
    ),
    title="Chronik: Der lange Weg zur Stadtbahn",
    published=at(2026, 11, 28, 16, 20, None),
    must=(
        "Seit fast zwanzig Jahren wird in Lemfeld",
        "Der Stadtrat beschließt eine erste Machbarkeitsstudie",
        "Ein Bürgerentscheid stimmt mit 56 Prozent",
        "Das Land sagt Fördermittel über 210 Millionen Euro zu",
    ),
)


# ---------------------------------------------------------------------------------------
# A second batch, written after the first's run and fixes: more date-line languages and
# scripts, short update notes, a live blog whose entries are only in its JSON-LD, a ticker
# of hashed classes, a relative "updated" line, a timeline table.
SECOND_BATCH_START = len(PROBES)

add(
    "zh_fabu_gengxin_times",
    "https://kestrel-news.example/zh/2026/11/26/subway-line",
    story(
        "zh",
        "地铁十号线延伸段年底通车",
        "发布时间：2026-11-26 08:15　更新时间：2026-11-26 10:42",
        (
            "地铁十号线延伸段将于今年年底开通运营，新增车站六座，全长九点八公里。",
            "延伸段开通后，从新城到市中心的通勤时间将缩短至四十分钟以内。",
        ),
        head_title="地铁十号线延伸段年底通车_新闻频道",
    ),
    title="地铁十号线延伸段年底通车",
    published=at(2026, 11, 26, 8, 15, None),
    modified=at(2026, 11, 26, 10, 42, None),
    must=("地铁十号线延伸段将于今年年底开通运营", "从新城到市中心的通勤时间将缩短"),
)

add(
    "ko_ipryeok_sujeong_words",
    "https://kestrel-ilbo.example/news/article/20261124-library",
    story(
        "ko",
        "시립도서관 야간 개관 내년부터 확대",
        "기사입력 2026-11-24 08:15 | 최종수정 2026-11-24 10:42",
        (
            "시립도서관 다섯 곳이 내년부터 평일 밤 열 시까지 문을 연다고 시가 밝혔습니다.",
            "시는 야간 근무 인력을 위해 사서 열두 명을 새로 채용할 계획입니다.",
        ),
        head_title="시립도서관 야간 개관 내년부터 확대 - 케스트렐일보",
    ),
    title="시립도서관 야간 개관 내년부터 확대",
    published=at(2026, 11, 24, 8, 15, None),
    modified=at(2026, 11, 24, 10, 42, None),
    must=("시립도서관 다섯 곳이 내년부터", "시는 야간 근무 인력을 위해"),
)

add(
    "ar_nushira_akhir_tahdith",
    "https://kestrel-akhbar.example/ar/news/2026/11/23/port",
    story(
        "ar",
        "افتتاح المرحلة الأولى من توسعة الميناء الشمالي",
        "نُشر في: 23 نوفمبر 2026 - 08:15 | آخر تحديث: 23 نوفمبر 2026 - 10:42",
        (
            "افتتحت هيئة الموانئ المرحلة الأولى من توسعة الميناء الشمالي بطاقة استيعابية "
            "تبلغ مليون حاوية سنوياً.",
            "وتشمل المرحلة الثانية إنشاء رصيف جديد للسفن السياحية بحلول عام 2028.",
        ),
        head_title="افتتاح المرحلة الأولى من توسعة الميناء الشمالي | كيستريل",
        rtl=True,
    ),
    title="افتتاح المرحلة الأولى من توسعة الميناء الشمالي",
    published=at(2026, 11, 23, 8, 15, None),
    modified=at(2026, 11, 23, 10, 42, None),
    must=("افتتحت هيئة الموانئ المرحلة الأولى", "وتشمل المرحلة الثانية إنشاء رصيف جديد"),
)

add(
    "he_pursam_udkan",
    "https://kestrel-hadashot.example/news/2026/11/22/park",
    story(
        "he",
        "הפארק העירוני ייפתח מחדש בחנוכה",
        "פורסם: 22.11.26, 08:15 | עודכן: 22.11.26, 10:42",
        (
            "הפארק העירוני, שהיה סגור שנה וחצי לשיפוצים, ייפתח מחדש לציבור בחנוכה.",
            "בפארק נבנו מגרש משחקים חדש, שבילי אופניים ובריכה אקולוגית.",
        ),
        head_title="הפארק העירוני ייפתח מחדש בחנוכה | קסטרל",
        rtl=True,
    ),
    title="הפארק העירוני ייפתח מחדש בחנוכה",
    published=at(2026, 11, 22, 8, 15, None),
    modified=at(2026, 11, 22, 10, 42, None),
    must=("הפארק העירוני, שהיה סגור שנה וחצי", "בפארק נבנו מגרש משחקים חדש"),
)

add(
    "id_diterbitkan_diperbarui_wib",
    "https://kestrel-berita.example/nasional/2026/11/21/jembatan",
    story(
        "id",
        "Jembatan Sungai Lamo Ditutup Sementara untuk Perbaikan",
        "Diterbitkan 21 November 2026, 08:15 WIB · Diperbarui 21 November 2026, 10:42 WIB",
        (
            "Jembatan Sungai Lamo ditutup sementara selama dua minggu untuk perbaikan "
            "sambungan yang retak.",
            "Kendaraan dialihkan melalui jalan lingkar timur yang menambah waktu tempuh sekitar "
            "lima belas menit.",
        ),
        head_title="Jembatan Sungai Lamo Ditutup Sementara untuk Perbaikan - Kestrel Berita",
    ),
    title="Jembatan Sungai Lamo Ditutup Sementara untuk Perbaikan",
    published=at(2026, 11, 21, 8, 15, 7),
    modified=at(2026, 11, 21, 10, 42, 7),
    must=("Jembatan Sungai Lamo ditutup sementara", "Kendaraan dialihkan melalui jalan lingkar"),
)

add(
    "en_short_update_note_top",
    "https://kestreldaily.example/news/2026/dec/03/coast-road",
    story(
        "en",
        "Coast road closed after landslip near Penhallow",
        "Published 3 December 2026, 07:50 GMT · Updated 3 December 2026, 12:05 GMT",
        (
            "The coast road between Penhallow and St Enys was closed on Thursday morning after "
            "a landslip brought rocks and mud across both lanes.",
            "Council engineers said the cliff above the road would be checked before it reopens.",
        ),
        head_title="Coast road closed after landslip near Penhallow | Kestrel Daily",
        top="<p class='update-note'><strong>Update:</strong> The road has now reopened.</p>",
    ),
    title="Coast road closed after landslip near Penhallow",
    published=at(2026, 12, 3, 7, 50, 0),
    modified=at(2026, 12, 3, 12, 5, 0),
    must=(
        "The road has now reopened.",
        "The coast road between Penhallow and St Enys",
        "Council engineers said the cliff",
    ),
)

add(
    "en_short_correction_line_bottom",
    "https://kestreldaily.example/culture/2026/nov/28/choir-award",
    story(
        "en",
        "Village choir wins national award at first attempt",
        "By Owen Pryce · 28 November 2026",
        (
            "The Llanfair village choir has won the national community choir award at its "
            "first attempt, beating forty other choirs.",
            "The choir was formed only two years ago, after a notice in the village shop "
            "window asked for singers.",
        ),
        head_title="Village choir wins national award | Kestrel Daily",
        bottom="<p class='correction'><em>This article was amended on 29 November 2026 to "
        "correct the choir's name.</em></p>",
    ),
    title="Village choir wins national award at first attempt",
    published=at(2026, 11, 28, 0, 0, None),
    must=(
        "The Llanfair village choir has won",
        "The choir was formed only two years ago",
        "This article was amended on 29 November 2026 to correct the choir's name.",
    ),
)

add(
    "de_liveblog_entries_only_in_ld",
    "https://kestrel-zeitung.example/panorama/liveblog-glatteis-100.html",
    shell(
        "de",
        "Glatteis im Norden: Der Liveblog | Kestrel Zeitung",
        "<main><div id='liveblog-root'><h1>Glatteis im Norden: Der Liveblog</h1><p "
        "class='intro'>Blitzeis legt den Verkehr in mehreren Landkreisen lahm. Wir halten Sie "
        "auf dem Laufenden.</p><div class='liveblog-skeleton'></div></div></main>",
        head=liveblog_ld(
            "Glatteis im Norden: Der Liveblog",
            "2026-12-01T06:00:00+01:00",
            "2026-12-01T11:30:00+01:00",
            [
                (
                    "2026-12-01T11:30:00+01:00",
                    "Schulbusse fahren wieder",
                    "Ab Mittag fahren die Schulbusse im Landkreis Wesermarsch wieder nach Plan, "
                    "teilt der Landkreis mit.",
                ),
                (
                    "2026-12-01T07:10:00+01:00",
                    "Mehr als 80 Unfälle",
                    "Die Polizei zählte bis sieben Uhr mehr als achtzig Unfälle auf glatten "
                    "Straßen, meist mit Blechschaden.",
                ),
            ],
        ),
    ),
    title="Glatteis im Norden: Der Liveblog",
    published=at(2026, 12, 1, 6, 0, 1),
    modified=at(2026, 12, 1, 11, 30, 1),
    must=(
        "Blitzeis legt den Verkehr in mehreren Landkreisen lahm",
        "Ab Mittag fahren die Schulbusse im Landkreis Wesermarsch wieder",
        "Die Polizei zählte bis sieben Uhr mehr als achtzig Unfälle",
    ),
)

add(
    "en_ticker_hashed_classes",
    "https://kestreldaily.example/news/live/2026/nov/27/rail-strike",
    shell(
        "en",
        "Rail strike: live updates | Kestrel Daily",
        "<main><div class='css-1q2w3e'><h1 class='css-9o8i7u'>Rail strike: live updates</h1>"
        "<div class='css-5t6y7u'>Last updated <time datetime='2026-11-27T13:10:00Z'>13:10 GMT"
        "</time></div><div class='css-4r5t6y'>"
        "<div class='css-0p9o8i'><div class='css-a1s2d3'><time datetime='2026-11-27T13:10:00Z'>"
        "13:10</time></div><div class='css-z1x2c3'><p>Union leaders say a second day of strikes "
        "next Friday will go ahead unless a new pay offer is made.</p></div></div>"
        "<div class='css-0p9o8i'><div class='css-a1s2d3'><time datetime='2026-11-27T10:45:00Z'>"
        "10:45</time></div><div class='css-z1x2c3'><p>Only one train in five is running on the "
        "main line, and the first services started two hours late.</p></div></div>"
        "<div class='css-0p9o8i'><div class='css-a1s2d3'><time datetime='2026-11-27T07:30:00Z'>"
        "07:30</time></div><div class='css-z1x2c3'><p>Good morning. Train drivers across the "
        "country walked out at midnight in a dispute over pay.</p></div></div>"
        "</div><button class='css-m1n2b3'>Show more updates</button></div></main>",
        head=og_times("2026-11-27T07:30:00+00:00", "2026-11-27T13:10:00+00:00"),
    ),
    title="Rail strike: live updates",
    published=at(2026, 11, 27, 7, 30, 0),
    modified=at(2026, 11, 27, 13, 10, 0),
    must=(
        "Union leaders say a second day of strikes",
        "Only one train in five is running",
        "Train drivers across the country walked out",
    ),
    must_not=("Show more updates",),
)

add(
    "es_actualizado_hace_relative",
    "https://kestrel-diario.example/economia/2026/12/06/gasolina",
    story(
        "es",
        "El precio de la gasolina baja por tercera semana seguida",
        "Publicado el 06/12/2026 a las 08:15 · Actualizado hace 2 horas",
        (
            "El litro de gasolina cuesta de media 1,49 euros, tres céntimos menos que hace una "
            "semana, según el boletín petrolero.",
            "El gasóleo también baja, aunque menos, y se sitúa en 1,41 euros por litro.",
        ),
        head_title="El precio de la gasolina baja por tercera semana seguida",
    ),
    title="El precio de la gasolina baja por tercera semana seguida",
    published=at(2026, 12, 6, 8, 15, None),
    must=("El litro de gasolina cuesta de media", "El gasóleo también baja"),
)

add(
    "fr_chronologie_table",
    "https://kestrel-quotidien.example/politique/chronologie-reforme",
    story(
        "fr",
        "Réforme des régions : la chronologie",
        "Publié le 20/11/2026 à 18h00",
        ("Retour sur deux ans de débats autour de la réforme des régions.",),
        head_title="Réforme des régions : la chronologie | Kestrel Quotidien",
        bottom="<table class='chronologie'><tr><th>Date</th><th>Étape</th></tr>"
        "<tr><td>12 janvier 2025</td><td>Le gouvernement présente un premier projet de "
        "fusion de huit régions.</td></tr><tr><td>4 juillet 2025</td><td>Le Sénat rejette le "
        "texte en première lecture.</td></tr><tr><td>19 novembre 2026</td><td>L'Assemblée "
        "adopte une version réduite à quatre fusions.</td></tr></table>",
    ),
    title="Réforme des régions : la chronologie",
    published=at(2026, 11, 20, 18, 0, None),
    must=(
        "Retour sur deux ans de débats",
        "Le gouvernement présente un premier projet",
        "Le Sénat rejette le texte en première lecture",
        "L'Assemblée adopte une version réduite",
    ),
)

add(
    "vi_cap_nhat_after_published",
    "https://kestrel-tintuc.example/xa-hoi/2026/11/19/cau-moi",
    story(
        "vi",
        "Khánh thành cầu mới nối hai bờ sông Lam",
        "Thứ năm, 19/11/2026, 08:15 (GMT+7) · Cập nhật lúc 10:42 ngày 19/11/2026",
        (
            "Cây cầu mới bắc qua sông Lam dài 860 mét đã được khánh thành sáng nay sau hai năm "
            "thi công.",
            "Cầu giúp rút ngắn quãng đường giữa hai huyện từ 40 km xuống còn 6 km.",
        ),
        head_title="Khánh thành cầu mới nối hai bờ sông Lam - Kestrel",
    ),
    title="Khánh thành cầu mới nối hai bờ sông Lam",
    published=at(2026, 11, 19, 8, 15, 7),
    modified=at(2026, 11, 19, 10, 42, 7),
    must=("Cây cầu mới bắc qua sông Lam", "Cầu giúp rút ngắn quãng đường"),
)
