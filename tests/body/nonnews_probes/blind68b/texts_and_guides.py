"""The blind68b probe's guides, listings and texts: a Serbian passport forms page, a
Bulgarian podcast episode with timestamps, an Urdu job posting, a Persian abstract page with
references, a Nepali festival programme, a Dutch travel guide with a practical-information
table, Portuguese lyrics, a Hungarian release list, a Romanian house for sale, a Czech match
report with line-up lists and a Kazakh recipe."""

from __future__ import annotations

from ..blind66._kit import comment_prompt, newsletter, paras, related, share
from ._kit import Site, add

SR = Site(
    lang="sr",
    name="Портал е-Управе",
    host="euprava.example.rs",
    nav=("Грађани", "Привреда", "Услуге", "Помоћ"),
    cookie="Овај портал користи колачиће.",
    share="Подели услугу",
    newsletter="Пријавите се за обавештења о новим услугама.",
    comment="Пошаљите сугестију",
    related_title="Сродне услуге",
    related=("Издавање личне карте", "Пријава пребивалишта"),
    footer="Канцеларија за информационе технологије и електронску управу.",
)

add(
    "passport_forms_page",
    SR,
    "Издавање пасоша",
    "<div class='service-page'><h1>Издавање пасоша</h1><a class='btn start-service'"
    " href='#'>Закажите термин</a>"
    + paras(
        "Захтев за издавање пасоша подноси се лично, у полицијској управи према месту пребивалишта."
    )
    + "<h2>Потребна документа</h2><ul><li>важећа лична карта</li><li>доказ о уплати"
    " републичке административне таксе</li><li>ранији пасош, ако га имате</li></ul><h2>"
    "Таксе</h2><table><tr><th>Врста</th><th>Износ</th></tr><tr><td>Образац пасоша</td><td>"
    "3.600 динара</td></tr><tr><td>Републичка такса</td><td>1.020 динара</td></tr></table>"
    "<h2>Рок</h2>"
    + paras("Пасош се издаје у року од 30 дана од подношења захтева; у хитном поступку за 48 сати.")
    + "<div class='service-rating'><p>Оцените ову страницу</p><span>★★★★★</span></div>"
    "<p class='updated'>Последња измена: 18.11.2026.</p></div>",
    (
        "подноси се лично, у полицијској управи према месту пребивалишта.",
        "Потребна документа",
        "доказ о уплати републичке административне таксе",
        "3.600 динара",
        "у хитном поступку за 48 сати.",
    ),
    ("Закажите термин", "Оцените ову страницу"),
    template="portal",
    path="usluge/izdavanje-pasosa",
)

BG = Site(
    lang="bg",
    name="Подкаст „Книжен рафт“",
    host="knizhen-raft.example.bg",
    nav=("Епизоди", "Гости", "За нас", "Подкрепете ни"),
    cookie="Сайтът използва бисквитки.",
    share="Споделете епизода",
    newsletter="Абонирайте се за бюлетина ни с нови епизоди.",
    comment="Напишете коментар",
    related_title="Още епизоди",
    related=("Епизод 17: Поезията на 20-те", "Епизод 16: Преводачите"),
    footer="„Книжен рафт“ се издава с подкрепата на слушателите.",
)

add(
    "podcast_timestamps",
    BG,
    "Епизод 18: Романът, написан в затвора",
    "<div class='episode-page'><h1>Епизод 18: Романът, написан в затвора</h1><div"
    " class='audio-player'><iframe src='https://player.example.com/e/18' title='player'>"
    "</iframe></div><ul class='subscribe-links'><li><a href='#'>Слушайте в Spotify</a></li>"
    "<li><a href='#'>Слушайте в YouTube</a></li><li><a href='#'>RSS</a></li></ul><div"
    " class='episode-description'>"
    + paras(
        "Гостът ни, литературоведката Мария Цонева, разказва как е бил открит ръкописът на"
        " роман, писан тайно в Сливенския затвор през 1920-те години.",
    )
    + "<p><strong>В епизода:</strong><br>00:02:10 Как е намерен ръкописът<br>00:19:40 Кой"
    " е бил авторът<br>00:41:05 Защо романът излиза едва сега</p><p>Споменати книги: „Сянка"
    " на стената“ (1931), „Писма от Сливен“ (2019).</p></div><div class='support'><p>Ако"
    " харесвате подкаста, подкрепете ни в Patreon.</p></div>" + comment_prompt(BG) + "</div>",
    (
        "как е бил открит ръкописът на роман",
        "Как е намерен ръкописът",
        "Кой е бил авторът",
        "Защо романът излиза едва сега",
        "Споменати книги",
    ),
    (
        "Слушайте в Spotify",
        "Слушайте в YouTube",
        "Ако харесвате подкаста, подкрепете ни в Patreon.",
    ),
    template="theme",
    path="epizodi/18",
)

