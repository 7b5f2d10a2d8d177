"""The blind70x pages (issues 11 and 12, wave 70): whole pages from small sites and older
CMSs with no structured data at all (no JSON-LD, no og: or article: meta, no
``<meta name=author>``; a ``<title>`` and at times a description), so every field comes from
the visible page: an old PHP news site, a town council's news, a school blog, a club's match
report, a church bulletin, a local radio's item, a small shop's blog, a university
department's news. The truth of every field was written down before either tool ran. Every
site, name and text is invented."""

from __future__ import annotations

from dataclasses import dataclass

from tests.metadata.whole_pages_68 import WholeProbe, day


@dataclass(frozen=True)
class Page:
    """One page's content in its own language; ``byline`` and ``dated`` are the visible
    lines as the site writes them (either may be empty when the other holds both)."""

    lang: str
    site: str
    h1: str
    byline: str
    dated: str
    body: tuple[str, ...]
    menu: tuple[str, ...]
    footer: str
    aside: tuple[str, ...] = ()
    tags_label: str = ""
    tags: tuple[str, ...] = ()
    description: str = ""
    script: str = ""


def _head(p: Page) -> str:
    desc = f'<meta name="description" content="{p.description}">' if p.description else ""
    return (
        f'<!DOCTYPE html><html lang="{p.lang}"><head><meta charset="utf-8">'
        f"<title>{p.h1} | {p.site}</title>{desc}</head>"
    )


def _paras(p: Page) -> str:
    return "".join(f"<p>{t}</p>" for t in p.body)


def _menu(p: Page) -> str:
    return " | ".join(f'<a href="/{n}">{m}</a>' for n, m in enumerate(p.menu))


def _aside(p: Page) -> str:
    return "".join(f'<li><a href="/a/{n}">{a}</a></li>' for n, a in enumerate(p.aside))


def _tags(p: Page, sep: str = ", ") -> str:
    if not p.tags:
        return ""
    links = sep.join(f'<a href="/tag/{n}">{t}</a>' for n, t in enumerate(p.tags))
    return f"{p.tags_label} {links}"


def table_php(p: Page) -> str:
    """A 2000s PHP news site laid out in tables: the story in a td, no semantic markup."""
    return (
        _head(p) + '<body bgcolor="#ffffff"><table width="960" align="center"><tr><td '
        f'colspan="2" class="top"><font size="5"><b>{p.site}</b></font><br>{_menu(p)}</td></tr>'
        f'<tr><td width="720" valign="top" class="main"><span class="naslov">{p.h1}</span>'
        f'<br><span class="datum">{p.dated}</span><br><br>{_paras(p)}'
        f'<p><b>{p.byline}</b></p><p class="tagovi">{_tags(p)}</p></td>'
        f'<td width="240" valign="top" class="side"><ul>{_aside(p)}</ul></td></tr>'
        f'<tr><td colspan="2" class="footer">{p.footer}</td></tr></table></body></html>'
    )


def council(p: Page) -> str:
    """A town council's news item from a municipal CMS: h1, a date line, the text, a
    'back to news' link and a contact box."""
    return (
        _head(p)
        + f'<body><div id="header"><div class="logo">{p.site}</div><ul id="nav">'
        + "".join(f"<li>{m}</li>" for m in p.menu)
        + f'</ul></div><div id="content"><div class="newsdetail"><h1>{p.h1}</h1>'
        f'<p class="date">{p.dated}</p>{_paras(p)}<p class="author">{p.byline}</p></div>'
        f'<div class="box-related"><ul>{_aside(p)}</ul></div></div>'
        f'<div id="footer"><address>{p.footer}</address></div></body></html>'
    )


def school_blog(p: Page) -> str:
    """A school's blog on an old Blogger-like template: date header above the post title,
    the post, a 'posted by' footer and labels."""
    return (
        _head(p) + f'<body><div class="header"><h1 class="site">{p.site}</h1></div>'
        f'<div class="main"><h2 class="date-header"><span>{p.dated}</span></h2>'
        f'<div class="post"><h3 class="post-title">{p.h1}</h3><div class="post-body">'
        f'{_paras(p)}</div><div class="post-footer"><span class="post-author">{p.byline}'
        f'</span> <span class="post-labels">{_tags(p)}</span></div></div></div>'
        f'<div class="sidebar"><ul>{_aside(p)}</ul></div><div class="footer">{p.footer}'
        "</div></body></html>"
    )


def club(p: Page) -> str:
    """A sports club's match report: nav, the report in an article element, the author and
    date in one line under the headline, the club's fixtures aside."""
    return (
        _head(p) + f'<body><header><a href="/" class="brand">{p.site}</a><nav>{_menu(p)}</nav>'
        f'</header><main><article><h1>{p.h1}</h1><p class="meta">{p.byline} {p.dated}</p>'
        f'{_paras(p)}<p class="tags">{_tags(p)}</p></article><aside><ul>{_aside(p)}</ul>'
        f"</aside></main><footer>{p.footer}</footer></body></html>"
    )


def bulletin(p: Page) -> str:
    """A parish's weekly notice on a static page: h2 heading, the text, signed at the end,
    the date in a small line above."""
    return (
        _head(p) + f'<body><div id="kopf"><h1>{p.site}</h1><div class="navi">{_menu(p)}</div>'
        f'</div><div id="inhalt"><small>{p.dated}</small><h2>{p.h1}</h2>{_paras(p)}'
        f'<p style="text-align:right"><i>{p.byline}</i></p></div><div id="rand"><ul>'
        f'{_aside(p)}</ul></div><div id="fuss">{p.footer}</div></body></html>'
    )


