"""A thirteenth blind title probe (issue 12): news stories on publishers never seen, written
before the title code was read for this round, in languages and scripts the dev sets lack or
hold little of (Slovak, Slovene, Croatian, Serbian in Cyrillic, Bulgarian, Lithuanian,
Latvian, Estonian, Finnish, Catalan, Basque, Galician, Malay, Tagalog, Urdu right to left,
Marathi, Malayalam, Telugu, Amharic, Georgian, Armenian, Burmese, Khmer, Sinhala), with the
headline traps news CMSs have: an ``og:title`` carrying a campaign suffix or an emoji, a
``<title>`` of "Section - Headline | Site", a headline split over ``<h1>`` spans (a kicker
and the main line), an ``<h1>`` holding a byline or a date line, AMP pages and the themes of
Arc, Brightspot, WordPress, Drupal and Ghost, teaser ``<h2>`` headings above the article, a
"breaking" banner ``<h1>``, headlines ending in "(video)" or "[photos]", a subtitle ``<h2>``
right under the ``<h1>``, a live blog's entry headings, and paywalled pages whose headline
sits only in JSON-LD.

Markers (the convention the expected titles follow, decided before anything ran, as the
earlier rounds decided it): the title is the story's own visible headline as the page shows
it, without the site's or a section's name, a kicker set apart in an element of its own, a
byline or a date line, a subtitle, a "breaking"/"live" banner, a campaign's call to action,
or a "(video)"/"[photos]" marker; its own colon, question mark and quotation marks stay. An
emoji the metadata adds and the headline lacks is no part of it. A page with no headline
shown has the one its JSON-LD gives.

``python -m tests.metadata.test_blind_title_probes_76 /work/shared/eval`` prints both tools'
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
    "sk": "Obyvatelia mesta sa ráno zišli na námestí, aby si vypočuli správy o novom vodovode "
    "a o tom, kedy sa začnú práce v uliciach starého mesta.",
    "sl": "Prebivalci mesta so se zjutraj zbrali na trgu, da bi slišali novice o novem vodovodu "
    "in o tem, kdaj se bodo začela dela v ulicah starega mestnega jedra.",
    "hr": "Stanovnici grada okupili su se jutros na trgu kako bi čuli vijesti o novom vodovodu "
    "i o tome kada počinju radovi u ulicama staroga grada.",
    "sr": "Становници града окупили су се јутрос на тргу да чују вести о новом водоводу и о "
    "томе када почињу радови у улицама старог града.",
    "bg": "Жителите на града се събраха сутринта на площада, за да чуят новините за новия "
    "водопровод и кога ще започнат работите по улиците на стария град.",
    "lt": "Miesto gyventojai rytą susirinko aikštėje išgirsti naujienų apie naują vandentiekį "
    "ir apie tai, kada prasidės darbai senamiesčio gatvėse.",
    "lv": "Pilsētas iedzīvotāji no rīta pulcējās laukumā, lai uzzinātu jaunumus par jauno "
    "ūdensvadu un par to, kad sāksies darbi vecpilsētas ielās.",
    "et": "Linna elanikud kogunesid hommikul väljakule, et kuulda uudiseid uue veevärgi kohta "
    "ja seda, millal algavad tööd vanalinna tänavatel.",
    "fi": "Kaupungin asukkaat kokoontuivat aamulla torille kuulemaan uutisia uudesta "
    "vesijohdosta ja siitä, milloin työt vanhan kaupungin kaduilla alkavat.",
    "ca": "Els veïns de la ciutat es van reunir al matí a la plaça per escoltar les notícies "
    "sobre la nova xarxa d'aigua i sobre quan començaran les obres al barri vell.",
    "eu": "Herritarrak goizean plazan bildu ziren ur-sare berriari buruzko berriak entzuteko "
    "eta alde zaharreko kaleetan lanak noiz hasiko diren jakiteko.",
    "gl": "Os veciños da cidade reuníronse pola mañá na praza para escoitar as novas sobre a "
    "nova rede de auga e sobre cando comezarán as obras na zona vella.",
    "ms": "Penduduk bandar berkumpul di dataran pagi tadi untuk mendengar berita tentang "
    "projek bekalan air baharu dan bila kerja di jalan-jalan bandar lama akan bermula.",
    "tl": "Nagtipon ang mga residente ng lungsod sa plaza kaninang umaga upang pakinggan ang "
    "balita tungkol sa bagong proyekto sa tubig at kung kailan magsisimula ang trabaho.",
    "ur": "شہر کے رہائشی آج صبح چوک میں جمع ہوئے تاکہ پانی کے نئے منصوبے کے بارے میں خبریں "
    "سن سکیں اور جان سکیں کہ پرانے شہر کی گلیوں میں کام کب شروع ہوگا۔",
    "mr": "शहरातील नागरिक आज सकाळी चौकात जमले आणि नव्या पाणीपुरवठा योजनेची माहिती ऐकली, "
    "जुन्या शहरातील रस्त्यांवर काम कधी सुरू होणार हेही त्यांनी विचारले.",
    "ml": "നഗരവാസികൾ ഇന്ന് രാവിലെ മൈതാനത്ത് ഒത്തുകൂടി പുതിയ കുടിവെള്ള പദ്ധതിയെക്കുറിച്ചുള്ള "
    "വാർത്തകൾ കേട്ടു, പഴയ നഗരത്തിലെ പണി എപ്പോൾ തുടങ്ങുമെന്നും ചോദിച്ചു.",
    "te": "నగర ప్రజలు ఈ ఉదయం మైదానంలో గుమిగూడి కొత్త తాగునీటి పథకం గురించి వార్తలు విన్నారు, "
    "పాత నగర వీధుల్లో పనులు ఎప్పుడు మొదలవుతాయని అడిగారు.",
    "am": "የከተማው ነዋሪዎች ዛሬ ጠዋት በአደባባዩ ተሰብስበው ስለ አዲሱ የውሃ ፕሮጀክት ዜና ሰሙ፤ "
    "በአሮጌው ከተማ መንገዶች ላይ ሥራው መቼ እንደሚጀመርም ጠየቁ።",
    "ka": "ქალაქის მცხოვრებლები დილით მოედანზე შეიკრიბნენ ახალი წყალსადენის შესახებ "
    "ამბების მოსასმენად და იკითხეს, როდის დაიწყება სამუშაოები ძველ ქალაქში.",
    "hy": "Քաղաքի բնակիչները առավոտյան հավաքվեցին հրապարակում՝ լսելու նոր ջրատարի մասին "
    "լուրերը և իմանալու, թե երբ կսկսվեն աշխատանքները հին քաղաքի փողոցներում։",
    "my": "မြို့သူမြို့သားများသည် ယနေ့နံနက် ရင်ပြင်တွင် စုရုံး၍ ရေပေးဝေရေး စီမံကိန်းသစ်အကြောင်း "
    "သတင်းများကို နားထောင်ကြပြီး မြို့ဟောင်းလမ်းများတွင် လုပ်ငန်းစတင်မည့်အချိန်ကို မေးမြန်းကြသည်။",
    "km": "ប្រជាពលរដ្ឋក្នុងក្រុងបានប្រមូលផ្តុំគ្នានៅទីលានព្រឹកនេះ ដើម្បីស្តាប់ព័ត៌មានអំពីគម្រោងទឹកស្អាតថ្មី "
    "និងសួរថាតើការងារនៅតាមផ្លូវក្នុងទីក្រុងចាស់នឹងចាប់ផ្តើមនៅពេលណា។",
    "si": "නගරවාසීන් අද උදෑසන චතුරශ්‍රයේ රැස් වී නව ජල ව්‍යාපෘතිය පිළිබඳ පුවත් ඇසූ අතර "
    "පැරණි නගරයේ වීදිවල වැඩ ආරම්භ වන්නේ කවදාදැයි විමසූහ.",
}

_DATE = '<time datetime="2026-12-07T08:40:00+01:00">07.12.2026 08:40</time>'


def _url(name: str) -> str:
    return f"https://{name.replace('_', '-')}.example.org/vijesti/2026/12/07/clanak-7634"


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
        '<li><a href="/domace/">·</a></li><li><a href="/svet/">··</a></li></ul></nav></header>'
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
    return ld("NewsArticle", headline=headline, datePublished="2026-12-07T08:40:00+01:00", **more)


def _teasers(*headlines: str) -> str:
    """A row of teaser cards, each an ``<h2>`` linking to another story."""
    cards = "".join(
        f'<div class="teaser"><h2 class="teaser-title"><a href="/clanak-{i}">{h}</a></h2></div>'
        for i, h in enumerate(headlines)
    )
    return f'<section class="top-stories">{cards}</section>'


def _breaking(text: str) -> str:
    """A breaking-news banner over the page, its line an ``<h1>`` linking to another story."""
    return f'<div class="breaking-banner"><h1><a href="/uzivo">{text}</a></h1></div>'


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
        '<div class="subscribe"><a href="/predplatne">€</a></div></div></main>'
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
    # --- Slovak --------------------------------------------------------------------------
    _probe(
        "sk_og_campaign_suffix",
        "sk",
        "Košice dostanú nový vodovod za 40 miliónov eur | Noviny Hornád",
        og_meta(
            "Košice dostanú nový vodovod za 40 miliónov eur ► Predplaťte si za 1 €",
            "Noviny Hornád",
        ),
        _h1("Košice dostanú nový vodovod za 40 miliónov eur"),
        "Košice dostanú nový vodovod za 40 miliónov eur",
        site="Noviny Hornád",
    ),
    _probe(
        "sk_section_headline_site_title_no_h1_og",
        "sk",
        "Regióny - Prešov zavrie most cez Torysu na tri mesiace | Východ Dnes",
        "",
        _h1("Prešov zavrie most cez Torysu na tri mesiace"),
        "Prešov zavrie most cez Torysu na tri mesiace",
        site="Východ Dnes",
    ),
    # --- Slovene -------------------------------------------------------------------------
    _probe(
        "sl_section_headline_site_title",
        "sl",
        "Šport - Olimpija po podaljških izločila Celje | Dnevnik Sava",
        og_meta("Olimpija po podaljških izločila Celje", "Dnevnik Sava"),
        _h1("Olimpija po podaljških izločila Celje"),
        "Olimpija po podaljških izločila Celje",
        site="Dnevnik Sava",
    ),
    _probe(
        "sl_subtitle_h2_under_h1",
        "sl",
        "Maribor bo dobil novo knjižnico – Štajerski Glas",
        og_meta("Maribor bo dobil novo knjižnico", "Štajerski Glas"),
        _h1("Maribor bo dobil novo knjižnico"),
        "Maribor bo dobil novo knjižnico",
        site="Štajerski Glas",
        under='<h2 class="subtitle">Gradnja se začne spomladi, odprtje je predvideno za '
        "leto 2028</h2>",
    ),
    # --- Croatian ------------------------------------------------------------------------
    _probe(
        "hr_h1_kicker_span_and_main_span",
        "hr",
        "Potres: Zagreb pojačava obnovu škola - Jutarnji Jadran",
        og_meta("Potres: Zagreb pojačava obnovu škola", "Jutarnji Jadran"),
        _h1(
            '<span class="kicker">Potres</span> '
            '<span class="title-main">Zagreb pojačava obnovu škola</span>'
        ),
        "Zagreb pojačava obnovu škola",
        site="Jutarnji Jadran",
    ),
    _probe(
        "hr_video_marker_end_of_h1",
        "hr",
        "Bura srušila stablo na rivi u Senju (VIDEO) | Primorski Dnevnik",
        og_meta("Bura srušila stablo na rivi u Senju (VIDEO)", "Primorski Dnevnik"),
        _h1("Bura srušila stablo na rivi u Senju (VIDEO)"),
        "Bura srušila stablo na rivi u Senju",
        site="Primorski Dnevnik",
    ),
    # --- Serbian in Cyrillic -------------------------------------------------------------
    _probe(
        "sr_cyrl_h1_with_date_line_span",
        "sr",
        "Нови Сад добија трамвај до 2030. године | Војвођанске вести",
        "",
        _h1(
            'Нови Сад добија трамвај до 2030. године<span class="h1-date"> 07.12.2026. 08:40</span>'
        ),
        "Нови Сад добија трамвај до 2030. године",
        site="Војвођанске вести",
    ),
    _probe(
        "sr_cyrl_breaking_banner_h1",
        "sr",
        "Ниш: почела изградња новог моста на Нишави | Јужне новине",
        og_meta("Ниш: почела изградња новог моста на Нишави", "Јужне новине"),
        _h1("Ниш: почела изградња новог моста на Нишави"),
        "Ниш: почела изградња новог моста на Нишави",
        site="Јужне новине",
        before=_breaking("ХИТНО: Затворен аутопут код Алексинца због снега"),
    ),
    # --- Bulgarian -----------------------------------------------------------------------
    _probe(
        "bg_amp_story",
        "bg",
        "Пловдив спира движението в центъра за празниците | Тракийски вестник",
        ld(
            "NewsArticle",
            headline="Пловдив спира движението в центъра за празниците",
            datePublished="2026-12-07T08:40:00+02:00",
        ),
        _h1("Пловдив спира движението в центъра за празниците", "amp-title"),
        "Пловдив спира движението в центъра за празниците",
        site="Тракийски вестник",
        amp=True,
    ),
    _probe(
        "bg_h1_with_byline_small",
        "bg",
        "Варна избра нов главен архитект - Морски вести",
        og_meta("Варна избра нов главен архитект", "Морски вести"),
        _h1('Варна избра нов главен архитект<small class="author">Автор: Мария Петрова</small>'),
        "Варна избра нов главен архитект",
        site="Морски вести",
    ),
    # --- Lithuanian ----------------------------------------------------------------------
    _probe(
        "lt_arc_theme_subheadline",
        "lt",
        "Kaune atidarytas naujas tiltas per Nerį | Kauno Žinios",
        og_meta("Kaune atidarytas naujas tiltas per Nerį | Kauno Žinios", "Kauno Žinios"),
        "",
        "Kaune atidarytas naujas tiltas per Nerį",
        site="Kauno Žinios",
        body=_arc_body(
            "lt",
            "Kauno Žinios",
            "Kaune atidarytas naujas tiltas per Nerį",
            "Tiltas kainavo 30 milijonų eurų, jo statyba truko dvejus metus",
        ),
    ),
    _probe(
        "lt_teaser_h2_above_article",
        "lt",
        "Klaipėdos uoste – rekordinis krovinių kiekis | Pajūrio Naujienos",
        "",
        _h1("Klaipėdos uoste – rekordinis krovinių kiekis"),
        "Klaipėdos uoste – rekordinis krovinių kiekis",
        site="Pajūrio Naujienos",
        before=_teasers("Palangoje atnaujinamas tiltas", "Neringoje – naujas dviračių takas"),
    ),
    # --- Latvian -------------------------------------------------------------------------
    _probe(
        "lv_brightspot_subheadline",
        "lv",
        "Rīgā sāks būvēt jaunu tramvaja līniju - Rīgas Balss",
        og_meta("Rīgā sāks būvēt jaunu tramvaja līniju", "Rīgas Balss"),
        "",
        "Rīgā sāks būvēt jaunu tramvaja līniju",
        site="Rīgas Balss",
        body=_brightspot_body(
            "lv",
            "Rīgas Balss",
            "Rīgā sāks būvēt jaunu tramvaja līniju",
            "Līnija savienos centru ar Skanstes apkaimi",
        ),
    ),
    _probe(
        "lv_og_emoji_prefix",
        "lv",
        "Daugavpilī atklāta jauna slimnīca | Latgales Ziņas",
        og_meta("🏥 Daugavpilī atklāta jauna slimnīca", "Latgales Ziņas"),
        _h1("Daugavpilī atklāta jauna slimnīca"),
        "Daugavpilī atklāta jauna slimnīca",
        site="Latgales Ziņas",
    ),
    # --- Estonian ------------------------------------------------------------------------
    _probe(
        "et_wordpress_entry_title",
        "et",
        "Tartu linnavalitsus kinnitas uue bussivõrgu – Tartu Teataja",
        og_meta("Tartu linnavalitsus kinnitas uue bussivõrgu", "Tartu Teataja"),
        "",
        "Tartu linnavalitsus kinnitas uue bussivõrgu",
        site="Tartu Teataja",
        body=_wordpress_body("et", "Tartu Teataja", "Tartu linnavalitsus kinnitas uue bussivõrgu"),
    ),
    _probe(
        "et_paywall_headline_only_in_ld",
        "et",
        "Pärnu Päevaleht",
        _news_ld("Pärnu sadamas alustatakse süvendustöödega", isAccessibleForFree=False),
        "",
        "Pärnu sadamas alustatakse süvendustöödega",
        site="Pärnu Päevaleht",
        body=_paywall_body("et", "Pärnu Päevaleht"),
    ),
    # --- Finnish -------------------------------------------------------------------------
    _probe(
        "fi_drupal_field_span_in_h1",
        "fi",
        "Tampereen raitiotie jatkuu Hiedanrantaan | Pirkanmaan Sanomat",
        "",
        "",
        "Tampereen raitiotie jatkuu Hiedanrantaan",
        site="Pirkanmaan Sanomat",
        body=_drupal_body("fi", "Pirkanmaan Sanomat", "Tampereen raitiotie jatkuu Hiedanrantaan"),
    ),
    _probe(
        "fi_live_blog_entry_h2s",
        "fi",
        "Seuraamme: Myrsky katkaisi sähköt 20 000 taloudesta | Länsiväylä",
        og_meta("Seuraamme: Myrsky katkaisi sähköt 20 000 taloudesta", "Länsiväylä"),
        "",
        "Myrsky katkaisi sähköt 20 000 taloudesta",
        site="Länsiväylä",
        body=_live_body(
            "fi",
            "Länsiväylä",
            _h1(
                '<span class="live-label">Seuraamme</span> Myrsky katkaisi sähköt 20 000 taloudesta'
            ),
            [
                ("9.12", "Sähköyhtiö: korjaukset kestävät iltaan"),
                ("8.55", "Junaliikenne Turun suuntaan pysähtyi"),
            ],
        ),
    ),
    # --- Catalan -------------------------------------------------------------------------
    _probe(
        "ca_ghost_tag_and_excerpt",
        "ca",
        "Girona amplia la zona de baixes emissions",
        og_meta("Girona amplia la zona de baixes emissions", "La Veu de l'Onyar"),
        "",
        "Girona amplia la zona de baixes emissions",
        site="La Veu de l'Onyar",
        body=_ghost_body(
            "ca",
            "La Veu de l'Onyar",
            "Girona amplia la zona de baixes emissions",
            "Mobilitat",
            "La mesura entrarà en vigor el gener i afectarà tot el centre de la ciutat.",
        ),
    ),
    _probe(
        "ca_section_headline_site_title_no_og",
        "ca",
        "Societat - Lleida obre un nou alberg per a temporers | Diari del Segre",
        "",
        _h1("Lleida obre un nou alberg per a temporers"),
        "Lleida obre un nou alberg per a temporers",
        site="Diari del Segre",
    ),
    # --- Basque --------------------------------------------------------------------------
    _probe(
        "eu_teaser_h2_above_article",
        "eu",
        "Donostiak bizikleta bide berria zabalduko du | Kostaldeko Albisteak",
        og_meta("Donostiak bizikleta bide berria zabalduko du", "Kostaldeko Albisteak"),
        _h1("Donostiak bizikleta bide berria zabalduko du"),
        "Donostiak bizikleta bide berria zabalduko du",
        site="Kostaldeko Albisteak",
        before=_teasers("Bilboko metroak ordutegia luzatuko du", "Gasteizen jaialdia hasi da"),
    ),
    _probe(
        "eu_photos_marker_brackets",
        "eu",
        "Ehunka lagun Iruñeko azokan [ARGAZKIAK] - Iruñea Gaur",
        og_meta("Ehunka lagun Iruñeko azokan [ARGAZKIAK]", "Iruñea Gaur"),
        _h1("Ehunka lagun Iruñeko azokan [ARGAZKIAK]"),
        "Ehunka lagun Iruñeko azokan",
        site="Iruñea Gaur",
    ),
    # --- Galician ------------------------------------------------------------------------
    _probe(
        "gl_breaking_banner_h1_first",
        "gl",
        "Vigo licita a nova estación de autobuses | Faro das Rías",
        og_meta("Vigo licita a nova estación de autobuses", "Faro das Rías"),
        _h1("Vigo licita a nova estación de autobuses"),
        "Vigo licita a nova estación de autobuses",
        site="Faro das Rías",
        before=_breaking("ÚLTIMA HORA: Pechada a AP-9 en Rande polo vento"),
    ),
    _probe(
        "gl_og_campaign_suffix_pipe",
        "gl",
        "Lugo recupera a muralla iluminada - Voz do Miño",
        og_meta("Lugo recupera a muralla iluminada | Subscríbete á nosa newsletter", "Voz do Miño"),
        _h1("Lugo recupera a muralla iluminada"),
        "Lugo recupera a muralla iluminada",
        site="Voz do Miño",
    ),
    # --- Malay ---------------------------------------------------------------------------
    _probe(
        "ms_video_marker_lowercase_h1",
        "ms",
        "Banjir kilat landa Shah Alam (video) | Berita Semenanjung",
        og_meta("Banjir kilat landa Shah Alam (video)", "Berita Semenanjung"),
        _h1("Banjir kilat landa Shah Alam (video)"),
        "Banjir kilat landa Shah Alam",
        site="Berita Semenanjung",
    ),
    _probe(
        "ms_h1_kicker_span_colon",
        "ms",
        "Pulau Pinang naik taraf jeti feri | Suara Utara",
        _news_ld("Pulau Pinang naik taraf jeti feri"),
        _h1('<span class="h1-kicker">EKSKLUSIF:</span> Pulau Pinang naik taraf jeti feri'),
        "Pulau Pinang naik taraf jeti feri",
        site="Suara Utara",
    ),
    # --- Tagalog -------------------------------------------------------------------------
    _probe(
        "tl_photos_marker_litrato",
        "tl",
        "Libu-libong deboto dumalo sa prusisyon sa Quiapo [LITRATO] | Balitang Maynila",
        og_meta("Libu-libong deboto dumalo sa prusisyon sa Quiapo [LITRATO]", "Balitang Maynila"),
        _h1("Libu-libong deboto dumalo sa prusisyon sa Quiapo"),
        "Libu-libong deboto dumalo sa prusisyon sa Quiapo",
        site="Balitang Maynila",
    ),
    _probe(
        "tl_subtitle_h2_and_teasers",
        "tl",
        "Bagong tulay sa Iloilo, bubuksan sa Enero - Kanlurang Balita",
        og_meta("Bagong tulay sa Iloilo, bubuksan sa Enero", "Kanlurang Balita"),
        _h1("Bagong tulay sa Iloilo, bubuksan sa Enero"),
        "Bagong tulay sa Iloilo, bubuksan sa Enero",
        site="Kanlurang Balita",
        before=_teasers("Presyo ng bigas, bumaba", "Bagyo, lumalakas sa silangan"),
        under='<h2 class="dek">Mas mabilis na ang biyahe mula Jaro papuntang sentro</h2>',
    ),
    # --- Urdu (right to left) ------------------------------------------------------------
    _probe(
        "ur_live_blog_entries",
        "ur",
        "لاہور میں شدید دھند: پروازیں منسوخ | سحر نیوز",
        og_meta("لائیو: لاہور میں شدید دھند، پروازیں منسوخ", "سحر نیوز"),
        "",
        "لاہور میں شدید دھند: پروازیں منسوخ",
        site="سحر نیوز",
        body=_live_body(
            "ur",
            "سحر نیوز",
            _h1('<span class="live">لائیو</span> لاہور میں شدید دھند: پروازیں منسوخ'),
            [("09:10", "موٹروے کئی مقامات پر بند"), ("08:45", "ریلوے کا نیا ٹائم ٹیبل جاری")],
        ),
    ),
    _probe(
        "ur_section_headline_site_title",
        "ur",
        "کاروبار - کراچی بندرگاہ پر نیا ٹرمینل فعال | روزنامہ ساحل",
        "",
        _h1("کراچی بندرگاہ پر نیا ٹرمینل فعال"),
        "کراچی بندرگاہ پر نیا ٹرمینل فعال",
        site="روزنامہ ساحل",
    ),
    # --- Marathi -------------------------------------------------------------------------
    _probe(
        "mr_paywall_headline_only_in_ld",
        "mr",
        "लोकवार्ता",
        _news_ld("पुण्यात मेट्रोचा नवा मार्ग जानेवारीपासून सुरू", isAccessibleForFree="False"),
        "",
        "पुण्यात मेट्रोचा नवा मार्ग जानेवारीपासून सुरू",
        site="लोकवार्ता",
        body=_paywall_body("mr", "लोकवार्ता"),
    ),
    _probe(
        "mr_og_emoji_suffix",
        "mr",
        "नाशिकमध्ये द्राक्ष महोत्सवाला सुरुवात | नाशिक समाचार",
        og_meta("नाशिकमध्ये द्राक्ष महोत्सवाला सुरुवात 🍇", "नाशिक समाचार"),
        _h1("नाशिकमध्ये द्राक्ष महोत्सवाला सुरुवात"),
        "नाशिकमध्ये द्राक्ष महोत्सवाला सुरुवात",
        site="नाशिक समाचार",
    ),
    # --- Malayalam -----------------------------------------------------------------------
    _probe(
        "ml_subtitle_h2_under_h1",
        "ml",
        "കൊച്ചി മെട്രോ കാക്കനാട്ടേക്ക് | കേരള വാർത്ത",
        og_meta("കൊച്ചി മെട്രോ കാക്കനാട്ടേക്ക്", "കേരള വാർത്ത"),
        _h1("കൊച്ചി മെട്രോ കാക്കനാട്ടേക്ക്"),
        "കൊച്ചി മെട്രോ കാക്കനാട്ടേക്ക്",
        site="കേരള വാർത്ത",
        under='<h2 class="sub-headline">രണ്ടാം ഘട്ട നിർമ്മാണം അടുത്ത മാസം തുടങ്ങും</h2>',
    ),
    _probe(
        "ml_section_headline_site_title_no_og",
        "ml",
        "കായികം - കേരള ബ്ലാസ്റ്റേഴ്സിന് ജയം | മലബാർ ടൈംസ്",
        "",
        _h1("കേരള ബ്ലാസ്റ്റേഴ്സിന് ജയം"),
        "കേരള ബ്ലാസ്റ്റേഴ്സിന് ജയം",
        site="മലബാർ ടൈംസ്",
    ),
    # --- Telugu --------------------------------------------------------------------------
    _probe(
        "te_og_emoji_breaking",
        "te",
        "హైదరాబాద్‌లో కొత్త ఫ్లైఓవర్ ప్రారంభం | తెలుగు వెలుగు",
        og_meta("🔴 హైదరాబాద్‌లో కొత్త ఫ్లైఓవర్ ప్రారంభం", "తెలుగు వెలుగు"),
        _h1("హైదరాబాద్‌లో కొత్త ఫ్లైఓవర్ ప్రారంభం"),
        "హైదరాబాద్‌లో కొత్త ఫ్లైఓవర్ ప్రారంభం",
        site="తెలుగు వెలుగు",
    ),
    _probe(
        "te_video_marker_title_only",
        "te",
        "విశాఖ తీరంలో భారీ అలలు (వీడియో) | ఆంధ్ర వార్తలు",
        "",
        _h1("విశాఖ తీరంలో భారీ అలలు"),
        "విశాఖ తీరంలో భారీ అలలు",
        site="ఆంధ్ర వార్తలు",
    ),
    # --- Amharic -------------------------------------------------------------------------
    _probe(
        "am_section_headline_site_title",
        "am",
        "ዜና - አዲስ አበባ አዲስ የአውቶቡስ መስመር ከፈተች | ሸገር ዜና",
        "",
        _h1("አዲስ አበባ አዲስ የአውቶቡስ መስመር ከፈተች"),
        "አዲስ አበባ አዲስ የአውቶቡስ መስመር ከፈተች",
        site="ሸገር ዜና",
    ),
    _probe(
        "am_h1_kicker_and_main_spans",
        "am",
        "ባሕር ዳር አዲስ ድልድይ ሊገነባ ነው - ጣና ታይምስ",
        og_meta("ባሕር ዳር አዲስ ድልድይ ሊገነባ ነው", "ጣና ታይምስ"),
        _h1(
            '<span class="kicker">ልማት</span>'
            '<span class="headline-main">ባሕር ዳር አዲስ ድልድይ ሊገነባ ነው</span>'
        ),
        "ባሕር ዳር አዲስ ድልድይ ሊገነባ ነው",
        site="ጣና ታይምስ",
    ),
    # --- Georgian ------------------------------------------------------------------------
    _probe(
        "ka_h1_kicker_and_main_spans",
        "ka",
        "თბილისში ახალი მეტროსადგური გაიხსნა | ქართული ამბები",
        og_meta("თბილისში ახალი მეტროსადგური გაიხსნა", "ქართული ამბები"),
        _h1(
            '<span class="overline">ტრანსპორტი</span> '
            '<span class="main">თბილისში ახალი მეტროსადგური გაიხსნა</span>'
        ),
        "თბილისში ახალი მეტროსადგური გაიხსნა",
        site="ქართული ამბები",
    ),
    _probe(
        "ka_amp_title_section_site",
        "ka",
        "ეკონომიკა - ბათუმის პორტი გაფართოვდება | შავი ზღვის ამბები",
        _news_ld("ბათუმის პორტი გაფართოვდება"),
        _h1("ბათუმის პორტი გაფართოვდება", "amp-headline"),
        "ბათუმის პორტი გაფართოვდება",
        site="შავი ზღვის ამბები",
        amp=True,
    ),
    # --- Armenian ------------------------------------------------------------------------
    _probe(
        "hy_h1_with_br_date_line",
        "hy",
        "Երևանում կբացվի նոր գրադարան | Արարատ Լուրեր",
        og_meta("Երևանում կբացվի նոր գրադարան", "Արարատ Լուրեր"),
        _h1('Երևանում կբացվի նոր գրադարան<br><span class="date">07.12.2026, 08:40</span>'),
        "Երևանում կբացվի նոր գրադարան",
        site="Արարատ Լուրեր",
    ),
    _probe(
        "hy_breaking_banner_and_teasers",
        "hy",
        "Գյումրիում վերականգնում են պատմական թաղամասը - Շիրակի Ձայն",
        "",
        _h1("Գյումրիում վերականգնում են պատմական թաղամասը"),
        "Գյումրիում վերականգնում են պատմական թաղամասը",
        site="Շիրակի Ձայն",
        before=_breaking("Շտապ. փակ է Երևան-Գյումրի ճանապարհը")
        + _teasers("Վանաձորում նոր դպրոց", "Սևանի ջրի մակարդակը բարձրացել է"),
    ),
    # --- Burmese -------------------------------------------------------------------------
    _probe(
        "my_title_headline_site",
        "my",
        "ရန်ကုန်တွင် ရေပေးဝေရေး စီမံကိန်းသစ် စတင် | မြန်မာ့သတင်း",
        og_meta("ရန်ကုန်တွင် ရေပေးဝေရေး စီမံကိန်းသစ် စတင်", "မြန်မာ့သတင်း"),
        _h1("ရန်ကုန်တွင် ရေပေးဝေရေး စီမံကိန်းသစ် စတင်"),
        "ရန်ကုန်တွင် ရေပေးဝေရေး စီမံကိန်းသစ် စတင်",
        site="မြန်မာ့သတင်း",
    ),
    _probe(
        "my_paywall_headline_only_in_ld",
        "my",
        "ဧရာဝတီ နေ့စဉ်",
        _news_ld("မန္တလေးတွင် တံတားသစ် ဆောက်လုပ်မည်"),
        "",
        "မန္တလေးတွင် တံတားသစ် ဆောက်လုပ်မည်",
        site="ဧရာဝတီ နေ့စဉ်",
        body=_paywall_body("my", "ဧရာဝတီ နေ့စဉ်"),
    ),
    # --- Khmer ---------------------------------------------------------------------------
    _probe(
        "km_teaser_h2_above_article",
        "km",
        "ភ្នំពេញបើកផ្លូវថ្មីតភ្ជាប់អាកាសយានដ្ឋាន | សារព័ត៌មានមេគង្គ",
        og_meta("ភ្នំពេញបើកផ្លូវថ្មីតភ្ជាប់អាកាសយានដ្ឋាន", "សារព័ត៌មានមេគង្គ"),
        _h1("ភ្នំពេញបើកផ្លូវថ្មីតភ្ជាប់អាកាសយានដ្ឋាន"),
        "ភ្នំពេញបើកផ្លូវថ្មីតភ្ជាប់អាកាសយានដ្ឋាន",
        site="សារព័ត៌មានមេគង្គ",
        before=_teasers("សៀមរាបទទួលភ្ញៀវទេសចរកើនឡើង", "តម្លៃអង្ករធ្លាក់ចុះ"),
    ),
    _probe(
        "km_video_marker_in_og",
        "km",
        "ទឹកជំនន់នៅបាត់ដំបង | ព័ត៌មានខ្មែរថ្ងៃនេះ",
        og_meta("ទឹកជំនន់នៅបាត់ដំបង (វីដេអូ)", "ព័ត៌មានខ្មែរថ្ងៃនេះ"),
        _h1("ទឹកជំនន់នៅបាត់ដំបង"),
        "ទឹកជំនន់នៅបាត់ដំបង",
        site="ព័ត៌មានខ្មែរថ្ងៃនេះ",
    ),
    # --- Sinhala -------------------------------------------------------------------------
    _probe(
        "si_og_campaign_suffix_dash",
        "si",
        "කොළඹ නව බස් පර්යන්තයක් විවෘත කෙරේ | ලංකා පුවත්",
        og_meta("කොළඹ නව බස් පර්යන්තයක් විවෘත කෙරේ - දැන්ම කියවන්න", "ලංකා පුවත්"),
        _h1("කොළඹ නව බස් පර්යන්තයක් විවෘත කෙරේ"),
        "කොළඹ නව බස් පර්යන්තයක් විවෘත කෙරේ",
        site="ලංකා පුවත්",
    ),
    _probe(
        "si_h1_byline_span",
        "si",
        "මහනුවර පෙරහැර සඳහා විශේෂ දුම්රිය | කඳුරට පුවත්",
        "",
        _h1('මහනුවර පෙරහැර සඳහා විශේෂ දුම්රිය <span class="byline">- නිමල් පෙරේරා</span>'),
        "මහනුවර පෙරහැර සඳහා විශේෂ දුම්රිය",
        site="කඳුරට පුවත්",
    ),
    # --- mixed traps, second pass -----------------------------------------------------------
    _probe(
        "sk_ld_headline_only_h1_is_section",
        "sk",
        "Ekonomika | Trnavský Denník",
        _news_ld("Automobilka v Trnave prijme 800 nových ľudí"),
        _h1("Ekonomika", "section-title"),
        "Automobilka v Trnave prijme 800 nových ľudí",
        site="Trnavský Denník",
    ),
    _probe(
        "hr_live_blog_uzivo_badge",
        "hr",
        "UŽIVO: Izbori za gradonačelnika Splita | Dalmatinski Portal",
        og_meta("UŽIVO: Izbori za gradonačelnika Splita", "Dalmatinski Portal"),
        "",
        "Izbori za gradonačelnika Splita",
        site="Dalmatinski Portal",
        body=_live_body(
            "hr",
            "Dalmatinski Portal",
            _h1('<span class="live-badge">UŽIVO</span> Izbori za gradonačelnika Splita'),
            [("20:15", "Izlaznost do 19 sati 41 posto"), ("19:30", "Kandidati glasovali")],
        ),
    ),
    _probe(
        "fi_og_campaign_suffix_title_site",
        "fi",
        "Oulun tori uudistetaan kesään mennessä | Pohjolan Uutiset",
        og_meta("Oulun tori uudistetaan kesään mennessä – tilaa nyt 1 €/kk", "Pohjolan Uutiset"),
        _h1("Oulun tori uudistetaan kesään mennessä"),
        "Oulun tori uudistetaan kesään mennessä",
        site="Pohjolan Uutiset",
    ),
    _probe(
        "lt_h1_with_date_line_time",
        "lt",
        "Vilniuje statoma nauja mokykla | Sostinės Žinios",
        og_meta("Vilniuje statoma nauja mokykla", "Sostinės Žinios"),
        _h1(
            'Vilniuje statoma nauja mokykla <time class="h1-time" '
            'datetime="2026-12-07T08:40:00+02:00">2026-12-07 08:40</time>'
        ),
        "Vilniuje statoma nauja mokykla",
        site="Sostinės Žinios",
    ),
    _probe(
        "ur_og_emoji_and_section_title",
        "ur",
        "پاکستان - پشاور میں نیا ہسپتال کھل گیا | خیبر ٹائمز",
        og_meta("🔴 پشاور میں نیا ہسپتال کھل گیا", "خیبر ٹائمز"),
        _h1("پشاور میں نیا ہسپتال کھل گیا"),
        "پشاور میں نیا ہسپتال کھل گیا",
        site="خیبر ٹائمز",
    ),
    _probe(
        "bg_photos_marker_snimki",
        "bg",
        "Снежна буря в Смолян [СНИМКИ] | Родопски глас",
        og_meta("Снежна буря в Смолян [СНИМКИ]", "Родопски глас"),
        _h1("Снежна буря в Смолян [СНИМКИ]"),
        "Снежна буря в Смолян",
        site="Родопски глас",
    ),
    _probe(
        "et_section_headline_site_with_breadcrumb_h2",
        "et",
        "Eesti - Narva sild suletakse remondiks | Virumaa Uudised",
        "",
        _h1("Narva sild suletakse remondiks"),
        "Narva sild suletakse remondiks",
        site="Virumaa Uudised",
        under='<h2 class="lead">Liiklus suunatakse ümber kuni märtsini</h2>',
    ),
]

FIELDS = ("title",)

# Blind figures (before any fix), judged loose / strict as ``report_titles`` prints them.
BLIND_FIGURES = {"newsextract": "50/55 loose, 49/55 strict", "trafilatura": "39/55, 34/55"}

# After the fixes (an element closing the <h1> whose class names a byline is no part of the
# headline; one opening it whose class names a kicker, without punctuation after it, is set
# apart from it as a kicker on a line of its own is, and the title carries it only when a
# metadata title joins that kicker with punctuation): newsextract 50/55 loose, 50/55 strict
# (the Croatian kicker is now the publisher's "Potres: …", no longer "Potres Zagreb …").

# The wave 77 fix: a marker of the story's medium or state (the language files'
# ``title_markers``) is cut from the visible headline too, as from every metadata title:
# newsextract 54/55 loose and strict (the four marker probes pass).

# Misses, each with its reason: strict xfails, so a fix shows.
_OPEN: dict[tuple[str, str], str] = {
    ("hr_h1_kicker_span_and_main_span", "title"): "the <h1> sets its kicker apart by class "
    "alone and every metadata title joins it with a colon: the title is read as the "
    "publisher's 'Potres: …' (docs/field-title.md; the dev sets' truths keep such a joined "
    "kicker and drop one the metadata leaves out), not the headline alone this probe expects",
}
_CASES = field_cases(PROBES, FIELDS, _OPEN)


@pytest.mark.parametrize(("url", "html", "field", "want"), _CASES)
def test_blind_title_probe_76(url: str, html: str, field: str, want: object) -> None:
    got = getattr(newsextract.extract(html, url=url), field)
    assert matches(field, got, want), f"{field}: {got!r}"


if __name__ == "__main__":  # pragma: no cover
    # both tools' hits (the eval folder given as the first argument)
    import sys

    from tests.metadata.language_probes.kit import report_titles

    report_titles(PROBES, sys.argv[1])
