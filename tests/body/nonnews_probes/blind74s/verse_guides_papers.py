"""The blind74s probe's third part: poetry and lyrics (``<br>``-separated lines, stanzas),
travel guides (sections with addresses, opening-hours tables), academic abstract pages
(authors, abstract, keywords, references) and newsletters archived on the web (``<table>``
layouts)."""

from __future__ import annotations

from ._kit import SITES, add, bullets, paras, rows

add(
    "poem_br_lines_stanzas_poet_bio",
    SITES["ta"],
    "கடற்கரை மாலை",
    "<article class='poem'><h1>கடற்கரை மாலை</h1><div class='poem-text'><p>அலைகள் மணலில் "
    "எழுதும் கடிதம்<br>காற்று வந்து படித்துச் செல்லும்<br>சிப்பிகள் மட்டும் மௌனம் காக்கும்</p>"
    "<p>மீனவன் படகு கரை சேரும்<br>விளக்குகள் ஒவ்வொன்றாய் எரியும்<br>கடல் தன் கதையை முடிக்காது</p>"
    "</div><div class='poet-bio'><img src='/p.jpg' alt=''><p>கவிஞர் செல்வி ராமன் "
    "சென்னையில் வசிக்கிறார். இவரது மூன்று தொகுப்புகள் வெளிவந்துள்ளன.</p></div></article>",
    (
        "அலைகள் மணலில் எழுதும் கடிதம்",
        "சிப்பிகள் மட்டும் மௌனம் காக்கும்",
        "மீனவன் படகு கரை சேரும்",
        "கடல் தன் கதையை முடிக்காது",
    ),
    ("இவரது மூன்று தொகுப்புகள் வெளிவந்துள்ளன.",),
    path="kavithai/kadarkarai-maalai",
)

add(
    "lyrics_chorus_credits_and_license",
    SITES["bn"],
    "মেঘের দেশে",
    "<div class='lyrics-page'><h1>মেঘের দেশে</h1><p class='song-credits'>কথা ও সুর: রাশেদ "
    "করিম · শিল্পী: নীলা</p><div class='lyrics'>মেঘের দেশে যাব আমি<br>পাখির ডানায় ভর করে"
    "<br><br><i>ও মেঘ, একটু দাঁড়াও<br>আমায় সঙ্গে নাও</i><br><br>নদীর বুকে আলো জ্বলে<br>"
    "মাঝির গানে রাত নামে</div><p class='lyrics-license'>গানের কথা প্রকাশকের অনুমতিক্রমে "
    "ব্যবহৃত।</p><div class='lyric-actions'><a href='#'>ভুল সংশোধন করুন</a><a href='#'>প্রিন্ট"
    "</a></div></div>",
    (
        "মেঘের দেশে যাব আমি",
        "পাখির ডানায় ভর করে",
        "ও মেঘ, একটু দাঁড়াও",
        "মাঝির গানে রাত নামে",
    ),
    ("গানের কথা প্রকাশকের অনুমতিক্রমে ব্যবহৃত।", "ভুল সংশোধন করুন"),
    path="gaan/megher-deshe",
    template="app",
)

add(
    "poem_pre_with_translation_note",
    SITES["fa"],
    "شب‌های پاییز",
    "<article class='poem-entry'><h1>شب‌های پاییز</h1><pre class='verse'>"
    "برگ‌ها آرام می‌ریزند\nباد نام تو را می‌خواند\n\nچراغ کوچه خاموش است\nو ماه "
    "پشت ابر می‌ماند</pre>"
    + paras("این شعر نخستین بار در مجموعه «باغ خاموش» منتشر شد.")
    + "<div class='poem-rate'><span>به این شعر امتیاز دهید</span><span>★★★★★</span></div>"
    "</article>",
    (
        "برگ‌ها آرام می‌ریزند",
        "باد نام تو را می‌خواند",
        "و ماه پشت ابر می‌ماند",
        "این شعر نخستین بار در مجموعه «باغ خاموش» منتشر شد.",
    ),
    ("به این شعر امتیاز دهید",),
    path="sher/shab-haye-paeez",
)

