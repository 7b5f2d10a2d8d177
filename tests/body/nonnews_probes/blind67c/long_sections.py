"""The blind67c probe's first part, long pages whose structure is the text's: a Portuguese
long read of sections in their own wrappers between ads, a Polish comparison of headings
and tables, a Turkish how-to of step boxes with images, a Vietnamese changelog, an
Indonesian glossary in ``<dl>``, a Czech interview of bold questions, a Greek poem in
``<br>`` lines, a Hebrew list article of headed items between ads, an Arabic long read with
"read also" boxes and a Japanese manual page of sections with code."""

from __future__ import annotations

from ..blind66._kit import comment_prompt, newsletter, paras, share
from ._kit import Site, add

PT = Site(
    lang="pt",
    name="Revista Maré Alta",
    host="marealta.example.pt",
    nav=("Reportagens", "Ensaios", "Viagens", "Sobre nós"),
    cookie="Este sítio utiliza cookies para melhorar a sua experiência de leitura.",
    share="Partilhar esta reportagem",
    newsletter="Receba as nossas grandes reportagens todos os domingos no seu e-mail.",
    comment="Deixe o seu comentário",
    related_title="Também vai gostar de ler",
    related=("As últimas salinas do Sado", "Um inverno no farol da Berlenga"),
    footer="Todos os direitos reservados à Cooperativa Maré Alta.",
)


def _pt_ad(n: int) -> str:
    return (
        f"<div class='ad-slot ad-inarticle' id='ad-{n}'><span class='ad-label'>Publicidade"
        f"</span><div class='adsbygoogle' data-ad-slot='88{n}'></div></div>"
    )


add(
    "long_read_sections_between_ads",
    PT,
    "Os guardiões do rio Mondego",
    "<article class='longform'><header class='longform-header'><h1>Os guardiões do rio "
    "Mondego</h1><p class='byline'>Por Inês Carvalhal</p></header><div class='longform-body'>"
    "<section class='chapter' id='c1'><h2>I. A nascente</h2>"
    + paras(
        "Na serra da Estrela, a água do Mondego nasce num fio tão fino que os pastores dizem "
        "que se pode tapar com a palma da mão.",
        "Foi ali que conhecemos o senhor Albano, que há quarenta anos limpa as margens "
        "sem que ninguém lho tenha pedido.",
    )
    + "</section>"
    + _pt_ad(1)
    + "<section class='chapter' id='c2'><h2>II. As aldeias de xisto</h2>"
    + paras(
        "Mais abaixo, nas aldeias de xisto, o rio é lavadouro, piscina e estrada, e cada "
        "família tem a sua pedra preferida na margem.",
        "A dona Celeste guarda num caderno as datas de todas as cheias desde 1962, "
        "escritas a lápis com a mesma letra cuidadosa.",
    )
    + "</section>"
    + newsletter(PT)
    + "<section class='chapter' id='c3'><h2>III. A cidade</h2>"
    + paras(
        "Em Coimbra, o rio alarga-se e os estudantes atravessam-no de barco a remos nas "
        "tardes de maio, como os avós faziam.",
    )
    + "</section>"
    + _pt_ad(2)
    + "<section class='chapter' id='c4'><h2>IV. A foz</h2>"
    + paras(
        "Na Figueira da Foz, o Mondego encontra o mar sem cerimónia, misturando a sua água "
        "doce com as ondas frias do Atlântico.",
        "O senhor Albano nunca lá foi: diz que lhe basta saber que a água que limpa chega "
        "até ao fim.",
    )
    + "</section></div>"
    + share(PT)
    + "</article>"
    + comment_prompt(PT),
    (
        "a água do Mondego nasce num fio tão fino",
        "A dona Celeste guarda num caderno as datas de todas as cheias desde 1962",
        "os estudantes atravessam-no de barco a remos",
        "O senhor Albano nunca lá foi",
        "III. A cidade",
    ),
    ("Publicidade",),
)

