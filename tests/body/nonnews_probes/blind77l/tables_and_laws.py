"""The blind77l probe's fourth part: pages whose content is tables and numbered clauses:
spec sheets (a shop's, a maker's datasheet, a car's, a phone's), statistical bulletins
with several tables and notes, and legal texts with numbered articles and nested lists,
in twelve languages. The musts are the last table's last row, the last article's last
point, a table's caption and the bulletin's closing note."""

from __future__ import annotations

from ._kit import SITES, add, bullets, paras, rows


def _specs(
    title: str, intro: str, groups: tuple[tuple[str, tuple[tuple[str, str], ...]], ...], tail: str
) -> str:
    """A spec sheet: a heading and a two-column table per group of specifications."""
    return (
        f"<div class='product-page'><h1>{title}</h1>{paras(intro)}<div class='specifications'>"
        + "".join(
            f"<h3 class='spec-group'>{g}</h3><table class='spec-table'><tbody>"
            + "".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in items)
            + "</tbody></table>"
            for g, items in groups
        )
        + f"</div>{tail}</div>"
    )


add(
    "shop_spec_sheet_grouped_tables",
    SITES["ky"],
    "Электр казан «Ала-Тоо 5»",
    _specs(
        "Электр казан «Ала-Тоо 5»",
        "Беш литрлик казан плов жана шорпо бышыруу үчүн ылайыкталган.",
        (
            (
                "Негизги мүнөздөмөлөр",
                (("Көлөмү", "5 л"), ("Кубаттуулугу", "900 Вт"), ("Программалар", "12")),
            ),
            ("Өлчөмдөрү", (("Бийиктиги", "26 см"), ("Салмагы", "3,4 кг"))),
            ("Кепилдик", (("Мөөнөтү", "24 ай"), ("Тейлөө борбору", "Бишкек, Ош, Жалал-Абад"))),
        ),
        "<div class='product-actions'><button class='add-to-cart'>Себетке кошуу</button><a "
        "class='compare'>Салыштыруу</a></div>",
    ),
    (
        "плов жана шорпо бышыруу үчүн ылайыкталган.",
        "900 Вт",
        "3,4 кг",
        "Тейлөө борбору",
        "Бишкек, Ош, Жалал-Абад",
    ),
    ("Себетке кошуу", "Салыштыруу"),
    path="katalog/kazan-ala-too-5",
)

add(
    "datasheet_sensor_tables_and_notes",
    SITES["fi"],
    "Kosteusanturi KS-20: tekniset tiedot",
    "<article class='datasheet'><h1>Kosteusanturi KS-20: tekniset tiedot</h1>"
    + paras("KS-20 mittaa ilman suhteellista kosteutta ja lämpötilaa teollisissa tiloissa.")
    + "<h2>Sähköiset ominaisuudet</h2>"
    + rows(
        ("Käyttöjännite", "3,3–5 V", "DC"),
        ("Virrankulutus", "1,2 mA", "mittauksen aikana"),
        ("Lepovirta", "0,4 µA", "tyypillinen"),
        head=("Suure", "Arvo", "Huomautus"),
    )
    + "<h2>Mittaustarkkuus</h2>"
    + rows(
        ("Kosteus", "±2 %RH", "20–80 %RH"),
        ("Lämpötila", "±0,3 °C", "0–60 °C"),
        head=("Suure", "Tarkkuus", "Alue"),
    )
    + "<h2>Kytkentä</h2>"
    + bullets("Nasta 1: VDD", "Nasta 2: SDA", "Nasta 3: SCL", "Nasta 4: GND", tag="ol")
    + paras("Huom. Anturin kotelo ei saa olla suorassa auringonvalossa asennuksen jälkeen.")
    + "<div class='downloads'><a href='ks20.pdf'>Lataa PDF</a><a href='ks20.step'>Lataa "
    "3D-malli</a></div></article>",
    (
        "teollisissa tiloissa.",
        "mittauksen aikana",
        "0,4 µA",
        "±0,3 °C",
        "Nasta 4: GND",
        "ei saa olla suorassa auringonvalossa asennuksen jälkeen.",
    ),
    ("Lataa PDF", "Lataa 3D-malli"),
    path="tuotteet/ks-20/tekniset-tiedot",
)

