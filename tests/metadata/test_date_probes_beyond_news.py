"""Date probes beyond news (issue 12): invented pages, modelled on real layouts, dated only in
words: a forum post's header (phpBB, vBulletin, SPIP), a blog's "posted on" line, a recipe's
date, a wiki's "last edited" footer (``modified``, never ``published``); a comment's or a
side card's date beside the page's own; a time with its zone in other scripts and calendars;
an "updated" line filling ``modified``. Every page, name and text is invented."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from tests.metadata.language_probes.kit import (
    CET,
    EAT,
    EET,
    ICT,
    IST,
    JST,
    KST,
    MSK,
    TRT,
    same_moment,
)

import newsextract

# Two short paragraphs a language, invented: a garden, a bicycle, a soup.
TEXT = {
    "en": "Our allotment finally has a water tap. We dug the trench ourselves over two weekends "
    "and the neighbours brought cake. Next spring we plan to plant beans along the fence.",
    "fr": "Notre jardin partagé a enfin un robinet. Nous avons creusé la tranchée nous-mêmes "
    "pendant deux week-ends et les voisins ont apporté un gâteau. Au printemps prochain nous "
    "planterons des haricots le long de la clôture.",
    "de": "Unser Gemeinschaftsgarten hat endlich einen Wasserhahn. Wir haben den Graben an zwei "
    "Wochenenden selbst ausgehoben, und die Nachbarn brachten Kuchen mit. Im nächsten Frühjahr "
    "wollen wir Bohnen am Zaun pflanzen.",
    "es": "Nuestro huerto comunitario por fin tiene un grifo. Cavamos la zanja nosotros mismos "
    "durante dos fines de semana y los vecinos trajeron un bizcocho. La próxima primavera "
    "plantaremos judías junto a la valla.",
    "it": "Il nostro orto condiviso ha finalmente un rubinetto. Abbiamo scavato la trincea da soli "
    "in due fine settimana e i vicini hanno portato una torta. La prossima primavera pianteremo "
    "fagioli lungo la recinzione.",
    "pt": "A nossa horta comunitária tem finalmente uma torneira. Abrimos a vala nós mesmos em "
    "dois fins de semana e os vizinhos trouxeram um bolo. Na próxima primavera vamos plantar "
    "feijão junto à vedação.",
    "nl": "Onze moestuin heeft eindelijk een kraan. We hebben de sleuf in twee weekenden zelf "
    "gegraven en de buren brachten taart mee. Volgend voorjaar planten we bonen langs het hek.",
    "pl": "Nasz ogród społeczny ma wreszcie kran. Rów wykopaliśmy sami w dwa weekendy, a sąsiedzi "
    "przynieśli ciasto. Wiosną posadzimy fasolę wzdłuż płotu.",
    "ru": "В нашем общем огороде наконец появился кран. Траншею мы выкопали сами за два выходных, "
    "а соседи принесли пирог. Весной посадим фасоль вдоль забора.",
    "uk": "У нашому спільному городі нарешті з'явився кран. Траншею ми викопали самі за два "
    "вихідні, а сусіди принесли пиріг. Навесні посадимо квасолю вздовж паркану.",
    "tr": "Ortak bahçemizde sonunda bir musluk var. Hendeği iki hafta sonu boyunca kendimiz kazdık "
    "ve komşular kek getirdi. Gelecek bahar çitin yanına fasulye ekeceğiz.",
    "el": "Ο κοινόχρηστος κήπος μας απέκτησε επιτέλους βρύση. Σκάψαμε το χαντάκι μόνοι μας σε δύο "
    "Σαββατοκύριακα και οι γείτονες έφεραν κέικ. Την άνοιξη θα φυτέψουμε φασόλια στον φράχτη.",
    "ar": "أصبح لحديقتنا المشتركة أخيرا صنبور ماء. حفرنا الخندق بأنفسنا خلال عطلتين وأحضر "
    "الجيران كعكة. في الربيع القادم سنزرع الفاصولياء بجانب السياج.",
    "fa": "باغچه مشترک ما بالاخره شیر آب دارد. ما خودمان در دو آخر هفته ترانشه را کندیم و "
    "همسایه ها کیک آوردند. بهار آینده کنار نرده لوبیا می کاریم.",
    "he": "בגינה הקהילתית שלנו יש סוף סוף ברז. חפרנו את התעלה בעצמנו בשני סופי שבוע והשכנים "
    "הביאו עוגה. באביב הבא נשתול שעועית לאורך הגדר.",
    "hi": "हमारे सामुदायिक बगीचे में आखिरकार एक नल लग गया। हमने दो सप्ताहांत में खुद खाई खोदी और "
    "पड़ोसी केक लेकर आए। अगले वसंत में हम बाड़ के किनारे सेम लगाएंगे।",
    "th": "สวนชุมชนของเราได้ก๊อกน้ำแล้วในที่สุด พวกเราขุดร่องน้ำเองตลอดสองสุดสัปดาห์ "
    "และเพื่อนบ้านนำเค้กมาให้ ฤดูใบไม้ผลิหน้าเราจะปลูกถั่วริมรั้ว",
    "ja": "私たちの市民農園にようやく水道がついた。二度の週末をかけて自分たちで溝を掘り、"
    "近所の人がケーキを持ってきてくれた。来年の春には柵沿いに豆を植える予定だ。",
    "zh": "我们的社区菜园终于装上了水龙头。我们用了两个周末自己挖沟，邻居们还带来了蛋糕。"
    "明年春天我们打算沿着篱笆种豆子。",
    "ko": "우리 공동 텃밭에 드디어 수도꼭지가 생겼다. 두 번의 주말 동안 직접 도랑을 팠고 이웃들이 "
    "케이크를 가져왔다. 내년 봄에는 울타리를 따라 콩을 심을 계획이다.",
    "ca": "El nostre hort comunitari per fi té una aixeta. Vam cavar la rasa nosaltres mateixos "
    "durant dos caps de setmana i els veïns van portar un pastís. La primavera vinent plantarem "
    "mongetes al llarg de la tanca.",
    "id": "Kebun bersama kami akhirnya punya keran air. Kami menggali paritnya sendiri selama dua "
    "akhir pekan dan para tetangga membawa kue. Musim hujan depan kami akan menanam kacang di "
    "sepanjang pagar.",
    "vi": "Khu vườn chung của chúng tôi cuối cùng cũng có vòi nước. Chúng tôi tự đào rãnh trong "
    "hai cuối tuần và hàng xóm mang bánh đến. Mùa xuân tới chúng tôi sẽ trồng đậu dọc hàng rào.",
}


def _text(lang: str) -> str:
    return f"<p>{TEXT[lang]}</p><p>{TEXT[lang]}</p>"


def _head(lang: str, title: str) -> str:
    direction = ' dir="rtl"' if lang in {"ar", "fa", "he"} else ""
    return (
        f'<html lang="{lang}"{direction}><head><meta charset="utf-8"><title>{title}</title></head>'
    )


def blog(lang: str, title: str, meta: str, *, after: str = "", side: str = "") -> str:
    """A hand-made or old-theme blog post: no ``<time>``, a meta line under the heading, then
    whatever follows the text (comments), and a side bar."""
    return (
        _head(lang, title)
        + f'<body><div id="header"><p class="blog-name"><a href="/">~</a></p></div>'
        f'<div id="content"><div class="post"><h2 class="post-title">{title}</h2>'
        f'<div class="post-meta">{meta}</div><div class="entry">{_text(lang)}</div></div>'
        f'{after}</div><div id="sidebar">{side}</div></body></html>'
    )


def phpbb(lang: str, subject: str, first: str, reply: str, *, user: str = "gardener") -> str:
    """A phpBB (prosilver) topic: the first post's author line with its date, then a reply's."""
    posts = "".join(
        f'<div id="p{n}" class="post bg{n % 2 + 1}"><div class="inner"><div class="postbody">'
        f'<h3><a href="#p{n}">{subject}</a></h3><p class="author"><a href="#p{n}">'
        f'<img src="icon_post_target.gif" alt="Post"></a> <strong><a href="/memberlist.php?u={n}'
        f'" class="username">{name}</a></strong> » {line}</p>'
        f'<div class="content">{TEXT[lang]}</div></div></div></div>'
        for n, (name, line) in enumerate(((user, first), ("neighbour", reply)), 1)
    )
    return (
        _head(lang, subject)
        + f'<body id="phpbb"><div id="wrap"><h2 class="topic-title"><a href="#">{subject}</a>'
        f"</h2>{posts}</div></body></html>"
    )


def subsilver(lang: str, subject: str, label: str, first: str, reply: str) -> str:
    """An older phpBB 2 (subSilver) topic: a table of posts, each with a "Posted:" cell."""
    rows = "".join(
        f'<tr><td class="row1"><span class="name"><b>{name}</b></span></td><td class="row1">'
        f'<span class="postdetails">{label} {line}<span class="gen">&nbsp;</span>'
        f'&nbsp;&nbsp;&nbsp;Subject: {subject}</span><hr><span class="postbody">{TEXT[lang]}'
        "</span></td></tr>"
        for name, line in (("gardener", first), ("neighbour", reply))
    )
    return (
        _head(lang, subject)
        + f'<body><table class="forumline"><tr><th>{subject}</th></tr>{rows}</table>'
        "</body></html>"
    )


def vbulletin(lang: str, subject: str, first: str, reply: str) -> str:
    """A vBulletin 4 thread: each post's head holds its date and time as plain text."""
    posts = "".join(
        f'<li class="postbit postcontainer" id="post_{n}"><div class="posthead"><span '
        f'class="postdate old"><span class="date">{line}</span></span></div><div '
        f'class="postdetails"><div class="username_container"><a class="username">{name}</a>'
        f'</div><div class="postbody"><h2 class="title icon">{subject}</h2><div class="content">'
        f'<blockquote class="postcontent restore">{TEXT[lang]}</blockquote></div></div></div></li>'
        for n, (name, line) in enumerate((("gardener", first), ("neighbour", reply)), 1)
    )
    return (
        _head(lang, subject)
        + f'<body><div id="pagetitle"><h1>{subject}</h1></div><ol id="posts" class="posts">'
        f"{posts}</ol></body></html>"
    )


