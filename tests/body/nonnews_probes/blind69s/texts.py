"""The blind69s probe's third part: timelines (an <ol> of dated items and their div and
list shapes), glossaries (<dl>, <dfn>, headings), poems and lyrics (<br>-separated lines in
stanzas, a line a <div>, hemistichs in a table), interview transcripts ("Q:"/"A:", bold
speaker names, timestamps), footnoted essays (<sup> marks and the notes list that belongs
to the text) and step-by-step how-tos with numbered figures."""

from __future__ import annotations

from ..blind66._kit import comment_prompt, newsletter, paras, share
from ._kit import SITES, add

# The numbered figures' captions of the how-tos: the text's, in ``body_blocks`` and
# ``body_markdown()`` (in italics), not in ``body``, which leaves captions out by its
# contract (docs/fields.md). Decided as must-lines before the blind run, moved here after it.
CAPTIONS: dict[str, tuple[str, ...]] = {
    "b69s_es_howto_ol_steps_figures": (
        "Figura 1. Las dos tuercas que sujetan el sifón.",
        "Figura 2. La cinta va en el sentido de la rosca.",
    ),
    "b69s_ko_howto_step_headings_figures": ("그림 1. 키 생성 화면", "그림 2. 접속에 성공한 모습"),
    "b69s_fi_howto_step_divs": ("Kuva 2. Venttiilin hattu irrotettuna.",),
    "b69s_cs_howto_tools_table_steps": ("Obr. 1: Správný úhel broušení.",),
}

add(
    "timeline_ol_time",
    SITES["ru"],
    "Хронология: как строили городской трамвай",
    "<article class='post'><h1>Хронология: как строили городской трамвай</h1>"
    + paras("Главные даты в истории трамвая нашего города, от проекта до последней линии.")
    + "<ol class='timeline'><li><time datetime='1912'>1912</time> — городская дума утверждает"
    " проект электрического трамвая.</li><li><time datetime='1914-05'>май 1914</time> —"
    " первый вагон выходит на линию от вокзала до рынка.</li><li><time datetime='1941'>1941"
    "</time> — движение сокращено до одного маршрута.</li><li><time datetime='1987'>1987"
    "</time> — открыта линия в Северный район.</li></ol></article>" + share(SITES["ru"]),
    (
        "1912 — городская дума утверждает проект электрического трамвая.",
        "май 1914 — первый вагон выходит на линию от вокзала до рынка.",
        "1941 — движение сокращено до одного маршрута.",
        "1987 — открыта линия в Северный район.",
    ),
    path="stati/hronologiya-tramvaya",
)

add(
    "timeline_div_items",
    SITES["he"],
    "ציר זמן: מאה שנות רכבת העמק",
    "<div class='article-body'><h1>ציר זמן: מאה שנות רכבת העמק</h1>"
    + paras("ממסילה צרה ועד לקו מהיר: הרגעים החשובים בתולדות רכבת העמק.")
    + "<div class='timeline'><div class='timeline-item'><span class='timeline-date'>1905</span>"
    "<div class='timeline-content'><h3>פתיחת המסילה</h3><p>הרכבת הראשונה נוסעת מחיפה אל"
    " העמק.</p></div></div><div class='timeline-item'><span class='timeline-date'>1951</span>"
    "<div class='timeline-content'><h3>סגירת הקו</h3><p>התנועה נפסקת אחרי שנים של הזנחה.</p>"
    "</div></div><div class='timeline-item'><span class='timeline-date'>2016</span><div"
    " class='timeline-content'><h3>הקו החדש</h3><p>המסילה המחודשת נפתחת לנוסעים.</p></div>"
    "</div></div></div>" + newsletter(SITES["he"]),
    (
        "1905",
        "פתיחת המסילה",
        "הרכבת הראשונה נוסעת מחיפה אל העמק.",
        "1951",
        "התנועה נפסקת אחרי שנים של הזנחה.",
        "2016",
        "המסילה המחודשת נפתחת לנוסעים.",
    ),
    path="historia/rakevet-haemek",
)

