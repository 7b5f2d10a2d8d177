"""The blind72a probe's second batch (written after the first run, before any run of it):
the "read also" pointers as regional sites really word and set them, in variants the first
batch lacked (upper case, a dash or ">>" for the colon, plural and synonym labels, the
label and the link as a bare paragraph with no class), a "most read" box inside the text,
a related table inside the text, a donation plea as the text's last plain paragraph, a
news agency's end-of-message mark, and prose as one <div> per paragraph."""

from __future__ import annotations

from ._kit import add, paras, portal, share
from .words import W


def _bare(label: str, headline: str) -> str:
    """A pointer as a bare paragraph: the label and the link, no class."""
    return f"<p>{label} <a href='/p/{len(headline)}'>{headline}</a></p>"


w = W["vi"]
add(
    "div_per_paragraph_xem_them_arrows",
    w,
    "Sóc Trăng mở tuyến xe buýt về biển Vĩnh Châu",
    portal(
        w,
        "Sóc Trăng mở tuyến xe buýt về biển Vĩnh Châu",
        "<div class='detail-content'><h1>Sóc Trăng mở tuyến xe buýt về biển Vĩnh Châu</h1>"
        "<div style='text-align:justify'>Từ ngày 15 tháng này, tỉnh Sóc Trăng đưa vào hoạt "
        "động tuyến xe buýt nối trung tâm thành phố với thị xã Vĩnh Châu.</div><div "
        "style='text-align:justify'>Tuyến dài bốn mươi hai cây số, mỗi ngày chạy hai mươi "
        "chuyến, giá vé từ mười lăm nghìn đồng.</div><div><b>&gt;&gt; Xem thêm: <a href='/x'>"
        "Vĩnh Châu vào mùa thu hoạch hành tím</a></b></div><div style='text-align:justify'>"
        "Học sinh và người cao tuổi được giảm một nửa giá vé khi xuất trình thẻ.</div>"
        f"</div>{share(w)}",
    ),
    (
        "đưa vào hoạt động tuyến xe buýt nối trung tâm thành phố với thị xã Vĩnh Châu.",
        "mỗi ngày chạy hai mươi chuyến, giá vé từ mười lăm nghìn đồng.",
        "Học sinh và người cao tuổi được giảm một nửa giá vé",
    ),
    ("Vĩnh Châu vào mùa thu hoạch hành tím", "Xem thêm", w.share),
)

w = W["ms"]
add(
    "upper_case_baca_lines",
    w,
    "Hospital baharu Dungun mula beroperasi",
    portal(
        w,
        "Hospital baharu Dungun mula beroperasi",
        "<div class='article-body'><h1>Hospital baharu Dungun mula beroperasi</h1>"
        + paras(
            "DUNGUN: Hospital baharu Dungun dengan tiga ratus katil mula menerima pesakit luar "
            "semalam selepas tertangguh hampir dua tahun.",
            "Pengarah Kesihatan Negeri berkata wad kecemasan dan dewan bedah akan dibuka "
            "secara berperingkat sebelum hujung bulan.",
        )
        + _bare("BACA:", "Klinik desa di Paka kekurangan doktor")
        + paras(
            "Penduduk sebelum ini terpaksa ke Kuala Terengganu, kira-kira sejam perjalanan, "
            "untuk rawatan pakar.",
        )
        + _bare("BACA JUGA:", "Lebuh raya pantai timur fasa tiga siap lebih awal")
        + f"</div>{share(w)}",
    ),
    (
        "tiga ratus katil mula menerima pesakit luar semalam",
        "wad kecemasan dan dewan bedah akan dibuka secara berperingkat",
        "terpaksa ke Kuala Terengganu, kira-kira sejam perjalanan",
    ),
    (
        "Klinik desa di Paka kekurangan doktor",
        "Lebuh raya pantai timur fasa tiga siap lebih awal",
        w.share,
    ),
)

