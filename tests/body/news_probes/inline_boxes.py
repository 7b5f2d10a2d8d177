"""Boxes set inside the story that are no part of it: "read also" lines and teasers, newsletter
and subscription boxes, author bios, related-story cards, promos and channel asks."""

from __future__ import annotations

from .pages import Probes, page

PROBES = Probes()

# --- Polish, Arc-like markup: a "read also" line between paragraphs, a newsletter box.
PROBES.add(
    "pl_arc_read_also_newsletter",
    "https://wiadomosci.example.pl/kraj/2026/03/04/most-na-wisle/",
    page(
        "pl",
        "Nowy most na Wiśle otwarty po trzech latach budowy",
        "<main><article class='b-article'><h1 class='b-headline'>Nowy most na Wiśle otwarty po "
        "trzech latach budowy</h1><div class='b-article-body'>"
        "<p class='c-paragraph'>Most łączący dwa brzegi miasta Lisowo został w środę otwarty dla "
        "ruchu samochodowego, trzy miesiące później, niż zapowiadał wykonawca.</p>"
        "<p class='c-paragraph'>Przeprawa ma czterysta metrów długości i dwa pasy ruchu w każdą "
        "stronę, a po jej wschodniej stronie powstała osobna ścieżka rowerowa.</p>"
        "<div class='c-interstitial-link'><p><strong>Czytaj też:</strong> <a href='/kraj/"
        "obwodnica'>Obwodnica Lisowa znów opóźniona. Wykonawca prosi o więcej czasu</a></p></div>"
        "<p class='c-paragraph'>Koszt budowy wyniósł ponad trzysta milionów złotych, z czego "
        "większość pokryły fundusze unijne, poinformował prezydent miasta Marek Wilczak.</p>"
        "<div class='c-newsletter-signup'><h3>Bądź na bieżąco</h3><p>Zapisz się na nasz "
        "newsletter i codziennie rano otrzymuj najważniejsze wiadomości.</p><form><input "
        "type='email' placeholder='Twój e-mail'><button>Zapisz się</button></form></div>"
        "<p class='c-paragraph'>Mieszkańcy czekali na otwarcie od lat, bo stary most był "
        "zamykany każdej zimy z powodu złego stanu technicznego.</p></div></article></main>",
    ),
    (
        "Most łączący dwa brzegi miasta Lisowo",
        "Przeprawa ma czterysta metrów długości",
        "Koszt budowy wyniósł ponad trzysta milionów",
        "Mieszkańcy czekali na otwarcie od lat",
    ),
    ("Obwodnica Lisowa znów opóźniona", "Zapisz się na nasz newsletter", "Bądź na bieżąco"),
)

# --- Turkish, WordPress VIP: an inline "also read" list, an author bio box after the text.
PROBES.add(
    "tr_wpvip_ayrica_author_bio",
    "https://haber.example.com.tr/ekonomi/findik-hasadi-rekor/",
    page(
        "tr",
        "Fındık hasadında rekor beklentisi",
        "<main id='main'><article class='post type-post'><header class='entry-header'><h1 "
        "class='entry-title'>Fındık hasadında rekor beklentisi</h1></header><div "
        "class='entry-content'>"
        "<p>Karadeniz kıyısındaki üreticiler bu yıl fındık rekoltesinin geçen yıla göre yüzde "
        "on beş artmasını bekliyor, ancak işçi bulmakta zorlandıklarını söylüyor.</p>"
        "<p>Kooperatif başkanı Halil Ersoy, ağustos ortasında başlayacak hasat için bahçelerin "
        "yarısında henüz işçi anlaşması yapılmadığını belirtti.</p>"
        "<div class='wp-block-group ilgili-haberler'><p><strong>AYRICA OKUYUN</strong></p><ul>"
        "<li><a href='/ekonomi/cay-fiyati'>Yaş çay fiyatı açıklandı, üretici memnun değil</a></li>"
        "<li><a href='/ekonomi/liman'>Yeni liman ihracatı hızlandıracak</a></li></ul></div>"
        "<p>Üreticiler, fiyatın hasattan önce açıklanmasını ve nakliye desteğinin artırılmasını "
        "talep ediyor; bakanlık ise kararın temmuz sonunda verileceğini duyurdu.</p></div>"
        "<div class='author-box'><img src='/a/ayse.jpg' alt=''><div class='author-box__text'><a "
        "href='/yazar/ayse-demirel' class='author-box__name'>Ayşe Demirel</a><p>Ayşe Demirel, "
        "ekonomi servisinde muhabirdir ve on yıldır tarım haberleri yazmaktadır.</p></div></div>"
        "</article></main>",
    ),
    (
        "Karadeniz kıyısındaki üreticiler",
        "Kooperatif başkanı Halil Ersoy",
        "Üreticiler, fiyatın hasattan önce",
    ),
    ("Yaş çay fiyatı açıklandı", "Yeni liman ihracatı", "on yıldır tarım haberleri yazmaktadır"),
)

# --- Dutch, Drupal: paragraphs as Drupal "paragraph" entities, a "lees ook" related block.
PROBES.add(
    "nl_drupal_lees_ook_related",
    "https://nieuws.example.nl/binnenland/dijkversterking-start",
    page(
        "nl",
        "Dijkversterking langs de rivier begint in maart",
        "<main><article class='node node--type-article node--view-mode-full'><h1><span "
        "class='field field--name-title'>Dijkversterking langs de rivier begint in maart</span>"
        "</h1><div class='node__content'><div class='field field--name-field-paragraphs'>"
        "<div class='paragraph paragraph--type--text'><div class='field--name-field-text'>"
        "<p>Het waterschap begint in maart met het versterken van zeven kilometer dijk tussen "
        "Heerveld en Oudemolen, een werk dat drie jaar gaat duren.</p><p>Tijdens de werkzaamheden "
        "blijft de dijkweg voor fietsers open, maar auto's moeten omrijden via de provinciale "
        "weg, meldt projectleider Joris van Dalen.</p></div></div>"
        "<div class='paragraph paragraph--type--related-content'><h2>Lees ook</h2><div "
        "class='view-content'><div class='views-row'><a href='/binnenland/hoogwater'>Hoogwater "
        "zet uiterwaarden onder water</a></div><div class='views-row'><a href='/binnenland/"
        "gemaal'>Nieuw gemaal moet polder droog houden</a></div></div></div>"
        "<div class='paragraph paragraph--type--text'><div class='field--name-field-text'>"
        "<p>Bewoners kunnen op twee informatieavonden in het dorpshuis vragen stellen over de "
        "planning en over de bomen die moeten wijken.</p></div></div></div></div></article>"
        "</main>",
    ),
    (
        "Het waterschap begint in maart",
        "Tijdens de werkzaamheden blijft de dijkweg",
        "Bewoners kunnen op twee informatieavonden",
    ),
    ("Hoogwater zet uiterwaarden", "Nieuw gemaal moet polder"),
)