add(
    "timeline_bold_dates_list",
    SITES["vi"],
    "Những mốc lịch sử của trường Sông Hồng",
    "<div class='detail-content'><h1>Những mốc lịch sử của trường Sông Hồng</h1>"
    + paras("Trải qua hơn năm mươi năm, trường đã nhiều lần đổi tên và mở rộng.")
    + "<ul><li><strong>1972:</strong> Thành lập trường Cao đẳng Kỹ thuật Sông Hồng.</li><li>"
    "<strong>1995:</strong> Nâng cấp thành trường đại học.</li><li><strong>2010:</strong> Mở"
    " cơ sở thứ hai tại Nam Định.</li><li><strong>2024:</strong> Khánh thành thư viện số.</li>"
    "</ul></div>" + share(SITES["vi"]),
    (
        "1972: Thành lập trường Cao đẳng Kỹ thuật Sông Hồng.",
        "1995: Nâng cấp thành trường đại học.",
        "2010: Mở cơ sở thứ hai tại Nam Định.",
        "2024: Khánh thành thư viện số.",
    ),
    path="lich-su/moc-lich-su",
)

add(
    "history_ol_of_years",
    SITES["tr"],
    "Galata Çeşmesi'nin kısa tarihi",
    "<article class='yazi'><h1>Galata Çeşmesi'nin kısa tarihi</h1>"
    + paras("Çeşmenin üç yüz yıllık hikâyesini tarihlerle özetledik.")
    + "<ol><li>1732: Çeşme, bir vakıf tarafından yaptırıldı.</li><li>1865: Büyük yangında"
    " zarar gördü.</li><li>1958: Yol genişletilirken yeri değiştirildi.</li><li>2019:"
    " Restorasyon tamamlandı ve su yeniden aktı.</li></ol>"
    + paras("Çeşme bugün Kemeraltı Caddesi'nin köşesinde duruyor.")
    + "</article>"
    + comment_prompt(SITES["tr"]),
    (
        "1732: Çeşme, bir vakıf tarafından yaptırıldı.",
        "1865: Büyük yangında zarar gördü.",
        "2019: Restorasyon tamamlandı ve su yeniden aktı.",
        "Çeşme bugün Kemeraltı Caddesi'nin köşesinde duruyor.",
    ),
    path="tarih/galata-cesmesi",
)

# Glossaries.

add(
    "glossary_dl_letter_index",
    SITES["nl"],
    "Begrippenlijst omgevingsvergunning",
    "<div class='page-content'><h1>Begrippenlijst omgevingsvergunning</h1><nav"
    " class='letter-index'><a href='#a'>A</a> <a href='#b'>B</a> <a href='#v'>V</a> <a"
    " href='#w'>W</a></nav><h2 id='a'>A</h2><dl><dt>Aanvraag</dt><dd>Het verzoek om een"
    " vergunning, ingediend via het Omgevingsloket.</dd><dt>Aanhuisbouw</dt><dd>Een bouwwerk"
    " dat vastzit aan het hoofdgebouw.</dd></dl><h2 id='b'>B</h2><dl><dt>Bestemmingsplan</dt>"
    "<dd>Het plan dat regelt wat op een perceel gebouwd mag worden.</dd></dl><h2 id='v'>V</h2>"
    "<dl><dt>Vergunningvrij</dt><dd>Bouwen zonder vergunning, binnen de regels van het Besluit"
    " bouwwerken.</dd></dl><p class='top'><a href='#'>Terug naar boven</a></p></div>",
    (
        "Aanvraag",
        "Het verzoek om een vergunning, ingediend via het Omgevingsloket.",
        "Aanhuisbouw",
        "Een bouwwerk dat vastzit aan het hoofdgebouw.",
        "Bestemmingsplan",
        "Het plan dat regelt wat op een perceel gebouwd mag worden.",
        "Vergunningvrij",
    ),
    ("Terug naar boven", "A B V W"),
    template="portal",
    path="wonen/begrippenlijst",
)

