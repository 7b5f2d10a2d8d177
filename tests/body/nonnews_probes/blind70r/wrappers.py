"""The blind70r probe's third part: recipes whose intro, ingredients and method sit in three
wrappers; forum threads and Q&A pages (the convention, as the project keeps it today: the
question and every answer are the body, the posters' cards, vote counts, reply and quote
links and signatures are not); encyclopedia entries with an infobox (neutral) and sections;
documentation pages with a side table of contents."""

from __future__ import annotations

from ._kit import SITES, ad, add, newsletter, paras

# Recipes: intro, ingredients and method in three wrappers.


def _recipe_card(ingredients: tuple[str, ...], steps: tuple[str, ...], labels: str) -> str:
    ing_h, steps_h, print_ = labels.split("|")
    ings = "".join(f"<li class='wprm-recipe-ingredient'>{i}</li>" for i in ingredients)
    sts = "".join(
        f"<li class='wprm-recipe-instruction'><div class='wprm-recipe-instruction-text'>{s}"
        "</div></li>"
        for s in steps
    )
    return (
        "<div class='wprm-recipe-container'><div class='wprm-recipe'>"
        f"<a class='wprm-recipe-print' href='#'>{print_}</a>"
        f"<div class='wprm-recipe-ingredients-container'><h3>{ing_h}</h3><ul>{ings}</ul></div>"
        f"<div class='wprm-recipe-instructions-container'><h3>{steps_h}</h3><ol>{sts}</ol></div>"
        "</div></div>"
    )


add(
    "recipe_intro_card_three_wrappers",
    SITES["es"],
    "Lentejas estofadas de la abuela",
    "<div class='entry-content'><h1>Lentejas estofadas de la abuela</h1>"
    "<a class='wprm-recipe-jump' href='#receta'>Ir a la receta</a>"
    + paras(
        "Estas lentejas son las que mi abuela preparaba cada jueves de invierno en su casa de"
        " León.",
        "El secreto está en sofreír el pimentón fuera del fuego para que no amargue.",
    )
    + "</div>"
    + ad("Publicidad")
    + _recipe_card(
        ("300 g de lentejas pardinas", "1 chorizo asturiano", "1 cucharadita de pimentón"),
        (
            "Pon las lentejas en una olla con agua fría, el chorizo y la verdura troceada.",
            "Cuece a fuego lento durante cuarenta minutos, removiendo de vez en cuando.",
        ),
        "Ingredientes|Elaboración|Imprimir receta",
    ),
    (
        "Estas lentejas son las que mi abuela preparaba cada jueves de invierno",
        "El secreto está en sofreír el pimentón fuera del fuego para que no amargue.",
        "300 g de lentejas pardinas",
        "1 cucharadita de pimentón",
        "Pon las lentejas en una olla con agua fría",
        "Cuece a fuego lento durante cuarenta minutos",
    ),
    ("Ir a la receta", "Imprimir receta", "Publicidad"),
    path="recetas/lentejas",
)

add(
    "recipe_sections_siblings_hashed",
    SITES["ja"],
    "基本の肉じゃが",
    "<h1>基本の肉じゃが</h1><div class='Recipe_intro__x1'>"
    + paras(
        "肉じゃがは、少ない材料で作れる家庭料理の代表です。",
        "今回は牛肉を使った関西風の作り方を紹介します。",
    )
    + "</div><div class='Recipe_rating__x2'><span>★★★★☆</span><span>4.2（318件）</span></div>"
    "<div class='Recipe_ingredients__x3'><h2>材料（2人分）</h2><ul><li>牛こま切れ肉 150g</li>"
    "<li>じゃがいも 3個</li><li>玉ねぎ 1個</li></ul></div>"
    "<div class='Recipe_ad__x4'><span>PR</span></div>"
    "<div class='Recipe_steps__x5'><h2>作り方</h2><ol>"
    "<li>じゃがいもは皮をむいて一口大に切り、水にさらす。</li>"
    "<li>鍋で牛肉を炒め、色が変わったら野菜を加える。</li><li>だしと調味料を入れ、落としぶたをして十五分煮る。</li>"
    "</ol></div><div class='Recipe_save__x6'><button>レシピを保存</button></div>",
    (
        "肉じゃがは、少ない材料で作れる家庭料理の代表です。",
        "牛こま切れ肉 150g",
        "じゃがいも 3個",
        "じゃがいもは皮をむいて一口大に切り、水にさらす。",
        "だしと調味料を入れ、落としぶたをして十五分煮る。",
    ),
    ("4.2（318件）", "レシピを保存"),
    template="app",
    path="recipe/nikujaga",
)

