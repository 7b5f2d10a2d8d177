"""The blind67 probe's reference pages and notices: a Macedonian documentation page, a
Belarusian wiki entry, a Georgian event page, an Armenian press release, Khmer release
notes, a Kannada how-to with a contents box, a Gujarati government circular, an Igbo
accordion FAQ, a Mongolian interview and a Faroese council's minutes."""

from __future__ import annotations

from ..blind66._kit import comment_prompt, newsletter, paras, related, share
from ._kit import Site, add

MK = Site(
    lang="mk",
    name="Документација на Тркач",
    host="docs.trkac.example.mk",
    nav=("Почеток", "Упатства", "API", "Заедница"),
    cookie="Оваа страница користи колачиња за аналитика.",
    share="Сподели ја страницата",
    newsletter="Пријавете се за известувања за нови верзии.",
    comment="Прашајте на форумот",
    related_title="Поврзани упатства",
    related=("Инсталација на Windows", "Прв проект за пет минути"),
    footer="Документацијата е под лиценца CC BY 4.0.",
)

add(
    "docs_admonition_dl",
    MK,
    "Конфигурација",
    "<div class='docs-layout'><nav class='sidebar toctree'><ul><li><a>Почеток</a></li><li>"
    "<a>Конфигурација</a></li><li><a>Приклучоци</a></li></ul></nav><div class='document'>"
    "<div class='body' role='main'><section id='konfiguracija'><h1>Конфигурација<a "
    "class='headerlink' href='#konfiguracija'>¶</a></h1>"
    + paras(
        "Тркач ги чита поставките од датотеката <code>trkac.toml</code> во коренот на проектот."
    )
    + "<div class='admonition note'><p class='admonition-title'>Забелешка</p><p>Поставките од"
    " командната линија имаат предност пред оние од датотеката.</p></div><dl class='option'>"
    "<dt>workers</dt><dd>Бројот на паралелни процеси; стандардно е бројот на јадра.</dd>"
    "<dt>timeout</dt><dd>Колку секунди се чека еден тест пред да се прекине.</dd></dl>"
    "<div class='highlight'><pre>[trkac]\nworkers = 4\ntimeout = 30</pre></div></section>"
    "</div></div><div class='rst-footer-buttons'><a class='btn-neutral float-left'>Претходна:"
    " Инсталација</a><a class='btn-neutral float-right'>Следна: Приклучоци</a></div><div "
    "class='feedback'>Дали оваа страница беше корисна? <button>Да</button><button>Не</button>"
    "</div><a class='edit-on-github'>Уреди ја оваа страница</a></div>",
    (
        "Тркач ги чита поставките од датотеката",
        "Поставките од командната линија имаат предност пред оние од датотеката.",
        "workers",
        "Бројот на паралелни процеси; стандардно е бројот на јадра.",
        "Колку секунди се чека еден тест пред да се прекине.",
        "timeout = 30",
    ),
    (
        "Претходна: Инсталација",
        "Следна: Приклучоци",
        "Дали оваа страница беше корисна?",
        "Уреди ја оваа страница",
    ),
    path="mk/latest/konfiguracija.html",
)

BE = Site(
    lang="be",
    name="Вікі-Край",
    host="vikikraj.example.by",
    nav=("Галоўная", "Выпадковы артыкул", "Суполка", "Даведка"),
    cookie="Сайт выкарыстоўвае файлы cookie.",
    share="Падзяліцца артыкулам",
    newsletter="Падпішыцеся на штотыднёвы агляд новых артыкулаў.",
    comment="Абмеркаванне",
    related_title="Гл. таксама",
    related=("Спіс азёр Віцебскай вобласці", "Браслаўскія азёры"),
    footer="Тэкст даступны па ліцэнзіі CC BY-SA 4.0.",
)

