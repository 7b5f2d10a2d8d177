"""Harder shapes, written after the first run and before running them: furniture as a bare
paragraph with no box or class word (an ad label, a credit, a count, a player's label), in
more languages, and notes about the story that are its own (corrections, a partner's
credit) beside the site's standing notices."""

from __future__ import annotations

from ._kit import add, ps

# --- Indonesian: the ad slot's two lines as bare paragraphs inside the text.
add(
    "id_advertisement_scroll_bare",
    "id",
    "Stasiun kereta lama diubah jadi perpustakaan",
    ps(
        "Bangunan stasiun kereta lama di pusat kota akan diubah menjadi perpustakaan umum "
        "yang buka setiap hari sampai pukul sembilan malam.",
        "ADVERTISEMENT",
        "SCROLL TO CONTINUE WITH CONTENT",
        "Renovasi gedung bersejarah itu ditargetkan selesai pada pertengahan tahun depan "
        "dengan biaya sekitar lima belas miliar rupiah.",
        "Pemerintah kota juga akan membuka ruang baca khusus anak di lantai dua.",
    ),
    (
        "Bangunan stasiun kereta lama di pusat kota",
        "Renovasi gedung bersejarah itu ditargetkan selesai",
        "ruang baca khusus anak di lantai dua",
    ),
    ("ADVERTISEMENT", "SCROLL TO CONTINUE WITH CONTENT"),
)

# --- Swedish: "Annons" as a bare paragraph; a sentence about an advert stays.
add(
    "sv_annons_bare_and_trap",
    "sv",
    "Kommunen stoppar reklamskyltar längs älven",
    ps(
        "Kommunen tar bort alla reklamskyltar längs älvstranden efter klagomål från boende om "
        "att de skymmer utsikten.",
        "Annons",
        "En annons för ett nytt köpcentrum som sattes upp i somras blev droppen, säger "
        "kommunalrådet.",
        "Skyltarna ska vara borta före midsommar.",
    ),
    (
        "Kommunen tar bort alla reklamskyltar",
        "En annons för ett nytt köpcentrum",
        "Skyltarna ska vara borta före midsommar",
    ),
    ("Annons\n",),
)

# --- Dutch: "Advertentie" bare, and a "lees ook" line in the same container.
add(
    "nl_advertentie_bare_lees_ook",
    "nl",
    "Nieuwe fietsbrug over het kanaal geopend",
    ps(
        "De nieuwe fietsbrug over het kanaal is zaterdag geopend door de wethouder, na twee "
        "jaar bouwen en een half jaar vertraging.",
        "Advertentie",
        "De brug is tweehonderd meter lang en verkort de route van de wijk naar het station "
        "met bijna tien minuten.",
    )
    + "<p><strong>Lees ook:</strong> <a href='/a/10'>Parkeertarieven in het centrum omhoog</a>"
    "</p>" + ps("In het voorjaar worden langs de brug nog bomen geplant."),
    (
        "De nieuwe fietsbrug over het kanaal is zaterdag geopend",
        "De brug is tweehonderd meter lang",
        "In het voorjaar worden langs de brug nog bomen geplant",
    ),
    ("Advertentie", "Lees ook", "Parkeertarieven in het centrum omhoog"),
)

# --- Finnish: "Mainos" bare between paragraphs.
add(
    "fi_mainos_bare",
    "fi",
    "Kaupunginkirjasto avaa lainaamon rautatieasemalle",
    ps(
        "Kaupunginkirjasto avaa ensi kuussa pienen lainaamon rautatieasemalle, jossa voi "
        "noutaa varattuja kirjoja myös iltaisin.",
        "Mainos",
        "Lainaamo on auki joka päivä kuudesta kymmeneen, ja sitä hoitavat kirjaston "
        "työntekijät vuorotellen.",
        "Kokeilu kestää vuoden.",
    ),
    (
        "Kaupunginkirjasto avaa ensi kuussa pienen lainaamon",
        "Lainaamo on auki joka päivä kuudesta kymmeneen",
        "Kokeilu kestää vuoden",
    ),
    ("Mainos",),
)