UR = Site(
    lang="ur",
    name="روزگار ڈاٹ پی کے",
    host="rozgar.example.pk",
    nav=("نوکریاں", "کمپنیاں", "سی وی بنائیں", "مشورے"),
    cookie="یہ ویب سائٹ کوکیز استعمال کرتی ہے۔",
    share="یہ اشتہار شیئر کریں",
    newsletter="نئی نوکریوں کی اطلاع ای میل پر حاصل کریں۔",
    comment="کمپنی کے بارے میں رائے دیں",
    related_title="ملتی جلتی نوکریاں",
    related=("اکاؤنٹنٹ، لاہور", "دفتری معاون، ملتان"),
    footer="روزگار ڈاٹ پی کے، جملہ حقوق محفوظ ہیں۔",
    dir_="rtl",
)

add(
    "job_posting_rtl",
    UR,
    "اسکول لائبریرین درکار ہے",
    "<div class='job-detail'><h1>اسکول لائبریرین درکار ہے</h1><p class='employer'>گلشن"
    " پبلک اسکول، فیصل آباد</p><div class='apply-bar'><a class='btn' href='#'>ابھی درخواست"
    " دیں</a><a class='btn' href='#'>نوکری محفوظ کریں</a></div><div class='job-body'>"
    + paras("ہمارے اسکول کو ایک محنتی لائبریرین کی ضرورت ہے جو بچوں میں مطالعے کا شوق پیدا کر سکے۔")
    + "<h3>ذمہ داریاں</h3><ul><li>کتابوں کی فہرست سازی اور ترتیب</li><li>ہفتہ وار کہانی"
    " کا وقت منعقد کرنا</li></ul><h3>اہلیت</h3><ul><li>لائبریری سائنس میں ڈپلومہ</li><li>کم"
    " از کم دو سال کا تجربہ</li></ul>"
    + paras("تنخواہ: 55,000 روپے ماہانہ، اوقات: صبح 8 سے دوپہر 2 بجے تک۔")
    + "</div>"
    + share(UR)
    + "</div>",
    (
        "بچوں میں مطالعے کا شوق پیدا کر سکے۔",
        "کتابوں کی فہرست سازی اور ترتیب",
        "ہفتہ وار کہانی کا وقت منعقد کرنا",
        "لائبریری سائنس میں ڈپلومہ",
        "تنخواہ: 55,000 روپے ماہانہ",
    ),
    ("ابھی درخواست دیں", "نوکری محفوظ کریں"),
    template="app",
    path="jobs/librarian-faisalabad-4412",
)

FA = Site(
    lang="fa",
    name="فصلنامه پژوهش‌های زبان‌شناختی",
    host="zabanpajouhi.example.ir",
    nav=("شماره جاری", "آرشیو", "راهنمای نویسندگان", "تماس"),
    cookie="این وب‌سایت از کوکی استفاده می‌کند.",
    share="اشتراک‌گذاری مقاله",
    newsletter="برای دریافت فهرست شماره‌های تازه عضو شوید.",
    comment="ارسال نظر",
    related_title="مقالات مشابه",
    related=("واژه‌های قرضی در گویش کرمانی", "نظام واکه‌ای لری"),
    footer="همه حقوق این نشریه محفوظ است.",
    dir_="rtl",
)

