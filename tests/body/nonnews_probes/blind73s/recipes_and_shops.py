"""The blind73s probe's first part: recipes (ingredient tables, steps under headings, a
recipe card's print and rating row, a nutrition table) and shop pages (spec tables, the
price block, readers' reviews, "customers also bought")."""

from __future__ import annotations

from ._kit import SITES, add, buy_box, paras, rows, steps


def _card_actions(*labels: str) -> str:
    return (
        "<div class='recipe-card-actions'>"
        + "".join(f"<a class='btn' href='#'>{label}</a>" for label in labels)
        + "</div>"
    )


def _reviews(title: str, *entries: tuple[str, str]) -> str:
    items = "".join(
        f"<div class='review-item'><div class='review-author'>{who}</div><div "
        f"class='review-rating'>★★★★☆</div><p class='review-text'>{text}</p></div>"
        for who, text in entries
    )
    return f"<section id='reviews' class='product-reviews'><h2>{title}</h2>{items}</section>"


def _also(title: str, *names: str) -> str:
    items = "".join(
        f"<li class='product-tile'><a href='/p/{n}'><img src='/p{n}.jpg' alt=''>{name}</a>"
        "<span class='price'>9,90</span></li>"
        for n, name in enumerate(names)
    )
    return f"<section class='cross-sell'><h2>{title}</h2><ul>{items}</ul></section>"


add(
    "recipe_ingredient_table_and_steps",
    SITES["it"],
    "Pasta e ceci alla romana",
    "<article class='recipe'><h1>Pasta e ceci alla romana</h1>"
    + _card_actions("Stampa la ricetta", "Salva nei preferiti")
    + paras("Un primo povero della cucina romana, denso e profumato di rosmarino.")
    + "<h2>Ingredienti</h2>"
    + rows(("200 g", "ceci lessati"), ("160 g", "ditalini"), ("1 rametto", "rosmarino"))
    + "<h2>Preparazione</h2>"
    + steps(
        "Scaldate l'olio con l'aglio e il rosmarino per due minuti.",
        "Unite i ceci e frullatene la metà con un mestolo di acqua di cottura.",
        "Cuocete i ditalini nella crema di ceci e servite con pepe nero.",
    )
    + "<div class='recipe-rating'><p>Vota questa ricetta</p><span>4,6 su 5 (212 voti)</span>"
    "</div></article>",
    (
        "Un primo povero della cucina romana",
        "ceci lessati",
        "ditalini",
        "Scaldate l'olio con l'aglio e il rosmarino per due minuti.",
        "Cuocete i ditalini nella crema di ceci e servite con pepe nero.",
    ),
    ("Stampa la ricetta", "Salva nei preferiti", "Vota questa ricetta", "212 voti"),
    path="ricette/pasta-e-ceci",
)

add(
    "recipe_step_headings_with_pictures",
    SITES["pt"],
    "Pão de queijo mineiro",
    "<div class='wprm-recipe-container'><h1>Pão de queijo mineiro</h1><div "
    "class='wprm-recipe-summary'><p>Crocante por fora e macio por dentro, como na padaria da "
    "esquina.</p></div><div class='wprm-recipe-meta'><span>Preparo: 20 min</span><span>Forno:"
    " 25 min</span><span>Rende: 30 unidades</span></div><h3>Ingredientes</h3><ul "
    "class='wprm-recipe-ingredients'><li>500 g de polvilho azedo</li><li>250 ml de leite</li>"
    "<li>2 ovos</li><li>200 g de queijo meia cura ralado</li></ul><h3>Modo de preparo</h3>"
    "<div class='wprm-recipe-instruction'><h4>Passo 1</h4><img src='/p1.jpg' alt=''><p>Ferva o"
    " leite com o óleo e escalde o polvilho, mexendo até esfriar.</p></div><div "
    "class='wprm-recipe-instruction'><h4>Passo 2</h4><img src='/p2.jpg' alt=''><p>Junte os ovos"
    " um a um e depois o queijo, sovando até a massa desgrudar das mãos.</p></div><div "
    "class='wprm-recipe-instruction'><h4>Passo 3</h4><p>Faça bolinhas e asse a 180 graus até "
    "dourarem.</p></div><div class='wprm-recipe-rating'><span>Avalie esta receita</span>"
    "</div><a class='wprm-recipe-print' href='#'>Imprimir receita</a></div>",
    (
        "Crocante por fora e macio por dentro",
        "500 g de polvilho azedo",
        "200 g de queijo meia cura ralado",
        "Ferva o leite com o óleo e escalde o polvilho",
        "Junte os ovos um a um e depois o queijo",
        "Faça bolinhas e asse a 180 graus até dourarem.",
    ),
    ("Avalie esta receita", "Imprimir receita"),
    path="receitas/pao-de-queijo",
)