PL = Site(
    lang="pl",
    name="Sprzętownik",
    host="sprzetownik.example.pl",
    nav=("Testy", "Porównania", "Poradniki", "Kontakt"),
    cookie="Korzystamy z plików cookie, aby strona działała poprawnie.",
    share="Udostępnij porównanie",
    newsletter="Zapisz się na cotygodniowy przegląd promocji i testów.",
    comment="Napisz komentarz",
    related_title="Przeczytaj również",
    related=("Najlepsze słuchawki do biegania", "Jaki router do mieszkania?"),
    footer="Sprzętownik sp. z o.o., wszelkie prawa zastrzeżone.",
)

add(
    "comparison_tables_headings",
    PL,
    "Czajnik elektryczny czy na gaz? Porównanie trzech modeli",
    "<article class='post'><h1 class='entry-title'>Czajnik elektryczny czy na gaz? Porównanie "
    "trzech modeli</h1><div class='entry-content'>"
    + paras(
        "Sprawdziliśmy trzy czajniki w codziennym użyciu przez miesiąc, mierząc czas "
        "gotowania i zużycie energii.",
    )
    + "<h2>Parametry</h2><figure class='wp-block-table'><table><thead><tr><th>Model</th>"
    "<th>Pojemność</th><th>Czas zagotowania 1 l</th></tr></thead><tbody><tr><td>Wrzątek 2000"
    "</td><td>1,7 l</td><td>3 min 10 s</td></tr><tr><td>Gejzer Mini</td><td>1,0 l</td><td>"
    "4 min 45 s</td></tr><tr><td>Kuchenny Klasyk</td><td>2,5 l</td><td>6 min 20 s</td></tr>"
    "</tbody></table></figure><h2>Zużycie energii</h2>"
    + paras("Różnice w rachunkach okazały się mniejsze, niż się spodziewaliśmy.")
    + "<figure class='wp-block-table'><table><tbody><tr><td>Wrzątek 2000</td><td>0,11 kWh na "
    "litr</td></tr><tr><td>Gejzer Mini</td><td>0,09 kWh na litr</td></tr></tbody></table>"
    "</figure><h2>Werdykt</h2>"
    + paras(
        "Do małej kuchni wybralibyśmy Gejzer Mini, a dla rodziny Wrzątek 2000, który "
        "gotuje najszybciej.",
    )
    + "</div>"
    + share(PL)
    + "</article>"
    + comment_prompt(PL),
    (
        "Sprawdziliśmy trzy czajniki w codziennym użyciu",
        "4 min 45 s",
        "Kuchenny Klasyk",
        "0,09 kWh na litr",
        "Do małej kuchni wybralibyśmy Gejzer Mini",
    ),
)

TR = Site(
    lang="tr",
    name="Elişi Atölyesi",
    host="elisiatolyesi.example.com.tr",
    nav=("Projeler", "Malzemeler", "Videolar", "İletişim"),
    cookie="Sitemizde çerezler kullanılmaktadır.",
    share="Bu projeyi paylaş",
    newsletter="Yeni projelerden haberdar olmak için bültenimize abone olun.",
    comment="Yorum yaz",
    related_title="Benzer projeler",
    related=("Keçeden anahtarlık", "Kavanozdan mumluk"),
    footer="Elişi Atölyesi © tüm hakları saklıdır.",
)


def _tr_step(n: int, title: str, text: str) -> str:
    return (
        f"<div class='howto-step' id='step-{n}'><div class='step-number'>{n}</div><div "
        f"class='step-media'><img src='/img/adim{n}.jpg' alt='Adım {n}'></div><div "
        f"class='step-body'><div class='step-title'>{title}</div><div class='step-text'>"
        f"{text}</div></div></div>"
    )


