"""Commerce and records: a used car's listing, an auction lot, a restaurant's menu, a
publisher's book page, a hotel's rooms, a company's "about us", a film database entry, a
scholarship call, a software licence, a genealogy record and an athlete's profile."""

from __future__ import annotations

from ._registry import PROBES, app, astra, bootstrap, drupal, field, table_layout

# --- Italian, a used car's listing: a price box and a spec list, the seller's text, a
# finance calculator and similar cars.
PROBES.add(
    "it_used_car_listing_specs_seller_text",
    "https://autousate.example.it/annuncio/station-wagon-diesel-2019-88123",
    app(
        "it",
        "Station wagon 1.6 diesel, 2019, 84.000 km",
        "<div class='css-price'>12.900 €</div><ul class='css-specs'><li><span>Chilometraggio"
        "</span><span>84.000 km</span></li><li><span>Cambio</span><span>Manuale</span></li>"
        "<li><span>Carburante</span><span>Diesel</span></li></ul><h2 class='css-h2'>"
        "Descrizione del venditore</h2><div class='css-desc'><p>Auto tenuta in garage, "
        "tagliandi sempre eseguiti presso la concessionaria, gomme invernali nuove.</p><p>"
        "Unico proprietario, non fumatore; si accettano permute con utilitaria a benzina."
        "</p></div><div class='css-calc'><h3>Calcola la rata</h3><label>Anticipo</label>"
        "<input value='2000'><p>Rata mensile stimata: 219 €</p></div><div class='css-dealer'>"
        "Autosalone Ferretti · Via Emilia 212 · Mostra numero</div>",
        brand="AutoUsate",
        related_title="Annunci simili",
        related=("Berlina 2.0 benzina 2018", "Monovolume 1.5 ibrida 2020"),
        footer="© AutoUsate S.r.l. · P.IVA 01234567890",
    ),
    (
        "tagliandi sempre eseguiti presso la concessionaria",
        "si accettano permute con utilitaria a benzina",
    ),
    ("Calcola la rata", "Rata mensile stimata", "Mostra numero", "Berlina 2.0 benzina 2018"),
)

# --- German, an auction house's lot: estimate and lot number, the description, the
# provenance and literature as short sections, a bidding form, the sale's other lots.
PROBES.add(
    "de_auction_lot_description_provenance",
    "https://auktionen.example.de/katalog/herbst-2026/los-214",
    bootstrap(
        "de",
        "Los 214 – Ofenkachel mit Hirschmotiv, Süddeutsch um 1620",
        "<p class='lead'>Schätzpreis: 3.000 – 4.000 €</p><h2 class='h5'>Beschreibung</h2>"
        "<p>Grün glasierte Blattkachel mit einem springenden Hirsch vor einer Burg, seitlich "
        "Rankenwerk; an der rechten oberen Ecke eine alte, fachgerecht geklebte Bruchstelle."
        "</p><h2 class='h5'>Provenienz</h2><p>Aus einem Bauernhaus bei Weilheim, seit 1954 in "
        "Familienbesitz.</p><h2 class='h5'>Literatur</h2><p>Vergleiche ein Stück mit "
        "demselben Model im Heimatmuseum Schongrund, Inventar 411.</p><form class='bid-form "
        "border p-3'><h3 class='h6'>Gebot abgeben</h3><input placeholder='Ihr Höchstgebot'>"
        "<button class='btn btn-dark'>Bieten</button><small>Aufgeld 27 % zzgl. MwSt."
        "</small></form>",
        brand="Auktionshaus Lindner",
        nav=("Auktionen", "Einliefern", "Kontakt"),
        card_title="Weitere Lose dieser Auktion",
        cards=("Los 213 – Zinnkrug, datiert 1711", "Los 215 – Truhe mit Beschlägen"),
        footer="Auktionshaus Lindner GmbH · Versteigerungsbedingungen",
    ),
    (
        "Grün glasierte Blattkachel mit einem springenden Hirsch",
        "seit 1954 in Familienbesitz",
        "Heimatmuseum Schongrund, Inventar 411",
    ),
    ("Gebot abgeben", "Aufgeld 27 %", "Los 213", "Versteigerungsbedingungen"),
)

