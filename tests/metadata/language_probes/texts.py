"""Each language's two paragraphs of story text the probe pages set under their headlines
(invented: a town's new market, park or water scheme)."""

from __future__ import annotations

# Each language's text: two paragraphs of invented news, in the language.
HI = (
    "शहर के पुराने बाज़ार में मंगलवार को नई जल आपूर्ति योजना का उद्घाटन किया गया। नगर "
    "निगम के अधिकारियों ने बताया कि इस योजना से लगभग बीस हज़ार परिवारों को रोज़ाना साफ़ "
    "पानी मिलेगा और गर्मियों में टैंकरों पर निर्भरता कम होगी।",
    "स्थानीय निवासियों ने इस कदम का स्वागत किया, लेकिन कुछ दुकानदारों ने कहा कि "
    "पाइपलाइन का काम समय पर पूरा नहीं हुआ और सड़कें महीनों तक खुदी रहीं। अधिकारियों के "
    "अनुसार अगले महीने तक सभी मोहल्लों में कनेक्शन दे दिए जाएंगे।",
)
BN = (
    "নদীর ভাঙনে গত সপ্তাহে চরাঞ্চলের তিনটি গ্রামের অন্তত দুই শতাধিক পরিবার ঘরবাড়ি হারিয়েছে। "
    "স্থানীয় প্রশাসন জানিয়েছে, ক্ষতিগ্রস্তদের জন্য অস্থায়ী আশ্রয়কেন্দ্র খোলা হয়েছে এবং "
    "শুকনো খাবার বিতরণ করা হচ্ছে।",
    "গ্রামবাসীরা বলছেন, প্রতি বছর বর্ষার আগে বাঁধ মেরামতের প্রতিশ্রুতি দেওয়া হলেও কাজ "
    "শেষ হয় না। পানি উন্নয়ন বোর্ডের একজন কর্মকর্তা জানান, এবার শুষ্ক মৌসুমেই নতুন বাঁধের "
    "কাজ শুরু করা হবে।",
)
TA = (
    "நகரின் மையப் பகுதியில் அமைக்கப்பட்ட புதிய பொது நூலகம் செவ்வாய்க்கிழமை "
    "திறக்கப்பட்டது. இதில் ஐம்பதாயிரத்துக்கும் மேற்பட்ட நூல்களும் குழந்தைகளுக்கான தனிப் "
    "பிரிவும் உள்ளன என்று மாநகராட்சி அதிகாரிகள் தெரிவித்தனர்.",
    "மாணவர்களும் முதியவர்களும் முதல் நாளிலேயே பெருமளவில் வருகை தந்தனர். நூலகம் காலை "
    "எட்டு மணி முதல் இரவு எட்டு மணி வரை திறந்திருக்கும் என்றும் இணைய வசதி இலவசமாக "
    "வழங்கப்படும் என்றும் அறிவிக்கப்பட்டுள்ளது.",
)
UR = (
    "شہر کے مضافاتی علاقوں میں منگل کے روز شدید بارش کے بعد کئی سڑکیں زیرِ آب آ گئیں اور "
    "ٹریفک گھنٹوں معطل رہا۔ ضلعی انتظامیہ کے مطابق نکاسی آب کے لیے اضافی مشینری طلب کر لی "
    "گئی ہے۔",
    "مقامی تاجروں نے شکایت کی کہ ہر سال برسات میں یہی صورتحال پیدا ہوتی ہے مگر مستقل حل "
    "تلاش نہیں کیا جاتا۔ حکام کا کہنا ہے کہ نئے نالوں کی تعمیر کا منصوبہ اگلے مالی سال میں "
    "شروع کیا جائے گا۔",
)
FA = (
    "مدیر کل راه و شهرسازی استان روز سه‌شنبه از آغاز عملیات ساخت پل جدید روی رودخانه خبر "
    "داد. به گفته او این پل ترافیک ورودی شهر را تا نیمی کاهش خواهد داد و تا دو سال دیگر "
    "به بهره‌برداری می‌رسد.",
    "ساکنان محله‌های اطراف از این طرح استقبال کردند، اما برخی از کسبه نگران بسته شدن "
    "مسیرها در دوران ساخت هستند. مسئولان وعده داده‌اند که مسیرهای جایگزین پیش از شروع کار "
    "آماده شود.",
)
HE = (
    "עיריית העיר הודיעה ביום שלישי על פתיחת פארק חדש בשכונה הצפונית, הכולל שבילי אופניים, "
    "מתקני משחק ומגרש ספורט. לדברי ראש העירייה, העבודות נמשכו כשנתיים ועלו כשלושים מיליון "
    "שקלים.",
    "תושבי השכונה בירכו על הפתיחה, אך חלקם התלוננו על מחסור בחניה באזור. בעירייה אמרו כי "
    "חניון נוסף ייבנה בשנה הבאה וכי קווי האוטובוס באזור יתוגברו כבר בחודש הקרוב.",
)
EL = (
    "Σε λειτουργία τέθηκε την Τρίτη η νέα γραμμή του προαστιακού που συνδέει το λιμάνι με το "
    "κέντρο της πόλης. Σύμφωνα με τη διοίκηση, τα δρομολόγια θα εκτελούνται κάθε είκοσι λεπτά "
    "από τις έξι το πρωί έως τα μεσάνυχτα.",
    "Οι κάτοικοι των γύρω περιοχών χαιρέτισαν την εξέλιξη, ωστόσο ζήτησαν περισσότερους "
    "χώρους στάθμευσης κοντά στους σταθμούς. Ο δήμος ανακοίνωσε ότι μελετά τη δημιουργία δύο "
    "νέων χώρων μέσα στο επόμενο έτος.",
)
UK = (
    "У вівторок у місті відкрили оновлений критий ринок, реконструкція якого тривала майже "
    "два роки. За словами представників міської ради, тут розмістилися понад сто торговельних "
    "місць для місцевих фермерів.",
    "Відвідувачі позитивно оцінили нові умови, проте деякі продавці поскаржилися на високу "
    "орендну плату. У міськраді пообіцяли переглянути тарифи для малих виробників до кінця "
    "весни.",
)
BG = (
    "Общината откри във вторник обновената градска библиотека след близо година ремонт. "
    "Според кмета в сградата вече има читалня за деца, зала за събития и безплатен интернет "
    "за всички посетители.",
    "Жителите на квартала посрещнаха новината с радост, но някои от тях се оплакаха от липсата "
    "на паркоместа. От общината обещаха нов паркинг в близост до сградата до края на годината.",
)
CS = (
    "Radnice v úterý slavnostně otevřela nově opravenou lávku přes řeku, která byla téměř rok "
    "uzavřena. Oprava podle vedení města stála dvacet milionů korun a prodloužila životnost "
    "konstrukce o desítky let.",
    "Obyvatelé okolních čtvrtí otevření uvítali, protože museli dlouho chodit oklikou přes "
    "centrum. Město nyní plánuje opravit také druhou lávku v dolní části toku.",
)
SK = (
    "Mesto v utorok otvorilo zrekonštruovanú tržnicu na hlavnom námestí, ktorá bola dva roky "
    "zatvorená. Podľa primátora tu nájde miesto vyše päťdesiat miestnych pestovateľov a "
    "remeselníkov.",
    "Obyvatelia si novú tržnicu pochvaľujú, niektorí predajcovia však upozorňujú na vysoké "
    "nájomné. Samospráva sľúbila, že ceny prehodnotí do konca leta.",
)
RO = (
    "Primăria a inaugurat marți noul parc din cartierul de nord, după aproape doi ani de "
    "lucrări. Potrivit primarului, parcul are piste pentru biciclete, locuri de joacă și un "
    "teren de sport deschis tuturor locuitorilor.",
    "Locuitorii au salutat deschiderea, însă unii s-au plâns de lipsa locurilor de parcare din "
    "zonă. Reprezentanții primăriei au promis o parcare nouă până la sfârșitul anului.",
)
HU = (
    "Kedden átadták a felújított városi uszodát, amely közel két évig zárva tartott. A "
    "polgármester szerint a medencék mellett új szauna és gyerekmedence is várja a "
    "látogatókat hétfőtől vasárnapig.",
    "A környéken élők örömmel fogadták a hírt, bár néhányan a jegyárak emelését kifogásolták. "
    "Az önkormányzat kedvezményes bérletet ígért a diákoknak és a nyugdíjasoknak.",
)
SV = (
    "Kommunen invigde på tisdagen den nya gång- och cykelbron över ån, som har varit stängd "
    "för renovering i nästan ett år. Enligt kommunen kostade arbetet omkring tjugo miljoner "
    "kronor.",
    "Boende i området välkomnade öppningen men efterlyste bättre belysning längs vägen. "
    "Kommunen lovar att se över belysningen innan hösten kommer.",
)
DA = (
    "Kommunen åbnede tirsdag det nye bibliotek i bymidten efter næsten to års byggeri. Ifølge "
    "borgmesteren rummer huset også et værksted for børn og en sal til foredrag og koncerter.",
    "Borgerne tog godt imod åbningen, men flere savner parkeringspladser tæt på huset. "
    "Kommunen vil undersøge mulighederne for en ny parkeringsplads inden sommeren.",
)
NB = (
    "Kommunen åpnet tirsdag den nye svømmehallen i sentrum etter nesten to års bygging. Ifølge "
    "ordføreren har anlegget både et opplæringsbasseng for barn og en egen avdeling for "
    "eldre.",
    "Innbyggerne tok godt imot åpningen, men flere mener billettprisene er for høye. Kommunen "
    "lover å vurdere rabatter for studenter og pensjonister før sommeren.",
)
FI = (
    "Kaupunki avasi tiistaina uuden kirjaston keskustaan lähes kahden vuoden rakennustöiden "
    "jälkeen. Kirjastossa on lasten osasto, hiljainen lukusali ja tila tapahtumille, kertoo "
    "kaupungin sivistysjohtaja.",
    "Asukkaat ottivat avauksen hyvin vastaan, mutta osa toivoi pidempiä aukioloaikoja "
    "viikonloppuisin. Kaupunki lupaa selvittää asiaa kevään aikana.",
)
VI = (
    "Sáng thứ Ba, thành phố đã khánh thành cây cầu mới bắc qua sông, sau gần hai năm thi công. "
    "Theo lãnh đạo địa phương, cây cầu giúp rút ngắn thời gian đi lại giữa hai bờ xuống còn "
    "mười phút.",
    "Người dân hai bên bờ bày tỏ vui mừng, tuy nhiên một số hộ kinh doanh lo ngại về việc "
    "giải phóng mặt bằng. Chính quyền cho biết sẽ hỗ trợ các hộ bị ảnh hưởng trong tháng tới.",
)
ID = (
    "Pemerintah kota meresmikan pasar tradisional yang baru direnovasi pada Selasa pagi. "
    "Menurut wali kota, pasar ini kini menampung lebih dari tiga ratus pedagang dengan "
    "fasilitas air bersih dan tempat parkir yang lebih luas.",
    "Para pedagang menyambut baik renovasi tersebut, meski sebagian mengeluhkan biaya sewa "
    "kios yang naik. Pemerintah berjanji akan meninjau kembali tarif sewa sebelum akhir bulan.",
)
TH = (
    "เทศบาลเมืองเปิดสวนสาธารณะแห่งใหม่ริมแม่น้ำเมื่อวันอังคาร หลังใช้เวลาก่อสร้างเกือบสองปี "
    "นายกเทศมนตรีกล่าวว่าสวนแห่งนี้มีทางจักรยาน ลานกีฬา และพื้นที่สำหรับเด็กเล่น",
    "ชาวบ้านในพื้นที่ต่างแสดงความยินดี แต่บางส่วนกังวลเรื่องที่จอดรถไม่เพียงพอ "
    "เทศบาลระบุว่าจะสร้างลานจอดรถเพิ่มเติมภายในปีนี้",
)
SW = (
    "Halmashauri ya jiji ilizindua soko jipya la mboga Jumanne asubuhi baada ya ujenzi wa "
    "karibu miaka miwili. Kwa mujibu wa meya, soko hilo lina nafasi za wafanyabiashara zaidi "
    "ya mia tatu pamoja na maji safi.",
    "Wafanyabiashara wamepongeza hatua hiyo, ingawa baadhi yao wamelalamikia kodi kubwa ya "
    "meza. Halmashauri imeahidi kupitia upya viwango hivyo kabla ya mwisho wa mwezi.",
)
TL = (
    "Binuksan noong Martes ang bagong pampublikong palengke sa sentro ng bayan matapos ang "
    "halos dalawang taong konstruksiyon. Ayon sa alkalde, may mahigit dalawang daang puwesto "
    "ang palengke para sa mga lokal na magsasaka.",
    "Ikinatuwa ito ng mga residente, ngunit ilang tindero ang nagreklamo sa mataas na upa ng "
    "puwesto. Nangako ang munisipyo na pag-aaralan ang singil bago matapos ang buwan.",
)
KA = (
    "ქალაქის მერიამ სამშაბათს ახალი საზოგადოებრივი ბიბლიოთეკა გახსნა, რომლის მშენებლობაც "
    "თითქმის ორი წელი გაგრძელდა. მერის თქმით, ბიბლიოთეკაში ბავშვებისთვის ცალკე დარბაზი და "
    "უფასო ინტერნეტია.",
    "მოსახლეობამ ახალი ბიბლიოთეკის გახსნას კმაყოფილებით შეხვდა, თუმცა ზოგიერთი მათგანი "
    "ავტოსადგომის ნაკლებობას უჩივის. მერიაში აცხადებენ, რომ ახალი ავტოსადგომი წლის "
    "ბოლომდე აშენდება.",
)
HY = (
    "Քաղաքապետարանը երեքշաբթի օրը բացեց նոր հանրային այգին գետի ափին, որի շինարարությունը "
    "տևել է շուրջ երկու տարի: Քաղաքապետի խոսքով՝ այգում կան հեծանվային արահետներ և "
    "խաղահրապարակներ:",
    "Բնակիչները ողջունեցին այգու բացումը, սակայն ոմանք դժգոհեցին կայանատեղիների պակասից: "
    "Քաղաքապետարանից խոստացել են մինչև տարեվերջ նոր կայանատեղի կառուցել:",
)
MS = (
    "Majlis perbandaran merasmikan pasar awam baharu di pusat bandar pada pagi Selasa selepas "
    "hampir dua tahun pembinaan. Menurut yang dipertua, pasar itu menempatkan lebih tiga ratus "
    "peniaga tempatan.",
    "Penduduk menyambut baik pembukaan itu, namun sebahagian peniaga merungut tentang sewa "
    "gerai yang tinggi. Majlis berjanji akan menyemak semula kadar sewa sebelum hujung bulan.",
)


