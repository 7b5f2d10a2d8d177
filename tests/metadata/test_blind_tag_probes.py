"""A blind probe of tags and categories (issue 12): pages written without reading the code,
only ``docs/fields.md``, whose definitions the expected values follow: ``tags`` are the
article's keywords, ``categories`` its sections (its ``articleSection``, ``article:section``,
``rel=category``, else its breadcrumb trail without the home page and the headline, else the
kicker). A page's tags given twice (meta and visible) are one list, not a union: the docs
resolve tags as "first, narrowed by agreement". Hashtags are kept as the page writes them
("#Mostar", as the docs' ``html:hashtag-links`` says). Pages are news and beyond (a blog, a
recipe, a docs page, a forum thread, a shop, a video page) in 24 languages and 10 scripts,
with what a site puts around a story and is no tag of it: its menu, a sidebar tag cloud, a
"trending" bar, related stories' tags, share buttons, a "sponsored" label.
``python -m tests.metadata.test_blind_tag_probes`` prints newsextract's and trafilatura's
hits. Every site, name and text here is invented."""

from __future__ import annotations

from typing import Any

import pytest
from tests.metadata.language_probes.kit import field_cases, matches
from tests.metadata.title_pages import ld, page, paragraphs

import newsextract

# One sentence per language: the town library opens on Sundays from next month.
TEXTS = {
    "en": "The town library will open on Sundays from next month, after readers signed a "
    "petition asking for weekend hours.",
    "de": "Die Stadtbibliothek öffnet ab dem kommenden Monat auch sonntags, nachdem Leser eine "
    "Petition für längere Öffnungszeiten unterschrieben haben.",
    "fr": "La médiathèque municipale ouvrira le dimanche dès le mois prochain, après une "
    "pétition signée par les lecteurs du quartier.",
    "es": "La biblioteca municipal abrirá los domingos a partir del próximo mes, después de "
    "que los lectores firmaran una petición vecinal.",
    "pt": "A biblioteca municipal vai abrir aos domingos a partir do próximo mês, depois de "
    "os leitores assinarem um abaixo-assinado.",
    "it": "La biblioteca comunale aprirà anche la domenica dal mese prossimo, dopo che i "
    "lettori hanno firmato una petizione.",
    "nl": "De stadsbibliotheek gaat vanaf volgende maand ook op zondag open, nadat lezers een "
    "petitie voor ruimere openingstijden tekenden.",
    "pl": "Biblioteka miejska od przyszłego miesiąca będzie otwarta także w niedziele, po tym "
    "jak czytelnicy podpisali petycję.",
    "cs": "Městská knihovna bude od příštího měsíce otevřená i v neděli, poté co čtenáři "
    "podepsali petici za delší otevírací dobu.",
    "tr": "Belediye kütüphanesi, okurların imzaladığı dilekçenin ardından gelecek aydan "
    "itibaren pazar günleri de açık olacak.",
    "sv": "Stadsbiblioteket håller öppet även på söndagar från nästa månad, sedan läsarna "
    "skrivit under en namninsamling.",
    "vi": "Thư viện thành phố sẽ mở cửa vào Chủ nhật từ tháng sau, sau khi bạn đọc ký tên "
    "vào một bản kiến nghị.",
    "id": "Perpustakaan kota akan buka pada hari Minggu mulai bulan depan, setelah para "
    "pembaca menandatangani sebuah petisi.",
    "ru": "Городская библиотека со следующего месяца будет открыта и по воскресеньям: "
    "читатели собрали подписи под петицией.",
    "uk": "Міська бібліотека з наступного місяця працюватиме й у неділю: читачі зібрали "
    "підписи під петицією.",
    "ar": "ستفتح مكتبة المدينة أبوابها أيام الأحد ابتداءً من الشهر المقبل، بعد أن وقّع القراء "
    "عريضة تطالب بساعات إضافية.",
    "fa": "کتابخانه شهر از ماه آینده روزهای یکشنبه هم باز خواهد بود، پس از آنکه خوانندگان "
    "طوماری را امضا کردند.",
    "he": "ספריית העיר תיפתח גם בימי ראשון החל מהחודש הבא, לאחר שקוראים חתמו על עצומה.",
    "el": "Η δημοτική βιβλιοθήκη θα ανοίγει και τις Κυριακές από τον επόμενο μήνα, μετά από "
    "υπογραφές των αναγνωστών.",
    "zh": "市图书馆将从下个月起在周日开放，此前读者联名签署了一份请愿书，要求延长周末开放时间。",
    "ja": "市立図書館は来月から日曜日も開館する。読者が週末の開館を求める署名を集めていた。",
    "ko": "시립도서관이 다음 달부터 일요일에도 문을 연다. "
    "독자들이 주말 개관을 요구하는 서명을 모았다.",
    "hi": "नगर पुस्तकालय अगले महीने से रविवार को भी खुलेगा, पाठकों ने सप्ताहांत में खुलने के "
    "लिए एक याचिका पर हस्ताक्षर किए थे।",
    "th": "ห้องสมุดเมืองจะเปิดให้บริการในวันอาทิตย์ตั้งแต่เดือนหน้า หลังจากผู้อ่านร่วมกันลงชื่อในคำร้อง",
}


