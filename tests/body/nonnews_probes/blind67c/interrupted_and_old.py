"""The blind67c probe's second part, text broken by what sits inside it and text in old
markup: a Korean story that goes on after an embedded post and a video, a Korean page
with a second ``<article>`` (a teaser), a Hindi thread whose first post is long, a Hindi
blog of ``<div>`` and ``<br>`` prose, a Ukrainian old site's layout tables, a Ukrainian
story behind a "read further" button, a Swedish post of code blocks, a Swedish FAQ of
headed answers without ``<p>``, a Portuguese essay beside a longer sidebar teaser, a
Polish timetable, Turkish lyrics with a repeated chorus, a Vietnamese long read of
unheaded blocks, an Indonesian how-to of list steps with images, a Czech phpBB thread
and a Japanese chronology table."""

from __future__ import annotations

from ..blind66._kit import comment_prompt, newsletter, paras, share
from ._kit import Site, add
from .long_sections import CS, ID, JA, PL, PT, TR, VI

KO = Site(
    lang="ko",
    name="한빛일보",
    host="hanbit.example.kr",
    nav=("사회", "문화", "스포츠", "오피니언"),
    cookie="이 사이트는 쿠키를 사용합니다.",
    share="기사 공유하기",
    newsletter="뉴스레터를 구독하고 아침 브리핑을 받아보세요.",
    comment="댓글을 남겨주세요",
    related_title="많이 본 기사",
    related=("시장 골목의 마지막 대장간", "섬마을 분교의 졸업식"),
    footer="한빛일보 무단 전재 및 재배포 금지",
)

add(
    "story_after_embeds",
    KO,
    "바다를 건너온 고래 울음소리",
    "<article class='news-view'><h1 class='headline'>바다를 건너온 고래 울음소리</h1><div "
    "class='article-body' itemprop='articleBody'>"
    + paras(
        "동해안의 한 어촌 마을에서 밤마다 들리던 낮은 울음소리의 정체가 밝혀졌다.",
        "해양연구소는 수중 마이크로 녹음한 소리가 혹등고래의 노래라고 발표했다.",
    )
    + "<blockquote class='twitter-tweet'><p lang='ko'>오늘 밤에도 고래 소리 들려요 "
    "진짜 신기함</p>— 바닷가주민 (@beach_resident) <a href='https://x.example/s/1'>"
    "2026년 12월 5일</a></blockquote><script async src='https://platform.x.example/w.js'>"
    "</script>"
    + paras("연구팀은 이 고래들이 먹이를 따라 평소보다 북쪽으로 이동한 것으로 보고 있다.")
    + "<div class='video-embed'><iframe src='https://video.example/e/99'></iframe><p "
    "class='video-title'>[영상] 녹음된 고래 노래 듣기</p></div>"
    + paras(
        "주민들은 고래가 떠나기 전까지 밤에는 배를 띄우지 않기로 뜻을 모았다.",
    )
    + "<p class='reporter'>김하늘 기자</p></div>"
    + share(KO)
    + "</article>",
    (
        "밤마다 들리던 낮은 울음소리의 정체가 밝혀졌다",
        "혹등고래의 노래라고 발표했다",
        "평소보다 북쪽으로 이동한 것으로 보고 있다",
        "밤에는 배를 띄우지 않기로 뜻을 모았다",
    ),
    ("진짜 신기함",),
)

