"""The blind68b probe's second batch, written after the first ran: the same kinds where the
shape is the hard part (text short beside its furniture, or set in a closed, clipped or
hidden box, or in cards, columns and e-mail tables): a Korean abstract of one bare <div>
under many authors, a Thai API reference beside a long menu, a Hindi episode whose transcript
is a closed <details>, a Chinese listing clipped under a "show all" button, a Hebrew parish
letter's web copy in e-mail tables, an Arabic match report with a line-up table, Georgian
lyrics beside their transliteration, a Tamil forms page of closed <details>, a Bengali
syllabus of accordion panels, a Greek museum object's tabs, a Russian changelog of sections
with download rows, an Amharic travel guide's practical box, a Japanese comparison table of
marks and an Armenian programme of session cards."""

from __future__ import annotations

from ..blind66._kit import newsletter, paras, related, share
from ._kit import Site, add

KO = Site(
    lang="ko",
    name="한국해양생태학회지",
    host="kjme.example.or.kr",
    nav=("최신호", "지난호", "투고안내", "학회소개"),
    cookie="이 사이트는 쿠키를 사용합니다.",
    share="논문 공유",
    newsletter="신간 목차 알림을 받아 보세요.",
    comment="의견 보내기",
    related_title="이 논문을 인용한 논문",
    related=("남해 연안 잘피밭의 계절 변동", "갯벌 저서동물 군집 구조"),
    footer="한국해양생태학회. 무단 전재 금지.",
)

_KO_AUTHORS = "".join(
    f"<li><a href='/a/{n}'>{name}</a><sup>{n}</sup></li>"
    for n, name in enumerate(("김하늘", "이도윤", "박서준", "최민서", "정유진", "한지호"), 1)
)
_KO_AFFILIATIONS = "".join(
    f"<li><sup>{n}</sup>{place}</li>"
    for n, place in enumerate(
        (
            "국립해양연구소 연안생태연구부, 부산광역시 영도구 해양로 100",
            "남해대학교 해양학과, 경상남도 통영시 해안로 55",
            "서해수산연구원 자원환경과, 충청남도 태안군 안면읍 200",
            "동해생물다양성센터, 강원특별자치도 강릉시 해안로 12",
        ),
        1,
    )
)

add(
    "abstract_bare_div_many_authors",
    KO,
    "통영 연안 잘피 군락의 탄소 저장량 추정",
    "<div class='article-view'><h1 class='tit'>통영 연안 잘피 군락의 탄소 저장량 추정</h1>"
    f"<ul class='author-list'>{_KO_AUTHORS}</ul><ol class='affiliation-list'>"
    f"{_KO_AFFILIATIONS}</ol><div class='btn-area'><a href='#'>PDF 다운로드</a><a"
    " href='#'>인용하기</a><a href='#'>메일 보내기</a></div><h2>초록</h2><div"
    " class='abstract-content'>통영 연안 6개 정점에서 잘피 군락의 퇴적물 코어를 채취해 유기탄소"
    " 농도를 측정하였다. 군락 내부의 탄소 저장량은 인접한 나지보다 평균 2.4배 높았으며, 이 차이는"
    " 표층 10cm에서 가장 뚜렷하였다.</div><p class='kwd'>주제어: 잘피, 블루카본, 퇴적물</p>"
    "</div>" + related(KO),
    (
        "잘피 군락의 퇴적물 코어를 채취해 유기탄소 농도를 측정하였다.",
        "인접한 나지보다 평균 2.4배 높았으며",
    ),
    ("PDF 다운로드", "인용하기", "메일 보내기"),
    template="portal",
    path="journal/view.php?number=1184",
)

TH = Site(
    lang="th",
    name="เอกสารนักพัฒนา ส่งไว",
    host="dev.songwai.example.co.th",
    nav=("เริ่มต้นใช้งาน", "API", "SDK", "สถานะระบบ"),
    cookie="เราใช้คุกกี้เพื่อวิเคราะห์การใช้งานเอกสาร",
    share="คัดลอกลิงก์",
    newsletter="รับข่าวสารการเปลี่ยนแปลง API",
    comment="แจ้งปัญหาในเอกสาร",
    related_title="หัวข้อที่เกี่ยวข้อง",
    related=("การยืนยันตัวตน", "รหัสข้อผิดพลาด"),
    footer="สงวนลิขสิทธิ์ ส่งไว โลจิสติกส์",
)

