"""Help articles, reviews and notices (round 48): help-centre articles in the markup of
hosted help desks (a breadcrumb, steps, "was this article helpful?" with its vote counts,
the section's other articles, "still need help? submit a request"); court judgments and
official gazette notices (a case header, numbered paragraphs, "download PDF" and print
links); event pages (the programme, a venue box, speaker cards, "add to calendar", other
events); reviews (the verdict, pros and cons, a score widget, readers' ratings, price
buttons); posts that end on the author's own call to action (a line after a rule pointing to
the rest of a guide or a course) or an author box; wire press releases (a "SOURCE" line, a
"view original content" link); newsletters archived from a mailing service (a "view in
browser" line, the unsubscribe footer); and a code host's release page (assets, reactions).
Each page has its furniture around the text; the languages and scripts are ones the dev
sets lack. Every name, place and sentence here is invented."""

from __future__ import annotations

from .pages import Probes, page

PROBES = Probes()


def help_centre(
    lang: str,
    title: str,
    content: str,
    *,
    crumbs: tuple[str, ...],
    helpful: str,
    votes: str,
    section_title: str,
    section: tuple[str, ...],
    request: str,
    dir_: str = "ltr",
) -> str:
    """A hosted help desk's article: a search header, a breadcrumb, the article body, a
    vote box, a sidebar of the section's articles and a "submit a request" footer."""
    trail = "".join(f"<li><a href='/hc/{n}'>{crumb}</a></li>" for n, crumb in enumerate(crumbs))
    links = "".join(
        f"<li><a class='sidenav-item' href='/hc/articles/{n}'>{item}</a></li>"
        for n, item in enumerate(section)
    )
    return page(
        lang,
        title,
        "<header class='header'><a class='logo' href='/hc'>Help</a><form role='search' "
        "class='search'><input type='search' name='query'></form></header><div "
        f"class='container'><nav class='sub-nav'><ol class='breadcrumbs'>{trail}</ol></nav>"
        "<div class='article-container'><section class='article-sidebar'><div "
        f"class='collapsible-sidebar'><h3 class='collapsible-sidebar-title'>{section_title}"
        f"</h3><ul>{links}</ul></div></section><article class='article'><header "
        f"class='article-header'><h1 class='article-title'>{title}</h1></header><section "
        f"class='article-info'><div class='article-content'><div class='article-body'>{content}"
        "</div></div></section><footer><div class='article-votes'><span "
        f"class='article-votes-question'>{helpful}</span><div class='article-votes-controls'>"
        "<button class='button article-vote article-vote-up'>+</button><button class='button "
        f"article-vote article-vote-down'>-</button></div><small class='article-votes-count'>"
        f"{votes}</small></div><div class='article-more-questions'>{request}</div></footer>"
        "</article></div></div>",
        dir_=dir_,
    )


def review(
    lang: str,
    title: str,
    content: str,
    *,
    verdict: str,
    pros: tuple[str, ...],
    cons: tuple[str, ...],
    score: str,
    readers: str,
    price: str,
    more_title: str,
    more: tuple[str, ...],
    between: str = "",
    dir_: str = "ltr",
) -> str:
    """A review: the text, a verdict box with the score (``between`` set before it), pros
    and cons lists, a readers' rating widget, price buttons and more reviews."""
    plus = "".join(f"<li>{item}</li>" for item in pros)
    minus = "".join(f"<li>{item}</li>" for item in cons)
    links = "".join(f"<li><a href='/review/{n}'>{item}</a></li>" for n, item in enumerate(more))
    return page(
        lang,
        title,
        "<header class='site-header'><a href='/'>Testlab</a><nav><a href='/news'>News</a> <a "
        "href='/reviews'>Reviews</a></nav></header><main><article class='review'><h1>"
        f"{title}</h1><div class='review-body'>{content}</div>{between}<div class='review-verdict'>"
        f"<div class='score-badge'><span class='score'>{score}</span></div><p>{verdict}</p>"
        f"<div class='pros-cons'><div class='pros'><ul>{plus}</ul></div><div class='cons'><ul>"
        f"{minus}</ul></div></div></div><div class='user-rating'><span>{readers}</span><div "
        "class='stars'>★★★★☆</div></div><div class='price-widget'><a class='btn-buy' "
        f"href='/go/1' rel='sponsored'>{price}</a></div></article><aside class='more-reviews'>"
        f"<h3>{more_title}</h3><ul>{links}</ul></aside></main><footer><p>© Testlab</p>"
        "</footer>",
        dir_=dir_,
    )


def site(
    lang: str,
    title: str,
    content: str,
    *,
    nav: tuple[str, ...],
    after: str = "",
    aside_title: str,
    aside: tuple[str, ...],
    footer: str,
    dir_: str = "ltr",
) -> str:
    """A site's page: a header menu, the text in ``<main>`` under its ``<h1>`` (``after``
    follows the text's container inside ``<main>``), a sidebar box of linked titles and a
    footer line."""
    menu = "".join(f"<li><a href='/m{n}'>{item}</a></li>" for n, item in enumerate(nav))
    links = "".join(f"<li><a href='/s/{n}'>{item}</a></li>" for n, item in enumerate(aside))
    return page(
        lang,
        title,
        f"<header class='site-header'><a class='brand' href='/'>{nav[0]}</a><nav "
        f"class='primary-nav'><ul>{menu}</ul></nav></header><div class='container'><main "
        f"class='content'><h1>{title}</h1><div class='text'>{content}</div>{after}</main>"
        f"<aside class='sidebar'><div class='box'><h3>{aside_title}</h3><ul>{links}</ul>"
        f"</div></aside></div><footer class='site-footer'><p>{footer}</p></footer>",
        dir_=dir_,
    )


# === Help-centre articles ===

# --- Portuguese (Brazil), a help desk article of steps: the vote box, its counts and the
# section's other articles are not the text.
PROBES.add(
    "pt_help_centre_steps_votes_section",
    "https://ajuda.example.com.br/hc/pt-br/articles/3301-como-trocar-a-senha",
    help_centre(
        "pt-BR",
        "Como trocar a senha da sua conta",
        "<p>Se você esqueceu a senha ou quer trocá-la por segurança, siga os passos abaixo "
        "pelo aplicativo ou pelo site.</p><ol><li>Abra o menu Perfil e toque em Segurança."
        "</li><li>Escolha Trocar senha e digite a senha atual.</li><li>Digite a nova senha "
        "duas vezes e confirme.</li></ol><p>A nova senha vale na hora em todos os aparelhos "
        "conectados à conta.</p>",
        crumbs=("Central de Ajuda", "Conta e acesso"),
        helpful="Este artigo foi útil?",
        votes="128 de 140 acharam isto útil",
        section_title="Artigos nesta seção",
        section=("Como excluir minha conta", "Não recebi o código por SMS"),
        request="Ainda tem dúvidas? Envie uma solicitação",
    ),
    (
        "Se você esqueceu a senha ou quer trocá-la por segurança",
        "Escolha Trocar senha e digite a senha atual.",
        "A nova senha vale na hora em todos os aparelhos",
    ),
    (
        "Este artigo foi útil?",
        "128 de 140 acharam isto útil",
        "Como excluir minha conta",
        "Ainda tem dúvidas?",
    ),
)

