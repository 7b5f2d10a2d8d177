"""A blind probe of the `authors` field on publishers, page kinds and languages the dev sets
lack or hold little of (issue 12, wave 75): 90 pages in 28 languages and 13 scripts (Latin,
Cyrillic, Greek, Hebrew, Arabic, Devanagari, Bengali, Tamil, Thai, Ethiopic, Han, kana,
Hangul), news and no news (blogs, columns, university news, press releases, reviews, forum
posts). The byline traps real sites have: the language's own labels ("Por", "Oleh",
"Yazan", "Autor:", "Napisał", "Από", "مراسل", "記者"), names with particles (de, dos, bin,
al-), two writers joined by the language's "and" (Hebrew's and Arabic's "و" joined to the
name), a writer and a role ("Correspondent in Kyiv"), photographers and translators who are
not the authors, a desk credit, "NAME | DATE" lines, author boxes closing the article,
JSON-LD authors as an Organization beside a visible byline, a schema Person with only a url,
``rel=author`` links to profile pages, names in capitals. The wanted values were written
before either tool ran, by the conventions of ``test_blind_author_probes_69`` (a writer is
who wrote the text; not a photographer, editor or translator; a desk is no one).
``python -m tests.metadata.test_blind_author_probes_75`` prints both tools' figures. Every
site, name and text here is invented."""

from __future__ import annotations

from typing import Any

import pytest
from tests.metadata.language_probes.kit import field_cases, matches, report_authors
from tests.metadata.test_blind_date_probes_6 import ld
from tests.metadata.title_pages import page, paragraphs

import newsextract

# One sentence per language: the old footbridge over the river reopened after repairs.
SAY = {
    "pt-BR": "A antiga passarela sobre o rio foi reaberta na terça-feira depois de seis meses "
    "de obras, e os moradores voltaram a atravessar a pé para o mercado.",
    "id": "Jembatan penyeberangan tua di atas sungai dibuka kembali pada hari Selasa setelah "
    "enam bulan perbaikan, dan warga kembali berjalan kaki ke pasar.",
    "ms": "Jambatan pejalan kaki lama di atas sungai dibuka semula pada hari Selasa selepas "
    "enam bulan kerja pembaikan, dan penduduk kembali berjalan kaki ke pasar.",
    "vi": "Cây cầu đi bộ cũ bắc qua sông đã được mở lại vào thứ Ba sau sáu tháng sửa chữa, "
    "và người dân lại đi bộ qua cầu ra chợ.",
    "th": "สะพานคนเดินข้ามแม่น้ำแห่งเก่าเปิดใช้งานอีกครั้งเมื่อวันอังคารหลังการซ่อมแซมนานหกเดือน "
    "และชาวบ้านกลับมาเดินข้ามไปตลาดได้อีกครั้ง",
    "tr": "Nehrin üzerindeki eski yaya köprüsü altı aylık onarımın ardından salı günü yeniden "
    "açıldı ve mahalle sakinleri pazara yürüyerek gitmeye başladı.",
    "pl": "Stara kładka nad rzeką została ponownie otwarta we wtorek po sześciu miesiącach "
    "remontu, a mieszkańcy znów chodzą nią pieszo na targ.",
    "cs": "Stará lávka přes řeku byla v úterý po šesti měsících oprav znovu otevřena a "
    "obyvatelé po ní opět chodí pěšky na trh.",
    "sk": "Stará lávka cez rieku bola v utorok po šiestich mesiacoch opráv opäť otvorená a "
    "obyvatelia po nej znova chodia pešo na trh.",
    "ro": "Vechea pasarelă peste râu a fost redeschisă marți după șase luni de reparații, iar "
    "locuitorii merg din nou pe jos spre piață.",
    "hu": "A folyó feletti régi gyalogoshidat kedden hat hónapnyi javítás után újra megnyitották, "
    "és a lakók ismét gyalog járnak át rajta a piacra.",
    "el": "Η παλιά πεζογέφυρα πάνω από το ποτάμι άνοιξε ξανά την Τρίτη μετά από έξι μήνες "
    "επισκευών, και οι κάτοικοι περπατούν ξανά ως την αγορά.",
    "uk": "Старий пішохідний міст через річку знову відкрили у вівторок після шести місяців "
    "ремонту, і мешканці знову ходять ним пішки на ринок.",
    "bg": "Старият пешеходен мост над реката беше отворен отново във вторник след шест месеца "
    "ремонт и жителите отново ходят пеша до пазара.",
    "sr": "Стари пешачки мост преко реке поново је отворен у уторак после шест месеци "
    "поправки, а мештани поново пешке иду на пијацу.",
    "hr": "Stari pješački most preko rijeke ponovno je otvoren u utorak nakon šest mjeseci "
    "popravaka, a mještani opet pješice idu na tržnicu.",
    "he": "גשר הולכי הרגל הישן מעל הנהר נפתח מחדש ביום שלישי לאחר שישה חודשי תיקונים, "
    "והתושבים חזרו ללכת ברגל לשוק.",
    "fa": "پل عابر پیاده قدیمی روی رودخانه روز سه‌شنبه پس از شش ماه تعمیر دوباره باز شد و "
    "اهالی دوباره پیاده به بازار می‌روند.",
    "ur": "دریا پر پرانا پیدل پل چھ ماہ کی مرمت کے بعد منگل کو دوبارہ کھول دیا گیا اور "
    "مکین پھر سے پیدل بازار جانے لگے۔",
    "ar": "أعيد افتتاح جسر المشاة القديم فوق النهر يوم الثلاثاء بعد ستة أشهر من أعمال "
    "الإصلاح، وعاد السكان إلى عبوره سيرًا إلى السوق.",
    "hi": "नदी पर बना पुराना पैदल पुल छह महीने की मरम्मत के बाद मंगलवार को फिर से खोल दिया "
    "गया और लोग फिर से पैदल बाज़ार जाने लगे।",
    "bn": "নদীর ওপরের পুরনো পায়ে চলার সেতুটি ছয় মাস মেরামতের পর মঙ্গলবার আবার খুলে দেওয়া "
    "হয়েছে, এবং বাসিন্দারা আবার হেঁটে বাজারে যাচ্ছেন।",
    "ta": "ஆற்றின் மேல் உள்ள பழைய நடைபாலம் ஆறு மாத பழுதுபார்ப்புக்குப் பிறகு செவ்வாய்க்கிழமை "
    "மீண்டும் திறக்கப்பட்டது, மக்கள் மீண்டும் நடந்தே சந்தைக்குச் செல்கின்றனர்.",
    "sw": "Daraja la zamani la waenda kwa miguu juu ya mto lilifunguliwa tena Jumanne baada ya "
    "miezi sita ya ukarabati, na wakazi wanatembea tena kwenda sokoni.",
    "am": "በወንዙ ላይ ያለው የድሮው የእግረኛ ድልድይ ከስድስት ወራት ጥገና በኋላ ማክሰኞ እንደገና ተከፈተ፤ "
    "ነዋሪዎችም በእግር ወደ ገበያ መሄድ ጀመሩ።",
    "zh": "河上的舊人行橋經過六個月的整修，於週二重新開放，居民又能步行到市場了。",
    "zh-cn": "河上的旧人行桥经过六个月的整修，于周二重新开放，居民又能步行去市场了。",
    "ja": "川に架かる古い歩道橋が半年間の補修を終え、火曜日に再び開通した。"
    "住民は再び歩いて市場へ通えるようになった。",
    "ko": "강 위의 오래된 보행교가 6개월간의 보수를 마치고 화요일 다시 개통돼 주민들이 다시 "
    "걸어서 시장에 다닐 수 있게 됐다.",
}

