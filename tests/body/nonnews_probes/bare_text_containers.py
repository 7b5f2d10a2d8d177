"""Text that does not sit in ``<p>`` elements (round 45): prose in bare ``<div>``s or runs
parted by ``<br><br>`` (Blogger posts, pasted e-mails, site builders), definition lists
(glossaries, spec sheets, FAQs), text beside a floated picture or in a ``<figure>`` whose long
caption is the text, pages of ``<section>``s each holding a heading and ``<div>`` paragraphs,
layout ``<td>`` cells of legacy sites, ``<pre>``/``<code>`` blocks of a how-to, nested lists of
steps, card grids that are the text (a "ten things" page) beside card grids of related links
that are not, and ``<blockquote>`` passages quoted in the text; each page with its furniture
around it, in languages and scripts the dev sets lack."""

from __future__ import annotations

from .pages import Probes, page

PROBES = Probes()


def site(
    lang: str,
    title: str,
    content: str,
    *,
    nav: tuple[str, ...],
    related_title: str,
    related: tuple[str, ...],
    footer: str,
    dir_: str = "ltr",
) -> str:
    """A small site's page: a header with its menu, the text in ``<main>``, a sidebar of
    linked post titles and a footer line."""
    menu = "".join(f"<li><a href='/m{n}'>{item}</a></li>" for n, item in enumerate(nav))
    links = "".join(f"<li><a href='/r/{n}'>{item}</a></li>" for n, item in enumerate(related))
    return page(
        lang,
        title,
        f"<header class='site-header'><a class='logo' href='/'>{nav[0]}</a><nav "
        f"class='menu'><ul>{menu}</ul></nav></header><div class='wrap'><main id='main'>"
        f"<h1 class='page-title'>{title}</h1>{content}</main><aside class='sidebar'><div "
        f"class='widget'><h3>{related_title}</h3><ul>{links}</ul></div></aside></div><footer "
        f"class='site-footer'><p>{footer}</p></footer>",
        dir_=dir_,
    )


def cards(titles_and_texts: tuple[tuple[str, str], ...], *, linked: bool) -> str:
    """A grid of cards: each a picture, a title and a text (``linked``: each card a link to
    another page, the title its words)."""
    out = []
    for n, (title, text) in enumerate(titles_and_texts, 1):
        head = f"<a href='/post/{n}'>{title}</a>" if linked else title
        out.append(
            f"<div class='card col-md-4'><div class='card-img'><img src='/i/{n}.jpg' alt=''>"
            f"</div><div class='card-body'><h3 class='card-title'>{head}</h3><div "
            f"class='card-text'>{text}</div></div></div>"
        )
    return f"<div class='row card-grid'>{''.join(out)}</div>"


# --- Swahili, a Blogger post: the text in the post body's bare text nodes, paragraphs parted
# by <br><br>, a label line and a "related posts" widget after it.
PROBES.add(
    "sw_blogger_br_paragraphs",
    "https://safari-za-pwani.example.blogspot.com/2026/03/kilwa.html",
    page(
        "sw",
        "Safari yetu ya Kilwa Kisiwani",
        "<div class='header-outer'><h1 class='title'><a href='/'>Safari za Pwani</a></h1>"
        "<div class='descriptionwrapper'>Blogu ya safari na historia ya pwani</div></div><div "
        "class='main-inner'><div class='date-outer'><h2 class='date-header'><span>Jumamosi, "
        "14 Machi 2026</span></h2><div class='post hentry'><h3 class='post-title entry-title'>"
        "Safari yetu ya Kilwa Kisiwani</h3><div class='post-body entry-content'>Tuliondoka "
        "Dar es Salaam alfajiri na kufika Kilwa Masoko saa nane mchana baada ya safari ndefu "
        "ya basi.<br><br>Kesho yake tulichukua mashua ndogo kuvuka mkondo hadi kisiwani, "
        "ambako magofu ya msikiti mkuu bado yamesimama tangu karne ya kumi na nne.<br><br>"
        "Mwongozaji wetu, mzee aliyezaliwa kisiwani, alitueleza jinsi wafanyabiashara wa "
        "dhahabu walivyokuja kutoka Sofala.<br><br>Tulilala usiku mmoja katika nyumba ya "
        "wageni ya kijiji na kula samaki waliovuliwa siku hiyo hiyo.</div><div "
        "class='post-footer'><span class='post-labels'>Maandiko: <a href='/l/safari'>safari"
        "</a>, <a href='/l/historia'>historia</a></span><span class='post-comment-link'><a "
        "href='#c'>Maoni 3</a></span></div></div></div><div class='widget PopularPosts'><h2>"
        "Machapisho maarufu</h2><ul><li><a href='/p/1'>Siku tatu Zanzibar kwa bajeti ndogo</a>"
        "</li><li><a href='/p/2'>Jinsi ya kupanda Kilimanjaro bila haraka</a></li></ul></div>"
        "</div>",
    ),
    (
        "Tuliondoka Dar es Salaam alfajiri",
        "magofu ya msikiti mkuu bado yamesimama",
        "wafanyabiashara wa dhahabu walivyokuja kutoka Sofala",
        "kula samaki waliovuliwa siku hiyo hiyo",
    ),
    ("Machapisho maarufu", "Siku tatu Zanzibar", "Maoni 3"),
)

# --- Bengali, an essay whose every paragraph is a bare <div dir='auto'> (text pasted from a
# social network's note editor), a sidebar of linked titles.
PROBES.add(
    "bn_essay_div_paragraphs",
    "https://lekha.example.com.bd/prabandha/nodir-kotha",
    site(
        "bn",
        "নদীর কাছে ফেরা",
        "<div class='post-content'><div dir='auto'>ছোটবেলায় প্রতি বর্ষায় আমরা নদীর ঘাটে "
        "বসে নৌকা গুনতাম, আর দাদু বলতেন কোন নৌকা কোন গ্রাম থেকে এসেছে।</div><div "
        "dir='auto'>বিশ বছর পরে ফিরে দেখি ঘাটটা আর নেই, সেখানে এখন কংক্রিটের একটা বাঁধ আর "
        "তার ওপর চায়ের দোকান।</div><div dir='auto'>দোকানি জানালেন, নদী সরে গেছে প্রায় আধা "
        "মাইল পূবে, আর মাছ ধরার নৌকা এখন হাতে গোনা কয়েকটা।</div><div dir='auto'>তবু সন্ধ্যায় "
        "বাঁধের ওপর দাঁড়ালে সেই পুরোনো গন্ধটা পাওয়া যায়, ভেজা মাটি আর শ্যাওলার।</div></div>",
        nav=("লেখা", "প্রবন্ধ", "কবিতা", "যোগাযোগ"),
        related_title="আরও পড়ুন",
        related=("শহরের ছাদে বাগান করার গল্প", "মায়ের রান্নাঘরের খাতা"),
        footer="© ২০২৬ লেখা · সর্বস্বত্ব সংরক্ষিত",
    ),
    (
        "আমরা নদীর ঘাটে বসে নৌকা গুনতাম",
        "কংক্রিটের একটা বাঁধ আর তার ওপর চায়ের দোকান",
        "নদী সরে গেছে প্রায় আধা মাইল পূবে",
        "ভেজা মাটি আর শ্যাওলার",
    ),
    ("আরও পড়ুন", "শহরের ছাদে বাগান", "সর্বস্বত্ব সংরক্ষিত"),
)

