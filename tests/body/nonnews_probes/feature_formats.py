"""Feature formats (round 51): an article's text in a shape of its own. Interviews written as
question and answer turns ("Frage:"/"Antwort:", "Вопрос:", "問：", "س:", bold questions,
speaker names in ``<strong>`` before each answer, questions as headings); list articles
whose numbered items each hold a picture, its caption and a paragraph; footnotes and
endnotes after the text with ``<sup>`` marks in it; a key-facts box ("At a glance") inside
the text; release notes of version headings over lists; episode pages whose show notes
carry time codes; photo essays whose captions are the text. Beside them a magazine's
furniture that must stay out: a share bar, an author card, a newsletter box, readers'
comments and related links. Many languages and scripts (Latin, Cyrillic, Han, Kana,
Hangul, Arabic and Hebrew right to left, Greek, Devanagari, Thai). Every name, place and
sentence here is invented."""

from __future__ import annotations

from .pages import Probes, page

PROBES = Probes()


def magazine(
    lang: str,
    title: str,
    content: str,
    *,
    share: str,
    author: str,
    newsletter: str,
    comments: tuple[str, str],
    related: tuple[str, str, str],
    dir_: str = "ltr",
) -> str:
    """A magazine's article: a share bar over the text; after it an author card, a sign-up
    box, readers' comments (a heading and one comment) and related links (a heading and
    two links), then a footer."""
    return page(
        lang,
        title,
        "<header class='site-header'><a class='logo' href='/'>Example Magazine</a><nav><a "
        "href='/a'>Kultur</a> <a href='/b'>Leben</a></nav></header><main><article "
        f"class='post'><h1 class='post-title'>{title}</h1><div class='share-buttons'><span>"
        f"{share}</span><a href='#'>Facebook</a><a href='#'>X</a><a href='#'>WhatsApp</a></div>"
        f"<div class='post-content'>{content}</div><div class='author-box'><img "
        f"src='/a.jpg' alt=''><div class='author-bio'><p>{author}</p></div></div></article>"
        f"<div class='newsletter-box'><p>{newsletter}</p><form><input type='email'><button>"
        f"OK</button></form></div><section id='comments' class='comments'><h3>{comments[0]}"
        f"</h3><div class='comment'><div class='comment-text'><p>{comments[1]}</p></div></div>"
        f"</section><aside class='related-posts'><h3>{related[0]}</h3><ul><li><a "
        f"href='/r/1'>{related[1]}</a></li><li><a href='/r/2'>{related[2]}</a></li></ul></aside>"
        "</main><footer class='site-footer'><p>© 2026 Example Magazine</p></footer>",
        dir_=dir_,
    )


# === Interviews ===

# --- German, "Frage:"/"Antwort:" labels in <strong> opening each turn's paragraph.
PROBES.add(
    "de_interview_frage_antwort_labels",
    "https://magazin.example.de/kultur/interview-orgelbauerin",
    magazine(
        "de",
        "„Jede Pfeife hat ihren eigenen Atem“",
        "<p class='intro'>Marlene Hasenkamp baut seit dreißig Jahren Orgeln in einer Werkstatt "
        "am Rand von Eichenau. Ein Gespräch über Holz, Zinn und Geduld.</p><p><strong>Frage:"
        "</strong> Frau Hasenkamp, wie lange dauert es, eine Orgel zu bauen?</p><p><strong>"
        "Antwort:</strong> Eine kleine Dorforgel braucht etwa ein Jahr, eine große für eine "
        "Stadtkirche auch drei oder vier.</p><p><strong>Frage:</strong> Was ist daran am "
        "schwierigsten?</p><p><strong>Antwort:</strong> Das Intonieren, also jeder Pfeife "
        "ihren Klang zu geben, dauert Wochen und lässt sich nicht beschleunigen.</p><p>"
        "<strong>Frage:</strong> Gibt es genug Nachwuchs?</p><p><strong>Antwort:</strong> "
        "Zu wenig, aber in diesem Herbst beginnen zwei junge Frauen ihre Lehre bei uns.</p>",
        share="Teilen:",
        author="Jonas Brettschneider schreibt für das Magazin über Handwerk und Musik.",
        newsletter="Unser Newsletter: jeden Freitag die besten Geschichten der Woche.",
        comments=("3 Kommentare", "Tolles Gespräch, ich habe die Orgel in Eichenau gehört!"),
        related=(
            "Das könnte Sie auch interessieren",
            "Der letzte Glockengießer",
            "Geigen aus Ahorn",
        ),
    ),
    (
        "Frau Hasenkamp, wie lange dauert es, eine Orgel zu bauen?",
        "Eine kleine Dorforgel braucht etwa ein Jahr",
        "Was ist daran am schwierigsten?",
        "dauert Wochen und lässt sich nicht beschleunigen.",
        "Gibt es genug Nachwuchs?",
        "in diesem Herbst beginnen zwei junge Frauen ihre Lehre bei uns.",
    ),
    (
        "Teilen:",
        "schreibt für das Magazin über Handwerk und Musik",
        "Unser Newsletter",
        "Tolles Gespräch",
        "Der letzte Glockengießer",
    ),
)

# --- Russian, the questions as short bold paragraphs opened by a dash, the answers as plain
# paragraphs opened by one.
PROBES.add(
    "ru_interview_bold_dash_questions",
    "https://zhurnal.example.ru/lyudi/intervyu-smotritel-mayaka",
    magazine(
        "ru",
        "«Маяк не любит спешки»: разговор со смотрителем",
        "<p>Аркадий Ветлугин двадцать лет служит смотрителем маяка на мысе Седом. Мы "
        "поговорили с ним о штормах, книгах и одиночестве.</p><p><strong>— Как вы стали "
        "смотрителем?</strong></p><p>— Случайно. Я приехал на лето помогать дяде и остался, "
        "потому что полюбил это море.</p><p><strong>— Бывает ли вам одиноко?</strong></p><p>— "
        "Зимой бывает. Тогда я читаю и пишу письма друзьям, настоящие, на бумаге.</p><p>"
        "<strong>— Что изменилось за двадцать лет?</strong></p><p>— Лампу заменили на "
        "светодиодную, но вахту по-прежнему несёт человек.</p>",
        share="Поделиться:",
        author="Ольга Пермякова — корреспондент отдела «Люди».",
        newsletter="Подпишитесь на нашу рассылку и получайте лучшие тексты недели.",
        comments=("Комментарии (5)", "Мечтаю побывать на этом маяке!"),
        related=("Читайте также", "Последний паромщик Онеги", "Зимовка на метеостанции"),
    ),
    (
        "Как вы стали смотрителем?",
        "Я приехал на лето помогать дяде и остался",
        "Бывает ли вам одиноко?",
        "Тогда я читаю и пишу письма друзьям",
        "Что изменилось за двадцать лет?",
        "вахту по-прежнему несёт человек.",
    ),
    (
        "Поделиться:",
        "корреспондент отдела",
        "Подпишитесь на нашу рассылку",
        "Мечтаю побывать на этом маяке",
        "Последний паромщик Онеги",
    ),
)