add(
    "car_spec_comparison_rowspan",
    SITES["mt"],
    "Speċifikazzjonijiet: Volta e-City",
    "<div class='spec-page'><h1>Speċifikazzjonijiet: Volta e-City</h1>"
    + paras("Il-karozza elettrika tiġi f'żewġ verżjonijiet b'batteriji differenti.")
    + "<table class='compare'><thead><tr><th></th><th>Standard</th><th>Long Range</th></tr>"
    "</thead><tbody><tr><th rowspan='2'>Batterija</th><td>40 kWh</td><td>58 kWh</td></tr>"
    "<tr><td>Ċarġ f'30 minuta</td><td>Ċarġ f'35 minuta</td></tr><tr><th>Firxa</th><td>310 km"
    "</td><td>450 km</td></tr><tr><th>Garanzija tal-batterija</th><td>8 snin</td><td>8 snin "
    "jew 160,000 km</td></tr></tbody></table>"
    + paras("Il-firxa tista' tonqos sa terz fix-xitwa jew b'veloċità għolja.")
    + "<a class='btn test-drive'>Ibbukkja test drive</a></div>",
    (
        "f'żewġ verżjonijiet b'batteriji differenti.",
        "Ċarġ f'35 minuta",
        "450 km",
        "8 snin jew 160,000 km",
        "tonqos sa terz fix-xitwa",
    ),
    ("Ibbukkja test drive",),
    path="mudelli/e-city/specs",
)

add(
    "phone_spec_dl_groups",
    SITES["bn"],
    "মেঘ ৭ প্রো: পূর্ণ বিবরণ",
    "<div class='specs-page'><h1>মেঘ ৭ প্রো: পূর্ণ বিবরণ</h1>"
    + "".join(
        f"<section class='spec-section'><h2>{g}</h2><dl class='spec-list'>"
        + "".join(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in items)
        + "</dl></section>"
        for g, items in (
            ("ডিসপ্লে", (("আকার", "৬.৭ ইঞ্চি"), ("রিফ্রেশ রেট", "১২০ হার্জ"))),
            ("ক্যামেরা", (("প্রধান", "৫০ মেগাপিক্সেল"), ("সেলফি", "১৬ মেগাপিক্সেল"))),
            ("ব্যাটারি", (("ক্ষমতা", "৫০০০ এমএএইচ"), ("চার্জিং", "৬৭ ওয়াট দ্রুত চার্জিং"))),
        )
    )
    + "<div class='spec-disclaimer'><p>বিবরণ পূর্ব ঘোষণা ছাড়াই পরিবর্তিত হতে পারে।</p></div>"
    "<div class='price-alert'><a>দাম কমলে জানান</a></div></div>",
    ("১২০ হার্জ", "৫০ মেগাপিক্সেল", "৫০০০ এমএএইচ", "৬৭ ওয়াট দ্রুত চার্জিং"),
    ("দাম কমলে জানান",),
    path="phones/megh-7-pro",
)


def _bulletin(title: str, parts: tuple[str, ...]) -> str:
    return f"<article class='release'><h1>{title}</h1>{''.join(parts)}</article>"


def _table(caption: str, head: tuple[str, ...], *body: tuple[str, ...]) -> str:
    table = rows(*body, head=head)
    return table.replace("<table>", f"<table class='stat'><caption>{caption}</caption>", 1)


