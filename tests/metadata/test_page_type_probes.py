"""Probes of pages that are not plain articles (issue 12): video pages (``uploadDate``, a
duration "12:34" that is no time of day, view counts), podcast episodes ("Episode 42 ·", the
host against a guest), forum threads and Q&A pages (the first post's author and time, "asked 3
years ago" with an absolute tooltip, replies' dates that are not the page's), product reviews
and recipes (the reviewer, not the brand; a "prep time"), event pages (a ``startDate`` is no
publication date), job postings (``datePosted`` is, ``validThrough`` is not), obituaries (birth
and death dates are not the publication's) and wire press releases ("/PRNewswire/ --",
"(BUSINESS WIRE)"). In 24 languages; every site, name and text here is invented."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
from tests.metadata.language_probes.kit import field_cases, matches
from tests.metadata.title_pages import ld, page, paragraphs

import newsextract

# A field not judged on a probe (the page leaves it open to reading).
SKIP = ...

UTC0 = UTC
CET = timezone(timedelta(hours=1))


def og(title: str, site: str, kind: str = "article") -> str:
    return (
        f'<meta property="og:title" content="{title}"><meta property="og:site_name" '
        f'content="{site}"><meta property="og:type" content="{kind}">'
    )


def shell(site: str, main: str) -> str:
    """A site's header and footer around ``main``."""
    return (
        f'<header><a class="logo" href="/">{site}</a><nav><a href="/a">A</a> '
        f'<a href="/b">B</a></nav></header><main>{main}</main><footer>© {site}</footer>'
    )


TEXT_EN = (
    "The volunteers planted four hundred young oaks along the river bank over the weekend, "
    "and the council promised to water them through the first dry summer."
)

