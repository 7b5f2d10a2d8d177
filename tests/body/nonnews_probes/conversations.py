"""Conversations: forum threads, talk pages, questions and answers, interviews, transcripts,
readers' comments and embedded social posts."""

from __future__ import annotations

from .pages import Furniture, Probes, furnished, page, wordpress

PROBES = Probes()

# --- English, a podcast transcript: speaker lines, timestamps, a subscribe box.
PROBES.add(
    "en_podcast_transcript_speakers",
    "https://podcast.example.org/episodes/42-bees-in-the-city/transcript",
    page(
        "en",
        "Episode 42: Bees in the city - transcript",
        "<header class='site-header'><a href='/'>Small Wild Things</a><nav><a "
        "href='/episodes'>Episodes</a><a href='/about'>About</a></nav></header><main><article "
        "class='episode'><h1>Episode 42: Bees in the city</h1><div class='player'><audio "
        "src='/a/42.mp3' controls></audio></div><div class='subscribe'><p>Listen on</p><a "
        "href='#'>Podcasts app</a> <a href='#'>RSS</a></div><section class='transcript'>"
        "<h2>Transcript</h2><p><span class='ts'>[00:00:04]</span> <strong>Maya Lind:</strong> "
        "Welcome back. Today we are on a roof eleven floors above the ring road.</p><p><span "
        "class='ts'>[00:00:19]</span> <strong>Idris Vane:</strong> And this is hive number "
        "three, the calmest of the lot, which is why we let visitors near it.</p><p><span "
        "class='ts'>[00:00:31]</span> <strong>Maya Lind:</strong> How much honey does one "
        "roof make in a year?</p><p><span class='ts'>[00:00:36]</span> <strong>Idris Vane:"
        "</strong> In a good year about forty kilos, mostly from the lime trees along the "
        "canal.</p></section></article><aside class='support'><h3>Support the show</h3><p>"
        "Become a member for three pounds a month and get episodes early.</p></aside></main>"
        "<footer><p>Small Wild Things is an independent production.</p></footer>",
    ),
    (
        "Today we are on a roof eleven floors above the ring road.",
        "the calmest of the lot, which is why we let visitors near it",
        "How much honey does one roof make in a year?",
        "mostly from the lime trees along the canal",
    ),
    ("Become a member for three pounds a month", "is an independent production"),
)

# --- Korean, a Q&A page: the question, two answers with code, voting controls.
PROBES.add(
    "ko_qa_answers_with_code",
    "https://qna.example.kr/questions/8812",
    page(
        "ko",
        "파이썬에서 딕셔너리를 값으로 정렬하려면?",
        "<header class='top-bar'><a href='/'>개발자 묻고답하기</a><a href='/questions'>질문"
        "</a><a href='/tags'>태그</a></header><div id='content'><div id='mainbar'><h1 "
        "class='question-title'>파이썬에서 딕셔너리를 값으로 정렬하려면?</h1><div "
        "class='question'><div class='votecell'><button>▲</button><span>7</span><button>▼"
        "</button></div><div class='postcell'><div class='s-prose'><p>점수가 담긴 딕셔너리를 "
        "점수가 높은 순서로 출력하고 싶습니다. 키로 정렬하는 방법만 찾았습니다.</p></div></div>"
        "</div><div id='answers'><h2>답변 2개</h2><div class='answer accepted-answer'><div "
        "class='votecell'><span>12</span></div><div class='answercell'><div class='s-prose'>"
        "<p><code>sorted</code> 함수에 값을 돌려주는 키 함수를 넘기면 됩니다.</p><pre><code>"
        "for name, score in sorted(scores.items(), key=lambda kv: kv[1], reverse=True):\n"
        "    print(name, score)</code></pre></div></div></div><div class='answer'><div "
        "class='votecell'><span>3</span></div><div class='answercell'><div class='s-prose'>"
        "<p>상위 몇 개만 필요하면 <code>heapq.nlargest</code>가 전체 정렬보다 빠릅니다.</p>"
        "</div></div></div></div></div><div id='sidebar'><div class='hot'><h4>인기 질문</h4>"
        "<a href='/q/1'>리스트 컴프리헨션이 더 빠른 이유</a></div></div></div>",
    ),
    (
        "점수가 담긴 딕셔너리를 점수가 높은 순서로",
        "함수에 값을 돌려주는 키 함수를 넘기면 됩니다",
        "key=lambda kv: kv[1], reverse=True",
        "전체 정렬보다 빠릅니다",
    ),
    ("리스트 컴프리헨션이 더 빠른 이유",),
)

