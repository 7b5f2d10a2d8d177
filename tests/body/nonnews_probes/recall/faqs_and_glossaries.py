"""FAQ pages (questions and answers in definition lists and in closed ``<details>``) and
glossaries (terms in ``<dl>`` under letter headings), whose every answer or entry is the
content, the last one included."""

from __future__ import annotations

from ._registry import PROBES, Frame, faq_details, faq_dl, glossary

ES_FRAME = Frame(
    site="Biblioteca Municipal de Valdelobos",
    nav=("Inicio", "Catálogo", "Actividades", "Contacto"),
    footer="Biblioteca Municipal de Valdelobos · Plaza del Pósito, 3 · Aviso legal",
    side_title="Próximas actividades",
    side=("Club de lectura juvenil: «La isla de los faros»", "Taller de encuadernación japonesa"),
)

PROBES.add(
    "es_faq_biblioteca_dl",
    "https://biblioteca-valdelobos.example.es/preguntas-frecuentes",
    faq_dl(
        "es",
        "Preguntas frecuentes",
        "Aquí respondemos a las dudas que más nos plantean en el mostrador de préstamo.",
        (
            (
                "El carné",
                (
                    (
                        "¿Quién puede hacerse el carné?",
                        "Cualquier persona empadronada o que "
                        "trabaje en el municipio; los menores de catorce años necesitan la firma "
                        "de un adulto.",
                    ),
                    (
                        "¿Cuánto cuesta?",
                        "El carné es gratuito; solo se cobran tres euros si "
                        "hay que hacer un duplicado por pérdida.",
                    ),
                ),
            ),
            (
                "Préstamos",
                (
                    (
                        "¿Cuántos libros puedo llevarme?",
                        "Hasta seis libros y dos películas a la vez, durante tres semanas.",
                    ),
                    (
                        "¿Puedo renovar un préstamo?",
                        "Sí, dos veces, siempre que nadie lo haya "
                        "reservado, en el mostrador o por teléfono.",
                    ),
                    (
                        "¿Qué pasa si devuelvo tarde un libro?",
                        "No cobramos multas: el carné "
                        "queda bloqueado tantos días como días de retraso haya acumulado.",
                    ),
                ),
            ),
        ),
        ES_FRAME,
    ),
    (
        "los menores de catorce años necesitan la firma",
        "solo se cobran tres euros si hay que hacer un duplicado",
        "Hasta seis libros y dos películas a la vez",
        "el carné queda bloqueado tantos días como días de retraso",
    ),
    ES_FRAME.furniture(),
)

PL_FRAME = Frame(
    site="Wodociągi Zielonej Kępy",
    nav=("Start", "Dla klienta", "Awarie", "Kontakt"),
    footer="© 2026 Wodociągi Zielonej Kępy sp. z o.o. Polityka prywatności",
    side_title="Komunikaty",
    side=("Przerwa w dostawie wody przy ul. Lipowej", "Nowe taryfy od stycznia"),
)

PROBES.add(
    "pl_faq_wodociagi_details",
    "https://wodociagi-zielonakepa.example.pl/pytania",
    faq_details(
        "pl",
        "Najczęściej zadawane pytania",
        "Zebraliśmy odpowiedzi na pytania, które mieszkańcy zadają nam przez telefon.",
        (
            (
                "Czy wodę z kranu można pić bez gotowania?",
                (
                    "Tak. Woda jest badana co tydzień w naszym laboratorium i spełnia wszystkie "
                    "wymagania dla wody pitnej.",
                ),
            ),
            (
                "Dlaczego woda czasem jest mętna?",
                (
                    "Najczęściej to powietrze, które uchodzi po kilku minutach, gdy woda postoi "
                    "w szklance.",
                    "Jeśli mętność nie znika, prosimy o zgłoszenie pod numerem alarmowym.",
                ),
            ),
            (
                "Jak odczytać wodomierz?",
                (
                    "Spisujemy tylko czarne cyfry; czerwone pokazują litry i nie wpływają na "
                    "rachunek.",
                ),
            ),
            (
                "Co zrobić, gdy zamarznie wodomierz?",
                (
                    "Nie wolno go ogrzewać otwartym ogniem. Należy okryć go kocem i wezwać "
                    "naszego montera, który wymieni go bezpłatnie, jeśli zawiniła pogoda.",
                ),
            ),
        ),
        PL_FRAME,
    ),
    (
        "Woda jest badana co tydzień w naszym laboratorium",
        "Jeśli mętność nie znika, prosimy o zgłoszenie",
        "Spisujemy tylko czarne cyfry",
        "Należy okryć go kocem i wezwać naszego montera",
    ),
    PL_FRAME.furniture(),
)