add(
    "hymn_numbered_verses_div_lines",
    SITES["sv"],
    "Psalm 214: Vintermorgon",
    "<div class='hymn'><h1>Psalm 214: Vintermorgon</h1><div class='verse'><span "
    "class='verse-no'>1.</span><div class='line'>Nu vaknar skogen under snö,</div><div "
    "class='line'>och ljuset går från sjö till sjö.</div></div><div class='verse'><span "
    "class='verse-no'>2.</span><div class='line'>Vi tänder ljus i varje hus,</div><div "
    "class='line'>och mörkret viker för vårt ljus.</div></div><p class='hymn-meta'>Text: "
    "Karin Berg 1962. Musik: folkmelodi.</p><a class='play-melody' href='#'>Spela melodin"
    "</a></div>",
    (
        "Nu vaknar skogen under snö,",
        "och ljuset går från sjö till sjö.",
        "Vi tänder ljus i varje hus,",
        "och mörkret viker för vårt ljus.",
    ),
    ("Spela melodin",),
    path="psalmer/214",
)

add(
    "travel_guide_sections_addresses_hours_table",
    SITES["et"],
    "Tartu ühe päevaga",
    "<article class='guide'><h1>Tartu ühe päevaga</h1>"
    + paras("Tartu vanalinn on väike ja kõik vaatamisväärsused jõuab läbida jalgsi.")
    + "<h2>Toomemägi</h2>"
    + paras("Alusta päeva Toomemäelt, kus asuvad toomkiriku varemed ja vana tähetorn.")
    + "<p class='address'>Lossi 25, Tartu</p><h2>Eesti Rahva Muuseum</h2>"
    + paras("Muuseumi püsinäitus räägib eestlaste elust kümne tuhande aasta jooksul.")
    + "<p class='address'>Muuseumi tee 2, Tartu</p>"
    + rows(
        ("E", "suletud"),
        ("T–P", "10.00–18.00"),
        head=("Päev", "Lahtiolekuajad"),
    )
    + "<div class='map-embed'><iframe src='https://maps.example/t'></iframe><a href='#'>Ava "
    "kaardil</a></div><div class='booking-widget'><p>Broneeri majutus Tartus</p><a "
    "href='#'>Vaata pakkumisi</a></div></article>",
    (
        "Tartu vanalinn on väike",
        "kus asuvad toomkiriku varemed ja vana tähetorn",
        "Lossi 25, Tartu",
        "Muuseumi püsinäitus räägib eestlaste elust",
        "10.00–18.00",
    ),
    ("Ava kaardil", "Broneeri majutus Tartus", "Vaata pakkumisi"),
    path="reisid/tartu-uhe-paevaga",
)

add(
    "travel_guide_practical_info_box_arabic",
    SITES["ar"],
    "دليل زيارة قلعة الحصن",
    "<article class='travel-guide'><h1>دليل زيارة قلعة الحصن</h1>"
    + paras(
        "تقع القلعة على تلة مرتفعة غرب مدينة حمص، وتعد من أفضل القلاع الصليبية حفظا.",
        "أفضل وقت للزيارة هو الربيع حين تكسو الخضرة الوادي المحيط.",
    )
    + "<div class='practical-info'><h3>معلومات عملية</h3><ul><li>العنوان: قرية الحصن، وادي "
    "النصارى</li><li>ساعات الزيارة: يوميا من 9 صباحا حتى 5 مساء</li><li>رسم الدخول: 500 ليرة"
    "</li></ul></div><div class='affiliate-box'><p>احجز جولة مع مرشد محلي</p><a href='#'>"
    "احجز الآن</a></div></article>",
    (
        "تقع القلعة على تلة مرتفعة غرب مدينة حمص",
        "أفضل وقت للزيارة هو الربيع",
        "العنوان: قرية الحصن، وادي النصارى",
        "ساعات الزيارة: يوميا من 9 صباحا حتى 5 مساء",
    ),
    ("احجز جولة مع مرشد محلي", "احجز الآن"),
    path="dalil/qalat-al-hosn",
)

