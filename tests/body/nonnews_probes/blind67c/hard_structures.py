"""The blind67c probe's third part, written after the first two were run and before this
part was: shapes where the furniture between or beside the text is the longer prose — a
Finnish long read whose sections sit between related boxes of long teasers, a Romanian
spec comparison whose table is most of the text beside a sidebar table of bestsellers, a
Hungarian page whose teaser ``<article>`` comes before the story's, a Thai interview of
question-classed paragraphs with a pull quote, a Bengali story interrupted by a sponsored
paragraph in an ad box, Croatian chords and lyrics in ``<pre>``, a Swahili glossary table
under a letter index, a Persian ``<div>`` and ``<br>`` post under longer ``<p>`` comments,
a Finnish changelog of a dozen versions and a Romanian wiki entry of many sections."""

from __future__ import annotations

from ..blind66._kit import comment_prompt, paras, share
from ._kit import Site, add

FI = Site(
    lang="fi",
    name="Pitkä Lukukokemus",
    host="pitkalukukokemus.example.fi",
    nav=("Reportaasit", "Esseet", "Arkisto", "Tilaa"),
    cookie="Käytämme evästeitä sivuston toiminnan parantamiseen.",
    share="Jaa juttu",
    newsletter="Tilaa uutiskirje ja saat parhaat jutut sunnuntaisin.",
    comment="Kirjoita kommentti",
    related_title="Lue myös nämä",
    related=("Lappalaiskoiran pitkä matka", "Saaristolaisleivän salaisuus"),
    footer="Kaikki oikeudet pidätetään.",
)


def _fi_related(title: str, teaser: str) -> str:
    return f"<aside class='inline-related'><h4><a href='/r'>{title}</a></h4><p>{teaser}</p></aside>"


add(
    "long_read_sections_between_long_teasers",
    FI,
    "Viimeinen lossimies",
    "<article class='feature'><h1>Viimeinen lossimies</h1><div class='feature-body'><div "
    "class='feature-section'>"
    + paras("Kalevi on ajanut lossia Kärkisaaren salmen yli kolmekymmentä vuotta.")
    + "</div>"
    + _fi_related(
        "Siltojen aika saapuu saaristoon",
        "Uusia siltoja rakennetaan nyt kuuteen salmeen, ja lossien määrä vähenee "
        "vuoteen 2030 mennessä puoleen, kertoo liikennevirasto tuoreessa selvityksessään, "
        "jossa arvioidaan myös saariston asukkaiden arkea.",
    )
    + "<div class='feature-section'>"
    + paras("Talvella jäät ovat joskus niin paksuja, että lossi kulkee jäänmurtajan perässä.")
    + "</div>"
    + _fi_related(
        "Saariston koulut sulkeutuvat",
        "Kolme kyläkoulua lakkautetaan ensi syksynä, ja oppilaat kuljetetaan jatkossa "
        "mantereelle, mikä pidentää monen lapsen koulupäivää tunnilla kumpaankin suuntaan.",
    )
    + "<div class='feature-section'>"
    + paras("Ensi kesänä salmen yli valmistuu silta, ja Kalevi jää eläkkeelle.")
    + "</div></div>"
    + share(FI)
    + "</article>",
    (
        "Kalevi on ajanut lossia Kärkisaaren salmen yli kolmekymmentä vuotta.",
        "lossi kulkee jäänmurtajan perässä.",
        "Ensi kesänä salmen yli valmistuu silta, ja Kalevi jää eläkkeelle.",
    ),
    ("lossien määrä vähenee", "Kolme kyläkoulua lakkautetaan"),
)

RO = Site(
    lang="ro",
    name="Ghidul Cumpărătorului",
    host="ghidulcumparatorului.example.ro",
    nav=("Teste", "Comparații", "Oferte", "Contact"),
    cookie="Acest site folosește cookie-uri.",
    share="Distribuie articolul",
    newsletter="Abonează-te la newsletter pentru oferte săptămânale.",
    comment="Lasă un comentariu",
    related_title="Articole similare",
    related=("Cel mai bun aspirator vertical", "Ce frigider alegi"),
    footer="Ghidul Cumpărătorului SRL, toate drepturile rezervate.",
)

