"""The blind68c probe's pages: thirty long pages (1,500 words and more each), two in each
of fifteen languages, each on one of twelve skeletons (see ``_kit``)."""

from __future__ import annotations

from . import _kit as k
from .languages import BE, CA, ET, EU, GU, KN, MK, OR, SD, TA, TT, UG, UR, YI, ZU

# Urdu: sibling sections with no article; hashed grid columns.
_a = (
    "نہر کے پل پر بیٹھی بی بی زینب نے ساٹھ برس پہلے کا پہلا سیلاب یاد کیا۔",
    "گاؤں کی لائبریری میں اب بھی وہ رجسٹر رکھا ہے جس میں ہر مہمان کا نام لکھا جاتا تھا۔",
    "شام ڈھلے بی بی زینب نے کہا کہ نہر ہمیشہ لوٹ آتی ہے، بس انتظار کرنا پڑتا ہے۔",
)
k.add(
    "sections_no_article",
    UR,
    "نہر کنارے ساٹھ برس",
    k.sections_no_article(UR, "نہر کنارے ساٹھ برس", _a, 1),
    _a,
    (UR.ad,),
)
_a = (
    "کراچی کی ایک گلی میں تین نسلوں سے کتابوں کی جلد سازی کا کام ہو رہا ہے۔",
    "استاد رفیق کے مطابق چمڑے کی سب سے اچھی جلد بکری کی کھال سے بنتی ہے۔",
    "دکان کے دروازے پر لٹکی تختی پر آج بھی ان کے دادا کا نام لکھا ہے۔",
)
k.add(
    "hashed_grid_columns",
    UR,
    "جلد سازوں کی گلی",
    k.hashed_grid(UR, "جلد سازوں کی گلی", _a, 2),
    _a,
)

# Uyghur: <br><br> prose; a FAQ of closed <details>.
_a = (
    "بوۋام ھەر يىلى كۈزدە ئۈزۈم ساپىقىدىن سېۋەت توقۇيتتى.",
    "ئۇ سېۋەتنىڭ تۈۋىگە ئالتە تال قوۋزاق سېلىشنى ھەرگىز ئۇنتۇمايتتى.",
    "ئەمدى بۇ ھۈنەرنى كىچىك ئىنىم داۋاملاشتۇرماقچى.",
)
k.add(
    "br_prose_blog",
    UG,
    "بوۋامنىڭ سېۋىتى",
    k.br_prose(UG, "بوۋامنىڭ سېۋىتى", _a, 1),
    _a,
)
_q = (
    "كۇتۇپخانىغا قانداق ئەزا بولىمەن؟",
    "كىتابنى قانچە كۈن ئارىيەت ئالالايمەن؟",
    "كىتاب يوقىتىپ قويسام قانداق قىلىمەن؟",
    "بالىلار ئۈچۈن ئايرىم بۆلۈم بارمۇ؟",
    "دەم ئېلىش كۈنلىرى ئىشلەمسىلەر؟",
    "كومپيۇتېر ئىشلىتىشكە بولامدۇ؟",
    "كونا گېزىتلەرنى كۆرەلەمدىم؟",
    "ئاۋازلىق كىتابلار بارمۇ؟",
    "كىتاب سوۋغا قىلسام بولامدۇ؟",
)
_a = (
    "كۇتۇپخانىمىز 1956-يىلى ئېچىلغان بولۇپ، ئۈچ قەۋەتلىك بىنادا جايلاشقان.",
    "يوقالغان كىتابنىڭ ئورنىغا ئوخشاش كىتاب ئەكېلىشىڭىزمۇ مۇمكىن.",
    "سوۋغا كىتابلار ھەر ئاينىڭ بىرىنچى دۈشەنبىسى قوبۇل قىلىنىدۇ.",
)
k.add(
    "faq_details",
    UG,
    "كۇتۇپخانا ھەققىدە كۆپ سورالغان سوئاللار",
    k.details_faq(UG, "كۇتۇپخانا ھەققىدە كۆپ سورالغان سوئاللار", _a, 2, _q),
    (*_a, _q[4]),
)