add(
    "travel_guide_venue_cards_grid",
    SITES["pt"],
    "Onde comer em Coimbra",
    "<main class='guide-list'><h1>Onde comer em Coimbra</h1>"
    + paras("Reunimos as tascas onde os estudantes comem bem sem gastar muito.")
    + "<div class='venue-card'><h2>Tasca do Largo</h2><p>A chanfana é servida em tacho de "
    "barro, como manda a tradição.</p><p class='venue-address'>Largo da Sé Velha 8</p><p "
    "class='venue-hours'>Ter–Dom, 12h–15h e 19h–22h</p></div><div class='venue-card'><h2>"
    "Casa das Sopas</h2><p>Sopa do dia e pão caseiro por menos de cinco euros.</p><p "
    "class='venue-address'>Rua da Matemática 21</p><p class='venue-hours'>Seg–Sex, 11h–16h"
    "</p></div><div class='guide-ads'><span>Publicidade</span><a href='#'>Hotéis em Coimbra "
    "a partir de 39 €</a></div></main>",
    (
        "Reunimos as tascas onde os estudantes comem bem",
        "A chanfana é servida em tacho de barro",
        "Largo da Sé Velha 8",
        "Sopa do dia e pão caseiro por menos de cinco euros.",
        "Seg–Sex, 11h–16h",
    ),
    ("Hotéis em Coimbra a partir de 39 €",),
    path="guias/comer-em-coimbra",
    template="app",
)

add(
    "abstract_page_keywords_references",
    SITES["pt"],
    "Mobilidade pendular e uso do solo na região de Aveiro",
    "<div class='article-page'><h1>Mobilidade pendular e uso do solo na região de Aveiro</h1>"
    "<p class='authors'>Rita Moreira<sup>1</sup>, Nuno Faria<sup>2</sup></p><p "
    "class='affiliations'><sup>1</sup>Universidade de Aveiro; <sup>2</sup>Instituto de "
    "Geografia</p><div class='article-tools'><a href='#'>Descarregar PDF</a><a href='#'>"
    "Citar este artigo</a><span>Visualizações: 1 204</span></div><h2>Resumo</h2>"
    + paras(
        "Este estudo analisa as deslocações diárias entre onze concelhos da região de Aveiro"
        " entre 2011 e 2021.",
        "Os resultados mostram que a dispersão da habitação aumentou a dependência do automóvel.",
    )
    + "<p class='keywords'><strong>Palavras-chave:</strong> mobilidade; uso do solo; "
    "dispersão urbana</p><h2>Referências</h2><ol class='references'><li>Almeida, J. (2015)."
    " Cidades difusas. Lisboa: Edições Sul.</li><li>Costa, M. (2019). Transportes e território."
    " Revista de Geografia, 12, 33–51.</li></ol></div>",
    (
        "Este estudo analisa as deslocações diárias entre onze concelhos",
        "a dispersão da habitação aumentou a dependência do automóvel",
        "mobilidade; uso do solo; dispersão urbana",
        "Almeida, J. (2015). Cidades difusas.",
    ),
    ("Descarregar PDF", "Citar este artigo", "Visualizações: 1 204"),
    path="revista/artigo/4411",
    template="portal",
)