add(
    "wiki_refs_navbox",
    BE,
    "Возера Ціхае",
    "<div id='content' class='mw-body'><h1 id='firstHeading'>Возера Ціхае</h1><div "
    "id='mw-content-text'><div class='mw-parser-output'><table class='infobox'><tr><th "
    "colspan='2'>Возера Ціхае</th></tr><tr><td>Плошча</td><td>2,4 км²</td></tr></table>"
    + paras(
        "<b>Возера Ціхае</b> — праточнае возера на поўначы краю, вядомае чыстай вадой.",
    )
    + "<h2><span class='mw-headline'>Геаграфія</span><span class='mw-editsection'>[<a>правіць"
    "</a>]</span></h2>"
    + paras(
        "Возера ляжыць у лясной катлавіне, яго найбольшая глыбіня дасягае 18 метраў.<sup "
        "class='reference'><a href='#cite_note-1'>[1]</a></sup>"
    )
    + "<h2><span class='mw-headline'>Гісторыя</span><span class='mw-editsection'>[<a>правіць"
    "</a>]</span></h2>"
    + paras("Упершыню возера згадваецца ў дакуменце 1560 года як рыбнае ўгоддзе.")
    + "<h2><span class='mw-headline'>Крыніцы</span></h2><ol class='references'><li "
    "id='cite_note-1'>Гідралагічны даведнік краю. — 1998. — С. 44.</li></ol><div "
    "class='navbox'><div class='navbox-title'>Азёры краю</div><ul><li><a>Возера Доўгае</a>"
    "</li><li><a>Возера Белае</a></li></ul></div></div></div><div id='catlinks'>Катэгорыі: <a>"
    "Азёры краю</a></div></div>",
    (
        "праточнае возера на поўначы краю, вядомае чыстай вадой.",
        "Геаграфія",
        "Возера ляжыць у лясной катлавіне, яго найбольшая глыбіня дасягае 18 метраў.",
        "Гісторыя",
        "Упершыню возера згадваецца ў дакуменце 1560 года як рыбнае ўгоддзе.",
    ),
    ("правіць", "Катэгорыі:", "Возера Доўгае", "Возера Белае"),
    path="wiki/Возера_Ціхае",
)

KA = Site(
    lang="ka",
    name="ქალაქის აფიშა",
    host="afisha.example.ge",
    nav=("კონცერტები", "თეატრი", "გამოფენები", "ბავშვებისთვის"),
    cookie="ეს საიტი იყენებს ქუქი-ფაილებს.",
    share="გაუზიარე მეგობრებს",
    newsletter="გამოიწერე ყოველკვირეული აფიშა ელფოსტით.",
    comment="დატოვე კომენტარი",
    related_title="მსგავსი ღონისძიებები",
    related=("ჯაზის საღამო ძველ უბანში", "ხალხური სიმღერების ფესტივალი"),
    footer="ქალაქის აფიშა - ყველა ღონისძიება ერთ ადგილას.",
)

add(
    "event_program",
    KA,
    "საშობაო კონცერტი ბოტანიკურ ბაღში",
    "<div class='event-page'><h1 class='event-title'>საშობაო კონცერტი ბოტანიკურ ბაღში</h1>"
    "<ul class='event-meta'><li><span>თარიღი:</span> 24 დეკემბერი, 19:00</li><li><span>"
    "ადგილი:</span> ბოტანიკური ბაღის ამფითეატრი</li></ul><div class='event-actions'><a "
    "class='btn-tickets'>ბილეთის ყიდვა</a><a class='add-to-calendar'>კალენდარში დამატება</a>"
    "</div><div class='event-description'>"
    + paras(
        "ქალაქის კამერული გუნდი წელს საშობაო კონცერტს ღია ცის ქვეშ, სანთლების შუქზე გამართავს.",
        "კონცერტზე შესრულდება ძველი ქართული საგალობლები და ევროპული საშობაო სიმღერები.",
    )
    + "<h3>პროგრამა</h3><ol><li>შესავალი - ბავშვთა გუნდი</li><li>საგალობლები - კამერული"
    " გუნდი</li><li>საერთო სიმღერა მაყურებელთან ერთად</li></ol></div><div class='event-map'>"
    "<iframe src='about:blank'></iframe><a>რუკაზე ნახვა</a></div></div>" + share(KA),
    (
        "ქალაქის კამერული გუნდი წელს საშობაო კონცერტს ღია ცის ქვეშ",
        "კონცერტზე შესრულდება ძველი ქართული საგალობლები და ევროპული საშობაო სიმღერები.",
        "შესავალი - ბავშვთა გუნდი",
        "საერთო სიმღერა მაყურებელთან ერთად",
    ),
    ("ბილეთის ყიდვა", "კალენდარში დამატება", "რუკაზე ნახვა"),
    template="app",
    path="event/sashobao-koncerti",
)

