"""The blind66b probe's pages whose furniture sits among the text: a Yoruba story with a
paragraph that is one teaser link and a sponsored box, a Persian live page whose posts each
carry a share strip, a Kurmanji story with a "most read" box and tags inside its body, a
Pashto interview whose questions are headings, a Bengali story in <br>-separated text with
"read more" link lines and an ad box among it, and a Vietnamese article's short page 2."""

from __future__ import annotations

from ..blind66._kit import newsletter, paras, related, share
from ._kit import Site, add

YO = Site(
    lang="yo",
    name="Ìròyìn Òde Òní",
    host="irohinodeoni.example.ng",
    nav=("Ìròyìn", "Òṣèlú", "Ọrọ̀ Ajé", "Eré Ìdárayá", "Àṣà"),
    cookie="Ojú-òpó yìí ń lo kúkì láti mú ìrírí rẹ dára sí i.",
    share="Pín ìròyìn yìí",
    newsletter="Forúkọ sílẹ̀ láti máa gba ìròyìn wa lójoojúmọ́ nínú ímeèlì rẹ.",
    comment="Sọ èrò rẹ",
    related_title="Àwọn ìròyìn mìíràn",
    related=("Owó epo bẹntiróòlù tún gòkè", "Ẹgbẹ́ agbábọ́ọ̀lù ìpínlẹ̀ gba ife ẹ̀yẹ"),
    footer="Gbogbo ẹ̀tọ́ wà ní ìpamọ́.",
)

add(
    "story_link_paragraph_sponsored",
    YO,
    "Àwọn àgbẹ̀ kòkó ń lo ẹ̀rọ oníná oòrùn",
    "<article class='single-post'><h1 class='post-title'>Àwọn àgbẹ̀ kòkó ń lo ẹ̀rọ oníná oòrùn"
    "</h1><div class='post-meta'>Láti ọwọ́ Fúnmi Àjàyí</div><div class='post-content'>"
    + paras(
        "Àwọn àgbẹ̀ kòkó ní ìlú Ilé-Olúwa ti bẹ̀rẹ̀ sí í lo ẹ̀rọ gbígbẹ oníná oòrùn láti gbẹ kòkó wọn.",
        "Olóyè Adébáyọ̀ Ògúnlànà, tí ó jẹ́ alága ẹgbẹ́ àwọn àgbẹ̀, sọ pé ẹ̀rọ náà ti dín àkókò"
        " gbígbẹ kù sí ọjọ́ mẹ́ta.",
    )
    + "<p><a href='/2026/12/05/owo-iranlowo'>Ìjọba ìpínlẹ̀ kéde owó ìrànlọ́wọ́ fún àwọn"
    " onímọ̀-ẹ̀rọ ọ̀dọ́</a></p>"
    + paras(
        "Ó fi kún un pé ó kéré tán ogún àgbẹ̀ mìíràn ti forúkọ sílẹ̀ láti ra ẹ̀rọ náà ní oṣù tó ń bọ̀.",
    )
    + "</div><div class='sponsored-widget'><h4 class='sponsored-title'>Láti ọ̀dọ̀ àwọn"
    " alábàáṣiṣẹ́pọ̀ wa</h4><a href='https://ads.example/1'>Ọ̀nà márùn-ún láti fi owó pamọ́"
    " fún ilé ẹ̀kọ́ àwọn ọmọ rẹ</a><a href='https://ads.example/2'>Ìdí tí àwọn dókítà fi ń"
    " gba ènìyàn níyànjú láti máa rìn lójoojúmọ́</a></div>" + share(YO) + "</article>",
    (
        "Àwọn àgbẹ̀ kòkó ní ìlú Ilé-Olúwa ti bẹ̀rẹ̀ sí í lo ẹ̀rọ gbígbẹ oníná oòrùn",
        "sọ pé ẹ̀rọ náà ti dín àkókò gbígbẹ kù sí ọjọ́ mẹ́ta.",
        "Ó fi kún un pé ó kéré tán ogún àgbẹ̀ mìíràn ti forúkọ sílẹ̀ láti ra ẹ̀rọ náà",
    ),
    (
        "Ìjọba ìpínlẹ̀ kéde owó ìrànlọ́wọ́ fún àwọn onímọ̀-ẹ̀rọ ọ̀dọ́",
        "Láti ọ̀dọ̀ àwọn alábàáṣiṣẹ́pọ̀ wa",
        "Ọ̀nà márùn-ún láti fi owó pamọ́ fún ilé ẹ̀kọ́ àwọn ọmọ rẹ",
        "Ìdí tí àwọn dókítà fi ń gba ènìyàn níyànjú láti máa rìn lójoojúmọ́",
    ),
)