add(
    "recipe_story_then_card_after_newsletter",
    SITES["tr"],
    "Annemin mercimek köftesi",
    "<article class='post'><h1>Annemin mercimek köftesi</h1><div class='post-body'>"
    + paras(
        "Mercimek köftesi bizim evde her misafir geldiğinde hazırlanırdı.",
        "Annem bulguru mercimeğin sıcak suyuyla ıslatır, böylece ayrıca pişirmeye gerek kalmaz.",
    )
    + "</div></article>"
    + newsletter(SITES["tr"])
    + "<div class='recipe-card'><div class='recipe-ingredients'><h2>Malzemeler</h2><ul>"
    "<li>1 su bardağı kırmızı mercimek</li><li>1 su bardağı ince bulgur</li><li>2 yemek"
    " kaşığı biber salçası</li></ul></div><div class='recipe-method'><h2>Hazırlanışı</h2>"
    "<ol><li>Mercimeği üç su bardağı suyla yumuşayana kadar haşlayın.</li><li>Ocaktan alıp"
    " bulguru ekleyin ve kapağını kapatıp yirmi dakika bekletin.</li><li>Salçayı ve yeşillikleri"
    " ekleyip yoğurun, elinizle şekil verin.</li></ol></div></div>",
    (
        "Mercimek köftesi bizim evde her misafir geldiğinde hazırlanırdı.",
        "1 su bardağı kırmızı mercimek",
        "2 yemek kaşığı biber salçası",
        "Mercimeği üç su bardağı suyla yumuşayana kadar haşlayın.",
        "ekleyip yoğurun, elinizle şekil verin.",
    ),
    path="tarifler/mercimek-koftesi",
)

add(
    "recipe_tabs_ingredients_method",
    SITES["el"],
    "Σπανακόπιτα με χωριάτικο φύλλο",
    "<div class='recipe'><h1>Σπανακόπιτα με χωριάτικο φύλλο</h1><div class='recipe-lead'>"
    + paras("Η σπανακόπιτα της Ηπείρου φτιάχνεται με χοντρό φύλλο ανοιγμένο στο χέρι.")
    + "</div><div class='recipe-tabs'><a href='#ylika' class='active'>Υλικά</a><a"
    " href='#ektelesi'>Εκτέλεση</a></div><div id='ylika' class='recipe-tab'><ul><li>1 κιλό"
    " σπανάκι</li><li>300 γρ. φέτα</li><li>2 ματσάκια άνηθο</li></ul></div><div id='ektelesi'"
    " class='recipe-tab' style='display:none'><ol><li>Πλένουμε και ψιλοκόβουμε το σπανάκι και"
    " το αλατίζουμε.</li><li>Ανακατεύουμε με τη φέτα και τον άνηθο.</li><li>Ψήνουμε στους"
    " 180 βαθμούς για μία ώρα.</li></ol></div></div>",
    (
        "Η σπανακόπιτα της Ηπείρου φτιάχνεται με χοντρό φύλλο ανοιγμένο στο χέρι.",
        "300 γρ. φέτα",
        "Πλένουμε και ψιλοκόβουμε το σπανάκι και το αλατίζουμε.",
        "Ψήνουμε στους 180 βαθμούς για μία ώρα.",
    ),
    path="syntages/spanakopita",
)

# Forum threads and Q&A pages: the question and every answer are the body.


def _post(user: str, meta: str, text: str, actions: str, *, cls: str = "post") -> str:
    return (
        f"<div class='{cls}'><div class='postprofile'><a class='username' href='#'>{user}</a>"
        f"<span class='user-meta'>{meta}</span></div><div class='postbody'><div "
        f"class='content'>{text}</div></div><div class='post-actions'>{actions}</div></div>"
    )