# --- Swedish, Escenic: a fact box (neutral) and a "läs också" teaser, a subscription prompt.
PROBES.add(
    "sv_escenic_factbox_las_ocksa",
    "https://www.example.se/nyheter/lokalt/article12345.ece",
    page(
        "sv",
        "Färjan till ön ställs in i två veckor",
        "<main><article class='article'><h1 class='headline'>Färjan till ön ställs in i två "
        "veckor</h1><p class='lead'>Linjen stängs för reparation av färjeläget.</p><div "
        "class='body-text'>"
        "<p>Trafikverket ställer in färjan mellan Norrvik och Stora Holmen från den första maj, "
        "eftersom färjeläget på ön måste repareras efter vinterns stormar.</p>"
        "<div class='factbox'><h4>Fakta: Färjeleden</h4><ul><li>Öppnade 1978</li><li>Cirka 400 "
        "resenärer per dag</li></ul></div>"
        "<p>Under avstängningen kör en mindre passagerarbåt tre gånger om dagen, men den tar "
        "inte bilar, säger trafikchefen Annika Lund.</p>"
        "<div class='teaser-inline'><span class='label'>Läs också:</span> <a href='/nyheter/"
        "lokalt/article999.ece'>Hamnen byggs om för kryssningsfartyg</a></div>"
        "<p>Öborna är kritiska och menar att beskedet kom för sent för att ordna transporter av "
        "varor till affären och skolan.</p></div><div class='premium-teaser'><p>Vill du läsa "
        "mer? Bli prenumerant – första månaden för 1 krona.</p></div></article></main>",
    ),
    (
        "Trafikverket ställer in färjan",
        "Under avstängningen kör en mindre passagerarbåt",
        "Öborna är kritiska",
    ),
    ("Hamnen byggs om för kryssningsfartyg", "Bli prenumerant"),
)

# --- Japanese, a Next.js site: hashed class names, a related box, the body also in JSON.
PROBES.add(
    "ja_nextjs_related_json",
    "https://news.example.jp/articles/2026/04/10/kawa-hashi",
    page(
        "ja",
        "老朽化した橋、来春から架け替え",
        "<div id='__next'><main class='Layout_main__a1b2c'><article "
        "class='Article_article__x9y8z'><h1 class='Article_title__q1w2e'>老朽化した橋、来春から"
        "架け替え</h1><div class='ArticleBody_body__k3l4m'>"
        "<p class='ArticleBody_paragraph__p0o9i'>緑川市は、築六十年を超える中央橋を来年春から"
        "架け替えると発表した。工事期間は約三年で、その間は仮設の橋を使う。</p>"
        "<p class='ArticleBody_paragraph__p0o9i'>市によると、昨年の点検で橋脚にひび割れが見つ"
        "かり、大型車の通行を制限していた。総事業費は約八十億円を見込む。</p>"
        "<aside class='RelatedArticles_box__z7x6c'><h2>関連記事</h2><ul><li><a href='/articles/"
        "1'>市長、駅前再開発の計画を見直しへ</a></li><li><a href='/articles/2'>豪雨で河川敷の"
        "公園が浸水</a></li></ul></aside>"
        "<p class='ArticleBody_paragraph__p0o9i'>近くに住む会社員の男性は「通勤で毎日使うので、"
        "早く安全な橋にしてほしい」と話した。</p></div></article></main></div>"
        "<script id='__NEXT_DATA__' type='application/json'>{\"props\":{\"pageProps\":"
        '{"article":{"title":"老朽化した橋、来春から架け替え","body":"緑川市は、築六十'
        '年を超える中央橋を来年春から架け替えると発表した。"}}}}</script>',
    ),
    ("緑川市は、築六十年を超える中央橋", "市によると、昨年の点検で", "近くに住む会社員の男性"),
    ("市長、駅前再開発の計画を見直しへ", "豪雨で河川敷の公園が浸水"),
)

# --- Chinese, an AMP page: amp-img, an amp-ad, a "相关阅读" list, a "扫码关注" prompt.
PROBES.add(
    "zh_amp_related_follow",
    "https://m.example.cn/amp/2026/06/01/xinwen-88.html",
    page(
        "zh-CN",
        "山区小学用上了太阳能",
        "<main><article class='amp-article'><h1>山区小学用上了太阳能</h1><div "
        "class='article-content'>"
        "<p>青石县的十二所山区小学本学期全部装上了太阳能电池板，学校不再因为停电而停课。"
        "县教育局表示，这批设备由省里的专项资金购买。</p>"
        "<amp-img src='/i/solar.jpg' width='600' height='400' layout='responsive' "
        "alt='学校屋顶的电池板'></amp-img>"
        "<p>校长李春华说，过去每逢雨季，学校一个月要停电好几次，学生只能提前放学。现在教室"
        "里的灯和电脑都能正常使用。</p>"
        "<amp-ad width='300' height='250' type='adsense' data-slot='123'><div fallback>"
        "广告加载中</div></amp-ad>"
        "<div class='related-read'><h3>相关阅读</h3><ul><li><a href='/1.html'>县城新建两座"
        "图书馆</a></li><li><a href='/2.html'>乡村公路改造工程完工</a></li></ul></div>"
        "<p>教育局计划明年再为另外二十所学校安装同样的设备，并培训当地的维修人员。</p></div>"
        "<div class='follow-box'><p>扫码关注我们的公众号，获取更多本地新闻。</p></div>"
        "</article></main>",
    ),
    ("青石县的十二所山区小学", "校长李春华说", "教育局计划明年再为另外二十所学校"),
    ("县城新建两座图书馆", "乡村公路改造工程完工", "扫码关注我们的公众号", "广告加载中"),
)

# --- Korean, a portal-like news page: "관련기사" box inside the text, a reporter's e-mail line.
PROBES.add(
    "ko_related_box_reporter",
    "https://www.example.co.kr/news/articleView.html?idxno=120034",
    page(
        "ko",
        "도서관 야간 개방 시간 늘린다",
        "<main><div id='article-view'><h1 class='heading'>도서관 야간 개방 시간 늘린다</h1>"
        "<article id='article-view-content-div' itemprop='articleBody'>"
        "<p>푸른시는 다음 달부터 시립 도서관 다섯 곳의 개방 시간을 밤 열한 시까지 연장한다고 "
        "밝혔다. 시험 기간에는 자정까지 문을 연다.</p>"
        "<div class='view-editors'><strong>관련기사</strong><ul><li><a href='/news/1'>시립 "
        "미술관 무료 관람의 날 운영</a></li><li><a href='/news/2'>구도심 주차장 확충 계획 "
        "발표</a></li></ul></div>"
        "<p>시는 야간 운영을 위해 사서 스무 명을 새로 채용하고, 도서관 주변 가로등도 늘릴 "
        "계획이다. 이용자 설문에서 응답자의 칠십 퍼센트가 연장을 원했다.</p>"
        '<p>김민지 도서관장은 "직장인과 학생들이 퇴근과 하교 후에도 편하게 책을 읽을 수 있게 '
        '될 것"이라고 말했다.</p></article></div></main>',
    ),
    ("푸른시는 다음 달부터 시립 도서관", "시는 야간 운영을 위해", "김민지 도서관장은"),
    ("시립 미술관 무료 관람의 날", "구도심 주차장 확충 계획"),
)

