"""A blind probe of published and modified dates (issue 12, wave 77d): pages whose date is
written only in visible text or odd markup, in 38 languages (33 the dev sets lack and earlier
rounds used little: Belarusian, Bosnian, Macedonian, Maltese, Kyrgyz, Tajik, Pashto, Punjabi,
Gujarati, Kannada, Odia, Telugu, Hausa, Zulu, Somali, Oromo, Tigrinya, Dzongkha, Tibetan,
Kurmanji, Sorani, Albanian, Norwegian, Faroese, Luxembourgish, Afrikaans, Igbo,
Kinyarwanda, Uyghur, Assamese, Amharic, Malayalam, Marathi among them), with the traps issue
12 names: day-first against month-first numerals, two-digit years, comments newer than the
story, "last updated" boxes (before or after the day of publication), copyright years, an
event's day and a time range in the text, an archive calendar, related stories' days,
relative stamps against a fetch time, zones as abbreviations, 12-hour clocks with the
language's own am/pm words, the Persian and the Afghan solar years, the Hijri year alone,
the Ethiopian and the Bikram Sambat years, native digits (Odia, Assamese, Tibetan, Persian),
a footer's "last modified" alone, version numbers that look like days, a day from the URL,
JSON-LD or a meta tag beside a visible time.

The truth was decided from each page as a reader would before any run: a day or a time as
written (a zone only when the page writes one, as its offset on that day); a relative stamp
on its day against the fetch time (2024-03-14 13:00 UTC unless the probe gives another);
``None`` when the page shows no day of its own; ``...`` not judged.
``python -m tests.metadata.test_blind_date_probes_77d`` prints newsextract's, trafilatura's
and htmldate's hits. Every site, name and text here is invented."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from typing import Any

from tests.metadata.language_probes.kit import fetched_field_test, report_date_probes
from tests.metadata.test_blind_date_probes_6 import FETCHED, at, day, ld, og
from tests.metadata.test_blind_date_probes_69 import line
from tests.metadata.test_blind_date_probes_76d import _TEXTS as KNOWN
from tests.metadata.test_blind_date_probes_76d import calendar, comments, related


def _zone(hours: float) -> timezone:
    return timezone(timedelta(hours=hours))


IST, NPT, PKT = _zone(5.5), _zone(5.75), _zone(5)
WAT, CAT, SAST, EAT = _zone(1), _zone(2), _zone(2), _zone(3)

# The story's sentence in the languages the earlier kits have none for.
_OWN = {
    "be": "Гарадская бібліятэка адкрывае на другім паверсе новую чытальную залу з доўгімі "
    "сталамі і паліцай мясцовых газет.",
    "bs": "Gradska biblioteka otvara na drugom spratu novu čitaonicu s dugim stolovima i "
    "policom lokalnih novina starih stotinu godina.",
    "mk": "Градската библиотека отвора нова читална на вториот кат со долги маси и полица со "
    "локални весници стари еден век.",
    "ky": "Шаардык китепкана экинчи кабатта узун үстөлдөрү жана жергиликтүү гезиттердин "
    "текчеси бар жаңы окуу залын ачты.",
    "tg": "Китобхонаи шаҳр дар ошёнаи дуюм толори нави мутолиа бо мизҳои дароз ва рафи "
    "рӯзномаҳои маҳаллӣ кушод.",
    "ps": "د ښار کتابتون په دویم پوړ کې د اوږدو میزونو او سیمه ییزو ورځپاڼو سره نوې د "
    "لوستلو خونه پرانیستله.",
    "pa": "ਸ਼ਹਿਰ ਦੀ ਲਾਇਬ੍ਰੇਰੀ ਨੇ ਦੂਜੀ ਮੰਜ਼ਿਲ 'ਤੇ ਲੰਬੇ ਮੇਜ਼ਾਂ ਅਤੇ ਸਥਾਨਕ ਅਖ਼ਬਾਰਾਂ ਦੀ ਸ਼ੈਲਫ਼ ਵਾਲਾ ਨਵਾਂ ਪੜ੍ਹਨ ਕਮਰਾ ਖੋਲ੍ਹਿਆ।",
    "gu": "શહેરના પુસ્તકાલયે બીજા માળે લાંબા ટેબલ અને સ્થાનિક અખબારોના કબાટ સાથે નવો વાચનખંડ ખોલ્યો.",
    "kn": "ನಗರ ಗ್ರಂಥಾಲಯವು ಎರಡನೇ ಮಹಡಿಯಲ್ಲಿ ಉದ್ದನೆಯ ಮೇಜುಗಳು ಮತ್ತು ಸ್ಥಳೀಯ ಪತ್ರಿಕೆಗಳ ಕಪಾಟಿನೊಂದಿಗೆ ಹೊಸ ವಾಚನಾಲಯವನ್ನು ತೆರೆದಿದೆ.",
    "or": "ସହର ପାଠାଗାର ଦ୍ୱିତୀୟ ମହଲାରେ ଲମ୍ବା ଟେବୁଲ ଓ ସ୍ଥାନୀୟ ଖବରକାଗଜର ଥାକ ସହିତ ଏକ ନୂଆ ପଠନ କକ୍ଷ ଖୋଲିଛି।",
    "zu": "Umtapo wedolobha uvula igumbi elisha lokufunda esitezi sesibili elinamatafula amade "
    "neshalofu lamaphephandaba endawo.",
    "om": "Mana kitaabaa magaalaa darbii lammaffaa irratti kutaa dubbisaa haaraa minjaala "
    "dheeraa fi gaazexaa naannoo qabu bane.",
    "ti": "ቤት መጻሕፍቲ ከተማ ኣብ ካልኣይ ደርቢ ነዊሕ ጠረቢዛታትን ናይ ከባቢ ጋዜጣታት መቐመጢን ዘለዎ ሓድሽ ክፍሊ ንባብ ከፊቱ።",
    "dz": "ཁྲོམ་གྱི་དཔེ་མཛོད་ཀྱིས་ཐོག་བརྩེགས་གཉིས་པ་ནང་ལུ་ལྷག་ཁང་གསརཔ་ཅིག་ཁ་ཕྱེ་ཡི།",
    "bo": "གྲོང་ཁྱེར་གྱི་དཔེ་མཛོད་ཁང་གིས་ཐོག་གཉིས་པར་ཀློག་ཁང་གསར་པ་ཞིག་སྒོ་ཕྱེ་སོང་།",
    "ku": "Pirtûkxaneya bajêr li qata duyem odeyeke xwendinê ya nû bi maseyên dirêj û refeke "
    "rojnameyên herêmî vekir.",
    "ckb": "کتێبخانەی شار لە نهۆمی دووەمدا هۆڵێکی نوێی خوێندنەوەی بە مێزی درێژ و ڕەفەی "
    "ڕۆژنامەی ناوخۆیی کردەوە.",
    "ml": "നഗരത്തിലെ ഗ്രന്ഥശാല രണ്ടാം നിലയിൽ നീണ്ട മേശകളും പ്രാദേശിക പത്രങ്ങളുടെ അലമാരയുമുള്ള പുതിയ വായനാമുറി തുറന്നു.",
    "mr": "शहर ग्रंथालयाने दुसऱ्या मजल्यावर लांब टेबल आणि स्थानिक वृत्तपत्रांच्या कपाटासह नवीन वाचनकक्ष सुरू केला.",
    "nb": "Byens bibliotek åpner en ny lesesal i andre etasje med lange bord og en hylle med "
    "hundre år gamle lokalaviser.",
    "sq": "Biblioteka e qytetit hap një sallë të re leximi në katin e dytë me tavolina të "
    "gjata dhe një raft gazetash vendore.",
    "as": "চহৰৰ পুথিভঁৰালে দ্বিতীয় মহলাত দীঘল মেজ আৰু স্থানীয় বাতৰি কাকতৰ তাকেৰে সৈতে এটা "
    "নতুন পঠন কক্ষ মুকলি কৰিছে।",
    "ug": "شەھەر كۈتۈپخانىسى ئىككىنچى قەۋەتتە ئۇزۇن ئۈستەللەر ۋە يەرلىك گېزىتلەر جازىسى "
    "بار يېڭى ئوقۇش زالى ئاچتى.",
    "lb": "D'Stadbibliothéik mécht um zweete Stack en neie Liessall mat laangen Dëscher an "
    "engem Regal mat lokalen Zeitungen op.",
    "fo": "Býarbókasavnið letur nýggjan lesisal upp á aðru hædd við longum borðum og hillu "
    "við gomlum bløðum.",
    "af": "Die stadsbiblioteek open 'n nuwe leeskamer op die tweede verdieping met lang tafels "
    "en 'n rak plaaslike koerante.",
    "ig": "Ọbá akwụkwọ obodo meghere ọnụ ụlọ ọgụgụ ọhụrụ n'okpukpu nke abụọ nwere tebụl ogologo.",
    "rw": "Isomero ry'umujyi ryafunguye icyumba gishya cyo gusomeramo mu igorofa rya kabiri "
    "gifite ameza maremare.",
}
_TEXTS: dict[str, str] = {**KNOWN, **_OWN}
_RTL = {"ar", "fa", "ps", "ckb", "ug"}


def page(
    lang: str,
    title: str,
    meta: str,
    *,
    head: str = "",
    lead: str = "",
    after: str = "",
    aside: str = "",
    foot: str = "",
) -> str:
    """A story's page (as round 76d's): ``head`` in ``<head>``, the headline (``title``
    before its " | ") with ``meta`` under it, the prose (opening with ``lead``), ``after``
    below the prose, ``aside`` in a side column, ``foot`` in the footer after its name."""
    direction = ' dir="rtl"' if lang in _RTL else ""
    h1, _, site = title.partition(" | ")
    text = _TEXTS.get(lang) or _TEXTS[lang.split("-")[0]]
    return (
        f'<!DOCTYPE html><html lang="{lang}"{direction}><head><meta charset="utf-8">'
        f'<title>{title}</title>{head}</head><body><header class="site-header"><a '
        f'class="logo" href="/">{site}</a><nav><a href="/news">News</a> <a href="/sport">'
        f'Sport</a></nav></header><div class="wrap"><main class="content"><article class='
        f'"story"><h1 class="story-title">{h1}</h1>{meta}<div class="story-body"><p>{lead}'
        f"{text} {text}</p><p>{text}</p></div>{after}</article></main>"
        f'<aside class="sidebar">{aside}</aside></div><footer class="site-footer"><p>{site}'
        f"</p>{foot}</footer></body></html>"
    )


def probe(
    name: str, url: str, html: str, published: Any, modified: Any = ..., *, fetched: Any = FETCHED
) -> tuple[Any, ...]:
    """A probe's record: name, url, html, fetch time, published, modified."""
    return (name, url, html, fetched, published, modified)