def radio(p: Page) -> str:
    """A local radio's news item: a div-built page, the time and author on one line with a
    separator, the player bar above the text."""
    return (
        _head(p) + f'<body><div class="topbar">{p.site} <span class="live">LIVE</span></div>'
        f'<div class="menu">{_menu(p)}</div><div class="container"><div class="col-8">'
        f'<div class="news-item"><h1 class="news-title">{p.h1}</h1><div class="news-info">'
        f'{p.dated} | {p.byline}</div><div class="news-text">{_paras(p)}</div>'
        f'<div class="news-tags">{_tags(p, " ")}</div></div></div><div class="col-4">'
        f'<ul class="latest">{_aside(p)}</ul></div></div><div class="bottom">{p.footer}</div>'
        "</body></html>"
    )


def shop_blog(p: Page) -> str:
    """A small shop's blog on a hosted shop system: breadcrumb, the post, 'written by' and
    the date below the title, the category and tags after the text."""
    return (
        _head(p) + f'<body><div class="shop-header"><a href="/">{p.site}</a> <a href="/cart">'
        f'Cart (0)</a></div><div class="breadcrumb">{_menu(p)}</div><div class="blog-post">'
        f'<h1 class="blog-title">{p.h1}</h1><div class="blog-meta">{p.byline} · {p.dated}</div>'
        f'<div class="blog-content">{_paras(p)}</div><div class="blog-tags">{_tags(p)}</div>'
        f'</div><div class="products"><ul>{_aside(p)}</ul></div><div class="shop-footer">'
        f"{p.footer}</div></body></html>"
    )


def department(p: Page) -> str:
    """A university department's news on an institutional CMS: section nav at the left,
    the item with its date, the text, a contact line naming the author."""
    return (
        _head(p) + f'<body><div id="uni-header">{p.site}</div><div id="wrapper"><div '
        f'id="subnav"><ul>{"".join(f"<li>{m}</li>" for m in p.menu)}</ul></div><div '
        f'id="maincontent"><div class="news-single"><h1>{p.h1}</h1><div class="news-date">'
        f'{p.dated}</div><div class="bodytext">{_paras(p)}</div><div class="news-author">'
        f'{p.byline}</div></div><div class="news-more"><ul>{_aside(p)}</ul></div></div></div>'
        f'<div id="uni-footer">{p.footer}</div></body></html>'
    )


PROBES: list[WholeProbe] = []


def add(
    name: str,
    host: str,
    layout: object,
    page: Page,
    *,
    authors: tuple[str, ...],
    published: object,
    title: str | None = None,
) -> None:
    """A probe: its title the headline, its tags the page's tags, its language the page's;
    its body every text paragraph, none of the menu, side list or footer."""
    assert callable(layout)
    PROBES.append(
        WholeProbe(
            name=name,
            url=f"https://{host}/news/{name.replace('_', '-')}",
            html=layout(page),
            want={
                "title": title or page.h1,
                "authors": authors,
                "published": published,
                "tags": page.tags,
                "language": page.lang,
            },
            must=(page.body[0], page.body[-1]),
            must_not=(*page.aside, page.footer),
        )
    )


# German: a town council's news item; "Veröffentlicht am" and the press office signing.
add(
    "de_council_veroeffentlicht",
    "gemeinde-hohenfelden.de",
    council,
    Page(
        lang="de",
        site="Gemeinde Hohenfelden",
        h1="Sanierung der Ortsdurchfahrt beginnt im Juni",
        byline="Text: Sabine Krämer, Pressestelle",
        dated="Veröffentlicht am 14.05.2024",
        body=(
            "Ab dem 3. Juni wird die Hauptstraße zwischen Kirchplatz und Feuerwehrhaus in drei "
            "Abschnitten saniert und dafür abschnittsweise voll gesperrt.",
            "Die Umleitung führt über die Kreisstraße nach Niederfelden; der Schulbus hält in "
            "dieser Zeit an der Ersatzhaltestelle am Sportplatz.",
            "Anliegerinnen und Anlieger erreichen ihre Grundstücke während der Bauzeit zu Fuß; "
            "Fragen beantwortet das Bauamt im Rathaus zu den Sprechzeiten.",
        ),
        menu=("Rathaus", "Bürgerservice", "Aktuelles"),
        aside=("Wertstoffhof an Pfingsten geschlossen", "Neue Öffnungszeiten der Bücherei"),
        footer="Gemeinde Hohenfelden · Kirchplatz 1 · Impressum · Datenschutz",
    ),
    authors=("Sabine Krämer",),
    published=day(2024, 5, 14),
)

# French: a school blog, date header "mardi 12 mars 2024", "Publié par".
add(
    "fr_school_blog_publie_par",
    "ecole-les-tilleuls.over-blog.fr",
    school_blog,
    Page(
        lang="fr",
        site="École des Tilleuls",
        h1="Sortie au musée de la mine pour les CM2",
        byline="Publié par Mme Laurence Girard",
        dated="mardi 12 mars 2024",
        body=(
            "Jeudi dernier, les élèves de CM2 ont visité le musée de la mine et sont descendus "
            "dans une galerie reconstituée à douze mètres sous terre.",
            "Un ancien mineur leur a raconté le travail au fond, les lampes à carbure et les "
            "chevaux qui tiraient les wagonnets jusqu'au puits.",
            "De retour en classe, chacun a écrit un petit récit de la journée, que vous pourrez "
            "lire sur le panneau d'affichage de l'entrée.",
        ),
        menu=("Accueil", "Cantine", "Contact"),
        aside=("Menus de la cantine", "Calendrier des vacances"),
        tags_label="Libellés :",
        tags=("CM2", "sorties"),
        footer="École des Tilleuls - Thème Simple - Fourni par Blogger",
    ),
    authors=("Laurence Girard",),
    published=day(2024, 3, 12),
)

