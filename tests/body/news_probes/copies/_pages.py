"""The thirty copies: each a story in one rendering, with the furniture in its language."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from ..pages import Probes
from ._renderings import (
    AmpWords,
    Letter,
    LiteWords,
    Partner,
    PrintWords,
    ReaderApp,
    Rendering,
    amp,
    archive_banner,
    cache_wrapper,
    feed_item,
    instant,
    lite,
    newsletter,
    print_view,
    reader_view,
    replay_toolbar,
    snapshot,
    syndicated,
)
from ._stories import (
    AR,
    CS,
    DE,
    EN,
    ES,
    FR,
    HI,
    ID,
    IT,
    JA,
    KO,
    NL,
    PL,
    PT,
    RU,
    SV,
    TR,
    VI,
    ZH,
    Story,
)

PROBES = Probes()
# A copy's metadata: name, url, html, title, authors, published, publisher (``...`` not judged)
META: list[tuple[Any, ...]] = []


def add(
    name: str, story: Story, copy: Rendering, *, publisher: object = None, dated: bool = True
) -> None:
    """The copy as a body probe (the story's paragraphs, none of ``copy.out``) and as a
    metadata probe (the story's title, authors, day, and its site as the publisher unless
    ``publisher`` says otherwise: ``...`` where the copy does not name it)."""
    PROBES.add(name, copy.url, copy.html, story.paras, copy.out)
    META.append(
        (
            name,
            copy.url,
            copy.html,
            story.title,
            story.authors,
            story.published if dated else ...,
            story.site if publisher is None else publisher,
        )
    )


# --- web archives' replays: the toolbar or banner over the page, addresses rewritten

add("en_replay_toolbar_hidden", EN, replay_toolbar(EN, captures=412, hidden=True))
add("de_replay_toolbar_shown", DE, replay_toolbar(DE, captures=38, hidden=False))
add("ru_replay_toolbar_shown", RU, replay_toolbar(RU, captures=7, hidden=False))

_PL_LINES = (
    "Przeglądasz archiwalną kopię strony zapisaną 12 lipca 2024 o 06:41.",
    "Ta kopia może różnić się od oryginału.",
    "Wszystkie kopie (37)",
    "Zobacz wersję aktualną",
)
add(
    "pl_national_archive_banner",
    PL,
    archive_banner(
        PL,
        banner=(
            '<div id="archive-banner" role="banner" style="background:#222;color:#eee">'
            '<a href="/"><img src="/static/archiwum.svg" alt="Archiwum Sieci"></a>'
            f"<p>{_PL_LINES[0]}</p><p>{_PL_LINES[1]} <a href='/list/'>{_PL_LINES[2]}</a> · "
            f"<a href='{PL.url}'>{_PL_LINES[3]}</a></p></div>"
        ),
        lines=_PL_LINES,
        host="archiwum-sieci.example.pl",
    ),
)
_JA_LINES = (
    "このページはウェブ保存事業により2024年3月8日に保存されたものです。",
    "保存日時：2024年3月8日 15:41",
    "最新の保存版を見る",
)
add(
    "ja_national_archive_banner",
    JA,
    archive_banner(
        JA,
        banner=(
            '<div class="warc-header" style="border-bottom:2px solid #900">'
            f'<p class="warc-notice">{_JA_LINES[0]}</p><dl><dt>元のURL</dt><dd>{JA.url}</dd>'
            f'</dl><p>{_JA_LINES[1]}</p><a href="/list/">{_JA_LINES[2]}</a></div>'
        ),
        lines=_JA_LINES,
        host="hozon.example.jp",
    ),
)

# --- archive snapshots: the archive's own head and header, the page inlined

add("es_snapshot_inlined", ES, snapshot(ES, capture=datetime(2024, 5, 11, 17, 3, 9)))
add("tr_snapshot_inlined", TR, snapshot(TR, capture=datetime(2024, 4, 19, 6, 55, 30)))

# --- AMP pages

add(
    "it_amp",
    IT,
    amp(
        IT,
        AmpWords(
            menu=("Cronaca", "Sport", "Economia", "Cultura e spettacoli"),
            consent="Utilizziamo i cookie per personalizzare contenuti e annunci.",
            accept="Accetta",
            ad="Pubblicità",
            share="Condividi",
            next_label="Articolo successivo",
            next_titles=(
                "Bellagio, il traghetto notturno raddoppia le corse estive",
                "Dongo, apre il museo della pesca lacustre",
            ),
            full="Vai alla versione completa del sito",
            caption="Il battello Concordia al pontile di Como.",
        ),
    ),
)
add(
    "pt_amp_carousel",
    PT,
    amp(
        PT,
        AmpWords(
            menu=("Sociedade", "Política", "Desporto", "Cultura"),
            consent="Este sítio utiliza cookies para melhorar a sua experiência de navegação.",
            accept="Aceitar",
            ad="Publicidade",
            share="Partilhar",
            next_label="Próximo artigo",
            next_titles=(
                "Mértola recebe festival de música tradicional em maio",
                "Barragem do Alqueva atinge cota máxima do ano",
            ),
            full="Ver versão completa",
            caption="O forno comunitário na praça da aldeia.",
        ),
        carousel=("O casal de padeiros à porta do forno.", "Broas de milho acabadas de cozer."),
    ),
)
add(
    "hi_amp",
    HI,
    amp(
        HI,
        AmpWords(
            menu=("देश", "राजस्थान", "खेल", "मनोरंजन"),
            consent="हम आपके अनुभव को बेहतर बनाने के लिए कुकीज़ का उपयोग करते हैं।",
            accept="स्वीकार करें",
            ad="विज्ञापन",
            share="शेयर करें",
            next_label="अगली ख़बर",
            next_titles=(
                "उदयपुर में झीलों की सफ़ाई का अभियान शुरू",
                "किसानों को अब गाँव में ही मिलेगा बीज",
            ),
            full="पूरी वेबसाइट देखें",
            caption="भीमपुरा की बावड़ी में भरा पानी।",
        ),
    ),
)
add(
    "nl_amp_carousel",
    NL,
    amp(
        NL,
        AmpWords(
            menu=("Regio", "Sport", "Economie", "Uitgaan"),
            consent="Wij gebruiken cookies om de website goed te laten werken.",
            accept="Akkoord",
            ad="Advertentie",
            share="Delen",
            next_label="Volgend artikel",
            next_titles=(
                "Gorinchem krijgt een nieuwe markt op zaterdag",
                "Fietspad langs de Linge wordt verbreed",
            ),
            full="Bekijk de volledige website",
            caption="Het pontje bij Asperen.",
        ),
        carousel=("Veerman aan het roer.", "De nieuwe motor in de romp."),
    ),
)

# --- print views

add(
    "de_print_view",
    DE,
    print_view(
        DE,
        PrintWords(
            print_="Seite drucken",
            close="Fenster schließen",
            printed="Gedruckt am",
            address="Adresse dieses Artikels:",
            rights="Alle Rechte vorbehalten. Vervielfältigung nur mit Genehmigung.",
        ),
        link=("Tarifseite", "https://www.kesselberg-bahn.de/tarife"),
    ),
)
add(
    "cs_print_view",
    CS,
    print_view(
        CS,
        PrintWords(
            print_="Vytisknout",
            close="Zavřít okno",
            printed="Vytištěno",
            address="Adresa článku:",
            rights="Všechna práva vyhrazena. Šíření obsahu bez souhlasu je zakázáno.",
        ),
        link=("program pouti", "https://www.kacov.cz/pout-2024"),
    ),
)
add(
    "fr_print_view",
    FR,
    print_view(
        FR,
        PrintWords(
            print_="Imprimer cette page",
            close="Fermer la fenêtre",
            printed="Imprimé le",
            address="Adresse de l'article :",
            rights="Tous droits réservés. Reproduction interdite sans autorisation.",
        ),
        link=("le site de la commune", "https://www.saint-aubrac.fr/ecole"),
    ),
)

# --- text-only and reader views

add(
    "en_lite_text_only",
    EN,
    lite(
        EN,
        LiteWords(
            edition="Lite",
            updated="Updated",
            source="Source",
            full_article="See full web article",
            full_site="Go to the full Harbour Ledger site",
            note="You are viewing the text-only edition: no pictures, no scripts.",
        ),
    ),
)
add(
    "sv_lite_text_only",
    SV,
    lite(
        SV,
        LiteWords(
            edition="Text",
            updated="Uppdaterad",
            source="Källa",
            full_article="Läs hela artikeln på webben",
            full_site="Gå till den vanliga sajten",
            note="Du läser textversionen utan bilder och skript.",
        ),
    ),
)
add("sv_reader_view", SV, reader_view(SV, minutes="3–4 minuter"), publisher=..., dated=False)
add("zh_reader_view", ZH, reader_view(ZH, minutes="3-4 分钟"), publisher=..., dated=False)

# --- syndicated copies on a partner's site: the source's name is the publisher

add(
    "en_syndicated_note_after",
    EN,
    syndicated(
        EN,
        Partner(
            name="Coastline Daily",
            host="www.coastlinedaily.com",
            menu=("Home", "Coast", "Outdoors", "Opinion"),
            note="This article originally appeared in",
            more="More from Coastline Daily",
            more_titles=(
                "Seal pups spotted on the north beach for the first time in years",
                "Ferry fares to rise by ten per cent from April",
            ),
            newsletter="Get the best of the coast in your inbox every Friday.",
        ),
        note_first=False,
    ),
)
add(
    "de_syndicated_note_first",
    DE,
    syndicated(
        DE,
        Partner(
            name="Alpenland Online",
            host="www.alpenland-online.de",
            menu=("Start", "Bayern", "Freizeit", "Wetter"),
            note="Dieser Artikel erschien zuerst bei",
            more="Mehr von Alpenland Online",
            more_titles=(
                "Wanderwege im Isartal nach Sturm wieder frei",
                "Neue Almhütte am Herzogstand eröffnet",
            ),
            newsletter="Der Alpenland-Newsletter: jeden Freitag die besten Ausflugstipps.",
        ),
        note_first=True,
    ),
)
add(
    "es_syndicated_note_after",
    ES,
    syndicated(
        ES,
        Partner(
            name="Red de Diarios del Sureste",
            host="www.rediariossureste.es",
            menu=("Portada", "Región", "Campo", "Opinión"),
            note="Este artículo fue publicado originalmente en",
            more="Más de Red de Diarios del Sureste",
            more_titles=(
                "Las lluvias de abril salvan la cosecha de almendra",
                "Abre el nuevo mercado de abastos de Cieza",
            ),
            newsletter="Recibe cada mañana las noticias del campo en tu correo.",
        ),
        note_first=False,
    ),
)
add(
    "id_syndicated_note_first",
    ID,
    syndicated(
        ID,
        Partner(
            name="Jaringan Berita Nusantara",
            host="www.jaringanberita.id",
            menu=("Beranda", "Nasional", "Daerah", "Olahraga"),
            note="Artikel ini pertama kali terbit di",
            more="Berita lain dari Jaringan Berita Nusantara",
            more_titles=(
                "Harga ikan di pelabuhan naik menjelang musim angin barat",
                "Jembatan gantung desa pesisir diresmikan",
            ),
            newsletter="Dapatkan ringkasan berita pilihan setiap pagi di surel Anda.",
        ),
        note_first=True,
    ),
)

# --- a feed item's full content, rendered as a page by a feed reader

add(
    "fr_feed_item_page",
    FR,
    feed_item(
        FR,
        ReaderApp(
            app="Lectorium",
            feeds=("Le Journal des Cévennes", "Blog du jardinier"),
            actions=("Marquer comme lu", "Ajouter aux favoris", "Partager"),
            open_original="Voir l'article original",
            from_="depuis",
            appeared=(
                "L'article Dans l'Aveyron, une école de village rouvre grâce à dix nouvelles "
                "familles est apparu en premier sur Le Courrier des Causses."
            ),
        ),
    ),
)
add(
    "vi_feed_item_page",
    VI,
    feed_item(
        VI,
        ReaderApp(
            app="DocTin",
            feeds=("Báo Miền Tây", "Nhật ký nông dân"),
            actions=("Đánh dấu đã đọc", "Lưu bài", "Chia sẻ"),
            open_original="Xem bài gốc",
            from_="từ",
            appeared="Bài viết này được đăng lần đầu trên Tin Miền Sông Nước.",
        ),
    ),
)

# --- a newsletter's web version of one story

add(
    "en_newsletter_web_version",
    EN,
    newsletter(
        EN,
        Letter(
            name="The Morning Tide",
            subject="The Morning Tide: the pool is back",
            view="View this email in your browser",
            preheader="Plus: two winters of repairs, and who paid for them",
            read_on="Read it on our website",
            forward="Forward to a friend",
            why="You are receiving this email because you signed up for The Morning Tide.",
            unsubscribe="Unsubscribe or manage your preferences",
        ),
    ),
)
add(
    "cs_newsletter_web_version",
    CS,
    newsletter(
        CS,
        Letter(
            name="Ranní Posázaví",
            subject="Ranní Posázaví: zbrojnice bude kavárnou",
            view="Zobrazit e-mail v prohlížeči",
            preheader="A také: co bude v muzeu požární techniky",
            read_on="Číst na webu",
            forward="Přeposlat známému",
            why="Tento e-mail dostáváte, protože jste se přihlásili k odběru novinek.",
            unsubscribe="Odhlásit odběr",
        ),
    ),
)

# --- instant articles

add(
    "ar_instant_article",
    AR,
    instant(
        AR,
        kicker="محليات",
        credit="تصوير: سامي العلي",
        related=("افتتاح سوق جديد للتمور في الواحة", "البلدية تعلن عن خط حافلات بين القرى"),
    ),
    publisher=...,
)
add(
    "ko_instant_article",
    KO,
    instant(
        KO,
        kicker="지역",
        credit="사진: 박민호 기자",
        related=("섬마을 여객선 운항 횟수 늘린다", "해안 산책로 정비 공사 이달 마무리"),
    ),
    publisher=...,
)

# --- a search engine's cache: its header over the page as crawled

_KO_LINES = (
    "이 페이지는 2024년 6월 7일 03:12:40 GMT에 표시된 페이지의 스냅샷입니다.",
    "그 사이 현재 페이지가 변경되었을 수 있습니다.",
    "텍스트 전용 버전",
)
add(
    "ko_cache_wrapper",
    KO,
    cache_wrapper(
        KO,
        header=(
            f'<div class="cache-head"><p>이 페이지는 <a href="{KO.url}">{KO.url}</a>의 캐시입니다. '
            f"{_KO_LINES[0]} {_KO_LINES[1]} <a href='/help'>자세히 알아보기</a></p><p>"
            f"<a href='?full'>전체 버전</a> <a href='?strip=1'>{_KO_LINES[2]}</a> "
            "<a href='?vwsrc=1'>소스 보기</a></p></div>"
        ),
        lines=_KO_LINES,
        text_only=False,
    ),
)
_ZH_LINES = (
    "这是网页的快照，它显示的是该网页在2024年5月2日 08:15:09 GMT时的状态。",
    "在此期间，当前页面可能已经更改。",
    "纯文字版本",
)
add(
    "zh_cache_wrapper",
    ZH,
    cache_wrapper(
        ZH,
        header=(
            f'<div class="cache-head"><p>{_ZH_LINES[0]}{_ZH_LINES[1]}<a href="/help">了解详情</a>'
            f"</p><p><a href='?full'>完整版本</a> <a href='?strip=1'>{_ZH_LINES[2]}</a></p></div>"
        ),
        lines=_ZH_LINES,
        text_only=False,
    ),
)
_IT_LINES = (
    "Questa è la copia cache di una pagina web, salvata il 18 giu 2024 10:04:51 GMT.",
    "La pagina corrente potrebbe essere stata modificata nel frattempo.",
    "Versione solo testo",
)
add(
    "it_cache_text_only",
    IT,
    cache_wrapper(
        IT,
        header=(
            f'<div class="cache-head"><p>{_IT_LINES[0]} {_IT_LINES[1]} <a href="/help">Ulteriori '
            f"informazioni</a></p><p><a href='?full'>Versione completa</a> <b>{_IT_LINES[2]}</b>"
            "</p></div>"
        ),
        lines=_IT_LINES,
        text_only=True,
    ),
)
