"""A seventh blind probe of publication dates (issue 12), written before reading the date
code, on pages beyond the news story, where the first probes are thin: a blog post whose only
date is in its URL or in the line closing the post ("This entry was posted on ..."), a
theme's split date badge (day, month, year in spans of their own), forum threads whose first
post carries the date and the replies later ones, a product review and a recipe with dated
reader reviews under them, a docs page stating only its last update, event pages whose event
day is not the publication day, press releases opening on a dateline, an obituary naming its
life's days, a podcast episode, a JSON-LD stamp that is the update's beside a visible
"originally published" line, several dates in the header (the site's "today" bar), a date
written only in a script's data layer, and a blog calendar in the sidebar; in 9 languages.
``published`` is the first publication of the page's main content (``None`` where the page
states none); a day alone is judged on its day, a time as written with its zone (naive when
the page gives none); ``...`` is not judged.
``python -m tests.metadata.test_blind_date_probes_7`` prints newsextract's, trafilatura's and
htmldate's hits. Every site, name and text here is invented."""

from __future__ import annotations

from datetime import UTC
from typing import Any

from tests.metadata.language_probes.kit import fetched_field_test, report_date_probes
from tests.metadata.test_blind_date_probes_6 import EST, at, day, ld, og, probe, prose


def page(
    lang: str,
    title: str,
    main: str,
    *,
    head: str = "",
    top: str = "",
    side: str = "",
    foot: str = "",
) -> str:
    """A page beyond news: ``head`` in ``<head>``, ``top`` in the site header, ``main`` (the
    page's own content), ``side`` in an ``<aside>``, ``foot`` in the site footer."""
    site = title.split("|")[-1].strip()
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>'
        f'{head}</head><body><header class="site-header">{top}<a class="logo" href="/">{site}'
        '</a><nav><a href="/blog">Blog</a> <a href="/about">About</a></nav></header>'
        f'<main id="content">{main}</main><aside class="sidebar">{side}</aside>'
        f'<footer class="site-footer">{foot}<p>© 2016–2024 {site}</p></footer></body></html>'
    )


def post(
    lang: str, h1: str, *, meta: str = "", end: str = "", after: str = "", css: str = "post"
) -> str:
    """A post: its headline, ``meta`` under it, the prose, ``end`` closing it, ``after``
    (comments, reviews, replies) below it."""
    return (
        f'<article class="{css}"><h1 class="entry-title">{h1}</h1>{meta}'
        f'<div class="entry-content">{prose(lang)}</div>{end}</article>{after}'
    )


def comments(items: list[tuple[str, str]], label: str = "Comments") -> str:
    """Readers' comments, each ``(name, date)``."""
    cells = "".join(
        f'<li class="comment"><div class="comment-meta"><b class="fn">{n}</b> '
        f'<span class="comment-date">{d}</span></div><p>Thanks, lovely idea!</p></li>'
        for n, d in items
    )
    return f'<section id="comments"><h2>{label}</h2><ol class="comment-list">{cells}</ol></section>'


def release(lang: str, title: str, css: str, top: str, end: str = "") -> str:
    """A press release: an ``<article>`` classed ``css``, ``top`` (its label, headline and
    opening line) over the prose, ``end`` under it."""
    return page(lang, title, f'<article class="{css}">{top}{prose(lang)}{end}</article>')


def recent(items: list[tuple[str, str]], label: str = "Recent posts") -> str:
    """A sidebar's recent posts, each ``(title, date)``."""
    cells = "".join(
        f'<li><a href="/p/{n}">{t}</a> <span class="post-date">{d}</span></li>'
        for n, (t, d) in enumerate(items)
    )
    return f'<section class="widget"><h3>{label}</h3><ul>{cells}</ul></section>'


def forum(posts: list[tuple[str, str, str]], head_label: str = "") -> str:
    """A forum thread: posts in order, each ``(author, header line, author box)``."""
    cells = "".join(
        f'<div class="post" id="p{n}"><div class="postprofile"><b class="username">{a}</b>'
        f'<dd>{box}</dd></div><div class="postbody"><p class="author">{line}</p>'
        f'<div class="content">{"Same here, the tap works fine now." if n else prose_en()}'
        "</div></div></div>"
        for n, (a, line, box) in enumerate(posts)
    )
    return f'<div class="topic"><h1 class="topic-title">{head_label}</h1>{cells}</div>'


