"""The blind70r probe's first part: a text split over sibling containers: a post in sibling
``<section>``s or cards with ads and a newsletter box between them, a text going on after an
inline "read also" box, a long read whose chapters are ``<article>``s of one ``<main>``, and
text beside figures in a two-column grid."""

from __future__ import annotations

from ._kit import SITES, ad, add, newsletter, paras, read_also, share

# A post in sibling <section>s, an ad and a newsletter box between them.
add(
    "post_sibling_sections_ads",
    SITES["de"],
    "Zehn Jahre Werkbank: ein Rückblick",
    "<h1 class='entry-title'>Zehn Jahre Werkbank: ein Rückblick</h1>"
    "<section class='post-section'><h2>Die Anfänge</h2>"
    + paras(
        "Im Herbst 2016 schrieben wir die ersten Zeilen in einer Garage in Leipzig-Plagwitz.",
        "Niemand von uns ahnte, dass daraus einmal ein Werkzeug für zwölftausend Teams werden"
        " würde.",
    )
    + "</section>"
    + ad("Anzeige")
    + "<section class='post-section'><h2>Die schwierigen Jahre</h2>"
    + paras(
        "Zwischen 2019 und 2021 stand das Projekt zweimal kurz vor dem Aus, weil die Förderung"
        " auslief.",
        "Gerettet hat uns am Ende eine Handvoll Bibliotheken, die für den Support bezahlten.",
    )
    + "</section>"
    + newsletter(SITES["de"])
    + "<section class='post-section'><h2>Was als Nächstes kommt</h2>"
    + paras(
        "Im kommenden Jahr wollen wir die Synchronisation ohne zentralen Server fertigstellen.",
        "Danke an alle, die uns in diesen zehn Jahren begleitet haben.",
    )
    + "</section>"
    + share(SITES["de"]),
    (
        "Im Herbst 2016 schrieben wir die ersten Zeilen in einer Garage in Leipzig-Plagwitz.",
        "Gerettet hat uns am Ende eine Handvoll Bibliotheken, die für den Support bezahlten.",
        "Im kommenden Jahr wollen wir die Synchronisation ohne zentralen Server fertigstellen.",
        "Danke an alle, die uns in diesen zehn Jahren begleitet haben.",
    ),
    ("Anzeige",),
    path="blog/zehn-jahre",
)

add(
    "post_cards_hashed_grid",
    SITES["ja"],
    "はじめての非同期処理：三つのつまずき",
    "<h1>はじめての非同期処理：三つのつまずき</h1>"
    "<div class='Card_root__a1'><div class='Card_body__b2'><h2>一、待たずに進んでしまう</h2>"
    + paras(
        "非同期関数を呼んだだけでは、処理の終わりを待たずに次の行が実行されます。",
        "結果を使う前に必ず待つことを習慣にしましょう。",
    )
    + "</div></div>"
    + "<div class='Promo_box__c3'><p>プレミアム会員なら全記事が読み放題</p>"
    "<a href='/join'>今すぐ登録</a></div>"
    + "<div class='Card_root__a1'><div class='Card_body__b2'><h2>二、例外が消える</h2>"
    + paras(
        "待たれなかった処理の中で起きた例外は、どこにも表示されずに消えてしまうことがあります。",
    )
    + "</div></div>"
    + ad("広告")
    + "<div class='Card_root__a1'><div class='Card_body__b2'><h2>三、順番が保証されない</h2>"
    + paras(
        "複数の処理を同時に始めた場合、終わる順番は始めた順番と同じとは限りません。",
        "順番が大切なときは、一つずつ待つか、結果を並べ替えてください。",
    )
    + "</div></div>",
    (
        "非同期関数を呼んだだけでは、処理の終わりを待たずに次の行が実行されます。",
        "待たれなかった処理の中で起きた例外は、どこにも表示されずに消えてしまうことがあります。",
        "複数の処理を同時に始めた場合、終わる順番は始めた順番と同じとは限りません。",
        "順番が大切なときは、一つずつ待つか、結果を並べ替えてください。",
    ),
    ("プレミアム会員なら全記事が読み放題", "今すぐ登録", "広告"),
    template="app",
    path="blog/async-mistakes",
)

