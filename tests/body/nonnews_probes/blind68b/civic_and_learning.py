"""The blind68b probe's civic and learning pages: a Russian journal's abstract page, a Hindi
scheme's forms page, a Bengali syllabus, a Tamil public notice, a Georgian museum object, an
Armenian conference programme, a Greek API reference, an Amharic parish newsletter, a
Finnish flat for sale, a Lithuanian job posting, a Basque exhibition and a Swahili podcast
episode."""

from __future__ import annotations

from ..blind66._kit import newsletter, paras, share
from ._kit import Site, add

RU = Site(
    lang="ru",
    name="Вестник прикладной гидрологии",
    host="vestnik-gidro.example.ru",
    nav=("Архив", "Авторам", "Редакция", "Подписка"),
    cookie="Мы используем файлы cookie, чтобы сайт работал удобнее.",
    share="Поделиться статьёй",
    newsletter="Получайте оглавление каждого нового выпуска на почту.",
    comment="Оставить отзыв",
    related_title="Похожие статьи",
    related=("Сток малых рек в период паводка", "Мутность воды в горных водотоках"),
    footer="Журнал зарегистрирован как сетевое издание.",
)

add(
    "journal_abstract_page",
    RU,
    "Сезонная изменчивость уровня грунтовых вод в долине реки Сумеры",
    "<article class='article-details'><h1 class='page_title'>Сезонная изменчивость уровня"
    " грунтовых вод в долине реки Сумеры</h1><ul class='authors'><li><span class='name'>"
    "Ирина А. Колесова</span><span class='affiliation'>Институт водных проблем, Тверь</span>"
    "</li><li><span class='name'>Павел С. Дроздов</span><span class='affiliation'>Тверской"
    " государственный университет</span></li></ul><div class='item doi'>DOI: 10.5555/vpg."
    "2026.4.118</div><div class='obj_buttons'><a class='obj_galley_link pdf' href='#'>Скачать"
    " PDF</a><a class='cite-link' href='#'>Цитировать статью</a><span class='metrics'>"
    "Просмотры: 412</span></div><section class='item abstract'><h2 class='label'>Аннотация"
    "</h2>"
    + paras(
        "По данным 14 наблюдательных скважин за 2019–2025 годы описан годовой ход уровня"
        " грунтовых вод в пойме и на надпойменных террасах.",
        "Весенний подъём уровня запаздывает относительно половодья на 9–16 суток, а его"
        " амплитуда убывает с удалением от русла.",
        "Предложена простая регрессионная модель, объясняющая 78 % дисперсии уровня.",
    )
    + "</section><section class='item keywords'><h2 class='label'>Ключевые слова</h2><span"
    " class='value'>грунтовые воды, пойма, половодье</span></section><section class='item"
    " references'><h2 class='label'>Список литературы</h2><div class='value'><p>Лебедев Н. А."
    " Режим подземных вод. М., 2011.</p><p>Orlova T., Weiss K. Floodplain aquifers. J. Hydrol."
    " 2020. Vol. 584.</p></div></section></article>",
    (
        "описан годовой ход уровня грунтовых вод в пойме",
        "Весенний подъём уровня запаздывает относительно половодья на 9–16 суток",
        "Предложена простая регрессионная модель, объясняющая 78 % дисперсии уровня.",
    ),
    ("Скачать PDF", "Цитировать статью", "Просмотры: 412"),
    template="portal",
    path="index.php/vpg/article/view/1184",
)

HI = Site(
    lang="hi",
    name="जिला उद्यान विभाग",
    host="udyan.example.gov.in",
    nav=("मुखपृष्ठ", "योजनाएँ", "प्रपत्र", "संपर्क"),
    cookie="यह वेबसाइट आपके अनुभव को बेहतर बनाने के लिए कुकीज़ का उपयोग करती है।",
    share="इस पृष्ठ को साझा करें",
    newsletter="नई योजनाओं की सूचना ईमेल पर पाने के लिए पंजीकरण करें।",
    comment="अपना सुझाव लिखें",
    related_title="अन्य योजनाएँ",
    related=("ड्रिप सिंचाई अनुदान योजना", "पॉलीहाउस निर्माण सहायता"),
    footer="इस वेबसाइट की सामग्री जिला उद्यान विभाग द्वारा प्रबंधित है।",
)