_TH_MENU = "".join(
    f"<li><a href='/api/{n}'>{entry}</a></li>"
    for n, entry in enumerate(
        (
            "สร้างพัสดุ",
            "ยกเลิกพัสดุ",
            "ติดตามพัสดุ",
            "พิมพ์ใบปะหน้า",
            "คำนวณค่าส่ง",
            "จุดรับพัสดุ",
            "นัดรับพัสดุ",
            "เว็บฮุก",
            "รายงานยอดส่ง",
            "ที่อยู่ผู้ส่ง",
            "ผู้ใช้ย่อย",
            "การเรียกเก็บเงิน",
        )
    )
)

add(
    "api_reference_long_menu",
    TH,
    "ติดตามพัสดุ",
    "<div class='docs'><aside class='docs-nav'><input placeholder='ค้นหาในเอกสาร'><ul>"
    f"{_TH_MENU}</ul></aside><article class='docs-article'><h1>ติดตามพัสดุ</h1>"
    + paras("คืนสถานะล่าสุดและประวัติการเคลื่อนที่ของพัสดุหนึ่งชิ้นตามหมายเลขติดตาม")
    + "<pre><code>GET /v1/parcels/{tracking_no}/events</code></pre>"
    '<pre><code>{"status": "in_transit", "events": []}</code></pre></article></div>',
    (
        "คืนสถานะล่าสุดและประวัติการเคลื่อนที่ของพัสดุหนึ่งชิ้นตามหมายเลขติดตาม",
        "GET /v1/parcels/{tracking_no}/events",
        '"status": "in_transit"',
    ),
    ("ค้นหาในเอกสาร", "พิมพ์ใบปะหน้า", "การเรียกเก็บเงิน"),
    template="app",
    path="api/track",
)

HI = Site(
    lang="hi",
    name="विज्ञान की बातें",
    host="vigyankibaatein.example.in",
    nav=("एपिसोड", "मेहमान", "हमारे बारे में", "सहयोग करें"),
    cookie="यह साइट कुकीज़ का उपयोग करती है।",
    share="एपिसोड साझा करें",
    newsletter="हर नए एपिसोड की सूचना ईमेल पर पाएँ।",
    comment="अपनी राय लिखें",
    related_title="और एपिसोड",
    related=("एपिसोड 11: बादल कैसे बनते हैं", "एपिसोड 10: भूकंप की भविष्यवाणी"),
    footer="विज्ञान की बातें, एक स्वतंत्र पॉडकास्ट।",
)

add(
    "podcast_transcript_details",
    HI,
    "एपिसोड 12: मधुमक्खियाँ रास्ता कैसे याद रखती हैं",
    "<article class='episode'><h1>एपिसोड 12: मधुमक्खियाँ रास्ता कैसे याद रखती हैं</h1>"
    "<audio controls src='/e12.mp3'></audio><p class='platforms'><a href='#'>Spotify पर"
    " सुनें</a> · <a href='#'>JioSaavn पर सुनें</a></p>"
    + paras(
        "इस बार हमारी मेहमान कीट-वैज्ञानिक डॉ. अनुराधा पाठक बताती हैं कि मधुमक्खियाँ सूरज"
        " की दिशा से रास्ता कैसे पहचानती हैं।"
    )
    + "<details class='transcript'><summary>पूरा ट्रांसक्रिप्ट पढ़ें</summary><p><b>मेज़बान:"
    "</b> डॉ. पाठक, सबसे पहले यह बताइए कि मधुमक्खी का नाच क्या होता है?</p><p><b>डॉ. पाठक:"
    "</b> जब कोई मधुमक्खी फूलों का अच्छा ठिकाना खोजकर लौटती है, तो वह छत्ते पर आठ के आकार में"
    " घूमती है।</p></details>" + share(HI) + "</article>",
    (
        "मधुमक्खियाँ सूरज की दिशा से रास्ता कैसे पहचानती हैं।",
        "सबसे पहले यह बताइए कि मधुमक्खी का नाच क्या होता है?",
        "छत्ते पर आठ के आकार में घूमती है।",
    ),
    ("Spotify पर सुनें", "JioSaavn पर सुनें"),
    template="theme",
    path="episode/12",
)