add(
    "travel_sections_without_article",
    SITES["pl"],
    "Trzy dni w Zakopanem zimą",
    "<div class='page-title'><h1>Trzy dni w Zakopanem zimą</h1></div>"
    "<div class='wp-block-group day'><h2>Dzień pierwszy</h2>"
    + paras(
        "Pierwszego dnia wjechaliśmy kolejką na Kasprowy Wierch, zanim pojawiły się kolejki"
        " turystów.",
        "Widok na Tatry Słowackie wynagrodził nam wczesną pobudkę i mróz.",
    )
    + "</div>"
    + ad("Reklama")
    + "<div class='wp-block-group day'><h2>Dzień drugi</h2>"
    + paras(
        "Drugi dzień spędziliśmy w Dolinie Kościeliskiej, idąc powoli aż do schroniska na"
        " Hali Ornak.",
    )
    + "</div>"
    + "<div class='wp-block-group promo'><p>Szukasz noclegu? Sprawdź nasze polecane"
    " pensjonaty.</p></div>"
    + "<div class='wp-block-group day'><h2>Dzień trzeci</h2>"
    + paras(
        "Ostatni dzień zostawiliśmy na Krupówki i termy w Szaflarach, gdzie można odpocząć po"
        " górach.",
        "Do Krakowa wróciliśmy wieczornym pociągiem, który jedzie niecałe trzy godziny.",
    )
    + "</div>",
    (
        "Pierwszego dnia wjechaliśmy kolejką na Kasprowy Wierch",
        "Drugi dzień spędziliśmy w Dolinie Kościeliskiej",
        "Ostatni dzień zostawiliśmy na Krupówki i termy w Szaflarach",
        "Do Krakowa wróciliśmy wieczornym pociągiem, który jedzie niecałe trzy godziny.",
    ),
    ("Reklama", "Szukasz noclegu? Sprawdź nasze polecane pensjonaty."),
    path="podroze/zakopane-zima",
)

add(
    "news_story_split_by_newsletter_outside_body_div",
    SITES["sv"],
    "Kommunen stänger två badhus under våren",
    "<article class='news-article'><header><h1>Kommunen stänger två badhus under våren</h1>"
    "<time datetime='2026-12-06'>6 december 2026</time></header>"
    "<div class='article-body'>"
    + paras(
        "Luleå kommun stänger badhusen i Gammelstad och Råneå från mars till maj för att spara"
        " energi.",
        "Beslutet togs av fritidsnämnden på torsdagen efter en lång debatt.",
    )
    + "</div>"
    + newsletter(SITES["sv"])
    + "<div class='article-body'>"
    + paras(
        "Oppositionen kallar beslutet kortsiktigt och vill i stället sänka temperaturen i"
        " bassängerna.",
        "Simklubbarna får under tiden träna i Arcushallen på kvällstid.",
    )
    + "</div></article>",
    (
        "Luleå kommun stänger badhusen i Gammelstad och Råneå från mars till maj",
        "Beslutet togs av fritidsnämnden på torsdagen efter en lång debatt.",
        "Oppositionen kallar beslutet kortsiktigt",
        "Simklubbarna får under tiden träna i Arcushallen på kvällstid.",
    ),
    path="nyheter/badhus-stangs",
)

add(
    "essay_parts_split_by_quote_card",
    SITES["cs"],
    "Proč kováři nevymřeli",
    "<div class='entry'><h1>Proč kováři nevymřeli</h1><div class='part part-1'>"
    + paras(
        "Ještě před třiceti lety se zdálo, že kovářské řemeslo v Čechách zanikne spolu s"
        " posledními venkovskými dílnami.",
        "Dnes má asociace kovářů přes čtyři sta členů a vyučení se hlásí i mladí lidé.",
    )
    + "</div><div class='pullquote-card'><blockquote>„Železo vás naučí trpělivosti.“"
    "</blockquote></div>"
    + ad("Reklama")
    + "<div class='part part-2'>"
    + paras(
        "Zájem přinesla hlavně poptávka po opravách historických staveb a zábradlí.",
        "Kováři také prodávají nože a nářadí na jarmarcích a přes internet.",
    )
    + "</div></div>",
    (
        "posledními venkovskými dílnami.",
        "Dnes má asociace kovářů přes čtyři sta členů a vyučení se hlásí i mladí lidé.",
        "Zájem přinesla hlavně poptávka po opravách historických staveb a zábradlí.",
        "Kováři také prodávají nože a nářadí na jarmarcích a přes internet.",
    ),
    ("Reklama",),
    path="clanky/kovari",
)

