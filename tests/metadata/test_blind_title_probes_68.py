"""A sixth blind title probe (issue 12): pages written without reading the title code, in
languages and scripts the earlier title probes use little (Tamil, Bengali, Amharic, Georgian,
Armenian, Sinhala, Mongolian, Uzbek, Kazakh, Azerbaijani, Icelandic, Maltese, Basque,
Galician, Catalan, Slovak, Slovenian, Latvian, Lithuanian, Estonian, Albanian, Macedonian,
Bosnian, Tagalog, Swahili, Hausa, Yoruba), news and not (a shop's product, a wiki entry, a
documentation page, a recipe, a forum thread, a press release, an event, a podcast's episode,
a video page), with the ``<title>``, ``og:title``, JSON-LD and ``<h1>`` differing as real
sites make them differ: the site's name before or after with various separators, a section
between, SEO rewording, a title cut with an ellipsis, a kicker above the ``<h1>`` that the
metadata writes into its title, an ``<h1>`` that is the site's logo, a ticker's ``<h1>``
before the story's, a title only in ``<title>``, a headline split across spans or over two
lines.

Each expected title was decided before anything ran: the headline a reader sees as the page's
own, without the site's name, a section, a kicker, a label or an SEO variant. ``python -m
tests.metadata.test_blind_title_probes_68 /work/shared/eval`` prints newsextract's and
trafilatura's hits, judged as the eval's ``title_loose`` judges and strictly; the blind figure
is in ``BLIND_FIGURES``. Every site, name and text here is invented."""

from __future__ import annotations

from typing import Any

import pytest
from tests.metadata.language_probes.kit import field_cases, matches
from tests.metadata.title_pages import ld, paragraphs, probe_rows
from tests.metadata.title_pages import og_meta as _og

import newsextract

# One text per language: the town's new public library, open from eight in the morning to
# ten at night.
TEXTS = {
    "ta": "நகர சபை செவ்வாய்க்கிழமை புதிய பொது நூலகத்தை திறந்தது, இது காலை எட்டு மணி முதல் "
    "இரவு பத்து மணி வரை திறந்திருக்கும்.",
    "bn": "পৌরসভা মঙ্গলবার নতুন গণগ্রন্থাগারটি খুলে দিয়েছে, যা সকাল আটটা থেকে রাত দশটা পর্যন্ত খোলা থাকবে।",
    "am": "የከተማው ምክር ቤት ማክሰኞ አዲሱን የሕዝብ ቤተ መጻሕፍት ከፍቷል፤ ቤተ መጻሕፍቱ ከጠዋቱ ሁለት ሰዓት "
    "እስከ ምሽቱ አራት ሰዓት ክፍት ይሆናል።",
    "ka": "საკრებულომ სამშაბათს ახალი საჯარო ბიბლიოთეკა გახსნა, რომელიც დილის რვა საათიდან "
    "საღამოს ათ საათამდე იმუშავებს.",
    "hy": "Քաղաքապետարանը երեքշաբթի բացեց նոր հանրային գրադարանը, որը կաշխատի առավոտյան "
    "ութից մինչև երեկոյան տասը։",
    "si": "නගර සභාව අඟහරුවාදා නව මහජන පුස්තකාලය විවෘත කළ අතර එය උදේ අට සිට රාත්‍රී දහය දක්වා විවෘතව පවතී.",
    "mn": "Хотын захиргаа мягмар гарагт шинэ нийтийн номын санг нээсэн бөгөөд өглөөний наймаас "
    "оройн арван цаг хүртэл ажиллана.",
    "uz": "Shahar kengashi seshanba kuni yangi jamoat kutubxonasini ochdi, u ertalab soat "
    "sakkizdan kechki o'ngacha ishlaydi.",
    "kk": "Қалалық кеңес сейсенбі күні жаңа көпшілік кітапхананы ашты, ол таңғы сегізден "
    "кешкі онға дейін жұмыс істейді.",
    "az": "Şəhər şurası çərşənbə axşamı yeni ictimai kitabxananı açdı, kitabxana səhər saat "
    "səkkizdən axşam ona qədər işləyəcək.",
    "is": "Bæjarstjórnin opnaði nýtt almenningsbókasafn á þriðjudag og verður það opið frá "
    "klukkan átta að morgni til tíu að kvöldi.",
    "mt": "Il-kunsill lokali fetaħ il-librerija pubblika l-ġdida nhar it-Tlieta, u din se "
    "tibqa' miftuħa mit-tmienja ta' filgħodu sal-għaxra ta' filgħaxija.",
    "eu": "Udalak asteartean liburutegi publiko berria ireki zuen, eta goizeko zortzietatik "
    "gaueko hamarrak arte egongo da zabalik.",
    "gl": "O concello abriu o martes a nova biblioteca pública, que estará aberta desde as "
    "oito da mañá ata as dez da noite.",
    "ca": "L'ajuntament va obrir dimarts la nova biblioteca pública, que estarà oberta de les "
    "vuit del matí a les deu de la nit.",
    "sk": "Mestské zastupiteľstvo v utorok otvorilo novú verejnú knižnicu, ktorá bude otvorená "
    "od ôsmej ráno do desiatej večer.",
    "sl": "Občinski svet je v torek odprl novo splošno knjižnico, ki bo odprta od osmih "
    "zjutraj do desetih zvečer.",
    "lv": "Pilsētas dome otrdien atklāja jauno publisko bibliotēku, kas būs atvērta no "
    "astoņiem rītā līdz desmitiem vakarā.",
    "lt": "Miesto taryba antradienį atidarė naują viešąją biblioteką, kuri veiks nuo aštuntos "
    "ryto iki dešimtos vakaro.",
    "et": "Linnavolikogu avas teisipäeval uue rahvaraamatukogu, mis on avatud kella kaheksast "
    "hommikul kümneni õhtul.",
    "sq": "Këshilli bashkiak hapi të martën bibliotekën e re publike, e cila do të jetë e "
    "hapur nga ora tetë e mëngjesit deri në dhjetë të mbrëmjes.",
    "mk": "Градскиот совет во вторник ја отвори новата јавна библиотека, која ќе работи од "
    "осум часот наутро до десет навечер.",
    "bs": "Gradsko vijeće je u utorak otvorilo novu javnu biblioteku, koja će raditi od osam "
    "sati ujutro do deset navečer.",
    "tl": "Binuksan ng konseho ng lungsod noong Martes ang bagong pampublikong aklatan, na "
    "bukas mula alas-otso ng umaga hanggang alas-diyes ng gabi.",
    "sw": "Baraza la mji lilifungua maktaba mpya ya umma siku ya Jumanne, ambayo itakuwa wazi "
    "kuanzia saa mbili asubuhi hadi saa nne usiku.",
    "ha": "Majalisar birnin ta bude sabon dakin karatu na jama'a ranar Talata, wanda zai "
    "kasance a bude daga karfe takwas na safe zuwa karfe goma na dare.",
    "yo": "Ìgbìmọ̀ ìlú ṣí ilé-ìkàwé tuntun fún gbogbo ènìyàn ní ọjọ́ Ìṣẹ́gun, tí yóò máa ṣí "
    "láti aago mẹ́jọ òwúrọ̀ títí di aago mẹ́wàá alẹ́.",
}