w = W["tl"]
add(
    "basahin_upper_case_bare",
    w,
    "Presyo ng isda sa Pasil tumaas",
    portal(
        w,
        "Presyo ng isda sa Pasil tumaas",
        "<div class='entry-content'><h1>Presyo ng isda sa Pasil tumaas</h1>"
        + paras(
            "Tumaas ng halos tatlumpung piso kada kilo ang presyo ng galunggong sa Pasil Fish "
            "Market dahil sa sama ng panahon.",
            "Ayon sa mga tindera, kakaunti ang mga bangkang nakapalaot nitong nakaraang linggo.",
        )
        + _bare("BASAHIN:", "Mga mangingisda sa Bantayan tumanggap ng ayuda")
        + paras("Inaasahang bababa muli ang presyo kapag gumanda na ang lagay ng dagat.")
        + "</div>",
    ),
    (
        "Tumaas ng halos tatlumpung piso kada kilo ang presyo ng galunggong",
        "kakaunti ang mga bangkang nakapalaot",
        "Inaasahang bababa muli ang presyo",
    ),
    ("Mga mangingisda sa Bantayan tumanggap ng ayuda", "BASAHIN"),
)

w = W["sw"]
add(
    "habari_nyingine_inline_labels",
    w,
    "Wakulima wa chai Kericho walipwa bonasi",
    portal(
        w,
        "Wakulima wa chai Kericho walipwa bonasi",
        "<div class='article-body'><h1>Wakulima wa chai Kericho walipwa bonasi</h1>"
        + paras(
            "Wakulima wa chai katika kaunti ya Kericho wameanza kupokea malipo ya bonasi ya "
            "mwaka baada ya bei ya chai kupanda sokoni Mombasa.",
            "Kila mkulima atapokea shilingi ishirini na tano kwa kila kilo ya majani "
            "aliyowasilisha kiwandani.",
        )
        + _bare("<b>Habari Nyingine:</b>", "Bei ya mbolea yashuka kwa asilimia kumi")
        + paras(
            "Mwenyekiti wa chama cha wakulima alisema malipo hayo yatasaidia familia nyingi "
            "kulipa karo za shule mwezi Januari.",
        )
        + _bare("<b>Habari Nyingine:</b>", "Mvua kubwa yaharibu barabara za Bomet")
        + "</div>",
    ),
    (
        "wameanza kupokea malipo ya bonasi ya mwaka",
        "shilingi ishirini na tano kwa kila kilo",
        "kulipa karo za shule mwezi Januari.",
    ),
    (
        "Bei ya mbolea yashuka kwa asilimia kumi",
        "Mvua kubwa yaharibu barabara za Bomet",
        "Habari Nyingine",
    ),
)

w = W["hi"]
add(
    "ye_bhi_padhen_dash_and_ise_bhi",
    w,
    "इंदौर में मेट्रो का ट्रायल रन पूरा",
    portal(
        w,
        "इंदौर में मेट्रो का ट्रायल रन पूरा",
        "<div class='article-desc'><h1>इंदौर में मेट्रो का ट्रायल रन पूरा</h1>"
        + paras(
            "इंदौर मेट्रो का छह किलोमीटर लंबे प्रायोरिटी कॉरिडोर पर ट्रायल रन रविवार को सफलतापूर्वक "
            "पूरा हो गया।",
            "मेट्रो रेल कॉरपोरेशन के अधिकारियों ने बताया कि यात्री सेवा मार्च से शुरू करने की तैयारी है।",
        )
        + _bare("<b>ये भी पढ़ें-</b>", "उज्जैन में महाकाल लोक का दूसरा चरण तैयार")
        + paras("पहले चरण में पांच स्टेशन होंगे और किराया बीस रुपये से शुरू होगा।")
        + _bare("<b>इसे भी पढ़ें:</b>", "भोपाल में बीआरटीएस कॉरिडोर हटाने का काम शुरू")
        + "</div>",
    ),
    (
        "ट्रायल रन रविवार को सफलतापूर्वक पूरा हो गया।",
        "यात्री सेवा मार्च से शुरू करने की तैयारी है।",
        "पहले चरण में पांच स्टेशन होंगे",
    ),
    (
        "उज्जैन में महाकाल लोक का दूसरा चरण तैयार",
        "भोपाल में बीआरटीएस कॉरिडोर हटाने का काम शुरू",
        "ये भी पढ़ें",
        "इसे भी पढ़ें",
    ),
)