_RTL_LANGS = {"he", "fa", "ur", "ar"}


def _text(lang: str) -> str:
    return paragraphs(SAY[lang], SAY[lang])


def _html_lang(lang: str) -> str:
    return {"zh": "zh-Hant", "zh-cn": "zh-Hans"}.get(lang, lang)


def story(
    lang: str,
    h1: str,
    meta: str,
    *,
    site: str,
    head: str = "",
    after: str = "",
    date: str = "2024-04-09",
) -> str:
    """A news site's story: the masthead, the headline, a meta line (``meta``: the byline),
    the date, the text, ``after`` (what closes the story), then a most-read list."""
    return page(
        _html_lang(lang),
        f"{h1} | {site}",
        f'<meta property="og:site_name" content="{site}">{head}',
        f'<header class="site-header"><a class="brand" href="/">{site}</a><nav><a href="/'
        f'cidade">☰</a></nav></header><main><article class="article"><h1 class="title">{h1}'
        f'</h1><div class="article-meta">{meta}<time datetime="{date}T10:30:00+00:00">{date}'
        f'</time></div><div class="article-body">{_text(lang)}{after}</div></article>'
        '<aside class="most-read"><h2>★</h2><ol><li><a href="/cidade/2">▸</a></li></ol>'
        f'</aside></main><footer class="footer">© 2024 {site}</footer>',
    )


def blog(lang: str, h1: str, line: str, *, site: str, after: str = "", head: str = "") -> str:
    """A blog theme's post: the blog's name, the title, the post line (``line``), the text,
    ``after`` (an author box), then one comment by a reader."""
    return page(
        _html_lang(lang),
        f"{h1} – {site}",
        head,
        f'<header id="masthead"><p class="site-title"><a href="/">{site}</a></p></header>'
        f'<div id="primary"><article class="post hentry"><header class="entry-header"><h1 '
        f'class="entry-title">{h1}</h1><div class="entry-meta">{line}</div></header><div '
        f'class="entry-content">{_text(lang)}</div>{after}</article><div id="comments">'
        '<ol class="comment-list"><li class="comment"><div class="comment-author"><b '
        'class="fn">Kiki</b></div><p>👍</p></li></ol></div></div>'
        f'<footer id="colophon">{site}</footer>',
    )


def forum(lang: str, h1: str, poster: str, reply: str, *, site: str) -> str:
    """A board thread: the first post's poster card and text, then a reply by another."""
    return page(
        _html_lang(lang),
        f"{h1} - {site}",
        "",
        f'<div id="wrap"><div class="headerbar"><a href="/">{site}</a></div><h2 '
        f'class="topic-title">{h1}</h2><div id="p501" class="post"><dl class="postprofile">'
        f'<dt><a href="/memberlist.php?u=41" class="username">{poster}</a></dt><dd>1024</dd>'
        '</dl><div class="postbody"><p class="author"><a class="username" '
        f'href="/memberlist.php?u=41">{poster}</a> » 09.04.2024 08:12</p><div class="content">'
        f'{SAY[lang]} {SAY[lang]}</div></div></div><div id="p502" class="post"><dl '
        f'class="postprofile"><dt><a href="/memberlist.php?u=77" class="username">{reply}</a>'
        '</dt></dl><div class="postbody"><p class="author"><a class="username" '
        f'href="/memberlist.php?u=77">{reply}</a> » 09.04.2024 09:40</p><div class="content">'
        "+1</div></div></div></div>",
    )


def plain(lang: str, h1: str, body: str, *, site: str, head: str = "") -> str:
    """A plain page of a site that is no newspaper: a header, the ``<h1>``, then ``body``."""
    return page(
        _html_lang(lang),
        f"{h1} - {site}",
        head,
        f'<header><a href="/">{site}</a></header><main><h1>{h1}</h1>{body}</main>'
        f"<footer>{site}</footer>",
    )


FIELDS = ("authors",)