add(
    "glossary_dfn_paragraphs",
    SITES["ja"],
    "プログラミング用語集（か行）",
    "<article class='glossary'><h1>プログラミング用語集（か行）</h1><div class='term'><p><dfn"
    " id='kansu'>関数</dfn>：入力を受け取り、処理をして結果を返すひとまとまりの処理。</p></div>"
    "<div class='term'><p><dfn id='kata'>型</dfn>：値の種類を表すもの。整数型や文字列型などがある。"
    "</p></div><div class='term'><p><dfn id='konpaira'>コンパイラ</dfn>：ソースコードを機械語に"
    "翻訳するプログラム。</p></div><p class='see'><a href='#'>次の行（さ行）へ</a></p></article>"
    + share(SITES["ja"]),
    (
        "関数：入力を受け取り、処理をして結果を返すひとまとまりの処理。",
        "型：値の種類を表すもの。整数型や文字列型などがある。",
        "コンパイラ：ソースコードを機械語に翻訳するプログラム。",
    ),
    ("次の行（さ行）へ",),
    path="yougo/ka",
)

add(
    "glossary_headings",
    SITES["el"],
    "Λεξικό όρων ήχου",
    "<article class='review'><h1>Λεξικό όρων ήχου</h1>"
    + paras("Οι όροι που συναντάτε συχνά στις δοκιμές ακουστικών μας.")
    + "<h3>Απόκριση συχνότητας</h3>"
    + paras("Το εύρος των συχνοτήτων που αναπαράγει ένα ακουστικό, συνήθως 20 Hz έως 20 kHz.")
    + "<h3>Ενεργή ακύρωση θορύβου</h3>"
    + paras("Τεχνολογία που καταγράφει τον θόρυβο με μικρόφωνα και τον εξουδετερώνει.")
    + "<h3>Σύνθετη αντίσταση</h3>"
    + paras("Μετριέται σε ohm· υψηλές τιμές χρειάζονται ενισχυτή.")
    + "</article>",
    (
        "Απόκριση συχνότητας",
        "Το εύρος των συχνοτήτων που αναπαράγει ένα ακουστικό",
        "Ενεργή ακύρωση θορύβου",
        "Τεχνολογία που καταγράφει τον θόρυβο με μικρόφωνα",
        "Σύνθετη αντίσταση",
        "υψηλές τιμές χρειάζονται ενισχυτή.",
    ),
    path="lexiko/ixos",
)

add(
    "glossary_dl_see_also",
    SITES["fi"],
    "Puutyösanasto",
    "<div class='entry-content'><h1>Puutyösanasto</h1><dl><dt>Höylä</dt><dd>Työkalu, jolla"
    " puun pintaa ohennetaan ja tasoitetaan. Katso myös: <a href='#'>oikohöylä</a>.</dd>"
    "<dt>Lohenpyrstö</dt><dd>Liitos, jossa kiilamaiset tapit lukitsevat kaksi lautaa"
    " toisiinsa.</dd><dt>Syyt</dt><dd>Puun kuitujen suunta, joka näkyy pinnassa juovina.</dd>"
    "<dt>Viiste</dt><dd>Kulman vino leikkaus, joka estää reunan lohkeamisen.</dd></dl></div>"
    + share(SITES["fi"]),
    (
        "Höylä",
        "Työkalu, jolla puun pintaa ohennetaan ja tasoitetaan.",
        "Lohenpyrstö",
        "Liitos, jossa kiilamaiset tapit lukitsevat kaksi lautaa toisiinsa.",
        "Puun kuitujen suunta, joka näkyy pinnassa juovina.",
        "Kulman vino leikkaus, joka estää reunan lohkeamisen.",
    ),
    template="table",
    path="sanasto/puutyo",
)

# Poems and lyrics.

add(
    "poem_br_stanzas",
    SITES["pt"],
    "Poema: A casa da avó",
    "<article class='poema'><h1>A casa da avó</h1><p class='autor'>por Helena Duarte</p>"
    "<p>Havia um poço ao fundo do quintal<br>e um gato que dormia no degrau,<br>a avó cantava"
    " baixo ao pé do sal,<br>o tempo era de barro e de pau.</p><p>Agora a casa é só uma"
    " janela<br>que a chuva lava sem ninguém saber,<br>mas se eu fechar os olhos vejo"
    " nela<br>a luz da tarde a não querer morrer.</p></article>" + share(SITES["pt"]),
    (
        "Havia um poço ao fundo do quintal",
        "e um gato que dormia no degrau,",
        "o tempo era de barro e de pau.",
        "Agora a casa é só uma janela",
        "a luz da tarde a não querer morrer.",
    ),
    path="poesia/a-casa-da-avo",
)