add(
    "forum_thread_question_and_answers",
    SITES["de"],
    "Hobelbank selbst bauen: welches Holz?",
    "<div class='forum-topic'><h1 class='topic-title'>Hobelbank selbst bauen: welches Holz?"
    "</h1>"
    + _post(
        "holzwurm77",
        "Mitglied seit März 2019",
        "<p>Ich möchte mir eine Hobelbank bauen und schwanke zwischen Buche und Esche. Was"
        " würdet ihr nehmen?</p>",
        "<a href='#'>Zitieren</a> <a href='#'>Melden</a>",
    )
    + _post(
        "spaenemacher",
        "Mitglied seit Mai 2014",
        "<p>Buche ist schwerer und verzieht sich weniger, wenn sie gut getrocknet ist.</p>"
        "<p>________________<br>Grüße aus dem Allgäu</p>",
        "<a href='#'>Zitieren</a> <a href='#'>Melden</a>",
    )
    + _post(
        "KarinH",
        "Mitglied seit Januar 2021",
        "<p>Ich habe Esche genommen, weil sie günstiger war, und bin nach fünf Jahren noch"
        " zufrieden.</p>",
        "<a href='#'>Zitieren</a> <a href='#'>Melden</a>",
    )
    + "<div class='topic-reply'><a class='button' href='#'>Antwort erstellen</a></div></div>",
    (
        "Ich möchte mir eine Hobelbank bauen und schwanke zwischen Buche und Esche.",
        "Buche ist schwerer und verzieht sich weniger, wenn sie gut getrocknet ist.",
        "Ich habe Esche genommen, weil sie günstiger war",
    ),
    ("Mitglied seit März 2019", "Zitieren", "Antwort erstellen", "Grüße aus dem Allgäu"),
    path="forum/hobelbank-holz",
)

add(
    "qa_page_question_and_voted_answers",
    SITES["ru"],
    "Почему сборщик мусора не освобождает память сразу?",
    "<div id='question' class='question'><h1>Почему сборщик мусора не освобождает память"
    " сразу?</h1><div class='votes'><span class='vote-count'>14</span></div>"
    "<div class='post-text'><p>Я удаляю последнюю ссылку на большой список, но потребление"
    " памяти процессом не уменьшается. Почему?</p></div><div class='post-signature'>"
    "<a href='#'>задан 3 дня назад</a></div></div>"
    "<h2 class='answers-header'>2 ответа</h2><div id='answers'>"
    "<div class='answer accepted-answer'><div class='votes'><span class='vote-count'>21</span>"
    "<span class='accepted-mark'>Принятый ответ</span></div><div class='post-text'><p>Память"
    " освобождается внутри процесса, но аллокатор не всегда сразу возвращает её"
    " операционной системе.</p></div><div class='post-signature'><a href='#'>ответ дан"
    " 2 дня назад</a></div></div>"
    "<div class='answer'><div class='votes'><span class='vote-count'>5</span></div>"
    "<div class='post-text'><p>Проверьте также, нет ли циклических ссылок: их собирает"
    " отдельный проход сборщика.</p></div><div class='post-signature'><a href='#'>ответ дан"
    " вчера</a></div></div></div>"
    "<div class='your-answer'><h2>Ваш ответ</h2><textarea></textarea></div>",
    (
        "Я удаляю последнюю ссылку на большой список, но потребление памяти процессом не"
        " уменьшается.",
        "аллокатор не всегда сразу возвращает её операционной системе.",
        "Проверьте также, нет ли циклических ссылок",
    ),
    ("задан 3 дня назад", "Принятый ответ", "Ваш ответ"),
    path="questions/gc-memory",
)

