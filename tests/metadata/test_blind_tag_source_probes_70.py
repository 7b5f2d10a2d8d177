"""A fifth blind probe of tags (issue 12), with the categories, the credited ``source``, the
``publisher`` and the ``lead`` beside them, its truth written before running anything: pages
in 27 languages and 9 scripts, a third of them no news (blog posts, recipes, a shop's
product, a tutorial, a podcast episode, a travel guide): tag labels the language files lack
("Labels:", "Marcadores:", "Ярлыки:", "Argomenti correlati", "この記事のタグ"), tags as
``rel=tag`` links, as topic chips and as hashtags, ``article:tag`` repeated or joined,
``news_keywords``/``keywords`` stuffed beside a shorter list that agrees, JSON-LD
``keywords`` as a string and as a list; the look-alikes that are no tags of the page (a
sidebar's tag cloud under "Метки", a "Related topics" box of other stories); categories from
``article:section``, a JSON-LD or visible breadcrumb, a kicker; credits at the start, the
end and in the dateline ("Źródło:", "出典：", "来源：", "Kaynak:", "(ANSA)", "— Reuters") and
credits of a picture or a chart that credit no text; the standfirst beside a photo caption
and a different ``og:description``; the publisher from JSON-LD, ``og:site_name`` and the
copyright line, never the host's slug. The conventions are docs/fields.md's: the first
source's list narrowed by a shorter one that agrees (so a stuffed ``keywords`` loses to the
story's ``article:tag``), ``article:section`` before a breadcrumb, a standfirst before the
descriptions. ``python -m tests.metadata.test_blind_tag_source_probes_70`` prints both tools'
hits (trafilatura has no source field: its source is None). Every site, name and text here
is invented."""

from __future__ import annotations

from typing import Any

import pytest
from tests.metadata.language_probes.kit import field_cases, matches
from tests.metadata.test_blind_tag_probes_2 import links, meta
from tests.metadata.test_blind_tag_probes_3 import metas
from tests.metadata.test_blind_tag_probes_68 import report
from tests.metadata.title_pages import ld, page, paragraphs

import newsextract

FIELDS = ("tags", "categories", "publisher", "source", "lead")

# One sentence per language: the harbour ferry runs on Sundays again from next week.
FERRY = {
    "en": "The harbour ferry will run on Sundays again from next week, the port authority "
    "said after repairs to the landing stage took longer than planned.",
    "fr": "Le bac du port circulera de nouveau le dimanche dès la semaine prochaine, a indiqué "
    "la capitainerie après des travaux plus longs que prévu sur l'embarcadère.",
    "de": "Die Hafenfähre fährt ab nächster Woche wieder sonntags, teilte die Hafenbehörde "
    "mit, nachdem die Reparatur des Anlegers länger gedauert hatte als geplant.",
    "es": "El transbordador del puerto volverá a funcionar los domingos a partir de la próxima "
    "semana, informó la autoridad portuaria tras unas obras más largas de lo previsto.",
    "it": "Il traghetto del porto tornerà a viaggiare la domenica dalla prossima settimana, ha "
    "comunicato l'autorità portuale dopo lavori al pontile più lunghi del previsto.",
    "pt": "A balsa do porto volta a operar aos domingos a partir da próxima semana, informou a "
    "autoridade portuária depois de obras no cais mais demoradas do que o previsto.",
    "nl": "Het havenveer vaart vanaf volgende week weer op zondag, meldde het havenbedrijf nadat "
    "het herstel van de aanlegsteiger langer had geduurd dan gepland.",
    "pl": "Prom portowy od przyszłego tygodnia znów będzie kursował w niedziele, poinformował "
    "zarząd portu po remoncie przystani, który trwał dłużej niż planowano.",
    "ru": "Портовый паром со следующей недели снова будет ходить по воскресеньям, сообщила "
    "администрация порта после затянувшегося ремонта причала.",
    "uk": "Портовий пором із наступного тижня знову курсуватиме по неділях, повідомила "
    "адміністрація порту після ремонту причалу, що тривав довше, ніж планували.",
    "bg": "Пристанищният ферибот отново ще пътува в неделя от следващата седмица, съобщи "
    "пристанищната администрация след ремонт на кея, който се забави.",
    "tr": "Liman feribotu gelecek haftadan itibaren yeniden pazar günleri sefer yapacak; liman "
    "idaresi iskele onarımının planlanandan uzun sürdüğünü açıkladı.",
    "cs": "Přístavní trajekt bude od příštího týdne znovu jezdit i v neděli, oznámila správa "
    "přístavu po opravě mola, která trvala déle, než se plánovalo.",
    "hu": "A kikötői komp jövő héttől ismét közlekedik vasárnaponként, közölte a kikötői "
    "hatóság, miután a móló javítása a tervezettnél tovább tartott.",
    "ro": "Feribotul portului va circula din nou duminica de săptămâna viitoare, a anunțat "
    "autoritatea portuară după ce reparația debarcaderului a durat mai mult decât se plănuise.",
    "fi": "Satamalautta liikennöi ensi viikosta alkaen taas sunnuntaisin, satamalaitos kertoi "
    "laiturin korjauksen venyttyä suunniteltua pidemmäksi.",
    "da": "Havnefærgen sejler igen om søndagen fra næste uge, oplyser havnen, efter at "
    "reparationen af anløbsbroen tog længere tid end planlagt.",
    "sv": "Hamnfärjan går åter på söndagar från nästa vecka, meddelade hamnbolaget efter att "
    "reparationen av bryggan tagit längre tid än planerat.",
    "ja": "港のフェリーは来週から日曜日の運航を再開すると港湾局が発表した。桟橋の修理が予定より"
    "長引いていた。",
    "zh": "港口渡轮将从下周起恢复周日航班，港务局表示码头维修耗时比原计划更长。",
    "ko": "항구 여객선이 다음 주부터 일요일 운항을 다시 시작한다고 항만청이 밝혔다. 선착장 보수가 "
    "예정보다 길어졌다.",
    "ar": "ستعود عبارة الميناء إلى العمل أيام الأحد اعتبارا من الأسبوع المقبل، وفق ما أعلنت "
    "سلطة الميناء بعد أن استغرقت أعمال إصلاح الرصيف وقتا أطول من المتوقع.",
    "fa": "کشتی مسافربری بندر از هفته آینده دوباره روزهای یکشنبه کار می‌کند؛ اداره بندر گفت "
    "تعمیر اسکله بیش از برنامه طول کشید.",
    "hi": "बंदरगाह की फेरी अगले सप्ताह से फिर रविवार को चलेगी, बंदरगाह प्राधिकरण ने बताया कि घाट की "
    "मरम्मत में योजना से अधिक समय लगा।",
    "el": "Το πορθμείο του λιμανιού θα εκτελεί ξανά δρομολόγια τις Κυριακές από την επόμενη "
    "εβδομάδα, ανακοίνωσε το λιμεναρχείο μετά από εργασίες στην προβλήτα.",
    "he": "המעבורת בנמל תחזור לפעול בימי ראשון החל מהשבוע הבא, כך מסרה רשות הנמל לאחר שתיקון "
    "המזח נמשך יותר מהמתוכנן.",
    "th": "เรือข้ามฟากของท่าเรือจะกลับมาให้บริการในวันอาทิตย์ตั้งแต่สัปดาห์หน้า "
    "การท่าเรือระบุว่าการซ่อมท่าเทียบเรือใช้เวลานานกว่าที่วางแผนไว้",
    "id": "Kapal feri pelabuhan kembali beroperasi pada hari Minggu mulai pekan depan, kata "
    "otoritas pelabuhan setelah perbaikan dermaga memakan waktu lebih lama dari rencana.",
    "vi": "Phà cảng sẽ hoạt động trở lại vào Chủ nhật từ tuần sau, ban quản lý cảng cho biết "
    "sau khi việc sửa chữa bến kéo dài hơn dự kiến.",
    # Languages the dev sets lack (wave 74's tag probes)
    "sw": "Feri ya bandari itaanza tena safari za Jumapili kuanzia wiki ijayo, mamlaka ya "
    "bandari ilisema baada ya ukarabati wa gati kuchukua muda mrefu kuliko ilivyopangwa.",
    "ka": "ნავსადგურის ბორანი მომავალი კვირიდან კვირაობით ისევ იმოძრავებს, განაცხადა "
    "ნავსადგურის ადმინისტრაციამ მისადგომის შეკეთების შემდეგ.",
    "hy": "Նավահանգստի լաստանավը հաջորդ շաբաթվանից կրկին կերթևեկի կիրակի օրերին, հայտնել է "
    "նավահանգստի վարչությունը նավամատույցի վերանորոգումից հետո։",
    "is": "Hafnarferjan siglir aftur á sunnudögum frá og með næstu viku, sagði hafnarstjórn "
    "eftir að viðgerð á bryggjunni tók lengri tíma en áætlað var.",
    "ms": "Feri pelabuhan akan beroperasi semula pada hari Ahad mulai minggu depan, kata pihak "
    "berkuasa pelabuhan selepas kerja baik pulih jeti mengambil masa lebih lama.",
    "ne": "बन्दरगाहको फेरी अर्को हप्तादेखि फेरि आइतबार चल्नेछ, बन्दरगाह प्राधिकरणले घाटको "
    "मर्मत योजनाभन्दा लामो भएको जनाएको छ।",
}