# --- Chinese (traditional), "問：" and "答：" opening each turn.
PROBES.add(
    "zh_hant_interview_wen_da",
    "https://zazhi.example.tw/renwu/chaye-fangtan",
    magazine(
        "zh-Hant",
        "茶園第三代：「好茶要等天氣」",
        "<p>林秀蘭在山城經營家族茶園已經十五年，我們在採茶季前拜訪了她。</p><p>問：您是怎麼"
        "接下茶園的？</p><p>答：父親退休那年，我剛從城市回來，本來只想幫忙一季，結果就留下來了。"
        "</p><p>問：氣候變化對茶園有什麼影響？</p><p>答：春天越來越不穩定，有時一場晚霜就毀掉"
        "半年的收成。</p><p>問：年輕人願意來工作嗎？</p><p>答：比以前多，去年有四位大學生來"
        "學做茶。</p>",
        share="分享：",
        author="作者陳志明，本刊資深記者，長期關注農村議題。",
        newsletter="訂閱電子報，每週收到精選文章。",
        comments=("留言（2）", "好想去茶園看看！"),
        related=("延伸閱讀", "山中的咖啡農", "老街的最後一間製麵廠"),
    ),
    (
        "問：您是怎麼接下茶園的？",
        "本來只想幫忙一季，結果就留下來了。",
        "問：氣候變化對茶園有什麼影響？",
        "有時一場晚霜就毀掉半年的收成。",
        "答：比以前多，去年有四位大學生來學做茶。",
    ),
    ("分享：", "本刊資深記者", "訂閱電子報", "好想去茶園看看", "山中的咖啡農"),
)

# --- French, the questions as whole bold paragraphs, each answer opened by the speaker's
# name in <strong>.
PROBES.add(
    "fr_interview_speaker_names_strong",
    "https://revue.example.fr/entretiens/apicultrice-des-toits",
    magazine(
        "fr",
        "« Les abeilles de la ville se portent bien »",
        "<p>Sur les toits de Valbonne-la-Rivière, Nadia Ferrand élève quarante ruches. "
        "Rencontre.</p><p><strong>Comment avez-vous commencé l’apiculture en ville ?</strong>"
        "</p><p><strong>Nadia Ferrand :</strong> Un voisin m’a donné un essaim il y a dix ans, "
        "et je n’ai jamais arrêté depuis.</p><p><strong>Le miel des villes est-il différent ?"
        "</strong></p><p><strong>Nadia Ferrand :</strong> Il est souvent plus varié, car les "
        "abeilles butinent les tilleuls, les balcons et les parcs.</p><p><strong>Quel conseil "
        "donneriez-vous aux débutants ?</strong></p><p><strong>Nadia Ferrand :</strong> "
        "Suivre une formation d’un an avant d’acheter la moindre ruche.</p>",
        share="Partager :",
        author="Propos recueillis par Léa Martin, journaliste à la rubrique Environnement.",
        newsletter="Inscrivez-vous à notre lettre d’information hebdomadaire.",
        comments=("2 commentaires", "Bravo, j’adore ce miel !"),
        related=("À lire aussi", "Les jardins partagés du quartier nord", "Un verger sur le toit"),
    ),
    (
        "Comment avez-vous commencé l’apiculture en ville ?",
        "Un voisin m’a donné un essaim il y a dix ans",
        "Le miel des villes est-il différent ?",
        "les abeilles butinent les tilleuls, les balcons et les parcs.",
        "Quel conseil donneriez-vous aux débutants ?",
        "Suivre une formation d’un an avant d’acheter la moindre ruche.",
    ),
    (
        "Partager :",
        "journaliste à la rubrique Environnement",
        "lettre d’information hebdomadaire",
        "Bravo, j’adore ce miel",
        "Les jardins partagés du quartier nord",
    ),
)

# --- Finnish, the questions as <h3> headings over the answers' paragraphs, a "read also"
# box between two turns.
PROBES.add(
    "fi_interview_questions_as_headings",
    "https://lehti.example.fi/ihmiset/haastattelu-lossikuski",
    magazine(
        "fi",
        "Lossikuski: ”Joka päivä on erilainen”",
        "<p>Eero Kallioniemi on ajanut Saarenkylän lossia yli kaksikymmentä vuotta.</p><h3>"
        "Miten päädyit lossikuljettajaksi?</h3><p>Olin nuorena kesätöissä lossilla, ja kun "
        "vanha kuljettaja jäi eläkkeelle, minua pyydettiin jatkamaan.</p><div "
        "class='read-also'><strong>Lue myös:</strong> <a href='/r/9'>Saaristolautan viimeinen "
        "talvi</a></div><h3>Mikä työssä on vaikeinta?</h3><p>Syksyn myrskyt. Silloin pitää "
        "tietää tarkalleen, milloin vielä voi lähteä ja milloin ei.</p><h3>Entä parasta?</h3>"
        "<p>Aamut, kun joki on tyyni ja ensimmäiset koululaiset vilkuttavat rannalta.</p>",
        share="Jaa:",
        author="Kirjoittaja Aino Rautio on lehden toimittaja.",
        newsletter="Tilaa uutiskirje ja saat parhaat jutut sähköpostiisi.",
        comments=("Kommentit", "Hieno juttu, muistan tämän lossin lapsuudesta!"),
        related=("Lisää aiheesta", "Majakanvartijan päiväkirja", "Kylän viimeinen kauppa"),
    ),
    (
        "Miten päädyit lossikuljettajaksi?",
        "kun vanha kuljettaja jäi eläkkeelle, minua pyydettiin jatkamaan.",
        "Mikä työssä on vaikeinta?",
        "milloin vielä voi lähteä ja milloin ei.",
        "Entä parasta?",
        "ensimmäiset koululaiset vilkuttavat rannalta.",
    ),
    (
        "Saaristolautan viimeinen talvi",
        "on lehden toimittaja",
        "Tilaa uutiskirje",
        "muistan tämän lossin lapsuudesta",
        "Majakanvartijan päiväkirja",
    ),
)

# --- Arabic (right to left), "س:" and "ج:" in <b> opening each turn.
PROBES.add(
    "ar_interview_sin_jim_labels",
    "https://majalla.example.com/hiwar/khattat",
    magazine(
        "ar",
        "حوار مع خطاط: «الحرف يحتاج إلى صبر»",
        "<p>يعمل يوسف الحدّاد خطاطًا في سوق الورّاقين منذ ثلاثين عامًا، والتقيناه في مرسمه الصغير."
        "</p><p><b>س:</b> متى بدأت تعلّم الخط؟</p><p><b>ج:</b> كنت في العاشرة حين أعطاني جدي "
        "قلمًا من القصب وطلب مني أن أكتب اسمي مئة مرة.</p><p><b>س:</b> هل تغيّر الطلب على "
        "الخط اليدوي؟</p><p><b>ج:</b> قلّ في اللافتات، لكنه زاد في بطاقات الأعراس واللوحات "
        "المنزلية.</p><p><b>س:</b> ماذا تقول للشباب؟</p><p><b>ج:</b> أن يتدربوا كل يوم ولو "
        "ربع ساعة، فاليد تتعلّم ببطء.</p>",
        share="شارك:",
        author="سلمى العطّار صحفية في قسم الثقافة.",
        newsletter="اشترك في نشرتنا البريدية الأسبوعية.",
        comments=("التعليقات (4)", "مقابلة جميلة، شكرًا لكم!"),
        related=("اقرأ أيضًا", "آخر صانعي الورق في المدينة", "مكتبة الجدّ"),
        dir_="rtl",
    ),
    (
        "متى بدأت تعلّم الخط؟",
        "حين أعطاني جدي قلمًا من القصب",
        "هل تغيّر الطلب على الخط اليدوي؟",
        "لكنه زاد في بطاقات الأعراس واللوحات المنزلية.",
        "ماذا تقول للشباب؟",
        "فاليد تتعلّم ببطء.",
    ),
    (
        "شارك:",
        "صحفية في قسم الثقافة",
        "اشترك في نشرتنا البريدية",
        "مقابلة جميلة",
        "آخر صانعي الورق في المدينة",
    ),
)