add(
    "recipe_nutrition_table_and_jump_link",
    SITES["el"],
    "Φασολάδα της γιαγιάς",
    "<article class='post'><h1>Φασολάδα της γιαγιάς</h1><p class='jump'><a href='#recipe'>"
    "Μετάβαση στη συνταγή</a></p>"
    + paras(
        "Η φασολάδα είναι το εθνικό φαγητό του χειμώνα και κάθε σπίτι έχει τη δική του εκδοχή.",
        "Το μυστικό είναι να μουλιάσετε τα φασόλια από το βράδυ.",
    )
    + "<div id='recipe' class='recipe-card'><h2>Υλικά</h2><ul><li>500 γρ. ξερά φασόλια</li>"
    "<li>2 καρότα</li><li>1 κλωνάρι σέλινο</li></ul><h2>Εκτέλεση</h2>"
    + steps(
        "Βράστε τα φασόλια για δέκα λεπτά και πετάξτε το νερό.",
        "Προσθέστε τα λαχανικά και σιγοβράστε για μιάμιση ώρα.",
    )
    + "<h3>Διατροφική αξία ανά μερίδα</h3>"
    + rows(("Θερμίδες", "310 kcal"), ("Πρωτεΐνες", "17 γρ."))
    + "</div>",
    (
        "Η φασολάδα είναι το εθνικό φαγητό του χειμώνα",
        "500 γρ. ξερά φασόλια",
        "Βράστε τα φασόλια για δέκα λεπτά και πετάξτε το νερό.",
        "Προσθέστε τα λαχανικά και σιγοβράστε για μιάμιση ώρα.",
        "310 kcal",
    ),
    ("Μετάβαση στη συνταγή",),
    path="syntages/fasolada",
)

add(
    "recipe_japanese_ingredient_dl",
    SITES["ja"],
    "基本の肉じゃが",
    "<div class='recipe-detail'><h1>基本の肉じゃが</h1><p class='recipe-lead'>"
    "甘辛い煮汁がじゃがいもにしみた、家庭の定番おかずです。</p><div class='recipe-fav'><button>"
    "お気に入りに追加</button><span>つくれぽ 1,204件</span></div><h2>材料（2人分）</h2><dl "
    "class='ingredients'><dt>じゃがいも</dt><dd>3個</dd><dt>牛こま切れ肉</dt><dd>150g</dd>"
    "<dt>玉ねぎ</dt><dd>1個</dd></dl><h2>作り方</h2>"
    + steps(
        "じゃがいもは皮をむいて一口大に切り、水にさらす。",
        "鍋で肉を炒め、色が変わったら野菜を加える。",
        "だし汁と調味料を入れ、落としぶたをして十五分煮る。",
    )
    + "<div class='recipe-tsukurepo'><h3>みんなのつくれぽ</h3><p>子どもが喜んで食べました！</p>"
    "</div></div>",
    (
        "甘辛い煮汁がじゃがいもにしみた",
        "じゃがいも",
        "牛こま切れ肉",
        "じゃがいもは皮をむいて一口大に切り、水にさらす。",
        "だし汁と調味料を入れ、落としぶたをして十五分煮る。",
    ),
    ("お気に入りに追加", "つくれぽ 1,204件", "子どもが喜んで食べました"),
    path="recipe/nikujaga",
)

add(
    "recipe_arabic_tips_box",
    SITES["ar"],
    "طريقة عمل الكبسة باللحم",
    "<article class='recipe'><h1>طريقة عمل الكبسة باللحم</h1>"
    + paras("الكبسة طبق الأرز الأشهر في الخليج، وتطبخ عادة في المناسبات العائلية.")
    + "<h2>المكونات</h2><ul><li>كيلو لحم غنم</li><li>ثلاثة أكواب أرز بسمتي</li><li>ملعقة بهارات"
    " الكبسة</li></ul><h2>طريقة التحضير</h2>"
    + steps(
        "يحمّر البصل في السمن ثم يضاف اللحم والبهارات.",
        "يغمر اللحم بالماء ويترك ليطهى ساعة كاملة.",
        "يضاف الأرز إلى المرق ويطهى على نار هادئة حتى ينضج.",
    )
    + "<div class='recipe-tip'><strong>نصيحة:</strong> انقعوا الأرز نصف ساعة قبل الطهي.</div>"
    "<div class='rate-box'><span>قيّم الوصفة</span></div></article>",
    (
        "الكبسة طبق الأرز الأشهر في الخليج",
        "كيلو لحم غنم",
        "يحمّر البصل في السمن ثم يضاف اللحم والبهارات.",
        "يضاف الأرز إلى المرق ويطهى على نار هادئة حتى ينضج.",
        "انقعوا الأرز نصف ساعة قبل الطهي.",
    ),
    ("قيّم الوصفة",),
    path="wasfat/kabsa",
)

