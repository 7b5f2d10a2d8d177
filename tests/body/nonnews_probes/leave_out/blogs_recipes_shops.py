"""Blog posts with an author card, an "about this blog" box and an archive widget; recipes
with a ratings box, a print button line and a newsletter ask; shop items with shipping and
returns blocks and "customers also bought"."""

from __future__ import annotations

from ._registry import PROBES, blog, recipe, shop

# --- Blogs ---------------------------------------------------------------------------------

PROBES.add(
    "en_blog_author_card_about_archive",
    "https://pinewhistle.example.org/2026/10/restoring-a-rowing-boat",
    blog(
        "en",
        "Restoring a rowing boat over one wet autumn",
        (
            "The boat came to us with a split transom and three coats of house paint that "
            "someone had brushed over the varnish sometime in the eighties.",
            "We stripped the hull with a heat gun and scrapers in the barn, working one plank "
            "at a time so the cedar would not dry out unevenly in the draught.",
            "By November the new transom was glued up from two boards of larch, and the boat "
            "floated on the mill pond without taking on more than a cupful of water.",
        ),
        blog_name="Pine Whistle",
        author_card="Marnie Oakes writes about boats, barns and slow repairs from a farm "
        "near Lower Tessing.",
        about_title="About this blog",
        about="Pine Whistle is a notebook of small wooden projects, kept since 2014 and "
        "updated whenever the weather allows.",
        archive_title="Archive",
        archive=("October 2026 (3)", "September 2026 (5)", "August 2026 (2)"),
    ),
    (
        "split transom and three coats of house paint",
        "working one plank at a time so the cedar would not dry out",
        "floated on the mill pond without taking on more than a cupful",
    ),
    (
        "writes about boats, barns and slow repairs",
        "a notebook of small wooden projects, kept since 2014",
        "September 2026 (5)",
    ),
)

PROBES.add(
    "de_blog_autorenbox_ueber_archiv",
    "https://wanderfeder.example.de/2026/09/hohenweg-in-drei-etappen",
    blog(
        "de",
        "Der Hohenweg in drei Etappen",
        (
            "Am ersten Tag fuhren wir mit dem Bus bis Kalmbach und stiegen von dort durch "
            "einen Buchenwald auf, der nach dem Regen der Nacht noch tropfte.",
            "Die zweite Etappe ist die längste: fast zwanzig Kilometer über den Kamm, mit nur "
            "einer Quelle unterwegs, an der wir alle Flaschen auffüllten.",
            "Am dritten Morgen lag Nebel im Tal, und wir sahen die Hütte erst, als wir schon "
            "fast vor ihrer Tür standen.",
        ),
        blog_name="Wanderfeder",
        author_card="Jonte Brammer wandert seit zwanzig Jahren durch die Mittelgebirge und "
        "schreibt hier über seine Touren.",
        about_title="Über diesen Blog",
        about="Wanderfeder sammelt Tourenberichte, Packlisten und Hüttentipps aus "
        "Mitteldeutschland, ohne Werbung und ohne Sponsoren.",
        archive_title="Archiv",
        archive=("September 2026 (4)", "August 2026 (6)", "Juli 2026 (1)"),
    ),
    (
        "stiegen von dort durch einen Buchenwald auf",
        "mit nur einer Quelle unterwegs, an der wir alle Flaschen auffüllten",
        "sahen die Hütte erst, als wir schon fast vor ihrer Tür standen",
    ),
    (
        "wandert seit zwanzig Jahren durch die Mittelgebirge",
        "sammelt Tourenberichte, Packlisten und Hüttentipps",
        "August 2026 (6)",
    ),
)

