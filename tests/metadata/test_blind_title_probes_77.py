"""A fourteenth blind title probe (issue 12): news stories on publishers never seen, written
before the title code was read for this round, in languages and scripts the dev sets lack or
hold little of and the thirteenth round did not use (Icelandic, Irish, Welsh, Maltese,
Albanian, Macedonian, Bosnian, Belarusian, Kazakh, Uzbek, Azerbaijani, Tajik, Kyrgyz, Pashto
and Central Kurdish right to left, Nepali, Punjabi, Gujarati, Kannada, Odia, Lao, Mongolian,
Hausa, Zulu, Somali), with the headline traps news CMSs have: an ``og:title`` carrying a
campaign suffix or an emoji, a ``<title>`` of "Section - Headline | Site", a headline split
over ``<h1>`` spans (a kicker and the main line), an ``<h1>`` holding a byline or a date
line, AMP pages and the themes of Arc, Brightspot, WordPress, Drupal and Ghost, teaser
``<h2>`` headings above the article, a "breaking" banner ``<h1>``, headlines ending in a
media marker ("(VIDEO)", "[FOTO]", "| VIDEO", "+ photos"), a subtitle ``<h2>`` right under
the ``<h1>``, a live blog's entry headings, and paywalled pages whose headline sits only in
JSON-LD.

Markers (the convention the expected titles follow, decided before anything ran, as the
earlier rounds decided it): the title is the story's own visible headline as the page shows
it, without the site's or a section's name, a kicker set apart in an element of its own that
no metadata title carries, a byline or a date line, a subtitle, a "breaking"/"live" banner, a
campaign's call to action, or a media marker; its own colon, question mark and quotation
marks stay. An emoji the metadata adds and the headline lacks is no part of it. A page with
no headline shown has the one its JSON-LD gives.

``python -m tests.metadata.test_blind_title_probes_77 /work/shared/eval`` prints both tools'
hits; the blind figure is in ``BLIND_FIGURES``. Every site, name and text here is invented."""

from __future__ import annotations

from typing import Any

import pytest
from tests.metadata.language_probes.kit import field_cases, matches
from tests.metadata.title_pages import ld, og_meta, page, paragraphs

import newsextract

# One invented sentence per language: the town's people met on the square in the morning
# to hear the news of the new water supply.
_TEXTS = {
    "is": "Íbúar bæjarins komu saman á torginu í morgun til að heyra fréttir af nýju "
    "vatnsveitunni og hvenær framkvæmdir hefjist í götum gamla bæjarins.",
    "ga": "Tháinig muintir an bhaile le chéile ar an gcearnóg ar maidin chun nuacht a "
    "chloisteáil faoin soláthar uisce nua agus cathain a thosóidh an obair sna sráideanna.",
    "cy": "Daeth trigolion y dref ynghyd ar y sgwâr y bore yma i glywed y newyddion am y "
    "cyflenwad dŵr newydd a phryd y bydd y gwaith yn dechrau yn strydoedd yr hen dref.",
    "mt": "Ir-residenti tal-belt inġabru fil-pjazza dalgħodu biex jisimgħu l-aħbarijiet dwar "
    "is-sistema l-ġdida tal-ilma u meta se jibdew ix-xogħlijiet fit-toroq tal-belt il-qadima.",
    "sq": "Banorët e qytetit u mblodhën në shesh këtë mëngjes për të dëgjuar lajmet për "
    "ujësjellësin e ri dhe kur do të fillojnë punimet në rrugët e qytetit të vjetër.",
    "mk": "Жителите на градот утрово се собраа на плоштадот за да ги слушнат вестите за "
    "новиот водовод и кога ќе почнат работите на улиците во стариот дел од градот.",
    "bs": "Stanovnici grada okupili su se jutros na trgu da čuju vijesti o novom vodovodu i "
    "o tome kada počinju radovi na ulicama starog dijela grada.",
    "be": "Жыхары горада сабраліся раніцай на плошчы, каб пачуць навіны пра новы водаправод "
    "і пра тое, калі пачнуцца работы на вуліцах старога горада.",
    "kk": "Қала тұрғындары таңертең алаңға жиналып, жаңа су құбыры туралы жаңалықтарды "
    "тыңдады және ескі қала көшелеріндегі жұмыстар қашан басталатынын сұрады.",
    "uz": "Shahar aholisi ertalab maydonga yig'ilib, yangi suv quvuri haqidagi yangiliklarni "
    "tingladi va eski shahar ko'chalarida ishlar qachon boshlanishini so'radi.",
    "az": "Şəhər sakinləri səhər meydanda toplaşaraq yeni su kəməri haqqında xəbərləri "
    "dinlədilər və köhnə şəhərin küçələrində işlərin nə vaxt başlayacağını soruşdular.",
    "tg": "Сокинони шаҳр субҳ дар майдон ҷамъ омада, хабарҳоро дар бораи қубури нави об "
    "шуниданд ва пурсиданд, ки корҳо дар кӯчаҳои шаҳри кӯҳна кай оғоз мешаванд.",
    "ky": "Шаардын тургундары эртең менен аянтка чогулуп, жаңы суу түтүгү тууралуу "
    "жаңылыктарды угушту жана эски шаардын көчөлөрүндө иштер качан башталарын сурашты.",
    "ps": "د ښار اوسېدونکي نن سهار په چوک کې راټول شول څو د اوبو د نوې پروژې په اړه خبرونه "
    "واوري او وپوښتي چې د زاړه ښار په کوڅو کې کار به کله پیل شي.",
    "ckb": "دانیشتوانی شار بەیانی لە گۆڕەپانەکە کۆبوونەوە بۆ ئەوەی هەواڵی پرۆژە نوێیەکەی "
    "ئاو ببیستن و بزانن کەی کار لە شەقامەکانی شاری کۆن دەست پێدەکات.",
    "fa": "ساکنان شهر صبح امروز در میدان گرد آمدند تا خبرهای طرح تازه آب‌رسانی را بشنوند و "
    "بپرسند کار در کوچه‌های شهر قدیم کی آغاز می‌شود.",
    "ne": "सहरका बासिन्दा आज बिहान चोकमा भेला भई नयाँ खानेपानी आयोजनाबारे समाचार सुने र "
    "पुरानो सहरका गल्लीहरूमा काम कहिले सुरु हुन्छ भनेर सोधे।",
    "pa": "ਸ਼ਹਿਰ ਦੇ ਵਸਨੀਕ ਅੱਜ ਸਵੇਰੇ ਚੌਕ ਵਿੱਚ ਇਕੱਠੇ ਹੋਏ ਤਾਂ ਜੋ ਪਾਣੀ ਦੀ ਨਵੀਂ ਯੋਜਨਾ ਬਾਰੇ ਖ਼ਬਰਾਂ "
    "ਸੁਣ ਸਕਣ ਅਤੇ ਪੁੱਛ ਸਕਣ ਕਿ ਪੁਰਾਣੇ ਸ਼ਹਿਰ ਦੀਆਂ ਗਲੀਆਂ ਵਿੱਚ ਕੰਮ ਕਦੋਂ ਸ਼ੁਰੂ ਹੋਵੇਗਾ।",
    "gu": "શહેરના રહેવાસીઓ આજે સવારે ચોકમાં ભેગા થયા અને નવી પાણી યોજના વિશેના સમાચાર "
    "સાંભળ્યા, જૂના શહેરની શેરીઓમાં કામ ક્યારે શરૂ થશે તે પણ પૂછ્યું.",
    "kn": "ನಗರದ ನಿವಾಸಿಗಳು ಇಂದು ಬೆಳಿಗ್ಗೆ ಚೌಕದಲ್ಲಿ ಸೇರಿ ಹೊಸ ಕುಡಿಯುವ ನೀರಿನ ಯೋಜನೆಯ ಬಗ್ಗೆ "
    "ಸುದ್ದಿಯನ್ನು ಕೇಳಿದರು, ಹಳೆಯ ನಗರದ ಬೀದಿಗಳಲ್ಲಿ ಕೆಲಸ ಯಾವಾಗ ಆರಂಭವಾಗುತ್ತದೆ ಎಂದು ಕೇಳಿದರು.",
    "or": "ସହରର ବାସିନ୍ଦାମାନେ ଆଜି ସକାଳେ ଛକରେ ଏକାଠି ହୋଇ ନୂଆ ପାନୀୟ ଜଳ ଯୋଜନା ବିଷୟରେ ଖବର "
    "ଶୁଣିଲେ ଏବଂ ପୁରୁଣା ସହରର ରାସ୍ତାରେ କାମ କେବେ ଆରମ୍ଭ ହେବ ବୋଲି ପଚାରିଲେ।",
    "lo": "ຊາວເມືອງໄດ້ມາເຕົ້າໂຮມກັນຢູ່ເດີ່ນໃນຕອນເຊົ້າມື້ນີ້ ເພື່ອຟັງຂ່າວກ່ຽວກັບໂຄງການນ້ຳປະປາໃໝ່ "
    "ແລະ ຖາມວ່າວຽກງານໃນຖະໜົນເມືອງເກົ່າຈະເລີ່ມເມື່ອໃດ.",
    "mn": "Хотын оршин суугчид өглөө талбай дээр цугларч, шинэ усан хангамжийн тухай мэдээг "
    "сонсож, хуучин хотын гудамжинд ажил хэзээ эхлэхийг асуув.",
    "ha": "Mazauna garin sun taru a dandali da safiyar yau domin jin labarin sabon aikin "
    "ruwan sha da kuma lokacin da za a fara aiki a titunan tsohon gari.",
    "zu": "Izakhamuzi zedolobha zihlangane esigcawini namuhla ekuseni ukuze zizwe izindaba "
    "ngephrojekthi entsha yamanzi nokuthi umsebenzi uzoqala nini emigwaqweni yedolobha elidala.",
    "so": "Dadka magaalada ayaa saaka ku kulmay fagaaraha si ay u maqlaan warka ku saabsan "
    "mashruuca cusub ee biyaha iyo goorta shaqadu ka bilaabanayso waddooyinka magaalada hore.",
}

