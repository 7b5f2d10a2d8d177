"""Museum object records (a field list, the description, the provenance after it),
product manuals (steps, warnings, a troubleshooting table and the care section after
it), poem and lyrics anthologies (several poems, the last stanza of the last one
included) and pages whose text sits in cards of equal weight."""

from __future__ import annotations

from ._registry import PROBES, Frame, anthology, cards, museum, sections_page, table

FR_FRAME = Frame(
    site="Musée des Arts et Métiers de Bellerive",
    nav=("Visiter", "Collections", "Expositions", "Boutique"),
    footer="© Musée de Bellerive · Mentions légales · Crédits",
)

PROBES.add(
    "fr_notice_objet_musee",
    "https://musee-bellerive.example.fr/collections/objet/1987-12-4",
    museum(
        "fr",
        "Horloge de parquet à automate",
        (
            ("Type d'objet", "Horloge"),
            ("Auteur", "Atelier Vauclair, Bellerive"),
            ("Date", "vers 1785"),
            ("Matériaux", "Chêne, laiton, émail peint"),
            ("Dimensions", "H. 232 cm ; l. 51 cm"),
            ("Numéro d'inventaire", "1987.12.4"),
        ),
        (
            "À chaque heure, un petit forgeron en laiton frappe l'enclume autant de fois "
            "que sonne la cloche.",
            "Le cadran émaillé porte le nom de l'atelier et une devise en latin, « Tempus "
            "fugit, labor manet ».",
        ),
        "Historique",
        (
            "Acquise par la famille Delorme au début du XIXe siècle.",
            "Donnée au musée en 1987 par Mme Hélène Delorme.",
        ),
        actions=("Ajouter à ma sélection", "Partager", "Commander une reproduction"),
        related_title="Objets liés",
        related=("Pendule de cheminée au chien", "Montre de poche à répétition"),
        frame=FR_FRAME,
    ),
    (
        "un petit forgeron en laiton frappe l'enclume",
        "Tempus fugit, labor manet",
        "Donnée au musée en 1987 par Mme Hélène Delorme.",
        "Chêne, laiton, émail peint",
    ),
    ("Commander une reproduction", "Pendule de cheminée au chien", *FR_FRAME.furniture()),
)

AR_FRAME = Frame(
    site="متحف الواحة للتراث",
    nav=("الرئيسية", "المقتنيات", "زيارة المتحف"),
    footer="جميع الحقوق محفوظة لمتحف الواحة للتراث ٢٠٢٦",
    dir_="rtl",
)

PROBES.add(
    "ar_sijill_qitaa_mathaf",
    "https://mathaf-alwaha.example.sa/muqtanayat/2011-044",
    museum(
        "ar",
        "إبريق نحاسي منقوش",
        (
            ("نوع القطعة", "إبريق"),
            ("المادة", "نحاس مطروق"),
            ("التاريخ", "القرن التاسع عشر"),
            ("رقم القيد", "٢٠١١-٠٤٤"),
        ),
        (
            "يزين عنق الإبريق شريط من الكتابة يتمنى لصاحبه الصحة وطول العمر.",
            "استُعمل الإبريق في ضيافة القهوة في بيت أحد تجار الواحة.",
        ),
        "مصدر القطعة",
        ("أهدته أسرة آل منصور إلى المتحف عام ٢٠١١.",),
        actions=("حفظ", "مشاركة"),
        related_title="قطع ذات صلة",
        related=("دلة قهوة من الفضة", "صينية نحاسية مستديرة"),
        frame=AR_FRAME,
    ),
    (
        "يزين عنق الإبريق شريط من الكتابة",
        "استُعمل الإبريق في ضيافة القهوة",
        "أهدته أسرة آل منصور إلى المتحف",
    ),
    ("دلة قهوة من الفضة", *AR_FRAME.furniture()),
)

DA_FRAME = Frame(
    site="Nordlys Husholdning",
    nav=("Produkter", "Support", "Forhandlere"),
    footer="© 2026 Nordlys Husholdning A/S · CVR 00000000",
    side_title="Andre manualer",
    side=("Brugsanvisning til elkedel K2", "Brugsanvisning til brødrister B4"),
)