# Probes whose site's host spells its name (else an invented host of the probe's name).
_HOSTS = {
    "ka_title_only_site_transliterated": "kalakisambebi.ge",
    "sq_title_only_site_and_slogan": "zeriiqytetit.al",
    "ca_title_only_host_suffix": "diaridelport.cat",
}


def _url(name: str) -> str:
    host = _HOSTS.get(name) or f"{name.replace('_', '-')}.example.net"
    return f"https://{host}/2025/05/13/library-6801"


def _news(
    lang: str,
    site: str,
    heading: str,
    *,
    above: str = "",
    top: str = "",
    before: str = "",
    scoped: bool = True,
) -> str:
    """A news site's body: the masthead (``top`` as raw markup, else a link with the site's
    name) and a menu, ``before`` (raw markup between the masthead and the story), then the
    story (``above``, ``heading`` as raw markup, a date, the text) in an ``<article>`` in
    ``<main>`` (``scoped``) or in plain boxes, a "more" box and the footer."""
    brand = top or f'<a class="brand" href="/">{site}</a>'
    text = TEXTS[lang]
    story = (
        f'{above}{heading}<p class="dateline"><time datetime="2025-05-13T08:15:00+03:00">'
        f'13.05.2025</time></p><div class="post-body">{paragraphs(text, text)}</div>'
    )
    story = (
        f'<main><article class="post">{story}</article></main>'
        if scoped
        else f'<div id="content"><div class="post">{story}</div></div>'
    )
    return (
        f'<header class="masthead">{brand}<nav><a href="/local/">·</a><a href="/sport/">··'
        f"</a></nav></header>{before}{story}"
        '<div class="more"><h4>…</h4><a href="/2025/05/12/bridge-6800">…</a></div>'
        f'<footer class="foot">© 2025 {site}</footer>'
    )


def _plain(body: str, site: str) -> str:
    """A non-news page: the site's bar, ``body`` (raw markup), a footer."""
    return (
        f'<div class="topbar"><a class="logo" href="/">{site}</a><a href="/search">·</a>'
        f'</div><div class="page">{body}</div><footer>{site}</footer>'
    )


FIELDS = ("title",)


def _probes(rows: list[tuple[str, str, str, str, str, str]]) -> list[tuple[Any, ...]]:
    """Each row (name, language, <title>, head, body, expected title) as a probe."""
    return probe_rows(rows, _url)


def _text(lang: str) -> str:
    return paragraphs(TEXTS[lang], TEXTS[lang])