# --- Romanian: "Publicitate" bare between paragraphs.
add(
    "ro_publicitate_bare",
    "ro",
    "Primăria amenajează o pistă de biciclete pe malul râului",
    ps(
        "Primăria va amenaja în primăvară o pistă de biciclete de patru kilometri pe malul "
        "râului, între pod și parcul central.",
        "Publicitate",
        "Lucrările vor costa aproximativ trei milioane de lei și vor fi finanțate din fonduri "
        "europene.",
        "Pe traseu vor fi montate și zece stâlpi de iluminat solar.",
    ),
    (
        "Primăria va amenaja în primăvară o pistă de biciclete",
        "Lucrările vor costa aproximativ trei milioane de lei",
        "Pe traseu vor fi montate și zece stâlpi",
    ),
    ("Publicitate",),
)

# --- Urdu: "اشتہار" bare between paragraphs.
add(
    "ur_ishtihar_bare",
    "ur",
    "شہر میں تین نئے پارک بنائے جائیں گے",
    ps(
        "بلدیہ نے اعلان کیا ہے کہ اگلے سال شہر کے مختلف علاقوں میں تین نئے پارک بنائے جائیں گے۔",
        "اشتہار",
        "ہر پارک میں بچوں کے کھیلنے کی جگہ اور پیدل چلنے کا راستہ ہوگا۔",
        "شہریوں نے اس فیصلے کا خیر مقدم کیا ہے۔",
    ),
    dir_="rtl",
    must=(
        "تین نئے پارک بنائے جائیں گے۔",
        "ہر پارک میں بچوں کے کھیلنے کی جگہ",
        "شہریوں نے اس فیصلے کا خیر مقدم کیا ہے",
    ),
    must_not=("اشتہار",),
)

# --- Georgian: "რეკლამა" bare between paragraphs.
add(
    "ka_reklama_bare",
    "ka",
    "ქალაქში ახალი საბავშვო ბიბლიოთეკა გაიხსნა",
    ps(
        "ქალაქის ცენტრში ახალი საბავშვო ბიბლიოთეკა გაიხსნა, სადაც ათი ათასზე მეტი წიგნია.",
        "რეკლამა",
        "ბიბლიოთეკა ყოველდღე იმუშავებს დილის ათიდან საღამოს შვიდ საათამდე.",
        "შესვლა ყველასთვის უფასოა.",
    ),
    (
        "ქალაქის ცენტრში ახალი საბავშვო ბიბლიოთეკა გაიხსნა",
        "ბიბლიოთეკა ყოველდღე იმუშავებს",
        "შესვლა ყველასთვის უფასოა",
    ),
    ("რეკლამა",),
)

# --- German: agency photo credit as a bare line under the image; a "Drucken | Merken" row.
add(
    "de_foto_dpa_drucken_row",
    "de",
    "Hochwasser: Pegel am Rhein sinkt langsam",
    "<p class='werkzeuge'><a href='#'>Drucken</a> | <a href='#'>Merken</a> | <a "
    "href='#'>Teilen</a></p><p><img src='/b/rhein.jpg' alt=''></p><p>Foto: Boris Roessler/dpa"
    "</p>"
    + ps(
        "Der Pegel des Rheins ist in der Nacht zum Dienstag um zwanzig Zentimeter gesunken, "
        "die Lage bleibt aber angespannt.",
        "In der Altstadt stehen weiterhin mehrere Keller unter Wasser, die Feuerwehr pumpt "
        "seit drei Tagen ohne Pause.",
        "Die Stadt rechnet damit, dass die Uferstraße frühestens am Wochenende wieder "
        "freigegeben wird.",
    ),
    (
        "Der Pegel des Rheins ist in der Nacht zum Dienstag",
        "In der Altstadt stehen weiterhin mehrere Keller",
        "Die Stadt rechnet damit, dass die Uferstraße",
    ),
    ("Foto: Boris Roessler/dpa", "Merken"),
)