PROBES.add(
    "da_brugsanvisning_kaffemaskine",
    "https://nordlys-husholdning.example.dk/support/manual/kaffemaskine-km10",
    sections_page(
        "da",
        "Brugsanvisning: Kaffemaskine KM10",
        "<h2>Før første brug</h2><p>Kør to kander rent vand gennem maskinen uden kaffe for "
        "at skylle vandtanken og slangerne.</p><div class='warning'><p><strong>Advarsel:"
        "</strong> Åbn aldrig låget til filteret, mens maskinen brygger.</p></div><h2>Sådan "
        "brygger du kaffe</h2><ol><li>Fyld vandtanken til den ønskede markering.</li><li>Sæt "
        "et filter nr. 4 i filterholderen og kom kaffe i.</li><li>Tryk på tænd/sluk-knappen; "
        "lampen lyser grønt.</li></ol><h2>Fejlfinding</h2>"
        + table(
            ("Problem", "Årsag", "Løsning"),
            (
                ("Kaffen løber over", "For fint malet kaffe", "Brug grovere malet kaffe"),
                ("Maskinen brygger langsomt", "Kalk i varmelegemet", "Afkalk maskinen"),
            ),
        )
        + "<h2>Rengøring og afkalkning</h2><p>Afkalk maskinen hver tredje måned med en "
        "blanding af en del eddike og to dele vand, og kør bagefter to kander rent vand "
        "igennem.</p>",
        wrapper="manual-content",
        frame=DA_FRAME,
    ),
    (
        "Kør to kander rent vand gennem maskinen",
        "Åbn aldrig låget til filteret",
        "lampen lyser grønt",
        "Brug grovere malet kaffe",
        "Afkalk maskinen hver tredje måned",
    ),
    DA_FRAME.furniture(),
)

TH_FRAME = Frame(
    site="บ้านสบาย เครื่องใช้ไฟฟ้า",
    nav=("สินค้า", "บริการหลังการขาย", "ติดต่อเรา"),
    footer="© 2026 บ้านสบาย เครื่องใช้ไฟฟ้า สงวนลิขสิทธิ์",
)

PROBES.add(
    "th_khumue_phatlom",
    "https://bansabai.example.co.th/khumue/phatlom-p16",
    sections_page(
        "th",
        "คู่มือการใช้งานพัดลมตั้งพื้น รุ่น P16",
        "<h2>การประกอบ</h2><p>สวมใบพัดเข้ากับแกนมอเตอร์แล้วหมุนฝาครอบหน้าตามเข็มนาฬิกาจนแน่น</p>"
        "<h2>ข้อควรระวัง</h2><ul><li>อย่าสอดนิ้วหรือสิ่งของเข้าไปในตะแกรงขณะพัดลมทำงาน</li>"
        "<li>ถอดปลั๊กทุกครั้งก่อนทำความสะอาด</li></ul><h2>การดูแลรักษา</h2><p>เช็ดใบพัดด้วย"
        "ผ้าชุบน้ำหมาด ๆ เดือนละครั้ง และอย่าใช้น้ำมันหล่อลื่นกับมอเตอร์</p><h2>การรับประกัน"
        "</h2><p>มอเตอร์รับประกันสามปีนับจากวันที่ซื้อ โปรดเก็บใบเสร็จไว้เป็นหลักฐาน</p>",
        wrapper="manual-content",
        frame=TH_FRAME,
    ),
    (
        "สวมใบพัดเข้ากับแกนมอเตอร์",
        "ถอดปลั๊กทุกครั้งก่อนทำความสะอาด",
        "อย่าใช้น้ำมันหล่อลื่นกับมอเตอร์",
        "มอเตอร์รับประกันสามปีนับจากวันที่ซื้อ",
    ),
    TH_FRAME.furniture(),
)

UK_FRAME = Frame(
    site="Поетична полиця",
    nav=("Автори", "Збірки", "Про нас"),
    footer="© Поетична полиця, 2026. Передрук лише з дозволу авторів.",
    side_title="Нові вірші",
    side=("Осінь у Коломиї", "Лист до сестри"),
)

PROBES.add(
    "uk_antolohiia_virshi",
    "https://poetychna-polytsia.example.ua/zbirky/more",
    anthology(
        "uk",
        "Вірші про море",
        "Три вірші молодих авторів, які жодного разу не жили біля моря.",
        (
            (
                "Солоний вітер",
                "Оксана Дрозд",
                (
                    ("Я чую море в мушлі на столі,", "хоч моря не бачила ніколи."),
                    ("Воно шумить у кожному листі,", "що бабця слала з Одеси до школи."),
                ),
            ),
            (
                "Маяк",
                "Тарас Вербицький",
                (("Маяк не спить, бо хтось мусить не спати,", "коли човни вертаються додому."),),
            ),
            (
                "Відплив",
                "Ірина Гай",
                (
                    ("Вода пішла і лишила каміння,", "і кожен камінь мокрий, мов спасибі."),
                    ("Я підніму один на пам'ять літу", "і покладу в кишеню біля серця."),
                ),
            ),
        ),
        share="Поділитися",
        frame=UK_FRAME,
    ),
    (
        "хоч моря не бачила ніколи.",
        "що бабця слала з Одеси до школи.",
        "коли човни вертаються додому.",
        "і покладу в кишеню біля серця.",
    ),
    UK_FRAME.furniture(),
)

KA_FRAME = Frame(
    site="სიმღერების კრებული",
    nav=("მთავარი", "შემსრულებლები", "კონტაქტი"),
    footer="© სიმღერების კრებული, 2026",
)