_DATE = '<time datetime="2026-12-08T07:15:00+03:00">08.12.2026 07:15</time>'


def _url(name: str) -> str:
    return f"https://{name.replace('_', '-')}.example.org/news/2026/12/08/story-8077"


def _body(
    lang: str,
    site: str,
    heading: str,
    *,
    before: str = "",
    under: str = "",
    article_class: str = "story",
) -> str:
    """A news page's body: the site's bar, ``before`` (raw markup before the story: a
    banner, teasers), then the article: ``heading`` (raw markup), ``under`` (raw markup: a
    subtitle, a byline), a date line, the text, a footer."""
    text = _TEXTS[lang]
    return (
        f'<header class="site-header"><a class="brand" href="/">{site}</a><nav><ul>'
        '<li><a href="/home/">·</a></li><li><a href="/world/">··</a></li></ul></nav></header>'
        f'<main>{before}<article class="{article_class}">{heading}{under}'
        f'<div class="byline-date">{_DATE}</div>'
        f'<div class="article-text">{paragraphs(text, text)}</div></article></main>'
        f'<footer class="site-footer">© 2026 {site}</footer>'
    )


_Probe = tuple[str, str, str, str]


def _probe(
    name: str,
    lang: str,
    title: str,
    head: str,
    heading: str,
    want: str,
    *,
    site: str,
    before: str = "",
    under: str = "",
    amp: bool = False,
    body: str = "",
) -> _Probe:
    """One probe (name, address, page, expected title); ``body`` replaces the usual body."""
    html = page(
        lang,
        title,
        head,
        body or _body(lang, site, heading, before=before, under=under),
        amp=amp,
    )
    return (name, _url(name), html, want)


def _h1(text: str, cls: str = "headline") -> str:
    return f'<h1 class="{cls}">{text}</h1>'


def _news_ld(headline: str, **more: Any) -> str:
    return ld("NewsArticle", headline=headline, datePublished="2026-12-08T07:15:00+03:00", **more)


def _teasers(*headlines: str) -> str:
    """A row of teaser cards, each an ``<h2>`` linking to another story."""
    cards = "".join(
        f'<div class="teaser"><h2 class="teaser-title"><a href="/story-{i}">{h}</a></h2></div>'
        for i, h in enumerate(headlines)
    )
    return f'<section class="top-stories">{cards}</section>'


def _breaking(text: str) -> str:
    """A breaking-news banner over the page, its line an ``<h1>`` linking to another story."""
    return f'<div class="breaking-banner"><h1><a href="/live">{text}</a></h1></div>'


def _live_body(lang: str, site: str, heading: str, entries: list[tuple[str, str]]) -> str:
    """A live blog: the ``<h1>`` and entries each with a time and an ``<h2>``."""
    text = _TEXTS[lang]
    posts = "".join(
        f'<div class="live-entry"><time>{t}</time><h2 class="entry-title">{h}</h2>'
        f"<p>{text}</p></div>"
        for t, h in entries
    )
    return (
        f'<header class="site-header"><a class="brand" href="/">{site}</a></header>'
        f'<main><article class="liveblog">{heading}<div class="live-feed">{posts}</div>'
        f'</article></main><footer class="site-footer">© 2026 {site}</footer>'
    )


def _paywall_body(lang: str, site: str) -> str:
    """A paywalled story: the site's bar, a teaser sentence and a subscription box, no
    headline shown."""
    text = _TEXTS[lang]
    return (
        f'<header class="site-header"><a class="brand" href="/">{site}</a></header>'
        f'<main><div class="paywall"><p class="teaser">{text}</p>'
        '<div class="subscribe"><a href="/subscribe">€</a></div></div></main>'
        f'<footer class="site-footer">© 2026 {site}</footer>'
    )


