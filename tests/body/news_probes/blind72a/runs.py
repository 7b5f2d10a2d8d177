"""The blind72a probe's second part: prose as text runs, no <p>: a <div> whose paragraphs
are <br> pairs (Indonesian, Turkish, Kazakh, Romanian, Hungarian and Tamil portals), and
text in <span> or <font> runs (Telugu, Georgian, Uzbek and Hausa sites), with the "read
also" lines, the ad slots and the furniture the portals set among and after them."""

from __future__ import annotations

from ._kit import ad, add, also, app, brs, comments, letter, portal, related, share, tags
from .words import W

w = W["id"]
add(
    "div_br_detail_text_bold_baca_juga",
    w,
    "Pemkot Banjarmasin Tambah 40 Bus Sungai",
    portal(
        w,
        "Pemkot Banjarmasin Tambah 40 Bus Sungai",
        "<div class='detail'><h1 class='detail__title'>Pemkot Banjarmasin Tambah 40 Bus Sungai"
        "</h1><div class='detail__date'>Senin, 07 Des 2026 09:12 WIB</div><div "
        "class='detail__body-text'>"
        + brs(
            "<strong>BANJARMASIN</strong> - Pemerintah Kota Banjarmasin menambah empat puluh "
            "bus sungai untuk melayani warga di sepanjang Sungai Martapura mulai pekan depan.",
            "Kepala Dinas Perhubungan, Rahmat Hidayat, mengatakan armada baru itu akan melayani "
            "rute dari Pasar Terapung Siring hingga Kelurahan Sungai Jingah.",
            "<strong>Baca juga: <a href='/b/1'>Dermaga Siring Diperpanjang 200 Meter</a></strong>",
            "Tarif bus sungai ditetapkan lima ribu rupiah sekali jalan, sedangkan pelajar dan "
            "lansia tidak dipungut biaya.",
            ad(w),
            "Warga menyambut baik rencana itu karena jalan darat di kawasan tersebut sering "
            "macet pada jam berangkat kerja.",
            "<strong>Baca juga: <a href='/b/2'>Kemacetan di Jalan A Yani Makin Parah</a></strong>",
            "Pemerintah kota juga akan membangun enam halte terapung baru yang dilengkapi "
            "pelampung dan lampu penerangan.",
        )
        + f"</div>{tags(w, 'Banjarmasin', 'Transportasi', 'Sungai Martapura')}{share(w)}"
        + related(w, "Wisata Susur Sungai Ramai di Akhir Pekan", "Tarif Angkot Naik Mulai Januari")
        + "</div>",
    ),
    (
        "menambah empat puluh bus sungai untuk melayani warga",
        "rute dari Pasar Terapung Siring hingga Kelurahan Sungai Jingah.",
        "Tarif bus sungai ditetapkan lima ribu rupiah sekali jalan",
        "jalan darat di kawasan tersebut sering macet",
        "enam halte terapung baru yang dilengkapi pelampung dan lampu penerangan.",
    ),
    (
        "Dermaga Siring Diperpanjang 200 Meter",
        "Kemacetan di Jalan A Yani Makin Parah",
        "Baca juga",
        w.advert,
        "Transportasi",
        w.share,
        w.related,
        "Wisata Susur Sungai Ramai di Akhir Pekan",
        "Tarif Angkot Naik Mulai Januari",
    ),
    path="berita/d-7012/bus-sungai",
)

w = W["tr"]
add(
    "div_br_haber_detay_related_box_midway",
    w,
    "Bornova'da 2 bin ağaç dikildi",
    portal(
        w,
        "Bornova'da 2 bin ağaç dikildi",
        "<div class='haber-detay'><h1>Bornova'da 2 bin ağaç dikildi</h1><h2 class='spot'>"
        "Bornova Belediyesi, Gökdere Vadisi'nde gönüllülerle birlikte iki bin fidanı toprakla "
        "buluşturdu.</h2><div class='haber-metni'>"
        + brs(
            "Sabah saatlerinde başlayan etkinliğe öğrenciler, emekliler ve mahalle muhtarları "
            "katıldı.",
            "Dikilen fidanlar arasında kızılçam, sakız ağacı ve defne bulunuyor; belediye "
            "ekipleri fidanların ilk üç yıl düzenli olarak sulanacağını açıkladı.",
        )
        + "<div class='ilgili-haberler'><h3>İlgili Haberler</h3><ul><li><a href='/h/1'>İzmir'de"
        " orman yangınlarına karşı yeni önlemler</a></li><li><a href='/h/2'>Buca'da parklara "
        "yeni oyun alanları</a></li></ul></div>"
        + brs(
            "Belediye Başkanı Ayşe Korkmaz, vadinin 2025 yazındaki yangında büyük zarar "
            "gördüğünü hatırlattı.",
            "Korkmaz, bahar aylarında aynı bölgeye üç bin fidan daha dikileceğini söyledi.",
        )
        + f"</div>{tags(w, 'Bornova', 'ağaçlandırma', 'Gökdere')}{comments(w)}</div>",
    ),
    (
        "iki bin fidanı toprakla buluşturdu.",
        "öğrenciler, emekliler ve mahalle muhtarları katıldı.",
        "fidanların ilk üç yıl düzenli olarak sulanacağını açıkladı.",
        "vadinin 2025 yazındaki yangında büyük zarar gördüğünü hatırlattı.",
        "üç bin fidan daha dikileceğini söyledi.",
    ),
    (
        "İlgili Haberler",
        "orman yangınlarına karşı yeni önlemler",
        "Buca'da parklara yeni oyun alanları",
        w.tags,
        "ağaçlandırma",
        w.comments,
    ),
)

