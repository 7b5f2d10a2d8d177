"""A blind probe of authors and publication dates on pages beyond the news story (issue 12:
unseen publishers, pages and languages), in languages the earlier kits use little: blog
themes (WordPress, Ghost, Medium, Substack, Blogger), a forum's first post, Q&A pages, docs
pages with a "last updated" line, recipes, reviews, a preprint page, press releases, a
newsletter's web copy and government notices, with the credits and dates written as those
platforms write them (an avatar and a name card, "Posted by X on DATE", "X · 5 min read ·
DATE", a relative time over a machine ``datetime``, a Solar Hijri, Ethiopian or Bikram
Sambat date with the Gregorian one beside it, a reviewer beside the writer, a translator, a
photographer, two writers joined by the language's "and"): 55 pages in 54 languages (40 in a
first group, 15 in a second) and 17 scripts. The wanted values were written before either
tool ran: ``authors`` the main content's writers (no reviewer, translator, photographer,
replier or sidebar name; ``()`` where the page credits no person), ``published`` its first
publication (a day alone judged on its day; a time as written with its zone).
``python -m tests.metadata.test_blind_nonnews_probes_68`` prints newsextract's, trafilatura's
and htmldate's hits. Every site, name and text here is invented."""

from __future__ import annotations

from datetime import timedelta, timezone
from typing import Any

from tests.metadata.language_probes.kit import fetched_field_test, report_hits
from tests.metadata.test_blind_date_probes_6 import FETCHED, at, day, ld
from tests.metadata.test_blind_date_probes_7 import page, recent

# One sentence of prose per language, written for these pages.
SAY = {
    "et": "Aiapidajad istutasid kevadel uued õunapuud ja kastsid neid iga õhtu vihmaveega.",
    "lv": "Dārznieki pavasarī iestādīja jaunas ābeles un katru vakaru "
    "tās laistīja ar lietus ūdeni.",
    "lt": "Sodininkai pavasarį pasodino naujas obelis ir kiekvieną "
    "vakarą laistė jas lietaus vandeniu.",
    "sl": "Vrtnarji so spomladi posadili nove jablane in jih vsak večer zalivali z deževnico.",
    "is": "Garðyrkjufólkið gróðursetti ný eplatré í vor og vökvaði þau á hverju kvöldi.",
    "af": "Die tuiniers het in die lente nuwe appelbome geplant en hulle elke aand natgelei.",
    "ca": "Els hortolans van plantar pomeres noves a la primavera i les regaven cada vespre.",
    "eu": "Baratzezainek sagarrondo berriak landatu zituzten udaberrian eta arratsero ureztatu.",
    "gl": "Os horteláns plantaron maceiras novas na primavera e regábanas cada serán con auga.",
    "mk": "Градинарите засадија нови јаболкници во пролетта и ги полеваа секоја вечер.",
    "be": "Садоўнікі вясной пасадзілі новыя яблыні і кожны вечар палівалі іх дажджавой вадой.",
    "kk": "Бағбандар көктемде жаңа алма ағаштарын отырғызып, әр кеш сайын суарып жүрді.",
    "az": "Bağbanlar yazda yeni alma ağacları əkdilər və hər axşam "
    "onları yağış suyu ilə suvardılar.",
    "uz": "Bog'bonlar bahorda yangi olma daraxtlarini ekishdi va har oqshom ularni sug'orishdi.",
    "kn": "ತೋಟಗಾರರು ವಸಂತದಲ್ಲಿ ಹೊಸ ಸೇಬಿನ ಮರಗಳನ್ನು ನೆಟ್ಟು ಪ್ರತಿದಿನ ಸಂಜೆ ನೀರು ಹಾಕಿದರು.",
    "mr": "बागकाम करणाऱ्यांनी वसंतात नवीन सफरचंदाची झाडे लावली आणि रोज संध्याकाळी पाणी दिले.",
    "te": "తోటమాలులు వసంతంలో కొత్త ఆపిల్ చెట్లను నాటి ప్రతి సాయంత్రం నీళ్లు పోశారు.",
    "ml": "തോട്ടക്കാർ വസന്തത്തിൽ പുതിയ ആപ്പിൾ മരങ്ങൾ നട്ടു, എല്ലാ വൈകുന്നേരവും നനച്ചു.",
    "si": "වත්තේ අය වසන්තයේ අලුත් ඇපල් ගස් සිටුවා සෑම සවසකම ඒවාට වතුර දැම්මා.",
    "km": "អ្នកថែសួនបានដាំដើមប៉ោមថ្មីនៅរដូវផ្ការីក ហើយស្រោចទឹកវារៀងរាល់ល្ងាច។",
    "lo": "ຊາວສວນໄດ້ປູກຕົ້ນໝາກແອັບເປິ້ນໃໝ່ໃນລະດູໃບໄມ້ປົ່ງ ແລະ ຫົດນ້ຳທຸກແລງ.",
    "am": "አትክልተኞቹ በጸደይ አዳዲስ የፖም ዛፎችን ተክለው በየምሽቱ ውሃ አጠጡ።",
    "so": "Beeralayda ayaa guga beeray geedo tufaax ah oo cusub, fiid kastana way waraabiyeen.",
    "zu": "Abalimi batshala izihlahla ezintsha zama-apula entwasahlobo "
    "futhi bazinisela njalo kusihlwa.",
    "ha": "Manoman lambu sun shuka sababbin itatuwan tuffa a bazara "
    "kuma suna shayar da su kowace yamma.",
    "yo": "Àwọn àgbẹ̀ gbin igi ápù tuntun ní ìgbà ìrúwé, wọ́n sì ń bomi rin wọ́n ní gbogbo ìrọ̀lẹ́.",
    "tl": "Nagtanim ang mga hardinero ng mga bagong puno ng mansanas "
    "ngayong tagsibol at dinidiligan gabi-gabi.",
    "ms": "Tukang kebun menanam pokok epal baharu pada musim bunga dan menyiramnya setiap petang.",
    "hy": "Այգեպանները գարնանը տնկեցին նոր խնձորենիներ և ամեն երեկո ջրեցին դրանք։",
    "fa": "باغبان‌ها در بهار درختان سیب تازه کاشتند و هر شب با آب باران آن‌ها را آبیاری کردند.",
    "ne": "मालीहरूले वसन्तमा नयाँ स्याउका बोट रोपे र हरेक साँझ पानी हाले।",
    "cy": "Plannodd y garddwyr goed afalau newydd yn y gwanwyn a'u dyfrio bob nos â dŵr glaw.",
    "ga": "Chuir na garraíodóirí crainn úll nua san earrach agus d'uisce siad gach tráthnóna iad.",
    "mt": "Il-ġardinara ħawlu siġar tat-tuffieħ ġodda fir-rebbiegħa u saqewhom kull filgħaxija.",
    "sq": "Kopshtarët mbollën pemë të reja molle në pranverë dhe i ujitën çdo mbrëmje.",
    "bs": "Vrtlari su u proljeće posadili nove jabuke i zalijevali ih svake večeri kišnicom.",
    "lb": "D'Gäertner hunn am Fréijoer nei Äppelbeem geplanzt an se all Owend gegoss.",
    "sw": "Wakulima wa bustani walipanda miti mipya ya matofaa wakati "
    "wa masika na kuimwagilia kila jioni.",
    "en": "The gardeners planted new apple trees in spring and watered them every evening with "
    "rain from the butts.",
}