add(
    "scheme_forms_page",
    HI,
    "फल-बाग़ स्थापना सहायता योजना",
    "<a class='skip' href='#main'>मुख्य सामग्री पर जाएँ</a><div class='node node--scheme'>"
    "<h1 class='page-title'>फल-बाग़ स्थापना सहायता योजना</h1><div class='field--name-body'>"
    + paras(
        "इस योजना के अंतर्गत छोटे किसानों को आम, अमरूद और आँवले के नए बाग़ लगाने के लिए"
        " पौधों और खाद की लागत का आधा भाग दिया जाता है।"
    )
    + "<h2>पात्रता</h2><ul><li>आवेदक के पास कम से कम 0.2 हेक्टेयर सिंचित भूमि हो।</li>"
    "<li>पिछले पाँच वर्षों में इसी योजना का लाभ न लिया हो।</li></ul><h2>आवश्यक दस्तावेज़"
    "</h2><ol><li>खतौनी की प्रमाणित प्रति</li><li>आधार कार्ड</li><li>बैंक पासबुक का पहला पृष्ठ"
    "</li></ol><h2>अनुदान की दरें</h2><table><tr><th>फसल</th><th>अधिकतम अनुदान (प्रति"
    " हेक्टेयर)</th></tr><tr><td>आम</td><td>₹ 18,000</td></tr><tr><td>अमरूद</td><td>₹ 22,500"
    "</td></tr></table>"
    + paras("आवेदन 31 जनवरी 2027 तक ब्लॉक कार्यालय में जमा किए जा सकते हैं।")
    + "</div><div class='downloads'><a class='btn' href='/f/1.pdf'>आवेदन प्रपत्र डाउनलोड करें"
    " (PDF, 212 KB)</a></div><div class='page-feedback'><p>क्या यह पृष्ठ उपयोगी था?</p>"
    "<button>हाँ</button><button>नहीं</button></div><p class='last-updated'>अंतिम अद्यतन:"
    " 02.12.2026</p>" + share(HI) + "</div>",
    (
        "पौधों और खाद की लागत का आधा भाग दिया जाता है",
        "पात्रता",
        "आवेदक के पास कम से कम 0.2 हेक्टेयर सिंचित भूमि हो।",
        "बैंक पासबुक का पहला पृष्ठ",
        "₹ 22,500",
        "आवेदन 31 जनवरी 2027 तक ब्लॉक कार्यालय में जमा किए जा सकते हैं।",
    ),
    ("क्या यह पृष्ठ उपयोगी था?", "आवेदन प्रपत्र डाउनलोड करें", "मुख्य सामग्री पर जाएँ"),
    template="portal",
    path="yojana/phal-bag-sthapana",
)

BN = Site(
    lang="bn",
    name="নদীতীর বিশ্ববিদ্যালয়",
    host="naditir.example.ac.bd",
    nav=("বিভাগসমূহ", "ভর্তি", "গবেষণা", "যোগাযোগ"),
    cookie="এই ওয়েবসাইট কুকি ব্যবহার করে।",
    share="কোর্সটি শেয়ার করুন",
    newsletter="নতুন কোর্সের খবর পেতে আপনার ইমেল দিন।",
    comment="প্রশ্ন থাকলে লিখুন",
    related_title="এই বিভাগের অন্যান্য কোর্স",
    related=("পরিসংখ্যানের ভূমিকা", "রৈখিক বীজগণিত"),
    footer="নদীতীর বিশ্ববিদ্যালয়, সর্বস্বত্ব সংরক্ষিত।",
)

