"""The blind66 probe's stories, notices and releases: a Lithuanian story with a gallery and
an embedded video, a Basque story with a "read also" box and an embedded post inside it, a
Tamil live page, a Maltese long read with pull quotes and an aside, a Bulgarian press
release, a Latvian government notice, a Slovene university news item and a Welsh match
report with a line-up table."""

from __future__ import annotations

from ._kit import Site, add, comment_prompt, newsletter, paras, related, share

LT = Site(
    lang="lt",
    name="Pamario žinios",
    host="pamariozinios.example.lt",
    nav=("Naujienos", "Regionas", "Verslas", "Sportas", "Kultūra"),
    cookie="Šioje svetainėje naudojame slapukus, kad galėtume gerinti jūsų patirtį.",
    share="Dalintis straipsniu:",
    newsletter="Užsiprenumeruokite naujienlaiškį ir gaukite svarbiausias dienos žinias.",
    comment="Parašykite komentarą",
    related_title="Susiję straipsniai",
    related=(
        "Klaipėdos uoste pradėtas naujo krantinės ruožo remontas",
        "Žvejai skundžiasi mažėjančiais stintų laimikiais",
    ),
    footer="Redakcija neatsako už skaitytojų komentarų turinį.",
)

add(
    "story_gallery_video",
    LT,
    "Neringoje atidarytas atnaujintas kopų takas",
    "<article class='post type-post'><header class='entry-header'><h1 class='entry-title'>"
    "Neringoje atidarytas atnaujintas kopų takas</h1><div class='entry-meta'><span "
    "class='byline'>Rūta Vaitkutė</span> <time datetime='2026-12-05'>2026-12-05</time></div>"
    "</header><div class='entry-content'>"
    + paras(
        "Šeštadienį Juodkrantėje lankytojams atvertas atnaujintas kopų takas, kuris dabar "
        "driekiasi beveik tris kilometrus per pušyną ir baigiasi apžvalgos aikštele.",
        "Darbai truko dvejus metus: senos medinės lentos pakeistos perdirbto plastiko "
        "dangomis, o stačiausiose vietose įrengti turėklai ir poilsio suolai.",
    )
    + "<div class='wp-block-gallery gallery'><figure class='gallery-item'><img src='/g1.jpg' "
    "alt=''><figcaption>Naujasis takas prie Raganų kalno</figcaption></figure><figure "
    "class='gallery-item'><img src='/g2.jpg' alt=''><figcaption>Apžvalgos aikštelė virš "
    "marių</figcaption></figure><figure class='gallery-item'><img src='/g3.jpg' alt=''>"
    "<figcaption>Poilsio suolai pušyne</figcaption></figure></div>"
    + paras(
        "Savivaldybės atstovė Dalia Kurmienė sakė, kad takas suprojektuotas taip, jog "
        "lankytojai nebemindžiotų trapios kopų augalijos.",
        "Žemiau pateikiamas trumpas vaizdo įrašas iš atidarymo ceremonijos.",
    )
    + "<figure class='wp-block-embed is-type-video'><div class='wp-block-embed__wrapper'>"
    "<iframe src='https://video.example/embed/k8s2' width='640' height='360' "
    "allowfullscreen></iframe></div><figcaption>Atidarymo ceremonija Juodkrantėje</figcaption>"
    "</figure>"
    + paras(
        "Takas bus atviras visus metus, tačiau žiemą jo dalis prie marių gali būti uždaryta, "
        "jei užšals laiptai.",
        "Įėjimas nemokamas, o automobilius siūloma palikti aikštelėje prie Gintaro įlankos.",
    )
    + "</div>"
    + share(LT)
    + related(LT)
    + comment_prompt(LT)
    + "</article>",
    (
        "Šeštadienį Juodkrantėje lankytojams atvertas atnaujintas kopų takas",
        "Darbai truko dvejus metus: senos medinės lentos pakeistos perdirbto plastiko",
        "Savivaldybės atstovė Dalia Kurmienė sakė, kad takas suprojektuotas taip",
        "Žemiau pateikiamas trumpas vaizdo įrašas iš atidarymo ceremonijos.",
        "Takas bus atviras visus metus, tačiau žiemą jo dalis prie marių gali būti uždaryta",
        "Įėjimas nemokamas, o automobilius siūloma palikti aikštelėje prie Gintaro įlankos.",
    ),
)

