"""The language data (newsextract/data/languages/*.toml) and the one module that reads it."""

from __future__ import annotations

import ast
import re
import tomllib
from pathlib import Path

import pytest

import newsextract
from newsextract import dateparser_words, label_lists, labels, language_files, regex_words
from newsextract.body.about_lines import is_about_line
from newsextract.body.furniture_lines import is_furniture_line
from newsextract.body.prompts import is_box_prompt
from newsextract.label_lists import LabelList
from newsextract.labels import news_agencies
from newsextract.metadata.authors import split_byline
from newsextract.metadata.byline_tails import trim_byline
from newsextract.regex_words import word_alternation
from newsextract.text import compare_key, tokens

DATA = Path(labels.__file__).parent / "data" / "languages"
FILES = sorted(DATA.glob("*.toml"))
CODES = [path.stem for path in FILES]

# The languages of the evaluation sets' pages and the ones issue 12 names.
REQUIRED = {
    "de", "en", "es", "ja", "fr", "ko", "it", "tr", "zu", "pl", "sv", "xh", "nl", "da", "id",
    "hi", "lt", "no", "ru", "vi", "zh", "ar", "pt",
}  # fmt: skip
MIN_LANGUAGES = 25


def test_enough_languages_and_the_required_ones() -> None:
    assert len(language_files.languages()) >= MIN_LANGUAGES
    assert set(language_files.languages()) >= REQUIRED
    assert set(language_files.languages()) == set(CODES)


@pytest.mark.parametrize("path", FILES, ids=CODES)
def test_every_language_has_every_list(path: Path) -> None:
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    assert isinstance(data.get("name"), str)
    for kind in LabelList:
        words = data.get(kind.value)
        assert isinstance(words, list), f"{path.name}: {kind.value} missing"
        assert words or kind in label_lists.MAY_BE_EMPTY, f"{path.name}: {kind.value} empty"
        assert all(isinstance(w, str) and w == w.lower() and w.strip() == w for w in words)
        assert len(set(words)) == len(words), f"{path.name}: {kind.value} repeats a word"
    assert set(data) <= {"name", *language_files.TABLES, *LabelList}, "a key that no code reads"


@pytest.mark.parametrize("path", FILES, ids=CODES)
def test_every_list_says_why(path: Path) -> None:
    """Each list is preceded by a one-line comment saying what it is."""
    lines = path.read_text(encoding="utf-8").splitlines()
    for number, line in enumerate(lines):
        if re.match(r"^[a-z_]+ = \[", line):
            assert lines[number - 1].startswith("# "), f"{path.name}:{number + 1} has no reason"


def test_loaded_once() -> None:
    assert language_files.languages() is language_files.languages()
    labels.words(LabelList.TAGS)
    hits = language_files.languages.cache_info().hits
    labels.words(LabelList.CREDIT, "de")
    labels.words(LabelList.CREDIT, "de")
    assert language_files.languages.cache_info().misses == 1
    assert language_files.languages.cache_info().hits >= hits


def test_answers_per_language() -> None:
    assert "schlagwörter" in labels.words(LabelList.TAGS, "de")
    assert "schlagwörter" not in labels.words(LabelList.TAGS, "fr")
    assert "記者" in labels.words(LabelList.BYLINE, "ja")
    assert labels.words(LabelList.TAGS, "xx") == ()


def test_answers_for_any_language() -> None:
    tags = labels.words(LabelList.TAGS)
    for code in language_files.languages():
        assert set(labels.words(LabelList.TAGS, code)) <= set(tags)
    assert len(tags) == len(set(tags))
    assert [len(w) for w in tags] == sorted((len(w) for w in tags), reverse=True)


def test_agencies_from_the_data() -> None:
    assert {"AFP", "dpa", "Europa Press", "Xinhua"} <= labels.news_agencies()
    assert {"Getty Images", "Shutterstock"} <= labels.picture_agencies()
    assert not labels.news_agencies() & labels.picture_agencies()


def test_a_label_is_a_whole_word() -> None:
    tags = labels.starts_with(LabelList.TAGS)
    assert tags.match("Schlagwörter: Radverkehr")
    assert tags.match("ETIKETLER")
    assert tags.match("タグ：図書館")
    assert not tags.match("Tagesschau: heute")
    assert not tags.match("タグボート")  # "tugboat": a longer word written without spaces


