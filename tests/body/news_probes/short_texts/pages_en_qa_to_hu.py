"""The short-text probe's pages, the English Q&A page to Hungarian (in the probes' order)."""

from __future__ import annotations

from ._kit import (
    Chrome,
    add,
    column,
    poem,
    product,
    qa,
    saying,
    statement,
    update,
    video_page,
    weather,
)

EN_QA = Chrome(
    lang="en",
    host="shell-answers.example",
    menu=(
        ("Questions", ("Newest questions", "Unanswered questions", "Questions with bounties")),
        ("Tags", ("Popular tags this week",)),
        ("Users", ("Top users this month",)),
    ),
    cookie="We use cookies to personalise content and to analyse our traffic.",
    footer=(
        "Site design and logo",
        "Terms of service",
        "Privacy policy and cookies",
        "Contact the moderators",
    ),
)

add(
    "terminal_beep",
    EN_QA,
    "How do I stop my terminal from beeping on tab completion?",
    qa(
        "How do I stop my terminal from beeping on tab completion?",
        "Every time I press Tab in my terminal and there is more than one match, the machine "
        "beeps loudly. Is there a setting to turn the sound off without muting the whole system?",
        (
            "Add the line",
            "set bell-style none",
            "and open a new terminal.",
            "If you would rather see a flash instead, use visible in place of none.",
        ),
        "<p>Add the line <code>set bell-style none</code> to the file <code>~/.inputrc</code> "
        "and open a new terminal.</p><p>If you would rather see a flash instead, use visible in "
        "place of none.</p>",
        (
            (
                "marlow",
                "This works for bash and anything else that uses readline, but zsh ignores the "
                "file completely, so if you switched shells last year like I did you will need "
                "the option NO_BEEP in your zshrc instead.",
            ),
            (
                "quietdesk",
                "On my laptop the beep came from the terminal emulator itself rather than the "
                "shell, and the only way to stop it was to untick the audible bell box in the "
                "profile preferences, which took me an hour to find.",
            ),
            (
                "ptolemy",
                "Worth mentioning that you can reload the file in the current session with a key "
                "binding instead of opening a new window, which is handy when you are connected "
                "over a slow remote link.",
            ),
            (
                "hanna.b",
                "I tried this on a fresh install and nothing happened until I noticed the file "
                "did not exist at all; creating it with just this one line was enough, but make "
                "sure you also include the system default file if you rely on its settings.",
            ),
            (
                "orwin",
                "The visible bell is the worst of both worlds in my opinion, the whole screen "
                "flashes white every time and it is far more distracting than the sound ever was.",
            ),
            (
                "fenwick",
                "For anyone landing here from a search engine: the same beep happens in the "
                "Python shell and in many database clients because they all link against the "
                "same library, so this fix silences them too.",
            ),
            (
                "juno",
                "Thanks, this has been driving my whole open-plan office mad for months and "
                "nobody knew where the noise came from.",
            ),
            (
                "brack",
                "Is there any way to keep the beep for real errors but not for ambiguous "
                "completions? I find it useful when a long command fails in the background.",
            ),
        ),
        "Linked",
        (
            "How can I change the colour of the prompt in bash?",
            "Why does my terminal print strange characters after ssh?",
        ),
    ),
)

CEB = Chrome(
    lang="ceb",
    host="balita-sugbo.example",
    menu=(
        ("Balita", ("Balita sa Sugbo", "Balita sa nasod", "Isports ug dula")),
        ("Kinabuhi", ("Panglawas ug kahimsog", "Pagkaon ug luto")),
    ),
    cookie="Naggamit kami og cookies aron mapauswag ang imong kasinatian sa among site.",
    footer=("Mahitungod kanamo", "Palisiya sa privacy", "Kontaka ang redaksyon"),
)

add(
    "kape_mabdos",
    CEB,
    "Luwas ba ang pag-inom og kape samtang nagmabdos?",
    column(
        "Luwas ba ang pag-inom og kape samtang nagmabdos?",
        (
            "Pangutana: Tulo ka bulan na akong nagmabdos ug ganahan kaayo ko og kape. Makadaot "
            "ba kini sa akong bata?",
            "Tubag: Luwas ang usa o duha ka tasa sa kape matag adlaw, sumala sa kadaghanan sa "
            "mga doktor. Apan likayi ang labaw pa niana, ug ayaw kalimti ang kape nga anaa usab "
            "sa tsokolate ug softdrinks.",
        ),
        "Dr. Maria Santos, obstetrician",
        "14 ka komento",
        (
            (
                "Jessa",
                "Sa akong unang pagmabdos wala gyud koy giinom nga kape sulod sa siyam ka bulan, "
                "ug lisod kaayo kadto kay naanad ko og tulo ka tasa kada buntag. Karon mas "
                "relaks na ko.",
            ),
            (
                "Rommel",
                "Salamat doc sa tubag. Akong asawa nagmabdos karon ug kanunay siyang mangutana "
                "niini. Ipakita nako niya kini nga artikulo karong gabii.",
            ),
            (
                "Lola Nena",
                "Ang akong lola nag-ingon nga dili gyud maayo ang kape sa mabdos kay mangitom "
                "kuno ang bata. Tinuod ba kana o tinuohan ra sa karaan?",
            ),
            (
                "Cheryl",
                "Nag-inom ko og duha ka tasa kada adlaw sa akong pagmabdos ug himsog kaayo akong "
                "anak, karon lima na ka tuig. Basta ayaw lang sobra.",
            ),
            (
                "mamaJoy",
                "Unsa man ang decaf? Luwas ba kana bisan pila ka tasa? Wala man koy makita nga "
                "tubag bahin niana dinhi sa artikulo.",
            ),
            (
                "Dodong",
                "Maayo unta kung mosulat pa mo og artikulo bahin sa tsaa ug sa mga herbal nga "
                "ilimnon, kay daghan kaayo nag-inom niana dinhi sa among lugar.",
            ),
            (
                "Ivy",
                "Ako nagtrabaho sa gabii ug kinahanglan gyud nako ang kape aron dili makatulog. "
                "Nahadlok ko kaniadto pero karon nakasabot na ko.",
            ),
            (
                "Nurse Ana",
                "Importante gyud nga mangutana sa kaugalingong doktor kay lahi-lahi ang "
                "kahimtang sa matag mabdos. Ayaw lang pagsalig sa internet.",
            ),
        ),
    ),
)


