"""The round's ten invented stories, each with its site's furniture in its language.
Every name, place, figure and sentence here is invented."""

from __future__ import annotations

from ._kit import Site

SITES = (
    Site(
        lang="sr-Latn",
        host="www.dnevnik-pomoravlja.example",
        title="Gradska biblioteka u Velikom Selu dobija novu čitaonicu za decu",
        byline="Jelena Marković",
        paras=(
            "Gradska biblioteka u Velikom Selu otvoriće u aprilu novu čitaonicu za decu, "
            "saopštila je u ponedeljak direktorka ustanove Milica Stanković.",
            "Uređenje prostora od 180 kvadratnih metara koštalo je 9,4 miliona dinara, a "
            "polovinu sredstava obezbedilo je Ministarstvo kulture kroz konkurs za male gradove.",
            "U čitaonici će biti smešteno oko šest hiljada knjiga, a subotom će se održavati "
            "radionice pričanja priča za predškolce i učenike nižih razreda.",
            "Upis je besplatan za svu decu do 14 godina, a roditelji mogu popuniti prijavu na "
            "šalteru biblioteke ili preko internet stranice grada.",
        ),
        caption="Nova čitaonica biće smeštena u prizemlju zgrade biblioteke",
        credit="Foto: Nenad Ilić / Dnevnik Pomoravlja",
        more_label="Pročitajte još",
        teasers=(
            "Veliko Selo dobija novi autobuski terminal do kraja godine",
            "Škole u Pomoravlju uvode besplatne užine za sve đake",
        ),
        teaser_summary="Radovi počinju u maju, a rok za završetak je osam meseci.",
        newsletter_title="Budite prvi obavešteni",
        newsletter="Prijavite se na naš bilten i svakog jutra dobijajte najvažnije vesti iz "
        "Pomoravlja.",
        product="E-čitač Lumina 6",
        buy="Kupite u prodavnici TehnoSvet za 14.999 dinara",
        correction="Ispravka: U ranijoj verziji teksta pogrešno je navedeno da čitaonica ima "
        "120 kvadratnih metara.",
        update="Ažurirano 3. marta u 14.20: dodata je izjava direktorke biblioteke.",
        questions=(
            "Kada će čitaonica biti otvorena za posetioce?",
            "Ko može da se upiše i koliko košta članarina?",
        ),
        headings=("Šta se menja za čitaoce?", "Kako se prijaviti za radionice?"),
        steps=(
            "Popunite prijavu na šalteru ili na sajtu grada.",
            "Priložite kopiju đačke knjižice ili izvoda iz matične knjige rođenih.",
            "Sačekajte potvrdu mejlom u roku od tri dana.",
        ),
        fact_title="Biblioteka u brojevima",
        facts=("Osnovana 1948. godine", "Oko 42.000 naslova u fondu"),
        bio="Jelena Marković je novinarka i urednica rubrike Kultura u Dnevniku Pomoravlja od "
        "2016. godine.",
        ad_label="Oglas",
        most_read="Najčitanije",
        most_read_items=(
            "Saobraćajna nesreća na magistralnom putu kod Ćuprije",
            "Cene struje rastu od prvog aprila",
        ),
    ),
    Site(
        lang="ms",
        host="www.berita-pantai-timur.example",
        title="Majlis Perbandaran Kuala Seri bina laluan basikal sepanjang 12 kilometer",
        byline="Oleh Nurul Aini Ismail",
        paras=(
            "Majlis Perbandaran Kuala Seri akan membina laluan basikal sepanjang 12 kilometer "
            "yang menghubungkan pusat bandar dengan kawasan perumahan di tepi sungai.",
            "Yang Dipertua majlis, Encik Hafiz Rahman, berkata projek bernilai RM8.6 juta itu "
            "dijangka siap sepenuhnya dalam tempoh 18 bulan dari tarikh mula kerja.",
            "Laluan tersebut akan dilengkapi lampu jalan berkuasa solar, tempat rehat dan stesen "
            "membaiki basikal di setiap tiga kilometer sepanjang tebing sungai.",
            "Orang ramai boleh memberikan pandangan tentang reka bentuk laluan itu melalui borang "
            "dalam talian yang dibuka sehingga akhir bulan ini.",
        ),
        caption="Kawasan tebing sungai yang akan dijadikan laluan basikal",
        credit="Gambar: Azlan Yusof / Berita Pantai Timur",
        more_label="Baca juga",
        teasers=(
            "Harga ikan di pasar Kuala Seri naik menjelang musim tengkujuh",
            "Sekolah baharu di Taman Cempaka dibuka pada bulan Jun",
        ),
        teaser_summary="Peniaga berkata bekalan berkurangan sejak dua minggu lalu.",
        newsletter_title="Langgan buletin kami",
        newsletter="Dapatkan berita terkini Pantai Timur terus ke e-mel anda setiap pagi. "
        "Daftar secara percuma.",
        product="Topi keledar basikal Velora Air",
        buy="Beli di KedaiSukan dengan harga RM189",
        correction="Pembetulan: Versi awal laporan ini menyatakan kos projek sebanyak RM6.8 "
        "juta. Jumlah yang betul ialah RM8.6 juta.",
        update="Dikemas kini pada 3 Mac, 2.20 petang: menambah kenyataan Yang Dipertua majlis.",
        questions=(
            "Bilakah kerja pembinaan akan bermula?",
            "Adakah penduduk setempat akan dirujuk tentang laluan ini?",
        ),
        headings=("Apakah yang akan berubah?", "Bagaimana untuk memberi pandangan?"),
        steps=(
            "Layari laman web rasmi majlis perbandaran.",
            "Isi borang maklum balas dengan nama dan kawasan kediaman anda.",
            "Hantar borang sebelum 31 Mac.",
        ),
        fact_title="Fakta ringkas",
        facts=("Panjang laluan: 12 kilometer", "Kos: RM8.6 juta"),
        bio="Nurul Aini Ismail ialah wartawan kanan Berita Pantai Timur yang membuat liputan "
        "isu perbandaran sejak 2015.",
        ad_label="Iklan",
        most_read="Paling banyak dibaca",
        most_read_items=(
            "Banjir kilat landa tiga kampung di Kuala Seri",
            "Pemandu lori ditahan selepas kemalangan di lebuh raya",
        ),
    ),
    Site(
        lang="tl",
        host="www.balitang-timog.example",
        title="Bagong pampublikong palengke sa San Isidro, bubuksan sa Abril",
        byline="Ni Maria Clara Santos",
        paras=(
            "Bubuksan sa unang linggo ng Abril ang bagong pampublikong palengke ng San Isidro, "
            "ayon sa pahayag ng pamahalaang bayan nitong Lunes.",
            "Sinabi ni Mayor Ramon dela Cruz na umabot sa ₱48 milyon ang halaga ng proyekto na "
            "may 220 puwesto para sa mga nagtitinda ng isda, gulay at karne.",
            "Lilipat sa bagong gusali ang mga tindero mula sa lumang palengke, na gigibain "
            "pagkatapos ng Semana Santa upang gawing paradahan.",
            "Maaaring mag-aplay ng puwesto ang mga residente sa tanggapan ng ingat-yaman ng "
            "bayan hanggang Marso 20.",
        ),
        caption="Ang harapan ng bagong palengke ng San Isidro",
        credit="Larawan: Jose Reyes / Balitang Timog",
        more_label="Basahin din",
        teasers=(
            "Presyo ng bigas sa San Isidro, bumaba ng dalawang piso",
            "Bagong tulay sa Barangay Malinis, tapos na",
        ),
        teaser_summary="Inaasahang magpapatuloy ang pagbaba hanggang Mayo.",
        newsletter_title="Mag-subscribe sa aming newsletter",
        newsletter="Tanggapin ang pinakamahahalagang balita ng Timog Luzon sa inyong email "
        "tuwing umaga.",
        product="Timbangang de-kuryente Tala S2",
        buy="Bilhin sa TindahanPH sa halagang ₱1,299",
        correction="Pagwawasto: Sa naunang bersiyon ng ulat na ito, mali ang nakasaad na "
        "bilang ng puwesto. Ito ay 220, hindi 200.",
        update="Update, Marso 3, 2:20 n.h.: Idinagdag ang pahayag ni Mayor dela Cruz.",
        questions=(
            "Kailan po eksaktong magbubukas ang palengke?",
            "Paano po ang mga tinderong walang puwesto ngayon?",
        ),
        headings=("Ano ang magbabago para sa mga mamimili?", "Paano mag-aplay ng puwesto?"),
        steps=(
            "Kumuha ng application form sa tanggapan ng ingat-yaman.",
            "Ilakip ang kopya ng barangay clearance at valid ID.",
            "Isumite ang form bago ang Marso 20.",
        ),
        fact_title="Mga datos",
        facts=("220 puwesto", "₱48 milyong halaga ng proyekto"),
        bio="Si Maria Clara Santos ay reporter ng Balitang Timog na sumusulat tungkol sa "
        "pamahalaang lokal mula pa noong 2018.",
        ad_label="Patalastas",
        most_read="Pinakabinasa",
        most_read_items=(
            "Sunog sa Barangay Poblacion, tatlong bahay ang natupok",
            "Klase sa San Isidro, suspendido dahil sa bagyo",
        ),
    ),
    Site(
        lang="ur",
        dir_="rtl",
        host="www.roznama-sarhad.example",
        title="نور پور میں پانی کی نئی پائپ لائن کا منصوبہ منظور",
        byline="تحریر: عائشہ صدیقی",
        paras=(
            "ضلعی انتظامیہ نے نور پور شہر کے لیے پینے کے پانی کی نئی پائپ لائن کے منصوبے کی منظوری "
            "دے دی ہے جس سے تقریباً چالیس ہزار گھروں کو فائدہ پہنچے گا۔",
            "ڈپٹی کمشنر عمران خالد نے بتایا کہ منصوبے پر ایک ارب بیس کروڑ روپے لاگت آئے گی اور کام "
            "اٹھارہ ماہ میں مکمل کیا جائے گا۔",
            "پرانی پائپ لائن پچاس سال پہلے بچھائی گئی تھی اور اس سے روزانہ لاکھوں لیٹر "
            "پانی ضائع ہو رہا تھا، جس کی شکایات شہری برسوں سے کر رہے تھے۔",
            "شہری پانی کے نئے کنکشن کے لیے بلدیہ کے دفتر یا ویب سائٹ پر اپریل کے آخر تک درخواست دے "
            "سکتے ہیں۔",
        ),
        caption="نور پور میں پرانی پائپ لائن کی مرمت کا کام",
        credit="تصویر: کامران علی / روزنامہ سرحد",
        more_label="یہ بھی پڑھیں",
        teasers=(
            "نور پور میں نئے اسپتال کی تعمیر کا آغاز",
            "ضلع بھر میں گندم کی خریداری کا ہدف مقرر",
        ),
        teaser_summary="اسپتال میں دو سو بستروں کی گنجائش ہوگی۔",
        newsletter_title="ہمارا نیوز لیٹر حاصل کریں",
        newsletter="روزانہ کی اہم خبریں براہ راست اپنے ای میل پر حاصل کرنے کے لیے ابھی سبسکرائب "
        "کریں۔",
        product="واٹر فلٹر صاف پلس ۳۰۰",
        buy="آن لائن اسٹور سے صرف ۸۹۹۹ روپے میں خریدیں",
        correction="تصحیح: اس خبر کے پہلے ورژن میں منصوبے کی لاگت غلط لکھی گئی تھی۔",
        update="اپ ڈیٹ: ۳ مارچ، دوپہر دو بجے، ڈپٹی کمشنر کا بیان شامل کیا گیا۔",
        questions=(
            "پائپ لائن پر کام کب شروع ہوگا؟",
            "کیا شہریوں کو نئے کنکشن کے لیے فیس ادا کرنی ہوگی؟",
        ),
        headings=("شہریوں کے لیے کیا بدلے گا؟", "نئے کنکشن کے لیے درخواست کیسے دیں؟"),
        steps=(
            "بلدیہ کے دفتر سے درخواست فارم حاصل کریں۔",
            "شناختی کارڈ اور بجلی کے بل کی نقل منسلک کریں۔",
            "فارم اپریل کے آخر تک جمع کروائیں۔",
        ),
        fact_title="اہم حقائق",
        facts=("لاگت: ایک ارب بیس کروڑ روپے", "مدت: اٹھارہ ماہ"),
        bio="عائشہ صدیقی روزنامہ سرحد کی سینئر رپورٹر ہیں اور بلدیاتی امور پر لکھتی ہیں۔",
        ad_label="اشتہار",
        most_read="سب سے زیادہ پڑھی گئی",
        most_read_items=(
            "شاہراہ پر ٹریفک حادثہ، تین افراد زخمی",
            "بجلی کے نرخوں میں اضافے کا امکان",
        ),
    ),
    Site(
        lang="ta",
        host="www.thenmozhi-seithigal.example",
        title="வேலூர்பட்டியில் புதிய அரசு நூலகம் திறப்பு",
        byline="எழுதியவர்: கவிதா ராமசாமி",
        paras=(
            "வேலூர்பட்டி நகராட்சியில் புதிதாகக் கட்டப்பட்ட அரசு நூலகம் திங்கள்கிழமை பொதுமக்களின் "
            "பயன்பாட்டுக்குத் திறந்து வைக்கப்பட்டது.",
            "ரூ.2.4 கோடி மதிப்பில் கட்டப்பட்ட இந்த நூலகத்தில் சுமார் இருபதாயிரம் நூல்களும், "
            "போட்டித் தேர்வுக்குத் தயாராகும் மாணவர்களுக்கான தனி அறையும் உள்ளன என்று ஆணையர் "
            "செல்வகுமார் தெரிவித்தார்.",
            "நூலகம் காலை எட்டு மணி முதல் இரவு எட்டு மணி வரை திறந்திருக்கும்; ஞாயிற்றுக்கிழமைகளில் "
            "குழந்தைகளுக்கான கதை சொல்லும் நிகழ்ச்சி நடைபெறும்.",
            "உறுப்பினராகச் சேர விரும்புவோர் ஆதார் அட்டையின் நகலுடன் நூலக அலுவலகத்தில் விண்ணப்பிக்கலாம்.",
        ),
        caption="புதிய நூலகத்தின் வாசிப்பு அறை",
        credit="படம்: முருகன் / தேன்மொழி செய்திகள்",
        more_label="இதையும் படியுங்கள்",
        teasers=(
            "வேலூர்பட்டியில் புதிய பேருந்து நிலையம் கட்டும் பணி தொடக்கம்",
            "மாவட்டத்தில் நெல் கொள்முதல் நிலையங்கள் அதிகரிப்பு",
        ),
        teaser_summary="பணிகள் ஆறு மாதங்களில் முடிக்கப்படும் என அறிவிப்பு.",
        newsletter_title="எங்கள் செய்தி மடலில் இணையுங்கள்",
        newsletter="தினமும் காலையில் முக்கியச் செய்திகளை உங்கள் மின்னஞ்சலில் பெற இப்போதே பதிவு செய்யுங்கள்.",
        product="மின் புத்தக வாசிப்பான் ஒளி 7",
        buy="இணையக் கடையில் ரூ.9,499-க்கு வாங்குங்கள்",
        correction="திருத்தம்: இந்தச் செய்தியின் முந்தைய பதிப்பில் நூல்களின் எண்ணிக்கை தவறாகக் "
        "குறிப்பிடப்பட்டிருந்தது.",
        update="புதுப்பிக்கப்பட்டது: மார்ச் 3, பிற்பகல் 2.20 மணி; ஆணையரின் கருத்து சேர்க்கப்பட்டது.",
        questions=(
            "நூலகத்தில் என்னென்ன வசதிகள் உள்ளன?",
            "உறுப்பினர் கட்டணம் எவ்வளவு?",
        ),
        headings=("வாசகர்களுக்கு என்ன மாற்றம்?", "உறுப்பினராக எப்படிச் சேர்வது?"),
        steps=(
            "நூலக அலுவலகத்தில் விண்ணப்பப் படிவத்தைப் பெறுங்கள்.",
            "ஆதார் அட்டையின் நகலை இணையுங்கள்.",
            "படிவத்தை நிரப்பி அலுவலகத்தில் ஒப்படையுங்கள்.",
        ),
        fact_title="முக்கியத் தகவல்கள்",
        facts=("செலவு: ரூ.2.4 கோடி", "நூல்கள்: சுமார் இருபதாயிரம்"),
        bio="கவிதா ராமசாமி தேன்மொழி செய்திகளின் மூத்த நிருபர்; உள்ளாட்சி மற்றும் கல்விச் செய்திகளை எழுதி வருகிறார்.",
        ad_label="விளம்பரம்",
        most_read="அதிகம் வாசிக்கப்பட்டவை",
        most_read_items=(
            "நெடுஞ்சாலையில் லாரி கவிழ்ந்து விபத்து",
            "மின் கட்டண உயர்வு குறித்து அறிவிப்பு",
        ),
    ),
    Site(
        lang="ml",
        host="www.keralavarthakal.example",
        title="പുഴക്കരയിൽ പുതിയ പാലം ഗതാഗതത്തിന് തുറന്നു",
        byline="അനിത മേനോൻ",
        paras=(
            "പുഴക്കര പഞ്ചായത്തിനെ ജില്ലാ ആസ്ഥാനവുമായി ബന്ധിപ്പിക്കുന്ന പുതിയ പാലം തിങ്കളാഴ്ച ഗതാഗതത്തിനായി തുറന്നുകൊടുത്തു.",
            "പതിനെട്ട് കോടി രൂപ ചെലവിൽ നിർമിച്ച പാലത്തിന് 240 മീറ്റർ നീളമുണ്ടെന്നും യാത്രാസമയം "
            "അരമണിക്കൂർ കുറയുമെന്നും പഞ്ചായത്ത് പ്രസിഡന്റ് രാജൻ നായർ പറഞ്ഞു.",
            "പഴയ കടത്തുവള്ളം ഇനി വിനോദസഞ്ചാരികൾക്കായി മാത്രം സർവീസ് നടത്തുമെന്നും അദ്ദേഹം അറിയിച്ചു.",
            "പാലത്തിന്റെ ഇരുവശത്തും കാൽനടയാത്രക്കാർക്കായി പ്രത്യേക നടപ്പാതയും തെരുവുവിളക്കുകളും സ്ഥാപിച്ചിട്ടുണ്ട്.",
        ),
        caption="പുഴക്കരയിലെ പുതിയ പാലം",
        credit="ചിത്രം: സുരേഷ് കുമാർ / കേരളവാർത്തകൾ",
        more_label="ഇതുകൂടി വായിക്കൂ",
        teasers=(
            "ജില്ലയിൽ പുതിയ ബസ് റൂട്ടുകൾ അനുവദിച്ചു",
            "പുഴക്കര സ്കൂളിന് പുതിയ കെട്ടിടം",
        ),
        teaser_summary="ഏപ്രിൽ മുതൽ സർവീസ് ആരംഭിക്കും.",
        newsletter_title="ഞങ്ങളുടെ ന്യൂസ്‌ലെറ്റർ സബ്സ്ക്രൈബ് ചെയ്യൂ",
        newsletter="പ്രധാന വാർത്തകൾ എല്ലാ ദിവസവും രാവിലെ നിങ്ങളുടെ ഇമെയിലിൽ ലഭിക്കാൻ ഇപ്പോൾ രജിസ്റ്റർ ചെയ്യൂ.",
        product="ഡാഷ് ക്യാമറ വഴി 2",
        buy="ഓൺലൈൻ സ്റ്റോറിൽ നിന്ന് 4,999 രൂപയ്ക്ക് വാങ്ങൂ",
        correction="തിരുത്ത്: ഈ വാർത്തയുടെ മുൻ പതിപ്പിൽ പാലത്തിന്റെ നീളം തെറ്റായി നൽകിയിരുന്നു.",
        update="പുതുക്കിയത്: മാർച്ച് 3, ഉച്ചയ്ക്ക് 2.20; പ്രസിഡന്റിന്റെ പ്രതികരണം ചേർത്തു.",
        questions=(
            "പാലം എപ്പോൾ മുതൽ ഉപയോഗിക്കാം?",
            "കടത്തുവള്ളം നിർത്തലാക്കുമോ?",
        ),
        headings=("യാത്രക്കാർക്ക് എന്ത് മാറ്റം?", "പരാതികൾ എങ്ങനെ അറിയിക്കാം?"),
        steps=(
            "പഞ്ചായത്ത് ഓഫീസിൽ നിന്ന് അപേക്ഷാഫോം വാങ്ങുക.",
            "ഫോം പൂരിപ്പിച്ച് തിരിച്ചറിയൽ രേഖയുടെ പകർപ്പ് ചേർക്കുക.",
            "ഓഫീസിൽ നേരിട്ട് സമർപ്പിക്കുക.",
        ),
        fact_title="ഒറ്റനോട്ടത്തിൽ",
        facts=("നീളം: 240 മീറ്റർ", "ചെലവ്: 18 കോടി രൂപ"),
        bio="അനിത മേനോൻ കേരളവാർത്തകളിലെ സീനിയർ റിപ്പോർട്ടറാണ്; പ്രാദേശിക ഭരണവും വികസനവും കൈകാര്യം ചെയ്യുന്നു.",
        ad_label="പരസ്യം",
        most_read="ഏറ്റവും കൂടുതൽ വായിച്ചത്",
        most_read_items=("ദേശീയപാതയിൽ വാഹനാപകടം", "വൈദ്യുതി നിരക്ക് വർധന പ്രഖ്യാപിച്ചു"),
    ),
    Site(
        lang="sw",
        host="www.habari-za-pwani.example",
        title="Halmashauri ya Mjini Kusini yazindua huduma ya maji safi kwa vijiji sita",
        byline="Na Amina Juma",
        paras=(
            "Halmashauri ya Mjini Kusini imezindua mradi wa maji safi utakaohudumia vijiji sita "
            "vyenye wakazi zaidi ya elfu ishirini.",
            "Mkurugenzi wa halmashauri, Bw. Hamisi Mrisho, alisema mradi huo umegharimu shilingi "
            "bilioni 3.2 na umejengwa kwa muda wa miezi kumi na minne.",
            "Kabla ya mradi huo, wanawake wengi walilazimika kutembea zaidi ya kilomita tano "
            "kila siku kuchota maji kutoka mtoni.",
            "Wakazi wanaotaka kuunganishwa na huduma hiyo wanaweza kujisajili katika ofisi za "
            "vijiji hadi mwishoni mwa mwezi Aprili.",
        ),
        caption="Wakazi wakichota maji katika kituo kipya cha kijiji",
        credit="Picha: Said Omari / Habari za Pwani",
        more_label="Soma pia",
        teasers=(
            "Bei ya mahindi yashuka katika masoko ya Mjini Kusini",
            "Shule mpya ya sekondari kufunguliwa mwezi Julai",
        ),
        teaser_summary="Wafanyabiashara wanasema mavuno yameongezeka mwaka huu.",
        newsletter_title="Jiunge na jarida letu",
        newsletter="Pata habari muhimu za Pwani kila asubuhi kwenye barua pepe yako. "
        "Jisajili bure sasa.",
        product="Tangi la maji Imara lita 1000",
        buy="Nunua kwenye DukaMtandao kwa shilingi 350,000",
        correction="Marekebisho: Toleo la awali la habari hii lilieleza kimakosa gharama ya "
        "mradi kuwa shilingi bilioni 2.3.",
        update="Imesasishwa Machi 3, saa 8:20 mchana: tumeongeza kauli ya mkurugenzi.",
        questions=(
            "Mradi huu utaanza kutoa maji lini?",
            "Je, wakazi watalipia huduma hii kiasi gani?",
        ),
        headings=("Nini kitabadilika kwa wakazi?", "Jinsi ya kujisajili"),
        steps=(
            "Tembelea ofisi ya kijiji chako.",
            "Jaza fomu ya maombi na uambatishe nakala ya kitambulisho.",
            "Lipa ada ya kuunganishwa kupitia simu.",
        ),
        fact_title="Mambo muhimu",
        facts=("Vijiji sita vinanufaika", "Gharama: shilingi bilioni 3.2"),
        bio="Amina Juma ni mwandishi wa habari wa Habari za Pwani anayeandika kuhusu serikali "
        "za mitaa tangu mwaka 2017.",
        ad_label="Tangazo",
        most_read="Zilizosomwa zaidi",
        most_read_items=(
            "Ajali ya basi yaua watu watatu barabara kuu",
            "Mvua kubwa zaleta mafuriko mjini",
        ),
    ),
    Site(
        lang="yo",
        host="www.iroyin-owuro.example",
        title="Ijoba ibile Ilu Oke si ile iwosan tuntun fun awon omode",
        byline="Lati owo Adebayo Ogunleye",
        paras=(
            "Ijoba ibile Ilu Oke ti si ile iwosan tuntun fun awon omode ni ojo Aje, eyi ti yoo "
            "maa sise fun awon ilu mejila to wa ni agbegbe naa.",
            "Alaga ijoba ibile, Ogbeni Tunde Akinwale, so pe owo ti won na lori ile iwosan naa "
            "to naira bilionu kan abo, ati pe o ni ibusun ogota.",
            "Ni iseju yi, awon obi maa n rin irin ajo wakati meji lati gbe omo won lo si ile "
            "iwosan nla to wa ni olu ilu ipinle.",
            "Awon obi le fi oruko omo won sile fun itoju ofe ni ofiisi ijoba ibile titi di opin "
            "osu Kerin.",
        ),
        caption="Ile iwosan tuntun ti won si ni Ilu Oke",
        credit="Aworan: Kunle Adeyemi / Iroyin Owuro",
        more_label="E ka eyi naa",
        teasers=(
            "Owo agbado ti lo soke ni oja Ilu Oke",
            "Ile eko girama tuntun yoo sile ni osu Keje",
        ),
        teaser_summary="Awon onisowo so pe ojo ti ko ro lo fa a.",
        newsletter_title="Forukosile fun iwe iroyin wa",
        newsletter="E gba awon iroyin pataki ni gbogbo aaro ninu imeeli yin. Forukosile lofe bayi.",
        product="Ero iwon otutu ara Alafia T3",
        buy="E ra lori OjaAyelujara fun naira 15,000",
        correction="Atunse: Ninu iroyin yi tele, a so pe ile iwosan naa ni ibusun aadota, ogota "
        "ni o ni.",
        update="Atunko: Osu Keta ojo keta, agogo meji osan; a fi oro alaga kun un.",
        questions=(
            "Nigba wo ni ile iwosan naa yoo bere ise ni kikun?",
            "Se awon obi yoo sanwo fun itoju awon omode?",
        ),
        headings=("Kini yoo yipada fun awon obi?", "Bawo ni e se le forukosile?"),
        steps=(
            "E lo si ofiisi ijoba ibile to sunmo yin.",
            "E kun fomu pelu oruko ati ojo ibi omo yin.",
            "E mu kaadi idanimo obi kan wa.",
        ),
        fact_title="Awon otito pataki",
        facts=("Ibusun ogota", "Ilu mejila ni yoo janfaani"),
        bio="Adebayo Ogunleye je akoroyin agba ni Iroyin Owuro, o si n ko nipa eto ilera lati "
        "odun 2014.",
        ad_label="Ipolowo",
        most_read="Ti a ka julo",
        most_read_items=(
            "Ijamba oko waye lori opopona marose",
            "Ojo nla fa omiyale ni aarin ilu",
        ),
    ),
    Site(
        lang="ka",
        host="www.regionis-ambebi.example",
        title="ზემო ხევში ახალი საბავშვო ბაღი გაიხსნა",
        byline="ავტორი: ნინო ბერიძე",
        paras=(
            "ზემო ხევის მუნიციპალიტეტში ორშაბათს ახალი საბავშვო ბაღი გაიხსნა, რომელიც ას ოც "
            "ბავშვს მიიღებს.",
            "მერის მოადგილის, გიორგი კაპანაძის თქმით, შენობის მშენებლობა ორ მილიონ ლარზე მეტი "
            "დაჯდა და მთლიანად ადგილობრივი ბიუჯეტიდან დაფინანსდა.",
            "აქამდე სოფლის მშობლებს ბავშვები რაიონულ ცენტრში ყოველდღე თხუთმეტი კილომეტრის "
            "მანძილზე დაჰყავდათ.",
            "რეგისტრაცია ბაღში ელექტრონულად მიმდინარეობს და აპრილის ბოლომდე გაგრძელდება.",
        ),
        caption="ახალი საბავშვო ბაღის შენობა ზემო ხევში",
        credit="ფოტო: ლევან გელაშვილი / რეგიონის ამბები",
        more_label="წაიკითხეთ ასევე",
        teasers=(
            "ზემო ხევში გზის რეაბილიტაცია დაიწყო",
            "რაიონის სკოლებს ახალი ავტობუსები გადაეცა",
        ),
        teaser_summary="სამუშაოები ზაფხულამდე დასრულდება.",
        newsletter_title="გამოიწერეთ ჩვენი სიახლეები",
        newsletter="მიიღეთ დღის მთავარი ამბები ყოველ დილით თქვენს ელფოსტაზე. დარეგისტრირდით "
        "უფასოდ.",
        product="ბავშვის მანქანის სავარძელი ნანა პლიუსი",
        buy="იყიდეთ ონლაინ მაღაზიაში 389 ლარად",
        correction="შესწორება: სტატიის წინა ვერსიაში ბავშვების რაოდენობა შეცდომით იყო მითითებული.",
        update="განახლებულია 3 მარტს, 14:20 საათზე: დაემატა მერის მოადგილის კომენტარი.",
        questions=(
            "როდის დაიწყებს ბაღი სრულად ფუნქციონირებას?",
            "იქნება თუ არა სწავლა უფასო?",
        ),
        headings=("რა შეიცვლება მშობლებისთვის?", "როგორ დავარეგისტრიროთ ბავშვი?"),
        steps=(
            "შედით მუნიციპალიტეტის ვებგვერდზე.",
            "შეავსეთ განაცხადი და მიუთითეთ ბავშვის პირადი ნომერი.",
            "დაელოდეთ დადასტურებას ელფოსტით.",
        ),
        fact_title="მოკლედ",
        facts=("ადგილები: 120 ბავშვი", "ღირებულება: 2 მილიონ ლარზე მეტი"),
        bio="ნინო ბერიძე რეგიონის ამბების ჟურნალისტია და 2016 წლიდან ადგილობრივ "
        "თვითმმართველობაზე წერს.",
        ad_label="რეკლამა",
        most_read="ყველაზე კითხვადი",
        most_read_items=("ავარია ცენტრალურ მაგისტრალზე", "ელექტროენერგიის ტარიფი იზრდება"),
    ),
    Site(
        lang="mn",
        host="www.oron-nutgiin-medee.example",
        title="Хангай суманд шинэ эмнэлгийн барилга ашиглалтад орлоо",
        byline="Б. Сарантуяа",
        paras=(
            "Хангай сумын шинэ эмнэлгийн барилга даваа гарагт ашиглалтад орж, сумын гурван "
            "мянга гаруй иргэн тэндээс үйлчилгээ авах боломжтой боллоо.",
            "Сумын Засаг дарга Д. Батбаяр барилгыг орон нутгийн төсвөөс 2.8 тэрбум төгрөгөөр "
            "барьсан бөгөөд хорин ортой гэж мэдэгдлээ.",
            "Өмнө нь иргэд аймгийн төв рүү зуу гаруй километр явж эмчилгээ хийлгэдэг байсан юм.",
            "Иргэд эмнэлгийн бүртгэлд өөрийн биеэр эсвэл утсаар урьдчилан бүртгүүлэх боломжтой.",
        ),
        caption="Хангай сумын шинэ эмнэлгийн барилга",
        credit="Гэрэл зураг: Г. Энхбат / Орон нутгийн мэдээ",
        more_label="Мөн уншаарай",
        teasers=(
            "Хангай суманд шинэ сургуулийн барилга барина",
            "Аймгийн төвд нийтийн тээврийн шинэ чиглэл нээгдлээ",
        ),
        teaser_summary="Барилгын ажил зун эхэлнэ.",
        newsletter_title="Манай мэдээллийн товхимолд бүртгүүлээрэй",
        newsletter="Өдөр бүрийн гол мэдээг өглөө бүр имэйлээрээ аваарай. Үнэгүй бүртгүүлэх.",
        product="Цусны даралтын аппарат Эрүүл М2",
        buy="Онлайн дэлгүүрээс 129,000 төгрөгөөр худалдаж аваарай",
        correction="Залруулга: Энэ мэдээний өмнөх хувилбарт барилгын өртөг буруу бичигдсэн байсан.",
        update="Шинэчилсэн: 3-р сарын 3, 14:20; Засаг даргын тайлбарыг нэмэв.",
        questions=(
            "Эмнэлэг хэзээнээс бүрэн ажиллах вэ?",
            "Иргэд үйлчилгээний төлбөр төлөх үү?",
        ),
        headings=("Иргэдэд юу өөрчлөгдөх вэ?", "Хэрхэн бүртгүүлэх вэ?"),
        steps=(
            "Сумын эмнэлгийн бүртгэлд хандана.",
            "Иргэний үнэмлэхээ авч ирнэ.",
            "Эмчийн үзлэгийн цагаа сонгоно.",
        ),
        fact_title="Товч мэдээлэл",
        facts=("Ор: 20", "Өртөг: 2.8 тэрбум төгрөг"),
        bio="Б. Сарантуяа нь Орон нутгийн мэдээний сэтгүүлч бөгөөд 2015 оноос эрүүл мэндийн "
        "сэдвээр бичиж байна.",
        ad_label="Сурталчилгаа",
        most_read="Их уншсан",
        most_read_items=("Зам тээврийн осол гарч гурван хүн гэмтлээ", "Цахилгааны үнэ нэмэгдэнэ"),
    ),
)
