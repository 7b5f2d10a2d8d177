"""A fourth blind probe of tags (issue 12), with the credited ``source`` and the
``publisher`` beside them, its truth written before running anything: news pages in 22
languages whose tags are ``rel=tag`` links, labelled lines with and without links ("Themen:",
"标签：", "Étiquettes:"), hashtags, ``article:tag`` (repeated, or one comma-joined list),
JSON-LD ``keywords`` (a string, a list), ``news_keywords``; the look-alikes that are no tags
of the story (a trending bar named only by its text, a most-read list, a section nav, related
stories' chips, a cookie banner's categories, a breadcrumb); the publisher from JSON-LD,
``og:site_name`` or the footer's copyright alone; and who the text is credited to ("Source:",
"Quelle:", "Fuente:", "Источник:", agency datelines), on the layout of the project's seed page
("Par …, le …", "Source: …", tags and categories after the text). No case of the third probe
is repeated. ``python -m tests.metadata.test_blind_tag_probes_68`` prints both tools' hits
(trafilatura has no source field: its source is None) and tag-set F1. Every site, name and
text here is invented."""

from __future__ import annotations

from typing import Any

import pytest
from tests.metadata.language_probes.kit import field_cases, matches, trafilatura_fields
from tests.metadata.test_blind_tag_probes_2 import _set_f1, _trafilatura, links, meta
from tests.metadata.test_blind_tag_probes_3 import metas
from tests.metadata.title_pages import ld, page, paragraphs

import newsextract

FIELDS = ("tags", "categories", "publisher", "source")

# One sentence per language: the city library will stay open until midnight on weekdays.
LIBRARY = {
    "en": "The city library will stay open until midnight on weekdays from next month, the "
    "council said on Tuesday after a year of requests from students.",
    "fr": "La bibliothèque municipale restera ouverte jusqu'à minuit en semaine dès le mois "
    "prochain, a annoncé mardi la mairie après un an de demandes des étudiants.",
    "de": "Die Stadtbibliothek bleibt ab nächstem Monat werktags bis Mitternacht geöffnet, "
    "teilte die Stadt am Dienstag nach einem Jahr voller Anfragen von Studierenden mit.",
    "es": "La biblioteca municipal abrirá hasta medianoche entre semana a partir del próximo "
    "mes, anunció el martes el ayuntamiento tras un año de peticiones de estudiantes.",
    "it": "La biblioteca comunale resterà aperta fino a mezzanotte nei giorni feriali dal "
    "prossimo mese, ha annunciato martedì il comune dopo un anno di richieste degli studenti.",
    "pt": "A biblioteca municipal vai ficar aberta até à meia-noite nos dias úteis a partir do "
    "próximo mês, anunciou a câmara na terça-feira após um ano de pedidos dos estudantes.",
    "nl": "De stadsbibliotheek blijft vanaf volgende maand op doordeweekse dagen open tot "
    "middernacht, maakte de gemeente dinsdag bekend na een jaar van verzoeken van studenten.",
    "pl": "Biblioteka miejska od przyszłego miesiąca będzie otwarta w dni powszednie do "
    "północy, poinformował we wtorek urząd miasta po roku próśb studentów.",
    "ru": "Городская библиотека со следующего месяца будет работать по будням до полуночи, "
    "сообщила во вторник мэрия после года просьб студентов.",
    "uk": "Міська бібліотека з наступного місяця працюватиме в будні до опівночі, повідомила "
    "у вівторок міська рада після року прохань студентів.",
    "tr": "Şehir kütüphanesi gelecek aydan itibaren hafta içi gece yarısına kadar açık "
    "kalacak; belediye salı günü öğrencilerin bir yıllık taleplerinin ardından duyurdu.",
    "sv": "Stadsbiblioteket håller öppet till midnatt på vardagar från nästa månad, meddelade "
    "kommunen på tisdagen efter ett år av önskemål från studenter.",
    "da": "Hovedbiblioteket holder åbent til midnat på hverdage fra næste måned, oplyste "
    "kommunen tirsdag efter et års ønsker fra de studerende.",
    "fi": "Kaupunginkirjasto on ensi kuusta alkaen arkisin auki keskiyöhön asti, kaupunki "
    "kertoi tiistaina opiskelijoiden vuoden mittaisten toiveiden jälkeen.",
    "cs": "Městská knihovna bude od příštího měsíce ve všední dny otevřená až do půlnoci, "
    "oznámil v úterý magistrát po roce žádostí studentů.",
    "ja": "市立図書館は来月から平日の開館時間を深夜零時まで延長すると、市が火曜日に発表した。"
    "学生からの要望が一年続いていた。",
    "zh": "市图书馆将从下个月起在工作日开放至午夜，市政府周二在学生们呼吁一年之后宣布了这一消息。",
    "ko": "시립도서관이 다음 달부터 평일 자정까지 문을 연다고 시가 화요일 밝혔다. "
    "학생들의 요청이 1년 동안 이어진 끝이다.",
    "ar": "ستبقى مكتبة المدينة مفتوحة حتى منتصف الليل في أيام الأسبوع اعتبارا من الشهر المقبل، "
    "وفق ما أعلنت البلدية الثلاثاء بعد عام من مطالب الطلاب.",
    "id": "Perpustakaan kota akan buka hingga tengah malam pada hari kerja mulai bulan depan, "
    "kata pemerintah kota pada Selasa setelah setahun permintaan mahasiswa.",
    "vi": "Thư viện thành phố sẽ mở cửa đến nửa đêm vào các ngày trong tuần từ tháng tới, "
    "chính quyền thành phố cho biết hôm thứ Ba sau một năm sinh viên đề nghị.",
    "hi": "शहर का पुस्तकालय अगले महीने से कार्यदिवसों में आधी रात तक खुला रहेगा, नगर निगम ने "
    "मंगलवार को छात्रों की एक साल की मांग के बाद यह घोषणा की।",
    "el": "Η δημοτική βιβλιοθήκη θα μένει ανοιχτή ως τα μεσάνυχτα τις καθημερινές από τον "
    "επόμενο μήνα, ανακοίνωσε την Τρίτη ο δήμος ύστερα από έναν χρόνο αιτημάτων φοιτητών.",
    "ro": "Biblioteca municipală va rămâne deschisă până la miezul nopții în zilele lucrătoare "
    "de luna viitoare, a anunțat marți primăria după un an de cereri ale studenților.",
}


