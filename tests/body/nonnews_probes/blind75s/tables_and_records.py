"""The blind75s probe's first part: pages whose content is a table or a record (a changelog
kept as a table, sports results and standings, a timetable, a patent's claims, a law's
numbered articles, a restaurant's menu, a classified ad, an app store's listing, a museum
object's record, a petition, a preprint's landing page, a crossword page)."""

from __future__ import annotations

from ._kit import SITES, add, bullets, paras, rows

add(
    "changelog_as_table_of_versions",
    SITES["lt"],
    "Programos „Kasa“ pakeitimų žurnalas",
    "<article class='docs-page'><h1>Programos „Kasa“ pakeitimų žurnalas</h1>"
    + paras("Čia surašyti visi programos pakeitimai nuo pirmosios viešos versijos.")
    + rows(
        ("4.2.0", "2026-11-03", "Pridėtas kvitų siuntimas el. paštu"),
        ("4.1.3", "2026-09-17", "Ištaisyta PVM apvalinimo klaida"),
        ("4.1.0", "2026-07-01", "Nauja ataskaita pagal kasininkus"),
        head=("Versija", "Data", "Pakeitimai"),
    )
    + "<div class='docs-feedback'><span>Ar šis puslapis buvo naudingas?</span><button>Taip"
    "</button><button>Ne</button></div></article>",
    (
        "Čia surašyti visi programos pakeitimai",
        "Pridėtas kvitų siuntimas el. paštu",
        "Ištaisyta PVM apvalinimo klaida",
        "Nauja ataskaita pagal kasininkus",
    ),
    ("Ar šis puslapis buvo naudingas?",),
    path="docs/changelog",
)

add(
    "wrestling_results_and_standings",
    SITES["az"],
    "Güləş üzrə Azərbaycan çempionatı: nəticələr",
    "<article class='post'><h1>Güləş üzrə Azərbaycan çempionatı: nəticələr</h1><div "
    "class='post-meta'><span class='date'>6 dekabr 2026</span></div>"
    + paras("Bakıda keçirilən çempionatın ikinci günü sərbəst güləşçilər mübarizə apardı.")
    + "<h2>Final görüşləri</h2>"
    + rows(
        ("57 kq", "Elvin Quliyev", "Rəşad Məmmədov", "6:2"),
        ("65 kq", "Nicat Həsənov", "Tural Əliyev", "4:4"),
        ("74 kq", "Orxan Səfərov", "Kamran İsmayılov", "10:0"),
        head=("Çəki", "Qalib", "Məğlub", "Hesab"),
    )
    + "<h2>Komanda hesabı</h2>"
    + rows(("1", "Gəncə", "48"), ("2", "Sumqayıt", "41"), ("3", "Lənkəran", "33"))
    + "<div class='post-tags'><a href='#'>güləş</a><a href='#'>çempionat</a></div></article>",
    (
        "çempionatın ikinci günü sərbəst güləşçilər",
        "Elvin Quliyev",
        "Kamran İsmayılov",
        "Sumqayıt",
        "Lənkəran",
    ),
    ("6 dekabr 2026",),
    path="gules/cempionat-neticeler",
)

add(
    "ferry_timetable_with_notes",
    SITES["is"],
    "Áætlun ferjunnar til Hríseyjar",
    "<div class='content-page'><h1>Áætlun ferjunnar til Hríseyjar</h1>"
    + paras("Ferjan siglir allt árið. Vetraráætlun gildir frá 1. október til 31. maí.")
    + rows(
        ("07:00", "07:20", "Alla daga"),
        ("09:00", "09:20", "Alla daga"),
        ("13:00", "13:20", "Virka daga"),
        ("17:00", "17:20", "Alla daga nema laugardaga"),
        head=("Frá Árskógssandi", "Til Hríseyjar", "Dagar"),
    )
    + "<p class='note'>Hundar eru leyfðir í bandi á útidekki.</p>"
    + "<div class='print-share'><a href='#'>Prenta</a><a href='#'>Deila</a></div></div>",
    (
        "Vetraráætlun gildir frá 1. október til 31. maí.",
        "Alla daga nema laugardaga",
        "Virka daga",
        "Hundar eru leyfðir í bandi á útidekki.",
    ),
    ("Prenta",),
    path="aaetlun/hrisey",
    template="portal",
)