# A fetch time one hour after midnight UTC: a stamp of five hours before falls the day before.
_EARLY = datetime(2024, 3, 14, 1, 0, tzinfo=UTC)

PROBES: list[tuple[Any, ...]] = [
    # --- numerals: day-first, year-first, two-digit years ---
    probe(
        "bs_day_first_trailing_dot_u_and_azurirano",
        "https://www.gradske-vijesti.example.ba/vijesti/citaonica",
        page(
            "bs",
            "Biblioteka otvara novu čitaonicu | Gradske vijesti",
            line("meta", "Objavljeno: 11.03.2024. u 09:40 · Ažurirano: 12.03.2024. u 17:05"),
        ),
        at(2024, 3, 11, 9, 40),
        at(2024, 3, 12, 17, 5),
    ),
    probe(
        "nb_two_digit_year_kl_and_sist_oppdatert",
        "https://www.bygdeposten.example.no/nyheter/lesesal",
        page(
            "nb",
            "Biblioteket åpner ny lesesal | Bygdeposten",
            line("meta", "Publisert 12.03.24 kl. 15.20 · Sist oppdatert 13.03.24 kl. 08.05"),
        ),
        at(2024, 3, 12, 15, 20),
        at(2024, 3, 13, 8, 5),
    ),
    probe(
        "ha_day_first_slash_wat",
        "https://www.labaran-gari.example.ng/labarai/dakin-karatu",
        page(
            "ha",
            "Ɗakin karatu ya buɗe sabon zaure | Labaran Gari",
            line("date", "12/03/2024 | 14:10 WAT"),
        ),
        at(2024, 3, 12, 14, 10, tz=WAT),
    ),
    probe(
        "so_day_first_both_readings_past_eat",
        "https://www.wararka-magaalada.example.so/war/maktabadda",
        page(
            "so",
            "Maktabadda oo furtay qol akhris | Wararka Magaalada",
            line("date", "02/03/2024 10:30 EAT"),
        ),
        at(2024, 3, 2, 10, 30, tz=EAT),
    ),
    probe(
        "af_year_first_slash_sast_and_opgedateer",
        "https://www.dorpsnuus.example.co.za/nuus/leeskamer",
        page(
            "af",
            "Biblioteek open nuwe leeskamer | Dorpsnuus",
            line("meta", "2024/03/12 14:10 SAST · Opgedateer: 13 Maart 2024"),
        ),
        at(2024, 3, 12, 14, 10, tz=SAST),
        day(2024, 3, 13),
    ),
    probe(
        "mk_two_digit_year_dots",
        "https://www.gradski-vesnik.example.mk/vesti/citalna",
        page(
            "mk",
            "Библиотеката отвора нова читална | Градски весник",
            line("date", "12.3.24, 14:35"),
        ),
        at(2024, 3, 12, 14, 35),
    ),
    # --- months in words, with a time ---
    probe(
        "mk_month_word_and_popladne",
        "https://www.nash-grad.example.mk/vesti/biblioteka",
        page(
            "mk",
            "Библиотеката отвора нова читална | Наш град",
            line("date", "12 март 2024, 2:35 попладне"),
        ),
        at(2024, 3, 12, 14, 35),
    ),
    probe(
        "mt_ta_marzu_weekday",
        "https://www.l-ahbarijiet.example.mt/ahbarijiet/librerija",
        page(
            "mt",
            "Il-librerija tiftaħ kamra tal-qari | L-Aħbarijiet",
            line("date", "It-Tlieta, 12 ta' Marzu 2024 - 10:20"),
        ),
        at(2024, 3, 12, 10, 20),
    ),
    probe(
        "be_sakavika_and_abnoulena",
        "https://www.garadskija-naviny.example.by/news/chytalnia",
        page(
            "be",
            "Бібліятэка адкрыла новую чытальную залу | Гарадскія навіны",
            line("date", "12 сакавіка 2024, 16:10 · Абноўлена: 13 сакавіка 2024, 08:00"),
        ),
        at(2024, 3, 12, 16, 10),
        at(2024, 3, 13, 8, 0),
    ),
    probe(
        "ky_suffixed_month_and_year",
        "https://www.shaar-kabarlary.example.kg/news/okuu-zaly",
        page(
            "ky",
            "Китепкана жаңы окуу залын ачты | Шаар кабарлары",
            line("date", "12-март, 2024-жыл, 15:30"),
        ),
        at(2024, 3, 12, 15, 30),
    ),
    probe(
        "tg_marti_soli",
        "https://www.akhbori-shahr.example.tj/news/kitobkhona",
        page(
            "tg",
            "Китобхона толори нави мутолиа кушод | Ахбори шаҳр",
            line("date", "12 марти соли 2024, 11:45"),
        ),
        at(2024, 3, 12, 11, 45),
    ),
    probe(
        "ps_persian_digits_gregorian_month",
        "https://www.da-khar-khabarona.example.af/news/kitabtun",
        page(
            "ps",
            "کتابتون نوې د لوستلو خونه پرانیستله | د ښار خبرونه",
            line("date", "۱۲ مارچ ۲۰۲۴ - ۱۰:۳۰"),
        ),
        at(2024, 3, 12, 10, 30),
    ),
    probe(
        "ps_pkt_latin_digits",
        "https://www.pekhawar-khabaroona.example.pk/news/library",
        page(
            "ps",
            "کتابتون نوې خونه پرانیستله | پېښور خبرونه",
            line("date", "12 مارچ 2024، 3:15 PM PKT"),
        ),
        at(2024, 3, 12, 15, 15, tz=PKT),
    ),
    probe(
        "pa_month_pm_and_update",
        "https://www.shehar-khabran.example.in/news/library",
        page(
            "pa",
            "ਲਾਇਬ੍ਰੇਰੀ ਨੇ ਨਵਾਂ ਪੜ੍ਹਨ ਕਮਰਾ ਖੋਲ੍ਹਿਆ | ਸ਼ਹਿਰ ਖ਼ਬਰਾਂ",
            line("meta", "12 ਮਾਰਚ 2024, 03:15 PM · ਅੱਪਡੇਟ: 13 ਮਾਰਚ 2024"),
        ),
        at(2024, 3, 12, 15, 15),
        day(2024, 3, 13),
    ),
    probe(
        "gu_month_am_ist",
        "https://www.nagar-samachar.example.in/news/library",
        page(
            "gu",
            "પુસ્તકાલયે નવો વાચનખંડ ખોલ્યો | નગર સમાચાર",
            line("date", "12 માર્ચ, 2024, 10:05 AM IST"),
        ),
        at(2024, 3, 12, 10, 5, tz=IST),
    ),
    probe(
        "gu_last_updated_before_published",
        "https://www.gujarat-patrika.example.in/news/vachankhand",
        page(
            "gu",
            "પુસ્તકાલયે નવો વાચનખંડ ખોલ્યો | ગુજરાત પત્રિકા",
            line("meta", "છેલ્લું અપડેટ: 13 માર્ચ 2024, 09:00 AM IST | પ્રકાશિત: 12 માર્ચ 2024"),
        ),
        day(2024, 3, 12),
        at(2024, 3, 13, 9, 0, tz=IST),
    ),
    probe(
        "kn_aparahna_after_time",
        "https://www.nagara-vartha.example.in/news/library",
        page(
            "kn",
            "ಗ್ರಂಥಾಲಯದಲ್ಲಿ ಹೊಸ ವಾಚನಾಲಯ | ನಗರ ವಾರ್ತೆ",
            line("date", "12 ಮಾರ್ಚ್ 2024, 04:20 ಅಪರಾಹ್ನ"),
        ),
        at(2024, 3, 12, 16, 20),
    ),
    probe(
        "or_odia_digits",
        "https://www.sahara-khabar.example.in/news/library",
        page(
            "or",
            "ପାଠାଗାରରେ ନୂଆ ପଠନ କକ୍ଷ | ସହର ଖବର",
            line("date", "୧୨ ମାର୍ଚ୍ଚ ୨୦୨୪"),
        ),
        day(2024, 3, 12),
    ),
    probe(
        "te_month_first_pm_ist",
        "https://www.nagara-varthalu.example.in/news/market",
        page(
            "te",
            "పాత రైల్వే యార్డులో రాత్రి మార్కెట్ | నగర వార్తలు",
            line("date", "మార్చి 12, 2024 | 09:30 PM IST"),
        ),
        at(2024, 3, 12, 21, 30, tz=IST),
    ),
    probe(
        "ml_published_and_updated_ist",
        "https://www.nagara-vartha.example.in/kerala/library",
        page(
            "ml",
            "ഗ്രന്ഥശാലയിൽ പുതിയ വായനാമുറി | നഗരവാർത്ത",
            line(
                "meta",
                "പ്രസിദ്ധീകരിച്ചത്: 12 മാർച്ച് 2024, 06:45 PM IST | "
                "അപ്ഡേറ്റ് ചെയ്തത്: 13 മാർച്ച് 2024, 09:10 AM IST",
            ),
        ),
        at(2024, 3, 12, 18, 45, tz=IST),
        at(2024, 3, 13, 9, 10, tz=IST),
    ),
    probe(
        "mr_weekday_pm",
        "https://www.shahar-varta.example.in/news/granthalay",
        page(
            "mr",
            "ग्रंथालयात नवीन वाचनकक्ष | शहर वार्ता",
            line("date", "मंगळवार, 12 मार्च 2024 | 07:10 PM"),
        ),
        at(2024, 3, 12, 19, 10),
    ),
    probe(
        "ha_maris_yamma",
        "https://www.muryar-gari.example.ng/labarai/kasuwa",
        page(
            "ha",
            "Kasuwar dare ta koma tsohon filin jirgi | Muryar Gari",
            line("date", "Talata, 12 Maris, 2024 - 3:40 yamma"),
        ),
        at(2024, 3, 12, 15, 40),
    ),
    probe(
        "zu_mashi_sast_and_copyright_range",
        "https://www.izindaba-zedolobha.example.co.za/izindaba/umtapo",
        page(
            "zu",
            "Umtapo uvula igumbi lokufunda | Izindaba Zedolobha",
            line("date", "12 Mashi 2024 | 09:15 SAST"),
            foot="<p>© 2023–2024 Izindaba Zedolobha</p>",
        ),
        at(2024, 3, 12, 9, 15, tz=SAST),
    ),
    probe(
        "so_maarso_gn",
        "https://www.codka-magaalada.example.so/war/suuqa",
        page(
            "so",
            "Suuqa habeenka oo guuray | Codka Magaalada",
            line("date", "Talaado, 12 Maarso 2024 - 4:05 gn"),
        ),
        at(2024, 3, 12, 16, 5),
    ),
    probe(
        "om_bitooteessa_month_first",
        "https://www.oduu-magaalaa.example.et/oduu/mana-kitaabaa",
        page(
            "om",
            "Manni kitaabaa kutaa dubbisaa haaraa bane | Oduu Magaalaa",
            line("date", "Bitooteessa 12, 2024"),
        ),
        day(2024, 3, 12),
    ),
    probe(
        "ti_geez_month_names_gregorian_year",
        "https://www.zena-ketema.example.er/news/library",
        page(
            "ti",
            "ቤት መጻሕፍቲ ሓድሽ ክፍሊ ንባብ ከፊቱ | ዜና ከተማ",
            line("date", "12 መጋቢት 2024"),
        ),
        day(2024, 3, 12),
    ),
    probe(
        "am_gregorian_month_and_kesat",
        "https://www.ketema-zena.example.et/news/gebeya",
        page(
            "am",
            "የምሽቱ ገበያ ተዛወረ | ከተማ ዜና",
            line("date", "ማርች 12, 2024 4:30 ከሰዓት"),
        ),
        at(2024, 3, 12, 16, 30),
    ),
    probe(
        "dz_tibetan_digits",
        "https://www.drukyul-sarshog.example.bt/news/library",
        page(
            "dz",
            "དཔེ་མཛོད་ལྷག་ཁང་གསརཔ། | འབྲུག་གསར་ཤོག",
            line("date", "སྤྱི་ལོ་༢༠༢༤ ཟླ་༣ ཚེས་༡༢"),
        ),
        day(2024, 3, 12),
    ),
    probe(
        "bo_year_month_day",
        "https://www.grong-khyer-gsar-gyur.example.cn/news/library",
        page(
            "bo",
            "དཔེ་མཛོད་ཁང་ཀློག་ཁང་གསར་པ། | གྲོང་ཁྱེར་གསར་འགྱུར",
            line("date", "2024 ལོའི་ཟླ་བ་གསུམ་པའི་ཚེས་12"),
        ),
        day(2024, 3, 12),
    ),
    probe(
        "ku_kurmanji_adare",
        "https://www.nuceyen-bajer.example.com/nuce/pirtukxane",
        page(
            "ku",
            "Pirtûkxane odeyeke xwendinê vekir | Nûçeyên Bajêr",
            line("date", "12ê Adarê 2024, 14:00"),
        ),
        at(2024, 3, 12, 14, 0),
    ),
    probe(
        "ckb_azar",
        "https://www.hawali-shar.example.iq/news/library",
        page(
            "ckb",
            "کتێبخانە هۆڵێکی نوێی کردەوە | هەواڵی شار",
            line("date", "12 ئازار 2024 - 14:00"),
        ),
        at(2024, 3, 12, 14, 0),
    ),
    probe(
        "sq_mars_and_perditesuar",
        "https://www.lajmet-e-qytetit.example.al/lajme/biblioteka",
        page(
            "sq",
            "Biblioteka hap sallë të re leximi | Lajmet e Qytetit",
            line("meta", "12 mars 2024, 15:20 | Përditësuar: 13 mars 2024, 09:00"),
        ),
        at(2024, 3, 12, 15, 20),
        at(2024, 3, 13, 9, 0),
    ),
    probe(
        "fo_mars_kl",
        "https://www.bygdablad.example.fo/tidindi/bokasavn",
        page(
            "fo",
            "Bókasavnið letur nýggjan lesisal upp | Bygdablaðið",
            line("date", "12. mars 2024 kl. 14:10"),
        ),
        at(2024, 3, 12, 14, 10),
    ),
    probe(
        "lb_maerz_um_auer",
        "https://www.stadzeitung.example.lu/news/bibliothéik",
        page(
            "lb",
            "Bibliothéik mécht neie Liessall op | Stadzeitung",
            line("date", "12. Mäerz 2024 um 14:10 Auer"),
        ),
        at(2024, 3, 12, 14, 10),
    ),
    probe(
        "af_maart_om_nm",
        "https://www.streeknuus.example.co.za/nuus/biblioteek",
        page(
            "af",
            "Biblioteek open nuwe leeskamer | Streeknuus",
            line("date", "12 Maart 2024 om 2:10 nm."),
        ),
        at(2024, 3, 12, 14, 10),
    ),
    probe(
        "ig_month_first_words",
        "https://www.akuko-obodo.example.ng/akuko/oba-akwukwo",
        page(
            "ig",
            "Ọbá akwụkwọ meghere ọnụ ụlọ ọgụgụ | Akụkọ Obodo",
            line("date", "Maachị 12, 2024"),
        ),
        day(2024, 3, 12),
    ),
    probe(
        "rw_werurwe_cat",
        "https://www.amakuru-yumujyi.example.rw/amakuru/isomero",
        page(
            "rw",
            "Isomero ryafunguye icyumba gishya | Amakuru y'Umujyi",
            line("date", "12 Werurwe 2024, 14:10 CAT"),
        ),
        at(2024, 3, 12, 14, 10, tz=CAT),
    ),
    probe(
        "ug_year_first_suffixed",
        "https://www.sheher-xewerliri.example.cn/news/kutupxana",
        page(
            "ug",
            "كۈتۈپخانا يېڭى ئوقۇش زالى ئاچتى | شەھەر خەۋەرلىرى",
            line("date", "2024-يىلى 12-مارت 14:10"),
        ),
        at(2024, 3, 12, 14, 10),
    ),
    probe(
        "as_bengali_digits_aparahna",
        "https://www.chahar-batori.example.in/news/library",
        page(
            "as",
            "পুথিভঁৰালত নতুন পঠন কক্ষ | চহৰ বাতৰি",
            line("date", "১২ মাৰ্চ ২০২৪, ০৪:২০ অপৰাহ্ন"),
        ),
        at(2024, 3, 12, 16, 20),
    ),
    # --- calendars other than the Gregorian one (truth: the Gregorian day) ---
    probe(
        "fa_solar_hijri_and_newer_comments",
        "https://www.khabar-mahalle.example.ir/news/99120",
        page(
            "fa",
            "بازار شب به محوطه راه‌آهن رفت | خبر محله",
            line("date", "۲۲ اسفند ۱۴۰۲ - ۱۰:۴۵"),
            after=comments(
                "دیدگاه‌ها",
                [("مریم", "۲۳ اسفند ۱۴۰۲ - ۰۸:۱۰"), ("رضا", "۲۳ اسفند ۱۴۰۲ - ۲۱:۳۰")],
            ),
        ),
        at(2024, 3, 12, 10, 45),
    ),
    probe(
        "ps_afghan_solar_month_hut",
        "https://www.kabul-khabarona.example.af/news/kitabtun",
        page(
            "ps",
            "کتابتون نوې خونه پرانیستله | کابل خبرونه",
            line("date", "۲۲ حوت ۱۴۰۲"),
        ),
        day(2024, 3, 12),
    ),
    probe(
        "ar_hijri_alone",
        "https://www.akhbar-alhay.example.sa/news/souq",
        page(
            "ar",
            "سوق الليل ينتقل إلى ساحة السكة الحديدية | أخبار الحي",
            line("date", "الثلاثاء 2 رمضان 1445 هـ"),
        ),
        day(2024, 3, 12),
    ),
    probe(
        "am_ethiopian_year",
        "https://www.addis-zena.example.et/news/gebeya",
        page(
            "am",
            "የምሽቱ ገበያ ተዛወረ | አዲስ ዜና",
            line("date", "መጋቢት 3 ቀን 2016 ዓ.ም"),
        ),
        day(2024, 3, 12),
    ),
    probe(
        "ne_bikram_sambat_time",
        "https://www.nagar-khabar.example.np/news/pustakalaya",
        page(
            "ne",
            "पुस्तकालयमा नयाँ पठन कक्ष | नगर खबर",
            line("date", "२९ फागुन २०८०, ११:२५"),
        ),
        at(2024, 3, 12, 11, 25),
    ),
    probe(
        "ne_bikram_sambat_beside_offset_meta",
        "https://www.pahad-khabar.example.np/news/pustakalaya",
        page(
            "ne",
            "पुस्तकालयमा नयाँ पठन कक्ष | पहाड खबर",
            line("date", "मंगलबार, २९ फागुन २०८०"),
            head=og("article:published_time", "2024-03-12T11:25:00+05:45"),
        ),
        at(2024, 3, 12, 11, 25, tz=NPT),
    ),
    # --- traps: comments, copyright, events, calendars, related stories ---
    probe(
        "sq_comments_newer_than_story",
        "https://www.zeri-i-qytetit.example.al/lajme/biblioteka",
        page(
            "sq",
            "Biblioteka hap sallë të re leximi | Zëri i Qytetit",
            line("date", "12 mars 2024"),
            after=comments(
                "Komente",
                [("Arta", "13 mars 2024, 20:10"), ("Besnik", "14 mars 2024, 09:45")],
            ),
        ),
        day(2024, 3, 12),
    ),
    probe(
        "mk_only_comment_dates",
        "https://www.makedonski-vesti.example.mk/vesti/citalna",
        page(
            "mk",
            "Библиотеката отвора нова читална | Македонски вести",
            "",
            after=comments("Коментари", [("Марко", "13 март 2024, 20:10"), ("Ана", "пред 2 часа")]),
        ),
        None,
    ),
    probe(
        "bs_copyright_year_only",
        "https://www.dolina-info.example.ba/vijesti/citaonica",
        page(
            "bs",
            "Biblioteka otvara novu čitaonicu | Dolina info",
            "",
            foot="<p>© 2024 Dolina info. Sva prava zadržana.</p>",
        ),
        None,
    ),
    probe(
        "be_past_event_in_text",
        "https://www.minskaja-hazeta.example.by/news/vystava",
        page(
            "be",
            "Бібліятэка адкрыла новую чытальную залу | Мінская газета",
            line("date", "11 сакавіка 2024, 10:05"),
            lead="Выстава ў холе адкрылася 2 сакавіка 2024 і працуе да канца месяца. ",
        ),
        at(2024, 3, 11, 10, 5),
    ),
    probe(
        "nb_event_day_and_time_range_only",
        "https://www.kulturliv.example.no/arrangement/konsert",
        page(
            "nb",
            "Konsert i biblioteket | Kulturliv",
            "",
            lead="Konserten holdes 9. mars 2024 kl. 19.00–21.00 i lesesalen. ",
        ),
        None,
    ),
    probe(
        "mk_time_range_in_text",
        "https://www.skopje-denes.example.mk/vesti/rabotilnica",
        page(
            "mk",
            "Библиотеката отвора нова читална | Скопје денес",
            line("date", "Објавено: 11.03.2024"),
            lead="Работилницата е на 13.03.2024, 10:00-12:00 во читалната. ",
        ),
        day(2024, 3, 11),
    ),
    probe(
        "lb_archive_calendar",
        "https://www.dierfblat.example.lu/news/bibliotheik",
        page(
            "lb",
            "Bibliothéik mécht neie Liessall op | Dierfblat",
            line("date", "11. Mäerz 2024"),
            aside=calendar("Mäerz 2024"),
        ),
        day(2024, 3, 11),
    ),
    probe(
        "ky_related_stories_newer",
        "https://www.ala-too-kabar.example.kg/news/kitepkana",
        page(
            "ky",
            "Китепкана жаңы окуу залын ачты | Ала-Тоо кабар",
            line("date", "12-март, 2024-жыл"),
            after=related(
                "Окшош жаңылыктар",
                [("Музей жаңы көргөзмө ачты", "13-март, 2024"), ("Парк оңдолду", "14-март, 2024")],
            ),
        ),
        day(2024, 3, 12),
    ),
    probe(
        "fo_update_box_below_story",
        "https://www.oyggjatidindi.example.fo/tidindi/lesisalur",
        page(
            "fo",
            "Bókasavnið letur nýggjan lesisal upp | Oyggjatíðindi",
            line("date", "12. mars 2024"),
            after='<div class="update-box"><b>Dagført</b> 13. mars 2024 kl. 09:30</div>',
        ),
        day(2024, 3, 12),
        at(2024, 3, 13, 9, 30),
    ),
    probe(
        "sq_footer_last_modified_only",
        "https://www.bashkia-e-qytetit.example.al/biblioteka",
        page(
            "sq",
            "Biblioteka | Bashkia e Qytetit",
            "",
            foot="<p>Faqja u përditësua së fundmi më 12 mars 2024, në 10:05.</p>"
            "<p>© 2024 Bashkia e Qytetit</p>",
        ),
        at(2024, 3, 12, 10, 5),
        at(2024, 3, 12, 10, 5),
    ),
    # --- version numbers that read as days ---
    probe(
        "fi_version_string_only",
        "https://www.ohjelmisto.example.fi/muutokset",
        page(
            "fi",
            "Muutokset | Ohjelmisto",
            line("version", "Versio 3.2.24 · edellinen Versio 1.2.34"),
        ),
        None,
    ),
    probe(
        "fi_version_beside_published",
        "https://www.ohjelmistouutiset.example.fi/uutiset/versio",
        page(
            "fi",
            "Uusi versio julkaistiin | Ohjelmistouutiset",
            line("meta", "Versio 1.2.34 · Julkaistu 12.3.2024"),
        ),
        day(2024, 3, 12),
    ),
    # --- relative stamps against the fetch time ---
    probe(
        "fr_il_y_a_3_heures",
        "https://www.la-gazette-du-port.example.fr/actu/bac",
        page(
            "fr", "Le bac reprend du service | La Gazette du Port", line("date", "il y a 3 heures")
        ),
        day(2024, 3, 14),
    ),
    probe(
        "uk_hodyn_tomu_early_fetch",
        "https://www.mista-novyny.example.ua/news/mist",
        page("uk", "Міст знову відкрили | Міста новини", line("date", "5 годин тому")),
        day(2024, 3, 13),
        fetched=_EARLY,
    ),
    probe(
        "sq_ore_me_pare",
        "https://www.lajme-sot.example.al/lajme/biblioteka",
        page("sq", "Biblioteka hap sallë të re | Lajme Sot", line("date", "3 orë më parë")),
        day(2024, 3, 14),
    ),
    probe(
        "te_gantala_kritam",
        "https://www.telugu-vela.example.in/news/market",
        page("te", "రాత్రి మార్కెట్ మారింది | తెలుగు వేళ", line("date", "3 గంటల క్రితం")),
        day(2024, 3, 14),
    ),
    # --- a day from the URL, JSON-LD or a meta tag beside a visible time ---
    probe(
        "af_url_day_visible_time",
        "https://www.kusnuus.example.co.za/2024/03/12/biblioteek-leeskamer",
        page(
            "af",
            "Biblioteek open nuwe leeskamer | Kusnuus",
            line("date", "12 Maart 2024 om 21:40"),
        ),
        at(2024, 3, 12, 21, 40),
    ),
    probe(
        "mt_jsonld_day_visible_time",
        "https://www.il-gazzetta.example.mt/ahbarijiet/librerija",
        page(
            "mt",
            "Il-librerija tiftaħ kamra tal-qari | Il-Gazzetta",
            line("date", "12 ta' Marzu 2024, 14:10"),
            head=ld(headline="Il-librerija tiftaħ kamra tal-qari", datePublished="2024-03-12"),
        ),
        at(2024, 3, 12, 14, 10),
    ),
    probe(
        "bs_popodne_with_og_offset",
        "https://www.sarajevski-dan.example.ba/vijesti/biblioteka",
        page(
            "bs",
            "Biblioteka otvara novu čitaonicu | Sarajevski dan",
            line("date", "12. mart 2024. u 3:40 popodne"),
            head=og("article:published_time", "2024-03-12T15:40:00+01:00"),
        ),
        at(2024, 3, 12, 15, 40, tz=_zone(1)),
    ),
]

