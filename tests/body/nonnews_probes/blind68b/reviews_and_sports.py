"""The blind68b probe's reviews, recipes, matches and releases: a Korean comparison review
with pros and cons, a Japanese recipe with steps and a nutrition table, a Chinese match
report with line-ups, a Thai travel guide with a practical-information box, Hebrew song
lyrics, an Arabic release page, a Ukrainian club newsletter, a Marathi cricket report with
a scorecard, a Turkish review with a pros-and-cons list, a Vietnamese flat to let, a Polish
syllabus and an Indonesian API reference."""

from __future__ import annotations

from ..blind66._kit import comment_prompt, newsletter, paras, related, share
from ._kit import Site, add

KO = Site(
    lang="ko",
    name="가전비교연구소",
    host="gajeon-lab.example.kr",
    nav=("리뷰", "비교", "가이드", "이벤트"),
    cookie="이 사이트는 쿠키를 사용합니다.",
    share="이 리뷰 공유하기",
    newsletter="새 비교 리뷰를 메일로 받아 보세요.",
    comment="댓글 남기기",
    related_title="관련 리뷰",
    related=("무선 청소기 다섯 종 비교", "제습기 여름 실사용기"),
    footer="가전비교연구소는 제조사로부터 광고비를 받지 않습니다.",
)

add(
    "comparison_pros_cons",
    KO,
    "전기 주전자 세 종 비교: 무엇을 살까",
    "<article class='review'><h1>전기 주전자 세 종 비교: 무엇을 살까</h1><div class='meta'>"
    "글 박서윤 · 2026.12.01</div><div class='review-body'>"
    + paras(
        "한 달 동안 세 제품으로 매일 아침 물을 끓이며 속도, 소음, 세척 편의성을 비교했다.",
    )
    + "<h2>1. 한결 KT-200</h2>"
    + paras("1리터를 끓이는 데 3분 40초가 걸려 세 제품 중 가장 빨랐다.")
    + "<div class='pros-cons'><div class='pros'><h4>장점</h4><ul><li>가장 빠른 가열</li><li>"
    "넓은 주입구</li></ul></div><div class='cons'><h4>단점</h4><ul><li>끓을 때 소음이 크다"
    "</li></ul></div></div><a class='price-button' href='#'>최저가 보기</a><h2>2. 미소"
    " 글라스 1.5</h2>"
    + paras("유리 몸체라 물때가 잘 보이고 세척이 쉽지만 손잡이가 뜨거워진다.")
    + "<div class='pros-cons'><div class='pros'><h4>장점</h4><ul><li>세척이 쉬운 유리"
    " 몸체</li></ul></div><div class='cons'><h4>단점</h4><ul><li>뜨거워지는 손잡이</li>"
    "</ul></div></div><a class='price-button' href='#'>최저가 보기</a><h2>결론</h2>"
    + paras("매일 빨리 끓여야 한다면 한결 KT-200을, 조용함이 중요하다면 미소 글라스를 권한다.")
    + "</div>"
    + share(KO)
    + related(KO)
    + "</article>",
    (
        "속도, 소음, 세척 편의성을 비교했다.",
        "가장 빠른 가열",
        "끓을 때 소음이 크다",
        "세척이 쉬운 유리 몸체",
        "뜨거워지는 손잡이",
        "조용함이 중요하다면 미소 글라스를 권한다.",
    ),
    ("최저가 보기",),
    template="theme",
    path="review/kettle-3",
)

JA = Site(
    lang="ja",
    name="きょうの台所",
    host="kyo-daidokoro.example.jp",
    nav=("レシピ", "献立", "特集", "コラム"),
    cookie="当サイトはクッキーを使用しています。",
    share="このレシピをシェア",
    newsletter="毎週金曜日に新しいレシピをお届けします。",
    comment="つくったよレポートを送る",
    related_title="こちらもおすすめ",
    related=("鮭ときのこの炊き込みご飯", "白菜と豚肉のミルフィーユ鍋"),
    footer="掲載レシピの無断転載を禁じます。",
)