ZH = Site(
    lang="zh",
    name="安居租房网",
    host="anju.example.cn",
    nav=("租房", "二手房", "新房", "小区"),
    cookie="本站使用Cookie。",
    share="分享房源",
    newsletter="订阅附近新房源提醒。",
    comment="咨询经纪人",
    related_title="附近房源",
    related=("西湖区 一室一厅 3200元", "拱墅区 两室 4100元"),
    footer="安居租房网 房源信息仅供参考",
)

add(
    "listing_clipped_show_all",
    ZH,
    "整租·文三路 两室一厅 南北通透",
    "<div class='house-detail'><h1>整租·文三路 两室一厅 南北通透</h1><div class='price'><b>"
    "4800</b>元/月</div><ul class='house-tags'><li>近地铁</li><li>随时看房</li></ul><div"
    " class='broker-card'><span>王经理</span><a href='#'>在线咨询</a><a href='#'>拨打电话"
    "</a></div><h2>房源描述</h2><div class='desc-content is-clipped' style='max-height:96px;"
    "overflow:hidden'>"
    + paras(
        "房子位于小区中间位置，远离马路，晚上非常安静。",
        "主卧朝南带阳台，次卧朝北，厨房去年重新装修，燃气热水器。",
        "房东人很好，押一付三，可以签一年或两年。",
    )
    + "</div><button class='show-all'>展开全部</button>"
    + related(ZH)
    + "</div>",
    (
        "房子位于小区中间位置，远离马路，晚上非常安静。",
        "主卧朝南带阳台，次卧朝北，厨房去年重新装修，燃气热水器。",
        "押一付三，可以签一年或两年。",
    ),
    ("展开全部", "在线咨询", "拨打电话"),
    template="app",
    path="zufang/hz-88421.html",
)

HE = Site(
    lang="he",
    name="קהילת אור חדש",
    host="orhadash.example.org.il",
    nav=("ראשי", "תפילות", "אירועים", "צור קשר"),
    cookie="האתר משתמש בעוגיות.",
    share="שלחו לחבר",
    newsletter="הצטרפו לרשימת התפוצה של הקהילה.",
    comment="כתבו לנו",
    related_title="גיליונות קודמים",
    related=("עלון חשוון", "עלון תשרי"),
    footer="קהילת אור חדש, רחוב הגפן 4, חיפה.",
    dir_="rtl",
)

add(
    "parish_letter_email_tables",
    HE,
    "עלון הקהילה – כסלו",
    "<table class='wrapper' width='100%'><tr><td class='preheader'><a href='#'>הצג עלון זה"
    " בדפדפן</a></td></tr><tr><td class='header'><img src='/logo.png' alt=''></td></tr><tr>"
    "<td class='content'><table width='600'><tr><td><h1>עלון הקהילה – כסלו</h1><p>חברות"
    " וחברים יקרים, חודש כסלו מביא איתו את חנוכה ואת ערבי הלימוד המשותפים.</p><h2>הדלקת נרות"
    " קהילתית</h2><p>ביום ראשון, בשעה 17:30, נדליק יחד נרות בחצר בית הכנסת. הילדים מוזמנים"
    " להביא חנוכיות שהכינו.</p><h2>ערב לימוד</h2><p>ביום רביעי נלמד על מנהגי חנוכה בקהילות"
    " תימן, עם הרב יעקב צדוק.</p></td></tr></table></td></tr><tr><td class='footer'><p>קיבלתם"
    " הודעה זו כי נרשמתם לעלון הקהילה.</p><p><a href='#'>להסרה מרשימת התפוצה</a></p></td>"
    "</tr></table>",
    (
        "חודש כסלו מביא איתו את חנוכה ואת ערבי הלימוד המשותפים.",
        "הדלקת נרות קהילתית",
        "נדליק יחד נרות בחצר בית הכנסת.",
        "ביום רביעי נלמד על מנהגי חנוכה בקהילות תימן",
    ),
    ("הצג עלון זה בדפדפן", "להסרה מרשימת התפוצה", "קיבלתם הודעה זו כי נרשמתם לעלון הקהילה."),
    template="table",
    path="alon/kislev",
)