PROBES.add(
    "ja_blog_profile_card_archive",
    "https://kawabe-nikki.example.jp/entry/2026/10/05/ume",
    blog(
        "ja",
        "祖母の梅干しを初めて一人で漬けた話",
        (
            "今年の六月、祖母から教わった分量を思い出しながら、初めて一人で梅を漬けました。",
            "塩は梅の重さの一割五分、赤じそは庭で育てたものを二束使い、重石は漬物用の石を二つ重ねました。",
            "土用干しの三日間は晴れが続き、ざるの上で梅の皮がしわになっていくのを毎朝眺めていました。",
        ),
        blog_name="川辺日記",
        author_card="川辺ちひろ：地方の小さな町で、季節の手仕事と台所のことを書いています。",
        about_title="このブログについて",
        about="川辺日記は、暮らしの記録として二〇一八年から続けている個人のブログです。",
        archive_title="月別アーカイブ",
        archive=("2026年10月 (2)", "2026年9月 (4)", "2026年8月 (3)"),
    ),
    (
        "初めて一人で梅を漬けました",
        "赤じそは庭で育てたものを二束使い",
        "ざるの上で梅の皮がしわになっていくのを毎朝眺めていました",
    ),
    (
        "季節の手仕事と台所のことを書いています",
        "暮らしの記録として二〇一八年から続けている",
        "2026年9月 (4)",
    ),
)

PROBES.add(
    "ru_blog_avtor_o_bloge_arhiv",
    "https://severnyi-sad.example.ru/2026/08/ogurtsy-pod-plenkoi",
    blog(
        "ru",
        "Огурцы под плёнкой: что получилось в этом году",
        (
            "В мае мы натянули плёнку на старые дуги и посадили три сорта огурцов вдоль "
            "южной стены сарая.",
            "Самым урожайным оказался сорт с короткими плодами, который почти не болел даже "
            "в дождливую неделю в конце июля.",
            "На следующий год попробуем поливать тёплой водой из бочки и оставим больше "
            "места между рядами.",
        ),
        blog_name="Северный сад",
        author_card="Ольга Вересова — агроном на пенсии, ведёт огород под Вологдой и "
        "отвечает на вопросы читателей.",
        about_title="О блоге",
        about="Северный сад — заметки о том, что растёт в коротком лете, без рекламы удобрений "
        "и чудо-семян.",
        archive_title="Архив",
        archive=("Август 2026 (3)", "Июль 2026 (7)", "Июнь 2026 (4)"),
    ),
    (
        "посадили три сорта огурцов вдоль южной стены сарая",
        "почти не болел даже в дождливую неделю",
        "поливать тёплой водой из бочки",
    ),
    (
        "агроном на пенсии, ведёт огород под Вологдой",
        "заметки о том, что растёт в коротком лете",
        "Июль 2026 (7)",
    ),
)

PROBES.add(
    "ar_blog_author_box_about_archive",
    "https://daftar-safar.example.com/2026/07/rihla-ila-al-wadi",
    blog(
        "ar",
        "رحلة قصيرة إلى الوادي الأخضر",
        (
            "انطلقنا قبل شروق الشمس بساعة حتى نصل إلى مدخل الوادي قبل أن يشتد الحر.",
            "كان الطريق ترابيًا في معظمه، وتوقفنا مرتين عند عين ماء صغيرة تحيط بها أشجار النخيل.",
            "في المساء جلسنا مع صاحب المزرعة الذي حدثنا عن مواسم الحصاد أيام طفولته.",
        ),
        blog_name="دفتر سفر",
        author_card="سلمى الراشد كاتبة ومصورة، تكتب عن الرحلات القصيرة داخل البلاد.",
        about_title="عن المدونة",
        about="دفتر سفر مدونة شخصية تجمع يوميات الطريق والصور منذ عام ٢٠١٩.",
        archive_title="الأرشيف",
        archive=("يوليو ٢٠٢٦ (٢)", "يونيو ٢٠٢٦ (٥)", "مايو ٢٠٢٦ (٣)"),
        dir_="rtl",
    ),
    (
        "انطلقنا قبل شروق الشمس بساعة",
        "توقفنا مرتين عند عين ماء صغيرة",
        "حدثنا عن مواسم الحصاد أيام طفولته",
    ),
    (
        "كاتبة ومصورة، تكتب عن الرحلات القصيرة",
        "مدونة شخصية تجمع يوميات الطريق",
        "يونيو ٢٠٢٦ (٥)",
    ),
)