# A text going on after an inline "read also" box.
add(
    "news_continues_after_read_also_box",
    SITES["it"],
    "Frana sulla provinciale, il paese resta isolato",
    "<article class='post'><h1>Frana sulla provinciale, il paese resta isolato</h1>"
    "<div class='post-content'>"
    + paras(
        "Una frana di circa trecento metri cubi ha invaso la strada provinciale 12 nella notte"
        " tra sabato e domenica.",
        "Gli abitanti di Roccabruna possono raggiungere il fondovalle solo con una mulattiera.",
    )
    + read_also("Leggi anche", "Maltempo, chiuse le scuole della valle", "Il ponte sarà rifatto")
    + paras(
        "Il sindaco ha chiesto lo stato di emergenza e l'intervento dei vigili del fuoco.",
        "I tecnici della provincia stimano che serviranno almeno tre settimane per riaprire.",
    )
    + "</div></article>"
    + share(SITES["it"]),
    (
        "Una frana di circa trecento metri cubi ha invaso la strada provinciale 12",
        "Gli abitanti di Roccabruna possono raggiungere il fondovalle solo con una mulattiera.",
        "Il sindaco ha chiesto lo stato di emergenza e l'intervento dei vigili del fuoco.",
        "I tecnici della provincia stimano che serviranno almeno tre settimane per riaprire.",
    ),
    ("Leggi anche", "Maltempo, chiuse le scuole della valle", "Il ponte sarà rifatto"),
    path="cronaca/frana-provinciale",
)

add(
    "news_read_also_line_then_more_text",
    SITES["ru"],
    "В городе открыли первую библиотеку без библиотекарей",
    "<article><h1>В городе открыли первую библиотеку без библиотекарей</h1>"
    "<div class='article__text'>"
    + paras(
        "В Вологде открылась библиотека, где книги выдаёт автомат, а читатели входят по"
        " электронной карте.",
        "Работает она круглосуточно, без выходных.",
    )
    + "<p class='read-also'><b>Читайте также:</b> <a href='/x'>Как изменились библиотеки за"
    " десять лет</a></p>"
    + paras(
        "За первую неделю в библиотеку записались почти восемьсот человек.",
        "Сотрудники городской сети раз в день проверяют полки и пополняют фонд.",
    )
    + "</div></article>",
    (
        "В Вологде открылась библиотека, где книги выдаёт автомат",
        "Работает она круглосуточно, без выходных.",
        "За первую неделю в библиотеку записались почти восемьсот человек.",
        "Сотрудники городской сети раз в день проверяют полки и пополняют фонд.",
    ),
    ("Читайте также:", "Как изменились библиотеки за десять лет"),
    path="news/biblioteka",
)

