"""Probe news pages for the body: invented stories set in the markup of common newsroom CMSs
(Arc, WordPress VIP, Brightspot, Drupal, Escenic, NewsPress, Next.js with its JSON, AMP), in
languages the dev sets lack, each with boxes set inside the article that are no part of it
("read also" teasers, newsletter and subscription boxes, author bios, related-story cards,
inline promos) and page kinds beyond the plain story (live tickers, galleries, video pages with
a transcript, interviews, sections with tables, paywalled teasers).

Each probe names lines the body must hold and lines it must not. Fact boxes are left neutral
(newsrooms differ on whether they are the story's), so none of their lines is listed.
``benchmarks/news_probes.py`` scores newsextract and trafilatura on them; the tests hold
newsextract to them. Every name, place and sentence here is invented.
"""

from __future__ import annotations

import json

import attrs


@attrs.frozen(kw_only=True)
class Probe:
    """One invented page: what the body must and must not hold."""

    name: str
    url: str
    html: str
    must: tuple[str, ...]
    must_not: tuple[str, ...] = ()


def _page(lang: str, title: str, main: str, *, head: str = "", dir_: str = "ltr") -> str:
    return (
        f"<!DOCTYPE html><html lang='{lang}' dir='{dir_}'><head><meta charset='utf-8'>"
        f"<title>{title} | Example News</title>{head}</head><body>"
        "<header class='site-header'><a class='logo' href='/'>Example News</a><nav>"
        "<a href='/a'>A</a> <a href='/b'>B</a> <a href='/c'>C</a></nav></header>"
        f"{main}<footer class='site-footer'><p>© Example News</p><a href='/privacy'>"
        "Privacy</a></footer></body></html>"
    )


def _ps(*texts: str) -> str:
    return "".join(f"<p>{text}</p>" for text in texts)


PROBES: list[Probe] = []


def _add(name: str, url: str, html: str, must: tuple[str, ...], must_not: tuple[str, ...]) -> None:
    PROBES.append(Probe(name=name, url=url, html=html, must=must, must_not=must_not))


# --- Polish, Arc-like markup: a "read also" line between paragraphs, a newsletter box.
_add(
    "pl_arc_read_also_newsletter",
    "https://wiadomosci.example.pl/kraj/2026/03/04/most-na-wisle/",
    _page(
        "pl",
        "Nowy most na Wiśle otwarty po trzech latach budowy",
        "<main><article class='b-article'><h1 class='b-headline'>Nowy most na Wiśle otwarty po "
        "trzech latach budowy</h1><div class='b-article-body'>"
        "<p class='c-paragraph'>Most łączący dwa brzegi miasta Lisowo został w środę otwarty dla "
        "ruchu samochodowego, trzy miesiące później, niż zapowiadał wykonawca.</p>"
        "<p class='c-paragraph'>Przeprawa ma czterysta metrów długości i dwa pasy ruchu w każdą "
        "stronę, a po jej wschodniej stronie powstała osobna ścieżka rowerowa.</p>"
        "<div class='c-interstitial-link'><p><strong>Czytaj też:</strong> <a href='/kraj/"
        "obwodnica'>Obwodnica Lisowa znów opóźniona. Wykonawca prosi o więcej czasu</a></p></div>"
        "<p class='c-paragraph'>Koszt budowy wyniósł ponad trzysta milionów złotych, z czego "
        "większość pokryły fundusze unijne, poinformował prezydent miasta Marek Wilczak.</p>"
        "<div class='c-newsletter-signup'><h3>Bądź na bieżąco</h3><p>Zapisz się na nasz "
        "newsletter i codziennie rano otrzymuj najważniejsze wiadomości.</p><form><input "
        "type='email' placeholder='Twój e-mail'><button>Zapisz się</button></form></div>"
        "<p class='c-paragraph'>Mieszkańcy czekali na otwarcie od lat, bo stary most był "
        "zamykany każdej zimy z powodu złego stanu technicznego.</p></div></article></main>",
    ),
    (
        "Most łączący dwa brzegi miasta Lisowo",
        "Przeprawa ma czterysta metrów długości",
        "Koszt budowy wyniósł ponad trzysta milionów",
        "Mieszkańcy czekali na otwarcie od lat",
    ),
    ("Obwodnica Lisowa znów opóźniona", "Zapisz się na nasz newsletter", "Bądź na bieżąco"),
)

# --- Turkish, WordPress VIP: an inline "also read" list, an author bio box after the text.
_add(
    "tr_wpvip_ayrica_author_bio",
    "https://haber.example.com.tr/ekonomi/findik-hasadi-rekor/",
    _page(
        "tr",
        "Fındık hasadında rekor beklentisi",
        "<main id='main'><article class='post type-post'><header class='entry-header'><h1 "
        "class='entry-title'>Fındık hasadında rekor beklentisi</h1></header><div "
        "class='entry-content'>"
        "<p>Karadeniz kıyısındaki üreticiler bu yıl fındık rekoltesinin geçen yıla göre yüzde "
        "on beş artmasını bekliyor, ancak işçi bulmakta zorlandıklarını söylüyor.</p>"
        "<p>Kooperatif başkanı Halil Ersoy, ağustos ortasında başlayacak hasat için bahçelerin "
        "yarısında henüz işçi anlaşması yapılmadığını belirtti.</p>"
        "<div class='wp-block-group ilgili-haberler'><p><strong>AYRICA OKUYUN</strong></p><ul>"
        "<li><a href='/ekonomi/cay-fiyati'>Yaş çay fiyatı açıklandı, üretici memnun değil</a></li>"
        "<li><a href='/ekonomi/liman'>Yeni liman ihracatı hızlandıracak</a></li></ul></div>"
        "<p>Üreticiler, fiyatın hasattan önce açıklanmasını ve nakliye desteğinin artırılmasını "
        "talep ediyor; bakanlık ise kararın temmuz sonunda verileceğini duyurdu.</p></div>"
        "<div class='author-box'><img src='/a/ayse.jpg' alt=''><div class='author-box__text'><a "
        "href='/yazar/ayse-demirel' class='author-box__name'>Ayşe Demirel</a><p>Ayşe Demirel, "
        "ekonomi servisinde muhabirdir ve on yıldır tarım haberleri yazmaktadır.</p></div></div>"
        "</article></main>",
    ),
    (
        "Karadeniz kıyısındaki üreticiler",
        "Kooperatif başkanı Halil Ersoy",
        "Üreticiler, fiyatın hasattan önce",
    ),
    ("Yaş çay fiyatı açıklandı", "Yeni liman ihracatı", "on yıldır tarım haberleri yazmaktadır"),
)

# --- Portuguese (Brazil), Brightspot: an Enhancement promo card and a paywall box.
_add(
    "pt_brightspot_enhancement_paywall",
    "https://noticias.example.com.br/cidades/2026/05/metro-linha-nova.html",
    _page(
        "pt-BR",
        "Metrô inaugura linha até o aeroporto",
        "<main class='Page-main'><div class='Page-content'><h1 class='Page-headline'>Metrô "
        "inaugura linha até o aeroporto</h1><div class='RichTextArticleBody RichTextBody'>"
        "<p>A nova linha do metrô de Vila Serena começou a operar nesta segunda-feira e liga o "
        "centro ao aeroporto em vinte e dois minutos, com trens a cada quatro minutos.</p>"
        "<div class='Enhancement'><div class='Enhancement-item'><ps-promo class='PromoB'><div "
        "class='PromoB-content'><div class='PromoB-category'>Leia também</div><h3 "
        "class='PromoB-title'><a href='/cidades/onibus'>Prefeitura muda rotas de ônibus na zona "
        "norte</a></h3></div></ps-promo></div></div>"
        "<p>Segundo a companhia, a obra custou quatro bilhões de reais e criou três estações "
        "subterrâneas, uma delas sob o antigo mercado municipal.</p>"
        "<p>Passageiros ouvidos pela reportagem elogiaram a rapidez, mas reclamaram da falta de "
        "escadas rolantes na estação do terminal de cargas.</p></div>"
        "<div class='paywall-box'><h3>Este conteúdo é exclusivo para assinantes</h3><p>Assine "
        "por R$ 1,90 no primeiro mês e tenha acesso ilimitado.</p><a class='btn' "
        "href='/assine'>Assine já</a></div></div></main>",
    ),
    (
        "A nova linha do metrô de Vila Serena",
        "Segundo a companhia, a obra custou",
        "Passageiros ouvidos pela reportagem",
    ),
    ("Prefeitura muda rotas de ônibus", "exclusivo para assinantes", "Assine por R$ 1,90"),
)

# --- Dutch, Drupal: paragraphs as Drupal "paragraph" entities, a "lees ook" related block.
_add(
    "nl_drupal_lees_ook_related",
    "https://nieuws.example.nl/binnenland/dijkversterking-start",
    _page(
        "nl",
        "Dijkversterking langs de rivier begint in maart",
        "<main><article class='node node--type-article node--view-mode-full'><h1><span "
        "class='field field--name-title'>Dijkversterking langs de rivier begint in maart</span>"
        "</h1><div class='node__content'><div class='field field--name-field-paragraphs'>"
        "<div class='paragraph paragraph--type--text'><div class='field--name-field-text'>"
        "<p>Het waterschap begint in maart met het versterken van zeven kilometer dijk tussen "
        "Heerveld en Oudemolen, een werk dat drie jaar gaat duren.</p><p>Tijdens de werkzaamheden "
        "blijft de dijkweg voor fietsers open, maar auto's moeten omrijden via de provinciale "
        "weg, meldt projectleider Joris van Dalen.</p></div></div>"
        "<div class='paragraph paragraph--type--related-content'><h2>Lees ook</h2><div "
        "class='view-content'><div class='views-row'><a href='/binnenland/hoogwater'>Hoogwater "
        "zet uiterwaarden onder water</a></div><div class='views-row'><a href='/binnenland/"
        "gemaal'>Nieuw gemaal moet polder droog houden</a></div></div></div>"
        "<div class='paragraph paragraph--type--text'><div class='field--name-field-text'>"
        "<p>Bewoners kunnen op twee informatieavonden in het dorpshuis vragen stellen over de "
        "planning en over de bomen die moeten wijken.</p></div></div></div></div></article>"
        "</main>",
    ),
    (
        "Het waterschap begint in maart",
        "Tijdens de werkzaamheden blijft de dijkweg",
        "Bewoners kunnen op twee informatieavonden",
    ),
    ("Hoogwater zet uiterwaarden", "Nieuw gemaal moet polder"),
)

# --- Swedish, Escenic: a fact box (neutral) and a "läs också" teaser, a subscription prompt.
_add(
    "sv_escenic_factbox_las_ocksa",
    "https://www.example.se/nyheter/lokalt/article12345.ece",
    _page(
        "sv",
        "Färjan till ön ställs in i två veckor",
        "<main><article class='article'><h1 class='headline'>Färjan till ön ställs in i två "
        "veckor</h1><p class='lead'>Linjen stängs för reparation av färjeläget.</p><div "
        "class='body-text'>"
        "<p>Trafikverket ställer in färjan mellan Norrvik och Stora Holmen från den första maj, "
        "eftersom färjeläget på ön måste repareras efter vinterns stormar.</p>"
        "<div class='factbox'><h4>Fakta: Färjeleden</h4><ul><li>Öppnade 1978</li><li>Cirka 400 "
        "resenärer per dag</li></ul></div>"
        "<p>Under avstängningen kör en mindre passagerarbåt tre gånger om dagen, men den tar "
        "inte bilar, säger trafikchefen Annika Lund.</p>"
        "<div class='teaser-inline'><span class='label'>Läs också:</span> <a href='/nyheter/"
        "lokalt/article999.ece'>Hamnen byggs om för kryssningsfartyg</a></div>"
        "<p>Öborna är kritiska och menar att beskedet kom för sent för att ordna transporter av "
        "varor till affären och skolan.</p></div><div class='premium-teaser'><p>Vill du läsa "
        "mer? Bli prenumerant – första månaden för 1 krona.</p></div></article></main>",
    ),
    (
        "Trafikverket ställer in färjan",
        "Under avstängningen kör en mindre passagerarbåt",
        "Öborna är kritiska",
    ),
    ("Hamnen byggs om för kryssningsfartyg", "Bli prenumerant"),
)

# --- Japanese, a Next.js site: hashed class names, a related box, the body also in JSON.
_add(
    "ja_nextjs_related_json",
    "https://news.example.jp/articles/2026/04/10/kawa-hashi",
    _page(
        "ja",
        "老朽化した橋、来春から架け替え",
        "<div id='__next'><main class='Layout_main__a1b2c'><article "
        "class='Article_article__x9y8z'><h1 class='Article_title__q1w2e'>老朽化した橋、来春から"
        "架け替え</h1><div class='ArticleBody_body__k3l4m'>"
        "<p class='ArticleBody_paragraph__p0o9i'>緑川市は、築六十年を超える中央橋を来年春から"
        "架け替えると発表した。工事期間は約三年で、その間は仮設の橋を使う。</p>"
        "<p class='ArticleBody_paragraph__p0o9i'>市によると、昨年の点検で橋脚にひび割れが見つ"
        "かり、大型車の通行を制限していた。総事業費は約八十億円を見込む。</p>"
        "<aside class='RelatedArticles_box__z7x6c'><h2>関連記事</h2><ul><li><a href='/articles/"
        "1'>市長、駅前再開発の計画を見直しへ</a></li><li><a href='/articles/2'>豪雨で河川敷の"
        "公園が浸水</a></li></ul></aside>"
        "<p class='ArticleBody_paragraph__p0o9i'>近くに住む会社員の男性は「通勤で毎日使うので、"
        "早く安全な橋にしてほしい」と話した。</p></div></article></main></div>"
        "<script id='__NEXT_DATA__' type='application/json'>{\"props\":{\"pageProps\":"
        '{"article":{"title":"老朽化した橋、来春から架け替え","body":"緑川市は、築六十'
        '年を超える中央橋を来年春から架け替えると発表した。"}}}}</script>',
    ),
    ("緑川市は、築六十年を超える中央橋", "市によると、昨年の点検で", "近くに住む会社員の男性"),
    ("市長、駅前再開発の計画を見直しへ", "豪雨で河川敷の公園が浸水"),
)

