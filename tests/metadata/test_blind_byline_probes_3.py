"""A blind byline probe, third round (issue 12): pages written without reading the byline
code, not repeating the first two rounds' cases. News bylines in 33 languages, most of
them absent from the dev sets, and 12 scripts (Ethiopic, Tamil, Thai, Georgian, Armenian,
Hebrew, Arabic, Bengali, Telugu, Japanese's Han and kana, Cyrillic, Latin): honorifics and
titles ("Dr.", "Prof.", "د.", "ד"ר"), patronymics and particles ("bin", "binti", "ibn",
"van der", "da", "Ó", "Mac", "-dóttir", "қызы"), several writers joined by the language's
own "and", a writer beside photographer's and translator's credits, a "Name, Town" line,
desk credits naming no person ("Staff writer", "Our correspondent", "Mwandishi wetu"), a
blog's author card beside its comments' authors, forum threads, and JSON-LD authors given
as URLs or as an organisation.
``python -m tests.metadata.test_blind_byline_probes_3`` prints newsextract's and
trafilatura's figures. Every site, name and text here is invented.

Decisions (a writer is who wrote the page's text):
- an honorific or a title ("Dr.", "Prof.", "د.", "ד"ר", "Mwandishi") is no part of the name;
  a patronymic or a particle is ("Ahmad Faris bin Zulkifli", "Siobhán Ó Catháin");
- a photographer, a translator, an illustrator is not a writer; a town after a comma is no
  part of the name;
- a desk credit ("Staff writer", "Our correspondent", "Mwandishi wetu", "مراسلنا") names no
  person: no author; an organisation as JSON-LD's author is no person either;
- a blog post's author is its author card's, not its commenters'; a forum thread's is its
  first post's writer's;
- JSON-LD's author given as a profile URL is no name: the visible byline's name is.
"""

from __future__ import annotations

from typing import Any

import pytest
from tests.metadata.language_probes.kit import field_cases, matches, report_authors
from tests.metadata.title_pages import ld, page, paragraphs

import newsextract

