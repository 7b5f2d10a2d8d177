"""Content behind page widgets (round 48), the ways round 46 (``set_apart_content``) left
untried: answers of several paragraphs and nested ``<details>``, Bootstrap, jQuery UI,
Elementor and Gutenberg tab and accordion panels, the WAI-ARIA pattern's ``role=region``
panels, ``inert`` and ``hidden="until-found"`` sections, Alpine.js and Vue panels hidden by
an inline style, spoilers, and the rest of a text in a sibling (or an inline span) that a
"read more" control reveals. A reader opens all of it: it is the text. Beside it, furniture
hidden the same ways that no reader counts as the text: cookie dialogs, off-canvas menus
and carts, modal newsletter prompts, mega-menus and search overlays. Right-to-left, CJK
and other scripts the dev sets lack; every name, place and sentence here is invented."""

from __future__ import annotations

from .pages import Probes, page

PROBES = Probes()


def cookie_dialog(text: str, button: str) -> str:
    """A consent tool's dialog, hidden until its script shows it."""
    return (
        "<div id='cookie-consent' class='cookie-banner' role='dialog' aria-modal='true' "
        f"aria-hidden='true' style='display:none'><p>{text}</p><button>{button}</button></div>"
    )


def offcanvas(items: tuple[str, ...]) -> str:
    """An off-canvas menu, closed: a Bootstrap ``offcanvas`` holding the site's sections."""
    links = "".join(f"<li><a href='/o{n}'>{item}</a></li>" for n, item in enumerate(items))
    return (
        "<div class='offcanvas offcanvas-start' id='sideMenu' tabindex='-1' "
        f"aria-hidden='true'><div class='offcanvas-body'><ul>{links}</ul></div></div>"
    )


def newsletter_modal(text: str) -> str:
    """A newsletter prompt in a Bootstrap modal, hidden until it pops up."""
    return (
        "<div class='modal fade' id='newsletterModal' tabindex='-1' role='dialog' "
        "aria-hidden='true'><div class='modal-dialog'><div class='modal-content'><div "
        f"class='modal-body'><p>{text}</p><form><input type='email'><button>OK</button>"
        "</form></div></div></div></div>"
    )


def site(
    lang: str,
    title: str,
    content: str,
    *,
    nav: tuple[str, ...],
    hidden: str,
    footer: str,
    dir_: str = "ltr",
) -> str:
    """A site's page: a header menu, the text in ``<main>`` under its ``<h1>``, the
    page's hidden furniture (``hidden``) and a footer line."""
    menu = "".join(f"<li><a href='/m{n}'>{item}</a></li>" for n, item in enumerate(nav))
    return page(
        lang,
        title,
        f"<header class='site-header'><a class='logo' href='/'>{nav[0]}</a><nav "
        f"class='main-nav'><ul>{menu}</ul></nav></header><div class='container'><main "
        f"id='content'><h1>{title}</h1>{content}</main></div>{hidden}<footer "
        f"class='site-footer'><p>{footer}</p></footer>",
        dir_=dir_,
    )


# --- Arabic (right to left), a ministry's FAQ: each answer in a closed <details> holds two
# paragraphs and a list; a consent dialog hidden by its script.
PROBES.add(
    "ar_faq_details_answers_of_paragraphs_and_lists",
    "https://khadamat.example.gov.jo/asila-shaia/jawaz-al-safar",
    site(
        "ar",
        "أسئلة شائعة حول جواز السفر",
        "<p>جمعنا هنا إجابات الأسئلة التي يطرحها المراجعون كثيرًا عن تجديد جواز السفر.</p>"
        "<details><summary>ما الوثائق المطلوبة للتجديد؟</summary><p>يجب إحضار الجواز القديم "
        "وصورتين شخصيتين حديثتين بخلفية بيضاء.</p><ul><li>البطاقة الشخصية سارية المفعول</li>"
        "<li>إيصال دفع الرسوم من أي فرع بنكي</li></ul></details><details><summary>كم تستغرق "
        "المعاملة؟</summary><p>تصدر الجوازات العادية خلال ثلاثة أيام عمل من تاريخ تقديم "
        "الطلب.</p><p>أما الطلبات المستعجلة فتصدر في اليوم نفسه مقابل رسوم إضافية.</p>"
        "</details>",
        nav=("بوابة الخدمات", "الخدمات", "المكاتب", "اتصل بنا"),
        hidden=cookie_dialog("نستخدم ملفات تعريف الارتباط لتحسين تجربتك على هذا الموقع.", "أوافق"),
        footer="© 2026 بوابة الخدمات الحكومية · جميع الحقوق محفوظة",
        dir_="rtl",
    ),
    (
        "ما الوثائق المطلوبة للتجديد؟",
        "وصورتين شخصيتين حديثتين بخلفية بيضاء",
        "إيصال دفع الرسوم من أي فرع بنكي",
        "تصدر الجوازات العادية خلال ثلاثة أيام عمل",
        "فتصدر في اليوم نفسه مقابل رسوم إضافية",
    ),
    ("نستخدم ملفات تعريف الارتباط", "جميع الحقوق محفوظة", "اتصل بنا"),
)