PROBES: list[tuple[str, str, str, str, object, object, object]] = [
    # --- video pages -------------------------------------------------------------------
    (
        "en_video_upload_date_duration_views",
        "https://www.clipcast-example.com/watch/oak-planting-8812",
        page(
            "en",
            "Planting 400 oaks in a weekend - ClipCast",
            og("Planting 400 oaks in a weekend", "ClipCast", "video.other")
            + ld(
                "VideoObject",
                name="Planting 400 oaks in a weekend",
                uploadDate="2024-03-05T10:30:00Z",
                duration="PT12M34S",
                author={"@type": "Person", "name": "Greta Holm"},
            ),
            shell(
                "ClipCast",
                '<div class="player"><span class="time">0:00 / 12:34</span></div>'
                '<h1 class="video-title">Planting 400 oaks in a weekend</h1>'
                '<div class="channel"><a href="/c/gretaholm">Greta Holm</a> · 41K subscribers'
                '</div><div class="stats">1,234,567 views · Mar 5, 2024</div>'
                f'<div class="description">{paragraphs(TEXT_EN)}</div>'
                '<div class="comments"><div class="c"><b>treefan</b> 2 days ago: great!</div>'
                "</div>",
            ),
        ),
        "Planting 400 oaks in a weekend",
        datetime(2024, 3, 5, 10, 30, tzinfo=UTC0),
        ("Greta Holm",),
    ),
    (
        "ja_video_duration_not_time",
        "https://douga-example.jp/watch/sm4412",
        page(
            "ja",
            "川沿いに樫を植える週末 - ドウガ",
            og("川沿いに樫を植える週末", "ドウガ", "video.other"),
            shell(
                "ドウガ",
                '<h1 class="VideoTitle">川沿いに樫を植える週末</h1>'
                '<div class="VideoMeta"><span>再生時間 12:34</span> '
                '<span>再生 12,345</span> <span class="date">投稿日時 2024/03/05 18:00</span>'
                '</div><div class="Owner">投稿者: <a href="/user/1">山田花子</a></div>'
                '<div class="Desc">'
                + paragraphs(
                    "ボランティアが週末に川岸に四百本の若い樫の木を植えました。市は最初の夏の"
                    "間、水やりを続けると約束しました。"
                )
                + "</div>",
            ),
        ),
        "川沿いに樫を植える週末",
        datetime(2024, 3, 5, 18, 0),
        ("山田花子",),
    ),
    (
        "tr_video_sure_and_views",
        "https://www.izle-example.com.tr/video/mese-fidanlari-4412",
        page(
            "tr",
            "Nehir kıyısına 400 meşe fidanı | İzle",
            og("Nehir kıyısına 400 meşe fidanı", "İzle", "video.other"),
            shell(
                "İzle",
                "<h1>Nehir kıyısına 400 meşe fidanı</h1>"
                '<ul class="video-info"><li>Süre: 12:34</li><li>1.234 görüntülenme</li>'
                "<li>Yayınlanma: 05.03.2024 10:30</li></ul>"
                + paragraphs(
                    "Gönüllüler hafta sonu nehir kıyısına dört yüz genç meşe fidanı dikti ve "
                    "belediye ilk kurak yaz boyunca onları sulamaya söz verdi."
                ),
            ),
        ),
        "Nehir kıyısına 400 meşe fidanı",
        datetime(2024, 3, 5, 10, 30),
        (),
    ),
    (
        "ar_video_publish_label",
        "https://www.mushahada-example.com/video/88121",
        page(
            "ar",
            "زراعة 400 شجرة بلوط على ضفة النهر | مشاهدة",
            og("زراعة 400 شجرة بلوط على ضفة النهر", "مشاهدة", "video.other"),
            shell(
                "مشاهدة",
                "<h1>زراعة 400 شجرة بلوط على ضفة النهر</h1>"
                '<div class="meta"><span>المدة: 12:34</span> <span>تاريخ النشر: 5 مارس 2024'
                "</span> <span>12 ألف مشاهدة</span></div>"
                + paragraphs(
                    "زرع المتطوعون أربعمائة شجرة بلوط صغيرة على ضفة النهر خلال عطلة نهاية "
                    "الأسبوع، ووعد المجلس بسقيها طوال الصيف الأول."
                ),
            ),
        ),
        "زراعة 400 شجرة بلوط على ضفة النهر",
        datetime(2024, 3, 5),
        (),
    ),
    # --- podcast episodes --------------------------------------------------------------
    (
        "de_podcast_folge_host_and_guest",
        "https://www.hoerfunk-example.de/podcast/stadtgruen/folge-42",
        page(
            "de",
            "Folge 42: Eichen für den Fluss | Stadtgrün – der Podcast",
            og("Folge 42: Eichen für den Fluss", "Hörfunk")
            + ld(
                "PodcastEpisode",
                name="Folge 42: Eichen für den Fluss",
                datePublished="2024-03-05T06:00:00+01:00",
                episodeNumber=42,
                partOfSeries={"@type": "PodcastSeries", "name": "Stadtgrün"},
            ),
            shell(
                "Hörfunk",
                "<article><h1>Folge 42: Eichen für den Fluss</h1>"
                '<p class="episode-meta">Folge 42 · 5. März 2024 · 48:12 Min.</p>'
                '<p class="host">Von Jonas Richter</p><p class="guest">Zu Gast: Dr. Ilse Brand'
                "</p>"
                + paragraphs(
                    "Die Freiwilligen pflanzten am Wochenende vierhundert junge Eichen am "
                    "Flussufer, und die Stadt versprach, sie im ersten trockenen Sommer zu gießen."
                )
                + "</article>",
            ),
        ),
        "Folge 42: Eichen für den Fluss",
        datetime(2024, 3, 5, 6, 0, tzinfo=CET),
        ("Jonas Richter",),
    ),
    (
        "fr_podcast_episode_dot_duration",
        "https://www.radio-example.fr/podcasts/la-ville-verte/episode-42",
        page(
            "fr",
            "Épisode 42 — Des chênes pour la rivière - La Ville verte",
            og("Des chênes pour la rivière", "Radio Exemple"),
            shell(
                "Radio Exemple",
                "<article><h1>Des chênes pour la rivière</h1>"
                '<div class="episode">Épisode 42 · 35 min · <time datetime="2024-03-05">5 mars '
                "2024</time></div>"
                '<p class="credits">Présenté par Claire Dubois. Invitée : Anne Lefèvre.</p>'
                + paragraphs(
                    "Les bénévoles ont planté quatre cents jeunes chênes au bord de la rivière "
                    "ce week-end, et la mairie a promis de les arroser tout le premier été."
                )
                + "</article>",
            ),
        ),
        "Des chênes pour la rivière",
        datetime(2024, 3, 5),
        ("Claire Dubois",),
    ),
    (
        "uk_podcast_vypusk",
        "https://radio-example.ua/podcasts/misto/vypusk-42",
        page(
            "uk",
            "Випуск 42. Дуби для річки — Місто",
            og("Випуск 42. Дуби для річки", "Радіо Приклад"),
            shell(
                "Радіо Приклад",
                "<article><h1>Випуск 42. Дуби для річки</h1>"
                '<div class="meta">Випуск 42 · 5 березня 2024 · 41 хв</div>'
                '<div class="author">Ведуча: Оксана Коваль</div>'
                + paragraphs(
                    "Волонтери на вихідних посадили чотириста молодих дубів на березі річки, а "
                    "міська рада пообіцяла поливати їх усе перше посушливе літо."
                )
                + "</article>",
            ),
        ),
        "Випуск 42. Дуби для річки",
        datetime(2024, 3, 5),
        ("Оксана Коваль",),
    ),
    # --- forum threads and Q&A ---------------------------------------------------------
    (
        "en_discourse_thread_first_post",
        "https://forum.gardeners-example.org/t/watering-young-oaks/4412",
        page(
            "en",
            "Watering young oaks in a dry summer - Gardeners Forum",
            og("Watering young oaks in a dry summer", "Gardeners Forum"),
            shell(
                "Gardeners Forum",
                '<h1 class="topic-title">Watering young oaks in a dry summer</h1>'
                '<div class="topic-post" id="post_1"><div class="names"><a class="username" '
                'href="/u/mlinden">mlinden</a></div><div class="post-date"><span '
                'title="Mar 5, 2024 10:30 am" data-time="1709634600000">Mar \'24</span></div>'
                f'<div class="cooked">{paragraphs(TEXT_EN)}</div></div>'
                '<div class="topic-post" id="post_2"><div class="names"><a class="username" '
                'href="/u/oakman">oakman</a></div><div class="post-date"><span '
                'title="Apr 12, 2024 8:15 pm">Apr \'24</span></div><div class="cooked"><p>Mulch '
                "helps a lot, keep it away from the stem.</p></div></div>",
            ),
        ),
        "Watering young oaks in a dry summer",
        datetime(2024, 3, 5),
        ("mlinden",),
    ),
    (
        "ru_phpbb_thread_first_post",
        "https://forum.sadovod-example.ru/viewtopic.php?t=4412",
        page(
            "ru",
            "Полив молодых дубов летом - Форум садоводов",
            "",
            shell(
                "Форум садоводов",
                '<h2 class="topic-title"><a href="viewtopic.php?t=4412">Полив молодых дубов '
                "летом</a></h2>"
                '<div class="post" id="p1"><p class="author">Сообщение <strong><a '
                'href="memberlist.php?u=7">Ирина Соколова</a></strong> » 05 мар 2024, 10:30</p>'
                '<div class="content">'
                + paragraphs(
                    "Волонтёры на выходных посадили четыреста молодых дубов на берегу реки, и "
                    "совет обещал поливать их всё первое засушливое лето."
                )
                + '</div></div><div class="post" id="p2"><p class="author">Сообщение <strong><a '
                'href="memberlist.php?u=9">Пётр Иванов</a></strong> » 12 апр 2024, 20:15</p>'
                '<div class="content">Мульча очень помогает.</div></div>',
            ),
        ),
        "Полив молодых дубов летом",
        datetime(2024, 3, 5, 10, 30),
        ("Ирина Соколова",),
    ),
    (
        "en_qa_asked_years_ago_tooltip",
        "https://gardening.qa-example.com/questions/4412/how-often-to-water-young-oaks",
        page(
            "en",
            "How often should I water young oaks? - Gardening Q&amp;A",
            og("How often should I water young oaks?", "Gardening Q&A", "website"),
            shell(
                "Gardening Q&amp;A",
                '<div id="question-header"><h1 itemprop="name"><a href="/questions/4412">How '
                "often should I water young oaks?</a></h1></div>"
                '<div class="meta">Asked <time itemprop="dateCreated" '
                'datetime="2021-03-05T10:30:00">3 years, 1 month ago</time> Modified <a '
                'title="2024-04-12 20:15:00Z">1 month ago</a> Viewed 2k times</div>'
                f'<div class="question"><div class="s-prose">{paragraphs(TEXT_EN)}</div>'
                '<div class="user-info"><span class="relativetime" title="2021-03-05 10:30:00Z">'
                'asked Mar 5, 2021 at 10:30</span><div class="user-details"><a '
                'href="/users/81/pwren">Paul Wren</a> 1,204</div></div></div>'
                '<div class="answer"><div class="s-prose"><p>Once a week, deeply.</p></div>'
                '<div class="user-info"><span class="relativetime" title="2021-03-06 08:00:00Z">'
                'answered Mar 6, 2021 at 8:00</span><a href="/users/92/ahale">Ann Hale</a></div>'
                "</div>",
            ),
        ),
        "How often should I water young oaks?",
        datetime(2021, 3, 5, 10, 30),
        ("Paul Wren",),
    ),
    (
        "zh_hans_qa_fabu_yu",
        "https://www.wenda-example.cn/question/4412",
        page(
            "zh-CN",
            "幼小的橡树多久浇一次水？ - 问答",
            og("幼小的橡树多久浇一次水？", "问答"),
            shell(
                "问答",
                '<h1 class="QuestionTitle">幼小的橡树多久浇一次水？</h1>'
                '<div class="QuestionBody">'
                + paragraphs(
                    "志愿者周末在河岸种下了四百棵小橡树，市议会承诺在第一个干旱的夏天给它们浇水。"
                )
                + '<div class="ContentItem-time">发布于 2024-03-05 10:30</div></div>'
                '<div class="AnswerItem"><div class="AuthorInfo">李明</div><p>每周一次，浇透。</p>'
                '<div class="ContentItem-time">编辑于 2024-04-12 20:15</div></div>',
            ),
        ),
        "幼小的橡树多久浇一次水？",
        datetime(2024, 3, 5, 10, 30),
        SKIP,
    ),
    (
        "zh_hant_discuz_fabiao_yu",
        "https://bbs.luntan-example.tw/thread-4412-1-1.html",
        page(
            "zh-TW",
            "幼小橡樹多久澆一次水 - 園藝討論區 - 論壇",
            "",
            shell(
                "論壇",
                '<h1 class="ts"><span id="thread_subject">幼小橡樹多久澆一次水</span></h1>'
                '<table class="plhin" id="pid1"><tr><td class="pls"><div class="authi"><a '
                'class="xw1" href="space-uid-7.html">陳美玲</a></div></td><td class="plc"><div '
                'class="authi"><em id="authorposton1">發表於 2024-3-5 10:30</em></div>'
                '<div class="t_fsz">'
                + paragraphs(
                    "志工週末在河岸種下了四百棵小橡樹，市議會承諾在第一個乾旱的夏天替它們澆水。"
                )
                + '</div></td></tr></table><table class="plhin" id="pid2"><tr><td class="pls">'
                '<div class="authi"><a class="xw1" href="space-uid-9.html">王大同</a></div></td>'
                '<td class="plc"><div class="authi"><em>發表於 2024-4-12 20:15</em></div><div '
                'class="t_fsz">每週一次就好。</div></td></tr></table>',
            ),
        ),
        "幼小橡樹多久澆一次水",
        datetime(2024, 3, 5, 10, 30),
        ("陳美玲",),
    ),
    (
        "he_forum_first_post",
        "https://www.forum-example.co.il/thread/4412",
        page(
            "he",
            "השקיית אלונים צעירים בקיץ - פורום גינון",
            og("השקיית אלונים צעירים בקיץ", "פורום גינון"),
            shell(
                "פורום גינון",
                "<h1>השקיית אלונים צעירים בקיץ</h1>"
                '<div class="post"><div class="post-head"><span class="user">דנה לוי</span> '
                '<span class="date">פורסם: 05/03/2024 10:30</span></div>'
                + paragraphs(
                    "המתנדבים שתלו בסוף השבוע ארבע מאות אלונים צעירים על גדת הנהר, והעירייה "
                    "הבטיחה להשקות אותם לאורך כל הקיץ הראשון."
                )
                + '</div><div class="post"><div class="post-head"><span class="user">יואב כהן'
                '</span> <span class="date">פורסם: 12/04/2024 20:15</span></div><p>חיפוי עוזר '
                "מאוד.</p></div>",
            ),
        ),
        "השקיית אלונים צעירים בקיץ",
        datetime(2024, 3, 5, 10, 30),
        ("דנה לוי",),
    ),
    # --- product reviews and recipes ---------------------------------------------------
    (
        "en_product_review_not_brand",
        "https://www.gearcheck-example.com/reviews/hydroflow-hose-reel",
        page(
            "en",
            "HydroFlow 50 hose reel review: sturdy but slow | GearCheck",
            og("HydroFlow 50 hose reel review: sturdy but slow", "GearCheck")
            + ld(
                "Review",
                name="HydroFlow 50 hose reel review: sturdy but slow",
                datePublished="2024-03-05T10:30:00-05:00",
                author={"@type": "Person", "name": "Dana Whitfield"},
                itemReviewed={
                    "@type": "Product",
                    "name": "HydroFlow 50",
                    "brand": {"@type": "Brand", "name": "AquaGarden"},
                },
                reviewRating={"@type": "Rating", "ratingValue": 4},
            ),
            shell(
                "GearCheck",
                "<article><h1>HydroFlow 50 hose reel review: sturdy but slow</h1>"
                '<p class="byline">By Dana Whitfield · March 5, 2024</p>'
                '<table class="specs"><tr><th>Brand</th><td>AquaGarden</td></tr><tr><th>Model'
                "</th><td>HydroFlow 50</td></tr><tr><th>Released</th><td>June 2022</td></tr>"
                f"</table>{paragraphs(TEXT_EN)}</article>",
            ),
        ),
        "HydroFlow 50 hose reel review: sturdy but slow",
        datetime(2024, 3, 5, 10, 30, tzinfo=timezone(timedelta(hours=-5))),
        ("Dana Whitfield",),
    ),
    (
        "it_recipe_prep_time",
        "https://www.cucina-example.it/ricette/torta-di-mele",
        page(
            "it",
            "Torta di mele della nonna - Cucina Esempio",
            og("Torta di mele della nonna", "Cucina Esempio")
            + ld(
                "Recipe",
                name="Torta di mele della nonna",
                datePublished="2024-03-05",
                prepTime="PT20M",
                cookTime="PT45M",
                author={"@type": "Person", "name": "Giulia Rossi"},
            ),
            shell(
                "Cucina Esempio",
                "<article><h1>Torta di mele della nonna</h1>"
                '<div class="recipe-meta"><span>Preparazione: 20 min</span> <span>Cottura: 45 '
                "min</span> <span>Dosi: 8 persone</span></div>"
                '<p class="author">di Giulia Rossi</p>'
                + paragraphs(
                    "Sbucciate le mele, tagliatele a fettine sottili e lasciatele in una ciotola "
                    "con il succo di limone mentre preparate l'impasto."
                )
                + "</article>",
            ),
        ),
        "Torta di mele della nonna",
        datetime(2024, 3, 5),
        ("Giulia Rossi",),
    ),
    (
        "es_recipe_visible_only",
        "https://www.recetas-example.es/receta/tarta-de-manzana",
        page(
            "es",
            "Tarta de manzana casera | Recetas Ejemplo",
            og("Tarta de manzana casera", "Recetas Ejemplo"),
            shell(
                "Recetas Ejemplo",
                "<article><h1>Tarta de manzana casera</h1>"
                '<div class="byline">Por <a href="/autor/maria-lopez">María López</a> | '
                "Publicado el 5 de marzo de 2024</div>"
                '<ul class="datos"><li>Tiempo de preparación: 20 minutos</li><li>Tiempo total: '
                "1 h 05 min</li><li>Raciones: 8</li></ul>"
                + paragraphs(
                    "Pela las manzanas, córtalas en láminas finas y déjalas en un bol con zumo de "
                    "limón mientras preparas la masa."
                )
                + "</article>",
            ),
        ),
        "Tarta de manzana casera",
        datetime(2024, 3, 5),
        ("María López",),
    ),
    (
        "ko_recipe_cook_time",
        "https://www.yori-example.kr/recipe/4412",
        page(
            "ko",
            "할머니의 사과 파이 - 요리 예시",
            og("할머니의 사과 파이", "요리 예시"),
            shell(
                "요리 예시",
                "<article><h1>할머니의 사과 파이</h1>"
                '<div class="info"><span>조리시간 30분</span> <span>난이도 쉬움</span></div>'
                '<div class="writer">김지은 기자</div><div class="date">입력 2024.03.05 10:30'
                "</div>"
                + paragraphs(
                    "사과의 껍질을 벗기고 얇게 썬 뒤 반죽을 준비하는 동안 레몬즙을 뿌린 그릇에 "
                    "담가 둡니다."
                )
                + "</article>",
            ),
        ),
        "할머니의 사과 파이",
        datetime(2024, 3, 5, 10, 30),
        ("김지은",),
    ),
    # --- event pages -------------------------------------------------------------------
    (
        "en_event_start_date_not_published",
        "https://www.citytickets-example.com/events/river-oak-festival-2024",
        page(
            "en",
            "River Oak Festival 2024 | CityTickets",
            og("River Oak Festival 2024", "CityTickets", "website")
            + ld(
                "Event",
                name="River Oak Festival 2024",
                startDate="2024-06-15T11:00:00+01:00",
                endDate="2024-06-16T18:00:00+01:00",
                location={"@type": "Place", "name": "Riverside Park"},
                organizer={"@type": "Organization", "name": "Friends of the River"},
            ),
            shell(
                "CityTickets",
                "<h1>River Oak Festival 2024</h1>"
                '<div class="when">Sat 15 June 2024, 11:00 – Sun 16 June 2024, 18:00</div>'
                '<div class="where">Riverside Park</div>'
                f'<div class="about">{paragraphs(TEXT_EN)}</div>',
            ),
        ),
        "River Oak Festival 2024",
        None,
        (),
    ),
    (
        "nl_event_datum_label",
        "https://www.uitagenda-example.nl/agenda/eikenfestival",
        page(
            "nl",
            "Eikenfestival aan de rivier - Uitagenda",
            og("Eikenfestival aan de rivier", "Uitagenda", "website"),
            shell(
                "Uitagenda",
                "<h1>Eikenfestival aan de rivier</h1>"
                '<dl class="event"><dt>Datum</dt><dd>za 15 juni 2024</dd><dt>Tijd</dt><dd>11:00 '
                "– 18:00</dd><dt>Locatie</dt><dd>Rivierpark</dd></dl>"
                + paragraphs(
                    "Vrijwilligers plantten in het weekend vierhonderd jonge eiken langs de "
                    "rivieroever en de gemeente beloofde ze de eerste droge zomer water te geven."
                ),
            ),
        ),
        "Eikenfestival aan de rivier",
        None,
        (),
    ),
    # --- job postings ------------------------------------------------------------------
    (
        "en_job_posting_dates",
        "https://jobs.greencity-example.org/vacancy/4412-arborist",
        page(
            "en",
            "Arborist (m/f/d) – Greencity Jobs",
            og("Arborist (m/f/d)", "Greencity Jobs", "website")
            + ld(
                "JobPosting",
                title="Arborist (m/f/d)",
                datePosted="2024-03-05",
                validThrough="2024-04-30T23:59",
                hiringOrganization={"@type": "Organization", "name": "Greencity Parks"},
                employmentType="FULL_TIME",
            ),
            shell(
                "Greencity Jobs",
                "<h1>Arborist (m/f/d)</h1>"
                '<ul class="facts"><li>Posted: March 5, 2024</li><li>Apply by: April 30, 2024'
                "</li><li>Start: June 1, 2024</li></ul>"
                + paragraphs(
                    "You will care for four hundred young oaks along the river bank and plan "
                    "their watering through the first dry summer with the park team."
                ),
            ),
        ),
        "Arborist (m/f/d)",
        datetime(2024, 3, 5),
        (),
    ),
    (
        "pl_job_posting_valid_until",
        "https://www.praca-example.pl/oferta/arborysta-4412",
        page(
            "pl",
            "Arborysta – oferta pracy – Praca Przykład",
            og("Arborysta", "Praca Przykład", "website"),
            shell(
                "Praca Przykład",
                "<h1>Arborysta</h1>"
                '<ul class="offer-meta"><li>Ważna do: 30.04.2024</li><li>Data publikacji: '
                "05.03.2024</li><li>Rozpoczęcie pracy: 01.06.2024</li></ul>"
                + paragraphs(
                    "Będziesz opiekować się czterystoma młodymi dębami nad brzegiem rzeki i "
                    "planować ich podlewanie przez pierwsze suche lato."
                ),
            ),
        ),
        "Arborysta",
        datetime(2024, 3, 5),
        (),
    ),
    (
        "vi_job_posting_han_nop",
        "https://www.vieclam-example.vn/tuyen-dung/4412",
        page(
            "vi",
            "Tuyển nhân viên chăm sóc cây xanh - Việc Làm",
            og("Tuyển nhân viên chăm sóc cây xanh", "Việc Làm", "website"),
            shell(
                "Việc Làm",
                "<h1>Tuyển nhân viên chăm sóc cây xanh</h1>"
                '<div class="job-meta"><p>Hạn nộp hồ sơ: 30/04/2024</p><p>Ngày đăng: 05/03/2024'
                "</p></div>"
                + paragraphs(
                    "Bạn sẽ chăm sóc bốn trăm cây sồi non dọc bờ sông và lên kế hoạch tưới nước "
                    "cho chúng trong suốt mùa hè khô hạn đầu tiên."
                ),
            ),
        ),
        "Tuyển nhân viên chăm sóc cây xanh",
        datetime(2024, 3, 5),
        (),
    ),
    # --- obituaries --------------------------------------------------------------------
    (
        "en_obituary_life_dates",
        "https://www.valleyherald-example.com/obituaries/margaret-ellis-4412",
        page(
            "en",
            "Margaret Ellis Obituary (1940 - 2024) - Valley Herald",
            og("Margaret Ellis Obituary", "Valley Herald"),
            shell(
                "Valley Herald",
                '<article class="obit"><h1>Margaret Ellis</h1>'
                '<p class="lifespan">March 2, 1940 – February 27, 2024</p>'
                '<p class="obit-meta">Published in the Valley Herald on March 5, 2024.</p>'
                "<p>Margaret Ellis, born March 2, 1940, died peacefully at home on February 27, "
                "2024, surrounded by her family. She taught at the village school for forty "
                "years and planted the oaks that still line the river.</p>"
                + paragraphs(
                    "A memorial service will be held at the parish church, and the family asks "
                    "for donations to the river trust instead of flowers."
                )
                + "</article>",
            ),
        ),
        SKIP,
        datetime(2024, 3, 5),
        (),
    ),
    (
        "pt_obituary_nascido_falecido",
        "https://www.jornal-example.pt/necrologia/manuel-sousa-4412",
        page(
            "pt",
            "Manuel Sousa (1938–2024) | Jornal Exemplo",
            og("Manuel Sousa (1938–2024)", "Jornal Exemplo"),
            shell(
                "Jornal Exemplo",
                '<article class="necrologia"><h1>Manuel Sousa (1938–2024)</h1>'
                '<p class="datas">Nascido em 2 de março de 1938 · Falecido em 27 de fevereiro '
                "de 2024</p>"
                '<p class="publicado">Publicado em 5 de março de 2024</p>'
                + paragraphs(
                    "Manuel Sousa foi professor na escola da aldeia durante quarenta anos e "
                    "plantou os carvalhos que ainda ladeiam o rio."
                )
                + "</article>",
            ),
        ),
        "Manuel Sousa (1938–2024)",
        datetime(2024, 3, 5),
        (),
    ),
    # --- press releases on wire platforms ----------------------------------------------
    (
        "en_prnewswire_dateline",
        "https://www.prnewswire-example.com/news-releases/aquagarden-opens-plant-302088.html",
        page(
            "en",
            "AquaGarden Opens New Plant in Ohio",
            og("AquaGarden Opens New Plant in Ohio", "PR Wire Example"),
            shell(
                "PR Wire Example",
                '<header class="release-header"><h1>AquaGarden Opens New Plant in Ohio</h1>'
                '<p class="mb-no">News provided by <a href="/news/aquagarden">AquaGarden Inc.'
                '</a></p><p class="mb-no">Mar 05, 2024, 08:00 ET</p></header>'
                '<section class="release-body"><p>COLUMBUS, Ohio, March 5, 2024 /PRNewswire/ -- '
                "AquaGarden Inc. today opened its new hose reel plant, adding two hundred jobs "
                "in the region over the next two years.</p>"
                + paragraphs(
                    "The plant will make garden hoses and reels from recycled plastic, and the "
                    "company expects to reach full output by the end of the year."
                )
                + "<p>SOURCE AquaGarden Inc.</p></section>",
            ),
        ),
        "AquaGarden Opens New Plant in Ohio",
        datetime(2024, 3, 5, 8, 0, tzinfo=timezone(timedelta(hours=-5))),
        (),
    ),
    (
        "en_businesswire_dateline",
        "https://www.bizwire-example.com/news/home/20240305005123/en/",
        page(
            "en",
            "AquaGarden Reports Record Fourth Quarter | Business Wire",
            og("AquaGarden Reports Record Fourth Quarter", "Business Wire"),
            shell(
                "Business Wire",
                '<article><h1 class="epi-fontLg">AquaGarden Reports Record Fourth Quarter</h1>'
                '<div class="bw-release-story"><p>SAN FRANCISCO--(BUSINESS WIRE)--March 5, '
                "2024--AquaGarden Inc. today reported record revenue for the fourth quarter "
                "ended December 31, 2023, up 18 percent from a year earlier.</p>"
                + paragraphs(
                    "The company said demand for garden hoses and reels grew in every region, "
                    "and it raised its outlook for the coming year."
                )
                + "</div></article>",
            ),
        ),
        "AquaGarden Reports Record Fourth Quarter",
        datetime(2024, 3, 5),
        (),
    ),
    (
        "de_ots_press_release",
        "https://www.presse-example.de/pm/4412/5711231",
        page(
            "de",
            "Neues Werk in Kassel eröffnet | Presse Beispiel",
            og("Neues Werk in Kassel eröffnet", "Presse Beispiel"),
            shell(
                "Presse Beispiel",
                "<article><h1>Neues Werk in Kassel eröffnet</h1>"
                '<p class="date">05.03.2024 – 10:30</p>'
                "<p>Kassel (ots) - Die AquaGarten GmbH hat heute ihr neues Werk für "
                "Gartenschläuche eröffnet und schafft damit zweihundert Arbeitsplätze.</p>"
                + paragraphs(
                    "Das Werk stellt Schläuche aus wiederverwertetem Kunststoff her und soll bis "
                    "Jahresende die volle Leistung erreichen."
                )
                + "<p>Pressekontakt: Laura Fischer, Telefon 0561 000000</p></article>",
            ),
        ),
        "Neues Werk in Kassel eröffnet",
        datetime(2024, 3, 5, 10, 30),
        (),
    ),
    (
        "id_prnewswire_maret",
        "https://www.prwire-example.co.id/rilis/aquagarden-pabrik-baru-4412",
        page(
            "id",
            "AquaGarden Membuka Pabrik Baru di Jawa Barat",
            og("AquaGarden Membuka Pabrik Baru di Jawa Barat", "PR Wire Contoh"),
            shell(
                "PR Wire Contoh",
                "<article><h1>AquaGarden Membuka Pabrik Baru di Jawa Barat</h1>"
                "<p>JAKARTA, 5 Maret 2024 /PRNewswire/ -- AquaGarden Inc. hari ini membuka pabrik "
                "selang taman yang baru dan menambah dua ratus lapangan kerja.</p>"
                + paragraphs(
                    "Pabrik itu akan membuat selang dan gulungan dari plastik daur ulang, dan "
                    "perusahaan berharap mencapai produksi penuh pada akhir tahun."
                )
                + "</article>",
            ),
        ),
        "AquaGarden Membuka Pabrik Baru di Jawa Barat",
        datetime(2024, 3, 5),
        (),
    ),
    (
        "hi_event_no_publication_date",
        "https://www.karyakram-example.in/event/nadi-utsav",
        page(
            "hi",
            "नदी किनारे बलूत उत्सव | कार्यक्रम",
            og("नदी किनारे बलूत उत्सव", "कार्यक्रम", "website"),
            shell(
                "कार्यक्रम",
                "<h1>नदी किनारे बलूत उत्सव</h1>"
                '<div class="event-info"><p>तिथि: 15 जून 2024</p><p>समय: सुबह 11:00 बजे</p>'
                "<p>स्थान: नदी पार्क</p></div>"
                + paragraphs(
                    "स्वयंसेवकों ने सप्ताहांत में नदी के किनारे चार सौ युवा बलूत के पेड़ लगाए "
                    "और परिषद ने पहली सूखी गर्मी भर उन्हें पानी देने का वादा किया।"
                ),
            ),
        ),
        "नदी किनारे बलूत उत्सव",
        None,
        (),
    ),
]

# Probes newsextract still reads wrongly: (name, field) -> why.
_OPEN: dict[tuple[str, str], str] = {}

_FIELDS = ("title", "published", "authors")

_CASES = field_cases(PROBES, _FIELDS, _OPEN)


@pytest.mark.parametrize(("url", "html", "field", "want"), _CASES)
def test_page_type_probe(url: str, html: str, field: str, want: object) -> None:
    got = getattr(newsextract.extract(html, url=url), field)
    assert matches(field, got, want), f"{field}: {got!r}"