add(
    "course_syllabus",
    BN,
    "ভূ-তথ্য ব্যবস্থা: পাঠ্যসূচি (GIS-২১৪)",
    "<div class='container'><div class='row'><div class='col-md-9 course-main'><h1>ভূ-তথ্য"
    " ব্যবস্থা: পাঠ্যসূচি (GIS-২১৪)</h1><a class='btn btn-primary enroll' href='#'>এখনই"
    " নিবন্ধন করুন</a>"
    + paras(
        "এই কোর্সে শিক্ষার্থীরা মানচিত্রের স্তর, স্থানাঙ্ক ব্যবস্থা এবং উপগ্রহ চিত্র বিশ্লেষণের মৌলিক পদ্ধতি শিখবে।"
    )
    + "<h2>সাপ্তাহিক পরিকল্পনা</h2><table class='table'><thead><tr><th>সপ্তাহ</th><th>বিষয়"
    "</th></tr></thead><tbody><tr><td>১</td><td>মানচিত্রের অভিক্ষেপ</td></tr><tr><td>২</td>"
    "<td>ভেক্টর ও রাস্টার তথ্য</td></tr><tr><td>৩</td><td>জলাশয়ের সীমানা নির্ধারণ</td></tr>"
    "</tbody></table><h2>মূল্যায়ন</h2><ul><li>সাপ্তাহিক অনুশীলন: ৩০%</li><li>মাঠ প্রকল্প:"
    " ৩০%</li><li>চূড়ান্ত পরীক্ষা: ৪০%</li></ul><h2>পাঠ্যবই</h2>"
    + paras("রহমান, ফ. (২০২২). ভূ-তথ্য ব্যবস্থার হাতেখড়ি. ঢাকা: নদীতীর প্রকাশনী।")
    + "</div><div class='col-md-3 sidebar'><div class='card'><div class='card-body'>"
    "<p>ক্রেডিট: ৩</p><a class='btn' href='#'>সিলেবাস PDF নামান</a></div></div></div>"
    "</div></div>",
    (
        "স্থানাঙ্ক ব্যবস্থা এবং উপগ্রহ চিত্র বিশ্লেষণের",
        "সাপ্তাহিক পরিকল্পনা",
        "জলাশয়ের সীমানা নির্ধারণ",
        "মাঠ প্রকল্প: ৩০%",
        "চূড়ান্ত পরীক্ষা: ৪০%",
        "ভূ-তথ্য ব্যবস্থার হাতেখড়ি",
    ),
    ("এখনই নিবন্ধন করুন", "সিলেবাস PDF নামান"),
    template="theme",
    path="courses/gis-214",
)

TA = Site(
    lang="ta",
    name="மாநகராட்சி குடிநீர் வாரியம்",
    host="kudineer.example.gov.in",
    nav=("முகப்பு", "அறிவிப்புகள்", "புகார்கள்", "தொடர்புக்கு"),
    cookie="இந்த இணையதளம் குக்கீகளைப் பயன்படுத்துகிறது.",
    share="இந்த அறிவிப்பைப் பகிரவும்",
    newsletter="அறிவிப்புகளை குறுஞ்செய்தியில் பெற பதிவு செய்யுங்கள்.",
    comment="உங்கள் கருத்தைப் பதிவிடுக",
    related_title="சமீபத்திய அறிவிப்புகள்",
    related=("வரி செலுத்தும் கடைசி நாள் நீட்டிப்பு", "புதிய இணைப்புக்கான விண்ணப்பம்"),
    footer="உள்ளடக்கம் மாநகராட்சி குடிநீர் வாரியத்தால் வழங்கப்படுகிறது.",
)

add(
    "public_notice_numbered",
    TA,
    "பொது அறிவிப்பு: குடிநீர் விநியோக நிறுத்தம்",
    "<div class='notice-view'><div class='toolbar'><a class='print' href='#'>அச்சிடுக</a>"
    "<a class='fontsize' href='#'>அ+</a><a class='fontsize' href='#'>அ-</a></div><h1>பொது"
    " அறிவிப்பு: குடிநீர் விநியோக நிறுத்தம்</h1><p class='ref'>அறிவிப்பு எண்: கு.வா/442/2026"
    "</p><div class='notice-body'>"
    + paras(
        "வேளச்சேரி நீரேற்று நிலையத்தில் பிரதான குழாய் மாற்றும் பணி நடைபெறுவதால், கீழ்க்கண்ட"
        " பகுதிகளில் 9.12.2026 காலை 6 மணி முதல் 10.12.2026 மாலை 6 மணி வரை குடிநீர் விநியோகம்"
        " இருக்காது."
    )
    + "<ol><li>அண்ணா நகர் கிழக்கு, 3 முதல் 7 தெருக்கள்</li><li>பாரதி காலனி முழுவதும்</li>"
    "<li>ஏரிக்கரை சாலையின் தெற்குப் பகுதி</li></ol>"
    + paras(
        "பொதுமக்கள் தேவையான நீரை முன்கூட்டியே சேமித்து வைத்துக்கொள்ளுமாறு கேட்டுக்"
        " கொள்ளப்படுகிறார்கள். அவசரத் தேவைக்கு லாரி மூலம் நீர் வழங்கப்படும்.",
        "செயற்பொறியாளர், தெற்கு மண்டலம்",
    )
    + "</div>"
    + share(TA)
    + "<p class='visitors'>பார்வையாளர்கள்: 18,204</p></div>",
    (
        "பிரதான குழாய் மாற்றும் பணி நடைபெறுவதால்",
        "பாரதி காலனி முழுவதும்",
        "ஏரிக்கரை சாலையின் தெற்குப் பகுதி",
        "அவசரத் தேவைக்கு லாரி மூலம் நீர் வழங்கப்படும்.",
    ),
    ("அச்சிடுக", "பார்வையாளர்கள்: 18,204"),
    template="table",
    path="arivippu/442-2026",
)