KM = (
    "សាលាក្រុងបានបើកសួនច្បារសាធារណៈថ្មីមួយនៅមាត់ទន្លេកាលពីថ្ងៃអង្គារ "
    "បន្ទាប់ពីការសាងសង់រយៈពេលជិតពីរឆ្នាំ។ អភិបាលក្រុងបាននិយាយថា សួននេះមានផ្លូវកង់ និងកន្លែងលេងសម្រាប់កុមារ។",
    "ប្រជាពលរដ្ឋក្នុងតំបន់បានស្វាគមន៍ការបើកនេះ "
    "ប៉ុន្តែអ្នកខ្លះបារម្ភអំពីកន្លែងចតរថយន្តមិនគ្រប់គ្រាន់។ សាលាក្រុងបានសន្យាថានឹងសាងសង់ចំណតថ្មីនៅឆ្នាំនេះ។",
)
TI = (
    "ኣብ ጥቓ ሩባ ሓድሽ መናፈሻ ተኸፊቱ። ሰበ-ስልጣን ምምሕዳር ከተማ ከም ዝገለጽዎ፡ እዚ መናፈሻ ልዕሊ ሓደ ሽሕ ኦም "
    "ከምኡ’ውን ናይ ቆልዑ መጻወቲ ቦታ ኣለዎ።",
    "ነበርቲ ከባቢ ነዚ ስጉምቲ ብሓጎስ ተቐቢሎሞ። መናፈሻ ካብ ንግሆ ሰዓት ሽዱሽተ ክሳብ ምሸት ሰዓት ዓሰርተ ክፉት ክኸውን እዩ።",
)
SO = (
    "Suuqa duqa ah ee magaalada ayaa Talaadadii lagu furay mashruuc cusub oo biyo ah. Saraakiisha "
    "dowladda hoose ayaa sheegay in mashruucan uu maalin kasta biyo nadiif ah gaarsiin doono ku "
    "dhowaad labaatan kun oo qoys.",
    "Dadka deegaanka ayaa soo dhoweeyay tallaabadan, balse qaar ka mid ah ganacsatada ayaa sheegay "
    "in shaqada tuubooyinka aan waqtigeeda lagu dhammaystirin. Saraakiisha ayaa sheegay in bisha "
    "soo socota dhammaan xaafadaha la gaarsiin doono.",
)
OM = (
    "Gabaan haaraan magaalaa keessatti Kibxata banameera. Qondaaltonni bulchiinsa magaalaa akka "
    "jedhanitti, pirojektiin kun maatii kuma digdamatti dhiyaatuuf bishaan qulqulluu guyyaa "
    "guyyaan ni dhiyeessa.",
    "Jiraattonni naannichaa tarkaanfii kana simataniiru, garuu daldaltoonni tokko tokko hojiin "
    "ujummoo yeroo isaatti hin xumuramne jedhan. Akka qondaaltonni jedhanitti, ji'a dhufu "
    "keessatti ollaawwan hundi ni walqabatu.",
)
AM = (
    "የከተማው አስተዳደር ማክሰኞ ዕለት በወንዙ ዳርቻ አዲስ የሕዝብ መናፈሻ ከፍቷል። ግንባታው ሁለት ዓመት ገደማ "
    "የፈጀ ሲሆን መናፈሻው የብስክሌት መንገዶችና የልጆች መጫወቻ ስፍራዎች አሉት ብለዋል ከንቲባው።",
    "ነዋሪዎች መናፈሻው መከፈቱን በደስታ ተቀብለውታል፤ ሆኖም አንዳንዶቹ የመኪና ማቆሚያ እጥረት እንዳለ ገልጸዋል። "
    "አስተዳደሩ በዓመቱ መጨረሻ አዲስ ማቆሚያ እንደሚገነባ ቃል ገብቷል።",
)
NE = (
    "नगरपालिकाले मंगलबार खोला किनारमा नयाँ सार्वजनिक पार्क सञ्चालनमा ल्याएको छ। करिब दुई वर्ष "
    "लगाएर निर्माण गरिएको पार्कमा साइकल मार्ग र बालबालिकाका लागि खेल्ने ठाउँ रहेको मेयरले बताए।",
    "स्थानीयवासीले पार्क खुलेकोमा खुसी व्यक्त गरे पनि केहीले पार्किङ अभाव रहेको गुनासो गरे। "
    "नगरपालिकाले यो वर्षभित्र नयाँ पार्किङ बनाउने बताएको छ।",
)
MR = (
    "महापालिकेने मंगळवारी नदीकाठी नवीन सार्वजनिक उद्यान खुले केले. सुमारे दोन वर्षे काम चालू "
    "असलेल्या या उद्यानात सायकल मार्ग आणि मुलांसाठी खेळण्याची जागा आहे, असे महापौरांनी सांगितले.",
    "स्थानिक नागरिकांनी उद्यानाचे स्वागत केले, मात्र काहींनी वाहनतळाच्या कमतरतेबद्दल तक्रार केली. "
    "महापालिकेने वर्षअखेरीस नवीन वाहनतळ बांधण्याचे आश्वासन दिले आहे.",
)
GU = (
    "મહાનગરપાલિકાએ મંગળવારે નદીકિનારે નવો જાહેર બગીચો ખુલ્લો મૂક્યો હતો. લગભગ બે વર્ષના કામ પછી "
    "તૈયાર થયેલા આ બગીચામાં સાયકલ માર્ગ અને બાળકો માટે રમતનું મેદાન છે, એમ મેયરે જણાવ્યું હતું.",
    "સ્થાનિક રહેવાસીઓએ બગીચાનું સ્વાગત કર્યું, પરંતુ કેટલાક લોકોએ પાર્કિંગની અછતની ફરિયાદ કરી હતી. "
    "મહાનગરપાલિકાએ વર્ષના અંત સુધીમાં નવું પાર્કિંગ બનાવવાનું વચન આપ્યું છે.",
)
TE = (
    "నగరపాలక సంస్థ మంగళవారం నది ఒడ్డున కొత్త పబ్లిక్ పార్కును ప్రారంభించింది. దాదాపు రెండేళ్ల పాటు "
    "నిర్మాణం జరిగిన ఈ పార్కులో సైకిల్ దారులు, పిల్లల ఆట స్థలం ఉన్నాయని మేయర్ తెలిపారు.",
    "స్థానికులు పార్కు ప్రారంభాన్ని స్వాగతించారు, అయితే కొందరు పార్కింగ్ కొరతపై ఫిర్యాదు చేశారు. "
    "ఈ ఏడాది చివరికల్లా కొత్త పార్కింగ్ నిర్మిస్తామని అధికారులు హామీ ఇచ్చారు.",
)
ML = (
    "നഗരസഭ ചൊവ്വാഴ്ച പുഴയോരത്ത് പുതിയ പൊതു ഉദ്യാനം തുറന്നു. ഏകദേശം രണ്ട് വർഷമെടുത്ത് നിർമ്മിച്ച "
    "ഉദ്യാനത്തിൽ സൈക്കിൾ പാതകളും കുട്ടികൾക്കുള്ള കളിസ്ഥലവും ഉണ്ടെന്ന് മേയർ പറഞ്ഞു.",
    "പ്രദേശവാസികൾ ഉദ്യാനം തുറന്നതിനെ സ്വാഗതം ചെയ്തെങ്കിലും ചിലർ പാർക്കിംഗ് "
    "സൗകര്യക്കുറവിനെക്കുറിച്ച് പരാതിപ്പെട്ടു. ഈ വർഷം തന്നെ പുതിയ പാർക്കിംഗ് നിർമ്മിക്കുമെന്ന് നഗരസഭ അറിയിച്ചു.",
)
PA = (
    "ਨਗਰ ਨਿਗਮ ਨੇ ਮੰਗਲਵਾਰ ਨੂੰ ਦਰਿਆ ਕੰਢੇ ਨਵਾਂ ਜਨਤਕ ਪਾਰਕ ਖੋਲ੍ਹਿਆ। ਲਗਭਗ ਦੋ ਸਾਲਾਂ ਵਿੱਚ ਤਿਆਰ ਹੋਏ ਇਸ "
    "ਪਾਰਕ ਵਿੱਚ ਸਾਈਕਲ ਰਸਤੇ ਅਤੇ ਬੱਚਿਆਂ ਲਈ ਖੇਡ ਮੈਦਾਨ ਹੈ, ਮੇਅਰ ਨੇ ਦੱਸਿਆ।",
    "ਸਥਾਨਕ ਲੋਕਾਂ ਨੇ ਪਾਰਕ ਦਾ ਸਵਾਗਤ ਕੀਤਾ, ਪਰ ਕੁਝ ਨੇ ਪਾਰਕਿੰਗ ਦੀ ਘਾਟ ਦੀ ਸ਼ਿਕਾਇਤ ਕੀਤੀ। ਨਿਗਮ ਨੇ ਸਾਲ "
    "ਦੇ ਅੰਤ ਤੱਕ ਨਵੀਂ ਪਾਰਕਿੰਗ ਬਣਾਉਣ ਦਾ ਵਾਅਦਾ ਕੀਤਾ ਹੈ।",
)
SI = (
    "නගර සභාව අඟහරුවාදා ගඟ අසල නව පොදු උද්‍යානයක් විවෘත කළේය. වසර දෙකකට ආසන්න කාලයක් ඉදිකිරීම් "
    "කළ මෙම උද්‍යානයේ බයිසිකල් මාර්ග සහ ළමා ක්‍රීඩා පිටියක් ඇති බව නගරාධිපතිවරයා පැවසීය.",
    "ප්‍රදේශවාසීන් උද්‍යානය විවෘත කිරීම පිළිගත් නමුත් සමහරු වාහන නැවැත්වීමේ ඉඩ නොමැතිකම ගැන "
    "පැමිණිලි කළහ. මෙම වසර අවසානයට පෙර නව වාහන නැවතුමක් ඉදිකරන බව නගර සභාව පැවසීය.",
)
AS = (
    "চহৰৰ পুৰণি বজাৰত মঙলবাৰে নতুন পানী যোগান আঁচনিৰ উদ্বোধন কৰা হয়। পৌৰ নিগমৰ বিষয়াসকলে "
    "জনোৱা মতে এই আঁচনিৰ দ্বাৰা প্ৰায় বিশ হাজাৰ পৰিয়ালে প্ৰতিদিনে বিশুদ্ধ পানী পাব।",
    "স্থানীয় বাসিন্দাসকলে এই পদক্ষেপক আদৰণি জনাইছে, কিন্তু কিছুমান দোকানীয়ে কয় যে পাইপলাইনৰ "
    "কাম সময়মতে সম্পূৰ্ণ হোৱা নাছিল। বিষয়াসকলৰ মতে অহা মাহৰ ভিতৰত সকলো অঞ্চলত সংযোগ দিয়া হ'ব।",
)
OR = (
    "ନଦୀ କୂଳରେ ନୂଆ ପାର୍କ ଖୋଲିଲା। ପୌରପାଳିକା ଅଧିକାରୀମାନେ କହିଛନ୍ତି ଯେ ଏହି ପାର୍କରେ ଏକ ହଜାରରୁ ଅଧିକ ଗଛ ଓ ପିଲାଙ୍କ ପାଇଁ ଖେଳପଡ଼ିଆ ରହିଛି।",
    "ସ୍ଥାନୀୟ ବାସିନ୍ଦାମାନେ ଏହି ପଦକ୍ଷେପକୁ ସ୍ୱାଗତ କରିଛନ୍ତି। ପାର୍କଟି ସକାଳ ଛଅଟାରୁ ରାତି ଦଶଟା ପର୍ଯ୍ୟନ୍ତ ଖୋଲା ରହିବ ବୋଲି ଜଣାପଡ଼ିଛି।",
)
SD = (
    "شهر جي پراڻي بازار ۾ اڱاري ڏينهن نئين پاڻي جي اسڪيم جو افتتاح ڪيو ويو. ميونسپل عملدارن "
    "ٻڌايو ته هن اسڪيم سان لڳ ڀڳ ويهه هزار خاندانن کي روزانو صاف پاڻي ملندو.",
    "مقامي رهاڪن هن قدم جو آڌرڀاءُ ڪيو، پر ڪجهه دڪاندارن چيو ته پائپ لائين جو ڪم وقت تي مڪمل "
    "نه ٿيو. عملدارن موجب ايندڙ مهيني تائين سڀني محلن ۾ ڪنيڪشن ڏنا ويندا.",
)
BE = (
    "Гарадскія ўлады ў аўторак адкрылі новы парк на беразе ракі. Па словах мэра, у парку ёсць "
    "веласіпедныя дарожкі і дзіцячыя пляцоўкі.",
    "Мясцовыя жыхары ўхвалілі адкрыццё, але некаторыя скардзіліся на недахоп месцаў для паркоўкі. "
    "Да канца года ўлады абяцаюць пабудаваць новую стаянку.",
)
ET = (
    "Linnavalitsus avas teisipäeval jõe ääres uue pargi. Linnapea sõnul on pargis jalgrattateed "
    "ja laste mänguväljakud.",
    "Kohalikud elanikud tervitasid pargi avamist, kuid mõned kurtsid parkimiskohtade vähesuse "
    "üle. Linn lubab aasta lõpuks rajada uue parkla.",
)
LV = (
    "Pašvaldība otrdien atklāja jaunu parku upes krastā. Pēc mēra teiktā, parkā ir velosipēdu "
    "celiņi un bērnu rotaļu laukumi.",
    "Vietējie iedzīvotāji atzinīgi novērtēja parka atklāšanu, taču daži sūdzējās par stāvvietu "
    "trūkumu. Pašvaldība sola līdz gada beigām izbūvēt jaunu stāvlaukumu.",
)
MK = (
    "Општината во вторник отвори нов парк покрај реката. Според градоначалникот, паркот има "
    "велосипедски патеки и детски игралишта.",
    "Локалните жители го поздравија отворањето, но некои се пожалија на недостигот од паркинг "
    "места. Општината ветува нов паркинг до крајот на годината.",
)
KN = (
    "ನಗರದ ಹಳೆಯ ಮಾರುಕಟ್ಟೆಯಲ್ಲಿ ಮಂಗಳವಾರ ಹೊಸ ನೀರು ಸರಬರಾಜು ಯೋಜನೆಗೆ ಚಾಲನೆ ನೀಡಲಾಯಿತು. ಈ ಯೋಜನೆಯಿಂದ "
    "ಸುಮಾರು ಇಪ್ಪತ್ತು ಸಾವಿರ ಕುಟುಂಬಗಳಿಗೆ ಪ್ರತಿದಿನ ಶುದ್ಧ ನೀರು ಸಿಗಲಿದೆ ಎಂದು ಅಧಿಕಾರಿಗಳು ತಿಳಿಸಿದರು.",
    "ಸ್ಥಳೀಯ ನಿವಾಸಿಗಳು ಈ ಕ್ರಮವನ್ನು ಸ್ವಾಗತಿಸಿದ್ದಾರೆ, ಆದರೆ ಕೆಲವು ಅಂಗಡಿಯವರು ಪೈಪ್‌ಲೈನ್ ಕಾಮಗಾರಿ ಸಮಯಕ್ಕೆ "
    "ಸರಿಯಾಗಿ ಮುಗಿದಿಲ್ಲ ಎಂದು ಹೇಳಿದರು.",
)
AF = (
    "Die munisipaliteit het Dinsdag ’n nuwe park langs die rivier geopen. Volgens die "
    "burgemeester het die park fietspaaie en speelgronde vir kinders.",
    "Plaaslike inwoners het die opening verwelkom, maar sommige het gekla oor die gebrek aan "
    "parkeerplek. Die munisipaliteit beloof om teen die einde van die jaar ’n nuwe parkeerterrein "
    "te bou.",
)
LT = (
    "Savivaldybė antradienį atidarė naują viešąjį parką prie upės, kurio statybos truko beveik "
    "dvejus metus. Pasak mero, parke įrengti dviračių takai ir vaikų žaidimų aikštelės.",
    "Gyventojai parko atidarymą sutiko palankiai, tačiau kai kurie skundėsi automobilių stovėjimo "
    "vietų trūkumu. Savivaldybė žada naują aikštelę įrengti iki metų pabaigos.",
)
SL = (
    "Občina je v torek odprla nov javni park ob reki, ki so ga gradili skoraj dve leti. Po besedah "
    "župana so v parku kolesarske steze in otroška igrišča.",
    "Prebivalci so odprtje pozdravili, nekateri pa so se pritožili nad pomanjkanjem parkirnih "
    "mest. Občina obljublja novo parkirišče do konca leta.",
)
HR = (
    "Gradska uprava u utorak je otvorila novi javni park uz rijeku, koji se gradio gotovo dvije "
    "godine. Prema riječima gradonačelnika, u parku su biciklističke staze i dječja igrališta.",
    "Stanovnici su otvorenje pozdravili, no neki su se požalili na nedostatak parkirnih mjesta. "
    "Grad obećava novo parkiralište do kraja godine.",
)
SR = (
    "Градска управа је у уторак отворила нови јавни парк поред реке, који је грађен скоро две "
    "године. Према речима градоначелника, у парку се налазе бициклистичке стазе и дечја игралишта.",
    "Становници су поздравили отварање, али су се неки жалили на недостатак паркинг места. Град "
    "обећава нови паркинг до краја године.",
)
KK = (
    "Қала әкімдігі сейсенбі күні өзен жағасында жаңа саябақ ашты, оның құрылысы екі жылға жуық "
    "созылды. Әкімнің айтуынша, саябақта велосипед жолдары мен балалар алаңы бар.",
    "Тұрғындар саябақтың ашылуын құптады, алайда кейбірі көлік тұрағының жетіспеушілігіне "
    "шағымданды. Әкімдік жыл соңына дейін жаңа тұрақ салуға уәде берді.",
)
SQ = (
    "Bashkia hapi të martën parkun e ri publik buzë lumit, ndërtimi i të cilit zgjati gati dy "
    "vjet. Sipas kryetarit, në park ka shtigje për biçikleta dhe kënde lojërash për fëmijë.",
    "Banorët e përshëndetën hapjen, por disa u ankuan për mungesën e vendeve të parkimit. Bashkia "
    "premton një parking të ri deri në fund të vitit.",
)