# Spanish: a football club's match report, "Por ... | 21 de abril de 2024".
add(
    "es_club_cronica_por",
    "cdvillanueva.es",
    club,
    Page(
        lang="es",
        site="C.D. Villanueva",
        h1="El juvenil remonta ante el Atlético Ribera y sigue líder",
        byline="Por Javier Molina |",
        dated="21 de abril de 2024",
        body=(
            "El juvenil del C.D. Villanueva se impuso por tres goles a dos al Atlético Ribera "
            "tras ir perdiendo al descanso en el campo municipal.",
            "Dos goles de Marcos en el cuarto de hora final dieron la vuelta a un partido que "
            "se había complicado con un penalti en la primera parte.",
            "El próximo domingo el equipo visita al segundo clasificado en un choque que puede "
            "decidir el título de la liga provincial.",
        ),
        menu=("Inicio", "Equipos", "Noticias", "Socios"),
        aside=("Calendario de la temporada", "Hazte socio del club"),
        tags_label="Etiquetas:",
        tags=("Juvenil", "Liga provincial"),
        footer="C.D. Villanueva · Campo Municipal Las Eras · Aviso legal",
    ),
    authors=("Javier Molina",),
    published=day(2024, 4, 21),
)

# Italian: a parish bulletin, signed by the parish priest, "Domenica 9 giugno 2024".
add(
    "it_bulletin_parroco",
    "parrocchiasanrocco-valle.it",
    bulletin,
    Page(
        lang="it",
        site="Parrocchia San Rocco",
        h1="Festa patronale: il programma della settimana",
        byline="don Carlo Bellini, parroco",
        dated="Domenica 9 giugno 2024",
        body=(
            "Quest'anno la festa del patrono si aprirà venerdì sera con la processione che "
            "partirà dalla chiesa e attraverserà le vie del centro storico.",
            "Sabato pomeriggio i ragazzi dell'oratorio organizzano i giochi in piazza, mentre "
            "la sera la banda del paese terrà il concerto sul sagrato.",
            "Chi desidera aiutare con la cucina o con l'allestimento può lasciare il proprio "
            "nome in sacrestia entro mercoledì.",
        ),
        menu=("Orari messe", "Oratorio", "Contatti"),
        aside=("Iscrizioni al centro estivo", "Orari delle confessioni"),
        footer="Parrocchia San Rocco - Via Roma 12 - Tutti i diritti riservati",
    ),
    authors=("Carlo Bellini",),
    published=day(2024, 6, 9),
)

# Dutch: a local radio's item, "15 februari 2024, 16:20 | Door Pieter de Wit".
add(
    "nl_radio_door",
    "omroepdijkstreek.nl",
    radio,
    Page(
        lang="nl",
        site="Omroep Dijkstreek",
        h1="Veerpont vaart weer na maanden van reparatie",
        byline="Door Pieter de Wit",
        dated="15 februari 2024, 16:20",
        body=(
            "De veerpont tussen Oosterdijk en Kerkhoven vaart sinds vanochtend weer, na een "
            "reparatie aan de motor die bijna vier maanden heeft geduurd.",
            "Fietsers en scholieren moesten al die tijd een omweg van twaalf kilometer maken "
            "over de brug bij de sluis.",
            "De gemeente laat weten dat de dienstregeling dezelfde blijft en dat de pont in de "
            "zomer ook op zondag langer vaart.",
        ),
        menu=("Nieuws", "Sport", "Uitzending gemist"),
        aside=("Brand in schuur aan de Molenweg", "Markt verhuist tijdelijk"),
        tags=("veerpont", "Oosterdijk"),
        footer="Omroep Dijkstreek - Luister live op 105.3 FM - Colofon",
    ),
    authors=("Pieter de Wit",),
    published=day(2024, 2, 15),
)

# Polish: an old PHP news site in tables, "Dodano: 2024-09-03", signed at the end.
add(
    "pl_table_php_dodano",
    "gazetapowiatowa.pl",
    table_php,
    Page(
        lang="pl",
        site="Gazeta Powiatowa",
        h1="Nowy most na Wiśle otwarty dla ruchu",
        byline="Tomasz Nowicki",
        dated="Dodano: 2024-09-03 12:15",
        body=(
            "Po dwóch latach budowy nowy most między Zawichostem a Ciszycą został we wtorek "
            "otwarty dla samochodów i pieszych.",
            "Przeprawa skraca drogę do szpitala powiatowego o kilkanaście kilometrów, co "
            "mieszkańcy podkreślali podczas uroczystości.",
            "Ciężarówki powyżej czterdziestu ton będą mogły wjechać na most dopiero po "
            "zakończeniu prób obciążeniowych jesienią.",
        ),
        menu=("Strona główna", "Wiadomości", "Ogłoszenia"),
        aside=("Wyniki sesji rady gminy", "Ogłoszenia drobne"),
        footer="Gazeta Powiatowa 2003-2024. Wszelkie prawa zastrzeżone.",
    ),
    authors=("Tomasz Nowicki",),
    published=day(2024, 9, 3),
)

# Czech: a university department's news, "Publikováno: 4. 10. 2024", "Autor:".
add(
    "cs_department_autor",
    "kgeo.univerzita-morava.cz",
    department,
    Page(
        lang="cs",
        site="Katedra geografie",
        h1="Studenti mapovali povodňová území na Bečvě",
        byline="Autor: Jana Dvořáková",
        dated="Publikováno: 4. 10. 2024",
        body=(
            "Během terénního cvičení studenti třetího ročníku mapovali území zasažená loňskou "
            "povodní na dolním toku Bečvy.",
            "Pomocí dronů a přesných GPS přijímačů vytvořili model terénu, který porovnali s "
            "povodňovými mapami z roku 1997.",
            "Výsledky budou představeny na listopadové konferenci a poslouží také obcím při "
            "plánování protipovodňových opatření.",
        ),
        menu=("O katedře", "Studium", "Věda", "Aktuality"),
        aside=("Den otevřených dveří", "Nabídka diplomových prací"),
        footer="Katedra geografie, Přírodovědecká fakulta - Kontakty - Mapa stránek",
    ),
    authors=("Jana Dvořáková",),
    published=day(2024, 10, 4),
)