add(
    "spec_comparison_beside_bestseller_table",
    RO,
    "Trei biciclete electrice de oraș comparate",
    "<div class='container'><div class='row'><div class='col-main'><article "
    "class='post'><h1 class='entry-title'>Trei biciclete electrice de oraș comparate</h1>"
    "<div class='entry-content'>"
    + paras("Am pedalat cu fiecare câte 200 de kilometri prin București.")
    + "<table class='comparison'><tr><th></th><th>Volta C1</th><th>Urbana 3</th><th>Dacia "
    "Roll</th></tr><tr><td>Autonomie</td><td>60 km</td><td>85 km</td><td>45 km</td></tr><tr>"
    "<td>Greutate</td><td>21 kg</td><td>24 kg</td><td>19 kg</td></tr><tr><td>Preț</td><td>"
    "5.400 lei</td><td>7.100 lei</td><td>4.300 lei</td></tr><tr><td>Verdict</td><td>Cea mai "
    "echilibrată</td><td>Pentru drumuri lungi</td><td>Ușoară, dar cu baterie mică</td></tr>"
    "</table>"
    + paras("Pentru naveta zilnică am alege Volta C1.")
    + "</div></article></div><div class='col-side'><div class='widget bestsellers'><h3>Cele "
    "mai vândute</h3><table><tr><td>Trotinetă Zbor X</td><td>1.999 lei</td></tr><tr><td>"
    "Cască Siguranța Pro</td><td>249 lei</td></tr></table></div></div></div></div>",
    (
        "Am pedalat cu fiecare câte 200 de kilometri prin București.",
        "85 km",
        "Ușoară, dar cu baterie mică",
        "Pentru naveta zilnică am alege Volta C1.",
    ),
    ("Trotinetă Zbor X", "Cască Siguranța Pro"),
)

HU = Site(
    lang="hu",
    name="Dunaparti Hírek",
    host="dunapartihirek.example.hu",
    nav=("Belföld", "Kultúra", "Sport", "Vélemény"),
    cookie="Az oldal sütiket használ.",
    share="Cikk megosztása",
    newsletter="Iratkozzon fel hírlevelünkre!",
    comment="Hozzászólás írása",
    related_title="Kapcsolódó cikkek",
    related=("Megnyílt az új komp", "Árvízvédelmi gyakorlat Szentendrén"),
    footer="Dunaparti Hírek Kft. Minden jog fenntartva.",
)

add(
    "teaser_article_before_story",
    HU,
    "Újra szól a váci harang",
    "<main id='main'><article class='breaking-teaser'><span class='label'>Friss</span><h2>"
    "<a href='/friss/1'>Lezárták a 2-es főutat Verőcénél egy baleset miatt</a></h2><p>A "
    "rendőrség kéri az autósokat, hogy a délutáni órákban kerüljék el a szakaszt, mert a "
    "helyszínelés várhatóan estig tart.</p></article><article class='story'><h1>Újra szól "
    "a váci harang</h1><div class='story-body'>"
    + paras(
        "Negyven év csend után ismét megszólalt a váci Szent Mihály-templom nagyharangja.",
        "A harangot egy helyi öntőmester javította meg, aki két évig dolgozott a repedésen.",
        "Vasárnap délben az egész belváros megállt, hogy meghallgassa.",
    )
    + "</div>"
    + share(HU)
    + "</article></main>",
    (
        "Negyven év csend után ismét megszólalt",
        "aki két évig dolgozott a repedésen.",
        "Vasárnap délben az egész belváros megállt, hogy meghallgassa.",
    ),
    ("A rendőrség kéri az autósokat", "Lezárták a 2-es főutat"),
)

TH = Site(
    lang="th",
    name="นิตยสารบ้านสวน",
    host="bansuan-mag.example.co.th",
    nav=("สัมภาษณ์", "ไลฟ์สไตล์", "ท่องเที่ยว", "ติดต่อเรา"),
    cookie="เว็บไซต์นี้ใช้คุกกี้",
    share="แชร์บทความนี้",
    newsletter="สมัครรับจดหมายข่าวรายสัปดาห์",
    comment="แสดงความคิดเห็น",
    related_title="บทความที่เกี่ยวข้อง",
    related=("สวนผักบนดาดฟ้า", "ร้านกาแฟในสวนยาง"),
    footer="สงวนลิขสิทธิ์ นิตยสารบ้านสวน",
)