# --- Brazilian Portuguese, a restaurant's menu page: sections of dishes, each a name, a
# description and a price in a row of divs; reservation button and opening hours beside.
PROBES.add(
    "pt_restaurant_menu_dish_rows",
    "https://restaurantecaju.example.com.br/cardapio",
    astra(
        "pt-BR",
        "Cardápio",
        "<h2>Entradas</h2><div class='menu-item'><div class='menu-item-title'>Pastel de "
        "jaca</div><div class='menu-item-desc'>Massa fina recheada com jaca desfiada e "
        "queijo coalho, servida com molho de pimenta da casa.</div><div "
        "class='menu-item-price'>R$ 28</div></div><div class='menu-item'><div "
        "class='menu-item-title'>Caldinho de feijão</div><div class='menu-item-desc'>Feijão "
        "preto com torresmo e cheiro-verde.</div><div class='menu-item-price'>R$ 19</div>"
        "</div><h2>Pratos principais</h2><div class='menu-item'><div "
        "class='menu-item-title'>Moqueca de banana-da-terra</div><div "
        "class='menu-item-desc'>Banana-da-terra no leite de coco e dendê, arroz e farofa de "
        "castanha.</div><div class='menu-item-price'>R$ 64</div></div>",
        site="Restaurante Caju",
        after="<div class='wp-block-button'><a class='wp-block-button__link' "
        "href='/reservas'>Reserve sua mesa</a></div>",
        widget_title="Horário",
        widgets=("Terça a sábado, 12h às 23h", "Domingo, 12h às 17h"),
        footer="© 2026 Restaurante Caju · Desenvolvido por Agência Pitanga",
    ),
    (
        "Pastel de jaca",
        "recheada com jaca desfiada e queijo coalho",
        "Feijão preto com torresmo e cheiro-verde.",
        "Banana-da-terra no leite de coco e dendê",
    ),
    ("Reserve sua mesa", "Terça a sábado", "Desenvolvido por Agência Pitanga"),
)

# --- Korean, a publisher's book page: the blurb, the table of contents as a list, the
# author's introduction; buy buttons and "bought together" after.
PROBES.add(
    "ko_book_page_blurb_toc_author",
    "https://books.example.co.kr/book/9791190001234",
    app(
        "ko",
        "바다를 건너는 새들",
        "<div class='css-buy'><span>정가 18,000원</span><button>장바구니</button><button>"
        "바로구매</button></div><h2 class='css-sec'>책 소개</h2><div class='css-intro'><p>"
        "해마다 수천 킬로미터를 날아 서해안 갯벌에 들르는 도요새들의 여정을 따라간 "
        "기록이다.</p><p>저자는 십 년 동안 같은 갯벌을 찾아 새들의 숫자가 어떻게 "
        "줄어드는지 기록했다.</p></div><h2 class='css-sec'>목차</h2><ul class='css-toc'>"
        "<li>1장 봄, 남쪽에서 오는 손님</li><li>2장 갯벌이 사라진 자리</li><li>3장 다시 "
        "북쪽으로</li></ul><h2 class='css-sec'>저자 소개</h2><div class='css-author'><p>"
        "조류 연구자로 일하며 철새 보호 단체에서 조사팀을 이끌고 있다.</p></div><h2 "
        "class='css-sec'>함께 구매한 책</h2><div class='css-also'><a href='/b/1'>숲의 "
        "사계절</a><a href='/b/2'>고래의 노래</a></div>",
        brand="물결출판사",
        related_title="이 분야의 신간",
        related=("나비 도감", "강의 시간"),
        footer="(주)물결출판사 · 사업자등록번호 123-45-67890",
    ),
    (
        "서해안 갯벌에 들르는 도요새들의 여정을",
        "새들의 숫자가 어떻게 줄어드는지 기록했다",
        "2장 갯벌이 사라진 자리",
        "철새 보호 단체에서 조사팀을 이끌고 있다",
    ),
    ("바로구매", "숲의 사계절", "나비 도감", "사업자등록번호"),
)

