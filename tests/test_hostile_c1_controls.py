"""The thirty-second hostile round: C1 control characters (U+0080-U+009F) in a page's text.
A browser shows nothing for them, as for C0's, but they stayed in every field: a terminal
reads U+009B as ESC [ (CSI) and U+009D as ESC ] (OSC), so a title printed by ``extract
--format text`` or a JSON row (``ensure_ascii`` off) set the terminal's colours and title.
They leave every text now, as C0's did; the bodies from trafilatura, which had neither
removed, too."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

import newsextract
from newsextract.cli import run_extract
from newsextract.cli_errors import shown_text
from newsextract.explain_report import explain_blocks
from newsextract.extract import extract_with_resolution
from newsextract.text import clean_text, drop_controls

CSI, OSC, ST = "\u009b", "\u009d", "\u009c"
_PARAGRAPH = (
    "The ferry company added an early boat on weekdays after complaints from commuters on"
    " the island, and the new timetable starts in spring."
)
PAGE = (
    f"<html><head><title>Ferry {CSI}31mtimetable</title>"
    f'<meta name="author" content="Marta {CSI}1mLind">'
    '<script type="application/ld+json">{"@type":"NewsArticle",'
    '"headline":"Ferry \\u009b2Jtimetable"}</script></head>'
    f"<body><article><h1>Ferry {OSC}0;owned{ST}timetable</h1>"
    f"<p>{_PARAGRAPH} {CSI}2J</p><p>{_PARAGRAPH}</p><p>{_PARAGRAPH}</p>"
    f"<ul><li>Weekdays {CSI}1m06:10</li><li>Weekends 08:30</li></ul>"
    f"<pre>timetable --early {CSI}2J</pre></article></body></html>"
)


def _c1(text: str) -> list[str]:
    return [f"U+{ord(c):04X}" for c in text if "\u0080" <= c <= "\u009f"]


def test_the_text_cleaners_drop_c1_controls() -> None:
    assert clean_text(f"a {CSI}31m b{OSC}") == "a 31m b"
    assert drop_controls(f"line{CSI}\n\tcode") == "line\n\tcode"
    assert clean_text("café – ok €") == "café – ok €"  # no C1 control: cp1252's are letters


@pytest.mark.parametrize("body", ["auto", "newsextract", "trafilatura"])
def test_no_field_or_rendering_holds_a_c1_control(body: str) -> None:
    article = newsextract.extract(PAGE.encode(), body=body)
    assert article.title is not None and article.title.startswith("Ferry")
    assert "early boat" in article.body
    outputs = (article.to_json(), article.body_markdown(), article.body_html())
    assert [_c1(output) for output in outputs] == [[], [], []]


def test_explain_lists_no_c1_control() -> None:
    assert _c1(explain_blocks(extract_with_resolution(PAGE.encode()))) == []


def test_the_command_prints_no_c1_control(tmp_path: Path) -> None:
    page = tmp_path / "ferry.html"
    page.write_text(PAGE, encoding="utf-8")
    for form in ("text", "json", "markdown"):
        out, err = io.StringIO(), io.StringIO()
        assert run_extract([str(page)], form, out, err) == 0
        assert _c1(out.getvalue() + err.getvalue()) == []


_ESCAPES = "\x1b]0;owned\x07\u009b31m"
# TOML's escapes of _ESCAPES (it has no "\\x1b")
_TOML_ESCAPES = "\\u001b]0;owned\\u0007\\u009b31m"
_RULE = f"""[rule]
name = "ferry"
domains = ["ferry.example"]
paths = ["/news{_TOML_ESCAPES}"]
[fields.title]
selectors = ["h1"]
"""


def _rules_command(*argv: str) -> str:
    from newsextract.cli import _parser
    from newsextract.rules import cli as rules_cli

    out, err = io.StringIO(), io.StringIO()
    rules_cli.run(_parser().parse_args(argv), out, err)
    return out.getvalue() + err.getvalue()


def test_shown_text_keeps_lines_and_spacing_and_escapes_controls() -> None:
    assert shown_text(f"a   b\n{_ESCAPES}") == "a   b\n\\x1b]0;owned\\x07\\x9b31m"
    assert shown_text("right\u202eto left, می\u200cروم") == "right\\u202eto left, می\u200cروم"


def test_the_rules_commands_print_a_rule_files_controls_escaped(tmp_path: Path) -> None:
    folder = tmp_path / "rules"
    folder.mkdir()
    (folder / "ferry.toml").write_text(_RULE, encoding="utf-8")
    page = tmp_path / "ferry.html"
    page.write_text(PAGE, encoding="utf-8")
    listed = _rules_command("rules", "list", "--rules-dir", str(folder))
    assert "paths /news\\x1b]0;owned\\x07\\x9b31m" in listed
    explained = _rules_command("explain", str(page), "--blocks", "--rules-dir", str(folder))
    tested = _rules_command("rules", "test", "--rules-dir", str(folder))
    for text in (listed, explained, tested):
        assert "\x1b" not in text and "\x07" not in text and _c1(text) == []


def test_an_address_holding_a_control_character_is_no_address() -> None:
    head = (
        f'<link rel="canonical" href="https://ferry.example/news{CSI}31m">'
        f'<meta property="og:image" content="https://ferry.example/boat{OSC}0;x{ST}.jpg">'
    )
    article = newsextract.extract(PAGE.replace("<head>", f"<head>{head}").encode())
    assert article.canonical_url is None  # the image is cleaned of it first
    assert article.image is not None and _c1(article.image) == []
    for url in ("https://ferry.example/a\x00", f"https://ferry.example/{_ESCAPES}"):
        assert newsextract.extract(PAGE, url=url).url is None
    assert newsextract.extract(PAGE, url="https://ferry.example/a").url == (
        "https://ferry.example/a"
    )
