"""Probe pages in languages and scripts the dev sets lack, with the metadata a reader sees.

Every page is invented (names, places, sites, text), modelled on a real kind of page: a
WordPress theme, a news CMS, Blogger, Ghost, Drupal, a forum, a press release, a Medium-like
blog. Each varies what the dev sets rarely show: a byline before or after the text, a date
line with its time and zone, native digits, an era's years, a relative time, a tag list's
label, a credit line, a title with the site's name after the script's own punctuation, and
JSON-LD or Open Graph partly missing. ``PROBES`` holds the pages and what each field should
be; ``benchmarks/language_probes.py`` scores newsextract and trafilatura on them.
"""

from __future__ import annotations

import json
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


def _later_thread_page(subject: str, started: str) -> str:
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


# Each language's text: two paragraphs of invented news, in the language.
HI = (
    "शहर के पुराने बाज़ार में मंगलवार को नई जल आपूर्ति योजना का उद्घाटन किया गया। नगर "
    "निगम के अधिकारियों ने बताया कि इस योजना से लगभग बीस हज़ार परिवारों को रोज़ाना साफ़ "
    "पानी मिलेगा और गर्मियों में टैंकरों पर निर्भरता कम होगी।",
    "स्थानीय निवासियों ने इस कदम का स्वागत किया, लेकिन कुछ दुकानदारों ने कहा कि "
    "पाइपलाइन का काम समय पर पूरा नहीं हुआ और सड़कें महीनों तक खुदी रहीं। अधिकारियों के "
    "अनुसार अगले महीने तक सभी मोहल्लों में कनेक्शन दे दिए जाएंगे।",
)
BN = (
    "নদীর ভাঙনে গত সপ্তাহে চরাঞ্চলের তিনটি গ্রামের অন্তত দুই শতাধিক পরিবার ঘরবাড়ি হারিয়েছে। "
    "স্থানীয় প্রশাসন জানিয়েছে, ক্ষতিগ্রস্তদের জন্য অস্থায়ী আশ্রয়কেন্দ্র খোলা হয়েছে এবং "
    "শুকনো খাবার বিতরণ করা হচ্ছে।",
    "গ্রামবাসীরা বলছেন, প্রতি বছর বর্ষার আগে বাঁধ মেরামতের প্রতিশ্রুতি দেওয়া হলেও কাজ "
    "শেষ হয় না। পানি উন্নয়ন বোর্ডের একজন কর্মকর্তা জানান, এবার শুষ্ক মৌসুমেই নতুন বাঁধের "
    "কাজ শুরু করা হবে।",
)
TA = (
    "நகரின் மையப் பகுதியில் அமைக்கப்பட்ட புதிய பொது நூலகம் செவ்வாய்க்கிழமை "
    "திறக்கப்பட்டது. இதில் ஐம்பதாயிரத்துக்கும் மேற்பட்ட நூல்களும் குழந்தைகளுக்கான தனிப் "
    "பிரிவும் உள்ளன என்று மாநகராட்சி அதிகாரிகள் தெரிவித்தனர்.",
    "மாணவர்களும் முதியவர்களும் முதல் நாளிலேயே பெருமளவில் வருகை தந்தனர். நூலகம் காலை "
    "எட்டு மணி முதல் இரவு எட்டு மணி வரை திறந்திருக்கும் என்றும் இணைய வசதி இலவசமாக "
    "வழங்கப்படும் என்றும் அறிவிக்கப்பட்டுள்ளது.",
)
UR = (
    "شہر کے مضافاتی علاقوں میں منگل کے روز شدید بارش کے بعد کئی سڑکیں زیرِ آب آ گئیں اور "
    "ٹریفک گھنٹوں معطل رہا۔ ضلعی انتظامیہ کے مطابق نکاسی آب کے لیے اضافی مشینری طلب کر لی "
    "گئی ہے۔",
    "مقامی تاجروں نے شکایت کی کہ ہر سال برسات میں یہی صورتحال پیدا ہوتی ہے مگر مستقل حل "
    "تلاش نہیں کیا جاتا۔ حکام کا کہنا ہے کہ نئے نالوں کی تعمیر کا منصوبہ اگلے مالی سال میں "
    "شروع کیا جائے گا۔",
)
FA = (
    "مدیر کل راه و شهرسازی استان روز سه‌شنبه از آغاز عملیات ساخت پل جدید روی رودخانه خبر "
    "داد. به گفته او این پل ترافیک ورودی شهر را تا نیمی کاهش خواهد داد و تا دو سال دیگر "
    "به بهره‌برداری می‌رسد.",
    "ساکنان محله‌های اطراف از این طرح استقبال کردند، اما برخی از کسبه نگران بسته شدن "
    "مسیرها در دوران ساخت هستند. مسئولان وعده داده‌اند که مسیرهای جایگزین پیش از شروع کار "
    "آماده شود.",
)
HE = (
    "עיריית העיר הודיעה ביום שלישי על פתיחת פארק חדש בשכונה הצפונית, הכולל שבילי אופניים, "
    "מתקני משחק ומגרש ספורט. לדברי ראש העירייה, העבודות נמשכו כשנתיים ועלו כשלושים מיליון "
    "שקלים.",
    "תושבי השכונה בירכו על הפתיחה, אך חלקם התלוננו על מחסור בחניה באזור. בעירייה אמרו כי "
    "חניון נוסף ייבנה בשנה הבאה וכי קווי האוטובוס באזור יתוגברו כבר בחודש הקרוב.",
)
EL = (
    "Σε λειτουργία τέθηκε την Τρίτη η νέα γραμμή του προαστιακού που συνδέει το λιμάνι με το "
    "κέντρο της πόλης. Σύμφωνα με τη διοίκηση, τα δρομολόγια θα εκτελούνται κάθε είκοσι λεπτά "
    "από τις έξι το πρωί έως τα μεσάνυχτα.",
    "Οι κάτοικοι των γύρω περιοχών χαιρέτισαν την εξέλιξη, ωστόσο ζήτησαν περισσότερους "
    "χώρους στάθμευσης κοντά στους σταθμούς. Ο δήμος ανακοίνωσε ότι μελετά τη δημιουργία δύο "
    "νέων χώρων μέσα στο επόμενο έτος.",
)
UK = (
    "У вівторок у місті відкрили оновлений критий ринок, реконструкція якого тривала майже "
    "два роки. За словами представників міської ради, тут розмістилися понад сто торговельних "
    "місць для місцевих фермерів.",
    "Відвідувачі позитивно оцінили нові умови, проте деякі продавці поскаржилися на високу "
    "орендну плату. У міськраді пообіцяли переглянути тарифи для малих виробників до кінця "
    "весни.",
)
BG = (
    "Общината откри във вторник обновената градска библиотека след близо година ремонт. "
    "Според кмета в сградата вече има читалня за деца, зала за събития и безплатен интернет "
    "за всички посетители.",
    "Жителите на квартала посрещнаха новината с радост, но някои от тях се оплакаха от липсата "
    "на паркоместа. От общината обещаха нов паркинг в близост до сградата до края на годината.",
)
CS = (
    "Radnice v úterý slavnostně otevřela nově opravenou lávku přes řeku, která byla téměř rok "
    "uzavřena. Oprava podle vedení města stála dvacet milionů korun a prodloužila životnost "
    "konstrukce o desítky let.",
    "Obyvatelé okolních čtvrtí otevření uvítali, protože museli dlouho chodit oklikou přes "
    "centrum. Město nyní plánuje opravit také druhou lávku v dolní části toku.",
)
SK = (
    "Mesto v utorok otvorilo zrekonštruovanú tržnicu na hlavnom námestí, ktorá bola dva roky "
    "zatvorená. Podľa primátora tu nájde miesto vyše päťdesiat miestnych pestovateľov a "
    "remeselníkov.",
    "Obyvatelia si novú tržnicu pochvaľujú, niektorí predajcovia však upozorňujú na vysoké "
    "nájomné. Samospráva sľúbila, že ceny prehodnotí do konca leta.",
)
RO = (
    "Primăria a inaugurat marți noul parc din cartierul de nord, după aproape doi ani de "
    "lucrări. Potrivit primarului, parcul are piste pentru biciclete, locuri de joacă și un "
    "teren de sport deschis tuturor locuitorilor.",
    "Locuitorii au salutat deschiderea, însă unii s-au plâns de lipsa locurilor de parcare din "
    "zonă. Reprezentanții primăriei au promis o parcare nouă până la sfârșitul anului.",
)
HU = (
    "Kedden átadták a felújított városi uszodát, amely közel két évig zárva tartott. A "
    "polgármester szerint a medencék mellett új szauna és gyerekmedence is várja a "
    "látogatókat hétfőtől vasárnapig.",
    "A környéken élők örömmel fogadták a hírt, bár néhányan a jegyárak emelését kifogásolták. "
    "Az önkormányzat kedvezményes bérletet ígért a diákoknak és a nyugdíjasoknak.",
)
SV = (
    "Kommunen invigde på tisdagen den nya gång- och cykelbron över ån, som har varit stängd "
    "för renovering i nästan ett år. Enligt kommunen kostade arbetet omkring tjugo miljoner "
    "kronor.",
    "Boende i området välkomnade öppningen men efterlyste bättre belysning längs vägen. "
    "Kommunen lovar att se över belysningen innan hösten kommer.",
)
DA = (
    "Kommunen åbnede tirsdag det nye bibliotek i bymidten efter næsten to års byggeri. Ifølge "
    "borgmesteren rummer huset også et værksted for børn og en sal til foredrag og koncerter.",
    "Borgerne tog godt imod åbningen, men flere savner parkeringspladser tæt på huset. "
    "Kommunen vil undersøge mulighederne for en ny parkeringsplads inden sommeren.",
)
NB = (
    "Kommunen åpnet tirsdag den nye svømmehallen i sentrum etter nesten to års bygging. Ifølge "
    "ordføreren har anlegget både et opplæringsbasseng for barn og en egen avdeling for "
    "eldre.",
    "Innbyggerne tok godt imot åpningen, men flere mener billettprisene er for høye. Kommunen "
    "lover å vurdere rabatter for studenter og pensjonister før sommeren.",
)
FI = (
    "Kaupunki avasi tiistaina uuden kirjaston keskustaan lähes kahden vuoden rakennustöiden "
    "jälkeen. Kirjastossa on lasten osasto, hiljainen lukusali ja tila tapahtumille, kertoo "
    "kaupungin sivistysjohtaja.",
    "Asukkaat ottivat avauksen hyvin vastaan, mutta osa toivoi pidempiä aukioloaikoja "
    "viikonloppuisin. Kaupunki lupaa selvittää asiaa kevään aikana.",
)
VI = (
    "Sáng thứ Ba, thành phố đã khánh thành cây cầu mới bắc qua sông, sau gần hai năm thi công. "
    "Theo lãnh đạo địa phương, cây cầu giúp rút ngắn thời gian đi lại giữa hai bờ xuống còn "
    "mười phút.",
    "Người dân hai bên bờ bày tỏ vui mừng, tuy nhiên một số hộ kinh doanh lo ngại về việc "
    "giải phóng mặt bằng. Chính quyền cho biết sẽ hỗ trợ các hộ bị ảnh hưởng trong tháng tới.",
)
ID = (
    "Pemerintah kota meresmikan pasar tradisional yang baru direnovasi pada Selasa pagi. "
    "Menurut wali kota, pasar ini kini menampung lebih dari tiga ratus pedagang dengan "
    "fasilitas air bersih dan tempat parkir yang lebih luas.",
    "Para pedagang menyambut baik renovasi tersebut, meski sebagian mengeluhkan biaya sewa "
    "kios yang naik. Pemerintah berjanji akan meninjau kembali tarif sewa sebelum akhir bulan.",
)
TH = (
    "เทศบาลเมืองเปิดสวนสาธารณะแห่งใหม่ริมแม่น้ำเมื่อวันอังคาร หลังใช้เวลาก่อสร้างเกือบสองปี "
    "นายกเทศมนตรีกล่าวว่าสวนแห่งนี้มีทางจักรยาน ลานกีฬา และพื้นที่สำหรับเด็กเล่น",
    "ชาวบ้านในพื้นที่ต่างแสดงความยินดี แต่บางส่วนกังวลเรื่องที่จอดรถไม่เพียงพอ "
    "เทศบาลระบุว่าจะสร้างลานจอดรถเพิ่มเติมภายในปีนี้",
)
SW = (
    "Halmashauri ya jiji ilizindua soko jipya la mboga Jumanne asubuhi baada ya ujenzi wa "
    "karibu miaka miwili. Kwa mujibu wa meya, soko hilo lina nafasi za wafanyabiashara zaidi "
    "ya mia tatu pamoja na maji safi.",
    "Wafanyabiashara wamepongeza hatua hiyo, ingawa baadhi yao wamelalamikia kodi kubwa ya "
    "meza. Halmashauri imeahidi kupitia upya viwango hivyo kabla ya mwisho wa mwezi.",
)
TL = (
    "Binuksan noong Martes ang bagong pampublikong palengke sa sentro ng bayan matapos ang "
    "halos dalawang taong konstruksiyon. Ayon sa alkalde, may mahigit dalawang daang puwesto "
    "ang palengke para sa mga lokal na magsasaka.",
    "Ikinatuwa ito ng mga residente, ngunit ilang tindero ang nagreklamo sa mataas na upa ng "
    "puwesto. Nangako ang munisipyo na pag-aaralan ang singil bago matapos ang buwan.",
)
KA = (
    "ქალაქის მერიამ სამშაბათს ახალი საზოგადოებრივი ბიბლიოთეკა გახსნა, რომლის მშენებლობაც "
    "თითქმის ორი წელი გაგრძელდა. მერის თქმით, ბიბლიოთეკაში ბავშვებისთვის ცალკე დარბაზი და "
    "უფასო ინტერნეტია.",
    "მოსახლეობამ ახალი ბიბლიოთეკის გახსნას კმაყოფილებით შეხვდა, თუმცა ზოგიერთი მათგანი "
    "ავტოსადგომის ნაკლებობას უჩივის. მერიაში აცხადებენ, რომ ახალი ავტოსადგომი წლის "
    "ბოლომდე აშენდება.",
)
HY = (
    "Քաղաքապետարանը երեքշաբթի օրը բացեց նոր հանրային այգին գետի ափին, որի շինարարությունը "
    "տևել է շուրջ երկու տարի: Քաղաքապետի խոսքով՝ այգում կան հեծանվային արահետներ և "
    "խաղահրապարակներ:",
    "Բնակիչները ողջունեցին այգու բացումը, սակայն ոմանք դժգոհեցին կայանատեղիների պակասից: "
    "Քաղաքապետարանից խոստացել են մինչև տարեվերջ նոր կայանատեղի կառուցել:",
)
MS = (
    "Majlis perbandaran merasmikan pasar awam baharu di pusat bandar pada pagi Selasa selepas "
    "hampir dua tahun pembinaan. Menurut yang dipertua, pasar itu menempatkan lebih tiga ratus "
    "peniaga tempatan.",
    "Penduduk menyambut baik pembukaan itu, namun sebahagian peniaga merungut tentang sewa "
    "gerai yang tinggi. Majlis berjanji akan menyemak semula kadar sewa sebelum hujung bulan.",
)


def _d(*parts: int, tz: timezone | None = None) -> datetime:
    return datetime(*parts, tzinfo=tz)  # type: ignore[misc]


