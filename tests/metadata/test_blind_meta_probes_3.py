"""A third blind metadata probe (issue 12): title, date and authors on pages that are not news,
the kinds the trafilatura set holds (personal blogs, forum threads, shop pages, docs, recipes,
wiki pages, institutional notices, job and event pages), in many languages and scripts. Written
before reading the code of the fixes it checks. A page with no author wants ``()``, one with no
publication date ``None``; a date the page gives without an offset is judged on its day alone.
``python -m tests.metadata.test_blind_meta_probes_3`` prints newsextract's and trafilatura's
hits. Every site, name and text here is invented."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Any

import pytest
from tests.metadata.language_probes.kit import field_cases, matches, report_hits
from tests.metadata.title_pages import ld, page

import newsextract

CET = timezone(timedelta(hours=1))
JST = timezone(timedelta(hours=9))


def text(*sentences: str) -> str:
    """Each sentence twice in its paragraph: text enough to read as the page's own."""
    return "".join(f"<p>{s} {s}</p>" for s in sentences)


def chrome(site: str, main: str, *, aside: str = "", h1_logo: bool = False) -> str:
    """A site's frame: the logo (an ``<h1>`` on some blog themes), a menu, the main column,
    a sidebar and a footer with the year."""
    logo = (
        f'<h1 class="site-title"><a href="/">{site}</a></h1>'
        if h1_logo
        else f'<a class="logo" href="/">{site}</a>'
    )
    return (
        f'<header class="site-header">{logo}<nav class="menu"><ul>'
        '<li><a href="/">Home</a></li><li><a href="/about">About</a></li></ul></nav></header>'
        f'<div id="content"><main class="main">{main}</main>'
        f'<aside class="sidebar">{aside}</aside></div>'
        f'<footer class="site-footer"><p>© 2024 {site}</p></footer>'
    )


# A probe: name, url, html, then the wanted title, authors and published (``...``: not judged).
FIELDS = ("title", "authors", "published")