# One text per language: the night market moved to the old railway yard.
TEXTS = {
    "en": "The night market moved to the old railway yard this week, and the stallholders "
    "said the first evening drew twice the usual crowd despite the rain.",
    "sw": "Soko la usiku limehamia uwanja wa zamani wa reli wiki hii, na wafanyabiashara "
    "walisema jioni ya kwanza iliwavutia watu mara mbili ya kawaida licha ya mvua.",
    "ms": "Pasar malam berpindah ke bekas laman kereta api minggu ini, dan para peniaga "
    "berkata malam pertama menarik dua kali ganda pengunjung biasa walaupun hujan.",
    "ar": "انتقل سوق الليل هذا الأسبوع إلى ساحة السكة الحديدية القديمة، وقال الباعة إن "
    "الأمسية الأولى جذبت ضعف العدد المعتاد من الزوار رغم المطر.",
    "nl": "De avondmarkt is deze week verhuisd naar het oude spoorwegemplacement, en de "
    "kraamhouders zeiden dat de eerste avond ondanks de regen twee keer zoveel bezoekers trok.",
    "gl": "O mercado nocturno mudouse esta semana ao vello patio do ferrocarril, e os "
    "vendedores dixeron que a primeira noite atraeu o dobre de xente a pesar da chuvia.",
    "ga": "Bhog an margadh oíche go dtí sean-chlós an iarnróid an tseachtain seo, agus dúirt "
    "na stallóirí gur tháinig a dhá oiread daoine an chéad oíche in ainneoin na báistí.",
    "cy": "Symudodd y farchnad nos i hen iard y rheilffordd yr wythnos hon, a dywedodd y "
    "stondinwyr fod y noson gyntaf wedi denu dwywaith y dorf arferol er gwaethaf y glaw.",
    "am": "የምሽቱ ገበያ በዚህ ሳምንት ወደ አሮጌው የባቡር ግቢ ተዛውሯል፤ ነጋዴዎቹም የመጀመሪያው ምሽት "
    "ዝናብ ቢኖርም ከተለመደው እጥፍ ሰው እንደሳበ ተናግረዋል።",
    "ta": "இரவுச் சந்தை இந்த வாரம் பழைய ரயில் முற்றத்திற்கு மாற்றப்பட்டது, மழை இருந்தும் முதல் "
    "மாலையில் வழக்கத்தை விட இரண்டு மடங்கு மக்கள் வந்ததாக வியாபாரிகள் தெரிவித்தனர்.",
    "th": "ตลาดกลางคืนย้ายไปยังลานรถไฟเก่าในสัปดาห์นี้ และพ่อค้าแม่ค้ากล่าวว่าคืนแรกมีผู้คนมามากกว่าปกติสองเท่าแม้ฝนจะตก",
    "ka": "ღამის ბაზარი ამ კვირაში ძველ სარკინიგზო ეზოში გადავიდა, და გამყიდველების თქმით, "
    "პირველ საღამოს წვიმის მიუხედავად ჩვეულებრივზე ორჯერ მეტი ხალხი მოვიდა.",
    "hy": "Գիշերային շուկան այս շաբաթ տեղափոխվեց հին երկաթուղային բակ, և վաճառողներն "
    "ասացին, որ առաջին երեկոն անձրևին չնայած սովորականից երկու անգամ շատ մարդ բերեց։",
    "he": "שוק הלילה עבר השבוע לחצר הרכבת הישנה, והרוכלים אמרו שהערב הראשון משך פי שניים "
    "מהקהל הרגיל למרות הגשם.",
    "fa": "بازار شب این هفته به محوطه قدیمی راه‌آهن منتقل شد و فروشندگان گفتند شب اول با وجود "
    "باران دو برابر همیشه مشتری داشت.",
    "bn": "রাতের বাজার এই সপ্তাহে পুরনো রেল ইয়ার্ডে সরে গেছে, এবং দোকানিরা বলেছেন বৃষ্টি "
    "সত্ত্বেও প্রথম সন্ধ্যায় স্বাভাবিকের দ্বিগুণ মানুষ এসেছিল।",
    "te": "రాత్రి మార్కెట్ ఈ వారం పాత రైల్వే యార్డుకు మారింది, వర్షం ఉన్నప్పటికీ మొదటి సాయంత్రం "
    "సాధారణం కంటే రెట్టింపు జనం వచ్చారని వ్యాపారులు చెప్పారు.",
    "is": "Næturmarkaðurinn flutti í gamla lestarportið í vikunni og kaupmennirnir sögðu að "
    "fyrsta kvöldið hefði dregið að tvöfaldan fjölda gesta þrátt fyrir rigninguna.",
    "kk": "Түнгі базар осы аптада ескі теміржол ауласына көшті, ал саудагерлер алғашқы кеште "
    "жаңбырға қарамастан әдеттегіден екі есе көп адам келгенін айтты.",
    "az": "Gecə bazarı bu həftə köhnə dəmiryol həyətinə köçdü və satıcılar dedilər ki, ilk "
    "axşam yağışa baxmayaraq adi haldan iki dəfə çox adam gəlib.",
    "et": "Öine turg kolis sel nädalal vanasse raudteehoovi ja kauplejad ütlesid, et "
    "esimesel õhtul käis vihmast hoolimata kaks korda rohkem rahvast kui tavaliselt.",
    "lv": "Nakts tirgus šonedēļ pārcēlās uz veco dzelzceļa pagalmu, un tirgotāji teica, ka "
    "pirmajā vakarā neskatoties uz lietu ieradās divreiz vairāk cilvēku nekā parasti.",
    "lt": "Naktinis turgus šią savaitę persikėlė į senąjį geležinkelio kiemą, o prekeiviai "
    "sakė, kad pirmąjį vakarą nepaisant lietaus atėjo dvigubai daugiau žmonių nei įprastai.",
    "sl": "Nočna tržnica se je ta teden preselila na staro železniško dvorišče, prodajalci pa "
    "so povedali, da je prvi večer kljub dežju privabil dvakrat več ljudi kot običajno.",
    "hr": "Noćni sajam ovaj se tjedan preselio u staro željezničko dvorište, a prodavači kažu "
    "da je prve večeri unatoč kiši došlo dvostruko više ljudi nego inače.",
    "ca": "El mercat nocturn s'ha traslladat aquesta setmana a l'antic pati del ferrocarril, i "
    "els paradistes diuen que la primera nit va atreure el doble de gent malgrat la pluja.",
    "eu": "Gaueko azoka trenbidearen patio zaharrera aldatu da aste honetan, eta saltzaileek "
    "esan dute lehen arratsaldean ohi baino bi aldiz jende gehiago etorri zela euria gorabehera.",
    "mt": "Is-suq tal-lejl mar fil-bitħa l-qadima tal-ferrovija din il-ġimgħa, u l-bejjiegħa "
    "qalu li l-ewwel lejla ġibdet id-doppju tan-nies minkejja x-xita.",
    "tl": "Lumipat ngayong linggo ang pamilihang panggabi sa lumang bakuran ng tren, at sinabi "
    "ng mga tindero na dumoble ang dami ng tao sa unang gabi sa kabila ng ulan.",
    "ha": "Kasuwar dare ta koma tsohon filin jirgin kasa a wannan mako, kuma 'yan kasuwa sun "
    "ce daren farko ya jawo mutane ninki biyu na yadda aka saba duk da ruwan sama.",
    "yo": "Ọjà alẹ́ ti kó lọ sí àgbàlá ọkọ̀ ojú irin àtijọ́ ní ọ̀sẹ̀ yìí, àwọn oníṣòwò sì sọ "
    "pé ìrọ̀lẹ́ àkọ́kọ́ fa ìlọ́po méjì àwọn ènìyàn bí òjò tilẹ̀ rọ̀.",
    "so": "Suuqa habeenka ayaa toddobaadkan u guuray barxadda tareenka ee hore, iibiyayaashuna "
    "waxay sheegeen in habeenkii ugu horreeyay uu soo jiitay laba jeer dadkii caadiga ahaa.",
    "ja": "夜市が今週、旧鉄道操車場に移転し、出店者によると初日の夜は雨にもかかわらず"
    "普段の二倍の人出があった。",
}