w = W["ta"]
add(
    "melum_padikka_and_most_read_box_inside",
    w,
    "மதுரையில் புதிய நூலகம் திறப்பு",
    portal(
        w,
        "மதுரையில் புதிய நூலகம் திறப்பு",
        "<div class='story-body'><h1>மதுரையில் புதிய நூலகம் திறப்பு</h1>"
        + paras(
            "மதுரை மாநகராட்சி சார்பில் ஆறு மாடிகள் கொண்ட புதிய பொது நூலகம் வெள்ளிக்கிழமை திறக்கப்பட்டது.",
            "இந்த நூலகத்தில் இரண்டு லட்சம் புத்தகங்களும் குழந்தைகளுக்கான தனிப் பிரிவும் உள்ளன.",
        )
        + "<div class='inline-box'><h4>அதிகம் படித்தவை</h4><ul><li><a href='/1'>வைகை அணையில் "
        "நீர் திறப்பு</a></li><li><a href='/2'>மல்லிகை விலை கிலோ ரூ.2000</a></li></ul></div>"
        + paras("நூலகம் காலை எட்டு மணி முதல் இரவு எட்டு மணி வரை திறந்திருக்கும்.")
        + _bare("<b>மேலும் படிக்க:</b>", "திருப்பரங்குன்றத்தில் கார்த்திகை தீபம்")
        + "</div>",
    ),
    (
        "ஆறு மாடிகள் கொண்ட புதிய பொது நூலகம் வெள்ளிக்கிழமை திறக்கப்பட்டது.",
        "இரண்டு லட்சம் புத்தகங்களும் குழந்தைகளுக்கான தனிப் பிரிவும் உள்ளன.",
        "காலை எட்டு மணி முதல் இரவு எட்டு மணி வரை திறந்திருக்கும்.",
    ),
    (
        "வைகை அணையில் நீர் திறப்பு",
        "மல்லிகை விலை கிலோ ரூ.2000",
        "திருப்பரங்குன்றத்தில் கார்த்திகை தீபம்",
        "மேலும் படிக்க",
    ),
)

w = W["te"]
add(
    "ivi_kuda_chadavandi_plural",
    w,
    "విశాఖలో కొత్త ఫిషింగ్ హార్బర్",
    portal(
        w,
        "విశాఖలో కొత్త ఫిషింగ్ హార్బర్",
        "<div class='article'><h1>విశాఖలో కొత్త ఫిషింగ్ హార్బర్</h1>"
        + paras(
            "విశాఖపట్నంలో నాలుగు వందల కోట్ల రూపాయలతో కొత్త ఫిషింగ్ హార్బర్ నిర్మాణానికి ప్రభుత్వం అనుమతి ఇచ్చింది.",
            "ఈ హార్బర్‌లో ఒకేసారి ఏడు వందల పడవలు నిలిపే సౌకర్యం ఉంటుంది.",
        )
        + "<p><b>ఇవి కూడా చదవండి:</b></p><ul><li><a href='/a'>భీమిలి తీరంలో తాబేళ్ల సంరక్షణ</a>"
        "</li><li><a href='/b'>అరకు కాఫీకి అంతర్జాతీయ గుర్తింపు</a></li></ul>"
        + paras("పనులు వచ్చే ఏడాది జూన్‌లో ప్రారంభమవుతాయని మత్స్యశాఖ తెలిపింది.")
        + "</div>",
    ),
    (
        "కొత్త ఫిషింగ్ హార్బర్ నిర్మాణానికి ప్రభుత్వం అనుమతి ఇచ్చింది.",
        "ఒకేసారి ఏడు వందల పడవలు నిలిపే సౌకర్యం ఉంటుంది.",
        "పనులు వచ్చే ఏడాది జూన్‌లో ప్రారంభమవుతాయని",
    ),
    ("భీమిలి తీరంలో తాబేళ్ల సంరక్షణ", "అరకు కాఫీకి అంతర్జాతీయ గుర్తింపు", "ఇవి కూడా చదవండి"),
)