# --- German, a MediaWiki talk page: threads of indented replies in <dl><dd>, signatures.
PROBES.add(
    "de_mediawiki_talk_page",
    "https://wiki.example.de/wiki/Diskussion:Schwebebahn_Talheim",
    page(
        "de",
        "Diskussion:Schwebebahn Talheim",
        "<div id='mw-page-base'></div><div id='content' class='mw-body' role='main'><h1 "
        "id='firstHeading' class='firstHeading'>Diskussion:Schwebebahn Talheim</h1><div "
        "id='bodyContent' class='vector-body'><div id='siteSub'>Aus Beispielwiki</div><div "
        "id='mw-content-text' class='mw-body-content'><div class='mw-parser-output'><h2><span "
        "class='mw-headline' id='Eröffnungsjahr'>Eröffnungsjahr</span><span "
        "class='mw-editsection'><span class='mw-editsection-bracket'>[</span><a "
        "href='?action=edit&amp;section=1'>Quelltext bearbeiten</a><span "
        "class='mw-editsection-bracket'>]</span></span></h2><p>Im Artikel steht 1911, die "
        "Festschrift der Stadt nennt aber 1912 als Jahr der ersten Fahrt. Hat jemand eine "
        "bessere Quelle? <a href='/wiki/Benutzer:Kettenbruch'>Kettenbruch</a> 14:02, 3. Mär. "
        "2026 (CET)</p><dl><dd>Der Eröffnungsbericht im Talheimer Anzeiger ist vom 2. Januar "
        "1912, ich ändere das. <a href='/wiki/Benutzer:Weichenwärter'>Weichenwärter</a> 09:15,"
        " 4. Mär. 2026 (CET)<dl><dd>Danke, passt so. <a "
        "href='/wiki/Benutzer:Kettenbruch'>Kettenbruch</a> 11:40, 4. Mär. 2026 (CET)</dd></dl>"
        "</dd></dl><h2><span class='mw-headline' id='Fahrzeuge'>Fahrzeuge</span></h2><p>Die "
        "Liste der Wagen endet 1975; die beiden Gelenkwagen von 1999 fehlen noch. <a "
        "href='/wiki/Benutzer:Gleisbett'>Gleisbett</a> 18:30, 9. Apr. 2026 (CEST)</p></div>"
        "</div></div></div><div id='mw-navigation'><div id='p-navigation'><h3>Navigation</h3>"
        "<ul><li><a href='/wiki/Hauptseite'>Hauptseite</a></li><li><a "
        "href='/wiki/Spezial:Zufällige_Seite'>Zufälliger Artikel</a></li></ul></div></div>"
        "<div id='footer'><ul id='footer-info'><li>Letzte Änderung dieser Seite: 9. April 2026 "
        "um 18:31 Uhr.</li></ul></div>",
    ),
    (
        "die Festschrift der Stadt nennt aber 1912",
        "Der Eröffnungsbericht im Talheimer Anzeiger",
        "Danke, passt so.",
        "die beiden Gelenkwagen von 1999 fehlen noch",
    ),
    ("Zufälliger Artikel", "Quelltext bearbeiten", "Letzte Änderung dieser Seite"),
)

# --- English, a Discourse topic: the first post and two replies, each in a cooked div.
PROBES.add(
    "en_discourse_topic_replies",
    "https://forum.example.org/t/sourdough-starter-smells-of-acetone/5521",
    page(
        "en",
        "Sourdough starter smells of acetone - Baking - Example Forum",
        "<header class='d-header'><div class='title'><a href='/'>Example Forum</a></div>"
        "</header><div id='main-outlet' class='wrap' role='main'><div id='topic-title'><h1>"
        "<a href='/t/5521'>Sourdough starter smells of acetone</a></h1><div "
        "class='topic-category'><span class='category-name'>Baking</span></div></div><div "
        "class='topic-body crawler-post'><div class='crawler-post-meta'><span "
        "class='creator'><a href='/u/crumb'><span>crumb</span></a></span><span "
        "class='crawler-post-infos'><time datetime='2026-02-11'>February 11, 2026, 8:14am"
        "</time><span class='post-count'>#1</span></span></div><div class='post' "
        "itemprop='text'><p>My starter is ten days old and this morning it smelled like "
        "nail polish remover. Is it dead?</p></div></div><div class='topic-body "
        "crawler-post'><div class='crawler-post-meta'><span class='creator'><a "
        "href='/u/levain'><span>levain</span></a></span><span class='post-count'>#2</span>"
        "</div><div class='post' itemprop='text'><p>Not dead, just hungry. Feed it twice a "
        "day for a few days and the smell goes away.</p></div></div><div class='topic-body "
        "crawler-post'><div class='crawler-post-meta'><span class='creator'><a "
        "href='/u/crumb'><span>crumb</span></a></span><span class='post-count'>#3</span>"
        "</div><div class='post' itemprop='text'><p>That worked, it doubled by the evening "
        "after two feeds. Thank you!</p></div></div><div id='related-topics' "
        "class='more-topics__list'><h3>Related topics</h3><table><tr><td><a "
        "href='/t/1'>Rye starter never rises</a></td><td>4</td></tr></table></div></div>"
        "<footer class='noscript-footer-nav'><a href='/'>Home</a><a "
        "href='/categories'>Categories</a><a href='/guidelines'>Guidelines</a></footer>",
    ),
    (
        "it smelled like nail polish remover",
        "Not dead, just hungry.",
        "it doubled by the evening after two feeds",
    ),
    ("Rye starter never rises", "Guidelines"),
)

# --- Bengali, an interview transcript as question and answer paragraphs in bold.
PROBES.add(
    "bn_interview_qa_paragraphs",
    "https://patrika.example.com.bd/sakkhatkar/nodir-pare",
    wordpress(
        "bn",
        "নদীর পাড়ে একটি পাঠাগার",
        "<p>গ্রামের স্কুলশিক্ষক রেহানা পারভীন দশ বছর ধরে নদীর পাড়ে একটি ছোট পাঠাগার চালাচ্ছেন।"
        "</p><p><strong>প্রশ্ন: পাঠাগারের শুরুটা কীভাবে হলো?</strong></p><p>রেহানা: বাবার রেখে "
        "যাওয়া দুই আলমারি বই দিয়ে শুরু করেছিলাম, প্রথম বছর পাঠক ছিল মাত্র বারোজন।</p><p><strong>"
        "প্রশ্ন: এখন কতজন আসে?</strong></p><p>রেহানা: শুক্রবারে প্রায় ষাটজন শিশু আসে, তারা গল্প "
        "শোনে আর ছবি আঁকে।</p>",
    ),
    (
        "দশ বছর ধরে নদীর পাড়ে একটি ছোট পাঠাগার",
        "পাঠাগারের শুরুটা কীভাবে হলো?",
        "প্রথম বছর পাঠক ছিল মাত্র বারোজন",
        "শুক্রবারে প্রায় ষাটজন শিশু আসে",
    ),
    ("Spring cleaning for the garden shed",),
)

