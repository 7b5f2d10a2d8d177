"""Widgets a CMS or plugin sets inside the article's own container (round 38): rating and
"was this helpful" boxes, consent notices, donation appeals, comment counts and "load
comments" bars, app-download prompts, product carousels, tables of contents, reading-time and
"last updated" lines, breadcrumbs under the headline, tag clouds and affiliate disclosures."""

from __future__ import annotations

from .pages import Probes, page, paragraphs

PROBES = Probes()

# --- Ukrainian, WordPress with a star-rating plugin: the rating box closes the entry content.
PROBES.add(
    "uk_star_rating_in_entry",
    "https://novyny.example.com.ua/misto/2026/04/novyi-park/",
    page(
        "uk",
        "У Заріччі відкрили новий парк над річкою",
        "<main id='main'><article class='post'><h1 class='entry-title'>У Заріччі відкрили новий "
        "парк над річкою</h1><div class='entry-content'>"
        + paragraphs(
            "Новий парк площею дванадцять гектарів відкрили в суботу на лівому березі річки, "
            "де ще два роки тому були покинуті склади.",
            "У парку висадили понад тисячу дерев, облаштували велодоріжку та два дитячі "
            "майданчики, розповіла архітекторка проєкту Олена Гаврилюк.",
            "Міська рада обіцяє, що взимку на місці літньої сцени працюватиме ковзанка.",
        )
        + "<div class='kk-star-ratings kksr-valign-bottom' data-id='481'><div "
        "class='kksr-stars'><div class='kksr-star' data-star='1'></div><div class='kksr-star' "
        "data-star='2'></div><div class='kksr-star' data-star='3'></div></div><div "
        "class='kksr-legend'>Оцініть статтю: 4.6/5 (37 голосів)</div></div></div></article>"
        "</main>",
    ),
    (
        "Новий парк площею дванадцять гектарів",
        "У парку висадили понад тисячу дерев",
        "працюватиме ковзанка",
    ),
    ("Оцініть статтю", "37 голосів"),
)

# --- Greek, a news site whose text opens with a reading-time and a "last updated" line, both
# set as paragraphs of the body's own container.
PROBES.add(
    "el_reading_time_updated_lines",
    "https://www.example.gr/koinonia/nea-grammi-leoforeiou",
    page(
        "el",
        "Νέα γραμμή λεωφορείου ενώνει τα βόρεια προάστια",
        "<main><article class='article-page'><h1>Νέα γραμμή λεωφορείου ενώνει τα βόρεια "
        "προάστια</h1><div class='article-body'><p class='article-meta-line'><span>Χρόνος "
        "ανάγνωσης: 3 λεπτά</span></p><p class='article-meta-line'>Τελευταία ενημέρωση: 14 "
        "Απριλίου 2026, 09:40</p>"
        + paragraphs(
            "Μια νέα γραμμή λεωφορείου θα συνδέει από τη Δευτέρα τα βόρεια προάστια με το "
            "νοσοκομείο της Καλλιθέας, ανακοίνωσε ο οργανισμός συγκοινωνιών.",
            "Τα δρομολόγια θα ξεκινούν κάθε είκοσι λεπτά από τις έξι το πρωί, ενώ τα "
            "Σαββατοκύριακα η συχνότητα θα μειώνεται στο μισό.",
            "Οι κάτοικοι ζητούσαν τη σύνδεση εδώ και χρόνια, καθώς μέχρι σήμερα χρειάζονταν δύο "
            "μετεπιβιβάσεις για να φτάσουν στο νοσοκομείο.",
        )
        + "</div></article></main>",
    ),
    (
        "Μια νέα γραμμή λεωφορείου θα συνδέει",
        "Τα δρομολόγια θα ξεκινούν κάθε είκοσι λεπτά",
        "Οι κάτοικοι ζητούσαν τη σύνδεση",
    ),
    ("Χρόνος ανάγνωσης", "Τελευταία ενημέρωση"),
)

# --- Hebrew, right to left: a donation appeal set between the story's paragraphs, with a
# heading, a sentence and a button, in a box with a neutral class name.
PROBES.add(
    "he_donation_appeal_between_paragraphs",
    "https://www.example.co.il/news/2026/05/water-plant",
    page(
        "he",
        "מתקן התפלה חדש ייפתח בקיץ",
        "<main><article class='story'><h1>מתקן התפלה חדש ייפתח בקיץ</h1><div class='story-body'>"
        + paragraphs(
            "מתקן ההתפלה החדש בחוף הצפוני יתחיל לפעול ביולי ויספק מים לכמאה אלף משקי בית, כך "
            "הודיעה רשות המים.",
            "בניית המתקן נמשכה ארבע שנים ועלתה כמיליארד שקלים, יותר ממה שתוכנן בתחילה.",
        )
        + "<div class='box-support'><h3>העיתונות העצמאית צריכה אתכם</h3><p>אנחנו לא מאחורי "
        "חומת תשלום. תרומה חודשית קטנה עוזרת לנו להמשיך לכתוב.</p><a class='btn' "
        "href='/donate'>לתרומה</a></div>"
        + paragraphs(
            "ארגוני הסביבה מבקשים לבדוק את השפעת המתקן על הדגה ליד החוף לפני הפעלתו המלאה.",
        )
        + "</div></article></main>",
        dir_="rtl",
    ),
    (
        "מתקן ההתפלה החדש בחוף הצפוני",
        "בניית המתקן נמשכה ארבע שנים",
        "ארגוני הסביבה מבקשים לבדוק",
    ),
    ("העיתונות העצמאית צריכה אתכם", "תרומה חודשית קטנה", "לתרומה"),
)