FA_FRAME = Frame(
    site="کتابخانهٔ عمومی باغ‌نار",
    nav=("خانه", "فهرست کتاب‌ها", "تماس با ما"),
    footer="تمامی حقوق برای کتابخانهٔ عمومی باغ‌نار محفوظ است.",
    dir_="rtl",
)

PROBES.add(
    "fa_porsesh_details",
    "https://ketabkhane-baghnar.example.ir/porsesh",
    faq_details(
        "fa",
        "پرسش‌های متداول",
        "پاسخ پرسش‌هایی که اعضا بیش از همه از ما می‌پرسند.",
        (
            (
                "چگونه عضو کتابخانه شوم؟",
                ("با کارت ملی و یک قطعه عکس به میز امانت بیایید؛ عضویت در همان روز انجام می‌شود.",),
            ),
            (
                "چند کتاب می‌توانم امانت بگیرم؟",
                ("هر عضو می‌تواند تا چهار کتاب را برای دو هفته امانت بگیرد.",),
            ),
            (
                "آیا کتابخانه روزهای جمعه باز است؟",
                ("بله، سالن مطالعه جمعه‌ها از ساعت نه صبح تا یک بعدازظهر باز است.",),
            ),
        ),
        FA_FRAME,
    ),
    (
        "با کارت ملی و یک قطعه عکس به میز امانت بیایید",
        "تا چهار کتاب را برای دو هفته امانت بگیرد",
        "سالن مطالعه جمعه‌ها از ساعت نه صبح تا یک بعدازظهر باز است",
    ),
    FA_FRAME.furniture(),
)

FI_FRAME = Frame(
    site="Metsäpolun luontokoulu",
    nav=("Etusivu", "Opettajille", "Yhteystiedot"),
    footer="Metsäpolun luontokoulu ry · Tietosuojaseloste",
)

PROBES.add(
    "fi_sanasto_metsa",
    "https://metsapolku.example.fi/sanasto",
    glossary(
        "fi",
        "Metsäsanasto",
        (
            (
                "H",
                (
                    (
                        "harvennus",
                        "Metsänhoitotoimi, jossa osa puista kaadetaan, jotta jäljelle "
                        "jäävät saavat enemmän valoa ja tilaa.",
                    ),
                    ("humus", "Maan pintakerros, joka syntyy lahoavista lehdistä ja neulasista."),
                ),
            ),
            (
                "K",
                (
                    ("kelo", "Pystyyn kuollut ja kuivunut mänty, jonka pinta on harmaa ja sileä."),
                    ("kääpä", "Puussa kasvava sieni, joka lahottaa puuta vuosien ajan."),
                ),
            ),
            (
                "L",
                (
                    (
                        "lahopuu",
                        "Kuollut puu, joka on tärkeä elinympäristö sadoille hyönteis- ja "
                        "sienilajeille.",
                    ),
                ),
            ),
            (
                "Ä",
                (
                    (
                        "äkäpussi",
                        "Kansanomainen nimi kuusen oksaan kasvavalle tiheälle versokimpulle.",
                    ),
                ),
            ),
        ),
        FI_FRAME,
    ),
    (
        "jotta jäljelle jäävät saavat enemmän valoa",
        "Pystyyn kuollut ja kuivunut mänty",
        "tärkeä elinympäristö sadoille hyönteis- ja sienilajeille",
        "Kansanomainen nimi kuusen oksaan kasvavalle",
    ),
    FI_FRAME.furniture(),
)

