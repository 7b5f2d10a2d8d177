"""The blind75s probe's third part: civic and reference pages (a court's ruling with
numbered paragraphs, election results by district, a dictionary entry, a hiking route's
stages, a product comparison table, a property listing, a wiki-like article with an infobox
and a navbox, a school's timetable, a tide table, a government FAQ, a programme of a
festival, a standards document's numbered sections, a horoscope page)."""

from __future__ import annotations

from ._kit import SITES, add, bullets, paras, rows

add(
    "court_ruling_numbered_paragraphs",
    SITES["pl"],
    "Wyrok z dnia 14 października 2026 r., sygn. akt II CSK 512/26",
    "<div class='judgment'><h1>Wyrok z dnia 14 października 2026 r.</h1><div class='case-"
    "data'><p>Sygn. akt II CSK 512/26</p></div><h2>Uzasadnienie</h2><p class='num'>1. Powód"
    " domagał się zwrotu kaucji wpłaconej przy najmie lokalu.</p><p class='num'>2. Sąd "
    "pierwszej instancji oddalił powództwo, uznając roszczenie za przedawnione.</p><p "
    "class='num'>3. Sąd Najwyższy nie podziela tego stanowiska, ponieważ termin biegnie od "
    "dnia zwrotu lokalu.</p><div class='doc-tools'><a href='#'>Pobierz RTF</a><a href='#'>"
    "Zgłoś błąd w orzeczeniu</a></div></div>",
    (
        "1. Powód domagał się zwrotu kaucji wpłaconej przy najmie lokalu.",
        "uznając roszczenie za przedawnione.",
        "termin biegnie od dnia zwrotu lokalu.",
    ),
    ("Pobierz RTF", "Zgłoś błąd w orzeczeniu"),
    path="orzeczenia/II-CSK-512-26",
    template="portal",
)

add(
    "election_results_by_district",
    SITES["ka"],
    "საკრებულოს არჩევნების შედეგები",
    "<div class='results-page'><h1>საკრებულოს არჩევნების შედეგები</h1>"
    + paras("დათვლილია საარჩევნო უბნების 98 პროცენტი. აქტივობამ 54 პროცენტი შეადგინა.")
    + rows(
        ("ვაკე", "ნინო კაპანაძე", "41,2%"),
        ("საბურთალო", "ლევან ჩხეიძე", "38,7%"),
        ("ისანი", "თამარ გელაშვილი", "45,0%"),
        head=("ოლქი", "ლიდერი", "ხმები"),
    )
    + "<p class='update'>განახლდა 23:40-ზე</p><div class='live-badge'>LIVE</div></div>",
    (
        "დათვლილია საარჩევნო უბნების 98 პროცენტი.",
        "ნინო კაპანაძე",
        "თამარ გელაშვილი",
    ),
    ("განახლდა 23:40-ზე", "LIVE"),
    path="archevnebi/shedegebi",
    template="app",
)

add(
    "dictionary_entry_senses_examples",
    SITES["hy"],
    "արև — բառարան",
    "<div class='entry'><h1>արև</h1><div class='pron'>[արեւ] · գոյական</div><ol "
    "class='senses'><li>Երկնային լուսատու, որը լույս և ջերմություն է տալիս Երկրին։<div "
    "class='example'>Արևը ծագեց լեռների ետևից։</div></li><li>Փխբ. երջանկություն, ուրախություն։"
    "<div class='example'>Դու իմ արևն ես։</div></li></ol><div class='entry-tools'><button>"
    "Լսել</button><button>Պատճենել</button><a href='#'>Առաջարկել ուղղում</a></div></div>",
    (
        "Երկնային լուսատու, որը լույս և ջերմություն է տալիս Երկրին։",
        "Արևը ծագեց լեռների ետևից։",
        "Դու իմ արևն ես։",
    ),
    ("Առաջարկել ուղղում", "Պատճենել"),
    path="bar/arev",
)

