"""The record each probe is, how a field is judged, and the layouts the pages share: the
themes and CMSes of the probes, the zones their date lines write, the hosts their sites have."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Any

# the zones the probes' date lines write
IST = timezone(timedelta(hours=5, minutes=30))
PKT = timezone(timedelta(hours=5))
IRST = timezone(timedelta(hours=3, minutes=30))
WIB = timezone(timedelta(hours=7))
EET = timezone(timedelta(hours=2))
CET = timezone(timedelta(hours=1))
EAT = timezone(timedelta(hours=3))
PHT = timezone(timedelta(hours=8))
GET = timezone(timedelta(hours=4))
WAT = timezone(timedelta(hours=1))
AZT = timezone(timedelta(hours=4))
MSK = timezone(timedelta(hours=3))
TRT = timezone(timedelta(hours=3))
ICT = timezone(timedelta(hours=7))
JST = timezone(timedelta(hours=9))
KST = timezone(timedelta(hours=9))


# Each probe's host, as its site would spell its name (invented sites, on real top-level domains)
HOSTS = {
    "hi_wp_native_digits": "nagardarpan.in",
    "hi_news_ist": "janwanisamachar.com",
    "hi_blogger": "ghumakkadi-diary.blogspot.com",
    "bn_news_staff_native": "dainiknodibarta.com",
    "bn_wp_month_first": "gramerkotha.com",
    "bn_relative_only": "kolkatakhobor.in",
    "ta_wp": "tamilmalar.in",
    "ta_news_byline_after": "seithisudar.com",
    "ur_news_extended_digits": "roznamasehar.pk",
    "ur_wp_web_desk_jsonld": "urdunama.pk",
    "ur_relative_with_meta": "khabarnama.pk",
    "fa_news_solar_hijri_time": "avayeshahr.ir",
    "fa_wp_solar_hijri_day": "mahalleh.blog.ir",
    "fa_news_tehran_time_credit": "shahrema.ir",
    "he_news_dotted": "hagalil-news.co.il",
    "he_wp_posted_on_by": "shchuna-blog.co.il",
    "he_relative_only": "mekomon-haemek.co.il",
    "el_news_genitive_byline": "eidiseis-limaniou.gr",
    "el_wp_published_at_by": "tolimanisimera.gr",
    "el_blogger": "simeioseis-epivati.blogspot.com",
    "uk_news_month_genitive": "visti-podillia.com.ua",
    "uk_published_o_updated": "zhytomyr-online.com.ua",
    "uk_relative_jsonld": "novyny-polissia.ua",
    "bg_news_ch": "vestnikbryag.bg",
    "bg_wp_dotted_date": "blogat-na-kvartala.bg",
    "cs_news_genitive_month": "novinkyzporici.cz",
    "cs_wp_spaced_numbers": "poricsky-zpravodaj.cz",
    "cs_drupal_submitted": "hornilhota.cz",
    "sk_news_o_time": "regionalnenoviny.sk",
    "sk_forum": "forum-pestovatelov.sk",
    "ro_news_de": "gazetadevest.ro",
    "ro_wp_publicat_pe_de": "blogcartier.ro",
    "ro_press_release": "primaria-exemplu.ro",
    "hu_news_year_first": "alfoldihirek.hu",
    "hu_wp_numeric": "varosiblog.hu",
    "hu_news_byline_after": "delinaplo.hu",
    "sv_news_kl_dotted_time": "adalenstidning.se",
    "sv_ghost": "abloggen.se",
    "da_news_af": "vestegnensavis.dk",
    "da_wp_skrevet_af": "byensblog.dk",
    "nb_news_publisert": "fjordposten.no",
    "nb_wp_emneknagger": "bygdebloggen.no",
    "fi_news_klo": "jarviseudunsanomat.fi",
    "fi_wp_julkaistu": "kaupunkiblogi.fi",
    "fi_relative_only": "paikallisuutiset.fi",
    "vi_news_gmt7_author_after": "baodongbang.vn",
    "vi_wp_dang_boi": "tintucmientay.vn",
    "vi_news_ngay": "doisongcantho.vn",
    "id_news_wib_editor": "wartanusantara.id",
    "id_wp_oleh": "kabarkota.id",
    "id_blogger": "catatanpasar.blogspot.com",
    "th_news_thai_digits_be": "khaomueangnuea.com",
    "th_news_short_be_time": "thainewsonline.co.th",
    "th_relative_only": "khaothongthin.com",
    "sw_news_na": "habarizapwani.co.tz",
    "sw_press_chanzo": "halmashauri-mombasa.go.ke",
    "tl_news_ni": "balitangbayan.ph",
    "tl_medium": "sanaysay.ph",
    "ka_news": "ambebi-dghes.ge",
    "ka_wp_jsonld_no_author": "kalakis-blogi.ge",
    "hy_news_armenian_colon": "lurer-aysor.am",
    "hy_news_month_name": "yerevantimes.am",
    "ms_news_oleh_at_pm": "beritasemenanjung.my",
    "ms_wp_diterbitkan": "suarabandar.my",
}


@dataclass(frozen=True)
class Probe:
    """A page and its fields' expected values: a field left out of ``want`` is not scored;
    ``published`` None means no date (a relative time without a reference)."""

    name: str
    lang: str
    html: str
    want: dict[str, Any] = field(default_factory=dict)

    @property
    def url(self) -> str:
        """The page's address: on the host its site would have (a name in another script
        spelled in Latin letters, as hosts spell them)."""
        host = HOSTS.get(self.name, f"{self.name.replace('_', '-')}.example.net")
        return f"https://{host}/2024/03/story-{self.name.replace('_', '-')}"


def jsonld(**fields: Any) -> str:
    """A NewsArticle's JSON-LD script holding only ``fields``."""
    data = {"@context": "https://schema.org", "@type": "NewsArticle", **fields}
    return f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>'


def _paragraphs(body: tuple[str, ...]) -> str:
    return "".join(f"<p>{text}</p>" for text in body)