AR = Site(
    lang="ar",
    name="كورة الخليج",
    host="kooratalkhaleej.example.ae",
    nav=("الأخبار", "المباريات", "الترتيب", "الانتقالات"),
    cookie="يستخدم الموقع ملفات تعريف الارتباط.",
    share="شارك التقرير",
    newsletter="اشترك في النشرة اليومية للنتائج.",
    comment="أضف تعليقك",
    related_title="أخبار ذات صلة",
    related=("الساحل يجدد عقد مدربه", "إصابة حارس النخيل"),
    footer="كورة الخليج، جميع الحقوق محفوظة.",
    dir_="rtl",
)

add(
    "match_report_lineup_table",
    AR,
    "الساحل يتغلب على النخيل بثلاثية",
    "<div class='match-center'><div class='match-header'><span>الساحل 3 - 0 النخيل</span>"
    "<a href='#'>الإحصائيات</a><a href='#'>البث المباشر</a></div><article"
    " class='match-story'><h1>الساحل يتغلب على النخيل بثلاثية</h1>"
    + paras(
        "حسم الساحل المباراة في الشوط الأول بهدفين من ركلتين ثابتتين.",
        "وأضاف البديل سالم الكعبي الهدف الثالث في الدقيقة 84 بتسديدة من خارج المنطقة.",
    )
    + "<h3>التشكيلتان</h3><table class='lineups'><tr><th>الساحل</th><th>النخيل</th></tr>"
    "<tr><td>حمد المنصوري</td><td>يوسف الشامسي</td></tr><tr><td>خالد النعيمي</td><td>راشد"
    " البلوشي</td></tr><tr><td>عمر الظاهري</td><td>فيصل الحمادي</td></tr></table></article>"
    "<div class='upcoming-fixtures'><h3>المباريات القادمة</h3><ul><li>الساحل × الوحدة،"
    " الجمعة</li></ul></div></div>",
    (
        "حسم الساحل المباراة في الشوط الأول بهدفين من ركلتين ثابتتين.",
        "الهدف الثالث في الدقيقة 84",
        "التشكيلتان",
        "خالد النعيمي",
        "فيصل الحمادي",
    ),
    ("المباريات القادمة", "الساحل × الوحدة، الجمعة", "البث المباشر"),
    template="portal",
    path="match/2026/sahil-nakheel",
)

KA = Site(
    lang="ka",
    name="სიმღერების არქივი",
    host="simgherebi.example.ge",
    nav=("შემსრულებლები", "ჟანრები", "ახალი", "დაამატე ტექსტი"),
    cookie="საიტი იყენებს ქუქი-ფაილებს.",
    share="გააზიარე სიმღერა",
    newsletter="გამოიწერე ახალი ტექსტები.",
    comment="დაწერე კომენტარი",
    related_title="ამ შემსრულებლის სხვა სიმღერები",
    related=("მთვარე მტკვარზე", "ძველი თბილისი"),
    footer="ტექსტები ეკუთვნის მათ ავტორებს.",
)

add(
    "lyrics_two_columns",
    KA,
    "ნისლი ალაზანზე",
    "<div class='song'><h1>ნისლი ალაზანზე</h1><div class='song-tools'><a href='#'>"
    "აკორდები</a><a href='#'>ბეჭდვა</a></div><div class='row'><div class='col lyrics-ka'>"
    "დილით ნისლი ალაზანზე<br>ჩამოწვა როგორც თეთრი შალი<br>შენ კი ისევ არ მოსულხარ</div><div"
    " class='col lyrics-translit'>dilit nisli alazanze<br>chamotsva rogorts tetri shali<br>"
    "shen ki isev ar mosulkhar</div></div></div>" + related(KA),
    (
        "დილით ნისლი ალაზანზე",
        "ჩამოწვა როგორც თეთრი შალი",
        "dilit nisli alazanze",
        "shen ki isev ar mosulkhar",
    ),
    ("აკორდები", "ბეჭდვა"),
    template="theme",
    path="song/nisli-alazanze",
)

