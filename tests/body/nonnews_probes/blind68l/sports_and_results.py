"""The blind68l sports live pages (minute marks for times, a scoreboard over the stream)
and election results pages (a results table the text is read with), and the remaining
languages' news live pages."""

from __future__ import annotations

from ._kit import Entry, Words, add, embed, image, table


def scoreboard(home: str, away: str, score: str, stats: str) -> str:
    """A match's scoreboard and its tabs: neutral, but for the tab labels (``stats``)."""
    return (
        f"<div class='scoreboard'><span class='team home'>{home}</span><span "
        f"class='score'>{score}</span><span class='team away'>{away}</span><nav "
        f"class='match-tabs'><a href='#live'>Live</a><a href='#stats'>{stats}</a></nav></div>"
    )


TR = Words(
    lang="tr",
    share="Bu gelişmeyi paylaş",
    copy_link="Bağlantıyı kopyala",
    pinned="Sabitlendi",
    load_more="Daha fazla gelişme yükle",
    updated="3 dakika önce güncellendi",
    ticker_title="Diğer canlı yayınlar",
    ticker=("Canlı: Meclis'te bütçe görüşmeleri", "Basketbol Süper Ligi canlı"),
    key_points="Öne çıkanlar",
    view_on="Gönderiyi X'te gör",
)
add(
    "derbi_canli",
    TR,
    "Karadeniz derbisi canlı anlatım",
    (
        "İlk yarı 1-0 ev sahibinin üstünlüğüyle bitti.",
        "Konuk takım 60. dakikadan beri on kişi oynuyor.",
    ),
    ("Ligin zirvesini ilgilendiren maçta iki takım da eksik kadrolarla sahaya çıktı.",),
    (
        Entry(
            "78'",
            "GOL! Fark ikiye çıktı",
            (
                "Sağ kanattan gelen ortada kaleci topu kontrol edemedi, arka direkte bekleyen "
                "forvet boş kaleye gönderdi.",
            ),
        ),
        Entry(
            "60'",
            "Kırmızı kart",
            (
                "Orta sahada arkadan yaptığı müdahale sonrası konuk takımın kaptanı doğrudan "
                "kırmızı kartla oyundan atıldı.",
            ),
        ),
        Entry(
            "23'",
            "",
            ("Ev sahibi köşe vuruşundan gelen topa kafayı vuran stoperle öne geçti.",),
            image("Golün ardından tribünler."),
        ),
    ),
    top=scoreboard("Rize Gençlik", "Ordu Spor", "2 - 0", "Maç istatistikleri"),
    out=("Maç istatistikleri",),
    also_hashed=True,
)

CS = Words(
    lang="cs",
    share="Sdílet příspěvek",
    copy_link="Kopírovat odkaz na příspěvek",
    pinned="Připnuto",
    load_more="Načíst starší příspěvky",
    updated="Aktualizováno před 2 minutami",
    ticker_title="Další online přenosy",
    ticker=("Online: jednání Sněmovny", "Extraliga ledního hokeje online"),
    key_points="Stručně",
    view_on="Zobrazit příspěvek na X",
)
add(
    "hokej_online",
    CS,
    "Hokejové finále online: Kladno proti Zlínu",
    (
        "Zlín vede v sérii 3:2 a může dnes slavit titul.",
        "Kladno nastoupilo bez zraněného brankáře.",
    ),
    (),
    (
        Entry(
            "52. min",
            "Vyrovnáno!",
            ("Kladenský obránce pálil od modré čáry a puk si našel cestu mezi betony do sítě.",),
        ),
        Entry(
            "38. min",
            "",
            (
                "Zlínští využili přesilovou hru, střelou z mezikruží se trefil jejich "
                "nejlepší střelec sezony.",
            ),
            embed(CS, "Jaká atmosféra na stadionu!", "Hokejová liga (@hokejliga)"),
        ),
        Entry(
            "12. min",
            "Tyčka a pak první gól",
            (
                "Po nahrávce zpoza branky nejprve trefil tyčku, dorážku pak poslal do prázdné "
                "branky.",
            ),
        ),
    ),
    top=scoreboard("Kladno", "Zlín", "2:2", "Statistiky zápasu"),
    out=("Statistiky zápasu",),
    layout="timeline",
)