add(
    "second_article_teaser",
    KO,
    "골목 책방, 세 번째 겨울",
    "<article class='news-view main-article'><h1 class='headline'>골목 책방, 세 번째 겨울"
    "</h1><div class='article-body'>"
    + paras(
        "인천의 오래된 골목에 문을 연 작은 책방이 세 번째 겨울을 맞았다.",
        "주인 박소연 씨는 매주 목요일 밤 동네 사람들과 시를 한 편씩 소리 내어 읽는다.",
        "처음에는 세 명뿐이던 모임이 이제는 스무 명을 넘겨 책장을 옮겨야 할 정도다.",
    )
    + "</div></article><article class='news-card next-article'><h2><a href='/n/2'>겨울철 "
    "전통시장 살리기, 상인들이 직접 나섰다</a></h2><p class='summary'>상인회는 이번 달부터 "
    "배달 서비스를 시작하고 주말마다 작은 공연을 열기로 했다고 밝혔다.</p></article>",
    (
        "세 번째 겨울을 맞았다",
        "시를 한 편씩 소리 내어 읽는다",
        "책장을 옮겨야 할 정도다",
    ),
    ("상인회는 이번 달부터 배달 서비스를 시작하고", "전통시장 살리기"),
)

HI = Site(
    lang="hi",
    name="किसान चर्चा मंच",
    host="kisancharcha.example.in",
    nav=("मंच", "नए विषय", "सदस्य", "नियम"),
    cookie="यह साइट कुकीज़ का उपयोग करती है।",
    share="इस विषय को साझा करें",
    newsletter="हर हफ़्ते नए विषय ईमेल पर पाएँ।",
    comment="अपना जवाब लिखें",
    related_title="मिलते-जुलते विषय",
    related=("गेहूँ में पीलापन", "ड्रिप सिंचाई का खर्च"),
    footer="किसान चर्चा मंच के सभी नियम लागू।",
)


def _hi_post(user: str, text: str, sig: str) -> str:
    return (
        f"<div class='post'><div class='post-author'>{user}</div><div class='post-content'>"
        f"{text}</div><div class='signature'>{sig}</div><div class='post-actions'><a "
        "class='reply'>जवाब दें</a> <a class='like'>पसंद</a></div></div>"
    )


add(
    "thread_long_first_post",
    HI,
    "मेरे खेत में जैविक खाद का दो साल का अनुभव",
    "<div class='thread'><h1 class='thread-title'>मेरे खेत में जैविक खाद का दो साल का अनुभव"
    "</h1>"
    + _hi_post(
        "रामेश्वर",
        paras(
            "दो साल पहले मैंने अपने पाँच बीघा खेत में रासायनिक खाद छोड़कर गोबर और केंचुआ खाद शुरू की।",
            "पहले साल पैदावार लगभग पंद्रह प्रतिशत कम रही, जिससे घर में सबको चिंता हुई।",
            "दूसरे साल मिट्टी भुरभुरी हो गई और पानी भी कम लगा, पैदावार पहले जितनी लौट आई।",
            "मेरी सलाह है कि एक साथ पूरा खेत न बदलें, पहले एक हिस्से से शुरुआत करें।",
        ),
        "— रामेश्वर, सीकर, राजस्थान | खेती ही जीवन है",
    )
    + _hi_post("सुनीता", paras("बहुत अच्छी जानकारी, धन्यवाद।"), "सुनीता | नासिक")
    + _hi_post("गुरमीत", paras("केंचुए कहाँ से लिए?"), "पंजाब का किसान")
    + "</div>"
    + comment_prompt(HI),
    (
        "रासायनिक खाद छोड़कर गोबर और केंचुआ खाद",
        "पहले साल पैदावार लगभग पंद्रह प्रतिशत कम रही",
        "दूसरे साल मिट्टी भुरभुरी हो गई",
        "पहले एक हिस्से से शुरुआत करें।",
    ),
    ("खेती ही जीवन है", "जवाब दें"),
    path="forum/topic/4410",
)

