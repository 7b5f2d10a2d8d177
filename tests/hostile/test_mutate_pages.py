"""``benchmarks/mutate_pages.py`` makes the variants it says and finds a hole's frame: the
attribute-mutation fuzz (run at length by hand) must not rot into a script that tests nothing."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

import newsextract
from newsextract.name_lists import ascii_lower

_SCRIPT = Path(__file__).resolve().parents[2] / "benchmarks" / "mutate_pages.py"
_PAGE = (
    "<html lang='en'><head><title>Harbour plan</title>"
    '<meta property="article:published_time" content="2021-03-05T10:00:00Z">'
    '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Harbour plan"}'
    "</script></head><body><article><h1>Harbour plan</h1>"
    '<time datetime="2021-03-05">5 March 2021</time><img src="/a.jpg" width="640">'
    "<p>" + "The council met on Tuesday to weigh the new plan for the harbour. " * 5 + "</p>"
    "</article></body></html>"
)


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("newsextract_benchmarks_mutate", _SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def script() -> ModuleType:
    return _script()


def test_each_kind_breaks_the_page_and_every_variant_is_an_article(script: ModuleType) -> None:
    made = list(script.variants(_PAGE, set(script.KINDS)))
    kinds = {label.split()[0] for label, _ in made}
    assert kinds == set(script.KINDS)
    assert all(page != _PAGE for _, page in made)
    dropped = dict(made)["drop datetime"]
    assert "datetime" not in dropped and "<time >5 March 2021" in dropped
    for _, page in made[::7]:
        assert newsextract.extract(page, url="https://news.example/a").title


def test_a_hole_is_named_by_its_innermost_newsextract_frame(script: ModuleType) -> None:
    try:
        try:
            ascii_lower(None)  # type: ignore[arg-type]
        except (AttributeError, TypeError) as exc:
            raise newsextract.ExtractionError("extraction failed") from exc
    except newsextract.ExtractionError as error:
        assert script.innermost_frame(error).startswith("name_lists.py:")
