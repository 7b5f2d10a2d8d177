""" "Advertisement" labels set alone where an ad slot interrupts the story, in 21 languages
and eleven scripts (Latin, Cyrillic, Greek, Arabic, Hebrew, Han in both forms, Hangul,
Devanagari, Bengali, Tamil, Thai), the slot named by no ad word, and the opposite trap: the
story's own sentences that merely hold such words (advertising, newsletters, sharing,
subscribing, comments)."""

from __future__ import annotations

from ._kit import add, ps


def slot(label: str) -> str:
    """An ad slot whose only text is its label, named by no ad word (a hashed class)."""
    return (
        f"<div class='c7f2a'><span class='c7f2a__l'>{label}</span>"
        "<div class='c7f2a__b'></div></div>"
    )


# --- English: "ADVERTISEMENT" in capitals, and a sentence about advertising that stays.
add(
    "en_advertisement_caps_and_trap",
    "en",
    "Local radio station celebrates fifty years on air",
    ps(
        "Valley FM marked fifty years on air on Saturday with a live broadcast from the "
        "market square, where its first studio stood.",
        "Advertising revenue has fallen by a third since 2015, and the station now relies on "
        "listeners' donations for almost half of its budget.",
    )
    + slot("ADVERTISEMENT")
    + ps(
        "Its breakfast show, presented by the same host since 1991, still reaches one in four "
        "homes in the valley.",
    ),
    (
        "Valley FM marked fifty years on air on Saturday",
        "Advertising revenue has fallen by a third since 2015",
        "Its breakfast show, presented by the same host since 1991",
    ),
    ("ADVERTISEMENT",),
)

# --- German: "Anzeige" labels a slot; an "Anzeige" (a criminal complaint) in the text stays.
add(
    "de_anzeige_label_and_trap",
    "de",
    "Bürgermeister weist Vorwürfe zurück",
    ps(
        "Der Bürgermeister hat die Vorwürfe der Opposition zurückgewiesen, er habe den Auftrag "
        "für den neuen Bauhof ohne Ausschreibung vergeben.",
        "Ein Anwohner hat am Montag Anzeige gegen ihn erstattet; die Staatsanwaltschaft prüft "
        "nun, ob sie Ermittlungen aufnimmt.",
    )
    + slot("Anzeige")
    + ps(
        "Der Gemeinderat will in seiner nächsten Sitzung alle Unterlagen zu dem Auftrag "
        "öffentlich machen.",
    ),
    (
        "Der Bürgermeister hat die Vorwürfe der Opposition zurückgewiesen",
        "Ein Anwohner hat am Montag Anzeige gegen ihn erstattet",
        "Der Gemeinderat will in seiner nächsten Sitzung",
    ),
    ("Anzeige\n",),
)

# --- French: "Publicité" labels a slot; a sentence about advertising stays.
add(
    "fr_publicite_label_and_trap",
    "fr",
    "Les panneaux lumineux interdits dans le centre historique",
    ps(
        "Le conseil municipal a voté l’interdiction des panneaux lumineux dans le centre "
        "historique à partir de l’été prochain.",
        "La publicité sur les abribus restera autorisée, mais les écrans devront être éteints "
        "entre vingt-trois heures et six heures.",
    )
    + slot("Publicité")
    + ps("Les commerçants ont six mois pour remplacer leurs enseignes."),
    (
        "Le conseil municipal a voté l’interdiction des panneaux lumineux",
        "La publicité sur les abribus restera autorisée",
        "Les commerçants ont six mois pour remplacer leurs enseignes",
    ),
    ("Publicité\n",),
)