add(
    "poem_line_divs",
    SITES["ru"],
    "Стихотворение «Зимний вокзал»",
    "<div class='poem-page'><h1>Зимний вокзал</h1><div class='poem'><div class='stanza'><div"
    " class='line'>На станции пустой горит фонарь,</div><div class='line'>и снег идёт, как"
    " будто в первый раз,</div><div class='line'>и кто-то на скамейке, как и встарь,</div><div"
    " class='line'>не ждёт уже ни поезда, ни нас.</div></div><div class='stanza'><div"
    " class='line'>А утром машинист протрёт стекло</div><div class='line'>и вспомнит,"
    " улыбаясь, этот свет.</div></div></div><div class='poem-tools'><a href='#'>Распечатать"
    "</a> <a href='#'>В избранное</a></div></div>",
    (
        "На станции пустой горит фонарь,",
        "и снег идёт, как будто в первый раз,",
        "не ждёт уже ни поезда, ни нас.",
        "А утром машинист протрёт стекло",
        "и вспомнит, улыбаясь, этот свет.",
    ),
    ("Распечатать", "В избранное"),
    path="stihi/zimniy-vokzal",
)

add(
    "poem_hemistich_table",
    SITES["ar"],
    "قصيدة: على شاطئ الإسكندرية",
    "<div class='qasida'><h1>على شاطئ الإسكندرية</h1><p class='poet'>للشاعر سليم الحداد</p>"
    "<table class='abyat'><tr><td>وقفتُ على الشطِّ أسألُ موجَهُ</td><td>أما زالَ في البحرِ صوتُ"
    " الذينَ مضَوا</td></tr><tr><td>فقالَ ليَ الموجُ والريحُ تحملُهُ</td><td>همُ الملحُ في"
    " شفتيكَ إذا ما دعَوا</td></tr><tr><td>فعدتُ إلى البيتِ أحملُ صمتَهُمُ</td><td>وفي القلبِ"
    " بحرٌ وما فيهِ إلّا الجوى</td></tr></table><div class='qasida-tools'><a href='#'>استمع"
    " إلى القصيدة</a> <a href='#'>نسخ الأبيات</a></div></div>",
    (
        "وقفتُ على الشطِّ أسألُ موجَهُ",
        "أما زالَ في البحرِ صوتُ الذينَ مضَوا",
        "فقالَ ليَ الموجُ والريحُ تحملُهُ",
        "همُ الملحُ في شفتيكَ إذا ما دعَوا",
        "وفي القلبِ بحرٌ وما فيهِ إلّا الجوى",
    ),
    ("استمع إلى القصيدة", "نسخ الأبيات"),
    path="shi3r/shati2-iskandariya",
)

add(
    "lyrics_with_chorus_labels",
    SITES["hi"],
    "बारिश की गली: गीत के बोल",
    "<div class='lyrics-page'><h1>बारिश की गली: गीत के बोल</h1><p class='song-info'>गायक: रवि"
    " मल्होत्रा · संगीत: अनु देसाई</p><div class='lyrics'><p>[अंतरा 1]<br>भीगी भीगी गली में"
    " तेरा नाम लिखा<br>कागज़ की नाव ने सारा शहर दिखा</p><p>[मुखड़ा]<br>ओ बारिश, ठहर जा"
    " ज़रा<br>दिल का आँगन अभी है भरा</p><p>[अंतरा 2]<br>छत पे टपकती बूँदों की बात<br>माँ की"
    " चाय और लंबी रात</p></div><div class='lyrics-actions'><a href='#'>रिंगटोन डाउनलोड"
    " करें</a> <a href='#'>यूट्यूब पर सुनें</a></div></div>",
    (
        "भीगी भीगी गली में तेरा नाम लिखा",
        "कागज़ की नाव ने सारा शहर दिखा",
        "ओ बारिश, ठहर जा ज़रा",
        "दिल का आँगन अभी है भरा",
        "माँ की चाय और लंबी रात",
    ),
    ("रिंगटोन डाउनलोड करें", "यूट्यूब पर सुनें"),
    path="geet/baarish-ki-gali",
)

# Interview transcripts.