# --- Arabic, WordPress: "اقرأ أيضا" inline link and a newsletter box.
PROBES.add(
    "ar_wp_iqra_aydan_newsletter",
    "https://akhbar.example.com/2026/02/15/matar-jadid/",
    page(
        "ar",
        "افتتاح مطار جديد في المدينة الساحلية",
        "<main><article class='post'><h1 class='entry-title'>افتتاح مطار جديد في المدينة "
        "الساحلية</h1><div class='entry-content'>"
        "<p>افتتحت وزارة النقل صباح الأحد مطار الشاطئ الجديد، الذي يستقبل أربعة ملايين مسافر "
        "سنويا، بعد أربع سنوات من أعمال البناء.</p>"
        "<p><strong>اقرأ أيضا:</strong> <a href='/2026/02/10/qitar/'>خط قطار سريع يربط "
        "العاصمة بالجنوب</a></p>"
        "<p>وقال مدير المطار سامر الحداد إن الرحلات الأولى ستكون إلى ثلاث عواصم عربية، على أن "
        "تضاف وجهات أوروبية في الصيف المقبل.</p>"
        "<div class='newsletter-widget'><h4>النشرة البريدية</h4><p>اشترك في نشرتنا البريدية "
        "ليصلك ملخص الأخبار كل صباح.</p><form><input type='email'><button>اشترك</button>"
        "</form></div>"
        "<p>ويأمل سكان المدينة أن يجذب المطار السياح ويخلق فرص عمل جديدة في قطاع الفنادق.</p>"
        "</div></article></main>",
        dir_="rtl",
    ),
    ("افتتحت وزارة النقل صباح الأحد", "وقال مدير المطار سامر الحداد", "ويأمل سكان المدينة"),
    ("خط قطار سريع يربط", "اشترك في نشرتنا البريدية"),
)

# --- Russian: "Читайте также" teaser, a Telegram channel promo, a fact box (neutral).
PROBES.add(
    "ru_chitayte_takzhe_telegram",
    "https://novosti.example.ru/society/2026/01/20/katok/",
    page(
        "ru",
        "В парке открылся самый большой каток города",
        "<main><article class='article'><h1 class='article__title'>В парке открылся самый "
        "большой каток города</h1><div class='article__body js-mediator-article'>"
        "<div class='article__text'>В Сосновском парке в субботу открылся каток площадью пять "
        "тысяч квадратных метров, на который за первый день пришли больше трёх тысяч человек."
        "</div><div class='article__text'>Вход на каток бесплатный, а прокат коньков стоит "
        "двести рублей в час, рассказал директор парка Игорь Белов.</div>"
        "<div class='article__read-also'><span>Читайте также:</span> <a href='/society/"
        "lyzhnya/'>Лыжню в лесопарке подготовят к выходным</a></div>"
        "<div class='article__text'>Каток будет работать до середины марта, если позволит "
        "погода. По вечерам на льду включат музыку и подсветку.</div>"
        "<div class='article__promo'><a href='https://t.me/example'>Подписывайтесь на наш "
        "Telegram-канал, чтобы первыми узнавать новости города</a></div></div></article></main>",
    ),
    ("В Сосновском парке в субботу", "Вход на каток бесплатный", "Каток будет работать"),
    ("Лыжню в лесопарке", "Подписывайтесь на наш"),
)

# --- Hindi: "यह भी पढ़ें" link lines between paragraphs.
PROBES.add(
    "hi_yah_bhi_padhen",
    "https://www.example.in/hindi/news/state/barish-se-rahat-2026",
    page(
        "hi",
        "बारिश से किसानों को राहत",
        "<main><div class='story'><h1>बारिश से किसानों को राहत</h1><div class='story-body'>"
        "<p>पिछले तीन दिनों से हो रही बारिश ने रामपुर ज़िले के किसानों को बड़ी राहत दी है। "
        "धान की रोपाई अब समय पर पूरी हो सकेगी।</p>"
        "<p><strong>यह भी पढ़ें:</strong> <a href='/hindi/news/1'>नहर की मरम्मत का काम "
        "अधूरा, ग्रामीण नाराज़</a></p>"
        "<p>कृषि अधिकारी सुनील वर्मा ने बताया कि ज़िले में अब तक सामान्य से बीस प्रतिशत अधिक "
        "वर्षा दर्ज की गई है और जलाशयों का स्तर भी बढ़ा है।</p>"
        "<p><strong>यह भी पढ़ें:</strong> <a href='/hindi/news/2'>मंडी में टमाटर के दाम "
        "गिरे</a></p>"
        "<p>मौसम विभाग ने अगले दो दिनों तक हल्की से मध्यम बारिश का अनुमान जताया है।</p>"
        "</div></div></main>",
    ),
    ("पिछले तीन दिनों से हो रही बारिश", "कृषि अधिकारी सुनील वर्मा", "मौसम विभाग ने अगले दो"),
    ("नहर की मरम्मत का काम", "मंडी में टमाटर के दाम"),
)

# --- Indonesian: "Baca juga" lines (a portal's habit), an author line "Penulis:" at the end.
PROBES.add(
    "id_baca_juga_lines",
    "https://www.example.co.id/read/2026/07/08/pasar-ikan-baru",
    page(
        "id",
        "Pasar ikan baru dibuka di pelabuhan",
        "<main><div class='read__content'><h1 class='read__title'>Pasar ikan baru dibuka di "
        "pelabuhan</h1><div class='clearfix'>"
        "<p><strong>TANJUNG MERAH</strong> - Pemerintah kota membuka pasar ikan baru di dekat "
        "pelabuhan pada Senin pagi, menggantikan pasar lama yang sering tergenang saat pasang.</p>"
        "<p><strong>Baca juga:</strong> <a href='/read/1'>Harga cabai turun menjelang musim "
        "panen</a></p>"
        "<p>Pasar baru itu memiliki dua ratus lapak dengan lantai yang lebih tinggi dan ruang "
        "pendingin untuk menyimpan hasil tangkapan nelayan.</p>"
        "<p><strong>Baca juga:</strong> <a href='/read/2'>Nelayan keluhkan solar langka</a></p>"
        "<p>Seorang pedagang, Siti Rahma, mengatakan pembeli kini lebih ramai karena tempatnya "
        "bersih dan mudah dijangkau.</p></div></div></main>",
    ),
    (
        "Pemerintah kota membuka pasar ikan baru",
        "Pasar baru itu memiliki dua ratus lapak",
        "Seorang pedagang, Siti Rahma",
    ),
    ("Harga cabai turun", "Nelayan keluhkan solar langka"),
)

# --- Vietnamese: "Xem thêm" related cards after the text, an inline image caption.
PROBES.add(
    "vi_xem_them_cards",
    "https://example.vn/thoi-su/cau-moi-bac-qua-song-4812345.html",
    page(
        "vi",
        "Cầu mới bắc qua sông Lam thông xe",
        "<main><article class='fck_detail'><h1 class='title-detail'>Cầu mới bắc qua sông Lam "
        "thông xe</h1>"
        "<p class='Normal'>Cây cầu dài sáu trăm mét nối hai huyện Yên Bình và Đông Sơn đã thông "
        "xe sáng thứ hai, sớm hơn kế hoạch hai tháng.</p>"
        "<p class='Normal'>Theo ban quản lý dự án, công trình có tổng vốn hơn một nghìn tỷ đồng, "
        "gồm bốn làn xe và hai làn dành cho người đi bộ.</p>"
        "<p class='Normal'>Người dân hai bên sông trước đây phải đi phà mất gần một giờ, nay chỉ "
        "cần mười phút để qua sông.</p></article>"
        "<div class='box-tinlienquan'><h3>Xem thêm</h3><article class='item-news'><h4><a "
        "href='/1.html'>Đường ven biển sẽ hoàn thành cuối năm</a></h4></article><article "
        "class='item-news'><h4><a href='/2.html'>Bến xe mới đi vào hoạt động</a></h4></article>"
        "</div></main>",
    ),
    ("Cây cầu dài sáu trăm mét", "Theo ban quản lý dự án", "Người dân hai bên sông"),
    ("Đường ven biển sẽ hoàn thành", "Bến xe mới đi vào hoạt động"),
)