# --- Turkish, a help article with a note box and a table of limits.
PROBES.add(
    "tr_help_centre_note_and_limits_table",
    "https://destek.example.com.tr/hc/tr/articles/88-para-transferi-limitleri",
    help_centre(
        "tr",
        "Para transferi limitleri nelerdir?",
        "<p>Hesabınızdan yapabileceğiniz günlük transfer tutarı, hesap türünüze ve kimlik "
        "doğrulama seviyenize göre değişir.</p><table><thead><tr><th>Hesap türü</th><th>Günlük "
        "limit</th></tr></thead><tbody><tr><td>Standart hesap</td><td>25.000 TL</td></tr><tr>"
        "<td>Onaylı hesap</td><td>150.000 TL</td></tr></tbody></table><div class='callout "
        "callout--info'><p>Limit artırma talepleri iki iş günü içinde sonuçlandırılır.</p>"
        "</div>",
        crumbs=("Yardım Merkezi", "Ödemeler"),
        helpful="Bu makale yararlı oldu mu?",
        votes="45 kişiden 39'u bunu yararlı buldu",
        section_title="Bu bölümdeki makaleler",
        section=("Kartımı nasıl dondururum?", "İade ne zaman hesaba geçer?"),
        request="Başka sorunuz mu var? Talep gönderin",
    ),
    (
        "Hesabınızdan yapabileceğiniz günlük transfer tutarı",
        "Limit artırma talepleri iki iş günü içinde sonuçlandırılır.",
    ),
    (
        "Bu makale yararlı oldu mu?",
        "45 kişiden 39'u bunu yararlı buldu",
        "Kartımı nasıl dondururum?",
        "Talep gönderin",
    ),
)

# --- Hebrew (right to left), a help article of two sections.
PROBES.add(
    "he_help_centre_two_sections_rtl",
    "https://help.example.co.il/hc/he/articles/512",
    help_centre(
        "he",
        "איך מחברים את המדפסת לרשת האלחוטית",
        "<p>לפני שמתחילים, ודאו שהמדפסת והמחשב נמצאים באותה רשת ושהנורית הכחולה דולקת.</p>"
        "<h2>חיבור דרך לוח הבקרה</h2><p>לחצו על כפתור ההגדרות, בחרו ברשת שלכם והקלידו את "
        "הסיסמה של הנתב.</p><h2>חיבור דרך היישום</h2><p>פתחו את היישום בטלפון, הוסיפו מדפסת "
        "חדשה ופעלו לפי ההוראות שעל המסך.</p>",
        crumbs=("מרכז העזרה", "מדפסות"),
        helpful="האם המאמר הזה עזר לך?",
        votes="17 מתוך 20 מצאו את זה מועיל",
        section_title="מאמרים בקטגוריה זו",
        section=("המדפסת לא מדפיסה בצבע", "החלפת מחסנית דיו"),
        request="עדיין צריכים עזרה? שלחו פנייה",
        dir_="rtl",
    ),
    (
        "לפני שמתחילים, ודאו שהמדפסת והמחשב נמצאים באותה רשת",
        "לחצו על כפתור ההגדרות, בחרו ברשת שלכם",
        "פתחו את היישום בטלפון, הוסיפו מדפסת",
    ),
    ("האם המאמר הזה עזר לך?", "17 מתוך 20 מצאו את זה מועיל", "החלפת מחסנית דיו"),
)

# --- Vietnamese, a short help answer of one paragraph and a list.
PROBES.add(
    "vi_help_centre_short_answer_list",
    "https://hotro.example.vn/hc/vi/articles/77-doi-dia-chi-giao-hang",
    help_centre(
        "vi",
        "Tôi có thể đổi địa chỉ giao hàng sau khi đặt không?",
        "<p>Bạn có thể đổi địa chỉ giao hàng khi đơn hàng chưa được bàn giao cho đơn vị vận "
        "chuyển.</p><ul><li>Vào mục Đơn mua và chọn đơn hàng cần sửa.</li><li>Bấm Thay đổi "
        "địa chỉ và lưu lại.</li></ul>",
        crumbs=("Trung tâm hỗ trợ", "Giao hàng"),
        helpful="Bài viết này có hữu ích không?",
        votes="9 trên 12 người thấy hữu ích",
        section_title="Bài viết trong mục này",
        section=("Phí giao hàng được tính thế nào?", "Theo dõi đơn hàng"),
        request="Vẫn cần trợ giúp? Gửi yêu cầu",
    ),
    (
        "Bạn có thể đổi địa chỉ giao hàng khi đơn hàng chưa được bàn giao",
        "Bấm Thay đổi địa chỉ và lưu lại.",
    ),
    ("Bài viết này có hữu ích không?", "9 trên 12 người thấy hữu ích", "Theo dõi đơn hàng"),
)

# === Court judgments and official notices ===

# --- Czech, a court decision: a case header, numbered paragraphs, a PDF link and a print
# line after.
PROBES.add(
    "cs_court_decision_numbered_paragraphs",
    "https://soud.example.cz/rozhodnuti/22-cdo-1840-2025",
    site(
        "cs",
        "Rozsudek 22 Cdo 1840/2025",
        "<dl class='case-meta'><dt>Spisová značka</dt><dd>22 Cdo 1840/2025</dd><dt>Datum "
        "rozhodnutí</dt><dd>12. 3. 2026</dd></dl><p class='para'>1. Žalobkyně se domáhala "
        "určení, že je vlastnicí pozemku v katastrálním území Horní Lhotka.</p><p "
        "class='para'>2. Odvolací soud potvrdil rozsudek soudu prvního stupně, neboť "
        "vydržení nebylo prokázáno.</p><p class='para'>3. Dovolání není důvodné, protože "
        "žalobkyně nebyla v dobré víře po celou vydržecí dobu.</p>",
        nav=("Nejvyšší soud Example", "Rozhodnutí", "Kontakty"),
        after="<div class='doc-tools'><a href='/pdf/1840.pdf'>Stáhnout PDF (212 kB)</a> "
        "<a href='javascript:print()'>Vytisknout</a></div>",
        aside_title="Související rozhodnutí",
        aside=("22 Cdo 977/2024 – vydržení služebnosti", "22 Cdo 45/2025 – spoluvlastnictví"),
        footer="© Nejvyšší soud Example · Prohlášení o přístupnosti",
    ),
    (
        "Žalobkyně se domáhala určení, že je vlastnicí pozemku",
        "Odvolací soud potvrdil rozsudek soudu prvního stupně",
        "Dovolání není důvodné",
    ),
    ("Stáhnout PDF", "Vytisknout", "vydržení služebnosti", "Prohlášení o přístupnosti"),
)