HE_FRAME = Frame(
    site="המרכז לקרמיקה בגבעת אלונים",
    nav=("ראשי", "סדנאות", "צור קשר"),
    footer="© המרכז לקרמיקה בגבעת אלונים. כל הזכויות שמורות.",
    dir_="rtl",
)

PROBES.add(
    "he_milon_keramika",
    "https://keramika-alonim.example.co.il/milon",
    glossary(
        "he",
        "מילון מונחים בקרמיקה",
        (
            (
                "ג",
                (
                    (
                        "גלזורה",
                        "שכבה דקה של זכוכית שנמרחת על הכלי לפני השריפה השנייה ונותנת לו ברק וצבע.",
                    ),
                ),
            ),
            (
                "ח",
                (
                    (
                        "חומר עור",
                        "שלב הייבוש שבו החומר עדיין לח מעט אבל כבר מחזיק את צורתו, "
                        "והוא הזמן הטוב לחרוט ולהדביק ידיות.",
                    ),
                ),
            ),
            (
                "ש",
                (
                    ("שריפת ביסקוויט", "השריפה הראשונה, בחום נמוך, שאחריה הכלי קשה ונקבובי."),
                    ("שמוט", "חרסית שרופה וטחונה שמוסיפים לחומר כדי שלא ייסדק."),
                ),
            ),
        ),
        HE_FRAME,
    ),
    (
        "שכבה דקה של זכוכית שנמרחת על הכלי",
        "והוא הזמן הטוב לחרוט ולהדביק ידיות",
        "חרסית שרופה וטחונה שמוסיפים לחומר כדי שלא ייסדק",
    ),
    HE_FRAME.furniture(),
)

HI_FRAME = Frame(
    site="किसान सहायता केंद्र, रामपुर खेड़ा",
    nav=("मुखपृष्ठ", "योजनाएँ", "संपर्क"),
    footer="© किसान सहायता केंद्र, रामपुर खेड़ा। सर्वाधिकार सुरक्षित।",
)

PROBES.add(
    "hi_prashn_uttar_dl",
    "https://kisan-rampurkheda.example.in/prashn",
    faq_dl(
        "hi",
        "अक्सर पूछे जाने वाले प्रश्न",
        "यहाँ किसान भाइयों और बहनों के सबसे आम सवालों के जवाब दिए गए हैं।",
        (
            (
                "मिट्टी की जाँच",
                (
                    (
                        "मिट्टी का नमूना कैसे लें?",
                        "खेत के पाँच अलग-अलग कोनों से छह इंच गहराई "
                        "तक की मिट्टी लेकर उसे एक साफ़ थैली में मिला लें।",
                    ),
                    (
                        "जाँच का नतीजा कब मिलेगा?",
                        "नमूना जमा करने के दस दिन बाद मृदा स्वास्थ्य कार्ड केंद्र पर मिल जाएगा।",
                    ),
                ),
            ),
            (
                "बीज और खाद",
                (
                    (
                        "क्या केंद्र पर बीज मिलते हैं?",
                        "हाँ, रबी की बुवाई से पहले गेहूँ और चने के प्रमाणित बीज आधी कीमत पर मिलते हैं।",
                    ),
                ),
            ),
        ),
        HI_FRAME,
    ),
    (
        "खेत के पाँच अलग-अलग कोनों से छह इंच गहराई",
        "मृदा स्वास्थ्य कार्ड केंद्र पर मिल जाएगा",
        "के प्रमाणित बीज आधी कीमत पर मिलते हैं",
    ),
    HI_FRAME.furniture(),
)
