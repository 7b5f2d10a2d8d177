"""Records and listings (round 47): pages whose text is one record set in a site's structure,
not a story. Job postings (duties and requirements as lists, an "apply" button, similar
jobs), property listings (a facts table beside the description, an agent's card, a
mortgage calculator), museum and archive catalogue entries (a ``<dl>`` of the object's
data, then its description), travel itineraries day by day, petitions and appeals (a
signature counter and form), a software project's landing page (feature cards that are the
text), the second page of a paginated article (its pager, no standfirst), a health leaflet
of sections, a match report with its line-ups, comparison tables, a classified ad and a
library record. Each page has its furniture around the text; the languages and scripts are
ones the dev sets lack. Every name, place and sentence here is invented."""

from __future__ import annotations

from .pages import Probes, page

PROBES = Probes()


def site(
    lang: str,
    title: str,
    content: str,
    *,
    nav: tuple[str, ...],
    aside_title: str,
    aside: tuple[str, ...],
    footer: str,
    dir_: str = "ltr",
) -> str:
    """A site's page: a header menu, a breadcrumb, the text in ``<main>`` under its
    ``<h1>``, a sidebar box of linked titles and a footer line."""
    menu = "".join(f"<li><a href='/m{n}'>{item}</a></li>" for n, item in enumerate(nav))
    links = "".join(f"<li><a href='/s/{n}'>{item}</a></li>" for n, item in enumerate(aside))
    return page(
        lang,
        title,
        f"<header class='site-header'><a class='brand' href='/'>{nav[0]}</a><nav "
        f"class='primary-nav'><ul>{menu}</ul></nav></header><nav class='breadcrumb'><a "
        f"href='/'>{nav[0]}</a> › <a href='/m1'>{nav[1]}</a></nav><div class='container'>"
        f"<main class='content'><h1>{title}</h1>{content}</main><aside class='sidebar'><div "
        f"class='box'><h3>{aside_title}</h3><ul>{links}</ul></div></aside></div><footer "
        f"class='site-footer'><p>{footer}</p></footer>",
        dir_=dir_,
    )


# --- Polish, a job posting: an intro, duties and requirements as lists under <h2>s, an
# "apply" button and a box of similar offers.
PROBES.add(
    "pl_job_posting_duties_requirements_lists",
    "https://praca.example.pl/oferta/magazynier-lodz-4411",
    site(
        "pl",
        "Magazynier z uprawnieniami UDT – Łódź",
        "<div class='job-meta'><span>Łódź</span><span>pełny etat</span><span>umowa o "
        "pracę</span></div><div class='job-description'><p>Firma Kolbex od dwudziestu lat "
        "zaopatruje piekarnie w całym regionie i szuka osoby do pracy w nowym magazynie przy "
        "ulicy Zgierskiej.</p><h2>Twoje obowiązki</h2><ul><li>przyjmowanie i wydawanie "
        "towaru zgodnie z dokumentacją</li><li>obsługa wózka widłowego na zmianie "
        "porannej</li><li>dbanie o porządek w strefie załadunku</li></ul><h2>Nasze "
        "wymagania</h2><ul><li>aktualne uprawnienia UDT na wózki jezdniowe</li><li>co "
        "najmniej roczne doświadczenie w magazynie</li></ul><h2>Oferujemy</h2><p>Stałe "
        "wynagrodzenie, dodatek za nadgodziny oraz dofinansowanie do karty sportowej.</p>"
        "</div><a class='btn btn-apply' href='/aplikuj/4411'>Aplikuj teraz</a>",
        nav=("PracaTeraz", "Oferty pracy", "Dla firm", "Kontakt"),
        aside_title="Podobne oferty",
        aside=("Kierowca kat. C – Zgierz", "Pracownik produkcji – Pabianice"),
        footer="© 2026 PracaTeraz · Regulamin · Polityka prywatności",
    ),
    (
        "zaopatruje piekarnie w całym regionie",
        "przyjmowanie i wydawanie towaru zgodnie z dokumentacją",
        "aktualne uprawnienia UDT na wózki jezdniowe",
        "dofinansowanie do karty sportowej",
    ),
    ("Kierowca kat. C", "Aplikuj teraz", "Polityka prywatności"),
)

# --- Czech, a job posting as a definition list of terms, then the text in <div>s.
PROBES.add(
    "cs_job_posting_dl_terms_then_div_text",
    "https://kariera.example.cz/pozice/ucetni-brno",
    site(
        "cs",
        "Účetní do malého týmu v Brně",
        "<dl class='position-facts'><dt>Místo</dt><dd>Brno-Královo Pole</dd><dt>Úvazek</dt>"
        "<dd>plný, možnost dvou dnů z domova</dd><dt>Nástup</dt><dd>dohodou</dd></dl><div "
        "class='position-text'><div>Hledáme kolegyni nebo kolegu, který převezme vedení "
        "účetnictví pro dvanáct menších klientů z oblasti řemesel.</div><div>Budete "
        "připravovat podklady k přiznání k DPH a komunikovat s finančním úřadem.</div><div>"
        "Ocení vás, pokud máte zkušenost s programem Pohoda a rádi vysvětlujete věci "
        "srozumitelně.</div></div><form class='apply-form'><label>Jméno</label><input>"
        "<button>Odeslat životopis</button></form>",
        nav=("Kariéra", "Volná místa", "O nás", "Kontakt"),
        aside_title="Další pozice",
        aside=("Mzdová účetní – Olomouc", "Asistentka ředitele – Brno"),
        footer="© 2026 Kancelář Vrba s.r.o. · Ochrana osobních údajů",
    ),
    (
        "převezme vedení účetnictví pro dvanáct menších klientů",
        "podklady k přiznání k DPH",
        "zkušenost s programem Pohoda",
    ),
    ("Mzdová účetní", "Odeslat životopis", "Ochrana osobních údajů"),
)