def harbour(
    lang: str,
    h1: str,
    *,
    name: str | None,
    head: str = "",
    crumbs: str = "",
    over: str = "",
    under: str = "",
    tail: str = "",
    side: str = "",
    foot: str = "",
    kind: str = "news",
) -> str:
    """A page: a header with the logo text "Home", a trail ``crumbs``, the article (``over``
    the headline, ``under`` it, two paragraphs, ``tail`` after them), a sidebar ``side`` and a
    footer ``foot``; ``og:site_name`` is ``name`` (none when None); ``kind`` is the article
    element's class (``news``, ``post``, ``recipe``, ``product``...)."""
    og = f'<meta property="og:title" content="{h1}"><meta property="og:type" content="article">'
    if name:
        og += f'<meta property="og:site_name" content="{name}">'
    text = paragraphs(FERRY[lang], FERRY[lang])
    return page(
        lang,
        h1,
        og + head,
        '<header class="top"><a class="home" href="/">Home</a><nav class="main-nav"><a '
        f'href="/a/">A</a> <a href="/b/">B</a></nav></header>{crumbs}<main><article '
        f'class="{kind}">{over}<h1>{h1}</h1>{under}<div class="entry">{text}</div>{tail}'
        f'</article></main><aside class="widgets">{side}</aside><footer>{foot}</footer>',
    )


def line(label: str, *items: str, path: str = "tag", sep: str = ", ", rel: str = "") -> str:
    """A labelled line of links in a footer box of the post ("Labels: <a>…</a>, <a>…</a>")."""
    return (
        f'<div class="post-footer-line"><span>{label} {links(items, path, sep, rel)}</span></div>'
    )


def boxed(heading: str, *items: str, path: str = "tag") -> str:
    """A box whose heading is the label and whose list holds the links."""
    lis = "".join(f"<li>{link}</li>" for link in links(items, path, "\n").split("\n"))
    return f'<section class="box"><h2>{heading}</h2><ul>{lis}</ul></section>'


def trail(*crumbs: tuple[str, str]) -> str:
    """A visible breadcrumb: "Home" then the crumbs (text, href); the last is the page's."""
    items = '<li><a href="/">Home</a></li>' + "".join(
        f'<li><a href="{href}">{text}</a></li>' for text, href in crumbs
    )
    return f'<nav class="breadcrumb"><ol>{items}</ol></nav>'


def described(text: str) -> str:
    return f'<meta property="og:description" content="{text}">' + meta("description", text)


