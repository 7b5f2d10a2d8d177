"""The round's twenty invented stories, each with its site's furniture in its language.
Every name, place, figure and sentence here is invented."""

from __future__ import annotations

from ._kit import Site

SITES = (
    Site(
        lang="pt-BR",
        host="www.folha-do-cerrado.example",
        title="Prefeitura de Rio Claro do Sul amplia coleta seletiva para 40 bairros",
        byline="Por Mariana Teixeira",
        paras=(
            "A prefeitura de Rio Claro do Sul anunciou nesta terça-feira que a coleta seletiva "
            "passará a atender 40 bairros a partir de abril, quase o dobro dos 22 atendidos hoje.",
            "Segundo a secretária de Meio Ambiente, Luciana Prado, a ampliação custará R$ 3,2 "
            "milhões por ano e será paga com a economia no aterro sanitário municipal.",
            "Cooperativas de catadores vão receber seis caminhões novos e um galpão de triagem "
            "no distrito industrial, que deve ficar pronto até o fim do semestre.",
            "Moradores poderão consultar os dias de coleta de cada rua no aplicativo da "
            "prefeitura, que ganhará um mapa atualizado na próxima semana.",
        ),
        caption="Catadores separam material reciclável no galpão da cooperativa central",
        credit="Foto: Rodrigo Alves/Folha do Cerrado",
        also_label="Leia também:",
        also_teaser="Aterro de Rio Claro do Sul deve atingir limite em cinco anos",
        newsletter="Receba as principais notícias da região no seu e-mail. Cadastre-se "
        "gratuitamente na nossa newsletter.",
        bio="Mariana Teixeira é repórter de cidades da Folha do Cerrado desde 2019.",
        comment_prompt="O que você achou desta notícia? Deixe seu comentário abaixo.",
        paywall="Este conteúdo é exclusivo para assinantes. Assine por R$ 1,90 no primeiro mês.",
        topics_label="Tópicos relacionados:",
        topics=("Meio ambiente", "Rio Claro do Sul"),
        tweet="Coleta seletiva chega a mais 18 bairros a partir de abril. Confira a lista "
        "completa no site da prefeitura.",
        share="Compartilhe esta notícia",
        related="Mais lidas",
        related_items=("Chuva forte alaga avenida central", "Feira de artesanato volta à praça"),
    ),
    Site(
        lang="es-MX",
        host="www.diario-del-bajio.example",
        title="Abren en San Telmo de la Sierra el primer mercado de productores locales",
        byline="Por Alejandro Ruiz Campos",
        paras=(
            "El ayuntamiento de San Telmo de la Sierra inauguró este sábado un mercado donde 85 "
            "productores de la región venderán frutas, verduras y lácteos sin intermediarios.",
            "El alcalde, Rodrigo Villaseñor, explicó que los locatarios no pagarán renta durante "
            "el primer año y que el municipio cubrirá la luz y el agua del inmueble.",
            "La obra costó 14 millones de pesos y ocupa la antigua estación de autobuses, que "
            "estaba abandonada desde 2015 y fue rehabilitada en once meses.",
            "El mercado abrirá de miércoles a domingo, de 8 a 16 horas, y contará con un "
            "estacionamiento gratuito para 120 vehículos.",
        ),
        caption="Productores acomodan sus puestos en el nuevo mercado municipal",
        credit="Foto: Cuartoscuro / Diario del Bajío",
        also_label="Lee también:",
        also_teaser="Suben 12 por ciento los precios del jitomate en la región",
        newsletter="Suscríbete a nuestro boletín y recibe las noticias más importantes del día "
        "en tu correo.",
        bio="Alejandro Ruiz Campos es reportero de la sección Local y cubre temas de economía.",
        comment_prompt="¿Qué opinas? Déjanos tu comentario y participa en la conversación.",
        paywall="Para seguir leyendo, suscríbete. Primer mes por solo 29 pesos.",
        topics_label="Temas:",
        topics=("Comercio local", "San Telmo de la Sierra"),
        tweet="¡Ya abrió el mercado de productores! Te esperamos de miércoles a domingo en la "
        "antigua central.",
        share="Comparte esta nota",
        related="Lo más leído",
        related_items=("Cierran carretera por deslave", "Gana equipo local torneo estatal"),
    ),
    Site(
        lang="id",
        host="www.kabar-nusantara.example",
        title="Pemkot Tanjung Sari Bangun 12 Taman Kota Baru Tahun Ini",
        byline="Reporter: Dewi Kartika",
        paras=(
            "Pemerintah Kota Tanjung Sari akan membangun 12 taman kota baru sepanjang tahun ini "
            "dengan anggaran Rp 48 miliar dari APBD dan dana hibah provinsi.",
            "Kepala Dinas Lingkungan Hidup, Bambang Suharto, mengatakan setiap kecamatan akan "
            "mendapat sedikitnya satu taman yang dilengkapi area bermain anak.",
            "Pembangunan tahap pertama dimulai bulan depan di lahan bekas terminal lama, yang "
            "selama ini dipakai sebagai tempat parkir liar.",
            "Warga diminta ikut menjaga kebersihan taman dan melaporkan kerusakan fasilitas "
            "melalui aplikasi layanan pengaduan milik pemerintah kota.",
        ),
        caption="Warga berolahraga di taman kota yang dibuka tahun lalu",
        credit="Foto: Antara/Rudi Hartono",
        also_label="Baca juga:",
        also_teaser="Harga beras di pasar tradisional Tanjung Sari naik lagi",
        newsletter="Dapatkan berita pilihan setiap pagi langsung di email Anda. Daftar "
        "newsletter kami sekarang.",
        bio="Dewi Kartika adalah jurnalis Kabar Nusantara yang meliput isu perkotaan.",
        comment_prompt="Bagaimana pendapat Anda? Tulis komentar Anda di kolom di bawah ini.",
        paywall="Artikel ini khusus untuk pelanggan. Berlangganan mulai Rp 25.000 per bulan.",
        topics_label="Topik terkait:",
        topics=("Taman kota", "Tanjung Sari"),
        tweet="Dua belas taman baru akan dibangun tahun ini. Kecamatan mana yang dapat "
        "giliran pertama?",
        share="Bagikan artikel ini",
        related="Terpopuler",
        related_items=("Banjir rendam tiga desa", "Festival kuliner digelar akhir pekan"),
    ),
    Site(
        lang="vi",
        host="www.tin-moi-mien-trung.example",
        title="Thành phố Hòa Thạnh khánh thành cầu đi bộ qua sông Lam Giang",
        byline="Nguyễn Thu Hà",
        paras=(
            "Sáng thứ Bảy, thành phố Hòa Thạnh đã khánh thành cây cầu đi bộ dài 320 mét bắc "
            "qua sông Lam Giang sau gần hai năm thi công.",
            "Theo Ban quản lý dự án, công trình có tổng vốn 180 tỷ đồng, trong đó 60% từ ngân "
            "sách thành phố và phần còn lại từ nguồn xã hội hóa.",
            "Cầu được lắp hệ thống đèn chiếu sáng nghệ thuật và sẽ mở cửa miễn phí cho người "
            "dân từ 5 giờ sáng đến 23 giờ hằng ngày.",
            "Chính quyền cho biết xe đạp được phép dắt qua cầu, còn xe máy và xe điện bị cấm "
            "hoàn toàn để bảo đảm an toàn cho người đi bộ.",
        ),
        caption="Người dân dạo bộ trên cầu trong ngày khánh thành",
        credit="Ảnh: Trần Minh Đức",
        also_label="Xem thêm:",
        also_teaser="Hòa Thạnh lên kế hoạch mở rộng bến xe phía Bắc",
        newsletter="Đăng ký nhận bản tin để nhận tin tức nổi bật mỗi sáng qua email của bạn.",
        bio="Nguyễn Thu Hà là phóng viên mảng đô thị của báo Tin Mới Miền Trung.",
        comment_prompt="Bạn nghĩ gì về công trình này? Hãy để lại bình luận bên dưới.",
        paywall="Nội dung này dành cho hội viên. Đăng ký gói Premium để đọc tiếp.",
        topics_label="Chủ đề:",
        topics=("Giao thông", "Hòa Thạnh"),
        tweet="Cầu đi bộ qua sông Lam Giang chính thức mở cửa từ hôm nay, miễn phí cho mọi người.",
        share="Chia sẻ bài viết",
        related="Đọc nhiều nhất",
        related_items=("Mưa lớn gây ngập nhiều tuyến phố", "Giá vàng tăng phiên thứ ba"),
    ),
    Site(
        lang="th",
        host="www.khao-thai-wan-nee.example",
        title="เทศบาลนครบ้านสวนเปิดเส้นทางจักรยานใหม่ยาว 15 กิโลเมตร",
        byline="โดย สมศรี ใจดี",
        paras=(
            "เทศบาลนครบ้านสวนเปิดใช้เส้นทางจักรยานสายใหม่ระยะทาง 15 กิโลเมตร "
            "ซึ่งเชื่อมสวนสาธารณะกลางเมืองกับตลาดริมน้ำเมื่อวันอาทิตย์ที่ผ่านมา",
            "นายกเทศมนตรี นายประเสริฐ วงศ์ทอง กล่าวว่าโครงการนี้ใช้งบประมาณ 62 ล้านบาท "
            "และใช้เวลาก่อสร้างทั้งหมดประมาณสิบแปดเดือน",
            "ตลอดเส้นทางมีจุดจอดพักและจุดเติมน้ำดื่มฟรีทุกสองกิโลเมตร รวมทั้งไฟส่องสว่างสำหรับผู้ที่ปั่นในช่วงเย็น",
            "เทศบาลยังเตรียมเปิดบริการจักรยานให้เช่า 200 คัน ที่สถานีรถไฟและหน้าศาลากลางภายในเดือนหน้า",
        ),
        caption="ประชาชนร่วมปั่นจักรยานในวันเปิดเส้นทาง",
        credit="ภาพ: ฝ่ายประชาสัมพันธ์เทศบาล",
        also_label="อ่านเพิ่มเติม:",
        also_teaser="ราคาผักในตลาดบ้านสวนพุ่งสูงหลังน้ำท่วม",
        newsletter="สมัครรับจดหมายข่าวของเรา เพื่อรับข่าวเด่นประจำวันทางอีเมลทุกเช้า",
        bio="สมศรี ใจดี เป็นผู้สื่อข่าวสายภูมิภาคของข่าวไทยวันนี้",
        comment_prompt="คุณคิดอย่างไรกับข่าวนี้ แสดงความคิดเห็นของคุณด้านล่าง",
        paywall="เนื้อหานี้สำหรับสมาชิกเท่านั้น สมัครสมาชิกเพื่ออ่านต่อ",
        topics_label="แท็ก:",
        topics=("จักรยาน", "บ้านสวน"),
        tweet="เส้นทางจักรยานสายใหม่เปิดแล้ววันนี้ ชวนทุกคนมาปั่นด้วยกัน",
        share="แชร์ข่าวนี้",
        related="ข่าวยอดนิยม",
        related_items=("ฝนตกหนักน้ำท่วมถนนสายหลัก", "งานวัดประจำปีเริ่มพรุ่งนี้"),
    ),
    Site(
        lang="tr",
        host="www.ege-postasi.example",
        title="Yeşilköy Belediyesi sahil yoluna 8 kilometrelik bisiklet yolu yapıyor",
        byline="Elif Kaya",
        paras=(
            "Yeşilköy Belediyesi, sahil yolu boyunca sekiz kilometrelik bir bisiklet yolu "
            "yapımına başladığını ve çalışmaların yaz başında biteceğini açıkladı.",
            "Belediye Başkanı Murat Demirci, projenin 27 milyon liraya mal olacağını ve "
            "maliyetin yarısının kalkınma ajansından karşılanacağını söyledi.",
            "Güzergâh boyunca dört dinlenme alanı, iki bisiklet tamir noktası ve gece "
            "aydınlatması bulunacağı belirtildi.",
            "Çalışmalar sırasında sahil yolunun bir şeridi trafiğe kapalı olacak; sürücülerin "
            "alternatif güzergâhları kullanması istendi.",
        ),
        caption="Sahil yolundaki çalışmalar havadan görüntülendi",
        credit="Fotoğraf: DHA",
        also_label="İlginizi çekebilir:",
        also_teaser="Yeşilköy'de su faturalarına yüzde 20 zam",
        newsletter="Günün öne çıkan haberlerini her sabah e-posta kutunuzda almak için "
        "bültenimize abone olun.",
        bio="Elif Kaya, Ege Postası'nda yerel yönetimler muhabiri olarak çalışıyor.",
        comment_prompt="Siz ne düşünüyorsunuz? Görüşlerinizi yorum bölümünde paylaşın.",
        paywall="Bu içerik abonelere özeldir. Okumaya devam etmek için abone olun.",
        topics_label="Etiketler:",
        topics=("Bisiklet yolu", "Yeşilköy"),
        tweet="Sahil bisiklet yolu çalışmaları başladı. Yaz başında hizmete açılacak.",
        share="Bu haberi paylaş",
        related="En çok okunanlar",
        related_items=("Fırtına tekne seferlerini durdurdu", "Zeytin hasadı rekor kırdı"),
    ),
    Site(
        lang="pl",
        host="www.gazeta-nadwislanska.example",
        title="W Kamionce Dolnej powstanie nowa biblioteka z czytelnią dla dzieci",
        byline="Katarzyna Nowicka",
        paras=(
            "Rada miasta Kamionka Dolna zatwierdziła budowę nowej biblioteki publicznej, która "
            "stanie w miejscu dawnego kina Światowid przy ulicy Ogrodowej.",
            "Jak poinformował burmistrz Tomasz Wrona, inwestycja pochłonie 11 milionów złotych, "
            "z czego połowę pokryje dotacja z programu rządowego.",
            "W budynku znajdzie się czytelnia dla dzieci, sala konferencyjna na 80 osób oraz "
            "pracownia komputerowa dostępna bezpłatnie dla seniorów.",
            "Prace mają ruszyć jesienią, a otwarcie biblioteki zaplanowano na wiosnę 2028 roku.",
        ),
        caption="Wizualizacja nowej biblioteki przy ulicy Ogrodowej",
        credit="Fot. Urząd Miasta Kamionka Dolna",
        also_label="Czytaj także:",
        also_teaser="Remont dworca w Kamionce Dolnej opóźniony o pół roku",
        newsletter="Zapisz się do naszego newslettera i otrzymuj najważniejsze wiadomości z "
        "regionu prosto na skrzynkę.",
        bio="Katarzyna Nowicka jest dziennikarką działu miejskiego Gazety Nadwiślańskiej.",
        comment_prompt="Co sądzisz o tej inwestycji? Napisz w komentarzu pod artykułem.",
        paywall="Ten artykuł jest dostępny tylko dla subskrybentów. Wykup dostęp, aby czytać "
        "dalej.",
        topics_label="Tematy:",
        topics=("Biblioteka", "Kamionka Dolna"),
        tweet="Nowa biblioteka w Kamionce Dolnej coraz bliżej. Rada miasta dała zielone światło.",
        share="Udostępnij artykuł",
        related="Najczęściej czytane",
        related_items=("Wichura zerwała dach szkoły", "Targi rolne przyciągnęły tłumy"),
    ),
    Site(
        lang="cs",
        host="www.zpravy-z-vysociny.example",
        title="Horní Lhota opraví náměstí, práce začnou v dubnu",
        byline="Petr Dvořák",
        paras=(
            "Město Horní Lhota v dubnu zahájí rekonstrukci hlavního náměstí, která podle "
            "plánu potrvá do konce listopadu.",
            "Starostka Jana Procházková uvedla, že oprava vyjde na 46 milionů korun a zhruba "
            "třetinu nákladů pokryje dotace z krajského fondu.",
            "Náměstí dostane novou dlažbu, dvacet stromů, pítko a lavičky, parkovací místa se "
            "přesunou do ulice za radnicí.",
            "Během stavby zůstanou obchody otevřené a trhy se přestěhují na prostranství před "
            "kulturním domem.",
        ),
        caption="Hlavní náměstí v Horní Lhotě před rekonstrukcí",
        credit="Foto: Martin Beneš",
        also_label="Přečtěte si také:",
        also_teaser="Nemocnice v Horní Lhotě otevře nové oddělení",
        newsletter="Přihlaste se k odběru našeho newsletteru a dostávejte nejdůležitější "
        "zprávy z kraje každé ráno.",
        bio="Petr Dvořák je redaktorem regionální rubriky a zabývá se komunální politikou.",
        comment_prompt="Jaký na to máte názor? Napište nám do diskuse pod článkem.",
        paywall="Tento článek je dostupný pouze pro předplatitele. Předplaťte si nás.",
        topics_label="Témata:",
        topics=("Rekonstrukce", "Horní Lhota"),
        tweet="Rekonstrukce náměstí začne v dubnu. Trhy se dočasně stěhují ke kulturnímu domu.",
        share="Sdílet článek",
        related="Nejčtenější",
        related_items=("Silnici uzavřel sesuv", "Pivovar slaví sto let"),
    ),
    Site(
        lang="ro",
        host="www.gazeta-de-campie.example",
        title="Primăria din Valea Mare modernizează rețeaua de iluminat public",
        byline="de Andreea Popescu",
        paras=(
            "Primăria din Valea Mare a semnat contractul pentru înlocuirea celor 2.400 de "
            "corpuri de iluminat public cu lămpi LED, lucrare care va dura opt luni.",
            "Primarul Ion Stănescu a declarat că investiția de 9 milioane de lei va reduce "
            "factura la energie a orașului cu aproape 60 la sută.",
            "Primele străzi modernizate vor fi cele din cartierul Gării și de pe bulevardul "
            "Unirii, unde locuitorii s-au plâns de lipsa luminii.",
            "Firma câștigătoare are obligația să întrețină sistemul timp de cinci ani fără "
            "costuri suplimentare pentru bugetul local.",
        ),
        caption="Muncitori montează noile lămpi pe bulevardul Unirii",
        credit="Foto: Arhiva Gazeta de Câmpie",
        also_label="Citește și:",
        also_teaser="Taxele locale cresc în Valea Mare de anul viitor",
        newsletter="Abonează-te la newsletterul nostru și primești în fiecare dimineață cele "
        "mai importante știri.",
        bio="Andreea Popescu este reporter la secția Administrație a Gazetei de Câmpie.",
        comment_prompt="Ce părere aveți? Lăsați un comentariu mai jos.",
        paywall="Acest articol este disponibil doar pentru abonați. Abonează-te pentru a "
        "citi mai departe.",
        topics_label="Etichete:",
        topics=("Iluminat public", "Valea Mare"),
        tweet="Iluminatul public din Valea Mare trece pe LED. Lucrările încep luna viitoare.",
        share="Distribuie articolul",
        related="Cele mai citite",
        related_items=("Inundații în trei comune", "Târgul de toamnă se redeschide"),
    ),
    Site(
        lang="hu",
        host="www.alfoldi-hirlap.example",
        title="Új uszodát épít Tiszakert önkormányzata",
        byline="Szabó Eszter",
        paras=(
            "Tiszakert önkormányzata csütörtökön bejelentette, hogy a régi strand helyén fedett "
            "uszodát építenek, amely két év múlva nyithat meg.",
            "Kovács László polgármester elmondta, hogy a beruházás 3,8 milliárd forintba kerül, "
            "és a költségek nagy részét állami támogatás fedezi.",
            "Az épületben egy 25 méteres versenymedence, egy tanmedence és egy kisebb wellness "
            "részleg is helyet kap.",
            "A városi iskolák diákjai ingyen használhatják majd az uszodát a testnevelésórák "
            "keretében.",
        ),
        caption="Az uszoda látványterve a régi strand helyén",
        credit="Fotó: Tiszakert Önkormányzata",
        also_label="Ez is érdekelheti:",
        also_teaser="Drágul a helyi buszjegy Tiszakerten",
        newsletter="Iratkozzon fel hírlevelünkre, és minden reggel megkapja a nap legfontosabb "
        "híreit.",
        bio="Szabó Eszter az Alföldi Hírlap önkormányzati ügyekkel foglalkozó újságírója.",
        comment_prompt="Ön mit gondol? Írja meg véleményét hozzászólásban!",
        paywall="Ez a cikk csak előfizetőink számára érhető el. Fizessen elő most!",
        topics_label="Címkék:",
        topics=("Uszoda", "Tiszakert"),
        tweet="Fedett uszoda épül Tiszakerten, két év múlva lehet csobbanni.",
        share="Megosztás",
        related="Legolvasottabb",
        related_items=("Vihar tépte meg a fákat", "Szüreti fesztivál a hétvégén"),
    ),
    Site(
        lang="el",
        host="www.eidiseis-thessalias.example",
        title="Ο Δήμος Πλατανιάς ανακαινίζει το ιστορικό δημοτικό θέατρο",
        byline="Γιώργος Παπαδόπουλος",
        paras=(
            "Ο Δήμος Πλατανιάς ξεκινά τον επόμενο μήνα την ανακαίνιση του ιστορικού δημοτικού "
            "θεάτρου, το οποίο παραμένει κλειστό από το 2019.",
            "Ο δήμαρχος Νίκος Αντωνίου δήλωσε ότι το έργο θα κοστίσει 4,5 εκατομμύρια ευρώ και "
            "θα χρηματοδοτηθεί από ευρωπαϊκά προγράμματα.",
            "Θα αποκατασταθούν η πρόσοψη, η σκηνή και τα θεωρεία, ενώ θα εγκατασταθεί νέο "
            "σύστημα κλιματισμού και πρόσβαση για άτομα με αναπηρία.",
            "Το θέατρο αναμένεται να υποδεχθεί ξανά το κοινό τον Οκτώβριο του επόμενου έτους.",
        ),
        caption="Η πρόσοψη του δημοτικού θεάτρου σήμερα",
        credit="Φωτογραφία: Ειδήσεις Θεσσαλίας",
        also_label="Διαβάστε επίσης:",
        also_teaser="Νέα γραμμή λεωφορείου συνδέει την Πλατανιά με το λιμάνι",
        newsletter="Εγγραφείτε στο newsletter μας για να λαμβάνετε κάθε πρωί τις σημαντικότερες "
        "ειδήσεις.",
        bio="Ο Γιώργος Παπαδόπουλος είναι συντάκτης του τμήματος Αυτοδιοίκησης.",
        comment_prompt="Ποια είναι η γνώμη σας; Αφήστε το σχόλιό σας παρακάτω.",
        paywall="Το άρθρο είναι διαθέσιμο μόνο για συνδρομητές. Γίνετε συνδρομητής.",
        topics_label="Ετικέτες:",
        topics=("Πολιτισμός", "Πλατανιά"),
        tweet="Ξεκινά η ανακαίνιση του δημοτικού θεάτρου της Πλατανιάς τον επόμενο μήνα.",
        share="Κοινοποίηση",
        related="Δημοφιλή",
        related_items=("Κλειστά τα σχολεία λόγω χιονιού", "Ρεκόρ αφίξεων στο αεροδρόμιο"),
    ),
    Site(
        lang="uk",
        host="www.novyny-podillia.example",
        title="У Зеленому Гаю відкрили новий центр надання адмінпослуг",
        byline="Олена Коваленко",
        paras=(
            "У місті Зелений Гай у понеділок відкрили новий центр надання адміністративних "
            "послуг, де мешканці можуть оформити понад 200 документів.",
            "За словами міського голови Андрія Мельника, ремонт приміщення коштував 18 мільйонів "
            "гривень, половину з яких надали міжнародні партнери.",
            "Центр працює шість днів на тиждень, а записатися на прийом можна через сайт міської "
            "ради або за телефоном гарячої лінії.",
            "У приміщенні облаштували дитячий куточок, пандус та укриття на випадок повітряної "
            "тривоги.",
        ),
        caption="Відвідувачі в залі нового центру адмінпослуг",
        credit="Фото: пресслужба міської ради",
        also_label="Читайте також:",
        also_teaser="У Зеленому Гаю відремонтують три школи до вересня",
        newsletter="Підпишіться на нашу розсилку, щоб щоранку отримувати головні новини регіону.",
        bio="Олена Коваленко — журналістка відділу місцевих новин.",
        comment_prompt="А що думаєте ви? Залиште свій коментар нижче.",
        paywall="Цей матеріал доступний лише для передплатників. Оформіть передплату.",
        topics_label="Теги:",
        topics=("Адмінпослуги", "Зелений Гай"),
        tweet="Новий ЦНАП у Зеленому Гаю вже приймає відвідувачів. Працюємо шість днів на тиждень!",
        share="Поділитися",
        related="Найпопулярніше",
        related_items=("Негода знеструмила села", "Ярмарок меду пройде в суботу"),
    ),
    Site(
        lang="he",
        host="www.hadashot-hagalil.example",
        title="עיריית גבעת הזית תשקיע 30 מיליון שקל בשדרוג הגנים הציבוריים",
        byline="מאת נועה לוי",
        paras=(
            "עיריית גבעת הזית אישרה השבוע תוכנית לשדרוג 14 גנים ציבוריים בעיר בהשקעה כוללת של "
            "30 מיליון שקל.",
            "ראש העירייה, דוד כהן, אמר כי העבודות יתחילו בשכונות הוותיקות ויסתיימו בתוך שנתיים.",
            "בכל גן יותקנו מתקני משחק חדשים, הצללה, ברזיות ותאורה חסכונית, וייטעו עשרות עצים.",
            "תושבים יוכלו להציע רעיונות לעיצוב הגנים באתר העירייה עד סוף החודש.",
        ),
        caption="ילדים משחקים בגן ציבורי בשכונה הוותיקה",
        credit="צילום: דוברות העירייה",
        also_label="עוד באתר:",
        also_teaser="קו אוטובוס חדש יחבר את גבעת הזית לתחנת הרכבת",
        newsletter="הירשמו לניוזלטר שלנו וקבלו את החדשות החשובות ישירות למייל בכל בוקר.",
        bio="נועה לוי היא כתבת לענייני מוניציפליה בחדשות הגליל.",
        comment_prompt="מה דעתכם? כתבו לנו בתגובות למטה.",
        paywall="הכתבה זמינה למנויים בלבד. הצטרפו למינוי כדי להמשיך לקרוא.",
        topics_label="תגיות:",
        topics=("גנים ציבוריים", "גבעת הזית"),
        tweet="14 גנים ציבוריים ישודרגו בשנתיים הקרובות. איזה גן אתם הכי אוהבים?",
        share="שתפו את הכתבה",
        related="הנקראים ביותר",
        related_items=("סערה הפילה עצים בצפון", "פסטיבל אוכל ייערך בסוף השבוע"),
        dir_="rtl",
    ),
    Site(
        lang="fa",
        host="www.khabar-e-shahr.example",
        title="شهرداری باغستان ۱۰ کتابخانه محله‌ای جدید می‌سازد",
        byline="نویسنده: مریم احمدی",
        paras=(
            "شهرداری باغستان اعلام کرد که تا پایان سال آینده ده کتابخانه محله‌ای جدید در "
            "مناطق کم‌برخوردار شهر ساخته خواهد شد.",
            "به گفته معاون فرهنگی شهرداری، رضا کریمی، هزینه این طرح ۸۰ میلیارد تومان است و "
            "بخشی از آن از محل کمک‌های خیرین تأمین می‌شود.",
            "هر کتابخانه دارای بخش کودک، سالن مطالعه و اتاق رایانه خواهد بود و عضویت در آن "
            "برای دانش‌آموزان رایگان است.",
            "نخستین کتابخانه در محله نارنجستان ساخته می‌شود و قرار است تا شش ماه دیگر افتتاح شود.",
        ),
        caption="نمایی از طرح کتابخانه محله نارنجستان",
        credit="عکس: روابط عمومی شهرداری",
        also_label="بیشتر بخوانید:",
        also_teaser="قیمت بلیت اتوبوس در باغستان افزایش یافت",
        newsletter="در خبرنامه ما عضو شوید تا مهم‌ترین خبرهای روز را هر صبح "
        "در ایمیل خود دریافت کنید.",
        bio="مریم احمدی خبرنگار حوزه شهری خبر شهر است.",
        comment_prompt="نظر شما چیست؟ دیدگاه خود را در بخش نظرات بنویسید.",
        paywall="این مطلب ویژه مشترکان است. برای ادامه مطالعه مشترک شوید.",
        topics_label="برچسب‌ها:",
        topics=("کتابخانه", "باغستان"),
        tweet="ده کتابخانه محله‌ای تازه در باغستان ساخته می‌شود؛ اولی در نارنجستان.",
        share="اشتراک‌گذاری",
        related="پربازدیدترین‌ها",
        related_items=("بارش شدید برف جاده‌ها را بست", "نمایشگاه گل در پارک مرکزی"),
        dir_="rtl",
    ),
    Site(
        lang="hi",
        host="www.nagar-samachar.example",
        title="सूरजपुर नगर निगम शहर में 50 नए बस स्टॉप बनाएगा",
        byline="संवाददाता: राहुल शर्मा",
        paras=(
            "सूरजपुर नगर निगम ने शहर के प्रमुख मार्गों पर 50 नए बस स्टॉप बनाने की योजना को "
            "मंगलवार को मंजूरी दे दी।",
            "महापौर सुनीता वर्मा ने बताया कि इस परियोजना पर लगभग 12 करोड़ रुपये खर्च होंगे और "
            "काम तीन महीने में शुरू हो जाएगा।",
            "हर बस स्टॉप पर बैठने की जगह, पीने का पानी, सौर ऊर्जा से चलने वाली बत्तियाँ और "
            "बसों के समय की जानकारी देने वाला बोर्ड होगा।",
            "निगम ने नागरिकों से सुझाव मांगे हैं कि किन इलाकों में बस स्टॉप की सबसे अधिक जरूरत है।",
        ),
        caption="सूरजपुर के मुख्य बाजार में बस का इंतजार करते यात्री",
        credit="फोटो: नगर समाचार",
        also_label="यह भी पढ़ें:",
        also_teaser="सूरजपुर में पानी की दरें बढ़ाने का प्रस्ताव",
        newsletter="हमारे न्यूज़लेटर की सदस्यता लें और हर सुबह अपने ईमेल पर ताज़ा खबरें पाएं।",
        bio="राहुल शर्मा नगर समाचार के वरिष्ठ संवाददाता हैं और शहरी मामलों पर लिखते हैं।",
        comment_prompt="आपकी क्या राय है? नीचे कमेंट करके हमें बताएं।",
        paywall="यह लेख केवल सब्सक्राइबर के लिए है। पढ़ना जारी रखने के लिए सब्सक्राइब करें।",
        topics_label="टैग:",
        topics=("बस स्टॉप", "सूरजपुर"),
        tweet="शहर में बनेंगे 50 नए बस स्टॉप, सौर ऊर्जा से जलेंगी बत्तियाँ।",
        share="शेयर करें",
        related="सबसे ज्यादा पढ़ी गई",
        related_items=("भारी बारिश से सड़कें जलमग्न", "मेले में उमड़ी भीड़"),
    ),
    Site(
        lang="sw",
        host="www.habari-za-pwani.example",
        title="Halmashauri ya Mji wa Bandarini yajenga soko jipya la samaki",
        byline="Na Amina Juma",
        paras=(
            "Halmashauri ya Mji wa Bandarini imeanza ujenzi wa soko jipya la samaki "
            "litakalohudumia "
            "wavuvi zaidi ya elfu mbili kutoka vijiji vya pwani.",
            "Mkurugenzi wa halmashauri, Hassan Mwinyi, alisema mradi huo utagharimu shilingi "
            "bilioni 4.5 na unatarajiwa kukamilika mwishoni mwa mwaka.",
            "Soko litakuwa na vyumba vya baridi, sehemu ya kusafishia samaki na maegesho ya "
            "magari ya wafanyabiashara.",
            "Wavuvi wamepongeza hatua hiyo wakisema itapunguza hasara inayotokana na samaki "
            "kuharibika kabla ya kuuzwa.",
        ),
        caption="Wavuvi wakishusha samaki katika bandari ya zamani",
        credit="Picha: Maktaba ya Habari za Pwani",
        also_label="Soma pia:",
        also_teaser="Bei ya mafuta ya taa yapanda mjini Bandarini",
        newsletter="Jiandikishe kwa jarida letu upate habari muhimu kila asubuhi kwenye barua "
        "pepe yako.",
        bio="Amina Juma ni mwandishi wa habari za mikoa wa Habari za Pwani.",
        comment_prompt="Una maoni gani? Acha maoni yako hapa chini.",
        paywall="Makala hii ni kwa wanachama pekee. Jiunge ili uendelee kusoma.",
        topics_label="Mada:",
        topics=("Uvuvi", "Bandarini"),
        tweet="Ujenzi wa soko jipya la samaki umeanza rasmi leo. Wavuvi wafurahia!",
        share="Shiriki habari hii",
        related="Zinazosomwa zaidi",
        related_items=("Mvua kubwa yaharibu barabara", "Tamasha la utamaduni laanza"),
    ),
    Site(
        lang="zh",
        host="www.qingshui-ribao.example",
        title="青水市新建十二座社区图书馆年底前全部开放",
        byline="记者 王晓明",
        paras=(
            "青水市文化局周二宣布，全市将新建十二座社区图书馆，预计在今年年底前全部向市民开放。",
            "文化局局长李建国表示，项目总投资约一点五亿元，其中三分之一来自省级专项资金。",
            "每座图书馆都将设有儿童阅读区、自习室和电子阅览室，市民凭身份证即可免费办理借书证。",
            "首座社区图书馆位于东湖街道，目前已完成主体工程，预计下个月试运行。",
        ),
        caption="东湖街道社区图书馆施工现场",
        credit="摄影：张伟",
        also_label="相关阅读：",
        also_teaser="青水市公交线路调整方案公布",
        newsletter="订阅我们的新闻简报，每天早上在邮箱中收到当日要闻。",
        bio="王晓明，青水日报城市新闻部记者，长期关注公共文化服务。",
        comment_prompt="您对此有何看法？欢迎在下方留言评论。",
        paywall="本文为会员专享内容，开通会员即可继续阅读全文。",
        topics_label="标签：",
        topics=("图书馆", "青水市"),
        tweet="好消息！十二座社区图书馆年底前全部开放，快来办理借书证吧。",
        share="分享到",
        related="热门新闻",
        related_items=("暴雨导致多条道路积水", "秋季美食节本周末开幕"),
    ),
    Site(
        lang="ja",
        host="www.minato-shimbun.example",
        title="港北市、駅前に子育て支援センターを開設へ",
        byline="田中 美咲",
        paras=(
            "港北市は十四日、駅前の旧百貨店ビルに子育て支援センターを開設すると発表した。来年春の開所を目指す。",
            "市によると、改修費は約八億円で、国の交付金を活用する。保育士や看護師が常駐し、相談に応じる。",
            "センターには一時預かり室や授乳室のほか、雨の日でも遊べる屋内広場を設ける予定だ。",
            "山本市長は記者会見で「駅に近く、働く親が立ち寄りやすい場所にしたい」と話した。",
        ),
        caption="子育て支援センターが入る駅前の旧百貨店ビル",
        credit="写真：港新聞社",
        also_label="あわせて読みたい：",
        also_teaser="港北市、市営バスの運賃を改定",
        newsletter="ニュースレターに登録すると、毎朝の主要ニュースをメールでお届けします。",
        bio="田中美咲　港新聞社会部記者。市政と教育を担当。",
        comment_prompt="この記事へのご意見をコメント欄にお寄せください。",
        paywall="この記事は有料会員限定です。続きを読むには会員登録が必要です。",
        topics_label="関連キーワード：",
        topics=("子育て", "港北市"),
        tweet="駅前に子育て支援センターができます。来年春オープン予定です。",
        share="この記事をシェアする",
        related="アクセスランキング",
        related_items=("大雨で一部列車が運休", "秋祭りに三万人"),
    ),
    Site(
        lang="ko",
        host="www.hanbit-ilbo.example",
        title="푸른시, 도심 하천 따라 산책로 7킬로미터 조성",
        byline="김민준 기자",
        paras=(
            "푸른시는 도심을 가로지르는 은빛천을 따라 길이 7킬로미터의 산책로를 조성한다고 "
            "15일 밝혔다.",
            "시에 따르면 사업비는 모두 210억 원으로, 이 가운데 절반은 국비로 충당하며 공사는 "
            "내년 6월 마무리될 예정이다.",
            "산책로에는 자전거 도로와 쉼터, 야간 조명이 설치되고, 하천 생태를 관찰할 수 있는 "
            "데크도 들어선다.",
            "박서연 시장은 시민 누구나 걸어서 하천에 닿을 수 있도록 진입로를 늘리겠다고 말했다.",
        ),
        caption="은빛천 산책로 조성 예정지",
        credit="사진=푸른시 제공",
        also_label="관련기사",
        also_teaser="푸른시, 시내버스 노선 12개 개편",
        newsletter="뉴스레터를 구독하시면 매일 아침 주요 뉴스를 이메일로 보내드립니다.",
        bio="김민준 기자는 한빛일보 사회부에서 지역 행정을 담당하고 있습니다.",
        comment_prompt="이 기사에 대한 의견을 댓글로 남겨주세요.",
        paywall="이 기사는 유료 회원 전용입니다. 구독하고 계속 읽어보세요.",
        topics_label="태그:",
        topics=("산책로", "푸른시"),
        tweet="은빛천 따라 7km 산책로가 생깁니다. 내년 여름 개통 예정!",
        share="기사 공유하기",
        related="많이 본 뉴스",
        related_items=("폭우로 도로 곳곳 침수", "가을 축제에 인파 몰려"),
    ),
    Site(
        lang="ar",
        host="www.akhbar-al-madina.example",
        title="بلدية الواحة تطلق مشروعا لزراعة عشرة آلاف شجرة",
        byline="بقلم: سارة الحسن",
        paras=(
            "أطلقت بلدية الواحة يوم الأحد مشروعا لزراعة عشرة آلاف شجرة في الشوارع والحدائق "
            "العامة خلال العامين المقبلين.",
            "وقال رئيس البلدية خالد المنصور إن تكلفة المشروع تبلغ نحو خمسة ملايين دينار، "
            "وسيجري تمويلها بالشراكة مع القطاع الخاص.",
            "وتشمل الخطة إنشاء شبكة ري بالتنقيط تعمل بالطاقة الشمسية لتقليل استهلاك المياه "
            "في فصل الصيف.",
            "ودعت البلدية السكان إلى المشاركة في حملات التشجير التطوعية التي تنظم كل يوم جمعة.",
        ),
        caption="متطوعون يزرعون أشجارا في الحديقة المركزية",
        credit="تصوير: المكتب الإعلامي للبلدية",
        also_label="اقرأ أيضا:",
        also_teaser="افتتاح سوق شعبي جديد في حي النخيل",
        newsletter="اشترك في نشرتنا البريدية لتصلك أهم الأخبار كل صباح على بريدك الإلكتروني.",
        bio="سارة الحسن صحفية في قسم الشؤون المحلية بصحيفة أخبار المدينة.",
        comment_prompt="ما رأيك؟ شاركنا تعليقك في الأسفل.",
        paywall="هذا المحتوى حصري للمشتركين. اشترك الآن لمواصلة القراءة.",
        topics_label="الوسوم:",
        topics=("التشجير", "الواحة"),
        tweet="انطلاق مشروع زراعة عشرة آلاف شجرة في الواحة. شاركونا يوم الجمعة!",
        share="شارك الخبر",
        related="الأكثر قراءة",
        related_items=("أمطار غزيرة تغلق طرقا رئيسية", "مهرجان التمور يبدأ غدا"),
        dir_="rtl",
    ),
)
