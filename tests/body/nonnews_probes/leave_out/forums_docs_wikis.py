"""Forum threads with signatures, post counters and "quote / reply / report" rows; docs
with "edit this page", "was this helpful?", version pickers and previous / next links;
wiki pages with edit links, navboxes and category footers."""

from __future__ import annotations

from ._registry import PROBES, docs, forum, wiki

# --- Forums --------------------------------------------------------------------------------

PROBES.add(
    "es_foro_firma_mensajes_citar_responder",
    "https://foro-acuarios.example.es/viewtopic.php?t=4471",
    forum(
        "es",
        "Agua turbia tras cambiar el filtro",
        (
            (
                "peztorre",
                (
                    "Hace una semana cambié el filtro de mochila por uno externo y desde "
                    "entonces el agua tiene un color blanquecino que no se va.",
                    "Los valores de amonio y nitritos salen a cero en las pruebas de gotas.",
                ),
            ),
            (
                "lunaverde",
                (
                    "Es casi seguro un brote bacteriano porque el filtro nuevo todavía no "
                    "tiene colonia; no hagas cambios grandes de agua y espera diez días.",
                ),
            ),
        ),
        board="Foro Acuarios Ibéricos",
        counter="Mensajes: 1.204",
        signature="Acuario de 120 litros plantado · Discos y corydoras desde 2019",
        actions=("Citar", "Responder", "Reportar mensaje"),
    ),
    (
        "el agua tiene un color blanquecino que no se va",
        "Los valores de amonio y nitritos salen a cero",
        "no hagas cambios grandes de agua y espera diez días",
    ),
    ("Mensajes: 1.204", "Acuario de 120 litros plantado", "Reportar mensaje"),
)

PROBES.add(
    "uk_forum_pidpys_lichylnyk_tsytuvaty",
    "https://forum-velo.example.ua/topic/2231",
    forum(
        "uk",
        "Скрипить каретка після дощу",
        (
            (
                "andrii_k",
                (
                    "Після поїздки під дощем каретка почала скрипіти на кожному оберті "
                    "педалей, особливо під навантаженням.",
                    "Чи варто одразу міняти підшипники, чи спершу просто розібрати й змастити?",
                ),
            ),
            (
                "oksana_velo",
                (
                    "Спершу зніміть шатуни і перевірте, чи не потрапив пісок; у мене скрип "
                    "зник після чищення і свіжого мастила на різьбі.",
                ),
            ),
        ),
        board="Велофорум",
        counter="Повідомлень: 3 517",
        signature="Шосейник 2014 року, сталь, і досі їздить",
        actions=("Цитувати", "Відповісти", "Поскаржитися"),
    ),
    (
        "каретка почала скрипіти на кожному оберті",
        "чи спершу просто розібрати й змастити",
        "скрип зник після чищення і свіжого мастила",
    ),
    ("Повідомлень: 3 517", "Шосейник 2014 року", "Поскаржитися"),
)

PROBES.add(
    "fa_forum_emza_shomarande_naghl",
    "https://anjoman-baghban.example.ir/thread/918",
    forum(
        "fa",
        "زرد شدن برگ‌های لیمو در زمستان",
        (
            (
                "golnar",
                (
                    "درخت لیموی گلدانی من از اول آذر برگ‌هایش زرد شده و چند برگ هم ریخته است.",
                    "گلدان کنار پنجره رو به جنوب است و هفته‌ای یک بار آب می‌دهم.",
                ),
            ),
            (
                "baghban_pir",
                (
                    "در زمستان آبیاری را کمتر کنید و مراقب باشید ریشه در آب نماند؛ کمبود آهن "
                    "هم همین نشانه را دارد.",
                ),
            ),
        ),
        board="انجمن باغبانی",
        counter="تعداد پست‌ها: ۸۴۲",
        signature="باغچه کوچک در حیاط، از سال ۱۳۹۵",
        actions=("نقل قول", "پاسخ", "گزارش تخلف"),
        dir_="rtl",
    ),
    (
        "از اول آذر برگ‌هایش زرد شده",
        "هفته‌ای یک بار آب می‌دهم",
        "در زمستان آبیاری را کمتر کنید",
    ),
    ("تعداد پست‌ها: ۸۴۲", "باغچه کوچک در حیاط", "گزارش تخلف"),
)

