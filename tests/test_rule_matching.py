"""Site rules on saved pages: ``extract --url``, matching on the page's own address
(canonical link, ``og:url``), the warning for a ``--rules-dir`` that matched nothing, and the
new user's walk from ``rules new`` to ``extract --url --rules-dir``."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

import newsextract
from newsextract.cli import main
from newsextract.page import ParsedPage, web_address
from newsextract.rules import FieldRule, RuleRegistry, SiteRule

URL = "https://news.example-gazette.org/2024/05/harbour-reopens"

HEAD = """<!doctype html><html lang="en"><head><title>Harbour reopens | Example Gazette</title>
{declared}</head>"""

BODY = """<body><h1>Harbour reopens</h1>
<p class="kicker">Harbour reopens after the storm</p>
<article><p>The harbour reopened on Monday after a week of repairs following the storm.</p>
<p>Fishermen said the new quay was wider and safer than the old one it replaced.</p>
</article></body></html>"""

CANONICAL = f'<link rel="canonical" href="{URL}">'
OG_URL = f'<meta property="og:url" content="{URL}">'


def gazette_page(declared: str = CANONICAL) -> str:
    """A saved article of news.example-gazette.org; ``declared`` is what its head says."""
    return HEAD.format(declared=declared) + BODY


GAZETTE_RULE = '[rule]\nname = "gazette"\ndomains = ["example-gazette.org"]\n'
KICKER_TITLE = '[fields.title]\nselectors = [".kicker"]\n'
RULE_TITLE = "Harbour reopens after the storm"


def rule_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "rules"
    folder.mkdir()
    (folder / "gazette.toml").write_text(GAZETTE_RULE + KICKER_TITLE, encoding="utf-8")
    return folder


def saved(tmp_path: Path, html: str, name: str = "page.html") -> Path:
    path = tmp_path / name
    path.write_text(html, encoding="utf-8")
    return path


def extract_cli(
    capsys: pytest.CaptureFixture[str], *argv: str
) -> tuple[int, list[dict[str, object]], str]:
    """``newsextract extract ARGV -f jsonl``: status, rows, stderr."""
    code = main(["extract", *argv, "-f", "jsonl"])
    out, err = capsys.readouterr()
    return code, [json.loads(line) for line in out.splitlines()], err


# ---------------------------------------------------------------- the page's own address

GAZETTE = SiteRule(
    name="gazette",
    domains=("example-gazette.org",),
    fields={"title": FieldRule(selectors=(".kicker",))},
)


@pytest.mark.parametrize(
    ("declared", "address"),
    [
        (CANONICAL, URL),
        (OG_URL, URL),
        (f'<link rel="Alternate CANONICAL" href="  {URL}  ">', URL),
        ('<link rel="canonical" href="/2024/05/harbour-reopens">' + OG_URL, URL),
        ('<link rel="canonical" href="http://[::1">' + OG_URL, URL),
        ('<link rel="canonical" href="//example-gazette.org/a">', None),
        ('<link rel="canonical" href="javascript:alert(1)">', None),
        ('<link rel="canonical" href="https://">', None),
        ('<meta property="og:url" content="mailto:desk@example-gazette.org">', None),
        ("", None),
    ],
    ids=[
        "canonical",
        "og-url",
        "rel-tokens-and-spaces",
        "relative-canonical-then-og",
        "hostile-canonical-then-og",
        "scheme-relative",
        "javascript",
        "no-host",
        "mailto",
        "nothing",
    ],
)
def test_a_saved_page_declares_its_address(declared: str, address: str | None) -> None:
    page = ParsedPage(gazette_page(declared))
    assert page.url is None
    assert page.address == address
    matched = RuleRegistry().add([GAZETTE]).match(page)
    assert (matched is GAZETTE) is (address is not None)


def test_the_given_url_beats_the_declared_address() -> None:
    page = ParsedPage(gazette_page(), "https://elsewhere.example.com/a")
    assert page.address == "https://elsewhere.example.com/a"
    assert RuleRegistry().add([GAZETTE]).match(page) is None


@pytest.mark.parametrize(
    "value",
    [
        "http://[::1",
        "https://[::1]:x/",
        "ftp://example.org/a",
        "https://a.org/\x00",
        "https://a.org/b c",
        "",
    ],
)
def test_web_address_never_raises(value: str) -> None:
    assert web_address(value) is None


def test_a_rule_serves_a_saved_page_without_changing_its_url() -> None:
    article = newsextract.extract(gazette_page(), rules=[GAZETTE])
    assert article.rule == "gazette"
    assert article.title == RULE_TITLE
    assert article.url is None


# ---------------------------------------------------------------- extract --url, and the warning


def test_extract_url_makes_the_rule_match_and_becomes_the_articles_url(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = saved(tmp_path, gazette_page(declared=""))
    rules = ["--rules-dir", str(rule_dir(tmp_path))]
    code, [row], err = extract_cli(capsys, str(page), *rules, "--url", URL)
    assert (code, err) == (0, "")
    assert row["title"] == RULE_TITLE
    assert row["url"] == URL
    assert row["provenance"]["title"] == "rule:gazette"  # type: ignore[index]


def test_extract_matches_a_saved_page_on_its_canonical_link(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = saved(tmp_path, gazette_page())
    code, [row], err = extract_cli(capsys, str(page), "--rules-dir", str(rule_dir(tmp_path)))
    assert (code, err) == (0, "")
    assert row["title"] == RULE_TITLE
    assert row["url"] is None  # only --url sets it


def test_extract_url_applies_to_a_page_on_standard_input(tmp_path: Path) -> None:
    rules = str(rule_dir(tmp_path))
    command = [sys.executable, "-m", "newsextract.cli", "extract", "-", "-f", "jsonl"]
    done = subprocess.run(
        [*command, "--url", URL, "--rules-dir", rules],
        input=gazette_page(declared=""),
        capture_output=True,
        text=True,
        check=False,
    )
    assert (done.returncode, done.stderr) == (0, "")
    row = json.loads(done.stdout)
    assert (row["title"], row["url"]) == (RULE_TITLE, URL)


def test_a_rules_dir_that_matched_nothing_is_a_one_line_warning(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rules = str(rule_dir(tmp_path))
    pages = [str(saved(tmp_path, gazette_page(declared=""), f"{n}.html")) for n in "ab"]
    code, rows, err = extract_cli(capsys, *pages, "--rules-dir", rules)
    assert code == 0 and len(rows) == 2
    assert err.startswith(f"newsextract: WARNING: no rule of --rules-dir {rules} matched")
    assert err.count("\n") == 1 and "--url" in err


def test_an_empty_rules_dir_is_named_in_the_warning(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    page = saved(tmp_path, gazette_page())
    code, _, err = extract_cli(capsys, str(page), "--rules-dir", str(empty))
    assert code == 0
    assert err == f"newsextract: WARNING: --rules-dir {empty}: no rule files (*.toml) in it\n"


@pytest.mark.parametrize(
    ("inputs", "url", "message"),
    [
        (["a.html", "b.html"], URL, "--url applies to one input, not 2"),
        (["{folder}"], URL, "--url applies to one page, not to the folder"),
        ([URL], URL, "--url is for a saved page"),
        (["a.html"], "/relative/path", "is not an absolute http(s) URL"),
        (["a.html"], "http://[::1", "is not an absolute http(s) URL"),
        (["a.html"], "https://x.org/\nsecond line", "is not an absolute http(s) URL"),
    ],
    ids=["two-inputs", "folder", "url-input", "relative", "hostile", "newline"],
)
def test_a_misused_url_is_a_one_line_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], inputs: list[str], url: str, message: str
) -> None:
    saved(tmp_path, gazette_page(), "a.html")
    saved(tmp_path, gazette_page(), "b.html")
    argv = [item.format(folder=tmp_path) for item in inputs]
    argv = [item if item.startswith(("http", "/")) else str(tmp_path / item) for item in argv]
    code = main(["extract", *argv, "--url", url])
    out, err = capsys.readouterr()
    assert code == 2 and out == ""
    assert err.startswith("newsextract: error: --url") and err.count("\n") == 1, err
    assert message in err


# ---------------------------------------------------------------- a new user's walk


def test_new_users_walk_from_rules_new_to_extract_url(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """docs/rules.md, steps 1 to 6, on a saved page that declares no address of its own."""
    page = saved(tmp_path, gazette_page(declared=""))
    rules = tmp_path / "rules"
    new = ["rules", "new", str(page), "--url", URL, "--name", "gazette", "-o", str(rules)]

    assert main(new) == 0  # 1. scaffold
    rule_file = rules / "gazette.toml"
    assert "wrote" in capsys.readouterr().out
    assert main(new) == 2  # a second run keeps the files it wrote (and a person edited)
    assert "RuleExistsError" in capsys.readouterr().err

    golden_file = rules / "cases" / "gazette_1.expected.json"  # 2. correct the golden file
    golden = json.loads(golden_file.read_text(encoding="utf-8"))
    assert golden["title"] != RULE_TITLE
    golden["title"] = RULE_TITLE
    golden_file.write_text(json.dumps(golden), encoding="utf-8")

    assert main(["rules", "test", "--rules-dir", str(rules), "gazette"]) == 1  # 5. still generic
    assert f'- expected "{RULE_TITLE}"' in capsys.readouterr().out

    text = rule_file.read_text(encoding="utf-8")  # 4. add a selector for the wrong field
    text, edits = re.subn(r'# \[fields\.title\][^\n]*\n# selectors = \[""\]', KICKER_TITLE, text)
    assert edits == 1, text
    rule_file.write_text(text, encoding="utf-8")
    assert main(["rules", "test", "--rules-dir", str(rules), "gazette"]) == 0
    assert "1 passed, 0 failed" in capsys.readouterr().out

    code, [row], err = extract_cli(capsys, str(page), "--rules-dir", str(rules))  # 6. use it
    assert row["title"] != RULE_TITLE and "WARNING" in err  # no address: nothing matched
    code, [row], err = extract_cli(capsys, str(page), "--rules-dir", str(rules), "--url", URL)
    assert (code, err) == (0, "")
    assert (row["title"], row["url"]) == (RULE_TITLE, URL)
    assert row["provenance"]["title"] == "rule:gazette"  # type: ignore[index]


def test_batch_warns_too_when_its_rules_dir_matched_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rules = str(rule_dir(tmp_path))
    page = str(saved(tmp_path, gazette_page(declared="")))
    out = tmp_path / "out.jsonl"
    code = main(["batch", page, "-o", str(out), "--rules-dir", rules, "--no-progress"])
    err = capsys.readouterr().err
    assert code == 0 and out.exists()
    assert f"newsextract batch: WARNING: no rule of --rules-dir {rules} matched any page" in err


def test_batch_does_not_warn_when_a_rule_of_its_dir_served_a_page(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rules = str(rule_dir(tmp_path))
    page = str(saved(tmp_path, gazette_page()))
    out = tmp_path / "out.jsonl"
    code = main(["batch", page, "-o", str(out), "--rules-dir", rules, "--no-progress"])
    assert code == 0
    assert "WARNING" not in capsys.readouterr().err
    assert json.loads(out.read_text().splitlines()[0])["rule"] == "gazette"