EU = Site(
    lang="eu",
    name="Ibarra Hitza",
    host="ibarrahitza.example.eus",
    nav=("Albisteak", "Eskualdea", "Kirolak", "Kultura", "Iritzia"),
    cookie="Webgune honek cookieak erabiltzen ditu zure nabigazioa hobetzeko.",
    share="Partekatu albistea",
    newsletter="Harpidetu gure buletinera eta jaso asteko albisteak posta elektronikoan.",
    comment="Utzi zure iruzkina",
    related_title="Gai bereko albisteak",
    related=(
        "Udalak bizikleta bide berria aurkeztu du herrigunean",
        "Ibaiaren ertzeko pasealekua udaberrian zabalduko dute",
    ),
    footer="Eduki guztiak Creative Commons lizentziapean daude, kontrakoa esan ezean.",
)

add(
    "story_read_also_embed",
    EU,
    "Ibarrako azokak ekoizle gazteentzako postuak gordeko ditu",
    "<div class='ArticleHeader_wrap__b2Kd1'><h1>Ibarrako azokak ekoizle gazteentzako postuak "
    "gordeko ditu</h1><p class='ArticleHeader_sub__q0Vd3'>Hogeita bost urtetik beherako "
    "baserritarrek ez dute postuaren kuotarik ordainduko lehen urtean.</p></div><div "
    "class='ArticleBody_text__h7Yp4'>"
    + paras(
        "Ibarrako larunbateko azokak hamar postu gordeko ditu datorren urtarriletik aurrera "
        "lehen aldiz ekoizten ari diren baserritar gazteentzat.",
        "Azoka elkarteko lehendakari Miren Etxaniz Goikoak azaldu duenez, azken bost urteetan "
        "postuen erdiak baino gehiago hutsik geratu dira neguan.",
    )
    + "<aside class='ArticleBody_readAlso__m1Xs8'><span>Irakurri ere</span><a "
    "href='/a/1'>Gazta ekoizleek prezio bateratua eskatu dute</a></aside>"
    + paras(
        "Eskaerak udaletxean aurkeztu beharko dira abenduaren 20a baino lehen, eta "
        "hautaketan ekoizpen ekologikoak eta hurbiltasunak puntuak emango dituzte.",
    )
    + "<blockquote class='social-embed' data-network='x'><p>Gazteak azokara itzultzen "
    "badira, herria bera itzuliko da plazara.</p>— Azoka Elkartea (@ibarrazoka)</blockquote>"
    + paras(
        "Udalak, bestalde, azokaren ordutegia ordubete luzatzea aztertuko du udaberrian, "
        "saltzaileek hala eskatuta.",
    )
    + "</div>"
    + share(EU)
    + newsletter(EU),
    (
        "Hogeita bost urtetik beherako baserritarrek ez dute postuaren kuotarik ordainduko",
        "Ibarrako larunbateko azokak hamar postu gordeko ditu datorren urtarriletik aurrera",
        "Azoka elkarteko lehendakari Miren Etxaniz Goikoak azaldu duenez",
        "Eskaerak udaletxean aurkeztu beharko dira abenduaren 20a baino lehen",
        "Udalak, bestalde, azokaren ordutegia ordubete luzatzea aztertuko du udaberrian",
    ),
    ("Irakurri ere", "Gazta ekoizleek prezio bateratua eskatu dute"),
    template="app",
)