PHOTOGRAPHER = "Kofi Anan-Mensah"
COMMENTERS = ("Liesbeth Ankersmit", "Darius Velarde")
TEASER_WRITERS = ("Gwendolyn Ashcombe", "Farouk Bensalem")


def story(
    lang: str,
    h1: str,
    meta: str,
    *,
    site: str,
    after: str = "",
    head: str = "",
    photo: bool = True,
) -> str:
    """A news CMS's story: logo and menu, the headline, a meta line, a picture with its
    photographer's credit, the text, ``after`` (a closing line), readers' comments and a
    "most read" list naming its writers."""
    text = paragraphs(TEXTS[lang], TEXTS[lang])
    teasers = "".join(
        f'<li><a href="/s/{n}">{"◆" * n}</a> <span class="byline">{who}</span></li>'
        for n, who in enumerate(TEASER_WRITERS, 1)
    )
    comments = "".join(
        f'<li class="comment"><div class="comment-author vcard"><cite class="fn">{who}</cite>'
        f'</div><div class="comment-body"><p>👍</p></div></li>'
        for who in COMMENTERS
    )
    figure = (
        '<figure><img src="/img/market.jpg" alt=""><figcaption>🌙 '
        f'<span class="photo-credit">📷 {PHOTOGRAPHER}</span></figcaption></figure>'
        if photo
        else ""
    )
    return page(
        lang,
        f"{h1} | {site}",
        head,
        f'<header class="masthead"><a class="logo" href="/">{site}</a><nav>'
        '<a href="/1">≡</a></nav></header>'
        f'<main><article class="article"><h1 class="article-title">{h1}</h1>'
        f'<div class="article-meta">{meta}</div>{figure}'
        f'<div class="article-body">{text}{after}</div></article>'
        f'<section id="comments"><ol class="comment-list">{comments}</ol></section></main>'
        f'<aside class="most-read"><h3>★</h3><ul>{teasers}</ul></aside>'
        f"<footer><p>© 2024 {site}</p></footer>",
    )


def by(text: str, css: str = "author") -> str:
    return f'<span class="{css}">{text}</span> <time datetime="2024-06-11">11.06.2024</time>'


def blog_post(lang: str, h1: str, card: str, *, site: str) -> str:
    """A WordPress-like post with no byline above the text: an author card under it, then
    the comments, each signed by its reader (``<cite class="fn">``, "says")."""
    comments = "".join(
        f'<li class="comment" id="comment-{n}"><article class="comment-body"><footer '
        f'class="comment-meta"><div class="comment-author vcard"><img class="avatar" src="/a.png"'
        f' alt=""><b class="fn"><a href="https://example.org/~{n}" class="url">{who}</a></b> '
        '<span class="says">says:</span></div></footer><div class="comment-content"><p>🙂</p>'
        "</div></article></li>"
        for n, who in enumerate(COMMENTERS, 1)
    )
    return page(
        lang,
        f"{h1} – {site}",
        "",
        f'<div id="page"><header id="masthead"><p class="site-title"><a href="/">{site}</a>'
        '</p></header><main id="main"><article class="post type-post hentry">'
        f'<header class="entry-header"><h1 class="entry-title">{h1}</h1><div class="entry-meta">'
        '<time class="entry-date published" datetime="2024-06-11T09:00:00+00:00">11/06/2024'
        f'</time></div></header><div class="entry-content">{paragraphs(TEXTS[lang])}</div>'
        f'<div class="author-info">{card}</div></article>'
        f'<div id="comments" class="comments-area"><h2 class="comments-title">2</h2>'
        f'<ol class="comment-list">{comments}</ol></div></main></div>',
    )


def thread(lang: str, subject: str, posts: tuple[tuple[str, str], ...], *, board: str) -> str:
    """A phpBB-like thread: every post with its poster's name in a profile column beside the
    message, and no label saying who started the topic."""
    messages = "".join(
        f'<div id="p{900 + n}" class="post bg{n % 2 + 1}"><div class="inner"><dl class="post'
        f'profile"><dt><a href="/memberlist.php?u={n + 3}" class="username">{user}</a></dt>'
        f'<dd class="profile-posts">{n + 12}</dd></dl><div class="postbody"><h3><a href="#p'
        f'{900 + n}">Re: {subject}</a></h3><p class="author"><time datetime="2024-06-1{n}T20:1'
        f'{n}:00+00:00">…</time></p><div class="content">{text}</div></div></div></div>'
        for n, (user, text) in enumerate(posts)
    )
    return page(
        lang,
        f"{subject} - {board}",
        "",
        f'<div id="wrap"><div class="headerbar"><a id="logo" href="/">{board}</a></div>'
        f'<h2 class="topic-title"><a href="/t/1">{subject}</a></h2>{messages}</div>',
    )