add(
    "recipe_steps_nutrition",
    JA,
    "れんこんのはさみ焼き",
    "<div class='recipe'><h1 class='recipe-title'>れんこんのはさみ焼き</h1><div"
    " class='recipe-tools'><button class='print'>印刷する</button><button class='fav'>"
    "お気に入りに保存</button></div>"
    + paras("しゃきしゃきのれんこんで肉だねをはさんだ、お弁当にも向くおかずです。")
    + "<h2>材料（2人分）</h2><ul class='ingredients'><li>れんこん 200g</li><li>豚ひき肉"
    " 150g</li><li>しょうゆ 大さじ1</li></ul><h2>作り方</h2><ol class='steps'><li><p>"
    "れんこんは皮をむいて5mm幅の輪切りにし、水にさらす。</p></li><li><p>ひき肉にしょうが"
    "とかたくり粉を加えてよく練る。</p></li><li><p>れんこんで肉だねをはさみ、中火で両面を"
    "4分ずつ焼く。</p></li></ol><h2>栄養成分（1人分）</h2><table class='nutrition'><tr>"
    "<th>エネルギー</th><td>286kcal</td></tr><tr><th>塩分</th><td>1.4g</td></tr></table>"
    "<p class='tip'>ポイント：焼く前にかたくり粉を薄くまぶすと、はがれにくくなります。</p>"
    "</div>" + comment_prompt(JA),
    (
        "しゃきしゃきのれんこんで肉だねをはさんだ",
        "豚ひき肉 150g",
        "れんこんは皮をむいて5mm幅の輪切りにし、水にさらす。",
        "中火で両面を4分ずつ焼く。",
        "286kcal",
        "焼く前にかたくり粉を薄くまぶすと、はがれにくくなります。",
    ),
    ("印刷する", "お気に入りに保存"),
    template="app",
    path="recipe/renkon-hasamiyaki",
)

ZH = Site(
    lang="zh",
    name="江城足球周刊",
    host="jiangcheng-zuqiu.example.cn",
    nav=("首页", "中超", "中甲", "青训", "数据"),
    cookie="本网站使用Cookie以改善浏览体验。",
    share="分享到微信",
    newsletter="订阅每周赛事综述。",
    comment="发表评论",
    related_title="相关新闻",
    related=("江城队公布冬训名单", "青训营迎来新主帅"),
    footer="江城足球周刊 版权所有",
)

add(
    "match_report_lineups",
    ZH,
    "江城队2比1逆转临江 主场四连胜",
    "<div class='match-page'><div class='live-widget scoreboard'><span>比分直播</span><span>"
    "江城 2 - 1 临江</span><a href='#'>查看技术统计</a></div><article class='report'><h1>"
    "江城队2比1逆转临江 主场四连胜</h1><div class='article-content'>"
    + paras(
        "上半场第27分钟，临江队利用角球由中卫首先破门。",
        "易边再战，江城队换上边锋周宇后攻势明显加强，第61分钟由他送出助攻扳平比分。",
        "比赛第88分钟，替补前锋马骁头球破门，帮助球队完成逆转。",
    )
    + "<h3>双方首发</h3><p><strong>江城：</strong>王磊；陈浩、刘洋、孙哲、赵阳；李明、何峰；"
    "吴凡、高远、钱坤；马超</p><p><strong>临江：</strong>黄海；许亮、冯军、曹宁、彭飞；"
    "韩东、邓杰、萧然；蒋涛、沈冰、唐宇</p></div></article><div class='other-matches'><h3>"
    "其他比赛</h3><ul><li>东港 0-0 北岭</li><li>南湖 3-2 西山</li></ul></div></div>",
    (
        "临江队利用角球由中卫首先破门。",
        "第61分钟由他送出助攻扳平比分。",
        "替补前锋马骁头球破门，帮助球队完成逆转。",
        "双方首发",
        "王磊；陈浩、刘洋、孙哲、赵阳",
        "黄海；许亮、冯军、曹宁、彭飞",
    ),
    ("比分直播", "其他比赛", "东港 0-0 北岭", "查看技术统计"),
    template="app",
    path="match/2026/1206-jc-lj",
)