w = W["el"]
add(
    "diavaste_akomi_upper_case",
    w,
    "Χανιά: Ανοίγει ξανά το Φαράγγι της Σαμαριάς",
    portal(
        w,
        "Χανιά: Ανοίγει ξανά το Φαράγγι της Σαμαριάς",
        "<div class='article-text'><h1>Χανιά: Ανοίγει ξανά το Φαράγγι της Σαμαριάς</h1>"
        + paras(
            "Το Φαράγγι της Σαμαριάς θα ανοίξει ξανά για τους επισκέπτες την 1η Μαΐου, μετά τις "
            "εργασίες αποκατάστασης του μονοπατιού.",
            "Η Περιφέρεια Κρήτης διέθεσε οκτακόσιες χιλιάδες ευρώ για τα έργα.",
        )
        + _bare("<strong>ΔΙΑΒΑΣΤΕ ΑΚΟΜΗ:</strong>", "Νέα πτήσεις από το Βερολίνο στα Χανιά")
        + paras("Το εισιτήριο εισόδου παραμένει στα δέκα ευρώ.")
        + "</div>",
    ),
    (
        "θα ανοίξει ξανά για τους επισκέπτες την 1η Μαΐου",
        "οκτακόσιες χιλιάδες ευρώ για τα έργα.",
        "Το εισιτήριο εισόδου παραμένει στα δέκα ευρώ.",
    ),
    ("Νέα πτήσεις από το Βερολίνο στα Χανιά", "ΔΙΑΒΑΣΤΕ ΑΚΟΜΗ"),
)

w = W["fa"]
add(
    "agency_end_mark_and_bishtar",
    w,
    "بارش برف راه‌های کوهستانی مازندران را بست",
    portal(
        w,
        "بارش برف راه‌های کوهستانی مازندران را بست",
        "<div class='item-text'><h1>بارش برف راه‌های کوهستانی مازندران را بست</h1>"
        + paras(
            "به گزارش خبرنگار ما از ساری، بارش سنگین برف از بامداد امروز راه ارتباطی "
            "بیست روستای کوهستانی را مسدود کرده است.",
            "مدیرکل راهداری استان گفت سی دستگاه ماشین‌آلات برای بازگشایی راه‌ها اعزام شده‌اند.",
        )
        + _bare("<b>بیشتر بخوانید:</b>", "هشدار نارنجی هواشناسی برای استان‌های شمالی")
        + paras("رانندگان باید تا اطلاع ثانوی از زنجیر چرخ استفاده کنند.", "انتهای پیام/")
        + "</div>",
    ),
    (
        "راه ارتباطی بیست روستای کوهستانی را مسدود کرده است.",
        "سی دستگاه ماشین‌آلات برای بازگشایی راه‌ها اعزام شده‌اند.",
        "رانندگان باید تا اطلاع ثانوی از زنجیر چرخ استفاده کنند.",
    ),
    ("هشدار نارنجی هواشناسی برای استان‌های شمالی", "انتهای پیام"),
)

w = W["ro"]
add(
    "donation_plea_last_plain_paragraph",
    w,
    "Sighișoara: Turnul cu Ceas intră în renovare",
    portal(
        w,
        "Sighișoara: Turnul cu Ceas intră în renovare",
        "<div class='entry-content'><h1>Sighișoara: Turnul cu Ceas intră în renovare</h1>"
        + paras(
            "Turnul cu Ceas din Sighișoara va fi închis vizitatorilor din ianuarie, când încep "
            "lucrările de consolidare a acoperișului.",
            "Muzeul de istorie, găzduit în turn, își va muta temporar exponatele în Casa Vlad "
            "Dracul.",
            "Lucrările sunt estimate la doi ani și vor costa 3,4 milioane de lei.",
            "<em>Gazeta de Mureș este o publicație independentă. Dacă vrei să ne ajuți să "
            "continuăm, ne poți susține cu o donație, oricât de mică.</em>",
        )
        + "</div>",
    ),
    (
        "va fi închis vizitatorilor din ianuarie",
        "își va muta temporar exponatele în Casa Vlad Dracul.",
        "Lucrările sunt estimate la doi ani și vor costa 3,4 milioane de lei.",
    ),
    ("ne poți susține cu o donație", "Gazeta de Mureș este o publicație independentă."),
)

