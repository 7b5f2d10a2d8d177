"""The blind73s probe's second part: forum threads of several posts (author cards,
signatures, quote and reply buttons, a post's "thanks" line) and personal blogs with their
comment threads and an author box."""

from __future__ import annotations

from ._kit import SITES, add, paras, poster


def _post(n: int, name: str, meta: str, text: str, *, sig: str = "", quote: str = "") -> str:
    quoted = (
        f"<blockquote class='quote'><cite>{quote[0:0]}</cite>{quote}</blockquote>" if quote else ""
    )
    signature = f"<div class='signature'>{sig}</div>" if sig else ""
    return (
        f"<div id='p{n}' class='post bg{n % 2 + 1}'>{poster(name, meta)}<div class='postbody'>"
        f"<p class='author'>#{n}</p><div class='content'>{quoted}{text}</div>{signature}"
        "<ul class='post-buttons'><li><a href='#'>Zitieren</a></li></ul></div></div>"
    )


def _comments(title: str, *entries: tuple[str, str]) -> str:
    items = "".join(
        f"<li class='comment'><article class='comment-body'><footer class='comment-meta'><b "
        f"class='fn'>{who}</b></footer><div class='comment-content'><p>{text}</p></div>"
        "<div class='reply'><a class='comment-reply-link' href='#'>↩</a></div></article></li>"
        for who, text in entries
    )
    return (
        f"<div id='comments' class='comments-area'><h2 class='comments-title'>{title}</h2><ol "
        f"class='comment-list'>{items}</ol></div>"
    )


def _bio(text: str) -> str:
    return (
        f"<div class='author-box'><img src='/me.jpg' alt=''><p class='author-bio'>{text}</p></div>"
    )


add(
    "forum_phpbb_three_posts_with_signatures",
    SITES["de"],
    "Heizung pfeift nach dem Entlüften",
    "<div id='page-body'><h2 class='topic-title'>Heizung pfeift nach dem Entlüften</h2>"
    + _post(
        1,
        "KlausR",
        "Beiträge: 212",
        "<p>Seit ich die Heizkörper entlüftet habe, pfeift"
        " es im Keller bei jedem Anspringen der Pumpe.</p>",
        sig="Gruß aus dem Sauerland",
    )
    + _post(
        2,
        "Heizprofi_84",
        "Beiträge: 5310",
        "<p>Prüf den Anlagendruck, nach dem Entlüften fehlt oft Wasser im System.</p>",
    )
    + _post(
        3,
        "KlausR",
        "Beiträge: 212",
        "<p>Der Druck war bei 0,8 bar, nach dem Nachfüllen ist Ruhe.</p>",
        sig="Gruß aus dem Sauerland",
    )
    + "</div>",
    (
        "pfeift es im Keller bei jedem Anspringen der Pumpe.",
        "Prüf den Anlagendruck, nach dem Entlüften fehlt oft Wasser im System.",
        "Der Druck war bei 0,8 bar, nach dem Nachfüllen ist Ruhe.",
    ),
    ("Gruß aus dem Sauerland", "Beiträge: 5310", "Zitieren"),
    path="forum/viewtopic.php?t=8812",
)

add(
    "forum_discourse_like_replies",
    SITES["nl"],
    "Welke band voor een bakfiets in de winter?",
    "<div id='main-outlet'><h1 class='fancy-title'>Welke band voor een bakfiets in de winter?"
    "</h1><div class='topic-post' data-post-number='1'><div class='names'><span "
    "class='username'>fietsmoeder</span></div><div class='cooked'><p>Onze bakfiets glijdt weg"
    " op natte bladeren. Heeft iemand ervaring met winterbanden?</p></div><div "
    "class='post-menu-area'><button class='like'>3</button><button>Beantwoorden</button></div>"
    "</div><div class='topic-post' data-post-number='2'><div class='names'><span "
    "class='username'>jeroen_k</span></div><div class='cooked'><p>Wij rijden met banden met "
    "reflecterende wang en grof profiel, dat scheelt veel.</p></div><div class='post-menu-"
    "area'><button class='like'>7</button><button>Beantwoorden</button></div></div><div "
    "class='topic-post' data-post-number='3'><div class='names'><span class='username'>"
    "fietsmoeder</span></div><div class='cooked'><p>Dank je, we hebben ze besteld.</p></div>"
    "</div><div class='topic-map'><span>3 berichten</span><span>2 deelnemers</span></div></div>",
    (
        "Onze bakfiets glijdt weg op natte bladeren.",
        "Wij rijden met banden met reflecterende wang en grof profiel",
        "Dank je, we hebben ze besteld.",
    ),
    ("Beantwoorden", "2 deelnemers"),
    path="t/winterbanden-bakfiets/412",
)