FIELDS = ("authors",)

# A probe: name, url, html, authors.
HONORIFICS: list[tuple[Any, ...]] = [
    (
        "en_dr_and_prof_titles",
        "https://lakeshore-courier.example.com/city/night-market-moves",
        story(
            "en",
            "Night market moves to the rail yard",
            by("By Dr. Amara Oyelaran and Prof. Tobias Renwick"),
            site="Lakeshore Courier",
        ),
        ("Amara Oyelaran", "Tobias Renwick"),
    ),
    (
        "ar_dr_title_and_ibn",
        "https://sahat-almadina.example.com/local/2024/souq-allayl",
        story(
            "ar",
            "سوق الليل ينتقل إلى ساحة السكة الحديدية",
            by("بقلم: د. يوسف بن راشد الكعبي"),
            site="ساحة المدينة",
        ),
        ("يوسف بن راشد الكعبي",),
    ),
    (
        "he_dr_title_gershayim",
        "https://kolhaemek.example.co.il/news/shuk-halayla",
        story("he", "שוק הלילה עובר לחצר הרכבת", by('מאת ד"ר נועה אלמוג'), site="קול העמק"),
        ("נועה אלמוג",),
    ),
    (
        "nl_dr_lowercase_van_der",
        "https://dordtse-bode.example.nl/stad/avondmarkt-verhuist",
        story(
            "nl",
            "Avondmarkt verhuist naar spoorterrein",
            by("Door dr. Pieter van der Wiel"),
            site="Dordtse Bode",
        ),
        ("Pieter van der Wiel",),
    ),
    (
        "ja_kisha_label_before_name",
        "https://kawabe-shimbun.example.jp/local/yoichi-iten",
        story("ja", "夜市、旧操車場へ移転", by("記者：中村 陽介"), site="川辺新聞"),
        ("中村 陽介",),
    ),
    (
        "sw_mwandishi_wetu_no_person",
        "https://sauti-ya-pwani.example.co.tz/habari/soko-la-usiku",
        story(
            "sw",
            "Soko la usiku lahamia uwanja wa reli",
            by("Na Mwandishi Wetu"),
            site="Sauti ya Pwani",
        ),
        (),
    ),
    (
        "sw_mwandishi_wetu_label_and_name",
        "https://habari-za-ziwani.example.co.tz/habari/soko-usiku",
        story(
            "sw",
            "Soko la usiku lavutia wengi",
            by("Mwandishi Wetu: Zawadi Kimaro"),
            site="Habari za Ziwani",
        ),
        ("Zawadi Kimaro",),
    ),
]

PARTICLES: list[tuple[Any, ...]] = [
    (
        "ms_bin_and_binti_dan",
        "https://warta-selatan.example.my/setempat/pasar-malam",
        story(
            "ms",
            "Pasar malam berpindah ke laman kereta api",
            by("Oleh Ahmad Faris bin Zulkifli dan Nurul Aina binti Hashim"),
            site="Warta Selatan",
        ),
        ("Ahmad Faris bin Zulkifli", "Nurul Aina binti Hashim"),
    ),
    (
        "ga_o_and_mac_agus",
        "https://nuacht-an-chladaigh.example.ie/aitiuil/margadh-oiche",
        story(
            "ga",
            "Bogann an margadh oíche",
            by("Le Siobhán Ó Catháin agus Ciarán Mac Giolla Phádraig"),
            site="Nuacht an Chladaigh",
        ),
        ("Siobhán Ó Catháin", "Ciarán Mac Giolla Phádraig"),
    ),
    (
        "gl_da_particles_e",
        "https://voz-do-ulla.example.gal/local/mercado-nocturno",
        story(
            "gl",
            "O mercado nocturno múdase ao patio do tren",
            by("Por Uxía da Veiga e Brais Outeiro"),
            site="A Voz do Ulla",
        ),
        ("Uxía da Veiga", "Brais Outeiro"),
    ),
    (
        "cy_ap_gan_a",
        "https://newyddion-y-fro.example.cymru/lleol/marchnad-nos",
        story(
            "cy",
            "Marchnad nos yn symud i'r iard",
            by("Gan Elin ap Rhys a Dafydd Morgan"),
            site="Newyddion y Fro",
        ),
        ("Elin ap Rhys", "Dafydd Morgan"),
    ),
    (
        "is_dottir_son_og",
        "https://vikurfrettir.example.is/innlent/naeturmarkadur",
        story(
            "is",
            "Næturmarkaðurinn fluttur",
            by("Höfundar: Sigríður Þórsdóttir og Ólafur Einarsson"),
            site="Víkurfréttir",
        ),
        ("Sigríður Þórsdóttir", "Ólafur Einarsson"),
    ),
    (
        "kk_kyzy_patronymic_zhane",
        "https://dala-kurier.example.kz/kala/tungi-bazar",
        story(
            "kk",
            "Түнгі базар теміржол ауласына көшті",
            by("Авторлар: Айгерім Нұрланқызы және Ерлан Сейітов"),
            site="Дала курьері",
        ),
        ("Айгерім Нұрланқызы", "Ерлан Сейітов"),
    ),
]