# --- Romanian, an official gazette notice: articles of a decision, a signature block.
PROBES.add(
    "ro_gazette_notice_articles_signature",
    "https://monitor.example.ro/anunturi/hotarare-143-2026",
    site(
        "ro",
        "Hotărârea nr. 143/2026 privind taxa de salubrizare",
        "<p>Consiliul Local al comunei Valea Rece, întrunit în ședință ordinară, hotărăște:"
        "</p><p><strong>Art. 1.</strong> Se aprobă taxa de salubrizare de 12 lei pe lună "
        "pentru fiecare persoană din gospodărie.</p><p><strong>Art. 2.</strong> Taxa se "
        "achită trimestrial, până la data de 25 a primei luni din trimestru.</p><p "
        "class='semnatura'>Președinte de ședință, Ion Mărgărit</p>",
        nav=("Monitorul Example", "Anunțuri", "Arhivă"),
        after="<div class='share-tools'><span>Distribuie:</span> <a href='#'>Facebook</a> "
        "<a href='#'>E-mail</a></div>",
        aside_title="Cele mai citite",
        aside=("Program de audiențe al primarului", "Licitație pentru deszăpezire"),
        footer="Monitorul Example · Toate drepturile rezervate",
    ),
    (
        "Consiliul Local al comunei Valea Rece, întrunit în ședință ordinară",
        "Se aprobă taxa de salubrizare de 12 lei pe lună",
        "Taxa se achită trimestrial",
    ),
    ("Distribuie:", "Program de audiențe al primarului", "Toate drepturile rezervate"),
)

# --- Greek, a ministry's public notice with a deadline table and downloadable forms.
PROBES.add(
    "el_ministry_notice_deadline_table_forms",
    "https://ypourgeio.example.gr/anakoinoseis/prothesmia-aitiseon",
    site(
        "el",
        "Παράταση προθεσμίας για τις αιτήσεις επιδότησης",
        "<p>Το υπουργείο ανακοινώνει ότι η προθεσμία υποβολής αιτήσεων για την επιδότηση "
        "θέρμανσης παρατείνεται έως το τέλος του μήνα.</p><table><tr><th>Στάδιο</th><th>"
        "Ημερομηνία</th></tr><tr><td>Υποβολή αιτήσεων</td><td>30 Νοεμβρίου</td></tr><tr><td>"
        "Πληρωμή δικαιούχων</td><td>20 Δεκεμβρίου</td></tr></table><p>Οι αιτήσεις "
        "υποβάλλονται μόνο ηλεκτρονικά με τους κωδικούς του Taxisnet.</p>",
        nav=("Υπουργείο Example", "Ανακοινώσεις", "Επικοινωνία"),
        after="<div class='attachments'><h3>Συνημμένα</h3><ul><li><a href='/f/1.pdf'>"
        "Έντυπο αίτησης (PDF)</a></li></ul></div><div class='page-feedback'><p>Σας βοήθησε "
        "αυτή η σελίδα;</p><button>Ναι</button><button>Όχι</button></div>",
        aside_title="Πρόσφατες ανακοινώσεις",
        aside=("Νέο ωράριο εξυπηρέτησης κοινού", "Διαγωνισμός για βοηθούς εργαστηρίου"),
        footer="© Υπουργείο Example · Όροι χρήσης",
    ),
    (
        "η προθεσμία υποβολής αιτήσεων για την επιδότηση",
        "Πληρωμή δικαιούχων",
        "Οι αιτήσεις υποβάλλονται μόνο ηλεκτρονικά",
    ),
    ("Σας βοήθησε αυτή η σελίδα;", "Νέο ωράριο εξυπηρέτησης κοινού", "Όροι χρήσης"),
)

# === Event pages ===

# --- Indonesian, an event page: a description, the programme as a list, a venue box, an
# "add to calendar" line and other events.
PROBES.add(
    "id_event_programme_venue_calendar",
    "https://acara.example.id/lokakarya-batik-tulis",
    site(
        "id",
        "Lokakarya Batik Tulis untuk Pemula",
        "<div class='event-info'><p><strong>Tempat:</strong> Balai Budaya Kota Lama</p><p>"
        "<strong>Waktu:</strong> Sabtu, 14 Maret 2026, 09.00–15.00</p></div><div "
        "class='event-description'><p>Lokakarya satu hari ini mengajak peserta mengenal "
        "canting, malam dan pewarna alami sambil membuat selembar kain sendiri.</p><h3>Susunan "
        "acara</h3><ul><li>09.00 Pengenalan alat dan motif</li><li>11.00 Praktik menggambar "
        "dengan canting</li><li>13.30 Pewarnaan dan pelorodan</li></ul></div>",
        nav=("Acara Kota", "Jadwal", "Tentang"),
        after="<div class='event-actions'><a class='btn' href='/ics/1'>Tambahkan ke "
        "kalender</a> <a class='btn' href='/daftar/1'>Daftar sekarang</a></div>",
        aside_title="Acara lainnya",
        aside=("Kelas memasak rendang", "Tur malam museum"),
        footer="© Acara Kota 2026",
    ),
    (
        "Lokakarya satu hari ini mengajak peserta mengenal canting",
        "Praktik menggambar dengan canting",
        "Pewarnaan dan pelorodan",
    ),
    ("Tambahkan ke kalender", "Daftar sekarang", "Kelas memasak rendang"),
)

# --- Finnish, a seminar page whose speakers' bios are part of the programme.
PROBES.add(
    "fi_seminar_speakers_bios",
    "https://tapahtumat.example.fi/metsaseminaari-2026",
    site(
        "fi",
        "Metsäseminaari 2026: sekametsän tulevaisuus",
        "<p>Seminaarissa tutkijat ja metsänomistajat keskustelevat siitä, miten sekametsä "
        "kestää kuivuutta ja tuholaisia paremmin kuin yhden puulajin metsä.</p><h2>Puhujat"
        "</h2><div class='speakers'><div class='speaker-card'><h3>Aino Lehtivaara</h3><p>"
        "Lehtivaara tutkii koivun ja kuusen sekametsien kasvua Itä-Suomen koealoilla.</p>"
        "</div><div class='speaker-card'><h3>Pekka Rautio</h3><p>Rautio on hoitanut "
        "sukutilansa metsiä Kainuussa kolmekymmentä vuotta.</p></div></div>",
        nav=("Tapahtumat", "Kalenteri", "Yhteystiedot"),
        after="<div class='ticket-box'><p>Liput 25 €</p><a href='/osta'>Osta lippu</a></div>",
        aside_title="Tulevat tapahtumat",
        aside=("Sienikurssi Nuuksiossa", "Linturetki Viikkiin"),
        footer="Tapahtumat Example · Tietosuojaseloste",
    ),
    (
        "Seminaarissa tutkijat ja metsänomistajat keskustelevat",
        "Lehtivaara tutkii koivun ja kuusen sekametsien kasvua",
        "Rautio on hoitanut sukutilansa metsiä",
    ),
    ("Osta lippu", "Sienikurssi Nuuksiossa", "Tietosuojaseloste"),
)

# --- Korean, a concert listing with a details table and a booking button.
PROBES.add(
    "ko_concert_listing_details_booking",
    "https://ticket.example.kr/concert/2291",
    site(
        "ko",
        "봄밤의 현악 사중주",
        "<table class='info'><tr><th>일시</th><td>2026년 4월 11일 오후 7시 30분</td></tr><tr>"
        "<th>장소</th><td>해오름 아트홀</td></tr></table><div class='intro'><p>해오름 현악 "
        "사중주단이 창단 십 주년을 맞아 하이든과 스메타나의 작품을 연주합니다.</p><p>공연 "
        "후에는 단원들과의 짧은 대화 시간이 마련되어 있습니다.</p></div>",
        nav=("티켓 예시", "공연", "전시"),
        after="<div class='booking'><a class='btn-book' href='/book/2291'>예매하기</a><span "
        "class='wish'>관심 공연 12,340</span></div>",
        aside_title="추천 공연",
        aside=("겨울 나그네 전곡 연주", "어린이 국악 여행"),
        footer="(주)티켓예시 · 이용약관 · 개인정보처리방침",
    ),
    (
        "하이든과 스메타나의 작품을 연주합니다",
        "공연 후에는 단원들과의 짧은 대화 시간이",
    ),
    ("예매하기", "관심 공연 12,340", "겨울 나그네 전곡 연주", "개인정보처리방침"),
)

