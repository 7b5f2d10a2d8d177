"""Questions and answers (round 49): a question over its answers in the shapes Q&A sites and
forums set them in. The question in a box of its own beside the answers' container (a plain
"question" and "answers" pair; a Stack-Exchange-like post cell with its vote cell, its
"asked 3 years ago" user card, its comments and "Add a comment" link), schema.org ``QAPage``
microdata (``Question``, ``acceptedAnswer``, ``suggestedAnswer``, ``itemprop="text"``) and
JSON-LD, an accepted answer's mark, Discourse-like and phpBB-like topics, and the shapes of
Q&A sites of other regions (a Zhihu-like page, a Chiebukuro-like page with its best answer,
a Naver-like page, a Russian, an Arabic, a Persian, a Hindi, a Turkish, an Indonesian
student-help page). Each page must keep the question and the answers and leave out vote
counts, user cards, badges, "Add a comment", related-question lists and sign-up prompts.
Every name, place and sentence here is invented."""

from __future__ import annotations

import json

from .pages import Probes, page

PROBES = Probes()


def plain_qa(
    lang: str,
    title: str,
    question: str,
    answers: tuple[tuple[str, str, str], ...],
    *,
    related: tuple[str, ...] = (),
    related_title: str = "",
    answers_title: str = "",
    dir_: str = "ltr",
) -> str:
    """The question in a box beside the answers' box, each answer a vote count, its text and
    its author's line ("by bob"); ``answers_title``: a heading counting them over them."""
    items = "".join(
        f"<div class='answer'><div class='votes'>{votes}</div>{text}<div class='user'>{user}"
        "</div></div>"
        for votes, text, user in answers
    )
    side = "".join(f"<li><a href='/q/{n}'>{line}</a></li>" for n, line in enumerate(related))
    aside = (
        f"<aside class='related'><h3>{related_title}</h3><ul>{side}</ul></aside>" if side else ""
    )
    heading = f"<h2>{answers_title}</h2>" if answers_title else ""
    return page(
        lang,
        title,
        "<header class='top'><a href='/'>Ask</a><nav><a href='/questions'>Questions</a><a "
        f"href='/tags'>Tags</a></nav></header><main><h1>{title}</h1><div class='question'>"
        f"{question}</div><div class='answers'>{heading}{items}</div></main>{aside}<footer><p>Ask "
        "the neighbours</p></footer>",
        dir_=dir_,
    )


def stack_like(
    lang: str,
    title: str,
    question: str,
    asked: str,
    answers: tuple[tuple[str, str, str, bool], ...],
    *,
    comment: str,
    add_comment: str,
    answers_title: str,
    related_title: str,
    related: tuple[str, ...],
    signup: str,
    dir_: str = "ltr",
) -> str:
    """A Stack-Exchange-like page: a vote cell and a post cell per post, the asker's and each
    answerer's user card ("asked 3 years ago", a reputation, badges), a comment under the
    question with its "Add a comment" link, an accepted answer's mark, a sidebar of related
    questions and a sign-up prompt after the answers."""

    def post(votes: str, body: str, card: str, accepted: bool, kind: str) -> str:
        mark = "<div class='accepted-mark' title='accepted'>✓</div>" if accepted else ""
        return (
            f"<div class='{kind}{' accepted-answer' if accepted else ''}'><div "
            f"class='post-layout'><div class='votecell'><button>▲</button><div "
            f"class='js-vote-count'>{votes}</div><button>▼</button>{mark}</div><div "
            f"class='postcell'><div class='s-prose js-post-body'>{body}</div><div "
            "class='post-signature'><div class='user-info'><div class='user-action-time'>"
            f"{card}</div><div class='user-details'><a href='/users/1'>user</a><div "
            "class='-flair'><span class='reputation-score'>2,431</span><span "
            "class='badge1'></span>12</div></div></div></div></div></div></div>"
        )

    first = post("7", question, asked, False, "question")
    comments = (
        f"<div class='comments'><ul><li class='comment'><span class='comment-copy'>{comment}"
        f"</span></li></ul><a class='js-add-link' href='#'>{add_comment}</a></div>"
    )
    items = "".join(post(v, body, card, acc, "answer") for v, body, card, acc in answers)
    side = "".join(f"<li><a href='/q/{n}'>{line}</a></li>" for n, line in enumerate(related))
    return page(
        lang,
        title,
        "<header class='s-topbar'><a href='/'>Ask</a><ol><li><a href='/questions'>Q</a></li>"
        "</ol></header><div id='content'><div id='question-header'><h1 itemprop='name'>"
        f"{title}</h1></div><div id='mainbar'>{first}{comments}<div id='answers'><h2>"
        f"{answers_title}</h2>{items}</div><div class='signup-prompt'><p>{signup}</p><a "
        "href='/signup'>Sign up</a></div></div><div id='sidebar'><div class='module "
        f"sidebar-related'><h4>{related_title}</h4><ul>{side}</ul></div></div></div>",
        dir_=dir_,
    )


def microdata_qa(
    lang: str,
    title: str,
    question: str,
    accepted: str,
    suggested: tuple[str, ...],
    *,
    byline: str,
    votes_word: str,
    dir_: str = "ltr",
) -> str:
    """schema.org ``QAPage`` microdata: the ``Question`` with its ``text``, the
    ``acceptedAnswer`` and the ``suggestedAnswer``s, each with an ``upvoteCount``."""

    def answer(prop: str, text: str, votes: int) -> str:
        return (
            f"<div itemprop='{prop}' itemscope itemtype='https://schema.org/Answer' "
            f"class='answer'><div class='meta'><span itemprop='upvoteCount'>{votes}</span> "
            f"{votes_word}</div><div itemprop='text'>{text}</div><div class='byline'>{byline}"
            "</div></div>"
        )

    answers = answer("acceptedAnswer", accepted, 31) + "".join(
        answer("suggestedAnswer", text, 4 - n) for n, text in enumerate(suggested)
    )
    return page(
        lang,
        title,
        "<div class='wrap' itemscope itemtype='https://schema.org/QAPage'><div "
        "itemprop='mainEntity' itemscope itemtype='https://schema.org/Question'><h1 "
        f"itemprop='name'>{title}</h1><div class='meta'><span itemprop='answerCount'>"
        f"{1 + len(suggested)}</span> · {byline}</div><div itemprop='text' "
        f"class='question-body'>{question}</div>{answers}</div></div>",
        dir_=dir_,
    )


def jsonld_head(title: str, question: str, answer: str) -> str:
    """A ``QAPage`` JSON-LD block naming the question and its accepted answer."""
    data = {
        "@context": "https://schema.org",
        "@type": "QAPage",
        "mainEntity": {
            "@type": "Question",
            "name": title,
            "text": question,
            "answerCount": 2,
            "acceptedAnswer": {"@type": "Answer", "text": answer, "upvoteCount": 9},
        },
    }
    return f"<script type='application/ld+json'>{json.dumps(data, ensure_ascii=False)}</script>"


# --- English: the lead's shape, the question in a box beside the answers' box.
PROBES.add(
    "en_plain_question_beside_answers",
    "https://ask.example.org/questions/4411/leaking-tap",
    plain_qa(
        "en",
        "How do I fix a leaking tap?",
        "<p>My kitchen tap drips all night even when it is closed tight. It is a mixer tap "
        "about ten years old. What should I replace first?</p>",
        (
            (
                "12",
                "<p>Replace the washer first; it is the cheapest part and the usual cause "
                "of drips in a tap of that age.</p>",
                "by bob",
            ),
            (
                "3",
                "<p>If the washer is fine, check the valve seat for wear and grind it "
                "smooth with a seat cutter.</p>",
                "by ada",
            ),
        ),
        related=("Why does my shower hum?", "Best sealant for a sink"),
        related_title="Related questions",
    ),
    (
        "My kitchen tap drips all night even when it is closed tight.",
        "Replace the washer first; it is the cheapest part",
        "check the valve seat for wear and grind it smooth",
    ),
    ("by bob", "by ada", "Why does my shower hum?"),
)