# --- Japanese, the interviewer's lines opened by "――", each answer opened by the speaker's
# name in a span of its own.
PROBES.add(
    "ja_interview_dash_questions_name_spans",
    "https://web.example.jp/interview/shokunin-tatami",
    magazine(
        "ja",
        "畳職人・森田健二さん「い草の香りを残したい」",
        "<p>創業八十年の畳店を継いだ森田健二さんに、仕事への思いを聞いた。</p><p "
        "class='interviewer'>――畳の需要は減っていますか。</p><p><span class='speaker'>森田"
        "</span>　新築の家では減りましたが、旅館やお寺からの注文は今も多いです。</p><p "
        "class='interviewer'>――若い職人は育っていますか。</p><p><span class='speaker'>森田"
        "</span>　うちには二人の弟子がいて、一人は来年独立する予定です。</p><p "
        "class='interviewer'>――これからの目標は。</p><p><span class='speaker'>森田</span>　"
        "国産のい草を使った畳を、もっと多くの人に知ってもらうことです。</p>",
        share="この記事をシェア",
        author="聞き手・文：佐藤美香（編集部）",
        newsletter="メールマガジンに登録すると最新記事が届きます。",
        comments=("コメント", "近所の畳屋さんを思い出しました。"),
        related=("関連記事", "染物職人の一日", "竹細工の工房を訪ねて"),
    ),
    (
        "――畳の需要は減っていますか。",
        "旅館やお寺からの注文は今も多いです。",
        "――若い職人は育っていますか。",
        "一人は来年独立する予定です。",
        "国産のい草を使った畳を、もっと多くの人に知ってもらうことです。",
    ),
    (
        "この記事をシェア",
        "メールマガジンに登録",
        "近所の畳屋さんを思い出しました",
        "染物職人の一日",
    ),
)

# === List articles ===

# --- Spanish, numbered <h2> items, each a figure with its caption and a paragraph.
PROBES.add(
    "es_listicle_numbered_h2_figures",
    "https://viajes.example.es/5-pueblos-de-montana",
    magazine(
        "es",
        "5 pueblos de montaña para visitar en otoño",
        "<p>Cuando llegan las primeras lluvias, estos pueblos se llenan de setas, castañas y "
        "silencio.</p><h2>1. Robledal de la Sierra</h2><figure><img src='/i/1.jpg' alt=''>"
        "<figcaption>Las casas de pizarra de Robledal al atardecer.</figcaption></figure><p>"
        "Sus calles empedradas suben hasta una ermita desde la que se ve todo el valle.</p>"
        "<h2>2. Fuentefría</h2><figure><img src='/i/2.jpg' alt=''><figcaption>El puente "
        "romano sobre el río Frío.</figcaption></figure><p>El pueblo tiene nueve fuentes y una "
        "fiesta del agua cada octubre.</p><h2>3. Valdelobos</h2><figure><img src='/i/3.jpg' "
        "alt=''><figcaption>Castaños centenarios junto al camino.</figcaption></figure><p>Desde "
        "la plaza sale una ruta circular de doce kilómetros entre castaños.</p>",
        share="Compartir",
        author="Marta Ibarra escribe sobre viajes lentos y pueblos pequeños.",
        newsletter="Suscríbete a nuestro boletín de escapadas.",
        comments=("Comentarios", "¡Fuentefría es precioso en noviembre!"),
        related=("Te puede interesar", "Diez playas sin coches", "Rutas en tren por el norte"),
    ),
    (
        "1. Robledal de la Sierra",
        "suben hasta una ermita desde la que se ve todo el valle.",
        "2. Fuentefría",
        "una fiesta del agua cada octubre.",
        "3. Valdelobos",
        "una ruta circular de doce kilómetros entre castaños.",
    ),
    (
        "Compartir",
        "escribe sobre viajes lentos",
        "Suscríbete a nuestro boletín",
        "es precioso en noviembre",
        "Diez playas sin coches",
    ),
)

# --- Korean, the items as an ordered list: each <li> a heading, a picture, a caption
# paragraph and a paragraph.
PROBES.add(
    "ko_listicle_ordered_list_items",
    "https://blog.example.kr/travel/jeju-cafes",
    magazine(
        "ko",
        "바다가 보이는 카페 네 곳",
        "<p>주말에 가볍게 다녀오기 좋은 바닷가 카페를 골랐다.</p><ol class='list-items'><li>"
        "<h3>파도소리 카페</h3><img src='/c/1.jpg' alt=''><p class='caption'>창가 자리에서 "
        "바라본 바다.</p><p>통유리 창 너머로 하루 종일 파도를 볼 수 있고, 직접 구운 빵이 "
        "맛있다.</p></li><li><h3>등대 아래</h3><img src='/c/2.jpg' alt=''><p class='caption'>"
        "하얀 등대 옆 작은 마당.</p><p>오래된 창고를 고친 곳으로, 저녁이면 등대 불빛이 "
        "켜진다.</p></li><li><h3>모래정원</h3><img src='/c/3.jpg' alt=''><p "
        "class='caption'>모래 위에 놓인 나무 의자.</p><p>신발을 벗고 모래 위에서 차를 마실 수 "
        "있는 특별한 곳이다.</p></li></ol>",
        share="공유하기",
        author="글 김하늘 여행 기자",
        newsletter="뉴스레터를 구독하고 새 글을 받아보세요.",
        comments=("댓글 3", "등대 아래 정말 좋아요!"),
        related=("함께 읽으면 좋은 글", "겨울 바다 여행 코스", "섬마을 민박 추천"),
    ),
    (
        "파도소리 카페",
        "직접 구운 빵이 맛있다.",
        "등대 아래",
        "저녁이면 등대 불빛이 켜진다.",
        "모래정원",
        "모래 위에서 차를 마실 수 있는 특별한 곳이다.",
    ),
    ("공유하기", "여행 기자", "뉴스레터를 구독하고", "정말 좋아요", "겨울 바다 여행 코스"),
)

# --- Polish, each item a <div> with its number in a span, a heading, a picture with a
# credit, a paragraph; a "read also" box between two items.
PROBES.add(
    "pl_listicle_item_divs_number_spans",
    "https://poradnik.example.pl/ogrod/rosliny-na-balkon",
    magazine(
        "pl",
        "Siedem roślin na cienisty balkon",
        "<p>Balkon od północy nie musi być pusty. Oto rośliny, które lubią cień.</p><div "
        "class='list-item'><span class='num'>1</span><h3>Paproć</h3><img src='/p/1.jpg' "
        "alt=''><p>Paproć potrzebuje wilgoci i dobrze rośnie w dużej donicy.</p></div><div "
        "class='list-item'><span class='num'>2</span><h3>Bluszcz</h3><img src='/p/2.jpg' "
        "alt=''><p>Bluszcz szybko pokryje ścianę i zostaje zielony przez całą zimę.</p></div>"
        "<div class='czytaj-takze'><span>Czytaj także:</span> <a href='/r/5'>Jak podlewać "
        "rośliny w upały</a></div><div class='list-item'><span class='num'>3</span><h3>"
        "Funkia</h3><img src='/p/3.jpg' alt=''><p>Funkia ma duże liście w wielu odcieniach i "
        "nie boi się chłodu.</p></div>",
        share="Udostępnij",
        author="Anna Wierzbicka – redaktorka działu Dom i Ogród.",
        newsletter="Zapisz się do newslettera i otrzymuj porady co tydzień.",
        comments=("Komentarze (7)", "Moja funkia rośnie świetnie od trzech lat."),
        related=("Zobacz też", "Zioła na parapecie", "Warzywa w skrzynkach"),
    ),
    (
        "Paproć",
        "dobrze rośnie w dużej donicy.",
        "Bluszcz",
        "zostaje zielony przez całą zimę.",
        "Funkia",
        "nie boi się chłodu.",
    ),
    (
        "Jak podlewać rośliny w upały",
        "redaktorka działu Dom i Ogród",
        "Zapisz się do newslettera",
        "Moja funkia rośnie świetnie",
        "Zioła na parapecie",
    ),
)

# === Footnotes and endnotes ===