add(
    "interview_bold_speakers",
    SITES["de"],
    "„Die Werkbank war nie als Produkt gedacht“",
    "<article class='entry'><h1>„Die Werkbank war nie als Produkt gedacht“</h1>"
    + paras(
        "Jana Roth hat die Software vor zehn Jahren in ihrer Garage begonnen. Ein"
        " Gespräch über Zufälle und Nutzer."
    )
    + "<p><strong>Frau Roth, wie fing alles an?</strong></p><p><strong>Roth:</strong> Mit"
    " einem Skript, das meine Bohrmaschine steuern sollte. Es hat nie funktioniert.</p>"
    "<p><strong>Und trotzdem haben Sie weitergemacht?</strong></p><p><strong>Roth:</strong>"
    " Ein Freund fand das Skript und wollte es für seine Fräse. Dann kamen die nächsten.</p>"
    "<p><strong>Was würden Sie heute anders machen?</strong></p><p><strong>Roth:</strong>"
    " Früher Hilfe annehmen. Das Projekt ist größer als eine Person.</p></article>"
    + comment_prompt(SITES["de"]),
    (
        "Frau Roth, wie fing alles an?",
        "Roth: Mit einem Skript, das meine Bohrmaschine steuern sollte.",
        "Und trotzdem haben Sie weitergemacht?",
        "Roth: Ein Freund fand das Skript und wollte es für seine Fräse.",
        "Was würden Sie heute anders machen?",
        "Roth: Früher Hilfe annehmen.",
    ),
    path="blog/interview-jana-roth",
)

add(
    "interview_q_r_markers",
    SITES["fr"],
    "Entretien avec la luthière Maud Perrin",
    "<article class='post'><h1>Entretien avec la luthière Maud Perrin</h1>"
    + paras("Maud Perrin fabrique des violes de gambe dans un ancien lavoir de la Drôme.")
    + "<p><b>Q :</b> Pourquoi la viole de gambe ?</p><p><b>R :</b> Parce que personne n'en"
    " faisait plus dans la région, et que le son m'a bouleversée à vingt ans.</p><p><b>Q :</b>"
    " Combien de temps pour un instrument ?</p><p><b>R :</b> Environ quatre cents heures,"
    " sans compter le séchage du bois.</p></article>" + share(SITES["fr"]),
    (
        "Q : Pourquoi la viole de gambe ?",
        "R : Parce que personne n'en faisait plus dans la région",
        "Q : Combien de temps pour un instrument ?",
        "R : Environ quatre cents heures, sans compter le séchage du bois.",
    ),
    path="journal/entretien-maud-perrin",
)

add(
    "interview_name_spans",
    SITES["ja"],
    "インタビュー：地方で開発者コミュニティを続ける理由",
    "<article class='interview'><h1>インタビュー：地方で開発者コミュニティを続ける理由</h1>"
    + paras("松本市で勉強会を十年続ける佐藤さんに話を聞きました。")
    + "<div class='talk'><p><span class='speaker'>聞き手</span>最初の勉強会は何人でしたか。</p>"
    "<p><span class='speaker'>佐藤</span>三人です。そのうち一人は私の弟でした。</p><p><span"
    " class='speaker'>聞き手</span>続けるコツはありますか。</p><p><span class='speaker'>佐藤"
    "</span>毎回、終わったら次の日程をその場で決めることです。</p></div></article>"
    + newsletter(SITES["ja"]),
    (
        "松本市で勉強会を十年続ける佐藤さんに話を聞きました。",
        "最初の勉強会は何人でしたか。",
        "三人です。そのうち一人は私の弟でした。",
        "続けるコツはありますか。",
        "毎回、終わったら次の日程をその場で決めることです。",
    ),
    path="interview/sato",
)

