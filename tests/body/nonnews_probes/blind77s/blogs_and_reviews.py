"""The blind77s probe's third part: blog posts and reviews whose column holds furniture
beside the text (pros and cons lists under headings and in a table, recipes with a photo
over each step, posts with a tag cloud, an author box, "related posts", a "share this" row
of words, a second cookie notice inside the column, a pull quote repeating a sentence, a
top-ten list under headings with "you may like" links between them, a book review's rating
box, a tech post's "buy me a coffee" box, a sign-up box mid-post, a Blogger post's labels
line)."""

from __future__ import annotations

from ._kit import (
    SITES,
    add,
    author_box,
    bullets,
    comment_prompt,
    newsletter,
    paras,
    related_posts,
    rows,
    share,
    share_words,
    tag_cloud,
)

add(
    "comparison_review_pros_cons_lists",
    SITES["cs"],
    "Srovnání: dvě levné vysavačové roboty do bytu",
    "<article class='review'><h1>Srovnání: dvě levné vysavačové roboty do bytu</h1>"
    + paras(
        "Oba roboty jsme měsíc testovali v bytě 2+kk s plovoucí podlahou a kobercem.",
        "Model Lumo R3 uklízí rychleji, Vexa 200 zase lépe zvládá hrany.",
    )
    + "<h2>Lumo R3</h2><div class='pros-cons'><div class='pros'><h3>Klady</h3>"
    + bullets("tichý chod", "výdrž přes dvě hodiny")
    + "</div><div class='cons'><h3>Zápory</h3>"
    + bullets("malý zásobník na prach")
    + "</div></div><div class='affiliate-box'><a class='btn' href='#'>Koupit za 3 490 Kč</a>"
    "<a href='#'>Srovnat ceny</a></div><h2>Verdikt</h2>"
    + paras("Do menšího bytu bez prahů bychom vybrali Lumo R3.")
    + "<div class='rate-article'><span>Ohodnoťte článek</span><button>★★★★★</button></div>"
    "</article>",
    (
        "Oba roboty jsme měsíc testovali",
        "Vexa 200 zase lépe zvládá hrany.",
        "tichý chod",
        "výdrž přes dvě hodiny",
        "malý zásobník na prach",
        "Do menšího bytu bez prahů bychom vybrali Lumo R3.",
    ),
    ("Koupit za 3 490 Kč", "Srovnat ceny", "Ohodnoťte článek"),
    path="recenze/roboticke-vysavace",
)

add(
    "pros_cons_table_review",
    SITES["el"],
    "Κριτική: ηλεκτρικό ποδήλατο πόλης Ardo E1",
    "<article><h1>Κριτική: ηλεκτρικό ποδήλατο πόλης Ardo E1</h1>"
    + paras("Το οδηγήσαμε δύο εβδομάδες στους λόφους της Θεσσαλονίκης, σε βροχή και λιακάδα.")
    + rows(
        ("Ελαφρύ πλαίσιο αλουμινίου", "Σκληρή σέλα"),
        ("Μπαταρία που βγαίνει εύκολα", "Χωρίς σχάρα στη βασική έκδοση"),
        head=("Υπέρ", "Κατά"),
    )
    + paras("Για καθημερινές διαδρομές έως 30 χιλιόμετρα είναι μια πολύ καλή επιλογή.")
    + "<div class='score-box'><span class='score'>8,2/10</span><a href='#'>Δείτε την προσφορά"
    "</a></div></article>",
    (
        "στους λόφους της Θεσσαλονίκης",
        "Ελαφρύ πλαίσιο αλουμινίου",
        "Χωρίς σχάρα στη βασική έκδοση",
        "είναι μια πολύ καλή επιλογή.",
    ),
    ("Δείτε την προσφορά",),
    path="kritikes/ardo-e1",
)