PROBES.add(
    "vi_dien_dan_chu_ky_so_bai_trich_dan",
    "https://diendan-maybay.example.vn/threads/5120",
    forum(
        "vi",
        "Máy ảnh phim bị kẹt cần lên phim",
        (
            (
                "tuanfilm",
                (
                    "Chiếc máy ảnh phim cũ của bố tôi bị kẹt cần lên phim sau khi chụp được "
                    "mười hai kiểu.",
                    "Tôi không dám ép mạnh vì sợ rách phim bên trong.",
                ),
            ),
            (
                "hoa_analog",
                (
                    "Bạn hãy vào phòng tối, bấm nút nhả ở đáy máy rồi tua phim ngược lại; "
                    "thường là pin yếu hoặc phim đã hết.",
                ),
            ),
        ),
        board="Diễn đàn Máy ảnh Cổ",
        counter="Bài viết: 2.650",
        signature="Chụp phim từ năm 2010 · Hà Nội",
        actions=("Trích dẫn", "Trả lời", "Báo cáo vi phạm"),
    ),
    (
        "bị kẹt cần lên phim sau khi chụp được mười hai kiểu",
        "không dám ép mạnh vì sợ rách phim",
        "bấm nút nhả ở đáy máy rồi tua phim ngược lại",
    ),
    ("Bài viết: 2.650", "Chụp phim từ năm 2010", "Báo cáo vi phạm"),
)

PROBES.add(
    "cs_forum_podpis_prispevky_citovat",
    "https://vceli-forum.example.cz/tema/7734",
    forum(
        "cs",
        "Včely na podzim nechtějí brát krmení",
        (
            (
                "medar_jirka",
                (
                    "Letos v září mi dvě slabší včelstva přestala brát cukerný roztok, i "
                    "když bylo ještě teplo.",
                    "Krmítka mám stropní a roztok dělám v poměru tři ku dvěma.",
                ),
            ),
            (
                "vcelarka_z_hor",
                (
                    "Zkuste roztok podávat teplý a večer; slabá včelstva často nemají dost "
                    "létavek, aby ho stihla uložit.",
                ),
            ),
        ),
        board="Včelařské fórum",
        counter="Příspěvky: 915",
        signature="12 včelstev, Vysočina, kraňka",
        actions=("Citovat", "Odpovědět", "Nahlásit příspěvek"),
    ),
    (
        "přestala brát cukerný roztok",
        "roztok dělám v poměru tři ku dvěma",
        "slabá včelstva často nemají dost létavek",
    ),
    ("Příspěvky: 915", "12 včelstev, Vysočina", "Nahlásit příspěvek"),
)

# --- Docs ----------------------------------------------------------------------------------

PROBES.add(
    "en_docs_edit_helpful_version_pager",
    "https://docs.quillstack.example.dev/guides/caching",
    docs(
        "en",
        "Caching responses",
        "<p>Quillstack keeps a response in its cache when the handler marks it as public and "
        "the request carries no session cookie.</p><h2>Choosing a lifetime</h2><p>Set the "
        "lifetime with the <code>max_age</code> option; pages that change hourly are best "
        "served with a lifetime of a few minutes and revalidated in the background.</p><pre>"
        "<code>cache.public(max_age=300)</code></pre><p>Responses larger than the "
        "configured limit are never cached, whatever their headers say.</p>",
        product="Quillstack",
        version="Version 3.2",
        edit="Edit this page",
        helpful="Was this page helpful?",
        prev="« Routing",
        next_="Sessions »",
    ),
    (
        "keeps a response in its cache when the handler marks it as public",
        "revalidated in the background",
        "Responses larger than the configured limit are never cached",
    ),
    ("Edit this page", "Was this page helpful?", "Version 3.2", "« Routing", "Sessions »"),
)

PROBES.add(
    "sv_docs_redigera_hjalpsam_version",
    "https://dokument.fjarilsdata.example.se/handbok/import",
    docs(
        "sv",
        "Importera kunddata",
        "<p>Fjärilsdata läser kunddata från CSV-filer där första raden innehåller "
        "kolumnernas namn.</p><h2>Teckenkodning</h2><p>Filerna ska vara sparade i UTF-8; "
        "äldre filer i Latin-1 konverteras automatiskt men kan då få fel på tecken som å, "
        "ä och ö.</p><p>Om importen avbryts sparas en logg med radnumret där felet "
        "upptäcktes.</p>",
        product="Fjärilsdata",
        version="Version 5.1",
        edit="Redigera den här sidan",
        helpful="Var den här sidan till hjälp?",
        prev="« Kom igång",
        next_="Exportera rapporter »",
    ),
    (
        "läser kunddata från CSV-filer där första raden innehåller",
        "äldre filer i Latin-1 konverteras automatiskt",
        "sparas en logg med radnumret där felet upptäcktes",
    ),
    ("Redigera den här sidan", "Var den här sidan till hjälp?", "Exportera rapporter"),
)