def test_calendar_names_come_from_dateparser() -> None:
    assert {"märz", "janvier", "апреля", "ekim"} <= dateparser_words.calendar_words()
    assert "mär" in dateparser_words.calendar_words("de")
    assert "mär" not in dateparser_words.calendar_words("de", abbreviations=False)
    # Three-letter forms of one language are words of another.
    assert not {"die", "out", "son"} & dateparser_words.calendar_words(abbreviations=False)
    assert {"gestern", "yesterday", "hier"} <= dateparser_words.clock_words()


def _code_strings(path: Path) -> list[str]:
    """The string literals of a module that are not docstrings (comments are not read)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
            first = node.body[0] if node.body else None
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                docstrings.add(id(first.value))
    return [
        node.value.lower()
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and id(node) not in docstrings
    ]


def test_no_module_types_the_words_again() -> None:
    """The label words live in the data only: no code spells these out any more."""
    source = Path(labels.__file__).parent
    for path in source.rglob("*.py"):
        strings = _code_strings(path)
        for word in (
            *("schlagwörter", "étiquettes", "mis à jour", "aktualisiert", "källa", "xinhua"),
            *("reklama", "lesen sie auch", "czytaj więcej", "up next", "tous droits réservés"),
            *("chroniqueuse", "dziennikarka", "verslaggever", "était"),
            *("drittanbieter", "会員限定", "réservée aux abonnés", "on google news"),
            *("zuerst erschienen", "publié initialement", "tradotto da", "dies ist eine"),
        ):
            assert not any(word in s for s in strings), f"{path.relative_to(source)}: {word!r}"


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ("記者：佐藤花子", ["佐藤花子"]),
        ("记者 王小明", ["王小明"]),
        ("山田太郎記者", ["山田太郎"]),
        ("이서연 기자", ["이서연"]),
        ("文在寅", ["文在寅"]),  # a name starting like a label, with no colon after it
        ("Par Marine Guichard, le", ["Marine Guichard"]),
        ("Yazan: Elif Demir", ["Elif Demir"]),
        ("Ahmet Yılmaz tarafından", ["Ahmet Yılmaz"]),
        ("Автор: Ирина Соколова", ["Ирина Соколова"]),
        ("بقلم: سارة الأحمد", ["سارة الأحمد"]),
        ("Von Anna Berger und Jonas Keller", ["Anna Berger", "Jonas Keller"]),
        ("Dan Whitlock", ["Dan Whitlock"]),  # "dan" joins names in Indonesian
        ("Maria Y. Lopez", ["Maria Y. Lopez"]),
        ("Luigi Di Maio", ["Luigi Di Maio"]),  # "maio" is a month in Portuguese
        ("Jane Doe Monday 3 May", ["Jane Doe"]),
        ("Jane Doe, Chefkorrespondentin", ["Jane Doe"]),
        ("Jonas Ruiz, Universidade de Lisboa e centro de estudos do mar", ["Jonas Ruiz"]),
    ],
)
def test_bylines_in_many_languages(byline: str, names: list[str]) -> None:
    assert split_byline(byline) == names


# "Text and photos" credits the author of both (not a photo credit), in each language's words;
# Greek "Γράφει ο/η" ("writes the") keeps the name in the nominative.
TEXT_AND_PHOTOS = [
    ("Text und Fotos: Anna Berger", ["Anna Berger"]),
    ("Texte et photos : Marie Dupont", ["Marie Dupont"]),
    ("Texto y fotos: María Gómez", ["María Gómez"]),
    ("Texto e fotos: Mariana Lopes", ["Mariana Lopes"]),
    ("Testo e foto di Marco Rossi", ["Marco Rossi"]),
    ("Text och foto: Anna Berg", ["Anna Berg"]),
    ("Tekst og foto: Mette Kjær", ["Mette Kjær"]),
    ("Tekst og bilder: Kari Nordmann", ["Kari Nordmann"]),
    ("Teksti ja kuvat: Aino Heikkinen", ["Aino Heikkinen"]),
    ("Szöveg és fotó: Kovács Anna", ["Kovács Anna"]),
    ("Text și foto: Andrei Popescu", ["Andrei Popescu"]),
    ("Текст і фото: Олена Коваленко", ["Олена Коваленко"]),
    ("Текст и фото: Иван Петров", ["Иван Петров"]),
    ("Tekst i zdjęcia: Jan Kowalski", ["Jan Kowalski"]),
    ("Story and photos by Jane Doe", ["Jane Doe"]),
    ("Γράφει η Μαρία Νικολάου", ["Μαρία Νικολάου"]),
    ("Bài, ảnh: Minh Anh", ["Minh Anh"]),
]


@pytest.mark.parametrize(("byline", "names"), TEXT_AND_PHOTOS)
def test_text_and_photos_bylines(byline: str, names: list[str]) -> None:
    assert split_byline(byline) == names


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ("Jan ter Horst", ["Jan ter Horst"]),  # a Dutch name particle, Slovenian "ter" ("and")
        ("Door Anna ter Beek", ["Anna ter Beek"]),
        ("Juma Hamisi pamoja na Amina Said", ["Juma Hamisi", "Amina Said"]),
        ("Ana Kovač skupaj z Markom Novakom", ["Ana Kovač", "Markom Novakom"]),
    ],
)
def test_joiners_are_no_other_languages_name_words(byline: str, names: list[str]) -> None:
    """Joiners are read on every page: Swahili "na" is "on" in Czech and Polish ("Jan Novák
    na Slovensku"), Slovenian "ter" a Dutch name particle; only the longer forms are listed."""
    assert split_byline(byline) == names
    assert split_byline("Jan Novák na Slovensku") != ["Jan Novák", "Slovensku"]


def test_a_share_word_is_no_other_languages_word() -> None:
    """Share prompts open furniture lines on every page: Slovenian "deli" is English "deli"."""
    assert not is_furniture_line("Deli meats are back.")
    assert is_furniture_line("Deli članek")


def test_scripts_without_spaces_compare_by_characters() -> None:
    assert compare_key("東京 タワー、開業") == compare_key("東京タワー開業")
    assert compare_key("山田 太郎") == compare_key("山田太郎")
    assert tokens("新城区 bus 12") == ["新", "城", "区", "bus", "12"]
    assert compare_key("김철수 기자") != compare_key("김철수기자")  # Hangul is spaced


def test_the_languages_page_lists_every_language() -> None:
    page = (Path(__file__).parent.parent / "docs" / "languages.md").read_text(encoding="utf-8")
    listed = set(re.findall(r"^\| `([a-z]{2,3})` \|", page, flags=re.M))
    assert listed == set(language_files.languages())


@pytest.mark.parametrize(
    ("byline", "trimmed"),
    [
        ("Par Marine Guichard, le", "Par Marine Guichard"),
        ("Por Mariana Lopes, em", "Por Mariana Lopes"),
        (
            "Samira Haddad, Nour Kamal Aziz October 4 2022, 2:07 p.m.",
            "Samira Haddad, Nour Kamal Aziz",
        ),
        ("By Jane Doe | Updated 3 May", "By Jane Doe"),
        ("Von Anna Berger und Jonas Keller", "Von Anna Berger und Jonas Keller"),
        ("记者：王小明", "记者：王小明"),
    ],
)
def test_a_byline_is_kept_as_written_without_its_date(byline: str, trimmed: str) -> None:
    assert trim_byline(byline) == trimmed


def _flat(words: list[str]) -> str:
    ordered = sorted(dict.fromkeys(words), key=lambda w: (-len(w), w))
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered) + ")"


