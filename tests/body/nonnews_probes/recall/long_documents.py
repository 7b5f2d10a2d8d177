"""Long documents: a handbook and a policy of 3,000 words and more, with a contents box,
fifteen sections and more of h2/h3/h4, nested lists, a figure, a table, a box set in the
middle and footnotes; and shorter long pages in other scripts. The lines asked for are
in the last section, after the figure, after the table, after the box and in the notes."""

from __future__ import annotations

from ._registry import PROBES, Frame, fnref, handbook, sidebar_box

# Sentences the long pages' filler paragraphs are built from: a section's topic goes in,
# so each paragraph reads differently and no two sections repeat.
_EN_SENTENCES = (
    "Volunteers who look after {t} meet on the first Saturday of each month and keep a "
    "written log of what was done, by whom and with which tools.",
    "Before anyone changes the way we handle {t}, the proposal is read out at the members' "
    "evening and left on the noticeboard for two weeks.",
    "Most of the mistakes we have made with {t} came from hurrying, so the rule of thumb is "
    "to do less, more carefully, and to write down what surprised us.",
    "New members often ask why {t} takes so much of our time; the honest answer is that the "
    "orchard is older than any of us and forgives very little neglect.",
    "The tool shed holds a folder on {t} with drawings, receipts and the notes of the "
    "people who did the work in earlier years.",
    "Children are welcome to help with {t} as long as an adult stays with them and the "
    "sharp tools stay in the locked box.",
    "When the weather turns, work on {t} stops at once; nothing in this handbook is worth a "
    "sprained ankle on wet grass.",
    "We buy what {t} needs from the cooperative in the valley, which gives members a small "
    "discount and delivers to the gate by the chapel.",
    "Every autumn the committee looks back at {t} and asks three questions: what worked, "
    "what did not, and what we should stop doing altogether.",
    "If you are unsure about anything to do with {t}, ask one of the two stewards named on "
    "the board rather than guessing.",
    "Records of {t} going back to the orchard's first planting are kept in the parish "
    "archive and may be consulted by appointment.",
    "A good season for {t} depends as much on patience as on skill, and the older members "
    "are generous with both.",
)


def _filler(sentences: tuple[str, ...], topic: str, seed: int, paras: int = 3) -> str:
    """Paragraphs about a topic, four sentences each, drawn in turn from the pool."""
    out = []
    for p in range(paras):
        start = (seed * 5 + p * 4) % len(sentences)
        picked = [sentences[(start + k) % len(sentences)].format(t=topic) for k in range(4)]
        out.append("<p>" + " ".join(picked) + "</p>")
    return "".join(out)


_EN_TOPICS = (
    (2, "Why the orchard exists", "the orchard's purpose"),
    (2, "Membership and duties", "membership"),
    (3, "The work rota", "the work rota"),
    (3, "Keys and the tool shed", "the keys"),
    (2, "The trees", "the trees"),
    (3, "Old varieties", "the old varieties"),
    (4, "Grafting days", "grafting"),
    (3, "Pruning", "winter pruning"),
    (2, "The meadow beneath", "the meadow"),
    (3, "Mowing", "mowing"),
    (3, "Bees and other visitors", "the hives"),
    (2, "Harvest", "the harvest"),
    (3, "Pressing and juice", "pressing"),
    (4, "Labels and bottles", "the bottles"),
    (2, "Money", "the accounts"),
    (2, "Safety", "safety"),
    (2, "Leaving the orchard in good order", "handing over"),
)