# --- Thai, an app-download prompt inside the article, with store badges as linked images.
PROBES.add(
    "th_app_download_prompt",
    "https://www.example.co.th/news/local/2026/floating-market",
    page(
        "th",
        "ตลาดน้ำแห่งใหม่เปิดริมคลองบางแก้ว",
        "<main><article class='news-detail'><h1>ตลาดน้ำแห่งใหม่เปิดริมคลองบางแก้ว</h1><div "
        "class='news-detail__content'>"
        + paragraphs(
            "ตลาดน้ำแห่งใหม่ริมคลองบางแก้วเปิดให้บริการเมื่อวันเสาร์ โดยมีร้านค้าชุมชนกว่าแปดสิบร้าน"
            "มาร่วมขายอาหารและผลไม้ตามฤดูกาล",
            "นายกเทศมนตรีกล่าวว่าตลาดจะเปิดทุกวันหยุดสุดสัปดาห์ และจะมีเรือรับส่งนักท่องเที่ยวจากท่าน้ำวัดทุกครึ่งชั่วโมง",
        )
        + "<div class='app-promo'><p>อ่านข่าวได้เร็วกว่าใคร ดาวน์โหลดแอปของเราได้แล้ววันนี้</p>"
        "<a href='https://apps.example.com/ios'><img src='/img/appstore.png' alt='App Store'>"
        "</a><a href='https://apps.example.com/android'><img src='/img/play.png' "
        "alt='Google Play'></a></div>"
        + paragraphs(
            "ผู้ค้าหลายรายบอกว่ารายได้ช่วงเปิดตลาดวันแรกดีกว่าที่คาดไว้มาก",
        )
        + "</div></article></main>",
    ),
    (
        "ตลาดน้ำแห่งใหม่ริมคลองบางแก้ว",
        "นายกเทศมนตรีกล่าวว่าตลาดจะเปิดทุกวันหยุด",
        "ผู้ค้าหลายรายบอกว่ารายได้",
    ),
    ("ดาวน์โหลดแอปของเรา", "App Store"),
)

# --- Georgian, a comment count and a "load comments" bar inside the article after the text;
# the comments themselves load by script.
PROBES.add(
    "ka_comment_count_load_bar",
    "https://www.example.ge/news/2026/06/tbilisi-cable-car",
    page(
        "ka",
        "საბაგირო გზა კვლავ ამუშავდა",
        "<main><article class='post-full'><h1>საბაგირო გზა კვლავ ამუშავდა</h1><div "
        "class='post-full__body'>"
        + paragraphs(
            "ქალაქის საბაგირო გზა ორთვიანი რემონტის შემდეგ ორშაბათს კვლავ ამუშავდა და პირველ "
            "დღეს ათასზე მეტი მგზავრი გადაიყვანა.",
            "მერიის ინფორმაციით, კაბინები სრულად შეიცვალა, ხოლო ზედა სადგურზე ახალი ლიფტი "
            "დამონტაჟდა.",
            "ბილეთის ფასი უცვლელი დარჩა და ერთი მგზავრობა ისევ ერთი ლარი ღირს.",
        )
        + "</div><div class='post-full__comments-bar'><span class='count'>კომენტარები (14)"
        "</span><button class='load-comments'>კომენტარების ჩატვირთვა</button></div>"
        "<div id='comments-root'></div></article></main>",
    ),
    (
        "ქალაქის საბაგირო გზა ორთვიანი რემონტის",
        "მერიის ინფორმაციით, კაბინები სრულად",
        "ბილეთის ფასი უცვლელი დარჩა",
    ),
    ("კომენტარები (14)", "კომენტარების ჩატვირთვა"),
)

# --- Bengali, a breadcrumb trail repeated under the headline inside the article (a plain
# paragraph of links and separators, no class that names it).
PROBES.add(
    "bn_breadcrumb_under_headline",
    "https://www.example.com.bd/national/2026/07/bridge-opening",
    page(
        "bn",
        "নদীর ওপর নতুন সেতু চালু হলো",
        "<main><article class='details'><h1>নদীর ওপর নতুন সেতু চালু হলো</h1><div "
        "class='details-body'><p class='trail'><a href='/'>প্রচ্ছদ</a> › <a "
        "href='/national'>জাতীয়</a> › <a href='/national/roads'>যোগাযোগ</a></p>"
        + paragraphs(
            "দীর্ঘ অপেক্ষার পর শনিবার নদীর ওপর নির্মিত নতুন সেতুটি যান চলাচলের জন্য খুলে দেওয়া "
            "হয়েছে, এতে দুই জেলার মধ্যে যাতায়াতের সময় দুই ঘণ্টা কমবে।",
            "সেতুটির দৈর্ঘ্য প্রায় দেড় কিলোমিটার এবং এর নির্মাণে চার বছর সময় লেগেছে বলে জানিয়েছেন "
            "প্রকল্প পরিচালক রফিকুল হাসান।",
            "স্থানীয় ব্যবসায়ীরা আশা করছেন, নতুন সেতুর ফলে কৃষিপণ্য দ্রুত বাজারে পৌঁছাবে।",
        )
        + "</div></article></main>",
    ),
    (
        "দীর্ঘ অপেক্ষার পর শনিবার নদীর ওপর",
        "সেতুটির দৈর্ঘ্য প্রায় দেড় কিলোমিটার",
        "স্থানীয় ব্যবসায়ীরা আশা করছেন",
    ),
    ("প্রচ্ছদ", "যোগাযোগ"),
)