def _head(lang: str, title: str, site: str | None, lead: str | None, head: str) -> str:
    direction = ' dir="rtl"' if lang in {"ur", "fa", "he"} else ""
    tags = [f'<meta charset="utf-8"><title>{title}</title>']
    if site:
        tags.append(f'<meta property="og:site_name" content="{site}">')
    if lead:
        tags.append(f'<meta name="description" content="{lead}">')
    return f'<html lang="{lang}"{direction}><head>{"".join(tags)}{head}</head>'


def wordpress(
    lang: str,
    title: str,
    h1: str,
    body: tuple[str, ...],
    *,
    site: str | None = None,
    lead: str | None = None,
    meta: str = "",
    footer: str = "",
    head: str = "",
    menu: str = "",
) -> str:
    """A WordPress theme's single post: entry header, entry meta, entry content, footer."""
    return (
        _head(lang, title, site, lead, head)
        + '<body class="post-template-default single single-post"><header id="masthead" '
        f'class="site-header"><p class="site-title"><a href="/">{site or ""}</a></p>'
        f'<nav class="main-navigation"><ul><li><a href="/">{menu}</a></li></ul></nav></header>'
        '<main id="main" class="site-main"><article class="post type-post status-publish '
        'hentry"><header class="entry-header">'
        f'<h1 class="entry-title">{h1}</h1><div class="entry-meta">{meta}</div></header>'
        f'<div class="entry-content">{_paragraphs(body)}</div>'
        f'<footer class="entry-footer">{footer}</footer></article></main>'
        f'<footer class="site-footer"><p>© 2024 {site or ""}</p></footer></body></html>'
    )


def news_cms(
    lang: str,
    title: str,
    h1: str,
    body: tuple[str, ...],
    *,
    site: str | None = None,
    lead: str | None = None,
    standfirst: str | None = None,
    meta: str = "",
    after: str = "",
    head: str = "",
    section: str = "",
) -> str:
    """A news CMS's story: breadcrumb, headline, standfirst, author and date boxes, the
    text, then whatever closes it, and a related-stories list."""
    stand = f'<div class="article-summary">{standfirst}</div>' if standfirst else ""
    return (
        _head(lang, title, site, lead, head)
        + f'<body><div class="top-bar"><a class="logo" href="/">{site or ""}</a></div>'
        f'<div class="breadcrumb"><a href="/">⌂</a> › <a href="/s/">{section}</a></div>'
        f'<div class="article-page"><h1 class="article-title">{h1}</h1>{stand}'
        f'<div class="article-info">{meta}</div>'
        f'<div class="article-body">{_paragraphs(body)}{after}</div></div>'
        '<div class="related"><h3>…</h3><ul><li><a href="/s/other-story">'
        f"{section} {section}</a></li></ul></div></body></html>"
    )


def blogger(
    lang: str,
    title: str,
    h3: str,
    body: tuple[str, ...],
    *,
    blog: str,
    date_header: str,
    posted_by: str,
    labels: str,
    head: str = "",
) -> str:
    """A Blogger post: date header, post title, post body, post footer (author, labels)."""
    return (
        _head(lang, title, None, None, head)
        + f'<body><div class="header"><h1 class="title">{blog}</h1></div>'
        f'<div class="date-outer"><h2 class="date-header"><span>{date_header}</span></h2>'
        '<div class="post hentry" itemprop="blogPost"><h3 class="post-title entry-title">'
        f'{h3}</h3><div class="post-body entry-content">{_paragraphs(body)}</div>'
        f'<div class="post-footer"><span class="post-author vcard">{posted_by}</span>'
        f'<span class="post-labels">{labels}</span></div></div></div></body></html>'
    )


def ghost(
    lang: str,
    title: str,
    h1: str,
    body: tuple[str, ...],
    *,
    site: str,
    lead: str,
    author: str,
    iso: str,
    shown: str,
    tag: str,
    head: str = "",
) -> str:
    """A Ghost theme's post: primary tag, title, excerpt, byline with author and time."""
    return (
        _head(lang, title, site, lead, head)
        + f'<body class="post-template"><header class="gh-head"><a class="gh-head-logo" '
        f'href="/">{site}</a></header><main><article class="gh-article post">'
        f'<header class="gh-article-header"><a class="gh-article-tag" href="/tag/t/">{tag}</a>'
        f'<h1 class="gh-article-title">{h1}</h1><p class="gh-article-excerpt">{lead}</p>'
        f'<div class="gh-article-meta"><a class="gh-author-name" href="/author/a/">{author}</a>'
        f'<time class="gh-article-meta-date" datetime="{iso}">{shown}</time></div></header>'
        f'<section class="gh-content">{_paragraphs(body)}</section></article></main>'
        "</body></html>"
    )


def drupal(
    lang: str,
    title: str,
    h1: str,
    body: tuple[str, ...],
    *,
    submitted: str,
    tags_label: str,
    tags: tuple[str, ...],
    head: str = "",
) -> str:
    """A Drupal node: submitted line, body field, a taxonomy field of tags."""
    links = "".join(
        f'<div class="field__item"><a href="/taxonomy/term/{n}">{t}</a></div>'
        for n, t in enumerate(tags, 1)
    )
    return (
        _head(lang, title, None, None, head)
        + '<body class="path-node page-node-type-article"><div id="page">'
        f'<h1 class="page-title"><span class="field--name-title">{h1}</span></h1>'
        '<article class="node node--type-article node--view-mode-full">'
        f'<div class="node__meta"><div class="node__submitted">{submitted}</div></div>'
        '<div class="node__content"><div class="field field--name-body field--type-text-'
        f'with-summary">{_paragraphs(body)}</div>'
        '<div class="field field--name-field-tags field--type-entity-reference">'
        f'<div class="field__label">{tags_label}</div><div class="field__items">{links}'
        "</div></div></div></article></div></body></html>"
    )