# --- Hebrew (rtl), a job posting whose requirements are a numbered list after one
# paragraph.
PROBES.add(
    "he_job_posting_rtl_numbered_requirements",
    "https://jobs.example.co.il/job/8812",
    site(
        "he",
        "דרוש/ה רכז/ת מתנדבים לעמותה בחיפה",
        "<div class='job-body'><p>העמותה מפעילה מועדוני קריאה לילדים בשכונות חיפה ומחפשת "
        "רכז או רכזת שילוו את המתנדבים לאורך השנה.</p><ol><li>ניסיון של שנה לפחות בעבודה "
        "עם מתנדבים</li><li>יכולת לנהל לוח זמנים של כמה מועדונים במקביל</li><li>רישיון "
        "נהיגה ורכב צמוד</li></ol><p>המשרה היא בהיקף של שמונים אחוז, עם גמישות בשעות "
        "הבוקר.</p></div><div class='share'><a href='#'>שתפו את המשרה</a></div>",
        nav=("עבודה טובה", "משרות", "מעסיקים", "צור קשר"),
        aside_title="משרות דומות",
        aside=("מדריך/ה לנוער בקריות", "רכז/ת אירועים בעכו"),
        footer="© 2026 עבודה טובה · תנאי שימוש",
        dir_="rtl",
    ),
    (
        "מועדוני קריאה לילדים בשכונות חיפה",
        "יכולת לנהל לוח זמנים של כמה מועדונים במקביל",
        "בהיקף של שמונים אחוז",
    ),
    ("מדריך/ה לנוער בקריות", "שתפו את המשרה", "תנאי שימוש"),
)

# --- Romanian, a flat for sale: a facts table, the description, an agent's card and a
# mortgage calculator box.
PROBES.add(
    "ro_property_listing_facts_table_agent_card",
    "https://imobil.example.ro/anunt/apartament-2-camere-cluj-5521",
    site(
        "ro",
        "Apartament cu 2 camere, Gheorgheni, Cluj-Napoca",
        "<div class='price'>98.500 €</div><table class='facts'><tr><th>Suprafață utilă</th>"
        "<td>54 m²</td></tr><tr><th>Etaj</th><td>3 din 4</td></tr><tr><th>An construcție</th>"
        "<td>1978, renovat 2023</td></tr></table><div class='description'><h2>Descriere</h2>"
        "<p>Apartamentul a fost renovat complet anul trecut, cu instalații electrice noi și "
        "geamuri termopan pe toate laturile.</p><p>Blocul se află la cinci minute de mers pe "
        "jos de parcul Iulius și de școala generală din cartier.</p></div><div "
        "class='agent-card'><strong>Ioana Mureșan</strong><span>Agent imobiliar</span><a "
        "href='tel:0700'>Sună agentul</a></div><div class='calculator'><h3>Calculator "
        "credit</h3><label>Avans</label><input><button>Calculează rata</button></div>",
        nav=("CasaMea", "Vânzări", "Închirieri", "Agenții"),
        aside_title="Anunțuri similare",
        aside=("Garsonieră Mănăștur, 38 m²", "Apartament 3 camere Zorilor"),
        footer="© 2026 CasaMea · Termeni și condiții",
    ),
    (
        "instalații electrice noi și geamuri termopan",
        "la cinci minute de mers pe jos de parcul Iulius",
        "1978, renovat 2023",
    ),
    ("Garsonieră Mănăștur", "Calculează rata", "Sună agentul", "Termeni și condiții"),
)

# --- Turkish, a house to rent: the description as <br>-parted lines, features as a
# list of ticks.
PROBES.add(
    "tr_rental_listing_br_lines_and_feature_ticks",
    "https://emlak.example.com.tr/ilan/kiralik-mustakil-ev-urla-771",
    site(
        "tr",
        "Urla'da bahçeli kiralık müstakil ev",
        "<div class='ilan-aciklama'>Ev, köy merkezine iki kilometre uzaklıkta, zeytinlikler "
        "arasında sakin bir sokaktadır.<br><br>Alt katta geniş bir salon ve mutfak, üst "
        "katta iki yatak odası ve banyo bulunur.<br><br>Kiracının evcil hayvan besleyebilmesi "
        "için bahçe tamamen çitle çevrilmiştir.</div><ul class='ozellikler'><li>Şömine</li>"
        "<li>Güneş enerjisi</li><li>Kapalı otopark</li></ul><div class='iletisim'><button>"
        "Mesaj gönder</button></div>",
        nav=("EvBul", "Kiralık", "Satılık", "Projeler"),
        aside_title="Bu ilana bakanlar şunlara da baktı",
        aside=("Seferihisar'da denize yakın daire", "Çeşme'de yazlık villa"),
        footer="© 2026 EvBul · Kişisel verilerin korunması",
    ),
    (
        "zeytinlikler arasında sakin bir sokaktadır",
        "üst katta iki yatak odası ve banyo bulunur",
        "bahçe tamamen çitle çevrilmiştir",
    ),
    ("Seferihisar'da denize yakın daire", "Mesaj gönder", "Kişisel verilerin korunması"),
)

# --- Finnish, a museum's catalogue entry: the object's data as a <dl>, then its
# description and provenance.
PROBES.add(
    "fi_museum_object_dl_then_description",
    "https://kokoelmat.example.fi/esine/KM-1932-114",
    site(
        "fi",
        "Puinen voiastia, 1800-luvun loppu",
        "<figure><img src='/k/114.jpg' alt=''><figcaption>Kuva: Museovirasto</figcaption>"
        "</figure><dl class='object-data'><dt>Inventaarionumero</dt><dd>KM 1932:114</dd>"
        "<dt>Materiaali</dt><dd>koivu, pajunvitsa</dd><dt>Mitat</dt><dd>korkeus 18 cm</dd>"
        "</dl><div class='object-text'><p>Voiastia on sorvattu yhdestä koivupölkystä, ja sen "
        "kannen reunaan on kaiverrettu omistajan nimikirjaimet.</p><p>Astia kulki "
        "Pohjois-Karjalan taloissa kolmen sukupolven ajan ennen kuin se lahjoitettiin "
        "museolle vuonna 1932.</p></div><div class='cite-box'>Viittaa tähän esineeseen</div>",
        nav=("Kokoelmat", "Esineet", "Valokuvat", "Tietoa palvelusta"),
        aside_title="Samankaltaisia esineitä",
        aside=("Tuohikontti, Kainuu", "Puulusikka, Savo"),
        footer="© 2026 Kokoelmapalvelu · Saavutettavuusseloste",
    ),
    (
        "sorvattu yhdestä koivupölkystä",
        "kolmen sukupolven ajan ennen kuin se lahjoitettiin",
        "koivu, pajunvitsa",
    ),
    ("Tuohikontti, Kainuu", "Viittaa tähän esineeseen", "Saavutettavuusseloste"),
)

