"""The blind75s probe's second part: text that is not a row of ``<p>`` in an article (lyrics
in ``<br>`` lines, a book chapter in a reader, a sermon's transcript, an interview's
questions and answers, a photo essay's text between figures, one page of a multi-page
article, a Tailwind page of utility classes only, custom elements, ``<pre>`` and ``<dl>``
content, a pull quote, sections under headings on a long page)."""

from __future__ import annotations

from ._kit import SITES, add, bullets, page_nav, paras

add(
    "lyrics_br_lines_with_chords_toggle",
    SITES["te"],
    "వెన్నెల రాత్రి - పాట సాహిత్యం",
    "<div class='lyrics-page'><h1>వెన్నెల రాత్రి</h1><div class='song-info'><span>గాయని:"
    " శ్రావణి</span><span>సంగీతం: రఘు</span></div><div class='lyrics-tools'><button>కార్డ్స్"
    " చూపించు</button><button>ఫాంట్ పెంచు</button></div><div class='lyrics'>వెన్నెల రాత్రి"
    " వెండి దారి<br>నీ జాడ కోసం నా కన్నుల వేట<br><br>చెరువు గట్టున చల్లని గాలి<br>నీ పాట"
    " వింటూ నిదురించె ఊరు<br><br>వెన్నెల రాత్రి వెండి దారి<br>నీ జాడ కోసం నా కన్నుల వేట"
    "</div><div class='lyrics-report'><a href='#'>సాహిత్యంలో తప్పు నివేదించండి</a></div>"
    "</div>",
    (
        "వెన్నెల రాత్రి వెండి దారి",
        "చెరువు గట్టున చల్లని గాలి",
        "నీ పాట వింటూ నిదురించె ఊరు",
    ),
    ("ఫాంట్ పెంచు", "సాహిత్యంలో తప్పు నివేదించండి"),
    path="lyrics/vennela-ratri",
)

add(
    "book_chapter_reader_with_chapter_nav",
    SITES["km"],
    "ជំពូកទី ៣៖ ទន្លេនៅពេលរាត្រី",
    "<div class='reader'><div class='reader-toolbar'><a href='#'>មាតិកា</a><button>ពុម្ពអក្សរ"
    "</button></div><h1>ជំពូកទី ៣៖ ទន្លេនៅពេលរាត្រី</h1><div class='chapter-text'>"
    + paras(
        "យប់នោះ ទឹកទន្លេឡើងខ្ពស់ជាងរាល់ឆ្នាំ ហើយអ្នកភូមិទាំងអស់មិនបានដេកលក់ទេ។",
        "សុខា អង្គុយលើកាំជណ្ដើរផ្ទះ មើលទូកតូចៗដែលអណ្ដែតកាត់ពន្លឺព្រះចន្ទ។",
        "នាងនឹកឃើញពាក្យរបស់យាយ៖ ទន្លេមិនដែលភ្លេចផ្លូវរបស់វាឡើយ។",
    )
    + "</div><div class='chapter-nav'><a href='#'>« ជំពូកមុន</a><a href='#'>ជំពូកបន្ទាប់ »"
    "</a></div></div>",
    (
        "យប់នោះ ទឹកទន្លេឡើងខ្ពស់ជាងរាល់ឆ្នាំ",
        "មើលទូកតូចៗដែលអណ្ដែតកាត់ពន្លឺព្រះចន្ទ។",
        "ទន្លេមិនដែលភ្លេចផ្លូវរបស់វាឡើយ។",
    ),
    ("« ជំពូកមុន", "ជំពូកបន្ទាប់ »", "ពុម្ពអក្សរ"),
    path="book/tonle/3",
)

add(
    "sermon_transcript_with_scripture_blocks",
    SITES["cy"],
    "Golau yn y tywyllwch",
    "<article class='sermon'><h1>Golau yn y tywyllwch</h1><div class='sermon-meta'>Y Parch."
    " Dafydd Morgan · Sul yr Adfent</div><div class='sermon-audio'><audio src='/s.mp3'>"
    "</audio><a href='#'>Lawrlwytho MP3</a></div>"
    + paras("Bore da. Mae'r Adfent yn dymor o aros, ac o aros yn y tywyllwch.")
    + "<blockquote class='scripture'>Y bobl oedd yn rhodio mewn tywyllwch a welsant oleuni "
    "mawr. (Eseia 9:2)</blockquote>"
    + paras(
        "Nid golau sy'n dileu'r nos ar unwaith yw hwn, ond golau sy'n dangos y ffordd gam wrth"
        " gam.",
        "Felly yr wythnos hon, meddyliwch am un person sydd angen gweld y golau hwnnw.",
    )
    + "<div class='donate-box'><p>Cefnogwch waith y capel</p><a href='#'>Cyfrannu</a></div>"
    "</article>",
    (
        "Mae'r Adfent yn dymor o aros",
        "a welsant oleuni mawr.",
        "ond golau sy'n dangos y ffordd gam wrth gam.",
        "meddyliwch am un person sydd angen gweld y golau hwnnw.",
    ),
    ("Lawrlwytho MP3", "Cefnogwch waith y capel"),
    path="pregethau/golau",
)