add(
    "hiking_route_stages",
    SITES["sl"],
    "Krožna pot okoli Zelenega jezera",
    "<div class='route'><h1>Krožna pot okoli Zelenega jezera</h1><ul class='route-stats'>"
    "<li>12,4 km</li><li>4 h 30 min</li><li>Vzpon 640 m</li></ul>"
    + paras("Pot je primerna za družine, le zadnji spust je ob dežju spolzek.")
    + "<h2>Etape</h2><ol class='stages'><li><b>Parkirišče – Koča pod Bukovcem</b>: ob potoku"
    " skozi bukov gozd, 1 h 20 min.</li><li><b>Koča – razgledišče</b>: strm vzpon po "
    "kolovozu, 1 h.</li><li><b>Razgledišče – jezero</b>: po grebenu in navzdol k obali.</li>"
    "</ol><div class='gpx'><a href='#'>Prenesi GPX</a></div><div class='weather-widget'><p>"
    "Vreme danes: 7 °C</p></div></div>",
    (
        "Pot je primerna za družine",
        "ob potoku skozi bukov gozd",
        "strm vzpon po kolovozu",
        "po grebenu in navzdol k obali.",
    ),
    ("Prenesi GPX", "Vreme danes: 7 °C"),
    path="poti/zeleno-jezero",
)

add(
    "product_comparison_table",
    SITES["ko"],
    "무선 청소기 세 모델 비교",
    "<article class='compare'><h1>무선 청소기 세 모델 비교</h1>"
    + paras("한 달 동안 세 모델을 같은 집에서 번갈아 써 보았습니다.")
    + rows(
        ("흡입력", "180AW", "150AW", "210AW"),
        ("사용 시간", "60분", "45분", "70분"),
        ("무게", "2.4kg", "1.9kg", "2.8kg"),
        head=("항목", "A 모델", "B 모델", "C 모델"),
    )
    + paras("가벼운 집이라면 B 모델, 카펫이 많다면 C 모델을 추천합니다.")
    + "<div class='affiliate-note'><p>이 글에는 제휴 링크가 포함되어 있습니다.</p></div>"
    + "<div class='price-widget'><a href='#'>최저가 보기</a></div></article>",
    (
        "세 모델을 같은 집에서 번갈아 써 보았습니다.",
        "180AW",
        "카펫이 많다면 C 모델을 추천합니다.",
    ),
    ("최저가 보기", "이 글에는 제휴 링크가 포함되어 있습니다."),
    path="review/vacuum-compare",
)

add(
    "property_listing_features",
    SITES["mn"],
    "3 өрөө байр, 13-р хороолол",
    "<div class='property'><h1>3 өрөө байр, 13-р хороолол</h1><div class='property-price'>"
    "285 сая ₮</div><ul class='features'><li>78 м²</li><li>9 давхарын 5-р давхар</li><li>"
    "2019 онд ашиглалтад орсон</li></ul><div class='property-description'>"
    + paras(
        "Нарлаг, дулаан байр. Сургууль, цэцэрлэг ойрхон.",
        "Гал тогоо тавилгатайгаа үлдэнэ. Зээлээр авах боломжтой.",
    )
    + "</div><div class='agent-card'><p>Агент: Б. Сараа</p><a href='#'>Холбогдох</a></div>"
    "<div class='mortgage-calc'><p>Зээлийн тооцоолуур</p></div></div>",
    (
        "Нарлаг, дулаан байр. Сургууль, цэцэрлэг ойрхон.",
        "Гал тогоо тавилгатайгаа үлдэнэ.",
        "9 давхарын 5-р давхар",
    ),
    ("Агент: Б. Сараа", "Зээлийн тооцоолуур"),
    path="zar/3-oroo-13",
    template="app",
)