add(
    "statistical_bulletin_three_tables",
    SITES["lv"],
    "Patēriņa cenu pārmaiņas 2026. gada novembrī",
    _bulletin(
        "Patēriņa cenu pārmaiņas 2026. gada novembrī",
        (
            paras("Novembrī patēriņa cenas salīdzinājumā ar oktobri pieauga par 0,4 %."),
            _table(
                "1. tabula. Cenu pārmaiņas pa grupām, %",
                ("Grupa", "Mēneša", "Gada"),
                ("Pārtika", "0,6", "3,1"),
                ("Mājoklis", "1,2", "5,4"),
                ("Transports", "−0,8", "1,0"),
            ),
            paras("Lielāko ietekmi uz cenu kāpumu atstāja siltumenerģijas tarifu pieaugums."),
            _table(
                "2. tabula. Preces un pakalpojumi, %",
                ("Veids", "Gada"),
                ("Preces", "2,2"),
                ("Pakalpojumi", "4,7"),
            ),
            _table(
                "3. tabula. Cenas reģionos, %",
                ("Reģions", "Gada"),
                ("Rīga", "3,3"),
                ("Kurzeme", "2,9"),
                ("Latgale", "2,4"),
            ),
            "<h2>Metodoloģiskie skaidrojumi</h2>",
            paras("Cenas reģistrē apmēram 2 800 tirdzniecības vietās visā valstī."),
            "<div class='release-tools'><a>Lejupielādēt tabulas (XLSX)</a><a>Datubāze</a></div>",
        ),
    ),
    (
        "pieauga par 0,4 %.",
        "−0,8",
        "siltumenerģijas tarifu pieaugums.",
        "2. tabula. Preces un pakalpojumi, %",
        "3. tabula. Cenas reģionos, %",
        "Latgale",
        "2 800 tirdzniecības vietās",
    ),
    ("Lejupielādēt tabulas (XLSX)", "Datubāze"),
    template="portal",
    path="statistika/cpi-2026-11",
)

add(
    "statistical_bulletin_tables_between_paragraphs",
    SITES["et"],
    "Sündimus ja suremus, 3. kvartal 2026",
    _bulletin(
        "Sündimus ja suremus, 3. kvartal 2026",
        (
            paras("Kolmandas kvartalis sündis 2 941 last, mis on 3 % vähem kui aasta varem."),
            _table(
                "Tabel 1. Sünnid maakonniti",
                ("Maakond", "Sünnid"),
                ("Harjumaa", "1 402"),
                ("Tartumaa", "466"),
                ("Ida-Virumaa", "231"),
            ),
            paras("Surmade arv ületas sündide arvu kuuendat kvartalit järjest."),
            _table(
                "Tabel 2. Surmad vanuserühmiti",
                ("Vanus", "Surmad"),
                ("0–64", "712"),
                ("65–79", "1 104"),
                ("80+", "2 085"),
            ),
            "<p class='note'><em>Andmed on esialgsed ja neid täpsustatakse aasta lõpus.</em></p>",
            "<div class='contact-box'><p>Lisateave: statistika teabetalitus</p></div>",
        ),
    ),
    (
        "3 % vähem kui aasta varem.",
        "Ida-Virumaa",
        "kuuendat kvartalit järjest.",
        "Tabel 2. Surmad vanuserühmiti",
        "2 085",
        "Andmed on esialgsed ja neid täpsustatakse aasta lõpus.",
    ),
    ("Lisateave: statistika teabetalitus",),
    template="portal",
    path="uudised/sundimus-2026-q3",
)

add(
    "statistical_bulletin_livestock_tables",
    SITES["mn"],
    "Мал тооллогын урьдчилсан дүн, 2026",
    _bulletin(
        "Мал тооллогын урьдчилсан дүн, 2026",
        (
            paras("Оны эцсийн тооллогоор нийт малын тоо 64,2 сая толгойд хүрлээ."),
            _table(
                "Хүснэгт 1. Малын тоо, сая толгой",
                ("Төрөл", "2025", "2026"),
                ("Хонь", "25,1", "25,8"),
                ("Ямаа", "24,6", "24,9"),
                ("Адуу", "4,3", "4,5"),
                ("Тэмээ", "0,5", "0,5"),
            ),
            paras("Ямааны тоо сүүлийн гурван жилд анх удаа өсөлттэй гарлаа."),
            _table(
                "Хүснэгт 2. Бүс нутгаар, хувь", ("Бүс", "Өсөлт"), ("Баруун", "1,8"), ("Зүүн", "3,2")
            ),
            paras("Эцсийн дүнг ирэх оны хоёрдугаар сард нийтэлнэ."),
        ),
    ),
    (
        "64,2 сая толгойд хүрлээ.",
        "Тэмээ",
        "анх удаа өсөлттэй гарлаа.",
        "Хүснэгт 2. Бүс нутгаар, хувь",
        "Зүүн",
        "хоёрдугаар сард нийтэлнэ.",
    ),
    template="portal",
    path="medee/mal-toollogo-2026",
)

