"""Page kinds of a probe round the dev sets lack (service pages, question threads): a body
field of the type "text with summary" is the text, not its lead; a list's drop-down label
("Urutkan berdasarkan:") goes with the drop-down."""

from __future__ import annotations

import newsextract


def _article(html: str, url: str) -> newsextract.Article:
    return newsextract.extract(html, url=url)


def test_a_short_body_field_with_a_summary_type_is_the_text() -> None:
    # A municipal service page: the CMS's body field ("field--type-text-with-summary") of one
    # paragraph was read as the standfirst, and the body kept only the fields under it.
    html = (
        "<html lang='el'><body><main><article class='node node--type-service'>"
        "<h1 class='page-title'>Κάρτα στάθμευσης κατοίκων</h1><div class='node__content'>"
        "<div class='text-formatted field field--name-body field--type-text-with-summary "
        "field__item'><p>Οι μόνιμοι κάτοικοι της παλιάς πόλης εκδίδουν ετήσια κάρτα "
        "στάθμευσης για ένα όχημα.</p></div><div class='field field--name-field-documents'>"
        "<div class='field__label'>Δικαιολογητικά</div><div class='field__items'>"
        "<div class='field__item'>Άδεια κυκλοφορίας του οχήματος</div><div class='field__item'>"
        "Λογαριασμός νερού στο όνομα του αιτούντος</div></div></div></div></article></main>"
        "</body></html>"
    )
    article = _article(html, "https://dimos.example.gr/ypiresies/karta")
    body = article.body or ""
    assert body.startswith("Οι μόνιμοι κάτοικοι της παλιάς πόλης")
    assert "Άδεια κυκλοφορίας του οχήματος" in body
    assert not (article.lead or "").startswith("Οι μόνιμοι κάτοικοι")


def test_a_summary_classed_standfirst_is_still_the_lead() -> None:
    html = (
        "<html lang='en'><body><article><h1>Night trains return to the coast line</h1>"
        "<div class='article-summary'><p>Two sleeper services a week will run from June, the "
        "operator said on Monday.</p></div><div class='article-body'><p>The operator will "
        "use refurbished coaches bought from a neighbouring network, and tickets go on sale "
        "next month. The first train leaves the capital on the evening of the third of June "
        "and reaches the coast the next morning, with stops in four towns on the way.</p>"
        "</div></article></body></html>"
    )
    article = _article(html, "https://news.example/night-trains")
    assert article.lead is not None and article.lead.startswith("Two sleeper services")
    assert "Two sleeper services" not in (article.body or "")


def test_a_drop_downs_label_is_no_line_of_the_text() -> None:
    # A question page in Indonesian: the answers' sort control, a label and a drop-down in a
    # box of their own, was kept between the question and the answers.
    html = (
        "<html lang='id'><body><div id='content'><h1>Cara membaca berkas besar?</h1>"
        "<div class='question'><div class='post-text'><p>Berkas saya berukuran delapan "
        "gigabyte dan memori laptop hanya empat gigabyte, sehingga prosesnya selalu berhenti."
        "</p></div></div><div id='answers'><div class='answers-header'><h2>2 Jawaban</h2>"
        "<div class='sorter'>Urutkan berdasarkan: <select><option>Skor tertinggi</option>"
        "<option>Terbaru</option></select></div></div><div class='answer'><div "
        "class='post-text'><p>Baca berkas per potongan seratus ribu baris, lalu buang setiap "
        "potongan dari memori sebelum membaca potongan berikutnya.</p></div></div></div></div>"
        "</body></html>"
    )
    body = _article(html, "https://tanya.example.id/q/12").body or ""
    assert "Baca berkas per potongan" in body
    assert "Urutkan berdasarkan" not in body


def test_a_short_line_beside_no_drop_down_stays() -> None:
    html = (
        "<html lang='id'><body><article><h1>Jadwal kapal</h1><p>Kapal cepat berangkat dua kali "
        "sehari dari pelabuhan utama dan tiba sekitar tiga jam kemudian.</p><div><p>Harga "
        "tiket:</p></div><ul><li>Dewasa: 150 ribu rupiah</li><li>Anak: 90 ribu rupiah</li></ul>"
        "<p>Tiket dapat dibeli di loket pelabuhan satu jam sebelum keberangkatan.</p>"
        "</article></body></html>"
    )
    body = _article(html, "https://wisata.example.id/kapal").body or ""
    assert "Harga tiket:" in body