add(
    "wiki_article_infobox_navbox",
    SITES["uz"],
    "Chorvoq suv ombori",
    "<div id='content' class='mw-body'><h1 id='firstHeading'>Chorvoq suv ombori</h1><div "
    "id='bodyContent'><table class='infobox'><tr><th>Maydoni</th><td>37 km²</td></tr><tr><th>"
    "Qurilgan</th><td>1977</td></tr></table>"
    + paras(
        "Chorvoq suv ombori — Toshkent viloyatidagi sun'iy ko'l, Chirchiq daryosida qurilgan.",
        "Yozda ombor atrofida ko'plab dam olish maskanlari ishlaydi.",
    )
    + "<h2>Tarixi</h2>"
    + paras("To'g'on qurilishi 1963-yilda boshlangan va o'n to'rt yil davom etgan.")
    + "<table class='navbox'><tr><th>O'zbekiston suv omborlari</th></tr><tr><td><a href='#'>"
    "Tuyamo'yin</a> · <a href='#'>Andijon</a> · <a href='#'>Kattaqo'rg'on</a></td></tr>"
    "</table><div class='catlinks'>Turkum: <a href='#'>Suv omborlari</a></div></div></div>",
    (
        "Toshkent viloyatidagi sun'iy ko'l",
        "Yozda ombor atrofida ko'plab dam olish maskanlari ishlaydi.",
        "To'g'on qurilishi 1963-yilda boshlangan",
    ),
    ("O'zbekiston suv omborlari", "Turkum:"),
    path="wiki/Chorvoq",
)

add(
    "school_timetable_week",
    SITES["lv"],
    "5.a klases stundu saraksts",
    "<div class='page-content'><h1>5.a klases stundu saraksts</h1>"
    + paras("Saraksts spēkā no 2. septembra. Izmaiņas tiek publicētas e-klasē.")
    + rows(
        ("1.", "Matemātika", "Latviešu valoda", "Dabaszinības"),
        ("2.", "Angļu valoda", "Mūzika", "Matemātika"),
        ("3.", "Sports", "Vizuālā māksla", "Datorika"),
        head=("Stunda", "Pirmdiena", "Otrdiena", "Trešdiena"),
    )
    + "</div>",
    (
        "Saraksts spēkā no 2. septembra.",
        "Latviešu valoda",
        "Vizuālā māksla",
        "Datorika",
    ),
    (),
    path="skola/5a-saraksts",
    template="portal",
)

add(
    "tide_table_and_safety_note",
    SITES["cy"],
    "Amseroedd y llanw: Aberdaron",
    "<div class='tides'><h1>Amseroedd y llanw: Aberdaron</h1>"
    + rows(
        ("Llun", "05:12", "11:34", "4.8 m"),
        ("Mawrth", "06:01", "12:20", "4.6 m"),
        head=("Dydd", "Penllanw", "Distyll", "Uchder"),
    )
    + paras("Peidiwch â cherdded ar draws y bae pan fo'r llanw'n troi; mae'n codi'n gyflym.")
    + "<div class='ad-slot'><p>Hysbyseb</p></div></div>",
    (
        "Penllanw",
        "05:12",
        "Peidiwch â cherdded ar draws y bae pan fo'r llanw'n troi",
    ),
    ("Hysbyseb",),
    path="llanw/aberdaron",
)

add(
    "government_faq_headings_answers",
    SITES["lt"],
    "Dažniausiai užduodami klausimai apie gyventojo kortelę",
    "<div class='faq'><h1>Dažniausiai užduodami klausimai apie gyventojo kortelę</h1><h3>Kas"
    " gali gauti kortelę?</h3><p>Kortelę gali gauti visi deklaravę gyvenamąją vietą mieste."
    "</p><h3>Kiek ji kainuoja?</h3><p>Pirmoji kortelė nemokama, o pamestos kortelės "
    "dublikatas kainuoja 3 eurus.</p><h3>Kur ją atsiimti?</h3><p>Bet kuriame seniūnijos "
    "klientų aptarnavimo skyriuje.</p><div class='contact-box'><p>Neradote atsakymo? "
    "Skambinkite 1664.</p></div></div>",
    (
        "Kas gali gauti kortelę?",
        "Kortelę gali gauti visi deklaravę gyvenamąją vietą mieste.",
        "dublikatas kainuoja 3 eurus.",
        "Bet kuriame seniūnijos klientų aptarnavimo skyriuje.",
    ),
    ("Neradote atsakymo?",),
    path="duk/gyventojo-kortele",
    template="portal",
)