PROBES.add(
    "ja_docs_henshu_yakudachi_version",
    "https://docs.kumokiroku.example.jp/ja/guide/backup",
    docs(
        "ja",
        "バックアップの設定",
        "<p>雲記録では、毎日午前三時にデータベース全体のバックアップを自動で作成します。</p>"
        "<h2>保存期間</h2><p>バックアップは既定で三十日間保存され、管理画面から最大一年まで延長"
        "できます。</p><p>復元を行うと、その時点以降に追加されたデータはすべて失われるため、"
        "事前に書き出しを行ってください。</p>",
        product="雲記録",
        version="バージョン 2.4",
        edit="このページを編集",
        helpful="このページは役に立ちましたか？",
        prev="« ユーザー管理",
        next_="監査ログ »",
    ),
    (
        "毎日午前三時にデータベース全体のバックアップを自動で作成します",
        "管理画面から最大一年まで延長できます",
        "事前に書き出しを行ってください",
    ),
    ("このページを編集", "このページは役に立ちましたか", "バージョン 2.4", "監査ログ"),
)

PROBES.add(
    "id_docs_sunting_membantu_versi",
    "https://dok.kasirku.example.id/panduan/diskon",
    docs(
        "id",
        "Mengatur diskon",
        "<p>Kasirku dapat menerapkan diskon per barang atau per transaksi, tetapi tidak "
        "keduanya sekaligus pada satu struk.</p><h2>Diskon berjangka</h2><p>Diskon berjangka "
        "aktif otomatis pada tanggal mulai dan berhenti pada pukul 23.59 di tanggal akhir."
        "</p><p>Kasir tanpa hak pengelola tidak dapat mengubah besaran diskon saat "
        "transaksi berlangsung.</p>",
        product="Kasirku",
        version="Versi 4.0",
        edit="Sunting halaman ini",
        helpful="Apakah halaman ini membantu?",
        prev="« Menambah produk",
        next_="Laporan harian »",
    ),
    (
        "tidak keduanya sekaligus pada satu struk",
        "berhenti pada pukul 23.59 di tanggal akhir",
        "tidak dapat mengubah besaran diskon saat transaksi",
    ),
    ("Sunting halaman ini", "Apakah halaman ini membantu?", "Versi 4.0", "Laporan harian"),
)

PROBES.add(
    "el_docs_epexergasia_voithitiki_ekdosi",
    "https://docs.kypseli.example.gr/odigos/eggrafi",
    docs(
        "el",
        "Εγγραφή χρηστών",
        "<p>Η Κυψέλη επιτρέπει την εγγραφή νέων χρηστών μόνο με πρόσκληση από διαχειριστή "
        "του οργανισμού.</p><h2>Λήξη πρόσκλησης</h2><p>Κάθε πρόσκληση ισχύει για επτά ημέρες "
        "και μπορεί να σταλεί ξανά από τη λίστα εκκρεμών προσκλήσεων.</p><p>Οι χρήστες που "
        "εγγράφονται λαμβάνουν αυτόματα τον ρόλο του αναγνώστη.</p>",
        product="Κυψέλη",
        version="Έκδοση 1.8",
        edit="Επεξεργασία σελίδας",
        helpful="Σας βοήθησε αυτή η σελίδα;",
        prev="« Ρυθμίσεις οργανισμού",
        next_="Ρόλοι και δικαιώματα »",
    ),
    (
        "μόνο με πρόσκληση από διαχειριστή",
        "Κάθε πρόσκληση ισχύει για επτά ημέρες",
        "λαμβάνουν αυτόματα τον ρόλο του αναγνώστη",
    ),
    ("Επεξεργασία σελίδας", "Σας βοήθησε αυτή η σελίδα", "Έκδοση 1.8", "Ρόλοι και δικαιώματα"),
)

