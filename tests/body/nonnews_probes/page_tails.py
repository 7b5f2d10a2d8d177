"""Round 39: what follows the text on pages that are not news. A press release's closing
blocks (a contact card, attachments to download), a dictionary entry's neighbouring entries,
a Q&A page's other questions, a docs page's previous/next and "edit this page" lines, an
event's similar events, a recipe's reviews, a forum post's signature and quote header, a
product's "also bought" row, a course's other courses; and pages where the same rules could
cut the text (a release that ends on a contact sentence, a glossary that is a list of
entries). Languages and scripts the dev sets lack; measured on main before any fix."""

from __future__ import annotations

from .pages import Probes, page

PROBES = Probes()

# --- Swahili, a company's press release: the text and its "about" paragraph, then a media
# contact card and a list of files to download beside the release, other releases after.
PROBES.add(
    "sw_press_release_contact_card_downloads",
    "https://kampuni.example.co.ke/habari/2026/kiwanda-kipya-cha-maziwa",
    page(
        "sw",
        "Mfano Maziwa yafungua kiwanda kipya Nakuru",
        "<header><a href='/'>Mfano Maziwa</a><nav><a href='/habari'>Habari</a><a href='/sisi'>"
        "Kuhusu sisi</a></nav></header><main class='newsroom'><article class='release'><h1>"
        "Mfano Maziwa yafungua kiwanda kipya Nakuru</h1><p class='date'>12 Mei 2026</p><div "
        "class='release-text'><p><strong>NAKURU, 12 Mei 2026</strong> – Kampuni ya Mfano "
        "Maziwa leo imefungua kiwanda kipya kinachoweza kusindika lita laki mbili za maziwa kwa "
        "siku.</p><p>Kiwanda hicho kitanunua maziwa kutoka kwa vyama thelathini vya ushirika "
        "vya wafugaji katika kaunti tatu jirani.</p><p>“Wafugaji hawatalazimika tena kusafiri "
        "mbali kuuza maziwa yao,” alisema Mkurugenzi Mtendaji Bi. Halima Njoroge.</p><h3>Kuhusu "
        "Mfano Maziwa</h3><p>Mfano Maziwa ilianzishwa mwaka 2004 na inaajiri watu mia nane "
        "katika viwanda vinne.</p></div></article><aside class='release-aside'><div "
        "class='media-contact'><h4>Mawasiliano ya vyombo vya habari</h4><p>Juma Otieno</p><p>"
        "Simu: +254 700 000 000</p><p><a href='mailto:habari@kampuni.example.co.ke'>"
        "habari@kampuni.example.co.ke</a></p></div><div class='downloads'><h4>Pakua</h4><ul>"
        "<li><a href='/f/kiwanda.jpg'>Picha ya kiwanda (JPG, 2.4 MB)</a></li><li><a "
        "href='/f/taarifa.pdf'>Taarifa kamili (PDF, 310 KB)</a></li></ul></div></aside><section "
        "class='more-releases'><h2>Habari nyingine</h2><ul><li><a href='/habari/1'>Mfano "
        "Maziwa yazindua maziwa ya unga</a></li><li><a href='/habari/2'>Matokeo ya mwaka "
        "2025</a></li></ul></section></main><footer><p>© 2026 Mfano Maziwa</p></footer>",
    ),
    (
        "imefungua kiwanda kipya kinachoweza kusindika",
        "vyama thelathini vya ushirika",
        "hawatalazimika tena kusafiri",
        "ilianzishwa mwaka 2004",
    ),
    (
        "Simu: +254 700 000 000",
        "Picha ya kiwanda (JPG, 2.4 MB)",
        "Taarifa kamili (PDF, 310 KB)",
        "yazindua maziwa ya unga",
    ),
)

# --- Ukrainian, a newswire's release page: the text and the company's paragraph, then
# attachments with their sizes, a contact line for the media and tags, all after the text in
# the same article. The attachments are left neutral: a list of documents closing a text is
# the text's by the fixture body_attachment_list (a notice's "Documentos").
PROBES.add(
    "uk_newswire_release_attachments",
    "https://novyny.example.ua/reliz/2026/05/solar-park-poltava",
    page(
        "uk",
        "Приклад Енерго запускає сонячний парк під Полтавою",
        "<div class='wrap'><div class='content'><article class='release'><h1>Приклад Енерго "
        "запускає сонячний парк під Полтавою</h1><div class='meta'>20 травня 2026, 10:00</div>"
        "<div class='text'><p>Компанія «Приклад Енерго» ввела в роботу сонячний парк потужністю "
        "сорок мегават на колишніх колгоспних полях під Полтавою.</p><p>Парк вироблятиме "
        "досить електроенергії для тридцяти тисяч домогосподарств.</p><p>Будівництво тривало "
        "чотирнадцять місяців і обійшлося у тридцять два мільйони євро.</p><p><strong>Про "
        "компанію.</strong> «Приклад Енерго» працює на ринку з 2011 року та має шість "
        "електростанцій у чотирьох областях.</p></div><div class='attachments'><h3>Вкладення"
        "</h3><ul><li><a href='/f/1.jpg'>solar-park-1.jpg</a> <span>(1,8 МБ)</span></li><li><a "
        "href='/f/2.pdf'>Презентація парку.pdf</a> <span>(640 КБ)</span></li></ul></div><div "
        "class='release-contact'><h3>Контакти для ЗМІ</h3><p>Олена Гнатюк, прес-служба, тел. "
        "+380 44 000 00 00</p></div><div class='tags'><a href='/t/energy'>енергетика</a> <a "
        "href='/t/poltava'>Полтава</a></div></article></div><aside class='sidebar'><h3>Останні "
        "релізи</h3><ul><li><a href='/r/1'>Банк «Зразок» відкриває відділення у Вінниці</a>"
        "</li></ul></aside></div>",
    ),
    (
        "ввела в роботу сонячний парк потужністю",
        "для тридцяти тисяч домогосподарств",
        "обійшлося у тридцять два мільйони євро",
        "працює на ринку з 2011 року",
    ),
    ("відкриває відділення у Вінниці",),
)