SCRIPTS: list[tuple[Any, ...]] = [
    (
        "am_ethiopic_two_writers_ena",
        "https://addis-mestawet.example.et/zena/yemishit-gebeya",
        story(
            "am",
            "የምሽት ገበያው ወደ ባቡር ግቢ ተዛወረ",
            by("ዘጋቢ፡ አበበ ተስፋዬ እና ሰላም ገብሩ"),
            site="አዲስ መስታወት",
        ),
        ("አበበ ተስፋዬ", "ሰላም ገብሩ"),
    ),
    (
        "ta_tamil_reporter_label",
        "https://nagara-oli.example.in/seithigal/iravu-santhai",
        story(
            "ta",
            "இரவுச் சந்தை ரயில் முற்றத்திற்கு மாற்றம்",
            by("செய்தியாளர்: கார்த்திகேயன் சுப்பிரமணியம்"),
            site="நகர ஒளி",
        ),
        ("கார்த்திகேயன் சுப்பிரமணியம்",),
    ),
    (
        "th_thai_two_writers_lae",
        "https://khao-rim-nam.example.co.th/local/talat-klang-khuen",
        story(
            "th",
            "ตลาดกลางคืนย้ายไปลานรถไฟเก่า",
            by("ผู้เขียน: สมชาย ใจดี และ วรรณา ศรีสุข"),
            site="ข่าวริมน้ำ",
        ),
        ("สมชาย ใจดี", "วรรณา ศรีสุข"),
    ),
    (
        "ka_georgian_two_writers_da",
        "https://kalakis-matsne.example.ge/news/ghamis-bazari",
        story(
            "ka",
            "ღამის ბაზარი ძველ ეზოში გადავიდა",
            by("ავტორები: ნინო ბერიძე და გიორგი კაპანაძე"),
            site="ქალაქის მაცნე",
        ),
        ("ნინო ბერიძე", "გიორგი კაპანაძე"),
    ),
    (
        "hy_armenian_two_writers_yev",
        "https://qaghaqi-lurer.example.am/news/gisherayin-shuka",
        story(
            "hy",
            "Գիշերային շուկան տեղափոխվեց",
            by("Հեղինակներ՝ Անի Պետրոսյան և Արամ Սարգսյան"),
            site="Քաղաքի լուրեր",
        ),
        ("Անի Պետրոսյան", "Արամ Սարգսյան"),
    ),
    (
        "fa_two_writers_va",
        "https://khabar-mahalle.example.ir/shahri/bazar-shab",
        story(
            "fa",
            "بازار شب به محوطه راه‌آهن رفت",
            by("نویسندگان: مریم احمدی و رضا کریمی"),
            site="خبر محله",
        ),
        ("مریم احمدی", "رضا کریمی"),
    ),
    (
        "bn_two_writers_o",
        "https://nagar-barta.example.com.bd/local/rater-bazar",
        story(
            "bn",
            "রাতের বাজার রেল ইয়ার্ডে",
            by("লেখক: অনিন্দ্য সেনগুপ্ত ও তৃষা রায়চৌধুরী"),
            site="নগর বার্তা",
        ),
        ("অনিন্দ্য সেনগুপ্ত", "তৃষা রায়চৌধুরী"),
    ),
    (
        "te_telugu_rachana_label",
        "https://nagara-vani.example.in/local/ratri-market",
        story(
            "te",
            "రాత్రి మార్కెట్ పాత యార్డుకు",
            by("రచన: శ్రీనివాస్ రెడ్డి"),
            site="నగర వాణి",
        ),
        ("శ్రీనివాస్ రెడ్డి",),
    ),
]