def forum(
    lang: str,
    title: str,
    subject: str,
    body: tuple[str, ...],
    *,
    user: str,
    posted: str,
    head: str = "",
) -> str:
    """A phpBB-like thread's first post: subject, author line with its time, content."""
    return (
        _head(lang, title, None, None, head)
        + '<body id="phpbb"><div id="wrap"><h2 class="topic-title"><a href="#">'
        f'{subject}</a></h2><div id="p101" class="post bg2"><div class="postbody">'
        f'<h3 class="first"><a href="#p101">{subject}</a></h3><p class="author">'
        f'<a href="/memberlist.php?u=7" class="username">{user}</a> » {posted}</p>'
        f'<div class="content">{"<br><br>".join(body)}</div></div></div></div></body></html>'
    )


def later_thread_page(subject: str, started: str) -> str:
    """The head of a thread's later page: a link to the page before and the thread's
    JSON-LD, dated by its first post (on page one)."""
    node = {
        "@context": "https://schema.org",
        "@type": "DiscussionForumPosting",
        "headline": subject,
        "datePublished": started,
    }
    return (
        '<link rel="prev" href="https://forum.example.net/viewtopic.php?t=12&amp;start=20">'
        f'<script type="application/ld+json">{json.dumps(node, ensure_ascii=False)}</script>'
    )


def press(
    lang: str,
    title: str,
    h1: str,
    body: tuple[str, ...],
    *,
    kicker: str,
    dateline: str,
    closing: str,
    head: str = "",
) -> str:
    """A press release: its kind above the headline, a dateline opening the first
    paragraph, a source and contact block after the text."""
    first, *rest = body
    return (
        _head(lang, title, None, None, head)
        + f'<body><div class="press-room"><p class="kicker">{kicker}</p><h1>{h1}</h1>'
        f'<div class="release-text"><p>{dateline} {first}</p>{_paragraphs(tuple(rest))}'
        f'<div class="release-contact">{closing}</div></div></div></body></html>'
    )


def medium(
    lang: str,
    title: str,
    h1: str,
    body: tuple[str, ...],
    *,
    author: str,
    shown: str,
    subtitle: str,
    head: str = "",
) -> str:
    """A Medium-like post: title, subtitle, an author card with a reading time and a date."""
    return (
        _head(lang, title, None, None, head)
        + f'<body><article><section><h1 data-testid="storyTitle">{h1}</h1>'
        f'<h2 class="pw-subtitle-paragraph">{subtitle}</h2><div class="pw-author">'
        f'<a data-testid="authorName" href="/@writer">{author}</a><span>·</span>'
        f'<span data-testid="storyReadTime">4 min</span><span>·</span>'
        f'<span data-testid="storyPublishDate">{shown}</span></div>'
        f"{_paragraphs(body)}</section></article></body></html>"
    )


def tag_links(label: str, tags: tuple[str, ...], css: str = "tags-links") -> str:
    """A label and the tag links after it, as themes write them."""
    links = ", ".join(f'<a href="/tag/t{n}/" rel="tag">{t}</a>' for n, t in enumerate(tags, 1))
    return f'<span class="{css}">{label} {links}</span>'


def same_moment(got: datetime | None, want: datetime | None) -> bool:
    """A day alone against its day; a time with its offset (or its lack of one)."""
    if want is None or got is None:
        return want is got
    if want.time() == datetime.min.time() and want.tzinfo is None:
        return got.date() == want.date()
    return got.replace(tzinfo=None) == want.replace(tzinfo=None) and (
        got.utcoffset() == want.utcoffset()
    )


def when(*parts: int, tz: timezone | None = None) -> datetime:
    return datetime(*parts, tzinfo=tz)  # type: ignore[misc]


# A date probe: name, page, url, fetched_at, published, modified (a date of ... not scored).
DateProbe = tuple[str, str, str, datetime | None, datetime | None, object]


def date_probe_cases(probes: list[DateProbe], open_: set[tuple[str, str]]) -> list[Any]:
    """Each probe's scored fields as test cases (page, url, fetched, field, want), those of
    ``open_`` strict xfails."""
    import pytest

    return [
        pytest.param(
            page,
            url,
            fetched,
            field_name,
            want,
            id=f"{name}-{field_name}",
            marks=[pytest.mark.xfail(strict=True)] if (name, field_name) in open_ else [],
        )
        for name, page, url, fetched, published, modified in probes
        for field_name, want in (("published", published), ("modified", modified))
        if want is not ...
    ]


def field_cases(
    probes: Sequence[tuple[Any, ...]],
    fields: tuple[str, ...],
    open_: dict[tuple[str, str], str],
    *,
    fetched: bool = False,
) -> list[Any]:
    """Each probe's judged fields as test cases (url, html, field, want): a probe is
    ``(name, url, html, *wants)``, a want of ``...`` not judged; those of ``open_`` strict
    xfails with its reason. ``fetched``: each probe's fourth item is its fetch time, and the
    cases are (url, html, fetched_at, field, want)."""
    import pytest

    cases = []
    for name, url, html, *rest in probes:
        fetched_at, wants = (rest[0], rest[1:]) if fetched else (None, rest)
        for field_name, want in zip(fields, wants, strict=True):
            if want is ...:
                continue
            marks = (
                [pytest.mark.xfail(strict=True, reason=open_[(name, field_name)])]
                if (name, field_name) in open_
                else []
            )
            values = (
                (url, html, fetched_at, field_name, want)
                if fetched
                else (url, html, field_name, want)
            )
            cases.append(pytest.param(*values, id=f"{name}-{field_name}", marks=marks))
    return cases