# Yiddish: <div role="main">; a <dl> glossary.
_a = (
    "אין דעם קליינעם דרוקערײַ אויף דער גאַס פֿון די בעקערס שטייט נאָך אַ מאַשין פֿון 1911.",
    "דער זעצער האָט יעדן אות געקענט דערקענען מיט די פֿינגער אין דער פֿינצטער.",
    "דער לעצטער בלאַט וואָס מע האָט דאָ געדרוקט איז געווען אַ חתונה־פֿאַרבעטונג.",
)
k.add(
    "role_main_divs",
    YI,
    "די לעצטע דרוקערײַ",
    k.role_main(YI, "די לעצטע דרוקערײַ", _a, 1),
    _a,
    (YI.ad,),
)
_t = (
    "באָבקע",
    "חלה",
    "טשאָלנט",
    "קיגל",
    "קרעפּלעך",
    "לאַטקע",
    "פּאַשטעט",
    "צימעס",
    "שטרודל",
)
_a = (
    "אַ באָבקע איז אַ הויכער געפֿלאָכטענער קוכן מיט צימרינג און ראָזשינקעס.",
    "קרעפּלעך עסט מען אין טאָג פֿאַר יום־כּיפּור און אויף הושענא־רבה.",
    "אַ שטרודל דאַרף מען אויסציען אַזוי דין אַז מע קען דורכלייענען אַ צײַטונג.",
)
k.add(
    "glossary_dl",
    YI,
    "אַ קיכער־ווערטערבוך",
    k.dl_glossary(YI, "אַ קיכער־ווערטערבוך", _a, 2, _t),
    (*_a, _t[4]),
)

# Sindhi: a sidebar longer than the story; steps split by figures.
_a = (
    "ٺٽي جي هڪ ننڍڙي ڳوٺ ۾ اجرڪ جي ڇاپي جو ڪم صدين کان هلندو اچي ٿو۔",
    "ڪاريگر چون ٿا ته نير جو رنگ سياري ۾ سڀ کان گهرو چڙهندو آهي۔",
    "ڳوٺ جي نوجوانن هاڻي پنهنجي اجرڪ آن لائن وڪڻڻ شروع ڪئي آهي۔",
)
_side = "هن هفتي جي سڀ کان وڌيڪ پڙهيل ڪهاڻي ڪينجهر ڍنڍ جي ٻيڙين بابت آهي۔"
k.add(
    "sidebar_longer_than_story",
    SD,
    "اجرڪ جا رنگ",
    k.sidebar_longer(SD, "اجرڪ جا رنگ", _a, 1, _side),
    _a,
    (_side,),
)
_a = (
    "پهريون قدم اهو آهي ته مٽيءَ کي ٻن ڏينهن تائين پاڻيءَ ۾ ڀڄائي رکو۔",
    "ٿانءُ کي ڇانوَ ۾ سڪائڻ سان ان ۾ ڏار نه پوندا۔",
    "آخر ۾ ٿانءُ کي ٻارهن ڪلاڪن تائين ڀٽيءَ ۾ پچايو۔",
)
k.add(
    "steps_between_figures",
    SD,
    "مٽيءَ جو ٿانءُ ڪيئن ٺاهجي",
    k.ol_steps_images(SD, "مٽيءَ جو ٿانءُ ڪيئن ٺاهجي", _a, 2),
    _a,
    (SD.ad,),
)

# Tamil: an old site's layout table (<br><br>); chapters opening on figures.
_a = (
    "தஞ்சாவூர் அருகே உள்ள ஒரு சிறிய கிராமத்தில் வீணை செய்யும் குடும்பம் ஐந்து தலைமுறைகளாக வாழ்கிறது.",
    "பலா மரத்தின் உள்ளே இருக்கும் நார்களே வீணையின் இனிய ஓசைக்குக் காரணம் என்கிறார் சுந்தரம்.",
    "இந்த ஆண்டு அவர்கள் செய்த நூறாவது வீணை ஜப்பானுக்குச் செல்கிறது.",
)
k.add(
    "layout_table_breaks",
    TA,
    "வீணை செய்பவர்களின் கிராமம்",
    k.layout_table(TA, "வீணை செய்பவர்களின் கிராமம்", _a, 1),
    _a,
)
_a = (
    "கோடியக்கரையின் உப்பளங்களில் சூரியன் உதிக்கும் முன்பே வேலை தொடங்குகிறது.",
    "ஒரு பாத்தியில் உப்பு படிய இருபத்தோரு நாட்கள் ஆகும்.",
    "அடுத்த மழைக்காலம் வரை இந்த வெள்ளை மலைகள் கரையில் காத்திருக்கும்.",
)
k.add(
    "chapters_open_on_figures",
    TA,
    "உப்பளத்தின் பருவங்கள்",
    k.chapters_figures(TA, "உப்பளத்தின் பருவங்கள்", _a, 2, "உப்பளத்தில் காலை"),
    _a,
)