# === Reviews ===

# --- Polish, a product review: the text, a verdict with pros and cons, a score, readers'
# ratings and a price button.
PROBES.add(
    "pl_review_verdict_pros_cons_score",
    "https://testlab.example.pl/recenzje/odkurzacz-vento-s5",
    review(
        "pl",
        "Vento S5 – test odkurzacza pionowego",
        "<p>Vento S5 waży niecałe trzy kilogramy i przez tydzień sprzątał u nas mieszkanie "
        "z kotem i dywanami.</p><h2>Bateria</h2><p>Na średniej mocy bateria wytrzymała "
        "czterdzieści dwie minuty, co wystarcza na trzy pokoje i kuchnię.</p>",
        verdict="Vento S5 to udany odkurzacz dla małych mieszkań, choć pojemnik mógłby być "
        "większy.",
        pros=("długi czas pracy", "niska waga"),
        cons=("mały pojemnik na kurz",),
        score="8,5/10",
        readers="Ocena czytelników: 4,1 (87 głosów)",
        price="Sprawdź cenę w sklepie",
        more_title="Więcej recenzji",
        more=("Test robota sprzątającego Mopix 2", "Porównanie odkurzaczy do 1000 zł"),
    ),
    (
        "Vento S5 waży niecałe trzy kilogramy",
        "Na średniej mocy bateria wytrzymała czterdzieści dwie minuty",
        "Vento S5 to udany odkurzacz dla małych mieszkań",
    ),
    ("Ocena czytelników", "Sprawdź cenę w sklepie", "Test robota sprzątającego Mopix 2"),
)

# --- Italian, a film review with a star widget and a cast box after the text.
PROBES.add(
    "it_film_review_stars_cast_box",
    "https://cinema.example.it/recensioni/la-casa-sul-fiume",
    review(
        "it",
        "La casa sul fiume, recensione: un dramma familiare trattenuto",
        "<p>Il secondo film di Marta Ghezzi segue tre sorelle che tornano nella casa "
        "d'infanzia per venderla dopo la morte del padre.</p><p>La regia lascia parlare i "
        "silenzi, e la fotografia grigia del Po in inverno fa il resto.</p>",
        verdict="Un film piccolo e sincero, che regge soprattutto grazie alle sue tre interpreti.",
        pros=("le interpreti", "la fotografia"),
        cons=("un finale affrettato",),
        score="3,5/5",
        readers="Voto del pubblico: 3,9 su 5 (214 voti)",
        price="Guarda in streaming",
        more_title="Altre recensioni",
        more=("Notte di vetro, recensione", "Il ritorno del capitano, recensione"),
    ),
    (
        "Il secondo film di Marta Ghezzi segue tre sorelle",
        "La regia lascia parlare i silenzi",
        "Un film piccolo e sincero",
    ),
    ("Voto del pubblico", "Guarda in streaming", "Notte di vetro, recensione"),
)

# --- Thai, a phone review whose verdict closes the text.
PROBES.add(
    "th_phone_review_verdict",
    "https://review.example.co.th/phone/nova-7",
    review(
        "th",
        "รีวิว Nova 7 มือถือกล้องดีในราคาประหยัด",
        "<p>Nova 7 มาพร้อมกล้องหลักห้าสิบล้านพิกเซลและแบตเตอรี่ห้าพันมิลลิแอมป์ในราคาไม่ถึงหมื่นบาท</p>"
        "<p>ในการใช้งานจริง แบตเตอรี่อยู่ได้เกือบสองวันเมื่อใช้งานทั่วไป</p>",
        verdict="โดยรวมแล้ว Nova 7 เป็นตัวเลือกที่คุ้มค่าสำหรับคนที่ชอบถ่ายรูป",
        pros=("แบตเตอรี่อึด", "กล้องสวย"),
        cons=("ลำโพงเสียงเบา",),
        score="8/10",
        readers="คะแนนจากผู้อ่าน 4.3 (56 โหวต)",
        price="เช็คราคาล่าสุด",
        more_title="รีวิวอื่น ๆ",
        more=("รีวิวหูฟังไร้สาย Pulse 3", "เปรียบเทียบมือถือราคาไม่เกินหมื่น"),
    ),
    (
        "Nova 7 มาพร้อมกล้องหลักห้าสิบล้านพิกเซล",
        "แบตเตอรี่อยู่ได้เกือบสองวัน",
        "เป็นตัวเลือกที่คุ้มค่าสำหรับคนที่ชอบถ่ายรูป",
    ),
    ("คะแนนจากผู้อ่าน", "เช็คราคาล่าสุด", "รีวิวหูฟังไร้สาย Pulse 3"),
)

# --- Swahili, a hotel review on a travel blog.
PROBES.add(
    "sw_hotel_review_travel_blog",
    "https://safari.example.co.tz/hoteli/nyumba-ya-pwani",
    review(
        "sw",
        "Tathmini: Hoteli ya Nyumba ya Pwani, Pangani",
        "<p>Tulikaa usiku tatu katika hoteli hii ndogo iliyo mbele ya bahari, dakika kumi "
        "kutoka mjini Pangani.</p><p>Vyumba ni safi na kifungua kinywa cha maandazi na chai "
        "ya tangawizi kilikuwa kitamu kila asubuhi.</p>",
        verdict="Ni mahali pazuri pa kupumzika kwa familia, ingawa mtandao ni dhaifu.",
        pros=("ufukwe wa kimya", "wafanyakazi wakarimu"),
        cons=("mtandao dhaifu",),
        score="4/5",
        readers="Ukadiriaji wa wasomaji: 4.4 (31 kura)",
        price="Angalia bei na upatikanaji",
        more_title="Tathmini nyingine",
        more=("Kambi ya hema Ruaha", "Nyumba za wageni Lushoto"),
    ),
    (
        "Tulikaa usiku tatu katika hoteli hii ndogo",
        "kifungua kinywa cha maandazi na chai ya tangawizi",
        "Ni mahali pazuri pa kupumzika kwa familia",
    ),
    ("Ukadiriaji wa wasomaji", "Angalia bei na upatikanaji", "Kambi ya hema Ruaha"),
)

# === Posts ending on the author's own call to action or an author box ===

# --- English, a technical post: after a rule, one heading-sized line points to the rest of
# the author's guide (a link); share buttons follow.
PROBES.add(
    "en_post_closing_guide_pointer_after_rule",
    "https://buildnotes.example.com/articles/cache-layers/",
    page(
        "en",
        "Why your build cache keeps missing",
        "<header><a href='/'>Build Notes</a><nav><a href='/articles/'>Articles</a> <a "
        "href='/products/'>Products</a></nav></header><main><article><h1>Why your build cache "
        "keeps missing</h1><div class='post-body'><p>Every time the lock file changes, the "
        "layer that installs dependencies is rebuilt from scratch.</p><p>Copy the lock file "
        "on its own first, install, and only then copy the rest of the source tree.</p><h2>"
        "The takeaway</h2><ol><li>Order layers from the least to the most often changed.</li>"
        "<li>Keep generated files out of the build context.</li></ol></div><hr><h4>Learn to "
        "write fast, small images for every service you ship—read the rest of the <a "
        "href='/guide/'>image building guide for teams</a>.</h4><hr><ul "
        "class='share-buttons'><li><a href='#'>Tweet</a></li><li><a "
        "href='#'>Share</a></li></ul></article></main><footer><p>© Build Notes</p></footer>",
    ),
    (
        "the layer that installs dependencies is rebuilt from scratch",
        "Order layers from the least to the most often changed.",
    ),
    ("read the rest of the", "Tweet", "© Build Notes"),
)

