"""A blind byline probe, second round (issue 12): pages written without reading the code,
not repeating the first round's cases. Non-news pages whose writer must be told from the
other people on them (a forum thread's repliers, a Q&A page's answerers, a shop's customer
reviewers, a docs page's contributors), credits in words the first round did not use
("Recipe by", "Guest post by", "Interview: X with Y", "Translated by", "Photos and text by"),
and news bylines in 25 languages (and Taiwan's Chinese) and 9 scripts: several writers
joined by the language's "and", roles mixed in, an agency beside the names, particles,
reporter labels beside Han and Hangul names, e-mail addresses. Every page also holds names
that must not be read as its writers: a photographer's credit, readers' comments, the "most
read" teasers' writers.
``python -m tests.metadata.test_blind_byline_probes_2`` prints newsextract's and
trafilatura's figures: pages fully right, and the mean author-set F1 as the eval's score.py
computes it. Every site, name and text here is invented.

Decisions (a writer is who wrote the page's text):
- a forum thread's and a Q&A page's author is whoever started it (the question's asker); a
  reply's or an answer's writer is not;
- a shop's product page with customer reviews and no editor's byline has no author; an
  editor's review of a product is the editor's;
- a docs page crediting its "Contributors" is theirs;
- a translation's author is the original's writer, not the translator; an interview's is
  the interviewer; a photo essay's "Photos and text by" names its author;
- "Reporting by A; Editing by B": A wrote it, B edited it; an agency beside a name is no
  person ("Jana Novak, Reuters" is Jana Novak); a reporter label (記者, 기자, 特派员) and an
  e-mail address are no part of the name.
"""

from __future__ import annotations

from typing import Any

import pytest
from tests.metadata.language_probes.kit import field_cases, matches, report_authors
from tests.metadata.title_pages import ld, page, paragraphs

import newsextract

# One text per language: the river ferry back in service after its engine was replaced.
TEXTS = {
    "en": "The river ferry returned to service on Tuesday after its engine was replaced, and "
    "the first crossing of the morning carried forty cyclists.",
    "es": "El transbordador del río volvió a funcionar el martes tras la sustitución de su "
    "motor, y el primer cruce de la mañana llevó a cuarenta ciclistas.",
    "de": "Die Flussfähre ist seit Dienstag wieder in Betrieb, nachdem ihr Motor ersetzt "
    "wurde, und die erste Überfahrt am Morgen brachte vierzig Radfahrer ans andere Ufer.",
    "fr": "Le bac de la rivière a repris du service mardi après le remplacement de son "
    "moteur, et la première traversée du matin a transporté quarante cyclistes.",
    "it": "Il traghetto sul fiume è tornato in servizio martedì dopo la sostituzione del "
    "motore, e la prima traversata del mattino ha portato quaranta ciclisti.",
    "pt": "A balsa do rio voltou a operar na terça-feira depois da troca do motor, e a "
    "primeira travessia da manhã levou quarenta ciclistas.",
    "nl": "De rivierpont vaart sinds dinsdag weer nu de motor is vervangen, en de eerste "
    "overtocht van de ochtend bracht veertig fietsers naar de overkant.",
    "sv": "Älvfärjan är i trafik igen sedan tisdagen efter att motorn bytts ut, och morgonens "
    "första överfart tog fyrtio cyklister över älven.",
    "da": "Flodfærgen sejler igen fra tirsdag efter at motoren er blevet skiftet, og morgenens "
    "første overfart havde fyrre cyklister med.",
    "fi": "Jokilautta palasi liikenteeseen tiistaina moottorinvaihdon jälkeen, ja aamun "
    "ensimmäinen ylitys kuljetti neljäkymmentä pyöräilijää.",
    "ro": "Bacul de pe râu a revenit în serviciu marți după înlocuirea motorului, iar prima "
    "traversare a dimineții a dus patruzeci de bicicliști.",
    "hu": "A folyami komp kedden újra forgalomba állt a motorcsere után, és a reggeli első "
    "átkelés negyven kerékpárost vitt át.",
    "tr": "Nehir feribotu motoru değiştirildikten sonra salı günü yeniden sefere başladı ve "
    "sabahın ilk seferinde kırk bisikletli taşındı.",
    "id": "Kapal feri sungai kembali beroperasi pada Selasa setelah mesinnya diganti, dan "
    "penyeberangan pertama pagi itu membawa empat puluh pesepeda.",
    "vi": "Chiếc phà trên sông đã hoạt động trở lại vào thứ Ba sau khi được thay động cơ, và "
    "chuyến đầu tiên buổi sáng chở bốn mươi người đi xe đạp.",
    "ru": "Речной паром вернулся на линию во вторник после замены двигателя, и первый утренний "
    "рейс перевёз сорок велосипедистов.",
    "uk": "Річковий пором повернувся на лінію у вівторок після заміни двигуна, і перший "
    "ранковий рейс перевіз сорок велосипедистів.",
    "bg": "Речният ферибот отново е в движение от вторник след смяната на двигателя, а първият "
    "сутрешен курс превози четиридесет колоездачи.",
    "el": "Το πορθμείο του ποταμού επέστρεψε στα δρομολόγια την Τρίτη μετά την αντικατάσταση "
    "της μηχανής του, και το πρώτο πρωινό δρομολόγιο μετέφερε σαράντα ποδηλάτες.",
    "ar": "عادت عبّارة النهر إلى العمل يوم الثلاثاء بعد استبدال محركها، وحملت الرحلة الأولى "
    "صباحًا أربعين راكب دراجة.",
    "he": "מעבורת הנהר חזרה לפעול ביום שלישי לאחר שהמנוע שלה הוחלף, וההפלגה הראשונה של הבוקר "
    "הובילה ארבעים רוכבי אופניים.",
    "hi": "इंजन बदले जाने के बाद नदी की नौका मंगलवार को फिर से चलने लगी, और सुबह की पहली "
    "यात्रा में चालीस साइकिल सवार पार गए।",
    "zh": "更换发动机后，渡轮于周二恢复运营，早上第一班船载着四十名骑车人过河。",
    "tw": "渡輪更換引擎後於週二恢復營運，早上第一班船載著四十名單車騎士過河。",
    "ja": "エンジンの交換を終えた川の渡し船が火曜日に運航を再開し、朝の最初の便には四十人の"
    "自転車利用者が乗った。",
    "ko": "엔진을 교체한 강 나룻배가 화요일부터 다시 운항을 시작했으며, 아침 첫 배에는 자전거 "
    "이용객 마흔 명이 탔다.",
}