TH = Site(
    lang="th",
    name="เที่ยวเหนือกับพี่ดาว",
    host="tiewnua.example.co.th",
    nav=("เชียงใหม่", "น่าน", "แม่ฮ่องสอน", "ที่พัก"),
    cookie="เว็บไซต์นี้ใช้คุกกี้เพื่อพัฒนาประสบการณ์ของคุณ",
    share="แชร์บทความนี้",
    newsletter="สมัครรับเส้นทางเที่ยวใหม่ทุกเดือน",
    comment="แสดงความคิดเห็น",
    related_title="บทความที่เกี่ยวข้อง",
    related=("ตลาดเช้าเมืองน่าน", "ทางหลวงสายคดเคี้ยวสู่ปาย"),
    footer="ภาพและเนื้อหาทั้งหมดเป็นลิขสิทธิ์ของผู้เขียน",
)

add(
    "travel_guide_practical_box",
    TH,
    "ดอยผาตั้ง: คู่มือเที่ยวหน้าหนาว",
    "<article class='post'><h1 class='entry-title'>ดอยผาตั้ง: คู่มือเที่ยวหน้าหนาว</h1><div"
    " class='entry-content'>"
    + paras(
        "ดอยผาตั้งอยู่ติดชายแดนลาว เช้าหน้าหนาวจะเห็นทะเลหมอกไหลผ่านช่องเขาที่เรียกว่าประตูผา",
        "ควรขึ้นจุดชมวิวก่อนหกโมงเช้า เพราะหมอกจะจางลงเร็วเมื่อแดดออก",
    )
    + "<div class='info-box'><h3>ข้อมูลการเดินทาง</h3><ul><li>จากเชียงราย ขับรถประมาณ 2"
    " ชั่วโมงครึ่ง</li><li>ค่าเข้าชม: ไม่มี</li><li>ช่วงที่ดีที่สุด: พฤศจิกายนถึงกุมภาพันธ์</li>"
    "</ul></div>"
    + paras("ที่พักบนดอยส่วนใหญ่เป็นบ้านพักชาวบ้าน ควรเตรียมเงินสดไปด้วย")
    + "</div><div class='booking-widget'><h3>จองโรงแรมใกล้ดอยผาตั้ง</h3><a href='#'>"
    "ดูราคาที่พัก</a></div>" + share(TH) + "</article>",
    (
        "เช้าหน้าหนาวจะเห็นทะเลหมอกไหลผ่านช่องเขาที่เรียกว่าประตูผา",
        "ควรขึ้นจุดชมวิวก่อนหกโมงเช้า",
        "ข้อมูลการเดินทาง",
        "จากเชียงราย ขับรถประมาณ 2 ชั่วโมงครึ่ง",
        "ช่วงที่ดีที่สุด: พฤศจิกายนถึงกุมภาพันธ์",
        "ควรเตรียมเงินสดไปด้วย",
    ),
    ("จองโรงแรมใกล้ดอยผาตั้ง", "ดูราคาที่พัก"),
    template="theme",
    path="2026/11/doi-pha-tang",
)

HE = Site(
    lang="he",
    name="שירונט קטן",
    host="shironet-katan.example.co.il",
    nav=("אמנים", "שירים", "אלבומים", "אקורדים"),
    cookie="האתר משתמש בעוגיות לשיפור חוויית הגלישה.",
    share="שתפו את השיר",
    newsletter="הירשמו לקבלת שירים חדשים.",
    comment="הוסיפו תגובה",
    related_title="שירים נוספים של האמן",
    related=("שיר לנמל הישן", "עוד לילה בגליל"),
    footer="כל הזכויות על המילים שמורות לבעליהן.",
    dir_="rtl",
)

add(
    "song_lyrics",
    HE,
    "מילים לשיר: חלון אל הים",
    "<div class='song-page'><h1>חלון אל הים</h1><p class='credits'>מילים: נועה ברק | לחן:"
    " איתי שמש</p><div class='song-tools'><a href='#'>הדפס מילים</a><a href='#'>לצפייה"
    " בקליפ</a><a href='#'>אקורדים לשיר</a></div><div class='artist_lyrics_text'>"
    "בבוקר פתחתי חלון אל הים<br>והרוח הביאה לי מלח ושמש<br>אמרתי לעצמי שהכול עוד קיים<br><br>"
    "ואם תבואי עכשיו<br>נשב על המדרגות<br>ונספור את הסירות החוזרות</div>" + related(HE) + "</div>",
    (
        "בבוקר פתחתי חלון אל הים",
        "והרוח הביאה לי מלח ושמש",
        "ואם תבואי עכשיו",
        "ונספור את הסירות החוזרות",
    ),
    ("הדפס מילים", "לצפייה בקליפ", "אקורדים לשיר"),
    template="table",
    path="song/12044",
)