# --- German, a dog trainer's post ending in a box introducing the trainer's school.
PROBES.add(
    "de_post_closing_author_school_box",
    "https://hundeschule.example.de/ratgeber/leinenfuehrigkeit",
    site(
        "de",
        "Leinenführigkeit in fünf Minuten am Tag",
        "<p>Viele Hunde ziehen, weil sich Ziehen für sie lohnt: Es geht ja voran.</p><p>Bleiben "
        "Sie stehen, sobald die Leine spannt, und gehen Sie erst weiter, wenn sie wieder "
        "locker durchhängt.</p><p>Üben Sie anfangs nur fünf Minuten, dafür jeden Tag.</p>",
        nav=("Hundeschule Example", "Kurse", "Ratgeber"),
        after="<div class='author-box'><img src='/a.jpg' alt=''><div class='author-info'>"
        "<h4>Über die Autorin</h4><p>Lena Hofbauer leitet seit 2015 die Hundeschule Example in "
        "Kassel und bietet Welpenkurse und Einzeltraining an.</p><a href='/kontakt'>Jetzt "
        "Termin vereinbaren</a></div></div>",
        aside_title="Beliebte Beiträge",
        aside=("Welpen stubenrein bekommen", "Rückruf auf Distanz"),
        footer="Hundeschule Example · Impressum",
    ),
    (
        "Viele Hunde ziehen, weil sich Ziehen für sie lohnt",
        "Üben Sie anfangs nur fünf Minuten, dafür jeden Tag.",
    ),
    ("Über die Autorin", "leitet seit 2015 die Hundeschule", "Jetzt Termin vereinbaren"),
)

# --- Ukrainian, a post ending in a course advertisement set off by a rule.
PROBES.add(
    "uk_post_closing_course_ad",
    "https://blog.example.ua/pidkasty/mikrofon",
    site(
        "uk",
        "Який мікрофон обрати для першого подкасту",
        "<p>Для першого подкасту не потрібна студія: динамічний мікрофон за дві тисячі "
        "гривень запише голос краще, ніж дорогий конденсаторний у гучній кімнаті.</p><p>"
        "Тримайте мікрофон на відстані долоні від рота і записуйте в кімнаті з килимом і "
        "шторами.</p>",
        nav=("Блог Example", "Статті", "Курси"),
        after="<hr><div class='promo'><p><strong>Хочете навчитися монтувати подкасти?</strong> "
        "Запишіться на наш онлайн-курс «Подкаст з нуля» — перше заняття безкоштовно.</p><a "
        "class='button' href='/kurs'>Записатися</a></div>",
        aside_title="Популярне",
        aside=("Як прибрати шум із запису", "Навушники для монтажу"),
        footer="© Блог Example",
    ),
    (
        "Для першого подкасту не потрібна студія",
        "Тримайте мікрофон на відстані долоні від рота",
    ),
    ("Хочете навчитися монтувати подкасти?", "Записатися", "Як прибрати шум із запису"),
)

# === Wire press releases, archived newsletters, a code host's release ===

# --- Spanish, a wire release: a dateline, the "About" paragraph, a SOURCE line and a
# "view original content" link.
PROBES.add(
    "es_wire_release_source_line_original_content",
    "https://prensa.example.com/comunicados/vinedos-altamira-exporta",
    site(
        "es",
        "Viñedos Altamira duplica sus exportaciones a Asia",
        "<p>MENDOZA, Argentina, 3 de marzo de 2026 /Example Wire/ -- Viñedos Altamira cerró "
        "2025 con exportaciones a Asia por el doble que el año anterior, impulsadas por su "
        'malbec de altura.</p><p>"Asia es hoy nuestro segundo mercado", dijo su director, '
        "Tomás Iriarte.</p><p><strong>Acerca de Viñedos Altamira</strong></p><p>Viñedos "
        "Altamira es una bodega familiar fundada en 1962 en el Valle de Uco.</p><p>FUENTE "
        "Viñedos Altamira</p>",
        nav=("Example Wire", "Comunicados", "Contacto"),
        after="<div class='release-foot'><p><a href='/orig/1'>Ver contenido original</a></p></div>",
        aside_title="Comunicados recientes",
        aside=("Nueva planta solar en San Juan", "Aerolínea suma rutas a Bariloche"),
        footer="© 2026 Example Wire",
    ),
    (
        "Viñedos Altamira cerró 2025 con exportaciones a Asia",
        "Asia es hoy nuestro segundo mercado",
        "Viñedos Altamira es una bodega familiar fundada en 1962",
    ),
    ("Ver contenido original", "Nueva planta solar en San Juan", "© 2026 Example Wire"),
)

# --- Dutch, a mailing service's archived campaign: a "view in browser" line above, table
# layout, an unsubscribe footer.
PROBES.add(
    "nl_archived_campaign_view_in_browser_unsubscribe",
    "https://us9.campaign-archive.example.com/?u=ab12&id=cd34",
    page(
        "nl",
        "Nieuwsbrief Volkstuin De Hoge Akker – maart",
        "<table id='bodyTable' width='100%'><tr><td><table class='templateContainer'><tr><td "
        "class='preheaderContainer'><p>Bekijk deze e-mail in je browser</p></td></tr><tr><td "
        "class='bodyContainer'><h1>Het seizoen begint!</h1><p>Beste tuinders, op zaterdag 21 "
        "maart openen we het seizoen met koffie en het uitdelen van de nieuwe compostbakken."
        "</p><p>De waterleiding gaat op 1 april weer open; controleer vóór die tijd je eigen "
        "kraan op lekkage.</p></td></tr><tr><td class='footerContainer'><p>Je ontvangt deze "
        "e-mail omdat je lid bent van de vereniging.</p><p><a href='#'>Afmelden</a> · <a "
        "href='#'>Voorkeuren wijzigen</a></p></td></tr></table></td></tr></table>",
    ),
    (
        "op zaterdag 21 maart openen we het seizoen met koffie",
        "De waterleiding gaat op 1 april weer open",
    ),
    ("Bekijk deze e-mail in je browser", "Je ontvangt deze e-mail omdat", "Afmelden"),
)