# --- Hungarian, a tag cloud inside the article between the text and its footer, after a
# label.
PROBES.add(
    "hu_tag_cloud_after_text",
    "https://hirek.example.hu/belfold/2026/08/uj-komp",
    page(
        "hu",
        "Új komp jár a Dunán Tahi és Tahitótfalu között",
        "<main><article class='cikk'><h1>Új komp jár a Dunán Tahi és Tahitótfalu között</h1>"
        "<div class='cikk-torzs'>"
        + paragraphs(
            "Hétfőtől új, elektromos meghajtású komp szállítja az utasokat a Duna két partja "
            "között, a régi hajó negyven év szolgálat után nyugdíjba vonult.",
            "Az új komp egyszerre tizenkét autót és kétszáz utast vihet, és óránként kétszer "
            "fordul, mondta az üzemeltető igazgatója, Szabó Gergely.",
            "A jegyárak nem változnak, a bérletesek az első hónapban ingyen utazhatnak.",
        )
        + "</div><div class='cikk-cimkek'><span>Címkék:</span> <a href='/cimke/komp'>komp</a> "
        "<a href='/cimke/duna'>Duna</a> <a href='/cimke/kozlekedes'>közlekedés</a> <a "
        "href='/cimke/pest-megye'>Pest megye</a></div></article></main>",
    ),
    (
        "Hétfőtől új, elektromos meghajtású komp",
        "Az új komp egyszerre tizenkét autót",
        "A jegyárak nem változnak",
    ),
    ("Címkék:", "Pest megye"),
)

# --- Romanian, a blog review opening with an affiliate disclosure in italics, set as the
# first paragraph of the entry.
PROBES.add(
    "ro_affiliate_disclosure_first_line",
    "https://blog.example.ro/2026/03/recenzie-espressor-portabil/",
    page(
        "ro",
        "Recenzie: espressorul portabil pe care l-am luat pe munte",
        "<main><article class='post'><h1 class='entry-title'>Recenzie: espressorul portabil pe "
        "care l-am luat pe munte</h1><div class='entry-content'><p><em>Acest articol conține "
        "linkuri afiliate. Dacă cumperi prin ele, primim un mic comision, fără costuri în plus "
        "pentru tine.</em></p>"
        + paragraphs(
            "Am folosit espressorul portabil timp de trei săptămâni, pe trasee de o zi și în "
            "două nopți la cort, și a făcut o cafea mai bună decât mă așteptam.",
            "Pompa manuală cere cam douăzeci de apăsări pentru o ceașcă, iar rezervorul de apă "
            "ajunge pentru două cafele scurte.",
            "Singurul minus serios este greutatea: cu tot cu husă trece de jumătate de kilogram.",
        )
        + "</div></article></main>",
    ),
    (
        "Am folosit espressorul portabil timp de trei săptămâni",
        "Pompa manuală cere cam douăzeci de apăsări",
        "Singurul minus serios este greutatea",
    ),
    ("Acest articol conține linkuri afiliate", "primim un mic comision"),
)

# --- Finnish, a consent notice a cookie tool injects inside the article's body, ahead of the
# text (a heading, a sentence, two buttons).
PROBES.add(
    "fi_consent_notice_inside_body",
    "https://uutiset.example.fi/kotimaa/2026/09/uusi-kirjasto",
    page(
        "fi",
        "Uusi kirjasto avautuu satamaan",
        "<main><article class='article'><h1>Uusi kirjasto avautuu satamaan</h1><div "
        "class='article__body'><div class='cmp-inline'><p class='cmp-inline__title'>Arvostamme "
        "yksityisyyttäsi</p><p>Käytämme evästeitä sisällön ja mainosten räätälöintiin sekä "
        "liikenteen analysointiin.</p><button>Hyväksy kaikki</button><button>Asetukset"
        "</button></div>"
        + paragraphs(
            "Kaupungin uusi pääkirjasto avautuu satamaan lokakuussa, kertoo kirjastotoimenjohtaja "
            "Riikka Salminen.",
            "Rakennuksessa on kolme kerrosta, lasten oma kerros sekä kahvila, jonka terassilta "
            "näkee lauttarantaan.",
            "Vanha kirjasto keskustassa suljetaan syyskuun lopussa, ja sen kokoelmat siirretään "
            "uuteen taloon kahden viikon aikana.",
        )
        + "</div></article></main>",
    ),
    (
        "Kaupungin uusi pääkirjasto avautuu satamaan",
        "Rakennuksessa on kolme kerrosta",
        "Vanha kirjasto keskustassa suljetaan",
    ),
    ("Arvostamme yksityisyyttäsi", "Käytämme evästeitä", "Hyväksy kaikki"),
)

# --- Croatian, a "more on this topic" box set beside the text inside the body: a heading and
# three linked headlines, each with its date.
PROBES.add(
    "hr_more_on_topic_box_dated_links",
    "https://www.example.hr/vijesti/2026/10/nova-trajektna-linija",
    page(
        "hr",
        "Nova trajektna linija povezat će otoke",
        "<main><article class='art'><h1>Nova trajektna linija povezat će otoke</h1><div "
        "class='art-text'>"
        + paragraphs(
            "Od lipnja će nova trajektna linija povezivati dva otoka koji dosad nisu imali "
            "izravnu vezu, objavila je agencija za obalni promet.",
            "Trajekt će ploviti tri puta dnevno, a putovanje će trajati četrdeset minuta, "
            "rekao je ravnatelj agencije Ivan Perić.",
        )
        + "<aside class='art-box'><h4>Više o temi</h4><ul><li><a href='/v/1'>Otočani traže "
        "više brodskih linija</a> <time>12.05.2026.</time></li><li><a href='/v/2'>Luka dobiva "
        "novi gat za trajekte</a> <time>03.04.2026.</time></li><li><a href='/v/3'>Cijene karata "
        "ostaju iste i ove sezone</a> <time>28.03.2026.</time></li></ul></aside>"
        + paragraphs(
            "Lokalni ugostitelji očekuju da će nova veza produljiti turističku sezonu.",
        )
        + "</div></article></main>",
    ),
    (
        "Od lipnja će nova trajektna linija",
        "Trajekt će ploviti tri puta dnevno",
        "Lokalni ugostitelji očekuju",
    ),
    ("Otočani traže više brodskih linija", "Luka dobiva novi gat", "Cijene karata ostaju"),
)

