"""Round 13 of the hostile-input checks, outside the fetch and batch layers: site rules whose
regexes backtrack without bound or whose golden files point outside their folder, and
UTF-16 pages without a BOM.

Each call must finish; the guard below only keeps a regression from hanging the suite.
"""

from __future__ import annotations

import json
import logging
import os
import textwrap
from pathlib import Path

import pytest

from hang_guard import finishes, raised
from newsextract import extract
from newsextract.decode import check_decodable, decode_html
from newsextract.errors import NotHTMLError, RuleError
from newsextract.rules import BodyRule, FieldRule, SiteRule, load_rule_dir, load_rule_file
from newsextract.rules.load import MAX_RULE_BYTES
from newsextract.rules.tooling import run_golden

# Each backtracks exponentially in Python's ``re`` on the text beside it: seconds at 30
# characters, hours at 50.
BOMBS = [
    ("(a|aa)+$", "a" * 60 + "b"),
    ("(a+)+$", "a" * 60 + "b"),
    ("(x+x+)+y", "x" * 60),
    (r"^(\w+\s?)*$", "word " * 40 + "!"),
]
PAGE = (
    "<html><head><title>Harbour plan</title></head><body><article><h1>Harbour plan</h1>"
    "<p class='byline'>{text}</p>"
    "<p>The council voted on the new harbour plan after a long debate on costs.</p>"
    "</article></body></html>"
)


@pytest.mark.parametrize(("pattern", "text"), BOMBS)
def test_a_field_regex_that_backtracks_costs_the_field_not_the_page(
    pattern: str, text: str, caplog: pytest.LogCaptureFixture
) -> None:
    rule = SiteRule(
        name="bomb",
        domains=("news.example.org",),
        fields={"byline": FieldRule(selectors=("p.byline",), regex=pattern)},
    )
    html = PAGE.format(text=text)
    with caplog.at_level(logging.WARNING, logger="newsextract"):
        article = finishes(lambda: extract(html, url="https://news.example.org/a", rules=[rule]))
    assert article.title == "Harbour plan"
    assert article.byline != text  # the field took no value from the rule
    # Either the regex module did not blow up (a quick no-match), or the match ran out of
    # time and said so; it never hangs.
    assert all("ran past" in r.getMessage() for r in caplog.records if "bomb" in r.getMessage())


@pytest.mark.parametrize(("pattern", "text"), BOMBS)
def test_a_paths_regex_that_backtracks_does_not_hang_matching(pattern: str, text: str) -> None:
    rule = SiteRule(name="bomb", domains=("news.example.org",), paths=(pattern,))
    html = PAGE.format(text="By Jo")
    article = finishes(lambda: extract(html, url=f"https://news.example.org/{text}", rules=[rule]))
    assert article.title == "Harbour plan"


def test_rule_regexes_keep_the_syntax_of_re() -> None:
    rule = SiteRule(
        name="named",
        domains=("news.example.org",),
        paths=(r"^/(?P<year>\d{4})/",),
        fields={"byline": FieldRule(selectors=("p.byline",), regex=r"(?i)by\s+(\w+ \w+)")},
    )
    html = PAGE.format(text="BY Jo Doe")
    article = extract(html, url="https://news.example.org/2024/a", rules=[rule])
    assert article.rule == "named"
    assert article.byline == "Jo Doe"


def test_a_regex_that_does_not_compile_is_a_rule_error(tmp_path: Path) -> None:
    path = tmp_path / "site.toml"
    path.write_text('[rule]\nname = "x"\n[fields.title]\nselectors = "h1"\nregex = "[a"\n')
    with pytest.raises(RuleError, match=r"fields\.title\.regex.*invalid regex"):
        load_rule_file(path)
    with pytest.raises(ValueError):
        FieldRule(selectors=("h1",), regex="[a")