# --- Hebrew (right to left), a museum's exhibition page of Bootstrap tabs: the panes not
# chosen are ``tab-pane fade`` without ``show active``; a newsletter modal is ``modal fade``.
PROBES.add(
    "he_bootstrap_tab_panes_beside_fade_modal",
    "https://muzeon.example.co.il/taarucha/kadei-cheres",
    site(
        "he",
        "כדי חרס מן הגליל",
        "<ul class='nav nav-tabs' role='tablist'><li class='nav-item'><button class='nav-link "
        "active' data-bs-toggle='tab' data-bs-target='#about'>על התערוכה</button></li><li "
        "class='nav-item'><button class='nav-link' data-bs-toggle='tab' "
        "data-bs-target='#visit'>ביקור</button></li></ul><div class='tab-content'><div "
        "class='tab-pane fade show active' id='about' role='tabpanel'><p>התערוכה מציגה "
        "שמונים כדי חרס שנמצאו בחפירות ליד כפר קטן בגליל העליון.</p><p>חלק מהכדים שימשו "
        "לאחסון שמן זית ויין לפני כאלפיים שנה.</p></div><div class='tab-pane fade' "
        "id='visit' role='tabpanel'><p>המוזיאון פתוח בימים ראשון עד חמישי בין השעות "
        "תשע לחמש.</p><p>הכניסה לילדים מתחת לגיל שש חינם, וסיורים מודרכים יוצאים בכל שעה "
        "עגולה.</p></div></div>",
        nav=("מוזיאון הגליל", "תערוכות", "ביקור", "צור קשר"),
        hidden=newsletter_modal("הירשמו לניוזלטר שלנו וקבלו הזמנות לפתיחת תערוכות חדשות."),
        footer="© 2026 מוזיאון הגליל · כל הזכויות שמורות",
        dir_="rtl",
    ),
    (
        "שמונים כדי חרס שנמצאו בחפירות",
        "לאחסון שמן זית ויין",
        "המוזיאון פתוח בימים ראשון עד חמישי",
        "וסיורים מודרכים יוצאים בכל שעה עגולה",
    ),
    ("הירשמו לניוזלטר שלנו", "כל הזכויות שמורות"),
)

# --- Persian (right to left), a clinic's page: the WAI-ARIA accordion (a heading's button
# with aria-expanded='false', its panel a role='region' with ``hidden``); an off-canvas menu.
PROBES.add(
    "fa_aria_accordion_region_panels_and_offcanvas_menu",
    "https://darmangah.example.ir/khadamat/fizioterapi",
    site(
        "fa",
        "فیزیوتراپی در درمانگاه شهر",
        "<p>بخش فیزیوتراپی درمانگاه از سال گذشته با دستگاه‌های تازه به بیماران خدمت "
        "می‌دهد.</p><div class='accordion'><h3><button id='q1' aria-expanded='false' "
        "aria-controls='r1'>چه کسانی می‌توانند مراجعه کنند؟</button></h3><div id='r1' "
        "role='region' aria-labelledby='q1' hidden><p>بیمارانی که پس از جراحی زانو یا شانه "
        "به توان‌بخشی نیاز دارند با نامهٔ پزشک پذیرش می‌شوند.</p></div><h3><button id='q2' "
        "aria-expanded='false' aria-controls='r2'>هر جلسه چقدر طول می‌کشد؟</button></h3><div "
        "id='r2' role='region' aria-labelledby='q2' hidden><p>هر جلسه حدود چهل و پنج دقیقه "
        "است و بیشتر بیماران به ده جلسه نیاز دارند.</p></div></div>",
        nav=("درمانگاه شهر", "خدمات", "پزشکان", "تماس"),
        hidden=offcanvas(("نوبت‌دهی اینترنتی", "پرونده الکترونیک", "فرصت‌های شغلی")),
        footer="© ۲۰۲۶ درمانگاه شهر",
        dir_="rtl",
    ),
    (
        "چه کسانی می‌توانند مراجعه کنند؟",
        "پس از جراحی زانو یا شانه به توان‌بخشی نیاز دارند",
        "هر جلسه حدود چهل و پنج دقیقه است",
    ),
    ("نوبت‌دهی اینترنتی", "فرصت‌های شغلی"),
)

# --- Japanese, a town's recycling guide: tab panels not chosen carry aria-hidden='true'
# and ``inert``; a search overlay hidden the same way.
PROBES.add(
    "ja_tab_panels_inert_and_aria_hidden",
    "https://machi.example.jp/kurashi/gomi-no-dashikata",
    site(
        "ja",
        "ごみの出し方",
        "<p>町では家庭ごみを三つに分けて収集しています。</p><div class='tabs'><div "
        "role='tablist'><button role='tab' aria-selected='true' aria-controls='t1'>燃える"
        "ごみ</button><button role='tab' aria-selected='false' aria-controls='t2'>資源"
        "ごみ</button></div><div id='t1' role='tabpanel' aria-hidden='false'><p>燃えるごみは"
        "毎週月曜日と木曜日の朝八時までに指定の袋に入れて出してください。</p></div><div "
        "id='t2' role='tabpanel' aria-hidden='true' inert><p>ペットボトルはキャップとラベルを"
        "外し、中を軽くすすいでから出してください。</p><p>古紙は新聞、雑誌、段ボールに分けて"
        "ひもで縛ってください。</p></div></div><div class='search-overlay' aria-hidden='true' "
        "inert><input type='search'><p>よく検索される言葉：粗大ごみ、引っ越し、住民票</p>"
        "</div>",
        nav=("みどり町", "くらし", "子育て", "お問い合わせ"),
        hidden="",
        footer="© 2026 みどり町役場",
    ),
    (
        "毎週月曜日と木曜日の朝八時までに",
        "キャップとラベルを外し",
        "新聞、雑誌、段ボールに分けて",
    ),
    ("よく検索される言葉", "みどり町役場"),
)

# --- Chinese, an encyclopedic page's sections after the first collapsed with
# hidden='until-found' (found by the browser's search, opened by a tap on the heading).
PROBES.add(
    "zh_sections_hidden_until_found",
    "https://baike.example.cn/wiki/青石桥",
    site(
        "zh",
        "青石桥",
        "<p>青石桥是一座位于江南小镇的三孔石拱桥，始建于明代。</p><h2 "
        "class='section-heading'>历史</h2><section class='collapsible-block' "
        "hidden='until-found'><p>清代乾隆年间，当地商人集资对桥进行了第一次大修。</p><p>"
        "一九五八年洪水冲毁了北侧桥墩，次年由公社重建。</p></section><h2 "
        "class='section-heading'>结构</h2><section class='collapsible-block' "
        "hidden='until-found'><p>桥全长四十二米，中孔跨度九米，桥面由青石板铺成。</p>"
        "</section>",
        nav=("百科", "首页", "随机条目", "帮助"),
        hidden="<div class='mw-notification-area' hidden><p>您的编辑已保存。</p></div>",
        footer="© 2026 百科 · 内容采用知识共享许可",
    ),
    (
        "当地商人集资对桥进行了第一次大修",
        "一九五八年洪水冲毁了北侧桥墩",
        "桥全长四十二米",
    ),
    ("您的编辑已保存", "内容采用知识共享许可"),
)