def _arc_body(lang: str, site: str, headline: str, sub: str) -> str:
    """An Arc XP theme's story: the headline in ``<h1 class="a-headline">`` inside a
    ``<header>``, a subheadline ``<h2>``, then the body's ``<article>``."""
    text = _TEXTS[lang]
    return (
        f'<div id="fusion-app"><header class="nav-bar"><a href="/">{site}</a></header>'
        '<div class="layout-section"><div class="a-header-block">'
        f'<h1 class="a-headline headline-text">{headline}</h1>'
        f'<h2 class="a-subheadline">{sub}</h2><div class="byline">{_DATE}</div></div>'
        f'<article class="article-body-wrapper">{paragraphs(text, text)}</article></div>'
        f"<footer>© 2026 {site}</footer></div>"
    )


def _brightspot_body(lang: str, site: str, headline: str, sub: str) -> str:
    """A Brightspot theme's page: ``Page-headline`` and ``Page-subHeadline``, then the
    ``RichTextArticleBody``."""
    text = _TEXTS[lang]
    return (
        f'<div class="Page-header"><a class="Page-logo" href="/">{site}</a></div>'
        '<main class="Page-main"><div class="Page-articleHeader">'
        f'<h1 class="Page-headline">{headline}</h1>'
        f'<h2 class="Page-subHeadline">{sub}</h2>'
        f'<div class="Page-datePublished">{_DATE}</div></div>'
        f'<div class="RichTextArticleBody">{paragraphs(text, text)}</div></main>'
        f'<footer class="Page-footer">© 2026 {site}</footer>'
    )


def _wordpress_body(lang: str, site: str, headline: str) -> str:
    """A WordPress theme's post: the blog's name in ``<p class="site-title">``,
    ``<h1 class="entry-title">``, the entry meta, the content, related posts' ``<h3>``."""
    text = _TEXTS[lang]
    return (
        f'<header id="masthead"><p class="site-title"><a href="/">{site}</a></p></header>'
        '<div id="primary"><main id="main"><article class="post type-post">'
        f'<header class="entry-header"><h1 class="entry-title">{headline}</h1>'
        f'<div class="entry-meta">{_DATE}</div></header>'
        f'<div class="entry-content">{paragraphs(text, text)}</div></article>'
        '<section class="related"><h3><a href="/a">·</a></h3><h3><a href="/b">··</a></h3>'
        f'</section></main></div><footer id="colophon">© 2026 {site}</footer>'
    )


def _drupal_body(lang: str, site: str, headline: str) -> str:
    """A Drupal theme's node: the headline in a field ``<span>`` inside
    ``<h1 class="page-title">``, then the node's body field."""
    text = _TEXTS[lang]
    return (
        f'<header role="banner"><a href="/" rel="home">{site}</a></header>'
        '<main role="main"><div class="region region-content">'
        '<h1 class="page-title"><span class="field field--name-title field--type-string">'
        f"{headline}</span></h1>"
        '<article class="node node--type-article"><div class="node__meta">'
        f'{_DATE}</div><div class="field field--name-body">{paragraphs(text, text)}</div>'
        f'</article></div></main><footer role="contentinfo">© 2026 {site}</footer>'
    )


def _ghost_body(lang: str, site: str, headline: str, tag: str, excerpt: str) -> str:
    """A Ghost theme's post: the primary tag above ``<h1 class="article-title">``, the
    custom excerpt under it."""
    text = _TEXTS[lang]
    return (
        f'<header id="gh-head"><a class="gh-head-logo" href="/">{site}</a></header>'
        '<main id="site-main"><article class="article post">'
        f'<header class="article-header"><section class="article-tag"><a href="/tag/x/">{tag}'
        f'</a></section><h1 class="article-title">{headline}</h1>'
        f'<p class="article-excerpt">{excerpt}</p></header>'
        f'<section class="gh-content">{paragraphs(text, text)}</section></article></main>'
        f'<footer class="site-footer">© 2026 {site}</footer>'
    )