add(
    "patent_claims_numbered",
    SITES["de"],
    "DE 10 2026 004 512 A1 – Faltbarer Fahrradanhänger",
    "<div class='patent-result'><h1>Faltbarer Fahrradanhänger</h1><dl class='patent-facts'>"
    "<dt>Anmelder</dt><dd>Radwerk Nord GmbH</dd><dt>Anmeldetag</dt><dd>12.03.2026</dd></dl>"
    "<section class='abstract'><h2>Zusammenfassung</h2>"
    + paras(
        "Ein Fahrradanhänger mit einem Rahmen aus zwei Hälften, die über ein Scharnier"
        " zusammengeklappt werden können."
    )
    + "</section><section class='claims'><h2>Ansprüche</h2><div class='claim'>1. Fahrrad"
    "anhänger, umfassend einen Rahmen (2) und zwei Räder (4), dadurch gekennzeichnet, dass"
    " der Rahmen aus zwei Hälften besteht.</div><div class='claim'>2. Fahrradanhänger nach"
    " Anspruch 1, wobei das Scharnier (6) arretierbar ist.</div><div class='claim'>3. Fahr"
    "radanhänger nach Anspruch 2, wobei die Deichsel abnehmbar ist.</div></section><div "
    "class='patent-actions'><a href='#'>PDF herunterladen</a><a href='#'>Zitieren</a></div>"
    "</div>",
    (
        "zusammengeklappt werden können",
        "dadurch gekennzeichnet, dass der Rahmen aus zwei Hälften besteht",
        "wobei das Scharnier (6) arretierbar ist",
        "wobei die Deichsel abnehmbar ist",
    ),
    ("PDF herunterladen", "Zitieren"),
    path="patent/DE102026004512A1",
    template="app",
)

add(
    "law_numbered_articles",
    SITES["uz"],
    "Mahalliy yig'inlar to'g'risida nizom",
    "<div class='law-text'><h1>Mahalliy yig'inlar to'g'risida nizom</h1><div "
    "class='law-status'>Amalda · Tahrir: 2026-yil 1-iyul</div><h2>1-bob. Umumiy qoidalar"
    "</h2><div class='article'><h3>1-modda. Nizomning maqsadi</h3><p>Ushbu nizom mahalliy "
    "yig'inlarni o'tkazish tartibini belgilaydi.</p></div><div class='article'><h3>2-modda."
    " Asosiy tushunchalar</h3><p>Yig'in — mahalla fuqarolarining umumiy majlisi.</p></div>"
    "<h2>2-bob. Yig'in o'tkazish</h2><div class='article'><h3>3-modda. Chaqiruv</h3><p>Yig'in"
    " kamida o'n kun oldin e'lon qilinadi.</p><p>E'londa kun tartibi ko'rsatiladi.</p></div>"
    "<div class='law-tools'><a href='#'>Chop etish</a><a href='#'>Word formatida yuklash</a>"
    "</div></div>",
    (
        "Ushbu nizom mahalliy yig'inlarni o'tkazish tartibini belgilaydi.",
        "Yig'in — mahalla fuqarolarining umumiy majlisi.",
        "Yig'in kamida o'n kun oldin e'lon qilinadi.",
        "E'londa kun tartibi ko'rsatiladi.",
    ),
    ("Word formatida yuklash", "Chop etish"),
    path="qonun/nizom-123",
    template="portal",
)