add(
    "forum_russian_thread_with_quote",
    SITES["ru"],
    "Рассада томатов вытягивается",
    "<div class='forum-topic'><h1>Рассада томатов вытягивается</h1>"
    + _post(
        1,
        "Ольга_С",
        "Сообщений: 48",
        "<p>Посеяла томаты в феврале, через две недели рассада вытянулась и легла.</p>",
    )
    + _post(
        2,
        "Агроном",
        "Сообщений: 2 904",
        "<p>Не хватает света: досветите лампой по двенадцать часов в сутки.</p>",
        quote="рассада вытянулась и легла",
        sig="Сад — это терпение.",
    )
    + _post(3, "Ольга_С", "Сообщений: 48", "<p>Повесила лампу, новые листья уже крепче.</p>")
    + "</div>",
    (
        "Посеяла томаты в феврале, через две недели рассада вытянулась и легла.",
        "Не хватает света: досветите лампой по двенадцать часов в сутки.",
        "Повесила лампу, новые листья уже крепче.",
    ),
    ("Сад — это терпение.", "Сообщений: 2 904"),
    path="forum/topic/5521",
)

add(
    "forum_vietnamese_qa_accepted",
    SITES["vi"],
    "Xe máy đề không nổ buổi sáng",
    "<div class='thread'><h1 class='thread-title'>Xe máy đề không nổ buổi sáng</h1><article "
    "class='message message--post'><div class='message-user'><a class='username'>minhtuan"
    "</a><dl class='pairs'><dt>Bài viết</dt><dd>37</dd></dl></div><div class='message-"
    "content'><div class='bbWrapper'>Xe của em sáng nào cũng phải đạp nhiều lần mới nổ, "
    "chiều thì đề bình thường.</div></div><div class='message-actionBar'><a>Thích</a><a>"
    "Trả lời</a></div></article><article class='message message--post is-solution'><div "
    "class='message-user'><a class='username'>thoxe_hn</a></div><div class='message-"
    "content'><div class='bbWrapper'>Bạn kiểm tra bugi và bình ắc quy, trời lạnh bình yếu "
    "là hay gặp nhất.</div></div><div class='message-actionBar'><a>Thích</a><a>Trả lời"
    "</a></div></article></div>",
    (
        "Xe của em sáng nào cũng phải đạp nhiều lần mới nổ",
        "Bạn kiểm tra bugi và bình ắc quy",
    ),
    ("Trả lời",),
    path="threads/xe-de-khong-no.8812",
)

add(
    "forum_hindi_thread",
    SITES["hi"],
    "राशन कार्ड में नाम जोड़ने की प्रक्रिया",
    "<div class='topic'><h1>राशन कार्ड में नाम जोड़ने की प्रक्रिया</h1>"
    + _post(1, "सुनीता", "पोस्ट: 12", "<p>मेरी बेटी का नाम राशन कार्ड में जोड़ना है, कौन से कागज़ चाहिए?</p>")
    + _post(
        2,
        "रमेश वर्मा",
        "पोस्ट: 640",
        "<p>जन्म प्रमाण पत्र और आधार कार्ड की प्रति के साथ फ़ॉर्म भरकर खाद्य विभाग में जमा करें।</p>",
        sig="जानकारी अच्छी लगे तो धन्यवाद दें",
    )
    + "</div>",
    (
        "मेरी बेटी का नाम राशन कार्ड में जोड़ना है",
        "जन्म प्रमाण पत्र और आधार कार्ड की प्रति के साथ",
    ),
    ("जानकारी अच्छी लगे तो धन्यवाद दें", "पोस्ट: 640"),
    path="forum/topic/ration-card",
)

add(
    "blog_post_with_comment_thread_and_bio",
    SITES["sv"],
    "Vår första vinter i fjällstugan",
    "<article class='post'><h1 class='entry-title'>Vår första vinter i fjällstugan</h1><div "
    "class='entry-content'>"
    + paras(
        "I november flyttade vi upp till stugan vid Ammarnäs och trodde att vi var förberedda.",
        "Vattenledningen frös redan första veckan, och vi fick bära vatten från bäcken.",
        "Nu har vi isolerat rören och lärt oss att elda i kaminen hela natten.",
    )
    + "</div>"
    + _bio("Karin skriver om livet i fjällen och om att laga allt själv.")
    + "</article>"
    + _comments(
        "4 kommentarer",
        ("Lena", "Så härligt att läsa, vi drömmer om samma sak!"),
        ("Olof", "Värmekabel på rören räddade oss."),
    ),
    (
        "I november flyttade vi upp till stugan vid Ammarnäs",
        "Vattenledningen frös redan första veckan",
        "Nu har vi isolerat rören och lärt oss att elda i kaminen hela natten.",
    ),
    (
        "Karin skriver om livet i fjällen",
        "4 kommentarer",
        "Så härligt att läsa, vi drömmer om samma sak!",
        "Värmekabel på rören räddade oss.",
    ),
    path="2026/12/forsta-vintern",
)