# --- Tamil, a glossary of farming words as a <dl>, an intro sentence in a <div>.
PROBES.add(
    "ta_glossary_definition_list",
    "https://uzhavu.example.in/sorkalanjiyam",
    site(
        "ta",
        "உழவுச் சொற்களஞ்சியம்",
        "<div class='intro'>வயலில் அன்றாடம் பேசப்படும் சொற்களும் அவற்றின் பொருளும், "
        "புதிதாக விவசாயம் தொடங்குவோருக்காக.</div><dl class='glossary'><dt>நாற்றங்கால்</dt>"
        "<dd>விதைகளை முளைக்க வைத்து நாற்றுகளாக வளர்க்கும் சிறிய நிலப்பகுதி.</dd><dt>"
        "களையெடுப்பு</dt><dd>பயிருக்கு இடையே வளரும் தேவையற்ற செடிகளை கையால் அல்லது கருவியால் "
        "அகற்றும் வேலை.</dd><dt>பாத்தி</dt><dd>நீர் பாய்ச்சுவதற்காக வரப்புகளால் பிரிக்கப்பட்ட "
        "சிறிய சதுர நிலம்.</dd><dt>அறுவடை</dt><dd>முற்றிய பயிரை வெட்டி களத்துக்குக் கொண்டு "
        "செல்லும் பருவம்.</dd></dl>",
        nav=("உழவு", "கட்டுரைகள்", "சொற்களஞ்சியம்", "தொடர்புக்கு"),
        related_title="சமீபத்திய கட்டுரைகள்",
        related=("மழைநீர் சேமிப்புக்கு மூன்று எளிய வழிகள்", "இயற்கை உரம் தயாரிப்பது எப்படி"),
        footer="© 2026 உழவு இணையதளம்",
    ),
    (
        "நாற்றங்கால்",
        "விதைகளை முளைக்க வைத்து நாற்றுகளாக வளர்க்கும்",
        "தேவையற்ற செடிகளை கையால் அல்லது கருவியால்",
        "வரப்புகளால் பிரிக்கப்பட்ட",
        "முற்றிய பயிரை வெட்டி",
    ),
    ("சமீபத்திய கட்டுரைகள்", "மழைநீர் சேமிப்புக்கு", "உழவு இணையதளம்"),
)

# --- Malay, a shop's product page: the description in <div>s with <br>, the spec sheet as a
# <dl>, and a grid of related products (linked cards) that is not the text.
PROBES.add(
    "ms_product_spec_dl_related_cards",
    "https://kedai.example.my/produk/periuk-nasi-elektrik-18l",
    site(
        "ms",
        "Periuk Nasi Elektrik 1.8L",
        "<div class='product-price'>RM 189.00</div><div class='product-description'>Periuk "
        "nasi ini memasak sehingga sepuluh cawan beras dan memastikan nasi kekal panas selama "
        "dua belas jam selepas masak.<br><br>Periuk dalamnya bersalut seramik supaya nasi "
        "tidak melekat dan mudah dicuci dengan span lembut.</div><h2>Spesifikasi</h2><dl "
        "class='spec-list'><dt>Kapasiti</dt><dd>1.8 liter</dd><dt>Kuasa</dt><dd>700 W</dd>"
        "<dt>Bahan periuk dalam</dt><dd>Aluminium bersalut seramik</dd><dt>Jaminan</dt><dd>"
        "2 tahun</dd></dl><h2>Anda mungkin juga suka</h2>"
        + cards(
            (
                ("Cerek Elektrik Keluli 1.7L", "RM 79.00"),
                ("Pengukus Makanan Tiga Tingkat", "RM 129.00"),
                ("Pengisar Ais Mini", "RM 99.00"),
            ),
            linked=True,
        ),
        nav=("Kedai", "Dapur", "Rumah", "Troli"),
        related_title="Kategori",
        related=("Peralatan dapur kecil", "Pinggan mangkuk"),
        footer="© 2026 Kedai Contoh Sdn Bhd",
    ),
    (
        "memasak sehingga sepuluh cawan beras",
        "bersalut seramik supaya nasi tidak melekat",
        "Kapasiti",
        "700 W",
        "Aluminium bersalut seramik",
    ),
    ("Cerek Elektrik Keluli", "Pengukus Makanan Tiga Tingkat", "Kedai Contoh Sdn Bhd"),
)

# --- Tagalog, a photo essay: each passage the long <figcaption> of its picture, one short
# photo credit line in each.
PROBES.add(
    "tl_photo_essay_long_figcaptions",
    "https://kuwento.example.ph/sanaysay/mga-bangkero-ng-pasig",
    site(
        "tl",
        "Ang mga huling bangkero ng ilog",
        "<div class='essay'><p class='dek'>Isang sanaysay sa larawan tungkol sa mga bangkerong "
        "tumatawid pa rin sa ilog araw-araw.</p>"
        + "".join(
            f"<figure class='essay-figure'><img src='/f/{n}.jpg' alt=''><figcaption><div "
            f"class='caption-text'>{text}</div><div class='credit'>Larawan: Ana Dizon</div>"
            "</figcaption></figure>"
            for n, text in enumerate(
                (
                    "Alas-singko pa lang ng umaga ay nasa pampang na si Mang Berto, "
                    "nililinis ang bangkang minana niya sa kanyang ama noong 1989.",
                    "Sampung piso ang pamasahe, at karamihan sa kanyang mga pasahero ay mga "
                    "tinderang papunta sa palengke sa kabilang pampang.",
                    "Sa tag-ulan, kapag malakas ang agos, tatlong beses lang siya "
                    "nakakatawid bago siya pauwiin ng mga bantay ng barangay.",
                ),
                1,
            )
        )
        + "</div>",
        nav=("Kuwento", "Sanaysay", "Larawan", "Tungkol"),
        related_title="Iba pang sanaysay",
        related=("Ang huling sinehan sa bayan", "Mga kusinero ng karinderya"),
        footer="© 2026 Kuwento Magasin",
    ),
    (
        "nililinis ang bangkang minana niya sa kanyang ama",
        "Sampung piso ang pamasahe",
        "tatlong beses lang siya nakakatawid",
    ),
    ("Iba pang sanaysay", "Ang huling sinehan sa bayan", "Kuwento Magasin"),
)