add(
    "restaurant_menu_sections_prices",
    SITES["mt"],
    "Il-Menu",
    "<div class='menu-page'><h1>Il-Menu</h1>"
    + paras("Il-platti kollha huma magħmula bil-prodotti tal-bidwi lokali.")
    + "<h2>Antipasti</h2><div class='menu-item'><h3>Bigilla bil-galletti</h3><p>Ful imħawwar"
    " bit-tewm u t-tursin.</p><span class='price'>€6.50</span></div><div class='menu-item'>"
    "<h3>Ġbejniet moqlija</h3><p>Ġbejniet friski b'tadam imqadded.</p><span class='price'>"
    "€8.00</span></div><h2>Platti ewlenin</h2><div class='menu-item'><h3>Stuffat tal-fenek"
    "</h3><p>Fenek imsajjar bl-inbid aħmar u r-rand.</p><span class='price'>€18.00</span>"
    "</div><div class='booking-box'><p>Irriżerva mejda</p><a class='btn' href='#'>Ibbukkja"
    " issa</a></div></div>",
    (
        "Il-platti kollha huma magħmula bil-prodotti tal-bidwi lokali.",
        "Ful imħawwar bit-tewm u t-tursin.",
        "Ġbejniet friski b'tadam imqadded.",
        "Fenek imsajjar bl-inbid aħmar u r-rand.",
    ),
    ("Ibbukkja issa", "Irriżerva mejda"),
    path="menu",
)

add(
    "classified_ad_vehicle",
    SITES["af"],
    "Toyota Hilux 2.4 GD-6 2018 te koop",
    "<div class='listing'><h1>Toyota Hilux 2.4 GD-6 2018 te koop</h1><div class='price-"
    "box'><span class='price'>R 289 000</span><button>Stuur boodskap</button><button>Wys "
    "nommer</button></div><div class='listing-description'>"
    + paras(
        "Een eienaar, volle diensgeskiedenis by die agent. Nuwe bande in Augustus aangesit.",
        "Die bakkie het 'n trekhaak en 'n rubbermat in die bak. Geen ongelukke nie.",
    )
    + "</div><table class='specs'><tr><th>Kilometers</th><td>142 000 km</td></tr><tr><th>"
    "Ratkas</th><td>Handrat</td></tr></table><div class='safety-tips'><p>Ontmoet die verkoper"
    " op 'n veilige plek en moenie vooraf betaal nie.</p></div><div class='report'><a "
    "href='#'>Rapporteer advertensie</a></div></div>",
    (
        "Een eienaar, volle diensgeskiedenis by die agent.",
        "Geen ongelukke nie.",
        "142 000 km",
    ),
    ("Rapporteer advertensie", "Stuur boodskap", "moenie vooraf betaal nie"),
    path="voertuie/hilux-2018",
    template="app",
)

add(
    "app_store_listing_description_whats_new",
    SITES["ja"],
    "家計簿ノート - シンプルなお小遣い帳",
    "<div class='app-detail'><header class='app-header'><h1>家計簿ノート</h1><p class='dev'>"
    "みどりソフト</p><div class='rating'>★4.6 ・ 1.2万件の評価</div><button>入手</button>"
    "</header><section class='description'><h2>説明</h2>"
    + paras(
        "レシートを撮るだけで支出を自動で記録できる、シンプルな家計簿アプリです。",
        "月ごとの予算を決めると、使いすぎたときにお知らせします。",
    )
    + "</section><section class='whats-new'><h2>新機能</h2><p>バージョン 3.2：グラフの色を"
    "選べるようになりました。</p></section><section class='reviews'><h2>評価とレビュー</h2>"
    "<p>とても使いやすいです。</p></section><section class='app-info'><h2>情報</h2><dl><dt>"
    "サイズ</dt><dd>48.2 MB</dd><dt>年齢</dt><dd>4+</dd></dl></section></div>",
    (
        "レシートを撮るだけで支出を自動で記録できる",
        "月ごとの予算を決めると、使いすぎたときにお知らせします。",
        "グラフの色を選べるようになりました。",
    ),
    ("1.2万件の評価", "とても使いやすいです。", "48.2 MB"),
    path="app/kakeibo",
    template="app",
)