w = W["kk"]
add(
    "div_br_also_read_line_and_share",
    w,
    "Павлодарда жаңа мектеп ашылды",
    portal(
        w,
        "Павлодарда жаңа мектеп ашылды",
        "<article class='news-item'><h1>Павлодарда жаңа мектеп ашылды</h1><div class='text'>"
        + brs(
            "Павлодар қаласының солтүстік шағын ауданында мың екі жүз орындық жаңа мектеп "
            "оқушыларға есігін ашты.",
            "Қалалық білім бөлімінің басшысы Айгүл Сейітқызының айтуынша, мектепте үш тілде "
            "оқытатын қырық сынып пен робототехника зертханасы бар.",
            also(w, "Екібастұзда балабақша кезегі қысқарды", shape="bare"),
            "Ата-аналар бұрын балаларын қаланың орталығындағы мектептерге автобуспен "
            "жеткізуге мәжбүр болғанын айтады.",
        )
        + f"</div>{share(w)}{app(w)}</article>",
    ),
    (
        "мың екі жүз орындық жаңа мектеп оқушыларға есігін ашты.",
        "үш тілде оқытатын қырық сынып пен робототехника зертханасы бар.",
        "қаланың орталығындағы мектептерге автобуспен жеткізуге мәжбүр болғанын айтады.",
    ),
    ("Екібастұзда балабақша кезегі қысқарды", w.read_also, w.share, w.app),
)

w = W["ro"]
add(
    "div_br_citeste_si_and_donation_ask",
    w,
    "Spitalul Județean primește un nou aparat RMN",
    portal(
        w,
        "Spitalul Județean primește un nou aparat RMN",
        "<div class='article'><h1>Spitalul Județean primește un nou aparat RMN</h1><div "
        "class='article-text'>"
        + brs(
            "Spitalul Clinic Județean de Urgență Târgu Mureș a primit un aparat de rezonanță "
            "magnetică finanțat din fonduri europene.",
            "Managerul unității, dr. Ioana Pop, a declarat că noul echipament va reduce timpul "
            "de așteptare pentru investigații de la trei luni la câteva zile.",
            "<b>Citește și:</b> <a href='/c/1'>Ambulatoriul de pediatrie se mută în clădirea nouă"
            "</a>",
            "Aparatul va funcționa și în weekend, iar programările se fac telefonic sau la "
            "ghișeul din holul principal.",
            "<b>Citește și:</b> <a href='/c/2'>Medicii rezidenți cer locuințe de serviciu</a>",
            "Investiția totală se ridică la 1,8 milioane de euro, inclusiv amenajarea sălii.",
        )
        + "</div><div class='sustine'><h3>Susține presa locală independentă</h3><p>Dacă "
        "apreciezi articolele noastre, poți contribui cu o donație lunară de la 10 lei.</p>"
        f"<a class='btn' href='/doneaza'>Donează</a></div>{letter(w)}</div>",
    ),
    (
        "a primit un aparat de rezonanță magnetică finanțat din fonduri europene.",
        "va reduce timpul de așteptare pentru investigații de la trei luni la câteva zile.",
        "programările se fac telefonic sau la ghișeul din holul principal.",
        "Investiția totală se ridică la 1,8 milioane de euro, inclusiv amenajarea sălii.",
    ),
    (
        "Ambulatoriul de pediatrie se mută în clădirea nouă",
        "Medicii rezidenți cer locuințe de serviciu",
        "Susține presa locală independentă",
        "poți contribui cu o donație lunară",
        "Donează",
        w.newsletter,
    ),
)

