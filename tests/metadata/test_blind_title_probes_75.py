"""A twelfth blind title probe (issue 12): news stories on publishers never seen, written
before the title code was read for this round, in languages and scripts the dev sets lack or
hold little of (Brazilian Portuguese, Indonesian, Vietnamese, Thai, Turkish, Polish, Czech,
Romanian, Hungarian, Greek, Ukrainian, Hebrew and Persian and Arabic right to left, Hindi,
Bengali, Tamil, Swahili, Chinese, Japanese, Korean), with the headline traps news sites
have: a ``<title>`` and ``og:title`` with a section's and the site's name before or after in
various separators (``|``, ``-``, ``–``, ``—``, ``_``, ``｜``, a colon), a JSON-LD
``headline`` cut short or with a kicker, an ``<h1>`` holding a kicker or an overline in a
``<span>``, the site's logo in an ``<h1>``, live blogs with a "LIVE" badge, opinion columns
with an "Opinion |" prefix, AMP pages, an ``<h1>`` in a ``<header>`` before the article, a
second ``<h1>`` in a box before the story, headlines with quotation marks, colons and
question marks, upper-case headlines, an emoji, and a page with no ``<h1>`` at all.

Markers (the convention the expected titles follow, decided before anything ran): the title
is the story's own visible headline as the page shows it (both sets' truth says so), without
the site's or a section's name, a kicker or overline set apart in an element of its own, a
"LIVE" badge, an "Opinion" label, a "Breaking"/"Video" word the metadata prepends; its own
colon, question mark, quotation marks and emoji stay. A page with no ``<h1>`` has the
headline its story heading shows.

``python -m tests.metadata.test_blind_title_probes_75 /work/shared/eval`` prints both tools'
hits; the blind figure is in ``BLIND_FIGURES``. Every site, name and text here is invented."""

from __future__ import annotations

import pytest
from tests.metadata.language_probes.kit import field_cases, matches
from tests.metadata.test_blind_title_probes_72 import TEXTS
from tests.metadata.title_pages import ld, og_meta, paragraphs, probe_rows

import newsextract

# Text for the languages the earlier kits' TEXTS lack (invented, a sentence each).
_MORE_TEXTS = {
    "th": "ชาวบ้านรวมตัวกันที่ลานวัดเมื่อเช้านี้เพื่อฟังข่าวเรื่องโครงการประปาใหม่ของหมู่บ้าน",
    "sw": "Wakazi wa kijiji walikusanyika sokoni asubuhi kusikiliza habari za mradi mpya wa maji.",
    "az": "Şəhər sakinləri səhər meydanda toplaşaraq yeni kitabxananın açılışını izlədilər.",
    "ta": "நகரின் புதிய பேருந்து நிலையம் இன்று காலை பொதுமக்கள் பயன்பாட்டுக்குத் திறக்கப்பட்டது, "
    "நூற்றுக்கணக்கான பயணிகள் வருகை தந்தனர்.",
}


def _text(lang: str) -> str:
    return _MORE_TEXTS.get(lang) or TEXTS[lang]


def _url(name: str) -> str:
    return f"https://{name.replace('_', '-')}.example.com/news/2026/12/07/story-7521"


def _story(
    lang: str,
    site: str,
    heading: str,
    *,
    above: str = "",
    logo: str = "",
    before: str = "",
    head_block: bool = False,
) -> str:
    """A news page's body: the site's bar (``logo``, raw markup, else its name as a home link),
    ``before`` (raw markup: a box before the story), then the story: ``above`` and ``heading``
    (raw markup; in a ``<header>`` of its own before the ``<article>`` when ``head_block``), a
    date line, the text, a footer."""
    brand = logo or f'<a class="logo" href="/">{site}</a>'
    text = _text(lang)
    top = f"{above}{heading}"
    meta = '<div class="meta"><time datetime="2026-12-07T09:15:00+02:00">07.12.2026</time></div>'
    body = f'<div class="article-body">{paragraphs(text, text)}</div>'
    story = (
        f'<header class="article-header">{top}{meta}</header>'
        f'<article class="story">{body}</article>'
        if head_block
        else f'<article class="story"><div class="story-head">{top}</div>{meta}{body}</article>'
    )
    return (
        f'<header class="masthead">{brand}<nav class="menu"><ul><li><a href="/a/">·</a></li>'
        f'<li><a href="/b/">··</a></li></ul></nav></header><main>{before}{story}</main>'
        f'<footer class="site-footer">© 2026 {site}</footer>'
    )


def _row(
    name: str,
    lang: str,
    title: str,
    head: str,
    heading: str,
    want: str,
    *,
    site: str,
    above: str = "",
    logo: str = "",
    before: str = "",
    head_block: bool = False,
) -> tuple[str, str, str, str, str, str]:
    body = _story(lang, site, heading, above=above, logo=logo, before=before, head_block=head_block)
    return (name, lang, title, head, body, want)