# --- products: three lines above reviews and specs

IT = Chrome(
    lang="it",
    host="bottega-del-caffe.example",
    menu=(
        ("Negozio", ("Caffettiere e moka", "Macchine per espresso", "Tazze e accessori")),
        ("Assistenza", ("Spedizioni e resi", "Domande frequenti")),
    ),
    cookie="Questo sito utilizza cookie tecnici e di profilazione di terze parti.",
    footer=("Condizioni generali di vendita", "Informativa sulla privacy", "Chi siamo e contatti"),
)

add(
    "moka",
    IT,
    "Moka in alluminio da 3 tazze",
    product(
        "Moka in alluminio da 3 tazze",
        (
            "Caffettiera classica in alluminio per tre tazze di espresso.",
            "Adatta a fornelli a gas ed elettrici, non a induzione.",
            "Guarnizione di ricambio inclusa nella confezione.",
        ),
        "€ 24,90",
        "Aggiungi al carrello",
        "Spedizione gratuita sopra i 49 euro",
        (
            ("Capacità", "150 ml"),
            ("Materiale", "alluminio"),
            ("Peso", "450 g"),
            ("Altezza", "18 cm"),
        ),
        "Recensioni (6)",
        (
            (
                "Giovanna R.",
                "5",
                "Fa un caffè ottimo e cremoso, proprio come quella di mia nonna. L'ho usata ogni "
                "mattina per tre mesi e non ha perso nulla, anche il manico è rimasto fresco al "
                "tatto.",
            ),
            (
                "Marco",
                "4",
                "Buona qualità per il prezzo, ma la prima volta il caffè sapeva un po' di "
                "metallo. Consiglio di fare tre o quattro caffè da buttare prima di usarla "
                "davvero.",
            ),
            (
                "Lucia B.",
                "2",
                "Ho comprato questa moka pensando di usarla sul piano a induzione e invece non "
                "funziona, bisognava leggere meglio la descrizione. Ora uso un adattatore ma non "
                "è la stessa cosa.",
            ),
            (
                "Paolo",
                "5",
                "Spedizione velocissima, arrivata in due giorni ben imballata. La guarnizione di "
                "ricambio è un pensiero gentile che altri venditori non hanno.",
            ),
            (
                "Anna Maria",
                "3",
                "Il caffè è buono ma la moka è più piccola di quanto sembri in foto, tre "
                "tazzine piccole piccole. Per due persone va bene, per una famiglia no.",
            ),
            (
                "Stefano T.",
                "5",
                "Dopo aver provato le macchinette a capsule sono tornato alla moka e non me ne "
                "pento: costa meno, fa meno rifiuti e il caffè ha più sapore.",
            ),
        ),
        "Potrebbe interessarti anche",
        ("Macinacaffè manuale in legno", "Set di sei tazzine in ceramica"),
    ),
)

KO = Chrome(
    lang="ko",
    host="haneul-mall.example",
    menu=(
        ("카테고리", ("디지털 가전 전체", "음향 기기와 이어폰", "생활 가전 모음")),
        ("고객센터", ("주문 배송 조회", "교환 및 반품 안내")),
    ),
    cookie="더 나은 서비스를 위해 쿠키를 사용합니다.",
    footer=("회사 소개 및 채용", "개인정보처리방침", "이용약관 및 청소년보호정책"),
)

add(
    "speaker",
    KO,
    "무선 블루투스 스피커 미니",
    product(
        "무선 블루투스 스피커 미니",
        (
            "손바닥만 한 크기에 360도로 퍼지는 소리를 담았습니다.",
            "한 번 충전으로 최대 열두 시간 동안 재생할 수 있습니다.",
            "생활 방수 기능이 있어 욕실이나 캠핑장에서도 쓸 수 있습니다.",
        ),
        "39,000원",
        "장바구니 담기",
        "오늘 주문하면 내일 도착",
        (
            ("크기", "8 x 8 x 9 cm"),
            ("무게", "320 g"),
            ("배터리", "2,000 mAh"),
            ("연결", "블루투스 5.3"),
        ),
        "상품평 (6)",
        (
            (
                "김**",
                "5",
                "캠핑 갈 때 가져갔는데 생각보다 소리가 커서 놀랐어요. 밤새 음악을 틀어도 "
                "배터리가 남아 있었고, 비가 조금 왔는데도 아무 문제 없었습니다.",
            ),
            (
                "이**",
                "4",
                "디자인이 예쁘고 가벼워서 가방에 넣고 다니기 좋아요. 다만 저음이 조금 약해서 별 "
                "하나 뺐습니다. 가격을 생각하면 만족합니다.",
            ),
            (
                "박**",
                "2",
                "처음 일주일은 잘 됐는데 블루투스 연결이 자꾸 끊겨요. 고객센터에 문의했더니 "
                "펌웨어를 업데이트하라고 하는데 방법이 너무 복잡합니다.",
            ),
            (
                "최**",
                "5",
                "부모님 선물로 샀는데 버튼이 단순해서 어르신들도 쉽게 쓰세요. 라디오 앱이랑 "
                "연결해서 매일 아침 듣고 계십니다.",
            ),
            (
                "정**",
                "3",
                "소리는 괜찮은데 충전 단자가 덮개 안에 있어서 충전할 때마다 열기가 불편해요. "
                "방수 때문이라니 이해는 합니다.",
            ),
            (
                "강**",
                "5",
                "욕실에서 샤워하면서 듣는데 물이 튀어도 괜찮아요. 두 개를 사서 스테레오로 "
                "연결하면 훨씬 좋습니다.",
            ),
        ),
        "함께 본 상품",
        ("충전식 무드등 스피커", "노이즈 캔슬링 무선 이어폰"),
        as_list=True,
    ),
)