# A probe: name, url, html, tags, categories, publisher, source, lead (``...`` not judged).
PROBES: list[tuple[Any, ...]] = [
    # Tag labels of blog platforms and news themes that the language files lack.
    (
        "en_blog_labels_line",
        "https://crumbdiaries.example.com/2025/06/sunday-rye.html",
        harbour(
            "en",
            "A Sunday rye for the ferry crowd",
            name="Crumb Diaries",
            kind="post hentry",
            tail=line("Labels:", "Sourdough", "Rye bread", path="search/label"),
        ),
        ("Sourdough", "Rye bread"),  # Blogger's "Labels:" are the post's tags
        (),
        "Crumb Diaries",
        None,
        ...,
    ),
    (
        "pt_blog_marcadores",
        "https://cozinhadobeto.example.com.br/2025/06/pao-de-domingo.html",
        harbour(
            "pt",
            "Pão de domingo para levar na balsa",
            name="Cozinha do Beto",
            kind="post hentry",
            tail=line("Marcadores:", "pães", "receitas de domingo", path="search/label"),
        ),
        ("pães", "receitas de domingo"),  # Blogger's labels in Portuguese
        (),
        "Cozinha do Beto",
        None,
        ...,
    ),
    (
        "pl_blog_etykiety",
        "https://zaglowanie-po-godzinach.example.pl/2025/06/prom-w-niedziele.html",
        harbour(
            "pl",
            "Promem w niedzielę: krótki poradnik",
            name="Żeglowanie po godzinach",
            kind="post hentry",
            tail=line("Etykiety:", "promy", "porady", path="search/label"),
        ),
        ("promy", "porady"),  # Blogger's labels in Polish
        (),
        "Żeglowanie po godzinach",
        None,
        ...,
    ),
    (
        "ru_blog_yarlyki",
        "https://morskie-zametki.example.ru/2025/06/parom.html",
        harbour(
            "ru",
            "Паром по воскресеньям: заметки путешественника",
            name="Морские заметки",
            kind="post hentry",
            tail=line("Ярлыки:", "паромы", "путешествия", path="search/label"),
        ),
        ("паромы", "путешествия"),  # Blogger's labels in Russian
        (),
        "Морские заметки",
        None,
        ...,
    ),
    (
        "it_argomenti_correlati",
        "https://corriere-del-molo.example.it/cronaca/traghetto-domenica",
        harbour(
            "it",
            "Il traghetto torna la domenica",
            name="Corriere del Molo",
            tail=boxed("Argomenti correlati", "traghetti", "porto di Ancona", path="argomenti"),
        ),
        ("traghetti", "porto di Ancona"),  # "related topics", links to topic pages
        ...,
        "Corriere del Molo",
        None,
        ...,
    ),
    (
        "es_temas_relacionados",
        "https://diario-de-la-bahia.example.es/local/transbordador-domingos",
        harbour(
            "es",
            "El transbordador vuelve los domingos",
            name="Diario de la Bahía",
            tail=boxed("Temas relacionados", "transporte marítimo", "Vigo", path="temas"),
        ),
        ("transporte marítimo", "Vigo"),
        ...,
        "Diario de la Bahía",
        None,
        ...,
    ),
    (
        "de_themen_dieses_artikels",
        "https://hafenkurier.example.de/region/faehre-sonntags",
        harbour(
            "de",
            "Hafenfähre fährt wieder sonntags",
            name="Hafenkurier",
            tail=line("Themen dieses Artikels:", "Fähren", "Kiel", path="thema", sep=" "),
        ),
        ("Fähren", "Kiel"),  # "topics of this article"
        ...,
        "Hafenkurier",
        None,
        ...,
    ),
    (
        "nl_lees_meer_over",
        "https://kustbode.example.nl/regio/veer-weer-op-zondag",
        harbour(
            "nl",
            "Havenveer vaart weer op zondag",
            name="De Kustbode",
            tail=line("Lees meer over:", "veerdiensten", "Vlissingen", path="onderwerp"),
        ),
        ("veerdiensten", "Vlissingen"),  # "read more about"
        ...,
        "De Kustbode",
        None,
        ...,
    ),
    (
        "cs_souvisejici_temata",
        "https://pristavni-listy.example.cz/domov/trajekt-v-nedeli",
        harbour(
            "cs",
            "Trajekt bude znovu jezdit v neděli",
            name="Přístavní listy",
            tail=line("Související témata:", "trajekty", "doprava", path="tema"),
        ),
        ("trajekty", "doprava"),  # "related topics"
        ...,
        "Přístavní listy",
        None,
        ...,
    ),
    (
        "hu_kapcsolodo_temak",
        "https://kikotoi-hirek.example.hu/belfold/komp-vasarnap",
        harbour(
            "hu",
            "Vasárnap is jár a komp",
            name="Kikötői Hírek",
            tail=line("Kapcsolódó témák:", "komp", "közlekedés", path="cimke"),
        ),
        ("komp", "közlekedés"),  # "related topics"
        ...,
        "Kikötői Hírek",
        None,
        ...,
    ),
    (
        "el_sxetikes_etiketes",
        "https://limani-simera.example.gr/koinonia/porthmeio-kyriaki",
        harbour(
            "el",
            "Ξανά δρομολόγια την Κυριακή για το πορθμείο",
            name="Λιμάνι Σήμερα",
            tail=line("Σχετικές ετικέτες:", "πορθμεία", "Πειραιάς", path="tag"),
        ),
        ("πορθμεία", "Πειραιάς"),  # "related tags"
        ...,
        "Λιμάνι Σήμερα",
        None,
        ...,
    ),
    (
        "ko_gwanryeon_taegeu",
        "https://hangman-ilbo.example.kr/society/ferry-sunday",
        harbour(
            "ko",
            "항구 여객선 일요일 운항 재개",
            name="항만일보",
            tail=boxed("관련 태그", "여객선", "부산항", path="tag"),
        ),
        ("여객선", "부산항"),  # "related tags"
        ...,
        "항만일보",
        None,
        ...,
    ),
    (
        "ja_kono_kiji_no_tagu",
        "https://minato-times.example.jp/news/ferry-sunday",
        harbour(
            "ja",
            "港のフェリー、日曜運航を再開",
            name="みなとタイムズ",
            tail=boxed("この記事のタグ", "フェリー", "横浜港", path="tag"),
        ),
        ("フェリー", "横浜港"),  # "this article's tags"
        ...,
        "みなとタイムズ",
        None,
        ...,
    ),
    (
        "zh_benwen_guanjianci",
        "https://gangcheng-news.example.cn/shehui/ferry-sunday",
        harbour(
            "zh",
            "港口渡轮恢复周日航班",
            name="港城新闻网",
            tail=line("本文关键词：", "渡轮", "青岛港", path="tag", sep=" "),
        ),
        ("渡轮", "青岛港"),  # "this article's keywords"
        ...,
        "港城新闻网",
        None,
        ...,
    ),
    (
        "ar_mawadie_dhat_sila",
        "https://sada-almina.example.com/local/ferry-sunday",
        harbour(
            "ar",
            "عودة العبارة أيام الأحد",
            name="صدى الميناء",
            tail=line("مواضيع ذات صلة:", "العبارات", "ميناء الإسكندرية", path="tag"),
        ),
        ("العبارات", "ميناء الإسكندرية"),  # "related topics", links to tag pages
        ...,
        "صدى الميناء",
        None,
        ...,
    ),
    (
        "hi_topics_label",
        "https://bandargah-samachar.example.in/desh/ferry-ravivar",
        harbour(
            "hi",
            "बंदरगाह की फेरी रविवार को फिर चलेगी",
            name="बंदरगाह समाचार",
            tail=line("टॉपिक्स:", "फेरी", "मुंबई बंदरगाह", path="topic"),
        ),
        ("फेरी", "मुंबई बंदरगाह"),  # "topics", as Hindi sites write it
        ...,
        "बंदरगाह समाचार",
        None,
        ...,
    ),
    (
        "he_nosim_kshurim",
        "https://hanamal-hayom.example.co.il/news/ferry-sunday",
        harbour(
            "he",
            "המעבורת חוזרת לפעול בימי ראשון",
            name="הנמל היום",
            tail=line("נושאים קשורים:", "מעבורות", "נמל חיפה", path="tag"),
        ),
        ("מעבורות", "נמל חיפה"),  # "related topics"
        ...,
        "הנמל היום",
        None,
        ...,
    ),
    (
        "fi_lisaa_aiheesta",
        "https://satamasanomat.example.fi/kotimaa/lautta-sunnuntaisin",
        harbour(
            "fi",
            "Satamalautta kulkee taas sunnuntaisin",
            name="Satamasanomat",
            tail=line("Lisää aiheesta:", "lautat", "Turku", path="aihe"),
        ),
        ("lautat", "Turku"),  # "more on the topic", links to topic pages
        ...,
        "Satamasanomat",
        None,
        ...,
    ),
    # The same tags as rel=tag links, topic chips, hashtags and markup.
    (
        "en_topic_chips_under_headline",
        "https://baysidewire.example.com/news/ferry-sundays",
        harbour(
            "en",
            "Harbour ferry back on Sundays",
            name="Bayside Wire",
            under='<ul class="chips"><li><a href="/topics/ferries">Ferries</a></li>'
            '<li><a href="/topics/port-authority">Port authority</a></li></ul>',
            side='<div class="tagcloud"><a href="/topics/weather">Weather</a> '
            '<a href="/topics/elections">Elections</a> <a href="/topics/sport">Sport</a></div>',
        ),
        ("Ferries", "Port authority"),  # the chips, not the sidebar's cloud
        ...,
        "Bayside Wire",
        None,
        ...,
    ),
    (
        "fr_hashtag_links_paragraph",
        "https://ouest-rivage.example.fr/actu/bac-dimanche",
        harbour(
            "fr",
            "Le bac revient le dimanche",
            name="Ouest Rivage",
            tail='<p><a href="/hashtag/bac">#bac</a> <a href="/hashtag/lorient">#Lorient</a></p>',
        ),
        ("#bac", "#Lorient"),  # hashtags as the page writes them
        ...,
        "Ouest Rivage",
        None,
        ...,
    ),
    (
        "pl_one_article_tag_and_stuffed_keywords",
        "https://gazeta-portowa.example.pl/wiadomosci/prom-niedziela",
        harbour(
            "pl",
            "Prom wraca w niedziele",
            name="Gazeta Portowa",
            head=metas("article:tag", "promy, Gdynia, transport")
            + meta(
                "keywords",
                "wiadomości, informacje, promy, Gdynia, transport, Polska, najnowsze, pogoda",
            ),
        ),
        ("promy", "Gdynia", "transport"),  # the story's three; the keywords stuff more
        ...,
        "Gazeta Portowa",
        None,
        ...,
    ),
    (
        "en_jsonld_keywords_list_and_stuffed_news_keywords",
        "https://tidewater-herald.example.com/local/ferry-sunday-service",
        harbour(
            "en",
            "Ferry Sunday service to resume",
            name="Tidewater Herald",
            head=ld(
                "NewsArticle",
                headline="Ferry Sunday service to resume",
                keywords=["ferry", "Sunday service", "port authority"],
            )
            + meta(
                "news_keywords",
                "ferry, Sunday service, port authority, news, breaking news, local news",
            ),
        ),
        ("ferry", "Sunday service", "port authority"),
        ...,
        "Tidewater Herald",
        None,
        ...,
    ),
    (
        "es_jsonld_keywords_string_and_rel_tag",
        "https://voz-del-puerto.example.es/local/transbordador",
        harbour(
            "es",
            "Vuelve el transbordador dominical",
            name="La Voz del Puerto",
            head=ld(
                "NewsArticle",
                headline="Vuelve el transbordador dominical",
                keywords="transbordador,domingos,Cádiz",
            ),
            tail=line("Etiquetas:", "transbordador", "domingos", "Cádiz", rel="tag"),
        ),
        ("transbordador", "domingos", "Cádiz"),
        ...,
        "La Voz del Puerto",
        None,
        ...,
    ),
    (
        "it_jsonld_keywords_list_of_one_joined_string",
        "https://eco-del-porto.example.it/cronaca/traghetto",
        harbour(
            "it",
            "Traghetto, si riparte la domenica",
            name="Eco del Porto",
            head=ld(
                "NewsArticle",
                headline="Traghetto, si riparte la domenica",
                keywords=["traghetti, domenica, Livorno"],
            ),
        ),
        ("traghetti", "domenica", "Livorno"),  # one string in the list, joined by commas
        ...,
        "Eco del Porto",
        None,
        ...,
    ),
    (
        "uk_repeated_article_tag",
        "https://portovi-visti.example.ua/suspilstvo/porom-nedilia",
        harbour(
            "uk",
            "Пором знову курсуватиме по неділях",
            name="Портові вісті",
            head=metas("article:tag", "пороми", "Одеса", "транспорт"),
        ),
        ("пороми", "Одеса", "транспорт"),
        ...,
        "Портові вісті",
        None,
        ...,
    ),
    (
        "vi_unlinked_tag_line",
        "https://bao-ben-cang.example.vn/xa-hoi/pha-chu-nhat",
        harbour(
            "vi",
            "Phà cảng hoạt động lại vào Chủ nhật",
            name="Báo Bến Cảng",
            tail='<p class="tags">Từ khóa: phà, Hải Phòng, giao thông</p>',
        ),
        ("phà", "Hải Phòng", "giao thông"),
        ...,
        "Báo Bến Cảng",
        None,
        ...,
    ),
    (
        "tr_trending_bar_and_etiketler",
        "https://liman-postasi.example.com.tr/gundem/feribot-pazar",
        harbour(
            "tr",
            "Feribot pazar seferlerine yeniden başlıyor",
            name="Liman Postası",
            over='<div class="gundem-bar"><b>Gündem</b> <a href="/etiket/secim/">Seçim</a> '
            '<a href="/etiket/deprem/">Deprem</a> <a href="/etiket/enflasyon/">Enflasyon</a></div>',
            tail=line("Etiketler:", "feribot", "İzmir", path="etiket"),
        ),
        ("feribot", "İzmir"),  # the article's labelled tags, not the day's agenda bar
        ...,
        "Liman Postası",
        None,
        ...,
    ),
    # Look-alikes that are no tags of the page.
    (
        "ru_sidebar_tag_cloud_under_metki",
        "https://primorskie-vesti.example.ru/obshchestvo/parom",
        harbour(
            "ru",
            "Паром снова выходит по воскресеньям",
            name="Приморские вести",
            side='<section class="widget widget_tag_cloud"><h3>Метки</h3><div class="tagcloud">'
            '<a href="/tag/vybory/">выборы</a> <a href="/tag/pogoda/">погода</a> '
            '<a href="/tag/sport/">спорт</a></div></section>',
        ),
        (),  # the site's cloud in the sidebar names no topic of this story
        ...,
        "Приморские вести",
        None,
        ...,
    ),
    (
        "en_related_topics_box_of_stories",
        "https://northshore-daily.example.com/news/2025/06/03/ferry-sundays",
        harbour(
            "en",
            "Sunday ferries return",
            name="Northshore Daily",
            tail=boxed(
                "Related topics",
                "Bridge closure extended for a third week",
                "Bus timetable changes this summer",
                path="news/2025/06/01",
            ),
        ),
        (),  # the box lists other stories, not topics
        ...,
        "Northshore Daily",
        None,
        ...,
    ),
    (
        "de_teaser_topics_of_other_stories",
        "https://ostsee-blatt.example.de/region/faehre",
        harbour(
            "de",
            "Fähre fährt wieder sonntags",
            name="Ostsee-Blatt",
            tail=line("Schlagworte:", "Fähren", "Rostock", path="thema", sep=" "),
            side='<div class="teaser"><h3><a href="/region/bruecke-gesperrt">Brücke gesperrt'
            '</a></h3><ul class="tags"><li><a href="/thema/bruecken">Brücken</a></li>'
            '<li><a href="/thema/verkehr">Verkehr</a></li></ul></div>',
        ),
        ("Fähren", "Rostock"),  # a teaser's topics in the sidebar are another story's
        ...,
        "Ostsee-Blatt",
        None,
        ...,
    ),
    # Categories.
    (
        "en_section_meta_before_breadcrumb",
        "https://harbourline.example.co.uk/travel/ferry-sundays",
        harbour(
            "en",
            "Ferry to sail on Sundays again",
            name="Harbourline",
            head='<meta property="article:section" content="Travel">',
            crumbs=trail(("News", "/news/"), ("Local", "/news/local/")),
        ),
        ...,
        ("Travel",),  # article:section ranks before a trail
        "Harbourline",
        None,
        ...,
    ),
    (
        "fr_visible_breadcrumb_only",
        "https://le-phare-breton.example.fr/societe/transports/bac-dimanche",
        harbour(
            "fr",
            "Le bac reprend du service le dimanche",
            name="Le Phare breton",
            crumbs=trail(
                ("Société", "/societe/"),
                ("Transports", "/societe/transports/"),
                ("Le bac reprend du service le dimanche", "/societe/transports/bac-dimanche"),
            ),
        ),
        ...,
        ("Société", "Transports"),  # the trail without home and the headline
        "Le Phare breton",
        None,
        ...,
    ),
    (
        "pl_jsonld_breadcrumb_with_year",
        "https://kurier-baltycki.example.pl/kraj/2025/prom-w-niedziele",
        harbour(
            "pl",
            "Prom znów w niedziele",
            name="Kurier Bałtycki",
            head=ld(
                "BreadcrumbList",
                itemListElement=[
                    {"@type": "ListItem", "position": i + 1, "name": n, "item": u}
                    for i, (n, u) in enumerate(
                        [
                            ("Strona główna", "https://kurier-baltycki.example.pl/"),
                            ("Kraj", "https://kurier-baltycki.example.pl/kraj/"),
                            ("2025", "https://kurier-baltycki.example.pl/kraj/2025/"),
                            ("Prom znów w niedziele", "https://kurier-baltycki.example.pl/x"),
                        ]
                    )
                ],
            ),
        ),
        ...,
        ("Kraj",),  # a year is a step of the calendar
        "Kurier Bałtycki",
        None,
        ...,
    ),
    (
        "ja_breadcrumb_aria_label",
        "https://kowan-shimbun.example.jp/shakai/ferry",
        harbour(
            "ja",
            "フェリー日曜便が復活",
            name="港湾新聞",
            crumbs='<nav aria-label="パンくずリスト"><ol><li><a href="/">トップ</a></li>'
            '<li><a href="/shakai/">社会</a></li><li>フェリー日曜便が復活</li></ol></nav>',
        ),
        ...,
        ("社会",),
        "港湾新聞",
        None,
        ...,
    ),
    (
        "el_kicker_section_link",
        "https://nea-tou-limaniou.example.gr/koinonia/porthmeio",
        harbour(
            "el",
            "Το πορθμείο επιστρέφει τις Κυριακές",
            name="Νέα του Λιμανιού",
            over='<a class="kicker" href="/koinonia/">Κοινωνία</a>',
        ),
        ...,
        ("Κοινωνία",),  # the section link right before the headline
        "Νέα του Λιμανιού",
        None,
        ...,
    ),
    # Who the text is credited to.
    (
        "pl_zrodlo_closing",
        "https://nad-zatoka.example.pl/region/prom",
        harbour("pl", "Prom w niedziele", name="Nad Zatoką", tail="<p>Źródło: PAP</p>"),
        ...,
        ...,
        "Nad Zatoką",
        "PAP",
        ...,
    ),
    (
        "ja_shutten_closing",
        "https://umibe-shimpo.example.jp/news/ferry",
        harbour("ja", "フェリー日曜運航へ", name="うみべ新報", tail="<p>出典：共同通信</p>"),
        ...,
        ...,
        "うみべ新報",
        "共同通信",
        ...,
    ),
    (
        "zh_laiyuan_in_info_line",
        "https://haibin-ribao.example.cn/shehui/dulun",
        harbour(
            "zh",
            "渡轮恢复周日航班",
            name="海滨日报",
            under='<div class="info"><span>2025-06-03 10:00</span> <span>来源：新华社</span></div>',
        ),
        ...,
        ...,
        "海滨日报",
        "新华社",  # the info line under the headline: date and source
        ...,
    ),
    (
        "tr_dateline_aa",
        "https://ege-haber.example.com.tr/gundem/feribot",
        harbour(
            "tr",
            "Feribot pazar seferleri başlıyor",
            name="Ege Haber",
            under="<p>İZMİR (AA) - Liman feribotu yeniden pazar günleri sefer yapacak.</p>",
        ),
        ...,
        ...,
        "Ege Haber",
        "AA",  # the dateline's agency
        ...,
    ),
    (
        "ru_istochnik_top",
        "https://vesti-gavani.example.ru/obshchestvo/parom-voskresenye",
        harbour(
            "ru",
            "Паром вернётся в воскресенье",
            name="Вести гавани",
            under="<p>Источник: ТАСС</p>",
        ),
        ...,
        ...,
        "Вести гавани",
        "ТАСС",
        ...,
    ),
    (
        "uk_dzherelo_closing",
        "https://chornomorski-novyny.example.ua/suspilstvo/porom",
        harbour(
            "uk", "Пором повертається", name="Чорноморські новини", tail="<p>Джерело: Укрінформ</p>"
        ),
        ...,
        ...,
        "Чорноморські новини",
        "Укрінформ",
        ...,
    ),
    (
        "ko_chulcheo_closing",
        "https://badanews.example.kr/society/ferry",
        harbour("ko", "여객선 일요일 운항", name="바다뉴스", tail="<p>출처: 연합뉴스</p>"),
        ...,
        ...,
        "바다뉴스",
        "연합뉴스",
        ...,
    ),
    (
        "fr_source_space_colon",
        "https://gazette-des-quais.example.fr/actu/bac",
        harbour(
            "fr",
            "Le bac du dimanche revient",
            name="La Gazette des quais",
            tail="<p>Source : AFP</p>",
        ),
        ...,
        ...,
        "La Gazette des quais",
        "AFP",  # French typography's space before the colon
        ...,
    ),
    (
        "it_ansa_closing_brackets",
        "https://la-banchina.example.it/cronaca/traghetto",
        harbour("it", "Traghetto di domenica", name="La Banchina", tail="<p>(ANSA)</p>"),
        ...,
        ...,
        "La Banchina",
        "ANSA",
        ...,
    ),
    (
        "en_reuters_dash_closing_in_em",
        "https://coastal-ledger.example.com/world/ferry",
        harbour(
            "en",
            "Ferry resumes Sunday runs",
            name="Coastal Ledger",
            tail="<p><em>— Reuters</em></p>",
        ),
        ...,
        ...,
        "Coastal Ledger",
        "Reuters",
        ...,
    ),
    (
        "en_caption_credit_is_no_source",
        "https://riverbend-post.example.com/local/ferry",
        harbour(
            "en",
            "Ferry to run Sundays",
            name="Riverbend Post",
            under='<figure><img src="/f.jpg" alt=""><figcaption>The ferry at the landing stage. '
            "(Reuters)</figcaption></figure>",
        ),
        ...,
        ...,
        "Riverbend Post",
        None,  # the picture's credit, not the text's
        ...,
    ),
    (
        "es_chart_fuente_is_no_source",
        "https://noticias-del-muelle.example.es/economia/transbordador",
        harbour(
            "es",
            "Más pasajeros en el transbordador",
            name="Noticias del Muelle",
            tail='<figure><img src="/grafico.png" alt="Gráfico"><figcaption>Fuente: INE'
            "</figcaption></figure>",
        ),
        ...,
        ...,
        "Noticias del Muelle",
        None,  # the chart's figures are credited, not the text
        ...,
    ),
    (
        "de_blog_quelle_wikipedia",
        "https://faehrenfreund.example.de/2025/06/sonntagsfaehre/",
        harbour(
            "de",
            "Sonntags mit der Fähre: eine kleine Geschichte",
            name="Fährenfreund",
            kind="post hentry",
            tail="<p>Quelle: Wikipedia</p>",
        ),
        ...,
        ...,
        "Fährenfreund",
        "Wikipedia",
        ...,
    ),
    (
        "hi_input_bhasha",
        "https://tat-khabar.example.in/desh/ferry",
        harbour("hi", "फेरी रविवार को चलेगी", name="तट खबर", tail="<p>इनपुट: भाषा</p>"),
        ...,
        ...,
        "तट खबर",
        "भाषा",  # PTI's Hindi service credited as input
        ...,
    ),
    # The lead beside a photo caption and another description.
    (
        "en_standfirst_after_caption",
        "https://quayside-times.example.com/news/ferry",
        harbour(
            "en",
            "Sunday ferry is back",
            name="Quayside Times",
            head=described("Read the latest local news from Quayside Times."),
            under='<figure><img src="/f.jpg" alt=""><figcaption>Passengers queue at the landing '
            'stage on a summer evening.</figcaption></figure><p class="standfirst">Repairs to '
            "the landing stage are finished, and the Sunday timetable returns next week.</p>",
        ),
        ...,
        ...,
        "Quayside Times",
        None,
        "Repairs to the landing stage are finished, and the Sunday timetable returns next week.",
    ),
    (
        "fr_chapo_and_og_description",
        "https://l-escale.example.fr/actu/bac",
        harbour(
            "fr",
            "Le bac de retour le dimanche",
            name="L'Escale",
            head=described("Le bac du port reprend ses rotations dominicales."),
            under='<div class="chapo"><p>Après des travaux sur l\'embarcadère, les rotations '
            "du dimanche reprennent dès la semaine prochaine.</p></div>",
        ),
        ...,
        ...,
        "L'Escale",
        None,
        "Après des travaux sur l'embarcadère, les rotations du dimanche reprennent dès la "
        "semaine prochaine.",
    ),
    (
        "de_og_description_alone",
        "https://wattenbote.example.de/region/faehre",
        harbour(
            "de",
            "Fähre fährt sonntags",
            name="Wattenbote",
            head=described("Nach der Reparatur des Anlegers fährt die Fähre wieder sonntags."),
        ),
        ...,
        ...,
        "Wattenbote",
        None,
        "Nach der Reparatur des Anlegers fährt die Fähre wieder sonntags.",
    ),
    (
        "ru_bold_first_paragraph_lead",
        "https://pristan-info.example.ru/gorod/parom",
        harbour(
            "ru",
            "Паром вернётся к воскресным рейсам",
            name="Пристань-Инфо",
            under="<p><strong>Ремонт причала завершён, и воскресное расписание парома "
            "возвращается со следующей недели.</strong></p>",
        ),
        ...,
        ...,
        "Пристань-Инфо",
        None,
        "Ремонт причала завершён, и воскресное расписание парома возвращается со следующей недели.",
    ),
    (
        "ja_lead_class",
        "https://minato-nippo.example.jp/news/ferry-lead",
        harbour(
            "ja",
            "フェリー日曜便、来週再開",
            name="みなと日報",
            head=described("みなと日報の最新ニュース"),
            under='<p class="lead">桟橋の修理が終わり、フェリーの日曜便が来週から再開する。</p>',
        ),
        ...,
        ...,
        "みなと日報",
        None,
        "桟橋の修理が終わり、フェリーの日曜便が来週から再開する。",
    ),
    # The publisher.
    (
        "en_jsonld_publisher_before_og_site_name",
        "https://www.estuaryreview.example.com/news/ferry",
        harbour(
            "en",
            "Estuary ferry back on Sundays",
            name="estuaryreview",
            head=ld(
                "NewsArticle",
                headline="Estuary ferry back on Sundays",
                publisher={"@type": "NewsMediaOrganization", "name": "The Estuary Review"},
            ),
        ),
        ...,
        ...,
        "The Estuary Review",  # the name, not the slug og:site_name spells
        None,
        ...,
    ),
    (
        "ro_copyright_line_alone",
        "https://gazetaportului.ro/local/feribot",
        harbour(
            "ro",
            "Feribotul circulă din nou duminica",
            name=None,
            foot="<p>© 2025 Gazeta Portului. Toate drepturile rezervate.</p>",
        ),
        ...,
        ...,
        "Gazeta Portului",  # the copyright line spells the host's label with spaces
        None,
        ...,
    ),
    (
        "bg_no_name_but_the_host",
        "https://pristanishtenews.example.bg/obshtestvo/feribot",
        harbour("bg", "Фериботът тръгва отново в неделя", name=None, foot="<p>Контакти</p>"),
        ...,
        ...,
        None,  # only the host names it: a slug is no publisher
        None,
        ...,
    ),
    (
        "da_twitter_handle_and_copyright",
        "https://havnebladet.dk/lokalt/faerge",
        harbour(
            "da",
            "Færgen sejler igen om søndagen",
            name=None,
            head=meta("twitter:site", "@havnebladet"),
            foot="<p>© 2025 Havnebladet</p>",
        ),
        ...,
        ...,
        "Havnebladet",  # the copyright line's name before the account's handle
        None,
        ...,
    ),
    # No news: a recipe, a shop's product, a tutorial, a podcast, a travel guide.
    (
        "pt_recipe_person_publisher_and_site_name",
        "https://cozinhadaana.example.com.br/receitas/bolo-de-domingo",
        harbour(
            "pt",
            "Bolo de domingo para a viagem de balsa",
            name="Cozinha da Ana",
            kind="recipe",
            head=ld(
                "Recipe",
                name="Bolo de domingo",
                publisher={"@type": "Person", "name": "Ana Souza"},
                keywords="bolo, receitas de domingo, lanche",
            ),
        ),
        ("bolo", "receitas de domingo", "lanche"),
        ...,
        "Cozinha da Ana",  # the site's name before its owner's
        None,
        ...,
    ),
    (
        "en_product_page_category_crumbs",
        "https://deckhand-supply.example.com/shop/rope/mooring-line-12mm",
        harbour(
            "en",
            "Mooring line, 12 mm",
            name="Deckhand Supply",
            kind="product",
            crumbs=trail(
                ("Shop", "/shop/"),
                ("Rope", "/shop/rope/"),
                ("Mooring line, 12 mm", "/shop/rope/mooring-line-12mm"),
            ),
        ),
        (),  # a product names no topics
        ("Shop", "Rope"),
        "Deckhand Supply",
        None,
        ...,
    ),
    (
        "id_tutorial_label_line",
        "https://catatan-pelaut.example.id/2025/06/cara-naik-feri.html",
        harbour(
            "id",
            "Cara naik kapal feri hari Minggu",
            name="Catatan Pelaut",
            kind="post hentry",
            tail=line("Label:", "feri", "tips perjalanan", path="search/label"),
        ),
        ("feri", "tips perjalanan"),  # Blogger's labels in Indonesian
        (),
        "Catatan Pelaut",
        None,
        ...,
    ),
    (
        "nl_podcast_episode_onderwerpen",
        "https://havenpraat.example.nl/afleveringen/veerpont",
        harbour(
            "nl",
            "Aflevering 42: de zondagse veerpont",
            name="Havenpraat",
            kind="episode",
            tail=line("Onderwerpen:", "veerdiensten", "Rotterdam", path="onderwerp"),
        ),
        ("veerdiensten", "Rotterdam"),
        ...,
        "Havenpraat",
        None,
        ...,
    ),
    (
        "th_travel_guide_tags",
        "https://thiaw-tha-ruea.example.co.th/guide/ferry-sunday",
        harbour(
            "th",
            "คู่มือนั่งเรือข้ามฟากวันอาทิตย์",
            name="เที่ยวท่าเรือ",
            kind="guide",
            tail=line("แท็ก:", "เรือข้ามฟาก", "เที่ยวทะเล", path="tag"),
        ),
        ("เรือข้ามฟาก", "เที่ยวทะเล"),
        ...,
        "เที่ยวท่าเรือ",
        None,
        ...,
    ),
    (
        "fa_blog_barchasbha",
        "https://daftar-bandar.example.ir/post/ferry",
        harbour(
            "fa",
            "سفر با کشتی در روز یکشنبه",
            name="دفتر بندر",
            kind="post hentry",
            tail=line("برچسب‌ها:", "کشتی", "بندرعباس", path="tag"),
        ),
        ("کشتی", "بندرعباس"),
        ...,
        "دفتر بندر",
        None,
        ...,
    ),
    (
        "cs_tutorial_keywords_meta_only",
        "https://navody-pro-jachtare.example.cz/navod/trajekt",
        harbour(
            "cs",
            "Návod: jak se dostat na nedělní trajekt",
            name="Návody pro jachtaře",
            kind="tutorial",
            head=meta("keywords", "trajekt, jízdenky, neděle"),
        ),
        ("trajekt", "jízdenky", "neděle"),  # the only list is the keywords meta
        ...,
        "Návody pro jachtaře",
        None,
        ...,
    ),
    (
        "hu_recipe_forras_is_source",
        "https://nagymama-receptjei.example.hu/recept/vasarnapi-pogacsa",
        harbour(
            "hu",
            "Vasárnapi pogácsa a komphoz",
            name="Nagymama receptjei",
            kind="recipe",
            tail="<p>Forrás: Magyar Szakácskönyv</p>",
        ),
        ...,
        ...,
        "Nagymama receptjei",
        "Magyar Szakácskönyv",  # "Forrás:" credits the recipe's text
        ...,
    ),
    (
        "ar_product_review_no_source_no_tags",
        "https://souq-albahr.example.com/products/life-jacket",
        harbour("ar", "سترة نجاة للعبارات", name="سوق البحر", kind="product"),
        (),
        ...,
        "سوق البحر",
        None,
        ...,
    ),
    # A second batch of pages that are no news, written before the first run's results.
    (
        "en_qa_post_taglist",
        "https://harbourstack.example.com/questions/4411/ferry-timetable-parser",
        harbour(
            "en",
            "Parsing a ferry timetable with one regex?",
            name="Harbour Stack",
            kind="question",
            under='<div class="post-taglist"><a class="post-tag" href="/questions/tagged/python">'
            'python</a> <a class="post-tag" href="/questions/tagged/regex">regex</a></div>',
        ),
        ("python", "regex"),  # a Q&A site's tags under the question
        ...,
        "Harbour Stack",
        None,
        ...,
    ),
    (
        "es_recipe_unlinked_etiquetas",
        "https://recetas-de-la-abuela.example.es/receta/bizcocho-del-domingo",
        harbour(
            "es",
            "Bizcocho del domingo para el viaje",
            name="Recetas de la Abuela",
            kind="recipe",
            tail='<p class="recipe-meta">Etiquetas: bizcocho, postres, merienda</p>',
        ),
        ("bizcocho", "postres", "merienda"),
        ...,
        "Recetas de la Abuela",
        None,
        ...,
    ),
    (
        "it_blog_category_tag_rel",
        "https://diario-di-bordo.example.it/2025/06/traghetto-domenica/",
        harbour(
            "it",
            "In traghetto la domenica",
            name="Diario di bordo",
            kind="post hentry",
            tail=line("Categoria:", "Viaggi", path="category", rel="category tag")
            + line("Tag:", "traghetti", "Elba", path="tag", rel="tag"),
        ),
        ("traghetti", "Elba"),
        ("Viaggi",),  # WordPress's rel="category tag" names the category
        "Diario di bordo",
        None,
        ...,
    ),
    (
        "de_drupal_field_schluesselwoerter",
        "https://segelschule-nord.example.de/ratgeber/faehre-sonntag",
        harbour(
            "de",
            "Ratgeber: Mit dem Boot zur Sonntagsfähre",
            name="Segelschule Nord",
            kind="node",
            tail='<div class="field field--name-field-keywords"><div class="field__label">'
            'Schlüsselwörter</div><div class="field__items"><div class="field__item"><a href="'
            '/stichwort/faehren">Fähren</a></div><div class="field__item"><a href="/stichwort/'
            'segeln">Segeln</a></div></div></div>',
        ),
        ("Fähren", "Segeln"),  # "keywords" as a Drupal field's label
        ...,
        "Segelschule Nord",
        None,
        ...,
    ),
    (
        "zh_blog_span_tags",
        "https://haibian-xiaozhu.example.cn/post/dulun-zhouri",
        harbour(
            "zh",
            "周日坐渡轮的小记",
            name="海边小筑",
            kind="post hentry",
            tail='<div class="post-meta">标签：<span>渡轮</span> <span>旅行</span></div>',
        ),
        ("渡轮", "旅行"),
        ...,
        "海边小筑",
        None,
        ...,
    ),
    (
        "vi_blog_nguon_closing",
        "https://nhat-ky-di-pha.example.vn/bai-viet/pha-chu-nhat",
        harbour(
            "vi",
            "Nhật ký đi phà ngày Chủ nhật",
            name="Nhật ký đi phà",
            kind="post hentry",
            tail="<p>Nguồn: VnExpress</p>",
        ),
        ...,
        ...,
        "Nhật ký đi phà",
        "VnExpress",
        ...,
    ),
    (
        "tr_recipe_kaynak_book",
        "https://mutfak-defteri.example.com.tr/tarif/pazar-kurabiyesi",
        harbour(
            "tr",
            "Feribot yolculuğu için pazar kurabiyesi",
            name="Mutfak Defteri",
            kind="recipe",
            tail="<p>Kaynak: Annemin tarif defteri</p>",
        ),
        ...,
        ...,
        "Mutfak Defteri",
        "Annemin tarif defteri",
        ...,
    ),
    (
        "sv_product_no_tags",
        "https://batbutiken.example.se/produkt/flytvast",
        harbour("sv", "Flytväst för färjeresan", name="Båtbutiken", kind="product"),
        (),
        ...,
        "Båtbutiken",
        None,
        ...,
    ),
    (
        "ro_blog_etichete_rel_tag",
        "https://jurnal-de-calatorie.example.ro/2025/06/feribot-duminica/",
        harbour(
            "ro",
            "Cu feribotul duminica",
            name="Jurnal de călătorie",
            kind="post hentry",
            tail=line("Etichete:", "feribot", "Constanța", path="tag", rel="tag"),
        ),
        ("feribot", "Constanța"),
        ...,
        "Jurnal de călătorie",
        None,
        ...,
    ),
    (
        "fi_recipe_avainsanat",
        "https://mummon-keittio.example.fi/resepti/sunnuntaipulla",
        harbour(
            "fi",
            "Sunnuntaipulla lauttamatkalle",
            name="Mummon keittiö",
            kind="recipe",
            tail=line("Avainsanat:", "pulla", "leivonta", path="avainsana"),
        ),
        ("pulla", "leivonta"),
        ...,
        "Mummon keittiö",
        None,
        ...,
    ),
    (
        "ja_blog_category_and_tags",
        "https://umi-no-nikki.example.jp/entry/ferry-sunday",
        harbour(
            "ja",
            "日曜日のフェリー旅",
            name="海の日記",
            kind="post hentry",
            tail=line("カテゴリー:", "旅行", path="category", rel="category")
            + line("タグ:", "フェリー", "瀬戸内", path="tag", rel="tag"),
        ),
        ("フェリー", "瀬戸内"),
        ("旅行",),
        "海の日記",
        None,
        ...,
    ),
    (
        "en_docs_keywords_line",
        "https://docs.tidetables.example.org/guide/sunday-schedules",
        harbour(
            "en",
            "Sunday schedules in the timetable format",
            name="Tidetables Docs",
            kind="docs",
            tail='<p class="keywords">Keywords: schedules, timetable format, exceptions</p>',
        ),
        ("schedules", "timetable format", "exceptions"),
        ...,
        "Tidetables Docs",
        None,
        ...,
    ),
]

