"""The blind74s probe's second part: podcast and video episode pages (show notes, a list of
time codes, a transcript), course and syllabus pages (a table of weeks), and product
manuals and FAQs in ``<details>``."""

from __future__ import annotations

from ._kit import SITES, add, bullets, paras, rows, subscribe_row

add(
    "podcast_show_notes_timestamps_transcript",
    SITES["ka"],
    "ეპიზოდი 42: თუშეთის გზა",
    "<article class='episode'><h1>ეპიზოდი 42: თუშეთის გზა</h1><div class='player'><audio "
    "src='/e42.mp3' controls></audio><span class='duration'>48:12</span></div>"
    + subscribe_row("მოუსმინეთ:")
    + "<div class='show-notes'>"
    + paras(
        "ამ ეპიზოდში ვსაუბრობთ ომალოს გზაზე, რომელიც წელიწადში მხოლოდ ოთხი თვე არის ღია.",
        "სტუმარია მძღოლი გიორგი ბერიძე, რომელიც ოცი წელია დადის ამ გზაზე.",
    )
    + "<h2>დროის ნიშნულები</h2>"
    + bullets(
        "00:00 შესავალი",
        "04:30 აბანოს უღელტეხილი",
        "21:15 ზამთარი ომალოში",
    )
    + "</div><details class='transcript'><summary>ტრანსკრიპტი</summary><p><b>წამყვანი:</b>"
    " როდის გაიარეთ ეს გზა პირველად?</p><p><b>გიორგი:</b> ოცი წლის წინ, ნისლიან დილას."
    "</p></details></article>",
    (
        "ამ ეპიზოდში ვსაუბრობთ ომალოს გზაზე",
        "სტუმარია მძღოლი გიორგი ბერიძე",
        "04:30 აბანოს უღელტეხილი",
        "21:15 ზამთარი ომალოში",
        "ოცი წლის წინ, ნისლიან დილას.",
    ),
    ("მოუსმინეთ:", "Apple Podcasts", "48:12"),
    path="episodes/42",
)

add(
    "video_page_description_chapters",
    SITES["ko"],
    "겨울 캠핑 난로 고르는 법",
    "<div class='video-page'><div class='player-wrap'><video src='/v.mp4'></video></div><h1>"
    "겨울 캠핑 난로 고르는 법</h1><div class='video-stats'>조회수 1.2만회 · 3일 전</div><div "
    "class='channel-row'><a href='/c'>캠핑하는 곰</a><span>구독자 8.4만명</span><button>구독"
    "</button></div><div class='video-description'><p>이번 영상에서는 등유 난로와 가스 난로의 "
    "장단점을 비교합니다.</p><p>텐트 안에서는 반드시 일산화탄소 경보기를 함께 쓰세요.</p><p>"
    "00:00 인사<br>01:20 등유 난로<br>06:45 가스 난로<br>11:10 안전 수칙</p></div><div "
    "class='video-comments'><h3>댓글 56개</h3><p>좋은 정보 감사합니다!</p></div></div>",
    (
        "등유 난로와 가스 난로의 장단점을 비교합니다.",
        "텐트 안에서는 반드시 일산화탄소 경보기를 함께 쓰세요.",
        "01:20 등유 난로",
        "11:10 안전 수칙",
    ),
    ("조회수 1.2만회", "구독자 8.4만명", "댓글 56개", "좋은 정보 감사합니다!"),
    path="watch/stove",
    template="app",
)

add(
    "podcast_guest_links_and_sponsor",
    SITES["es"],
    "Episodio 118: La huerta en invierno",
    "<article class='podcast-episode'><h1>Episodio 118: La huerta en invierno</h1>"
    + paras(
        "Hablamos con la agricultora Lucía Ferrer sobre qué sembrar cuando bajan las temperaturas.",
        "Repasamos las coles, las habas y los ajos, y cómo proteger los semilleros de las heladas.",
    )
    + "<h3>Enlaces mencionados</h3>"
    + bullets(
        "<a href='#'>Calendario de siembra de la cooperativa</a>",
        "<a href='#'>El libro «Huerta de secano»</a> de Lucía Ferrer",
    )
    + "<div class='sponsor-note'><p>Este episodio está patrocinado por Semillas Norte. Usa el"
    " código HUERTA10.</p></div>" + subscribe_row("Escúchanos en:") + "</article>",
    (
        "Hablamos con la agricultora Lucía Ferrer",
        "cómo proteger los semilleros de las heladas",
        "Calendario de siembra de la cooperativa",
        "de Lucía Ferrer",
    ),
    ("Este episodio está patrocinado por Semillas Norte.", "Escúchanos en:"),
    path="podcast/118",
)