add(
    "interview_question_classes_pull_quote",
    TH,
    "คุยกับคนปลูกข้าวบนดอย",
    "<article class='interview'><h1>คุยกับคนปลูกข้าวบนดอย</h1><div class='interview-body'>"
    "<p class='question'>ทำไมถึงกลับมาปลูกข้าวที่บ้าน</p><p class='answer'>ผมทำงานในเมืองมา"
    "สิบปี แต่คิดถึงเสียงลมบนภูเขาทุกคืน</p><blockquote class='pullquote'>ข้าวสอนให้ผมรอ"
    "</blockquote><p class='question'>ปีแรกยากไหม</p><p class='answer'>ยากมาก ฝนมาช้าไปหนึ่ง"
    "เดือน และข้าวเสียไปครึ่งหนึ่ง</p><p class='question'>อยากบอกอะไรกับคนรุ่นใหม่</p><p "
    "class='answer'>ลองกลับมาดูบ้านของตัวเองก่อน บางทีคำตอบอยู่ใกล้กว่าที่คิด</p></div>"
    + share(TH)
    + "</article>",
    (
        "ทำไมถึงกลับมาปลูกข้าวที่บ้าน",
        "คิดถึงเสียงลมบนภูเขาทุกคืน",
        "ฝนมาช้าไปหนึ่งเดือน",
        "บางทีคำตอบอยู่ใกล้กว่าที่คิด",
    ),
)

BN = Site(
    lang="bn",
    name="নদীর খবর",
    host="nodirkhobor.example.com.bd",
    nav=("দেশ", "সংস্কৃতি", "খেলা", "মতামত"),
    cookie="এই সাইট কুকি ব্যবহার করে।",
    share="খবরটি শেয়ার করুন",
    newsletter="আমাদের নিউজলেটারে যুক্ত হোন।",
    comment="মন্তব্য লিখুন",
    related_title="আরও পড়ুন",
    related=("পদ্মার ইলিশ", "চরের স্কুল"),
    footer="সর্বস্বত্ব সংরক্ষিত নদীর খবর।",
)

add(
    "story_around_sponsored_paragraph",
    BN,
    "নৌকাবাইচে ফিরল পুরোনো উৎসব",
    "<article class='news'><h1>নৌকাবাইচে ফিরল পুরোনো উৎসব</h1><div class='news-body'>"
    + paras(
        "বিশ বছর পর আবার গ্রামের নদীতে নৌকাবাইচ হলো, আর দুই পাড়ে হাজারো মানুষ ভিড় করল।",
        "সবচেয়ে লম্বা নৌকাটিতে ছিলেন চল্লিশজন মাঝি, যাঁরা একসঙ্গে গান গাইছিলেন।",
    )
    + "<div class='ad-box sponsored'><span class='ad-tag'>বিজ্ঞাপন</span><p>নতুন সুপার "
    "চা এখন সব দোকানে, প্রতিটি প্যাকেটে থাকছে বিশেষ উপহার আর আকর্ষণীয় ছাড়।</p></div>"
    + paras("শেষে বিজয়ী দলকে একটি পিতলের কলস আর গ্রামের পক্ষ থেকে একটি গরু দেওয়া হয়।")
    + "</div>"
    + share(BN)
    + "</article>",
    (
        "বিশ বছর পর আবার গ্রামের নদীতে নৌকাবাইচ হলো",
        "যাঁরা একসঙ্গে গান গাইছিলেন।",
        "বিজয়ী দলকে একটি পিতলের কলস",
    ),
    ("প্রতিটি প্যাকেটে থাকছে বিশেষ উপহার", "বিজ্ঞাপন"),
)

HR = Site(
    lang="hr",
    name="Akordi i tekstovi",
    host="akordi.example.hr",
    nav=("Izvođači", "Pjesme", "Početnici", "Kontakt"),
    cookie="Ova stranica koristi kolačiće.",
    share="Podijeli pjesmu",
    newsletter="Prijavite se za nove akorde svaki tjedan.",
    comment="Ostavi komentar",
    related_title="Slične pjesme",
    related=("Galeb i ja", "Noć na Jadranu"),
    footer="Tekstovi su vlasništvo autora.",
)

