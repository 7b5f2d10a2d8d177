"""Course and event pages with their registration boxes; list pages with a "related
lists" box after the list."""

from __future__ import annotations

from ._registry import PROBES, course, listicle

# --- Courses and events --------------------------------------------------------------------

PROBES.add(
    "de_kurs_anmeldebox",
    "https://vhs-lindenau.example.de/kurse/brotbacken-mit-sauerteig",
    course(
        "de",
        "Brotbacken mit Sauerteig",
        (
            "In diesem Kurs setzen wir gemeinsam einen Roggensauerteig an und backen daraus "
            "ein kräftiges Bauernbrot im Holzofen des Bürgerhauses.",
            "Sie lernen, wie man die Reife des Teigs erkennt und warum eine lange, kühle "
            "Gare den Geschmack verbessert.",
            "Jede Teilnehmerin und jeder Teilnehmer nimmt ein eigenes Anstellgut mit nach Hause.",
        ),
        org="Volkshochschule Lindenau",
        register=("Gebühr: 45 €", "Noch 4 Plätze frei", "Jetzt anmelden"),
    ),
    (
        "setzen wir gemeinsam einen Roggensauerteig an",
        "warum eine lange, kühle Gare den Geschmack verbessert",
        "nimmt ein eigenes Anstellgut mit nach Hause",
    ),
    ("Gebühr: 45 €", "Noch 4 Plätze frei", "Jetzt anmelden"),
)

PROBES.add(
    "fr_atelier_inscription",
    "https://maisondesarts-belcourt.example.fr/ateliers/gravure-sur-linoleum",
    course(
        "fr",
        "Atelier de gravure sur linoléum",
        (
            "Pendant deux samedis, vous dessinerez un motif simple, le graverez sur une "
            "plaque de linoléum puis l'imprimerez à la presse sur papier japonais.",
            "L'atelier s'adresse aux débutants : les gouges, les encres et le papier sont "
            "fournis par la Maison des arts.",
        ),
        org="Maison des arts de Belcourt",
        register=("Tarif : 60 € les deux séances", "Places limitées à 10", "S'inscrire"),
    ),
    (
        "le graverez sur une plaque de linoléum",
        "les gouges, les encres et le papier sont fournis",
    ),
    ("Tarif : 60 € les deux séances", "Places limitées à 10", "S'inscrire"),
)

PROBES.add(
    "ar_dawra_tasjil",
    "https://markaz-alnoor.example.org/dawrat/khatt-arabi",
    course(
        "ar",
        "دورة الخط العربي للمبتدئين",
        (
            "تتناول الدورة أساسيات خط النسخ، من مسك القلم وبري القصب إلى كتابة الحروف المفردة.",
            "يتدرب المشاركون في كل لقاء على كتابة جملة قصيرة ويتلقون ملاحظات فردية من المدرب.",
        ),
        org="مركز النور الثقافي",
        register=("الرسوم: ١٥٠ ريالًا", "المقاعد المتبقية: ٦", "سجّل الآن"),
        dir_="rtl",
    ),
    (
        "من مسك القلم وبري القصب إلى كتابة الحروف المفردة",
        "يتلقون ملاحظات فردية من المدرب",
    ),
    ("الرسوم: ١٥٠ ريالًا", "المقاعد المتبقية: ٦", "سجّل الآن"),
)

PROBES.add(
    "ko_gangjwa_sincheong",
    "https://maeul-hakgyo.example.kr/class/chadohaenggi",
    course(
        "ko",
        "우리 동네 차 문화 강좌",
        (
            "이 강좌에서는 녹차와 발효차를 우리는 기본 방법과 찻자리 예절을 함께 배웁니다.",
            "매주 다른 지역의 차를 맛보며 찻잎의 모양과 향의 차이를 직접 비교해 봅니다.",
        ),
        org="마을학교",
        register=("수강료: 60,000원", "잔여 좌석 5석", "수강 신청하기"),
    ),
    (
        "녹차와 발효차를 우리는 기본 방법과 찻자리 예절",
        "찻잎의 모양과 향의 차이를 직접 비교해 봅니다",
    ),
    ("수강료: 60,000원", "잔여 좌석 5석", "수강 신청하기"),
)