def prose_en() -> str:
    return prose("en")


_CAL = (
    '<section class="widget widget_calendar"><table id="wp-calendar"><caption>March 2024'
    "</caption><thead><tr><th>M</th><th>T</th><th>W</th><th>T</th><th>F</th><th>S</th>"
    "<th>S</th></tr></thead><tbody><tr><td></td><td></td><td></td><td></td><td>1</td>"
    '<td><a href="/2024/03/02/">2</a></td><td>3</td></tr><tr><td>4</td>'
    '<td><a href="/2024/03/05/">5</a></td><td>6</td><td>7</td><td>8</td><td>9</td><td>10'
    '</td></tr><tr><td>11</td><td>12</td><td id="today">13</td><td>14</td></tr></tbody>'
    '<tfoot><tr><td><a href="/2024/02/">« Feb</a></td></tr></tfoot></table></section>'
)


PROBES: list[tuple[Any, ...]] = [
    # --- a blog post dated only by its URL, or by the line closing it ---
    probe(
        "en_blog_url_date_only",
        "https://allotmentnotes.example.org/2023/11/05/water-tap-at-last/",
        page(
            "en",
            "Water tap at last | Allotment Notes",
            post("en", "Water tap at last"),
            side=recent([("Bean trellis", "2 days ago")], "Latest"),
        ),
        day(2023, 11, 5),
    ),
    probe(
        "en_blog_entry_posted_footer_line",
        "https://allotmentnotes.example.org/water-tap-at-last/",
        page(
            "en",
            "Water tap at last | Allotment Notes",
            post(
                "en",
                "Water tap at last",
                end='<footer class="entry-meta">This entry was posted on Sunday, November '
                "5th, 2023 at 4:12 pm and is filed under Garden. You can follow any "
                "responses to this entry through the RSS 2.0 feed.</footer>",
                after=comments([("Ruth", "November 9, 2023 at 8:01 am")]),
            ),
        ),
        at(2023, 11, 5, 16, 12),
    ),
    probe(
        "de_blog_published_line_after_post",
        "https://gartenbuch.example.de/wasserhahn-endlich/",
        page(
            "de",
            "Endlich ein Wasserhahn | Gartenbuch",
            post(
                "de",
                "Endlich ein Wasserhahn",
                end='<div class="post-footer">Veröffentlicht am 5. November 2023 in '
                '<a href="/kategorie/garten/">Garten</a></div>',
                after=comments([("Jutta", "12. Dezember 2023 um 18:40")], "Kommentare"),
            ),
        ),
        day(2023, 11, 5),
    ),
    probe(
        "ja_blog_posted_at_end_updated_on_top",
        "https://niwa-nikki.example.jp/entry/water-tap",
        page(
            "ja",
            "水道がついた | 庭日記",
            post(
                "ja",
                "水道がついた",
                meta='<p class="modified">最終更新日：2024年1月10日</p>',
                end='<p class="posted">投稿日：2023年11月5日</p>',
            ),
        ),
        day(2023, 11, 5),
        day(2024, 1, 10),
    ),
    probe(
        "en_split_date_badge",
        "https://bikeshedblog.example.com/new-saddle/",
        page(
            "en",
            "A new saddle | Bikeshed Blog",
            post(
                "en",
                "A new saddle",
                meta='<div class="post-date"><span class="day">05</span><span class="month">'
                'Mar</span><span class="year">2024</span></div>',
            ),
            side=recent([("Chain care", "February 20, 2024"), ("Lights", "January 4, 2024")]),
        ),
        day(2024, 3, 5),
    ),
    probe(
        "en_split_badge_year_in_url",
        "https://bikeshedblog.example.com/2024/03/new-saddle/",
        page(
            "en",
            "A new saddle | Bikeshed Blog",
            post(
                "en",
                "A new saddle",
                meta='<div class="date-badge"><span class="d">05</span> <span class="m">MAR'
                "</span></div>",
            ),
        ),
        day(2024, 3, 5),
    ),
    # --- forum threads: the first post's date, not a reply's nor a member's join date ---
    probe(
        "en_forum_first_post_phpbb",
        "https://forum.allotmenteers.example.net/viewtopic.php?t=4412",
        page(
            "en",
            "Water tap trench depth? - Allotmenteers Forum",
            forum(
                [
                    (
                        "greenthumb",
                        "by <b>greenthumb</b> » Mon Jan 08, 2024 9:14 pm",
                        "Posts: 812<br>Joined: Mar 14, 2015",
                    ),
                    (
                        "spadework",
                        "by <b>spadework</b> » Tue Jan 09, 2024 7:02 am",
                        "Posts: 44<br>Joined: Nov 02, 2022",
                    ),
                    (
                        "greenthumb",
                        "by <b>greenthumb</b> » Fri Jan 12, 2024 6:30 pm",
                        "Posts: 812<br>Joined: Mar 14, 2015",
                    ),
                ],
                "Water tap trench depth?",
            ),
        ),
        at(2024, 1, 8, 21, 14),
    ),
    probe(
        "fr_forum_first_post_message_par",
        "https://forum.jardiniers.example.fr/viewtopic.php?t=981",
        page(
            "fr",
            "Profondeur de la tranchée - Forum des jardiniers",
            forum(
                [
                    (
                        "Lucie",
                        "Message par <b>Lucie</b> » mar. 9 janv. 2024 10:02",
                        "Messages : 230<br>Inscription : 3 mai 2019",
                    ),
                    (
                        "Marc",
                        "Message par <b>Marc</b> » mer. 10 janv. 2024 08:45",
                        "Messages : 12<br>Inscription : 20 déc. 2023",
                    ),
                ],
                "Profondeur de la tranchée",
            ),
        ),
        at(2024, 1, 9, 10, 2),
    ),
    probe(
        "nl_forum_first_post_geplaatst",
        "https://forum.moestuin.example.nl/topic/7781-diepte-van-de-sleuf/",
        page(
            "nl",
            "Diepte van de sleuf - Moestuinforum",
            forum(
                [
                    ("Joost", "Geplaatst: 8 januari 2024", "Lid sinds: 12 maart 2016"),
                    ("Anouk", "Geplaatst: 10 januari 2024", "Lid sinds: 1 juni 2023"),
                ],
                "Diepte van de sleuf",
            ),
        ),
        day(2024, 1, 8),
    ),
    # --- a review and a recipe with readers' dated reviews under them ---
    probe(
        "en_product_review_user_reviews_below",
        "https://www.gearcheck.example.com/reviews/trailblazer-2-bike-light",
        page(
            "en",
            "Trailblazer 2 bike light review | GearCheck",
            post(
                "en",
                "Trailblazer 2 review: bright, light and cheap",
                meta='<div class="byline">By Omar Haddad <span class="sep">|</span> '
                '<span class="pubdate">Jan 5, 2024</span></div>',
                after=comments([("Rick", "Feb 28, 2024"), ("Ines", "Mar 2, 2024")], "User reviews"),
            ),
            head=ld(
                **{"@type": "Review"},
                name="Trailblazer 2 review",
                itemReviewed={"@type": "Product", "name": "Trailblazer 2"},
            ),
        ),
        day(2024, 1, 5),
    ),
    probe(
        "en_recipe_last_updated_and_posted",
        "https://soupkitchenblog.example.com/leek-and-potato-soup/",
        page(
            "en",
            "Leek and potato soup | Soup Kitchen Blog",
            post(
                "en",
                "Leek and potato soup",
                meta='<p class="post-meta">Posted on October 12, 2023 · Last updated: '
                "January 3, 2024</p>",
                end='<div class="recipe-card"><h2>Leek and potato soup</h2><p>Prep time: 15 '
                "mins · Cook time: 30 mins · Servings: 4</p></div>",
                after=comments([("Dana", "November 1, 2023 at 7:10 pm")]),
            ),
            head=ld(**{"@type": "Recipe"}, name="Leek and potato soup", prepTime="PT15M"),
        ),
        day(2023, 10, 12),
        day(2024, 1, 3),
    ),
    probe(
        "it_recipe_pubblicata_comments_later",
        "https://www.cucinadinonna.example.it/ricette/minestrone-di-verdure",
        page(
            "it",
            "Minestrone di verdure | Cucina di Nonna",
            post(
                "it",
                "Minestrone di verdure",
                meta='<div class="meta">Ricetta pubblicata il 2 febbraio 2024 da Anna</div>',
                after=comments([("Paolo", "15 febbraio 2024 alle 12:30")], "Commenti"),
            ),
        ),
        day(2024, 2, 2),
    ),
    # --- a docs page with its last update only ---
    probe(
        "en_docs_last_updated_only",
        "https://docs.tapflow.example.dev/guide/installation",
        page(
            "en",
            "Installation | Tapflow Docs",
            '<article class="doc"><h1>Installation</h1>'
            + prose("en")
            + '<div class="doc-footer"><span class="last-updated">Last updated on '
            'Feb 2, 2024</span> <a href="/edit">Edit this page</a></div></article>',
        ),
        None,
        day(2024, 2, 2),
    ),
    # --- event pages: the event's day is not the publication's ---
    probe(
        "en_event_posted_before_event_day",
        "https://www.millbrookhall.example.org/events/spring-concert",
        page(
            "en",
            "Spring Concert | Millbrook Hall",
            post(
                "en",
                "Spring Concert with the Millbrook Choir",
                meta='<div class="event-details"><p class="event-date">Saturday, April 20, '
                "2024, 7:30 pm</p><p>Main hall · Free entry</p></div>",
                end='<p class="posted">Posted March 1, 2024</p>',
            ),
            head=ld(**{"@type": "Event"}, name="Spring Concert", startDate="2024-04-20T19:30"),
        ),
        day(2024, 3, 1),
    ),
    probe(
        "de_event_only_event_day",
        "https://www.kulturhaus-elmshorn.example.de/veranstaltungen/fruehlingskonzert",
        page(
            "de",
            "Frühlingskonzert | Kulturhaus",
            '<div class="event"><h1>Frühlingskonzert</h1><p class="when">Samstag, 20. April '
            "2024, 19:30 Uhr</p>" + prose("de") + "</div>",
        ),
        None,
    ),
    # --- press releases opening on a dateline ---
    probe(
        "en_press_release_wire_dateline",
        "https://www.acmevalves.example.com/news/acme-opens-new-plant",
        release(
            "en",
            "Acme Valves opens new plant | Acme Valves",
            "press-release",
            "<h1>Acme Valves opens new plant in Ohio</h1><p>BOSTON, Feb. 27, 2024 /PRNewswire/ "
            "-- Acme Valves today announced the opening of a plant in Ohio.</p>",
            "<p>About Acme Valves: founded in 1987, Acme makes valves.</p>",
        ),
        day(2024, 2, 27),
    ),
    probe(
        "de_press_release_city_dash",
        "https://www.hafenbau.example.de/presse/neues-terminal",
        release(
            "de",
            "Neues Terminal eröffnet | Hafenbau GmbH",
            "pressemitteilung",
            '<p class="kicker">Pressemitteilung</p><h1>Neues Terminal eröffnet</h1><p>Hamburg, '
            "27. Februar 2024 – Die Hafenbau GmbH gibt die Eröffnung ihres neuen Terminals "
            "bekannt.</p>",
        ),
        day(2024, 2, 27),
    ),
    probe(
        "pl_press_release_city_r",
        "https://www.budmost.example.pl/biuro-prasowe/nowy-zaklad",
        release(
            "pl",
            "Nowy zakład | Budmost S.A.",
            "komunikat",
            "<h1>Budmost otwiera nowy zakład</h1><p>Warszawa, 27 lutego 2024 r. – Spółka "
            "Budmost S.A. otworzyła nowy zakład.</p>",
        ),
        day(2024, 2, 27),
    ),
    # --- an obituary naming the life's days ---
    probe(
        "en_obituary_life_days_and_published_in",
        "https://obits.valleygazette.example.com/obituary/john-miller",
        page(
            "en",
            "John Miller Obituary | Valley Gazette",
            '<article class="obit"><h1>John Miller</h1><p class="lifespan">March 2, 1941 – '
            "March 7, 2024</p>" + prose("en") + '<p class="published-in">Published by '
            "Valley Gazette on Mar. 10, 2024.</p></article>",
        ),
        day(2024, 3, 10),
    ),
    # --- a podcast episode ---
    probe(
        "en_podcast_episode_meta_line",
        "https://www.shedtalk.example.fm/episodes/42-water",
        page(
            "en",
            "Ep. 42: Water on the plot | Shed Talk",
            post(
                "en",
                "Ep. 42: Water on the plot",
                meta='<p class="episode-meta">Episode 42 · 38 min · Mar 4, 2024</p>',
            ),
        ),
        day(2024, 3, 4),
    ),
    # --- a JSON-LD stamp that is the update's beside a visible first publication ---
    probe(
        "en_jsonld_is_update_visible_originally",
        "https://www.smallbizguide.example.com/how-to-register-a-company",
        page(
            "en",
            "How to register a company | Small Biz Guide",
            post(
                "en",
                "How to register a company",
                meta='<p class="dates">Originally published Jan 3, 2024 · Updated Mar 1, 2024</p>',
            ),
            head=ld(
                **{"@type": "Article"},
                headline="How to register a company",
                datePublished="2024-03-01T09:00:00-05:00",
                dateModified="2024-03-01T09:00:00-05:00",
            ),
        ),
        day(2024, 1, 3),
    ),
    # --- several dates in the header: the site's "today" bar ---
    probe(
        "en_today_bar_in_site_header",
        "https://www.lakesideherald.example.com/local/library-reading-room",
        page(
            "en",
            "Library opens reading room | Lakeside Herald",
            post(
                "en",
                "Library opens its reading room",
                meta='<p class="byline">By Kay Ford — March 12, 2024</p>',
            ),
            top='<div class="topbar"><span class="today">Thursday, March 14, 2024</span> '
            '<span class="weather">12°C</span></div>',
        ),
        day(2024, 3, 12),
    ),
    probe(
        "es_today_bar_and_numeric_story_date",
        "https://www.ecodelasierra.example.es/local/biblioteca-sala",
        page(
            "es",
            "La biblioteca abre sala | Eco de la Sierra",
            post(
                "es",
                "La biblioteca abre una sala de lectura",
                meta='<div class="fecha">12/03/2024 10:15</div>',
            ),
            top='<div class="barra"><span class="hoy">Jueves, 14 de marzo de 2024</span></div>',
        ),
        at(2024, 3, 12, 10, 15),
    ),
    # --- a date written only in a script's data layer ---
    probe(
        "en_date_only_in_datalayer_script",
        "https://www.metrodaily.example.com/city/library-reading-room-1234",
        page(
            "en",
            "Library opens reading room | Metro Daily",
            post("en", "Library opens its reading room"),
            head='<script>window.dataLayer = window.dataLayer || []; dataLayer.push({"pageType":'
            '"article","author":"Kay Ford","publishDate":"2024-03-05T08:00:00-05:00",'
            '"section":"city"});</script>',
        ),
        at(2024, 3, 5, 8, 0, tz=EST),
    ),
    # --- a blog calendar in the sidebar, the post's date under it ---
    probe(
        "en_sidebar_calendar_post_date_after",
        "https://bikeshedblog.example.com/chain-care/",
        page(
            "en",
            "Chain care | Bikeshed Blog",
            post(
                "en",
                "Chain care",
                end='<p class="postmetadata">Posted on March 5, 2024 in Maintenance</p>',
            ),
            side=_CAL,
        ),
        day(2024, 3, 5),
    ),
    probe(
        "en_og_updated_time_only_and_visible_posted",
        "https://bikeshedblog.example.com/lights/",
        page(
            "en",
            "Lights | Bikeshed Blog",
            post("en", "Lights for winter", meta='<span class="posted-on">January 4, 2024</span>'),
            head=og("og:updated_time", "2024-02-20T10:00:00+00:00"),
        ),
        day(2024, 1, 4),
    ),
]

