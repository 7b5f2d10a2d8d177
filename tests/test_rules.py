"""Site rules: matching, precedence, versions, validation, entry points, tooling, drift."""

from __future__ import annotations

import io
import json
import os
import re
import sys
import textwrap
import threading
import time
import tomllib
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from selectolax.lexbor import LexborHTMLParser

import newsextract
from newsextract.errors import RuleError
from newsextract.page import ParsedPage
from newsextract.rules import (
    BodyRule,
    FieldRule,
    Level,
    RuleRegistry,
    SiteRule,
    builtin_rules,
    entry_point_rules,
    load_rule_dir,
    load_rule_file,
)
from newsextract.rules.apply import rule_candidates
from newsextract.rules.drift import DriftMonitor
from newsextract.rules.load import rule_from_mapping
from newsextract.rules.model import DATE_FIELDS, LIST_FIELDS, RULE_FIELDS
from newsextract.rules.scaffold import rule_file_text
from newsextract.rules.tooling import run_golden

PAGE = """<html><head><meta name="generator" content="ExampleCMS 2">
<meta property="article:published_time" content="{date}"></head><body>
<h1>Generic headline of the page</h1><div class="kicker">Rule headline</div>
<p class="who">By Ann Lee and Bo Ek</p>
<div class="text"><p>First paragraph of the article body.</p><div class="ad">Advertisement</div>
<p>Second paragraph of the article body.</p></div></body></html>"""


def page(url: str = "https://news.example.org/2024/a", day: str = "2024-05-01") -> str:
    return PAGE.format(date=day)


def rule(name: str = "example", **kwargs: object) -> SiteRule:
    fields = {"title": FieldRule(selectors=(".kicker",))}
    return SiteRule(name=name, fields=fields, **kwargs)  # type: ignore[arg-type]


# ---------------------------------------------------------------- built-in rules, golden pages

BUILTIN_CASES = [(r, c) for r in builtin_rules() for c in r.tests]


@pytest.mark.parametrize(
    ("site_rule", "case"), BUILTIN_CASES, ids=[f"{r.name}-{c.html.stem}" for r, c in BUILTIN_CASES]
)
def test_builtin_rule_golden(site_rule: SiteRule, case: object) -> None:
    [result] = [r for r in run_golden(site_rule) if r.case == case]
    assert result.passed, result.report()


def test_every_builtin_rule_has_a_golden_page() -> None:
    assert all(rule.tests for rule in builtin_rules())


# ---------------------------------------------------------------- matching


def test_rule_overrides_only_its_fields() -> None:
    article = newsextract.extract(
        page(), url="https://news.example.org/2024/a", rules=[rule(domains=("example.org",))]
    )
    assert article.title == "Rule headline"
    assert article.provenance["title"] == "rule:example"
    assert article.rule == "example"
    assert article.authors == ("Ann Lee", "Bo Ek")  # generic
    assert not article.provenance["authors"].startswith("rule:")


@pytest.mark.parametrize(
    ("url", "matches"),
    [
        ("https://example.org/x", True),
        ("https://news.example.org/x", True),
        ("https://badexample.org/x", False),
        ("https://example.org.evil.com/x", False),
        (None, False),
    ],
)
def test_domain_matching_includes_subdomains(url: str | None, matches: bool) -> None:
    registry = RuleRegistry().add([rule(domains=("example.org",))])
    assert (registry.match(ParsedPage(page(), url)) is not None) is matches


def test_path_and_signature_matching() -> None:
    by_path = RuleRegistry().add([rule(domains=("example.org",), paths=(r"^/2024/",))])
    assert by_path.match(ParsedPage(page(), "https://example.org/2024/a"))
    assert not by_path.match(ParsedPage(page(), "https://example.org/video/a"))
    family = RuleRegistry().add([rule(signature='meta[name=generator][content^="ExampleCMS"]')])
    assert family.match(ParsedPage(page(), "https://any.site/a"))
    assert not family.match(ParsedPage("<html><p>x</p></html>", "https://any.site/a"))


def test_date_versions_choose_by_publication_date() -> None:
    old = SiteRule(
        name="old",
        domains=("example.org",),
        valid_until=date(2019, 12, 31),
        fields={"title": FieldRule(selectors=("h1",))},
    )
    new = SiteRule(
        name="new",
        domains=("example.org",),
        valid_from=date(2020, 1, 1),
        fields={"title": FieldRule(selectors=(".kicker",))},
    )
    url = "https://example.org/a"
    assert newsextract.extract(page(day="2018-03-01"), url=url, rules=[old, new]).rule == "old"
    assert newsextract.extract(page(day="2024-03-01"), url=url, rules=[old, new]).rule == "new"
    undated = PAGE.replace('<meta property="article:published_time" content="{date}">', "")
    assert newsextract.extract(undated, url=url, rules=[old, new]).rule == "new"