PROBES: list[_Probe] = [
    # --- Icelandic -----------------------------------------------------------------------
    _probe(
        "is_og_campaign_suffix_dash",
        "is",
        "Nýr vegur um Hellisheiði opnar í vor - Suðurlandsfréttir",
        og_meta(
            "Nýr vegur um Hellisheiði opnar í vor – Skráðu þig í áskrift í dag",
            "Suðurlandsfréttir",
        ),
        _h1("Nýr vegur um Hellisheiði opnar í vor"),
        "Nýr vegur um Hellisheiði opnar í vor",
        site="Suðurlandsfréttir",
    ),
    _probe(
        "is_h1_kicker_span_metadata_without_it",
        "is",
        "Stormur gengur yfir landið í nótt | Fréttablaðið Norður",
        og_meta("Stormur gengur yfir landið í nótt", "Fréttablaðið Norður"),
        _h1(
            '<span class="kicker">Veður</span> '
            '<span class="headline-main">Stormur gengur yfir landið í nótt</span>'
        ),
        "Stormur gengur yfir landið í nótt",
        site="Fréttablaðið Norður",
    ),
    # --- Irish ---------------------------------------------------------------------------
    _probe(
        "ga_section_headline_site_title_no_og",
        "ga",
        "Nuacht - Osclófar droichead nua i nGaillimh an samhradh seo | Nuacht an Iarthair",
        "",
        _h1("Osclófar droichead nua i nGaillimh an samhradh seo"),
        "Osclófar droichead nua i nGaillimh an samhradh seo",
        site="Nuacht an Iarthair",
    ),
    _probe(
        "ga_subtitle_h2_under_h1",
        "ga",
        "Méadú ar líon na mac léinn sna Gaelscoileanna | Tuairisc an Phobail",
        og_meta("Méadú ar líon na mac léinn sna Gaelscoileanna", "Tuairisc an Phobail"),
        _h1("Méadú ar líon na mac léinn sna Gaelscoileanna"),
        "Méadú ar líon na mac léinn sna Gaelscoileanna",
        site="Tuairisc an Phobail",
        under='<h2 class="standfirst">Tá 12 scoil nua ag iarraidh cead ón Roinn</h2>',
    ),
    # --- Welsh ---------------------------------------------------------------------------
    _probe(
        "cy_wordpress_entry_title",
        "cy",
        "Agor canolfan iaith newydd yng Nghaernarfon – Newyddion Arfon",
        "",
        "",
        "Agor canolfan iaith newydd yng Nghaernarfon",
        site="Newyddion Arfon",
        body=_wordpress_body(
            "cy", "Newyddion Arfon", "Agor canolfan iaith newydd yng Nghaernarfon"
        ),
    ),
    _probe(
        "cy_breaking_banner_h1_first",
        "cy",
        "Cyngor yn cytuno ar gynllun tai newydd yn Aberystwyth | Y Glannau",
        og_meta("Cyngor yn cytuno ar gynllun tai newydd yn Aberystwyth", "Y Glannau"),
        _h1("Cyngor yn cytuno ar gynllun tai newydd yn Aberystwyth"),
        "Cyngor yn cytuno ar gynllun tai newydd yn Aberystwyth",
        site="Y Glannau",
        before=_breaking("NEWYDDION DIWEDDARAF: Tân mewn ffatri ar gyrion Wrecsam"),
    ),
    _probe(
        "cy_amp_story_title_site",
        "cy",
        "Tîm rygbi Llanelli yn ennill y gynghrair - Chwaraeon | Y Gorllewin",
        og_meta("Tîm rygbi Llanelli yn ennill y gynghrair", "Y Gorllewin"),
        _h1("Tîm rygbi Llanelli yn ennill y gynghrair", "amp-headline"),
        "Tîm rygbi Llanelli yn ennill y gynghrair",
        site="Y Gorllewin",
        amp=True,
    ),
    # --- Maltese -------------------------------------------------------------------------
    _probe(
        "mt_teaser_h2_above_article",
        "mt",
        "Il-Gvern iħabbar skema ġdida għall-ilma f'Għawdex | Il-Gżira Llum",
        og_meta("Il-Gvern iħabbar skema ġdida għall-ilma f'Għawdex", "Il-Gżira Llum"),
        _h1("Il-Gvern iħabbar skema ġdida għall-ilma f'Għawdex"),
        "Il-Gvern iħabbar skema ġdida għall-ilma f'Għawdex",
        site="Il-Gżira Llum",
        before=_teasers(
            "Il-Valletta tagħlaq triq ewlenija għal xahar",
            "Żieda fil-prezzijiet tal-ħobż mill-ġimgħa d-dieħla",
        ),
    ),
    _probe(
        "mt_video_marker_end_of_h1_and_og",
        "mt",
        "Maltempata tikkawża ħsarat kbar fil-Marsa (VIDEO) | Il-Gżira Llum",
        og_meta("Maltempata tikkawża ħsarat kbar fil-Marsa (VIDEO)", "Il-Gżira Llum"),
        _h1("Maltempata tikkawża ħsarat kbar fil-Marsa (VIDEO)"),
        "Maltempata tikkawża ħsarat kbar fil-Marsa",
        site="Il-Gżira Llum",
    ),
    # --- Albanian ------------------------------------------------------------------------
    _probe(
        "sq_og_emoji_prefix",
        "sq",
        "Tirana mbyll rrugën e Kavajës për punime | Gazeta Drini",
        og_meta("🔴 Tirana mbyll rrugën e Kavajës për punime", "Gazeta Drini"),
        _h1("Tirana mbyll rrugën e Kavajës për punime"),
        "Tirana mbyll rrugën e Kavajës për punime",
        site="Gazeta Drini",
    ),
    _probe(
        "sq_foto_marker_h1_only",
        "sq",
        "Zjarr i madh në pyjet e Vlorës | Gazeta Drini",
        og_meta("Zjarr i madh në pyjet e Vlorës", "Gazeta Drini"),
        _h1("Zjarr i madh në pyjet e Vlorës (FOTO)"),
        "Zjarr i madh në pyjet e Vlorës",
        site="Gazeta Drini",
    ),
    # --- Macedonian ----------------------------------------------------------------------
    _probe(
        "mk_h1_with_date_line_span",
        "mk",
        "Скопје добива нов мост на Вардар | Вардарски Весник",
        og_meta("Скопје добива нов мост на Вардар", "Вардарски Весник"),
        _h1('Скопје добива нов мост на Вардар <span class="h1-date">08.12.2026, 07:15</span>'),
        "Скопје добива нов мост на Вардар",
        site="Вардарски Весник",
    ),
    _probe(
        "mk_arc_theme_subheadline",
        "mk",
        "Охрид го продолжува рокот за реновирање на пристаништето – Вардарски Весник",
        og_meta("Охрид го продолжува рокот за реновирање на пристаништето", "Вардарски Весник"),
        "",
        "Охрид го продолжува рокот за реновирање на пристаништето",
        site="Вардарски Весник",
        body=_arc_body(
            "mk",
            "Вардарски Весник",
            "Охрид го продолжува рокот за реновирање на пристаништето",
            "Работите ќе траат до крајот на април, соопшти општината",
        ),
    ),
    # --- Bosnian -------------------------------------------------------------------------
    _probe(
        "bs_brightspot_subheadline",
        "bs",
        "Mostar dobija novu autobusku stanicu | Hercegovački Portal",
        og_meta("Mostar dobija novu autobusku stanicu", "Hercegovački Portal"),
        "",
        "Mostar dobija novu autobusku stanicu",
        site="Hercegovački Portal",
        body=_brightspot_body(
            "bs",
            "Hercegovački Portal",
            "Mostar dobija novu autobusku stanicu",
            "Gradnja počinje u martu, a završetak se očekuje krajem godine",
        ),
    ),
    _probe(
        "bs_live_og_uzivo_suffix",
        "bs",
        "Lokalni izbori u Sarajevu - UŽIVO | Sarajevski Dnevnik",
        og_meta("Lokalni izbori u Sarajevu - UŽIVO", "Sarajevski Dnevnik"),
        "",
        "Lokalni izbori u Sarajevu",
        site="Sarajevski Dnevnik",
        body=_live_body(
            "bs",
            "Sarajevski Dnevnik",
            _h1("Lokalni izbori u Sarajevu"),
            [("18:30", "Izlaznost do 17 sati 38 posto"), ("16:05", "Birališta rade bez zastoja")],
        ),
    ),
    # --- Belarusian ----------------------------------------------------------------------
    _probe(
        "be_section_headline_site_title",
        "be",
        "Грамадства - У Гродне адкрылі новую бібліятэку | Гродзенскія Навіны",
        og_meta("У Гродне адкрылі новую бібліятэку", "Гродзенскія Навіны"),
        _h1("У Гродне адкрылі новую бібліятэку"),
        "У Гродне адкрылі новую бібліятэку",
        site="Гродзенскія Навіны",
    ),
    _probe(
        "be_paywall_headline_only_in_ld",
        "be",
        "Гродзенскія Навіны",
        _news_ld("Цэны на хлеб вырастуць з пачатку года"),
        "",
        "Цэны на хлеб вырастуць з пачатку года",
        site="Гродзенскія Навіны",
        body=_paywall_body("be", "Гродзенскія Навіны"),
    ),
    # --- Kazakh --------------------------------------------------------------------------
    _probe(
        "kk_drupal_field_span_in_h1",
        "kk",
        "Алматыда жаңа саябақ ашылды | Жетісу Жаршысы",
        "",
        "",
        "Алматыда жаңа саябақ ашылды",
        site="Жетісу Жаршысы",
        body=_drupal_body("kk", "Жетісу Жаршысы", "Алматыда жаңа саябақ ашылды"),
    ),
    _probe(
        "kk_og_campaign_suffix_pipe",
        "kk",
        "Астанада жол жөндеу жұмыстары басталды - Жетісу Жаршысы",
        og_meta(
            "Астанада жол жөндеу жұмыстары басталды | Telegram-арнамызға жазылыңыз",
            "Жетісу Жаршысы",
        ),
        _h1("Астанада жол жөндеу жұмыстары басталды"),
        "Астанада жол жөндеу жұмыстары басталды",
        site="Жетісу Жаршысы",
    ),
    # --- Uzbek ---------------------------------------------------------------------------
    _probe(
        "uz_ghost_tag_and_excerpt",
        "uz",
        "Samarqandda yangi metro bekati ochildi",
        og_meta("Samarqandda yangi metro bekati ochildi", "Zarafshon Xabar"),
        "",
        "Samarqandda yangi metro bekati ochildi",
        site="Zarafshon Xabar",
        body=_ghost_body(
            "uz",
            "Zarafshon Xabar",
            "Samarqandda yangi metro bekati ochildi",
            "Jamiyat",
            "Bekat kuniga 20 ming yo'lovchiga xizmat ko'rsatadi",
        ),
    ),
    _probe(
        "uz_h1_byline_span",
        "uz",
        "Toshkentda suv tarifi oshiriladi | Zarafshon Xabar",
        og_meta("Toshkentda suv tarifi oshiriladi", "Zarafshon Xabar"),
        _h1('Toshkentda suv tarifi oshiriladi <span class="author-name">Aziz Karimov</span>'),
        "Toshkentda suv tarifi oshiriladi",
        site="Zarafshon Xabar",
    ),
    # --- Azerbaijani ---------------------------------------------------------------------
    _probe(
        "az_section_headline_site_title_no_og",
        "az",
        "İqtisadiyyat - Bakıda yeni ticarət mərkəzi açılır | Xəzər Xəbər",
        "",
        _h1("Bakıda yeni ticarət mərkəzi açılır"),
        "Bakıda yeni ticarət mərkəzi açılır",
        site="Xəzər Xəbər",
    ),
    _probe(
        "az_amp_story_og_site",
        "az",
        "Gəncədə qar yağışı nəqliyyatı iflic etdi - Xəzər Xəbər",
        og_meta("Gəncədə qar yağışı nəqliyyatı iflic etdi - Xəzər Xəbər", "Xəzər Xəbər"),
        _h1("Gəncədə qar yağışı nəqliyyatı iflic etdi", "amp-title"),
        "Gəncədə qar yağışı nəqliyyatı iflic etdi",
        site="Xəzər Xəbər",
        amp=True,
    ),
    # --- Tajik ---------------------------------------------------------------------------
    _probe(
        "tg_teaser_h2_above_article",
        "tg",
        "Дар Душанбе пули нав сохта мешавад | Ахбори Помир",
        og_meta("Дар Душанбе пули нав сохта мешавад", "Ахбори Помир"),
        _h1("Дар Душанбе пули нав сохта мешавад"),
        "Дар Душанбе пули нав сохта мешавад",
        site="Ахбори Помир",
        before=_teasers("Нархи нон боло рафт", "Мактаби нав дар Хуҷанд кушода шуд"),
    ),
    _probe(
        "tg_og_emoji_suffix",
        "tg",
        "Дар Хоруғ барфи аввал борид | Ахбори Помир",
        og_meta("Дар Хоруғ барфи аввал борид ❄️", "Ахбори Помир"),
        _h1("Дар Хоруғ барфи аввал борид"),
        "Дар Хоруғ барфи аввал борид",
        site="Ахбори Помир",
    ),
    # --- Kyrgyz --------------------------------------------------------------------------
    _probe(
        "ky_breaking_banner_h1_first",
        "ky",
        "Бишкекте жаңы мектеп курулат | Ала-Тоо Кабар",
        og_meta("Бишкекте жаңы мектеп курулат", "Ала-Тоо Кабар"),
        _h1("Бишкекте жаңы мектеп курулат"),
        "Бишкекте жаңы мектеп курулат",
        site="Ала-Тоо Кабар",
        before=_breaking("ШАШЫЛЫШ: Ош шаарында жер титирөө болду"),
    ),
    _probe(
        "ky_subtitle_h2_under_h1",
        "ky",
        "Ысык-Көлгө жаңы жол салынат – Ала-Тоо Кабар",
        og_meta("Ысык-Көлгө жаңы жол салынат", "Ала-Тоо Кабар"),
        _h1("Ысык-Көлгө жаңы жол салынат"),
        "Ысык-Көлгө жаңы жол салынат",
        site="Ала-Тоо Кабар",
        under='<h2 class="article-subtitle">Курулуш үч жылга созулат деп күтүлүүдө</h2>',
    ),
    # --- Pashto --------------------------------------------------------------------------
    _probe(
        "ps_section_headline_site_title",
        "ps",
        "ټولنه - په کندهار کې نوی روغتون پرانیستل شو | د سهار خبرونه",
        og_meta("په کندهار کې نوی روغتون پرانیستل شو", "د سهار خبرونه"),
        _h1("په کندهار کې نوی روغتون پرانیستل شو"),
        "په کندهار کې نوی روغتون پرانیستل شو",
        site="د سهار خبرونه",
    ),
    _probe(
        "ps_live_blog_entry_h2s",
        "ps",
        "ژوندی: په کابل کې واوره او سړه هوا | د سهار خبرونه",
        og_meta("ژوندی: په کابل کې واوره او سړه هوا", "د سهار خبرونه"),
        "",
        "په کابل کې واوره او سړه هوا",
        site="د سهار خبرونه",
        body=_live_body(
            "ps",
            "د سهار خبرونه",
            _h1('<span class="live-label">ژوندی</span> په کابل کې واوره او سړه هوا'),
            [("۰۹:۳۰", "سړکونه وتړل شول"), ("۰۸:۱۵", "ښوونځي نن رخصت دي")],
        ),
    ),
    # --- Central Kurdish -----------------------------------------------------------------
    _probe(
        "ckb_og_campaign_suffix",
        "ckb",
        "پردێکی نوێ لە سلێمانی دەکرێتەوە | هەواڵی ڕۆژ",
        og_meta("پردێکی نوێ لە سلێمانی دەکرێتەوە - بەشداربە لە کەناڵەکەمان", "هەواڵی ڕۆژ"),
        _h1("پردێکی نوێ لە سلێمانی دەکرێتەوە"),
        "پردێکی نوێ لە سلێمانی دەکرێتەوە",
        site="هەواڵی ڕۆژ",
    ),
    _probe(
        "ckb_video_marker_h1_and_title",
        "ckb",
        "لافاو لە هەولێر زیانی گەیاند (ڤیدیۆ) | هەواڵی ڕۆژ",
        og_meta("لافاو لە هەولێر زیانی گەیاند (ڤیدیۆ)", "هەواڵی ڕۆژ"),
        _h1("لافاو لە هەولێر زیانی گەیاند (ڤیدیۆ)"),
        "لافاو لە هەولێر زیانی گەیاند",
        site="هەواڵی ڕۆژ",
    ),
    # --- Persian -------------------------------------------------------------------------
    _probe(
        "fa_h1_kicker_span_metadata_without_it",
        "fa",
        "قطار تهران به مشهد سریع‌تر می‌شود | خبرنامه البرز",
        og_meta("قطار تهران به مشهد سریع‌تر می‌شود", "خبرنامه البرز"),
        _h1(
            '<span class="rotitr">حمل و نقل</span> '
            '<span class="titr">قطار تهران به مشهد سریع‌تر می‌شود</span>'
        ),
        "قطار تهران به مشهد سریع‌تر می‌شود",
        site="خبرنامه البرز",
    ),
    # --- Nepali --------------------------------------------------------------------------
    _probe(
        "ne_paywall_headline_only_in_ld",
        "ne",
        "हिमाल खबर",
        _news_ld("काठमाडौंमा नयाँ खानेपानी आयोजना सुरु"),
        "",
        "काठमाडौंमा नयाँ खानेपानी आयोजना सुरु",
        site="हिमाल खबर",
        body=_paywall_body("ne", "हिमाल खबर"),
    ),
    _probe(
        "ne_h1_kicker_and_main_spans_og_joined",
        "ne",
        "पोखरा: फेवाताल सफाइ अभियान सुरु | हिमाल खबर",
        og_meta("फेवाताल सफाइ अभियान सुरु", "हिमाल खबर"),
        _h1(
            '<span class="kicker">पोखरा</span> '
            '<span class="main-title">फेवाताल सफाइ अभियान सुरु</span>'
        ),
        "फेवाताल सफाइ अभियान सुरु",
        site="हिमाल खबर",
    ),
    # --- Punjabi -------------------------------------------------------------------------
    _probe(
        "pa_section_headline_site_title",
        "pa",
        "ਪੰਜਾਬ - ਲੁਧਿਆਣਾ ਵਿੱਚ ਨਵਾਂ ਪੁਲ ਖੁੱਲ੍ਹਿਆ | ਪੰਜ ਦਰਿਆ ਖ਼ਬਰਾਂ",
        og_meta("ਲੁਧਿਆਣਾ ਵਿੱਚ ਨਵਾਂ ਪੁਲ ਖੁੱਲ੍ਹਿਆ", "ਪੰਜ ਦਰਿਆ ਖ਼ਬਰਾਂ"),
        _h1("ਲੁਧਿਆਣਾ ਵਿੱਚ ਨਵਾਂ ਪੁਲ ਖੁੱਲ੍ਹਿਆ"),
        "ਲੁਧਿਆਣਾ ਵਿੱਚ ਨਵਾਂ ਪੁਲ ਖੁੱਲ੍ਹਿਆ",
        site="ਪੰਜ ਦਰਿਆ ਖ਼ਬਰਾਂ",
    ),
    _probe(
        "pa_video_marker_title_and_og_only",
        "pa",
        "ਅੰਮ੍ਰਿਤਸਰ ਵਿੱਚ ਭਾਰੀ ਮੀਂਹ (ਵੀਡੀਓ) | ਪੰਜ ਦਰਿਆ ਖ਼ਬਰਾਂ",
        og_meta("ਅੰਮ੍ਰਿਤਸਰ ਵਿੱਚ ਭਾਰੀ ਮੀਂਹ (ਵੀਡੀਓ)", "ਪੰਜ ਦਰਿਆ ਖ਼ਬਰਾਂ"),
        _h1("ਅੰਮ੍ਰਿਤਸਰ ਵਿੱਚ ਭਾਰੀ ਮੀਂਹ"),
        "ਅੰਮ੍ਰਿਤਸਰ ਵਿੱਚ ਭਾਰੀ ਮੀਂਹ",
        site="ਪੰਜ ਦਰਿਆ ਖ਼ਬਰਾਂ",
    ),
    # --- Gujarati ------------------------------------------------------------------------
    _probe(
        "gu_wordpress_entry_title",
        "gu",
        "સુરતમાં નવી મેટ્રો લાઇનનું કામ શરૂ – ગુર્જર સમાચાર",
        "",
        "",
        "સુરતમાં નવી મેટ્રો લાઇનનું કામ શરૂ",
        site="ગુર્જર સમાચાર",
        body=_wordpress_body("gu", "ગુર્જર સમાચાર", "સુરતમાં નવી મેટ્રો લાઇનનું કામ શરૂ"),
    ),
    _probe(
        "gu_og_emoji_prefix_and_suffix",
        "gu",
        "અમદાવાદમાં પાણીકાપ જાહેર | ગુર્જર સમાચાર",
        og_meta("🚨 અમદાવાદમાં પાણીકાપ જાહેર 👇", "ગુર્જર સમાચાર"),
        _h1("અમદાવાદમાં પાણીકાપ જાહેર"),
        "અમદાવાદમાં પાણીકાપ જાહેર",
        site="ગુર્જર સમાચાર",
    ),
    # --- Kannada -------------------------------------------------------------------------
    _probe(
        "kn_arc_theme_subheadline",
        "kn",
        "ಮೈಸೂರಿನಲ್ಲಿ ಹೊಸ ಬಸ್ ನಿಲ್ದಾಣ ಉದ್ಘಾಟನೆ - ಕಾವೇರಿ ವಾರ್ತೆ",
        og_meta("ಮೈಸೂರಿನಲ್ಲಿ ಹೊಸ ಬಸ್ ನಿಲ್ದಾಣ ಉದ್ಘಾಟನೆ", "ಕಾವೇರಿ ವಾರ್ತೆ"),
        "",
        "ಮೈಸೂರಿನಲ್ಲಿ ಹೊಸ ಬಸ್ ನಿಲ್ದಾಣ ಉದ್ಘಾಟನೆ",
        site="ಕಾವೇರಿ ವಾರ್ತೆ",
        body=_arc_body(
            "kn",
            "ಕಾವೇರಿ ವಾರ್ತೆ",
            "ಮೈಸೂರಿನಲ್ಲಿ ಹೊಸ ಬಸ್ ನಿಲ್ದಾಣ ಉದ್ಘಾಟನೆ",
            "ನಿಲ್ದಾಣದಲ್ಲಿ ದಿನಕ್ಕೆ ಐದು ಸಾವಿರ ಪ್ರಯಾಣಿಕರಿಗೆ ಸ್ಥಳಾವಕಾಶ",
        ),
    ),
    _probe(
        "kn_teaser_h2_above_article",
        "kn",
        "ಬೆಂಗಳೂರಿನಲ್ಲಿ ಮಳೆಗೆ ಸಂಚಾರ ಅಸ್ತವ್ಯಸ್ತ | ಕಾವೇರಿ ವಾರ್ತೆ",
        og_meta("ಬೆಂಗಳೂರಿನಲ್ಲಿ ಮಳೆಗೆ ಸಂಚಾರ ಅಸ್ತವ್ಯಸ್ತ", "ಕಾವೇರಿ ವಾರ್ತೆ"),
        _h1("ಬೆಂಗಳೂರಿನಲ್ಲಿ ಮಳೆಗೆ ಸಂಚಾರ ಅಸ್ತವ್ಯಸ್ತ"),
        "ಬೆಂಗಳೂರಿನಲ್ಲಿ ಮಳೆಗೆ ಸಂಚಾರ ಅಸ್ತವ್ಯಸ್ತ",
        site="ಕಾವೇರಿ ವಾರ್ತೆ",
        before=_teasers("ಹುಬ್ಬಳ್ಳಿಯಲ್ಲಿ ಹೊಸ ಶಾಲೆ", "ಮಂಗಳೂರು ಬಂದರು ವಿಸ್ತರಣೆ"),
    ),
    # --- Odia ----------------------------------------------------------------------------
    _probe(
        "or_brightspot_subheadline",
        "or",
        "କଟକରେ ନୂଆ ସେତୁ ନିର୍ମାଣ ଆରମ୍ଭ | ଉତ୍କଳ ସମ୍ବାଦ",
        og_meta("କଟକରେ ନୂଆ ସେତୁ ନିର୍ମାଣ ଆରମ୍ଭ", "ଉତ୍କଳ ସମ୍ବାଦ"),
        "",
        "କଟକରେ ନୂଆ ସେତୁ ନିର୍ମାଣ ଆରମ୍ଭ",
        site="ଉତ୍କଳ ସମ୍ବାଦ",
        body=_brightspot_body(
            "or",
            "ଉତ୍କଳ ସମ୍ବାଦ",
            "କଟକରେ ନୂଆ ସେତୁ ନିର୍ମାଣ ଆରମ୍ଭ",
            "ଦୁଇ ବର୍ଷରେ କାମ ଶେଷ ହେବ ବୋଲି ସରକାର କହିଛନ୍ତି",
        ),
    ),
    _probe(
        "or_h1_br_date_line",
        "or",
        "ପୁରୀରେ ସମୁଦ୍ର କୂଳ ସଫେଇ ଅଭିଯାନ | ଉତ୍କଳ ସମ୍ବାଦ",
        og_meta("ପୁରୀରେ ସମୁଦ୍ର କୂଳ ସଫେଇ ଅଭିଯାନ", "ଉତ୍କଳ ସମ୍ବାଦ"),
        _h1("ପୁରୀରେ ସମୁଦ୍ର କୂଳ ସଫେଇ ଅଭିଯାନ<br><small>08.12.2026 | 07:15</small>"),
        "ପୁରୀରେ ସମୁଦ୍ର କୂଳ ସଫେଇ ଅଭିଯାନ",
        site="ଉତ୍କଳ ସମ୍ବାଦ",
    ),
    # --- Lao -----------------------------------------------------------------------------
    _probe(
        "lo_title_headline_site_no_og",
        "lo",
        "ວຽງຈັນເປີດຂົວໃໝ່ຂ້າມແມ່ນ້ຳຂອງ - ຂ່າວລ້ານຊ້າງ",
        "",
        _h1("ວຽງຈັນເປີດຂົວໃໝ່ຂ້າມແມ່ນ້ຳຂອງ"),
        "ວຽງຈັນເປີດຂົວໃໝ່ຂ້າມແມ່ນ້ຳຂອງ",
        site="ຂ່າວລ້ານຊ້າງ",
    ),
    _probe(
        "lo_paywall_headline_only_in_ld",
        "lo",
        "ຂ່າວລ້ານຊ້າງ",
        _news_ld("ລາຄານ້ຳມັນຂຶ້ນອີກໃນອາທິດນີ້"),
        "",
        "ລາຄານ້ຳມັນຂຶ້ນອີກໃນອາທິດນີ້",
        site="ຂ່າວລ້ານຊ້າງ",
        body=_paywall_body("lo", "ຂ່າວລ້ານຊ້າງ"),
    ),
    # --- Mongolian -----------------------------------------------------------------------
    _probe(
        "mn_drupal_field_span_in_h1",
        "mn",
        "Улаанбаатарт шинэ цэцэрлэг нээгдлээ | Хангай Мэдээ",
        og_meta("Улаанбаатарт шинэ цэцэрлэг нээгдлээ", "Хангай Мэдээ"),
        "",
        "Улаанбаатарт шинэ цэцэрлэг нээгдлээ",
        site="Хангай Мэдээ",
        body=_drupal_body("mn", "Хангай Мэдээ", "Улаанбаатарт шинэ цэцэрлэг нээгдлээ"),
    ),
    _probe(
        "mn_breaking_banner_and_teasers",
        "mn",
        "Дарханд дулааны шугам засварлана | Хангай Мэдээ",
        og_meta("Дарханд дулааны шугам засварлана", "Хангай Мэдээ"),
        _h1("Дарханд дулааны шугам засварлана"),
        "Дарханд дулааны шугам засварлана",
        site="Хангай Мэдээ",
        before=_breaking("ШУУРХАЙ: Говь-Алтайд цасан шуурга")
        + _teasers("Эрдэнэтэд шинэ сургууль", "Мах үнэ нэмэгдлээ"),
    ),
    # --- Hausa ---------------------------------------------------------------------------
    _probe(
        "ha_og_campaign_suffix",
        "ha",
        "Gwamnati ta kaddamar da sabon aikin hanya a Kano | Labaran Arewa",
        og_meta(
            "Gwamnati ta kaddamar da sabon aikin hanya a Kano - Biyo mu a WhatsApp",
            "Labaran Arewa",
        ),
        _h1("Gwamnati ta kaddamar da sabon aikin hanya a Kano"),
        "Gwamnati ta kaddamar da sabon aikin hanya a Kano",
        site="Labaran Arewa",
    ),
    _probe(
        "ha_photos_marker_hotuna",
        "ha",
        "Ambaliyar ruwa ta lalata gidaje a Sokoto [HOTUNA] | Labaran Arewa",
        og_meta("Ambaliyar ruwa ta lalata gidaje a Sokoto [HOTUNA]", "Labaran Arewa"),
        _h1("Ambaliyar ruwa ta lalata gidaje a Sokoto [HOTUNA]"),
        "Ambaliyar ruwa ta lalata gidaje a Sokoto",
        site="Labaran Arewa",
    ),
    # --- Zulu ----------------------------------------------------------------------------
    _probe(
        "zu_ghost_tag_and_excerpt",
        "zu",
        "Ibhuloho elisha livulwa eThekwini",
        og_meta("Ibhuloho elisha livulwa eThekwini", "Izindaba Zethu"),
        "",
        "Ibhuloho elisha livulwa eThekwini",
        site="Izindaba Zethu",
        body=_ghost_body(
            "zu",
            "Izindaba Zethu",
            "Ibhuloho elisha livulwa eThekwini",
            "Ezendawo",
            "Lizosiza izimoto eziyizinkulungwane ezingamashumi amabili ngosuku",
        ),
    ),
    _probe(
        "zu_h1_byline_small",
        "zu",
        "Amanzi azonqamuka eMgungundlovu | Izindaba Zethu",
        og_meta("Amanzi azonqamuka eMgungundlovu", "Izindaba Zethu"),
        _h1('Amanzi azonqamuka eMgungundlovu <small class="byline">NguThandi Mkhize</small>'),
        "Amanzi azonqamuka eMgungundlovu",
        site="Izindaba Zethu",
    ),
    # --- Somali --------------------------------------------------------------------------
    _probe(
        "so_live_blog_entry_h2s",
        "so",
        "Doorashada Muqdisho: Warbixin toos ah | Wargeyska Geeska",
        og_meta("Doorashada Muqdisho: Warbixin toos ah", "Wargeyska Geeska"),
        "",
        "Doorashada Muqdisho: Warbixin toos ah",
        site="Wargeyska Geeska",
        body=_live_body(
            "so",
            "Wargeyska Geeska",
            _h1("Doorashada Muqdisho: Warbixin toos ah"),
            [("14:20", "Codbixintu way socotaa"), ("12:05", "Goobaha codbixinta waa furan yihiin")],
        ),
    ),
    _probe(
        "so_section_headline_site_title_no_og",
        "so",
        "Wararka - Hargeysa oo helaysa biyo cusub | Wargeyska Geeska",
        "",
        _h1("Hargeysa oo helaysa biyo cusub"),
        "Hargeysa oo helaysa biyo cusub",
        site="Wargeyska Geeska",
    ),
    _probe(
        "so_photos_marker_sawirro_pipe",
        "so",
        "Roob mahiigaan ah oo ka da'ay Baydhabo | SAWIRRO - Wargeyska Geeska",
        og_meta("Roob mahiigaan ah oo ka da'ay Baydhabo | SAWIRRO", "Wargeyska Geeska"),
        _h1("Roob mahiigaan ah oo ka da'ay Baydhabo | SAWIRRO"),
        "Roob mahiigaan ah oo ka da'ay Baydhabo",
        site="Wargeyska Geeska",
    ),
    # --- more traps ----------------------------------------------------------------------
    _probe(
        "is_ld_headline_only_h1_is_section",
        "is",
        "Innlent | Suðurlandsfréttir",
        _news_ld("Ferðamönnum fjölgar á Suðurlandi"),
        _h1("Innlent", "section-title"),
        "Ferðamönnum fjölgar á Suðurlandi",
        site="Suðurlandsfréttir",
    ),
    _probe(
        "mt_subtitle_h2_and_og_site_joined",
        "mt",
        "Ħamrun: tinfetaħ skola ġdida - Il-Gżira Llum",
        og_meta("Ħamrun: tinfetaħ skola ġdida - Il-Gżira Llum", "Il-Gżira Llum"),
        _h1("Ħamrun: tinfetaħ skola ġdida"),
        "Ħamrun: tinfetaħ skola ġdida",
        site="Il-Gżira Llum",
        under='<h2 class="sub-heading">L-iskola se tilqa\' 400 student mis-sena d-dieħla</h2>',
    ),
    _probe(
        "sq_video_marker_pipe_og_only",
        "sq",
        "Përmbytje në Shkodër | Gazeta Drini",
        og_meta("Përmbytje në Shkodër | VIDEO", "Gazeta Drini"),
        _h1("Përmbytje në Shkodër"),
        "Përmbytje në Shkodër",
        site="Gazeta Drini",
    ),
    _probe(
        "be_h1_kicker_span_colon_in_metadata",
        "be",
        "Здароўе: У Брэсце адкрылі новую паліклініку | Гродзенскія Навіны",
        og_meta("Здароўе: У Брэсце адкрылі новую паліклініку", "Гродзенскія Навіны"),
        _h1(
            '<span class="kicker">Здароўе</span> '
            '<span class="title">У Брэсце адкрылі новую паліклініку</span>'
        ),
        "Здароўе: У Брэсце адкрылі новую паліклініку",
        site="Гродзенскія Навіны",
    ),
    _probe(
        "kk_video_marker_plus_photo_h1",
        "kk",
        "Шымкентте дауыл ағаштарды құлатты | Жетісу Жаршысы",
        og_meta("Шымкентте дауыл ағаштарды құлатты", "Жетісу Жаршысы"),
        _h1("Шымкентте дауыл ағаштарды құлатты + ФОТО"),
        "Шымкентте дауыл ағаштарды құлатты",
        site="Жетісу Жаршысы",
    ),
]