PS = (
    "ښاروالۍ د سه شنبې په ورځ د سیند پر غاړه یو نوی عامه پارک پرانیست چې جوړول یې نږدې دوه کاله "
    "وخت ونیو. ښاروال وویل چې په پارک کې د بایسکل لارې او د ماشومانو د لوبو ځایونه شته.",
    "سیمه ییزو اوسیدونکو د پارک پرانیستل ښه وبلل، خو ځینو د موټرو د تمځای د کمښت په اړه شکایت "
    "وکړ. ښاروالۍ ژمنه کړې چې د کال تر پایه به نوی تمځای جوړ کړي.",
)
CKB = (
    "شارەوانی شار ڕۆژی سێشەممە پارکێکی نوێی لە کەناری ڕووبارەکە کردەوە. بەرپرسانی شارەوانی "
    "ڕایانگەیاند کە پارکەکە زیاتر لە هەزار دار و یاریگایەکی منداڵانی تێدایە.",
    "دانیشتووانی ناوچەکە پێشوازییان لەم هەنگاوە کرد. پارکەکە لە کاتژمێر شەشی بەیانییەوە تا "
    "دەی شەو کراوە دەبێت.",
)
UG = (
    "شەھەرنىڭ كونا بازىرىدا سەيشەنبە كۈنى يېڭى سۇ تەمىنلەش قۇرۇلۇشى ئېچىلدى. شەھەرلىك ھۆكۈمەت "
    "خادىملىرىنىڭ ئېيتىشىچە، بۇ قۇرۇلۇش ئارقىلىق يىگىرمە مىڭغا يېقىن ئائىلە ھەر كۈنى پاكىز سۇ "
    "بىلەن تەمىنلىنىدۇ.",
    "يەرلىك ئاھالىلەر بۇ قەدەمنى قارشى ئالدى، ئەمما بەزى دۇكاندارلار تۇرۇبا قۇرۇلۇشىنىڭ ۋاقتىدا "
    "تاماملانمىغانلىقىنى ئېيتتى. خادىملارنىڭ ئېيتىشىچە، كېلەر ئايغىچە بارلىق مەھەللىلەر ئۇلىنىدۇ.",
)
KY = (
    "Шаардын эски базарында шейшемби күнү жаңы суу түтүгү ачылды. Шаардык кеңештин "
    "кызматкерлеринин айтымында, бул долбоор аркылуу жыйырма миңге жакын үй-бүлө күн сайын таза "
    "суу алат.",
    "Жергиликтүү тургундар бул кадамды кубаттады, бирок айрым соодагерлер түтүк төшөө иштери өз "
    "убагында бүтпөгөнүн айтышты. Кызматкерлердин айтымында, кийинки айга чейин бардык "
    "кварталдар туташтырылат.",
)
TG = (
    "Мақомоти шаҳр рӯзи сешанбе дар соҳили дарё боғи нави ҷамъиятӣ кушод, ки сохтмони он қариб ду "
    "сол давом кард. Ба гуфтаи раиси шаҳр, дар боғ роҳҳои велосипедронӣ ва майдончаҳои бозии "
    "кӯдакон мавҷуданд.",
    "Сокинон кушодани боғро истиқбол карданд, аммо баъзеҳо аз нарасидани ҷойҳои истгоҳи мошин "
    "шикоят карданд. Мақомот ваъда доданд, ки то охири сол истгоҳи нав месозанд.",
)

