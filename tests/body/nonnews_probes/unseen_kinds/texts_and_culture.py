"""Texts read for themselves: a scripture reading with verse numbers, web novels' chapters
(a Chinese reading site, a Japanese novel site with its preface and afterword), a fan
fiction chapter under its tags, a play's script, a collection of sayings, proverbs with
their meanings, an annotated chess game and a daily horoscope."""

from __future__ import annotations

from ._registry import PROBES, app, astra, bootstrap, drupal, field, page, table_layout

# --- Swahili, a daily reading: verse numbers in <sup>s inside the paragraphs, a version
# picker, chapter navigation and a reading plan's progress bar.
PROBES.add(
    "sw_daily_reading_verse_numbers",
    "https://somolaleo.example.co.tz/somo/2026-11-08",
    bootstrap(
        "sw",
        "Somo la Leo: Mpanzi wa Mbegu Ndogo",
        "<select class='form-select mb-3'><option>Toleo la Kiswahili Sanifu</option>"
        "<option>Toleo la Habari Njema</option></select><p><sup class='v'>1</sup> Mkulima "
        "mmoja alitoka alfajiri kwenda shambani kwake karibu na mto. <sup class='v'>2</sup> "
        "Alipanda mbegu ndogo kuliko zote, akasema, Hii itakua kuwa mti wa kivuli kwa "
        "wasafiri. <sup class='v'>3</sup> Majirani walicheka, lakini mvua ilipokuja mbegu "
        "ikachipuka.</p><p><sup class='v'>4</sup> Mwaka uliofuata ndege wengi walijenga viota "
        "katika matawi yake.</p><div class='progress my-3'><div class='progress-bar' "
        "style='width:40%'>Siku 12 kati ya 30</div></div><nav class='chapter-nav'><a "
        "href='/somo/2026-11-07'>‹ Somo lililopita</a> <a href='/somo/2026-11-09'>Somo "
        "linalofuata ›</a></nav>",
        brand="Somo la Leo",
        nav=("Masomo", "Mipango ya Kusoma", "Sauti"),
        card_title="Mipango maarufu",
        cards=("Siku 30 za Hekima", "Mwaka Mzima wa Zaburi"),
        footer="© 2026 Somo la Leo",
    ),
    (
        "Mkulima mmoja alitoka alfajiri kwenda shambani kwake karibu na mto.",
        "Hii itakua kuwa mti wa kivuli kwa wasafiri.",
        "ndege wengi walijenga viota katika matawi yake",
    ),
    ("Siku 12 kati ya 30", "Somo linalofuata", "Siku 30 za Hekima"),
)

# --- Simplified Chinese, a web novel's chapter on a reading site: the chapter's
# paragraphs in a div, a toolbar (font size, bookshelf), prev/contents/next links, the
# author's words and readers' chapter comments after.
PROBES.add(
    "zh_web_novel_chapter_reader_toolbar",
    "https://read.example.cn/book/20871/chapter/118.html",
    page(
        "zh-CN",
        "第一百一十八章 雪夜渡口",
        "<div class='topbar'><a href='/'>书海阅读</a><a href='/rank'>排行榜</a><a "
        "href='/shelf'>我的书架</a></div><div class='read-container'><div "
        "class='read-toolbar'><a href='#'>目录</a><a href='#'>设置</a><a href='#'>加入书架"
        "</a><a href='#'>字号 A+</a></div><div class='chapter-wrap'><h1 "
        "class='chapter-title'>第一百一十八章 雪夜渡口</h1><div class='chapter-info'>"
        "字数：2841 更新时间：2026-11-03 20:00</div><div class='read-content' "
        "id='chaptercontent'><p>　　雪下了整整一夜，渡口的木桩只露出一截黑色的顶端。</p>"
        "<p>　　林舟把马拴在船棚下，向守夜的老艄公讨了一碗热姜汤。</p><p>　　“天亮之前，"
        "没有人敢过河。”老人说着，往火塘里又添了一块松木。</p></div><div "
        "class='chapter-nav'><a href='/book/20871/chapter/117.html'>上一章</a><a "
        "href='/book/20871/'>目录</a><a href='/book/20871/chapter/119.html'>下一章</a>"
        "</div><div class='author-say'><b>作者有话说：</b>明天加更一章，感谢大家的月票！"
        "</div><div class='chapter-comments'><h3>本章说（36）</h3><div class='cmt'>"
        "<span>书友20261103</span><p>老艄公肯定有秘密！</p></div></div></div></div>"
        "<div class='footer'>书海阅读 版权所有 京ICP备00000000号</div>",
    ),
    (
        "雪下了整整一夜，渡口的木桩只露出一截黑色的顶端。",
        "向守夜的老艄公讨了一碗热姜汤",
        "往火塘里又添了一块松木",
    ),
    ("加入书架", "下一章", "老艄公肯定有秘密", "京ICP备", "本章说"),
)

