"""The short-text probe's pages, German to Russian (in the probes' order)."""

from __future__ import annotations

from ._kit import Chrome, add, breaking, brief, notice, photo, qa

DE = Chrome(
    lang="de",
    host="grünauer-zeitung.example",
    menu=(
        ("Nachrichten", ("Lokales aus Grünau", "Politik und Wirtschaft", "Sport in der Region")),
        ("Service", ("Veranstaltungskalender", "Traueranzeigen aufgeben", "Abo und Zustellung")),
        ("Leben", ("Essen und Trinken", "Reisen und Freizeit")),
    ),
    cookie="Wir verwenden Cookies, um Ihnen ein optimales Nutzungserlebnis zu bieten.",
    footer=(
        "Impressum und Kontakt",
        "Datenschutzerklärung",
        "Allgemeine Geschäftsbedingungen",
        "Mediadaten für Anzeigenkunden",
    ),
)

add(
    "bruecke",
    DE,
    "Brücke über die Mulde ab Montag wieder offen",
    brief(
        "Brücke über die Mulde ab Montag wieder offen",
        (
            "Die Muldebrücke zwischen Grünau und Westerfeld wird nach achtmonatiger Sanierung "
            "am Montag um sechs Uhr wieder für den Verkehr freigegeben.",
            "Radfahrer müssen bis Ende April noch den alten Weg über die Fußgängerbrücke "
            "nehmen, weil der neue Radstreifen erst dann markiert wird.",
        ),
        "Mehr aus der Region",
        (
            (
                "Neues Hallenbad in Westerfeld öffnet im Herbst",
                "Das Hallenbad soll nach zwei Jahren Bauzeit im Oktober eröffnen; die Stadt "
                "rechnet mit Kosten von zwölf Millionen Euro und mit mehr als hunderttausend "
                "Besuchern im Jahr.",
            ),
            (
                "Stadtrat streitet über Parkgebühren in der Altstadt",
                "Die Fraktionen konnten sich in der jüngsten Sitzung nicht einigen, ob die "
                "Gebühren für Anwohner steigen sollen; eine Entscheidung fällt frühestens im Mai.",
            ),
            (
                "Grünauer Bäckerei feiert hundertjähriges Bestehen",
                "Seit 1926 backt die Familie Lehmann in der Hauptstraße Brot; zum Jubiläum gibt "
                "es am Samstag ein Fest mit Musik und Führungen durch die Backstube.",
            ),
            (
                "Polizei sucht Zeugen nach Unfall an der Bundesstraße",
                "Ein Autofahrer ist am Dienstagabend mit einem Traktor zusammengestoßen und "
                "wurde leicht verletzt; die Polizei bittet Zeugen, sich zu melden.",
            ),
            (
                "Schulen bekommen neue Tablets für den Unterricht",
                "Alle fünf Grundschulen im Landkreis erhalten bis zum Sommer zusammen "
                "sechshundert Geräte, finanziert aus dem Digitalpakt des Bundes und des Landes.",
            ),
            (
                "Kirmes auf dem Marktplatz fällt dieses Jahr kleiner aus",
                "Wegen der Bauarbeiten am Rathaus stehen nur halb so viele Fahrgeschäfte wie "
                "sonst auf dem Platz, die Veranstalter hoffen dennoch auf viele Gäste.",
            ),
        ),
        "article",
    ),
)

BR = Chrome(
    lang="br",
    host="keleier-breizh.example",
    menu=(
        ("Keleier", ("Keleier ar vro", "Sevenadur ha sonerezh", "Sport e Breizh")),
        ("Diwar hon penn", ("Kelaouennoù kozh", "Skrivañ d'ar skipailh")),
    ),
    cookie="Implijout a reomp toupinoù evit gwellaat ho tro war al lec'hienn.",
    footer=(
        "Evezhiadennoù hag harpañ",
        "Gwarez ar roadennoù personel",
        "Kefridi hag istor ar gazetenn",
    ),
)

