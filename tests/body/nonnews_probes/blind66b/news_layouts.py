"""The blind66b probe's news pages: a Hindi story split by ad slots and teasers, a Bengali
story in a <div> of <br>s, a Thai story in two columns of a layout table, a Vietnamese story
with a sticky "most read" rail inside the article, an Indonesian article's page 2, a Swahili
live blog, a Ukrainian interview of bold questions, a Greek photo essay, a Japanese
obituary, an Urdu story with an inline teaser and a Taiwanese letters page."""

from __future__ import annotations

from ..blind66._kit import comment_prompt, newsletter, paras, related, share
from ._kit import Site, ad_slot, add, teaser

HI = Site(
    lang="hi",
    name="नगर समाचार",
    host="nagarsamachar.example.in",
    nav=("देश", "राज्य", "शहर", "खेल", "मनोरंजन"),
    cookie="हम आपके अनुभव को बेहतर बनाने के लिए कुकीज़ का उपयोग करते हैं।",
    share="यह खबर साझा करें",
    newsletter="रोज़ की बड़ी खबरें सीधे अपने ईमेल पर पाने के लिए सदस्यता लें।",
    comment="अपनी राय लिखें",
    related_title="शहर की और खबरें",
    related=("पुराने पुल की मरम्मत फिर टली", "जिला अस्पताल में नई ओपीडी शुरू"),
    footer="सर्वाधिकार सुरक्षित। बिना अनुमति सामग्री का उपयोग वर्जित है।",
)

add(
    "story_ad_slots_teasers",
    HI,
    "रामगढ़ में नया जल शोधन संयंत्र शुरू",
    "<article class='story'><h1 class='story-headline'>रामगढ़ में नया जल शोधन संयंत्र शुरू</h1>"
    "<div class='byline'>संवाददाता, रामगढ़ | 6 दिसंबर 2026</div><div class='story-body'>"
    + paras(
        "नदी किनारे बसे रामगढ़ कस्बे में सोमवार को नगर परिषद ने नए जल शोधन संयंत्र का उद्घाटन"
        " किया, जिससे करीब चालीस हजार लोगों को साफ पानी मिलेगा।",
        "परिषद की अध्यक्ष सुमन तिवारी ने बताया कि संयंत्र को पूरा होने में तीन साल लगे और इसकी"
        " लागत अठारह करोड़ रुपये रही।",
    )
    + ad_slot("विज्ञापन", 1)
    + teaser("यह भी पढ़ें", "बारिश से पहले नालों की सफाई का काम अधूरा", 11)
    + paras("स्थानीय निवासी हरीश यादव ने कहा कि गर्मियों में टैंकरों पर निर्भरता अब खत्म हो सकती है।")
    + ad_slot("विज्ञापन", 2)
    + paras("अगले चरण में पुराने मोहल्लों की पाइपलाइन बदली जाएगी, जिसका काम मार्च तक शुरू होने की उम्मीद है।")
    + teaser("ये भी देखें", "रामगढ़ के स्कूलों में लगेंगे सौर पैनल", 12)
    + ad_slot("विज्ञापन", 3)
    + "</div>"
    + share(HI)
    + "</article>",
    (
        "नदी किनारे बसे रामगढ़ कस्बे में सोमवार को नगर परिषद ने नए जल शोधन संयंत्र का उद्घाटन",
        "परिषद की अध्यक्ष सुमन तिवारी ने बताया कि संयंत्र को पूरा होने में तीन साल लगे",
        "स्थानीय निवासी हरीश यादव ने कहा कि गर्मियों में टैंकरों पर निर्भरता अब खत्म हो सकती है।",
        "अगले चरण में पुराने मोहल्लों की पाइपलाइन बदली जाएगी",
    ),
    (
        "विज्ञापन",
        "यह भी पढ़ें",
        "बारिश से पहले नालों की सफाई का काम अधूरा",
        "रामगढ़ के स्कूलों में लगेंगे सौर पैनल",
    ),
)

