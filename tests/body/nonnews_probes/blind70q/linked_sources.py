"""The blind70q probe's second part (written after the first run, blind on its tree): wiki
entries whose references are whole links to the sources (a "Literatur" list's shape: a
linked title, a publisher and year after it in some, only the link in others), under the
heading a wiki writes in each language, and entries in other engines' shapes (a mobile
wiki's collapsible sections, a DokuWiki-like page, numbered step cards)."""

from __future__ import annotations

from ._kit import SITES, add, edit_h2, infobox, paras, wiki_page


def linked_sources(
    lang: str,
    name: str,
    title: str,
    *,
    edit: str,
    lead: str,
    section: tuple[str, tuple[str, ...]],
    refs: tuple[str, tuple[str, ...]],
) -> None:
    """An entry (lead, one section) whose references are each a whole link to an outside
    source: every source's title is a must-line, as the project keeps an encyclopedic page's
    list of sources under its heading (docs/body-boxes.md); the edit word is a must-not."""
    items = "".join(
        f"<li><a class='external text' rel='nofollow'"
        f" href='https://source.example/{n}'>{r}</a></li>"
        for n, r in enumerate(refs[1])
    )
    main = wiki_page(
        title,
        infobox(("—", "—"))
        + f"<p>{lead}</p>"
        + edit_h2("s0", section[0], edit)
        + paras(*section[1])
        + edit_h2("refs", refs[0], edit)
        + f"<ul>{items}</ul>",
    )
    must = (lead, *section[1], *refs[1])
    add(name, SITES[lang], title, main, must, (edit,), path=f"wiki/{name}")


linked_sources(
    "th",
    "linked_sources_thai",
    "วัดป่าแดงหลวง",
    edit="แก้ไขต้นฉบับ",
    lead="วัดป่าแดงหลวงเป็นวัดเก่าแก่ในอำเภอแม่ริม สร้างขึ้นในสมัยราชวงศ์มังราย",
    section=(
        "ประวัติ",
        (
            "ตามตำนานวัดนี้สร้างโดยพระภิกษุที่เดินทางมาจากลังกาเพื่อเผยแผ่พระศาสนาในล้านนา",
            "โบสถ์หลังเดิมได้รับการบูรณะครั้งใหญ่เมื่อปีพุทธศักราช 2510",
        ),
    ),
    refs=(
        "อ้างอิง",
        (
            "ทะเบียนโบราณสถานจังหวัดเชียงใหม่ กรมศิลปากร",
            "ตำนานวัดในเขตอำเภอแม่ริม ฉบับปริวรรต",
            "รายงานการบูรณะโบสถ์วัดป่าแดงหลวง",
        ),
    ),
)

linked_sources(
    "ka",
    "linked_sources_georgian",
    "ანანურის ციხე",
    edit="რედაქტირება",
    lead="ანანურის ციხე არის ციხე-სიმაგრე არაგვის ხეობაში, ჟინვალის წყალსაცავის ნაპირზე.",
    section=(
        "ისტორია",
        (
            "ციხე არაგვის ერისთავების რეზიდენცია იყო და მრავალი ბრძოლა გადაიტანა.",
            "მეთვრამეტე საუკუნეში ციხეში ორი ეკლესია ააშენეს.",
        ),
    ),
    refs=(
        "ლიტერატურა",
        (
            "საქართველოს ისტორიის ძეგლები, ტომი მეორე",
            "არაგვის ხეობის ციხე-სიმაგრეები",
            "ანანურის რესტავრაციის ანგარიში",
        ),
    ),
)

linked_sources(
    "hy",
    "linked_sources_armenian",
    "Նորավանք",
    edit="խմբագրել կոդը",
    lead="Նորավանքը տասներեքերորդ դարի վանական համալիր է Ամաղու կիրճում։",
    section=(
        "Պատմություն",
        (
            "Վանքը հիմնադրվել է տասներկուերորդ դարի վերջին եպիսկոպոս Հովհաննեսի կողմից։",
            "Երկհարկանի եկեղեցին կառուցել է ճարտարապետ Մոմիկը։",
        ),
    ),
    refs=(
        "Գրականություն",
        (
            "Հայկական ճարտարապետության հուշարձաններ",
            "Վայոց ձորի վանքերը",
            "Մոմիկի կյանքը և ստեղծագործությունը",
        ),
    ),
)

linked_sources(
    "ta",
    "linked_sources_tamil",
    "திருமலை நாயக்கர் மஹால்",
    edit="மூலத்தைத் தொகு",
    lead="திருமலை நாயக்கர் மஹால் மதுரையில் உள்ள பதினேழாம் நூற்றாண்டு அரண்மனை ஆகும்.",
    section=(
        "வரலாறு",
        (
            "இந்த அரண்மனையை மன்னர் திருமலை நாயக்கர் இத்தாலியக் கட்டடக் கலைஞரின் உதவியுடன் கட்டினார்.",
            "இன்று இருப்பது மூல அரண்மனையின் நான்கில் ஒரு பகுதி மட்டுமே.",
        ),
    ),
    refs=(
        "மேற்கோள்கள்",
        (
            "மதுரை நாயக்கர் வரலாறு",
            "தமிழ்நாடு தொல்லியல் துறை அறிக்கை",
            "நாயக்கர் கால அரண்மனைகள்",
        ),
    ),
)