# A probe: name, url, html, authors.
PROBES: list[tuple[Any, ...]] = [
    # --- Portuguese (Brazil)
    (
        "pt_br_por_two_names_particles",
        "https://gazetadoribeirao.example.com.br/cidade/passarela-reaberta",
        story(
            "pt-BR",
            "Passarela do rio é reaberta",
            '<p class="autor">Por João Pedro da Silva e Maria dos Santos Lima</p>',
            site="Gazeta do Ribeirão",
        ),
        ("João Pedro da Silva", "Maria dos Santos Lima"),
    ),
    (
        "pt_br_por_correspondent_in",
        "https://gazetadoribeirao.example.com.br/mundo/passarela-lisboa",
        story(
            "pt-BR",
            "Lisboa reabre passarela antiga",
            '<p class="autor">Por Carlos de Oliveira, correspondente em Lisboa</p>',
            site="Gazeta do Ribeirão",
        ),
        ("Carlos de Oliveira",),
    ),
    (
        "pt_br_da_redacao_desk",
        "https://gazetadoribeirao.example.com.br/cidade/passarela-nota",
        story(
            "pt-BR",
            "Prefeitura libera passarela",
            '<p class="autor">Da Redação</p>',
            site="Gazeta do Ribeirão",
        ),
        (),
    ),
    (
        "pt_br_review_critica_por",
        "https://telaepalco.example.com.br/criticas/a-ponte",
        blog(
            "pt-BR",
            "Crítica: 'A Ponte' emociona sem exageros",
            '<span class="byline">Crítica por <a href="/autor/lucas-ferreira">Lucas '
            "Ferreira</a></span> · 9 de abril de 2024",
            site="Tela e Palco",
        ),
        ("Lucas Ferreira",),
    ),
    (
        "pt_br_jsonld_org_visible_byline",
        "https://gazetadoribeirao.example.com.br/cidade/passarela-ld",
        story(
            "pt-BR",
            "Passarela ganha nova iluminação",
            '<p class="autor">Por Fernanda Albuquerque</p>',
            site="Gazeta do Ribeirão",
            head=ld(
                headline="Passarela ganha nova iluminação",
                author={"@type": "Organization", "name": "Gazeta do Ribeirão"},
            ),
        ),
        ("Fernanda Albuquerque",),
    ),
    # --- Indonesian, Malay
    (
        "id_oleh_editor",
        "https://kabarsungai.example.id/kota/jembatan-dibuka",
        story(
            "id",
            "Jembatan tua dibuka kembali",
            '<div class="byline">Oleh: Budi Santoso | Editor: Dewi Lestari</div>',
            site="Kabar Sungai",
        ),
        ("Budi Santoso",),
    ),
    (
        "id_reporter_fotografer",
        "https://kabarsungai.example.id/kota/jembatan-warga",
        story(
            "id",
            "Warga kembali ke pasar",
            '<div class="byline">Reporter: Agus Salim · Fotografer: Rudi Hartono</div>',
            site="Kabar Sungai",
        ),
        ("Agus Salim",),
    ),
    (
        "id_penulis_caps",
        "https://kabarsungai.example.id/kota/jembatan-caps",
        story(
            "id",
            "Perbaikan jembatan selesai",
            '<div class="byline">Penulis: RIZKY PRATAMA</div>',
            site="Kabar Sungai",
        ),
        ("Rizky Pratama",),
    ),
    (
        "id_person_url_only_rel_author",
        "https://kabarsungai.example.id/kota/jembatan-profil",
        story(
            "id",
            "Jembatan diresmikan wali kota",
            '<a rel="author" href="/penulis/dian-pratiwi">Dian Pratiwi</a> · ',
            site="Kabar Sungai",
            head=ld(
                headline="Jembatan diresmikan wali kota",
                author={
                    "@type": "Person",
                    "url": "https://kabarsungai.example.id/penulis/dian-pratiwi",
                },
            ),
        ),
        ("Dian Pratiwi",),
    ),
    (
        "ms_oleh_bin_caps",
        "https://beritalembah.example.my/tempatan/jambatan-dibuka",
        story(
            "ms",
            "Jambatan lama dibuka semula",
            '<span class="author">Oleh MOHD FAIZAL BIN ABDULLAH</span>',
            site="Berita Lembah",
        ),
        ("Mohd Faizal bin Abdullah",),
    ),
    (
        "ms_oleh_dan",
        "https://beritalembah.example.my/tempatan/jambatan-penduduk",
        story(
            "ms",
            "Penduduk gembira jambatan dibuka",
            '<span class="author">Oleh Siti Aminah dan Ahmad Zaki</span>',
            site="Berita Lembah",
        ),
        ("Siti Aminah", "Ahmad Zaki"),
    ),
    # --- Vietnamese
    (
        "vi_bai_va_anh",
        "https://baosongque.example.vn/doi-song/cau-di-bo",
        story(
            "vi",
            "Cầu đi bộ mở lại sau sáu tháng",
            '<p class="author">Bài và ảnh: Trần Thị Bình</p>',
            site="Báo Sông Quê",
        ),
        ("Trần Thị Bình",),
    ),
    (
        "vi_signature_closing",
        "https://baosongque.example.vn/doi-song/cau-cho",
        story(
            "vi",
            "Người dân lại đi bộ ra chợ",
            "",
            site="Báo Sông Quê",
            after='<p style="text-align:right"><strong>Nguyễn Văn An</strong></p>',
        ),
        ("Nguyễn Văn An",),
    ),
    (
        "vi_rel_author_profile",
        "https://baosongque.example.vn/doi-song/cau-moi",
        story(
            "vi",
            "Cầu cũ được sửa xong",
            '<a rel="author" href="/tac-gia/le-minh-tuan">Lê Minh Tuấn</a> - ',
            site="Báo Sông Quê",
        ),
        ("Lê Minh Tuấn",),
    ),
    # --- Thai
    (
        "th_doi",
        "https://khaomaenam.example.co.th/local/saphan",
        story(
            "th",
            "สะพานคนเดินเปิดอีกครั้ง",
            '<span class="byline">โดย สมชาย ใจดี</span>',
            site="ข่าวแม่น้ำ",
        ),
        ("สมชาย ใจดี",),
    ),
    (
        "th_khao_phap",
        "https://khaomaenam.example.co.th/local/saphan-talat",
        story(
            "th",
            "ชาวบ้านกลับไปตลาด",
            '<span class="byline">ข่าว: วิชัย ศรีสุข ภาพ: นภา แก้วดี</span>',
            site="ข่าวแม่น้ำ",
        ),
        ("วิชัย ศรีสุข",),
    ),
    # --- Turkish
    (
        "tr_yazan_blog",
        "https://kopruyazilari.example.com.tr/2024/04/eski-kopru",
        blog(
            "tr",
            "Eski köprüden yeniden geçmek",
            '<span class="byline">Yazan: Mehmet Öztürk</span> · 9 Nisan 2024',
            site="Köprü Yazıları",
        ),
        ("Mehmet Öztürk",),
    ),
    (
        "tr_haber_fotograf_pipe_date",
        "https://nehirhaber.example.com.tr/yerel/kopru-acildi",
        story(
            "tr",
            "Yaya köprüsü yeniden açıldı",
            '<div class="haber-kunye">Haber: Zeynep Arslan | Fotoğraf: Emre Şahin | 09.04.2024'
            "</div>",
            site="Nehir Haber",
        ),
        ("Zeynep Arslan",),
    ),
    (
        "tr_ve_two_names",
        "https://nehirhaber.example.com.tr/yerel/kopru-pazar",
        story(
            "tr",
            "Mahalleli pazara yürüyor",
            '<div class="muhabir">Ayşe Kaya ve Can Yıldırım</div>',
            site="Nehir Haber",
        ),
        ("Ayşe Kaya", "Can Yıldırım"),
    ),
    # --- Polish
    (
        "pl_autorzy_i",
        "https://kurierznadrzeki.example.pl/miasto/kladka-otwarta",
        story(
            "pl",
            "Kładka znów otwarta",
            '<div class="author">Autorzy: Anna Kowalska i Piotr Wiśniewski</div>',
            site="Kurier znad Rzeki",
        ),
        ("Anna Kowalska", "Piotr Wiśniewski"),
    ),
    (
        "pl_autor_tlumaczenie",
        "https://kurierznadrzeki.example.pl/swiat/kladka-praga",
        story(
            "pl",
            "Praga też remontuje kładki",
            '<div class="author">Autor: Marek Zieliński, tłumaczenie: Ewa Lis</div>',
            site="Kurier znad Rzeki",
        ),
        ("Marek Zieliński",),
    ),
    (
        "pl_forum_napisal",
        "https://forum-wedkarzy.example.pl/viewtopic.php?t=812",
        forum(
            "pl",
            "Kładka nad rzeką znów otwarta",
            "szczupak_77",
            "karp_mistrz",
            site="Forum Wędkarzy",
        ),
        ("szczupak_77",),
    ),
    (
        "pl_author_box_o_autorze",
        "https://blogpodroznika.example.pl/2024/04/kladka",
        blog(
            "pl",
            "Spacer po starej kładce",
            "9 kwietnia 2024",
            site="Blog Podróżnika",
            after='<div class="author-box"><h4>O autorze</h4><p class="author-name">Tomasz '
            "Nowak</p><p>Przewodnik i fotograf, pisze o mostach Pomorza.</p></div>",
        ),
        ("Tomasz Nowak",),
    ),
    # --- Czech, Slovak
    (
        "cs_autor_foto_pipe",
        "https://listypodreky.example.cz/zpravy/lavka-otevrena",
        story(
            "cs",
            "Lávka přes řeku je znovu otevřená",
            '<p class="autor">Autor: Jan Novák | Foto: Petr Svoboda</p>',
            site="Listy pod řekou",
        ),
        ("Jan Novák",),
    ),
    (
        "cs_a_two_names",
        "https://listypodreky.example.cz/zpravy/lavka-trh",
        story(
            "cs",
            "Obyvatelé chodí znovu pěšky",
            '<p class="autor">Jana Dvořáková a Martin Černý</p>',
            site="Listy pod řekou",
        ),
        ("Jana Dvořáková", "Martin Černý"),
    ),
    (
        "cs_university_text_mgr",
        "https://www.fakulta-stavebni.example.cz/aktuality/lavka",
        plain(
            "cs",
            "Studenti měřili opravenou lávku",
            f'<p class="meta">9. 4. 2024</p>{_text("cs")}<p><em>Text: Mgr. Eva Malá, foto: '
            "Ing. Karel Dub</em></p>",
            site="Fakulta stavební",
        ),
        ("Eva Malá",),
    ),
    (
        "sk_autor_redaktor",
        "https://novinypodtatrami.example.sk/region/lavka",
        story(
            "sk",
            "Lávka cez rieku je opäť otvorená",
            '<span class="author">Autor: Ján Kováč, redaktor</span>',
            site="Noviny pod Tatrami",
        ),
        ("Ján Kováč",),
    ),
    # --- Romanian, Hungarian
    (
        "ro_de_lowercase",
        "https://ziaruldinvale.example.ro/local/pasarela",
        story(
            "ro",
            "Pasarela a fost redeschisă",
            '<span class="author">de Andrei Popescu</span>',
            site="Ziarul din Vale",
        ),
        ("Andrei Popescu",),
    ),
    (
        "ro_autori_si",
        "https://ziaruldinvale.example.ro/local/pasarela-piata",
        story(
            "ro",
            "Locuitorii merg din nou pe jos",
            '<span class="author">Autori: Ioana Marin și Radu Stan</span>',
            site="Ziarul din Vale",
        ),
        ("Ioana Marin", "Radu Stan"),
    ),
    (
        "ro_press_release_no_author",
        "https://primaria-vale.example.ro/comunicate/pasarela",
        plain(
            "ro",
            "Comunicat de presă: pasarela peste râu redeschisă",
            f"<p>9 aprilie 2024</p>{_text('ro')}<p>Biroul de presă al Primăriei</p>",
            site="Primăria Vale",
        ),
        (),
    ),
    (
        "hu_irta",
        "https://folyopartihirek.example.hu/helyi/gyaloghid",
        story(
            "hu",
            "Újra nyitva a gyaloghíd",
            '<div class="cikk-szerzo">Írta: Kovács Péter</div>',
            site="Folyóparti Hírek",
        ),
        ("Kovács Péter",),
    ),
    (
        "hu_szerzo_foto",
        "https://folyopartihirek.example.hu/helyi/gyaloghid-piac",
        story(
            "hu",
            "Gyalog a piacra",
            '<div class="cikk-szerzo">Szerző: Nagy Anna, Fotó: Szabó Gábor</div>',
            site="Folyóparti Hírek",
        ),
        ("Nagy Anna",),
    ),
    # --- Greek
    (
        "el_grafei_o",
        "https://potamisimera.example.gr/topika/pezogefyra",
        story(
            "el",
            "Ξανάνοιξε η πεζογέφυρα",
            '<div class="author">Γράφει ο Νίκος Αλεξίου</div>',
            site="Ποτάμι Σήμερα",
        ),
        ("Νίκος Αλεξίου",),
    ),
    (
        "el_apo_metafrasi",
        "https://potamisimera.example.gr/kosmos/gefyra",
        story(
            "el",
            "Η γέφυρα της αγοράς",
            '<div class="author">Από: Μαρία Κωνσταντίνου · Μετάφραση: Ελένη Δήμου</div>',
            site="Ποτάμι Σήμερα",
        ),
        ("Μαρία Κωνσταντίνου",),
    ),
    # --- Ukrainian, Bulgarian, Serbian, Croatian
    (
        "uk_avtor_correspondent_in",
        "https://vistynadrichchia.example.ua/misto/mist",
        story(
            "uk",
            "Пішохідний міст знову відкрили",
            '<div class="author">Олена Шевченко, кореспондентка в Києві</div>',
            site="Вісті Надріччя",
        ),
        ("Олена Шевченко",),
    ),
    (
        "uk_i_two_names",
        "https://vistynadrichchia.example.ua/misto/mist-rynok",
        story(
            "uk",
            "Мешканці знову ходять на ринок",
            '<div class="author">Автори: Олена Коваль і Андрій Мельник</div>',
            site="Вісті Надріччя",
        ),
        ("Олена Коваль", "Андрій Мельник"),
    ),
    (
        "bg_ot_snimki",
        "https://vestnikreka.example.bg/grad/most",
        story(
            "bg",
            "Пешеходният мост отново отворен",
            '<p class="author">Автор: Мария Георгиева, снимки: Стефан Иванов</p>',
            site="Вестник Река",
        ),
        ("Мария Георгиева",),
    ),
    (
        "sr_cyrillic_autor",
        "https://novinepored.example.rs/grad/most",
        story(
            "sr",
            "Пешачки мост поново отворен",
            '<div class="autor">Аутор: Милош Јовановић</div>',
            site="Новине поред реке",
        ),
        ("Милош Јовановић",),
    ),
    (
        "hr_pise_foto",
        "https://rijecnilist.example.hr/vijesti/most",
        story(
            "hr",
            "Pješački most opet otvoren",
            '<div class="autor">Piše: Ivana Horvat / Foto: Marko Babić</div>',
            site="Riječni list",
        ),
        ("Ivana Horvat",),
    ),
    # --- Hebrew, Persian, Urdu, Arabic
    (
        "he_meet_vav_joined",
        "https://hadashot-hanahar.example.co.il/local/gesher",
        story(
            "he",
            "גשר הולכי הרגל נפתח מחדש",
            '<div class="author">מאת: דנה כהן ויוסי לוי</div>',
            site="חדשות הנהר",
        ),
        ("דנה כהן", "יוסי לוי"),
    ),
    (
        "fa_nevisande_akkas",
        "https://khabarrud.example.ir/shahr/pol",
        story(
            "fa",
            "پل عابر پیاده دوباره باز شد",
            '<div class="author">خبرنگار: علی رضایی | عکاس: مریم احمدی</div>',
            site="خبر رود",
        ),
        ("علی رضایی",),
    ),
    (
        "ur_report",
        "https://roznamadarya.example.pk/shehar/pul",
        story(
            "ur",
            "پیدل پل دوبارہ کھل گیا",
            '<div class="author">رپورٹ: محمد عمران</div>',
            site="روزنامہ دریا",
        ),
        ("محمد عمران",),
    ),
    (
        "ar_kataba_two_waw",
        "https://akhbarannahr.example.net/local/jisr",
        story(
            "ar",
            "إعادة افتتاح جسر المشاة",
            '<div class="author">كتب: سارة الحسيني ومحمد العلي</div>',
            site="أخبار النهر",
        ),
        ("سارة الحسيني", "محمد العلي"),
    ),
    (
        "ar_murasil_bin",
        "https://akhbarannahr.example.net/local/jisr-souq",
        story(
            "ar",
            "السكان يعودون إلى السوق",
            '<div class="author">مراسل أخبار النهر: خالد بن سالم</div>',
            site="أخبار النهر",
        ),
        ("خالد بن سالم",),
    ),
    # --- Hindi, Bengali, Tamil
    (
        "hi_report_photo",
        "https://nadisamachar.example.in/shahar/pul",
        story(
            "hi",
            "पैदल पुल फिर से खुला",
            '<div class="author">रिपोर्ट: अमित कुमार, फोटो: सुनील वर्मा</div>',
            site="नदी समाचार",
        ),
        ("अमित कुमार",),
    ),
    (
        "bn_nijosso_protibedok_desk",
        "https://nodirkhobor.example.com.bd/city/setu",
        story(
            "bn",
            "পুরনো সেতু আবার খুলল",
            '<div class="author">নিজস্ব প্রতিবেদক</div>',
            site="নদীর খবর",
        ),
        (),
    ),
    (
        "ta_ezhuthiyavar",
        "https://aatruseithi.example.in/ur/palam",
        blog(
            "ta",
            "பழைய நடைபாலம் மீண்டும் திறப்பு",
            '<span class="byline">எழுதியவர்: கார்த்திக் ராஜா</span>',
            site="ஆற்றுச் செய்தி",
        ),
        ("கார்த்திக் ராஜா",),
    ),
    # --- Swahili, Amharic
    (
        "sw_na_two_names",
        "https://habarizamto.example.co.tz/mtaa/daraja",
        story(
            "sw",
            "Daraja la zamani lafunguliwa tena",
            '<p class="mwandishi">Na Asha Said na Baraka Kimaro</p>',
            site="Habari za Mto",
        ),
        ("Asha Said", "Baraka Kimaro"),
    ),
    (
        "am_zegabi",
        "https://yewenzuzena.example.et/ketema/dildiy",
        story(
            "am",
            "የእግረኛ ድልድዩ እንደገና ተከፈተ",
            '<div class="author">ዘጋቢ፡ አበበ ከበደ</div>',
            site="የወንዙ ዜና",
        ),
        ("አበበ ከበደ",),
    ),
    # --- Chinese, Japanese, Korean
    (
        "zh_tw_jizhe_slash_place",
        "https://heanbao.example.tw/local/bridge",
        story(
            "zh",
            "河上舊人行橋重新開放",
            '<div class="author">記者陳怡安／新竹報導</div>',
            site="河岸報",
        ),
        ("陳怡安",),
    ),
    (
        "zh_cn_jizhe_two_spaced",
        "https://hebinribao.example.cn/city/bridge",
        story(
            "zh-cn",
            "旧人行桥重新开放",
            '<div class="author">本报记者 李华 张伟</div>',
            site="河滨日报",
        ),
        ("李华", "张伟"),
    ),
    (
        "ja_bun_shashin",
        "https://kawabe-shimbun.example.jp/local/bridge",
        story(
            "ja",
            "古い歩道橋が再開通",
            '<div class="author">文：佐藤花子　写真：鈴木一郎</div>',
            site="川辺新聞",
        ),
        ("佐藤花子",),
    ),
    (
        "ko_two_names_middle_dot_gija",
        "https://gangbyeonilbo.example.kr/news/bridge",
        story(
            "ko",
            "오래된 보행교 다시 개통",
            '<div class="byline">김민수·이지은 기자</div>',
            site="강변일보",
        ),
        ("김민수", "이지은"),
    ),
]