# The blind run (79 pages, 224 fields, 26 pages no news): newsextract 211/224 (tags 39/48,
# tag-set F1 0.812; categories 13/13, publisher 77/79, source 78/79, lead 4/5), trafilatura
# 154/224 (tags 6/48, F1 0.136; categories 6/13, publisher 77/79, source 64/79 with no
# source field, lead 1/5). Two publisher misses were the probes' own (a copyright notice on
# gazetaportului.example.ro names no label of the registered domain example.ro, nor one on
# havnebladet.example.dk of example.dk): the pages moved to gazetaportului.ro and
# havnebladet.dk, where both pass. Seven tag labels are in the language files since
# ("Labels:", "Marcadores:", "Etykiety:", "Ярлыки:", "Themen dieses Artikels:", "Související
# témata:", "Kapcsolódó témák:", with "Schlüsselwörter" and Ukrainian "Ярлики"): no dev page
# moved ("Themen in diesem Artikel" moved two and cost one on half B: left out). The lead of a
# bold first paragraph with the text's box after it is read since too (no dev page's lead or
# body moved). After: 221/224.
_OPEN: dict[tuple[str, str], str] = {
    ("id_tutorial_label_line", "tags"): 'Blogger\'s Indonesian "Label:" is left out of the '
    "files: the labels are read on pages of every language, and an English music page's "
    '"Label:" names a record company',
    ("it_jsonld_keywords_list_of_one_joined_string", "tags"): "a list of one string is not "
    "split at its commas: splitting it cost a fundus page on each half (a truth that keeps "
    "such a string whole; a site's name the split list then dropped)",
    ("tr_dateline_aa", "source"): "the dateline paragraph stands before the text's box and the "
    "body drops it, so no dateline opens the text",
}
_CASES = field_cases(PROBES, FIELDS, _OPEN)


@pytest.mark.parametrize(("url", "html", "field", "want"), _CASES)
def test_blind_tag_source_probe_70(url: str, html: str, field: str, want: object) -> None:
    got = getattr(newsextract.extract(html, url=url), field)
    assert matches(field, got, want), f"{field}: {got!r}"


if __name__ == "__main__":  # pragma: no cover
    report(PROBES, FIELDS)