BN = Site(
    lang="bn",
    name="পল্লীকণ্ঠ",
    host="pollikontho.example.com.bd",
    nav=("জাতীয়", "সারাদেশ", "অর্থনীতি", "খেলা", "বিনোদন"),
    cookie="আমাদের ওয়েবসাইট আপনার অভিজ্ঞতা উন্নত করতে কুকি ব্যবহার করে।",
    share="খবরটি শেয়ার করুন",
    newsletter="প্রতিদিনের গুরুত্বপূর্ণ খবর পেতে আমাদের নিউজলেটারে যুক্ত হোন।",
    comment="আপনার মন্তব্য লিখুন",
    related_title="আরও পড়ুন",
    related=("নদীভাঙনে বিলীন তিন গ্রামের স্কুল", "আলুর দাম কমায় হতাশ কৃষক"),
    footer="সম্পাদক ও প্রকাশক: পল্লীকণ্ঠ মিডিয়া লিমিটেড।",
)

add(
    "story_div_br",
    BN,
    "তাঁতপল্লিতে শীতের ব্যস্ততা",
    "<div class='news-title'><h1>তাঁতপল্লিতে শীতের ব্যস্ততা</h1></div><div class='news-info'>"
    "নিজস্ব প্রতিবেদক | প্রকাশ: ০৬ ডিসেম্বর ২০২৬</div><div class='news-details' "
    "id='news-details'>শীতের শুরুতেই কুমারখালীর তাঁতপল্লিতে ব্যস্ততা বেড়েছে কয়েক গুণ।<br><br>"
    "ভোর থেকে রাত পর্যন্ত তাঁতের খটখট শব্দে মুখর থাকে পুরো গ্রাম, কারিগরেরা বলছেন এবার চাদরের"
    " চাহিদা গত বছরের চেয়ে বেশি।<br><br>তাঁতি রহিম শেখ জানান, সুতার দাম বাড়লেও পাইকারেরা আগের"
    " দামেই কাপড় কিনতে চান।<br><br>স্থানীয় সমবায় সমিতি কারিগরদের জন্য স্বল্প সুদে ঋণের ব্যবস্থা"
    " করার কথা ভাবছে।<br></div>" + share(BN) + comment_prompt(BN),
    (
        "শীতের শুরুতেই কুমারখালীর তাঁতপল্লিতে ব্যস্ততা বেড়েছে কয়েক গুণ।",
        "ভোর থেকে রাত পর্যন্ত তাঁতের খটখট শব্দে মুখর থাকে পুরো গ্রাম",
        "তাঁতি রহিম শেখ জানান, সুতার দাম বাড়লেও পাইকারেরা আগের দামেই কাপড় কিনতে চান।",
        "স্থানীয় সমবায় সমিতি কারিগরদের জন্য স্বল্প সুদে ঋণের ব্যবস্থা করার কথা ভাবছে।",
    ),
    template="table",
    path="news/2026/12/06/12345",
)

TH = Site(
    lang="th",
    name="ข่าวชุมชนริมเล",
    host="khaoimle.example.co.th",
    nav=("หน้าแรก", "ท้องถิ่น", "สิ่งแวดล้อม", "กีฬา", "ติดต่อเรา"),
    cookie="เว็บไซต์นี้ใช้คุกกี้เพื่อพัฒนาประสบการณ์การใช้งานของคุณ",
    share="แชร์ข่าวนี้",
    newsletter="สมัครรับจดหมายข่าวรายสัปดาห์ของเราได้ฟรี",
    comment="แสดงความคิดเห็น",
    related_title="ข่าวที่เกี่ยวข้อง",
    related=("ชาวประมงพื้นบ้านเรียกร้องเขตอนุรักษ์", "เทศกาลอาหารทะเลกลับมาอีกครั้ง"),
    footer="สงวนลิขสิทธิ์ ห้ามคัดลอกโดยไม่ได้รับอนุญาต",
)