def prose(lang: str) -> str:
    """The page's text: the language's sentence, in three paragraphs."""
    s = SAY[lang]
    return f"<p>{s} {s}</p><p>{s} {s}</p><p>{s}</p>"


def wp(h1: str, lang: str, meta: str, *, end: str = "", after: str = "") -> str:
    """A WordPress theme's post: header with its meta line, content, entry footer."""
    return (
        f'<article class="post type-post hentry"><header class="entry-header"><h1 '
        f'class="entry-title">{h1}</h1><div class="entry-meta">{meta}</div></header>'
        f'<div class="entry-content">{prose(lang)}</div><footer class="entry-footer">{end}'
        f"</footer></article>{after}"
    )


def card(name: str, line: str, href: str = "/author/a/") -> str:
    """An avatar and name card: the picture, the name linking to the author page, a line
    (date, reading time) under it."""
    return (
        f'<div class="author-card"><img class="avatar" src="/img/a.jpg" alt="{name}">'
        f'<div class="author-card__text"><a class="author-card__name" href="{href}">{name}</a>'
        f'<div class="author-card__meta">{line}</div></div></div>'
    )


def replies(items: list[tuple[str, str, str]]) -> str:
    """Later posts or answers, each ``(name, date line, text)``."""
    return "".join(
        f'<div class="post reply"><div class="post-author"><a class="username" href="/u/{n}">'
        f'{n}</a> <span class="post-date">{d}</span></div><div class="post-body"><p>{t}</p>'
        "</div></div>"
        for n, d, t in items
    )


def probe(name: str, url: str, html: str, authors: Any, published: Any) -> tuple[Any, ...]:
    """A probe's record: name, url, html, fetch time, wanted authors and published."""
    return (name, url, html, FETCHED, authors, published)


AZT, UZT = timezone(timedelta(hours=4)), timezone(timedelta(hours=5))