PROBES = _probes(
    [
        # --- News: the site's name and sections around the headline -----------------------
        (
            "ta_title_and_og_headline_bar_site",
            "ta",
            "புதிய பொது நூலகம் இன்று திறப்பு | கடலூர் செய்திகள்",
            _og("புதிய பொது நூலகம் இன்று திறப்பு | கடலூர் செய்திகள்", "கடலூர் செய்திகள்"),
            _news("ta", "கடலூர் செய்திகள்", "<h1>புதிய பொது நூலகம் இன்று திறப்பு</h1>"),
            "புதிய பொது நூலகம் இன்று திறப்பு",
        ),
        (
            "am_og_site_after_en_dash",
            "am",
            "አዲሱ የሕዝብ ቤተ መጻሕፍት ተከፈተ – ሸገር ዜና",
            _og("አዲሱ የሕዝብ ቤተ መጻሕፍት ተከፈተ – ሸገር ዜና"),
            _news("am", "ሸገር ዜና", '<h1 class="title">አዲሱ የሕዝብ ቤተ መጻሕፍት ተከፈተ</h1>'),
            "አዲሱ የሕዝብ ቤተ መጻሕፍት ተከፈተ",
        ),
        (
            "am_title_only_guillemet_site",
            "am",
            "አዲሱ የሕዝብ ቤተ መጻሕፍት ተከፈተ » ሸገር ዜና",
            "",
            _news("am", "ሸገር ዜና", ""),
            "አዲሱ የሕዝብ ቤተ መጻሕፍት ተከፈተ",
        ),
        (
            "az_title_section_between",
            "az",
            "Yeni ictimai kitabxana açıldı - Cəmiyyət - Xəzər Xəbər",
            _og(site="Xəzər Xəbər"),
            _news("az", "Xəzər Xəbər", "<h1>Yeni ictimai kitabxana açıldı</h1>"),
            "Yeni ictimai kitabxana açıldı",
        ),
        (
            "kk_title_only_section_and_site_em_dash",
            "kk",
            "Жаңа көпшілік кітапхана ашылды — Қоғам — Дала жаңалықтары",
            "",
            _news("kk", "Дала жаңалықтары", ""),
            "Жаңа көпшілік кітапхана ашылды",
        ),
        (
            "mk_title_only_site_first_bar",
            "mk",
            "Вести од градот | Новата јавна библиотека работи до десет навечер",
            "",
            _news("mk", "Вести од градот", ""),
            "Новата јавна библиотека работи до десет навечер",
        ),
        (
            "ha_site_first_en_dash_og_headline_no_h1",
            "ha",
            "Jaridar Arewa – An bude sabon dakin karatu na jama'a",
            _og("An bude sabon dakin karatu na jama'a", "Jaridar Arewa"),
            _news("ha", "Jaridar Arewa", ""),
            "An bude sabon dakin karatu na jama'a",
        ),
        (
            "lv_title_and_og_headline_guillemet_site_no_h1",
            "lv",
            "Jaunā bibliotēka būs atvērta līdz desmitiem vakarā « Pilsētas Ziņas",
            _og("Jaunā bibliotēka būs atvērta līdz desmitiem vakarā « Pilsētas Ziņas"),
            _news("lv", "Pilsētas Ziņas", ""),
            "Jaunā bibliotēka būs atvērta līdz desmitiem vakarā",
        ),
        (
            "hy_section_first_site_last_div_title",
            "hy",
            "Հասարակություն | Նոր հանրային գրադարանը բացվեց | Երևանյան լուրեր",
            "",
            _news(
                "hy",
                "Երևանյան լուրեր",
                '<div class="news-title">Նոր հանրային գրադարանը բացվեց</div>',
            ),
            "Նոր հանրային գրադարանը բացվեց",
        ),
        (
            "si_title_cut_with_ellipsis_h1_whole",
            "si",
            "නව මහජන පුස්තකාලය උදේ අට සිට රාත්‍රී... | ලංකා පුවත්",
            "",
            _news(
                "si",
                "ලංකා පුවත්",
                "<h1>නව මහජන පුස්තකාලය උදේ අට සිට රාත්‍රී දහය දක්වා විවෘතයි</h1>",
            ),
            "නව මහජන පුස්තකාලය උදේ අට සිට රාත්‍රී දහය දක්වා විවෘතයි",
        ),
        (
            "ka_jsonld_headline_with_site_suffix",
            "ka",
            "ბიბლიოთეკა ღამის ათ საათამდე იმუშავებს - ქალაქის ამბები",
            ld("NewsArticle", headline="ბიბლიოთეკა ღამის ათ საათამდე იმუშავებს | ქალაქის ამბები"),
            _news("ka", "ქალაქის ამბები", "<h1>ბიბლიოთეკა ღამის ათ საათამდე იმუშავებს</h1>"),
            "ბიბლიოთეკა ღამის ათ საათამდე იმუშავებს",
        ),
        (
            "si_jsonld_webpage_name_is_site",
            "si",
            "නව මහජන පුස්තකාලය විවෘත කෙරේ - ලංකා පුවත්",
            ld("WebPage", name="ලංකා පුවත්"),
            _news("si", "ලංකා පුවත්", "<h1>නව මහජන පුස්තකාලය විවෘත කෙරේ</h1>"),
            "නව මහජන පුස්තකාලය විවෘත කෙරේ",
        ),
        (
            "ca_title_seo_wording_og_and_h1_agree",
            "ca",
            "Nova biblioteca pública: horaris i serveis | Diari del Port",
            _og("L'ajuntament obre la nova biblioteca pública", "Diari del Port"),
            _news("ca", "Diari del Port", "<h1>L'ajuntament obre la nova biblioteca pública</h1>"),
            "L'ajuntament obre la nova biblioteca pública",
        ),
        (
            "yo_og_without_tone_marks_h1_with",
            "yo",
            "Ìgbìmọ̀ ìlú ṣí ilé-ìkàwé tuntun - Ìròyìn Òde",
            _og("Igbimo ilu si ile-ikawe tuntun", "Iroyin Ode"),
            _news("yo", "Ìròyìn Òde", "<h1>Ìgbìmọ̀ ìlú ṣí ilé-ìkàwé tuntun</h1>"),
            "Ìgbìmọ̀ ìlú ṣí ilé-ìkàwé tuntun",
        ),
        # --- News: kickers, labels, logos and tickers -------------------------------------
        (
            "bn_eyebrow_above_h1_metadata_with_kicker",
            "bn",
            "নতুন গণগ্রন্থাগার খুলল - নদীতীর বার্তা",
            ld("NewsArticle", headline="ঢাকা: নতুন গণগ্রন্থাগার খুলল")
            + _og("ঢাকা: নতুন গণগ্রন্থাগার খুলল", "নদীতীর বার্তা"),
            _news(
                "bn",
                "নদীতীর বার্তা",
                "<h1>নতুন গণগ্রন্থাগার খুলল</h1>",
                above='<div class="kicker">ঢাকা</div>',
            ),
            "নতুন গণগ্রন্থাগার খুলল",
        ),
        (
            "sw_breaking_label_above_h1_og_with_label",
            "sw",
            "HABARI MPYA: Maktaba mpya ya umma yafunguliwa | Pwani Leo",
            _og("HABARI MPYA: Maktaba mpya ya umma yafunguliwa", "Pwani Leo"),
            _news(
                "sw",
                "Pwani Leo",
                "<h1>Maktaba mpya ya umma yafunguliwa</h1>",
                above='<span class="breaking">HABARI MPYA</span>',
            ),
            "Maktaba mpya ya umma yafunguliwa",
        ),
        (
            "mt_press_release_eyebrow_title_label",
            "mt",
            "Stqarrija għall-Istampa: Il-librerija pubblika l-ġdida tiftaħ il-bibien tagħha "
            "- Kunsill Lokali Marsaxlokk",
            "",
            _news(
                "mt",
                "Kunsill Lokali Marsaxlokk",
                "<h1>Il-librerija pubblika l-ġdida tiftaħ il-bibien tagħha</h1>",
                above='<p class="eyebrow">Stqarrija għall-Istampa</p>',
            ),
            "Il-librerija pubblika l-ġdida tiftaħ il-bibien tagħha",
        ),
        (
            "lt_kicker_line_in_h1_jsonld_name",
            "lt",
            "Nauja biblioteka dirbs iki dešimtos vakaro - Sostinės žinios",
            ld("NewsArticle", name="Nauja biblioteka dirbs iki dešimtos vakaro"),
            _news(
                "lt",
                "Sostinės žinios",
                '<h1><span class="kicker">Vilnius</span><br>'
                "Nauja biblioteka dirbs iki dešimtos vakaro</h1>",
            ),
            "Nauja biblioteka dirbs iki dešimtos vakaro",
        ),
        (
            "ka_logo_h1_image_then_story_h1",
            "ka",
            "ახალი საჯარო ბიბლიოთეკა გაიხსნა - ქალაქის ამბები",
            "",
            _news(
                "ka",
                "ქალაქის ამბები",
                "<h1>ახალი საჯარო ბიბლიოთეკა გაიხსნა</h1>",
                top='<h1 class="site-logo"><a href="/"><img alt="ქალაქის ამბები" '
                'src="/logo.png"></a></h1>',
            ),
            "ახალი საჯარო ბიბლიოთეკა გაიხსნა",
        ),
        (
            "bs_home_link_h1_story_in_h2_entry_title",
            "bs",
            "Nova javna biblioteka radi do deset navečer – Sarajevske vijesti",
            "",
            _news(
                "bs",
                "Sarajevske vijesti",
                '<h2 class="entry-title">Nova javna biblioteka radi do deset navečer</h2>',
                top='<h1><a href="/">Sarajevske vijesti</a></h1>',
            ),
            "Nova javna biblioteka radi do deset navečer",
        ),
        (
            "mn_ticker_h1_before_unscoped_story_h1",
            "mn",
            "Улаанбаатарт шинэ номын сан нээгдлээ - Өдрийн мэдээ",
            _og("Улаанбаатарт шинэ номын сан нээгдлээ", "Өдрийн мэдээ"),
            _news(
                "mn",
                "Өдрийн мэдээ",
                '<h1 class="post-title">Улаанбаатарт шинэ номын сан нээгдлээ</h1>',
                before='<div class="breaking-bar"><h1><a href="/2025/05/13/flood-6799">'
                "Шуурхай: Туул гол үерлэж байна</a></h1></div>",
                scoped=False,
            ),
            "Улаанбаатарт шинэ номын сан нээгдлээ",
        ),
        (
            "mn_stressed_first_word_in_h1",
            "mn",
            "Улаанбаатарт шинэ номын сан нээгдлээ | Өдрийн мэдээ",
            "",
            _news(
                "mn",
                "Өдрийн мэдээ",
                "<h1><strong>Улаанбаатарт</strong> шинэ номын сан нээгдлээ</h1>",
            ),
            "Улаанбаатарт шинэ номын сан нээгдлээ",
        ),
        (
            "uz_video_label_in_h1_title_with_label",
            "uz",
            "VIDEO: Yangi kutubxona ichidan lavha - Vodiy Xabar",
            _og("VIDEO: Yangi kutubxona ichidan lavha", "Vodiy Xabar"),
            _news(
                "uz",
                "Vodiy Xabar",
                '<h1><span class="video-label">VIDEO</span> Yangi kutubxona ichidan lavha</h1>',
            ),
            "Yangi kutubxona ichidan lavha",
        ),
        (
            "uz_site_first_em_dash_og_headline",
            "uz",
            "Vodiy Xabar — Yangi jamoat kutubxonasi ochildi",
            _og("Yangi jamoat kutubxonasi ochildi", "Vodiy Xabar"),
            _news("uz", "Vodiy Xabar", "<h1>Yangi jamoat kutubxonasi ochildi</h1>"),
            "Yangi jamoat kutubxonasi ochildi",
        ),
        # --- News: the headline's own markup ----------------------------------------------
        (
            "hy_h1_halves_in_spans_without_space",
            "hy",
            "Նոր հանրային գրադարանը բացվեց | Երևանյան լուրեր",
            "",
            _news(
                "hy",
                "Երևանյան լուրեր",
                '<h1><span class="t1">Նոր հանրային</span><span class="t2">գրադարանը '
                "բացվեց</span></h1>",
            ),
            "Նոր հանրային գրադարանը բացվեց",
        ),
        (
            "kk_h1_two_lines_title_whole",
            "kk",
            "Жаңа кітапхана таңғы сегізден ашық | Дала жаңалықтары",
            "",
            _news("kk", "Дала жаңалықтары", "<h1>Жаңа кітапхана<br>таңғы сегізден ашық</h1>"),
            "Жаңа кітапхана таңғы сегізден ашық",
        ),
        (
            "tl_h1_two_lines_title_site_only",
            "tl",
            "Balitang Bayan",
            "",
            _news("tl", "Balitang Bayan", "<h1>Bagong aklatan<br>bukas hanggang alas-diyes</h1>"),
            "Bagong aklatan bukas hanggang alas-diyes",
        ),
        (
            "gl_subtitulo_span_in_h1",
            "gl",
            "A nova biblioteca abre ata as dez da noite - Voz do Miño",
            "",
            _news(
                "gl",
                "Voz do Miño",
                '<h1>A nova biblioteca abre ata as dez da noite <span class="subtitulo">'
                "O concello amplía o horario ata o verán</span></h1>",
            ),
            "A nova biblioteca abre ata as dez da noite",
        ),
        (
            "et_h1_links_to_itself",
            "et",
            "Uus raamatukogu on avatud kella kümneni | Linnaleht",
            _og("Uus raamatukogu on avatud kella kümneni", "Linnaleht"),
            _news(
                "et",
                "Linnaleht",
                '<h1 class="article-title"><a href="/2025/05/13/library-6801">Uus raamatukogu on '
                "avatud kella kümneni</a></h1>",
            ),
            "Uus raamatukogu on avatud kella kümneni",
        ),
        # --- Not news ---------------------------------------------------------------------
        (
            "is_shop_product_title_seo",
            "is",
            "Ullarpeysa Hekla – grá – Kaupa á netinu | Prjónabúðin",
            ld("Product", name="Ullarpeysa Hekla – grá"),
            _plain(
                '<div class="product"><h1 class="product-title">Ullarpeysa Hekla – grá</h1>'
                '<p class="price">14.900 kr.</p><button>Setja í körfu</button>'
                f'<div class="description">{_text("is")}</div></div>',
                "Prjónabúðin",
            ),
            "Ullarpeysa Hekla – grá",
        ),
        (
            "sk_shop_product_title_price_words",
            "sk",
            "Kávovar Brezno 2000 – cena, recenzie | Kuchynka.sk",
            _og("Kávovar Brezno 2000", "Kuchynka.sk"),
            _plain(
                '<div class="product-detail"><h1>Kávovar Brezno 2000</h1><p class="price">'
                f'129,90 €</p><div class="tabs">{_text("sk")}</div></div>',
                "Kuchynka.sk",
            ),
            "Kávovar Brezno 2000",
        ),
        (
            "is_wiki_entry_en_dash_site",
            "is",
            "Bókasafn Kópavogs – Wikipedia, frjálsa alfræðiritið",
            "",
            _plain(
                '<h1 id="firstHeading" class="firstHeading"><span class="mw-page-title-main">'
                'Bókasafn Kópavogs</span></h1><div id="siteSub">Úr Wikipediu, frjálsa '
                f'alfræðiritinu</div><div id="mw-content-text">{_text("is")}</div>',
                "Wikipedia",
            ),
            "Bókasafn Kópavogs",
        ),
        (
            "ta_docs_one_word_h1_headerlink",
            "ta",
            "நிறுவுதல் - கருவி ஆவணங்கள்",
            "",
            _plain(
                '<div class="sidebar"><h3>உள்ளடக்கம்</h3><ul><li><a href="/start/">தொடக்கம்'
                '</a></li></ul></div><div class="document"><h1>நிறுவுதல்<a class="headerlink" '
                f'href="#install" title="Permalink">¶</a></h1>{_text("ta")}</div>',
                "கருவி ஆவணங்கள்",
            ),
            "நிறுவுதல்",
        ),
        (
            "sq_docs_one_word_h1_site_after_dash",
            "sq",
            "Instalimi - Dokumentacioni i Librit",
            "",
            _plain(
                '<nav class="md-nav"><a href="/">Fillimi</a><a href="/instalimi/">Instalimi</a>'
                f'</nav><article class="md-content"><h1 id="instalimi">Instalimi</h1>'
                f"{_text('sq')}</article>",
                "Dokumentacioni i Librit",
            ),
            "Instalimi",
        ),
        (
            "eu_recipe_title_seo_suffix",
            "eu",
            "Bakailaoa pil-pilean: errezeta erraza | Sukaldean",
            ld("Recipe", name="Bakailaoa pil-pilean"),
            _plain(
                '<article class="recipe"><h1 class="entry-title">Bakailaoa pil-pilean</h1>'
                f'<div class="entry-content">{_text("eu")}</div></article>',
                "Sukaldean",
            ),
            "Bakailaoa pil-pilean",
        ),
        (
            "gl_forum_old_phpbb_title_site_first",
            "gl",
            "Foro Ría • Ver tema - Onde aparcar preto da biblioteca?",
            "",
            '<div class="headerbar" role="banner"><h1>Foro Ría</h1><p>Conversas da vila</p>'
            '</div><div id="page-body"><h2 class="topic-title"><a href="./viewtopic.php?t=412">'
            "Onde aparcar preto da biblioteca?</a></h2>"
            f'<div class="post"><div class="content">{_text("gl")}</div></div></div>',
            "Onde aparcar preto da biblioteca?",
        ),
        (
            "ca_event_title_section_and_site",
            "ca",
            "Concert de Sant Joan a la platja | Agenda | Ajuntament del Port",
            ld("MusicEvent", name="Concert de Sant Joan a la platja", startDate="2025-06-23"),
            _plain(
                '<div class="event"><p class="event-date">23 de juny de 2025</p>'
                f"<h1>Concert de Sant Joan a la platja</h1>{_text('ca')}</div>",
                "Ajuntament del Port",
            ),
            "Concert de Sant Joan a la platja",
        ),
        (
            "et_event_title_tickets_section",
            "et",
            "Raamatukogu avamispidu | Piletid | Piletikeskus",
            ld("Event", name="Raamatukogu avamispidu", startDate="2025-05-20"),
            _plain(
                '<section class="event-hero"><h1>Raamatukogu avamispidu</h1><p>20.05.2025 '
                f'kell 18:00</p></section><div class="event-info">{_text("et")}</div>',
                "Piletikeskus",
            ),
            "Raamatukogu avamispidu",
        ),
        (
            "sl_podcast_episode_number_colon",
            "sl",
            "Epizoda 42: Knjižnica ponoči – Podkast Bralnica",
            _og("Epizoda 42: Knjižnica ponoči", "Podkast Bralnica"),
            _plain(
                '<div class="episode"><h1>Epizoda 42: Knjižnica ponoči</h1><audio controls '
                f'src="/ep42.mp3"></audio><div class="notes">{_text("sl")}</div></div>',
                "Podkast Bralnica",
            ),
            "Epizoda 42: Knjižnica ponoči",
        ),
        (
            "bn_podcast_episode_jsonld_name",
            "bn",
            "পর্ব ১২: বইয়ের শহর | গল্পের আসর পডকাস্ট",
            ld("PodcastEpisode", name="পর্ব ১২: বইয়ের শহর"),
            _plain(
                '<div class="episode"><h1 class="episode-title">পর্ব ১২: বইয়ের শহর</h1>'
                f'<audio controls src="/ep12.mp3"></audio>{_text("bn")}</div>',
                "গল্পের আসর পডকাস্ট",
            ),
            "পর্ব ১২: বইয়ের শহর",
        ),
        (
            "az_video_page_h1_og_with_site",
            "az",
            "Yeni kitabxanada bir gün (video) - Xəzər TV",
            _og("Yeni kitabxanada bir gün - Xəzər TV", "Xəzər TV"),
            _plain(
                '<div class="video-page"><div class="player"><video src="/v/6801.mp4">'
                '</video></div><h1 class="video-title">Yeni kitabxanada bir gün</h1>'
                f'<div class="video-description">{_text("az")}</div></div>',
                "Xəzər TV",
            ),
            "Yeni kitabxanada bir gün",
        ),
    ]
)