add(
    "skol_divyezhek",
    BR,
    "Digoret eo bet ar skol divyezhek nevez e Plouared",
    brief(
        "Digoret eo bet ar skol divyezhek nevez e Plouared",
        (
            "Digoret eo bet dor ar skol divyezhek nevez e Plouared d'al Lun, gant pemp "
            "warn-ugent a vugale er c'hlas kentañ.",
            "Ar c'huzul-kêr en deus lakaet daou vilion euro evit adkempenn an ti-skol kozh, ha "
            "digor e vo ur preti nevez e miz Gwengolo.",
        ),
        "Keleier all",
        (
            (
                "Gouel ar brezhoneg e Kemper d'ar Sadorn",
                "Muioc'h eget dek strollad sonerien a vo war al leurenn e-kerzh an deiz, hag "
                "abadennoù evit ar vugale a vo kinniget e liorzh an eskopti.",
            ),
            (
                "Ur c'hlub mell-droad nevez evit ar merc'hed e Lannuon",
                "Tregont plac'h yaouank o deus en em enskrivet dija er c'hlub nevez, a vo o "
                "c'hoari en e genstrivadeg kentañ e-pad ar goañv a zeu.",
            ),
            (
                "Priz an tiez o kreskiñ war an aod",
                "Kresket eo priz an tiez dek dre gant e kumunioù an aod er bloaz tremenet, "
                "hervez an noterien, ha diaes eo d'ar re yaouank kavout lojeiz.",
            ),
            (
                "Ur gentel nevez war ar gwez e skolaj Karaez",
                "Deskiñ a ra ar skolajidi penaos plantañ ha kempenn ar gwez frouezh, gant "
                "skoazell ur gevredigezh a ra war-dro ar gwez kozh er vro.",
            ),
            (
                "Hent-houarn Gwengamp–Paimpol serret e-pad ur sizhun",
                "Labourioù a vo graet war ar roudoù adalek al Lun, ha kirri-boutin a gemero "
                "lec'h an trenioù etre an div gêr betek ar Sul da noz.",
            ),
            (
                "Kalz a dud e festoù-noz ar goañv",
                "Biskoazh n'eus bet kement a dud e festoù-noz ar vro evel er goañv-mañ, a "
                "lavar an aozerien, laouen gant an niver a zañserien yaouank.",
            ),
        ),
        "views",
    ),
)

JA = Chrome(
    lang="ja",
    host="aoba-shimbun.example",
    menu=(
        ("ニュース", ("地域のニュース一覧", "政治・経済の話題", "スポーツ・文化")),
        ("サービス", ("イベントカレンダー", "お悔やみ情報を見る", "新聞購読のお申し込み")),
    ),
    cookie="当サイトではサービス向上のためにクッキーを使用しています。",
    footer=("会社概要とお問い合わせ", "個人情報の取り扱いについて", "広告掲載のご案内"),
)

add(
    "toshokan",
    JA,
    "市立図書館、来月から開館時間を延長",
    brief(
        "市立図書館、来月から開館時間を延長",
        (
            "青葉市立図書館は来月一日から、平日の開館時間を午後九時まで延長すると発表した。"
            "仕事帰りの利用者の要望に応えたもので、市内の三つの分館も同じ扱いとなる。",
            "延長に伴う人件費は年間約八百万円で、市は来年度予算に計上する方針だ。",
        ),
        "関連ニュース",
        (
            (
                "青葉駅前に新しい商業施設、秋に開業へ",
                "旧百貨店の跡地に建設中の商業施設は、飲食店や書店など約五十店舗が入る予定で、"
                "市は駅前のにぎわいが戻ることに期待を寄せている。",
            ),
            (
                "市内の小学校でプログラミング授業を拡充",
                "来年度から全ての小学校で週一回のプログラミング授業を行うため、市教育委員会は"
                "教員向けの研修を今月から始めた。",
            ),
            (
                "桜まつり、今年は三日間に延長して開催",
                "例年二日間だった桜まつりは、昨年の来場者数が過去最多となったことを受け、"
                "今年は会期を一日延ばして開かれる。",
            ),
            (
                "路線バスの一部便、四月から減便",
                "運転手不足を理由に、市内を走る路線バスのうち朝夕の一部の便が減便されることに"
                "なり、利用者からは不安の声が上がっている。",
            ),
            (
                "市民マラソン、参加者募集を開始",
                "十月に開かれる市民マラソンの参加者募集が始まり、フルマラソンと十キロの部を"
                "合わせて八千人の定員が設けられている。",
            ),
            (
                "古民家を改修した宿泊施設がオープン",
                "築百年を超える古民家を改修した宿泊施設が山あいの集落に開業し、地元の食材を"
                "使った料理が楽しめると話題になっている。",
            ),
        ),
        "list",
    ),
)