# --- Greek, an archive's record of a letter: a table of the record's fields, then a
# summary of the letter and a transcript excerpt in a <blockquote>.
PROBES.add(
    "el_archive_letter_record_table_and_quote",
    "https://archeio.example.gr/eggrafo/5530",
    site(
        "el",
        "Επιστολή του Νικολάου Φραγκιαδάκη προς τον δήμαρχο Χανίων, 1911",
        "<table class='record'><tr><td>Κωδικός</td><td>ΙΑΧ 22/5530</td></tr><tr><td>"
        "Χρονολογία</td><td>3 Μαΐου 1911</td></tr></table><div class='abstract'><p>Ο "
        "έμπορος ζητά άδεια να επεκτείνει την αποθήκη του στο λιμάνι και προτείνει να "
        "καλύψει ο ίδιος το κόστος της νέας αποβάθρας.</p><blockquote>Η αποβάθρα θα "
        "εξυπηρετεί και τους ψαράδες της πόλης χωρίς καμία επιβάρυνση.</blockquote><p>Η "
        "απάντηση του δημάρχου δεν σώζεται στο αρχείο.</p></div><div class='tools'><a "
        "href='#'>Λήψη PDF</a><a href='#'>Εκτύπωση</a></div>",
        nav=("Ψηφιακό Αρχείο", "Συλλογές", "Αναζήτηση", "Επικοινωνία"),
        aside_title="Σχετικά έγγραφα",
        aside=("Συμβόλαιο πώλησης ελαιώνα, 1909", "Αίτηση για άδεια καφενείου, 1912"),
        footer="© 2026 Ψηφιακό Αρχείο Χανίων · Όροι χρήσης",
    ),
    (
        "να επεκτείνει την αποθήκη του στο λιμάνι",
        "θα εξυπηρετεί και τους ψαράδες της πόλης",
        "δεν σώζεται στο αρχείο",
    ),
    ("Συμβόλαιο πώλησης ελαιώνα", "Λήψη PDF", "Όροι χρήσης"),
)

# --- Vietnamese, a tour's itinerary: each day an <h3> over a <div> of text, then the
# price table and a booking form.
PROBES.add(
    "vi_tour_itinerary_days_and_price_table",
    "https://dulich.example.vn/tour/ha-giang-3-ngay",
    site(
        "vi",
        "Tour Hà Giang 3 ngày 2 đêm",
        "<div class='itinerary'><h3>Ngày 1: Hà Nội – Quản Bạ</h3><div class='day-text'>Xe "
        "đón khách tại phố cổ lúc sáu giờ sáng, nghỉ trưa ở Tuyên Quang và lên cổng trời Quản "
        "Bạ ngắm núi đôi vào buổi chiều.</div><h3>Ngày 2: Đồng Văn – Mã Pí Lèng</h3><div "
        "class='day-text'>Đoàn đi bộ một đoạn ngắn trên đèo Mã Pí Lèng và đi thuyền trên sông "
        "Nho Quế.</div><h3>Ngày 3: Về Hà Nội</h3><div class='day-text'>Sau bữa sáng, đoàn "
        "ghé chợ phiên Đồng Văn rồi trở về Hà Nội vào buổi tối.</div></div><table "
        "class='price'><tr><th>Số khách</th><th>Giá mỗi người</th></tr><tr><td>2–4</td><td>"
        "3.900.000 đ</td></tr></table><form class='booking'><input><button>Đặt tour</button>"
        "</form>",
        nav=("Du lịch Bắc Bộ", "Tour trong nước", "Khách sạn", "Liên hệ"),
        aside_title="Tour liên quan",
        aside=("Tour Sa Pa 2 ngày", "Tour Mộc Châu cuối tuần"),
        footer="© 2026 Du lịch Bắc Bộ · Chính sách bảo mật",
    ),
    (
        "nghỉ trưa ở Tuyên Quang",
        "đi thuyền trên sông Nho Quế",
        "ghé chợ phiên Đồng Văn",
        "Ngày 2: Đồng Văn – Mã Pí Lèng",
        "3.900.000 đ",
    ),
    ("Tour Sa Pa 2 ngày", "Đặt tour", "Chính sách bảo mật"),
)

# --- Icelandic, a walking route's page: day sections each with a picture and a short
# paragraph, then a map embed and a weather widget.
PROBES.add(
    "is_hiking_route_sections_with_figures",
    "https://gongur.example.is/leidir/fjallabak",
    site(
        "is",
        "Gönguleið um Fjallabak á fjórum dögum",
        "<section class='stage'><h2>Fyrsti dagur</h2><figure><img src='/g/1.jpg' alt=''>"
        "<figcaption>Við skálann</figcaption></figure><p>Gengið er frá skálanum upp með ánni "
        "og yfir lága heiði, um fjórtán kílómetra leið.</p></section><section class='stage'>"
        "<h2>Annar dagur</h2><figure><img src='/g/2.jpg' alt=''></figure><p>Leiðin liggur "
        "um svartan sand þar sem vaða þarf tvær kaldar ár.</p></section><section "
        "class='stage'><h2>Þriðji dagur</h2><p>Síðasti hluti leiðarinnar er stuttur og endar "
        "við heita laug í dalnum.</p></section><div class='map-embed'><iframe "
        "src='/kort/1'></iframe></div><div class='weather-widget'>Veðurspá: 8° og "
        "skýjað</div>",
        nav=("Göngur", "Leiðir", "Skálar", "Um okkur"),
        aside_title="Aðrar leiðir",
        aside=("Kringum vatnið á einum degi", "Strandleiðin vestra"),
        footer="© 2026 Göngur · Persónuvernd",
    ),
    (
        "yfir lága heiði, um fjórtán kílómetra leið",
        "vaða þarf tvær kaldar ár",
        "endar við heita laug í dalnum",
    ),
    ("Kringum vatnið á einum degi", "Veðurspá", "Persónuvernd"),
)