# --- French: a photo credit line, a listen button and a correction (kept) in one story.
add(
    "fr_credit_ecouter_rectificatif",
    "fr",
    "Le tramway prolongé jusqu’à l’hôpital",
    "<p class='lecteur'><button>Écouter cet article</button> <span>3 min</span></p><p><img "
    "src='/t.jpg' alt=''></p><p>Crédit photo : Jean Martin / AFP</p>"
    + ps(
        "La ligne de tramway sera prolongée de trois kilomètres jusqu’à l’hôpital régional, "
        "a annoncé la métropole mardi.",
        "Les travaux commenceront à l’automne et dureront deux ans, pour un coût de quatre-vingts "
        "millions d’euros.",
    )
    + "<p><em>Rectificatif : une version précédente de cet article indiquait que la ligne "
    "serait prolongée de cinq kilomètres.</em></p>",
    (
        "La ligne de tramway sera prolongée de trois kilomètres",
        "Les travaux commenceront à l’automne",
        "Rectificatif : une version précédente de cet article",
    ),
    ("Écouter cet article", "Crédit photo : Jean Martin / AFP"),
)

# --- Spanish: a correction note (kept) and a standing affiliate notice (furniture).
add(
    "es_fe_de_errores_afiliados",
    "es",
    "Probamos seis robots aspiradores baratos",
    "<p class='aviso'><small>En este artículo hay enlaces de afiliado: si compras a través de "
    "ellos, recibimos una pequeña comisión.</small></p>"
    + ps(
        "Durante un mes probamos seis robots aspiradores de menos de doscientos euros en un "
        "piso con alfombras y un perro que suelta mucho pelo.",
        "El mejor fue el Limpio 5, que aspiró bien los bordes y volvió solo a su base en todas "
        "las pruebas.",
        "El más barato se quedó atascado bajo el sofá casi cada día.",
    )
    + "<p><strong>Fe de errores:</strong> en una versión anterior de este artículo dábamos un "
    "precio equivocado para el Limpio 5.</p>",
    (
        "Durante un mes probamos seis robots aspiradores",
        "El mejor fue el Limpio 5",
        "en una versión anterior de este artículo dábamos un precio equivocado",
    ),
    ("En este artículo hay enlaces de afiliado", "recibimos una pequeña comisión"),
)

# --- German: a partner's credit for this story is the story's (the kit's convention).
add(
    "de_kooperation_note_content",
    "de",
    "Wie ein Dorf seine Dorfkneipe rettete",
    ps(
        "Als die letzte Gaststätte im Dorf schließen sollte, gründeten die Einwohner eine "
        "Genossenschaft und kauften das Haus.",
        "Heute hat die Kneipe zweihundert Mitglieder, die jeweils einen Anteil von hundert "
        "Euro halten, und zwei fest angestellte Köche.",
        "Am Wochenende kommen Gäste aus den Nachbarorten, weil es dort keine Wirtschaft mehr gibt.",
    )
    + "<p><em>Diese Recherche entstand in Kooperation mit dem Netzwerk Landjournalismus und "
    "wurde von der Stiftung Dorfleben gefördert.</em></p>",
    (
        "gründeten die Einwohner eine Genossenschaft",
        "Heute hat die Kneipe zweihundert Mitglieder",
        "Diese Recherche entstand in Kooperation mit dem Netzwerk Landjournalismus",
    ),
    (),
)

# --- Polish: a comment count line and a reaction question inside the text's end.
add(
    "pl_komentarze_count_reakcje",
    "pl",
    "Szkoła muzyczna dostanie nową salę koncertową",
    ps(
        "Państwowa szkoła muzyczna dostanie nową salę koncertową na trzysta miejsc, którą "
        "miasto wybuduje na miejscu starej sali gimnastycznej.",
        "Budowa ma kosztować dwadzieścia milionów złotych i potrwa dwa lata.",
        "Uczniowie będą mogli grać w niej koncerty dyplomowe już od jesieni 2028 roku.",
    )
    + "<p class='licznik'><a href='#komentarze'>Komentarze (34)</a></p><div class='reakcje'><p>"
    "Jak oceniasz ten artykuł?</p><button>Lubię to 12</button><button>Wrr 2</button></div>",
    (
        "dostanie nową salę koncertową na trzysta miejsc",
        "Budowa ma kosztować dwadzieścia milionów złotych",
        "Uczniowie będą mogli grać w niej koncerty",
    ),
    ("Komentarze (34)", "Jak oceniasz ten artykuł?"),
)