# --- Korean, a blog post cut after its first paragraphs: the rest in a sibling <div>
# styled display:none and a "more" button below it; a cookie dialog.
PROBES.add(
    "ko_blog_rest_in_display_none_sibling",
    "https://blog.example.kr/jeju-olle-7",
    site(
        "ko",
        "제주 올레 7코스 걷기",
        "<div class='post'><p>아침 일찍 외돌개 주차장에서 출발해 바다를 따라 걷기 시작했다.</p>"
        "<p>첫 한 시간은 해안 절벽 위 산책로라 바람이 꽤 세게 불었다.</p><div "
        "class='post-more' style='display:none'><p>점심은 법환포구의 작은 식당에서 해물라면을 "
        "먹었는데 국물이 아주 시원했다.</p><p>오후에는 강정천을 건너 월평마을까지 걸었고, 총 "
        "다섯 시간 반이 걸렸다.</p></div><button class='btn-more' type='button'>더보기"
        "</button></div>",
        nav=("산책일기", "여행", "맛집", "방명록"),
        hidden=cookie_dialog("이 사이트는 더 나은 서비스를 위해 쿠키를 사용합니다.", "동의"),
        footer="© 2026 산책일기",
    ),
    (
        "외돌개 주차장에서 출발해",
        "법환포구의 작은 식당에서 해물라면을",
        "강정천을 건너 월평마을까지 걸었고",
    ),
    ("쿠키를 사용합니다", "더보기"),
)

# --- Traditional Chinese, a shop's care guide in an Elementor toggle widget: each answer
# in an ``elementor-tab-content`` with ``hidden``, its title a role='button' <div>.
PROBES.add(
    "zh_tw_elementor_toggle_answers",
    "https://chaju.example.tw/baoyang",
    site(
        "zh-TW",
        "茶具保養須知",
        "<div class='elementor-widget elementor-widget-text-editor'><div "
        "class='elementor-widget-container'><p>好的茶具需要細心照顧，以下是我們最常被問到的"
        "問題。</p></div></div><div class='elementor-widget elementor-widget-toggle'><div "
        "class='elementor-toggle'><div class='elementor-toggle-item'><div id='et1' "
        "class='elementor-tab-title' role='button' aria-expanded='false' "
        "aria-controls='ec1'>紫砂壺可以用洗碗精嗎？</div><div id='ec1' "
        "class='elementor-tab-content elementor-clearfix' role='region' "
        "aria-labelledby='et1' hidden><p>不建議使用洗碗精，只要用熱水沖洗後倒放晾乾即可。</p>"
        "</div></div><div class='elementor-toggle-item'><div id='et2' "
        "class='elementor-tab-title' role='button' aria-expanded='false' "
        "aria-controls='ec2'>茶垢要怎麼清除？</div><div id='ec2' class='elementor-tab-content "
        "elementor-clearfix' role='region' aria-labelledby='et2' hidden><p>可以用小蘇打粉加少量"
        "溫水輕輕擦拭，再用清水沖淨。</p></div></div></div></div>",
        nav=("茶居", "商品", "保養", "聯絡我們"),
        hidden=newsletter_modal("訂閱電子報，第一時間收到新品與優惠消息。"),
        footer="© 2026 茶居 版權所有",
    ),
    (
        "紫砂壺可以用洗碗精嗎？",
        "只要用熱水沖洗後倒放晾乾即可",
        "可以用小蘇打粉加少量溫水輕輕擦拭",
    ),
    ("訂閱電子報", "版權所有"),
)

# --- Thai, a WordPress page of Gutenberg ``wp-block-details`` blocks, one holding a table;
# a search overlay with trending searches hidden by aria-hidden.
PROBES.add(
    "th_gutenberg_details_blocks_with_a_table",
    "https://rongrian.example.ac.th/rap-samak",
    site(
        "th",
        "การรับสมัครนักเรียนใหม่",
        "<div class='entry-content'><p>โรงเรียนเปิดรับสมัครนักเรียนชั้นมัธยมศึกษาปีที่หนึ่ง"
        "ตั้งแต่วันที่หนึ่งมีนาคม</p><details class='wp-block-details'><summary>"
        "คุณสมบัติผู้สมัคร</summary><p>ผู้สมัครต้องจบชั้นประถมศึกษาปีที่หกหรือกำลังศึกษาอยู่ใน"
        "ปีการศึกษานี้</p></details><details class='wp-block-details'><summary>กำหนดการ"
        "</summary><figure class='wp-block-table'><table><tbody><tr><td>รับสมัคร</td>"
        "<td>1–10 มีนาคม</td></tr><tr><td>สอบคัดเลือก</td><td>16 มีนาคม</td></tr><tr><td>"
        "ประกาศผล</td><td>20 มีนาคม</td></tr></tbody></table></figure></details></div><div "
        "class='search-overlay' aria-hidden='true'><p>คำค้นยอดนิยม: ตารางเรียน ชุดนักเรียน "
        "ทุนการศึกษา</p></div>",
        nav=("โรงเรียนบ้านนา", "ข่าวสาร", "รับสมัคร", "ติดต่อ"),
        hidden="",
        footer="© 2026 โรงเรียนบ้านนา",
    ),
    (
        "ผู้สมัครต้องจบชั้นประถมศึกษาปีที่หก",
        "สอบคัดเลือก",
        "16 มีนาคม",
    ),
    ("คำค้นยอดนิยม",),
)