add(
    "howto_step_divs_images",
    TR,
    "Eski kot pantolondan bez çanta nasıl yapılır?",
    "<div class='project'><h1>Eski kot pantolondan bez çanta nasıl yapılır?</h1><div "
    "class='project-intro'>Dolabınızda giymediğiniz bir kot varsa, bir öğleden sonrada "
    "sağlam bir alışveriş çantasına dönüştürebilirsiniz.</div><div class='howto-steps'>"
    + _tr_step(1, "Paçaları kesin", "Pantolonun paçalarını diz hizasından düz bir çizgiyle kesin.")
    + _tr_step(2, "Alt kenarı dikin", "Ters çevirip alt kenarı iki kez dikerek sağlamlaştırın.")
    + "<div class='ad-container'><span>Reklam</span></div>"
    + _tr_step(
        3,
        "Sapları hazırlayın",
        "Kesilen paçalardan iki uzun şerit çıkarıp katlayarak sap yapın.",
    )
    + _tr_step(4, "Sapları takın", "Sapları bel kısmının iç tarafına çapraz dikişle tutturun.")
    + "</div><div class='project-note'>İpucu: kalın kumaş için 90 numara iğne kullanın."
    "</div></div>" + share(TR) + comment_prompt(TR),
    (
        "sağlam bir alışveriş çantasına dönüştürebilirsiniz",
        "Pantolonun paçalarını diz hizasından düz bir çizgiyle kesin.",
        "Kesilen paçalardan iki uzun şerit çıkarıp katlayarak sap yapın.",
        "Sapları bel kısmının iç tarafına çapraz dikişle tutturun.",
    ),
    ("Reklam",),
)

VI = Site(
    lang="vi",
    name="Sổ Tay Lập Trình",
    host="sotaylaptrinh.example.vn",
    nav=("Tài liệu", "Tải về", "Diễn đàn", "Giới thiệu"),
    cookie="Trang web này sử dụng cookie để cải thiện trải nghiệm.",
    share="Chia sẻ trang này",
    newsletter="Đăng ký nhận thông báo khi có phiên bản mới.",
    comment="Gửi phản hồi",
    related_title="Bài viết liên quan",
    related=("Hướng dẫn cài đặt trên Windows", "Câu hỏi thường gặp"),
    footer="Mã nguồn mở theo giấy phép MIT.",
)

add(
    "changelog_h3_ul",
    VI,
    "Nhật ký thay đổi của Lúa",
    "<main class='docs-content'><div class='version-picker'><select><option>v3.2</option>"
    "<option>v3.1</option></select><span>Chọn phiên bản tài liệu</span></div><h1>Nhật ký "
    "thay đổi của Lúa</h1>"
    + paras("Trang này ghi lại mọi thay đổi đáng chú ý của thư viện Lúa qua từng phiên bản.")
    + "<h3 id='v3-2-0'>3.2.0 (2026-11-20)</h3><ul><li>Thêm hàm <code>gat_lua()</code> để đọc "
    "tệp lớn theo từng phần.</li><li>Sửa lỗi ngày tháng âm lịch bị lệch một ngày.</li></ul>"
    "<h3 id='v3-1-1'>3.1.1 (2026-09-02)</h3><ul><li>Giảm bộ nhớ dùng khi phân tích tệp CSV."
    "</li></ul><h3 id='v3-1-0'>3.1.0 (2026-07-15)</h3><ul><li>Hỗ trợ Python 3.14.</li><li>"
    "Bỏ tham số cũ <code>mua_vu</code>, dùng <code>vu_mua</code> thay thế.</li></ul></main>",
    (
        "Trang này ghi lại mọi thay đổi đáng chú ý",
        "để đọc tệp lớn theo từng phần.",
        "Sửa lỗi ngày tháng âm lịch bị lệch một ngày.",
        "Giảm bộ nhớ dùng khi phân tích tệp CSV.",
        "Hỗ trợ Python 3.14.",
        "3.1.0 (2026-07-15)",
    ),
    ("Chọn phiên bản tài liệu",),
    template="app",
    path="docs/changelog",
)

ID = Site(
    lang="id",
    name="Kamus Kebun",
    host="kamuskebun.example.id",
    nav=("Beranda", "Tanaman", "Istilah", "Tentang"),
    cookie="Situs ini menggunakan cookie.",
    share="Bagikan halaman",
    newsletter="Dapatkan tips berkebun setiap minggu lewat surel.",
    comment="Tulis komentar Anda",
    related_title="Baca juga",
    related=("Cara menanam cabai di pot", "Pupuk kompos dari dapur"),
    footer="Hak cipta Kamus Kebun 2026.",
)