# --- Russian: a photo credit, a comment count and a subscribe-to-channel line.
add(
    "ru_foto_kommentarii_kanal",
    "ru",
    "На набережной появится каток",
    "<p><img src='/k.jpg' alt=''></p><p>Фото: Иван Петров / ТАСС</p>"
    + ps(
        "Этой зимой на городской набережной впервые зальют большой каток с прокатом коньков и "
        "тёплыми раздевалками.",
        "Каток будет работать с десяти утра до одиннадцати вечера, вход для детей будет "
        "бесплатным.",
    )
    + "<p>Подписывайтесь на наш канал в Дзене, чтобы не пропустить главные новости.</p>"
    + "<p class='stat'>Комментарии: 12</p>",
    (
        "на городской набережной впервые зальют большой каток",
        "Каток будет работать с десяти утра",
    ),
    ("Фото: Иван Петров / ТАСС", "Подписывайтесь на наш канал", "Комментарии: 12"),
)

# --- Arabic: a reading-time line and an app prompt inside the text.
add(
    "ar_reading_time_app",
    "ar",
    "افتتاح خط حافلات جديد إلى الجامعة",
    "<p class='mdt'>مدة القراءة: 3 دقائق</p>"
    + ps(
        "افتتحت هيئة النقل خط حافلات جديدا يربط وسط المدينة بالجامعة، "
        "بمعدل رحلة كل خمس عشرة دقيقة.",
        "وقالت الهيئة إن الخط سيخدم نحو عشرة آلاف طالب يوميا.",
    )
    + "<p class='app'>حمّل تطبيق الخبر اليوم لتصلك آخر الأخبار أولا بأول.</p>",
    dir_="rtl",
    must=(
        "افتتحت هيئة النقل خط حافلات جديدا",
        "سيخدم نحو عشرة آلاف طالب يوميا",
    ),
    must_not=("مدة القراءة", "حمّل تطبيق الخبر اليوم"),
)

# --- Portuguese (Portugal): reading time, a "leia também" inline and a bio paragraph box.
add(
    "pt_tempo_leitura_leia_tambem",
    "pt",
    "Câmara renova o mercado municipal",
    "<p class='tempo'>Tempo de leitura: 3 min</p>"
    + ps(
        "A câmara municipal vai renovar o mercado da vila, fechado desde o incêndio de 2024, "
        "e reabri-lo com trinta bancas e um restaurante.",
    )
    + "<p><strong>Leia também:</strong> <a href='/a/11'>Obras na ponte condicionam trânsito "
    "até março</a></p>"
    + ps(
        "A obra custa dois milhões e meio de euros e deve terminar no fim do próximo ano.",
    )
    + "<div class='sobre-autor'><p>Rita Matos é jornalista do Correio da Vila desde 2015 e "
    "escreve sobre poder local.</p></div>",
    (
        "A câmara municipal vai renovar o mercado da vila",
        "A obra custa dois milhões e meio de euros",
    ),
    (
        "Tempo de leitura: 3 min",
        "Leia também",
        "Obras na ponte condicionam trânsito",
        "Rita Matos é jornalista do Correio da Vila",
    ),
)