def fetched_field_test(
    probes: Sequence[tuple[Any, ...]], fields: tuple[str, ...], open_: dict[tuple[str, str], str]
) -> Callable[..., None]:
    """The parametrised test of a blind probe file whose probes carry their fetch time: each
    judged field of each page (``field_cases``), the open ones strict xfails. A probe file
    binds it to a ``test_`` name of its own, which pytest collects there."""
    import pytest

    import newsextract

    @pytest.mark.parametrize(
        ("url", "html", "fetched", "field", "want"),
        field_cases(probes, fields, open_, fetched=True),
    )
    def test(url: str, html: str, fetched: datetime | None, field: str, want: object) -> None:
        got = getattr(newsextract.extract(html, url=url, fetched_at=fetched), field)
        assert matches(field, got, want), f"{field}: {got!r}"

    return test


def check_date_probe(
    page: str, url: str, fetched: datetime | None, field_name: str, want: datetime | None
) -> None:
    """Assert that the page's ``field_name`` is ``want`` (``same_moment``)."""
    import newsextract

    got = getattr(newsextract.extract(page, url=url, fetched_at=fetched), field_name)
    assert same_moment(got, want), f"{field_name}: {got!r}"


FIELDS = ("title", "authors", "published", "modified", "tags", "publisher", "language", "lead")


def _fold(text: object) -> str:
    return " ".join(str(text).split()).casefold()


def matches(field_name: str, got: Any, want: Any) -> bool:
    """Whether ``got`` is ``want`` as a reader would judge: names and tags in any order and
    case; a day alone against its day; a time with its offset (or its lack of one)."""
    if field_name in {"published", "modified"}:
        if want is None or got is None:
            return want is got
        if want.time() == datetime.min.time() and want.tzinfo is None:
            return bool(got.date() == want.date())
        same_offset = got.utcoffset() == want.utcoffset()
        return bool(got.replace(tzinfo=None) == want.replace(tzinfo=None) and same_offset)
    if field_name in {"authors", "tags"}:
        return sorted(map(_fold, got or ())) == sorted(map(_fold, want))
    if field_name == "language":
        return got is not None and str(got).split("-")[0].casefold() == want
    if want is None:
        return got is None
    return got is not None and _fold(got) == _fold(want)


HOSTS.update(
    {
        "km_day_period_after_time": "phnompenhtoday.com.kh",
        "am_ethiopian_calendar": "yeaddiszena.et",
        "am_ethiopian_calendar_slash": "yeketemadimts.et",
        "ne_daytime_baje": "nagarkhabar.com.np",
        "ne_byline_name_and_town": "pahaddainik.com.np",
        "mr_locative_day_period": "mahanagarvarta.in",
        "gu_native_digits_period": "shaher-samachar.in",
        "ta_evening_period": "maanagaraseithi.in",
        "te_evening_period": "nagaravartalu.in",
        "ml_evening_period": "nagaravartha.in",
        "pa_evening_period": "punjabkhabran.in",
        "si_pm_before_time": "nagarapuwath.lk",
        "lt_year_first_words": "pajuriozinios.lt",
        "sl_wp_ob_dotted_time": "lokalnenovice.si",
        "hr_pise_genitive": "jadranskilist.hr",
        "sr_cyrillic": "vojvodjanskevesti.rs",
        "kk_news": "dala-zhanalyktary.kz",
        "sq_nga_ora": "lajmengaveriu.al",
    }
)

HOSTS.update(
    {
        "fa_af_dari_zodiac_month": "kohsar-news.af",
        "ps_pashto_month": "pakhtunkhwaghag.af",
        "bn_bd_pm_word": "dainikcharbarta.com.bd",
        "tg_izofat_month": "khabarhoivarzob.tj",
    }
)


def news_page(lang: str, h1: str, site: str, body: tuple[str, ...], meta: str, **more: str) -> str:
    """A news CMS's story whose <title> is the headline and the site's name after a bar."""
    return news_cms(lang, f"{h1} | {site}", h1, body, site=site, meta=meta, **more)


def tag_line(label: str, *tags: str) -> str:
    links = " ".join(f'<a href="/t/{n}">{t}</a>' for n, t in enumerate(tags, 1))
    return f'<div class="tags">{label} {links}</div>'


HOSTS.update(
    {
        "ar_hijri_then_gregorian": "akhbaralmadina.sa",
        "ar_hijri_alone": "mudawwanat-alhay.blog",
        "ar_hijri_alone_time": "alwaha-news.sa",
        "ur_hijri_beside_gregorian": "roznamashumal.pk",
        "he_hebrew_beside_gregorian": "hagalil-haelyon.co.il",
        "he_hebrew_alone": "kehila-blog.co.il",
        "ne_bikram_sambat_year_first": "himalkhabarpatra.com.np",
        "ne_bikram_sambat_month_first": "gaunkoawaj.com.np",
        "sw_swahili_time_words": "sautiyapwani.co.tz",
        "sw_swahili_time_digits": "mwangazakaskazini.co.ke",
        "sw_western_clock": "jaridalaziwa.co.tz",
        "am_ethiopian_clock_day": "yesemenzena.et",
        "am_ethiopian_clock_morning": "yesefer-dimts.et",
        "cs_name_comma_town": "zpravodajpomoravi.cz",
        "pt_por_name_em_town": "jornaldominho-interior.pt",
        "it_di_name_da_town": "cronachedelcanavese.it",
        "ca_per_name_des_de_town": "diaridelripolles.cat",
        "sq_nga_name_comma_town": "zeriiveriut.al",
        "yo_news_lati_owo": "irohinokeogun.ng",
        "ha_news_daga": "muryararewa.ng",
        "my_news_burmese_digits": "shwemyothadinn.com.mm",
        "az_news_baku_time_updated": "gencexeber.az",
        "uz_news_hyphen_day": "vodiyyangiliklari.uz",
        "mn_news_initial_name": "khangaimedee.mn",
        "bs_news_pise": "glaskrajine.ba",
        "sr_latin_autor": "novostipomoravlja.rs",
        "ca_wp_per_two_names": "veusdellllucanes.cat",
        "eu_news_year_first": "bailarakoberriak.eus",
        "gl_news_as_time_updated": "xornaldamarina.gal",
        "cy_news_gan_mawrth": "newyddionyfro.cymru",
        "ga_news_le": "nuachtaniarthair.ie",
        "mt_news_minn": "ahbarijiettan-nofsinhar.com.mt",
        "is_news_kl": "frettabladaustur.is",
    }
)