# --- Romanian, a local history page: text in <div>s floated beside a picture, each
# picture's short caption with it.
PROBES.add(
    "ro_text_beside_floated_pictures",
    "https://istoria-satului.example.ro/biserica-de-lemn",
    site(
        "ro",
        "Biserica de lemn din Valea Mare",
        "<div class='content'><div class='clearfix'><img src='/b1.jpg' style='float:left;"
        "margin:0 1em 1em 0' width='240' alt='Biserica văzută dinspre drum'><div>Biserica a "
        "fost ridicată în 1742 de meșteri din satul vecin, din bârne de stejar îmbinate fără "
        "niciun cui de fier.</div><div>Acoperișul înalt, cu șindrilă de brad, a fost refăcut "
        "de trei ori, ultima dată în 1998, cu bani strânși de la toți sătenii.</div></div>"
        "<div class='clearfix'><img src='/b2.jpg' style='float:right;margin:0 0 1em 1em' "
        "width='240' alt='Pictura de pe bolta naosului'><div>În interior se mai văd fragmente "
        "din pictura originală, între care o scenă a Judecății de Apoi pe peretele de vest."
        "</div><div>Restauratorii au descoperit sub tencuială numele zugravului, scris cu "
        "litere chirilice lângă ușa de intrare.</div></div></div>",
        nav=("Acasă", "Istorie", "Oameni", "Contact"),
        related_title="Articole recente",
        related=("Moara de apă de pe pârâul Rece", "Școala veche și primul ei învățător"),
        footer="© 2026 Asociația Valea Mare",
    ),
    (
        "din bârne de stejar îmbinate fără niciun cui de fier",
        "cu bani strânși de la toți sătenii",
        "o scenă a Judecății de Apoi",
        "numele zugravului, scris cu litere chirilice",
    ),
    ("Articole recente", "Moara de apă", "Asociația Valea Mare"),
)

# --- Hungarian, a long guide of <section>s, each a heading and <div> paragraphs (a site
# builder's text widgets), a table of contents before them.
PROBES.add(
    "hu_guide_sections_of_divs",
    "https://kertesz.example.hu/utmutato/komposztalas",
    site(
        "hu",
        "Komposztálás kezdőknek",
        "<nav class='toc'><strong>Tartalom</strong><ol><li><a href='#miert'>Miért érdemes?"
        "</a></li><li><a href='#hogyan'>Hogyan kezdjük?</a></li><li><a href='#hibak'>Gyakori "
        "hibák</a></li></ol></nav>"
        "<section id='miert'><h2>Miért érdemes?</h2><div class='text-block'>A háztartási "
        "hulladék csaknem harmada konyhai és kerti maradék, amely a kukában csak helyet "
        "foglal.</div><div class='text-block'>Komposztálva egy év alatt jó minőségű "
        "virágföld lesz belőle, amelyet nem kell a boltban megvenni.</div></section>"
        "<section id='hogyan'><h2>Hogyan kezdjük?</h2><div class='text-block'>Válasszunk "
        "árnyékos, szélvédett helyet a kert végében, ahol a víz nem áll meg.</div><div "
        "class='text-block'>Az aljára tegyünk ágakat, hogy a kupac alulról is levegőt kapjon."
        "</div></section><section id='hibak'><h2>Gyakori hibák</h2><div class='text-block'>A "
        "leggyakoribb hiba, hogy túl sok fűnyesedéket teszünk rá egyszerre, ami befülled és "
        "büdös lesz.</div><div class='text-block'>Húst és főtt ételt ne tegyünk bele, mert "
        "odavonzza a patkányokat.</div></section>",
        nav=("Kertész", "Útmutatók", "Növények", "Kapcsolat"),
        related_title="Népszerű útmutatók",
        related=("Paradicsom palántázása lépésről lépésre", "Metszés télen és tavasszal"),
        footer="© 2026 Kertész Magazin – Minden jog fenntartva",
    ),
    (
        "Miért érdemes?",
        "konyhai és kerti maradék",
        "árnyékos, szélvédett helyet",
        "Gyakori hibák",
        "odavonzza a patkányokat",
    ),
    ("Népszerű útmutatók", "Paradicsom palántázása", "Minden jog fenntartva"),
)

# --- Greek, a municipal page of the 2004 kind: text in a layout table's cells, <br>
# paragraphs, a left column of links and a footer row.
PROBES.add(
    "el_table_layout_cells_municipal",
    "http://www.example-dimos.gr/istoria.htm",
    page(
        "el",
        "Δήμος Ορεινής - Ιστορία",
        "<table width='780' border='0' cellspacing='0' cellpadding='0'><tr><td colspan='2'>"
        "<img src='/img/top.jpg' alt='Δήμος Ορεινής'></td></tr><tr><td width='160' "
        "valign='top' bgcolor='#dde6ee'><a href='/'>Αρχική</a><br><a href='/dimarxos.htm'>"
        "Ο Δήμαρχος</a><br><a href='/anakoinoseis.htm'>Ανακοινώσεις</a><br><a "
        "href='/epikoinonia.htm'>Επικοινωνία</a></td><td width='620' valign='top' "
        "class='keimeno'><b>Ιστορία του τόπου</b><br><br>Το χωριό αναφέρεται για πρώτη φορά "
        "σε βενετικό κατάλογο του 1583 με είκοσι δύο οικογένειες.<br><br>Τον 19ο αιώνα οι "
        "κάτοικοι ζούσαν από την κτηνοτροφία και το εμπόριο του τυριού με τα λιμάνια της "
        "ακτής.<br><br>Μετά τον πόλεμο πολλοί έφυγαν για την Αθήνα και τη Γερμανία, και ο "
        "πληθυσμός έπεσε κάτω από τους τριακόσιους.<br><br>Σήμερα το παλιό σχολείο "
        "λειτουργεί ως λαογραφικό μουσείο με εργαλεία και φορεσιές των παππούδων μας.</td>"
        "</tr><tr><td colspan='2' align='center'><font size='1'>Δήμος Ορεινής © 2004 | "
        "Τελευταία ενημέρωση: 12/05/2004</font></td></tr></table>",
    ),
    (
        "σε βενετικό κατάλογο του 1583",
        "το εμπόριο του τυριού με τα λιμάνια της ακτής",
        "ο πληθυσμός έπεσε κάτω από τους τριακόσιους",
        "λαογραφικό μουσείο",
    ),
    ("Ανακοινώσεις", "Τελευταία ενημέρωση", "Επικοινωνία"),
)