AS = Chrome(
    lang="as",
    host="puthi-ghor.example",
    menu=(
        ("কিতাপ", ("নতুন প্ৰকাশিত কিতাপ", "শিশু সাহিত্যৰ সম্ভাৰ", "উপন্যাস আৰু গল্প")),
        ("সহায়", ("অৰ্ডাৰৰ অৱস্থা চাওক", "উভতাই দিয়াৰ নিয়ম")),
    ),
    cookie="এই ৱেবছাইটে আপোনাৰ অভিজ্ঞতা উন্নত কৰিবলৈ কুকি ব্যৱহাৰ কৰে।",
    footer=("আমাৰ বিষয়ে জানক", "গোপনীয়তা নীতি", "যোগাযোগৰ ঠিকনা"),
)

add(
    "lokokotha",
    AS,
    "অসমীয়া লোককথাৰ সংকলন",
    product(
        "অসমীয়া লোককথাৰ সংকলন",
        (
            "অসমৰ বিভিন্ন প্ৰান্তৰ পৰা সংগ্ৰহ কৰা পঞ্চাশটা লোককথা।",
            "প্ৰতিটো কাহিনীৰ সৈতে শিল্পীৰ হাতেৰে অঁকা ছবি আছে।",
            "শিশু আৰু ডাঙৰ সকলোৱে পঢ়িব পৰাকৈ সহজ ভাষাত লিখা।",
        ),
        "₹ ৩৫০",
        "বেগত ভৰাওক",
        "৫০০ টকাৰ ওপৰৰ অৰ্ডাৰত বিনামূলীয়া ডাক",
        (("পৃষ্ঠা", "২৪০"), ("প্ৰকাশক", "পুথিঘৰ প্ৰকাশন"), ("বছৰ", "২০২৫")),
        "পাঠকৰ মতামত (৫)",
        (
            (
                "ৰীতা",
                "5",
                "মোৰ জীয়েকক প্ৰতি নিশা শুৱাৰ আগতে এটা কাহিনী পঢ়ি শুনাওঁ। ছবিবোৰ ইমান ধুনীয়া যে "
                "তাই নিজেও পৃষ্ঠা লুটিয়াই থাকে, বহুত ভাল কিতাপ।",
            ),
            (
                "অনুপম",
                "4",
                "কাহিনীবোৰ ভাল, কিন্তু কিছুমান কথা আইতাই কোৱাৰ দৰে নহয়, অলপ সলনি কৰা যেন "
                "লাগিল। তথাপিও সংগ্ৰহটো মূল্যবান।",
            ),
            (
                "প্ৰিয়ংকা",
                "5",
                "বিদেশত থকা মোৰ ল'ৰাৰ বাবে কিনিছিলোঁ যাতে সি অসমীয়া ভাষা পাহৰি নাযায়। ডাক খৰচ "
                "বেছি হ'লেও কিতাপখন সময়মতে পালোঁ।",
            ),
            (
                "বিকাশ",
                "3",
                "কাগজৰ মান আৰু অলপ ভাল হ'ব লাগিছিল, দুই-এটা পৃষ্ঠাত ছপা অলপ মলিন। কাহিনীৰ বাছনি কিন্তু চমৎকাৰ।",
            ),
            (
                "মৌচুমী",
                "5",
                "বিদ্যালয়ৰ পুথিভঁৰালৰ বাবে দহখন কিনিলোঁ, ছাত্ৰ-ছাত্ৰীসকলে খুব ভাল পাইছে আৰু পঢ়াৰ অভ্যাস বাঢ়িছে।",
            ),
        ),
        "এইবোৰো চাওক",
        ("অসমৰ বিহু গীতৰ পুথি", "শিশুৰ বাবে ছবিৰ অভিধান"),
    ),
)


# --- a saying and poems of the day

LA = Chrome(
    lang="la",
    host="ephemeris-latina.example",
    menu=(
        ("Domus", ("Nuntii Latini hodierni", "Sententiae et proverbia", "Carmina antiqua")),
        ("De nobis", ("Epistulam nobis mittite",)),
    ),
    cookie="Crustulis utimur ut situs melius operetur.",
    footer=("De secreto datorum", "Condiciones usus", "Tabula situs interretialis"),
)

add(
    "sententia",
    LA,
    "De horto et patientia",
    saying(
        "De horto et patientia",
        "Sententia diei",
        "Qui hortum colit, tempus non perdit, sed in radices condit.",
        "Lucius Aemilius Rufus, Epistulae ad amicum",
        "Hodie sententiam legimus de hortis et de patientia: qui plantat, non sibi solum sed "
        "etiam posteris laborat.",
        "Sententiae priores",
        (
            "Aqua lenta saxum cavat, non vi sed constantia.",
            "Liber bonus amicus est qui numquam tacet nisi iussus.",
            "Qui multa promittit, pauca servat.",
            "Magister optimus est dies qui heri praeteriit.",
            "Nemo navigat sine vento, nemo discit sine errore.",
            "Lux matutina pigros non expectat.",
        ),
    ),
)