# --- Spanish: "Publicidad" labels a slot.
add(
    "es_publicidad_label",
    "es",
    "El ayuntamiento amplía el horario de las piscinas",
    ps(
        "Las piscinas municipales abrirán hasta las diez de la noche a partir de junio, dos "
        "horas más que el verano pasado.",
    )
    + slot("Publicidad")
    + ps(
        "El ayuntamiento contratará a seis socorristas más para cubrir los nuevos turnos de "
        "tarde y noche.",
        "Las entradas mantendrán su precio de tres euros para adultos y un euro para menores.",
    ),
    (
        "Las piscinas municipales abrirán hasta las diez de la noche",
        "El ayuntamiento contratará a seis socorristas más",
        "Las entradas mantendrán su precio",
    ),
    ("Publicidad",),
)

# --- Russian: "Реклама" labels a slot; a sentence about television advertising stays.
add(
    "ru_reklama_label_and_trap",
    "ru",
    "Региональный телеканал сократит вечерний эфир",
    ps(
        "Региональный телеканал с января сократит вечерний эфир на два часа и закроет одну из "
        "новостных программ.",
        "Реклама на телевидении подорожала, но доходы канала всё равно упали на четверть за "
        "последние три года.",
    )
    + slot("Реклама")
    + ps("Сотрудникам закрытой программы предложили перейти в редакцию сайта."),
    (
        "Региональный телеканал с января сократит вечерний эфир",
        "Реклама на телевидении подорожала",
        "Сотрудникам закрытой программы предложили",
    ),
    ("Реклама\n",),
)

# --- Ukrainian: "Реклама" labels a slot.
add(
    "uk_reklama_label",
    "uk",
    "Міст через Десну відкриють для руху в травні",
    ps(
        "Відремонтований міст через Десну відкриють для руху автомобілів у травні, повідомили "
        "в обласній адміністрації.",
    )
    + slot("Реклама")
    + ps(
        "Ремонт тривав два роки і коштував понад триста мільйонів гривень.",
        "Поки що мостом можуть ходити лише пішоходи та їздити велосипедисти.",
    ),
    (
        "Відремонтований міст через Десну відкриють",
        "Ремонт тривав два роки",
        "Поки що мостом можуть ходити лише пішоходи",
    ),
    ("Реклама",),
)

# --- Greek: "Διαφήμιση" labels a slot.
add(
    "el_diafimisi_label",
    "el",
    "Νέος παιδικός σταθμός στη δυτική πλευρά της πόλης",
    ps(
        "Ο δήμος θα λειτουργήσει από τον Σεπτέμβριο νέο παιδικό σταθμό για ογδόντα παιδιά στη "
        "δυτική πλευρά της πόλης.",
    )
    + slot("Διαφήμιση")
    + ps(
        "Το κτίριο ανακαινίστηκε με χρήματα από το πρόγραμμα ανάπτυξης της περιφέρειας.",
        "Οι αιτήσεις εγγραφής θα γίνονται ηλεκτρονικά από τον Μάιο.",
    ),
    (
        "νέο παιδικό σταθμό για ογδόντα παιδιά",
        "Το κτίριο ανακαινίστηκε με χρήματα",
        "Οι αιτήσεις εγγραφής θα γίνονται ηλεκτρονικά",
    ),
    ("Διαφήμιση",),
)

# --- Arabic: "إعلان" labels a slot.
add(
    "ar_ilan_label",
    "ar",
    "البلدية تزرع ألف شجرة على الطريق الساحلي",
    ps(
        "بدأت البلدية زراعة ألف شجرة على طول الطريق الساحلي ضمن "
        "خطة لزيادة المساحات الخضراء في المدينة.",
    )
    + slot("إعلان")
    + ps(
        "وقال مسؤول في البلدية إن الأشجار اختيرت لتتحمل الرياح والملوحة.",
        "ومن المتوقع أن تنتهي المرحلة الأولى قبل بداية الصيف.",
    ),
    dir_="rtl",
    must=(
        "بدأت البلدية زراعة ألف شجرة",
        "الأشجار اختيرت لتتحمل الرياح والملوحة",
        "ومن المتوقع أن تنتهي المرحلة الأولى",
    ),
    must_not=("إعلان",),
)

