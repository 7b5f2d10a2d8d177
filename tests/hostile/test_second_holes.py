"""Regression tests of the fixes for the second red team's holes (wave 57) that its attack
files do not show on their own: what the general fixes keep, and the batch's own guard."""

from __future__ import annotations

from pathlib import Path

import pytest

import newsextract
from newsextract import FieldRule, RuleError, SiteRule
from newsextract.batching import workers
from newsextract.cli_errors import shown_text
from newsextract.rules.transforms import MAX_GROWN_CHARS, apply_transforms

PAGE = "<html><body><h1>Harbour plan</h1><p class='k'>Kicker</p><p>Text.</p></body></html>"


@pytest.mark.parametrize(
    "domain", ["Example.ORG", ".example.org", "example.org.", "bücher.example"]
)
def test_a_python_rule_s_domain_is_compared_as_a_host_is(domain: str) -> None:
    # Domains are lowered and stripped of their dots as hosts are: a Python rule written
    # "Example.ORG" matched no page (hosts are compared in lower case).
    rule = SiteRule(name="k", domains=(domain,), fields={"title": FieldRule(selectors=(".k",))})
    host = "www.bücher.example" if "bücher" in domain else "news.example.org"
    assert newsextract.extract(PAGE, f"https://{host}/a", rules=[rule]).title == "Kicker"


@pytest.mark.parametrize("domain", ["*", "example.org/news", "exa mple.org", 5])
def test_a_python_rule_s_domain_that_names_no_host_is_a_rule_error(domain: object) -> None:
    with pytest.raises(RuleError, match=r"domains\[0\]"):
        SiteRule(name="k", domains=(domain,))  # type: ignore[arg-type]


def test_replace_makes_every_replacement_a_value_under_the_cap_asks_for() -> None:
    assert apply_transforms("a-b-c", ("replace:-=> - ",)) == "a - b - c"
    assert apply_transforms("Harbour | Site", ("replace: | Site=>",)) == "Harbour"
    grown = apply_transforms("ab", ("replace:=>xy",) * 40)
    assert len(grown) <= MAX_GROWN_CHARS


def test_a_system_exit_out_of_a_page_s_extraction_is_its_failure_row(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Beside a hook's (a rule's field costs it), any SystemExit the pipeline lets out: the
    # page gets its row and the batch goes on.
    def exits(*args: object, **kwargs: object) -> object:
        raise SystemExit(3)

    monkeypatch.setattr(workers, "extract_decoded", exits)
    pages = []
    for n in range(2):
        path = tmp_path / f"p{n}.html"
        path.write_text(PAGE)
        pages.append(str(path))
    items = list(newsextract.batch(pages, workers=1))
    assert sorted(item.input for item in items) == pages
    assert {item.failure.error_type for item in items if item.failure} == {"SystemExit"}


def test_a_report_escapes_a_lone_surrogate() -> None:
    assert shown_text('title: "\ud800"') == 'title: "\\ud800"'
    assert shown_text("Harbour ü\nplan") == "Harbour ü\nplan"