PROBES: tuple[Probe, ...] = (
    # --- Hindi -------------------------------------------------------------------------
    Probe(
        "hi_wp_native_digits",
        "hi",
        wordpress(
            "hi",
            "पुराने बाज़ार में नई जल योजना शुरू | नगर दर्पण",
            "पुराने बाज़ार में नई जल योजना शुरू",
            HI,
            site="नगर दर्पण",
            meta='<span class="byline">लेखक: <a href="/author/r/">रमेश कुमार वर्मा</a></span> '
            '<span class="posted-on">प्रकाशित: ५ मार्च २०२४</span>',
            footer=tag_links("टैग:", ("जल आपूर्ति", "नगर निगम")),
        ),
        {
            "title": "पुराने बाज़ार में नई जल योजना शुरू",
            "authors": ("रमेश कुमार वर्मा",),
            "published": _d(2024, 3, 5),
            "tags": ("जल आपूर्ति", "नगर निगम"),
            "publisher": "नगर दर्पण",
            "language": "hi",
        },
    ),
    Probe(
        "hi_news_ist",
        "hi",
        news_cms(
            "hi",
            "बाज़ार में नई जल योजना: बीस हज़ार परिवारों को मिलेगा पानी - जनवाणी समाचार",
            "बाज़ार में नई जल योजना: बीस हज़ार परिवारों को मिलेगा पानी",
            HI,
            standfirst="नगर निगम का दावा है कि गर्मियों से पहले सभी मोहल्लों में कनेक्शन दे दिए जाएंगे।",
            meta='<span class="author">न्यूज़ डेस्क, जनवाणी</span> | '
            '<span class="date">Updated Tue, 05 Mar 2024 08:30 PM IST</span>',
            head=jsonld(headline="बाज़ार में नई जल योजना: बीस हज़ार परिवारों को मिलेगा पानी"),
            section="शहर",
        ),
        {
            "title": "बाज़ार में नई जल योजना: बीस हज़ार परिवारों को मिलेगा पानी",
            "authors": (),
            # only the update's time is shown (20:30 IST, ``modified``): the day is all that
            # is known of the publication
            "published": _d(2024, 3, 5),
            "publisher": "जनवाणी समाचार",
            "language": "hi",
            "lead": "नगर निगम का दावा है कि गर्मियों से पहले सभी मोहल्लों में कनेक्शन दे दिए जाएंगे।",
        },
    ),
    Probe(
        "hi_blogger",
        "hi",
        blogger(
            "hi",
            "घुमक्कड़ी की डायरी: पहाड़ों में पहला दिन",
            "पहाड़ों में पहला दिन",
            HI,
            blog="घुमक्कड़ी की डायरी",
            date_header="मंगलवार, 5 मार्च 2024",
            posted_by='प्रस्तुतकर्ता <span class="fn"><a href="/profile/1">अनिल जोशी</a></span>'
            ' पर <abbr class="published" title="2024-03-05T18:40:00+05:30">6:40 pm</abbr>',
            labels='लेबल: <a href="/search/label/a" rel="tag">यात्रा</a>, '
            '<a href="/search/label/b" rel="tag">पहाड़</a>',
        ),
        {
            "title": "पहाड़ों में पहला दिन",
            "authors": ("अनिल जोशी",),
            "published": _d(2024, 3, 5, 18, 40, tz=IST),
            "tags": ("यात्रा", "पहाड़"),
            "language": "hi",
        },
    ),
    # --- Bengali -----------------------------------------------------------------------
    Probe(
        "bn_news_staff_native",
        "bn",
        news_cms(
            "bn",
            "নদীভাঙনে ঘর হারাল দুই শতাধিক পরিবার | দৈনিক নদীবার্তা",
            "নদীভাঙনে ঘর হারাল দুই শতাধিক পরিবার",
            BN,
            site="দৈনিক নদীবার্তা",
            meta='<span class="author">নিজস্ব প্রতিবেদক, সিরাজগঞ্জ</span>'
            '<span class="time">প্রকাশ: ০৫ মার্চ ২০২৪, ১০: ৩০</span>',
            after='<div class="tags">বিষয়: <a href="/topic/1">নদীভাঙন</a>'
            '<a href="/topic/2">বন্যা</a></div>',
            section="সারাদেশ",
        ),
        {
            "title": "নদীভাঙনে ঘর হারাল দুই শতাধিক পরিবার",
            "authors": (),
            "published": _d(2024, 3, 5, 10, 30),
            "tags": ("নদীভাঙন", "বন্যা"),
            "publisher": "দৈনিক নদীবার্তা",
            "language": "bn",
        },
    ),
    Probe(
        "bn_wp_month_first",
        "bn",
        wordpress(
            "bn",
            "চরাঞ্চলে নতুন বাঁধের দাবি – গ্রামের কথা",
            "চরাঞ্চলে নতুন বাঁধের দাবি",
            BN,
            site="গ্রামের কথা",
            lead="বর্ষার আগে বাঁধ মেরামতের দাবিতে মানববন্ধন করেছেন চরাঞ্চলের বাসিন্দারা।",
            meta='<span class="byline">লিখেছেন: <a href="/author/t/">তানভীর হাসান</a></span>'
            ' <time class="entry-date" datetime="2024-03-05T09:15:00+06:00">মার্চ ৫, ২০২৪</time>',
            footer=tag_links("ট্যাগ:", ("বাঁধ", "চরাঞ্চল")),
        ),
        {
            "title": "চরাঞ্চলে নতুন বাঁধের দাবি",
            "authors": ("তানভীর হাসান",),
            "published": _d(2024, 3, 5, 9, 15, tz=timezone(timedelta(hours=6))),
            "tags": ("বাঁধ", "চরাঞ্চল"),
            "publisher": "গ্রামের কথা",
            "language": "bn",
            "lead": "বর্ষার আগে বাঁধ মেরামতের দাবিতে মানববন্ধন করেছেন চরাঞ্চলের বাসিন্দারা।",
        },
    ),
    Probe(
        "bn_relative_only",
        "bn",
        news_cms(
            "bn",
            "বাঁধের কাজ শুরু শুষ্ক মৌসুমে - কলকাতা খবর",
            "বাঁধের কাজ শুরু শুষ্ক মৌসুমে",
            BN,
            meta='<span class="author">প্রতিবেদন: রিয়া দত্ত</span><span class="time">২ ঘণ্টা আগে</span>',
            section="রাজ্য",
        ),
        {
            "title": "বাঁধের কাজ শুরু শুষ্ক মৌসুমে",
            "authors": ("রিয়া দত্ত",),
            "published": None,
            "language": "bn",
        },
    ),
    # --- Tamil -------------------------------------------------------------------------
    Probe(
        "ta_wp",
        "ta",
        wordpress(
            "ta",
            "நகரில் புதிய பொது நூலகம் திறப்பு - தமிழ் மலர்",
            "நகரில் புதிய பொது நூலகம் திறப்பு",
            TA,
            site="தமிழ் மலர்",
            meta='<span class="byline">எழுதியவர்: <a href="/author/k/">கவிதா ராஜன்</a></span>'
            ' <span class="posted-on">மார்ச் 5, 2024 10:30 AM</span>',
            footer=tag_links("குறிச்சொற்கள்:", ("நூலகம்", "கல்வி")),
        ),
        {
            "title": "நகரில் புதிய பொது நூலகம் திறப்பு",
            "authors": ("கவிதா ராஜன்",),
            "published": _d(2024, 3, 5, 10, 30),
            "tags": ("நூலகம்", "கல்வி"),
            "publisher": "தமிழ் மலர்",
            "language": "ta",
        },
    ),
    Probe(
        "ta_news_byline_after",
        "ta",
        news_cms(
            "ta",
            "நூலகத்தில் இலவச இணைய வசதி | செய்திச் சுடர்",
            "நூலகத்தில் இலவச இணைய வசதி",
            TA,
            meta='<span class="date">வெளியிடப்பட்டது: 05 மார்ச் 2024 14:20 IST</span>',
            after='<p class="reporter">செய்தியாளர்: அருண் பிரகாஷ்</p>',
            head=jsonld(headline="நூலகத்தில் இலவச இணைய வசதி"),
            section="மாவட்டம்",
        ),
        {
            "title": "நூலகத்தில் இலவச இணைய வசதி",
            "authors": ("அருண் பிரகாஷ்",),
            "published": _d(2024, 3, 5, 14, 20, tz=IST),
            "publisher": "செய்திச் சுடர்",
            "language": "ta",
        },
    ),
    # --- Urdu --------------------------------------------------------------------------
    Probe(
        "ur_news_extended_digits",
        "ur",
        news_cms(
            "ur",
            "بارش کے بعد سڑکیں زیرِ آب، ٹریفک معطل - روزنامہ سحر",
            "بارش کے بعد سڑکیں زیرِ آب، ٹریفک معطل",
            UR,
            site="روزنامہ سحر",
            meta='<span class="author">تحریر: عائشہ ملک</span>'
            '<span class="date">۵ مارچ ۲۰۲۴</span>',
            after='<div class="tags">ٹیگز: <a href="/tag/1">بارش</a> <a href="/tag/2">ٹریفک</a>'
            "</div>",
            section="شہر",
        ),
        {
            "title": "بارش کے بعد سڑکیں زیرِ آب، ٹریفک معطل",
            "authors": ("عائشہ ملک",),
            "published": _d(2024, 3, 5),
            "tags": ("بارش", "ٹریفک"),
            "publisher": "روزنامہ سحر",
            "language": "ur",
        },
    ),
    Probe(
        "ur_wp_web_desk_jsonld",
        "ur",
        wordpress(
            "ur",
            "نکاسی آب کا نیا منصوبہ | اردو نامہ",
            "نکاسی آب کا نیا منصوبہ",
            UR,
            site="اردو نامہ",
            meta='<span class="byline">ویب ڈیسک</span> <span class="posted-on">05 مارچ 2024</span>',
            head=jsonld(
                headline="نکاسی آب کا نیا منصوبہ", datePublished="2024-03-05T14:15:00+05:00"
            ),
            footer=tag_links("ٹیگز:", ("نکاسی آب", "بلدیہ")),
        ),
        {
            "title": "نکاسی آب کا نیا منصوبہ",
            "authors": (),
            "published": _d(2024, 3, 5, 14, 15, tz=PKT),
            "tags": ("نکاسی آب", "بلدیہ"),
            "publisher": "اردو نامہ",
            "language": "ur",
        },
    ),
    Probe(
        "ur_relative_with_meta",
        "ur",
        news_cms(
            "ur",
            "تاجروں کی شکایات پر اجلاس طلب - خبر نامہ",
            "تاجروں کی شکایات پر اجلاس طلب",
            UR,
            meta='<span class="author">رپورٹ: فیصل احمد</span><span class="date">3 گھنٹے پہلے'
            "</span>",
            head='<meta property="article:published_time" content="2024-03-05T09:00:00+05:00">',
            section="کاروبار",
        ),
        {
            "title": "تاجروں کی شکایات پر اجلاس طلب",
            "authors": ("فیصل احمد",),
            "published": _d(2024, 3, 5, 9, 0, tz=PKT),
            "publisher": "خبر نامہ",
            "language": "ur",
        },
    ),
    # --- Persian -----------------------------------------------------------------------
    Probe(
        "fa_news_solar_hijri_time",
        "fa",
        news_cms(
            "fa",
            "آغاز ساخت پل جدید روی رودخانه | خبرگزاری آوای شهر",
            "آغاز ساخت پل جدید روی رودخانه",
            FA,
            site="خبرگزاری آوای شهر",
            meta='<span class="author">نویسنده: مریم رضایی</span>'
            '<span class="date">۱۵ اسفند ۱۴۰۲ - ۱۰:۳۰</span>',
            after='<div class="tags">برچسب‌ها: <a href="/tag/1">پل</a> <a href="/tag/2">ترافیک</a>'
            "</div>",
            section="استان",
        ),
        {
            "title": "آغاز ساخت پل جدید روی رودخانه",
            "authors": ("مریم رضایی",),
            "published": _d(2024, 3, 5, 10, 30),
            "tags": ("پل", "ترافیک"),
            "publisher": "خبرگزاری آوای شهر",
            "language": "fa",
        },
    ),
    Probe(
        "fa_wp_solar_hijri_day",
        "fa",
        wordpress(
            "fa",
            "نگرانی کسبه از بسته شدن مسیرها – وبلاگ محله",
            "نگرانی کسبه از بسته شدن مسیرها",
            FA,
            site="وبلاگ محله",
            meta='<span class="byline">ارسال شده توسط: <a href="/author/a/">علی کریمی</a></span>'
            ' <span class="posted-on">۱۴ فروردین ۱۴۰۳</span>',
            footer=tag_links("برچسب ها:", ("کسبه", "عمران")),
        ),
        {
            "title": "نگرانی کسبه از بسته شدن مسیرها",
            "authors": ("علی کریمی",),
            "published": _d(2024, 4, 2),
            "tags": ("کسبه", "عمران"),
            "publisher": "وبلاگ محله",
            "language": "fa",
        },
    ),
    Probe(
        "fa_news_tehran_time_credit",
        "fa",
        news_cms(
            "fa",
            "مسیرهای جایگزین پیش از شروع کار آماده می‌شود - پایگاه خبری شهر ما",
            "مسیرهای جایگزین پیش از شروع کار آماده می‌شود",
            FA,
            meta='<span class="date">سه‌شنبه ۱۵ اسفند ۱۴۰۲ ساعت ۱۸:۴۵</span>',
            after='<p class="source">منبع: ایسنا</p>',
            head=jsonld(headline="مسیرهای جایگزین پیش از شروع کار آماده می‌شود"),
            section="جامعه",
        ),
        {
            "title": "مسیرهای جایگزین پیش از شروع کار آماده می‌شود",
            "authors": (),
            "published": _d(2024, 3, 5, 18, 45),
            "publisher": "پایگاه خبری شهر ما",
            "language": "fa",
        },
    ),
    # --- Hebrew ------------------------------------------------------------------------
    Probe(
        "he_news_dotted",
        "he",
        news_cms(
            "he",
            "פארק חדש נפתח בשכונה הצפונית - חדשות הגליל",
            "פארק חדש נפתח בשכונה הצפונית",
            HE,
            site="חדשות הגליל",
            standfirst="העבודות נמשכו כשנתיים ועלו כשלושים מיליון שקלים, אך התושבים מתלוננים "
            "על מחסור בחניה",
            meta='<span class="author">מאת: דנה לוי</span><span class="date">05.03.2024 | 14:30'
            "</span>",
            after='<div class="tags">תגיות: <a href="/tag/1">פארקים</a> <a href="/tag/2">עירייה</a>'
            "</div>",
            section="מקומי",
        ),
        {
            "title": "פארק חדש נפתח בשכונה הצפונית",
            "authors": ("דנה לוי",),
            "published": _d(2024, 3, 5, 14, 30),
            "tags": ("פארקים", "עירייה"),
            "publisher": "חדשות הגליל",
            "language": "he",
            "lead": "העבודות נמשכו כשנתיים ועלו כשלושים מיליון שקלים, אך התושבים מתלוננים על "
            "מחסור בחניה",
        },
    ),
    Probe(
        "he_wp_posted_on_by",
        "he",
        wordpress(
            "he",
            "חניון נוסף ייבנה בשנה הבאה &#8211; הבלוג של השכונה",
            "חניון נוסף ייבנה בשנה הבאה",
            HE,
            site="הבלוג של השכונה",
            meta='<span class="posted-on">פורסם בתאריך <time datetime="2024-03-05T08:10:00+02:00">'
            '5 במרץ 2024</time></span> <span class="byline">על ידי <span class="author vcard">'
            '<a href="/author/y/">יוסי כהן</a></span></span>',
            footer=tag_links("תגיות:", ("חניה", "תחבורה")),
        ),
        {
            "title": "חניון נוסף ייבנה בשנה הבאה",
            "authors": ("יוסי כהן",),
            "published": _d(2024, 3, 5, 8, 10, tz=EET),
            "tags": ("חניה", "תחבורה"),
            "publisher": "הבלוג של השכונה",
            "language": "he",
        },
    ),
    Probe(
        "he_relative_only",
        "he",
        news_cms(
            "he",
            "קווי האוטובוס יתוגברו | מקומון העמק",
            "קווי האוטובוס יתוגברו",
            HE,
            meta='<span class="author">נועה פרץ</span><span class="date">לפני 3 שעות</span>',
            section="תחבורה",
        ),
        {
            "title": "קווי האוטובוס יתוגברו",
            "authors": ("נועה פרץ",),
            "published": None,
            "publisher": "מקומון העמק",
            "language": "he",
        },
    ),
)