# --- Bulgarian, a how-to with commands in <pre><code> blocks between <div> sentences.
PROBES.add(
    "bg_howto_pre_code_blocks",
    "https://tehnoblog.example.bg/kak-da-arhivirame-papka",
    site(
        "bg",
        "Как да архивираме папка всяка нощ",
        "<div class='entry'><div>Ако пазите снимки или документи на домашен сървър, най-"
        "простият начин да ги архивирате е с rsync и cron.</div><div>Първо създайте папка за "
        "архивите на външния диск:</div><pre><code>sudo mkdir -p /mnt/arhiv/snimki\n"
        "sudo chown $USER /mnt/arhiv/snimki</code></pre><div>След това проверете, че "
        "копирането работи, като го пуснете ръчно веднъж:</div><pre><code>rsync -a --delete "
        "~/Snimki/ /mnt/arhiv/snimki/</code></pre><div>Накрая добавете ред в crontab, за да "
        "се изпълнява всяка нощ в два часа:</div><pre><code>0 2 * * * rsync -a --delete "
        "~/Snimki/ /mnt/arhiv/snimki/</code></pre><div>Не забравяйте от време на време да "
        "проверявате дали дискът не се е напълнил.</div></div>",
        nav=("ТехноБлог", "Linux", "Мрежи", "За мен"),
        related_title="Още от блога",
        related=("Как да сменим DNS сървъра на рутера", "Пет полезни команди за терминала"),
        footer="© 2026 ТехноБлог. Всички права запазени.",
    ),
    (
        "най-простият начин да ги архивирате е с rsync и cron",
        "sudo mkdir -p /mnt/arhiv/snimki",
        "rsync -a --delete",
        "0 2 * * * rsync",
        "дали дискът не се е напълнил",
    ),
    ("Още от блога", "Как да сменим DNS", "Всички права запазени"),
)

# --- Serbian (Cyrillic), steps in a nested list: each step with its sub-steps.
PROBES.add(
    "sr_nested_steps_list",
    "https://uputstva.example.rs/licna-karta",
    site(
        "sr",
        "Како да извадите личну карту",
        "<div class='uputstvo'><div class='uvod'>Лична карта се вади у полицијској станици "
        "према месту пребивалишта, а поступак траје око двадесет минута.</div><ol "
        "class='koraci'><li>Закажите термин<ul><li>преко портала еУправа</li><li>или "
        "телефоном, радним данима од 8 до 15 часова</li></ul></li><li>Уплатите таксу<ul><li>"
        "образац за уплату добијате уз потврду термина</li><li>сачувајте признаницу и понесите "
        "је</li></ul></li><li>Дођите у станицу<ul><li>са старом личном картом или изводом из "
        "матичне књиге рођених</li><li>фотографисање и узимање отиска обавља службеник</li>"
        "</ul></li></ol><div>Нова лична карта је готова за петнаест дана, а о томе добијате "
        "поруку на телефон.</div></div>",
        nav=("Упутства", "Документа", "Порези", "Контакт"),
        related_title="Повезана упутства",
        related=("Како да продужите пасош", "Пријава пребивалишта за бебу"),
        footer="© 2026 Упутства. Сва права задржана.",
    ),
    (
        "Закажите термин",
        "преко портала еУправа",
        "образац за уплату добијате уз потврду термина",
        "фотографисање и узимање отиска обавља службеник",
        "готова за петнаест дана",
    ),
    ("Повезана упутства", "Како да продужите пасош", "Сва права задржана"),
)

# --- Croatian, a "ten things" page whose entries are cards (title and text, not linked),
# then a grid of linked cards to other posts that is not the text.
PROBES.add(
    "hr_listicle_content_cards_and_link_cards",
    "https://putovanja.example.hr/stvari-koje-morate-probati-u-dalmaciji",
    site(
        "hr",
        "Pet stvari koje morate probati u Dalmaciji",
        "<div class='lead'>Od konobe do tržnice: ovo su jela i običaji zbog kojih se vraćamo "
        "svako ljeto.</div>"
        + cards(
            (
                (
                    "1. Peka",
                    "Meso i krumpir pod željeznim poklopcem peku se satima u žaru "
                    "ognjišta, a naručuje se dan ranije.",
                ),
                (
                    "2. Soparnik",
                    "Tanko tijesto punjeno blitvom i lukom, pečeno na kamenu, "
                    "tradicionalno se jede na Veliki petak.",
                ),
                (
                    "3. Jutarnja tržnica",
                    "Ribari prodaju ulov prije sedam sati, a najbolje srdele nestanu do osam.",
                ),
                (
                    "4. Klapsko pjevanje",
                    "Ljeti se u starim gradskim jezgrama klape okupljaju "
                    "pod večer i pjevaju bez pratnje.",
                ),
                (
                    "5. Kupanje u zoru",
                    "More je najmirnije prije izlaska sunca, kad su plaže još prazne.",
                ),
            ),
            linked=False,
        )
        + "<h2 class='more-title'>Pročitajte i ovo</h2>"
        + cards(
            (
                ("Najljepše plaže na Visu", "Otoci"),
                ("Vikend u Zagrebu za manje od sto eura", "Gradovi"),
                ("Planinarske staze na Velebitu", "Priroda"),
            ),
            linked=True,
        ),
        nav=("Putovanja", "Destinacije", "Hrana", "Kontakt"),
        related_title="Najčitanije",
        related=("Vodič kroz Plitvice", "Gdje jesti u Splitu"),
        footer="© 2026 Putovanja.hr",
    ),
    (
        "peku se satima u žaru ognjišta",
        "Soparnik",
        "tradicionalno se jede na Veliki petak",
        "najbolje srdele nestanu do osam",
        "pjevaju bez pratnje",
        "More je najmirnije prije izlaska sunca",
    ),
    ("Najljepše plaže na Visu", "Vikend u Zagrebu", "Planinarske staze", "Gdje jesti u Splitu"),
)

