"""The labels of the languages whose files came last, as data: the byline, credit and tag
labels of Albanian, Azerbaijani, Basque, Kazakh, Uzbek, Belarusian, Georgian, Armenian,
Afrikaans, Telugu, Hausa, Somali, Khmer, Punjabi, Lao and Yoruba pages are read (before
these files, their bylines and credits were missed and a Basque tag list was not one); a
Georgian name (Mkhedruli, which Python calls lower case and names are not capitalised in)
reads as a name; the Armenian label's colon "՝" and the Khmer "៖" end a label."""

from __future__ import annotations

import pytest
from tests.metadata.pages import article_page

import newsextract
from newsextract import dateparser_words
from newsextract.metadata.authors import split_byline
from newsextract.metadata.name_shapes import looks_like_name

_TEXT = (
    "<p>{0} {0} {0} {0} {0} {0} {0} {0} {0} {0} {0} {0}.</p>"
    "<p>{0} {0} {0} {0} {0} {0} {0} {0} {0} {0}.</p>"
)


@pytest.mark.parametrize(
    ("language", "word", "byline", "credit", "tags", "author", "source", "tag_list"),
    [
        (
            "az", "Stansiya", "Müəllif: Elvin Məmmədov", "Mənbə: APA",
            'Teqlər: <a href="/tag/metro">metro</a> <a href="/tag/baki">Bakı</a>',
            "Elvin Məmmədov", "APA", ("metro", "Bakı"),
        ),
        (
            "eu", "Geltokia", "Egilea: Ane Etxeberria", "Iturria: EFE",
            'Etiketak: <a href="/gaia/metroa">metroa</a> <a href="/gaia/bilbo">Bilbo</a>',
            "Ane Etxeberria", "EFE", ("metroa", "Bilbo"),
        ),
        (
            "uz", "Bekat", "Muallif: Dilshod Karimov", "Manba: UzA",
            'Teglar: <a href="/tag/metro/">metro</a>, <a href="/tag/toshkent/">Toshkent</a>',
            "Dilshod Karimov", "UzA", ("metro", "Toshkent"),
        ),
        (
            "kk", "Жол", "Дайындаған: Айгерім Сейітқызы", "Дереккөз: Kazinform",
            'Тегтер: <a href="/t/1">Алматы</a>, <a href="/t/2">көлік</a>',
            "Айгерім Сейітқызы", "Kazinform", ("Алматы", "көлік"),
        ),
        (
            "sq", "Unaza", "Nga Arben Hoxha", "Burimi: ATA",
            'Etiketa: <a href="/tag/tirana/">Tirana</a> <a href="/tag/unaza/">unaza</a>',
            "Arben Hoxha", "ATA", ("Tirana", "unaza"),
        ),
        (
            "be", "Горад", "Аўтар: Іван Шамякін", "Крыніца: БелТА",
            'Тэгі: <a href="/t/1">Мінск</a> <a href="/t/2">транспарт</a>',
            "Іван Шамякін", "БелТА", ("Мінск", "транспарт"),
        ),
        (
            "ka", "ქალაქი", "ავტორი: ნინო ბერიძე", "წყარო: ინტერპრესნიუსი",
            'თეგები: <a href="/t/1">თბილისი</a> <a href="/t/2">ტრანსპორტი</a>',
            "ნინო ბერიძე", "ინტერპრესნიუსი", ("თბილისი", "ტრანსპორტი"),
        ),
        (
            "hy", "Քաղաք", "Հեղինակ՝ Արամ Պետրոսյան", "Աղբյուր: Արմենպրես",
            'Պիտակներ: <a href="/t/1">Երևան</a> <a href="/t/2">տրանսպորտ</a>',
            "Արամ Պետրոսյան", "Արմենպրես", ("Երևան", "տրանսպորտ"),
        ),
        (
            "af", "Stasie", "Deur Marike de Villiers", "Bron: Netwerk Nuus",
            'Etikette: <a href="/e/kaapstad">Kaapstad</a> <a href="/e/vervoer">vervoer</a>',
            "Marike de Villiers", "Netwerk Nuus", ("Kaapstad", "vervoer"),
        ),
        (
            "te", "స్టేషన్", "రచయిత: లక్ష్మీ ప్రసాద్", "మూలం: ఈనాడు వార్తలు",
            'ట్యాగ్‌లు: <a href="/t/1">విజయవాడ</a> <a href="/t/2">రవాణా</a>',
            "లక్ష్మీ ప్రసాద్", "ఈనాడు వార్తలు", ("విజయవాడ", "రవాణా"),
        ),
        (
            "ha", "Tasha", "Daga Halima Musa", "Majiya: Labaran Arewa",
            'Batutuwa: <a href="/batu/zaria">Zaria</a> <a href="/batu/sufuri">sufuri</a>',
            "Halima Musa", "Labaran Arewa", ("Zaria", "sufuri"),
        ),
        (
            "so", "Saldhig", "Qoraa: Faadumo Cali", "Ilaha: Radio Hargeysa",
            'Mowduucyo: <a href="/t/1">Hargeysa</a> <a href="/t/2">gaadiid</a>',
            "Faadumo Cali", "Radio Hargeysa", ("Hargeysa", "gaadiid"),
        ),
        (
            "km", "ស្ថានីយ", "ដោយ៖ ចាន់ សុភា", "ប្រភព៖ វិទ្យុជាតិ",
            'ស្លាក៖ <a href="/t/1">សៀមរាប</a> <a href="/t/2">ដឹកជញ្ជូន</a>',
            "ចាន់ សុភា", "វិទ្យុជាតិ", ("សៀមរាប", "ដឹកជញ្ជូន"),
        ),
        (
            "pa", "ਸਟੇਸ਼ਨ", "ਲੇਖਕ: ਗੁਰਪ੍ਰੀਤ ਕੌਰ", "ਸਰੋਤ: ਪੰਜਾਬ ਨਿਊਜ਼",
            'ਟੈਗ: <a href="/t/1">ਅੰਮ੍ਰਿਤਸਰ</a> <a href="/t/2">ਟਰਾਂਸਪੋਰਟ</a>',
            "ਗੁਰਪ੍ਰੀਤ ਕੌਰ", "ਪੰਜਾਬ ਨਿਊਜ਼", ("ਅੰਮ੍ਰਿਤਸਰ", "ਟਰਾਂਸਪੋਰਟ"),
        ),
        (
            "lo", "ສະຖານີ", "ໂດຍ: ບຸນມີ ສີວົງ", "ແຫຼ່ງຂ່າວ: ຂປລ",
            'ແທັກ: <a href="/t/1">ວຽງຈັນ</a> <a href="/t/2">ຂົນສົ່ງ</a>',
            "ບຸນມີ ສີວົງ", "ຂປລ", ("ວຽງຈັນ", "ຂົນສົ່ງ"),
        ),
        (
            "yo", "Ibùdókọ̀", "Láti ọwọ́ Fúnmiláyọ̀ Adéyẹmí", "Orísun: Ìròyìn Èkó",
            'Àmì: <a href="/t/1">Ìbàdàn</a> <a href="/t/2">ìrìnnà</a>',
            "Fúnmiláyọ̀ Adéyẹmí", "Ìròyìn Èkó", ("Ìbàdàn", "ìrìnnà"),
        ),
    ],
)  # fmt: skip
def test_byline_credit_and_tags_of_the_language(
    language: str,
    word: str,
    byline: str,
    credit: str,
    tags: str,
    author: str,
    source: str,
    tag_list: tuple[str, ...],
) -> None:
    page = article_page(
        language,
        f"{word} {word} {word}",
        f'<div class="author">{byline}</div>{_TEXT.format(word.lower())}'
        f'<p class="source">{credit}</p><div class="tags">{tags}</div>',
    )
    article = newsextract.extract(page)
    assert article.authors == (author,)
    assert article.source == source
    assert article.tags == tag_list