TA = Site(
    lang="ta",
    name="கடலோரச் செய்தி",
    host="kadalora.example.in",
    nav=("முகப்பு", "தமிழகம்", "இந்தியா", "விளையாட்டு", "வணிகம்"),
    cookie="இந்த இணையதளம் உங்கள் அனுபவத்தை மேம்படுத்த குக்கீகளைப் பயன்படுத்துகிறது.",
    share="இந்தச் செய்தியைப் பகிரவும்",
    newsletter="தினசரி செய்தி மடலுக்குப் பதிவு செய்து முக்கியச் செய்திகளைப் பெறுங்கள்.",
    comment="உங்கள் கருத்தைப் பதிவிடுங்கள்",
    related_title="தொடர்புடைய செய்திகள்",
    related=(
        "துறைமுகப் பணிகள் மார்ச் மாதம் நிறைவடையும் என அறிவிப்பு",
        "மீனவர்களுக்கு புதிய காப்பீட்டுத் திட்டம் அறிமுகம்",
    ),
    footer="அனைத்து உரிமைகளும் பதிப்பகத்தாருக்கே உரியவை.",
)


def _update(time: str, head: str, *texts: str) -> str:
    return (
        f"<div class='live-update' id='u{time.replace(':', '')}'><time class='live-time'>{time}"
        f"</time><h2 class='live-title'>{head}</h2>{paras(*texts)}<div class='live-share'>"
        "<a href='#'>🔗</a></div></div>"
    )


add(
    "live_cyclone",
    TA,
    "நேரலை: வேலம்பட்டினம் கரையைக் கடந்த புயல்",
    "<div class='live-page'><h1>நேரலை: வேலம்பட்டினம் கரையைக் கடந்த புயல்</h1><div "
    "class='live-intro'><p>புயல் கரையைக் கடந்த பிறகு மாவட்டத்தின் நிலவரம் குறித்த அண்மைத் "
    "தகவல்களை இங்கே தொடர்ந்து வழங்குகிறோம்.</p></div><div class='live-feed'>"
    + _update(
        "14:20",
        "மின் விநியோகம் படிப்படியாகச் சீரமைப்பு",
        "கடலோர கிராமங்களில் நாற்பது சதவீத வீடுகளுக்கு மின் இணைப்பு மீண்டும் வழங்கப்பட்டுள்ளது "
        "என மின்வாரியம் தெரிவித்தது.",
    )
    + _update(
        "12:45",
        "பள்ளிகளுக்கு நாளையும் விடுமுறை",
        "மாவட்ட ஆட்சியர் கீதா ராமலிங்கம் அனைத்துப் பள்ளிகளுக்கும் நாளை விடுமுறை அறிவித்துள்ளார்.",
        "நிவாரண முகாம்களாகப் பயன்படும் பள்ளிகளில் வகுப்புகள் அடுத்த வாரம் தொடங்கும்.",
    )
    + _update(
        "10:05",
        "புயல் கரையைக் கடந்தது",
        "அதிகாலை மூன்று மணியளவில் புயல் வேலம்பட்டினம் அருகே மணிக்கு தொண்ணூறு கிலோமீட்டர் "
        "வேகக் காற்றுடன் கரையைக் கடந்தது.",
    )
    + "</div><button class='live-more'>மேலும் பதிவுகள்</button></div>"
    + share(TA),
    (
        "புயல் கரையைக் கடந்த பிறகு மாவட்டத்தின் நிலவரம் குறித்த அண்மைத்",
        "மின் விநியோகம் படிப்படியாகச் சீரமைப்பு",
        "கடலோர கிராமங்களில் நாற்பது சதவீத வீடுகளுக்கு மின் இணைப்பு மீண்டும்",
        "பள்ளிகளுக்கு நாளையும் விடுமுறை",
        "மாவட்ட ஆட்சியர் கீதா ராமலிங்கம் அனைத்துப் பள்ளிகளுக்கும் நாளை விடுமுறை",
        "நிவாரண முகாம்களாகப் பயன்படும் பள்ளிகளில் வகுப்புகள் அடுத்த வாரம் தொடங்கும்.",
        "புயல் கரையைக் கடந்தது",
        "அதிகாலை மூன்று மணியளவில் புயல் வேலம்பட்டினம் அருகே",
    ),
    ("மேலும் பதிவுகள்",),
)