AR = Site(
    lang="ar",
    name="مشروع قلم المفتوح",
    host="qalam-editor.example.org",
    nav=("التنزيل", "التوثيق", "المجتمع", "المدونة"),
    cookie="يستخدم هذا الموقع ملفات تعريف الارتباط.",
    share="شارك هذا الإصدار",
    newsletter="اشترك ليصلك إشعار بكل إصدار جديد.",
    comment="أبلغ عن مشكلة",
    related_title="إصدارات سابقة",
    related=("الإصدار 3.1", "الإصدار 3.0"),
    footer="قلم برنامج حر مرخص برخصة GPL.",
    dir_="rtl",
)

add(
    "release_page",
    AR,
    "قلم 3.2: دعم الكتابة من اليمين إلى اليسار في الجداول",
    "<div class='release'><h1>قلم 3.2: دعم الكتابة من اليمين إلى اليسار في الجداول</h1><p"
    " class='release-date'>صدر في 4 ديسمبر 2026</p><div class='download-buttons'><a"
    " class='btn' href='#'>تنزيل لنظام ويندوز</a><a class='btn' href='#'>تنزيل لنظام لينكس"
    "</a></div><div class='release-notes'>"
    + paras("يركز هذا الإصدار على الجداول والنصوص المختلطة الاتجاه.")
    + "<h2>الميزات الجديدة</h2><ul><li>تُعرض خلايا الجداول العربية بالاتجاه الصحيح تلقائيًا."
    "</li><li>أمر جديد لعكس ترتيب الأعمدة.</li></ul><h2>الإصلاحات</h2><ul><li>لم يعد المؤشر"
    " يقفز عند كتابة الأرقام داخل النص العربي.</li></ul><h2>التثبيت</h2><pre><code>sudo apt"
    " install qalam=3.2.0</code></pre></div></div>",
    (
        "يركز هذا الإصدار على الجداول والنصوص المختلطة الاتجاه.",
        "تُعرض خلايا الجداول العربية بالاتجاه الصحيح تلقائيًا.",
        "أمر جديد لعكس ترتيب الأعمدة.",
        "لم يعد المؤشر يقفز عند كتابة الأرقام داخل النص العربي.",
        "sudo apt install qalam=3.2.0",
    ),
    ("تنزيل لنظام ويندوز", "تنزيل لنظام لينكس"),
    template="portal",
    path="releases/3.2",
)

UK = Site(
    lang="uk",
    name="Клуб любителів гір «Кряж»",
    host="kriazh.example.org.ua",
    nav=("Новини", "Походи", "Спорядження", "Вступ до клубу"),
    cookie="Сайт використовує файли cookie.",
    share="Поділитися",
    newsletter="Підпишіться на розсилку клубу.",
    comment="Напишіть коментар",
    related_title="Попередні випуски",
    related=("Листівка за листопад", "Листівка за жовтень"),
    footer="Клуб «Кряж», заснований 1987 року.",
)

add(
    "club_newsletter",
    UK,
    "Листівка клубу, грудень 2026",
    "<article class='post'><h1 class='entry-title'>Листівка клубу, грудень 2026</h1><div"
    " class='entry-content'>"
    + paras("Друзі, підсумовуємо осінній сезон і запрошуємо на зимові виходи.")
    + "<h2>Що було</h2>"
    + paras(
        "У листопаді дванадцятеро членів клубу пройшли кільце навколо Попа Івана за три дні,"
        " попри сніг на хребті.",
    )
    + "<h2>Що буде</h2><ul><li>14 грудня — заняття з лавинної безпеки у клубній кімнаті</li>"
    "<li>27–30 грудня — зимовий похід на Боржаву</li></ul><h2>Внески</h2>"
    + paras("Річний внесок на 2027 рік — 600 гривень; його можна сплатити скарбникові до 31 січня.")
    + "</div><p class='unsubscribe'>Щоб відписатися від листівки, натисніть тут.</p>"
    + newsletter(UK)
    + "</article>",
    (
        "підсумовуємо осінній сезон і запрошуємо на зимові виходи.",
        "пройшли кільце навколо Попа Івана за три дні",
        "заняття з лавинної безпеки у клубній кімнаті",
        "зимовий похід на Боржаву",
        "Річний внесок на 2027 рік — 600 гривень",
    ),
    ("Щоб відписатися від листівки, натисніть тут.",),
    template="theme",
    path="2026/12/lystivka",
)