add(
    "festival_programme_days",
    SITES["sq"],
    "Programi i Festivalit të Këngës Popullore",
    "<div class='programme'><h1>Programi i Festivalit të Këngës Popullore</h1>"
    + paras("Festivali zhvillohet në sheshin e fshatit, hyrja është falas.")
    + "<h2>E premte, 14 gusht</h2>"
    + bullets("19:00 Hapja me grupin e iso-polifonisë", "21:00 Këngë labe nga Himara")
    + "<h2>E shtunë, 15 gusht</h2>"
    + bullets("18:00 Vallet e Çamërisë", "20:30 Koncert i orkestrës së qytetit")
    + "<div class='sponsors'><p>Me mbështetjen e</p><img src='/s.png' alt='Bashkia'></div>"
    "</div>",
    (
        "hyrja është falas.",
        "19:00 Hapja me grupin e iso-polifonisë",
        "21:00 Këngë labe nga Himara",
        "20:30 Koncert i orkestrës së qytetit",
    ),
    ("Me mbështetjen e",),
    path="festivali/programi",
)

add(
    "standard_numbered_sections",
    SITES["fi"],
    "Suositus 4/2026: Esteettömät verkkolomakkeet",
    "<main class='standard'><h1>Suositus 4/2026: Esteettömät verkkolomakkeet</h1><section>"
    "<h2>1 Soveltamisala</h2><p>Tätä suositusta sovelletaan julkishallinnon verkkopalveluiden"
    " lomakkeisiin.</p></section><section><h2>2 Vaatimukset</h2><p>2.1 Jokaisella kentällä on"
    " näkyvä nimi.</p><p>2.2 Virheilmoitus kertoo, miten virhe korjataan.</p><p>2.3 Lomakkeen"
    " voi täyttää pelkällä näppäimistöllä.</p></section><div class='version-info'>Versio 1.0"
    " · Päivitetty 1.12.2026</div></main>",
    (
        "Tätä suositusta sovelletaan julkishallinnon verkkopalveluiden lomakkeisiin.",
        "2.1 Jokaisella kentällä on näkyvä nimi.",
        "2.2 Virheilmoitus kertoo, miten virhe korjataan.",
        "2.3 Lomakkeen voi täyttää pelkällä näppäimistöllä.",
    ),
    ("Versio 1.0 · Päivitetty 1.12.2026",),
    path="suositukset/4-2026",
    template="portal",
)

add(
    "horoscope_signs_short_entries",
    SITES["bn"],
    "আজকের রাশিফল",
    "<div class='horoscope'><h1>আজকের রাশিফল</h1><div class='sign'><h3>মেষ</h3><p>আজ পুরনো"
    " বন্ধুর সঙ্গে দেখা হতে পারে। খরচে সাবধান থাকুন।</p></div><div class='sign'><h3>বৃষ"
    "</h3><p>কাজের জায়গায় প্রশংসা পাবেন। সন্ধ্যায় পরিবারের সঙ্গে সময় কাটান।</p></div><div "
    "class='sign'><h3>মিথুন</h3><p>ভ্রমণের পরিকল্পনা আজ না করাই ভালো।</p></div><div "
    "class='app-promo'><p>রোজকার রাশিফল পেতে আমাদের অ্যাপ ডাউনলোড করুন</p></div></div>",
    (
        "আজ পুরনো বন্ধুর সঙ্গে দেখা হতে পারে।",
        "কাজের জায়গায় প্রশংসা পাবেন।",
        "ভ্রমণের পরিকল্পনা আজ না করাই ভালো।",
    ),
    ("রোজকার রাশিফল পেতে আমাদের অ্যাপ ডাউনলোড করুন",),
    path="rashifal/aaj",
)
