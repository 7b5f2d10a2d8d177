"""The round's seven invented stories, each with its site's furniture in its language.
Every name, place, figure and sentence here is invented."""

from __future__ import annotations

from ._kit import Site

SITES = (
    Site(
        lang="be",
        host="www.naviny-paazerja.example",
        title="У Лепелі адкрылі новы мост праз раку Уллу",
        byline="Алесь Казлоўскі",
        paras=(
            "У Лепелі ў панядзелак адкрылі новы мост праз раку Уллу, які замяніў стары "
            "драўляны пераход пяцідзесятых гадоў.",
            "Будаўніцтва каштавала 4,2 мільёна рублёў, а працы цягнуліся амаль два гады з-за "
            "паводкі восенню.",
            "Па мосце ўжо пайшлі аўтобусы, якія раней вымушаны былі рабіць крук у дванаццаць "
            "кіламетраў праз суседнюю вёску.",
            "Мясцовыя жыхары кажуць, што цяпер дарога да раённай бальніцы займае ўдвая менш "
            "часу, чым летась.",
        ),
        entries=(
            "Першы аўтобус праехаў па мосце а дзясятай раніцы",
            "Старшыня райвыканкама падзякаваў будаўнікам",
            "Стары пераход разбяруць да канца лета",
        ),
        key_label="Галоўныя падзеі",
        key_events=("Аўтобусы на новым маршруце", "Падзяка будаўнікам", "Лёс старога мосту"),
        comments_title="Каментары (2)",
        commenters=("Пятро_Лепель", "Ганна К."),
        comments=(
            "Нарэшце! Чакалі гэты мост дзесяць гадоў, дзякуй усім.",
            "А тратуар для ровараў там ёсць ці зноў забыліся?",
        ),
        credit="Фота: Сяргей Мельнік / Навіны Паазер'я",
        sponsored="Партнёрскі матэрыял: падрыхтаваны пры падтрымцы кампаніі «Дарбуд».",
        chart_cols=("Год", "Аўтобусных рэйсаў у дзень"),
        chart_source="Крыніца: райвыканкам",
        know_title="Што мы ведаем",
        know=(
            "Мост мае дзве паласы руху і тратуар.",
            "Даўжыня мосту 86 метраў.",
            "Гарантыя падрадчыка складае дзесяць гадоў.",
        ),
        teams=("Лепель", "Полацк"),
        lineup_label="Склады каманд",
        lineups=(
            "Навумаў; Жук, Сідарэнка, Клімовіч; Баранаў, Лысенка",
            "Шаўчук; Грыцук, Мароз, Яўменаў; Зайцаў, Ціхановіч",
        ),
        survivors_intro="У яго засталіся:",
        survivors=("жонка Ніна", "сын Андрэй і дачка Вольга", "чацвёра ўнукаў"),
        syndication="Гэты матэрыял упершыню з'явіўся на сайце «Віцебскія весткі».",
        watch="Глядзіце: як будавалі мост",
        transcript_label="Расшыфроўка відэа",
        show_transcript="Паказаць расшыфроўку",
        ad_label="Рэклама",
        share="Падзяліцца",
    ),
    Site(
        lang="mk",
        host="www.vesti-pelagonija.example",
        title="Прилеп доби нов градски базен по пет години чекање",
        byline="Марија Стојановска",
        paras=(
            "Општина Прилеп во сабота го отвори новиот градски базен, кој ќе работи секој ден "
            "од седум наутро до десет навечер.",
            "Изградбата чинеше 2,8 милиони евра, а половина од средствата беа обезбедени од "
            "владината програма за спортски објекти.",
            "Базенот има олимписки димензии, а покрај него е изграден и мал базен за деца до "
            "десет години.",
            "Месечната карта за учениците ќе чини 600 денари, додека пензионерите ќе пливаат "
            "бесплатно секое утро.",
        ),
        entries=(
            "Градоначалникот ја пресече лентата на свечено отворање",
            "Пливачкиот клуб го одржа првиот тренинг",
            "Редици пред благајната уште од рано попладне",
        ),
        key_label="Клучни моменти",
        key_events=("Свечено отворање", "Прв тренинг на клубот", "Гужва пред благајната"),
        comments_title="Коментари (2)",
        commenters=("Бобан_П", "Весна Т."),
        comments=(
            "Браво, конечно нешто за младите во градов.",
            "Шест стотини денари е многу за семејство со три деца.",
        ),
        credit="Фото: Игор Трајков / Вести Пелагонија",
        sponsored="Спонзорирана содржина: текстот е подготвен во соработка со Аква Спорт.",
        chart_cols=("Година", "Регистрирани пливачи"),
        chart_source="Извор: Пливачки сојуз",
        know_title="Што знаеме досега",
        know=(
            "Базенот има осум патеки.",
            "Водата се загрева со сончеви панели.",
            "Паркингот има 120 места.",
        ),
        teams=("Пелистер", "Работнички"),
        lineup_label="Состави",
        lineups=(
            "Николовски; Ристов, Јовановски, Петрески; Стојанов, Илиевски",
            "Митрев; Андоновски, Костов, Ѓорѓиев; Павлов, Мојсовски",
        ),
        survivors_intro="Зад себе остава:",
        survivors=("сопруга Љубица", "синовите Горан и Зоран", "пет внуци"),
        syndication="Оваа статија првпат беше објавена на порталот Битолски весник.",
        watch="Погледнете: првиот ден на базенот",
        transcript_label="Транскрипт",
        show_transcript="Прикажи го транскриптот",
        ad_label="Реклама",
        share="Сподели",
    ),
    Site(
        lang="sq",
        host="www.lajmet-e-jugut.example",
        title="Përmeti hap tregun e ri të fermerëve në qendër të qytetit",
        byline="Elira Hoxha",
        paras=(
            "Bashkia e Përmetit hapi të shtunën tregun e ri të fermerëve, ku shiten çdo "
            "ditë fruta, perime dhe djathë nga fshatrat përreth.",
            "Ndërtimi i tregut kushtoi 38 milionë lekë, ndërsa tezgat u ndanë me short mes "
            "120 fermerëve që aplikuan.",
            "Fermerët nuk paguajnë qira për gjashtë muajt e parë, por duhet të kenë "
            "certifikatën e origjinës së produkteve.",
            "Banorët thonë se çmimet janë më të ulëta se në dyqane, sidomos për mjaltin dhe "
            "vajin e ullirit.",
        ),
        entries=(
            "Kryetari i bashkisë preu shiritin në orën nëntë",
            "Mjalti i malit u shit brenda dy orëve",
            "Policia bashkiake rregulloi trafikun në rrugën kryesore",
        ),
        key_label="Momentet kryesore",
        key_events=("Inaugurimi", "Mjalti u shit shpejt", "Trafiku në qendër"),
        comments_title="Komente (2)",
        commenters=("Arben_P", "Drita M."),
        comments=(
            "Më në fund një treg i pastër, urime fermerëve.",
            "Parkimi mbetet problem i madh atje.",
        ),
        credit="Foto: Gentian Kola / Lajmet e Jugut",
        sponsored="Përmbajtje e sponsorizuar: ky artikull u realizua në bashkëpunim me Agro Vjosa.",
        chart_cols=("Viti", "Fermerë të regjistruar"),
        chart_source="Burimi: Bashkia Përmet",
        know_title="Çfarë dimë",
        know=(
            "Tregu ka 64 tezga.",
            "Hapet çdo ditë nga ora shtatë.",
            "Fermerët duhet të kenë certifikatë origjine.",
        ),
        teams=("Përmeti", "Tepelena"),
        lineup_label="Formacionet",
        lineups=(
            "Dervishi; Hoxha, Lika, Çela; Muça, Bregu",
            "Shehu; Koci, Duka, Rama; Zeneli, Gjoni",
        ),
        survivors_intro="Ai lë pas:",
        survivors=("bashkëshorten Vera", "djemtë Ilir dhe Besnik", "gjashtë nipër e mbesa"),
        syndication="Ky artikull u botua fillimisht në portalin Gjirokastra Sot.",
        watch="Shikoni: dita e parë e tregut",
        transcript_label="Transkripti",
        show_transcript="Shfaq transkriptin",
        ad_label="Reklamë",
        share="Shpërndaje",
    ),
    Site(
        lang="is",
        host="www.austurfrettir.example",
        title="Ný sundlaug opnuð á Egilsstöðum eftir tveggja ára framkvæmdir",
        byline="Sigrún Jónsdóttir",
        paras=(
            "Ný sundlaug var opnuð á Egilsstöðum á laugardag, og komu um fjögur hundruð "
            "gestir fyrsta daginn.",
            "Framkvæmdirnar kostuðu 1,9 milljarða króna, en sveitarfélagið fékk styrk úr "
            "Framkvæmdasjóði ferðamannastaða.",
            "Í lauginni eru tveir heitir pottar, gufubað og rennibraut, sem börnin prófuðu "
            "strax á fyrsta klukkutímanum.",
            "Árskort kostar 42 þúsund krónur, en eldri borgarar og börn yngri en tíu ára fá "
            "frítt í laugina.",
        ),
        entries=(
            "Bæjarstjóri klippti á borðann klukkan tíu",
            "Fyrstu sundmennirnir stungu sér í laugina",
            "Biðröð myndaðist við rennibrautina",
        ),
        key_label="Helstu atburðir",
        key_events=("Borðinn klipptur", "Fyrstu gestirnir", "Biðröð við brautina"),
        comments_title="Athugasemdir (2)",
        commenters=("Gunnar_E", "Halla B."),
        comments=(
            "Frábært, loksins almennileg laug hér fyrir austan.",
            "Verðið á árskortinu er of hátt fyrir fjölskyldur.",
        ),
        credit="Ljósmynd: Einar Pálsson / Austurfréttir",
        sponsored="Kostað efni: Greinin er unnin í samstarfi við Orkubú Austurlands.",
        chart_cols=("Ár", "Gestir á dag"),
        chart_source="Heimild: Múlaþing",
        know_title="Það sem við vitum",
        know=(
            "Laugin er 25 metra löng.",
            "Opið er alla daga frá sex til tíu.",
            "Vatnið er hitað með jarðvarma.",
        ),
        teams=("Höttur", "Þróttur"),
        lineup_label="Byrjunarlið",
        lineups=(
            "Árnason; Gíslason, Þórsson, Helgason; Magnússon, Ólafsson",
            "Karlsson; Birgisson, Stefánsson, Jónsson; Guðmundsson, Hauksson",
        ),
        survivors_intro="Hann lætur eftir sig:",
        survivors=("eiginkonuna Guðrúnu", "synina Pál og Arnar", "fimm barnabörn"),
        syndication="Greinin birtist fyrst á vef Héraðsblaðsins.",
        watch="Horfðu: fyrsti dagurinn í nýju lauginni",
        transcript_label="Uppskrift",
        show_transcript="Sýna uppskrift",
        ad_label="Auglýsing",
        share="Deila",
    ),
    Site(
        lang="ga",
        host="www.nuacht-an-iarthair.example",
        title="Leabharlann nua oscailte i gCarna tar éis fanacht fada",
        byline="Siobhán Ní Fhlatharta",
        paras=(
            "Osclaíodh leabharlann nua i gCarna Dé Sathairn, agus tháinig breis is dhá chéad "
            "duine chuig an ócáid.",
            "Chosain an foirgneamh 1.6 milliún euro, agus tháinig leath an airgid ón Roinn "
            "Forbartha Tuaithe.",
            "Tá breis is ocht míle leabhar sa leabharlann, cuid mhór acu as Gaeilge agus "
            "dírithe ar pháistí scoile.",
            "Beidh an leabharlann ar oscailt sé lá sa tseachtain, agus beidh ranganna "
            "ríomhaireachta ann do dhaoine fásta.",
        ),
        entries=(
            "Ghearr an Cathaoirleach an ribín ag a deich",
            "Léigh scoláirí na bunscoile dánta os ard",
            "Scuaine fhada ag an deasc chláraithe",
        ),
        key_label="Príomhimeachtaí",
        key_events=("An ribín gearrtha", "Dánta na scoláirí", "Scuaine ag an deasc"),
        comments_title="Tráchtanna (2)",
        commenters=("Máirtín_C", "Nóra D."),
        comments=(
            "Togra iontach don cheantar, comhghairdeas leo.",
            "Tá súil agam go mbeidh sé oscailte Dé Domhnaigh freisin.",
        ),
        credit="Grianghraf: Pádraig Ó Conghaile / Nuacht an Iarthair",
        sponsored="Ábhar urraithe: Ullmhaíodh an t-alt seo i gcomhar le Bord na Leabhar.",
        chart_cols=("Bliain", "Baill chláraithe"),
        chart_source="Foinse: Comhairle Contae",
        know_title="Cad atá ar eolas againn",
        know=(
            "Tá ocht míle leabhar ann.",
            "Tá seomra staidéir do dhaltaí ann.",
            "Tá an bhallraíocht saor in aisce.",
        ),
        teams=("Carna", "An Cheathrú Rua"),
        lineup_label="Na foirne",
        lineups=(
            "Ó Máille; Ó Conghaile, Mac Donncha, Ó Ceallaigh; Ó Flatharta, Ó Fátharta",
            "Ó Cualáin; Mac Con Iomaire, Ó Laoi, Breathnach; Ó Curraoin, Seoighe",
        ),
        survivors_intro="Fágann sé ina dhiaidh:",
        survivors=("a bhean chéile Máire", "a mhic Seán agus Colm", "seachtar garpháistí"),
        syndication="Foilsíodh an t-alt seo ar dtús ar shuíomh Gréasáin Nuacht Chonamara.",
        watch="Féach: oscailt na leabharlainne",
        transcript_label="Tras-scríbhinn",
        show_transcript="Taispeáin an tras-scríbhinn",
        ad_label="Fógra",
        share="Roinn an t-alt seo",
    ),
    Site(
        lang="cy",
        host="www.newyddion-y-gogledd.example",
        title="Pont newydd yn agor dros afon Conwy ar ôl tair blynedd",
        byline="Gwenllian Roberts",
        paras=(
            "Agorodd pont newydd dros afon Conwy ddydd Llun, gan gysylltu dau bentref a fu "
            "ar wahân ers y llifogydd.",
            "Costiodd y gwaith 7.4 miliwn o bunnoedd, ac fe dalodd Llywodraeth Cymru am dri "
            "chwarter y cyfanswm.",
            "Mae'r bont yn ddigon llydan i fysiau, sy'n golygu bod taith y plant i'r ysgol "
            "uwchradd yn fyrrach o ugain munud.",
            "Dywedodd trigolion lleol eu bod yn falch iawn, er bod rhai yn poeni am y "
            "traffig ychwanegol drwy'r pentref.",
        ),
        entries=(
            "Y bws cyntaf yn croesi am ddeg o'r gloch",
            "Arweinydd y cyngor yn diolch i'r gweithwyr",
            "Seindorf y pentref yn chwarae ar y bont",
        ),
        key_label="Prif ddigwyddiadau",
        key_events=("Bws cyntaf ar y bont", "Diolch i'r gweithwyr", "Y seindorf yn chwarae"),
        comments_title="Sylwadau (2)",
        commenters=("Dafydd_LL", "Eirlys P."),
        comments=(
            "O'r diwedd, diolch i bawb fu'n ymgyrchu.",
            "Gobeithio y bydd terfyn cyflymder ar y ffordd newydd.",
        ),
        credit="Llun: Iwan Pritchard / Newyddion y Gogledd",
        sponsored="Cynnwys noddedig: Cynhyrchwyd yr erthygl hon mewn partneriaeth â "
        "Trafnidiaeth Gogledd.",
        chart_cols=("Blwyddyn", "Cerbydau y dydd"),
        chart_source="Ffynhonnell: Cyngor Conwy",
        know_title="Beth rydyn ni'n ei wybod",
        know=(
            "Mae'r bont yn 120 metr o hyd.",
            "Mae llwybr beicio ar yr ochr ddeheuol.",
            "Mae'r hen bont wedi'i chau i gerbydau.",
        ),
        teams=("Llanrwst", "Bangor"),
        lineup_label="Y timau",
        lineups=(
            "Hughes; Jones, Williams, Parry; Griffiths, Owen",
            "Davies; Evans, Thomas, Lloyd; Morgan, Pugh",
        ),
        survivors_intro="Mae'n gadael:",
        survivors=("ei wraig Nia", "ei feibion Huw a Gareth", "pump o wyrion"),
        syndication="Ymddangosodd yr erthygl hon gyntaf ar wefan Papur Bro'r Dyffryn.",
        watch="Gwyliwch: agor y bont newydd",
        transcript_label="Trawsgrifiad",
        show_transcript="Dangos y trawsgrifiad",
        ad_label="Hysbyseb",
        share="Rhannu",
    ),
    Site(
        lang="bn",
        host="www.uttarer-khobor.example",
        title="রংপুরে নতুন শিশু হাসপাতাল চালু হলো",
        byline="তানজিলা রহমান",
        paras=(
            "রংপুর শহরে রবিবার নতুন শিশু হাসপাতাল চালু হয়েছে, যেখানে একশো বিশটি শয্যা রয়েছে।",
            "হাসপাতালটি নির্মাণে খরচ হয়েছে ৮৫ কোটি টাকা, যার অর্ধেক দিয়েছে স্বাস্থ্য মন্ত্রণালয়।",
            "প্রথম দিনেই দুই শতাধিক শিশু চিকিৎসা নিতে এসেছে, অভিভাবকদের লম্বা সারি দেখা গেছে সকাল থেকে।",
            "হাসপাতালের পরিচালক জানান, আগামী মাস থেকে এখানে নবজাতকদের জন্য বিশেষ ইউনিট চালু হবে।",
        ),
        entries=(
            "সকাল দশটায় হাসপাতালের উদ্বোধন করলেন মেয়র",
            "প্রথম রোগী ভর্তি হলো এক বছরের এক শিশু",
            "জরুরি বিভাগে চিকিৎসকদের ব্যস্ত দিন",
        ),
        key_label="মূল ঘটনা",
        key_events=("উদ্বোধন অনুষ্ঠান", "শিশুদের প্রথম চিকিৎসা", "জরুরি বিভাগে ভিড়"),
        comments_title="মন্তব্য (২)",
        commenters=("রাশেদ_আলম", "শাহনাজ পারভীন"),
        comments=(
            "অনেক দিনের অপেক্ষার অবসান হলো, সবাইকে ধন্যবাদ।",
            "ডাক্তারের সংখ্যা যথেষ্ট আছে তো?",
        ),
        credit="ছবি: মাহফুজ হোসেন / উত্তরের খবর",
        sponsored="বিজ্ঞাপনী প্রতিবেদন: এই লেখাটি সেবা ফার্মার সহযোগিতায় তৈরি।",
        chart_cols=("বছর", "প্রতিদিন রোগী"),
        chart_source="সূত্র: জেলা স্বাস্থ্য অফিস",
        know_title="যা জানা গেছে",
        know=(
            "হাসপাতালে একশো বিশটি শয্যা আছে।",
            "জরুরি বিভাগ চব্বিশ ঘণ্টা খোলা।",
            "বহির্বিভাগে টিকিটের দাম দশ টাকা।",
        ),
        teams=("রংপুর", "দিনাজপুর"),
        lineup_label="দুই দলের একাদশ",
        lineups=(
            "হাসান; রকিব, সুমন, জাহিদ; মিঠু, আরিফ",
            "সাকিব; নয়ন, তুহিন, বাবু; রনি, শামীম",
        ),
        survivors_intro="তিনি রেখে গেছেন:",
        survivors=("স্ত্রী রাবেয়া খাতুন", "দুই ছেলে ও এক মেয়ে", "সাত নাতি-নাতনি"),
        syndication="এই প্রতিবেদনটি প্রথম প্রকাশিত হয়েছিল দৈনিক করতোয়ার ওয়েবসাইটে।",
        watch="দেখুন: হাসপাতালের প্রথম দিন",
        transcript_label="ভিডিওর লিখিত রূপ",
        show_transcript="লিখিত রূপ দেখুন",
        ad_label="বিজ্ঞাপন",
        share="শেয়ার করুন",
    ),
)