# --- Japanese, a novel site's episode: preface and afterword boxes around the text
# (the author's notes), the text as numbered <p id='L1'> lines with blank lines between
# scenes, the episode pager, bookmark and review links.
PROBES.add(
    "ja_novel_episode_numbered_lines_pager",
    "https://novel.example.jp/n4821kk/23/",
    page(
        "ja",
        "第二十三話　灯台守の手紙",
        "<div id='novel_header'><ul><li><a href='/'>小説トップ</a></li><li><a href='#'>"
        "ブックマークに追加</a></li><li><a href='#'>感想を書く</a></li></ul></div><div "
        "id='novel_contents'><div id='novel_color'><div class='novel_bn'><a "
        "href='/n4821kk/22/'>&lt;&lt; 前へ</a><a href='/n4821kk/24/'>次へ &gt;&gt;</a></div>"
        "<div id='novel_no'>23/41</div><p class='novel_subtitle'>第二十三話　灯台守の手紙"
        "</p><div id='novel_p' class='novel_view'><p id='Lp1'>いつも読んでくださり"
        "ありがとうございます。</p></div><div id='novel_honbun' class='novel_view'><p "
        "id='L1'>　封筒は潮の匂いがした。</p><p id='L2'>　差出人の欄には、十年前に"
        "島を出たはずの祖父の名前が書かれていた。</p><p id='L3'><br></p><p id='L4'>"
        "　翌朝、澪は始発の連絡船に乗り、灯台のある岬へ向かった。</p></div><div "
        "id='novel_a' class='novel_view'><p id='La1'>次回は来週の金曜日に更新予定です。"
        "</p></div><div class='novel_bn'><a href='/n4821kk/22/'>&lt;&lt; 前へ</a><a "
        "href='/n4821kk/'>目次</a><a href='/n4821kk/24/'>次へ &gt;&gt;</a></div></div>"
        "</div><div id='footer'>小説の森 利用規約</div>",
    ),
    (
        "封筒は潮の匂いがした。",
        "十年前に島を出たはずの祖父の名前が書かれていた。",
        "始発の連絡船に乗り、灯台のある岬へ向かった。",
    ),
    ("ブックマークに追加", "次へ >>", "利用規約"),
)

# --- Spanish, a fan fiction archive's chapter: the work's tags as a definition list, the
# chapter's text in a "userstuff" div, kudos and comments after.
PROBES.add(
    "es_fanfic_chapter_tags_then_userstuff",
    "https://archivo-ficciones.example.org/obras/55120/capitulos/3",
    page(
        "es",
        "El faro de los tres inviernos - Capítulo 3",
        "<div id='header'><a href='/'>Archivo de Ficciones</a><ul class='primary'><li><a "
        "href='/fandoms'>Fandoms</a></li><li><a href='/buscar'>Buscar</a></li></ul></div>"
        "<div id='main' class='works-show'><dl class='work meta group'><dt>Clasificación:"
        "</dt><dd><a href='/t/1'>Para todo público</a></dd><dt>Etiquetas:</dt><dd><ul><li><a "
        "href='/t/2'>Amistad</a></li><li><a href='/t/3'>Invierno</a></li></ul></dd><dt>"
        "Palabras:</dt><dd>2.310</dd></dl><div id='workskin'><div class='preface group'>"
        "<h2 class='title heading'>El faro de los tres inviernos</h2><h3 "
        "class='byline heading'><a href='/u/nieblina'>nieblina</a></h3></div><div "
        "id='chapters'><div class='chapter'><h3 class='title'>Capítulo 3: La tormenta</h3>"
        "<div class='userstuff module' role='article'><p>Aquella noche el viento arrancó "
        "las contraventanas del faro y Inés tuvo que sujetarlas con la cuerda del "
        "bote.</p><p>Mateo encendió la lámpara de reserva y, por primera vez en semanas, "
        "ninguno de los dos habló del barco perdido.</p></div></div></div></div><div "
        "id='kudos'><p>¡A 214 personas les gustó esta obra!</p><button>Kudos ♥</button>"
        "</div><div id='feedback'><h3>Comentarios</h3><p>¡Qué capítulo tan intenso!</p>"
        "</div></div>",
    ),
    (
        "el viento arrancó las contraventanas del faro",
        "ninguno de los dos habló del barco perdido",
    ),
    ("A 214 personas les gustó", "Qué capítulo tan intenso", "Para todo público"),
)