add(
    "transcript_timestamps",
    SITES["cs"],
    "Přepis pořadu: Kovář z Berouna",
    "<div class='transcript-page'><h1>Přepis pořadu: Kovář z Berouna</h1><div"
    " class='player'><button>Přehrát</button><span>42:10</span></div><div class='transcript'>"
    "<p>[00:00:05] <b>Moderátorka:</b> Dobrý den, dnes jsme v kovárně pana Nováka.</p>"
    "<p>[00:00:12] <b>Novák:</b> Dobrý den. Tady kováme od roku 1921, už čtvrtá generace.</p>"
    "<p>[00:01:40] <b>Moderátorka:</b> Co se dnes kove nejčastěji?</p><p>[00:01:44] <b>Novák:"
    "</b> Zábradlí a brány. Podkovy už jen pro dva statky.</p></div><p class='download'><a"
    " href='#'>Stáhnout MP3</a></p></div>",
    (
        "[00:00:05] Moderátorka: Dobrý den, dnes jsme v kovárně pana Nováka.",
        "[00:00:12] Novák: Dobrý den. Tady kováme od roku 1921, už čtvrtá generace.",
        "[00:01:40] Moderátorka: Co se dnes kove nejčastěji?",
        "Zábradlí a brány. Podkovy už jen pro dva statky.",
    ),
    ("Stáhnout MP3", "Přehrát"),
    template="portal",
    path="porady/kovar-z-berouna/prepis",
)

# Footnoted essays.

add(
    "essay_footnotes_section",
    SITES["sv"],
    "Essä: Älven som gräns",
    "<article class='article'><h1>Essä: Älven som gräns</h1>"
    "<p>Torne älv blev riksgräns 1809, men för de som bodde längs den var den länge en väg"
    "<sup id='fnref1'><a href='#fn1'>1</a></sup>. Man gifte sig över vattnet och handlade"
    " på båda sidor.</p><p>Först på 1900-talet började tullen och skolan dra en skarpare"
    " linje<sup id='fnref2'><a href='#fn2'>2</a></sup>.</p><section class='footnotes'><h2>Noter"
    "</h2><ol><li id='fn1'>Se Lindqvist, <i>Älvdalens folk</i>, 1978, s. 44. <a href='#fnref1'"
    " class='footnote-back'>↩</a></li><li id='fn2'>Skolreformen 1888 gällde svenska sidan."
    " <a href='#fnref2' class='footnote-back'>↩</a></li></ol></section></article>"
    + share(SITES["sv"]),
    (
        "Torne älv blev riksgräns 1809",
        "Man gifte sig över vattnet och handlade på båda sidor.",
        "Först på 1900-talet började tullen och skolan dra en skarpare linje",
        "Se Lindqvist, Älvdalens folk, 1978, s. 44.",
        "Skolreformen 1888 gällde svenska sidan.",
    ),
    ("↩",),
    path="kultur/essa-alven-som-grans",
)

add(
    "essay_notes_div_ol",
    SITES["it"],
    "Le castagne e la fame: un secolo di sagre",
    "<article class='article-body'><h1>Le castagne e la fame: un secolo di sagre</h1>"
    "<p>La prima sagra del 1926 nacque per vendere il raccolto in eccesso<sup><a"
    " href='#nota1'>[1]</a></sup>, non per fare festa.</p><p>Nel dopoguerra la castagna"
    " smise di essere il pane dei poveri<sup><a href='#nota2'>[2]</a></sup> e divenne un"
    " ricordo da celebrare.</p><div class='note'><h3>Note</h3><ol><li id='nota1'>Archivio"
    " comunale, delibera n. 31 del 1926.</li><li id='nota2'>Testimonianza di Rosa Bellini,"
    " raccolta nel 1998.</li></ol></div></article><aside class='related-posts'>"
    "<h3 class='related-title'>Potrebbe interessarti</h3><ul><li><a href='#'>Nevicata record"
    " sul passo</a></li><li><a href='#'>La sagra delle castagne compie cento anni</a></li></ul>"
    "</aside>",
    (
        "La prima sagra del 1926 nacque per vendere il raccolto in eccesso",
        "smise di essere il pane dei poveri",
        "Archivio comunale, delibera n. 31 del 1926.",
        "Testimonianza di Rosa Bellini, raccolta nel 1998.",
    ),
    path="cultura/2026/12/castagne-e-fame",
)