# --- Italian, <sup> links in the text and a "Note" heading over an ordered list of notes.
PROBES.add(
    "it_footnotes_sup_links_ordered_notes",
    "https://rivista.example.it/storia/il-ponte-dei-mulini",
    magazine(
        "it",
        "Il ponte dei mulini e la piena del 1882",
        "<p>Il ponte dei mulini di Borgoleone fu costruito nel 1764 con pietra della cava "
        "vicina<sup><a href='#nota-1' id='rif-1'>1</a></sup>.</p><p>Durante la piena del 1882 "
        "resistette mentre tutti gli altri ponti della valle crollarono<sup><a href='#nota-2' "
        "id='rif-2'>2</a></sup>, e per mesi fu l’unico passaggio verso la città.</p><p>Oggi è "
        "percorribile solo a piedi e ospita ogni estate una fiera del pane.</p><h2>Note</h2><ol "
        "class='footnotes'><li id='nota-1'>Archivio comunale di Borgoleone, registro dei "
        "lavori pubblici, 1764. <a href='#rif-1'>↩</a></li><li id='nota-2'>Cronaca della "
        "piena nel diario del parroco don Elia Ferri, conservato in canonica. <a "
        "href='#rif-2'>↩</a></li></ol>",
        share="Condividi",
        author="Paolo Venturi è storico locale e collabora con la rivista dal 2019.",
        newsletter="Iscriviti alla newsletter della rivista.",
        comments=("Commenti", "Mio nonno raccontava sempre di quella piena."),
        related=("Leggi anche", "Le fornaci della bassa", "Il mercato coperto"),
    ),
    (
        "fu costruito nel 1764 con pietra della cava vicina",
        "e per mesi fu l’unico passaggio verso la città.",
        "ospita ogni estate una fiera del pane.",
        "registro dei lavori pubblici, 1764.",
        "nel diario del parroco don Elia Ferri, conservato in canonica.",
    ),
    (
        "Condividi",
        "collabora con la rivista dal 2019",
        "Iscriviti alla newsletter",
        "Mio nonno raccontava",
        "Le fornaci della bassa",
    ),
)

# --- Hebrew (right to left), endnotes as paragraphs opened by a bracketed linked number,
# in a box named "endnotes" after the text.
PROBES.add(
    "he_endnotes_bracketed_paragraphs",
    "https://ktav-et.example.co.il/maamarim/beit-habad-hayashan",
    magazine(
        "he",
        "בית הבד הישן בכפר הזיתים",
        "<p>בית הבד בכפר הזיתים פעל כמעט מאה שנה, עד שנסגר בשנות השישים<sup>[1]</sup>.</p><p>"
        "האבן הגדולה שלו הובאה מהגליל על עגלה רתומה לשישה שוורים<sup>[2]</sup>, והמסע נמשך "
        "שבוע.</p><p>היום משמש המבנה מוזיאון קטן, ובכל חורף נערכת בו הדגמה של כבישת שמן.</p>"
        "<div class='endnotes'><h3>הערות</h3><p id='n1'><a href='#r1'>[1]</a> לפי זיכרונותיו "
        "של הכורם אליהו שטרן, שנכתבו בשנת 1971.</p><p id='n2'><a href='#r2'>[2]</a> הסיפור "
        "נשמר בפנקס הקהילה ובעדויות של שלושה מוותיקי הכפר.</p></div>",
        share="שתפו:",
        author="נעמה ברק היא חוקרת היסטוריה מקומית.",
        newsletter="הירשמו לניוזלטר השבועי שלנו.",
        comments=("תגובות", "ביקרתי שם בחורף, מומלץ מאוד!"),
        related=("עוד באתר", "הטחנה שעל הנחל", "בית הספר הראשון"),
        dir_="rtl",
    ),
    (
        "פעל כמעט מאה שנה, עד שנסגר בשנות השישים",
        "והמסע נמשך שבוע.",
        "ובכל חורף נערכת בו הדגמה של כבישת שמן.",
        "לפי זיכרונותיו של הכורם אליהו שטרן, שנכתבו בשנת 1971.",
        "הסיפור נשמר בפנקס הקהילה ובעדויות של שלושה מוותיקי הכפר.",
    ),
    ("שתפו:", "חוקרת היסטוריה מקומית", "הירשמו לניוזלטר", "ביקרתי שם בחורף", "הטחנה שעל הנחל"),
)

# --- Greek, notes after an <hr> as small paragraphs each opened by a <sup> number.
PROBES.add(
    "el_footnotes_after_rule_small",
    "https://periodiko.example.gr/istoria/to-palio-limani",
    magazine(
        "el",
        "Το παλιό λιμάνι της Καλαμιάς",
        "<p>Το λιμάνι της Καλαμιάς χτίστηκε από τους ψαράδες του χωριού με δικά τους χρήματα"
        "<sup>1</sup>.</p><p>Στις αρχές του αιώνα έδεναν εδώ πάνω από σαράντα καΐκια, που "
        "μετέφεραν λάδι και κρασί στα γύρω νησιά<sup>2</sup>.</p><p>Σήμερα το λιμάνι φιλοξενεί "
        "μόνο λίγες βάρκες και ένα μικρό καφενείο.</p><hr><p class='footnote'><small><sup>1"
        "</sup> Σύμφωνα με το κατάστιχο του συνεταιρισμού αλιέων του 1908.</small></p><p "
        "class='footnote'><small><sup>2</sup> Από τις διηγήσεις του καπετάν Μανώλη Ζαφείρη στον "
        "συγγραφέα.</small></p>",
        share="Κοινοποίηση",
        author="Η Ελένη Δράκου γράφει για την ιστορία των νησιών.",
        newsletter="Εγγραφείτε στο ενημερωτικό μας δελτίο.",
        comments=("Σχόλια", "Ο παππούς μου είχε καΐκι εκεί!"),
        related=("Διαβάστε επίσης", "Οι ανεμόμυλοι του κάμπου", "Το πρώτο σχολείο"),
    ),
    (
        "χτίστηκε από τους ψαράδες του χωριού με δικά τους χρήματα",
        "που μετέφεραν λάδι και κρασί στα γύρω νησιά",
        "φιλοξενεί μόνο λίγες βάρκες και ένα μικρό καφενείο.",
        "Σύμφωνα με το κατάστιχο του συνεταιρισμού αλιέων του 1908.",
        "Από τις διηγήσεις του καπετάν Μανώλη Ζαφείρη στον συγγραφέα.",
    ),
    (
        "Κοινοποίηση",
        "γράφει για την ιστορία των νησιών",
        "Εγγραφείτε στο ενημερωτικό",
        "Ο παππούς μου είχε καΐκι",
        "Οι ανεμόμυλοι του κάμπου",
    ),
)

# === Key-facts boxes inside the text ===

# --- English, an "At a glance" box (a heading over a short list) between two paragraphs.
PROBES.add(
    "en_at_a_glance_box_inside_text",
    "https://weekly.example.org/places/the-new-river-library",
    magazine(
        "en",
        "The library that floats",
        "<p>Millbrook’s new library opens next month on a converted barge moored by the old "
        "wharf.</p><div class='key-facts'><h3>At a glance</h3><ul><li>Opens: 2 May</li><li>"
        "Books: 12,000</li><li>Reading seats: 60</li><li>Cost: £1.4 million</li></ul></div><p>"
        "The barge was built in 1958 to carry grain and lay empty for twenty years before the "
        "council bought it.</p><p>Its hold now houses the children’s room, lit by round windows "
        "cut just above the waterline.</p>",
        share="Share this",
        author="Tom Hadley covers architecture and design for the Weekly.",
        newsletter="Get our weekly newsletter in your inbox.",
        comments=("12 comments", "Can’t wait to take my kids there!"),
        related=("More like this", "A cinema in a water tower", "The station turned market"),
    ),
    (
        "opens next month on a converted barge",
        "At a glance",
        "Books: 12,000",
        "Reading seats: 60",
        "Cost: £1.4 million",
        "lay empty for twenty years before the council bought it.",
        "lit by round windows cut just above the waterline.",
    ),
    (
        "Share this",
        "covers architecture and design",
        "Get our weekly newsletter",
        "Can’t wait to take my kids there",
        "A cinema in a water tower",
    ),
)