_EUROPE: tuple[Probe, ...] = (
    # --- Greek -------------------------------------------------------------------------
    Probe(
        "el_news_genitive_byline",
        "el",
        news_cms(
            "el",
            "Σε λειτουργία η νέα γραμμή του προαστιακού | Ειδήσεις Λιμανιού",
            "Σε λειτουργία η νέα γραμμή του προαστιακού",
            EL,
            site="Ειδήσεις Λιμανιού",
            meta='<span class="author">Του Γιώργου Παπαδόπουλου</span>'
            '<span class="date">05.03.2024 • 14:30</span>',
            after='<div class="tags">Ετικέτες: <a href="/tag/1">Προαστιακός</a>'
            '<a href="/tag/2">Συγκοινωνίες</a></div>',
            section="Πόλη",
        ),
        {
            "title": "Σε λειτουργία η νέα γραμμή του προαστιακού",
            "authors": ("Γιώργου Παπαδόπουλου",),
            "published": _d(2024, 3, 5, 14, 30),
            "tags": ("Προαστιακός", "Συγκοινωνίες"),
            "publisher": "Ειδήσεις Λιμανιού",
            "language": "el",
        },
    ),
    Probe(
        "el_wp_published_at_by",
        "el",
        wordpress(
            "el",
            "Δρομολόγια κάθε είκοσι λεπτά – Το Λιμάνι Σήμερα",
            "Δρομολόγια κάθε είκοσι λεπτά",
            EL,
            site="Το Λιμάνι Σήμερα",
            meta='<span class="posted-on">Δημοσιεύτηκε στις 5 Μαρτίου 2024, 09:45</span> '
            '<span class="byline">από <a href="/author/e/">Ελένη Νικολάου</a></span>',
            footer=tag_links("Ετικέτες:", ("Μεταφορές", "Δήμος")),
        ),
        {
            "title": "Δρομολόγια κάθε είκοσι λεπτά",
            "authors": ("Ελένη Νικολάου",),
            "published": _d(2024, 3, 5, 9, 45),
            "tags": ("Μεταφορές", "Δήμος"),
            "publisher": "Το Λιμάνι Σήμερα",
            "language": "el",
        },
    ),
    Probe(
        "el_blogger",
        "el",
        blogger(
            "el",
            "Σημειώσεις ενός επιβάτη: Η πρώτη μέρα στη νέα γραμμή",
            "Η πρώτη μέρα στη νέα γραμμή",
            EL,
            blog="Σημειώσεις ενός επιβάτη",
            date_header="Τρίτη, 5 Μαρτίου 2024",
            posted_by='Αναρτήθηκε από <span class="fn">Νίκος Αλεξίου</span> στις '
            '<abbr class="published" title="2024-03-05T21:05:00+02:00">9:05 μ.μ.</abbr>',
            labels='Ετικέτες <a href="/search/label/a" rel="tag">ταξίδια</a>, '
            '<a href="/search/label/b" rel="tag">τρένα</a>',
        ),
        {
            "title": "Η πρώτη μέρα στη νέα γραμμή",
            "authors": ("Νίκος Αλεξίου",),
            "published": _d(2024, 3, 5, 21, 5, tz=EET),
            "tags": ("ταξίδια", "τρένα"),
            "language": "el",
        },
    ),
    # --- Ukrainian ---------------------------------------------------------------------
    Probe(
        "uk_news_month_genitive",
        "uk",
        news_cms(
            "uk",
            "У місті відкрили оновлений критий ринок — Вісті Поділля",
            "У місті відкрили оновлений критий ринок",
            UK,
            site="Вісті Поділля",
            standfirst="Реконструкція тривала майже два роки, а торговельних місць стало понад сто",
            meta='<span class="author">Автор: Олена Коваленко</span>'
            '<span class="date">5 березня 2024, 14:30</span>',
            after='<div class="tags">Теги: <a href="/tag/1">ринок</a> <a href="/tag/2">фермери</a>'
            "</div>",
            section="Місто",
        ),
        {
            "title": "У місті відкрили оновлений критий ринок",
            "authors": ("Олена Коваленко",),
            "published": _d(2024, 3, 5, 14, 30),
            "tags": ("ринок", "фермери"),
            "publisher": "Вісті Поділля",
            "language": "uk",
            "lead": "Реконструкція тривала майже два роки, а торговельних місць стало понад сто",
        },
    ),
    Probe(
        "uk_published_o_updated",
        "uk",
        news_cms(
            "uk",
            "Тарифи для малих виробників переглянуть | Житомир Online",
            "Тарифи для малих виробників переглянуть",
            UK,
            meta='<span class="date">Опубліковано 5 березня 2024 о 10:15</span> '
            '<span class="date">Оновлено 6 березня 2024 о 08:00</span>',
            after="<p><strong>Андрій Мельник</strong>, Житомир</p>",
            section="Економіка",
        ),
        {
            "title": "Тарифи для малих виробників переглянуть",
            "published": _d(2024, 3, 5, 10, 15),
            "publisher": "Житомир Online",
            "language": "uk",
        },
    ),
    Probe(
        "uk_relative_jsonld",
        "uk",
        news_cms(
            "uk",
            "Продавці скаржаться на орендну плату - Новини Полісся",
            "Продавці скаржаться на орендну плату",
            UK,
            meta='<span class="author">Ірина Шевчук</span><span class="date">2 години тому</span>',
            head=jsonld(
                headline="Продавці скаржаться на орендну плату",
                datePublished="2024-03-05T11:20:00+02:00",
                author={"@type": "Person", "name": "Ірина Шевчук"},
            ),
            section="Економіка",
        ),
        {
            "title": "Продавці скаржаться на орендну плату",
            "authors": ("Ірина Шевчук",),
            "published": _d(2024, 3, 5, 11, 20, tz=EET),
            "publisher": "Новини Полісся",
            "language": "uk",
        },
    ),
    # --- Bulgarian ---------------------------------------------------------------------
    Probe(
        "bg_news_ch",
        "bg",
        news_cms(
            "bg",
            "Обновената библиотека отвори врати | Вестник Бряг",
            "Обновената библиотека отвори врати",
            BG,
            site="Вестник Бряг",
            meta='<span class="author">Автор: Иван Петров</span>'
            '<span class="date">05 март 2024, 14:30 ч.</span>',
            after='<div class="tags">Етикети: <a href="/tag/1">библиотека</a>'
            '<a href="/tag/2">община</a></div>',
            section="Култура",
        ),
        {
            "title": "Обновената библиотека отвори врати",
            "authors": ("Иван Петров",),
            "published": _d(2024, 3, 5, 14, 30),
            "tags": ("библиотека", "община"),
            "publisher": "Вестник Бряг",
            "language": "bg",
        },
    ),
    Probe(
        "bg_wp_dotted_date",
        "bg",
        wordpress(
            "bg",
            "Нов паркинг до края на годината - Блогът на квартала",
            "Нов паркинг до края на годината",
            BG,
            site="Блогът на квартала",
            meta='<span class="byline">Публикувано от <a href="/author/m/">Мария Георгиева</a>'
            '</span> <span class="posted-on">05.03.2024</span>',
            footer=tag_links("Етикети:", ("паркинг", "квартал")),
        ),
        {
            "title": "Нов паркинг до края на годината",
            "authors": ("Мария Георгиева",),
            "published": _d(2024, 3, 5),
            "tags": ("паркинг", "квартал"),
            "publisher": "Блогът на квартала",
            "language": "bg",
        },
    ),
    # --- Czech -------------------------------------------------------------------------
    Probe(
        "cs_news_genitive_month",
        "cs",
        news_cms(
            "cs",
            "Opravená lávka přes řeku je znovu otevřená | Novinky z Poříčí",
            "Opravená lávka přes řeku je znovu otevřená",
            CS,
            site="Novinky z Poříčí",
            meta='<span class="author">Autor: Jana Nováková</span>'
            '<span class="date">5. března 2024 14:30</span>',
            after='<div class="tags">Témata: <a href="/tema/1">lávka</a> <a href="/tema/2">doprava'
            "</a></div>",
            section="Zprávy",
        ),
        {
            "title": "Opravená lávka přes řeku je znovu otevřená",
            "authors": ("Jana Nováková",),
            "published": _d(2024, 3, 5, 14, 30),
            "tags": ("lávka", "doprava"),
            "publisher": "Novinky z Poříčí",
            "language": "cs",
        },
    ),
    Probe(
        "cs_wp_spaced_numbers",
        "cs",
        wordpress(
            "cs",
            "Město chystá opravu druhé lávky – Poříčský zpravodaj",
            "Město chystá opravu druhé lávky",
            CS,
            site="Poříčský zpravodaj",
            meta='<span class="posted-on">Publikováno 5. 3. 2024</span> '
            '<span class="byline">Autor: <a href="/author/p/">Petr Svoboda</a></span>',
            footer=tag_links("Štítky:", ("lávka", "investice")),
        ),
        {
            "title": "Město chystá opravu druhé lávky",
            "authors": ("Petr Svoboda",),
            "published": _d(2024, 3, 5),
            "tags": ("lávka", "investice"),
            "publisher": "Poříčský zpravodaj",
            "language": "cs",
        },
    ),
    Probe(
        "cs_drupal_submitted",
        "cs",
        drupal(
            "cs",
            "Lávka přes řeku: dvacet milionů za opravu | Obec Horní Lhota",
            "Lávka přes řeku: dvacet milionů za opravu",
            CS,
            submitted='Vložil(a) <span class="field--name-uid"><a href="/user/3">Tomáš Dvořák'
            "</a></span> dne Út, 05/03/2024 - 14:20",
            tags_label="Štítky",
            tags=("obec", "lávka"),
        ),
        {
            "title": "Lávka přes řeku: dvacet milionů za opravu",
            "authors": ("Tomáš Dvořák",),
            "published": _d(2024, 3, 5, 14, 20),
            "tags": ("obec", "lávka"),
            "language": "cs",
        },
    ),
    # --- Slovak ------------------------------------------------------------------------
    Probe(
        "sk_news_o_time",
        "sk",
        news_cms(
            "sk",
            "Zrekonštruovaná tržnica je opäť otvorená - Regionálne noviny",
            "Zrekonštruovaná tržnica je opäť otvorená",
            SK,
            site="Regionálne noviny",
            meta='<span class="author">Autor: Mária Horváthová</span>'
            '<span class="date">5. marca 2024 o 14:30</span>',
            after='<div class="tags">Témy: <a href="/tema/1">tržnica</a> <a href="/tema/2">mesto'
            "</a></div>",
            section="Domov",
        ),
        {
            "title": "Zrekonštruovaná tržnica je opäť otvorená",
            "authors": ("Mária Horváthová",),
            "published": _d(2024, 3, 5, 14, 30),
            "tags": ("tržnica", "mesto"),
            "publisher": "Regionálne noviny",
            "language": "sk",
        },
    ),
    Probe(
        "sk_forum",
        "sk",
        forum(
            "sk",
            "Nájomné v novej tržnici - Fórum pestovateľov",
            "Nájomné v novej tržnici",
            SK,
            user="zahradkar77",
            posted="ut 05. mar 2024 19:42",
        ),
        {
            "title": "Nájomné v novej tržnici",
            "published": _d(2024, 3, 5, 19, 42),
            "language": "sk",
        },
    ),
    # Later pages of forum threads: JSON-LD dates the thread's first post (page one), the
    # page is dated by its own first post.
    Probe(
        "sk_forum_later_page",
        "sk",
        forum(
            "sk",
            "Nájomné v novej tržnici - Strana 4 - Fórum pestovateľov",
            "Nájomné v novej tržnici",
            SK,
            user="zahradkar77",
            posted="ut 05. mar 2024 19:42",
            head=_later_thread_page("Nájomné v novej tržnici", "2024-01-10T08:00:00+01:00"),
        ),
        {"title": "Nájomné v novej tržnici", "published": _d(2024, 3, 5, 19, 42), "language": "sk"},
    ),
    Probe(
        "uk_forum_later_page",
        "uk",
        forum(
            "uk",
            "Нова ринкова площа - Сторінка 3",
            "Нова ринкова площа",
            UK,
            user="sadivnyk",
            posted="05 березня 2024, 19:42",
            head=_later_thread_page("Нова ринкова площа", "2024-01-10T08:00:00+02:00"),
        ),
        {"title": "Нова ринкова площа", "published": _d(2024, 3, 5, 19, 42), "language": "uk"},
    ),
    Probe(
        "he_forum_later_page",
        "he",
        forum(
            "he",
            "הפארק החדש בשכונה - עמוד 3",
            "הפארק החדש בשכונה",
            HE,
            user="dani_g",
            posted="05.03.2024, 19:42",
            head=_later_thread_page("הפארק החדש בשכונה", "2024-01-10T08:00:00+02:00"),
        ),
        {"title": "הפארק החדש בשכונה", "published": _d(2024, 3, 5, 19, 42), "language": "he"},
    ),
    Probe(
        "vi_forum_later_page",
        "vi",
        forum(
            "vi",
            "Chợ mới ở phường - Trang 3",
            "Chợ mới ở phường",
            VI,
            user="nguoimientay",
            posted="05/03/2024 19:42",
            head=_later_thread_page("Chợ mới ở phường", "2024-01-10T08:00:00+07:00"),
        ),
        {"title": "Chợ mới ở phường", "published": _d(2024, 3, 5, 19, 42), "language": "vi"},
    ),
    # --- Romanian ----------------------------------------------------------------------
    Probe(
        "ro_news_de",
        "ro",
        news_cms(
            "ro",
            "Parc nou în cartierul de nord - Gazeta de Vest",
            "Parc nou în cartierul de nord",
            RO,
            site="Gazeta de Vest",
            meta='<span class="author">de Andrei Popescu</span>'
            '<span class="date">5 martie 2024, 14:30</span>',
            after='<div class="tags">Etichete: <a href="/tag/1">parc</a> <a href="/tag/2">primărie'
            "</a></div>",
            section="Local",
        ),
        {
            "title": "Parc nou în cartierul de nord",
            "authors": ("Andrei Popescu",),
            "published": _d(2024, 3, 5, 14, 30),
            "tags": ("parc", "primărie"),
            "publisher": "Gazeta de Vest",
            "language": "ro",
        },
    ),
    Probe(
        "ro_wp_publicat_pe_de",
        "ro",
        wordpress(
            "ro",
            "Locuri de parcare, promise până la final de an &#8211; Blog Cartier",
            "Locuri de parcare, promise până la final de an",
            RO,
            site="Blog Cartier",
            meta='<span class="posted-on">Publicat pe <time datetime="2024-03-05T16:00:00+02:00">'
            '5 martie 2024</time></span> <span class="byline">de <a href="/author/i/">Ioana '
            "Ionescu</a></span>",
            footer=tag_links("Etichete:", ("parcare", "cartier")),
        ),
        {
            "title": "Locuri de parcare, promise până la final de an",
            "authors": ("Ioana Ionescu",),
            "published": _d(2024, 3, 5, 16, 0, tz=EET),
            "tags": ("parcare", "cartier"),
            "publisher": "Blog Cartier",
            "language": "ro",
        },
    ),
    Probe(
        "ro_press_release",
        "ro",
        press(
            "ro",
            "Comunicat de presă: Primăria inaugurează parcul din cartierul de nord",
            "Primăria inaugurează parcul din cartierul de nord",
            RO,
            kicker="Comunicat de presă",
            dateline="Timișoara, 5 martie 2024 –",
            closing="<p>Sursa: Biroul de presă al Primăriei</p><p>Contact: presa@example.ro</p>",
        ),
        {
            "title": "Primăria inaugurează parcul din cartierul de nord",
            "authors": (),
            "published": _d(2024, 3, 5),
            "language": "ro",
        },
    ),
    # --- Hungarian ---------------------------------------------------------------------
    Probe(
        "hu_news_year_first",
        "hu",
        news_cms(
            "hu",
            "Megnyílt a felújított városi uszoda | Alföldi Hírek",
            "Megnyílt a felújított városi uszoda",
            HU,
            site="Alföldi Hírek",
            meta='<span class="author">Szerző: Kovács Anna</span>'
            '<span class="date">2024. március 5. 14:30</span>',
            after='<div class="tags">Címkék: <a href="/cimke/1">uszoda</a> <a href="/cimke/2">sport'
            "</a></div>",
            section="Belföld",
        ),
        {
            "title": "Megnyílt a felújított városi uszoda",
            "authors": ("Kovács Anna",),
            "published": _d(2024, 3, 5, 14, 30),
            "tags": ("uszoda", "sport"),
            "publisher": "Alföldi Hírek",
            "language": "hu",
        },
    ),
    Probe(
        "hu_wp_numeric",
        "hu",
        wordpress(
            "hu",
            "Kedvezményes bérlet diákoknak – Városi Blog",
            "Kedvezményes bérlet diákoknak",
            HU,
            site="Városi Blog",
            meta='<span class="byline"><a href="/author/n/">Nagy Péter</a></span> '
            '<span class="posted-on">2024. 03. 05. 09:20</span>',
            footer=tag_links("Címkék:", ("uszoda", "kedvezmény")),
        ),
        {
            "title": "Kedvezményes bérlet diákoknak",
            "authors": ("Nagy Péter",),
            "published": _d(2024, 3, 5, 9, 20),
            "tags": ("uszoda", "kedvezmény"),
            "publisher": "Városi Blog",
            "language": "hu",
        },
    ),
    Probe(
        "hu_news_byline_after",
        "hu",
        news_cms(
            "hu",
            "Jegyárak: elégedetlenek a törzsvendégek - Déli Napló",
            "Jegyárak: elégedetlenek a törzsvendégek",
            HU,
            meta='<span class="date">Közzétéve: 2024.03.05. 18:05</span>',
            after='<p class="author-name">Szabó Eszter</p>',
            head=jsonld(headline="Jegyárak: elégedetlenek a törzsvendégek"),
            section="Helyi",
        ),
        {
            "title": "Jegyárak: elégedetlenek a törzsvendégek",
            "authors": ("Szabó Eszter",),
            "published": _d(2024, 3, 5, 18, 5),
            "publisher": "Déli Napló",
            "language": "hu",
        },
    ),
)