RULE = """\
[rule]
name = "example"
domains = ["news.example.org"]

[fields.title]
selectors = ["h1"]

[[tests]]
html = "{html}"
expected = "{expected}"
"""


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        ("/etc/passwd", "page.json"),
        ("page.html", "/etc/passwd"),
        ("../outside.html", "page.json"),
        ("cases/../../outside.html", "page.json"),
        ("page.html", ".."),
    ],
)
def test_golden_files_outside_the_rule_folder_are_refused(
    tmp_path: Path, html: str, expected: str
) -> None:
    folder = tmp_path / "rules"
    folder.mkdir()
    path = folder / "site.toml"
    path.write_text(RULE.format(html=html, expected=expected))
    with pytest.raises(RuleError, match=r"tests\[0\]\.\w+: must be a path inside"):
        load_rule_file(path)


def test_golden_files_in_sub_folders_are_fine(tmp_path: Path) -> None:
    path = tmp_path / "site.toml"
    path.write_text(RULE.format(html="cases/./page.html", expected="cases/page.json"))
    [case] = load_rule_file(path).tests
    assert case.html == tmp_path / "cases" / "page.html"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_a_fifo_as_a_golden_file_fails_its_case_without_waiting(tmp_path: Path) -> None:
    (tmp_path / "page.html").write_text(PAGE.format(text="By Jo"))
    os.mkfifo(tmp_path / "page.json")
    path = tmp_path / "site.toml"
    path.write_text(RULE.format(html="page.html", expected="page.json"))
    [result] = finishes(lambda: run_golden(load_rule_file(path)))
    assert result.error is not None
    assert "NotRegularFileError" in result.error


def test_a_golden_case_still_passes(tmp_path: Path) -> None:
    (tmp_path / "page.html").write_text(PAGE.format(text="By Jo"))
    (tmp_path / "page.json").write_text(json.dumps({"title": "Harbour plan"}))
    path = tmp_path / "site.toml"
    path.write_text(textwrap.dedent(RULE.format(html="page.html", expected="page.json")))
    [result] = run_golden(load_rule_file(path))
    assert result.passed, result


UTF16_PAGE = (
    "<html><head><title>Café “déjà”</title></head>"
    "<body><p>Le café, “déjà” servi à l’heure.</p></body></html>"
)


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_bom_or_a_declaration_is_read(codec: str) -> None:
    data = UTF16_PAGE.encode(codec)
    check_decodable(data)  # "“" is 0x1C 0x20: binary in an 8-bit page, not here
    decoded = decode_html(data)
    assert decoded.text == UTF16_PAGE
    assert decoded.encoding == codec
    assert extract(data).title == "Café “déjà”"


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_declared_by_the_header_is_read(codec: str) -> None:
    data = UTF16_PAGE.encode(codec)
    assert decode_html(data, declared="utf-16").text == UTF16_PAGE
    assert decode_html(data, declared="UTF-16BE" if codec.endswith("be") else "utf-16le").text == (
        UTF16_PAGE
    )


def test_a_header_that_says_utf16_over_8_bit_bytes_is_not_believed() -> None:
    data = UTF16_PAGE.encode("utf-8")
    decoded = decode_html(data, declared="utf-16")
    assert decoded.text == UTF16_PAGE
    assert decoded.encoding == "utf-8"


def test_binary_with_a_few_nuls_is_still_not_html() -> None:
    data = bytes(range(256)) * 16
    with pytest.raises(NotHTMLError):
        decode_html(data)


# ---------------------------------------------------------------- URLs a page names itself

ARTICLE = (
    "<html><head><title>Harbour plan</title>{head}</head><body><article><h1>Harbour plan</h1>"
    + "<p>The council voted on the new harbour plan after a long debate on costs.</p>" * 6
    + "</article></body></html>"
)
NOT_WEB = ["file:///etc/passwd", "javascript:alert(1)", "http://[::1", "httpfoo:x", "/relative"]
CANONICAL_SOURCES = {
    "og:url": '<meta property="og:url" content="{}">',
    "link": '<link rel="canonical" href="{}">',
    "json-ld": '<script type="application/ld+json">{{"@type":"NewsArticle","url":"{}"}}</script>',
}