def smf(lang: str, subject: str, label: str, first: str, reply: str) -> str:
    """A Simple Machines Forum topic: each post's key line "« on: DATE »" in a small text."""
    posts = "".join(
        f'<div class="windowbg"><div class="post_wrapper"><div class="poster"><h4><a href="/u">'
        f'{name}</a></h4></div><div class="postarea"><div class="keyinfo"><h5><a href="#msg{n}">'
        f'{subject}</a></h5><div class="smalltext">« <strong>{label}</strong> {line} »</div>'
        f'</div><div class="post"><div class="inner">{TEXT[lang]}</div></div></div></div></div>'
        for n, (name, line) in enumerate((("gardener", first), ("neighbour", reply)), 1)
    )
    return (
        _head(lang, subject)
        + f'<body><div id="forumposts"><h3>{subject}</h3>{posts}</div></body></html>'
    )


def shop(lang: str, name: str, price: str, reviews: str) -> str:
    """A shop's product page (no date of its own): the name, the price, the description, then
    its customers' reviews, each dated, inside the product's own block."""
    return (
        _head(lang, name) + '<body><main><div class="item-detail"><h1 class="item-name">'
        f'{name}</h1><p class="price">{price}</p><div class="item-description">{_text(lang)}'
        f"</div>{reviews}</div></main></body></html>"
    )


def wiki(lang: str, name: str, footer: str) -> str:
    """A MediaWiki entry whose only date is the footer's last edit."""
    return (
        _head(lang, name)
        + '<body class="mediawiki"><div id="content" class="mw-body"><h1 id="firstHeading" '
        f'class="firstHeading">{name}</h1><div id="bodyContent"><div id="mw-content-text">'
        f'<div class="mw-parser-output">{_text(lang)}</div></div></div></div><div id="footer">'
        f'<ul id="footer-info"><li id="footer-info-lastmod">{footer}</li></ul></div>'
        "</body></html>"
    )


def recipe(lang: str, name: str, line: str) -> str:
    """A recipe card: the site's name in the ``<h1>``, the recipe's in an ``<h2>``, a line
    with its author and day."""
    return (
        _head(lang, name)
        + '<body><header><h1 class="site-title"><a href="/">~</a></h1></header><main><div '
        f'class="recipe"><h2 class="recipe-name">{name}</h2><p class="recipe-meta">{line}</p>'
        f'<ul class="ingredients"><li>…</li></ul><div class="steps">{_text(lang)}</div>'
        "</div></main></body></html>"
    )