# --- Slovak, a club's news page in <div> paragraphs, then a grid of linked cards of other
# news (each card with a date and a teaser sentence) that is not the text.
PROBES.add(
    "sk_div_text_then_related_cards_with_teasers",
    "https://fk-horna.example.sk/novinky/letny-turnaj",
    site(
        "sk",
        "Letný turnaj prípraviek sa vydaril",
        "<div class='article-text'><div>V sobotu sa na našom ihrisku stretlo osem družstiev "
        "prípraviek z celého okresu.</div><div>Naši najmenší vyhrali tri zápasy z piatich a "
        "obsadili konečné tretie miesto.</div><div>Ďakujeme rodičom, ktorí napiekli koláče a "
        "postarali sa o občerstvenie pre všetkých hráčov.</div></div><h2>Ďalšie novinky</h2>"
        + cards(
            (
                (
                    "Nábor nových hráčov",
                    "12. 5. 2026 – Hľadáme chlapcov a dievčatá ročníkov 2018 a 2019.",
                ),
                ("Výsledky víkendu", "5. 5. 2026 – Dorast vyhral v Hornej Lehote 3:1."),
                ("Brigáda na štadióne", "28. 4. 2026 – Natierali sme lavičky a opravili plot."),
            ),
            linked=True,
        ),
        nav=("FK Horná", "Novinky", "Družstvá", "Kontakt"),
        related_title="Partneri",
        related=("Obec Horná", "Stavebniny Kováč"),
        footer="© 2026 FK Horná",
    ),
    (
        "stretlo osem družstiev prípraviek",
        "obsadili konečné tretie miesto",
        "napiekli koláče",
    ),
    ("Nábor nových hráčov", "Hľadáme chlapcov a dievčatá", "Natierali sme lavičky", "Partneri"),
)

# --- Lithuanian, a literary blog post quoting two passages in <blockquote>s, its own text in
# bare <div>s.
PROBES.add(
    "lt_blog_blockquote_passages",
    "https://skaitiniai.example.lt/2026/04/senelio-laiskai",
    site(
        "lt",
        "Senelio laiškai iš Sibiro",
        "<div class='post-body'><div>Radome senelio laiškus palėpėje, sudėtus į cukraus dėžutę "
        "ir perrištus virvele.</div><div>Pirmajame, rašytame 1949 metų rudenį, jis pasakoja "
        "apie kelionę traukiniu:</div><blockquote>Važiuojame jau trečią savaitę. Pro plyšius "
        "matyti tik beržai ir sniegas, o vaikai klausia, ar greit namai.</blockquote><div>Po "
        "dešimties metų tonas visai kitas, beveik linksmas:</div><blockquote><p>Pavasarį "
        "pasodinome bulves prie upės, ir jos užaugo didelės kaip kumštis.</p></blockquote>"
        "<div>Mama šiuos laiškus skaitė kasmet per Vėlines, o dabar jie guli mūsų lentynoje."
        "</div></div>",
        nav=("Skaitiniai", "Įrašai", "Knygos", "Apie"),
        related_title="Naujausi įrašai",
        related=("Ką skaityti vasarą", "Kaimo biblioteka po remonto"),
        footer="© 2026 Skaitiniai",
    ),
    (
        "sudėtus į cukraus dėžutę",
        "Pro plyšius matyti tik beržai ir sniegas",
        "jos užaugo didelės kaip kumštis",
        "skaitė kasmet per Vėlines",
    ),
    ("Naujausi įrašai", "Ką skaityti vasarą", "Kaimo biblioteka po remonto"),
)

# --- Finnish, an association's page of the old kind: text straight in a content <div>,
# paragraphs parted by <br><br>, a bold heading line, no <p> at all.
PROBES.add(
    "fi_association_bare_div_br",
    "https://kotiseutu.example.fi/historia.html",
    site(
        "fi",
        "Kotiseutuyhdistyksen historia",
        "<div id='sisalto'><b>Perustaminen</b><br>Yhdistys perustettiin kylän koululla "
        "helmikuussa 1952, ja ensimmäiseksi puheenjohtajaksi valittiin opettaja Aino Virta."
        "<br><br>Ensimmäisenä kesänä jäsenet kunnostivat vanhan aitan museoksi ja keräsivät "
        "sinne talojen vanhoja työkaluja.<br><br><b>Nykyään</b><br>Yhdistyksellä on noin "
        "sata jäsentä, ja se järjestää joka heinäkuu kyläjuhlat museon pihalla.<br><br>Uudet "
        "jäsenet ovat aina tervetulleita, eikä jäsenmaksua peritä alle kahdeksantoista"
        "vuotiailta.</div>",
        nav=("Kotiseutu", "Historia", "Museo", "Yhteystiedot"),
        related_title="Ajankohtaista",
        related=("Kyläjuhlat heinäkuussa", "Talkoot museolla"),
        footer="Kotiseutuyhdistys ry · Päivitetty 2.3.2026",
    ),
    (
        "perustettiin kylän koululla helmikuussa 1952",
        "kunnostivat vanhan aitan museoksi",
        "järjestää joka heinäkuu kyläjuhlat",
        "eikä jäsenmaksua peritä",
    ),
    ("Ajankohtaista", "Talkoot museolla", "Päivitetty 2.3.2026"),
)