# --- Tamil, a newsletter box set between the story's paragraphs with a neutral class name.
PROBES.add(
    "ta_newsletter_box_between_paragraphs",
    "https://www.example.in/tamil/news/2026/11/metro-extension",
    page(
        "ta",
        "மெட்ரோ ரயில் சேவை விமான நிலையம் வரை நீட்டிப்பு",
        "<main><article class='story-page'><h1>மெட்ரோ ரயில் சேவை விமான நிலையம் வரை "
        "நீட்டிப்பு</h1><div class='story-content'>"
        + paragraphs(
            "நகரின் மெட்ரோ ரயில் சேவை அடுத்த மாதம் முதல் விமான நிலையம் வரை நீட்டிக்கப்படும் "
            "என்று மெட்ரோ நிர்வாகம் அறிவித்துள்ளது.",
            "புதிய பாதையில் நான்கு நிலையங்கள் அமைக்கப்பட்டுள்ளன என்றும், பயண நேரம் இருபது "
            "நிமிடங்கள் குறையும் என்றும் அதிகாரிகள் தெரிவித்தனர்.",
        )
        + "<div class='inline-box-3'><p><b>செய்திமடலுக்குப் பதிவு செய்யுங்கள்</b></p><p>தினமும் "
        "காலை முக்கியச் செய்திகள் உங்கள் மின்னஞ்சலுக்கு.</p><form><input type='email'>"
        "<button>பதிவு</button></form></div>"
        + paragraphs(
            "பயணச்சீட்டு கட்டணம் தற்போதைய அளவிலேயே தொடரும் என்றும் நிர்வாகம் கூறியுள்ளது.",
        )
        + "</div></article></main>",
    ),
    (
        "நகரின் மெட்ரோ ரயில் சேவை",
        "புதிய பாதையில் நான்கு நிலையங்கள்",
        "பயணச்சீட்டு கட்டணம் தற்போதைய",
    ),
    ("செய்திமடலுக்குப் பதிவு செய்யுங்கள்", "முக்கியச் செய்திகள் உங்கள் மின்னஞ்சலுக்கு"),
)

# --- Amharic, an author box after the text inside the article: a heading, the name and a
# sentence about the writer.
PROBES.add(
    "am_author_box_after_text",
    "https://www.example.et/news/2026/12/coffee-harvest",
    page(
        "am",
        "የቡና ምርት በዚህ ዓመት ጨምሯል",
        "<main><article class='single'><h1>የቡና ምርት በዚህ ዓመት ጨምሯል</h1><div class='single-text'>"
        + paragraphs(
            "በደቡብ ክልል የሚገኙ አርሶ አደሮች በዚህ ዓመት የቡና ምርታቸው ካለፈው ዓመት በሃያ በመቶ መጨመሩን ተናግረዋል።",
            "የግብርና ባለሙያዎች ጭማሪው በጥሩ ዝናብ እና በአዳዲስ ችግኞች ምክንያት መሆኑን ገልጸዋል።",
            "አርሶ አደሮቹ ግን የትራንስፖርት ወጪ መጨመሩ ትርፋቸውን እንደሚቀንስ ስጋታቸውን ገልጸዋል።",
        )
        + "</div><div class='about-writer'><h4>ስለ ጸሐፊው</h4><p><a href='/writer/7'>ሰላም ታደሰ"
        "</a> የኢኮኖሚ ዘጋቢ ስትሆን ለአሥር ዓመታት የግብርና ዜናዎችን ዘግባለች።</p></div></article></main>",
    ),
    (
        "በደቡብ ክልል የሚገኙ አርሶ አደሮች",
        "የግብርና ባለሙያዎች ጭማሪው",
        "አርሶ አደሮቹ ግን የትራንስፖርት ወጪ",
    ),
    ("ስለ ጸሐፊው", "ለአሥር ዓመታት የግብርና ዜናዎችን ዘግባለች"),
)

# --- Japanese, a blog post with a table-of-contents box (a plugin's) before its first
# heading; the headings and their sections are the text.
PROBES.add(
    "ja_toc_box_before_first_heading",
    "https://blog.example.jp/entry/2026/01/kyoto-walk",
    page(
        "ja",
        "冬の京都を一日で歩くコース",
        "<main><article class='entry'><h1 class='entry-title'>冬の京都を一日で歩くコース</h1><div "
        "class='entry-content'><p>冬の京都は観光客が少なく、朝早くから歩けば有名な寺も静かに見て"
        "回ることができます。</p><div id='ez-toc-container' class='ez-toc-v2'><div "
        "class='ez-toc-title-container'><p class='ez-toc-title'>この記事の目次</p><span "
        "class='ez-toc-toggle'>[非表示]</span></div><nav><ul class='ez-toc-list'><li><a "
        "href='#a1'>1 朝は東山から</a></li><li><a href='#a2'>2 昼は錦市場で</a></li></ul></nav>"
        "</div><h2 id='a1'>朝は東山から</h2><p>八時前に清水寺に着けば、舞台からの眺めをほとんど"
        "独り占めできます。</p><h2 id='a2'>昼は錦市場で</h2><p>昼食は錦市場の食べ歩きがおすすめで、"
        "だし巻き卵と漬物は外せません。</p></div></article></main>",
    ),
    (
        "冬の京都は観光客が少なく",
        "八時前に清水寺に着けば",
        "昼食は錦市場の食べ歩きがおすすめ",
    ),
    ("この記事の目次", "[非表示]"),
)