# --- Pages that are no news: a shop, a manual, a wiki, a recipe, an event, a thread ---------


def _lines(text: tuple[str, ...]) -> str:
    return "".join(f"<li>{item}</li>" for item in text)


def shop_product(
    lang: str,
    title: str,
    name: str,
    text: tuple[str, ...],
    *,
    shop: str,
    crumbs: tuple[str, ...],
    price: str,
    head: str = "",
) -> str:
    """A small shop's product page: the shop's logo in an ``<h1>`` linking home, the
    breadcrumbs ending with the product, the product's name in a second ``<h1>``, its price,
    its description."""
    trail = " / ".join(f'<a href="/c{n}/">{c}</a>' for n, c in enumerate(crumbs))
    return (
        _head(lang, title, None, None, head)
        + f'<body class="product-page"><header class="header"><h1><a href="/">{shop}</a></h1>'
        '<nav class="menu"><a href="/c/">…</a></nav></header><main>'
        f'<nav class="breadcrumbs">{trail} / <span>{name}</span></nav>'
        f'<div class="product"><h1 class="product-name">{name}</h1>'
        f'<p class="price">{price}</p><div class="description">{_paragraphs(text)}</div>'
        '<button class="add-to-cart">🛒</button></div></main>'
        f"<footer><p>© 2024 {shop}</p></footer></body></html>"
    )


def sphinx_docs(
    lang: str,
    title: str,
    heading: str,
    text: tuple[str, ...],
    *,
    project: str,
    credits: str,
    head: str = "",
) -> str:
    """A Sphinx manual's page (the Read the Docs theme): the project's name in the side
    bar, breadcrumbs, the page's heading with its ``¶`` link, a contributors line after it."""
    return (
        _head(lang, title, None, None, head)
        + '<body class="wy-body-for-nav"><nav class="wy-nav-side"><div class="wy-side-nav-'
        f'search"><a href="index.html" class="icon icon-home">{project}</a></div>'
        '<ul><li class="toctree-l1"><a href="install.html">…</a></li></ul></nav>'
        '<section class="wy-nav-content-wrap"><div role="navigation" aria-label="Page '
        'navigation"><ul class="wy-breadcrumbs"><li><a href="index.html" class="icon '
        f'icon-home"></a> »</li><li>{heading}</li></ul></div><div role="main" '
        'class="document"><section id="page"><h1>'
        f'{heading}<a class="headerlink" href="#page">¶</a></h1>{_paragraphs(text)}'
        f'</section></div><p class="contributors">{credits}</p>'
        f"<footer><p>© 2024 {project}</p></footer></section></body></html>"
    )


def mediawiki(
    lang: str, title: str, name: str, text: tuple[str, ...], *, wiki: str, head: str = ""
) -> str:
    """A MediaWiki entry: the wiki's logo, the page's name as ``firstHeading``, a line saying
    where it is from, the text, a footer naming the last edit."""
    first, *rest = text
    return (
        _head(lang, title, None, None, head)
        + '<body class="mediawiki ltr skin-vector"><div id="mw-page-base"></div><div '
        f'id="p-logo"><a class="mw-wiki-logo" href="/wiki/" title="{wiki}"></a></div>'
        '<div id="content" class="mw-body" role="main"><h1 id="firstHeading" class='
        f'"firstHeading mw-first-heading"><span class="mw-page-title-main">{name}</span></h1>'
        f'<div id="bodyContent"><div id="siteSub">{wiki}</div><div id="mw-content-text">'
        f'<div class="mw-parser-output"><p><b>{name}</b> {first}</p>'
        f"{_paragraphs(tuple(rest))}</div></div></div></div>"
        '<div id="footer"><ul id="footer-info"><li id="footer-info-lastmod">…</li></ul>'
        "</div></body></html>"
    )


def recipe(
    lang: str,
    title: str,
    name: str,
    ingredients: tuple[str, ...],
    steps: tuple[str, ...],
    *,
    site: str,
    credit: str,
    head: str = "",
) -> str:
    """A recipe site's page: the site's name in the only ``<h1>``, the recipe's in an
    ``<h2>``, a credit line ("Recipe by …"), ingredients and steps."""
    return (
        _head(lang, title, None, None, head)
        + f'<body><header class="site-header"><h1 class="site-title"><a href="/">{site}</a>'
        '</h1></header><main><div class="recipe-card">'
        f'<h2 class="recipe-name">{name}</h2><div class="recipe-meta">'
        f'<span class="recipe-author">{credit}</span><span class="recipe-time">45′</span>'
        f'</div><ul class="ingredients">{_lines(ingredients)}</ul>'
        f'<ol class="instructions">{_lines(steps)}</ol></div></main></body></html>'
    )


def event_page(
    lang: str,
    title: str,
    name: str,
    text: tuple[str, ...],
    *,
    site: str,
    when_where: str,
    organiser: str,
    head: str = "",
) -> str:
    """A venue's event page: the logo as an image link, breadcrumbs ending with the event,
    the event's name in an ``<h2>``, its day and place, its organiser, a description."""
    return (
        _head(lang, title, None, None, head)
        + f'<body><header><a class="logo" href="/"><img src="/logo.svg" alt="{site}"></a>'
        '<nav><a href="/events/">…</a></nav></header><div class="breadcrumbs"><a href="/">⌂'
        f'</a> › <a href="/events/">…</a> › <span>{name}</span></div><main><div class='
        f'"event"><h2 class="event-title">{name}</h2><div class="event-meta">{when_where}'
        f'</div><div class="event-description">{_paragraphs(text)}</div>'
        f'<p class="event-organiser">{organiser}</p></div></main></body></html>'
    )