PROBES.add(
    "pt_blog_sobre_autora_arquivo",
    "https://linhaeagulha.example.com.br/2026/06/colcha-de-retalhos",
    blog(
        "pt-BR",
        "A colcha de retalhos que levou dois invernos",
        (
            "Comecei a colcha com sobras de camisas do meu pai, cortadas em quadrados de doze "
            "centímetros.",
            "O mais difícil foi alinhar as costuras do centro, que insistiam em sair tortas "
            "mesmo depois de passar cada bloco a ferro.",
            "Para o acabamento escolhi um viés azul-marinho e costurei tudo à mão, uma hora "
            "por noite, durante o mês de maio.",
        ),
        blog_name="Linha e Agulha",
        author_card="Teresa Caldas costura desde os nove anos e ensina patchwork em Campo Alegre.",
        about_title="Sobre o blog",
        about="Linha e Agulha reúne projetos de costura, moldes gratuitos e histórias de "
        "família desde 2016.",
        archive_title="Arquivo",
        archive=("junho 2026 (2)", "maio 2026 (4)", "abril 2026 (1)"),
    ),
    (
        "sobras de camisas do meu pai, cortadas em quadrados",
        "alinhar as costuras do centro",
        "costurei tudo à mão, uma hora por noite",
    ),
    (
        "costura desde os nove anos e ensina patchwork",
        "reúne projetos de costura, moldes gratuitos",
        "maio 2026 (4)",
    ),
)

# --- Recipes -------------------------------------------------------------------------------

PROBES.add(
    "it_recipe_rating_print_newsletter",
    "https://cucinadiluisa.example.it/ricette/torta-di-castagne",
    recipe(
        "it",
        "Torta di castagne della Val Bresca",
        (
            "Questa torta si faceva a casa di mia zia ogni novembre, quando le castagne "
            "arrivavano dal bosco in sacchi di iuta.",
            "Non contiene farina di frumento: la struttura viene tutta dalle castagne lessate e "
            "dalle uova montate a lungo.",
        ),
        ("500 g di castagne lessate e sbucciate", "4 uova", "120 g di zucchero di canna"),
        (
            "Passate le castagne al setaccio finché non diventano una crema liscia.",
            "Montate le uova con lo zucchero per almeno dieci minuti e unitele alla crema.",
            "Cuocete a 170 gradi per quaranta minuti e lasciate raffreddare nello stampo.",
        ),
        site="Cucina di Luisa",
        rating="4,8 su 5 (212 voti)",
        print_line="Stampa la ricetta",
        newsletter="Ricevi ogni venerdì le nuove ricette della settimana nella tua casella di "
        "posta.",
    ),
    (
        "le castagne arrivavano dal bosco in sacchi di iuta",
        "500 g di castagne lessate e sbucciate",
        "Montate le uova con lo zucchero per almeno dieci minuti",
    ),
    ("4,8 su 5 (212 voti)", "Stampa la ricetta", "Ricevi ogni venerdì le nuove ricette"),
)