# --- one-paragraph breaking items above the latest news

EN = Chrome(
    lang="en",
    host="millford-echo.example",
    menu=(
        ("News", ("Local news and politics", "Business and property", "Crime and courts")),
        ("Sport", ("Football results and tables", "Cricket and rugby")),
        ("What's on", ("Events this weekend", "Restaurant reviews")),
    ),
    cookie="We use cookies to improve your experience and to show you relevant advertising.",
    footer=(
        "Contact the newsroom",
        "Privacy and cookie policy",
        "Terms and conditions of use",
        "Advertise with us",
    ),
)

add(
    "bridge_fire",
    EN,
    "Fire closes Harbour Street bridge",
    breaking(
        "Fire closes Harbour Street bridge",
        "Breaking",
        "Harbour Street bridge in Millford has been closed in both directions after a fire "
        "broke out in a storage unit beneath it shortly before 3pm on Tuesday, police said.",
        "This is a breaking news story and will be updated.",
        "Latest news",
        (
            (
                "14:52",
                "Council approves plan for new cycle lanes",
                "The scheme will add eleven miles of protected lanes across the city centre "
                "over the next three years, at a cost of £8 million.",
            ),
            (
                "14:30",
                "Millford Rovers sign striker on loan",
                "The 21-year-old joins from a Premier League club until the end of the season "
                "and could make his debut against Eastbury on Saturday.",
            ),
            (
                "14:05",
                "Hospital waiting times fall for third month",
                "Figures published on Tuesday show the number of patients waiting more than four "
                "hours in the emergency department has dropped to its lowest level since 2019.",
            ),
            (
                "13:41",
                "Primary school wins national gardening prize",
                "Pupils at St Anne's planted more than two hundred trees and built a pond, "
                "impressing judges with the variety of wildlife they attracted.",
            ),
            (
                "13:20",
                "Rail strike called off after late talks",
                "Union leaders said an improved pay offer would be put to members, and services "
                "on Thursday are expected to run as normal.",
            ),
            (
                "12:58",
                "Woman, 84, completes first marathon",
                "Margaret Hale crossed the finish line in just under seven hours, raising more "
                "than £12,000 for the hospice that cared for her husband.",
            ),
        ),
    ),
)

ES = Chrome(
    lang="es",
    host="diario-valdeluna.example",
    menu=(
        ("Noticias", ("Actualidad local", "Política y economía", "Sucesos y tribunales")),
        ("Deportes", ("Fútbol en directo", "Baloncesto y otros deportes")),
        ("Servicios", ("Esquelas y defunciones", "Farmacias de guardia")),
    ),
    cookie="Utilizamos cookies propias y de terceros para mejorar nuestros servicios.",
    footer=("Aviso legal y condiciones", "Política de privacidad", "Quiénes somos y contacto"),
)