add(
    "statistical_bulletin_remittances",
    SITES["ne"],
    "विप्रेषण आप्रवाह: कात्तिक २०८३",
    _bulletin(
        "विप्रेषण आप्रवाह: कात्तिक २०८३",
        (
            paras("कात्तिक महिनामा विप्रेषण आप्रवाह अघिल्लो महिनाको तुलनामा ८.२ प्रतिशतले बढेको छ।"),
            _table(
                "तालिका १: देशगत विप्रेषण (रु. अर्बमा)",
                ("देश", "रकम"),
                ("कतार", "२८.४"),
                ("साउदी अरब", "२४.१"),
                ("मलेसिया", "१९.७"),
            ),
            paras("चाडपर्वका कारण यस महिना विप्रेषण उच्च रहेको हो।"),
            _table(
                "तालिका २: माध्यमअनुसार",
                ("माध्यम", "हिस्सा"),
                ("बैंक", "७१ प्रतिशत"),
                ("रेमिट कम्पनी", "२९ प्रतिशत"),
            ),
            paras("यी तथ्याङ्क प्रारम्भिक हुन् र संशोधन हुन सक्छन्।"),
            "<div class='print-row'><a>छाप्नुहोस्</a><a>पीडीएफ डाउनलोड</a></div>",
        ),
    ),
    (
        "८.२ प्रतिशतले बढेको छ।",
        "मलेसिया",
        "विप्रेषण उच्च रहेको हो।",
        "तालिका २: माध्यमअनुसार",
        "२९ प्रतिशत",
        "यी तथ्याङ्क प्रारम्भिक हुन् र संशोधन हुन सक्छन्।",
    ),
    ("छाप्नुहोस्", "पीडीएफ डाउनलोड"),
    template="portal",
    path="tathyanka/bipreshan-kartik",
)


def _law(title: str, articles: tuple[tuple[str, str], ...], tail: str = "") -> str:
    """A statute's text: each article a heading and its html (numbered paragraphs, nested
    lists)."""
    return (
        f"<div class='act'><h1>{title}</h1>"
        + "".join(
            f"<div class='article'><h4 class='article-title'>{h}</h4>{b}</div>" for h, b in articles
        )
        + f"{tail}</div>"
    )


add(
    "statute_numbered_articles_nested_lists",
    SITES["sl"],
    "Odlok o urejanju javnih parkirišč",
    _law(
        "Odlok o urejanju javnih parkirišč",
        (
            ("1. člen", paras("Ta odlok ureja uporabo javnih parkirišč na območju občine.")),
            (
                "2. člen",
                paras("(1) Parkirišča se delijo v tri cone:")
                + bullets(
                    "cona A: mestno središče,",
                    "cona B: širše središče,",
                    "cona C: obrobje.",
                    tag="ol",
                ),
            ),
            (
                "3. člen",
                paras("(1) Parkiranje je brezplačno:")
                + (
                    "<ol type='a'><li>za invalide z veljavno parkirno karto,</li><li>za vozila na"
                    " električni pogon:<ol type='i'><li>do dveh ur v coni A,</li><li>brez omejitve"
                    " v conah B in C;</li></ol></li><li>ob nedeljah in praznikih.</li></ol>"
                ),
            ),
            ("4. člen", paras("Ta odlok začne veljati petnajsti dan po objavi v uradnem glasilu.")),
        ),
        "<div class='doc-tools'><a>Natisni</a><a>Prenesi PDF</a></div>",
    ),
    (
        "uporabo javnih parkirišč na območju občine.",
        "cona C: obrobje.",
        "za vozila na električni pogon:",
        "brez omejitve v conah B in C;",
        "ob nedeljah in praznikih.",
        "4. člen",
        "petnajsti dan po objavi v uradnem glasilu.",
    ),
    ("Natisni", "Prenesi PDF"),
    template="portal",
    path="predpisi/odlok-parkirisca",
)