# --- Vietnamese, a bank's help page of a Bootstrap 5 accordion: the first item ``collapse
# show``, the others ``accordion-collapse collapse`` with a collapsed button.
PROBES.add(
    "vi_bootstrap5_accordion_collapsed_items",
    "https://nganhang.example.vn/ho-tro/the-tin-dung",
    site(
        "vi",
        "Câu hỏi về thẻ tín dụng",
        "<div class='accordion' id='faq'><div class='accordion-item'><h2 "
        "class='accordion-header'><button class='accordion-button' data-bs-toggle='collapse' "
        "data-bs-target='#c1' aria-expanded='true'>Làm sao để mở thẻ?</button></h2><div "
        "id='c1' class='accordion-collapse collapse show'><div class='accordion-body'>Quý "
        "khách mang căn cước công dân đến bất kỳ chi nhánh nào để điền đơn mở thẻ.</div></div>"
        "</div><div class='accordion-item'><h2 class='accordion-header'><button "
        "class='accordion-button collapsed' data-bs-toggle='collapse' data-bs-target='#c2' "
        "aria-expanded='false'>Hạn mức tín dụng là bao nhiêu?</button></h2><div id='c2' "
        "class='accordion-collapse collapse'><div class='accordion-body'>Hạn mức được xét "
        "theo thu nhập hằng tháng, thấp nhất là mười triệu đồng.</div></div></div><div "
        "class='accordion-item'><h2 class='accordion-header'><button class='accordion-button "
        "collapsed' data-bs-toggle='collapse' data-bs-target='#c3' aria-expanded='false'>Khi "
        "nào phải trả nợ?</button></h2><div id='c3' class='accordion-collapse collapse'><div "
        "class='accordion-body'>Ngày đến hạn thanh toán là ngày mười lăm của tháng sau kỳ "
        "sao kê.</div></div></div></div>",
        nav=("Ngân hàng Sông Hồng", "Cá nhân", "Doanh nghiệp", "Hỗ trợ"),
        hidden=offcanvas(("Tỷ giá hôm nay", "Tìm chi nhánh", "Tuyển dụng")),
        footer="© 2026 Ngân hàng Sông Hồng",
    ),
    (
        "điền đơn mở thẻ",
        "Hạn mức được xét theo thu nhập hằng tháng",
        "ngày mười lăm của tháng sau kỳ sao kê",
    ),
    ("Tỷ giá hôm nay", "Tuyển dụng"),
)

# --- Turkish, a recipe site's jQuery UI tabs: the panels not chosen styled display:none
# and aria-hidden='true', the tab list a <ul> of links to them.
PROBES.add(
    "tr_jquery_ui_tabs_display_none_panels",
    "https://mutfak.example.com.tr/tarif/mercimek-koftesi",
    site(
        "tr",
        "Mercimek köftesi",
        "<div id='tabs' class='ui-tabs ui-widget'><ul class='ui-tabs-nav' role='tablist'><li "
        "role='tab' class='ui-tabs-active'><a href='#malzeme'>Malzemeler</a></li><li "
        "role='tab'><a href='#yapilis'>Yapılışı</a></li></ul><div id='malzeme' "
        "class='ui-tabs-panel' role='tabpanel' aria-hidden='false'><ul><li>bir su bardağı "
        "kırmızı mercimek</li><li>bir buçuk su bardağı ince bulgur</li></ul></div><div "
        "id='yapilis' class='ui-tabs-panel' role='tabpanel' aria-hidden='true' "
        "style='display: none;'><p>Mercimeği üç su bardağı suyla yumuşayana kadar haşlayın ve "
        "ocaktan alınca bulguru ekleyip demlenmeye bırakın.</p><p>Soğan ve salçayı kavurup "
        "karışıma ekleyin, avucunuzla sıkarak şekil verin.</p></div></div>",
        nav=("Mutfak Defteri", "Tarifler", "Videolar", "İletişim"),
        hidden=cookie_dialog("Sitemizde çerezler kullanılmaktadır.", "Kabul et"),
        footer="© 2026 Mutfak Defteri",
    ),
    (
        "kırmızı mercimek",
        "yumuşayana kadar haşlayın",
        "avucunuzla sıkarak şekil verin",
    ),
    ("çerezler kullanılmaktadır",),
)

# --- Hindi, a news explainer whose rest follows a "read more" link with aria-controls, in
# a sibling marked aria-hidden='true' until the link is pressed.
PROBES.add(
    "hi_read_more_aria_controls_rest",
    "https://samachar.example.in/vyakhya/nahar-pariyojana",
    site(
        "hi",
        "नहर परियोजना से किसानों को क्या मिलेगा",
        "<div class='story'><p>राज्य सरकार ने पूर्वी जिलों में नई नहर बनाने की योजना को मंजूरी "
        "दे दी है।</p><p>इससे करीब चालीस हज़ार हेक्टेयर खेतों तक पानी पहुँचने की उम्मीद है।</p>"
        "<a href='#' class='read-more-link' aria-expanded='false' aria-controls='rest'>और पढ़ें"
        "</a><div id='rest' class='read-more-target' aria-hidden='true'><p>नहर की कुल लंबाई एक "
        "सौ दस किलोमीटर होगी और इसका काम तीन चरणों में पूरा किया जाएगा।</p><p>किसान संगठनों "
        "ने मुआवज़े की दर पर अभी सहमति नहीं दी है।</p></div></div>",
        nav=("समाचार", "देश", "खेती", "संपर्क"),
        hidden=newsletter_modal("हमारे न्यूज़लेटर से जुड़ें और हर सुबह ताज़ा खबरें पाएँ।"),
        footer="© 2026 समाचार डेस्क",
    ),
    (
        "चालीस हज़ार हेक्टेयर खेतों तक पानी",
        "एक सौ दस किलोमीटर होगी",
        "मुआवज़े की दर पर अभी सहमति नहीं दी है",
    ),
    ("न्यूज़लेटर से जुड़ें", "और पढ़ें"),
)