# --- Japanese, a Q&A answer page where the best answer is in a 'comment'-like named box.
PROBES.add(
    "ja_qa_best_answer",
    "https://chiebukuro.example.jp/q/1093",
    page(
        "ja",
        "観葉植物の葉が黄色くなる原因は？",
        "<header class='g-header'><a href='/'>知恵の輪</a><a href='/login'>ログイン</a>"
        "</header><div class='main-column'><div class='question-box'><h1>観葉植物の葉が黄色く"
        "なる原因は？</h1><div class='question-text'><p>リビングのパキラの下の葉が次々に黄色く"
        "なります。水は週に二回あげています。</p></div></div><div class='best-answer'><h2>"
        "ベストアンサー</h2><div class='answer-comment'><p>冬に週二回は多すぎます。土の表面が"
        "乾いてから三日ほど待って水をあげてください。</p><p>根腐れしていたら、黒くなった根を切って"
        "新しい土に植え替えましょう。</p></div></div><div class='other-answers'><h2>その他の"
        "回答(1件)</h2><div class='answer-comment'><p>窓際で寒くなっていませんか。夜だけ部屋の"
        "中央に移すと良いです。</p></div></div></div><div class='side-column'><div "
        "class='ranking'><h3>人気の質問</h3><a href='/q/1'>多肉植物の冬越し</a></div></div>",
    ),
    (
        "リビングのパキラの下の葉が次々に黄色くなります",
        "土の表面が乾いてから三日ほど待って",
        "黒くなった根を切って新しい土に植え替えましょう",
        "夜だけ部屋の中央に移すと良いです",
    ),
    ("多肉植物の冬越し",),
)

# --- English, a phpBB-like forum post whose text sits directly in div.content with <br>s.
PROBES.add(
    "en_phpbb_post_content_br",
    "https://forum.example.net/viewtopic.php?t=7710",
    page(
        "en",
        "Restoring a 1960s radio - Example Forum",
        "<div id='wrap'><div class='headerbar'><a href='/'>Valve Radio Forum</a></div><div "
        "class='navbar'><a href='/faq'>FAQ</a> <a href='/login'>Login</a></div><h2 "
        "class='topic-title'><a href='#'>Restoring a 1960s radio</a></h2><div id='p1' "
        "class='post bg2'><div class='postbody'><h3 class='first'>Restoring a 1960s radio"
        "</h3><p class='author'>by <a href='/u/1'>anodeglow</a> » Tue Mar 03, 2026 9:12 pm"
        "</p><div class='content'>Picked up a cabinet set at a car boot sale for two "
        "pounds.<br>Dial lamp works, but there is a loud hum on every station.<br><br>Where "
        "should I start?</div></div><dl class='postprofile'><dt>anodeglow</dt><dd>Posts: 12"
        "</dd></dl></div><div id='p2' class='post bg1'><div class='postbody'><h3>Re: "
        "Restoring a 1960s radio</h3><p class='author'>by <a href='/u/2'>heptode</a> » Tue Mar "
        "03, 2026 10:40 pm</p><div class='content'>A hum on every station is nearly always "
        "the smoothing capacitors.<br>Replace both before you power it up again.</div></div>"
        "<dl class='postprofile'><dt>heptode</dt><dd>Posts: 4410</dd></dl></div><div "
        "class='stat-block online-list'><h3>Who is online</h3><p>Users browsing this forum: "
        "no registered users and 3 guests</p></div></div>",
    ),
    (
        "Picked up a cabinet set at a car boot sale",
        "there is a loud hum on every station",
        "nearly always the smoothing capacitors",
        "Replace both before you power it up again.",
    ),
    ("Users browsing this forum", "Posts: 4410"),
)
# --- Polish, a blog post with readers' comments in a section named in Polish.
PROBES.add(
    "pl_blog_comments_named_in_polish",
    "https://blog-przyklad.pl/2026/03/kiszenie-ogorkow",
    page(
        "pl",
        "Kiszenie ogórków w słoikach",
        "<div class='wrapper'><header><a href='/'>Blog Przykład</a></header><div "
        "class='tresc'><div class='wpis'><h1>Kiszenie ogórków w słoikach</h1><p>Ogórki "
        "najlepiej kisić w dniu zakupu, zanim zdążą zmięknąć.</p><p>Na litr wody daję płaską "
        "łyżkę soli kamiennej, kilka ząbków czosnku i koper z baldachami.</p><p>Słoiki "
        "stawiam na trzy dni w kuchni, a potem przenoszę do piwnicy.</p><p>Po dwóch "
        "tygodniach ogórki są gotowe, ale najlepsze robią się dopiero po miesiącu, kiedy "
        "zalewa stanie się mętna i kwaśna.</p><p>Jeśli na powierzchni pojawi się biały "
        "nalot, zbieram go łyżką; to zwykle nieszkodliwe drożdże.</p></div><div "
        "class='komentarze'><h3>Komentarze (2)</h3><div class='komentarz'><p "
        "class='autor'>Basia, 12.03.2026 o 18:40</p><p>U mnie zawsze dodaję liść chrzanu, "
        "są wtedy bardziej chrupiące.</p></div><div class='komentarz'><p class='autor'>Tomek, "
        "13.03.2026 o 07:15</p><p>Czy można "
        "użyć soli jodowanej, czy ogórki wtedy miękną?</p></div></div></div><footer><p>Blog "
        "Przykład 2026</p></footer></div>",
    ),
    (
        "kisić w dniu zakupu",
        "płaską łyżkę soli kamiennej",
        "przenoszę do piwnicy",
    ),
    ("liść chrzanu", "soli jodowanej"),
)
# --- French, a SPIP blog: the post, a forum of readers' messages, a sidebar with the blog's
# description and a disclaimer.
PROBES.add(
    "fr_spip_blog_forum_and_sidebar",
    "https://blogs.exemple-revue.fr/carnet/le-port-endormi",
    page(
        "fr",
        "Le port endormi",
        "<div id='page'><div id='entete'><a href='/'>Les carnets de la Revue</a></div><div "
        "id='colonnes'><div id='principal'><div class='entete-article'><h1 class='titre'>Le port "
        "endormi</h1><p class='info-publi'>par Lucie Armand, 4 mars 2026</p></div><div "
        "class='texte'><p>Le petit port de Saint-Aubrac n'accueille plus qu'une dizaine de "
        "chalutiers, contre plus de quarante il y a trente ans.</p><p>Sur le quai, les "
        "casiers empilés et les filets qui sèchent rappellent pourtant que la pêche "
        "côtière n'a pas tout à fait disparu, même si les jeunes se font rares.</p><p>Les "
        "anciens entrepôts "
        "de la criée abritent aujourd'hui un atelier de voilerie et une école de "
        "navigation.</p><p>La municipalité espère attirer des plaisanciers en agrandissant le "
        "bassin à flot d'ici trois ans.</p></div><div class='forum-repondre'><a "
        "href='/forum'>Répondre à ce billet</a></div><ul class='forum'><li><div "
        "class='forum-chapo'><span class='forum-titre'>Et les pêcheurs ?</span> <span "
        "class='forum-date'>(5 mars 2026 @09h12)</span></div><div class='forum-texte'><p>On "
        "parle des plaisanciers, mais personne ne demande aux pêcheurs ce qu'ils en "
        "pensent.</p></div><div class='forum-auteur'>Marin56</div></li><li><div "
        "class='forum-chapo'><span class='forum-titre'>Souvenirs</span> <span "
        "class='forum-date'>(5 mars 2026 @11h40)</span></div><div class='forum-texte'><p>J'y "
        "allais enfant avec mon grand-père, le marché aux poissons était immense.</p></div>"
        "<div class='forum-auteur'>Odile</div></li></ul></div><div id='navigation'><div "
        "class='bloc-presentation'><h2>Les carnets de la Revue</h2><p>Un carnet de route sur "
        "les côtes et les ports, tenu par la rédaction depuis 2012.</p></div><div "
        "class='bloc-avertissement'><p>Chaque billet ne reflète que le point de vue de la "
        "personne qui l'a signé.</p></div></div></div></div>",
    ),
    (
        "une dizaine de chalutiers",
        "atelier de voilerie et une école de navigation",
        "en agrandissant le bassin à flot",
    ),
    (
        "personne ne demande aux pêcheurs",
        "le marché aux poissons était immense",
        "tenu par la rédaction depuis 2012",
        "la personne qui l'a signé",
    ),
)
# --- Hungarian, a Facebook post embedded between two paragraphs.
PROBES.add(
    "hu_facebook_post_embed",
    "https://www.pelda-hirek.hu/helyi/uj-kerekparut",
    page(
        "hu",
        "Átadták az új kerékpárutat",
        "<header><a href='/'>Példa Hírek</a></header><main><article><h1>Átadták az új "
        "kerékpárutat</h1><div class='cikk-szoveg'><p>Hétfőn átadták a két falut összekötő, "
        "négy kilométeres kerékpárutat a patak mentén.</p><div class='fb-post' "
        "data-href='https://www.facebook.com/x/posts/2'><blockquote "
        "cite='https://www.facebook.com/x/posts/2' class='fb-xfbml-parse-ignore'><p>Ma reggel "
        "már bringával jöttünk dolgozni, köszönjük mindenkinek!</p>Közzétette: <a "
        "href='https://www.facebook.com/x'>Példa Önkormányzat</a> – <a "
        "href='https://www.facebook.com/x/posts/2'>2026. március 9.</a></blockquote></div><p>"
        "Az út építését uniós pályázatból finanszírozták, és esténként lámpák világítják meg."
        "</p></div></article></main><footer><p>Példa Hírek</p></footer>",
    ),
    ("négy kilométeres kerékpárutat", "esténként lámpák világítják meg"),
    ("bringával jöttünk dolgozni",),
)