# --- Chinese, an AMP page: amp-img, an amp-ad, a "相关阅读" list, a "扫码关注" prompt.
_add(
    "zh_amp_related_follow",
    "https://m.example.cn/amp/2026/06/01/xinwen-88.html",
    _page(
        "zh-CN",
        "山区小学用上了太阳能",
        "<main><article class='amp-article'><h1>山区小学用上了太阳能</h1><div "
        "class='article-content'>"
        "<p>青石县的十二所山区小学本学期全部装上了太阳能电池板，学校不再因为停电而停课。"
        "县教育局表示，这批设备由省里的专项资金购买。</p>"
        "<amp-img src='/i/solar.jpg' width='600' height='400' layout='responsive' "
        "alt='学校屋顶的电池板'></amp-img>"
        "<p>校长李春华说，过去每逢雨季，学校一个月要停电好几次，学生只能提前放学。现在教室"
        "里的灯和电脑都能正常使用。</p>"
        "<amp-ad width='300' height='250' type='adsense' data-slot='123'><div fallback>"
        "广告加载中</div></amp-ad>"
        "<div class='related-read'><h3>相关阅读</h3><ul><li><a href='/1.html'>县城新建两座"
        "图书馆</a></li><li><a href='/2.html'>乡村公路改造工程完工</a></li></ul></div>"
        "<p>教育局计划明年再为另外二十所学校安装同样的设备，并培训当地的维修人员。</p></div>"
        "<div class='follow-box'><p>扫码关注我们的公众号，获取更多本地新闻。</p></div>"
        "</article></main>",
    ),
    ("青石县的十二所山区小学", "校长李春华说", "教育局计划明年再为另外二十所学校"),
    ("县城新建两座图书馆", "乡村公路改造工程完工", "扫码关注我们的公众号", "广告加载中"),
)

# --- Korean, a portal-like news page: "관련기사" box inside the text, a reporter's e-mail line.
_add(
    "ko_related_box_reporter",
    "https://www.example.co.kr/news/articleView.html?idxno=120034",
    _page(
        "ko",
        "도서관 야간 개방 시간 늘린다",
        "<main><div id='article-view'><h1 class='heading'>도서관 야간 개방 시간 늘린다</h1>"
        "<article id='article-view-content-div' itemprop='articleBody'>"
        "<p>푸른시는 다음 달부터 시립 도서관 다섯 곳의 개방 시간을 밤 열한 시까지 연장한다고 "
        "밝혔다. 시험 기간에는 자정까지 문을 연다.</p>"
        "<div class='view-editors'><strong>관련기사</strong><ul><li><a href='/news/1'>시립 "
        "미술관 무료 관람의 날 운영</a></li><li><a href='/news/2'>구도심 주차장 확충 계획 "
        "발표</a></li></ul></div>"
        "<p>시는 야간 운영을 위해 사서 스무 명을 새로 채용하고, 도서관 주변 가로등도 늘릴 "
        "계획이다. 이용자 설문에서 응답자의 칠십 퍼센트가 연장을 원했다.</p>"
        '<p>김민지 도서관장은 "직장인과 학생들이 퇴근과 하교 후에도 편하게 책을 읽을 수 있게 '
        '될 것"이라고 말했다.</p></article></div></main>',
    ),
    ("푸른시는 다음 달부터 시립 도서관", "시는 야간 운영을 위해", "김민지 도서관장은"),
    ("시립 미술관 무료 관람의 날", "구도심 주차장 확충 계획"),
)

# --- Arabic, WordPress: "اقرأ أيضا" inline link and a newsletter box.
_add(
    "ar_wp_iqra_aydan_newsletter",
    "https://akhbar.example.com/2026/02/15/matar-jadid/",
    _page(
        "ar",
        "افتتاح مطار جديد في المدينة الساحلية",
        "<main><article class='post'><h1 class='entry-title'>افتتاح مطار جديد في المدينة "
        "الساحلية</h1><div class='entry-content'>"
        "<p>افتتحت وزارة النقل صباح الأحد مطار الشاطئ الجديد، الذي يستقبل أربعة ملايين مسافر "
        "سنويا، بعد أربع سنوات من أعمال البناء.</p>"
        "<p><strong>اقرأ أيضا:</strong> <a href='/2026/02/10/qitar/'>خط قطار سريع يربط "
        "العاصمة بالجنوب</a></p>"
        "<p>وقال مدير المطار سامر الحداد إن الرحلات الأولى ستكون إلى ثلاث عواصم عربية، على أن "
        "تضاف وجهات أوروبية في الصيف المقبل.</p>"
        "<div class='newsletter-widget'><h4>النشرة البريدية</h4><p>اشترك في نشرتنا البريدية "
        "ليصلك ملخص الأخبار كل صباح.</p><form><input type='email'><button>اشترك</button>"
        "</form></div>"
        "<p>ويأمل سكان المدينة أن يجذب المطار السياح ويخلق فرص عمل جديدة في قطاع الفنادق.</p>"
        "</div></article></main>",
        dir_="rtl",
    ),
    ("افتتحت وزارة النقل صباح الأحد", "وقال مدير المطار سامر الحداد", "ويأمل سكان المدينة"),
    ("خط قطار سريع يربط", "اشترك في نشرتنا البريدية"),
)

# --- Russian: "Читайте также" teaser, a Telegram channel promo, a fact box (neutral).
_add(
    "ru_chitayte_takzhe_telegram",
    "https://novosti.example.ru/society/2026/01/20/katok/",
    _page(
        "ru",
        "В парке открылся самый большой каток города",
        "<main><article class='article'><h1 class='article__title'>В парке открылся самый "
        "большой каток города</h1><div class='article__body js-mediator-article'>"
        "<div class='article__text'>В Сосновском парке в субботу открылся каток площадью пять "
        "тысяч квадратных метров, на который за первый день пришли больше трёх тысяч человек."
        "</div><div class='article__text'>Вход на каток бесплатный, а прокат коньков стоит "
        "двести рублей в час, рассказал директор парка Игорь Белов.</div>"
        "<div class='article__read-also'><span>Читайте также:</span> <a href='/society/"
        "lyzhnya/'>Лыжню в лесопарке подготовят к выходным</a></div>"
        "<div class='article__text'>Каток будет работать до середины марта, если позволит "
        "погода. По вечерам на льду включат музыку и подсветку.</div>"
        "<div class='article__promo'><a href='https://t.me/example'>Подписывайтесь на наш "
        "Telegram-канал, чтобы первыми узнавать новости города</a></div></div></article></main>",
    ),
    ("В Сосновском парке в субботу", "Вход на каток бесплатный", "Каток будет работать"),
    ("Лыжню в лесопарке", "Подписывайтесь на наш"),
)

# --- Hindi: "यह भी पढ़ें" link lines between paragraphs.
_add(
    "hi_yah_bhi_padhen",
    "https://www.example.in/hindi/news/state/barish-se-rahat-2026",
    _page(
        "hi",
        "बारिश से किसानों को राहत",
        "<main><div class='story'><h1>बारिश से किसानों को राहत</h1><div class='story-body'>"
        "<p>पिछले तीन दिनों से हो रही बारिश ने रामपुर ज़िले के किसानों को बड़ी राहत दी है। "
        "धान की रोपाई अब समय पर पूरी हो सकेगी।</p>"
        "<p><strong>यह भी पढ़ें:</strong> <a href='/hindi/news/1'>नहर की मरम्मत का काम "
        "अधूरा, ग्रामीण नाराज़</a></p>"
        "<p>कृषि अधिकारी सुनील वर्मा ने बताया कि ज़िले में अब तक सामान्य से बीस प्रतिशत अधिक "
        "वर्षा दर्ज की गई है और जलाशयों का स्तर भी बढ़ा है।</p>"
        "<p><strong>यह भी पढ़ें:</strong> <a href='/hindi/news/2'>मंडी में टमाटर के दाम "
        "गिरे</a></p>"
        "<p>मौसम विभाग ने अगले दो दिनों तक हल्की से मध्यम बारिश का अनुमान जताया है।</p>"
        "</div></div></main>",
    ),
    ("पिछले तीन दिनों से हो रही बारिश", "कृषि अधिकारी सुनील वर्मा", "मौसम विभाग ने अगले दो"),
    ("नहर की मरम्मत का काम", "मंडी में टमाटर के दाम"),
)

# --- Indonesian: "Baca juga" lines (a portal's habit), an author line "Penulis:" at the end.
_add(
    "id_baca_juga_lines",
    "https://www.example.co.id/read/2026/07/08/pasar-ikan-baru",
    _page(
        "id",
        "Pasar ikan baru dibuka di pelabuhan",
        "<main><div class='read__content'><h1 class='read__title'>Pasar ikan baru dibuka di "
        "pelabuhan</h1><div class='clearfix'>"
        "<p><strong>TANJUNG MERAH</strong> - Pemerintah kota membuka pasar ikan baru di dekat "
        "pelabuhan pada Senin pagi, menggantikan pasar lama yang sering tergenang saat pasang.</p>"
        "<p><strong>Baca juga:</strong> <a href='/read/1'>Harga cabai turun menjelang musim "
        "panen</a></p>"
        "<p>Pasar baru itu memiliki dua ratus lapak dengan lantai yang lebih tinggi dan ruang "
        "pendingin untuk menyimpan hasil tangkapan nelayan.</p>"
        "<p><strong>Baca juga:</strong> <a href='/read/2'>Nelayan keluhkan solar langka</a></p>"
        "<p>Seorang pedagang, Siti Rahma, mengatakan pembeli kini lebih ramai karena tempatnya "
        "bersih dan mudah dijangkau.</p></div></div></main>",
    ),
    (
        "Pemerintah kota membuka pasar ikan baru",
        "Pasar baru itu memiliki dua ratus lapak",
        "Seorang pedagang, Siti Rahma",
    ),
    ("Harga cabai turun", "Nelayan keluhkan solar langka"),
)

# --- Vietnamese: "Xem thêm" related cards after the text, an inline image caption.
_add(
    "vi_xem_them_cards",
    "https://example.vn/thoi-su/cau-moi-bac-qua-song-4812345.html",
    _page(
        "vi",
        "Cầu mới bắc qua sông Lam thông xe",
        "<main><article class='fck_detail'><h1 class='title-detail'>Cầu mới bắc qua sông Lam "
        "thông xe</h1>"
        "<p class='Normal'>Cây cầu dài sáu trăm mét nối hai huyện Yên Bình và Đông Sơn đã thông "
        "xe sáng thứ hai, sớm hơn kế hoạch hai tháng.</p>"
        "<p class='Normal'>Theo ban quản lý dự án, công trình có tổng vốn hơn một nghìn tỷ đồng, "
        "gồm bốn làn xe và hai làn dành cho người đi bộ.</p>"
        "<p class='Normal'>Người dân hai bên sông trước đây phải đi phà mất gần một giờ, nay chỉ "
        "cần mười phút để qua sông.</p></article>"
        "<div class='box-tinlienquan'><h3>Xem thêm</h3><article class='item-news'><h4><a "
        "href='/1.html'>Đường ven biển sẽ hoàn thành cuối năm</a></h4></article><article "
        "class='item-news'><h4><a href='/2.html'>Bến xe mới đi vào hoạt động</a></h4></article>"
        "</div></main>",
    ),
    ("Cây cầu dài sáu trăm mét", "Theo ban quản lý dự án", "Người dân hai bên sông"),
    ("Đường ven biển sẽ hoàn thành", "Bến xe mới đi vào hoạt động"),
)

# --- English, Arc: a live ticker with a summary and timestamped posts (the posts are the text).
_add(
    "en_arc_live_ticker",
    "https://www.example.com/live/2026/03/09/storm-live-updates/",
    _page(
        "en",
        "Storm live: power cut to thousands",
        "<main><article class='live-blog'><h1>Storm live: power cut to thousands as winds "
        "reach the coast</h1><div class='live-summary'><h2>Key points</h2><ul><li>Winds of up "
        "to 120 km/h hit the northern coast overnight</li><li>About 40,000 homes are without "
        "power</li></ul></div><div class='live-feed'>"
        "<div class='live-post' id='post-3'><time datetime='2026-03-09T09:40'>09:40</time><h3>"
        "Ferries cancelled</h3><p>All crossings from Port Hallam are off until the afternoon, "
        "the operator said, and passengers will be moved to tomorrow's sailings.</p><div "
        "class='share-post'><button>Share this post</button></div></div>"
        "<div class='live-post' id='post-2'><time datetime='2026-03-09T09:10'>09:10</time><h3>"
        "Schools closed</h3><p>Thirty schools in the county will stay closed today after trees "
        "fell across roads near Millbeck and Southam.</p><div class='share-post'><button>Share "
        "this post</button></div></div>"
        "<div class='live-post' id='post-1'><time datetime='2026-03-09T08:30'>08:30</time><h3>"
        "Power company update</h3><p>Crews have reconnected 5,000 homes since dawn, the grid "
        "operator says, but warns some villages may wait until Thursday.</p><div "
        "class='share-post'><button>Share this post</button></div></div></div>"
        "<button class='load-more'>Load more updates</button></article></main>",
    ),
    (
        "All crossings from Port Hallam are off",
        "Thirty schools in the county will stay closed",
        "Crews have reconnected 5,000 homes",
    ),
    ("Share this post", "Load more updates"),
)