# --- Vietnamese, a facts box opening the text: a titled box of short labelled lines.
PROBES.add(
    "vi_facts_box_opening_text",
    "https://tapchi.example.vn/du-lich/cau-go-lang-chai",
    magazine(
        "vi",
        "Cây cầu gỗ dài nhất làng chài",
        "<div class='box-info'><p class='box-title'>Thông tin nhanh</p><p>Chiều dài: 420 mét"
        "</p><p>Năm xây dựng: 1996</p><p>Vé vào cửa: miễn phí</p></div><p>Cây cầu gỗ nối làng "
        "chài Bãi Sậy với cồn cát phía ngoài được dân làng tự góp tiền xây dựng.</p><p>Mỗi "
        "sáng, hàng trăm người đi bộ qua cầu để ra chợ cá trên cồn.</p><p>Năm ngoái, cầu được "
        "thay toàn bộ ván lát bằng gỗ lim cũ mua lại từ những ngôi nhà bị dỡ.</p>",
        share="Chia sẻ",
        author="Nguyễn Thu Hà, phóng viên mục Du lịch.",
        newsletter="Đăng ký nhận bản tin hằng tuần.",
        comments=("Bình luận", "Tôi đã đi qua cầu này, rất đẹp!"),
        related=("Bài liên quan", "Chợ nổi lúc bình minh", "Ngọn hải đăng cổ"),
    ),
    (
        "Thông tin nhanh",
        "Chiều dài: 420 mét",
        "Năm xây dựng: 1996",
        "Vé vào cửa: miễn phí",
        "được dân làng tự góp tiền xây dựng.",
        "hàng trăm người đi bộ qua cầu để ra chợ cá trên cồn.",
    ),
    (
        "Chia sẻ",
        "phóng viên mục Du lịch",
        "Đăng ký nhận bản tin",
        "rất đẹp!",
        "Chợ nổi lúc bình minh",
    ),
)

# --- Turkish, a summary box as a definition list set in the text's middle.
PROBES.add(
    "tr_summary_box_definition_list",
    "https://dergi.example.com.tr/gezi/tas-koprunun-hikayesi",
    magazine(
        "tr",
        "Taş köprünün hikâyesi",
        "<p>Yeşilova’daki taş köprü, üç yüz yıldır aynı dereyi aşıyor.</p><div "
        "class='summary-box'><h4>Bir bakışta</h4><dl><dt>Yapım</dt><dd>1712</dd><dt>Uzunluk"
        "</dt><dd>38 metre</dd><dt>Kemer sayısı</dt><dd>3</dd></dl></div><p>Köprüyü yaptıran "
        "değirmenci, taşları nehir yatağından tek tek seçtirmiş.</p><p>1998 selinde köprünün "
        "bir kemeri hasar gördü, ama köylüler onu eski taşlarla yeniden ördü.</p>",
        share="Paylaş",
        author="Elif Korkmaz gezi yazarıdır.",
        newsletter="Bültenimize abone olun.",
        comments=("Yorumlar", "Geçen yaz gördüm, çok etkileyici!"),
        related=("İlginizi çekebilir", "Eski değirmenler rotası", "Kervansaraylar"),
    ),
    (
        "üç yüz yıldır aynı dereyi aşıyor.",
        "Bir bakışta",
        "38 metre",
        "Kemer sayısı",
        "taşları nehir yatağından tek tek seçtirmiş.",
        "köylüler onu eski taşlarla yeniden ördü.",
    ),
    (
        "Paylaş",
        "gezi yazarıdır",
        "Bültenimize abone olun",
        "çok etkileyici",
        "Eski değirmenler rotası",
    ),
)

# === Release notes ===

# --- Portuguese, a blog post of release notes: version headings with dates over lists.
PROBES.add(
    "pt_release_notes_version_headings",
    "https://blog.example.com.br/notas-de-versao-marco",
    magazine(
        "pt",
        "Notas de versão de março",
        "<p>Este mês lançamos duas versões do aplicativo de agenda.</p><h3>Versão 4.2.0 — 18 "
        "de março</h3><ul><li>Novo modo escuro para o calendário semanal.</li><li>Lembretes "
        "agora podem repetir a cada dois dias.</li><li>Corrigido o erro que duplicava eventos "
        "importados.</li></ul><h3>Versão 4.1.3 — 4 de março</h3><ul><li>A sincronização com "
        "contas antigas ficou mais rápida.</li><li>Corrigida a falha ao abrir convites sem "
        "título.</li></ul>",
        share="Compartilhe",
        author="Equipe de produto da Agenda Simples.",
        newsletter="Receba as novidades por e-mail.",
        comments=("Comentários", "Finalmente o modo escuro!"),
        related=("Posts recentes", "Como usar etiquetas", "Dicas para equipes"),
    ),
    (
        "Versão 4.2.0 — 18 de março",
        "Novo modo escuro para o calendário semanal.",
        "Lembretes agora podem repetir a cada dois dias.",
        "Versão 4.1.3 — 4 de março",
        "A sincronização com contas antigas ficou mais rápida.",
        "Corrigida a falha ao abrir convites sem título.",
    ),
    (
        "Compartilhe",
        "Equipe de produto da Agenda Simples",
        "Receba as novidades por e-mail",
        "Finalmente o modo escuro",
        "Como usar etiquetas",
    ),
)

# --- Japanese, a docs site's change history: a sidebar of pages, version <h2>s each over
# a "new" and a "fixed" list, a "was this page useful" box and a pager after.
PROBES.add(
    "ja_changelog_docs_versions",
    "https://docs.example.jp/app/changelog",
    page(
        "ja",
        "更新履歴",
        "<header><a href='/'>ノートアプリ ドキュメント</a></header><div class='docs'><nav "
        "class='docs-sidebar'><ul><li><a href='/start'>はじめに</a></li><li><a "
        "href='/sync'>同期の設定</a></li><li><a href='/changelog'>更新履歴</a></li></ul></nav>"
        "<main class='docs-content'><h1>更新履歴</h1><h2>バージョン 3.5.0（2026年2月10日）</h2>"
        "<h4>新機能</h4><ul><li>ノートを色で分類できるようになりました。</li><li>手書きメモを"
        "PDFとして書き出せます。</li></ul><h4>修正</h4><ul><li>長いノートの保存が遅い問題を"
        "修正しました。</li></ul><h2>バージョン 3.4.2（2026年1月22日）</h2><h4>修正</h4><ul>"
        "<li>起動時にまれに落ちる問題を修正しました。</li></ul><div class='feedback'><p>この"
        "ページは役に立ちましたか？</p><button>はい</button><button>いいえ</button></div><nav "
        "class='pager'><a href='/sync'>← 同期の設定</a></nav></main></div><footer>© ノート"
        "アプリ</footer>",
    ),
    (
        "バージョン 3.5.0（2026年2月10日）",
        "ノートを色で分類できるようになりました。",
        "PDFとして書き出せます。",
        "長いノートの保存が遅い問題を修正しました。",
        "バージョン 3.4.2（2026年1月22日）",
        "起動時にまれに落ちる問題を修正しました。",
    ),
    ("このページは役に立ちましたか？", "← 同期の設定"),
)

# === Episode pages with time codes ===