CONNECTORS: list[tuple[Any, ...]] = [
    (
        "sw_na_by_and_na_and",
        "https://mwangaza-kaskazini.example.co.ke/habari/soko",
        story(
            "sw",
            "Soko la usiku lahamishwa",
            by("Na Baraka Mwakyusa na Neema Wanjiru"),
            site="Mwangaza Kaskazini",
        ),
        ("Baraka Mwakyusa", "Neema Wanjiru"),
    ),
    (
        "az_two_writers_ve",
        "https://seher-xeberleri.example.az/yerli/gece-bazari",
        story(
            "az",
            "Gecə bazarı dəmiryol həyətinə köçdü",
            by("Müəlliflər: Leyla Həsənova və Rəşad Quliyev"),
            site="Şəhər Xəbərləri",
        ),
        ("Leyla Həsənova", "Rəşad Quliyev"),
    ),
    (
        "et_two_writers_ja",
        "https://rannalehe.example.ee/uudised/oine-turg",
        story(
            "et",
            "Öine turg kolis raudteehoovi",
            by("Autorid: Kadri Tammsalu ja Mart Kaskemaa"),
            site="Rannaleht",
        ),
        ("Kadri Tammsalu", "Mart Kaskemaa"),
    ),
    (
        "lv_two_writers_un",
        "https://pilsetas-zinas.example.lv/zinas/nakts-tirgus",
        story(
            "lv",
            "Nakts tirgus pārcēlās uz dzelzceļa pagalmu",
            by("Autori: Ilze Bērziņa un Jānis Ozoliņš"),
            site="Pilsētas Ziņas",
        ),
        ("Ilze Bērziņa", "Jānis Ozoliņš"),
    ),
    (
        "lt_three_writers_ir",
        "https://uosto-aidas.example.lt/naujienos/naktinis-turgus",
        story(
            "lt",
            "Naktinis turgus persikėlė",
            by("Autoriai: Rūta Petrauskienė, Tomas Jonaitis ir Eglė Vaitkutė"),
            site="Uosto aidas",
        ),
        ("Rūta Petrauskienė", "Tomas Jonaitis", "Eglė Vaitkutė"),
    ),
    (
        "sl_two_writers_in",
        "https://posavski-glas.example.si/novice/nocna-trznica",
        story(
            "sl",
            "Nočna tržnica na železniškem dvorišču",
            by("Avtorja: Maja Zupančič in Luka Kranjec"),
            site="Posavski glas",
        ),
        ("Maja Zupančič", "Luka Kranjec"),
    ),
    (
        "ca_two_writers_i",
        "https://veu-del-riu.example.cat/local/mercat-nocturn",
        story(
            "ca",
            "El mercat nocturn es trasllada",
            by("Per Jordi Puigvert i Laia Soldevila"),
            site="La Veu del Riu",
        ),
        ("Jordi Puigvert", "Laia Soldevila"),
    ),
    (
        "eu_two_writers_eta",
        "https://ibaiko-berriak.example.eus/tokikoa/gaueko-azoka",
        story(
            "eu",
            "Gaueko azoka trenbidearen patiora",
            by("Egileak: Ane Etxeberria eta Iker Goikoetxea"),
            site="Ibaiko Berriak",
        ),
        ("Ane Etxeberria", "Iker Goikoetxea"),
    ),
    (
        "mt_kitba_ta_u",
        "https://il-leħen-tal-port.example.com.mt/lokali/suq-tal-lejl",
        story(
            "mt",
            "Is-suq tal-lejl imur fil-bitħa",
            by("Kitba ta' Marija Camilleri u Ġużeppi Vella"),
            site="Il-Leħen tal-Port",
        ),
        ("Marija Camilleri", "Ġużeppi Vella"),
    ),
    (
        "tl_ni_at",
        "https://balita-sa-bayan.example.ph/lokal/pamilihang-panggabi",
        story(
            "tl",
            "Pamilihang panggabi, lumipat sa bakuran ng tren",
            by("Ni Maricel Dimaculangan at Jose Paolo Villareal"),
            site="Balita sa Bayan",
        ),
        ("Maricel Dimaculangan", "Jose Paolo Villareal"),
    ),
    (
        "ha_daga_da",
        "https://muryar-arewa.example.ng/labarai/kasuwar-dare",
        story(
            "ha",
            "Kasuwar dare ta koma filin jirgi",
            by("Daga Aminu Bello Gwarzo da Hauwa Musa Dikko"),
            site="Muryar Arewa",
        ),
        ("Aminu Bello Gwarzo", "Hauwa Musa Dikko"),
    ),
    (
        "yo_lati_owo_ati",
        "https://iroyin-ilu.example.ng/agbegbe/oja-ale",
        story(
            "yo",
            "Ọjà alẹ́ kó lọ sí àgbàlá ọkọ̀ ojú irin",
            by("Láti ọwọ́ Adébáyọ̀ Ògúnlẹ́yè àti Fúnmi Àjàyí"),
            site="Ìròyìn Ìlú",
        ),
        ("Adébáyọ̀ Ògúnlẹ́yè", "Fúnmi Àjàyí"),
    ),
    (
        "so_qore_iyo",
        "https://wargeyska-xeebta.example.so/war/suuqa-habeenka",
        story(
            "so",
            "Suuqa habeenka oo u guuray barxadda tareenka",
            by("Qoraa: Xamdi Cabdi Warsame iyo Maxamed Nuur Faarax"),
            site="Wargeyska Xeebta",
        ),
        ("Xamdi Cabdi Warsame", "Maxamed Nuur Faarax"),
    ),
]