w = W["hu"]
add(
    "div_br_bold_subheads_and_ad",
    w,
    "Megújul a szolnoki Tisza-part",
    portal(
        w,
        "Megújul a szolnoki Tisza-part",
        "<div class='cikk'><h1>Megújul a szolnoki Tisza-part</h1><div class='cikk-torzs'>"
        + brs(
            "Tavasszal kezdődik a szolnoki Tisza-part teljes felújítása, amely a Tiszaligettől "
            "a Zagyva torkolatáig tart.",
            "<b>Új kerékpárút és stég</b>",
            "A terv szerint négy kilométer hosszú kerékpárút épül, valamint két új csónakkikötő"
            " stég kerül a folyóra.",
            ad(w),
            "<b>Fák helyett fák</b>",
            "A kivágandó nyárfák helyére háromszáz őshonos fát ültetnek, erősítette meg a "
            "városi főkertész.",
            "<div class='ajanlo'><b>Ez is érdekelheti:</b> <a href='/x'>Árvízvédelmi gyakorlat a "
            "Tiszánál</a></div>",
            "A munkálatok alatt a part egyes szakaszai hetekre lezárva maradnak.",
        )
        + f"</div>{share(w)}</div>",
    ),
    (
        "a Tiszaligettől a Zagyva torkolatáig tart.",
        "Új kerékpárút és stég",
        "négy kilométer hosszú kerékpárút épül",
        "Fák helyett fák",
        "háromszáz őshonos fát ültetnek",
        "A munkálatok alatt a part egyes szakaszai hetekre lezárva maradnak.",
    ),
    ("Árvízvédelmi gyakorlat a Tiszánál", w.read_also, w.advert, w.share),
)

w = W["ta"]
add(
    "div_br_also_read_and_app",
    w,
    "திருச்சியில் காவிரி பாலம் சீரமைப்பு",
    portal(
        w,
        "திருச்சியில் காவிரி பாலம் சீரமைப்பு",
        "<div class='news-detail'><h1>திருச்சியில் காவிரி பாலம் சீரமைப்பு</h1><div "
        "class='news-body'>"
        + brs(
            "திருச்சி காவிரி பாலத்தின் சீரமைப்புப் பணிகள் திங்கள்கிழமை முதல் தொடங்கும் என்று "
            "நெடுஞ்சாலைத் துறை அறிவித்துள்ளது.",
            "பணிகள் நடைபெறும் மூன்று மாதங்களுக்கு இருசக்கர வாகனங்கள் மட்டுமே பாலத்தில் அனுமதிக்கப்படும்.",
            also(w, "ஸ்ரீரங்கத்தில் போக்குவரத்து மாற்றம்", shape="bare"),
            "பேருந்துகள் ஓயாமரி சாலை வழியாக திருப்பி விடப்படும் என்று காவல் துறை தெரிவித்துள்ளது.",
        )
        + f"</div>{app(w)}{comments(w)}</div>",
    ),
    (
        "சீரமைப்புப் பணிகள் திங்கள்கிழமை முதல் தொடங்கும்",
        "இருசக்கர வாகனங்கள் மட்டுமே பாலத்தில் அனுமதிக்கப்படும்.",
        "ஓயாமரி சாலை வழியாக திருப்பி விடப்படும்",
    ),
    ("ஸ்ரீரங்கத்தில் போக்குவரத்து மாற்றம்", w.read_also, w.app, w.comments),
)

# Text in <span> and <font> runs.

w = W["te"]
add(
    "span_runs_styled_no_p",
    w,
    "కాకినాడలో కొత్త చేపల మార్కెట్",
    portal(
        w,
        "కాకినాడలో కొత్త చేపల మార్కెట్",
        "<div class='post'><h1 class='post-title'>కాకినాడలో కొత్త చేపల మార్కెట్</h1><div "
        "class='post-body'><span style='font-size:17px;line-height:1.8'>"
        "కాకినాడ నగరంలో ఆధునిక సదుపాయాలతో నిర్మించిన కొత్త చేపల మార్కెట్‌ను ఆదివారం ప్రారంభించారు."
        "</span><br><br><span style='font-size:17px'>మార్కెట్‌లో మూడు వందల దుకాణాలు, శీతల గిడ్డంగి, "
        "మురుగునీటి శుద్ధి కేంద్రం ఏర్పాటు చేశారు.</span><br><br><span style='color:#c00'><b>"
        f"{w.read_also}</b> <a href='/r'>ఉప్పాడ తీరంలో కోత పెరుగుతోంది</a></span><br><br><span "
        "style='font-size:17px'>పాత మార్కెట్‌లోని వ్యాపారులందరికీ కొత్త భవనంలో స్థలం కేటాయిస్తామని "
        "నగర కమిషనర్ తెలిపారు.</span>"
        f"</div>{share(w)}</div>",
    ),
    (
        "కొత్త చేపల మార్కెట్‌ను ఆదివారం ప్రారంభించారు.",
        "మూడు వందల దుకాణాలు, శీతల గిడ్డంగి",
        "కొత్త భవనంలో స్థలం కేటాయిస్తామని నగర కమిషనర్ తెలిపారు.",
    ),
    ("ఉప్పాడ తీరంలో కోత పెరుగుతోంది", w.read_also, w.share),
)