def _links(items: tuple[str, ...], path: str, sep: str = " ", rel: str = "") -> str:
    attr = f' rel="{rel}"' if rel else ""
    return sep.join(f'<a href="/{path}/t{n}/"{attr}>{t}</a>' for n, t in enumerate(items, 1))


def trending(label: str, *items: str) -> str:
    """A bar over the masthead with the site's hot topics: no tag of the story."""
    return f'<div class="trending-bar"><span>{label}</span> {_links(items, "tag")}</div>'


def cloud(label: str, *items: str) -> str:
    """A sidebar's tag cloud: every tag of the site, none the story's."""
    links = "".join(
        f'<a href="/tag/c{n}/" class="tag-cloud-link" style="font-size: {8 + n}pt">{t}</a>'
        for n, t in enumerate(items, 1)
    )
    return (
        f'<section class="widget widget_tag_cloud"><h3 class="widget-title">{label}</h3>'
        f'<div class="tagcloud">{links}</div></section>'
    )


def related(heading: str, *stories: tuple[str, tuple[str, ...]]) -> str:
    """Related stories, each with its own tags: theirs, not the story's."""
    cards = "".join(
        f'<div class="related-card"><h4><a href="/r/{n}/">{title}</a></h4>'
        f'<div class="card-tags">{_links(tags, "tag")}</div></div>'
        for n, (title, tags) in enumerate(stories, 1)
    )
    return f'<section class="related-posts"><h3>{heading}</h3>{cards}</section>'


def share(label: str, *networks: str) -> str:
    """Share buttons: network names, no tags."""
    links = "".join(
        f'<a class="share-{n}" href="https://share.example.com/{n}">{name}</a>'
        for n, name in enumerate(networks, 1)
    )
    return f'<div class="share-buttons"><span class="share-label">{label}</span>{links}</div>'


def labelled(label: str, *items: str, css: str = "post-tags", path: str = "tag") -> str:
    """A tag list after the text under a label in the page's language."""
    return (
        f'<div class="{css}"><span class="label">{label}</span> {_links(items, path, ", ")}</div>'
    )


def crumbs(*items: str) -> str:
    """A breadcrumb trail: home, sections, the story's title unlinked."""
    *linked, last = items
    trail = " › ".join(f'<a href="/s{n}/">{c}</a>' for n, c in enumerate(linked))
    return f'<nav class="breadcrumb">{trail} › <span>{last}</span></nav>'


def site(
    lang: str,
    title: str,
    head: str,
    article: str,
    *,
    name: str,
    menu: tuple[str, ...] = ("I", "II", "III"),
    top: str = "",
    aside: str = "",
    below: str = "",
) -> str:
    """A site's frame: ``top`` (a trending bar), the logo and its menu of sections, the
    article, ``below`` (related stories), a sidebar and the footer."""
    items = "".join(f'<li><a href="/section/{n}/">{m}</a></li>' for n, m in enumerate(menu))
    return page(
        lang,
        title,
        head,
        f'{top}<header class="site-header"><a class="logo" href="/">{name}</a>'
        f'<nav class="main-menu"><ul>{items}</ul></nav></header>'
        f'<main id="main">{article}{below}</main>'
        f'<aside class="sidebar">{aside}</aside><footer class="site-footer"><p>© 2024 {name}</p>'
        "</footer>",
    )


def article(lang: str, h1: str, *, above: str = "", meta: str = "", after: str = "") -> str:
    """A story: ``above`` (breadcrumb, kicker), its headline, a meta line, the text, then
    ``after`` (tags, share buttons)."""
    return (
        f'<article class="post">{above}<h1 class="entry-title">{h1}</h1>'
        f'<div class="entry-meta">{meta}</div><div class="entry-content">'
        f"{paragraphs(TEXTS[lang], TEXTS[lang])}</div>{after}</article>"
    )


def og(title: str, name: str, *more: tuple[str, str]) -> str:
    """OpenGraph metas: title, site name, and ``more`` properties (one meta each)."""
    extra = "".join(f'<meta property="{p}" content="{v}">' for p, v in more)
    return (
        f'<meta property="og:type" content="article"><meta property="og:title" content="{title}">'
        f'<meta property="og:site_name" content="{name}">{extra}'
    )


def meta(name: str, content: str) -> str:
    return f'<meta name="{name}" content="{content}">'


def story(
    lang: str,
    h1: str,
    name: str,
    *,
    head: str = "",
    above: str = "",
    after: str = "",
    top: str = "",
    aside: str = "",
    below: str = "",
    menu: tuple[str, ...] = ("I", "II", "III"),
) -> str:
    """A news story on a site: its ``<title>`` the headline and the site's name."""
    body = article(lang, h1, above=above, after=after)
    return site(
        lang,
        f"{h1} | {name}",
        og(h1, name) + head,
        body,
        name=name,
        menu=menu,
        top=top,
        aside=aside,
        below=below,
    )


# A probe: name, url, html, tags, categories (``...`` not judged), each expected value with
# its reason beside it.
FIELDS = ("tags", "categories")