add(
    "interview_bold_questions_answers",
    SITES["tl"],
    "Ang huling manghahabi ng Abra",
    "<article class='post'><h1>Ang huling manghahabi ng Abra</h1><p class='byline'>Panayam"
    " ni Rosa Dizon</p>"
    + paras("Pitumpu't dalawang taon nang humahabi si Lola Iday ng kumot na binakol.")
    + "<p><strong>Kailan po kayo natutong humabi?</strong></p><p>Walong taon ako noon. "
    "Tinuruan ako ng nanay ko sa silong ng bahay.</p><p><strong>Ano po ang pinakamahirap na"
    " disenyo?</strong></p><p>Ang binakol, dahil parang gumagalaw ang mga guhit kapag "
    "tinitingnan mo.</p><p><strong>May natututo pa po ba ngayon?</strong></p><p>Dalawa na "
    "lang na dalaga sa barangay, pero sapat na iyon para hindi mamatay ang habi.</p>"
    "<div class='author-box'><p>Si Rosa Dizon ay manunulat mula sa Vigan.</p></div>"
    "</article>",
    (
        "Kailan po kayo natutong humabi?",
        "Tinuruan ako ng nanay ko sa silong ng bahay.",
        "parang gumagalaw ang mga guhit",
        "sapat na iyon para hindi mamatay ang habi.",
    ),
    ("Si Rosa Dizon ay manunulat mula sa Vigan.",),
    path="panayam/manghahabi",
)

add(
    "photo_essay_text_between_figures",
    SITES["sq"],
    "Bariu i fundit i Prespës",
    "<article class='photo-essay'><h1>Bariu i fundit i Prespës</h1>"
    "<figure><img src='/1.jpg' alt=''><figcaption>Agimi mbi liqen. Foto: Ardit Hoxha"
    "</figcaption></figure><p>Çdo mëngjes në orën pesë, Sokol Meta nxjerr dyzet dele nga "
    "vathi.</p><figure><img src='/2.jpg' alt=''><figcaption>Qeni Murrash ruan tufën."
    "</figcaption></figure><p>Djemtë e tij punojnë në Greqi. Askush nuk do ta marrë tufën "
    "pas tij.</p><figure><img src='/3.jpg' alt=''><figcaption>Stani në vjeshtë."
    "</figcaption></figure><p>«Malet nuk presin», thotë ai, ndërsa mbyll portën e drunjtë."
    "</p><div class='gallery-nav'><button>1 / 3</button><button>Pamje e plotë</button></div>"
    "</article>",
    (
        "Sokol Meta nxjerr dyzet dele nga vathi.",
        "Askush nuk do ta marrë tufën pas tij.",
        "«Malet nuk presin», thotë ai",
    ),
    ("Pamje e plotë", "1 / 3"),
    path="foto/bariu",
)

add(
    "multipage_article_page_two",
    SITES["lt"],
    "Kaip išsirinkti dviratį: dalis 2",
    "<article class='article'><h1>Kaip išsirinkti dviratį</h1><p class='page-label'>2 "
    "puslapis iš 3</p>"
    + paras(
        "Rėmo dydis svarbesnis už pavarų skaičių. Atsistokite virš rėmo: tarp jo ir kūno turi"
        " likti bent keli centimetrai.",
        "Moteriški rėmai nebūtinai skirti tik moterims; žemas rėmas patogus visiems, kas "
        "dažnai lipa nuo dviračio.",
    )
    + "<h2>Stabdžiai</h2>"
    + paras("Diskiniai stabdžiai veikia ir per lietų, bet juos sunkiau prižiūrėti patiems.")
    + page_nav(2, 3, "« Ankstesnis", "Kitas »")
    + "</article>",
    (
        "Rėmo dydis svarbesnis už pavarų skaičių.",
        "žemas rėmas patogus visiems",
        "Diskiniai stabdžiai veikia ir per lietų",
    ),
    ("« Ankstesnis", "Kitas »"),
    path="straipsniai/dviratis?page=2",
)