def site(
    lang: str,
    h1: str,
    *,
    name: str | None,
    head: str = "",
    top: str = "",
    above: str = "",
    lead: str = "",
    after: str = "",
    below: str = "",
    aside: str = "",
    foot: str | None = None,
    title: str | None = None,
    logo: str = "",
) -> str:
    """A news page: ``top`` (a bar over the masthead), the header (its logo ``logo`` or
    ``name``), the article (``above`` the headline, ``lead`` under it, the text, ``after``
    it), ``below`` it, a sidebar and the footer (``foot``, else "© 2025 ``name``");
    ``og:site_name`` is ``name`` (none when None), the ``<title>`` ``title`` or the
    headline alone."""
    og = f'<meta property="og:title" content="{h1}"><meta property="og:type" content="article">'
    if name:
        og += f'<meta property="og:site_name" content="{name}">'
    text = paragraphs(LIBRARY[lang], LIBRARY[lang])
    footer = foot if foot is not None else f"<p>© 2025 {name}</p>"
    return page(
        lang,
        title or h1,
        og + head,
        f'{top}<header class="site-header"><a class="logo" href="/">{logo or name or "Logo"}</a>'
        '<nav class="menu"><ul><li><a href="/politik/">I</a></li><li><a href="/kultur/">II</a>'
        f'</li></ul></nav></header><main><article class="post">{above}<h1>{h1}</h1>{lead}'
        f'<div class="post-content">{text}</div>{after}</article>{below}</main>'
        f'<aside class="sidebar">{aside}</aside><footer class="site-footer">{footer}</footer>',
    )


def label_line(label: str, *items: str, path: str = "sujet", rel: str = "") -> str:
    """A labelled line of links ("Étiquettes: <a>…</a>, <a>…</a>") in a plain paragraph."""
    return f'<p class="meta-line">{label} {links(items, path, ", ", rel)}</p>'


def plain_line(label: str, text: str) -> str:
    """A labelled line without links ("标签：图书馆、夜间开放")."""
    return f'<p class="meta-line">{label}{text}</p>'


def strip(label: str, *items: str, path: str = "thema") -> str:
    """A bar named only by its text ("Im Trend:"), in a box of no telling class."""
    return f'<div class="strip"><span>{label}</span> {links(items, path)}</div>'


def most_read(label: str, *titles: str) -> str:
    lis = "".join(f'<li><a href="/2025/06/{n}-story/">{t}</a></li>' for n, t in enumerate(titles))
    return f'<section class="box"><h3>{label}</h3><ol>{lis}</ol></section>'


def seed(lang: str, h1: str, name: str, by: str, credit: str, tags: str, cats: str) -> str:
    """The seed page's layout: after the text "Par …, le <time>", "Source: …", then the tags
    and the categories as labelled lines of links."""
    return site(
        lang,
        h1,
        name=name,
        after=f'<div class="post-footer"><p class="byline">{by} <time datetime="2025-06-03">'
        f"3 juin 2025</time></p><p>{credit}</p>{tags}{cats}<p>Partager cet article</p></div>",
        below='<section id="comments"><h3>Laisser un commentaire</h3></section>',
    )