# --- Japanese article with a "あわせて読みたい" block and a bio of the writer after the text.
PROBES.add(
    "ja_awasete_yomitai_bio",
    "https://www.example.jp/article/2026/08/umi-gomi",
    page(
        "ja",
        "海岸のごみ拾いに三百人",
        "<main><article class='entry'><h1 class='entry-title'>海岸のごみ拾いに三百人</h1><div "
        "class='entry-body'>"
        "<p>白浜町の海岸で日曜日、住民や高校生ら約三百人が参加してごみ拾いが行われた。"
        "二時間で集まったごみは約一・五トンにのぼった。</p>"
        "<p>主催したNPOの代表、山田恵子さんは「プラスチックの破片が年々増えている。"
        "海に来る人に持ち帰りを呼びかけたい」と話した。</p>"
        "<div class='awasete'><p class='awasete-title'>あわせて読みたい</p><ul><li><a "
        "href='/1'>港の朝市、三年ぶりに再開</a></li><li><a href='/2'>夏の花火大会、"
        "日程決まる</a></li></ul></div>"
        "<p>町は来年度から、海水浴場にごみの分別ステーションを設ける予定だ。</p></div>"
        "<div class='writer-profile'><p class='writer-name'>佐藤健</p><p>佐藤健は地域報道部の"
        "記者。環境問題を中心に取材している。</p></div></article></main>",
    ),
    ("白浜町の海岸で日曜日", "主催したNPOの代表", "町は来年度から"),
    ("港の朝市、三年ぶりに再開", "夏の花火大会、日程決まる", "環境問題を中心に取材している"),
)

# --- Chinese news with "延伸阅读" and an editor line "责任编辑：" (an about-note).
PROBES.add(
    "zh_yanshen_yuedu_editor",
    "https://news.example.com.cn/society/2026-09-12/doc-abc123.shtml",
    page(
        "zh-CN",
        "老城区加装电梯进展顺利",
        "<main><div class='article' id='artibody'><h1 class='main-title'>老城区加装电梯进展"
        "顺利</h1>"
        "<p>今年以来，东河区已为八十六栋老旧住宅楼加装了电梯，超过两千户居民受益。区住建局"
        "表示，年底前还将完成另外四十栋楼的施工。</p>"
        "<p>住在六楼的退休教师王秀兰说，以前下楼买菜要歇好几次，现在每天都能出门散步。</p>"
        "<div class='yanshen'><p><strong>延伸阅读</strong></p><p><a href='/1.shtml'>社区食堂"
        "让老人吃上热饭</a></p><p><a href='/2.shtml'>公交线路调整方案公布</a></p></div>"
        "<p>据介绍，加装电梯的费用由政府补贴一部分，其余由居民按楼层分摊。</p>"
        "<p class='show_author'>责任编辑：刘洋</p></div></main>",
    ),
    ("今年以来，东河区已为八十六栋", "住在六楼的退休教师王秀兰", "据介绍，加装电梯的费用"),
    ("社区食堂让老人吃上热饭", "公交线路调整方案公布", "责任编辑"),
)

# --- Korean article with a subscription prompt and "구독" box, and a copyright line.
PROBES.add(
    "ko_subscribe_copyright",
    "https://www.example.kr/article/2026/10/10/bike-lane",
    page(
        "ko",
        "자전거 도로 연결 사업 완료",
        "<main><article class='article-body'><h1>자전거 도로 연결 사업 완료</h1>"
        "<p>한강시는 끊겨 있던 자전거 도로 열두 구간을 연결하는 사업을 마쳤다고 십일 밝혔다. "
        "이로써 시내 자전거 도로는 총 백이십 킬로미터가 됐다.</p>"
        "<p>시는 자전거 이용자가 지난해보다 삼십 퍼센트 늘었다며, 내년에는 공공 자전거 대여소도 "
        "두 배로 늘릴 계획이라고 설명했다.</p>"
        "<div class='subscribe-banner'><p>네이버에서 예시뉴스를 구독하세요! 가장 빠른 소식을 "
        "받아보세요.</p></div>"
        '<p>박지훈 교통국장은 "출퇴근 시간에 자전거를 타는 시민이 눈에 띄게 늘었다"고 '
        "말했다.</p><p class='copyright'>ⓒ 예시뉴스, 무단전재 및 재배포 금지</p></article>"
        "</main>",
    ),
    ("한강시는 끊겨 있던 자전거 도로", "시는 자전거 이용자가", "박지훈 교통국장은"),
    ("구독하세요", "무단전재 및 재배포 금지"),
)

# --- Hindi video page: a description and transcript-like text, an "और वीडियो" rail.
PROBES.add(
    "hi_video_more_videos",
    "https://www.example.in/hindi/video/metro-vistar-2026",
    page(
        "hi",
        "मेट्रो विस्तार पर रिपोर्ट",
        "<main><div class='video-detail'><h1>मेट्रो विस्तार पर रिपोर्ट</h1><div class='player'>"
        "<iframe src='https://player.example/1'></iframe></div><div class='video-text'>"
        "<p>शहर की मेट्रो की नई लाइन अगले साल तक हवाई अड्डे तक पहुंच जाएगी। इस लाइन पर बारह "
        "नए स्टेशन बनाए जा रहे हैं।</p><p>परियोजना निदेशक अनिल कुमार ने बताया कि सुरंग का "
        "अस्सी प्रतिशत काम पूरा हो चुका है और परीक्षण दिसंबर में शुरू होगा।</p></div>"
        "<div class='more-videos'><h2>और वीडियो</h2><ul><li><a href='/v/1'>बस अड्डे का नया "
        "रूप</a></li><li><a href='/v/2'>पुराने बाज़ार में आग</a></li></ul></div></div></main>",
    ),
    ("शहर की मेट्रो की नई लाइन", "परियोजना निदेशक अनिल कुमार"),
    ("बस अड्डे का नया रूप", "पुराने बाज़ार में आग"),
)