# --- Indonesian, recall: a press release whose own last paragraph asks the press to call,
# written as a sentence; share buttons after it.
PROBES.add(
    "id_press_release_ends_with_contact_prose",
    "https://contoh.example.co.id/siaran-pers/gudang-baru-makassar",
    page(
        "id",
        "PT Contoh Logistik membuka gudang baru di Makassar",
        "<div class='container'><main><article><h1>PT Contoh Logistik membuka gudang baru di "
        "Makassar</h1><div class='post-content'><p>MAKASSAR – PT Contoh Logistik meresmikan "
        "gudang berpendingin seluas delapan ribu meter persegi di kawasan industri Makassar "
        "pada Senin.</p><p>Gudang ini akan melayani pengiriman ikan dan sayur ke seluruh "
        "Sulawesi dan mempekerjakan seratus lima puluh orang.</p><p>Untuk informasi lebih "
        "lanjut, wartawan dapat menghubungi Rina Wulandari dari bagian hubungan masyarakat "
        "melalui telepon 021 000 0000 atau surel humas@contoh.example.co.id.</p></div><div "
        "class='share'><span>Bagikan:</span><a href='#'>Facebook</a><a href='#'>WhatsApp</a>"
        "</div></article></main></div>",
    ),
    (
        "meresmikan gudang berpendingin seluas delapan ribu",
        "mempekerjakan seratus lima puluh orang",
    ),
    # Wave 60: the release's closing contact sentence tells reporters whom to call, not
    # what happened: furniture, as a contact block is (it was a must-line in round 39).
    ("Bagikan:", "wartawan dapat menghubungi Rina Wulandari"),
)

# --- Hindi, a dictionary entry: the headword, its senses and examples, then the entries
# next to it in the alphabet and the words searched lately, each a link with a gloss.
PROBES.add(
    "hi_dictionary_entry_nearby_words",
    "https://shabdkosh.example.in/shabd/bagicha",
    page(
        "hi",
        "बगीचा का अर्थ",
        "<div class='page'><header><a href='/'>उदाहरण शब्दकोश</a><form><input name='q'>"
        "<button>खोजें</button></form></header><main><div class='entry'><h1>बगीचा</h1><p "
        "class='pos'>संज्ञा, पुल्लिंग</p><ol class='senses'><li>वह जगह जहाँ फल, फूल और पेड़ "
        "लगाए जाते हैं।<p class='example'>दादी रोज़ सुबह बगीचे में पानी देती हैं।</p></li><li>"
        "किसी घर के आगे या पीछे की खुली ज़मीन जिसमें पौधे हों।<p class='example'>बच्चे बगीचे "
        "में गेंद खेल रहे थे।</p></li></ol><p class='synonyms'>पर्यायवाची: उद्यान, बाग़, "
        "वाटिका</p></div><div class='nearby'><h2>आस-पास के शब्द</h2><ul><li><a "
        "href='/shabd/bagal'>बगल</a> – शरीर का कंधे के नीचे का भाग</li><li><a "
        "href='/shabd/bagula'>बगुला</a> – लंबी टाँगों वाला सफ़ेद पक्षी</li><li><a "
        "href='/shabd/baghi'>बग्घी</a> – घोड़े से खींची जाने वाली गाड़ी</li></ul></div><div "
        "class='recent'><h2>हाल में खोजे गए</h2><a href='/shabd/1'>सरोवर</a> <a "
        "href='/shabd/2'>कुटिया</a></div></main></div>",
    ),
    (
        "फल, फूल और पेड़ लगाए जाते हैं",
        "दादी रोज़ सुबह बगीचे में पानी देती हैं।",
        "बच्चे बगीचे में गेंद खेल रहे थे।",
    ),
    ("लंबी टाँगों वाला सफ़ेद पक्षी", "घोड़े से खींची जाने वाली गाड़ी", "आस-पास के शब्द"),
)

# --- Sinhala, a dictionary entry whose neighbouring entries follow as a table of words and
# short meanings, no link but the word's.
PROBES.add(
    "si_dictionary_entry_neighbour_table",
    "https://shabdakosha.example.lk/word/gaha",
    page(
        "si",
        "ගහ - අර්ථය",
        "<div id='wrapper'><div id='main'><h1>ගහ</h1><div class='definition'><p><b>නාම පදය"
        "</b></p><p>කඳක්, අතු සහ කොළ ඇති විශාල ශාකයක්; ගස.</p><p>උදාහරණය: ගෙදර ඉස්සරහ ගහේ "
        "අඹ ගෙඩි හැදිලා.</p><p>බහු වචනය: ගස්</p></div><div class='neighbours'><h3>ඉදිරි සහ "
        "පසු වචන</h3><table><tr><td><a href='/word/gamana'>ගමන</a></td><td>එක් තැනක සිට තවත් "
        "තැනකට යාම</td></tr><tr><td><a href='/word/gala'>ගල</a></td><td>පොළොවේ ඇති තද ඛනිජ "
        "කැබැල්ල</td></tr></table></div></div></div>",
    ),
    ("කඳක්, අතු සහ කොළ ඇති විශාල ශාකයක්", "ගෙදර ඉස්සරහ ගහේ අඹ ගෙඩි හැදිලා."),
    ("එක් තැනක සිට තවත් තැනකට යාම", "පොළොවේ ඇති තද ඛනිජ කැබැල්ල"),
)