TA = Site(
    lang="ta",
    name="இ-சேவை மையம்",
    host="esevai.example.gov.in",
    nav=("சேவைகள்", "படிவங்கள்", "கட்டணங்கள்", "உதவி"),
    cookie="இந்த தளம் குக்கீகளைப் பயன்படுத்துகிறது.",
    share="பகிர்க",
    newsletter="புதிய சேவைகள் பற்றி அறிய பதிவு செய்க.",
    comment="கருத்து தெரிவிக்க",
    related_title="தொடர்புடைய சேவைகள்",
    related=("சாதிச் சான்றிதழ்", "வருமானச் சான்றிதழ்"),
    footer="மாநில மின்னாளுமை முகமை.",
)

add(
    "forms_page_closed_details",
    TA,
    "இருப்பிடச் சான்றிதழ் பெறுவது எப்படி",
    "<div class='service'><h1>இருப்பிடச் சான்றிதழ் பெறுவது எப்படி</h1>"
    + paras("இருப்பிடச் சான்றிதழ் கல்வி மற்றும் வேலைவாய்ப்பு விண்ணப்பங்களுக்குத் தேவைப்படும்.")
    + "<details><summary>யார் விண்ணப்பிக்கலாம்?</summary><p>மாவட்டத்தில் குறைந்தது ஐந்து"
    " ஆண்டுகள் வசிப்பவர்கள் விண்ணப்பிக்கலாம்.</p></details><details><summary>தேவையான"
    " ஆவணங்கள்</summary><ul><li>குடும்ப அட்டை நகல்</li><li>மின்கட்டண ரசீது</li></ul>"
    "</details><details><summary>கட்டணம் மற்றும் கால அளவு</summary><p>கட்டணம் 60 ரூபாய்;"
    " சான்றிதழ் 15 வேலை நாட்களில் வழங்கப்படும்.</p></details><a class='btn apply-online'"
    " href='#'>இணையவழியில் விண்ணப்பிக்க</a></div>",
    (
        "கல்வி மற்றும் வேலைவாய்ப்பு விண்ணப்பங்களுக்குத் தேவைப்படும்.",
        "ஐந்து ஆண்டுகள் வசிப்பவர்கள் விண்ணப்பிக்கலாம்.",
        "மின்கட்டண ரசீது",
        "சான்றிதழ் 15 வேலை நாட்களில் வழங்கப்படும்.",
    ),
    ("இணையவழியில் விண்ணப்பிக்க",),
    template="portal",
    path="sevai/iruppida-sanrithazh",
)

BN = Site(
    lang="bn",
    name="মুক্তপাঠ অনলাইন",
    host="muktopath.example.com.bd",
    nav=("কোর্স", "শিক্ষক", "সনদ", "সাহায্য"),
    cookie="আমরা কুকি ব্যবহার করি।",
    share="কোর্স শেয়ার করুন",
    newsletter="নতুন কোর্সের খবর পান।",
    comment="প্রশ্ন করুন",
    related_title="শিক্ষার্থীরা আরও দেখেছেন",
    related=("ছবি আঁকার প্রথম পাঠ", "ঘরে বসে বাগান"),
    footer="মুক্তপাঠ অনলাইন শিক্ষা প্ল্যাটফর্ম।",
)


def _panel(n: int, title: str, body: str) -> str:
    return (
        f"<div class='accordion-item'><h3><button aria-expanded='false' aria-controls='m{n}'>"
        f"{title}</button></h3><div id='m{n}' class='accordion-collapse' hidden>{body}</div>"
        "</div>"
    )