KA = Site(
    lang="ka",
    name="მხარეთმცოდნეობის მუზეუმი",
    host="museum-kolkheti.example.ge",
    nav=("კოლექციები", "გამოფენები", "ვიზიტი", "ბავშვებისთვის"),
    cookie="ვებგვერდი იყენებს ქუქი-ფაილებს.",
    share="გააზიარეთ ექსპონატი",
    newsletter="გამოიწერეთ მუზეუმის სიახლეები ელფოსტით.",
    comment="დატოვეთ კომენტარი",
    related_title="მსგავსი ექსპონატები",
    related=("თიხის დოქი ვაზის ორნამენტით", "ბრინჯაოს სამაჯური"),
    footer="მუზეუმი ღიაა სამშაბათიდან კვირის ჩათვლით.",
)

add(
    "museum_object_page",
    KA,
    "ვერცხლის სასმისი ირმის გამოსახულებით",
    "<div class='object-page'><nav class='breadcrumbs'><a href='/'>კოლექციები</a> / <a"
    " href='/c/metal'>ლითონი</a></nav><div class='object-media'><img src='/o/88.jpg'"
    " alt=''><button class='zoom'>გადიდება</button><a class='download-image' href='#'>"
    "სურათის ჩამოტვირთვა</a></div><div class='object-text'><h1>ვერცხლის სასმისი ირმის"
    " გამოსახულებით</h1><dl class='object-fields'><dt>თარიღი</dt><dd>ძვ. წ. IV საუკუნე</dd>"
    "<dt>მასალა</dt><dd>ვერცხლი, მოოქროვება</dd><dt>ინვენტარის ნომერი</dt><dd>ლ-1182</dd>"
    "</dl>"
    + paras(
        "სასმისი აღმოჩნდა 1978 წელს სოფელ ზემო ჭალასთან, სამარხის გათხრისას.",
        "მის კედელზე ამოტვიფრულია მწოლიარე ირემი, რომლის რქები ჭურჭლის მთელ გარშემოწერილობას"
        " მოიცავს.",
        "ოსტატის ხელწერა ახლოს დგას იმავე ხანის კოლხურ ბეჭდებთან.",
    )
    + "</div><a class='btn tickets' href='/visit'>ბილეთების შეძენა</a></div>",
    (
        "სასმისი აღმოჩნდა 1978 წელს სოფელ ზემო ჭალასთან",
        "მის კედელზე ამოტვიფრულია მწოლიარე ირემი",
        "ოსტატის ხელწერა ახლოს დგას იმავე ხანის კოლხურ ბეჭდებთან.",
    ),
    ("ბილეთების შეძენა", "სურათის ჩამოტვირთვა", "გადიდება"),
    template="app",
    path="collection/object/l-1182",
)

HY = Site(
    lang="hy",
    name="Լեռնային էկոլոգիայի համաժողով",
    host="mountain-eco.example.am",
    nav=("Ծրագիր", "Բանախոսներ", "Վայրը", "Կապ"),
    cookie="Կայքը օգտագործում է թխուկներ։",
    share="Կիսվել ծրագրով",
    newsletter="Բաժանորդագրվեք համաժողովի լուրերին։",
    comment="Հարց տվեք կազմակերպիչներին",
    related_title="Նախորդ համաժողովները",
    related=("Համաժողով 2024, Դիլիջան", "Համաժողով 2022, Ջերմուկ"),
    footer="Կազմակերպիչ՝ Լեռնային էկոլոգիայի ընկերակցություն։",
)