HY = Site(
    lang="hy",
    name="Արևիկ Էներջի",
    host="arevik.example.am",
    nav=("Ընկերություն", "Նախագծեր", "Մամուլ", "Կարիերա"),
    cookie="Կայքն օգտագործում է քուքիներ։",
    share="Կիսվել",
    newsletter="Բաժանորդագրվեք մեր նորություններին։",
    comment="Հարց ուղարկել",
    related_title="Այլ մամուլի հաղորդագրություններ",
    related=("Արևիկ Էներջին ամփոփում է տարին", "Նոր գրասենյակ Գյումրիում"),
    footer="© Արևիկ Էներջի ՍՊԸ",
)

add(
    "press_release_pdf",
    HY,
    "Արևիկ Էներջին կառուցում է նոր արևային կայան Արարատում",
    "<div class='press-release'><span class='pr-label'>Մամուլի հաղորդագրություն</span><h1>"
    "Արևիկ Էներջին կառուցում է նոր արևային կայան Արարատում</h1><a class='pr-download'>"
    "Ներբեռնել PDF</a><div class='pr-body'>"
    + paras(
        "ԵՐԵՎԱՆ, 4 դեկտեմբերի 2026 – Արևիկ Էներջին այսօր հայտարարեց 12 մեգավատ հզորությամբ"
        " նոր կայանի շինարարության մասին։",
        "Կայանը տարեկան էլեկտրաէներգիա կապահովի մոտ ութ հազար տնային տնտեսության համար։",
        "«Սա մեր ամենամեծ ներդրումն է մարզում», – ասել է ընկերության տնօրեն Անի Սարգսյանը։",
    )
    + "<h3>Ընկերության մասին</h3><p>Արևիկ Էներջին հիմնադրվել է 2015 թվականին։</p></div></div>"
    + related(HY),
    (
        "Արևիկ Էներջին այսօր հայտարարեց 12 մեգավատ հզորությամբ նոր կայանի շինարարության մասին։",
        "Կայանը տարեկան էլեկտրաէներգիա կապահովի մոտ ութ հազար տնային տնտեսության համար։",
        "Սա մեր ամենամեծ ներդրումն է մարզում",
    ),
    ("Ներբեռնել PDF",),
    template="portal",
    path="mamul/arevayin-kayan-ararat",
)

KM = Site(
    lang="km",
    name="គម្រោងអក្សរ",
    host="aksar.example.kh",
    nav=("ឯកសារ", "ទាញយក", "ប្លុក", "សហគមន៍"),
    cookie="គេហទំព័រនេះប្រើខូឃី។",
    share="ចែករំលែក",
    newsletter="ជាវព័ត៌មានអំពីការចេញផ្សាយថ្មីៗ។",
    comment="រាយការណ៍បញ្ហា",
    related_title="ការចេញផ្សាយមុនៗ",
    related=("កំណែ 2.3.0", "កំណែ 2.2.0"),
    footer="គម្រោងអក្សរ ជាកម្មវិធីកូដចំហ។",
)