# A second group, written after the first run (its truth decided before running it):
# platforms' own date forms (an epoch in a forum's data attribute, a Q&A site's asked line,
# a US board's month-first digits, a release's <relative-time>, a reading platform's meta
# line), press releases' openings, a modification's stamp alone beside the visible day.
PROBES_2: list[tuple[Any, ...]] = [
    probe(
        "en_forum_epoch_data_time",
        "https://talk.tapflow.example.dev/t/install-fails-on-arm/4412",
        page(
            "en",
            "Install fails on ARM - Tapflow Community",
            '<div id="topic"><h1>Install fails on ARM</h1><div class="topic-post" id="post_1">'
            '<div class="names"><span class="username">kofi</span></div><div class="post-infos">'
            '<span class="relative-date" data-time="1704748440000" title="Jan 8, 2024 9:14 pm">'
            'Jan 8</span></div><div class="cooked">' + prose("en") + "</div></div>"
            '<div class="topic-post" id="post_2"><div class="names"><span class="username">mira'
            '</span></div><div class="post-infos"><span class="relative-date" '
            'data-time="1704960000000" title="Jan 11, 2024 8:00 am">Jan 11</span></div>'
            '<div class="cooked"><p>Fixed in 2.1.</p></div></div></div>',
        ),
        day(2024, 1, 8),
    ),
    probe(
        "en_qa_asked_line_answers_later",
        "https://gardening.stackqa.example.com/questions/5521/how-deep-a-water-pipe",
        page(
            "en",
            "How deep should a water pipe be? - Gardening Q&A",
            '<div id="question-header"><h1>How deep should a water pipe be?</h1></div>'
            '<div class="question-stats"><span>Asked <time itemprop="dateCreated" '
            'datetime="2021-12-01T10:04:12">2 years, 3 months ago</time></span> <span>Modified '
            '<a href="?lastactivity" title="2023-05-02 11:00:00Z">10 months ago</a></span></div>'
            '<div class="question">' + prose("en") + '</div><div class="answer"><p>Below the '
            'frost line.</p><span class="user-action-time">answered <span title="2021-12-02 '
            '08:10:00Z">Dec 2, 2021 at 8:10</span></span></div>',
        ),
        at(2021, 12, 1, 10, 4, 12),
    ),
    probe(
        "en_us_board_month_first_digits",
        "https://www.bikeforums.example.com/showthread.php?t=88123",
        page(
            "en",
            "Best winter tyres? - Bike Forums",
            forum(
                [
                    (
                        "roadie",
                        '<span class="date">01-08-2024, 09:14 PM</span>',
                        "Join Date: Mar 2015<br>Posts: 812",
                    ),
                    (
                        "gravel",
                        '<span class="date">01-09-2024, 07:02 AM</span>',
                        "Join Date: Nov 2022<br>Posts: 44",
                    ),
                ],
                "Best winter tyres?",
            ),
        ),
        at(2024, 1, 8, 21, 14),
    ),
    probe(
        "en_release_relative_time",
        "https://code.example.dev/tapflow/tapflow/releases/tag/v2.1.0",
        page(
            "en",
            "Release v2.1.0 · tapflow/tapflow",
            '<section class="release"><h1>v2.1.0</h1><div class="release-meta"><span>mira '
            'released this</span> <relative-time datetime="2024-03-05T10:00:00Z">Mar 5, 2024'
            "</relative-time></div>" + prose("en") + "</section>",
        ),
        at(2024, 3, 5, 10, 0, tz=UTC),
    ),
    probe(
        "en_reading_platform_meta_line",
        "https://readwell.example.com/@annaberg/what-i-learned-digging-a-trench-3f9a1c",
        page(
            "en",
            "What I learned digging a trench | by Anna Berg | Readwell",
            post(
                "en",
                "What I learned digging a trench",
                meta='<div class="pw-meta"><a href="/@annaberg">Anna Berg</a> · Follow<br>'
                "Published in Slow Living · 5 min read · Mar 5, 2024</div>",
            ),
        ),
        day(2024, 3, 5),
    ),
    probe(
        "en_newsletter_post_date_under_name",
        "https://annaberg.letterpost.example.com/p/the-trench",
        page(
            "en",
            "The trench - Anna's Letter",
            post(
                "en",
                "The trench",
                meta='<div class="post-header"><div class="byline-names"><a>Anna Berg</a></div>'
                '<div class="post-date" title="Mar 5, 2024, 7:02 AM">Mar 05, 2024</div>'
                "<span>∙ Paid</span></div>",
                after=comments([("Tom", "Mar 6")]),
            ),
        ),
        day(2024, 3, 5),
    ),
    probe(
        "en_press_for_immediate_release",
        "https://www.millbrookwater.example.com/press/new-reservoir",
        release(
            "en",
            "Millbrook Water opens new reservoir | Millbrook Water",
            "release",
            "<p><strong>FOR IMMEDIATE RELEASE</strong><br>March 5, 2024</p><h1>Millbrook Water "
            "opens new reservoir</h1>",
            "<p>Media contact: press@millbrookwater.example.com</p><p>###</p>",
        ),
        day(2024, 3, 5),
    ),
    probe(
        "fr_communique_paris_le",
        "https://www.eauxduval.example.fr/presse/nouveau-reservoir",
        release(
            "fr",
            "Un nouveau réservoir | Eaux du Val",
            "communique",
            '<p class="type">Communiqué de presse</p><h1>Un nouveau réservoir pour la vallée</h1>'
            "<p>Paris, le 5 mars 2024 – Eaux du Val inaugure un nouveau réservoir.</p>",
        ),
        day(2024, 3, 5),
    ),
    probe(
        "en_article_modified_meta_only_visible_time",
        "https://bikeshedblog.example.com/brakes/",
        page(
            "en",
            "Brakes | Bikeshed Blog",
            post("en", "Brakes for winter", meta="<time>February 2, 2024</time>"),
            head=og("article:modified_time", "2024-03-01T08:00:00+00:00"),
        ),
        day(2024, 2, 2),
    ),
    probe(
        "en_jsonld_modified_only_visible_posted",
        "https://bikeshedblog.example.com/mudguards/",
        page(
            "en",
            "Mudguards | Bikeshed Blog",
            post("en", "Mudguards", meta='<p class="byline">Posted by Sam on January 15, 2024</p>'),
            head=ld(
                **{"@type": "BlogPosting"},
                headline="Mudguards",
                dateModified="2024-03-01T08:00:00+00:00",
            ),
        ),
        day(2024, 1, 15),
    ),
    probe(
        "es_blog_footer_publicado_por",
        "https://huertourbano.example.es/grifo-por-fin/",
        page(
            "es",
            "Por fin un grifo | Huerto Urbano",
            post(
                "es",
                "Por fin un grifo",
                end='<footer class="entry-footer">Publicado el 5 de marzo de 2024 por Ana en '
                '<a href="/huerto/">Huerto</a></footer>',
                after=comments([("Luis", "9 de marzo de 2024 a las 18:40")], "Comentarios"),
            ),
        ),
        day(2024, 3, 5),
    ),
]