PROBES.add(
    "ka_simgherebi_krebuli",
    "https://simgherebi.example.ge/krebuli/mtis",
    anthology(
        "ka",
        "მთის სიმღერები",
        "ორი ხალხური სიმღერის ტექსტი, ჩაწერილი სოფელ ზემო ხევში.",
        (
            (
                "მწყემსის სიმღერა",
                "ხალხური",
                (
                    ("მთაზე ნისლი ჩამოწვა,", "ცხვარი ფარეხს მიადგა."),
                    ("ჩემო ბიჭო, ჩამოდი,", "ცეცხლი კერას მიადგა."),
                ),
            ),
            (
                "საღამოს ზარი",
                "ხალხური",
                (
                    ("ეკლესიის ზარი რეკავს,", "მინდვრიდან ბრუნდება ხალხი."),
                    ("დედა კარში გვიცდის,", "სუფრაზე თბილი პური."),
                ),
            ),
        ),
        share="გაზიარება",
        frame=KA_FRAME,
    ),
    (
        "ცხვარი ფარეხს მიადგა.",
        "ცეცხლი კერას მიადგა.",
        "მინდვრიდან ბრუნდება ხალხი.",
        "სუფრაზე თბილი პური.",
    ),
    KA_FRAME.furniture(),
)

ID_FRAME = Frame(
    site="Koperasi Tani Sumber Rejeki",
    nav=("Beranda", "Layanan", "Berita", "Kontak"),
    footer="© 2026 Koperasi Tani Sumber Rejeki. Hak cipta dilindungi.",
)

PROBES.add(
    "id_layanan_koperasi_kartu",
    "https://kopsumberrejeki.example.id/layanan",
    cards(
        "id",
        "Layanan Koperasi",
        "Koperasi kami melayani anggota di tiga kecamatan sejak 1998.",
        (
            (
                "Simpan Pinjam",
                "Anggota dapat meminjam hingga sepuluh juta rupiah untuk "
                "modal tanam dengan bunga rendah.",
            ),
            (
                "Pupuk dan Benih",
                "Kami menyediakan pupuk bersubsidi dan benih padi unggul langsung di gudang desa.",
            ),
            (
                "Penggilingan Padi",
                "Gabah anggota digiling di mesin koperasi dengan tarif separuh harga pasar.",
            ),
        ),
        more="Selengkapnya",
        frame=ID_FRAME,
    ),
    (
        "meminjam hingga sepuluh juta rupiah untuk modal tanam",
        "benih padi unggul langsung di gudang desa",
        "dengan tarif separuh harga pasar",
    ),
    ID_FRAME.furniture(),
)

HU_FRAME = Frame(
    site="Dombóvölgyi Múzeumpedagógiai Központ",
    nav=("Kezdőlap", "Programok", "Kapcsolat"),
    footer="© Dombóvölgyi Múzeumpedagógiai Központ · Adatvédelem",
)

PROBES.add(
    "hu_programok_kartyak",
    "https://dombovolgy-muzeum.example.hu/iskolaknak",
    cards(
        "hu",
        "Programjaink iskoláknak",
        "Minden foglalkozás 90 perces, és a tanterv témáihoz igazodik.",
        (
            (
                "Római hétköznapok",
                "A gyerekek viaszos táblára írnak, és megkóstolják a rómaiak mézes kenyerét.",
            ),
            (
                "Céhek és mesterek",
                "Kipróbálják a kékfestést, és megtudják, miért kellett "
                "egy inasnak hét évet szolgálnia.",
            ),
            ("Paraszti év", "Végigjárják a parasztház szobáit, és megtanulnak egy aratási dalt."),
            ("Kőkori vadászok", "Kovakőből pengét pattintanak, és agyagból mécsest formáznak."),
        ),
        more="Részletek",
        frame=HU_FRAME,
    ),
    (
        "viaszos táblára írnak",
        "miért kellett egy inasnak hét évet szolgálnia",
        "megtanulnak egy aratási",
        "agyagból mécsest formáznak",
    ),
    HU_FRAME.furniture(),
)

SW_FRAME = Frame(
    site="Kituo cha Afya Mlimani",
    nav=("Mwanzo", "Huduma", "Wasiliana nasi"),
    footer="© 2026 Kituo cha Afya Mlimani. Haki zote zimehifadhiwa.",
)

PROBES.add(
    "sw_huduma_kadi",
    "https://afya-mlimani.example.co.tz/huduma",
    cards(
        "sw",
        "Huduma zetu",
        "Kituo kiko wazi kila siku kuanzia saa mbili asubuhi hadi saa kumi jioni.",
        (
            (
                "Kliniki ya watoto",
                "Watoto chini ya miaka mitano hupimwa uzito na kupewa "
                "chanjo bila malipo kila Jumanne.",
            ),
            (
                "Huduma ya mama wajawazito",
                "Akina mama hupata vipimo vya damu na ushauri wa lishe katika kila ziara.",
            ),
            ("Maabara", "Majibu ya vipimo vya malaria hutolewa ndani ya saa moja."),
        ),
        more="Soma zaidi",
        frame=SW_FRAME,
    ),
    (
        "kupewa chanjo bila malipo kila Jumanne",
        "ushauri wa lishe katika kila ziara",
        "Majibu ya vipimo vya malaria hutolewa ndani ya saa moja.",
    ),
    SW_FRAME.furniture(),
)