MT = Site(
    lang="mt",
    name="Il-Qari",
    host="ilqari.example.mt",
    nav=("Aħbarijiet", "Opinjoni", "Kultura", "Sport", "Podcast"),
    cookie="Dan is-sit juża l-cookies biex itejjeb l-esperjenza tiegħek.",
    share="Aqsam dan l-artiklu",
    newsletter="Irreġistra għan-newsletter tagħna u irċievi l-aqwa stejjer kull nhar ta' Ħadd.",
    comment="Ħalli kumment",
    related_title="Aqra wkoll",
    related=(
        "Il-gżira li tilfet l-aħħar dgħajsa tal-fattura",
        "Kif inbnew il-ħitan tas-sejjiegħ fl-irħula",
    ),
    footer="Il-fehmiet espressi fil-kummenti huma ta' min jiktibhom.",
)

add(
    "long_read_pull_quotes",
    MT,
    "L-aħħar bennejja tal-ġebel fuq l-għolja",
    "<article class='longform'><header class='longform-hero'><h1>L-aħħar bennejja tal-ġebel "
    "fuq l-għolja</h1><p class='standfirst'>Tliet ġenerazzjonijiet ta' familja waħda żammew "
    "ħajja sengħa li llum ftit jafu jagħmluha.</p></header><div class='longform-body'>"
    + paras(
        "Kull filgħodu, qabel ma titla' x-xemx, Ġużeppi Caruana Xuereb jitla' l-għolja bil-"
        "karrettun u jiġbor il-ġebel li waqa' mal-ħitan matul il-lejl.",
        "Missieru kien jgħidlu li ħajt tas-sejjiegħ ma jinbeniex, jitkabbar, ġebla ġebla, "
        "bħal siġra.",
    )
    + "<blockquote class='pull-quote'><p>Il-ġebla tgħidlek fejn trid toqgħod, jekk tisimgħaha.</p>"
    "</blockquote>"
    + "<h2>Sengħa mingħajr skola</h2>"
    + paras(
        "Ma hemm ebda kors uffiċjali li jgħallem din is-sengħa, u l-bennejja li fadal jgħallmu "
        "lil min jiġi jgħinhom, fix-xogħol stess.",
        "Fl-aħħar għaxar snin, il-kunsill lokali ħallas għal tiswija ta' erba' kilometri ħitan, "
        "iżda l-biċċa l-kbira tax-xogħol għadu jsir b'xejn.",
    )
    + "<aside class='longform-aside'><h3>Kif jinbena ħajt</h3><ol><li>Jitħaffer pedament baxx "
    "sal-blat.</li><li>Jitqiegħdu l-ikbar ġebel fil-qiegħ, imxaqleb lejn ġewwa.</li><li>Il-"
    "vojt jimtela b'ġebel żgħir u ħamrija xotta.</li></ol></aside>"
    + "<h2>X'jibqa' għada</h2>"
    + paras(
        "Ibnu, Mark, jaħdem f'uffiċċju fil-belt, iżda kull Sibt jitla' miegħu l-għolja.",
    )
    + "<blockquote class='pull-quote'><p>Jekk jien ma nitgħallimx, min se jitgħallem?</p>"
    "</blockquote>"
    + paras(
        "Meta l-ħajt tal-aħħar għalqa jintemm, Ġużeppi jħalli ġebla waħda barra mill-post, "
        "biex, jgħid hu, ikun hemm għalfejn jirritorna.",
    )
    + "</div>"
    + newsletter(MT)
    + share(MT)
    + "</article>",
    (
        "Tliet ġenerazzjonijiet ta' familja waħda żammew ħajja sengħa",
        "Kull filgħodu, qabel ma titla' x-xemx, Ġużeppi Caruana Xuereb jitla' l-għolja",
        "Missieru kien jgħidlu li ħajt tas-sejjiegħ ma jinbeniex",
        "Sengħa mingħajr skola",
        "Ma hemm ebda kors uffiċjali li jgħallem din is-sengħa",
        "Fl-aħħar għaxar snin, il-kunsill lokali ħallas għal tiswija",
        "Jitqiegħdu l-ikbar ġebel fil-qiegħ, imxaqleb lejn ġewwa.",
        "X'jibqa' għada",
        "Ibnu, Mark, jaħdem f'uffiċċju fil-belt, iżda kull Sibt jitla' miegħu l-għolja.",
        "Meta l-ħajt tal-aħħar għalqa jintemm, Ġużeppi jħalli ġebla waħda barra mill-post",
    ),
)