# --- German, a Facebook post embedded in a local story: the post's text stands in the
# embed's <blockquote> until the script loads.
PROBES.add(
    "de_facebook_post_embed",
    "https://www.beispiel-bote.de/lokales/spielplatz-am-weiher",
    page(
        "de",
        "Spielplatz am Weiher wird erneuert",
        "<header><a href='/'>Beispiel-Bote</a></header><main><article class='article'><h1>"
        "Spielplatz am Weiher wird erneuert</h1><div class='article-body'><p>Die Gemeinde hat "
        "am Dienstag beschlossen, den Spielplatz am Weiher bis zum Sommer vollständig zu "
        "erneuern und um einen Wasserspielbereich zu erweitern.</p><div class='fb-post' "
        "data-href='https://www.facebook.com/x/posts/1'><blockquote "
        "cite='https://www.facebook.com/x/posts/1' class='fb-xfbml-parse-ignore'><p>Endlich: "
        "der neue Spielplatz kommt! Wir freuen uns auf euch alle.</p>Gepostet von <a "
        "href='https://www.facebook.com/x'>Gemeinde Beispiel</a> am <a "
        "href='https://www.facebook.com/x/posts/1'>Dienstag, 3. März 2026</a></blockquote>"
        "</div><p>Die Kosten von rund 180.000 Euro trägt zur Hälfte das Land, den Rest zahlt "
        "die Gemeinde aus den Rücklagen, wie der Bürgermeister erklärte.</p></div></article>"
        "</main><footer><p>Beispiel-Bote</p></footer>",
    ),
    ("den Spielplatz am Weiher bis zum Sommer", "zur Hälfte das Land"),
    ("Wir freuen uns auf euch alle", "Gepostet von"),
)