# --- Spanish: the same shape, three answers.
PROBES.add(
    "es_plain_question_beside_answers",
    "https://preguntas.example.es/p/ventana-condensacion",
    plain_qa(
        "es",
        "¿Por qué se empañan mis ventanas por la mañana?",
        "<p>Vivo en un piso pequeño de Valdecruces y cada mañana las ventanas del dormitorio "
        "amanecen mojadas por dentro. ¿Es un problema del aislamiento?</p>",
        (
            (
                "8",
                "<p>Es condensación: el aire del dormitorio lleva mucha humedad y se enfría "
                "al tocar el cristal frío.</p>",
                "respondida por Lucía M.",
            ),
            (
                "5",
                "<p>Ventila diez minutos al levantarte y no seques la ropa dentro de "
                "casa durante el invierno.</p>",
                "respondida por Tomás",
            ),
            (
                "1",
                "<p>Un deshumidificador pequeño en el dormitorio me lo solucionó en dos "
                "semanas sin cambiar las ventanas.</p>",
                "respondida por Anónimo",
            ),
        ),
    ),
    (
        "cada mañana las ventanas del dormitorio amanecen mojadas por dentro",
        "se enfría al tocar el cristal frío",
        "no seques la ropa dentro de casa",
        "Un deshumidificador pequeño en el dormitorio",
    ),
    ("respondida por Lucía M.", "respondida por Tomás"),
)

# --- English: a Stack-Exchange-like page, an accepted answer, comments, a sign-up prompt.
PROBES.add(
    "en_stack_like_accepted_answer",
    "https://code.example.net/questions/99120/merge-two-sorted-lists",
    stack_like(
        "en",
        "How can I merge two sorted lists without sorting again?",
        "<p>I have two lists that are each sorted already and I want one sorted list. Calling "
        "<code>sorted(a + b)</code> works but sorts everything again, which feels wasteful "
        "for lists of a million items.</p>",
        "asked Mar 3, 2023 at 9:14",
        (
            (
                "41",
                "<p>Use <code>heapq.merge</code>: it walks both lists once and yields "
                "the items in order without building a new list first.</p><pre><code>import "
                "heapq\nmerged = list(heapq.merge(a, b))</code></pre>",
                "answered Mar 3, 2023 at 9:30",
                True,
            ),
            (
                "6",
                "<p>For two lists only, a loop with two indexes is just as fast and easy to "
                "read if you cannot import anything.</p>",
                "answered Mar 4, 2023 at 11:02",
                False,
            ),
        ),
        comment="Are the lists of the same length? – user 2 hours ago",
        add_comment="Add a comment",
        answers_title="2 Answers",
        related_title="Related",
        related=("Sort a dict by value", "Flatten a nested list quickly"),
        signup="Not the answer you're looking for? Browse other questions tagged python.",
    ),
    (
        "I have two lists that are each sorted already and I want one sorted list.",
        "it walks both lists once and yields the items in order",
        "merged = list(heapq.merge(a, b))",
        "a loop with two indexes is just as fast",
    ),
    (
        "asked Mar 3, 2023",
        "answered Mar 4, 2023",
        "Add a comment",
        "2,431",
        "Not the answer you're looking for?",
        "Flatten a nested list quickly",
    ),
)

# --- French: Stack-Exchange-like, the question's comment and two answers.
PROBES.add(
    "fr_stack_like_cuisine",
    "https://cuisine.example.fr/questions/2210/pate-brisee",
    stack_like(
        "fr",
        "Pourquoi ma pâte brisée rétrécit-elle à la cuisson ?",
        "<p>Chaque fois que je fais une tarte, la pâte brisée se rétracte sur les bords du "
        "moule et la garniture déborde. J'utilise du beurre froid et je ne pétris presque "
        "pas.</p>",
        "posée il y a 3 ans",
        (
            (
                "19",
                "<p>Laissez reposer la pâte au moins une heure au frais après l'avoir "
                "étalée dans le moule : le gluten se détend et elle ne se rétracte plus.</p>",
                "répondu il y a 3 ans",
                True,
            ),
            (
                "4",
                "<p>Cuisez-la à blanc avec des billes de céramique les quinze premières "
                "minutes, les bords tiennent alors en place.</p>",
                "répondu il y a 2 ans",
                False,
            ),
        ),
        comment="Quelle farine utilisez-vous ? – Margot il y a 3 ans",
        add_comment="Ajouter un commentaire",
        answers_title="2 réponses",
        related_title="Questions liées",
        related=("Pâte sablée trop friable", "Remplacer le beurre par l'huile"),
        signup="Vous n'avez pas trouvé de réponse ? Posez votre propre question.",
    ),
    (
        "la pâte brisée se rétracte sur les bords du moule",
        "le gluten se détend et elle ne se rétracte plus",
        "les bords tiennent alors en place",
    ),
    (
        "posée il y a 3 ans",
        "Ajouter un commentaire",
        "Pâte sablée trop friable",
        "Posez votre propre question",
    ),
)

# --- Russian: Stack-Exchange-like (a Q&A site of a developer platform).
PROBES.add(
    "ru_stack_like_developer_qa",
    "https://voprosy.example.ru/q/55310",
    stack_like(
        "ru",
        "Как ограничить число одновременных запросов в asyncio?",
        "<p>Я запускаю тысячу запросов через <code>asyncio.gather</code>, и сервер начинает "
        "отвечать ошибкой. Как сделать так, чтобы одновременно выполнялось не больше десяти "
        "запросов?</p>",
        "задан 2 года назад",
        (
            (
                "23",
                "<p>Оберните каждый запрос в <code>asyncio.Semaphore(10)</code>: больше "
                "десяти корутин не войдут в блок одновременно, остальные будут ждать.</p>",
                "ответ дан 2 года назад",
                True,
            ),
            (
                "2",
                "<p>Можно также разбить список на пачки по десять и ждать каждую пачку "
                "отдельно, но это медленнее семафора.</p>",
                "ответ дан 1 год назад",
                False,
            ),
        ),
        comment="Какой сервер вы опрашиваете? – Пётр 2 года назад",
        add_comment="Добавить комментарий",
        answers_title="2 ответа",
        related_title="Похожие вопросы",
        related=("Таймаут для aiohttp", "Отмена задач в asyncio"),
        signup="Не нашли ответ? Задайте свой вопрос.",
    ),
    (
        "сервер начинает отвечать ошибкой",
        "больше десяти корутин не войдут в блок одновременно",
        "разбить список на пачки по десять",
    ),
    ("задан 2 года назад", "Добавить комментарий", "Таймаут для aiohttp", "Задайте свой вопрос"),
)

# --- Arabic (RTL): Stack-Exchange-like.
PROBES.add(
    "ar_stack_like_rtl",
    "https://as2ila.example.com/q/7781",
    stack_like(
        "ar",
        "كيف أحافظ على نبتة الريحان في الشتاء؟",
        "<p>زرعت الريحان في شرفة بيتي في الصيف ونما جيدا، لكن أوراقه بدأت تذبل مع أول أيام "
        "البرد. هل يمكن إنقاذه داخل البيت؟</p>",
        "سُئل قبل سنتين",
        (
            (
                "15",
                "<p>انقل الأصيص إلى نافذة مشمسة داخل البيت وقلل الري إلى مرة في الأسبوع، "
                "فالريحان لا يحتمل البرد ولا الماء الزائد.</p>",
                "أجاب قبل سنتين",
                True,
            ),
            (
                "3",
                "<p>خذ عقلا من الأطراف وضعها في كوب ماء، فتخرج جذورا خلال أسبوعين وتزرعها "
                "من جديد.</p>",
                "أجاب قبل سنة",
                False,
            ),
        ),
        comment="هل الشرفة مكشوفة للريح؟ – سلمى قبل سنتين",
        add_comment="أضف تعليقا",
        answers_title="إجابتان",
        related_title="أسئلة ذات صلة",
        related=("متى أقلم شجرة الليمون؟", "تربة مناسبة للصبار"),
        signup="لم تجد الإجابة؟ اطرح سؤالك الخاص.",
        dir_="rtl",
    ),
    (
        "لكن أوراقه بدأت تذبل مع أول أيام البرد",
        "وقلل الري إلى مرة في الأسبوع",
        "فتخرج جذورا خلال أسبوعين",
    ),
    ("سُئل قبل سنتين", "أضف تعليقا", "متى أقلم شجرة الليمون؟", "اطرح سؤالك الخاص"),
)

