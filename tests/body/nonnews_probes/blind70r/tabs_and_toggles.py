"""The blind70r probe's second part: product pages with tabs (a description and a
specification are content; the reviews tab is neutral, its "write a review" prompt
furniture) and texts whose rest is collapsed behind a "read more" toggle (``hidden``,
``aria-expanded="false"`` and ``aria-hidden``, a CSS-clamped box), all present in the HTML."""

from __future__ import annotations

from ._kit import SITES, add, paras, share


def _tabs(*labels: str) -> str:
    items = "".join(
        f"<li role='presentation'><a role='tab' href='#t{n}' aria-controls='t{n}'"
        f" aria-selected='{'true' if n == 0 else 'false'}'>{label}</a></li>"
        for n, label in enumerate(labels)
    )
    return f"<ul class='nav nav-tabs' role='tablist'>{items}</ul>"


def _panel(n: int, inner: str, *, shown: bool = False) -> str:
    hidden = "" if shown else " hidden"
    return f"<div role='tabpanel' class='tab-pane' id='t{n}'{hidden}>{inner}</div>"


def _specs(*rows: tuple[str, str]) -> str:
    body = "".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in rows)
    return f"<table class='specs'>{body}</table>"


add(
    "product_tabs_description_specs_reviews",
    SITES["de"],
    "Hobelbank Meister 160",
    "<div class='product'><h1 class='product-title'>Hobelbank Meister 160</h1>"
    "<p class='price'>489,00 €</p><button class='add-to-cart'>In den Warenkorb</button>"
    + _tabs("Beschreibung", "Technische Daten", "Bewertungen (12)")
    + "<div class='tab-content'>"
    + _panel(
        0,
        paras(
            "Die Hobelbank Meister 160 ist aus massiver Buche gefertigt und für den täglichen"
            " Einsatz in der Werkstatt gebaut.",
            "Vorder- und Hinterzange laufen auf Stahlspindeln und lassen sich ohne Werkzeug"
            " nachstellen.",
        ),
        shown=True,
    )
    + _panel(
        1,
        _specs(("Länge", "160 cm"), ("Arbeitshöhe", "86 cm"), ("Gewicht", "78 kg")),
    )
    + _panel(
        2,
        "<div class='review'><p>Sehr stabile Bank, der Aufbau dauerte eine Stunde.</p></div>"
        "<a class='write-review' href='#'>Eigene Bewertung schreiben</a>",
    )
    + "</div></div>",
    (
        "Die Hobelbank Meister 160 ist aus massiver Buche gefertigt",
        "Vorder- und Hinterzange laufen auf Stahlspindeln",
        "Arbeitshöhe | 86 cm",
        "Gewicht | 78 kg",
    ),
    ("In den Warenkorb", "Eigene Bewertung schreiben"),
    path="shop/hobelbank-meister-160",
)

add(
    "product_tabs_css_hidden_specs",
    SITES["pl"],
    "Edytor Pióro 3 — licencja domowa",
    "<div class='product-page'><h1>Edytor Pióro 3 — licencja domowa</h1>"
    "<div class='tabs'><button class='tab is-active' data-tab='opis'>Opis</button>"
    "<button class='tab' data-tab='wymagania'>Wymagania</button></div>"
    "<div class='tab-panel is-active' data-panel='opis'>"
    + paras(
        "Pióro 3 to edytor tekstu dla pisarzy, który zapisuje każdą wersję rozdziału.",
        "Nowy tryb skupienia ukrywa menu i pokazuje tylko bieżący akapit.",
    )
    + "</div><div class='tab-panel' data-panel='wymagania' style='display:none'>"
    "<ul><li>System Windows 10 lub nowszy albo macOS 13.</li><li>Dwa gigabajty wolnego"
    " miejsca na dysku.</li></ul></div><p class='stock'>Dostępny od ręki</p>"
    "<button>Kup teraz</button></div>",
    (
        "Pióro 3 to edytor tekstu dla pisarzy, który zapisuje każdą wersję rozdziału.",
        "Nowy tryb skupienia ukrywa menu i pokazuje tylko bieżący akapit.",
        "System Windows 10 lub nowszy albo macOS 13.",
        "Dwa gigabajty wolnego miejsca na dysku.",
    ),
    ("Kup teraz", "Dostępny od ręki"),
    path="sklep/pioro-3",
)