# --- Spanish: a consent placeholder for an Instagram post and a listen button.
add(
    "es_instagram_consent_escuchar",
    "es",
    "La cantante local llena el estadio en su regreso",
    "<p class='audio'><button>Escuchar esta noticia</button></p>"
    + ps(
        "La cantante Nerea Solís llenó el sábado el estadio municipal en su primer concierto "
        "en la ciudad después de cinco años.",
    )
    + "<div class='embed-bloqueado'><p>Este contenido de Instagram no se muestra porque no "
    "has aceptado las cookies de terceros.</p><button>Aceptar y mostrar</button></div>"
    + ps(
        "Más de veinte mil personas cantaron con ella las canciones de su primer disco.",
        "La gira continuará en febrero por otras seis ciudades.",
    ),
    (
        "La cantante Nerea Solís llenó el sábado el estadio municipal",
        "Más de veinte mil personas cantaron con ella",
        "La gira continuará en febrero",
    ),
    ("Escuchar esta noticia", "no has aceptado las cookies", "Aceptar y mostrar"),
)

# --- Turkish: a reaction question and a "ilginizi çekebilir" box of links.
add(
    "tr_tepki_ilginizi_cekebilir",
    "tr",
    "Tarihi çarşı restorasyon sonrası açıldı",
    ps(
        "Üç yıl süren restorasyonun ardından tarihi çarşı, cuma günü düzenlenen törenle "
        "yeniden ziyaretçilere açıldı.",
    )
    + "<div class='k3'><p>İlginizi çekebilir</p><ul><li><a href='/a/12'>Sahil yolunda yeni "
    "düzenleme</a></li><li><a href='/a/13'>Şehirde kar yağışı bekleniyor</a></li></ul></div>"
    + ps(
        "Çarşıdaki yüz yirmi dükkânın çatısı ve kubbeleri aslına uygun şekilde onarıldı.",
        "Esnaf, turistlerin yeniden gelmesini bekliyor.",
    )
    + "<div class='tepki'><p>Bu habere ne tepki verirsiniz?</p><button>Beğendim</button>"
    "<button>Üzüldüm</button></div>",
    (
        "tarihi çarşı, cuma günü düzenlenen törenle",
        "yüz yirmi dükkânın çatısı ve kubbeleri",
        "Esnaf, turistlerin yeniden gelmesini bekliyor",
    ),
    (
        "İlginizi çekebilir",
        "Sahil yolunda yeni düzenleme",
        "Bu habere ne tepki verirsiniz?",
    ),
)

# --- Italian: a standing affiliate notice and a newsletter line set as bare paragraphs.
add(
    "it_affiliazione_newsletter_bare",
    "it",
    "Cinque zaini da trekking alla prova",
    ps(
        "Questo articolo contiene link di affiliazione: se acquisti tramite questi link "
        "potremmo ricevere una commissione.",
        "Abbiamo portato cinque zaini da trekking sulle Dolomiti per tre settimane, con pioggia, "
        "neve e sentieri ripidi.",
        "Il più comodo è stato il Vetta 40, che distribuisce bene il peso anche con venti "
        "chili sulle spalle.",
        "Iscriviti alla nostra newsletter per ricevere ogni settimana le prove della redazione.",
    ),
    (
        "Abbiamo portato cinque zaini da trekking sulle Dolomiti",
        "Il più comodo è stato il Vetta 40",
    ),
    ("Questo articolo contiene link di affiliazione", "Iscriviti alla nostra newsletter"),
)

# --- English, the trap: a story on a listening app, print runs and a correction of a quote.
add(
    "en_trap_listen_print_photo",
    "en",
    "The printer who still sets type by hand",
    ps(
        "Listen to the presses at the Holloway workshop and you hear the same rhythm that "
        "filled the room in 1952, when the business opened.",
        "Each print run of the parish newsletter takes two days, and readers pay a little "
        "extra for the feel of the raised letters.",
        "Photo albums on the shelves show four generations of the family at the same machine.",
        "Subscribe, she tells visitors with a smile, and you will get a printed card every "
        "Christmas.",
    ),
    (
        "Listen to the presses at the Holloway workshop",
        "Each print run of the parish newsletter takes two days",
        "Photo albums on the shelves show four generations",
        "Subscribe, she tells visitors with a smile",
    ),
    (),
)