def test_a_line_height_class_names_no_standfirst() -> None:
    # A blog styled with utility classes: "leading-relaxed" (a line height) on every paragraph
    # read as a lead's name, and the first paragraph went to the lead, out of the body.
    html = (
        "<html lang='tr'><body><main class='mx-auto max-w-3xl'><article class='prose'>"
        "<h1 class='text-3xl font-bold'>Notlarımı neden düz metne taşıdım</h1>"
        "<p class='leading-relaxed'>On yıl boyunca notlarımı kapalı bir uygulamada tuttum ve "
        "geçen kış hepsini düz metin dosyalarına taşıdım.</p><p class='leading-relaxed'>"
        "Uygulama yavaşlamıştı; bir şeyi dışa aktarmak onlarca tıklama istiyordu ve çıkan "
        "dosyaları başka hiçbir yerde açamıyordum. Düz metin ise sahip olduğum her cihazda "
        "açılıyor ve otuz yıl sonra da açılacak.</p><p class='md:leading-7'>Taşıma işi küçük "
        "bir betikle iki akşam sürdü.</p></article></main></body></html>"
    )
    article = _article(html, "https://blog.example.com.tr/duz-metin")
    assert (article.body or "").startswith("On yıl boyunca notlarımı")
    assert "iki akşam sürdü" in (article.body or "")


def test_a_leaderboard_ad_is_no_standfirst() -> None:
    html = (
        "<html lang='en'><body><article><h1>Harbour ferry timetable changes</h1>"
        "<div class='ad-leaderboard'><p>Advertisement: book your summer cabin today and save "
        "on early departures</p></div><p class='intro'>The harbour ferry will run every "
        "twenty minutes from May, the city said.</p><p>The longer season follows a year in "
        "which the ferry carried more passengers than ever, most of them commuters who left "
        "their cars at the park-and-ride on the north shore and crossed to the old town for "
        "work.</p></article></body></html>"
    )
    article = _article(html, "https://news.example/ferry")
    assert article.lead is not None and article.lead.startswith("The harbour ferry will run")


def test_a_commentary_box_is_the_text_not_comments() -> None:
    # "commentary" names an opinion or analysis piece's own text; matched as "comment" it cut
    # the piece's paragraphs as a comment section.
    html = (
        "<html lang='en'><body><main><article><h1>Keep the night buses running</h1>"
        "<div class='article-content'><p>Opinion by the editorial board, which meets every "
        "Tuesday to decide what the paper thinks about the week's news.</p><div "
        "class='commentary-body'><p>Closing the night bus lines will cost the city more than "
        "it saves: the workers who depend on them have no other way home.</p><p>Nurses, "
        "cleaners and kitchen staff finish their shifts long after the last tram.</p></div>"
        "<p>We urge the council to think again before the vote next month.</p></div>"
        "</article></main></body></html>"
    )
    body = _article(html, "https://news.example/opinion/night-buses").body or ""
    assert "Nurses, cleaners and kitchen staff" in body
    assert "think again before the vote" in body


def _guidance(box: str) -> str:
    return (
        "<html lang='pl'><body><main><article><h1>Ile ruchu potrzebuje dorosły?</h1>"
        "<div class='page-content'><p>Zalecenia zaktualizowano tej wiosny po przeglądzie "
        "badań obejmujących ponad milion osób.</p>"
        f"{box}<p>Pełny raport ze wszystkimi tabelami można pobrać ze strony ministerstwa.</p>"
        "</div></article></main></body></html>"
    )


_PROSE = (
    "<p>Dorośli powinni poświęcać co najmniej sto pięćdziesiąt minut tygodniowo na umiarkowany "
    "wysiłek, rozłożony na cztery lub pięć dni.</p><p>Ćwiczenia wzmacniające mięśnie dwa razy "
    "w tygodniu zmniejszają też ryzyko upadków w późniejszym wieku.</p>"
)


def test_a_reports_recommendations_box_is_its_text() -> None:
    # "recommendations" names a report's own section as well as a box of recommended
    # stories; two paragraphs of prose without a link, set inside the text, are the text's.
    body = (
        newsextract.extract(
            _guidance(f"<section class='key-recommendations'><h2>Zalecenia</h2>{_PROSE}</section>"),
            url="https://zdrowie.example.gov.pl/ruch",
        ).body
        or ""
    )
    assert "sto pięćdziesiąt minut tygodniowo" in body
    assert "ryzyko upadków" in body
    assert "Pełny raport" in body


def test_a_box_of_recommended_stories_stays_out() -> None:
    box = (
        "<div class='recommended'><h3>Polecamy</h3><p><a href='/a'>Jak zacząć biegać po "
        "pięćdziesiątce i nie zrobić sobie krzywdy przy pierwszym treningu</a></p><p><a "
        "href='/b'>Dieta śródziemnomorska w praktyce: przepisy na cały tydzień dla rodziny</a>"
        "</p></div>"
    )
    body = newsextract.extract(_guidance(box), url="https://zdrowie.example.gov.pl/ruch").body
    assert "Jak zacząć biegać" not in (body or "")