PROBES.add(
    "fi_docs_muokkaa_hyodyllinen_versio",
    "https://ohjeet.revontuli.example.fi/opas/laskutus",
    docs(
        "fi",
        "Laskujen lähettäminen",
        "<p>Revontuli lähettää laskut verkkolaskuina, jos asiakkaan tiedoissa on "
        "verkkolaskuosoite, ja muuten sähköpostina.</p><h2>Maksumuistutukset</h2><p>"
        "Muistutus lähtee automaattisesti seitsemän päivän kuluttua eräpäivästä, ellei "
        "laskua ole merkitty maksetuksi.</p><p>Hyvityslasku kumoaa alkuperäisen laskun "
        "saldon mutta ei poista sitä arkistosta.</p>",
        product="Revontuli",
        version="Versio 7.3",
        edit="Muokkaa tätä sivua",
        helpful="Oliko tästä sivusta apua?",
        prev="« Asiakasrekisteri",
        next_="Raportit »",
    ),
    (
        "lähettää laskut verkkolaskuina",
        "seitsemän päivän kuluttua eräpäivästä",
        "ei poista sitä arkistosta",
    ),
    ("Muokkaa tätä sivua", "Oliko tästä sivusta apua?", "Versio 7.3"),
)

# --- Wikis ---------------------------------------------------------------------------------

PROBES.add(
    "bg_wiki_redaktirane_navbox_kategorii",
    "https://wiki.planinski.example.bg/wiki/Хижа_Ведрица",
    wiki(
        "bg",
        "Хижа Ведрица",
        (
            (
                "",
                (
                    "Хижа Ведрица е планинска хижа на 1840 метра надморска височина, построена "
                    "от местното туристическо дружество през 1936 година.",
                ),
            ),
            (
                "История",
                (
                    "Първоначалната дървена сграда изгаря през зимата на 1961 година и е "
                    "заменена с каменна постройка с четиридесет легла.",
                ),
            ),
            (
                "Достъп",
                (
                    "От село Равнец до хижата води маркирана пътека, която се изкачва за "
                    "около три часа покрай Ведришката река.",
                ),
            ),
        ),
        site="Планинска уики",
        edit="редактиране",
        navbox_title="Хижи в планината",
        navbox=("Хижа Бор", "Хижа Синия камък", "Хижа Загорка", "Заслон Орел"),
        cats_label="Категории",
        cats=("Хижи в България", "Сгради от 1936 година"),
    ),
    (
        "построена от местното туристическо дружество през 1936 година",
        "заменена с каменна постройка с четиридесет легла",
        "изкачва за около три часа покрай Ведришката река",
    ),
    ("редактиране", "Хижа Синия камък", "Хижи в България"),
)

PROBES.add(
    "ka_wiki_redaktireba_navbox_kategoriebi",
    "https://wiki.mtebi.example.ge/wiki/ტბა_ლურჯი",
    wiki(
        "ka",
        "ლურჯი ტბა",
        (
            (
                "",
                (
                    "ლურჯი ტბა არის მყინვარული წარმოშობის ტბა, რომელიც ზღვის დონიდან ორი "
                    "ათას სამას მეტრზე მდებარეობს.",
                ),
            ),
            (
                "გეოგრაფია",
                (
                    "ტბას კვებავს სამი პატარა ნაკადული, ზამთარში კი მისი ზედაპირი ოთხი თვის "
                    "განმავლობაში ყინულით არის დაფარული.",
                ),
            ),
            (
                "ტურიზმი",
                (
                    "ზაფხულში ტბასთან ახლომდებარე სოფლიდან ცხენით ან ფეხით ასვლა დაახლოებით "
                    "ოთხ საათს გრძელდება.",
                ),
            ),
        ),
        site="მთების ვიკი",
        edit="რედაქტირება",
        navbox_title="მთის ტბები",
        navbox=("შავი ტბა", "თეთრი ტბა", "ქვის ტბა"),
        cats_label="კატეგორიები",
        cats=("მყინვარული ტბები", "მთის ტბები"),
    ),
    (
        "მყინვარული წარმოშობის ტბა",
        "ოთხი თვის განმავლობაში ყინულით არის დაფარული",
        "ცხენით ან ფეხით ასვლა დაახლოებით ოთხ საათს გრძელდება",
    ),
    ("რედაქტირება", "თეთრი ტბა", "მყინვარული ტბები"),
)