# --- Persian: "تبلیغات" labels a slot.
add(
    "fa_tablighat_label",
    "fa",
    "شهرداری سه پارک تازه در جنوب شهر می‌سازد",
    ps(
        "شهرداری اعلام کرد که تا پایان سال آینده سه پارک تازه در محله‌های جنوبی شهر ساخته می‌شود.",
    )
    + slot("تبلیغات")
    + ps(
        "در هر پارک زمین بازی کودکان و مسیر پیاده‌روی ساخته خواهد شد.",
        "ساکنان محله سال‌ها برای ساخت این پارک‌ها درخواست داده بودند.",
    ),
    dir_="rtl",
    must=(
        "سه پارک تازه در محله‌های جنوبی شهر",
        "در هر پارک زمین بازی کودکان",
        "ساکنان محله سال‌ها برای ساخت این پارک‌ها",
    ),
    must_not=("تبلیغات",),
)

# --- Hebrew: "פרסומת" labels a slot.
add(
    "he_pirsomet_label",
    "he",
    "העירייה תפתח מרכז קהילתי חדש בשכונה הצפונית",
    ps(
        "העירייה תפתח בחודש הבא מרכז קהילתי חדש בשכונה הצפונית, עם ספרייה, אולם ספורט וחדרי חוגים.",
    )
    + slot("פרסומת")
    + ps(
        "בניית המרכז נמשכה שלוש שנים ועלתה כעשרים מיליון שקלים.",
        "תושבי השכונה יוכלו להירשם לחוגים כבר מהשבוע הבא.",
    ),
    dir_="rtl",
    must=(
        "מרכז קהילתי חדש בשכונה הצפונית",
        "בניית המרכז נמשכה שלוש שנים",
        "תושבי השכונה יוכלו להירשם לחוגים",
    ),
    must_not=("פרסומת",),
)

# --- Chinese (Traditional): "廣告" labels a slot (a Taiwanese or Hong Kong page).
add(
    "zh_hant_guanggao_label",
    "zh-TW",
    "市府將在河濱新增自行車道",
    ps(
        "市政府宣布，明年將在河濱公園新增長約十二公里的自行車道，串連南北兩岸的運動場。",
    )
    + slot("廣告")
    + ps(
        "工程預計花費三億元，將分兩期進行，第一期於明年春天開工。",
        "市府也將在沿線設置六處休息站與公共廁所。",
    ),
    (
        "明年將在河濱公園新增長約十二公里的自行車道",
        "工程預計花費三億元",
        "市府也將在沿線設置六處休息站",
    ),
    ("廣告",),
)

# --- Chinese (Simplified): "广告" labels a slot; a sentence about ads stays.
add(
    "zh_guanggao_label_and_trap",
    "zh",
    "地铁站内灯箱广告将减少一半",
    ps(
        "市地铁公司表示，明年起站内的灯箱广告将减少一半，腾出的墙面将用于展示本地艺术家的作品。",
    )
    + slot("广告")
    + ps(
        "公司称，广告收入近年来持续下降，而乘客对车站环境的满意度调查中艺术展示得分最高。",
        "首批作品将在十个换乘站展出。",
    ),
    (
        "明年起站内的灯箱广告将减少一半",
        "广告收入近年来持续下降",
        "首批作品将在十个换乘站展出",
    ),
    ("广告\n",),
)

# --- Japanese: "広告" labels a slot.
add(
    "ja_kokoku_label",
    "ja",
    "商店街に無料の休憩所がオープン",
    ps(
        "駅前の商店街に、買い物客が自由に使える無料の休憩所が今月オープンしました。",
    )
    + slot("広告")
    + ps(
        "休憩所には椅子やテーブルのほか、授乳室と充電スペースも設けられています。",
        "商店街の組合は、高齢者や子ども連れの利用を期待しています。",
    ),
    (
        "無料の休憩所が今月オープンしました",
        "授乳室と充電スペースも設けられています",
        "商店街の組合は、高齢者や子ども連れの利用を期待しています",
    ),
    ("広告",),
)