# --- Swedish, a FAQ set as a <dl>: each question a <dt>, each answer a <dd> of sentences.
PROBES.add(
    "sv_faq_definition_list",
    "https://bibliotek.example.se/fragor-och-svar",
    site(
        "sv",
        "Frågor och svar om lånekortet",
        "<dl class='faq'><dt>Vem kan få ett lånekort?</dt><dd>Alla som är folkbokförda i "
        "kommunen kan få ett lånekort gratis, barn under femton år med en vårdnadshavares "
        "underskrift.</dd><dt>Vad händer om jag tappar kortet?</dt><dd>Spärra kortet direkt "
        "i appen eller vid informationsdisken; ett nytt kort kostar tjugo kronor.</dd><dt>Hur "
        "länge får jag låna en bok?</dt><dd>Lånetiden är fyra veckor, och du kan förnya lånet "
        "två gånger om ingen annan har reserverat boken.</dd></dl>",
        nav=("Biblioteket", "Öppettider", "Evenemang", "Kontakta oss"),
        related_title="Genvägar",
        related=("Sök i katalogen", "Boka en dator"),
        footer="© 2026 Stadsbiblioteket",
    ),
    (
        "Vem kan få ett lånekort?",
        "folkbokförda i kommunen",
        "ett nytt kort kostar tjugo kronor",
        "du kan förnya lånet två gånger",
    ),
    ("Genvägar", "Sök i katalogen", "Boka en dator"),
)

# --- Danish, a recipe blog whose sections are titled by <div class='h3'> lines (no heading
# elements), each with <div> paragraphs; a "related recipes" grid after it.
PROBES.add(
    "da_sections_div_titles",
    "https://madblog.example.dk/rugbroed-fra-bunden",
    site(
        "da",
        "Rugbrød fra bunden",
        "<div class='recipe-text'><div class='section'><div class='h3'>Surdejen</div><div>"
        "Bland et hundrede gram rugmel med lunkent vand og lad det stå tildækket i tre døgn."
        "</div><div>Rør i den hver morgen; den er klar, når den dufter syrligt og bobler."
        "</div></div><div class='section'><div class='h3'>Dejen</div><div>Dagen før bagning "
        "blandes surdej, vand, salt og knækkede rugkerner i en stor skål.</div><div>Dejen skal "
        "være så våd, at den ikke kan æltes, men røres med en grydeske.</div></div><div "
        "class='section'><div class='h3'>Bagningen</div><div>Bag brødet ved 175 grader i en "
        "time og tre kvarter, og lad det køle af på en rist natten over.</div></div></div>"
        "<h2>Flere opskrifter</h2>"
        + cards(
            (("Boller med kardemomme", "Bagværk"), ("Hjemmelavet smør", "Basis")),
            linked=True,
        ),
        nav=("Madblog", "Opskrifter", "Bagning", "Om mig"),
        related_title="Populære opskrifter",
        related=("Æbleskiver som hos mormor", "Frikadeller i ovn"),
        footer="© 2026 Madblog",
    ),
    (
        "lad det stå tildækket i tre døgn",
        "den er klar, når den dufter syrligt",
        "knækkede rugkerner",
        "Bag brødet ved 175 grader",
    ),
    ("Flere opskrifter", "Boller med kardemomme", "Æbleskiver som hos mormor"),
)

# --- Georgian, a travel note in bare <div>s with one <figure> whose caption is a sentence.
PROBES.add(
    "ka_travel_div_paragraphs_figure",
    "https://mogzauroba.example.ge/svaneti",
    site(
        "ka",
        "ზაფხული სვანეთში",
        "<div class='article'><div>მესტიიდან უშგულამდე გზა ოთხ საათს გაგრძელდა, რადგან "
        "ღამით მოსულმა წვიმამ გზის ნაწილი წაიღო.</div><figure><img src='/s1.jpg' alt=''>"
        "<figcaption>უშგულის კოშკები დილის ნისლში.</figcaption></figure><div>სოფელში ძველი "
        "სვანური კოშკები დღესაც დგას, ზოგიერთი ათას წელზე მეტისაა.</div><div>ჩვენმა "
        "მასპინძელმა კუბდარი გამოაცხო და გვიამბო, როგორ ზამთრობდნენ აქ თოვლში "
        "მოწყვეტილები.</div></div>",
        nav=("მოგზაურობა", "სტატიები", "ფოტოები", "კონტაქტი"),
        related_title="ასევე წაიკითხეთ",
        related=("სამი დღე თბილისში", "კახეთის ღვინის გზა"),
        footer="© 2026 მოგზაურობა",
    ),
    (
        "მესტიიდან უშგულამდე გზა ოთხ საათს გაგრძელდა",
        "ზოგიერთი ათას წელზე მეტისაა",
        "კუბდარი გამოაცხო",
    ),
    ("ასევე წაიკითხეთ", "სამი დღე თბილისში", "კახეთის ღვინის გზა"),
)

# --- Armenian, a school's page laid out in table cells: the text in one <td> as <br>
# paragraphs, a news column in another <td> beside it.
PROBES.add(
    "hy_table_cells_text_beside_news_column",
    "http://dprotc.example.am/patmutyun.html",
    page(
        "hy",
        "Դպրոցի պատմությունը",
        "<table width='100%' border='0'><tr><td colspan='3'><img src='/logo.gif' alt='Դպրոց'>"
        "</td></tr><tr><td width='20%' valign='top'><a href='/'>Գլխավոր</a><br><a "
        "href='/usucichner.html'>Ուսուցիչներ</a><br><a href='/kap.html'>Կապ</a></td><td "
        "width='55%' valign='top'><h2>Դպրոցի պատմությունը</h2>Դպրոցը բացվել է 1936 թվականին "
        "գյուղի եկեղեցու կողքի փոքր շենքում՝ երեք դասարանով։<br><br>1964 թվականին կառուցվեց "
        "նոր երկհարկանի շենքը, որտեղ այսօր սովորում է երկու հարյուր աշակերտ։<br><br>Դպրոցի "
        "թանգարանում պահվում են առաջին ուսուցիչների նամակներն ու լուսանկարները։</td><td "
        "width='25%' valign='top' bgcolor='#f0f0f0'><b>Նորություններ</b><br><a "
        "href='/n1.html'>Մայիսի 15-ին՝ վերջին զանգ</a><br><a href='/n2.html'>Շախմատի "
        "մրցաշարի արդյունքները</a></td></tr></table>",
    ),
    (
        "Դպրոցը բացվել է 1936 թվականին",
        "նոր երկհարկանի շենքը",
        "առաջին ուսուցիչների նամակներն ու լուսանկարները",
    ),
    ("Նորություններ", "վերջին զանգ", "Շախմատի մրցաշարի", "Ուսուցիչներ"),
)