_NORTH: tuple[Probe, ...] = (
    # --- Swedish -----------------------------------------------------------------------
    Probe(
        "sv_news_kl_dotted_time",
        "sv",
        news_cms(
            "sv",
            "Gång- och cykelbron över ån öppnar igen | Ådalens Tidning",
            "Gång- och cykelbron över ån öppnar igen",
            SV,
            site="Ådalens Tidning",
            standfirst="Efter nästan ett år av renovering kan boende återigen ta bron till centrum",
            meta='<span class="author">Av Anna Lindqvist</span>'
            '<span class="date">Publicerad 5 mars 2024 kl. 14.30</span>',
            after='<div class="tags">Ämnen: <a href="/amne/1">Trafik</a> <a href="/amne/2">Kommunen'
            "</a></div>",
            section="Lokalt",
        ),
        {
            "title": "Gång- och cykelbron över ån öppnar igen",
            "authors": ("Anna Lindqvist",),
            "published": _d(2024, 3, 5, 14, 30),
            "tags": ("Trafik", "Kommunen"),
            "publisher": "Ådalens Tidning",
            "language": "sv",
            "lead": "Efter nästan ett år av renovering kan boende återigen ta bron till centrum",
        },
    ),
    Probe(
        "sv_ghost",
        "sv",
        ghost(
            "sv",
            "Belysningen längs ån ses över",
            "Belysningen längs ån ses över",
            SV,
            site="Åbloggen",
            lead="Boende efterlyser bättre belysning på den nya bron.",
            author="Erik Sandberg",
            iso="2024-03-05",
            shown="5 mars 2024",
            tag="Stadsplanering",
        ),
        {
            "title": "Belysningen längs ån ses över",
            "authors": ("Erik Sandberg",),
            "published": _d(2024, 3, 5),
            "publisher": "Åbloggen",
            "language": "sv",
            "lead": "Boende efterlyser bättre belysning på den nya bron.",
        },
    ),
    # --- Danish ------------------------------------------------------------------------
    Probe(
        "da_news_af",
        "da",
        news_cms(
            "da",
            "Nyt bibliotek åbner i bymidten | Vestegnens Avis",
            "Nyt bibliotek åbner i bymidten",
            DA,
            site="Vestegnens Avis",
            meta='<span class="author">Af Mette Jensen</span>'
            '<span class="date">5. marts 2024 kl. 14.30</span>',
            after='<div class="tags">Emner: <a href="/emne/1">Bibliotek</a> '
            '<a href="/emne/2">Kultur</a></div>',
            section="Lokalt",
        ),
        {
            "title": "Nyt bibliotek åbner i bymidten",
            "authors": ("Mette Jensen",),
            "published": _d(2024, 3, 5, 14, 30),
            "tags": ("Bibliotek", "Kultur"),
            "publisher": "Vestegnens Avis",
            "language": "da",
        },
    ),
    Probe(
        "da_wp_skrevet_af",
        "da",
        wordpress(
            "da",
            "Parkering ved det nye bibliotek &#8211; Byens Blog",
            "Parkering ved det nye bibliotek",
            DA,
            site="Byens Blog",
            meta='<span class="byline">Skrevet af <a href="/author/s/">Søren Holm</a></span> '
            '<span class="posted-on">d. 05.03.2024</span>',
            footer=tag_links("Tags:", ("parkering", "bibliotek")),
        ),
        {
            "title": "Parkering ved det nye bibliotek",
            "authors": ("Søren Holm",),
            "published": _d(2024, 3, 5),
            "tags": ("parkering", "bibliotek"),
            "publisher": "Byens Blog",
            "language": "da",
        },
    ),
    # --- Norwegian Bokmål --------------------------------------------------------------
    Probe(
        "nb_news_publisert",
        "nb",
        news_cms(
            "nb",
            "Ny svømmehall åpnet i sentrum – Fjordposten",
            "Ny svømmehall åpnet i sentrum",
            NB,
            site="Fjordposten",
            meta='<span class="author">Av Ingrid Berg og Ola Haugen</span>'
            '<span class="date">Publisert 05.03.2024 14:30</span>',
            section="Nyheter",
        ),
        {
            "title": "Ny svømmehall åpnet i sentrum",
            "authors": ("Ingrid Berg", "Ola Haugen"),
            "published": _d(2024, 3, 5, 14, 30),
            "publisher": "Fjordposten",
            "language": "nb",
        },
    ),
    Probe(
        "nb_wp_emneknagger",
        "nb",
        wordpress(
            "nb",
            "Rabatter for studenter vurderes | Bygdebloggen",
            "Rabatter for studenter vurderes",
            NB,
            site="Bygdebloggen",
            meta='<span class="posted-on">5. mars 2024</span> <span class="byline">av '
            '<a href="/author/k/">Kari Lunde</a></span>',
            footer=tag_links("Stikkord:", ("svømmehall", "priser")),
        ),
        {
            "title": "Rabatter for studenter vurderes",
            "authors": ("Kari Lunde",),
            "published": _d(2024, 3, 5),
            "tags": ("svømmehall", "priser"),
            "publisher": "Bygdebloggen",
            "language": "nb",
        },
    ),
    # --- Finnish -----------------------------------------------------------------------
    Probe(
        "fi_news_klo",
        "fi",
        news_cms(
            "fi",
            "Uusi kirjasto avattiin keskustaan | Järviseudun Sanomat",
            "Uusi kirjasto avattiin keskustaan",
            FI,
            site="Järviseudun Sanomat",
            meta='<span class="author">Teksti: Matti Virtanen</span>'
            '<span class="date">5.3.2024 klo 14.30</span>',
            after='<div class="tags">Aiheet: <a href="/aihe/1">kirjastot</a> <a href="/aihe/2">'
            "kulttuuri</a></div>",
            section="Kotimaa",
        ),
        {
            "title": "Uusi kirjasto avattiin keskustaan",
            "authors": ("Matti Virtanen",),
            "published": _d(2024, 3, 5, 14, 30),
            "tags": ("kirjastot", "kulttuuri"),
            "publisher": "Järviseudun Sanomat",
            "language": "fi",
        },
    ),
    Probe(
        "fi_wp_julkaistu",
        "fi",
        wordpress(
            "fi",
            "Aukioloajat viikonloppuisin puhuttavat – Kaupunkiblogi",
            "Aukioloajat viikonloppuisin puhuttavat",
            FI,
            site="Kaupunkiblogi",
            meta='<span class="posted-on">Julkaistu 5. maaliskuuta 2024</span> '
            '<span class="byline">Kirjoittaja: <a href="/author/l/">Liisa Korhonen</a></span>',
            footer=tag_links("Avainsanat:", ("kirjasto", "aukioloajat")),
        ),
        {
            "title": "Aukioloajat viikonloppuisin puhuttavat",
            "authors": ("Liisa Korhonen",),
            "published": _d(2024, 3, 5),
            "tags": ("kirjasto", "aukioloajat"),
            "publisher": "Kaupunkiblogi",
            "language": "fi",
        },
    ),
    Probe(
        "fi_relative_only",
        "fi",
        news_cms(
            "fi",
            "Kirjaston lastenosasto täyttyi heti | Paikallisuutiset",
            "Kirjaston lastenosasto täyttyi heti",
            FI,
            meta='<span class="author">Jussi Laine</span><span class="date">3 tuntia sitten</span>',
            section="Kaupunki",
        ),
        {
            "title": "Kirjaston lastenosasto täyttyi heti",
            "authors": ("Jussi Laine",),
            "published": None,
            "publisher": "Paikallisuutiset",
            "language": "fi",
        },
    ),
)

_ASIA_AFRICA: tuple[Probe, ...] = (
    # --- Vietnamese --------------------------------------------------------------------
    Probe(
        "vi_news_gmt7_author_after",
        "vi",
        news_cms(
            "vi",
            "Khánh thành cầu mới bắc qua sông - Báo Đồng Bằng",
            "Khánh thành cầu mới bắc qua sông",
            VI,
            site="Báo Đồng Bằng",
            meta='<span class="date">Thứ ba, 5/3/2024, 14:30 (GMT+7)</span>',
            after='<p class="author" style="text-align:right"><strong>Minh Anh</strong></p>',
            section="Thời sự",
        ),
        {
            "title": "Khánh thành cầu mới bắc qua sông",
            "authors": ("Minh Anh",),
            "published": _d(2024, 3, 5, 14, 30, tz=WIB),
            "publisher": "Báo Đồng Bằng",
            "language": "vi",
        },
    ),
    Probe(
        "vi_wp_dang_boi",
        "vi",
        wordpress(
            "vi",
            "Hỗ trợ các hộ bị ảnh hưởng | Tin Tức Miền Tây",
            "Hỗ trợ các hộ bị ảnh hưởng",
            VI,
            site="Tin Tức Miền Tây",
            meta='<span class="byline">Đăng bởi <a href="/author/n/">Nguyễn Văn An</a></span> '
            '<span class="posted-on">05/03/2024</span>',
            footer=tag_links("Từ khóa:", ("cầu", "giao thông")),
        ),
        {
            "title": "Hỗ trợ các hộ bị ảnh hưởng",
            "authors": ("Nguyễn Văn An",),
            "published": _d(2024, 3, 5),
            "tags": ("cầu", "giao thông"),
            "publisher": "Tin Tức Miền Tây",
            "language": "vi",
        },
    ),
    Probe(
        "vi_news_ngay",
        "vi",
        news_cms(
            "vi",
            "Cầu mới rút ngắn thời gian đi lại | Đời Sống Cần Thơ",
            "Cầu mới rút ngắn thời gian đi lại",
            VI,
            meta='<span class="author">Lê Thu Hà</span> - <span class="date">14:30 ngày '
            "05/03/2024</span>",
            after='<div class="tags">Tags: <a href="/tag/1">cầu</a> <a href="/tag/2">Cần Thơ</a>'
            "</div>",
            section="Xã hội",
        ),
        {
            "title": "Cầu mới rút ngắn thời gian đi lại",
            "authors": ("Lê Thu Hà",),
            "published": _d(2024, 3, 5, 14, 30),
            "tags": ("cầu", "Cần Thơ"),
            "publisher": "Đời Sống Cần Thơ",
            "language": "vi",
        },
    ),
    # --- Indonesian --------------------------------------------------------------------
    Probe(
        "id_news_wib_editor",
        "id",
        news_cms(
            "id",
            "Pasar Tradisional Selesai Direnovasi - Warta Nusantara",
            "Pasar Tradisional Selesai Direnovasi",
            ID,
            site="Warta Nusantara",
            meta='<span class="author">Penulis: Budi Santoso | Editor: Sari Dewi</span>'
            '<span class="date">Selasa, 05 Mar 2024 14:30 WIB</span>',
            after='<div class="tags">Tag: <a href="/tag/1">pasar</a> <a href="/tag/2">pedagang</a>'
            "</div>",
            section="Regional",
        ),
        {
            "title": "Pasar Tradisional Selesai Direnovasi",
            "authors": ("Budi Santoso",),
            "published": _d(2024, 3, 5, 14, 30, tz=WIB),
            "tags": ("pasar", "pedagang"),
            "publisher": "Warta Nusantara",
            "language": "id",
        },
    ),
    Probe(
        "id_wp_oleh",
        "id",
        wordpress(
            "id",
            "Tarif Sewa Kios Akan Ditinjau | Kabar Kota",
            "Tarif Sewa Kios Akan Ditinjau",
            ID,
            site="Kabar Kota",
            lead="Pemerintah kota berjanji meninjau tarif sewa kios sebelum akhir bulan.",
            meta='<span class="byline">Oleh: <a href="/author/r/">Rina Wulandari</a></span> '
            '<span class="posted-on">5 Maret 2024</span>',
            footer=tag_links("Tags:", ("pasar", "sewa kios")),
        ),
        {
            "title": "Tarif Sewa Kios Akan Ditinjau",
            "authors": ("Rina Wulandari",),
            "published": _d(2024, 3, 5),
            "tags": ("pasar", "sewa kios"),
            "publisher": "Kabar Kota",
            "language": "id",
            "lead": "Pemerintah kota berjanji meninjau tarif sewa kios sebelum akhir bulan.",
        },
    ),
    Probe(
        "id_blogger",
        "id",
        blogger(
            "id",
            "Catatan Pasar: Hari Pertama di Pasar Baru",
            "Hari Pertama di Pasar Baru",
            ID,
            blog="Catatan Pasar",
            date_header="Selasa, 05 Maret 2024",
            posted_by='Diposting oleh <span class="fn">Dimas Pratama</span> di '
            '<abbr class="published" title="2024-03-05T19:10:00+07:00">19.10</abbr>',
            labels='Label: <a href="/search/label/a" rel="tag">kuliner</a>, '
            '<a href="/search/label/b" rel="tag">pasar</a>',
        ),
        {
            "title": "Hari Pertama di Pasar Baru",
            "authors": ("Dimas Pratama",),
            "published": _d(2024, 3, 5, 19, 10, tz=WIB),
            "tags": ("kuliner", "pasar"),
            "language": "id",
        },
    ),
    # --- Thai --------------------------------------------------------------------------
    Probe(
        "th_news_thai_digits_be",
        "th",
        news_cms(
            "th",
            "เปิดสวนสาธารณะแห่งใหม่ริมแม่น้ำ - ข่าวเมืองเหนือ",
            "เปิดสวนสาธารณะแห่งใหม่ริมแม่น้ำ",
            TH,
            site="ข่าวเมืองเหนือ",
            meta='<span class="author">โดย สมชาย ใจดี</span><span class="date">๕ มีนาคม ๒๕๖๗</span>',
            after='<div class="tags">แท็ก: <a href="/tag/1">สวนสาธารณะ</a> <a href="/tag/2">เทศบาล'
            "</a></div>",
            section="ภูมิภาค",
        ),
        {
            "title": "เปิดสวนสาธารณะแห่งใหม่ริมแม่น้ำ",
            "authors": ("สมชาย ใจดี",),
            "published": _d(2024, 3, 5),
            "tags": ("สวนสาธารณะ", "เทศบาล"),
            "publisher": "ข่าวเมืองเหนือ",
            "language": "th",
        },
    ),
    Probe(
        "th_news_short_be_time",
        "th",
        news_cms(
            "th",
            "ชาวบ้านกังวลที่จอดรถไม่พอ | ไทยนิวส์ออนไลน์",
            "ชาวบ้านกังวลที่จอดรถไม่พอ",
            TH,
            meta='<span class="date">5 มี.ค. 67 14:30 น.</span>',
            after='<p class="writer">ผู้เขียน: วิภาวดี ศรีสุข</p>',
            section="ข่าว",
        ),
        {
            "title": "ชาวบ้านกังวลที่จอดรถไม่พอ",
            "authors": ("วิภาวดี ศรีสุข",),
            "published": _d(2024, 3, 5, 14, 30),
            "publisher": "ไทยนิวส์ออนไลน์",
            "language": "th",
        },
    ),
    Probe(
        "th_relative_only",
        "th",
        news_cms(
            "th",
            "เทศบาลเตรียมสร้างลานจอดรถ - ข่าวท้องถิ่น",
            "เทศบาลเตรียมสร้างลานจอดรถ",
            TH,
            meta='<span class="date">3 ชั่วโมงที่แล้ว</span>',
            section="ท้องถิ่น",
        ),
        {
            "title": "เทศบาลเตรียมสร้างลานจอดรถ",
            "published": None,
            "language": "th",
        },
    ),
    # --- Swahili -----------------------------------------------------------------------
    Probe(
        "sw_news_na",
        "sw",
        news_cms(
            "sw",
            "Soko jipya la mboga lazinduliwa | Habari za Pwani",
            "Soko jipya la mboga lazinduliwa",
            SW,
            site="Habari za Pwani",
            meta='<span class="author">Na Juma Mwinyi</span>'
            '<span class="date">Machi 5, 2024 14:30 EAT</span>',
            after='<div class="tags">Mada: <a href="/mada/1">soko</a> '
            '<a href="/mada/2">biashara</a></div>',
            section="Habari",
        ),
        {
            "title": "Soko jipya la mboga lazinduliwa",
            "authors": ("Juma Mwinyi",),
            "published": _d(2024, 3, 5, 14, 30, tz=EAT),
            "tags": ("soko", "biashara"),
            "publisher": "Habari za Pwani",
            "language": "sw",
        },
    ),
    Probe(
        "sw_press_chanzo",
        "sw",
        press(
            "sw",
            "Taarifa kwa vyombo vya habari: Halmashauri yazindua soko jipya",
            "Halmashauri yazindua soko jipya",
            SW,
            kicker="Taarifa kwa vyombo vya habari",
            dateline="MOMBASA, 5 Machi 2024 –",
            closing="<p>Chanzo: Ofisi ya Mawasiliano ya Halmashauri</p>",
        ),
        {
            "title": "Halmashauri yazindua soko jipya",
            "authors": (),
            "published": _d(2024, 3, 5),
            "language": "sw",
        },
    ),
    # --- Tagalog -----------------------------------------------------------------------
    Probe(
        "tl_news_ni",
        "tl",
        news_cms(
            "tl",
            "Bagong palengke, binuksan sa sentro ng bayan | Balitang Bayan",
            "Bagong palengke, binuksan sa sentro ng bayan",
            TL,
            site="Balitang Bayan",
            meta='<span class="author">Ni Maria Santos</span>'
            '<span class="date">Marso 5, 2024 | 10:15 AM</span>',
            after='<div class="tags">Mga Tag: <a href="/tag/1">palengke</a> <a href="/tag/2">'
            "lokal</a></div>",
            section="Probinsya",
        ),
        {
            "title": "Bagong palengke, binuksan sa sentro ng bayan",
            "authors": ("Maria Santos",),
            "published": _d(2024, 3, 5, 10, 15),
            "tags": ("palengke", "lokal"),
            "publisher": "Balitang Bayan",
            "language": "tl",
        },
    ),
    Probe(
        "tl_medium",
        "tl",
        medium(
            "tl",
            "Ang upa sa palengke. Isang sanaysay | by Jose Ramos | Sanaysay",
            "Ang upa sa palengke",
            TL,
            author="Jose Ramos",
            shown="Mar 5, 2024",
            subtitle="Bakit nagrereklamo ang mga tindero sa bagong palengke",
        ),
        {
            "title": "Ang upa sa palengke",
            "authors": ("Jose Ramos",),
            "published": _d(2024, 3, 5),
            "language": "tl",
        },
    ),
    # --- Georgian ----------------------------------------------------------------------
    Probe(
        "ka_news",
        "ka",
        news_cms(
            "ka",
            "ქალაქში ახალი ბიბლიოთეკა გაიხსნა | ამბები დღეს",
            "ქალაქში ახალი ბიბლიოთეკა გაიხსნა",
            KA,
            site="ამბები დღეს",
            meta='<span class="author">ავტორი: ნინო ბერიძე</span>'
            '<span class="date">5 მარტი 2024, 14:30</span>',
            after='<div class="tags">თეგები: <a href="/tag/1">ბიბლიოთეკა</a> <a href="/tag/2">'
            "მერია</a></div>",
            section="საზოგადოება",
        ),
        {
            "title": "ქალაქში ახალი ბიბლიოთეკა გაიხსნა",
            "authors": ("ნინო ბერიძე",),
            "published": _d(2024, 3, 5, 14, 30),
            "tags": ("ბიბლიოთეკა", "მერია"),
            "publisher": "ამბები დღეს",
            "language": "ka",
        },
    ),
    Probe(
        "ka_wp_jsonld_no_author",
        "ka",
        wordpress(
            "ka",
            "ავტოსადგომი წლის ბოლომდე აშენდება - ქალაქის ბლოგი",
            "ავტოსადგომი წლის ბოლომდე აშენდება",
            KA,
            site="ქალაქის ბლოგი",
            meta='<span class="posted-on">05.03.2024 18:20</span>',
            head=jsonld(
                headline="ავტოსადგომი წლის ბოლომდე აშენდება",
                datePublished="2024-03-05T18:20:00+04:00",
            ),
        ),
        {
            "title": "ავტოსადგომი წლის ბოლომდე აშენდება",
            "published": _d(2024, 3, 5, 18, 20, tz=GET),
            "publisher": "ქალაქის ბლოგი",
            "language": "ka",
        },
    ),
    # --- Armenian ----------------------------------------------------------------------
    Probe(
        "hy_news_armenian_colon",
        "hy",
        news_cms(
            "hy",
            "Գետի ափին նոր այգի է բացվել | Լուրեր Այսօր",
            "Գետի ափին նոր այգի է բացվել",
            HY,
            site="Լուրեր Այսօր",
            meta='<span class="author">Հեղինակ՝ Անի Պետրոսյան</span>'
            '<span class="date">05.03.2024, 14:30</span>',
            after='<div class="tags">Պիտակներ՝ <a href="/tag/1">այգի</a> <a href="/tag/2">'
            "քաղաքապետարան</a></div>",
            section="Հասարակություն",
        ),
        {
            "title": "Գետի ափին նոր այգի է բացվել",
            "authors": ("Անի Պետրոսյան",),
            "published": _d(2024, 3, 5, 14, 30),
            "tags": ("այգի", "քաղաքապետարան"),
            "publisher": "Լուրեր Այսօր",
            "language": "hy",
        },
    ),
    Probe(
        "hy_news_month_name",
        "hy",
        news_cms(
            "hy",
            "Կայանատեղի կկառուցվի մինչև տարեվերջ - Երևան Թայմս",
            "Կայանատեղի կկառուցվի մինչև տարեվերջ",
            HY,
            meta='<span class="date">5 մարտի 2024, 18:45</span>',
            after="<p><strong>Արամ Սարգսյան</strong></p>",
            section="Քաղաք",
        ),
        {
            "title": "Կայանատեղի կկառուցվի մինչև տարեվերջ",
            "published": _d(2024, 3, 5, 18, 45),
            "publisher": "Երևան Թայմս",
            "language": "hy",
        },
    ),
    # --- Malay -------------------------------------------------------------------------
    Probe(
        "ms_news_oleh_at_pm",
        "ms",
        news_cms(
            "ms",
            "Pasar awam baharu dirasmikan | Berita Semenanjung",
            "Pasar awam baharu dirasmikan",
            MS,
            site="Berita Semenanjung",
            meta='<span class="author">Oleh Ahmad Faizal</span>'
            '<span class="date">Mac 5, 2024 @ 2:30pm</span>',
            after='<div class="tags">Tag: <a href="/tag/1">pasar</a> <a href="/tag/2">peniaga</a>'
            "</div>",
            section="Nasional",
        ),
        {
            "title": "Pasar awam baharu dirasmikan",
            "authors": ("Ahmad Faizal",),
            "published": _d(2024, 3, 5, 14, 30),
            "tags": ("pasar", "peniaga"),
            "publisher": "Berita Semenanjung",
            "language": "ms",
        },
    ),
    Probe(
        "ms_wp_diterbitkan",
        "ms",
        wordpress(
            "ms",
            "Kadar sewa gerai akan disemak &#8211; Suara Bandar",
            "Kadar sewa gerai akan disemak",
            MS,
            site="Suara Bandar",
            meta='<span class="posted-on">Diterbitkan pada 5 Mac 2024</span> '
            '<span class="byline">oleh <a href="/author/s/">Siti Aminah</a></span>',
            footer=tag_links("Tag:", ("sewa", "gerai")),
        ),
        {
            "title": "Kadar sewa gerai akan disemak",
            "authors": ("Siti Aminah",),
            "published": _d(2024, 3, 5),
            "tags": ("sewa", "gerai"),
            "publisher": "Suara Bandar",
            "language": "ms",
        },
    ),
)