YO = (
    "Ìjọba ìbílẹ̀ ṣí ọjà tuntun kan sílẹ̀ ní àárín ìlú ní ọjọ́ Ìṣẹ́gun lẹ́yìn ọdún méjì tí wọ́n "
    "fi kọ́ ọ. Alága ìjọba ìbílẹ̀ sọ pé ọjà náà ní ààyè fún àwọn oníṣòwò tó lé ní ọ̀ọ́dúnrún.",
    "Àwọn olùgbé àdúgbò náà kí ìgbésẹ̀ yìí káàbọ̀, ṣùgbọ́n àwọn kan ráhùn nípa owó ilé ìtajà tó "
    "ga. Ìjọba ṣèlérí láti ṣàtúnyẹ̀wò owó náà kí oṣù tó parí.",
)
HA = (
    "Karamar hukumar birnin ta bude sabuwar kasuwa a tsakiyar gari ranar Talata bayan shekaru "
    "biyu ana gininta. Shugaban karamar hukumar ya ce kasuwar tana da wurare ga 'yan kasuwa "
    "fiye da dari uku.",
    "Mazauna yankin sun yi maraba da matakin, amma wasu 'yan kasuwa sun koka kan tsadar haya. "
    "Hukumar ta yi alkawarin sake duba kudin hayar kafin karshen wata.",
)
KU = (
    "Şaredariya bajêr roja sêşemê li navenda bajêr sûkeke nû vekir, piştî ku avakirina wê du "
    "sal dom kir. Serokê şaredariyê got ku di sûkê de cih ji bo zêdetirî sê sed bazirganan hene.",
    "Niştecihên taxê gav pîroz kirin, lê hin bazirgan ji bihayê kirê gilî kirin. Şaredariyê "
    "soz da ku berî dawiya mehê bihayê kirê dîsa binirxîne.",
)
MY = (
    "မြို့တော်စည်ပင်သာယာရေးအဖွဲ့သည် အင်္ဂါနေ့က မြစ်ကမ်းနားတွင် ပြည်သူ့ဥယျာဉ်အသစ်တစ်ခုကို "
    "ဖွင့်လှစ်ခဲ့သည်။ ဥယျာဉ်တွင် စက်ဘီးလမ်းများနှင့် ကလေးကစားကွင်းများ ပါဝင်ကြောင်း မြို့တော်ဝန်က ပြောကြားခဲ့သည်။",
    "ဒေသခံများက ဥယျာဉ်ဖွင့်လှစ်ခြင်းကို ကြိုဆိုကြသော်လည်း အချို့က ကားရပ်နားရန်နေရာ "
    "မလုံလောက်ကြောင်း တိုင်ကြားခဲ့ကြသည်။ ယခုနှစ်အတွင်း ကားပါကင်အသစ် တည်ဆောက်မည်ဟု အဖွဲ့က ကတိပြုခဲ့သည်။",
)
AZ = (
    "Şəhər icra hakimiyyəti çərşənbə axşamı çayın sahilində yeni ictimai park açıb. Tikintisi "
    "təxminən iki il davam edən parkda velosiped yolları və uşaq meydançaları var.",
    "Sakinlər parkın açılışını alqışlayıb, lakin bəziləri avtomobil dayanacaqlarının "
    "çatışmazlığından şikayət edib. İcra hakimiyyəti il sonunadək yeni dayanacaq tikiləcəyini "
    "vəd edib.",
)
UZ = (
    "Shahar hokimligi seshanba kuni daryo bo'yida yangi jamoat bog'ini ochdi. Qurilishi qariyb "
    "ikki yil davom etgan bog'da velosiped yo'laklari va bolalar maydonchalari bor.",
    "Aholi bog'ning ochilishini olqishladi, biroq ayrimlar avtoturargohlar yetishmasligidan "
    "shikoyat qildi. Hokimlik yil oxirigacha yangi avtoturargoh qurishni va'da qildi.",
)
MN = (
    "Хотын захиргаа мягмар гарагт голын эрэг дээр шинэ цэцэрлэгт хүрээлэн нээлээ. Бараг хоёр жил "
    "барьсан энэхүү цэцэрлэгт дугуйн зам, хүүхдийн тоглоомын талбай бий гэж хотын дарга мэдэгдлээ.",
    "Оршин суугчид нээлтийг сайшаасан ч зарим нь зогсоолын хомсдолд гомдол гаргажээ. Захиргаа "
    "оны эцэс гэхэд шинэ зогсоол барина гэж амласан.",
)
BS = (
    "Gradska uprava je u utorak otvorila novi javni park uz rijeku, čija je izgradnja trajala "
    "skoro dvije godine. Prema riječima načelnika, u parku se nalaze biciklističke staze i "
    "dječija igrališta.",
    "Stanovnici su pozdravili otvaranje, ali su se neki žalili na nedostatak parking mjesta. "
    "Općina obećava novi parking do kraja godine.",
)
SR_LATN = (
    "Gradska uprava je u utorak otvorila novi javni park pored reke, koji je građen skoro dve "
    "godine. Prema rečima gradonačelnika, u parku se nalaze biciklističke staze i dečja "
    "igrališta.",
    "Stanovnici su pozdravili otvaranje, ali su se neki žalili na nedostatak parking mesta. Grad "
    "obećava novi parking do kraja godine.",
)
CA = (
    "L'Ajuntament va inaugurar dimarts el nou parc públic a la vora del riu, després de gairebé "
    "dos anys d'obres. Segons l'alcaldessa, el parc té carrils bici i zones de joc per als "
    "infants.",
    "Els veïns van celebrar l'obertura, però alguns es van queixar de la manca de places "
    "d'aparcament. L'Ajuntament promet un nou aparcament abans que acabi l'any.",
)
EU = (
    "Udalak asteartean ibaiaren ertzean parke publiko berria ireki zuen, ia bi urteko lanen "
    "ondoren. Alkatearen arabera, parkeak bizikleta bideak eta haurrentzako jolas guneak ditu.",
    "Bizilagunek irekiera ongi hartu zuten, baina batzuk aparkalekuen faltaz kexatu ziren. "
    "Udalak urtea amaitu aurretik aparkaleku berria egingo duela agindu du.",
)
GL = (
    "O Concello inaugurou o martes o novo parque público á beira do río, despois de case dous "
    "anos de obras. Segundo a alcaldesa, o parque conta con carrís bici e zonas de xogo para os "
    "nenos.",
    "A veciñanza celebrou a apertura, pero algunhas persoas queixáronse da falta de prazas de "
    "aparcamento. O Concello promete un novo aparcamento antes de que remate o ano.",
)
CY = (
    "Agorodd y cyngor barc cyhoeddus newydd ar lan yr afon ddydd Mawrth, ar ôl bron i ddwy "
    "flynedd o waith adeiladu. Yn ôl yr arweinydd, mae gan y parc lwybrau beicio a mannau "
    "chwarae i blant.",
    "Croesawodd y trigolion yr agoriad, ond cwynodd rhai am y diffyg lleoedd parcio. Mae'r "
    "cyngor wedi addo maes parcio newydd cyn diwedd y flwyddyn.",
)
GA = (
    "D'oscail an chomhairle páirc phoiblí nua cois na habhann Dé Máirt, tar éis beagnach dhá "
    "bhliain oibre. Dar leis an gcathaoirleach, tá cosáin rothar agus clós súgartha do pháistí "
    "sa pháirc.",
    "Chuir na cónaitheoirí fáilte roimh an oscailt, ach rinne cuid acu gearán faoin easpa "
    "spásanna páirceála. Gheall an chomhairle carrchlós nua roimh dheireadh na bliana.",
)
MT = (
    "Il-kunsill lokali fetaħ nhar it-Tlieta ġnien pubbliku ġdid ħdejn ix-xatt, wara kważi "
    "sentejn ta' xogħol. Skont is-sindku, il-ġnien għandu mogħdijiet għar-roti u spazji "
    "tal-logħob għat-tfal.",
    "Ir-residenti laqgħu l-ftuħ, iżda xi wħud ilmentaw dwar in-nuqqas ta' spazji għall-parkeġġ. "
    "Il-kunsill wiegħed parkeġġ ġdid qabel tmiem is-sena.",
)
IS = (
    "Bæjarstjórnin opnaði nýjan almenningsgarð við ána á þriðjudag eftir nær tveggja ára "
    "framkvæmdir. Að sögn bæjarstjóra eru í garðinum hjólastígar og leiksvæði fyrir börn.",
    "Íbúar fögnuðu opnuninni en sumir kvörtuðu undan skorti á bílastæðum. Bæjarstjórnin lofar "
    "nýju bílastæði fyrir lok ársins.",
)
AR = (
    "افتتحت البلدية يوم الثلاثاء حديقة عامة جديدة على ضفاف النهر بعد نحو عامين من أعمال البناء. "
    "وقال رئيس البلدية إن الحديقة تضم مسارات للدراجات وملاعب للأطفال.",
    "ورحب السكان بافتتاح الحديقة، لكن بعضهم اشتكى من نقص أماكن وقوف السيارات. ووعدت البلدية "
    "ببناء موقف جديد قبل نهاية العام.",
)
PT = (
    "A câmara municipal inaugurou na terça-feira o novo parque público junto ao rio, depois de "
    "quase dois anos de obras. Segundo o presidente, o parque tem ciclovias e parques infantis.",
    "Os moradores saudaram a abertura, mas alguns queixaram-se da falta de estacionamento. A "
    "câmara promete um novo parque de estacionamento até ao fim do ano.",
)
IT = (
    "Il Comune ha inaugurato martedì il nuovo parco pubblico lungo il fiume, dopo quasi due anni "
    "di lavori. Secondo il sindaco, il parco ha piste ciclabili e aree gioco per i bambini.",
    "I residenti hanno accolto con favore l'apertura, ma alcuni lamentano la mancanza di "
    "parcheggi. Il Comune promette un nuovo parcheggio entro la fine dell'anno.",
)