# --- Amharic, a church announcement: the text in a <div> of <br>-parted lines (an e-mail
# pasted into a site builder), a contact footer.
PROBES.add(
    "am_announcement_br_lines",
    "https://betekrstian.example.et/mastawekia",
    site(
        "am",
        "የሰንበት ትምህርት ቤት ምዝገባ",
        "<div class='wysiwyg'>ውድ ምዕመናን፣<br><br>የዘንድሮው የሰንበት ትምህርት ቤት ምዝገባ ከመስከረም "
        "አሥር ጀምሮ በቤተክርስቲያኑ ጽሕፈት ቤት ይካሄዳል።<br><br>ዕድሜያቸው ከአምስት እስከ አሥራ ስምንት "
        "የሆኑ ልጆች መመዝገብ ይችላሉ፤ ወላጆች የልጆቻቸውን የልደት ካርድ ይዘው እንዲመጡ እንጠይቃለን።"
        "<br><br>ትምህርቱ በየእሁዱ ከቅዳሴ በኋላ ለሁለት ሰዓት ይሰጣል።<br><br>የቤተክርስቲያኑ "
        "አስተዳደር</div>",
        nav=("ቤተክርስቲያን", "መርሐ ግብር", "ማስታወቂያ", "አድራሻ"),
        related_title="ሌሎች ማስታወቂያዎች",
        related=("የጾም ወቅት መርሐ ግብር", "የመዘምራን ልምምድ ቀን ተቀየረ"),
        footer="© 2026 ቤተክርስቲያን · ስልክ 011 000 0000",
    ),
    (
        "የዘንድሮው የሰንበት ትምህርት ቤት ምዝገባ",
        "የልደት ካርድ ይዘው እንዲመጡ",
        "ከቅዳሴ በኋላ ለሁለት ሰዓት ይሰጣል",
    ),
    ("ሌሎች ማስታወቂያዎች", "የጾም ወቅት መርሐ ግብር", "ስልክ 011"),
)

# --- Burmese, a cooking post: text in <span>s inside <div>s (a page builder's rich text),
# one picture with a credit under it.
PROBES.add(
    "my_recipe_divs_of_spans",
    "https://hinchet.example.com.mm/mohinga",
    site(
        "my",
        "အိမ်မှာ မုန့်ဟင်းခါး ချက်နည်း",
        "<div class='rich-text'><div><span>မုန့်ဟင်းခါးသည် မြန်မာတို့ မနက်စာအဖြစ် အများဆုံး "
        "စားသော ငါးဟင်းရည်ဖြစ်သည်။</span></div><div><span>ငါးကို ဦးစွာ ပြုတ်ပြီး အရိုးထုတ်ကာ "
        "နနွင်း၊ ကြက်သွန်နှင့် ဆီသတ်ရမည်။</span></div><div class='img-wrap'><img "
        "src='/m.jpg' alt=''><span class='credit'>ဓာတ်ပုံ - ဆုမွန်</span></div><div><span>"
        "ဆန်မှုန့်ကို ရေနှင့်ဖျော်ပြီး ဟင်းရည်ထဲ ထည့်ကာ တစ်နာရီခန့် မီးအေးအေးဖြင့် "
        "တည်ထားပါ။</span></div><div><span>ကြက်ဥပြုတ်၊ ပဲကြော်နှင့် သံပုရာသီးဖြင့် "
        "တွဲဖက်စားပါ။</span></div></div>",
        nav=("ဟင်းချက်", "ချက်နည်းများ", "မုန့်များ", "ဆက်သွယ်ရန်"),
        related_title="ဆက်စပ်ချက်နည်းများ",
        related=("ရှမ်းခေါက်ဆွဲ ချက်နည်း", "လက်ဖက်သုပ် လုပ်နည်း"),
        footer="© 2026 ဟင်းချက်",
    ),
    (
        "မနက်စာအဖြစ် အများဆုံး",
        "ငါးကို ဦးစွာ ပြုတ်ပြီး",
        "တစ်နာရီခန့် မီးအေးအေးဖြင့်",
        "သံပုရာသီးဖြင့်",
    ),
    ("ဆက်စပ်ချက်နည်းများ", "ရှမ်းခေါက်ဆွဲ", "ဓာတ်ပုံ - ဆုမွန်"),
)

# --- Khmer, a health ministry's advice page: numbered steps with nested sub-lists and a
# sentence before and after.
PROBES.add(
    "km_health_advice_nested_lists",
    "https://sokhapheap.example.gov.kh/dengue",
    site(
        "km",
        "របៀបការពារជំងឺគ្រុនឈាម",
        "<div class='content-body'><div>ជំងឺគ្រុនឈាមឆ្លងតាមមូសខ្លា ដែលពងកូននៅក្នុងទឹកស្អាត"
        "ដែលនៅទ្រឹង។</div><ol><li>សម្អាតផ្ទះ<ul><li>ចាក់ចោលទឹកក្នុងពាង និងធុងដែលមិនប្រើ</li>"
        "<li>គ្របពាងទឹកឱ្យជិតជានិច្ច</li></ul></li><li>ការពារខ្លួន<ul><li>ដេកក្នុងមុង "
        "សូម្បីតែពេលថ្ងៃ</li><li>ពាក់អាវដៃវែង នៅពេលព្រឹក និងល្ងាច</li></ul></li></ol><div>"
        "បើកុមារមានគ្រុនក្តៅលើសពីពីរថ្ងៃ សូមនាំទៅមណ្ឌលសុខភាពភ្លាម។</div></div>",
        nav=("ក្រសួងសុខាភិបាល", "ព័ត៌មាន", "ការណែនាំ", "ទំនាក់ទំនង"),
        related_title="ការណែនាំផ្សេងទៀត",
        related=("ការលាងដៃឱ្យបានត្រឹមត្រូវ", "អាហារូបត្ថម្ភសម្រាប់កុមារ"),
        footer="© 2026 ក្រសួងសុខាភិបាល",
    ),
    (
        "ជំងឺគ្រុនឈាមឆ្លងតាមមូសខ្លា",
        "គ្របពាងទឹកឱ្យជិតជានិច្ច",
        "ដេកក្នុងមុង",
        "សូមនាំទៅមណ្ឌលសុខភាពភ្លាម",
    ),
    ("ការណែនាំផ្សេងទៀត", "ការលាងដៃឱ្យបានត្រឹមត្រូវ"),
)