add(
    "syllabus_accordion_panels",
    BN,
    "হাতে-কলমে মৌমাছি পালন",
    "<div class='course'><h1>হাতে-কলমে মৌমাছি পালন</h1><a class='btn enrol' href='#'>"
    "বিনামূল্যে ভর্তি হোন</a>"
    + paras("ছয় সপ্তাহের এই কোর্সে বাক্স তৈরি থেকে মধু সংগ্রহ পর্যন্ত সব ধাপ দেখানো হবে।")
    + "<h2>কোর্সের বিষয়বস্তু</h2><div class='accordion'>"
    + _panel(1, "মডিউল ১: মৌমাছির জীবনচক্র", "<p>রানি, কর্মী ও পুরুষ মৌমাছির কাজ।</p>")
    + _panel(2, "মডিউল ২: বাক্স ও সরঞ্জাম", "<p>কাঠের বাক্স, ফ্রেম ও ধোঁয়া-যন্ত্রের ব্যবহার।</p>")
    + _panel(3, "মডিউল ৩: মধু সংগ্রহ", "<p>কখন ও কীভাবে ফ্রেম থেকে মধু নিষ্কাশন করবেন।</p>")
    + "</div></div>",
    (
        "বাক্স তৈরি থেকে মধু সংগ্রহ পর্যন্ত সব ধাপ দেখানো হবে।",
        "মডিউল ১: মৌমাছির জীবনচক্র",
        "রানি, কর্মী ও পুরুষ মৌমাছির কাজ।",
        "কাঠের বাক্স, ফ্রেম ও ধোঁয়া-যন্ত্রের ব্যবহার।",
        "কখন ও কীভাবে ফ্রেম থেকে মধু নিষ্কাশন করবেন।",
    ),
    ("বিনামূল্যে ভর্তি হোন",),
    template="theme",
    path="course/mouchash",
)

EL = Site(
    lang="el",
    name="Αρχαιολογικό Μουσείο Άνδρου",
    host="andros-museum.example.gr",
    nav=("Συλλογές", "Εκθέσεις", "Επίσκεψη", "Εκπαίδευση"),
    cookie="Ο ιστότοπος χρησιμοποιεί cookies.",
    share="Κοινοποίηση",
    newsletter="Εγγραφείτε στο ενημερωτικό δελτίο του μουσείου.",
    comment="Γράψτε μας",
    related_title="Σχετικά εκθέματα",
    related=("Πήλινο ειδώλιο γυναίκας", "Χάλκινη πόρπη"),
    footer="Αρχαιολογικό Μουσείο Άνδρου, Χώρα.",
)

add(
    "museum_object_tabs",
    EL,
    "Μαρμάρινη στήλη με ανάγλυφο ναύτη",
    "<div class='object'><h1>Μαρμάρινη στήλη με ανάγλυφο ναύτη</h1><div class='tabs'><div"
    " role='tablist'><button role='tab' aria-selected='true' aria-controls='t1'>Περιγραφή"
    "</button><button role='tab' aria-selected='false' aria-controls='t2'>Προέλευση"
    "</button></div><div id='t1' role='tabpanel'>"
    + paras(
        "Επιτύμβια στήλη του 4ου αιώνα π.Χ. που εικονίζει νεαρό ναύτη να κρατά κουπί.",
        "Στο επιστύλιο σώζεται το όνομα ΚΛΕΩΝ.",
    )
    + "</div><div id='t2' role='tabpanel' hidden>"
    + paras(
        "Βρέθηκε το 1962 στο νεκροταφείο της Παλαιόπολης και παραδόθηκε από τον αγρότη"
        " που την εντόπισε."
    )
    + "</div></div><a class='btn' href='#'>Αγορά εισιτηρίων</a></div>",
    (
        "νεαρό ναύτη να κρατά κουπί.",
        "Στο επιστύλιο σώζεται το όνομα ΚΛΕΩΝ.",
        "Βρέθηκε το 1962 στο νεκροταφείο της Παλαιόπολης",
    ),
    ("Αγορά εισιτηρίων",),
    template="app",
    path="collection/stele-kleon",
)

RU = Site(
    lang="ru",
    name="Проект «Сверка»",
    host="sverka.example.ru",
    nav=("Возможности", "Документация", "Загрузки", "Форум"),
    cookie="Сайт использует файлы cookie.",
    share="Скопировать ссылку",
    newsletter="Подпишитесь на уведомления о выпусках.",
    comment="Сообщить об ошибке",
    related_title="Новости проекта",
    related=("Сверка на конференции", "Итоги опроса пользователей"),
    footer="«Сверка» распространяется по лицензии Apache 2.0.",
)