add(
    "product_tabs_aria_hidden_panels",
    SITES["zh"],
    "机械键盘 青轴 87键",
    "<div class='goods'><h1>机械键盘 青轴 87键</h1><div class='goods-price'>¥399</div>"
    "<div class='tab-nav'><span class='on'>商品介绍</span><span>规格参数</span>"
    "<span>售后保障</span></div>"
    "<div class='tab-con' aria-hidden='false'>"
    + paras(
        "这款键盘采用青轴，按键手感清脆，适合长时间打字。",
        "键帽使用双色注塑工艺，字符不会因为长期使用而磨损。",
    )
    + "</div><div class='tab-con' aria-hidden='true'><table><tr><td>连接方式</td><td>有线 USB-C"
    "</td></tr><tr><td>按键数量</td><td>87键</td></tr><tr><td>重量</td><td>890克</td></tr>"
    "</table></div><div class='tab-con' aria-hidden='true'><p>本商品支持七天无理由退货。</p>"
    "</div><div class='buy-bar'><a href='#'>加入购物车</a><a href='#'>立即购买</a></div></div>",
    (
        "这款键盘采用青轴，按键手感清脆，适合长时间打字。",
        "键帽使用双色注塑工艺，字符不会因为长期使用而磨损。",
        "连接方式 | 有线 USB-C",
        "重量 | 890克",
    ),
    ("加入购物车", "立即购买"),
    path="goods/keyboard-87",
)

add(
    "course_page_tabs_overview_syllabus",
    SITES["vi"],
    "Khóa học: Ôn thi Toán lớp 12",
    "<div class='course'><h1>Khóa học: Ôn thi Toán lớp 12</h1>"
    + _tabs("Giới thiệu", "Nội dung khóa học", "Giảng viên")
    + _panel(
        0,
        paras(
            "Khóa học giúp học sinh ôn lại toàn bộ chương trình Toán lớp 12 trong mười tuần.",
            "Mỗi tuần có hai buổi học trực tuyến và một bài kiểm tra ngắn.",
        ),
        shown=True,
    )
    + _panel(
        1,
        "<ol><li>Tuần 1: Hàm số và đồ thị.</li><li>Tuần 2: Mũ và logarit.</li>"
        "<li>Tuần 3: Nguyên hàm và tích phân.</li></ol>",
    )
    + _panel(
        2,
        "<p>Thầy Nguyễn Văn An có hai mươi năm kinh nghiệm luyện thi đại học.</p>",
    )
    + "<a class='btn-enroll' href='#'>Đăng ký ngay</a></div>",
    (
        "Khóa học giúp học sinh ôn lại toàn bộ chương trình Toán lớp 12 trong mười tuần.",
        "Mỗi tuần có hai buổi học trực tuyến và một bài kiểm tra ngắn.",
        "Tuần 1: Hàm số và đồ thị.",
        "Tuần 3: Nguyên hàm và tích phân.",
    ),
    ("Đăng ký ngay",),
    path="khoa-hoc/toan-12",
)

add(
    "product_accordion_tabs_mobile",
    SITES["fr"],
    "Sac à dos Randonnée 28 L",
    "<div class='pdp'><h1>Sac à dos Randonnée 28 L</h1><span class='pdp-price'>59,90 €</span>"
    "<div class='pdp-accordion'><button class='pdp-acc-toggle' aria-expanded='true'>"
    "Description</button><div class='pdp-acc-panel'>"
    + paras(
        "Ce sac de 28 litres est pensé pour les randonnées à la journée en moyenne montagne.",
        "Son dos ventilé limite la transpiration lors des montées.",
    )
    + "</div><button class='pdp-acc-toggle' aria-expanded='false'>Caractéristiques</button>"
    "<div class='pdp-acc-panel' hidden><ul><li>Poids : 890 g</li><li>Matière : polyester"
    " recyclé</li><li>Housse de pluie intégrée</li></ul></div>"
    "<button class='pdp-acc-toggle' aria-expanded='false'>Livraison et retours</button>"
    "<div class='pdp-acc-panel' hidden><p>Retour gratuit sous 30 jours en magasin.</p></div>"
    "</div><button class='add-to-basket'>Ajouter au panier</button></div>",
    (
        "Ce sac de 28 litres est pensé pour les randonnées à la journée en moyenne montagne.",
        "Son dos ventilé limite la transpiration lors des montées.",
        "Poids : 890 g",
        "Matière : polyester recyclé",
    ),
    ("Ajouter au panier",),
    path="produit/sac-28",
)

# Texts whose rest is collapsed behind a "read more" toggle.
add(
    "read_more_hidden_attribute",
    SITES["it"],
    "Il restauro dell'organo di San Rocco",
    "<article><h1>Il restauro dell'organo di San Rocco</h1><div class='entry'>"
    + paras(
        "L'organo della chiesa di San Rocco tornerà a suonare a Natale dopo tre anni di restauro.",
        "Lo strumento, del 1784, aveva perso quasi metà delle sue canne.",
    )
    + "<button class='read-more-btn' aria-expanded='false' aria-controls='rest'>Continua a"
    " leggere</button><div id='rest' hidden>"
    + paras(
        "Le canne mancanti sono state rifatte in lega di stagno da una bottega di Crema.",
        "Il concerto di inaugurazione si terrà il 24 dicembre alle 21.",
    )
    + "</div></div></article>"
    + share(SITES["it"]),
    (
        "L'organo della chiesa di San Rocco tornerà a suonare a Natale",
        "Lo strumento, del 1784, aveva perso quasi metà delle sue canne.",
        "Le canne mancanti sono state rifatte in lega di stagno da una bottega di Crema.",
        "Il concerto di inaugurazione si terrà il 24 dicembre alle 21.",
    ),
    ("Continua a leggere",),
    path="cultura/organo-san-rocco",
)