# --- Portuguese (Portugal): a live ticker as a list of entries under an intro.
_add(
    "pt_live_minuto_a_minuto",
    "https://www.example.pt/desporto/2026/04/12/direto-final-taca",
    _page(
        "pt-PT",
        "Final da Taça em direto",
        "<main><section class='liveblog'><h1>Final da Taça: acompanhe em direto</h1><p "
        "class='liveblog-intro'>O Atlético de Ribamar e o Sporting de Vale Fundo disputam esta "
        "tarde a final no estádio nacional, com casa esgotada.</p><ol class='liveblog-entries'>"
        "<li class='entry'><span class='entry-time'>17:52</span><p>Golo do Vale Fundo! Cruzamento "
        "de Tiago Mendes e cabeçada certeira de Rui Paiva ao segundo poste.</p></li>"
        "<li class='entry'><span class='entry-time'>17:30</span><p>Intervalo no estádio "
        "nacional, com o marcador a zero e poucas oportunidades para as duas equipas.</p></li>"
        "<li class='entry'><span class='entry-time'>16:45</span><p>Já se conhecem os onzes: o "
        "Ribamar aposta em três centrais e deixa o capitão no banco.</p></li></ol>"
        "<div class='newsletter'><p>Receba as notícias do desporto no seu e-mail. Subscreva a "
        "nossa newsletter.</p><form><input type='email'><button>Subscrever</button></form></div>"
        "</section></main>",
    ),
    (
        "O Atlético de Ribamar e o Sporting de Vale Fundo",
        "Cruzamento de Tiago Mendes",
        "Intervalo no estádio nacional",
        "Já se conhecem os onzes",
    ),
    ("Subscreva a nossa newsletter",),
)

# --- Turkish photo gallery: slides with captions are the text; "Sonraki galeri" is not.
_add(
    "tr_gallery_captions",
    "https://www.example.com.tr/galeri/kapadokya-balon-festivali",
    _page(
        "tr",
        "Balon festivalinden kareler",
        "<main><div class='gallery-page'><h1>Balon festivalinden kareler</h1><p "
        "class='gallery-spot'>Festivalin ilk gününde yüz elli balon aynı anda havalandı.</p>"
        "<div class='gallery-slides'>"
        "<figure class='slide'><img src='/g/1.jpg' alt=''><figcaption>Gün doğmadan önce "
        "pilotlar balonları ısıtmaya başladı ve ilk balon saat altıda yerden kalktı."
        "</figcaption></figure>"
        "<figure class='slide'><img src='/g/2.jpg' alt=''><figcaption>Vadinin üzerinde süzülen "
        "balonları izlemek için binlerce ziyaretçi tepelere çıktı.</figcaption></figure>"
        "<figure class='slide'><img src='/g/3.jpg' alt=''><figcaption>Festival pazar akşamı "
        "yapılacak gece gösterisiyle sona erecek.</figcaption></figure></div>"
        "<div class='next-gallery'><span>Sonraki galeri</span><a href='/galeri/2'>Sahilde kum "
        "heykeli yarışması</a></div></div></main>",
    ),
    (
        "pilotlar balonları ısıtmaya başladı",
        "binlerce ziyaretçi tepelere çıktı",
        "gece gösterisiyle sona erecek",
    ),
    ("Sahilde kum heykeli yarışması", "Sonraki galeri"),
)

# --- English video page with a transcript: the transcript is the text; "Up next" is not.
_add(
    "en_video_transcript",
    "https://www.example.com/video/2026/05/02/bridge-repairs-explained",
    _page(
        "en",
        "Video: why the old bridge is closing",
        "<main><div class='video-page'><h1>Why the old bridge is closing</h1><div "
        "class='video-player'><video src='/v/1.mp4' controls></video></div><p "
        "class='video-description'>Our transport reporter explains the repairs and what they "
        "mean for commuters.</p><section class='transcript'><h2>Transcript</h2>"
        "<p>The Kellan Bridge has carried traffic across the estuary for ninety years, but "
        "engineers found corrosion in two of its main cables last winter.</p>"
        "<p>From June the bridge will close to cars for eighteen months, and a shuttle bus will "
        "run every ten minutes between the two ends of the closed section.</p>"
        "<p>The council says cyclists and walkers can keep using the footway during most of the "
        "work, except for six weekends when the deck is lifted.</p></section>"
        "<section class='up-next'><h2>Up next</h2><ul><li><a href='/video/1'>Tram extension "
        "opens early</a></li><li><a href='/video/2'>Inside the new bus depot</a></li></ul>"
        "</section></div></main>",
    ),
    (
        "The Kellan Bridge has carried traffic",
        "From June the bridge will close to cars",
        "The council says cyclists and walkers",
    ),
    ("Tram extension opens early", "Inside the new bus depot"),
)

# --- Polish interview: questions in bold, answers plain; both are the text.
_add(
    "pl_interview_bold_questions",
    "https://kultura.example.pl/wywiad/malarka-z-gor",
    _page(
        "pl",
        "Maluję to, co widzę z okna",
        "<main><article class='article'><h1>Maluję to, co widzę z okna</h1><div "
        "class='article-lead'>Rozmowa z malarką Joanną Brzozą.</div><div class='article-body'>"
        "<p><strong>Dlaczego wróciła pani w góry po dwudziestu latach w mieście?</strong></p>"
        "<p>Bo w mieście przestałam widzieć światło. Tutaj każdy poranek wygląda inaczej i to "
        "mi wystarcza za temat na cały rok.</p>"
        "<p><strong>Czy sąsiedzi oglądają pani obrazy?</strong></p>"
        "<p>Przychodzą w niedziele, siadają w pracowni i komentują, czy dobrze namalowałam ich "
        "stodoły. To najlepsi krytycy, jakich miałam.</p>"
        "<div class='author-bio'><p>Piotr Lasek jest dziennikarzem działu kultury, wcześniej "
        "pracował w radiu.</p></div></div></article></main>",
    ),
    (
        "Dlaczego wróciła pani w góry",
        "Bo w mieście przestałam widzieć światło",
        "Czy sąsiedzi oglądają pani obrazy",
        "Przychodzą w niedziele",
    ),
    ("jest dziennikarzem działu kultury",),
)

# --- Dutch explainer with sections and a table: the table and headings are the text.
_add(
    "nl_sections_table",
    "https://www.example.nl/uitleg/energietarieven-2027",
    _page(
        "nl",
        "Zo veranderen de energietarieven",
        "<main><article><h1>Zo veranderen de energietarieven volgend jaar</h1><div "
        "class='article__body'>"
        "<p>De meeste huishoudens gaan volgend jaar minder betalen voor stroom, maar meer voor "
        "gas, blijkt uit de nieuwe tarieven die leveranciers deze week bekendmaakten.</p>"
        "<h2>Wat betekent dit voor een gemiddeld huishouden?</h2>"
        "<p>Een gezin met een gemiddeld verbruik is ongeveer acht euro per maand goedkoper uit, "
        "rekende de consumentenorganisatie uit.</p>"
        "<table><thead><tr><th>Product</th><th>Tarief 2026</th><th>Tarief 2027</th></tr>"
        "</thead><tbody><tr><td>Stroom per kWh</td><td>0,31</td><td>0,27</td></tr><tr><td>Gas "
        "per m3</td><td>1,22</td><td>1,29</td></tr></tbody></table>"
        "<h2>Moet ik overstappen?</h2><p>Wie een vast contract heeft dat binnenkort afloopt, doet "
        "er goed aan de aanbiedingen te vergelijken voordat het nieuwe jaar begint.</p>"
        "<div class='article__related'><h3>Meer over dit onderwerp</h3><a href='/1'>Warmtepomp "
        "subsidie blijft</a><a href='/2'>Netbeheerder waarschuwt voor files op het net</a></div>"
        "</div></article></main>",
    ),
    (
        "De meeste huishoudens gaan volgend jaar",
        "Wat betekent dit voor een gemiddeld huishouden",
        "Stroom per kWh",
        "Wie een vast contract heeft",
    ),
    ("Warmtepomp subsidie blijft", "Netbeheerder waarschuwt voor files"),
)

# --- Swedish paywalled teaser: the visible opening is the text; the lock box is not.
_add(
    "sv_paywall_teaser",
    "https://www.example.se/ekonomi/bruket-sager-upp-personal",
    _page(
        "sv",
        "Bruket varslar 120 anställda",
        "<main><article class='article article--premium'><h1>Bruket varslar 120 anställda</h1>"
        "<div class='article__body'><p>Pappersbruket i Älvdala varslar 120 anställda om "
        "uppsägning, meddelade ledningen på ett personalmöte i morse.</p><p>Orsaken är sjunkande "
        "efterfrågan på tidningspapper och höga energipriser, enligt vd:n Lars Holm.</p></div>"
        "<div class='paywall'><div class='paywall__inner'><h2>Läs vidare – bli prenumerant</h2>"
        "<p>Du har läst din gratisartikel. Prenumerera för att få tillgång till allt innehåll."
        "</p><a href='/prenumerera' class='button'>Köp prenumeration</a><p>Redan prenumerant? "
        "<a href='/login'>Logga in</a></p></div></div></article></main>",
    ),
    ("Pappersbruket i Älvdala varslar", "Orsaken är sjunkande efterfrågan"),
    ("Prenumerera för att få tillgång", "Redan prenumerant", "Köp prenumeration"),
)

# --- Russian interview with Q/A paragraphs marked by class, and a "Подпишитесь" box.
_add(
    "ru_interview_qa",
    "https://www.example.ru/interview/2026/02/03/architektor/",
    _page(
        "ru",
        "Архитектор: старые дома можно спасти",
        "<main><article><h1>Архитектор: старые дома можно спасти</h1><div class='text'>"
        "<p class='question'>— Почему вы выступаете против сноса купеческих домов?</p>"
        "<p>— Потому что их можно отреставрировать дешевле, чем построить новые. Мы посчитали "
        "это на примере трёх зданий на Береговой улице.</p>"
        "<p class='question'>— Кто будет платить за реставрацию?</p>"
        "<p>— Часть денег даст область, остальное могут вложить арендаторы первых этажей, "
        "которым нужны помещения в центре.</p>"
        "<div class='subscribe-block'><p>Подпишитесь на нашу рассылку и получайте лучшие "
        "материалы недели</p><form><input type='email'><button>Подписаться</button></form>"
        "</div></div></article></main>",
    ),
    (
        "Почему вы выступаете против сноса",
        "Потому что их можно отреставрировать",
        "Кто будет платить за реставрацию",
        "Часть денег даст область",
    ),
    ("Подпишитесь на нашу рассылку",),
)

# --- Japanese article with a "あわせて読みたい" block and a bio of the writer after the text.
_add(
    "ja_awasete_yomitai_bio",
    "https://www.example.jp/article/2026/08/umi-gomi",
    _page(
        "ja",
        "海岸のごみ拾いに三百人",
        "<main><article class='entry'><h1 class='entry-title'>海岸のごみ拾いに三百人</h1><div "
        "class='entry-body'>"
        "<p>白浜町の海岸で日曜日、住民や高校生ら約三百人が参加してごみ拾いが行われた。"
        "二時間で集まったごみは約一・五トンにのぼった。</p>"
        "<p>主催したNPOの代表、山田恵子さんは「プラスチックの破片が年々増えている。"
        "海に来る人に持ち帰りを呼びかけたい」と話した。</p>"
        "<div class='awasete'><p class='awasete-title'>あわせて読みたい</p><ul><li><a "
        "href='/1'>港の朝市、三年ぶりに再開</a></li><li><a href='/2'>夏の花火大会、"
        "日程決まる</a></li></ul></div>"
        "<p>町は来年度から、海水浴場にごみの分別ステーションを設ける予定だ。</p></div>"
        "<div class='writer-profile'><p class='writer-name'>佐藤健</p><p>佐藤健は地域報道部の"
        "記者。環境問題を中心に取材している。</p></div></article></main>",
    ),
    ("白浜町の海岸で日曜日", "主催したNPOの代表", "町は来年度から"),
    ("港の朝市、三年ぶりに再開", "夏の花火大会、日程決まる", "環境問題を中心に取材している"),
)

# --- Chinese news with "延伸阅读" and an editor line "责任编辑：" (an about-note).
_add(
    "zh_yanshen_yuedu_editor",
    "https://news.example.com.cn/society/2026-09-12/doc-abc123.shtml",
    _page(
        "zh-CN",
        "老城区加装电梯进展顺利",
        "<main><div class='article' id='artibody'><h1 class='main-title'>老城区加装电梯进展"
        "顺利</h1>"
        "<p>今年以来，东河区已为八十六栋老旧住宅楼加装了电梯，超过两千户居民受益。区住建局"
        "表示，年底前还将完成另外四十栋楼的施工。</p>"
        "<p>住在六楼的退休教师王秀兰说，以前下楼买菜要歇好几次，现在每天都能出门散步。</p>"
        "<div class='yanshen'><p><strong>延伸阅读</strong></p><p><a href='/1.shtml'>社区食堂"
        "让老人吃上热饭</a></p><p><a href='/2.shtml'>公交线路调整方案公布</a></p></div>"
        "<p>据介绍，加装电梯的费用由政府补贴一部分，其余由居民按楼层分摊。</p>"
        "<p class='show_author'>责任编辑：刘洋</p></div></main>",
    ),
    ("今年以来，东河区已为八十六栋", "住在六楼的退休教师王秀兰", "据介绍，加装电梯的费用"),
    ("社区食堂让老人吃上热饭", "公交线路调整方案公布", "责任编辑"),
)