# --- Indonesian Next.js page: paragraphs in hashed classes and an inline promo for the app.
PROBES.add(
    "id_nextjs_app_promo",
    "https://www.example.id/berita/2026/03/15/jalan-tol-baru",
    page(
        "id",
        "Jalan tol baru mulai beroperasi",
        "<div id='__next'><main><article class='detail_article__Xy12'><h1 "
        "class='detail_title__Ab34'>Jalan tol baru mulai beroperasi</h1><div "
        "class='detail_body__Cd56'>"
        "<p>Jalan tol sepanjang empat puluh kilometer yang menghubungkan Kota Sabang Barat dan "
        "pelabuhan mulai beroperasi pada Jumat, setelah diresmikan oleh gubernur.</p>"
        "<div class='promo_inline__Ef78'><a href='/app'>Unduh aplikasi kami untuk membaca berita "
        "terkini tanpa iklan</a></div>"
        "<p>Tarif untuk kendaraan pribadi ditetapkan tiga puluh ribu rupiah untuk seluruh ruas, "
        "dan gratis selama dua minggu pertama.</p>"
        "<p>Pengemudi truk, Budi Santoso, mengatakan waktu tempuh ke pelabuhan kini hanya "
        "setengah jam dari sebelumnya dua jam.</p></div></article></main></div>"
        '<script id=\'__NEXT_DATA__\' type=\'application/json\'>{"props":{"pageProps":{"title":'
        '"Jalan tol baru mulai beroperasi"}}}</script>',
    ),
    (
        "Jalan tol sepanjang empat puluh kilometer",
        "Tarif untuk kendaraan pribadi",
        "Pengemudi truk, Budi Santoso",
    ),
    ("Unduh aplikasi kami",),
)

# --- Vietnamese article with a "Đọc thêm" inline teaser and a tip-box line "Mời bạn đọc".
PROBES.add(
    "vi_doc_them_inline",
    "https://www.example.vn/xa-hoi/truong-hoc-moi-20261005.htm",
    page(
        "vi",
        "Trường học mới cho học sinh vùng cao",
        "<main><div class='detail-content afcbc-body'><h1 class='detail-title'>Trường học mới "
        "cho học sinh vùng cao</h1>"
        "<p>Ngôi trường bán trú mới ở xã Pà Cò đã đón hơn bốn trăm học sinh trong ngày khai "
        "giảng, sau một năm xây dựng bằng nguồn vốn xã hội hóa.</p>"
        "<div class='VCSortableInPreviewMode link-content-footer'><a href='/1.htm'>Đọc thêm: "
        "Hàng trăm học sinh phải lội suối đến trường</a></div>"
        "<p>Thầy hiệu trưởng Lò Văn Thành cho biết trường có ký túc xá cho hai trăm em ở xa, "
        "các em được ăn ba bữa mỗi ngày.</p>"
        "<p>Phụ huynh trong bản nói rằng từ nay con cái không phải đi bộ hai tiếng đồng hồ mỗi "
        "sáng để đến lớp.</p></div></main>",
    ),
    ("Ngôi trường bán trú mới ở xã Pà Cò", "Thầy hiệu trưởng Lò Văn Thành", "Phụ huynh trong bản"),
    ("Hàng trăm học sinh phải lội suối",),
)

# --- English, WordPress VIP: a related-story card and a "Sign up" box inside the text.
PROBES.add(
    "en_wpvip_related_card_signup",
    "https://www.example.com/2026/06/14/river-cleanup-volunteers/",
    page(
        "en",
        "Volunteers pull two tonnes of rubbish from the river",
        "<main><article class='article-template'><h1 class='article-title'>Volunteers pull two "
        "tonnes of rubbish from the river</h1><div class='article-content entry-content'>"
        "<p>More than two hundred volunteers spent Saturday hauling shopping trolleys, tyres "
        "and plastic from the River Esk, in the biggest clean-up the town has seen.</p>"
        "<div class='wp-block-vip-related-posts related-card'><a href='/2026/05/30/weir/'><img "
        "src='/i/weir.jpg' alt=''><span class='related-card__kicker'>Related</span><span "
        "class='related-card__title'>Old weir to be removed to help salmon return</span></a>"
        "</div>"
        "<p>Organiser Priya Natesan said the group had found less plastic than last year, which "
        "she put down to the new deposit scheme for bottles.</p>"
        "<div class='newsletter-inline'><h3>Get the Morning Briefing</h3><p>Sign up for our "
        "free newsletter to get the day's top stories in your inbox.</p><form><input "
        "type='email' placeholder='Email address'><button>Sign up</button></form><p "
        "class='small'>By signing up you agree to our privacy policy.</p></div>"
        "<p>The council has promised to put two new bins at each of the footbridges before the "
        "summer holidays.</p></div></article></main>",
    ),
    (
        "More than two hundred volunteers spent Saturday",
        "Organiser Priya Natesan said",
        "The council has promised to put two new bins",
    ),
    ("Old weir to be removed", "Sign up for our free newsletter", "Get the Morning Briefing"),
)

# --- English, Brightspot: an author bio module and a "More from" list after the text.
PROBES.add(
    "en_brightspot_bio_more_from",
    "https://apnews.example.com/article/harbor-dredging-budget-1a2b3c",
    page(
        "en",
        "Harbor dredging plan wins budget approval",
        "<main class='Page-main'><div class='Page-headline'><h1>Harbor dredging plan wins budget "
        "approval</h1></div><div class='RichTextStoryBody RichTextBody'>"
        "<p>LOWPORT (Example) — The state legislature approved money on Tuesday to dredge the "
        "Lowport shipping channel, a project port officials say will let larger container ships "
        "dock by 2029.</p>"
        "<p>The plan passed 61-38 after a debate over its cost and the fate of oyster beds at the "
        "mouth of the bay.</p>"
        "<p>“This keeps the port in business for another generation,” said Representative Dana "
        "Ocampo, who sponsored the measure.</p></div>"
        "<div class='Page-authorInfo'><div class='Page-authorInfo-bio'><p>Miguel Ferreira covers "
        "state government and the environment for the news agency.</p></div></div>"
        "<div class='PageList-items'><h2 class='PageList-header'>More from the agency</h2>"
        "<div class='PageList-items-item'><a href='/a'>Coastal town votes to raise sea wall</a>"
        "</div><div class='PageList-items-item'><a href='/b'>Ferry fares rise for the first time "
        "in a decade</a></div></div></main>",
    ),
    (
        "The state legislature approved money on Tuesday",
        "The plan passed 61-38",
        "This keeps the port in business",
    ),
    ("covers state government and the environment", "Coastal town votes", "Ferry fares rise"),
)

# --- Turkish NewsPress-like markup: news-detail text with "İlgili Haber" boxes.
PROBES.add(
    "tr_newspress_ilgili_haber",
    "https://www.example.com.tr/gundem/sahil-yolu-genisliyor-h12345.html",
    page(
        "tr",
        "Sahil yolu genişliyor",
        "<main><div class='news-detail'><h1 class='news-title'>Sahil yolu genişliyor</h1><h2 "
        "class='news-spot'>Çalışmalar iki yıl sürecek.</h2><div class='news-content' "
        "property='articleBody'>"
        "<p>Belediye, şehrin doğusundaki sahil yolunu dört şeritten altı şeride çıkaracak "
        "projenin ihalesini tamamladı ve çalışmalar gelecek ay başlayacak.</p>"
        "<div class='related-news-box'><span class='title'>İlgili Haber</span><a "
        "href='/gundem/kopru-h1.html'><img src='/k.jpg' alt=''><span>Yeni köprü için ilk adım "
        "atıldı</span></a></div>"
        "<p>Belediye başkanı Murat Yalçın, trafiğin yoğun olduğu yaz aylarında çalışmaların "
        "gece yapılacağını söyledi.</p>"
        "<p>Esnaf ise inşaat süresince dükkânlarına ulaşımın zorlaşmasından endişe ediyor.</p>"
        "</div></div></main>",
    ),
    ("Belediye, şehrin doğusundaki sahil yolunu", "Belediye başkanı Murat Yalçın", "Esnaf ise"),
    ("Yeni köprü için ilk adım atıldı", "İlgili Haber"),
)