@pytest.mark.parametrize(
    "text",
    ["March 3", "mar.", "MAY 2", "a \t b", "ab", "sources: x", "source: x", "src", "i n", "x", ""],
)
def test_word_alternation_matches_as_the_flat_group_longest_first(text: str) -> None:
    words = ["march", "may", "mar", "a b", "ab", "m", "sources", "source", "src", "in", "i"]
    tree = re.compile(rf"^{word_alternation(words)}(?P<rest>.*)", re.IGNORECASE)
    flat = re.compile(rf"^{_flat(words)}(?P<rest>.*)", re.IGNORECASE)
    found, expected = tree.match(text), flat.match(text)
    assert (found and found.group("rest")) == (expected and expected.group("rest"))


def test_word_alternation_shares_the_words_beginnings() -> None:
    assert word_alternation(["march", "may", "mar"]) == "(?:ma(?:r(?:ch)?|y))"
    assert word_alternation([]) == "(?:)"  # like the flat group of no words


def test_white_space_only_separates_comparison_tokens() -> None:
    indented = "\n" + " " * 5000 + "Über\u00a0den\t\tFluss " + "\n   " * 1000 + "東京 タワー"
    assert (
        compare_key(indented)
        == compare_key("über den fluss 東京タワー")
        == "über den fluss 東 京 タ ワ ー"
    )