add(
    "recipe_czech_blog_with_comments",
    SITES["cs"],
    "Babiččiny kynuté knedlíky",
    "<article class='post'><h1>Babiččiny kynuté knedlíky</h1>"
    + paras(
        "Knedlíky podle babičky dělám každou neděli a ještě se mi nestalo, že by nevykynuly.",
        "Důležité je mít všechny suroviny pokojové teploty.",
    )
    + "<h2>Suroviny</h2>"
    + rows(("hrubá mouka", "500 g"), ("droždí", "20 g"), ("mléko", "250 ml"), head=("", ""))
    + "<h2>Postup</h2>"
    + steps(
        "Z droždí, cukru a vlažného mléka připravte kvásek.",
        "Vypracujte hladké těsto a nechte ho hodinu kynout.",
        "Vytvarujte šišky a vařte je dvacet minut v osolené vodě.",
    )
    + "</article><section class='comments-area'><h3>Komentáře (2)</h3><ol class='comment-list'>"
    "<li class='comment'><cite>Jana</cite><p>Dělala jsem podle vás a byly skvělé.</p></li><li "
    "class='comment'><cite>Petr</cite><p>Dá se použít sušené droždí?</p></li></ol></section>",
    (
        "Knedlíky podle babičky dělám každou neděli",
        "hrubá mouka",
        "Z droždí, cukru a vlažného mléka připravte kvásek.",
        "Vytvarujte šišky a vařte je dvacet minut v osolené vodě.",
    ),
    ("Dělala jsem podle vás a byly skvělé.", "Dá se použít sušené droždí?", "Komentáře (2)"),
    path="recepty/knedliky",
)

add(
    "shop_spec_table_and_buy_box",
    SITES["de"],
    "Akku-Bohrschrauber BS 18 Kompakt",
    "<div class='product-detail'><div class='product-gallery'><img src='/bs18.jpg' alt=''>"
    "</div><div class='product-summary'><h1>Akku-Bohrschrauber BS 18 Kompakt</h1>"
    + buy_box("89,00 €", "Auf Lager, Lieferung in 2–3 Werktagen", "In den Warenkorb")
    + "</div><div class='product-description'><h2>Beschreibung</h2>"
    + paras(
        "Der BS 18 Kompakt ist mit 1,1 kg leicht genug für Arbeiten über Kopf.",
        "Das zweistufige Getriebe wechselt zwischen Bohren und Schrauben ohne Werkzeug.",
    )
    + "<h2>Technische Daten</h2>"
    + rows(("Spannung", "18 V"), ("Drehmoment", "45 Nm"), ("Gewicht", "1,1 kg"))
    + "</div>"
    + _reviews(
        "Kundenbewertungen",
        ("Holger", "Hält seit einem Jahr jede Baustelle aus."),
        ("Mira", "Akku könnte länger halten."),
    )
    + _also("Kunden kauften auch", "Bitset 32-teilig", "Ersatzakku 4 Ah")
    + "</div>",
    (
        "Der BS 18 Kompakt ist mit 1,1 kg leicht genug für Arbeiten über Kopf.",
        "Das zweistufige Getriebe wechselt zwischen Bohren und Schrauben ohne Werkzeug.",
        "Drehmoment",
        "45 Nm",
    ),
    (
        "In den Warenkorb",
        "Auf Lager, Lieferung in 2–3 Werktagen",
        "Hält seit einem Jahr jede Baustelle aus.",
        "Akku könnte länger halten.",
        "Kunden kauften auch",
        "Bitset 32-teilig",
    ),
    path="werkzeug/bs-18-kompakt",
)

add(
    "shop_dl_specs_and_review_summary",
    SITES["fi"],
    "Villasukat Kaamos, harmaa",
    "<main class='product'><h1 class='product-title'>Villasukat Kaamos, harmaa</h1>"
    + buy_box("24,90 €", "Varastossa 12 kpl", "Lisää ostoskoriin")
    + "<div class='product-info'>"
    + paras(
        "Kaamos-sukat neulotaan Suomessa kotimaisesta lampaanvillasta.",
        "Vahvistettu kantapää kestää myös talvikengissä.",
    )
    + "<dl class='product-attributes'><dt>Materiaali</dt><dd>80 % villa, 20 % polyamidi</dd>"
    "<dt>Koot</dt><dd>36–46</dd><dt>Pesu</dt><dd>Villapesu 30 °C</dd></dl></div><div "
    "class='review-summary'><span class='stars'>4,8</span><span>(57 arvostelua)</span></div>"
    + _reviews(
        "Asiakkaiden arviot",
        ("Tuula", "Lämpimimmät sukat mitä olen omistanut."),
        ("Ari", "Koko vastasi hyvin."),
    )
    + "</main>",
    (
        "Kaamos-sukat neulotaan Suomessa kotimaisesta lampaanvillasta.",
        "Vahvistettu kantapää kestää myös talvikengissä.",
        "80 % villa, 20 % polyamidi",
        "Villapesu 30 °C",
    ),
    (
        "Lisää ostoskoriin",
        "Varastossa 12 kpl",
        "57 arvostelua",
        "Lämpimimmät sukat mitä olen omistanut.",
        "Koko vastasi hyvin.",
    ),
    path="tuote/kaamos-harmaa",
)