def news(lang: str, headline: str, meta: str, *, side: str = "") -> str:
    """A small news site's story: the date line under the headline, a side list of others."""
    return (
        _head(lang, headline)
        + f'<body><main><article><h1>{headline}</h1><div class="meta">{meta}</div>'
        f'<div class="article-text">{_text(lang)}</div></article></main>'
        f'<aside class="sidebar">{side}</aside></body></html>'
    )


def comments(*items: tuple[str, str]) -> str:
    """A WordPress comment list: each comment's author and its ``<time>``."""
    return (
        '<div id="comments" class="comments-area"><ol class="comment-list">'
        + "".join(
            f'<li class="comment"><article class="comment-body"><footer class="comment-meta">'
            f'<b class="fn">reader</b> <div class="comment-metadata"><a href="#c"><time '
            f'datetime="{stamp}">{shown}</time></a></div></footer><div class="comment-content">'
            "<p>Lovely, well done.</p></div></article></li>"
            for stamp, shown in items
        )
        + "</ol></div>"
    )


def cards(*items: tuple[str, str]) -> str:
    """A band of other stories' cards, no list: each a headline's link and its day."""
    return (
        '<div class="more-stories">'
        + "".join(
            f'<div class="card"><h3><a href="/story-{n}">{headline}</a></h3>'
            f'<span class="date">{day}</span></div>'
            for n, (headline, day) in enumerate(items)
        )
        + "</div>"
    )


def above(page: str, band: str) -> str:
    """``page`` with ``band`` set at the top of its body, above the headline."""
    return page.replace("<body>", f"<body>{band}", 1)


def related(*items: tuple[str, str]) -> str:
    """A side bar's card list of other posts, each with its ``<time>``."""
    return (
        '<div class="widget related-posts"><ul>'
        + "".join(
            f'<li class="card"><a href="/other-{n}">…</a> <time datetime="{stamp}">{shown}</time>'
            "</li>"
            for n, (stamp, shown) in enumerate(items)
        )
        + "</ul></div>"
    )


def when(*parts: int, tz: timezone | None = None) -> datetime:
    return datetime(*parts, tzinfo=tz)  # type: ignore[misc]