# --- Portuguese, a Q&A page (Stack Exchange-like): the question, an accepted answer and a
# second one, each with short comments under it; related questions beside them.
PROBES.add(
    "pt_qa_accepted_answer_comments",
    "https://pt.perguntas.example.com/questions/5521/como-conservar-fermento-natural",
    furnished(
        "pt",
        "Como conservar fermento natural durante as férias?",
        "<div id='question' class='question'><div class='js-vote-count'>14</div><div "
        "class='s-prose js-post-body'><p>Vou viajar por três semanas e não tenho quem "
        "alimente o meu fermento natural. Posso congelar a massa-mãe ou ela morre?</p></div>"
        "<div class='post-taglist'><a class='post-tag' href='/tags/pao'>pão</a></div><ul "
        "class='comments-list'><li class='comment'><span class='comment-copy'>Qual é a "
        "hidratação do seu fermento?</span> – <a class='comment-user'>rita_m</a></li></ul>"
        "</div><div id='answers'><h2>2 respostas</h2><div class='answer accepted-answer'>"
        "<div class='js-vote-count'>21</div><div class='js-accepted-answer-indicator' "
        "title='resposta aceita'>✓</div><div class='s-prose js-post-body'><p>Pode secar em "
        "vez de congelar: espalhe uma camada fina sobre papel manteiga e deixe secar por dois "
        "dias.</p><p>Depois quebre em lascas e guarde num pote fechado; para reativar, "
        "misture uma colher das lascas com farinha e água morna.</p></div><ul "
        "class='comments-list'><li class='comment'><span class='comment-copy'>Funcionou "
        "muito bem, obrigado!</span></li></ul></div><div class='answer'><div "
        "class='js-vote-count'>6</div><div class='s-prose js-post-body'><p>Na geladeira ele "
        "aguenta três semanas se você alimentar com bastante farinha antes de sair.</p></div>"
        "</div></div>",
        Furniture(
            cookie="Este site usa cookies para oferecer a melhor experiência.",
            share="Compartilhar",
            newsletter="Receba as perguntas mais votadas da semana no seu e-mail.",
            comments_title="Perguntas relacionadas",
            comments=("Por que o meu pão de fermentação natural fica achatado?",),
            related_title="Perguntas em alta na rede",
            related=("Qual a diferença entre farinha tipo 1 e tipo 2?",),
        ),
    ),
    (
        "não tenho quem alimente o meu fermento natural",
        "espalhe uma camada fina sobre papel manteiga",
        "misture uma colher das lascas com farinha e água morna",
        "aguenta três semanas se você alimentar com bastante farinha",
    ),
    (
        "usa cookies",
        "Receba as perguntas mais votadas",
        "fica achatado",
        "farinha tipo 1 e tipo 2",
    ),
)

# --- Spanish, a podcast episode page: the player, subscribe buttons, show notes with
# chapter times and links, then the transcript by speaker; more episodes beside it.
PROBES.add(
    "es_podcast_show_notes_transcript",
    "https://podcast.example.es/episodios/87-el-rio-que-volvio",
    furnished(
        "es",
        "Episodio 87: El río que volvió",
        "<div class='episode-player'><audio controls src='/audio/87.mp3'></audio><span "
        "class='duration'>38 min</span></div><div class='subscribe-buttons'><a href='#'>"
        "Escúchalo en tu aplicación</a> <a href='#'>RSS</a></div><div class='show-notes'>"
        "<p>Hace diez años el río Almendral estaba seco nueve meses al año. Hablamos con la "
        "hidróloga Nerea Solís sobre cómo volvió el agua.</p><h2>Capítulos</h2><ul><li>"
        "(00:00) Presentación</li><li>(04:12) Las presas de tierra que construyeron los "
        "vecinos</li><li>(19:40) Qué peces han vuelto y cuáles no</li></ul><h2>Enlaces del "
        "episodio</h2><ul><li><a href='https://informe.example.org/almendral'>El informe de "
        "la cuenca del Almendral</a></li></ul></div><div class='transcript'><h2>"
        "Transcripción</h2><p><strong>Íñigo:</strong> Nerea, ¿cuándo viste el río correr por "
        "primera vez en pleno agosto?</p><p><strong>Nerea:</strong> En el verano de hace "
        "tres años, y al principio pensé que era una tubería rota.</p><p><strong>Íñigo:"
        "</strong> ¿Y qué cambió en el pueblo?</p><p><strong>Nerea:</strong> Volvieron los "
        "huertos junto a la orilla, y con ellos la gente joven que se había ido.</p></div>",
        Furniture(
            cookie="Utilizamos cookies propias y de terceros para analizar el tráfico.",
            share="Comparte este episodio",
            newsletter="Suscríbete al boletín y recibe cada episodio nuevo el lunes.",
            comments_title="Comentarios",
            comments=("Qué bonito episodio, me ha emocionado la parte de los huertos.",),
            related_title="Más episodios",
            related=("Episodio 86: Los últimos pastores", "Episodio 85: Ciudades de sombra"),
        ),
    ),
    (
        "el río Almendral estaba seco nueve meses al año",
        "Las presas de tierra que construyeron los vecinos",
        "Qué peces han vuelto y cuáles no",
        "al principio pensé que era una tubería rota",
        "Volvieron los huertos junto a la orilla",
    ),
    (
        "Utilizamos cookies",
        "Suscríbete al boletín",
        "me ha emocionado",
        "Los últimos pastores",
    ),
)

# --- Turkish, a podcast episode's notes: each chapter a list item opened by its time
# linked to that point of the player.
PROBES.add(
    "tr_podcast_notes_linked_times",
    "https://podcast.example.com.tr/bolum-12-eski-haritalar",
    furnished(
        "tr",
        "Bölüm 12: Eski haritalar",
        "<p>Bu bölümde harita koleksiyoncusu Selin Aras ile eski deniz haritalarını konuştuk."
        "</p><h2>Bölüm notları</h2><ul><li><a href='#t=0'>00:00</a> Giriş</li><li><a "
        "href='#t=252'>04:12</a> İlk haritasını bir pazarda nasıl buldu</li><li><a "
        "href='#t=1180'>19:40</a> Haritalardaki hayali adalar</li><li><a href='#t=1935'>32:15"
        "</a> Koleksiyonu korumanın yolları</li></ul><p>Müzik: Deniz Kaya</p>",
        Furniture(
            cookie="Sitemizde çerezler kullanılmaktadır.",
            share="Paylaş",
            newsletter="Yeni bölümlerden haberdar olmak için bültenimize kaydolun.",
            comments_title="Yorumlar",
            comments=("Hayali adalar kısmı çok ilginçti.",),
            related_title="Diğer bölümler",
            related=("Bölüm 11: Deniz fenerleri", "Bölüm 10: Kayıp şehirler"),
        ),
    ),
    (
        "eski deniz haritalarını konuştuk",
        "İlk haritasını bir pazarda nasıl buldu",
        "Haritalardaki hayali adalar",
        "Koleksiyonu korumanın yolları",
    ),
    ("çerezler kullanılmaktadır", "bültenimize kaydolun", "çok ilginçti", "Deniz fenerleri"),
)