add(
    "terremoto",
    ES,
    "Un terremoto de magnitud 5,1 sacude la costa de Valdeluna",
    breaking(
        "Un terremoto de magnitud 5,1 sacude la costa de Valdeluna",
        "Última hora",
        "Un terremoto de magnitud 5,1 se ha registrado a las 10.42 horas frente a la costa de "
        "Valdeluna, según el Instituto Geográfico, sin que por el momento conste ningún herido "
        "ni daños materiales.",
        "Noticia en ampliación.",
        "Lo último",
        (
            (
                "10:38",
                "El Gobierno regional aprueba las ayudas al campo",
                "Los agricultores afectados por la sequía podrán pedir hasta 20.000 euros por "
                "explotación a partir del próximo lunes, según el decreto publicado hoy.",
            ),
            (
                "10:15",
                "La huelga de transporte deja sin autobuses a tres comarcas",
                "Los sindicatos mantienen los paros hasta el viernes y la empresa concesionaria "
                "asegura que solo podrá cubrir los servicios mínimos.",
            ),
            (
                "09:52",
                "El Valdeluna CF ficha a un portero argentino",
                "El guardameta, de 27 años, firma por dos temporadas y llega para cubrir la baja "
                "del titular, lesionado de larga duración.",
            ),
            (
                "09:30",
                "Abre el nuevo mercado de abastos tras dos años de obras",
                "El edificio cuenta con cuarenta puestos y un aparcamiento subterráneo, y los "
                "comerciantes esperan recuperar la clientela perdida.",
            ),
            (
                "09:04",
                "La Universidad ofrecerá un grado en Inteligencia Artificial",
                "Las primeras sesenta plazas saldrán en la preinscripción de junio y las clases "
                "comenzarán en septiembre en el campus norte.",
            ),
        ),
    ),
)

YI = Chrome(
    lang="yi",
    host="di-vokh.example",
    dir_="rtl",
    menu=(
        ("נײַעס", ("נײַעס פֿון דער שטאָט", "פּאָליטיק און עקאָנאָמיע")),
        ("קולטור", ("ביכער און ליטעראַטור", "טעאַטער און מוזיק")),
    ),
    cookie="מיר ניצן קיכעלעך כּדי צו פֿאַרבעסערן אײַער באַזוך אויפֿן וועבזײַטל.",
    footer=("קאָנטאַקט מיט דער רעדאַקציע", "פּריוואַטקייט־פּאָליטיק", "שטיצט אונדזער צײַטונג"),
)

add(
    "srejfe",
    YI,
    "שׂרפֿה אין אַ וואָונהויז אין ניו־שטאָט",
    breaking(
        "שׂרפֿה אין אַ וואָונהויז אין ניו־שטאָט",
        "לעצטע נײַעס",
        "אַ גרויסע שׂרפֿה איז אויסגעבראָכן הײַנט אין דער פֿרי אין אַ זעקס־שטאָקיקן וואָונהויז "
        "אין ניו־שטאָט, און די פֿײַערלעשער האָבן עוואַקויִרט אַלע איינוווינער.",
        "די ידיעה ווערט דערגאַנצט.",
        "נאָך נײַעס",
        (
            (
                "09:40",
                "נײַע ביבליאָטעק עפֿנט זיך אין שטאָטצענטער",
                "די ביבליאָטעק וועט האָבן מער ווי צוואַנציק טויזנט ביכער אויף ייִדיש, און אַ "
                "באַזונדערן צימער פֿאַר קינדער.",
            ),
            (
                "09:12",
                "אַ קאָנצערט פֿון ייִדישע לידער אין פּאַרק",
                "צענדליקער זינגער וועלן אויפֿטרעטן זונטיק נאָכמיטאָג, און דער אַרײַנגאַנג וועט "
                "זײַן פֿרײַ פֿאַר אַלעמען.",
            ),
            (
                "08:47",
                "די שטאָט בויט אַ נײַעם שפּילפּלאַץ",
                "דער שפּילפּלאַץ וועט זײַן גרייט ביזן זומער, און וועט קאָסטן בערך צוויי "
                "מיליאָן דאָלאַר, האָט געזאָגט דער בירגערמײַסטער.",
            ),
            (
                "08:20",
                "סטודענטן לערנען זיך ייִדיש אין זומער־קורס",
                "מער ווי הונדערט סטודענטן פֿון צוואַנציק לענדער האָבן זיך אײַנגעשריבן אין דעם "
                "קורס, וואָס הייבט זיך אָן אין יולי.",
            ),
            (
                "07:55",
                "אַ נײַער צוג צווישן די צוויי שטעט",
                "פֿון חודש מײַ אָן וועט אַ דירעקטער צוג פֿאָרן יעדע שעה, און די נסיעה וועט "
                "דויערן ווייניקער ווי אַ שעה.",
            ),
        ),
    ),
)