def board_thread(
    lang: str,
    title: str,
    subject: str,
    posts: tuple[tuple[str, str], ...],
    *,
    board: str,
    head: str = "",
) -> str:
    """A XenForo-like thread: the board's logo, the thread's subject as the page's
    ``<h1>``, then posts, each with its member's name in a cell beside the message."""
    messages = "".join(
        f'<article class="message message--post" data-author="{user}"><div class="message-'
        f'user"><h4 class="message-name"><a href="/members/{n}/" class="username">{user}</a>'
        '</h4></div><div class="message-content"><div class="message-attribution"><time '
        f'datetime="2024-03-0{n + 5}T18:00:00+0000">…</time></div><div class="bbWrapper">'
        f"{text}</div></div></article>"
        for n, (user, text) in enumerate(posts)
    )
    return (
        _head(lang, title, None, None, head)
        + f'<body><header class="p-header"><div class="p-header-logo"><a href="/"><img '
        f'src="/logo.png" alt="{board}"></a></div></header><div class="p-body">'
        f'<div class="p-title"><h1 class="p-title-value">{subject}</h1></div>'
        f'<div class="block-body js-replyNewMessageContainer">{messages}</div></div>'
        "</body></html>"
    )


def plain_blog(
    lang: str,
    title: str,
    text: tuple[str, ...],
    *,
    blog: str,
    heading: str,
    byline: str,
    head: str = "",
) -> str:
    """A hand-made blog's post: the blog's name in an ``<h1>`` without a class, the post's
    title in an ``<h2>`` linking to the post, a "Posted by" line, the text."""
    return (
        _head(lang, title, None, None, head)
        + f'<body><div id="header"><h1>{blog}</h1></div><div id="content"><div class="post">'
        f'<h2><a href="/2024/03/post.html">{heading}</a></h2><p class="postmeta">{byline}'
        f'</p><div class="entry">{_paragraphs(text)}</div></div></div></body></html>'
    )


def title_only(lang: str, title: str, text: tuple[str, ...], *, site: str, byline: str) -> str:
    """A plain page whose headline is only in its ``<title>``: the logo as an image, a
    byline paragraph, the text."""
    return (
        _head(lang, title, None, None, "")
        + f'<body><div class="header"><a href="/"><img src="/logo.gif" alt="{site}"></a>'
        f'</div><div class="content"><p class="byline">{byline}</p>{_paragraphs(text)}'
        "</div></body></html>"
    )


HOSTS.update(
    {
        "ja_sphinx_docs_contributors": "kazaguruma.readthedocs.io",
        "ko_mediawiki_entry": "maeulwiki.kr",
        "zh_shop_logo_h1": "zhuyunxiaopu.cn",
        "vi_board_thread_usernames": "diendannhavuon.vn",
        "th_title_only_site_first": "baansuanchiangrai.com",
        "id_blog_written_by_two": "kebunkecilayu.id",
        "uk_shop_logo_h1_buy_tail": "goncharna-lavka.com.ua",
        "pl_board_thread_usernames": "forum-majsterkowicza.pl",
        "el_blog_written_by_two": "simeioseis-polis.gr",
        "cs_event_site_section_title": "kdlipnik.cz",
        "it_recipe_h2_ricetta_di": "cucinadicasa.it",
        "pt_recipe_receita_por": "receitasdavo.com.br",
        "fi_event_site_section_title": "kulttuuritalokajo.fi",
        "ca_wp_role_after_name": "veusdelpoble.cat",
        "sv_blog_postat_av": "stadsvandraren.se",
        "hi_recipe_h2_lekhika": "rasoighar.in",
        "bn_mediawiki_entry": "gramkosh.org",
        "ta_wp_role_after_name": "tamilmalar-seithi.in",
        "ar_news_role_after_name": "akhbaralwaha.com",
        "he_title_only_site_first": "hadashot-hamoshav.co.il",
        "ka_mediawiki_entry": "soplis-wiki.ge",
        "fa_blog_posted_by": "daftarche-mahalle.ir",
        "hy_shop_logo_h1": "gorgeritun.am",
        "sw_blog_written_by_two": "daftarilapwani.co.tz",
        "am_event_site_section_title": "yebahilmaekel.et",
        "hi_recipe_site_section_title": "rasoighar.in",
        "ta_event_site_section_title": "kalaiarangam.in",
        "ja_shop_bracket_label_title": "kirameki-zakka.jp",
        "vi_event_kind_label_title": "nhavanhoaphuong.vn",
        "cs_personal_site_owner": "jannovak.cz",
        "pl_personal_site_owner": "katarzynawisniewska.pl",
        "uk_personal_site_owner": "olenatkachenko.com.ua",
        "el_personal_site_owner": "nikospappas.gr",
        "tr_personal_site_owner": "elifyildiz.com.tr",
        "fr_personal_site_owner": "marie-dupont.fr",
        "he_blog_posted_by": "habloghashchuna.co.il",
        "ar_blog_posted_by": "mudawwanat-alhay.net",
        "th_blog_posted_by": "bantuekkhonmueang.com",
        "ja_blog_role_in_brackets": "machino-note.jp",
        "uk_blog_written_by_two": "notatky-mistian.com.ua",
        "ro_blog_postat_de": "jurnaldecartier.ro",
        "sw_blog_imewekwa_na": "habarizamtaa.co.tz",
    }
)


def personal_site(
    lang: str,
    title: str,
    heading: str,
    text: tuple[str, ...],
    *,
    owner: str,
    shown: str,
    years: str = "2024",
) -> str:
    """A person's own site (a static site generator's theme): a menu, the post's title and
    its date, the text, and a footer with the owner's copyright, of ``years`` (a span left
    open, "2012-", runs until now); no byline (whose the site is, its host and its notice
    say)."""
    return (
        _head(lang, title, None, None, "")
        + '<body><div id="menu"><ul><li><a href="/">⌂</a></li><li><a href="/blog/">Blog</a>'
        '</li></ul></div><div id="content"><div class="blog_post"><h2 class="blog_post_title">'
        f'<a href="/blog/2024/03/post" rel="bookmark">{heading}</a></h2><small>{shown}</small>'
        f'<div class="post_prose">{_paragraphs(text)}</div></div></div>'
        f'<div id="footer"><p>© {years} {owner}</p></div></body></html>'
    )