# --- Portuguese (Brazil), WordPress: a "Leia mais" line and a WhatsApp channel promo.
PROBES.add(
    "pt_wp_leia_mais_whatsapp",
    "https://www.example.com.br/2026/08/20/feira-do-livro/",
    page(
        "pt-BR",
        "Feira do livro bate recorde de público",
        "<main><article class='post'><h1 class='entry-title'>Feira do livro bate recorde de "
        "público</h1><div class='entry-content'>"
        "<p>A feira do livro de Campo Alto recebeu cento e vinte mil visitantes em dez dias, o "
        "maior público desde a primeira edição, segundo os organizadores.</p>"
        "<p>As vendas cresceram vinte por cento, puxadas pelos livros infantis e pelas "
        "editoras independentes, que ganharam um pavilhão próprio.</p>"
        "<p><strong>Leia mais:</strong> <a href='/2026/08/10/biblioteca/'>Biblioteca municipal "
        "amplia horário aos sábados</a></p>"
        "<p>A próxima edição já tem data marcada para setembro do ano que vem.</p>"
        "<div class='whatsapp-cta'><a href='https://wa.me/channel'>Receba as notícias no seu "
        "celular: entre no nosso canal do WhatsApp</a></div></div></article></main>",
    ),
    (
        "A feira do livro de Campo Alto",
        "As vendas cresceram vinte por cento",
        "A próxima edição já tem data",
    ),
    ("Biblioteca municipal amplia horário", "canal do WhatsApp"),
)

# --- Dutch AMP page: an amp-social-share row and a "Lees ook" teaser.
PROBES.add(
    "nl_amp_lees_ook",
    "https://www.example.nl/amp/regio/nieuwe-fietsbrug",
    page(
        "nl",
        "Nieuwe fietsbrug over het kanaal",
        "<main><article><h1>Nieuwe fietsbrug over het kanaal geopend</h1><div "
        "class='social-share'><amp-social-share type='facebook'></amp-social-share><amp-social-"
        "share type='whatsapp'></amp-social-share></div><div class='article-body'>"
        "<p>De nieuwe fietsbrug tussen Noordhaven en het bedrijventerrein is zaterdag geopend, "
        "waardoor fietsers niet langer twee kilometer hoeven om te rijden.</p>"
        "<p class='read-also'><a href='/amp/regio/veerpont'>Lees ook: Veerpont vaart vanaf "
        "april vaker</a></p>"
        "<p>De brug kostte negen miljoen euro en kan open draaien voor binnenvaartschepen, "
        "vertelde wethouder Sanne de Wit bij de opening.</p></div></article></main>",
    ),
    ("De nieuwe fietsbrug tussen Noordhaven", "De brug kostte negen miljoen euro"),
    ("Veerpont vaart vanaf april vaker",),
)

# --- Arabic article with an author bio after the text and a "مواضيع ذات صلة" list.
PROBES.add(
    "ar_author_bio_related",
    "https://www.example.com/ar/opinion/2026/05/madaris",
    page(
        "ar",
        "المدارس الصغيرة في القرى",
        "<main><article class='article'><h1>المدارس الصغيرة في القرى تستحق البقاء</h1><div "
        "class='article-body'>"
        "<p>كلما أغلقت مدرسة في قرية صغيرة، خسر الأطفال ساعة كل صباح في الطريق إلى مدرسة "
        "المدينة، وخسرت القرية مكانا يجتمع فيه أهلها.</p>"
        "<p>التجربة في وادي الزيتون تقول إن مدرسة من ثلاثة صفوف يمكن أن تحقق نتائج أفضل من "
        "مدارس كبيرة، إذا وجد المعلم الجيد.</p></div>"
        "<div class='author-info'><p>ليلى منصور كاتبة وباحثة في شؤون التعليم، عملت معلمة "
        "لخمس عشرة سنة.</p></div>"
        "<div class='related-topics'><h3>مواضيع ذات صلة</h3><ul><li><a href='/1'>نقص المعلمين "
        "في الأرياف</a></li><li><a href='/2'>حافلات مدرسية جديدة للقرى</a></li></ul></div>"
        "</article></main>",
        dir_="rtl",
    ),
    ("كلما أغلقت مدرسة في قرية صغيرة", "التجربة في وادي الزيتون"),
    ("كاتبة وباحثة في شؤون التعليم", "نقص المعلمين في الأرياف", "حافلات مدرسية جديدة"),
)

# --- Portuguese (Brazil): related cards whose teaser carries a summary and the writer's name.
PROBES.add(
    "pt_related_cards_with_summary_and_name",
    "https://www.example.com.br/economia/2026/09/safra-de-cafe.ghtml",
    page(
        "pt-BR",
        "Safra de café deve crescer 8%",
        "<main><article><h1 class='content-head__title'>Safra de café deve crescer 8%</h1><div "
        "class='mc-article-body'>"
        "<p class='content-text__container'>A safra de café deste ano deve crescer oito por "
        "cento em relação ao ano passado, estima a companhia de abastecimento, graças às chuvas "
        "regulares na florada.</p>"
        "<div class='content-related'><div class='related-item'><a href='/economia/soja'><span "
        "class='related-item__label'>Relacionada</span><h3>Exportação de soja bate recorde no "
        "semestre</h3><p>Embarques cresceram com a demanda chinesa e o dólar alto, segundo a "
        "associação dos exportadores do estado.</p><span class='related-item__author'>Marina "
        "Quintela</span></a></div></div>"
        "<p class='content-text__container'>Os produtores do sul de Minas, principal região, "
        "esperam colher trinta milhões de sacas, mas reclamam do custo dos fertilizantes.</p>"
        "<p class='content-text__container'>O preço da saca caiu cinco por cento no último mês, "
        "com a expectativa de oferta maior no mercado internacional.</p></div></article></main>",
    ),
    (
        "A safra de café deste ano deve crescer",
        "Os produtores do sul de Minas",
        "O preço da saca caiu cinco por cento",
    ),
    ("Exportação de soja bate recorde", "Embarques cresceram com a demanda", "Marina Quintela"),
)

# --- Turkish: an author bio without class names after the text ("... muhabiridir").
PROBES.add(
    "tr_plain_author_bio_after_text",
    "https://www.example.com.tr/yazarlar/sehir-bahceleri",
    page(
        "tr",
        "Şehir bahçeleri yaygınlaşıyor",
        "<main><article><h1>Şehir bahçeleri yaygınlaşıyor</h1><div class='detail'>"
        "<p>İlçede boş arsalarda kurulan mahalle bahçelerinin sayısı iki yılda üçten yirmiye "
        "çıktı; bahçelerde domates, fasulye ve biber yetiştiriliyor.</p>"
        "<p>Bahçelerden birini yöneten emekli öğretmen Nurten Aksoy, komşuların hasadı "
        "paylaştığını ve çocukların her hafta sonu bahçeye geldiğini anlattı.</p>"
        "<p>Belediye gelecek yıl on yeni arsayı bahçe yapılmak üzere mahallelere tahsis "
        "edecek.</p>"
        "<p><em>Deniz Koral, gazetemizin yerel haberler muhabiridir.</em></p></div></article>"
        "</main>",
    ),
    ("İlçede boş arsalarda kurulan", "Bahçelerden birini yöneten", "Belediye gelecek yıl"),
    ("yerel haberler muhabiridir",),
)