def _en_sections() -> tuple[tuple[int, str, str], ...]:
    out = []
    for n, (level, head, topic) in enumerate(_EN_TOPICS):
        inner = _filler(_EN_SENTENCES, topic, n)
        if head == "Membership and duties":
            inner += (
                "<ul><li>Full members, who vote and hold a key<ul><li>who pay the yearly fee "
                "of twelve pounds</li><li>who give at least six mornings a year to the "
                "rota</li></ul></li><li>Friends of the orchard, who may come to every "
                "working day but do not vote</li></ul>"
            )
        if head == "Old varieties":
            inner += (
                "<figure><img src='/img/tree-map.png' alt=''><figcaption>Map of the rows, "
                "drawn by the stewards in 2019</figcaption></figure><p>The map shows that "
                "the Tawny Pippin in row four is the last of its kind in the county, which "
                "is why nobody prunes it without the stewards.</p>"
            )
        if head == "Pruning":
            inner += sidebar_box(
                "A lesson from 2016",
                "That winter a well-meant team cut back the whole third row in one "
                "weekend; two trees never recovered.",
            ) + (
                "<p>Since then no more than a third of any tree's new wood is taken in a "
                f"single winter{fnref(1)}, and each cut is noted in the log.</p>"
            )
        if head == "Pressing and juice":
            inner += (
                "<table><thead><tr><th>Year</th><th>Apples (kg)</th><th>Juice (litres)</th>"
                "</tr></thead><tbody><tr><td>2023</td><td>1,840</td><td>1,020</td></tr><tr>"
                "<td>2024</td><td>960</td><td>505</td></tr><tr><td>2025</td><td>2,210</td>"
                "<td>1,260</td></tr></tbody></table><p>The poor year of 2024 followed a late "
                f"frost in April{fnref(2)}; the trees made up for it the autumn after.</p>"
            )
        if head == "Leaving the orchard in good order":
            inner += (
                "<p>Whoever locks up last walks the boundary hedge, checks that the ladders "
                "are chained and writes the time in the book by the gate.</p>"
            )
        out.append((level, head, inner))
    return tuple(out)


EN_FRAME = Frame(
    site="Hollowmere Community Orchard",
    nav=("Home", "Handbook", "Events", "Join"),
    footer="Hollowmere Community Orchard is a registered charity, no. 1190042.",
)

PROBES.add(
    "en_handbook_long",
    "https://hollowmere-orchard.example.org.uk/handbook/",
    handbook(
        "en-GB",
        "The Hollowmere Orchard Handbook",
        _en_sections(),
        toc_title="Contents",
        notes=(
            "The rule follows the advice of the county's fruit tree society, given to the "
            "stewards in writing in 2017.",
            "The frost of 21 April 2024 was recorded at minus four degrees at the gate.",
        ),
        notes_title="Notes",
        updated="Page last updated on 3 November 2026",
        frame=EN_FRAME,
    ),
    (
        "who give at least six mornings a year to the",
        "is the last of its kind in the county",
        "no more than a third of any tree's new wood is taken",
        "followed a late frost in April",
        "walks the boundary hedge, checks that the ladders",
        "given to the stewards in writing in 2017",
        "was recorded at minus four degrees at the gate",
        "Every autumn the committee looks back at handing over",
    ),
    ("Page last updated on 3 November 2026", *EN_FRAME.furniture()),
)

_RU_SENTENCES = (
    "Вопросы, связанные с темой «{t}», правление товарищества обсуждает открыто, а решения "
    "вывешивает на доске у сторожки не позднее чем через три дня.",
    "Каждый садовод, которого касается тема «{t}», может прийти на заседание правления и "
    "задать вопрос, предупредив председателя накануне.",
    "За последние годы по теме «{t}» накопилось немало жалоб, и большинство из них "
    "разрешилось простым разговором соседей у забора.",
    "Если правила по теме «{t}» кажутся вам неясными, спросите у казначея или у старшего по "
    "улице, прежде чем что-то делать на свой страх и риск.",
    "Документы по теме «{t}» хранятся в папке правления, и любой член товарищества вправе "
    "их прочитать в приёмные часы по средам.",
    "Общее собрание может изменить порядок, описанный в разделе «{t}», большинством в две "
    "трети голосов присутствующих.",
    "Опыт соседних товариществ показывает, что в деле «{t}» выигрывает тот, кто заранее "
    "договаривается, а не тот, кто спорит потом.",
    "Новые члены товарищества получают памятку по теме «{t}» вместе с ключом от ворот и "
    "членской книжкой.",
    "Споры, которые касаются темы «{t}», рассматривает ревизионная комиссия, а не "
    "председатель единолично.",
    "Летом работы, которых требует тема «{t}», лучше планировать на утро, пока не жарко и "
    "на участках мало людей.",
)