# Swedish: a small shop's blog, "Skrivet av ... · 8 november 2024".
add(
    "sv_shop_skrivet_av",
    "garnboden-ystad.se",
    shop_blog,
    Page(
        lang="sv",
        site="Garnboden i Ystad",
        h1="Så stickar du en enkel mössa i ullgarn",
        byline="Skrivet av Karin Lindqvist",
        dated="8 november 2024",
        body=(
            "En mössa är ett perfekt första projekt om du vill lära dig sticka runt på "
            "rundsticka, och den går att göra klar på en helg.",
            "Lägg upp åttio maskor, sticka resår i fem centimeter och fortsätt sedan med "
            "slätstickning tills mössan är nitton centimeter hög.",
            "Minska jämnt fördelat på varannat varv och dra till sist tråden genom de sista "
            "maskorna, så har du en varm mössa till vintern.",
        ),
        menu=("Hem", "Blogg"),
        aside=("Ullgarn 50 g – 59 kr", "Rundsticka 4 mm – 89 kr"),
        tags_label="Taggar:",
        tags=("stickning", "mönster"),
        footer="Garnboden i Ystad · Stora Östergatan 8 · Köpvillkor",
    ),
    authors=("Karin Lindqvist",),
    published=day(2024, 11, 8),
)

# Portuguese: a municipality's news (câmara municipal), "Publicado em 22/07/2024".
add(
    "pt_council_publicado_em",
    "cm-vilaverde-do-rio.pt",
    council,
    Page(
        lang="pt",
        site="Câmara Municipal de Vila Verde do Rio",
        h1="Piscinas municipais abrem a 1 de agosto",
        byline="Gabinete de Comunicação",
        dated="Publicado em 22/07/2024",
        body=(
            "As piscinas municipais ao ar livre abrem ao público no dia 1 de agosto, depois "
            "das obras de remodelação dos balneários e da zona de lazer.",
            "O bilhete diário custa dois euros para adultos e as crianças até aos doze anos "
            "entram gratuitamente durante todo o verão.",
            "A autarquia lembra que o parque de estacionamento junto ao estádio pode ser "
            "utilizado pelos utentes sem qualquer custo.",
        ),
        menu=("Município", "Serviços", "Notícias"),
        aside=("Feira do livro regressa ao jardim", "Aviso de corte de água"),
        footer="Câmara Municipal de Vila Verde do Rio · Praça da República · Contactos",
    ),
    authors=(),
    published=day(2024, 7, 22),
)

# Russian: a district newspaper's old PHP site, "Опубликовано: 17 мая 2024", signed at end.
add(
    "ru_table_php_opublikovano",
    "rayonnaya-gazeta.ru",
    table_php,
    Page(
        lang="ru",
        site="Районная газета «Заря»",
        h1="В селе Озёрном открылся новый фельдшерский пункт",
        byline="Елена Смирнова",
        dated="Опубликовано: 17 мая 2024",
        body=(
            "В селе Озёрном в пятницу открылся новый фельдшерско-акушерский пункт, который "
            "построили вместо старого здания пятидесятых годов.",
            "Теперь жителям не нужно ездить в районную больницу, чтобы сдать анализы или "
            "получить прививку: всё это можно сделать на месте.",
            "Фельдшер принимает пациентов с понедельника по пятницу, а по субботам в пункт "
            "приезжает терапевт из райцентра.",
        ),
        menu=("Главная", "Новости", "Объявления"),
        aside=("График вывоза мусора", "Сессия районного совета"),
        tags_label="Теги:",
        tags=("здравоохранение", "Озёрное"),
        footer="© Районная газета «Заря», 2005–2024. Все права защищены.",
    ),
    authors=("Елена Смирнова",),
    published=day(2024, 5, 17),
)

# Ukrainian: a school's blog, "Опубліковано ... " and "вівторок, 1 жовтня 2024 р.".
add(
    "uk_school_blog_opublikuvav",
    "gymnasia7-lutsk.blogspot.com",
    school_blog,
    Page(
        lang="uk",
        site="Гімназія №7",
        h1="Учні гімназії перемогли в обласній олімпіаді з історії",
        byline="Опублікував Олег Ковальчук",
        dated="вівторок, 1 жовтня 2024 р.",
        body=(
            "Троє учнів дев'ятого класу стали переможцями обласної олімпіади з історії, яка "
            "цього року проходила в Луцьку.",
            "Найвищий бал отримала Софія Мельник, яка написала есей про історію нашого міста "
            "в часи Литовського князівства.",
            "Вітаємо переможців та їхню вчительку й бажаємо успіхів на всеукраїнському етапі "
            "навесні наступного року.",
        ),
        menu=("Головна", "Розклад", "Контакти"),
        aside=("Розклад дзвінків", "Батьківські збори"),
        tags_label="Мітки:",
        tags=("олімпіади", "історія"),
        footer="Гімназія №7. Тема «Проста». Працює на Blogger.",
    ),
    authors=("Олег Ковальчук",),
    published=day(2024, 10, 1),
)

# Greek: a local radio's news item, "12 Ιουνίου 2024, 09:30 | Γιώργος Παπαδάκης".
add(
    "el_radio_genitive_month",
    "radio-kritis-fm.gr",
    radio,
    Page(
        lang="el",
        site="Ράδιο Κρήτη FM",
        h1="Νέα γραμμή λεωφορείου συνδέει τα χωριά με το νοσοκομείο",
        byline="Γιώργος Παπαδάκης",
        dated="12 Ιουνίου 2024, 09:30",
        body=(
            "Από τη Δευτέρα ξεκινά νέα γραμμή λεωφορείου που θα συνδέει τα ορεινά χωριά του "
            "δήμου με το γενικό νοσοκομείο της πόλης.",
            "Το λεωφορείο θα κάνει τρία δρομολόγια την ημέρα και το εισιτήριο θα κοστίζει "
            "δύο ευρώ για όλη τη διαδρομή.",
            "Οι κάτοικοι ζητούσαν εδώ και χρόνια τη σύνδεση, καθώς πολλοί ηλικιωμένοι δεν "
            "έχουν αυτοκίνητο για να πάνε στο γιατρό.",
        ),
        menu=("Ειδήσεις", "Αθλητικά", "Πρόγραμμα"),
        aside=("Διακοπή ρεύματος στο κέντρο", "Αγώνας μπάσκετ το Σάββατο"),
        tags=("συγκοινωνίες", "νοσοκομείο"),
        footer="Ράδιο Κρήτη FM 98.4 - Όροι χρήσης - Επικοινωνία",
    ),
    authors=("Γιώργος Παπαδάκης",),
    published=day(2024, 6, 12),
)