FIELDS = ("title",)

# Blind figures (before any fix), judged loose / strict as ``report_titles`` prints them.
BLIND_FIGURES = {"newsextract": "52/58 loose, 51/58 strict", "trafilatura": "50/58, 41/58"}

# After the fix (a marker of the story's medium or state set apart in brackets or after a
# plus, a bar or a dash is cut from the visible headline too, with the marker words of
# Bulgarian, Basque, Hausa, Central Kurdish, Somali, Albanian, Maltese, Croatian, Malay and
# Kazakh in the language files): newsextract 57/58 loose, 57/58 strict.

# Misses, each with its reason: strict xfails, so a fix shows.
_OPEN: dict[tuple[str, str], str] = {
    ("ne_h1_kicker_and_main_spans_og_joined", "title"): "the <title> joins the <h1>'s kicker "
    "span to the headline with a colon where the og:title leaves it out: the title keeps the "
    "kicker a metadata title joins (docs/field-title.md, the 76th wave's rule), as this "
    "round's own stated convention does; the expected value, written blind, drops it",
}
_CASES = field_cases(PROBES, FIELDS, _OPEN)


@pytest.mark.parametrize(("url", "html", "field", "want"), _CASES)
def test_blind_title_probe_77(url: str, html: str, field: str, want: object) -> None:
    got = getattr(newsextract.extract(html, url=url), field)
    assert matches(field, got, want), f"{field}: {got!r}"


if __name__ == "__main__":  # pragma: no cover
    # both tools' hits (the eval folder given as the first argument)
    import sys

    from tests.metadata.language_probes.kit import report_titles

    report_titles(PROBES, sys.argv[1])