add(
    "abstract_page_turkish_structured_abstract",
    SITES["tr"],
    "Kentsel ısı adalarında sokak ağaçlarının etkisi",
    "<article class='paper'><h1>Kentsel ısı adalarında sokak ağaçlarının etkisi</h1><ul "
    "class='author-list'><li>Elif Kaya</li><li>Murat Demir</li></ul><section "
    "class='abstract'><h2>Öz</h2><p><strong>Amaç:</strong> Sokak ağaçlarının yaz aylarında "
    "yüzey sıcaklığına etkisini ölçmek.</p><p><strong>Yöntem:</strong> İzmir'de otuz sokakta "
    "termal kamera ile ölçüm yapıldı.</p><p><strong>Bulgular:</strong> Ağaçlı sokaklar öğle "
    "saatlerinde ortalama 4,2 derece daha serin çıktı.</p></section><p class='kw'>Anahtar "
    "kelimeler: kentsel ısı adası, sokak ağaçları, İzmir</p><div class='metrics'><span>"
    "İndirme: 532</span><a href='#'>Tam metin PDF</a></div></article>",
    (
        "Sokak ağaçlarının yaz aylarında yüzey sıcaklığına etkisini ölçmek.",
        "termal kamera ile ölçüm yapıldı.",
        "ortalama 4,2 derece daha serin çıktı.",
        "kentsel ısı adası, sokak ağaçları, İzmir",
    ),
    ("İndirme: 532", "Tam metin PDF"),
    path="dergi/makale/88",
)

add(
    "newsletter_archive_nested_tables",
    SITES["nl"],
    "Nieuwsbrief december: de volkstuin in de winter",
    "<table class='email-wrapper' width='100%'><tr><td align='center'><table width='600'>"
    "<tr><td class='preheader'><a href='#'>Bekijk deze e-mail in je browser</a></td></tr>"
    "<tr><td><h1>Nieuwsbrief december: de volkstuin in de winter</h1></td></tr><tr><td "
    "class='content'><p>Beste tuinders, het seizoen zit erop en de kassen zijn leeg.</p><p>"
    "Op zaterdag 19 december houden we de jaarlijkse snoeimiddag bij de boomgaard.</p><h2>"
    "Uit het bestuur</h2><p>De contributie voor 2027 blijft gelijk: 65 euro per tuin.</p>"
    "</td></tr><tr><td class='footer'><p>Je ontvangt deze e-mail omdat je lid bent van VTV "
    "De Bongerd.</p><p><a href='#'>Afmelden</a> | <a href='#'>Voorkeuren wijzigen</a></p>"
    "</td></tr></table></td></tr></table>",
    (
        "het seizoen zit erop en de kassen zijn leeg.",
        "Op zaterdag 19 december houden we de jaarlijkse snoeimiddag",
        "De contributie voor 2027 blijft gelijk: 65 euro per tuin.",
    ),
    (
        "Bekijk deze e-mail in je browser",
        "Je ontvangt deze e-mail omdat je lid bent",
        "Voorkeuren wijzigen",
    ),
    path="nieuwsbrief/2026-12",
)

add(
    "newsletter_archive_columns_of_items",
    SITES["fi"],
    "Kirjaston uutiskirje, joulukuu",
    "<div class='mc-archive'><table width='100%' class='bodyTable'><tr><td><table "
    "class='templateContainer' width='600'><tr><td class='mcnTextContent'><h1>Kirjaston "
    "uutiskirje, joulukuu</h1><p>Joulun aukioloajat poikkeavat tavallisesta.</p></td></tr>"
    "<tr><td class='mcnTextContent'><table width='100%'><tr><td width='50%'><h3>Satutunnit"
    "</h3><p>Satutunti lapsille keskiviikkoisin kello 10 lastenosastolla.</p></td><td "
    "width='50%'><h3>Lukupiiri</h3><p>Lukupiiri keskustelee tammikuussa romaanista "
    "Pakkasyö.</p></td></tr></table></td></tr><tr><td class='mcnFooterContent'><p>Copyright "
    "© 2026 Kaupunginkirjasto</p><p><a href='#'>Peru tilaus</a></p></td></tr></table></td>"
    "</tr></table></div>",
    (
        "Joulun aukioloajat poikkeavat tavallisesta.",
        "Satutunti lapsille keskiviikkoisin kello 10",
        "Lukupiiri keskustelee tammikuussa romaanista",
    ),
    ("Copyright © 2026 Kaupunginkirjasto", "Peru tilaus"),
    path="uutiskirje/joulukuu",
    template="table",
)