# Kannada: sibling divs with no article; a FAQ of closed <details>.
_a = (
    "ಚನ್ನಪಟ್ಟಣದ ಬೀದಿಗಳಲ್ಲಿ ಮರದ ಗೊಂಬೆಗಳನ್ನು ತಿರುಗಿಸುವ ಸದ್ದು ಮುಂಜಾನೆಯಿಂದಲೇ ಕೇಳುತ್ತದೆ.",
    "ಆಲೆಮರದ ಮೃದು ಕಟ್ಟಿಗೆಯೇ ಗೊಂಬೆಗಳಿಗೆ ಅತ್ಯುತ್ತಮ ಎಂದು ಶಿವಣ್ಣ ಹೇಳುತ್ತಾರೆ.",
    "ಮುಂದಿನ ವರ್ಷ ಊರಿನಲ್ಲಿ ಗೊಂಬೆಗಳ ವಸ್ತುಸಂಗ್ರಹಾಲಯ ತೆರೆಯಲಿದೆ.",
)
k.add(
    "divs_no_article",
    KN,
    "ಗೊಂಬೆಗಳ ಊರು",
    k.divs_no_article(KN, "ಗೊಂಬೆಗಳ ಊರು", _a, 1),
    _a,
)
_q = (
    "ಬೀಜ ಬ್ಯಾಂಕಿನ ಸದಸ್ಯರಾಗುವುದು ಹೇಗೆ?",
    "ಎಷ್ಟು ಬೀಜಗಳನ್ನು ಪಡೆಯಬಹುದು?",
    "ಬೀಜಗಳನ್ನು ಯಾವಾಗ ಹಿಂದಿರುಗಿಸಬೇಕು?",
    "ಸಾವಯವ ಬೀಜಗಳು ಮಾತ್ರವೇ ಇವೆಯೇ?",
    "ಬೀಜಗಳನ್ನು ಹೇಗೆ ಸಂಗ್ರಹಿಸಬೇಕು?",
    "ಮಕ್ಕಳಿಗೆ ತರಬೇತಿ ಇದೆಯೇ?",
    "ಬೀಜ ಮೇಳ ಯಾವಾಗ ನಡೆಯುತ್ತದೆ?",
    "ಸ್ವಯಂಸೇವಕರಾಗಬಹುದೇ?",
)
_a = (
    "ನಮ್ಮ ಬೀಜ ಬ್ಯಾಂಕ್ ಹನ್ನೆರಡು ಹಳ್ಳಿಗಳ ರೈತರಿಂದ ಒಟ್ಟುಗೂಡಿದ ನಾಲ್ಕು ನೂರು ತಳಿಗಳನ್ನು ಹೊಂದಿದೆ.",
    "ಬೀಜಗಳನ್ನು ಮಣ್ಣಿನ ಮಡಕೆಯಲ್ಲಿ ಬೇವಿನ ಎಲೆಗಳೊಂದಿಗೆ ಇಡುವುದು ಉತ್ತಮ.",
    "ಸ್ವಯಂಸೇವಕರು ಪ್ರತಿ ಶನಿವಾರ ಬೆಳಿಗ್ಗೆ ಒಂಬತ್ತು ಗಂಟೆಗೆ ಬರಬಹುದು.",
)
k.add(
    "faq_details",
    KN,
    "ಬೀಜ ಬ್ಯಾಂಕ್: ಪದೇ ಪದೇ ಕೇಳುವ ಪ್ರಶ್ನೆಗಳು",
    k.details_faq(KN, "ಬೀಜ ಬ್ಯಾಂಕ್: ಪದೇ ಪದೇ ಕೇಳುವ ಪ್ರಶ್ನೆಗಳು", _a, 2, _q),
    (*_a, _q[3]),
)