add(
    "chords_lyrics_pre",
    HR,
    "Barka u luci – akordi",
    "<div class='song'><h1>Barka u luci – akordi</h1><div class='song-meta'>Tonalitet: G"
    "</div><pre class='chords'>G           C\nStara barka spava u luci\nD              G\n"
    "vjetar joj pjeva o moru\n\nG            C\nRibari pale svijeće na rivi\nD             G\n"
    "i čekaju zoru u dvoru</pre><div class='transpose'><button>Transponiraj +</button>"
    "<button>Transponiraj -</button></div></div>" + comment_prompt(HR),
    (
        "Stara barka spava u luci",
        "vjetar joj pjeva o moru",
        "i čekaju zoru u dvoru",
    ),
    ("Transponiraj",),
)

SW = Site(
    lang="sw",
    name="Kamusi ya Ufundi",
    host="kamusiyaufundi.example.co.tz",
    nav=("Mwanzo", "Maneno", "Kuhusu", "Wasiliana"),
    cookie="Tovuti hii inatumia vidakuzi.",
    share="Shiriki ukurasa huu",
    newsletter="Jiandikishe kupokea maneno mapya kila wiki.",
    comment="Andika maoni yako",
    related_title="Kurasa zinazohusiana",
    related=("Maneno ya kilimo", "Maneno ya afya"),
    footer="Haki zote zimehifadhiwa.",
)

_SW_INDEX = "".join(f"<a href='#{c}'>{c}</a> " for c in "ABCDEFGHIJKLMNOPRSTUVWYZ")

add(
    "glossary_table_letter_index",
    SW,
    "Msamiati wa kompyuta",
    "<div class='page'><h1>Msamiati wa kompyuta</h1><div class='letter-index'>"
    + _SW_INDEX
    + "</div>"
    + paras("Orodha hii inaeleza maneno ya kompyuta yanayotumika shuleni.")
    + "<table class='glossary'><tr><th>Neno</th><th>Maana</th></tr><tr id='K'><td>Kipanya"
    "</td><td>Kifaa kidogo cha kuelekeza mshale kwenye skrini.</td></tr><tr id='P'><td>"
    "Programu</td><td>Maagizo yanayoiambia kompyuta ifanye kazi fulani.</td></tr><tr id='T'>"
    "<td>Tovuti</td><td>Kurasa za mtandao zilizo chini ya jina moja.</td></tr></table></div>",
    (
        "Orodha hii inaeleza maneno ya kompyuta yanayotumika shuleni.",
        "Kipanya",
        "Kifaa kidogo cha kuelekeza mshale kwenye skrini.",
        "Kurasa za mtandao zilizo chini ya jina moja.",
    ),
    ("A B C D E F G",),
    template="portal",
    path="msamiati/kompyuta",
)

FA = Site(
    lang="fa",
    name="دفترچه",
    host="daftarche.example.ir",
    nav=("خانه", "نوشته‌ها", "درباره من"),
    cookie="این سایت از کوکی استفاده می‌کند.",
    share="هم‌رسانی نوشته",
    newsletter="برای دریافت نوشته‌های تازه عضو شوید.",
    comment="دیدگاه خود را بنویسید",
    related_title="نوشته‌های مرتبط",
    related=("باغ پدربزرگ", "کوچه‌های کاشان"),
    footer="همه حقوق محفوظ است.",
    dir_="rtl",
)


def _fa_comment(name: str, text: str) -> str:
    return (
        f"<li class='comment'><div class='comment-author'>{name}</div><div "
        f"class='comment-content'><p>{text}</p></div><a class='comment-reply-link'>پاسخ</a>"
        "</li>"
    )