add(
    "abstract_page_references",
    FA,
    "حذف همخوان پایانی در گفتار محاوره‌ای یزد",
    "<div id='article_page'><h1 class='title'>حذف همخوان پایانی در گفتار محاوره‌ای یزد</h1>"
    "<p class='authors'>سارا نیک‌نام<sup>1</sup>، بهرام رضوی<sup>2</sup></p><ol"
    " class='affiliations'><li>دانشگاه یزد، گروه زبان‌شناسی</li><li>پژوهشگاه علوم انسانی"
    "</li></ol><div class='article-tools'><a href='#'>دریافت فایل PDF</a><a href='#'>نحوه"
    " استناد</a><span>تعداد مشاهده: 1,208</span></div><div class='abstract'><h4>چکیده</h4>"
    + paras(
        "این پژوهش حذف همخوان‌های /t/ و /d/ در پایان واژه را در گفتار 40 گویشور یزدی بررسی می‌کند.",
        "یافته‌ها نشان می‌دهد حذف پیش از همخوان آغازی واژه بعد بسیار بیشتر از پیش از واکه رخ می‌دهد.",
    )
    + "</div><p class='keywords'><b>کلیدواژه‌ها:</b> حذف، گویش یزدی، واج‌شناسی</p><div"
    " class='references'><h4>منابع</h4><ol><li>حق‌شناس، علی‌محمد (1369). آواشناسی. تهران:"
    " آگاه.</li><li>Labov, W. (1994). Principles of Linguistic Change. Oxford.</li></ol>"
    "</div></div>",
    (
        "حذف همخوان‌های /t/ و /d/ در پایان واژه",
        "حذف پیش از همخوان آغازی واژه بعد بسیار بیشتر از پیش از واکه",
    ),
    ("دریافت فایل PDF", "نحوه استناد", "تعداد مشاهده: 1,208"),
    template="portal",
    path="article_11842.html",
)

NE = Site(
    lang="ne",
    name="पाटन सांस्कृतिक मञ्च",
    host="patanmanch.example.org.np",
    nav=("गृहपृष्ठ", "कार्यक्रम", "सदस्यता", "सम्पर्क"),
    cookie="यो वेबसाइटले कुकीहरू प्रयोग गर्छ।",
    share="कार्यक्रम सेयर गर्नुहोस्",
    newsletter="कार्यक्रमको जानकारी इमेलमा पाउनुहोस्।",
    comment="प्रतिक्रिया दिनुहोस्",
    related_title="आगामी कार्यक्रमहरू",
    related=("लोकबाजा कार्यशाला", "चित्रकला प्रदर्शनी"),
    footer="पाटन सांस्कृतिक मञ्च, ललितपुर।",
)

add(
    "festival_programme",
    NE,
    "हिउँदे संगीत महोत्सव २०८३: कार्यक्रम तालिका",
    "<article class='event'><h1>हिउँदे संगीत महोत्सव २०८३: कार्यक्रम तालिका</h1><div"
    " class='event-meta'><span>पुस १२–१४</span><span>पाटन दरबार क्षेत्र</span><a"
    " class='btn ticket' href='#'>टिकट किन्नुहोस्</a><a class='ics' href='#'>क्यालेन्डरमा"
    " थप्नुहोस्</a></div>"
    + paras("तीन दिने महोत्सवमा शास्त्रीय, लोक र आधुनिक संगीतका बाह्र समूहले प्रस्तुति दिनेछन्।")
    + "<h2>पहिलो दिन</h2><ul><li>अपराह्न ३:००, सितार वादन: रामेश्वर श्रेष्ठ</li><li>साँझ"
    " ५:३०, दापा भजन: इखाछें खल:</li></ul><h2>दोस्रो दिन</h2><ul><li>अपराह्न ४:००, लोकगीत:"
    " कर्णाली समूह</li></ul><h2>प्रवेश</h2>"
    + paras("विद्यार्थीका लागि परिचयपत्र देखाएमा प्रवेश निःशुल्क छ।")
    + "</article>"
    + newsletter(NE),
    (
        "बाह्र समूहले प्रस्तुति दिनेछन्।",
        "सितार वादन: रामेश्वर श्रेष्ठ",
        "दापा भजन: इखाछें खल:",
        "लोकगीत: कर्णाली समूह",
        "विद्यार्थीका लागि परिचयपत्र देखाएमा प्रवेश निःशुल्क छ।",
    ),
    ("टिकट किन्नुहोस्", "क्यालेन्डरमा थप्नुहोस्"),
    template="theme",
    path="karyakram/hiunde-mahotsav",
)