add(
    "release_notes",
    KM,
    "កំណែ 2.4.0 - កំណត់ចំណាំការចេញផ្សាយ",
    "<main class='release'><h1>កំណែ 2.4.0 - កំណត់ចំណាំការចេញផ្សាយ</h1><p class='release-date'>"
    "ចេញផ្សាយ ៣ ធ្នូ ២០២៦</p><a class='btn download'>ទាញយកកំណែ 2.4.0</a><div "
    "class='markdown-body'><h2>មុខងារថ្មី</h2><ul><li>គាំទ្រការតម្រៀបពាក្យខ្មែរតាមលំដាប់វចនានុក្រម"
    "</li><li>ពាក្យបញ្ជាថ្មី <code>aksar split</code> សម្រាប់កាត់ពាក្យ</li></ul><h2>ការកែកំហុស</h2>"
    "<ul><li>ជួសជុលការបង្ហាញជើងអក្សរខុសនៅក្នុងតារាង</li></ul><h2>ការដំឡើង</h2><pre><code>pip "
    "install aksar==2.4.0</code></pre></div><div class='reactions'><button>👍 14</button>"
    "<button>🎉 3</button></div></main>" + newsletter(KM),
    (
        "មុខងារថ្មី",
        "គាំទ្រការតម្រៀបពាក្យខ្មែរតាមលំដាប់វចនានុក្រម",
        "aksar split",
        "ជួសជុលការបង្ហាញជើងអក្សរខុសនៅក្នុងតារាង",
        "pip install aksar==2.4.0",
    ),
    ("ទាញយកកំណែ 2.4.0",),
    path="releases/2.4.0",
)

KN = Site(
    lang="kn",
    name="ಮನೆ ಮದ್ದು",
    host="manemaddu.example.in",
    nav=("ಆರೋಗ್ಯ", "ತೋಟ", "ಅಡುಗೆ", "ಸಂಪರ್ಕ"),
    cookie="ಈ ತಾಣವು ಕುಕೀಗಳನ್ನು ಬಳಸುತ್ತದೆ.",
    share="ಹಂಚಿಕೊಳ್ಳಿ",
    newsletter="ಹೊಸ ಲೇಖನಗಳನ್ನು ಇಮೇಲ್ ಮೂಲಕ ಪಡೆಯಿರಿ.",
    comment="ಪ್ರತಿಕ್ರಿಯೆ ನೀಡಿ",
    related_title="ಇವುಗಳನ್ನೂ ಓದಿ",
    related=("ಬಾಲ್ಕನಿಯಲ್ಲಿ ಟೊಮೆಟೊ ಬೆಳೆಯುವುದು", "ಎರೆಹುಳು ಗೊಬ್ಬರ ತಯಾರಿಕೆ"),
    footer="ಎಲ್ಲ ಹಕ್ಕುಗಳನ್ನು ಕಾಯ್ದಿರಿಸಲಾಗಿದೆ.",
)