add(
    "recipe_step_photos_hausa",
    SITES["ha"],
    "Yadda ake dafa Miyan Taushe",
    "<div class='recipe'><h1>Yadda ake dafa Miyan Taushe</h1><div class='recipe-meta'><span>"
    "Lokaci: awa 1</span><a href='#'>Buga girke-girke</a><span>Ƙima: 4.5/5</span></div><h2>"
    "Kayan haɗi</h2>"
    + bullets("Kabewa rabin kilo", "Naman sa", "Gyada da aka daka", "Alayyahu")
    + "<h2>Yadda ake yi</h2>"
    + "".join(
        f"<div class='step'><img src='/s{n}.jpg' alt=''><p>{t}</p></div>"
        for n, t in enumerate(
            (
                "Ki dafa naman sa da albasa da gishiri har sai ya yi laushi.",
                "Ki zuba kabewa da aka yanka ki bar shi ya dahu na minti ashirin.",
                "Ki zuba gyada da aka daka ki juya, sannan ki ƙara alayyahu a ƙarshe.",
            )
        )
    )
    + "</div>",
    (
        "Kabewa rabin kilo",
        "Gyada da aka daka",
        "Ki dafa naman sa da albasa da gishiri",
        "ya dahu na minti ashirin.",
        "ki ƙara alayyahu a ƙarshe.",
    ),
    ("Buga girke-girke", "Ƙima: 4.5/5"),
    path="girke-girke/miyan-taushe",
)

add(
    "recipe_step_photos_numbered_headings",
    SITES["vi"],
    "Cách làm bánh xèo miền Tây giòn rụm",
    "<div class='post'><h1>Cách làm bánh xèo miền Tây giòn rụm</h1><div class='recipe-actions'>"
    "<a href='#'>In công thức</a><a href='#'>Lưu công thức</a></div><h2>Nguyên liệu</h2>"
    + bullets("300 g bột gạo", "200 ml nước cốt dừa", "1 thìa cà phê bột nghệ", "Tôm, thịt ba chỉ")
    + "".join(
        f"<h3>Bước {n}</h3><figure><img src='/b{n}.jpg' alt=''></figure><p>{t}</p>"
        for n, t in (
            (1, "Trộn bột gạo với nước cốt dừa, bột nghệ và hành lá, để bột nghỉ 30 phút."),
            (2, "Phi tôm và thịt trên chảo thật nóng cho đến khi săn lại."),
            (3, "Đổ một vá bột, xoay chảo cho bột tráng mỏng rồi đậy nắp ba phút."),
        )
    )
    + share(SITES["vi"])
    + "</div>",
    (
        "300 g bột gạo",
        "Bước 1",
        "để bột nghỉ 30 phút.",
        "Phi tôm và thịt trên chảo thật nóng",
        "xoay chảo cho bột tráng mỏng",
    ),
    ("In công thức", "Lưu công thức"),
    path="cong-thuc/banh-xeo",
)

add(
    "blog_tag_cloud_author_box_related_in_column",
    SITES["sv"],
    "Så övervintrar du pelargoner i källaren",
    "<article class='post'><h1>Så övervintrar du pelargoner i källaren</h1><div"
    " class='entry-content'>"
    + paras(
        "Klipp ner plantorna till en tredjedel innan första frosten och låt jorden torka upp.",
        "Ställ krukorna svalt och ljust, runt tio grader, och vattna bara när jorden är helt torr.",
        "I mars flyttar du in dem i värmen igen och börjar gödsla svagt.",
    )
    + "</div>"
    + author_box(
        "Karin Holm",
        "Karin är trädgårdsmästare och skriver om balkongodling varje vecka.",
    )
    + tag_cloud("Taggar", "pelargoner", "övervintring", "krukväxter", "källare")
    + related_posts("Relaterade inlägg", "Dahlior i hink", "Beskär rosor i april")
    + "</article>",
    (
        "Klipp ner plantorna till en tredjedel",
        "vattna bara när jorden är helt torr.",
        "I mars flyttar du in dem i värmen igen",
    ),
    (
        "Karin är trädgårdsmästare",
        "Taggar",
        "övervintring",
        "krukväxter",
        "Relaterade inlägg",
        "Dahlior i hink",
        "Beskär rosor i april",
    ),
    path="2026/11/pelargoner",
)