def test_a_newsletter_box_with_its_form_stays_out() -> None:
    box = (
        "<div class='newsletter-box'><p>Zapisz się na nasz cotygodniowy biuletyn, a co piątek "
        "otrzymasz najważniejsze wiadomości o zdrowiu prosto na swoją skrzynkę.</p><p>Nie "
        "udostępniamy adresów e-mail nikomu i w każdej chwili możesz zrezygnować z subskrypcji."
        "</p><form><input type='email'><button>Zapisz</button></form></div>"
    )
    body = newsextract.extract(_guidance(box), url="https://zdrowie.example.gov.pl/ruch").body
    assert "cotygodniowy biuletyn" not in (body or "")


def test_a_rubys_reading_is_no_word_of_the_text() -> None:
    # A news page for learners writes each word's reading over it in <rt>: read with it, the
    # text doubled every word ("大雨おおあめ"), in paragraphs, line runs and list items alike.
    html = (
        "<html lang='ja'><head><meta charset='utf-8'><title>やさしいニュース</title></head><body>"
        "<article><h1>川の水が増える</h1><p><ruby>今日<rt>きょう</rt></ruby>の<ruby>朝<rp>(</rp>"
        "<rt>あさ</rt><rp>)</rp></ruby>から<ruby>大雨<rt>おおあめ</rt></ruby>が<ruby>降<rt>ふ"
        "</rt></ruby>っています。</p><div class='text'><ruby>気象庁<rt>きしょうちょう</rt></ruby>"
        "は<ruby>注意<rt>ちゅうい</rt></ruby>を<ruby>呼<rt>よ</rt></ruby>びかけています。<br>"
        "<ruby>雨<rt>あめ</rt></ruby>は<ruby>夜<rt>よる</rt></ruby>まで<ruby>続<rt>つづ</rt>"
        "</ruby>きます。</div><ul><li><ruby>川<rt>かわ</rt></ruby>に<ruby>近<rt>ちか</rt></ruby>"
        "づかない</li><li><ruby>外<rt>そと</rt></ruby>に<ruby>出<rt>で</rt></ruby>ない</li></ul>"
        "</article></body></html>"
    )
    body = _article(html, "https://news.example.jp/easy/2").body or ""
    assert "今日の朝から大雨が降っています。" in body
    assert "気象庁は注意を呼びかけています。" in body
    assert "川に近づかない" in body
    assert "おおあめ" not in body


def test_a_postal_address_is_no_byline_and_stays_in_the_text() -> None:
    # A contact page's <address> (an office's name, street and town) was read as the byline:
    # the office became the author and its address left the body as a byline line.
    html = (
        "<html lang='ro'><body><main><h1>Contact: Oficiul de stare civilă</h1><p>Oficiul "
        "înregistrează nașterile, căsătoriile și decesele din întreaga comună, doar cu "
        "programare.</p><address>Casa Verde<br>Strada Gării 12<br>Comuna "
        "Exemplu 505400</address><p>Din primăvară, oficiul funcționează într-o clădire nouă "
        "lângă gară, accesibilă persoanelor în scaun cu rotile.</p></main></body></html>"
    )
    article = _article(html, "https://primaria-exemplu.ro/contact")
    assert article.authors == ()
    assert "Strada Gării 12" in (article.body or "")


def test_a_byline_in_an_address_is_still_read() -> None:
    html = (
        "<html lang='en'><body><article><h1>Ferry timetable changes</h1><address "
        "class='author'>By <a rel='author' href='/staff/jane-doe'>Jane Doe</a><br>Transport "
        "reporter</address><p>The harbour ferry will run every twenty minutes from May, the "
        "city said on Monday, after a year of record passenger numbers.</p></article></body>"
        "</html>"
    )
    assert _article(html, "https://news.example/ferry").authors == ("Jane Doe",)


def _schedule_page(lang: str, lines: list[str], intro: str, outro: str, heading: str = "") -> str:
    dated = "".join(f"<p>{line}</p>" for line in lines)
    return (
        f"<html lang='{lang}'><body><main><article><h1>Program</h1><p>{intro}</p>{heading}"
        f"{dated}<p>{outro}</p></article></main></body></html>"
    )