add(
    "conference_programme",
    HY,
    "Ծրագիր՝ մայիսի 14, 2027",
    "<main class='programme'><h1>Ծրագիր՝ մայիսի 14, 2027</h1><div class='event-actions'><a"
    " class='btn register' href='#'>Գրանցվել համաժողովին</a><a class='add-to-calendar'"
    " href='#'>Ավելացնել օրացույցին</a></div>"
    + paras(
        "Համաժողովի առաջին օրը նվիրված է Սևանի ավազանի ջրային ռեսուրսներին և անտառների"
        " վերականգնմանը։"
    )
    + "<table class='schedule'><tr><th>Ժամ</th><th>Նիստ</th><th>Սրահ</th></tr><tr><td>"
    "09:30</td><td>Բացման խոսք</td><td>Մեծ դահլիճ</td></tr><tr><td>10:00</td><td>Սևանի"
    " մակարդակի փոփոխությունները վերջին քսան տարում</td><td>Մեծ դահլիճ</td></tr><tr><td>"
    "11:30</td><td>Կլոր սեղան՝ գիհու անտառների պահպանությունը</td><td>Սրահ Բ</td></tr>"
    "</table><h2>Վայրը</h2>"
    + paras(
        "Նիստերն անցկացվում են Երևանի պետական համալսարանի երկրաբանական մասնաշենքում։"
        " Մուտքը՝ Ալեք Մանուկյան փողոցից։"
    )
    + "<h2>Մասնակցության վճար</h2><ul><li>Ուսանողներ՝ անվճար</li><li>Մյուս մասնակիցներ՝"
    " 15 000 դրամ</li></ul>" + newsletter(HY) + "</main>",
    (
        "նվիրված է Սևանի ավազանի ջրային ռեսուրսներին",
        "Սևանի մակարդակի փոփոխությունները վերջին քսան տարում",
        "Կլոր սեղան՝ գիհու անտառների պահպանությունը",
        "Նիստերն անցկացվում են Երևանի պետական համալսարանի երկրաբանական մասնաշենքում։",
        "Ուսանողներ՝ անվճար",
        "Մյուս մասնակիցներ՝ 15 000 դրամ",
    ),
    ("Գրանցվել համաժողովին", "Ավելացնել օրացույցին"),
    template="theme",
    path="programme/day-1",
)

EL = Site(
    lang="el",
    name="Πύλη προγραμματιστών Καιρός",
    host="developers.kairos.example.gr",
    nav=("Οδηγοί", "Αναφορά API", "SDK", "Κατάσταση"),
    cookie="Χρησιμοποιούμε cookies για τη λειτουργία της τεκμηρίωσης.",
    share="Αντιγραφή συνδέσμου",
    newsletter="Εγγραφείτε για ειδοποιήσεις αλλαγών του API.",
    comment="Αναφέρετε ένα πρόβλημα",
    related_title="Δείτε επίσης",
    related=("Πιστοποίηση με κλειδί", "Όρια αιτημάτων"),
    footer="Η τεκμηρίωση διατίθεται με άδεια CC BY 4.0.",
)

add(
    "api_reference_endpoint",
    EL,
    "GET /v2/forecast/hourly",
    "<div class='docs-layout'><nav class='docs-sidebar'><ul><li><a href='#'>Εισαγωγή</a></li>"
    "<li><a href='#'>Τρέχων καιρός</a></li><li><a href='#'>Ωριαία πρόγνωση</a></li><li><a"
    " href='#'>Ειδοποιήσεις</a></li></ul></nav><article class='docs-content'><h1>GET"
    " /v2/forecast/hourly</h1>"
    + paras(
        "Επιστρέφει την ωριαία πρόγνωση για τις επόμενες 48 ώρες για ένα σημείο που δίνεται"
        " με γεωγραφικό πλάτος και μήκος."
    )
    + "<h2>Παράμετροι</h2><table><tr><th>Όνομα</th><th>Τύπος</th><th>Περιγραφή</th></tr><tr>"
    "<td><code>lat</code></td><td>number</td><td>Γεωγραφικό πλάτος σε δεκαδικές μοίρες"
    "</td></tr><tr><td><code>hours</code></td><td>integer</td><td>Πλήθος ωρών, από 1 έως 48"
    "</td></tr></table><h2>Παράδειγμα αιτήματος</h2><pre><code>curl -H 'X-Key: ΚΛΕΙΔΙ'"
    " 'https://api.kairos.example.gr/v2/forecast/hourly?lat=37.98&amp;lon=23.73'</code></pre>"
    '<h2>Απόκριση</h2><pre><code>{"hours": [{"t": "2026-12-06T10:00Z", "temp":'
    " 14.2}]}</code></pre><div class='docs-feedback'><p>Ήταν χρήσιμη αυτή η σελίδα;</p>"
    "<button>Ναι</button><button>Όχι</button></div><a class='edit-link' href='#'>Επεξεργασία"
    " στο GitHub</a><nav class='docs-pager'><a href='#'>« Τρέχων καιρός</a><a href='#'>"
    "Ειδοποιήσεις »</a></nav></article></div>",
    (
        "Επιστρέφει την ωριαία πρόγνωση για τις επόμενες 48 ώρες",
        "Παράμετροι",
        "Γεωγραφικό πλάτος σε δεκαδικές μοίρες",
        "Πλήθος ωρών, από 1 έως 48",
        "curl -H 'X-Key: ΚΛΕΙΔΙ'",
        '"temp": 14.2',
    ),
    ("Ήταν χρήσιμη αυτή η σελίδα;", "Επεξεργασία στο GitHub", "« Τρέχων καιρός"),
    template="app",
    path="reference/forecast-hourly",
)