ZH = Chrome(
    lang="zh",
    host="meiri-shige.example",
    menu=(
        ("诗词", ("唐诗宋词精选", "现代诗歌专栏", "诗人名录大全")),
        ("社区", ("读者投稿园地", "诗词知识问答")),
    ),
    cookie="本网站使用Cookie以改善您的浏览体验。",
    footer=("关于我们与联系方式", "隐私政策与用户协议", "网站地图与帮助中心"),
)

add(
    "shanzhong_yeyu",
    ZH,
    "山中夜雨",
    poem(
        "山中夜雨",
        "每日一诗",
        "林静远",
        (("夜雨敲窗静，", "山灯照客愁。", "明朝溪水涨，", "载梦到江头。"),),
        ("赏析：诗人借山中夜雨写客居之愁，末句以溪水载梦作结，愁中见希望。",),
        "林静远，当代诗人，生于江南水乡，著有诗集《听雨集》《远山》等，作品多写山水与乡愁。",
        "往期诗歌",
        (
            ("春江晚照", "江上晚霞红似火，渔舟唱晚过前滩。"),
            ("秋夜寄友", "月满西楼人未寐，一封书信寄秋风。"),
            ("雪后登山", "山路无人雪未消，松枝压白过溪桥。"),
            ("故园桃花", "故园三月桃花发，不见当年种树人。"),
            ("夏日荷塘", "荷叶田田风自凉，蜻蜓立处晚霞长。"),
            ("冬夜读书", "炉火微明书卷暖，窗前细雪落无声。"),
        ),
    ),
)

GA = Chrome(
    lang="ga",
    host="nuacht-an-iarthair.example",
    menu=(
        ("Nuacht", ("Nuacht na Gaeltachta", "Cúrsaí polaitíochta", "Spórt agus cluichí")),
        ("Cultúr", ("Leabhair agus litríocht", "Ceol traidisiúnta")),
    ),
    cookie="Úsáidimid fianáin chun do thaithí ar an suíomh a fheabhsú.",
    footer=("Déan teagmháil linn", "Polasaí príobháideachta", "Téarmaí agus coinníollacha"),
)

add(
    "gealach",
    GA,
    "An Ghealach os cionn an Chuain",
    poem(
        "An Ghealach os cionn an Chuain",
        "Dán an lae",
        "le Siobhán Ní Bhriain",
        (
            (
                "Tá an ghealach ina suí os cionn an chuain,",
                "is na báid ina gcodladh ar an uisce ciúin;",
                "cloisim glór na farraige i bhfad uaim,",
                "mar amhrán a chan mo mháthair dom fadó.",
            ),
            (
                "Amárach beidh an ghaoth ag séideadh arís,",
                "ach anocht tá an domhan ar fad ina thost.",
            ),
        ),
        (),
        "Rugadh Siobhán Ní Bhriain i gConamara sa bhliain 1970. Tá cúig chnuasach filíochta "
        "foilsithe aici, agus bhuaigh sí duais an Oireachtais faoi dhó.",
        "Dánta eile",
        (
            ("Cois Locha ar Maidin", "Is glas iad na cnoic i bhfad uainn, a dúirt mo sheanathair."),
            ("Bóthar na Trá", "Shiúil muid bóthar na trá agus an taoide ag casadh ar ais."),
            ("Fómhar", "Tá na duilleoga ag titim ina gceann is ina gceann ar an tsráid."),
            ("An Teach Folamh", "Níl aon solas sa fhuinneog anois, ná deatach ón simléar."),
            ("Oíche Shamhna", "Lasann na páistí tinte ar an gcnoc agus canann siad go hard."),
        ),
    ),
)


# --- weather bulletins

NB = Chrome(
    lang="nb",
    host="vaervarsel.example",
    menu=(
        ("Vær", ("Været der du er", "Farevarsler og beredskap", "Radar og satellittbilder")),
        ("Klima", ("Klimastatistikk for steder", "Havvarsler for kysten")),
    ),
    cookie="Vi bruker informasjonskapsler for å forbedre tjenestene våre.",
    footer=("Kontakt meteorologen", "Personvernerklæring", "Tilgjengelighetserklæring"),
)

add(
    "vestlandet",
    NB,
    "Værvarsel for Vestlandet",
    weather(
        "Værvarsel for Vestlandet",
        "Utstedt tirsdag kl. 06.00",
        (
            "Regn fra morgenen av, periodevis kraftig i ytre strøk. Sørvestlig frisk bris, på "
            "kysten periodevis sterk kuling.",
            "Fra ettermiddagen byger og litt lettere vær i indre strøk. Temperatur mellom 4 og "
            "9 grader.",
        ),
        (
            ("Tirsdag", "Regn", "4–9 °C"),
            ("Onsdag", "Byger", "3–7 °C"),
            ("Torsdag", "Sol", "2–8 °C"),
        ),
        "Forklaring på farevarslene",
        (
            "Gult farevarsel betyr at været kan være utfordrende for enkelte.",
            "Oransje farevarsel betyr at været kan gi store skader.",
            "Rødt farevarsel betyr ekstremt vær som sjelden forekommer.",
        ),
        "Andre landsdeler",
        (
            "Østlandet og Telemark",
            "Sørlandet og Agder",
            "Trøndelag og Nordmøre",
            "Nordland og Troms",
            "Finnmark og Svalbard",
        ),
    ),
)

LB = Chrome(
    lang="lb",
    host="wieder-letzebuerg.example",
    menu=(
        ("Noriichten", ("Noriichten aus dem Land", "Politik a Gesellschaft", "Sport vun haut")),
        ("Servicer", ("Apdikten vum Déngscht", "Verkéier an Direkt")),
    ),
    cookie="Mir benotze Cookien, fir Iech déi bescht Erfahrung op eisem Site ze ginn.",
    footer=("Kontakt mat der Redaktioun", "Dateschutz a Cookien", "Impressum vum Site"),
)