CANONICAL_CASES = [
    pytest.param(source, value, id=f"{source}-{value}")
    for source in sorted(CANONICAL_SOURCES)
    for value in NOT_WEB
]


@pytest.mark.parametrize(("source", "value"), CANONICAL_CASES)
def test_a_canonical_url_that_is_no_web_address_is_not_taken(source: str, value: str) -> None:
    article = extract(ARTICLE.format(head=CANONICAL_SOURCES[source].format(value)))
    assert article.canonical_url is None


@pytest.mark.parametrize("url", ["javascript:alert(1)", "file:///etc/passwd", "data:text/html,x"])
def test_a_page_url_that_is_no_web_address_is_no_url(url: str) -> None:
    article = extract(ARTICLE.format(head=""), url=url)
    assert article.url is None and article.canonical_url is None


# ---------------------------------------------------------------- rule files themselves


@pytest.mark.parametrize(
    "value", ["[" * 100_000 + "]" * 100_000, "{a = " * 50_000 + "1" + "}" * 50_000]
)
def test_a_rule_file_nested_too_deeply_is_a_rule_error(tmp_path: Path, value: str) -> None:
    """tomllib recurses: a RecursionError came out, naming no file."""
    path = tmp_path / "deep.toml"
    path.write_text(f'[rule]\nname = "x"\nextra = {value}\n')
    with pytest.raises(RuleError, match=r"deep\.toml: invalid TOML: nested too deeply"):
        load_rule_file(path)