add(
    "museum_object_record",
    SITES["si"],
    "පැරණි වෙස් මුහුණ",
    "<div class='object-page'><div class='object-image'><img src='/m.jpg' alt=''></div><h1>"
    "පැරණි වෙස් මුහුණ</h1><dl class='object-data'><dt>කාලය</dt><dd>19 වන සියවස</dd><dt>"
    "ද්‍රව්‍ය</dt><dd>කදුරු ලී, ස්වාභාවික වර්ණ</dd><dt>අංකය</dt><dd>KM.1987.42</dd></dl>"
    "<div class='object-description'>"
    + paras(
        "මෙම වෙස් මුහුණ දකුණු පළාතේ කෝලම් නාට්‍යයේ රජු චරිතය සඳහා භාවිතා කරන ලදී.",
        "එය තනි ලී කොටයකින් කැටයම් කර ඇති අතර මුල් වර්ණ තවමත් පවතී.",
    )
    + "</div><div class='object-actions'><a href='#'>රූපය බාගන්න</a><a href='#'>මගේ "
    "එකතුවට එක් කරන්න</a></div></div>",
    (
        "කෝලම් නාට්‍යයේ රජු චරිතය සඳහා භාවිතා කරන ලදී.",
        "තනි ලී කොටයකින් කැටයම් කර ඇති අතර",
        "කදුරු ලී, ස්වාභාවික වර්ණ",
    ),
    ("රූපය බාගන්න", "මගේ එකතුවට එක් කරන්න"),
    path="collection/km-1987-42",
    template="portal",
)

add(
    "petition_text_and_sign_box",
    SITES["ne"],
    "खोलाको पुल मर्मत गर्नुहोस्",
    "<div class='petition'><h1>खोलाको पुल मर्मत गर्नुहोस्</h1><div class='petition-"
    "progress'><span>३,४१२ जनाले हस्ताक्षर गरे</span><span>लक्ष्य: ५,०००</span></div><div "
    "class='petition-body'>"
    + paras(
        "हाम्रो गाउँको झोलुङ्गे पुल तीन वर्षदेखि भत्किएको छ। विद्यार्थीहरू खोला तरेर विद्यालय जान्छन्।",
        "हामी गाउँपालिकासँग यो वर्षभित्रै पुल मर्मत गर्न माग गर्छौं।",
    )
    + "<h2>हाम्रा मागहरू</h2>"
    + bullets("पुलको तार र फल्याक फेर्ने", "वर्षा अघि काम सक्ने")
    + "</div><div class='sign-box'><h3>निवेदनमा हस्ताक्षर गर्नुहोस्</h3><input name='n'>"
    "<button>हस्ताक्षर गर्नुहोस्</button></div></div>",
    (
        "विद्यार्थीहरू खोला तरेर विद्यालय जान्छन्।",
        "हामी गाउँपालिकासँग यो वर्षभित्रै पुल मर्मत गर्न माग गर्छौं।",
        "पुलको तार र फल्याक फेर्ने",
        "वर्षा अघि काम सक्ने",
    ),
    ("३,४१२ जनाले हस्ताक्षर गरे", "निवेदनमा हस्ताक्षर गर्नुहोस्"),
    path="nivedan/pul",
)

add(
    "preprint_landing_abstract_versions",
    SITES["ru"],
    "О сходимости метода Ньютона для негладких уравнений",
    "<div id='abs'><div class='dateline'>[Представлено 2 дек 2026]</div><h1 class='title'>"
    "О сходимости метода Ньютона для негладких уравнений</h1><div class='authors'>"
    "<a href='#'>И. Петров</a>, <a href='#'>А. Смирнова</a></div><blockquote "
    "class='abstract'><span class='descriptor'>Аннотация:</span> Мы доказываем локальную "
    "сверхлинейную сходимость полугладкого метода Ньютона при ослабленных условиях "
    "регулярности. Приводятся численные примеры для задач дополнительности.</blockquote>"
    "<div class='metatable'><table><tr><td>Комментарии:</td><td>18 страниц, 3 рисунка</td>"
    "</tr><tr><td>Разделы:</td><td>Оптимизация и управление</td></tr></table></div><div "
    "class='full-text'><h2>Доступ к тексту</h2><ul><li><a href='#'>PDF</a></li><li><a "
    "href='#'>Другие форматы</a></li></ul></div><div class='submission-history'><h2>История"
    "</h2><p>[v1] Вт, 2 дек 2026 (412 КБ)</p></div></div>",
    (
        "Мы доказываем локальную сверхлинейную сходимость полугладкого метода Ньютона",
        "Приводятся численные примеры для задач дополнительности.",
    ),
    ("Другие форматы", "Доступ к тексту", "[v1] Вт, 2 дек 2026 (412 КБ)"),
    path="abs/2612.01234",
    template="app",
)