CREDITS: list[tuple[Any, ...]] = [
    (
        "ca_text_and_photos_one_line",
        "https://diari-de-la-plana.example.cat/local/mercat-de-nit",
        story(
            "ca",
            "Mercat de nit al pati del tren",
            by("Text: Laia Soldevila · Fotografia: Pau Riba Ferrer"),
            site="Diari de la Plana",
            photo=False,
        ),
        ("Laia Soldevila",),
    ),
    (
        "hr_pise_and_foto_slash",
        "https://jadranski-tjednik.example.hr/vijesti/nocni-sajam",
        story(
            "hr",
            "Noćni sajam u željezničkom dvorištu",
            by("Piše: Ivana Babić / Foto: Marko Jurišić"),
            site="Jadranski tjednik",
            photo=False,
        ),
        ("Ivana Babić",),
    ),
    (
        "sl_translator_after_name",
        "https://literarni-list.example.si/eseji/nocna-trznica",
        story(
            "sl",
            "Esej o nočni tržnici",
            by("Avtor: Hamish MacLeod, prevod: Nina Kos"),
            site="Literarni list",
        ),
        ("Hamish MacLeod",),
    ),
    (
        "et_illustrator_line_below",
        "https://linnaleht.example.ee/elu/oine-turg",
        story(
            "et",
            "Öine turg kolis",
            by("Kadri Tammsalu"),
            site="Linnaleht",
            after="<p><em>Illustratsioon: Mart Kaskemaa</em></p>",
        ),
        ("Kadri Tammsalu",),
    ),
]

DESKS: list[tuple[Any, ...]] = [
    (
        "en_by_staff_writer",
        "https://valley-gazette.example.com/news/night-market-moves-yard",
        story(
            "en",
            "Night market moves to the old rail yard",
            by("By Staff Writer"),
            site="Valley Gazette",
        ),
        (),
    ),
    (
        "en_from_our_correspondent",
        "https://coastal-dispatch.example.co.ke/region/night-market",
        story(
            "en",
            "Night market draws crowds at new home",
            by("From Our Correspondent in Malindi"),
            site="Coastal Dispatch",
        ),
        (),
    ),
    (
        "ar_our_correspondent_in_town",
        "https://akhbar-alwadi.example.com/local/souq-allayl-2",
        story("ar", "سوق الليل في مكانه الجديد", by("كتب: مراسلنا في إربد"), site="أخبار الوادي"),
        (),
    ),
]

TOWNS: list[tuple[Any, ...]] = [
    (
        "en_name_comma_town",
        "https://highland-record.example.com/news/night-market-yard",
        story(
            "en",
            "Market finds a home in the rail yard",
            by("By Amani Njoroge, Kisumu"),
            site="Highland Record",
        ),
        ("Amani Njoroge",),
    ),
    (
        "sw_na_name_comma_town",
        "https://mwananchi-wa-pwani.example.co.tz/habari/soko-usiku-2",
        story(
            "sw",
            "Wafanyabiashara wafurahia soko jipya",
            by("Na Zawadi Kimaro, Arusha"),
            site="Mwananchi wa Pwani",
        ),
        ("Zawadi Kimaro",),
    ),
]

PAGES: list[tuple[Any, ...]] = [
    (
        "en_blog_author_card_beside_comments",
        "https://quiet-kitchen-notes.example.com/2024/06/night-market-dumplings/",
        blog_post(
            "en",
            "Dumplings at the new night market",
            '<img class="avatar" src="/me.png" alt=""><div class="author-description">'
            '<h2 class="author-title">About Henrietta Obi</h2><p class="author-bio">'
            "I cook, I walk, I write about both.</p></div>",
            site="Quiet Kitchen Notes",
        ),
        ("Henrietta Obi",),
    ),
    (
        "ca_blog_author_card_heading_and_link",
        "https://quadern-de-barri.example.cat/2024/06/mercat-de-nit/",
        blog_post(
            "ca",
            "Una nit al mercat nou",
            '<h3 class="author-heading">Sobre l\'autora</h3><p><a class="author-link" '
            'href="/author/montserrat-vilalta/" rel="author">Montserrat Vilalta</a> escriu '
            "sobre el barri.</p>",
            site="Quadern de Barri",
        ),
        ("Montserrat Vilalta",),
    ),
    (
        "lv_forum_first_post_unlabelled",
        "https://dārznieku-forums.example.lv/viewtopic.php?t=4412",
        thread(
            "lv",
            "Nakts tirgus jaunajā vietā",
            (
                ("zalais_ipkis", TEXTS["lv"] + " " + TEXTS["lv"]),
                ("Dace_K", "Piekrītu, bija daudz cilvēku."),
                ("Gatis77", "Es arī biju."),
            ),
            board="Dārznieku forums",
        ),
        ("zalais_ipkis",),
    ),
    (
        "az_forum_first_post_unlabelled",
        "https://seher-forumu.example.az/viewtopic.php?t=88",
        thread(
            "az",
            "Gecə bazarı haqqında",
            (
                ("Kamran_B", TEXTS["az"] + " " + TEXTS["az"]),
                ("Nigar.M", "Razıyam, çox adam var idi."),
            ),
            board="Şəhər Forumu",
        ),
        ("Kamran_B",),
    ),
]