_RU_TOPICS = (
    (2, "Общие положения", "общие положения"),
    (2, "Членство в товариществе", "членство"),
    (3, "Вступление", "вступление"),
    (3, "Выход и передача участка", "передача участка"),
    (2, "Взносы", "взносы"),
    (3, "Членские взносы", "членские взносы"),
    (3, "Целевые взносы", "целевые взносы"),
    (4, "Льготы", "льготы"),
    (2, "Вода", "водоснабжение"),
    (3, "Летний водопровод", "летний водопровод"),
    (2, "Электричество", "электроснабжение"),
    (2, "Дороги и проезды", "дороги"),
    (2, "Мусор и компост", "вывоз мусора"),
    (2, "Тишина и соседи", "соблюдение тишины"),
    (2, "Пожарная безопасность", "пожарная безопасность"),
    (2, "Заключительные положения", "заключительные положения"),
)


def _ru_sections() -> tuple[tuple[int, str, str], ...]:
    out = []
    for n, (level, head, topic) in enumerate(_RU_TOPICS):
        inner = _filler(_RU_SENTENCES, topic, n, paras=4)
        if head == "Взносы":
            inner += (
                "<table><tr><th>Вид взноса</th><th>Сумма</th><th>Срок</th></tr><tr><td>"
                "Членский</td><td>4 800 ₽ в год</td><td>до 1 июня</td></tr><tr><td>Целевой"
                "</td><td>по решению собрания</td><td>до 1 сентября</td></tr></table><p>"
                "Квитанции выдаются на руки в сторожке, а по просьбе садовода присылаются на "
                "электронную почту.</p>"
            )
        if head == "Летний водопровод":
            inner += sidebar_box(
                "Как было раньше",
                "До 2019 года воду давали по графику через день, и очередь к кранам "
                "выстраивалась с шести утра.",
            ) + (
                "<p>Сейчас вода идёт круглосуточно с 1 мая по 30 сентября, если нет аварии"
                f"{fnref(1)}.</p>"
            )
        if head == "Дороги и проезды":
            inner += (
                "<figure><img src='/plan.png' alt=''><figcaption>План проездов товарищества"
                "</figcaption></figure><p>Проезд между третьей и четвёртой линиями "
                "оставляют свободным для пожарной машины круглый год.</p>"
            )
        if head == "Заключительные положения":
            inner += (
                "<p>Настоящий устав вступает в силу со дня его утверждения общим собранием "
                "и действует до принятия новой редакции.</p>"
            )
        out.append((level, head, inner))
    return tuple(out)


RU_FRAME = Frame(
    site="СНТ «Рябинушка»",
    nav=("Главная", "Документы", "Объявления", "Контакты"),
    footer="© СНТ «Рябинушка», 2012–2026. Все права защищены.",
    side_title="Объявления",
    side=("Собрание перенесено на 14 июня", "Отключение света на второй линии"),
)

PROBES.add(
    "ru_ustav_snt",
    "https://snt-ryabinushka.example.ru/dokumenty/ustav",
    handbook(
        "ru",
        "Устав садоводческого товарищества «Рябинушка»",
        _ru_sections(),
        toc_title="Оглавление",
        notes=("Об авариях правление сообщает в группе товарищества и на доске у ворот.",),
        notes_title="Примечания",
        updated="Редакция от 18 мая 2026 года",
        frame=RU_FRAME,
    ),
    (
        "Квитанции выдаются на руки в сторожке",
        "Сейчас вода идёт круглосуточно с 1 мая по 30 сентября",
        "оставляют свободным для пожарной машины круглый год",
        "Настоящий устав вступает в силу со дня его утверждения",
        "Об авариях правление сообщает в группе товарищества",
        "может изменить порядок, описанный в разделе «заключительные положения»",
    ),
    RU_FRAME.furniture(),
)

