"""The blind70r probe's fourth part: the same kinds in more languages and shapes: a recipe
whose method is in a separate ``<section>`` after a video, a news story continued in a
second ``<div>`` after a photo gallery, an encyclopedia entry in Arabic, a reference page of
sections split by an ad, a Q&A whose answers follow a "related questions" box, a FAQ-like
guide in cards, a product page whose description is split by a "complete the look" shelf,
and a long read in Hindi whose chapters sit in sibling ``<div>``s."""

from __future__ import annotations

from ._kit import SITES, ad, add, newsletter, paras, read_also

add(
    "recipe_method_section_after_video",
    SITES["hi"],
    "घर पर बनाएं मूंग दाल का हलवा",
    "<div class='recipe-intro'><h1>घर पर बनाएं मूंग दाल का हलवा</h1>"
    + paras(
        "मूंग दाल का हलवा सर्दियों में राजस्थान के हर घर में बनता है।",
        "इसे धीमी आंच पर भूनना ही इसका असली राज है।",
    )
    + "</div><div class='recipe-video'><iframe src='https://video.example/h'></iframe>"
    "<p class='video-caption'>वीडियो देखें</p></div>"
    "<section class='recipe-ingredients'><h2>सामग्री</h2><ul><li>एक कप मूंग दाल</li>"
    "<li>आधा कप देसी घी</li><li>तीन-चौथाई कप चीनी</li></ul></section>"
    + ad("विज्ञापन")
    + "<section class='recipe-method'><h2>विधि</h2><ol><li>दाल को चार घंटे भिगोकर दरदरा"
    " पीस लें।</li><li>कड़ाही में घी गर्म करके दाल को सुनहरा होने तक भूनें।</li><li>चीनी"
    " की चाशनी डालकर गाढ़ा होने तक पकाएं।</li></ol></section>",
    (
        "मूंग दाल का हलवा सर्दियों में राजस्थान के हर घर में बनता है।",
        "एक कप मूंग दाल",
        "आधा कप देसी घी",
        "दाल को चार घंटे भिगोकर दरदरा पीस लें।",
        "कड़ाही में घी गर्म करके दाल को सुनहरा होने तक भूनें।",
    ),
    ("वीडियो देखें", "विज्ञापन"),
    path="vyanjan/moong-dal-halwa",
)

add(
    "news_continued_after_gallery",
    SITES["es"],
    "El pueblo que recuperó su cine de verano",
    "<article class='noticia'><h1>El pueblo que recuperó su cine de verano</h1>"
    "<div class='cuerpo'>"
    + paras(
        "Treinta años después de su cierre, el cine de verano de Almonacid volvió a abrir"
        " este agosto en la plaza del Ayuntamiento.",
        "Los vecinos restauraron la pantalla de obra y compraron un proyector de segunda mano.",
    )
    + "</div><div class='galeria'><div class='galeria__item'><img src='/1.jpg' alt=''></div>"
    "<div class='galeria__item'><img src='/2.jpg' alt=''></div><p class='galeria__count'>"
    "1 de 12 fotos</p></div><div class='cuerpo'>"
    + paras(
        "La primera película fue una comedia de los años sesenta rodada en el propio pueblo.",
        "El ayuntamiento quiere programar una sesión cada viernes hasta septiembre.",
    )
    + "</div></article>",
    (
        "el cine de verano de Almonacid volvió a abrir",
        "Los vecinos restauraron la pantalla de obra",
        "La primera película fue una comedia de los años sesenta rodada en el propio pueblo.",
        "El ayuntamiento quiere programar una sesión cada viernes hasta septiembre.",
    ),
    ("1 de 12 fotos",),
    path="noticias/cine-de-verano",
)