# --- Korean: "광고" labels a slot.
add(
    "ko_gwanggo_label",
    "ko",
    "구청, 골목길 가로등 500개 교체",
    ps(
        "구청은 올해 말까지 주택가 골목길의 낡은 가로등 오백 개를 "
        "발광다이오드 조명으로 교체한다고 밝혔다.",
    )
    + slot("광고")
    + ps(
        "교체 비용은 약 십억 원으로, 전기 요금은 연간 삼십 퍼센트가량 줄어들 것으로 예상된다.",
        "주민들은 밤길이 훨씬 밝아졌다며 반기고 있다.",
    ),
    (
        "낡은 가로등 오백 개를 발광다이오드 조명으로 교체한다고",
        "전기 요금은 연간 삼십 퍼센트가량",
        "주민들은 밤길이 훨씬 밝아졌다며",
    ),
    ("광고",),
)

# --- Hindi: "विज्ञापन" labels a slot; a sentence about advertisements stays.
add(
    "hi_vigyapan_label_and_trap",
    "hi",
    "नगर निगम ने होर्डिंग पर लगाई रोक",
    ps(
        "नगर निगम ने शहर की मुख्य सड़कों पर नए होर्डिंग लगाने पर एक साल के लिए रोक लगा दी है।",
        "अधिकारियों का कहना है कि बड़े विज्ञापन बोर्ड वाहन चालकों का ध्यान भटकाते हैं।",
    )
    + slot("विज्ञापन")
    + ps("पुराने होर्डिंग मार्च तक हटा दिए जाएंगे।"),
    (
        "नए होर्डिंग लगाने पर एक साल के लिए रोक",
        "बड़े विज्ञापन बोर्ड वाहन चालकों का ध्यान भटकाते हैं",
        "पुराने होर्डिंग मार्च तक हटा दिए जाएंगे",
    ),
    ("विज्ञापन\n",),
)

# --- Bengali: "বিজ্ঞাপন" labels a slot.
add(
    "bn_bigyapon_label",
    "bn",
    "নদীর পাড়ে নতুন হাঁটার পথ তৈরি হচ্ছে",
    ps(
        "পৌরসভা নদীর পাড়ে তিন কিলোমিটার লম্বা একটি নতুন হাঁটার পথ তৈরি করছে, যা আগামী বছর খুলে দেওয়া হবে।",
    )
    + slot("বিজ্ঞাপন")
    + ps(
        "পথের দুই পাশে গাছ লাগানো হবে এবং রাতে আলোর ব্যবস্থা থাকবে।",
        "স্থানীয় বাসিন্দারা এই প্রকল্পকে স্বাগত জানিয়েছেন।",
    ),
    (
        "তিন কিলোমিটার লম্বা একটি নতুন হাঁটার পথ",
        "পথের দুই পাশে গাছ লাগানো হবে",
        "স্থানীয় বাসিন্দারা এই প্রকল্পকে স্বাগত জানিয়েছেন",
    ),
    ("বিজ্ঞাপন",),
)

# --- Tamil: "விளம்பரம்" labels a slot.
add(
    "ta_vilamparam_label",
    "ta",
    "நகரில் புதிய மின்சார பேருந்துகள் இயக்கம்",
    ps(
        "நகரில் இருபது புதிய மின்சார பேருந்துகள் திங்கள்கிழமை முதல் "
        "இயக்கப்படும் என்று போக்குவரத்துக் கழகம் அறிவித்துள்ளது.",
    )
    + slot("விளம்பரம்")
    + ps(
        "இந்தப் பேருந்துகள் விமான நிலையம் மற்றும் பேருந்து நிலையம் இடையே இயக்கப்படும்.",
        "பயணக் கட்டணத்தில் எந்த மாற்றமும் இல்லை என்று அதிகாரிகள் தெரிவித்தனர்.",
    ),
    (
        "இருபது புதிய மின்சார பேருந்துகள்",
        "விமான நிலையம் மற்றும் பேருந்து நிலையம் இடையே",
        "பயணக் கட்டணத்தில் எந்த மாற்றமும் இல்லை",
    ),
    ("விளம்பரம்",),
)