# --- Ukrainian, a petition: the text, a signature counter and a sign form, the latest
# signers' names.
PROBES.add(
    "uk_petition_counter_form_and_signers",
    "https://petytsii.example.ua/p/skver-na-lypovii",
    site(
        "uk",
        "Збережіть сквер на вулиці Липовій",
        "<div class='petition-text'><p>Міська рада планує віддати сквер біля школи під "
        "забудову, хоча це єдине зелене місце в нашому кварталі.</p><p>Ми просимо "
        "депутатів скасувати рішення і внести сквер до переліку захищених територій.</p>"
        "</div><div class='progress'><span>1 284 підписи з 2 000</span></div><form "
        "class='sign'><input placeholder='Ваше ім’я'><button>Підписати петицію</button>"
        "</form><ul class='recent-signers'><li>Оксана К., 5 хв тому</li><li>Петро Д., 12 "
        "хв тому</li></ul>",
        nav=("Голос громади", "Петиції", "Створити", "Допомога"),
        aside_title="Інші петиції",
        aside=("Освітлення на мосту", "Новий маршрут автобуса"),
        footer="© 2026 Голос громади · Правила",
    ),
    (
        "єдине зелене місце в нашому кварталі",
        "внести сквер до переліку захищених територій",
    ),
    ("Підписати петицію", "Оксана К., 5 хв тому", "Освітлення на мосту"),
)

# --- Georgian, a charity appeal: the story, a donation box with amounts, a progress bar.
PROBES.add(
    "ka_charity_appeal_story_and_donation_box",
    "https://gulshematkivari.example.ge/appeal/biblioteka",
    site(
        "ka",
        "ბიბლიოთეკა მთის სოფლისთვის",
        "<div class='appeal-story'><p>სოფელ ზემო ხევის სკოლას ოცი წელია ახალი წიგნი არ "
        "მიუღია და ბავშვები ერთსა და იმავე სახელმძღვანელოებს კითხულობენ.</p><p>შეგროვებული "
        "თანხით შევიძენთ ხუთას წიგნს და მოვაწყობთ საკითხავ ოთახს.</p></div><div "
        "class='donate-box'><button>10 ₾</button><button>25 ₾</button><button>შეწირვა"
        "</button></div><div class='progress-bar'>შეგროვდა 62%</div>",
        nav=("გულშემატკივარი", "კამპანიები", "ჩვენ შესახებ", "კონტაქტი"),
        aside_title="სხვა კამპანიები",
        aside=("თბილი ზამთარი მოხუცებს", "სათამაშო მოედანი"),
        footer="© 2026 გულშემატკივარი · კონფიდენციალურობა",
    ),
    (
        "ოცი წელია ახალი წიგნი არ მიუღია",
        "შევიძენთ ხუთას წიგნს და მოვაწყობთ საკითხავ ოთახს",
    ),
    ("შეგროვდა 62%", "თბილი ზამთარი მოხუცებს", "კონფიდენციალურობა"),
)

# --- Indonesian, an open-source project's landing page: a hero line, feature cards that
# are the text (each a heading and a sentence), an install snippet, then sponsors' logos.
PROBES.add(
    "id_software_landing_feature_cards_and_install",
    "https://pustaka.example.dev/",
    site(
        "id",
        "Pustaka Peta – peta interaktif tanpa server",
        "<p class='hero-lead'>Pustaka Peta menggambar peta vektor langsung di peramban "
        "tanpa layanan ubin dari pihak ketiga.</p><div class='features'><div "
        "class='feature-card'><h3>Ringan</h3><p>Seluruh pustaka berukuran kurang dari empat "
        "puluh kilobita setelah dikompresi.</p></div><div class='feature-card'><h3>Luring"
        "</h3><p>Data peta dapat disimpan di perangkat sehingga aplikasi tetap berjalan "
        "tanpa sinyal.</p></div><div class='feature-card'><h3>Aksesibel</h3><p>Setiap "
        "penanda dapat dipilih dengan papan ketik dan dibacakan oleh pembaca layar.</p></div>"
        "</div><h2>Pemasangan</h2><pre><code>npm install pustaka-peta</code></pre><div "
        "class='sponsors'><span>Didukung oleh</span><img alt='Sponsor A'><img "
        "alt='Sponsor B'></div>",
        nav=("Pustaka Peta", "Dokumentasi", "Contoh", "GitHub"),
        aside_title="Rilis terbaru",
        aside=("v2.3 – dukungan ubin raster", "v2.2 – tema gelap"),
        footer="© 2026 Kontributor Pustaka Peta · Lisensi MIT",
    ),
    (
        "kurang dari empat puluh kilobita setelah dikompresi",
        "aplikasi tetap berjalan tanpa sinyal",
        "dibacakan oleh pembaca layar",
        "npm install pustaka-peta",
    ),
    ("Didukung oleh", "v2.3 – dukungan ubin raster", "Lisensi MIT"),
)

# --- Korean, the second page of a paginated feature: no standfirst, the text then a pager
# ("이전 1 2 3 다음") and a box of popular articles.
PROBES.add(
    "ko_paginated_feature_second_page_with_pager",
    "https://webzine.example.kr/feature/jeju-haenyeo?page=2",
    site(
        "ko",
        "제주 해녀의 하루 (2/3)",
        "<div class='article-body'><p>물질을 마친 해녀들은 불턱에 모여 젖은 옷을 말리며 그날 "
        "잡은 소라의 양을 서로 비교한다.</p><p>젊은 해녀가 드물어지면서 마을 어촌계는 "
        "학교를 열어 수영과 잠수를 가르치기 시작했다.</p><p>올해 입학한 학생 가운데 세 명은 "
        "도시에서 일하다 고향으로 돌아온 사람들이다.</p></div><div class='pagination'><a "
        "href='?page=1'>이전</a> <a href='?page=1'>1</a> <strong>2</strong> <a "
        "href='?page=3'>3</a> <a href='?page=3'>다음</a></div>",
        nav=("바다웹진", "특집", "인터뷰", "구독"),
        aside_title="많이 본 기사",
        aside=("성산 일출봉 새벽 산책", "돌담이 있는 마을 다섯 곳"),
        footer="© 2026 바다웹진 · 개인정보처리방침",
    ),
    (
        "불턱에 모여 젖은 옷을 말리며",
        "학교를 열어 수영과 잠수를 가르치기 시작했다",
        "고향으로 돌아온 사람들이다",
    ),
    ("성산 일출봉 새벽 산책", "다음", "개인정보처리방침"),
)