add(
    "blog_div_br_prose",
    HI,
    "नानी का आम का अचार",
    "<div class='blog-post'><h2 class='title'>नानी का आम का अचार</h2><div class='date'>"
    "5 दिसंबर 2026</div><div class='text'>गर्मियों की छुट्टियों में नानी के घर की छत पर "
    "कच्चे आमों की खुशबू फैली रहती थी।<br><br>नानी आमों को छोटे टुकड़ों में काटकर तीन दिन"
    " धूप में सुखाती थीं, और हम बच्चों का काम था बंदरों से उनकी रखवाली करना।<br><br>फिर"
    " सरसों का तेल गरम होता, मेथी और सौंफ भूनी जाती, और पूरा घर उस महक से भर जाता।<br><br>"
    "आज भी जब मैं वही अचार बनाती हूँ, तो नानी की आवाज़ याद आती है: धीरज रखो, अचार जल्दी "
    "नहीं बनता।</div>" + share(HI) + "</div>",
    (
        "कच्चे आमों की खुशबू फैली रहती थी।",
        "बंदरों से उनकी रखवाली करना।",
        "पूरा घर उस महक से भर जाता।",
        "अचार जल्दी नहीं बनता।",
    ),
)

UK = Site(
    lang="uk",
    name="Краєзнавчий вісник Поділля",
    host="podillia-visnyk.example.ua",
    nav=("Головна", "Історія", "Села", "Гостьова книга"),
    cookie="Сайт використовує файли cookie.",
    share="Поділитися статтею",
    newsletter="Підпишіться на розсилку нових статей.",
    comment="Залишити коментар",
    related_title="Читайте також",
    related=("Млини на річці Смотрич", "Старі хрести при дорогах"),
    footer="Передрук лише з дозволу редакції.",
)

add(
    "old_site_layout_tables",
    UK,
    "Історія села Вербівка",
    "<table width='760' border='0' cellpadding='4'><tr><td width='150' valign='top' "
    "class='leftmenu'><a href='/'>Головна</a><br><a href='/h'>Історія</a><br><a href='/s'>"
    "Села</a><br><br><font size='1'>Відвідувачів: 18342</font></td><td valign='top'>"
    "<font face='Verdana' size='4'><b>Історія села Вербівка</b></font><br><br><font "
    "face='Verdana' size='2'>Перша згадка про Вербівку датується 1583 роком, коли тут стояло "
    "лише дванадцять дворів над ставом.<br><br>У XVIII столітті через село пролягав "
    "чумацький шлях, і місцеві ковалі славилися на всю округу.<br><br>Дерев'яну церкву "
    "збудували 1791 року, а кам'яну школу відкрили тільки 1902 року.<br><br>Нині у Вербівці "
    "живе близько шестисот людей, а старий став знову чистять щовесни всією громадою."
    "</font><br><br><table border='1' cellpadding='3'><tr><td><b>Рік</b></td><td><b>Жителів"
    "</b></td></tr><tr><td>1900</td><td>1412</td></tr><tr><td>2001</td><td>743</td></tr>"
    "</table><br><font size='1'><a href='/print'>Версія для друку</a> | <a href='/'>На "
    "головну</a></font></td></tr></table>",
    (
        "Перша згадка про Вербівку датується 1583 роком",
        "місцеві ковалі славилися на всю округу.",
        "кам'яну школу відкрили тільки 1902 року.",
        "старий став знову чистять щовесни всією громадою.",
    ),
    ("Відвідувачів: 18342", "Версія для друку"),
    template="table",
    path="selo/verbivka.html",
)

add(
    "story_behind_read_further_button",
    UK,
    "Як у Кам'янці рятують старі вивіски",
    "<article class='post'><h1 class='entry-title'>Як у Кам'янці рятують старі вивіски</h1>"
    "<div class='entry-content'>"
    + paras(
        "Група волонтерів уже третій рік знімає зі стін покинуті металеві вивіски.",
        "Кожну вивіску фотографують, очищають від іржі та описують у спільному каталозі.",
    )
    + "<div class='read-more-wrap'><button class='read-more-btn'>Читати далі</button></div>"
    "<div class='article-rest collapsed'>"
    + paras(
        "Найстаріша знахідка — вивіска аптеки 1920-х років із золотими літерами.",
        "Восени волонтери планують відкрити невелику виставку в приміщенні колишньої пошти.",
    )
    + "</div></div>"
    + share(UK)
    + "</article>"
    + comment_prompt(UK),
    (
        "Група волонтерів уже третій рік знімає зі стін покинуті металеві вивіски.",
        "Найстаріша знахідка — вивіска аптеки 1920-х років із золотими літерами.",
        "відкрити невелику виставку в приміщенні колишньої пошти.",
    ),
    ("Читати далі",),
)

