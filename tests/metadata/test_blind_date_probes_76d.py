"""A blind probe of published and modified dates (issue 12, wave 76d): pages whose date is
written only in visible text or odd markup, in 37 languages (29 the dev sets lack: Slovak,
Croatian, Bulgarian, Lithuanian, Finnish, Icelandic, Irish, Welsh, Basque, Catalan, Galician,
Malay, Tagalog, Swahili, Georgian, Armenian, Azerbaijani, Kazakh, Uzbek, Sinhala, Khmer, Lao,
Burmese, Nepali, Czech, Hungarian, Romanian, Danish, Serbian among them), with the traps issue
12 names: day-first against month-first numerals, two-digit years, comments older and newer
than the story, "last updated" boxes, copyright years, an event's day in the text, an archive
calendar, related stories' days, relative stamps against a fetch time, zones written as names
or abbreviations, 12-hour clocks with the language's own am/pm words, a Buddhist-era year, a
Hijri day beside the Gregorian one, a time beside a day in JSON-LD or the URL.

The truth was decided from each page as a reader would before any run: a day or a time as
written (a zone only when the page writes one, as its offset on that day); a relative stamp
on its day against the fetch time (2024-03-14 13:00 UTC unless the probe gives another) in
the page's own zone when it names one; ``None`` when the page shows no day of its own; a page
whose only day is its last update dated by it (docs/field-published.md); ``...`` not judged.
``python -m tests.metadata.test_blind_date_probes_76d`` prints newsextract's, trafilatura's
and htmldate's hits. Every site, name and text here is invented."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from typing import Any

from tests.metadata.language_probes.kit import fetched_field_test, report_date_probes
from tests.metadata.test_blind_author_probes_75 import SAY
from tests.metadata.test_blind_byline_probes_2 import TEXTS as FERRY
from tests.metadata.test_blind_byline_probes_3 import TEXTS as MARKET
from tests.metadata.test_blind_date_probes_2 import TEXTS as LIBRARY
from tests.metadata.test_blind_date_probes_6 import FETCHED, at, day, ld, og
from tests.metadata.test_blind_date_probes_69 import line


def _zone(hours: float) -> timezone:
    return timezone(timedelta(hours=hours))


GMT, CET, EET, EST = _zone(0), _zone(1), _zone(2), _zone(-5)
AEDT, MYT, GET, AMT, EAT = _zone(11), _zone(8), _zone(4), _zone(4), _zone(3)

# The story's sentence in the languages the kits above have none for.
_OWN = {
    "si": "නගර පුස්තකාලය දෙවන මහලේ දිගු මේස, නිහඬ කුටි සහ සියවසක් පැරණි ප්‍රාදේශීය පුවත්පත් "
    "රාක්කයක් සහිත නව කියවීම් කාමරයක් විවෘත කරයි.",
    "km": "បណ្ណាល័យក្រុងបើកបន្ទប់អានថ្មីនៅជាន់ទីពីរ ដែលមានតុវែងៗ កន្លែងស្ងាត់ៗ "
    "និងធ្នើកាសែតក្នុងស្រុកដែលមានអាយុកាលមួយសតវត្សរ៍។",
    "lo": "ຫໍສະໝຸດຂອງເມືອງເປີດຫ້ອງອ່ານໃໝ່ຢູ່ຊັ້ນສອງ ມີໂຕະຍາວ ບ່ອນນັ່ງງຽບ ແລະ ຊັ້ນວາງໜັງສືພິມທ້ອງຖິ່ນທີ່ມີອາຍຸຮອດໜຶ່ງສະຕະວັດ.",
    "my": "မြို့တော်စာကြည့်တိုက်သည် ဒုတိယထပ်တွင် စားပွဲရှည်များ၊ တိတ်ဆိတ်သောအခန်းငယ်များနှင့် "
    "ရာစုနှစ်တစ်ခုစာ ဒေသသတင်းစာစင်ပါသော စာဖတ်ခန်းအသစ်ကို ဖွင့်လှစ်သည်။",
    "uz": "Shahar kutubxonasi ikkinchi qavatda uzun stollar, sokin kabinalar va bir asrlik "
    "mahalliy gazetalar javoni bilan yangi o'quv zalini ochdi.",
    "ne": "नगर पुस्तकालयले दोस्रो तलामा लामा टेबल, शान्त कक्ष र एक शताब्दी पुराना स्थानीय "
    "पत्रिकाको दराजसहित नयाँ पठन कक्ष खोलेको छ।",
    "cs": "Městská knihovna otevírá ve druhém patře novou studovnu s dlouhými stoly, tichými "
    "boxy a regálem místních novin, které sahají o sto let zpět.",
    "sl": "Mestna knjižnica v drugem nadstropju odpira novo čitalnico z dolgimi mizami in "
    "polico lokalnih časopisov, ki sega stoletje nazaj.",
    "mn": "Хотын номын сан хоёрдугаар давхарт урт ширээ, нам гүм бүхээг бүхий шинэ уншлагын "
    "танхим нээлээ.",
}
_TEXTS: dict[str, str] = {**LIBRARY, **FERRY, **SAY, **MARKET, **_OWN}
_RTL = {"ar", "fa", "he"}


def _text(lang: str) -> str:
    return _TEXTS.get(lang) or _TEXTS[lang.split("-")[0]]


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
    """A story's page: ``head`` in ``<head>``, the headline (``title`` before its " | ") with
    ``meta`` under it, the prose (opening with ``lead``), ``after`` below the prose (comments,
    related stories), ``aside`` in a side column (an archive calendar), ``foot`` in the site's
    footer after its name."""
    direction = ' dir="rtl"' if lang in _RTL else ""
    h1, _, site = title.partition(" | ")
    text = _text(lang)
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


def comments(heading: str, items: list[tuple[str, str]]) -> str:
    """A comment section: each comment ``(author, its date text)``."""
    cells = "".join(
        f'<li class="comment"><div class="comment-meta"><b class="comment-author">{who}</b> '
        f'<span class="comment-date">{when}</span></div><p>+1, good.</p></li>'
        for who, when in items
    )
    return (
        f'<section id="comments"><h3>{heading}</h3><ol class="comment-list">{cells}</ol></section>'
    )


def related(heading: str, items: list[tuple[str, str]]) -> str:
    """A related-stories box: each ``(title, its date text)``."""
    cells = "".join(
        f'<li><a href="/news/r{n}">{title}</a> <span class="date">{when}</span></li>'
        for n, (title, when) in enumerate(items)
    )
    return f'<div class="related"><h4>{heading}</h4><ul>{cells}</ul></div>'


def calendar(caption: str, days: int = 31) -> str:
    """An archive calendar of a month (``caption``), some days linked."""
    cells = "".join(
        f'<td><a href="/2024/03/{d:02d}/">{d}</a></td>' if d % 4 == 1 else f"<td>{d}</td>"
        for d in range(1, days + 1)
    )
    return (
        f'<table id="wp-calendar" class="wp-calendar-table"><caption>{caption}</caption>'
        f"<tbody><tr>{cells}</tr></tbody></table>"
    )


def probe(
    name: str, url: str, html: str, published: Any, modified: Any = ..., *, fetched: Any = FETCHED
) -> tuple[Any, ...]:
    """A probe's record: name, url, html, fetch time, published, modified."""
    return (name, url, html, fetched, published, modified)