PROBES.add(
    "fr_recette_note_imprimer_infolettre",
    "https://lapetitemarmite.example.fr/recettes/soupe-de-potiron-au-cumin",
    recipe(
        "fr",
        "Soupe de potiron au cumin",
        (
            "Chaque automne, le marché de Saint-Aubrac déborde de potirons, et cette soupe "
            "revient sur notre table au moins une fois par semaine.",
            "Le cumin torréfié à sec lui donne une note chaude sans masquer la douceur de la "
            "courge.",
        ),
        ("1 kg de potiron", "2 oignons jaunes", "1 cuillère à café de graines de cumin"),
        (
            "Faites griller le cumin à sec dans la cocotte jusqu'à ce qu'il embaume.",
            "Ajoutez les oignons émincés puis le potiron en cubes et couvrez d'eau.",
            "Laissez mijoter trente minutes puis mixez en ajoutant un filet de crème.",
        ),
        site="La Petite Marmite",
        rating="Note : 4,6/5 – 87 avis",
        print_line="Imprimer la recette",
        newsletter="Inscrivez-vous à notre lettre d'information et recevez un menu de saison "
        "chaque lundi.",
    ),
    (
        "le marché de Saint-Aubrac déborde de potirons",
        "1 cuillère à café de graines de cumin",
        "Faites griller le cumin à sec dans la cocotte",
    ),
    ("4,6/5 – 87 avis", "Imprimer la recette", "Inscrivez-vous à notre lettre d'information"),
)

PROBES.add(
    "hi_recipe_rating_print_newsletter",
    "https://rasoi-ki-baat.example.in/recipes/moong-dal-cheela",
    recipe(
        "hi",
        "मूंग दाल चीला",
        (
            "सर्दियों की सुबह हमारे घर में नाश्ते के लिए सबसे ज़्यादा बनने वाली चीज़ मूंग दाल का चीला है।",
            "दाल को रात भर भिगोकर रखने से घोल हल्का बनता है और चीले तवे पर चिपकते नहीं हैं।",
        ),
        ("एक कप धुली मूंग दाल", "एक छोटा टुकड़ा अदरक", "दो हरी मिर्च"),
        (
            "भीगी हुई दाल को अदरक और हरी मिर्च के साथ बारीक पीस लें।",
            "तवे पर थोड़ा तेल लगाकर एक कलछी घोल फैलाएँ और दोनों तरफ़ से सेंकें।",
        ),
        site="रसोई की बात",
        rating="4.7 रेटिंग (156 वोट)",
        print_line="रेसिपी प्रिंट करें",
        newsletter="हर रविवार नई रेसिपी सीधे अपने ईमेल में पाने के लिए सदस्यता लें।",
    ),
    (
        "मूंग दाल का चीला है",
        "दाल को रात भर भिगोकर रखने से घोल हल्का बनता है",
        "भीगी हुई दाल को अदरक और हरी मिर्च के साथ बारीक पीस लें",
    ),
    ("4.7 रेटिंग (156 वोट)", "रेसिपी प्रिंट करें", "हर रविवार नई रेसिपी"),
)

PROBES.add(
    "th_recipe_rating_print_newsletter",
    "https://khrua-ban-suan.example.co.th/menu/kaeng-liang",
    recipe(
        "th",
        "แกงเลียงผักรวม",
        (
            "แกงเลียงเป็นแกงที่แม่ทำบ่อยที่สุดในหน้าฝน เพราะผักในสวนหลังบ้านขึ้นงามทุกชนิด",
            "เคล็ดลับอยู่ที่พริกไทยอ่อนและหอมแดงที่โขลกให้ละเอียดก่อนใส่กุ้งแห้ง",
        ),
        ("ฟักทองครึ่งลูก", "ใบแมงลักหนึ่งกำ", "กุ้งแห้งสองช้อนโต๊ะ"),
        (
            "โขลกหอมแดง พริกไทย และกุ้งแห้งให้เข้ากันจนเป็นเนื้อเดียว",
            "ต้มน้ำให้เดือดแล้วละลายเครื่องแกง ใส่ฟักทองก่อนผักใบ",
        ),
        site="ครัวบ้านสวน",
        rating="คะแนน 4.9 จาก 64 รีวิว",
        print_line="พิมพ์สูตรนี้",
        newsletter="สมัครรับจดหมายข่าว รับสูตรอาหารใหม่ทุกวันศุกร์ทางอีเมล",
    ),
    (
        "แกงเลียงเป็นแกงที่แม่ทำบ่อยที่สุดในหน้าฝน",
        "ใบแมงลักหนึ่งกำ",
        "ใส่ฟักทองก่อนผักใบ",
    ),
    ("คะแนน 4.9 จาก 64 รีวิว", "พิมพ์สูตรนี้", "สมัครรับจดหมายข่าว"),
)