PROBES.add(
    "pt_evento_inscricao",
    "https://casadaciencia-porto.example.pt/eventos/noite-das-estrelas",
    course(
        "pt-PT",
        "Noite das Estrelas no Observatório",
        (
            "Numa noite sem lua, os astrónomos do observatório apontam os telescópios a "
            "Saturno, à nebulosa de Orionte e a um enxame de estrelas jovens.",
            "Antes da observação há uma breve conversa sobre como ler um mapa do céu sem "
            "aplicações nem internet.",
        ),
        org="Casa da Ciência",
        register=("Entrada: 8 €", "Lotação: 40 pessoas", "Reservar lugar"),
    ),
    (
        "apontam os telescópios a Saturno",
        "como ler um mapa do céu sem aplicações nem internet",
    ),
    ("Entrada: 8 €", "Lotação: 40 pessoas", "Reservar lugar"),
)

# --- Lists ---------------------------------------------------------------------------------

PROBES.add(
    "en_list_related_lists",
    "https://quietcorners.example.com/lists/seven-small-museums",
    listicle(
        "en",
        "Seven small museums worth a detour",
        "None of these museums takes more than an hour to see, and each keeps something "
        "you will not find anywhere else.",
        (
            (
                "The Button Room, Ashcombe",
                "A former haberdasher's shop holds forty thousand "
                "buttons sorted by decade, from bone toggles to wartime plastic.",
            ),
            (
                "Marsh Pump House",
                "The steam engine that drained the fens still turns every "
                "first Sunday, tended by volunteers in overalls.",
            ),
            (
                "The Weather Diary Museum",
                "Three centuries of handwritten weather notes from "
                "one parish, with the frosts and floods marked in red ink.",
            ),
        ),
        site="Quiet Corners",
        related_title="More lists you might like",
        related=("Ten cafés inside bookshops", "Five lighthouses you can sleep in"),
    ),
    (
        "forty thousand buttons sorted by decade",
        "still turns every first Sunday, tended by volunteers",
        "with the frosts and floods marked in red ink",
    ),
    ("More lists you might like", "Ten cafés inside bookshops", "Five lighthouses"),
)

PROBES.add(
    "es_lista_listas_relacionadas",
    "https://rincones.example.mx/listas/mercados-de-pueblo",
    listicle(
        "es",
        "Cinco mercados de pueblo para ir en domingo",
        "Estos mercados abren sólo una vez por semana y conservan puestos que llevan "
        "generaciones en la misma familia.",
        (
            (
                "Mercado de San Telmo de la Sierra",
                "Los puestos de tamales de frijol se "
                "acaban antes de las nueve, así que conviene llegar temprano.",
            ),
            (
                "Tianguis de Agua Fría",
                "Aquí se cambian todavía semillas por herramientas, "
                "una costumbre que los vendedores mayores defienden con orgullo.",
            ),
            (
                "Mercado del Puente Viejo",
                "Bajo el puente se venden cazuelas de barro "
                "quemadas en hornos de leña del pueblo vecino.",
            ),
        ),
        site="Rincones",
        related_title="Listas relacionadas",
        related=("Ocho cantinas con historia", "Seis pueblos con aguas termales"),
    ),
    (
        "se acaban antes de las nueve",
        "se cambian todavía semillas por herramientas",
        "cazuelas de barro quemadas en hornos de leña",
    ),
    ("Listas relacionadas", "Ocho cantinas con historia", "Seis pueblos con aguas termales"),
)