def portal_story(
    lang: str,
    title: str,
    text: tuple[str, ...],
    *,
    logo: str,
    crumbs: tuple[str, ...],
    heading: str = "",
    site: str | None = None,
    head: str = "",
) -> str:
    """A news portal's story whose headline may be nowhere but in its ``<title>``: the logo
    (an image whose ``alt`` is the site's name, or ``logo`` as raw markup when it starts with
    ``<``) linking home, breadcrumbs ending at the section, ``heading`` (raw markup: an
    ``<h2>``, an element named ``headline``, or nothing), the text."""
    mark = logo if logo.startswith("<") else f'<a href="/"><img src="/logo.png" alt="{logo}"></a>'
    trail = " › ".join(f'<a href="/c{n}/">{c}</a>' for n, c in enumerate(crumbs))
    return (
        _head(lang, title, site, None, head)
        + f'<body><header class="site-header">{mark}<nav class="menu"><a href="/">⌂</a>'
        f'</nav></header><main><div class="breadcrumbs">{trail}</div><div class="story">'
        f'{heading}<div class="story-text">{_paragraphs(text)}</div></div></main>'
        '<footer class="site-footer"><p>©</p></footer></body></html>'
    )


HOSTS.update(
    {
        "zh_title_site_colon_headline": "jiangchengxinwen.cn",
        "zh_title_headline_section_site_bars": "jcxww.cn",
        "zh_title_site_in_book_brackets": "jcwb.com.cn",
        "ja_title_site_in_lenticular_brackets": "minato-shimpo.jp",
        "ja_logo_h1_entry_title_h2": "minato-shimpo.jp",
        "ko_title_site_section_headline": "gangbyeon-ilbo.kr",
        "ko_site_title_itemprop_headline": "gbilbo.co.kr",
        "th_jsonld_headline_cut_with_ellipsis": "khaorimnam.com",
        "th_title_headline_section_site": "khaorimnam.com",
        "km_jsonld_headline_cut_with_ellipsis": "meatonle-news.com.kh",
        "km_title_site_section_headline": "meatonle-news.com.kh",
        "lo_h2_headline_title_section_site": "khaoviang.la",
        "lo_title_only_headline_section_site": "khaoviang.la",
        "my_title_site_section_headline": "shwemyothadinn.com.mm",
        "vi_title_section_site_headline": "baosonghau.vn",
        "id_title_headline_section_site_publisher": "kabarpesisir.id",
        "uk_title_section_site_headline": "visti-polissia.com.ua",
        "bg_title_headline_old_theme_guillemets": "vestnikbryag.bg",
        "cs_title_headline_section_site_publisher": "poricsky-zpravodaj.cz",
        "el_logo_h1_entry_title_site_category_title": "eidiseis-limaniou.gr",
        "hu_title_section_headline_site": "alfoldinaplo.hu",
        "ar_title_home_section_headline_trail": "akhbaralwaha.net",
        "fa_title_headline_section_site": "avayeshahr.ir",
        "he_title_site_section_headline": "hadashot-haemek.co.il",
        "hy_title_headline_section_site_dashes": "lurer-aysor.am",
        "ka_title_site_section_headline": "kalakis-ambebi.ge",
        "hi_title_site_section_headline": "nagardarpan.in",
        "bn_title_site_section_headline_double_colons": "dainiknodibarta.com",
        "ta_logo_h1_itemprop_headline": "tamilmalar.in",
        "sw_title_site_section_headline": "habarizapwani.co.tz",
        "am_title_headline_section_site": "yeketemadimts.et",
    }
)
HOSTS.update(
    {
        "zh_title_underscores_no_trail": "jcxww.cn",
        "ja_site_only_title_article_h2": "minato-shimpo.jp",
        "th_site_section_headline_no_crumbs": "khaorimnam.com",
        "id_site_section_headline_no_crumbs": "kabarpesisir.id",
        "uk_section_site_short_headline_no_crumbs": "visti-polissia.com.ua",
        "bg_headline_site_tagline": "vestnikbryag.bg",
        "el_headline_site_in_host_spelling_only": "eidiseis-limaniou.gr",
        "he_headline_site_section_last": "hadashot-haemek.co.il",
        "ar_site_colon_headline": "akhbaralwaha.net",
        "ka_jsonld_headline_is_site_logo_h1": "kalakis-ambebi.ge",
        "bn_site_only_title_article_h2": "dainiknodibarta.com",
        "zh_title_site_in_full_width_parentheses": "jcxww.cn",
        "my_jsonld_headline_is_the_title_tail": "shwemyothadinn.com.mm",
    }
)


def trafilatura_fields(html: str, url: str) -> dict[str, Any]:
    """trafilatura's metadata of a page under the Article's field names; its dates are days
    (it gives no time), so a date is that day at midnight."""
    import trafilatura

    doc = trafilatura.bare_extraction(html, url=url, with_metadata=True)
    if doc is None:
        return {}
    got = doc if isinstance(doc, dict) else doc.as_dict()
    date = got.get("date")
    return {
        "title": got.get("title"),
        "authors": tuple(a.strip() for a in (got.get("author") or "").split(";") if a.strip()),
        "published": datetime.fromisoformat(date[:10]) if date else None,
        "tags": tuple(got.get("tags") or ()),
        "publisher": got.get("sitename"),
        "language": got.get("language"),
        "lead": got.get("description"),
    }


def htmldate_fields(html: str, url: str) -> dict[str, Any]:
    """htmldate's original date as published and its latest as modified, as days."""
    from htmldate import find_date

    got = {}
    for field_name, original in (("published", True), ("modified", False)):
        date = find_date(html, url=url, original_date=original)
        got[field_name] = datetime.fromisoformat(date[:10]) if date else None
    return got