# --- English: schema.org QAPage microdata, an accepted and two suggested answers.
PROBES.add(
    "en_microdata_qapage",
    "https://help.example.com/community/q/router-blinks-orange",
    microdata_qa(
        "en",
        "Why does my router light blink orange?",
        "<p>Since the storm on Tuesday the light on the front of my router blinks orange and "
        "the internet drops every few minutes. I already restarted it twice.</p>",
        "<p>An orange blink means the router lost its line sync. Unplug it for a full minute, "
        "then check the phone cable for a loose plug at the wall socket.</p>",
        (
            "<p>Mine did the same after a storm and the filter on the phone socket had burnt "
            "out; a new filter fixed it.</p>",
            "<p>Ask your provider to run a line test from their side before you buy anything "
            "new.</p>",
        ),
        byline="Community member · 4 months ago",
        votes_word="people found this helpful",
    ),
    (
        "the light on the front of my router blinks orange",
        "An orange blink means the router lost its line sync.",
        "the filter on the phone socket had burnt out",
        "Ask your provider to run a line test",
    ),
    ("people found this helpful", "Community member · 4 months ago"),
)

# --- German: QAPage microdata.
PROBES.add(
    "de_microdata_qapage",
    "https://frag.example.de/fragen/fahrrad-kette-springt",
    microdata_qa(
        "de",
        "Warum springt meine Fahrradkette beim Schalten?",
        "<p>Seit ein paar Wochen springt die Kette an meinem Trekkingrad, sobald ich am Berg "
        "kräftig trete. Die Kette ist erst ein Jahr alt.</p>",
        "<p>Meist ist das Schaltwerk verstellt. Drehen Sie die Einstellschraube am "
        "Schalthebel eine halbe Umdrehung, bis die Kette ruhig auf dem Ritzel läuft.</p>",
        (
            "<p>Prüfen Sie auch die Ritzel: eine neue Kette auf alten Ritzeln springt oft, "
            "weil die Zähne abgenutzt sind.</p>",
        ),
        byline="Mitglied seit 2019",
        votes_word="hilfreich",
    ),
    (
        "springt die Kette an meinem Trekkingrad",
        "Meist ist das Schaltwerk verstellt.",
        "eine neue Kette auf alten Ritzeln springt oft",
    ),
    ("Mitglied seit 2019",),
)

# --- Portuguese: a Q&A page declared in JSON-LD, the question and answers in plain boxes.
PROBES.add(
    "pt_jsonld_qapage_plain_boxes",
    "https://perguntas.example.com.br/q/horta-varanda",
    plain_qa(
        "pt",
        "Dá para ter uma horta numa varanda virada ao norte?",
        "<p>Moro num apartamento em Vila Serrana e a minha varanda só recebe sol pela manhã. "
        "Quero plantar temperos e alface, mas não sei se vão crescer.</p>",
        (
            (
                "9",
                "<p>Sim: alface, salsa e cebolinha aguentam meia-sombra muito bem, desde que "
                "recebam pelo menos quatro horas de luz.</p>",
                "por Renata",
            ),
            (
                "2",
                "<p>Evite tomate e pimentão, que precisam de sol forte o dia inteiro para "
                "dar frutos.</p>",
                "por Caio",
            ),
        ),
        related=("Como adubar vasos pequenos", "Rega automática barata"),
        related_title="Perguntas relacionadas",
    ).replace(
        "</head>",
        jsonld_head(
            "Dá para ter uma horta numa varanda virada ao norte?",
            "Moro num apartamento em Vila Serrana e a minha varanda só recebe sol pela manhã.",
            "Sim: alface, salsa e cebolinha aguentam meia-sombra muito bem.",
        )
        + "</head>",
    ),
    (
        "a minha varanda só recebe sol pela manhã",
        "alface, salsa e cebolinha aguentam meia-sombra muito bem",
        "Evite tomate e pimentão",
    ),
    ("por Renata", "Rega automática barata"),
)

# --- English: a Discourse-like topic, the first post the question, replies, a solution mark.
PROBES.add(
    "en_discourse_like_solved_topic",
    "https://forum.example.org/t/sourdough-starter-smells-like-acetone/8812",
    page(
        "en",
        "Sourdough starter smells like acetone",
        "<header class='d-header'><a href='/'>Bakers Forum</a></header><div id='main-outlet'>"
        "<div id='topic-title'><h1><a href='/t/8812'>Sourdough starter smells like acetone"
        "</a></h1><div class='topic-category'><a href='/c/bread'>Bread</a></div></div><div "
        "class='post-stream'><div class='topic-post'><article class='boxed onscreen-post'><div "
        "class='topic-avatar'><img src='/a/1.png'></div><div class='topic-body'><div "
        "class='topic-meta-data'><span class='username'>crumbqueen</span><span "
        "class='post-date'>Jan 12</span></div><div class='regular contents'><div "
        "class='cooked'><p>My starter is two weeks old and this morning it smelled like nail "
        "polish remover. Is it ruined or just hungry?</p></div><section "
        "class='post-menu-area'><button>Like</button><button>Reply</button></section></div>"
        "</div></article></div><div class='topic-post'><article class='boxed'><div "
        "class='topic-body'><div class='topic-meta-data'><span class='username'>oven_ole"
        "</span><span class='post-date'>Jan 12</span></div><div class='regular contents'><div "
        "class='cooked'><p>Just hungry. That smell is what a starter gives off when it has "
        "eaten all its flour; feed it twice a day for a few days.</p></div><div "
        "class='accepted-answer'><span>Solution</span></div><section class='post-menu-area'>"
        "<button>3 Likes</button><button>Reply</button></section></div></div></article></div>"
        "<div class='topic-post'><article class='boxed'><div class='topic-body'><div "
        "class='topic-meta-data'><span class='username'>crumbqueen</span></div><div "
        "class='regular contents'><div class='cooked'><p>Thanks, two feeds later it smells "
        "of yoghurt again and doubled in four hours.</p></div></div></div></article></div>"
        "</div><div class='more-topics'><h3>Suggested Topics</h3><table><tr><td><a "
        "href='/t/1'>Rye bread too dense</a></td><td>14</td></tr></table></div></div>",
    ),
    (
        "this morning it smelled like nail polish remover",
        "feed it twice a day for a few days",
        "it smells of yoghurt again and doubled in four hours",
    ),
    ("Suggested Topics", "Rye bread too dense", "3 Likes", "Solution\n"),
)

# --- Italian: a phpBB-like topic, the first post's question and two replies.
PROBES.add(
    "it_phpbb_like_topic",
    "https://forum.example.it/viewtopic.php?t=3301",
    page(
        "it",
        "Caldaia che si spegne da sola",
        "<div id='wrap'><div class='headerbar'><a href='/'>Forum Casa e Fai da te</a></div>"
        "<h2 class='topic-title'><a href='/viewtopic.php?t=3301'>Caldaia che si spegne da sola"
        "</a></h2><div class='action-bar'><a class='button' href='/posting'>Rispondi</a></div>"
        "<div id='p1' class='post bg2'><div class='inner'><div class='postbody'><h3 "
        "class='first'><a href='#p1'>Caldaia che si spegne da sola</a></h3><p "
        "class='author'>da <a href='/u/8'>gino74</a> » 14 feb 2024, 21:10</p><div "
        "class='content'>Da qualche giorno la caldaia si spegne dopo dieci minuti e sul display "
        "compare il codice E10. La pressione è a un bar e mezzo.</div><div id='sig1' "
        "class='signature'>Gino - Valtrebbia</div></div><dl class='postprofile'><dt><a "
        "href='/u/8'>gino74</a></dt><dd><strong>Messaggi:</strong> 212</dd></dl></div></div>"
        "<div id='p2' class='post bg1'><div class='inner'><div class='postbody'><h3><a "
        "href='#p2'>Re: Caldaia che si spegne da sola</a></h3><p class='author'>da <a "
        "href='/u/9'>termotecnico</a> » 14 feb 2024, 22:03</p><div class='content'>Il codice "
        "E10 di solito indica un problema di circolazione: controlla che il filtro "
        "dell'acqua sotto la caldaia non sia intasato.</div></div><dl class='postprofile'><dt>"
        "<a href='/u/9'>termotecnico</a></dt><dd><strong>Messaggi:</strong> 4810</dd></dl>"
        "</div></div><div id='p3' class='post bg2'><div class='inner'><div class='postbody'>"
        "<h3><a href='#p3'>Re: Caldaia che si spegne da sola</a></h3><p class='author'>da <a "
        "href='/u/8'>gino74</a> » 15 feb 2024, 08:45</p><div class='content'>Era proprio il "
        "filtro, pieno di fanghi. Dopo averlo pulito la caldaia funziona da tutta la notte."
        "</div></div></div></div><div class='action-bar bottom'><a href='/posting'>Rispondi"
        "</a></div><div class='stat-block'><h3>Chi c'è in linea</h3><p>Visitano il forum: 3 "
        "utenti</p></div></div>",
    ),
    (
        "la caldaia si spegne dopo dieci minuti",
        "controlla che il filtro dell'acqua sotto la caldaia non sia intasato",
        "Era proprio il filtro, pieno di fanghi.",
    ),
    ("Messaggi:", "Visitano il forum", "Gino - Valtrebbia"),
)