# Bulgarian: a municipality's news, "Публикувано на 05.03.2024 г.".
add(
    "bg_council_publikuvano",
    "obshtina-zlatograd-example.bg",
    council,
    Page(
        lang="bg",
        site="Община Бреговица",
        h1="Започва ремонтът на читалището в центъра",
        byline="Пресцентър на общината",
        dated="Публикувано на 05.03.2024 г.",
        body=(
            "Общината подписа договор за ремонта на читалището, който ще започне в края на "
            "месеца и ще продължи до есента.",
            "Ще бъдат подменени покривът и дограмата, а салонът ще получи нови седалки и "
            "озвучаване за концерти и представления.",
            "По време на ремонта библиотеката ще работи временно в сградата на старото "
            "училище на улица „Васил Левски“.",
        ),
        menu=("Общината", "Услуги", "Новини"),
        aside=("Обява за търг", "График на сметосъбирането"),
        footer="Община Бреговица · пл. „Свобода“ 1 · Всички права запазени",
    ),
    authors=(),
    published=day(2024, 3, 5),
)

# Turkish: a club's match report, "Yazan: Emre Yıldız 28 Ekim 2024".
add(
    "tr_club_yazan",
    "karadenizgencliksk.com.tr",
    club,
    Page(
        lang="tr",
        site="Karadeniz Gençlik SK",
        h1="Gençlerimiz deplasmanda üç puanı aldı",
        byline="Yazan: Emre Yıldız",
        dated="28 Ekim 2024",
        body=(
            "U17 takımımız hafta sonu deplasmanda Sahil Spor'u iki golle yenerek ligde "
            "üst üste dördüncü galibiyetini aldı.",
            "İlk yarıyı golsüz kapatan takımımız, ikinci yarıda Burak'ın kafa golüyle öne "
            "geçti ve son dakikalarda farkı ikiye çıkardı.",
            "Teknik direktörümüz maçtan sonra oyuncularını tebrik ederek taraftarlara destekleri "
            "için teşekkür etti.",
        ),
        menu=("Anasayfa", "Takımlar", "Haberler"),
        aside=("Fikstür", "Üyelik başvurusu"),
        tags_label="Etiketler:",
        tags=("U17", "Deplasman"),
        footer="Karadeniz Gençlik Spor Kulübü © 2024",
    ),
    authors=("Emre Yıldız",),
    published=day(2024, 10, 28),
)

# Hungarian: a university department's news, "2024. május 6." and "Szerző:".
add(
    "hu_department_szerzo",
    "biologia.egyetem-pecs-example.hu",
    department,
    Page(
        lang="hu",
        site="Biológiai Intézet",
        h1="Új kutatólaboratórium nyílt az intézetben",
        byline="Szerző: Kovács Eszter",
        dated="2024. május 6.",
        body=(
            "Az intézet új kutatólaboratóriumát hétfőn adták át, amelyben a hallgatók a "
            "vizes élőhelyek mikroorganizmusait vizsgálhatják.",
            "A laboratórium felszereléseit pályázati forrásból vásárolták, köztük egy modern "
            "fluoreszcens mikroszkópot is.",
            "A következő félévtől a mesterképzés két kurzusa is itt kap helyet, és nyáron "
            "középiskolásoknak is szerveznek tábort.",
        ),
        menu=("Az intézetről", "Oktatás", "Kutatás", "Hírek"),
        aside=("Felvételi tájékoztató", "Szakdolgozati témák"),
        footer="Biológiai Intézet · Ifjúság útja 6. · Impresszum",
    ),
    authors=("Kovács Eszter",),
    published=day(2024, 5, 6),
)

# Finnish: a parish bulletin, "Julkaistu 3.12.2024", signed "kirkkoherra".
add(
    "fi_bulletin_julkaistu",
    "jarvikylan-seurakunta.fi",
    bulletin,
    Page(
        lang="fi",
        site="Järvikylän seurakunta",
        h1="Kauneimmat joululaulut kirkossa sunnuntaina",
        byline="Matti Heikkinen, kirkkoherra",
        dated="Julkaistu 3.12.2024",
        body=(
            "Kauneimmat joululaulut lauletaan Järvikylän kirkossa sunnuntaina kello "
            "kahdeksantoista, ja tilaisuuteen ovat kaikki tervetulleita.",
            "Laulujen välissä kuullaan lapsikuoroa, ja kolehti kerätään Yhteisvastuun kautta "
            "ulkomaiden katastrofiapuun.",
            "Kirkkokahvit juodaan seurakuntatalolla, jonne on järjestetty kuljetus kirkon "
            "pihalta heti tilaisuuden jälkeen.",
        ),
        menu=("Etusivu", "Tapahtumat", "Yhteystiedot"),
        aside=("Rippikoulun ilmoittautuminen", "Diakoniatyön vastaanotto"),
        footer="Järvikylän seurakunta · Kirkkotie 2 · Tietosuojaseloste",
    ),
    authors=("Matti Heikkinen",),
    published=day(2024, 12, 3),
)