# --- Czech, a video page: the show notes' time codes are links seeking the player, each
# line ended by a <br>.
PROBES.add(
    "cs_video_notes_linked_time_codes",
    "https://video.example.cz/porady/dilna/dil-12",
    magazine(
        "cs",
        "Dílna, díl 12: Oprava starého kola",
        "<div class='player'><iframe src='https://player.example.cz/v/12'></iframe></div><p>V "
        "dnešním dílu opravujeme padesát let staré kolo, které jsme našli na půdě.</p><p><a "
        "href='?t=0'>00:00:00</a> — Úvod a stav kola<br><a href='?t=312'>00:05:12</a> — "
        "Rozebrání a čištění řetězu<br><a href='?t=750'>00:12:30</a> — Výměna brzdových "
        "špalíků<br><a href='?t=1405'>00:23:25</a> — První jízda po opravě</p><p>Díky dílně "
        "Kolárna za zapůjčení nářadí.</p>",
        share="Sdílet",
        author="Pořad moderuje Petr Novotný.",
        newsletter="Odebírejte náš newsletter.",
        comments=("Komentáře", "Skvělý díl, hned jdu opravit svoje kolo!"),
        related=("Další díly", "Díl 11: Stolička z palet", "Díl 13: Nová kapsa na batoh"),
    ),
    (
        "opravujeme padesát let staré kolo",
        "Úvod a stav kola",
        "Rozebrání a čištění řetězu",
        "Výměna brzdových špalíků",
        "První jízda po opravě",
    ),
    (
        "Sdílet",
        "Pořad moderuje Petr Novotný",
        "Odebírejte náš newsletter",
        "hned jdu opravit svoje kolo",
        "Díl 11: Stolička z palet",
    ),
)

# --- Norwegian (Bokmål), a video page whose chapters are a list of wholly linked lines,
# each seeking the player ("?t=…"); beside the video a list of the latest clips, each linked
# line opened by its time of day and leading to another page, which must stay out.
PROBES.add(
    "nb_video_chapters_wholly_linked_list",
    "https://tv.example.no/program/verkstedet/episode-7",
    magazine(
        "nb",
        "Verkstedet, episode 7: Slik sliper du en øks",
        "<div class='player'><video src='/v/7.mp4' controls></video></div><p>I denne episoden "
        "viser smeden Halvor Bakken hvordan en gammel øks får ny egg.</p><h3>Kapitler</h3><ul "
        "class='chapters'><li><a href='?t=0'>00:00 Velkommen til verkstedet</a></li><li><a "
        "href='?t=95'>01:35 Slik finner du riktig vinkel</a></li><li><a href='?t=480'>08:00 "
        "Grovsliping på slipesteinen</a></li><li><a href='?t=1130'>18:50 Finsliping og "
        "testkutt i bjørkeved</a></li></ul><p>Neste episode handler om å skifte skaft.</p><div "
        "class='latest-clips'><h4>Siste klipp</h4><ul><li><a href='/klipp/31'>14:20 Snøen "
        "stenger fjellovergangen</a></li><li><a href='/klipp/30'>12:05 Ny bro åpnet i "
        "Elvedalen</a></li></ul></div>",
        share="Del",
        author="Programleder: Sigrid Løvli",
        newsletter="Meld deg på nyhetsbrevet vårt.",
        comments=("Kommentarer", "Endelig fikk jeg sliping til å fungere!"),
        related=("Flere episoder", "Episode 6: Lag din egen kniv", "Episode 8: Nytt skaft"),
    ),
    (
        "viser smeden Halvor Bakken hvordan en gammel øks får ny egg.",
        "00:00 Velkommen til verkstedet",
        "01:35 Slik finner du riktig vinkel",
        "08:00 Grovsliping på slipesteinen",
        "18:50 Finsliping og testkutt i bjørkeved",
        "Neste episode handler om å skifte skaft.",
    ),
    (
        "Snøen stenger fjellovergangen",
        "Ny bro åpnet i Elvedalen",
        "Programleder: Sigrid Løvli",
        "Meld deg på nyhetsbrevet",
        "Episode 6: Lag din egen kniv",
    ),
)

# --- Romanian, a podcast episode: each chapter a paragraph wholly linked to a moment of the
# player ("#t=…").
PROBES.add(
    "ro_podcast_chapters_linked_paragraphs",
    "https://podcast.example.ro/povesti-de-bucatarie/episodul-14",
    magazine(
        "ro",
        "Episodul 14: Pâinea de casă",
        "<div class='player'><audio src='/e/14.mp3' controls></audio></div><p>Vorbim cu "
        "brutarul Ionuț Mărgineanu despre maia, făină și răbdare.</p><p><a "
        "href='#t=65'>01:05 Cum se pornește o maia</a></p><p><a href='#t=840'>14:00 Ce făină "
        "alegem pentru pâinea de țară</a></p><p><a href='#t=1710'>28:30 Greșelile care fac "
        "pâinea prea densă</a></p>",
        share="Distribuie",
        author="Gazda podcastului: Irina Pop",
        newsletter="Abonează-te la newsletterul nostru.",
        comments=("Comentarii", "Am încercat rețeta, a ieșit perfect!"),
        related=("Alte episoade", "Episodul 13: Murăturile bunicii", "Episodul 15: Cozonacul"),
    ),
    (
        "Vorbim cu brutarul Ionuț Mărgineanu despre maia, făină și răbdare.",
        "01:05 Cum se pornește o maia",
        "14:00 Ce făină alegem pentru pâinea de țară",
        "28:30 Greșelile care fac pâinea prea densă",
    ),
    (
        "Distribuie",
        "Gazda podcastului",
        "Abonează-te la newsletterul",
        "Episodul 13: Murăturile bunicii",
    ),
)

# --- Hungarian, a video's description as a channel page shows it: the chapters as lines of
# one paragraph, each line wholly linked to the video's address with a start time.
PROBES.add(
    "hu_video_description_timestamped_links",
    "https://video.example.hu/csatorna/kertesz-napok/metszes",
    magazine(
        "hu",
        "Gyümölcsfák metszése tavasszal",
        "<div class='player'><iframe src='https://player.example.hu/embed/k7'></iframe></div>"
        "<p>Ebben a videóban Farkas Ildikó kertész megmutatja, hogyan metsszük az idős "
        "almafákat.</p><p><a href='https://video.example.hu/watch?v=k7&amp;t=0s'>0:00 Bevezető"
        "</a><br><a href='https://video.example.hu/watch?v=k7&amp;t=74s'>1:14 A szerszámok "
        "előkészítése</a><br><a href='https://video.example.hu/watch?v=k7&amp;t=402s'>6:42 A "
        "vízhajtások eltávolítása</a><br><a href='https://video.example.hu/watch?v=k7&amp;"
        "t=935s'>15:35 A sebek kezelése</a></p>",
        share="Megosztás",
        author="A csatornát Farkas Ildikó vezeti.",
        newsletter="Iratkozzon fel hírlevelünkre.",
        comments=("Hozzászólások", "Nagyon hasznos, köszönöm!"),
        related=("Kapcsolódó videók", "Paradicsom palántázása", "Komposztálás kezdőknek"),
    ),
    (
        "hogyan metsszük az idős almafákat.",
        "0:00 Bevezető",
        "1:14 A szerszámok előkészítése",
        "6:42 A vízhajtások eltávolítása",
        "15:35 A sebek kezelése",
    ),
    (
        "Megosztás",
        "Farkas Ildikó vezeti",
        "Iratkozzon fel",
        "Nagyon hasznos",
        "Paradicsom palántázása",
    ),
)