def _h1(text: str) -> str:
    return f'<h1 class="headline">{text}</h1>'


def _kicker(text: str) -> str:
    return f'<div class="kicker">{text}</div>'


def _news_ld(headline: str, **more: str) -> str:
    return ld("NewsArticle", headline=headline, datePublished="2026-12-07T09:15:00+02:00", **more)


_ID_LONG = (
    "Pemerintah Kota Semarang Siapkan Tanggul Laut Sepanjang Tujuh Kilometer untuk Menahan "
    "Banjir Rob di Kawasan Pesisir Utara"
)
_PL_LONG = (
    "Rada miasta zdecydowała o budowie nowej linii tramwajowej na osiedle Zielone Wzgórze, "
    "pierwsze pociągi pojadą jesienią 2028 roku"
)

PROBES = probe_rows(
    [
        # --- Brazilian Portuguese --------------------------------------------------------------
        _row(
            "pt_br_title_section_and_site_pipes",
            "pt",
            "Chuva forte alaga ruas do centro do Recife | Pernambuco | Folha Capibaribe",
            og_meta("Chuva forte alaga ruas do centro do Recife", "Folha Capibaribe"),
            _h1("Chuva forte alaga ruas do centro do Recife"),
            "Chuva forte alaga ruas do centro do Recife",
            site="Folha Capibaribe",
        ),
        _row(
            "pt_br_kicker_span_in_h1",
            "pt",
            "Prefeito de Olinda anuncia candidatura à reeleição - Diário Capibaribe",
            _news_ld("Prefeito de Olinda anuncia candidatura à reeleição"),
            _h1(
                '<span class="kicker">Eleições 2026</span> '
                "Prefeito de Olinda anuncia candidatura à reeleição"
            ),
            "Prefeito de Olinda anuncia candidatura à reeleição",
            site="Diário Capibaribe",
        ),
        _row(
            "pt_br_live_blog_ao_vivo",
            "pt",
            "AO VIVO: Enchentes no Sul, últimas notícias | Jornal Minuano",
            og_meta("AO VIVO: Enchentes no Sul, últimas notícias", "Jornal Minuano"),
            _h1('<span class="live-badge">Ao vivo</span> Enchentes no Sul, últimas notícias'),
            "Enchentes no Sul, últimas notícias",
            site="Jornal Minuano",
        ),
        # --- Indonesian ------------------------------------------------------------------------
        _row(
            "id_site_prefix_hyphen",
            "id",
            "Kabar Nusa - Banjir Rob Rendam Pesisir Semarang",
            og_meta("Banjir Rob Rendam Pesisir Semarang", "Kabar Nusa"),
            _h1("Banjir Rob Rendam Pesisir Semarang"),
            "Banjir Rob Rendam Pesisir Semarang",
            site="Kabar Nusa",
        ),
        _row(
            "id_ld_headline_cut_at_110",
            "id",
            f"{_ID_LONG} | Warta Pantura",
            _news_ld(_ID_LONG[:107] + "..."),
            _h1(_ID_LONG),
            _ID_LONG,
            site="Warta Pantura",
        ),
        _row(
            "id_opini_prefix_and_kicker",
            "id",
            "Opini: Mengapa Kota Kita Butuh Lebih Banyak Taman | Suara Khatulistiwa",
            og_meta("Opini: Mengapa Kota Kita Butuh Lebih Banyak Taman", "Suara Khatulistiwa"),
            _h1("Mengapa Kota Kita Butuh Lebih Banyak Taman"),
            "Mengapa Kota Kita Butuh Lebih Banyak Taman",
            site="Suara Khatulistiwa",
            above=_kicker("Opini"),
        ),
        # --- Vietnamese ------------------------------------------------------------------------
        _row(
            "vi_h1_in_header_before_article",
            "vi",
            "Hà Nội mở thêm ba tuyến xe buýt điện - Báo Phố Thủ Đô",
            og_meta("Hà Nội mở thêm ba tuyến xe buýt điện", "Báo Phố Thủ Đô"),
            _h1("Hà Nội mở thêm ba tuyến xe buýt điện"),
            "Hà Nội mở thêm ba tuyến xe buýt điện",
            site="Báo Phố Thủ Đô",
            head_block=True,
        ),
        _row(
            "vi_logo_h1_and_story_h1",
            "vi",
            "Cầu mới bắc qua sông Hồng sẽ thông xe vào tháng Tư - Báo Sông Hồng",
            "",
            _h1("Cầu mới bắc qua sông Hồng sẽ thông xe vào tháng Tư"),
            "Cầu mới bắc qua sông Hồng sẽ thông xe vào tháng Tư",
            site="Báo Sông Hồng",
            logo='<h1 class="logo"><a href="/"><img src="/logo.png" alt="Báo Sông Hồng"></a></h1>',
        ),
        _row(
            "vi_uppercase_og_title",
            "vi",
            "Giá xăng giảm lần thứ ba liên tiếp | Kinh tế | Tin Nhanh Sài Gòn",
            og_meta("GIÁ XĂNG GIẢM LẦN THỨ BA LIÊN TIẾP", "Tin Nhanh Sài Gòn"),
            _h1("Giá xăng giảm lần thứ ba liên tiếp"),
            "Giá xăng giảm lần thứ ba liên tiếp",
            site="Tin Nhanh Sài Gòn",
        ),
        # --- Thai ------------------------------------------------------------------------------
        _row(
            "th_title_site_pipe",
            "th",
            "ฝนตกหนักทำน้ำท่วมถนนสายหลักในเชียงใหม่ | ข่าวเหนือวันนี้",
            og_meta("ฝนตกหนักทำน้ำท่วมถนนสายหลักในเชียงใหม่", "ข่าวเหนือวันนี้"),
            _h1("ฝนตกหนักทำน้ำท่วมถนนสายหลักในเชียงใหม่"),
            "ฝนตกหนักทำน้ำท่วมถนนสายหลักในเชียงใหม่",
            site="ข่าวเหนือวันนี้",
        ),
        _row(
            "th_no_h1_story_h2",
            "th",
            "รถไฟฟ้าสายใหม่เปิดให้บริการฟรีหนึ่งเดือน - ไทยข่าวเช้า",
            og_meta("รถไฟฟ้าสายใหม่เปิดให้บริการฟรีหนึ่งเดือน"),
            '<h2 class="news-title">รถไฟฟ้าสายใหม่เปิดให้บริการฟรีหนึ่งเดือน</h2>',
            "รถไฟฟ้าสายใหม่เปิดให้บริการฟรีหนึ่งเดือน",
            site="ไทยข่าวเช้า",
        ),
        # --- Turkish ---------------------------------------------------------------------------
        _row(
            "tr_uppercase_h1",
            "tr",
            "İstanbul'da metrobüs seferlerine yeni düzenleme - Haber Köprüsü",
            og_meta("İstanbul'da metrobüs seferlerine yeni düzenleme", "Haber Köprüsü"),
            _h1("İSTANBUL'DA METROBÜS SEFERLERİNE YENİ DÜZENLEME"),
            "İSTANBUL'DA METROBÜS SEFERLERİNE YENİ DÜZENLEME",
            site="Haber Köprüsü",
        ),
        _row(
            "tr_son_dakika_prefix_and_kicker",
            "tr",
            "SON DAKİKA: Ankara'da 4,1 büyüklüğünde deprem | Anadolu Postası",
            og_meta("SON DAKİKA: Ankara'da 4,1 büyüklüğünde deprem", "Anadolu Postası")
            + _news_ld("SON DAKİKA: Ankara'da 4,1 büyüklüğünde deprem"),
            _h1("Ankara'da 4,1 büyüklüğünde deprem"),
            "Ankara'da 4,1 büyüklüğünde deprem",
            site="Anadolu Postası",
            above=_kicker("Son dakika"),
        ),
        _row(
            "tr_no_h1_title_only_site",
            "tr",
            "Belediye otoparkları hafta sonu ücretsiz - Ege Gündem",
            "",
            '<h2 class="news-title">Belediye otoparkları hafta sonu ücretsiz</h2>',
            "Belediye otoparkları hafta sonu ücretsiz",
            site="Ege Gündem",
        ),
        # --- Polish ----------------------------------------------------------------------------
        _row(
            "pl_opinia_prefix_pipe",
            "pl",
            "Opinia | Dlaczego miasta potrzebują więcej drzew - Gazeta Nadwiślańska",
            og_meta("Opinia | Dlaczego miasta potrzebują więcej drzew", "Gazeta Nadwiślańska"),
            _h1("Dlaczego miasta potrzebują więcej drzew"),
            "Dlaczego miasta potrzebują więcej drzew",
            site="Gazeta Nadwiślańska",
            above=_kicker("Opinia"),
        ),
        _row(
            "pl_colon_question_headline",
            "pl",
            "Podwyżki cen wody: kto zapłaci więcej? | Wiadomości | Kurier Mazurski",
            og_meta("Podwyżki cen wody: kto zapłaci więcej?", "Kurier Mazurski"),
            _h1("Podwyżki cen wody: kto zapłaci więcej?"),
            "Podwyżki cen wody: kto zapłaci więcej?",
            site="Kurier Mazurski",
        ),
        _row(
            "pl_ld_headline_ellipsis",
            "pl",
            f"{_PL_LONG} - Echo Krakowa",
            _news_ld(_PL_LONG[:100] + "…"),
            _h1(_PL_LONG),
            _PL_LONG,
            site="Echo Krakowa",
        ),
        # --- Czech -----------------------------------------------------------------------------
        _row(
            "cs_title_en_dash_section_site",
            "cs",
            "Praha otevře nový most přes Vltavu – Domácí – Pražský Kurýr",
            "",
            _h1("Praha otevře nový most přes Vltavu"),
            "Praha otevře nový most přes Vltavu",
            site="Pražský Kurýr",
        ),
        _row(
            "cs_box_h1_before_story",
            "cs",
            "Ceny energií v lednu klesnou o pětinu | Moravský Deník",
            og_meta("Ceny energií v lednu klesnou o pětinu", "Moravský Deník"),
            _h1("Ceny energií v lednu klesnou o pětinu"),
            "Ceny energií v lednu klesnou o pětinu",
            site="Moravský Deník",
            before='<aside class="ticker"><h1 class="box-title">Právě se děje</h1><ul>'
            '<li><a href="/x/">Nehoda na D1</a></li><li><a href="/y/">Sníh v Beskydech</a></li>'
            "</ul></aside>",
        ),
        # --- Romanian --------------------------------------------------------------------------
        _row(
            "ro_live_text_badge",
            "ro",
            "LIVE TEXT Inundații în Moldova: ultimele informații | Ziarul de Iași",
            og_meta("LIVE TEXT Inundații în Moldova: ultimele informații", "Ziarul de Iași"),
            _h1('<span class="live">LIVE</span> Inundații în Moldova: ultimele informații'),
            "Inundații în Moldova: ultimele informații",
            site="Ziarul de Iași",
        ),
        _row(
            "ro_quoted_words_headline",
            "ro",
            "„Nu vom renunța”, spune primarul din Iași - Monitorul de Nord",
            og_meta("„Nu vom renunța”, spune primarul din Iași", "Monitorul de Nord"),
            _h1("„Nu vom renunța”, spune primarul din Iași"),
            "„Nu vom renunța”, spune primarul din Iași",
            site="Monitorul de Nord",
        ),
        # --- Hungarian -------------------------------------------------------------------------
        _row(
            "hu_section_colon_prefix",
            "hu",
            "Belföld: Újra jár a fogaskerekű Budapesten | Hírvilág",
            og_meta("Újra jár a fogaskerekű Budapesten", "Hírvilág"),
            _h1("Újra jár a fogaskerekű Budapesten"),
            "Újra jár a fogaskerekű Budapesten",
            site="Hírvilág",
        ),
        _row(
            "hu_overline_span_in_h1",
            "hu",
            "Leállt a forgalom az M1-esen - Dunántúli Hírek",
            "",
            _h1('<span class="overline">Frissítve</span>Leállt a forgalom az M1-esen'),
            "Leállt a forgalom az M1-esen",
            site="Dunántúli Hírek",
        ),
        # --- Greek -----------------------------------------------------------------------------
        _row(
            "el_title_section_site",
            "el",
            "Νέα γραμμή τραμ για το λιμάνι του Πειραιά | Ειδήσεις | Η Φωνή του Λιμανιού",
            og_meta("Νέα γραμμή τραμ για το λιμάνι του Πειραιά", "Η Φωνή του Λιμανιού"),
            _h1("Νέα γραμμή τραμ για το λιμάνι του Πειραιά"),
            "Νέα γραμμή τραμ για το λιμάνι του Πειραιά",
            site="Η Φωνή του Λιμανιού",
        ),
        _row(
            "el_guillemets_question",
            "el",
            "«Πότε θα ανοίξει το νέο νοσοκομείο;» ρωτούν οι κάτοικοι - Κρητική Ματιά",
            "",
            _h1("«Πότε θα ανοίξει το νέο νοσοκομείο;» ρωτούν οι κάτοικοι"),
            "«Πότε θα ανοίξει το νέο νοσοκομείο;» ρωτούν οι κάτοικοι",
            site="Κρητική Ματιά",
        ),
        # --- Ukrainian -------------------------------------------------------------------------
        _row(
            "uk_em_dash_site",
            "uk",
            "У Полтаві відкрили новий міст через Ворсклу — Новини Полтави",
            og_meta("У Полтаві відкрили новий міст через Ворсклу", "Новини Полтави"),
            _h1("У Полтаві відкрили новий міст через Ворсклу"),
            "У Полтаві відкрили новий міст через Ворсклу",
            site="Новини Полтави",
        ),
        _row(
            "uk_ld_headline_video_kicker",
            "uk",
            "Львівський трамвай отримав двадцять нових вагонів | Львівський Вісник",
            _news_ld("Відео: Львівський трамвай отримав двадцять нових вагонів"),
            _h1("Львівський трамвай отримав двадцять нових вагонів"),
            "Львівський трамвай отримав двадцять нових вагонів",
            site="Львівський Вісник",
        ),
        # --- Hebrew ----------------------------------------------------------------------------
        _row(
            "he_rtl_title_pipe_site",
            "he",
            "רכבת קלה חדשה תחבר את חיפה לקריות | חדשות הצפון",
            og_meta("רכבת קלה חדשה תחבר את חיפה לקריות", "חדשות הצפון"),
            _h1("רכבת קלה חדשה תחבר את חיפה לקריות"),
            "רכבת קלה חדשה תחבר את חיפה לקריות",
            site="חדשות הצפון",
        ),
        _row(
            "he_opinion_prefix_kicker",
            "he",
            "דעה | למה העיר צריכה עוד גינות ציבוריות - מבט מהגליל",
            og_meta("דעה | למה העיר צריכה עוד גינות ציבוריות", "מבט מהגליל"),
            _h1("למה העיר צריכה עוד גינות ציבוריות"),
            "למה העיר צריכה עוד גינות ציבוריות",
            site="מבט מהגליל",
            above=_kicker("דעה"),
        ),
        # --- Persian ---------------------------------------------------------------------------
        _row(
            "fa_rutitr_above_h1",
            "fa",
            "بازگشایی کتابخانه مرکزی شیراز پس از دو سال - خبرگزاری پارس",
            og_meta("بازگشایی کتابخانه مرکزی شیراز پس از دو سال", "خبرگزاری پارس"),
            _h1("بازگشایی کتابخانه مرکزی شیراز پس از دو سال"),
            "بازگشایی کتابخانه مرکزی شیراز پس از دو سال",
            site="خبرگزاری پارس",
            above='<div class="rutitr">با حضور شهردار</div>',
        ),
        _row(
            "fa_title_only_guillemet_site",
            "fa",
            "مترو تبریز به فرودگاه می‌رسد | روزنامه آذر",
            "",
            _h1("مترو تبریز به فرودگاه می‌رسد"),
            "مترو تبریز به فرودگاه می‌رسد",
            site="روزنامه آذر",
        ),
        # --- Arabic ----------------------------------------------------------------------------
        _row(
            "ar_rtl_title_site_dash",
            "ar",
            "افتتاح أكبر محطة لتحلية المياه في المنطقة - جريدة الصباح",
            og_meta("افتتاح أكبر محطة لتحلية المياه في المنطقة", "جريدة الصباح"),
            _h1("افتتاح أكبر محطة لتحلية المياه في المنطقة"),
            "افتتاح أكبر محطة لتحلية المياه في المنطقة",
            site="جريدة الصباح",
        ),
        _row(
            "ar_ld_and_og_breaking_prefix",
            "ar",
            "عاجل: إغلاق الطريق الساحلي بسبب الأمطار | بوابة الخليج",
            og_meta("عاجل: إغلاق الطريق الساحلي بسبب الأمطار", "بوابة الخليج")
            + _news_ld("عاجل: إغلاق الطريق الساحلي بسبب الأمطار"),
            _h1("إغلاق الطريق الساحلي بسبب الأمطار"),
            "إغلاق الطريق الساحلي بسبب الأمطار",
            site="بوابة الخليج",
            above=_kicker("عاجل"),
        ),
        # --- Hindi, Bengali, Tamil ------------------------------------------------------------
        _row(
            "hi_title_section_site_pipes",
            "hi",
            "जयपुर में नई मेट्रो लाइन का काम शुरू | राजस्थान समाचार | दैनिक मरुधर",
            og_meta("जयपुर में नई मेट्रो लाइन का काम शुरू", "दैनिक मरुधर"),
            _h1("जयपुर में नई मेट्रो लाइन का काम शुरू"),
            "जयपुर में नई मेट्रो लाइन का काम शुरू",
            site="दैनिक मरुधर",
        ),
        _row(
            "hi_logo_h1_text_and_story_h1",
            "hi",
            "गंगा घाटों पर सफाई अभियान, हजारों लोग जुड़े - काशी वार्ता",
            "",
            _h1("गंगा घाटों पर सफाई अभियान, हजारों लोग जुड़े"),
            "गंगा घाटों पर सफाई अभियान, हजारों लोग जुड़े",
            site="काशी वार्ता",
            logo='<h1 class="site-logo"><a href="/">काशी वार्ता</a></h1>',
        ),
        _row(
            "bn_colon_headline_section_site",
            "bn",
            "ঢাকায় তাপপ্রবাহ: স্কুল বন্ধ দুই দিন | জাতীয় | সবার খবর",
            og_meta("ঢাকায় তাপপ্রবাহ: স্কুল বন্ধ দুই দিন", "সবার খবর"),
            _h1("ঢাকায় তাপপ্রবাহ: স্কুল বন্ধ দুই দিন"),
            "ঢাকায় তাপপ্রবাহ: স্কুল বন্ধ দুই দিন",
            site="সবার খবর",
        ),
        _row(
            "ta_title_site_dash",
            "ta",
            "மதுரையில் புதிய பேருந்து நிலையம் திறப்பு - தமிழ் செய்தி மலர்",
            og_meta("மதுரையில் புதிய பேருந்து நிலையம் திறப்பு", "தமிழ் செய்தி மலர்"),
            _h1("மதுரையில் புதிய பேருந்து நிலையம் திறப்பு"),
            "மதுரையில் புதிய பேருந்து நிலையம் திறப்பு",
            site="தமிழ் செய்தி மலர்",
        ),
        # --- Swahili ---------------------------------------------------------------------------
        _row(
            "sw_upper_kicker_and_site",
            "sw",
            "Mradi mpya wa maji wazinduliwa Mombasa | Habari Pwani",
            og_meta("Mradi mpya wa maji wazinduliwa Mombasa", "Habari Pwani"),
            _h1("Mradi mpya wa maji wazinduliwa Mombasa"),
            "Mradi mpya wa maji wazinduliwa Mombasa",
            site="Habari Pwani",
            above=_kicker("HABARI ZA KITAIFA"),
        ),
        # --- Chinese, Japanese, Korean ------------------------------------------------------
        _row(
            "zh_title_underscores_section_site",
            "zh",
            "杭州地铁新线路今日开通运营_社会新闻_钱塘在线",
            "",
            _h1("杭州地铁新线路今日开通运营"),
            "杭州地铁新线路今日开通运营",
            site="钱塘在线",
        ),
        _row(
            "zh_logo_img_h1_and_story_h1",
            "zh",
            "广州南沙大桥将于春节前通车 - 珠江日报",
            og_meta("广州南沙大桥将于春节前通车", "珠江日报"),
            _h1("广州南沙大桥将于春节前通车"),
            "广州南沙大桥将于春节前通车",
            site="珠江日报",
            logo='<h1 class="logo"><a href="/"><img src="/l.png" alt="珠江日报"></a></h1>',
        ),
        _row(
            "ja_fullwidth_bar_site",
            "ja",
            "横浜の新しい図書館が来月開館へ｜日刊みなと",
            og_meta("横浜の新しい図書館が来月開館へ", "日刊みなと"),
            _h1("横浜の新しい図書館が来月開館へ"),
            "横浜の新しい図書館が来月開館へ",
            site="日刊みなと",
        ),
        _row(
            "ja_sokuhou_bracket_prefix",
            "ja",
            "【速報】札幌で大雪、新千歳空港の全便欠航 - 北海タイムズ",
            og_meta("【速報】札幌で大雪、新千歳空港の全便欠航", "北海タイムズ"),
            _h1("札幌で大雪、新千歳空港の全便欠航"),
            "札幌で大雪、新千歳空港の全便欠航",
            site="北海タイムズ",
        ),
        _row(
            "ko_h1_in_header_before_article",
            "ko",
            "부산 북항 재개발 1단계 완공 - 한빛일보",
            og_meta("부산 북항 재개발 1단계 완공 | 한빛일보", "한빛일보"),
            _h1("부산 북항 재개발 1단계 완공"),
            "부산 북항 재개발 1단계 완공",
            site="한빛일보",
            head_block=True,
        ),
        # --- English shapes seen on unseen publishers -----------------------------------------
        _row(
            "en_emoji_headline",
            "en",
            "🎄 Christmas market opens early in the old town | Metro | Harbour Gazette",
            og_meta("🎄 Christmas market opens early in the old town", "Harbour Gazette"),
            _h1("🎄 Christmas market opens early in the old town"),
            "🎄 Christmas market opens early in the old town",
            site="Harbour Gazette",
        ),
        _row(
            "en_quoted_words_colon_headline",
            "en",
            "'We are not leaving': harbour residents fight eviction | Local | Quayside Post",
            og_meta("'We are not leaving': harbour residents fight eviction", "Quayside Post"),
            _h1("'We are not leaving': harbour residents fight eviction"),
            "'We are not leaving': harbour residents fight eviction",
            site="Quayside Post",
        ),
        _row(
            "en_opinion_pipe_prefix",
            "en",
            "Opinion | The ferry timetable is failing commuters - The Island Courier",
            og_meta("Opinion | The ferry timetable is failing commuters", "The Island Courier"),
            _h1("The ferry timetable is failing commuters"),
            "The ferry timetable is failing commuters",
            site="The Island Courier",
            above=_kicker("Opinion"),
        ),
    ],
    _url,
)