# Danish: a small shop's blog, "Af Mette Sørensen · 19. august 2024".
add(
    "da_shop_af",
    "kafferisteriet-aarhus.dk",
    shop_blog,
    Page(
        lang="da",
        site="Kafferisteriet",
        h1="Sådan brygger du den perfekte kaffe i stempelkande",
        byline="Af Mette Sørensen",
        dated="19. august 2024",
        body=(
            "Stempelkanden er en af de nemmeste måder at brygge god kaffe på, hvis du bare "
            "holder styr på malingen og tiden.",
            "Brug groftmalede bønner, cirka seks gram per deciliter vand, og lad kaffen trække "
            "i fire minutter, før du trykker stemplet ned.",
            "Hæld kaffen op med det samme, så den ikke bliver bitter af at stå og trække "
            "videre i kanden.",
        ),
        menu=("Forside", "Blog"),
        aside=("Etiopien Yirgacheffe 250 g – 85 kr", "Stempelkande 1 l – 299 kr"),
        tags_label="Tags:",
        tags=("brygning", "stempelkande"),
        footer="Kafferisteriet ApS · CVR 12345678 · Handelsbetingelser",
    ),
    authors=("Mette Sørensen",),
    published=day(2024, 8, 19),
)

# Romanian: an old PHP local news site, "Publicat: 11 septembrie 2024" and "de".
add(
    "ro_table_php_publicat",
    "ziarulvaii.ro",
    table_php,
    Page(
        lang="ro",
        site="Ziarul Văii",
        h1="Drumul județean spre Mănăstirea Sfântul Ilie va fi asfaltat",
        byline="Autor: Andrei Popescu",
        dated="Publicat: 11 septembrie 2024",
        body=(
            "Consiliul județean a aprobat finanțarea pentru asfaltarea celor nouă kilometri de "
            "drum dintre comuna Valea Mare și mănăstire.",
            "Lucrările vor începe în primăvară, după încheierea licitației, și ar trebui să fie "
            "gata până la hramul mănăstirii din iulie.",
            "Localnicii spun că drumul devine aproape impracticabil iarna, când autobuzul "
            "școlar nu mai poate urca până în sat.",
        ),
        menu=("Acasă", "Actualitate", "Anunțuri"),
        aside=("Program de vizitare la muzeu", "Anunț de licitație"),
        footer="Ziarul Văii © 2004-2024 Toate drepturile rezervate",
    ),
    authors=("Andrei Popescu",),
    published=day(2024, 9, 11),
)

# Croatian: a club's match report, "Piše: Ivan Horvat 2. lipnja 2024.".
add(
    "hr_club_pise",
    "nk-slavonac-example.hr",
    club,
    Page(
        lang="hr",
        site="NK Slavonac",
        h1="Seniori osigurali opstanak u posljednjem kolu",
        byline="Piše: Ivan Horvat",
        dated="2. lipnja 2024.",
        body=(
            "Seniori NK Slavonca pobijedili su u posljednjem kolu domaćeg Mladost s dva nula i "
            "tako osigurali ostanak u županijskoj ligi.",
            "Oba pogotka postigao je kapetan Luka u drugom poluvremenu, nakon što je vratar "
            "obranio jedanaesterac već u prvoj minuti.",
            "Uprava kluba zahvaljuje navijačima koji su momčad pratili na svim gostovanjima "
            "tijekom teške sezone.",
        ),
        menu=("Naslovnica", "Momčadi", "Vijesti"),
        aside=("Raspored utakmica", "Upis u školu nogometa"),
        footer="NK Slavonac · Stadion Gradski vrt · Sva prava pridržana",
    ),
    authors=("Ivan Horvat",),
    published=day(2024, 6, 2),
)

# English: a university department's news, "Posted on 23 January 2024", "Story by".
add(
    "en_department_story_by",
    "physics.northfield-example.ac.uk",
    department,
    Page(
        lang="en",
        site="School of Physics",
        h1="Undergraduates build a cloud chamber for the open day",
        byline="Story by Rachel Hughes",
        dated="Posted on 23 January 2024",
        body=(
            "A group of second-year students has built a working cloud chamber that lets "
            "visitors watch the tracks of cosmic rays in real time.",
            "The chamber uses dry ice and isopropyl alcohol, and the students spent most of "
            "the autumn term getting the vapour layer to stay stable.",
            "It will be on show in the foyer at the spring open day, where the students will "
            "explain what each kind of track means.",
        ),
        menu=("About", "Study", "Research", "News"),
        aside=("Seminar series: spring term", "Postgraduate opportunities"),
        footer="School of Physics, Northfield University · Accessibility · Privacy",
    ),
    authors=("Rachel Hughes",),
    published=day(2024, 1, 23),
)

# German: a sports club's report with "von" and a date in words after it.
add(
    "de_club_von",
    "tsv-muehlbach-handball.de",
    club,
    Page(
        lang="de",
        site="TSV Mühlbach Handball",
        h1="Erste Herren gewinnen das Derby gegen Oberau",
        byline="von Jonas Berger,",
        dated="10. März 2024",
        body=(
            "Vor ausverkaufter Halle haben die Ersten Herren das Derby gegen den TV Oberau "
            "mit 31:27 gewonnen und die Tabellenführung verteidigt.",
            "Nach einer ausgeglichenen ersten Halbzeit setzte sich die Mannschaft dank einer "
            "starken Abwehr in den letzten zehn Minuten ab.",
            "Am kommenden Samstag geht es zum Auswärtsspiel nach Lindenberg; ein Fanbus fährt "
            "um 16 Uhr an der Halle ab.",
        ),
        menu=("Verein", "Mannschaften", "Berichte"),
        aside=("Spielplan", "Mitglied werden"),
        tags_label="Schlagwörter:",
        tags=("Herren 1", "Derby"),
        footer="TSV Mühlbach e.V. · Abteilung Handball · Impressum",
    ),
    authors=("Jonas Berger",),
    published=day(2024, 3, 10),
)

