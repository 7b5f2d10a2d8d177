"""The public surface: one curated ``__all__``, typed records, JSON form."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import UTC, datetime

import attrs
import pytest

import newsextract
from newsextract import Article


def test_all_matches_public_names() -> None:
    public = {name for name in dir(newsextract) if not name.startswith("_")}
    modules = {name for name in public if type(getattr(newsextract, name)).__name__ == "module"}
    assert set(newsextract.__all__) == public - modules


def test_article_is_frozen_and_keyword_only() -> None:
    article = Article(title="T")
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        article.title = "U"  # type: ignore[misc]
    with pytest.raises(TypeError):
        Article("T")  # type: ignore[misc]


def test_to_dict_is_json_ready() -> None:
    article = Article(
        title="T",
        authors=("A B",),
        published=datetime(2020, 8, 3, 7, 41, tzinfo=UTC),
        provenance={"title": "jsonld:headline"},
    )
    data = article.to_dict()
    assert data["published"] == "2020-08-03T07:41:00+00:00"
    assert data["authors"] == ["A B"]
    assert data["provenance"] == {"title": "jsonld:headline"}
    assert json.loads(article.to_json()) == data


def test_provenance_is_read_only() -> None:
    article = Article(provenance={"title": "html:h1"})
    with pytest.raises(TypeError):
        article.provenance["title"] = "x"  # type: ignore[index]


def test_unknown_option_is_a_type_error() -> None:
    with pytest.raises(TypeError, match="unexpected keyword argument 'colour'"):
        newsextract.extract("<p>x</p>", colour="blue")  # type: ignore[call-arg]


def test_options_object_and_keywords_agree() -> None:
    html = (
        "<html><body><article><h1>Headline of it</h1><p>Body text here.</p></article></body></html>"
    )
    by_keyword = newsextract.extract(html, body="none")
    by_object = newsextract.extract(html, options=newsextract.ExtractOptions(body="none"))
    assert by_keyword == by_object
    assert by_keyword.body == ""


def test_article_pickles_for_worker_processes() -> None:
    import pickle

    article = Article(title="T", authors=("A",), provenance={"title": "html:h1"})
    copy = pickle.loads(pickle.dumps(article))
    assert copy == article
    with pytest.raises(TypeError):
        copy.provenance["title"] = "x"  # type: ignore[index]


def test_language_from_the_text_when_the_page_declares_none() -> None:
    html = "<html><body><article><h1>Le conseil vote le budget</h1>"
    html += (
        "<p>Le conseil municipal a voté mardi soir le budget de la ville pour l'année prochaine,"
        " après un long débat sur les impôts locaux et les travaux du centre-ville. Les élus de"
        " l'opposition ont dénoncé une hausse des dépenses de fonctionnement, tandis que le maire"
        " a défendu des investissements nécessaires pour les écoles et les transports."
    )
    html += "</p></article></body></html>"
    article = newsextract.extract(html)
    assert (article.language, article.provenance["language"]) == ("fr", "text:letters")
    # A declaration is read as a language code; a country's code used as one is the language.
    # (A Japanese declaration on this French text would be overruled: another script, 2a5aafe.)
    japanese = (
        "<html><body><article><h1>市議会が予算を可決</h1><p>"
        + "市議会は火曜日の夜、長い議論の末に来年度の市の予算を可決した。" * 4
        + "</p></article></body></html>"
    )
    declared = japanese.replace("<html>", '<html lang="ja-JP">')
    assert newsextract.extract(declared).language == "ja"
    assert newsextract.extract(japanese.replace("<html>", '<html lang="jp">')).language == "ja"


def test_importing_the_package_leaves_regex_for_the_first_rule_regex() -> None:
    """``regex`` costs the import a tenth; site rules load it when they compile a regex."""
    code = "import sys, newsextract; print('regex' in sys.modules)"
    shown = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert shown.stdout.strip() == "False"