# An AMP copy each (the same story as the AMP CMS serves it: <html amp>, the headline in an
# <h1> of the AMP template, the <title> with the site's name).
_AMP_ROWS = [
    (
        "hi_amp_story",
        "hi",
        "पटना में गंगा पर नया पुल जनता के लिए खुला - बिहार दर्पण",
        "पटना में गंगा पर नया पुल जनता के लिए खुला",
        "बिहार दर्पण",
    ),
    (
        "uk_amp_story",
        "uk",
        "Одеський порт відновив роботу після шторму | Чорноморські Новини",
        "Одеський порт відновив роботу після шторму",
        "Чорноморські Новини",
    ),
]


def _amp(lang: str, title: str, heading: str, site: str) -> str:
    text = _text(lang)
    return (
        f'<html lang="{lang}" amp><head><meta charset="utf-8"><title>{title}</title>'
        '<link rel="canonical" href="https://example.com/news/story-7521">'
        f'{_news_ld(heading)}</head><body><header class="amp-header"><amp-img '
        f'src="/logo.png" alt="{site}" width="120" height="30"></amp-img></header>'
        f'<article class="amp-article"><h1 class="amp-title">{heading}</h1>'
        f'<div class="amp-meta">07.12.2026</div>{paragraphs(text, text)}</article>'
        f"<footer>© 2026 {site}</footer></body></html>"
    )