JSONLD: list[tuple[Any, ...]] = [
    (
        "en_jsonld_author_url_and_visible_name",
        "https://harbourline-news.example.com/local/night-market-rail-yard",
        story(
            "en",
            "Rail yard market opens to crowds",
            by("By Lena Fischbacher"),
            site="Harbourline News",
            head=ld(
                "NewsArticle",
                headline="Rail yard market opens to crowds",
                author=["https://harbourline-news.example.com/staff/lena-fischbacher"],
            ),
        ),
        ("Lena Fischbacher",),
    ),
    (
        "en_jsonld_person_with_url_only",
        "https://midland-observer.example.com/local/night-market-crowds",
        story(
            "en",
            "Night market crowds double",
            '<time datetime="2024-06-11">June 11, 2024</time>',
            site="Midland Observer",
            head=ld(
                "NewsArticle",
                headline="Night market crowds double",
                author={"@type": "Person", "url": "https://midland-observer.example.com/p/7"},
            ),
        ),
        (),
    ),
    (
        "en_jsonld_organisation_author",
        "https://lakes-herald.example.com/local/night-market-opens",
        story(
            "en",
            "Night market opens in rail yard",
            '<time datetime="2024-06-11">June 11, 2024</time>',
            site="Lakes Herald",
            head=ld(
                "NewsArticle",
                headline="Night market opens in rail yard",
                author={"@type": "Organization", "name": "Lakes Herald Newsroom"},
            ),
        ),
        (),
    ),
    (
        "sw_jsonld_organisation_and_visible_person",
        "https://jamii-leo.example.co.tz/habari/soko-la-usiku-3",
        story(
            "sw",
            "Soko jipya la usiku",
            by("Na Rehema Mollel"),
            site="Jamii Leo",
            head=ld(
                "NewsArticle",
                headline="Soko jipya la usiku",
                author={"@type": "Organization", "name": "Jamii Leo"},
            ),
        ),
        ("Rehema Mollel",),
    ),
]

PROBES: list[tuple[Any, ...]] = (
    HONORIFICS + PARTICLES + SCRIPTS + CONNECTORS + CREDITS + DESKS + TOWNS + PAGES + JSONLD
)

# The blind figures (before any fix): newsextract 37 of 51 pages right, author-set F1 0.778
# (36, 0.768 as first run: a typo in the Bengali probe's expected name, fixed); trafilatura
# 3 of 51, F1 0.072 (it keeps the label with the names, joins them whole, and reads the
# "most read" list's writer where no byline is). Fixed since (``test_byline_probe_3_causes``):
# particles as data ("binti", "ap"), a lower-case title ("dr."), plural labels (Kazakh,
# Persian), "our correspondent" before its town: 43 of 51.
# Left open, with reasons:
_CONVENTION = (
    "a convention question: the eval's truths keep a title as printed ('Dr. Rainer Quitzow'),"
    " this probe's decision drops it"
)
_LONE_TOWN = (
    "a lone word after a comma: read as the town filed from (no given name, no agency), it"
    " moved a half-B dev page down (test_left_metadata_misses keeps the same strict xfails)"
)
_OPEN: dict[tuple[str, str], str] = {
    ("en_dr_and_prof_titles", "authors"): _CONVENTION,
    ("ar_dr_title_and_ibn", "authors"): _CONVENTION,
    ("he_dr_title_gershayim", "authors"): _CONVENTION,
    ("nl_dr_lowercase_van_der", "authors"): _CONVENTION,
    ("sw_mwandishi_wetu_label_and_name", "authors"): (
        "a placeholder used as a label ('Mwandishi Wetu: NAME'): German's 'Redaktion: NAME'"
        " credits an editor so, not read as a byline label"
    ),
    ("en_name_comma_town", "authors"): _LONE_TOWN,
    ("sw_na_name_comma_town", "authors"): _LONE_TOWN,
    ("en_jsonld_organisation_author", "authors"): (
        "by design an organisation the structured data credits is the author where no person"
        " is named (author_choice: a newspaper whose story a portal carries)"
    ),
}
_CASES = field_cases(PROBES, FIELDS, _OPEN)


@pytest.mark.parametrize(("url", "html", "field", "want"), _CASES)
def test_blind_byline_probe_3(url: str, html: str, field: str, want: object) -> None:
    got = getattr(newsextract.extract(html, url=url), field)
    assert matches(field, got, want), f"{field}: {got!r}"


if __name__ == "__main__":  # pragma: no cover
    report_authors(PROBES)