# --- Vietnamese, a hotel's room page: the room's text, amenities as an icon list, a
# booking widget and other rooms.
PROBES.add(
    "vi_hotel_room_amenities_booking_widget",
    "https://khachsanhoian.example.vn/phong/deluxe-huong-vuon",
    bootstrap(
        "vi",
        "Phòng Deluxe hướng vườn",
        "<div id='roomCarousel' class='carousel slide'><div class='carousel-inner'><div "
        "class='carousel-item active'><img src='/r1.jpg' alt='Phòng Deluxe'></div></div>"
        "</div><p>Phòng rộng 32 mét vuông với ban công nhìn ra khu vườn trồng hoa giấy và "
        "hồ sen nhỏ.</p><p>Giường đôi lớn được làm từ gỗ xoan, chăn ga bằng vải lanh dệt "
        "tại làng nghề gần phố cổ.</p><h2 class='h5'>Tiện nghi</h2><ul "
        "class='list-unstyled amenities'><li><i class='bi bi-wifi'></i> Wi-Fi miễn phí</li>"
        "<li><i class='bi bi-cup'></i> Bữa sáng tại vườn</li><li><i class='bi bi-bicycle'>"
        "</i> Cho mượn xe đạp</li></ul><div class='booking-widget card p-3'><label>Ngày "
        "nhận phòng</label><input type='date'><label>Ngày trả phòng</label><input "
        "type='date'><button class='btn btn-warning'>Kiểm tra phòng trống</button></div>",
        brand="Khách sạn Vườn Phố",
        nav=("Phòng", "Nhà hàng", "Liên hệ"),
        card_title="Các phòng khác",
        cards=("Phòng Superior", "Phòng Gia đình hướng sông"),
        footer="© 2026 Khách sạn Vườn Phố",
    ),
    (
        "ban công nhìn ra khu vườn trồng hoa giấy",
        "vải lanh dệt tại làng nghề gần phố cổ",
        "Cho mượn xe đạp",
    ),
    ("Kiểm tra phòng trống", "Ngày nhận phòng", "Phòng Gia đình hướng sông"),
)

# --- Arabic, a company's "about us" page: history paragraphs, values as a card grid,
# the team as photo cards with roles, a call to contact them.
PROBES.add(
    "ar_about_us_history_values_team_cards",
    "https://nakhla-foods.example.sa/ar/man-nahnu",
    astra(
        "ar",
        "من نحن",
        "<p>بدأت شركة نخلة للأغذية عام ١٩٩٨ بمعمل صغير لتعبئة التمور في واحة الهفوف.</p>"
        "<p>واليوم نصدّر منتجاتنا إلى اثنتي عشرة دولة، ونعمل مع أكثر من مئتي مزارع محلي."
        "</p><h2>قيمنا</h2><div class='wp-block-columns'><div class='wp-block-column'><h3>"
        "الجودة</h3><p>نفرز كل دفعة يدويًا قبل التعبئة.</p></div><div "
        "class='wp-block-column'><h3>الشراكة</h3><p>نشتري المحصول بسعر متفق عليه قبل "
        "الموسم.</p></div></div><h2>فريقنا</h2><div class='team-grid'><div "
        "class='team-card'><img src='/t1.jpg' alt=''><h4>سلمان العتيبي</h4><span>المدير "
        "التنفيذي</span></div><div class='team-card'><img src='/t2.jpg' alt=''><h4>ريم "
        "الشهري</h4><span>مديرة الجودة</span></div></div>",
        site="نخلة للأغذية",
        after="<div class='cta-box'><p>هل ترغب في أن تصبح موزعًا لمنتجاتنا؟</p><a "
        "href='/ar/tawasul'>تواصل معنا</a></div>",
        widget_title="روابط سريعة",
        widgets=("منتجاتنا", "الوظائف"),
        footer="جميع الحقوق محفوظة © ٢٠٢٦",
        dir_="rtl",
    ),
    (
        "بمعمل صغير لتعبئة التمور في واحة الهفوف",
        "نعمل مع أكثر من مئتي مزارع محلي",
        "نفرز كل دفعة يدويًا قبل التعبئة.",
        "نشتري المحصول بسعر متفق عليه قبل الموسم.",
    ),
    ("هل ترغب في أن تصبح موزعًا", "جميع الحقوق محفوظة"),
)