PROBES.add(
    "tr_tarif_puan_yazdir_bulten",
    "https://anneminmutfagi.example.com.tr/tarif/kabak-tatlisi",
    recipe(
        "tr",
        "Cevizli kabak tatlısı",
        (
            "Bu tatlıyı her kasım ayında pazardan ilk bal kabağını aldığımızda yaparız.",
            "Kabağı suya hiç koymadan, kendi suyunda pişirmek tatlının rengini koyu ve "
            "parlak tutuyor.",
        ),
        ("1 kg bal kabağı", "1 su bardağı toz şeker", "yarım su bardağı iri çekilmiş ceviz"),
        (
            "Kabakları dilimleyip tencereye dizin ve üzerine şekeri serpip bir gece bekletin.",
            "Ertesi gün kısık ateşte kendi suyunu çekene kadar pişirin.",
        ),
        site="Annemin Mutfağı",
        rating="5 üzerinden 4,8 puan (301 oy)",
        print_line="Tarifi yazdır",
        newsletter="Yeni tarifleri her hafta e-posta kutunuzda görmek için bültenimize abone olun.",
    ),
    (
        "pazardan ilk bal kabağını aldığımızda yaparız",
        "yarım su bardağı iri çekilmiş ceviz",
        "kendi suyunu çekene kadar pişirin",
    ),
    ("4,8 puan (301 oy)", "Tarifi yazdır", "bültenimize abone olun"),
)

# --- Shops ---------------------------------------------------------------------------------

PROBES.add(
    "nl_shop_verzending_retour_ook_gekocht",
    "https://dekeramiekschuur.example.nl/product/schenkkan-zeegroen",
    shop(
        "nl",
        "Schenkkan zeegroen, 1 liter",
        (
            "Deze schenkkan wordt in ons atelier in Oudewerf op de draaischijf gemaakt en "
            "met een zeegroene glazuur afgewerkt.",
            "Door het handwerk verschilt elke kan een beetje in kleur en vorm; kleine "
            "belletjes in het glazuur horen erbij.",
        ),
        shop_name="De Keramiekschuur",
        price="€ 48,00",
        cart="In winkelwagen",
        shipping="Gratis verzending binnen Nederland vanaf € 50, verzonden binnen twee werkdagen.",
        returns="Retourneren kan binnen 30 dagen in de originele verpakking.",
        also_title="Klanten kochten ook",
        also=("Mok zeegroen", "Schaal klein, zandkleur", "Theelichthouder"),
    ),
    (
        "op de draaischijf gemaakt en met een zeegroene glazuur afgewerkt",
        "kleine belletjes in het glazuur horen erbij",
    ),
    ("Gratis verzending binnen Nederland", "Retourneren kan binnen 30 dagen", "Mok zeegroen"),
)

PROBES.add(
    "pl_sklep_dostawa_zwroty_inni_kupili",
    "https://welnianykosz.example.pl/produkt/koc-z-welny-owczej",
    shop(
        "pl",
        "Koc z wełny owczej, kratka",
        (
            "Koc tkamy na starym krośnie w Podgórzu z wełny owiec hodowanych na okolicznych "
            "halach.",
            "Wełna nie jest barwiona chemicznie: brązy i szarości to naturalne kolory runa.",
        ),
        shop_name="Wełniany Kosz",
        price="389 zł",
        cart="Dodaj do koszyka",
        shipping="Dostawa kurierem w ciągu 3 dni roboczych, darmowa od 300 zł.",
        returns="Masz 14 dni na zwrot towaru bez podania przyczyny.",
        also_title="Klienci kupili również",
        also=("Poduszka wełniana", "Kapcie filcowe", "Szal z alpaki"),
    ),
    ("tkamy na starym krośnie w Podgórzu", "naturalne kolory runa"),
    ("Dostawa kurierem w ciągu 3 dni", "14 dni na zwrot towaru", "Kapcie filcowe"),
)

