"""A blind round (wave 58, issues 11 and 12): pages carrying more than one article,
written without reading the extractor, in fifteen languages. Sites append the next story in
full under the one the URL names (infinite scroll: each in its own ``<article>``, in bare
divs, or loaded into a "next article" container; with or without their own h1, byline and
date; the next one newer or older), print a whole story in a "read next" box, follow a
blog's single post with the previous post in full, or a story with a partner's full-text
piece. The body must hold the story the URL and the page's metadata name (the canonical
link, og:url, JSON-LD, the first h1) and nothing of the others; its title, authors and
date are that story's (``META``, judged by ``tests/metadata/test_blind_multi_article_probes``).

Three kinds needed a decision:

- A newsletter-style digest of short stories under one URL: the digest *is* the article.
  Its canonical link, title and h1 name the digest (an edition, a day), not any one item,
  and the items have no page of their own there: every item is its body, the edition's
  editor its author, the edition's date its date.
- A story followed by its own translation into another language: the translation is no
  part of the body. The page's ``<html lang>``, title and URL name one article in one
  language, the record has one ``language``, and the translation repeats the same story
  (a reader of one language reads one of them).
- A live page with a pinned summary post (its own heading, byline and time): the summary
  is the live page's own text, so it is body; the page's metadata stay the live page's.

Every name, place and sentence here is invented."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from typing import Any

from .multi_kit import Story, block, head, share_bar, shell
from .multi_stories import STORIES
from .pages import Probes

PROBES = Probes()
# (name, url, html, title, authors, published): what the metadata probe judges
META: list[tuple[Any, ...]] = []

# per language: the byline's word, "next article", "read next", "previous post", "from our
# partner", "share", the site
LABELS = {
    "en": ("By", "Next article", "Read next", "Previous post", "From our partner", "Share"),
    "de": (
        "Von",
        "Nächster Artikel",
        "Lesen Sie auch",
        "Vorheriger Beitrag",
        "Von unserem Partner",
        "Teilen",
    ),
    "fr": (
        "Par",
        "Article suivant",
        "À lire ensuite",
        "Article précédent",
        "Chez notre partenaire",
        "Partager",
    ),
    "es": (
        "Por",
        "Siguiente noticia",
        "Lee a continuación",
        "Entrada anterior",
        "De nuestro socio",
        "Compartir",
    ),
    "it": (
        "Di",
        "Articolo successivo",
        "Leggi anche",
        "Articolo precedente",
        "Dal nostro partner",
        "Condividi",
    ),
    "pt": (
        "Por",
        "Próxima notícia",
        "Leia a seguir",
        "Post anterior",
        "Do nosso parceiro",
        "Partilhar",
    ),
    "nl": ("Door", "Volgend artikel", "Lees ook", "Vorig bericht", "Van onze partner", "Delen"),
    "pl": (
        "Autor:",
        "Następny artykuł",
        "Czytaj dalej",
        "Poprzedni wpis",
        "Od naszego partnera",
        "Udostępnij",
    ),
    "sv": ("Av", "Nästa artikel", "Läs nästa", "Föregående inlägg", "Från vår partner", "Dela"),
    "cs": (
        "Autor:",
        "Další článek",
        "Čtěte dál",
        "Předchozí příspěvek",
        "Od našeho partnera",
        "Sdílet",
    ),
    "tr": ("Yazan:", "Sonraki haber", "Sıradaki haber", "Önceki yazı", "İş ortağımızdan", "Paylaş"),
    "ru": (
        "Автор:",
        "Следующая статья",
        "Читайте далее",
        "Предыдущая запись",
        "От нашего партнёра",
        "Поделиться",
    ),
    "ja": ("文：", "次の記事", "次に読む", "前の投稿", "パートナー記事", "シェア"),
    "ar": ("بقلم", "المقال التالي", "اقرأ التالي", "المقال السابق", "من شريكنا", "شارك"),
    "id": (
        "Oleh",
        "Berita selanjutnya",
        "Baca selanjutnya",
        "Tulisan sebelumnya",
        "Dari mitra kami",
        "Bagikan",
    ),
}
SITES = {
    "en": ("millbrook-courier.co.uk", "Millbrook Courier"),
    "de": ("seebote-oberried.de", "Seebote Oberried"),
    "fr": ("valmont-info.fr", "Valmont Info"),
    "es": ("diariorioclaro.es", "Diario de Río Claro"),
    "it": ("gazzettaborgoverde.it", "Gazzetta di Borgoverde"),
    "pt": ("jornalvilaserra.com.br", "Jornal Vila Serra"),
    "nl": ("zandwijkse-courant.nl", "Zandwijkse Courant"),
    "pl": ("gazetaborowska.pl", "Gazeta Borowska"),
    "sv": ("stromviks-tidning.se", "Strömviks Tidning"),
    "cs": ("lipovske-listy.cz", "Lipovské listy"),
    "tr": ("karakoyhaber.com.tr", "Karaköy Haber"),
    "ru": ("zarechye-vesti.ru", "Вести Заречья"),
    "ja": ("hamakawa-shimbun.jp", "浜川新聞"),
    "ar": ("alwadi-news.com", "أخبار الوادي"),
    "id": ("kabarsukamaju.id", "Kabar Sukamaju"),
}


def add(name: str, lang: str, lead: Story, others: list[Story], html: str, **extra: Any) -> None:
    """Record a page whose URL names ``lead``: its paragraphs must be in the body, the
    others' headlines and paragraphs must not; its title, author and moment are the metadata's."""
    host = SITES[lang][0]
    must = extra.get("must", lead.paras)
    must_not = extra.get("must_not", tuple(line for s in others for line in s.lines()))
    PROBES.add(name, lead.url(host), html, must, must_not)
    META.append(
        (
            name,
            lead.url(host),
            html,
            extra.get("title", lead.title),
            extra.get("authors", (lead.author,)),
            extra.get("published", lead.when),
        )
    )


def scroll(
    name: str,
    lang: str,
    keys: str,
    *,
    tag: str = "article",
    heading: str = "h1",
    ld_each: bool = False,
    own_meta: bool = True,
    dir_: str = "ltr",
    **head_kw: Any,
) -> None:
    """Infinite scroll: the story the URL names, then the next ones in full, each in a
    ``tag`` of its own (``div`` for bare divs), with its heading, byline and date."""
    host, site = SITES[lang]
    by, *_, share = LABELS[lang]
    stories = [STORIES[lang][key] for key in keys]
    lead, others = stories[0], stories[1:]
    cls = "article" if tag == "article" else ""
    parts = [block(lead, host, tag=tag, cls=cls, by=by, ld=ld_each, extra=share_bar(share))]
    parts += [
        block(s, host, tag=tag, cls=cls, heading=heading, by=by, own_meta=own_meta, ld=ld_each)
        for s in others
    ]
    html = shell(
        lang,
        site,
        head(lead, host, site, **head_kw),
        f"<div class='feed'>{''.join(parts)}</div>",
        dir_=dir_,
    )
    add(name, lang, lead, others, html)


def next_container(
    name: str, lang: str, keys: str, *, heading: str = "h1", own_meta: bool = True, **head_kw: Any
) -> None:
    """The story, then a "next article" container the site's script filled with the next
    ones (each in a plain div, under the container's label)."""
    host, site = SITES[lang]
    by, next_label, *_ = LABELS[lang]
    stories = [STORIES[lang][key] for key in keys]
    lead, others = stories[0], stories[1:]
    loaded = "".join(
        f"<div class='next-article-label'>{next_label}</div>"
        + block(
            s, host, tag="div", cls="next-article__story", heading=heading, by=by, own_meta=own_meta
        )
        for s in others
    )
    main = (
        block(lead, host, by=by)
        + f"<div id='next-article' class='next-article-container' data-loaded='true'>{loaded}"
        "</div>"
    )
    add(name, lang, lead, others, shell(lang, site, head(lead, host, site, **head_kw), main))


def read_next(name: str, lang: str, keys: str, *, inside: bool, **head_kw: Any) -> None:
    """The story with a "read next" box holding a whole story (heading, byline, date and
    paragraphs), inside the story's article or after it."""
    host, site = SITES[lang]
    by, _, label, *_ = LABELS[lang]
    lead, other = STORIES[lang][keys[0]], STORIES[lang][keys[1]]
    box = (
        f"<aside class='read-next'><h2 class='read-next__label'>{label}</h2>"
        + block(other, host, cls="read-next__article", heading="h3", by=by)
        + "</aside>"
    )
    if inside:
        main = block(lead, host, by=by, extra=box)
    else:
        main = f"<div class='layout'>{block(lead, host, by=by)}{box}</div>"
    add(name, lang, lead, [other], shell(lang, site, head(lead, host, site, **head_kw), main))


def blog_previous(name: str, lang: str, keys: str) -> None:
    """A blog theme's single post, its post navigation, then the previous post printed in
    full under a "previous post" heading."""
    host, site = SITES[lang]
    by, _, _, previous, *_ = LABELS[lang]
    post, prev = STORIES[lang][keys[0]], STORIES[lang][keys[1]]

    def entry(s: Story, heading: str) -> str:
        return (
            f"<article class='post type-post status-publish hentry'><header class='entry-"
            f"header'><{heading} class='entry-title'>{s.title}</{heading}><div class='entry-"
            f"meta'><span class='posted-on'><time class='entry-date published' datetime='"
            f"{s.when.isoformat()}'>{s.shown}</time></span> <span class='byline'>{by} <span "
            f"class='author vcard'><a class='url fn n' href='/author/x'>{s.author}</a></span>"
            "</span></div></header><div class='entry-content'>"
            + "".join(f"<p>{text}</p>" for text in s.paras)
            + "</div></article>"
        )

    main = (
        "<div id='primary' class='content-area'>"
        + entry(post, "h1")
        + f"<nav class='navigation post-navigation'><div class='nav-previous'><a href='/{prev.slug}"
        f"'>{prev.title}</a></div></nav><section class='previous-post-full'><h2 class='section-"
        f"title'>{previous}</h2>" + entry(prev, "h2") + "</section></div>"
    )
    html = shell(lang, site, head(post, host, site, ld=False), main).replace(
        "<body>", "<body class='single single-post'>"
    )
    add(name, lang, post, [prev], html)


def partner(name: str, lang: str, keys: str, partner_site: str) -> None:
    """The story, then a partner's full-text piece under the partner's label."""
    host, site = SITES[lang]
    by, *_, label, _ = LABELS[lang]
    lead, other = STORIES[lang][keys[0]], STORIES[lang][keys[1]]
    main = (
        block(lead, host, by=by)
        + f"<section class='partner-content'><div class='partner-label'>{label} "
        f"<a href='https://{partner_site}/'>{partner_site}</a></div>"
        + block(other, partner_site, cls="partner-article", heading="h2", by=by)
        + "</section>"
    )
    add(name, lang, lead, [other], shell(lang, site, head(lead, host, site), main))


# --- infinite scroll: each story in its own <article>
scroll("en_scroll_two_older_articles", "en", "abc")
scroll("de_scroll_ld_in_each_article", "de", "ab", ld_each=True, ld=False)
scroll(
    "it_scroll_newer_bare_head",
    "it",
    "ba",
    og=False,
    ld=False,
    meta_date=False,
    title_tag="Gazzetta di Borgoverde",
)
scroll("nl_scroll_two_newer", "nl", "cba")
scroll("sv_scroll_ld_each_newer", "sv", "ba", ld_each=True, meta_date=False)
scroll("tr_scroll_three_followers", "tr", "abc", heading="h2")
scroll("ja_scroll_one_older", "ja", "ab", og=False)
scroll("ar_scroll_rtl_two", "ar", "abc", dir_="rtl", ld=False)
# --- infinite scroll in bare divs
scroll("es_divs_three_h2", "es", "abc", tag="div", heading="h2")
scroll("pl_divs_one_h1", "pl", "ab", tag="div", og=False, meta_date=False)
scroll("ru_divs_newer_and_older", "ru", "bac", tag="div", ld=False)
scroll("id_divs_no_own_meta", "id", "ab", tag="div", heading="h2", own_meta=False)
# --- a "next article" container filled by script
next_container("fr_next_container_newer", "fr", "ba")
next_container("pt_next_container_no_own_meta", "pt", "ab", heading="h2", own_meta=False)
next_container("cs_next_container_two", "cs", "abc", ld=False)
next_container("ja_next_container_newer", "ja", "cab", meta_date=False)
# --- a "read next" box holding a whole story
read_next("de_read_next_inside_article", "de", "ba", inside=True)
read_next("nl_read_next_after_article", "nl", "ab", inside=False, ld=False)
read_next("tr_read_next_newer", "tr", "ba", inside=True, og=False, ld=False)
read_next("ar_read_next_older", "ar", "bc", inside=False)
# --- a blog's single post, then the previous post in full
blog_previous("fr_blog_previous_post", "fr", "ab")
blog_previous("pl_blog_previous_post", "pl", "bc")
blog_previous("ru_blog_previous_post", "ru", "ab")
# --- a partner's full-text piece after the story
partner("it_partner_piece", "it", "ac", "cronache-valle.it")
partner("cs_partner_piece", "cs", "bc", "zpravy-kraje.cz")


# --- digests: the edition is the article, every item its body
def digest(
    name: str,
    lang: str,
    slug: str,
    title: str,
    editor: str,
    when: datetime,
    shown: str,
    intro: str,
    items: list[tuple[str, str]],
) -> None:
    host, site = SITES[lang]
    by, *_ = LABELS[lang]
    edition = Story(slug, title, editor, when, shown, (intro,))
    body = "".join(
        f"<section class='digest-item'><h2>{head_}</h2><p>{text}</p></section>"
        for head_, text in items
    )
    main = (
        f"<article class='newsletter-edition'><h1>{title}</h1><div class='article-meta'>"
        f"<span class='byline'>{by} {editor}</span> <time datetime='{when.isoformat()}'>"
        f"{shown}</time></div><p class='intro'>{intro}</p>{body}</article>"
    )
    lines = (intro, *(line for item in items for line in item))
    add(name, lang, edition, [], shell(lang, site, head(edition, host, site), main), must=lines)


digest(
    "en_newsletter_digest",
    "en",
    "morning-briefing-15-march",
    "Morning briefing: Friday 15 March",
    "Ruth Abernethy",
    datetime(2024, 3, 15, 6, 0, tzinfo=UTC),
    "15 March 2024, 06:00",
    "Good morning. Here is what is happening in Millbrook and around the valley today, in "
    "five minutes of reading.",
    [
        (
            "Bridge repairs begin",
            "Lane closures start on the Tollgate bridge at nine o'clock, "
            "and the work on its expansion joints is expected to last until the end of April.",
        ),
        (
            "Market moves indoors",
            "Saturday's farmers' market will be held in the drill hall "
            "because of the forecast gales, with all forty stalls moving under one roof.",
        ),
        (
            "School places",
            "Families have until Monday to accept secondary school offers, and "
            "the council says two thirds of children got their first choice this year.",
        ),
        (
            "Weather",
            "Heavy showers in the morning will give way to bright spells, with a top "
            "temperature of eleven degrees and strong winds along the coast.",
        ),
    ],
)
digest(
    "sv_nyhetsbrev_digest",
    "sv",
    "morgonbrevet-3-oktober",
    "Morgonbrevet: torsdag 3 oktober",
    "Karin Holm",
    datetime(2024, 10, 3, 6, 30, tzinfo=timezone(timedelta(hours=2))),
    "3 oktober 2024 kl. 06.30",
    "God morgon! Här är det viktigaste som händer i Strömvik i dag, samlat på ett ställe.",
    [
        (
            "Vägarbete på Storgatan",
            "Storgatan stängs för biltrafik mellan torget och "
            "järnvägsstationen i två veckor medan ledningarna under gatan byts ut.",
        ),
        (
            "Ny badplats",
            "Kommunen har fått pengar till en ny badplats med brygga vid sjön "
            "Lillträsk, och bygget ska vara klart till midsommar nästa år.",
        ),
        (
            "Konsert i kyrkan",
            "Strömviks kammarkör sjunger i stadskyrkan på lördag kväll, och "
            "entrén är fri för alla under tjugo år.",
        ),
    ],
)

# --- a story followed by its own translation: the translation is not the body
ES_EN = (
    "Río Claro's allotments double their plots",
    "The town council of Río Claro has handed over two abandoned lots next to the station "
    "to extend the neighbourhood allotments, which had a waiting list.",
    "Each plot measures twenty square metres and is allocated by lottery for two years, with "
    "priority for pensioners and families with young children.",
)
FR_EN = (
    "Valmont's tram extended to the hospital",
    "The first trams served the four new stops between the market square and Valmont "
    "hospital on Tuesday morning.",
    "The works, begun three years ago, cost eighty million euros and required several "
    "underground networks to be moved.",
)


def translated(
    name: str, lang: str, key: str, translation: tuple[str, ...], *, mark: str = "", label: str = ""
) -> None:
    """The story, then its translation in a div: marked with its ``lang``, or only under a
    label in the other language."""
    host, site = SITES[lang]
    by, *_ = LABELS[lang]
    lead = STORIES[lang][key]
    title, *paras = translation
    trans = (
        f"<div class='translation'{mark}>"
        + (f"<p class='translation-label'>{label}</p>" if label else "")
        + f"<h2>{title}</h2>"
        + "".join(f"<p>{text}</p>" for text in paras)
        + "</div>"
    )
    main = block(lead, host, by=by, extra=trans)
    add(name, lang, lead, [], shell(lang, site, head(lead, host, site), main), must_not=translation)


translated("es_story_then_english_translation", "es", "a", ES_EN, mark=" lang='en'")
translated("fr_story_then_english_version_unmarked", "fr", "a", FR_EN, label="English version")


# --- live pages with a pinned summary post
def live_pinned(
    name: str,
    lang: str,
    slug: str,
    title: str,
    team: str,
    when: datetime,
    shown: str,
    pinned: tuple[str, str, str, str, tuple[str, ...]],
    entries: list[tuple[str, str]],
) -> None:
    """A live page: its headline, byline and start, a pinned summary post with its own
    heading, byline and (later) time, then the entries, newest first."""
    host, site = SITES[lang]
    by, *_ = LABELS[lang]
    pin_label, pin_title, pin_author, pin_time, points = pinned
    page_story = Story(slug, title, team, when, shown, ())
    items = "".join(
        f"<div class='live-entry'><time class='entry-time'>{time}</time><p>{text}</p></div>"
        for time, text in entries
    )
    main = (
        f"<article class='live-page'><h1>{title}</h1><div class='article-meta'><span "
        f"class='byline'>{by} {team}</span> <time datetime='{when.isoformat()}'>{shown}</time>"
        f"</div><article class='pinned-post'><span class='pinned-label'>{pin_label}</span><h2>"
        f"{pin_title}</h2><div class='byline'>{by} {pin_author}</div><time>{pin_time}</time>"
        "<ul>" + "".join(f"<li>{point}</li>" for point in points) + f"</ul></article>{items}"
        "</article>"
    )
    ld = (
        '<script type=\'application/ld+json\'>{"@context":"https://schema.org","@type":'
        f'"LiveBlogPosting","headline":"{title}","datePublished":"{when.isoformat()}",'
        f'"author":{{"@type":"Person","name":"{team}"}}}}</script>'
    )
    head_html = head(page_story, host, site, ld=False) + ld
    lines = (pin_title, *points, *(text for _, text in entries))
    add(name, lang, page_story, [], shell(lang, site, head_html, main), must=lines)


live_pinned(
    "pt_live_pinned_summary",
    "pt",
    "ao-vivo-enchente",
    "Ao vivo: cheia do rio Claro em Vila Serra",
    "Fernanda Rocha",
    datetime(2024, 1, 22, 7, 0, tzinfo=timezone(timedelta(hours=-3))),
    "22/01/2024 07h00",
    (
        "Fixado",
        "Resumo: o que se sabe até agora",
        "Paulo Mendes",
        "22/01/2024 15h40",
        (
            "O rio subiu dois metros acima do normal durante a madrugada.",
            "Cento e vinte famílias foram levadas para o ginásio municipal.",
            "As aulas estão suspensas em todas as escolas da zona baixa.",
        ),
    ),
    [
        (
            "15h32",
            "A defesa civil abriu um segundo abrigo na escola Dom Pedro, que pode "
            "receber mais oitenta pessoas até ao fim do dia.",
        ),
        (
            "13h05",
            "A ponte velha foi fechada ao trânsito depois de a água ter chegado ao "
            "tabuleiro, e os autocarros fazem um desvio pela estrada do alto.",
        ),
        (
            "09h20",
            "Os bombeiros usam barcos para retirar moradores das casas da rua da Praia, "
            "onde a água já passa de um metro de altura.",
        ),
    ],
)
live_pinned(
    "id_live_pinned_summary",
    "id",
    "live-banjir-sukamaju",
    "LIVE: Banjir melanda Sukamaju",
    "Yusuf Pratama",
    datetime(2024, 1, 30, 6, 0, tzinfo=timezone(timedelta(hours=7))),
    "30 Januari 2024, 06:00 WIB",
    (
        "Disematkan",
        "Ringkasan: yang kita ketahui sejauh ini",
        "Siti Rahmawati",
        "30 Januari 2024, 14:10 WIB",
        (
            "Sungai meluap setelah hujan deras selama dua belas jam.",
            "Sekitar tiga ratus warga mengungsi ke masjid dan balai desa.",
            "Jalan utama menuju pasar lama tidak bisa dilalui kendaraan.",
        ),
    ),
    [
        (
            "14:02",
            "Tim SAR menambah dua perahu karet untuk menjangkau warga di kampung "
            "seberang sungai yang masih bertahan di lantai dua rumah mereka.",
        ),
        (
            "11:45",
            "Dapur umum didirikan di halaman kantor kecamatan dan membagikan makanan "
            "hangat kepada para pengungsi sejak siang ini.",
        ),
        (
            "08:30",
            "Ketinggian air di pasar lama mencapai lutut orang dewasa, dan para "
            "pedagang memindahkan barang dagangan ke tempat yang lebih tinggi.",
        ),
    ],
)
