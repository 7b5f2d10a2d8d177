"""The options of ``extract``: typed keywords, and a bad value refused with what is allowed."""

from __future__ import annotations

import inspect
import pickle
from typing import Any

import attrs
import pytest

import newsextract
from newsextract import ExtractOptions, FieldRule, NewsExtractError, OptionError, SiteRule

PAGE = (
    "<html><body><article><h1>Headline of it</h1><div class='kicker'>Kicker line</div>"
    "<p>Body text here, long enough to be a paragraph of the article.</p></article></body></html>"
)

KICKER = SiteRule(
    name="kicker", domains=("example.org",), fields={"title": FieldRule(selectors=(".kicker",))}
)

# option, a value it does not take, words its message must hold (the allowed values)
BAD_VALUES = [
    ("favor", "fast", ["'balanced'", "'precision'", "'recall'"]),
    ("body", "markdown", ["'auto'", "'newsextract'", "'trafilatura'", "'none'"]),
    ("date_search", "no", ["True or False"]),
    ("date_search", 0, ["True or False"]),
    ("language", "english", ["two-letter ISO 639-1"]),
    ("language", "en-US", ["two-letter ISO 639-1"]),
    ("language", 7, ["two-letter ISO 639-1"]),
    ("rules", "example.org", ["SiteRule", "RuleRegistry"]),
    ("rules", [{"title": ".kicker"}], ["SiteRule", "RuleRegistry"]),
    ("rules", 3, ["SiteRule", "RuleRegistry"]),
    ("default_rules", "yes", ["True or False"]),
]
IDS = [f"{name}={value!r}" for name, value, _ in BAD_VALUES]


@pytest.mark.parametrize(("name", "value", "allowed"), BAD_VALUES, ids=IDS)
def test_a_bad_value_names_the_option_and_what_it_takes(
    name: str, value: object, allowed: list[str]
) -> None:
    keywords: dict[str, Any] = {name: value}
    with pytest.raises(OptionError) as raised:
        ExtractOptions(**keywords)
    error = raised.value
    assert error.field == name
    assert str(error).startswith(f"invalid option {name}=")
    assert all(word in str(error) and word in error.allowed for word in allowed)
    assert isinstance(error, NewsExtractError) and isinstance(error, ValueError)


@pytest.mark.parametrize(("name", "value", "allowed"), BAD_VALUES, ids=IDS)
def test_extract_refuses_a_bad_keyword_before_reading_the_page(
    name: str, value: object, allowed: list[str]
) -> None:
    keywords: dict[str, Any] = {name: value}
    with pytest.raises(OptionError, match=f"invalid option {name}="):
        newsextract.extract(PAGE, **keywords)


def test_evolve_checks_too() -> None:
    with pytest.raises(OptionError, match="favor"):
        attrs.evolve(ExtractOptions(), favor="fast")  # type: ignore[arg-type]


def test_the_error_survives_pickling() -> None:
    """A worker's error travels pickled, with its context too once ``distributed`` is imported
    (it installs tblib's exception pickling for every exception class)."""
    with pytest.raises(OptionError) as raised:
        ExtractOptions(body="markdown")  # type: ignore[arg-type]
    tblib = pytest.importorskip("tblib.pickling_support", reason="the dask extra is not installed")
    tblib.install(raised.value)
    copy = pickle.loads(pickle.dumps(raised.value))
    assert (type(copy), str(copy), copy.field, copy.allowed) == (
        OptionError,
        str(raised.value),
        "body",
        raised.value.allowed,
    )


def test_a_language_in_upper_case_is_lowered() -> None:
    assert ExtractOptions(language="DE").language == "de"


def test_options_of_the_wrong_type_are_refused() -> None:
    with pytest.raises(OptionError, match="options takes an ExtractOptions"):
        newsextract.extract(PAGE, options={"favor": "recall"})  # type: ignore[arg-type]


def test_every_option_is_a_keyword_of_extract() -> None:
    parameters = inspect.signature(newsextract.extract).parameters
    keywords = {p.name for p in parameters.values() if p.kind is inspect.Parameter.KEYWORD_ONLY}
    assert keywords == {"options"} | {f.name for f in attrs.fields(ExtractOptions)}


def test_extract_keywords_typed_dict_matches_extract() -> None:
    """``extract_url`` hands its keywords on through ``ExtractKeywords``: it must not drift."""
    from newsextract.options import ExtractKeywords

    parameters = inspect.signature(newsextract.extract).parameters
    keywords = {p.name for p in parameters.values() if p.kind is inspect.Parameter.KEYWORD_ONLY}
    assert set(ExtractKeywords.__annotations__) == keywords


def test_typed_keywords_give_what_the_options_object_gives() -> None:
    url = "https://news.example.org/1"
    chosen: dict[str, Any] = {
        "favor": "precision",
        "body": "newsextract",
        "date_search": False,
        "language": "fr",
        "rules": [KICKER],
        "default_rules": False,
    }
    by_keyword = newsextract.extract(PAGE, url, **chosen)
    by_object = newsextract.extract(PAGE, url=url, options=ExtractOptions(**chosen))
    assert by_keyword == by_object
    found = (by_keyword.title, by_keyword.rule, by_keyword.language)
    assert found == ("Kicker line", "kicker", "fr")


def test_a_keyword_left_at_none_is_the_default() -> None:
    assert newsextract.extract(PAGE, favor=None, body=None, rules=None) == newsextract.extract(PAGE)


def test_options_and_a_keyword_together_are_a_type_error() -> None:
    with pytest.raises(TypeError, match=r"either as keywords \(body\) or as options="):
        newsextract.extract(PAGE, options=ExtractOptions(), body="none")