w = W["ne"]
add(
    "related_table_inside_text",
    w,
    "पोखरामा पर्यटक आगमन बढ्यो",
    portal(
        w,
        "पोखरामा पर्यटक आगमन बढ्यो",
        "<div class='post-entry'><h1>पोखरामा पर्यटक आगमन बढ्यो</h1>"
        + paras(
            "यस वर्षको असोज र कात्तिक महिनामा पोखरा आउने विदेशी पर्यटकको संख्या गत वर्षभन्दा तीस "
            "प्रतिशतले बढेको छ।",
            "होटल व्यवसायी संघका अनुसार लेकसाइडका अधिकांश होटल पुस सम्मका लागि बुक भइसकेका छन्।",
        )
        + "<table class='box'><tr><td><b>यो पनि पढ्नुहोस्</b></td></tr><tr><td><a href='/1'>"
        "सराङकोटमा प्याराग्लाइडिङ उडान थपियो</a></td></tr><tr><td><a href='/2'>अन्नपूर्ण "
        "पदमार्गमा हिमपात</a></td></tr></table>"
        + paras("पर्यटन बोर्डले आगामी वर्ष पोखरामा दस लाख पर्यटक भित्र्याउने लक्ष्य राखेको छ।")
        + "</div>",
    ),
    (
        "विदेशी पर्यटकको संख्या गत वर्षभन्दा तीस प्रतिशतले बढेको छ।",
        "अधिकांश होटल पुस सम्मका लागि बुक भइसकेका छन्।",
        "दस लाख पर्यटक भित्र्याउने लक्ष्य राखेको छ।",
    ),
    ("सराङकोटमा प्याराग्लाइडिङ उडान थपियो", "अन्नपूर्ण पदमार्गमा हिमपात", "यो पनि पढ्नुहोस्"),
)

w = W["ka"]
add(
    "aseve_dainteresdit_variant",
    w,
    "ბათუმში ახალი ბულვარი გაიხსნა",
    portal(
        w,
        "ბათუმში ახალი ბულვარი გაიხსნა",
        "<div class='article-content'><h1>ბათუმში ახალი ბულვარი გაიხსნა</h1>"
        + paras(
            "ბათუმში, ახალი ბულვარის ტერიტორიაზე, ორკილომეტრიანი სანაპირო ზოლი"
            " საზოგადოებას გაეხსნა.",
            "მერიის ინფორმაციით, ბულვარზე ხუთასი ხე დაირგო და ველობილიკი მოეწყო.",
        )
        + _bare("<b>ასევე დაინტერესდით:</b>", "ბათუმის პორტში კრუიზული სეზონი დასრულდა")
        + paras("სამუშაოები ერთ წელზე მეტხანს გაგრძელდა.")
        + "</div>",
    ),
    (
        "ორკილომეტრიანი სანაპირო ზოლი საზოგადოებას გაეხსნა.",
        "ხუთასი ხე დაირგო და ველობილიკი მოეწყო.",
        "სამუშაოები ერთ წელზე მეტხანს გაგრძელდა.",
    ),
    ("ბათუმის პორტში კრუიზული სეზონი დასრულდა", "ასევე დაინტერესდით"),
)

w = W["lv"]
add(
    "vel_lasi_and_lasi_ari_upper",
    w,
    "Ventspilī atjaunos Ostas ielas promenādi",
    portal(
        w,
        "Ventspilī atjaunos Ostas ielas promenādi",
        "<div class='article-body'><h1>Ventspilī atjaunos Ostas ielas promenādi</h1>"
        + paras(
            "Ventspils valstspilsētas pašvaldība nākamgad atjaunos Ostas ielas promenādi "
            "visā tās kilometra garumā.",
            "Darbi izmaksās 2,3 miljonus eiro, un tos plānots pabeigt līdz Jūras svētkiem.",
        )
        + _bare("<b>Vēl lasi:</b>", "Ventspils ostā pieaudzis kravu apgrozījums")
        + paras("Promenādē uzstādīs jaunus soliņus un apgaismojumu.")
        + _bare("<b>LASI ARĪ:</b>", "Piltenē atklāj jaunu bibliotēku")
        + "</div>",
    ),
    (
        "atjaunos Ostas ielas promenādi visā tās kilometra garumā.",
        "Darbi izmaksās 2,3 miljonus eiro",
        "Promenādē uzstādīs jaunus soliņus un apgaismojumu.",
    ),
    ("Ventspils ostā pieaudzis kravu apgrozījums", "Piltenē atklāj jaunu bibliotēku", "Vēl lasi"),
)