PROBES = PROBES + _EUROPE + _NORTH + _ASIA_AFRICA


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


def _twice(first: str, second: str) -> tuple[str, str]:
    return (first, second)


KM = _twice(
    "សាលាក្រុងបានបើកសួនច្បារសាធារណៈថ្មីមួយនៅមាត់ទន្លេកាលពីថ្ងៃអង្គារ "
    "បន្ទាប់ពីការសាងសង់រយៈពេលជិតពីរឆ្នាំ។ អភិបាលក្រុងបាននិយាយថា សួននេះមានផ្លូវកង់ និងកន្លែងលេងសម្រាប់កុមារ។",
    "ប្រជាពលរដ្ឋក្នុងតំបន់បានស្វាគមន៍ការបើកនេះ "
    "ប៉ុន្តែអ្នកខ្លះបារម្ភអំពីកន្លែងចតរថយន្តមិនគ្រប់គ្រាន់។ សាលាក្រុងបានសន្យាថានឹងសាងសង់ចំណតថ្មីនៅឆ្នាំនេះ។",
)
AM = _twice(
    "የከተማው አስተዳደር ማክሰኞ ዕለት በወንዙ ዳርቻ አዲስ የሕዝብ መናፈሻ ከፍቷል። ግንባታው ሁለት ዓመት ገደማ "
    "የፈጀ ሲሆን መናፈሻው የብስክሌት መንገዶችና የልጆች መጫወቻ ስፍራዎች አሉት ብለዋል ከንቲባው።",
    "ነዋሪዎች መናፈሻው መከፈቱን በደስታ ተቀብለውታል፤ ሆኖም አንዳንዶቹ የመኪና ማቆሚያ እጥረት እንዳለ ገልጸዋል። "
    "አስተዳደሩ በዓመቱ መጨረሻ አዲስ ማቆሚያ እንደሚገነባ ቃል ገብቷል።",
)
NE = _twice(
    "नगरपालिकाले मंगलबार खोला किनारमा नयाँ सार्वजनिक पार्क सञ्चालनमा ल्याएको छ। करिब दुई वर्ष "
    "लगाएर निर्माण गरिएको पार्कमा साइकल मार्ग र बालबालिकाका लागि खेल्ने ठाउँ रहेको मेयरले बताए।",
    "स्थानीयवासीले पार्क खुलेकोमा खुसी व्यक्त गरे पनि केहीले पार्किङ अभाव रहेको गुनासो गरे। "
    "नगरपालिकाले यो वर्षभित्र नयाँ पार्किङ बनाउने बताएको छ।",
)
MR = _twice(
    "महापालिकेने मंगळवारी नदीकाठी नवीन सार्वजनिक उद्यान खुले केले. सुमारे दोन वर्षे काम चालू "
    "असलेल्या या उद्यानात सायकल मार्ग आणि मुलांसाठी खेळण्याची जागा आहे, असे महापौरांनी सांगितले.",
    "स्थानिक नागरिकांनी उद्यानाचे स्वागत केले, मात्र काहींनी वाहनतळाच्या कमतरतेबद्दल तक्रार केली. "
    "महापालिकेने वर्षअखेरीस नवीन वाहनतळ बांधण्याचे आश्वासन दिले आहे.",
)
GU = _twice(
    "મહાનગરપાલિકાએ મંગળવારે નદીકિનારે નવો જાહેર બગીચો ખુલ્લો મૂક્યો હતો. લગભગ બે વર્ષના કામ પછી "
    "તૈયાર થયેલા આ બગીચામાં સાયકલ માર્ગ અને બાળકો માટે રમતનું મેદાન છે, એમ મેયરે જણાવ્યું હતું.",
    "સ્થાનિક રહેવાસીઓએ બગીચાનું સ્વાગત કર્યું, પરંતુ કેટલાક લોકોએ પાર્કિંગની અછતની ફરિયાદ કરી હતી. "
    "મહાનગરપાલિકાએ વર્ષના અંત સુધીમાં નવું પાર્કિંગ બનાવવાનું વચન આપ્યું છે.",
)
TE = _twice(
    "నగరపాలక సంస్థ మంగళవారం నది ఒడ్డున కొత్త పబ్లిక్ పార్కును ప్రారంభించింది. దాదాపు రెండేళ్ల పాటు "
    "నిర్మాణం జరిగిన ఈ పార్కులో సైకిల్ దారులు, పిల్లల ఆట స్థలం ఉన్నాయని మేయర్ తెలిపారు.",
    "స్థానికులు పార్కు ప్రారంభాన్ని స్వాగతించారు, అయితే కొందరు పార్కింగ్ కొరతపై ఫిర్యాదు చేశారు. "
    "ఈ ఏడాది చివరికల్లా కొత్త పార్కింగ్ నిర్మిస్తామని అధికారులు హామీ ఇచ్చారు.",
)
ML = _twice(
    "നഗരസഭ ചൊവ്വാഴ്ച പുഴയോരത്ത് പുതിയ പൊതു ഉദ്യാനം തുറന്നു. ഏകദേശം രണ്ട് വർഷമെടുത്ത് നിർമ്മിച്ച "
    "ഉദ്യാനത്തിൽ സൈക്കിൾ പാതകളും കുട്ടികൾക്കുള്ള കളിസ്ഥലവും ഉണ്ടെന്ന് മേയർ പറഞ്ഞു.",
    "പ്രദേശവാസികൾ ഉദ്യാനം തുറന്നതിനെ സ്വാഗതം ചെയ്തെങ്കിലും ചിലർ പാർക്കിംഗ് "
    "സൗകര്യക്കുറവിനെക്കുറിച്ച് പരാതിപ്പെട്ടു. ഈ വർഷം തന്നെ പുതിയ പാർക്കിംഗ് നിർമ്മിക്കുമെന്ന് നഗരസഭ അറിയിച്ചു.",
)
PA = _twice(
    "ਨਗਰ ਨਿਗਮ ਨੇ ਮੰਗਲਵਾਰ ਨੂੰ ਦਰਿਆ ਕੰਢੇ ਨਵਾਂ ਜਨਤਕ ਪਾਰਕ ਖੋਲ੍ਹਿਆ। ਲਗਭਗ ਦੋ ਸਾਲਾਂ ਵਿੱਚ ਤਿਆਰ ਹੋਏ ਇਸ "
    "ਪਾਰਕ ਵਿੱਚ ਸਾਈਕਲ ਰਸਤੇ ਅਤੇ ਬੱਚਿਆਂ ਲਈ ਖੇਡ ਮੈਦਾਨ ਹੈ, ਮੇਅਰ ਨੇ ਦੱਸਿਆ।",
    "ਸਥਾਨਕ ਲੋਕਾਂ ਨੇ ਪਾਰਕ ਦਾ ਸਵਾਗਤ ਕੀਤਾ, ਪਰ ਕੁਝ ਨੇ ਪਾਰਕਿੰਗ ਦੀ ਘਾਟ ਦੀ ਸ਼ਿਕਾਇਤ ਕੀਤੀ। ਨਿਗਮ ਨੇ ਸਾਲ "
    "ਦੇ ਅੰਤ ਤੱਕ ਨਵੀਂ ਪਾਰਕਿੰਗ ਬਣਾਉਣ ਦਾ ਵਾਅਦਾ ਕੀਤਾ ਹੈ।",
)
SI = _twice(
    "නගර සභාව අඟහරුවාදා ගඟ අසල නව පොදු උද්‍යානයක් විවෘත කළේය. වසර දෙකකට ආසන්න කාලයක් ඉදිකිරීම් "
    "කළ මෙම උද්‍යානයේ බයිසිකල් මාර්ග සහ ළමා ක්‍රීඩා පිටියක් ඇති බව නගරාධිපතිවරයා පැවසීය.",
    "ප්‍රදේශවාසීන් උද්‍යානය විවෘත කිරීම පිළිගත් නමුත් සමහරු වාහන නැවැත්වීමේ ඉඩ නොමැතිකම ගැන "
    "පැමිණිලි කළහ. මෙම වසර අවසානයට පෙර නව වාහන නැවතුමක් ඉදිකරන බව නගර සභාව පැවසීය.",
)
LT = _twice(
    "Savivaldybė antradienį atidarė naują viešąjį parką prie upės, kurio statybos truko beveik "
    "dvejus metus. Pasak mero, parke įrengti dviračių takai ir vaikų žaidimų aikštelės.",
    "Gyventojai parko atidarymą sutiko palankiai, tačiau kai kurie skundėsi automobilių stovėjimo "
    "vietų trūkumu. Savivaldybė žada naują aikštelę įrengti iki metų pabaigos.",
)
SL = _twice(
    "Občina je v torek odprla nov javni park ob reki, ki so ga gradili skoraj dve leti. Po besedah "
    "župana so v parku kolesarske steze in otroška igrišča.",
    "Prebivalci so odprtje pozdravili, nekateri pa so se pritožili nad pomanjkanjem parkirnih "
    "mest. Občina obljublja novo parkirišče do konca leta.",
)
HR = _twice(
    "Gradska uprava u utorak je otvorila novi javni park uz rijeku, koji se gradio gotovo dvije "
    "godine. Prema riječima gradonačelnika, u parku su biciklističke staze i dječja igrališta.",
    "Stanovnici su otvorenje pozdravili, no neki su se požalili na nedostatak parkirnih mjesta. "
    "Grad obećava novo parkiralište do kraja godine.",
)
SR = _twice(
    "Градска управа је у уторак отворила нови јавни парк поред реке, који је грађен скоро две "
    "године. Према речима градоначелника, у парку се налазе бициклистичке стазе и дечја игралишта.",
    "Становници су поздравили отварање, али су се неки жалили на недостатак паркинг места. Град "
    "обећава нови паркинг до краја године.",
)
KK = _twice(
    "Қала әкімдігі сейсенбі күні өзен жағасында жаңа саябақ ашты, оның құрылысы екі жылға жуық "
    "созылды. Әкімнің айтуынша, саябақта велосипед жолдары мен балалар алаңы бар.",
    "Тұрғындар саябақтың ашылуын құптады, алайда кейбірі көлік тұрағының жетіспеушілігіне "
    "шағымданды. Әкімдік жыл соңына дейін жаңа тұрақ салуға уәде берді.",
)
SQ = _twice(
    "Bashkia hapi të martën parkun e ri publik buzë lumit, ndërtimi i të cilit zgjati gati dy "
    "vjet. Sipas kryetarit, në park ka shtigje për biçikleta dhe kënde lojërash për fëmijë.",
    "Banorët e përshëndetën hapjen, por disa u ankuan për mungesën e vendeve të parkimit. Bashkia "
    "premton një parking të ri deri në fund të vitit.",
)