# --- Korean, a blog review with a product carousel of shop cards and a partner-programme
# disclosure under it, inside the post's body.
PROBES.add(
    "ko_product_cards_partner_disclosure",
    "https://blog.example.kr/review/2026/02/camping-stove",
    page(
        "ko",
        "캠핑 버너 한 달 사용기",
        "<main><article class='post-view'><h1>캠핑 버너 한 달 사용기</h1><div class='post-body'>"
        + paragraphs(
            "지난달부터 주말마다 캠핑장에서 이 버너를 써 봤는데, 바람이 부는 날에도 불꽃이 꺼지지 "
            "않아서 만족스러웠습니다.",
            "무게는 삼백 그램 정도라 배낭에 넣어도 부담이 없고, 점화 버튼도 한 번에 잘 켜집니다.",
        )
        + "<div class='product-slider'><div class='product-card'><a href='https://link.example."
        "com/1'><img src='/p1.jpg' alt=''><p class='name'>미니 캠핑 버너 세트</p><p "
        "class='price'>29,900원</p><span class='btn'>최저가 보기</span></a></div><div "
        "class='product-card'><a href='https://link.example.com/2'><img src='/p2.jpg' alt=''>"
        "<p class='name'>바람막이 접이식</p><p class='price'>12,500원</p><span class='btn'>"
        "최저가 보기</span></a></div></div><p class='disclosure'>이 포스팅은 제휴 마케팅 활동의 "
        "일환으로, 이에 따른 일정액의 수수료를 제공받습니다.</p>"
        + paragraphs(
            "다만 가스 연결부가 조금 뻑뻑해서 처음에는 힘을 줘야 끼워졌습니다.",
        )
        + "</div></article></main>",
    ),
    (
        "지난달부터 주말마다 캠핑장에서",
        "무게는 삼백 그램 정도라",
        "다만 가스 연결부가 조금 뻑뻑해서",
    ),
    ("미니 캠핑 버너 세트", "최저가 보기", "일정액의 수수료를 제공받습니다"),
)

# --- Vietnamese, a "was this article helpful?" widget closing the article body.
PROBES.add(
    "vi_helpful_widget_after_text",
    "https://www.example.vn/suc-khoe/2026/03/ngu-du-giac",
    page(
        "vi",
        "Ngủ đủ giấc giúp trẻ học tốt hơn",
        "<main><article class='detail'><h1>Ngủ đủ giấc giúp trẻ học tốt hơn</h1><div "
        "class='detail-content'>"
        + paragraphs(
            "Một nghiên cứu mới cho thấy học sinh tiểu học ngủ đủ chín tiếng mỗi đêm có kết quả "
            "học tập tốt hơn các bạn ngủ ít.",
            "Các nhà nghiên cứu theo dõi hơn hai nghìn học sinh trong ba năm và ghi lại giờ đi "
            "ngủ của các em mỗi tuần.",
            "Bác sĩ Trần Minh Châu khuyên phụ huynh tắt màn hình ít nhất một giờ trước khi trẻ "
            "đi ngủ.",
        )
        + "<div class='feedback-box'><p>Bài viết có hữu ích với bạn không?</p><button>Có"
        "</button><button>Không</button></div></div></article></main>",
    ),
    (
        "Một nghiên cứu mới cho thấy học sinh tiểu học",
        "Các nhà nghiên cứu theo dõi hơn hai nghìn",
        "Bác sĩ Trần Minh Châu khuyên phụ huynh",
    ),
    ("Bài viết có hữu ích với bạn không?",),
)

# --- Persian, right to left: a tag list and a comment count under the text inside the article.
PROBES.add(
    "fa_tags_and_comment_count",
    "https://www.example.ir/news/2026/04/tehran-metro-line",
    page(
        "fa",
        "خط جدید مترو به فرودگاه رسید",
        "<main><article class='news-body'><h1>خط جدید مترو به فرودگاه رسید</h1><div "
        "class='news-text'>"
        + paragraphs(
            "خط جدید مترو از روز شنبه مسافران را از مرکز شهر تا فرودگاه می‌برد و سفر را به نیم "
            "ساعت کوتاه می‌کند.",
            "مدیرعامل شرکت مترو گفت قطارها هر ده دقیقه حرکت می‌کنند و بلیت با همان کارت شهروندی "
            "خریداری می‌شود.",
            "مسافران در روز نخست از شلوغی ایستگاه مرکزی گلایه داشتند.",
        )
        + "</div><div class='news-foot'><div class='tags'><span>برچسب‌ها:</span> <a "
        "href='/tag/1'>مترو</a> <a href='/tag/2'>فرودگاه</a> <a href='/tag/3'>حمل و نقل عمومی"
        "</a></div><div class='comment-count'><a href='#comments'>دیدگاه‌ها (۵)</a></div></div>"
        "</article></main>",
        dir_="rtl",
    ),
    (
        "خط جدید مترو از روز شنبه",
        "مدیرعامل شرکت مترو گفت",
        "مسافران در روز نخست",
    ),
    ("برچسب‌ها", "حمل و نقل عمومی", "دیدگاه‌ها (۵)"),
)

# --- Serbian Cyrillic, a donation appeal after the text inside the article, with its own
# heading and a link.
PROBES.add(
    "sr_donation_appeal_after_text",
    "https://www.example.rs/vesti/2026/05/novi-most",
    page(
        "sr",
        "Нови пешачки мост преко Саве",
        "<main><article class='clanak'><h1>Нови пешачки мост преко Саве</h1><div "
        "class='clanak-tekst'>"
        + paragraphs(
            "Градска управа представила је пројекат новог пешачког моста који ће повезати два "
            "дела града преко Саве до краја следеће године.",
            "Мост ће бити дугачак четиристо метара и имаће посебну стазу за бицикле, рекао је "
            "главни архитекта Милан Јовановић.",
            "Радови би требало да почну на пролеће, након што се заврши јавна расправа.",
        )
        + "<div class='podrska'><h3>Подржите независно новинарство</h3><p>Наш рад финансирају "
        "читаоци. Сваки прилог, ма колико мали, нам помаже.</p><p><a href='/donacije'>Подржите "
        "нас</a></p></div></div></article></main>",
    ),
    (
        "Градска управа представила је пројекат",
        "Мост ће бити дугачак четиристо метара",
        "Радови би требало да почну на пролеће",
    ),
    ("Подржите независно новинарство", "Наш рад финансирају читаоци", "Подржите нас"),
)