add(
    "story_two_table_columns",
    TH,
    "ชาวบ้านหนองบัวร่วมปลูกป่าชายเลน",
    "<h1 class='headline'>ชาวบ้านหนองบัวร่วมปลูกป่าชายเลน</h1><p class='date'>6 ธันวาคม 2569"
    "</p><table width='100%' cellpadding='8' class='story-cols'><tr><td width='50%' "
    "valign='top'>"
    + paras(
        "ชาวบ้านในตำบลหนองบัวรวมตัวกันปลูกป่าชายเลนกว่าสามพันต้นเมื่อวันเสาร์ที่ผ่านมา",
        "นายสมศักดิ์ ใจดี ผู้ใหญ่บ้าน กล่าวว่าโครงการนี้เริ่มจากเด็กนักเรียนที่อยากเห็นปูกลับมาอีกครั้ง",
    )
    + "</td><td width='50%' valign='top'>"
    + paras(
        "เจ้าหน้าที่ป่าไม้จะติดตามอัตราการรอดของต้นกล้าทุกเดือนเป็นเวลาหนึ่งปี",
        "ในปีหน้าชุมชนวางแผนจะสร้างสะพานไม้เพื่อให้นักท่องเที่ยวเดินชมป่าได้",
    )
    + "</td></tr></table>"
    + share(TH),
    (
        "ชาวบ้านในตำบลหนองบัวรวมตัวกันปลูกป่าชายเลนกว่าสามพันต้นเมื่อวันเสาร์ที่ผ่านมา",
        "นายสมศักดิ์ ใจดี ผู้ใหญ่บ้าน กล่าวว่าโครงการนี้เริ่มจากเด็กนักเรียนที่อยากเห็นปูกลับมาอีกครั้ง",
        "เจ้าหน้าที่ป่าไม้จะติดตามอัตราการรอดของต้นกล้าทุกเดือนเป็นเวลาหนึ่งปี",
        "ในปีหน้าชุมชนวางแผนจะสร้างสะพานไม้เพื่อให้นักท่องเที่ยวเดินชมป่าได้",
    ),
    template="table",
)

VI = Site(
    lang="vi",
    name="Báo Phố Cảng",
    host="baophocang.example.vn",
    nav=("Thời sự", "Kinh tế", "Đô thị", "Thể thao", "Giải trí"),
    cookie="Chúng tôi sử dụng cookie để cải thiện trải nghiệm đọc báo của bạn.",
    share="Chia sẻ bài viết",
    newsletter="Đăng ký nhận bản tin buổi sáng qua email.",
    comment="Gửi bình luận của bạn",
    related_title="Tin liên quan",
    related=("Thành phố thí điểm làn đường riêng cho xe đạp", "Cảng biển mở rộng bến số ba"),
    footer="Giấy phép hoạt động báo điện tử số 99/GP.",
)