add(
    "blog_related_cards_then_rest",
    SITES["es"],
    "Cómo elegí mi primera bicicleta de segunda mano",
    "<div class='entry-content'><h1>Cómo elegí mi primera bicicleta de segunda mano</h1>"
    + paras(
        "Después de meses mirando anuncios, decidí que quería una bicicleta de acero con"
        " cambios sencillos.",
        "Lo primero que revisé fue el cuadro: sin golpes, sin óxido en las soldaduras.",
    )
    + "<div class='related-inline'><p class='related-inline__label'>Te puede interesar</p>"
    "<div class='card'><a href='/a'><img src='/a.jpg' alt=''><span>Cómo ajustar los frenos"
    " en casa</span></a></div><div class='card'><a href='/b'><img src='/b.jpg' alt=''>"
    "<span>Las mejores rutas por la sierra</span></a></div></div>"
    + paras(
        "Después probé los cambios en todas las marchas y escuché si la cadena hacía ruido.",
        "Al final pagué ciento veinte euros y el vendedor me regaló un candado.",
    )
    + "</div>",
    (
        "decidí que quería una bicicleta de acero con cambios sencillos.",
        "Lo primero que revisé fue el cuadro: sin golpes, sin óxido en las soldaduras.",
        "Después probé los cambios en todas las marchas",
        "Al final pagué ciento veinte euros y el vendedor me regaló un candado.",
    ),
    ("Te puede interesar", "Cómo ajustar los frenos en casa", "Las mejores rutas por la sierra"),
    path="blog/bicicleta-segunda-mano",
)

add(
    "news_text_after_video_and_related_outside_div",
    SITES["tr"],
    "Tarihi çeşme yeniden akıyor",
    "<article class='haber'><h1>Tarihi çeşme yeniden akıyor</h1><div class='haber-metni'>"
    + paras(
        "Üsküdar'daki 18. yüzyıldan kalma çeşme, iki yıl süren restorasyonun ardından yeniden"
        " suya kavuştu.",
    )
    + "</div><div class='video-embed'><iframe src='https://video.example/x'></iframe></div>"
    + read_also("İlgili haberler", "Kadıköy'de eski hamam müze oluyor")
    + "<div class='haber-metni'>"
    + paras(
        "Restorasyonda çeşmenin kitabesi de temizlendi ve okunur hale getirildi.",
        "Belediye, çeşmenin suyunun içilebilir olduğunu açıkladı.",
    )
    + "</div></article>",
    (
        "iki yıl süren restorasyonun ardından yeniden suya kavuştu.",
        "Restorasyonda çeşmenin kitabesi de temizlendi ve okunur hale getirildi.",
        "Belediye, çeşmenin suyunun içilebilir olduğunu açıkladı.",
    ),
    ("İlgili haberler", "Kadıköy'de eski hamam müze oluyor"),
    path="haber/tarihi-cesme",
)

# A long read whose chapters are <article>s of one <main>.
add(
    "long_read_chapters_as_articles",
    SITES["fr"],
    "Le dernier passeur de la Loire",
    "<h1 class='longread-title'>Le dernier passeur de la Loire</h1>"
    "<article class='chapter' id='ch1'><h2>I. Le fleuve</h2>"
    + paras(
        "Depuis quarante ans, Marcel Dufour fait traverser la Loire aux habitants de"
        " Saint-Mathurin sur une barque à fond plat.",
        "Il connaît chaque banc de sable et sait lire le courant à la couleur de l'eau.",
    )
    + "</article>"
    + ad("Publicité")
    + "<article class='chapter' id='ch2'><h2>II. Les passagers</h2>"
    + paras(
        "Ses passagers sont des pêcheurs, des écoliers, parfois des touristes égarés.",
        "Le dimanche, il transporte le boulanger et ses paniers de pain vers l'autre rive.",
    )
    + "</article>"
    + "<article class='chapter' id='ch3'><h2>III. La fin d'un métier</h2>"
    + paras(
        "Le nouveau pont, promis pour 2028, rendra la barque inutile.",
        "Marcel dit qu'il continuera tant que quelqu'un voudra traverser.",
    )
    + "</article>",
    (
        "Depuis quarante ans, Marcel Dufour fait traverser la Loire",
        "Ses passagers sont des pêcheurs, des écoliers, parfois des touristes égarés.",
        "Le dimanche, il transporte le boulanger et ses paniers de pain vers l'autre rive.",
        "Le nouveau pont, promis pour 2028, rendra la barque inutile.",
        "Marcel dit qu'il continuera tant que quelqu'un voudra traverser.",
    ),
    ("Publicité",),
    path="grand-format/passeur-loire",
)