PROBES: list[tuple[Any, ...]] = [
    # --- blog themes -------------------------------------------------------------------
    probe(
        "et_wp_postitas_kuupaev",
        "https://aiapaevik.example.ee/ounapuud-kevadel/",
        page(
            "et",
            "Õunapuud kevadel | Aiapäevik",
            wp(
                "Õunapuud kevadel",
                "et",
                'Postitas <a href="/author/kadri/">Kadri Tamm</a> 5. märts 2024',
            ),
            side=recent([("Kartulid", "12. märts 2024")], "Viimased postitused"),
        ),
        ("Kadri Tamm",),
        day(2024, 3, 5),
    ),
    probe(
        "lv_ghost_avatar_card",
        "https://darzaburtnica.example.lv/abeles-pavasari/",
        page(
            "lv",
            "Ābeles pavasarī | Dārza burtnīca",
            '<article class="gh-article post"><h1 class="gh-article-title">Ābeles pavasarī</h1>'
            + card(
                "Jānis Bērziņš",
                '<time datetime="2024-03-05">2024. gada 5. martā</time> · 4 min lasīšana',
            )
            + f'<section class="gh-content">{prose("lv")}</section></article>',
        ),
        ("Jānis Bērziņš",),
        day(2024, 3, 5),
    ),
    probe(
        "lt_reading_platform_min_read",
        "https://skaitykla.example.lt/@ruta.k/obelys-pavasari-8c1f2a",
        page(
            "lt",
            "Obelys pavasarį | Skaitykla",
            '<article><h1 class="pw-post-title">Obelys pavasarį</h1><div class="pw-meta">'
            '<a href="/@ruta.k">Rūta Kazlauskienė</a> · Sekti<br>5 min skaitymo · '
            "2024 m. kovo 5 d.</div>" + prose("lt") + "</article>",
        ),
        ("Rūta Kazlauskienė",),
        day(2024, 3, 5),
    ),
    probe(
        "sl_newsletter_two_writers_in",
        "https://vrtnapisma.example.si/p/jablane",
        page(
            "sl",
            "Jablane - Vrtna pisma",
            '<article class="post"><h1 class="post-title">Jablane spomladi</h1>'
            '<div class="post-header"><div class="byline-names"><a href="/@maja">Maja Novak</a>'
            ' in <a href="/@luka">Luka Kovač</a></div><div class="post-date" '
            'title="5. mar. 2024, 07:02">5. mar. 2024</div></div>'
            f'<div class="body markup">{prose("sl")}</div></article>',
        ),
        ("Maja Novak", "Luka Kovač"),
        day(2024, 3, 5),
    ),
    probe(
        "is_blogger_birt_af",
        "https://gardurinnminn.example.is/eplatre.html",
        page(
            "is",
            "Eplatré | Garðurinn minn",
            '<div class="date-outer"><h2 class="date-header"><span>þriðjudagur, 5. mars 2024'
            '</span></h2><div class="post hentry"><h3 class="post-title entry-title">Eplatré</h3>'
            f'<div class="post-body entry-content">{prose("is")}</div><div class="post-footer">'
            '<span class="post-author vcard">Birt af <span class="fn">Guðrún Jónsdóttir</span>'
            '</span> kl. <abbr class="published">14:20</abbr></div></div></div>',
        ),
        ("Guðrún Jónsdóttir",),
        day(2024, 3, 5),
    ),
    probe(
        "mt_wp_ippubblikat_minn",
        "https://ilgnien.example.com.mt/sigar-tat-tuffieh/",
        page(
            "mt",
            "Siġar tat-tuffieħ | Il-Ġnien",
            wp(
                "Siġar tat-tuffieħ ġodda",
                "mt",
                '<span class="posted-on">Ippubblikat fil-5 ta\' Marzu 2024</span> '
                '<span class="byline">minn <a href="/author/marija/">Marija Borg</a></span>',
            ),
        ),
        ("Marija Borg",),
        day(2024, 3, 5),
    ),
    probe(
        "km_blog_dai_khmer_digits",
        "https://suonkhmer.example.com.kh/apple-trees/",
        page(
            "km",
            "ដើមប៉ោម | សួនខ្មែរ",
            wp(
                "ដើមប៉ោមថ្មី",
                "km",
                'ដោយ <a href="/author/chantha/">សុខ ចាន់ថា</a> · ថ្ងៃទី ៥ ខែ មីនា ឆ្នាំ ២០២៤',
            ),
        ),
        ("សុខ ចាន់ថា",),
        day(2024, 3, 5),
    ),
    probe(
        "az_relative_over_machine_time",
        "https://bagcilig.example.az/alma-agaclari/",
        page(
            "az",
            "Alma ağacları | Bağçılıq bloqu",
            wp(
                "Alma ağacları",
                "az",
                'Müəllif: <a href="/author/elvin/">Elvin Məmmədov</a> · <time class="entry-date" '
                'datetime="2024-03-12T09:30:00+04:00">2 gün əvvəl</time>',
            ),
        ),
        ("Elvin Məmmədov",),
        at(2024, 3, 12, 9, 30, tz=AZT),
    ),
    probe(
        "uz_card_two_authors_va",
        "https://bogdorchilik.example.uz/olma-daraxtlari/",
        page(
            "uz",
            "Olma daraxtlari | Bog'dorchilik",
            '<article class="post"><h1>Olma daraxtlari</h1><div class="post-authors">'
            '<img class="avatar" src="/a1.jpg" alt=""><img class="avatar" src="/a2.jpg" alt="">'
            '<span class="authors">Mualliflar: <a href="/a/dilnoza">Dilnoza Karimova</a> va '
            '<a href="/a/sardor">Sardor Rahimov</a></span> · <time datetime="2024-03-11T08:00:00'
            '+05:00">3 kun oldin</time></div>' + prose("uz") + "</article>",
        ),
        ("Dilnoza Karimova", "Sardor Rahimov"),
        at(2024, 3, 11, 8, 0, tz=UZT),
    ),
    probe(
        "kn_wp_prakatisidavaru",
        "https://thotada-diary.example.in/apple-mara/",
        page(
            "kn",
            "ಸೇಬಿನ ಮರಗಳು | ತೋಟದ ಡೈರಿ",
            wp(
                "ಹೊಸ ಸೇಬಿನ ಮರಗಳು",
                "kn",
                'ಪ್ರಕಟಿಸಿದವರು: <a href="/author/ramesh/">ರಮೇಶ್ ಗೌಡ</a> | ಮಾರ್ಚ್ 5, 2024',
            ),
        ),
        ("ರಮೇಶ್ ಗೌಡ",),
        day(2024, 3, 5),
    ),
    probe(
        "te_two_writers_mariyu",
        "https://thotapani.example.in/apple-chetlu/",
        page(
            "te",
            "ఆపిల్ చెట్లు | తోటపని",
            wp(
                "కొత్త ఆపిల్ చెట్లు",
                "te",
                '<span class="byline">రచన: <a href="/author/srinivas/">శ్రీనివాస్ రెడ్డి</a> మరియు '
                '<a href="/author/lakshmi/">లక్ష్మి ప్రసాద్</a></span> · '
                '<span class="posted-on">మార్చి 5, 2024</span>',
            ),
        ),
        ("శ్రీనివాస్ రెడ్డి", "లక్ష్మి ప్రసాద్"),
        day(2024, 3, 5),
    ),
    probe(
        "be_translator_beside_writer",
        "https://sadovy-blog.example.by/yabluni/",
        page(
            "be",
            "Яблыні вясной | Садовы блог",
            wp(
                "Яблыні вясной",
                "be",
                'Аўтар: <a href="/author/ales/">Алесь Карповіч</a>. Пераклад: Ганна Лукашэвіч. '
                "5 сакавіка 2024",
            ),
        ),
        ("Алесь Карповіч",),
        day(2024, 3, 5),
    ),
    probe(
        "fa_solar_hijri_beside_gregorian",
        "https://baghcheh.example.ir/sib/",
        page(
            "fa",
            "درختان سیب | باغچه",
            wp(
                "درختان سیب تازه",
                "fa",
                'نویسنده: <a href="/author/maryam/">مریم احمدی</a> | ۱۵ اسفند ۱۴۰۲ (5 March 2024)',
            ),
        ),
        ("مریم احمدی",),
        day(2024, 3, 5),
    ),
    probe(
        "am_ethiopian_beside_gregorian",
        "https://yeatakilt.example.et/apple/",
        page(
            "am",
            "የፖም ዛፎች | የአትክልት ብሎግ",
            wp(
                "አዳዲስ የፖም ዛፎች",
                "am",
                'ጸሐፊ፡ <a href="/author/abebe/">አበበ ከበደ</a> · የካቲት 26 ቀን 2016 ዓ.ም (March 5, 2024)',
            ),
        ),
        ("አበበ ከበደ",),
        day(2024, 3, 5),
    ),
    probe(
        "ne_bikram_sambat_two_writers_ra",
        "https://bagaincha.example.com.np/syau/",
        page(
            "ne",
            "स्याउका बोट | बगैँचा",
            wp(
                "नयाँ स्याउका बोट",
                "ne",
                "लेखक: सीता थापा र राम श्रेष्ठ · २०८० फागुन २२ (March 5, 2024)",
            ),
        ),
        ("सीता थापा", "राम श्रेष्ठ"),
        day(2024, 3, 5),
    ),
    probe(
        "so_wp_waxaa_qoray",
        "https://beerta.example.so/geedo-tufaax/",
        page(
            "so",
            "Geedo tufaax | Beerta",
            wp(
                "Geedo tufaax cusub",
                "so",
                'Waxaa qoray: <a href="/author/cabdi/">Cabdi Xasan Maxamed</a> · 5 Maarso 2024',
            ),
        ),
        ("Cabdi Xasan Maxamed",),
        day(2024, 3, 5),
    ),
    probe(
        "yo_blog_lati_owo_machine_day",
        "https://ogba.example.ng/igi-apu/",
        page(
            "yo",
            "Igi ápù | Ọgbà",
            wp(
                "Igi ápù tuntun",
                "yo",
                'Láti ọwọ́ <a href="/author/adebayo/">Adébáyọ̀ Ọlátúnjí</a> · '
                '<time datetime="2024-03-05">5 Oṣù Kẹta, 2024</time>',
            ),
        ),
        ("Adébáyọ̀ Ọlátúnjí",),
        day(2024, 3, 5),
    ),
    probe(
        "tl_newsletter_nina_at",
        "https://liham-hardin.example.ph/p/mansanas",
        page(
            "tl",
            "Mansanas - Liham ng Hardin",
            '<article class="post"><h1 class="post-title">Mga bagong puno ng mansanas</h1>'
            '<div class="post-header"><div class="byline-names">Nina <a href="/@maria">Maria '
            'Santos</a> at <a href="/@jose">Jose Reyes</a></div><div class="post-date">'
            "Mar 5, 2024</div></div>"
            f'<div class="body markup">{prose("tl")}</div></article>',
        ),
        ("Maria Santos", "Jose Reyes"),
        day(2024, 3, 5),
    ),
    probe(
        "cy_photographer_beside_writer",
        "https://garddfach.example.cymru/coed-afalau/",
        page(
            "cy",
            "Coed afalau | Yr Ardd Fach",
            wp(
                "Coed afalau newydd",
                "cy",
                'Gan <a href="/author/sian/">Siân Prys</a> · Lluniau: Dafydd Huws · 5 Mawrth 2024',
            ),
        ),
        ("Siân Prys",),
        day(2024, 3, 5),
    ),
    probe(
        "lb_vum_newsletter_copy",
        "https://gaardebréif.example.lu/newsletter/maerz-2024",
        page(
            "lb",
            "Äppelbeem | Gaardebréif",
            '<div class="newsletter-web"><p class="issue">Newsletter Nr. 42</p><h1>Nei '
            'Äppelbeem am Gaart</h1><p class="from">Vum Claude Weber, 5. Mäerz 2024</p>'
            + prose("lb")
            + '<p class="unsubscribe">Ofmellen</p></div>',
        ),
        ("Claude Weber",),
        day(2024, 3, 5),
    ),
    # --- forums and Q&A ------------------------------------------------------------------
    probe(
        "eu_forum_first_post_egilea",
        "https://foroa.example.eus/gaia/sagarrondoak-1204",
        page(
            "eu",
            "Sagarrondoak | Baratze foroa",
            '<div class="topic"><h1 class="topic-title">Sagarrondoak udaberrian</h1>'
            '<div class="post first"><div class="post-author">Egilea: <a class="username" '
            'href="/u/mikel_z">mikel_z</a> » 2024(e)ko martxoaren 5a, 10:12</div>'
            f'<div class="post-body">{prose("eu")}</div></div>'
            + replies(
                [
                    ("ane_b", "2024(e)ko martxoaren 6a, 08:40", "Ados, guk ere hala egin dugu."),
                    ("joseba", "2024(e)ko martxoaren 9a, 19:05", "Eskerrik asko!"),
                ]
            )
            + "</div>",
        ),
        ("mikel_z",),
        day(2024, 3, 5),
    ),
    probe(
        "sq_forum_postuar_nga",
        "https://forumi-kopshtit.example.al/tema/mollet-455",
        page(
            "sq",
            "Mollët në pranverë | Forumi i kopshtit",
            '<div class="topic"><h1 class="topic-title">Mollët në pranverë</h1>'
            '<div class="post first"><p class="author">Postuar nga <a class="username" '
            'href="/u/arbeni88">arbeni88</a> » 05 Mar 2024, 10:12</p>'
            f'<div class="content">{prose("sq")}</div></div>'
            + replies([("drita_k", "07 Mar 2024, 09:00", "Faleminderit, shumë e dobishme.")])
            + "</div>",
        ),
        ("arbeni88",),
        day(2024, 3, 5),
    ),
    probe(
        "kk_qa_asked_answered",
        "https://suraq-zhauap.example.kz/q/alma-agashtary-1188",
        page(
            "kk",
            "Алма ағаштарын қалай суару керек? | Сұрақ-жауап",
            '<div class="question"><h1>Алма ағаштарын қалай суару керек?</h1><div '
            'class="question-meta">Сұрады: <a href="/u/aigul">Айгүл Сейітова</a> · <time '
            'datetime="2024-03-05T10:00:00+05:00">5 наурыз 2024</time></div>'
            f'<div class="question-body">{prose("kk")}</div></div><h2>2 жауап</h2>'
            '<div class="answer"><div class="answer-meta">Жауап берді: <a href="/u/nurlan">'
            'Нұрлан Әбенов</a> · <time datetime="2024-03-06T09:00:00+05:00">6 наурыз 2024'
            "</time></div><p>Кешке суарған дұрыс.</p></div>",
        ),
        ("Айгүл Сейітова",),
        day(2024, 3, 5),
    ),
    probe(
        "sw_qa_imeulizwa_na",
        "https://maswali.example.co.tz/swali/miti-ya-matofaa",
        page(
            "sw",
            "Jinsi ya kumwagilia miti ya matofaa | Maswali",
            '<div class="question"><h1>Jinsi ya kumwagilia miti ya matofaa?</h1><div '
            'class="question-meta">Imeulizwa na <a href="/u/juma">Juma Hamisi</a> · Machi 5, '
            f'2024</div><div class="question-body">{prose("sw")}</div></div>'
            '<div class="answer"><div class="answer-meta">Imejibiwa na <a href="/u/neema">Neema '
            "Mushi</a> · Machi 7, 2024</div><p>Mwagilia jioni.</p></div>",
        ),
        ("Juma Hamisi",),
        day(2024, 3, 5),
    ),
    # --- docs, recipes, reviews, a preprint ----------------------------------------------
    probe(
        "ms_docs_published_and_updated",
        "https://dokumen.example.my/panduan/pemasangan",
        page(
            "ms",
            "Panduan pemasangan | Dokumentasi Kebun",
            '<div class="docs-page"><h1>Panduan pemasangan</h1><p class="doc-dates">'
            "Diterbitkan: 2 Januari 2023 · Dikemas kini terakhir: 5 Mac 2024</p>"
            + prose("ms")
            + "</div>",
        ),
        (),
        day(2023, 1, 2),
    ),
    probe(
        "af_recipe_resep_deur_fotos",
        "https://kombuisstories.example.co.za/resepte/appeltert",
        page(
            "af",
            "Appeltert | Kombuisstories",
            '<div class="recipe"><h1 class="recipe-title">Ouma se appeltert</h1><div '
            'class="recipe-meta"><span class="recipe-author">Resep deur Annelie Botha</span> · '
            "<span>Foto's deur Pieter Nel</span> · <span>5 Maart 2024</span></div>"
            + prose("af")
            + "</div>",
        ),
        ("Annelie Botha",),
        day(2024, 3, 5),
    ),
    probe(
        "mr_recipe_lekhika_chayachitra",
        "https://swayampak.example.in/recipes/apple-halwa",
        page(
            "mr",
            "सफरचंद हलवा | स्वयंपाकघर",
            '<div class="recipe"><h1 class="recipe-title">सफरचंद हलवा</h1><div class="recipe-'
            'meta">लेखिका: सुनीता पाटील · छायाचित्र: अमोल जोशी · ५ मार्च २०२४</div>'
            + prose("mr")
            + "</div>",
        ),
        ("सुनीता पाटील",),
        day(2024, 3, 5),
    ),
    probe(
        "bs_recipe_autori_i",
        "https://domacakuhinja.example.ba/recepti/pita-od-jabuka",
        page(
            "bs",
            "Pita od jabuka | Domaća kuhinja",
            '<div class="recipe"><h1 class="recipe-title">Pita od jabuka</h1><div '
            'class="recipe-meta">Autori: Amra Hodžić i Emir Begić · 05.03.2024.</div>'
            + prose("bs")
            + "</div>"
            + replies([("Selma", "07.03.2024.", "Odlična pita!")]),
        ),
        ("Amra Hodžić", "Emir Begić"),
        day(2024, 3, 5),
    ),
    probe(
        "ca_review_revisat_per",
        "https://provatestat.example.cat/analisi/tisores-de-podar",
        page(
            "ca",
            "Anàlisi: tisores de podar | Provat i testat",
            '<article class="review"><h1>Anàlisi de les tisores de podar Tallafi 3</h1><div '
            'class="review-meta">Per <a href="/autor/marta">Marta Puig</a> · Revisat per Jordi '
            "Serra · 5 de març de 2024</div>"
            + prose("ca")
            + "</article>"
            + replies([("Pere", "8 de març de 2024", "Les tinc i van molt bé.")]),
        ),
        ("Marta Puig",),
        day(2024, 3, 5),
    ),
    probe(
        "ml_health_reviewed_by",
        "https://arogyam.example.in/apple-benefits/",
        page(
            "ml",
            "ആപ്പിളിന്റെ ഗുണങ്ങൾ | ആരോഗ്യം",
            wp(
                "ആപ്പിളിന്റെ ഗുണങ്ങൾ",
                "ml",
                "എഴുതിയത്: അനില മേനോൻ | അവലോകനം ചെയ്തത്: ഡോ. രാജീവ് നായർ | 2024 മാർച്ച് 5",
            ),
        ),
        ("അനില മേനോൻ",),
        day(2024, 3, 5),
    ),
    probe(
        "hy_product_review_hexinak",
        "https://gnahatakan.example.am/review/etevak",
        page(
            "hy",
            "Էտոցի ակնարկ | Գնահատական",
            '<article class="review"><h1>Էտոցի ակնարկ</h1><div class="review-meta">Հեղինակ՝ '
            '<a href="/a/aram">Արամ Պետրոսյան</a> · 5 մարտի, 2024</div>'
            + prose("hy")
            + "</article>"
            + replies([("Անի", "9 մարտի, 2024", "Շատ լավ է։")]),
        ),
        ("Արամ Պետրոսյան",),
        day(2024, 3, 5),
    ),
    probe(
        "en_preprint_submitted_revised",
        "https://preprints.example.org/abs/2403.01234",
        page(
            "en",
            "[2403.01234] Watering schedules for young apple trees | Preprints",
            '<div id="abs"><h1 class="title">Title: Watering schedules for young apple trees</h1>'
            '<div class="authors">Authors: <a href="/a/kowalczyk">Lena Kowalczyk</a>, <a '
            'href="/a/iyer">Rahul Iyer</a>, <a href="/a/tanaka">Mei Tanaka</a></div>'
            '<div class="dateline">[Submitted on 5 Mar 2024 (v1), last revised 12 Mar 2024 (this '
            'version, v2)]</div><blockquote class="abstract">' + prose("en") + "</blockquote>"
            '<div class="submission-history">From: Lena Kowalczyk<br>[v1] Tue, 5 Mar 2024 '
            "10:00:00 UTC<br>[v2] Tue, 12 Mar 2024 09:00:00 UTC</div></div>",
        ),
        ("Lena Kowalczyk", "Rahul Iyer", "Mei Tanaka"),
        day(2024, 3, 5),
    ),
    # --- press releases, notices -----------------------------------------------------------
    probe(
        "gl_nota_de_prensa_dateline",
        "https://www.augasdoval.example.gal/prensa/novo-deposito",
        page(
            "gl",
            "Novo depósito | Augas do Val",
            '<article class="press-release"><p class="type">Nota de prensa</p><h1>Augas do Val '
            "inaugura un novo depósito</h1><p>Santiago de Compostela, 5 de marzo de 2024. – "
            "Augas do Val inaugurou hoxe un novo depósito.</p>" + prose("gl") + "</article>",
        ),
        (),
        day(2024, 3, 5),
    ),
    probe(
        "zu_press_kubhalwe_ngu",
        "https://umasipala.example.gov.za/izindaba/amanzi",
        page(
            "zu",
            "Amanzi amasha | UMasipala",
            '<article class="press-release"><h1>Amanzi amasha edolobheni</h1><p class="meta">'
            "Kubhalwe ngu: Thandeka Dlamini · 5 Mashi 2024</p>" + prose("zu") + "</article>",
        ),
        ("Thandeka Dlamini",),
        day(2024, 3, 5),
    ),
    probe(
        "mk_gov_notice_objaveno_na",
        "https://opstina.example.gov.mk/izvestuvanja/javna-rasprava",
        page(
            "mk",
            "Јавна расправа | Општина",
            '<div class="notice"><h1>Известување за јавна расправа</h1><p class="notice-date">'
            "Објавено на: 05.03.2024</p>" + prose("mk") + '<p class="deadline">Рок за '
            "коментари: 20.03.2024</p></div>",
        ),
        (),
        day(2024, 3, 5),
    ),
    probe(
        "si_gov_notice_iso_day",
        "https://pradeshiya-saba.example.gov.lk/danveem/jalaya",
        page(
            "si",
            "ජල සැපයුම | ප්‍රාදේශීය සභාව",
            '<div class="notice"><h1>ජල සැපයුම පිළිබඳ දැනුම්දීම</h1><p>ප්‍රකාශයට පත් කළ දිනය: '
            "2024-03-05</p>" + prose("si") + "</div>",
        ),
        (),
        day(2024, 3, 5),
    ),
    probe(
        "ga_gov_notice_foilsithe_nuashonru",
        "https://comhairle.example.ie/fograi/uisce",
        page(
            "ga",
            "Fógra faoin uisce | An Chomhairle",
            '<div class="notice"><h1>Fógra faoin soláthar uisce</h1><p class="dates">Foilsithe: '
            "5 Márta 2024 · Arna nuashonrú: 12 Márta 2024</p>" + prose("ga") + "</div>",
        ),
        (),
        day(2024, 3, 5),
    ),
    probe(
        "lo_press_doi",
        "https://ministry-garden.example.gov.la/khao/apple",
        page(
            "lo",
            "ຂ່າວ | ກະຊວງກະສິກຳ",
            '<article class="news-release"><h1>ຕົ້ນໝາກແອັບເປິ້ນໃໝ່</h1><p class="meta">ໂດຍ: '
            "ສົມພອນ ແກ້ວມະນີ · 05/03/2024</p>" + prose("lo") + "</article>",
        ),
        ("ສົມພອນ ແກ້ວມະນີ",),
        day(2024, 3, 5),
    ),
    probe(
        "ha_newsletter_daga_da",
        "https://wasikar-lambu.example.ng/wasika/maris",
        page(
            "ha",
            "Itatuwan tuffa | Wasiƙar Lambu",
            '<div class="newsletter-web"><h1>Sababbin itatuwan tuffa</h1><p class="from">Daga '
            "Aminu Bello da Fatima Musa · 5 ga Maris, 2024</p>" + prose("ha") + "</div>",
        ),
        ("Aminu Bello", "Fatima Musa"),
        day(2024, 3, 5),
    ),
    probe(
        "lv_jsonld_modified_visible_published",
        "https://darzaburtnica.example.lv/bumbieres/",
        page(
            "lv",
            "Bumbieres | Dārza burtnīca",
            wp(
                "Bumbieres",
                "lv",
                'Publicēts <time datetime="2024-03-05T09:00:00+02:00">2024. gada 5. martā</time> · '
                'Atjaunināts <time datetime="2024-03-12T11:00:00+02:00">2024. gada 12. martā'
                "</time>",
            ),
            head=ld(
                **{"@type": "BlogPosting"},
                headline="Bumbieres",
                dateModified="2024-03-12T11:00:00+02:00",
            ),
        ),
        (),
        at(2024, 3, 5, 9, 0, tz=timezone(timedelta(hours=2))),
    ),
]