# --- Hungarian, a health leaflet: sections under <h2>s (what it is, symptoms as a list,
# when to see a doctor), a "was this helpful?" box.
PROBES.add(
    "hu_health_leaflet_sections_symptom_list",
    "https://egeszseg.example.hu/betegsegek/ovszomor",
    site(
        "hu",
        "Övsömör: tünetek és teendők",
        "<section><h2>Mi az övsömör?</h2><p>Az övsömört ugyanaz a vírus okozza, mint a "
        "bárányhimlőt, és évtizedekkel később is újra aktívvá válhat.</p></section><section>"
        "<h2>Tünetek</h2><ul><li>égő, szúró fájdalom a test egyik oldalán</li><li>"
        "hólyagos kiütés sávszerű elrendeződésben</li><li>enyhe láz és fáradtság</li></ul>"
        "</section><section><h2>Mikor forduljon orvoshoz?</h2><p>Ha a kiütés az arcon vagy a "
        "szem környékén jelenik meg, még aznap keresse fel háziorvosát.</p></section><div "
        "class='feedback'><p>Hasznos volt ez az oldal?</p><button>Igen</button><button>Nem"
        "</button></div>",
        nav=("Egészségkalauz", "Betegségek", "Gyógyszerek", "Rólunk"),
        aside_title="Kapcsolódó témák",
        aside=("Bárányhimlő gyerekeknél", "Védőoltások felnőtteknek"),
        footer="© 2026 Egészségkalauz · Adatkezelési tájékoztató",
    ),
    (
        "ugyanaz a vírus okozza, mint a bárányhimlőt",
        "hólyagos kiütés sávszerű elrendeződésben",
        "még aznap keresse fel háziorvosát",
    ),
    ("Hasznos volt ez az oldal?", "Bárányhimlő gyerekeknél", "Adatkezelési tájékoztató"),
)

# --- Persian (rtl), a medicine leaflet: dosage as a table, warnings as a list.
PROBES.add(
    "fa_medicine_leaflet_dosage_table_warnings",
    "https://daru.example.ir/drug/amoxicillin-syrup",
    site(
        "fa",
        "شربت آموکسی‌سیلین برای کودکان",
        "<p>این دارو برای درمان عفونت‌های باکتریایی گوش و گلو در کودکان تجویز می‌شود.</p>"
        "<table class='dosage'><tr><th>سن</th><th>مقدار</th></tr><tr><td>۱ تا ۳ سال</td><td>"
        "پنج میلی‌لیتر سه بار در روز</td></tr></table><h2>هشدارها</h2><ul><li>دوره درمان را "
        "حتی پس از بهبود کامل کنید</li><li>شربت آماده را در یخچال نگه دارید</li></ul><div "
        "class='rating'>امتیاز کاربران: ۴٫۲</div>",
        nav=("داروخانه من", "داروها", "پرسش از داروساز", "تماس"),
        aside_title="داروهای مشابه",
        aside=("سفالکسین", "آزیترومایسین"),
        footer="© ۲۰۲۶ داروخانه من · حریم خصوصی",
        dir_="rtl",
    ),
    (
        "عفونت‌های باکتریایی گوش و گلو",
        "پنج میلی‌لیتر سه بار در روز",
        "شربت آماده را در یخچال نگه دارید",
    ),
    ("امتیاز کاربران", "آزیترومایسین", "حریم خصوصی"),
)

# --- Estonian, a football match report: the text, then both line-ups as lists under a
# heading and a statistics table after them, then the league table in the sidebar.
PROBES.add(
    "et_match_report_lineups_and_stats_table",
    "https://jalgpall.example.ee/uudised/tammeka-kalev-2-1",
    site(
        "et",
        "Tammeka võitis Kalevit viimasel minutil",
        "<div class='report'><p>Tartu meeskond läks juhtima juba kümnendal minutil, kui "
        "poolkaitsja lõi palli nurgalöögi järel väravasse.</p><p>Kalev viigistas teise "
        "poolaja alguses, kuid lisaminutil tõi võidu noor ründaja Karl Sepp.</p></div><h2>"
        "Koosseisud</h2><div class='lineups'><ul class='home'><li>Rasmus Kask</li><li>Karl "
        "Sepp</li></ul><ul class='away'><li>Marko Tamm</li><li>Siim Lepp</li></ul></div>"
        "<table class='stats'><thead><tr><th></th><th>Tammeka</th><th>Kalev</th></tr></thead>"
        "<tr><td>Pallivaldamine</td><td>54%</td><td>46%</td></tr><tr><td>Pealelöögid</td>"
        "<td>12</td><td>7</td></tr></table>",
        nav=("Jalgpalliuudised", "Meistriliiga", "Koondis", "Tabel"),
        aside_title="Tabeliseis",
        aside=("1. Flora 42 p", "2. Levadia 39 p"),
        footer="© 2026 Jalgpalliuudised · Küpsised",
    ),
    (
        "lõi palli nurgalöögi järel väravasse",
        "lisaminutil tõi võidu noor ründaja",
        "Pealelöögid",
    ),
    ("1. Flora 42 p", "Küpsised"),
)

# --- Thai, a comparison page: a short intro, the comparison table that is the text, a
# verdict paragraph, then shop buttons.
PROBES.add(
    "th_comparison_table_with_verdict",
    "https://rewiew.example.co.th/compare/rice-cookers",
    site(
        "th",
        "เปรียบเทียบหม้อหุงข้าวสามรุ่นยอดนิยม",
        "<p>เราลองหุงข้าวหอมมะลิด้วยหม้อทั้งสามรุ่นติดต่อกันสองสัปดาห์</p><table "
        "class='compare'><thead><tr><th>รุ่น</th><th>ความจุ</th><th>เวลาหุง</th></tr>"
        "</thead><tbody><tr><td>รุ่นเอ</td><td>1.8 ลิตร</td><td>35 นาที</td></tr><tr><td>"
        "รุ่นบี</td><td>1.0 ลิตร</td><td>28 นาที</td></tr></tbody></table><h2>สรุป</h2><p>"
        "ถ้าบ้านมีสมาชิกไม่เกินสามคน รุ่นบีคุ้มค่าที่สุดเพราะหุงเร็วและกินไฟน้อย</p><div "
        "class='shop-buttons'><a href='#'>ดูราคาล่าสุด</a></div>",
        nav=("รีวิวบ้าน", "เครื่องครัว", "เครื่องใช้ไฟฟ้า", "ติดต่อ"),
        aside_title="รีวิวล่าสุด",
        aside=("เครื่องฟอกอากาศราคาประหยัด", "พัดลมตั้งพื้นสี่รุ่น"),
        footer="© 2026 รีวิวบ้าน · นโยบายความเป็นส่วนตัว",
    ),
    (
        "หุงข้าวหอมมะลิด้วยหม้อทั้งสามรุ่น",
        "1.8 ลิตร",
        "รุ่นบีคุ้มค่าที่สุดเพราะหุงเร็วและกินไฟน้อย",
    ),
    ("ดูราคาล่าสุด", "เครื่องฟอกอากาศราคาประหยัด", "นโยบายความเป็นส่วนตัว"),
)