add(
    "howto_contents_box",
    KN,
    "ಮನೆಯಲ್ಲೇ ಕಾಂಪೋಸ್ಟ್ ಮಾಡುವುದು ಹೇಗೆ",
    "<article class='post'><h1 class='entry-title'>ಮನೆಯಲ್ಲೇ ಕಾಂಪೋಸ್ಟ್ ಮಾಡುವುದು ಹೇಗೆ</h1>"
    "<div class='entry-content'>"
    + paras("ಅಡುಗೆಮನೆಯ ತ್ಯಾಜ್ಯವನ್ನು ಎಸೆಯುವ ಬದಲು ಅದನ್ನು ಗಿಡಗಳಿಗೆ ಉತ್ತಮ ಗೊಬ್ಬರವಾಗಿ ಬದಲಿಸಬಹುದು.")
    + "<div id='ez-toc-container' class='ez-toc-v2'><p class='ez-toc-title'>ವಿಷಯಸೂಚಿ</p>"
    "<ul class='ez-toc-list'><li><a href='#s1'>ಡಬ್ಬಿ ಆರಿಸಿ</a></li><li><a href='#s2'>ಪದರಗಳನ್ನು"
    " ಹಾಕಿ</a></li><li><a href='#s3'>ತಿರುಗಿಸಿ</a></li></ul></div>"
    "<h2 id='s1'>ಹಂತ 1: ಡಬ್ಬಿ ಆರಿಸಿ</h2>"
    + paras("ತಳದಲ್ಲಿ ರಂಧ್ರಗಳಿರುವ ದೊಡ್ಡ ಮಣ್ಣಿನ ಮಡಕೆ ಅಥವಾ ಪ್ಲಾಸ್ಟಿಕ್ ಡಬ್ಬಿ ಸಾಕು.")
    + "<h2 id='s2'>ಹಂತ 2: ಪದರಗಳನ್ನು ಹಾಕಿ</h2>"
    + paras("ಒಣ ಎಲೆಗಳು ಮತ್ತು ಹಸಿ ತ್ಯಾಜ್ಯವನ್ನು ಒಂದರ ಮೇಲೊಂದು ಪದರವಾಗಿ ಹಾಕಿ.")
    + "<h2 id='s3'>ಹಂತ 3: ತಿರುಗಿಸಿ</h2>"
    + paras("ವಾರಕ್ಕೊಮ್ಮೆ ಕೋಲಿನಿಂದ ಮಿಶ್ರಣವನ್ನು ತಿರುಗಿಸಿದರೆ ಎರಡು ತಿಂಗಳಲ್ಲಿ ಗೊಬ್ಬರ ಸಿದ್ಧವಾಗುತ್ತದೆ.")
    + "</div></article>"
    + share(KN)
    + comment_prompt(KN),
    (
        "ಅಡುಗೆಮನೆಯ ತ್ಯಾಜ್ಯವನ್ನು ಎಸೆಯುವ ಬದಲು",
        "ಹಂತ 1: ಡಬ್ಬಿ ಆರಿಸಿ",
        "ತಳದಲ್ಲಿ ರಂಧ್ರಗಳಿರುವ ದೊಡ್ಡ ಮಣ್ಣಿನ ಮಡಕೆ ಅಥವಾ ಪ್ಲಾಸ್ಟಿಕ್ ಡಬ್ಬಿ ಸಾಕು.",
        "ಒಣ ಎಲೆಗಳು ಮತ್ತು ಹಸಿ ತ್ಯಾಜ್ಯವನ್ನು ಒಂದರ ಮೇಲೊಂದು ಪದರವಾಗಿ ಹಾಕಿ.",
        "ಹಂತ 3: ತಿರುಗಿಸಿ",
        "ಎರಡು ತಿಂಗಳಲ್ಲಿ ಗೊಬ್ಬರ ಸಿದ್ಧವಾಗುತ್ತದೆ.",
    ),
    ("ವಿಷಯಸೂಚಿ",),
)

GU = Site(
    lang="gu",
    name="જિલ્લા પંચાયત કચેરી",
    host="panchayat.example.gov.in",
    nav=("મુખ્ય પૃષ્ઠ", "યોજનાઓ", "પરિપત્રો", "સંપર્ક"),
    cookie="આ વેબસાઇટ કૂકીઝનો ઉપયોગ કરે છે.",
    share="શેર કરો",
    newsletter="નવા પરિપત્રોની જાણ માટે નોંધણી કરો.",
    comment="પ્રતિભાવ આપો",
    related_title="અન્ય પરિપત્રો",
    related=("પાણી પુરવઠા અંગે સૂચના", "શાળા પ્રવેશોત્સવ ૨૦૨૬"),
    footer="આ વેબસાઇટની સામગ્રી જિલ્લા પંચાયત દ્વારા સંચાલિત છે.",
)