SAY.update(
    {
        "ka": "მებაღეებმა გაზაფხულზე ახალი ვაშლის ხეები დარგეს და ყოველ საღამოს რწყავდნენ.",
        "mn": "Цэцэрлэгчид хавар шинэ алимны мод тарьж, орой бүр усалжээ.",
        "my": "ဥယျာဉ်မှူးများသည် နွေဦးတွင် ပန်းသီးပင်အသစ်များ စိုက်ပျိုးပြီး ညနေတိုင်း ရေလောင်းခဲ့ကြသည်။",
        "gu": "માળીઓએ વસંતમાં સફરજનનાં નવાં વૃક્ષો વાવ્યાં અને દરરોજ સાંજે પાણી પાયું.",
        "pa": "ਮਾਲੀਆਂ ਨੇ ਬਸੰਤ ਵਿੱਚ ਸੇਬ ਦੇ ਨਵੇਂ ਰੁੱਖ ਲਾਏ ਅਤੇ ਹਰ ਸ਼ਾਮ ਪਾਣੀ ਦਿੱਤਾ।",
        "fo": "Urtagarðsfólkið plantaði nýggj súrepla træ í vár og vatnaði tey hvønn dag.",
        "ky": "Багбандар жазында жаңы алма бактарын отургузуп, ар кечинде сугарышты.",
        "tg": "Боғбонҳо баҳор дарахтони нави себ шинонданд ва ҳар бегоҳ об доданд.",
        "ig": "Ndị na-elekọta ubi kụrụ osisi apụl ọhụrụ n'oge opupu ihe ubi ma na-agba ha mmiri "
        "kwa mgbede.",
        "xh": "Abalimi batyala imithi emitsha yama-apile entwasahlobo bayinkcenkceshela "
        "rhoqo ngokuhlwa.",
        "jv": "Para tukang kebon nandur wit apel anyar ing mangsa semi lan nyiram saben sore.",
        "gd": "Chuir na gàirnealairean craobhan ubhal ùra as t-earrach agus dh'uisgich iad "
        "iad gach feasgar.",
        "dv": "ބަގީޗާގެ މީހުން އާ އާފަލު ގަސްތައް އިންދައި ކޮންމެ ހަވީރަކު ފެން ދިނެވެ.",
        "tk": "Bagbanlar ýazda täze alma agaçlaryny ekdiler we her agşam suwardylar.",
        "eo": "La ĝardenistoj plantis novajn pomarbojn printempe kaj akvumis ilin ĉiuvespere.",
    }
)