# --- Swahili, an app prompt as a single closing paragraph inside the body, linked.
PROBES.add(
    "sw_app_prompt_closing_paragraph",
    "https://habari.example.co.tz/kitaifa/2026/06/reli-mpya",
    page(
        "sw",
        "Treni mpya yaanza safari Dodoma",
        "<main><article class='habari'><h1>Treni mpya yaanza safari Dodoma</h1><div "
        "class='habari-maudhui'>"
        + paragraphs(
            "Treni mpya ya umeme imeanza safari zake kati ya Dar es Salaam na Dodoma, na "
            "kupunguza muda wa safari hadi saa nne.",
            "Mkurugenzi wa shirika la reli, Bw. Hamisi Mrisho, alisema tiketi zinapatikana "
            "mtandaoni na kwenye vituo vyote.",
            "Abiria wengi walisema wamefurahishwa na usafi na utulivu wa mabehewa mapya.",
        )
        + "<p class='app-cta'><a href='https://apps.example.com/habari'>Pakua programu yetu ili "
        "upate habari mpya kila saa</a></p></div></article></main>",
    ),
    (
        "Treni mpya ya umeme imeanza safari",
        "Mkurugenzi wa shirika la reli",
        "Abiria wengi walisema wamefurahishwa",
    ),
    ("Pakua programu yetu",),
)

# --- Indonesian, a reading-time and view-count line under the headline inside the body.
PROBES.add(
    "id_reading_time_views_line",
    "https://www.example.co.id/berita/2026/07/pasar-apung",
    page(
        "id",
        "Pasar apung baru dibuka di Banjarsari",
        "<main><article class='read'><h1>Pasar apung baru dibuka di Banjarsari</h1><div "
        "class='read__content'><div class='read__info'><span>Waktu baca 2 menit</span> · "
        "<span>Dibaca 1.204 kali</span></div>"
        + paragraphs(
            "Pasar apung baru di tepi sungai Banjarsari resmi dibuka pada Minggu pagi dengan "
            "lebih dari enam puluh perahu pedagang.",
            "Bupati mengatakan pasar akan buka setiap akhir pekan dan diharapkan menarik "
            "wisatawan dari kota-kota sekitar.",
            "Para pedagang menjual sayur, buah, dan kue tradisional langsung dari perahu mereka.",
        )
        + "</div></article></main>",
    ),
    (
        "Pasar apung baru di tepi sungai Banjarsari",
        "Bupati mengatakan pasar akan buka",
        "Para pedagang menjual sayur",
    ),
    ("Waktu baca 2 menit", "Dibaca 1.204 kali"),
)

# --- Hindi, an article rating box ("rate this article") with a vote tally after the text.
PROBES.add(
    "hi_rate_article_box",
    "https://www.example.in/hindi/news/2026/08/nayi-bus-seva",
    page(
        "hi",
        "शहर में शुरू हुई नई इलेक्ट्रिक बस सेवा",
        "<main><article class='story'><h1>शहर में शुरू हुई नई इलेक्ट्रिक बस सेवा</h1><div "
        "class='story-body'>"
        + paragraphs(
            "शहर में सोमवार से पचास नई इलेक्ट्रिक बसें चलने लगीं, जिनसे रोज़ करीब चालीस हज़ार "
            "यात्रियों को फ़ायदा होगा।",
            "परिवहन निगम के अध्यक्ष सुरेश वर्मा ने बताया कि किराया पुरानी बसों जितना ही रहेगा।",
            "यात्रियों ने बसों में ठंडक और कम शोर की तारीफ़ की।",
        )
        + "<div class='story-rate'><p>इस खबर को रेटिंग दें</p><div class='stars'><span>★</span>"
        "<span>★</span><span>★</span><span>★</span><span>☆</span></div><p>(128 वोट)</p></div>"
        "</div></article></main>",
    ),
    (
        "शहर में सोमवार से पचास नई इलेक्ट्रिक बसें",
        "परिवहन निगम के अध्यक्ष सुरेश वर्मा",
        "यात्रियों ने बसों में ठंडक",
    ),
    ("इस खबर को रेटिंग दें", "128 वोट"),
)

# --- Italian, a "was this article useful?" widget with neutral classes, inside the body.
PROBES.add(
    "it_useful_widget_neutral_class",
    "https://www.example.it/cronaca/2026/02/nuova-pista-ciclabile",
    page(
        "it",
        "Apre la nuova pista ciclabile lungo il fiume",
        "<main><article class='art-x'><h1>Apre la nuova pista ciclabile lungo il fiume</h1>"
        "<div class='art-x__txt'>"
        + paragraphs(
            "La nuova pista ciclabile lungo il fiume apre sabato e collega il centro storico "
            "con il parco delle Cascine in venti minuti di pedalata.",
            "Il tracciato è lungo sei chilometri ed è illuminato per tutta la notte, ha "
            "spiegato l'assessora alla mobilità Chiara Benedetti.",
            "Entro l'estate saranno installate anche dieci rastrelliere coperte.",
        )
        + "<div class='blk-9'><span>Ti è stato utile questo articolo?</span><button>Sì</button>"
        "<button>No</button></div></div></article></main>",
    ),
    (
        "La nuova pista ciclabile lungo il fiume apre sabato",
        "Il tracciato è lungo sei chilometri",
        "Entro l'estate saranno installate",
    ),
    ("Ti è stato utile questo articolo?",),
)