# A second round, written after the first's blind run and judged blind too: separators the
# first left out, a site's name written in another script or with its slogan, a screen
# reader's site-name <h1>, a related story's JSON-LD item, a listicle's number and a brand's
# link in the <h1>.
PROBES_2 = _probes(
    [
        (
            "tl_title_only_star_separator",
            "tl",
            "Bagong aklatan, bukas na hanggang alas-diyes ⋆ Balitang Bayan",
            _og(site="Balitang Bayan"),
            _news("tl", "Balitang Bayan", ""),
            "Bagong aklatan, bukas na hanggang alas-diyes",
        ),
        (
            "sq_title_only_double_colon_site_first",
            "sq",
            "Zëri i Qytetit :: Biblioteka e re publike hapet deri në orën dhjetë",
            "",
            _news("sq", "Zëri i Qytetit", ""),
            "Biblioteka e re publike hapet deri në orën dhjetë",
        ),
        (
            "sk_title_only_slash_site",
            "sk",
            "Nová knižnica bude otvorená do desiatej večer / Mestské noviny",
            _og(site="Mestské noviny"),
            _news("sk", "Mestské noviny", ""),
            "Nová knižnica bude otvorená do desiatej večer",
        ),
        (
            "sl_title_only_middle_dot_site",
            "sl",
            "Nova knjižnica odprta do desetih zvečer · Primorski glas",
            _og(site="Primorski glas"),
            _news("sl", "Primorski glas", ""),
            "Nova knjižnica odprta do desetih zvečer",
        ),
        (
            "ka_title_only_site_transliterated",
            "ka",
            "ახალი საჯარო ბიბლიოთეკა გაიხსნა - Kalakis Ambebi",
            "",
            _news("ka", "Kalakis Ambebi", ""),
            "ახალი საჯარო ბიბლიოთეკა გაიხსნა",
        ),
        (
            "sq_title_only_site_and_slogan",
            "sq",
            "Biblioteka e re hapet të martën | Zëri i Qytetit – Lajme të pavarura nga qyteti",
            "",
            _news("sq", "Zëri i Qytetit", ""),
            "Biblioteka e re hapet të martën",
        ),
        (
            "lt_sr_only_site_h1_before_unscoped_story",
            "lt",
            "Nauja biblioteka dirbs iki dešimtos vakaro - Sostinės žinios",
            "",
            _news(
                "lt",
                "Sostinės žinios",
                '<h1 class="article-headline">Nauja biblioteka dirbs iki dešimtos vakaro</h1>',
                top='<h1 class="visually-hidden">Sostinės žinios</h1><a class="brand" href="/">'
                '<img alt="" src="/logo.svg"></a>',
                scoped=False,
            ),
            "Nauja biblioteka dirbs iki dešimtos vakaro",
        ),
        (
            "sl_related_itemlist_jsonld_no_own_item",
            "sl",
            "Nova knjižnica odprta do desetih zvečer | Primorski glas",
            ld(
                "ItemList",
                itemListElement=[
                    {
                        "@type": "ListItem",
                        "position": 1,
                        "item": {
                            "@type": "NewsArticle",
                            "headline": "Most čez Sočo zaprt do petka",
                        },
                    },
                    {
                        "@type": "ListItem",
                        "position": 2,
                        "item": {"@type": "NewsArticle", "headline": "Poletni vozni red avtobusov"},
                    },
                ],
            ),
            _news("sl", "Primorski glas", "<h1>Nova knjižnica odprta do desetih zvečer</h1>"),
            "Nova knjižnica odprta do desetih zvečer",
        ),
        (
            "sq_listicle_number_in_own_span",
            "sq",
            "7 mënyra për të lexuar më shumë këtë verë - Zëri i Qytetit",
            "",
            _news(
                "sq",
                "Zëri i Qytetit",
                '<h1><span class="list-number">7</span> mënyra për të lexuar më shumë këtë '
                "verë</h1>",
            ),
            "7 mënyra për të lexuar më shumë këtë verë",
        ),
        (
            "sk_product_h1_brand_link",
            "sk",
            "Brezno Kávovar 2000 | Kuchynka.sk",
            "",
            _plain(
                '<div class="product-detail"><h1><a class="brand" href="/znacka/brezno/">'
                'Brezno</a> Kávovar 2000</h1><p class="price">129,90 €</p>'
                f'<div class="tabs">{_text("sk")}</div></div>',
                "Kuchynka.sk",
            ),
            "Brezno Kávovar 2000",
        ),
        (
            "is_title_pagination_suffix",
            "is",
            "Nýtt bókasafn opið til tíu á kvöldin - Síða 2 - Bæjarblaðið",
            "",
            _news("is", "Bæjarblaðið", "<h1>Nýtt bókasafn opið til tíu á kvöldin</h1>"),
            "Nýtt bókasafn opið til tíu á kvöldin",
        ),
        (
            "ha_headline_inside_link_wrapping_h1",
            "ha",
            "An bude sabon dakin karatu - Jaridar Arewa",
            "",
            _news(
                "ha",
                "Jaridar Arewa",
                '<a href="/2025/05/13/library-6801"><h1>An bude sabon dakin karatu</h1></a>',
            ),
            "An bude sabon dakin karatu",
        ),
        (
            "eu_og_and_jsonld_section_first_h1_plain",
            "eu",
            "Kultura | Liburutegi berria gaueko hamarretara arte zabalik - Herriko Berriak",
            ld(
                "NewsArticle",
                headline="Kultura | Liburutegi berria gaueko hamarretara arte zabalik",
            )
            + _og("Kultura | Liburutegi berria gaueko hamarretara arte zabalik", "Herriko Berriak"),
            _news(
                "eu",
                "Herriko Berriak",
                "<h1>Liburutegi berria gaueko hamarretara arte zabalik</h1>",
            ),
            "Liburutegi berria gaueko hamarretara arte zabalik",
        ),
        (
            "mk_h1_with_live_badge_after",
            "mk",
            "Отворање на новата библиотека во живо | Вести од градот",
            "",
            _news(
                "mk",
                "Вести од градот",
                '<h1>Отворање на новата библиотека <span class="live-badge">ВО ЖИВО</span></h1>',
            ),
            "Отворање на новата библиотека",
        ),
        (
            "ta_og_site_first_colon_h1",
            "ta",
            "கடலூர் செய்திகள்: நூலகம் இரவு பத்து மணி வரை திறந்திருக்கும்",
            _og("கடலூர் செய்திகள்: நூலகம் இரவு பத்து மணி வரை திறந்திருக்கும்", "கடலூர் செய்திகள்"),
            _news("ta", "கடலூர் செய்திகள்", "<h1>நூலகம் இரவு பத்து மணி வரை திறந்திருக்கும்</h1>"),
            "நூலகம் இரவு பத்து மணி வரை திறந்திருக்கும்",
        ),
        (
            "uz_cyrillic_og_latin_h1_title",
            "uz",
            "Yangi kutubxona kechki o'ngacha ishlaydi | Vodiy Xabar",
            _og("Янги кутубхона кечки ўнгача ишлайди", "Водий Хабар"),
            _news("uz", "Vodiy Xabar", "<h1>Yangi kutubxona kechki o'ngacha ishlaydi</h1>"),
            "Yangi kutubxona kechki o'ngacha ishlaydi",
        ),
    ]
)