def test_date_versions_choose_by_fetch_time_when_known() -> None:
    """A story of 2018 fetched in 2019 comes in the layout served in 2019; one fetched in 2024,
    in the new layout (REVIEW §4.8: markup changes with the fetch, not the story's day)."""
    old = SiteRule(name="old", domains=("example.org",), valid_until=date(2019, 12, 31))
    new = SiteRule(name="new", domains=("example.org",), valid_from=date(2020, 1, 1))
    url, story = "https://example.org/a", page(day="2018-03-01")
    fetched = datetime(2024, 5, 2, 9, 30, tzinfo=UTC)
    assert newsextract.extract(story, url=url, rules=[old, new], fetched_at=fetched).rule == "new"
    earlier = datetime(2019, 6, 1, tzinfo=UTC)
    assert newsextract.extract(story, url=url, rules=[old, new], fetched_at=earlier).rule == "old"


# ---------------------------------------------------------------- precedence


def test_precedence_levels_site_before_family_then_priority() -> None:
    url = "https://example.org/a"
    registry = RuleRegistry()
    registry.add([rule("builtin-site", domains=("example.org",))], Level.BUILTIN)
    registry.add([rule("entry-site", domains=("example.org",))], Level.ENTRY_POINT)
    assert registry.match(ParsedPage(page(), url)).name == "entry-site"  # type: ignore[union-attr]
    registry.add([rule("dir-family", signature="h1")], Level.DIRECTORY)
    registry.add([rule("dir-site", domains=("example.org",))], Level.DIRECTORY)
    assert registry.match(ParsedPage(page(), url)).name == "dir-site"  # type: ignore[union-attr]
    registry.add([rule("explicit-low"), rule("explicit-high", priority=5)], Level.EXPLICIT)
    assert registry.match(ParsedPage(page(), url)).name == "explicit-high"  # type: ignore[union-attr]


def test_conflicts_are_reported(caplog: pytest.LogCaptureFixture) -> None:
    registry = RuleRegistry().add(
        [rule("first", domains=("example.org",)), rule("second", domains=("example.org",))]
    )
    chosen = registry.match(ParsedPage(page(), "https://example.org/a"))
    assert chosen is not None and chosen.name == "first"
    assert [(c.chosen, c.other) for c in registry.conflicts] == [("first", "second")]
    assert "both match" in caplog.text


def test_explicit_rules_beat_builtin_family_rules() -> None:
    html = Path(builtin_rules()[0].tests[0].html).read_bytes()
    mine = SiteRule(
        name="mine", signature="body", fields={"title": FieldRule(selectors=("title",))}
    )
    assert newsextract.extract(html, url="https://x.org/a", rules=[mine]).rule == "mine"
    assert newsextract.extract(html, url="https://x.org/a", default_rules=False).rule is None


# ---------------------------------------------------------------- body, hooks, transforms


def test_body_containers_and_drop() -> None:
    site = SiteRule(
        name="b", domains=("example.org",), body=BodyRule(containers=(".text",), drop=(".ad",))
    )
    article = newsextract.extract(page(), url="https://example.org/a", rules=[site])
    assert (
        article.body
        == "First paragraph of the article body.\n\nSecond paragraph of the article body."
    )
    assert article.provenance["body"] == "rule:b"


def test_body_container_reads_its_figures_table_and_caption() -> None:
    """A table set in a <figure> (a CMS's editor writes them so) is the body's, its caption
    a caption: both in the blocks, the caption out of the running text."""
    table = "".join(f"<tr><td>Line {n}</td><td>{n * 7} stops</td></tr>" for n in range(1, 4))
    html = (
        "<html><body><div class='text'><p>First paragraph of the article body.</p>"
        f"<figure class='table'><table>{table}</table><figcaption>Stops per line"
        "</figcaption></figure></div></body></html>"
    )
    site = SiteRule(name="f", domains=("example.org",), body=BodyRule(containers=(".text",)))
    article = newsextract.extract(html, url="https://example.org/a", rules=[site])
    assert "Line 2" in article.body
    assert "Stops per line" not in article.body
    assert any(block.caption for block in article.body_blocks)


def test_python_hook_and_transforms() -> None:
    site = SiteRule(
        name="hooked",
        domains=("example.org",),
        fields={
            "source": FieldRule(hook=lambda p: "Example Wire"),
            "authors": FieldRule(selectors=(".who",), transforms=("byline",)),
            "tags": FieldRule(selectors=(".kicker",), transforms=("lower", "split: ")),
            "published": FieldRule(selectors=(".who",), regex=r"(\d+)", transforms=("date",)),
        },
    )
    article = newsextract.extract(page(), url="https://example.org/a", rules=[site])
    assert article.source == "Example Wire"
    assert article.authors == ("Ann Lee", "Bo Ek")
    assert article.tags == ("rule", "headline")