# --- Dutch, a donation appeal of a heading, two sentences in two paragraphs and a button:
# longer than a one-line call.
PROBES.add(
    "nl_donation_appeal_two_paragraphs",
    "https://www.example.nl/nieuws/2026/03/nieuwe-fietsbrug",
    page(
        "nl",
        "Nieuwe fietsbrug over het kanaal geopend",
        "<main><article class='artikel'><h1>Nieuwe fietsbrug over het kanaal geopend</h1><div "
        "class='artikel-tekst'>"
        + paragraphs(
            "De nieuwe fietsbrug over het kanaal is woensdag geopend en verkort de route tussen "
            "de twee wijken met bijna twee kilometer.",
            "De brug kostte acht miljoen euro en werd grotendeels betaald door de provincie, "
            "zei wethouder Sanne de Vries.",
        )
        + "<div class='steun-blok'><h3>Steun onafhankelijke journalistiek</h3><p>Onze artikelen "
        "zijn gratis te lezen.</p><p>Dat kan alleen dankzij lezers die ons maandelijks "
        "steunen.</p><a class='knop' href='/steun'>Steun ons</a></div>"
        + paragraphs("Fietsers kunnen vanaf volgende week ook 's nachts over de brug.")
        + "</div></article></main>",
    ),
    (
        "De nieuwe fietsbrug over het kanaal is woensdag geopend",
        "De brug kostte acht miljoen euro",
        "Fietsers kunnen vanaf volgende week",
    ),
    ("Steun onafhankelijke journalistiek", "Onze artikelen zijn gratis", "lezers die ons"),
)

# --- Russian, a comment count and a "show comments" button inside the article, with neutral
# class names.
PROBES.add(
    "ru_comment_count_show_button",
    "https://www.example.ru/news/2026/04/novyi-most",
    page(
        "ru",
        "В Заречном открыли пешеходный мост",
        "<main><article class='material'><h1>В Заречном открыли пешеходный мост</h1><div "
        "class='material-text'>"
        + paragraphs(
            "В Заречном в пятницу открыли пешеходный мост через железную дорогу, который "
            "жители просили построить больше десяти лет.",
            "Мост оборудован лифтами для колясок и велосипедов, рассказал глава района "
            "Андрей Соколов.",
            "До конца года рядом с мостом появится новая остановка автобуса.",
        )
        + "<div class='mt-bar'><span>Комментарии: 23</span><button>Показать комментарии"
        "</button></div></div></article></main>",
    ),
    (
        "В Заречном в пятницу открыли пешеходный мост",
        "Мост оборудован лифтами",
        "До конца года рядом с мостом",
    ),
    ("Комментарии: 23", "Показать комментарии"),
)

# --- Spanish, a tag list as a list of links after the text inside the body container.
PROBES.add(
    "es_tag_list_inside_body",
    "https://www.example.es/local/2026/05/mercado-reabre",
    page(
        "es",
        "El mercado central reabre tras la reforma",
        "<main><article class='noticia'><h1>El mercado central reabre tras la reforma</h1><div "
        "class='cuerpo'>"
        + paragraphs(
            "El mercado central reabrió el lunes tras dos años de obras, con cuarenta puestos "
            "y una nueva cubierta de madera.",
            "La alcaldesa, Lucía Ferrer, destacó que la mitad de los puestos son de "
            "productores de la comarca.",
            "El horario se amplía los sábados hasta las tres de la tarde.",
        )
        + "<div class='lista-e'><p>Etiquetas</p><ul><li><a href='/t/mercado'>Mercado central"
        "</a></li><li><a href='/t/comercio'>Comercio local</a></li><li><a "
        "href='/t/obras'>Obras públicas</a></li></ul></div></div></article></main>",
    ),
    (
        "El mercado central reabrió el lunes",
        "La alcaldesa, Lucía Ferrer, destacó",
        "El horario se amplía los sábados",
    ),
    ("Comercio local", "Obras públicas"),
)

# --- Chinese, a table-of-contents box and a "recommended" card row inside a blog post.
PROBES.add(
    "zh_toc_and_recommended_cards",
    "https://blog.example.cn/post/2026/06/hangzhou-walk",
    page(
        "zh",
        "杭州西湖一日徒步路线",
        "<main><article class='post'><h1>杭州西湖一日徒步路线</h1><div class='post-content'>"
        "<p>春天的西湖游客很多，但只要早上七点前出发，就能在人少的时候走完苏堤。</p><div "
        "class='toc-box'><p class='toc-title'>文章目录</p><ol><li><a href='#s1'>清晨走苏堤</a></li>"
        "<li><a href='#s2'>中午去龙井村</a></li></ol></div><h2 id='s1'>清晨走苏堤</h2><p>苏堤全长约"
        "三公里，两边种满柳树，慢慢走大约需要一个小时。</p><h2 id='s2'>中午去龙井村</h2>"
        "<p>从苏堤南端坐公交二十分钟就到龙井村，可以在茶农家里吃午饭。</p>"
        "<div class='rec-row'><p>相关推荐</p>"
        "<a href='/post/1'><img src='/1.jpg' alt=''><span>苏州园林半日游</span></a><a "
        "href='/post/2'><img src='/2.jpg' alt=''><span>千岛湖骑行攻略</span></a></div></div>"
        "</article></main>",
    ),
    (
        "春天的西湖游客很多",
        "苏堤全长约三公里",
        "从苏堤南端坐公交二十分钟",
    ),
    ("文章目录", "苏州园林半日游", "千岛湖骑行攻略"),
)