add(
    "jetpack_share_related_about_author",
    SITES["pt"],
    "Três dias na Serra da Estrela sem carro",
    "<article><h1>Três dias na Serra da Estrela sem carro</h1><div class='entry-content'>"
    + paras(
        "Chegámos a Manteigas de autocarro, numa viagem de três horas desde Coimbra.",
        "No segundo dia subimos o vale glaciar do Zêzere a pé, com paragem no Poço do Inferno.",
        "Para voltar apanhámos o único autocarro da tarde, por isso convém reservar.",
    )
    + share_words("Compartilhe isso:", "Facebook", "WhatsApp", "Imprimir")
    + related_posts("Posts relacionados", "Um fim de semana no Gerês", "Comboio do Douro")
    + "</div><div class='about-author'><h4>Sobre a autora</h4><p>A Inês viaja de transportes"
    " públicos há dez anos e conta tudo aqui.</p></div>"
    + comment_prompt(SITES["pt"])
    + "</article>",
    (
        "Chegámos a Manteigas de autocarro",
        "subimos o vale glaciar do Zêzere a pé",
        "por isso convém reservar.",
    ),
    (
        "Compartilhe isso:",
        "Imprimir",
        "Posts relacionados",
        "Um fim de semana no Gerês",
        "Sobre a autora",
        "A Inês viaja de transportes públicos",
    ),
    path="2026/10/serra-da-estrela",
)

add(
    "blog_share_words_and_tag_line_hindi",
    SITES["hi"],
    "घर पर तुलसी का पौधा कैसे लगाएं",
    "<div class='post-body'><h1>घर पर तुलसी का पौधा कैसे लगाएं</h1>"
    + paras(
        "तुलसी के बीज गर्मियों की शुरुआत में बोना सबसे अच्छा रहता है।",
        "गमले में रेत और गोबर की खाद मिलाकर मिट्टी तैयार करें और रोज़ हल्का पानी दें।",
        "पौधे को दिन में कम से कम चार घंटे धूप मिलनी चाहिए।",
    )
    + "<div class='post-labels'>टैग: <a href='#'>बागवानी</a>, <a href='#'>औषधीय पौधे</a></div>"
    + share_words("इसे शेयर करें:", "व्हाट्सऐप", "फेसबुक", "ट्विटर")
    + "</div>",
    (
        "गर्मियों की शुरुआत में बोना सबसे अच्छा रहता है।",
        "रोज़ हल्का पानी दें।",
        "कम से कम चार घंटे धूप मिलनी चाहिए।",
    ),
    ("औषधीय पौधे", "इसे शेयर करें:", "व्हाट्सऐप"),
    path="2026/04/tulsi",
)

add(
    "personal_blog_author_box_and_comment_form",
    SITES["ar"],
    "ما تعلمته من سنة في تعلم العزف على العود",
    "<article class='post'><h1>ما تعلمته من سنة في تعلم العزف على العود</h1>"
    + paras(
        "بدأت التعلم في الأربعين، وكنت أظن أن الوقت قد فات.",
        "أهم درس كان التمرين القصير كل يوم بدل الساعات الطويلة في نهاية الأسبوع.",
        "اليوم أعزف ثلاث مقطوعات كاملة، وأحلم بالعزف مع فرقة صغيرة.",
    )
    + author_box("سلمى حداد", "سلمى مهندسة تكتب عن الموسيقى والتعلم في منتصف العمر.")
    + comment_prompt(SITES["ar"])
    + "</article>",
    (
        "بدأت التعلم في الأربعين",
        "التمرين القصير كل يوم بدل الساعات الطويلة",
        "وأحلم بالعزف مع فرقة صغيرة.",
    ),
    ("سلمى مهندسة تكتب عن الموسيقى",),
    path="2026/09/oud",
)