add(
    "story_sticky_most_read",
    VI,
    "Tuyến xe buýt điện đầu tiên lăn bánh",
    "<article class='detail'><header class='detail-header'><h1 class='detail-title'>Tuyến xe"
    " buýt điện đầu tiên lăn bánh</h1><p class='detail-sapo'>Hai mươi xe buýt điện bắt đầu"
    " chở khách trên tuyến ven biển từ sáng nay.</p></header><div class='detail-layout'><div "
    "class='sticky-rail most-read' data-sticky='true'><h3 class='rail-title'>Đọc nhiều nhất"
    "</h3><ol><li><a href='/a1'>Giá vàng hôm nay tăng nhẹ</a></li><li><a href='/a2'>Mưa lớn"
    " gây ngập nhiều tuyến phố</a></li><li><a href='/a3'>Đội tuyển bóng chuyền nữ giành vé dự"
    " giải châu Á</a></li></ol></div><div class='detail-content'>"
    + paras(
        "Sáng nay, tuyến xe buýt điện đầu tiên của thành phố Hòa Khánh chính thức đi vào hoạt"
        " động với hai mươi xe.",
        "Theo ông Trần Văn Lộc, giám đốc công ty vận tải, mỗi xe có thể chạy khoảng hai trăm"
        " cây số sau một lần sạc.",
        "Hành khách đi thử cho biết xe êm, sạch và không còn mùi khói như trước.",
        "Giá vé được giữ nguyên bảy nghìn đồng trong năm đầu tiên.",
    )
    + "</div></div>"
    + share(VI)
    + "</article>",
    (
        "Hai mươi xe buýt điện bắt đầu chở khách trên tuyến ven biển từ sáng nay.",
        "Sáng nay, tuyến xe buýt điện đầu tiên của thành phố Hòa Khánh chính thức đi vào hoạt",
        "mỗi xe có thể chạy khoảng hai trăm cây số sau một lần sạc.",
        "Hành khách đi thử cho biết xe êm, sạch và không còn mùi khói như trước.",
        "Giá vé được giữ nguyên bảy nghìn đồng trong năm đầu tiên.",
    ),
    (
        "Đọc nhiều nhất",
        "Giá vàng hôm nay tăng nhẹ",
        "Mưa lớn gây ngập nhiều tuyến phố",
        "Đội tuyển bóng chuyền nữ giành vé dự giải châu Á",
    ),
    template="app",
)

ID = Site(
    lang="id",
    name="Kabar Nusantara",
    host="kabarnusantara.example.id",
    nav=("Berita", "Daerah", "Ekonomi", "Olahraga", "Gaya Hidup"),
    cookie="Situs ini menggunakan cookie untuk meningkatkan pengalaman Anda.",
    share="Bagikan artikel ini",
    newsletter="Dapatkan berita pilihan setiap pagi langsung di kotak masuk Anda.",
    comment="Tulis komentar Anda",
    related_title="Berita Terkait",
    related=("Harga gabah naik menjelang musim hujan", "Bendungan baru mulai diisi air"),
    footer="Hak cipta dilindungi undang-undang.",
)

add(
    "article_page_two",
    ID,
    "Petani Sukamaju Menanam Padi di Atas Rakit (Halaman 2)",
    "<article class='read'><h1 class='read__title'>Petani Sukamaju Menanam Padi di Atas Rakit"
    "</h1><div class='read__time'>Minggu, 6 Desember 2026 08:15 WIB</div><div "
    "class='read__content'>"
    + paras(
        "Setelah panen pertama gagal, para petani di Desa Sukamaju mulai mencoba menanam padi"
        " dengan sistem apung di atas rakit bambu.",
        "Menurut Ibu Wulan Sari, ketua kelompok tani, rakit itu dapat bertahan hingga tiga"
        " musim tanam jika dirawat dengan baik.",
        "Hasilnya memang belum sebanyak sawah biasa, tetapi setidaknya tanaman tidak lagi"
        " terendam banjir.",
        "Pemerintah kabupaten berjanji membantu bibit dan pelatihan bagi desa-desa lain di"
        " sepanjang sungai.",
    )
    + "</div><div class='paging'><a class='paging__link' href='?page=1'>Halaman Sebelumnya"
    "</a><a class='paging__link' href='?page=1'>1</a><span class='paging__link--active'>2"
    "</span><a class='paging__link' href='?page=3'>3</a><a class='paging__link' "
    "href='?page=3'>Halaman Selanjutnya</a></div>" + share(ID) + "</article>",
    (
        "Setelah panen pertama gagal, para petani di Desa Sukamaju mulai mencoba menanam padi",
        "rakit itu dapat bertahan hingga tiga musim tanam jika dirawat dengan baik.",
        "Hasilnya memang belum sebanyak sawah biasa",
        "Pemerintah kabupaten berjanji membantu bibit dan pelatihan bagi desa-desa lain",
    ),
    ("Halaman Sebelumnya", "Halaman Selanjutnya"),
    path="read/2026/12/06/petani-sukamaju-rakit?page=2",
)