# French: a local radio's item, "Mis à jour" absent; "Par Claire Martin" after the time.
add(
    "fr_radio_par",
    "radio-vallee-fm.fr",
    radio,
    Page(
        lang="fr",
        site="Radio Vallée FM",
        h1="Le marché de Noël déménage sur la place du château",
        byline="Par Claire Martin",
        dated="Le 25/11/2024 à 18h05",
        body=(
            "Le marché de Noël quitte cette année la halle pour s'installer sur la place du "
            "château, où une quarantaine de chalets seront montés.",
            "La mairie explique que la halle est en travaux jusqu'au printemps et que la place "
            "offre plus d'espace pour la patinoire.",
            "Le marché ouvrira le premier week-end de décembre et restera ouvert tous les soirs "
            "jusqu'au vingt-trois décembre.",
        ),
        menu=("Infos", "Sports", "Agenda"),
        aside=("Accident sur la départementale", "Le club de rugby en finale"),
        tags=("Noël", "commerce"),
        footer="Radio Vallée FM 101.7 - Mentions légales - Nous contacter",
    ),
    authors=("Claire Martin",),
    published=day(2024, 11, 25),
)

# Spanish: a parish bulletin with a numeric date and the signature at the end.
add(
    "es_bulletin_firma",
    "parroquiasantiago-pueblo.es",
    bulletin,
    Page(
        lang="es",
        site="Parroquia de Santiago Apóstol",
        h1="Horarios de Semana Santa y procesiones",
        byline="Luis Fernández, párroco",
        dated="20/03/2024",
        body=(
            "Os informamos de los horarios de las celebraciones de Semana Santa, que este año "
            "comienzan el Domingo de Ramos con la bendición en la ermita.",
            "La procesión del Jueves Santo saldrá a las nueve de la noche y recorrerá las "
            "calles del casco antiguo hasta la plaza mayor.",
            "Rogamos a las cofradías que confirmen el número de costaleros antes del sábado en "
            "el despacho parroquial.",
        ),
        menu=("Inicio", "Horarios", "Catequesis"),
        aside=("Inscripción para la confirmación", "Cáritas parroquial"),
        footer="Parroquia de Santiago Apóstol · Plaza Mayor 3",
    ),
    authors=("Luis Fernández",),
    published=day(2024, 3, 20),
)

# Italian: a small shop's blog, "Scritto da ... · 14 febbraio 2024".
add(
    "it_shop_scritto_da",
    "bottegadelformaggio.it",
    shop_blog,
    Page(
        lang="it",
        site="La Bottega del Formaggio",
        h1="Come conservare il parmigiano dopo averlo aperto",
        byline="Scritto da Giulia Ferri",
        dated="14 febbraio 2024",
        body=(
            "Una volta aperto, il parmigiano va avvolto in un panno di cotone o in carta per "
            "alimenti e tenuto nella parte meno fredda del frigorifero.",
            "Evitate la pellicola trasparente, che trattiene l'umidità e favorisce la "
            "formazione di muffe sulla superficie.",
            "Se la crosta si indurisce troppo, non buttatela: è ottima nel minestrone o per "
            "insaporire un brodo di verdure.",
        ),
        menu=("Home", "Blog"),
        aside=("Parmigiano 24 mesi 500 g – 14,90 €", "Pecorino di fossa – 12,50 €"),
        tags_label="Tag:",
        tags=("conservazione", "parmigiano"),
        footer="La Bottega del Formaggio · P.IVA 01234567890 · Condizioni di vendita",
    ),
    authors=("Giulia Ferri",),
    published=day(2024, 2, 14),
)

# Dutch: a school blog with the day header and "Geplaatst door".
add(
    "nl_school_blog_geplaatst_door",
    "obs-de-wilgen.nl",
    school_blog,
    Page(
        lang="nl",
        site="OBS De Wilgen",
        h1="Groep 8 wint de schoolvoetbaltoernooi",
        byline="Geplaatst door Meester Bram Visser",
        dated="woensdag 22 mei 2024",
        body=(
            "Het team van groep 8 heeft zaterdag het schoolvoetbaltoernooi van de gemeente "
            "gewonnen, na een spannende finale tegen De Regenboog.",
            "Na een gelijkspel moesten penalty's de beslissing brengen, en onze keeper stopte "
            "er twee van de drie.",
            "De beker krijgt een mooi plekje in de hal, zodat iedereen hem na de vakantie kan "
            "komen bewonderen.",
        ),
        menu=("Home", "Groepen", "Ouders"),
        aside=("Jaarkalender", "Vakantierooster"),
        tags_label="Labels:",
        tags=("groep 8", "sport"),
        footer="OBS De Wilgen - Thema Eenvoudig - Mogelijk gemaakt door Blogger",
    ),
    authors=("Bram Visser",),
    published=day(2024, 5, 22),
)