# --- Korean article with a subscription prompt and "구독" box, and a copyright line.
_add(
    "ko_subscribe_copyright",
    "https://www.example.kr/article/2026/10/10/bike-lane",
    _page(
        "ko",
        "자전거 도로 연결 사업 완료",
        "<main><article class='article-body'><h1>자전거 도로 연결 사업 완료</h1>"
        "<p>한강시는 끊겨 있던 자전거 도로 열두 구간을 연결하는 사업을 마쳤다고 십일 밝혔다. "
        "이로써 시내 자전거 도로는 총 백이십 킬로미터가 됐다.</p>"
        "<p>시는 자전거 이용자가 지난해보다 삼십 퍼센트 늘었다며, 내년에는 공공 자전거 대여소도 "
        "두 배로 늘릴 계획이라고 설명했다.</p>"
        "<div class='subscribe-banner'><p>네이버에서 예시뉴스를 구독하세요! 가장 빠른 소식을 "
        "받아보세요.</p></div>"
        '<p>박지훈 교통국장은 "출퇴근 시간에 자전거를 타는 시민이 눈에 띄게 늘었다"고 '
        "말했다.</p><p class='copyright'>ⓒ 예시뉴스, 무단전재 및 재배포 금지</p></article>"
        "</main>",
    ),
    ("한강시는 끊겨 있던 자전거 도로", "시는 자전거 이용자가", "박지훈 교통국장은"),
    ("구독하세요", "무단전재 및 재배포 금지"),
)

# --- Arabic live coverage: an intro and entries with times; a "تابعونا" social box.
_add(
    "ar_live_coverage",
    "https://www.example.net/ar/live/2026/11/01/intikhabat",
    _page(
        "ar",
        "تغطية مباشرة: فرز الأصوات",
        "<main><article class='live'><h1>تغطية مباشرة: بدء فرز الأصوات في الانتخابات البلدية"
        "</h1><p class='live-intro'>أغلقت مراكز الاقتراع أبوابها في الساعة السابعة مساء، وبدأت "
        "اللجان فرز الأصوات في جميع الدوائر.</p><div class='live-entries'>"
        "<div class='entry'><span class='time'>21:15</span><p>أعلنت اللجنة العليا أن نسبة "
        "المشاركة بلغت اثنين وخمسين في المئة، وهي الأعلى منذ عشر سنوات.</p></div>"
        "<div class='entry'><span class='time'>20:30</span><p>وصلت الصناديق الأولى إلى مقر "
        "اللجنة في وسط المدينة تحت حراسة الشرطة.</p></div></div>"
        "<div class='social-follow'><p>تابعونا على منصات التواصل الاجتماعي</p><a "
        "href='#'>فيسبوك</a><a href='#'>إكس</a></div></article></main>",
        dir_="rtl",
    ),
    ("أغلقت مراكز الاقتراع أبوابها", "أعلنت اللجنة العليا أن نسبة", "وصلت الصناديق الأولى"),
    ("تابعونا على منصات التواصل",),
)

# --- Hindi video page: a description and transcript-like text, an "और वीडियो" rail.
_add(
    "hi_video_more_videos",
    "https://www.example.in/hindi/video/metro-vistar-2026",
    _page(
        "hi",
        "मेट्रो विस्तार पर रिपोर्ट",
        "<main><div class='video-detail'><h1>मेट्रो विस्तार पर रिपोर्ट</h1><div class='player'>"
        "<iframe src='https://player.example/1'></iframe></div><div class='video-text'>"
        "<p>शहर की मेट्रो की नई लाइन अगले साल तक हवाई अड्डे तक पहुंच जाएगी। इस लाइन पर बारह "
        "नए स्टेशन बनाए जा रहे हैं।</p><p>परियोजना निदेशक अनिल कुमार ने बताया कि सुरंग का "
        "अस्सी प्रतिशत काम पूरा हो चुका है और परीक्षण दिसंबर में शुरू होगा।</p></div>"
        "<div class='more-videos'><h2>और वीडियो</h2><ul><li><a href='/v/1'>बस अड्डे का नया "
        "रूप</a></li><li><a href='/v/2'>पुराने बाज़ार में आग</a></li></ul></div></div></main>",
    ),
    ("शहर की मेट्रो की नई लाइन", "परियोजना निदेशक अनिल कुमार"),
    ("बस अड्डे का नया रूप", "पुराने बाज़ार में आग"),
)

# --- Indonesian Next.js page: paragraphs in hashed classes and an inline promo for the app.
_add(
    "id_nextjs_app_promo",
    "https://www.example.id/berita/2026/03/15/jalan-tol-baru",
    _page(
        "id",
        "Jalan tol baru mulai beroperasi",
        "<div id='__next'><main><article class='detail_article__Xy12'><h1 "
        "class='detail_title__Ab34'>Jalan tol baru mulai beroperasi</h1><div "
        "class='detail_body__Cd56'>"
        "<p>Jalan tol sepanjang empat puluh kilometer yang menghubungkan Kota Sabang Barat dan "
        "pelabuhan mulai beroperasi pada Jumat, setelah diresmikan oleh gubernur.</p>"
        "<div class='promo_inline__Ef78'><a href='/app'>Unduh aplikasi kami untuk membaca berita "
        "terkini tanpa iklan</a></div>"
        "<p>Tarif untuk kendaraan pribadi ditetapkan tiga puluh ribu rupiah untuk seluruh ruas, "
        "dan gratis selama dua minggu pertama.</p>"
        "<p>Pengemudi truk, Budi Santoso, mengatakan waktu tempuh ke pelabuhan kini hanya "
        "setengah jam dari sebelumnya dua jam.</p></div></article></main></div>"
        '<script id=\'__NEXT_DATA__\' type=\'application/json\'>{"props":{"pageProps":{"title":'
        '"Jalan tol baru mulai beroperasi"}}}</script>',
    ),
    (
        "Jalan tol sepanjang empat puluh kilometer",
        "Tarif untuk kendaraan pribadi",
        "Pengemudi truk, Budi Santoso",
    ),
    ("Unduh aplikasi kami",),
)

# --- Vietnamese article with a "Đọc thêm" inline teaser and a tip-box line "Mời bạn đọc".
_add(
    "vi_doc_them_inline",
    "https://www.example.vn/xa-hoi/truong-hoc-moi-20261005.htm",
    _page(
        "vi",
        "Trường học mới cho học sinh vùng cao",
        "<main><div class='detail-content afcbc-body'><h1 class='detail-title'>Trường học mới "
        "cho học sinh vùng cao</h1>"
        "<p>Ngôi trường bán trú mới ở xã Pà Cò đã đón hơn bốn trăm học sinh trong ngày khai "
        "giảng, sau một năm xây dựng bằng nguồn vốn xã hội hóa.</p>"
        "<div class='VCSortableInPreviewMode link-content-footer'><a href='/1.htm'>Đọc thêm: "
        "Hàng trăm học sinh phải lội suối đến trường</a></div>"
        "<p>Thầy hiệu trưởng Lò Văn Thành cho biết trường có ký túc xá cho hai trăm em ở xa, "
        "các em được ăn ba bữa mỗi ngày.</p>"
        "<p>Phụ huynh trong bản nói rằng từ nay con cái không phải đi bộ hai tiếng đồng hồ mỗi "
        "sáng để đến lớp.</p></div></main>",
    ),
    ("Ngôi trường bán trú mới ở xã Pà Cò", "Thầy hiệu trưởng Lò Văn Thành", "Phụ huynh trong bản"),
    ("Hàng trăm học sinh phải lội suối",),
)

# --- English, WordPress VIP: a related-story card and a "Sign up" box inside the text.
_add(
    "en_wpvip_related_card_signup",
    "https://www.example.com/2026/06/14/river-cleanup-volunteers/",
    _page(
        "en",
        "Volunteers pull two tonnes of rubbish from the river",
        "<main><article class='article-template'><h1 class='article-title'>Volunteers pull two "
        "tonnes of rubbish from the river</h1><div class='article-content entry-content'>"
        "<p>More than two hundred volunteers spent Saturday hauling shopping trolleys, tyres "
        "and plastic from the River Esk, in the biggest clean-up the town has seen.</p>"
        "<div class='wp-block-vip-related-posts related-card'><a href='/2026/05/30/weir/'><img "
        "src='/i/weir.jpg' alt=''><span class='related-card__kicker'>Related</span><span "
        "class='related-card__title'>Old weir to be removed to help salmon return</span></a>"
        "</div>"
        "<p>Organiser Priya Natesan said the group had found less plastic than last year, which "
        "she put down to the new deposit scheme for bottles.</p>"
        "<div class='newsletter-inline'><h3>Get the Morning Briefing</h3><p>Sign up for our "
        "free newsletter to get the day's top stories in your inbox.</p><form><input "
        "type='email' placeholder='Email address'><button>Sign up</button></form><p "
        "class='small'>By signing up you agree to our privacy policy.</p></div>"
        "<p>The council has promised to put two new bins at each of the footbridges before the "
        "summer holidays.</p></div></article></main>",
    ),
    (
        "More than two hundred volunteers spent Saturday",
        "Organiser Priya Natesan said",
        "The council has promised to put two new bins",
    ),
    ("Old weir to be removed", "Sign up for our free newsletter", "Get the Morning Briefing"),
)

# --- English, Brightspot: an author bio module and a "More from" list after the text.
_add(
    "en_brightspot_bio_more_from",
    "https://apnews.example.com/article/harbor-dredging-budget-1a2b3c",
    _page(
        "en",
        "Harbor dredging plan wins budget approval",
        "<main class='Page-main'><div class='Page-headline'><h1>Harbor dredging plan wins budget "
        "approval</h1></div><div class='RichTextStoryBody RichTextBody'>"
        "<p>LOWPORT (Example) — The state legislature approved money on Tuesday to dredge the "
        "Lowport shipping channel, a project port officials say will let larger container ships "
        "dock by 2029.</p>"
        "<p>The plan passed 61-38 after a debate over its cost and the fate of oyster beds at the "
        "mouth of the bay.</p>"
        "<p>“This keeps the port in business for another generation,” said Representative Dana "
        "Ocampo, who sponsored the measure.</p></div>"
        "<div class='Page-authorInfo'><div class='Page-authorInfo-bio'><p>Miguel Ferreira covers "
        "state government and the environment for the news agency.</p></div></div>"
        "<div class='PageList-items'><h2 class='PageList-header'>More from the agency</h2>"
        "<div class='PageList-items-item'><a href='/a'>Coastal town votes to raise sea wall</a>"
        "</div><div class='PageList-items-item'><a href='/b'>Ferry fares rise for the first time "
        "in a decade</a></div></div></main>",
    ),
    (
        "The state legislature approved money on Tuesday",
        "The plan passed 61-38",
        "This keeps the port in business",
    ),
    ("covers state government and the environment", "Coastal town votes", "Ferry fares rise"),
)

# --- Turkish NewsPress-like markup: news-detail text with "İlgili Haber" boxes.
_add(
    "tr_newspress_ilgili_haber",
    "https://www.example.com.tr/gundem/sahil-yolu-genisliyor-h12345.html",
    _page(
        "tr",
        "Sahil yolu genişliyor",
        "<main><div class='news-detail'><h1 class='news-title'>Sahil yolu genişliyor</h1><h2 "
        "class='news-spot'>Çalışmalar iki yıl sürecek.</h2><div class='news-content' "
        "property='articleBody'>"
        "<p>Belediye, şehrin doğusundaki sahil yolunu dört şeritten altı şeride çıkaracak "
        "projenin ihalesini tamamladı ve çalışmalar gelecek ay başlayacak.</p>"
        "<div class='related-news-box'><span class='title'>İlgili Haber</span><a "
        "href='/gundem/kopru-h1.html'><img src='/k.jpg' alt=''><span>Yeni köprü için ilk adım "
        "atıldı</span></a></div>"
        "<p>Belediye başkanı Murat Yalçın, trafiğin yoğun olduğu yaz aylarında çalışmaların "
        "gece yapılacağını söyledi.</p>"
        "<p>Esnaf ise inşaat süresince dükkânlarına ulaşımın zorlaşmasından endişe ediyor.</p>"
        "</div></div></main>",
    ),
    ("Belediye, şehrin doğusundaki sahil yolunu", "Belediye başkanı Murat Yalçın", "Esnaf ise"),
    ("Yeni köprü için ilk adım atıldı", "İlgili Haber"),
)

# --- Portuguese (Brazil), WordPress: a "Leia mais" line and a WhatsApp channel promo.
_add(
    "pt_wp_leia_mais_whatsapp",
    "https://www.example.com.br/2026/08/20/feira-do-livro/",
    _page(
        "pt-BR",
        "Feira do livro bate recorde de público",
        "<main><article class='post'><h1 class='entry-title'>Feira do livro bate recorde de "
        "público</h1><div class='entry-content'>"
        "<p>A feira do livro de Campo Alto recebeu cento e vinte mil visitantes em dez dias, o "
        "maior público desde a primeira edição, segundo os organizadores.</p>"
        "<p>As vendas cresceram vinte por cento, puxadas pelos livros infantis e pelas "
        "editoras independentes, que ganharam um pavilhão próprio.</p>"
        "<p><strong>Leia mais:</strong> <a href='/2026/08/10/biblioteca/'>Biblioteca municipal "
        "amplia horário aos sábados</a></p>"
        "<p>A próxima edição já tem data marcada para setembro do ano que vem.</p>"
        "<div class='whatsapp-cta'><a href='https://wa.me/channel'>Receba as notícias no seu "
        "celular: entre no nosso canal do WhatsApp</a></div></div></article></main>",
    ),
    (
        "A feira do livro de Campo Alto",
        "As vendas cresceram vinte por cento",
        "A próxima edição já tem data",
    ),
    ("Biblioteca municipal amplia horário", "canal do WhatsApp"),
)