AM = Site(
    lang="am",
    name="የቅዱስ ገብርኤል ቤተ ክርስቲያን",
    host="kidus-gebriel.example.org",
    nav=("ዋና ገጽ", "አገልግሎቶች", "መልእክቶች", "ያግኙን"),
    cookie="ይህ ድረ-ገጽ ኩኪዎችን ይጠቀማል።",
    share="ለወዳጆችዎ ያጋሩ",
    newsletter="ሳምንታዊ መልእክታችንን በኢሜል ለመቀበል ይመዝገቡ።",
    comment="አስተያየት ይስጡ",
    related_title="ያለፉ መልእክቶች",
    related=("የኅዳር ወር መልእክት", "የጥቅምት ወር መልእክት"),
    footer="የቅዱስ ገብርኤል ቤተ ክርስቲያን ሰበካ ጉባኤ።",
)

add(
    "parish_newsletter",
    AM,
    "የታኅሣሥ ወር ሳምንታዊ መልእክት",
    "<article class='post newsletter-issue'><h1 class='entry-title'>የታኅሣሥ ወር ሳምንታዊ"
    " መልእክት</h1><div class='entry-content'>"
    + paras("ውድ ምእመናን፣ እንኳን ለታኅሣሥ ወር በሰላም አደረሳችሁ።")
    + "<h3>የዚህ ሳምንት አገልግሎቶች</h3><ul><li>ረቡዕ ምሽት 12 ሰዓት፦ የመዝሙር ጥናት</li><li>ቅዳሜ"
    " ጠዋት 3 ሰዓት፦ የሕፃናት ትምህርት</li></ul><h3>የአዳራሽ እድሳት</h3>"
    + paras(
        "የአዳራሹ ጣሪያ እድሳት በዚህ ወር መጨረሻ ይጠናቀቃል። ለሥራው የረዱትን በጎ ፈቃደኞች ሁሉ እናመሰግናለን።",
        "በሚቀጥለው እሁድ ከቅዳሴ በኋላ የሰበካ ጉባኤ ስብሰባ ይካሄዳል።",
    )
    + "</div><div class='donate-box'><p>ቤተ ክርስቲያኒቱን ለመርዳት እዚህ ይለግሱ።</p><a"
    " class='btn' href='#'>ይለግሱ</a></div>" + newsletter(AM) + "</article>",
    (
        "እንኳን ለታኅሣሥ ወር በሰላም አደረሳችሁ።",
        "የመዝሙር ጥናት",
        "ቅዳሜ ጠዋት 3 ሰዓት፦ የሕፃናት ትምህርት",
        "የአዳራሹ ጣሪያ እድሳት በዚህ ወር መጨረሻ ይጠናቀቃል።",
        "የሰበካ ጉባኤ ስብሰባ ይካሄዳል።",
    ),
    ("ቤተ ክርስቲያኒቱን ለመርዳት እዚህ ይለግሱ።",),
    template="theme",
    path="2026/12/06/tahsas-meliekt",
)

FI = Site(
    lang="fi",
    name="Kotitori",
    host="kotitori.example.fi",
    nav=("Myytävät", "Vuokrattavat", "Välittäjät", "Asuntolaina"),
    cookie="Käytämme evästeitä palvelun kehittämiseen.",
    share="Jaa kohde",
    newsletter="Saat uudet kohteet hakuehdoillasi sähköpostiisi.",
    comment="Kysy kohteesta",
    related_title="Samankaltaiset kohteet",
    related=("Kaksio, Tampere Hervanta, 54 m²", "Rivitalo, Nokia, 78 m²"),
    footer="Kotitori on kiinteistönvälittäjien yhteinen palvelu.",
)