add(
    "forum_table_rows_old_engine",
    SITES["cs"],
    "Jak naostřit dláto bez brusky?",
    "<table class='forumline' width='100%'><tr><th>Autor</th><th>Zpráva</th></tr>"
    "<tr><td class='row1'><b>tesar_jirka</b><br>Registrován: 12.04.2011<br>Příspěvky: 411</td>"
    "<td class='row1'><span class='postbody'>Zdravím, mám stará dláta po dědovi a nemám"
    " brusku. Dá se to zvládnout jen na kameni?</span></td></tr>"
    "<tr><td class='row2'><b>Pavel_K</b><br>Registrován: 03.01.2009<br>Příspěvky: 2304</td>"
    "<td class='row2'><span class='postbody'>Dá, jen to trvá déle. Začněte hrubým kamenem a"
    " držte stále stejný úhel.</span></td></tr>"
    "<tr><td class='row1'><b>Marie</b><br>Registrován: 22.08.2020<br>Příspěvky: 57</td>"
    "<td class='row1'><span class='postbody'>Já používám vodní kámen 1000/6000 a na závěr"
    " kožený řemen.</span></td></tr></table><p class='nav'>Všechny časy jsou v GMT + 1"
    " hodina</p>",
    (
        "mám stará dláta po dědovi a nemám brusku.",
        "Začněte hrubým kamenem a držte stále stejný úhel.",
        "Já používám vodní kámen 1000/6000 a na závěr kožený řemen.",
    ),
    ("Registrován: 12.04.2011", "Příspěvky: 2304", "Všechny časy jsou v GMT + 1 hodina"),
    template="table",
    path="forum/ostreni-dlata",
)

add(
    "community_answers_as_articles",
    SITES["hi"],
    "क्या पैन कार्ड का पता ऑनलाइन बदला जा सकता है?",
    "<article class='question-card'><h1>क्या पैन कार्ड का पता ऑनलाइन बदला जा सकता है?</h1>"
    "<p>मैंने हाल ही में शहर बदला है और पैन कार्ड पर नया पता चाहिए। क्या इसके लिए दफ्तर जाना"
    " ज़रूरी है?</p><div class='q-meta'>पूछा गया: 2 दिन पहले</div></article>"
    "<div class='answers-list'>"
    "<article class='answer-card'><p>नहीं, आप आयकर विभाग की वेबसाइट पर आधार से सत्यापन करके"
    " पता बदल सकते हैं।</p><div class='a-meta'><span>राहुल शर्मा</span><button>उपयोगी (34)"
    "</button></div></article>"
    "<article class='answer-card'><p>ध्यान रखें कि नया कार्ड डाक से आने में लगभग पंद्रह दिन"
    " लगते हैं।</p><div class='a-meta'><span>सुनीता</span><button>उपयोगी (8)</button></div>"
    "</article></div><div class='answer-form'><p>अपना उत्तर लिखें</p><textarea></textarea>"
    "</div>",
    (
        "मैंने हाल ही में शहर बदला है और पैन कार्ड पर नया पता चाहिए।",
        "आप आयकर विभाग की वेबसाइट पर आधार से सत्यापन करके पता बदल सकते हैं।",
        "नया कार्ड डाक से आने में लगभग पंद्रह दिन लगते हैं।",
    ),
    ("पूछा गया: 2 दिन पहले", "उपयोगी (34)", "अपना उत्तर लिखें"),
    path="sawal/pan-pata",
)

add(
    "discourse_like_thread_posts",
    SITES["zh"],
    "新赛季排位匹配太慢怎么办？",
    "<div id='topic-title'><h1>新赛季排位匹配太慢怎么办？</h1></div><div class='post-stream'>"
    "<article class='topic-post'><div class='topic-meta-data'><span class='username'>"
    "夜行者</span><span class='post-date'>3小时前</span></div><div class='cooked'><p>新赛季"
    "开始以后，我每次排位都要等五分钟以上，大家也是这样吗？</p></div><div class='post-controls'>"
    "<button>赞</button><button>回复</button></div></article>"
    "<article class='topic-post'><div class='topic-meta-data'><span class='username'>"
    "管理员小林</span><span class='post-date'>2小时前</span></div><div class='cooked'><p>"
    "我们已经注意到这个问题，服务器扩容将在本周四完成。</p></div><div class='post-controls'>"
    "<button>赞</button><button>回复</button></div></article>"
    "<article class='topic-post'><div class='topic-meta-data'><span class='username'>"
    "阿木</span><span class='post-date'>1小时前</span></div><div class='cooked'><p>晚上十点"
    "以后排得快一些，可以试试。</p></div><div class='post-controls'><button>赞</button>"
    "<button>回复</button></div></article></div><div class='suggested-topics'><h3>推荐话题"
    "</h3><a href='#'>新赛季排位奖励一览</a></div>",
    (
        "新赛季开始以后，我每次排位都要等五分钟以上，大家也是这样吗？",
        "我们已经注意到这个问题，服务器扩容将在本周四完成。",
        "晚上十点以后排得快一些，可以试试。",
    ),
    ("推荐话题", "3小时前"),
    path="t/ranked-queue",
)