SW = Site(
    lang="sw",
    name="Sauti ya Pwani",
    host="sautiyapwani.example.co.tz",
    nav=("Habari", "Siasa", "Biashara", "Michezo", "Burudani"),
    cookie="Tovuti hii inatumia vidakuzi ili kuboresha huduma zetu.",
    share="Shiriki habari hii",
    newsletter="Jiandikishe kupokea habari muhimu kila asubuhi kwa barua pepe.",
    comment="Andika maoni yako",
    related_title="Habari zinazohusiana",
    related=("Bei ya mafuta yapanda tena", "Timu ya taifa yajiandaa kwa mechi ya kirafiki"),
    footer="Haki zote zimehifadhiwa.",
)


def _live_post(time: str, text: str) -> str:
    return (
        f"<div class='live-post'><div class='live-post__time'><time datetime='2026-12-06T"
        f"{time}'>{time}</time></div><div class='live-post__body'><p>{text}</p></div></div>"
    )


add(
    "live_blog_posts",
    SW,
    "MUBASHARA: Upigaji kura Pwani Mpya",
    "<div class='live-page'><h1 class='live-title'>MUBASHARA: Upigaji kura Pwani Mpya</h1>"
    "<p class='live-intro'>Tunakuletea taarifa za moja kwa moja kutoka vituo vya kupigia"
    " kura katika mkoa wa Pwani Mpya.</p><div class='live-feed'>"
    + _live_post(
        "14:10", "Mvua ndogo imenyesha lakini wapiga kura wengi wamebaki kwenye mistari yao."
    )
    + _live_post(
        "12:45",
        "Foleni ndefu zimeripotiwa katika kituo cha shule ya msingi Mnazi, ambapo wazee"
        " wamepewa kipaumbele.",
    )
    + _live_post(
        "11:20",
        "Msimamizi wa uchaguzi, Bi. Amina Juma, amesema mashine zote za kielektroniki"
        " zinafanya kazi vizuri.",
    )
    + _live_post(
        "10:05",
        "Wapiga kura wameanza kufika katika vituo vya kupigia kura mjini Pwani Mpya tangu"
        " alfajiri.",
    )
    + "</div><button class='live-load-more'>Onyesha taarifa za awali</button></div>"
    + share(SW),
    (
        "Tunakuletea taarifa za moja kwa moja kutoka vituo vya kupigia kura",
        "Mvua ndogo imenyesha lakini wapiga kura wengi wamebaki kwenye mistari yao.",
        "Foleni ndefu zimeripotiwa katika kituo cha shule ya msingi Mnazi",
        "Msimamizi wa uchaguzi, Bi. Amina Juma, amesema mashine zote za kielektroniki",
        "Wapiga kura wameanza kufika katika vituo vya kupigia kura mjini Pwani Mpya",
    ),
    ("Onyesha taarifa za awali",),
    template="app",
)

UK = Site(
    lang="uk",
    name="Полтавський вісник",
    host="pvisnyk.example.ua",
    nav=("Новини", "Культура", "Місто", "Спорт", "Афіша"),
    cookie="Ми використовуємо файли cookie, щоб сайт працював краще.",
    share="Поділитися",
    newsletter="Підписуйтеся на нашу щотижневу розсилку культурних новин.",
    comment="Залиште коментар",
    related_title="Читайте також",
    related=("У місті відкрили нову бібліотеку", "Фестиваль вишиванки збере майстрів"),
    footer="Усі права захищено. Використання матеріалів лише з посиланням.",
)