PHOTOGRAPHER = "Tomas Lindqvist"
COMMENTERS = ("Rafael Ortega", "Henrike Solberg")
TEASER_WRITERS = ("Oskar Brandl", "Yusra Haddad")


def news(
    lang: str,
    h1: str,
    meta: str,
    *,
    site: str,
    after: str = "",
    head: str = "",
    meta_below: bool = False,
) -> str:
    """A news CMS's story: logo and menu, the headline, a meta line (above the text, or
    below it with ``meta_below``), a picture with its photographer's credit, the text, then
    ``after`` (a closing credit), readers' comments and a "most read" list naming writers."""
    html_lang = "zh-TW" if lang == "tw" else lang
    text = paragraphs(TEXTS[lang], TEXTS[lang])
    teasers = "".join(
        f'<li><a href="/n/{n}">{"▲" * n}</a> <span class="author-name">{who}</span></li>'
        for n, who in enumerate(TEASER_WRITERS, 1)
    )
    comments = "".join(
        f'<div class="comment"><span class="comment-author">{who}</span><p>+1</p></div>'
        for who in COMMENTERS
    )
    meta_html = f'<div class="article-meta">{meta}</div>'
    return page(
        html_lang,
        f"{h1} - {site}",
        head,
        f'<header><a class="brand" href="/">{site}</a><nav><a href="/a">☰</a></nav></header>'
        f'<main><article class="story"><h1 class="headline">{h1}</h1>'
        f"{'' if meta_below else meta_html}"
        '<figure><img src="/i/ferry.jpg" alt=""><figcaption>⛴ '
        f'<span class="credit">Foto: {PHOTOGRAPHER}</span></figcaption></figure>'
        f'<div class="story-body">{text}{after}</div>{meta_html if meta_below else ""}'
        f"</article>"
        f'<section class="comments">{comments}</section></main>'
        f'<aside class="popular"><h3>⭐</h3><ul>{teasers}</ul></aside>'
        f"<footer><p>© 2024 {site}</p></footer>",
    )


