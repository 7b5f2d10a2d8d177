"""The blind73s probe's second batch (written after the first batch's fixes, before running
either tool on it): more of half A's classes in other shapes (a match page's facts in a
column beside the report, an editor's note between rules in the middle of the text, a
price comparison's footnote) and guards of the first batch's rules (an italic stanza or
quotation after a rule with text after it, an italic paragraph with no rule), with new
languages' sites (Ukrainian, Romanian, Hungarian, Thai)."""

from __future__ import annotations

from ..blind66._kit import site_from
from ._kit import SITES, add, paras, rows

_UK = site_from(
    "uk",
    "Майстерня вдома",
    "maisternia.example.ua",
    ("Головна", "Поради", "Форум", "Контакти"),
    (
        "Сайт використовує файли cookie.",
        "Поділитися",
        "Підпишіться на нашу розсилку.",
        "Залиште коментар",
        "Читайте також",
        "Як вибрати дриль",
        "Ремонт ванної за вихідні",
        "Майстерня вдома, усі права захищено.",
    ),
)
_RO = site_from(
    "ro",
    "Bucătăria Noastră",
    "bucataria.example.ro",
    ("Acasă", "Rețete", "Sfaturi", "Contact"),
    (
        "Acest site folosește cookie-uri.",
        "Distribuie",
        "Abonează-te la newsletter.",
        "Lasă un comentariu",
        "Rețete asemănătoare",
        "Ciorbă de perișoare",
        "Cozonac cu nucă",
        "Bucătăria Noastră, toate drepturile rezervate.",
    ),
)
_HU = site_from(
    "hu",
    "Kertbarát",
    "kertbarat.example.hu",
    ("Kezdőlap", "Kert", "Fórum", "Kapcsolat"),
    (
        "Az oldal sütiket használ.",
        "Megosztás",
        "Iratkozz fel hírlevelünkre.",
        "Szólj hozzá",
        "Kapcsolódó cikkek",
        "Metszés tavasszal",
        "Komposztálás kezdőknek",
        "Kertbarát Kft., minden jog fenntartva.",
    ),
)
_TH = site_from(
    "th",
    "ครัวบ้านเรา",
    "kruabanrao.example.co.th",
    ("หน้าแรก", "สูตรอาหาร", "เคล็ดลับ", "ติดต่อ"),
    (
        "เว็บไซต์นี้ใช้คุกกี้",
        "แชร์",
        "สมัครรับจดหมายข่าว",
        "แสดงความคิดเห็น",
        "สูตรที่เกี่ยวข้อง",
        "ต้มข่าไก่",
        "ข้าวเหนียวมะม่วง",
        "ครัวบ้านเรา สงวนลิขสิทธิ์",
    ),
)

add(
    "match_facts_in_side_column",
    SITES["pl"],
    "Żużel: Stal pokonała Unię po wyścigu nominowanym",
    "<div class='matchcoverage'><div class='matchcoverage__leftcol'><h1>Żużel: Stal pokonała "
    "Unię po wyścigu nominowanym</h1>"
    + paras(
        "O wyniku meczu zdecydował dopiero ostatni wyścig, w którym para gospodarzy przyjechała"
        " podwójnie.",
        "Trener Stali chwalił juniorów, którzy zdobyli razem jedenaście punktów.",
    )
    + "</div><div class='matchcoverage__rightcol'><ul class='match-facts'><li><span>"
    "Ekstraliga</span></li><li><span>12 października 2026, 19:30</span></li><li><span>Stadion "
    "Miejski im. Jana Kowala</span></li></ul><a class='socialbutton'>Udostępnij</a></div></div>",
    (
        "O wyniku meczu zdecydował dopiero ostatni wyścig",
        "Trener Stali chwalił juniorów",
        "Stadion Miejski im. Jana Kowala",
    ),
    ("Udostępnij",),
    path="zuzel/relacja/stal-unia",
)

add(
    "note_between_rules_before_a_table",
    SITES["de"],
    "Die Tabelle nach dem zwölften Spieltag",
    "<article class='post'><h1>Die Tabelle nach dem zwölften Spieltag</h1>"
    + paras(
        "Nach dem zwölften Spieltag führt der Aufsteiger die Tabelle mit zwei Punkten an.",
        "Dahinter liegen drei Teams punktgleich auf den Plätzen zwei bis vier.",
    )
    + "<div class='divider'><hr></div><p><em>Das Statistikportal </em><a href='https://x."
    "example'><em>tabellenrechner.example</em></a><em> wertet jede Woche alle Spiele der "
    "Liga aus.</em></p><div class='divider'><hr></div><h2>Die Tabelle</h2>"
    + rows(
        ("1.", "SV Nordstadt", "28"),
        ("2.", "FC Südhafen", "26"),
        head=("Platz", "Verein", "Punkte"),
    )
    + "</article>",
    (
        "Nach dem zwölften Spieltag führt der Aufsteiger die Tabelle mit zwei Punkten an.",
        "Dahinter liegen drei Teams punktgleich",
        "SV Nordstadt",
    ),
    ("Das Statistikportal", "wertet jede Woche alle Spiele der Liga aus."),
    path="2026/12/tabelle-12-spieltag",
)