add(
    "glossary_dl",
    ID,
    "Daftar istilah berkebun",
    "<article class='post'><h1 class='entry-title'>Daftar istilah berkebun</h1><div "
    "class='entry-content'>"
    + paras("Berikut istilah yang sering muncul di artikel kami, diurutkan menurut abjad.")
    + "<dl class='glossary'><dt>Bokashi</dt><dd>Pupuk hasil fermentasi bahan organik dengan "
    "bantuan mikroba.</dd><dt>Cangkok</dt><dd>Cara memperbanyak tanaman dengan menumbuhkan "
    "akar pada batang yang masih melekat di pohon induk.</dd><dt>Mulsa</dt><dd>Lapisan "
    "penutup tanah untuk menjaga kelembapan.</dd><dt>Semai</dt><dd>Bibit muda yang baru "
    "tumbuh dari biji.</dd></dl></div>" + share(ID) + "</article>" + comment_prompt(ID),
    (
        "Bokashi",
        "Pupuk hasil fermentasi bahan organik dengan bantuan mikroba.",
        "akar pada batang yang masih melekat di pohon induk",
        "Lapisan penutup tanah untuk menjaga kelembapan.",
        "Bibit muda yang baru tumbuh dari biji.",
    ),
)

CS = Site(
    lang="cs",
    name="Kulturní týdeník Vltava",
    host="tydenikvltava.example.cz",
    nav=("Rozhovory", "Recenze", "Divadlo", "Kontakt"),
    cookie="Tento web používá soubory cookie.",
    share="Sdílet rozhovor",
    newsletter="Přihlaste se k odběru našeho newsletteru.",
    comment="Přidat komentář",
    related_title="Další rozhovory",
    related=("Sochařka, která tesá do ledu", "Varhaník z Kutné Hory"),
    footer="Vydává Spolek přátel Vltavy.",
)

add(
    "interview_bold_questions",
    CS,
    "Loutkář Bohumil Řepa: Marionety mají vlastní hlavu",
    "<article class='article'><h1>Loutkář Bohumil Řepa: Marionety mají vlastní hlavu</h1>"
    "<div class='article-perex'><p>Padesát let vodí loutky po celé republice.</p></div>"
    "<div class='article-body'>"
    "<p><strong>Kdy jste poprvé držel marionetu?</strong></p>"
    "<p>Bylo mi sedm a dědeček mi půjčil Kašpárka, kterého sám vyřezal z lipového dřeva.</p>"
    "<p><strong>Co je na vodění nejtěžší?</strong></p>"
    "<p>Trpělivost. Loutka musí dýchat, i když zrovna nemluví.</p>"
    "<div class='ad-wrapper'><div class='ad-label'>Reklama</div></div>"
    "<p><strong>Máte oblíbenou hru?</strong></p>"
    "<p>Pořád se vracím k Dlouhému, Širokému a Bystrozrakému, protože děti se tam smějí na "
    "stejných místech jako před padesáti lety.</p>"
    "<p><b>Co byste poradil začínajícím loutkářům?</b></p>"
    "<p>Ať nejdřív pozorují lidi na nádraží, jak chodí a jak čekají.</p>"
    "</div>" + share(CS) + "</article>",
    (
        "Kdy jste poprvé držel marionetu?",
        "dědeček mi půjčil Kašpárka",
        "Trpělivost. Loutka musí dýchat, i když zrovna nemluví.",
        "Máte oblíbenou hru?",
        "Ať nejdřív pozorují lidi na nádraží, jak chodí a jak čekají.",
    ),
    ("Reklama",),
)

EL = Site(
    lang="el",
    name="Στίχοι του Αιγαίου",
    host="stixoi.example.gr",
    nav=("Ποιήματα", "Ποιητές", "Αρχείο", "Επικοινωνία"),
    cookie="Ο ιστότοπος χρησιμοποιεί cookies.",
    share="Μοιραστείτε το ποίημα",
    newsletter="Εγγραφείτε για ένα ποίημα κάθε Κυριακή.",
    comment="Γράψτε ένα σχόλιο",
    related_title="Άλλα ποιήματα",
    related=("Το λιμάνι τον χειμώνα", "Ελιές στη Λέσβο"),
    footer="Τα ποιήματα ανήκουν στους δημιουργούς τους.",
)