add(
    "tailwind_utility_classes_only",
    SITES["eu"],
    "Irakurketa kluba udazkenean",
    "<div class='mx-auto max-w-3xl px-4 py-8'><h1 class='text-3xl font-bold mb-4'>Irakurketa"
    " kluba udazkenean</h1><div class='flex gap-2 text-sm text-gray-500 mb-6'><span>2026/10"
    "/02</span><span>·</span><span>3 min</span></div><div class='space-y-4 text-lg "
    "leading-relaxed'>"
    + paras(
        "Urriaren 9an hasiko da irakurketa kluba, ostegunetan arratsaldeko seietan.",
        "Lehen saioan Bernardo Atxagaren ipuin bat irakurriko dugu eta gero berari buruz "
        "hitz egingo dugu.",
        "Izena eman daiteke liburutegiko harreran edo telefonoz.",
    )
    + "</div><div class='mt-8 flex gap-4 border-t pt-4'><a class='text-blue-600' "
    "href='#'>Facebook</a><a class='text-blue-600' href='#'>X</a></div></div>",
    (
        "Urriaren 9an hasiko da irakurketa kluba",
        "Bernardo Atxagaren ipuin bat irakurriko dugu",
        "Izena eman daiteke liburutegiko harreran edo telefonoz.",
    ),
    ("2026/10/02",),
    path="ekitaldiak/irakurketa-kluba",
    template="app",
)

add(
    "custom_elements_article",
    SITES["mn"],
    "Талын салхи: шинэ роман",
    "<book-review-page><review-header><h1>Талын салхи: шинэ роман</h1><review-rating "
    "stars='4'>4/5</review-rating></review-header><review-body><p>Зохиолч Болормаа говийн "
    "нэгэн айлын гурван үеийн түүхийг өгүүлнэ.</p><p>Хамгийн сайхан нь хүүхдийн нүдээр "
    "харсан зудын өвлийн бүлэг юм.</p><p>Зарим хэсэг удаан санагдавч төгсгөл нь бүх зүйлийг"
    " холбож өгдөг.</p></review-body><review-actions><button>Хадгалах</button><button>"
    "Худалдаж авах</button></review-actions></book-review-page>",
    (
        "говийн нэгэн айлын гурван үеийн түүхийг өгүүлнэ.",
        "хүүхдийн нүдээр харсан зудын өвлийн бүлэг юм.",
        "төгсгөл нь бүх зүйлийг холбож өгдөг.",
    ),
    ("Худалдаж авах", "Хадгалах"),
    path="review/talyn-salkhi",
)

add(
    "config_guide_pre_blocks",
    SITES["et"],
    "Varukoopia seadistamine",
    "<article class='doc'><h1>Varukoopia seadistamine</h1>"
    + paras("Loo esmalt kataloog, kuhu varukoopiad salvestatakse.")
    + "<pre><code>mkdir -p /srv/varu\nchmod 700 /srv/varu</code></pre>"
    + paras("Seejärel lisa ajastatud töö, mis käivitub igal öösel kell kaks.")
    + "<pre><code>0 2 * * * /usr/local/bin/varunda --siht /srv/varu</code></pre>"
    + "<div class='copy-hint'>Kopeeri</div><div class='doc-footer'><a href='#'>Muuda seda "
    "lehte</a></div></article>",
    (
        "Loo esmalt kataloog, kuhu varukoopiad salvestatakse.",
        "mkdir -p /srv/varu",
        "0 2 * * * /usr/local/bin/varunda --siht /srv/varu",
        "mis käivitub igal öösel kell kaks.",
    ),
    ("Muuda seda lehte",),
    path="docs/varukoopia",
)

add(
    "glossary_definition_list",
    SITES["eu"],
    "Liburutegiko hiztegia",
    "<div class='glossary'><h1>Liburutegiko hiztegia</h1>"
    + paras("Hona hemen liburutegian maiz erabiltzen diren hitzak.")
    + "<dl><dt>Mailegua</dt><dd>Liburu bat etxera eramateko baimena, hiru astez.</dd><dt>"
    "Erreserba</dt><dd>Beste norbaitek duen liburua zuretzat gordetzeko eskaera.</dd><dt>"
    "Isuna</dt><dd>Liburua berandu itzultzeagatik ordaintzen den zenbatekoa.</dd></dl></div>",
    (
        "Liburu bat etxera eramateko baimena, hiru astez.",
        "Beste norbaitek duen liburua zuretzat gordetzeko eskaera.",
        "Liburua berandu itzultzeagatik ordaintzen den zenbatekoa.",
    ),
    (),
    path="hiztegia",
    template="portal",
)

