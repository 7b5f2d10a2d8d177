"""The blind72a probe's fifth part: photo stories whose long captions are the story (a
must), their counters and credits not; an article with a gallery in its middle (captions
neutral); right-to-left pages quoting a left-to-right sentence; weekly magazines' features
and broadcasters' web articles with their own furniture."""

from __future__ import annotations

from ._kit import ad, add, also, app, bio, comments, letter, paras, portal, related, share, tags
from .words import W


def _photo(n: int, of: int, caption: str, credit: str) -> str:
    return (
        f"<figure class='gallery-item'><img src='/g/{n}.jpg' alt=''><span class='counter'>"
        f"{n}/{of}</span><figcaption><p>{caption}</p><span class='credit'>{credit}</span>"
        "</figcaption></figure>"
    )


w = W["id"]
add(
    "photo_story_long_captions",
    w,
    "FOTO: Sehari Bersama Pedagang Pasar Terapung Lok Baintan",
    portal(
        w,
        "FOTO: Sehari Bersama Pedagang Pasar Terapung Lok Baintan",
        "<div class='photo-story'><h1>FOTO: Sehari Bersama Pedagang Pasar Terapung Lok Baintan"
        "</h1><div class='intro'><p>Sebelum matahari terbit, puluhan perahu kecil sudah "
        "memenuhi Sungai Martapura membawa sayur, buah, dan kue tradisional.</p></div>"
        + _photo(
            1,
            3,
            "Hajah Masriah, 63 tahun, sudah berjualan pisang dan jeruk di Lok Baintan sejak "
            "remaja; ia berangkat dari rumahnya di Sungai Tabuk pukul empat pagi.",
            "Foto: Wartaborneo/Ahmad Rizani",
        )
        + _photo(
            2,
            3,
            "Para pedagang masih melakukan barter, menukar sayur dengan ikan asin atau beras "
            "dengan sesama pedagang di atas perahu.",
            "Foto: Wartaborneo/Ahmad Rizani",
        )
        + _photo(
            3,
            3,
            "Menjelang pukul delapan pagi pasar mulai sepi, dan perahu-perahu kembali ke "
            "kampung masing-masing menyusuri anak sungai.",
            "Foto: Wartaborneo/Ahmad Rizani",
        )
        + f"{share(w)}</div>",
    ),
    (
        "puluhan perahu kecil sudah memenuhi Sungai Martapura",
        "sudah berjualan pisang dan jeruk di Lok Baintan sejak remaja",
        "menukar sayur dengan ikan asin atau beras",
        "perahu-perahu kembali ke kampung masing-masing menyusuri anak sungai.",
    ),
    ("Foto: Wartaborneo/Ahmad Rizani", "1/3", "3/3", w.share),
    path="foto/lok-baintan",
)

w = W["vi"]
add(
    "photo_story_anh_captions_below",
    w,
    "Chợ nổi Cái Răng những ngày cuối năm",
    portal(
        w,
        "Chợ nổi Cái Răng những ngày cuối năm",
        "<div class='photo-detail'><h1>Chợ nổi Cái Răng những ngày cuối năm</h1><p "
        "class='sapo'><b>Những ngày giáp Tết, chợ nổi Cái Răng nhộn nhịp hơn hẳn với hàng "
        "trăm ghe chở dưa hấu, bưởi và hoa kiểng từ các tỉnh miền Tây đổ về.</b></p>"
        + _photo(
            1,
            3,
            "Từ ba giờ sáng, ghe thương hồ đã neo kín một đoạn sông dài gần một cây số; mỗi "
            "ghe treo món hàng mình bán lên cây bẹo để khách nhìn từ xa.",
            "Ảnh: Minh Khang",
        )
        + _photo(
            2,
            3,
            "Bà Năm Thảo, 58 tuổi, bán hủ tiếu trên xuồng ba lá đã hơn ba mươi năm, phục vụ "
            "cả thương lái lẫn du khách.",
            "Ảnh: Minh Khang",
        )
        + _photo(
            3,
            3,
            "Dưa hấu Long An năm nay được mùa, giá bán tại chợ chỉ khoảng tám nghìn đồng mỗi "
            "ký, thấp hơn năm ngoái.",
            "Ảnh: Minh Khang",
        )
        + f"{share(w)}<div class='tags'>{w.tags} <a href='/t'>Cần Thơ</a> <a href='/t2'>"
        "chợ nổi</a></div></div>",
    ),
    (
        "hàng trăm ghe chở dưa hấu, bưởi và hoa kiểng",
        "mỗi ghe treo món hàng mình bán lên cây bẹo",
        "bán hủ tiếu trên xuồng ba lá đã hơn ba mươi năm",
        "giá bán tại chợ chỉ khoảng tám nghìn đồng mỗi ký",
    ),
    ("Ảnh: Minh Khang", "2/3", w.share, w.tags),
)