# A second batch, written after the first's run and its two fixes: their forms in other
# languages and layouts (a day-first date straight after the name, a meta line that opens
# with the date's own word and names the writer after a mark).
add(
    "en_club_name_then_day_first",
    "harbourside-rfc.co.uk",
    club,
    Page(
        lang="en",
        site="Harbourside RFC",
        h1="Colts edge a wet derby at the Quay",
        byline="Report by Tom Fletcher",
        dated="16 March 2024",
        body=(
            "The Colts held on for a 12-10 win over Westmoor in driving rain on Saturday, with "
            "a late tackle on the line deciding the derby.",
            "Two penalties from the fly-half kept the scoreboard moving in a first half that "
            "both packs spent mostly in the mud.",
            "The squad travels to Penhallow next week for the last league game before the cup "
            "semi-final in April.",
        ),
        menu=("Home", "Teams", "Reports", "Shop"),
        aside=("Fixtures and results", "Join the club"),
        footer="Harbourside RFC · The Quay Ground · Privacy",
    ),
    authors=("Tom Fletcher",),
    published=day(2024, 3, 16),
)
add(
    "pl_radio_dnia_bar_autor",
    "radiodolina.pl",
    radio,
    Page(
        lang="pl",
        site="Radio Dolina",
        h1="Remont dworca potrwa do jesieni",
        byline="Autor: Marta Zielińska",
        dated="Dnia 4 czerwca 2024",
        body=(
            "Remont dworca kolejowego w Dolinie potrwa dłużej, niż zakładano, bo wykonawca "
            "natrafił na zabytkowe fundamenty pod peronem.",
            "Podróżni korzystają z tymczasowej poczekalni w kontenerach ustawionych przy "
            "parkingu, a kasy biletowe działają bez zmian.",
            "Kolej zapewnia, że pociągi będą kursowały zgodnie z rozkładem przez cały czas "
            "trwania prac.",
        ),
        menu=("Wiadomości", "Sport", "Ramówka"),
        aside=("Korki na obwodnicy", "Festyn w parku miejskim"),
        tags=("dworzec", "remont"),
        footer="Radio Dolina 97,2 FM - Polityka prywatności - Kontakt",
    ),
    authors=("Marta Zielińska",),
    published=day(2024, 6, 4),
)
add(
    "sv_club_av_name_day",
    "ik-skogsbo.se",
    club,
    Page(
        lang="sv",
        site="IK Skogsbo",
        h1="Damlaget vann hemmapremiären",
        byline="Av Elin Johansson",
        dated="14 april 2024",
        body=(
            "Damlaget inledde säsongen med en klar seger mot Bergby IF på en välfylld "
            "hemmaplan i strålande vårsol.",
            "Två mål före paus och ett snyggt frisparksmål i andra halvlek avgjorde matchen "
            "redan efter en timme.",
            "Nästa helg väntar bortamatch mot Sjövik, och klubben ordnar gemensam resa med "
            "buss från klubbstugan.",
        ),
        menu=("Start", "Lag", "Nyheter"),
        aside=("Matchprogram", "Bli medlem"),
        tags_label="Taggar:",
        tags=("damlaget", "division 3"),
        footer="IK Skogsbo · Skogsvallen · Integritetspolicy",
    ),
    authors=("Elin Johansson",),
    published=day(2024, 4, 14),
)
add(
    "ru_radio_date_bar_avtor",
    "radio-volna-example.ru",
    radio,
    Page(
        lang="ru",
        site="Радио Волна",
        h1="В городе отремонтируют набережную",
        byline="Автор: Ирина Волкова",
        dated="3 сентября 2024, 11:40",
        body=(
            "Городская администрация объявила конкурс на ремонт набережной, работы "
            "планируют начать весной следующего года.",
            "Вдоль реки появятся новые скамейки, освещение и велосипедная дорожка длиной "
            "почти два километра.",
            "Жители могут предложить свои идеи по благоустройству на сайте администрации "
            "до конца октября.",
        ),
        menu=("Новости", "Спорт", "Эфир"),
        aside=("Пробки на мосту", "Концерт в парке"),
        tags=("набережная", "благоустройство"),
        footer="Радио Волна 102,5 FM - Правовая информация",
    ),
    authors=("Ирина Волкова",),
    published=day(2024, 9, 3),
)
add(
    "el_department_apo",
    "chem.panepistimio-example.gr",
    department,
    Page(
        lang="el",
        site="Τμήμα Χημείας",
        h1="Φοιτητές του τμήματος βραβεύτηκαν σε διαγωνισμό καινοτομίας",
        byline="Συντάκτης: Μαρία Κωνσταντίνου",
        dated="Δημοσιεύθηκε 7 Μαΐου 2024",
        body=(
            "Ομάδα τεσσάρων φοιτητών του τμήματος κέρδισε το πρώτο βραβείο σε πανελλήνιο "
            "διαγωνισμό καινοτομίας με ένα νέο φίλτρο νερού.",
            "Το φίλτρο χρησιμοποιεί υλικά από απόβλητα ελιάς και μπορεί να απομακρύνει "
            "βαρέα μέταλλα από το πόσιμο νερό.",
            "Η ομάδα θα παρουσιάσει την εργασία της σε ευρωπαϊκό συνέδριο στη Βιέννη τον "
            "ερχόμενο Σεπτέμβριο.",
        ),
        menu=("Το τμήμα", "Σπουδές", "Έρευνα", "Νέα"),
        aside=("Ανακοινώσεις γραμματείας", "Πρόγραμμα εξεταστικής"),
        footer="Τμήμα Χημείας · Πανεπιστημιούπολη · Επικοινωνία",
    ),
    authors=("Μαρία Κωνσταντίνου",),
    published=day(2024, 5, 7),
)
add(
    "de_shop_am_date_bar_von",
    "teehaus-luebeck-example.de",
    radio,
    Page(
        lang="de",
        site="Teehaus an der Trave",
        h1="Grüner Tee richtig aufgießen",
        byline="von Anke Petersen",
        dated="Am 2. Februar 2024",
        body=(
            "Grüner Tee wird bitter, wenn das Wasser zu heiß ist: Lassen Sie es nach dem "
            "Kochen einige Minuten abkühlen, bis es etwa achtzig Grad hat.",
            "Für einen Liter nehmen Sie zwölf Gramm Blätter und lassen den Tee nicht länger "
            "als zwei Minuten ziehen.",
            "Die Blätter guter Sorten können Sie zwei- oder dreimal aufgießen, jedes Mal ein "
            "wenig länger.",
        ),
        menu=("Shop", "Magazin"),
        aside=("Sencha Premium 100 g – 12,90 €", "Teekanne aus Gusseisen – 49 €"),
        tags=("Grüntee", "Zubereitung"),
        footer="Teehaus an der Trave · Impressum · AGB · Versand",
    ),
    authors=("Anke Petersen",),
    published=day(2024, 2, 2),
)