# A probe: name, url, html, tags, categories, publisher, source (``...`` not judged).
PROBES: list[tuple[Any, ...]] = [
    # The seed page's layout, in French and in two more languages.
    (
        "fr_seed_layout",
        "https://nouvelles-du-lac.example.fr/culture/bibliotheque-ouverte-minuit",
        seed(
            "fr",
            "La bibliothèque ouverte jusqu'à minuit",
            "Les Nouvelles du Lac",
            "Par Claire Morvan, le",
            "Source: Le Courrier de l'Ouest",
            label_line("Étiquettes:", "bibliothèques", "étudiants", "horaires", rel="tag"),
            label_line("Catégories:", "Culture", "Ville", path="category", rel="category"),
        ),
        ("bibliothèques", "étudiants", "horaires"),  # the rel=tag links after "Étiquettes:"
        ("Culture", "Ville"),  # the rel=category links after "Catégories:"
        "Les Nouvelles du Lac",  # og:site_name
        "Le Courrier de l'Ouest",  # "Source: …" after the byline
    ),
    (
        "es_seed_layout_fuente",
        "https://diario-del-valle.example.es/cultura/biblioteca-abre-hasta-medianoche",
        seed(
            "es",
            "La biblioteca abrirá hasta medianoche",
            "Diario del Valle",
            "Por Lucía Ferrer, el",
            "Fuente: Europa Press",
            label_line("Etiquetas:", "bibliotecas", "estudiantes", rel="tag"),
            label_line("Categorías:", "Cultura", path="category", rel="category"),
        ),
        ("bibliotecas", "estudiantes"),
        ("Cultura",),
        "Diario del Valle",
        "Europa Press",  # "Fuente:" (source)
    ),
    (
        "it_seed_layout_fonte",
        "https://gazzetta-del-borgo.example.it/cultura/biblioteca-aperta-fino-a-mezzanotte",
        seed(
            "it",
            "Biblioteca aperta fino a mezzanotte",
            "Gazzetta del Borgo",
            "Di Marco Galli, il",
            "Fonte: Comune di Pavia",
            label_line("Tag:", "biblioteca", "studenti", "orari", rel="tag"),
            label_line("Categorie:", "Cultura", "Città", path="category", rel="category"),
        ),
        ("biblioteca", "studenti", "orari"),
        ("Cultura", "Città"),
        "Gazzetta del Borgo",
        "Comune di Pavia",  # "Fonte:" names the town hall's release
    ),
    # Tags written in text: labelled lines, hashtags.
    (
        "de_themen_line_links",
        "https://stadtanzeiger-nord.example.de/kultur/stadtbibliothek-bis-mitternacht",
        site(
            "de",
            "Stadtbibliothek öffnet bis Mitternacht",
            name="Stadtanzeiger Nord",
            after=label_line("Themen:", "Bibliotheken", "Studium", "Öffnungszeiten", path="thema"),
        ),
        ("Bibliotheken", "Studium", "Öffnungszeiten"),  # "Themen:" and links to /thema/
        ...,
        "Stadtanzeiger Nord",
        None,
    ),
    (
        "zh_biaoqian_plain_line",
        "https://chengshiribao.example.cn/wenhua/20250603/library",
        site(
            "zh",
            "市图书馆工作日开放至午夜",
            name="城市日报",
            after=plain_line("标签：", "图书馆、夜间开放、大学生"),
        ),
        ("图书馆", "夜间开放", "大学生"),  # a labelled line split at its 、
        ...,
        "城市日报",
        None,
    ),
    (
        "ja_tag_line_links",
        "https://machi-shimbun.example.jp/articles/20250603-library",
        site(
            "ja",
            "市立図書館、平日は深夜まで開館",
            name="まち新聞",
            after='<div class="article-meta-tags">タグ：'
            + links(("図書館", "学生", "開館時間"), "tag", " ")
            + "</div>",
        ),
        ("図書館", "学生", "開館時間"),
        ...,
        "まち新聞",
        None,
    ),
    (
        "it_hashtag_links_paragraph",
        "https://corriere-valle.example.it/cronaca/biblioteca-notturna",
        site(
            "it",
            "La biblioteca diventa notturna",
            name="Corriere della Valle",
            after="<p>"
            + " ".join(
                f'<a href="/search?q=%23{t}">#{t}</a>' for t in ("biblioteca", "studenti", "Pavia")
            )
            + "</p>",
        ),
        ("#biblioteca", "#studenti", "#Pavia"),  # a paragraph of hashtag links and nothing else
        ...,
        "Corriere della Valle",
        None,
    ),
    (
        "ko_hashtag_chip_links",
        "https://dosinews.example.co.kr/news/articleView.html?idxno=60603",
        site(
            "ko",
            "시립도서관 평일 자정까지 개방",
            name="도시뉴스",
            after='<div class="article-hashtag">'
            + "".join(
                f'<a href="/search?kw={n}" class="chip">#{t}</a>'
                for n, t in enumerate(("도서관", "대학생", "야간개방"))
            )
            + "</div>",
        ),
        ("#도서관", "#대학생", "#야간개방"),
        ...,
        "도시뉴스",
        None,
    ),
    (
        "tr_etiketler_rel_tag",
        "https://kent-haber.example.com.tr/kultur/kutuphane-gece-yarisina-kadar-acik",
        site(
            "tr",
            "Kütüphane gece yarısına kadar açık",
            name="Kent Haber",
            after=label_line("Etiketler:", "kütüphane", "öğrenciler", path="etiket", rel="tag"),
        ),
        ("kütüphane", "öğrenciler"),
        ...,
        "Kent Haber",
        None,
    ),
    (
        "ar_alwusum_line",
        "https://akhbar-almadina.example.com/culture/library-midnight",
        site(
            "ar",
            "المكتبة مفتوحة حتى منتصف الليل",
            name="أخبار المدينة",
            after=label_line("الوسوم:", "مكتبات", "طلاب", "ثقافة", path="tags"),
        ),
        ("مكتبات", "طلاب", "ثقافة"),
        ...,
        "أخبار المدينة",
        None,
    ),
    (
        "hi_tag_line",
        "https://shahar-samachar.example.in/city/library-midnight",
        site(
            "hi",
            "शहर का पुस्तकालय आधी रात तक खुलेगा",
            name="शहर समाचार",
            after=label_line("टैग:", "पुस्तकालय", "छात्र", path="topic"),
        ),
        ("पुस्तकालय", "छात्र"),
        ...,
        "शहर समाचार",
        None,
    ),
    (
        "ro_etichete_line",
        "https://stiri-orasului.example.ro/cultura/biblioteca-deschisa-noaptea",
        site(
            "ro",
            "Biblioteca, deschisă până la miezul nopții",
            name="Știrile Orașului",
            after=label_line("Etichete:", "bibliotecă", "studenți", "Cluj", path="eticheta"),
        ),
        ("bibliotecă", "studenți", "Cluj"),
        ...,
        "Știrile Orașului",
        None,
    ),
    # Tags in the head.
    (
        "cs_article_tag_repeated",
        "https://mestske-listy.example.cz/kultura/knihovna-do-pulnoci",
        site(
            "cs",
            "Knihovna bude otevřená do půlnoci",
            name="Městské listy",
            head=metas("article:tag", "knihovny", "studenti", "Brno"),
        ),
        ("knihovny", "studenti", "Brno"),  # one article:tag per tag
        ...,
        "Městské listy",
        None,
    ),
    (
        "pt_article_tag_comma_joined_and_keywords_agree",
        "https://jornal-da-cidade.example.pt/cultura/biblioteca-ate-meia-noite",
        site(
            "pt",
            "Biblioteca aberta até à meia-noite",
            name="Jornal da Cidade",
            head=metas("article:tag", "bibliotecas, estudantes, Porto")
            + ld(
                "NewsArticle",
                headline="Biblioteca aberta até à meia-noite",
                keywords=["bibliotecas", "estudantes", "Porto"],
            ),
        ),
        ("bibliotecas", "estudantes", "Porto"),  # one comma-joined article:tag, keywords agree
        ...,
        "Jornal da Cidade",
        None,
    ),
    (
        "sv_article_tag_comma_joined_and_news_keywords",
        "https://stadsbladet.example.se/kultur/biblioteket-oppet-till-midnatt",
        site(
            "sv",
            "Biblioteket öppet till midnatt",
            name="Stadsbladet",
            head=metas("article:tag", "bibliotek,studenter,Uppsala")
            + meta("news_keywords", "bibliotek, studenter, Uppsala"),
        ),
        ("bibliotek", "studenter", "Uppsala"),  # the same three, one written without spaces
        ...,
        "Stadsbladet",
        None,
    ),
    (
        "nl_jsonld_keywords_string",
        "https://stadskrant.example.nl/cultuur/bibliotheek-tot-middernacht",
        site(
            "nl",
            "Bibliotheek open tot middernacht",
            name="De Stadskrant",
            head=ld(
                "NewsArticle",
                headline="Bibliotheek open tot middernacht",
                keywords="bibliotheek, studenten, openingstijden",
            ),
        ),
        ("bibliotheek", "studenten", "openingstijden"),
        ...,
        "De Stadskrant",
        None,
    ),
    (
        "pl_news_keywords_only",
        "https://gazeta-miejska.example.pl/kultura/biblioteka-do-polnocy",
        site(
            "pl",
            "Biblioteka otwarta do północy",
            name="Gazeta Miejska",
            head=meta("news_keywords", "biblioteka, studenci, Kraków"),
        ),
        ("biblioteka", "studenci", "Kraków"),
        ...,
        "Gazeta Miejska",
        None,
    ),
    (
        "id_jsonld_keywords_array_and_tag_links",
        "https://kabar-kota.example.co.id/budaya/perpustakaan-buka-tengah-malam",
        site(
            "id",
            "Perpustakaan kota buka hingga tengah malam",
            name="Kabar Kota",
            head=ld(
                "NewsArticle",
                headline="Perpustakaan kota buka hingga tengah malam",
                keywords=["perpustakaan", "mahasiswa"],
            ),
            after=label_line("Tag:", "perpustakaan", "mahasiswa", path="tag"),
        ),
        ("perpustakaan", "mahasiswa"),
        ...,
        "Kabar Kota",
        None,
    ),
    # Look-alikes: no tags of the story.
    (
        "de_im_trend_strip_no_tags",
        "https://wochenblatt-sued.example.de/kultur/bibliothek-laenger-offen",
        site(
            "de",
            "Bibliothek länger offen",
            name="Wochenblatt Süd",
            above=strip("Im Trend:", "Bundesliga", "Hitzewelle", "Landtagswahl"),
        ),
        (),  # the site's trending bar, named by its text alone
        ...,
        "Wochenblatt Süd",
        None,
    ),
    (
        "es_tendencias_strip_and_tags",
        "https://noticias-del-puerto.example.es/cultura/biblioteca-nocturna",
        site(
            "es",
            "La biblioteca se vuelve nocturna",
            name="Noticias del Puerto",
            above=strip("Tendencias:", "Liga", "Ola de calor", "Elecciones", path="tema"),
            after=label_line("Etiquetas:", "bibliotecas", "universidad", path="etiqueta"),
        ),
        ("bibliotecas", "universidad"),  # the story's; "Tendencias" (trends) is the site's bar
        ...,
        "Noticias del Puerto",
        None,
    ),
    (
        "fr_tendances_strip_no_tags",
        "https://echo-des-halles.example.fr/ville/bibliotheque-nocturne",
        site(
            "fr",
            "La bibliothèque passe en horaires de nuit",
            name="L'Écho des Halles",
            above=strip("Tendances", "Ligue 1", "Canicule", "Municipales", path="sujet"),
        ),
        (),
        ...,
        "L'Écho des Halles",
        None,
    ),
    (
        "pt_mais_lidas_no_tags",
        "https://folha-do-bairro.example.com.br/cidade/biblioteca-ate-meia-noite",
        site(
            "pt",
            "Biblioteca abre até meia-noite",
            name="Folha do Bairro",
            aside=most_read("Mais lidas", "Obras na avenida", "Feira de domingo", "Novo parque"),
        ),
        (),  # a most-read list of stories
        ...,
        "Folha do Bairro",
        None,
    ),
    (
        "en_section_nav_in_article_header",
        "https://lakeside-chronicle.example.com/culture/library-open-till-midnight",
        site(
            "en",
            "Library to open until midnight",
            name="Lakeside Chronicle",
            above='<nav class="section-nav"><a href="/topics/culture/">Culture</a> '
            '<a href="/topics/books/">Books</a> <a href="/topics/music/">Music</a> '
            '<a href="/topics/film/">Film</a></nav>',
        ),
        (),  # the Culture section's sub-navigation, on every story of the section
        ...,
        "Lakeside Chronicle",
        None,
    ),
    (
        "da_related_story_chips",
        "https://byavisen.example.dk/kultur/biblioteket-aabent-til-midnat",
        site(
            "da",
            "Biblioteket holder åbent til midnat",
            name="Byavisen",
            after='<div class="related-chips"><h4>Relaterede artikler</h4>'
            '<a href="/kultur/2025/06/nyt-laesesal/">Nyt læsesal</a> '
            '<a href="/kultur/2025/05/studerende-protesterer/">Studerende protesterer</a></div>',
        ),
        (),  # other stories, not topics
        ...,
        "Byavisen",
        None,
    ),
    (
        "en_cookie_categories_and_section",
        "https://harbour-post.example.com/news/library-midnight-hours",
        site(
            "en",
            "Library hours stretch to midnight",
            name="Harbour Post",
            head='<meta property="article:section" content="Local">',
            top='<div id="cookie-banner" class="cookie-consent"><p>We use cookies.</p>'
            "<p>Categories: <label><input type=checkbox checked> Necessary</label>, "
            "<label><input type=checkbox> Statistics</label>, "
            "<label><input type=checkbox> Marketing</label></p></div>",
        ),
        (),  # a consent banner's cookie categories
        ("Local",),  # article:section
        "Harbour Post",
        None,
    ),
    (
        "fi_breadcrumb_only",
        "https://kaupunkilehti.example.fi/kulttuuri/kirjasto-auki-keskiyohon",
        site(
            "fi",
            "Kirjasto auki keskiyöhön",
            name="Kaupunkilehti",
            above='<ol class="breadcrumb"><li><a href="/">Etusivu</a></li>'
            '<li><a href="/kulttuuri/">Kulttuuri</a></li><li>Kirjasto auki keskiyöhön</li></ol>',
        ),
        (),  # a trail is the sections, no tags
        ("Kulttuuri",),
        "Kaupunkilehti",
        None,
    ),
    # Publisher: from JSON-LD alone, from the footer's copyright alone.
    (
        "uk_jsonld_publisher_only",
        "https://misto-visti.example.com.ua/kultura/biblioteka-do-pivnochi",
        site(
            "uk",
            "Бібліотека працюватиме до опівночі",
            name=None,
            logo="МВ",
            head=ld(
                "NewsArticle",
                headline="Бібліотека працюватиме до опівночі",
                publisher={"@type": "NewsMediaOrganization", "name": "Міські вісті"},
            ),
            foot="<p>Усі права захищено.</p>",
        ),
        ...,
        ...,
        "Міські вісті",  # JSON-LD publisher, no og:site_name
        None,
    ),
    (
        "de_copyright_footer_only",
        "https://www.bibliotheksbote.de/stadt/bis-mitternacht-offen",
        site(
            "de",
            "Bis Mitternacht offen",
            name=None,
            logo="BB",
            foot="<p>© 2025 Bibliotheksbote · Impressum · Datenschutz</p>",
        ),
        ...,
        ...,
        "Bibliotheksbote",  # the notice spells the host's label with a capital
        None,
    ),
    (
        "el_title_and_copyright",
        "https://astikes-eidiseis.example.gr/politismos/vivliothiki-mesanychta",
        site(
            "el",
            "Η βιβλιοθήκη ανοιχτή ως τα μεσάνυχτα",
            name=None,
            title="Η βιβλιοθήκη ανοιχτή ως τα μεσάνυχτα | Αστικές Ειδήσεις",
            logo="ΑΕ",
            foot="<p>© 2025 Αστικές Ειδήσεις</p>",
        ),
        ...,
        ...,
        "Αστικές Ειδήσεις",  # the title's last part and the notice agree
        None,
    ),
    # Source: credits in the text.
    (
        "de_quelle_line",
        "https://kreisbote.example.de/region/stadtbibliothek-mitternacht",
        site(
            "de",
            "Stadtbibliothek künftig bis Mitternacht",
            name="Kreisbote",
            after="<p>Quelle: Pressestelle der Stadt Kassel</p>",
        ),
        ...,
        ...,
        "Kreisbote",
        "Pressestelle der Stadt Kassel",  # "Quelle:" (source)
    ),
    (
        "ru_istochnik_line",
        "https://gorodskie-novosti.example.ru/kultura/biblioteka-do-polunochi",
        site(
            "ru",
            "Библиотека будет работать до полуночи",
            name="Городские новости",
            after="<p>Источник: ТАСС</p>",
        ),
        ...,
        ...,
        "Городские новости",
        "ТАСС",  # "Источник:" (source)
    ),
    (
        "en_reuters_dateline",
        "https://worldwire-daily.example.com/world/library-midnight",
        page(
            "en",
            "Library stays open till midnight - Worldwire Daily",
            '<meta property="og:site_name" content="Worldwire Daily">',
            "<main><article><h1>Library stays open till midnight</h1>"
            f"<p>LONDON, June 3 (Reuters) - {LIBRARY['en']}</p>"
            f"<p>{LIBRARY['en']} {LIBRARY['en']}</p></article></main>",
        ),
        (),
        ...,
        "Worldwire Daily",
        "Reuters",  # the dateline's agency
    ),
    (
        "vi_theo_closing_credit",
        "https://tin-do-thi.example.vn/van-hoa/thu-vien-mo-den-nua-dem",
        site(
            "vi",
            "Thư viện mở cửa đến nửa đêm",
            name="Tin Đô Thị",
            after="<p>Nguồn: TTXVN</p>",
        ),
        ...,
        ...,
        "Tin Đô Thị",
        "TTXVN",  # "Nguồn:" (source), Vietnam's agency
    ),
    (
        "en_chart_source_is_no_credit",
        "https://civic-ledger.example.com/data/library-visits",
        site(
            "en",
            "Library visits doubled at night",
            name="Civic Ledger",
            after='<figure class="chart"><img src="/c.png" alt="Visits by hour">'
            "<figcaption>Visits by hour. Source: City Library annual report</figcaption></figure>",
        ),
        ...,
        ...,
        "Civic Ledger",
        None,  # a chart's data source in a caption, not the story's credit
    ),
]

