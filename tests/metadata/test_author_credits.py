"""Credits of an organisation: a name that ends in a role word ("BBC News") is kept whole, not
initials with a job title cut off (``name_cleaning.clean_name``); the site's host credited alone
("riversidecourier.com") is the author (``resolve``)."""

from __future__ import annotations

import pytest

from newsextract.metadata.authors import split_byline
from newsextract.metadata.candidate import Candidate, Value
from newsextract.metadata.fields import ArticleField
from newsextract.metadata.name_cleaning import clean_name
from newsextract.metadata.resolve import resolve
from newsextract.origin import Origin

URL = "https://www.riversidecourier.com/2024/03/05/storm"


def cand(field: str, value: Value, origin: Origin, detail: str = "") -> Candidate:
    return Candidate(field=field, value=value, origin=origin, detail=detail)


@pytest.mark.parametrize(
    ("credit", "name"),
    [
        ("BBC News", "BBC News"),
        ("BBC Sport", "BBC Sport"),
        ("ABC News", "ABC News"),
        # A job title with a noun of its own after the initials: the employer, then the title.
        ("AP Sports Writer", "AP"),
        ("NDTV Sports Desk", "NDTV"),
        # People keep losing their job titles.
        ("Jane Doe, Staff Writer", "Jane Doe"),
        ("Jane Doe News Editor", "Jane Doe"),
        ("Jane News", "Jane"),
    ],
)
def test_a_role_word_after_initials_is_part_of_the_name(credit: str, name: str) -> None:
    assert clean_name(credit) == name


def test_the_sites_host_credited_alone_is_the_author() -> None:
    resolved = resolve([cand("authors", ("riversidecourier.com",), Origin.JSONLD, "author")], URL)
    assert resolved.names(ArticleField.AUTHORS) == ("riversidecourier.com",)


def test_another_sites_host_is_no_credit() -> None:
    resolved = resolve([cand("authors", ("example.org",), Origin.JSONLD, "author")], URL)
    assert resolved.names(ArticleField.AUTHORS) == ()


def test_a_person_beats_the_sites_host() -> None:
    resolved = resolve(
        [
            cand("authors", ("riversidecourier.com",), Origin.JSONLD, "author"),
            cand("authors", ("By Jane Doe",), Origin.TEXT, "byline-text"),
        ],
        URL,
    )
    assert resolved.names(ArticleField.AUTHORS) == ("Jane Doe",)


def test_a_companys_legal_name_gives_way_to_a_person() -> None:
    resolved = resolve(
        [
            cand("authors", ("Valley Media Foundation e.V.",), Origin.META, "author"),
            cand("authors", ("By Jane Doe",), Origin.TEXT, "byline-text"),
        ],
        URL,
    )
    assert resolved.names(ArticleField.AUTHORS) == ("Jane Doe",)
    rejected = {
        r.candidate.provenance: r.reason for r in resolved.resolution(ArticleField.AUTHORS).rejected
    }
    assert rejected["meta:author"] == "a company's legal name, not a person"


def test_a_companys_legal_name_credited_alone_stays() -> None:
    resolved = resolve([cand("authors", ("Valley Media GmbH",), Origin.META, "author")], URL)
    assert resolved.names(ArticleField.AUTHORS) == ("Valley Media GmbH",)


@pytest.mark.parametrize(
    ("byline", "names"),
    [("Av TT", ["TT"]), ("Af Ritzau", ["Ritzau"]), ("By AP", ["AP"]), ("De Gaulle", ["De Gaulle"])],
)
def test_a_short_label_before_an_agency_alone_is_cut(byline: str, names: list[str]) -> None:
    assert split_byline(byline) == names


@pytest.mark.parametrize(
    ("byline", "language", "names"),
    [
        ("Von Hans Müller Foto: dpa", "de", ["Hans Müller"]),
        ("作者：王小明 责任编辑：李华", "zh", ["王小明"]),
        ("By Jane Doe Photos: John Roe", "en", ["Jane Doe"]),
    ],
)
def test_another_contributors_labelled_credit_is_cut(
    byline: str, language: str, names: list[str]
) -> None:
    assert split_byline(byline, language) == names
