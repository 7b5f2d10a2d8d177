"""The blind72a probe's first part: regional sites still on layouts of nested tables, the
title and the text in <font> or <span> inside a cell, paragraphs as <br> pairs, a "read
also" line in bold among them, the related links and the share words in cells after."""

from __future__ import annotations

from ._kit import add, also, brs, comments, old_table, paras, share, tags
from .words import W

w = W["vi"]
add(
    "table_font_text_br_pairs",
    w,
    "Cần Thơ nạo vét kênh Xáng trước mùa lũ",
    old_table(
        w,
        "Cần Thơ nạo vét kênh Xáng trước mùa lũ",
        "<font class='tieude' color='#003366' size='4'><b>Cần Thơ nạo vét kênh Xáng trước mùa "
        "lũ</b></font><br><font class='ngay' size='1'>Thứ hai, 07/12/2026 - 08:15</font><br>"
        "<br><font face='Arial' size='2'>"
        + brs(
            "Ủy ban nhân dân thành phố Cần Thơ vừa khởi công nạo vét hơn mười hai cây số kênh "
            "Xáng để tăng khả năng thoát nước cho các phường ven sông.",
            "Theo kế hoạch, công trình sẽ hoàn thành trong bốn tháng với tổng kinh phí khoảng "
            "ba mươi tỷ đồng từ ngân sách địa phương.",
            also(w, "Mưa lớn gây ngập sâu nhiều tuyến đường ở Ninh Kiều", shape="bare"),
            "Người dân hai bên bờ kênh được đề nghị di dời lồng bè và ghe thuyền trước ngày "
            "mười lăm tháng này để đơn vị thi công tiếp cận.",
            "Ông Trần Văn Lộc, phó giám đốc Sở Nông nghiệp, cho biết bùn nạo vét sẽ được dùng "
            "để san lấp mặt bằng cho khu tái định cư Cái Sơn.",
        )
        + "</font><br><br><table width='100%' class='tinlienquan'><tr><td><b>Tin liên quan"
        "</b></td></tr><tr><td>» <a href='/t/9'>Kè sông Cần Thơ sạt lở trong đêm</a></td>"
        "</tr><tr><td>» <a href='/t/8'>Hậu Giang hỗ trợ nông dân sau lũ</a></td></tr></table>"
        f"<table><tr><td><font size='1'>{w.share}</font> <a href='#'>Facebook</a> "
        "<a href='#'>Zalo</a></td></tr></table>",
    ),
    (
        "khởi công nạo vét hơn mười hai cây số kênh Xáng",
        "hoàn thành trong bốn tháng với tổng kinh phí khoảng ba mươi tỷ đồng",
        "Người dân hai bên bờ kênh được đề nghị di dời lồng bè",
        "bùn nạo vét sẽ được dùng để san lấp mặt bằng cho khu tái định cư Cái Sơn.",
    ),
    (
        "Mưa lớn gây ngập sâu nhiều tuyến đường ở Ninh Kiều",
        "Tin liên quan",
        "Kè sông Cần Thơ sạt lở trong đêm",
        "Hậu Giang hỗ trợ nông dân sau lũ",
        w.share,
    ),
)

w = W["bn"]
add(
    "table_cell_paragraphs_and_nested_read_more",
    w,
    "রাজশাহীতে নতুন সেতুর কাজ শুরু",
    old_table(
        w,
        "রাজশাহীতে নতুন সেতুর কাজ শুরু",
        "<table width='100%'><tr><td class='headline'><h1>রাজশাহীতে নতুন সেতুর কাজ শুরু</h1>"
        "</td></tr><tr><td class='newsdetails'>"
        + paras(
            "রাজশাহী শহরের বারনই নদীর ওপর নতুন সেতুর নির্মাণকাজ গতকাল সকালে আনুষ্ঠানিকভাবে শুরু "
            "হয়েছে। সেতুটি চালু হলে পবা উপজেলার সঙ্গে শহরের দূরত্ব প্রায় আট কিলোমিটার কমবে।",
            "সড়ক ও জনপথ বিভাগ জানিয়েছে, সেতুটির দৈর্ঘ্য হবে দুইশ চল্লিশ মিটার এবং নির্মাণে ব্যয় "
            "হবে একশ দশ কোটি টাকা।",
        )
        + "<table class='more-news' align='right' width='40%'><tr><td><b>আরও পড়ুন:</b><br>"
        "<a href='/n/5'>বরেন্দ্র অঞ্চলে সেচের পানির সংকট</a></td></tr></table>"
        + paras(
            "স্থানীয় কৃষকেরা বলছেন, সেতু না থাকায় এতদিন তাঁদের ফসল নৌকায় করে বাজারে নিতে হতো, "
            "যাতে খরচ ও সময় দুটোই বেশি লাগত।",
            "নির্বাহী প্রকৌশলী মাহবুবুল আলম জানান, আগামী বছরের ডিসেম্বরের মধ্যে কাজ শেষ করার লক্ষ্য নেওয়া হয়েছে।",
        )
        + f"</td></tr><tr><td>{tags(w, 'রাজশাহী', 'সেতু', 'যোগাযোগ')}</td></tr><tr><td>"
        f"{comments(w)}</td></tr></table>",
    ),
    (
        "বারনই নদীর ওপর নতুন সেতুর নির্মাণকাজ গতকাল সকালে আনুষ্ঠানিকভাবে শুরু হয়েছে।",
        "সেতুটির দৈর্ঘ্য হবে দুইশ চল্লিশ মিটার",
        "তাঁদের ফসল নৌকায় করে বাজারে নিতে হতো",
        "আগামী বছরের ডিসেম্বরের মধ্যে কাজ শেষ করার লক্ষ্য নেওয়া হয়েছে।",
    ),
    ("আরও পড়ুন:", "বরেন্দ্র অঞ্চলে সেচের পানির সংকট", w.tags, "যোগাযোগ", w.comments),
)