# --- photos of the day

FR = Chrome(
    lang="fr",
    host="le-courrier-des-lacs.example",
    menu=(
        (
            "Actualités",
            ("Toute l'actualité locale", "Faits divers et justice", "Économie et emploi"),
        ),
        ("Loisirs", ("Sorties du week-end", "Cinéma et spectacles")),
    ),
    cookie="Nous utilisons des cookies pour améliorer votre expérience sur notre site.",
    footer=(
        "Mentions légales et contact",
        "Politique de confidentialité",
        "Conditions générales de vente",
        "Publicité et annonces légales",
    ),
)

add(
    "brume",
    FR,
    "Brume matinale sur le lac de Saint-Aulaire",
    photo(
        "Brume matinale sur le lac de Saint-Aulaire",
        "La photo du jour",
        "Ce mardi, peu après le lever du soleil, une épaisse brume recouvrait encore le lac de "
        "Saint-Aulaire, où quelques pêcheurs avaient déjà mis leur barque à l'eau. Notre "
        "lectrice Claire Fontanel a saisi l'instant depuis le ponton du village.",
        "Photo Claire Fontanel",
        "Les photos précédentes",
        (
            (
                "Les cerisiers en fleur à Montbrac",
                "Les premiers cerisiers ont fleuri avec deux semaines d'avance dans les vergers "
                "de Montbrac, au grand bonheur des promeneurs du dimanche.",
            ),
            (
                "Un renard dans la neige",
                "Un jeune renard a été aperçu au petit matin dans un champ enneigé près de "
                "Vercelles, cherchant sa nourriture sous la couche blanche.",
            ),
            (
                "Le marché de Noël illuminé",
                "Les chalets du marché de Noël ont ouvert vendredi soir sur la place de la "
                "mairie, attirant des centaines de visiteurs malgré le froid.",
            ),
            (
                "Coucher de soleil sur le port",
                "Le ciel s'est embrasé de rouge et d'orange au-dessus des bateaux amarrés dans "
                "le vieux port, offrant un spectacle rare aux habitants.",
            ),
            (
                "Les vendanges ont commencé",
                "Dans les vignes des coteaux de Serrières, les vendangeurs ont commencé la "
                "récolte sous un soleil encore estival, avec une semaine d'avance.",
            ),
            (
                "Un arc-en-ciel au-dessus du viaduc",
                "Après une averse de fin d'après-midi, un double arc-en-ciel s'est formé "
                "au-dessus du viaduc, immortalisé par de nombreux automobilistes.",
            ),
        ),
    ),
)

FY = Chrome(
    lang="fy",
    host="omrop-fryslan.example",
    menu=(
        ("Nijs", ("Nijs út de provinsje", "Polityk en ekonomy", "Sport út Fryslân")),
        ("Kultuer", ("Muzyk en toaniel", "Boeken en skriuwers")),
    ),
    cookie="Wy brûke cookies om dizze webside better te meitsjen.",
    footer=("Kontakt mei de redaksje", "Privacybelied fan de omrop", "Help en foarwaarden"),
)