add(
    "long_read_chapter_articles_with_chapter_nav",
    SITES["ko"],
    "섬마을 마지막 분교 이야기",
    "<main class='story'><h1>섬마을 마지막 분교 이야기</h1>"
    "<nav class='chapter-nav'><a href='#c1'>1장</a><a href='#c2'>2장</a><a href='#c3'>3장</a>"
    "</nav><article class='chapter'><h2>1장. 학생 세 명</h2>"
    + paras(
        "전라남도의 작은 섬에 있는 분교에는 올해 학생이 세 명뿐이다.",
        "선생님은 한 명이고, 세 학생은 모두 다른 학년이다.",
    )
    + "</article><article class='chapter'><h2>2장. 배를 타는 아침</h2>"
    + paras(
        "선생님은 매일 아침 육지에서 첫 배를 타고 섬으로 출근한다.",
        "파도가 높은 날에는 수업을 화상으로 진행한다.",
    )
    + "</article>"
    + newsletter(SITES["ko"])
    + "<article class='chapter'><h2>3장. 내년 봄</h2>"
    + paras(
        "교육청은 내년 봄 분교를 닫을지 결정할 예정이다.",
        "주민들은 학교가 사라지면 섬에 젊은 가족이 오지 않을 것이라고 걱정한다.",
    )
    + "</article><p class='chapter-next'><a href='#top'>처음으로 돌아가기</a></p></main>",
    (
        "전라남도의 작은 섬에 있는 분교에는 올해 학생이 세 명뿐이다.",
        "선생님은 매일 아침 육지에서 첫 배를 타고 섬으로 출근한다.",
        "교육청은 내년 봄 분교를 닫을지 결정할 예정이다.",
        "주민들은 학교가 사라지면 섬에 젊은 가족이 오지 않을 것이라고 걱정한다.",
    ),
    ("처음으로 돌아가기",),
    path="story/island-school",
)

add(
    "long_read_sections_with_full_width_figures",
    SITES["pt"],
    "A última fábrica de rendas de Vila do Conde",
    "<div class='longform'><header class='hero'><h1>A última fábrica de rendas de Vila do"
    " Conde</h1></header><section class='lf-chapter'>"
    + paras(
        "Na fábrica da rua da Igreja ainda trabalham onze rendilheiras, a mais nova com"
        " cinquenta e dois anos.",
        "Cada toalha de bilros leva entre três semanas e dois meses a ficar pronta.",
    )
    + "</section><figure class='lf-wide'><img src='/r1.jpg' alt=''><figcaption>As mãos de"
    " Dona Rosa sobre a almofada.</figcaption></figure><section class='lf-chapter'>"
    + paras(
        "As encomendas vêm sobretudo de França e do Japão, onde a renda portuguesa é muito"
        " procurada.",
    )
    + "</section><figure class='lf-wide'><img src='/r2.jpg' alt=''></figure>"
    "<section class='lf-chapter'>"
    + paras(
        "A câmara municipal quer abrir uma escola para ensinar o ofício aos jovens.",
        "Dona Rosa já se ofereceu para dar as primeiras aulas.",
    )
    + "</section></div>",
    (
        "ainda trabalham onze rendilheiras",
        "Cada toalha de bilros leva entre três semanas e dois meses a ficar pronta.",
        "As encomendas vêm sobretudo de França e do Japão",
        "A câmara municipal quer abrir uma escola para ensinar o ofício aos jovens.",
        "Dona Rosa já se ofereceu para dar as primeiras aulas.",
    ),
    path="reportagem/rendas",
)

# Text beside figures in a two-column grid.


def _grid_row(img: str, caption: str, *texts: str) -> str:
    return (
        f"<div class='row grid-2'><div class='col-6 media'><figure><img src='/{img}.jpg'"
        f" alt=''><figcaption>{caption}</figcaption></figure></div><div class='col-6 text'>"
        f"{paras(*texts)}</div></div>"
    )