add(
    "statute_chapters_and_points",
    SITES["mk"],
    "Правилник за користење на градската библиотека",
    _law(
        "Правилник за користење на градската библиотека",
        (
            ("Глава I. Општи одредби", ""),
            ("Член 1", paras("Со овој правилник се уредуваат условите за членство и позајмување.")),
            (
                "Член 2",
                paras("Член на библиотеката може да стане секое лице постаро од седум години."),
            ),
            ("Глава II. Позајмување", ""),
            (
                "Член 3",
                paras("Членот може истовремено да позајми:")
                + bullets("најмногу пет книги,", "две списанија,", "еден аудиовизуелен материјал."),
            ),
            (
                "Член 4",
                paras("За задоцнето враќање се плаќа надоместок од 10 денари дневно по книга."),
            ),
        ),
    ),
    (
        "условите за членство и позајмување.",
        "постаро од седум години.",
        "Глава II. Позајмување",
        "еден аудиовизуелен материјал.",
        "10 денари дневно по книга.",
    ),
    template="portal",
    path="pravilnik",
)

add(
    "statute_articles_in_divs_no_p",
    SITES["az"],
    "Mənzil-kommunal xidmətləri haqqında qaydalar",
    "<div class='law-text'><h1>Mənzil-kommunal xidmətləri haqqında qaydalar</h1>"
    + "".join(
        f"<div class='madde'><div class='madde-basliq'><b>Maddə {n}.</b> {h}</div><div "
        f"class='madde-metn'>{t}</div></div>"
        for n, h, t in (
            (
                1,
                "Əsas anlayışlar",
                "Bu qaydalarda istifadə olunan anlayışlar aşağıdakı mənaları ifadə"
                " edir.<br>1.1. istehlakçı – xidmətdən istifadə edən şəxs;<br>1.2. icraçı –"
                " xidməti göstərən təşkilat.",
            ),
            (
                2,
                "Ödəniş qaydası",
                "Xidmət haqqı hər ayın iyirminci gününədək ödənilir.<br>Gecikmə halında hər"
                " gün üçün 0,1 faiz dəbbə pulu hesablanır.",
            ),
            (
                3,
                "Şikayətlər",
                "İstehlakçı şikayəti yazılı və ya elektron formada təqdim edə"
                " bilər.<br>Şikayətə on beş iş günü ərzində cavab verilir.",
            ),
        )
    )
    + "</div>",
    (
        "1.2. icraçı – xidməti göstərən təşkilat.",
        "hər ayın iyirminci gününədək ödənilir.",
        "0,1 faiz dəbbə pulu hesablanır.",
        "Şikayətə on beş iş günü ərzində cavab verilir.",
    ),
    template="portal",
    path="qanunvericilik/qaydalar",
)

add(
    "statute_long_with_toc_and_back_links",
    SITES["ka"],
    "სკოლის შინაგანაწესი",
    "<div class='document'><h1>სკოლის შინაგანაწესი</h1><nav class='doc-toc'><p>სარჩევი</p><ul>"
    + "".join(f"<li><a href='#m{n}'>მუხლი {n}</a></li>" for n in range(1, 6))
    + "</ul></nav>"
    + "".join(
        f"<h3 id='m{n}'>მუხლი {n}. {h}</h3><p>{t}</p><a class='to-top' href='#top'>ზემოთ ↑</a>"
        for n, h, t in (
            (
                1,
                "ზოგადი დებულებები",
                "შინაგანაწესი სავალდებულოა ყველა მოსწავლისა და მასწავლებლისთვის.",
            ),
            (2, "სასწავლო დღე", "გაკვეთილები იწყება დილის რვა საათსა და ოცდაათ წუთზე."),
            (3, "ფორმა", "მოსწავლე სკოლაში დადის სკოლის მიერ დადგენილი ფორმით."),
            (4, "ტელეფონები", "გაკვეთილის დროს მობილური ტელეფონი უნდა იყოს გამორთული."),
            (
                5,
                "დასკვნითი დებულება",
                "შინაგანაწესი ძალაში შედის დირექტორის ბრძანების გამოცემისთანავე.",
            ),
        )
    )
    + "</div>",
    (
        "სავალდებულოა ყველა მოსწავლისა და მასწავლებლისთვის.",
        "მუხლი 4. ტელეფონები",
        "მობილური ტელეფონი უნდა იყოს გამორთული.",
        "მუხლი 5. დასკვნითი დებულება",
        "დირექტორის ბრძანების გამოცემისთანავე.",
    ),
    ("სარჩევი", "ზემოთ ↑"),
    template="portal",
    path="sinaganatesi",
)