# --- Dutch AMP page: an amp-social-share row and a "Lees ook" teaser.
_add(
    "nl_amp_lees_ook",
    "https://www.example.nl/amp/regio/nieuwe-fietsbrug",
    _page(
        "nl",
        "Nieuwe fietsbrug over het kanaal",
        "<main><article><h1>Nieuwe fietsbrug over het kanaal geopend</h1><div "
        "class='social-share'><amp-social-share type='facebook'></amp-social-share><amp-social-"
        "share type='whatsapp'></amp-social-share></div><div class='article-body'>"
        "<p>De nieuwe fietsbrug tussen Noordhaven en het bedrijventerrein is zaterdag geopend, "
        "waardoor fietsers niet langer twee kilometer hoeven om te rijden.</p>"
        "<p class='read-also'><a href='/amp/regio/veerpont'>Lees ook: Veerpont vaart vanaf "
        "april vaker</a></p>"
        "<p>De brug kostte negen miljoen euro en kan open draaien voor binnenvaartschepen, "
        "vertelde wethouder Sanne de Wit bij de opening.</p></div></article></main>",
    ),
    ("De nieuwe fietsbrug tussen Noordhaven", "De brug kostte negen miljoen euro"),
    ("Veerpont vaart vanaf april vaker",),
)

# --- Swedish live ticker with an intro and numbered entries; "Visa fler" button.
_add(
    "sv_live_ticker",
    "https://www.example.se/sport/live/skidor-vm-stafett",
    _page(
        "sv",
        "Direkt: stafetten i skid-VM",
        "<main><article class='liveblog'><h1>Direkt: Sverige jagar medalj i stafetten</h1><p "
        "class='liveblog__intro'>Fyra åkare ska bära laget genom fyra sträckor på sammanlagt "
        "fyrtio kilometer i snöfallet i Bergstad.</p><div class='liveblog__posts'>"
        "<article class='liveblog-post'><time>14:52</time><p>Tredje sträckan klar och laget ligger "
        "tvåa, elva sekunder efter täten, när Erik Sandberg växlar ut.</p></article>"
        "<article class='liveblog-post'><time>14:20</time><p>Första växeln gick bra, Olle Berg "
        "kom in som fyra efter en lugn inledning i klassisk stil.</p></article></div><button "
        "class='liveblog__more'>Visa fler inlägg</button></article></main>",
    ),
    ("Fyra åkare ska bära laget", "Tredje sträckan klar", "Första växeln gick bra"),
    ("Visa fler inlägg",),
)

# --- Japanese gallery with captions under photos; a "次のギャラリー" link.
_add(
    "ja_gallery_captions",
    "https://www.example.jp/photo/2026/04/sakura",
    _page(
        "ja",
        "写真特集：城跡の桜が満開",
        "<main><div class='photo-gallery'><h1>写真特集：城跡の桜が満開</h1><ul "
        "class='photo-list'><li><img src='/p/1.jpg' alt=''><p class='caption'>城跡公園では"
        "約千本の桜が満開となり、朝から多くの花見客が訪れた。</p></li><li><img "
        "src='/p/2.jpg' alt=''><p class='caption'>夜には石垣がライトアップされ、堀の水面に"
        "桜が映った。</p></li><li><img src='/p/3.jpg' alt=''><p class='caption'>地元の高校"
        "生が茶席を設け、観光客に抹茶をふるまった。</p></li></ul><div class='next-gallery'>"
        "<a href='/photo/2'>次のギャラリー：港まつりの山車</a></div></div></main>",
    ),
    ("城跡公園では約千本の桜が満開", "夜には石垣がライトアップ", "地元の高校生が茶席を設け"),
    ("港まつりの山車",),
)

# --- Chinese interview: 问/答 paragraphs; a "点击关注" line.
_add(
    "zh_interview_wen_da",
    "https://www.example.com.cn/culture/2026/03/fangtan.html",
    _page(
        "zh-CN",
        "对话青年作家：写小城的日常",
        "<main><article class='content'><h1>对话青年作家：写小城的日常</h1><div "
        "class='content-body'>"
        "<p><strong>问：新书为什么选择写家乡的小城？</strong></p>"
        "<p>答：我在那里长大，街上每家店的老板我都认识。我想把这些普通人的日子记下来，因为"
        "小城变化太快了。</p>"
        "<p><strong>问：写作过程中最难的是什么？</strong></p>"
        "<p>答：最难的是保持耐心。有一章我改了十一遍，直到读起来像是邻居在聊天。</p>"
        "<p class='follow'>点击关注，获取更多文化资讯。</p></div></article></main>",
    ),
    ("新书为什么选择写家乡的小城", "我在那里长大", "写作过程中最难的是什么", "最难的是保持耐心"),
    ("点击关注",),
)

# --- Korean explainer with sections and a table; a "많이 본 뉴스" list after it.
_add(
    "ko_sections_table_most_read",
    "https://www.example.co.kr/economy/2026/01/jeonse-guide",
    _page(
        "ko",
        "전세 계약 전 꼭 확인할 것",
        "<main><article><h1>전세 계약 전 꼭 확인할 것</h1><div class='article-txt'>"
        "<p>전세 사기 피해가 잇따르면서 계약 전에 확인해야 할 서류가 늘었다. 전문가들은 "
        "등기부등본과 세금 체납 여부를 반드시 살펴보라고 조언한다.</p>"
        "<h2>등기부등본에서 볼 것</h2><p>집주인의 이름과 근저당 금액을 확인하고, 계약 당일에도 "
        "다시 떼어 보는 것이 안전하다.</p>"
        "<table><tr><th>서류</th><th>발급처</th></tr><tr><td>등기부등본</td><td>인터넷 등기소"
        "</td></tr><tr><td>납세 증명서</td><td>세무서</td></tr></table>"
        "<h2>보증보험 가입</h2><p>보증보험에 가입하면 집주인이 보증금을 돌려주지 못할 때 보험사가 "
        "대신 지급한다.</p></div>"
        "<div class='most-viewed'><h3>많이 본 뉴스</h3><ol><li><a href='/1'>금리 동결에 대출 "
        "문의 증가</a></li><li><a href='/2'>신도시 분양 일정 발표</a></li></ol></div>"
        "</article></main>",
    ),
    ("전세 사기 피해가 잇따르면서", "등기부등본에서 볼 것", "납세 증명서", "보증보험에 가입하면"),
    ("금리 동결에 대출 문의 증가", "신도시 분양 일정 발표"),
)

# --- Arabic article with an author bio after the text and a "مواضيع ذات صلة" list.
_add(
    "ar_author_bio_related",
    "https://www.example.com/ar/opinion/2026/05/madaris",
    _page(
        "ar",
        "المدارس الصغيرة في القرى",
        "<main><article class='article'><h1>المدارس الصغيرة في القرى تستحق البقاء</h1><div "
        "class='article-body'>"
        "<p>كلما أغلقت مدرسة في قرية صغيرة، خسر الأطفال ساعة كل صباح في الطريق إلى مدرسة "
        "المدينة، وخسرت القرية مكانا يجتمع فيه أهلها.</p>"
        "<p>التجربة في وادي الزيتون تقول إن مدرسة من ثلاثة صفوف يمكن أن تحقق نتائج أفضل من "
        "مدارس كبيرة، إذا وجد المعلم الجيد.</p></div>"
        "<div class='author-info'><p>ليلى منصور كاتبة وباحثة في شؤون التعليم، عملت معلمة "
        "لخمس عشرة سنة.</p></div>"
        "<div class='related-topics'><h3>مواضيع ذات صلة</h3><ul><li><a href='/1'>نقص المعلمين "
        "في الأرياف</a></li><li><a href='/2'>حافلات مدرسية جديدة للقرى</a></li></ul></div>"
        "</article></main>",
        dir_="rtl",
    ),
    ("كلما أغلقت مدرسة في قرية صغيرة", "التجربة في وادي الزيتون"),
    ("كاتبة وباحثة في شؤون التعليم", "نقص المعلمين في الأرياف", "حافلات مدرسية جديدة"),
)

# --- Russian photo gallery page with captions and a "Другие фотогалереи" block.
_add(
    "ru_gallery_captions",
    "https://www.example.ru/photo/2026/07/festival-ogney/",
    _page(
        "ru",
        "Фестиваль огней на набережной",
        "<main><div class='gallery'><h1>Фестиваль огней на набережной</h1><div class='gallery__"
        "items'><figure><img src='/1.jpg' alt=''><figcaption>В субботу вечером набережную "
        "украсили тысячи фонарей, а над рекой прошёл парад лодок.</figcaption></figure><figure>"
        "<img src='/2.jpg' alt=''><figcaption>Художники из трёх городов показали световые "
        "инсталляции в старых складах у порта.</figcaption></figure></div><div "
        "class='gallery__more'><h2>Другие фотогалереи</h2><a href='/photo/1'>Ярмарка мёда в "
        "центре города</a></div></div></main>",
    ),
    ("набережную украсили тысячи фонарей", "Художники из трёх городов"),
    ("Ярмарка мёда в центре города",),
)

# --- Hindi interview with bold questions (सवाल) and answers (जवाब).
_add(
    "hi_interview_sawal_jawab",
    "https://www.example.in/hindi/interview/kisan-neta-2026",
    _page(
        "hi",
        "किसान नेता से बातचीत",
        "<main><article><h1>किसान नेता से बातचीत: पानी सबसे बड़ा सवाल</h1><div "
        "class='article-body'>"
        "<p><strong>सवाल: इस साल किसानों की सबसे बड़ी परेशानी क्या है?</strong></p>"
        "<p>जवाब: सिंचाई का पानी। नहरें समय पर नहीं खुलतीं और बिजली रात में आती है, इसलिए "
        "किसान पूरी रात खेत में जागते हैं।</p>"
        "<p><strong>सवाल: सरकार से आपकी क्या मांग है?</strong></p>"
        "<p>जवाब: हम चाहते हैं कि दिन में आठ घंटे बिजली मिले और नहरों की सफ़ाई मानसून से पहले "
        "हो।</p>"
        "<div class='follow-us'><p>ताज़ा ख़बरों के लिए हमें फ़ॉलो करें</p></div></div>"
        "</article></main>",
    ),
    (
        "इस साल किसानों की सबसे बड़ी परेशानी",
        "सिंचाई का पानी",
        "सरकार से आपकी क्या मांग",
        "हम चाहते हैं कि दिन में आठ घंटे",
    ),
    ("हमें फ़ॉलो करें",),
)

# --- Polish, hashed-class markup: a chart under a heading waits for consent; its title, the
# consent heading, the notice and its buttons are no text (the heading over it is).
_add(
    "pl_chart_consent_placeholder",
    "https://www.example.pl/gospodarka/ceny-mieszkan-2026",
    _page(
        "pl",
        "Ceny mieszkań rosną wolniej",
        "<main><article class='st-x7q'><h1 class='hd-k2'>Ceny mieszkań rosną wolniej</h1>"
        "<section class='sec-1'><p class='txt-4p'>Ceny mieszkań w dużych miastach wzrosły w "
        "drugim kwartale o dwa procent, najmniej od trzech lat, wynika z danych banku "
        "centralnego.</p></section><section class='sec-1'><h2 class='sub-8w'>Gdzie jest "
        "najdrożej?</h2></section><section class='sec-1'><figure class='embed-wrap'><p "
        "class='embed-head'>Średnia cena metra kwadratowego w miastach wojewódzkich</p><div "
        "class='embed-gate'><p class='gate-note'>Ten wykres pochodzi z serwisu zewnętrznego. "
        "Gdy go włączysz, Twój adres IP zostanie przesłany do tego serwisu.</p><p "
        "class='gate-heading'>Potrzebna zgoda na treści zewnętrzne</p><button>Akceptuję"
        "</button></div></figure></section>"
        "<section class='sec-1'><p class='txt-4p'>Najwięcej za metr kwadratowy płaci się w "
        "stolicy, gdzie średnia cena przekroczyła szesnaście tysięcy złotych, podają "
        "analitycy.</p><p class='txt-4p'>Ekonomiści tłumaczą spowolnienie wyższymi stopami "
        "procentowymi i końcem rządowego programu dopłat do kredytów, który przez rok "
        "napędzał popyt na mniejsze mieszkania.</p></section></article></main>",
    ),
    ("Ceny mieszkań w dużych miastach", "Gdzie jest najdrożej?", "Najwięcej za metr kwadratowy"),
    ("Potrzebna zgoda na treści zewnętrzne", "Twój adres IP", "Średnia cena metra"),
)