# Gujarati: a <dl> glossary; steps split by figures.
_t = (
    "આભલા",
    "બાંધણી",
    "ભરત",
    "ચણિયો",
    "ઘરચોળું",
    "કાંજી",
    "પટોળું",
    "રેશમ",
    "તાણો",
)
_a = (
    "આભલા એટલે ભરતકામમાં ટાંકેલા નાના ગોળ અરીસા, જે કચ્છના કપડાંની ઓળખ છે.",
    "ઘરચોળું લગ્નમાં કન્યાને તેની માતા તરફથી મળે છે.",
    "તાણો એટલે સાળ પર લંબાઈમાં ખેંચેલા દોરા, જેના પર વાણો વણાય છે.",
)
k.add(
    "glossary_dl",
    GU,
    "કાપડ અને ભરતકામનો શબ્દકોશ",
    k.dl_glossary(GU, "કાપડ અને ભરતકામનો શબ્દકોશ", _a, 1, _t),
    (*_a, _t[6]),
)
_a = (
    "સૌપ્રથમ ઢોકળાં માટે ચોખા અને ચણાની દાળ રાતભર પલાળી રાખો.",
    "ખીરું આથો આવ્યા પછી તેમાં આદુ અને લીલા મરચાંની પેસ્ટ ઉમેરો.",
    "છેલ્લે રાઈ અને તલનો વઘાર ઉપર રેડીને ગરમ ગરમ પીરસો.",
)
k.add(
    "steps_between_figures",
    GU,
    "ખાટાં ઢોકળાં બનાવવાની રીત",
    k.ol_steps_images(GU, "ખાટાં ઢોકળાં બનાવવાની રીત", _a, 2),
    _a,
    (GU.ad,),
)

# Odia: a body of custom elements; <br><br> prose.
_a = (
    "ରଘୁରାଜପୁରର ପଟ୍ଟଚିତ୍ରକାରମାନେ ତେନ୍ତୁଳି ମଞ୍ଜିର ଅଠାରେ କପଡ଼ାକୁ ପ୍ରସ୍ତୁତ କରନ୍ତି।",
    "ଲାଲ ରଙ୍ଗ ହିଙ୍ଗୁଳ ପଥରରୁ ଆଉ କଳା ରଙ୍ଗ ପ୍ରଦୀପର କାଳିରୁ ତିଆରି ହୁଏ।",
    "ଏବର୍ଷ ଗାଁର ଚାଳିଶ ଜଣ ଝିଅ ପ୍ରଥମ ଥର ପାଇଁ ପଟ୍ଟଚିତ୍ର ଶିଖିଲେ।",
)
k.add(
    "custom_element_body",
    OR,
    "ପଟ୍ଟଚିତ୍ରର ଗାଁ",
    k.web_component(OR, "ପଟ୍ଟଚିତ୍ରର ଗାଁ", _a, 1),
    _a,
    (OR.ad,),
)
_a = (
    "ମୋ ଜେଜେମା ପ୍ରତି କାର୍ତ୍ତିକ ମାସରେ ଡଙ୍ଗା ଭସାଇବାକୁ ନଦୀକୂଳକୁ ଯାଉଥିଲେ।",
    "ସେ କହୁଥିଲେ ଯେ କଦଳୀ ପଟୁଆର ଡଙ୍ଗା ସବୁଠୁ ଦୂରକୁ ଭାସେ।",
    "ଆଜି ମୋ ଝିଅ ପ୍ରଥମ ଥର ପାଇଁ ନିଜ ହାତରେ ଡଙ୍ଗା ଭସାଇଲା।",
)
k.add(
    "br_prose_blog",
    OR,
    "କାର୍ତ୍ତିକର ଡଙ୍ଗା",
    k.br_prose(OR, "କାର୍ତ୍ତିକର ଡଙ୍ଗା", _a, 2),
    _a,
)