SV = Site(
    lang="sv",
    name="Kodstugan",
    host="kodstugan.example.se",
    nav=("Inlägg", "Taggar", "Om", "RSS"),
    cookie="Vi använder kakor för att förbättra webbplatsen.",
    share="Dela inlägget",
    newsletter="Prenumerera på nyhetsbrevet om nya inlägg.",
    comment="Skriv en kommentar",
    related_title="Liknande inlägg",
    related=("Testa din kod med hypotesis", "Snabbare bygg med cache"),
    footer="Innehållet är licensierat under CC BY 4.0.",
)

add(
    "post_of_code_blocks",
    SV,
    "Läs en CSV-fil rad för rad",
    "<article class='post'><h1 class='entry-title'>Läs en CSV-fil rad för rad</h1><div "
    "class='entry-content'>"
    + paras("Stora filer behöver inte läsas in i minnet på en gång.")
    + "<pre><code class='language-python'>import csv\n\nwith open('skog.csv') as f:\n    for "
    "rad in csv.reader(f):\n        print(rad[0])</code></pre>"
    + paras("Vill du ha kolumnnamn i stället använder du DictReader:")
    + "<pre><code class='language-python'>for rad in csv.DictReader(f):\n    print(rad['art'])"
    "</code></pre>"
    + paras("Båda varianterna läser en rad i taget, så minnet räcker även för gigabytefiler.")
    + "</div>"
    + share(SV)
    + "</article>"
    + comment_prompt(SV),
    (
        "Stora filer behöver inte läsas in i minnet på en gång.",
        "for rad in csv.reader(f):",
        "Vill du ha kolumnnamn i stället använder du DictReader:",
        "print(rad['art'])",
        "så minnet räcker även för gigabytefiler.",
    ),
)

add(
    "faq_headed_answers_no_p",
    SV,
    "Vanliga frågor om föreningens kolonilotter",
    "<main class='page-content'><h1>Vanliga frågor om föreningens kolonilotter</h1><div "
    "class='faq'><h3 class='faq-q'>Hur länge är kön?</h3><div class='faq-a'>Just nu är "
    "väntetiden ungefär två år, men den varierar mellan områdena.</div><h3 class='faq-q'>"
    "Får man bygga en friggebod?</h3><div class='faq-a'>Ja, om boden är högst tio "
    "kvadratmeter och styrelsen har godkänt ritningen.</div><h3 class='faq-q'>Vad kostar en "
    "lott?</h3><div class='faq-a'>Arrendet är 1 200 kronor per år, och vatten ingår.</div>"
    "</div></main>",
    (
        "Hur länge är kön?",
        "väntetiden ungefär två år",
        "Ja, om boden är högst tio kvadratmeter och styrelsen har godkänt ritningen.",
        "Arrendet är 1 200 kronor per år, och vatten ingår.",
    ),
    template="portal",
    path="fragor",
)

add(
    "essay_beside_longer_teaser",
    PT,
    "Elogio da sesta",
    "<div class='wrap'><main class='content'><article class='post'><h1 class='entry-title'>"
    "Elogio da sesta</h1><div class='entry-content'>"
    + paras(
        "Há quem a julgue preguiça.",
        "Eu chamo-lhe método: vinte minutos de olhos fechados depois do almoço.",
        "O resto da tarde agradece.",
    )
    + "</div></article></main><aside class='sidebar'><div class='widget featured-teaser'>"
    "<h3>Em destaque</h3><p>Durante três meses acompanhámos os pescadores da Póvoa de Varzim "
    "nas madrugadas de inverno, quando o mar decide quem sai e quem fica em terra, e "
    "ouvimos as histórias que as mulheres contam enquanto esperam no cais pelo regresso "
    "dos barcos.</p><a href='/povoa'>Ler a reportagem</a></div></aside></div>",
    (
        "Há quem a julgue preguiça.",
        "vinte minutos de olhos fechados depois do almoço.",
        "O resto da tarde agradece.",
    ),
    ("acompanhámos os pescadores da Póvoa de Varzim",),
)