PROBES.add(
    "ru_spisok_pohozhie_podborki",
    "https://tihie-mesta.example.ru/podborki/ozera-karelii",
    listicle(
        "ru",
        "Пять тихих озёр для палаточного похода",
        "На этих озёрах нет баз отдыха и почти нет моторных лодок, зато есть песчаные "
        "косы и сосновые боры.",
        (
            (
                "Озеро Светлое",
                "Вода здесь настолько прозрачная, что в безветренный день "
                "видно дно на глубине трёх метров.",
            ),
            (
                "Озеро Долгое",
                "Вдоль восточного берега тянется цепочка островов, на каждом из "
                "которых можно поставить одну-две палатки.",
            ),
            (
                "Озеро Каменное",
                "Северный берег сложен огромными валунами, а на южном есть "
                "удобная стоянка с родником.",
            ),
        ),
        site="Тихие места",
        related_title="Похожие подборки",
        related=("Семь рек для сплава новичков", "Шесть маяков Белого моря"),
    ),
    (
        "видно дно на глубине трёх метров",
        "цепочка островов, на каждом из которых можно поставить",
        "удобная стоянка с родником",
    ),
    ("Похожие подборки", "Семь рек для сплава новичков", "Шесть маяков Белого моря"),
)

PROBES.add(
    "hi_suchi_sambandhit_suchiyan",
    "https://ghumakkad.example.in/suchi/pahadi-gaon",
    listicle(
        "hi",
        "पाँच पहाड़ी गाँव जहाँ अभी भी भीड़ नहीं है",
        "इन गाँवों तक पक्की सड़क हाल ही में पहुँची है, इसलिए यहाँ का जीवन अब भी धीमा और शांत है।",
        (
            ("देवधार", "गाँव के ऊपर देवदार का घना जंगल है और सुबह की धूप सीधे आँगनों में उतरती है।"),
            ("कुमरसैण", "यहाँ के लोग आज भी लकड़ी और पत्थर से पारंपरिक घर बनाते हैं।"),
            ("थलकोट", "सेब के बागानों के बीच से एक पुरानी पगडंडी नदी तक उतरती है।"),
        ),
        site="घुमक्कड़",
        related_title="संबंधित सूचियाँ",
        related=("दस झीलें जहाँ कैंप कर सकते हैं", "छह पुराने किले"),
    ),
    (
        "सुबह की धूप सीधे आँगनों में उतरती है",
        "लकड़ी और पत्थर से पारंपरिक घर बनाते हैं",
        "एक पुरानी पगडंडी नदी तक उतरती है",
    ),
    ("संबंधित सूचियाँ", "दस झीलें जहाँ कैंप कर सकते हैं", "छह पुराने किले"),
)

PROBES.add(
    "sw_orodha_orodha_zinazohusiana",
    "https://safari-ndogo.example.co.tz/orodha/fukwe-tulivu",
    listicle(
        "sw",
        "Fukwe nne tulivu za pwani ya kusini",
        "Fukwe hizi hazina hoteli kubwa, na wavuvi bado hupumzisha mashua zao mchangani "
        "kila jioni.",
        (
            (
                "Ufukwe wa Mchanga Mweupe",
                "Maji hapa ni ya kina kifupi hadi mita mia moja "
                "kutoka pwani, hivyo ni salama kwa watoto.",
            ),
            (
                "Ghuba ya Mikoko",
                "Asubuhi mapema unaweza kuona ndege wengi wakitafuta chakula "
                "kati ya mizizi ya mikoko.",
            ),
            (
                "Ufukwe wa Jiwe Kuu",
                "Jiwe kubwa katikati ya ufukwe hutumika kama mahali pa "
                "kukutana kwa wakazi wa kijiji.",
            ),
        ),
        site="Safari Ndogo",
        related_title="Orodha zinazohusiana",
        related=("Masoko matano ya samaki", "Visiwa vitatu vya kutembelea"),
    ),
    (
        "ni salama kwa watoto",
        "ndege wengi wakitafuta chakula kati ya mizizi ya mikoko",
        "mahali pa kukutana kwa wakazi wa kijiji",
    ),
    ("Orodha zinazohusiana", "Masoko matano ya samaki", "Visiwa vitatu vya kutembelea"),
)
