"""Every language file is read by every code that means its language (``language_codes``):
the file's own, dateparser's ("nb" for ``no.toml``, "fil" for ``tl.toml``) and the other
codes pages write ("nb-NO", "nn", "fil-PH", "prs", "mo"). A wave found ``no.toml``'s
relative stamps never read, as dateparser asked for "nb"."""

from __future__ import annotations

import pytest

from newsextract.body.date_lines import is_dateline
from newsextract.dating.relative import relative_forms_table
from newsextract.dating.words import dateparser_data, dateparser_languages
from newsextract.label_lists import LabelList
from newsextract.labels import relative_forms, words
from newsextract.language import primary_code
from newsextract.language_codes import aliases, dateparser_code, file_code
from newsextract.language_files import languages

# The language files of languages dateparser has no data of (so no dateparser code reads
# them, and none should): checked, so that a file named by a wrong code shows here.
_WITHOUT_DATEPARSER = frozenset(
    {"ceb", "co", "dv", "ht", "jv", "ku", "la", "mi", "oc", "sd", "sm", "su", "tg", "tk"}
    | {"tt", "xh"}
)


def _codes_of(file: str) -> set[str]:
    """Every code that means the language of the file ``file``."""
    return {file, dateparser_code(file)} | {code for code, to in aliases().items() if to == file}


def test_every_file_is_a_dateparser_language_or_one_it_lacks() -> None:
    bases = {code.split("-")[0] for code in dateparser_languages()}
    lacking = {code for code in languages() if dateparser_code(code) not in bases}
    assert lacking == _WITHOUT_DATEPARSER


def test_every_alias_names_a_file() -> None:
    assert all(file in languages() for file in aliases().values())
    assert all(file_code(code) == file for code, file in aliases().items())


@pytest.mark.parametrize("file", sorted(c for c, k in languages().items() if k.relative_forms))
def test_every_files_relative_forms_are_read_by_each_of_its_codes(file: str) -> None:
    assert set(relative_forms(file)) == set(relative_forms(dateparser_code(file)))
    for code in _codes_of(file):
        table = relative_forms_table(code).after
        for form in relative_forms(file):
            after = " ".join(form.partition("{n}")[2].split())
            assert after in table, (code, form)


@pytest.mark.parametrize(
    ("tag", "file"),
    [("nb-NO", "no"), ("nn", "no"), ("no", "no"), ("fil-PH", "tl"), ("prs", "fa"), ("iw", "he")],
)
def test_a_pages_tag_reads_its_languages_file(tag: str, file: str) -> None:
    code = primary_code(tag)
    assert code is not None
    assert words(LabelList.BYLINE, code) == words(LabelList.BYLINE, file)
    assert dateparser_code(code) in dateparser_data()


def test_dateparsers_own_codes_stay_its_own() -> None:
    assert dateparser_code("nn") == "nn"
    assert dateparser_code("nb") == "nb"
    assert dateparser_code("no") == "nb"
    assert dateparser_code("tl") == "fil"
    assert dateparser_code("de") == "de"


@pytest.mark.parametrize(
    "line",
    ["en time siden", "ett minutt siden", "ei uke siden", "3 dager siden", "ein time sidan"],
)
def test_norwegian_stamps_without_for_are_date_lines(line: str) -> None:
    assert is_dateline(line)


@pytest.mark.parametrize(
    "line", ["Hun kom hjem ei uke siden", "Politiet stengte veien for en time siden."]
)
def test_norwegian_prose_with_a_stamp_is_text(line: str) -> None:
    assert not is_dateline(line)