DATELINE = """<html><head><title>T</title></head><body><h1>A headline of the page</h1>
<p class="when">Posted {when}</p><p>The text of the article, a sentence or two.</p>
</body></html>"""


def dated(when: str, *transforms: str) -> newsextract.Article:
    """The page's dateline read by a rule whose ``published`` has these transforms."""
    field = FieldRule(selectors=(".when",), regex=r"Posted (.+)", transforms=transforms)
    site = SiteRule(name="dated", domains=("example.org",), fields={"published": field})
    html = DATELINE.format(when=when)
    return newsextract.extract(html, url="https://example.org/a", rules=[site])


EST = timezone(timedelta(hours=-5))


@pytest.mark.parametrize("transforms", [("date",), ("date:en",), ()], ids=str)
def test_date_transform_keeps_a_zone_abbreviation(transforms: tuple[str, ...]) -> None:
    article = dated("March 3, 2024 at 5:12 p.m. EST", *transforms)
    assert article.published == datetime(2024, 3, 3, 17, 12, tzinfo=EST)
    assert article.provenance["published"] == "rule:dated"


@pytest.mark.parametrize(
    ("when", "transforms", "offset"),
    [
        # IST is India's, Israel's and Ireland's: only the rule knows which this site means.
        (
            "March 3, 2024 at 5:12 p.m. IST",
            ("date", "zone:Asia/Kolkata"),
            timedelta(hours=5, minutes=30),
        ),
        # No zone written: the site's own, with its daylight saving time (EDT in July).
        ("July 3, 2024 at 5:12 p.m.", ("date", "zone:America/New_York"), timedelta(hours=-4)),
        (
            "July 3, 2024 at 5:12 p.m.",
            ("zone:ET",),
            timedelta(hours=-4),
        ),  # dates.py's US generic zones
        # A zone the page writes wins over the rule's.
        ("March 3, 2024 at 5:12 p.m. EST", ("date", "zone:Europe/Paris"), timedelta(hours=-5)),
    ],
    ids=["ambiguous-abbreviation", "no-zone", "generic-us-zone", "page-zone-wins"],
)
def test_zone_transform_gives_a_date_the_sites_zone(
    when: str, transforms: tuple[str, ...], offset: timedelta
) -> None:
    published = dated(when, *transforms).published
    assert published is not None and published.utcoffset() == offset
    assert published.replace(tzinfo=None).hour == 17


PARIS_TIME = datetime(2024, 5, 1, 9, 30, tzinfo=timezone(timedelta(hours=2)))


@pytest.mark.parametrize(
    ("field", "returned", "expected"),
    [
        ("published", PARIS_TIME, PARIS_TIME),
        ("published", "March 3, 2024 at 5:12 p.m. EST", datetime(2024, 3, 3, 17, 12, tzinfo=EST)),
        ("authors", "Ann  Lee", ("Ann Lee",)),
        ("tags", ["one", " ", "two\n words"], ("one", "two words")),
        ("title", ["First  of", "Second"], "First of"),
        ("source", 42, "42"),
    ],
    ids=["datetime", "date-text", "one-string-list", "list", "first-of-list", "str"],
)
def test_hook_return_values_as_docs_rule_hooks_tells(
    field: str, returned: object, expected: object
) -> None:
    """docs/rule-hooks.md's table of what a hook may return, and what each becomes."""
    hooked = FieldRule(selectors=(".nothing",), transforms=("lower",), hook=lambda _: returned)
    site = SiteRule(name="hooked", domains=("example.org",), fields={field: hooked})
    article = newsextract.extract(page(), url="https://example.org/a", rules=[site])
    assert getattr(article, field) == expected  # transforms not applied: a hook replaces them
    assert article.provenance[field] == "rule:hooked"


@pytest.mark.parametrize("returned", [None, "", [], "no date at all"], ids=repr)
def test_a_hook_without_a_value_leaves_the_field_generic(returned: object) -> None:
    site = SiteRule(
        name="hooked",
        domains=("example.org",),
        fields={"published": FieldRule(hook=lambda _: returned)},
    )
    article = newsextract.extract(page(), url="https://example.org/a", rules=[site])
    assert article.published == datetime(2024, 5, 1)
    assert article.provenance["published"] != "rule:hooked"