add(
    "iisfugel",
    FY,
    "Iisfûgel by de Grutte Wielen",
    photo(
        "Iisfûgel by de Grutte Wielen",
        "Foto fan de dei",
        "In iisfûgel sit op in tûke by de Grutte Wielen en wachtet op in fiskje. Lêzer Sjoerd "
        "de Vries stie moarns om seis oere al mei syn kamera oan de wâl en hie twa oeren geduld "
        "nedich foar dizze foto.",
        "Foto: Sjoerd de Vries",
        "Eardere foto's fan de dei",
        (
            (
                "Reedriders op de Alde Feanen",
                "Hûnderten reedriders makken sneon gebrûk fan it earste natuerizen fan dizze "
                "winter op de Alde Feanen, dêr't it iis sterk genôch wie.",
            ),
            (
                "Skiep op de dyk by Harns",
                "In keppel skiep rint oer de seedyk by Harns, wylst in skipper mei syn boat it "
                "havenkanaal ynfart yn it ljocht fan de moarnsinne.",
            ),
            (
                "Mist oer it Sneekermar",
                "In tinne laach mist hinget oer it Sneekermar, dêr't in pear sylboaten stil op "
                "it wetter lizze en wachtsje op wyn.",
            ),
            (
                "Ljochten yn de âlde stêd",
                "De grachten fan de âlde stêd binne fersierd mei tûzenen lampkes foar it "
                "winterfeest, dat dit jier foar it earst fjouwer wiken duorret.",
            ),
            (
                "Kij wer it lân yn",
                "Op in buorkerij by Grou giene de kij tiisdei foar it earst dit jier wer it lân "
                "yn, ta grutte wille fan de bern út it doarp.",
            ),
        ),
    ),
)

MI = Chrome(
    lang="mi",
    host="te-karere-o-te-rohe.example",
    menu=(
        ("Ngā Kōrero", ("Ngā kōrero o te rohe", "Ngā take tōrangapū", "Ngā hākinakina katoa")),
        ("Mō mātou", ("Whakapā mai ki a mātou", "Ngā kaupapa here")),
    ),
    cookie="Ka whakamahia e mātou ngā pihikete kia pai ake tō wheako i tēnei paetukutuku.",
    footer=("Ngā tikanga whakamahi", "Te kaupapa here tūmataiti", "Tautokona tā mātou mahi"),
)

add(
    "maunga",
    MI,
    "Ka whiti te rā ki runga i te maunga",
    photo(
        "Ka whiti te rā ki runga i te maunga",
        "Te whakaahua o te rā",
        "I te ata tū o te Rātū, ka whiti ngā hihi tuatahi o te rā ki runga i te tihi o te "
        "maunga, ā, i kite te tini o te hunga hīkoi i te ātaahua o te whenua i raro.",
        "Whakaahua: Aroha Ngata",
        "Ngā whakaahua o mua",
        (
            (
                "Ngā waka i te awa",
                "E rima tekau ngā waka i hoe i te awa i te Rāhoroi hei whakanui i te tīmatanga "
                "o te tau hou Māori, ā, he nui te hunga mātakitaki i te taha.",
            ),
            (
                "Te kura hou i te pā",
                "I whakatuwheratia te kura hou i te pā i te wiki nei, ā, i waiata ngā tamariki i "
                "ngā waiata hou ki ō rātou mātua me ō rātou kaumātua.",
            ),
            (
                "Te hua o te māra",
                "I kohia e ngā kaimahi o te māra hapori ngā kūmara tuatahi o te kōanga, ā, ka "
                "tohaina ki ngā whānau katoa o te takiwā.",
            ),
            (
                "Te marae i te pō",
                "I tiaho ngā rama i te marae i te pō o Matariki, ā, i noho tahi te iwi ki te "
                "maumahara ki ō rātou tūpuna kua wehe atu.",
            ),
            (
                "Te moana i te awatea",
                "He mārie te moana i te awatea, ā, i kau ngā aihe i te taha o te waka hī ika, he "
                "mea whakamīharo ki ngā kaihī ika katoa.",
            ),
        ),
        in_caption=True,
    ),
)


# --- councils' notices in long menus

NL = Chrome(
    lang="nl",
    host="gemeente-zandvoorde.example",
    menu=(
        (
            "Wonen en leven",
            (
                "Afval en recycling",
                "Parkeren en vergunningen",
                "Bouwen en verbouwen",
                "Subsidies voor verenigingen",
            ),
        ),
        ("Werk en inkomen", ("Bijstand aanvragen", "Schuldhulpverlening", "Hulp bij werk zoeken")),
        ("Bestuur en organisatie", ("Gemeenteraad en vergaderingen", "Vacatures bij de gemeente")),
    ),
    cookie="Deze website gebruikt alleen functionele en analytische cookies.",
    footer=(
        "Contact en openingstijden",
        "Privacyverklaring",
        "Toegankelijkheidsverklaring",
        "Proclaimer en disclaimer",
    ),
)