add(
    "two_column_grid_text_beside_figures",
    SITES["nl"],
    "Het nieuwe stadhuis in vier stappen",
    "<div class='container'><h1>Het nieuwe stadhuis in vier stappen</h1>"
    + _grid_row(
        "s1",
        "De bouwput in maart.",
        "In maart begon de aannemer met het slaan van de palen voor het nieuwe stadhuis.",
    )
    + _grid_row(
        "s2",
        "De gevel in juni.",
        "In juni werd de gevel van hergebruikte baksteen gemetseld.",
        "De stenen komen uit de gesloopte school aan de Molenweg.",
    )
    + _grid_row(
        "s3",
        "De raadszaal.",
        "De raadszaal krijgt een houten dak dat zonder lijm in elkaar is gezet.",
    )
    + _grid_row(
        "s4",
        "De opening.",
        "De opening staat gepland voor september 2027, met een open dag voor alle inwoners.",
    )
    + "</div>",
    (
        "In maart begon de aannemer met het slaan van de palen voor het nieuwe stadhuis.",
        "In juni werd de gevel van hergebruikte baksteen gemetseld.",
        "De raadszaal krijgt een houten dak dat zonder lijm in elkaar is gezet.",
        "De opening staat gepland voor september 2027",
    ),
    template="portal",
    path="nieuws/stadhuis-stappen",
)

add(
    "two_column_grid_alternating_hashed",
    SITES["el"],
    "Πώς φτιάχνεται ένα ακουστικό",
    "<h1>Πώς φτιάχνεται ένα ακουστικό</h1><div class='sc-a1 grid'>"
    "<div class='sc-b2'><p>Όλα ξεκινούν από τη μεμβράνη, ένα φύλλο λεπτότερο από ανθρώπινη"
    " τρίχα.</p></div><div class='sc-c3'><img src='/m.jpg' alt=''></div>"
    "<div class='sc-c3'><img src='/c.jpg' alt=''></div><div class='sc-b2'><p>Γύρω από τη"
    " μεμβράνη τυλίγεται το πηνίο, που κινείται μέσα σε μαγνητικό πεδίο.</p><p>Το πηνίο"
    " κολλιέται με το χέρι σε κάθε μονάδα.</p></div>"
    "<div class='sc-b2'><p>Στο τέλος κάθε ακουστικό ελέγχεται σε ηχομονωμένο θάλαμο.</p></div>"
    "<div class='sc-c3'><img src='/t.jpg' alt=''></div></div>",
    (
        "Όλα ξεκινούν από τη μεμβράνη, ένα φύλλο λεπτότερο από ανθρώπινη τρίχα.",
        "Γύρω από τη μεμβράνη τυλίγεται το πηνίο",
        "Το πηνίο κολλιέται με το χέρι σε κάθε μονάδα.",
        "Στο τέλος κάθε ακουστικό ελέγχεται σε ηχομονωμένο θάλαμο.",
    ),
    template="app",
    path="arthra/akoustiko",
)

add(
    "museum_grid_text_blocks",
    SITES["fi"],
    "Näyttely: puusepän työkalut 1800-luvulta",
    "<div class='exhibition'><h1>Näyttely: puusepän työkalut 1800-luvulta</h1>"
    "<div class='wp-block-columns'><div class='wp-block-column'><img src='/h.jpg' alt=''>"
    "</div><div class='wp-block-column'><p>Näyttelyn keskiössä on Tampereen seudulla"
    " käytetty höyläkokoelma, jossa on yli kuusikymmentä höylää.</p></div></div>"
    "<div class='wp-block-columns'><div class='wp-block-column'><p>Moni höylä on tehty"
    " itse, ja omistajan nimikirjaimet on kaiverrettu runkoon.</p><p>Näyttely on avoinna"
    " 31. maaliskuuta asti.</p></div><div class='wp-block-column'><img src='/k.jpg' alt=''>"
    "</div></div><div class='wp-block-buttons'><a class='wp-block-button__link' href='/liput'>"
    "Osta liput</a></div></div>",
    (
        "Näyttelyn keskiössä on Tampereen seudulla käytetty höyläkokoelma",
        "Moni höylä on tehty itse, ja omistajan nimikirjaimet on kaiverrettu runkoon.",
        "Näyttely on avoinna 31. maaliskuuta asti.",
    ),
    ("Osta liput",),
    path="nayttelyt/tyokalut",
)