# A third round, written after the fixes of the first two and judged blind: a quote's speaker
# before a colon in a title-only page, the host as the site's name, a rating's stars and a
# photo count in the <h1>, markup leaked into the JSON-LD headline, empty and site-only
# metadata titles.
PROBES_3 = _probes(
    [
        (
            "ca_title_only_speaker_colon_quote",
            "ca",
            "Alcaldessa: «La biblioteca és de tothom» | Diari del Port",
            _og(site="Diari del Port"),
            _news("ca", "Diari del Port", ""),
            "Alcaldessa: «La biblioteca és de tothom»",
        ),
        (
            "ca_title_only_host_suffix",
            "ca",
            "La nova biblioteca obre fins a les deu - DiariDelPort.cat",
            "",
            _news("ca", "Diari del Port", ""),
            "La nova biblioteca obre fins a les deu",
        ),
        (
            "bn_title_only_site_first_hyphen",
            "bn",
            "নদীতীর বার্তা - নতুন গণগ্রন্থাগার রাত দশটা পর্যন্ত খোলা",
            "",
            _news("bn", "নদীতীর বার্তা", ""),
            "নতুন গণগ্রন্থাগার রাত দশটা পর্যন্ত খোলা",
        ),
        (
            "eu_recipe_h1_rating_stars_after",
            "eu",
            "Marmitakoa etxean - Sukaldean",
            ld("Recipe", name="Marmitakoa etxean"),
            _plain(
                '<article class="recipe"><h1 class="recipe-title">Marmitakoa etxean <span '
                'class="rating" title="4,5">★★★★☆</span></h1>'
                f'<div class="recipe-body">{_text("eu")}</div></article>',
                "Sukaldean",
            ),
            "Marmitakoa etxean",
        ),
        (
            "hy_gallery_h1_photo_count_after",
            "hy",
            "Նոր գրադարանը ներսից | Երևանյան լուրեր",
            "",
            _news(
                "hy",
                "Երևանյան լուրեր",
                '<h1>Նոր գրադարանը ներսից <span class="photo-count">24 լուսանկար</span></h1>',
            ),
            "Նոր գրադարանը ներսից",
        ),
        (
            "et_jsonld_headline_with_leaked_markup",
            "et",
            "Uus raamatukogu on avatud kella kümneni | Linnaleht",
            ld("NewsArticle", headline="Uus raamatukogu on <em>avatud</em> kella kümneni"),
            _news("et", "Linnaleht", "<h1>Uus raamatukogu on <em>avatud</em> kella kümneni</h1>"),
            "Uus raamatukogu on avatud kella kümneni",
        ),
        (
            "am_jsonld_headline_empty_og_site_only",
            "am",
            "ሸገር ዜና",
            ld("NewsArticle", headline="") + _og("ሸገር ዜና", "ሸገር ዜና"),
            _news("am", "ሸገር ዜና", "<h1>ቤተ መጻሕፍቱ እስከ ምሽቱ አራት ሰዓት ክፍት ይሆናል</h1>"),
            "ቤተ መጻሕፍቱ እስከ ምሽቱ አራት ሰዓት ክፍት ይሆናል",
        ),
        (
            "is_empty_h1_then_story_h1",
            "is",
            "Nýtt bókasafn opnað í bænum - Bæjarblaðið",
            "",
            _news(
                "is",
                "Bæjarblaðið",
                "<h1>Nýtt bókasafn opnað í bænum</h1>",
                top='<h1 class="header-icon"><span class="icon icon-menu"></span></h1>'
                '<a class="brand" href="/">Bæjarblaðið</a>',
                scoped=False,
            ),
            "Nýtt bókasafn opnað í bænum",
        ),
        (
            "bs_og_emoji_prefix_h1_plain",
            "bs",
            "Nova javna biblioteka otvorena u centru grada | Sarajevske vijesti",
            _og("📚 Nova javna biblioteka otvorena u centru grada", "Sarajevske vijesti"),
            _news(
                "bs", "Sarajevske vijesti", "<h1>Nova javna biblioteka otvorena u centru grada</h1>"
            ),
            "Nova javna biblioteka otvorena u centru grada",
        ),
    ]
)