NL = Site(
    lang="nl",
    name="Trektocht",
    host="trektocht.example.nl",
    nav=("Bestemmingen", "Wandelen", "Fietsen", "Reisverhalen"),
    cookie="Wij gebruiken cookies om de site te verbeteren.",
    share="Deel deze gids",
    newsletter="Ontvang elke maand nieuwe routes in je mailbox.",
    comment="Reageer op deze gids",
    related_title="Lees ook",
    related=("Vijf wandelingen op Texel", "Fietsen langs de Maas"),
    footer="Trektocht is een onafhankelijk reisplatform.",
)

add(
    "travel_guide_info_table",
    NL,
    "Reisgids: de Biesbosch per kano",
    "<article class='guide'><h1>Reisgids: de Biesbosch per kano</h1><div class='guide-body'>"
    + paras(
        "De Biesbosch is een zoetwatergetijdengebied met kreken die je alleen per boot bereikt.",
        "Vaar bij voorkeur met het tij mee: het waterpeil verschilt tot zeventig centimeter.",
    )
    + "<h2>Praktische informatie</h2><table class='practical'><tr><th>Bereikbaarheid</th>"
    "<td>Bus 32 vanaf Dordrecht tot Merwelanden</td></tr><tr><th>Kanohuur</th><td>Vanaf"
    " 35 euro per dag</td></tr><tr><th>Beste seizoen</th><td>Mei tot september</td></tr>"
    "</table>"
    + paras("Neem drinkwater mee; er zijn onderweg geen voorzieningen.")
    + "</div><div class='partner-deals'><h3>Boek een kanotour</h3><a href='#'>Bekijk"
    " beschikbaarheid</a></div>" + share(NL) + comment_prompt(NL) + "</article>",
    (
        "een zoetwatergetijdengebied met kreken",
        "het waterpeil verschilt tot zeventig centimeter.",
        "Praktische informatie",
        "Bus 32 vanaf Dordrecht tot Merwelanden",
        "35 euro per dag",
        "Neem drinkwater mee; er zijn onderweg geen voorzieningen.",
    ),
    ("Boek een kanotour", "Bekijk beschikbaarheid"),
    template="theme",
    path="gidsen/biesbosch-kano",
)

PT = Site(
    lang="pt",
    name="Letras do Sertão",
    host="letrasdosertao.example.com.br",
    nav=("Artistas", "Gêneros", "Top 100", "Enviar letra"),
    cookie="Usamos cookies para personalizar anúncios.",
    share="Compartilhe esta letra",
    newsletter="Receba as letras mais tocadas da semana.",
    comment="Comente esta música",
    related_title="Mais tocadas do artista",
    related=("Estrada de Terra", "Lua de São João"),
    footer="As letras pertencem aos seus autores.",
)

add(
    "song_lyrics_verses",
    PT,
    "Chuva no Cariri - Zé do Baião",
    "<div class='cnt-letra'><div class='cnt-head'><h1>Chuva no Cariri</h1><h2><a"
    " href='/ze-do-baiao/'>Zé do Baião</a></h2></div><div class='letra-menu'><a"
    " href='#'>Cifra</a><a href='#'>Traduzir</a><a href='#'>Imprimir</a><a href='#'>Corrigir"
    "</a></div><div class='lyric-original'><p>Quando a chuva chega no Cariri<br>O sertão"
    " inteiro canta de alegria<br>O mandacaru floresce pra mim</p><p>Vem, Maria, vem ver o"
    " açude<br>Que encheu de água numa noite só</p></div><p class='composers'>Composição:"
    " José Amaro / Toinho Lima</p></div>" + related(PT),
    (
        "Quando a chuva chega no Cariri",
        "O sertão inteiro canta de alegria",
        "Vem, Maria, vem ver o açude",
        "Que encheu de água numa noite só",
    ),
    ("Traduzir", "Corrigir"),
    template="app",
    path="ze-do-baiao/chuva-no-cariri/",
)

HU = Site(
    lang="hu",
    name="Térkép-kit",
    host="terkepkit.example.hu",
    nav=("Kód", "Hibajegyek", "Kiadások", "Wiki"),
    cookie="Az oldal sütiket használ.",
    share="Link másolása",
    newsletter="Iratkozz fel a kiadási értesítőre.",
    comment="Új hibajegy nyitása",
    related_title="Korábbi kiadások",
    related=("v1.8.2", "v1.8.1"),
    footer="A Térkép-kit MIT licenc alatt érhető el.",
)