BG = Site(
    lang="bg",
    name="Бизнес Вестител",
    host="biznesvestitel.example.bg",
    nav=("Новини", "Компании", "Пазари", "Технологии", "Прессъобщения"),
    cookie="Този сайт използва бисквитки, за да подобри вашето изживяване.",
    share="Сподели в социалните мрежи",
    newsletter="Абонирайте се за нашия бюлетин и получавайте прессъобщенията всяка сутрин.",
    comment="Коментирайте публикацията",
    related_title="Още прессъобщения",
    related=(
        "Логистична фирма открива склад край Пловдив",
        "Нова линия за рециклиране на стъкло в Русе",
    ),
    footer="Публикуваните прессъобщения са отговорност на техните издатели.",
)

add(
    "press_release",
    BG,
    "„Сливова долина“ пуска първия в страната сок без добавена захар в стъклена бутилка за връщане",
    "<div class='press-release'><div class='pr-label'>Прессъобщение</div><h1>„Сливова долина“ "
    "пуска първия в страната сок без добавена захар в стъклена бутилка за връщане</h1><div "
    "class='pr-body'><p><strong>Троян, 4 декември 2026 г.</strong> – Производителят на "
    "плодови сокове „Сливова долина“ обяви, че от януари ще продава сливовия си сок в "
    "стъклени бутилки, които клиентите могат да връщат в магазина.</p>"
    + paras(
        "Бутилките ще се приемат в над 300 магазина в Северна България срещу депозит от 30 "
        "стотинки.",
        "„Искаме да покажем, че малък производител може да направи голяма крачка“, каза "
        "управителят Радослав Пенчев.",
    )
    + "<h3>Основни факти</h3><ul><li>Инвестиция от 1,2 милиона лева в нова миялна линия</li>"
    "<li>Дванадесет нови работни места в Троян</li><li>Бутилката се използва до 25 пъти</li>"
    "</ul><h3>За „Сливова долина“</h3><p>„Сливова долина“ е семейна фирма, основана през 1998 "
    "г., която преработва плодове от над 80 стопанства в региона.</p><h3>Контакт за медии"
    "</h3><p>Теодора Ганчева, тел. +359 2 000 0000</p></div></div>" + share(BG),
    (
        "Производителят на плодови сокове „Сливова долина“ обяви, че от януари",
        "Бутилките ще се приемат в над 300 магазина в Северна България",
        "„Искаме да покажем, че малък производител може да направи голяма крачка“",
        "Основни факти",
        "Инвестиция от 1,2 милиона лева в нова миялна линия",
        "Дванадесет нови работни места в Троян",
        "Бутилката се използва до 25 пъти",
    ),
)

LV = Site(
    lang="lv",
    name="Liepkalnu novada pašvaldība",
    host="liepkalni.example.lv",
    nav=("Pašvaldība", "Pakalpojumi", "Izglītība", "Attīstība", "Kontakti"),
    cookie="Mūsu tīmekļvietne izmanto sīkdatnes, lai nodrošinātu tās darbību.",
    share="Dalīties ar ziņu",
    newsletter="Pierakstieties jaunumu saņemšanai un uzziniet par pašvaldības lēmumiem pirmie.",
    comment="Uzdot jautājumu par šo paziņojumu",
    related_title="Citi paziņojumi",
    related=(
        "Par ūdensvada remontdarbiem Skolas ielā",
        "Publiskā apspriešana par parka labiekārtošanu",
    ),
    footer="Liepkalnu novada pašvaldība, reģistrācijas Nr. 90000000000",
)

