"""The blind77l probe's first part: encyclopedia articles in a wiki's markup (an infobox,
a table of contents, sections under ``<h2>`` and ``<h3>`` with edit links, a table or a
list in a section, "see also", footnotes and a navbox) in eight languages. The musts lie
deep: the last section's text, the last "see also" entry, the last footnote."""

from __future__ import annotations

from ._kit import SITES, add, bullets, paras, rows, wiki

# (language, name, title, infobox, lead, sections, edit, contents, see also, references,
#  navbox, must-lines)
_ARTICLES = (
    (
        "cy",
        "river_article",
        "Afon Tywi",
        (("Hyd", "121 km"), ("Tarddiad", "Mynyddoedd Cambria"), ("Aber", "Bae Caerfyrddin")),
        "Afon Tywi yw'r afon hiraf sy'n llifo'n gyfan gwbl o fewn Cymru.",
        (
            (
                2,
                "Daearyddiaeth",
                paras(
                    "Mae'r afon yn codi ar lethrau gwlyb y mynyddoedd ac yn llifo tua'r"
                    " de-orllewin drwy ddyffryn llydan."
                ),
            ),
            (3, "Llednentydd", bullets("Afon Cothi", "Afon Gwili", "Afon Brân")),
            (
                2,
                "Hanes",
                paras(
                    "Codwyd sawl castell ar hyd glannau'r afon yn yr Oesoedd Canol i reoli'r"
                    " dyffryn."
                ),
            ),
            (
                2,
                "Bywyd gwyllt",
                paras("Mae'r dyfroedd yn enwog am eu sewin, a daw pysgotwyr o bell bob haf."),
            ),
            (
                3,
                "Gwarchodaeth",
                paras("Dynodwyd rhannau isaf y dyffryn yn ardal cadwraeth arbennig yn 2004."),
            ),
        ),
        "golygu",
        "Cynnwys",
        ("Gweler hefyd", bullets("Rhestr o afonydd Cymru", "Dyffryn Tywi")),
        (
            "Cyfeiriadau",
            ("Arolwg Afonydd Cymru, cyfrol 3, tud. 44.", "Cofnodion Cyngor Sir Gâr, 2004."),
        ),
        ("Afonydd de Cymru", ("Afon Taf", "Afon Wysg", "Afon Teifi", "Afon Nedd")),
        (
            "yw'r afon hiraf sy'n llifo'n gyfan gwbl o fewn Cymru.",
            "Afon Gwili",
            "i reoli'r dyffryn.",
            "yn ardal cadwraeth arbennig yn 2004.",
            "Dyffryn Tywi",
            "Cofnodion Cyngor Sir Gâr, 2004.",
        ),
    ),
    (
        "eu",
        "mountain_article_with_table",
        "Aitzgorri",
        (("Garaiera", "1.528 m"), ("Mendilerroa", "Aizkorri-Aratz"), ("Lurraldea", "Gipuzkoa")),
        "Aitzgorri Euskal Herriko mendirik ezagunenetako bat da, Gipuzkoa eta Araba artean.",
        (
            (
                2,
                "Geologia",
                paras("Mendigunea kareharri zuriz osatuta dago, eta horregatik du izena."),
            ),
            (
                2,
                "Igoera bideak",
                rows(
                    ("Arantzazu", "3 h", "Erraza"),
                    ("Zegama", "3 h 30 min", "Ertaina"),
                    ("Oltza", "2 h 45 min", "Erraza"),
                    head=("Abiapuntua", "Denbora", "Zailtasuna"),
                ),
            ),
            (
                2,
                "Kultura",
                paras("Zegama-Aizkorri mendi lasterketa urtero egiten da maiatzaren amaieran."),
            ),
            (3, "Ermita", paras("Gailurretik gertu Santo Kristoren ermita dago, udan irekita.")),
        ),
        "aldatu",
        "Edukiak",
        ("Ikus, gainera", bullets("Euskal Herriko mendien zerrenda", "Aralar")),
        (
            "Erreferentziak",
            (
                "Euskal Mendi Federazioa, 2019ko katalogoa.",
                "Gipuzkoako Foru Aldundia, parke naturalaren plana.",
            ),
        ),
        ("Gipuzkoako mendiak", ("Txindoki", "Ernio", "Hernio", "Izarraitz")),
        (
            "Gipuzkoa eta Araba artean.",
            "kareharri zuriz osatuta dago",
            "Oltza",
            "2 h 45 min",
            "maiatzaren amaieran.",
            "Santo Kristoren ermita dago, udan irekita.",
            "Aralar",
            "parke naturalaren plana.",
        ),
    ),
    (
        "is",
        "volcano_article",
        "Hekla",
        (("Hæð", "1.491 m"), ("Tegund", "Eldkeila"), ("Síðasta gos", "2000")),
        "Hekla er eitt virkasta eldfjall Íslands og hefur gosið yfir tuttugu sinnum frá landnámi.",
        (
            (
                2,
                "Jarðfræði",
                paras(
                    "Fjallið er hryggur sem liggur eftir sprungu, og gosin hefjast oft án"
                    " mikils fyrirvara."
                ),
            ),
            (
                2,
                "Saga gosa",
                rows(
                    ("1104", "Mikið öskufall"),
                    ("1947", "Gosið stóð í þrettán mánuði"),
                    ("2000", "Stutt gos í febrúar"),
                    head=("Ár", "Athugasemd"),
                ),
            ),
            (
                2,
                "Í þjóðtrú",
                paras("Á miðöldum töldu menn víða í Evrópu að Hekla væri inngangur að helvíti."),
            ),
            (
                3,
                "Í bókmenntum",
                paras("Fjallið kemur fyrir í ferðasögum erlendra manna allt frá sextándu öld."),
            ),
        ),
        "breyta",
        "Efnisyfirlit",
        ("Tengt efni", bullets("Listi yfir eldfjöll á Íslandi", "Katla")),
        (
            "Heimildir",
            ("Náttúrufræðistofnun, yfirlit um eldgos.", "Sigurður Þórarinsson, Heklugos, 1968."),
        ),
        ("Eldfjöll á Suðurlandi", ("Eyjafjallajökull", "Vatnajökull", "Grímsvötn", "Laki")),
        (
            "hefur gosið yfir tuttugu sinnum frá landnámi.",
            "Gosið stóð í þrettán mánuði",
            "Stutt gos í febrúar",
            "inngangur að helvíti.",
            "allt frá sextándu öld.",
            "Katla",
            "Sigurður Þórarinsson, Heklugos, 1968.",
        ),
    ),
    (
        "sw",
        "island_article",
        "Kisiwa cha Pemba",
        (("Eneo", "988 km²"), ("Wakazi", "406,000"), ("Mji mkuu", "Chake Chake")),
        "Pemba ni kisiwa kilichopo katika Bahari ya Hindi, kaskazini mwa Unguja.",
        (
            (
                2,
                "Jiografia",
                paras("Kisiwa kina vilima vidogo na mabonde yenye rutuba yanayofaa kilimo."),
            ),
            (
                2,
                "Uchumi",
                paras("Karafuu ndiyo zao kuu la biashara, na wakulima wengi hulima pia mpunga."),
            ),
            (
                3,
                "Uvuvi",
                paras("Wavuvi hutumia ngalawa za jadi kuvua samaki katika mikondo ya pwani."),
            ),
            (
                2,
                "Utamaduni",
                paras(
                    "Mchezo wa ng'ombe unaofanyika kila mwaka huwavutia wageni wengi kutoka bara."
                ),
            ),
        ),
        "hariri",
        "Yaliyomo",
        ("Tazama pia", bullets("Visiwa vya Zanzibar", "Mafia")),
        ("Marejeo", ("Ofisi ya Takwimu, sensa ya 2022.", "Historia ya Karafuu, toleo la pili.")),
        ("Visiwa vya Tanzania", ("Tumbatu", "Ukerewe", "Kilwa Kisiwani", "Chumbe")),
        (
            "kaskazini mwa Unguja.",
            "zao kuu la biashara",
            "ngalawa za jadi",
            "huwavutia wageni wengi kutoka bara.",
            "Mafia",
            "Historia ya Karafuu, toleo la pili.",
        ),
    ),
    (
        "hy",
        "monastery_article",
        "Գեղարդավանք",
        (
            ("Հիմնադրում", "IV դար"),
            ("Վայր", "Կոտայքի մարզ"),
            ("Կարգավիճակ", "Համաշխարհային ժառանգություն"),
        ),
        "Գեղարդավանքը միջնադարյան վանական համալիր է՝ մասամբ փորված ժայռի մեջ։",
        (
            (
                2,
                "Պատմություն",
                paras("Վանքը սկզբում կոչվել է Այրիվանք՝ քարանձավային եկեղեցիների պատճառով։"),
            ),
            (
                2,
                "Ճարտարապետություն",
                paras(
                    "Գլխավոր եկեղեցին կառուցվել է 1215 թվականին, իսկ ժայռափոր սրահները՝ ավելի ուշ։"
                ),
            ),
            (3, "Խաչքարեր", paras("Համալիրի պատերին պահպանվել են բազմաթիվ նրբաքանդակ խաչքարեր։")),
            (
                2,
                "Այցելություններ",
                paras("Վանքը բաց է ամեն օր, իսկ կիրակի օրերին այստեղ պատարագ է մատուցվում։"),
            ),
        ),
        "խմբագրել",
        "Բովանդակություն",
        ("Տես նաև", bullets("Հայաստանի վանքերի ցանկ", "Գառնիի տաճար")),
        (
            "Ծանոթագրություններ",
            ("Հայկական սովետական հանրագիտարան, հ. 2։", "ՅՈՒՆԵՍԿՕ, 2000 թ. որոշում։"),
        ),
        ("Կոտայքի մարզի հուշարձաններ", ("Կեչառիս", "Մաքրավանք", "Բջնի", "Արզական")),
        (
            "մասամբ փորված ժայռի մեջ։",
            "քարանձավային եկեղեցիների պատճառով։",
            "բազմաթիվ նրբաքանդակ խաչքարեր։",
            "կիրակի օրերին այստեղ պատարագ է մատուցվում։",
            "Գառնիի տաճար",
            "ՅՈՒՆԵՍԿՕ, 2000 թ. որոշում։",
        ),
    ),
    (
        "ta",
        "instrument_article",
        "வீணை",
        (("வகை", "நரம்பிசைக் கருவி"), ("நரம்புகள்", "7"), ("தோற்றம்", "தென்னிந்தியா")),
        "வீணை கர்நாடக இசையில் பயன்படும் பழமையான நரம்பிசைக் கருவியாகும்.",
        (
            (
                2,
                "அமைப்பு",
                paras(
                    "வீணையின் உடல் பலா மரத்தால் செய்யப்படுகிறது, அதன் ஒரு முனையில்"
                    " சுரைக்காய்க் குடம் இணைக்கப்பட்டுள்ளது."
                ),
            ),
            (2, "வாசிக்கும் முறை", paras("கலைஞர் தரையில் அமர்ந்து கருவியைக் குறுக்காக வைத்து வாசிப்பார்.")),
            (3, "மெட்டுகள்", paras("இருபத்து நான்கு மெட்டுகள் மெழுகின் மீது பொருத்தப்பட்டுள்ளன.")),
            (2, "புகழ்பெற்ற கலைஞர்கள்", paras("தஞ்சாவூர் மரபு வீணை வாசிப்பில் தனிச்சிறப்புப் பெற்றது.")),
        ),
        "தொகு",
        "பொருளடக்கம்",
        ("இவற்றையும் பார்க்க", bullets("சரஸ்வதி வீணை", "யாழ்")),
        ("மேற்கோள்கள்", ("தமிழ் இசைக் களஞ்சியம், பாகம் 4.", "சங்கீத வித்வத் சபை வெளியீடு, 1998.")),
        ("இந்திய இசைக் கருவிகள்", ("மிருதங்கம்", "நாதஸ்வரம்", "தவில்", "கடம்")),
        (
            "பழமையான நரம்பிசைக் கருவியாகும்.",
            "சுரைக்காய்க் குடம் இணைக்கப்பட்டுள்ளது.",
            "மெழுகின் மீது பொருத்தப்பட்டுள்ளன.",
            "தஞ்சாவூர் மரபு வீணை வாசிப்பில் தனிச்சிறப்புப் பெற்றது.",
            "யாழ்",
            "சங்கீத வித்வத் சபை வெளியீடு, 1998.",
        ),
    ),
    (
        "ko",
        "dish_article",
        "비빔밥",
        (("종류", "밥 요리"), ("원산지", "한국"), ("주재료", "밥, 나물, 고추장")),
        "비빔밥은 밥 위에 여러 가지 나물과 고기, 달걀을 얹고 고추장에 비벼 먹는 음식이다.",
        (
            (2, "역사", paras("조선 시대 문헌에는 골동반이라는 이름으로 기록되어 있다.")),
            (
                2,
                "지역별 비빔밥",
                rows(
                    ("전주", "콩나물과 육회"),
                    ("진주", "선짓국을 곁들임"),
                    ("통영", "해산물을 넣음"),
                    head=("지역", "특징"),
                ),
            ),
            (2, "조리법", paras("나물은 각각 따로 데쳐 양념하고, 밥은 고슬고슬하게 짓는다.")),
            (
                3,
                "돌솥비빔밥",
                paras("뜨겁게 달군 돌솥에 담아 누룽지가 생기도록 한 것이 돌솥비빔밥이다."),
            ),
        ),
        "편집",
        "목차",
        ("같이 보기", bullets("한국 요리", "김밥")),
        ("각주", ("한국음식대관, 제3권.", "전주시 향토음식 조사 보고서, 2015.")),
        ("한국의 밥 요리", ("볶음밥", "국밥", "쌈밥", "덮밥")),
        (
            "고추장에 비벼 먹는 음식이다.",
            "골동반이라는 이름으로 기록되어 있다.",
            "해산물을 넣음",
            "누룽지가 생기도록 한 것이 돌솥비빔밥이다.",
            "김밥",
            "전주시 향토음식 조사 보고서, 2015.",
        ),
    ),
    (
        "lt",
        "writer_article",
        "Ona Žemaitytė",
        (("Gimė", "1881 m."), ("Mirė", "1950 m."), ("Veikla", "rašytoja, vertėja")),
        "Ona Žemaitytė – lietuvių rašytoja, apsakymų apie kaimo gyvenimą autorė.",
        (
            (2, "Biografija", paras("Gimė ūkininkų šeimoje, mokėsi Kaune, vėliau dirbo mokytoja.")),
            (
                2,
                "Kūryba",
                paras("Jos apsakymuose vaizduojamas kasdienis kaimo moterų darbas ir jų svajonės."),
            ),
            (
                3,
                "Svarbiausi kūriniai",
                bullets("„Rugiapjūtė“ (1912)", "„Tylūs vakarai“ (1925)", "„Laiškai sesei“ (1938)"),
            ),
            (
                2,
                "Atminimas",
                paras("Gimtajame kaime 1981 metais atidarytas jos memorialinis muziejus."),
            ),
        ),
        "redaguoti",
        "Turinys",
        ("Taip pat skaitykite", bullets("Lietuvių literatūra", "Žemaitijos rašytojai")),
        ("Šaltiniai", ("Lietuvių rašytojų žodynas, 1979.", "Literatūros ir meno archyvas, f. 12.")),
        ("Lietuvių prozininkai", ("Žemaitė", "Lazdynų Pelėda", "Šatrijos Ragana", "Vaižgantas")),
        (
            "apsakymų apie kaimo gyvenimą autorė.",
            "vėliau dirbo mokytoja.",
            "„Laiškai sesei“ (1938)",
            "atidarytas jos memorialinis muziejus.",
            "Žemaitijos rašytojai",
            "Literatūros ir meno archyvas, f. 12.",
        ),
    ),
)

for lang, name, title, box, lead, sections, edit, contents, also, refs, nav, must in _ARTICLES:
    add(
        name,
        SITES[lang],
        title,
        wiki(
            title,
            box,
            lead,
            sections,
            edit=edit,
            contents=contents,
            see_also=also,
            references=refs,
            navbox=nav,
        ),
        must,
        (edit, contents, nav[0], *nav[1]),
        template="app",
        path=f"wiki/{name}",
    )