add(
    "wieder",
    LB,
    "Wiederbericht fir Dënschdeg",
    weather(
        "Wiederbericht fir Dënschdeg",
        "Publizéiert um 5.30 Auer",
        (
            "Den Dënschdeg fänkt mat Niwwel an den Dällere un, deen sech bis mëttes opléist. "
            "Duerno gëtt et vill Sonn mat Temperaturen tëscht 12 Grad am Éislek an 15 Grad am "
            "Süden.",
            "Den Owend zitt vu Westen eng Wollekendeck op, an an der Nuecht kann et stellenweis "
            "e bësse reenen.",
        ),
        (("Dënschdeg", "Sonn", "12–15 °C"), ("Mëttwoch", "Reen", "9–12 °C")),
        "Wiederwarnungen",
        (
            "Giel Warnung: Passt op bei Aktivitéiten dobaussen.",
            "Orange Warnung: Sidd virsiichteg, et ka geféierlech ginn.",
        ),
        "Wiederbiller vun eise Lieser",
        (
            "Sonnenopgang iwwer der Musel bei Réimech",
            "Rauwräif op de Felder bei Ettelbréck",
            "Reebou iwwer dem Stauséi",
            "Niwwel an der Uelzecht-Dall",
        ),
    ),
)


# --- short statements before "About the company" and a disclaimer

EN_WIRE = Chrome(
    lang="en",
    host="newswire.example",
    menu=(
        ("News", ("All press releases", "Business and finance news", "Technology releases")),
        ("Products", ("Distribute a release", "Media monitoring tools")),
    ),
    cookie="This site uses cookies to enhance your browsing experience and analyse traffic.",
    footer=("Terms of use and legal", "Privacy statement", "Contact customer support"),
)

add(
    "cfo",
    EN_WIRE,
    "Northbay Foods names new chief financial officer",
    statement(
        "Northbay Foods names new chief financial officer",
        (
            "CEDARTON, March 4, 2026 – Northbay Foods Inc. today announced that Priya Raman will "
            "join the company as chief financial officer on April 1, succeeding Tom Bellweather, "
            "who is retiring after eighteen years.",
            "“Priya brings deep experience in consumer goods and a record of disciplined "
            "growth,” said chief executive Helen Marsh. “We are delighted to welcome her.”",
        ),
        "About Northbay Foods",
        (
            "Northbay Foods Inc. is one of the region's leading producers of frozen and chilled "
            "foods, with six plants, more than 4,000 employees and products sold in over thirty "
            "countries. Founded in 1952 as a family bakery in Cedarton, the company today makes "
            "ready meals, pastries and plant-based products under its own brands and for "
            "retailers' private labels.",
            "The company is committed to sustainable sourcing and aims to reach net-zero "
            "emissions in its own operations by 2035. For more information, visit the company's "
            "website.",
        ),
        "Media contact: Lena Ortiz, press office, +1 555 0100",
        "Forward-looking statements",
        (
            "This press release contains forward-looking statements within the meaning of "
            "applicable securities laws, including statements about the company's leadership, "
            "strategy and expected financial performance.",
            "These statements are based on current expectations and are subject to risks and "
            "uncertainties that could cause actual results to differ materially, including "
            "changes in consumer demand, input costs, competition and general economic "
            "conditions.",
            "The company undertakes no obligation to update any forward-looking statement "
            "except as required by law.",
        ),
        "More from Northbay Foods",
        (
            "Northbay Foods reports record fourth-quarter sales",
            "Northbay Foods opens distribution centre in Eastfield",
        ),
    ),
)

FI = Chrome(
    lang="fi",
    host="kuusirannan-energia.example",
    menu=(
        (
            "Asiakkaille",
            ("Sähkösopimukset kotiin", "Häiriökartta ja katkot", "Muuttoilmoitus verkossa"),
        ),
        ("Yritys", ("Sijoittajille tietoa", "Avoimet työpaikat")),
    ),
    cookie="Käytämme evästeitä parantaaksemme sivuston käyttökokemusta.",
    footer=("Yhteystiedot ja asiakaspalvelu", "Tietosuojaseloste", "Saavutettavuusseloste"),
)

add(
    "sahkokatko",
    FI,
    "Kuusirannan Energia: sähkökatko korjattu",
    statement(
        "Kuusirannan Energia: sähkökatko korjattu",
        (
            "Kuusirannan Energian verkossa tiistai-iltana alkanut sähkökatko saatiin korjattua "
            "keskiviikkona kello 4.30. Katko koski enimmillään noin 2 400 asiakasta Mäntylän ja "
            "Koivulahden alueella.",
            "Katkon syynä oli myrskyn kaatama puu keskijännitelinjalla. Pahoittelemme "
            "asiakkaillemme aiheutunutta haittaa.",
        ),
        "Kuusirannan Energia lyhyesti",
        (
            "Kuusirannan Energia on vuonna 1911 perustettu paikallinen energiayhtiö, joka "
            "toimittaa sähköä ja kaukolämpöä noin 60 000 asiakkaalle kolmen kunnan alueella. "
            "Yhtiön sähköverkon pituus on yli 5 000 kilometriä, ja siitä jo puolet on "
            "maakaapeloitu.",
            "Yhtiö työllistää 180 henkeä, ja sen liikevaihto oli viime vuonna 95 miljoonaa "
            "euroa. Yhtiön osakkeet on listattu pörssin pienten yhtiöiden listalle.",
        ),
        "Lisätietoja: viestintäpäällikkö Aino Lehtonen, puh. 040 000 0000",
        "Vastuuvapauslauseke:",
        (
            "Tämän tiedotteen sisältö on tarkoitettu ainoastaan tiedoksi, eikä se ole "
            "sijoitussuositus tai tarjous ostaa tai myydä arvopapereita.",
            "Yhtiö ei vastaa tiedotteen tietojen käytöstä aiheutuvista vahingoista.",
        ),
        "Uusimmat tiedotteet",
        ("Kuusirannan Energia investoi maakaapelointiin", "Sähkön siirtohinta laskee huhtikuussa"),
        wire=False,
    ),
)