# A fourth round, written after the third's fixes and judged blind: the site's name in
# brackets, an event's dates and a video's views in the <h1>, an <h1> that is an image.
PROBES_4 = _probes(
    [
        (
            "ca_title_only_site_in_round_brackets",
            "ca",
            "La nova biblioteca obre fins a les deu (Diari del Port)",
            _og(site="Diari del Port"),
            _news("ca", "Diari del Port", ""),
            "La nova biblioteca obre fins a les deu",
        ),
        (
            "ca_title_only_site_in_square_brackets_first",
            "ca",
            "[Diari del Port] La nova biblioteca obre fins a les deu",
            _og(site="Diari del Port"),
            _news("ca", "Diari del Port", ""),
            "La nova biblioteca obre fins a les deu",
        ),
        (
            "lv_event_h1_date_range_span",
            "lv",
            "Grāmatu svētki 2025 | Pilsētas Ziņas",
            ld("Event", name="Grāmatu svētki 2025", startDate="2025-05-12"),
            _plain(
                '<div class="event"><h1>Grāmatu svētki 2025 <span class="event-dates">'
                f"12.–14. maijs</span></h1>{_text('lv')}</div>",
                "Pilsētas Ziņas",
            ),
            "Grāmatu svētki 2025",
        ),
        (
            "eu_video_h1_views_span",
            "eu",
            "Liburutegi berria barrutik - Herriko Telebista",
            "",
            _plain(
                '<div class="video-page"><video src="/v/6802.mp4"></video><h1>Liburutegi berria '
                'barrutik <span class="views">1.204 ikustaldi</span></h1>'
                f"{_text('eu')}</div>",
                "Herriko Telebista",
            ),
            "Liburutegi berria barrutik",
        ),
        (
            "sw_h1_is_headline_image_og_gives_text",
            "sw",
            "Pwani Leo",
            _og("Maktaba mpya ya umma yafunguliwa", "Pwani Leo"),
            _news(
                "sw",
                "Pwani Leo",
                '<h1><img alt="Maktaba mpya ya umma yafunguliwa" src="/img/headline-6801.png">'
                "</h1>",
            ),
            "Maktaba mpya ya umma yafunguliwa",
        ),
        (
            "gl_title_site_first_colon_h1",
            "gl",
            "Voz do Miño: A nova biblioteca abre ata as dez da noite",
            "",
            _news("gl", "Voz do Miño", "<h1>A nova biblioteca abre ata as dez da noite</h1>"),
            "A nova biblioteca abre ata as dez da noite",
        ),
    ]
)