# --- Japanese: a newsletter box with a link button and no form, in the middle of the text.
PROBES.add(
    "ja_newsletter_link_box",
    "https://www.example.jp/news/2026/05/20/ferry",
    page(
        "ja",
        "離島航路に新型フェリー",
        "<main><article><h1>離島航路に新型フェリー</h1><div class='article-body'>"
        "<p>港町と三つの離島を結ぶ航路に、来月から新型フェリーが就航する。揺れを抑える装置を"
        "備え、所要時間も十五分短くなる。</p>"
        "<div class='nl-box'><p class='nl-box__title'>毎朝のニュースをメールで</p><p>ニュース"
        "レターに登録すると、主要ニュースを毎朝お届けします。</p><a class='btn' "
        "href='/newsletter'>登録する</a></div>"
        "<p>運航会社によると、新しい船は車両を四十台積むことができ、車いす用の客室も設けた。"
        "</p><p>島の住民からは「冬の欠航が減れば助かる」との声が上がっている。</p></div>"
        "</article></main>",
    ),
    ("港町と三つの離島を結ぶ航路", "運航会社によると、新しい船は", "島の住民からは"),
    ("ニュースレターに登録すると", "毎朝のニュースをメールで"),
)

# --- Dutch: a podcast promo aside in the text with a long sentence and a listen link.
PROBES.add(
    "nl_podcast_promo_aside",
    "https://www.example.nl/cultuur/museum-heropend",
    page(
        "nl",
        "Stadsmuseum heropent na verbouwing",
        "<main><article><h1>Stadsmuseum heropent na verbouwing</h1><div class='article-body'>"
        "<p>Het stadsmuseum van Leerdam opent zaterdag na twee jaar verbouwing de deuren, met "
        "een nieuwe vleugel voor de collectie glas en een dakterras.</p>"
        "<aside class='promo-podcast'><p>Luister ook naar onze podcast De Stad, waarin "
        "verslaggevers elke week het verhaal achter het nieuws uit de regio vertellen.</p><a "
        "href='/podcast'>Luister nu</a></aside>"
        "<p>De verbouwing kostte achttien miljoen euro, twee miljoen meer dan begroot, vooral "
        "door de hogere prijzen van staal en glas.</p>"
        "<p>De eerste maand is de toegang gratis voor inwoners van de gemeente.</p></div>"
        "</article></main>",
    ),
    ("Het stadsmuseum van Leerdam", "De verbouwing kostte achttien", "De eerste maand"),
    ("Luister ook naar onze podcast",),
)

# --- Russian: a related video embed with its title and duration in the text.
PROBES.add(
    "ru_related_video_embed",
    "https://www.example.ru/news/2026/03/03/tramvay/",
    page(
        "ru",
        "Новый трамвай вышел на линию",
        "<main><article><h1>Новый трамвай вышел на линию</h1><div class='article-text'>"
        "<p>Первый низкопольный трамвай вышел в понедельник на маршрут номер пять, который "
        "связывает вокзал с новым жилым районом на берегу реки.</p>"
        "<div class='video-embed related-video'><div class='video-embed__player'><iframe "
        "src='https://video.example/embed/77'></iframe></div><p class='video-embed__title'>"
        "Смотрите также: как строили новое депо</p><span class='video-embed__duration'>02:14"
        "</span></div>"
        "<p>До конца года город получит ещё двенадцать таких вагонов, сообщил глава "
        "транспортного департамента Олег Рябов.</p></div></article></main>",
    ),
    ("Первый низкопольный трамвай", "До конца года город получит"),
    ("как строили новое депо", "02:14"),
)

# --- Indonesian: a "Simak juga" video teaser and a closing "(nama/nama)" editor code.
PROBES.add(
    "id_simak_juga_editor_code",
    "https://www.example.co.id/berita/d-1234567/banjir-surut",
    page(
        "id",
        "Banjir mulai surut, warga kembali ke rumah",
        "<main><article><h1>Banjir mulai surut, warga kembali ke rumah</h1><div "
        "class='detail__body-text itp_bodycontent'>"
        "<p>Banjir yang merendam tiga kelurahan di Kota Padang Lestari sejak Sabtu mulai "
        "surut pada Senin pagi, dan sebagian warga sudah kembali membersihkan rumah.</p>"
        "<p>Kepala badan penanggulangan bencana setempat, Yusuf Hamdani, mengatakan dua ribu "
        "warga masih bertahan di pengungsian.</p>"
        "<div class='detail__body-tag'><strong>Simak juga Video:</strong> <a href='/v/1'>Detik-"
        "detik tanggul jebol di pinggir kota</a></div>"
        "<p>Pemerintah kota menyiapkan dapur umum dan bantuan air bersih hingga akhir pekan."
        "</p><p>(ara/rdp)</p></div></article></main>",
    ),
    (
        "Banjir yang merendam tiga kelurahan",
        "Kepala badan penanggulangan bencana",
        "Pemerintah kota menyiapkan dapur umum",
    ),
    ("tanggul jebol di pinggir kota", "Simak juga"),
)

# --- Vietnamese: a "Tin liên quan" box in the text and a tip line "Độc giả có thể gửi".
PROBES.add(
    "vi_tin_lien_quan_box",
    "https://www.example.vn/giao-thong/duong-cao-toc-moi-d123456.html",
    page(
        "vi",
        "Cao tốc mới rút ngắn thời gian về miền Tây",
        "<main><article><h1>Cao tốc mới rút ngắn thời gian về miền Tây</h1><div "
        "class='content-detail'>"
        "<p>Tuyến cao tốc dài tám mươi cây số nối thành phố với tỉnh Long Điền chính thức "
        "thông xe, giúp rút ngắn thời gian di chuyển từ ba giờ xuống còn một giờ rưỡi.</p>"
        "<div class='box-related'><p class='box-title'>Tin liên quan</p><ul><li><a "
        "href='/1.html'>Cầu vượt sông Hậu sắp khởi công</a></li><li><a href='/2.html'>Giá vé "
        "xe khách dịp Tết tăng nhẹ</a></li></ul></div>"
        "<p>Theo chủ đầu tư, tuyến đường có bốn làn xe và hai trạm dừng nghỉ, tốc độ tối đa "
        "cho phép là chín mươi cây số một giờ.</p></div></article></main>",
    ),
    ("Tuyến cao tốc dài tám mươi cây số", "Theo chủ đầu tư, tuyến đường"),
    ("Cầu vượt sông Hậu sắp khởi công", "Giá vé xe khách dịp Tết"),
)