add(
    "syllabus_table_of_weeks_enrol_button",
    SITES["hy"],
    "Հայ միջնադարյան գրականություն",
    "<div class='course-page'><h1>Հայ միջնադարյան գրականություն</h1><div class='course-"
    "enrol'><span class='price'>45 000 դրամ</span><a class='btn' href='#'>Գրանցվել</a>"
    "</div>"
    + paras("Դասընթացը ներկայացնում է հայ գրականությունը V-ից մինչև XV դար։")
    + "<h2>Ծրագիր</h2>"
    + rows(
        ("1", "Մեսրոպ Մաշտոց և գրերի գյուտը", "Կորյուն, գլ. 1-5"),
        ("2", "Մովսես Խորենացի", "Պատմություն, գիրք Ա"),
        ("3", "Գրիգոր Նարեկացի", "Մատյան ողբերգության, բան Ա"),
        head=("Շաբաթ", "Թեմա", "Ընթերցանություն"),
    )
    + "<h2>Գնահատում</h2>"
    + bullets("Երկու շարադրություն՝ 40%", "Եզրափակիչ քննություն՝ 60%")
    + "</div>",
    (
        "Դասընթացը ներկայացնում է հայ գրականությունը",
        "Մեսրոպ Մաշտոց և գրերի գյուտը",
        "Մատյան ողբերգության, բան Ա",
        "Եզրափակիչ քննություն՝ 60%",
    ),
    ("Գրանցվել", "45 000 դրամ"),
    path="courses/mijnadar",
    template="portal",
)

add(
    "course_modules_progress_and_instructor",
    SITES["fr"],
    "Initiation à la reliure japonaise",
    "<main class='course'><h1>Initiation à la reliure japonaise</h1><div "
    "class='course-progress'><span>Progression : 0 %</span><a href='#'>Commencer le cours</a>"
    "</div>"
    + paras(
        "En six séances, vous apprendrez à coudre un carnet à la japonaise avec du fil de lin"
        " et du papier washi."
    )
    + "<h2>Programme</h2><ol class='modules'><li><strong>Séance 1</strong> – Les outils et le"
    " choix du papier</li><li><strong>Séance 2</strong> – Percer le bloc de feuilles</li><li>"
    "<strong>Séance 3</strong> – La couture yotsume toji</li></ol><div class='instructor-"
    "card'><img src='/i.jpg' alt=''><p class='instructor-name'>Claire Dubois</p><p>Relieuse"
    " depuis 2009 · 14 cours · 3 200 élèves</p></div></main>",
    (
        "vous apprendrez à coudre un carnet à la japonaise",
        "Les outils et le choix du papier",
        "La couture yotsume toji",
    ),
    ("Progression : 0 %", "Commencer le cours", "3 200 élèves"),
    path="cours/reliure-japonaise",
    template="app",
)

add(
    "manual_faq_details_persian",
    SITES["fa"],
    "پرسش‌های متداول ترموستات هوشمند",
    "<article class='faq-page'><h1>پرسش‌های متداول ترموستات هوشمند</h1>"
    + paras("در این صفحه پاسخ رایج‌ترین پرسش‌ها درباره نصب و تنظیم ترموستات آمده است.")
    + "<details><summary>چگونه ترموستات را به وای‌فای وصل کنم؟</summary><p>دکمه تنظیمات را سه "
    "ثانیه نگه دارید تا چراغ آبی چشمک بزند، سپس از برنامه گزینه افزودن دستگاه را بزنید.</p>"
    "</details><details><summary>باتری چقدر دوام می‌آورد؟</summary><p>با دو باتری قلمی حدود "
    "یک سال کار می‌کند.</p></details><div class='faq-vote'>آیا این پاسخ مفید بود؟ <button>بله"
    "</button><button>خیر</button></div></article>",
    (
        "چگونه ترموستات را به وای‌فای وصل کنم؟",
        "دکمه تنظیمات را سه ثانیه نگه دارید",
        "باتری چقدر دوام می‌آورد؟",
        "با دو باتری قلمی حدود یک سال کار می‌کند.",
    ),
    ("آیا این پاسخ مفید بود؟",),
    path="support/thermostat-faq",
)