# A fifth round, written after the fourth's fix and judged blind: a wiki host's and a
# forum's three-part titles, a site's name in two scripts, an advert's tag and an update
# marker after the <h1>'s headline.
PROBES_5 = _probes(
    [
        (
            "is_fandom_wiki_three_parts",
            "is",
            "Bókasafn Kópavogs | Bæjarwiki | Fandom",
            _og("Bókasafn Kópavogs", "Bæjarwiki"),
            _plain(
                '<h1 class="page-header__title" id="firstHeading">Bókasafn Kópavogs</h1>'
                f'<div class="mw-parser-output">{_text("is")}</div>',
                "Fandom",
            ),
            "Bókasafn Kópavogs",
        ),
        (
            "sq_discourse_topic_category_forum",
            "sq",
            "Ku të parkoj pranë bibliotekës së re? - Qyteti - Forumi i Qytetit",
            "",
            _plain(
                '<div id="topic-title"><h1><a class="fancy-title" href="/t/ku-te-parkoj/412">'
                'Ku të parkoj pranë bibliotekës së re?</a></h1><div class="topic-category">'
                '<a class="badge-category" href="/c/qyteti/4">Qyteti</a></div></div>'
                f'<div class="topic-post"><div class="cooked">{_text("sq")}</div></div>',
                "Forumi i Qytetit",
            ),
            "Ku të parkoj pranë bibliotekës së re?",
        ),
        (
            "si_title_only_site_in_two_scripts",
            "si",
            "නව පුස්තකාලය රාත්‍රී දහය දක්වා විවෘතයි | ලංකා පුවත් - Lanka Puwath",
            "",
            _news("si", "ලංකා පුවත්", ""),
            "නව පුස්තකාලය රාත්‍රී දහය දක්වා විවෘතයි",
        ),
        (
            "sw_advert_tag_after_h1_headline",
            "sw",
            "Maktaba mpya ya umma yafunguliwa | Pwani Leo",
            "",
            _news(
                "sw",
                "Pwani Leo",
                '<h1>Maktaba mpya ya umma yafunguliwa <span class="tag">Tangazo</span></h1>',
            ),
            "Maktaba mpya ya umma yafunguliwa",
        ),
        (
            "az_updated_marker_after_h1_headline",
            "az",
            "Yeni ictimai kitabxana açıldı | Xəzər Xəbər",
            "",
            _news(
                "az",
                "Xəzər Xəbər",
                '<h1>Yeni ictimai kitabxana açıldı <span class="updated">(yenilənib)</span></h1>',
            ),
            "Yeni ictimai kitabxana açıldı",
        ),
    ]
)