FIELDS = ("published", "modified")

# The blind run (on 394990a7, before any fix), 64 pages, 74 judged values: newsextract 62/74
# (62/74 on the day alone), trafilatura 39/74, htmldate 40/74 (both on the day alone). After
# the fixes (a word with its dot before a short year's time, "12.03.24 kl. 15.20"; a dotted
# version's last numbers are no time before a day; Bikram Sambat written day first; Uyghur's
# year word; Albanian "u përditësua" and "në" from the language file): 68/74; one dev page
# moved (the same instant at the offset its page writes). Left open below.
_OPEN: dict[tuple[str, str], str] = {
    ("tg_marti_soli", "published"): "Tajik: dateparser has no data; its izofat forms unread",
    ("dz_tibetan_digits", "published"): "Tibetan-script parts opened by their words: no form",
    ("bo_year_month_day", "published"): "Tibetan-script parts opened by their words: no form",
    ("nb_event_day_and_time_range_only", "published"): (
        "with no other date the page search reads a day in the prose (htmldate's fallback)"
    ),
    ("sq_footer_last_modified_only", "published"): "a footer's last change dates no publication",
    ("fi_version_string_only", "published"): (
        "the page search reads a short year's day in a short element, as htmldate does"
    ),
}

test_blind_date_probe_77d = fetched_field_test(PROBES, FIELDS, _OPEN)


if __name__ == "__main__":  # pragma: no cover
    report_date_probes(PROBES, FIELDS)