add(
    "timetable_table",
    PL,
    "Rozkład jazdy: linia 7 Dworzec – Osiedle Słoneczne",
    "<div class='content-main'><h1>Rozkład jazdy: linia 7 Dworzec – Osiedle Słoneczne</h1>"
    + paras("Rozkład obowiązuje od 1 grudnia 2026 r.")
    + "<table class='timetable'><thead><tr><th>Przystanek</th><th>Dni robocze</th><th>"
    "Soboty</th></tr></thead><tbody><tr><td>Dworzec</td><td>5:40, 6:10, 6:40</td><td>7:15"
    "</td></tr><tr><td>Rynek</td><td>5:46, 6:16, 6:46</td><td>7:21</td></tr><tr><td>Osiedle "
    "Słoneczne</td><td>5:58, 6:28, 6:58</td><td>7:33</td></tr></tbody></table>"
    + paras("W niedziele i święta linia nie kursuje.")
    + "</div>",
    (
        "Rozkład obowiązuje od 1 grudnia 2026 r.",
        "5:46, 6:16, 6:46",
        "Osiedle Słoneczne",
        "7:33",
        "W niedziele i święta linia nie kursuje.",
    ),
    template="portal",
    path="rozklad/linia-7",
)

add(
    "lyrics_repeated_chorus",
    TR,
    "Dere Kenarında (şarkı sözleri)",
    "<div class='lyrics-page'><h1>Dere Kenarında (şarkı sözleri)</h1><div class='lyrics'>"
    "<p>Sabah erken kalktım yola<br>Heybemde ekmek, elimde ney</p><p>Dere kenarında bekle "
    "beni<br>Söğüt dalında bir türkü söyle</p><p>Akşam olunca döndüm köye<br>Kapıda annem, "
    "gözünde sevinç</p><p>Dere kenarında bekle beni<br>Söğüt dalında bir türkü söyle</p>"
    "</div><div class='lyrics-credits'>Söz ve müzik: Halk türküsü</div></div>" + share(TR),
    (
        "Sabah erken kalktım yola",
        "Dere kenarında bekle beni",
        "Kapıda annem, gözünde sevinç",
    ),
)

add(
    "long_read_unheaded_blocks",
    VI,
    "Mùa nước nổi ở Đồng Tháp",
    "<article class='post'><h1 class='entry-title'>Mùa nước nổi ở Đồng Tháp</h1><div "
    "class='entry-content'><div class='content-block'>"
    + paras(
        "Tháng chín, nước từ thượng nguồn tràn về, đồng ruộng biến thành một biển nước mênh mông.",
    )
    + "</div>"
    + newsletter(VI)
    + "<div class='content-block'>"
    + paras("Chú Tư chèo xuồng ra giăng lưới từ lúc trời còn tối, tay thoăn thoắt gỡ cá linh.")
    + "</div><div class='related-inline'><strong>Xem thêm:</strong> <a href='/x'>Chợ nổi "
    "Cái Răng lúc bình minh</a></div><div class='content-block'>"
    + paras(
        "Khi nước rút, phù sa để lại một lớp đất mới, và vụ lúa sau bao giờ cũng tốt hơn.",
    )
    + "</div></div>"
    + share(VI)
    + "</article>",
    (
        "đồng ruộng biến thành một biển nước mênh mông.",
        "tay thoăn thoắt gỡ cá linh.",
        "vụ lúa sau bao giờ cũng tốt hơn.",
    ),
    ("Chợ nổi Cái Răng lúc bình minh",),
)