# --- Turkish: the same kind of placeholder for a map embed.
_add(
    "tr_map_consent_placeholder",
    "https://www.example.com.tr/yerel/deprem-toplanma-alanlari",
    _page(
        "tr",
        "Toplanma alanları yenilendi",
        "<main><article><h1>Toplanma alanları yenilendi</h1><div class='content-text'>"
        "<p>Belediye, ilçedeki kırk iki deprem toplanma alanının tabelalarını yeniledi ve her "
        "alana içme suyu deposu yerleştirdi.</p><div class='embed-box'><div "
        "class='embed-box__title'>Harita: toplanma alanları</div><div "
        "class='embed-box__notice'><p class='notice-title'>Harici içerik için onayınız "
        "gerekli</p><p>Harita bir dış hizmetten yüklenir; yükleme sırasında IP adresiniz bu "
        "hizmetle paylaşılır.</p><button>Onaylıyorum</button></div></div>"
        "<p>Vatandaşlar en yakın alanı belediyenin internet sitesinden ve mobil uygulamasından "
        "öğrenebilecek.</p></div></article></main>",
    ),
    ("Belediye, ilçedeki kırk iki deprem", "Vatandaşlar en yakın alanı"),
    ("Harici içerik için onayınız gerekli", "IP adresiniz"),
)

# --- Portuguese (Brazil): related cards whose teaser carries a summary and the writer's name.
_add(
    "pt_related_cards_with_summary_and_name",
    "https://www.example.com.br/economia/2026/09/safra-de-cafe.ghtml",
    _page(
        "pt-BR",
        "Safra de café deve crescer 8%",
        "<main><article><h1 class='content-head__title'>Safra de café deve crescer 8%</h1><div "
        "class='mc-article-body'>"
        "<p class='content-text__container'>A safra de café deste ano deve crescer oito por "
        "cento em relação ao ano passado, estima a companhia de abastecimento, graças às chuvas "
        "regulares na florada.</p>"
        "<div class='content-related'><div class='related-item'><a href='/economia/soja'><span "
        "class='related-item__label'>Relacionada</span><h3>Exportação de soja bate recorde no "
        "semestre</h3><p>Embarques cresceram com a demanda chinesa e o dólar alto, segundo a "
        "associação dos exportadores do estado.</p><span class='related-item__author'>Marina "
        "Quintela</span></a></div></div>"
        "<p class='content-text__container'>Os produtores do sul de Minas, principal região, "
        "esperam colher trinta milhões de sacas, mas reclamam do custo dos fertilizantes.</p>"
        "<p class='content-text__container'>O preço da saca caiu cinco por cento no último mês, "
        "com a expectativa de oferta maior no mercado internacional.</p></div></article></main>",
    ),
    (
        "A safra de café deste ano deve crescer",
        "Os produtores do sul de Minas",
        "O preço da saca caiu cinco por cento",
    ),
    ("Exportação de soja bate recorde", "Embarques cresceram com a demanda", "Marina Quintela"),
)

# --- English, Arc: "MORE:" interstitial links in capitals between paragraphs.
_add(
    "en_arc_more_interstitial",
    "https://www.example.com/news/2026/02/11/city-budget-vote/",
    _page(
        "en",
        "Council passes budget after all-night session",
        "<main><article><h1>Council passes budget after all-night session</h1><div "
        "class='article-body'>"
        "<p class='article-body__paragraph'>The city council approved a $2.1 billion budget at "
        "5 a.m. on Wednesday after a twelve-hour meeting in which residents lined up to speak "
        "about library hours and road repairs.</p>"
        "<p class='article-body__interstitial'><strong>MORE:</strong> <a href='/news/1'>Library "
        "branches to open on Sundays starting in spring</a></p>"
        "<p class='article-body__paragraph'>The budget adds forty bus drivers and restores "
        "funding for two swimming pools that were due to close this summer.</p>"
        "<p class='article-body__interstitial'><strong>RELATED:</strong> <a href='/news/2'>Pool "
        "closures spark petition with 8,000 signatures</a></p>"
        "<p class='article-body__paragraph'>Council member Ruth Abara, who voted against it, "
        "said the plan relies on a tax on parking that has not yet been approved by the state."
        "</p></div></article></main>",
    ),
    (
        "The city council approved a $2.1 billion budget",
        "The budget adds forty bus drivers",
        "Council member Ruth Abara",
    ),
    ("Library branches to open on Sundays", "Pool closures spark petition"),
)

# --- Swedish: a bare recirculation link as its own paragraph, no label, between paragraphs.
_add(
    "sv_bare_link_paragraph",
    "https://www.example.se/nyheter/inrikes/vargen-skjuten",
    _page(
        "sv",
        "Länsstyrelsen tillåter skyddsjakt på varg",
        "<main><article><h1>Länsstyrelsen tillåter skyddsjakt på varg</h1><div "
        "class='article-body'>"
        "<p>Länsstyrelsen i Norrbo har beslutat om skyddsjakt på en varg som under sommaren "
        "dödat nio får på tre gårdar i kommunens norra del.</p>"
        "<p><a href='/nyheter/inrikes/fargardar'>Fårbönder kräver ersättning efter vargangrepp"
        "</a></p>"
        "<p>Jakten får pågå i två veckor inom en radie av tio kilometer från den senaste "
        "attacken, skriver länsstyrelsen i sitt beslut.</p>"
        "<p>Naturskyddsföreningen överväger att överklaga beslutet till förvaltningsrätten.</p>"
        "</div></article></main>",
    ),
    (
        "Länsstyrelsen i Norrbo har beslutat",
        "Jakten får pågå i två veckor",
        "Naturskyddsföreningen överväger",
    ),
    ("Fårbönder kräver ersättning",),
)

# --- Turkish: an author bio without class names after the text ("... muhabiridir").
_add(
    "tr_plain_author_bio_after_text",
    "https://www.example.com.tr/yazarlar/sehir-bahceleri",
    _page(
        "tr",
        "Şehir bahçeleri yaygınlaşıyor",
        "<main><article><h1>Şehir bahçeleri yaygınlaşıyor</h1><div class='detail'>"
        "<p>İlçede boş arsalarda kurulan mahalle bahçelerinin sayısı iki yılda üçten yirmiye "
        "çıktı; bahçelerde domates, fasulye ve biber yetiştiriliyor.</p>"
        "<p>Bahçelerden birini yöneten emekli öğretmen Nurten Aksoy, komşuların hasadı "
        "paylaştığını ve çocukların her hafta sonu bahçeye geldiğini anlattı.</p>"
        "<p>Belediye gelecek yıl on yeni arsayı bahçe yapılmak üzere mahallelere tahsis "
        "edecek.</p>"
        "<p><em>Deniz Koral, gazetemizin yerel haberler muhabiridir.</em></p></div></article>"
        "</main>",
    ),
    ("İlçede boş arsalarda kurulan", "Bahçelerden birini yöneten", "Belediye gelecek yıl"),
    ("yerel haberler muhabiridir",),
)

# --- Japanese: a newsletter box with a link button and no form, in the middle of the text.
_add(
    "ja_newsletter_link_box",
    "https://www.example.jp/news/2026/05/20/ferry",
    _page(
        "ja",
        "離島航路に新型フェリー",
        "<main><article><h1>離島航路に新型フェリー</h1><div class='article-body'>"
        "<p>港町と三つの離島を結ぶ航路に、来月から新型フェリーが就航する。揺れを抑える装置を"
        "備え、所要時間も十五分短くなる。</p>"
        "<div class='nl-box'><p class='nl-box__title'>毎朝のニュースをメールで</p><p>ニュース"
        "レターに登録すると、主要ニュースを毎朝お届けします。</p><a class='btn' "
        "href='/newsletter'>登録する</a></div>"
        "<p>運航会社によると、新しい船は車両を四十台積むことができ、車いす用の客室も設けた。"
        "</p><p>島の住民からは「冬の欠航が減れば助かる」との声が上がっている。</p></div>"
        "</article></main>",
    ),
    ("港町と三つの離島を結ぶ航路", "運航会社によると、新しい船は", "島の住民からは"),
    ("ニュースレターに登録すると", "毎朝のニュースをメールで"),
)

# --- Dutch: a podcast promo aside in the text with a long sentence and a listen link.
_add(
    "nl_podcast_promo_aside",
    "https://www.example.nl/cultuur/museum-heropend",
    _page(
        "nl",
        "Stadsmuseum heropent na verbouwing",
        "<main><article><h1>Stadsmuseum heropent na verbouwing</h1><div class='article-body'>"
        "<p>Het stadsmuseum van Leerdam opent zaterdag na twee jaar verbouwing de deuren, met "
        "een nieuwe vleugel voor de collectie glas en een dakterras.</p>"
        "<aside class='promo-podcast'><p>Luister ook naar onze podcast De Stad, waarin "
        "verslaggevers elke week het verhaal achter het nieuws uit de regio vertellen.</p><a "
        "href='/podcast'>Luister nu</a></aside>"
        "<p>De verbouwing kostte achttien miljoen euro, twee miljoen meer dan begroot, vooral "
        "door de hogere prijzen van staal en glas.</p>"
        "<p>De eerste maand is de toegang gratis voor inwoners van de gemeente.</p></div>"
        "</article></main>",
    ),
    ("Het stadsmuseum van Leerdam", "De verbouwing kostte achttien", "De eerste maand"),
    ("Luister ook naar onze podcast",),
)

# --- Russian: a related video embed with its title and duration in the text.
_add(
    "ru_related_video_embed",
    "https://www.example.ru/news/2026/03/03/tramvay/",
    _page(
        "ru",
        "Новый трамвай вышел на линию",
        "<main><article><h1>Новый трамвай вышел на линию</h1><div class='article-text'>"
        "<p>Первый низкопольный трамвай вышел в понедельник на маршрут номер пять, который "
        "связывает вокзал с новым жилым районом на берегу реки.</p>"
        "<div class='video-embed related-video'><div class='video-embed__player'><iframe "
        "src='https://video.example/embed/77'></iframe></div><p class='video-embed__title'>"
        "Смотрите также: как строили новое депо</p><span class='video-embed__duration'>02:14"
        "</span></div>"
        "<p>До конца года город получит ещё двенадцать таких вагонов, сообщил глава "
        "транспортного департамента Олег Рябов.</p></div></article></main>",
    ),
    ("Первый низкопольный трамвай", "До конца года город получит"),
    ("как строили новое депо", "02:14"),
)

# --- Indonesian: a "Simak juga" video teaser and a closing "(nama/nama)" editor code.
_add(
    "id_simak_juga_editor_code",
    "https://www.example.co.id/berita/d-1234567/banjir-surut",
    _page(
        "id",
        "Banjir mulai surut, warga kembali ke rumah",
        "<main><article><h1>Banjir mulai surut, warga kembali ke rumah</h1><div "
        "class='detail__body-text itp_bodycontent'>"
        "<p>Banjir yang merendam tiga kelurahan di Kota Padang Lestari sejak Sabtu mulai "
        "surut pada Senin pagi, dan sebagian warga sudah kembali membersihkan rumah.</p>"
        "<p>Kepala badan penanggulangan bencana setempat, Yusuf Hamdani, mengatakan dua ribu "
        "warga masih bertahan di pengungsian.</p>"
        "<div class='detail__body-tag'><strong>Simak juga Video:</strong> <a href='/v/1'>Detik-"
        "detik tanggul jebol di pinggir kota</a></div>"
        "<p>Pemerintah kota menyiapkan dapur umum dan bantuan air bersih hingga akhir pekan."
        "</p><p>(ara/rdp)</p></div></article></main>",
    ),
    (
        "Banjir yang merendam tiga kelurahan",
        "Kepala badan penanggulangan bencana",
        "Pemerintah kota menyiapkan dapur umum",
    ),
    ("tanggul jebol di pinggir kota", "Simak juga"),
)

# --- Korean: a photo caption and credit inside the text, and a "[예시일보 홍길동 기자]" credit.
_add(
    "ko_caption_and_reporter_line",
    "https://www.example.co.kr/news/2026/06/festival",
    _page(
        "ko",
        "강변 축제에 십만 명 몰려",
        "<main><article><h1>강변 축제에 십만 명 몰려</h1><div id='articleBody'>"
        "<p>[예시일보 이서준 기자] 주말 동안 열린 강변 빛 축제에 십만 명이 넘는 관람객이 "
        "몰렸다고 축제 조직위원회가 밝혔다.</p>"
        "<figure><img src='/f.jpg' alt=''><figcaption>지난 토요일 밤 강변에서 시민들이 불꽃놀이를 "
        "보고 있다. 사진=조직위원회 제공</figcaption></figure>"
        "<p>조직위는 올해 처음으로 강 위에 떠 있는 무대를 설치했으며, 지역 음식 장터에도 긴 줄이 "
        "이어졌다.</p><p>내년 축제는 기간을 사흘에서 닷새로 늘릴 예정이다.</p></div></article>"
        "</main>",
    ),
    ("주말 동안 열린 강변 빛 축제에", "조직위는 올해 처음으로", "내년 축제는 기간을"),
    ("사진=조직위원회 제공",),
)

# --- Vietnamese: a "Tin liên quan" box in the text and a tip line "Độc giả có thể gửi".
_add(
    "vi_tin_lien_quan_box",
    "https://www.example.vn/giao-thong/duong-cao-toc-moi-d123456.html",
    _page(
        "vi",
        "Cao tốc mới rút ngắn thời gian về miền Tây",
        "<main><article><h1>Cao tốc mới rút ngắn thời gian về miền Tây</h1><div "
        "class='content-detail'>"
        "<p>Tuyến cao tốc dài tám mươi cây số nối thành phố với tỉnh Long Điền chính thức "
        "thông xe, giúp rút ngắn thời gian di chuyển từ ba giờ xuống còn một giờ rưỡi.</p>"
        "<div class='box-related'><p class='box-title'>Tin liên quan</p><ul><li><a "
        "href='/1.html'>Cầu vượt sông Hậu sắp khởi công</a></li><li><a href='/2.html'>Giá vé "
        "xe khách dịp Tết tăng nhẹ</a></li></ul></div>"
        "<p>Theo chủ đầu tư, tuyến đường có bốn làn xe và hai trạm dừng nghỉ, tốc độ tối đa "
        "cho phép là chín mươi cây số một giờ.</p></div></article></main>",
    ),
    ("Tuyến cao tốc dài tám mươi cây số", "Theo chủ đầu tư, tuyến đường"),
    ("Cầu vượt sông Hậu sắp khởi công", "Giá vé xe khách dịp Tết"),
)