# --- video pages of two lines

AR = Chrome(
    lang="ar",
    host="qanat-alwaha.example",
    dir_="rtl",
    menu=(
        ("الأخبار", ("أخبار محلية وعربية", "اقتصاد وأعمال", "رياضة ومنوعات")),
        ("فيديو", ("أحدث مقاطع الفيديو", "برامج وثائقية")),
    ),
    cookie="نستخدم ملفات تعريف الارتباط لتحسين تجربتك على موقعنا.",
    footer=("من نحن واتصل بنا", "سياسة الخصوصية", "شروط الاستخدام"),
)

add(
    "souq",
    AR,
    "جولة في السوق القديم بعد الترميم",
    video_page(
        "جولة في السوق القديم بعد الترميم",
        (
            "بعد ثلاث سنوات من أعمال الترميم، عاد السوق القديم في مدينة الواحة ليستقبل زواره.",
            "نرافق في هذا التقرير أحد التجار في جولة بين الدكاكين التي استعادت أبوابها الخشبية "
            "الأصلية.",
        ),
        "١٢٬٤٠٠ مشاهدة",
        "التالي",
        (
            (
                "مهرجان التمور يعود بعد غياب عامين",
                "04:12",
                "يشارك في المهرجان أكثر من مئتي مزارع من مختلف المناطق، ويعرضون أنواعاً نادرة من "
                "التمور إلى جانب منتجات النخيل.",
            ),
            (
                "كيف تُصنع السجادة اليدوية خطوة بخطوة",
                "07:45",
                "تشرح إحدى الحرفيات مراحل نسج السجاد من غزل الصوف وصباغته بالألوان الطبيعية حتى "
                "عقد الخيوط الأخيرة.",
            ),
            (
                "افتتاح أول مكتبة عامة في الحي الشمالي",
                "03:30",
                "تضم المكتبة الجديدة عشرين ألف كتاب وقاعة مخصصة للأطفال، وتفتح أبوابها يومياً "
                "حتى التاسعة مساءً.",
            ),
            (
                "صيادون يواجهون ارتفاع أسعار الوقود",
                "05:02",
                "يقول صيادو الميناء إن كلفة الوقود تضاعفت خلال عام واحد، ما دفع بعضهم إلى ترك "
                "المهنة والبحث عن عمل آخر.",
            ),
            (
                "مدرسة تزرع حديقة على سطحها",
                "02:58",
                "حوّل طلاب إحدى المدارس سطح المبنى إلى حديقة للخضروات، يتعلمون فيها الزراعة "
                "ويقدمون محصولها لمطعم المدرسة.",
            ),
        ),
        "التعليقات",
        (
            "زرت السوق الأسبوع الماضي وكان رائعاً، لكن المواقف قليلة جداً ويجب على البلدية أن "
            "تجد حلاً لذلك قبل الصيف.",
            "أتذكر هذا السوق من طفولتي عندما كان أبي يأخذني لشراء البهارات، سعيد أنه عاد كما كان.",
            "تقرير جميل، نتمنى أن تصوروا أيضاً الأسواق القديمة في المدن الأخرى التي ما زالت "
            "تنتظر الترميم.",
        ),
    ),
)

HI = Chrome(
    lang="hi",
    host="pahad-samachar.example",
    menu=(
        ("समाचार", ("देश की बड़ी खबरें", "राज्यों से समाचार", "खेल की दुनिया")),
        ("वीडियो", ("ताज़ा वीडियो देखें", "विशेष कार्यक्रम")),
    ),
    cookie="हम आपके अनुभव को बेहतर बनाने के लिए कुकीज़ का उपयोग करते हैं।",
    footer=("हमारे बारे में जानें", "गोपनीयता नीति", "संपर्क करें और शिकायत"),
)

add(
    "pahli_bus",
    HI,
    "पहाड़ी गाँव में पहली बार पहुँची बस",
    video_page(
        "पहाड़ी गाँव में पहली बार पहुँची बस",
        (
            "एक पहाड़ी गाँव में आज़ादी के बाद पहली बार सरकारी बस पहुँची तो पूरे गाँव ने ढोल बजाकर स्वागत किया।",
            "देखिए गाँव वालों की खुशी और उनकी बातें।",
        ),
        "8.2 हज़ार बार देखा गया",
        "अगला वीडियो",
        (
            (
                "नदी पर बना नया झूला पुल",
                "03:40",
                "गाँव के बच्चों को अब स्कूल जाने के लिए नाव का इंतज़ार नहीं करना पड़ता, क्योंकि "
                "नदी पर नया झूला पुल बनकर तैयार है।",
            ),
            (
                "किसानों ने शुरू की सेब की नई किस्म की खेती",
                "06:15",
                "ठंडे इलाकों में उगने वाली इस किस्म से किसानों को पहले से दोगुनी कमाई की उम्मीद "
                "है, कृषि विभाग मदद कर रहा है।",
            ),
            (
                "गाँव की लड़कियों ने बनाई फुटबॉल टीम",
                "04:50",
                "बिना मैदान और जूतों के अभ्यास करने वाली इस टीम ने ज़िला स्तर की प्रतियोगिता "
                "जीतकर सबको चौंका दिया।",
            ),
            (
                "पहाड़ों में सौर ऊर्जा से जगमगाए घर",
                "05:25",
                "एक संस्था की मदद से तीस घरों में सौर पैनल लगाए गए हैं, जिससे अब रात में बच्चे पढ़ाई कर पाते हैं।",
            ),
            (
                "बर्फ़बारी के बाद खुला राष्ट्रीय राजमार्ग",
                "02:35",
                "तीन दिन तक बंद रहे राजमार्ग को सीमा सड़क संगठन ने बर्फ़ हटाकर खोल दिया, सैकड़ों वाहन फँसे थे।",
            ),
        ),
        "टिप्पणियाँ",
        (
            "हमारे गाँव में भी अब तक बस नहीं आती, बच्चों को रोज़ पाँच किलोमीटर पैदल चलकर सड़क तक जाना पड़ता है।",
            "बहुत अच्छी खबर है, बुज़ुर्गों को अस्पताल जाने में अब आसानी होगी। सरकार को ऐसे "
            "और गाँवों पर ध्यान देना चाहिए।",
        ),
    ),
)