@pytest.mark.parametrize(
    "line",
    ["REKLAM", "— Anzeige —", "Advertisement", "広告", "Up next", "Reklama, partnerský obsah"],
)
def test_ad_and_widget_labels_from_the_data_are_furniture(line: str) -> None:
    assert is_furniture_line(line)


@pytest.mark.parametrize("line", ["Lire aussi : La réforme des retraites", "Czytaj więcej"])
def test_read_more_openings_from_the_data_are_furniture(line: str) -> None:
    assert is_furniture_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "Marie Dupont est chroniqueuse au service politique.",
        "Sara Lind är skribent på kulturredaktionen.",
        "Jan de Vries is verslaggever voor de regio.",
        "Lena Berg ist Wirtschaftsredakteurin in Berlin.",
    ],
)
def test_bio_professions_and_copulas_from_the_data(line: str) -> None:
    assert is_about_line(line)


def test_a_copula_without_a_profession_is_no_bio() -> None:
    assert not is_about_line("Marie Dupont est arrivée à Paris hier soir.")


@pytest.mark.parametrize(
    "text",
    [
        "Ich bin damit einverstanden, dass mir externe Inhalte angezeigt werden.",
        "La suite est réservée aux abonnés.",
        "この記事は有料会員限定です。",
        "Already a subscriber? Log in to continue reading.",
        "Follow Jane Doe on Twitter",  # grammar kept in code
        "Thanks for signing up!",
    ],
)
def test_box_prompts_from_the_data(text: str) -> None:
    assert is_box_prompt(text)


def test_sign_up_stays_a_whole_word() -> None:
    assert not is_box_prompt("The design upload took an hour.")
    assert not is_box_prompt("Users sign uploads with their own key.")


def test_first_letter_branches_match_what_the_alternation_matches() -> None:
    branches = labels.first_letter_branches(LabelList.PROMPTS)
    assert len({b[0] for b in branches}) == len(branches)
    joined = re.compile("|".join(branches))
    grouped = re.compile(labels.alternation(LabelList.PROMPTS))
    for word in labels.words(LabelList.PROMPTS):
        assert joined.fullmatch(word)
        assert grouped.fullmatch(word)


@pytest.mark.parametrize(
    "line",
    [
        "Zuerst erschienen in der Wochenzeitung Freitag.",
        "Publié initialement dans The Conversation.",
        "— Tradotto da Maria Rossi",
        "For more stories like this, visit our site.",
        "This story was originally published by ProPublica.",  # grammar kept in code
        "Aus dem Englischen von Jana Weber.",  # grammar kept in code
    ],
)
def test_about_notes_from_the_data(line: str) -> None:
    assert is_about_line(line)


def test_an_about_note_opens_its_line() -> None:
    assert not is_about_line("Dieser Text ist zuerst erschienen auf zeit.de.")


@pytest.mark.parametrize(
    "line",
    [
        "This article was machine-translated from the German.",
        "Dies ist eine maschinelle Übersetzung des Originalartikels.",
        "Cet article a été traduit de l'anglais.",
        "Este artículo es una traducción del original.",
    ],
)
def test_translation_notes_from_the_data_are_furniture(line: str) -> None:
    assert is_furniture_line(line)


@pytest.mark.parametrize(
    "line",
    ["© 2024 Harbour Media. All rights reserved.", "© Gazeta Portowa. Wszelkie prawa zastrzeżone."],
)
def test_a_reservation_of_rights_from_the_data_is_furniture(line: str) -> None:
    assert is_furniture_line(line)