# --- Ukrainian, a municipal notice with nested <details> (a section, inside it the list of
# documents in a <details> of its own).
PROBES.add(
    "uk_nested_details_sections",
    "https://misto.example.ua/povidomlennia/subsydiia",
    site(
        "uk",
        "Як оформити субсидію на опалення",
        "<p>Заяви на субсидію приймають у центрі надання послуг з першого жовтня.</p><details "
        "class='js-form-wrapper'><summary>Хто має право</summary><p>Право мають родини, у яких "
        "платежі за опалення перевищують п’ятнадцять відсотків доходу.</p><details><summary>"
        "Потрібні документи</summary><ul><li>паспорт і податковий номер заявника</li><li>"
        "довідка про доходи за останні шість місяців</li></ul></details></details><details "
        "class='js-form-wrapper'><summary>Строки розгляду</summary><p>Рішення ухвалюють "
        "протягом десяти робочих днів і надсилають листом.</p></details>",
        nav=("Міська рада", "Послуги", "Новини", "Контакти"),
        hidden="<div class='mega-menu' hidden><ul><li><a href='/x1'>Бюджет міста</a></li>"
        "<li><a href='/x2'>Вакансії</a></li></ul></div>",
        footer="© 2026 Міська рада",
    ),
    (
        "перевищують п’ятнадцять відсотків доходу",
        "довідка про доходи за останні шість місяців",
        "протягом десяти робочих днів",
    ),
    ("Бюджет міста", "Вакансії"),
)

# --- Indonesian, a Squarespace accordion block: each answer in an ``accordion-item__
# dropdown`` with aria-hidden='true'; a closed <dialog> newsletter prompt.
PROBES.add(
    "id_squarespace_accordion_block_and_dialog",
    "https://kopi.example.co.id/faq",
    site(
        "id",
        "Pertanyaan seputar langganan kopi",
        "<ul class='accordion-items-container'><li class='accordion-item'><h3 "
        "class='accordion-item__title-wrapper'><button class='accordion-item__click-target' "
        "aria-expanded='false' aria-controls='d1'>Kapan kopi dikirim?</button></h3><div "
        "id='d1' class='accordion-item__dropdown' role='region' aria-hidden='true'><div "
        "class='accordion-item__description'><p>Kopi disangrai setiap Senin dan dikirim paling "
        "lambat hari Rabu ke seluruh Jawa.</p></div></div></li><li class='accordion-item'><h3 "
        "class='accordion-item__title-wrapper'><button class='accordion-item__click-target' "
        "aria-expanded='false' aria-controls='d2'>Bisakah saya berhenti "
        "berlangganan?</button></h3><div id='d2' class='accordion-item__dropdown' "
        "role='region' aria-hidden='true'><div class='accordion-item__description'><p>Anda "
        "bisa berhenti kapan saja lewat halaman akun tanpa biaya tambahan.</p></div></div>"
        "</li></ul>",
        nav=("Kopi Lereng", "Toko", "Langganan", "Kontak"),
        hidden="<dialog class='newsletter-popup'><p>Dapatkan diskon sepuluh persen untuk "
        "pesanan pertama Anda dengan mendaftar email.</p><form method='dialog'><button>Tutup"
        "</button></form></dialog>",
        footer="© 2026 Kopi Lereng",
    ),
    (
        "Kapan kopi dikirim?",
        "disangrai setiap Senin dan dikirim paling lambat hari Rabu",
        "berhenti kapan saja lewat halaman akun",
    ),
    ("diskon sepuluh persen untuk pesanan pertama", "Tutup"),
)

# --- Portuguese, an Alpine.js "show more": the rest of a review in a <div x-show> that
# the markup ships with style='display: none;' and x-cloak.
PROBES.add(
    "pt_alpine_x_show_rest_of_review",
    "https://criticas.example.com.br/livros/o-farol-de-itaipu",
    site(
        "pt",
        "Crítica: O farol de Itaipu",
        "<div x-data='{ open: false }'><p>O novo romance de Lúcia Paranhos acompanha três "
        "gerações de uma família de faroleiros no litoral fluminense.</p><p>A primeira parte é "
        "lenta, mas constrói com paciência o isolamento da ilha.</p><div x-show='open' "
        "x-cloak style='display: none;'><p>Na segunda parte, a chegada de um engenheiro "
        "alemão muda o ritmo e o livro ganha tensão de suspense.</p><p>O final, contado pela "
        "neta, fecha o ciclo com delicadeza rara.</p></div><button "
        "@click='open = !open'>Ler mais</button></div>",
        nav=("Críticas", "Livros", "Cinema", "Contato"),
        hidden="<div x-data class='mobile-menu' x-show='menuOpen' style='display: none;'><a "
        "href='/assinar'>Assine a revista</a><a href='/loja'>Loja</a></div>",
        footer="© 2026 Críticas Literárias",
    ),
    (
        "três gerações de uma família de faroleiros",
        "a chegada de um engenheiro alemão muda o ritmo",
        "fecha o ciclo com delicadeza rara",
    ),
    ("Assine a revista", "Ler mais"),
)