# --- Georgian, recall: a glossary page that is a list of entries, each term linking to its
# own anchor, each definition a line; links to the other letters over and under it.
PROBES.add(
    "ka_glossary_list_of_linked_terms",
    "https://leksikoni.example.ge/terminebi/b",
    page(
        "ka",
        "ბიბლიოთეკის ტერმინები: ბ",
        "<div class='page'><main><h1>ბიბლიოთეკის ტერმინები: ბ</h1><p class='letters'><a "
        "href='/terminebi/a'>ა</a> <a href='/terminebi/b'>ბ</a> <a href='/terminebi/g'>გ</a>"
        "</p><div class='terms'><div class='term'><h3><a href='#bibliografia' "
        "id='bibliografia'>ბიბლიოგრაფია</a></h3><p>წიგნებისა და სტატიების სია, რომლებიც "
        "ავტორმა გამოიყენა ნაშრომის წერისას.</p></div><div class='term'><h3><a "
        "href='#barati' id='barati'>ბარათი</a></h3><p>მკითხველის დოკუმენტი, რომლითაც "
        "ბიბლიოთეკიდან წიგნის გატანა შეიძლება.</p></div><div class='term'><h3><a "
        "href='#bloki' id='bloki'>ბლოკი</a></h3><p>ერთად აკინძული ფურცლები ყდის "
        "გარეშე.</p></div></div><p class='letters'><a href='/terminebi/a'>← ა</a> <a "
        "href='/terminebi/g'>გ →</a></p></main></div>",
    ),
    (
        "წიგნებისა და სტატიების სია",
        "ბიბლიოთეკიდან წიგნის გატანა შეიძლება",
        "ერთად აკინძული ფურცლები ყდის",
    ),
    ("← ა",),
)

# --- Hebrew, a Q&A page (an ask-the-expert site): the question and its answer, then more
# questions on the subject, each with the start of its answer.
PROBES.add(
    "he_ask_expert_more_questions",
    "https://sheelot.example.co.il/q/48213",
    page(
        "he",
        "האם מותר להשקות עציצים במים אפורים?",
        "<div class='site'><main><div class='question'><h1>האם מותר להשקות עציצים במים "
        "אפורים?</h1><p>אני רוצה להשתמש במי המקלחת כדי להשקות את העציצים במרפסת. האם זה מזיק "
        "לצמחים?</p></div><div class='answer'><h2>תשובה</h2><p>מי מקלחת ללא חומרי ניקוי חזקים "
        "מתאימים לרוב הצמחים, בתנאי שמשתמשים בהם בתוך יום.</p><p>כדאי להימנע מהשקיית צמחי "
        "תבלין ועלים שנאכלים טריים.</p><p class='signed'>ענה: אבי כהן, אגרונום</p></div><div "
        "class='more-questions'><h3>שאלות נוספות בנושא</h3><div class='q-item'><a "
        "href='/q/1'>כמה פעמים בשבוע להשקות קקטוס?</a><p>בקיץ מספיקה השקיה אחת בשבועיים…</p>"
        "</div><div class='q-item'><a href='/q/2'>למה העלים של הלימון מצהיבים?</a><p>לרוב "
        "מדובר בחוסר ברזל או בהשקיית יתר…</p></div></div></main></div>",
        dir_="rtl",
    ),
    (
        "להשתמש במי המקלחת כדי להשקות",
        "מתאימים לרוב הצמחים, בתנאי שמשתמשים בהם בתוך יום",
        "כדאי להימנע מהשקיית צמחי תבלין",
    ),
    ("כמה פעמים בשבוע להשקות קקטוס", "לרוב מדובר בחוסר ברזל", "בקיץ מספיקה השקיה"),
)

# --- Amharic, a health Q&A: the question and the doctor's answer, then related questions
# with their answers in full, under a heading, in plain <div>s.
PROBES.add(
    "am_health_qa_related_pairs",
    "https://tena.example.et/tiyake/8841",
    page(
        "am",
        "ልጄ ትኩሳት ሲይዘው ምን ላድርግ?",
        "<div class='wrap'><div class='main'><h1>ልጄ ትኩሳት ሲይዘው ምን ላድርግ?</h1><div "
        "class='q-text'><p>የሦስት ዓመት ልጄ ማታ ማታ ትኩሳት ይይዘዋል፤ ወደ ሆስፒታል መቼ መውሰድ "
        "አለብኝ?</p></div><div class='a-text'><p>ትኩሳቱ ከሦስት ቀን በላይ ከቆየ ወይም ልጁ ውሃ "
        "መጠጣት ካቃተው ወዲያውኑ ሐኪም ማየት አለበት።</p><p>እስከዚያው ቀላል ልብስ አልብሰው ብዙ "
        "ፈሳሽ ይስጡት።</p></div><div class='related'><h3>ተዛማጅ ጥያቄዎች</h3><div "
        "class='rel-item'><h4><a href='/tiyake/1'>ሕፃናት ጥርስ ሲያወጡ ትኩሳት ይይዛቸዋል?</a></h4>"
        "<div>አንዳንድ ሕፃናት ትንሽ የሙቀት መጨመር ያሳያሉ።</div></div><div class='rel-item'><h4><a "
        "href='/tiyake/2'>ለልጆች የትኛው የትኩሳት መድኃኒት ይሻላል?</a></h4><div>የሐኪም ምክር "
        "ሳያገኙ መድኃኒት አይስጡ።</div></div></div></div></div>",
    ),
    ("ወደ ሆስፒታል መቼ መውሰድ", "ወዲያውኑ ሐኪም ማየት አለበት", "ብዙ ፈሳሽ ይስጡት"),
    ("ሕፃናት ጥርስ ሲያወጡ", "ትንሽ የሙቀት መጨመር ያሳያሉ", "የሐኪም ምክር ሳያገኙ"),
)