add(
    "read_more_css_clamped_box",
    SITES["sv"],
    "Recension: Vinterljus på Norrbottensteatern",
    "<article><h1>Recension: Vinterljus på Norrbottensteatern</h1>"
    "<div class='text-clamp' style='max-height:12em;overflow:hidden'>"
    + paras(
        "Vinterljus är en stillsam pjäs om två systrar som möts i barndomshemmet efter"
        " moderns död.",
        "Regissören låter tystnaderna ta plats och scenografin består nästan bara av ljus.",
        "Mot slutet blir det för långt, och den sista scenen upprepar det vi redan förstått.",
        "Ändå är det en av höstens starkaste föreställningar i norr.",
    )
    + "</div><button class='text-clamp__toggle'>Visa mer</button></article>",
    (
        "Vinterljus är en stillsam pjäs om två systrar",
        "Regissören låter tystnaderna ta plats",
        "Mot slutet blir det för långt",
        "Ändå är det en av höstens starkaste föreställningar i norr.",
    ),
    ("Visa mer",),
    path="kultur/vinterljus",
)

add(
    "read_more_aria_hidden_rest",
    SITES["ar"],
    "سيرة الشاعر ابن زيدون",
    "<div class='bio'><h1>سيرة الشاعر ابن زيدون</h1><div class='bio-intro'>"
    + paras("وُلد ابن زيدون في قرطبة سنة ألف وثلاث للميلاد، ونشأ في بيت علم وأدب.")
    + "</div><div class='bio-more' id='more' aria-hidden='true'>"
    + paras(
        "عمل وزيرا في قرطبة ثم في إشبيلية، وسُجن مدة بسبب خصومات سياسية.",
        "اشتهر بقصائده في ولادة بنت المستكفي، وأشهرها النونية.",
    )
    + "</div><a class='bio-toggle' href='#more' aria-expanded='false' aria-controls='more'>"
    "اقرأ المزيد</a></div>",
    (
        "وُلد ابن زيدون في قرطبة سنة ألف وثلاث للميلاد",
        "عمل وزيرا في قرطبة ثم في إشبيلية",
        "اشتهر بقصائده في ولادة بنت المستكفي، وأشهرها النونية.",
    ),
    ("اقرأ المزيد",),
    path="shuara/ibn-zaydun",
)

add(
    "read_more_details_rest_of_text",
    SITES["he"],
    "תחנת הרכבת הישנה בחיפה",
    "<article class='entry'><h1>תחנת הרכבת הישנה בחיפה</h1>"
    + paras(
        "תחנת חיפה מזרח נפתחה בשנת 1905 כחלק מרכבת העמק.",
        "הבניין נבנה מאבן מקומית בסגנון של תחנות הרכבת העות'מאניות.",
    )
    + "<details class='more'><summary>להמשך קריאה</summary>"
    + paras(
        "במשך עשרות שנים שימשה התחנה גם כמחסן וכמשרדי הנהלה.",
        "היום פועל בה מוזיאון הרכבת ובו קרונות מכל התקופות.",
    )
    + "</details></article>",
    (
        "תחנת חיפה מזרח נפתחה בשנת 1905 כחלק מרכבת העמק.",
        "הבניין נבנה מאבן מקומית",
        "במשך עשרות שנים שימשה התחנה גם כמחסן וכמשרדי הנהלה.",
        "היום פועל בה מוזיאון הרכבת ובו קרונות מכל התקופות.",
    ),
    ("להמשך קריאה",),
    path="historia/tahanat-haifa",
)

add(
    "read_more_collapsed_description_listing",
    SITES["nl"],
    "Woning te huur: Kerkstraat 14",
    "<div class='listing'><h1>Woning te huur: Kerkstraat 14</h1><ul class='facts'>"
    "<li>3 kamers</li><li>92 m²</li></ul><div class='description collapsed' "
    "data-collapsed='true' style='max-height:140px;overflow:hidden'>"
    + paras(
        "Ruime benedenwoning in het centrum, op loopafstand van het station en de markt.",
        "De woning heeft een tuin op het zuiden en een eigen berging.",
        "Huisdieren zijn in overleg toegestaan; de woning is beschikbaar per 1 februari.",
    )
    + "</div><button class='description-toggle' aria-expanded='false'>Lees de volledige"
    " omschrijving</button><a class='btn-contact' href='#'>Neem contact op met de"
    " verhuurder</a></div>",
    (
        "Ruime benedenwoning in het centrum",
        "De woning heeft een tuin op het zuiden en een eigen berging.",
        "de woning is beschikbaar per 1 februari.",
    ),
    ("Lees de volledige omschrijving", "Neem contact op met de verhuurder"),
    template="portal",
    path="huur/kerkstraat-14",
)