add(
    "guard_italic_stanza_after_rule_then_text",
    _UK,
    "Вірш, знайдений у старій скрині",
    "<article class='post'><h1>Вірш, знайдений у старій скрині</h1>"
    + paras("Розбираючи горище, ми знайшли зошит бабусі з віршами, написаними олівцем.")
    + "<hr><p><em>Над рікою тиша біла,<br>сниться вербам перший сніг.</em></p>"
    + paras(
        "Ми не знаємо, чи бабуся сама склала ці рядки, чи переписала їх із книжки.",
        "Якщо ви впізнали вірш, напишіть нам.",
    )
    + "</article>",
    (
        "ми знайшли зошит бабусі з віршами",
        "Над рікою тиша біла",
        "сниться вербам перший сніг.",
        "Ми не знаємо, чи бабуся сама склала ці рядки",
    ),
    (),
    path="2026/12/virsh",
)

add(
    "guard_italic_closing_paragraph_without_rule",
    _RO,
    "Sarmale ca la bunica",
    "<article class='recipe-post'><h1>Sarmale ca la bunica</h1>"
    + paras(
        "Sarmalele se fac cu o zi înainte, ca să se lege gustul.",
        "Frunzele de varză murată se clătesc bine în apă rece.",
    )
    + "<h2>Ingrediente</h2><ul><li>1 kg carne tocată de porc</li><li>o varză murată</li><li>"
    "100 g orez</li></ul><h2>Mod de preparare</h2><ol><li>Amestecați carnea cu orezul și "
    "ceapa călită.</li><li>Rulați sarmalele strâns și așezați-le în oală.</li><li>Fierbeți "
    "la foc mic trei ore.</li></ol><p><em>Bunica le servea mereu cu mămăligă și smântână "
    "groasă.</em></p></article>",
    (
        "Sarmalele se fac cu o zi înainte",
        "1 kg carne tocată de porc",
        "Rulați sarmalele strâns și așezați-le în oală.",
        "Bunica le servea mereu cu mămăligă și smântână groasă.",
    ),
    (),
    path="retete/sarmale",
)

add(
    "guard_italic_quote_between_rules_with_text_after",
    _HU,
    "A nagyapám kertje",
    "<article class='post'><h1>A nagyapám kertje</h1>"
    + paras("Nagyapám minden tavasszal ugyanazt a mondatot írta a füzete első oldalára.")
    + "<hr><p><i>„A kert nem a miénk, csak vigyázunk rá egy darabig.”</i></p><hr>"
    + paras(
        "Ezt a mondatot ma a kerti ház ajtaja fölé festettük.",
        "A régi almafák közül négy még ma is terem.",
    )
    + "</article>",
    (
        "Nagyapám minden tavasszal ugyanazt a mondatot írta",
        "A kert nem a miénk, csak vigyázunk rá egy darabig.",
        "A régi almafák közül négy még ma is terem.",
    ),
    (),
    path="2026/12/nagyapam-kertje",
)

add(
    "thai_recipe_with_pin_and_jump",
    _TH,
    "แกงเขียวหวานไก่",
    "<article class='recipe'><h1>แกงเขียวหวานไก่</h1><div class='recipe-buttons'><a "
    "href='#recipe'>ข้ามไปที่สูตร</a><a href='#'>บันทึกสูตร</a></div>"
    + paras("แกงเขียวหวานเป็นแกงกะทิที่มีรสหวานนำ เผ็ดตาม และหอมใบโหระพา")
    + "<div id='recipe'><h2>วัตถุดิบ</h2><ul><li>อกไก่ 300 กรัม</li><li>พริกแกงเขียวหวาน 3 ช้อนโต๊ะ</li>"
    "<li>กะทิ 400 มิลลิลิตร</li></ul><h2>วิธีทำ</h2><ol><li>ผัดพริกแกงกับหัวกะทิจนหอมและมีน้ำมันลอย</li>"
    "<li>ใส่ไก่ลงไปผัดจนสุก แล้วเติมกะทิที่เหลือ</li></ol></div><div class='rate-recipe'>"
    "<p>ให้คะแนนสูตรนี้</p></div></article>",
    (
        "แกงเขียวหวานเป็นแกงกะทิที่มีรสหวานนำ",
        "อกไก่ 300 กรัม",
        "ผัดพริกแกงกับหัวกะทิจนหอมและมีน้ำมันลอย",
        "ใส่ไก่ลงไปผัดจนสุก",
    ),
    ("ข้ามไปที่สูตร", "บันทึกสูตร", "ให้คะแนนสูตรนี้"),
    path="recipe/kaeng-khiao-wan",
)

