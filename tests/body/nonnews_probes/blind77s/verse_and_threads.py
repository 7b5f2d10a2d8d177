"""The blind77s probe's second part: verse whose lines come again and threads of people
writing to each other (lyrics with a chorus sung twice, a ghazal in couplet ``<div>``s, a
poem with a refrain, a chorus in a wrapper of its own, a children's rhyme repeating its
lines, a play's script, a classical poem with notes, mailing-list archive messages with
quoted replies in ``<pre>`` and in ``<blockquote>``, Q&A pages with an accepted answer and
comments, an expert's answers in a ``<dl>``, an issue tracker's thread, a dictionary of
idioms)."""

from __future__ import annotations

from ._kit import SITES, add, comment_prompt, paras, share

_CHORUS_HT = "Lanmè a rele m, lanmè a rele m,<br>M ap tounen lakay anvan solèy kouche."

add(
    "song_lyrics_chorus_sung_twice",
    SITES["ht"],
    "Pawòl: Lanmè a rele m",
    "<div class='lyrics-page'><h1>Pawòl: Lanmè a rele m</h1><div class='lyrics'>"
    "<p>Mwen leve bonè, zetwal yo poko ale,<br>Kanntè m ap tann mwen bò waf la.</p>"
    f"<p>{_CHORUS_HT}</p>"
    "<p>Manman m di m pran pasyans,<br>Paske vag yo pa konn pitye.</p>"
    f"<p>{_CHORUS_HT}</p></div><div class='lyrics-tools'><a href='#'>Jwenn chante a sou"
    " Spotify</a><a href='#'>Rapòte yon erè nan pawòl yo</a></div></div>",
    (
        "Mwen leve bonè, zetwal yo poko ale,",
        "Lanmè a rele m, lanmè a rele m,",
        "Paske vag yo pa konn pitye.",
    ),
    ("Jwenn chante a sou Spotify", "Rapòte yon erè nan pawòl yo"),
    path="pawol/lanme-a-rele-m",
)

add(
    "ghazal_couplets_in_divs",
    SITES["fa"],
    "غزل: باران",
    "<div class='poem'><h1>غزل: باران</h1><div class='poem-body'>"
    + "".join(
        f"<div class='beyt'><div class='m1'>{a}</div><div class='m2'>{b}</div></div>"
        for a, b in (
            ("باران که می‌بارد دلم یاد تو می‌افتد", "این کوچه‌ها بی‌تو چه تنها می‌شوند"),
            ("در پنجره هر قطره نامی از تو دارد", "شب‌ها به یادت چشم‌ها دریا می‌شوند"),
            ("گفتی که برمی‌گردی و من منتظر ماندم", "آری، همه فصل‌ها فردا می‌شوند"),
        )
    )
    + "</div><div class='poem-tools'><a href='#'>چاپ شعر</a><a href='#'>افزودن به"
    " علاقه‌مندی‌ها</a></div></div>",
    (
        "باران که می‌بارد دلم یاد تو می‌افتد",
        "شب‌ها به یادت چشم‌ها دریا می‌شوند",
        "آری، همه فصل‌ها فردا می‌شوند",
    ),
    ("چاپ شعر", "افزودن به علاقه‌مندی‌ها"),
    path="ghazal/baran",
)

add(
    "poem_with_refrain_line",
    SITES["ga"],
    "Dán: An Bóthar Abhaile",
    "<article class='dan'><h1>Dán: An Bóthar Abhaile</h1>"
    "<p>Tá an ghrian ag dul faoi thar an gcnoc,<br>Tá an ceo ag teacht ón loch,<br>Siúil go mall,"
    " a chroí.</p><p>Tá na beacha ina gcodladh sa bhfraoch,<br>Tá an tseanbhean ag cur síos an"
    " tine,<br>Siúil go mall, a chroí.</p><p class='poet'>– Máire Ní Dhomhnaill</p>"
    "<div class='audio'><a href='#'>Éist leis an dán</a></div></article>",
    (
        "Tá an ghrian ag dul faoi thar an gcnoc,",
        "Tá an tseanbhean ag cur síos an tine,",
        "Siúil go mall, a chroí.",
    ),
    ("Éist leis an dán",),
    path="danta/an-bothar-abhaile",
)