add(
    "government_notice",
    LV,
    "Paziņojums par nekustamā īpašuma nodokļa maksājumu termiņiem 2027. gadā",
    "<article class='node node--type-notice'><h1 class='page-title'>Paziņojums par nekustamā "
    "īpašuma nodokļa maksājumu termiņiem 2027. gadā</h1><div class='field field--name-body'>"
    + paras(
        "Liepkalnu novada pašvaldība informē, ka nekustamā īpašuma nodokļa maksāšanas "
        "paziņojumi 2027. gadam tiks izsūtīti līdz 15. februārim.",
        "Nodokli var samaksāt vienā maksājumā vai četrās daļās šādos termiņos:",
    )
    + "<table class='table'><thead><tr><th>Maksājums</th><th>Termiņš</th></tr></thead><tbody>"
    "<tr><td>Pirmā daļa</td><td>31. marts</td></tr><tr><td>Otrā daļa</td><td>15. maijs</td>"
    "</tr><tr><td>Trešā daļa</td><td>15. augusts</td></tr><tr><td>Ceturtā daļa</td><td>15. "
    "novembris</td></tr></tbody></table>"
    + "<h2>Atvieglojumi</h2><ul><li>Politiski represētām personām – 50 % apmērā</li><li>"
    "Daudzbērnu ģimenēm – 50 % apmērā par mājokli</li><li>Personām ar I grupas invaliditāti – "
    "90 % apmērā</li></ul>"
    + paras(
        "Iesniegumu atvieglojuma saņemšanai var iesniegt klātienē Klientu apkalpošanas centrā "
        "vai elektroniski līdz 1. martam.",
    )
    + "</div><div class='field field--name-updated'>Atjaunots: 02.12.2026</div></article>"
    + share(LV)
    + comment_prompt(LV),
    (
        "nekustamā īpašuma nodokļa maksāšanas paziņojumi 2027. gadam tiks izsūtīti",
        "Nodokli var samaksāt vienā maksājumā vai četrās daļās šādos termiņos:",
        "Pirmā daļa",
        "31. marts",
        "Ceturtā daļa",
        "Atvieglojumi",
        "Politiski represētām personām – 50 % apmērā",
        "Personām ar I grupas invaliditāti – 90 % apmērā",
        "Iesniegumu atvieglojuma saņemšanai var iesniegt klātienē",
    ),
    template="portal",
)

SL = Site(
    lang="sl",
    name="Univerza v Rečici",
    host="uni-recica.example.si",
    nav=("Študij", "Raziskave", "Za medije", "Knjižnica", "O univerzi"),
    cookie="Spletno mesto uporablja piškotke za izboljšanje uporabniške izkušnje.",
    share="Deli novico",
    newsletter="Prijavite se na univerzitetne e-novice in bodite na tekočem z dogodki.",
    comment="Pošljite vprašanje uredništvu",
    related_title="Druge novice",
    related=(
        "Študentski svet razpisal volitve za novo mandatno obdobje",
        "Knjižnica podaljšala odpiralni čas med izpitnim obdobjem",
    ),
    footer="Univerza v Rečici, Trg znanosti 1, 9999 Rečica",
)

add(
    "university_news",
    SL,
    "Raziskovalci odkrili novo vrsto jamskega hrošča",
    "<div class='news-detail'><div class='news-date'>3. 12. 2026</div><h1>Raziskovalci odkrili "
    "novo vrsto jamskega hrošča</h1><div class='news-lead'><p>Skupina biologov s Fakultete za "
    "naravoslovje je v kraški jami pod Slivnim vrhom opisala doslej neznano vrsto hrošča."
    "</p></div><figure class='news-image'><img src='/hrosc.jpg' alt=''><figcaption>Hrošč je "
    "dolg komaj tri milimetre (foto: Fakulteta za naravoslovje)</figcaption></figure><div "
    "class='news-text'>"
    + paras(
        "Vrsta, ki so jo poimenovali po jamarju Antonu Zupančiču, živi v popolni temi in nima "
        "oči, zato se orientira s tipalkami.",
        "Izr. prof. dr. Nina Kovačič Bizjak je pojasnila, da so hrošča našli med vzorčenjem "
        "vode v spodnjem delu jame, več kot dvesto metrov pod površjem.",
    )
    + "<h2>Pomen za varstvo jam</h2>"
    + paras(
        "Odkritje kaže, da so kraški podzemni habitati še vedno slabo raziskani, zato "
        "raziskovalci pozivajo k previdnosti pri posegih v kraško podzemlje.",
        "Članek o novi vrsti je izšel v decembrski številki revije Acta Subterranea.",
    )
    + "</div><div class='news-contact'><p>Za več informacij: Služba za odnose z javnostmi</p>"
    "</div></div>" + share(SL),
    (
        "Skupina biologov s Fakultete za naravoslovje je v kraški jami pod Slivnim vrhom",
        "Vrsta, ki so jo poimenovali po jamarju Antonu Zupančiču, živi v popolni temi",
        "Izr. prof. dr. Nina Kovačič Bizjak je pojasnila, da so hrošča našli",
        "Pomen za varstvo jam",
        "Odkritje kaže, da so kraški podzemni habitati še vedno slabo raziskani",
        "Članek o novi vrsti je izšel v decembrski številki revije Acta Subterranea.",
    ),
    template="portal",
)