# Languages added for pages in languages the evaluation sets lack (none of their pages is in
# them): their labels are checked here and on their golden pages in tests/fixtures.
ADDED = {
    "bg", "bs", "ca", "et", "fa", "gl", "he", "hr", "is", "lv", "mk", "ms", "sk", "sr", "th",
}  # fmt: skip


def test_the_added_languages_are_there() -> None:
    assert set(language_files.languages()) >= ADDED


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ("Аутор: Марко Марковић", ["Марко Марковић"]),
        ("Autor: Marko Marković", ["Marko Marković"]),  # Serbian in Latin letters
        ("Piše: Ivana Horvat, novinarka", ["Ivana Horvat"]),
        ("Пишува: Марија Петровска", ["Марија Петровска"]),
        ("Автор: Иван Петров, кореспондент", ["Иван Петров"]),
        ("מאת: דוד כהן", ["דוד כהן"]),
        ("نویسنده: علی رضایی", ["علی رضایی"]),
        ("به قلم مریم احمدی", ["مریم احمدی"]),
        ("โดย สมชาย ใจดี", ["สมชาย ใจดี"]),
        ("Oleh Ahmad Ismail dan Siti Aminah", ["Ahmad Ismail", "Siti Aminah"]),
        ("Autor: Mari Tamm ja Jaan Kask", ["Mari Tamm", "Jaan Kask"]),
        ("Autors: Jānis Bērziņš", ["Jānis Bērziņš"]),
        ("Höfundur: Jón Jónsson", ["Jón Jónsson"]),
        # Words left out of the data, that would break names in other languages:
        ("Av Per Olsen", ["Per Olsen"]),  # Catalan "per" ("by") is a Scandinavian name
        ("Jane Doe in Paris", ["Jane Doe"]),  # Slovenian "in" ("and") is English "in"
        ("By John Smith, Dana Jones", ["John Smith", "Dana Jones"]),  # Croatian "dana"
    ],
)
def test_bylines_in_the_added_languages(byline: str, names: list[str]) -> None:
    assert split_byline(byline) == names


@pytest.mark.parametrize(
    ("byline", "trimmed"),
    [
        ("Piše: Ivana Horvat, 5. ožujka 2024. u 10:30", "Piše: Ivana Horvat"),
        ("Автор: Иван Петров, публикувано на 5 март 2024 в 10:30", "Автор: Иван Петров"),
        ("Аутор: Марко Марковић, 05.03.2024. у 10:30", "Аутор: Марко Марковић"),
        ("Autor: Mari Tamm, 5. märts 2024 kell 10:30", "Autor: Mari Tamm"),
    ],
)
def test_a_byline_in_the_added_languages_is_kept_without_its_date(
    byline: str, trimmed: str
) -> None:
    assert trim_byline(byline) == trimmed


@pytest.mark.parametrize(
    ("byline", "trimmed"),
    [
        ("By Jane Doe, 5 March 2024 10:30", "By Jane Doe"),
        ("מאת: דוד כהן, 5 במרץ 2024 בשעה 10:30", "מאת: דוד כהן"),
    ],
)
def test_a_day_before_a_month_name_leaves_the_byline_too(byline: str, trimmed: str) -> None:
    assert trim_byline(byline) == trimmed


@pytest.mark.parametrize(
    "line",
    [
        "Llegiu també: El port tindrà un nou moll",
        "Čítajte aj: Pri prístave pribudne parkovisko",
        "Прочетете още: Пристанището получава нов кей",
        "Прочитајте још: Лука добија нови пристан",
        "Pročitajte još: Luka dobiva novi gat",
        "Publicitat",
        "פרסומת",
        "โฆษณา",
        "تبلیغات",
        "© 2024 Diari del Port. Tots els drets reservats.",
        "כל הזכויות שמורות © חדשות החוף",
        "© 2024 Приобални гласник. Сва права задржана.",
        "Font: ACN",
        "Izvor: Hina",
        "מקור: דוברות העירייה",
        "منبع: ایرنا",
        "ที่มา: มติชน",
        "Zdieľať článok",
        "Podijeli članak",
        "שתפו את הכתבה",
    ],
)
def test_furniture_of_the_added_languages(line: str) -> None:
    assert is_furniture_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "שיתוף פעולה בין הערים",  # "cooperation between the cities", not a share button
        "תגובות בעולם להחלטה",  # "reactions around the world", not the comments
        "نظرات کارشناسان درباره طرح",  # "the experts' views on the plan"
        "Deila um kjarasamninga",  # "a dispute over wage agreements"
        "Ummæli ráðherra vekja athygli",  # "the minister's remarks draw attention"
        "Per il sindaco la decisione è giusta",  # Italian "per", not a Catalan byline
        "Per Olsen vant løpet i går",  # the name Per
    ],
)
def test_prose_words_left_out_of_the_added_languages(line: str) -> None:
    assert not is_furniture_line(line)