# --- Japanese, the trap and a real prompt: a story about a newsletter, a LINE prompt after.
add(
    "ja_trap_newsletter_line_prompt",
    "ja",
    "町内会のメールマガジン、登録者が千人を突破",
    ps(
        "町内会が三年前に始めたメールマガジンの登録者が、今月千人を超えました。",
        "ごみの収集日や防災訓練の案内を配信しており、高齢の住民からも好評だということです。",
        "編集を担当する会社員の女性は「読んだ人から返事が来るのがうれしい」と話しています。",
    )
    + "<p class='line-cta'>LINEで友だち追加して最新ニュースを受け取ろう</p>",
    (
        "メールマガジンの登録者が、今月千人を超えました",
        "ごみの収集日や防災訓練の案内を配信しており",
        "読んだ人から返事が来るのがうれしい",
    ),
    ("友だち追加して最新ニュースを受け取ろう",),
)

# --- Hindi: a listen line, a reading-time line and a follow prompt, bare.
add(
    "hi_suniye_padhne_ka_samay",
    "hi",
    "शहर में बनेगा नया खेल परिसर",
    ps(
        "इस खबर को सुनें",
        "पढ़ने का समय: 2 मिनट",
        "नगर निगम शहर के पूर्वी हिस्से में एक नया खेल परिसर बनाएगा, जिसमें तरणताल और बैडमिंटन हॉल होंगे।",
        "परियोजना पर लगभग पचास करोड़ रुपये खर्च होंगे और यह दो साल में पूरी होगी।",
        "ताज़ा खबरों के लिए हमें गूगल न्यूज़ पर फॉलो करें।",
    ),
    (
        "एक नया खेल परिसर बनाएगा",
        "लगभग पचास करोड़ रुपये खर्च होंगे",
    ),
    ("इस खबर को सुनें", "पढ़ने का समय", "हमें गूगल न्यूज़ पर फॉलो करें"),
)

# --- Vietnamese: an author bio box and a donation line at the end.
add(
    "vi_tac_gia_ung_ho",
    "vi",
    "Làng gốm trăm năm tìm lối đi mới",
    ps(
        "Làng gốm ven sông đã có hơn một trăm năm tuổi đang thử bán hàng trực tuyến để tìm "
        "khách mới sau nhiều năm khó khăn.",
        "Các nghệ nhân trẻ mở lớp dạy làm gốm cho khách du lịch vào cuối tuần.",
        "Năm nay doanh thu của làng đã tăng gần gấp đôi so với năm trước.",
    )
    + "<div class='tg-box'><p>Nguyễn Minh Anh là phóng viên mảng văn hóa, từng làm việc cho "
    "nhiều tờ báo địa phương.</p></div><p class='ung-ho'>Ủng hộ tòa soạn để chúng tôi tiếp "
    "tục làm báo độc lập.</p>",
    (
        "Làng gốm ven sông đã có hơn một trăm năm tuổi",
        "Các nghệ nhân trẻ mở lớp dạy làm gốm",
        "doanh thu của làng đã tăng gần gấp đôi",
    ),
    ("Nguyễn Minh Anh là phóng viên mảng văn hóa", "Ủng hộ tòa soạn"),
)

# --- Czech: a bare author bio sentence box and a "čtěte také" line.
add(
    "cs_ctete_take_autor",
    "cs",
    "Město opraví historické lázně",
    ps(
        "Město opraví historické lázně z roku 1910, které jsou už deset let zavřené kvůli "
        "špatnému stavu střechy.",
    )
    + "<p><strong>Čtěte také:</strong> <a href='/a/14'>Nová cyklostezka povede podél řeky</a>"
    "</p>"
    + ps(
        "Oprava bude stát sto milionů korun, polovinu zaplatí kraj.",
        "Lázně by se měly znovu otevřít v roce 2029.",
    )
    + "<div class='o-autorovi'><p>Petr Dvořák je redaktorem regionální rubriky a píše o "
    "dopravě a architektuře.</p></div>",
    (
        "Město opraví historické lázně z roku 1910",
        "Oprava bude stát sto milionů korun",
        "Lázně by se měly znovu otevřít v roce 2029",
    ),
    ("Čtěte také", "Nová cyklostezka povede podél řeky", "Petr Dvořák je redaktorem"),
)