FIELDS = ("published", "modified")

# The blind run (before any fix): the first group newsextract 23/29 on the day and the time
# (24/29 on the day alone), trafilatura 14/29 and htmldate 15/29 on the day alone; the
# second group, written after the first fix and run on main (de045d07): newsextract 9/11,
# trafilatura 7/11, htmldate 7/11. After the fixes (the page search holds a modification's
# <meta> day until the page's date and <time> elements are searched; Japanese "最終更新日"
# an update label): 25/29 and 10/11; five left open.
_OPEN: dict[tuple[str, str], str] = {
    ("en_docs_last_updated_only", "published"): "a docs theme's only date, its \"Last updated "
    "on\" line, dates the page on purpose (page_dates._past_copyright_lines): the dev sets' "
    "truth gives that day; telling a docs page from a post needs a page kind",
    # de_event_only_event_day passes since wave 72d: the event's day (20 April) is after the
    # fetch (14 March), and no day after the fetch is a publication's
    ("en_jsonld_is_update_visible_originally", "published"): "JSON-LD's datePublished with its "
    "time and offset, the same as dateModified, leaves the written dates unread (dateparser's "
    "cost): the earlier 'Originally published' day is never compared",
    ("en_date_only_in_datalayer_script", "published"): "the page search's timestamp step "
    "gives a day: the data layer's time and offset are not kept (right on the day alone)",
    ("en_qa_asked_line_answers_later", "published"): "an itemprop dateCreated <time> outside "
    "any item is not read on the whole page, and the page search's date elements step takes "
    "the first answer's time before the <time> step",
}


test_blind_date_probe_7 = fetched_field_test(PROBES + PROBES_2, FIELDS, _OPEN)


if __name__ == "__main__":  # pragma: no cover
    report_date_probes(PROBES, FIELDS)
    report_date_probes(PROBES_2, FIELDS)