FA = Site(
    lang="fa",
    name="خبرگزاری کرانه",
    host="karaneh-news.example.ir",
    nav=("سیاسی", "اقتصادی", "اجتماعی", "ورزشی", "فرهنگی"),
    cookie="این وبگاه برای بهبود تجربه شما از کوکی استفاده می‌کند.",
    share="همرسانی",
    newsletter="برای دریافت خبرهای مهم روز در خبرنامه ما عضو شوید.",
    comment="دیدگاه خود را بنویسید",
    related_title="خبرهای مرتبط",
    related=("افزایش قیمت بلیت پروازهای داخلی", "آغاز طرح کاشت درخت در حاشیه شهر"),
    footer="کلیه حقوق این وبگاه محفوظ است.",
    dir_="rtl",
)


def _fa_post(time: str, heading: str, text: str) -> str:
    return (
        f"<div class='live-item'><span class='live-item-time'>{time}</span><h3>{heading}</h3>"
        f"<p>{text}</p><div class='live-item-tools'><a href='#'>اشتراک‌گذاری این خبر</a> <a "
        "href='#'>کپی پیوند</a></div></div>"
    )


add(
    "live_posts_share_strips",
    FA,
    "پوشش زنده: برف و راه‌های شمال",
    "<div class='live-coverage'><h1>پوشش زنده: برف و راه‌های شمال</h1><div class='live-list'>"
    + _fa_post(
        "۱۱:۳۰",
        "وضعیت مدارس",
        "مدارس دو شهرستان شمالی فردا نیز به صورت مجازی برگزار خواهد شد.",
    )
    + _fa_post(
        "۱۰:۱۵",
        "توصیه پلیس راه",
        "پلیس راه از رانندگان خواست زنجیر چرخ همراه داشته باشند و با سرعت کم حرکت کنند.",
    )
    + _fa_post(
        "۰۹:۰۰",
        "بازگشایی جاده کوهستانی",
        "راه کوهستانی چالوس پس از دو روز بسته بودن به دلیل بارش برف، از ساعت نه صبح بازگشایی شد.",
    )
    + "</div></div>"
    + related(FA),
    (
        "وضعیت مدارس",
        "مدارس دو شهرستان شمالی فردا نیز به صورت مجازی برگزار خواهد شد.",
        "توصیه پلیس راه",
        "پلیس راه از رانندگان خواست زنجیر چرخ همراه داشته باشند و با سرعت کم حرکت کنند.",
        "بازگشایی جاده کوهستانی",
        "راه کوهستانی چالوس پس از دو روز بسته بودن به دلیل بارش برف",
    ),
    ("اشتراک‌گذاری این خبر", "کپی پیوند"),
    template="app",
)

KU = Site(
    lang="ku",
    name="Rojnameya Dicle",
    host="rojnameyadicle.example.com",
    nav=("Nûçe", "Çand", "Aborî", "Werzîş", "Jiyan"),
    cookie="Em cookie bi kar tînin da ku malper baştir bixebite.",
    share="Parve bike",
    newsletter="Ji bo nûçeyên rojane xwe li bültena me qeyd bike.",
    comment="Şîroveyekê binivîse",
    related_title="Nûçeyên têkildar",
    related=("Pira kevn a li ser çem tê nûkirin", "Konsera hunermendên ciwan a havînê"),
    footer="Hemû maf parastî ne.",
)

