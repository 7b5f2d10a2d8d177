"""The blind68n pages (see ``whole_pages_68``): twenty-one stories in languages the dev sets
lack, each field's truth written down before either tool ran."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from tests.metadata.whole_pages_68 import (
    Story,
    WholeProbe,
    Words,
    arc,
    brightspot,
    day,
    drupal,
    jsonld,
    newspaper,
    og,
    php,
    whole_probe,
)

PROBES: list[WholeProbe] = []


def add(name: str, host: str, layout: Callable[[Story], str], story: Story, **truth: Any) -> None:
    """A probe on ``host`` laid out by ``layout``; ``truth`` is ``whole_probe``'s authors,
    published day and what else it is told."""
    url = f"https://{host}/2024/03/{name.replace('_', '-')}.html"
    PROBES.append(whole_probe(name, url, layout(story), story, **truth))


VI = Words(
    "Trang chủ",
    "Xã hội",
    "Quảng cáo",
    "Đọc thêm",
    "Từ khóa",
    "Chia sẻ",
    "Bình luận",
    "Tin liên quan",
    "© 2024 Báo Sông Hậu. Giấy phép số 123/GP-BTTTT.",
)
vi = Story(
    lang="vi",
    site="Báo Sông Hậu",
    h1="Cần Thơ khởi công cầu mới bắc qua sông Cái Răng",
    byline='<span class="td-post-author-name">Nguyễn Văn An - Trần Thị Bích</span> '
    '<span class="td-post-date">Thứ Ba, 12/03/2024 14:35</span>',
    lead="Cây cầu dài 420 mét sẽ giảm ùn tắc cho hàng nghìn người đi làm mỗi sáng.",
    body=(
        "Sáng nay, thành phố Cần Thơ chính thức khởi công cây cầu mới nối hai bờ sông Cái Răng "
        "sau nhiều năm người dân chờ đợi.",
        "Theo ban quản lý dự án, công trình có tổng vốn đầu tư gần 800 tỷ đồng và dự kiến hoàn "
        "thành vào cuối năm 2026.",
        "Ông Lê Minh Tâm, một tiểu thương ở chợ nổi, cho biết mỗi ngày ông mất gần một giờ để "
        "qua sông bằng phà.",
        "Trong thời gian thi công, xe tải nặng sẽ được phân luồng qua quốc lộ 1A để tránh ảnh "
        "hưởng đến giao thông nội ô.",
    ),
    caption="Lễ khởi công cầu Cái Răng mới. Ảnh: Nguyễn Văn An",
    read_also="Phà Cái Răng tạm ngưng hoạt động trong ba ngày",
    tags=("Cần Thơ", "giao thông", "cầu Cái Răng"),
    source_line="Theo TTXVN",
    comment="Mong cầu xong sớm để bà con đỡ vất vả.",
    related=("Cần Thơ mở rộng tuyến đường ven sông", "Giá xăng giảm lần thứ ba"),
    words=VI,
)
add(
    "vi_newspaper_no_markup",
    "baosonghau.vn",
    newspaper,
    vi,
    authors=("Nguyễn Văn An", "Trần Thị Bích"),
    published=day(2024, 3, 12),
    source="TTXVN",
)

ID = Words(
    "Beranda",
    "Daerah",
    "Advertisement",
    "Baca Juga",
    "Tag",
    "Bagikan",
    "Komentar",
    "Berita Terkait",
    "Copyright © 2024 Warta Priangan. All rights reserved.",
)
id_ = Story(
    lang="id",
    site="Warta Priangan",
    h1="Banjir Rendam Ratusan Rumah di Garut Selatan",
    byline='<span class="author">Penulis: Asep Sunarya</span> | <span class="editor">Editor: '
    'Rina Marlina</span><br><span class="date">Kamis, 14 Maret 2024 | 09:12 WIB</span>',
    lead="Hujan deras sejak Rabu malam membuat Sungai Cikaengan meluap.",
    body=(
        "Sebanyak 312 rumah di tiga kecamatan di Garut Selatan terendam banjir setelah hujan "
        "deras mengguyur wilayah itu sejak Rabu malam.",
        "Kepala BPBD Garut, Dedi Supriadi, mengatakan ketinggian air sempat mencapai satu meter "
        "di beberapa titik permukiman warga.",
        "Petugas gabungan mengevakuasi lebih dari 500 warga ke balai desa dan masjid terdekat "
        "menggunakan perahu karet.",
        "Hingga Kamis siang tidak ada korban jiwa, namun warga diminta tetap waspada karena "
        "hujan diperkirakan turun hingga akhir pekan.",
    ),
    caption="Warga mengungsi menggunakan perahu karet. (Foto: Asep Sunarya/Warta Priangan)",
    read_also="Jalan Provinsi Garut-Pameungpeuk Tertutup Longsor",
    tags=("banjir", "Garut", "BPBD"),
    source_line="Sumber: Antara",
    comment="Semoga cepat surut, warga yang sabar ya.",
    related=("Harga Beras di Garut Naik Jelang Ramadan", "Pemkab Garut Bangun Jembatan Gantung"),
    words=ID,
)
add(
    "id_arc_jsonld_editor",
    "wartapriangan.id",
    arc,
    Story(
        **{
            **id_.__dict__,
            "head": jsonld(
                headline=id_.h1,
                datePublished="2024-03-14T09:12:00+07:00",
                author=[{"@type": "Person", "name": "Asep Sunarya"}],
                publisher={"@type": "Organization", "name": "Warta Priangan"},
                keywords="banjir, Garut, BPBD",
            ),
        }
    ),
    authors=("Asep Sunarya",),
    published=day(2024, 3, 14),
    source="Antara",
)

MS = Words(
    "Utama",
    "Nasional",
    "Iklan",
    "Baca juga",
    "Tag",
    "Kongsi",
    "Komen",
    "Berita berkaitan",
    "Hak Cipta Terpelihara © 2024 Suara Pantai Timur",
)
ms = Story(
    lang="ms",
    site="Suara Pantai Timur",
    h1="Nelayan Kuala Besut terima bantuan enjin bot baharu",
    byline='Oleh <a href="/penulis/faridah">Faridah Ismail</a> - '
    "<time>Jumaat, 15 Mac 2024 @ 3:40 PTG</time>",
    lead="Seramai 86 nelayan pantai menerima enjin sangkut bernilai RM4,500 setiap satu.",
    body=(
        "Seramai 86 nelayan pantai di Kuala Besut hari ini menerima enjin bot baharu di bawah "
        "program bantuan Lembaga Kemajuan Ikan Malaysia.",
        "Pengerusi persatuan nelayan kawasan itu, Encik Zakaria Mamat, berkata enjin lama "
        "kebanyakan ahli sudah berusia lebih sepuluh tahun.",
        "Menurutnya, kos membaiki enjin lama semakin tinggi dan menjejaskan pendapatan harian "
        "nelayan ketika musim tengkujuh.",
        "Program yang sama akan diperluas ke Marang dan Dungun pada bulan depan dengan "
        "peruntukan tambahan sebanyak RM1 juta.",
    ),
    caption="Nelayan menerima enjin bot baharu di jeti Kuala Besut.",
    read_also="Harga ikan kembung naik menjelang Ramadan",
    tags=("nelayan", "Besut", "LKIM"),
    source_line="Sumber: Bernama",
    comment="Alhamdulillah, bantuan ini sangat bermakna.",
    related=("Jeti baharu Kuala Besut siap bulan depan", "Pelancong ke Pulau Perhentian meningkat"),
    words=MS,
)
add(
    "ms_php_og_only",
    "suarapantaitimur.my",
    php,
    Story(**{**ms.__dict__, "head": og(ms, section="Nasional")}),
    authors=("Faridah Ismail",),
    published=day(2024, 3, 15),
    source="Bernama",
)

TH = Words(
    "หน้าแรก",
    "ภูมิภาค",
    "โฆษณา",
    "อ่านเพิ่มเติม",
    "แท็ก",
    "แชร์",
    "ความคิดเห็น",
    "ข่าวที่เกี่ยวข้อง",
    "© 2567 ข่าวลานนา สงวนลิขสิทธิ์",
)
th = Story(
    lang="th",
    site="ข่าวลานนา",
    h1="เชียงใหม่เร่งดับไฟป่าดอยสุเทพหลังค่าฝุ่นพุ่งสูง",
    byline='<span class="author">โดย สมชาย ใจดี</span> <span class="date">16 มี.ค. 2567 '
    "เวลา 10:20 น.</span>",
    lead="เจ้าหน้าที่กว่า 200 นายระดมกำลังควบคุมไฟป่าบนดอยสุเทพตลอดคืนที่ผ่านมา",
    body=(
        "จังหวัดเชียงใหม่ระดมเจ้าหน้าที่กว่า 200 นายเข้าควบคุมไฟป่าบริเวณดอยสุเทพ หลังเกิดไฟไหม้ต่อเนื่องเป็นวันที่สอง",
        "ผู้ว่าราชการจังหวัดกล่าวว่า ค่าฝุ่นละอองขนาดเล็กในตัวเมืองสูงเกินมาตรฐานเกือบสามเท่า "
        "จึงขอให้ประชาชนงดกิจกรรมกลางแจ้ง",
        "โรงเรียนหลายแห่งในอำเภอเมืองประกาศหยุดเรียนชั่วคราว และแจกหน้ากากอนามัยให้นักเรียนกว่าหนึ่งหมื่นชิ้น",
        "กรมอุตุนิยมวิทยาคาดว่าสถานการณ์จะดีขึ้นเมื่อมีฝนตกในช่วงปลายสัปดาห์หน้า",
    ),
    caption="เจ้าหน้าที่ดับไฟป่าบนดอยสุเทพ ภาพ: สมชาย ใจดี",
    read_also="ค่าฝุ่นภาคเหนือเกินมาตรฐานทุกจังหวัด",
    tags=("ไฟป่า", "ฝุ่น PM2.5", "เชียงใหม่"),
    source_line="ที่มา: สำนักข่าวไทย",
    comment="ขอให้เจ้าหน้าที่ทุกท่านปลอดภัยนะครับ",
    related=("เชียงรายประกาศเขตภัยพิบัติหมอกควัน", "รถไฟสายเหนือเพิ่มขบวนช่วงสงกรานต์"),
    words=TH,
)
add(
    "th_brightspot_be_year_no_markup",
    "khaolanna.com",
    brightspot,
    th,
    authors=("สมชาย ใจดี",),
    published=day(2024, 3, 16),
    source="สำนักข่าวไทย",
)

FA = Words(
    "صفحه اصلی",
    "اجتماعی",
    "تبلیغات",
    "بیشتر بخوانید",
    "برچسب‌ها",
    "اشتراک‌گذاری",
    "دیدگاه‌ها",
    "اخبار مرتبط",
    "تمامی حقوق برای خبرگزاری نسیم جنوب محفوظ است.",
)
fa = Story(
    lang="fa",
    site="نسیم جنوب",
    h1="بازگشایی بازار سنتی بوشهر پس از مرمت دو ساله",
    byline='<span class="author">نویسنده: مریم رضایی</span> <span class="date">'
    "تاریخ انتشار: ۲۷ اسفند ۱۴۰۲ - ۱۱:۳۰</span>",
    lead="بازار قدیمی بوشهر با حضور مسئولان استانی دوباره به روی مردم باز شد.",
    body=(
        "بازار سنتی بوشهر پس از دو سال مرمت امروز "
        "با حضور استاندار و جمعی از کسبه دوباره بازگشایی شد.",
        "مدیرکل میراث فرهنگی استان گفت در این طرح سقف "
        "۱۲۰ حجره بازسازی و سیستم آب‌رسانی بازار نو شده است.",
        "کسبه بازار امیدوارند با نزدیک شدن نوروز، رفت‌وآمد مسافران و خرید مردم دوباره رونق بگیرد.",
        "مرحله دوم مرمت شامل کاروانسرای قدیمی کنار بازار است و از تابستان آینده آغاز می‌شود.",
    ),
    caption="نمایی از بازار سنتی بوشهر پس از مرمت",
    read_also="افزایش سفرهای نوروزی به بوشهر",
    tags=("بوشهر", "میراث فرهنگی", "بازار"),
    source_line="منبع: ایرنا",
    comment="خیلی زیبا شده، دست مرمتگران درد نکند.",
    related=("برگزاری جشنواره غذای محلی در بوشهر", "ساخت اسکله جدید در بندر گناوه"),
    words=FA,
)
add(
    "fa_drupal_solar_hijri_no_markup",
    "nasimejonub.ir",
    drupal,
    fa,
    authors=("مریم رضایی",),
    published=day(2024, 3, 17),
    source="ایرنا",
)

UR = Words(
    "ہوم",
    "پاکستان",
    "اشتہار",
    "یہ بھی پڑھیں",
    "ٹیگز",
    "شیئر کریں",
    "تبصرے",
    "متعلقہ خبریں",
    "جملہ حقوق محفوظ ہیں © 2024 روزنامہ صدائے ملتان",
)
ur = Story(
    lang="ur",
    site="صدائے ملتان",
    h1="ملتان میں آم کے باغات کے لیے نیا آبپاشی منصوبہ",
    byline='<span class="author">رپورٹ: محمد عثمان</span> <span class="date">'
    "18 مارچ 2024 ، 04:15 PM</span>",
    lead="منصوبے سے ضلع کے تقریباً پانچ ہزار کاشتکار فائدہ اٹھائیں گے۔",
    body=(
        "پنجاب حکومت نے ملتان کے آم کے باغات کے لیے "
        "ڈرپ آبپاشی کا نیا منصوبہ شروع کرنے کا اعلان کیا ہے۔",
        "محکمہ زراعت کے مطابق منصوبے پر دو ارب روپے لاگت آئے "
        "گی اور اس سے پانی کی بچت چالیس فیصد تک ہوگی۔",
        "مقامی کاشتکار حاجی نذیر احمد نے کہا کہ نہری پانی "
        "کی کمی کے باعث گزشتہ سال پیداوار بہت کم رہی۔",
        "پہلے مرحلے میں شجاع آباد اور جلالپور پیروالا کے باغات کو شامل کیا جائے گا۔",
    ),
    caption="ملتان کے ایک باغ میں آم کے درخت",
    read_also="آم کی برآمد کا ہدف مقرر",
    tags=("ملتان", "زراعت", "آم"),
    source_line="بشکریہ: اے پی پی",
    comment="بہت اچھا اقدام ہے، کسانوں کو فائدہ ہوگا۔",
    related=("ملتان میٹرو بس کا کرایہ بڑھ گیا", "جنوبی پنجاب میں گندم کی کٹائی شروع"),
    words=UR,
)
add(
    "ur_newspaper_jsonld_date_only",
    "sadaemultan.pk",
    newspaper,
    Story(
        **{
            **ur.__dict__,
            "head": jsonld(headline=ur.h1, datePublished="2024-03-18T16:15:00+05:00"),
        }
    ),
    authors=("محمد عثمان",),
    published=day(2024, 3, 18),
    source="اے پی پی",
)

HI = Words(
    "होम",
    "राज्य",
    "विज्ञापन",
    "यह भी पढ़ें",
    "टैग",
    "शेयर करें",
    "टिप्पणियाँ",
    "संबंधित खबरें",
    "© 2024 नर्मदा संदेश. सर्वाधिकार सुरक्षित.",
)
hi = Story(
    lang="hi",
    site="नर्मदा संदेश",
    h1="जबलपुर में नर्मदा तट पर बनेगा नया घाट, काम शुरू",
    byline='<span class="author">लेखक: राकेश तिवारी</span> <span class="date">'
    "अपडेटेड: 19 मार्च 2024, 08:05 AM IST</span>",
    lead="ग्वारीघाट के पास बनने वाले घाट पर करीब 15 करोड़ रुपये खर्च होंगे।",
    body=(
        "जबलपुर नगर निगम ने ग्वारीघाट के पास नर्मदा नदी के किनारे नए घाट का निर्माण कार्य सोमवार से "
        "शुरू कर दिया है।",
        "महापौर ने बताया कि घाट पर श्रद्धालुओं के लिए चेंजिंग रूम, शौचालय और रोशनी की व्यवस्था की जाएगी।",
        "स्थानीय पंडितों का कहना है कि पर्व के दिनों में मौजूदा घाट पर भारी भीड़ के कारण हादसे का खतरा रहता है।",
        "निर्माण एजेंसी को दिसंबर तक काम पूरा करने का लक्ष्य दिया गया है।",
    ),
    caption="ग्वारीघाट पर शुरू हुआ निर्माण कार्य",
    read_also="नर्मदा जयंती पर उमड़ी भीड़",
    tags=("जबलपुर", "नर्मदा", "नगर निगम"),
    source_line="इनपुट: भाषा",
    comment="बहुत अच्छा काम, जल्दी पूरा हो।",
    related=("जबलपुर में मेट्रो का सर्वे पूरा", "मंडला में बाघ दिखने से दहशत"),
    words=HI,
)
add(
    "hi_arc_og_published",
    "narmadasandesh.in",
    arc,
    Story(**{**hi.__dict__, "head": og(hi, published="2024-03-19T07:40:00+05:30")}),
    authors=("राकेश तिवारी",),
    published=day(2024, 3, 19),
    source="भाषा",
)

BN = Words(
    "প্রচ্ছদ",
    "সারাদেশ",
    "বিজ্ঞাপন",
    "আরও পড়ুন",
    "ট্যাগ",
    "শেয়ার করুন",
    "মন্তব্য",
    "সম্পর্কিত খবর",
    "স্বত্ব © ২০২৪ দৈনিক পদ্মাপার",
)
bn = Story(
    lang="bn",
    site="দৈনিক পদ্মাপার",
    h1="রাজশাহীতে আমের মুকুলে ছেয়ে গেছে বাগান",
    byline='<span class="author">নিজস্ব প্রতিবেদক, রাজশাহী</span> <span class="date">'
    "প্রকাশ: বুধবার, ২০ মার্চ ২০২৪, ১০:৩০ এএম</span>",
    lead="অনুকূল আবহাওয়ায় এবার বাম্পার ফলনের আশা করছেন চাষিরা।",
    body=(
        "রাজশাহীর বিভিন্ন উপজেলার আমবাগান এখন মুকুলে ছেয়ে গেছে এবং চাষিরা এবার ভালো ফলনের আশা করছেন।",
        "কৃষি সম্প্রসারণ অধিদপ্তরের তথ্যমতে, জেলায় এ বছর প্রায় উনিশ হাজার হেক্টর জমিতে আমবাগান রয়েছে।",
        "বাঘা উপজেলার চাষি আব্দুল করিম বলেন, গত বছর কুয়াশার কারণে অনেক মুকুল ঝরে গিয়েছিল।",
        "কৃষি কর্মকর্তারা মুকুল রক্ষায় সময়মতো ছত্রাকনাশক ব্যবহারের পরামর্শ দিয়েছেন।",
    ),
    caption="রাজশাহীর একটি বাগানে আমের মুকুল",
    read_also="চাঁপাইনবাবগঞ্জে আম মেলা শুরু",
    tags=("রাজশাহী", "আম", "কৃষি"),
    source_line="সূত্র: বাসস",
    comment="এবার যেন ভালো দাম পায় কৃষকেরা।",
    related=("পদ্মায় পানি কমে জেগেছে চর", "রাজশাহী-ঢাকা নতুন ট্রেন চালু"),
    words=BN,
)
add(
    "bn_php_staff_reporter_no_markup",
    "dainikpadmapar.com",
    php,
    bn,
    authors=(),
    published=day(2024, 3, 20),
    source="বাসস",
)

TA = Words(
    "முகப்பு",
    "தமிழகம்",
    "விளம்பரம்",
    "இதையும் படிக்க",
    "குறிச்சொற்கள்",
    "பகிர்",
    "கருத்துகள்",
    "தொடர்புடைய செய்திகள்",
    "© 2024 காவிரி முரசு. அனைத்து உரிமைகளும் பாதுகாக்கப்பட்டவை.",
)
ta = Story(
    lang="ta",
    site="காவிரி முரசு",
    h1="திருச்சியில் புதிய பேருந்து நிலையம் திறப்பு",
    byline='<span class="author">எழுதியவர்: க. செல்வராஜ்</span> <span class="date">'
    "வெளியிடப்பட்டது: 21 மார்ச் 2024, 06:45 PM</span>",
    lead="பஞ்சப்பூரில் அமைந்துள்ள புதிய நிலையத்தில் ஒரே நேரத்தில் 400 பேருந்துகள் நிற்கலாம்.",
    body=(
        "திருச்சி பஞ்சப்பூரில் கட்டப்பட்ட புதிய ஒருங்கிணைந்த பேருந்து நிலையம் இன்று பொதுமக்கள் பயன்பாட்டுக்குத் "
        "திறக்கப்பட்டது.",
        "இந்த நிலையம் சுமார் 350 கோடி ரூபாய் செலவில் கட்டப்பட்டுள்ளது என்று மாநகராட்சி அதிகாரிகள் தெரிவித்தனர்.",
        "நகரின் மையப் பகுதியில் நிலவும் போக்குவரத்து நெரிசல் இதனால் பெருமளவு குறையும் என எதிர்பார்க்கப்படுகிறது.",
        "பழைய மத்திய பேருந்து நிலையம் நகரப் பேருந்துகளுக்கு மட்டும் தொடர்ந்து பயன்படுத்தப்படும்.",
    ),
    caption="பஞ்சப்பூர் புதிய பேருந்து நிலையம்",
    read_also="திருச்சி விமான நிலையத்தில் புதிய முனையம்",
    tags=("திருச்சி", "பேருந்து நிலையம்", "போக்குவரத்து"),
    source_line="தகவல்: பிடிஐ",
    comment="நல்ல முயற்சி, வாழ்த்துகள்.",
    related=("காவிரியில் நீர்வரத்து அதிகரிப்பு", "ஸ்ரீரங்கம் கோயிலில் தேரோட்டம்"),
    words=TA,
)
add(
    "ta_newspaper_jsonld_full",
    "kaverimurasu.in",
    newspaper,
    Story(
        **{
            **ta.__dict__,
            "head": jsonld(
                headline=ta.h1,
                datePublished="2024-03-21T18:45:00+05:30",
                author={"@type": "Person", "name": "க. செல்வராஜ்"},
                publisher={"@type": "Organization", "name": "காவிரி முரசு"},
                keywords=["திருச்சி", "பேருந்து நிலையம்", "போக்குவரத்து"],
            ),
        }
    ),
    authors=("க. செல்வராஜ்",),
    published=day(2024, 3, 21),
    source="பிடிஐ",
)

SW = Words(
    "Nyumbani",
    "Kitaifa",
    "Tangazo",
    "Soma pia",
    "Lebo",
    "Shiriki",
    "Maoni",
    "Habari zinazohusiana",
    "© 2024 Sauti ya Pwani. Haki zote zimehifadhiwa.",
)
sw = Story(
    lang="sw",
    site="Sauti ya Pwani",
    h1="Wavuvi wa Lamu wapokea boti mpya za kisasa",
    byline='<span class="author">Na Amina Salim</span> <span class="date">Ijumaa, Machi 22, '
    "2024 saa 11:00 asubuhi</span>",
    lead="Serikali ya kaunti imetoa boti ishirini kwa vikundi vya wavuvi wa kisiwa hicho.",
    body=(
        "Serikali ya Kaunti ya Lamu imekabidhi boti ishirini za kisasa kwa vikundi vya wavuvi "
        "katika hafla iliyofanyika katika kisiwa cha Pate.",
        "Afisa wa uvuvi wa kaunti alisema boti hizo zina injini za kisasa na vifaa vya "
        "kuhifadhi samaki kwa muda mrefu.",
        "Mwenyekiti wa kikundi cha wavuvi wa Faza, Bwana Omar Bakari, alisema boti hizo "
        "zitawawezesha kuvua katika bahari ya kina kirefu.",
        "Wavuvi wamepewa pia mafunzo ya usalama baharini kabla ya kuanza kutumia boti hizo "
        "mwezi ujao.",
    ),
    caption="Wavuvi wakipokea boti mpya katika kisiwa cha Pate.",
    read_also="Bei ya samaki yapanda Mombasa",
    tags=("Lamu", "uvuvi", "uchumi wa bahari"),
    source_line="Chanzo: KNA",
    comment="Hongera kwa serikali ya kaunti, kazi nzuri.",
    related=("Barabara ya Lamu-Garsen kukamilika Juni", "Watalii waongezeka Malindi"),
    words=SW,
)
add(
    "sw_drupal_og_only",
    "sautiyapwani.co.ke",
    drupal,
    Story(**{**sw.__dict__, "head": og(sw)}),
    authors=("Amina Salim",),
    published=day(2024, 3, 22),
    source="KNA",
)

AM = Words(
    "መነሻ",
    "ሀገራዊ",
    "ማስታወቂያ",
    "ተጨማሪ ያንብቡ",
    "መለያዎች",
    "ያጋሩ",
    "አስተያየቶች",
    "ተዛማጅ ዜናዎች",
    "© 2024 ጣና ዜና። መብቱ በህግ የተጠበቀ ነው።",
)
am = Story(
    lang="am",
    site="ጣና ዜና",
    h1="በባሕር ዳር አዲስ የጣና ሐይቅ ወደብ ተመረቀ",
    byline='<span class="author">በአበበ ከበደ</span> <span class="date">መጋቢት 14 ቀን 2016 ዓ.ም</span>',
    lead="ወደቡ በቀን እስከ ሦስት ሺህ መንገደኞችን ማስተናገድ ይችላል ተብሏል።",
    body=(
        "በባሕር ዳር ከተማ በጣና ሐይቅ ዳርቻ የተገነባው አዲሱ የመንገደኞች ወደብ ዛሬ በይፋ ተመርቆ አገልግሎት መስጠት ጀመረ።",
        "የክልሉ ትራንስፖርት ቢሮ ኃላፊ እንደገለጹት ወደቡ ከአራት መቶ ሚሊዮን ብር በላይ ወጪ ተደርጎበታል።",
        "ነዋሪዎች ወደቡ በሐይቁ ደሴቶች መካከል የሚደረገውን ጉዞ ቀላል እና ደህንነቱ የተጠበቀ እንደሚያደርገው ተናግረዋል።",
        "በሚቀጥለው ዓመት ተጨማሪ ሁለት ዘመናዊ ጀልባዎች ወደ አገልግሎት እንደሚገቡ ተገልጿል።",
    ),
    caption="አዲሱ የጣና ሐይቅ ወደብ",
    read_also="የጣና ሐይቅ እምቦጭ አረም ስጋት",
    tags=("ባሕር ዳር", "ጣና ሐይቅ", "ትራንስፖርት"),
    source_line="ምንጭ፡ ኢዜአ",
    comment="እጅግ ጥሩ ስራ ነው።",
    related=("የባሕር ዳር ስታዲየም እድሳት", "የጎንደር መንገድ ግንባታ ተጀመረ"),
    words=AM,
)
add(
    "am_brightspot_ethiopian_date_jsonld",
    "tanazena.et",
    brightspot,
    Story(
        **{
            **am.__dict__,
            "head": jsonld(
                headline=am.h1,
                datePublished="2024-03-23T09:00:00+03:00",
                author={"@type": "Person", "name": "አበበ ከበደ"},
            ),
        }
    ),
    authors=("አበበ ከበደ",),
    published=day(2024, 3, 23),
    source="ኢዜአ",
)

UK = Words(
    "Головна",
    "Регіони",
    "Реклама",
    "Читайте також",
    "Теги",
    "Поділитися",
    "Коментарі",
    "Схожі новини",
    "© 2024 Вісті Полтавщини. Усі права захищено.",
)
uk = Story(
    lang="uk",
    site="Вісті Полтавщини",
    h1="У Полтаві відкрили оновлену дитячу лікарню",
    byline='<span class="author">Автор: Оксана Мельник</span> <span class="date">'
    "24 березня 2024, 12:10</span>",
    lead="Реконструкція тривала півтора року й коштувала 180 мільйонів гривень.",
    body=(
        "У Полтаві після реконструкції відкрили обласну дитячу лікарню, яка тепер має нове "
        "приймальне відділення та сучасну операційну.",
        "Головний лікар Андрій Коваленко розповів, що лікарня щороку приймає понад дванадцять "
        "тисяч маленьких пацієнтів з усієї області.",
        "Частину обладнання передали міжнародні партнери, зокрема апарати штучної вентиляції "
        "легень та ультразвукові сканери.",
        "Наступного року планують оновити ще й поліклінічне відділення лікарні.",
    ),
    caption="Нове приймальне відділення лікарні. Фото: Оксана Мельник",
    read_also="У Кременчуці збудують новий міст",
    tags=("Полтава", "медицина", "лікарня"),
    source_line="Джерело: Укрінформ",
    comment="Дуже потрібна справа, дякуємо лікарям!",
    related=("Полтавщина готується до посівної", "У Миргороді відкрили басейн"),
    words=UK,
)
add(
    "uk_php_no_markup",
    "vistipoltavshchyny.com.ua",
    php,
    uk,
    authors=("Оксана Мельник",),
    published=day(2024, 3, 24),
    source="Укрінформ",
)

SR = Words(
    "Почетна",
    "Србија",
    "Реклама",
    "Прочитајте још",
    "Тагови",
    "Подели",
    "Коментари",
    "Повезане вести",
    "© 2024 Подунавске новине. Сва права задржана.",
)
sr = Story(
    lang="sr",
    site="Подунавске новине",
    h1="Смедерево добија ново шеталиште уз Дунав",
    byline='<span class="author">Аутор: Милан Јовановић</span> <span class="date">'
    "25. март 2024. 13:45</span>",
    lead="Шеталиште дуго два километра биће завршено до почетка лета.",
    body=(
        "У Смедереву су почели радови на уређењу обале Дунава, где ће бити изграђено ново "
        "шеталиште са бициклистичком стазом.",
        "Градоначелник је рекао да вредност радова износи око 300 милиона динара и да ће "
        "део новца обезбедити Министарство грађевинарства.",
        "Становници насеља Ладна вода годинама траже да се обала очисти и осветли.",
        "Уз шеталиште ће бити постављене клупе, дечја игралишта и јавна чесма.",
    ),
    caption="Радови на обали Дунава у Смедереву",
    read_also="Смедеревска тврђава отворена за посетиоце",
    tags=("Смедерево", "Дунав", "инфраструктура"),
    source_line="Извор: Танјуг",
    comment="Коначно нешто лепо за наш град.",
    related=("Нови мост у Пожаревцу", "Сезона на Сребрном језеру почиње раније"),
    words=SR,
)
add(
    "sr_cyrl_arc_jsonld_author_only",
    "podunavskenovine.rs",
    arc,
    Story(
        **{
            **sr.__dict__,
            "head": jsonld(headline=sr.h1, author={"@type": "Person", "name": "Милан Јовановић"}),
        }
    ),
    authors=("Милан Јовановић",),
    published=day(2024, 3, 25),
    source="Танјуг",
)

SRL = Words(
    "Početna",
    "Vojvodina",
    "Reklama",
    "Pročitajte i",
    "Tagovi",
    "Podeli",
    "Komentari",
    "Vezane vesti",
    "© 2024 Banatski glas. Sva prava zadržana.",
)
srl = Story(
    lang="sr-Latn",
    site="Banatski glas",
    h1="Zrenjanin: počela obnova Gradske kuće",
    byline='<span class="author">Piše: Jelena Stojanović</span> <span class="date">'
    "utorak, 26. mart 2024. u 09:30</span>",
    lead="Obnova fasade i krova trajaće najmanje godinu dana.",
    body=(
        "U Zrenjaninu su počeli radovi na obnovi fasade i krova Gradske kuće, jednog od "
        "najpoznatijih zdanja u Banatu.",
        "Iz gradske uprave kažu da je projekat vredan 120 miliona dinara i da ga delom "
        "finansira Pokrajinski sekretarijat za kulturu.",
        "Tokom radova šalteri za građane biće premešteni u zgradu Narodnog muzeja.",
        "Arhitekte su obećale da će izvorni izgled zgrade iz 1887. godine biti sačuvan.",
    ),
    caption="Gradska kuća u Zrenjaninu pod skelom",
    read_also="Begej ponovo plovan do Tise",
    tags=("Zrenjanin", "kultura", "Gradska kuća"),
    source_line="Izvor: Beta",
    comment="Krajnje vreme da se zgrada obnovi.",
    related=("Počinje Sajam vina u Vršcu", "Kikinda dobija novu sportsku halu"),
    words=SRL,
)
add(
    "sr_latn_drupal_no_markup",
    "banatskiglas.rs",
    drupal,
    srl,
    authors=("Jelena Stojanović",),
    published=day(2024, 3, 26),
    source="Beta",
)

RO = Words(
    "Acasă",
    "Local",
    "Publicitate",
    "Citește și",
    "Etichete",
    "Distribuie",
    "Comentarii",
    "Articole similare",
    "© 2024 Gazeta de Mureș. Toate drepturile rezervate.",
)
ro = Story(
    lang="ro",
    site="Gazeta de Mureș",
    h1="Târgu Mureș: tramvaiul revine pe strada Gheorghe Doja",
    byline='<span class="author">de <a href="/autor/ioana">Ioana Pop</a></span> '
    '<span class="date">Publicat: 27.03.2024, 17:20</span>',
    lead="Primăria a semnat contractul pentru prima linie de tramvai a orașului după 1990.",
    body=(
        "Primăria Târgu Mureș a semnat miercuri contractul pentru construirea unei linii de "
        "tramvai pe strada Gheorghe Doja, în lungime de șase kilometri.",
        "Viceprimarul orașului a declarat că lucrările vor fi finanțate din fonduri europene și "
        "vor începe în luna mai.",
        "Comercianții din zonă se tem că șantierul le va reduce vânzările timp de cel puțin un an.",
        "Primele tramvaie ar urma să circule pe noua linie la sfârșitul anului 2026.",
    ),
    caption="Strada Gheorghe Doja din Târgu Mureș. Foto: Ioana Pop",
    read_also="Parcare subterană nouă în centrul orașului",
    tags=("Târgu Mureș", "tramvai", "fonduri europene"),
    source_line="Sursa: Agerpres",
    comment="Foarte bine, era nevoie de tramvai.",
    related=("Se redeschide Cetatea Medievală", "Noi piste de biciclete în Tudor"),
    words=RO,
)
add(
    "ro_newspaper_og_published",
    "gazetademures.ro",
    newspaper,
    Story(**{**ro.__dict__, "head": og(ro, published="2024-03-27T17:20:00+02:00")}),
    authors=("Ioana Pop",),
    published=day(2024, 3, 27),
    source="Agerpres",
)

HU = Words(
    "Címlap",
    "Belföld",
    "Hirdetés",
    "Kapcsolódó",
    "Címkék",
    "Megosztás",
    "Hozzászólások",
    "További híreink",
    "© 2024 Tisza-parti Hírek. Minden jog fenntartva.",
)
hu = Story(
    lang="hu",
    site="Tisza-parti Hírek",
    h1="Új kerékpárhíd épül Szolnokon a Zagyva felett",
    byline='<span class="author">Szerző: Kovács Péter</span> <span class="date">'
    "2024. március 28., csütörtök 10:05</span>",
    lead="A híd a belvárost köti majd össze a Tiszaligettel.",
    body=(
        "Szolnokon csütörtökön megkezdődött egy új kerékpáros és gyalogos híd építése a Zagyva "
        "torkolatánál.",
        "A polgármesteri hivatal közölte, hogy a beruházás értéke csaknem kétmilliárd forint, "
        "és jövő tavasszal adják át.",
        "A helyi kerékpáros egyesület szerint a híd a napi ingázók ezreinek rövidíti meg az utat.",
        "Az építkezés idején a Tiszaligetbe vezető gyalogos átkelőt ideiglenesen lezárják.",
    ),
    caption="A leendő híd látványterve",
    read_also="Felújítják a szolnoki vasútállomást",
    tags=("Szolnok", "kerékpár", "híd"),
    source_line="Forrás: MTI",
    comment="Végre, erre régóta vártunk!",
    related=("Áradás a Tiszán: emelkedik a vízszint", "Megnyílt a tiszaligeti strand"),
    words=HU,
)
add(
    "hu_brightspot_no_markup",
    "tiszapartihirek.hu",
    brightspot,
    hu,
    authors=("Kovács Péter",),
    published=day(2024, 3, 28),
    source="MTI",
)

EL = Words(
    "Αρχική",
    "Ελλάδα",
    "Διαφήμιση",
    "Διαβάστε επίσης",
    "Ετικέτες",
    "Κοινοποίηση",
    "Σχόλια",
    "Σχετικά άρθρα",
    "© 2024 Ηχώ της Κρήτης. Με την επιφύλαξη παντός δικαιώματος.",
)
el = Story(
    lang="el",
    site="Ηχώ της Κρήτης",
    h1="Νέο λιμάνι σκαφών αναψυχής στα Χανιά",
    byline='<span class="author">Του Γιώργου Παπαδάκη</span> <span class="date">'
    "Παρασκευή, 29 Μαρτίου 2024, 11:50</span>",
    lead="Το έργο θα φιλοξενεί έως 250 σκάφη και αναμένεται να ολοκληρωθεί το 2026.",
    body=(
        "Υπογράφηκε την Παρασκευή η σύμβαση για την κατασκευή νέου λιμανιού σκαφών αναψυχής "
        "στην ανατολική πλευρά της πόλης των Χανίων.",
        "Ο δήμαρχος δήλωσε ότι το έργο θα δημιουργήσει περίπου 150 νέες θέσεις εργασίας στην "
        "περιοχή.",
        "Οι ψαράδες του παλιού λιμανιού ζητούν να διατηρηθούν οι θέσεις ελλιμενισμού τους.",
        "Οι εργασίες αναμένεται να ξεκινήσουν το φθινόπωρο, μετά την τουριστική περίοδο.",
    ),
    caption="Το παλιό λιμάνι των Χανίων",
    read_also="Αυξάνονται οι πτήσεις προς το Ηράκλειο",
    tags=("Χανιά", "λιμάνι", "τουρισμός"),
    source_line="Πηγή: ΑΠΕ-ΜΠΕ",
    comment="Επιτέλους ένα έργο για την πόλη.",
    related=("Νέο νοσοκομείο στο Ρέθυμνο", "Καύσωνας στην Κρήτη"),
    words=EL,
)
add(
    "el_arc_genitive_byline_og",
    "ichotiskritis.gr",
    arc,
    Story(**{**el.__dict__, "head": og(el)}),
    authors=("Γιώργος Παπαδάκης",),
    published=day(2024, 3, 29),
    source="ΑΠΕ-ΜΠΕ",
)

HE = Words(
    "ראשי",
    "חדשות",
    "פרסומת",
    "קראו עוד",
    "תגיות",
    "שתפו",
    "תגובות",
    "כתבות נוספות",
    "© 2024 קול הגליל. כל הזכויות שמורות.",
)
he = Story(
    lang="he",
    site="קול הגליל",
    h1="נפתח שביל אופניים חדש לאורך הכנרת",
    byline='<span class="author">מאת: יעל כהן</span> <span class="date">'
    "פורסם: 31.03.24, 08:15</span>",
    lead="השביל באורך 12 קילומטרים מחבר בין טבריה לחוף צמח.",
    body=(
        "שביל אופניים חדש באורך 12 קילומטרים נפתח השבוע לאורך החוף המערבי של הכנרת.",
        "בעיריית טבריה אמרו כי עלות הפרויקט הגיעה לכ־40 מיליון שקלים ומומנה ברובה על ידי משרד "
        "התיירות.",
        "רוכבים מקומיים מספרים שעד היום נאלצו לרכוב בשולי הכביש הראשי המסוכן.",
        "בשלב הבא מתוכנן להאריך את השביל עד קיבוץ עין גב.",
    ),
    caption="השביל החדש לאורך הכנרת",
    read_also="מפלס הכנרת עלה בסנטימטר",
    tags=("כנרת", "אופניים", "טבריה"),
    source_line="מקור: דוברות עיריית טבריה",
    comment="כל הכבוד, סוף סוף!",
    related=("חופי הכנרת נפתחים לעונה", "תחנת רכבת חדשה בכרמיאל"),
    words=HE,
)
add(
    "he_newspaper_jsonld_person_list",
    "kolhagalil.co.il",
    newspaper,
    Story(
        **{
            **he.__dict__,
            "head": jsonld(
                headline=he.h1,
                datePublished="2024-03-31T08:15:00+03:00",
                author=[{"@type": "Person", "name": "יעל כהן"}],
                publisher={"@type": "Organization", "name": "קול הגליל"},
            ),
        }
    ),
    authors=("יעל כהן",),
    published=day(2024, 3, 31),
    source="דוברות עיריית טבריה",
)

TR = Words(
    "Anasayfa",
    "Gündem",
    "Reklam",
    "İlginizi Çekebilir",
    "Etiketler",
    "Paylaş",
    "Yorumlar",
    "Benzer Haberler",
    "© 2024 Ege Postası. Tüm hakları saklıdır.",
)
tr = Story(
    lang="tr",
    site="Ege Postası",
    h1="İzmir'de yeni metro hattının temeli atıldı",
    byline='<span class="author">Haber: Ayşe Yılmaz</span> <span class="date">'
    "01 Nisan 2024 Pazartesi 14:00</span>",
    lead="Hat, Buca ile Bornova arasını 25 dakikaya indirecek.",
    body=(
        "İzmir'de Buca ile Bornova arasında yapılacak yeni metro hattının temeli düzenlenen "
        "törenle atıldı.",
        "Büyükşehir Belediyesi yetkilileri hattın 13,5 kilometre uzunluğunda olacağını ve 11 "
        "istasyondan oluşacağını açıkladı.",
        "Buca'da yaşayan öğrenciler, üniversiteye ulaşımın çok kolaylaşacağını söyledi.",
        "Hattın 2027 yılının sonunda hizmete girmesi planlanıyor.",
    ),
    caption="Temel atma töreninden bir kare",
    read_also="İzmir'de toplu taşımaya zam",
    tags=("İzmir", "metro", "ulaşım"),
    source_line="Kaynak: İHA",
    comment="Hayırlı olsun, çok bekledik.",
    related=("Kordon'da yeni düzenleme", "Çeşme'de turizm sezonu erken açıldı"),
    words=TR,
)
add(
    "tr_php_og_only",
    "egepostasi.com.tr",
    php,
    Story(**{**tr.__dict__, "head": og(tr)}),
    authors=("Ayşe Yılmaz",),
    published=day(2024, 4, 1),
    source="İHA",
)

KO = Words(
    "홈",
    "사회",
    "광고",
    "함께 읽으면 좋은 기사",
    "태그",
    "공유하기",
    "댓글",
    "관련기사",
    "Copyright © 2024 남도신문. 무단전재 및 재배포 금지.",
)
ko = Story(
    lang="ko",
    site="남도신문",
    h1="순천만 국가정원, 올해 관람객 500만 명 목표",
    byline='<span class="author">김민수 기자</span> <span class="date">입력 2024.04.02 '
    "10:30</span>",
    lead="순천시는 봄꽃 축제와 야간 개장으로 관람객을 늘릴 계획이다.",
    body=(
        "전남 순천시는 올해 순천만 국가정원 관람객 500만 명을 목표로 다양한 행사를 준비하고 있다고 "
        "2일 밝혔다.",
        "시는 다음 달부터 봄꽃 축제를 열고 주말에는 정원을 밤 10시까지 야간 개장할 예정이다.",
        "지난해 정원박람회 기간에는 980만 명이 넘는 관람객이 다녀간 것으로 집계됐다.",
        "시 관계자는 주차장을 확충하고 셔틀버스 운행 간격도 줄이겠다고 말했다.",
    ),
    caption="순천만 국가정원 전경",
    read_also="여수 밤바다 축제 개막",
    tags=("순천만", "국가정원", "관광"),
    source_line="출처: 연합뉴스",
    comment="꼭 가보고 싶네요.",
    related=("광양 매화축제 성황", "목포 해상케이블카 이용객 증가"),
    words=KO,
)
add(
    "ko_php_gija_jsonld",
    "namdonews.co.kr",
    php,
    Story(
        **{
            **ko.__dict__,
            "head": jsonld(
                headline=ko.h1,
                datePublished="2024-04-02T10:30:00+09:00",
                author={"@type": "Person", "name": "김민수"},
            ),
        }
    ),
    authors=("김민수",),
    published=day(2024, 4, 2),
    source="연합뉴스",
)

TL = Words(
    "Home",
    "Balita",
    "Advertisement",
    "Basahin din",
    "Tags",
    "I-share",
    "Mga Komento",
    "Kaugnay na Balita",
    "© 2024 Tinig ng Bikol. Lahat ng karapatan ay nakalaan.",
)
tl = Story(
    lang="tl",
    site="Tinig ng Bikol",
    h1="Bagong tulay sa Naga, bubuksan na sa susunod na buwan",
    byline='<span class="author">Ni Jose Dela Cruz</span> <span class="date">Abril 3, 2024 '
    "| 4:20 PM</span>",
    lead="Inaasahang mababawasan ang trapiko sa sentro ng lungsod.",
    body=(
        "Bubuksan na sa susunod na buwan ang bagong tulay na nag-uugnay sa dalawang barangay sa "
        "magkabilang pampang ng Ilog Naga.",
        "Ayon sa inhinyero ng lungsod, halos 250 milyong piso ang ginastos sa proyekto na "
        "sinimulan noong 2022.",
        "Sinabi ng mga tricycle driver na makakatipid sila ng oras at gasolina dahil sa tulay.",
        "Magkakaroon din ng hiwalay na daanan para sa mga naglalakad at nagbibisikleta.",
    ),
    caption="Ang bagong tulay sa Ilog Naga",
    read_also="Presyo ng bigas sa Bikol, tumaas",
    tags=("Naga", "tulay", "imprastraktura"),
    source_line="Pinagmulan: PNA",
    comment="Salamat sa wakas matatapos na rin.",
    related=("Bulkang Mayon, nag-alburoto muli", "Bagong ospital sa Legazpi"),
    words=TL,
)
add(
    "tl_drupal_jsonld_publisher_only",
    "tinigngbikol.ph",
    drupal,
    Story(
        **{
            **tl.__dict__,
            "head": jsonld(
                headline=tl.h1, publisher={"@type": "Organization", "name": "Tinig ng Bikol"}
            ),
        }
    ),
    authors=("Jose Dela Cruz",),
    published=day(2024, 4, 3),
    source="PNA",
)


# A second batch, written after the first's blind run and before this one's: the same stories
# under another layout, each with two authors joined by the language's "and" (none of the first
# batch's pages had two but the Vietnamese one) and the date line in another of its forms.
def variant(
    name: str,
    host: str,
    layout: Callable[[Story], str],
    story: Story,
    byline: str,
    authors: tuple[str, ...],
    published: object,
    source: str,
    head: str = "",
) -> None:
    add(
        name,
        host,
        layout,
        replace(story, byline=byline, head=head),
        authors=authors,
        published=published,
        source=source,
    )


variant(
    "id_drupal_oleh_dan_no_markup",
    "wartapriangan.id",
    drupal,
    id_,
    '<div class="node__submitted">Oleh Asep Sunarya dan Rina Marlina, Kamis, 14/3/2024 '
    "09:12 WIB</div>",
    ("Asep Sunarya", "Rina Marlina"),
    day(2024, 3, 14),
    "Antara",
)
variant(
    "fa_arc_va_persian_digits_og",
    "nasimejonub.ir",
    arc,
    fa,
    '<span class="author">نویسندگان: مریم رضایی و علی احمدی</span> <span class="date">'
    "۱۴۰۲/۱۲/۲۷ ساعت ۱۱:۳۰</span>",
    ("مریم رضایی", "علی احمدی"),
    day(2024, 3, 17),
    "ایرنا",
    head=og(fa),
)
variant(
    "hi_php_aur_no_markup",
    "narmadasandesh.in",
    php,
    hi,
    "लेखक: राकेश तिवारी और सुनीता शर्मा | प्रकाशित: 19 मार्च 2024, 07:40 AM IST",
    ("राकेश तिवारी", "सुनीता शर्मा"),
    day(2024, 3, 19),
    "भाषा",
)
variant(
    "tr_brightspot_ve_dotted_no_markup",
    "egepostasi.com.tr",
    brightspot,
    tr,
    '<div class="ArticlePage-authorBy">Ayşe Yılmaz ve Mehmet Demir</div><div '
    'class="ArticlePage-datePublished">Yayınlanma: 01.04.2024 - 14:00</div>',
    ("Ayşe Yılmaz", "Mehmet Demir"),
    day(2024, 4, 1),
    "İHA",
)
variant(
    "hu_newspaper_es_og",
    "tiszapartihirek.hu",
    newspaper,
    hu,
    '<span class="td-post-author-name">Kovács Péter és Nagy Anna</span> '
    '<span class="td-post-date">2024.03.28. 10:05</span>',
    ("Kovács Péter", "Nagy Anna"),
    day(2024, 3, 28),
    "MTI",
    head=og(hu),
)
variant(
    "he_drupal_glued_vav_no_markup",
    "kolhagalil.co.il",
    drupal,
    he,
    '<div class="node__submitted">מאת יעל כהן ודני לוי | 31 במרץ 2024, 08:15</div>',
    ("יעל כהן", "דני לוי"),
    day(2024, 3, 31),
    "דוברות עיריית טבריה",
)
variant(
    "vi_brightspot_va_gmt7",
    "baosonghau.vn",
    brightspot,
    vi,
    '<div class="ArticlePage-authorBy">Nguyễn Văn An và Trần Thị Bích</div><div '
    'class="ArticlePage-datePublished">12/3/2024 | 14:35 GMT+7</div>',
    ("Nguyễn Văn An", "Trần Thị Bích"),
    day(2024, 3, 12),
    "TTXVN",
)
variant(
    "tl_arc_nina_at_no_markup",
    "tinigngbikol.ph",
    arc,
    tl,
    "Nina Jose Dela Cruz at Maria Santos | Abril 3, 2024",
    ("Jose Dela Cruz", "Maria Santos"),
    day(2024, 4, 3),
    "PNA",
)
variant(
    "sw_php_na_na_no_markup",
    "sautiyapwani.co.ke",
    php,
    sw,
    "Na Amina Salim na Juma Hassan, Machi 22, 2024",
    ("Amina Salim", "Juma Hassan"),
    day(2024, 3, 22),
    "KNA",
)
variant(
    "el_drupal_grafei_kai_no_markup",
    "ichotiskritis.gr",
    drupal,
    el,
    '<div class="node__submitted">Γράφουν η Μαρία Νικολάου και ο Νίκος Σταύρου | '
    "29/03/2024 11:50</div>",
    ("Μαρία Νικολάου", "Νίκος Σταύρου"),
    day(2024, 3, 29),
    "ΑΠΕ-ΜΠΕ",
)


# A third batch, written after the second's run and before this one's: an editor beside the
# reporter, a dateline opening the text, a calendar's second date, a reporter's e-mail.
add(
    "id_php_reporter_editor_dateline_no_markup",
    "wartapriangan.id",
    php,
    replace(
        id_,
        byline="Reporter: Asep Sunarya | Editor: Rina Marlina | Kamis, 14 Mar 2024 - 09:12",
        body=(f"GARUT, wartapriangan.id — {id_.body[0]}", *id_.body[1:]),
    ),
    authors=("Asep Sunarya",),
    published=day(2024, 3, 14),
    source="Antara",
)
add(
    "th_drupal_full_month_be",
    "khaolanna.com",
    drupal,
    replace(
        th,
        byline='<div class="node__submitted">ผู้เขียน: สมชาย ใจดี | 16 มีนาคม 2567 10:20 น.</div>',
    ),
    authors=("สมชาย ใจดี",),
    published=day(2024, 3, 16),
    source="สำนักข่าวไทย",
)
add(
    "ur_brightspot_tahrir_weekday_og",
    "sadaemultan.pk",
    brightspot,
    replace(
        ur,
        byline='<div class="ArticlePage-authorBy">تحریر: محمد عثمان</div><div '
        'class="ArticlePage-datePublished">پیر 18 مارچ 2024</div>',
        head=og(ur),
    ),
    authors=("محمد عثمان",),
    published=day(2024, 3, 18),
    source="اے پی پی",
)
add(
    "ko_arc_email_approved_modified",
    "namdonews.co.kr",
    arc,
    replace(
        ko,
        byline="김민수 기자 minsu@namdonews.co.kr | 승인 2024.04.02 10:30 | 수정 2024.04.02 15:00",
    ),
    authors=("김민수",),
    published=day(2024, 4, 2),
    source="연합뉴스",
)
add(
    "bn_arc_two_calendars",
    "dainikpadmapar.com",
    arc,
    replace(
        bn,
        byline="লেখক: রফিকুল ইসলাম | প্রকাশিত: ২০ মার্চ ২০২৪, ০৬ চৈত্র ১৪৩০",
    ),
    authors=("রফিকুল ইসলাম",),
    published=day(2024, 3, 20),
    source="বাসস",
)