# Belarusian: chapters opening on figures; a sidebar longer than the story.
_a = (
    "На беразе Нарачы яшчэ засталіся тры хаты, дзе плятуць сеткі па-старому.",
    "Дзед Мікола кажа, што лён для сетак трэба мачыць толькі ў азёрнай вадзе.",
    "Увесну ўнукі павязуць яго сеткі на выставу ў Вільню.",
)
k.add(
    "chapters_open_on_figures",
    BE,
    "Сеткі для Нарачы",
    k.chapters_figures(BE, "Сеткі для Нарачы", _a, 1, "Ранак на Нарачы"),
    _a,
)
_a = (
    "У вёсцы пад Мазыром кожную восень збіраюць журавіны на балоце Іванаўскі мох.",
    "Ягаднікі ведаюць, што лепшыя ягады хаваюцца пад першым інеем.",
    "Сёлета ўся вёска сабрала больш за тры тоны журавін.",
)
_side = "Самае чытанае за тыдзень: як адрадзілі старую чыгуначную станцыю ў Ельску."
k.add(
    "sidebar_longer_than_story",
    BE,
    "Журавінавая восень",
    k.sidebar_longer(BE, "Журавінавая восень", _a, 2, _side),
    _a,
    (_side,),
)

# Macedonian: a body of custom elements; an old site's layout table of <p>s.
_a = (
    "Во Струга секоја есен рибарите ги крпат мрежите на брегот на Црн Дрим.",
    "Најстариот рибар тврди дека јагулата се враќа секогаш на истото место.",
    "Следната година мостот над реката ќе добие нова камена ограда.",
)
k.add(
    "custom_element_body",
    MK,
    "Рибарите од Струга",
    k.web_component(MK, "Рибарите од Струга", _a, 1),
    _a,
    (MK.ad,),
)
_a = (
    "Манастирската библиотека во Лесново чува ракописи стари повеќе од седум века.",
    "Монасите ги препишувале книгите само при дневна светлина.",
    "Дигитализираните ракописи ќе бидат достапни за сите од пролетта.",
)
k.add(
    "layout_table_paragraphs",
    MK,
    "Ракописите од Лесново",
    k.layout_table(MK, "Ракописите од Лесново", _a, 2, breaks=False),
    _a,
)

# Tatar: <div role="main">; hashed grid columns of bare <div> text.
_a = (
    "Арча районындагы бер авылда әле дә агач чүкеч белән киез басалар.",
    "Яхшы киез өчен сарык йонын көз көне кыркырга кирәк, ди Гөлсинә апа.",
    "Киләсе җәйдә авылда киез басу бәйрәме үткәрергә җыеналар.",
)
k.add(
    "role_main_divs",
    TT,
    "Киез басучылар авылы",
    k.role_main(TT, "Киез басучылар авылы", _a, 1),
    _a,
    (TT.ad,),
)
_a = (
    "Казанның иске татар бистәсендә соңгы итекче остаханәсе һаман эшли.",
    "Читек тегү өчен тиренең утыз ике кисәген бер-берсенә тәңгәлләргә кирәк.",
    "Остаханәнең ишеге һәр шимбә көнне туристлар өчен ачык булачак.",
)
k.add(
    "hashed_grid_div_text",
    TT,
    "Соңгы итекче",
    k.hashed_grid(TT, "Соңгы итекче", _a, 2, div_text=True),
    _a,
)

# Catalan: sibling sections with no article; a FAQ of closed <details>.
_a = (
    "Al delta de l'Ebre, les barraques de fang i canya encara es fan com fa cent anys.",
    "L'Emili diu que la canya s'ha de tallar amb la lluna minvant de gener.",
    "L'estiu vinent la darrera barraca acollirà una escola de construcció tradicional.",
)
k.add(
    "sections_no_article",
    CA,
    "Les barraques del delta",
    k.sections_no_article(CA, "Les barraques del delta", _a, 1),
    _a,
    (CA.ad,),
)
_q = (
    "Com puc fer-me soci de la cooperativa?",
    "Quant costa la quota anual?",
    "Quins dies obre la botiga?",
    "Puc portar el meu propi oli a premsar?",
    "Com es fa la collita de l'oliva?",
    "Hi ha visites per a escoles?",
    "Venen a domicili?",
    "Com es guarda l'oli a casa?",
    "Puc treballar de voluntari a la collita?",
)
_a = (
    "La cooperativa es va fundar el 1919 i avui agrupa tres-cents pagesos de la comarca.",
    "Les olives s'han de premsar abans de quaranta-vuit hores després de collir-les.",
    "Els voluntaris de la collita reben cinc litres d'oli com a agraïment.",
)
k.add(
    "faq_details",
    CA,
    "Preguntes freqüents de la cooperativa",
    k.details_faq(CA, "Preguntes freqüents de la cooperativa", _a, 2, _q),
    (*_a, _q[5]),
)