add(
    "product_manual_sections_warning_and_specs",
    SITES["it"],
    "Manuale d'uso: bollitore elettrico BK-20",
    "<div class='manual'><h1>Manuale d'uso: bollitore elettrico BK-20</h1><nav "
    "class='manual-toc'><a href='#s1'>Sicurezza</a> <a href='#s2'>Uso</a> <a href='#s3'>"
    "Pulizia</a></nav><h2 id='s1'>Sicurezza</h2><div class='callout warning'><p><strong>"
    "Attenzione:</strong> non immergere mai la base in acqua.</p></div><h2 id='s2'>Uso</h2>"
    + bullets(
        "Riempire il bollitore fino al segno MAX.",
        "Premere l'interruttore: la spia si accende.",
        "Il bollitore si spegne da solo quando l'acqua bolle.",
        tag="ol",
    )
    + "<h2 id='s3'>Pulizia</h2>"
    + paras("Una volta al mese sciogliere il calcare con acqua e aceto in parti uguali.")
    + "<h3>Dati tecnici</h3>"
    + rows(("Potenza", "2200 W"), ("Capacità", "1,7 l"))
    + "<p class='manual-download'><a href='#'>Scarica il manuale in PDF</a></p></div>",
    (
        "non immergere mai la base in acqua.",
        "Riempire il bollitore fino al segno MAX.",
        "Il bollitore si spegne da solo quando l'acqua bolle.",
        "sciogliere il calcare con acqua e aceto",
        "2200 W",
    ),
    ("Scarica il manuale in PDF",),
    path="manuali/bk-20",
)

add(
    "help_faq_dl_hebrew",
    SITES["he"],
    "שאלות נפוצות על כרטיס התושב",
    "<div class='faq'><h1>שאלות נפוצות על כרטיס התושב</h1><dl><dt>מי זכאי לכרטיס?</dt><dd>"
    "כל תושב העיר שמלאו לו שש שנים.</dd><dt>כמה עולה הנפקת כרטיס?</dt><dd>הכרטיס הראשון ניתן "
    'ללא תשלום, כרטיס חלופי עולה 20 ש"ח.</dd><dt>איפה מקבלים את הכרטיס?</dt><dd>במוקד השירות '
    "ברחוב הרצל 12, בימים א'-ה'.</dd></dl><div class='contact-cta'><a href='#'>לא מצאתם "
    "תשובה? פנו אלינו</a></div></div>",
    (
        "מי זכאי לכרטיס?",
        "כל תושב העיר שמלאו לו שש שנים.",
        'כרטיס חלופי עולה 20 ש"ח.',
        "במוקד השירות ברחוב הרצל 12",
    ),
    ("לא מצאתם תשובה? פנו אלינו",),
    path="faq/resident-card",
    template="portal",
)

add(
    "webinar_recording_agenda_and_register",
    SITES["tr"],
    "Webinar kaydı: Küçük işletmeler için e-fatura",
    "<article class='webinar'><h1>Webinar kaydı: Küçük işletmeler için e-fatura</h1><div "
    "class='video-embed'><iframe src='https://video.example/e'></iframe></div>"
    + paras("Bu oturumda e-faturaya geçiş sürecini adım adım anlattık.")
    + "<h2>Gündem</h2><ul class='agenda'><li><time>00:00</time> Açılış</li><li><time>05:40"
    "</time> Kimler e-faturaya geçmek zorunda?</li><li><time>22:10</time> Soru ve cevap"
    "</li></ul><div class='register-box'><p>Bir sonraki webinar için yerinizi ayırtın</p><a "
    "href='#' class='btn'>Ücretsiz kaydol</a></div></article>",
    (
        "e-faturaya geçiş sürecini adım adım anlattık",
        "Kimler e-faturaya geçmek zorunda?",
        "Soru ve cevap",
    ),
    ("Bir sonraki webinar için yerinizi ayırtın", "Ücretsiz kaydol"),
    path="webinar/e-fatura",
)