# --- Indonesian, a film database's entry: synopsis, a cast table, trivia list; a rating
# widget, "similar films" and user reviews teaser after.
PROBES.add(
    "id_film_entry_synopsis_cast_trivia",
    "https://filmdb.example.id/film/layang-layang-terakhir-2025",
    app(
        "id",
        "Layang-Layang Terakhir (2025)",
        "<div class='css-rate'>Beri nilai: ★★★★★</div><h2 class='css-h'>Sinopsis</h2><p "
        "class='css-p'>Seorang kakek pembuat layang-layang di pesisir Jepara berusaha "
        "menyelesaikan layangan raksasa terakhirnya sebelum festival tahunan.</p><p "
        "class='css-p'>Cucunya yang pulang dari Jakarta perlahan belajar kerajinan yang "
        "hampir punah itu.</p><h2 class='css-h'>Pemeran</h2><table class='css-cast'><tr><td>"
        "Darto Wiryo</td><td>Mbah Karso</td></tr><tr><td>Sekar Ayuning</td><td>Laras</td>"
        "</tr></table><h2 class='css-h'>Tahukah kamu?</h2><ul><li>Layangan sepanjang "
        "dua belas meter di film ini dibuat sungguhan oleh perajin setempat.</li></ul>"
        "<div class='css-rev'><h2>Ulasan pengguna</h2><p>Tulis ulasan pertama!</p></div>",
        brand="FilmDB",
        related_title="Film serupa",
        related=("Perahu Kertas di Muara", "Senja di Pelabuhan Lama"),
        footer="© 2026 FilmDB Indonesia",
    ),
    (
        "menyelesaikan layangan raksasa terakhirnya sebelum festival tahunan",
        "belajar kerajinan yang hampir punah itu",
        "dibuat sungguhan oleh perajin setempat",
    ),
    ("Beri nilai", "Tulis ulasan pertama", "Perahu Kertas di Muara"),
)

# --- Thai, a university's scholarship call: the text, conditions as a numbered list,
# the documents as a table, a download box and the faculty's news beside.
PROBES.add(
    "th_scholarship_call_conditions_documents",
    "https://grad.example.ac.th/scholarship/2027-research-assistant",
    drupal(
        "th",
        "ทุนผู้ช่วยวิจัยระดับบัณฑิตศึกษา ประจำปีการศึกษา 2570",
        field(
            "body",
            "<p>บัณฑิตวิทยาลัยเปิดรับสมัครนักศึกษาปริญญาโทเพื่อรับทุนผู้ช่วยวิจัยในโครงการ"
            "ศึกษาคุณภาพน้ำในลุ่มแม่น้ำท่าจีน</p><h3>คุณสมบัติผู้สมัคร</h3><ol><li>"
            "มีเกรดเฉลี่ยสะสมระดับปริญญาตรีไม่ต่ำกว่า 3.00</li><li>สามารถลงพื้นที่เก็บ"
            "ตัวอย่างน้ำได้เดือนละสองครั้ง</li></ol><h3>เอกสารประกอบการสมัคร</h3><table>"
            "<tr><td>1</td><td>ใบแสดงผลการเรียน</td></tr><tr><td>2</td><td>หนังสือรับรอง"
            "จากอาจารย์สองท่าน</td></tr></table>",
        )
        + field("field-files", "<a href='/files/form.docx'>ดาวน์โหลดใบสมัคร</a>", "ไฟล์แนบ"),
        site="บัณฑิตวิทยาลัย",
        menu=("หน้าแรก", "หลักสูตร", "ทุนการศึกษา"),
        sidebar_title="ข่าวบัณฑิตวิทยาลัย",
        sidebar=("ปฐมนิเทศนักศึกษาใหม่", "กำหนดการสอบวิทยานิพนธ์"),
        footer="สงวนลิขสิทธิ์ บัณฑิตวิทยาลัย",
    ),
    (
        "โครงการศึกษาคุณภาพน้ำในลุ่มแม่น้ำท่าจีน",
        "มีเกรดเฉลี่ยสะสมระดับปริญญาตรีไม่ต่ำกว่า 3.00",
        "หนังสือรับรองจากอาจารย์สองท่าน",
    ),
    ("ดาวน์โหลดใบสมัคร", "ปฐมนิเทศนักศึกษาใหม่", "สงวนลิขสิทธิ์"),
)