_built, _aside = notice(
    "Wegafsluiting Dorpsstraat van 10 tot en met 14 maart",
    (
        "Van maandag 10 tot en met vrijdag 14 maart is de Dorpsstraat in Zandvoorde afgesloten "
        "voor alle verkeer tussen de Kerklaan en de Molenweg. De aannemer vervangt in die week "
        "de riolering.",
        "Een omleiding wordt met gele borden aangegeven. De bushaltes bij de kerk vervallen "
        "tijdelijk; gebruik de halte aan de Molenweg.",
    ),
    "Verkeer en vervoer",
    (
        "Actuele wegwerkzaamheden",
        "Gladheidsbestrijding in de winter",
        "Melding openbare ruimte doen",
        "Evenementen en afsluitingen",
        "Bereikbaarheid tijdens werkzaamheden",
    ),
    "Vragen? Bel 14 0123 of mail naar gemeente@zandvoorde.example.",
    "Was deze informatie nuttig?",
)
add(
    "wegafsluiting",
    NL,
    "Wegafsluiting Dorpsstraat van 10 tot en met 14 maart",
    _built,
    aside=_aside,
)

OC = Chrome(
    lang="oc",
    host="sant-andrieu-de-varenas.example",
    menu=(
        ("La comuna", ("Lo conselh municipal", "Los servicis comunals", "Istòria del vilatge")),
        (
            "Vida vidanta",
            ("Las associacions del vilatge", "Escòla e cantina", "Mercat del dijòus"),
        ),
        ("Practic", ("Recuèlh dels escobilhs", "Demandas d'urbanisme", "Sala de las fèstas")),
    ),
    cookie="Aqueste site utiliza de cookies per melhorar vòstra navigacion.",
    footer=("Mencions legalas", "Plan del site", "Accessibilitat del site"),
)

_built, _aside = notice(
    "Orari novèl de la comuna a partir del 1èr d'abril",
    (
        "A partir del 1èr d'abril, lo secretariat de la comuna de Sant Andrieu de Varenas serà "
        "dobèrt del diluns al divendres, de 8 oras e mièja a 12 oras, e lo dimècres de vèspre "
        "de 14 a 18 oras.",
        "Lo dissabte de matin, la permanéncia de l'estat civil serà suprimida.",
    ),
    "Actualitats",
    (
        "Totas las actualitats",
        "Arrestats municipals",
        "Bulletin municipal",
        "Agenda de las manifestacions",
    ),
    "Secretariat de la comuna: 05 00 00 00 00.",
    "Aquesta pagina vos es estada utila?",
)
add("orari", OC, "Orari novèl de la comuna a partir del 1èr d'abril", _built, aside=_aside)

PL = Chrome(
    lang="pl",
    host="debowa-wola.example",
    menu=(
        (
            "Urząd",
            ("Godziny pracy urzędu", "Wydziały i referaty", "Elektroniczna skrzynka podawcza"),
        ),
        (
            "Dla mieszkańca",
            (
                "Odpady komunalne i harmonogram",
                "Podatki i opłaty lokalne",
                "Dowody osobiste",
            ),
        ),
        ("Inwestycje", ("Fundusze unijne w gminie", "Przetargi i zamówienia publiczne")),
    ),
    cookie="Serwis używa plików cookies zgodnie z polityką prywatności.",
    footer=(
        "Deklaracja dostępności",
        "Polityka prywatności i cookies",
        "Biuletyn Informacji Publicznej",
    ),
)