add(
    "lyrics_chorus_wrapper_korean",
    SITES["ko"],
    "가사: 바닷길",
    "<div class='lyric-view'><h1>가사: 바닷길</h1><div class='lyric'>"
    "<div class='verse'>새벽 버스 창가에 기대어<br>너의 편지를 다시 읽어</div>"
    "<div class='chorus'>바닷길 따라 걸어가면<br>언젠가 너를 만날까</div>"
    "<div class='verse'>파도 소리에 잠이 들면<br>꿈에서라도 웃어 줘</div>"
    "<div class='chorus'>바닷길 따라 걸어가면<br>언젠가 너를 만날까</div></div>"
    "<div class='lyric-footer'><a href='#'>가사 수정 요청</a><span>좋아요 1,204</span></div></div>",
    ("새벽 버스 창가에 기대어", "바닷길 따라 걸어가면", "꿈에서라도 웃어 줘"),
    ("가사 수정 요청", "좋아요 1,204"),
    path="lyrics/12044",
    template="app",
)

add(
    "childrens_rhyme_repeated_lines",
    SITES["sw"],
    "Wimbo wa watoto: Kuku wangu",
    "<div class='entry-content'><h1>Wimbo wa watoto: Kuku wangu</h1>"
    + paras("Wimbo huu huimbwa na watoto wa chekechea wakicheza kwenye duara.")
    + "<p>Kuku wangu, kuku wangu,<br>Ametaga mayai mawili.<br>Kuku wangu, kuku wangu,<br>Anataka"
    " mtoto mmoja.</p>" + share(SITES["sw"]) + "</div>",
    (
        "huimbwa na watoto wa chekechea",
        "Kuku wangu, kuku wangu,",
        "Ametaga mayai mawili.",
        "Anataka mtoto mmoja.",
    ),
    path="nyimbo/kuku-wangu",
)

add(
    "play_script_speakers_and_directions",
    SITES["it"],
    "La bottega del sarto – Atto primo, scena prima",
    "<div class='copione'><h1>La bottega del sarto – Atto primo, scena prima</h1>"
    "<p class='didascalia'><em>Una bottega stretta. Rotoli di stoffa ovunque. Entra GINO con un"
    " pacco.</em></p><p><b>GINO.</b> Maestro, il cliente vuole la giacca per domani.</p>"
    "<p><b>MAESTRO.</b> Domani? Neanche il Padreterno cuce in una notte.</p><p><b>GINO.</b>"
    " Ha detto che paga il doppio.</p><p class='didascalia'><em>Il maestro posa le forbici e"
    " sorride.</em></p><div class='script-tools'><a href='#'>Scarica il copione (PDF)</a><a"
    " href='#'>Richiedi i diritti di rappresentazione</a></div></div>",
    (
        "Una bottega stretta. Rotoli di stoffa ovunque.",
        "Maestro, il cliente vuole la giacca per domani.",
        "Neanche il Padreterno cuce in una notte.",
        "Ha detto che paga il doppio.",
        "Il maestro posa le forbici e sorride.",
    ),
    ("Scarica il copione (PDF)", "Richiedi i diritti di rappresentazione"),
    path="copioni/bottega-sarto/1-1",
)

add(
    "classical_poem_with_notes",
    SITES["zh"],
    "《山居秋暝》注释与赏析",
    "<div class='shici'><h1>《山居秋暝》注释与赏析</h1><div class='yuanwen'>"
    "<p>空山新雨后，天气晚来秋。"
    "<br>明月松间照，清泉石上流。</p></div><h2>注释</h2>"
    + paras("暝：日落，天色将晚。", "空山：空旷的山野。")
    + "<h2>赏析</h2>"
    + paras("诗人以清新的笔调描写了秋日山村雨后的傍晚景色，寄托了高洁的情怀。")
    + "<div class='tools'><a href='#'>朗读</a><a href='#'>收藏</a><a href='#'>纠错</a></div></div>",
    ("空山新雨后，天气晚来秋。", "清泉石上流。", "暝：日落，天色将晚。", "寄托了高洁的情怀。"),
    ("纠错",),
    path="shici/shanju-qiuming",
)