CS2 = (
    "Město v úterý otevřelo nový park u řeky, který se stavěl téměř dva roky. Podle starosty "
    "jsou v parku cyklostezky a dětská hřiště.",
    "Obyvatelé otevření uvítali, někteří si ale stěžovali na nedostatek parkovacích míst. Město "
    "slibuje nové parkoviště do konce roku.",
)

ZH = (
    "市政府周二宣布，老城区将在明年春天前新建三座街心公园，总面积约两万平方米。"
    "负责规划的官员表示，公园将保留原有的老树，并增设儿童游乐区和健身步道。",
    "附近居民对此表示欢迎，但也有人担心施工期间的噪音和停车问题。市政府承诺夜间不施工。",
)
JA2 = (
    "市は火曜日、駅前の再開発地区に新しい市立図書館を開館したと発表した。"
    "館内には約十二万冊の蔵書があり、子ども向けの読書室や学習スペースも設けられている。",
    "開館初日には多くの市民が訪れたが、駐輪場が足りないとの声も上がった。市は対応を検討している。",
)
KO = (
    "시는 화요일 시청 앞 광장에 새 분수를 설치하고 시민들에게 공개했다. 분수는 여름철 "
    "저녁마다 음악에 맞춰 조명과 함께 운영될 예정이다.",
    "시민들은 대체로 반기는 분위기지만 일부 상인들은 공사 기간의 불편을 호소했다. 시는 "
    "주변 상권 지원 방안을 검토하고 있다고 밝혔다.",
)
LO = (
    "ເທດສະບານນະຄອນໄດ້ເປີດສວນສາທາລະນະແຫ່ງໃໝ່ຢູ່ແຄມແມ່ນ້ຳໃນວັນອັງຄານ "
    "ຫຼັງຈາກການກໍ່ສ້າງເກືອບສອງປີ. ເຈົ້າຄອງນະຄອນກ່າວວ່າ ສວນແຫ່ງນີ້ມີທາງລົດຖີບ ແລະ ບ່ອນຫຼິ້ນສຳລັບເດັກນ້ອຍ.",
    "ປະຊາຊົນໃນເຂດດັ່ງກ່າວຕ່າງພາກັນດີໃຈ ແຕ່ບາງຄົນກັງວົນເລື່ອງບ່ອນຈອດລົດບໍ່ພຽງພໍ.",
)
TR = (
    "Belediye salı günü nehir kıyısında yeni bir halk parkı açtı. Yapımı yaklaşık iki yıl süren "
    "parkta bisiklet yolları ve çocuk oyun alanları bulunuyor.",
    "Mahalle sakinleri açılışı memnuniyetle karşıladı, ancak bazıları otopark eksikliğinden "
    "yakındı. Belediye yıl sonuna kadar yeni bir otopark yapılacağını söyledi.",
)
JA = (
    "市は火曜日、川沿いに新しい公園を開いた。工事にはおよそ二年かかり、園内には自転車道と子どもの"
    "遊び場がある。",
    "近所の住民は開園を歓迎したが、駐車場が足りないという声もあった。市は年内に新しい駐車場を"
    "造ると約束した。",
)