FI = Words(
    lang="fi",
    share="Jaa päivitys",
    copy_link="Kopioi linkki",
    pinned="Kiinnitetty",
    load_more="Lataa lisää päivityksiä",
    updated="Päivitetty 4 minuuttia sitten",
    ticker_title="Muut seurannat",
    ticker=("Seurannassa eduskunnan kyselytunti", "Liiga-kierros hetki hetkeltä"),
    key_points="Pääkohdat",
    view_on="Katso julkaisu X:ssä",
)
add(
    "hiihto_seuranta",
    FI,
    "Hiihdon maailmancup Rukalla – seuraa hetki hetkeltä",
    (
        "Naisten kymmenen kilometrin vapaan kisa starttaa kello 12.",
        "Suomen joukkueessa on kuusi hiihtäjää.",
    ),
    ("Rukan avauskisoissa sää on kylmä mutta tyyni, ja latu on nopeassa kunnossa.",),
    (
        Entry(
            "12.48",
            "Suomalainen kärkikolmikossa",
            (
                "Väliajalla seitsemän kilometrin kohdalla suomalainen on kolmantena, kuusi "
                "sekuntia johtajan perässä.",
            ),
        ),
        Entry(
            "12.20",
            "",
            ("Ensimmäinen nousu Rukan rinteeseen harventaa kärkijoukkoa selvästi.",),
        ),
        Entry(
            "11.55",
            "Valmentaja lupaa hyvää",
            (
                "Päävalmentaja kertoi aamulla, että suksien voitelu onnistui testeissä "
                "erinomaisesti.",
            ),
            image("Hiihtäjät lämmittelevät Rukan stadionilla."),
        ),
    ),
    layout="bare",
)

RO = Words(
    lang="ro",
    share="Distribuie actualizarea",
    copy_link="Copiază linkul",
    pinned="Fixat",
    load_more="Încarcă mai multe actualizări",
    updated="Actualizat acum 5 minute",
    ticker_title="Alte transmisiuni live",
    ticker=("Live: ședința de guvern", "Superliga, minut cu minut"),
    key_points="Pe scurt",
    view_on="Vezi postarea pe X",
)
_RO_TABLE = table(
    ("Partid", "Voturi", "Procent"),
    ("Alianța Verde Dunăreană", "412.300", "31,4%"),
    ("Partidul Muntenilor", "355.120", "27,1%"),
)
add(
    "rezultate_alegeri",
    RO,
    "Alegeri locale 2026: rezultatele parțiale, live",
    ("Au fost numărate 82 la sută din voturi.", "Prezența la vot a fost de 48 la sută."),
    (
        "Birourile electorale continuă numărătoarea în marile orașe, iar primele rezultate "
        "arată o cursă strânsă.",
    ),
    (
        Entry(
            "23:40",
            "Noile cifre de la Biroul Electoral Central",
            (
                "După numărarea a patru cincimi din buletine, ordinea din fruntea "
                "clasamentului nu s-a schimbat.",
            ),
            _RO_TABLE,
            must=("Alianța Verde Dunăreană", "31,4%"),
        ),
        Entry(
            "22:15",
            "",
            (
                "Liderul Partidului Muntenilor a spus la sediul partidului că așteaptă "
                "rezultatele finale înainte de orice declarație.",
            ),
        ),
        Entry(
            "21:00",
            "Urnele s-au închis",
            (
                "Secțiile de votare s-au închis la ora 21, cu excepția celor în care mai erau "
                "alegători la coadă.",
            ),
        ),
    ),
    also_hashed=True,
)