# --- Japanese, a code host's release page: the notes, then assets and reactions.
PROBES.add(
    "ja_code_host_release_assets_reactions",
    "https://code.example.jp/kumo/kumo-cli/releases/tag/v2.4.0",
    page(
        "ja",
        "Release v2.4.0 · kumo/kumo-cli",
        "<header class='AppHeader'><a href='/'>CodeExample</a></header><main><div "
        "class='release-entry'><h1 class='release-title'>v2.4.0</h1><div class='markdown-body'>"
        "<h2>新機能</h2><ul><li>設定ファイルを YAML でも書けるようになりました。</li><li>"
        "<code>kumo sync</code> に差分だけを送る <code>--dry-run</code> を追加しました。</li>"
        "</ul><h2>修正</h2><ul><li>Windows でパスに空白があると失敗する問題を直しました。</li>"
        "</ul></div><details class='release-assets'><summary>Assets 4</summary><ul><li><a "
        "href='/d/1'>kumo-linux-amd64.tar.gz</a></li><li><a href='/d/2'>Source code (zip)</a>"
        "</li></ul></details><div class='reactions'><button>👍 12</button><button>🎉 5</button>"
        "<span>17 people reacted</span></div></div></main><footer><p>© 2026 CodeExample</p>"
        "</footer>",
    ),
    (
        "設定ファイルを YAML でも書けるようになりました。",
        "Windows でパスに空白があると失敗する問題を直しました。",
    ),
    ("kumo-linux-amd64.tar.gz", "17 people reacted", "© 2026 CodeExample"),
)

# === Harder variants: linked lines that are the text, boxes set inside the text ===

# --- English, a changelog of keep-a-changelog form: every entry links its pull request;
# the linked entries are the text, the version picker and "edit this page" are not.
PROBES.add(
    "en_changelog_entries_link_pull_requests",
    "https://docs.example.dev/tarn/changelog/",
    site(
        "en",
        "Changelog",
        "<p>All notable changes to Tarn are listed here, newest first.</p><h2>[3.2.0] – "
        "2026-02-10</h2><h3>Added</h3><ul><li>Streaming uploads for files over 2 GB (<a "
        "href='/pr/812'>#812</a>)</li><li>A <code>--quiet</code> flag for the sync command "
        "(<a href='/pr/809'>#809</a>)</li></ul><h3>Fixed</h3><ul><li>Retries no longer "
        "double-count failed chunks (<a href='/pr/815'>#815</a>)</li></ul><h2>[3.1.4] – "
        "2026-01-22</h2><h3>Fixed</h3><ul><li>Proxy settings are read from the environment "
        "again (<a href='/pr/801'>#801</a>)</li></ul>",
        nav=("Tarn Docs", "Guides", "API"),
        after="<div class='page-meta'><a href='/edit/changelog.md'>Edit this page</a> <span>"
        "Last updated on Feb 10, 2026</span></div>",
        aside_title="Version",
        aside=("3.2 (latest)", "3.1", "2.x"),
        footer="Copyright © 2026 Tarn contributors",
    ),
    (
        "Streaming uploads for files over 2 GB",
        "Retries no longer double-count failed chunks",
        "Proxy settings are read from the environment again",
    ),
    ("Edit this page", "3.2 (latest)", "Copyright © 2026 Tarn contributors"),
)

# --- Hindi, a press release ending in a media contact block and a "###" mark.
PROBES.add(
    "hi_press_release_media_contact_tail",
    "https://samachar.example.in/press/saur-urja-gaon",
    site(
        "hi",
        "सौर ऊर्जा से रोशन होंगे पचास गाँव",
        "<p>जयपुर, 4 मार्च 2026: प्रकाश ग्रामीण फाउंडेशन ने आज घोषणा की कि अगले साल तक राजस्थान "
        "के पचास गाँवों के स्कूलों में सौर पैनल लगाए जाएँगे।</p><p>फाउंडेशन की निदेशक सरिता मीणा "
        "ने कहा कि इससे बच्चों को शाम को भी पढ़ने की सुविधा मिलेगी।</p><p><strong>प्रकाश ग्रामीण "
        "फाउंडेशन के बारे में</strong></p><p>प्रकाश ग्रामीण फाउंडेशन 2009 से ग्रामीण शिक्षा और "
        "स्वच्छ ऊर्जा पर काम कर रहा है।</p><p>###</p><div class='media-contact'><h4>मीडिया "
        "संपर्क</h4><p>अनिल शर्मा<br>+91 98000 00000<br>press@example.in</p></div>",
        nav=("समाचार उदाहरण", "प्रेस विज्ञप्ति", "संपर्क"),
        aside_title="ताज़ा विज्ञप्तियाँ",
        aside=("नई जल परियोजना की शुरुआत", "किसान मेले की तारीख़ घोषित"),
        footer="© समाचार उदाहरण",
    ),
    (
        "प्रकाश ग्रामीण फाउंडेशन ने आज घोषणा की",
        "इससे बच्चों को शाम को भी पढ़ने की सुविधा मिलेगी",
        "2009 से ग्रामीण शिक्षा और स्वच्छ ऊर्जा पर काम कर रहा है",
    ),
    ("+91 98000 00000", "नई जल परियोजना की शुरुआत", "© समाचार उदाहरण"),
)

# --- Arabic (right to left), a help article with a "related articles" list set inside the
# article's body after its text.
PROBES.add(
    "ar_help_article_related_list_inside_body",
    "https://help.example.sa/ar/articles/41",
    help_centre(
        "ar",
        "كيف أسترجع مبلغ طلب ملغى؟",
        "<p>عند إلغاء الطلب قبل شحنه، يعاد المبلغ إلى وسيلة الدفع نفسها خلال خمسة أيام عمل.</p>"
        "<p>إذا دفعت نقدًا عند الاستلام، يضاف المبلغ إلى رصيد محفظتك في التطبيق.</p><div "
        "class='related-articles'><h3>مقالات ذات صلة</h3><ul><li><a href='/ar/articles/40'>"
        "كيف ألغي طلبًا؟</a></li><li><a href='/ar/articles/43'>مدة الشحن إلى المدن</a></li>"
        "</ul></div>",
        crumbs=("مركز المساعدة", "الطلبات"),
        helpful="هل كانت هذه المقالة مفيدة؟",
        votes="33 من أصل 40 وجدوا هذا مفيدًا",
        section_title="مقالات في هذا القسم",
        section=("تتبع الشحنة", "تغيير وسيلة الدفع"),
        request="هل لديك أسئلة أخرى؟ أرسل طلبًا",
        dir_="rtl",
    ),
    (
        "يعاد المبلغ إلى وسيلة الدفع نفسها خلال خمسة أيام عمل",
        "يضاف المبلغ إلى رصيد محفظتك في التطبيق",
    ),
    ("مقالات ذات صلة", "كيف ألغي طلبًا؟", "هل كانت هذه المقالة مفيدة؟", "تغيير وسيلة الدفع"),
)

# --- Persian (right to left), a municipal service page whose steps each link a form.
PROBES.add(
    "fa_service_steps_each_linking_a_form",
    "https://shahrdari.example.ir/khadamat/parvane-sakht",
    site(
        "fa",
        "دریافت پروانه ساختمان",
        "<p>برای ساخت یا تخریب و نوسازی ساختمان باید پیش از شروع کار پروانه ساختمان بگیرید.</p>"
        "<h2>مراحل</h2><ol><li>فرم درخواست را از <a href='/f/1'>سامانه شهرسازی</a> پر کنید و "
        "مدارک مالکیت را بارگذاری کنید.</li><li>پس از بازدید کارشناس، عوارض را از <a "
        "href='/f/2'>درگاه پرداخت</a> بپردازید.</li><li>نقشه‌های تأییدشده را به دفتر خدمات "
        "الکترونیک ناحیه تحویل دهید.</li></ol><p>صدور پروانه معمولاً سی روز کاری طول می‌کشد.</p>",
        nav=("شهرداری نمونه", "خدمات", "تماس"),
        after="<div class='page-rate'><p>آیا این صفحه برای شما مفید بود؟</p><button>بله"
        "</button><button>خیر</button></div>",
        aside_title="خدمات پرکاربرد",
        aside=("پرداخت عوارض نوسازی", "استعلام خلافی خودرو"),
        footer="© شهرداری نمونه",
        dir_="rtl",
    ),
    (
        "باید پیش از شروع کار پروانه ساختمان بگیرید",
        "را از سامانه شهرسازی پر کنید",
        "عوارض را از درگاه پرداخت بپردازید",
        "صدور پروانه معمولاً سی روز کاری طول می‌کشد",
    ),
    ("آیا این صفحه برای شما مفید بود؟", "پرداخت عوارض نوسازی", "© شهرداری نمونه"),
)