# --- Chinese: a Zhihu-like question page, the question's detail and two answers.
PROBES.add(
    "zh_zhihu_like_question",
    "https://wenda.example.cn/question/30012",
    page(
        "zh",
        "为什么新买的铸铁锅会生锈？",
        "<div class='AppHeader'><a href='/'>问答</a><a href='/explore'>发现</a></div><main "
        "class='App-main'><div class='QuestionHeader'><div class='QuestionHeader-tags'><a "
        "href='/topic/1'>厨具</a></div><h1 class='QuestionHeader-title'>为什么新买的铸铁锅会"
        "生锈？</h1><div class='QuestionRichText'><span>上个月买了一口铸铁锅，用了三次以后锅底"
        "就出现了红色的锈斑。是不是买到了质量不好的锅？</span></div><div "
        "class='QuestionHeader-footer'><button>关注问题</button><button>写回答</button><span>"
        "被浏览 12,034</span></div></div><div class='Question-mainColumn'><div "
        "class='List-header'><h4>2 个回答</h4></div><div class='List-item'><div "
        "class='ContentItem AnswerItem'><div class='AuthorInfo'><a href='/people/1'>老厨师"
        "</a><div class='AuthorInfo-badge'>烹饪话题下的优秀答主</div></div><div "
        "class='RichContent-inner'><span class='RichText'><p>铸铁锅生锈很正常，不是质量问题。"
        "洗完以后要立刻擦干，再用小火烘一分钟，最后抹一层薄油。</p><p>锈斑可以用钢丝球擦掉，"
        "然后重新开锅就好。</p></span></div><div class='ContentItem-actions'><button>赞同 "
        "1.2 万</button><button>添加评论</button><button>分享</button></div></div></div><div "
        "class='List-item'><div class='ContentItem AnswerItem'><div class='AuthorInfo'><a "
        "href='/people/2'>小周</a></div><div class='RichContent-inner'><span class='RichText'>"
        "<p>不要用铸铁锅长时间煮酸的汤，比如番茄汤，会把油膜煮掉。</p></span></div><div "
        "class='ContentItem-actions'><button>赞同 86</button><button>添加评论</button></div>"
        "</div></div></div><div class='Question-sideColumn'><div class='SimilarQuestions'>"
        "<h3>相关问题</h3><a href='/question/1'>不粘锅的涂层安全吗？</a></div></div></main>",
    ),
    (
        "用了三次以后锅底就出现了红色的锈斑",
        "洗完以后要立刻擦干，再用小火烘一分钟",
        "锈斑可以用钢丝球擦掉",
        "不要用铸铁锅长时间煮酸的汤",
    ),
    ("烹饪话题下的优秀答主", "添加评论", "不粘锅的涂层安全吗？", "被浏览"),
)

# --- Japanese: a Chiebukuro-like page, the question, the best answer, other answers.
PROBES.add(
    "ja_chiebukuro_like_best_answer",
    "https://chie.example.jp/qa/question_detail/q1288",
    page(
        "ja",
        "観葉植物の葉が黄色くなる原因は？",
        "<header><a href='/'>知恵の広場</a></header><div id='wrapper'><div class='ClapLv1"
        "QuestionItem'><div class='ClapLv1UserInfo'><a href='/user/1'>ひまわり</a><span>"
        "さん</span><p>2024/5/2 10:15</p></div><h1 class='ClapLv1TextBlock'><span>"
        "観葉植物の葉が黄色くなる原因は？</span></h1><div class='ClapLv1TextBlock'><p>"
        "リビングに置いているパキラの下の葉が次々と黄色くなって落ちてしまいます。水は週に二回"
        "あげています。</p></div><div class='ClapLv3Reaction'><button>共感した 4</button>"
        "<button>閲覧数 2,310</button></div></div><section class='ClapLv1BestAnswer'><h2>"
        "ベストアンサー</h2><div class='ClapLv1UserInfo'><a href='/user/2'>みどり</a><span>"
        "園芸マスター</span></div><div class='ClapLv1TextBlock'><p>水のあげすぎで根が弱っている"
        "と思います。土の表面が乾いてから二、三日待って水をあげてください。</p></div><div "
        "class='ClapLv3Reaction'><button>ナイス 12</button></div><p class='ThanksComment'>"
        "質問者からのお礼コメント：ありがとうございました！</p></section><section "
        "class='ClapLv1AnswerList'><h2>その他の回答（1件）</h2><div class='ClapLv2AnswerItem'>"
        "<div class='ClapLv1UserInfo'><a href='/user/3'>たけし</a></div><div "
        "class='ClapLv1TextBlock'><p>冬に窓際が寒すぎると葉が落ちることもあります。夜は部屋の"
        "中ほどに移してみては。</p></div></div></section><aside class='Related'><h3>"
        "関連する質問</h3><a href='/q/2'>多肉植物の冬越しについて</a></aside><div "
        "class='Coin'><p>知恵コインを受け取るにはログインしてください</p></div></div>",
    ),
    (
        "パキラの下の葉が次々と黄色くなって落ちてしまいます",
        "水のあげすぎで根が弱っていると思います",
        "夜は部屋の中ほどに移してみては",
    ),
    (
        "閲覧数",
        "多肉植物の冬越しについて",
        "知恵コインを受け取るには",
        "ベストアンサー",
        "園芸マスター",
    ),
)

# --- Korean: a Naver-like Q&A page, the question over the accepted answer.
PROBES.add(
    "ko_naver_like_adopted_answer",
    "https://jisik.example.kr/qna/detail?docId=48812",
    page(
        "ko",
        "전세 계약 만료 전에 이사하면 보증금은?",
        "<div id='header'><a href='/'>지식 광장</a></div><div id='content'><div "
        "class='question-content'><div class='c-heading'><h2 class='title'>전세 계약 만료 전에 "
        "이사하면 보증금은?</h2><div class='c-heading__content'>계약 기간이 아직 여덟 달 "
        "남았는데 회사 때문에 다른 도시로 이사를 가야 합니다. 집주인이 보증금을 바로 돌려줘야 "
        "하나요?</div><div class='c-userinfo'><span>비공개</span><span>조회수 1,042</span>"
        "</div></div></div><div class='answer-content'><div class='answer-content__item "
        "_contentWrap'><div class='adoptCheck'>질문자 채택</div><div class='c-heading-answer'>"
        "<a href='/profile/1'>법률 상담사 한결</a><span class='badge'>분야별 지식인</span>"
        "</div><div class='se-main-container'><p>만료 전에는 집주인이 보증금을 바로 돌려줄 "
        "의무가 없습니다. 새 세입자를 구하면 그 보증금으로 돌려받는 것이 보통입니다.</p><p>"
        "중개 수수료는 보통 먼저 나가는 세입자가 부담합니다.</p></div><div "
        "class='c-button-area'><button>추천 7</button><button>댓글</button></div></div></div>"
        "<div class='aside'><h3>함께 본 질문</h3><a href='/q/1'>월세 인상률 상한은?</a></div>"
        "</div>",
    ),
    (
        "회사 때문에 다른 도시로 이사를 가야 합니다",
        "만료 전에는 집주인이 보증금을 바로 돌려줄 의무가 없습니다",
        "중개 수수료는 보통 먼저 나가는 세입자가 부담합니다",
    ),
    ("분야별 지식인", "조회수", "월세 인상률 상한은?", "질문자 채택"),
)