JA_FRAME = Frame(
    site="みどり台自治会",
    nav=("ホーム", "お知らせ", "資料", "お問い合わせ"),
    footer="Copyright © みどり台自治会 All Rights Reserved.",
)

_JA_SECTIONS = (
    (
        2,
        "はじめに",
        "<p>この手引きは、みどり台に新しく住む方のために、ごみの出し方から防災まで、"
        "暮らしの決まりをまとめたものです。</p>",
    ),
    (
        2,
        "自治会について",
        "<p>自治会は住民どうしの助け合いの会で、加入は任意ですが、九割以上の世帯が"
        "加入しています。</p>",
    ),
    (3, "会費", "<p>会費は月三百円で、班長が半年ごとに集めに伺います。</p>"),
    (3, "班と班長", "<p>班長は一年交代の輪番で、回覧板を回し、会費を集めます。</p>"),
    (
        2,
        "ごみの出し方",
        "<p>可燃ごみは月曜と木曜、資源ごみは第二・第四水曜の朝八時までに出して"
        "ください。</p><ul><li>可燃ごみ<ul><li>生ごみは水気を切る</li><li>指定袋に入れる</li>"
        "</ul></li><li>資源ごみ<ul><li>びんとかんは分ける</li><li>ペットボトルはキャップを外す"
        "</li></ul></li></ul>",
    ),
    (3, "粗大ごみ", "<p>粗大ごみは市の受付センターに電話で申し込み、シールを貼って出します。</p>"),
    (2, "防災", "<p>年に一度、九月の第一日曜日に公園で防災訓練を行います。</p>"),
    (
        3,
        "避難場所",
        "<figure><img src='/map.png' alt=''><figcaption>避難場所の地図</figcaption>"
        "</figure><p>地図の青い丸が一時避難場所で、みどり台小学校の校庭が広域避難場所です。</p>",
    ),
    (4, "非常持ち出し袋", "<p>水は一人一日三リットルを目安に、三日分を用意しましょう。</p>"),
    (
        2,
        "公園と集会所",
        "<p>集会所は自治会員なら誰でも借りられ、予約は管理人に申し込みます。</p>"
        "<table><tr><th>部屋</th><th>定員</th><th>使用料</th></tr><tr><td>和室</td><td>20人</td>"
        "<td>無料</td></tr><tr><td>ホール</td><td>60人</td><td>一回千円</td></tr></table>"
        "<p>ホールの使用料は、冷暖房の電気代に充てています。</p>",
    ),
    (2, "夏祭り", "<p>八月の最後の土曜日に、公園で盆踊りと夜店を開きます。</p>"),
    (2, "防犯", "<p>夜の見回りは、各班から月に一人ずつ出ていただいています。</p>"),
    (2, "子ども会", "<p>子ども会では、春の遠足と冬の餅つきを毎年行っています。</p>"),
    (
        2,
        "ペット",
        "<p>犬の散歩のときは、ふんを必ず持ち帰り、公園の芝生には入れないでください。</p>",
    ),
    (
        2,
        "お問い合わせ",
        f"<p>わからないことがあれば、班長か自治会の役員に気軽に声をかけてください{fnref(1)}。</p>",
    ),
)

PROBES.add(
    "ja_jichikai_tebiki",
    "https://midoridai-jichikai.example.jp/tebiki/",
    handbook(
        "ja",
        "みどり台 暮らしの手引き",
        _JA_SECTIONS,
        toc_title="目次",
        notes=("役員の連絡先は、毎年四月に配る名簿に載っています。",),
        notes_title="注",
        updated="最終更新日：2026年4月1日",
        frame=JA_FRAME,
    ),
    (
        "ペットボトルはキャップを外す",
        "地図の青い丸が一時避難場所で",
        "ホールの使用料は、冷暖房の電気代に充てています",
        "班長か自治会の役員に気軽に声をかけて",
        "役員の連絡先は、毎年四月に配る名簿に載っています",
        "ふんを必ず持ち帰り",
    ),
    ("最終更新日：2026年4月1日", *JA_FRAME.furniture()),
)