# A second round, written after the first blind run (newsextract 99/100), its truth again
# before running: the leads left by the third probe (a trending bar named by its text only,
# its links to tag pages; one comma-joined article:tag beside keywords), labels that head the
# site's lists ("Weitere Themen", "Sujets populaires"), hashtags as text, agencies credited
# in closing lines, datelines and captions, and publishers behind a tagline or a legal name.
ROUND_2: list[tuple[Any, ...]] = [
    (
        "de_im_trend_tag_paths",
        "https://morgenkurier.example.de/kultur/stadtbibliothek-nachts-offen",
        site(
            "de",
            "Stadtbibliothek nachts offen",
            name="Morgenkurier",
            above=strip("Im Trend:", "Bundesliga", "Hitzewelle", "Landtagswahl", path="tag"),
        ),
        (),  # the site's trending bar, linking to tag pages, named by its text alone
        ...,
        "Morgenkurier",
        None,
    ),
    (
        "es_tendencias_tag_paths",
        "https://eldiariodelsur.example.es/cultura/biblioteca-hasta-medianoche",
        site(
            "es",
            "La biblioteca, hasta medianoche",
            name="El Diario del Sur",
            above=strip("Tendencias:", "Liga", "Ola de calor", "Elecciones", path="tag"),
        ),
        (),
        ...,
        "El Diario del Sur",
        None,
    ),
    (
        "fr_tendances_tag_paths_and_etiquettes",
        "https://journal-de-la-vallee.example.fr/culture/bibliotheque-minuit",
        site(
            "fr",
            "La bibliothèque jusqu'à minuit",
            name="Le Journal de la Vallée",
            above=strip("Tendances :", "Ligue 1", "Canicule", "Municipales", path="tag"),
            after=label_line("Étiquettes :", "bibliothèques", "étudiants", path="tag"),
        ),
        ("bibliothèques", "étudiants"),  # the story's; "Tendances" is the site's bar
        ...,
        "Le Journal de la Vallée",
        None,
    ),
    (
        "it_di_tendenza_tag_paths",
        "https://ilcorrieredelpaese.example.it/cultura/biblioteca-notte",
        site(
            "it",
            "Biblioteca aperta di notte",
            name="Il Corriere del Paese",
            above=strip("Di tendenza:", "Serie A", "Caldo", "Elezioni", path="tag"),
        ),
        (),
        ...,
        "Il Corriere del Paese",
        None,
    ),
    (
        "pl_na_czasie_tag_paths",
        "https://kurier-miejski.example.pl/kultura/biblioteka-nocna",
        site(
            "pl",
            "Biblioteka czynna nocą",
            name="Kurier Miejski",
            above=strip("Na czasie:", "Ekstraklasa", "Upał", "Wybory", path="tag"),
        ),
        (),
        ...,
        "Kurier Miejski",
        None,
    ),
    (
        "ru_populyarnoe_tag_paths",
        "https://vechernii-gorod.example.ru/kultura/biblioteka-noch",
        site(
            "ru",
            "Библиотека откроется на ночь",
            name="Вечерний город",
            above=strip("Популярное:", "РПЛ", "Жара", "Выборы", path="tag"),
        ),
        (),
        ...,
        "Вечерний город",
        None,
    ),
    (
        "zh_redian_tag_paths",
        "https://dushibao.example.cn/wenhua/20250603/tushuguan",
        site(
            "zh",
            "图书馆延长开放至午夜",
            name="都市报",
            above=strip("热点：", "中超", "高温", "高考", path="tag"),
        ),
        (),  # "热点" (hot spots), the site's bar
        ...,
        "都市报",
        None,
    ),
    (
        "pt_em_alta_tag_paths",
        "https://diario-do-rio.example.com.br/cultura/biblioteca-meia-noite",
        site(
            "pt",
            "Biblioteca vai até a meia-noite",
            name="Diário do Rio",
            above=strip("Em alta:", "Brasileirão", "Calor", "Eleições", path="tag"),
        ),
        (),  # "Em alta" (trending)
        ...,
        "Diário do Rio",
        None,
    ),
    (
        "de_weitere_themen_after_text",
        "https://landbote.example.de/kultur/bibliothek-mitternacht",
        site(
            "de",
            "Bibliothek bis Mitternacht",
            name="Landbote",
            after='<div class="more"><h3>Weitere Themen</h3>'
            + links(("Sport", "Wirtschaft", "Reise", "Auto"), "thema")
            + "</div>",
        ),
        (),  # "more topics": the site's sections, not this story's tags
        ...,
        "Landbote",
        None,
    ),
    (
        "fr_sujets_populaires_in_article",
        "https://le-petit-quotidien.example.fr/ville/bibliotheque-de-nuit",
        site(
            "fr",
            "La bibliothèque de nuit",
            name="Le Petit Quotidien",
            after='<div class="box"><h3>Sujets populaires</h3>'
            + links(("Ligue 1", "Canicule", "Immobilier"), "tag")
            + "</div>",
        ),
        (),  # "popular topics": the site's
        ...,
        "Le Petit Quotidien",
        None,
    ),
    (
        "en_article_tag_comma_joined_with_site_words",
        "https://southcoastnews.example.com.au/news/library-midnight-hours",
        site(
            "en",
            "Library extends hours to midnight",
            name="South Coast News",
            head=metas("article:tag", "news, local news, libraries, students, Wollongong")
            + meta("news_keywords", "libraries, students, Wollongong"),
        ),
        ("libraries", "students", "Wollongong"),  # the story's three; "news" is the site's
        ...,
        "South Coast News",
        None,
    ),
    (
        "de_article_tag_comma_joined_and_jsonld_string",
        "https://neue-stadtzeitung.example.de/kultur/stadtbibliothek-laenger",
        site(
            "de",
            "Stadtbibliothek länger geöffnet",
            name="Neue Stadtzeitung",
            head=metas("article:tag", "Bibliotheken, Studium, Öffnungszeiten")
            + ld(
                "NewsArticle",
                headline="Stadtbibliothek länger geöffnet",
                keywords="Bibliotheken,Studium,Öffnungszeiten",
            ),
        ),
        ("Bibliotheken", "Studium", "Öffnungszeiten"),
        ...,
        "Neue Stadtzeitung",
        None,
    ),
    (
        "id_hashtag_text_paragraph",
        "https://warta-kota.example.co.id/budaya/perpustakaan-malam",
        site(
            "id",
            "Perpustakaan buka sampai malam",
            name="Warta Kota Kita",
            after="<p>#perpustakaan #mahasiswa #Bandung</p>",
        ),
        ("#perpustakaan", "#mahasiswa", "#Bandung"),  # a closing line of hashtags alone
        ...,
        "Warta Kota Kita",
        None,
    ),
    (
        "vi_the_label_line",
        "https://bao-pho-thi.example.vn/van-hoa/thu-vien-nua-dem",
        site(
            "vi",
            "Thư viện mở đến nửa đêm",
            name="Báo Phố Thị",
            after=label_line("Thẻ:", "thư viện", "sinh viên", "Đà Nẵng", path="the"),
        ),
        ("thư viện", "sinh viên", "Đà Nẵng"),  # "Thẻ" (tag)
        ...,
        "Báo Phố Thị",
        None,
    ),
    (
        "fr_avec_afp_closing",
        "https://ouest-matin.example.fr/culture/bibliotheque-minuit-afp",
        site(
            "fr",
            "Une bibliothèque ouverte à minuit",
            name="Ouest Matin",
            after="<p>(Avec AFP)</p>",
        ),
        ...,
        ...,
        "Ouest Matin",
        "AFP",  # "with AFP", the story's agency
    ),
    (
        "de_mit_material_von_dpa",
        "https://suedpost.example.de/kultur/bibliothek-dpa",
        site(
            "de",
            "Bibliothek öffnet länger",
            name="Südpost",
            after="<p><em>Mit Material von dpa</em></p>",
        ),
        ...,
        ...,
        "Südpost",
        "dpa",  # "with material from dpa"
    ),
    (
        "es_europa_press_capital_dateline",
        "https://cronica-local.example.es/sociedad/biblioteca-medianoche",
        page(
            "es",
            "La biblioteca abrirá hasta medianoche | Crónica Local",
            '<meta property="og:site_name" content="Crónica Local">',
            "<main><article><h1>La biblioteca abrirá hasta medianoche</h1>"
            f"<p>MADRID, 3 Jun. (EUROPA PRESS) - {LIBRARY['es']}</p>"
            f"<p>{LIBRARY['es']} {LIBRARY['es']}</p></article></main>",
        ),
        ...,
        ...,
        "Crónica Local",
        "Europa Press",  # the dateline's agency in capitals
    ),
    (
        "ja_kyodo_closing",
        "https://shimin-shimbun.example.jp/articles/20250603-toshokan",
        site(
            "ja",
            "図書館、深夜まで開館へ",
            name="市民新聞",
            after="<p>（共同）</p>",
        ),
        ...,
        ...,
        "市民新聞",
        "共同",  # Kyodo in brackets closing the story
    ),
    (
        "sv_tt_dateline",
        "https://lansnytt.example.se/kultur/bibliotek-midnatt",
        page(
            "sv",
            "Biblioteket öppet till midnatt | Länsnytt",
            '<meta property="og:site_name" content="Länsnytt">',
            "<main><article><h1>Biblioteket öppet till midnatt</h1>"
            f"<p>STOCKHOLM (TT) {LIBRARY['sv']}</p>"
            f"<p>{LIBRARY['sv']} {LIBRARY['sv']}</p></article></main>",
        ),
        ...,
        ...,
        "Länsnytt",
        "TT",
    ),
    (
        "en_photo_credit_is_no_source",
        "https://northern-echo-post.example.co.uk/news/library-midnight",
        site(
            "en",
            "Library to open late",
            name="Northern Post",
            lead='<figure><img src="/l.jpg" alt="The library"><figcaption>The library. '
            "Photo: Reuters</figcaption></figure>",
        ),
        ...,
        ...,
        "Northern Post",
        None,  # a photo's credit, not the text's
    ),
    (
        "tr_kaynak_aa",
        "https://haber-kent.example.com.tr/kultur/kutuphane-gece",
        site("tr", "Kütüphane gece açık", name="Haber Kent", after="<p>Kaynak: AA</p>"),
        ...,
        ...,
        "Haber Kent",
        "AA",  # "Kaynak:" (source), Anadolu's short name
    ),
    (
        "tr_og_site_name_with_tagline",
        "https://www.kenthaber.com.tr/kultur/kutuphane-gece-acik",
        site(
            "tr",
            "Kütüphane gece de açık",
            name="Kent Haber - Kentin Sesi",
            foot="<p>© 2025 Kent Haber. Tüm hakları saklıdır.</p>",
        ),
        ...,
        ...,
        "Kent Haber",  # the name without its tagline ("the city's voice")
        None,
    ),
    (
        "nl_jsonld_graph_publisher_by_id",
        "https://dagblad-noord.example.nl/cultuur/bibliotheek-nacht",
        site(
            "nl",
            "Bibliotheek ook 's nachts open",
            name=None,
            logo="DN",
            head='<script type="application/ld+json">{"@context":"https://schema.org","@graph":'
            '[{"@type":"NewsMediaOrganization","@id":"https://dagblad-noord.example.nl/#org",'
            '"name":"Dagblad Noord"},{"@type":"NewsArticle","headline":"Bibliotheek ook \'s '
            'nachts open","publisher":{"@id":"https://dagblad-noord.example.nl/#org"}}]}'
            "</script>",
            foot="<p>Alle rechten voorbehouden.</p>",
        ),
        ...,
        ...,
        "Dagblad Noord",  # the publisher the article's @id points to
        None,
    ),
    (
        "de_legal_name_and_og_site_name",
        "https://seeblick-zeitung.example.de/kultur/bibliothek-nacht",
        site(
            "de",
            "Bibliothek auch nachts offen",
            name="Seeblick Zeitung",
            head=ld(
                "NewsArticle",
                headline="Bibliothek auch nachts offen",
                publisher={"@type": "Organization", "name": "Seeblick Medien GmbH & Co. KG"},
            ),
        ),
        ...,
        ...,
        "Seeblick Zeitung",  # the paper readers know, not its company's legal name
        None,
    ),
]