# --- Round 37: kinds and languages the dev sets lack.

# --- Thai, a Q&A page (Stack Exchange-like): the question with its code, the accepted
# answer and a second one; vote buttons, a post menu and each post's user card beside them.
_TH_USER_CARD = (
    "<div class='post-signature flex--item'><div class='user-info'><div "
    "class='user-action-time'>{verb} <span class='relativetime'>12 มี.ค. 2026</span></div>"
    "<div class='user-gravatar32'><img src='/u/{user}.png' alt=''></div><div "
    "class='user-details'><a href='/users/{user}'>{user}</a><div class='-flair'><span "
    "class='reputation-score'>{score}</span><span class='badge2'>●</span> 7</div></div>"
    "</div></div>"
)


def _th_post(kind: str, votes: str, body: str, card: str) -> str:
    return (
        f"<div class='{kind}'><div class='post-layout'><div class='votecell'><div "
        "class='js-voting-container'><button class='js-vote-up-btn' aria-label='โหวตขึ้น'>▲"
        f"</button><div class='js-vote-count' itemprop='upvoteCount'>{votes}</div><button "
        "class='js-vote-down-btn' aria-label='โหวตลง'>▼</button></div></div><div "
        f"class='postcell'><div class='s-prose js-post-body' itemprop='text'>{body}</div><div "
        "class='js-post-menu'><a href='#'>แชร์</a> <a href='#'>ปรับปรุงโพสต์นี้</a> <button>"
        f"ติดตาม</button></div>{card}</div></div></div>"
    )


PROBES.add(
    "th_qa_votes_user_cards",
    "https://th.qa.example.com/questions/8812/อ่านไฟล์-csv-ภาษาไทย",
    page(
        "th",
        "อ่านไฟล์ CSV ภาษาไทยแล้วตัวอักษรเพี้ยน",
        "<header class='top-bar'><a href='/'>ถามตอบ</a><form><input name='q'></form></header>"
        "<div id='content'><div id='question-header'><h1 itemprop='name'><a "
        "class='question-hyperlink' href='/questions/8812'>อ่านไฟล์ CSV ภาษาไทยแล้วตัวอักษรเพี้ยน"
        "</a></h1></div><div id='mainbar' role='main'>"
        + _th_post(
            "question js-question",
            "9",
            "<p>ผมเปิดไฟล์ที่ได้จากโปรแกรมบัญชีด้วยโค้ดด้านล่าง แต่ชื่อลูกค้าออกมาเป็นสัญลักษณ์แปลก ๆ "
            "ทั้งหมด</p><pre><code>rows = open('ลูกค้า.csv').read()</code></pre><p>"
            "ต้องตั้งค่าอะไรเพิ่มเติมครับ</p>",
            _TH_USER_CARD.format(verb="ถามเมื่อ", user="somchai_k", score="1,204"),
        )
        + "<div id='answers'><div id='answers-header'><h2>2 คำตอบ</h2></div>"
        + _th_post(
            "answer accepted-answer",
            "15",
            "<p>ไฟล์จากโปรแกรมบัญชีรุ่นเก่ามักบันทึกเป็นรหัส TIS-620 จึงต้องบอกรหัสตอนเปิดไฟล์</p>"
            "<pre><code>rows = open('ลูกค้า.csv', encoding='tis-620').read()</code></pre>",
            _TH_USER_CARD.format(verb="ตอบเมื่อ", user="nattaya.dev", score="8,930"),
        )
        + _th_post(
            "answer",
            "3",
            "<p>ถ้าไม่แน่ใจว่าเป็นรหัสอะไร ลองเปิดด้วยโปรแกรมแก้ข้อความแล้วดูที่มุมล่างขวาก่อน</p>",
            _TH_USER_CARD.format(verb="ตอบเมื่อ", user="pong_b", score="57"),
        )
        + "</div></div><div id='sidebar'><div class='module'><h4>คำถามที่เกี่ยวข้อง</h4><ul>"
        "<li><a href='/q/1'>แปลงวันที่พุทธศักราชเป็นคริสต์ศักราช</a></li></ul></div></div>"
        "</div><footer><p>เนื้อหาของผู้ใช้ภายใต้สัญญาอนุญาต CC BY-SA</p></footer>",
    ),
    (
        "ชื่อลูกค้าออกมาเป็นสัญลักษณ์แปลก ๆ",
        "rows = open('ลูกค้า.csv').read()",
        "มักบันทึกเป็นรหัส TIS-620",
        "encoding='tis-620'",
        "ลองเปิดด้วยโปรแกรมแก้ข้อความ",
    ),
    ("nattaya.dev", "8,930", "ถามเมื่อ", "ปรับปรุงโพสต์นี้", "พุทธศักราช", "CC BY-SA"),
)