HU = Words(
    lang="hu",
    share="Bejegyzés megosztása",
    copy_link="Link másolása",
    pinned="Kitűzve",
    load_more="További bejegyzések betöltése",
    updated="Frissítve 6 perce",
    ticker_title="További élő közvetítések",
    ticker=("Élő: parlamenti vita", "NB I percről percre"),
    key_points="A legfontosabbak",
    view_on="Bejegyzés megtekintése az X-en",
)
add(
    "valasztas_eredmenyek",
    HU,
    "Időközi választás Pécsen – élő eredmények",
    ("A szavazatok 90 százalékát megszámolták.", "A részvétel 39 százalékos volt."),
    (),
    (
        Entry(
            "21:30",
            "Kiegyenlített verseny a belvárosban",
            (
                "A belvárosi körzetben mindössze száztizenkét szavazat választja el egymástól "
                "a két vezető jelöltet.",
            ),
            table(
                ("Jelölt", "Szavazat", "Arány"),
                ("Tóth Ilona", "4 812", "44,6%"),
                ("Kardos Péter", "4 700", "43,5%"),
            ),
            must=("Tóth Ilona", "44,6%"),
        ),
        Entry(
            "20:05",
            "",
            (
                "A helyi választási iroda szerint a levélszavazatokat csak holnap délelőtt "
                "számolják meg.",
            ),
        ),
    ),
    layout="timeline",
)

EL = Words(
    lang="el",
    share="Κοινοποίηση ενημέρωσης",
    copy_link="Αντιγραφή συνδέσμου",
    pinned="Καρφιτσωμένο",
    load_more="Φόρτωση περισσότερων",
    updated="Ενημερώθηκε πριν από 3 λεπτά",
    ticker_title="Άλλες ζωντανές ενημερώσεις",
    ticker=("Live: η συζήτηση στη Βουλή", "Super League: οι αγώνες live"),
    key_points="Με μια ματιά",
    view_on="Δείτε την ανάρτηση στο X",
)
add(
    "seismos_kriti",
    EL,
    "Σεισμός στην Κρήτη: ζωντανή ενημέρωση",
    ("Ο σεισμός είχε μέγεθος 5,6 Ρίχτερ.", "Δεν αναφέρονται τραυματισμοί μέχρι στιγμής."),
    ("Η δόνηση έγινε αισθητή σε όλο το νησί λίγο μετά τις επτά το πρωί.",),
    (
        Entry(
            "10:15",
            "Κλειστά τα σχολεία στο Ηράκλειο",
            (
                "Ο δήμαρχος ανακοίνωσε ότι τα σχολεία θα μείνουν κλειστά σήμερα ώστε να "
                "ελεγχθούν τα κτίρια από μηχανικούς.",
            ),
        ),
        Entry(
            "08:50",
            "",
            (
                "Σεισμολόγοι εκτιμούν ότι η σεισμική ακολουθία θα συνεχιστεί τις επόμενες "
                "ημέρες χωρίς μεγαλύτερο κίνδυνο.",
            ),
            embed(EL, "Παραμένουμε σε επιφυλακή.", "Πολιτική Προστασία (@civilprotection)"),
        ),
    ),
    pinned=Entry(
        "07:30",
        "Οδηγίες προς τους πολίτες",
        ("Απομακρυνθείτε από κτίρια με ορατές ρωγμές και ακολουθήστε τις οδηγίες των αρχών.",),
    ),
    layout="bare",
    also_hashed=True,
)