def _version(number: str, date: str, items: tuple[str, ...]) -> str:
    lis = "".join(f"<li>{item}</li>" for item in items)
    return (
        f"<section class='version'><h2>{number}</h2><p class='version-date'>{date}</p><ul>"
        f"{lis}</ul><div class='version-downloads'><a href='#'>Скачать {number} для"
        f" Windows</a> · <a href='#'>Скачать {number} для macOS</a></div></section>"
    )


add(
    "changelog_sections_downloads",
    RU,
    "История версий",
    "<div class='changelog'><h1>История версий</h1>"
    + _version(
        "4.2.0",
        "1 декабря 2026",
        ("Сравнение таблиц по ключевым столбцам.", "Экспорт отчёта в ODS."),
    )
    + _version("4.1.3", "12 ноября 2026", ("Исправлено падение на пустых листах.",))
    + _version("4.1.2", "30 октября 2026", ("Ускорено открытие файлов больше 100 МБ.",))
    + "<button class='load-more'>Показать более ранние версии</button></div>",
    (
        "Сравнение таблиц по ключевым столбцам.",
        "Экспорт отчёта в ODS.",
        "Исправлено падение на пустых листах.",
        "Ускорено открытие файлов больше 100 МБ.",
    ),
    ("Скачать 4.2.0 для Windows", "Скачать 4.1.2 для macOS", "Показать более ранние версии"),
    template="theme",
    path="changelog",
)

AM = Site(
    lang="am",
    name="ጉዞ ኢትዮጵያ",
    host="guzo-ethiopia.example.et",
    nav=("መዳረሻዎች", "ሆቴሎች", "ምክሮች", "ስለ እኛ"),
    cookie="ይህ ድረ-ገጽ ኩኪዎችን ይጠቀማል።",
    share="ይህን መመሪያ ያጋሩ",
    newsletter="አዳዲስ የጉዞ መመሪያዎችን በኢሜል ይቀበሉ።",
    comment="አስተያየትዎን ይጻፉ",
    related_title="ሌሎች መዳረሻዎች",
    related=("የጣና ሐይቅ ገዳማት", "የሐረር ግንብ"),
    footer="ጉዞ ኢትዮጵያ፣ አዲስ አበባ።",
)

add(
    "travel_guide_aside_box",
    AM,
    "የሰሜን ተራሮች የእግር ጉዞ መመሪያ",
    "<article class='guide'><h1>የሰሜን ተራሮች የእግር ጉዞ መመሪያ</h1>"
    + paras(
        "የሰሜን ተራሮች ብሔራዊ ፓርክ በዋልያ አይቤክስ እና በጭላዳ ዝንጀሮዎች ይታወቃል።",
        "የአራት ቀን ጉዞው ከሳንቃ በር ተነስቶ እስከ ቸነቅ ካምፕ ይደርሳል።",
    )
    + "<aside class='practical-box'><h3>ተግባራዊ መረጃ</h3><ul><li>የመግቢያ ፈቃድ በደባርቅ ከተማ"
    " ይገኛል።</li><li>አስጎብኚና ስካውት መያዝ ግዴታ ነው።</li><li>ምርጥ ወቅት፦ ከጥቅምት እስከ"
    " መጋቢት</li></ul></aside>"
    + paras("ማታ ቅዝቃዜው ከዜሮ በታች ሊወርድ ስለሚችል ሞቅ ያለ ልብስ ይያዙ።")
    + share(AM)
    + "</article>",
    (
        "በዋልያ አይቤክስ እና በጭላዳ ዝንጀሮዎች ይታወቃል።",
        "ተግባራዊ መረጃ",
        "የመግቢያ ፈቃድ በደባርቅ ከተማ ይገኛል።",
        "አስጎብኚና ስካውት መያዝ ግዴታ ነው።",
        "ሞቅ ያለ ልብስ ይያዙ።",
    ),
    (),
    template="theme",
    path="guides/simien",
)