# A second group, blind after the first's fixes: the bylines in elements whose class names no
# author (a meta line, an info box, a plain paragraph), author boxes closing the article,
# author markup of other kinds, and credits that name no writer.
PROBES += [
    (
        "id_laporan_wartawan_plain_p",
        "https://kabarsungai.example.id/kota/jembatan-laporan",
        story(
            "id",
            "Jembatan kembali ramai",
            '<p class="info">Laporan Wartawan Kabar Sungai, Yoga Pratama</p>',
            site="Kabar Sungai",
        ),
        ("Yoga Pratama",),
    ),
    (
        "id_tentang_penulis_box",
        "https://catatanjalan.example.id/2024/04/jembatan",
        blog(
            "id",
            "Menyeberang lagi",
            "9 April 2024",
            site="Catatan Jalan",
            after='<div class="author-bio"><h3>Tentang Penulis</h3><p><strong>Intan '
            "Permatasari</strong> adalah guru dan penulis lepas di Palembang.</p></div>",
        ),
        ("Intan Permatasari",),
    ),
    (
        "ms_wartawan_role_after",
        "https://beritalembah.example.my/tempatan/jambatan-wartawan",
        story(
            "ms",
            "Jambatan kembali sibuk",
            '<p class="meta">Nurul Huda binti Ismail, Wartawan Berita Lembah</p>',
            site="Berita Lembah",
        ),
        ("Nurul Huda binti Ismail",),
    ),
    (
        "tr_tarafindan_plain",
        "https://nehirhaber.example.com.tr/yerel/kopru-tarafindan",
        story(
            "tr",
            "Köprü yeniden hizmette",
            '<p class="meta">Selin Aktaş tarafından yazıldı | 09.04.2024</p>',
            site="Nehir Haber",
        ),
        ("Selin Aktaş",),
    ),
    (
        "tr_yazar_hakkinda_box",
        "https://kopruyazilari.example.com.tr/2024/04/kopru-kutu",
        blog(
            "tr",
            "Köprü ve şehir",
            "9 Nisan 2024",
            site="Köprü Yazıları",
            after='<div class="yazar-kutusu"><h4>Yazar Hakkında</h4><p class="ad">Burak '
            "Çelik</p><p>Şehir plancısı, köprüler üzerine yazıyor.</p></div>",
        ),
        ("Burak Çelik",),
    ),
    (
        "vi_pv_abbrev_closing",
        "https://baosongque.example.vn/doi-song/cau-pv",
        story(
            "vi",
            "Cầu đi bộ đông người trở lại",
            "",
            site="Báo Sông Quê",
            after='<p style="text-align:right"><strong>Hoàng Anh - Thu Hà</strong></p>',
        ),
        ("Hoàng Anh", "Thu Hà"),
    ),
    (
        "pl_recenzja_microdata",
        "https://kinoznadrzeki.example.pl/recenzje/kladka",
        blog(
            "pl",
            "Recenzja: „Kładka”",
            '<span itemprop="author" itemscope itemtype="https://schema.org/Person"><span '
            'itemprop="name">Katarzyna Wróblewska</span></span> · 9 kwietnia 2024',
            site="Kino znad Rzeki",
        ),
        ("Katarzyna Wróblewska",),
    ),
    (
        "cs_university_desk_credit",
        "https://www.univerzita-nadreci.example.cz/aktuality/lavka-2",
        plain(
            "cs",
            "Univerzita otevřela lávku do kampusu",
            f'<p class="meta">9. 4. 2024 | Autor: Oddělení komunikace</p>{_text("cs")}',
            site="Univerzita nad Řekou",
        ),
        (),
    ),
    (
        "sk_press_release_kontakt",
        "https://mesto-nadriekou.example.sk/tlacove-spravy/lavka",
        plain(
            "sk",
            "Tlačová správa: lávka cez rieku opäť otvorená",
            f"<p>9. 4. 2024</p>{_text('sk')}<p>Kontakt pre médiá: Zuzana Hrušková, "
            "hovorkyňa mesta, tel. 0900 123 456</p>",
            site="Mesto nad Riekou",
        ),
        (),
    ),
    (
        "ro_meta_author_plain_line",
        "https://ziaruldinvale.example.ro/local/pasarela-meta",
        story(
            "ro",
            "Pasarela, din nou plină",
            '<p class="info">Mihaela Dumitrescu | 09.04.2024</p>',
            site="Ziarul din Vale",
            head='<meta name="author" content="Mihaela Dumitrescu">',
        ),
        ("Mihaela Dumitrescu",),
    ),
    (
        "hu_szerzo_box_end",
        "https://folyopartihirek.example.hu/helyi/gyaloghid-szerzo",
        story(
            "hu",
            "Hídavató a folyónál",
            "",
            site="Folyóparti Hírek",
            after='<div class="szerzo-doboz"><span class="label">Szerző</span> <a '
            'href="/szerzo/balogh-reka">Balogh Réka</a></div>',
        ),
        ("Balogh Réka",),
    ),
    (
        "el_tou_genitive",
        "https://potamisimera.example.gr/topika/pezogefyra-tou",
        story(
            "el",
            "Η γέφυρα ξανά ανοιχτή",
            '<div class="author">Του Γιώργου Παπαδόπουλου</div>',
            site="Ποτάμι Σήμερα",
        ),
        ("Γιώργου Παπαδόπουλου",),
    ),
    (
        "uk_caps_cyrillic",
        "https://vistynadrichchia.example.ua/misto/mist-caps",
        story(
            "uk",
            "Міст знову працює",
            '<div class="author">ІРИНА БОНДАРЕНКО</div>',
            site="Вісті Надріччя",
        ),
        ("Ірина Бондаренко",),
    ),
    (
        "bg_foto_caption_not_author",
        "https://vestnikreka.example.bg/grad/most-snimka",
        story(
            "bg",
            "Мостът отново е отворен",
            '<p class="meta">Петя Николова</p>',
            site="Вестник Река",
            after='<figure><img src="/m.jpg" alt=""><figcaption>Снимка: Георги Тодоров'
            "</figcaption></figure>",
        ),
        ("Петя Николова",),
    ),
    (
        "hr_autor_link_profile",
        "https://rijecnilist.example.hr/vijesti/most-autor",
        story(
            "hr",
            "Most opet pun",
            '<span class="meta">Autor: <a href="/autori/tomislav-kovacevic">Tomislav '
            "Kovačević</a></span> ",
            site="Riječni list",
        ),
        ("Tomislav Kovačević",),
    ),
    (
        "he_meet_plain_p",
        "https://hadashot-hanahar.example.co.il/local/gesher-2",
        story(
            "he",
            "הגשר שוב פתוח",
            '<p class="meta">מאת נועה ברק</p>',
            site="חדשות הנהר",
        ),
        ("נועה ברק",),
    ),
    (
        "fa_be_ghalam",
        "https://khabarrud.example.ir/shahr/pol-2",
        story(
            "fa",
            "بازگشایی پل قدیمی",
            '<p class="meta">به قلم: سارا محمدی</p>',
            site="خبر رود",
        ),
        ("سارا محمدی",),
    ),
    (
        "ar_jsonld_person_array_with_org",
        "https://akhbarannahr.example.net/local/jisr-ld",
        story(
            "ar",
            "الجسر يعود للعمل",
            "",
            site="أخبار النهر",
            head=ld(
                headline="الجسر يعود للعمل",
                author=[
                    {"@type": "Person", "name": "ليلى عبد الرحمن"},
                    {"@type": "Organization", "name": "أخبار النهر"},
                ],
            ),
        ),
        ("ليلى عبد الرحمن",),
    ),
    (
        "hi_dwara_plain",
        "https://nadisamachar.example.in/shahar/pul-2",
        story(
            "hi",
            "पुराना पुल फिर चालू",
            '<p class="meta">नेहा सिंह द्वारा | 9 अप्रैल 2024</p>',
            site="नदी समाचार",
        ),
        ("नेहा सिंह",),
    ),
    (
        "bn_protibedok_name",
        "https://nodirkhobor.example.com.bd/city/setu-2",
        story(
            "bn",
            "সেতু আবার চালু",
            '<p class="meta">প্রতিবেদক: তানভীর আহমেদ</p>',
            site="নদীর খবর",
        ),
        ("তানভীর আহমেদ",),
    ),
    (
        "sw_mwandishi_label",
        "https://habarizamto.example.co.tz/mtaa/daraja-2",
        story(
            "sw",
            "Daraja lafunguliwa",
            '<p class="meta">Mwandishi: Neema Mushi</p>',
            site="Habari za Mto",
        ),
        ("Neema Mushi",),
    ),
    (
        "ja_closing_brackets_name",
        "https://kawabe-shimbun.example.jp/local/bridge-2",
        story(
            "ja",
            "歩道橋に人が戻る",
            "",
            site="川辺新聞",
            after="<p>（高橋美咲）</p>",
        ),
        ("高橋美咲",),
    ),
    (
        "ko_gija_email",
        "https://gangbyeonilbo.example.kr/news/bridge-2",
        story(
            "ko",
            "보행교에 다시 사람들",
            '<p class="meta">최유진 기자 yujin@gangbyeon.example.kr</p>',
            site="강변일보",
        ),
        ("최유진",),
    ),
    (
        "zh_cn_wen_tu_spaced_slash",
        "https://hebinribao.example.cn/city/bridge-2",
        story(
            "zh-cn",
            "人行桥恢复通行",
            '<p class="meta">文/王丽 图/赵强</p>',
            site="河滨日报",
        ),
        ("王丽",),
    ),
    (
        "pt_br_forum_post",
        "https://forumdoribeirao.example.com.br/viewtopic.php?t=77",
        forum("pt-BR", "Passarela reaberta!", "pescador_sp", "ana.bia", site="Fórum do Ribeirão"),
        ("pescador_sp",),
    ),
]