def test_docs_rule_hooks_table_names_every_field_a_rule_may_fill() -> None:
    """docs/rule-hooks.md's rows for date fields, list fields and the others stay true."""
    text = (Path(__file__).parent.parent / "docs" / "rule-hooks.md").read_text(encoding="utf-8")
    table = text.split("| field | the hook returns | becomes |\n| --- | --- | --- |\n")[1]
    rows = table.split("\n\n")[0].splitlines()
    named = [set(re.findall(r"`(\w+)`", row.split(" | ")[0])) for row in rows[:3]]
    others = RULE_FIELDS - DATE_FIELDS - LIST_FIELDS
    assert named == [set(DATE_FIELDS), set(LIST_FIELDS), set(others)]


def test_a_failing_hook_costs_the_field_not_the_page() -> None:
    def broken(_: ParsedPage) -> str:
        raise RuntimeError("boom")

    site = SiteRule(
        name="broken", domains=("example.org",), fields={"title": FieldRule(hook=broken)}
    )
    article = newsextract.extract(page(), url="https://example.org/a", rules=[site])
    assert article.title == "Generic headline of the page"


class _CountingTree:
    """A page's parser that counts the queries made of it."""

    def __init__(self, tree: LexborHTMLParser) -> None:
        self.tree = tree
        self.queries = 0

    def css(self, selector: str) -> object:
        self.queries += 1
        return self.tree.css(selector)

    def css_first(self, selector: str) -> object:
        self.queries += 1
        return self.tree.css_first(selector)


def test_fields_that_select_nothing_cost_one_query_of_the_page() -> None:
    # A theme rule's lists are absent from most of its theme's pages: one query of the union
    # of every field's selectors tells, where each selector was a query of the whole tree.
    parsed = ParsedPage(page(), "https://example.org/a")
    counting = _CountingTree(parsed.tree)
    parsed.tree = counting  # type: ignore[assignment]
    lists = {
        "tags": FieldRule(selectors=(".tags-links a", ".post-tags a", ".entry-tags a")),
        "categories": FieldRule(selectors=(".cat-links a", ".post-categories a")),
    }
    assert list(rule_candidates(SiteRule(name="theme", fields=lists), parsed)) == []
    assert counting.queries == 1


def test_a_selector_that_does_not_parse_costs_its_field_not_the_others() -> None:
    fields = {"title": FieldRule(selectors=(".kicker",)), "tags": FieldRule(selectors=("a[",))}
    site = SiteRule(name="typo", domains=("example.org",), fields=fields)
    article = newsextract.extract(page(), url="https://example.org/a", rules=[site])
    assert article.title == "Rule headline"
    assert article.tags == ()


# ---------------------------------------------------------------- data files and validation


def write(tmp_path: Path, text: str, name: str = "site.toml") -> Path:
    path = tmp_path / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def test_load_a_rule_file(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        """
        [rule]
        name = "example"
        domains = ["example.org"]
        valid_from = 2020-01-01

        [fields.title]
        selectors = [".kicker"]

        [body]
        containers = [".text"]
        drop = [".ad"]
    """,
    )
    loaded = load_rule_file(path)
    assert loaded.valid_from == date(2020, 1, 1)
    assert loaded.fields["title"].selectors == (".kicker",)
    assert load_rule_dir(tmp_path) == [loaded]