add(
    "interview_bold_questions",
    UK,
    "Олена Дорош: «Глечик пам'ятає руки, що його зліпили»",
    "<article class='post'><h1 class='entry-title'>Олена Дорош: «Глечик пам'ятає руки, що його"
    " зліпили»</h1><div class='entry-content'><p class='lead'><em>Керамістка Олена Дорош уже"
    " десять років збирає старі глечики з сіл Полтавщини. Ми поговорили з нею про новий музей"
    " у Решетилівці.</em></p>"
    "<p><strong>— Як виникла ідея музею?</strong></p>"
    "<p>— Спочатку це була просто полиця в майстерні, але люди почали приносити свої речі, і"
    " полиці швидко закінчилися.</p>"
    "<p><strong>— Що найцінніше у вашій колекції?</strong></p>"
    "<p>— Мабуть, глечик з відбитком дитячої долоні, якому понад сто років.</p>"
    "<p><strong>— Чи плануєте ви майстер-класи?</strong></p>"
    "<p>— Так, щосуботи ми вчитимемо дітей ліпити з глини.</p>"
    "<p class='author'>Розмовляла Ірина Коваль</p></div>"
    + newsletter(UK)
    + share(UK)
    + related(UK)
    + comment_prompt(UK)
    + "</article>",
    (
        "Керамістка Олена Дорош уже десять років збирає старі глечики з сіл Полтавщини.",
        "Як виникла ідея музею?",
        "Спочатку це була просто полиця в майстерні",
        "Що найцінніше у вашій колекції?",
        "Мабуть, глечик з відбитком дитячої долоні, якому понад сто років.",
        "Чи плануєте ви майстер-класи?",
        "Так, щосуботи ми вчитимемо дітей ліпити з глини.",
    ),
)

EL = Site(
    lang="el",
    name="Αιγαίο Σήμερα",
    host="aigaiosimera.example.gr",
    nav=("Ειδήσεις", "Νησιά", "Πολιτισμός", "Φωτογραφία", "Αθλητικά"),
    cookie="Χρησιμοποιούμε cookies για να βελτιώσουμε την εμπειρία σας.",
    share="Μοιραστείτε το αφιέρωμα",
    newsletter="Εγγραφείτε στο ενημερωτικό μας δελτίο για τα νέα των νησιών.",
    comment="Γράψτε το σχόλιό σας",
    related_title="Δείτε επίσης",
    related=("Το τελευταίο καρνάγιο της Σύμης", "Οι μελισσοκόμοι της Ικαρίας"),
    footer="Με την επιφύλαξη παντός δικαιώματος.",
)


def _photo(n: int, caption: str, credit: str) -> str:
    return (
        f"<figure class='essay-photo'><img src='/essay/{n}.jpg' alt='' width='1200'><figcaption>"
        f"<span class='caption-text'>{caption}</span> <span class='credit'>{credit}</span>"
        "</figcaption></figure>"
    )


add(
    "photo_essay_captions",
    EL,
    "Μια μέρα με τους ψαράδες της Καλύμνου",
    "<article class='photo-essay'><h1 class='essay-title'>Μια μέρα με τους ψαράδες της Καλύμνου"
    "</h1><p class='essay-intro'>Από το ξημέρωμα ως την επιστροφή στο λιμάνι, με μια μικρή"
    " βάρκα και τρεις γενιές ψαράδων.</p><div class='essay-photos'>"
    + _photo(
        1,
        "Στις πέντε το πρωί ο καπετάν Μανώλης ελέγχει τα δίχτυα πριν βγει στη θάλασσα.",
        "Φωτογραφία: Νίκος Παππάς",
    )
    + _photo(
        2,
        "Ο γιος του, δεκαέξι χρονών, μαθαίνει να δένει κόμπους που θυμάται από τον παππού του.",
        "Φωτογραφία: Νίκος Παππάς",
    )
    + _photo(3, "Η ψαριά της ημέρας: λίγα μπαρμπούνια και ένα χταπόδι.", "Φωτογραφία: Νίκος Παππάς")
    + _photo(
        4,
        "Το απόγευμα οι γυναίκες του χωριού καθαρίζουν τα ψάρια στην προκυμαία.",
        "Φωτογραφία: Νίκος Παππάς",
    )
    + "</div></article>"
    + share(EL),
    (
        "Από το ξημέρωμα ως την επιστροφή στο λιμάνι",
        "Στις πέντε το πρωί ο καπετάν Μανώλης ελέγχει τα δίχτυα πριν βγει στη θάλασσα.",
        "μαθαίνει να δένει κόμπους που θυμάται από τον παππού του.",
        "Η ψαριά της ημέρας: λίγα μπαρμπούνια και ένα χταπόδι.",
        "Το απόγευμα οι γυναίκες του χωριού καθαρίζουν τα ψάρια στην προκυμαία.",
    ),
    template="app",
)