# --- Malay, a homework Q&A page (Brainly-like): the question, the answer marked best with
# its thanks and rating, a second answer; each author's card with a rank; an ask box. The
# question is the page's <h1>, its title, so the body need not repeat it.
PROBES.add(
    "ms_homework_qa_best_answer",
    "https://ms.tugasan.example.my/soalan/40211",
    page(
        "ms",
        "Kenapa air laut masin?",
        "<div class='brn-header'><a href='/'>Tugasan</a><a class='brn-button' href='/tanya'>"
        "Tanya soalan</a></div><main class='brn-qpage'><article class='brn-qpage-question'>"
        "<div class='brn-qpage-author'><a href='/u/amin'>amin07</a><span class='rank'>Pelajar "
        "sekolah menengah</span><span class='subject'>Geografi · 5 mata</span></div><h1 "
        "class='brn-qpage-question__content' data-testid='question_box_text'>Kenapa air laut "
        "masin tetapi air sungai tidak masin?</h1></article><section class='brn-qpage-answers'>"
        "<h2>Jawapan</h2><div class='brn-qpage-answer brn-qpage-answer--best'><div "
        "class='answer-author'><a href='/u/cikgu'>CikguRosnah</a><span class='rank'>Pakar"
        "</span><span class='label'>Jawapan terbaik</span></div><div class='answer-content' "
        "data-testid='answer_box_text'><p>Air hujan melarutkan sedikit garam daripada batu "
        "apabila mengalir ke sungai, dan sungai membawa garam itu ke laut.</p><p>Di laut, air "
        "tersejat ke udara tetapi garam tertinggal, jadi garam bertambah sedikit demi sedikit "
        "selama berjuta tahun.</p></div><div class='answer-actions'><button>Terima kasih 23"
        "</button><span class='rating'>4.8 (12 undian)</span><a href='#'>Lapor</a></div></div>"
        "<div class='brn-qpage-answer'><div class='answer-author'><a href='/u/haziq'>haziq_99"
        "</a><span class='rank'>Pelajar</span></div><div class='answer-content'><p>Sungai juga "
        "ada garam, cuma terlalu sedikit untuk dirasa oleh lidah.</p></div><div "
        "class='answer-actions'><button>Terima kasih 4</button></div></div></section><aside "
        "class='brn-qpage-sidebar'><h3>Soalan lain</h3><ul><li><a href='/s/1'>Apakah "
        "kitaran air?</a></li></ul><div class='ask-box'><p>Masih ada soalan? Tanya komuniti "
        "kami sekarang.</p></div></aside></main>",
    ),
    (
        "Air hujan melarutkan sedikit garam daripada batu",
        "garam bertambah sedikit demi sedikit",
        "cuma terlalu sedikit untuk dirasa oleh lidah",
    ),
    ("CikguRosnah", "Terima kasih 23", "12 undian", "Apakah kitaran air", "Masih ada soalan"),
)

# --- Estonian, a podcast episode page: the player, the show notes with chapter times, then
# the transcript in a collapsed <details> with timestamped speaker lines; more episodes.
PROBES.add(
    "et_podcast_notes_collapsed_transcript",
    "https://taskuhaalingud.example.ee/saated/rabarada/41",
    page(
        "et",
        "Rabarada #41: Soo, mis kasvab tagasi",
        "<header><a href='/'>Taskuhäälingud</a><nav><a href='/saated'>Saated</a></nav></header>"
        "<main><article class='episode'><h1>Rabarada #41: Soo, mis kasvab tagasi</h1><div "
        "class='episode-meta'><time datetime='2026-10-02'>2. oktoober 2026</time> · 42 min"
        "</div><div class='player'><audio controls src='/a/41.mp3'></audio><button>Kiirus "
        "1×</button></div><div class='platforms'><a href='#'>Kuula Spotifys</a> <a href='#'>"
        "Apple Podcasts</a> <a href='#'>RSS</a></div><div class='episode-notes'><p>Külas on "
        "sooökoloog Kadri Põder, kes on kümme aastat jälginud, kuidas kuivendatud raba uuesti "
        "märjaks muutub.</p><h2>Saatekava</h2><ul><li>02:10 Miks kraavid kinni pandi</li><li>"
        "17:45 Turbasammal tuleb tagasi esimesena</li><li>31:20 Mida saab teha iga "
        "metsaomanik</li></ul></div><details class='transcript'><summary>Transkriptsioon"
        "</summary><p><span class='ts'>[00:00:08]</span> <b>Mart:</b> Kadri, mis oli esimene "
        "märk, et raba hakkab taastuma?</p><p><span class='ts'>[00:00:15]</span> <b>Kadri:</b> "
        "Kevadel seisis vesi kraavide ääres ka juunis, mida polnud kolmkümmend aastat juhtunud."
        "</p><p><span class='ts'>[00:01:02]</span> <b>Mart:</b> Ja linnud?</p><p><span "
        "class='ts'>[00:01:05]</span> <b>Kadri:</b> Sookurg pesitses seal teist aastat järjest."
        "</p></details></article><section class='more-episodes'><h2>Veel saateid</h2><ul><li>"
        "<a href='/saated/rabarada/40'>#40: Talvine mets</a></li><li><a "
        "href='/saated/rabarada/39'>#39: Linnuränne</a></li></ul></section><div "
        "class='newsletter'><p>Telli uudiskiri ja kuula uusi saateid esimesena.</p><form><input "
        "type='email'></form></div></main><footer><p>© Taskuhäälingud</p></footer>",
    ),
    (
        "kuidas kuivendatud raba uuesti märjaks muutub",
        "Turbasammal tuleb tagasi esimesena",
        "Mida saab teha iga metsaomanik",
        "mis oli esimene märk, et raba hakkab taastuma",
        "Sookurg pesitses seal teist aastat järjest",
    ),
    ("Kuula Spotifys", "Talvine mets", "Telli uudiskiri", "Kiirus"),
)