@pytest.mark.parametrize(
    ("body", "key", "problem"),
    [
        (
            '[rule]\nname = "x"\n[fields.title]\nselectors = ["p["]',
            "fields.title.selectors[0]",
            "invalid CSS selector",
        ),
        ('[rule]\nname = "x"\ncolour = "red"', "rule.colour", "unknown key"),
        (
            '[rule]\nname = "x"\n[fields.title]\nselectors = ["p"]\ntransforms = ["shout"]',
            "fields.title.transforms[0]",
            "unknown transform",
        ),
        (
            '[rule]\nname = "x"\n[fields.published]\nselectors = ["p"]\n'
            'transforms = ["date", "zone:Mars/Olympus"]',
            "fields.published.transforms[1]",
            "unknown time zone 'Mars/Olympus'",
        ),
        (
            '[rule]\nname = "x"\n[fields.published]\nselectors = ["p"]\ntransforms = ["zone"]',
            "fields.published.transforms[0]",
            "zone:America/New_York",
        ),
        (
            '[rule]\nname = "x"\n[fields.title]\nselectors = ["p"]\nregex = "("',
            "fields.title.regex[0]",
            "invalid regex",
        ),
        ('[rule]\nname = "x"\nvalid_from = "last year"', "rule.valid_from", "must be a date"),
        ('[rule]\ndomains = ["a.org"]', "rule.name", "required"),
        (
            '[rule]\nname = "x"\n[fields.headline]\nselectors = ["h1"]',
            "fields.headline",
            "unknown key",
        ),
        (
            '[rule]\nname = "x"\n[fields.title]\nattribute = "content"',
            "fields.title.selectors",
            "required",
        ),
        (
            '[rule]\nname = "x"\n[body]\ncontainers = ["article", "div:has(>)"]',
            "body.containers[1]",
            "invalid CSS selector",
        ),
        ('[rule]\nname = "x"\nvalid_from = 2020-01-01T00:00:00Z', "rule.valid_from", "a date"),
        ('[rule]\nname = "x"\nsignature = []', "rule.signature", "non-empty string"),
        (
            '[rule]\nname = "x"\n[fields.title]\nselectors = ["p"]\nregex = []',
            "fields.title.regex",
            "non-empty string",
        ),
        ('tests = 5\n[rule]\nname = "x"', "tests", "array of tables"),
        (
            '[rule]\nname = "x"\n[[tests]]\nhtml = "a.html"\nexpected = "a.json"\nurl = 5',
            "tests[0].url",
            "non-empty string",
        ),
        ('[rule]\nname = "x"\n"a\\nb" = 1', "rule.a\nb", "unknown key"),
        ('[rule]\nname = "x"\npriority = false', "rule.priority", "must be an integer"),
    ],
    ids=[
        "css",
        "unknown-key",
        "transform",
        "unknown-zone",
        "zone-without-name",
        "regex",
        "date",
        "no-name",
        "unknown-field",
        "no-selectors",
        "body-css",
        "datetime-not-date",
        "empty-signature",
        "empty-regex-list",
        "tests-not-a-list",
        "test-url-not-a-string",
        "newline-in-key",
        "priority-a-boolean",
    ],
)
def test_validation_errors_name_file_and_key(
    tmp_path: Path, body: str, key: str, problem: str
) -> None:
    path = write(tmp_path, body)
    with pytest.raises(RuleError) as info:
        load_rule_file(path)
    assert info.value.key == key and info.value.source == str(path)
    assert str(path) in str(info.value) and problem in str(info.value)
    assert "\n" not in str(info.value)  # one line, fit for the CLI's error message


_TOML_SCALARS = st.one_of(
    st.text(max_size=6),
    st.sampled_from(["p", "h1", "p[", "(", "lower", "example.org", "cases/a.html"]),
    st.integers(),
    st.booleans(),
    st.floats(allow_nan=False),
    st.dates(),
    st.datetimes(),
    st.times(),
)
_TOML_VALUES = st.recursive(
    _TOML_SCALARS,
    lambda inner: (
        st.lists(inner, max_size=3)
        | st.dictionaries(
            st.sampled_from(["selectors", "html", "expected", "url", "containers", "regex", "x"]),
            inner,
            max_size=3,
        )
    ),
    max_leaves=8,
)
_RULE_TABLES = st.fixed_dictionaries(
    {
        "rule": st.fixed_dictionaries(
            {"name": st.just("x")},
            optional=dict.fromkeys(
                ("domains", "paths", "signature", "valid_from", "valid_until", "priority"),
                _TOML_VALUES,
            ),
        )
    },
    optional={
        "fields": st.dictionaries(st.sampled_from(["title", "authors", "x"]), _TOML_VALUES)
        | _TOML_VALUES,
        "body": _TOML_VALUES,
        "tests": _TOML_VALUES,
    },
)


@settings(max_examples=300, deadline=None)
@given(_RULE_TABLES)
def test_any_parsed_toml_gives_a_rule_or_a_rule_error(data: dict[str, object]) -> None:
    try:
        loaded = rule_from_mapping(data, Path("fuzz.toml"))
    except RuleError as exc:
        assert exc.source == "fuzz.toml" and "\n" not in str(exc)
    else:
        assert loaded.name == "x"


def test_invalid_toml_names_the_file(tmp_path: Path) -> None:
    path = write(tmp_path, "[rule\nname=")
    with pytest.raises(RuleError, match="invalid TOML") as info:
        load_rule_file(path)
    assert info.value.source == str(path)


def test_a_rule_file_that_is_not_utf8_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "latin.toml"
    path.write_bytes('[rule]\nname = "caf\u00e9"\n'.encode("latin-1"))
    with pytest.raises(RuleError, match="not UTF-8") as info:
        load_rule_file(path)
    assert info.value.source == str(path)


@pytest.mark.parametrize("kind", ["missing", "file"])
def test_a_rules_dir_that_is_not_a_folder_is_an_error(tmp_path: Path, kind: str) -> None:
    path = tmp_path / "rules"
    if kind == "file":
        path.write_text("")
    with pytest.raises(RuleError, match="no such folder" if kind == "missing" else "not a folder"):
        load_rule_dir(path)