PROBES += [
    (name, _url(name), _amp(lang, title, heading, site), heading)
    for name, lang, title, heading, site in _AMP_ROWS
]

# A second round, written after the first's fix and still before the title code was read
# for these shapes: more separators (" » ", " :: ", " • ", " / ", a site's name first after
# " : "), a portal's "Halaman all" after an Indonesian headline, a social title opening with
# an emoji and "LIVE", Greek and Azerbaijani headlines in capitals, a Persian headline whose
# <title> writes no zero-width non-joiner, Hebrew's gershayim, Chinese parts after hyphens.
PROBES_2 = probe_rows(
    [
        _row(
            "id_halaman_all_suffix",
            "id",
            "Warga Bogor Gotong Royong Bersihkan Sungai Ciliwung Halaman all - Kabar Priangan",
            og_meta("Warga Bogor Gotong Royong Bersihkan Sungai Ciliwung", "Kabar Priangan"),
            _h1("Warga Bogor Gotong Royong Bersihkan Sungai Ciliwung"),
            "Warga Bogor Gotong Royong Bersihkan Sungai Ciliwung",
            site="Kabar Priangan",
        ),
        _row(
            "pt_br_guillemet_section_site",
            "pt",
            "Metrô de Salvador ganha nova estação » Bahia » Correio do Recôncavo",
            "",
            _h1("Metrô de Salvador ganha nova estação"),
            "Metrô de Salvador ganha nova estação",
            site="Correio do Recôncavo",
        ),
        _row(
            "ro_double_colon_site_first",
            "ro",
            "Gazeta Olteniei :: Craiova are primul autobuz electric",
            og_meta("Craiova are primul autobuz electric", "Gazeta Olteniei"),
            _h1("Craiova are primul autobuz electric"),
            "Craiova are primul autobuz electric",
            site="Gazeta Olteniei",
        ),
        _row(
            "cs_bullet_separator_no_og",
            "cs",
            "Brno spustí sdílená kola v celém městě • Brněnský Zpravodaj",
            "",
            _h1("Brno spustí sdílená kola v celém městě"),
            "Brno spustí sdílená kola v celém městě",
            site="Brněnský Zpravodaj",
        ),
        _row(
            "th_site_first_space_colon",
            "th",
            "ข่าวอีสานวันนี้ : ขอนแก่นเปิดสนามบินแห่งใหม่",
            og_meta("ขอนแก่นเปิดสนามบินแห่งใหม่", "ข่าวอีสานวันนี้"),
            _h1("ขอนแก่นเปิดสนามบินแห่งใหม่"),
            "ขอนแก่นเปิดสนามบินแห่งใหม่",
            site="ข่าวอีสานวันนี้",
        ),
        _row(
            "en_og_emoji_live_prefix",
            "en",
            "Storm Ada: roads closed across the valley | Dale Herald",
            og_meta("🔴 LIVE: Storm Ada: roads closed across the valley", "Dale Herald"),
            _h1("Storm Ada: roads closed across the valley"),
            "Storm Ada: roads closed across the valley",
            site="Dale Herald",
        ),
        _row(
            "el_capitals_without_accents_h1",
            "el",
            "Κλειστά τα σχολεία στην Κρήτη λόγω κακοκαιρίας | Νέα Κρήτης",
            og_meta("Κλειστά τα σχολεία στην Κρήτη λόγω κακοκαιρίας", "Νέα Κρήτης"),
            _h1("ΚΛΕΙΣΤΑ ΤΑ ΣΧΟΛΕΙΑ ΣΤΗΝ ΚΡΗΤΗ ΛΟΓΩ ΚΑΚΟΚΑΙΡΙΑΣ"),
            "Κλειστά τα σχολεία στην Κρήτη λόγω κακοκαιρίας",
            site="Νέα Κρήτης",
        ),
        _row(
            "az_capitals_kicker_in_metadata",
            "az",
            "TƏCİLİ: Bakıda yeni metro stansiyası açıldı | Xəzər Xəbər",
            og_meta("TƏCİLİ: Bakıda yeni metro stansiyası açıldı", "Xəzər Xəbər")
            + _news_ld("TƏCİLİ: Bakıda yeni metro stansiyası açıldı"),
            _h1("Bakıda yeni metro stansiyası açıldı"),
            "Bakıda yeni metro stansiyası açıldı",
            site="Xəzər Xəbər",
            above=_kicker("Təcili"),
        ),
        _row(
            "fa_zwnj_in_h1_not_in_title",
            "fa",
            "شهرداری اصفهان پارک تازه ای می سازد - اصفهان امروز",
            og_meta("شهرداری اصفهان پارک تازه ای می سازد", "اصفهان امروز"),
            _h1("شهرداری اصفهان پارک تازه‌ای می‌سازد"),
            "شهرداری اصفهان پارک تازه‌ای می‌سازد",
            site="اصفهان امروز",
        ),
        _row(
            "he_gershayim_headline",
            "he",
            'צה"ל: התרגיל בצפון יימשך עד יום חמישי | ידיעות הגליל',
            og_meta('צה"ל: התרגיל בצפון יימשך עד יום חמישי', "ידיעות הגליל"),
            _h1('צה"ל: התרגיל בצפון יימשך עד יום חמישי'),
            'צה"ל: התרגיל בצפון יימשך עד יום חמישי',
            site="ידיעות הגליל",
        ),
        _row(
            "zh_hyphen_parts_channel_site",
            "zh",
            "成都天府机场新增十条国际航线-财经频道-蜀都网",
            "",
            _h1("成都天府机场新增十条国际航线"),
            "成都天府机场新增十条国际航线",
            site="蜀都网",
        ),
        _row(
            "vi_slash_section_site",
            "vi",
            "Đà Nẵng khai trương cầu đi bộ ven sông / Thời sự / Báo Miền Trung",
            "",
            _h1("Đà Nẵng khai trương cầu đi bộ ven sông"),
            "Đà Nẵng khai trương cầu đi bộ ven sông",
            site="Báo Miền Trung",
        ),
        _row(
            "ko_dan_dok_in_og_not_h1",
            "ko",
            "[단독] 인천공항 제3터미널 내년 착공 - 서해신문",
            og_meta("[단독] 인천공항 제3터미널 내년 착공", "서해신문"),
            _h1("인천공항 제3터미널 내년 착공"),
            "인천공항 제3터미널 내년 착공",
            site="서해신문",
            above='<span class="badge">단독</span>',
        ),
        _row(
            "sw_ld_headline_cut_mid_word",
            "sw",
            "Serikali yatangaza mpango mpya wa kusambaza maji safi kwa vijiji vya pwani | Mwangaza",
            _news_ld("Serikali yatangaza mpango mpya wa kusambaza maji safi kwa vij"),
            _h1("Serikali yatangaza mpango mpya wa kusambaza maji safi kwa vijiji vya pwani"),
            "Serikali yatangaza mpango mpya wa kusambaza maji safi kwa vijiji vya pwani",
            site="Mwangaza",
        ),
    ],
    _url,
)