_MORE: tuple[Probe, ...] = (
    Probe(
        "km_day_period_after_time",
        "km",
        news_cms(
            "km",
            "បើកសួនច្បារសាធារណៈថ្មីនៅមាត់ទន្លេ | ព័ត៌មានភ្នំពេញថ្ងៃនេះ",
            "បើកសួនច្បារសាធារណៈថ្មីនៅមាត់ទន្លេ",
            KM,
            site="ព័ត៌មានភ្នំពេញថ្ងៃនេះ",
            meta='<span class="author">ដោយ៖ សុខ ចាន់ថា</span>'
            '<span class="date">ថ្ងៃអង្គារ ទី៥ ខែមីនា ឆ្នាំ២០២៤ ម៉ោង ២:៣០ រសៀល</span>',
            section="សង្គម",
        ),
        {
            "title": "បើកសួនច្បារសាធារណៈថ្មីនៅមាត់ទន្លេ",
            "authors": ("សុខ ចាន់ថា",),
            "published": _d(2024, 3, 5, 14, 30),
            "publisher": "ព័ត៌មានភ្នំពេញថ្ងៃនេះ",
            "language": "km",
        },
    ),
    Probe(
        "am_ethiopian_calendar",
        "am",
        news_cms(
            "am",
            "በወንዙ ዳርቻ አዲስ መናፈሻ ተከፈተ | የአዲስ ዜና",
            "በወንዙ ዳርቻ አዲስ መናፈሻ ተከፈተ",
            AM,
            site="የአዲስ ዜና",
            meta='<span class="author">ዘጋቢ፡ አበበ ከበደ</span>'
            '<span class="date">ማክሰኞ የካቲት 26 ቀን 2016 ዓ.ም</span>',
            section="ዜና",
        ),
        {
            "title": "በወንዙ ዳርቻ አዲስ መናፈሻ ተከፈተ",
            "authors": ("አበበ ከበደ",),
            "published": _d(2024, 3, 5),
            "publisher": "የአዲስ ዜና",
            "language": "am",
        },
    ),
    Probe(
        "am_ethiopian_calendar_slash",
        "am",
        wordpress(
            "am",
            "የመኪና ማቆሚያ እጥረት – የከተማ ድምፅ",
            "የመኪና ማቆሚያ እጥረት",
            AM,
            site="የከተማ ድምፅ",
            meta='<span class="posted-on">የካቲት 26/2016 ዓ.ም</span>',
        ),
        {
            "title": "የመኪና ማቆሚያ እጥረት",
            "published": _d(2024, 3, 5),
            "publisher": "የከተማ ድምፅ",
            "language": "am",
        },
    ),
    Probe(
        "ne_daytime_baje",
        "ne",
        news_cms(
            "ne",
            "खोला किनारमा नयाँ पार्क सञ्चालनमा - नगर खबर",
            "खोला किनारमा नयाँ पार्क सञ्चालनमा",
            NE,
            site="नगर खबर",
            meta='<span class="author">लेखक: राम बहादुर थापा</span>'
            '<span class="date">५ मार्च २०२४, दिउँसो २:३० बजे</span>',
            section="समाचार",
        ),
        {
            "title": "खोला किनारमा नयाँ पार्क सञ्चालनमा",
            "authors": ("राम बहादुर थापा",),
            "published": _d(2024, 3, 5, 14, 30),
            "publisher": "नगर खबर",
            "language": "ne",
        },
    ),
    Probe(
        "ne_byline_name_and_town",
        "ne",
        news_cms(
            "ne",
            "पार्किङ अभावको गुनासो | पहाड दैनिक",
            "पार्किङ अभावको गुनासो",
            NE,
            site="पहाड दैनिक",
            meta='<span class="author">सीता गुरुङ, पोखरा</span><span class="date">५ मार्च २०२४</span>',
            section="प्रदेश",
        ),
        {
            "title": "पार्किङ अभावको गुनासो",
            "authors": ("सीता गुरुङ",),
            "published": _d(2024, 3, 5),
            "language": "ne",
        },
    ),
    Probe(
        "mr_locative_day_period",
        "mr",
        news_cms(
            "mr",
            "नदीकाठी नवीन उद्यान खुले | महानगर वार्ता",
            "नदीकाठी नवीन उद्यान खुले",
            MR,
            site="महानगर वार्ता",
            meta='<span class="author">लेखक: प्रिया देशपांडे</span>'
            '<span class="date">५ मार्च २०२४, दुपारी २:३० वाजता</span>',
            section="शहर",
        ),
        {
            "title": "नदीकाठी नवीन उद्यान खुले",
            "authors": ("प्रिया देशपांडे",),
            "published": _d(2024, 3, 5, 14, 30),
            "publisher": "महानगर वार्ता",
            "language": "mr",
        },
    ),
    Probe(
        "gu_native_digits_period",
        "gu",
        wordpress(
            "gu",
            "નદીકિનારે નવો બગીચો ખુલ્લો મુકાયો - શહેર સમાચાર",
            "નદીકિનારે નવો બગીચો ખુલ્લો મુકાયો",
            GU,
            site="શહેર સમાચાર",
            meta='<span class="byline">લેખક: <a href="/author/k/">કિરણ પટેલ</a></span> '
            '<span class="posted-on">૫ માર્ચ ૨૦૨૪, બપોરે ૨:૩૦</span>',
        ),
        {
            "title": "નદીકિનારે નવો બગીચો ખુલ્લો મુકાયો",
            "authors": ("કિરણ પટેલ",),
            "published": _d(2024, 3, 5, 14, 30),
            "publisher": "શહેર સમાચાર",
            "language": "gu",
        },
    ),
    Probe(
        "ta_evening_period",
        "ta",
        news_cms(
            "ta",
            "நூலகத்துக்கு மாலை நேர வாசகர்கள் | மாநகர செய்தி",
            "நூலகத்துக்கு மாலை நேர வாசகர்கள்",
            TA,
            site="மாநகர செய்தி",
            meta='<span class="date">மார்ச் 5, 2024 மாலை 6:30</span>',
            section="மாநகரம்",
        ),
        {
            "title": "நூலகத்துக்கு மாலை நேர வாசகர்கள்",
            "published": _d(2024, 3, 5, 18, 30),
            "publisher": "மாநகர செய்தி",
            "language": "ta",
        },
    ),
    Probe(
        "te_evening_period",
        "te",
        news_cms(
            "te",
            "నది ఒడ్డున కొత్త పార్కు ప్రారంభం | నగర వార్తలు",
            "నది ఒడ్డున కొత్త పార్కు ప్రారంభం",
            TE,
            site="నగర వార్తలు",
            meta='<span class="date">మార్చి 5, 2024 సాయంత్రం 6:30</span>',
            section="నగరం",
        ),
        {
            "title": "నది ఒడ్డున కొత్త పార్కు ప్రారంభం",
            "published": _d(2024, 3, 5, 18, 30),
            "publisher": "నగర వార్తలు",
            "language": "te",
        },
    ),
    Probe(
        "ml_evening_period",
        "ml",
        news_cms(
            "ml",
            "പുഴയോരത്ത് പുതിയ ഉദ്യാനം | നഗരവാർത്ത",
            "പുഴയോരത്ത് പുതിയ ഉദ്യാനം",
            ML,
            site="നഗരവാർത്ത",
            meta='<span class="date">2024 മാർച്ച് 5, വൈകുന്നേരം 6:30</span>',
            section="പ്രാദേശികം",
        ),
        {
            "title": "പുഴയോരത്ത് പുതിയ ഉദ്യാനം",
            "published": _d(2024, 3, 5, 18, 30),
            "publisher": "നഗരവാർത്ത",
            "language": "ml",
        },
    ),
    Probe(
        "pa_evening_period",
        "pa",
        news_cms(
            "pa",
            "ਦਰਿਆ ਕੰਢੇ ਨਵਾਂ ਪਾਰਕ | ਪੰਜਾਬ ਖ਼ਬਰਾਂ",
            "ਦਰਿਆ ਕੰਢੇ ਨਵਾਂ ਪਾਰਕ",
            PA,
            site="ਪੰਜਾਬ ਖ਼ਬਰਾਂ",
            meta='<span class="author">ਲੇਖਕ: ਹਰਪ੍ਰੀਤ ਸਿੰਘ</span>'
            '<span class="date">5 ਮਾਰਚ 2024 ਸ਼ਾਮ 6:30</span>',
            section="ਸ਼ਹਿਰ",
        ),
        {
            "title": "ਦਰਿਆ ਕੰਢੇ ਨਵਾਂ ਪਾਰਕ",
            "authors": ("ਹਰਪ੍ਰੀਤ ਸਿੰਘ",),
            "published": _d(2024, 3, 5, 18, 30),
            "publisher": "ਪੰਜਾਬ ਖ਼ਬਰਾਂ",
            "language": "pa",
        },
    ),
    Probe(
        "si_pm_before_time",
        "si",
        news_cms(
            "si",
            "ගඟ අසල නව උද්‍යානයක් | නගර පුවත්",
            "ගඟ අසල නව උද්‍යානයක්",
            SI,
            site="නගර පුවත්",
            meta='<span class="date">2024 මාර්තු 05, ප.ව. 2.30</span>',
            section="පුවත්",
        ),
        {
            "title": "ගඟ අසල නව උද්‍යානයක්",
            "published": _d(2024, 3, 5, 14, 30),
            "publisher": "නගර පුවත්",
            "language": "si",
        },
    ),
    Probe(
        "lt_year_first_words",
        "lt",
        news_cms(
            "lt",
            "Prie upės atidarytas naujas parkas | Pajūrio žinios",
            "Prie upės atidarytas naujas parkas",
            LT,
            site="Pajūrio žinios",
            meta='<span class="author">Autorius: Jonas Petraitis</span>'
            '<span class="date">2024 m. kovo 5 d. 14:30</span>',
            after='<div class="tags">Žymės: <a href="/zyma/1">parkas</a> '
            '<a href="/zyma/2">savivaldybė</a></div>',
            section="Regionai",
        ),
        {
            "title": "Prie upės atidarytas naujas parkas",
            "authors": ("Jonas Petraitis",),
            "published": _d(2024, 3, 5, 14, 30),
            "tags": ("parkas", "savivaldybė"),
            "publisher": "Pajūrio žinios",
            "language": "lt",
        },
    ),
    Probe(
        "sl_wp_ob_dotted_time",
        "sl",
        wordpress(
            "sl",
            "Novo parkirišče do konca leta &#8211; Lokalne novice",
            "Novo parkirišče do konca leta",
            SL,
            site="Lokalne novice",
            meta='<span class="byline">Avtor: <a href="/author/j/">Janez Novak</a></span> '
            '<span class="posted-on">5. marec 2024 ob 14.30</span>',
            footer=tag_links("Oznake:", ("park", "občina")),
        ),
        {
            "title": "Novo parkirišče do konca leta",
            "authors": ("Janez Novak",),
            "published": _d(2024, 3, 5, 14, 30),
            "tags": ("park", "občina"),
            "publisher": "Lokalne novice",
            "language": "sl",
        },
    ),
    Probe(
        "hr_pise_genitive",
        "hr",
        news_cms(
            "hr",
            "Uz rijeku otvoren novi park | Jadranski list",
            "Uz rijeku otvoren novi park",
            HR,
            site="Jadranski list",
            meta='<span class="author">Piše: Ivana Horvat</span>'
            '<span class="date">5. ožujka 2024. u 14:30</span>',
            after='<div class="tags">Oznake: <a href="/tag/1">park</a> <a href="/tag/2">grad</a>'
            "</div>",
            section="Vijesti",
        ),
        {
            "title": "Uz rijeku otvoren novi park",
            "authors": ("Ivana Horvat",),
            "published": _d(2024, 3, 5, 14, 30),
            "tags": ("park", "grad"),
            "publisher": "Jadranski list",
            "language": "hr",
        },
    ),
    Probe(
        "sr_cyrillic",
        "sr",
        news_cms(
            "sr",
            "Поред реке отворен нови парк | Војвођанске вести",
            "Поред реке отворен нови парк",
            SR,
            site="Војвођанске вести",
            meta='<span class="author">Аутор: Марко Петровић</span>'
            '<span class="date">5. март 2024. у 14:30</span>',
            section="Друштво",
        ),
        {
            "title": "Поред реке отворен нови парк",
            "authors": ("Марко Петровић",),
            "published": _d(2024, 3, 5, 14, 30),
            "publisher": "Војвођанске вести",
            "language": "sr",
        },
    ),
    Probe(
        "kk_news",
        "kk",
        news_cms(
            "kk",
            "Өзен жағасында жаңа саябақ ашылды | Дала жаңалықтары",
            "Өзен жағасында жаңа саябақ ашылды",
            KK,
            site="Дала жаңалықтары",
            meta='<span class="author">Автор: Айгүл Серікова</span>'
            '<span class="date">5 наурыз 2024, 14:30</span>',
            section="Қоғам",
        ),
        {
            "title": "Өзен жағасында жаңа саябақ ашылды",
            "authors": ("Айгүл Серікова",),
            "published": _d(2024, 3, 5, 14, 30),
            "publisher": "Дала жаңалықтары",
            "language": "kk",
        },
    ),
    Probe(
        "sq_nga_ora",
        "sq",
        news_cms(
            "sq",
            "Hapet parku i ri buzë lumit | Lajme nga Veriu",
            "Hapet parku i ri buzë lumit",
            SQ,
            site="Lajme nga Veriu",
            meta='<span class="author">Nga Arben Hoxha</span>'
            '<span class="date">5 mars 2024, ora 14:30</span>',
            section="Lajme",
        ),
        {
            "title": "Hapet parku i ri buzë lumit",
            "authors": ("Arben Hoxha",),
            "published": _d(2024, 3, 5, 14, 30),
            "publisher": "Lajme nga Veriu",
            "language": "sq",
        },
    ),
)

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
PROBES = PROBES + _MORE

PS = _twice(
    "ښاروالۍ د سه شنبې په ورځ د سیند پر غاړه یو نوی عامه پارک پرانیست چې جوړول یې نږدې دوه کاله "
    "وخت ونیو. ښاروال وویل چې په پارک کې د بایسکل لارې او د ماشومانو د لوبو ځایونه شته.",
    "سیمه ییزو اوسیدونکو د پارک پرانیستل ښه وبلل، خو ځینو د موټرو د تمځای د کمښت په اړه شکایت "
    "وکړ. ښاروالۍ ژمنه کړې چې د کال تر پایه به نوی تمځای جوړ کړي.",
)
TG = _twice(
    "Мақомоти шаҳр рӯзи сешанбе дар соҳили дарё боғи нави ҷамъиятӣ кушод, ки сохтмони он қариб ду "
    "сол давом кард. Ба гуфтаи раиси шаҳр, дар боғ роҳҳои велосипедронӣ ва майдончаҳои бозии "
    "кӯдакон мавҷуданд.",
    "Сокинон кушодани боғро истиқбол карданд, аммо баъзеҳо аз нарасидани ҷойҳои истгоҳи мошин "
    "шикоят карданд. Мақомот ваъда доданд, ки то охири сол истгоҳи нав месозанд.",
)

_AFGHAN_AND_MORE: tuple[Probe, ...] = (
    Probe(
        "fa_af_dari_zodiac_month",
        "fa",
        news_cms(
            "fa-AF",
            "آغاز ساخت پل جدید در ولایت | خبرگزاری کوهسار",
            "آغاز ساخت پل جدید در ولایت",
            FA,
            site="خبرگزاری کوهسار",
            meta='<span class="author">نویسنده: احمد ضیا رحیمی</span>'
            '<span class="date">سه‌شنبه ۱۵ حوت ۱۴۰۲</span>',
            section="ولایات",
        ),
        {
            "title": "آغاز ساخت پل جدید در ولایت",
            "authors": ("احمد ضیا رحیمی",),
            "published": _d(2024, 3, 5),
            "publisher": "خبرگزاری کوهسار",
            "language": "fa",
        },
    ),
    Probe(
        "ps_pashto_month",
        "ps",
        news_cms(
            "ps",
            "د سیند پر غاړه نوی پارک پرانیستل شو | د پښتونخوا غږ",
            "د سیند پر غاړه نوی پارک پرانیستل شو",
            PS,
            site="د پښتونخوا غږ",
            meta='<span class="date">۱۵ کب ۱۴۰۲ - ۱۰:۳۰</span>',
            section="خبرونه",
        ),
        {
            "title": "د سیند پر غاړه نوی پارک پرانیستل شو",
            "published": _d(2024, 3, 5, 10, 30),
            "publisher": "د پښتونخوا غږ",
            "language": "ps",
        },
    ),
    Probe(
        "bn_bd_pm_word",
        "bn",
        news_cms(
            "bn",
            "নতুন বাঁধের কাজ শুরু | দৈনিক চরবার্তা",
            "নতুন বাঁধের কাজ শুরু",
            BN,
            site="দৈনিক চরবার্তা",
            meta='<span class="author">লেখক: শাহানা পারভীন</span>'
            '<span class="date">প্রকাশিত: ০৩:৪৫ অপরাহ্ণ, ০৫ মার্চ ২০২৪</span>',
            section="সারাদেশ",
        ),
        {
            "title": "নতুন বাঁধের কাজ শুরু",
            "authors": ("শাহানা পারভীন",),
            "published": _d(2024, 3, 5, 15, 45),
            "publisher": "দৈনিক চরবার্তা",
            "language": "bn",
        },
    ),
    Probe(
        "tg_izofat_month",
        "tg",
        news_cms(
            "tg",
            "Дар соҳили дарё боғи нав кушода шуд | Хабарҳои Варзоб",
            "Дар соҳили дарё боғи нав кушода шуд",
            TG,
            site="Хабарҳои Варзоб",
            meta='<span class="author">Муаллиф: Фарид Раҳимов</span>'
            '<span class="date">5 марти 2024, 15:45</span>',
            section="Ҷомеа",
        ),
        {
            "title": "Дар соҳили дарё боғи нав кушода шуд",
            "authors": ("Фарид Раҳимов",),
            "published": _d(2024, 3, 5, 15, 45),
            "publisher": "Хабарҳои Варзоб",
            "language": "tg",
        },
    ),
)