add(
    "release_list_assets",
    HU,
    "v1.9.0 – Vektoros csempék",
    "<div class='repository-content'><div class='release-entry'><div class='release-header'>"
    "<h1>v1.9.0 – Vektoros csempék</h1><span class='label'>Legújabb</span><relative-time"
    " datetime='2026-12-03'>dec. 3.</relative-time></div><div class='markdown-body'><h2>"
    "Újdonságok</h2><ul><li>Vektoros csempék megjelenítése WebGL nélkül is.</li><li>Új"
    " <code>setLabelLanguage()</code> függvény a feliratok nyelvéhez.</li></ul><h2>"
    "Javítások</h2><ul><li>A nagyítás nem ugrik vissza érintőképernyőn (#412).</li></ul>"
    "<h2>Frissítés</h2><pre><code>npm install terkep-kit@1.9.0</code></pre></div><details"
    " class='assets'><summary>Fájlok (3)</summary><ul><li><a href='#'>terkep-kit-1.9.0.zip"
    "</a></li><li><a href='#'>Forráskód (tar.gz)</a></li></ul></details><div"
    " class='reactions'><button>👍 14</button><button>🎉 6</button></div></div></div>",
    (
        "Újdonságok",
        "Vektoros csempék megjelenítése WebGL nélkül is.",
        "függvény a feliratok nyelvéhez.",
        "A nagyítás nem ugrik vissza érintőképernyőn (#412).",
        "npm install terkep-kit@1.9.0",
    ),
    ("Forráskód (tar.gz)", "👍 14"),
    template="app",
    path="terkepkit/releases/tag/v1.9.0",
)

RO = Site(
    lang="ro",
    name="Casa Ta Imobiliare",
    host="casata.example.ro",
    nav=("Vânzări", "Închirieri", "Ansambluri noi", "Agenți"),
    cookie="Acest site folosește cookie-uri.",
    share="Distribuie anunțul",
    newsletter="Primește anunțuri noi pe e-mail.",
    comment="Trimite un mesaj agentului",
    related_title="Anunțuri similare",
    related=("Casă cu 3 camere, Sibiu", "Vilă, Cisnădie"),
    footer="Casa Ta Imobiliare, membru ARAI.",
)

add(
    "house_for_sale",
    RO,
    "Casă tradițională cu livadă, Gura Râului",
    "<div class='anunt'><h1>Casă tradițională cu livadă, Gura Râului</h1><div class='pret'>"
    "129.000 €</div><div class='actiuni'><button>Adaugă la favorite</button><button>Arată"
    " numărul de telefon</button></div><ul class='caracteristici'><li>Suprafață utilă: 140"
    " m²</li><li>Teren: 1.800 m²</li><li>An construcție: 1936</li></ul><div"
    " class='descriere'><h2>Descriere</h2>"
    + paras(
        "Casa a fost renovată în 2022 cu păstrarea sobelor de teracotă și a grinzilor originale.",
        "Livada are 24 de pomi fructiferi, iar pârâul trece la capătul terenului.",
        "Se vinde cu mobilier; actele sunt în regulă, intabulare la zi.",
    )
    + "</div><div class='credit-calc'><h3>Calculează rata lunară</h3></div>"
    + related(RO)
    + "</div>",
    (
        "păstrarea sobelor de teracotă și a grinzilor originale.",
        "Livada are 24 de pomi fructiferi",
        "Se vinde cu mobilier; actele sunt în regulă, intabulare la zi.",
    ),
    ("Adaugă la favorite", "Arată numărul de telefon", "Calculează rata lunară"),
    template="theme",
    path="anunt/casa-gura-raului-55120",
)

CS = Site(
    lang="cs",
    name="Fotbal Vysočina",
    host="fotbal-vysocina.example.cz",
    nav=("Zprávy", "Krajský přebor", "Tabulky", "Mládež"),
    cookie="Tento web používá soubory cookie.",
    share="Sdílet zápas",
    newsletter="Odebírejte výsledky víkendu e-mailem.",
    comment="Přidat komentář",
    related_title="Další zprávy",
    related=("Třebíč posílila obranu", "Pelhřimov hledá trenéra"),
    footer="Fotbal Vysočina, zpravodajství z regionu.",
)