# --- Hungarian, a court judgment with a headnote box before the reasons and footnotes.
PROBES.add(
    "hu_judgment_headnote_box_footnotes",
    "https://birosag.example.hu/hatarozatok/pfv-20-311-2025",
    site(
        "hu",
        "Pfv.20.311/2025/6. számú határozat",
        "<div class='headnote'><h2>Elvi tartalom</h2><p>A bérbeadó a kaució visszatartására "
        "csak a bérlő által okozott és igazolt kár erejéig jogosult.</p></div><h2>Indokolás"
        "</h2><p>[1] A felperes a lakás kiürítése után a teljes kaució visszafizetését "
        "követelte.<sup><a href='#fn1'>1</a></sup></p><p>[2] Az alperes arra hivatkozott, hogy "
        "a falak festése a felperes kötelezettsége lett volna.</p><p>[3] A Kúria szerint a "
        "rendeltetésszerű használattal járó kopásért a bérlő nem felel.</p><ol "
        "class='footnotes'><li id='fn1'>Lásd a Ptk. 6:338. §-át.</li></ol>",
        nav=("Bíróság Example", "Határozatok", "Keresés"),
        after="<div class='doc-tools'><a href='/pdf/311.pdf'>Letöltés PDF-ben</a></div>",
        aside_title="Hasonló határozatok",
        aside=("Pfv.20.118/2024 – óvadék", "Pfv.20.902/2023 – lakásbérlet"),
        footer="© Bíróság Example · Adatvédelem",
    ),
    (
        "csak a bérlő által okozott és igazolt kár erejéig jogosult",
        "a teljes kaució visszafizetését",
        "a rendeltetésszerű használattal járó kopásért a bérlő nem felel",
    ),
    ("Letöltés PDF-ben", "Pfv.20.118/2024 – óvadék", "Adatvédelem"),
)

# --- Swedish, an event listing whose practical facts are a definition list after the text.
PROBES.add(
    "sv_event_facts_dl_after_text",
    "https://evenemang.example.se/vinterbad-i-hamnen",
    site(
        "sv",
        "Vinterbad i hamnen",
        "<p>Följ med på ett guidat vinterdopp i gamla hamnen, med bastu och varm saft "
        "efteråt.</p><p>Ingen förkunskap behövs, men ta med badkläder, handduk och mössa.</p>"
        "<dl class='event-facts'><dt>När</dt><dd>Söndag 8 februari kl. 10–12</dd><dt>Var</dt>"
        "<dd>Bastuflotten, Gamla hamnen</dd><dt>Pris</dt><dd>80 kr, barn gratis</dd></dl>",
        nav=("Evenemang Example", "Kalender", "Tipsa oss"),
        after="<div class='event-share'><a href='/ics/8'>Lägg till i kalendern</a> <a "
        "href='#'>Dela</a></div>",
        aside_title="Fler evenemang",
        aside=("Skridskor på sjön", "Fågelskådning vid udden"),
        footer="Evenemang Example · Kakor",
    ),
    (
        "Följ med på ett guidat vinterdopp i gamla hamnen",
        "Ingen förkunskap behövs",
        "Bastuflotten, Gamla hamnen",
    ),
    ("Lägg till i kalendern", "Skridskor på sjön", "Evenemang Example · Kakor"),
)

# --- German, a test whose "Fazit" box (a heading, one sentence, pros and cons) follows an
# ad slot set between it and the text.
PROBES.add(
    "de_review_fazit_box_after_ad_slot",
    "https://technik.example.de/test/kaffeemuehle-mahlwerk-m3",
    review(
        "de",
        "Mahlwerk M3 im Test: leise Kaffeemühle mit kleinen Schwächen",
        "<p>Die Mahlwerk M3 mahlt 18 Gramm Bohnen in knapp zwanzig Sekunden und bleibt dabei "
        "angenehm leise.</p><p>Der Mahlgrad lässt sich in vierzig Stufen einstellen, für "
        "Espresso reichen aber die feinsten zehn.</p>",
        verdict="Wer eine leise Mühle für Filterkaffee sucht, macht mit der M3 nichts falsch.",
        pros=("sehr leise", "gleichmäßiges Mahlgut"),
        cons=("Bohnenbehälter klein",),
        score="Note 1,9",
        readers="Leserwertung: 4,2 (58 Stimmen)",
        price="Preis prüfen bei Händler",
        more_title="Weitere Tests",
        more=("Siebträger unter 300 Euro", "Milchaufschäumer im Vergleich"),
        between="<div class='ad-slot'><span>Anzeige</span></div>",
    ),
    (
        "mahlt 18 Gramm Bohnen in knapp zwanzig Sekunden",
        "Wer eine leise Mühle für Filterkaffee sucht",
    ),
    ("Leserwertung", "Preis prüfen bei Händler", "Siebträger unter 300 Euro"),
)

# --- Bengali, a help article in a chat widget's help centre: a reactions row ("did this
# answer your question?") and the author line under the title.
PROBES.add(
    "bn_help_article_reactions_row",
    "https://sahayata.example.com.bd/bn/articles/918",
    page(
        "bn",
        "কীভাবে বিল পরিশোধের রসিদ ডাউনলোড করবেন",
        "<header class='header'><a href='/bn/'>সহায়তা কেন্দ্র</a></header><div "
        "class='article intercom-force-break'><h1>কীভাবে বিল পরিশোধের রসিদ ডাউনলোড করবেন</h1>"
        "<div class='avatar__info'><span>লিখেছেন তানিয়া রহমান</span><span>এক সপ্তাহ আগে "
        "হালনাগাদ</span></div><article><p>প্রতিটি সফল পরিশোধের পর রসিদটি আপনার অ্যাকাউন্টের "
        "লেনদেন তালিকায় জমা থাকে।</p><p>লেনদেন তালিকা খুলে নির্দিষ্ট মাসটি বেছে নিন এবং ডাউনলোড "
        "বোতামে চাপ দিন।</p></article></div><div class='reaction-picker'><p>এটি কি আপনার প্রশ্নের "
        "উত্তর দিয়েছে?</p><button>😞</button><button>😐</button><button>😃</button></div>"
        "<footer><p>সহায়তা কেন্দ্র · চালিত</p></footer>",
    ),
    (
        "রসিদটি আপনার অ্যাকাউন্টের লেনদেন তালিকায় জমা থাকে",
        "ডাউনলোড বোতামে চাপ দিন",
    ),
    ("এটি কি আপনার প্রশ্নের উত্তর দিয়েছে?", "লিখেছেন তানিয়া রহমান", "এক সপ্তাহ আগে"),
)