def by(text: str, css: str = "byline") -> str:
    return f'<span class="{css}">{text}</span> · <time datetime="2024-05-14">14.05.2024</time>'


# A probe: name, url, html, authors.
FIELDS = ("authors",)

NEWS: list[tuple[Any, ...]] = [
    # Several writers joined by the language's "and".
    (
        "ar_two_writers_wa",
        "https://sawt-alnahr.example.com/local/ferry-2291",
        news("ar", "العبّارة تعود إلى العمل", by("كتب: سامي الخطيب وليلى منصور"), site="صوت النهر"),
        ("سامي الخطيب", "ليلى منصور"),
    ),
    (
        "zh_two_writers_he",
        "https://hebin-ribao.example.cn/city/2024/ferry",
        news("zh", "渡轮恢复运营", by("作者：王晓东 和 李佳怡"), site="河滨日报"),
        ("王晓东", "李佳怡"),
    ),
    (
        "ko_two_reporters_mich",
        "https://gangbyeon-ilbo.example.kr/society/ferry",
        news("ko", "나룻배 운항 재개", by("박지훈 및 최유나 기자"), site="강변일보"),
        ("박지훈", "최유나"),
    ),
    (
        "pt_two_writers_e",
        "https://folha-ribeirinha.example.com.br/cidade/balsa-volta",
        news(
            "pt",
            "Balsa volta a operar",
            by("Por Rafaela Nunes e Bruno Teixeira"),
            site="Folha Ribeirinha",
        ),
        ("Rafaela Nunes", "Bruno Teixeira"),
    ),
    (
        "sv_two_writers_och",
        "https://alvdalsbladet.example.se/nyheter/farjan-tillbaka",
        news(
            "sv",
            "Färjan tillbaka i trafik",
            by("Av Karin Holm och Erik Lundgren"),
            site="Älvdalsbladet",
        ),
        ("Karin Holm", "Erik Lundgren"),
    ),
    (
        "da_three_writers_og",
        "https://aaposten.example.dk/lokalt/faergen-sejler",
        news(
            "da",
            "Færgen sejler igen",
            by("Af Mette Skov, Anders Juul og Line Dahl"),
            site="Åposten",
        ),
        ("Mette Skov", "Anders Juul", "Line Dahl"),
    ),
    (
        "fi_two_writers_ja",
        "https://jokilaakson-sanomat.example.fi/uutiset/lautta",
        news(
            "fi",
            "Lautta liikennöi taas",
            by("Teksti: Aino Virtanen ja Mikko Laine"),
            site="Jokilaakson Sanomat",
        ),
        ("Aino Virtanen", "Mikko Laine"),
    ),
    (
        "ro_two_writers_si",
        "https://gazeta-raului.example.ro/local/bacul-revine",
        news(
            "ro",
            "Bacul revine pe râu",
            by("de Ioana Popescu și Radu Ionescu"),
            site="Gazeta Râului",
        ),
        ("Ioana Popescu", "Radu Ionescu"),
    ),
    (
        "el_two_writers_kai",
        "https://potami-news.example.gr/topika/porthmeio",
        news(
            "el",
            "Το πορθμείο ξανά σε λειτουργία",
            by("Γράφουν: Νίκος Παπαδάκης και Ελένη Σταύρου"),
            site="Ποτάμι",
        ),
        ("Νίκος Παπαδάκης", "Ελένη Σταύρου"),
    ),
    (
        "uk_two_writers_i",
        "https://richkovi-visti.example.ua/suspilstvo/porom",
        news(
            "uk",
            "Пором знову курсує",
            by("Автори: Олена Коваль і Тарас Мельник"),
            site="Річкові вісті",
        ),
        ("Олена Коваль", "Тарас Мельник"),
    ),
    (
        "he_two_writers_vav",
        "https://hanahar-news.example.co.il/local/maaboret",
        news("he", "המעבורת חוזרת לפעול", by("מאת דנה לוי ויואב כהן"), site="חדשות הנהר"),
        ("דנה לוי", "יואב כהן"),
    ),
    (
        "hi_two_writers_aur",
        "https://nadi-samachar.example.in/city/nauka-4410",
        news(
            "hi",
            "नदी की नौका फिर चली",
            by("लेखक: अनुराग मिश्रा और कविता जोशी", "author"),
            site="नदी समाचार",
        ),
        ("अनुराग मिश्रा", "कविता जोशी"),
    ),
    (
        "tr_two_writers_ve",
        "https://nehir-gazetesi.example.com.tr/yerel/feribot",
        news(
            "tr",
            "Feribot yeniden seferde",
            by("Haber: Elif Yıldız ve Mert Aksoy"),
            site="Nehir Gazetesi",
        ),
        ("Elif Yıldız", "Mert Aksoy"),
    ),
    (
        "vi_two_writers_va",
        "https://baosongxanh.example.vn/thoi-su/pha-hoat-dong",
        news(
            "vi",
            "Phà hoạt động trở lại",
            by("Nguyễn Thu Hà và Trần Minh Quân"),
            site="Báo Sông Xanh",
        ),
        ("Nguyễn Thu Hà", "Trần Minh Quân"),
    ),
    (
        "id_two_writers_dan",
        "https://kabarsungai.example.id/daerah/feri-kembali",
        news(
            "id",
            "Feri kembali beroperasi",
            by("Penulis: Dewi Lestari dan Agus Santoso"),
            site="Kabar Sungai",
        ),
        ("Dewi Lestari", "Agus Santoso"),
    ),
    # Roles mixed in.
    (
        "de_text_fotos_one_line",
        "https://flussbote.example.de/region/faehre-faehrt",
        news(
            "de",
            "Die Fähre fährt wieder",
            by("Text: Sabine Lorenz, Fotos: Uwe Brandt"),
            site="Flussbote",
        ),
        ("Sabine Lorenz",),
    ),
    (
        "nl_tekst_en_fotos",
        "https://rivierkoerier.example.nl/regio/pont-vaart",
        news(
            "nl",
            "De pont vaart weer",
            by("Tekst: Femke de Wit | Foto's: Joost Bakker"),
            site="Rivierkoerier",
        ),
        ("Femke de Wit",),
    ),
    (
        "en_reporting_by_editing_by",
        "https://wire-desk.example.com/world/ferry-returns",
        news(
            "en",
            "River ferry returns to service",
            by("By Marcus Oyelaran"),
            site="Wire Desk",
            after='<p class="credits">(Reporting by Marcus Oyelaran and Priya Desai; Editing by '
            "Helen Crowther)</p>",
        ),
        ("Marcus Oyelaran",),
    ),
    (
        "en_reporting_by_only_at_end",
        "https://wire-desk.example.com/world/ferry-engine",
        news(
            "en",
            "Ferry engine swap finished",
            '<time datetime="2024-05-14">May 14, 2024</time>',
            site="Wire Desk",
            after="<p>(Reporting by Jana Novak in Prague; Writing by Tom Beckett; Editing by "
            "Alison Reyes)</p>",
        ),
        ("Jana Novak", "Tom Beckett"),
    ),
    (
        "es_redaccion_y_fotografia",
        "https://cronica-fluvial.example.es/local/transbordador",
        news(
            "es",
            "El transbordador vuelve",
            by("Redacción: Pilar Echeverría · Fotografía: Iñaki Zubiri"),
            site="Crónica Fluvial",
        ),
        ("Pilar Echeverría",),
    ),
    # An agency beside the names.
    (
        "en_name_comma_agency",
        "https://daily-ledger.example.com/world/ferry",
        news("en", "Ferry back on the river", by("By Daniel Okafor, Reuters"), site="Daily Ledger"),
        ("Daniel Okafor",),
    ),
    (
        "it_name_agency_parentheses",
        "https://corriere-fiume.example.it/cronaca/traghetto",
        news(
            "it",
            "Il traghetto torna in servizio",
            by("di Giulia Marchetti (ANSA)"),
            site="Corriere del Fiume",
        ),
        ("Giulia Marchetti",),
    ),
    (
        "de_two_names_slash_dpa",
        "https://anzeiger-am-fluss.example.de/panorama/faehre",
        news(
            "de",
            "Fähre wieder im Dienst",
            by("Von Lars Petersen und Anke Wolf, dpa"),
            site="Anzeiger am Fluss",
        ),
        ("Lars Petersen", "Anke Wolf"),
    ),
    (
        "fr_name_avec_afp",
        "https://echo-des-berges.example.fr/societe/bac",
        news(
            "fr",
            "Le bac reprend du service",
            by("Par Sophie Garnier avec AFP"),
            site="L'Écho des berges",
        ),
        ("Sophie Garnier",),
    ),
    # Particles.
    (
        "de_particle_von_der",
        "https://flussbote.example.de/kultur/faehrmann",
        news("de", "Der Fährmann erzählt", by("Von Katharina von der Heyde"), site="Flussbote"),
        ("Katharina von der Heyde",),
    ),
    (
        "pt_particle_dos_santos_and_da_silva",
        "https://jornal-do-rio.example.pt/local/barco",
        news(
            "pt", "O barco voltou", by("Por João dos Santos e Ana da Silva"), site="Jornal do Rio"
        ),
        ("João dos Santos", "Ana da Silva"),
    ),
    (
        "en_particle_al_and_bin",
        "https://gulf-herald.example.com/region/ferry",
        news(
            "en",
            "Creek ferry resumes",
            by("By Omar al-Farsi and Hakim bin Salleh"),
            site="Gulf Herald",
        ),
        ("Omar al-Farsi", "Hakim bin Salleh"),
    ),
    (
        "fr_particle_de_la",
        "https://echo-des-berges.example.fr/culture/passeur",
        news("fr", "Le passeur raconte", by("Par Hélène de La Roche"), site="L'Écho des berges"),
        ("Hélène de La Roche",),
    ),
    # Reporter labels beside Han and Hangul names, and e-mail addresses.
    (
        "zh_reporter_label_two_names_spaced",
        "https://hebin-ribao.example.cn/city/2024/ferry-first",
        news("zh", "首班渡轮满载骑车人", by("本报记者 张伟 刘芳"), site="河滨日报"),
        ("张伟", "刘芳"),
    ),
    (
        "zh_special_correspondent",
        "https://hebin-ribao.example.cn/world/2024/ferry",
        news("zh", "渡轮恢复运营", by("本报特派员 陈明"), site="河滨日报"),
        ("陈明",),
    ),
    (
        "tw_reporter_slash_city",
        "https://heping-news.example.tw/local/ferry",
        news("tw", "渡輪恢復營運", by("記者陳怡君／台中報導"), site="和平新聞"),
        ("陳怡君",),
    ),
    (
        "ko_reporter_with_email",
        "https://gangbyeon-ilbo.example.kr/society/ferry-first",
        news(
            "ko",
            "첫 배에 자전거 이용객",
            by("이서연 기자 seoyeon@gangbyeon.example.kr"),
            site="강변일보",
        ),
        ("이서연",),
    ),
    (
        "ja_reporter_parentheses_end",
        "https://kawabe-shimbun.example.jp/news/ferry",
        news(
            "ja",
            "渡し船が運航再開",
            '<time datetime="2024-05-14">2024年5月14日</time>',
            site="川辺新聞",
            after='<p class="author">（中村 健太）</p>',
        ),
        ("中村 健太",),
    ),
    (
        "en_name_and_email",
        "https://valley-times.example.com/local/ferry",
        news(
            "en",
            "Ferry is back",
            by("By Rosa Delgado | rosa.delgado@valley-times.example.com"),
            site="Valley Times",
        ),
        ("Rosa Delgado",),
    ),
    # Other scripts.
    (
        "ru_author_label_and_jsonld",
        "https://rechnye-vesti.example.ru/obshchestvo/parom",
        news(
            "ru",
            "Паром снова на линии",
            by("Текст: Анна Соколова"),
            site="Речные вести",
            head=ld("NewsArticle", author=[{"@type": "Person", "name": "Анна Соколова"}]),
        ),
        ("Анна Соколова",),
    ),
    (
        "bg_byline_below_text",
        "https://rechen-vestnik.example.bg/region/feribot",
        news(
            "bg",
            "Фериботът отново плава",
            by("Автор: Петя Димитрова"),
            site="Речен вестник",
            meta_below=True,
        ),
        ("Петя Димитрова",),
    ),
    (
        "hu_and_es_family_first",
        "https://folyoparti-hirek.example.hu/helyi/komp",
        news("hu", "Újra jár a komp", by("Írta: Kiss Réka és Tóth Gábor"), site="Folyóparti Hírek"),
        ("Kiss Réka", "Tóth Gábor"),
    ),
]