add(
    "blog_chinese_post_with_comments",
    SITES["zh"],
    "我在云南学做扎染的一周",
    "<div class='article-wrap'><h1>我在云南学做扎染的一周</h1><div class='article-meta'><span>"
    "阅读 3,412</span><span>点赞 96</span></div><div class='article-content'>"
    + paras(
        "大理周城村几乎家家户户都做扎染，我在一位白族阿姨家住了七天。",
        "第一天只学捆扎，针脚要紧，染出来的花纹才清楚。",
        "板蓝根染缸要养，阿姨每天早上都会搅一搅，看看颜色。",
    )
    + "</div><div class='article-copyright'>本文为作者原创，转载请注明出处。</div></div>"
    + _comments("全部评论 (2)", ("小林", "好想去体验一次！"), ("阿杰", "请问学费大概多少？")),
    (
        "大理周城村几乎家家户户都做扎染",
        "第一天只学捆扎，针脚要紧，染出来的花纹才清楚。",
        "板蓝根染缸要养",
    ),
    (
        "阅读 3,412",
        "本文为作者原创，转载请注明出处。",
        "全部评论 (2)",
        "好想去体验一次！",
        "请问学费大概多少？",
    ),
    path="p/zharan-yunnan",
)

add(
    "blog_french_post_with_trackback_and_reply",
    SITES["fr"],
    "Réparer soi-même une chaise cannée",
    "<div class='post-entry'><h1>Réparer soi-même une chaise cannée</h1>"
    + paras(
        "La chaise de ma grand-mère avait un trou au milieu de l'assise depuis vingt ans.",
        "Il faut d'abord retirer l'ancien cannage et nettoyer les trous au poinçon.",
        "Le cannage se fait en six passes, en mouillant la canne pour qu'elle reste souple.",
    )
    + "<p class='post-tags'>Mots-clés : <a href='/t/1'>artisanat</a>, <a href='/t/2'>"
    "récup</a></p></div>"
    + _comments(
        "3 réponses à « Réparer soi-même une chaise cannée »",
        ("Mireille", "Bravo, le résultat est superbe."),
        ("Atelier Libre", "Merci Mireille ! Compte environ douze heures de travail."),
    ),
    (
        "La chaise de ma grand-mère avait un trou au milieu de l'assise",
        "Il faut d'abord retirer l'ancien cannage",
        "Le cannage se fait en six passes",
    ),
    (
        "Mots-clés",
        "Bravo, le résultat est superbe.",
        "Compte environ douze heures de travail.",
        "3 réponses à",
    ),
    path="2026/11/chaise-cannee",
)

add(
    "blog_polish_post_with_italic_source_note_after_rule",
    SITES["pl"],
    "Jak czytać mapę turystyczną",
    "<article class='entry'><h1>Jak czytać mapę turystyczną</h1><div class='entry-content'>"
    + paras(
        "Poziomice to linie łączące punkty o tej samej wysokości nad poziomem morza.",
        "Im gęściej leżą, tym bardziej stromy jest stok, który nas czeka.",
        "Kolor szlaku na mapie odpowiada kolorowi znaków na drzewach.",
    )
    + "<hr><p><em>Serwis Szlaki i Mapy od 2009 roku pomaga turystom planować wycieczki. "
    "Wszystkie mapy znajdziesz w naszym sklepie.</em></p></div></article>",
    (
        "Poziomice to linie łączące punkty o tej samej wysokości",
        "Im gęściej leżą, tym bardziej stromy jest stok",
        "Kolor szlaku na mapie odpowiada kolorowi znaków na drzewach.",
    ),
    (
        "Serwis Szlaki i Mapy od 2009 roku pomaga turystom",
        "Wszystkie mapy znajdziesz w naszym sklepie.",
    ),
    path="poradnik/mapa",
)

add(
    "blog_spanish_post_with_italic_source_note_after_rule",
    SITES["es"],
    "Cómo elegir un deshumidificador",
    "<article class='post'><h1>Cómo elegir un deshumidificador</h1><div class='post-body'>"
    + paras(
        "La capacidad se mide en litros al día y debe ajustarse al tamaño de la habitación.",
        "Para un piso de setenta metros basta un aparato de doce litros.",
        "Los modelos con higrostato se apagan solos al llegar a la humedad elegida.",
    )
    + "<hr><p><em>Este artículo forma parte de nuestra guía de compras. Casa Útil puede "
    "recibir una comisión por las compras realizadas a través de los enlaces.</em></p></div>"
    "</article>",
    (
        "La capacidad se mide en litros al día",
        "Para un piso de setenta metros basta un aparato de doce litros.",
        "Los modelos con higrostato se apagan solos",
    ),
    ("Casa Útil puede recibir una comisión",),
    path="guias/deshumidificador",
)