# A third group, blind after the second's fix: labels and credits of other kinds (the writer
# who took the pictures too, a desk, a one-word name, a blog's handle, an agency).
PROBES += [
    (
        "cs_text_a_foto",
        "https://listypodreky.example.cz/zpravy/lavka-foto",
        story(
            "cs",
            "Lávka v obrazech",
            '<p class="autor">Text a foto: Jan Novotný</p>',
            site="Listy pod řekou",
        ),
        ("Jan Novotný",),
    ),
    (
        "uk_tekst_foto_sentence_dot",
        "https://vistynadrichchia.example.ua/misto/mist-foto",
        story(
            "uk",
            "Міст у світлинах",
            '<p class="author">Текст: Оксана Ткачук. Фото: Ігор Ляшенко</p>',
            site="Вісті Надріччя",
        ),
        ("Оксана Ткачук",),
    ),
    (
        "sw_na_mwandishi_wetu_desk",
        "https://habarizamto.example.co.tz/mtaa/daraja-3",
        story(
            "sw",
            "Daraja lakarabatiwa",
            '<p class="mwandishi">Na Mwandishi Wetu</p>',
            site="Habari za Mto",
        ),
        (),
    ),
    (
        "tr_haber_merkezi_desk",
        "https://nehirhaber.example.com.tr/yerel/kopru-merkez",
        story(
            "tr",
            "Köprüde yoğunluk",
            '<div class="muhabir">Haber Merkezi</div>',
            site="Nehir Haber",
        ),
        (),
    ),
    (
        "he_tsilum_and_meet",
        "https://hadashot-hanahar.example.co.il/local/gesher-3",
        story(
            "he",
            "הגשר בתמונות",
            '<div class="author">מאת: רונית אלון</div>',
            site="חדשות הנהר",
            after='<figure><img src="/g.jpg" alt=""><figcaption>צילום: יוסי לוי'
            "</figcaption></figure>",
        ),
        ("רונית אלון",),
    ),
    (
        "fa_gozaresh_az",
        "https://khabarrud.example.ir/shahr/pol-3",
        story(
            "fa",
            "پل شلوغ شد",
            '<div class="author">گزارش از: رضا کریمی</div>',
            site="خبر رود",
        ),
        ("رضا کریمی",),
    ),
    (
        "ta_one_word_name",
        "https://aatruseithi.example.in/ur/palam-2",
        story(
            "ta",
            "பாலம் மீண்டும் திறப்பு",
            '<div class="author">செய்தியாளர்: முருகன்</div>',
            site="ஆற்றுச் செய்தி",
        ),
        ("முருகன்",),
    ),
    (
        "am_tsehafi",
        "https://yewenzuzena.example.et/ketema/dildiy-2",
        story(
            "am",
            "ድልድዩ ተከፈተ",
            '<div class="author">ጸሐፊ፡ ሰላም ታደሰ</div>',
            site="የወንዙ ዜና",
        ),
        ("ሰላም ታደሰ",),
    ),
    (
        "ko_geul_sajin_one",
        "https://gangbyeonilbo.example.kr/news/bridge-3",
        story(
            "ko",
            "보행교 산책",
            '<div class="byline">글·사진 박서준</div>',
            site="강변일보",
        ),
        ("박서준",),
    ),
    (
        "ja_blog_toukousha_handle",
        "https://kawabe-blog.example.jp/entry/bridge",
        blog(
            "ja",
            "歩道橋を歩いてきた",
            '<span class="author">投稿者：さくら</span>',
            site="かわべ日記",
        ),
        ("さくら",),
    ),
    (
        "bg_avtor_bta_agency",
        "https://vestnikreka.example.bg/grad/most-bta",
        story(
            "bg",
            "Мостът е ремонтиран",
            '<p class="author">Автор: БТА</p>',
            site="Вестник Река",
        ),
        ("БТА",),
    ),
    (
        "vi_pv_label",
        "https://baosongque.example.vn/doi-song/cau-pv2",
        story(
            "vi",
            "Cầu đông vui trở lại",
            '<p class="author">PV: Phạm Thu Hương</p>',
            site="Báo Sông Quê",
        ),
        ("Phạm Thu Hương",),
    ),
]