JA = Site(
    lang="ja",
    name="山里新報",
    host="yamazato-shimpo.example.jp",
    nav=("ニュース", "地域", "文化", "スポーツ", "おくやみ"),
    cookie="当サイトではサービス向上のためにクッキーを使用しています。",
    share="この記事を共有する",
    newsletter="メールマガジンに登録して毎朝の主要ニュースを受け取る",
    comment="コメントを書く",
    related_title="関連記事",
    related=("窯元めぐりの春まつり、今年も開催へ", "伝統工芸の後継者育成に補助金"),
    footer="掲載記事の無断転載を禁じます。",
)

add(
    "obituary",
    JA,
    "陶芸家の森田静子さん死去　九十一歳",
    "<article class='article'><h1 class='article-title'>陶芸家の森田静子さん死去　九十一歳</h1>"
    "<div class='article-date'>2026年12月6日 9時30分</div><div class='article-body'>"
    + paras(
        "素朴な灰釉の器で知られた陶芸家の森田静子（もりた・しずこ）さんが三日、老衰のため亡くなった。"
        "九十一歳だった。",
        "一九三五年、山間の窯元の家に生まれ、父のもとで十五歳から土に触れた。",
        "晩年まで毎朝ろくろに向かい、地元の子どもたちに器づくりを教え続けた。",
        "葬儀は近親者のみで営む。喪主は長男の森田健一さん。",
    )
    + "</div>"
    + share(JA)
    + related(JA)
    + "</article>",
    (
        "素朴な灰釉の器で知られた陶芸家の森田静子（もりた・しずこ）さんが三日、老衰のため亡くなった。",
        "一九三五年、山間の窯元の家に生まれ、父のもとで十五歳から土に触れた。",
        "晩年まで毎朝ろくろに向かい、地元の子どもたちに器づくりを教え続けた。",
        "葬儀は近親者のみで営む。",
    ),
)

UR = Site(
    lang="ur",
    name="روزنامہ شہر",
    host="roznamashehr.example.pk",
    nav=("قومی", "شہر", "کاروبار", "کھیل", "ثقافت"),
    cookie="ہماری ویب سائٹ آپ کے تجربے کو بہتر بنانے کے لیے کوکیز استعمال کرتی ہے۔",
    share="یہ خبر شیئر کریں",
    newsletter="روزانہ کی اہم خبریں ای میل پر حاصل کرنے کے لیے سبسکرائب کریں۔",
    comment="اپنی رائے دیں",
    related_title="متعلقہ خبریں",
    related=("شہر میں پانی کی قلت برقرار", "کرکٹ اکیڈمی میں داخلے شروع"),
    footer="جملہ حقوق محفوظ ہیں۔",
    dir_="rtl",
)