JA = Site(
    lang="ja",
    name="家電しらべ",
    host="kaden-shirabe.example.jp",
    nav=("比較", "レビュー", "ランキング", "セール情報"),
    cookie="当サイトはCookieを使用します。",
    share="この記事をシェア",
    newsletter="お得なセール情報をメールで受け取る",
    comment="コメントする",
    related_title="人気の比較記事",
    related=("ロボット掃除機おすすめ7選", "炊飯器の選び方"),
    footer="当サイトはアフィリエイト広告を利用しています。",
)

add(
    "comparison_table_marks",
    JA,
    "布団乾燥機3機種の比較",
    "<article class='post'><h1 class='entry-title'>布団乾燥機3機種の比較</h1><div"
    " class='entry-content'>"
    + paras("冬の布団を温める機能と、ダニ対策モードの有無を中心に比べました。")
    + "<table class='compare'><tr><th></th><th>ふわリ</th><th>ぬくもり2</th><th>サラット"
    "</th></tr><tr><th>ダニ対策モード</th><td>○</td><td>×</td><td>○</td></tr><tr><th>"
    "靴乾燥アタッチメント</th><td>×</td><td>○</td><td>○</td></tr><tr><th>運転音</th><td>"
    "42dB</td><td>38dB</td><td>45dB</td></tr></table>"
    + paras("静かさ重視ならぬくもり2、多機能ならサラットがおすすめです。")
    + "<div class='shop-buttons'><a href='#'>Amazonで見る</a><a href='#'>楽天で見る</a>"
    "</div></div>" + newsletter(JA) + "</article>",
    (
        "ダニ対策モードの有無を中心に比べました。",
        "靴乾燥アタッチメント",
        "38dB",
        "静かさ重視ならぬくもり2、多機能ならサラットがおすすめです。",
    ),
    ("Amazonで見る", "楽天で見る"),
    template="theme",
    path="compare/futon-dryer",
)

HY = Site(
    lang="hy",
    name="Գրքի փառատոն Գյումրի",
    host="bookfest-gyumri.example.am",
    nav=("Ծրագիր", "Հեղինակներ", "Հրատարակիչներ", "Կամավորներ"),
    cookie="Կայքն օգտագործում է թխուկներ։",
    share="Կիսվել",
    newsletter="Ստացեք փառատոնի լուրերը էլփոստով։",
    comment="Գրեք մեզ",
    related_title="Փառատոնի լուրեր",
    related=("Հայտնի են մասնակից հրատարակիչները", "Կամավորների հավաքագրում"),
    footer="Գյումրու գրքի փառատոն, 2027։",
)


def _session(time: str, title: str, who: str) -> str:
    return (
        f"<div class='session-card'><span class='session-time'>{time}</span><h3"
        f" class='session-title'><a href='/s/{time}'>{title}</a></h3><p class='speaker'><a"
        f" href='/p/{who}'>{who}</a></p><button class='fav'>☆ Պահել</button></div>"
    )


add(
    "programme_session_cards",
    HY,
    "Շաբաթ, հունիսի 5",
    "<div class='programme-day'><h1>Շաբաթ, հունիսի 5</h1>"
    + paras("Փառատոնի երկրորդ օրը նվիրված է մանկական գրականությանը և թարգմանությանը։")
    + "<div class='sessions'>"
    + _session("11:00", "Հեքիաթը որպես առաջին գիրք", "Անի Մելքոնյան")
    + _session("13:00", "Ինչպես թարգմանել բանաստեղծություն երեխաների համար", "Արամ Սահակյան")
    + _session("16:00", "Ընթերցում Սև ծովի ափից", "Լուսինե Գրիգորյան")
    + "</div><a class='btn' href='#'>Ներբեռնել ծրագիրը (PDF)</a></div>",
    (
        "նվիրված է մանկական գրականությանը և թարգմանությանը։",
        "Հեքիաթը որպես առաջին գիրք",
        "Ինչպես թարգմանել բանաստեղծություն երեխաների համար",
        "Ընթերցում Սև ծովի ափից",
    ),
    ("☆ Պահել", "Ներբեռնել ծրագիրը (PDF)"),
    template="portal",
    path="programme/june-5",
)
