"""``batch(rules=...)``: the caller's site rules reach every page, in every worker process;
a bad option stops a run before any work."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import newsextract
from newsextract import ExtractOptions, FieldRule, OptionError, SiteRule

from .warcs import article_html

KICKER = SiteRule(
    name="kicker", domains=("example.org",), fields={"title": FieldRule(selectors=(".kicker",))}
)


def kicker_page(title: str) -> str:
    return article_html(title).replace("<article>", '<article><div class="kicker">By rule</div>')


def rows(tmp_path: Path, count: int = 6) -> Path:
    """A JSONL file of pages on news.example.org, which the rule above matches."""
    path = tmp_path / "rows.jsonl"
    lines = [
        json.dumps({"url": f"https://news.example.org/{i}", "html": kicker_page(f"Generic {i}")})
        for i in range(count)
    ]
    path.write_text("\n".join(lines) + "\n")
    return path


@pytest.mark.parametrize("workers", [1, 2])
def test_a_rule_given_to_batch_applies_to_every_page(tmp_path: Path, workers: int) -> None:
    items = list(newsextract.batch([rows(tmp_path)], workers=workers, chunksize=2, rules=[KICKER]))
    assert len(items) == 6
    assert {(i.article.title, i.article.rule) for i in items if i.article} == {
        ("By rule", "kicker")
    }


def test_without_the_rule_the_generic_title_stays(tmp_path: Path) -> None:
    items = list(newsextract.batch([rows(tmp_path, 1)], workers=1))
    assert [(i.article.title, i.article.rule) for i in items if i.article] == [("Generic 0", None)]


def test_default_rules_and_a_registry_pass_through(tmp_path: Path) -> None:
    registry = newsextract.RuleRegistry().add([KICKER])
    items = list(
        newsextract.batch([rows(tmp_path, 2)], workers=1, rules=registry, default_rules=False)
    )
    assert {i.article.rule for i in items if i.article} == {"kicker"}


def test_rules_beside_options_are_refused_before_any_work(tmp_path: Path) -> None:
    with pytest.raises(TypeError, match="not both"):
        newsextract.batch([rows(tmp_path)], options=ExtractOptions(), rules=[KICKER])
    with pytest.raises(OptionError, match="rules takes a list of SiteRule"):
        newsextract.batch([rows(tmp_path)], rules="kicker")  # type: ignore[arg-type]


def test_a_hook_worker_processes_cannot_receive_is_refused_before_any_work(
    tmp_path: Path,
) -> None:
    hooked = SiteRule(
        name="hooked", domains=("example.org",), fields={"title": FieldRule(hook=lambda p: "H")}
    )
    with pytest.raises(OptionError, match="worker processes cannot receive them"):
        newsextract.batch([rows(tmp_path)], workers=2, rules=[hooked])
    inline = list(newsextract.batch([rows(tmp_path, 1)], workers=1, rules=[hooked]))
    assert [i.article.title for i in inline if i.article] == ["H"]


def test_the_batch_command_refuses_a_bad_language_in_one_line(tmp_path: Path) -> None:
    from .test_cli import run

    out = tmp_path / "out.jsonl"
    code, err = run([str(rows(tmp_path)), "-o", str(out), "--language", "english"])
    assert code == 2 and not out.exists()
    assert err.strip().splitlines() == [
        "newsextract batch: error: OptionError: invalid option language='english': language"
        " takes a two-letter ISO 639-1 code such as 'en', or None"
    ]