linked_sources(
    "bn",
    "linked_sources_bengali",
    "ষাট গম্বুজ মসজিদ",
    edit="উৎস সম্পাদনা",
    lead="ষাট গম্বুজ মসজিদ বাগেরহাটে অবস্থিত পনেরো শতকের একটি মসজিদ।",
    section=(
        "ইতিহাস",
        (
            "খান জাহান আলী এই মসজিদটি নির্মাণ করেন বলে ধারণা করা হয়।",
            "মসজিদের ছাদে আসলে সাতাত্তরটি গম্বুজ রয়েছে।",
        ),
    ),
    refs=(
        "তথ্যসূত্র",
        (
            "বাগেরহাটের প্রাচীন স্থাপত্য",
            "বাংলাদেশের মসজিদ স্থাপত্যের ইতিহাস",
            "প্রত্নতত্ত্ব অধিদপ্তরের জরিপ প্রতিবেদন",
        ),
    ),
)

linked_sources(
    "mn",
    "linked_sources_mongolian",
    "Амарбаясгалант хийд",
    edit="засварлах",
    lead="Амарбаясгалант хийд нь Сэлэнгэ аймагт орших арван наймдугаар зууны буддын сүм хийд юм.",
    section=(
        "Түүх",
        (
            "Хийдийг Манжийн хаан Өндөр гэгээн Занабазарт зориулан бариулжээ.",
            "Хорьдугаар зууны гучаад онд хийдийн ихэнх сүм эвдэрсэн.",
        ),
    ),
    refs=(
        "Ном зүй",
        (
            "Монголын сүм хийдийн түүх",
            "Сэлэнгэ аймгийн соёлын өв",
            "Амарбаясгалант хийдийн сэргээн засварлалт",
        ),
    ),
)

linked_sources(
    "am",
    "linked_sources_amharic",
    "የፋሲል ግንብ",
    edit="ምንጩን አርም",
    lead="የፋሲል ግንብ በጎንደር ከተማ የሚገኝ የአሥራ ሰባተኛው ክፍለ ዘመን ቤተ መንግሥት ነው።",
    section=(
        "ታሪክ",
        (
            "ግንቡን ያሠሩት ዐፄ ፋሲለደስ ሲሆኑ ከተማዋንም ዋና ከተማ አደረጉ።",
            "ተከታዮቹ ነገሥታት በግቢው ውስጥ ሌሎች ቤተ መንግሥቶችን ጨምረዋል።",
        ),
    ),
    refs=(
        "ማጣቀሻዎች",
        (
            "የዐፄ ፋሲለደስ ዘመን ታሪክ",
            "የኢትዮጵያ ቅርሶች መዝገብ",
            "የፋሲል ግቢ እድሳት ሪፖርት",
        ),
    ),
)

linked_sources(
    "el",
    "linked_sources_greek",
    "Η Μονή Αρκαδίου",
    edit="επεξεργασία κώδικα",
    lead="Η Μονή Αρκαδίου είναι ιστορικό μοναστήρι στην ενδοχώρα του Ρεθύμνου.",
    section=(
        "Ιστορία",
        (
            "Το καθολικό της μονής χτίστηκε τον δέκατο έκτο αιώνα σε ενετικό ρυθμό.",
            "Το 1866 η μονή έγινε σύμβολο της κρητικής επανάστασης.",
        ),
    ),
    refs=(
        "Βιβλιογραφία",
        (
            "Οι μονές της Κρήτης",
            "Το Αρκάδι και η επανάσταση του 1866",
            "Αρχιτεκτονική των ενετικών μοναστηριών",
        ),
    ),
)