UK = Words(
    lang="uk",
    share="Поділитися дописом",
    copy_link="Скопіювати посилання",
    pinned="Закріплено",
    load_more="Завантажити ще",
    updated="Оновлено 5 хвилин тому",
    ticker_title="Інші онлайн-трансляції",
    ticker=("Онлайн: засідання Верховної Ради", "УПЛ онлайн"),
    key_points="Головне",
    view_on="Переглянути допис в X",
)
add(
    "negoda_lviv",
    UK,
    "Негода на Львівщині: онлайн",
    (
        "Без світла залишаються понад двадцять населених пунктів.",
        "Рятувальники розчищають дороги від повалених дерев.",
    ),
    ("Сильний вітер та мокрий сніг пошкодили лінії електропередач у кількох районах області.",),
    (
        Entry(
            "17:40",
            "Енергетики відновили живлення у Самборі",
            (
                "Бригади обласного енергопостачальника працювали з ранку, щоб повернути "
                "світло до лікарні та шкіл.",
            ),
        ),
        Entry(
            "15:05",
            "",
            ("Рух вантажівок трасою на Ужгород тимчасово обмежили через ожеледицю на перевалі.",),
            image("Рятувальники прибирають дерево з дороги."),
        ),
        Entry(
            "13:30",
            "Школи перейшли на дистанційне навчання",
            (
                "Обласна адміністрація рекомендувала школам гірських громад провести "
                "завтрашні уроки онлайн.",
            ),
        ),
    ),
)

JA = Words(
    lang="ja",
    share="この投稿をシェア",
    copy_link="リンクをコピー",
    pinned="固定された投稿",
    load_more="さらに読み込む",
    updated="5分前に更新",
    ticker_title="ほかのライブ速報",
    ticker=("国会中継の速報", "プロ野球の試合速報"),
    key_points="ポイント",
    view_on="Xで投稿を見る",
)
add(
    "taifu_sokuho",
    JA,
    "台風12号、九州に接近 ライブ速報",
    (
        "台風は夕方に鹿児島県に上陸するおそれがあります。",
        "九州新幹線は午後から運転を見合わせています。",
    ),
    ("気象庁によりますと、台風12号は強い勢力を保ったまま北上を続けています。",),
    (
        Entry(
            "15:20",
            "宮崎県で避難指示",
            ("宮崎県内の六つの市町村が、川沿いの地域に住む人たちに避難指示を出しました。",),
        ),
        Entry(
            "14:05",
            "",
            ("鹿児島空港を発着する便は、午後の全便が欠航となりました。",),
            embed(JA, "不要不急の外出は控えてください。", "鹿児島県 (@kagoshima_pref)"),
        ),
        Entry(
            "12:40",
            "スーパーに買い出しの客",
            ("鹿児島市内のスーパーでは、朝から水やパンを買い求める人の列ができました。",),
        ),
    ),
    layout="timeline",
)

DA = Words(
    lang="da",
    share="Del opdateringen",
    copy_link="Kopiér link",
    pinned="Fastgjort",
    load_more="Indlæs flere opdateringer",
    updated="Opdateret for 2 minutter siden",
    ticker_title="Andre liveblogs",
    ticker=("Live: Folketingets afslutningsdebat", "Superligaen live"),
    key_points="Kort fortalt",
    view_on="Se opslaget på X",
)
add(
    "valg_kommune",
    DA,
    "Kommunalvalget i Aarhus: følg optællingen live",
    (
        "Alle 48 afstemningssteder har indberettet resultater.",
        "Valgdeltagelsen endte på 67 procent.",
    ),
    (
        "Optællingen af stemmerne fra kommunalvalget er næsten færdig, og borgmesterposten "
        "ser ud til at skifte parti.",
    ),
    (
        Entry(
            "23.55",
            "Det endelige resultat",
            (
                "Med alle stemmer talt op bliver Fjordlisten det største parti i byrådet for "
                "første gang.",
            ),
            table(
                ("Parti", "Stemmer", "Mandater"),
                ("Fjordlisten", "61.240", "10"),
                ("Byens Folkeparti", "52.980", "9"),
            ),
            must=("Fjordlisten", "61.240"),
        ),
        Entry(
            "22.40",
            "",
            (
                "Den afgående borgmester har ringet til sin udfordrer og lykønsket hende med "
                "valget.",
            ),
        ),
    ),
    layout="bare",
)