def test_a_bad_selector_fails_at_load_not_at_match(tmp_path: Path) -> None:
    """Load-time validation compiles every selector with the engine that later matches it."""
    from selectolax.lexbor import LexborHTMLParser, SelectolaxError

    tree = LexborHTMLParser("<html><body><p>x</p></body></html>")
    for selector in ("p[", "div:has(>)", "p:unknown-pseudo", "a >", "p,"):
        with pytest.raises(SelectolaxError):
            tree.css(selector)
        text = f'[rule]\nname = "x"\n[fields.title]\nselectors = ["h1", {json.dumps(selector)}]'
        with pytest.raises(RuleError, match="invalid CSS selector") as info:
            load_rule_file(write(tmp_path, text))
        assert info.value.key == "fields.title.selectors[1]"


# ---------------------------------------------------------------- entry points


@pytest.fixture
def installed_rules_package(tmp_path: Path) -> Iterator[Path]:
    """A tiny distribution on sys.path declaring rules through the entry point group."""
    package = tmp_path / "acme_rules"
    package.mkdir()
    (package / "__init__.py").write_text(
        textwrap.dedent("""
        from newsextract.rules import FieldRule, SiteRule

        RULES = [SiteRule(name="acme", domains=("acme.test",),
                          fields={"title": FieldRule(selectors=(".kicker",))})]
    """)
    )
    dist = tmp_path / "acme_rules-1.0.dist-info"
    dist.mkdir()
    (dist / "METADATA").write_text("Metadata-Version: 2.1\nName: acme-rules\nVersion: 1.0\n")
    (dist / "entry_points.txt").write_text("[newsextract.rules]\nacme = acme_rules:RULES\n")
    sys.path.insert(0, str(tmp_path))
    try:
        yield tmp_path
    finally:
        sys.path.remove(str(tmp_path))
        sys.modules.pop("acme_rules", None)


def test_entry_point_rules_are_discovered(installed_rules_package: Path) -> None:
    found = {r.name: r for r in entry_point_rules()}
    assert "acme" in found
    assert found["acme"].origin.startswith("entry point acme")


# ---------------------------------------------------------------- CLI tooling


def cli(*argv: str) -> tuple[int, str]:
    from newsextract.cli import _parser
    from newsextract.rules import cli as rules_cli

    args = _parser().parse_args(argv)
    out, err = io.StringIO(), io.StringIO()
    code = rules_cli.run(args, out, err)
    return code, out.getvalue() + err.getvalue()


def test_cli_list_and_test_builtin_rules() -> None:
    code, text = cli("rules", "list")
    assert code == 0 and "wordpress" in text and "builtin" in text
    code, text = cli("rules", "test")
    assert code == 0 and "0 failed" in text


def test_cli_scaffold_then_test_then_break(tmp_path: Path) -> None:
    fixture = Path(__file__).parent / "fixtures" / "es_article.html"
    code, text = cli(
        "rules",
        "new",
        str(fixture),
        "--url",
        "https://www.diario-sur.es/a/b",
        "--name",
        "diariosur",
        "-o",
        str(tmp_path),
    )
    assert code == 0 and "diariosur.toml" in text
    assert 'domains = ["diario-sur.es"]' in (tmp_path / "diariosur.toml").read_text()
    code, text = cli("rules", "test", "--rules-dir", str(tmp_path), "diariosur")
    assert code == 0, text
    expected = tmp_path / "cases" / "diariosur_1.expected.json"
    golden = json.loads(expected.read_text())
    golden["title"] = "Something else"
    expected.write_text(json.dumps(golden))
    code, text = cli("rules", "test", "--rules-dir", str(tmp_path), "diariosur")
    assert code == 1
    assert '- expected "Something else"' in text and "+ got" in text


def scaffold_args(fixture: Path, out: Path, url: str, *extra: str) -> tuple[str, ...]:
    return ("rules", "new", str(fixture), "--url", url, "--name", "site", "-o", str(out), *extra)


FIXTURE = Path(__file__).parent / "fixtures" / "es_article.html"


def test_cli_rules_new_refuses_to_overwrite_a_rule(tmp_path: Path) -> None:
    args = scaffold_args(FIXTURE, tmp_path, "https://www.diario-sur.es/a/b")
    assert cli(*args)[0] == 0
    files = [tmp_path / "site.toml", *sorted((tmp_path / "cases").iterdir())]
    for path in files:  # the hand edits a second run must not lose
        path.write_bytes(path.read_bytes() + b"\n# edited by hand\n")
    edited = {path: path.read_bytes() for path in files}
    code, text = cli(*args)
    assert code == 2
    assert text.count("\n") == 1 and "RuleExistsError" in text and "site.toml" in text
    assert {path: path.read_bytes() for path in files} == edited
    code, text = cli(*args, "--force")
    assert code == 0
    assert all(path.read_bytes() != edited[path] for path in files if path.suffix != ".html")