# --- An ask to join the site's messaging channel, a plain bold paragraph with no class, set
# in the text; a paragraph about someone else's channel is the story's.
for _lang, _ask, _texts in (
    (
        "tr",
        "WhatsApp kanalımıza katılın, son dakika haberlerini kaçırmayın",
        (
            "İlçe belediyesi, sahil parkındaki oyun alanlarını yeniledi ve engelli çocuklar "
            "için salıncaklar ekledi.",
            "Vatandaşlar şikâyetlerini belediyenin WhatsApp hattına yazabilecek, başvurular "
            "iki gün içinde yanıtlanacak.",
        ),
    ),
    (
        "nl",
        "Word lid van ons WhatsApp-kanaal en mis geen nieuws uit de regio",
        (
            "De gemeente Westerlo plaatst twintig nieuwe bankjes langs de rivier, na een "
            "oproep van ouderen die onderweg willen kunnen uitrusten.",
            "Bewoners kunnen via het WhatsApp-nummer van de gemeente laten weten waar nog een "
            "bankje ontbreekt, zegt een woordvoerder.",
        ),
    ),
    (
        "ar",
        "انضم إلى قناتنا على واتساب لتصلك الأخبار العاجلة",
        (
            "افتتحت البلدية حديقة عامة جديدة في الحي الشرقي تضم ملعبا للأطفال ومسارا "
            "للمشي حول بحيرة صغيرة.",
            "وقال رئيس البلدية إن السكان يستطيعون إرسال اقتراحاتهم عبر رقم البلدية على واتساب.",
        ),
    ),
):
    PROBES.add(
        f"{_lang}_channel_ask",
        f"https://www.example.com/{_lang}/news/channel-ask",
        page(
            _lang,
            "Example",
            "<main><article><h1>Example headline</h1><div class='article-body'>"
            f"<p>{_texts[0]}</p><p><strong>{_ask}</strong></p><p>{_texts[1]}</p></div>"
            "</article></main>",
            dir_="rtl" if _lang == "ar" else "ltr",
        ),
        (_texts[0][:30], _texts[1][:30]),
        (_ask,),
    )

# --- An unlinked "read also" line (the link set on the line's wrapper by a script), in
# languages the dev sets lack.
for _lang, _line, _texts in (
    (
        "cs",
        "Přečtěte si také: Nová lávka přes řeku bude hotová na podzim",
        (
            "Městská rada v Lipníku schválila stavbu nového parkoviště u nádraží, které "
            "nabídne dvě stě míst pro dojíždějící.",
            "Stavba začne v březnu a potrvá přibližně rok, uvedl místostarosta Karel Vávra.",
        ),
    ),
    (
        "hu",
        "Ezt is ajánljuk: Felújítják a régi vasútállomást",
        (
            "A város önkormányzata új kerékpárutat épít a folyó mentén, amely a belvárost az "
            "ipari parkkal köti össze.",
            "A beruházás tavasszal indul, és a tervek szerint ősszel adják át, mondta a "
            "polgármester.",
        ),
    ),
    (
        "et",
        "Loe ka: Linn avab uue ujula järgmisel aastal",
        (
            "Vallavalitsus otsustas renoveerida kooli spordisaali, mille katus lekib juba "
            "mitmendat talve järjest.",
            "Tööd algavad suvel ja peaksid lõppema enne uue õppeaasta algust, ütles vallavanem.",
        ),
    ),
):
    PROBES.add(
        f"{_lang}_unlinked_read_also",
        f"https://www.example.com/{_lang}/news/read-also",
        page(
            _lang,
            "Example",
            "<main><article><h1>Example headline</h1><div class='article-body'>"
            f"<p>{_texts[0]}</p><p class='related-inline' data-href='/x'>{_line}</p>"
            f"<p>{_texts[1]}</p></div></article></main>",
        ),
        (_texts[0][:30], _texts[1][:30]),
        (_line.split(": ", 1)[1],),
    )

# A card for another story set inside the text: a picture, the story's headline linked to
# it and its one-line summary, in a box of its own (CSS-in-JS class names, no furniture
# word). The summary goes with the headline; the text around it stays.
for _lang, _card, _texts in (
    (
        "es",
        (
            "/sociedad/2026/02/03/mercado-central-reabre",
            "El mercado central reabre tras dos años de obras",
            "Los comerciantes vuelven a sus puestos con horarios ampliados los sábados.",
        ),
        (
            "El ayuntamiento de Villaroble presentó el martes el nuevo plan de movilidad, que "
            "prevé cerrar al tráfico tres calles del casco antiguo a partir de junio.",
            "La concejala de Urbanismo, Marta Ibáñez, explicó que los autobuses urbanos "
            "cambiarán su recorrido para dar servicio a los nuevos aparcamientos disuasorios.",
            "Los vecinos podrán presentar alegaciones durante un mes en la sede municipal y "
            "también a través de la página web del ayuntamiento.",
        ),
    ),
    (
        "tr",
        (
            "/ekonomi/2026/05/11/liman-ihracat-rekoru",
            "Çamlıköy limanından ihracat rekoru",
            "Nisan ayında limandan yapılan ihracat geçen yılın iki katına çıktı.",
        ),
        (
            "Çamlıköy Belediyesi, sahil yolundaki yenileme çalışmalarının yaz sezonundan önce "
            "tamamlanacağını açıkladı ve trafiğin iki ay boyunca tek şeritten akacağını belirtti.",
            "Belediye Başkanı Ayşe Demirtaş, yeni yolun bisiklet şeridiyle birlikte "
            "yapılacağını ve çalışmaların gece saatlerinde de süreceğini söyledi.",
            "Esnaf ise çalışmalar sürerken müşterilerin dükkanlara ulaşmakta zorlanacağından "
            "endişe ettiğini dile getirdi.",
        ),
    ),
    (
        "nl",
        (
            "/regio/2026/09/14/nieuwe-veerpont",
            "Nieuwe veerpont vaart vanaf maandag",
            "De elektrische pont brengt fietsers in vier minuten naar de overkant.",
        ),
        (
            "De gemeente Oosterwolde begint volgende week met het verbreden van de dijk langs "
            "de rivier, een project dat volgens de wethouder drie jaar gaat duren.",
            "Tijdens de werkzaamheden blijft het fietspad op de dijk open, maar auto's worden "
            "omgeleid via de provinciale weg ten noorden van het dorp.",
            "Omwonenden kunnen hun vragen stellen op een informatieavond in het dorpshuis op "
            "donderdag.",
        ),
    ),
):
    _href, _title, _summary = _card
    PROBES.add(
        f"{_lang}_story_card_in_text",
        f"https://www.example.com/{_lang}/news/story-card-in-text",
        page(
            _lang,
            "Example",
            "<main><article><h1>Example headline</h1><div class='sc-k2j1 body'>"
            f"<p>{_texts[0]}</p><p>{_texts[1]}</p><div class='sc-9xq3 hTrWq'><figure><img "
            f"src='/img/card.jpg' alt=''></figure><h3 class='sc-9xq4 pLmN'><a href='{_href}'>"
            f"{_title}</a></h3><p class='sc-9xq5 zKoP'>{_summary}</p></div>"
            f"<p>{_texts[2]}</p></div></article></main>",
        ),
        (_texts[0][:40], _texts[1][:40], _texts[2][:40]),
        (_title, _summary),
    )