HOSTS.update(
    {
        "fa_af_dari_zodiac_month": "kohsar-news.af",
        "ps_pashto_month": "pakhtunkhwaghag.af",
        "bn_bd_pm_word": "dainikcharbarta.com.bd",
        "tg_izofat_month": "khabarhoivarzob.tj",
    }
)
PROBES = PROBES + _AFGHAN_AND_MORE

# --- The round of calendars, clocks and the languages left ------------------------------
# Pages in languages no probe had (Yoruba, Hausa, Burmese, Azerbaijani, Uzbek, Mongolian,
# Bosnian, Serbian in Latin letters, Catalan, Basque, Galician, Welsh, Irish, Maltese,
# Icelandic, Arabic), the calendars newsrooms print beside or instead of the Gregorian one
# (lunar Hijri, Hebrew, Bikram Sambat), the Swahili and Ethiopian clocks, and a town after
# the writer's name in several languages.

WAT = timezone(timedelta(hours=1))
AZT = timezone(timedelta(hours=4))

YO = _twice(
    "Ìjọba ìbílẹ̀ ṣí ọjà tuntun kan sílẹ̀ ní àárín ìlú ní ọjọ́ Ìṣẹ́gun lẹ́yìn ọdún méjì tí wọ́n "
    "fi kọ́ ọ. Alága ìjọba ìbílẹ̀ sọ pé ọjà náà ní ààyè fún àwọn oníṣòwò tó lé ní ọ̀ọ́dúnrún.",
    "Àwọn olùgbé àdúgbò náà kí ìgbésẹ̀ yìí káàbọ̀, ṣùgbọ́n àwọn kan ráhùn nípa owó ilé ìtajà tó "
    "ga. Ìjọba ṣèlérí láti ṣàtúnyẹ̀wò owó náà kí oṣù tó parí.",
)
HA = _twice(
    "Karamar hukumar birnin ta bude sabuwar kasuwa a tsakiyar gari ranar Talata bayan shekaru "
    "biyu ana gininta. Shugaban karamar hukumar ya ce kasuwar tana da wurare ga 'yan kasuwa "
    "fiye da dari uku.",
    "Mazauna yankin sun yi maraba da matakin, amma wasu 'yan kasuwa sun koka kan tsadar haya. "
    "Hukumar ta yi alkawarin sake duba kudin hayar kafin karshen wata.",
)
MY = _twice(
    "မြို့တော်စည်ပင်သာယာရေးအဖွဲ့သည် အင်္ဂါနေ့က မြစ်ကမ်းနားတွင် ပြည်သူ့ဥယျာဉ်အသစ်တစ်ခုကို "
    "ဖွင့်လှစ်ခဲ့သည်။ ဥယျာဉ်တွင် စက်ဘီးလမ်းများနှင့် ကလေးကစားကွင်းများ ပါဝင်ကြောင်း မြို့တော်ဝန်က ပြောကြားခဲ့သည်။",
    "ဒေသခံများက ဥယျာဉ်ဖွင့်လှစ်ခြင်းကို ကြိုဆိုကြသော်လည်း အချို့က ကားရပ်နားရန်နေရာ "
    "မလုံလောက်ကြောင်း တိုင်ကြားခဲ့ကြသည်။ ယခုနှစ်အတွင်း ကားပါကင်အသစ် တည်ဆောက်မည်ဟု အဖွဲ့က ကတိပြုခဲ့သည်။",
)
AZ = _twice(
    "Şəhər icra hakimiyyəti çərşənbə axşamı çayın sahilində yeni ictimai park açıb. Tikintisi "
    "təxminən iki il davam edən parkda velosiped yolları və uşaq meydançaları var.",
    "Sakinlər parkın açılışını alqışlayıb, lakin bəziləri avtomobil dayanacaqlarının "
    "çatışmazlığından şikayət edib. İcra hakimiyyəti il sonunadək yeni dayanacaq tikiləcəyini "
    "vəd edib.",
)
UZ = _twice(
    "Shahar hokimligi seshanba kuni daryo bo'yida yangi jamoat bog'ini ochdi. Qurilishi qariyb "
    "ikki yil davom etgan bog'da velosiped yo'laklari va bolalar maydonchalari bor.",
    "Aholi bog'ning ochilishini olqishladi, biroq ayrimlar avtoturargohlar yetishmasligidan "
    "shikoyat qildi. Hokimlik yil oxirigacha yangi avtoturargoh qurishni va'da qildi.",
)
MN = _twice(
    "Хотын захиргаа мягмар гарагт голын эрэг дээр шинэ цэцэрлэгт хүрээлэн нээлээ. Бараг хоёр жил "
    "барьсан энэхүү цэцэрлэгт дугуйн зам, хүүхдийн тоглоомын талбай бий гэж хотын дарга мэдэгдлээ.",
    "Оршин суугчид нээлтийг сайшаасан ч зарим нь зогсоолын хомсдолд гомдол гаргажээ. Захиргаа "
    "оны эцэс гэхэд шинэ зогсоол барина гэж амласан.",
)
BS = _twice(
    "Gradska uprava je u utorak otvorila novi javni park uz rijeku, čija je izgradnja trajala "
    "skoro dvije godine. Prema riječima načelnika, u parku se nalaze biciklističke staze i "
    "dječija igrališta.",
    "Stanovnici su pozdravili otvaranje, ali su se neki žalili na nedostatak parking mjesta. "
    "Općina obećava novi parking do kraja godine.",
)
SR_LATN = _twice(
    "Gradska uprava je u utorak otvorila novi javni park pored reke, koji je građen skoro dve "
    "godine. Prema rečima gradonačelnika, u parku se nalaze biciklističke staze i dečja "
    "igrališta.",
    "Stanovnici su pozdravili otvaranje, ali su se neki žalili na nedostatak parking mesta. Grad "
    "obećava novi parking do kraja godine.",
)
CA = _twice(
    "L'Ajuntament va inaugurar dimarts el nou parc públic a la vora del riu, després de gairebé "
    "dos anys d'obres. Segons l'alcaldessa, el parc té carrils bici i zones de joc per als "
    "infants.",
    "Els veïns van celebrar l'obertura, però alguns es van queixar de la manca de places "
    "d'aparcament. L'Ajuntament promet un nou aparcament abans que acabi l'any.",
)
EU = _twice(
    "Udalak asteartean ibaiaren ertzean parke publiko berria ireki zuen, ia bi urteko lanen "
    "ondoren. Alkatearen arabera, parkeak bizikleta bideak eta haurrentzako jolas guneak ditu.",
    "Bizilagunek irekiera ongi hartu zuten, baina batzuk aparkalekuen faltaz kexatu ziren. "
    "Udalak urtea amaitu aurretik aparkaleku berria egingo duela agindu du.",
)
GL = _twice(
    "O Concello inaugurou o martes o novo parque público á beira do río, despois de case dous "
    "anos de obras. Segundo a alcaldesa, o parque conta con carrís bici e zonas de xogo para os "
    "nenos.",
    "A veciñanza celebrou a apertura, pero algunhas persoas queixáronse da falta de prazas de "
    "aparcamento. O Concello promete un novo aparcamento antes de que remate o ano.",
)
CY = _twice(
    "Agorodd y cyngor barc cyhoeddus newydd ar lan yr afon ddydd Mawrth, ar ôl bron i ddwy "
    "flynedd o waith adeiladu. Yn ôl yr arweinydd, mae gan y parc lwybrau beicio a mannau "
    "chwarae i blant.",
    "Croesawodd y trigolion yr agoriad, ond cwynodd rhai am y diffyg lleoedd parcio. Mae'r "
    "cyngor wedi addo maes parcio newydd cyn diwedd y flwyddyn.",
)
GA = _twice(
    "D'oscail an chomhairle páirc phoiblí nua cois na habhann Dé Máirt, tar éis beagnach dhá "
    "bhliain oibre. Dar leis an gcathaoirleach, tá cosáin rothar agus clós súgartha do pháistí "
    "sa pháirc.",
    "Chuir na cónaitheoirí fáilte roimh an oscailt, ach rinne cuid acu gearán faoin easpa "
    "spásanna páirceála. Gheall an chomhairle carrchlós nua roimh dheireadh na bliana.",
)
MT = _twice(
    "Il-kunsill lokali fetaħ nhar it-Tlieta ġnien pubbliku ġdid ħdejn ix-xatt, wara kważi "
    "sentejn ta' xogħol. Skont is-sindku, il-ġnien għandu mogħdijiet għar-roti u spazji "
    "tal-logħob għat-tfal.",
    "Ir-residenti laqgħu l-ftuħ, iżda xi wħud ilmentaw dwar in-nuqqas ta' spazji għall-parkeġġ. "
    "Il-kunsill wiegħed parkeġġ ġdid qabel tmiem is-sena.",
)
IS = _twice(
    "Bæjarstjórnin opnaði nýjan almenningsgarð við ána á þriðjudag eftir nær tveggja ára "
    "framkvæmdir. Að sögn bæjarstjóra eru í garðinum hjólastígar og leiksvæði fyrir börn.",
    "Íbúar fögnuðu opnuninni en sumir kvörtuðu undan skorti á bílastæðum. Bæjarstjórnin lofar "
    "nýju bílastæði fyrir lok ársins.",
)
AR = _twice(
    "افتتحت البلدية يوم الثلاثاء حديقة عامة جديدة على ضفاف النهر بعد نحو عامين من أعمال البناء. "
    "وقال رئيس البلدية إن الحديقة تضم مسارات للدراجات وملاعب للأطفال.",
    "ورحب السكان بافتتاح الحديقة، لكن بعضهم اشتكى من نقص أماكن وقوف السيارات. ووعدت البلدية "
    "ببناء موقف جديد قبل نهاية العام.",
)
CS2 = _twice(
    "Město v úterý otevřelo nový park u řeky, který se stavěl téměř dva roky. Podle starosty "
    "jsou v parku cyklostezky a dětská hřiště.",
    "Obyvatelé otevření uvítali, někteří si ale stěžovali na nedostatek parkovacích míst. Město "
    "slibuje nové parkoviště do konce roku.",
)
PT = _twice(
    "A câmara municipal inaugurou na terça-feira o novo parque público junto ao rio, depois de "
    "quase dois anos de obras. Segundo o presidente, o parque tem ciclovias e parques infantis.",
    "Os moradores saudaram a abertura, mas alguns queixaram-se da falta de estacionamento. A "
    "câmara promete um novo parque de estacionamento até ao fim do ano.",
)
IT = _twice(
    "Il Comune ha inaugurato martedì il nuovo parco pubblico lungo il fiume, dopo quasi due anni "
    "di lavori. Secondo il sindaco, il parco ha piste ciclabili e aree gioco per i bambini.",
    "I residenti hanno accolto con favore l'apertura, ma alcuni lamentano la mancanza di "
    "parcheggi. Il Comune promette un nuovo parcheggio entro la fine dell'anno.",
)


def _news(lang: str, h1: str, site: str, body: tuple[str, ...], meta: str, **more: str) -> str:
    """A news CMS's story whose <title> is the headline and the site's name after a bar."""
    return news_cms(lang, f"{h1} | {site}", h1, body, site=site, meta=meta, **more)


def _tags(label: str, *tags: str) -> str:
    links = " ".join(f'<a href="/t/{n}">{t}</a>' for n, t in enumerate(tags, 1))
    return f'<div class="tags">{label} {links}</div>'