# A third round, written after the second's fixes, its truth before running: longer tag
# labels of news sites ("Explore more on these topics", "Ämnen i artikeln", "İlgili
# konular"), a "read also" label over stories, and one comma-joined article:tag beside other
# keywords that agree with it.
ROUND_3: list[tuple[Any, ...]] = [
    (
        "en_explore_more_on_these_topics",
        "https://eastern-standard.example.com/uk-news/2025/jun/03/library-midnight",
        site(
            "en",
            "City library to open until midnight",
            name="Eastern Standard",
            after=label_line("Explore more on these topics", "Libraries", "Students", path="t"),
        ),
        ("Libraries", "Students"),
        ...,
        "Eastern Standard",
        None,
    ),
    (
        "sv_amnen_i_artikeln",
        "https://kvallsbladet.example.se/kultur/biblioteket-midnatt",
        site(
            "sv",
            "Biblioteket stänger vid midnatt",
            name="Kvällsbladet",
            after=label_line("Ämnen i artikeln", "Bibliotek", "Uppsala", path="t"),
        ),
        ("Bibliotek", "Uppsala"),  # "topics in the article"
        ...,
        "Kvällsbladet",
        None,
    ),
    (
        "tr_ilgili_konular",
        "https://sehir-postasi.example.com.tr/kultur/kutuphane-geceyarisi",
        site(
            "tr",
            "Kütüphane gece yarısına kadar açık kalacak",
            name="Şehir Postası",
            after=label_line("İlgili Konular:", "kütüphane", "üniversite", path="t"),
        ),
        ("kütüphane", "üniversite"),  # "related topics"
        ...,
        "Şehir Postası",
        None,
    ),
    (
        "pt_veja_mais_sobre",
        "https://gazeta-do-litoral.example.com.br/cultura/biblioteca-24h",
        site(
            "pt",
            "Biblioteca abre até a meia-noite",
            name="Gazeta do Litoral",
            after=label_line("Veja mais sobre", "bibliotecas", "Santos", path="t"),
        ),
        ("bibliotecas", "Santos"),  # "see more about"
        ...,
        "Gazeta do Litoral",
        None,
    ),
    (
        "it_leggi_anche_stories",
        "https://voce-del-lago.example.it/cultura/biblioteca-mezzanotte",
        site(
            "it",
            "Biblioteca aperta fino a mezzanotte",
            name="La Voce del Lago",
            after='<div class="leggi-anche"><strong>Leggi anche:</strong> '
            '<a href="/cultura/2025/06/01/nuova-sala-lettura/">Nuova sala lettura in centro</a>'
            "</div>",
        ),
        (),  # a link to another story
        ...,
        "La Voce del Lago",
        None,
    ),
    (
        "en_one_article_tag_and_keywords_meta",
        "https://bayside-times.example.com/news/library-night-hours",
        site(
            "en",
            "Library adds night hours",
            name="Bayside Times",
            head=metas("article:tag", "Libraries, Students, Night opening")
            + meta("keywords", "libraries,students,night opening,bayside news"),
        ),
        ("Libraries", "Students", "Night opening"),  # the story's three
        ...,
        "Bayside Times",
        None,
    ),
    (
        "fr_one_article_tag_and_rel_tag_links",
        "https://le-reveil-local.example.fr/culture/bibliotheque-nuit",
        site(
            "fr",
            "La bibliothèque ouvre la nuit",
            name="Le Réveil local",
            head=metas("article:tag", "bibliothèques, étudiants"),
            after=label_line("Mots-clés :", "bibliothèques", "étudiants", path="mot", rel="tag"),
        ),
        ("bibliothèques", "étudiants"),
        ...,
        "Le Réveil local",
        None,
    ),
    (
        "it_one_article_tag_semicolons_and_news_keywords",
        "https://eco-di-provincia.example.it/cultura/biblioteca-serale",
        site(
            "it",
            "Biblioteca, orario serale",
            name="Eco di Provincia",
            head=metas("article:tag", "biblioteca; studenti; Pavia")
            + meta("news_keywords", "biblioteca, studenti, Pavia"),
        ),
        ("biblioteca", "studenti", "Pavia"),
        ...,
        "Eco di Provincia",
        None,
    ),
]