GET = timezone(timedelta(hours=4))

# A second group, written after the first group's fixes and run blind on that tree (9193a1fd):
# newsextract 25/30 (authors 14/15, published 11/15), trafilatura 9/30 (authors 2/15,
# published 7/15 on the day alone), htmldate published 7/15. After the fixes (Xhosa
# "ibhalwe ngu" and its months, which dateparser lacks; Turkmen's ordinal "5-nji mart";
# Scottish Gaelic's article before a stand-alone month, "5 Am Màrt 2024"): 29/30.
PROBES_2: list[tuple[Any, ...]] = [
    probe(
        "ka_wp_relative_yesterday_machine",
        "https://baghis-blogi.example.ge/vashli/",
        page(
            "ka",
            "ვაშლის ხეები | ბაღის ბლოგი",
            wp(
                "ახალი ვაშლის ხეები",
                "ka",
                'ავტორი: <a href="/author/nino/">ნინო ბერიძე</a> · <time class="entry-date" '
                'datetime="2024-03-13T18:00:00+04:00">გუშინ</time>',
            ),
        ),
        ("ნინო ბერიძე",),
        at(2024, 3, 13, 18, 0, tz=GET),
    ),
    probe(
        "mn_docs_created_and_updated",
        "https://garchig.example.mn/docs/suulgalt",
        page(
            "mn",
            "Суулгах заавар | Баримт бичиг",
            '<div class="docs-page"><h1>Суулгах заавар</h1><p class="doc-dates">Үүсгэсэн: '
            "2024.01.15 · Сүүлд шинэчилсэн: 2024.03.05</p>" + prose("mn") + "</div>",
        ),
        (),
        day(2024, 1, 15),
    ),
    probe(
        "my_blog_burmese_digits_writer",
        "https://uyinmhattan.example.com.mm/apple-trees/",
        page(
            "my",
            "ပန်းသီးပင်များ | ဥယျာဉ်မှတ်တမ်း",
            wp(
                "ပန်းသီးပင်အသစ်များ",
                "my",
                'ရေးသားသူ - <a href="/author/maungmaung/">မောင်မောင်</a> · ၂၀၂၄ ခုနှစ် မတ်လ ၅ ရက်',
            ),
        ),
        ("မောင်မောင်",),
        day(2024, 3, 5),
    ),
    probe(
        "gu_recipe_two_writers_ane",
        "https://rasoighar.example.in/recipes/apple-sheero",
        page(
            "gu",
            "સફરજનનો શીરો | રસોઈઘર",
            '<div class="recipe"><h1 class="recipe-title">સફરજનનો શીરો</h1><div class="recipe-'
            'meta">લેખક: હેતલ શાહ અને નીરવ પટેલ · 5 માર્ચ, 2024</div>' + prose("gu") + "</div>",
        ),
        ("હેતલ શાહ", "નીરવ પટેલ"),
        day(2024, 3, 5),
    ),
    probe(
        "pa_gov_release_date_label",
        "https://khetibari.example.gov.in/press/apple-trees",
        page(
            "pa",
            "ਸੇਬ ਦੇ ਰੁੱਖ | ਖੇਤੀਬਾੜੀ ਵਿਭਾਗ",
            '<article class="press-release"><h1>ਸੇਬ ਦੇ ਨਵੇਂ ਰੁੱਖ</h1><p class="meta">ਜਾਰੀ ਕਰਨ ਦੀ '
            "ਮਿਤੀ: 05-03-2024</p>" + prose("pa") + "</article>",
        ),
        (),
        day(2024, 3, 5),
    ),
    probe(
        "fo_wp_skrivad_av",
        "https://urtagardurin.example.fo/supurar/",
        page(
            "fo",
            "Súrepla træ | Urtagarðurin",
            wp(
                "Nýggj súrepla træ",
                "fo",
                'Skrivað av <a href="/author/jogvan/">Jógvan Joensen</a> · 5. mars 2024',
            ),
        ),
        ("Jógvan Joensen",),
        day(2024, 3, 5),
    ),
    probe(
        "ky_forum_first_post_hyphen_day",
        "https://bakcha-forum.example.kg/tema/alma-77",
        page(
            "ky",
            "Алма бактары | Бакча форуму",
            '<div class="topic"><h1 class="topic-title">Алма бактары</h1><div class="post '
            'first"><p class="author">Автор: <a class="username" href="/u/bakyt_kg">bakyt_kg</a>'
            f' » 5-март, 2024, 10:12</p><div class="content">{prose("ky")}</div></div>'
            + replies([("aizada", "6-март, 2024, 08:30", "Рахмат, пайдалуу болду.")])
            + "</div>",
        ),
        ("bakyt_kg",),
        day(2024, 3, 5),
    ),
    probe(
        "tg_blog_muallif_izofat_month",
        "https://bogdori.example.tj/seb/",
        page(
            "tg",
            "Дарахтони себ | Боғдорӣ",
            wp(
                "Дарахтони нави себ",
                "tg",
                'Муаллиф: <a href="/author/farhod/">Фарҳод Раҳимов</a> · 5 марти 2024',
            ),
        ),
        ("Фарҳод Раҳимов",),
        day(2024, 3, 5),
    ),
    probe(
        "ig_blog_onye_dere_machine_day",
        "https://ubi-anyi.example.ng/osisi-apul/",
        page(
            "ig",
            "Osisi apụl | Ubi Anyị",
            wp(
                "Osisi apụl ọhụrụ",
                "ig",
                'Onye dere ya: <a href="/author/chinedu/">Chinedu Okafor</a> · '
                '<time datetime="2024-03-05">Maachị 5, 2024</time>',
            ),
        ),
        ("Chinedu Okafor",),
        day(2024, 3, 5),
    ),
    probe(
        "xh_press_ibhalwe_ngu",
        "https://umasipala-kapa.example.gov.za/iindaba/amanzi",
        page(
            "xh",
            "Imithi yama-apile | uMasipala",
            '<article class="press-release"><h1>Imithi emitsha yama-apile</h1><p class="meta">'
            "Ibhalwe ngu: Sipho Ndlovu · 5 Matshi 2024</p>" + prose("xh") + "</article>",
        ),
        ("Sipho Ndlovu",),
        day(2024, 3, 5),
    ),
    probe(
        "jv_blogger_date_header_dening",
        "https://kebonku.example.id/wit-apel.html",
        page(
            "jv",
            "Wit apel | Kebonku",
            '<div class="date-outer"><h2 class="date-header"><span>Selasa, 5 Maret 2024</span>'
            '</h2><div class="post hentry"><h3 class="post-title entry-title">Wit apel anyar'
            f'</h3><div class="post-body entry-content">{prose("jv")}</div><div '
            'class="post-footer"><span class="post-author vcard">Dipunserat dening <span '
            'class="fn">Slamet Riyadi</span></span></div></div></div>',
        ),
        ("Slamet Riyadi",),
        day(2024, 3, 5),
    ),
    probe(
        "gd_newsletter_le_writer",
        "https://litir-gharraidh.example.scot/litir/am-mart",
        page(
            "gd",
            "Craobhan ubhal | Litir a' Ghàrraidh",
            '<div class="newsletter-issue"><h1>Craobhan ubhal ùra</h1><p class="from">Le '
            "Catrìona NicLeòid, 5 Am Màrt 2024</p>" + prose("gd") + "</div>",
        ),
        ("Catrìona NicLeòid",),
        day(2024, 3, 5),
    ),
    probe(
        "dv_blog_thaana_writer",
        "https://bageechaa.example.mv/aafalu/",
        page(
            "dv",
            "އާފަލު ގަސް | ބަގީޗާ",
            wp(
                "އާ އާފަލު ގަސްތައް",
                "dv",
                'ލިޔުނީ: <a href="/author/shifaz/">އަޙްމަދު ޝިފާޒް</a> · 5 މާރިޗު 2024',
            ),
        ),
        ("އަޙްމަދު ޝިފާޒް",),
        day(2024, 3, 5),
    ),
    probe(
        "tk_translator_terjime_eden",
        "https://bagbanlyk.example.tm/alma/",
        page(
            "tk",
            "Alma agaçlary | Bagbançylyk",
            wp(
                "Täze alma agaçlary",
                "tk",
                'Awtory: <a href="/author/merdan/">Merdan Annaýew</a>. Terjime eden: Aýna '
                "Hojaýewa. 5-nji mart 2024",
            ),
        ),
        ("Merdan Annaýew",),
        day(2024, 3, 5),
    ),
    probe(
        "eo_reading_platform_de_min",
        "https://legejo.example.org/@maria/novaj-pomarboj-7d2e",
        page(
            "eo",
            "Novaj pomarboj | Legejo",
            '<article><h1 class="pw-post-title">Novaj pomarboj</h1><div class="pw-meta">de '
            '<a href="/@maria">Maria Verda</a> · 4 min legado · 5 mar. 2024</div>'
            + prose("eo")
            + "</article>",
        ),
        ("Maria Verda",),
        day(2024, 3, 5),
    ),
]