def test_a_schedule_of_dated_lines_inside_the_text_is_read() -> None:
    # A festival's programme: each line a date and what happens then, set between the
    # text's paragraphs under a heading of its own; read as page stamps, all three went.
    lines = [
        "15 Mart 2024, Cuma – 19:00 Açılış konseri",
        "16 Mart 2024, Cumartesi – 20:30 Caz gecesi",
        "17 Mart 2024, Pazar – 18:00 Çocuk korosu",
    ]
    html = _schedule_page(
        "tr",
        lines,
        "Bu yıl beşincisi düzenlenen festival üç gün boyunca sahil parkında ücretsiz "
        "konserlerle sürecek.",
        "Konserler yağmur durumunda spor salonunda yapılacak.",
        "<h2>Program</h2>",
    )
    body = _article(html, "https://festival.example.com.tr/program").body or ""
    for line in lines:
        assert line in body


def test_two_dated_lines_after_a_lead_in_are_read() -> None:
    lines = ["יום ראשון, 7 ביולי 2024: סדנת קרמיקה", "יום שלישי, 9 ביולי 2024: סדנת רובוטיקה"]
    html = _schedule_page(
        "he",
        lines,
        "המתנ״ס מפרסם את מועדי הסדנאות לילדים בחופש הגדול:",
        "ההרשמה במזכירות המתנ״ס.",
    )
    body = _article(html, "https://matnas.example.org.il/kayitz").body or ""
    for line in lines:
        assert line in body


def test_a_pages_stamps_over_the_text_stay_out() -> None:
    html = (
        "<html lang='en'><body><article><h1>Ferry timetable changes</h1><p>5 March 2024 – "
        "Jane Doe</p><p>6 March 2024 – updated</p><p>The harbour ferry will run every twenty "
        "minutes from May, the city said on Monday, after a year of record passenger numbers."
        "</p><p>Tickets stay at the same price.</p></article></body></html>"
    )
    body = _article(html, "https://news.example/ferry").body or ""
    assert "Jane Doe" not in body
    assert body.startswith("The harbour ferry")


def test_a_runners_time_is_no_time_of_day() -> None:
    # A results list: "31:12" after a runner's name read as a time of day, and each line
    # went as a name and a stamp. No clock shows 31 hours; "30.11." stays a day and month.
    lines = ["1. Adam Nowak – 31:12", "2. Piotr Wiśniewski – 31:40", "3. Tomasz Zieliński – 32:05"]
    html = _schedule_page(
        "pl",
        lines,
        "Bieg na dziesięć kilometrów ukończyło w niedzielę ponad czterysta osób.",
        "Następny bieg odbędzie się we wrześniu.",
    )
    body = _article(html, "https://bieg.example.pl/wyniki").body or ""
    for line in lines:
        assert line in body


def test_a_schedule_with_a_line_the_date_test_let_through_is_read_whole() -> None:
    lines = [
        "1 April 2024: pembukaan pendaftaran",
        "30 April 2024: batas akhir unggah berkas",
        "15 Mei 2024: pengumuman hasil seleksi",
    ]
    html = _schedule_page(
        "id",
        lines,
        "Pendaftaran beasiswa dibuka untuk mahasiswa semester tiga ke atas.",
        "Informasi lebih lanjut dapat ditanyakan ke bagian kemahasiswaan.",
    )
    body = _article(html, "https://kampus.example.ac.id/beasiswa").body or ""
    for line in lines:
        assert line in body


def test_a_span_of_two_dates_is_no_stamp() -> None:
    # An obituary's life dates: two dates joined by a dash were read as the page's stamp.
    html = (
        "<html lang='tr'><body><main><article><h1>Vefat ilanı</h1><p>Ayşe Demir</p>"
        "<p>12 Mart 1940 – 4 Ocak 2024</p><p>Sevgili annemiz Ayşe Demir'i kaybetmenin derin "
        "üzüntüsü içindeyiz. Cenaze töreni cuma günü öğleden sonra yapılacaktır.</p>"
        "</article></main></body></html>"
    )
    body = _article(html, "https://ilan.example.com.tr/vefat/ayse-demir").body or ""
    assert "12 Mart 1940 – 4 Ocak 2024" in body


def test_a_labelled_date_in_an_indic_script_is_the_texts() -> None:
    # "बैठक की तिथि:" (the meeting's date) is a label of the text's own; its vowel signs broke
    # the label test, and the line went as a stamp.
    html = (
        "<html lang='hi'><body><main><article><h1>ग्राम सभा की बैठक</h1><p>ग्राम सभा की बैठक में "
        "निम्नलिखित निर्णय लिए गए।</p><p>बैठक की तिथि: 5 मार्च 2024</p><p>स्थान: पंचायत भवन</p>"
        "<p>गाँव की मुख्य सड़क की मरम्मत अगले महीने शुरू होगी।</p></article></main></body></html>"
    )
    body = _article(html, "https://panchayat.example.in/baithak").body or ""
    assert "बैठक की तिथि: 5 मार्च 2024" in body