def test_a_menu_of_the_editions_topic_pages_is_no_tag_list() -> None:
    """Latin "teme" (Croatian, Bosnian, Serbian "topics") also names the topic pages of a
    site's editions ("/hr/teme/…", "/de/themen/…"): such a language menu gives no tags."""
    assert "teme" in labels.words(LabelList.TAGS)
    page = (
        "<html><body><article><h1>Novi most otvoren</h1><p>Most je otvoren jutros.</p>"
        '<ul><li><a href="/hr/teme/">Hrvatski</a></li><li><a href="/de/themen/">Deutsch</a>'
        '</li><li><a href="/es/temas/">Español</a></li></ul></article></body></html>'
    )
    assert newsextract.extract(page, url="https://www.example.hr/hr/vijesti/1").tags == ()


def test_persian_labels_with_and_without_their_non_joiner() -> None:
    """A page writes "برچسب‌ها" with a zero-width non-joiner; cleaned text has none."""
    tags = labels.starts_with(LabelList.TAGS)
    assert tags.match("برچسب\u200cها:")
    assert tags.match("برچسبها:")


@pytest.mark.parametrize(
    "line", ["The best Mac apps of 2024", "Mac Studio 2025 review", "La nueva marca de 2024"]
)
def test_a_month_name_that_is_another_languages_word_makes_no_date_line(line: str) -> None:
    """Every language's month names are looked for (Malay "Mac", Slovak "marca"): a name
    dates a line only beside a day of the month."""
    assert not is_furniture_line(line)


@pytest.mark.parametrize(
    "line", ["5 March 2024", "March 5, 2024", "5 de marzo de 2024", "Monday, 5 March 2024"]
)
def test_a_month_name_beside_a_day_makes_a_date_line(line: str) -> None:
    assert is_furniture_line(line)


_OPENINGS = [
    "Published: 3 May",
    "  — Publié le 3 mai",
    "VERÖFFENTLICHT am 3. Mai",
    "\u212aommentare (3)",  # a Kelvin sign, which matches "k" without case
    "«Tags»: politics",
    "Share this article",
    "The president said",
    "",
    "!!!",
    "12 comments",
]


@pytest.mark.parametrize(
    "kinds",
    [(LabelList.PUBLISHED,), (LabelList.TAGS, LabelList.CATEGORIES, LabelList.SHARE)],
    ids=["published", "tags-share"],
)
def test_the_first_character_lookahead_changes_no_match(kinds: tuple[LabelList, ...]) -> None:
    fast = labels.starts_with(*kinds)
    plain = re.compile(r"^\W*" + labels.alternation(*kinds) + labels.LABEL_END, re.I)
    assert fast.pattern != plain.pattern
    for text in _OPENINGS:
        found, expected = fast.match(text), plain.match(text)
        assert (found and found.span()) == (expected and expected.span()), text


def test_no_lookahead_for_words_opening_with_space_or_empty() -> None:
    assert regex_words.first_characters(["ab", "cd"]) == "(?=[ac])"
    assert regex_words.first_characters(["ab", " cd"]) == ""
    assert regex_words.first_characters(["ab", ""]) == ""
    assert regex_words.first_characters([]) == ""


def test_national_agencies_of_smaller_languages_are_known() -> None:
    assert {"STT", "STA", "HINA", "BTA", "Tanjug", "İHA", "UNIAN", "TTXVN"} <= news_agencies()