# Encyclopedia entries: an infobox (neutral), a lead, a table of contents, sections.


def _wiki(title: str, infobox: str, lead: str, toc_title: str, edit: str, *secs: str) -> str:
    pairs = [secs[i : i + 2] for i in range(0, len(secs), 2)]
    toc = "".join(f"<li><a href='#s{n}'>{h}</a></li>" for n, (h, _) in enumerate(pairs))
    body = "".join(
        f"<h2 id='s{n}'><span class='mw-headline'>{h}</span><span class='mw-editsection'>"
        f"[<a href='#'>{edit}</a>]</span></h2><p>{t}</p>"
        for n, (h, t) in enumerate(pairs)
    )
    return (
        f"<h1 id='firstHeading'>{title}</h1><div id='bodyContent'><div id='mw-content-text'>"
        f"<div class='mw-parser-output'><table class='infobox'>{infobox}</table><p>{lead}</p>"
        f"<div id='toc' class='toc'><div class='toctitle'><h2>{toc_title}</h2></div><ul>{toc}"
        f"</ul></div>{body}</div></div></div>"
    )


add(
    "wiki_entry_infobox_toc_sections",
    SITES["fi"],
    "Näsijärvi",
    _wiki(
        "Näsijärvi",
        "<tr><th>Pinta-ala</th><td>256 km²</td></tr><tr><th>Syvyys</th><td>61 m</td></tr>",
        "Näsijärvi on Pirkanmaalla sijaitseva järvi, jonka eteläpäässä on Tampereen keskusta.",
        "Sisällysluettelo",
        "muokkaa",
        "Maantiede",
        "Järvi on pitkä ja kapea, ja siinä on yli kaksisataa saarta.",
        "Historia",
        "Järven rannoille syntyi teollisuutta jo 1800-luvulla, kun koskivoimaa alettiin käyttää.",
        "Virkistyskäyttö",
        "Kesäisin järvellä liikennöivät höyrylaivat, ja talvella sille aurataan luistelurata.",
    ),
    (
        "Näsijärvi on Pirkanmaalla sijaitseva järvi",
        "Järvi on pitkä ja kapea, ja siinä on yli kaksisataa saarta.",
        "Järven rannoille syntyi teollisuutta jo 1800-luvulla",
        "Kesäisin järvellä liikennöivät höyrylaivat",
    ),
    ("Sisällysluettelo", "muokkaa"),
    path="wiki/Näsijärvi",
)

add(
    "wiki_entry_sections_in_section_tags",
    SITES["vi"],
    "Trường Quốc Tử Giám",
    "<main id='content'><h1>Trường Quốc Tử Giám</h1><aside class='infobox'><dl><dt>Thành lập"
    "</dt><dd>1076</dd><dt>Vị trí</dt><dd>Hà Nội</dd></dl></aside>"
    "<section class='lead'><p>Quốc Tử Giám là trường đại học đầu tiên của Việt Nam, được lập"
    " dưới triều Lý.</p></section><nav class='toc'><h2>Mục lục</h2><ol><li><a"
    " href='#ls'>Lịch sử</a></li><li><a href='#kt'>Kiến trúc</a></li></ol></nav>"
    "<section id='ls'><h2>Lịch sử</h2><p>Trường đào tạo con em hoàng tộc và quan lại, sau"
    " mở rộng cho người học giỏi trong cả nước.</p></section>"
    "<section id='kt'><h2>Kiến trúc</h2><p>Khu di tích gồm năm khu vực, nổi tiếng nhất là"
    " tám mươi hai tấm bia tiến sĩ.</p></section>"
    "<section class='references'><h2>Tham khảo</h2><ol><li>Sách sử, tr. 12.</li></ol>"
    "</section></main>",
    (
        "Quốc Tử Giám là trường đại học đầu tiên của Việt Nam, được lập dưới triều Lý.",
        "Trường đào tạo con em hoàng tộc và quan lại",
        "nổi tiếng nhất là tám mươi hai tấm bia tiến sĩ.",
    ),
    ("Mục lục",),
    path="wiki/quoc-tu-giam",
)