add(
    "cookie_notice_inside_the_column",
    SITES["te"],
    "వర్షాకాలంలో ఇంటి తోట సంరక్షణ",
    "<div class='entry'><div class='gdpr-inline'><p>మేము మీ అనుభవాన్ని మెరుగుపరచడానికి కుకీలను"
    " ఉపయోగిస్తాము.</p><button>అంగీకరించు</button><button>నిరాకరించు</button></div><h1>"
    "వర్షాకాలంలో ఇంటి తోట సంరక్షణ</h1>"
    + paras(
        "వర్షాకాలంలో కుండీలలో నీరు నిలవకుండా అడుగున రంధ్రాలు ఉండేలా చూసుకోండి.",
        "ఆకులపై శిలీంధ్రం కనిపిస్తే వేప నూనె ద్రావణాన్ని వారానికి ఒకసారి చల్లండి.",
    )
    + "</div>",
    (
        "అడుగున రంధ్రాలు ఉండేలా చూసుకోండి.",
        "వేప నూనె ద్రావణాన్ని వారానికి ఒకసారి చల్లండి.",
    ),
    ("కుకీలను ఉపయోగిస్తాము", "అంగీకరించు", "నిరాకరించు"),
    path="2026/07/thota",
)

add(
    "essay_pull_quote_repeats_a_sentence",
    SITES["fr"],
    "Pourquoi j'ai quitté la ville pour un village de 300 habitants",
    "<article><h1>Pourquoi j'ai quitté la ville pour un village de 300 habitants</h1>"
    + paras(
        "Il y a deux ans, j'ai vendu mon appartement lyonnais et acheté une ancienne école.",
        "Au début, le silence m'empêchait de dormir. Ici, personne ne court après le temps.",
    )
    + "<aside class='pullquote'><blockquote>« Ici, personne ne court après le temps. »"
    "</blockquote></aside>"
    + paras(
        "Le boulanger passe deux fois par semaine et la mairie ouvre le mardi matin.",
        "Je ne regrette rien, même les hivers où la route est fermée.",
    )
    + "</article>",
    (
        "j'ai vendu mon appartement lyonnais",
        "Au début, le silence m'empêchait de dormir.",
        "la mairie ouvre le mardi matin.",
        "même les hivers où la route est fermée.",
    ),
    path="2026/08/village",
)

add(
    "top_list_sections_with_inline_links",
    SITES["es"],
    "Las 5 mejores rutas en bici por la Vega de Granada",
    "<article><h1>Las 5 mejores rutas en bici por la Vega de Granada</h1>"
    + paras("Estas rutas son llanas y aptas para familias; todas salen de la capital.")
    + "<h2>1. Camino de los Molinos</h2>"
    + paras("Doce kilómetros entre acequias y choperas hasta Santa Fe.")
    + "<p class='related-inline'><strong>Te puede interesar:</strong> <a href='#'>Las mejores"
    " alforjas para principiantes</a></p><h2>2. Ruta del Genil</h2>"
    + paras("Sigue el río por un carril bici nuevo, con sombra casi todo el camino.")
    + "<p class='related-inline'><strong>Te puede interesar:</strong> <a href='#'>Cómo llevar"
    " niños en bici</a></p><h2>3. Soto de Roma</h2>"
    + paras("Una vuelta de veinte kilómetros por caminos agrícolas y alamedas.")
    + "</article>",
    (
        "aptas para familias",
        "1. Camino de los Molinos",
        "hasta Santa Fe.",
        "2. Ruta del Genil",
        "con sombra casi todo el camino.",
        "por caminos agrícolas y alamedas.",
    ),
    (
        "Te puede interesar",
        "Las mejores alforjas para principiantes",
        "Cómo llevar niños en bici",
    ),
    path="rutas/vega-granada",
)