# Basque: steps split by figures; sibling divs with no article.
_a = (
    "Lehenik, ebaki hamabi ezpel makila luzera berekoak eta utzi astebetez lehortzen.",
    "Sokaren korapiloak estu lotu behar dira, bestela saskia ez da sendoa izango.",
    "Azkenik, igurtzi saskia liho olioz eta utzi eguzkitan egun batez.",
)
k.add(
    "steps_between_figures",
    EU,
    "Zumezko saskia nola egin",
    k.ol_steps_images(EU, "Zumezko saskia nola egin", _a, 1),
    _a,
    (EU.ad,),
)
_a = (
    "Getariako portuan oraindik badago txalupak egurrez egiten dituen ontzigile bat.",
    "Ontzigileak dio haritz ona ilargi beheran moztu behar dela.",
    "Datorren udan txalupa berria uretara botako dute herriko jaietan.",
)
k.add(
    "divs_no_article",
    EU,
    "Azken ontzigilea",
    k.divs_no_article(EU, "Azken ontzigilea", _a, 2),
    _a,
)

# Estonian: chapters opening on figures; a <dl> glossary.
_a = (
    "Kihnu saarel kootakse triibulisi seelikuid ikka veel kodustel kangastelgedel.",
    "Punane triip tähendab rõõmu ja tume triip leina, selgitab Virve.",
    "Järgmisel suvel avatakse saarel uus käsitöökoda noortele kudujatele.",
)
k.add(
    "chapters_open_on_figures",
    ET,
    "Kihnu triibud",
    k.chapters_figures(ET, "Kihnu triibud", _a, 1, "Hommik Kihnu sadamas"),
    _a,
)
_t = (
    "Ankur",
    "Kiil",
    "Luuk",
    "Mast",
    "Parras",
    "Puri",
    "Roolipind",
    "Tekk",
    "Vöör",
)
_a = (
    "Ankur on raske raudne konks, mis hoiab laeva tormis paigal.",
    "Parras on laeva külje ülemine serv, millele saab nõjatuda.",
    "Vöör on laeva esimene ots, mis lõikab laineid.",
)
k.add(
    "glossary_dl",
    ET,
    "Meresõnastik algajale",
    k.dl_glossary(ET, "Meresõnastik algajale", _a, 2, _t),
    (*_a, _t[3]),
)

# Zulu: <br><br> prose; a sidebar longer than the story.
_a = (
    "Ugogo wami wayethunga izimpahla zobuhlalu ngaphansi komthombe njalo ntambama.",
    "Wayethi ubuhlalu obumhlophe busho uthando olumsulwa.",
    "Namuhla indodakazi yami ithunge isigqizo sayo sokuqala.",
)
k.add(
    "br_prose_blog",
    ZU,
    "Ubuhlalu bukagogo",
    k.br_prose(ZU, "Ubuhlalu bukagogo", _a, 1),
    _a,
)
_a = (
    "Esigodini saseNkandla abalimi baqale ukutshala ubhontshisi wendabuko futhi.",
    "Umlimi omdala uthi imbewu kufanele igcinwe emabhodweni obumba.",
    "Ngonyaka ozayo isigodi sizovula imakethe yembewu yendabuko.",
)
_side = "Okufundwa kakhulu kuleli sonto: ukuvuselelwa kwesiteshi sesitimela esidala."
k.add(
    "sidebar_longer_than_story",
    ZU,
    "Imbewu yendabuko",
    k.sidebar_longer(ZU, "Imbewu yendabuko", _a, 2, _side),
    _a,
    (_side,),
)