def report_hits(
    probes: Sequence[tuple[Any, ...]],
    fields: tuple[str, ...],
    *,
    htmldate: bool = False,
    fetched: bool = False,
) -> None:
    """Print both tools' hits on ``probes`` (``(name, url, html, *wants)``, a want of ``...``
    not judged) and each miss: a probe file's report, run by hand; htmldate's too when asked
    (a date probe's third opinion). trafilatura's and htmldate's dates are judged on the day
    alone, as they give no time (an upper bound of their strict figures). ``fetched``: each
    probe's fourth item is its fetch time (``(name, url, html, fetched_at, *wants)``), which
    newsextract is given and the other tools take none of."""
    import newsextract

    tools = ("newsextract", "trafilatura") + (("htmldate",) if htmldate else ())
    for tool in tools:
        hits = total = 0
        missed = []
        for name, url, html, *rest in probes:
            fetched_at, wants = (rest[0], rest[1:]) if fetched else (None, rest)
            if tool == "newsextract":
                article = newsextract.extract(html, url=url, fetched_at=fetched_at)
                got = {field_name: getattr(article, field_name) for field_name in fields}
            elif tool == "trafilatura":
                got = trafilatura_fields(html, url)
            else:
                got = htmldate_fields(html, url)
            for field_name, want in zip(fields, wants, strict=True):
                if want is ...:
                    continue
                if tool != "newsextract" and isinstance(want, datetime):
                    want = datetime.combine(want.date(), datetime.min.time())
                total += 1
                if matches(field_name, got.get(field_name), want):
                    hits += 1
                else:
                    missed.append(f"{name} {field_name}: {got.get(field_name)!r}")
        print(f"{tool}: {hits}/{total}")
        for line in missed:
            print("  ", line)


def report_days_alone(probes: Sequence[tuple[Any, ...]], fields: tuple[str, ...]) -> None:
    """Print newsextract's hits on ``probes`` (``(name, url, html, fetched_at, *wants)``) with
    each date judged on the day alone: the figure set beside trafilatura's and htmldate's,
    which give no time."""
    import newsextract

    hits = total = 0
    for _name, url, html, fetched_at, *wants in probes:
        article = newsextract.extract(html, url=url, fetched_at=fetched_at)
        for field_name, want in zip(fields, wants, strict=True):
            if want is ...:
                continue
            total += 1
            day_only = want if want is None else datetime.combine(want.date(), datetime.min.time())
            hits += matches(field_name, getattr(article, field_name), day_only)
    print(f"newsextract on the day alone: {hits}/{total}")


def report_titles(
    probes: Sequence[tuple[str, str, str, str]],
    eval_dir: str,
    *,
    strict: Callable[[Any, str], bool] | None = None,
) -> None:
    """Print both tools' title hits on ``probes`` (``(name, url, html, want)``), judged as the
    eval's ``title_loose`` (its scorer, read from ``eval_dir``) and strictly (``strict``, else
    the scorer's normalised text alike), with each loose miss: a title probe's report."""
    import importlib.util

    import newsextract

    spec = importlib.util.spec_from_file_location("score", f"{eval_dir}/score.py")
    assert spec is not None and spec.loader is not None
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    for tool in ("newsextract", "trafilatura"):
        loose = exact = 0
        missed = []
        for name, url, html, want in probes:
            if tool == "newsextract":
                got = newsextract.extract(html, url=url).title
            else:
                got = trafilatura_fields(html, url).get("title")
            exact += strict(got, want) if strict else score.norm(got) == score.norm(want)
            if score.title_loose(got, want):
                loose += 1
            else:
                missed.append(f"{name}: {got!r}")
        print(f"{tool}: loose {loose}/{len(probes)} strict {exact}/{len(probes)}")
        for line in missed:
            print("  ", line)


def eval_scorer() -> Any:
    """The eval's own ``score.py`` (read at run time, never copied; its folder
    ``NEWSEXTRACT_EVAL_DIR`` as the gate's), or None where the eval is not on this machine."""
    import importlib.util
    import os
    from pathlib import Path

    path = Path(os.environ.get("NEWSEXTRACT_EVAL_DIR", "/work/shared/eval")) / "score.py"
    if not path.exists():
        return None
    spec = importlib.util.spec_from_file_location("eval_score", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def report_authors(probes: Sequence[tuple[Any, ...]]) -> None:  # pragma: no cover
    """Print both tools' pages fully right on ``probes`` (``(name, url, html, authors)``),
    the mean author-set F1 as the eval's scorer computes it, and each miss: a byline probe's
    report."""
    import newsextract

    score = eval_scorer()
    for tool in ("newsextract", "trafilatura"):
        right = 0
        f1s: list[float] = []
        missed = []
        for name, url, html, want in probes:
            if tool == "newsextract":
                got = newsextract.extract(html, url=url).authors
            else:
                got = trafilatura_fields(html, url).get("authors")
            ok = matches("authors", got, want)
            right += ok
            if score is not None:
                gold, pred = score.author_set(list(want)), score.author_set(list(got or ()))
                f1s.append(1.0 if not gold and not pred else score.set_f1(pred, gold))
            if not ok:
                missed.append(f"  {name}: {got!r}")
        f1 = f" author-set F1 {sum(f1s) / len(f1s):.3f}" if f1s else ""
        print(f"{tool}: {right}/{len(probes)} pages right;{f1}")
        print("\n".join(missed))


def report_date_probes(probes: Sequence[tuple[Any, ...]], fields: tuple[str, ...]) -> None:
    """Each tool's hits on a blind date probe: newsextract's on the day alone too;
    trafilatura and htmldate on the day alone (they give no time)."""
    report_hits(probes, fields, htmldate=True, fetched=True)
    report_days_alone(probes, fields)