@pytest.mark.parametrize(
    "url",
    [
        'https://www.diario-sur.es/a/"quoted"',
        "https://www.diario-sur.es/a\\b",
        "https://www.diario-sur.es/a/b?q=1\n[rule]\nname = 'evil'",
        "https://www.diario-sur.es/a/\x01\x1f\x7f\t",
        "https://www.diario-sur.es/caf\u00e9/\U0001f600/\u2028",
    ],
    ids=["quote", "backslash", "newline", "controls", "unicode"],
)
def test_cli_rules_new_writes_valid_toml_for_any_url(tmp_path: Path, url: str) -> None:
    code, text = cli(*scaffold_args(FIXTURE, tmp_path, url))
    assert code == 0, text
    loaded = load_rule_file(tmp_path / "site.toml")
    assert loaded.name == "site"
    assert loaded.tests[0].url == url
    assert loaded.domains == ((urlsplit(url).hostname or "").removeprefix("www."),)


@pytest.mark.parametrize(
    ("url", "key"),
    [
        ("not a url", "rule.domains"),
        ("https://[::1/a", "tests[0].url"),
        # a host no rule may name (wave 57): the rule written would not load
        ('https://diario"sur.es/a', "rule.domains"),
    ],
    ids=["no-host", "bad-ipv6", "quote-in-host"],
)
def test_cli_rules_new_refuses_a_url_without_a_host(tmp_path: Path, url: str, key: str) -> None:
    from newsextract.rules.scaffold import scaffold

    with pytest.raises(RuleError) as info:
        scaffold(FIXTURE, url, "site", tmp_path)
    assert info.value.key == key
    assert list(tmp_path.iterdir()) == []  # nothing written
    code, text = cli(*scaffold_args(FIXTURE, tmp_path, url))
    assert code == 2 and text.count("\n") == 1


@pytest.mark.parametrize("name", [".", "..", "_x", "-x", "../x", "a/b", "a\nb", ""])
def test_rules_new_refuses_a_name_that_is_no_plain_file_name(tmp_path: Path, name: str) -> None:
    from newsextract.rules.scaffold import scaffold

    with pytest.raises(RuleError) as info:
        scaffold(FIXTURE, "https://diario-sur.es/a", name, tmp_path)
    assert info.value.key == "rule.name"
    assert list(tmp_path.iterdir()) == []  # nothing written, hidden files least of all


def test_rules_new_refuses_a_url_toml_cannot_hold(tmp_path: Path) -> None:
    from newsextract.rules.scaffold import scaffold

    with pytest.raises(RuleError, match="surrogate"):
        scaffold(FIXTURE, "https://diario-sur.es/\udcff", "site", tmp_path)
    assert list(tmp_path.iterdir()) == []


@settings(max_examples=300, deadline=None)
@given(
    st.text(min_size=1), st.text(), st.dictionaries(st.sampled_from(["title", "source"]), st.text())
)
def test_rule_file_text_holds_any_value(host: str, url: str, provenance: dict[str, str]) -> None:
    """Any host, URL or provenance (a page's meta name is one) gives a TOML file that loads
    back to the same values: the values escaped, the comments kept to one line each."""
    text = rule_file_text("site", host, provenance, "cases/p.html", "cases/p.json", url)
    assert tomllib.loads(text) == {
        "rule": {"name": "site", "domains": [host]},
        "tests": [{"html": "cases/p.html", "expected": "cases/p.json", "url": url}],
    }


def test_cli_rules_test_fails_a_broken_case_alone(tmp_path: Path) -> None:
    """A golden file that is not an object, or a page that is not HTML, is one FAIL line."""
    (tmp_path / "cases").mkdir()
    (tmp_path / "cases" / "list.json").write_text("[]")
    (tmp_path / "cases" / "ok.json").write_text('{"title": "Rule headline"}')
    (tmp_path / "cases" / "page.html").write_text(page())
    (tmp_path / "cases" / "binary.html").write_bytes(b"%PDF-1.4\n" + bytes(range(256)) * 64)
    cases = "".join(
        f'[[tests]]\nhtml = "cases/{html}"\nexpected = "cases/{expected}"\n'
        f'url = "https://example.org/a"\n'
        for html, expected in (("page.html", "list.json"), ("binary.html", "ok.json"))
    )
    write(
        tmp_path,
        '[rule]\nname = "site"\ndomains = ["example.org"]\n'
        f'[fields.title]\nselectors = [".kicker"]\n{cases}'
        '[[tests]]\nhtml = "cases/page.html"\nexpected = "cases/ok.json"\n'
        'url = "https://example.org/a"\n',
    )
    code, text = cli("rules", "test", "--rules-dir", str(tmp_path), "site")
    assert code == 1, text
    assert "a golden file holds a JSON object" in text and "NotHTMLError" in text
    assert "1 passed, 2 failed" in text


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs POSIX named pipes")
@pytest.mark.parametrize("command", ["explain", "new"])
def test_cli_refuses_a_fifo_page_without_waiting(tmp_path: Path, command: str) -> None:
    fifo = tmp_path / "page.html"
    os.mkfifo(fifo)
    out = tmp_path / "rules"
    # Should the FIFO be opened after all, a writer turns up late, so the test fails, not hangs.
    late_writer = threading.Timer(5, lambda: fifo.write_text(page()))
    late_writer.start()
    started = time.monotonic()
    try:
        if command == "explain":
            code, text = cli("explain", str(fifo), "--url", "https://example.org/a")
        else:
            code, text = cli(*scaffold_args(fifo, out, "https://example.org/a"))
    finally:
        late_writer.cancel()
    assert time.monotonic() - started < 4
    assert code == 2 and "NotRegularFileError" in text and text.count("\n") == 1
    assert not out.exists()