w = W["ur"]
add(
    "table_rtl_span_text_br",
    w,
    "ملتان میں نہری پانی کی نئی تقسیم",
    old_table(
        w,
        "ملتان میں نہری پانی کی نئی تقسیم",
        "<span class='newshead'>ملتان میں نہری پانی کی نئی تقسیم</span><br><span "
        "class='newsdate'>07 دسمبر 2026</span><br><br><span class='newstext'>"
        + brs(
            "محکمہ آبپاشی نے ملتان ڈویژن کی نہروں کے لیے پانی کی تقسیم کا نیا شیڈول جاری کر دیا ہے "
            "جس کے تحت ہر نہر کو ہفتے میں چار دن پانی ملے گا۔",
            "حکام کے مطابق یہ فیصلہ گندم کی بوائی کے موسم میں کسانوں کی شکایات کے بعد کیا گیا ہے۔",
            also(w, "شجاع آباد میں کپاس کی قیمتیں کم ہو گئیں", shape="bare"),
            "کسان اتحاد کے ضلعی صدر نے نئے شیڈول کا خیر مقدم کیا لیکن کہا کہ نہروں کی صفائی بھی "
            "ضروری ہے۔",
        )
        + f"</span><br><br>{share(w)}",
    ),
    (
        "پانی کی تقسیم کا نیا شیڈول جاری کر دیا ہے",
        "گندم کی بوائی کے موسم میں کسانوں کی شکایات کے بعد کیا گیا ہے۔",
        "نہروں کی صفائی بھی ضروری ہے۔",
    ),
    ("شجاع آباد میں کپاس کی قیمتیں کم ہو گئیں", w.share),
)

w = W["ne"]
add(
    "table_layout_with_results_table",
    w,
    "पोखरा महानगरको उपचुनाव: वडा ११ को नतिजा",
    old_table(
        w,
        "पोखरा महानगरको उपचुनाव: वडा ११ को नतिजा",
        "<h1 class='news-title'>पोखरा महानगरको उपचुनाव: वडा ११ को नतिजा</h1><div "
        "class='news-content'>"
        + paras(
            "पोखरा महानगरपालिकाको वडा नम्बर ११ मा शनिबार भएको उपचुनावको मतगणना आइतबार साँझ "
            "सम्पन्न भएको छ।",
            "निर्वाचन अधिकृत कार्यालयका अनुसार कुल मतदाताको बासठ्ठी प्रतिशतले मतदान गरेका थिए।",
        )
        + "<table class='result' border='1'><tr><th>उम्मेदवार</th><th>दल</th><th>मत</th></tr>"
        "<tr><td>सीता गुरुङ</td><td>स्वतन्त्र</td><td>२१४५</td></tr><tr><td>रमेश थापा</td>"
        "<td>नागरिक मोर्चा</td><td>१९८७</td></tr></table>"
        + paras("विजयी उम्मेदवार गुरुङले वडाको खानेपानी समस्या पहिलो प्राथमिकतामा राख्ने बताएकी छन्।")
        + "</div><table width='100%'><tr><td class='related'><b>सम्बन्धित समाचार</b><br><a "
        "href='/r/1'>लेखनाथमा सडक विस्तार अलपत्र</a><br><a href='/r/2'>कास्कीमा मतदाता नामावली "
        f"अद्यावधिक</a></td></tr></table>{share(w)}",
    ),
    (
        "वडा नम्बर ११ मा शनिबार भएको उपचुनावको मतगणना",
        "बासठ्ठी प्रतिशतले मतदान गरेका थिए।",
        "सीता गुरुङ",
        "२१४५",
        "नागरिक मोर्चा",
        "खानेपानी समस्या पहिलो प्राथमिकतामा राख्ने बताएकी छन्।",
    ),
    ("सम्बन्धित समाचार", "लेखनाथमा सडक विस्तार अलपत्र", "कास्कीमा मतदाता नामावली", w.share),
)