# --- Persian (RTL): plain boxes, the question beside two answers.
PROBES.add(
    "fa_plain_question_beside_answers",
    "https://porsesh.example.ir/q/2231",
    plain_qa(
        "fa",
        "چرا نان خانگی من سفت می‌شود؟",
        "<p>هر بار که نان خانگی می‌پزم، پوسته‌اش خیلی سفت می‌شود و داخلش خشک است. آرد معمولی "
        "و خمیرمایه خشک استفاده می‌کنم.</p>",
        (
            (
                "6",
                "<p>یک ظرف آب داغ در کف فر بگذارید تا بخار پوسته را نرم نگه دارد و نان را "
                "ده دقیقه زودتر بیرون بیاورید.</p>",
                "پاسخ از مریم",
            ),
            (
                "2",
                "<p>خمیر را بیشتر ورز دهید و کمی روغن زیتون به آن اضافه کنید.</p>",
                "پاسخ از رضا",
            ),
        ),
        related=("بهترین آرد برای نان بربری",),
        related_title="پرسش‌های مرتبط",
        dir_="rtl",
    ),
    (
        "پوسته‌اش خیلی سفت می‌شود و داخلش خشک است",
        "یک ظرف آب داغ در کف فر بگذارید",
        "خمیر را بیشتر ورز دهید",
    ),
    ("پاسخ از مریم", "بهترین آرد برای نان بربری"),
)

# --- Hindi: plain boxes, the question beside two answers.
PROBES.add(
    "hi_plain_question_beside_answers",
    "https://prashn.example.in/q/9021",
    plain_qa(
        "hi",
        "मोबाइल की बैटरी जल्दी क्यों खत्म होती है?",
        "<p>मेरा फोन केवल एक साल पुराना है लेकिन अब बैटरी दोपहर तक ही खत्म हो जाती है। मैं "
        "ज़्यादातर संदेश भेजने और वीडियो देखने के लिए इसका उपयोग करता हूँ।</p>",
        (
            (
                "14",
                "<p>सेटिंग में जाकर देखिए कि कौन सा ऐप सबसे ज़्यादा बैटरी खा रहा है, अक्सर "
                "कोई एक ऐप पीछे चलता रहता है।</p>",
                "उत्तर: सुनील",
            ),
            ("5", "<p>स्क्रीन की रोशनी कम रखिए और रात भर चार्जर पर फोन मत छोड़िए।</p>", "उत्तर: कविता"),
        ),
        related=("फोन गरम क्यों होता है?",),
        related_title="संबंधित प्रश्न",
    ),
    (
        "अब बैटरी दोपहर तक ही खत्म हो जाती है",
        "कौन सा ऐप सबसे ज़्यादा बैटरी खा रहा है",
        "स्क्रीन की रोशनी कम रखिए",
    ),
    ("उत्तर: सुनील", "फोन गरम क्यों होता है?"),
)

# --- Turkish: Stack-Exchange-like.
PROBES.add(
    "tr_stack_like_question",
    "https://sorular.example.com.tr/soru/1204",
    stack_like(
        "tr",
        "Çamaşır makinesi neden su boşaltmıyor?",
        "<p>Makine yıkamayı bitiriyor ama suyu boşaltmıyor, kazanın içinde su kalıyor. "
        "Cihaz üç yaşında ve daha önce hiç arıza yapmadı.</p>",
        "3 yıl önce soruldu",
        (
            (
                "11",
                "<p>Önce ön kapaktaki pompa filtresini açıp temizleyin; çoğu zaman bir "
                "bozuk para ya da toka suyu tıkar.</p>",
                "3 yıl önce yanıtlandı",
                True,
            ),
            (
                "1",
                "<p>Filtre temizse tahliye hortumunun bükülüp bükülmediğine bakın.</p>",
                "2 yıl önce yanıtlandı",
                False,
            ),
        ),
        comment="Hangi model? – Elif 3 yıl önce",
        add_comment="Yorum ekle",
        answers_title="2 cevap",
        related_title="İlgili sorular",
        related=("Bulaşık makinesi kötü kokuyor",),
        signup="Aradığınız cevabı bulamadınız mı? Kendi sorunuzu sorun.",
    ),
    (
        "kazanın içinde su kalıyor",
        "pompa filtresini açıp temizleyin",
        "tahliye hortumunun bükülüp bükülmediğine bakın",
    ),
    ("3 yıl önce soruldu", "Yorum ekle", "Bulaşık makinesi kötü kokuyor", "Kendi sorunuzu sorun"),
)

# --- Indonesian: a student-help page, the question card over its verified answer.
PROBES.add(
    "id_student_help_verified_answer",
    "https://tanya.example.co.id/tugas/8812",
    page(
        "id",
        "Mengapa besi bisa berkarat?",
        "<header class='brand-header'><a href='/'>Tanya PR</a><a href='/daftar'>Daftar</a>"
        "</header><main><div class='question-box'><div class='question-meta'><span>IPA</span>"
        "<span>SMP</span><span>5 poin</span></div><h1 class='question-text'>Mengapa besi bisa "
        "berkarat? Jelaskan proses terjadinya karat pada pagar besi di depan rumah dan cara "
        "mencegahnya.</h1></div><div class='answers-list'><div class='answer-box verified'>"
        "<div class='answer-header'><span class='badge'>Jawaban terverifikasi ahli</span><a "
        "href='/u/1'>gurukimia</a><span>Jenius</span></div><div class='answer-content'><p>Besi "
        "berkarat karena bereaksi dengan oksigen dan air di udara, membentuk besi oksida yang "
        "rapuh dan berwarna cokelat.</p><p>Karat bisa dicegah dengan mengecat pagar atau "
        "melapisinya dengan minyak agar air tidak menyentuh besi.</p></div><div "
        "class='answer-actions'><button>Terima kasih 48</button><span>4.8 (120 suara)</span>"
        "</div></div></div><div class='signup-banner'><p>Daftar gratis untuk melihat jawaban "
        "lainnya</p></div><aside class='related'><h3>Pertanyaan lain</h3><a href='/t/1'>Apa "
        "itu fotosintesis?</a></aside></main>",
    ),
    (
        "Besi berkarat karena bereaksi dengan oksigen dan air di udara",
        "Karat bisa dicegah dengan mengecat pagar",
    ),
    (
        "Jawaban terverifikasi ahli",
        "120 suara",
        "Daftar gratis untuk melihat",
        "Apa itu fotosintesis?",
    ),
)

# --- Polish: an answer with a comment thread under it ("Add a comment", comment lines).
PROBES.add(
    "pl_answer_comment_thread",
    "https://pytania.example.pl/p/5512",
    page(
        "pl",
        "Jak odkamienić czajnik elektryczny?",
        "<header><a href='/'>Pytania i odpowiedzi</a></header><main><article "
        "class='question'><h1>Jak odkamienić czajnik elektryczny?</h1><div "
        "class='question-body'><p>W moim czajniku na dnie zbiera się gruby biały osad i woda "
        "ma dziwny posmak. Nie chcę używać chemii ze sklepu.</p></div><footer "
        "class='question-footer'><span>zadane 5 dni temu</span><a href='#'>Obserwuj</a>"
        "</footer></article><section class='answers'><h2>Odpowiedzi (2)</h2><article "
        "class='answer is-best'><span class='best-label'>Najlepsza odpowiedź</span><div "
        "class='answer-body'><p>Zagotuj wodę z dwiema łyżkami kwasku cytrynowego i zostaw na "
        "godzinę, potem wylej i przepłucz czajnik dwa razy czystą wodą.</p></div><footer><span "
        "class='author'>Basia K.</span><span>4 dni temu</span></footer><div "
        "class='answer-comments'><ul><li><p>Działa, dzięki!</p><span>Marek · 3 dni temu</span>"
        "</li></ul><a href='#'>Dodaj komentarz</a></div></article><article class='answer'><div "
        "class='answer-body'><p>Ocet też działa, ale potem trzeba dłużej płukać, bo zapach "
        "zostaje w czajniku.</p></div><footer><span class='author'>Ola</span><span>2 dni temu"
        "</span></footer></article></section><aside class='related'><h3>Podobne pytania</h3>"
        "<a href='/p/1'>Czym wyczyścić piekarnik?</a></aside></main>",
    ),
    (
        "na dnie zbiera się gruby biały osad",
        "Zagotuj wodę z dwiema łyżkami kwasku cytrynowego",
        "Ocet też działa, ale potem trzeba dłużej płukać",
    ),
    (
        "zadane 5 dni temu",
        "Dodaj komentarz",
        "Marek · 3 dni temu",
        "Czym wyczyścić piekarnik?",
        "Najlepsza odpowiedź",
        "Odpowiedzi (2)",  # round 50: the answers' count heading is the thread's label
    ),
)