add(
    "mailing_list_message_pre_with_quotes",
    SITES["eo"],
    "Re: Pri la akuzativo de direkto",
    "<div class='msg'><h1>Re: Pri la akuzativo de direkto</h1><div class='msg-headers'>"
    "<b>De:</b> Petro Kovač<br><b>Dato:</b> 2026-11-30 14:02<br></div><pre class='msg-body'>"
    'Saluton Ana,\n\n&gt; Ĉu oni diru "mi iras en la urbo" aŭ "en la urbon"?\n\n'
    'Se vi volas diri, ke vi eniras la urbon, uzu la akuzativon: "en la urbon".\n'
    "Sen akuzativo la frazo signifas, ke vi jam estas en la urbo kaj iras tie.\n\n"
    "Amike,\nPetro</pre><div class='msg-nav'><a href='#'>Antaŭa mesaĝo</a> | <a href='#'>Sekva"
    " mesaĝo</a> | <a href='#'>Respondi al la listo</a></div></div>",
    (
        "Se vi volas diri, ke vi eniras la urbon, uzu la akuzativon",
        "vi jam estas en la urbo kaj iras tie.",
    ),
    ("Antaŭa mesaĝo", "Sekva mesaĝo", "Respondi al la listo"),
    path="listo/2026-11/msg00412.html",
    template="table",
)

add(
    "mailing_list_message_blockquote_reply",
    SITES["nl"],
    "Re: [fietsers-l] Winterbanden op een bakfiets?",
    "<div id='message'><h1>Re: [fietsers-l] Winterbanden op een bakfiets?</h1><ul"
    " class='headers'><li>Van: Joost de Wit</li><li>Datum: zo 29 nov 2026</li></ul>"
    "<div class='body'><p>Hoi Marieke,</p><blockquote><p>Heeft iemand ervaring met spijkerbanden"
    " op een bakfiets met elektrische ondersteuning?</p></blockquote>"
    + paras(
        "Ik rijd er twee winters mee. Op ijs is het verschil enorm, op droog asfalt hoor je ze"
        " wel flink.",
        "Let op dat de voorvork genoeg ruimte heeft, de spijkers maken de band iets breder.",
        "Groet, Joost",
    )
    + "</div><div class='thread-nav'><a href='#'>« Vorig bericht</a><a href='#'>Volgend bericht"
    " »</a><a href='#'>Draadoverzicht</a></div></div>",
    (
        "Op ijs is het verschil enorm",
        "de spijkers maken de band iets breder.",
    ),
    ("Vorig bericht", "Volgend bericht", "Draadoverzicht"),
    path="archief/fietsers-l/2026-11/0088.html",
)

add(
    "qa_accepted_answer_with_comments",
    SITES["ru"],
    "Как отсортировать словарь по значению в Python?",
    "<div id='question-page'><h1>Как отсортировать словарь по значению в Python?</h1>"
    "<div class='question'><div class='votes'>14</div><div class='post-text'>"
    + paras("Есть словарь с количеством слов. Как вывести его, отсортировав по убыванию значений?")
    + "</div><div class='post-menu'><a href='#'>Поделиться</a><a href='#'>Улучшить вопрос</a>"
    "<a href='#'>Отслеживать</a></div></div><div class='answer accepted-answer'><div"
    " class='votes'>22</div><span class='accepted'>Ответ принят</span><div class='post-text'>"
    + paras("Используйте sorted с ключом по значению:")
    + "<pre><code>sorted(d.items(), key=lambda kv: kv[1], reverse=True)</code></pre>"
    + paras("Результат будет списком пар, его можно снова превратить в словарь через dict().")
    + "</div><div class='comments'><div class='comment'>Спасибо, работает! – Игорь</div>"
    "<a class='add-comment' href='#'>Добавить комментарий</a></div></div><div class='related'>"
    "<h3>Похожие вопросы</h3><a href='#'>Как объединить два словаря?</a></div></div>",
    (
        "Как вывести его, отсортировав по убыванию значений?",
        "Используйте sorted с ключом по значению:",
        "sorted(d.items(), key=lambda kv: kv[1], reverse=True)",
        "его можно снова превратить в словарь через dict().",
    ),
    (
        "Улучшить вопрос",
        "Отслеживать",
        "Добавить комментарий",
        "Похожие вопросы",
        "Как объединить два словаря?",
    ),
    path="questions/88412",
    template="app",
)