add(
    "story_inline_teaser_rtl",
    UR,
    "پرانے بازار میں نئی عوامی لائبریری کھل گئی",
    "<article class='news-article'><h1 class='news-title'>پرانے بازار میں نئی عوامی لائبریری کھل"
    " گئی</h1><div class='news-meta'>نمائندہ خصوصی | 6 دسمبر 2026</div><div class='news-text'>"
    + paras(
        "شہر کے پرانے بازار میں منگل کی صبح ایک نئی عوامی لائبریری کا افتتاح کیا گیا جس میں دس ہزار"
        " سے زائد کتابیں رکھی گئی ہیں۔",
        "لائبریری کی نگران نسرین اختر نے بتایا کہ بچوں کے لیے ایک الگ کمرہ بنایا گیا ہے جہاں"
        " ہر ہفتے کہانی سنانے کی محفل ہوگی۔",
    )
    + "<p class='also-read'><strong>یہ بھی پڑھیں:</strong> <a href='/news/5521'>شہر میں نئی بس"
    " سروس کا آغاز</a></p>"
    + paras(
        "علاقے کے ایک دکاندار نے کہا کہ نوجوانوں کو اب پڑھنے کے لیے دور نہیں جانا پڑے گا۔",
    )
    + "</div>"
    + share(UR)
    + "</article>",
    (
        "شہر کے پرانے بازار میں منگل کی صبح ایک نئی عوامی لائبریری کا افتتاح کیا گیا",
        "لائبریری کی نگران نسرین اختر نے بتایا کہ بچوں کے لیے ایک الگ کمرہ بنایا گیا ہے",
        "علاقے کے ایک دکاندار نے کہا کہ نوجوانوں کو اب پڑھنے کے لیے دور نہیں جانا پڑے گا۔",
    ),
    ("یہ بھی پڑھیں", "شہر میں نئی بس سروس کا آغاز"),
)

ZH = Site(
    lang="zh-TW",
    name="中港日報",
    host="zhonggang-daily.example.tw",
    nav=("要聞", "地方", "財經", "體育", "民意論壇"),
    cookie="本網站使用Cookie以提供更好的瀏覽體驗。",
    share="分享這篇文章",
    newsletter="訂閱電子報，每天早上收到精選新聞。",
    comment="發表您的意見",
    related_title="延伸閱讀",
    related=("市府宣布明年起擴大公車路網", "河濱步道整修工程將於春節後完工"),
    footer="本網站內容未經授權請勿轉載。",
)


def _letter(title: str, texts: tuple[str, ...], signature: str) -> str:
    return (
        f"<div class='letter'><h2 class='letter-title'>{title}</h2>{paras(*texts)}<p "
        f"class='letter-sign'>{signature}</p></div>"
    )


add(
    "letters_page",
    ZH,
    "讀者投書",
    "<div class='opinion-page'><h1 class='page-title'>讀者投書</h1><div class='letters'>"
    + _letter(
        "公園的路燈該修了",
        (
            "我家附近的河濱公園有一半的路燈已經壞了快兩個月，晚上散步的長輩常常看不清步道。",
            "希望市府能盡快派人檢修，也請在轉角處加裝反光標示。",
        ),
        "（台中市　讀者　林美玲）",
    )
    + _letter(
        "公車班次太少",
        ("每天早上七點的公車總是擠滿學生，下一班要等四十分鐘，希望能在尖峰時段加開班次。",),
        "（新竹縣　讀者　陳志明）",
    )
    + _letter(
        "夜市的垃圾問題",
        ("夜市收攤後滿地的紙杯和竹籤，讓早起的居民很困擾，攤商和市場管理處應該一起想辦法。",),
        "（嘉義市　讀者　王淑芬）",
    )
    + "<p class='letters-note'>投書請寄至編輯部，本報保留刪修權利。</p></div></div>"
    + share(ZH),
    (
        "公園的路燈該修了",
        "我家附近的河濱公園有一半的路燈已經壞了快兩個月，晚上散步的長輩常常看不清步道。",
        "希望市府能盡快派人檢修",
        "公車班次太少",
        "每天早上七點的公車總是擠滿學生",
        "夜市的垃圾問題",
        "夜市收攤後滿地的紙杯和竹籤",
    ),
    template="portal",
    path="opinion/letters/20261206",
)