add(
    "flat_for_sale",
    FI,
    "Kolmio, Tampere Pispala, 71 m²",
    "<div class='listing'><div class='gallery'><img src='/k/1.jpg' alt=''><span"
    " class='counter'>1 / 24</span></div><h1>Kolmio, Tampere Pispala, 71 m²</h1><p"
    " class='price'>Velaton hinta 265 000 €</p><button class='save-listing'>Tallenna"
    " suosikiksi</button><section class='description'><h2>Kohteen kuvaus</h2>"
    + paras(
        "Valoisa kolmio vuonna 1954 valmistuneessa kivitalossa, jonka ikkunoista avautuu"
        " näkymä Pyhäjärvelle.",
        "Keittiö on uusittu 2021, ja makuuhuoneissa on alkuperäiset lautalattiat.",
    )
    + "</section><section class='facts'><h2>Perustiedot</h2><table><tr><th>Kerros</th><td>"
    "3 / 4</td></tr><tr><th>Hoitovastike</th><td>312 € / kk</td></tr><tr><th>Tuleva"
    " remontti</th><td>Putkiremontti 2028</td></tr></table></section><div"
    " class='loan-calculator'><h3>Laske lainan kuukausierä</h3><input type='range'></div>"
    "<form class='contact-agent'><h3>Ota yhteyttä välittäjään</h3><input name='n'>"
    "<button>Lähetä</button></form></div>",
    (
        "näkymä Pyhäjärvelle",
        "Keittiö on uusittu 2021, ja makuuhuoneissa on alkuperäiset lautalattiat.",
    ),
    (
        "Tallenna suosikiksi",
        "Laske lainan kuukausierä",
        "Ota yhteyttä välittäjään",
        "1 / 24",
    ),
    template="app",
    path="kohde/2210877",
)

LT = Site(
    lang="lt",
    name="Darbo Lentyna",
    host="darbolentyna.example.lt",
    nav=("Darbo skelbimai", "Įmonės", "Atlyginimai", "Karjeros patarimai"),
    cookie="Naudojame slapukus, kad svetainė veiktų geriau.",
    share="Dalintis skelbimu",
    newsletter="Gaukite naujus skelbimus pagal savo paiešką el. paštu.",
    comment="Palikite atsiliepimą apie darbdavį",
    related_title="Panašūs darbo skelbimai",
    related=("Sandėlio vadovas, Kaunas", "Logistikos koordinatorius, Vilnius"),
    footer="Darbo Lentyna, UAB. Visos teisės saugomos.",
)

add(
    "job_posting_lists",
    LT,
    "Laboratorijos technikas (-ė)",
    "<article class='job-ad'><header><h1>Laboratorijos technikas (-ė)</h1><p"
    " class='company'>UAB „Pieno tyrimai“, Panevėžys</p><p class='salary'>1 650–1 950 €"
    " neatskaičius mokesčių</p><div class='job-actions'><a class='apply-button' href='#'>"
    "Kandidatuoti</a><button class='save-job'>Išsaugoti skelbimą</button></div></header><div"
    " class='job-description'><h2>Darbo pobūdis</h2><ul><li>Ruošti pieno mėginius"
    " cheminei analizei.</li><li>Prižiūrėti ir kalibruoti laboratorijos įrangą.</li></ul>"
    "<h2>Reikalavimai</h2><ul><li>Aukštesnysis arba aukštasis chemijos išsilavinimas.</li>"
    "<li>Gebėjimas dirbti pamainomis.</li></ul><h2>Mes siūlome</h2>"
    + paras(
        "Darbą modernioje laboratorijoje, apmokamus mokymus ir papildomą sveikatos draudimą"
        " nuo pirmo mėnesio."
    )
    + "</div><p class='expires'>Skelbimas galioja iki 2027-01-05</p>"
    + share(LT)
    + "</article>",
    (
        "Ruošti pieno mėginius cheminei analizei.",
        "Prižiūrėti ir kalibruoti laboratorijos įrangą.",
        "Reikalavimai",
        "Gebėjimas dirbti pamainomis.",
        "papildomą sveikatos draudimą nuo pirmo mėnesio.",
    ),
    ("Kandidatuoti", "Išsaugoti skelbimą"),
    template="theme",
    path="skelbimas/laboratorijos-technikas-118842",
)