# --- tweet-length live updates

PT = Chrome(
    lang="pt",
    host="jornal-vila-serena.example",
    menu=(
        ("Notícias", ("Última hora em Portugal", "Política nacional", "Economia e mercados")),
        ("Desporto", ("Futebol nacional", "Modalidades e outros")),
    ),
    cookie="Utilizamos cookies para melhorar a sua experiência de navegação.",
    footer=("Estatuto editorial", "Política de privacidade", "Ficha técnica e contactos"),
)

add(
    "greve_metro",
    PT,
    "Metro retoma circulação na linha azul",
    update(
        "Ao minuto: greve dos transportes em Vila Serena",
        "11:47",
        "Metro retoma circulação na linha azul",
        "O metro retomou a circulação na linha azul às 11h40, com comboios a cada dez minutos, "
        "segundo a empresa.",
        "Mais atualizações",
        (
            (
                "11:32",
                "Os sindicatos anunciaram uma concentração em frente à câmara municipal às "
                "15h00, com o apoio de três associações de utentes.",
            ),
            (
                "11:10",
                "A empresa de autocarros garante que os serviços mínimos estão a ser cumpridos "
                "em todas as carreiras consideradas essenciais.",
            ),
            (
                "10:51",
                "Na estação central, centenas de passageiros esperam pelos primeiros comboios da "
                "manhã, muitos deles desde as seis horas.",
            ),
            (
                "10:25",
                "O ministro dos Transportes disse estar disponível para receber os sindicatos "
                "ainda esta semana, mas rejeitou negociar sob pressão.",
            ),
            (
                "10:02",
                "Os táxis registam uma procura três vezes superior à de um dia normal, segundo a "
                "associação do setor.",
            ),
            (
                "09:40",
                "Começou às zero horas a greve de vinte e quatro horas nos transportes públicos "
                "da cidade, convocada por quatro sindicatos.",
            ),
        ),
    ),
)

UK = Chrome(
    lang="uk",
    host="zelenohirsk-news.example",
    menu=(
        ("Новини", ("Новини України", "Світові новини", "Економіка та бізнес")),
        ("Регіони", ("Новини Зеленогірська", "Новини області")),
    ),
    cookie="Ми використовуємо файли cookie, щоб покращити роботу сайту.",
    footer=(
        "Про редакцію та контакти",
        "Політика конфіденційності",
        "Правила використання матеріалів",
    ),
)

add(
    "povin",
    UK,
    "Наживо: повінь у Зеленогірську",
    update(
        "Наживо: повінь у Зеленогірську",
        "08:15",
        "",
        "Рівень води в річці Зелена за ніч піднявся на півтора метра, затоплено дві вулиці на "
        "лівому березі, повідомили рятувальники.",
        "Головне за добу",
        (
            (
                "Уряд виділив кошти на ремонт доріг у трьох областях",
                "Загалом на ремонт спрямують понад два мільярди гривень, роботи мають завершити "
                "до кінця літа, повідомили в міністерстві.",
            ),
            (
                "У Києві відкрили нову станцію метро",
                "Станція стала першою за останні п'ять років, нею щодня користуватимуться "
                "близько тридцяти тисяч пасажирів.",
            ),
            (
                "Фермери Полтавщини почали посівну раніше",
                "Через теплу зиму аграрії вийшли в поле на два тижні раніше звичайного і "
                "розраховують на добрий урожай.",
            ),
            (
                "Школи переходять на нову програму з математики",
                "Нова програма передбачає більше практичних задач і менше заучування формул, її "
                "впроваджуватимуть поступово.",
            ),
            (
                "Збірна України виграла товариський матч",
                "Команда перемогла з рахунком два-нуль, обидва голи забили молоді гравці, які "
                "вперше грали за національну збірну.",
            ),
        ),
        river=True,
    ),
)


# --- articles whose comments are ten times their text

CS = Chrome(
    lang="cs",
    host="lipnicke-listy.example",
    menu=(
        ("Zprávy", ("Zprávy z regionu", "Domácí politika", "Sport a volný čas")),
        ("Služby", ("Předplatné novin", "Inzerce a reklama")),
    ),
    cookie="Tento web používá soubory cookie ke zlepšení služeb.",
    footer=("Kontakty a redakce", "Zásady ochrany osobních údajů", "Podmínky užívání webu"),
)