# --- Tamil, a documentation page (Docusaurus-like): the text, then "edit this page", the
# last update line and the previous/next pagination.
PROBES.add(
    "ta_docs_edit_and_pagination",
    "https://docs.example.in/ta/docs/kattamaippu",
    page(
        "ta",
        "கட்டமைப்பு | உதாரணம் ஆவணங்கள்",
        "<div class='main-wrapper'><aside class='theme-doc-sidebar-container'><nav><a "
        "href='/ta/docs/niruvudhal'>நிறுவுதல்</a><a href='/ta/docs/kattamaippu'>கட்டமைப்பு</a>"
        "</nav></aside><main class='docMainContainer'><article><div class='theme-doc-markdown "
        "markdown'><h1>கட்டமைப்பு</h1><p>அமைப்புக் கோப்பு திட்டத்தின் மூல அடைவில் "
        'இருக்க வேண்டும்.</p><pre><code>port = 8080\nlog = "info"</code></pre><p>மாற்றங்களைச் '
        "சேமித்த பின் சேவையை மறுதொடக்கம் செய்யுங்கள்.</p></div><footer class='theme-doc-footer "
        "docusaurus-mt-lg'><div class='theme-doc-footer-edit-meta-row'><a "
        "href='https://git.example.in/edit/docs/kattamaippu.md' class='theme-edit-this-page'>"
        "இந்தப் பக்கத்தைத் திருத்து</a><span class='theme-last-updated'>கடைசியாகப் "
        "புதுப்பிக்கப்பட்டது: 3 மே 2026</span></div></footer></article><nav "
        "class='pagination-nav'><a class='pagination-nav__link--prev' "
        "href='/ta/docs/niruvudhal'><div>முந்தையது</div><div>நிறுவுதல்</div></a><a "
        "class='pagination-nav__link--next' href='/ta/docs/payanpadu'><div>அடுத்தது</div><div>"
        "பயன்பாடு</div></a></nav></main></div>",
    ),
    (
        "திட்டத்தின் மூல அடைவில் இருக்க வேண்டும்",
        'log = "info"',
        "சேவையை மறுதொடக்கம் செய்யுங்கள்",
    ),
    ("இந்தப் பக்கத்தைத் திருத்து", "கடைசியாகப் புதுப்பிக்கப்பட்டது", "முந்தையது"),
)

# --- Turkish, a documentation page in plain markup: previous/next as two links in a
# neutral <div> after the text, an edit link and a "was this page useful" line.
PROBES.add(
    "tr_docs_plain_prev_next_feedback",
    "https://belgeler.example.com.tr/kilavuz/yedekleme.html",
    page(
        "tr",
        "Yedekleme — Örnek Kılavuz",
        "<div class='body-wrap'><div class='toc'><a href='kurulum.html'>Kurulum</a><a "
        "href='yedekleme.html'>Yedekleme</a></div><div class='doc'><h1>Yedekleme</h1><p>Veri "
        "klasörünün yedeği, hizmet çalışırken de alınabilir.</p><p>Yedek dosyasını başka bir "
        "diske kopyalamayı unutmayın; aynı diskteki yedek disk bozulunca işe yaramaz.</p><ol><li>"
        "Yönetim panelinde Ayarlar sayfasını açın.</li><li>Yedek al düğmesine basın ve dosyanın "
        "inmesini bekleyin.</li></ol><div class='links'><a href='kurulum.html'>← Önceki: "
        "Kurulum</a> <a href='geri-yukleme.html'>Sonraki: Geri yükleme →</a></div><p "
        "class='edit'><a href='https://git.example.com.tr/edit/yedekleme.md'>Bu sayfayı "
        "düzenleyin</a></p><div class='feedback'>Bu sayfa işinize yaradı mı? <button>Evet"
        "</button> <button>Hayır</button></div></div></div>",
    ),
    (
        "hizmet çalışırken de alınabilir",
        "aynı diskteki yedek disk bozulunca işe yaramaz",
        "Yedek al düğmesine basın",
    ),
    ("Önceki: Kurulum", "Sonraki: Geri yükleme", "Bu sayfayı düzenleyin", "işinize yaradı mı"),
)