PROBES: list[tuple[Any, ...]] = [
    (
        "de_hugo_blog_logo_h1_post_h2",
        "https://kleine-backstube.example.de/posts/sauerteig-im-winter/",
        page(
            "de",
            "Sauerteig im Winter | Kleine Backstube",
            '<meta property="og:title" content="Sauerteig im Winter">',
            chrome(
                "Kleine Backstube",
                '<article class="post"><h2 class="post-title">Sauerteig im Winter</h2>'
                '<div class="post-meta"><time datetime="2023-01-14">14. Januar 2023</time> · '
                '<a rel="author" href="/about">Lena Hartwig</a></div>'
                + text(
                    "Wenn die Küche kalt ist, braucht der Vorteig mehr Zeit und etwas Geduld.",
                    "Ich stelle das Glas deshalb neben die Heizung und füttere es zweimal.",
                )
                + "</article>",
                h1_logo=True,
                aside='<div class="widget"><h3>Neueste Beiträge</h3><ul>'
                '<li><a href="/p/1">Roggen mit Kümmel</a> <span>2. Dezember 2022</span></li>'
                "</ul></div>",
            ),
        ),
        "Sauerteig im Winter",
        ("Lena Hartwig",),
        datetime(2023, 1, 14),
    ),
    (
        "fr_forum_thread_first_post",
        "https://forum-bricoleurs.example.fr/viewtopic.php?t=88213",
        page(
            "fr",
            "Fuite sous l'évier de cuisine : Plomberie - Forum des Bricoleurs",
            "",
            chrome(
                "Forum des Bricoleurs",
                '<div class="breadcrumbs"><a href="/">Forum</a> › <a href="/f/4">Plomberie</a>'
                '</div><h1 class="topic-title">Fuite sous l\'évier de cuisine</h1>'
                '<div class="post" id="p1"><div class="postprofile"><a class="username" '
                'href="/u/31">Gaston_Ferrand</a></div><div class="postbody">'
                '<p class="author">par <b>Gaston_Ferrand</b> » sam. 5 févr. 2022 18:42</p>'
                '<div class="content">Bonjour, depuis hier une goutte tombe du siphon toutes '
                "les dix secondes et le meuble commence à gonfler. Faut-il changer le joint ou "
                "tout le siphon ? Merci d'avance.</div></div></div>"
                '<div class="post" id="p2"><div class="postprofile"><a class="username" '
                'href="/u/77">Odile.M</a></div><div class="postbody">'
                '<p class="author">par <b>Odile.M</b> » dim. 6 févr. 2022 09:15</p>'
                '<div class="content">Commence par resserrer l\'écrou à la main, souvent cela '
                "suffit, sinon un joint neuf coûte deux euros.</div></div></div>",
            ),
        ),
        "Fuite sous l'évier de cuisine",
        ("Gaston_Ferrand",),
        datetime(2022, 2, 5),
    ),
    (
        "es_recipe_jsonld_recipe",
        "https://cocinaderosario.example.es/recetas/tortilla-cebolla-caramelizada/",
        page(
            "es",
            "Tortilla de patatas con cebolla caramelizada - La cocina de Rosario",
            ld(
                "Recipe",
                name="Tortilla de patatas con cebolla caramelizada",
                author={"@type": "Person", "name": "Rosario Ibáñez"},
                datePublished="2021-11-02T08:30:00+01:00",
                recipeYield="4",
            ),
            chrome(
                "La cocina de Rosario",
                '<article class="recipe"><h1 class="entry-title">Tortilla de patatas con cebolla '
                'caramelizada</h1><p class="meta">Publicado el 2 de noviembre de 2021 por '
                '<a href="/autor/rosario">Rosario Ibáñez</a></p>'
                + text(
                    "La cebolla necesita media hora a fuego muy lento para volverse dulce.",
                    "Mientras tanto, corta las patatas en láminas finas y fríelas sin prisa.",
                )
                + '<div class="comments"><p class="c">Maite · 4 de noviembre de 2021: ¡Riquísima!'
                "</p></div></article>",
            ),
        ),
        "Tortilla de patatas con cebolla caramelizada",
        ("Rosario Ibáñez",),
        datetime(2021, 11, 2, 8, 30, tzinfo=CET),
    ),
    (
        "it_shop_product_reviews",
        "https://casaottone.example.it/prodotti/lampada-tavolo-ottone-40",
        page(
            "it",
            "Lampada da tavolo in ottone 40 cm | Casa Ottone",
            '<meta property="og:type" content="product">'
            + ld(
                "Product",
                name="Lampada da tavolo in ottone 40 cm",
                sku="LT-40-OT",
                offers={"@type": "Offer", "price": "89.00", "priceCurrency": "EUR"},
            ),
            chrome(
                "Casa Ottone",
                '<div class="product"><h1 class="product-title">Lampada da tavolo in ottone 40 cm'
                '</h1><p class="price">89,00 €</p>'
                + text(
                    "Base pesante in ottone spazzolato e paralume in lino naturale.",
                    "Cavo in tessuto lungo due metri con interruttore a rotella.",
                )
                + '<section class="reviews"><h2>Recensioni</h2><div class="review">'
                '<p class="review-meta">Recensito il 12 marzo 2024 da Giulia P.</p>'
                "<p>Luce calda, arrivata ben imballata.</p></div></section></div>",
            ),
        ),
        "Lampada da tavolo in ottone 40 cm",
        (),
        None,
    ),
    (
        "pt_docs_page_published_line",
        "https://docs.nuvemclara.example.com.br/guias/proxy-reverso",
        page(
            "pt",
            "Configurando o proxy reverso — Documentação Nuvem Clara",
            "",
            chrome(
                "Nuvem Clara Docs",
                '<nav class="toc"><a href="#a">Requisitos</a> <a href="#b">Passos</a></nav>'
                '<div class="doc"><h1>Configurando o proxy reverso</h1>'
                '<p class="doc-meta">Publicado em 5 de junho de 2023 · 6 min de leitura</p>'
                + text(
                    "Antes de começar, confirme que a porta 8443 está livre no servidor.",
                    "Depois copie o arquivo de exemplo e ajuste o nome do domínio.",
                )
                + "<pre><code>proxy_pass http://127.0.0.1:8443;</code></pre></div>",
            ),
        ),
        "Configurando o proxy reverso",
        (),
        datetime(2023, 6, 5),
    ),
    (
        "nl_mediawiki_last_edited",
        "https://streekwiki.example.nl/wiki/Molen_De_Hoop_(Zuidveen)",
        page(
            "nl",
            "Molen De Hoop (Zuidveen) - Streekwiki",
            "",
            '<div id="mw-head"><a href="/wiki/Hoofdpagina">Hoofdpagina</a></div>'
            '<div id="content" class="mw-body"><h1 id="firstHeading" class="firstHeading">'
            'Molen De Hoop (Zuidveen)</h1><div id="siteSub">Uit Streekwiki</div>'
            '<div id="mw-content-text">'
            + text(
                "Molen De Hoop is een ronde stenen korenmolen uit 1868 aan de rand van het dorp.",
                "Na een brand in 1921 werd de kap vernieuwd door een molenmaker uit de buurt.",
            )
            + '</div></div><div id="footer"><ul id="footer-info"><li id="footer-info-lastmod">'
            "Deze pagina is voor het laatst bewerkt op 8 mei 2023 om 14:12.</li></ul></div>",
        ),
        "Molen De Hoop (Zuidveen)",
        (),
        datetime(2023, 5, 8),
    ),
    (
        "pl_university_news_tekst_label",
        "https://uczelnia-nadwarcie.example.edu.pl/aktualnosci/nagroda-dla-zespolu-chemii",
        page(
            "pl",
            "Nagroda dla zespołu z Wydziału Chemii - Uczelnia Nadwarciańska",
            "",
            chrome(
                "Uczelnia Nadwarciańska",
                '<div class="news-item"><p class="kicker">Aktualności</p>'
                "<h1>Nagroda dla zespołu z Wydziału Chemii</h1>"
                '<p class="news-date">Opublikowano: 14.03.2024</p>'
                + text(
                    "Zespół badawczy otrzymał nagrodę za nową metodę oczyszczania wody.",
                    "Wyróżnienie wręczono podczas konferencji w Poznaniu.",
                )
                + '<p class="news-author">Tekst: Anna Wójcik</p></div>',
                aside='<div class="events"><h3>Wydarzenia</h3><p>22.03.2024 Dzień otwarty</p>'
                "</div>",
            ),
        ),
        "Nagroda dla zespołu z Wydziału Chemii",
        ("Anna Wójcik",),
        datetime(2024, 3, 14),
    ),
    (
        "cs_town_hall_notice_board",
        "https://mesto-lipovec.example.cz/uredni-deska/oznameni-uzavirka-lipova",
        page(
            "cs",
            "Oznámení o uzavírce ulice Lipová : Město Lipovec",
            "",
            chrome(
                "Město Lipovec",
                '<div class="deska-detail"><h1>Oznámení o uzavírce ulice Lipová</h1>'
                '<table class="udaje"><tr><th>Vyvěšeno:</th><td>2. 4. 2024</td></tr>'
                "<tr><th>Sejmuto:</th><td>30. 4. 2024</td></tr>"
                "<tr><th>Odbor:</th><td>Odbor dopravy</td></tr></table>"
                + text(
                    "Z důvodu opravy vodovodu bude ulice Lipová uzavřena pro veškerou dopravu.",
                    "Objížďka povede po ulicích Polní a Školní, autobusy zastaví u pošty.",
                )
                + "</div>",
            ),
        ),
        "Oznámení o uzavírce ulice Lipová",
        (),
        datetime(2024, 4, 2),
    ),
    (
        "sv_blogger_date_header_posted_by",
        "https://tradgardsdagboken.example.se/2024/04/forsta-fron.html",
        page(
            "sv",
            "Trädgårdsdagboken: Första fröna i jorden",
            "",
            chrome(
                "Trädgårdsdagboken",
                '<div class="date-outer"><h2 class="date-header"><span>söndag 7 april 2024'
                '</span></h2><div class="post-outer"><h3 class="post-title entry-title">'
                "Första fröna i jorden</h3>"
                '<div class="post-body entry-content">'
                + text(
                    "I dag sådde jag tomater och chili i små krukor på fönsterbrädan.",
                    "Jorden var fortfarande kall ute, så pallkragarna får vänta en vecka till.",
                )
                + '</div><div class="post-footer">Upplagd av <span class="fn">Karin Lund</span>'
                ' kl. <a class="timestamp-link" href="#">09:14</a></div></div></div>',
                h1_logo=True,
            ),
        ),
        "Första fröna i jorden",
        ("Karin Lund",),
        datetime(2024, 4, 7),
    ),
    (
        "tr_blog_yazar_label",
        "https://mutfakgunlugu.example.com.tr/ev-yapimi-erik-receli",
        page(
            "tr",
            "Ev Yapımı Erik Reçeli Nasıl Yapılır? - Mutfak Günlüğü",
            '<meta property="og:title" content="Ev Yapımı Erik Reçeli Nasıl Yapılır? - '
            'Mutfak Günlüğü">',
            chrome(
                "Mutfak Günlüğü",
                '<article><h1 class="baslik">Ev Yapımı Erik Reçeli Nasıl Yapılır?</h1>'
                '<ul class="bilgi"><li>Yazar: Elif Demir</li><li>Yayınlanma: 18 Ekim 2022</li>'
                "<li>Okunma: 4.210</li></ul>"
                + text(
                    "Erikleri yıkayıp çekirdeklerini çıkarın ve şekerle bir gece bekletin.",
                    "Ertesi sabah kısık ateşte köpüğünü ala ala kırk dakika pişirin.",
                )
                + "</article>",
            ),
        ),
        "Ev Yapımı Erik Reçeli Nasıl Yapılır?",
        ("Elif Demir",),
        datetime(2022, 10, 18),
    ),
    (
        "ru_forum_first_message_date",
        "https://forum-rybakov.example.ru/topic/5521-kakuyu-katushku-vybrat/",
        page(
            "ru",
            "Какую катушку выбрать для фидера? - Снасти - Форум рыбаков",
            "",
            chrome(
                "Форум рыбаков",
                '<h1 class="ipsType_pageTitle">Какую катушку выбрать для фидера?</h1>'
                '<article class="cPost" id="comment-1"><aside class="cAuthorPane">'
                '<h3 class="cAuthorPane_author"><a href="/u/412">Волгарь_87</a></h3></aside>'
                '<div class="cPost_meta">Опубликовано: <time datetime="2021-04-12T15:40:00Z">'
                '12 апреля 2021</time></div><div class="cPost_content">'
                "Подскажите катушку до пяти тысяч рублей для фидера на реке, чтобы не жалко "
                "было и служила пару сезонов.</div></article>"
                '<article class="cPost" id="comment-2"><aside class="cAuthorPane">'
                '<h3 class="cAuthorPane_author"><a href="/u/99">Лещатник</a></h3></aside>'
                '<div class="cPost_meta">Опубликовано: <time datetime="2021-04-13T06:02:00Z">'
                '13 апреля 2021</time></div><div class="cPost_content">'
                "Берите с передним фрикционом, на реке он удобнее.</div></article>",
            ),
        ),
        "Какую катушку выбрать для фидера?",
        ("Волгарь_87",),
        datetime(2021, 4, 12),
    ),
    (
        "uk_library_news_date_label",
        "https://biblioteka-zhytnia.example.ua/novyny/zustrich-z-pysmennytseiu",
        page(
            "uk",
            "Зустріч з письменницею у читальній залі | Бібліотека на Житній",
            "",
            chrome(
                "Бібліотека на Житній",
                '<div class="entry"><h1>Зустріч з письменницею у читальній залі</h1>'
                '<div class="entry-date">Дата публікації: 03.11.2023</div>'
                + text(
                    "У суботу до читачів завітала авторка книжок для підлітків.",
                    "Вона розповіла, як народжуються герої, і підписала понад сорок книжок.",
                )
                + "</div>",
            ),
        ),
        "Зустріч з письменницею у читальній залі",
        (),
        datetime(2023, 11, 3),
    ),
    (
        "ja_note_style_blog",
        "https://note-like.example.jp/hanako_yamada/n/n8c2f1a",
        page(
            "ja",
            "夏の自由研究、何にする？｜山田 花子",
            '<meta property="og:title" content="夏の自由研究、何にする？｜山田 花子">',
            chrome(
                "ノートブック",
                '<article class="note"><h1 class="note-title">夏の自由研究、何にする？</h1>'
                '<div class="note-author"><a href="/hanako_yamada">山田 花子</a>'
                '<time datetime="2023-08-21T10:05:00+09:00">2023年8月21日 10:05</time></div>'
                + text(
                    "今年は子どもと一緒に、近所の川の水をくらべてみることにした。",
                    "三つの場所で水をくみ、にごりとにおいを毎朝ノートに書いている。",
                )
                + "</article>",
            ),
        ),
        "夏の自由研究、何にする？",
        ("山田 花子",),
        datetime(2023, 8, 21, 10, 5, tzinfo=JST),
    ),
    (
        "zh_help_center_article",
        "https://help.xinghe-net.example.cn/article/router-password",
        page(
            "zh",
            "如何重置路由器密码 - 帮助中心 - 星河网络",
            "",
            chrome(
                "星河网络",
                '<div class="crumbs"><a href="/">帮助中心</a> &gt; <a href="/c/2">设备</a></div>'
                '<div class="article"><h1 class="article-title">如何重置路由器密码</h1>'
                '<div class="article-info"><span>发布时间：2024-01-09</span>'
                "<span>作者：李明</span><span>阅读：3521</span></div>"
                + text(
                    "用牙签按住路由器背面的复位孔十秒钟，指示灯闪烁后松开。",
                    "重启完成后，用浏览器打开管理页面并设置新的密码。",
                )
                + "</div>",
            ),
        ),
        "如何重置路由器密码",
        ("李明",),
        datetime(2024, 1, 9),
    ),
    (
        "ko_blog_dotted_date_nickname",
        "https://blog.example.co.kr/hangang_walker/223190455",
        page(
            "ko",
            "한강 자전거길 반나절 코스 : 네이버 블로그",
            '<meta property="og:title" content="한강 자전거길 반나절 코스">',
            chrome(
                "블로그",
                '<div class="se-viewer"><div class="se-title-text"><h3 class="se-fs">'
                "한강 자전거길 반나절 코스</h3></div>"
                '<div class="blog_author"><span class="nick">강변산책</span></div>'
                '<span class="se_publishDate">2022. 9. 15. 14:20</span>'
                '<div class="se-main-container">'
                + text(
                    "여의도에서 출발해 반포까지 왕복하면 세 시간 정도 걸린다.",
                    "중간에 편의점이 많아서 물을 많이 챙기지 않아도 된다.",
                )
                + "</div></div>",
            ),
        ),
        "한강 자전거길 반나절 코스",
        ("강변산책",),
        datetime(2022, 9, 15),
    ),
    (
        "ar_ministry_news_date_label",
        "https://wizarat-almiyah.example.gov.jo/ar/news/1832",
        page(
            "ar",
            "افتتاح محطة ضخ جديدة في الزرقاء | وزارة المياه",
            "",
            chrome(
                "وزارة المياه",
                '<div class="news-details"><h1>افتتاح محطة ضخ جديدة في الزرقاء</h1>'
                '<span class="date">تاريخ النشر: 15 مايو 2023</span>'
                + text(
                    "افتتح وزير المياه محطة ضخ جديدة تخدم أكثر من عشرين ألف أسرة.",
                    "وتعمل المحطة بالطاقة الشمسية في ساعات النهار لخفض التكاليف.",
                )
                + "</div>",
            ),
        ),
        "افتتاح محطة ضخ جديدة في الزرقاء",
        (),
        datetime(2023, 5, 15),
    ),
    (
        "he_recipe_blog_meat_label",
        "https://hamitbach-shel-noa.example.co.il/recipes/shakshuka-yeruka/",
        page(
            "he",
            "שקשוקה ירוקה עם תרד | המטבח של נועה",
            "",
            chrome(
                "המטבח של נועה",
                '<article><h1 class="entry-title">שקשוקה ירוקה עם תרד</h1>'
                '<div class="entry-meta"><span class="by">מאת: נועה כהן</span> | '
                '<span class="on">פורסם ב-2 בינואר 2023</span></div>'
                + text(
                    "מטגנים בצל ירוק ושום בשמן זית עד שהם מתרככים.",
                    "מוסיפים תרד קצוץ, שוברים ביצים ומכסים לחמש דקות.",
                )
                + "</article>",
            ),
        ),
        "שקשוקה ירוקה עם תרד",
        ("נועה כהן",),
        datetime(2023, 1, 2),
    ),
    (
        "el_event_page_future_event_date",
        "https://dimos-limaniou.example.gr/ekdiloseis/synavlia-sto-limani",
        page(
            "el",
            "Συναυλία στο λιμάνι - Δήμος Λιμανιού",
            "",
            chrome(
                "Δήμος Λιμανιού",
                '<div class="event"><h1>Συναυλία στο λιμάνι</h1>'
                '<p class="posted">Δημοσιεύτηκε: 1 Ιουλίου 2024</p>'
                '<dl class="event-info"><dt>Ημερομηνία</dt><dd>Σάββατο 20 Ιουλίου 2024, 21:00'
                "</dd><dt>Χώρος</dt><dd>Παλιό λιμάνι</dd></dl>"
                + text(
                    "Η δημοτική φιλαρμονική θα παίξει τραγούδια της θάλασσας.",
                    "Η είσοδος είναι ελεύθερη και θα υπάρχουν καθίσματα για όλους.",
                )
                + "</div>",
            ),
        ),
        "Συναυλία στο λιμάνι",
        (),
        datetime(2024, 7, 1),
    ),
    (
        "hu_podcast_episode_date",
        "https://kerti-beszelgetesek.example.hu/epizod/42-komposzt",
        page(
            "hu",
            "42. rész: Komposzt télen is – Kerti beszélgetések podcast",
            "",
            chrome(
                "Kerti beszélgetések",
                '<div class="episode"><h1>42. rész: Komposzt télen is</h1>'
                '<p class="episode-date">Adás: 2023. szeptember 12.</p>'
                '<audio src="/media/42.mp3" controls></audio>'
                + text(
                    "Ebben a részben arról beszélgetünk, hogyan marad meleg a komposzt.",
                    "Vendégünk húsz éve gondoz közösségi kertet a város szélén.",
                )
                + "</div>",
            ),
        ),
        "42. rész: Komposzt télen is",
        (),
        datetime(2023, 9, 12),
    ),
    (
        "fi_job_posting_deadline",
        "https://kaupunki-jarvela.example.fi/tyopaikat/kirjastovirkailija-2024",
        page(
            "fi",
            "Kirjastovirkailija, Järvelän kaupunginkirjasto | Järvelän kaupunki",
            "",
            chrome(
                "Järvelän kaupunki",
                '<div class="job"><h1>Kirjastovirkailija, Järvelän kaupunginkirjasto</h1>'
                '<ul class="job-facts"><li>Julkaistu 4.3.2024</li>'
                "<li>Hakuaika päättyy 25.3.2024 klo 15.00</li><li>Työsuhde: vakituinen</li></ul>"
                + text(
                    "Haemme asiakaspalvelusta innostunutta kirjastovirkailijaa pääkirjastoon.",
                    "Työ alkaa toukokuussa ja sisältää myös iltavuoroja.",
                )
                + "</div>",
            ),
        ),
        "Kirjastovirkailija, Järvelän kaupunginkirjasto",
        (),
        datetime(2024, 3, 4),
    ),
    (
        "id_blogger_diposting_oleh",
        "https://catatansiwarung.example.id/2023/08/lomba-tujuhbelasan.html",
        page(
            "id",
            "Catatan Si Warung: Lomba Tujuhbelasan di Gang Kami",
            "",
            chrome(
                "Catatan Si Warung",
                '<div class="post hentry"><h3 class="post-title entry-title">Lomba Tujuhbelasan '
                'di Gang Kami</h3><div class="post-header">Diposting oleh '
                '<span class="fn">Budi Santoso</span> pada <abbr class="published" '
                'title="2023-08-17T19:30:00+07:00">17 Agustus 2023</abbr></div>'
                '<div class="post-body">'
                + text(
                    "Pagi-pagi anak-anak sudah berkumpul untuk lomba makan kerupuk.",
                    "Sore harinya bapak-bapak ikut panjat pinang sampai basah kuyup.",
                )
                + "</div></div>",
                h1_logo=True,
            ),
        ),
        "Lomba Tujuhbelasan di Gang Kami",
        ("Budi Santoso",),
        datetime(2023, 8, 17),
    ),
    (
        "vi_course_page_labels",
        "https://hoctiengnhat.example.vn/bai-viet/meo-nho-kanji",
        page(
            "vi",
            "Mẹo nhớ chữ Kanji cho người mới bắt đầu - Học Tiếng Nhật Mỗi Ngày",
            "",
            chrome(
                "Học Tiếng Nhật Mỗi Ngày",
                '<div class="post-detail"><h1>Mẹo nhớ chữ Kanji cho người mới bắt đầu</h1>'
                '<div class="post-info">Ngày đăng: 05/09/2023 | Người viết: Trần Thị Mai</div>'
                + text(
                    "Hãy học chữ Kanji theo bộ thủ thay vì học từng chữ riêng lẻ.",
                    "Mỗi ngày chỉ cần mười chữ, nhưng phải ôn lại vào buổi tối.",
                )
                + "</div>",
            ),
        ),
        "Mẹo nhớ chữ Kanji cho người mới bắt đầu",
        ("Trần Thị Mai",),
        datetime(2023, 9, 5),
    ),
    (
        "hi_ngo_report_lekhak_label",
        "https://gramsewa-manch.example.org.in/report/jal-sanrakshan-shivir",
        page(
            "hi",
            "जल संरक्षण शिविर की रिपोर्ट | ग्रामसेवा मंच",
            "",
            chrome(
                "ग्रामसेवा मंच",
                '<div class="report"><h1>जल संरक्षण शिविर की रिपोर्ट</h1>'
                '<p class="meta">प्रकाशित: 10 जनवरी 2024 | लेखक: सुनीता शर्मा</p>'
                + text(
                    "शिविर में तीन गाँवों के किसानों ने वर्षा जल संग्रह के तरीके सीखे।",
                    "अगले महीने दो नए तालाबों की खुदाई शुरू होगी।",
                )
                + "</div>",
            ),
        ),
        "जल संरक्षण शिविर की रिपोर्ट",
        ("सुनीता शर्मा",),
        datetime(2024, 1, 10),
    ),
    (
        "ro_release_notes_launched_on",
        "https://cartier-app.example.ro/noutati/versiunea-3-2",
        page(
            "ro",
            "Versiunea 3.2 a aplicației Cartier | Noutăți",
            "",
            chrome(
                "Cartier",
                '<div class="release"><h1>Versiunea 3.2 a aplicației Cartier</h1>'
                '<p class="release-date">Lansată pe 22 februarie 2024</p>'
                "<ul><li>Hartă nouă a parcărilor din cartier.</li>"
                "<li>Notificări pentru colectarea deșeurilor.</li></ul>"
                + text(
                    "Mulțumim tuturor celor care au trimis sugestii în ultimele luni.",
                )
                + "</div>",
            ),
        ),
        "Versiunea 3.2 a aplicației Cartier",
        (),
        datetime(2024, 2, 22),
    ),
    (
        "da_museum_exhibition_page",
        "https://vestkystmuseet.example.dk/udstillinger/glas-fra-vestkysten",
        page(
            "da",
            "Glas fra Vestkysten | Vestkystmuseet",
            "",
            chrome(
                "Vestkystmuseet",
                '<div class="exhibition"><h1>Glas fra Vestkysten</h1>'
                '<p class="period">14. juni – 29. september 2024</p>'
                + text(
                    "Udstillingen viser glas, som fiskerne fandt i klitterne gennem hundrede år.",
                    "Børn kan selv sortere skår efter farve i værkstedet på første sal.",
                )
                + '<p class="updated">Offentliggjort 2. maj 2024</p></div>',
            ),
        ),
        "Glas fra Vestkysten",
        (),
        datetime(2024, 5, 2),
    ),
    (
        "en_bank_help_article_no_date",
        "https://www.pinecrest-bank.example.com/help/order-new-debit-card",
        page(
            "en",
            "Help Center | Pinecrest Community Bank",
            '<meta name="description" content="Order a replacement debit card online.">',
            chrome(
                "Pinecrest Community Bank",
                '<div class="help-article"><h1>How do I order a new debit card?</h1>'
                + text(
                    "Sign in to online banking, open Cards and choose Replace card.",
                    "Your new card arrives within seven business days by mail.",
                )
                + '<p class="helpful">Was this article helpful? Yes · No</p></div>',
            ),
        ),
        "How do I order a new debit card?",
        (),
        None,
    ),
    (
        "de_shop_product_review_dates",
        "https://wanderladen.example.de/p/trekkingrucksack-45l",
        page(
            "de",
            "Trekkingrucksack Almweg 45 L kaufen | Wanderladen",
            '<meta property="og:type" content="product">'
            + ld(
                "Product",
                name="Trekkingrucksack Almweg 45 L",
                review={
                    "@type": "Review",
                    "author": {"@type": "Person", "name": "Jonas K."},
                    "datePublished": "2024-02-11",
                },
            ),
            chrome(
                "Wanderladen",
                '<div class="product-detail"><h1>Trekkingrucksack Almweg 45 L</h1>'
                '<p class="price">129,95 €</p>'
                + text(
                    "Verstellbares Rückensystem und Regenhülle im Bodenfach.",
                    "Zwei seitliche Netztaschen fassen auch große Trinkflaschen.",
                )
                + '<div class="reviews"><p>Jonas K. schrieb am 11.02.2024: Sitzt gut.</p></div>'
                "</div>",
            ),
        ),
        "Trekkingrucksack Almweg 45 L",
        (),
        None,
    ),
    (
        "en_wordpress_byline_after_body",
        "https://quietharbourquilts.example.com/2022/06/log-cabin-blocks/",
        page(
            "en",
            "Log cabin blocks from scrap strips – Quiet Harbour Quilts",
            '<meta property="article:published_time" content="2022-06-19T16:04:11+00:00">',
            chrome(
                "Quiet Harbour Quilts",
                '<article class="post type-post"><h2 class="entry-title">Log cabin blocks from '
                'scrap strips</h2><div class="entry-content">'
                + text(
                    "I have a basket of strips too narrow for anything but log cabin blocks.",
                    "Start with a red centre square and work outwards, light on one side.",
                )
                + '</div><footer class="entry-footer">This entry was posted in '
                '<a href="/c/blocks">Blocks</a> by <span class="author vcard">'
                '<a class="url fn n" href="/author/margaret">Margaret Olsen</a></span>.'
                "</footer></article>",
                h1_logo=True,
            ),
        ),
        "Log cabin blocks from scrap strips",
        ("Margaret Olsen",),
        datetime(2022, 6, 19),
    ),
]

_OPEN: dict[tuple[str, str], str] = {
    ("ru_forum_first_message_date", "authors"): "a thread's starter named only in the first "
    "post's author pane, with no label: every reply's pane names its writer the same way",
}
_CASES = field_cases(PROBES, FIELDS, _OPEN)


@pytest.mark.parametrize(("url", "html", "field", "want"), _CASES)
def test_blind_meta_probe_3(url: str, html: str, field: str, want: object) -> None:
    got = getattr(newsextract.extract(html, url=url), field)
    assert matches(field, got, want), f"{field}: {got!r}"


if __name__ == "__main__":  # pragma: no cover
    report_hits(PROBES, FIELDS)