add(
    "hriste",
    CS,
    "Obec Lipnice dostane nové hřiště",
    column(
        "Obec Lipnice dostane nové hřiště",
        (
            "Zastupitelstvo obce Lipnice schválilo ve čtvrtek stavbu nového dětského hřiště u "
            "mateřské školy. Bude stát necelé dva miliony korun.",
            "Polovinu nákladů pokryje dotace z krajského fondu, zbytek zaplatí obec ze svého "
            "rozpočtu.",
            "Hřiště by mělo být hotové do konce června.",
        ),
        "Jana Dvořáková",
        "Diskuse (10)",
        (
            (
                "Pepa z Lipnice",
                "Konečně! Děti si hrají na staré prolézačce, která je tam od sedmdesátých let a "
                "je celá rezavá. Jen doufám, že tentokrát obec vybere pořádnou firmu a ne tu, co "
                "loni opravovala chodník a za půl roku se rozpadl.",
            ),
            (
                "Maruška",
                "Dva miliony za hřiště mi přijdou moc. Za ty peníze by se dala opravit celá "
                "cesta ke hřbitovu, kudy chodí starší lidé a kde se v zimě pořád někdo zraní.",
            ),
            (
                "Jirka_K",
                "@Maruška Cesta ke hřbitovu je v plánu na příští rok, stálo to v obecním "
                "zpravodaji. Hřiště se dělá z dotace, ty peníze by na cestu stejně použít nešly.",
            ),
            (
                "anonym",
                "Kdo bude hřiště udržovat? Na návsi máme lavičky, které nikdo neopravil pět let, "
                "a koše, které se vyvážejí jednou za měsíc. Nové věci stavět umíme, starat se o "
                "ně ne.",
            ),
            (
                "Lenka M.",
                "Jako máma dvou malých dětí jsem ráda. Chtěla bych ale poprosit, aby tam byl i "
                "stín, stromy nebo plachta, protože v létě se na současném hřišti nedá vydržet.",
            ),
            (
                "Starý Lipničan",
                "Za mých časů jsme si hráli v lese a u potoka a nikdo nepotřeboval hřiště za dva "
                "miliony. Dnešní děti jsou rozmazlené.",
            ),
            (
                "Pepa z Lipnice",
                "@Starý Lipničan Les je pořád tam, nikdo dětem nebrání. Ale malé děti ze školky "
                "do lesa samy nepustíte, na to je hřiště u školky ideální.",
            ),
            (
                "Tomáš",
                "Bylo by fajn zveřejnit plán hřiště, ať víme, co tam bude. Na webu obce jsem nic "
                "nenašel a na zastupitelstvo v pracovní den nikdo z nás nestihne dojít.",
            ),
            (
                "Věra",
                "Doufám, že nezapomenou na oplocení. U silnice to bez plotu není bezpečné a psi "
                "by tam chodili dělat nepořádek.",
            ),
            (
                "Jirka_K",
                "@Tomáš Plán visí na úřední desce u obecního úřadu, fotku jsem dal na "
                "facebookovou skupinu obce. Je tam houpačka, pískoviště, lanová pyramida a pítko.",
            ),
        ),
    ),
)

HU = Chrome(
    lang="hu",
    host="kisberesi-hirek.example",
    menu=(
        ("Hírek", ("Megyei hírek", "Belföldi politika", "Sport és szabadidő")),
        ("Szolgáltatás", ("Gyászhírek és emlékezés", "Hirdetésfeladás online")),
    ),
    cookie="Weboldalunk sütiket használ a jobb felhasználói élmény érdekében.",
    footer=(
        "Impresszum és kapcsolat",
        "Adatvédelmi tájékoztató",
        "Általános szerződési feltételek",
    ),
)

add(
    "buszjarat",
    HU,
    "Új buszjárat indul Kisbéres és a megyeszékhely között",
    column(
        "Új buszjárat indul Kisbéres és a megyeszékhely között",
        (
            "Áprilistól óránként közlekedik közvetlen busz Kisbéres és a megyeszékhely között – "
            "jelentette be a közlekedési társaság.",
            "Az első járat reggel fél ötkor indul, az utolsó este tizenegykor érkezik vissza.",
        ),
        "Szerkesztőség",
        "Hozzászólások (8)",
        (
            (
                "Kovácsné",
                "Végre! Eddig kétszer kellett átszállnom, hogy beérjek a kórházba, és sokszor "
                "lekéstem a csatlakozást. Remélem, hétvégén is járni fog, mert a nővérem csak "
                "akkor ér rá.",
            ),
            (
                "Laci63",
                "Ezt már tavaly is megígérték, aztán nem lett belőle semmi. Majd elhiszem, ha ott "
                "áll a busz a megállóban.",
            ),
            (
                "Erika",
                "Az iskolásoknak is nagyon jó lesz, reggel eddig nem volt olyan busz, amivel "
                "nyolcra beértek volna a gimnáziumba. Sok szülő hordta kocsival a gyereket.",
            ),
            (
                "ZoltánB",
                "A menetrend jó, de a megállók állapota siralmas. Nincs fedett váró, esőben "
                "ázunk, télen fagyunk. Erre is költhetnének valamennyit.",
            ),
            (
                "Mari néni",
                "Az unokám olvasta fel nekem a hírt. Nagyon örülök, mert így csütörtökönként be "
                "tudok menni a piacra, és délre haza is érek.",
            ),
            (
                "Laci63",
                "@Erika Az iskolabusz más történet, azt az önkormányzat fizeti. Ez a járat a "
                "menetrendi busz, diákbérlettel persze arra is fel lehet szállni.",
            ),
            (
                "pityu",
                "Hány perc lesz az út? Ha egy óránál több, akkor autóval továbbra is gyorsabb, "
                "és a benzin sem sokkal drágább, mint két jegy.",
            ),
            (
                "Kovácsné",
                "@pityu A társaság honlapja szerint negyvenöt perc, mert nem áll meg minden "
                "faluban. Szerintem ez nagyon jó idő.",
            ),
        ),
    ),
)