add(
    "poem_br_lines",
    EL,
    "Η βάρκα του παππού",
    "<div class='post'><h2 class='post-title'>Η βάρκα του παππού</h2><div class='post-meta'>"
    "Ελένη Μαυρίδου</div><div class='post-body'>Στην άμμο κοιμάται η βάρκα η παλιά,<br>"
    "με χρώμα γαλάζιο που έφαγε ο καιρός,<br>ο παππούς τη βάφει κάθε Πασχαλιά<br>κι ο γλάρος "
    "την προσέχει σαν αδερφός.<br><br>Τα δίχτυα κρεμιούνται στον τοίχο σιωπηλά,<br>μυρίζουν "
    "ακόμα αλάτι και βυθό,<br>κι όταν φυσάει ο βοριάς δυνατά<br>η βάρκα θυμάται τον ουρανό."
    "</div>" + share(EL) + "</div>" + comment_prompt(EL),
    (
        "Στην άμμο κοιμάται η βάρκα η παλιά,",
        "ο παππούς τη βάφει κάθε Πασχαλιά",
        "Τα δίχτυα κρεμιούνται στον τοίχο σιωπηλά,",
        "η βάρκα θυμάται τον ουρανό.",
    ),
)

HE = Site(
    lang="he",
    name="מסלולים",
    host="maslulim.example.co.il",
    nav=("טיולים", "מפות", "ציוד", "אודות"),
    cookie="אתר זה משתמש בעוגיות.",
    share="שתפו את הכתבה",
    newsletter="הירשמו לניוזלטר ותקבלו מסלול חדש בכל שבוע.",
    comment="הוסיפו תגובה",
    related_title="עוד כתבות מומלצות",
    related=("חמישה מעיינות בגליל", "טיול לילה במכתש"),
    footer="כל הזכויות שמורות למסלולים.",
    dir_="rtl",
)


def _he_item(n: int, name: str, text: str) -> str:
    return (
        f"<div class='list-item'><h2>{n}. {name}</h2><figure><img src='/i/{n}.jpg' alt=''>"
        f"<figcaption>{name}</figcaption></figure><p>{text}</p></div>"
    )


add(
    "list_article_items_between_ads",
    HE,
    "ארבעה מסלולים קצרים לשבת בבוקר",
    "<article class='article-page'><h1>ארבעה מסלולים קצרים לשבת בבוקר</h1><div "
    "class='article-content'>"
    + paras("לא צריך לנסוע רחוק כדי ליהנות מבוקר בטבע, והנה ארבעה מסלולים שכל משפחה תצליח.")
    + _he_item(1, "נחל השקד", "מסלול מעגלי של שלושה קילומטרים בין פרדסים ישנים ובריכה קטנה.")
    + "<div class='dfp-ad' data-slot='inread1'><small>פרסומת</small></div>"
    + _he_item(2, "גבעת הכלניות", "בחורף הגבעה כולה אדומה, והעלייה מתונה מספיק גם לעגלות.")
    + _he_item(3, "חורבת הטחנה", "טחנת קמח עתיקה ליד המים, עם שולחנות פיקניק בצל האקליפטוסים.")
    + "<div class='dfp-ad' data-slot='inread2'><small>פרסומת</small></div>"
    + _he_item(4, "שביל הצוק", "המסלול היחיד ברשימה עם תצפית לים, ולכן כדאי להגיע מוקדם.")
    + "</div>"
    + share(HE)
    + "</article>",
    (
        "ארבעה מסלולים שכל משפחה תצליח",
        "מסלול מעגלי של שלושה קילומטרים בין פרדסים ישנים ובריכה קטנה.",
        "3. חורבת הטחנה",
        "טחנת קמח עתיקה ליד המים",
        "המסלול היחיד ברשימה עם תצפית לים, ולכן כדאי להגיע מוקדם.",
    ),
    ("פרסומת",),
)

AR = Site(
    lang="ar",
    name="مجلة القافلة الجديدة",
    host="alqafila.example.sa",
    nav=("تحقيقات", "ثقافة", "علوم", "من نحن"),
    cookie="يستخدم هذا الموقع ملفات تعريف الارتباط.",
    share="شارك المقال",
    newsletter="اشترك في نشرتنا البريدية الأسبوعية.",
    comment="اكتب تعليقك",
    related_title="مقالات ذات صلة",
    related=("أسواق التمر في الأحساء", "آخر صانعي الفخار"),
    footer="جميع الحقوق محفوظة لمجلة القافلة الجديدة.",
    dir_="rtl",
)


