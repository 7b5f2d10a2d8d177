"""The pages of the blind71l language round (issue 12): the ``language`` field alone, on pages
whose declaration is missing, wrong, contradicted or oddly written, in languages that
detectors confuse, on short briefs and under boilerplate in another language. Every page,
site and text is invented; each page's expected codes were written before any run.

The output convention is the project's (docs/fields.md, ``language``): the ISO 639-1 primary
subtag, so "pt-BR" and "pt-PT" are both "pt" and "zh-Hant" is "zh"; Norwegian Bokmål is
"nb" as declared and "no" (the macrolanguage, what the fundus truth and CLD2 write) when read
from the text, and both are accepted, as are "nn" and "no" for a Nynorsk page.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from html import escape

# One local-council story per language (a school, a market, a bridge...), 50 to 80 words.
TEXTS = {
    "pl": "Rada miasta przyjęła we wtorek nowy plan budowy ścieżek rowerowych w dzielnicach "
    "północnych. Według burmistrza prace rozpoczną się wiosną i potrwają co najmniej dwa lata. "
    "Mieszkańcy, którzy przyszli na posiedzenie, pytali przede wszystkim o bezpieczeństwo "
    "dzieci w drodze do szkoły oraz o to, czy przy okazji zostaną wyremontowane chodniki. "
    "Urzędnicy obiecali, że szczegółowy harmonogram zostanie opublikowany w przyszłym miesiącu.",
    "de": "Der Gemeinderat hat am Dienstagabend beschlossen, die alte Turnhalle an der "
    "Bahnhofstraße abzureißen und an ihrer Stelle ein neues Sportzentrum zu bauen. Die Kosten "
    "werden auf rund vier Millionen Euro geschätzt. Viele Vereine begrüßen die Entscheidung, "
    "weil die Halle seit Jahren undicht ist und im Winter kaum geheizt werden kann. Der "
    "Bürgermeister rechnet damit, dass die Bauarbeiten im kommenden Herbst beginnen.",
    "fr": "Le conseil municipal a voté jeudi soir la fermeture provisoire de la piscine "
    "intercommunale, dont la toiture menace de s'effondrer selon un rapport d'experts. Les "
    "clubs de natation devront s'entraîner dans la ville voisine pendant au moins six mois. "
    "Plusieurs parents ont exprimé leur inquiétude quant aux cours destinés aux écoles "
    "primaires, que la mairie promet de maintenir grâce à un service de bus.",
    "en": "The county board voted on Tuesday to extend the library's opening hours on weekends, "
    "after a petition signed by more than two thousand residents. The change will cost about "
    "ninety thousand dollars a year, which the board said would come from the reserve fund. "
    "Librarians welcomed the decision but warned that they would need to hire at least three "
    "more part-time staff before the summer.",
    "ar": "أعلنت بلدية المدينة يوم الثلاثاء عن خطة جديدة لتوسيع شبكة النقل العام في الأحياء "
    "الشرقية، تشمل إضافة خطوط حافلات جديدة وتحديث المحطات القديمة. وقال رئيس البلدية إن "
    "المشروع سيستغرق نحو عامين وسيخدم أكثر من مئة ألف ساكن. ورحب السكان بالقرار، لكنهم "
    "طالبوا بتحسين الأرصفة وإنارة الشوارع قبل بدء الأعمال.",
    "nl": "De gemeenteraad heeft dinsdagavond ingestemd met de bouw van een nieuwe fietsbrug "
    "over het kanaal. Volgens de wethouder moet de brug over twee jaar klaar zijn en wordt de "
    "oude pontverbinding daarna opgeheven. Omwonenden maken zich vooral zorgen over de "
    "geluidsoverlast tijdens de werkzaamheden en over het parkeren in de smalle straten langs "
    "het water.",
    "sv": "Kommunfullmäktige beslutade på måndagskvällen att bygga en ny förskola i den norra "
    "delen av staden. Enligt kommunalrådet ska bygget påbörjas till hösten och stå klart om två "
    "år. Föräldrar i området har länge klagat på långa köer och trånga lokaler, och många "
    "välkomnade beskedet. Oppositionen menar dock att kostnaden har räknats för lågt.",
    "es": "El pleno del ayuntamiento aprobó el martes por la noche la reforma del mercado "
    "municipal, que llevaba más de una década esperando una rehabilitación. Las obras costarán "
    "unos tres millones de euros y obligarán a trasladar los puestos a una carpa provisional "
    "durante un año. Los comerciantes se mostraron satisfechos, aunque pidieron que se "
    "garantice el acceso de los clientes mayores.",
    "cs": "Zastupitelé města v úterý schválili stavbu nového parkovacího domu u nádraží. Podle "
    "starosty by práce měly začít na jaře a potrvat zhruba rok a půl. Obyvatelé okolních ulic "
    "se obávají hluku a prachu, ale zároveň doufají, že se konečně uvolní místa před jejich "
    "domy. Radnice slíbila, že o harmonogramu bude lidi pravidelně informovat.",
    "sk": "Poslanci mestského zastupiteľstva v utorok schválili rekonštrukciu námestia, ktorá "
    "sa začne na jar budúceho roka. Podľa primátora bude stáť približne dva milióny eur a "
    "potrvá zhruba rok. Obchodníci z okolia sa obávajú, že počas prác prídu o zákazníkov, "
    "preto mesto sľúbilo, že chodníky k obchodom zostanú otvorené. Obyvatelia sa môžu k "
    "projektu vyjadriť do konca mesiaca.",
    "hr": "Gradsko vijeće u utorak je izglasalo odluku o obnovi stare gradske tržnice, koja je "
    "godinama propadala. Prema riječima gradonačelnika, radovi će započeti sljedećeg proljeća "
    "i trajat će otprilike godinu dana. Prodavači su zadovoljni odlukom, ali traže da im se za "
    "vrijeme radova osigura privremeni prostor u blizini. Građani mogu poslati svoje "
    "prijedloge do kraja mjeseca.",
    "sr-Cyrl": "Скупштина града је у уторак усвојила одлуку о изградњи новог моста преко реке, "
    "који би требало да растерети саобраћај у центру. Према речима градоначелника, радови ће "
    "почети следећег пролећа и трајаће око две године. Грађани који живе у близини обале "
    "страхују од буке, али већина поздравља пројекат јер ће скратити пут до посла.",
    "sr-Latn": "Skupština grada je u utorak usvojila odluku o izgradnji novog mosta preko reke, "
    "koji bi trebalo da rastereti saobraćaj u centru. Prema rečima gradonačelnika, radovi će "
    "početi sledećeg proleća i trajaće oko dve godine. Građani koji žive u blizini obale "
    "strahuju od buke, ali većina pozdravlja projekat jer će skratiti put do posla.",
    "bs": "Općinsko vijeće je u utorak usvojilo odluku o izgradnji nove osnovne škole u "
    "naselju, gdje djeca već godinama idu u dvije smjene. Prema riječima načelnika, gradnja će "
    "početi na proljeće, a škola bi trebala biti završena za dvije godine. Roditelji su "
    "zadovoljni, ali traže da se prije toga uredi put i postavi rasvjeta kako bi djeca sigurno "
    "dolazila na nastavu.",
    "da": "Byrådet vedtog tirsdag aften at bygge en ny svømmehal ved siden af idrætscentret. "
    "Ifølge borgmesteren skal byggeriet gå i gang til efteråret, og hallen forventes at stå "
    "færdig om to år. Mange forældre har længe efterlyst bedre forhold for børnenes "
    "svømmeundervisning, og beslutningen blev derfor modtaget med glæde. Oppositionen mener "
    "dog, at prisen er sat for lavt.",
    "nb": "Kommunestyret vedtok tirsdag kveld å bygge en ny barneskole i sentrum. Ifølge "
    "ordføreren skal arbeidet starte til høsten, og skolen skal stå ferdig om to år. Mange "
    "foreldre har lenge klaget over trange klasserom og dårlig ventilasjon i den gamle "
    "bygningen, og vedtaket ble derfor godt mottatt. Opposisjonen mener likevel at kostnadene "
    "er beregnet for lavt.",
    "nn": "Kommunestyret vedtok tysdag kveld å byggja ein ny barneskule i sentrum. Ifølgje "
    "ordføraren skal arbeidet starta til hausten, og skulen skal stå ferdig om to år. Mange "
    "foreldre har lenge klaga over trange klasserom og dårleg ventilasjon i den gamle "
    "bygningen, og vedtaket vart difor godt motteke. Opposisjonen meiner likevel at kostnadene "
    "er rekna for lågt.",
    "ms": "Majlis Perbandaran meluluskan cadangan untuk membina sebuah pasar awam baharu di "
    "pusat bandar pada mesyuarat semalam. Menurut Yang Dipertua, kerja-kerja pembinaan "
    "dijangka bermula tahun hadapan dan siap dalam tempoh dua tahun. Para peniaga menyambut "
    "baik keputusan itu, tetapi berharap pihak majlis menyediakan tapak sementara sepanjang "
    "tempoh pembinaan. Orang ramai boleh mengemukakan pandangan mereka sehingga hujung bulan ini.",
    "id": "Pemerintah kota menyetujui rencana pembangunan pasar tradisional baru di pusat kota "
    "dalam rapat kemarin. Menurut wali kota, pembangunan akan dimulai tahun depan dan "
    "ditargetkan selesai dalam dua tahun. Para pedagang menyambut baik keputusan tersebut, "
    "namun berharap pemerintah menyediakan lokasi sementara selama pembangunan berlangsung. "
    "Warga bisa menyampaikan masukan hingga akhir bulan ini.",
    "ca": "El ple de l'Ajuntament va aprovar dimarts a la nit la reforma del mercat municipal, "
    "que feia més d'una dècada que esperava una rehabilitació. Les obres costaran uns tres "
    "milions d'euros i obligaran a traslladar les parades a una carpa provisional durant un "
    "any. Els comerciants es van mostrar satisfets, tot i que van demanar que es garanteixi "
    "l'accés dels clients més grans.",
    "gl": "O pleno do concello aprobou o martes pola noite a reforma do mercado municipal, que "
    "levaba máis dunha década agardando unha rehabilitación. As obras custarán uns tres "
    "millóns de euros e obrigarán a trasladar os postos a unha carpa provisional durante un "
    "ano. Os comerciantes amosáronse satisfeitos, aínda que pediron que se garanta o acceso "
    "dos clientes maiores.",
    "pt-PT": "A câmara municipal aprovou na terça-feira à noite a requalificação do mercado, "
    "que há mais de uma década aguardava obras. Os trabalhos vão custar cerca de três milhões "
    "de euros e obrigarão a transferir as bancas para uma tenda provisória durante um ano. Os "
    "comerciantes mostraram-se satisfeitos, mas pediram que seja garantido o acesso dos "
    "clientes mais idosos e que o estacionamento se mantenha gratuito.",
    "pt-BR": "A prefeitura aprovou na terça-feira à noite a reforma do mercado municipal, que "
    "esperava por obras havia mais de dez anos. O projeto vai custar cerca de três milhões de "
    "reais e os boxes serão transferidos para uma tenda provisória durante um ano. Os "
    "comerciantes ficaram satisfeitos, mas pediram que a prefeitura garanta o acesso dos "
    "clientes idosos e mantenha o estacionamento gratuito.",
    "uk": "Міська рада у вівторок ухвалила рішення про будівництво нової школи в північному "
    "районі міста. За словами міського голови, роботи розпочнуться навесні й триватимуть "
    "близько двох років. Батьки давно скаржилися на переповнені класи та навчання у дві зміни, "
    "тому більшість мешканців підтримала рішення. Опозиція вважає, що кошторис занижений.",
    "ru": "Городская дума во вторник утвердила план строительства новой школы в северном "
    "районе города. По словам мэра, работы начнутся весной и продлятся около двух лет. "
    "Родители давно жаловались на переполненные классы и обучение в две смены, поэтому "
    "большинство жителей поддержало решение. Оппозиция считает, что смета занижена.",
    "be": "Гарадскі савет у аўторак зацвердзіў план будаўніцтва новай школы ў паўночным раёне "
    "горада. Па словах старшыні, працы пачнуцца вясной і працягнуцца каля двух гадоў. Бацькі "
    "даўно скардзіліся на перапоўненыя класы і навучанне ў дзве змены, таму большасць "
    "жыхароў падтрымала рашэнне. Апазіцыя лічыць, што каштарыс заніжаны.",
    "hi": "नगर निगम ने मंगलवार को शहर के उत्तरी इलाके में एक नया अस्पताल बनाने की योजना को "
    "मंजूरी दे दी। महापौर के अनुसार निर्माण कार्य अगले साल वसंत में शुरू होगा और लगभग दो "
    "साल में पूरा हो जाएगा। स्थानीय लोगों ने इस फैसले का स्वागत किया, लेकिन उन्होंने मांग "
    "की कि अस्पताल तक जाने वाली सड़क की मरम्मत पहले की जाए।",
    "mr": "महानगरपालिकेने मंगळवारी शहराच्या उत्तर भागात नवीन रुग्णालय बांधण्याच्या योजनेला "
    "मंजुरी दिली. महापौरांच्या म्हणण्यानुसार बांधकाम पुढील वर्षी वसंत ऋतूत सुरू होईल आणि "
    "सुमारे दोन वर्षांत पूर्ण होईल. स्थानिक नागरिकांनी या निर्णयाचे स्वागत केले, मात्र "
    "रुग्णालयाकडे जाणाऱ्या रस्त्याची दुरुस्ती आधी करावी, अशी मागणी त्यांनी केली.",
    "ne": "नगरपालिकाले मंगलबार सहरको उत्तरी क्षेत्रमा नयाँ अस्पताल बनाउने योजना स्वीकृत "
    "गरेको छ। मेयरका अनुसार निर्माण कार्य आगामी वर्षको वसन्तमा सुरु हुनेछ र करिब दुई वर्षमा "
    "सम्पन्न हुनेछ। स्थानीयवासीले यो निर्णयको स्वागत गरेका छन्, तर अस्पतालसम्म पुग्ने सडक "
    "पहिले मर्मत गर्नुपर्ने माग गरेका छन्।",
    "ja": "市議会は火曜日、市北部地区における新病院建設計画を賛成多数で可決した。市長によると、"
    "建設工事は来年春に着工し、約二年後の完成を予定している。地元住民は同計画を歓迎する一方、"
    "病院へ通じる市道の改修を先行実施するよう要望した。総事業費は約八十億円と試算されている。",
    "zh-Hans": "市议会周二以多数票通过了在城市北部地区建设新医院的计划。市长表示，建设工程将于"
    "明年春季开工，预计约两年后完工。当地居民对该计划表示欢迎，但同时要求市政府先行修缮通往"
    "医院的道路。项目总投资约为八亿元人民币。",
    "zh-Hant": "市議會週二以多數票通過了在城市北部地區興建新醫院的計畫。市長表示，建設工程將於"
    "明年春季動工，預計約兩年後完工。當地居民對該計畫表示歡迎，但同時要求市政府先行修繕通往"
    "醫院的道路。項目總投資約為八億元新台幣。",
    "fa": "شورای شهر روز سه‌شنبه طرح ساخت یک بیمارستان جدید در منطقه شمالی شهر را تصویب کرد. "
    "به گفته شهردار، عملیات ساخت از بهار سال آینده آغاز می‌شود و حدود دو سال طول خواهد کشید. "
    "ساکنان محل از این تصمیم استقبال کردند، اما خواستار آن شدند که پیش از آغاز کار، جاده "
    "منتهی به بیمارستان تعمیر شود.",
    "ur": "بلدیہ نے منگل کے روز شہر کے شمالی علاقے میں ایک نئے ہسپتال کی تعمیر کے منصوبے کی "
    "منظوری دے دی۔ میئر کے مطابق تعمیراتی کام اگلے سال بہار میں شروع ہوگا اور تقریباً دو سال "
    "میں مکمل ہو جائے گا۔ مقامی لوگوں نے اس فیصلے کا خیرمقدم کیا، لیکن مطالبہ کیا کہ ہسپتال تک "
    "جانے والی سڑک کی مرمت پہلے کی جائے۔",
    "he": "מועצת העיר אישרה ביום שלישי את התוכנית להקמת בית חולים חדש בשכונות הצפוניות. לדברי "
    "ראש העיר, העבודות יחלו באביב הבא ויימשכו כשנתיים. התושבים בירכו על ההחלטה, אך דרשו "
    "לתקן תחילה את הכביש המוביל לבית החולים ולהוסיף תחבורה ציבורית.",
    "jv": "Pamrentah kutha nyetujoni rancangan mbangun pasar anyar ing tengah kutha ing rapat "
    "wingi. Miturut bupati, pambangunan bakal diwiwiti taun ngarep lan dikarepake rampung "
    "sajroning rong taun. Para bakul nampa kaputusan iku kanthi seneng, nanging njaluk supaya "
    "pamrentah nyawisake papan sauntara nalika pambangunan lumaku.",
    "hu": "A városi közgyűlés kedden megszavazta az új uszoda építését a sportközpont mellett. "
    "A polgármester szerint a munkálatok ősszel kezdődnek, és két év múlva fejeződnek be. Sok "
    "szülő régóta panaszkodik, hogy a gyerekek úszásoktatása nehezen megoldható, ezért a "
    "döntést örömmel fogadták. Az ellenzék szerint azonban a költségeket alábecsülték.",
    "tr": "Belediye meclisi salı akşamı şehrin kuzeyinde yeni bir kütüphane yapılmasına karar "
    "verdi. Belediye başkanına göre inşaat çalışmaları ilkbaharda başlayacak ve yaklaşık iki "
    "yıl sürecek. Mahalle sakinleri kararı memnuniyetle karşıladı, ancak kütüphaneye giden "
    "yolun önce onarılmasını istedi.",
}

# Briefs of about forty words: a detector's weakest case.
BRIEFS = {
    "lt": "Savivaldybės taryba antradienį pritarė naujo dviračių tako statybai palei upę. "
    "Pasak mero, darbai prasidės pavasarį ir truks apie metus. Gyventojai džiaugiasi "
    "sprendimu, tačiau prašo pasirūpinti apšvietimu ir suoliukais prie tako.",
    "sk": "Mestské zastupiteľstvo v stredu schválilo opravu mosta cez rieku. Práce sa začnú "
    "v máji a potrvajú do jesene. Počas opravy bude most pre autá uzavretý, chodci a "
    "cyklisti ním budú môcť prechádzať. Obchádzka povedie cez susednú obec.",
    "hu": "A képviselő-testület szerdán jóváhagyta a folyó feletti híd felújítását. A munkák "
    "májusban kezdődnek és őszig tartanak. A felújítás alatt a híd az autósok elől le lesz "
    "zárva, a gyalogosok és a kerékpárosok viszont átkelhetnek rajta.",
}

# A second paragraph of some stories (the second batch: a longer page declaring its language).
SECOND = {
    "sr-Latn": "Opozicija tvrdi da je procena troškova previše optimistična i traži da se pre "
    "početka gradnje organizuje javna rasprava. Stanovnici naselja pored reke kažu da su "
    "godinama čekali bolji put do grada, ali da ne žele da izgube park u kojem se deca igraju. "
    "Gradska uprava obećava da će park biti premešten i uređen.",
    "bs": "Načelnik je kazao da će općina dio novca osigurati iz vlastitog budžeta, a ostatak "
    "iz kantonalnih sredstava. Roditelji iz naselja kažu da su godinama tražili novu školu, jer "
    "je stara zgrada premala i hladna tokom zime. Mještani se nadaju da će uz školu biti "
    "izgrađena i sportska dvorana koju bi mogli koristiti i vikendom.",
    "nn": "Rådmannen seier at kommunen skal låna pengar til bygget, og at skulen vil bli den "
    "første i fylket med solceller på heile taket. Elevane har sjølve vore med og teikna "
    "uteområdet, og dei ønskjer seg ein stor fotballbane og eit klatrestativ. Arbeidet med "
    "reguleringsplanen skal vera ferdig før jul.",
    "gl": "A alcaldesa explicou que o concello financiará a metade do orzamento e que o resto "
    "chegará da Deputación. Os veciños do barrio levan anos reclamando melloras no edificio, "
    "que ten goteiras e carece de calefacción. Durante as obras, o mercado ambulante dos "
    "sábados seguirá a celebrarse na praza da igrexa, coma sempre.",
    "ms": "Yang Dipertua berkata majlis akan membiayai sebahagian besar kos pembinaan, manakala "
    "bakinya akan dipohon daripada kerajaan negeri. Peniaga di kawasan itu sudah lama mengadu "
    "tentang bumbung yang bocor dan tempat letak kereta yang tidak mencukupi. Majlis juga "
    "bercadang menyediakan ruang khas untuk peniaga kecil dan penjaja.",
    "sk": "Primátor uviedol, že mesto časť peňazí získa z eurofondov a zvyšok zaplatí zo svojho "
    "rozpočtu. Obyvatelia centra sa dlho sťažovali na rozbitú dlažbu a nedostatok zelene, "
    "preto na námestí pribudnú nové stromy aj lavičky. Trhy, ktoré sa na námestí konajú každú "
    "sobotu, sa počas prác presunú na parkovisko pri kostole.",
    "ca": "L'alcaldessa va explicar que l'Ajuntament finançarà la meitat del pressupost i que "
    "la resta arribarà de la Diputació. Els veïns del barri fa anys que reclamen millores a "
    "l'edifici, que té goteres i no té calefacció. Durant les obres, el mercat ambulant dels "
    "dissabtes es continuarà fent a la plaça de l'església, com sempre.",
    "da": "Borgmesteren oplyser, at kommunen vil låne en del af pengene, mens resten skal komme "
    "fra en fond. Svømmeklubben har i årevis trænet i nabobyen, fordi den gamle hal er for "
    "lille og for kold om vinteren. Byggeriet skal efter planen ske uden at lukke "
    "idrætscentrets øvrige haller.",
}

# A site's chrome in another language than its story: menus, a cookie banner, comments.
ENGLISH_CHROME = (
    "<div class='cookie-banner'><p>We use cookies to improve your experience on our website. "
    "By continuing to browse, you agree to our use of cookies and to our privacy policy. You "
    "can change your settings at any time.</p><button>Accept all</button></div>"
)
ENGLISH_COMMENTS = (
    "<section class='comments'><h3>Comments</h3><p>Great article, thanks for sharing this "
    "with us all!</p><p>I have been waiting for this for years, finally some good news for "
    "the neighbourhood.</p><p>Log in to leave a comment.</p></section>"
)
SPANISH_CHROME = (
    "<div class='avis-cookies'><p>Utilizamos cookies propias y de terceros para mejorar "
    "nuestros servicios y mostrarle publicidad relacionada con sus preferencias. Si continúa "
    "navegando, consideramos que acepta su uso.</p></div>"
)
SPANISH_COMMENTS = (
    "<section class='comentarios'><h3>Comentarios</h3><p>Ya era hora de que arreglaran el "
    "mercado, llevamos años esperando.</p><p>Espero que no suban los precios de los puestos "
    "después de las obras.</p></section>"
)


@dataclass(frozen=True)
class LanguageProbe:
    """A page and the codes accepted as its language (most probes accept one)."""

    name: str
    html: str
    want: frozenset[str]

    @property
    def url(self) -> str:
        return f"https://{self.name.replace('_', '-')}.example.org/news/2026/11/story"


def jsonld(language: str) -> str:
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "·",
        "inLanguage": language,
    }
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


def meta(name: str, content: str) -> str:
    attr = "property" if name.startswith("og:") else "name"
    if name == "content-language":
        attr = "http-equiv"
    return f'<meta {attr}="{name}" content="{escape(content)}">'


def page(
    text: str,
    *,
    lang: str | None = None,
    head: str = "",
    times: int = 1,
    before: str = "",
    after: str = "",
    nav: str = "· · ·",
) -> str:
    """A news page: header and menu, the story's ``<h1>`` (its first words) and its text
    (``times`` paragraphs of it), ``before``/``after`` the article (a banner, comments)."""
    attr = f' lang="{lang}"' if lang is not None else ""
    h1 = " ".join(text.split()[:6]) if " " in text[:60] else text[:20]
    body = "".join(f"<p>{text}</p>" for _ in range(times))
    return (
        f'<!doctype html><html{attr}><head><meta charset="utf-8"><title>{h1}</title>{head}'
        f'</head><body>{before}<header class="site-header"><a href="/" class="logo">·</a>'
        f"<nav>{nav}</nav></header><main><article><h1>{h1}</h1>"
        f'<div class="article-body">{body}</div></article>{after}</main>'
        '<footer class="site-footer"><p>©</p></footer></body></html>'
    )


def probe(name: str, want: str | tuple[str, ...], html: str) -> LanguageProbe:
    return LanguageProbe(name, html, frozenset((want,) if isinstance(want, str) else want))


T = TEXTS
NORWEGIAN = ("nb", "no")
NYNORSK = ("nn", "no")

PROBES = (
    # --- declarations missing, wrong or naming no language -----------------------------
    probe("pl_en_us_template_long", "pl", page(T["pl"], lang="en-US", times=2)),
    probe(
        "pl_en_us_template_og_pl",
        "pl",
        page(T["pl"], lang="en-US", head=meta("og:locale", "pl_PL")),
    ),
    probe("de_x_default", "de", page(T["de"], lang="x-default")),
    probe("fr_zxx", "fr", page(T["fr"], lang="zxx")),
    probe("de_region_only_at", "de", page(T["de"], lang="AT")),
    probe("en_region_only_us", "en", page(T["en"], lang="us")),
    probe(
        "ar_on_bilingual_en_site",
        "ar",
        page(T["ar"], lang="en", nav="Home · World · Business · Sport · العربية"),
    ),
    probe(
        "nl_og_locale_against_html_en",
        "nl",
        page(T["nl"], lang="en", head=meta("og:locale", "nl_NL")),
    ),
    probe(
        "sv_content_language_against_html_en_gb",
        "sv",
        page(T["sv"], lang="en-GB", head=meta("content-language", "sv-SE")),
    ),
    probe(
        "es_jsonld_en_us_plugin_default",
        "es",
        page(T["es"], lang="es-ES", head=jsonld("en-US") + meta("og:locale", "es_ES")),
    ),
    probe("cs_jsonld_right_html_en", "cs", page(T["cs"], lang="en", head=jsonld("cs-CZ"))),
    probe("fa_cms_default_ar", "fa", page(T["fa"], lang="ar")),
    probe(
        "fa_cms_default_ar_og_fa", "fa", page(T["fa"], lang="ar", head=meta("og:locale", "fa_IR"))
    ),
    probe("ur_on_en_template", "ur", page(T["ur"], lang="en")),
    probe("mr_on_hi_template", "mr", page(T["mr"], lang="hi-IN")),
    probe("ru_version_left_at_uk", "ru", page(T["ru"], lang="uk", head=meta("og:locale", "ru_RU"))),
    probe("hr_empty_lang_og_hr", "hr", page(T["hr"], lang="", head=meta("og:locale", "hr_HR"))),
    # --- codes written oddly -----------------------------------------------------------
    probe("en_odd_case_en_gb", "en", page(T["en"], lang="EN_gb")),
    probe("pt_br_underscore", "pt", page(T["pt-BR"], lang="pt_BR")),
    probe("zh_cn_region", "zh", page(T["zh-Hans"], lang="zh-CN")),
    probe("zh_hant_tw", "zh", page(T["zh-Hant"], lang="zh-Hant-TW")),
    probe("he_withdrawn_iw", "he", page(T["he"], lang="iw")),
    probe("id_withdrawn_in", "id", page(T["id"], lang="in")),
    probe("jv_withdrawn_jw", "jv", page(T["jv"], lang="jw")),
    probe("es_three_letter_spa", "es", page(T["es"], lang="spa")),
    probe("uk_three_letter_ukr", "uk", page(T["uk"], lang="ukr")),
    probe("tr_content_language_tur", "tr", page(T["tr"], head=meta("content-language", "tur"))),
    probe("de_content_language_list", "de", page(T["de"], head=meta("content-language", "en, de"))),
    probe("sr_latn_script_subtag", "sr", page(T["sr-Latn"], lang="sr-Latn-RS")),
    probe("nb_no_region", NORWEGIAN, page(T["nb"], lang="nb-NO")),
    probe("be_by_region", "be", page(T["be"], lang="be-BY")),
    # --- close languages read from the text (no declaration) ---------------------------
    probe("nb_undeclared", NORWEGIAN, page(T["nb"])),
    probe("nn_undeclared", NYNORSK, page(T["nn"])),
    probe("da_undeclared", "da", page(T["da"])),
    probe("sk_undeclared", "sk", page(T["sk"])),
    probe("hr_undeclared", "hr", page(T["hr"])),
    probe("bs_undeclared", "bs", page(T["bs"])),
    probe("sr_cyrillic_undeclared", "sr", page(T["sr-Cyrl"])),
    probe("ms_undeclared", "ms", page(T["ms"])),
    probe("id_undeclared", "id", page(T["id"])),
    probe("ca_undeclared", "ca", page(T["ca"])),
    probe("gl_undeclared", "gl", page(T["gl"])),
    probe("pt_pt_undeclared", "pt", page(T["pt-PT"])),
    probe("uk_undeclared", "uk", page(T["uk"])),
    probe("be_undeclared", "be", page(T["be"])),
    probe("mr_undeclared", "mr", page(T["mr"])),
    probe("ne_undeclared", "ne", page(T["ne"])),
    probe("ja_kanji_heavy_undeclared", "ja", page(T["ja"])),
    probe("zh_hant_undeclared", "zh", page(T["zh-Hant"])),
    probe("fa_undeclared", "fa", page(T["fa"])),
    probe("ur_undeclared", "ur", page(T["ur"])),
    # --- short briefs --------------------------------------------------------------------
    probe("lt_brief_undeclared", "lt", page(BRIEFS["lt"])),
    probe("sk_brief_on_cs_sister_template", "sk", page(BRIEFS["sk"], lang="cs")),
    probe(
        "hu_brief_en_template_og_hu",
        "hu",
        page(BRIEFS["hu"], lang="en", head=meta("og:locale", "hu_HU")),
    ),
    # --- boilerplate in another language -------------------------------------------------
    probe(
        "de_under_english_chrome",
        "de",
        page(T["de"], before=ENGLISH_CHROME, after=ENGLISH_COMMENTS, nav="Home · News · Sport"),
    ),
    probe(
        "ca_under_spanish_chrome",
        "ca",
        page(T["ca"], before=SPANISH_CHROME, after=SPANISH_COMMENTS, nav="Inicio · Noticias"),
    ),
    probe(
        "hu_on_english_template",
        "hu",
        page(T["hu"], lang="en", before=ENGLISH_CHROME, after=ENGLISH_COMMENTS),
    ),
)


# The second batch, written after the first batch's run and fixes (so not blind to them): a
# longer page (two paragraphs) declaring a language that detectors confuse with a neighbour.
SECOND_BATCH = (
    probe(
        "sr_latn_declared_long", "sr", page(T["sr-Latn"] + "</p><p>" + SECOND["sr-Latn"], lang="sr")
    ),
    probe("bs_declared_long", "bs", page(T["bs"] + "</p><p>" + SECOND["bs"], lang="bs-BA")),
    probe("nn_declared_long", NYNORSK, page(T["nn"] + "</p><p>" + SECOND["nn"], lang="nn-NO")),
    probe("gl_declared_long", "gl", page(T["gl"] + "</p><p>" + SECOND["gl"], lang="gl")),
    probe("ms_declared_long", "ms", page(T["ms"] + "</p><p>" + SECOND["ms"], lang="ms")),
    probe("sk_declared_long", "sk", page(T["sk"] + "</p><p>" + SECOND["sk"], lang="sk")),
    probe("ca_declared_long", "ca", page(T["ca"] + "</p><p>" + SECOND["ca"], lang="ca")),
    probe("da_declared_long", "da", page(T["da"] + "</p><p>" + SECOND["da"], lang="da-DK")),
)


def code_of(value: object) -> str | None:
    """A tool's answer as its primary subtag, read the same for both tools ("pt_BR": "pt")."""
    if not value:
        return None
    return str(value).strip().replace("_", "-").split("-")[0].casefold() or None


def report() -> None:  # pragma: no cover - run by hand
    """Both tools' hits on the probes, and each miss, per batch."""
    for batch in (PROBES, SECOND_BATCH):
        _report(batch)


def _answer(tool: str, probe: LanguageProbe) -> object:  # pragma: no cover - run by hand
    """A tool's language for a probe page: trafilatura's as the language kit reads it."""
    if tool == "newsextract":
        import newsextract

        return newsextract.extract(probe.html, url=probe.url).language
    from tests.metadata.language_probes.kit import trafilatura_fields

    return trafilatura_fields(probe.html, probe.url).get("language")


def _report(probes: tuple[LanguageProbe, ...]) -> None:  # pragma: no cover - run by hand
    print(f"{len(probes)} pages")
    for tool in ("newsextract", "trafilatura"):
        answers = {p.name: _answer(tool, p) for p in probes}
        missed = [p for p in probes if code_of(answers[p.name]) not in p.want]
        print(f"{tool}: {len(probes) - len(missed)}/{len(probes)}")
        for p in missed:
            print(f"   {p.name}: {answers[p.name]!r} (want {sorted(p.want)})")


if __name__ == "__main__":  # pragma: no cover
    report()