add(
    "academic_essay_przypisy",
    SITES["pl"],
    "Język sportowego reportażu radiowego",
    "<article class='news'><h1>Język sportowego reportażu radiowego</h1>"
    "<p>Reporter radiowy musi opisać to, czego słuchacz nie widzi<sup>1</sup>. Dlatego w"
    " relacjach z lat pięćdziesiątych tak wiele jest porównań do życia codziennego.</p>"
    "<p>Późniejsze relacje telewizyjne przejęły część tego słownika<sup>2</sup>, ale straciły"
    " jego obrazowość.</p><h2>Przypisy</h2><ol class='przypisy'><li>Por. J. Mazur, <em>Głos z"
    " trybun</em>, Kraków 2004, s. 17.</li><li>Tamże, s. 102–105.</li></ol><h2>Bibliografia"
    "</h2><ul><li>Mazur J., <em>Głos z trybun</em>, Kraków 2004.</li><li>Zając E., <em>Radio i"
    " stadion</em>, Łódź 2011.</li></ul></article>" + share(SITES["pl"]),
    (
        "Reporter radiowy musi opisać to, czego słuchacz nie widzi",
        "Późniejsze relacje telewizyjne przejęły część tego słownika",
        "Przypisy",
        "Por. J. Mazur, Głos z trybun, Kraków 2004, s. 17.",
        "Tamże, s. 102–105.",
        "Zając E., Radio i stadion, Łódź 2011.",
    ),
    path="technologie/jezyk-reportazu",
)

add(
    "essay_bracket_notes",
    SITES["zh"],
    "从街机厅到手机：三十年游戏记忆",
    "<div class='article-content'><h1>从街机厅到手机：三十年游戏记忆</h1><p>九十年代初，县城"
    "里的第一家街机厅开在电影院旁边<sup>[1]</sup>，一枚代币五毛钱。</p><p>到了二〇一〇年前后，"
    "智能手机让游戏走进了每个人的口袋<sup>[2]</sup>，街机厅也一家家关门。</p><div"
    " class='notes'><p>注释：</p><p>[1] 据《县志·文化卷》，该街机厅于1991年开业。</p><p>[2]"
    " 参见作者2012年的调查笔记。</p></div></div>" + comment_prompt(SITES["zh"]),
    (
        "县城里的第一家街机厅开在电影院旁边",
        "智能手机让游戏走进了每个人的口袋",
        "[1] 据《县志·文化卷》，该街机厅于1991年开业。",
        "[2] 参见作者2012年的调查笔记。",
    ),
    path="news/2026/12/jieji-jiyi",
)

# Step-by-step how-tos with numbered figures.

add(
    "howto_ol_steps_figures",
    SITES["es"],
    "Cómo cambiar el sifón del fregadero",
    "<article class='guia'><h1>Cómo cambiar el sifón del fregadero</h1>"
    + paras("Un sifón que gotea se cambia en veinte minutos y sin llamar al fontanero.")
    + "<h2>Necesitarás</h2><ul><li>Un sifón nuevo de 40 mm</li><li>Un cubo</li><li>Cinta de"
    " teflón</li></ul><h2>Pasos</h2><ol class='pasos'><li><p>Coloca el cubo debajo y"
    " desenrosca las dos tuercas del sifón viejo.</p><figure><img src='/p1.jpg' alt=''>"
    "<figcaption>Figura 1. Las dos tuercas que sujetan el sifón.</figcaption></figure></li>"
    "<li><p>Limpia la rosca del desagüe y envuélvela con cinta de teflón.</p><figure><img"
    " src='/p2.jpg' alt=''><figcaption>Figura 2. La cinta va en el sentido de la rosca."
    "</figcaption></figure></li><li><p>Monta el sifón nuevo y aprieta las tuercas a"
    " mano.</p></li></ol><div class='product-box'><p>Comprar sifón de 40 mm</p><a href='#'>"
    "Ver precio</a></div></article>",
    (
        "Un sifón que gotea se cambia en veinte minutos",
        "Un sifón nuevo de 40 mm",
        "Cinta de teflón",
        "Coloca el cubo debajo y desenrosca las dos tuercas del sifón viejo.",
        "Limpia la rosca del desagüe y envuélvela con cinta de teflón.",
        "Monta el sifón nuevo y aprieta las tuercas a mano.",
    ),
    ("Comprar sifón de 40 mm", "Ver precio"),
    path="guias/cambiar-sifon",
)