NONNEWS: list[tuple[Any, ...]] = [
    (
        "en_forum_starter_not_repliers",
        "https://ferry-fans.example.org/forum/t/engine-swap-4410",
        page(
            "en",
            "Engine swap on the old ferry - Ferry Fans Forum",
            "",
            '<div class="forum-header"><a href="/">Ferry Fans</a></div><div class="topic">'
            '<h1 class="topic-title">Engine swap on the old ferry</h1>'
            + "".join(
                f'<div class="post" id="p{n}"><div class="post-author"><a class="username" '
                f'href="/u/{n}">{who}</a><span class="post-date">May {13 + n}, 2024</span></div>'
                f'<div class="post-body"><p>{text}</p></div></div>'
                for n, (who, text) in enumerate(
                    [
                        ("Wilbur Kettering", TEXTS["en"] + " " + TEXTS["en"]),
                        ("Dora Pennywhistle", "Saw it on Wednesday, runs very quietly now."),
                        ("Malik Strand", "Does anyone know which engine they fitted?"),
                    ]
                )
            )
            + "</div>",
        ),
        ("Wilbur Kettering",),
    ),
    (
        "en_qa_asker_not_answerers",
        "https://askaboat.example.com/questions/8812/why-replace-a-ferry-engine",
        page(
            "en",
            "Why replace a ferry engine rather than rebuild it? - AskABoat",
            "",
            '<div id="question" class="question"><h1 itemprop="name">Why replace a ferry engine '
            f'rather than rebuild it?</h1><div class="s-prose"><p>{TEXTS["en"]}</p><p>Would a '
            "rebuild not have been cheaper for a boat this small?</p></div>"
            '<div class="post-signature owner"><span class="user-action-time">asked May 14, '
            '2024</span><div class="user-details"><a href="/users/31/">Perpetua Lindgren</a>'
            "</div></div></div>"
            '<div id="answers"><h2>2 Answers</h2>'
            + "".join(
                f'<div class="answer"><div class="s-prose"><p>{text}</p></div><div class="post-'
                f'signature"><span class="user-action-time">answered May 15, 2024</span><div '
                f'class="user-details"><a href="/users/{n}/">{who}</a></div></div></div>'
                for n, (who, text) in enumerate(
                    [
                        ("Hamish Calloway", "Parts for the old engine are no longer made. " * 3),
                        ("Ingrid Vasquez", "A new engine also burns less fuel per crossing. " * 3),
                    ],
                    50,
                )
            )
            + "</div>",
        ),
        ("Perpetua Lindgren",),
    ),
    (
        "en_shop_customer_reviews_no_author",
        "https://boatparts-shop.example.com/products/ferry-bell-brass",
        page(
            "en",
            "Brass ferry bell, 20 cm | Boatparts Shop",
            "",
            '<div class="product"><h1 class="product-title">Brass ferry bell, 20 cm</h1>'
            '<div class="price">€ 89.00</div><div class="product-description"><p>A cast brass '
            "bell with a rope pull, as fitted on river ferries since the 1920s. Polished by hand "
            "and lacquered against salt air. Mounting bracket included.</p></div></div>"
            '<section class="reviews"><h2>Customer reviews</h2>'
            + "".join(
                f'<div class="review"><span class="review-author">{who}</span><span class="'
                f'stars">★★★★☆</span><p>{text}</p></div>'
                for who, text in [
                    ("Gerald Huxtable", "Loud and clear, my neighbours agree."),
                    ("Sunita Rao", "Lovely finish but the bracket was bent."),
                ]
            )
            + "</section>",
        ),
        (),
    ),
    (
        "en_product_review_editor",
        "https://gear-verdict.example.com/reviews/riverrunner-e-bike",
        news(
            "en",
            "RiverRunner e-bike review: made for ferry commuters",
            '<span class="byline">Reviewed by <a href="/staff/noel">Noel Farraday</a></span> '
            '<time datetime="2024-05-14">May 14, 2024</time>',
            site="Gear Verdict",
        ),
        ("Noel Farraday",),
    ),
    (
        "en_docs_contributors",
        "https://docs.ferrytimes.example.org/guide/timetables",
        page(
            "en",
            "Timetables — FerryTimes documentation",
            "",
            '<nav class="sidebar"><a href="/guide/">Guide</a></nav><main class="docs-content">'
            '<h1>Timetables</h1><div class="contributors">Contributors: '
            '<a href="/u/amara">Amara Osei</a>, <a href="/u/lukas">Lukas Brenner</a></div>'
            + paragraphs(
                "A timetable lists each crossing with its departure and arrival times.",
                "Use the timetable endpoint to read the crossings of one day.",
            )
            + '<p class="last-updated">Last updated: May 14, 2024</p></main>',
        ),
        ("Amara Osei", "Lukas Brenner"),
    ),
    (
        "en_recipe_by",
        "https://riverside-kitchen.example.com/recipes/ferrymans-fish-stew",
        page(
            "en",
            "Ferryman's fish stew | Riverside Kitchen",
            "",
            '<article class="recipe"><h1>Ferryman\'s fish stew</h1><p class="recipe-author">'
            'Recipe by <a href="/cooks/ottilie">Ottilie Marsh</a></p><div class="recipe-intro">'
            + paragraphs("A stew the ferry crews cooked on the stove below deck, with river fish.")
            + '</div><ul class="ingredients"><li>600 g perch</li><li>2 onions</li></ul>'
            '<ol class="method"><li>Brown the onions.</li><li>Add the fish.</li></ol></article>'
            '<section class="comments"><div class="comment"><span class="comment-author">'
            "Bettina Kraus</span><p>Made it twice!</p></div></section>",
        ),
        ("Ottilie Marsh",),
    ),
    (
        "en_guest_post_by",
        "https://slowtravel-notes.example.com/2024/05/crossing-at-dawn",
        news(
            "en",
            "Crossing at dawn",
            '<p class="guest">Guest post by <a href="/contributors/ines">Inès Vautrin</a></p>'
            '<time datetime="2024-05-14">May 14, 2024</time>',
            site="Slow Travel Notes",
        ),
        ("Inès Vautrin",),
    ),
    (
        "en_interview_x_with_y",
        "https://harbour-voices.example.com/interviews/the-last-ferryman",
        news(
            "en",
            "“The river never sleeps”",
            by("Interview: Clara Whitcombe with ferryman Bogdan Ilic"),
            site="Harbour Voices",
        ),
        ("Clara Whitcombe",),
    ),
    (
        "es_translated_by",
        "https://letras-del-rio.example.es/ensayos/el-ultimo-cruce",
        news(
            "es",
            "El último cruce",
            '<span class="byline">Por Hannelore Brückner</span> <span class="translator">'
            "Traducido por Marta Iglesias</span>",
            site="Letras del Río",
        ),
        ("Hannelore Brückner",),
    ),
    (
        "en_photos_and_text_by",
        "https://lens-and-river.example.com/essays/ferry-at-night",
        news(
            "en",
            "A night on the ferry",
            '<p class="byline">Photos and text by Augustin Mbeki</p>'
            '<time datetime="2024-05-14">May 14, 2024</time>',
            site="Lens and River",
        ),
        ("Augustin Mbeki",),
    ),
]

