"""The fourth batch (written after the hashed copies' run, before running these): furniture
sharing a block with the text or set as the text's own last paragraphs, where neither a box
nor a class tells it: a "read also" link closing a paragraph, a long appeal in three
paragraphs, a sign-up form whose words name no newsletter, an author's closing bio line,
an ad label with its "story continues" line in one paragraph, an emoji reading-time line."""

from __future__ import annotations

from ._kit import add, ps

# --- English: a long membership appeal in three paragraphs closing the text, no box.
add(
    "en_long_appeal_three_paragraphs",
    "en",
    "Town votes to keep its last public swimming pool",
    ps(
        "Councillors voted on Wednesday to keep the town's last public swimming pool open for "
        "at least five more years, reversing a plan to close it in the spring.",
        "The decision follows a campaign by swimmers and schools, who collected more than six "
        "thousand signatures in three weeks.",
        "The council will spend £1.2m on a new roof and boiler, paid for by selling a depot on "
        "the industrial estate.",
        "Before you go: we have a small favour to ask. More people are reading the Valley "
        "Courier than ever, but far fewer are paying for it.",
        "Our reporting takes time and money, and we do it without a paywall because we believe "
        "everyone deserves to know what happens in their town.",
        "If you can, support the Courier today from just £2. It only takes a minute. Thank you.",
    ),
    (
        "Councillors voted on Wednesday to keep the town's last public swimming pool",
        "collected more than six thousand signatures in three weeks",
        "paid for by selling a depot on the industrial estate",
    ),
    ("we have a small favour to ask", "support the Courier today from just £2"),
)

# --- German: a sign-up form mid-text whose words name no newsletter.
add(
    "de_signup_form_no_newsletter_word",
    "de",
    "Gemeinde pflanzt Obstbäume an den Feldwegen",
    ps(
        "Die Gemeinde pflanzt in diesem Herbst zweihundert alte Obstsorten an den Feldwegen, "
        "die jeder Spaziergänger ernten darf.",
        "Ausgesucht wurden Apfel-, Birnen- und Zwetschgensorten, die in der Gegend früher "
        "verbreitet waren.",
    )
    + "<form class='f9x'><p>Die wichtigsten Nachrichten aus dem Kreis jeden Morgen per "
    "E-Mail.</p><input type='email' placeholder='Ihre E-Mail-Adresse'><button>Jetzt "
    "eintragen</button></form>"
    + ps(
        "Die Pflege übernimmt in den ersten drei Jahren der örtliche Obst- und Gartenbauverein.",
    ),
    (
        "Die Gemeinde pflanzt in diesem Herbst zweihundert alte Obstsorten",
        "Ausgesucht wurden Apfel-, Birnen- und Zwetschgensorten",
        "Die Pflege übernimmt in den ersten drei Jahren",
    ),
    ("Die wichtigsten Nachrichten aus dem Kreis jeden Morgen", "Jetzt eintragen"),
)

# --- Spanish: the ad label and its "the story continues" line in one paragraph.
add(
    "es_publicidad_continua_one_block",
    "es",
    "La ciudad estrena un carril bici en la avenida principal",
    ps(
        "El nuevo carril bici de la avenida principal abrió el lunes con cuatro kilómetros "
        "separados del tráfico por una mediana de jardines.",
    )
    + "<div class='x1'>Publicidad<br>La noticia continúa tras la publicidad</div>"
    + ps(
        "El ayuntamiento calcula que cada día lo usarán unas tres mil personas.",
        "Los comerciantes de la avenida temían perder clientes por la retirada de aparcamientos.",
    ),
    (
        "El nuevo carril bici de la avenida principal abrió el lunes",
        "cada día lo usarán unas tres mil personas",
        "Los comerciantes de la avenida temían perder clientes",
    ),
    ("La noticia continúa tras la publicidad",),
)

# --- English: an emoji reading-time line and a "min read" stamp in the text's top.
add(
    "en_emoji_reading_time",
    "en",
    "Night buses return to the coast road",
    "<p>⏱️ 3 min read</p>"
    + ps(
        "Night buses will return to the coast road from January after a two-year gap caused "
        "by a shortage of drivers.",
        "Services will run every hour from midnight to five on Fridays and Saturdays, "
        "stopping at every village between the two towns.",
        "The operator has recruited fourteen new drivers since the summer.",
    ),
    (
        "Night buses will return to the coast road from January",
        "Services will run every hour from midnight to five",
        "The operator has recruited fourteen new drivers",
    ),
    ("3 min read",),
)