add(
    "wiki_entry_arabic_sections_divs",
    SITES["ar"],
    "قصر الحمراء",
    "<div class='entry'><h1>قصر الحمراء</h1><table class='infobox'><tr><th>الموقع</th>"
    "<td>غرناطة</td></tr></table><div class='entry-lead'><p>قصر الحمراء مجمع قصور وحصون"
    " بناه ملوك بني نصر في غرناطة.</p></div><div class='toc'><b>المحتويات</b><ol><li><a"
    " href='#a'>التاريخ</a></li><li><a href='#b'>العمارة</a></li></ol></div>"
    "<div class='entry-section'><h2 id='a'>التاريخ</h2><p>بدأ بناؤه في القرن الثالث عشر،"
    " وتوسع في عهد يوسف الأول ومحمد الخامس.</p></div><div class='entry-section'><h2 id='b'>"
    "العمارة</h2><p>تشتهر جدرانه بالزخارف الجصية وبالأبيات الشعرية المنقوشة عليها.</p></div>"
    "</div>",
    (
        "قصر الحمراء مجمع قصور وحصون بناه ملوك بني نصر في غرناطة.",
        "بدأ بناؤه في القرن الثالث عشر",
        "تشتهر جدرانه بالزخارف الجصية وبالأبيات الشعرية المنقوشة عليها.",
    ),
    ("المحتويات",),
    path="mawsua/alhambra",
)

add(
    "reference_sections_split_by_ad",
    SITES["de"],
    "Die Methode speichere im Überblick",
    "<div class='doc-body'><h1>Die Methode speichere im Überblick</h1>"
    "<section class='doc-section'><h2>Wozu</h2>"
    + paras("Die Methode schreibt Daten atomar in eine Datei im Projektordner.")
    + "</section>"
    + ad("Werbung")
    + "<section class='doc-section'><h2>Fehler</h2>"
    + paras(
        "Existiert die Datei bereits, wird ein Fehler ausgelöst, solange ueberschreiben"
        " nicht gesetzt ist.",
    )
    + "</section><section class='doc-section'><h2>Siehe auch</h2><ul><li><a href='#'>"
    "werkbank.lade</a></li></ul></section></div>",
    (
        "Die Methode schreibt Daten atomar in eine Datei im Projektordner.",
        "Existiert die Datei bereits, wird ein Fehler ausgelöst",
    ),
    ("Werbung",),
    path="referenz/speichere-ueberblick",
)

add(
    "qa_answers_after_related_questions",
    SITES["pl"],
    "Czy można jeździć na nartach bez kasku?",
    "<div class='q'><h1>Czy można jeździć na nartach bez kasku?</h1><p>Wybieram się pierwszy"
    " raz na narty do Włoch i nie wiem, czy kask jest tam obowiązkowy.</p></div>"
    + read_also("Podobne pytania", "Jakie narty wybrać na początek?", "Ile kosztuje skipass?")
    + "<div class='answers'><div class='a'><p>We Włoszech kask jest obowiązkowy dla osób"
    " poniżej osiemnastu lat.</p><span class='a-author'>odpowiedział: narciarz_82</span>"
    "</div><div class='a'><p>Dorosłym też radzę kask, bo stoki w weekendy są bardzo"
    " zatłoczone.</p><span class='a-author'>odpowiedziała: Ola</span></div></div>",
    (
        "nie wiem, czy kask jest tam obowiązkowy.",
        "We Włoszech kask jest obowiązkowy dla osób poniżej osiemnastu lat.",
        "Dorosłym też radzę kask",
    ),
    ("Podobne pytania", "Jakie narty wybrać na początek?", "odpowiedział: narciarz_82"),
    path="pytania/kask-narty",
)