# --- Portuguese (Brazil), an app prompt with two store links in a box with a neutral class.
PROBES.add(
    "pt_app_prompt_store_links",
    "https://www.example.com.br/cidades/2026/07/nova-linha-metro",
    page(
        "pt",
        "Nova linha de metrô começa a operar",
        "<main><article class='materia'><h1>Nova linha de metrô começa a operar</h1><div "
        "class='materia-corpo'>"
        + paragraphs(
            "A nova linha de metrô começou a operar nesta segunda-feira, ligando a zona norte "
            "ao centro em vinte e cinco minutos.",
            "Segundo a companhia, os trens passam a cada quatro minutos nos horários de pico.",
        )
        + "<div class='bx-22'><p>Baixe o app e receba as notícias da sua cidade</p><a "
        "href='https://apps.example.com/ios'>App Store</a> <a "
        "href='https://apps.example.com/android'>Google Play</a></div>"
        + paragraphs("Passageiros reclamaram da falta de informação nas estações.")
        + "</div></article></main>",
    ),
    (
        "A nova linha de metrô começou a operar",
        "os trens passam a cada quatro minutos",
        "Passageiros reclamaram da falta",
    ),
    ("Baixe o app", "Google Play"),
)

# --- Turkish, a reading-time and an "updated" line under the headline, as two spans in one
# line.
PROBES.add(
    "tr_reading_time_updated_spans",
    "https://www.example.com.tr/yerel/2026/08/yeni-kutuphane",
    page(
        "tr",
        "Sahil parkına yeni kütüphane",
        "<main><article class='haber'><h1>Sahil parkına yeni kütüphane</h1><div "
        "class='haber-icerik'><div class='hb-info'><span>Okuma süresi: 2 dk</span> | <span>Son "
        "güncelleme: 14.08.2026 10:40</span></div>"
        + paragraphs(
            "Belediye, sahil parkının içine iki katlı bir halk kütüphanesi yapılacağını açıkladı.",
            "Kütüphanede çocuklar için ayrı bir okuma salonu ve deniz manzaralı bir çalışma "
            "alanı olacak.",
            "İnşaatın önümüzdeki bahar başlaması bekleniyor.",
        )
        + "</div></article></main>",
    ),
    (
        "Belediye, sahil parkının içine",
        "Kütüphanede çocuklar için ayrı",
        "İnşaatın önümüzdeki bahar",
    ),
    ("Okuma süresi", "Son güncelleme"),
)

# --- Slovak, a breadcrumb trail in a plain div under the headline, separated by slashes.
PROBES.add(
    "sk_breadcrumb_slashes_under_headline",
    "https://www.example.sk/regiony/2026/09/novy-most",
    page(
        "sk",
        "Nový most cez Váh otvoria v októbri",
        "<main><article class='clanok'><h1>Nový most cez Váh otvoria v októbri</h1><div "
        "class='clanok-telo'><div class='cesta'><a href='/'>Domov</a> / <a "
        "href='/regiony'>Regióny</a> / <a href='/regiony/zapad'>Západné Slovensko</a></div>"
        + paragraphs(
            "Nový cestný most cez Váh otvoria v polovici októbra, mesiac pred pôvodným "
            "termínom, oznámil primátor Peter Kováč.",
            "Most nahradí starý železný most z roku 1936, po ktorom už nesmú jazdiť autobusy.",
            "Počas otvorenia bude most na jeden deň vyhradený len pre chodcov.",
        )
        + "</div></article></main>",
    ),
    (
        "Nový cestný most cez Váh otvoria",
        "Most nahradí starý železný most",
        "Počas otvorenia bude most",
    ),
    ("Západné Slovensko",),
)

# --- English, an author box with neutral class names inside the body, after the text.
PROBES.add(
    "en_author_box_neutral_class",
    "https://www.example.com/news/2026/10/harbour-wall",
    page(
        "en",
        "Harbour wall repairs to start in spring",
        "<main><article class='c-story'><h1>Harbour wall repairs to start in spring</h1><div "
        "class='c-story__body'>"
        + paragraphs(
            "Repairs to the harbour wall at Port Ellery will start in April, the county "
            "council confirmed on Thursday.",
            "The work will close the outer quay for six weeks, and fishing boats will moor at "
            "the ferry pier in the meantime.",
            "The council expects the repairs to cost about £2m.",
        )
        + "<div class='c-box-4'><h4>About the author</h4><p>Morwenna Tregarth covers coastal "
        "communities and has reported from the county since 2015.</p></div></div></article>"
        "</main>",
    ),
    (
        "Repairs to the harbour wall at Port Ellery",
        "The work will close the outer quay",
        "The council expects the repairs",
    ),
    ("About the author", "covers coastal communities"),
)

# --- Malay, an affiliate disclosure as the post's first line (a language whose data had no
# disclosure words).
PROBES.add(
    "ms_affiliate_disclosure_first_line",
    "https://blog.example.my/2026/11/ulasan-periuk-nasi/",
    page(
        "ms",
        "Ulasan: periuk nasi elektrik untuk keluarga kecil",
        "<main><article class='post'><h1>Ulasan: periuk nasi elektrik untuk keluarga kecil</h1>"
        "<div class='entry-content'><p><em>Artikel ini mengandungi pautan afiliasi. Kami mungkin "
        "menerima komisen kecil tanpa kos tambahan kepada anda.</em></p>"
        + paragraphs(
            "Saya sudah menggunakan periuk nasi ini selama dua bulan dan nasi sentiasa masak "
            "dengan sekata, walaupun untuk beras perang.",
            "Fungsi pemasa membolehkan saya menetapkan masa memasak pada waktu pagi sebelum ke "
            "tempat kerja.",
            "Kelemahannya ialah penutup dalam yang agak sukar dicuci.",
        )
        + "</div></article></main>",
    ),
    (
        "Saya sudah menggunakan periuk nasi ini",
        "Fungsi pemasa membolehkan saya",
        "Kelemahannya ialah penutup dalam",
    ),
    ("Artikel ini mengandungi pautan afiliasi",),
)