add(
    "div_br_post_above_longer_comments",
    FA,
    "نان سنگک صبح جمعه",
    "<div class='post'><h2 class='post-title'>نان سنگک صبح جمعه</h2><div class='post-text'>"
    "صبح جمعه صف نانوایی از سر کوچه شروع می‌شد.<br>پدرم همیشه دو نان می‌گرفت، یکی برای ما و "
    "یکی برای همسایه.<br>بوی نان داغ تا خانه همراهمان بود.</div></div><div id='comments' "
    "class='comments-area'><h3>۳ دیدگاه</h3><ol class='comment-list'>"
    + _fa_comment(
        "مریم",
        "چقدر این نوشته مرا به کودکی برد؛ ما هم در تبریز هر جمعه همین کار را می‌کردیم و "
        "مادربزرگم همیشه می‌گفت نان را باید با دست شکست، نه با چاقو، وگرنه برکتش می‌رود.",
    )
    + _fa_comment(
        "حسین",
        "نانوایی محله ما هنوز هست و همان پیرمرد پشت تنور ایستاده است، هر بار که می‌روم یاد "
        "روزهایی می‌افتم که با دوچرخه برای خرید نان می‌رفتم و کنجدها را از رویش می‌خوردم.",
    )
    + "</ol></div>"
    + comment_prompt(FA),
    (
        "صبح جمعه صف نانوایی از سر کوچه شروع می‌شد.",
        "یکی برای ما و یکی برای همسایه.",
        "بوی نان داغ تا خانه همراهمان بود.",
    ),
    ("مادربزرگم همیشه می‌گفت", "همان پیرمرد پشت تنور"),
    path="1405/09/sangak",
)

_FI_VERSIONS = "".join(
    f"<section class='release' id='v1-{n}'><h2>1.{n}.0</h2><ul><li>Korjattu virhe "
    f"numero {100 + n} tiedostojen tallennuksessa.</li></ul></section>"
    for n in range(12, 0, -1)
)

add(
    "changelog_dozen_versions",
    FI,
    "Muutosloki: Kanteleohjelma",
    "<main class='docs'><h1>Muutosloki: Kanteleohjelma</h1>"
    + paras("Kaikki julkaisut uusimmasta vanhimpaan.")
    + _FI_VERSIONS
    + "</main>",
    (
        "Kaikki julkaisut uusimmasta vanhimpaan.",
        "Korjattu virhe numero 112 tiedostojen tallennuksessa.",
        "Korjattu virhe numero 106 tiedostojen tallennuksessa.",
        "Korjattu virhe numero 101 tiedostojen tallennuksessa.",
        "1.1.0",
    ),
    template="app",
    path="docs/muutosloki",
)

_RO_SECTIONS = (
    ("Geografie", "Satul se află pe malul stâng al râului Argeș, la 300 de metri altitudine."),
    ("Istorie", "Prima atestare documentară a satului datează din anul 1512."),
    ("Economie", "Locuitorii se ocupă mai ales cu pomicultura și creșterea oilor."),
    ("Cultură", "În fiecare august are loc Festivalul Prunului, cu dansuri populare."),
    (
        "Personalități",
        "Aici s-a născut pictorul Ion Mărgineanu, cunoscut pentru icoanele pe sticlă.",
    ),
)

add(
    "wiki_entry_many_sections",
    RO,
    "Poienița (Argeș)",
    "<div id='content' class='mw-body'><h1 id='firstHeading'>Poienița (Argeș)</h1><div "
    "id='mw-content-text'><div class='mw-parser-output'><table class='infobox'><tr><th>"
    "Județ</th><td>Argeș</td></tr><tr><th>Populație</th><td>1.204</td></tr></table>"
    + paras("Poienița este un sat din județul Argeș, România.")
    + "".join(f"<h2><span class='mw-headline'>{h}</span></h2><p>{t}</p>" for h, t in _RO_SECTIONS)
    + "<h2><span class='mw-headline'>Note</span></h2><ol class='references'><li>Recensământul "
    "din 2021.</li></ol><div class='navbox'>Sate din județul Argeș: Albota · Bascov · Budeasa"
    "</div></div></div><div id='catlinks'>Categorii: Sate din județul Argeș</div></div>",
    (
        "Poienița este un sat din județul Argeș, România.",
        "Prima atestare documentară a satului datează din anul 1512.",
        "Festivalul Prunului",
        "cunoscut pentru icoanele pe sticlă.",
    ),
    ("Albota · Bascov · Budeasa", "Categorii: Sate din județul Argeș"),
    template="portal",
    path="wiki/Poienita",
)