add(
    "release_notes_firmware_table_of_fixes",
    SITES["vi"],
    "Ghi chú phát hành firmware 1.9",
    "<div class='support-article'><h1>Ghi chú phát hành firmware 1.9</h1>"
    + paras("Bản cập nhật này dành cho máy lọc không khí AQ-300 và AQ-500.")
    + rows(
        ("Mới", "Chế độ ngủ tự giảm độ sáng màn hình"),
        ("Sửa lỗi", "Cảm biến bụi báo sai sau khi mất điện"),
        head=("Loại", "Nội dung"),
    )
    + "<p><strong>Cách cập nhật:</strong> mở ứng dụng, chọn Thiết bị, rồi Cập nhật firmware."
    "</p><div class='article-vote'>Bài viết này có hữu ích không? <a href='#'>Có</a> <a "
    "href='#'>Không</a></div><div class='related-articles'><h3>Bài viết liên quan</h3><ul><li>"
    "<a href='#'>Cách thay bộ lọc HEPA</a></li></ul></div></div>",
    (
        "Bản cập nhật này dành cho máy lọc không khí AQ-300 và AQ-500.",
        "Chế độ ngủ tự giảm độ sáng màn hình",
        "Cảm biến bụi báo sai sau khi mất điện",
        "mở ứng dụng, chọn Thiết bị, rồi Cập nhật firmware.",
    ),
    ("Bài viết này có hữu ích không?", "Cách thay bộ lọc HEPA"),
    path="ho-tro/firmware-1-9",
)

add(
    "event_announcement_hindi_programme",
    SITES["hi"],
    "पुस्तक मेला 2026: कार्यक्रम सूची",
    "<article class='event-page'><h1>पुस्तक मेला 2026: कार्यक्रम सूची</h1>"
    + paras("नगर पुस्तकालय में 18 से 20 दिसंबर तक पुस्तक मेला लगेगा। प्रवेश निःशुल्क है।")
    + bullets(
        "18 दिसंबर, सुबह 10 बजे – उद्घाटन और बाल कविता पाठ",
        "19 दिसंबर, दोपहर 3 बजे – लेखिका मीरा जोशी से बातचीत",
        "20 दिसंबर, शाम 5 बजे – पुरस्कार वितरण",
    )
    + "<div class='event-actions'><a href='#'>कैलेंडर में जोड़ें</a><a href='#'>रिमाइंडर "
    "सेट करें</a></div></article>",
    (
        "नगर पुस्तकालय में 18 से 20 दिसंबर तक पुस्तक मेला लगेगा।",
        "उद्घाटन और बाल कविता पाठ",
        "लेखिका मीरा जोशी से बातचीत",
        "पुरस्कार वितरण",
    ),
    ("कैलेंडर में जोड़ें", "रिमाइंडर सेट करें"),
    path="karyakram/pustak-mela",
)

add(
    "obituary_czech_parte_with_family",
    SITES["cs"],
    "Zemřel bývalý ředitel školy Josef Malý",
    "<article class='obituary-post'><h1>Zemřel bývalý ředitel školy Josef Malý</h1>"
    + paras(
        "Ve věku 88 let zemřel Josef Malý, který třicet let vedl základní školu v Lipové.",
        "Založil školní pěvecký sbor a kroniku obce psal až do loňského roku.",
        "Poslední rozloučení se koná v sobotu 12. prosince ve 14 hodin v kostele sv. Jakuba.",
    )
    + "<p class='family'>S láskou vzpomínají manželka Marie, dcery Jana a Eva s rodinami.</p>"
    "<div class='condolence-form'><h3>Napište kondolenci</h3><textarea></textarea><button>"
    "Odeslat</button></div></article>",
    (
        "zemřel Josef Malý, který třicet let vedl základní školu v Lipové.",
        "Poslední rozloučení se koná v sobotu 12. prosince ve 14 hodin",
        "S láskou vzpomínají manželka Marie, dcery Jana a Eva s rodinami.",
    ),
    ("Napište kondolenci",),
    path="zpravy/josef-maly",
)