# --- Turkish, round 38: a forum topic with one short question and two replies, a table of
# similar topics after them and a sidebar of members online.
PROBES.add(
    "tr_forum_short_topic_similar_topics",
    "https://forum.example.com.tr/konu/balkon-domatesi-yapraklari-sariyor.4812/",
    page(
        "tr",
        "Balkon domatesinin yaprakları sararıyor",
        "<div class='p-body'><div class='p-main'><h1 class='p-title'>Balkon domatesinin "
        "yaprakları sararıyor</h1><div class='block-body'><article class='message'><div "
        "class='message-user'><a href='/uye/7'>yesilbalkon</a></div><div class='message-content'>"
        "<div class='bbWrapper'>Saksıdaki domatesin alt yaprakları bir haftadır sararıyor, "
        "suyu fazla mı veriyorum?</div></div></article><article class='message'><div "
        "class='message-user'><a href='/uye/9'>bahcivan_ali</a></div><div "
        "class='message-content'><div class='bbWrapper'>Alt yapraklar sararıyorsa genelde azot "
        "eksikliğidir, biraz kompost ekleyin.</div></div></article><article class='message'>"
        "<div class='message-user'><a href='/uye/7'>yesilbalkon</a></div><div "
        "class='message-content'><div class='bbWrapper'>Kompost ekledim, yeni yapraklar yeşil "
        "çıkıyor, teşekkürler.</div></div></article></div><div class='block similar'><h3>Benzer "
        "konular</h3><table><tr><td><a href='/konu/1'>Biber fidesi neden boy atmıyor?</a></td>"
        "<td>12 cevap</td></tr><tr><td><a href='/konu/2'>Saksıda çilek yetiştirme</a></td><td>"
        "8 cevap</td></tr></table></div></div><aside class='p-sidebar'><h3>Çevrimiçi üyeler"
        "</h3><p><a href='/uye/3'>fesleğen</a>, <a href='/uye/4'>kırmızıbiber</a></p><p>Toplam "
        "ziyaretçi: 142</p></aside></div>",
    ),
    (
        "Saksıdaki domatesin alt yaprakları",
        "genelde azot eksikliğidir",
        "yeni yapraklar yeşil çıkıyor",
    ),
    ("Biber fidesi neden boy atmıyor", "Saksıda çilek yetiştirme", "Çevrimiçi üyeler"),
)

# --- Vietnamese, round 38: a forum topic of one short post and a reply, a list of similar
# topics under them with neutral classes.
PROBES.add(
    "vi_forum_short_post_similar_list",
    "https://diendan.example.vn/chu-de/may-loc-nuoc-keu-to.2231/",
    page(
        "vi",
        "Máy lọc nước kêu to vào ban đêm",
        "<div class='wrap'><h1>Máy lọc nước kêu to vào ban đêm</h1><div class='posts'><div "
        "class='post'><div class='who'>minhtuan88</div><div class='msg'>Máy lọc nước nhà mình "
        "cứ nửa đêm lại kêu rè rè khoảng mười phút, có ai bị giống vậy không?</div></div><div "
        "class='post'><div class='who'>kythuat_nuoc</div><div class='msg'>Thường là bơm tăng áp "
        "chạy khi bình áp đầy, bạn thử kiểm tra van cơ xem có bị kẹt không.</div></div></div>"
        "<div class='box-b'><h3>Chủ đề tương tự</h3><ul><li><a href='/cd/1'>Lõi lọc bao lâu "
        "thì thay?</a></li><li><a href='/cd/2'>Nước sau lọc có mùi nhựa</a></li></ul></div>"
        "</div>",
    ),
    (
        "Máy lọc nước nhà mình cứ nửa đêm",
        "Thường là bơm tăng áp chạy",
    ),
    ("Chủ đề tương tự", "Lõi lọc bao lâu", "Nước sau lọc có mùi nhựa"),
)

# --- Catalan, round 38: a SPIP blog's entry that declares itself an article, its readers'
# messages after the text in SPIP's "forum" list (each titled and dated in words), the blog's
# presentation and a disclaimer in the column beside it.
PROBES.add(
    "ca_spip_declared_article_forum",
    "https://blocs.exemple-revista.cat/quadern/el-tren-de-la-vall",
    page(
        "ca",
        "El tren de la vall",
        "<div id='page'><div id='entete'><a href='/'>Els quaderns de la Revista</a></div><div "
        "id='colonnes'><div id='principal'><div class='entete-article'><h1 class='titre'>El "
        "tren de la vall</h1><p class='info-publi'>per Jordi Vilaró, 9 de març de 2026</p>"
        "</div><div class='texte'><p>La línia de tren que puja per la vall només té quatre "
        "circulacions al dia, i la darrera surt de la ciutat abans de les set del vespre.</p>"
        "<p>Els veïns dels pobles de dalt demanen des de fa anys un tren més tard, sobretot "
        "per als estudiants que tornen de la universitat.</p><p>La companyia diu que no hi ha "
        "prou viatgers, però les enquestes dels ajuntaments apunten el contrari.</p></div><div "
        "class='forum-repondre'><a href='/forum'>Respondre a aquest article</a></div><ul "
        "class='forum'><li class='forum-fil'><div class='forum-chapo'><span "
        "class='forum-titre'>Un tren més tard</span> <span class='forum-date'>(10 de març de "
        "2026 @08h05)</span></div><div class='forum-texte'><p>Cada divendres he de demanar a "
        "algú que em vingui a buscar amb el cotxe.</p></div><div class='forum-auteur'>Marta"
        "</div></li><li class='forum-fil'><div class='forum-chapo'><span "
        "class='forum-titre'>Les enquestes</span> <span class='forum-date'>(10 de març de 2026 "
        "@12h30)</span></div><div class='forum-texte'><p>Jo vaig respondre l'enquesta i ningú "
        "ens ha dit res dels resultats.</p></div><div class='forum-auteur'>Pere</div></li></ul>"
        "</div><div id='navigation'><div class='bloc-presentation'><h2>Els quaderns de la "
        "Revista</h2><p>Un quadern sobre el territori i els transports, escrit per la redacció "
        "des de 2015.</p></div></div></div></div>",
        head="<meta property='og:type' content='article'>",
    ),
    (
        "només té quatre circulacions al dia",
        "Els veïns dels pobles de dalt demanen",
        "les enquestes dels ajuntaments apunten el contrari",
    ),
    (
        "em vingui a buscar amb el cotxe",
        "ningú ens ha dit res dels resultats",
        "escrit per la redacció des de 2015",
    ),
)