add(
    "match_report_lineup_lists",
    CS,
    "Jihlava B porazila Havlíčkův Brod 3:1",
    "<article class='match-report'><h1>Jihlava B porazila Havlíčkův Brod 3:1</h1><p"
    " class='score-line'>Poločas 1:1 · Diváci 420</p><div class='text'>"
    + paras(
        "Domácí šli do vedení už ve 12. minutě, když Novotný zakončil přízemní střelou k tyči.",
        "Po změně stran rozhodl dvěma góly střídající Pospíšil.",
    )
    + "<h3>Sestavy</h3><p><b>Jihlava B:</b></p><ul><li>Kratochvíl</li><li>Beneš, Marek,"
    " Vrba, Hájek</li><li>Novotný, Sýkora</li></ul><p><b>Havlíčkův Brod:</b></p><ul><li>"
    "Doležal</li><li>Kučera, Zeman, Blažek, Kolář</li></ul><p>Rozhodčí: Urban</p></div>"
    "<div class='tabulka-widget'><h3>Tabulka krajského přeboru</h3><ol><li>Jihlava B 31</li>"
    "<li>Humpolec 29</li></ol></div>" + share(CS) + "</article>",
    (
        "Novotný zakončil přízemní střelou k tyči.",
        "Po změně stran rozhodl dvěma góly střídající Pospíšil.",
        "Sestavy",
        "Beneš, Marek, Vrba, Hájek",
        "Kučera, Zeman, Blažek, Kolář",
    ),
    ("Tabulka krajského přeboru", "Humpolec 29"),
    template="portal",
    path="zapasy/2026/jihlava-b-havlickuv-brod",
)

KK = Site(
    lang="kk",
    name="Дастарқан",
    host="dastarqan.example.kz",
    nav=("Рецепттер", "Ұлттық тағамдар", "Тәттілер", "Мақалалар"),
    cookie="Сайт cookie файлдарын пайдаланады.",
    share="Рецептпен бөлісу",
    newsletter="Апта сайын жаңа рецепт алыңыз.",
    comment="Пікір қалдыру",
    related_title="Ұқсас рецепттер",
    related=("Бауырсақ", "Қуырдақ"),
    footer="Дастарқан — отбасылық рецепттер сайты.",
)

add(
    "recipe_step_divs",
    KK,
    "Қазы қосылған палау",
    "<div class='recipe-page'><h1>Қазы қосылған палау</h1><div class='recipe-meta'><span>"
    "Дайындау уақыты: 1 сағ 30 мин</span><span>Порция: 6</span><button class='print'>"
    "Басып шығару</button><button class='save'>Сақтау</button></div>"
    + paras("Мерекелік дастарқанға арналған, қазының хош иісі сіңген палау.")
    + "<h2>Құрамы</h2><ul><li>Күріш — 500 г</li><li>Қазы — 300 г</li><li>Сәбіз — 3 дана"
    "</li></ul><h2>Дайындалуы</h2><div class='step'><span class='step-num'>1</span><p>"
    "Күрішті жылы суға бір сағат бұрын салып қойыңыз.</p></div><div class='step'><span"
    " class='step-num'>2</span><p>Қазанда пиязды, сәбізді қуырып, қазыны қосыңыз.</p></div>"
    "<div class='step'><span class='step-num'>3</span><p>Күрішті салып, су құйып, қақпағын"
    " жауып, 40 минут баяу отта бұқтырыңыз.</p></div><table class='nutrition'><tr><td>"
    "Калория</td><td>540 ккал</td></tr></table></div>" + newsletter(KK),
    (
        "қазының хош иісі сіңген палау.",
        "Қазы — 300 г",
        "Күрішті жылы суға бір сағат бұрын салып қойыңыз.",
        "Қазанда пиязды, сәбізді қуырып, қазыны қосыңыз.",
        "40 минут баяу отта бұқтырыңыз.",
    ),
    ("Басып шығару", "Сақтау"),
    template="theme",
    path="recipe/qazy-palau",
)