def _ar_read_also(title: str) -> str:
    return (
        f"<div class='read-also'><span class='read-also-label'>اقرأ أيضاً</span><a "
        f"href='/x'>{title}</a></div>"
    )


add(
    "long_read_read_also_boxes",
    AR,
    "حراس الآبار القديمة",
    "<article class='story'><h1>حراس الآبار القديمة</h1><div class='story-body'>"
    "<div class='story-section'>"
    + paras(
        "في القرى الجبلية، ما زال بعض الشيوخ يعرفون مكان كل بئر قديمة حتى لو غطاها الرمل.",
        "يقول العم سالم إن جده علّمه أن يقرأ لون الحجارة ليعرف أين تختبئ المياه.",
    )
    + "</div>"
    + _ar_read_also("كيف تُبنى القنوات الجوفية؟")
    + "<div class='story-section'><h2>ذاكرة الماء</h2>"
    + paras(
        "يحتفظ أهل القرية بدفتر قديم تُسجَّل فيه أعماق الآبار منذ ستين عاماً.",
    )
    + "</div>"
    + _ar_read_also("الواحات في مواجهة الجفاف")
    + "<div class='story-section'><h2>جيل جديد</h2>"
    + paras(
        "اليوم يتعلم أحفاد العم سالم رسم خرائط الآبار على الحاسوب، لكنهم ما زالوا يصعدون "
        "الجبل معه كل ربيع.",
    )
    + "</div></div>"
    + share(AR)
    + "</article>"
    + comment_prompt(AR),
    (
        "ما زال بعض الشيوخ يعرفون مكان كل بئر قديمة",
        "يحتفظ أهل القرية بدفتر قديم تُسجَّل فيه أعماق الآبار منذ ستين عاماً.",
        "لكنهم ما زالوا يصعدون الجبل معه كل ربيع",
    ),
    ("اقرأ أيضاً", "الواحات في مواجهة الجفاف"),
)

JA = Site(
    lang="ja",
    name="ミツバ開発者ガイド",
    host="mitsuba-docs.example.jp",
    nav=("はじめに", "ガイド", "API", "コミュニティ"),
    cookie="当サイトではクッキーを使用しています。",
    share="このページを共有",
    newsletter="更新情報をメールで受け取る",
    comment="このページは役に立ちましたか？",
    related_title="関連ページ",
    related=("インストール手順", "よくある質問"),
    footer="ミツバプロジェクト 2026",
)

add(
    "manual_sections_code",
    JA,
    "設定ファイルの書き方",
    "<div class='document'><div class='section' id='settei'><h1>設定ファイルの書き方</h1>"
    "<p>ミツバはプロジェクトの直下にある設定ファイルを起動時に一度だけ読み込みます。</p>"
    "<div class='section' id='kihon'><h2>基本の形</h2><p>最小の設定は次の三行です。</p>"
    "<div class='highlight'><pre>[mitsuba]\nname = \"niwa\"\nworkers = 4</pre></div>"
    "<p>workers を省略すると、CPU のコア数がそのまま使われます。</p></div>"
    "<div class='section' id='kankyou'><h2>環境ごとの設定</h2><p>本番と開発で値を変えたい"
    "ときは、環境名を付けた節を追加します。</p><div class='highlight'><pre>[mitsuba.dev]\n"
    "workers = 1</pre></div></div><div class='section' id='chuui'><h2>注意点</h2><p>設定を"
    "変更したら、必ずサーバーを再起動してください。</p></div></div></div><div "
    "class='rst-footer-buttons'><a class='btn' href='/prev'>前へ</a><a class='btn' "
    "href='/next'>次へ</a></div>",
    (
        "ミツバはプロジェクトの直下にある設定ファイルを起動時に一度だけ読み込みます。",
        'name = "niwa"',
        "CPU のコア数がそのまま使われます。",
        "環境名を付けた節を追加します。",
        "必ずサーバーを再起動してください。",
    ),
    template="portal",
    path="guide/config.html",
)