# --- Thai, an event page: the date, place and description, then cards of similar events
# each with its date, name and venue.
PROBES.add(
    "th_event_similar_events_cards",
    "https://event.example.co.th/e/tea-workshop-chiangmai",
    page(
        "th",
        "เวิร์กช็อปชงชาดอยแม่สลอง",
        "<div class='page'><main><div class='event-detail'><h1>เวิร์กช็อปชงชาดอยแม่สลอง</h1>"
        "<ul class='event-facts'><li>วันเสาร์ที่ 6 มิถุนายน 2569, 13:00–16:00</li><li>"
        "บ้านชาตัวอย่าง เชียงใหม่</li></ul><div class='event-description'><p>ผู้เข้าร่วมจะได้"
        "ชิมชาอูหลงสามชนิดและฝึกชงชาด้วยกาดินเผาแบบดั้งเดิม</p><p>รับจำนวนจำกัดสิบสองคน "
        "ค่าเข้าร่วมรวมชาและขนมแล้ว</p></div><a class='btn' href='/buy'>ซื้อบัตร</a></div>"
        "<section class='similar'><h2>กิจกรรมที่คล้ายกัน</h2><div class='card'><span>13 มิ.ย."
        "</span><a href='/e/1'>คลาสทำขนมไทยโบราณ</a><span>ลำปาง</span></div><div "
        "class='card'><span>20 มิ.ย.</span><a href='/e/2'>เดินป่าดูนกดอยอินทนนท์</a><span>"
        "เชียงใหม่</span></div></section></main></div>",
    ),
    ("ชิมชาอูหลงสามชนิด", "รับจำนวนจำกัดสิบสองคน"),
    ("คลาสทำขนมไทยโบราณ", "เดินป่าดูนกดอยอินทนนท์", "ซื้อบัตร"),
)

# --- Persian, a recipe (RTL): the ingredients and steps, then readers' reviews with their
# stars and dates in a section named as reviews.
PROBES.add(
    "fa_recipe_reader_reviews",
    "https://ashpazi.example.ir/recipe/kuku-sabzi",
    page(
        "fa",
        "کوکو سبزی",
        "<div class='site'><main><article class='recipe'><h1>کوکو سبزی</h1><p>کوکو سبزی "
        "غذای ساده‌ای است که با سبزی تازه و تخم‌مرغ در یک ساعت آماده می‌شود.</p><h2>مواد لازم"
        "</h2><ul><li>سبزی کوکو خردشده، پانصد گرم</li><li>تخم‌مرغ، پنج عدد</li><li>گردو، "
        "نصف پیمانه</li></ul><h2>طرز تهیه</h2><ol><li>سبزی را با تخم‌مرغ و نمک و زردچوبه "
        "مخلوط کنید.</li><li>مایه را در تابه‌ی داغ بریزید و درِ آن را بگذارید تا با شعله‌ی "
        "کم بپزد.</li></ol></article><section class='reviews'><h2>نظرات کاربران (۲)</h2><div "
        "class='review'><span class='stars'>★★★★★</span><b>مریم</b><span>۳ روز پیش</span><p>"
        "من زرشک هم اضافه کردم، خیلی خوشمزه شد.</p></div><div class='review'><span "
        "class='stars'>★★★★☆</span><b>رضا</b><span>۱ هفته پیش</span><p>کمی زیادی روغن جذب "
        "کرد.</p></div></section></main></div>",
        dir_="rtl",
    ),
    ("با سبزی تازه و تخم‌مرغ در یک ساعت", "تخم‌مرغ، پنج عدد", "با شعله‌ی کم بپزد"),
    ("من زرشک هم اضافه کردم", "کمی زیادی روغن جذب", "نظرات کاربران"),
)

# --- Vietnamese, a forum thread (XenForo-like): a post and a reply quoting it, the quote's
# header and "click to expand", each member's signature under the post.
PROBES.add(
    "vi_forum_thread_signature_quote",
    "https://forum.example.vn/threads/xe-de-khong-no-buoi-sang.5521/",
    page(
        "vi",
        "Xe đề không nổ vào buổi sáng",
        "<div class='p-body'><h1 class='p-title'>Xe đề không nổ vào buổi sáng</h1><article "
        "class='message'><div class='message-user'>hoangnam</div><div class='message-content'>"
        "<div class='bbWrapper'>Sáng nào xe mình cũng phải đề ba bốn lần mới nổ, chạy một lúc "
        "thì lại bình thường.</div><aside class='message-signature'><div class='bbWrapper'>Xe: "
        "Wave đời 2015 | Hà Nội</div></aside></div></article><article class='message'><div "
        "class='message-user'>thochinh</div><div class='message-content'><div "
        "class='bbWrapper'><blockquote class='bbCodeBlock bbCodeBlock--quote'><div "
        "class='bbCodeBlock-title'>hoangnam đã nói:</div><div class='bbCodeBlock-content'><div "
        "class='bbCodeBlock-expandContent'>chạy một lúc thì lại bình thường</div><div "
        "class='bbCodeBlock-expandLink'><a>Bấm để xem đầy đủ...</a></div></div></blockquote>"
        "Bạn kiểm tra bugi trước, bugi mòn thì sáng trời lạnh rất khó nổ.</div><aside "
        "class='message-signature'><div class='bbWrapper'>Sửa xe lưu động quận Cầu Giấy, gọi là "
        "có</div></aside></div></article></div>",
    ),
    ("phải đề ba bốn lần mới nổ", "bugi mòn thì sáng trời lạnh rất khó nổ"),
    ("Wave đời 2015", "Sửa xe lưu động quận Cầu Giấy", "Bấm để xem đầy đủ"),
)