# The misses of the blind runs, as strict xfails. The first round: newsextract 99/100 fields
# (tag-set F1 1.000 on 27 pages), trafilatura 70/100 (0.370; it has no source field, so its
# source is None, right on 27 pages that credit none); newsextract's miss was the probe's
# own: a copyright notice on bibliotheksbote.example.de names no label of the host's
# registered domain (example.de), so the page moved to bibliotheksbote.de. The second round:
# newsextract 47/62 (tags 5/14, F1 0.357), trafilatura 50/62 (tags 10/14, F1 0.768). Its
# publisher miss was the probe's own again (a tagline is cut where a part names the host's
# label, here example.com.tr's: the page moved to kenthaber.com.tr). The eight trending bars
# and popular-topics boxes are read since (the language files' ``trending_labels``): 55/62,
# 56 with the moved page; the five agencies since (a credit line after the text's box, a few
# words before the agency, "(Avec AFP)", "<p><em>Mit Material von dpa</em></p>"; "EUROPA
# PRESS" in capitals; a place in capitals with no dash after the agency): 61/62. The third
# round (8 pages, 24 fields): newsextract 20/24 blind (tags 4/8, F1 0.500), trafilatura
# 18/24 (tags 2/8, F1 0.357); its four labels in the language files since: 24/24. The
# second round's last miss, a paragraph of unlinked hashtags alone, is read since
# (``html:hashtag-text``): 62/62.
_OPEN: dict[tuple[str, str], str] = {}
_CASES = field_cases(PROBES + ROUND_2 + ROUND_3, FIELDS, _OPEN)