# --- Indonesian... no: Greek, a software licence page: numbered sections of clauses,
# a "copy" button and download links, the project's menu.
PROBES.add(
    "el_licence_numbered_sections",
    "https://ergaleio.example.gr/adeia",
    bootstrap(
        "el",
        "Άδεια χρήσης λογισμικού Κυψέλη 2.0",
        "<button class='btn btn-sm btn-outline-secondary'>Αντιγραφή κειμένου</button><h2 "
        "class='h5'>1. Ορισμοί</h2><p>«Λογισμικό» είναι ο πηγαίος κώδικας και τα "
        "εκτελέσιμα αρχεία που διανέμονται με την παρούσα άδεια.</p><h2 class='h5'>2. "
        "Παραχώρηση δικαιωμάτων</h2><p>2.1. Επιτρέπεται η χρήση, αντιγραφή και τροποποίηση "
        "του Λογισμικού για οποιονδήποτε σκοπό χωρίς αμοιβή.</p><p>2.2. Κάθε αντίγραφο "
        "πρέπει να συνοδεύεται από το παρόν κείμενο.</p><h2 class='h5'>3. Αποποίηση "
        "ευθύνης</h2><p>Το Λογισμικό παρέχεται «ως έχει», χωρίς καμία εγγύηση "
        "λειτουργίας.</p><p class='text-muted'>Λήψη: <a href='/adeia.txt'>TXT</a> · <a "
        "href='/adeia.pdf'>PDF</a></p>",
        brand="Κυψέλη",
        nav=("Λήψη", "Τεκμηρίωση", "Κοινότητα"),
        card_title="Σχετικά",
        cards=("Συχνές ερωτήσεις για την άδεια", "Οδηγός συνεισφοράς"),
        footer="© 2026 Ομάδα Κυψέλη",
    ),
    (
        "ο πηγαίος κώδικας και τα εκτελέσιμα αρχεία",
        "για οποιονδήποτε σκοπό χωρίς αμοιβή",
        "πρέπει να συνοδεύεται από το παρόν κείμενο",
        "χωρίς καμία εγγύηση λειτουργίας",
    ),
    ("Αντιγραφή κειμένου", "Οδηγός συνεισφοράς", "Ομάδα Κυψέλη"),
)

# --- Armenian, a genealogy site's person page: a facts table (born, died, parents),
# a life story, children as a linked list; "edit" and "add a source" buttons.
PROBES.add(
    "hy_genealogy_person_facts_story",
    "https://tohm.example.am/person/11842",
    table_layout(
        "hy",
        "Մարտիրոս Հակոբյան (1881–1947)",
        "<table border='0' class='facts'><tr><td><b>Ծնվել է՝</b></td><td>1881, Ղարաբաղ, "
        "Մեծ Թաղեր</td></tr><tr><td><b>Մահացել է՝</b></td><td>1947, Երևան</td></tr></table>"
        "<p>Մարտիրոսը մանուկ հասակից աշխատել է հոր հետ գյուղի ջրաղացում։</p><p>1915-ին "
        "ընտանիքով տեղափոխվել է Երևան և բացել փոքր կոշկակարի արհեստանոց Կոնդ թաղամասում։"
        "</p><b>Զավակներ</b><ul><li><a href='/person/11843'>Աննա Հակոբյան</a></li><li><a "
        "href='/person/11844'>Սարգիս Հակոբյան</a></li></ul><p><a href='/edit/11842'>"
        "Խմբագրել</a> | <a href='/source/add'>Ավելացնել աղբյուր</a></p>",
        menu=("Գլխավոր", "Ազգանուններ", "Որոնում"),
        footer="Տոհմածառ © 2026",
    ),
    (
        "աշխատել է հոր հետ գյուղի ջրաղացում",
        "բացել փոքր կոշկակարի արհեստանոց Կոնդ թաղամասում",
    ),
    ("Խմբագրել", "Ավելացնել աղբյուր", "Ազգանուններ"),
)

# --- Czech, an athlete's profile: a short biography, a career table, achievements list;
# "other athletes" cards and a newsletter box.
PROBES.add(
    "cs_athlete_profile_bio_career_table",
    "https://atletika.example.cz/sportovci/marketa-hruskova",
    app(
        "cs",
        "Markéta Hrušková",
        "<div class='css-facts'><span>Disciplína: 3000 m překážek</span><span>Oddíl: AK "
        "Nové Údolí</span></div><p class='css-bio'>Hrušková začínala jako orientační "
        "běžkyně a k překážkám přešla až v devatenácti letech.</p><p class='css-bio'>V roce "
        "2025 překonala národní rekord juniorek o čtyři sekundy.</p><h2 class='css-h'>"
        "Sezóny</h2><table><tr><th>Rok</th><th>Osobní rekord</th></tr><tr><td>2024</td><td>"
        "10:02,41</td></tr><tr><td>2025</td><td>9:47,18</td></tr></table><div "
        "class='css-nl'><p>Odebírejte novinky z atletiky</p><input><button>Odebírat</button>"
        "</div>",
        brand="Atletika Dnes",
        related_title="Další sportovci",
        related=("Jan Pospíšil – oštěp", "Eliška Vondrová – 400 m"),
        footer="© 2026 Atletika Dnes",
    ),
    (
        "začínala jako orientační běžkyně",
        "překonala národní rekord juniorek o čtyři sekundy",
        "9:47,18",
    ),
    ("Odebírejte novinky z atletiky", "Jan Pospíšil – oštěp"),
)