# --- Spanish, a Vue page: each program's details in a v-show <div> rendered
# display:none; the cookie consent drawn the same way.
PROBES.add(
    "es_vue_v_show_program_details_and_cookie_bar",
    "https://cultura.example.es/programa/festival-de-otono",
    site(
        "es",
        "Programa del festival de otoño",
        "<div id='app'><div class='event'><h2>Concierto de apertura</h2><p>La orquesta "
        "municipal abre el festival el viernes en la plaza del mercado.</p><div "
        "class='event-details' style='display: none;'><p>El programa incluye obras de "
        "compositores de la comarca y un estreno para banda y coro.</p></div><button "
        "class='toggle'>Ver detalles</button></div><div class='event'><h2>Taller de "
        "cerámica</h2><p>El sábado por la mañana, un taller abierto para familias en el "
        "antiguo lavadero.</p><div class='event-details' style='display: none;'><p>Las "
        "plazas son limitadas y la inscripción se hace en la oficina de turismo.</p></div>"
        "<button class='toggle'>Ver detalles</button></div></div><div class='cookie-bar' "
        "style='display: none;'><p>Utilizamos cookies propias y de terceros para analizar "
        "el uso del sitio.</p><button>Aceptar</button></div>",
        nav=("Cultura Villanueva", "Agenda", "Espacios", "Contacto"),
        hidden="",
        footer="© 2026 Ayuntamiento de Villanueva",
    ),
    (
        "obras de compositores de la comarca y un estreno",
        "un taller abierto para familias",
        "la inscripción se hace en la oficina de turismo",
    ),
    ("Utilizamos cookies propias", "Aceptar"),
)

# --- German, a product page whose description and care tabs are ``tabs__panel`` <div>s,
# the second aria-hidden; a hidden mega-menu of categories.
PROBES.add(
    "de_product_tabs_aria_hidden_and_mega_menu",
    "https://laden.example.de/produkt/wollplaid-fjord",
    site(
        "de",
        "Wollplaid Fjord",
        "<p class='price'>89,00 €</p><div class='tabs'><div class='tabs__list' "
        "role='tablist'><button role='tab' aria-selected='true'>Beschreibung</button><button "
        "role='tab' aria-selected='false'>Pflege</button></div><div class='tabs__panel "
        "is-active' role='tabpanel'><p>Das Plaid ist aus reiner Schurwolle von Schafen aus "
        "der Lüneburger Heide gewebt und misst 130 mal 180 Zentimeter.</p></div><div "
        "class='tabs__panel' role='tabpanel' aria-hidden='true'><p>Bitte nur kalt im "
        "Wollprogramm waschen und liegend trocknen lassen.</p><p>Flecken lassen sich meist "
        "mit etwas Wasser und einem weichen Tuch ausbürsten.</p></div></div>",
        nav=("Heimwerk", "Wohnen", "Küche", "Kontakt"),
        hidden="<div class='mega-menu' aria-hidden='true'><h4>Kategorien</h4><ul><li><a "
        "href='/k1'>Kissen und Decken</a></li><li><a href='/k2'>Teppiche</a></li></ul></div>",
        footer="© 2026 Heimwerk GmbH · Impressum",
    ),
    (
        "aus reiner Schurwolle von Schafen",
        "nur kalt im Wollprogramm waschen",
        "mit etwas Wasser und einem weichen Tuch",
    ),
    ("Kissen und Decken", "Impressum"),
)

# --- French, a FAQ marked up with schema.org microdata: each answer an
# ``itemprop=acceptedAnswer`` <div> styled display:none under its question's button.
PROBES.add(
    "fr_microdata_faq_answers_display_none",
    "https://mairie.example.fr/questions/etat-civil",
    site(
        "fr",
        "Questions sur l’état civil",
        "<div itemscope itemtype='https://schema.org/FAQPage'><div itemscope "
        "itemprop='mainEntity' itemtype='https://schema.org/Question'><h3><button "
        "class='faq-question' aria-expanded='false' itemprop='name'>Comment obtenir un acte "
        "de naissance ?</button></h3><div class='faq-answer' itemscope "
        "itemprop='acceptedAnswer' itemtype='https://schema.org/Answer' "
        "style='display:none'><div itemprop='text'><p>La demande se fait en ligne ou au "
        "guichet de la mairie, avec une pièce d’identité.</p></div></div></div><div itemscope "
        "itemprop='mainEntity' itemtype='https://schema.org/Question'><h3><button "
        "class='faq-question' aria-expanded='false' itemprop='name'>Quel est le délai pour un "
        "mariage ?</button></h3><div class='faq-answer' itemscope itemprop='acceptedAnswer' "
        "itemtype='https://schema.org/Answer' style='display:none'><div itemprop='text'><p>Le "
        "dossier doit être déposé au moins deux mois avant la date choisie.</p></div></div>"
        "</div></div>",
        nav=("Mairie de Saint-Aubin", "Démarches", "Actualités", "Contact"),
        hidden=cookie_dialog(
            "Ce site utilise des cookies pour mesurer son audience.", "Tout accepter"
        ),
        footer="© 2026 Mairie de Saint-Aubin",
    ),
    (
        "Comment obtenir un acte de naissance ?",
        "en ligne ou au guichet de la mairie",
        "au moins deux mois avant la date choisie",
    ),
    ("Ce site utilise des cookies", "Tout accepter"),
)

# --- Russian, a blog post with a spoiler: the title a clickable <div>, the body a
# ``spoiler-body`` styled display:none (a forum and blog engine's way to fold a passage).
PROBES.add(
    "ru_spoiler_body_display_none",
    "https://dnevnik.example.ru/2026/03/remont-lodki",
    site(
        "ru",
        "Как я чинил старую лодку",
        "<div class='post-text'><p>Прошлой весной я купил деревянную лодку у соседа по даче "
        "за символическую цену.</p><p>Днище пришлось полностью перебирать, потому что две доски "
        "сгнили.</p><div class='spoiler'><div class='spoiler-title'>Подробно о "
        "материалах</div><div class='spoiler-body' style='display:none'><p>Для обшивки я взял "
        "лиственничную доску толщиной двадцать миллиметров и медные гвозди.</p><p>Швы "
        "проконопатил льняным жгутом и пролил горячей смолой.</p></div></div><p>В июле лодка "
        "впервые вышла на воду и ни разу не протекла.</p></div>",
        nav=("Дневник мастера", "Записи", "Фото", "Обо мне"),
        hidden=offcanvas(("Все записи", "Подписаться на обновления")),
        footer="© 2026 Дневник мастера",
    ),
    (
        "лиственничную доску толщиной двадцать миллиметров",
        "проконопатил льняным жгутом",
        "ни разу не протекла",
    ),
    ("Подписаться на обновления", "Все записи"),
)