@pytest.mark.parametrize(("url", "html", "field", "want"), _CASES)
def test_blind_tag_probe_68(url: str, html: str, field: str, want: object) -> None:
    got = getattr(newsextract.extract(html, url=url), field)
    assert matches(field, got, want), f"{field}: {got!r}"


def report(
    probes: list[tuple[Any, ...]], fields: tuple[str, ...] = FIELDS
) -> None:  # pragma: no cover
    """Both tools' hits per field of ``fields`` (tags first) and mean tag-set F1, and each
    miss. Run by hand (the fifth tag probe's kit runs it too, with the lead)."""
    for tool in ("newsextract", "trafilatura"):
        hits: dict[str, list[int]] = {f: [0, 0] for f in fields}
        f1s: list[float] = []
        for name, url, html, *wants in probes:
            if tool == "newsextract":
                found = newsextract.extract(html, url=url)
                got = {f: getattr(found, f) for f in fields}
            else:
                theirs = trafilatura_fields(html, url)
                got = {**_trafilatura(html, url), "source": None}
                got["publisher"], got["lead"] = theirs.get("publisher"), theirs.get("lead")
            if wants[0] is not ...:
                f1s.append(_set_f1(tuple(got["tags"] or ()), wants[0]))
            for field_name, want in zip(fields, wants, strict=True):
                if want is ...:
                    continue
                hits[field_name][1] += 1
                if matches(field_name, got[field_name], want):
                    hits[field_name][0] += 1
                else:
                    print(f"   {tool} {name} {field_name}: {got[field_name]!r}")
        total = sum(h for h, _ in hits.values()), sum(t for _, t in hits.values())
        each = ", ".join(f"{f} {h}/{t}" for f, (h, t) in hits.items())
        f1 = f"tag-set F1 {sum(f1s) / len(f1s):.3f} on {len(f1s)}"
        print(f"{tool}: {total[0]}/{total[1]} ({each}); {f1}")


if __name__ == "__main__":  # pragma: no cover
    report(PROBES)
    report(ROUND_2)
    report(ROUND_3)


# Lines after the text that name an agency and credit no text of it, written after the
# fixes: a picture's credit, a contributor's, a follow button's (the few-words credit
# "(Avec AFP)" would read each as the source).
@pytest.mark.parametrize(
    "line",
    ["Photo by Reuters", "Foto von dpa", "Additional reporting by Reuters", "Follow AFP"],
)
def test_a_closing_line_crediting_no_text_is_no_source(line: str) -> None:
    html = site("en", "Library to open late", name="Northern Post", after=f"<p>{line}</p>")
    assert newsextract.extract(html, url="https://northernpost.co.uk/news/library").source is None