def test_albanian_nga_is_read_on_albanian_pages_only() -> None:
    """ "Nga" is Albanian "by", and Vietnamese "Nga" is Russia: a label on sq pages only."""
    assert split_byline("Nga Arben Hoxha", language="sq") == ["Arben Hoxha"]
    assert split_byline("Nga Arben Hoxha") == ["Nga Arben Hoxha"]


def test_a_weekday_written_with_its_article_is_named_in_full() -> None:
    """dateparser lists Albanian Sunday as "die" and "e diel": the name is "diel", and
    "die" (German "the") is no calendar word of any page."""
    assert "diel" in dateparser_words.calendar_words("sq", abbreviations=False)
    assert "die" not in dateparser_words.calendar_words(abbreviations=False)


def test_a_georgian_name_reads_as_a_name() -> None:
    assert looks_like_name("ნინო ბერიძე")
    assert not looks_like_name("jane doe")  # unchanged: a Latin name is capitalised


def test_the_armenian_colon_ends_a_byline_label() -> None:
    assert split_byline("Հեղինակ՝ Արամ Պետրոսյան", "hy") == ["Արամ Պետրոսյան"]


@pytest.mark.parametrize(
    ("byline", "language", "names"),
    [
        ("ដោយ៖ សុខ វិចិត្រ", "km", ["សុខ វិចិត្រ"]),  # the Khmer colon "៖" ends the label
        ("Daga: Aminu Bello", "ha", ["Aminu Bello"]),  # a colon after a label of one language
        ("Deur Pieter van der Merwe", "af", ["Pieter van der Merwe"]),
        ("Deur Pieter van der Merwe", None, ["Deur Pieter van der Merwe"]),  # Dutch "door"
        # Kannada, Malayalam, Gujarati, Sinhala and Burmese bylines
        ("ಲೇಖಕರು: ರಮೇಶ್ ಗೌಡ", "kn", ["ರಮೇಶ್ ಗೌಡ"]),
        ("എഴുതിയത്: അനൂപ് നായർ", "ml", ["അനൂപ് നായർ"]),
        ("લેખક: નિરવ પટેલ", "gu", ["નિરવ પટેલ"]),
        ("ලේඛක: නුවන් පෙරේරා", "si", ["නුවන් පෙරේරා"]),
        ("ရေးသားသူ - ကျော်ဇင်", "my", ["ကျော်ဇင်"]),
    ],
)
def test_labels_read_on_their_language_pages(
    byline: str, language: str | None, names: list[str]
) -> None:
    assert split_byline(byline, language) == names