w = W["ro"]
add(
    "gallery_in_the_middle_of_text",
    w,
    "Cetatea Medievală din Târgu Mureș, restaurată",
    portal(
        w,
        "Cetatea Medievală din Târgu Mureș, restaurată",
        "<div class='article'><h1>Cetatea Medievală din Târgu Mureș, restaurată</h1><div "
        "class='article-text'>"
        + paras(
            "Lucrările de restaurare a zidurilor Cetății Medievale din Târgu Mureș s-au încheiat"
            " după patru ani, iar bastioanele pot fi vizitate din nou.",
            "Primăria a investit peste cinci milioane de euro, din care o parte au venit prin "
            "Programul Operațional Regional.",
        )
        + "<div class='galerie'>"
        + _photo(1, 2, "Bastionul Măcelarilor după restaurare.", "Foto: Gazeta de Mureș")
        + _photo(2, 2, "Curtea interioară, amenajată cu alei noi.", "Foto: Gazeta de Mureș")
        + "</div>"
        + paras(
            "În bastionul Dogarilor va funcționa un muzeu al breslelor, deschis din primăvară.",
            "Accesul în incinta cetății rămâne gratuit, cu excepția expozițiilor temporare.",
        )
        + f"</div>{comments(w)}</div>",
    ),
    (
        "s-au încheiat după patru ani, iar bastioanele pot fi vizitate din nou.",
        "peste cinci milioane de euro",
        "va funcționa un muzeu al breslelor, deschis din primăvară.",
        "Accesul în incinta cetății rămâne gratuit",
    ),
    ("Foto: Gazeta de Mureș", "1/2", w.comments),
)

w = W["ka"]
add(
    "photo_story_gallery_captions",
    w,
    "ფოტოამბავი: რთველი იმერეთში",
    portal(
        w,
        "ფოტოამბავი: რთველი იმერეთში",
        "<div class='gallery-post'><h1>ფოტოამბავი: რთველი იმერეთში</h1><p class='lead'>"
        "იმერეთის სოფლებში რთველი დასრულდა; ამ წელს ყურძნის მოსავალი წინა წელზე მეტია.</p>"
        + _photo(
            1,
            3,
            "სოფელ სვირში ოჯახები ერთად კრეფენ ციცქას და ცოლიკოურს, როგორც ამას"
            " ბაბუებიც აკეთებდნენ.",
            "ფოტო: გიორგი ბერიძე",
        )
        + _photo(
            2,
            3,
            "დაკრეფილ ყურძენს ღვინის ქარხანაში აბარებენ, სადაც კილოგრამში ერთ ლარსა"
            " და ოცდაათ თეთრს იხდიან.",
            "ფოტო: გიორგი ბერიძე",
        )
        + _photo(
            3,
            3,
            "ნაწილი მოსავლისა ოჯახურ ქვევრებში რჩება საოჯახო ღვინისთვის.",
            "ფოტო: გიორგი ბერიძე",
        )
        + f"{share(w)}</div>",
    ),
    (
        "ამ წელს ყურძნის მოსავალი წინა წელზე მეტია.",
        "ოჯახები ერთად კრეფენ ციცქას და ცოლიკოურს",
        "კილოგრამში ერთ ლარსა და ოცდაათ თეთრს იხდიან.",
        "ოჯახურ ქვევრებში რჩება საოჯახო ღვინისთვის.",
    ),
    ("ფოტო: გიორგი ბერიძე", "2/3", w.share),
)

# Right-to-left pages quoting a left-to-right sentence.