# --- Indonesian, a podcast episode: each chapter a paragraph of its own opened by its time
# code; subscribe buttons and a list of other episodes.
PROBES.add(
    "id_podcast_time_code_paragraphs",
    "https://podcast.example.id/obrolan-dapur/episode-31",
    page(
        "id",
        "Episode 31: Sambal dari Berbagai Daerah",
        "<header><a href='/'>Obrolan Dapur</a></header><main><article class='episode'><h1>"
        "Episode 31: Sambal dari Berbagai Daerah</h1><div class='player'><audio "
        "src='/e/31.mp3' controls></audio></div><div class='subscribe'><a href='#'>Spotify</a> "
        "<a href='#'>Apple Podcasts</a> <a href='#'>RSS</a></div><div class='show-notes'><p>"
        "Kali ini kami mencicipi tujuh sambal dan bertanya kepada tiga juru masak tentang "
        "resep keluarga mereka.</p><p>00:01:10 — Perkenalan dan sambal pertama</p><p>00:09:45 — "
        "Sambal matah dan cara mengiris serai</p><p>00:21:30 — Sambal andaliman yang membuat "
        "lidah bergetar</p><p>00:38:05 — Pertanyaan pendengar</p></div></article><aside "
        "class='more-episodes'><h3>Episode lainnya</h3><ul><li><a href='/e/30'>Episode 30: Kopi "
        "Tubruk</a></li><li><a href='/e/29'>Episode 29: Kue Pasar</a></li></ul></aside></main>"
        "<footer>© Obrolan Dapur</footer>",
    ),
    (
        "mencicipi tujuh sambal dan bertanya kepada tiga juru masak",
        "00:01:10 — Perkenalan dan sambal pertama",
        "00:09:45 — Sambal matah dan cara mengiris serai",
        "Sambal andaliman yang membuat lidah bergetar",
        "00:38:05 — Pertanyaan pendengar",
    ),
    ("Apple Podcasts", "Episode 30: Kopi Tubruk", "Episode lainnya"),
)

# --- Hindi, a podcast's show notes as a list whose items are a time code in a <time>
# element and a short topic.
PROBES.add(
    "hi_podcast_time_elements_list",
    "https://podcast.example.in/kisse-kahaniyan/ep-18",
    magazine(
        "hi",
        "एपिसोड 18: पुराने रेडियो की कहानियाँ",
        "<div class='player'><audio src='/ep18.mp3' controls></audio></div><p>इस एपिसोड में "
        "हम अपने दादा-दादी से सुनी रेडियो की कहानियाँ याद करते हैं।</p><ul "
        "class='chapters'><li><time>00:02:15</time> शुरुआत और पहला रेडियो</li><li><time>"
        "00:14:40</time> क्रिकेट कमेंट्री वाली शामें</li><li><time>00:27:05</time> गाँव का "
        "पहला ट्रांजिस्टर</li></ul><p>अगले एपिसोड में हम पुराने सिनेमाघरों की बात करेंगे।</p>",
        share="शेयर करें",
        author="मेज़बान: रीना शर्मा",
        newsletter="हमारे न्यूज़लेटर की सदस्यता लें।",
        comments=("टिप्पणियाँ", "बहुत सुंदर एपिसोड!"),
        related=("और एपिसोड", "एपिसोड 17: डाकिया बाबू", "एपिसोड 16: मेले के दिन"),
    ),
    (
        "रेडियो की कहानियाँ याद करते हैं।",
        "शुरुआत और पहला रेडियो",
        "क्रिकेट कमेंट्री वाली शामें",
        "पहला ट्रांजिस्टर",
        "अगले एपिसोड में हम पुराने सिनेमाघरों की बात करेंगे।",
    ),
    ("शेयर करें", "मेज़बान: रीना शर्मा", "न्यूज़लेटर की सदस्यता", "बहुत सुंदर एपिसोड", "एपिसोड 17: डाकिया बाबू"),
)

# === Photo essays ===

# --- Ukrainian, each photo followed by its caption as a paragraph of a "photo-caption"
# class (no <figure>), the captions the only text after one line.
PROBES.add(
    "uk_photo_essay_caption_paragraphs",
    "https://foto.example.ua/reportazh/rybalky-dnistra",
    magazine(
        "uk",
        "Рибалки Дністра: фотоісторія",
        "<p>Ми провели тиждень із рибалками невеликого села на березі Дністра.</p><div "
        "class='photo'><img src='/f/1.jpg' alt=''></div><p class='photo-caption'>Світанок. "
        "Степан Гордієнко перевіряє сітки, поставлені ще з вечора.</p><div class='photo'><img "
        "src='/f/2.jpg' alt=''></div><p class='photo-caption'>Улов сортують просто в човні: "
        "дрібну рибу відпускають назад у річку.</p><div class='photo'><img src='/f/3.jpg' "
        "alt=''></div><p class='photo-caption'>Увечері вся родина лагодить сітки на подвір’ї, "
        "поки варяться юшка й картопля.</p>",
        share="Поділитися",
        author="Фото і текст: Марко Левченко.",
        newsletter="Підпишіться на нашу розсилку.",
        comments=("Коментарі", "Дуже атмосферні фото!"),
        related=("Інші фотоісторії", "Пастухи Карпат", "Зимовий порт"),
    ),
    (
        "Ми провели тиждень із рибалками",
        "перевіряє сітки, поставлені ще з вечора.",
        "дрібну рибу відпускають назад у річку.",
        "поки варяться юшка й картопля.",
    ),
    ("Поділитися", "Підпишіться на нашу розсилку", "Дуже атмосферні фото", "Пастухи Карпат"),
)

# --- Swahili, a gallery of photo boxes: each a picture and a caption box of one paragraph.
PROBES.add(
    "sw_photo_essay_gallery_caption_boxes",
    "https://picha.example.co.tz/hadithi/soko-la-samaki",
    magazine(
        "sw",
        "Siku moja katika soko la samaki",
        "<p>Soko la samaki la Pwani Ndogo huamka kabla ya jua kuchomoza.</p><div "
        "class='gallery'><div class='gallery-item'><img src='/g/1.jpg' alt=''><div "
        "class='gallery-caption'><p>Saa kumi na moja alfajiri, mashua za kwanza zinafika "
        "zikiwa zimejaa dagaa.</p></div></div><div class='gallery-item'><img src='/g/2.jpg' "
        "alt=''><div class='gallery-caption'><p>Mama Zawadi amepika chai kwa wavuvi kwa miaka "
        "ishirini katika kibanda chake.</p></div></div><div class='gallery-item'><img "
        "src='/g/3.jpg' alt=''><div class='gallery-caption'><p>Kufikia adhuhuri soko ni tupu, "
        "na wavuvi wanarekebisha nyavu zao kivulini.</p></div></div></div>",
        share="Shiriki",
        author="Picha na maandishi: Juma Salim.",
        newsletter="Jiandikishe kupokea jarida letu.",
        comments=("Maoni", "Picha nzuri sana!"),
        related=("Habari zaidi", "Wakulima wa mwani", "Bandari ya zamani"),
    ),
    (
        "huamka kabla ya jua kuchomoza.",
        "mashua za kwanza zinafika zikiwa zimejaa dagaa.",
        "amepika chai kwa wavuvi kwa miaka ishirini",
        "wavuvi wanarekebisha nyavu zao kivulini.",
    ),
    ("Shiriki", "Jiandikishe kupokea jarida", "Picha nzuri sana", "Wakulima wa mwani"),
)