# --- Ukrainian: plain boxes, a short question and one answer.
PROBES.add(
    "uk_plain_question_single_answer",
    "https://zapytannia.example.ua/q/771",
    plain_qa(
        "uk",
        "Коли садити часник під зиму?",
        "<p>Хочу посадити озимий часник на дачі під Житнівкою. Чи не запізно буде в кінці "
        "жовтня, якщо вже бувають нічні заморозки?</p>",
        (
            (
                "9",
                "<p>Кінець жовтня якраз підходить: часник має встигнути вкоренитися за три "
                "тижні до того, як земля замерзне, але не прорости.</p>",
                "відповідь від Оксани",
            ),
        ),
        related=("Чим підживити полуницю восени",),
        related_title="Схожі питання",
    ),
    (
        "Чи не запізно буде в кінці жовтня",
        "часник має встигнути вкоренитися за три тижні",
    ),
    ("відповідь від Оксани", "Чим підживити полуницю восени"),
)

# --- Vietnamese: a Q&A page whose answers sit in a list, the question in a box before it.
PROBES.add(
    "vi_answers_in_a_list",
    "https://hoidap.example.vn/cau-hoi/6610",
    page(
        "vi",
        "Làm sao để cơm không bị khê?",
        "<header><a href='/'>Hỏi đáp</a></header><main><h1>Làm sao để cơm không bị khê?</h1>"
        "<div class='question-detail'><p>Nồi cơm điện nhà tôi lúc nào cũng làm cơm cháy ở đáy "
        "và có mùi khê, dù tôi đã đong nước đúng vạch.</p><div class='q-stats'><span>"
        "128 lượt xem</span><a href='#'>Theo dõi</a></div></div><ul class='answer-list'><li "
        "class='answer-item'><div class='a-user'>Hương · Thành viên tích cực</div><div "
        "class='a-content'><p>Vo gạo kỹ hơn cho hết tinh bột thừa rồi ngâm gạo mười lăm phút "
        "trước khi nấu.</p></div><div class='a-vote'>Hữu ích (7)</div></li><li "
        "class='answer-item'><div class='a-user'>Tuấn</div><div class='a-content'><p>Có thể "
        "lòng nồi đã bị tróc lớp chống dính, nên thay lòng nồi mới.</p></div><div "
        "class='a-vote'>Hữu ích (2)</div></li></ul><div class='login-box'>Đăng nhập để trả "
        "lời câu hỏi này</div></main>",
    ),
    (
        "làm cơm cháy ở đáy và có mùi khê",
        "ngâm gạo mười lăm phút trước khi nấu",
        "nên thay lòng nồi mới",
    ),
    ("Thành viên tích cực", "128 lượt xem", "Hữu ích (7)", "Đăng nhập để trả lời"),
)

# --- English: a Quora-like page, the question only in the heading, answers with cards.
PROBES.add(
    "en_quora_like_answer_cards",
    "https://answers.example.com/What-is-the-best-way-to-learn-to-juggle",
    page(
        "en",
        "What is the best way to learn to juggle?",
        "<div class='site-header'><a href='/'>Answers</a><a href='/signin'>Sign In</a></div>"
        "<div class='layout'><div class='main-col'><div class='q-title'><h1>What is the best "
        "way to learn to juggle?</h1><div class='q-actions'><button>Answer</button><button>"
        "Follow · 41</button></div></div><div class='answer-wrapper'><div class='author-card'>"
        "<a href='/profile/1'>Nina Ostrander</a><span>Street performer for twenty years"
        "</span><span>Answered 2y</span></div><div class='answer-text'><p>Start with one "
        "ball. Throw it from hand to hand at eye height until the arc is the same every time, "
        "then add the second ball.</p><p>Only move to three once you can do ten clean "
        "exchanges with two without looking at your hands.</p></div><div class='answer-foot'>"
        "<button>Upvote · 312</button><button>Share</button><span>18.4K views</span></div>"
        "</div><div class='answer-wrapper'><div class='author-card'><a "
        "href='/profile/2'>Kai Brenner</a><span>Maths teacher</span><span>Answered 1y</span>"
        "</div><div class='answer-text'><p>Practise over a bed so dropped balls do not roll "
        "away, and keep sessions short: fifteen minutes a day beats an hour on Sundays.</p>"
        "</div><div class='answer-foot'><button>Upvote · 57</button></div></div></div><div "
        "class='side-col'><h3>Related questions</h3><a href='/q/1'>How long does it take to "
        "learn unicycling?</a></div></div>",
    ),
    (
        "Throw it from hand to hand at eye height",
        "ten clean exchanges with two without looking",
        "fifteen minutes a day beats an hour on Sundays",
    ),
    ("Street performer for twenty years", "Upvote · 312", "18.4K views", "learn unicycling"),
)

# --- Thai: plain boxes.
PROBES.add(
    "th_plain_question_beside_answers",
    "https://thamtop.example.co.th/q/3390",
    plain_qa(
        "th",
        "ทำไมแมวชอบนอนบนคีย์บอร์ด",
        "<p>แมวที่บ้านชอบขึ้นมานอนบนคีย์บอร์ดทุกครั้งที่ฉันทำงาน ไล่ลงไปแล้วก็กลับขึ้นมาใหม่ มีวิธีไหนให้เลิกทำแบบนี้บ้างคะ</p>",
        (
            (
                "10",
                "<p>คีย์บอร์ดอุ่นและอยู่ใกล้เจ้าของ แมวจึงชอบ ลองวางเบาะนุ่มๆ ไว้ข้างโต๊ะให้เขานอนแทน</p>",
                "ตอบโดย ปิยะ",
            ),
            ("4", "<p>ให้เวลาเล่นกับแมวสักสิบนาทีก่อนเริ่มทำงาน แมวจะเหนื่อยและนอนที่อื่นเอง</p>", "ตอบโดย นก"),
        ),
    ),
    (
        "แมวที่บ้านชอบขึ้นมานอนบนคีย์บอร์ดทุกครั้งที่ฉันทำงาน",
        "ลองวางเบาะนุ่มๆ ไว้ข้างโต๊ะ",
        "ให้เวลาเล่นกับแมวสักสิบนาทีก่อนเริ่มทำงาน",
    ),
    ("ตอบโดย ปิยะ",),
)

# --- Hebrew (RTL): QAPage microdata.
PROBES.add(
    "he_microdata_qapage_rtl",
    "https://sheelot.example.co.il/q/441",
    microdata_qa(
        "he",
        "איך מנקים כתם קפה משטיח?",
        "<p>נשפכה כוס קפה על השטיח הבהיר בסלון לפני יומיים, והכתם לא יורד במים. מה עוד אפשר "
        "לנסות לפני שקוראים לניקוי מקצועי?</p>",
        "<p>ערבבו כף חומץ וכף סבון כלים בכוס מים פושרים, טפחו על הכתם במטלית ואל תשפשפו.</p>",
        ("<p>סודה לשתייה על הכתם למשך לילה שלם עזרה לי עם כתם ישן דומה.</p>",),
        byline="חבר קהילה · לפני חודש",
        votes_word="מצאו שזה עזר",
        dir_="rtl",
    ),
    (
        "נשפכה כוס קפה על השטיח הבהיר בסלון",
        "ערבבו כף חומץ וכף סבון כלים",
        "סודה לשתייה על הכתם למשך לילה שלם",
    ),
    ("חבר קהילה · לפני חודש", "מצאו שזה עזר"),
)