add(
    "mobile_wiki_collapsible_sections",
    SITES["te"],
    "గోల్కొండ కోట",
    "<div id='content' class='mw-body'><h1 id='section_0'>గోల్కొండ కోట</h1><div id='bodyContent'>"
    "<div class='mw-parser-output'><section class='mf-section-0'><p>గోల్కొండ కోట హైదరాబాద్ నగరానికి"
    " పశ్చిమాన ఉన్న ఒక చారిత్రక కోట.</p></section><h2 class='section-heading collapsible-heading'"
    " onclick='javascript:void(0)'><span class='indicator'></span><span class='mw-headline'>"
    "చరిత్ర</span></h2><section class='mf-section-1"
    " collapsible-block' id='content-collapsible-block-0'>"
    "<p>ఈ కోటను మొదట కాకతీయులు మట్టితో నిర్మించారు.</p><p>తరువాత కుతుబ్ షాహీ రాజులు దీనిని రాతితో"
    " విస్తరించారు.</p></section><h2 class='section-heading"
    " collapsible-heading'><span class='indicator'>"
    "</span><span class='mw-headline'>నిర్మాణం</span></h2><section"
    " class='mf-section-2 collapsible-block'"
    " id='content-collapsible-block-1'><p>కోట ప్రధాన ద్వారం వద్ద చప్పట్లు కొడితే శబ్దం పై భాగం వరకు"
    " వినిపిస్తుంది.</p></section></div></div><div class='last-modified-bar'><a href='/history'>"
    "ఈ పేజీని చివరిగా 3 రోజుల క్రితం సవరించారు</a></div></div>",
    (
        "గోల్కొండ కోట హైదరాబాద్ నగరానికి పశ్చిమాన ఉన్న ఒక చారిత్రక కోట.",
        "ఈ కోటను మొదట కాకతీయులు మట్టితో నిర్మించారు.",
        "తరువాత కుతుబ్ షాహీ రాజులు దీనిని రాతితో విస్తరించారు.",
        "కోట ప్రధాన ద్వారం వద్ద చప్పట్లు కొడితే శబ్దం పై భాగం వరకు వినిపిస్తుంది.",
    ),
    ("ఈ పేజీని చివరిగా 3 రోజుల క్రితం సవరించారు",),
    path="wiki/golkonda",
)

add(
    "dokuwiki_like_page",
    SITES["he"],
    "הגדרת מדפסת רשת",
    "<div class='dokuwiki'><div"
    " class='pageId'><span>wiki:printer</span></div><div class='page group'>"
    "<h1 class='sectionedit1' id='top'>הגדרת מדפסת רשת</h1><div class='level1'><p>הדף מסביר כיצד"
    " לחבר את מדפסת המשרד לרשת הפנימית.</p></div><h2"
    " class='sectionedit2'>דרישות</h2><div class='level2'>"
    "<ul><li class='level1'><div class='li'>כתובת IP קבועה למדפסת</div></li><li class='level1'>"
    "<div class='li'>הרשאות מנהל במחשב</div></li></ul></div><form"
    " class='button btn_secedit' method='post'>"
    "<div class='no'><button type='submit'>עריכה</button></div></form><h2"
    " class='sectionedit3'>שלבים</h2>"
    "<div class='level2'><ol><li class='level1'><div"
    " class='li'>פתחו את לוח הבקרה ובחרו התקנים.</div></li>"
    "<li class='level1'><div class='li'>הקלידו את"
    " כתובת המדפסת ולחצו על הוספה.</div></li></ol></div>"
    "</div><div class='docInfo'><bdi>wiki/printer.txt</bdi>"
    " · שונה לאחרונה: 2026/11/02 10:14</div></div>",
    (
        "הדף מסביר כיצד לחבר את מדפסת המשרד לרשת הפנימית.",
        "כתובת IP קבועה למדפסת",
        "הרשאות מנהל במחשב",
        "פתחו את לוח הבקרה ובחרו התקנים.",
        "הקלידו את כתובת המדפסת ולחצו על הוספה.",
    ),
    ("wiki:printer", "wiki/printer.txt"),
    template="portal",
    path="doku.php?id=wiki:printer",
)

add(
    "howto_step_cards_persian",
    SITES["fa"],
    "چگونه گلدان سفالی را رنگ کنیم",
    "<article class='guide'><h1>چگونه گلدان سفالی را رنگ کنیم</h1><p class='guide-intro'>با چند رنگ"
    " اکریلیک می‌توانید گلدان‌های ساده را به وسیله‌ای زیبا برای خانه تبدیل کنید.</p>"
    "<div class='steps'><div class='step-card'><span"
    " class='step-number'>۱</span><div class='step-body'>"
    "<h3>تمیز کردن</h3><p>گلدان را با آب و صابون بشویید و بگذارید کاملاً خشک شود.</p></div></div>"
    "<div class='step-card'><span class='step-number'>۲</span><div"
    " class='step-body'><h3>آستر زدن</h3>"
    "<p>یک لایهٔ نازک آستر سفید بزنید تا رنگ بهتر بچسبد.</p></div></div><div class='step-card'>"
    "<span class='step-number'>۳</span><div"
    " class='step-body'><h3>نقاشی</h3><p>طرح دلخواه را با قلم‌موی"
    " باریک بکشید و در پایان یک لایه ورنی بزنید.</p></div></div></div>"
    "<div class='guide-rating'><span>به این راهنما امتیاز"
    " دهید</span><span>★★★★☆</span></div></article>",
    (
        "با چند رنگ اکریلیک می‌توانید گلدان‌های ساده را به وسیله‌ای زیبا برای خانه تبدیل کنید.",
        "تمیز کردن",
        "گلدان را با آب و صابون بشویید و بگذارید کاملاً خشک شود.",
        "یک لایهٔ نازک آستر سفید بزنید تا رنگ بهتر بچسبد.",
        "طرح دلخواه را با قلم‌موی باریک بکشید و در پایان یک لایه ورنی بزنید.",
    ),
    ("به این راهنما امتیاز دهید",),
    path="guide/paint-pot",
)