add(
    "book_review_rating_box",
    SITES["ne"],
    "पुस्तक समीक्षा: हिमालको छायाँ",
    "<article><h1>पुस्तक समीक्षा: हिमालको छायाँ</h1><div class='book-box'><span>लेखक: सीता"
    " थापा</span><span>मूल्याङ्कन: ४/५</span><a href='#'>अनलाइन किन्नुहोस्</a></div>"
    + paras(
        "यो उपन्यास मुस्ताङका तीन पुस्ताका महिलाहरूको कथा हो।",
        "भाषा सरल छ तर कथाको अन्त्य केही हतारमा लेखिएको जस्तो लाग्छ।",
    )
    + newsletter(SITES["ne"])
    + "</article>",
    (
        "मुस्ताङका तीन पुस्ताका महिलाहरूको कथा हो।",
        "कथाको अन्त्य केही हतारमा लेखिएको जस्तो लाग्छ।",
    ),
    ("अनलाइन किन्नुहोस्",),
    path="samiksha/himalko-chhaya",
)

add(
    "tech_post_code_and_coffee_box",
    SITES["az"],
    "Bash-da faylları tarixə görə silmək",
    "<article class='post'><h1>Bash-da faylları tarixə görə silmək</h1>"
    + paras("Köhnə log fayllarını əl ilə silmək yorucudur; find əmri bunu bir sətrə endirir.")
    + "<pre><code>find /var/log/app -name '*.log' -mtime +30 -delete</code></pre>"
    + paras("-mtime +30 otuz gündən köhnə faylları seçir. Əvvəlcə -delete olmadan yoxlayın.")
    + "<div class='bmc-box'><p>Yazı faydalı oldusa, mənə bir qəhvə al!</p><a href='#'>"
    "Buy me a coffee</a></div>" + share(SITES["az"]) + "</article>",
    (
        "find əmri bunu bir sətrə endirir.",
        "find /var/log/app -name '*.log' -mtime +30 -delete",
        "Əvvəlcə -delete olmadan yoxlayın.",
    ),
    ("mənə bir qəhvə al", "Buy me a coffee"),
    path="bash-find-delete",
)

add(
    "signup_box_mid_post",
    SITES["si"],
    "කොළඹ සිට මහනුවරට දුම්රියෙන්",
    "<article><h1>කොළඹ සිට මහනුවරට දුම්රියෙන්</h1>"
    + paras("උදෑසන හයට පිටත්වන දුම්රිය වඩාත් ලස්සන දසුන් පෙන්වයි.")
    + "<div class='inline-signup'><h4>නව සංචාරක ලිපි ඊමේල් මගින් ලබාගන්න</h4><form><input>"
    "<button>ලියාපදිංචි වන්න</button></form></div>"
    + paras("දකුණු පැත්තේ ආසනයක් වෙන් කරගන්න; කඩුගන්නාව පසුකරද්දී කඳු පෙනේ.")
    + "</article>",
    (
        "උදෑසන හයට පිටත්වන දුම්රිය",
        "කඩුගන්නාව පසුකරද්දී කඳු පෙනේ.",
    ),
    ("නව සංචාරක ලිපි ඊමේල් මගින් ලබාගන්න", "ලියාපදිංචි වන්න"),
    path="dumriya/kandy",
)

add(
    "blogger_post_labels_and_share",
    SITES["kk"],
    "Кітапхана түнгі оқуға шақырады",
    "<div class='post hentry'><h3 class='post-title'>Кітапхана түнгі оқуға шақырады</h3><div"
    " class='post-body entry-content'>"
    + paras(
        "Сенбі күні кітапхана алғаш рет түнгі оқу кешін өткізеді.",
        "Кеш сағат 20:00-де басталып, таңғы 2:00-ге дейін жалғасады.",
    )
    + "</div><div class='post-footer'><span class='post-labels'>Белгілер: <a href='#'>іс-шара"
    "</a>, <a href='#'>оқу</a></span><div class='post-share-buttons'><a href='#'>Бөлісу"
    "</a></div><span class='post-comment-link'><a href='#'>0 пікір</a></span></div></div>",
    (
        "алғаш рет түнгі оқу кешін өткізеді.",
        "таңғы 2:00-ге дейін жалғасады.",
    ),
    ("Белгілер:", "0 пікір"),
    path="2026/12/tungi-oqu.html",
)