w = W["fa"]
add(
    "rtl_with_ltr_english_quote",
    w,
    "یونسکو از ثبت جنگل‌های هیرکانی تقدیر کرد",
    portal(
        w,
        "یونسکو از ثبت جنگل‌های هیرکانی تقدیر کرد",
        "<div class='news-body'><h1>یونسکو از ثبت جنگل‌های هیرکانی تقدیر کرد</h1><div "
        "class='body'>"
        + paras(
            "نماینده یونسکو در سفر به گیلان از اقدامات حفاظتی در جنگل‌های هیرکانی قدردانی کرد.",
            "او در جمع خبرنگاران در رشت به زبان انگلیسی گفت:",
        )
        + "<blockquote dir='ltr' lang='en'><p>The Hyrcanian forests are a living museum, and "
        "the local rangers are their best curators.</p></blockquote>"
        + also(w, "آتش‌سوزی در جنگل‌های سیاهکل مهار شد", shape="p")
        + paras(
            "اداره کل منابع طبیعی گیلان اعلام کرد امسال سی هزار نهال بومی در مناطق آسیب‌دیده "
            "کاشته شده است."
        )
        + f"</div>{tags(w, 'گیلان', 'جنگل', 'یونسکو')}{share(w)}{comments(w)}</div>",
    ),
    (
        "از اقدامات حفاظتی در جنگل‌های هیرکانی قدردانی کرد.",
        "The Hyrcanian forests are a living museum",
        "the local rangers are their best curators.",
        "سی هزار نهال بومی در مناطق آسیب‌دیده کاشته شده است.",
    ),
    ("آتش‌سوزی در جنگل‌های سیاهکل مهار شد", w.read_also, w.tags, w.share, w.comments),
)

w = W["ur"]
add(
    "rtl_with_ltr_quote_and_also_read",
    w,
    "ملتان کے آم یورپ پہنچ گئے",
    portal(
        w,
        "ملتان کے آم یورپ پہنچ گئے",
        "<div class='story-detail'><h1>ملتان کے آم یورپ پہنچ گئے</h1><div class='detail'>"
        + paras(
            "ملتان سے آموں کی پہلی کھیپ ہوائی جہاز کے ذریعے یورپ پہنچ گئی ہے جس میں بیس ٹن "
            "سندھڑی اور چونسا شامل ہیں۔",
        )
        + also(w, "کسانوں کو کھاد کی قلت کا سامنا", shape="p")
        + paras("برآمد کنندگان کی تنظیم کے صدر نے کہا:")
        + "<blockquote dir='ltr' lang='en'><p>Buyers in Europe now ask for Multan by name, not"
        " just Pakistani mangoes.</p></blockquote>"
        + paras(
            "حکام کے مطابق اس سال برآمدات میں گزشتہ سال کے مقابلے میں پندرہ فیصد اضافہ متوقع ہے۔"
        )
        + f"</div>{ad(w)}{share(w)}</div>",
    ),
    (
        "بیس ٹن سندھڑی اور چونسا شامل ہیں۔",
        "Buyers in Europe now ask for Multan by name",
        "پندرہ فیصد اضافہ متوقع ہے۔",
    ),
    ("کسانوں کو کھاد کی قلت کا سامنا", w.read_also, w.advert, w.share),
)

w = W["he"]
add(
    "rtl_with_ltr_quote_and_more_on_site",
    w,
    "כרמיאל: נפתח מרכז חדשנות לתעשייה",
    portal(
        w,
        "כרמיאל: נפתח מרכז חדשנות לתעשייה",
        "<article><h1>כרמיאל: נפתח מרכז חדשנות לתעשייה</h1><div class='article-body'>"
        + paras(
            "מרכז חדשנות חדש לתעשייה המתקדמת נפתח השבוע באזור התעשייה של כרמיאל, ובו עשרים "
            "מעבדות לחברות הזנק.",
            "ראש העירייה אמר בטקס הפתיחה שהמרכז ייתן מענה לצעירים שעוזבים את הגליל.",
            f"<b>{w.read_also}</b> <a href='/m/1'>קו רכבת חדש לצפון ייפתח באביב</a>",
            "נציג חברת התוכנה ההודית שהשתתפה בטקס אמר באנגלית:",
        )
        + "<blockquote dir='ltr'><p>We came to Karmiel because the engineers are here, not "
        "because of the tax breaks.</p></blockquote>"
        + paras("המרכז ימומן בחלקו על ידי משרד הכלכלה בשלוש השנים הראשונות.")
        + f"</div>{tags(w, 'כרמיאל', 'תעשייה')}{letter(w)}</article>",
    ),
    (
        "ובו עשרים מעבדות לחברות הזנק.",
        "ייתן מענה לצעירים שעוזבים את הגליל.",
        "We came to Karmiel because the engineers are here",
        "ימומן בחלקו על ידי משרד הכלכלה בשלוש השנים הראשונות.",
    ),
    ("קו רכבת חדש לצפון ייפתח באביב", w.read_also, w.tags, w.newsletter),
)