MR = Site(
    lang="mr",
    name="क्रीडा वार्ता",
    host="kridavarta.example.in",
    nav=("क्रिकेट", "फुटबॉल", "कबड्डी", "इतर खेळ"),
    cookie="हे संकेतस्थळ कुकीज वापरते.",
    share="हा वृत्तांत शेअर करा",
    newsletter="दररोजचे निकाल ईमेलवर मिळवा.",
    comment="तुमची प्रतिक्रिया लिहा",
    related_title="इतर सामने",
    related=("सातारा संघाची विजयी सलामी", "कोल्हापूरचा निसटता पराभव"),
    footer="क्रीडा वार्ता, पुणे.",
)

add(
    "cricket_report_scorecard",
    MR,
    "नाशिकचा सांगलीवर सात गडी राखून विजय",
    "<article class='story'><h1>नाशिकचा सांगलीवर सात गडी राखून विजय</h1><div"
    " class='story-body'>"
    + paras(
        "प्रथम फलंदाजी करताना सांगली संघाने निर्धारित वीस षटकांत आठ बाद 142 धावा केल्या.",
        "प्रत्युत्तरात नाशिकच्या सलामीवीर ओंकार देशमुखने 58 चेंडूंत नाबाद 77 धावा फटकावल्या.",
    )
    + "<h3>धावफलक</h3><table class='scorecard'><tr><th>फलंदाज</th><th>धावा</th><th>चेंडू"
    "</th></tr><tr><td>ओंकार देशमुख</td><td>77*</td><td>58</td></tr><tr><td>सुजित पवार</td>"
    "<td>31</td><td>24</td></tr></table>"
    + paras("सामनावीर: ओंकार देशमुख")
    + "</div><div class='live-score-ticker'><span>थेट धावसंख्या</span><a href='#'>पूर्ण"
    " धावफलक पाहा</a></div>" + share(MR) + "</article>",
    (
        "आठ बाद 142 धावा केल्या.",
        "58 चेंडूंत नाबाद 77 धावा फटकावल्या.",
        "धावफलक",
        "ओंकार देशमुख",
        "सामनावीर: ओंकार देशमुख",
    ),
    ("थेट धावसंख्या", "पूर्ण धावफलक पाहा"),
    template="portal",
    path="cricket/2026/12/nashik-sangli",
)

TR = Site(
    lang="tr",
    name="Kamp Rehberi",
    host="kamprehberi.example.com.tr",
    nav=("Çadırlar", "Uyku Tulumları", "Ocaklar", "Rotalar"),
    cookie="Sitemizde çerezler kullanılmaktadır.",
    share="İncelemeyi paylaş",
    newsletter="Yeni incelemeler için bültenimize kaydolun.",
    comment="Yorum yap",
    related_title="Benzer incelemeler",
    related=("Üç mevsimlik çadırların karşılaştırması", "Kartuşlu ocaklar"),
    footer="Kamp Rehberi bağımsız bir inceleme sitesidir.",
)

add(
    "review_pros_cons_dl",
    TR,
    "Dağcı 2 çadır incelemesi",
    "<article class='post'><h1 class='entry-title'>Dağcı 2 çadır incelemesi</h1><div"
    " class='rating'>Puan: 8/10 <a href='#'>Puan ver</a></div><div class='entry-content'>"
    + paras(
        "Dağcı 2'yi üç hafta boyunca Kaçkarlar'da, rüzgârlı sırtlarda ve yağmur altında kurduk.",
        "Tek kişinin iki dakikada kurabildiği çadır, 2,1 kilogramla sınıfının hafiflerinden.",
    )
    + "<dl class='pros-cons'><dt>Artılar</dt><dd>Hızlı kurulum</dd><dd>İki giriş ve iki"
    " hol</dd><dt>Eksiler</dt><dd>Kazıklar yumuşak zeminde yetersiz</dd></dl>"
    + paras("Sonuç: Yaz ve sonbahar yürüyüşleri için fiyatına göre çok iyi bir seçim.")
    + "</div><div class='affiliate-box'><a class='btn' href='#'>En uygun fiyatı gör</a>"
    "</div>" + share(TR) + "</article>",
    (
        "rüzgârlı sırtlarda ve yağmur altında",
        "2,1 kilogramla sınıfının hafiflerinden.",
        "Hızlı kurulum",
        "Kazıklar yumuşak zeminde yetersiz",
        "Sonuç: Yaz ve sonbahar yürüyüşleri için fiyatına göre çok iyi bir seçim.",
    ),
    ("En uygun fiyatı gör", "Puan ver"),
    template="theme",
    path="inceleme/dagci-2",
)