# --- Polish, a review whose paragraph goes on in an inline <span> styled display:none
# after an ellipsis and a "read more" link.
PROBES.add(
    "pl_inline_more_text_span",
    "https://recenzje.example.pl/gry/wyspa-latarni",
    site(
        "pl",
        "Recenzja: Wyspa latarni",
        "<p>Gra planszowa Wyspa latarni to spokojna rozgrywka dla dwóch do czterech osób, w "
        "której budujemy sieć latarni na skalistym wybrzeżu<span class='dots'>…</span><span "
        "class='more-text' style='display:none'> i ratujemy statki przed sztormem, zdobywając "
        "punkty za każdy bezpieczny rejs.</span> <a href='#' class='more-link'>Czytaj "
        "więcej</a></p><p>Wykonanie jest solidne, a drewniane latarnie cieszą oko przy "
        "każdej partii.</p>",
        nav=("Recenzje", "Gry", "Książki", "Kontakt"),
        hidden=newsletter_modal("Zapisz się do newslettera i odbierz listę nowości co tydzień."),
        footer="© 2026 Recenzje",
    ),
    (
        "budujemy sieć latarni na skalistym wybrzeżu",
        "ratujemy statki przed sztormem",
        "drewniane latarnie cieszą oko",
    ),
    ("Zapisz się do newslettera", "Czytaj więcej"),
)

# --- Greek, CSS-only tabs of radio inputs and labels: every panel is in the markup, none
# hidden by an attribute (the style sheet shows the checked one's).
PROBES.add(
    "el_css_radio_tabs",
    "https://taxidi.example.gr/nisia/sifnos",
    site(
        "el",
        "Σίφνος: τι να δείτε",
        "<div class='css-tabs'><input type='radio' name='t' id='tab1' checked><label "
        "for='tab1'>Χωριά</label><div class='tab'><p>Η Απολλωνία είναι χτισμένη αμφιθεατρικά "
        "και τα καλντερίμια της γεμίζουν κόσμο το βράδυ.</p></div><input type='radio' "
        "name='t' id='tab2'><label for='tab2'>Παραλίες</label><div class='tab'><p>Στη "
        "Βαθύ η θάλασσα είναι ρηχή και ήρεμη, ιδανική για οικογένειες με μικρά "
        "παιδιά.</p></div></div>",
        nav=("Ταξίδι", "Νησιά", "Πόλεις", "Επικοινωνία"),
        hidden=cookie_dialog("Χρησιμοποιούμε cookies για τη στατιστική ανάλυση.", "Αποδοχή"),
        footer="© 2026 Ταξίδι",
    ),
    (
        "χτισμένη αμφιθεατρικά",
        "ιδανική για οικογένειες με μικρά παιδιά",
    ),
    ("Χρησιμοποιούμε cookies",),
)

# --- Swedish, a WAI-ARIA accordion whose panels use ``hidden`` beside an off-canvas cart
# drawer and a consent ``alertdialog``, both hidden.
PROBES.add(
    "sv_accordion_beside_cart_drawer_and_alertdialog",
    "https://cykel.example.se/service",
    site(
        "sv",
        "Service av din cykel",
        "<p>Vi servar alla sorters cyklar i vår verkstad vid hamnen.</p><h3><button "
        "aria-expanded='false' aria-controls='s1'>Vad ingår i en grundservice?</button></h3>"
        "<div id='s1' class='accordion-panel' hidden><p>Vi justerar växlar och bromsar, "
        "smörjer kedjan och kontrollerar att alla skruvar sitter fast.</p></div><h3><button "
        "aria-expanded='false' aria-controls='s2'>Hur lång tid tar det?</button></h3><div "
        "id='s2' class='accordion-panel' hidden><p>De flesta cyklar är klara inom två "
        "arbetsdagar efter att vi tagit emot dem.</p></div>",
        nav=("Hamncykel", "Cyklar", "Service", "Kontakt"),
        hidden="<aside class='cart-drawer' aria-hidden='true'><p>Din varukorg är tom.</p><a "
        "href='/butik'>Fortsätt handla</a></aside><div role='alertdialog' class='consent' "
        "hidden><p>Vi använder kakor för att webbplatsen ska fungera.</p><button>Godkänn"
        "</button></div>",
        footer="© 2026 Hamncykel AB",
    ),
    (
        "smörjer kedjan och kontrollerar att alla skruvar",
        "klara inom två arbetsdagar",
    ),
    ("Din varukorg är tom", "Vi använder kakor", "Fortsätt handla"),
)

# --- Dutch, a news article folded after its opening: the rest in a ``collapsed`` <div>
# with a "read on" button whose aria-controls names it.
PROBES.add(
    "nl_article_rest_in_collapsed_div",
    "https://nieuws.example.nl/regio/nieuwe-veerpont",
    site(
        "nl",
        "Nieuwe veerpont vaart vanaf mei",
        "<article><p>Tussen Wijkdorp en Oosteind vaart vanaf mei een elektrische veerpont die "
        "twintig auto’s kan meenemen.</p><div id='vervolg' class='article-rest "
        "collapsed'><p>De oude pont uit 1974 wordt na de zomer verkocht aan een museum in "
        "Zeeland.</p><p>Volgens de gemeente gaat de overtocht ’s nachts voortaan ieder uur in "
        "plaats van elk halfuur.</p></div><button class='read-on' aria-controls='vervolg' "
        "aria-expanded='false'>Lees verder</button></article>",
        nav=("Regio Nieuws", "Regio", "Sport", "Contact"),
        hidden="<div class='share-sheet' aria-hidden='true'><a href='/share/wa'>Deel via "
        "WhatsApp</a><a href='/share/mail'>Deel via e-mail</a></div>",
        footer="© 2026 Regio Nieuws",
    ),
    (
        "een elektrische veerpont die twintig auto’s",
        "verkocht aan een museum in Zeeland",
        "ieder uur in plaats van elk halfuur",
    ),
    ("Deel via WhatsApp", "Lees verder"),
)