add(
    "howto_list_steps_images",
    ID,
    "Cara membuat pupuk kompos dari sampah dapur",
    "<article class='post'><h1 class='entry-title'>Cara membuat pupuk kompos dari sampah "
    "dapur</h1><div class='entry-content'>"
    + paras("Sisa sayur dan kulit buah bisa menjadi pupuk dalam waktu sekitar enam minggu.")
    + "<ol class='steps'><li><img src='/s1.jpg' alt=''><p><strong>Siapkan wadah.</strong> "
    "Gunakan ember bekas yang diberi lubang kecil di bagian bawah.</p></li><li><img "
    "src='/s2.jpg' alt=''><p><strong>Campur bahan.</strong> Masukkan sampah hijau dan daun "
    "kering dengan perbandingan satu banding dua.</p></li><li><img src='/s3.jpg' alt=''><p>"
    "<strong>Aduk seminggu sekali.</strong> Kompos yang baik berbau tanah, bukan busuk.</p>"
    "</li></ol></div>" + share(ID) + "</article>",
    (
        "Sisa sayur dan kulit buah bisa menjadi pupuk",
        "Gunakan ember bekas yang diberi lubang kecil di bagian bawah.",
        "perbandingan satu banding dua.",
        "Kompos yang baik berbau tanah, bukan busuk.",
    ),
)

add(
    "phpbb_thread_tables",
    CS,
    "Oprava starého rádia Tesla Talisman",
    "<div id='wrap'><div class='topic-actions'><a class='button'>Odpovědět</a></div><h2 "
    "class='topic-title'>Oprava starého rádia Tesla Talisman</h2><div id='p101' class='post "
    "bg2'><div class='inner'><div class='postbody'><h3 class='first'>Oprava starého rádia "
    "Tesla Talisman</h3><p class='author'>od <strong>radiotechnik58</strong> » 5. 12. 2026"
    "</p><div class='content'>Zdravím všechny,<br><br>po dědovi mi zůstal Talisman z roku "
    "1958, který po zapnutí jen bručí a nehraje.<br><br>Vyměnil jsem už oba elektrolytické "
    "kondenzátory ve zdroji, ale bručení zůstalo stejné.<br><br>Nemáte někdo schéma nebo "
    "radu, kde hledat dál?</div><div class='signature'>Kdo nepájí, nechybuje.</div></div>"
    "</div></div><div id='p102' class='post bg1'><div class='inner'><div class='postbody'>"
    "<p class='author'>od <strong>elektronka</strong></p><div class='content'>Zkontroluj "
    "usměrňovací elektronku.</div></div></div></div></div>",
    (
        "po dědovi mi zůstal Talisman z roku 1958",
        "Vyměnil jsem už oba elektrolytické kondenzátory ve zdroji",
        "Nemáte někdo schéma nebo radu, kde hledat dál?",
    ),
    ("Kdo nepájí, nechybuje.", "Odpovědět"),
    path="forum/viewtopic.php?t=2291",
)

add(
    "chronology_table",
    JA,
    "ミツバの歩み",
    "<div class='document'><h1>ミツバの歩み</h1><p>プロジェクトの主な出来事を年ごとにまと"
    "めました。</p><table class='docutils'><thead><tr><th>年</th><th>出来事</th></tr></thead>"
    "<tbody><tr><td>2019</td><td>京都の勉強会で最初の試作品が生まれる</td></tr><tr><td>2021"
    "</td><td>バージョン1.0を公開</td></tr><tr><td>2024</td><td>利用者が一万人を超える</td>"
    "</tr><tr><td>2026</td><td>財団を設立し運営を移管</td></tr></tbody></table></div>",
    (
        "プロジェクトの主な出来事を年ごとにまとめました。",
        "京都の勉強会で最初の試作品が生まれる",
        "利用者が一万人を超える",
        "財団を設立し運営を移管",
    ),
    template="portal",
    path="about/history.html",
)