def _shell(lang: str, title: str, script: str) -> str:
    """A client-rendered page: the markup holds the headline and a skeleton, the text is
    script data."""
    return _page(
        lang,
        title,
        f"<div id='root'><main><h1>{title}</h1><div class='skeleton'></div></main></div>{script}",
    )


def _json(value: object) -> str:
    return json.dumps(value, ensure_ascii=False)


_ARC_TEXT = [
    "La câmara municipal de Vale Serrano aprovou na quinta-feira um plano para plantar dez "
    "mil árvores nas ruas da cidade até ao fim da década.",
    "O plano custa três milhões de euros e dá prioridade aos bairros com menos sombra, onde "
    "as temperaturas no verão chegam a ser quatro graus mais altas.",
    "Os moradores podem sugerir ruas através de um formulário no sítio da câmara até ao fim "
    "do mês.",
]

# --- Portuguese (Portugal), Arc rendered in the browser: the story's content elements in
# "Fusion.globalContent"; its interstitial link is another type, no text.
_add(
    "pt_arc_global_content",
    "https://www.example.pt/local/2026/04/02/arvores-nas-ruas/",
    _shell(
        "pt-PT",
        "Dez mil árvores para as ruas",
        "<script>window.Fusion=window.Fusion||{};Fusion.globalContent="
        + _json(
            {
                "type": "story",
                "headlines": {"basic": "Dez mil árvores para as ruas"},
                "content_elements": [
                    {"_id": "a1", "type": "text", "content": _ARC_TEXT[0]},
                    {
                        "_id": "a2",
                        "type": "interstitial_link",
                        "content": "Leia também: Jardim municipal reabre",
                        "url": "/local/jardim",
                    },
                    {"_id": "a3", "type": "text", "content": _ARC_TEXT[1]},
                    {"_id": "a4", "type": "header", "level": 2, "content": "Como participar"},
                    {"_id": "a5", "type": "text", "content": _ARC_TEXT[2]},
                ],
            }
        )
        + ";Fusion.globalContentConfig={};</script>",
    ),
    ("La câmara municipal de Vale Serrano", "O plano custa três milhões", "Como participar"),
    ("Jardim municipal reabre",),
)

# --- Japanese, a Next.js page with Sanity's portable text in "__NEXT_DATA__".
_add(
    "ja_nextjs_portable_text",
    "https://www.example.jp/articles/kominka-hotel",
    _shell(
        "ja",
        "古民家を宿に再生",
        "<script id='__NEXT_DATA__' type='application/json'>"
        + _json(
            {
                "props": {
                    "pageProps": {
                        "post": {
                            "title": "古民家を宿に再生",
                            "body": [
                                {
                                    "_type": "block",
                                    "_key": key,
                                    "style": "normal",
                                    "children": [{"_type": "span", "text": text}],
                                }
                                for key, text in (
                                    (
                                        "k1",
                                        "山あいの集落にある築百年の古民家が、一棟貸しの宿として"
                                        "生まれ変わった。改修には地元の大工が二年をかけた。",
                                    ),
                                    (
                                        "k2",
                                        "宿を運営する田村真一さんは「梁や土間をできるだけ残し、"
                                        "昔の暮らしを体験してもらいたい」と話す。",
                                    ),
                                    (
                                        "k3",
                                        "宿泊は一日一組限定で、夕食には集落の畑でとれた野菜を"
                                        "使った料理が出る。",
                                    ),
                                )
                            ],
                        },
                        "related": [{"title": "温泉街に新しい足湯"}, {"title": "棚田の稲刈り体験"}],
                    }
                }
            }
        )
        + "</script>",
    ),
    ("山あいの集落にある築百年の古民家", "宿を運営する田村真一さん", "宿泊は一日一組限定"),
    ("温泉街に新しい足湯", "棚田の稲刈り体験"),
)

# --- Korean, Contentful's rich text in a JSON script: paragraphs and a heading.
_add(
    "ko_contentful_rich_text",
    "https://www.example.co.kr/stories/market-night",
    _shell(
        "ko",
        "전통시장 야시장 개장",
        "<script type='application/json' id='initial-state'>"
        + _json(
            {
                "entry": {
                    "fields": {
                        "title": "전통시장 야시장 개장",
                        "body": {
                            "nodeType": "document",
                            "content": [
                                {
                                    "nodeType": "paragraph",
                                    "content": [
                                        {
                                            "nodeType": "text",
                                            "value": "동문시장이 이번 주 금요일부터 매주 주말 밤 "
                                            "열 시까지 야시장을 연다. 먹거리 노점 서른 곳이 "
                                            "참여한다.",
                                        }
                                    ],
                                },
                                {
                                    "nodeType": "heading-2",
                                    "content": [{"nodeType": "text", "value": "주차는 어떻게"}],
                                },
                                {
                                    "nodeType": "paragraph",
                                    "content": [
                                        {
                                            "nodeType": "text",
                                            "value": "시장 상인회는 인근 초등학교 운동장을 임시 "
                                            "주차장으로 쓰기로 했다고 밝혔다.",
                                        }
                                    ],
                                },
                                {
                                    "nodeType": "paragraph",
                                    "content": [
                                        {
                                            "nodeType": "text",
                                            "value": "상인회장 최영숙 씨는 젊은 손님이 늘어 "
                                            "시장에 활기가 돌 것으로 기대한다고 말했다.",
                                        }
                                    ],
                                },
                            ],
                        },
                    }
                }
            }
        )
        + "</script>",
    ),
    ("동문시장이 이번 주 금요일부터", "주차는 어떻게", "시장 상인회는 인근", "상인회장 최영숙"),
    (),
)

# --- "The story goes on below the ad" lines set as paragraphs where an ad slot interrupts the
# text, in five languages; the slot's own label too.
for _lang, _line, _label, _texts in (
    (
        "pl",
        "Dalsza część artykułu pod reklamą",
        "Reklama",
        (
            "Straż pożarna z Lipowa dostała w piątek nowy wóz gaśniczy, pierwszy od dwudziestu "
            "lat, kupiony ze zbiórki mieszkańców i dotacji gminy.",
            "Komendant Tadeusz Mroczek powiedział, że stary wóz trafi do muzeum pożarnictwa w "
            "sąsiednim powiecie.",
        ),
    ),
    (
        "sv",
        "Artikeln fortsätter under annonsen",
        "Annons",
        (
            "Biblioteket i Granvik utökar sina öppettider till klockan tjugo på vardagar från "
            "och med nästa månad, meddelar kommunen.",
            "Bibliotekschefen Maja Ekholm säger att kvällarna är populära bland studenter som "
            "saknar en lugn plats att läsa på.",
        ),
    ),
    (
        "ru",
        "Продолжение статьи после рекламы",
        "Реклама",
        (
            "В посёлке Берёзовка открылась новая поликлиника, в которой будут принимать "
            "двенадцать врачей, сообщили в районной администрации.",
            "Раньше жителям приходилось ездить к специалистам в областной центр за сто километров.",
        ),
    ),
    (
        "ja",
        "記事の続きは広告の後で",
        "広告",
        (
            "北山市は、市内の小中学校の給食を来年度から無償化すると発表した。対象は約九千人"
            "で、年間の費用は約八億円を見込む。",
            "市長は記者会見で「子育て世帯の負担を少しでも減らしたい」と述べた。",
        ),
    ),
    (
        "id",
        "Scroll untuk melanjutkan membaca",
        "Iklan",
        (
            "Pemerintah desa Sukamaju membangun jembatan gantung baru yang menghubungkan dua "
            "dusun yang selama ini terpisah oleh sungai.",
            "Warga kini tidak perlu lagi menyeberang dengan rakit saat musim hujan, kata kepala "
            "desa Ahmad Fauzi.",
        ),
    ),
):
    _add(
        f"{_lang}_continues_after_ad",
        f"https://www.example.com/{_lang}/news/continues-after-ad",
        _page(
            _lang,
            "Example",
            "<main><article><h1>Example headline</h1><div class='article-body'>"
            f"<p>{_texts[0]}</p><div class='ad-slot'><span class='ad-label'>{_label}</span><div "
            f"id='gpt-ad-1'></div></div><p>{_line}</p><p>{_texts[1]}</p></div></article></main>",
        ),
        (_texts[0][:30], _texts[1][:30]),
        (_line,),
    )

# --- An ask to join the site's messaging channel, a plain bold paragraph with no class, set
# in the text; a paragraph about someone else's channel is the story's.
for _lang, _ask, _texts in (
    (
        "tr",
        "WhatsApp kanalımıza katılın, son dakika haberlerini kaçırmayın",
        (
            "İlçe belediyesi, sahil parkındaki oyun alanlarını yeniledi ve engelli çocuklar "
            "için salıncaklar ekledi.",
            "Vatandaşlar şikâyetlerini belediyenin WhatsApp hattına yazabilecek, başvurular "
            "iki gün içinde yanıtlanacak.",
        ),
    ),
    (
        "nl",
        "Word lid van ons WhatsApp-kanaal en mis geen nieuws uit de regio",
        (
            "De gemeente Westerlo plaatst twintig nieuwe bankjes langs de rivier, na een "
            "oproep van ouderen die onderweg willen kunnen uitrusten.",
            "Bewoners kunnen via het WhatsApp-nummer van de gemeente laten weten waar nog een "
            "bankje ontbreekt, zegt een woordvoerder.",
        ),
    ),
    (
        "ar",
        "انضم إلى قناتنا على واتساب لتصلك الأخبار العاجلة",
        (
            "افتتحت البلدية حديقة عامة جديدة في الحي الشرقي تضم ملعبا للأطفال ومسارا "
            "للمشي حول بحيرة صغيرة.",
            "وقال رئيس البلدية إن السكان يستطيعون إرسال اقتراحاتهم عبر رقم البلدية على واتساب.",
        ),
    ),
):
    _add(
        f"{_lang}_channel_ask",
        f"https://www.example.com/{_lang}/news/channel-ask",
        _page(
            _lang,
            "Example",
            "<main><article><h1>Example headline</h1><div class='article-body'>"
            f"<p>{_texts[0]}</p><p><strong>{_ask}</strong></p><p>{_texts[1]}</p></div>"
            "</article></main>",
            dir_="rtl" if _lang == "ar" else "ltr",
        ),
        (_texts[0][:30], _texts[1][:30]),
        (_ask,),
    )

# --- An unlinked "read also" line (the link set on the line's wrapper by a script), in
# languages the dev sets lack.
for _lang, _line, _texts in (
    (
        "cs",
        "Přečtěte si také: Nová lávka přes řeku bude hotová na podzim",
        (
            "Městská rada v Lipníku schválila stavbu nového parkoviště u nádraží, které "
            "nabídne dvě stě míst pro dojíždějící.",
            "Stavba začne v březnu a potrvá přibližně rok, uvedl místostarosta Karel Vávra.",
        ),
    ),
    (
        "hu",
        "Ezt is ajánljuk: Felújítják a régi vasútállomást",
        (
            "A város önkormányzata új kerékpárutat épít a folyó mentén, amely a belvárost az "
            "ipari parkkal köti össze.",
            "A beruházás tavasszal indul, és a tervek szerint ősszel adják át, mondta a "
            "polgármester.",
        ),
    ),
    (
        "et",
        "Loe ka: Linn avab uue ujula järgmisel aastal",
        (
            "Vallavalitsus otsustas renoveerida kooli spordisaali, mille katus lekib juba "
            "mitmendat talve järjest.",
            "Tööd algavad suvel ja peaksid lõppema enne uue õppeaasta algust, ütles vallavanem.",
        ),
    ),
):
    _add(
        f"{_lang}_unlinked_read_also",
        f"https://www.example.com/{_lang}/news/read-also",
        _page(
            _lang,
            "Example",
            "<main><article><h1>Example headline</h1><div class='article-body'>"
            f"<p>{_texts[0]}</p><p class='related-inline' data-href='/x'>{_line}</p>"
            f"<p>{_texts[1]}</p></div></article></main>",
        ),
        (_texts[0][:30], _texts[1][:30]),
        (_line.split(": ", 1)[1],),
    )