# A sixth round, written after the fifth's fix and judged blind: a highlighted word and
# linked words inside the <h1>, a label in <small> before the headline on its line.
PROBES_6 = _probes(
    [
        (
            "bn_highlighted_word_mid_h1",
            "bn",
            "নতুন গণগ্রন্থাগার খুলল - নদীতীর বার্তা",
            "",
            _news(
                "bn",
                "নদীতীর বার্তা",
                '<h1>নতুন <span class="highlight">গণগ্রন্থাগার</span> খুলল</h1>',
            ),
            "নতুন গণগ্রন্থাগার খুলল",
        ),
        (
            "am_small_label_before_headline_same_line",
            "am",
            "አዲሱ የሕዝብ ቤተ መጻሕፍት ተከፈተ – ሸገር ዜና",
            "",
            _news("am", "ሸገር ዜና", "<h1><small>ልዩ ዘገባ</small> አዲሱ የሕዝብ ቤተ መጻሕፍት ተከፈተ</h1>"),
            "አዲሱ የሕዝብ ቤተ መጻሕፍት ተከፈተ",
        ),
        (
            "mn_tag_linked_words_in_h1",
            "mn",
            "Улаанбаатарт шинэ номын сан нээгдлээ - Өдрийн мэдээ",
            "",
            _news(
                "mn",
                "Өдрийн мэдээ",
                '<h1><a href="/tag/ulaanbaatar">Улаанбаатарт</a> шинэ <a href="/tag/nomiin-san">'
                "номын сан</a> нээгдлээ</h1>",
            ),
            "Улаанбаатарт шинэ номын сан нээгдлээ",
        ),
    ]
)

# Blind figures (before any fix), judged loose / strict as ``report_titles`` prints them; the
# second round's on the same tree.
BLIND_FIGURES = {"newsextract": "40/41 loose, 40/41 strict", "trafilatura": "29/41, 23/41"}
BLIND_FIGURES_2 = {"newsextract": "15/16 loose, 15/16 strict", "trafilatura": "12/16, 9/16"}
# After the fixes (a subtitle's class word in the languages of its newsrooms; a spaced star,
# Yoast's "⋆" or "*", between a title's parts): newsextract 41/41 and 16/16 both ways. The
# third round's, on the tree with those fixes; after its fixes (a counter's or a rating's
# class after the <h1>'s headline; inline tags leaked into the JSON-LD headline): 9/9.
BLIND_FIGURES_3 = {"newsextract": "6/9 loose, 6/9 strict", "trafilatura": "4/9, 4/9"}
# The fourth round's, on the tree with the third's fixes; after its fix (a video's "views"
# class is a counter's too): 6/6.
BLIND_FIGURES_4 = {"newsextract": "5/6 loose, 5/6 strict", "trafilatura": "2/6, 2/6"}
# The fifth round's, on the tree with the fourth's fix; after its fix (a "tag" and an
# "updated" class after the headline are badges too): 5/5. The sixth round's, on the tree
# with the fifth's fix.
BLIND_FIGURES_6 = {"newsextract": "3/3 loose, 3/3 strict", "trafilatura": "2/3, 2/3"}
BLIND_FIGURES_5 = {"newsextract": "3/5 loose, 3/5 strict", "trafilatura": "3/5, 2/5"}

# Misses, each with its reason: strict xfails, so a fix shows.
_OPEN: dict[tuple[str, str], str] = {}
_CASES = field_cases(PROBES + PROBES_2 + PROBES_3 + PROBES_4 + PROBES_5 + PROBES_6, FIELDS, _OPEN)


@pytest.mark.parametrize(("url", "html", "field", "want"), _CASES)
def test_blind_title_probe_68(url: str, html: str, field: str, want: object) -> None:
    got = getattr(newsextract.extract(html, url=url), field)
    assert matches(field, got, want), f"{field}: {got!r}"


if __name__ == "__main__":  # pragma: no cover
    # both tools' hits (the eval folder given as the first argument)
    import sys

    from tests.metadata.language_probes.kit import report_titles

    for probes in (PROBES, PROBES_2, PROBES_3, PROBES_4, PROBES_5, PROBES_6):
        report_titles(probes, sys.argv[1])