# --- Thai: "โฆษณา" labels a slot.
add(
    "th_khosana_label",
    "th",
    "กรุงเทพฯ เพิ่มจุดจอดจักรยานใกล้สถานีรถไฟฟ้า",
    ps(
        "กรุงเทพมหานครจะเพิ่มจุดจอดจักรยานอีกห้าสิบจุดใกล้สถานีรถไฟฟ้าภายในสิ้นปีหน้า",
    )
    + slot("โฆษณา")
    + ps(
        "แต่ละจุดจอดได้ประมาณสามสิบคัน และมีกล้องวงจรปิดเพื่อป้องกันการขโมย",
        "ผู้ใช้บริการสามารถจอดได้ฟรีตลอดทั้งวัน",
    ),
    (
        "จะเพิ่มจุดจอดจักรยานอีกห้าสิบจุด",
        "แต่ละจุดจอดได้ประมาณสามสิบคัน",
        "ผู้ใช้บริการสามารถจอดได้ฟรีตลอดทั้งวัน",
    ),
    ("โฆษณา",),
)

# --- Vietnamese: "Quảng cáo" labels a slot.
add(
    "vi_quang_cao_label",
    "vi",
    "Hà Nội mở thêm ba bãi đỗ xe ngầm",
    ps(
        "Thành phố sẽ xây thêm ba bãi đỗ xe ngầm ở khu phố cổ để giảm tình trạng ô tô đỗ "
        "trên vỉa hè.",
    )
    + slot("Quảng cáo")
    + ps(
        "Mỗi bãi có sức chứa khoảng bốn trăm ô tô và sẽ hoàn thành trong hai năm.",
        "Giá gửi xe sẽ được tính theo giờ và rẻ hơn vào ban đêm.",
    ),
    (
        "ba bãi đỗ xe ngầm ở khu phố cổ",
        "Mỗi bãi có sức chứa khoảng bốn trăm ô tô",
        "Giá gửi xe sẽ được tính theo giờ",
    ),
    ("Quảng cáo",),
)

# --- Turkish: "Reklam" labels a slot.
add(
    "tr_reklam_label",
    "tr",
    "Kent müzesi yeni salonunu ziyarete açtı",
    ps(
        "Kent müzesi, şehrin yüz yıllık tarihini anlatan yeni salonunu cumartesi günü ziyarete "
        "açtı.",
    )
    + slot("Reklam")
    + ps(
        "Salonda eski fotoğraflar, tramvay biletleri ve esnafın kullandığı aletler sergileniyor.",
        "Müze pazartesi hariç her gün akşam altıya kadar açık olacak.",
    ),
    (
        "şehrin yüz yıllık tarihini anlatan yeni salonunu",
        "Salonda eski fotoğraflar, tramvay biletleri",
        "Müze pazartesi hariç her gün",
    ),
    ("Reklam",),
)

# --- Polish: "Reklama" and the "story goes on below the ad" line, both in the slot.
add(
    "pl_reklama_label",
    "pl",
    "Miasto kupi dwadzieścia nowych tramwajów",
    ps(
        "Miejska spółka komunikacyjna podpisała umowę na dostawę dwudziestu nowych tramwajów, "
        "które wyjadą na ulice w ciągu trzech lat.",
    )
    + slot("Reklama")
    + ps(
        "Nowe wagony będą w pełni niskopodłogowe i wyposażone w klimatyzację oraz ładowarki "
        "do telefonów.",
        "Zastąpią najstarsze tramwaje, które jeżdżą po mieście od lat osiemdziesiątych.",
    ),
    (
        "podpisała umowę na dostawę dwudziestu nowych tramwajów",
        "Nowe wagony będą w pełni niskopodłogowe",
        "Zastąpią najstarsze tramwaje",
    ),
    ("Reklama",),
)