# --- Ukrainian, a product page: the description and a spec table, then a row of products
# customers also bought, each a name and a price in a neutral box.
PROBES.add(
    "uk_product_specs_also_bought",
    "https://magazyn.example.ua/p/chainyk-keramichnyi",
    page(
        "uk",
        "Чайник керамічний «Ранок» 1,2 л",
        "<div class='container'><div class='product'><h1>Чайник керамічний «Ранок» 1,2 л</h1>"
        "<div class='price'>649 грн</div><button>Купити</button><div class='descr'><p>Чайник "
        "ручної роботи з глини, вкритий прозорою поливою, тримає тепло довше за скляний.</p>"
        "<p>Підходить для заварювання чорного та трав'яного чаю.</p></div><table "
        "class='specs'><tr><td>Об'єм</td><td>1,2 л</td></tr><tr><td>Матеріал</td><td>Кераміка"
        "</td></tr><tr><td>Виробник</td><td>Майстерня «Глечик», Опішня</td></tr></table></div>"
        "<div class='also'><h3>Разом із цим купують</h3><div class='card'><a href='/p/2'>"
        "Чашки керамічні, набір з двох</a><span>389 грн</span></div><div class='card'><a "
        "href='/p/3'>Ситечко для чаю з бамбука</a><span>99 грн</span></div></div></div>",
    ),
    ("Чайник ручної роботи з глини", "заварювання чорного та трав'яного чаю"),
    ("Чашки керамічні, набір з двох", "Ситечко для чаю з бамбука", "Разом із цим купують"),
)

# --- Bengali, a course page in a catalogue: the description and the syllabus, then other
# courses of the catalogue as cards with their length and fee.
PROBES.add(
    "bn_course_page_other_courses",
    "https://shikkha.example.com.bd/courses/basic-photography",
    page(
        "bn",
        "মৌলিক ফটোগ্রাফি কোর্স",
        "<div class='site'><main><section class='course'><h1>মৌলিক ফটোগ্রাফি কোর্স</h1>"
        "<p>এই কোর্সে ক্যামেরার অ্যাপারচার, শাটার স্পিড ও আইএসও হাতে-কলমে শেখানো হবে।</p>"
        "<h2>পাঠ্যসূচি</h2><ul><li>আলো ও এক্সপোজার</li><li>ছবির গঠন ও ফ্রেমিং</li><li>"
        "মোবাইলে ছবি সম্পাদনা</li></ul><p>কোর্স শেষে প্রত্যেক শিক্ষার্থী একটি ছোট প্রদর্শনীর "
        "জন্য পাঁচটি ছবি জমা দেবেন।</p></section><section class='other-courses'><h2>অন্যান্য "
        "কোর্স</h2><div class='course-card'><a href='/courses/video'>ভিডিও সম্পাদনার "
        "প্রাথমিক পাঠ</a><p>৬ সপ্তাহ · ৩,৫০০ টাকা</p></div><div class='course-card'><a "
        "href='/courses/design'>গ্রাফিক ডিজাইন শুরু</a><p>৮ সপ্তাহ · ৪,০০০ টাকা</p></div>"
        "</section></main></div>",
    ),
    ("শাটার স্পিড ও আইএসও হাতে-কলমে", "আলো ও এক্সপোজার", "পাঁচটি ছবি জমা দেবেন"),
    ("ভিডিও সম্পাদনার প্রাথমিক পাঠ", "গ্রাফিক ডিজাইন শুরু", "৩,৫০০ টাকা"),
)

# --- Greek, a press release on a ministry-like portal whose closing block is a list of
# attachments with their types and sizes, in the release's own container: the list is left
# neutral (kept as the text's, as the fixture body_attachment_list keeps a notice's); the
# probe holds the text whole before it.
PROBES.add(
    "el_press_release_attachment_list",
    "https://dimos.example.gr/deltia-typou/nea-vivliothiki",
    page(
        "el",
        "Ανοίγει η νέα δημοτική βιβλιοθήκη",
        "<div id='main'><div class='item-page'><h1>Ανοίγει η νέα δημοτική βιβλιοθήκη</h1><div "
        "class='item-body'><p>Η νέα δημοτική βιβλιοθήκη ανοίγει τη Δευτέρα στο ανακαινισμένο "
        "κτίριο του παλιού σταθμού.</p><p>Θα λειτουργεί καθημερινά από τις εννέα το πρωί έως "
        "τις εννέα το βράδυ, με αίθουσα μελέτης εξήντα θέσεων.</p><p>Η εγγραφή μελών είναι "
        "δωρεάν για όλους τους κατοίκους.</p><div class='attachments'><p><strong>Συνημμένα:"
        "</strong></p><ul><li><a href='/f/1.pdf'>Ωράριο λειτουργίας</a> (PDF, 120 KB)</li><li>"
        "<a href='/f/2.pdf'>Αίτηση εγγραφής μέλους</a> (PDF, 85 KB)</li></ul></div></div></div>"
        "</div>",
    ),
    (
        "στο ανακαινισμένο κτίριο του παλιού σταθμού",
        "με αίθουσα μελέτης εξήντα θέσεων",
        "είναι δωρεάν για όλους τους κατοίκους",
    ),
    (),
)

# --- Tamil, recall: a glossary's letter page, one line of introduction, then the terms as
# a list, each linking its own page beside this one with its definition: the list is the text.
PROBES.add(
    "ta_glossary_letter_page_linked_terms",
    "https://kalaichol.example.in/sorkalanjiyam/ka",
    page(
        "ta",
        "சொற்களஞ்சியம்: க",
        "<div class='page'><main><h1>சொற்களஞ்சியம்: க</h1><p>க என்ற எழுத்தில் தொடங்கும் "
        "சொற்கள்.</p><h2>க</h2><ul><li><a href='/sorkalanjiyam/kadan'>கடன்</a> – திருப்பித் "
        "தருவதாகச் சொல்லி வாங்கிய பணம் அல்லது பொருள்.</li><li><a "
        "href='/sorkalanjiyam/kanakku'>கணக்கு</a> – வரவு செலவுகளை எழுதி வைக்கும் பதிவேடு."
        "</li><li><a href='/sorkalanjiyam/kattanam'>கட்டணம்</a> – ஒரு சேவைக்காகச் "
        "செலுத்தப்படும் தொகை.</li><li><a href='/sorkalanjiyam/kaiyirupu'>கையிருப்பு</a> – "
        "உடனே பயன்படுத்தக்கூடிய பணம் அல்லது சரக்கு.</li></ul></main></div>",
    ),
    (
        "திருப்பித் தருவதாகச் சொல்லி வாங்கிய பணம்",
        "வரவு செலவுகளை எழுதி வைக்கும் பதிவேடு",
        "ஒரு சேவைக்காகச் செலுத்தப்படும் தொகை",
        "உடனே பயன்படுத்தக்கூடிய பணம் அல்லது சரக்கு",
    ),
    (),
)