add(
    "crossword_page_stays_small",
    SITES["cy"],
    "Croesair rhif 212",
    "<div class='puzzle-page'><h1>Croesair rhif 212</h1><p class='intro'>Croesair yr "
    "wythnos gan Gwenllian Rhys. Atebion yr wythnos nesaf.</p><div class='grid'><table>"
    + "".join("<tr>" + "<td class='cell'></td>" * 7 + "</tr>" for _ in range(7))
    + "</table></div><div class='clues'><h2>Ar draws</h2><ol><li>Aderyn y nos (9)</li>"
    "<li>Mynydd uchaf Cymru (7)</li></ol><h2>I lawr</h2><ol><li>Lliw'r môr (5)</li><li>"
    "Tref y castell ar yr aber (9)</li></ol></div><div class='puzzle-tools'><button>Gwirio"
    "</button><button>Datgelu</button><button>Argraffu</button></div></div>",
    (
        "Croesair yr wythnos gan Gwenllian Rhys.",
        "Aderyn y nos (9)",
        "Tref y castell ar yr aber (9)",
    ),
    ("Datgelu", "Argraffu", "Gwirio"),
    path="croesair/212",
)

add(
    "sports_fixture_timeline_tagalog",
    SITES["tl"],
    "Iskedyul ng liga sa basketbol ng barangay",
    "<article class='entry'><h1>Iskedyul ng liga sa basketbol ng barangay</h1>"
    + paras("Magsisimula ang liga sa Sabado sa covered court ng Barangay San Roque.")
    + "<table class='schedule'><caption>Unang linggo</caption><tr><th>Araw</th><th>Oras</th>"
    "<th>Laro</th></tr><tr><td>Sabado</td><td>4:00 PM</td><td>Purok Uno laban sa Purok Tres"
    "</td></tr><tr><td>Sabado</td><td>6:00 PM</td><td>Purok Dos laban sa Purok Apat</td></tr>"
    "<tr><td>Linggo</td><td>5:00 PM</td><td>Mga beterano laban sa mga kabataan</td></tr>"
    "</table><p>Libre ang pasok. Magdala ng sariling tubig.</p></article>",
    (
        "Magsisimula ang liga sa Sabado",
        "Purok Uno laban sa Purok Tres",
        "Mga beterano laban sa mga kabataan",
        "Libre ang pasok. Magdala ng sariling tubig.",
    ),
    (),
    path="liga/iskedyul",
)

add(
    "recipe_card_amharic",
    SITES["am"],
    "የምስር ወጥ አሰራር",
    "<div class='recipe-card'><h1>የምስር ወጥ አሰራር</h1><div class='recipe-meta'><span>"
    "ዝግጅት፦ 15 ደቂቃ</span><span>ምግብ ማብሰል፦ 40 ደቂቃ</span><button>አትም</button></div>"
    "<h2>ግብዓቶች</h2>"
    + bullets("2 ኩባያ ቀይ ምስር", "3 ራስ ቀይ ሽንኩርት", "2 የሾርባ ማንኪያ በርበሬ")
    + "<h2>አሰራር</h2><ol><li>ሽንኩርቱን ያለ ዘይት እስኪቀላ ድረስ ይቁሉት።</li><li>በርበሬውን "
    "ጨምረው ለአምስት ደቂቃ ያማስሉ።</li><li>ምስሩን ጨምረው በትንሽ እሳት ያብስሉ።</li></ol>"
    "<div class='recipe-rating'><span>ይህን አሰራር ይገምግሙ</span></div></div>",
    (
        "2 ኩባያ ቀይ ምስር",
        "ሽንኩርቱን ያለ ዘይት እስኪቀላ ድረስ ይቁሉት።",
        "ምስሩን ጨምረው በትንሽ እሳት ያብስሉ።",
    ),
    ("ይህን አሰራር ይገምግሙ", "አትም"),
    path="recipes/misir-wot",
)