RU = (
    "Город во вторник открыл новый парк у реки, строительство которого заняло почти два года. "
    "По словам мэра, в парке есть велодорожки и детские площадки.",
    "Жители приветствовали открытие, но некоторые жалуются на нехватку парковок. Город обещает "
    "новую стоянку до конца года.",
)

PL = (
    "Miasto otworzyło we wtorek nowy park nad rzeką, którego budowa trwała prawie dwa lata. "
    "Według burmistrza w parku są ścieżki rowerowe i place zabaw dla dzieci.",
    "Mieszkańcy przyjęli otwarcie z zadowoleniem, choć część narzeka na brak miejsc "
    "parkingowych. Miasto obiecuje nowy parking do końca roku.",
)

NL = (
    "De gemeente opende dinsdag het nieuwe park langs de rivier, na bijna twee jaar bouwen. "
    "Volgens de burgemeester heeft het park fietspaden en speelplekken voor kinderen.",
    "Bewoners zijn blij met de opening, al klagen sommigen over te weinig parkeerplaatsen. De "
    "gemeente belooft voor het einde van het jaar een nieuwe parkeerplaats.",
)


DE = (
    "Die Stadt hat am Dienstag den neuen Park am Fluss eröffnet, nach fast zwei Jahren Bauzeit. "
    "Laut der Bürgermeisterin gibt es dort Radwege und Spielplätze für Kinder.",
    "Die Anwohner begrüßen die Eröffnung, einige beklagen aber fehlende Parkplätze. Die Stadt "
    "verspricht bis zum Jahresende einen neuen Parkplatz.",
)

FR = (
    "La ville a inauguré mardi le nouveau parc au bord de la rivière, après presque deux ans de "
    "travaux. Selon la maire, le parc compte des pistes cyclables et des aires de jeux.",
    "Les riverains ont salué l'ouverture, même si certains regrettent le manque de places de "
    "stationnement. La ville promet un nouveau parking d'ici la fin de l'année.",
)

EN = (
    "The town opened the new riverside park on Tuesday after almost two years of building "
    "work. According to the mayor, the park has cycle paths and play areas for children.",
    "Residents welcomed the opening, though some complain about the lack of parking. The town "
    "promises a new car park before the end of the year.",
)