add(
    "story_most_read_inside_body",
    KU,
    "Festîvala pirtûkan li Amedê dest pê kir",
    "<article class='news'><h1 class='news-title'>Festîvala pirtûkan li Amedê dest pê kir</h1>"
    "<div class='news-body'>"
    + paras(
        "Li bajarê Amedê festîvala pirtûkan a salane îsal bi beşdariya sed û bîst"
        " weşanxaneyan dest pê kir.",
        "Rêxistinkar Rojda Aslan got ku îsal cara yekem beşeke taybet ji bo pirtûkên zarokan"
        " hatiye amadekirin.",
        "Festîval dê heta roja yekşemê vekirî be û ketin bêpere ye.",
    )
    + "<div class='most-read-box'><h3>Yên herî zêde hatine xwendin</h3><ul><li><a "
    "href='/n/1'>Baran li gelek gundan bû sedema lehiyê</a></li><li><a href='/n/2'>Tîma "
    "futbolê ya bajêr serkeftinek nû bi dest xist</a></li></ul></div><div class='news-tags'>"
    "Etîket: <a href='/t/pirtuk'>Pirtûk</a> <a href='/t/cand'>Çand</a></div></div>"
    + share(KU)
    + "</article>",
    (
        "Li bajarê Amedê festîvala pirtûkan a salane îsal bi beşdariya sed û bîst",
        "Rêxistinkar Rojda Aslan got ku îsal cara yekem beşeke taybet ji bo pirtûkên zarokan",
        "Festîval dê heta roja yekşemê vekirî be û ketin bêpere ye.",
    ),
    (
        "Yên herî zêde hatine xwendin",
        "Baran li gelek gundan bû sedema lehiyê",
        "Tîma futbolê ya bajêr serkeftinek nû bi dest xist",
    ),
)

PS = Site(
    lang="ps",
    name="د سهار ورځپاڼه",
    host="sahar-wrazpana.example.af",
    nav=("خبرونه", "ټولنه", "اقتصاد", "ورزش", "کلتور"),
    cookie="دا وېبپاڼه ستاسو د تجربې د ښه کولو لپاره کوکيز کاروي.",
    share="دا مرکه شریکه کړئ",
    newsletter="زموږ خبرپاڼې ته غړیتوب واخلئ.",
    comment="خپل نظر ولیکئ",
    related_title="نورې مرکې",
    related=("د هرات د ورېښمو اوبدونکې", "د کابل ځوان کتاب پلورونکی"),
    footer="ټول حقونه خوندي دي.",
    dir_="rtl",
)

add(
    "interview_heading_questions",
    PS,
    "مریم احمدي: لمر زموږ تر ټولو ارزانه انرژي ده",
    "<article class='post'><h1 class='entry-title'>مریم احمدي: لمر زموږ تر ټولو ارزانه انرژي"
    " ده</h1><div class='entry-content'>"
    + paras(
        "د کندهار ځوانې انجینرې مریم احمدي د لمریزو پینلونو یو کوچنی شرکت جوړ کړی دی. موږ له"
        " هغې سره خبرې وکړې."
    )
    + "<h3>ستاسو د کار پیل څنګه وشو؟</h3>"
    + paras("ما په کور کې د خپلې کوچنۍ خور د درس لپاره څراغ جوړ کړ، بیا ګاونډیانو هم وغوښتل.")
    + "<h3>تاسو سره اوس څو کسان کار کوي؟</h3>"
    + paras("اوس زموږ په شرکت کې دولس کسان کار کوي چې نیمایي یې ښځې دي.")
    + "<h3>راتلونکی پلان مو څه دی؟</h3>"
    + paras("غواړو چې د کلیو ښوونځیو ته وړیا پینلونه ورکړو.")
    + "</div>"
    + share(PS)
    + related(PS)
    + "</article>",
    (
        "د کندهار ځوانې انجینرې مریم احمدي د لمریزو پینلونو یو کوچنی شرکت جوړ کړی دی.",
        "ستاسو د کار پیل څنګه وشو؟",
        "ما په کور کې د خپلې کوچنۍ خور د درس لپاره څراغ جوړ کړ",
        "تاسو سره اوس څو کسان کار کوي؟",
        "اوس زموږ په شرکت کې دولس کسان کار کوي چې نیمایي یې ښځې دي.",
        "راتلونکی پلان مو څه دی؟",
        "غواړو چې د کلیو ښوونځیو ته وړیا پینلونه ورکړو.",
    ),
)

BN_BR = Site(
    lang="bn",
    name="নদীতীর বার্তা",
    host="naditirbarta.example.com.bd",
    nav=("প্রচ্ছদ", "জেলা", "কৃষি", "শিক্ষা", "মতামত"),
    cookie="এই সাইট আপনার অভিজ্ঞতা ভালো করতে কুকি ব্যবহার করে।",
    share="শেয়ার করুন",
    newsletter="সাপ্তাহিক বার্তা পেতে ইমেইল দিয়ে নিবন্ধন করুন।",
    comment="মন্তব্য করুন",
    related_title="এই বিভাগের আরও খবর",
    related=("বোরো বীজতলায় শীতের প্রভাব", "উপজেলা হাসপাতালে নতুন অ্যাম্বুলেন্স"),
    footer="প্রকাশক কর্তৃক সর্বস্বত্ব সংরক্ষিত।",
)