add(
    "government_circular",
    GU,
    "ખેડૂતો માટે બિયારણ સહાય યોજના - અરજીની છેલ્લી તારીખ",
    "<a class='skip-link' href='#main'>મુખ્ય સામગ્રી પર જાઓ</a><div class='accessibility'>"
    "<a>A-</a><a>A</a><a>A+</a><a>સ્ક્રીન રીડર ઍક્સેસ</a></div><div id='main' "
    "class='circular'><h1>ખેડૂતો માટે બિયારણ સહાય યોજના - અરજીની છેલ્લી તારીખ</h1><p "
    "class='circular-no'>પરિપત્ર ક્રમાંક: કૃષિ/૨૦૨૬/૧૪</p>"
    + paras(
        "જિલ્લાના તમામ નાના અને સીમાંત ખેડૂતોને જણાવવાનું કે રવિ પાક માટે બિયારણ સહાયની"
        " અરજીઓ સ્વીકારવામાં આવી રહી છે.",
        "અરજી સાથે જમીનના ઉતારાની નકલ અને બેંક ખાતાની વિગતો જોડવી ફરજિયાત છે.",
    )
    + "<table class='schedule'><tr><th>વિગત</th><th>તારીખ</th></tr><tr><td>અરજી શરૂ</td>"
    "<td>૧ ડિસેમ્બર</td></tr><tr><td>છેલ્લી તારીખ</td><td>૨૦ ડિસેમ્બર</td></tr></table>"
    "<ul class='attachments'><li><a>અરજી ફોર્મ ડાઉનલોડ કરો (PDF, 120 KB)</a></li></ul>"
    "<p class='last-updated'>છેલ્લે અપડેટ: ૫ ડિસેમ્બર ૨૦૨૬</p></div><div "
    "class='visitor-counter'>કુલ મુલાકાતીઓ: 1,24,530</div>",
    (
        "રવિ પાક માટે બિયારણ સહાયની અરજીઓ સ્વીકારવામાં આવી રહી છે.",
        "અરજી સાથે જમીનના ઉતારાની નકલ અને બેંક ખાતાની વિગતો જોડવી ફરજિયાત છે.",
        "અરજી શરૂ",
        "છેલ્લી તારીખ",
        "૨૦ ડિસેમ્બર",
    ),
    ("મુખ્ય સામગ્રી પર જાઓ", "સ્ક્રીન રીડર ઍક્સેસ", "કુલ મુલાકાતીઓ"),
    template="table",
    path="paripatra/krushi-2026-14",
)

IG = Site(
    lang="ig",
    name="Ụlọ Akwụkwọ Ọganihu",
    host="oganihu.example.ng",
    nav=("Ụlọ", "Nnabata", "Ndị nkuzi", "Kpọtụrụ anyị"),
    cookie="Ebe nrụọrụ a na-eji kuki.",
    share="Kesaa ibe a",
    newsletter="Debanye aha ka ị nweta akụkọ ụlọ akwụkwọ kwa ọnwa.",
    comment="Jụọ ajụjụ gị",
    related_title="Ibe ndị ọzọ",
    related=("Kalenda afọ akwụkwọ", "Uwe ụlọ akwụkwọ"),
    footer="Ụlọ Akwụkwọ Ọganihu, Enugu.",
)


def _qa(question: str, answer: str) -> str:
    return (
        f"<details class='faq-item'><summary class='faq-q'>{question}</summary><div "
        f"class='faq-a'><p>{answer}</p></div></details>"
    )


add(
    "faq_accordion",
    IG,
    "Ajụjụ a na-ajụkarị maka nnabata",
    "<section class='faq'><h1>Ajụjụ a na-ajụkarị maka nnabata</h1>"
    + _qa(
        "Kedu mgbe a na-amalite nnabata?",
        "A na-amalite nnabata n'ọnwa Jenụwarị ma mechie ya na ngwụcha Mach.",
    )
    + _qa(
        "Gịnị ka nwata kwesịrị iweta n'ule?",
        "Nwata kwesịrị iweta pensụl abụọ, asambodo ọmụmụ na foto paspọtụ.",
    )
    + _qa(
        "Ego ole bụ ụgwọ akwụkwọ?",
        "Ụgwọ akwụkwọ dị iche dabere na klaasị; biko lee akwụkwọ ụgwọ dị n'ọfịs.",
    )
    + "<div class='contact-cta'><p>Ị nwere ajụjụ ọzọ?</p><a class='btn'>Zitere anyị ozi</a>"
    "</div></section>" + share(IG),
    (
        "Kedu mgbe a na-amalite nnabata?",
        "A na-amalite nnabata n'ọnwa Jenụwarị ma mechie ya na ngwụcha Mach.",
        "Gịnị ka nwata kwesịrị iweta n'ule?",
        "Nwata kwesịrị iweta pensụl abụọ, asambodo ọmụmụ na foto paspọtụ.",
        "Ego ole bụ ụgwọ akwụkwọ?",
        "Ụgwọ akwụkwọ dị iche dabere na klaasị",
    ),
    ("Zitere anyị ozi",),
    template="portal",
    path="nnabata/ajuju",
)