# (name, page, published, modified); a modified of ... is not scored.
PROBES: list[tuple[str, str, datetime | None, object]] = [
    # --- a forum post's header --------------------------------------------------------------
    (
        "en_phpbb",
        phpbb("en", "Water tap at last", "Mon Mar 04, 2024 9:12 pm", "Tue Mar 05, 2024 8:03 am"),
        when(2024, 3, 4, 21, 12),
        ...,
    ),
    (
        "fr_phpbb",
        phpbb("fr", "Enfin un robinet", "lun. 4 mars 2024 21:12", "mar. 5 mars 2024 08:03"),
        when(2024, 3, 4, 21, 12),
        ...,
    ),
    (
        "de_phpbb",
        phpbb("de", "Endlich ein Wasserhahn", "Mo 4. Mär 2024, 21:12", "Di 5. Mär 2024, 08:03"),
        when(2024, 3, 4, 21, 12),
        ...,
    ),
    (
        "ru_phpbb",
        phpbb("ru", "Наконец-то кран", "Пн мар 04, 2024 21:12", "Вт мар 05, 2024 08:03"),
        when(2024, 3, 4, 21, 12),
        ...,
    ),
    (
        "es_subsilver",
        subsilver(
            "es",
            "Por fin un grifo",
            "Publicado:",
            "Lun Mar 04, 2024 9:12 pm",
            "Mar Mar 05, 2024 8:03 am",
        ),
        when(2024, 3, 4, 21, 12),
        ...,
    ),
    (
        "it_subsilver",
        subsilver(
            "it",
            "Finalmente un rubinetto",
            "Inviato:",
            "Lun Mar 04, 2024 9:12 pm",
            "Mar Mar 05, 2024 8:03 am",
        ),
        when(2024, 3, 4, 21, 12),
        ...,
    ),
    (
        "de_vbulletin",
        vbulletin("de", "Endlich ein Wasserhahn", "04.03.2024, 21:12", "05.03.2024, 08:03"),
        when(2024, 3, 4, 21, 12),
        ...,
    ),
    (
        "pl_vbulletin",
        vbulletin("pl", "Wreszcie kran", "4 marca 2024, 21:12", "5 marca 2024, 08:03"),
        when(2024, 3, 4, 21, 12),
        ...,
    ),
    (
        "tr_vbulletin",
        vbulletin("tr", "Sonunda musluk", "4 Mart 2024, 21:12", "5 Mart 2024, 08:03"),
        when(2024, 3, 4, 21, 12),
        ...,
    ),
    # --- a blog's "posted on" line ----------------------------------------------------------
    (
        "en_posted_on",
        blog("en", "Water tap at last", "Posted on March 4, 2024 by Tamsin"),
        when(2024, 3, 4),
        ...,
    ),
    (
        "fr_publie_le",
        blog("fr", "Enfin un robinet", "Publié le 4 mars 2024 par Odile"),
        when(2024, 3, 4),
        ...,
    ),
    (
        "de_veroeffentlicht",
        blog("de", "Endlich ein Wasserhahn", "Veröffentlicht am 4. März 2024 von Gesine"),
        when(2024, 3, 4),
        ...,
    ),
    (
        "it_pubblicato",
        blog("it", "Finalmente un rubinetto", "Pubblicato il 4 marzo 2024 da Ilaria"),
        when(2024, 3, 4),
        ...,
    ),
    (
        "pt_publicado",
        blog("pt", "Finalmente uma torneira", "Publicado em 4 de março de 2024 por Inês"),
        when(2024, 3, 4),
        ...,
    ),
    (
        "nl_geplaatst",
        blog("nl", "Eindelijk een kraan", "Geplaatst op 4 maart 2024 door Femke"),
        when(2024, 3, 4),
        ...,
    ),
    (
        "uk_opublikovano",
        blog("uk", "Нарешті кран", "Опубліковано 4 березня 2024 року, Оксана"),
        when(2024, 3, 4),
        ...,
    ),
    (
        "el_dimosieftike",
        blog("el", "Επιτέλους βρύση", "Δημοσιεύτηκε στις 4 Μαρτίου 2024 από Ελένη"),
        when(2024, 3, 4),
        ...,
    ),
    (
        "ar_nushira",
        blog("ar", "أخيرا صنبور ماء", "نُشر في 4 مارس 2024 بواسطة ليلى"),
        when(2024, 3, 4),
        ...,
    ),
    (
        "vi_dang_ngay",
        blog("vi", "Cuối cùng cũng có vòi nước", "Đăng ngày 4 tháng 3 năm 2024 bởi Lan"),
        when(2024, 3, 4),
        ...,
    ),
    # --- a recipe's date --------------------------------------------------------------------
    (
        "fr_recette",
        recipe("fr", "Soupe de potiron", "Recette de Margaux, publiée le 4 mars 2024"),
        when(2024, 3, 4),
        ...,
    ),
    (
        "es_receta",
        recipe("es", "Sopa de calabaza", "Receta de Nuria · 4 de marzo de 2024"),
        when(2024, 3, 4),
        ...,
    ),
    # --- a wiki's last edit: modified, never published ---------------------------------------
    (
        "en_wiki",
        wiki("en", "Allotment", "This page was last edited on 4 March 2024, at 21:12."),
        None,
        when(2024, 3, 4, 21, 12),
    ),
    (
        "fr_wiki",
        wiki(
            "fr",
            "Jardin partagé",
            "La dernière modification de cette page a été faite le 4 mars 2024 à 21:12.",
        ),
        None,
        when(2024, 3, 4, 21, 12),
    ),
    (
        "de_wiki",
        wiki(
            "de",
            "Gemeinschaftsgarten",
            "Diese Seite wurde zuletzt am 4. März 2024 um 21:12 Uhr bearbeitet.",
        ),
        None,
        when(2024, 3, 4, 21, 12),
    ),
    (
        "ru_wiki",
        wiki(
            "ru",
            "Огород",
            "Эта страница в последний раз была отредактирована 4 марта 2024 в 21:12.",
        ),
        None,
        when(2024, 3, 4, 21, 12),
    ),
    (
        "ja_wiki",
        wiki("ja", "市民農園", "最終更新 2024年3月4日 (月) 21:12"),
        None,
        when(2024, 3, 4, 21, 12),
    ),
    # --- a comment's or a side card's date beside the page's own ----------------------------
    (
        "fr_comment_time",
        blog(
            "fr",
            "Enfin un robinet",
            "Publié le 4 mars 2024 par Odile",
            after=comments(("2024-03-06T08:00:00+01:00", "6 mars 2024 à 8 h 00")),
        ),
        when(2024, 3, 4),
        ...,
    ),
    (
        "en_comment_time",
        blog(
            "en",
            "Water tap at last",
            "Posted on March 4, 2024 by Tamsin",
            after=comments(
                ("2024-03-06T08:00:00+00:00", "March 6, 2024 at 8:00"),
                ("2024-03-07T09:30:00+00:00", "March 7, 2024 at 9:30"),
            ),
        ),
        when(2024, 3, 4),
        ...,
    ),
    (
        "de_related_card",
        blog(
            "de",
            "Endlich ein Wasserhahn",
            "Veröffentlicht am 4. März 2024",
            side=related(
                ("2024-02-11T10:00:00+01:00", "11. Februar 2024"),
                ("2024-01-20T10:00:00+01:00", "20. Januar 2024"),
            ),
        ),
        when(2024, 3, 4),
        ...,
    ),
    (
        "es_related_card",
        news(
            "es",
            "Por fin un grifo en el huerto",
            "4 de marzo de 2024",
            side=related(("2024-02-11T10:00:00+01:00", "11 de febrero de 2024")),
        ),
        when(2024, 3, 4),
        ...,
    ),
    (
        "de_trending_cards",
        above(
            news("de", "Endlich ein Wasserhahn im Garten", "4. März 2024"),
            cards(
                ("Neue Bänke am Ufer der Lanke aufgestellt", "11. Februar 2024"),
                ("Der Bücherschrank zieht zum Marktplatz um", "20. Januar 2024"),
            ),
        ),
        when(2024, 3, 4),
        ...,
    ),
    (
        "fr_trending_cards",
        above(
            news("fr", "Enfin un robinet au jardin", "4 mars 2024"),
            cards(
                ("De nouveaux bancs au bord de la Lanque", "11 février 2024"),
                ("La boîte à livres déménage place du marché", "20 janvier 2024"),
            ),
        ),
        when(2024, 3, 4),
        ...,
    ),
    (
        "ja_trending_cards",
        above(
            news("ja", "市民農園に水道", "2024年3月4日"),
            cards(
                ("川沿いに新しいベンチが設置された話題", "2024年2月11日"),
                ("駅前の本棚が市場の広場へ引っ越した話題", "2024年1月20日"),
            ),
        ),
        when(2024, 3, 4),
        ...,
    ),
    (
        "de_microdata_product",
        _head("de", "Gießkanne aus Zink")
        + '<body><div itemscope itemtype="https://schema.org/Product"><h1 itemprop="name">'
        "Gießkanne aus Zink</h1>"
        + _text("de")
        + '<div itemprop="review" itemscope itemtype="https://schema.org/Review"><span '
        'itemprop="author">Uwe</span> <meta itemprop="datePublished" content="2024-03-06">'
        '6. März 2024<p itemprop="reviewBody">Gut</p></div></div></body></html>',
        None,
        ...,
    ),
    (
        "es_microdata_event",
        _head("es", "Mercadillo de semillas")
        + '<body><main><div itemscope itemtype="https://schema.org/Event"><h1 itemprop="name">'
        'Mercadillo de semillas</h1><p class="event-meta"><meta itemprop="startDate" '
        'content="2024-04-20T10:00">Sábado, 20 de abril de 2024, 10:00</p>'
        + _text("es")
        + "</div></main></body></html>",
        None,
        ...,
    ),
    # --- a time with its zone in other scripts and calendars --------------------------------
    (
        "ar_indic_digits",
        news("ar", "أخيرا صنبور ماء في الحديقة", "٤ مارس ٢٠٢٤ - ٢١:١٢"),
        when(2024, 3, 4, 21, 12),
        ...,
    ),
    (
        "fa_solar_hijri_time",
        news("fa", "بالاخره شیر آب در باغچه", "۱۴ اسفند ۱۴۰۲ ساعت ۲۱:۱۲"),
        when(2024, 3, 4, 21, 12),
        ...,
    ),
    (
        "th_buddhist_time",
        news("th", "สวนชุมชนได้ก๊อกน้ำ", "4 มี.ค. 2567 21:12 น."),
        when(2024, 3, 4, 21, 12),
        ...,
    ),
    (
        "ja_era_time",
        news("ja", "市民農園に水道", "令和6年3月4日 21時12分"),
        when(2024, 3, 4, 21, 12),
        ...,
    ),
    (
        "ko_pm_kst",
        news("ko", "공동 텃밭에 수도꼭지", "입력 2024.03.04 오후 9:12 KST"),
        when(2024, 3, 4, 21, 12, tz=KST),
        ...,
    ),
    (
        "hi_ist",
        news("hi", "सामुदायिक बगीचे में नल", "4 मार्च 2024, 09:12 PM IST"),
        when(2024, 3, 4, 21, 12, tz=IST),
        ...,
    ),
    (
        "ru_msk",
        news("ru", "В огороде появился кран", "4 марта 2024, 21:12 МСК"),
        when(2024, 3, 4, 21, 12, tz=MSK),
        ...,
    ),
    (
        "de_mez",
        news("de", "Endlich ein Wasserhahn im Garten", "4. März 2024, 21:12 Uhr MEZ"),
        when(2024, 3, 4, 21, 12, tz=CET),
        ...,
    ),
    (
        "tr_trt",
        news("tr", "Bahçeye sonunda musluk geldi", "04 Mart 2024 21:12 (GMT+3)"),
        when(2024, 3, 4, 21, 12, tz=TRT),
        ...,
    ),
    (
        "zh_utc8",
        news("zh", "社区菜园装上水龙头", "2024年3月4日 21:12 (UTC+8)"),
        when(2024, 3, 4, 21, 12, tz=timezone(timedelta(hours=8))),
        ...,
    ),
    # --- an "updated" line filling modified --------------------------------------------------
    (
        "fr_mis_a_jour",
        news(
            "fr",
            "Enfin un robinet au jardin",
            "Publié le 4 mars 2024 à 21h12 · Mis à jour le 5 mars 2024 à 08h03",
        ),
        when(2024, 3, 4, 21, 12),
        when(2024, 3, 5, 8, 3),
    ),
    (
        "es_actualizado",
        news(
            "es",
            "Por fin un grifo en el huerto",
            "4 de marzo de 2024, 21:12 · Actualizado: 5 de marzo de 2024, 08:03",
        ),
        when(2024, 3, 4, 21, 12),
        when(2024, 3, 5, 8, 3),
    ),
    (
        "ru_obnovleno",
        news(
            "ru",
            "В огороде появился кран",
            "Опубликовано: 4 марта 2024, 21:12 | Обновлено: 5 марта 2024, 08:03",
        ),
        when(2024, 3, 4, 21, 12),
        when(2024, 3, 5, 8, 3),
    ),
    (
        "ja_koushin",
        news("ja", "市民農園に水道", "公開日：2024年3月4日 更新日：2024年3月5日"),
        when(2024, 3, 4),
        when(2024, 3, 5),
    ),
    (
        "ko_sujeong",
        news("ko", "공동 텃밭에 수도꼭지", "입력 2024.03.04 21:12 수정 2024.03.05 08:03"),
        when(2024, 3, 4, 21, 12),
        when(2024, 3, 5, 8, 3),
    ),
    (
        "ar_akhir_tahdith",
        news(
            "ar",
            "أخيرا صنبور ماء في الحديقة",
            "نشر في: 4 مارس 2024 - 21:12 آخر تحديث: 5 مارس 2024 - 08:03",
        ),
        when(2024, 3, 4, 21, 12),
        when(2024, 3, 5, 8, 3),
    ),
    (
        "he_udken",
        news("he", "סוף סוף ברז בגינה", "פורסם: 04.03.24 21:12 עודכן: 05.03.24 08:03"),
        when(2024, 3, 4, 21, 12),
        when(2024, 3, 5, 8, 3),
    ),
    (
        "de_aktualisiert",
        news(
            "de",
            "Endlich ein Wasserhahn im Garten",
            "Veröffentlicht: 04.03.2024, 21:12 Uhr | Aktualisiert: 05.03.2024, 08:03 Uhr",
        ),
        when(2024, 3, 4, 21, 12),
        when(2024, 3, 5, 8, 3),
    ),
    (
        "it_aggiornato",
        news(
            "it",
            "Finalmente un rubinetto nell'orto",
            "Pubblicato il 4 marzo 2024 alle 21:12 · Aggiornato il 5 marzo 2024 alle 08:03",
        ),
        when(2024, 3, 4, 21, 12),
        when(2024, 3, 5, 8, 3),
    ),
    (
        "pt_atualizado",
        news(
            "pt",
            "Finalmente uma torneira na horta",
            "Publicado em 4 de março de 2024 às 21h12 | Atualizado em 5 de março de 2024 às 08h03",
        ),
        when(2024, 3, 4, 21, 12),
        when(2024, 3, 5, 8, 3),
    ),
    (
        "tr_guncelleme",
        news(
            "tr",
            "Bahçeye sonunda musluk geldi",
            "Yayınlanma: 04.03.2024 21:12 Güncelleme: 05.03.2024 08:03",
        ),
        when(2024, 3, 4, 21, 12),
        when(2024, 3, 5, 8, 3),
    ),
    (
        "fa_beruz",
        news(
            "fa",
            "بالاخره شیر آب در باغچه",
            "تاریخ انتشار: ۱۴ اسفند ۱۴۰۲ ساعت ۲۱:۱۲ به‌روزرسانی: ۱۵ اسفند ۱۴۰۲ ساعت ۰۸:۰۳",
        ),
        when(2024, 3, 4, 21, 12),
        when(2024, 3, 5, 8, 3),
    ),
    (
        "hi_updated",
        news(
            "hi",
            "सामुदायिक बगीचे में नल",
            "प्रकाशित: 4 मार्च 2024, 09:12 PM IST अपडेटेड: 5 मार्च 2024, 08:03 AM IST",
        ),
        when(2024, 3, 4, 21, 12, tz=IST),
        when(2024, 3, 5, 8, 3, tz=IST),
    ),
    (
        "th_update",
        news("th", "สวนชุมชนได้ก๊อกน้ำ", "เผยแพร่: 4 มี.ค. 2567 21:12 น. อัปเดต: 5 มี.ค. 2567 08:03 น."),
        when(2024, 3, 4, 21, 12),
        when(2024, 3, 5, 8, 3),
    ),
    (
        "zh_gengxin",
        news("zh", "社区菜园装上水龙头", "发布时间：2024-03-04 21:12 更新时间：2024-03-05 08:03"),
        when(2024, 3, 4, 21, 12),
        when(2024, 3, 5, 8, 3),
    ),
    (
        "vi_cap_nhat",
        news(
            "vi",
            "Khu vườn chung đã có vòi nước",
            "Đăng lúc: 21:12 04/03/2024 Cập nhật: 08:03 05/03/2024",
        ),
        when(2024, 3, 4, 21, 12),
        when(2024, 3, 5, 8, 3),
    ),
    (
        "el_enimerothike",
        news(
            "el",
            "Επιτέλους βρύση στον κήπο",
            "Δημοσίευση: 04.03.2024 21:12 Ενημέρωση: 05.03.2024 08:03",
        ),
        when(2024, 3, 4, 21, 12),
        when(2024, 3, 5, 8, 3),
    ),
    (
        "uk_onovleno",
        news(
            "uk",
            "На городі з'явився кран",
            "4 березня 2024, 21:12 · Оновлено: 5 березня 2024, 08:03",
        ),
        when(2024, 3, 4, 21, 12),
        when(2024, 3, 5, 8, 3),
    ),
    (
        "nl_bijgewerkt",
        news(
            "nl",
            "Eindelijk een kraan in de moestuin",
            "Gepubliceerd op 4 maart 2024 om 21:12 · Bijgewerkt op 5 maart 2024 om 08:03",
        ),
        when(2024, 3, 4, 21, 12),
        when(2024, 3, 5, 8, 3),
    ),
    # --- more forum and comment layouts -----------------------------------------------------
    (
        "fa_forum_weekday",
        phpbb("fa", "بالاخره شیر آب", "دوشنبه ۱۴ اسفند ۱۴۰۲ ۲۱:۱۲", "سه‌شنبه ۱۵ اسفند ۱۴۰۲ ۰۸:۰۳"),
        when(2024, 3, 4, 21, 12),
        ...,
    ),
    (
        "ar_forum",
        vbulletin("ar", "أخيرا صنبور ماء", "04-03-2024, 09:12 PM", "05-03-2024, 08:03 AM"),
        when(2024, 3, 4, 21, 12),
        ...,
    ),
    (
        "ja_forum",
        phpbb("ja", "ついに水道", "2024年3月4日(月) 21:12", "2024年3月5日(火) 08:03"),
        when(2024, 3, 4, 21, 12),
        ...,
    ),
    (
        "en_comment_text_after_footer_date",
        blog(
            "en",
            "Water tap at last",
            "by Tamsin",
            after='<p class="postmetadata">Posted in Garden on March 4, 2024</p>'
            '<ol class="commentlist"><li class="comment"><cite>Owen</cite> says:<br>'
            '<small class="commentmetadata">March 2, 2024 at 8:00 am</small><p>Great!</p></li>'
            "</ol>",
        ),
        when(2024, 3, 4),
        ...,
    ),
    (
        "de_trending_above",
        news(
            "de",
            "Endlich ein Wasserhahn im Garten",
            "4. März 2024",
            side='<div class="widget"><h3>Archiv</h3><ul><li><a href="/2024/02">'
            'Februar 2024</a></li><li><a href="/2024/01">Januar 2024</a>'
            "</li></ul></div>",
        ),
        when(2024, 3, 4),
        ...,
    ),
    (
        "fr_shop_reviews",
        _head("fr", "Arrosoir en zinc 10 L") + '<body><main><div class="product">'
        '<h1 class="product-name">Arrosoir en zinc 10 L</h1><p class="price">24,90 €</p>'
        '<div class="description">' + _text("fr") + '</div></div><section class="reviews"><h2>'
        'Avis clients</h2><div class="review"><p class="review-meta">Paul, le 6 mars 2024</p><p>'
        'Solide.</p></div><div class="review"><p class="review-meta">Anne, le 2 février 2024</p>'
        "<p>Parfait.</p></div></section></main></body></html>",
        None,
        ...,
    ),
    (
        "pl_aktualizacja",
        news(
            "pl",
            "Wreszcie kran w ogrodzie",
            "Opublikowano: 4 marca 2024, 21:12 Aktualizacja: 5 marca 2024, 08:03",
        ),
        when(2024, 3, 4, 21, 12),
        when(2024, 3, 5, 8, 3),
    ),
    # --- a zone written as an offset of a named zone, or before the time it sets ----------
    (
        "ru_msk_plus",
        news("ru", "В огороде появился кран", "4 марта 2024, 21:12 (МСК+4)"),
        when(2024, 3, 4, 21, 12, tz=timezone(timedelta(hours=7))),
        ...,
    ),
    (
        "ru_msk_minus",
        news("ru", "В огороде появился кран", "04.03.2024 в 21:12 мск-1"),
        when(2024, 3, 4, 21, 12, tz=EET),
        ...,
    ),
    (
        "ru_msk_plus_latin",
        news("ru", "В огороде появился кран", "4 марта 2024, 21:12 (MSK+2)"),
        when(2024, 3, 4, 21, 12, tz=timezone(timedelta(hours=5))),
        ...,
    ),
    (
        "pt_utc_minus_sign",
        news("pt", "Finalmente uma torneira na horta", "04/03/2024 21h12 (UTC−3)"),
        when(2024, 3, 4, 21, 12, tz=timezone(timedelta(hours=-3))),
        ...,
    ),
    (
        "es_h_dot_cet",
        news("es", "Por fin un grifo en el huerto", "4 de marzo de 2024 - 21:12 h. CET"),
        when(2024, 3, 4, 21, 12, tz=CET),
        ...,
    ),
    (
        "ca_h_dot_cet",
        news("ca", "Per fi una aixeta a l'hort", "04/03/2024 - 21.12 h. CET"),
        when(2024, 3, 4, 21, 12, tz=CET),
        ...,
    ),
    (
        "es_hrs_cet",
        news("es", "Por fin un grifo en el huerto", "04/03/2024 21:12 hrs. CET"),
        when(2024, 3, 4, 21, 12, tz=CET),
        ...,
    ),
    (
        "zh_beijing_time",
        news("zh", "社区菜园装上水龙头", "2024年3月4日 北京时间21:12"),
        when(2024, 3, 4, 21, 12, tz=timezone(timedelta(hours=8))),
        ...,
    ),
    (
        "zh_beijing_time_iso_day",
        news("zh", "社区菜园装上水龙头", "2024-03-04 北京时间 21:12"),
        when(2024, 3, 4, 21, 12, tz=timezone(timedelta(hours=8))),
        ...,
    ),
    (
        "zh_tw_taipei_time",
        news("zh", "社區菜園裝上水龍頭", "2024年3月4日 台北時間 21:12"),
        when(2024, 3, 4, 21, 12, tz=timezone(timedelta(hours=8))),
        ...,
    ),
    (
        "ja_nihon_jikan",
        news("ja", "市民農園に水道", "2024年3月4日 日本時間21時12分"),
        when(2024, 3, 4, 21, 12, tz=JST),
        ...,
    ),
    (
        "ko_hanguk_sigan",
        news("ko", "공동 텃밭에 수도꼭지", "2024.03.04 한국시간 21:12"),
        when(2024, 3, 4, 21, 12, tz=KST),
        ...,
    ),
    (
        "zh_beijing_time_before_day",
        news("zh", "社区菜园装上水龙头", "北京时间2024年3月4日21:12"),
        when(2024, 3, 4, 21, 12, tz=timezone(timedelta(hours=8))),
        ...,
    ),
    (
        "ko_hanguk_sigan_before_day",
        news("ko", "공동 텃밭에 수도꼭지", "한국시간 2024.03.04 21:12"),
        when(2024, 3, 4, 21, 12, tz=KST),
        ...,
    ),
    (
        "ja_nihon_jikan_before_day",
        news("ja", "市民農園に水道", "日本時間2024年3月4日21時12分"),
        when(2024, 3, 4, 21, 12, tz=JST),
        ...,
    ),
    (
        "zh_hour_minute_signs",
        news("zh", "社区菜园装上水龙头", "2024年3月4日21时12分"),
        when(2024, 3, 4, 21, 12),
        ...,
    ),
    (
        "ja_hour_minute_signs_unspaced",
        news("ja", "市民農園に水道", "2024年3月4日21時12分"),
        when(2024, 3, 4, 21, 12),
        ...,
    ),
    (
        "ko_hour_minute_signs",
        news("ko", "공동 텃밭에 수도꼭지", "2024년 3월 4일 21시 12분"),
        when(2024, 3, 4, 21, 12),
        ...,
    ),
    # --- Buddhist-era years, Arabic-Indic and Persian digits, with times -------------------
    (
        "th_full_month_be_time",
        news("th", "สวนชุมชนได้ก๊อกน้ำ", "4 มีนาคม 2567 เวลา 21:12 น."),
        when(2024, 3, 4, 21, 12),
        ...,
    ),
    (
        "th_thai_digits_time",
        news("th", "สวนชุมชนได้ก๊อกน้ำ", "๔ มี.ค. ๒๕๖๗ ๒๑:๑๒ น."),
        when(2024, 3, 4, 21, 12),
        ...,
    ),
    (
        "th_be_gmt7",
        news("th", "สวนชุมชนได้ก๊อกน้ำ", "4 มี.ค. 2567 21:12 น. (GMT+7)"),
        when(2024, 3, 4, 21, 12, tz=ICT),
        ...,
    ),
    (
        "ar_indic_pm_marker",
        news("ar", "أخيرا صنبور ماء في الحديقة", "الاثنين ٤ مارس ٢٠٢٤ ٠٩:١٢ م"),
        when(2024, 3, 4, 21, 12),
        ...,
    ),
    (
        "ar_indic_mecca_time",
        news("ar", "أخيرا صنبور ماء في الحديقة", "٤ مارس ٢٠٢٤ - ٢١:١٢ بتوقيت مكة"),
        when(2024, 3, 4, 21, 12, tz=EAT),
        ...,
    ),
    (
        "fa_persian_digits_gregorian",
        news("fa", "بالاخره شیر آب در باغچه", "۴ مارس ۲۰۲۴ - ۲۱:۱۲"),
        when(2024, 3, 4, 21, 12),
        ...,
    ),
    (
        "fa_solar_hijri_numbers_time",
        news("fa", "بالاخره شیر آب در باغچه", "۱۴۰۲/۱۲/۱۴ - ۲۱:۱۲"),
        when(2024, 3, 4, 21, 12),
        ...,
    ),
    # --- forum headers in languages the dev sets lack ----------------------------------------
    (
        "tr_subsilver",
        subsilver(
            "tr",
            "Sonunda musluk",
            "Gönderildi:",
            "Pzt Mar 04, 2024 9:12 pm",
            "Sal Mar 05, 2024 8:03 am",
        ),
        when(2024, 3, 4, 21, 12),
        ...,
    ),
    (
        "id_subsilver",
        subsilver(
            "id",
            "Akhirnya keran air",
            "Dikirim:",
            "Sen Mar 04, 2024 9:12 pm",
            "Sel Mar 05, 2024 8:03 am",
        ),
        when(2024, 3, 4, 21, 12),
        ...,
    ),
    (
        "el_subsilver",
        subsilver(
            "el",
            "Επιτέλους βρύση",
            "Δημοσιεύθηκε:",
            "Δευ Μαρ 04, 2024 9:12 pm",
            "Τρί Μαρ 05, 2024 8:03 am",
        ),
        when(2024, 3, 4, 21, 12),
        ...,
    ),
    (
        "id_phpbb",
        phpbb("id", "Akhirnya keran air", "Sen Mar 04, 2024 9:12 pm", "Sel Mar 05, 2024 8:03 am"),
        when(2024, 3, 4, 21, 12),
        ...,
    ),
    (
        "he_phpbb",
        phpbb("he", "סוף סוף ברז", "ב' מרץ 04, 2024 9:12 pm", "ג' מרץ 05, 2024 8:03 am"),
        when(2024, 3, 4, 21, 12),
        ...,
    ),
    (
        "th_phpbb",
        phpbb("th", "ก๊อกน้ำมาแล้ว", "จ. มี.ค. 04, 2024 9:12 pm", "อ. มี.ค. 05, 2024 8:03 am"),
        when(2024, 3, 4, 21, 12),
        ...,
    ),
    (
        "he_smf",
        smf("he", "סוף סוף ברז", "ב:", "מרץ 04, 2024, 21:12:00", "מרץ 05, 2024, 08:03:00"),
        when(2024, 3, 4, 21, 12),
        ...,
    ),
    (
        "th_smf",
        smf("th", "ก๊อกน้ำมาแล้ว", "เมื่อ:", "04 มีนาคม 2024, 21:12:00", "05 มีนาคม 2024, 08:03:00"),
        when(2024, 3, 4, 21, 12),
        ...,
    ),
    (
        "el_smf",
        smf(
            "el",
            "Επιτέλους βρύση",
            "στις:",
            "04 Μαρτίου 2024, 21:12:00",
            "05 Μαρτίου 2024, 08:03:00",
        ),
        when(2024, 3, 4, 21, 12),
        ...,
    ),
    (
        "tr_smf",
        smf("tr", "Sonunda musluk", "Tarih:", "04 Mart 2024, 21:12:00", "05 Mart 2024, 08:03:00"),
        when(2024, 3, 4, 21, 12),
        ...,
    ),
    (
        "vi_subsilver_numbers",
        subsilver(
            "vi",
            "Cuối cùng cũng có vòi nước",
            "Gửi:",
            "T2 04/03/2024 9:12 pm",
            "T3 05/03/2024 8:03 am",
        ),
        when(2024, 3, 4, 21, 12),
        ...,
    ),
    (
        "vi_subsilver_month_word",
        subsilver(
            "vi",
            "Cuối cùng cũng có vòi nước",
            "Gửi:",
            "04 Tháng 3 2024 21:12",
            "05 Tháng 3 2024 08:03",
        ),
        when(2024, 3, 4, 21, 12),
        ...,
    ),
    (
        "vi_smf_month_word",
        smf(
            "vi",
            "Cuối cùng cũng có vòi nước",
            "vào lúc:",
            "04 Tháng Ba 2024, 21:12:00",
            "05 Tháng Ba 2024, 08:03:00",
        ),
        when(2024, 3, 4, 21, 12),
        ...,
    ),
    (
        "vi_blog_month_word_no_day_word",
        blog("vi", "Cuối cùng cũng có vòi nước", "Đăng lúc 21:12, 4 tháng 3, 2024 bởi Lan"),
        when(2024, 3, 4, 21, 12),
        ...,
    ),
    (
        "vi_news_padded_month",
        news("vi", "Khu vườn chung đã có vòi nước", "Thứ hai, ngày 04 tháng 03 năm 2024 - 21:12"),
        when(2024, 3, 4, 21, 12),
        ...,
    ),
    (
        "vi_vbulletin",
        vbulletin("vi", "Cuối cùng cũng có vòi nước", "04-03-2024, 21:12", "05-03-2024, 08:03"),
        when(2024, 3, 4, 21, 12),
        ...,
    ),
    (
        "id_vbulletin",
        vbulletin("id", "Akhirnya keran air", "04-03-2024, 09:12 PM", "05-03-2024, 08:03 AM"),
        when(2024, 3, 4, 21, 12),
        ...,
    ),
    # --- a shop's product page: its customers' reviews are dated, the page is not ------------
    (
        "ja_shop_reviews",
        shop(
            "ja",
            "ステンレス製じょうろ 5L",
            "2,980円（税込）",
            '<div class="review-list"><h2>カスタマーレビュー</h2><div class="review-item"><p '
            'class="review-user">たろう さん</p><p class="review-date">2024年3月6日</p><p>丈夫で'
            '使いやすいです。</p></div><div class="review-item"><p class="review-user">はなこ さん'
            '</p><p class="review-date">2024年2月2日</p><p>色がきれい。</p></div></div>',
        ),
        None,
        ...,
    ),
    (
        "ja_shop_voices",
        shop(
            "ja",
            "ステンレス製じょうろ 5L",
            "2,980円（税込）",
            '<div class="voice"><h3>お客様の声</h3><dl><dt>投稿者：たろう さん</dt><dd>'
            "投稿日：2024/03/06</dd><dd>丈夫で使いやすいです。</dd></dl><dl><dt>投稿者：はなこ"
            " さん</dt><dd>投稿日：2024/02/02</dd><dd>色がきれい。</dd></dl></div>",
        ),
        None,
        ...,
    ),
    (
        "ko_shop_reviews",
        shop(
            "ko",
            "스테인리스 물뿌리개 5L",
            "29,800원",
            '<div class="review-list"><h3>구매후기</h3><ul><li><span class="user">tar***</span>'
            '<span class="date">2024.03.06</span><p>튼튼해요.</p></li><li><span class="user">'
            'han***</span><span class="date">2024.02.02</span><p>예뻐요.</p></li></ul></div>',
        ),
        None,
        ...,
    ),
    (
        "zh_shop_reviews",
        shop(
            "zh",
            "不锈钢浇水壶 5升",
            "¥89.00",
            '<div class="comment-list"><h3>商品评价</h3><div class="comment-item"><span '
            'class="user">t***o</span><span class="comment-time">2024-03-06 21:12</span><p>很结实。'
            '</p></div><div class="comment-item"><span class="user">h***a</span><span class="'
            'comment-time">2024-02-02 08:03</span><p>颜色好看。</p></div></div>',
        ),
        None,
        ...,
    ),
]