w = W["ka"]
add(
    "font_runs_with_list",
    w,
    "ქუთაისში წყალმომარაგების გრაფიკი იცვლება",
    portal(
        w,
        "ქუთაისში წყალმომარაგების გრაფიკი იცვლება",
        "<div class='news-full'><h1>ქუთაისში წყალმომარაგების გრაფიკი იცვლება</h1><div "
        "class='full-text'><font face='Sylfaen' size='3'>"
        "ქუთაისის წყალმომარაგების კომპანიამ ზამთრის პერიოდისთვის ახალი გრაფიკი გამოაქვეყნა.<br><br>"
        "სარემონტო სამუშაოების გამო წყალი დროებით შეუწყდება შემდეგ უბნებს:</font><ul><li>"
        "ავტოქარხნის დასახლება</li><li>ნიკეას ქუჩა</li><li>მესამე მიკრორაიონი</li></ul><font "
        f"face='Sylfaen' size='3'><b>{w.read_also}</b> <a href='/a'>რიონზე ახალი ხიდი შენდება"
        "</a><br><br>კომპანიის ცნობით, სამუშაოები თვის ბოლომდე დასრულდება და მოსახლეობას "
        "ავზებით წყალი მიეწოდება.</font>"
        f"</div>{tags(w, 'ქუთაისი', 'წყალი')}{comments(w)}</div>",
    ),
    (
        "ზამთრის პერიოდისთვის ახალი გრაფიკი გამოაქვეყნა.",
        "წყალი დროებით შეუწყდება შემდეგ უბნებს:",
        "ავტოქარხნის დასახლება",
        "ნიკეას ქუჩა",
        "მესამე მიკრორაიონი",
        "სამუშაოები თვის ბოლომდე დასრულდება",
    ),
    ("რიონზე ახალი ხიდი შენდება", w.read_also, w.tags, w.comments),
)

w = W["uz"]
add(
    "span_runs_telegram_prompt",
    w,
    "Qo‘qonda yangi suv quvuri ishga tushirildi",
    portal(
        w,
        "Qo‘qonda yangi suv quvuri ishga tushirildi",
        "<div class='single-content'><h1>Qo‘qonda yangi suv quvuri ishga tushirildi</h1><div "
        "class='entry'><span>Qo‘qon shahrining janubiy mahallalarida o‘n sakkiz kilometrlik "
        "yangi ichimlik suvi quvuri foydalanishga topshirildi.</span><br><span>Loyiha natijasida"
        " qirq mingdan ortiq aholi uzluksiz toza suv bilan ta’minlanadi.</span><br><span>Hokimlik"
        " ma’lumotiga ko‘ra, keyingi yili shimoliy mahallalarda ham shunday ishlar "
        "boshlanadi.</span><br><br><span><b>👉 Telegram kanalimizga obuna bo‘ling</b></span>"
        f"</div>{share(w)}</div>",
    ),
    (
        "o‘n sakkiz kilometrlik yangi ichimlik suvi quvuri foydalanishga topshirildi.",
        "qirq mingdan ortiq aholi uzluksiz toza suv bilan ta’minlanadi.",
        "shimoliy mahallalarda ham shunday ishlar boshlanadi.",
    ),
    (w.app, w.share),
)

w = W["ha"]
add(
    "span_runs_karanta_kuma",
    w,
    "An bude sabuwar kasuwar hatsi a Kano",
    portal(
        w,
        "An bude sabuwar kasuwar hatsi a Kano",
        "<div class='labari'><h1>An bude sabuwar kasuwar hatsi a Kano</h1><div class='jiki'>"
        "<span>Gwamnatin jihar Kano ta bude sabuwar kasuwar hatsi a karamar hukumar Dawakin Tofa"
        " domin rage cunkoso a kasuwar Dawanau.</span><br><br><span>Kwamishinan kasuwanci ya ce "
        "kasuwar tana da shaguna fiye da dari biyar da kuma rumbunan ajiya na zamani.</span>"
        f"<br><br><span><b>{w.read_also}</b> <a href='/k'>Manoma sun koka da tsadar taki</a>"
        "</span><br><br><span>'Yan kasuwa da dama sun nuna farin cikinsu, suna cewa hanyar "
        "zuwa sabuwar kasuwar ta fi sauki ga manyan motoci.</span>"
        f"</div>{share(w)}{letter(w)}</div>",
    ),
    (
        "ta bude sabuwar kasuwar hatsi a karamar hukumar Dawakin Tofa",
        "shaguna fiye da dari biyar da kuma rumbunan ajiya na zamani.",
        "hanyar zuwa sabuwar kasuwar ta fi sauki ga manyan motoci.",
    ),
    ("Manoma sun koka da tsadar taki", w.read_also, w.share, w.newsletter),
)