_built, _aside = notice(
    "Przerwa w dostawie wody na ulicy Lipowej",
    (
        "W czwartek 12 marca w godzinach od 8:00 do 14:00 nastąpi przerwa w dostawie wody dla "
        "mieszkańców ulic Lipowej, Krótkiej i Polnej w Dębowej Woli. Przyczyną są prace przy "
        "wymianie zasuwy.",
        "Beczkowóz z wodą pitną będzie stał przy świetlicy wiejskiej.",
    ),
    "Aktualności",
    (
        "Ogłoszenia wójta gminy",
        "Komunikaty i ostrzeżenia",
        "Sesje rady gminy",
        "Archiwum wiadomości",
    ),
    "Referat Gospodarki Komunalnej, tel. 22 000 00 00.",
    "Czy ta strona była pomocna?",
    (
        "Wytworzył: Referat Gospodarki Komunalnej",
        "Opublikował: Jan Nowicki, 04.03.2026",
        "Liczba odsłon: 214",
    ),
)
add("przerwa_wody", PL, "Przerwa w dostawie wody na ulicy Lipowej", _built, aside=_aside)


# --- short answers above long comments

RU = Chrome(
    lang="ru",
    host="otvety-sad.example",
    menu=(
        ("Вопросы", ("Новые вопросы", "Популярные за неделю", "Вопросы без ответа")),
        ("Категории", ("Дом и сад", "Здоровье и красота", "Компьютеры и интернет")),
    ),
    cookie="Мы используем файлы cookie, чтобы сайт работал лучше.",
    footer=("Правила сообщества", "Политика конфиденциальности", "Обратная связь с поддержкой"),
)

_answer = (
    "Зимой кактусы поливают очень редко, раз в месяц или реже, и только если земля совсем "
    "сухая. В тёплой комнате у батареи можно чуть чаще, но лучше переставить их на прохладный "
    "подоконник."
)
add(
    "kaktusy",
    RU,
    "Можно ли поливать кактусы зимой?",
    qa(
        "Можно ли поливать кактусы зимой?",
        "Купила три кактуса осенью. Сейчас в квартире тепло, батареи горячие. Нужно ли их "
        "поливать зимой, и как часто?",
        (_answer,),
        f"<p>{_answer}</p>",
        (
            (
                "Ольга_К",
                "У меня кактусы стоят на подоконнике прямо над батареей уже пять лет, и я поливаю "
                "их раз в две недели круглый год. Ничего с ними не случилось, даже цвели прошлой "
                "весной. Так что всё зависит от конкретной квартиры.",
            ),
            (
                "sergey77",
                "Не согласен с автором ответа. Если не поливать месяц, в сухом воздухе корни "
                "могут засохнуть, особенно у маленьких растений в пластиковых горшках. Я бы "
                "советовал следить за почвой, а не за календарём.",
            ),
            (
                "Марина",
                "Главное — не заливать. Мой первый кактус сгнил именно зимой, потому что я "
                "поливал его так же, как летом, и земля не успевала просыхать неделями.",
            ),
            (
                "botanik",
                "А какой у вас вид кактуса? Лесные кактусы, например декабрист, зимой как раз "
                "цветут, и их нужно поливать чаще, чем пустынные. Это совсем разные растения.",
            ),
            (
                "Ирина В.",
                "Прохладная зимовка важна, если хотите, чтобы кактус зацвёл. Я держу свои на "
                "застеклённом балконе при десяти градусах и совсем не поливаю с ноября по март.",
            ),
            (
                "Лена",
                "Спасибо за вопрос, у меня была та же проблема. Купила подсветку для растений, и "
                "теперь кактусы не вытягиваются зимой, хотя стоят далеко от окна.",
            ),
            (
                "dachnik",
                "Ещё совет: поливайте тёплой отстоянной водой и утром, чтобы к ночи верхний слой "
                "земли успел подсохнуть. Холодная вода из-под крана для кактусов вредна.",
            ),
            (
                "Наталья",
                "Пересаживать зимой не нужно, лучше дождаться весны. Я в прошлом году пересадила "
                "в январе, и два кактуса из трёх погибли.",
            ),
        ),
        "Похожие вопросы",
        (
            "Почему у кактуса желтеет ствол?",
            "Как пересадить колючий кактус без перчаток?",
            "Какую землю купить для суккулентов?",
        ),
    ),
)