# --- Urdu (right to left), a radio programme's page: the episode transcript in a closed
# <details> under a "show transcript" summary.
PROBES.add(
    "ur_episode_transcript_in_details",
    "https://radio.example.pk/programme/kisan-ki-awaz/42",
    site(
        "ur",
        "کسان کی آواز: قسط ۴۲",
        "<p>اس قسط میں ہم نے گندم کی کٹائی کے موسم میں پانی کی کمی پر بات کی۔</p><details "
        "class='transcript'><summary>مکمل متن دیکھیں</summary><p>میزبان: آج ہمارے ساتھ ضلع "
        "کے ایک تجربہ کار کسان موجود ہیں۔</p><p>مہمان: اس سال نہر میں پانی دیر سے آیا، اس لیے "
        "ہم نے ٹیوب ویل سے آبپاشی کی۔</p></details>",
        nav=("ریڈیو پاکستان", "پروگرام", "خبریں", "رابطہ"),
        hidden=offcanvas(("براہ راست سنیں", "پروگراموں کا شیڈول")),
        footer="© 2026 ریڈیو",
        dir_="rtl",
    ),
    (
        "ضلع کے ایک تجربہ کار کسان موجود ہیں",
        "ہم نے ٹیوب ویل سے آبپاشی کی",
    ),
    ("براہ راست سنیں", "پروگراموں کا شیڈول"),
)

# --- isiZulu, a health service's page of tab panels hidden by an ``is-hidden`` class.
PROBES.add(
    "zu_tab_panels_is_hidden_class",
    "https://impilo.example.org.za/imigomo/ukugoma",
    site(
        "zu",
        "Ukugoma kwezingane",
        "<div class='tabs'><button class='tab is-active'>Isikhathi</button><button "
        "class='tab'>Izindawo</button><div class='tab-panel'><p>Izingane kufanele zigome "
        "lapho zineviki eziyisithupha, eziyishumi nesine kanye nezinyanga eziyisishiyagalolunye."
        "</p></div><div class='tab-panel is-hidden'><p>Ukugoma kwenziwa mahhala kuyo yonke "
        "imitholampilo yomphakathi ngoMsombuluko kuya kuLwesihlanu.</p></div></div>",
        nav=("Impilo", "Imigomo", "Izindaba", "Xhumana nathi"),
        hidden=newsletter_modal("Bhalisela izindaba zethu ukuze uthole izikhumbuzo zokugoma."),
        footer="© 2026 Impilo",
    ),
    (
        "lapho zineviki eziyisithupha",
        "mahhala kuyo yonke imitholampilo yomphakathi",
    ),
    ("Bhalisela izindaba zethu",),
)

# --- Hungarian, a council page: a "show all" list whose items after the third carry a
# ``d-none`` class until the button below it is pressed.
PROBES.add(
    "hu_show_all_list_items_d_none",
    "https://onkormanyzat.example.hu/hirek/utfelujitas",
    site(
        "hu",
        "Idén felújított utcák",
        "<p>Az önkormányzat idén hét utca burkolatát újította fel a városban.</p><ul "
        "class='street-list'><li>Petőfi utca, a piactól a templomig</li><li>Kossuth tér "
        "környéke</li><li>Malom utca teljes hosszában</li><li class='d-none'>Akácfa utca "
        "az iskola előtt</li><li class='d-none'>Vasút sor a régi raktárig</li></ul><button "
        "class='show-all'>Összes mutatása</button><p>A munkák költségét részben uniós "
        "pályázatból fedezték.</p>",
        nav=("Önkormányzat", "Hírek", "Ügyintézés", "Kapcsolat"),
        hidden=cookie_dialog("A weboldal sütiket használ a működéshez.", "Elfogadom"),
        footer="© 2026 Polgármesteri Hivatal",
    ),
    (
        "Malom utca teljes hosszában",
        "Akácfa utca az iskola előtt",
        "Vasút sor a régi raktárig",
        "uniós pályázatból fedezték",
    ),
    ("sütiket használ", "Összes mutatása"),
)

# --- Norwegian, a newsletter popup hidden with display:none and its opener set right after
# it: a box drawn over the page, no rest of the text, though a button follows it.
PROBES.add(
    "nb_popup_before_its_opener_stays_out",
    "https://fjordposten.example.no/lokalt/ny-ferjekai",
    site(
        "nb",
        "Ny ferjekai åpner i Vikøy",
        "<p>Den nye ferjekaien i Vikøy tas i bruk neste mandag, etter to års bygging.</p><p>"
        "Kaien er bygget for de nye elektriske fergene som går hver halvtime.</p><div "
        "class='newsletter-popup' style='display:none'><p>Meld deg på nyhetsbrevet vårt og få "
        "de viktigste sakene hver morgen.</p></div><button class='open-newsletter'>"
        "Nyhetsbrev</button><p>Kommunen regner med at køene i sentrum blir kortere.</p>",
        nav=("Fjordposten", "Lokalt", "Sport", "Kontakt"),
        hidden="",
        footer="© 2026 Fjordposten",
    ),
    (
        "tas i bruk neste mandag",
        "køene i sentrum blir kortere",
    ),
    ("Meld deg på nyhetsbrevet", "Nyhetsbrev"),
)