w = W["he"]
add(
    "kiru_od_bare_pointer",
    w,
    "צפת: נפתח מסלול הליכה חדש בעיר העתיקה",
    portal(
        w,
        "צפת: נפתח מסלול הליכה חדש בעיר העתיקה",
        "<div class='article-text'><h1>צפת: נפתח מסלול הליכה חדש בעיר העתיקה</h1>"
        + paras(
            "מסלול הליכה חדש באורך שלושה קילומטרים נפתח השבוע בעיר העתיקה של צפת ומחבר בין "
            "רובע האמנים לבתי הכנסת העתיקים.",
            "המסלול מונגש לכיסאות גלגלים ברוב חלקיו ומשולט בעברית, בערבית ובאנגלית.",
        )
        + _bare("<strong>קראו עוד:</strong>", "פסטיבל הכליזמרים יתקיים בקיץ כמתוכנן")
        + paras("העירייה מתכננת להוסיף סיורים מודרכים בחינם בימי שישי.")
        + "</div>",
    ),
    (
        "מסלול הליכה חדש באורך שלושה קילומטרים נפתח השבוע",
        "מונגש לכיסאות גלגלים ברוב חלקיו",
        "להוסיף סיורים מודרכים בחינם בימי שישי.",
    ),
    ("פסטיבל הכליזמרים יתקיים בקיץ כמתוכנן", "קראו עוד"),
)

w = W["sr"]
add(
    "procitajte_i_bare_and_vise_vesti",
    w,
    "Пирот: Обновљен мост на Нишави",
    portal(
        w,
        "Пирот: Обновљен мост на Нишави",
        "<div class='news-text'><h1>Пирот: Обновљен мост на Нишави</h1>"
        + paras(
            "Камени мост на Нишави у Пироту, стар више од два века, поново је отворен за "
            "пешаке после осмомесечне обнове.",
            "Радови су коштали четрдесет милиона динара и финансирало их је Министарство културе.",
        )
        + _bare("<b>Прочитајте и:</b>", "Пиротски ћилим на листи нематеријалног наслеђа")
        + paras("Мост ће ноћу бити осветљен новим лед рефлекторима.")
        + _bare("<b>Више вести:</b>", "Почела берба у Књажевцу")
        + "</div>",
    ),
    (
        "поново је отворен за пешаке после осмомесечне обнове.",
        "четрдесет милиона динара",
        "Мост ће ноћу бити осветљен новим лед рефлекторима.",
    ),
    (
        "Пиротски ћилим на листи нематеријалног наслеђа",
        "Почела берба у Књажевцу",
        "Прочитајте и",
        "Више вести",
    ),
)

w = W["kk"]
add(
    "tagy_oqynyz_variant",
    w,
    "Семейде ескі көпір жабылды",
    portal(
        w,
        "Семейде ескі көпір жабылды",
        "<div class='article-text'><h1>Семейде ескі көпір жабылды</h1>"
        + paras(
            "Семей қаласындағы Ертіс арқылы өтетін ескі көпір жөндеу жұмыстарына байланысты "
            "көлік қозғалысына жабылды.",
            "Жөндеу жұмыстары сәуір айына дейін жалғасады деп күтілуде.",
        )
        + _bare("<b>Тағы оқыңыз:</b>", "Өскеменде жаңа әуежай терминалы ашылды")
        + paras("Қоғамдық көлік жаңа аспалы көпір арқылы жүреді.")
        + "</div>",
    ),
    (
        "көлік қозғалысына жабылды.",
        "сәуір айына дейін жалғасады",
        "Қоғамдық көлік жаңа аспалы көпір арқылы жүреді.",
    ),
    ("Өскеменде жаңа әуежай терминалы ашылды", "Тағы оқыңыз"),
)