FIELDS = ("authors", "published")

# The blind run (before any fix, on main 975dd4c9): newsextract 72/80 (authors 34/40,
# published 38/40 on the day and the time), trafilatura 30/80 (authors 6/40, published 24/40
# on the day alone), htmldate published 24/40. After the fixes (Basque "2024(e)ko" dates as ICU
# prints them; Afrikaans "resep deur" in an author-classed element; a Q&A question's asker,
# Kazakh "сұрады" and Swahili "imeulizwa na"; a newsletter-named box holding the page's <h1>
# is the page's own; replies classed "reply" after the text pass as comments in the page search,
# where the review's readers' replies' "post-date" outscored its meta line's day): newsextract
# 79/80; one left open.
_OPEN: dict[tuple[str, str], str] = {
    ("lt_reading_platform_min_read", "authors"): "an unclassed link to a '/@handle' profile "
    "beside the date, with no label and no meta author, names no one: its 'Sekti' (follow) is "
    "text, no <button> (follow_buttons), and dated_member_links reads name-classed links only "
    "(an unclassed one is as often a mention)",
    ("dv_blog_thaana_writer", "published"): "Dhivehi's month names ('މާރިޗު', March): "
    "dateparser has no Dhivehi and its file lists none (newsrooms spell the later months "
    "several ways; a list wants a Dhivehi reader's check)",
}

test_blind_nonnews_probe_68 = fetched_field_test(PROBES + PROBES_2, FIELDS, _OPEN)


if __name__ == "__main__":  # pragma: no cover
    report_hits(PROBES, FIELDS, htmldate=True, fetched=True)
    report_hits(PROBES_2, FIELDS, htmldate=True, fetched=True)
