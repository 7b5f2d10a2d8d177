"""Central, eastern and south-eastern European languages: Greek, Ukrainian, Bulgarian, Czech,
Slovak, Romanian, Hungarian, Lithuanian, Slovenian, Croatian, Serbian, Albanian, Bosnian,
Belarusian, Macedonian, Estonian, Latvian."""

from __future__ import annotations

from .kit import (
    EET,
    Probe,
    blogger,
    board_thread,
    drupal,
    event_page,
    forum,
    jsonld,
    later_thread_page,
    mediawiki,
    news_cms,
    news_page,
    personal_site,
    plain_blog,
    portal_story,
    press,
    recipe,
    shop_product,
    tag_line,
    tag_links,
    when,
    wordpress,
)
from .texts import (
    BE,
    BG,
    BS,
    CS,
    CS2,
    EL,
    ET,
    HR,
    HU,
    LT,
    LV,
    MK,
    PL,
    RO,
    RU,
    SK,
    SL,
    SQ,
    SR,
    SR_LATN,
    UK,
)

PROBES: tuple[Probe, ...] = (
    Probe(
        "el_news_genitive_byline",
        "el",
        news_cms(
            "el",
            "Σε λειτουργία η νέα γραμμή του προαστιακού | Ειδήσεις Λιμανιού",
            "Σε λειτουργία η νέα γραμμή του προαστιακού",
            EL,
            site="Ειδήσεις Λιμανιού",
            meta='<span class="author">Του Γιώργου Παπαδόπουλου</span>'
            '<span class="date">05.03.2024 • 14:30</span>',
            after='<div class="tags">Ετικέτες: <a href="/tag/1">Προαστιακός</a>'
            '<a href="/tag/2">Συγκοινωνίες</a></div>',
            section="Πόλη",
        ),
        {
            "title": "Σε λειτουργία η νέα γραμμή του προαστιακού",
            "authors": ("Γιώργου Παπαδόπουλου",),
            "published": when(2024, 3, 5, 14, 30),
            "tags": ("Προαστιακός", "Συγκοινωνίες"),
            "publisher": "Ειδήσεις Λιμανιού",
            "language": "el",
        },
    ),
    Probe(
        "el_wp_published_at_by",
        "el",
        wordpress(
            "el",
            "Δρομολόγια κάθε είκοσι λεπτά – Το Λιμάνι Σήμερα",
            "Δρομολόγια κάθε είκοσι λεπτά",
            EL,
            site="Το Λιμάνι Σήμερα",
            meta='<span class="posted-on">Δημοσιεύτηκε στις 5 Μαρτίου 2024, 09:45</span> '
            '<span class="byline">από <a href="/author/e/">Ελένη Νικολάου</a></span>',
            footer=tag_links("Ετικέτες:", ("Μεταφορές", "Δήμος")),
        ),
        {
            "title": "Δρομολόγια κάθε είκοσι λεπτά",
            "authors": ("Ελένη Νικολάου",),
            "published": when(2024, 3, 5, 9, 45),
            "tags": ("Μεταφορές", "Δήμος"),
            "publisher": "Το Λιμάνι Σήμερα",
            "language": "el",
        },
    ),
    Probe(
        "el_blogger",
        "el",
        blogger(
            "el",
            "Σημειώσεις ενός επιβάτη: Η πρώτη μέρα στη νέα γραμμή",
            "Η πρώτη μέρα στη νέα γραμμή",
            EL,
            blog="Σημειώσεις ενός επιβάτη",
            date_header="Τρίτη, 5 Μαρτίου 2024",
            posted_by='Αναρτήθηκε από <span class="fn">Νίκος Αλεξίου</span> στις '
            '<abbr class="published" title="2024-03-05T21:05:00+02:00">9:05 μ.μ.</abbr>',
            labels='Ετικέτες <a href="/search/label/a" rel="tag">ταξίδια</a>, '
            '<a href="/search/label/b" rel="tag">τρένα</a>',
        ),
        {
            "title": "Η πρώτη μέρα στη νέα γραμμή",
            "authors": ("Νίκος Αλεξίου",),
            "published": when(2024, 3, 5, 21, 5, tz=EET),
            "tags": ("ταξίδια", "τρένα"),
            "language": "el",
        },
    ),
    # --- Ukrainian ---------------------------------------------------------------------
    Probe(
        "uk_news_month_genitive",
        "uk",
        news_cms(
            "uk",
            "У місті відкрили оновлений критий ринок — Вісті Поділля",
            "У місті відкрили оновлений критий ринок",
            UK,
            site="Вісті Поділля",
            standfirst="Реконструкція тривала майже два роки, а торговельних місць стало понад сто",
            meta='<span class="author">Автор: Олена Коваленко</span>'
            '<span class="date">5 березня 2024, 14:30</span>',
            after='<div class="tags">Теги: <a href="/tag/1">ринок</a> <a href="/tag/2">фермери</a>'
            "</div>",
            section="Місто",
        ),
        {
            "title": "У місті відкрили оновлений критий ринок",
            "authors": ("Олена Коваленко",),
            "published": when(2024, 3, 5, 14, 30),
            "tags": ("ринок", "фермери"),
            "publisher": "Вісті Поділля",
            "language": "uk",
            "lead": "Реконструкція тривала майже два роки, а торговельних місць стало понад сто",
        },
    ),
    Probe(
        "uk_published_o_updated",
        "uk",
        news_cms(
            "uk",
            "Тарифи для малих виробників переглянуть | Житомир Online",
            "Тарифи для малих виробників переглянуть",
            UK,
            meta='<span class="date">Опубліковано 5 березня 2024 о 10:15</span> '
            '<span class="date">Оновлено 6 березня 2024 о 08:00</span>',
            after="<p><strong>Андрій Мельник</strong>, Житомир</p>",
            section="Економіка",
        ),
        {
            "title": "Тарифи для малих виробників переглянуть",
            "published": when(2024, 3, 5, 10, 15),
            "publisher": "Житомир Online",
            "language": "uk",
        },
    ),
    Probe(
        "uk_relative_jsonld",
        "uk",
        news_cms(
            "uk",
            "Продавці скаржаться на орендну плату - Новини Полісся",
            "Продавці скаржаться на орендну плату",
            UK,
            meta='<span class="author">Ірина Шевчук</span><span class="date">2 години тому</span>',
            head=jsonld(
                headline="Продавці скаржаться на орендну плату",
                datePublished="2024-03-05T11:20:00+02:00",
                author={"@type": "Person", "name": "Ірина Шевчук"},
            ),
            section="Економіка",
        ),
        {
            "title": "Продавці скаржаться на орендну плату",
            "authors": ("Ірина Шевчук",),
            "published": when(2024, 3, 5, 11, 20, tz=EET),
            "publisher": "Новини Полісся",
            "language": "uk",
        },
    ),
    # --- Bulgarian ---------------------------------------------------------------------
    Probe(
        "bg_news_ch",
        "bg",
        news_cms(
            "bg",
            "Обновената библиотека отвори врати | Вестник Бряг",
            "Обновената библиотека отвори врати",
            BG,
            site="Вестник Бряг",
            meta='<span class="author">Автор: Иван Петров</span>'
            '<span class="date">05 март 2024, 14:30 ч.</span>',
            after='<div class="tags">Етикети: <a href="/tag/1">библиотека</a>'
            '<a href="/tag/2">община</a></div>',
            section="Култура",
        ),
        {
            "title": "Обновената библиотека отвори врати",
            "authors": ("Иван Петров",),
            "published": when(2024, 3, 5, 14, 30),
            "tags": ("библиотека", "община"),
            "publisher": "Вестник Бряг",
            "language": "bg",
        },
    ),
    Probe(
        "bg_wp_dotted_date",
        "bg",
        wordpress(
            "bg",
            "Нов паркинг до края на годината - Блогът на квартала",
            "Нов паркинг до края на годината",
            BG,
            site="Блогът на квартала",
            meta='<span class="byline">Публикувано от <a href="/author/m/">Мария Георгиева</a>'
            '</span> <span class="posted-on">05.03.2024</span>',
            footer=tag_links("Етикети:", ("паркинг", "квартал")),
        ),
        {
            "title": "Нов паркинг до края на годината",
            "authors": ("Мария Георгиева",),
            "published": when(2024, 3, 5),
            "tags": ("паркинг", "квартал"),
            "publisher": "Блогът на квартала",
            "language": "bg",
        },
    ),
    # --- Czech -------------------------------------------------------------------------
    Probe(
        "cs_news_genitive_month",
        "cs",
        news_cms(
            "cs",
            "Opravená lávka přes řeku je znovu otevřená | Novinky z Poříčí",
            "Opravená lávka přes řeku je znovu otevřená",
            CS,
            site="Novinky z Poříčí",
            meta='<span class="author">Autor: Jana Nováková</span>'
            '<span class="date">5. března 2024 14:30</span>',
            after='<div class="tags">Témata: <a href="/tema/1">lávka</a> <a href="/tema/2">doprava'
            "</a></div>",
            section="Zprávy",
        ),
        {
            "title": "Opravená lávka přes řeku je znovu otevřená",
            "authors": ("Jana Nováková",),
            "published": when(2024, 3, 5, 14, 30),
            "tags": ("lávka", "doprava"),
            "publisher": "Novinky z Poříčí",
            "language": "cs",
        },
    ),
    Probe(
        "cs_wp_spaced_numbers",
        "cs",
        wordpress(
            "cs",
            "Město chystá opravu druhé lávky – Poříčský zpravodaj",
            "Město chystá opravu druhé lávky",
            CS,
            site="Poříčský zpravodaj",
            meta='<span class="posted-on">Publikováno 5. 3. 2024</span> '
            '<span class="byline">Autor: <a href="/author/p/">Petr Svoboda</a></span>',
            footer=tag_links("Štítky:", ("lávka", "investice")),
        ),
        {
            "title": "Město chystá opravu druhé lávky",
            "authors": ("Petr Svoboda",),
            "published": when(2024, 3, 5),
            "tags": ("lávka", "investice"),
            "publisher": "Poříčský zpravodaj",
            "language": "cs",
        },
    ),
    Probe(
        "cs_drupal_submitted",
        "cs",
        drupal(
            "cs",
            "Lávka přes řeku: dvacet milionů za opravu | Obec Horní Lhota",
            "Lávka přes řeku: dvacet milionů za opravu",
            CS,
            submitted='Vložil(a) <span class="field--name-uid"><a href="/user/3">Tomáš Dvořák'
            "</a></span> dne Út, 05/03/2024 - 14:20",
            tags_label="Štítky",
            tags=("obec", "lávka"),
        ),
        {
            "title": "Lávka přes řeku: dvacet milionů za opravu",
            "authors": ("Tomáš Dvořák",),
            "published": when(2024, 3, 5, 14, 20),
            "tags": ("obec", "lávka"),
            "language": "cs",
        },
    ),
    # --- Slovak ------------------------------------------------------------------------
    Probe(
        "sk_news_o_time",
        "sk",
        news_cms(
            "sk",
            "Zrekonštruovaná tržnica je opäť otvorená - Regionálne noviny",
            "Zrekonštruovaná tržnica je opäť otvorená",
            SK,
            site="Regionálne noviny",
            meta='<span class="author">Autor: Mária Horváthová</span>'
            '<span class="date">5. marca 2024 o 14:30</span>',
            after='<div class="tags">Témy: <a href="/tema/1">tržnica</a> <a href="/tema/2">mesto'
            "</a></div>",
            section="Domov",
        ),
        {
            "title": "Zrekonštruovaná tržnica je opäť otvorená",
            "authors": ("Mária Horváthová",),
            "published": when(2024, 3, 5, 14, 30),
            "tags": ("tržnica", "mesto"),
            "publisher": "Regionálne noviny",
            "language": "sk",
        },
    ),
    Probe(
        "sk_forum",
        "sk",
        forum(
            "sk",
            "Nájomné v novej tržnici - Fórum pestovateľov",
            "Nájomné v novej tržnici",
            SK,
            user="zahradkar77",
            posted="ut 05. mar 2024 19:42",
        ),
        {
            "title": "Nájomné v novej tržnici",
            "published": when(2024, 3, 5, 19, 42),
            "language": "sk",
        },
    ),
    # Later pages of forum threads: JSON-LD dates the thread's first post (page one), the
    # page is dated by its own first post.
    Probe(
        "sk_forum_later_page",
        "sk",
        forum(
            "sk",
            "Nájomné v novej tržnici - Strana 4 - Fórum pestovateľov",
            "Nájomné v novej tržnici",
            SK,
            user="zahradkar77",
            posted="ut 05. mar 2024 19:42",
            head=later_thread_page("Nájomné v novej tržnici", "2024-01-10T08:00:00+01:00"),
        ),
        {
            "title": "Nájomné v novej tržnici",
            "published": when(2024, 3, 5, 19, 42),
            "language": "sk",
        },
    ),
    Probe(
        "uk_forum_later_page",
        "uk",
        forum(
            "uk",
            "Нова ринкова площа - Сторінка 3",
            "Нова ринкова площа",
            UK,
            user="sadivnyk",
            posted="05 березня 2024, 19:42",
            head=later_thread_page("Нова ринкова площа", "2024-01-10T08:00:00+02:00"),
        ),
        {"title": "Нова ринкова площа", "published": when(2024, 3, 5, 19, 42), "language": "uk"},
    ),
    # --- Romanian ----------------------------------------------------------------------
    Probe(
        "ro_news_de",
        "ro",
        news_cms(
            "ro",
            "Parc nou în cartierul de nord - Gazeta de Vest",
            "Parc nou în cartierul de nord",
            RO,
            site="Gazeta de Vest",
            meta='<span class="author">de Andrei Popescu</span>'
            '<span class="date">5 martie 2024, 14:30</span>',
            after='<div class="tags">Etichete: <a href="/tag/1">parc</a> <a href="/tag/2">primărie'
            "</a></div>",
            section="Local",
        ),
        {
            "title": "Parc nou în cartierul de nord",
            "authors": ("Andrei Popescu",),
            "published": when(2024, 3, 5, 14, 30),
            "tags": ("parc", "primărie"),
            "publisher": "Gazeta de Vest",
            "language": "ro",
        },
    ),
    Probe(
        "ro_wp_publicat_pe_de",
        "ro",
        wordpress(
            "ro",
            "Locuri de parcare, promise până la final de an &#8211; Blog Cartier",
            "Locuri de parcare, promise până la final de an",
            RO,
            site="Blog Cartier",
            meta='<span class="posted-on">Publicat pe <time datetime="2024-03-05T16:00:00+02:00">'
            '5 martie 2024</time></span> <span class="byline">de <a href="/author/i/">Ioana '
            "Ionescu</a></span>",
            footer=tag_links("Etichete:", ("parcare", "cartier")),
        ),
        {
            "title": "Locuri de parcare, promise până la final de an",
            "authors": ("Ioana Ionescu",),
            "published": when(2024, 3, 5, 16, 0, tz=EET),
            "tags": ("parcare", "cartier"),
            "publisher": "Blog Cartier",
            "language": "ro",
        },
    ),
    Probe(
        "ro_press_release",
        "ro",
        press(
            "ro",
            "Comunicat de presă: Primăria inaugurează parcul din cartierul de nord",
            "Primăria inaugurează parcul din cartierul de nord",
            RO,
            kicker="Comunicat de presă",
            dateline="Timișoara, 5 martie 2024 –",
            closing="<p>Sursa: Biroul de presă al Primăriei</p><p>Contact: presa@example.ro</p>",
        ),
        {
            "title": "Primăria inaugurează parcul din cartierul de nord",
            "authors": (),
            "published": when(2024, 3, 5),
            "language": "ro",
        },
    ),
    # --- Hungarian ---------------------------------------------------------------------
    Probe(
        "hu_news_year_first",
        "hu",
        news_cms(
            "hu",
            "Megnyílt a felújított városi uszoda | Alföldi Hírek",
            "Megnyílt a felújított városi uszoda",
            HU,
            site="Alföldi Hírek",
            meta='<span class="author">Szerző: Kovács Anna</span>'
            '<span class="date">2024. március 5. 14:30</span>',
            after='<div class="tags">Címkék: <a href="/cimke/1">uszoda</a> <a href="/cimke/2">sport'
            "</a></div>",
            section="Belföld",
        ),
        {
            "title": "Megnyílt a felújított városi uszoda",
            "authors": ("Kovács Anna",),
            "published": when(2024, 3, 5, 14, 30),
            "tags": ("uszoda", "sport"),
            "publisher": "Alföldi Hírek",
            "language": "hu",
        },
    ),
    Probe(
        "hu_wp_numeric",
        "hu",
        wordpress(
            "hu",
            "Kedvezményes bérlet diákoknak – Városi Blog",
            "Kedvezményes bérlet diákoknak",
            HU,
            site="Városi Blog",
            meta='<span class="byline"><a href="/author/n/">Nagy Péter</a></span> '
            '<span class="posted-on">2024. 03. 05. 09:20</span>',
            footer=tag_links("Címkék:", ("uszoda", "kedvezmény")),
        ),
        {
            "title": "Kedvezményes bérlet diákoknak",
            "authors": ("Nagy Péter",),
            "published": when(2024, 3, 5, 9, 20),
            "tags": ("uszoda", "kedvezmény"),
            "publisher": "Városi Blog",
            "language": "hu",
        },
    ),
    Probe(
        "hu_news_byline_after",
        "hu",
        news_cms(
            "hu",
            "Jegyárak: elégedetlenek a törzsvendégek - Déli Napló",
            "Jegyárak: elégedetlenek a törzsvendégek",
            HU,
            meta='<span class="date">Közzétéve: 2024.03.05. 18:05</span>',
            after='<p class="author-name">Szabó Eszter</p>',
            head=jsonld(headline="Jegyárak: elégedetlenek a törzsvendégek"),
            section="Helyi",
        ),
        {
            "title": "Jegyárak: elégedetlenek a törzsvendégek",
            "authors": ("Szabó Eszter",),
            "published": when(2024, 3, 5, 18, 5),
            "publisher": "Déli Napló",
            "language": "hu",
        },
    ),
    Probe(
        "lt_year_first_words",
        "lt",
        news_cms(
            "lt",
            "Prie upės atidarytas naujas parkas | Pajūrio žinios",
            "Prie upės atidarytas naujas parkas",
            LT,
            site="Pajūrio žinios",
            meta='<span class="author">Autorius: Jonas Petraitis</span>'
            '<span class="date">2024 m. kovo 5 d. 14:30</span>',
            after='<div class="tags">Žymės: <a href="/zyma/1">parkas</a> '
            '<a href="/zyma/2">savivaldybė</a></div>',
            section="Regionai",
        ),
        {
            "title": "Prie upės atidarytas naujas parkas",
            "authors": ("Jonas Petraitis",),
            "published": when(2024, 3, 5, 14, 30),
            "tags": ("parkas", "savivaldybė"),
            "publisher": "Pajūrio žinios",
            "language": "lt",
        },
    ),
    Probe(
        "sl_wp_ob_dotted_time",
        "sl",
        wordpress(
            "sl",
            "Novo parkirišče do konca leta &#8211; Lokalne novice",
            "Novo parkirišče do konca leta",
            SL,
            site="Lokalne novice",
            meta='<span class="byline">Avtor: <a href="/author/j/">Janez Novak</a></span> '
            '<span class="posted-on">5. marec 2024 ob 14.30</span>',
            footer=tag_links("Oznake:", ("park", "občina")),
        ),
        {
            "title": "Novo parkirišče do konca leta",
            "authors": ("Janez Novak",),
            "published": when(2024, 3, 5, 14, 30),
            "tags": ("park", "občina"),
            "publisher": "Lokalne novice",
            "language": "sl",
        },
    ),
    Probe(
        "hr_pise_genitive",
        "hr",
        news_cms(
            "hr",
            "Uz rijeku otvoren novi park | Jadranski list",
            "Uz rijeku otvoren novi park",
            HR,
            site="Jadranski list",
            meta='<span class="author">Piše: Ivana Horvat</span>'
            '<span class="date">5. ožujka 2024. u 14:30</span>',
            after='<div class="tags">Oznake: <a href="/tag/1">park</a> <a href="/tag/2">grad</a>'
            "</div>",
            section="Vijesti",
        ),
        {
            "title": "Uz rijeku otvoren novi park",
            "authors": ("Ivana Horvat",),
            "published": when(2024, 3, 5, 14, 30),
            "tags": ("park", "grad"),
            "publisher": "Jadranski list",
            "language": "hr",
        },
    ),
    Probe(
        "sr_cyrillic",
        "sr",
        news_cms(
            "sr",
            "Поред реке отворен нови парк | Војвођанске вести",
            "Поред реке отворен нови парк",
            SR,
            site="Војвођанске вести",
            meta='<span class="author">Аутор: Марко Петровић</span>'
            '<span class="date">5. март 2024. у 14:30</span>',
            section="Друштво",
        ),
        {
            "title": "Поред реке отворен нови парк",
            "authors": ("Марко Петровић",),
            "published": when(2024, 3, 5, 14, 30),
            "publisher": "Војвођанске вести",
            "language": "sr",
        },
    ),
    Probe(
        "sq_nga_ora",
        "sq",
        news_cms(
            "sq",
            "Hapet parku i ri buzë lumit | Lajme nga Veriu",
            "Hapet parku i ri buzë lumit",
            SQ,
            site="Lajme nga Veriu",
            meta='<span class="author">Nga Arben Hoxha</span>'
            '<span class="date">5 mars 2024, ora 14:30</span>',
            section="Lajme",
        ),
        {
            "title": "Hapet parku i ri buzë lumit",
            "authors": ("Arben Hoxha",),
            "published": when(2024, 3, 5, 14, 30),
            "publisher": "Lajme nga Veriu",
            "language": "sq",
        },
    ),
    # --- a town after the writer's name ------------------------------------------------
    Probe(
        "cs_name_comma_town",
        "cs",
        news_page(
            "cs",
            "Město otevřelo nový park u řeky",
            "Zpravodaj Pomoraví",
            CS2,
            '<span class="author">Petr Svoboda, Prostějov</span>'
            '<span class="date">5. března 2024 14:30</span>',
            section="Kraj",
        ),
        {
            "title": "Město otevřelo nový park u řeky",
            "authors": ("Petr Svoboda",),
            "published": when(2024, 3, 5, 14, 30),
            "language": "cs",
        },
    ),
    Probe(
        "sq_nga_name_comma_town",
        "sq",
        news_page(
            "sq",
            "Bashkia hap parkun e ri buzë lumit",
            "Zëri i Veriut",
            SQ,
            '<span class="author">Nga Besnik Gjoka, Pukë</span>'
            '<span class="date">5 mars 2024, 14:30</span>',
            section="Lajme",
        ),
        {
            "title": "Bashkia hap parkun e ri buzë lumit",
            "authors": ("Besnik Gjoka",),
            "published": when(2024, 3, 5, 14, 30),
            "language": "sq",
        },
    ),
    Probe(
        "bs_news_pise",
        "bs",
        news_page(
            "bs",
            "Otvoren novi park uz rijeku",
            "Glas Krajine",
            BS,
            '<span class="author">Piše: Amra Hodžić</span>'
            '<span class="date">05.03.2024. u 14:30</span>',
            after=tag_line("Tagovi:", "park", "općina"),
            section="Vijesti",
        ),
        {
            "title": "Otvoren novi park uz rijeku",
            "authors": ("Amra Hodžić",),
            "published": when(2024, 3, 5, 14, 30),
            "tags": ("park", "općina"),
            "language": "bs",
        },
    ),
    Probe(
        "sr_latin_autor",
        "sr",
        news_page(
            "sr-Latn",
            "Otvoren novi park pored reke",
            "Novosti Pomoravlja",
            SR_LATN,
            '<span class="author">Autor: Marko Petrović</span>'
            '<span class="date">5. mart 2024. 14:30</span>',
            after=tag_line("Tagovi:", "park", "grad"),
            section="Vesti",
        ),
        {
            "title": "Otvoren novi park pored reke",
            "authors": ("Marko Petrović",),
            "published": when(2024, 3, 5, 14, 30),
            "tags": ("park", "grad"),
            "language": "sr",
        },
    ),
    # --- relative stamps beside the byline ("5 годин тому", "acum 3 ore"): no date read
    # from them (no reference time), the JSON-LD's date stays, and the name stays clean ----
    Probe(
        "uk_wp_relative_byline",
        "uk",
        wordpress(
            "uk",
            "Ринок на Подолі відкрили після ремонту - Вісті Полісся",
            "Ринок на Подолі відкрили після ремонту",
            UK,
            site="Вісті Полісся",
            meta='<span class="byline">Олена Коваль</span> · '
            '<span class="posted-on">5 годин тому</span>',
            head=jsonld(
                headline="Ринок на Подолі відкрили після ремонту",
                datePublished="2024-03-05T11:20:00+02:00",
            ),
        ),
        {
            "title": "Ринок на Подолі відкрили після ремонту",
            "authors": ("Олена Коваль",),
            "published": when(2024, 3, 5, 11, 20, tz=EET),
            "language": "uk",
        },
    ),
    Probe(
        "ro_news_relative_only",
        "ro",
        news_cms(
            "ro",
            "Piața din cartier se redeschide | Gazeta de Câmpie",
            "Piața din cartier se redeschide",
            RO,
            site="Gazeta de Câmpie",
            meta='<span class="author">de Andrei Popescu</span>'
            '<span class="date">acum 3 ore</span>',
            section="Local",
        ),
        {
            "title": "Piața din cartier se redeschide",
            "authors": ("Andrei Popescu",),
            "published": None,
            "language": "ro",
        },
    ),
    Probe(
        "uk_shop_logo_h1_buy_tail",
        "uk",
        shop_product(
            "uk",
            "Глиняний глечик ручної роботи — купити в Україні | Гончарна Лавка",
            "Глиняний глечик ручної роботи",
            (
                "Глечик виготовлено з червоної глини та вкрито прозорою поливою. Об'єм — півтора "
                "літра, підходить для молока, води й квітів.",
                "Кожен виріб унікальний, тож відтінок може трохи відрізнятися від фото.",
            ),
            shop="Гончарна Лавка",
            crumbs=("Головна", "Посуд"),
            price="650 грн",
        ),
        {"title": "Глиняний глечик ручної роботи", "authors": (), "language": "uk"},
    ),
    Probe(
        "pl_board_thread_usernames",
        "pl",
        board_thread(
            "pl",
            "Jak zabezpieczyć drewniany taras na zimę? | Forum Majsterkowicza",
            "Jak zabezpieczyć drewniany taras na zimę?",
            (
                (
                    "stolarz_marek",
                    "Mam taras z modrzewia, ma dwa lata. Czym go pomalować przed zimą, olejem "
                    "czy lakierobejcą? Deski zaczynają szarzeć.",
                ),
                ("Ania_K", "Olej, dwie cienkie warstwy. Lakier będzie łuszczył się po roku."),
            ),
            board="Forum Majsterkowicza",
        ),
        {
            "title": "Jak zabezpieczyć drewniany taras na zimę?",
            "authors": ("stolarz_marek",),
            "language": "pl",
        },
    ),
    Probe(
        "el_blog_written_by_two",
        "el",
        plain_blog(
            "el",
            "Ο νέος προαστιακός από κοντά | Σημειώσεις της Πόλης",
            EL,
            blog="Σημειώσεις της Πόλης",
            heading="Ο νέος προαστιακός από κοντά",
            byline="Γράφτηκε από Νίκο Παππά και Ελένη Ζαχαρίου",
        ),
        {
            "title": "Ο νέος προαστιακός από κοντά",
            "authors": ("Νίκο Παππά", "Ελένη Ζαχαρίου"),
            "language": "el",
        },
    ),
    Probe(
        "cs_event_site_section_title",
        "cs",
        event_page(
            "cs",
            "Kulturní dům Lipník | Akce | Jarní koncert dechové hudby",
            "Jarní koncert dechové hudby",
            (
                "Dechový orchestr zahraje pochody, polky i skladby z filmů. Vstupenky jsou "
                "v prodeji v pokladně kulturního domu.",
            ),
            site="Kulturní dům Lipník",
            when_where="So 23. 3. 2024, 17:00 · Velký sál",
            organiser="Pořádá: Spolek přátel dechovky",
        ),
        {"title": "Jarní koncert dechové hudby", "authors": (), "language": "cs"},
    ),
    Probe(
        "cs_personal_site_owner",
        "cs",
        personal_site(
            "cs",
            "Jan Novák – Jak jsem opravoval starou lávku",
            "Jak jsem opravoval starou lávku",
            CS,
            owner="Jan Novák",
            shown="5. března 2024",
            years="2012-",
        ),
        {"title": "Jak jsem opravoval starou lávku", "authors": ("Jan Novák",), "language": "cs"},
    ),
    Probe(
        "pl_personal_site_owner",
        "pl",
        personal_site(
            "pl",
            "Notatki Katarzyny | Nowy targ w naszym mieście",
            "Nowy targ w naszym mieście",
            (
                "We wtorek otwarto nowy targ przy rzece. Stoisk jest ponad sto, a rolnicy z "
                "okolicy sprzedają tam warzywa i sery.",
                "Byłam tam rano i opisuję, co warto kupić i gdzie zaparkować.",
            ),
            owner="Katarzyna Wiśniewska",
            shown="5 marca 2024",
        ),
        {
            "title": "Nowy targ w naszym mieście",
            "authors": ("Katarzyna Wiśniewska",),
            "language": "pl",
        },
    ),
    Probe(
        "uk_personal_site_owner",
        "uk",
        personal_site(
            "uk",
            "Олена Ткаченко | Новий ринок у місті",
            "Новий ринок у місті",
            UK,
            owner="Олена Ткаченко",
            shown="5 березня 2024",
        ),
        {"title": "Новий ринок у місті", "authors": ("Олена Ткаченко",), "language": "uk"},
    ),
    Probe(
        "el_personal_site_owner",
        "el",
        personal_site(
            "el",
            "Νίκος Παππάς - Ο νέος προαστιακός",
            "Ο νέος προαστιακός",
            EL,
            owner="Νίκος Παππάς",
            shown="5 Μαρτίου 2024",
        ),
        {"title": "Ο νέος προαστιακός", "authors": ("Νίκος Παππάς",), "language": "el"},
    ),
    Probe(
        "uk_blog_written_by_two",
        "uk",
        plain_blog(
            "uk",
            "Новий ринок у місті | Нотатки містян",
            UK,
            blog="Нотатки містян",
            heading="Новий ринок у місті",
            byline="Написали Олена Коваленко та Андрій Мельник",
        ),
        {
            "title": "Новий ринок у місті",
            "authors": ("Олена Коваленко", "Андрій Мельник"),
            "language": "uk",
        },
    ),
    Probe(
        "ro_blog_postat_de",
        "ro",
        plain_blog(
            "ro",
            "Piața nouă din cartier | Jurnal de cartier",
            RO,
            blog="Jurnal de cartier",
            heading="Piața nouă din cartier",
            byline="Postat de Ioana Ionescu",
        ),
        {"title": "Piața nouă din cartier", "authors": ("Ioana Ionescu",), "language": "ro"},
    ),
    # --- Bylines whose label comes after the name ("X által", "by X"), as Docusaurus's
    # Hungarian translation writes "by {user}"
    Probe(
        "hu_wp_label_after_name_date",
        "hu",
        wordpress(
            "hu",
            "Megnyílt a felújított uszoda – Városi Napló",
            "Megnyílt a felújított uszoda",
            HU,
            site="Városi Napló",
            meta='<span class="byline">Szabó Eszter által</span> | '
            '<span class="posted-on">2024. március 5.</span>',
        ),
        {"authors": ("Szabó Eszter",), "language": "hu"},
    ),
    Probe(
        "hu_news_label_after_name_line",
        "hu",
        news_cms(
            "hu",
            "Megnyílt a felújított uszoda | Alföldi Krónika",
            "Megnyílt a felújított uszoda",
            HU,
            after="<p>Kiss Gábor által, 2024. március 5.</p>",
        ),
        {"authors": ("Kiss Gábor",), "language": "hu"},
    ),
    Probe(
        "hu_news_linked_name_label_after",
        "hu",
        news_cms(
            "hu",
            "Megnyílt a felújított uszoda | Tiszaparti Hírek",
            "Megnyílt a felújított uszoda",
            HU,
            meta='<p><a href="/szerzo/toth-reka">Tóth Réka</a> által</p>',
        ),
        {"authors": ("Tóth Réka",), "language": "hu"},
    ),
    Probe(
        "uk_title_section_site_headline",
        "uk",
        portal_story(
            "uk",
            "Новини | Вісті Полісся | У місті відкрили нову бібліотеку",
            UK,
            logo="Вісті Полісся",
            crumbs=("Головна", "Новини"),
            site="Вісті Полісся",
        ),
        {"title": "У місті відкрили нову бібліотеку"},
    ),
    Probe(
        "bg_title_headline_old_theme_guillemets",
        "bg",
        portal_story(
            "bg",
            "Отвориха нова библиотека в центъра « Култура « Вестник Бряг",
            BG,
            logo="Вестник Бряг",
            crumbs=("Начало", "Култура"),
        ),
        {"title": "Отвориха нова библиотека в центъра"},
    ),
    Probe(
        "cs_title_headline_section_site_publisher",
        "cs",
        portal_story(
            "cs",
            "Město otevřelo novou knihovnu – Zprávy z regionu – Poříčský zpravodaj",
            CS,
            logo="Poříčský zpravodaj",
            crumbs=("Úvod", "Zprávy z regionu"),
            head=jsonld(publisher={"@type": "Organization", "name": "Poříčský zpravodaj"}),
        ),
        {"title": "Město otevřelo novou knihovnu"},
    ),
    Probe(
        "el_logo_h1_entry_title_site_category_title",
        "el",
        portal_story(
            "el",
            "Ειδήσεις Λιμανιού » Τοπικά » Άνοιξε νέο πάρκο δίπλα στο ποτάμι",
            EL,
            logo='<h1 class="site-title"><a href="/">Ειδήσεις Λιμανιού</a></h1>',
            crumbs=("Αρχική", "Τοπικά"),
            heading='<h2 class="entry-title">Άνοιξε νέο πάρκο δίπλα στο ποτάμι</h2>',
        ),
        {"title": "Άνοιξε νέο πάρκο δίπλα στο ποτάμι"},
    ),
    Probe(
        "hu_title_section_headline_site",
        "hu",
        portal_story(
            "hu",
            "Friss hírek | Megnyílt az új park a folyóparton | Alföldi Napló",
            HU,
            logo="Alföldi Napló",
            crumbs=("Címlap", "Friss hírek"),
            site="Alföldi Napló",
        ),
        {"title": "Megnyílt az új park a folyóparton"},
    ),
    Probe(
        "uk_section_site_short_headline_no_crumbs",
        "uk",
        portal_story(
            "uk",
            "Новини | Вісті Полісся | Відкрили нову бібліотеку",
            UK,
            logo="Вісті Полісся",
            crumbs=(),
            site="Вісті Полісся",
        ),
        {"title": "Відкрили нову бібліотеку"},
    ),
    Probe(
        "bg_headline_site_tagline",
        "bg",
        portal_story(
            "bg",
            "Отвориха нова библиотека в центъра | Вестник Бряг | Новините от морето",
            BG,
            logo="Вестник Бряг",
            crumbs=(),
            site="Вестник Бряг",
        ),
        {"title": "Отвориха нова библиотека в центъра"},
    ),
    Probe(
        "el_headline_site_in_host_spelling_only",
        "el",
        portal_story(
            "el",
            "Άνοιξε νέο πάρκο δίπλα στο ποτάμι — Ειδήσεις Λιμανιού",
            EL,
            logo="<a href='/'>⚓</a>",
            crumbs=(),
        ),
        {"title": "Άνοιξε νέο πάρκο δίπλα στο ποτάμι"},
    ),
    # --- Bylines of pages beyond news, credits naming no one, names joined in the language ----
    Probe(
        "ru_two_names_i",
        "ru",
        news_page(
            "ru",
            "В городе открыли новый парк у реки",
            "Вестник Заречья",
            RU,
            '<div class="author">Авторы: Иван Петров и Мария Соколова</div>',
        ),
        {"authors": ("Иван Петров", "Мария Соколова"), "language": "ru"},
    ),
    Probe(
        "ru_board_thread_first_poster",
        "ru",
        board_thread(
            "ru",
            "Новый парк у реки: кто уже был? | Форум Заречья",
            "Новый парк у реки: кто уже был?",
            (
                ("Сергей_К", RU[0]),
                ("marina77", "Были в субботу, детям понравилось."),
                ("Дед Мазай", "А парковку так и не сделали."),
            ),
            board="Форум Заречья",
        ),
        {"authors": ("Сергей_К",), "language": "ru"},
    ),
    Probe(
        "ru_wiki_no_author",
        "ru",
        mediawiki(
            "ru",
            "Речной парк — Вики Заречья",
            "Речной парк",
            RU,
            wiki="Вики Заречья",
            head=jsonld(
                **{
                    "@type": "Article",
                    "name": "Речной парк",
                    "author": {"@type": "Organization", "name": "Участники проектов Вики"},
                    "publisher": {"@type": "Organization", "name": "Вики Заречья"},
                }
            ),
        ),
        {"authors": (), "language": "ru"},
    ),
    Probe(
        "uk_desk_only",
        "uk",
        news_page(
            "uk",
            "У місті відкрили новий парк",
            "Вісті Полісся",
            UK,
            '<span class="author">Автор: Редакція</span>',
        ),
        {"authors": ()},
    ),
    Probe(
        "pl_shop_reviews_and_brand",
        "pl",
        shop_product(
            "pl",
            "Dzbanek gliniany 1 l – Sklep Glina",
            "Dzbanek gliniany 1 l",
            PL,
            shop="Sklep Glina",
            crumbs=("Kuchnia", "Dzbanki"),
            price="89 zł",
            head=jsonld(
                **{
                    "@type": "Product",
                    "name": "Dzbanek gliniany 1 l",
                    "brand": {"@type": "Brand", "name": "Pracownia Ceramiki Dąbek"},
                    "review": [
                        {"@type": "Review", "author": {"@type": "Person", "name": "Kasia W."}},
                        {"@type": "Review", "author": {"@type": "Person", "name": "Tomek Nowak"}},
                    ],
                }
            ),
        ),
        {"authors": (), "language": "pl"},
    ),
    Probe(
        "pl_recipe_author_label",
        "pl",
        recipe(
            "pl",
            "Pierogi babci | Kuchnia Domowa",
            "Pierogi babci",
            ("500 g mąki", "1 jajko", "250 ml wody"),
            ("Zagnieć ciasto.", "Rozwałkuj i wytnij krążki.", "Gotuj 3 minuty."),
            site="Kuchnia Domowa",
            credit="Autor przepisu: Anna Nowak",
        ),
        {"authors": ("Anna Nowak",), "language": "pl"},
    ),
    Probe(
        "pl_newsroom_only",
        "pl",
        news_page(
            "pl",
            "Nowy park nad rzeką otwarty",
            "Gazeta Nadrzeczna",
            PL,
            '<span class="author">Autor: Redakcja</span>',
        ),
        {"authors": ()},
    ),
    Probe(
        "pl_two_names_i",
        "pl",
        news_page(
            "pl",
            "Park nad rzeką już otwarty",
            "Gazeta Nadrzeczna",
            PL,
            '<span class="author">Tekst: Anna Nowak i Piotr Zieliński, zdjęcia: Marek Wójcik'
            "</span>",
        ),
        {"authors": ("Anna Nowak", "Piotr Zieliński")},
    ),
    Probe(
        "ru_blog_posted_by",
        "ru",
        plain_blog(
            "ru",
            "Новый парк у реки — Заметки горожанки",
            RU,
            blog="Заметки горожанки",
            heading="Новый парк у реки",
            byline="Опубликовано 5 марта 2024 автором Ольга Смирнова",
        ),
        {"authors": ("Ольга Смирнова",)},
    ),
    Probe(
        "pl_post_line_opublikowane_przez_o",
        "pl",
        wordpress(
            "pl",
            "Nowy park nad rzeką – Blog osiedlowy",
            "Nowy park nad rzeką",
            PL,
            site="Blog osiedlowy",
            meta='<span class="posted-on">Opublikowane przez Anna Nowak o 10:30</span>',
        ),
        {"authors": ("Anna Nowak",)},
    ),
    # --- Belarusian, Macedonian, Estonian, Latvian: byline labels and native dates ------------
    Probe(
        "be_news_cldr_long_date",
        "be",
        news_cms(
            "be",
            "Новы парк на беразе ракі | Гарадскія навіны",
            "Новы парк на беразе ракі",
            BE,
            site="Гарадскія навіны",
            meta='<span class="author">Аўтар: Алесь Грынкевіч</span>'
            '<span class="date">5 сакавіка 2024 г.</span>',
            section="Гарадскія навіны",
        ),
        {
            "title": "Новы парк на беразе ракі",
            "authors": ("Алесь Грынкевіч",),
            "published": when(2024, 3, 5),
            "publisher": "Гарадскія навіны",
            "language": "be",
        },
    ),
    Probe(
        "et_news_avaldatud_time",
        "et",
        news_cms(
            "et",
            "Jõe äärde avati uus park | Linnauudised",
            "Jõe äärde avati uus park",
            ET,
            site="Linnauudised",
            meta='<span class="author">Autor: Kadri Saarmets</span>'
            '<span class="date">Avaldatud: 5. märts 2024, 14:30</span>',
            section="Linnauudised",
        ),
        {
            "title": "Jõe äärde avati uus park",
            "authors": ("Kadri Saarmets",),
            "published": when(2024, 3, 5, 14, 30),
            "publisher": "Linnauudised",
            "language": "et",
        },
    ),
    Probe(
        "lv_news_gada_locative",
        "lv",
        news_cms(
            "lv",
            "Upes krastā atklāts jauns parks | Pilsētas Ziņas",
            "Upes krastā atklāts jauns parks",
            LV,
            site="Pilsētas Ziņas",
            meta='<span class="author">Autore: Ilze Kalnāja</span>'
            '<span class="date">2024. gada 5. martā</span>',
            section="Pilsētas Ziņas",
        ),
        {
            "title": "Upes krastā atklāts jauns parks",
            "authors": ("Ilze Kalnāja",),
            "published": when(2024, 3, 5),
            "publisher": "Pilsētas Ziņas",
            "language": "lv",
        },
    ),
    Probe(
        "mk_news_cldr_long_date",
        "mk",
        news_cms(
            "mk",
            "Нов парк покрај реката | Градски вести",
            "Нов парк покрај реката",
            MK,
            site="Градски вести",
            meta='<span class="author">Автор: Марија Петревска</span>'
            '<span class="date">5 март 2024 г.</span>',
            section="Градски вести",
        ),
        {
            "title": "Нов парк покрај реката",
            "authors": ("Марија Петревска",),
            "published": when(2024, 3, 5),
            "publisher": "Градски вести",
            "language": "mk",
        },
    ),
)