PROBES: list[tuple[Any, ...]] = [
    (
        "en_article_tag_metas_trending_and_cloud",
        "https://valleyherald.example.com/local/2024/03/library-sundays",
        story(
            "en",
            "Library to open on Sundays",
            "Valley Herald",
            head=og(
                "Library to open on Sundays",
                "Valley Herald",
                ("article:section", "Local"),
                ("article:tag", "Libraries"),
                ("article:tag", "Opening hours"),
                ("article:tag", "Petitions"),
            ),
            top=trending("Trending:", "Election", "Heatwave", "Transfer news"),
            aside=cloud("Tags", "Weather", "Schools", "Traffic", "Libraries", "Football"),
            menu=("News", "Sport", "Business"),
        ),
        ("Libraries", "Opening hours", "Petitions"),  # one article:tag a tag, as OpenGraph says
        ("Local",),  # article:section
    ),
    (
        "de_one_article_tag_comma_joined_and_schlagwoerter",
        "https://kreisbote.example.de/lokales/bibliothek-sonntag-2024",
        story(
            "de",
            "Bibliothek öffnet sonntags",
            "Kreisbote Nord",
            head=og(
                "Bibliothek öffnet sonntags",
                "Kreisbote Nord",
                ("article:tag", "Bibliothek, Öffnungszeiten, Petition"),
            ),
            after=labelled("Schlagwörter:", "Bibliothek", "Öffnungszeiten", "Petition")
            + share("Teilen:", "Facebook", "WhatsApp", "E-Mail"),
            aside=cloud("Schlagwortwolke", "Verkehr", "Schule", "Wetter"),
        ),
        ("Bibliothek", "Öffnungszeiten", "Petition"),  # a lone article:tag is split; same list
        ...,
    ),
    (
        "fr_jsonld_keywords_string_and_seo_keywords",
        "https://courrierduval.example.fr/societe/mediatheque-dimanche",
        story(
            "fr",
            "La médiathèque ouvrira le dimanche",
            "Le Courrier du Val",
            head=ld(
                "NewsArticle",
                headline="La médiathèque ouvrira le dimanche",
                keywords="médiathèque, horaires, pétition",
                articleSection="Société",
            )
            + meta("keywords", "actualités, info locale, Le Courrier du Val, France, journal"),
        ),
        ("médiathèque", "horaires", "pétition"),  # JSON-LD keywords, first; the SEO list loses
        ("Société",),  # articleSection
    ),
    (
        "es_jsonld_keywords_semicolons_and_etiquetas",
        "https://diariodelaribera.example.es/local/biblioteca-domingos",
        story(
            "es",
            "La biblioteca abrirá los domingos",
            "Diario de la Ribera",
            head=ld(
                "NewsArticle",
                headline="La biblioteca abrirá los domingos",
                keywords="biblioteca; horarios; vecinos",
            ),
            after=labelled("Etiquetas:", "biblioteca", "horarios", "vecinos"),
            top=trending("Lo más leído:", "Fútbol", "Lotería", "Tiempo"),
        ),
        ("biblioteca", "horarios", "vecinos"),  # split at the semicolons; the visible list agrees
        ...,
    ),
    (
        "ru_jsonld_keywords_array_breadcrumb",
        "https://gorodskievesti.example.ru/obshchestvo/biblioteka-voskresenye",
        story(
            "ru",
            "Библиотека откроется по воскресеньям",
            "Городские вести",
            head=ld(
                "NewsArticle",
                headline="Библиотека откроется по воскресеньям",
                keywords=["библиотека", "петиция", "выходные"],
            ),
            above=crumbs("Главная", "Общество", "Библиотека откроется по воскресеньям"),
            after=labelled("Теги:", "библиотека", "петиция", "выходные"),
            below=related(
                "Читайте также",
                ("Новый каток", ("спорт", "зима")),
                ("Ремонт моста", ("транспорт",)),
            ),
            menu=("Политика", "Спорт", "Общество"),
        ),
        ("библиотека", "петиция", "выходные"),  # JSON-LD array; related stories' tags are theirs
        ("Общество",),  # the trail without home and the headline
    ),
    (
        "pt_jsonld_keywords_hashtags",
        "https://jornaldoplanalto.example.com.br/cidade/biblioteca-domingo",
        story(
            "pt",
            "Biblioteca vai abrir aos domingos",
            "Jornal do Planalto",
            head=ld(
                "NewsArticle",
                headline="Biblioteca vai abrir aos domingos",
                keywords="#biblioteca #cultura #cidade",
                articleSection="Cidade",
            ),
            after=share("Compartilhe:", "Facebook", "X", "WhatsApp"),
        ),
        ("#biblioteca", "#cultura", "#cidade"),  # three hashtags, kept as written (docs)
        ("Cidade",),  # articleSection
    ),
    (
        "it_news_keywords_and_seo_keywords",
        "https://gazzettadellago.example.it/cronaca/biblioteca-domenica",
        story(
            "it",
            "La biblioteca aprirà la domenica",
            "Gazzetta del Lago",
            head=meta("news_keywords", "biblioteca, orari, petizione")
            + meta("keywords", "notizie, cronaca, ultime notizie, Gazzetta del Lago, biblioteca"),
            aside=cloud("Argomenti", "Calcio", "Meteo", "Scuola"),
        ),
        # news_keywords are the story's; the keywords meta is the site's SEO list (its name,
        # "ultime notizie"), which the news_keywords narrow nothing of
        ("biblioteca", "orari", "petizione"),
        ...,
    ),
    (
        "tr_konu_basliklari_visible_only",
        "https://korfezhaber.example.com.tr/yasam/kutuphane-pazar",
        story(
            "tr",
            "Kütüphane pazar günleri de açık olacak",
            "Körfez Haber",
            after=labelled("Konu başlıkları:", "kütüphane", "belediye", "dilekçe"),
            aside=cloud("Etiket bulutu", "spor", "ekonomi", "hava durumu", "trafik"),
            menu=("Gündem", "Spor", "Ekonomi"),
        ),
        ("kütüphane", "belediye", "dilekçe"),  # the visible list under its Turkish label
        ...,
    ),
    (
        "hi_tag_label_visible_only",
        "https://nagarpatrika.example.in/local/library-sunday",
        story(
            "hi",
            "नगर पुस्तकालय अब रविवार को भी खुलेगा",
            "नगर पत्रिका",
            after=labelled("टैग:", "पुस्तकालय", "नगर निगम", "याचिका"),
            top=trending("ट्रेंडिंग:", "क्रिकेट", "चुनाव", "मौसम"),
            menu=("देश", "खेल", "मनोरंजन"),
        ),
        ("पुस्तकालय", "नगर निगम", "याचिका"),  # under the Hindi label; not the trending bar's
        ...,
    ),
    (
        "zh_biaoqian_label_and_hot_bar",
        "https://jiangchengribao.example.cn/shehui/2024/03/library.html",
        story(
            "zh",
            "市图书馆下月起周日开放",
            "江城日报",
            after=labelled("标签：", "图书馆", "公共服务", "请愿"),
            top=trending("热门：", "高考", "天气", "房价"),
            menu=("要闻", "社会", "体育"),
        ),
        ("图书馆", "公共服务", "请愿"),  # the list under 标签 (full-width colon)
        ...,
    ),
    (
        "ko_taegeu_heading_box_then_list",
        "https://gangbyeonilbo.example.kr/news/articleView.html?idxno=5521",
        story(
            "ko",
            "시립도서관, 다음 달부터 일요일 개관",
            "강변일보",
            after='<div class="tag-box"><h4>태그</h4><ul>'
            + "".join(
                f'<li><a href="/tag/{n}">{t}</a></li>'
                for n, t in enumerate(("도서관", "주말", "서명"))
            )
            + "</ul></div>",
            below=related("관련기사", ("주말 장터 열려", ("시장", "주말"))),
        ),
        ("도서관", "주말", "서명"),  # the label alone in the box's heading, the links after it
        ...,
    ),
    (
        "ja_blog_rel_tag_and_rel_category",
        "https://machinaka-nikki.example.jp/2024/03/toshokan/",
        site(
            "ja",
            "図書館が日曜も開館 | まちなか日記",
            og("図書館が日曜も開館", "まちなか日記"),
            article(
                "ja",
                "図書館が日曜も開館",
                after='<footer class="entry-footer"><span class="cat-links">カテゴリー: '
                '<a href="/category/kurashi/" rel="category tag">暮らし</a></span> '
                '<span class="tags-links">タグ: '
                + _links(("図書館", "週末"), "tag", "、", rel="tag")
                + "</span></footer>",
            ),
            name="まちなか日記",
            aside=cloud("タグクラウド", "旅行", "料理", "カメラ", "図書館"),
        ),
        ("図書館", "週末"),  # rel=tag links; the category link is no tag
        ("暮らし",),  # rel="category tag" to /category/
    ),
    (
        "en_ul_tags_no_label",
        "https://harbourpost.example.co.uk/news/library-sunday-opening",
        story(
            "en",
            "Library will open on Sundays",
            "The Harbour Post",
            after='<ul class="tags">'
            + "".join(
                f'<li><a href="/tags/{t.lower()}">{t}</a></li>'
                for t in ("Libraries", "Council", "Weekends")
            )
            + "</ul>",
            below=related("More stories", ("Ferry timetable changes", ("Transport",))),
            menu=("News", "Sport", "Opinion"),
        ),
        ("Libraries", "Council", "Weekends"),  # links to /tags/… in the article, no label
        ...,
    ),
    (
        "id_hashtag_links",
        "https://kabarkali.example.id/kota/perpustakaan-minggu",
        story(
            "id",
            "Perpustakaan kota buka hari Minggu",
            "Kabar Kali",
            after='<div class="hashtags">'
            + " ".join(
                f'<a href="/hashtag/{t[1:]}">{t}</a>'
                for t in ("#Perpustakaan", "#Literasi", "#PelayananPublik")
            )
            + "</div>",
            top=trending("Populer:", "#PilkadaJakarta", "#Banjir"),
        ),
        ("#Perpustakaan", "#Literasi", "#PelayananPublik"),  # hashtag links, as written
        ...,
    ),
    (
        "en_topics_box_follow_buttons",
        "https://eveningledger.example.com/2024/03/05/library-sundays",
        story(
            "en",
            "Town library to add Sunday hours",
            "Evening Ledger",
            after='<section class="topics"><h2>Topics</h2><ul>'
            + "".join(
                f'<li><a href="/topic/{n}">{t}</a><button class="follow">Follow</button></li>'
                for n, t in enumerate(("Libraries", "Local government"))
            )
            + "</ul></section>",
            below=related("Most read", ("Bus fares rise", ("Transport", "Prices"))),
        ),
        ("Libraries", "Local government"),  # the topics, without the buttons' "Follow"
        ...,
    ),
    (
        "pl_breadcrumb_against_tagi",
        "https://kurierpowiatowy.example.pl/wiadomosci/kraj/biblioteka-niedziela",
        story(
            "pl",
            "Biblioteka otwarta w niedziele",
            "Kurier Powiatowy",
            above=crumbs("Strona główna", "Wiadomości", "Kraj", "Biblioteka otwarta w niedziele"),
            after=labelled("Tagi:", "biblioteka", "kultura", "petycja"),
            menu=("Wiadomości", "Sport", "Kultura"),
        ),
        ("biblioteka", "kultura", "petycja"),  # the tags, none of the trail's sections
        ("Wiadomości", "Kraj"),  # the trail without home and the headline
    ),
    (
        "nl_tags_twice_meta_and_visible",
        "https://stadskrant.example.nl/nieuws/bibliotheek-zondag",
        story(
            "nl",
            "Bibliotheek ook op zondag open",
            "De Stadskrant",
            head=og(
                "Bibliotheek ook op zondag open",
                "De Stadskrant",
                ("article:tag", "bibliotheek"),
                ("article:tag", "openingstijden"),
                ("article:tag", "gemeente"),
            ),
            after=labelled("Tags:", "Bibliotheek", "Openingstijden", "Gemeente"),
        ),
        ("bibliotheek", "openingstijden", "gemeente"),  # one list, given twice: no union
        ...,
    ),
    (
        "sv_seo_keywords_only",
        "https://adalenskuriren.example.se/nyheter/biblioteket-sondag",
        story(
            "sv",
            "Biblioteket öppnar på söndagar",
            "Ådalens Kuriren",
            head=meta(
                "keywords", "nyheter, senaste nytt, Ådalens Kuriren, Sverige, lokala nyheter"
            ),
            aside=cloud("Taggar", "Sport", "Väder", "Trafik"),
        ),
        # the keywords meta is the site's SEO list (its name, "senaste nytt", "lokala
        # nyheter"), the same on every page: no keyword of this story
        (),
        ...,
    ),
    (
        "en_specific_keywords_meta_only",
        "https://millbrookgazette.example.com/news/library-sunday-hours",
        story(
            "en",
            "Library adds Sunday hours",
            "Millbrook Gazette",
            head=meta("keywords", "library, Sunday opening, petition"),
        ),
        ("library", "Sunday opening", "petition"),  # the keywords meta is the story's: its words
        ...,
    ),
    (
        "ar_wusum_label_and_share",
        "https://akhbaralwadi.example.com/local/library-sunday",
        story(
            "ar",
            "مكتبة المدينة تفتح أيام الأحد",
            "أخبار الوادي",
            after=labelled("الوسوم:", "مكتبة", "ثقافة", "عريضة")
            + share("شارك:", "فيسبوك", "تويتر", "واتساب"),
            top=trending("الأكثر قراءة:", "كرة القدم", "الطقس"),
            menu=("محليات", "رياضة", "اقتصاد"),
        ),
        ("مكتبة", "ثقافة", "عريضة"),  # under the Arabic label; not the share buttons' names
        ...,
    ),
    (
        "fa_barchasbha_label",
        "https://khabarshahr.example.ir/news/4471",
        story(
            "fa",
            "کتابخانه شهر یکشنبه‌ها باز است",
            "خبر شهر",
            after=labelled("برچسب‌ها:", "کتابخانه", "فرهنگ", "طومار"),
            below=related("اخبار مرتبط", ("بازار کتاب", ("کتاب", "بازار"))),
        ),
        ("کتابخانه", "فرهنگ", "طومار"),  # under the Persian label (its zero-width joiner)
        ...,
    ),
    (
        "he_tagiot_label_and_sponsored",
        "https://hadashot-hagalil.example.co.il/news/library-sunday",
        story(
            "he",
            "ספריית העיר תיפתח בימי ראשון",
            "חדשות הגליל",
            above='<span class="sponsored-label">תוכן ממומן</span>',
            after=labelled("תגיות:", "ספרייה", "עירייה", "עצומה"),
        ),
        ("ספרייה", "עירייה", "עצומה"),  # the tags; the "sponsored content" label is none
        ...,
    ),
    (
        "el_etiketes_label",
        "https://eidiseis-limaniou.example.gr/topika/vivliothiki-kyriaki",
        story(
            "el",
            "Η βιβλιοθήκη ανοίγει και την Κυριακή",
            "Ειδήσεις Λιμανιού",
            after=labelled("Ετικέτες:", "βιβλιοθήκη", "δήμος", "υπογραφές"),
            aside=cloud("Δημοφιλή", "ποδόσφαιρο", "καιρός"),
        ),
        ("βιβλιοθήκη", "δήμος", "υπογραφές"),  # under the Greek label
        ...,
    ),
    (
        "uk_tehy_label_related_tags",
        "https://visti-mista.example.com.ua/suspilstvo/biblioteka-nedilia",
        story(
            "uk",
            "Бібліотека працюватиме в неділю",
            "Вісті міста",
            after=labelled("Теги:", "бібліотека", "петиція"),
            below=related(
                "Читайте також",
                ("Новий сквер", ("благоустрій", "парки")),
                ("Тролейбуси", ("транспорт",)),
            ),
            top=trending("Головне:", "війна", "енергетика"),
        ),
        ("бібліотека", "петиція"),  # the story's two, none of the related stories'
        ...,
    ),
    (
        "vi_tu_khoa_and_news_keywords",
        "https://baosongtien.example.vn/xa-hoi/thu-vien-chu-nhat-123.html",
        story(
            "vi",
            "Thư viện thành phố mở cửa Chủ nhật",
            "Báo Sông Tiền",
            head=meta("news_keywords", "thư viện, văn hóa đọc, kiến nghị"),
            after=labelled("Từ khóa:", "thư viện", "văn hóa đọc", "kiến nghị"),
        ),
        ("thư viện", "văn hóa đọc", "kiến nghị"),  # both sources give one list
        ...,
    ),
    (
        "th_tag_label",
        "https://khaowiang.example.co.th/local/library-sunday",
        story(
            "th",
            "ห้องสมุดเมืองเปิดวันอาทิตย์",
            "ข่าวเวียง",
            after=labelled("แท็ก:", "ห้องสมุด", "การอ่าน", "เทศบาล"),
            aside=cloud("แท็กยอดนิยม", "ฟุตบอล", "หวย", "อากาศ"),
        ),
        ("ห้องสมุด", "การอ่าน", "เทศบาล"),  # under the Thai label; not the cloud's
        ...,
    ),
    (
        "en_blog_tagged_and_posted_in",
        "https://quietshelves.example.blog/2024/03/sunday-library/",
        site(
            "en",
            "Our library opens on Sundays – Quiet Shelves",
            og("Our library opens on Sundays", "Quiet Shelves"),
            article(
                "en",
                "Our library opens on Sundays",
                after='<footer class="entry-footer"><span class="cat-links">Posted in '
                '<a href="/category/reading/" rel="category tag">Reading</a></span> '
                '<span class="tags-links">Tagged '
                + _links(("libraries", "weekends", "community"), "tag", ", ", rel="tag")
                + "</span></footer>",
            ),
            name="Quiet Shelves",
            aside=cloud("Tags", "books", "tea", "libraries", "poetry", "cats"),
            menu=("Home", "About", "Archive"),
        ),
        ("libraries", "weekends", "community"),  # "Tagged" rel=tag links, not the cloud
        ("Reading",),  # "Posted in" rel=category
    ),
    (
        "de_recipe_jsonld_keywords",
        "https://ofenliebe.example.de/rezepte/apfelkuchen-vom-blech/",
        site(
            "de",
            "Apfelkuchen vom Blech – Ofenliebe",
            ld(
                "Recipe",
                name="Apfelkuchen vom Blech",
                keywords="Apfelkuchen, Blechkuchen, Herbst",
                recipeCategory="Kuchen",
                recipeIngredient=["1 kg Äpfel", "300 g Mehl"],
            ),
            article(
                "de",
                "Apfelkuchen vom Blech",
                above='<span class="sponsored">Anzeige</span>',
                after=share("Teilen:", "Pinterest", "Facebook"),
            ),
            name="Ofenliebe",
            menu=("Rezepte", "Backen", "Über mich"),
        ),
        ("Apfelkuchen", "Blechkuchen", "Herbst"),  # the recipe's keywords; "Anzeige" is none
        ...,
    ),
    (
        "en_docs_page_keywords_and_trail",
        "https://docs.example.dev/guides/authentication",
        site(
            "en",
            "Authentication | Example Docs",
            meta("keywords", "authentication, API keys, OAuth"),
            '<article class="doc"><nav class="breadcrumb"><a href="/">Docs</a> › '
            '<a href="/guides/">Guides</a> › <span>Authentication</span></nav>'
            "<h1>Authentication</h1><p>Every request carries an API key in its header, or "
            "an OAuth token for requests made on a user's behalf. Keys are created in the "
            "dashboard and can be revoked at any time.</p><p>Tokens expire after an hour; "
            "refresh them with the refresh token the first exchange returned.</p></article>",
            name="Example Docs",
            aside='<nav class="docs-sidebar"><a href="/guides/">Guides</a> '
            '<a href="/reference/">Reference</a> <a href="/changelog/">Changelog</a></nav>',
            menu=("Docs", "Pricing", "Blog"),
        ),
        ("authentication", "API keys", "OAuth"),  # the page's own keywords
        ("Guides",),  # the trail without home and the page's title
    ),
    (
        "ru_forum_thread_metki",
        "https://forum-rybaki.example.ru/threads/lodka-dlya-ozera.4471/",
        site(
            "ru",
            "Лодка для озера | Форум рыбаков",
            "",
            '<nav class="breadcrumb"><a href="/">Форум</a> › <a href="/hobby/">Хобби</a> › '
            '<a href="/hobby/fishing/">Рыбалка</a></nav><div class="thread">'
            '<h1 class="thread-title">Лодка для озера</h1><div class="thread-tags">Метки: '
            '<a href="/tags/lodka/">лодка</a>, <a href="/tags/ozero/">озеро</a></div>'
            f'<article class="message"><div class="message-body">{paragraphs(TEXTS["ru"])}'
            "</div></article></div>",
            name="Форум рыбаков",
            aside=cloud("Популярные метки", "спиннинг", "зимняя рыбалка", "лодка"),
        ),
        ("лодка", "озеро"),  # the thread's tags; the sidebar's popular tags are the forum's
        ("Хобби", "Рыбалка"),  # the trail without its first item
    ),
    (
        "pt_shop_woocommerce_categoria_etiquetas",
        "https://casadojardim.example.pt/produto/cadeira-de-madeira/",
        site(
            "pt",
            "Cadeira de madeira – Casa do Jardim",
            og("Cadeira de madeira", "Casa do Jardim"),
            '<div class="product type-product"><h1 class="product_title entry-title">'
            'Cadeira de madeira</h1><p class="price">€ 89,00</p>'
            '<div class="woocommerce-product-details__short-description">'
            f"{paragraphs(TEXTS['pt'])}</div>"
            '<div class="product_meta"><span class="sku_wrapper">SKU: CJ-118</span> '
            '<span class="posted_in">Categoria: <a href="/categoria-produto/cadeiras/" '
            'rel="tag">Cadeiras</a></span> <span class="tagged_as">Etiquetas: '
            '<a href="/etiqueta-produto/madeira/" rel="tag">madeira</a>, '
            '<a href="/etiqueta-produto/jardim/" rel="tag">jardim</a></span></div></div>',
            name="Casa do Jardim",
            menu=("Loja", "Carrinho", "Conta"),
        ),
        ("madeira", "jardim"),  # "Etiquetas"; the "Categoria" link is the product's category
        ("Cadeiras",),  # under its category label
    ),
    (
        "ko_video_page_hashtags",
        "https://tv.example.kr/watch/88213",
        site(
            "ko",
            "도서관 일요일 개관 현장 - 동네TV",
            og("도서관 일요일 개관 현장", "동네TV"),
            '<div class="video-page"><div class="player"><video src="/v/88213.mp4"></video>'
            '</div><h1 class="video-title">도서관 일요일 개관 현장</h1>'
            '<span class="ad-badge">광고</span><div class="video-description">'
            f"{paragraphs(TEXTS['ko'])}<p>"
            '<a href="/hashtag/도서관">#도서관</a> <a href="/hashtag/주말">#주말</a></p></div>'
            '<div class="subscribe"><button>구독</button><button>좋아요</button></div></div>',
            name="동네TV",
            top=trending("인기 검색어", "#여행", "#먹방"),
        ),
        ("#도서관", "#주말"),  # the description's hashtags, as written; not the top bar's
        ...,
    ),
    (
        "en_no_tags_only_cloud_trending_related",
        "https://riverbendtimes.example.com/news/library-sunday",
        story(
            "en",
            "Library to open on Sundays from April",
            "Riverbend Times",
            top=trending("Trending", "Election", "Storm warning"),
            aside=cloud("Popular tags", "Crime", "Schools", "Weather", "Libraries"),
            below=related("Related", ("Schools reopen", ("Schools", "Education"))),
            after=share("Share this:", "Facebook", "X", "Email"),
            menu=("News", "Sport", "Lifestyle"),
        ),
        (),  # the story names no tag: the cloud, bar, related tags and buttons are the site's
        ...,
    ),
    (
        "es_kicker_category_and_patrocinado",
        "https://elnorteno.example.mx/cultura/biblioteca-domingos",
        story(
            "es",
            "La biblioteca abre los domingos",
            "El Norteño",
            above='<a class="kicker" href="/cultura/">Cultura</a>'
            '<span class="sponsored">Patrocinado</span>',
            after=labelled("Temas:", "bibliotecas", "lectura"),
        ),
        ("bibliotecas", "lectura"),  # under "Temas:"; "Patrocinado" is a label, no tag
        ...,
    ),
    (
        "fr_kicker_section_only",
        "https://lepetitrhodanien.example.fr/culture/mediatheque-dimanche",
        story(
            "fr",
            "La médiathèque ouvre le dimanche",
            "Le Petit Rhodanien",
            above='<a class="kicker" href="/culture/">Culture</a>',
            menu=("Actu", "Sport", "Culture"),
        ),
        (),  # no tags at all; the menu's sections are no tags
        ("Culture",),  # the kicker linking its section page, right above the headline
    ),
    (
        "vi_tu_khoa_search_links_only",
        "https://baomekong.example.vn/xa-hoi/thu-vien-mo-cua-chu-nhat-4471.html",
        story(
            "vi",
            "Thư viện mở cửa Chủ nhật",
            "Báo Mê Kông",
            after='<div class="keywords"><span>Từ khóa:</span> '
            + " ".join(
                f'<a href="/tim-kiem?q={n}">{t}</a>' for n, t in enumerate(("thư viện", "đọc sách"))
            )
            + "</div>",
            top=trending("Nóng:", "giá vàng", "bão số 3"),
        ),
        ("thư viện", "đọc sách"),  # under the Vietnamese label, links to the site's search
        ...,
    ),
    (
        "cs_stitky_label",
        "https://poricskenoviny.example.cz/zpravy/knihovna-v-nedeli",
        story(
            "cs",
            "Knihovna bude otevřená i v neděli",
            "Poříčské noviny",
            after=labelled("Štítky:", "knihovna", "radnice", "petice", path="stitek"),
            aside=cloud("Nejčtenější štítky", "fotbal", "počasí", "doprava"),
        ),
        ("knihovna", "radnice", "petice"),  # under the Czech label; not the sidebar's
        ...,
    ),
    (
        "ja_kanren_keyword_box",
        "https://minato-shimbun.example.jp/articles/20240305-4471",
        story(
            "ja",
            "市立図書館、来月から日曜開館",
            "みなと新聞",
            after='<div class="article-keywords"><h3>関連キーワード</h3><ul>'
            + "".join(
                f'<li><a href="/keyword/{n}">{t}</a></li>' for n, t in enumerate(("図書館", "市政"))
            )
            + "</ul></div>",
            below=related("あわせて読みたい", ("駅前再開発", ("再開発", "駅"))),
        ),
        ("図書館", "市政"),  # "related keywords": the story's own
        ...,
    ),
    (
        "id_tag_label_search_query_links",
        "https://suarakota.example.id/berita/perpustakaan-buka-minggu",
        story(
            "id",
            "Perpustakaan kota buka setiap Minggu",
            "Suara Kota",
            after='<div class="tag-list"><b>Tag:</b> '
            + " ".join(
                f'<a href="/search?tag={t}">{t}</a>' for t in ("perpustakaan", "literasi", "pemkot")
            )
            + "</div>",
        ),
        ("perpustakaan", "literasi", "pemkot"),  # under "Tag:", search links
        ...,
    ),
    (
        "en_tag_list_without_links",
        "https://northshoreecho.example.com/news/library-sundays",
        story(
            "en",
            "Library will open seven days a week",
            "North Shore Echo",
            after='<ul class="article-tags"><li>Libraries</li><li>Council</li>'
            "<li>Weekends</li></ul>",
        ),
        ("Libraries", "Council", "Weekends"),  # a list the markup names as the article's tags
        ...,
    ),
    (
        "tr_etiketler_hashtag_line_no_links",
        "https://egehaber.example.com.tr/yasam/kutuphane-pazar-acik",
        story(
            "tr",
            "Kütüphane artık pazar da açık",
            "Ege Haber",
            after='<p class="etiketler">Etiketler: #kütüphane #kültür #belediye</p>',
        ),
        ("#kütüphane", "#kültür", "#belediye"),  # a labelled line of hashtags, as written
        ...,
    ),
    (
        "zh_keywords_fullwidth_commas_and_section",
        "https://binhaiwanbao.example.cn/shehui/20240305/4471.shtml",
        story(
            "zh",
            "市图书馆周日开放",
            "滨海晚报",
            head=meta("keywords", "图书馆，周日开放，请愿")
            + '<meta property="article:section" content="社会">',
            top=trending("热搜", "春运", "房价"),
        ),
        ("图书馆", "周日开放", "请愿"),  # the story's keywords, split at the full-width commas
        ("社会",),  # article:section
    ),
    (
        "en_jsonld_breadcrumblist_categories",
        "https://thecoastalpost.example.com/world/europe/library-sundays",
        story(
            "en",
            "European libraries try Sunday hours",
            "The Coastal Post",
            head=ld(
                "BreadcrumbList",
                itemListElement=[
                    {"@type": "ListItem", "position": 1, "name": "Home", "item": "https://x/"},
                    {"@type": "ListItem", "position": 2, "name": "World", "item": "https://x/w"},
                    {"@type": "ListItem", "position": 3, "name": "Europe", "item": "https://x/e"},
                    {
                        "@type": "ListItem",
                        "position": 4,
                        "name": "European libraries try Sunday hours",
                    },
                ],
            ),
            after=labelled("Related topics:", "Libraries", "Europe"),
        ),
        ("Libraries", "Europe"),  # under "Related topics", the docs' own example
        ("World", "Europe"),  # the BreadcrumbList without home and the headline
    ),
]