add(
    "howto_step_headings_figures",
    SITES["ko"],
    "터미널에서 SSH 키 만드는 방법",
    "<div class='article'><h1>터미널에서 SSH 키 만드는 방법</h1>"
    + paras("비밀번호 없이 서버에 접속하려면 SSH 키가 필요합니다.")
    + '<h3>1단계: 키 생성하기</h3><pre><code>ssh-keygen -t ed25519 -C "me@example.kr"'
    "</code></pre><figure><img src='/k1.png' alt=''><figcaption>그림 1. 키 생성 화면"
    "</figcaption></figure><h3>2단계: 공개 키 복사하기</h3>"
    + paras("생성된 <code>id_ed25519.pub</code> 파일의 내용을 서버에 복사합니다.")
    + "<pre><code>ssh-copy-id user@server</code></pre><h3>3단계: 접속 확인하기</h3>"
    + paras("이제 비밀번호 없이 접속되는지 확인합니다.")
    + "<figure><img src='/k3.png' alt=''><figcaption>그림 2. 접속에 성공한 모습</figcaption>"
    "</figure></div>" + share(SITES["ko"]),
    (
        "1단계: 키 생성하기",
        'ssh-keygen -t ed25519 -C "me@example.kr"',
        "2단계: 공개 키 복사하기",
        "id_ed25519.pub 파일의 내용을 서버에 복사합니다.",
        "ssh-copy-id user@server",
    ),
    template="app",
    path="docs/howto/ssh-key",
)

add(
    "howto_step_divs",
    SITES["fi"],
    "Näin vaihdat hanan tiivisteen",
    "<div class='entry-content'><h1>Näin vaihdat hanan tiivisteen</h1>"
    + paras("Tippuva hana kuluttaa vuodessa tuhansia litroja vettä.")
    + "<div class='steps'><div class='step'><span class='step-number'>Vaihe 1</span><p>Sulje"
    " vesi hanan alla olevasta sulkuventtiilistä.</p></div><div class='step'><span"
    " class='step-number'>Vaihe 2</span><p>Irrota kahva ja kierrä venttiilin hattu auki"
    " kiintoavaimella.</p><figure><img src='/h2.jpg' alt=''><figcaption>Kuva 2. Venttiilin"
    " hattu irrotettuna.</figcaption></figure></div><div class='step'><span class='step-number'>"
    "Vaihe 3</span><p>Vaihda tiiviste ja kokoa hana päinvastaisessa järjestyksessä.</p></div>"
    "</div></div>" + comment_prompt(SITES["fi"]),
    (
        "Vaihe 1",
        "Sulje vesi hanan alla olevasta sulkuventtiilistä.",
        "Irrota kahva ja kierrä venttiilin hattu auki kiintoavaimella.",
        "Vaihe 3",
        "Vaihda tiiviste ja kokoa hana päinvastaisessa järjestyksessä.",
    ),
    template="table",
    path="ohjeet/hanan-tiiviste",
)

add(
    "howto_tools_table_steps",
    SITES["cs"],
    "Jak nabrousit dláto",
    "<article class='navod'><h1>Jak nabrousit dláto</h1>"
    + paras("Tupé dláto trhá dřevo. Nabroušení zabere čtvrt hodiny.")
    + "<table><thead><tr><th>Nástroj</th><th>Zrnitost</th></tr></thead><tbody><tr><td>Brusný"
    " kámen</td><td>1000</td></tr><tr><td>Obtahovací kámen</td><td>6000</td></tr></tbody>"
    "</table><ol><li>Namočte kámen na deset minut do vody.</li><li>Veďte dláto pod úhlem 25°"
    " po celé délce kamene.</li><li>Otřep odstraňte na obtahovacím kameni.</li></ol><figure>"
    "<img src='/d.jpg' alt=''><figcaption>Obr. 1: Správný úhel broušení.</figcaption></figure>"
    "</article>" + share(SITES["cs"]),
    (
        "Tupé dláto trhá dřevo.",
        "Nástroj | Zrnitost",
        "Brusný kámen | 1000",
        "Obtahovací kámen | 6000",
        "Namočte kámen na deset minut do vody.",
        "Veďte dláto pod úhlem 25° po celé délce kamene.",
        "Otřep odstraňte na obtahovacím kameni.",
    ),
    path="navody/naostrit-dlato",
)