# --- Latvian, a classified ad: one short description in a <div>, the seller's phone
# behind a button, other ads of the category.
PROBES.add(
    "lv_classified_ad_short_text",
    "https://sludinajumi.example.lv/msg/velosipeds-22",
    site(
        "lv",
        "Pārdodu bērnu velosipēdu",
        "<div class='ad-text'>Pārdodu zilu bērnu velosipēdu ar divpadsmit collu riteņiem, "
        "lietots divas vasaras, bremzes nesen regulētas. Pievienoju arī ķiveri un "
        "palīgritenīšus.</div><div class='ad-price'>45 €</div><div class='seller'><button>"
        "Rādīt tālruni</button></div>",
        nav=("Sludinājumi", "Bērniem", "Transports", "Ienākt"),
        aside_title="Citi sludinājumi",
        aside=("Bērnu ratiņi, pelēki", "Slidas 30. izmērs"),
        footer="© 2026 Sludinājumi · Lietošanas noteikumi",
    ),
    (
        "ar divpadsmit collu riteņiem, lietots divas vasaras",
        "Pievienoju arī ķiveri un palīgritenīšus",
    ),
    ("Rādīt tālruni", "Bērnu ratiņi, pelēki", "Lietošanas noteikumi"),
)

# --- Amharic, a library's record of a book: a table of fields, the abstract, subjects as
# links, a "reserve" button.
PROBES.add(
    "am_library_record_fields_abstract_subjects",
    "https://metshaf.example.et/record/30021",
    site(
        "am",
        "የቡና ታሪክ በከፋ",
        "<table class='marc'><tr><th>ደራሲ</th><td>ተስፋዬ ገብሬ</td></tr><tr><th>ዓመት</th>"
        "<td>2012</td></tr></table><div class='abstract'><h2>ማጠቃለያ</h2><p>መጽሐፉ በከፋ "
        "አካባቢ የቡና እርሻ እንዴት እንደተስፋፋ እና ገበሬዎች ያደረጉትን ለውጥ ይተርካል።</p><p>የመጨረሻው "
        "ምዕራፍ ስለ ዘመናዊ የቡና ማህበራት ይናገራል።</p></div><div class='subjects'><a "
        "href='/s/1'>ቡና</a> <a href='/s/2'>ግብርና</a></div><button>ይያዙ</button>",
        nav=("መጽሐፍ ቤት", "ካታሎግ", "አገልግሎቶች", "እገዛ"),
        aside_title="ተመሳሳይ መጻሕፍት",
        aside=("የማር ምርት በጎጃም", "የሻይ እርሻዎች"),
        footer="© 2026 መጽሐፍ ቤት · የግላዊነት ፖሊሲ",
    ),
    (
        "የቡና እርሻ እንዴት እንደተስፋፋ",
        "ስለ ዘመናዊ የቡና ማህበራት ይናገራል",
    ),
    ("የማር ምርት በጎጃም", "የግላዊነት ፖሊሲ"),
)

# --- Hindi, a government scheme's page: eligibility and documents as lists, the steps as
# an ordered list, a helpline box and a "last updated" line.
PROBES.add(
    "hi_scheme_page_eligibility_documents_steps",
    "https://yojana.example.gov.in/scheme/krishi-sinchai",
    site(
        "hi",
        "कृषि सिंचाई सहायता योजना",
        "<p>इस योजना के तहत छोटे किसानों को ड्रिप सिंचाई उपकरण खरीदने पर आधी लागत वापस दी "
        "जाती है।</p><h2>पात्रता</h2><ul><li>दो हेक्टेयर तक भूमि वाले किसान</li><li>राज्य "
        "का स्थायी निवासी होना आवश्यक</li></ul><h2>आवेदन कैसे करें</h2><ol><li>पोर्टल पर "
        "आधार संख्या से पंजीकरण करें</li><li>खसरा नकल और बैंक पासबुक अपलोड करें</li></ol>"
        "<div class='helpline'>हेल्पलाइन: 1800-000-000</div><p class='updated'>अंतिम "
        "अद्यतन: 2 मार्च 2026</p>",
        nav=("योजना पोर्टल", "योजनाएँ", "आवेदन की स्थिति", "संपर्क"),
        aside_title="अन्य योजनाएँ",
        aside=("पशुपालन ऋण योजना", "बीज अनुदान योजना"),
        footer="© 2026 कृषि विभाग · अस्वीकरण",
    ),
    (
        "आधी लागत वापस दी जाती है",
        "दो हेक्टेयर तक भूमि वाले किसान",
        "खसरा नकल और बैंक पासबुक अपलोड करें",
    ),
    ("पशुपालन ऋण योजना", "अस्वीकरण"),
)

# --- Japanese, a rental shop's rules page: numbered clauses as a definition list, a note
# box, an FAQ link list.
PROBES.add(
    "ja_rental_rules_dl_clauses_and_note",
    "https://kasabike.example.jp/rules",
    site(
        "ja",
        "レンタルサイクルご利用規約",
        "<dl class='rules'><dt>第1条（貸出時間）</dt><dd>貸出は午前九時から午後六時までとし、"
        "延長は一時間単位で受け付けます。</dd><dt>第2条（破損）</dt><dd>故意または重大な過失に"
        "よる破損は修理費を実費でご負担いただきます。</dd></dl><div class='note'><p>雨天の日は"
        "レインコートを無料でお貸しします。</p></div><ul class='faq-links'><li><a "
        "href='/faq/1'>予約はできますか？</a></li></ul>",
        nav=("かさバイク", "料金", "規約", "アクセス"),
        aside_title="お知らせ",
        aside=("年末年始の営業時間", "電動自転車を追加しました"),
        footer="© 2026 かさバイク · 特定商取引法に基づく表記",
    ),
    (
        "延長は一時間単位で受け付けます",
        "修理費を実費でご負担いただきます",
        "レインコートを無料でお貸しします",
    ),
    ("年末年始の営業時間", "特定商取引法に基づく表記"),
)