add(
    "shop_review_blog_price_comparison",
    SITES["de"],
    "Hundefutter mit Insektenprotein im Test",
    "<article class='post'><h1>Hundefutter mit Insektenprotein im Test</h1>"
    + paras(
        "Wir haben drei Sorten Trockenfutter mit Insektenprotein vier Wochen lang gefüttert.",
        "Unser Testhund mochte die Sorte mit Kürbis am liebsten.",
    )
    + "<div class='price-compare'><dl><dt>Versand</dt><dd>ab 4,90 €*</dd></dl><dl><dt>Preis"
    "**</dt><dd><strong>12,80 €</strong></dd></dl><div class='price-notes'><span>* ab 60 € "
    "Bestellwert versandkostenfrei</span><span>** für 2 kg Beutel</span></div></div>"
    + paras("Fazit: Für Hunde mit Allergien ist Insektenprotein eine gute Alternative.")
    + "</article>",
    (
        "drei Sorten Trockenfutter mit Insektenprotein",
        "Unser Testhund mochte die Sorte mit Kürbis am liebsten.",
        "Für Hunde mit Allergien ist Insektenprotein eine gute Alternative.",
    ),
    ("ab 60 € Bestellwert versandkostenfrei", "für 2 kg Beutel"),
    path="test/insektenfutter",
)

add(
    "ukrainian_forum_with_thanks_line",
    _UK,
    "Тріскається плитка у ванній",
    "<div class='forum-topic'><h1>Тріскається плитка у ванній</h1><div class='post'><div "
    "class='postprofile'>Оксана</div><div class='content'><p>Через рік після ремонту на "
    "підлозі у ванній пішли тріщини по плитці.</p></div></div><div class='post'><div "
    "class='postprofile'>Майстер_Іван</div><div class='content'><p>Найчастіше винна основа: "
    "стяжку не просушили або клей нанесли плямами.</p></div><div class='thanks-list'>Подякували"
    " за допис: Оксана, Петро</div></div></div>",
    (
        "на підлозі у ванній пішли тріщини по плитці",
        "стяжку не просушили або клей нанесли плямами.",
    ),
    ("Подякували за допис",),
    path="forum/plytka",
)

add(
    "romanian_wiki_with_references_and_retrieved",
    _RO,
    "Mănăstirea Voroneț",
    "<div class='mw-body'><h1>Mănăstirea Voroneț</h1><div class='mw-parser-output'>"
    + paras(
        "Mănăstirea Voroneț este un monument din Bucovina, ridicat de Ștefan cel Mare în 1488.",
        "Pictura exterioară, dominată de albastrul de Voroneț, a fost realizată în 1547.",
    )
    + "<h2>Note</h2><ol class='references'><li id='cite_note-1'>Ion Popescu, <i>Bisericile "
    "Bucovinei</i>, 1998.</li></ol></div><div class='printfooter'>Adus de la "
    "„https://wiki.example/Voronet”</div><div id='catlinks'>Categorii: Mănăstiri din "
    "Bucovina</div></div>",
    (
        "Mănăstirea Voroneț este un monument din Bucovina",
        "Pictura exterioară, dominată de albastrul de Voroneț",
    ),
    ("Adus de la", "Categorii: Mănăstiri din Bucovina"),
    path="wiki/Voronet",
)

add(
    "docs_version_banner_and_copy_button",
    SITES["fr"],
    "Configurer la synchronisation",
    "<div class='docs'><div class='version-banner admonition'><p>Vous lisez la documentation "
    "de la version 1.4. La dernière version est la 2.0.</p></div><article class='md-content'>"
    "<h1>Configurer la synchronisation</h1>"
    + paras("La synchronisation se règle dans le fichier atelier.toml, section sync.")
    + "<div class='highlight'><button class='md-clipboard' title='Copier'>Copier</button><pre>"
    "<code>[sync]\ninterval = 300</code></pre></div>"
    + paras("Un intervalle plus court consomme davantage de batterie sur les portables.")
    + "</article></div>",
    (
        "La synchronisation se règle dans le fichier atelier.toml",
        "interval = 300",
        "Un intervalle plus court consomme davantage de batterie",
    ),
    ("Vous lisez la documentation de la version 1.4.", "Copier"),
    path="docs/1.4/sync",
)