_CALENDARS_AND_MORE: tuple[Probe, ...] = (
    # --- lunar Hijri: beside the Gregorian date, which wins, and alone, converted ------------
    Probe(
        "ar_hijri_then_gregorian",
        "ar",
        _news(
            "ar",
            "افتتاح حديقة عامة جديدة على ضفاف النهر",
            "أخبار المدينة",
            AR,
            '<span class="author">كتب: سامي الخطيب</span>'
            '<span class="date">الثلاثاء ٢٤ شعبان ١٤٤٥ هـ - ٥ مارس ٢٠٢٤ م - ١٠:٣٠ ص</span>',
            after=_tags("الوسوم:", "البلدية", "حدائق"),
            section="محليات",
        ),
        {
            "title": "افتتاح حديقة عامة جديدة على ضفاف النهر",
            "authors": ("سامي الخطيب",),
            "published": _d(2024, 3, 5, 10, 30),
            "tags": ("البلدية", "حدائق"),
            "language": "ar",
        },
    ),
    Probe(
        "ar_hijri_alone",
        "ar",
        wordpress(
            "ar",
            "نقص مواقف السيارات قرب الحديقة الجديدة – مدونة الحي",
            "نقص مواقف السيارات قرب الحديقة الجديدة",
            AR,
            site="مدونة الحي",
            meta='<span class="posted-on">نُشر في ٢٤ شعبان ١٤٤٥هـ</span>',
        ),
        {
            "title": "نقص مواقف السيارات قرب الحديقة الجديدة",
            "published": _d(2024, 3, 5),
            "language": "ar",
        },
    ),
    Probe(
        "ar_hijri_alone_time",
        "ar",
        _news(
            "ar",
            "البلدية تعد بموقف جديد قبل نهاية العام",
            "صحيفة الواحة",
            AR,
            '<span class="date">الاثنين ١٥ رمضان ١٤٤٥هـ الساعة ٠٨:١٥ م</span>',
            section="محليات",
        ),
        {
            "title": "البلدية تعد بموقف جديد قبل نهاية العام",
            "published": _d(2024, 3, 25, 20, 15),
            "language": "ar",
        },
    ),
    Probe(
        "ur_hijri_beside_gregorian",
        "ur",
        _news(
            "ur",
            "بارش کے بعد سڑکیں زیرِ آب",
            "روزنامہ شمال",
            UR,
            '<span class="author">تحریر: عائشہ ملک</span>'
            '<span class="date">منگل 5 مارچ 2024ء، 23 شعبان المعظم 1445ھ</span>',
            section="شہر",
        ),
        {
            "title": "بارش کے بعد سڑکیں زیرِ آب",
            "authors": ("عائشہ ملک",),
            # Pakistan sights the moon a day after Saudi Arabia's calendar: the Hijri day
            # converts to 4 March, the Gregorian date printed beside it is the page's
            "published": _d(2024, 3, 5),
            "language": "ur",
        },
    ),
    # --- Hebrew calendar: beside the Gregorian date, and alone ------------------------------
    Probe(
        "he_hebrew_beside_gregorian",
        "he",
        _news(
            "he",
            "פארק חדש נפתח בשכונה הצפונית",
            "חדשות הגליל העליון",
            HE,
            '<span class="author">מאת: דנה לוי</span>'
            '<span class="date">יום שלישי, כ"ה באדר א\' התשפ"ד, 05.03.2024, 10:30</span>',
            section="חדשות",
        ),
        {
            "title": "פארק חדש נפתח בשכונה הצפונית",
            "authors": ("דנה לוי",),
            "published": _d(2024, 3, 5, 10, 30),
            "language": "he",
        },
    ),
    Probe(
        "he_hebrew_alone",
        "he",
        wordpress(
            "he",
            "מחסור בחניה ליד הפארק – בלוג הקהילה",
            "מחסור בחניה ליד הפארק",
            HE,
            site="בלוג הקהילה",
            meta='<span class="posted-on">כ״ה באדר א׳ תשפ״ד</span>',
        ),
        {
            "title": "מחסור בחניה ליד הפארק",
            "published": _d(2024, 3, 5),
            "language": "he",
        },
    ),
    # --- Bikram Sambat: Nepal's calendar, year first and month first ---------------------
    Probe(
        "ne_bikram_sambat_year_first",
        "ne",
        _news(
            "ne",
            "खोला किनारमा नयाँ पार्क",
            "हिमाल खबरपत्र",
            NE,
            '<span class="author">लेखक: हरि प्रसाद अधिकारी</span>'
            '<span class="date">२०८० फागुन २२ गते मंगलबार ११:१५</span>',
            section="समाचार",
        ),
        {
            "title": "खोला किनारमा नयाँ पार्क",
            "authors": ("हरि प्रसाद अधिकारी",),
            "published": _d(2024, 3, 5, 11, 15),
            "language": "ne",
        },
    ),
    Probe(
        "ne_bikram_sambat_month_first",
        "ne",
        wordpress(
            "ne",
            "पार्किङको अभाव – गाउँको आवाज",
            "पार्किङको अभाव",
            NE,
            site="गाउँको आवाज",
            meta='<span class="posted-on">मंगलबार, फाल्गुन २२, २०८०</span>',
        ),
        {"title": "पार्किङको अभाव", "published": _d(2024, 3, 5), "language": "ne"},
    ),
    # --- Swahili time (hours from 6 a.m.) and the Ethiopian clock ------------------------
    Probe(
        "sw_swahili_time_words",
        "sw",
        _news(
            "sw",
            "Soko jipya lafunguliwa mjini",
            "Sauti ya Pwani",
            SW,
            '<span class="author">Na Halima Said</span>'
            '<span class="date">Jumanne, Machi 5, 2024 saa tatu asubuhi</span>',
            section="Habari",
        ),
        {
            "title": "Soko jipya lafunguliwa mjini",
            "authors": ("Halima Said",),
            "published": _d(2024, 3, 5, 9, 0),
            "language": "sw",
        },
    ),
    Probe(
        "sw_swahili_time_digits",
        "sw",
        _news(
            "sw",
            "Wafanyabiashara walalamikia kodi ya meza",
            "Mwangaza wa Kaskazini",
            SW,
            '<span class="date">Imechapishwa: Machi 5, 2024 saa 9:45 alasiri</span>',
            section="Biashara",
        ),
        {
            "title": "Wafanyabiashara walalamikia kodi ya meza",
            "published": _d(2024, 3, 5, 15, 45),
            "language": "sw",
        },
    ),
    Probe(
        "sw_western_clock",
        "sw",
        _news(
            "sw",
            "Halmashauri kupitia upya viwango vya kodi",
            "Jarida la Ziwa",
            SW,
            '<span class="date">Machi 5, 2024 saa 14:30</span>',
            section="Habari",
        ),
        {
            "title": "Halmashauri kupitia upya viwango vya kodi",
            "published": _d(2024, 3, 5, 14, 30),
            "language": "sw",
        },
    ),
    Probe(
        "am_ethiopian_clock_day",
        "am",
        _news(
            "am",
            "የከተማው አስተዳደር አዲስ መናፈሻ ከፈተ",
            "የሰሜን ዜና",
            AM,
            '<span class="date">የካቲት 26 ቀን 2016 ዓ.ም ከቀኑ 8:30</span>',
            section="ዜና",
        ),
        {
            "title": "የከተማው አስተዳደር አዲስ መናፈሻ ከፈተ",
            "published": _d(2024, 3, 5, 14, 30),
            "language": "am",
        },
    ),
    Probe(
        "am_ethiopian_clock_morning",
        "am",
        wordpress(
            "am",
            "የመኪና ማቆሚያ ጥያቄ – የሰፈር ድምፅ",
            "የመኪና ማቆሚያ ጥያቄ",
            AM,
            site="የሰፈር ድምፅ",
            meta='<span class="posted-on">የካቲት 26 ቀን 2016 ዓ.ም ከጠዋቱ 3:00 ሰዓት</span>',
        ),
        {"title": "የመኪና ማቆሚያ ጥያቄ", "published": _d(2024, 3, 5, 9, 0), "language": "am"},
    ),
    # --- a town after the writer's name ------------------------------------------------
    Probe(
        "cs_name_comma_town",
        "cs",
        _news(
            "cs",
            "Město otevřelo nový park u řeky",
            "Zpravodaj Pomoraví",
            CS2,
            '<span class="author">Petr Svoboda, Prostějov</span>'
            '<span class="date">5. března 2024 14:30</span>',
            section="Kraj",
        ),
        {
            "title": "Město otevřelo nový park u řeky",
            "authors": ("Petr Svoboda",),
            "published": _d(2024, 3, 5, 14, 30),
            "language": "cs",
        },
    ),
    Probe(
        "pt_por_name_em_town",
        "pt",
        _news(
            "pt",
            "Novo parque abre junto ao rio",
            "Jornal do Minho Interior",
            PT,
            '<span class="author">Por João Ferreira Lima, em Barcelos</span>'
            '<span class="date">5 de março de 2024, 10:30</span>',
            section="Região",
        ),
        {
            "title": "Novo parque abre junto ao rio",
            "authors": ("João Ferreira Lima",),
            "published": _d(2024, 3, 5, 10, 30),
            "language": "pt",
        },
    ),
    Probe(
        "it_di_name_da_town",
        "it",
        _news(
            "it",
            "Inaugurato il nuovo parco lungo il fiume",
            "Cronache del Canavese",
            IT,
            '<span class="author">di Marco Bellini, da Ivrea</span>'
            '<span class="date">5 marzo 2024 ore 10:30</span>',
            section="Cronaca",
        ),
        {
            "title": "Inaugurato il nuovo parco lungo il fiume",
            "authors": ("Marco Bellini",),
            "published": _d(2024, 3, 5, 10, 30),
            "language": "it",
        },
    ),
    Probe(
        "ca_per_name_des_de_town",
        "ca",
        _news(
            "ca",
            "El nou parc obre a la vora del riu",
            "Diari del Ripollès",
            CA,
            '<span class="author">Per Núria Soler Vila, des de Ripoll</span>'
            '<span class="date">5 de març de 2024, 10:30</span>',
            section="Comarca",
        ),
        {
            "title": "El nou parc obre a la vora del riu",
            "authors": ("Núria Soler Vila",),
            "published": _d(2024, 3, 5, 10, 30),
            "language": "ca",
        },
    ),
    Probe(
        "sq_nga_name_comma_town",
        "sq",
        _news(
            "sq",
            "Bashkia hap parkun e ri buzë lumit",
            "Zëri i Veriut",
            SQ,
            '<span class="author">Nga Besnik Gjoka, Pukë</span>'
            '<span class="date">5 mars 2024, 14:30</span>',
            section="Lajme",
        ),
        {
            "title": "Bashkia hap parkun e ri buzë lumit",
            "authors": ("Besnik Gjoka",),
            "published": _d(2024, 3, 5, 14, 30),
            "language": "sq",
        },
    ),
    # --- languages no probe had --------------------------------------------------------
    Probe(
        "yo_news_lati_owo",
        "yo",
        _news(
            "yo",
            "Ìjọba ṣí ọjà tuntun sílẹ̀ ní àárín ìlú",
            "Ìròyìn Òkè Ògùn",
            YO,
            '<span class="author">Láti ọwọ́ Adébáyọ̀ Ọlátúndé</span>'
            '<span class="date">Ẹrẹ̀nà 5, 2024 | 14:30 WAT</span>',
            after=_tags("Àmì:", "ọjà", "ìjọba ìbílẹ̀"),
            section="Ìròyìn",
        ),
        {
            "title": "Ìjọba ṣí ọjà tuntun sílẹ̀ ní àárín ìlú",
            "authors": ("Adébáyọ̀ Ọlátúndé",),
            "published": _d(2024, 3, 5, 14, 30, tz=WAT),
            "tags": ("ọjà", "ìjọba ìbílẹ̀"),
            "language": "yo",
        },
    ),
    Probe(
        "ha_news_daga",
        "ha",
        _news(
            "ha",
            "An bude sabuwar kasuwa a tsakiyar gari",
            "Muryar Arewa",
            HA,
            '<span class="author">Daga Musa Abdullahi</span>'
            '<span class="date">5 Maris, 2024 10:30 WAT</span>',
            after=_tags("Batutuwa:", "kasuwa", "haya"),
            section="Labarai",
        ),
        {
            "title": "An bude sabuwar kasuwa a tsakiyar gari",
            "authors": ("Musa Abdullahi",),
            "published": _d(2024, 3, 5, 10, 30, tz=WAT),
            "tags": ("kasuwa", "haya"),
            "language": "ha",
        },
    ),
    Probe(
        "my_news_burmese_digits",
        "my",
        _news(
            "my",
            "မြစ်ကမ်းနားတွင် ဥယျာဉ်အသစ် ဖွင့်လှစ်",
            "ရွှေမြို့သတင်း",
            MY,
            '<span class="author">ရေးသားသူ - ကျော်ဇောဦး</span>'
            '<span class="date">မတ် ၅၊ ၂၀၂၄ ၁၀:၃၀</span>',
            section="သတင်း",
        ),
        {
            "title": "မြစ်ကမ်းနားတွင် ဥယျာဉ်အသစ် ဖွင့်လှစ်",
            "authors": ("ကျော်ဇောဦး",),
            "published": _d(2024, 3, 5, 10, 30),
            "language": "my",
        },
    ),
    Probe(
        "az_news_baku_time_updated",
        "az",
        _news(
            "az",
            "Çayın sahilində yeni park açıldı",
            "Gəncə Xəbər",
            AZ,
            '<span class="author">Müəllif: Elvin Məmmədov</span>'
            '<span class="date">5 mart 2024, 14:30 (Bakı vaxtı)</span>'
            '<span class="updated">Yenilənib: 5 mart 2024, 16:10</span>',
            after=_tags("Teqlər:", "park", "icra hakimiyyəti"),
            section="Cəmiyyət",
        ),
        {
            "title": "Çayın sahilində yeni park açıldı",
            "authors": ("Elvin Məmmədov",),
            "published": _d(2024, 3, 5, 14, 30, tz=AZT),
            # the update's time is in the zone the date line names (Baku's)
            "modified": _d(2024, 3, 5, 16, 10, tz=AZT),
            "tags": ("park", "icra hakimiyyəti"),
            "language": "az",
        },
    ),
    Probe(
        "uz_news_hyphen_day",
        "uz",
        _news(
            "uz",
            "Daryo bo'yida yangi bog' ochildi",
            "Vodiy Yangiliklari",
            UZ,
            '<span class="author">Muallif: Dilnoza Karimova</span>'
            '<span class="date">5-mart 2024, 14:30</span>',
            after=_tags("Teglar:", "bog'", "hokimlik"),
            section="Jamiyat",
        ),
        {
            "title": "Daryo bo'yida yangi bog' ochildi",
            "authors": ("Dilnoza Karimova",),
            "published": _d(2024, 3, 5, 14, 30),
            "tags": ("bog'", "hokimlik"),
            "language": "uz",
        },
    ),
    Probe(
        "mn_news_initial_name",
        "mn",
        _news(
            "mn",
            "Голын эрэг дээр шинэ цэцэрлэг нээгдлээ",
            "Хангай Мэдээ",
            MN,
            '<span class="author">Сэтгүүлч: Б.Батбаяр</span>'
            '<span class="date">2024 оны 3 сарын 5, 14:30</span>',
            after=_tags("Шошго:", "цэцэрлэг", "зогсоол"),
            section="Нийгэм",
        ),
        {
            "title": "Голын эрэг дээр шинэ цэцэрлэг нээгдлээ",
            "authors": ("Б.Батбаяр",),
            "published": _d(2024, 3, 5, 14, 30),
            "tags": ("цэцэрлэг", "зогсоол"),
            "language": "mn",
        },
    ),
    Probe(
        "bs_news_pise",
        "bs",
        _news(
            "bs",
            "Otvoren novi park uz rijeku",
            "Glas Krajine",
            BS,
            '<span class="author">Piše: Amra Hodžić</span>'
            '<span class="date">05.03.2024. u 14:30</span>',
            after=_tags("Tagovi:", "park", "općina"),
            section="Vijesti",
        ),
        {
            "title": "Otvoren novi park uz rijeku",
            "authors": ("Amra Hodžić",),
            "published": _d(2024, 3, 5, 14, 30),
            "tags": ("park", "općina"),
            "language": "bs",
        },
    ),
    Probe(
        "sr_latin_autor",
        "sr",
        _news(
            "sr-Latn",
            "Otvoren novi park pored reke",
            "Novosti Pomoravlja",
            SR_LATN,
            '<span class="author">Autor: Marko Petrović</span>'
            '<span class="date">5. mart 2024. 14:30</span>',
            after=_tags("Tagovi:", "park", "grad"),
            section="Vesti",
        ),
        {
            "title": "Otvoren novi park pored reke",
            "authors": ("Marko Petrović",),
            "published": _d(2024, 3, 5, 14, 30),
            "tags": ("park", "grad"),
            "language": "sr",
        },
    ),
    Probe(
        "ca_wp_per_two_names",
        "ca",
        wordpress(
            "ca",
            "Obre el nou parc de la ribera – Veus del Lluçanès",
            "Obre el nou parc de la ribera",
            CA,
            site="Veus del Lluçanès",
            meta='<span class="byline">Per <a href="/autor/j/">Jordi Puig</a> i '
            '<a href="/autor/m/">Marta Vidal</a></span> '
            '<span class="posted-on">5 de març de 2024 a les 10:30</span>',
            footer=tag_links("Etiquetes:", ("parc", "ajuntament")),
        ),
        {
            "title": "Obre el nou parc de la ribera",
            "authors": ("Jordi Puig", "Marta Vidal"),
            "published": _d(2024, 3, 5, 10, 30),
            "tags": ("parc", "ajuntament"),
            "language": "ca",
        },
    ),
    Probe(
        "eu_news_year_first",
        "eu",
        _news(
            "eu",
            "Parke berria ireki dute ibaiaren ertzean",
            "Bailarako Berriak",
            EU,
            '<span class="author">Egilea: Miren Etxeberria</span>'
            '<span class="date">2024ko martxoaren 5a, 10:30</span>',
            after=_tags("Gaiak:", "parkea", "udala"),
            section="Gizartea",
        ),
        {
            "title": "Parke berria ireki dute ibaiaren ertzean",
            "authors": ("Miren Etxeberria",),
            "published": _d(2024, 3, 5, 10, 30),
            "tags": ("parkea", "udala"),
            "language": "eu",
        },
    ),
    Probe(
        "gl_news_as_time_updated",
        "gl",
        _news(
            "gl",
            "Abre o novo parque á beira do río",
            "Xornal da Mariña",
            GL,
            '<span class="author">Uxía Castro Pena</span>'
            '<span class="date">5 de marzo de 2024 ás 10:30 h</span>'
            '<span class="updated">Actualizado: 5 de marzo de 2024 ás 12:05 h</span>',
            after=_tags("Etiquetas:", "parque", "concello"),
            section="Comarca",
        ),
        {
            "title": "Abre o novo parque á beira do río",
            "authors": ("Uxía Castro Pena",),
            "published": _d(2024, 3, 5, 10, 30),
            "modified": _d(2024, 3, 5, 12, 5),
            "tags": ("parque", "concello"),
            "language": "gl",
        },
    ),
    Probe(
        "cy_news_gan_mawrth",
        "cy",
        _news(
            "cy",
            "Parc newydd yn agor ar lan yr afon",
            "Newyddion y Fro",
            CY,
            '<span class="author">Gan Elin Haf Jones</span>'
            '<span class="date">Dydd Mawrth, 5 Mawrth 2024 10:30</span>',
            after=_tags("Tagiau:", "parc", "cyngor"),
            section="Newyddion",
        ),
        {
            "title": "Parc newydd yn agor ar lan yr afon",
            "authors": ("Elin Haf Jones",),
            "published": _d(2024, 3, 5, 10, 30),
            "tags": ("parc", "cyngor"),
            "language": "cy",
        },
    ),
    Probe(
        "ga_news_le",
        "ga",
        _news(
            "ga",
            "Páirc nua ag oscailt cois na habhann",
            "Nuacht an Iarthair",
            GA,
            '<span class="author">Le Seán Ó Briain</span>'
            '<span class="date">5 Márta 2024 10:30</span>',
            after=_tags("Clibeanna:", "páirc", "comhairle"),
            section="Nuacht",
        ),
        {
            "title": "Páirc nua ag oscailt cois na habhann",
            "authors": ("Seán Ó Briain",),
            "published": _d(2024, 3, 5, 10, 30),
            "tags": ("páirc", "comhairle"),
            "language": "ga",
        },
    ),
    Probe(
        "mt_news_minn",
        "mt",
        _news(
            "mt",
            "Ġnien pubbliku ġdid ħdejn ix-xatt",
            "Aħbarijiet tan-Nofsinhar",
            MT,
            '<span class="author">Minn Maria Borg</span>'
            '<span class="date">5 ta\' Marzu 2024 – 10:30</span>',
            after=_tags("Tikketti:", "ġnien", "kunsill lokali"),
            section="Aħbarijiet",
        ),
        {
            "title": "Ġnien pubbliku ġdid ħdejn ix-xatt",
            "authors": ("Maria Borg",),
            "published": _d(2024, 3, 5, 10, 30),
            "tags": ("ġnien", "kunsill lokali"),
            "language": "mt",
        },
    ),
    Probe(
        "is_news_kl",
        "is",
        _news(
            "is",
            "Nýr almenningsgarður opnaður við ána",
            "Fréttablað Austurlands",
            IS,
            '<span class="author">Höfundur: Jón Gunnarsson</span>'
            '<span class="date">5. mars 2024 kl. 10:30</span>',
            after=_tags("Efnisorð:", "garður", "bæjarstjórn"),
            section="Fréttir",
        ),
        {
            "title": "Nýr almenningsgarður opnaður við ána",
            "authors": ("Jón Gunnarsson",),
            "published": _d(2024, 3, 5, 10, 30),
            "tags": ("garður", "bæjarstjórn"),
            "language": "is",
        },
    ),
)

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
PROBES = PROBES + _CALENDARS_AND_MORE