# Blind (before any fix): newsextract 49 of 53 pages right (author-set F1 0.925), trafilatura
# 5 of 53 (F1 0.107). Fixed since, by method (language data): Portuguese "crítica por" (a
# review's credit) and Thai "ข่าว:" (news: its reporter) read as labels inside an author's
# element only. newsextract 51 of 53 (F1 0.962); trafilatura unchanged.
# The second group, blind after those: newsextract 22 of 25 (F1 0.880), trafilatura 6 of 25
# (F1 0.240). Fixed since: an author box's heading opened by a byline label ("Yazar
# Hakkında", "about the writer") no longer gives its "about" word as a name ('Hakkında'); the
# box's name is still not read (its classes are Turkish). The third group, blind after that:
# newsextract 10 of 12 (F1 0.833), trafilatura 2 of 12 (F1 0.167); fixed since: Persian
# "گزارش از" (report by) and Vietnamese "PV" (phóng viên, reporter) as labels in an author's
# element only (in free text the one opens "a report on …", the other an interviewer's
# question). In all: newsextract 85 of 90 (F1 0.944), trafilatura 13 of 90 (F1 0.152).
_OPEN: dict[tuple[str, str], str] = {
    ("cs_university_text_mgr", "authors"): "the project keeps a title as printed before a name "
    "(docs/field-authors.md: 'Mgr.', 'dr.', as the evaluation truths keep 'Dr.'); the truth "
    "here, written blind, drops it",
    ("tr_yazar_hakkinda_box", "authors"): "the box's classes are Turkish ('yazar-kutusu', "
    "'ad'): none names an author, and a heading alone then a paragraph is no byline line",
    ("ms_wartawan_role_after", "authors"): "no label and no date: a name before a role in a "
    "meta line whose class names no author is not read (a place or a desk is written so too)",
    ("bg_foto_caption_not_author", "authors"): "a name alone in a meta line whose class names "
    "no author, the date in another element: not read (a section's name is written so too)",
    ("ar_murasil_bin", "authors"): "a role word, then the outlet's name, then the colon "
    "('مراسل أخبار النهر: NAME'): the outlet's words between role and colon make it no label",
}
_CASES = field_cases(PROBES, FIELDS, _OPEN)


@pytest.mark.parametrize(("url", "html", "field", "want"), _CASES)
def test_blind_author_probe_75(url: str, html: str, field: str, want: object) -> None:
    got = getattr(newsextract.extract(html, url=url), field)
    assert matches(field, got, want), f"{field}: {got!r}"


if __name__ == "__main__":  # pragma: no cover
    report_authors(PROBES)