VI = Site(
    lang="vi",
    name="Nhà Thuê Nhanh",
    host="nhathuenhanh.example.vn",
    nav=("Cho thuê", "Mua bán", "Dự án", "Tin tức"),
    cookie="Trang web sử dụng cookie để cải thiện trải nghiệm.",
    share="Chia sẻ tin đăng",
    newsletter="Nhận tin đăng mới theo khu vực bạn chọn.",
    comment="Hỏi người đăng",
    related_title="Tin đăng tương tự",
    related=("Căn hộ 1 phòng ngủ, Quận 3", "Phòng trọ gần chợ Bến Thành"),
    footer="Nhà Thuê Nhanh không chịu trách nhiệm về nội dung tin đăng.",
)

add(
    "flat_to_let",
    VI,
    "Cho thuê căn hộ 2 phòng ngủ gần hồ Tây",
    "<div class='listing-detail'><h1>Cho thuê căn hộ 2 phòng ngủ gần hồ Tây</h1><div"
    " class='price-line'><span>12 triệu/tháng</span><span>68 m²</span></div><div"
    " class='contact-box'><a class='btn call' href='tel:0900000000'>Gọi ngay 0900 000"
    " 000</a><a class='btn zalo' href='#'>Nhắn Zalo</a><button class='report'>Báo tin"
    " không đúng</button></div><div class='description'><h2>Thông tin mô tả</h2>"
    + paras(
        "Căn hộ tầng 9, ban công nhìn ra hồ, đầy đủ nội thất cơ bản.",
        "Cách chợ Quảng An 300 mét, có chỗ để xe máy miễn phí trong tòa nhà.",
        "Hợp đồng tối thiểu 6 tháng, đặt cọc một tháng.",
    )
    + "</div><ul class='features'><li>Hướng: Đông Nam</li><li>Nội thất: Cơ bản</li></ul>"
    + related(VI)
    + "</div>",
    (
        "Căn hộ tầng 9, ban công nhìn ra hồ, đầy đủ nội thất cơ bản.",
        "có chỗ để xe máy miễn phí trong tòa nhà.",
        "Hợp đồng tối thiểu 6 tháng, đặt cọc một tháng.",
    ),
    ("Gọi ngay 0900 000 000", "Nhắn Zalo", "Báo tin không đúng"),
    template="app",
    path="cho-thue/can-ho-ho-tay-2pn-88123",
)

PL = Site(
    lang="pl",
    name="Uniwersytet Nadwiślański",
    host="usos.example.edu.pl",
    nav=("Katalog przedmiotów", "Plany zajęć", "Rejestracja", "Pomoc"),
    cookie="Serwis wykorzystuje pliki cookies.",
    share="Udostępnij sylabus",
    newsletter="Zapisz się na powiadomienia o rejestracji.",
    comment="Zgłoś uwagę do sylabusa",
    related_title="Przedmioty powiązane",
    related=("Hydrologia ogólna", "Geomorfologia dolin"),
    footer="Uniwersytet Nadwiślański, Dział Kształcenia.",
)