add(
    "div_br_prose_old_forum_post",
    SITES["cs"],
    "Zahrádkářský tip: zimní řez",
    "<table class='forum'><tr><td class='post-author'>Jaroslav55<br>Příspěvků: 1 204</td>"
    "<td class='post-text'><div class='message'>Zdravím všechny,<br><br>jabloně řežu v únoru,"
    " když nemrzne pod minus pět stupňů.<br>Nejdřív odstraním suché a křížící se větve, pak"
    " prosvětlím korunu.<br><br>Rány nad dva centimetry natírám stromovým balzámem.<br>"
    "</div><div class='signature'>Zahrádka v Polabí od roku 1988</div></td></tr></table>",
    (
        "jabloně řežu v únoru, když nemrzne pod minus pět stupňů.",
        "odstraním suché a křížící se větve",
        "Rány nad dva centimetry natírám stromovým balzámem.",
    ),
    ("Zahrádka v Polabí od roku 1988", "Příspěvků: 1 204"),
    path="forum/zimni-rez",
    template="table",
)

add(
    "pull_quote_not_the_article",
    SITES["es"],
    "La última imprenta de tipos móviles de Teruel",
    "<article class='longform'><h1>La última imprenta de tipos móviles de Teruel</h1>"
    + paras(
        "En un bajo de la calle de los Amantes, Ramón Gil compone todavía a mano las "
        "invitaciones de boda del barrio.",
        "Heredó el taller de su padre en 1979 y nunca quiso cambiar a la impresión digital.",
    )
    + "<aside class='pull-quote'><blockquote>«Cada letra pesa, y eso te obliga a pensar lo "
    "que escribes»</blockquote></aside>"
    + paras(
        "Los tipos, de plomo y de madera, ocupan cuarenta cajas ordenadas por tamaño.",
        "Este año ha enseñado el oficio a dos estudiantes de Bellas Artes.",
    )
    + "</article>",
    (
        "Ramón Gil compone todavía a mano las invitaciones de boda del barrio.",
        "Heredó el taller de su padre en 1979",
        "ocupan cuarenta cajas ordenadas por tamaño.",
        "ha enseñado el oficio a dos estudiantes de Bellas Artes.",
    ),
    (),
    path="reportajes/imprenta",
)

add(
    "long_guide_sections_under_headings",
    SITES["ar"],
    "دليل زيارة واحة سيوة",
    "<div class='guide'><h1>دليل زيارة واحة سيوة</h1><div class='toc'><p>المحتويات</p><ol>"
    "<li><a href='#a'>الوصول</a></li><li><a href='#b'>الإقامة</a></li><li><a href='#c'>"
    "ماذا ترى</a></li></ol></div><h2 id='a'>الوصول</h2>"
    + paras("تنطلق الحافلات من مرسى مطروح يوميًا في السابعة صباحًا وتستغرق الرحلة أربع ساعات.")
    + "<h2 id='b'>الإقامة</h2>"
    + paras("تنتشر في الواحة نُزل مبنية من الكرشيف، وهو خليط من الطين والملح.")
    + "<h2 id='c'>ماذا ترى</h2>"
    + bullets("قلعة شالي القديمة", "عين كليوباترا", "جبل الموتى")
    + paras("يفضل زيارة الواحة بين أكتوبر وأبريل حين يعتدل الطقس.")
    + "</div>",
    (
        "تنطلق الحافلات من مرسى مطروح يوميًا",
        "وهو خليط من الطين والملح.",
        "قلعة شالي القديمة",
        "جبل الموتى",
        "يفضل زيارة الواحة بين أكتوبر وأبريل",
    ),
    ("المحتويات",),
    path="guides/siwa",
)

add(
    "hymn_with_repeated_refrain",
    SITES["sw"],
    "Wimbo: Mwanga wa asubuhi",
    "<div class='hymn'><h1>Mwanga wa asubuhi</h1><p class='hymn-number'>Nambari 118</p>"
    "<div class='verse'><p>Mwanga wa asubuhi umefika,<br>ndege wanaimba mtini.</p></div>"
    "<div class='chorus'><p>Tumshukuru, tumshukuru,<br>kwa siku mpya ya leo.</p></div>"
    "<div class='verse'><p>Mvua ya jana imepita,<br>mashamba yamechanua.</p></div>"
    "<div class='chorus'><p>Tumshukuru, tumshukuru,<br>kwa siku mpya ya leo.</p></div>"
    "</div>",
    (
        "Mwanga wa asubuhi umefika,",
        "Tumshukuru, tumshukuru,",
        "Mvua ya jana imepita,",
        "mashamba yamechanua.",
    ),
    (),
    path="nyimbo/118",
)