add(
    "wiki_entry_collapsed_mobile_sections",
    SITES["he"],
    "רכבת העמק",
    "<h1>רכבת העמק</h1><div class='mw-parser-output'><section class='mf-section-0'><p>רכבת"
    " העמק הייתה מסילת רכבת צרה שחיברה את חיפה עם דרעא.</p></section>"
    "<h2 class='section-heading collapsible-heading' aria-expanded='false'><span>היסטוריה"
    "</span></h2><section class='mf-section-1 collapsible-block' id='content-collapsible-"
    "block-1' hidden='until-found'><p>הקו נחנך בשנת 1905 ופעל עד מלחמת העצמאות.</p>"
    "</section><h2 class='section-heading collapsible-heading' aria-expanded='false'><span>"
    "שיקום</span></h2><section class='mf-section-2 collapsible-block' hidden='until-found'>"
    "<p>בשנת 2016 נפתחה מסילה חדשה לאורך חלק מהתוואי ההיסטורי.</p></section></div>",
    (
        "רכבת העמק הייתה מסילת רכבת צרה שחיברה את חיפה עם דרעא.",
        "הקו נחנך בשנת 1905 ופעל עד מלחמת העצמאות.",
        "בשנת 2016 נפתחה מסילה חדשה לאורך חלק מהתוואי ההיסטורי.",
    ),
    path="wiki/rakevet-haemek",
)

add(
    "wiki_entry_infobox_then_lead_ko",
    SITES["ko"],
    "한빛섬",
    _wiki(
        "한빛섬",
        "<tr><th>면적</th><td>4.2 km²</td></tr><tr><th>인구</th><td>312명</td></tr>",
        "한빛섬은 남해에 있는 작은 섬으로, 등대와 동백숲으로 알려져 있다.",
        "목차",
        "편집",
        "지리",
        "섬의 대부분은 낮은 구릉이며, 북쪽 해안에는 모래사장이 있다.",
        "역사",
        "조선 시대에는 수군의 작은 진이 있었고, 지금도 성벽 일부가 남아 있다.",
    ),
    (
        "한빛섬은 남해에 있는 작은 섬으로, 등대와 동백숲으로 알려져 있다.",
        "섬의 대부분은 낮은 구릉이며, 북쪽 해안에는 모래사장이 있다.",
        "조선 시대에는 수군의 작은 진이 있었고, 지금도 성벽 일부가 남아 있다.",
    ),
    ("목차",),
    path="wiki/hanbit",
)

# Documentation pages with a side table of contents.


def _docs(title: str, toc_title: str, toc: tuple[str, ...], inner: str, tail: str) -> str:
    items = "".join(f"<li><a href='#{n}'>{t}</a></li>" for n, t in enumerate(toc))
    return (
        "<div class='docs-layout'><nav class='docs-sidebar'><ul><li><a href='/d/1'>Start</a>"
        "</li><li><a href='/d/2'>API</a></li></ul></nav><div class='docs-main'>"
        f"<article class='doc'><h1>{title}</h1>{inner}</article>{tail}</div>"
        f"<aside class='docs-toc'><p class='toc-title'>{toc_title}</p><ul>{items}</ul></aside>"
        "</div>"
    )


add(
    "docs_page_side_toc_sections",
    SITES["pt"],
    "Chaves de API: criar, enviar e revogar",
    _docs(
        "Chaves de API: criar, enviar e revogar",
        "Nesta página",
        ("Criar uma chave", "Enviar a chave", "Revogar"),
        "<section id='0'><h2>Criar uma chave</h2><p>No painel, abra Configurações e clique em"
        " Nova chave; a chave aparece uma única vez.</p></section>"
        "<section id='1'><h2>Enviar a chave</h2><p>Envie a chave no cabeçalho Authorization"
        " de cada requisição.</p><pre><code>curl -H 'Authorization: Bearer SUA_CHAVE'"
        " https://api.example.com/v1/itens</code></pre></section>"
        "<section id='2'><h2>Revogar</h2><p>Uma chave revogada deixa de funcionar em até um"
        " minuto.</p></section>",
        "<div class='docs-footer'><a href='#'>Editar esta página</a><div class='feedback'>"
        "<p>Esta página foi útil?</p><button>Sim</button><button>Não</button></div>"
        "<a class='next' href='#'>Próximo: Limites de requisição</a></div>",
    ),
    (
        "No painel, abra Configurações e clique em Nova chave",
        "Envie a chave no cabeçalho Authorization de cada requisição.",
        "curl -H 'Authorization: Bearer SUA_CHAVE' https://api.example.com/v1/itens",
        "Uma chave revogada deixa de funcionar em até um minuto.",
    ),
    ("Nesta página", "Editar esta página", "Esta página foi útil?", "Próximo: Limites"),
    path="docs/autenticacao",
)