# --- Estonian, a spec sheet set as <div> rows of label and value <span>s (no table, no
# <dl>), after a description in <div>s.
PROBES.add(
    "et_spec_rows_of_spans",
    "https://rattapood.example.ee/toode/linnaratas-28",
    site(
        "et",
        "Linnaratas 28 tolli",
        "<div class='description'><div>Kerge alumiiniumraamiga linnaratas igapäevaseks "
        "sõiduks tööle ja poodi.</div><div>Sisseehitatud tuled saavad voolu rummudünamost, "
        "nii et patareisid pole vaja vahetada.</div></div><div class='specs'><div "
        "class='spec-row'><span class='spec-label'>Raam</span><span "
        "class='spec-value'>alumiinium</span></div><div class='spec-row'><span "
        "class='spec-label'>Käigud</span><span class='spec-value'>7</span></div><div "
        "class='spec-row'><span class='spec-label'>Kaal</span><span class='spec-value'>14,2 "
        "kg</span></div></div>",
        nav=("Rattapood", "Rattad", "Varuosad", "Ostukorv"),
        related_title="Vaata ka",
        related=("Laste jalgratas 20 tolli", "Rattalukk kahe võtmega"),
        footer="© 2026 Rattapood OÜ",
    ),
    (
        "Kerge alumiiniumraamiga linnaratas",
        "patareisid pole vaja vahetada",
        "Käigud 7",
        "Kaal 14,2 kg",
    ),
    ("Laste jalgratas", "Rattalukk kahe võtmega", "Rattapood OÜ"),
)

# --- Icelandic, a sermon page: text in bare <div>s with a Bible passage in a <blockquote>
# of <br>-parted lines, and the parish's "other sermons" list.
PROBES.add(
    "is_sermon_blockquote_br_lines",
    "https://kirkja.example.is/predikanir/sumardagurinn-fyrsti",
    site(
        "is",
        "Prédikun á sumardaginn fyrsta",
        "<div class='predikun'><div>Náð sé með yður og friður frá Guði föður vorum.</div>"
        "<div>Textinn sem lesinn var í dag minnir okkur á að vorið kemur ekki í einu vetfangi."
        "</div><blockquote>Sjá, veturinn er liðinn,<br>regnið er um garð gengið og horfið."
        "<br>Blómin eru farin að sjást á jörðinni.</blockquote><div>Þannig er það líka í "
        "lífinu: eftir langan vetur þarf þolinmæði áður en fyrstu blómin koma upp.</div>"
        "</div>",
        nav=("Kirkjan", "Prédikanir", "Helgihald", "Hafa samband"),
        related_title="Fleiri prédikanir",
        related=("Prédikun á páskadag", "Prédikun á skírdag"),
        footer="© 2026 Sóknarkirkjan",
    ),
    (
        "minnir okkur á að vorið kemur ekki í einu vetfangi",
        "Sjá, veturinn er liðinn",
        "Blómin eru farin að sjást á jörðinni",
        "eftir langan vetur þarf þolinmæði",
    ),
    ("Fleiri prédikanir", "Prédikun á páskadag", "Sóknarkirkjan"),
)

# --- Latvian, a developer's note: <div> paragraphs, a config file in a <pre> with line
# numbers in <span>s, an inline <code> in the prose.
PROBES.add(
    "lv_dev_note_pre_and_inline_code",
    "https://piezimes.example.lv/nginx-kesosana",
    site(
        "lv",
        "Kā ieslēgt kešošanu nginx serverī",
        "<div class='post'><div>Ja lapa ielādējas lēni, vispirms pārbaudiet, vai statiskie "
        "faili tiek kešoti pārlūkā.</div><div>Konfigurācijas failā <code>nginx.conf</code> "
        "pievienojiet šādu bloku:</div><pre class='code'>location ~* \\.(css|js|png)$ {\n"
        '    expires 30d;\n    add_header Cache-Control "public";\n}</pre><div>Pēc tam '
        "pārlādējiet serveri ar komandu <code>nginx -s reload</code> un pārbaudiet galvenes."
        "</div></div>",
        nav=("Piezīmes", "Serveri", "Tīkli", "Par mani"),
        related_title="Citas piezīmes",
        related=("SSH atslēgu izveide", "Kā atjaunot datubāzi no rezerves kopijas"),
        footer="© 2026 Piezīmes",
    ),
    (
        "vai statiskie faili tiek kešoti pārlūkā",
        "nginx.conf",
        "expires 30d;",
        "nginx -s reload",
    ),
    ("Citas piezīmes", "SSH atslēgu izveide", "datubāzi no rezerves kopijas"),
)

# --- Slovenian, a municipality's election results: each list's row is a <div> of value
# <span>s written with nothing between them (a minified template), under the notice's text.
PROBES.add(
    "sl_election_rows_of_value_spans",
    "https://www.obcina-example.si/novice/rezultati-volitev-v-obcinski-svet",
    site(
        "sl",
        "Rezultati volitev v občinski svet",
        "<div class='news-body'><div>Občinska volilna komisija je v ponedeljek potrdila "
        "izide nedeljskih volitev v občinski svet.</div><div>Volilna udeležba je bila 58,4 "
        "odstotna, kar je nekaj več kot pred štirimi leti.</div><div class='results'>"
        "<div class='result-row'><span class='list'>Lista za Razvoj</span><span "
        "class='share'>41,2 %</span><span class='seats'>9 sedežev</span></div><div "
        "class='result-row'><span class='list'>Zeleni kraj</span><span class='share'>30,1 %"
        "</span><span class='seats'>6 sedežev</span></div><div class='result-row'><span "
        "class='list'>Neodvisni</span><span class='share'>28,7 %</span><span "
        "class='seats'>6 sedežev</span></div></div><div>Ustanovna seja novega sveta bo "
        "predvidoma v začetku prihodnjega meseca.</div></div>",
        nav=("Občina", "Novice", "Razpisi", "Kontakt"),
        related_title="Zadnje novice",
        related=("Zapora ceste skozi center", "Javni razpis za male čistilne naprave"),
        footer="© 2026 Občina Primer",
    ),
    (
        "potrdila izide nedeljskih volitev",
        "Razvoj 41,2 %",
        "41,2 % 9 sedežev",
        "30,1 % 6 sedežev",
        "Ustanovna seja novega sveta",
    ),
    ("Zadnje novice", "Zapora ceste skozi center", "Občina Primer"),
)