# --- Georgian, a dictionary entry whose neighbouring words follow in a box of a neutral
# name, each a link and a gloss.
PROBES.add(
    "ka_dictionary_entry_neutral_neighbours",
    "https://sitkva.example.ge/sitkva/khe",
    page(
        "ka",
        "ხე — განმარტება",
        "<div class='wrap'><div class='col-main'><h1>ხე</h1><div class='box1'><p><i>არსებითი "
        "სახელი</i></p><p>მრავალწლიანი მცენარე მაგარი ღეროთი და ტოტებით.</p><p>მაგალითი: "
        "ეზოში ბებიამ ბალის ხე დარგო.</p></div><div class='box2'><h3>მეზობელი სიტყვები</h3>"
        "<ul><li><a href='/sitkva/khevi'>ხევი</a> — ვიწრო ხეობა მთებს შორის</li><li><a "
        "href='/sitkva/kheli'>ხელი</a> — სხეულის ნაწილი მხრიდან თითებამდე</li><li><a "
        "href='/sitkva/khidi'>ხიდი</a> — ნაგებობა მდინარეზე გადასასვლელად</li></ul></div>"
        "</div></div>",
    ),
    ("მრავალწლიანი მცენარე მაგარი ღეროთი", "ეზოში ბებიამ ბალის ხე დარგო."),
    ("ვიწრო ხეობა მთებს შორის", "ნაგებობა მდინარეზე გადასასვლელად", "მეზობელი სიტყვები"),
)

# --- Thai, a Q&A page: the question and the answer, then other questions as cards of a
# neutral name, each a linked title over the opening of its answer cut short.
PROBES.add(
    "th_qa_other_questions_excerpt_cards",
    "https://thamtob.example.co.th/q/77120",
    page(
        "th",
        "ควรรดน้ำต้นมะนาวในกระถางวันละกี่ครั้ง",
        "<div class='wrap'><div class='main'><h1>ควรรดน้ำต้นมะนาวในกระถางวันละกี่ครั้ง</h1>"
        "<div class='q-body'><p>ปลูกมะนาวในกระถางไว้ที่ระเบียง ใบเริ่มเหลือง ไม่แน่ใจว่ารดน้ำ"
        "มากไปหรือน้อยไป</p></div><div class='a-body'><p>ในหน้าร้อนควรรดน้ำวันละครั้งตอนเช้า "
        "และให้ดินแห้งบางส่วนก่อนรดครั้งต่อไป</p><p>ถ้าใบเหลืองทั้งต้น ให้ลองใส่ปุ๋ยที่มีธาตุ"
        "เหล็กเสริม</p></div><div class='blk'><h3>คำถามอื่น ๆ</h3><div class='blk-i'><a "
        "href='/q/1'>ทำไมมะนาวออกดอกแต่ไม่ติดผล</a><p>ส่วนใหญ่เกิดจากขาดแมลงช่วยผสมเกสร…</p>"
        "</div><div class='blk-i'><a href='/q/2'>ย้ายกระถางมะนาวช่วงไหนดี</a><p>ควรย้ายช่วง"
        "ต้นฝนเพราะอากาศไม่ร้อนจัด…</p></div></div></div></div>",
    ),
    ("ใบเริ่มเหลือง ไม่แน่ใจว่ารดน้ำ", "ควรรดน้ำวันละครั้งตอนเช้า", "ใส่ปุ๋ยที่มีธาตุ"),
    ("ขาดแมลงช่วยผสมเกสร", "ควรย้ายช่วงต้นฝน", "ทำไมมะนาวออกดอกแต่ไม่ติดผล"),
)

# --- Hebrew, a shop's product page (RTL): a short description and a spec list, then
# buyers' reviews, each a name in bold (no capitals in Hebrew), stars and a line.
PROBES.add(
    "he_product_buyer_reviews_caseless_names",
    "https://hanut.example.co.il/p/kumkum-karamika",
    page(
        "he",
        "קומקום קרמיקה לתה",
        "<div class='site'><main><div class='product'><h1>קומקום קרמיקה לתה</h1><div "
        "class='price'>₪189</div><div class='desc'><p>קומקום קרמיקה בעבודת יד, שומר על חום "
        "התה זמן רב.</p><ul><li>נפח: ליטר אחד</li><li>מתאים למדיח כלים</li></ul></div></div>"
        "<div class='review-list'><h2>ביקורות קונים</h2><div class='review'><b>נועה</b><span "
        "class='stars'>★★★★★</span><p>יפה מאוד ונוח למזיגה, קניתי עוד אחד במתנה.</p></div><div "
        "class='review'><b>יוסי</b><span class='stars'>★★★☆☆</span><p>המכסה קצת רופף אבל "
        "התה נשאר חם.</p></div></div></main></div>",
        dir_="rtl",
    ),
    ("שומר על חום התה זמן רב", "מתאים למדיח כלים"),
    ("קניתי עוד אחד במתנה", "המכסה קצת רופף"),
)