# --- Hungarian: "Hirdetés" labels a slot.
add(
    "hu_hirdetes_label",
    "hu",
    "Új játszótér épül a Duna-parton",
    ps(
        "Az önkormányzat új játszóteret épít a Duna-parton, amely tavasszal nyílik meg a "
        "gyerekek előtt.",
    )
    + slot("Hirdetés")
    + ps(
        "A játszótéren vízi játékok és egy nagy mászóvár is lesz, árnyékoló fákkal.",
        "A beruházás költsége százötven millió forint.",
    ),
    (
        "Az önkormányzat új játszóteret épít a Duna-parton",
        "A játszótéren vízi játékok és egy nagy mászóvár",
        "A beruházás költsége százötven millió forint",
    ),
    ("Hirdetés",),
)

# --- English, the opposite trap whole: a story about newsletters and sharing whose
# sentences hold the furniture's words; only the real share row (outside the text) goes.
add(
    "en_trap_newsletter_industry",
    "en",
    "The small-town newsletter that outgrew the local paper",
    ps(
        "The newsletter industry has grown fast since 2020, and few examples show it better "
        "than the Millbrook Weekly, written by a retired teacher from her kitchen table.",
        "More than four thousand people have signed up to receive it, twice the circulation "
        "of the town's printed paper at its peak.",
        "Readers shared the post about the closing of the old cinema more than forty thousand "
        "times, and the comments under it ran to eleven pages.",
        "She says she will never put the newsletter behind a paywall, although about two "
        "hundred readers subscribe to a paid tier to support it.",
    )
    + "<div class='share-row'><a href='#'>Share this article</a></div>",
    (
        "The newsletter industry has grown fast since 2020",
        "More than four thousand people have signed up to receive it",
        "Readers shared the post about the closing of the old cinema",
        "She says she will never put the newsletter behind a paywall",
    ),
    ("Share this article",),
)

# --- German, the trap: a story about apps and donations; the sentences stay.
add(
    "de_trap_app_und_spenden",
    "de",
    "Tafel sammelt Rekordsumme an Spenden",
    ps(
        "Die Tafel hat in diesem Jahr so viele Spenden erhalten wie nie zuvor: Mehr als "
        "achtzigtausend Euro kamen von Bürgerinnen und Bürgern zusammen.",
        "Wer spenden möchte, kann das inzwischen auch über eine App tun, die zwei Studenten "
        "ehrenamtlich für den Verein entwickelt haben.",
        "Die Leiterin sagt, ohne die Unterstützung könnten sie die steigende Zahl der Kunden "
        "nicht mehr versorgen.",
    ),
    (
        "Die Tafel hat in diesem Jahr so viele Spenden erhalten",
        "Wer spenden möchte, kann das inzwischen auch über eine App tun",
        "ohne die Unterstützung könnten sie die steigende Zahl",
    ),
    (),
)

# --- French, the trap: sentences about comments and sharing in a story on a debate.
add(
    "fr_trap_commentaires_partage",
    "fr",
    "Le projet de parking souterrain divise les habitants",
    ps(
        "Le projet de parking souterrain sous la place de la République a suscité plus de "
        "mille commentaires lors de la consultation en ligne organisée par la mairie.",
        "Une pétition contre le projet a été partagée des milliers de fois sur les réseaux "
        "sociaux en une semaine.",
        "Le maire a promis de publier un résumé des avis avant le vote du conseil en février.",
    ),
    (
        "a suscité plus de mille commentaires lors de la consultation",
        "Une pétition contre le projet a été partagée des milliers de fois",
        "Le maire a promis de publier un résumé des avis",
    ),
    (),
)