# What the probes found and this library still misses, with why (each an open class).
_OPEN = {
    # a wiki's last edit in its footer is taken for its publication by the page search:
    # passing it over (commit 323d5db1, reverted) cost a B page of two dev sets, whose
    # truth takes the last edit for the page's date (the French and Russian ones, whose
    # footers say it in a sentence, the page search passes over since date56: a date inside
    # a sentence of a paragraph, ``source_days._in_prose``)
    ("en_wiki", "published"),
    ("de_wiki", "published"),
    ("ja_wiki", "published"),
    # --- open on main when written (round 38): each fix below takes its probes out ---------
    # a shop's reviews under names that say nothing of reviews ("voice": Japanese shops'
    # "customer's voice") with the publication label "投稿日" (posted): read as the page's
    ("ja_shop_voices", "published"),
}

_CASES = [
    pytest.param(
        page,
        field,
        want,
        id=f"{name}-{field}",
        marks=[pytest.mark.xfail(strict=True)] if (name, field) in _OPEN else [],
    )
    for name, page, published, modified in PROBES
    for field, want in (("published", published), ("modified", modified))
    if want is not ...
]


@pytest.mark.parametrize(("page", "field", "want"), _CASES)
def test_date_probe(page: str, field: str, want: datetime | None) -> None:
    article = newsextract.extract(page, url="https://garden.example.org/posts/water-tap")
    got = getattr(article, field)
    assert same_moment(got, want), f"{field}: {got!r}"