MN = Site(
    lang="mn",
    name="Өглөөний Сонин",
    host="ugluunii.example.mn",
    nav=("Улс төр", "Эдийн засаг", "Нийгэм", "Ярилцлага", "Спорт"),
    cookie="Энэ сайт күүки ашигладаг.",
    share="Хуваалцах",
    newsletter="Өдөр бүрийн тоймыг и-мэйлээр авах.",
    comment="Сэтгэгдэл бичих",
    related_title="Холбоотой мэдээ",
    related=("Малчдын өвөлжилт хүндэрч байна", "Хотын агаарын бохирдол буурав"),
    footer="Мэдээлэл хуулбарлахдаа эх сурвалжийг заавал дурдана уу.",
)


def _ask(question: str, answer: str) -> str:
    return f"<p><strong>{question}</strong></p><p>{answer}</p>"


add(
    "interview_bold_questions",
    MN,
    "Б.Сарангэрэл: Хөдөөгийн сургуульд багш дутагдсаар байна",
    "<article class='news-detail'><h1>Б.Сарангэрэл: Хөдөөгийн сургуульд багш дутагдсаар байна"
    "</h1><div class='news-author'>Ярилцсан Д.Тэмүүлэн</div><div class='news-body'>"
    + paras("Говь-Алтай аймгийн сургуулийн захирал Б.Сарангэрэлтэй ярилцлаа.")
    + _ask(
        "-Танай сургуульд хэдэн багш дутагдаж байна вэ?",
        "-Одоогоор математик, англи хэлний гурван багшийн орон тоо сул байна.",
    )
    + _ask(
        "-Залуу багш нарыг татахын тулд юу хийж байна?",
        "-Орон сууцны хөнгөлөлт үзүүлж, нэг жилийн түрээсийг сургууль хариуцдаг болсон.",
    )
    + "</div><div class='news-tags'><a>боловсрол</a><a>ярилцлага</a></div></article>"
    + share(MN)
    + related(MN)
    + comment_prompt(MN),
    (
        "Говь-Алтай аймгийн сургуулийн захирал Б.Сарангэрэлтэй ярилцлаа.",
        "-Танай сургуульд хэдэн багш дутагдаж байна вэ?",
        "-Одоогоор математик, англи хэлний гурван багшийн орон тоо сул байна.",
        "-Залуу багш нарыг татахын тулд юу хийж байна?",
        "-Орон сууцны хөнгөлөлт үзүүлж",
    ),
    template="app",
)

FO = Site(
    lang="fo",
    name="Bygdarráðið",
    host="bygd.example.fo",
    nav=("Heim", "Fundir", "Tænastur", "Samband"),
    cookie="Heimasíðan nýtir farspor (cookies).",
    share="Deil síðuna",
    newsletter="Tekna teg og fá tíðindi frá bygdarráðnum.",
    comment="Skriva viðmerking",
    related_title="Aðrir fundir",
    related=("Fundur 12. november 2026", "Fundur 15. oktober 2026"),
    footer="Bygdarráðið, Postsmoga 40, Útoyggj.",
)

add(
    "council_minutes",
    FO,
    "Fundarfrágreiðing 3. desember 2026",
    "<div class='minutes'><a class='back-link'>Aftur til fundaryvirlitið</a><a "
    "class='print-link'>Prenta síðuna</a><h1>Fundarfrágreiðing 3. desember 2026</h1>"
    + paras("Til staðar: allir limir. Fundurin byrjaði kl. 19.00.")
    + "<h3>Mál 1/2026: Nýggj gøta við skúlan</h3>"
    + paras("Ráðið samtykti at byrja arbeiðið á vári 2027. Kostnaðurin er mettur til 2,1 mió. kr.")
    + "<h3>Mál 2/2026: Jólaljós á torginum</h3>"
    + paras("Samtykt at keypa nýggj ljós fyri 45.000 kr.")
    + "</div>",
    (
        "Til staðar: allir limir.",
        "Mál 1/2026: Nýggj gøta við skúlan",
        "Ráðið samtykti at byrja arbeiðið á vári 2027.",
        "Mál 2/2026: Jólaljós á torginum",
        "Samtykt at keypa nýggj ljós fyri 45.000 kr.",
    ),
    ("Aftur til fundaryvirlitið", "Prenta síðuna"),
    template="portal",
    path="fundir/2026-12-03",
)