# --- Georgian, a municipal notice with an attachments list and a "print" link.
PROBES.add(
    "ka_municipal_notice_attachments",
    "https://meria.example.ge/siakhleebi/tsqlis-gatishva",
    site(
        "ka",
        "წყალმომარაგების დროებითი შეწყვეტა",
        "<p>სარემონტო სამუშაოების გამო 12 მარტს, 10:00-დან 18:00-მდე, წყალი არ იქნება ძველი "
        "ქალაქის ქუჩებზე.</p><p>მოსახლეობას ვთხოვთ, წინასწარ მოიმარაგონ წყალი და გამოიჩინონ "
        "მოთმინება.</p>",
        nav=("მერია", "სიახლეები", "კონტაქტი"),
        after="<div class='attachments'><h4>მიმაგრებული ფაილები</h4><ul><li><a "
        "href='/f/1.pdf'>ქუჩების სია (PDF)</a></li></ul></div><div class='tools'><a "
        "href='javascript:print()'>ბეჭდვა</a></div>",
        aside_title="ბოლო სიახლეები",
        aside=("ახალი ავტობუსის მარშრუტი", "ბაღების გამწვანების პროექტი"),
        footer="© მერია",
    ),
    (
        "წყალი არ იქნება ძველი ქალაქის ქუჩებზე",
        "წინასწარ მოიმარაგონ წყალი",
    ),
    ("მიმაგრებული ფაილები", "ქუჩების სია (PDF)", "ბეჭდვა", "ახალი ავტობუსის მარშრუტი"),
)

# --- Malay, an event's speaker bios set in an <aside> beside the programme, a "share"
# line and a map link after.
PROBES.add(
    "ms_event_speaker_bios_aside",
    "https://acara.example.my/forum-kopi-tempatan",
    site(
        "ms",
        "Forum Kopi Tempatan 2026",
        "<p>Forum sehari ini menghimpunkan pekebun, pemanggang dan pemilik kafe untuk "
        "membincangkan masa depan kopi liberika di Johor.</p><h2>Penceramah</h2><div "
        "class='speakers'><div class='speaker'><h3>Hafiz Osman</h3><p>Hafiz mengusahakan "
        "ladang kopi keluarga di Batu Pahat sejak tahun 2010.</p></div><div class='speaker'>"
        "<h3>Mei Ling Tan</h3><p>Mei Ling memanggang kopi untuk dua belas kafe di Lembah "
        "Klang.</p></div></div>",
        nav=("Acara Example", "Kalendar", "Hubungi"),
        after="<div class='share-line'><span>Kongsi:</span> <a href='#'>WhatsApp</a></div>"
        "<p class='map'><a href='/peta/1'>Lihat peta lokasi</a></p>",
        aside_title="Acara akan datang",
        aside=("Bengkel roti sourdough", "Pasar tani hujung minggu"),
        footer="Acara Example · Dasar privasi",
    ),
    (
        "Forum sehari ini menghimpunkan pekebun, pemanggang dan pemilik kafe",
        "Hafiz mengusahakan ladang kopi keluarga",
        "Mei Ling memanggang kopi untuk dua belas kafe",
    ),
    ("Kongsi:", "Lihat peta lokasi", "Bengkel roti sourdough", "Dasar privasi"),
)

# === A contact block cut into lines: its label and name kept as short lines of their own,
# its telephone and address line (linked) after them ===

# --- German, a publisher's press release: "Kontakt", a name line, then a linked line of
# telephone and e-mail.
PROBES.add(
    "de_release_contact_lines_split",
    "https://verlag.example.de/presse/preis-fuer-nachhaltige-fonds",
    site(
        "de",
        "Fachverlag vergibt Preis für nachhaltige Fonds",
        "<p>Der Fachverlag Example hat am Dienstag in Frankfurt zum dritten Mal den Preis für "
        "nachhaltige Fonds vergeben.</p><p>Ausgezeichnet wurden acht Produkte, darunter zwei "
        "Rentenfonds kleinerer Anbieter.</p><p>Kontakt</p><p>Jana Wolf | Fachverlag Example | "
        "Kommunikation</p><p>Tel. <a href='tel:+496110000'>+49 611 000 0394</a> | <a "
        "href='mailto:presse@verlag.example'>presse@verlag.example</a></p>",
        nav=("Fachverlag Example", "Presse", "Zeitschriften"),
        aside_title="Weitere Mitteilungen",
        aside=("Neue Chefredakteurin ab Mai", "Fachtagung Versicherungen 2026"),
        footer="© Fachverlag Example",
    ),
    (
        "zum dritten Mal den Preis für nachhaltige Fonds vergeben",
        "darunter zwei Rentenfonds kleinerer Anbieter",
    ),
    ("Jana Wolf | Fachverlag Example", "presse@verlag.example", "Neue Chefredakteurin ab Mai"),
)

# --- Portuguese (Portugal), a university's news: "Assessoria de imprensa", a name and a role,
# then a linked e-mail line.
PROBES.add(
    "pt_university_news_press_office_lines",
    "https://noticias.example.pt/2026/03/laboratorio-de-solos",
    site(
        "pt-PT",
        "Universidade inaugura laboratório de solos em Évora",
        "<p>O novo laboratório vai analisar amostras de solo de explorações agrícolas de todo o "
        "Alentejo, gratuitamente para os pequenos produtores.</p><p>A obra custou 1,2 milhões "
        "de euros e foi financiada por fundos europeus.</p><p>Assessoria de imprensa</p><p>"
        "Rita Sampaio, gabinete de comunicação</p><p><a href='mailto:imprensa@uni.example.pt'>"
        "imprensa@uni.example.pt</a></p>",
        nav=("Universidade Example", "Notícias", "Agenda"),
        aside_title="Outras notícias",
        aside=("Bolsas de investigação abertas", "Semana da ciência em abril"),
        footer="© Universidade Example",
    ),
    (
        "vai analisar amostras de solo de explorações agrícolas",
        "financiada por fundos europeus",
    ),
    ("Rita Sampaio, gabinete de comunicação", "imprensa@uni.example.pt", "Bolsas de investigação"),
)

# --- Japanese, a company's news release: the inquiries label and the department as lines,
# then the telephone line.
PROBES.add(
    "ja_release_inquiries_lines",
    "https://corp.example.co.jp/news/2026/0305",
    site(
        "ja",
        "新しい配送センターを稼働",
        "<p>株式会社エグザンプルは、三月五日から埼玉県に新しい配送センターを稼働させました。</p>"
        "<p>これにより関東地方の翌日配送の対象地域が広がります。</p><p>本件に関するお問い合わせ"
        "</p><p>広報部 山田</p><p>TEL <a href='tel:0300000000'>03-0000-0000</a></p>",
        nav=("エグザンプル", "ニュース", "会社情報"),
        aside_title="最新のお知らせ",
        aside=("決算説明会のお知らせ", "採用情報を更新しました"),
        footer="© Example Co., Ltd.",
    ),
    (
        "埼玉県に新しい配送センターを稼働させました。",
        "関東地方の翌日配送の対象地域が広がります。",
    ),
    ("本件に関するお問い合わせ", "広報部 山田", "決算説明会のお知らせ"),
)