PROBES: list[tuple[Any, ...]] = NEWS + NONNEWS

# The blind misses (newsextract 39 of 47 pages right, author-set F1 0.887; trafilatura 1 of
# 47, F1 0.021: it reads the "most read" teasers' writer on most pages). Fixed since: a
# sidebar's teaser list read as an author box, a hyphened particle ("al-Farsi"), "Photos and
# text by", "Contributors:", a wire's "Writing by" after a place ("in Prague;")
# (``test_byline_probe_2_causes``). Left open, with reasons:
_OPEN: dict[tuple[str, str], str] = {
    ("en_name_comma_agency", "authors"): (
        "a convention question: the project credits an agency beside a writer (test_byline_dash"
        "_outlets: 'By Jane Doe - Reuters'), this probe's decision does not"
    ),
    ("en_product_review_editor", "authors"): (
        "'Reviewed by' is a checker's credit (health pages' 'Medically reviewed by')"
    ),
}
_CASES = field_cases(PROBES, FIELDS, _OPEN)


@pytest.mark.parametrize(("url", "html", "field", "want"), _CASES)
def test_blind_byline_probe_2(url: str, html: str, field: str, want: object) -> None:
    got = getattr(newsextract.extract(html, url=url), field)
    assert matches(field, got, want), f"{field}: {got!r}"


if __name__ == "__main__":  # pragma: no cover
    report_authors(PROBES)