add(
    "docs_page_toc_and_split_callouts",
    SITES["tr"],
    "Veri tabanı bağlantısı ve havuz",
    _docs(
        "Veri tabanı bağlantısı ve havuz",
        "Bu sayfada",
        ("Bağlantı dizesi", "Havuz ayarları"),
        "<p>Uygulama, veri tabanına tek bir bağlantı havuzu üzerinden bağlanır.</p>"
        "<div class='admonition warning'><p class='admonition-title'>Uyarı</p><p>Parolayı"
        " asla kaynak koduna yazmayın.</p></div>"
        "<h2 id='0'>Bağlantı dizesi</h2><p>Bağlantı dizesi ortam değişkeninden okunur.</p>"
        "<h2 id='1'>Havuz ayarları</h2><p>Havuzdaki en fazla bağlantı sayısı varsayılan"
        " olarak onudur.</p>",
        "<nav class='pager'><a href='#'>« Önceki</a><a href='#'>Sonraki »</a></nav>",
    ),
    (
        "Uygulama, veri tabanına tek bir bağlantı havuzu üzerinden bağlanır.",
        "Parolayı asla kaynak koduna yazmayın.",
        "Bağlantı dizesi ortam değişkeninden okunur.",
        "Havuzdaki en fazla bağlantı sayısı varsayılan olarak onudur.",
    ),
    ("Bu sayfada", "« Önceki", "Sonraki »"),
    path="belgeler/veritabani",
)

add(
    "docs_page_tabs_per_language",
    SITES["ja"],
    "ファイルを読み込む",
    _docs(
        "ファイルを読み込む",
        "目次",
        ("基本", "文字コード"),
        "<p>ファイルを読み込むには open 関数を使います。</p><div class='tabs'><div"
        " class='tab-labels'><button>Python</button><button>JavaScript</button></div>"
        "<div class='tab-panel'><pre><code>with open('memo.txt') as f:\n    text = f.read()"
        "</code></pre></div><div class='tab-panel' hidden><pre><code>const text = await"
        " fs.readFile('memo.txt', 'utf8');</code></pre></div></div>"
        "<h2 id='1'>文字コード</h2><p>日本語のファイルは文字コードを指定して開くと安全です。</p>",
        "<div class='page-feedback'><p>このページは役に立ちましたか？</p></div>",
    ),
    (
        "ファイルを読み込むには open 関数を使います。",
        "text = f.read()",
        "const text = await fs.readFile('memo.txt', 'utf8');",
        "日本語のファイルは文字コードを指定して開くと安全です。",
    ),
    ("このページは役に立ちましたか？",),
    path="docs/read-file",
)

add(
    "docs_handbook_steps_in_cards",
    SITES["nl"],
    "Een parkeervergunning voor bewoners",
    "<div class='page'><h1>Een parkeervergunning voor bewoners</h1><nav class='on-this-page'><h2>Op"
    " deze pagina</h2><ul><li><a href='#w'>Wie</a></li><li><a href='#k'>Kosten</a></li></ul>"
    "</nav><div class='card'><h2 id='w'>Wie kan een vergunning aanvragen?</h2><p>Bewoners"
    " van de binnenstad met een auto op eigen naam kunnen één vergunning aanvragen.</p></div>"
    "<div class='card'><h2 id='k'>Wat kost het?</h2><p>Een vergunning kost 84 euro per"
    " jaar.</p></div><div class='card cta'><a class='button' href='#'>Direct aanvragen</a>"
    "</div></div>",
    (
        "Bewoners van de binnenstad met een auto op eigen naam kunnen één vergunning aanvragen.",
        "Een vergunning kost 84 euro per jaar.",
    ),
    ("Op deze pagina", "Direct aanvragen"),
    template="portal",
    path="parkeren/vergunning",
)