# --- Portuguese: a comment-count and share line of icons' words at the text's end.
add(
    "pt_comentarios_partilhar_tail",
    "pt",
    "Aldeia recupera moinho de água do século XVIII",
    ps(
        "Os habitantes de uma aldeia do interior recuperaram um moinho de água do século XVIII "
        "que estava abandonado há mais de quarenta anos.",
        "O moinho volta a moer milho aos sábados e recebe visitas de escolas durante a semana.",
        "A junta de freguesia quer agora recuperar o forno comunitário ao lado.",
    )
    + "<p class='z7'><a href='#c'>5 comentários</a> · <a href='#'>Partilhar</a> · <a "
    "href='#'>Guardar</a></p>",
    (
        "recuperaram um moinho de água do século XVIII",
        "O moinho volta a moer milho aos sábados",
        "A junta de freguesia quer agora recuperar o forno",
    ),
    ("5 comentários", "Partilhar"),
)

# --- Russian: a "read also" link closing the text's last paragraph's block as its own line.
add(
    "ru_chitayte_takzhe_between",
    "ru",
    "В парке высадят аллею из ста лип",
    ps(
        "Весной в центральном парке высадят аллею из ста лип вдоль главной дорожки, которая "
        "ведёт от входа к пруду.",
    )
    + "<p><b>Читайте также:</b> <a href='/a/15'>Каток на набережной откроется в субботу</a></p>"
    + ps(
        "Деревья привезут из питомника в соседней области, каждому уже пять лет.",
        "Горожане смогут взять шефство над деревом и повесить на него табличку.",
    ),
    (
        "Весной в центральном парке высадят аллею из ста лип",
        "Деревья привезут из питомника в соседней области",
        "Горожане смогут взять шефство над деревом",
    ),
    ("Читайте также", "Каток на набережной откроется в субботу"),
)

# --- Korean: the reporter's e-mail line and a copyright line closing the text.
add(
    "ko_reporter_line_copyright",
    "ko",
    "시 도서관, 밤 열 시까지 문 연다",
    ps(
        "시립도서관이 다음 달부터 평일 밤 열 시까지 문을 연다. "
        "그동안은 오후 여섯 시에 문을 닫았다.",
        "도서관 측은 직장인과 학생들의 요청이 많았다고 밝혔다.",
        "주말에는 지금처럼 오후 다섯 시까지 운영한다.",
    )
    + "<p>김하늘 기자 sky@example.kr</p><p>저작권자 © 한빛일보 무단전재 및 재배포 금지</p>",
    (
        "시립도서관이 다음 달부터 평일 밤 열 시까지 문을 연다",
        "직장인과 학생들의 요청이 많았다고",
        "주말에는 지금처럼 오후 다섯 시까지",
    ),
    ("무단전재 및 재배포 금지",),
)

# --- French: a long donation appeal set as the text's last paragraphs.
add(
    "fr_appel_dons_long",
    "fr",
    "Le dernier cinéma du canton sauvé par ses spectateurs",
    ps(
        "Le dernier cinéma du canton, menacé de fermeture, a été racheté par une association "
        "de spectateurs qui a réuni deux cent mille euros en trois mois.",
        "La salle de cent vingt places continuera de projeter des films six jours sur sept, "
        "avec des séances pour les écoles le mardi.",
        "Les bénévoles tiendront la caisse et le bar, deux salariés assureront la projection.",
        "Cet article vous a intéressé ? Notre journal est indépendant et ne vit que grâce à "
        "ses lecteurs. Soutenez-nous : faites un don, même modeste, il est déductible de vos "
        "impôts.",
    ),
    (
        "a été racheté par une association de spectateurs",
        "La salle de cent vingt places continuera",
        "Les bénévoles tiendront la caisse et le bar",
    ),
    ("Cet article vous a intéressé ?", "faites un don, même modeste"),
)