PROBES.add(
    "hu_wiki_szerkesztes_navbox_kategoriak",
    "https://wiki.vasut.example.hu/wiki/Kisvölgyi_kisvasút",
    wiki(
        "hu",
        "Kisvölgyi kisvasút",
        (
            (
                "",
                (
                    "A Kisvölgyi kisvasút egy 760 milliméteres nyomtávolságú erdei vasút, "
                    "amelyet 1912-ben nyitottak meg a fakitermelés számára.",
                ),
            ),
            (
                "Története",
                (
                    "A személyszállítás 1958-ban indult el, amikor a közeli falvak lakói "
                    "kérésére két nyitott kocsit állítottak forgalomba.",
                ),
            ),
            (
                "Járművek",
                (
                    "A vasút legrégebbi mozdonya egy 1927-ben épült gőzmozdony, amely ma "
                    "is ünnepi alkalmakkor közlekedik.",
                ),
            ),
        ),
        site="Vasúti wiki",
        edit="szerkesztés",
        navbox_title="Magyarországi erdei vasutak",
        navbox=("Hegyháti erdei vasút", "Nádasi kisvasút", "Bükkaljai vasút"),
        cats_label="Kategóriák",
        cats=("Keskeny nyomtávú vasutak", "1912-ben megnyílt vasútvonalak"),
    ),
    (
        "amelyet 1912-ben nyitottak meg a fakitermelés számára",
        "két nyitott kocsit állítottak forgalomba",
        "ma is ünnepi alkalmakkor közlekedik",
    ),
    ("szerkesztés", "Nádasi kisvasút", "Keskeny nyomtávú vasutak"),
)

PROBES.add(
    "ro_wiki_modificare_navbox_categorii",
    "https://wiki.manastiri.example.ro/wiki/Schitul_Poiana_Seacă",
    wiki(
        "ro",
        "Schitul Poiana Seacă",
        (
            (
                "",
                (
                    "Schitul Poiana Seacă este un mic așezământ monahal ridicat în lemn la "
                    "marginea unei poieni, la o oră de mers de satul Valea Rece.",
                ),
            ),
            (
                "Istoric",
                (
                    "Biserica actuală a fost construită în 1788 de meșteri din zonă, pe locul "
                    "unei bisericuțe mai vechi distruse de o furtună.",
                ),
            ),
            (
                "Arhitectură",
                (
                    "Acoperișul înalt din șindrilă și pridvorul deschis pe latura de sud sunt "
                    "tipice pentru bisericile de lemn din această vale.",
                ),
            ),
        ),
        site="Wiki Mănăstiri",
        edit="modificare",
        navbox_title="Schituri din județ",
        navbox=("Schitul Brădet", "Schitul Izvoare", "Schitul Piatra Albă"),
        cats_label="Categorii",
        cats=("Biserici de lemn", "Monumente istorice"),
    ),
    (
        "ridicat în lemn la marginea unei poieni",
        "Biserica actuală a fost construită în 1788",
        "Acoperișul înalt din șindrilă și pridvorul deschis",
    ),
    ("modificare", "Schitul Piatra Albă", "Biserici de lemn"),
)

PROBES.add(
    "bn_wiki_sompadona_navbox_bishoyshreni",
    "https://wiki.nodi.example.bd/wiki/চন্দনা_নদী",
    wiki(
        "bn",
        "চন্দনা নদী",
        (
            (
                "",
                (
                    "চন্দনা নদী একটি ছোট নদী, যা উত্তরের পাহাড়ি এলাকা থেকে নেমে প্রায় আশি "
                    "কিলোমিটার পথ পেরিয়ে বড় নদীতে মিশেছে।",
                ),
            ),
            (
                "প্রবাহ",
                ("বর্ষাকালে নদীর পানি দুই পাড় ছাপিয়ে যায়, কিন্তু শীতকালে অনেক জায়গায় হেঁটেই নদী পার হওয়া যায়।",),
            ),
            (
                "অর্থনীতি",
                ("নদীর তীরের গ্রামগুলোর মানুষ মাছ ধরা আর পলি মাটিতে সবজি চাষ করে জীবিকা নির্বাহ করেন।",),
            ),
        ),
        site="নদী উইকি",
        edit="সম্পাদনা",
        navbox_title="উত্তরাঞ্চলের নদী",
        navbox=("কাজলী নদী", "মধুমতী শাখা", "শ্যামা নদী"),
        cats_label="বিষয়শ্রেণী",
        cats=("ছোট নদী", "উত্তরাঞ্চলের ভূগোল"),
    ),
    (
        "প্রায় আশি কিলোমিটার পথ পেরিয়ে বড় নদীতে মিশেছে",
        "শীতকালে অনেক জায়গায় হেঁটেই নদী পার হওয়া যায়",
        "পলি মাটিতে সবজি চাষ করে জীবিকা নির্বাহ করেন",
    ),
    ("সম্পাদনা", "মধুমতী শাখা", "উত্তরাঞ্চলের ভূগোল"),
)