add(
    "university_syllabus",
    PL,
    "Sylabus: Ekologia rzek (0600-ER-21)",
    "<div id='layout-c22'><h1>Sylabus: Ekologia rzek (0600-ER-21)</h1><div class='actions'>"
    "<a href='#'>Zarejestruj się na przedmiot</a><a href='#'>Pobierz jako PDF</a></div>"
    "<table class='grey'><tr><td>Punkty ECTS</td><td>5</td></tr><tr><td>Język wykładowy</td>"
    "<td>polski</td></tr></table><h2>Opis</h2>"
    + paras(
        "Przedmiot omawia procesy ekologiczne w rzekach nizinnych, od źródeł po ujście, ze"
        " szczególnym uwzględnieniem Wisły.",
    )
    + "<h2>Efekty uczenia się</h2><table><tr><th>Symbol</th><th>Efekt</th></tr><tr><td>W1"
    "</td><td>Student opisuje ciągłość rzeczną i jej konsekwencje dla biocenoz.</td></tr>"
    "<tr><td>U1</td><td>Student ocenia stan ekologiczny odcinka rzeki na podstawie"
    " makrobezkręgowców.</td></tr></table><h2>Warunki zaliczenia</h2>"
    + paras("Zaliczenie ćwiczeń terenowych oraz egzamin pisemny (co najmniej 51% punktów).")
    + "<h2>Literatura</h2><ul><li>Allan J. D., Castillo M. M., Stream Ecology, 2007.</li></ul>"
    "</div>",
    (
        "procesy ekologiczne w rzekach nizinnych",
        "Efekty uczenia się",
        "Student opisuje ciągłość rzeczną i jej konsekwencje dla biocenoz.",
        "na podstawie makrobezkręgowców.",
        "egzamin pisemny (co najmniej 51% punktów).",
        "Stream Ecology, 2007.",
    ),
    ("Zarejestruj się na przedmiot", "Pobierz jako PDF"),
    template="table",
    path="kontroler.php?_action=katalog2/przedmioty/pokazPrzedmiot&kod=0600-ER-21",
)

ID = Site(
    lang="id",
    name="Dokumentasi Bayarin",
    host="docs.bayarin.example.id",
    nav=("Panduan", "Referensi API", "SDK", "Changelog"),
    cookie="Kami menggunakan cookie untuk menganalisis penggunaan dokumentasi.",
    share="Salin tautan halaman",
    newsletter="Dapatkan pemberitahuan perubahan API.",
    comment="Laporkan kesalahan dokumentasi",
    related_title="Halaman terkait",
    related=("Membuat tagihan", "Webhook pembayaran"),
    footer="© Bayarin. Seluruh hak cipta dilindungi.",
)

add(
    "api_reference_sdk_tabs",
    ID,
    "Membatalkan tagihan",
    "<div class='theme-doc-markdown markdown'><nav class='breadcrumbs'><a href='#'>Referensi"
    " API</a> › <a href='#'>Tagihan</a></nav><h1>Membatalkan tagihan</h1>"
    + paras(
        "Tagihan yang belum dibayar dapat dibatalkan kapan saja. Tagihan yang sudah dibayar"
        " harus dikembalikan melalui endpoint refund.",
    )
    + "<pre><code>POST /v1/invoices/{id}/cancel</code></pre><h2>Parameter path</h2><ul><li>"
    "<code>id</code> (string, wajib) — ID tagihan yang akan dibatalkan.</li></ul><h2>Contoh"
    "</h2><div class='tabs'><ul role='tablist'><li role='tab'>cURL</li><li role='tab'>Node"
    "</li></ul><div role='tabpanel'><pre><code>curl -X POST"
    " https://api.bayarin.example.id/v1/invoices/inv_123/cancel</code></pre></div></div><h2>"
    "Kode galat</h2><table><tr><th>Kode</th><th>Arti</th></tr><tr><td>409</td><td>Tagihan"
    " sudah dibayar</td></tr></table></div><div class='feedback'><p>Apakah halaman ini"
    " membantu?</p><button>Ya</button><button>Tidak</button></div><a class='theme-edit-this"
    "-page' href='#'>Sunting halaman ini</a>",
    (
        "Tagihan yang belum dibayar dapat dibatalkan kapan saja.",
        "POST /v1/invoices/{id}/cancel",
        "ID tagihan yang akan dibatalkan.",
        "https://api.bayarin.example.id/v1/invoices/inv_123/cancel",
        "Tagihan sudah dibayar",
    ),
    ("Apakah halaman ini membantu?", "Sunting halaman ini"),
    template="app",
    path="api/invoices/cancel",
)