# --- English: a question of two short sentences beside its answers (too little prose to
# join the answers' box as a sibling by its mass).
PROBES.add(
    "en_short_question_beside_answers",
    "https://ask.example.org/questions/5120/bike-tyre",
    plain_qa(
        "en",
        "Why does my bike tyre go flat overnight?",
        "<p>My back tyre is flat every morning but holds air all day. What should I check?</p>",
        (
            (
                "9",
                "<p>Check the valve core first; a loose one leaks slowly when the bike "
                "stands still.</p>",
                "by Wren",
            ),
            (
                "2",
                "<p>Pump it hard and put the wheel in a bucket of water to find the bubbles.</p>",
                "by Tam",
            ),
        ),
    ),
    (
        "My back tyre is flat every morning but holds air all day.",
        "a loose one leaks slowly when the bike stands still",
        "put the wheel in a bucket of water",
    ),
    ("by Wren", "by Tam"),
)

# --- Chinese: a short question beside its answers, the lead's shape in another script.
PROBES.add(
    "zh_short_question_beside_answers",
    "https://wenda.example.cn/q/7741",
    plain_qa(
        "zh",
        "米饭煮糊了怎么办？",
        "<p>电饭锅底部的米饭总是煮糊，是水放少了吗？</p>",
        (
            (
                "6",
                "<p>可能是水放少了，米和水按一比一点二的比例试试，煮好后焖十分钟再开盖。</p>",
                "回答者：阿梅",
            ),
            ("3", "<p>内胆的涂层如果磨坏了也容易糊底，可以换一个新的内胆。</p>", "回答者：小林"),
        ),
    ),
    (
        "电饭锅底部的米饭总是煮糊",
        "煮好后焖十分钟再开盖",
        "可以换一个新的内胆",
    ),
    ("回答者：阿梅", "回答者：小林"),
)


# --- Round 50: a heading counting the answers right over them is the thread's label, not
# text ("Antworten (2)", "回答 (2)", "Ответы 2"), in the plain shape.
PROBES.add(
    "de_answer_count_heading",
    "https://fragen.example.de/f/3107",
    plain_qa(
        "de",
        "Wie bekomme ich Kalkflecken von der Duschwand?",
        "<p>Auf unserer Glaswand in der Dusche bleiben nach jedem Duschen weiße Flecken. "
        "Normaler Reiniger hilft kaum. Was nehmt ihr dafür?</p>",
        (
            (
                "9",
                "<p>Nach dem Duschen sofort mit einem Abzieher trocknen, dann entstehen die "
                "Flecken gar nicht erst.</p>",
                "von Jonas R.",
            ),
            (
                "4",
                "<p>Alte Flecken löst verdünnte Zitronensäure, eine Viertelstunde einwirken "
                "lassen und gut nachspülen.</p>",
                "von Mira",
            ),
        ),
        answers_title="Antworten (2)",
    ),
    (
        "Auf unserer Glaswand in der Dusche bleiben",
        "sofort mit einem Abzieher trocknen",
        "Alte Flecken löst verdünnte Zitronensäure",
    ),
    ("Antworten (2)", "von Jonas R.", "von Mira"),
)

PROBES.add(
    "zh_answer_count_heading",
    "https://wenda.example.cn/q/88213",
    plain_qa(
        "zh",
        "绿萝的叶子为什么发黄？",
        "<p>家里的绿萝放在客厅窗边，最近下面的叶子一片一片发黄，浇水也是一周一次，不知道是哪里出了问题？</p>",
        (
            (
                "15",
                "<p>多半是浇水太多，根部不透气。等盆土表面干了再浇，并把黄叶剪掉。</p>",
                "林小雨",
            ),
            (
                "6",
                "<p>也可能是光照太强，窗边的直射阳光会把叶子晒黄，挪到散射光的地方试试。</p>",
                "老周",
            ),
        ),
        answers_title="回答 (2)",
    ),
    (
        "最近下面的叶子一片一片发黄",
        "多半是浇水太多，根部不透气",
        "窗边的直射阳光会把叶子晒黄",
    ),
    ("回答 (2)",),
)

PROBES.add(
    "ru_answer_count_heading",
    "https://voprosy.example.ru/v/5190",
    plain_qa(
        "ru",
        "Почему скрипит входная дверь?",
        "<p>Входная дверь в квартире начала громко скрипеть при открывании. Петли смазывал "
        "год назад. Что ещё можно проверить?</p>",
        (
            (
                "11",
                "<p>Снимите дверь с петель, очистите их от старой смазки и нанесите свежую "
                "густую смазку.</p>",
                "Олег П.",
            ),
            (
                "2",
                "<p>Иногда скрипит не петля, а уплотнитель: протрите его силиконовой смазкой.</p>",
                "Вера",
            ),
        ),
        answers_title="Ответы 2",
    ),
    (
        "начала громко скрипеть при открывании",
        "очистите их от старой смазки",
        "протрите его силиконовой",
    ),
    ("Ответы 2",),
)


def two_answers(
    lang: str,
    title: str,
    question: str,
    asked: str,
    answers: tuple[tuple[str, str, str, str], ...],
    *,
    related: str,
    dir_: str = "ltr",
) -> str:
    """A question in a box of its own over a box of two answers, each with its vote cell
    and user card; the answers' classes are one template, the first with a state's word
    added ("answer accepted", "answer is-best"): (classes, votes, text, user line)."""
    posts = "".join(
        f"<div class='{classes}'><div class='votecell'><span class='vote-count'>{votes}</span>"
        f"</div><div class='answer-body'>{text}</div><div class='user-info'>{user}</div></div>"
        for classes, votes, text, user in answers
    )
    return page(
        lang,
        title,
        "<header class='site-header'><a href='/'>Example Q&amp;A</a></header><main>"
        f"<h1>{title}</h1><div class='question'><div class='votecell'><span "
        f"class='vote-count'>4</span></div><div class='question-body'>{question}</div><div "
        f"class='user-info'>{asked}</div></div><div class='answers'>{posts}</div></main>"
        f"<aside class='sidebar'><h3>Related</h3><ul><li><a href='/q/1'>{related}</a></li>"
        "</ul></aside>",
        dir_=dir_,
    )


# --- English: a one-sentence question over two answers, "answer accepted" and "answer".
PROBES.add(
    "en_two_answers_accepted_variant",
    "https://qa.example.org/q/881/why-does-my-bread-not-rise",
    two_answers(
        "en",
        "Why does my bread not rise?",
        "<p>My loaves stay flat even after a night in the fridge.</p>",
        "asked 3 days ago by ann",
        (
            (
                "answer accepted",
                "12",
                "<p>The yeast may be dead; test it in warm water with a pinch of sugar "
                "before you bake again.</p>",
                "answered 2 days ago by bo",
            ),
            (
                "answer",
                "3",
                "<p>Your kitchen could be too cold, so let the dough rise near the oven for "
                "longer.</p>",
                "answered yesterday by cy",
            ),
        ),
        related="Rye bread too dense",
    ),
    (
        "My loaves stay flat even after a night in the fridge.",
        "test it in warm water with a pinch of sugar",
        "let the dough rise near the oven for longer",
    ),
    ("asked 3 days ago", "Rye bread too dense"),
)

# --- Spanish: the answers "respuesta destacada" and "respuesta".
PROBES.add(
    "es_two_answers_highlighted_variant",
    "https://preguntas.example.es/p/5521/por-que-se-empana-el-espejo",
    two_answers(
        "es",
        "¿Por qué se empaña tanto el espejo del baño?",
        "<p>Después de cada ducha el espejo tarda una hora en secarse.</p>",
        "preguntado hace 2 días por marta",
        (
            (
                "respuesta destacada",
                "8",
                "<p>Falta ventilación: deja la puerta abierta o instala un extractor que "
                "saque el vapor al exterior.</p>",
                "respondido ayer por luis",
            ),
            (
                "respuesta",
                "2",
                "<p>Un poco de jabón líquido frotado en el cristal evita que se empañe "
                "durante días.</p>",
                "respondido hoy por inés",
            ),
        ),
        related="Moho en el techo del baño",
    ),
    (
        "Después de cada ducha el espejo tarda una hora en secarse.",
        "instala un extractor que saque el vapor",
        "Un poco de jabón líquido frotado en el cristal",
    ),
    ("preguntado hace 2 días", "Moho en el techo del baño"),
)