w = W["si"]
add(
    "table_font_text_tags_and_app",
    w,
    "ගාල්ලේ ධීවර වරායේ නව ශීතාගාරයක්",
    old_table(
        w,
        "ගාල්ලේ ධීවර වරායේ නව ශීතාගාරයක්",
        "<font size='4' color='#800000'><b>ගාල්ලේ ධීවර වරායේ නව ශීතාගාරයක්</b></font><br><br>"
        "<font size='3'>"
        + brs(
            "ගාල්ල ධීවර වරායේ ඉදිකළ නව ශීතාගාරය ඊයේ දිනයේ ධීවරයින්ගේ භාවිතය සඳහා විවෘත කරන ලදී.",
            "මෙම ශීතාගාරයට එකවර මත්ස්‍ය ටොන් තුන්සියයක් ගබඩා කළ හැකි බව ධීවර සංස්ථාව පවසයි.",
            "මීට පෙර ධීවරයින්ට අල්ලාගත් මසුන් අඩු මිලට විකිණීමට සිදුවූයේ ගබඩා පහසුකම් නොමැති "
            "වීම නිසා බව වරාය කළමනාකරු සඳුන් පෙරේරා සඳහන් කළේය.",
        )
        + f"</font><br><br>{tags(w, 'ගාල්ල', 'ධීවර')}<div class='app-promo'><a href='/app'>"
        f"{w.app}</a></div>",
    ),
    (
        "නව ශීතාගාරය ඊයේ දිනයේ ධීවරයින්ගේ භාවිතය සඳහා විවෘත කරන ලදී.",
        "මත්ස්‍ය ටොන් තුන්සියයක් ගබඩා කළ හැකි බව",
        "ගබඩා පහසුකම් නොමැති වීම නිසා බව වරාය කළමනාකරු",
    ),
    (w.tags, w.app),
)

w = W["am"]
add(
    "table_div_br_text_share_comments",
    w,
    "በባሕር ዳር አዲስ የውሃ ማጣሪያ ተመረቀ",
    old_table(
        w,
        "በባሕር ዳር አዲስ የውሃ ማጣሪያ ተመረቀ",
        "<div class='title'>በባሕር ዳር አዲስ የውሃ ማጣሪያ ተመረቀ</div><div class='body'>"
        + brs(
            "በባሕር ዳር ከተማ የተገነባው አዲሱ የውሃ ማጣሪያ ጣቢያ ትናንት በይፋ ተመርቆ ለአገልግሎት ክፍት ሆኗል።",
            "ጣቢያው በቀን ሃምሳ ሺህ ሜትር ኩብ ውሃ የማጣራት አቅም ያለው ሲሆን ከሁለት መቶ ሺህ በላይ ነዋሪዎችን ተጠቃሚ ያደርጋል ተብሏል።",
            also(w, "የጣና ሐይቅ የእምቦጭ አረም ጉዳይ", shape="bare"),
            "የከተማው የውሃ አገልግሎት ኃላፊ አቶ ደሳለኝ ታደሰ እንዳሉት በከተማዋ ዳርቻ ያሉ ሰፈሮች ከዚህ በፊት "
            "በሳምንት ሁለት ቀን ብቻ ውሃ ያገኙ ነበር።",
        )
        + f"</div>{share(w)}{comments(w)}",
    ),
    (
        "አዲሱ የውሃ ማጣሪያ ጣቢያ ትናንት በይፋ ተመርቆ ለአገልግሎት ክፍት ሆኗል።",
        "በቀን ሃምሳ ሺህ ሜትር ኩብ ውሃ የማጣራት አቅም ያለው",
        "በሳምንት ሁለት ቀን ብቻ ውሃ ያገኙ ነበር።",
    ),
    ("የጣና ሐይቅ የእምቦጭ አረም ጉዳይ", w.read_also, w.share, w.comments),
)