def test_a_rule_file_over_the_cap_is_not_read(tmp_path: Path) -> None:
    """2 million domains (30 MB) took 5 s and 350 MB to load."""
    path = tmp_path / "huge.toml"
    domains = ",".join(['"a.example"'] * (MAX_RULE_BYTES // 10))
    path.write_text(f'[rule]\nname = "x"\ndomains = [{domains}]\n')
    with pytest.raises(RuleError, match=r"huge\.toml: cannot read: .* over"):
        load_rule_file(path)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_a_fifo_in_a_rules_folder_is_refused_without_waiting(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "fifo.toml")

    caught = raised(lambda: load_rule_dir(tmp_path))
    assert isinstance(caught, RuleError) and "is a FIFO" in str(caught)


def test_a_folder_named_like_a_rule_file_is_passed_over(tmp_path: Path) -> None:
    """A folder ``old.toml`` (an archive of rules, an editor's backup) failed the whole rules
    folder with "Is a directory"; it is a folder, so the rules in and beside it load."""
    folder = tmp_path / "old.toml"
    folder.mkdir()
    (folder / "inner.toml").write_text('[rule]\nname = "inner"\ndomains = ["a.example"]\n')
    (tmp_path / "empty.toml").mkdir()
    (tmp_path / "site.toml").write_text('[rule]\nname = "site"\ndomains = ["b.example"]\n')

    assert sorted(rule.name for rule in load_rule_dir(tmp_path)) == ["inner", "site"]


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symbolic links")
def test_a_broken_link_named_like_a_rule_file_is_a_rule_error_naming_it(tmp_path: Path) -> None:
    (tmp_path / "gone.toml").symlink_to(tmp_path / "nowhere.toml")

    caught = raised(lambda: load_rule_dir(tmp_path))
    assert isinstance(caught, RuleError) and "gone.toml: cannot read" in str(caught)


# ---------------------------------------------------------------- selectors

WIDE = (
    "<html><head><title>Harbour plan</title></head><body><article><h1>Harbour plan</h1>"
    "<p class='byline'>By Jo Doe</p>"
    + "<p>The council voted on the new harbour plan after a long debate on costs.</p>" * 3
    + "</article><div class='list'>"
    + "<span>x</span>" * 40_000
    + "</div></body></html>"
)
NTH = [
    "span:nth-child(2)",
    "span:nth-last-child(1)",
    "SPAN:NTH-OF-TYPE(3)",
    "span:nth-last-of-type(2)",
]


@pytest.mark.parametrize("selector", NTH)
def test_an_nth_selector_is_not_run_on_a_page_of_too_many_siblings(
    selector: str, caplog: pytest.LogCaptureFixture
) -> None:
    """lexbor walks the siblings of every element it tests: 7 s on 40,000 of them."""
    rule = SiteRule(
        name="nth",
        domains=("news.example.org",),
        signature=selector,
        fields={"tags": FieldRule(selectors=(selector, "p.byline"))},
    )
    rule_without_signature = SiteRule(
        name="nth-fields",
        domains=("news.example.org",),
        fields={"tags": FieldRule(selectors=(selector, "p.byline"))},
        body=BodyRule(containers=(selector, "article"), drop=(selector,)),
    )
    with caplog.at_level(logging.WARNING, logger="newsextract"):
        signed = finishes(lambda: extract(WIDE, url="https://news.example.org/a", rules=[rule]))
        fields = finishes(
            lambda: extract(WIDE, url="https://news.example.org/a", rules=[rule_without_signature])
        )
    assert signed.rule is None  # its signature cannot be checked: no match
    assert fields.rule == "nth-fields"
    assert fields.tags == ("By Jo Doe",)  # the next selector of the field
    assert "The council voted" in fields.body
    assert any("not run" in r.getMessage() for r in caplog.records)


DEEP = (
    "<html><head><title>Harbour plan</title></head><body><article><h1>Harbour plan</h1>"
    "<p class='byline'>By Jo Doe</p>"
    + "<p>The council voted on the new harbour plan after a long debate on costs.</p>" * 3
    + "</article>"
    + "<div>" * 400
    + "<p><a href='/x'>x</a></p>"
    + "</div>" * 400
    + "</body></html>"
)


@pytest.mark.parametrize("selector", ["p div div div div a", "section div:has(div div b)"])
def test_a_long_descendant_chain_is_not_run_on_a_page_too_deep_for_it(
    selector: str, caplog: pytest.LogCaptureFixture
) -> None:
    """A chain that fails backtracks through every way of placing its parts on the
    ancestors: the first selector would take 90 s on these 400 levels."""
    rule = SiteRule(
        name="deep",
        domains=("news.example.org",),
        fields={"tags": FieldRule(selectors=(selector, "p.byline"))},
        body=BodyRule(containers=(selector, "article")),
    )
    with caplog.at_level(logging.WARNING, logger="newsextract"):
        article = finishes(lambda: extract(DEEP, url="https://news.example.org/a", rules=[rule]))
    assert article.tags == ("By Jo Doe",)  # the next selector of the field
    assert "The council voted" in article.body
    assert any("descendant steps" in r.getMessage() for r in caplog.records)


def test_a_descendant_chain_runs_on_an_ordinary_page() -> None:
    rule = SiteRule(
        name="chain",
        domains=("news.example.org",),
        fields={"byline": FieldRule(selectors=("body article p.byline",))},
    )
    article = extract(PAGE.format(text="By Jo Doe"), url="https://news.example.org/a", rules=[rule])
    assert article.byline == "By Jo Doe"


def test_an_nth_selector_runs_on_an_ordinary_page() -> None:
    rule = SiteRule(
        name="nth",
        domains=("news.example.org",),
        signature="article p:nth-of-type(2)",
        fields={"byline": FieldRule(selectors=("article p:nth-child(2)",))},
    )
    article = extract(PAGE.format(text="By Jo Doe"), url="https://news.example.org/a", rules=[rule])
    assert article.rule == "nth"
    assert article.byline == "By Jo Doe"