# --- Japanese: the answers "answer is-best" and "answer".
PROBES.add(
    "ja_two_answers_best_variant",
    "https://qa.example.jp/q/3318",
    two_answers(
        "ja",
        "冬に窓が結露するのはなぜですか",
        "<p>毎朝、寝室の窓が水滴でびっしょりになります。</p>",
        "質問日時：3日前",
        (
            (
                "answer is-best",
                "15",
                "<p>室内と外の温度差が大きいからです。寝る前に少し換気すると減ります。</p>",
                "回答日時：2日前",
            ),
            (
                "answer",
                "1",
                "<p>断熱シートを窓に貼ると、結露がかなり少なくなりました。</p>",
                "回答日時：昨日",
            ),
        ),
        related="カーテンのカビを防ぐ方法",
    ),
    (
        "毎朝、寝室の窓が水滴でびっしょりになります。",
        "寝る前に少し換気すると減ります",
        "断熱シートを窓に貼ると",
    ),
    ("質問日時", "カーテンのカビを防ぐ方法"),
)

# --- Round 53: a thread's mark on the reply that solved it, a label of its own over or under
# the post ("Lösung", "Solución"), named by a class ("solved", "accepted-answer-label"); a
# puzzle's "Solution" box, which is its text, stays.
PROBES.add(
    "de_discourse_like_solved_badge_over_reply",
    "https://forum.example.de/t/brot-geht-nicht-auf/4410",
    page(
        "de",
        "Brot geht nicht auf",
        "<header class='d-header'><a href='/'>Backforum</a></header><div id='main-outlet'>"
        "<h1>Brot geht nicht auf</h1><div class='post-stream'><div class='topic-post'>"
        "<article class='boxed'><div class='topic-body'><div class='topic-meta-data'><span "
        "class='username'>mehlwurm</span></div><div class='cooked'><p>Mein Roggenbrot bleibt "
        "seit einer Woche flach, obwohl ich das Rezept nicht geändert habe.</p></div></div>"
        "</article></div><div class='topic-post'><article class='boxed'><div "
        "class='topic-body'><div class='topic-meta-data'><span class='username'>ofenmeister"
        "</span><span class='post-badge solved'>Lösung</span></div><div class='cooked'><p>"
        "Im Winter ist die Küche kälter: lass den Teig zwei Stunden länger gehen oder stell "
        "ihn in den Backofen mit eingeschaltetem Licht.</p></div></div></article></div>"
        "<div class='topic-post'><article class='boxed'><div class='topic-body'><div "
        "class='topic-meta-data'><span class='username'>mehlwurm</span></div><div "
        "class='cooked'><p>Danke, mit dem Licht im Ofen ist es wieder schön aufgegangen.</p>"
        "</div></div></article></div></div></div>",
    ),
    (
        "Mein Roggenbrot bleibt seit einer Woche flach",
        "lass den Teig zwei Stunden länger gehen",
        "mit dem Licht im Ofen ist es wieder schön aufgegangen.",
    ),
    ("Lösung\n",),
)

PROBES.add(
    "es_forum_accepted_answer_label_under_reply",
    "https://foro.example.es/hilo/la-bici-chirria-al-frenar",
    page(
        "es",
        "La bici chirría al frenar",
        "<div class='forum'><h1>La bici chirría al frenar</h1><div class='message'><div "
        "class='message-user'>rueda_libre</div><div class='message-body'><p>Desde que "
        "cambié las pastillas, el freno delantero chirría en cada bajada.</p></div></div>"
        "<div class='message'><div class='message-user'>taller_pepe</div><div "
        "class='message-body'><p>Lija un poco la superficie de las pastillas nuevas y limpia "
        "el disco con alcohol: suelen traer restos del embalaje.</p></div><div "
        "class='accepted-answer-label'>Solución</div></div><div class='message'><div "
        "class='message-user'>rueda_libre</div><div class='message-body'><p>Hecho, ya no "
        "suena nada. ¡Gracias!</p></div></div></div>",
    ),
    (
        "el freno delantero chirría en cada bajada.",
        "limpia el disco con alcohol",
        "Hecho, ya no suena nada.",
    ),
    ("Solución\n",),
)

PROBES.add(
    "en_puzzle_solution_box_is_text",
    "https://puzzles.example.com/weekly/the-three-ferries",
    page(
        "en",
        "The three ferries",
        "<main><article class='puzzle'><h1>The three ferries</h1><div class='puzzle-body'>"
        "<p>Three ferries leave the harbour at noon. The first returns every 4 hours, the "
        "second every 6 hours and the third every 10 hours.</p><p>When will all three be "
        "back in the harbour together for the first time?</p></div><div class='solution'>"
        "<h2>Solution</h2><p>The least common multiple of 4, 6 and 10 is 60, so all three "
        "meet again 60 hours later, at midnight two days on.</p></div></article></main>",
    ),
    (
        "Three ferries leave the harbour at noon.",
        "Solution",
        "The least common multiple of 4, 6 and 10 is 60",
    ),
    (),
)

# --- Round 53: a view count alone in a "stats" box beside a question or a post ("1,204
# views", "Aufrufe: 312"), the readers' tally; a match report's "stats" box of figures, and
# a sentence giving a count of views, are text.
PROBES.add(
    "de_question_stats_box_aufrufe",
    "https://fragen.example.de/frage/9931/warum-schimmelt-das-fensterbrett",
    page(
        "de",
        "Warum schimmelt das Fensterbrett?",
        "<main><h1>Warum schimmelt das Fensterbrett?</h1><div class='question'><p>Jeden "
        "Winter bilden sich am Fensterbrett im Schlafzimmer schwarze Flecken, obwohl wir "
        "täglich lüften.</p><div class='question-stats'><span>Aufrufe: 1.204</span></div>"
        "</div><div class='answers'><div class='answer'><p>Das Fensterbrett ist die kälteste "
        "Stelle im Raum: Stell das Bett nicht direkt davor und heize morgens kurz stärker."
        "</p></div><div class='answer'><p>Bei uns half es, die Vorhänge nachts einen Spalt "
        "offen zu lassen.</p></div></div></main>",
    ),
    (
        "bilden sich am Fensterbrett im Schlafzimmer schwarze Flecken",
        "Das Fensterbrett ist die kälteste Stelle im Raum",
        "die Vorhänge nachts einen Spalt offen zu lassen.",
    ),
    ("Aufrufe: 1.204",),
)

PROBES.add(
    "en_forum_post_stats_views_and_match_stats",
    "https://club.example.co.uk/forum/match-thread-rovers-2-1-town",
    page(
        "en",
        "Match thread: Rovers 2-1 Town",
        "<main><h1>Match thread: Rovers 2-1 Town</h1><div class='post'><div "
        "class='post-stats'><span>2,318 views</span></div><div class='post-body'><p>What a "
        "second half. Town had the better of the first forty-five minutes, but the two "
        "substitutes changed everything.</p><div class='match-stats'><h3>Match stats</h3>"
        "<ul><li>Possession 48%</li><li>Shots 14</li><li>Corners 7</li></ul></div><p>The "
        "winner, a header from a corner in the 88th minute, drew 2,318 views of the replay "
        "on the club's site within an hour.</p></div></div></main>",
    ),
    (
        "Town had the better of the first forty-five minutes",
        "Possession 48%",
        "Shots 14",
        "Corners 7",
        "drew 2,318 views of the replay",
    ),
    ("2,318 views\n",),
)

PROBES.add(
    "ru_post_stats_prosmotrov",
    "https://forum.example.ru/topic/5521-kak-zimovat-rozy",
    page(
        "ru",
        "Как зимовать розам на балконе",
        "<main><h1>Как зимовать розам на балконе</h1><div class='topic'><div class='stats'>"
        "<span>Просмотров: 3 412</span></div><div class='post'><p>Посадила две розы в "
        "ящики на открытом балконе. Как их укрыть, чтобы они пережили зиму?</p></div><div "
        "class='post'><p>Обмотайте ящики старым одеялом и накройте кусты лапником, когда "
        "станет минус пять.</p></div></div></main>",
    ),
    (
        "Посадила две розы в ящики на открытом балконе.",
        "Обмотайте ящики старым одеялом",
    ),
    ("Просмотров: 3 412",),
)