# --- Swahili, a school's admissions page: fees as a table between paragraphs, a
# downloads list and a contact card.
PROBES.add(
    "sw_admissions_fees_table_between_paragraphs",
    "https://shule.example.ac.tz/udahili",
    site(
        "sw",
        "Udahili wa kidato cha tano 2026",
        "<p>Shule inapokea maombi ya wanafunzi wa kidato cha tano kwa michepuo ya sayansi na "
        "biashara hadi mwisho wa mwezi Juni.</p><table class='ada'><tr><th>Kipengele</th>"
        "<th>Kiasi</th></tr><tr><td>Ada ya muhula</td><td>shilingi 450,000</td></tr><tr><td>"
        "Bweni</td><td>shilingi 300,000</td></tr></table><p>Wanafunzi waliopata daraja la "
        "kwanza wanaweza kuomba ufadhili wa nusu ada.</p><div class='downloads'><a "
        "href='/fomu.pdf'>Pakua fomu ya maombi (PDF)</a></div>",
        nav=("Shule ya Mlimani", "Udahili", "Matokeo", "Mawasiliano"),
        aside_title="Habari za shule",
        aside=("Mahafali ya kidato cha sita", "Maktaba mpya imefunguliwa"),
        footer="© 2026 Shule ya Mlimani · Haki zote zimehifadhiwa",
    ),
    (
        "kwa michepuo ya sayansi na biashara",
        "shilingi 450,000",
        "wanaweza kuomba ufadhili wa nusu ada",
    ),
    ("Mahafali ya kidato cha sita", "Pakua fomu ya maombi", "Haki zote zimehifadhiwa"),
)

# --- Simplified Chinese, a recruitment notice of a research institute: the positions as
# a table, conditions in numbered <p>s ("一、"), contact lines at the end, and a
# previous/next notice pager.
PROBES.add(
    "zh_recruitment_notice_table_numbered_paras_pager",
    "https://www.example-inst.cn/tzgg/2026/0311.html",
    site(
        "zh",
        "海洋研究所2026年博士后招聘公告",
        "<div class='TRS_Editor'><p>根据工作需要，我所面向海内外公开招聘博士后研究人员，现将有"
        "关事项公告如下。</p><table><tr><td>岗位</td><td>人数</td></tr><tr><td>海洋生态方向"
        "</td><td>2</td></tr></table><p>一、应聘者须在近三年内获得博士学位，身体健康。</p><p>"
        "二、入站后须全职在所工作，聘期一般为两年。</p><p>联系人：王老师，电话：0532-0000000"
        "</p></div><div class='pager'><a href='/p'>上一篇：关于清明节放假的通知</a><a "
        "href='/n'>下一篇：研究所开放日预告</a></div>",
        nav=("海洋研究所", "通知公告", "科研进展", "联系我们"),
        aside_title="热点新闻",
        aside=("科考船完成南海航次", "青年学者论坛举行"),
        footer="© 2026 海洋研究所 版权所有",
    ),
    (
        "面向海内外公开招聘博士后研究人员",
        "海洋生态方向",
        "应聘者须在近三年内获得博士学位",
        "聘期一般为两年",
    ),
    ("上一篇：关于清明节放假的通知", "科考船完成南海航次", "版权所有"),
)

# --- Portuguese, a school's fees in a classic editor's table: no <th>, the first row's
# cells set in <strong>, one row of values under it.
PROBES.add(
    "pt_editor_table_bold_first_row_one_value_row",
    "https://escola.example.pt/matriculas/propinas",
    site(
        "pt",
        "Propinas do ano letivo 2026/27",
        "<p>As propinas mantêm-se iguais às do ano passado e podem ser pagas em dez "
        "prestações mensais por transferência bancária.</p><table><tbody><tr><td><strong>"
        "Ciclo</strong></td><td><strong>Mensalidade</strong></td><td><strong>Seguro escolar"
        "</strong></td></tr><tr><td>Primeiro ciclo</td><td>310 €</td><td>12 €</td></tr>"
        "</tbody></table><p>Os irmãos inscritos na escola têm um desconto de dez por cento a "
        "partir do segundo filho.</p>",
        nav=("Escola do Vale", "Matrículas", "Projetos", "Contactos"),
        aside_title="Notícias",
        aside=("Visita de estudo a Conímbriga", "Feira do livro em maio"),
        footer="© 2026 Escola do Vale · Política de privacidade",
    ),
    (
        "podem ser pagas em dez prestações mensais",
        "Primeiro ciclo | 310 € | 12 €",
        "desconto de dez por cento a partir do segundo filho",
    ),
    ("Visita de estudo a Conímbriga", "Política de privacidade"),
)

# --- Slovak, a municipality's waste collection days: a CKEditor table whose bold first row
# names four columns over one row of dates, in <b>.
PROBES.add(
    "sk_ckeditor_table_bold_header_four_columns",
    "https://obec.example.sk/odpad/harmonogram-2026",
    site(
        "sk",
        "Harmonogram vývozu odpadu na rok 2026",
        "<p>Nádoby vyložte pred dom najneskôr o šiestej ráno v deň vývozu.</p><table "
        "border='0' cellpadding='1'><tr><td><b>Zmesový odpad</b></td><td><b>Plasty</b></td>"
        "<td><b>Papier</b></td><td><b>Sklo</b></td></tr><tr><td>každý utorok</td><td>prvá "
        "streda</td><td>druhý piatok</td><td>posledný pondelok</td></tr></table><p>Veľkoobjemný"
        " odpad obec zbiera dvakrát ročne, na jar a na jeseň.</p>",
        nav=("Obec Lúčky", "Samospráva", "Odpady", "Kontakt"),
        aside_title="Oznamy",
        aside=("Prerušenie dodávky vody", "Zápis do materskej školy"),
        footer="© 2026 Obec Lúčky · Vyhlásenie o prístupnosti",
    ),
    (
        "najneskôr o šiestej ráno v deň vývozu",
        "každý utorok | prvá streda | druhý piatok | posledný pondelok",
        "dvakrát ročne, na jar a na jeseň",
    ),
    ("Prerušenie dodávky vody", "Vyhlásenie o prístupnosti"),
)