FIELDS = ("title",)

# Blind figures (before any fix), judged loose / strict as ``report_titles`` prints them.
BLIND_FIGURES = {"newsextract": "46/48 loose, 46/48 strict", "trafilatura": "37/48, 33/48"}

# After the fix (titles compared across case with Turkish "İ" and "ı" as "i": a kicker in
# capitals, "SON DAKİKA:", was not found before the headline, as casefold writes "İ" as two
# characters): newsextract 47/48 loose, 47/48 strict.

# The second round's (PROBES_2), on the tree with that fix (12/14 on the base, the Azerbaijani
# "TƏCİLİ:" kicker missed too); after its fix (a title typed with spaces where the Persian
# <h1> writes zero-width non-joiners agrees with it): 14/14.
BLIND_FIGURES_2 = {"newsextract": "13/14 loose, 13/14 strict", "trafilatura": "9/14, 9/14"}

# Misses, each with its reason: strict xfails, so a fix shows.
_OPEN: dict[tuple[str, str], str] = {
    ("tr_uppercase_h1", "title"): "an <h1> in capitals throughout takes the upper and lower "
    "case of a metadata title with the same words (docs/field-title.md: a stylesheet's "
    "display is often copied in capitals); the words are the headline's, and the eval's "
    "scorer, folding 'İ' to 'i' and a dot, tells the two casings apart",
}
_CASES = field_cases(PROBES + PROBES_2, FIELDS, _OPEN)


@pytest.mark.parametrize(("url", "html", "field", "want"), _CASES)
def test_blind_title_probe_75(url: str, html: str, field: str, want: object) -> None:
    got = getattr(newsextract.extract(html, url=url), field)
    assert matches(field, got, want), f"{field}: {got!r}"


if __name__ == "__main__":  # pragma: no cover
    # both tools' hits (the eval folder given as the first argument)
    import sys

    from tests.metadata.language_probes.kit import report_titles

    for probes in (PROBES, PROBES_2):
        report_titles(probes, sys.argv[1])