add(
    "qa_best_answer_japanese",
    SITES["ja"],
    "冬にメダカの水槽はヒーターが必要ですか？",
    "<div class='qa'><h1>冬にメダカの水槽はヒーターが必要ですか？</h1><div class='q-body'>"
    + paras("室内で飼っています。部屋は夜に10度くらいまで下がります。")
    + "</div><div class='q-actions'><a href='#'>違反報告</a><a href='#'>回答する</a></div>"
    "<div class='best-answer'><h2>ベストアンサー</h2>"
    + paras(
        "メダカは5度程度までなら耐えられるので、ヒーターは必須ではありません。",
        "ただし冬も産卵させたい場合は、20度前後に保つと良いでしょう。",
    )
    + "<div class='a-actions'><span>ナイス！ 12</span><a href='#'>違反報告</a></div></div>"
    "<div class='other-answers'><h2>その他の回答(1件)</h2>"
    + paras("うちはヒーターなしで三年越冬しています。")
    + "</div></div>",
    (
        "部屋は夜に10度くらいまで下がります。",
        "ヒーターは必須ではありません。",
        "20度前後に保つと良いでしょう。",
    ),
    ("違反報告", "回答する", "ナイス！ 12"),
    path="qa/q12931",
)

add(
    "expert_answers_in_dl",
    SITES["bn"],
    "বিশেষজ্ঞকে প্রশ্ন: শীতে টমেটো চাষ",
    "<div class='ask-expert'><h1>বিশেষজ্ঞকে প্রশ্ন: শীতে টমেটো চাষ</h1><dl class='qa-list'>"
    "<dt>প্রশ্ন: চারা কখন রোপণ করব?</dt><dd>উত্তর: অক্টোবরের শেষ থেকে নভেম্বরের মাঝামাঝি"
    " চারা রোপণ করা ভালো।</dd><dt>প্রশ্ন: পাতা কুঁকড়ে যাচ্ছে, কী করব?</dt><dd>উত্তর: এটি"
    " সাধারণত সাদা মাছির কারণে হয়; হলুদ আঠালো ফাঁদ ব্যবহার করুন।</dd></dl><div"
    " class='ask-cta'><a class='btn' href='#'>আপনার প্রশ্ন পাঠান</a></div></div>",
    (
        "প্রশ্ন: চারা কখন রোপণ করব?",
        "নভেম্বরের মাঝামাঝি চারা রোপণ করা ভালো।",
        "পাতা কুঁকড়ে যাচ্ছে, কী করব?",
        "হলুদ আঠালো ফাঁদ ব্যবহার করুন।",
    ),
    ("আপনার প্রশ্ন পাঠান",),
    path="prosno/tomato",
)

add(
    "issue_tracker_thread",
    SITES["vi"],
    "Lỗi khi xuất PDF có tiếng Việt #412",
    "<div class='issue'><h1>Lỗi khi xuất PDF có tiếng Việt #412</h1><div class='issue-meta'>"
    "<span class='state'>Đang mở</span> <a href='#'>Đăng ký theo dõi</a></div>"
    "<div class='timeline-comment'><div class='comment-body'>"
    + paras("Khi xuất báo cáo ra PDF, các chữ có dấu như ư, ơ bị hiển thị thành ô vuông.")
    + "<pre><code>report.export('bao-cao.pdf', font='default')</code></pre></div><div"
    " class='reactions'>👍 3 ❤️ 1</div></div><div class='timeline-comment'><div"
    " class='comment-body'>"
    + paras("Phông mặc định không có glyph tiếng Việt. Hãy truyền font='NotoSans' là được.")
    + "</div></div>"
    + comment_prompt(SITES["vi"])
    + "</div>",
    (
        "các chữ có dấu như ư, ơ bị hiển thị thành ô vuông.",
        "report.export('bao-cao.pdf', font='default')",
        "Phông mặc định không có glyph tiếng Việt.",
    ),
    ("Đăng ký theo dõi", "👍 3"),
    path="issues/412",
)

add(
    "idioms_dictionary_examples",
    SITES["tr"],
    'Deyimler: "Etekleri zil çalmak"',
    "<div class='madde'><h1>Deyimler: \"Etekleri zil çalmak\"</h1><p class='anlam'><b>Anlamı:</b>"
    " Çok sevinmek, sevincini gizleyememek.</p><h2>Örnek cümleler</h2><ul class='ornekler'>"
    "<li>Tatil haberini alınca çocukların etekleri zil çalıyordu.</li><li>Sınavı geçtiğini"
    " öğrenen Ayşe'nin etekleri zil çalıyor.</li></ul><div class='madde-tools'><a href='#'>"
    "Sesli dinle</a><a href='#'>Hata bildir</a></div></div>",
    (
        "Çok sevinmek, sevincini gizleyememek.",
        "Örnek cümleler",
        "çocukların etekleri zil çalıyordu.",
        "Ayşe'nin etekleri zil çalıyor.",
    ),
    ("Sesli dinle", "Hata bildir"),
    path="deyimler/etekleri-zil-calmak",
)