# --- Thai, figures with long captions and no paragraph but a one-line standfirst.
PROBES.add(
    "th_photo_essay_figcaptions_only",
    "https://photo.example.co.th/story/talat-nam",
    magazine(
        "th",
        "เช้าวันหนึ่งที่ตลาดน้ำ",
        "<p class='standfirst'>ภาพชุดจากตลาดน้ำริมคลองบางใบไม้</p><figure><img "
        "src='/t/1.jpg' alt=''><figcaption>แม่ค้าพายเรือนำผลไม้มาขายตั้งแต่ตีห้า "
        "ก่อนที่นักท่องเที่ยวจะมาถึง</figcaption></figure><figure><img src='/t/2.jpg' "
        "alt=''><figcaption>ก๋วยเตี๋ยวเรือชามเล็กถูกส่งจากเรือหนึ่งไปยังอีกเรือหนึ่ง"
        "อย่างคล่องแคล่ว</figcaption></figure><figure><img src='/t/3.jpg' alt=''><figcaption>"
        "เมื่อแดดแรงขึ้น ตลาดก็เริ่มเงียบลง และเรือทุกลำก็กลับบ้าน</figcaption></figure>",
        share="แชร์",
        author="ภาพและเรื่อง: สมชาย ใจดี",
        newsletter="สมัครรับจดหมายข่าวของเรา",
        comments=("ความคิดเห็น", "ภาพสวยมากครับ"),
        related=("เรื่องอื่น ๆ", "ชาวนาแห่งทุ่งกว้าง", "หมู่บ้านช่างทอ"),
    ),
    (
        "แม่ค้าพายเรือนำผลไม้มาขายตั้งแต่ตีห้า",
        "ถูกส่งจากเรือหนึ่งไปยังอีกเรือหนึ่งอย่างคล่องแคล่ว",
        "ตลาดก็เริ่มเงียบลง และเรือทุกลำก็กลับบ้าน",
    ),
    ("สมัครรับจดหมายข่าว", "ภาพสวยมากครับ", "ชาวนาแห่งทุ่งกว้าง"),
)


# === Round 52: chapters as a player's buttons; notes in the article's own <footer> ===

# --- Danish, an episode's chapters, each line wholly a <button> that seeks the player.
PROBES.add(
    "da_podcast_chapters_as_buttons",
    "https://lyd.example.dk/podcast/haveliv/afsnit-22",
    magazine(
        "da",
        "Haveliv, afsnit 22: Kompost uden lugt",
        "<div class='player'><audio src='/a/22.mp3' controls></audio><button "
        "class='play'>Afspil</button></div><p>Gartneren Birte Holm fortæller, hvordan en "
        "kompostbunke bliver til muld på et halvt år.</p><h3>Kapitler</h3><ul "
        "class='chapters'><li><button data-seek='0'>00:00 Velkommen i haven</button></li><li>"
        "<button data-seek='140'>02:20 Grønt og brunt i den rette blanding</button></li><li>"
        "<button data-seek='930'>15:30 Når kompostbunken lugter af ammoniak</button></li>"
        "</ul><p>I næste afsnit handler det om frøsamling.</p>",
        share="Del",
        author="Vært: Mads Kjær",
        newsletter="Tilmeld dig vores nyhedsbrev.",
        comments=("Kommentarer", "Min kompost lugter ikke mere, tak!"),
        related=("Flere afsnit", "Afsnit 21: Regnvand", "Afsnit 23: Frø"),
    ),
    (
        "Gartneren Birte Holm fortæller",
        "00:00 Velkommen i haven",
        "02:20 Grønt og brunt i den rette blanding",
        "15:30 Når kompostbunken lugter af ammoniak",
        "I næste afsnit handler det om frøsamling.",
    ),
    ("Afspil", "Vært: Mads Kjær", "Tilmeld dig vores nyhedsbrev", "Afsnit 21: Regnvand"),
)

# --- Czech, a video's chapters as paragraphs, each wholly a <button>.
PROBES.add(
    "cs_video_chapters_button_paragraphs",
    "https://video.example.cz/porady/dilna/dil-9",
    magazine(
        "cs",
        "Dílna, díl 9: Jak natřít okno",
        "<div class='player'><video src='/v/9.mp4' controls></video></div><p>Truhlář Karel "
        "Novotný ukazuje, jak obnovit staré dřevěné okno bez výměny rámu.</p><p><button "
        "type='button' class='chapter'>00:40 Oškrábání staré barvy</button></p><p><button "
        "type='button' class='chapter'>06:15 Tmelení prasklin a spár</button></p><p><button "
        "type='button' class='chapter'>12:50 První nátěr olejovou barvou</button></p>",
        share="Sdílet",
        author="Moderuje Eva Horáková",
        newsletter="Přihlaste se k odběru novinek.",
        comments=("Komentáře", "Konečně jsem to zvládl sám."),
        related=("Další díly", "Díl 8: Nové schody", "Díl 10: Podlaha"),
    ),
    (
        "Truhlář Karel Novotný ukazuje",
        "00:40 Oškrábání staré barvy",
        "06:15 Tmelení prasklin a spár",
        "12:50 První nátěr olejovou barvou",
    ),
    ("Moderuje Eva Horáková", "Přihlaste se k odběru", "Díl 8: Nové schody"),
)


def footed(lang: str, title: str, text: str, footer: str) -> str:
    """An article whose own ``<footer>`` (inside the ``<article>``) holds its notes, with the
    site's footer after the page."""
    return page(
        lang,
        title,
        "<main><article class='essay'><h1>"
        + title
        + "</h1><div class='essay-body'>"
        + text
        + "</div><footer class='essay-footer'>"
        + footer
        + "</footer></article><aside "
        "class='more'><h3>More</h3><ul><li><a href='/m/1'>Other essay one</a></li><li><a "
        "href='/m/2'>Other essay two</a></li></ul></aside></main>",
    )


# --- Swedish, footnotes as an ordered list in the article's own <footer>.
PROBES.add(
    "sv_footnotes_in_article_footer",
    "https://tidskrift.example.se/essa/kvarnen-vid-an",
    footed(
        "sv",
        "Kvarnen vid ån",
        "<p>Kvarnen vid Lillån malde säd åt hela socknen i nästan tvåhundra år<sup><a "
        "href='#fn1'>1</a></sup>.</p><p>När den sista mjölnaren dog 1931 stod den tom, tills "
        "hembygdsföreningen köpte den för en krona<sup><a href='#fn2'>2</a></sup>.</p><p>I dag "
        "mals mjöl där igen varje midsommar.</p>",
        "<h2>Noter</h2><ol class='footnotes'><li id='fn1'>Enligt sockenstämmans protokoll från "
        "1742, förvarade i landsarkivet.</li><li id='fn2'>Köpebrevet hänger inramat i "
        "kvarnens kontor.</li></ol>",
    ),
    (
        "malde säd åt hela socknen i nästan tvåhundra år",
        "tills hembygdsföreningen köpte den för en krona",
        "mals mjöl där igen varje midsommar.",
        "Enligt sockenstämmans protokoll från 1742",
        "Köpebrevet hänger inramat i kvarnens kontor.",
    ),
    ("Other essay one",),
)

# --- German, endnotes as paragraphs in the article's own <footer>, after a tag line.
PROBES.add(
    "de_endnotes_in_article_footer",
    "https://zeitschrift.example.de/essay/die-faehre-von-lindau-ort",
    footed(
        "de",
        "Die Fähre von Lindenort",
        "<p>Die Seilfähre von Lindenort verkehrt seit 1893 ohne Motor über den Fluss<sup>1"
        "</sup>.</p><p>Der Fährmann zieht sie an einem Drahtseil hinüber, bei Hochwasser ruht "
        "der Betrieb<sup>2</sup>.</p><p>Im Sommer setzen an manchen Tagen mehr als tausend "
        "Radfahrer über.</p>",
        "<div class='notes'><p><sup>1</sup> So steht es in der Chronik des Heimatvereins von "
        "1953.</p><p><sup>2</sup> Zuletzt im Juni des vergangenen Jahres für neun Tage.</p>"
        "</div>",
    ),
    (
        "verkehrt seit 1893 ohne Motor über den Fluss",
        "bei Hochwasser ruht der Betrieb",
        "mehr als tausend Radfahrer über.",
        "So steht es in der Chronik des Heimatvereins von 1953.",
        "Zuletzt im Juni des vergangenen Jahres für neun Tage.",
    ),
    ("Other essay one",),
)