# --- Ukrainian, a dictionaries portal's entry: the entry's text, then the word in other
# dictionaries, each item the linked word, the start of that entry cut short and the
# dictionary's name after the dots; one item holds no more than its word and the name.
PROBES.add(
    "uk_dictionary_portal_other_dictionaries",
    "https://slovnyky.example.ua/tlum/48120/zhuravel",
    page(
        "uk",
        "журавель — тлумачення",
        "<div id='content'><h1>журавель</h1><dl><dd>Великий перелітний птах із довгими ногами "
        "й шиєю, що гніздиться на болотах.</dd><dd>Дерев'яна жердина над криницею, якою "
        "витягують відро з водою.</dd><dd>Приклад: На краю села ще стоїть старий журавель над "
        "криницею.</dd></dl><p class='src'>Тлумачний словник-приклад, 2019.</p><h3>Дивіться в "
        "інших словниках:</h3><ul class='other-dicts'><li><p><strong><a "
        "href='//etym.slovnyky.example.ua/31/zhuravel'>журавель</a></strong> — давнє слово, "
        "споріднене з назвами цього птаха в інших слов'янських мовах, де… … <span>Етимологічний "
        "словник</span></p></li><li><p><strong><a href='//syn.slovnyky.example.ua/7/zhuravel'>"
        "журавель</a></strong> — птах, лелека (розм.), криничний журавель, очеп … <span>Словник "
        "синонімів</span></p></li><li><p><strong><a href='//enc.slovnyky.example.ua/9/kernychnyi'>"
        "Криничний журавель</a></strong> — &#160; … <span>Енциклопедія</span></p></li><li><p>"
        "<strong><a href='//enc.slovnyky.example.ua/12/siryi'>Журавель сірий</a></strong> — вид "
        "птахів родини журавлевих, поширений у лісовій зоні Європи та Азії, зимує… … <span>"
        "Енциклопедія</span></p></li></ul></div>",
    ),
    (
        "Великий перелітний птах із довгими ногами",
        "якою витягують відро з водою",
        "ще стоїть старий журавель над криницею",
    ),
    ("споріднене з назвами цього птаха", "криничний журавель, очеп", "поширений у лісовій зоні"),
)

# --- Greek, a SPIP blog's entry declaring itself an article: the text, the comment form,
# then a heading with the count and the forum's messages, each with its permalink anchor,
# the poster in bold and its date in words with SPIP's time ("@11h13").
PROBES.add(
    "el_spip_form_then_forum",
    "https://blogs.paradeigma-periodiko.gr/tetradio/to-palio-limani",
    page(
        "el",
        "Το παλιό λιμάνι",
        "<div id='page'><div id='principal'><h1 class='titre'>Το παλιό λιμάνι</h1><div "
        "class='texte'><p>Το παλιό λιμάνι της πόλης δέχεται πλέον μόνο λίγα ψαροκάικα και τα "
        "καλοκαίρια μερικά ιστιοφόρα.</p><p>Οι αποθήκες της προκυμαίας έγιναν εργαστήρια και "
        "ένα μικρό μουσείο για τη ναυπηγική.</p><p>Ο δήμος σχεδιάζει να ανοίξει ξανά την "
        "παλιά σιδηροδρομική γραμμή ως πεζόδρομο ως το φάρο.</p><p>Οι κάτοικοι της "
        "γειτονιάς ζητούν να μείνει ανοιχτή και η μικρή ψαραγορά τα πρωινά του Σαββάτου."
        "</p></div><div "
        "class='formulaire_spip formulaire_forum'><form action='#' method='post'><p><label>"
        "Τίτλος</label><input name='titre'></p><p><label>Το μήνυμά σας</label><textarea "
        "name='texte'></textarea></p><p><input type='submit' value='Προεπισκόπηση'></p>"
        "</form></div><div class='divforum'><a href='#forum' id='forum'></a><h2>2 σχόλια</h2>"
        "<ul class='forum'><li class='forum-fil'><div class='forum-top'><a href='#forum301' "
        "id='forum301'><img src='pin.png' alt='μόνιμος σύνδεσμος'></a><b>Νίκος Π.</b><div "
        "class='forum-nav'>(3 Απριλίου 2026 @11h13)</div>:</div><div class='forum-message'><div "
        "class='forum-chapo'><p><strong class='forum-titre'>Ο φάρος</strong></p></div><div "
        "class='forum-texte'><p>Ο φάρος χρειάζεται πρώτα επισκευή, η σκάλα του είναι "
        "σάπια.</p></div></div></li><li class='forum-fil'><div class='forum-top'><a "
        "href='#forum302' id='forum302'><img src='pin.png' alt='μόνιμος σύνδεσμος'></a><b>"
        "Ελένη</b><div class='forum-nav'>(3 Απριλίου 2026 @19h45)</div>:</div><div "
        "class='forum-message'><div class='forum-chapo'><p><strong class='forum-titre'>"
        "Μουσείο</strong></p></div><div class='forum-texte'><p>Το μουσείο ναυπηγικής αξίζει "
        "μια επίσκεψη, έχει και παλιά εργαλεία.</p></div></div></li></ul></div></div></div>",
        head="<meta property='og:type' content='article'>",
    ),
    (
        "δέχεται πλέον μόνο λίγα ψαροκάικα",
        "ένα μικρό μουσείο για τη ναυπηγική",
        "ως πεζόδρομο ως το φάρο",
    ),
    ("η σκάλα του είναι σάπια", "έχει και παλιά εργαλεία"),
)