add(
    "shop_korean_product_tabs",
    SITES["ko"],
    "무선 전기주전자 K-17",
    "<div class='prd-detail'><h1>무선 전기주전자 K-17</h1>"
    + buy_box("39,000원", "오늘 출발 상품", "장바구니 담기")
    + "<ul class='tab-menu'><li><a href='#info'>상품정보</a></li><li><a href='#qna'>"
    "상품문의 (8)</a></li></ul><div id='info' class='tab-content'>"
    + paras(
        "1.7리터 용량으로 네 명이 마실 물을 4분 만에 끓입니다.",
        "물이 끓으면 자동으로 전원이 꺼집니다.",
    )
    + rows(("용량", "1.7L"), ("소비전력", "1850W"), ("본체 소재", "스테인리스"))
    + "</div><div id='qna' class='tab-content qna-list'><p class='qna-item'>배송은 언제 되나요?</p>"
    "</div>" + _also("함께 본 상품", "유리 티포트", "원두 그라인더") + "</div>",
    (
        "1.7리터 용량으로 네 명이 마실 물을 4분 만에 끓입니다.",
        "물이 끓으면 자동으로 전원이 꺼집니다.",
        "1850W",
        "스테인리스",
    ),
    ("장바구니 담기", "오늘 출발 상품", "배송은 언제 되나요?", "함께 본 상품", "유리 티포트"),
    path="goods/k17",
)

add(
    "shop_turkish_variant_table",
    SITES["tr"],
    "El dokuması Kilim Yastık Kılıfı",
    "<div class='product-page'><h1>El dokuması Kilim Yastık Kılıfı</h1>"
    + buy_box("450 TL", "Son 3 ürün", "Sepete Ekle")
    + "<div class='product-desc'>"
    + paras(
        "Kılıflar Uşak'ta yün ipliklerle tezgahta dokunuyor.",
        "Her parça elde dokunduğu için desenler birbirinden biraz farklıdır.",
    )
    + "<h3>Ölçüler ve renkler</h3>"
    + rows(
        ("40 x 40 cm", "Kırmızı", "450 TL"),
        ("50 x 50 cm", "Lacivert", "520 TL"),
        head=("Ölçü", "Renk", "Fiyat"),
    )
    + "</div><div class='shipping-info'><p>150 TL üzeri kargo bedava</p></div>"
    + _reviews("Ürün Yorumları", ("Ayşe", "Renkleri fotoğraftakinden daha canlı."))
    + "</div>",
    (
        "Kılıflar Uşak'ta yün ipliklerle tezgahta dokunuyor.",
        "Her parça elde dokunduğu için desenler",
        "Lacivert",
        "50 x 50 cm",
    ),
    (
        "Sepete Ekle",
        "Son 3 ürün",
        "150 TL üzeri kargo bedava",
        "Renkleri fotoğraftakinden daha canlı.",
    ),
    path="urun/kilim-yastik",
)

add(
    "shop_hebrew_book_page",
    SITES["he"],
    "מסילות במדבר: היסטוריה של הרכבת בנגב",
    "<div class='book-page'><h1>מסילות במדבר: היסטוריה של הרכבת בנגב</h1>"
    + buy_box("₪ 88", "במלאי", "הוספה לסל")
    + "<div class='book-about'><h2>על הספר</h2>"
    + paras(
        "הספר מספר את סיפורה של המסילה הראשונה שנבנתה בנגב ואת האנשים שבנו אותה.",
        "המחבר אסף עשרות עדויות של עובדי הרכבת ומשפחותיהם.",
    )
    + "</div><div class='book-details'><h2>פרטי הספר</h2>"
    + rows(("מספר עמודים", "312"), ("שנת הוצאה", "2026"), ("כריכה", "רכה"))
    + "</div>"
    + _also("לקוחות שקנו ספר זה קנו גם", "תחנות שנשכחו")
    + "</div>",
    (
        "הספר מספר את סיפורה של המסילה הראשונה שנבנתה בנגב",
        "המחבר אסף עשרות עדויות של עובדי הרכבת ומשפחותיהם.",
        "מספר עמודים",
        "312",
    ),
    ("הוספה לסל", "לקוחות שקנו ספר זה קנו גם", "תחנות שנשכחו"),
    path="books/mesilot",
)