EU = Site(
    lang="eu",
    name="Itsas Museoa",
    host="itsasmuseoa.example.eus",
    nav=("Erakusketak", "Jarduerak", "Bisita", "Dendan"),
    cookie="Webgune honek cookieak erabiltzen ditu.",
    share="Partekatu erakusketa",
    newsletter="Harpidetu gure buletinera eta jaso jardueren egutegia.",
    comment="Utzi zure iruzkina",
    related_title="Beste erakusketa batzuk",
    related=("Baleazaleak Ternuan", "Itsasargien mendea"),
    footer="Itsas Museoa, Donostiako portuan.",
)

add(
    "exhibition_practical_info",
    EU,
    "Sareak eta eskuak: arrantzaleen emazteen lana",
    "<div class='exhibition'><h1>Sareak eta eskuak: arrantzaleen emazteen lana</h1><p"
    " class='dates'>2027ko urtarrilaren 15etik maiatzaren 30era</p><a class='btn buy'"
    " href='#'>Erosi sarrerak</a>"
    + paras(
        "Erakusketak sare-konpontzaileen, saltzaileen eta kontserba-lantegietako langileen"
        " lana erakusten du, XIX. mendetik gaur egunera arte.",
        "Berrogei argazki eta zazpi lekukotasun grabatu biltzen ditu.",
    )
    + "<div class='practical-info'><h2>Informazio praktikoa</h2><dl><dt>Ordutegia</dt><dd>"
    "Asteartetik igandera, 10:00–19:00</dd><dt>Prezioa</dt><dd>6 €; 12 urtetik beherakoak"
    " doan</dd><dt>Irisgarritasuna</dt><dd>Aretoa igogailuz iristen da</dd></dl></div>"
    + share(EU)
    + "</div>",
    (
        "sare-konpontzaileen, saltzaileen eta kontserba-lantegietako langileen",
        "Berrogei argazki eta zazpi lekukotasun grabatu biltzen ditu.",
        "Asteartetik igandera, 10:00–19:00",
        "12 urtetik beherakoak doan",
    ),
    ("Erosi sarrerak",),
    template="portal",
    path="erakusketak/sareak-eta-eskuak",
)

SW = Site(
    lang="sw",
    name="Sauti ya Shamba",
    host="sautiyashamba.example.co.ke",
    nav=("Vipindi", "Wageni", "Kuhusu", "Changia"),
    cookie="Tovuti hii inatumia vidakuzi.",
    share="Shiriki kipindi hiki",
    newsletter="Jiandikishe upate kipindi kipya kila Jumatatu.",
    comment="Acha maoni yako",
    related_title="Vipindi vingine",
    related=("Kipindi 40: Mbegu za asili", "Kipindi 39: Ufugaji wa nyuki"),
    footer="Sauti ya Shamba hutayarishwa na wakulima kwa ajili ya wakulima.",
)

add(
    "podcast_show_notes",
    SW,
    "Kipindi 41: Kilimo cha mpunga bila mafuriko",
    "<article class='episode'><h1>Kipindi 41: Kilimo cha mpunga bila mafuriko</h1><div"
    " class='player'><audio controls src='/e41.mp3'></audio><span class='duration'>42:18"
    "</span></div><div class='listen-on'><a href='#'>Sikiliza kwenye Spotify</a><a"
    " href='#'>Sikiliza kwenye Apple Podcasts</a></div><div class='show-notes'>"
    + paras(
        "Katika kipindi hiki tunazungumza na Bi. Rehema Mwakyusa, mkulima wa Mbeya anayelima"
        " mpunga kwa kumwagilia kwa vipindi badala ya kufurisha shamba.",
    )
    + "<h3>Tunachozungumza</h3><ul><li>03:10 — Kwa nini alibadili mbinu</li><li>14:45 —"
    " Kiasi cha maji alichookoa</li><li>31:20 — Changamoto za magugu</li></ul><h3>Viungo"
    "</h3><ul><li><a href='#'>Mwongozo wa umwagiliaji wa vipindi (PDF)</a></li></ul></div>"
    + share(SW)
    + "</article>",
    (
        "anayelima mpunga kwa kumwagilia kwa vipindi",
        "Kwa nini alibadili mbinu",
        "Kiasi cha maji alichookoa",
        "Changamoto za magugu",
    ),
    ("Sikiliza kwenye Spotify", "Sikiliza kwenye Apple Podcasts"),
    template="theme",
    path="vipindi/41-mpunga",
)