add(
    "guide_cards_with_newsletter_between",
    SITES["fi"],
    "Terassin talvisäilytys viidessä vaiheessa",
    "<h1>Terassin talvisäilytys viidessä vaiheessa</h1><div class='guide'>"
    "<div class='step-card'><h3>1. Siivoa</h3><p>Lakaise lehdet ja roskat pois ennen kuin"
    " lumi tulee.</p></div><div class='step-card'><h3>2. Pese</h3><p>Pese lauta mäntysuopa"
    "liuoksella ja anna kuivua.</p></div></div>"
    + newsletter(SITES["fi"])
    + "<div class='guide'><div class='step-card'><h3>3. Nosta</h3><p>Nosta kalusteet"
    " sisälle tai peitä ne hengittävällä suojalla.</p></div><div class='step-card'><h3>4."
    " Tarkista</h3><p>Tarkista, ettei vesi jää seisomaan lautojen väliin.</p></div></div>",
    (
        "Lakaise lehdet ja roskat pois ennen kuin lumi tulee.",
        "Pese lauta mäntysuopaliuoksella ja anna kuivua.",
        "Nosta kalusteet sisälle tai peitä ne hengittävällä suojalla.",
        "Tarkista, ettei vesi jää seisomaan lautojen väliin.",
    ),
    path="ohjeet/terassi-talvi",
)

add(
    "product_description_split_by_shelf",
    SITES["it"],
    "Cappotto in lana cotta Valle",
    "<div class='product-detail'><h1>Cappotto in lana cotta Valle</h1><div"
    " class='product-description'>"
    + paras(
        "Il cappotto Valle è cucito a mano in una piccola sartoria di Biella con lana cotta"
        " delle Prealpi.",
    )
    + "</div><div class='complete-the-look'><h3>Completa il look</h3><div class='tile'><a"
    " href='#'>Sciarpa in alpaca</a><span>49 €</span></div><div class='tile'><a href='#'>"
    "Guanti in pelle</a><span>39 €</span></div></div><div class='product-description'>"
    + paras(
        "La lana cotta è compatta e ripara dal vento senza bisogno di fodera pesante.",
        "Si consiglia il lavaggio a secco; non va messo in asciugatrice.",
    )
    + "</div></div>",
    (
        "Il cappotto Valle è cucito a mano in una piccola sartoria di Biella",
        "La lana cotta è compatta e ripara dal vento",
        "Si consiglia il lavaggio a secco; non va messo in asciugatrice.",
    ),
    ("Completa il look", "Sciarpa in alpaca", "Guanti in pelle"),
    path="prodotti/cappotto-valle",
)

add(
    "long_read_chapters_sibling_divs_hi",
    SITES["hi"],
    "रेगिस्तान का आखिरी डाकिया",
    "<div class='story-wrap'><h1>रेगिस्तान का आखिरी डाकिया</h1></div>"
    "<div class='story-chapter'><h2>ऊंट पर डाक</h2>"
    + paras(
        "जैसलमेर के पास के गांवों में रामलाल तीस साल तक ऊंट पर डाक पहुंचाते रहे।",
        "उनका रास्ता रेत के टीलों से होकर जाता था, जहां कोई सड़क नहीं थी।",
    )
    + "</div><div class='story-chapter'><h2>चिट्ठियों का दौर</h2>"
    + paras("उन दिनों फौज में गए बेटों की चिट्ठियां ही गांवों की सबसे बड़ी खबर होती थीं।")
    + "</div>"
    + ad("विज्ञापन")
    + "<div class='story-chapter'><h2>आज</h2>"
    + paras(
        "अब गांवों तक पक्की सड़क है और डाक जीप से आती है।",
        "रामलाल का ऊंट आज भी उनके आंगन में बंधा है।",
    )
    + "</div>",
    (
        "जैसलमेर के पास के गांवों में रामलाल तीस साल तक ऊंट पर डाक पहुंचाते रहे।",
        "उन दिनों फौज में गए बेटों की चिट्ठियां ही गांवों की सबसे बड़ी खबर होती थीं।",
        "अब गांवों तक पक्की सड़क है और डाक जीप से आती है।",
        "रामलाल का ऊंट आज भी उनके आंगन में बंधा है।",
    ),
    ("विज्ञापन",),
    path="kahani/aakhiri-dakiya",
)