# --- Round 34: what the body kept that is not the article (issue 11's precision on news).
# A kicker set right above the headline, in the headline's own box, with no standfirst
# beside it to carry it away: a topic label or a badge ("Live"), not the text's first line.
for _lang, _kicker, _headline, _texts in (
    (
        "cs",
        "Po odstoupení starosty",
        "Zastupitelstvo Lipové zvolí nové vedení v pondělí",
        (
            "Zastupitelé obce Lipová se sejdou v pondělí večer, aby zvolili nového starostu "
            "poté, co dosavadní starosta Karel Mráz minulý týden nečekaně odstoupil.",
            "Podle místostarostky Jany Vlčkové má obec dva kandidáty a hlasovat se bude "
            "veřejně, jak to zastupitelstvo schválilo už loni na podzim.",
        ),
    ),
    (
        "it",
        "Diretta",
        "Maltempo, fiume Orba sorvegliato speciale nella notte",
        (
            "La protezione civile di Valmezzana ha chiuso tre ponti sul fiume Orba dopo che "
            "il livello dell'acqua è salito di due metri in poche ore.",
            "Il sindaco Paolo Ferri ha chiesto ai residenti delle zone basse di non uscire di "
            "casa fino a domattina, quando è previsto il picco della piena.",
        ),
    ),
    (
        "fi",
        "Selvitys",
        "Kirjaston aukioloajat pitenevät Koivulassa ensi vuonna",
        (
            "Koivulan kaupunginkirjasto on ensi vuodesta auki myös sunnuntaisin, kun "
            "kaupunginvaltuusto hyväksyi lisärahoituksen maanantain kokouksessaan.",
            "Kirjastonjohtaja Sari Lehtonen kertoo, että sunnuntain aukiolo on ollut "
            "asukaskyselyjen toivotuin muutos jo usean vuoden ajan.",
        ),
    ),
):
    _add(
        f"{_lang}_kicker_over_headline",
        f"https://www.example.com/{_lang}/news/kicker-over-headline",
        _page(
            _lang,
            _headline,
            f"<main><article class='story'><div class='story-head'><div class='topline'>"
            f"{_kicker}</div><h1 class='story-title'>{_headline}</h1></div>"
            f"<p>{_texts[0]}</p><p>{_texts[1]}</p></article></main>",
        ),
        (_texts[0][:40], _texts[1][:40]),
        (_kicker,),
    )

# A card for another story set inside the text: a picture, the story's headline linked to
# it and its one-line summary, in a box of its own (CSS-in-JS class names, no furniture
# word). The summary goes with the headline; the text around it stays.
for _lang, _card, _texts in (
    (
        "es",
        (
            "/sociedad/2026/02/03/mercado-central-reabre",
            "El mercado central reabre tras dos años de obras",
            "Los comerciantes vuelven a sus puestos con horarios ampliados los sábados.",
        ),
        (
            "El ayuntamiento de Villaroble presentó el martes el nuevo plan de movilidad, que "
            "prevé cerrar al tráfico tres calles del casco antiguo a partir de junio.",
            "La concejala de Urbanismo, Marta Ibáñez, explicó que los autobuses urbanos "
            "cambiarán su recorrido para dar servicio a los nuevos aparcamientos disuasorios.",
            "Los vecinos podrán presentar alegaciones durante un mes en la sede municipal y "
            "también a través de la página web del ayuntamiento.",
        ),
    ),
    (
        "tr",
        (
            "/ekonomi/2026/05/11/liman-ihracat-rekoru",
            "Çamlıköy limanından ihracat rekoru",
            "Nisan ayında limandan yapılan ihracat geçen yılın iki katına çıktı.",
        ),
        (
            "Çamlıköy Belediyesi, sahil yolundaki yenileme çalışmalarının yaz sezonundan önce "
            "tamamlanacağını açıkladı ve trafiğin iki ay boyunca tek şeritten akacağını belirtti.",
            "Belediye Başkanı Ayşe Demirtaş, yeni yolun bisiklet şeridiyle birlikte "
            "yapılacağını ve çalışmaların gece saatlerinde de süreceğini söyledi.",
            "Esnaf ise çalışmalar sürerken müşterilerin dükkanlara ulaşmakta zorlanacağından "
            "endişe ettiğini dile getirdi.",
        ),
    ),
    (
        "nl",
        (
            "/regio/2026/09/14/nieuwe-veerpont",
            "Nieuwe veerpont vaart vanaf maandag",
            "De elektrische pont brengt fietsers in vier minuten naar de overkant.",
        ),
        (
            "De gemeente Oosterwolde begint volgende week met het verbreden van de dijk langs "
            "de rivier, een project dat volgens de wethouder drie jaar gaat duren.",
            "Tijdens de werkzaamheden blijft het fietspad op de dijk open, maar auto's worden "
            "omgeleid via de provinciale weg ten noorden van het dorp.",
            "Omwonenden kunnen hun vragen stellen op een informatieavond in het dorpshuis op "
            "donderdag.",
        ),
    ),
):
    _href, _title, _summary = _card
    _add(
        f"{_lang}_story_card_in_text",
        f"https://www.example.com/{_lang}/news/story-card-in-text",
        _page(
            _lang,
            "Example",
            "<main><article><h1>Example headline</h1><div class='sc-k2j1 body'>"
            f"<p>{_texts[0]}</p><p>{_texts[1]}</p><div class='sc-9xq3 hTrWq'><figure><img "
            f"src='/img/card.jpg' alt=''></figure><h3 class='sc-9xq4 pLmN'><a href='{_href}'>"
            f"{_title}</a></h3><p class='sc-9xq5 zKoP'>{_summary}</p></div>"
            f"<p>{_texts[2]}</p></div></article></main>",
        ),
        (_texts[0][:40], _texts[1][:40], _texts[2][:40]),
        (_title, _summary),
    )

# A list article whose places are headed by links to their own pages, each with one line:
# the same shape as a card, but a run of them, of one template, is the text's list.
_add(
    "en_list_of_linked_places",
    "https://www.example.com/travel/2026/07/02/three-lakes",
    _page(
        "en",
        "Three lakes for a quiet weekend",
        "<main><article><h1>Three lakes for a quiet weekend</h1><div class='entry-content'>"
        "<p>Summer crowds skip the small lakes north of Redmere, which is exactly why they are "
        "worth the longer drive on a Friday afternoon.</p><div class='place'><h2><a "
        "href='/places/lake-orm'>Lake Orm</a></h2><p>A shallow lake with a sandy shore and a "
        "café that rents rowing boats by the hour.</p></div><div class='place'><h2><a "
        "href='/places/tarn-vale'>Tarn Vale</a></h2><p>Cold, deep water below a pine wood, "
        "with a path around the shore that takes two hours.</p></div><div class='place'><h2><a "
        "href='/places/greyholm'>Greyholm</a></h2><p>The only one with a campsite, booked out "
        "in August but quiet in early June.</p></div><p>All three are signposted from the "
        "main road, and the car parks are free before nine.</p></div></article></main>",
    ),
    (
        "A shallow lake with a sandy shore",
        "Cold, deep water below a pine wood",
        "The only one with a campsite",
        "All three are signposted",
    ),
    (),
)

# A byline with a stamp of weeks, months or years ago, as themes write a post's age.
_add(
    "en_byline_months_ago",
    "https://www.example.com/community/2026/01/20/choir-festival",
    _page(
        "en",
        "Choir festival fills the town hall",
        "<main><article><h1>Choir festival fills the town hall</h1><div class='post-body'>"
        "<p>Nadia Okoro|Published 3 months ago</p><p>Eleven choirs "
        "from across the valley sang at the Brackwell town hall on Saturday, the largest "
        "festival since it began in 1998.</p><p>The organisers said tickets sold out within a "
        "week and that next year's festival will add a second evening.</p></div></article>"
        "</main>",
    ),
    ("Eleven choirs from across the valley", "tickets sold out within a week"),
    ("Published 3 months ago",),
)

# The <h1> set in the breadcrumb for search engines, the headline the reader sees written as
# an <h2> over the standfirst (a kicker and the title in spans): the headline, not the text's
# first section heading.
for _lang, _kicker, _title, _texts in (
    (
        "de",
        "Nach dem Hochwasser",
        "Brücke in Talheim bleibt bis zum Sommer gesperrt",
        (
            "Die Brücke über die Lauter in Talheim bleibt nach den Schäden durch das Hochwasser "
            "mindestens bis Ende Juni für den Verkehr gesperrt.",
            "Ein Gutachten habe Risse an zwei Pfeilern gezeigt, teilte das Landratsamt am "
            "Mittwoch mit, die Reparatur werde rund zwei Millionen Euro kosten.",
        ),
    ),
    (
        "hu",
        "Közlekedés",
        "Új buszjárat köti össze Fenyvest és a vasútállomást",
        (
            "Hétfőtől új helyi buszjárat indul Fenyves lakótelepe és a vasútállomás között, "
            "hétköznap húszpercenként, hétvégén óránként.",
            "A város polgármestere szerint a járatot a lakók kérték egy tavalyi felmérésben, "
            "és az első fél évben ingyenes lesz.",
        ),
    ),
):
    _add(
        f"{_lang}_headline_as_h2_under_seo_h1",
        f"https://www.example.com/{_lang}/news/headline-as-h2",
        _page(
            _lang,
            f"{_kicker}: {_title}",
            "<main><nav class='crumbs'><a href='/'>Start</a> | <h1 class='seo-title'>"
            f"{_kicker}: {_title}</h1></nav><article><div class='content-head'><h2><span>"
            f"{_kicker}</span><span> – </span><span>{_title}</span></h2><p>{_texts[0]}</p>"
            f"</div><div class='content-body'><p>{_texts[1]}</p></div></article>"
            "</main>",
        ),
        (_texts[0][:40], _texts[1][:40]),
        (_title,),
    )

# An agency's credit closing the story on a line of its own with the desk's code after it
# ("dpa/lnw"), or two agencies joined: the story's source, not a line of its text.
for _lang, _credit, _texts in (
    (
        "de",
        "dpa/lnw",
        (
            "Der Stadtrat von Kirchwald hat am Donnerstag den Bau eines neuen Hallenbads "
            "beschlossen, das im Herbst 2028 eröffnet werden soll.",
            "Die Kosten von rund 24 Millionen Euro teilen sich die Stadt und der Landkreis, "
            "wie die Bürgermeisterin nach der Sitzung mitteilte.",
        ),
    ),
    (
        "de-AT",
        "APA/AFP",
        (
            "In der Gemeinde Hinterbach ist am Sonntag eine neue Seilbahn in Betrieb gegangen, "
            "die das Dorf mit dem Skigebiet am Sonnkogel verbindet.",
            "Die Betreiber rechnen im ersten Winter mit rund 300.000 Fahrten, sagte der "
            "Geschäftsführer bei der Eröffnung.",
        ),
    ),
):
    _add(
        f"{_lang.lower().replace('-', '_')}_agency_desk_credit_line",
        f"https://www.example.com/{_lang}/news/agency-desk-credit",
        _page(
            _lang,
            "Example",
            "<main><article><h1>Example headline</h1><div class='article-text'>"
            f"<p>{_texts[0]}</p><p>{_texts[1]}</p><p>{_credit}</p></div></article></main>",
        ),
        (_texts[0][:40], _texts[1][:40]),
        (_credit,),
    )

# A closing note that the text draws on agencies' copy: about the article, not of it.
for _lang, _note, _texts in (
    (
        "de",
        "Mit Material von Agenturen.",
        (
            "Nach dem Sturm über der Nordsee sind am Montag auf den Inseln Lütthörn und Wiek "
            "alle Fährverbindungen ausgefallen, mehrere hundert Urlauber sitzen fest.",
            "Die Reederei will den Betrieb am Dienstagmorgen wieder aufnehmen, sofern der Wind "
            "wie vorhergesagt nachlässt.",
        ),
    ),
    (
        "es",
        "Con información de agencias.",
        (
            "El incendio declarado el domingo en la sierra de Valdelobos obligó a desalojar dos "
            "aldeas y a cortar la carretera comarcal durante toda la noche.",
            "Los bomberos dieron el fuego por estabilizado a primera hora del lunes, aunque "
            "seguirán vigilando la zona durante varios días.",
        ),
    ),
    (
        "pt-BR",
        "Com informações de agências.",
        (
            "A prefeitura de Rio Claro do Sul decretou estado de emergência depois que as "
            "chuvas da madrugada alagaram três bairros da zona norte.",
            "Segundo a Defesa Civil, cerca de duzentas famílias foram levadas para abrigos "
            "montados em escolas municipais.",
        ),
    ),
):
    _add(
        f"{_lang.lower().replace('-', '_')}_agency_copy_note",
        f"https://www.example.com/{_lang}/news/agency-copy-note",
        _page(
            _lang,
            "Example",
            "<main><article><h1>Example headline</h1><div class='article-text'>"
            f"<p>{_texts[0]}</p><p>{_texts[1]}</p><p><em>{_note}</em></p></div></article></main>",
        ),
        (_texts[0][:40], _texts[1][:40]),
        (_note,),
    )

# The author's name alone under the headline, without "By" (the structured data names the
# author): a byline, which belongs to ``authors``, not to the text.
for _lang, _name, _texts in (
    (
        "sv",
        "Ingrid Holmberg",
        (
            "Kommunen i Björkvik har beslutat att bygga en ny förskola i centrum, som ska stå "
            "klar hösten 2027 och ha plats för hundra barn.",
            "Enligt förvaltningschefen har kön till förskolan vuxit snabbt sedan två nya "
            "bostadsområden byggdes i norra delen av orten.",
        ),
    ),
    (
        "pl",
        "Tomasz Wróblewski",
        (
            "Radni gminy Dębowa Wola zdecydowali we wtorek o remoncie szkoły podstawowej, "
            "który ma się zakończyć przed nowym rokiem szkolnym.",
            "Jak poinformował wójt, prace obejmą wymianę dachu, okien i ogrzewania, a koszt "
            "wyniesie około czterech milionów złotych.",
        ),
    ),
):
    _add(
        f"{_lang}_author_name_line",
        f"https://www.example.com/{_lang}/news/author-name-line",
        _page(
            _lang,
            "Example",
            "<main><article><h1>Example headline</h1><div class='article-text'>"
            f"<p>{_name}</p><p>{_texts[0]}</p><p>{_texts[1]}</p></div></article></main>",
            head=(
                "<script type='application/ld+json'>"
                + json.dumps(
                    {
                        "@context": "https://schema.org",
                        "@type": "NewsArticle",
                        "headline": "Example headline",
                        "author": {"@type": "Person", "name": _name},
                    }
                )
                + "</script>"
            ),
        ),
        (_texts[0][:40], _texts[1][:40]),
        (_name,),
    )