def test_cli_explain() -> None:
    fixture = Path(__file__).parent / "fixtures" / "fr_wordpress_byline_par.html"
    code, text = cli("explain", str(fixture), "--url", "https://www.courrier-valmont.fr/a")
    assert code == 0
    assert "rule          wordpress" in text
    assert "text:byline-text" in text


def test_cli_reports_an_invalid_rule_folder(tmp_path: Path) -> None:
    write(tmp_path, '[rule]\nname = "x"\nwhat = 1')
    code, text = cli("rules", "list", "--rules-dir", str(tmp_path))
    assert code == 2 and "rule.what" in text


@pytest.mark.parametrize(
    "argv",
    [
        ("explain", str(FIXTURE), "--rules-dir", "{bad}"),
        ("rules", "test", "--rules-dir", "{bad}"),
        ("rules", "test", "no-such-rule"),
        ("rules", "list", "--rules-dir", "{missing}"),
    ],
    ids=["explain-bad-selector", "test-bad-selector", "unknown-rule", "missing-folder"],
)
def test_cli_rule_errors_are_one_line_and_status_2(tmp_path: Path, argv: tuple[str, ...]) -> None:
    bad = tmp_path / "bad"
    bad.mkdir()
    write(bad, '[rule]\nname = "x"\n[fields.title]\nselectors = ["h1", "p:has(>)"]')
    names = {"bad": str(bad), "missing": str(tmp_path / "missing")}
    code, text = cli(*(part.format(**names) for part in argv))
    assert code == 2 and text.count("\n") == 1 and text.startswith("newsextract: error: ")
    if "bad" in argv[-1]:
        assert "site.toml: fields.title.selectors[1]: invalid CSS selector" in text


# ---------------------------------------------------------------- drift


def test_drift_flags_a_rule_whose_selectors_stopped_matching() -> None:
    site = SiteRule(
        name="site", domains=("example.org",), fields={"title": FieldRule(selectors=(".kicker",))}
    )
    monitor = DriftMonitor([site], window=10, min_pages=10)
    before = page()
    after = before.replace('class="kicker"', 'class="standfirst-new"')
    for html in [before] * 30 + [after] * 12:
        monitor.record(newsextract.extract(html, url="https://example.org/a", rules=[site]))
    [stale] = monitor.stale()
    assert (stale.rule, stale.field, stale.pages) == ("site", "title", 42)
    assert stale.hit_rate > 0.5 and stale.recent_hit_rate == 0.0


def test_batch_summary_counts_rule_fields(tmp_path: Path) -> None:
    from newsextract.cli import main

    rules = tmp_path / "rules"
    rules.mkdir()
    write(
        rules,
        '[rule]\nname = "everywhere"\nsignature = "h1"\n[fields.lead]\nselectors = [".nope"]\n'
        '[fields.title]\nselectors = ["h1"]\n',
    )
    fixtures = Path(__file__).parent / "fixtures"
    out, err = tmp_path / "out.jsonl", io.StringIO()
    import contextlib

    with contextlib.redirect_stderr(err):
        code = main(
            [
                "batch",
                str(fixtures),
                "-o",
                str(out),
                "--workers",
                "1",
                "--rules-dir",
                str(rules),
                "--no-progress",
            ]
        )
    assert code == 0
    summary = err.getvalue()
    # the rule's signature is an <h1>: the pages that have one (a few fixtures have none)
    pages = sum(
        bool(LexborHTMLParser(p.read_bytes()).css_first("h1")) for p in fixtures.glob("*.html")
    )
    assert f"rule everywhere: {pages} pages" in summary and "lead 0%" in summary
    assert "STALE rule everywhere: lead" in summary