CY = Site(
    lang="cy",
    name="Chwaraeon y Fro",
    host="chwaraeonyfro.example.cymru",
    nav=("Pêl-droed", "Rygbi", "Criced", "Athletau", "Canlyniadau"),
    cookie="Mae'r wefan hon yn defnyddio cwcis i wella eich profiad.",
    share="Rhannu'r stori",
    newsletter="Cofrestrwch i gael y canlyniadau diweddaraf yn syth i'ch mewnflwch.",
    comment="Ymunwch â'r drafodaeth",
    related_title="Straeon eraill",
    related=(
        "Clwb Llanfaelog yn penodi hyfforddwr newydd",
        "Gêm gwpan wedi'i gohirio oherwydd y tywydd",
    ),
    footer="Hawlfraint Chwaraeon y Fro. Cedwir pob hawl.",
)

add(
    "match_report_lineup",
    CY,
    "Pen-y-cae 3 Aberdeuddwr 1: buddugoliaeth haeddiannol",
    "<table width='100%'><tr><td><h1>Pen-y-cae 3 Aberdeuddwr 1: buddugoliaeth haeddiannol</h1>"
    "<p class='meta'>Gan Dafydd ap Rhys</p>"
    + paras(
        "Sgoriodd Pen-y-cae dair gôl yn yr ail hanner i guro Aberdeuddwr ar Gae'r Felin ddydd "
        "Sadwrn, er iddyn nhw fod ar ei hôl hi ar yr egwyl.",
        "Rhoddodd Iwan Pritchard yr ymwelwyr ar y blaen wedi ugain munud gydag ergyd isel o "
        "ymyl y cwrt cosbi.",
        "Ond tarodd Gethin Mostyn ddwywaith mewn deg munud wedi'r egwyl, cyn i'r eilydd Osian "
        "Lewis selio'r fuddugoliaeth yn yr amser ychwanegol.",
    )
    + "<h3>Y timau</h3><table class='lineups'><tr><th>Pen-y-cae</th><th>Aberdeuddwr</th></tr>"
    "<tr><td>Huw Gwynfor</td><td>Rhodri Bevan</td></tr><tr><td>Gethin Mostyn</td><td>Iwan "
    "Pritchard</td></tr><tr><td>Osian Lewis</td><td>Aled Meirion</td></tr></table>"
    + paras("Mae'r canlyniad yn codi Pen-y-cae i'r trydydd safle yn y gynghrair.")
    + share(CY)
    + "</td></tr></table>",
    (
        "Sgoriodd Pen-y-cae dair gôl yn yr ail hanner i guro Aberdeuddwr",
        "Rhoddodd Iwan Pritchard yr ymwelwyr ar y blaen wedi ugain munud",
        "Ond tarodd Gethin Mostyn ddwywaith mewn deg munud wedi'r egwyl",
        "Y timau",
        "Huw Gwynfor",
        "Rhodri Bevan",
        "Mae'r canlyniad yn codi Pen-y-cae i'r trydydd safle yn y gynghrair.",
    ),
    template="table",
)