# The misses on the first run, as strict xfails (blind: the code was not read).
_OPEN: dict[tuple[str, str], str] = {
    ("sv_seo_keywords_only", "tags"): "the site's SEO keywords are read as the story's",
}
_CASES = field_cases(PROBES, FIELDS, _OPEN)


@pytest.mark.parametrize(("url", "html", "field", "want"), _CASES)
def test_blind_tag_probe(url: str, html: str, field: str, want: object) -> None:
    got = getattr(newsextract.extract(html, url=url), field)
    assert matches(field, got, want), f"{field}: {got!r}"


def _trafilatura(html: str, url: str) -> dict[str, tuple[str, ...]]:
    """trafilatura's tags and categories, each split at the ", " its metadata joins them by."""
    import trafilatura

    doc = trafilatura.bare_extraction(html, url=url, with_metadata=True)
    got = {} if doc is None else (doc if isinstance(doc, dict) else doc.as_dict())
    return {
        name: tuple(part for item in got.get(name) or () for part in item.split(", ") if part)
        for name in FIELDS
    }


def report() -> None:
    """Both tools' hits on the probes and each miss, run by hand."""
    for tool in ("newsextract", "trafilatura"):
        hits = total = 0
        for name, url, html, *wants in PROBES:
            if tool == "newsextract":
                article_ = newsextract.extract(html, url=url)
                got = {f: getattr(article_, f) for f in FIELDS}
            else:
                got = _trafilatura(html, url)
            for field_name, want in zip(FIELDS, wants, strict=True):
                if want is ...:
                    continue
                total += 1
                if matches(field_name, got[field_name], want):
                    hits += 1
                else:
                    print(f"   {tool} {name} {field_name}: {got[field_name]!r}")
        print(f"{tool}: {hits}/{total}")


if __name__ == "__main__":  # pragma: no cover
    report()