# Weekly magazines and broadcasters.

w = W["hu"]
add(
    "weekly_feature_bio_and_donation",
    w,
    "Az utolsó tiszai révész",
    portal(
        w,
        "Az utolsó tiszai révész",
        "<article class='magazin-cikk'><div class='rovat'>Hétvégi magazin</div><h1>Az utolsó "
        "tiszai révész</h1><p class='felvezeto'>Negyven éve viszi át az embereket a Tiszán "
        "Kovács Lajos, de a tervezett híd után nem lesz szükség a kompra.</p><div class='torzs'>"
        + paras(
            "Hajnali ötkor már a parton áll, és a köd ellenére is pontosan tudja, hol fut a "
            "sodrás.",
            "A komp hetente kétszáz autót és háromszor annyi kerékpárost visz át Tiszasas és "
            "Csépa között.",
        )
        + "<h2>A híd, amely mindent megváltoztat</h2>"
        + paras(
            "A megyei önkormányzat 2028-ra ígéri az új hidat, amely félórás utat spórol meg a "
            "falvaknak.",
            "„Örülök neki, csak nem tudom, mit csinálok majd reggelente” – mondja Kovács.",
        )
        + "</div>"
        + bio(
            "Szabó Eszter",
            "Szabó Eszter a Tiszamenti Hírlap riportere, vidéki mesterségekről és a folyó "
            "mentén élőkről ír.",
        )
        + "<div class='tamogatas'><p>Támogassa a független helyi újságírást! Már havi 1000 "
        "forinttal is sokat segít.</p><a href='/tamogatas'>Támogatom</a></div>"
        + related(w, "Halászléfőző verseny Szolnokon", "Bezár a martfűi cipőgyár")
        + "</article>",
    ),
    (
        "Negyven éve viszi át az embereket a Tiszán Kovács Lajos",
        "hol fut a sodrás.",
        "kétszáz autót és háromszor annyi kerékpárost visz át",
        "A híd, amely mindent megváltoztat",
        "félórás utat spórol meg a falvaknak.",
        "nem tudom, mit csinálok majd reggelente",
    ),
    (
        "vidéki mesterségekről és a folyó mentén élőkről ír",
        "Támogassa a független helyi újságírást!",
        "Már havi 1000 forinttal is sokat segít.",
        "Támogatom",
        w.related,
        "Halászléfőző verseny Szolnokon",
        "Bezár a martfűi cipőgyár",
    ),
    path="magazin/revesz",
)

w = W["el"]
add(
    "weekly_interview_bold_questions",
    w,
    "Μαρία Σταυράκη: «Το χωριό χρειάζεται σχολείο, όχι υποσχέσεις»",
    portal(
        w,
        "Μαρία Σταυράκη: «Το χωριό χρειάζεται σχολείο, όχι υποσχέσεις»",
        "<article class='interview'><h1>Μαρία Σταυράκη: «Το χωριό χρειάζεται σχολείο, όχι "
        "υποσχέσεις»</h1><div class='entry'>"
        + paras(
            "Η δασκάλα από τα Ανώγεια μιλά για το κλείσιμο του δημοτικού σχολείου και τον "
            "αγώνα των γονιών να το κρατήσουν ανοιχτό.",
            "<strong>Πόσα παιδιά έχει σήμερα το σχολείο;</strong>",
            "Δεκαεννέα, και του χρόνου θα είναι είκοσι τρία, γιατί επέστρεψαν δύο οικογένειες "
            "από την Αθήνα.",
            "<strong>Τι σας είπε το υπουργείο;</strong>",
            "Ότι θα εξετάσει το θέμα. Το ίδιο μας λένε εδώ και τρία χρόνια.",
        )
        + ad(w)
        + paras(
            "<strong>Τι θα κάνετε αν κλείσει;</strong>",
            "Θα κάνουμε μάθημα στην πλατεία, αν χρειαστεί. Δεν θα στείλουμε εξάχρονα παιδιά "
            "μία ώρα δρόμο κάθε πρωί.",
        )
        + f"</div>{share(w)}{app(w)}</article>",
    ),
    (
        "μιλά για το κλείσιμο του δημοτικού σχολείου",
        "Πόσα παιδιά έχει σήμερα το σχολείο;",
        "επέστρεψαν δύο οικογένειες από την Αθήνα.",
        "Τι σας είπε το υπουργείο;",
        "Το ίδιο μας λένε εδώ και τρία χρόνια.",
        "Τι θα κάνετε αν κλείσει;",
        "Θα κάνουμε μάθημα στην πλατεία",
    ),
    (w.advert, w.share, w.app),
)