# --- Malay, a phone plan page drawn by a script framework: the plans as an ARIA table of
# <div>s (role=table, rowgroups, columnheader and cell), no <table> at all.
PROBES.add(
    "ms_aria_table_of_divs_with_rowgroups",
    "https://telco.example.my/pelan/prabayar",
    site(
        "ms",
        "Pelan prabayar untuk pelajar",
        "<p>Pelan ini hanya untuk pelajar berumur bawah dua puluh lima tahun yang mendaftar "
        "dengan kad pelajar yang sah.</p><div role='table' class='plans'><div "
        "role='rowgroup'><div role='row'><div role='columnheader'>Pelan</div><div "
        "role='columnheader'>Data</div><div role='columnheader'>Harga</div></div></div><div "
        "role='rowgroup'><div role='row'><div role='cell'>Asas</div><div role='cell'>10 GB"
        "</div><div role='cell'>RM15</div></div><div role='row'><div role='cell'>Plus</div>"
        "<div role='cell'>30 GB</div><div role='cell'>RM25</div></div></div></div><p>Baki "
        "data yang tidak digunakan dibawa ke bulan berikutnya selama tiga bulan.</p>",
        nav=("TeleKita", "Prabayar", "Pascabayar", "Bantuan"),
        aside_title="Promosi",
        aside=("Telefon baharu dengan ansuran", "Pelan keluarga"),
        footer="© 2026 TeleKita · Dasar privasi",
    ),
    (
        "berumur bawah dua puluh lima tahun",
        "Asas | 10 GB | RM15",
        "Plus | 30 GB | RM25",
        "dibawa ke bulan berikutnya selama tiga bulan",
    ),
    ("Telefon baharu dengan ansuran", "Dasar privasi"),
)

# --- Bulgarian, a bus timetable as an ARIA grid of <span> cells (role=grid, gridcell):
# without a row's cells apart, "София08:15" runs together.
PROBES.add(
    "bg_aria_grid_of_span_cells_timetable",
    "https://avtogara.example.bg/razpisanie/plovdiv-sofia",
    site(
        "bg",
        "Разписание Пловдив – София",
        "<p>Автобусите тръгват от северната автогара, а билети се продават и в самия "
        "автобус.</p><div role='grid' class='timetable'><div role='row'><span "
        "role='columnheader'>Тръгване</span><span role='columnheader'>Пристигане</span>"
        "</div><div role='row'><span role='gridcell'>07:00</span><span role='gridcell'>08:50"
        "</span></div><div role='row'><span role='gridcell'>13:30</span><span "
        "role='gridcell'>15:20</span></div></div><p>В неделя първият курс тръгва един час по"
        "-късно.</p>",
        nav=("Автогара", "Разписания", "Билети", "Контакти"),
        aside_title="Други линии",
        aside=("Пловдив – Бургас", "Пловдив – Смолян"),
        footer="© 2026 Автогара · Общи условия",
    ),
    (
        "билети се продават и в самия автобус",
        "07:00 | 08:50",
        "13:30 | 15:20",
        "първият курс тръгва един час по-късно",
    ),
    ("Пловдив – Бургас", "Общи условия"),
)

# --- Urdu (rtl), a clinic's visiting hours as an ARIA table of <span>s under a heading,
# beside a grid of linked related pages inside the content that is no data.
PROBES.add(
    "ur_aria_table_hours_beside_linked_grid",
    "https://shifa.example.pk/opd-auqat",
    site(
        "ur",
        "او پی ڈی کے اوقات",
        "<p>مریض اپنی باری کا ٹوکن استقبالیہ سے صبح سات بجے کے بعد حاصل کر سکتے ہیں۔</p>"
        "<div role='table'><div role='row'><span role='columnheader'>شعبہ</span><span "
        "role='columnheader'>دن</span></div><div role='row'><span role='cell'>امراض قلب</span>"
        "<span role='cell'>پیر اور جمعرات</span></div></div><p>ہنگامی حالت میں ایمرجنسی "
        "شعبہ چوبیس گھنٹے کھلا رہتا ہے۔</p><div role='grid' class='more-pages'><div "
        "role='row'><span role='gridcell'><a href='/a'>لیبارٹری کے نرخ</a></span><span "
        "role='gridcell'><a href='/b'>ڈاکٹروں کی فہرست</a></span></div></div>",
        nav=("شفا ہسپتال", "شعبے", "ڈاکٹر", "رابطہ"),
        aside_title="اعلانات",
        aside=("مفت آنکھوں کا کیمپ", "خون کے عطیات"),
        footer="© 2026 شفا ہسپتال · رازداری کی پالیسی",
        dir_="rtl",
    ),
    (
        "صبح سات بجے کے بعد حاصل کر سکتے ہیں",
        "امراض قلب | پیر اور جمعرات",
        "چوبیس گھنٹے کھلا رہتا ہے",
    ),
    ("لیبارٹری کے نرخ", "مفت آنکھوں کا کیمپ", "رازداری کی پالیسی"),
)

# --- Norwegian (Bokmål), a cabin's prices: two rows each named by a <th scope='row'>, three
# columns, no header row: the row headers say it is data.
PROBES.add(
    "nb_price_table_two_rows_named_by_row_headers",
    "https://hytte.example.no/priser",
    site(
        "nb",
        "Priser for hytta ved Storvatnet",
        "<p>Hytta leies ut hele året, og prisene under gjelder for inntil seks personer.</p>"
        "<table><tbody><tr><th scope='row'>Helg</th><td>2 400 kr</td><td>fredag til søndag"
        "</td></tr><tr><th scope='row'>Uke</th><td>6 900 kr</td><td>lørdag til lørdag</td>"
        "</tr></tbody></table><p>Sengetøy kan leies for hundre kroner per person.</p>",
        nav=("Hytte ved vannet", "Priser", "Bilder", "Kontakt"),
        aside_title="Aktiviteter",
        aside=("Fiske i Storvatnet", "Skiløyper om vinteren"),
        footer="© 2026 Hytte ved vannet · Personvern",
    ),
    (
        "prisene under gjelder for inntil seks personer",
        "Helg | 2 400 kr | fredag til søndag",
        "Sengetøy kan leies for hundre kroner per person",
    ),
    ("Fiske i Storvatnet", "Personvern"),
)