PROBES.add(
    "ko_shop_baesong_banpum_hamkke",
    "https://haneul-dogu.example.co.kr/goods/1024",
    shop(
        "ko",
        "편백나무 도마 (중형)",
        (
            "이 도마는 전남 장흥에서 자란 편백나무를 한 장의 판으로 잘라 만들었습니다.",
            "표면은 식물성 오일로만 마감해 칼자국이 나도 사포로 가볍게 다듬어 오래 쓸 수 있습니다.",
        ),
        shop_name="하늘도구",
        price="38,000원",
        cart="장바구니 담기",
        shipping="오후 2시 이전 주문은 당일 출고되며 5만 원 이상 무료배송입니다.",
        returns="상품 수령 후 7일 이내 교환 및 반품이 가능합니다.",
        also_title="함께 구매한 상품",
        also=("원목 주걱 세트", "도마 전용 오일", "삼베 행주"),
    ),
    ("편백나무를 한 장의 판으로 잘라 만들었습니다", "사포로 가볍게 다듬어 오래 쓸 수 있습니다"),
    ("당일 출고되며 5만 원 이상 무료배송", "7일 이내 교환 및 반품", "원목 주걱 세트"),
)

PROBES.add(
    "zh_shop_peisong_tuihuan_kehu_haimai",
    "https://chashanxiaopu.example.cn/item/882",
    shop(
        "zh",
        "高山乌龙茶 150克",
        (
            "这款乌龙茶采自海拔一千二百米的茶园，每年只在春分前后采摘一次。",
            "茶叶经过轻度烘焙，冲泡后汤色金黄，回甘持久，适合用紫砂壶或盖碗冲泡。",
        ),
        shop_name="茶山小铺",
        price="¥ 168",
        cart="加入购物车",
        shipping="全国包邮，下单后四十八小时内发货。",
        returns="七天无理由退换，请保持包装完好。",
        also_title="购买此商品的顾客还买了",
        also=("白瓷盖碗", "竹制茶盘", "陈年普洱 100克"),
    ),
    ("采自海拔一千二百米的茶园", "冲泡后汤色金黄，回甘持久"),
    ("全国包邮", "七天无理由退换", "竹制茶盘"),
)

PROBES.add(
    "he_shop_mishloach_hachzarot_knu_gam",
    "https://sadna-katana.example.co.il/product/sal-kash",
    shop(
        "he",
        "סל קש קלוע בעבודת יד",
        (
            "הסל נקלע בסדנה שלנו בגליל מקש חיטה שנקצר בשדות הסמוכים בתחילת הקיץ.",
            "כל סל לוקח כשלושה ימי עבודה, ולכן הצורה והגוון משתנים מעט מפריט לפריט.",
        ),
        shop_name="סדנה קטנה",
        price="₪ 220",
        cart="הוספה לסל",
        shipping="משלוח עד הבית תוך חמישה ימי עסקים, חינם בהזמנה מעל 300 ש״ח.",
        returns="ניתן להחזיר את המוצר תוך 14 יום מיום קבלתו.",
        also_title="לקוחות קנו גם",
        also=("תחתיות קש", "מגש קלוע עגול", "סל פירות קטן"),
        dir_="rtl",
    ),
    ("נקלע בסדנה שלנו בגליל מקש חיטה", "כל סל לוקח כשלושה ימי עבודה"),
    ("משלוח עד הבית תוך חמישה ימי עסקים", "ניתן להחזיר את המוצר תוך 14 יום", "מגש קלוע עגול"),
)