# A fetch time one hour after midnight UTC: a stamp of five hours before falls the day before.
_EARLY = datetime(2024, 3, 14, 1, 0, tzinfo=UTC)

PROBES: list[tuple[Any, ...]] = [
    # --- numerals: day-first and month-first, two-digit years ---
    probe(
        "sk_numeric_day_first_o_and_updated",
        "https://www.mestske-noviny.example.sk/spravy/citaren",
        page(
            "sk",
            "Knižnica otvára novú čitáreň | Mestské noviny",
            line("meta", "05.03.2024 o 14:25 | Aktualizované 06.03.2024 o 09:10"),
        ),
        at(2024, 3, 5, 14, 25),
        at(2024, 3, 6, 9, 10),
    ),
    probe(
        "en_us_month_first_numeric_et",
        "https://www.valley-courier.example.com/local/library-reading-room",
        page(
            "en-US",
            "Library opens new reading room | Valley Courier",
            line("dateline", "Published 03/05/2024 2:20 PM ET"),
        ),
        at(2024, 3, 5, 14, 20, tz=EST),
    ),
    probe(
        "en_gb_day_first_numeric_gmt",
        "https://www.shire-gazette.example.co.uk/news/library-reading-room",
        page(
            "en-GB",
            "Library opens new reading room | Shire Gazette",
            line("dateline", "05/03/2024 14:20 GMT"),
        ),
        at(2024, 3, 5, 14, 20, tz=GMT),
    ),
    probe(
        "en_us_two_digit_year",
        "https://www.prairie-post.example.com/story/library",
        page(
            "en-US",
            "Library opens new reading room | Prairie Post",
            line("posted", "Posted 3/5/24"),
        ),
        day(2024, 3, 5),
    ),
    probe(
        "fi_two_digit_year_klo_and_paivitetty",
        "https://www.kaupunkilehti.example.fi/uutiset/lukusali",
        page(
            "fi",
            "Kirjasto avaa uuden lukusalin | Kaupunkilehti",
            line("meta", "Julkaistu 5.3.24 klo 14.20 · Päivitetty 6.3.24 klo 8.05"),
        ),
        at(2024, 3, 5, 14, 20),
        at(2024, 3, 6, 8, 5),
    ),
    probe(
        "hr_day_first_dot_year_trailing_dot",
        "https://www.gradski-list.example.hr/vijesti/citaonica",
        page(
            "hr",
            "Knjižnica otvara novu čitaonicu | Gradski list",
            line("date", "Objavljeno: 5.3.2024. u 10:15 · Ažurirano: 7.3.2024. u 18:40"),
        ),
        at(2024, 3, 5, 10, 15),
        at(2024, 3, 7, 18, 40),
    ),
    probe(
        "gl_day_first_slash_as_and_time_only_update",
        "https://www.xornal-da-vila.example.gal/novas/sala-de-lectura",
        page(
            "gl",
            "A biblioteca abre unha nova sala de lectura | Xornal da Vila",
            line("date", "05/03/2024 ás 10:30 · Actualizado ás 14:10"),
        ),
        at(2024, 3, 5, 10, 30),
        at(2024, 3, 5, 14, 10),
    ),
    probe(
        "sr_cyrillic_month_trailing_dot",
        "https://www.gradske-vesti.example.rs/vesti/citaonica",
        page(
            "sr",
            "Библиотека отвара нову читаоницу | Градске вести",
            line("date", "05. март 2024. 14:20"),
        ),
        at(2024, 3, 5, 14, 20),
    ),
    # --- months in words, with a time ---
    probe(
        "bg_month_word_ch_and_obnovena",
        "https://www.grad-novini.example.bg/novini/chitalnya",
        page(
            "bg",
            "Библиотеката отваря нова читалня | Градски новини",
            line("date", "Публикувана: 5 март 2024, 10:30 ч. | Обновена: 5 март 2024, 16:45 ч."),
        ),
        at(2024, 3, 5, 10, 30),
        at(2024, 3, 5, 16, 45),
    ),
    probe(
        "lt_year_first_m_d",
        "https://www.miesto-zinios.example.lt/naujienos/skaitykla",
        page(
            "lt",
            "Biblioteka atidaro naują skaityklą | Miesto žinios",
            line("date", "2024 m. kovo 5 d. 14:20"),
        ),
        at(2024, 3, 5, 14, 20),
    ),
    probe(
        "is_mars_kl",
        "https://www.baejarfrettir.example.is/frettir/lestrarsalur",
        page(
            "is",
            "Bókasafnið opnar nýjan lestrarsal | Bæjarfréttir",
            line("date", "5. mars 2024 kl. 14:20"),
        ),
        at(2024, 3, 5, 14, 20),
    ),
    probe(
        "eu_basque_year_first_genitive",
        "https://www.herriko-berriak.example.eus/albisteak/irakurgela",
        page(
            "eu",
            "Liburutegiak irakurgela berria zabaldu du | Herriko Berriak",
            line("date", "2024ko martxoaren 5a, 10:30 · Eguneratua: 2024ko martxoaren 6a, 12:15"),
        ),
        at(2024, 3, 5, 10, 30),
        at(2024, 3, 6, 12, 15),
    ),
    probe(
        "ca_de_marc_and_actualitzat",
        "https://www.diari-de-la-vila.example.cat/noticies/sala-de-lectura",
        page(
            "ca",
            "La biblioteca obre una nova sala de lectura | Diari de la Vila",
            line("date", "5 de març de 2024, 10:30 h · Actualitzat: 6 de març de 2024, 12:10 h"),
        ),
        at(2024, 3, 5, 10, 30),
        at(2024, 3, 6, 12, 10),
    ),
    probe(
        "ka_month_word_time",
        "https://www.kalakis-ambebi.example.ge/news/12345",
        page(
            "ka",
            "ბიბლიოთეკამ ახალი სამკითხველო გახსნა | ქალაქის ამბები",
            line("date", "5 მარტი 2024, 14:20"),
        ),
        at(2024, 3, 5, 14, 20),
    ),
    probe(
        "hy_genitive_month_time",
        "https://www.kaghaki-lurer.example.am/news/5512",
        page(
            "hy",
            "Գրադարանը բացել է նոր ընթերցասրահ | Քաղաքի լուրեր",
            line("date", "5 մարտի, 2024 14:20"),
        ),
        at(2024, 3, 5, 14, 20),
    ),
    probe(
        "az_mart_and_yenilenib",
        "https://www.seher-xeberleri.example.az/xeber/oxu-zali",
        page(
            "az",
            "Kitabxana yeni oxu zalı açdı | Şəhər Xəbərləri",
            line("date", "5 mart 2024, 14:20 · Yenilənib: 6 mart 2024, 09:00"),
        ),
        at(2024, 3, 5, 14, 20),
        at(2024, 3, 6, 9, 0),
    ),
    probe(
        "kk_nauryz_time",
        "https://www.qala-janalyqtary.example.kz/news/7781",
        page(
            "kk",
            "Кітапхана жаңа оқу залын ашты | Қала жаңалықтары",
            line("date", "5 наурыз 2024, 14:20"),
        ),
        at(2024, 3, 5, 14, 20),
    ),
    probe(
        "uz_latin_suffixed_month_year",
        "https://www.shahar-yangiliklari.example.uz/news/oquv-zali",
        page(
            "uz",
            "Kutubxona yangi o'quv zalini ochdi | Shahar yangiliklari",
            line("date", "5-mart 2024-yil, 14:20"),
        ),
        at(2024, 3, 5, 14, 20),
    ),
    probe(
        "hu_year_first_weekday_and_frissitve",
        "https://www.varosi-hirek.example.hu/hirek/olvasoterem",
        page(
            "hu",
            "Új olvasóterem nyílt a könyvtárban | Városi Hírek",
            line("date", "2024. március 5., kedd 14:20 · Frissítve: 2024. március 6. 09:10"),
        ),
        at(2024, 3, 5, 14, 20),
        at(2024, 3, 6, 9, 10),
    ),
    probe(
        "ro_ora_and_actualizat",
        "https://www.stiri-orasului.example.ro/stiri/sala-lectura",
        page(
            "ro",
            "Biblioteca deschide o nouă sală de lectură | Știrile orașului",
            line("date", "5 martie 2024, ora 14:20 | Actualizat: 6 martie 2024, ora 09:10"),
        ),
        at(2024, 3, 5, 14, 20),
        at(2024, 3, 6, 9, 10),
    ),
    probe(
        "da_marts_kl_dots_and_opdateret",
        "https://www.byavisen.example.dk/nyheder/laesesal",
        page(
            "da",
            "Biblioteket åbner ny læsesal | Byavisen",
            line("date", "5. marts 2024 kl. 14.20 · Opdateret 6. marts 2024 kl. 09.10"),
        ),
        at(2024, 3, 5, 14, 20),
        at(2024, 3, 6, 9, 10),
    ),
    probe(
        "cy_mawrth_month_and_weekday",
        "https://www.newyddion-y-dref.example.cymru/newyddion/ystafell-ddarllen",
        page(
            "cy",
            "Llyfrgell yn agor ystafell ddarllen newydd | Newyddion y Dref",
            line("date", "Dydd Mawrth 5 Mawrth 2024"),
        ),
        day(2024, 3, 5),
    ),
    # --- 12-hour clocks with the language's words ---
    probe(
        "ms_petang_myt",
        "https://www.berita-bandar.example.my/berita/bilik-bacaan",
        page(
            "ms",
            "Perpustakaan buka bilik bacaan baharu | Berita Bandar",
            line("date", "5 Mac 2024, 3:20 petang MYT"),
        ),
        at(2024, 3, 5, 15, 20, tz=MYT),
    ),
    probe(
        "tl_ng_gabi",
        "https://www.balitang-bayan.example.ph/balita/silid-aklatan",
        page(
            "tl",
            "Bagong silid-basahan sa aklatan | Balitang Bayan",
            line("date", "Marso 5, 2024 - 8:15 ng gabi"),
        ),
        at(2024, 3, 5, 20, 15),
    ),
    probe(
        "cy_yh_afternoon",
        "https://www.papur-bro.example.cymru/newyddion/llyfrgell",
        page(
            "cy",
            "Llyfrgell yn agor ystafell ddarllen newydd | Papur Bro",
            line("date", "5 Mawrth 2024 3:20yh"),
        ),
        at(2024, 3, 5, 15, 20),
    ),
    probe(
        "ga_marta_in_after_noon",
        "https://www.nuacht-an-bhaile.example.ie/nuacht/seomra-leitheoireachta",
        page(
            "ga",
            "Seomra léitheoireachta nua sa leabharlann | Nuacht an Bhaile",
            line("date", "5 Márta 2024, 3:20 i.n. · Nuashonraithe 6 Márta 2024"),
        ),
        at(2024, 3, 5, 15, 20),
        day(2024, 3, 6),
    ),
    probe(
        "is_eh_afternoon",
        "https://www.eyjafrettir.example.is/frettir/bokasafn",
        page(
            "is",
            "Bókasafnið opnar nýjan lestrarsal | Eyjafréttir",
            line("date", "5. mars 2024 kl. 3:20 e.h."),
        ),
        at(2024, 3, 5, 15, 20),
    ),
    probe(
        "si_pv_year_first",
        "https://www.nagara-puwath.example.lk/news/7781",
        page(
            "si",
            "පුස්තකාලය නව කියවීම් කාමරයක් විවෘත කරයි | නගර පුවත්",
            line("date", "2024 මාර්තු 05 ප.ව. 02:20"),
        ),
        at(2024, 3, 5, 14, 20),
    ),
    probe(
        "km_khmer_digits_afternoon",
        "https://www.pordamean-krong.example.kh/news/5512",
        page(
            "km",
            "បណ្ណាល័យបើកបន្ទប់អានថ្មី | ព័ត៌មានក្រុង",
            line("date", "ថ្ងៃទី៥ ខែមីនា ឆ្នាំ២០២៤ ម៉ោង ២:២០ រសៀល"),
        ),
        at(2024, 3, 5, 14, 20),
    ),
    probe(
        "ne_devanagari_bihana",
        "https://www.nagar-samachar.example.com.np/news/7781",
        page(
            "ne",
            "पुस्तकालयले नयाँ पठन कक्ष खोल्यो | नगर समाचार",
            line("date", "मार्च ५, २०२४ बिहान १०:३० बजे"),
        ),
        at(2024, 3, 5, 10, 30),
    ),
    probe(
        "sw_saa_asubuhi_swahili_time",
        "https://www.habari-za-mji.example.co.tz/habari/maktaba",
        page(
            "sw",
            "Maktaba yafungua chumba kipya cha kusomea | Habari za Mji",
            line("date", "Machi 5, 2024 saa 4:30 asubuhi"),
        ),
        # Swahili time counts the hours from six in the morning: saa 4:30 asubuhi is 10:30.
        at(2024, 3, 5, 10, 30),
    ),
    # --- zones written as names or abbreviations ---
    probe(
        "en_eastern_standard_time_spelled",
        "https://www.harbor-ledger.example.com/city/library",
        page(
            "en",
            "Library opens new reading room | Harbor Ledger",
            line("byline", "By Ana Ruiz | March 5, 2024 at 2:20 p.m. Eastern Standard Time"),
        ),
        at(2024, 3, 5, 14, 20, tz=EST),
    ),
    probe(
        "en_aedt_pm",
        "https://www.coastal-times.example.com.au/news/library",
        page(
            "en-AU",
            "Library opens new reading room | Coastal Times",
            line("date", "5 March 2024, 2:20pm AEDT"),
        ),
        at(2024, 3, 5, 14, 20, tz=AEDT),
    ),
    probe(
        "de_mez_uhr",
        "https://www.kreisbote.example.de/lokales/lesesaal",
        page(
            "de",
            "Bibliothek eröffnet neuen Lesesaal | Kreisbote",
            line("date", "05.03.2024, 14:20 Uhr MEZ"),
        ),
        at(2024, 3, 5, 14, 20, tz=CET),
    ),
    probe(
        "bg_eet_abbreviation",
        "https://www.morski-vestnik.example.bg/novini/biblioteka",
        page(
            "bg",
            "Библиотеката отваря нова читалня | Морски вестник",
            line("date", "05.03.2024 10:30 EET"),
        ),
        at(2024, 3, 5, 10, 30, tz=EET),
    ),
    probe(
        "ka_gmt_plus_4",
        "https://www.tbilisis-matsne.example.ge/news/88",
        page(
            "ka",
            "ბიბლიოთეკამ ახალი სამკითხველო გახსნა | თბილისის მაცნე",
            line("date", "05.03.2024 14:20 (GMT+4)"),
        ),
        at(2024, 3, 5, 14, 20, tz=GET),
    ),
    probe(
        "sw_eat_24h",
        "https://www.pwani-leo.example.co.ke/habari/maktaba",
        page(
            "sw",
            "Maktaba yafungua chumba kipya cha kusomea | Pwani Leo",
            line("date", "Imechapishwa: 05/03/2024 14:20 EAT"),
        ),
        at(2024, 3, 5, 14, 20, tz=EAT),
    ),
    # --- relative stamps against the fetch time ---
    probe(
        "sk_pred_hodinami",
        "https://www.rychle-spravy.example.sk/spravy/kniznica",
        page("sk", "Knižnica otvára novú čitáreň | Rýchle správy", line("ago", "pred 3 hodinami")),
        day(2024, 3, 14),
    ),
    probe(
        "lt_pries_val",
        "https://www.naujienos-lt.example.lt/miestas/skaitykla",
        page("lt", "Biblioteka atidaro naują skaityklą | Naujienos", line("ago", "prieš 2 val.")),
        day(2024, 3, 14),
    ),
    probe(
        "fi_paivaa_sitten",
        "https://www.paikallis.example.fi/uutiset/kirjasto",
        page("fi", "Kirjasto avaa uuden lukusalin | Paikallis", line("ago", "2 päivää sitten")),
        day(2024, 3, 12),
    ),
    probe(
        "is_fyrir_klukkustundum",
        "https://www.nyjustu.example.is/frettir/bokasafn",
        page(
            "is",
            "Bókasafnið opnar nýjan lestrarsal | Nýjustu",
            line("ago", "fyrir 3 klukkustundum"),
        ),
        day(2024, 3, 14),
    ),
    probe(
        "ka_saatis_tsin",
        "https://www.ambebi-dghes.example.ge/news/771",
        page(
            "ka",
            "ბიბლიოთეკამ ახალი სამკითხველო გახსნა | ამბები დღეს",
            line("ago", "3 დღის წინ"),
        ),
        day(2024, 3, 11),
    ),
    probe(
        "ms_jam_yang_lalu",
        "https://www.berita-kini.example.my/berita/perpustakaan",
        page(
            "ms",
            "Perpustakaan buka bilik bacaan baharu | Berita Kini",
            line("ago", "Diterbitkan 5 jam yang lalu"),
        ),
        day(2024, 3, 14),
    ),
    probe(
        "tl_araw_ang_nakalipas",
        "https://www.pahayagan.example.ph/balita/aklatan",
        page(
            "tl",
            "Bagong silid-basahan sa aklatan | Pahayagan",
            line("ago", "2 araw ang nakalipas"),
        ),
        day(2024, 3, 12),
    ),
    probe(
        "hr_prije_sati_across_midnight",
        "https://www.vijesti-sada.example.hr/vijesti/knjiznica",
        page(
            "hr",
            "Knjižnica otvara novu čitaonicu | Vijesti sada",
            line("ago", "prije 5 sati"),
        ),
        # fetched at 01:00 UTC (02:00 in Zagreb): five hours before is 21:00 the day before.
        day(2024, 3, 13),
        fetched=_EARLY,
    ),
    probe(
        "ca_fa_hores_with_published_day",
        "https://www.el-punt-nou.example.cat/noticies/biblioteca",
        page(
            "ca",
            "La biblioteca obre una nova sala de lectura | El Punt Nou",
            line("date", "Publicat el 12 de març de 2024 · Actualitzat fa 2 hores"),
        ),
        day(2024, 3, 12),
        day(2024, 3, 14),
    ),
    # --- other dates on the page: comments, related stories, events, calendars, © ---
    probe(
        "fi_comments_newer_than_story",
        "https://www.lahiuutiset.example.fi/uutiset/lukusali",
        page(
            "fi",
            "Kirjasto avaa uuden lukusalin | Lähiuutiset",
            line("date", "5.3.2024 10:15"),
            after=comments(
                "Kommentit (3)",
                [
                    ("Matti", "12.3.2024 18:40"),
                    ("Liisa", "13.3.2024 07:05"),
                    ("Pekka", "13.3.2024 21:30"),
                ],
            ),
        ),
        at(2024, 3, 5, 10, 15),
    ),
    probe(
        "en_comments_older_than_republished_story",
        "https://www.hill-herald.example.com/features/library-history",
        page(
            "en",
            "A century of the library's reading room | Hill Herald",
            line("meta", "Republished March 12, 2024"),
            after=comments(
                "Comments",
                [("Dana", "March 2, 2024 at 9:14 am"), ("Lee", "March 3, 2024 at 6:40 pm")],
            ),
        ),
        day(2024, 3, 12),
    ),
    probe(
        "cs_related_stories_newer",
        "https://www.mestsky-zpravodaj.example.cz/zpravy/studovna",
        page(
            "cs",
            "Knihovna otevírá novou studovnu | Městský zpravodaj",
            line("date", "5. března 2024 14:20"),
            after=related(
                "Související články",
                [
                    ("Nové parkoviště u nádraží", "13. března 2024"),
                    ("Oprava mostu", "12. března 2024"),
                ],
            ),
        ),
        at(2024, 3, 5, 14, 20),
    ),
    probe(
        "en_event_day_in_text_posted_in_footer",
        "https://www.riverside-notes.example.org/2024/library-concert",
        page(
            "en",
            "Library hosts a concert in its new reading room | Riverside Notes",
            "",
            lead="The concert takes place on Saturday, 20 April 2024 at 7:30 pm. ",
            after=line("post-footer", "Posted on Tuesday 5 March 2024 by the editor", "p"),
        ),
        day(2024, 3, 5),
    ),
    probe(
        "sl_event_day_before_posted",
        "https://www.obcinski-glas.example.si/novice/koncert",
        page(
            "sl",
            "Koncert v novi čitalnici | Občinski glas",
            line("date", "Objavljeno: 5. 3. 2024"),
            lead="Koncert bo v soboto, 20. aprila 2024, ob 19.30. ",
        ),
        day(2024, 3, 5),
    ),
    probe(
        "en_archive_calendar_and_footer_day",
        "https://www.quiet-reader.example.net/reading-room-opens/",
        page(
            "en",
            "The reading room opens | Quiet Reader",
            "",
            after=line("entry-meta", "Tuesday, 5 March 2024 · 3 comments", "p"),
            aside=calendar("March 2024"),
        ),
        day(2024, 3, 5),
    ),
    probe(
        "hu_copyright_and_event_only",
        "https://www.kulturhaz.example.hu/programok/koncert",
        page(
            "hu",
            "Koncert az új olvasóteremben | Kultúrház",
            line("event", "Időpont: 2024. április 20., 19:30"),
            foot="<p>© 2010–2024 Kultúrház</p>",
        ),
        None,
    ),
    probe(
        "ro_related_dates_only",
        "https://www.ghidul-orasului.example.ro/ghid/biblioteca",
        page(
            "ro",
            "Ghid: biblioteca orașului | Ghidul orașului",
            "",
            after=related(
                "Articole similare",
                [("Parcul nou", "12 martie 2024"), ("Piața centrală", "10 martie 2024")],
            ),
            foot="<p>© 2024 Ghidul orașului</p>",
        ),
        None,
    ),
    probe(
        "fi_last_updated_box_and_published",
        "https://www.kunta-info.example.fi/palvelut/kirjasto",
        page(
            "fi",
            "Kirjaston palvelut | Kunta-info",
            line("published", "Julkaistu 5.3.2024"),
            after='<div class="updated-box"><strong>Viimeksi päivitetty</strong> 12.3.2024</div>',
        ),
        day(2024, 3, 5),
        day(2024, 3, 12),
    ),
    probe(
        "en_page_last_modified_only",
        "https://www.parish-council.example.org.uk/library",
        page(
            "en-GB",
            "The library | Parish Council",
            "",
            foot="<p>This page was last modified on 12 March 2024, at 10:05.</p>"
            "<p>© 2024 Parish Council</p>",
        ),
        at(2024, 3, 12, 10, 5),
        at(2024, 3, 12, 10, 5),
    ),
    probe(
        "lt_atnaujinta_box",
        "https://www.savivaldybe.example.lt/naujienos/biblioteka",
        page(
            "lt",
            "Biblioteka atidaro naują skaityklą | Savivaldybė",
            line("date", "Paskelbta: 2024-03-05 10:30"),
            after='<div class="page-updated">Atnaujinta: 2024-03-07 15:45</div>',
        ),
        at(2024, 3, 5, 10, 30),
        at(2024, 3, 7, 15, 45),
    ),
    # --- a time beats the same day without one; a visible time beats the URL's day ---
    probe(
        "cs_jsonld_day_visible_time",
        "https://www.brnensky-den.example.cz/zpravy/studovna",
        page(
            "cs",
            "Knihovna otevírá novou studovnu | Brněnský den",
            line("date", "5. března 2024 v 14:20"),
            head=ld(headline="Knihovna otevírá novou studovnu", datePublished="2024-03-05"),
        ),
        at(2024, 3, 5, 14, 20),
    ),
    probe(
        "ms_url_day_visible_time",
        "https://www.suara-negeri.example.my/2024/03/05/perpustakaan-bilik-bacaan",
        page(
            "ms",
            "Perpustakaan buka bilik bacaan baharu | Suara Negeri",
            line("date", "Selasa, 5 Mac 2024 10:45 pagi"),
        ),
        at(2024, 3, 5, 10, 45),
    ),
    probe(
        "sk_og_day_visible_time_with_offset",
        "https://www.vychod-dnes.example.sk/spravy/citaren",
        page(
            "sk",
            "Knižnica otvára novú čitáreň | Východ dnes",
            line("date", "5. marca 2024, 14:25"),
            head=og("article:published_time", "2024-03-05T14:25:00+01:00"),
        ),
        at(2024, 3, 5, 14, 25, tz=CET),
    ),
    probe(
        "gl_url_day_visible_update",
        "https://www.faro-da-costa.example.gal/2024/03/05/biblioteca",
        page(
            "gl",
            "A biblioteca abre unha nova sala de lectura | Faro da Costa",
            line("date", "Actualizado 06/03/2024 09:40"),
        ),
        day(2024, 3, 5),
        at(2024, 3, 6, 9, 40),
    ),
    # --- calendars other than the Gregorian one ---
    probe(
        "lo_buddhist_era_year",
        "https://www.khao-meuang.example.la/news/5512",
        page(
            "lo",
            "ຫໍສະໝຸດເປີດຫ້ອງອ່ານໃໝ່ | ຂ່າວເມືອງ",
            line("date", "5 ມີນາ 2567"),
        ),
        day(2024, 3, 5),
    ),
    probe(
        "my_burmese_digits_year_first",
        "https://www.myo-thadin.example.mm/news/7781",
        page(
            "my",
            "စာကြည့်တိုက် စာဖတ်ခန်းအသစ်ဖွင့် | မြို့သတင်း",
            line("date", "၂၀၂၄ ခုနှစ် မတ်လ ၅ ရက်"),
        ),
        day(2024, 3, 5),
    ),
    probe(
        "ms_hijri_first_then_gregorian",
        "https://www.warta-masjid.example.my/berita/perpustakaan",
        page(
            "ms",
            "Perpustakaan masjid buka bilik bacaan | Warta Masjid",
            line("date", "Selasa, 24 Syaaban 1445H / 5 Mac 2024"),
        ),
        day(2024, 3, 5),
    ),
    probe(
        "km_buddhist_era_with_gregorian",
        "https://www.sangkat-news.example.kh/news/991",
        page(
            "km",
            "បណ្ណាល័យបើកបន្ទប់អានថ្មី | ព័ត៌មានសង្កាត់",
            line("date", "ថ្ងៃអង្គារ ទី៥ ខែមីនា ឆ្នាំ២០២៤ ព.ស.២៥៦៧"),
        ),
        day(2024, 3, 5),
    ),
    # --- odd markup ---
    probe(
        "uz_cyrillic_split_spans",
        "https://www.vodiy-xabarlari.example.uz/news/991",
        page(
            "uz",
            "Kutubxona yangi o'quv zalini ochdi | Vodiy xabarlari",
            '<div class="date"><span class="d">05</span><span class="m">март</span>'
            '<span class="y">2024</span> <span class="t">14:20</span></div>',
        ),
        at(2024, 3, 5, 14, 20),
    ),
    probe(
        "kk_time_element_without_datetime",
        "https://www.dala-uni.example.kz/news/4412",
        page(
            "kk",
            "Кітапхана жаңа оқу залын ашты | Дала үні",
            "<time>05.03.2024, 14:20</time>",
        ),
        at(2024, 3, 5, 14, 20),
    ),
    probe(
        "hy_title_attribute_date",
        "https://www.yerevani-or.example.am/news/818",
        page(
            "hy",
            "Գրադարանը բացել է նոր ընթերցասրահ | Երևանի օր",
            '<span class="ago" title="05.03.2024 14:20">9 օր առաջ</span>',
        ),
        at(2024, 3, 5, 14, 20),
    ),
    probe(
        "eu_data_attribute_epoch",
        "https://www.gure-albisteak.example.eus/albisteak/liburutegia",
        page(
            "eu",
            "Liburutegiak irakurgela berria zabaldu du | Gure Albisteak",
            '<div class="date" data-timestamp="1709634000">2024/03/05</div>',
        ),
        day(2024, 3, 5),
    ),
]

FIELDS = ("published", "modified")

# The blind run (on c8b95287, before any fix), 69 pages, 86 judged values: newsextract 79/86
# (82/86 on the day alone), trafilatura 41/86, htmldate 44/86 (both on the day alone).
# After the fixes (a short year before a dotted time, initials for the half of the day with
# their last dot outside the span, Malay "jam yang lalu", zone names spelled out, a tooltip
# beside the headline whatever its class): 85/86; no dev page moved. Left open: a wiki-style
# footer's "This page was last modified on …" (the project leaves a page whose only day is a
# footer's last change undated: docs/field-published.md, a personal or institutional page's).
_OPEN: dict[tuple[str, str], str] = {
    ("en_page_last_modified_only", "published"): "a footer's last change dates no publication",
}

test_blind_date_probe_76d = fetched_field_test(PROBES, FIELDS, _OPEN)


if __name__ == "__main__":  # pragma: no cover
    report_date_probes(PROBES, FIELDS)