add(
    "story_br_text_read_more_lines",
    BN_BR,
    "চরের স্কুলে নৌকায় চড়ে আসে শিক্ষার্থীরা",
    "<h1 class='title'>চরের স্কুলে নৌকায় চড়ে আসে শিক্ষার্থীরা</h1><div class='content-details'>"
    "চর রাজিবপুরের ছোট্ট প্রাথমিক বিদ্যালয়ে প্রতিদিন সকালে তিনটি নৌকায় চড়ে আসে প্রায় আশি জন"
    " শিক্ষার্থী।<br><br>প্রধান শিক্ষক নাসরিন আক্তার বলেন, বর্ষায় নদী ফুলে উঠলে অনেক অভিভাবক"
    " সন্তানদের পাঠাতে ভয় পান।<br><br><b>আরও পড়ুন:</b> <a href='/n/771'>উপকূলে লবণাক্ততা বাড়ছে,"
    " বিপাকে চাষিরা</a><br><br><div class='ad-box'><span>বিজ্ঞাপন</span><ins "
    "class='adsbygoogle'></ins></div>স্থানীয় একটি সংগঠন এবার শিক্ষার্থীদের জন্য লাইফ জ্যাকেট"
    " দিয়েছে।<br><br>উপজেলা শিক্ষা কর্মকর্তা জানান, আগামী বছর চরে একটি নতুন ভবন নির্মাণের পরিকল্পনা"
    " রয়েছে।<br><br><b>আরও পড়ুন:</b> <a href='/n/772'>জেলা শহরে বইমেলা শুরু কাল</a></div>" + share(BN_BR),
    (
        "চর রাজিবপুরের ছোট্ট প্রাথমিক বিদ্যালয়ে প্রতিদিন সকালে তিনটি নৌকায় চড়ে আসে প্রায় আশি জন",
        "প্রধান শিক্ষক নাসরিন আক্তার বলেন",
        "স্থানীয় একটি সংগঠন এবার শিক্ষার্থীদের জন্য লাইফ জ্যাকেট দিয়েছে।",
        "আগামী বছর চরে একটি নতুন ভবন নির্মাণের পরিকল্পনা রয়েছে।",
    ),
    (
        "আরও পড়ুন",
        "উপকূলে লবণাক্ততা বাড়ছে, বিপাকে চাষিরা",
        "বিজ্ঞাপন",
        "জেলা শহরে বইমেলা শুরু কাল",
    ),
    template="table",
    path="district/2026/12/06/88213",
)

VI_P2 = Site(
    lang="vi",
    name="Tạp chí Miền Sông",
    host="miensong.example.vn",
    nav=("Du lịch", "Ẩm thực", "Văn hóa", "Con người", "Ảnh"),
    cookie="Trang web sử dụng cookie để phục vụ bạn tốt hơn.",
    share="Chia sẻ",
    newsletter="Nhận bài viết mới mỗi cuối tuần qua email.",
    comment="Viết bình luận",
    related_title="Có thể bạn quan tâm",
    related=(
        "Chợ nổi lúc bình minh",
        "Làng nghề dệt chiếu ven sông",
        "Mùa nước nổi và những bữa cơm cá linh",
        "Bến phà cuối cùng của huyện đảo",
    ),
    footer="Ghi rõ nguồn khi phát hành lại thông tin từ website này.",
)

add(
    "short_page_two",
    VI_P2,
    "Người giữ đò trên sông Hậu - Trang 2",
    "<article class='article'><h1 class='article__title'>Người giữ đò trên sông Hậu</h1><div "
    "class='article__body'>"
    + paras(
        "Mỗi chiều, ông Sáu lại chèo đò đưa học trò về bên kia sông, không lấy của ai một đồng.",
        "Ông nói còn khỏe ngày nào thì còn chèo ngày đó.",
    )
    + "</div><nav class='pagination'><a href='?p=1'>« Trang trước</a> <a href='?p=1'>1</a>"
    " <strong>2</strong></nav></article>" + related(VI_P2) + newsletter(VI_P2),
    (
        "Mỗi chiều, ông Sáu lại chèo đò đưa học trò về bên kia sông, không lấy của ai một đồng.",
        "Ông nói còn khỏe ngày nào thì còn chèo ngày đó.",
    ),
    ("Trang trước",),
    template="app",
    path="con-nguoi/nguoi-giu-do-song-hau?p=2",
)