w = W["bn"]
add(
    "broadcaster_web_article_ads_and_app",
    w,
    "চলনবিলে পরিযায়ী পাখির ভিড়",
    portal(
        w,
        "চলনবিলে পরিযায়ী পাখির ভিড়",
        "<div class='tv-news'><div class='video-player'><span>ভিডিও দেখুন</span></div><h1>"
        "চলনবিলে পরিযায়ী পাখির ভিড়</h1><div class='news-text'>"
        + paras(
            "শীত শুরু হতেই নাটোর ও সিরাজগঞ্জের চলনবিলে ভিড় করেছে হাজারো পরিযায়ী পাখি।",
            "বন বিভাগ জানিয়েছে, এবার অন্তত চল্লিশ প্রজাতির পাখি দেখা গেছে, যা গত বছরের চেয়ে বেশি।",
        )
        + ad(w)
        + also(w, "হালতি বিলে মাছ ধরার উৎসব")
        + paras(
            "পাখি শিকার বন্ধে স্থানীয় স্বেচ্ছাসেবকেরা রাতে বিলের পাড়ে পাহারা দিচ্ছেন।",
            "পাখি দেখতে আসা পর্যটকদের নৌকা নিয়ে বিলের ভেতরে না যাওয়ার অনুরোধ করেছে প্রশাসন।",
        )
        + f"</div>{app(w)}{share(w)}</div>",
    ),
    (
        "চলনবিলে ভিড় করেছে হাজারো পরিযায়ী পাখি।",
        "অন্তত চল্লিশ প্রজাতির পাখি দেখা গেছে",
        "স্থানীয় স্বেচ্ছাসেবকেরা রাতে বিলের পাড়ে পাহারা দিচ্ছেন।",
        "নৌকা নিয়ে বিলের ভেতরে না যাওয়ার অনুরোধ করেছে প্রশাসন।",
    ),
    ("ভিডিও দেখুন", "হালতি বিলে মাছ ধরার উৎসব", w.read_also, w.advert, w.app, w.share),
)

w = W["tr"]
add(
    "broadcaster_article_list_and_also_boxes",
    w,
    "Kış lastiği zorunluluğu başladı: Bilmeniz gerekenler",
    portal(
        w,
        "Kış lastiği zorunluluğu başladı: Bilmeniz gerekenler",
        "<div class='news-detail'><h1>Kış lastiği zorunluluğu başladı: Bilmeniz gerekenler"
        "</h1><h2 class='spot'>Ticari araçlar için kış lastiği zorunluluğu 1 Aralık itibarıyla "
        "başladı ve 1 Nisan'a kadar sürecek.</h2><div class='news-body'>"
        + paras(
            "Karayolları Trafik Yönetmeliği'ne göre zorunluluk şehirlerarası yolcu ve yük "
            "taşıyan araçları kapsıyor.",
        )
        + "<ul><li>Lastik diş derinliği en az 4 milimetre olmalı.</li><li>Kurala uymayan "
        "sürücülere 2.500 lira ceza kesiliyor.</li><li>Valilikler tarihleri bölgeye göre "
        "değiştirebiliyor.</li></ul>"
        + ad(w)
        + also(w, "Köprü ve otoyol ücretlerine yeni tarife", shape="p")
        + paras(
            "Özel otomobiller için bir zorunluluk bulunmasa da uzmanlar, yedi derecenin altındaki"
            " sıcaklıklarda kış lastiği kullanılmasını öneriyor."
        )
        + f"</div>{tags(w, 'kış lastiği', 'trafik')}{share(w)}</div>",
    ),
    (
        "1 Aralık itibarıyla başladı ve 1 Nisan'a kadar sürecek.",
        "şehirlerarası yolcu ve yük taşıyan araçları kapsıyor.",
        "Lastik diş derinliği en az 4 milimetre olmalı.",
        "2.500 lira ceza kesiliyor.",
        "Valilikler tarihleri bölgeye göre değiştirebiliyor.",
        "yedi derecenin altındaki sıcaklıklarda kış lastiği kullanılmasını öneriyor.",
    ),
    ("Köprü ve otoyol ücretlerine yeni tarife", w.read_also, w.advert, w.tags, w.share),
)