# --- Russian, a theatre's published play: character names as spans before their lines,
# stage directions in italics, a list of characters at the top.
PROBES.add(
    "ru_play_script_character_lines_directions",
    "https://teatr-lodka.example.ru/pesy/pristan/deystvie-1",
    drupal(
        "ru",
        "«Пристань». Пьеса в двух действиях. Действие первое",
        field(
            "body",
            "<p class='persons'><b>Действующие лица:</b> Вера, смотрительница пристани; "
            "Гордей, её брат; Почтальон.</p><p class='remark'><i>Утро. Деревянная пристань, "
            "туман над рекой.</i></p><p><span class='char'>ВЕРА.</span> Опять пароход "
            "опаздывает, а у меня на столе остывает самовар.</p><p><span "
            "class='char'>ГОРДЕЙ.</span> Пусть остывает, река сегодня не торопится.</p><p "
            "class='remark'><i>Входит Почтальон с мокрой сумкой.</i></p><p><span "
            "class='char'>ПОЧТАЛЬОН.</span> Письмо вам, Вера Ивановна, из города, с сургучом."
            "</p>",
        )
        + "<div class='ticket-box'><a href='/afisha'>Купить билет на спектакль</a></div>",
        site="Театр «Лодка»",
        menu=("Афиша", "Спектакли", "Труппа"),
        sidebar_title="Другие пьесы",
        sidebar=("«Зимний сад»", "«Соседи по лестнице»"),
        footer="© Театр «Лодка», 2026",
    ),
    (
        "Опять пароход опаздывает, а у меня на столе остывает самовар.",
        "Пусть остывает, река сегодня не торопится.",
        "Входит Почтальон с мокрой сумкой.",
        "Письмо вам, Вера Ивановна, из города, с сургучом.",
    ),
    ("Купить билет на спектакль", "«Зимний сад»"),
)

# --- Persian, a collection of sayings: each a blockquote with its author's name in a
# <cite>, like/share buttons under each, tag links at the end.
PROBES.add(
    "fa_sayings_collection_blockquotes_cite",
    "https://sokhan.example.ir/majmoe/sabr",
    astra(
        "fa",
        "سخنانی دربارهٔ صبر",
        "<p>گزیده‌ای از سخنان کوتاه دربارهٔ صبر و شکیبایی که خوانندگان فرستاده‌اند.</p>"
        "<blockquote class='quote'><p>درختی که آهسته می‌روید، ریشه‌ای عمیق‌تر دارد.</p>"
        "<cite>مهرداد کیانی</cite><div class='quote-actions'><a href='#'>پسندیدم ۱۲</a> "
        "<a href='#'>اشتراک</a></div></blockquote><blockquote class='quote'><p>رود با "
        "سنگ نمی‌جنگد؛ از کنارش می‌گذرد و به دریا می‌رسد.</p><cite>پروانه نیک‌فر</cite>"
        "<div class='quote-actions'><a href='#'>پسندیدم ۸</a> <a href='#'>اشتراک</a></div>"
        "</blockquote>",
        site="سخن",
        after="<div class='tags-links'><a href='/tag/sabr'>صبر</a> <a href='/tag/zendegi'>"
        "زندگی</a></div>",
        widget_title="مجموعه‌های دیگر",
        widgets=("سخنانی دربارهٔ دوستی", "سخنانی دربارهٔ کار"),
        footer="کلیهٔ حقوق محفوظ است",
        dir_="rtl",
    ),
    (
        "درختی که آهسته می‌روید، ریشه‌ای عمیق‌تر دارد.",
        "رود با سنگ نمی‌جنگد؛ از کنارش می‌گذرد و به دریا می‌رسد.",
    ),
    ("پسندیدم ۱۲", "سخنانی دربارهٔ دوستی", "کلیهٔ حقوق محفوظ است"),
)

# --- Amharic, proverbs with their meanings: each proverb a bold line, its meaning a
# paragraph under it, in an old table layout.
PROBES.add(
    "am_proverbs_with_meanings_table_layout",
    "https://misaleoch.example.et/mesale/3.htm",
    table_layout(
        "am",
        "የአማርኛ ምሳሌዎች እና ትርጉማቸው — ክፍል ፫",
        "<p><b>ቀስ በቀስ እንቁላል በእግሩ ይሄዳል።</b><br>ትዕግስት ያለው ሰው የማይቻል የሚመስለውን "
        "ነገር በጊዜ ያሳካል።</p><p><b>ድር ቢያብር አንበሳ ያስር።</b><br>ብዙ ደካሞች ሲተባበሩ "
        "ከጠንካራው በላይ ኃይል ያገኛሉ።</p><p><a href='/mesale/2.htm'>« ክፍል ፪</a> | <a "
        "href='/mesale/4.htm'>ክፍል ፬ »</a></p>",
        menu=("መነሻ", "ምሳሌዎች", "ተረቶች", "ያግኙን"),
        footer="ምሳሌዎች ድረ-ገጽ ፳፻፲፰",
    ),
    (
        "ትዕግስት ያለው ሰው የማይቻል የሚመስለውን ነገር በጊዜ ያሳካል።",
        "ብዙ ደካሞች ሲተባበሩ ከጠንካራው በላይ ኃይል ያገኛሉ።",
    ),
    ("ክፍል ፬ »", "ተረቶች"),
)

# --- Georgian, an annotated chess game: the moves as spans in a move list, comments in
# paragraphs between them, a board viewer's buttons.
PROBES.add(
    "ka_chess_game_moves_and_comments",
    "https://chogadi.example.ge/partiebi/tbilisi-2026-r5",
    bootstrap(
        "ka",
        "ბერიძე – გელაშვილი, თბილისის ჩემპიონატი, მე-5 ტური",
        "<div class='board-viewer'><div id='board'></div><div class='controls'><button>⏮"
        "</button><button>◀</button><button>▶</button><button>⏭</button><button>PGN-ის "
        "ჩამოტვირთვა</button></div></div><p>თეთრებმა ხუთ სვლაში ცენტრი დაიკავეს და შავებს "
        "ინიციატივა არ დაუთმეს.</p><div class='moves'><span class='mv'>1. e4</span> <span "
        "class='mv'>c5</span> <span class='mv'>2. Nf3</span> <span class='mv'>d6</span></div>"
        "<p>მეცხრე სვლაზე მხედრის მსხვერპლი გადამწყვეტი აღმოჩნდა: შავ მეფეს თავშესაფარი "
        "აღარ დარჩა.</p><p>გელაშვილმა ორმოცდამეორე სვლაზე დანებდა.</p>",
        brand="ჭადრაკი დღეს",
        nav=("პარტიები", "ტურნირები", "რეიტინგი"),
        card_title="სხვა პარტიები",
        cards=("კაპანაძე – წერეთელი, მე-5 ტური", "ლომიძე – ჩხეიძე, მე-4 ტური"),
        footer="© ჭადრაკი დღეს",
    ),
    (
        "ხუთ სვლაში ცენტრი დაიკავეს",
        "მხედრის მსხვერპლი გადამწყვეტი აღმოჩნდა",
        "ორმოცდამეორე სვლაზე დანებდა",
    ),
    ("PGN-ის ჩამოტვირთვა", "კაპანაძე – წერეთელი"),
)

# --- Bengali, a daily horoscope: twelve signs in the real page, three here, each an <h3>
# with its sign's text; a date picker and a sign grid of links before them.
PROBES.add(
    "bn_horoscope_sign_sections",
    "https://rashifol.example.com.bd/ajker-rashifol",
    app(
        "bn",
        "আজকের রাশিফল, ৮ নভেম্বর",
        "<div class='css-grid'><a href='/mesh'>মেষ</a><a href='/brish'>বৃষ</a><a "
        "href='/mithun'>মিথুন</a></div><h3 class='css-sign'>মেষ</h3><p class='css-t'>আজ "
        "পুরোনো বন্ধুর সঙ্গে দেখা হতে পারে, কাজের চাপ বিকেলের পর কমবে।</p><h3 "
        "class='css-sign'>বৃষ</h3><p class='css-t'>টাকাপয়সার ব্যাপারে তাড়াহুড়ো করবেন না, "
        "পরিবারের পরামর্শ নিন।</p><h3 class='css-sign'>মিথুন</h3><p class='css-t'>ভ্রমণের "
        "পরিকল্পনা সফল হবে, তবে স্বাস্থ্যের দিকে খেয়াল রাখুন।</p>",
        brand="রাশিফল",
        related_title="আরও পড়ুন",
        related=("সাপ্তাহিক রাশিফল", "শুভ রং ও সংখ্যা"),
        footer="© ২০২৬ রাশিফল",
    ),
    (
        "পুরোনো বন্ধুর সঙ্গে দেখা হতে পারে",
        "পরিবারের পরামর্শ নিন",
        "ভ্রমণের পরিকল্পনা সফল হবে",
    ),
    ("সাপ্তাহিক রাশিফল", "শুভ রং ও সংখ্যা"),
)
