"""Blind red team, wave 56: the command line, batch output, WARC archives, rule files, the store
and ``explain``'s report, attacked from the docs alone.

Every command runs in a child process with a time limit: the outcome is an exit status of 0, 1
or 2 with one line per failed input on stderr and no Python traceback, within the bound."""

from __future__ import annotations

import csv
import gzip
import json
import os
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from selectolax.lexbor import LexborHTMLParser
from tests.batching.warcs import Record, http_response

from .blind import SRC
from .third import cpu_seconds, machine_pace

ENTRY = "import sys; from newsextract.cli import main; sys.exit(main(sys.argv[1:]))"

STORY = (
    "<html lang='en'><head><meta charset='utf-8'><title>{title}</title></head><body><article>"
    "<h1>{title}</h1><p class='posted-on'>3 hours ago</p><p>{text}</p><p>The council met on "
    "Tuesday to debate the harbour plan and its costs for the town and its people.</p>"
    "</article></body></html>"
)


def story(title: str = "Harbour plan", text: str = "The ferry came back.") -> str:
    return STORY.format(title=title, text=text)


def cli(*argv: str, seconds: float = 60, cwd: Path | None = None) -> tuple[int, str, str]:
    """Exit status, stdout and stderr of ``newsextract ARGV``; a hang fails the test."""
    environment = {**os.environ, "PYTHONPATH": str(SRC)}
    done = subprocess.run(
        [sys.executable, "-c", ENTRY, *argv],
        capture_output=True,
        text=True,
        timeout=seconds,
        env=environment,
        cwd=cwd,
        check=False,
    )
    return done.returncode, done.stdout, done.stderr


def clean(status: int, err: str, allowed: tuple[int, ...] = (0, 1, 2)) -> bool:
    return status in allowed and "Traceback" not in err


# --- numbers and dates on the command line -------------------------------------------------


@pytest.mark.parametrize(
    "option",
    [
        ["--timeout", "nan"],
        ["--timeout", "inf"],
        ["--timeout", "-1"],
        ["--delay", "1e309"],
        ["--delay", "nan"],
        ["-j", "0"],
        ["-j", "-3"],
        ["--chunksize", "0"],
        ["--chunksize", "100000000000000000000"],
        ["--fetched-at", "0001-01-01T00:00:00+23:59"],
        ["--fetched-at", "9999-12-31T23:59:59-23:59"],
        ["--fetched-at", "0001-01-01"],
        ["--language", "x" * 100_000],
        ["--language", "e\x1bn"],
    ],
)
def test_batch_option_values_at_the_edges(option: list[str], tmp_path: Path) -> None:
    page = tmp_path / "p.html"
    page.write_text(story())
    status, _, err = cli(
        "batch", str(page), "-o", str(tmp_path / "o.jsonl"), "--no-progress", *option
    )
    assert clean(status, err), err[-2000:]
    assert "\x1b" not in err


@pytest.mark.parametrize(
    "option",
    [
        ["--since", "0001-01-01T00:00:00+23:59"],
        ["--until", "9999-12-31T23:59:59-23:59"],
        ["--since", "99999-01-01"],
        ["--limit", "-5"],
        ["--max-depth", "-1"],
        ["--max-depth", "1" + "0" * 100],
        ["--include", "(" * 10_000],
        ["--timeout", "1e309"],
    ],
)
def test_discover_option_values_at_the_edges(option: list[str]) -> None:
    # A closed port on loopback: the run fails fast, after the options were checked.
    status, _, err = cli("discover", "http://127.0.0.1:9/", "--ignore-robots", *option, seconds=90)
    assert clean(status, err), err[-2000:]


@pytest.mark.parametrize("duration", ["99999999999999d", "1e400h", "-6h", "0s", "nanh", "6x"])
def test_recheck_after_durations_at_the_edges(duration: str, tmp_path: Path) -> None:
    status, _, err = cli(
        "crawl", "http://127.0.0.1:9/", "--store", str(tmp_path / "s.db"),
        "--recheck-after", duration, "--ignore-robots", "--no-progress", seconds=90,
    )  # fmt: skip
    assert clean(status, err), err[-2000:]


# --- printed fields: terminal escapes ------------------------------------------------------


@pytest.mark.parametrize("fmt", ["text", "markdown", "json"])
def test_terminal_escapes_in_printed_fields(fmt: str, tmp_path: Path) -> None:
    # Escapes as raw bytes, as numeric references (decoded by the parser) and as C1 in UTF-8.
    title = "T&#x1b;]0;owned&#x7;i\x1b[2Jt\u009b31m\u009d0;x\u0007le"
    page = tmp_path / "p.html"
    page.write_text(story(title, "Body &#27;[31mred &#x9b;1m and \x1b]8;;http://x\x1b\\ here."))
    status, out, err = cli("extract", str(page), "--format", fmt)
    assert clean(status, err), err
    for control in ("\x1b", "\x07", "\x9b", "\x9d"):
        assert control not in out and control not in err, (control, out)


def test_terminal_escapes_in_rules_list_and_explain(tmp_path: Path) -> None:
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "x.toml").write_text(
        '[rule]\nname = "x"\ndomains = ["ex\\u001b]0;t\\u0007.org"]\n'
        '[fields.title]\nselectors = ["h1"]\ntransforms = ["replace:a=>\\u001b[2J"]\n'
    )
    page = tmp_path / "p.html"
    page.write_text(story("Harbour plan", "text"))
    for argv in (
        ["rules", "list", "--rules-dir", str(rules)],
        ["explain", str(page), "--rules-dir", str(rules), "--url", "https://ex.org/a", "--blocks"],
    ):
        status, out, err = cli(*argv)
        assert clean(status, err), err
        assert "\x1b" not in out and "\x1b" not in err and "\x07" not in out, (argv, out, err)


# --- CSV formula injection -----------------------------------------------------------------


@pytest.mark.parametrize(
    "title",
    [
        "=cmd|' /C calc'!A0",
        '＝HYPERLINK("http://x")',  # a full-width equals sign: Excel in CJK locales reads it
        "＠SUM(1+1)",
        "－2+3",
        "\u200b=1+1",
        " =1+1",
        "+1+cmd|' /C calc'!A0",
        "@SUM(1+1)*cmd|' /C calc'!A0",
        "-2+3+cmd|' /C calc'!A0",
    ],
)
def test_csv_formula_injection_in_output_cells(title: str, tmp_path: Path) -> None:
    page = tmp_path / f"{title[:3]}.html"
    page.write_text(story(title, title + " and the rest of the story."), encoding="utf-8")
    out = tmp_path / "o.csv"
    status, _, err = cli("batch", str(page), "-o", str(out), "--no-progress", "-j", "1")
    assert clean(status, err, (0,)), err
    with out.open(newline="", encoding="utf-8") as stream:
        (row,) = list(csv.DictReader(stream))
    for key, cell in row.items():
        first = cell.lstrip(" \u200b\u3000")[:1]
        assert not first or first not in "=+-@＝＋－＠\t\r" or cell.startswith("'"), (key, cell)


# --- output paths chosen through content ---------------------------------------------------


@pytest.mark.parametrize("name", ["../escaped", "a/../../escaped", "/tmp/escaped", "..", "a\nb"])
def test_rules_new_name_cannot_leave_the_output_folder(name: str, tmp_path: Path) -> None:
    page = tmp_path / "p.html"
    page.write_text(story())
    work = tmp_path / "work"
    (work / "rules").mkdir(parents=True)
    status, _, err = cli(
        "rules", "new", str(page), "--url", "https://ex.org/a", "--name", name, "-o", "rules",
        cwd=work,
    )  # fmt: skip
    assert clean(status, err), err
    outside = [p for p in tmp_path.rglob("*") if p.is_file() and work / "rules" not in p.parents]
    assert sorted(p.name for p in outside) == ["p.html"], outside


def test_rules_new_from_a_page_whose_names_break_toml(tmp_path: Path) -> None:
    # Class names may hold quotes, backslashes and brackets: the scaffolded rule must load.
    klass = 'x"]\n[rule]\nname = "owned'
    page = tmp_path / "p.html"
    page.write_text(
        f"<html><head><title>T</title></head><body><article class='{klass}'>"
        f"<h1 class='h\\\"1 ]['>Harbour plan</h1><p class='{klass}'>The ferry came back to "
        "the harbour on Tuesday after a winter in the dry dock.</p></article></body></html>"
    )
    rules = tmp_path / "rules"
    status, _, err = cli(
        "rules", "new", str(page), "--url", "https://ex.org/a", "--name", "ok", "-o", str(rules)
    )
    assert clean(status, err, (0,)), err
    status, out, err = cli("rules", "test", "--rules-dir", str(rules))
    assert clean(status, err, (0,)), (out, err)
    status, out, err = cli("rules", "list", "--rules-dir", str(rules))
    assert "owned" not in out, out


# --- rule files a user can load ------------------------------------------------------------


def test_rule_file_nested_100000_deep(tmp_path: Path) -> None:
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "deep.toml").write_text("x = " + "[" * 100_000 + "]" * 100_000 + "\n")
    status, _, err = cli("rules", "list", "--rules-dir", str(rules))
    assert clean(status, err, (2,)), err[-1000:]
    assert "RuleError" in err or "deep.toml" in err


@pytest.mark.parametrize("target", ["/dev/zero", "fifo"])
def test_rule_file_that_is_a_device_or_a_fifo(target: str, tmp_path: Path) -> None:
    rules = tmp_path / "rules"
    rules.mkdir()
    if target == "fifo":
        os.mkfifo(rules / "x.toml")
    else:
        (rules / "x.toml").symlink_to(target)
    status, _, err = cli("rules", "list", "--rules-dir", str(rules), seconds=30)
    assert clean(status, err, (2,)), err[-1000:]


@pytest.mark.parametrize("golden", ["/dev/zero", "fifo", "/etc/hostname", "../outside.html"])
def test_rule_golden_page_path_outside_or_unreadable(golden: str, tmp_path: Path) -> None:
    # A rule package's [[tests]] names its golden page: a device, a FIFO, or a file outside
    # the rules folder is no golden page.
    rules = tmp_path / "rules"
    rules.mkdir()
    (tmp_path / "outside.html").write_text(story())
    if golden == "fifo":
        os.mkfifo(rules / "fifo")
    (rules / "x.toml").write_text(
        f'[rule]\nname = "x"\ndomains = ["ex.org"]\n[fields.title]\nselectors = ["h1"]\n'
        f'[[tests]]\nhtml = "{golden}"\nexpected = "{golden}"\nurl = "https://ex.org/a"\n'
    )
    status, out, err = cli("rules", "test", "--rules-dir", str(rules), seconds=30)
    assert clean(status, err), err[-1000:]
    assert status != 0, out


@pytest.mark.parametrize(
    "zone", ["../../../../etc/passwd", "/etc/localtime", "x" * 100_000, "\x00"]
)
def test_rule_zone_transform_naming_a_path(zone: str, tmp_path: Path) -> None:
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "x.toml").write_text(
        '[rule]\nname = "x"\n[fields.published]\nselectors = [".posted-on"]\n'
        f'transforms = ["date", {json.dumps("zone:" + zone)}]\n'
    )
    page = tmp_path / "p.html"
    page.write_text(story())
    status, _, err = cli(
        "extract", str(page), "--rules-dir", str(rules), "--url", "https://ex.org/a"
    )
    assert clean(status, err, (2,)), err[-1000:]


def test_rule_regex_backtracking_on_many_elements(tmp_path: Path) -> None:
    # 0.25 s a match is the docs' limit; 2,000 matched elements must not cost 2,000 of them.
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "x.toml").write_text(
        '[rule]\nname = "x"\n[fields.title]\nselectors = ["p"]\nregex = "^(a+)+$"\n'
        '[fields.tags]\nselectors = ["p"]\nregex = "^(a|aa)+$"\n'
    )
    page = tmp_path / "p.html"
    page.write_text(story("T", "</p>" + ("<p>" + "a" * 40 + "b</p>") * 2_000 + "<p>"))
    status, _, err = cli(
        "extract", str(page), "--rules-dir", str(rules), "--url", "https://ex.org/a", seconds=30
    )
    assert clean(status, err), err[-1000:]


# --- WARC archives -------------------------------------------------------------------------


def _warc_bytes(records: list[bytes], gzipped: bool) -> bytes:
    return b"".join(gzip.compress(r) if gzipped else r for r in records)


def _raw_record(url: str, block: bytes, length: str) -> bytes:
    head = (
        f"WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:1>\r\n"
        f"WARC-Date: 2024-01-02T03:04:05Z\r\nWARC-Target-URI: {url}\r\n"
        f"Content-Type: application/http; msgtype=response\r\nContent-Length: {length}\r\n\r\n"
    ).encode()
    return head + block + b"\r\n\r\n"


GOOD = Record(url="https://ex.org/good", block=http_response(story().encode())).to_bytes()


@pytest.mark.parametrize("gzipped", [False, True])
@pytest.mark.parametrize(
    ("url", "length"),
    [
        ("https://ex.org/a", "-1"),
        ("https://ex.org/a", "-99999999999999999999"),
        ("https://ex.org/a", "99999999999999999999999999999"),
        ("https://ex.org/a", "1e9"),
        ("file:///etc/passwd", "{n}"),
        ("https://ex.org/a\rX-Injected: 1", "{n}"),
        ("<https://ex.org/a\x1b]0;t\x07>", "{n}"),
        ("https://ex.org/../../../etc/passwd", "{n}"),
    ],
)
def test_warc_hostile_lengths_and_targets(
    url: str, length: str, gzipped: bool, tmp_path: Path
) -> None:
    block = http_response(story().encode())
    bad = _raw_record(url, block, length.format(n=len(block)))
    archive = tmp_path / ("a.warc.gz" if gzipped else "a.warc")
    archive.write_bytes(_warc_bytes([bad, GOOD], gzipped))
    out = tmp_path / "o.jsonl"
    status, _, err = cli("batch", str(archive), "-o", str(out), "--no-progress", "-j", "1")
    assert clean(status, err), err[-1000:]
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert any(r["url"] == "https://ex.org/good" and r["status"] == "ok" for r in rows), rows
    for row in rows:
        for key in ("url", "canonical_url"):
            value = row[key]
            assert value is None or (value.startswith("https://") and "\r" not in value), row
            assert value is None or ("\x1b" not in value and not value.startswith("file:")), row


def test_warc_truncated_gzip_member_then_a_good_one(tmp_path: Path) -> None:
    block = http_response(story().encode())
    cut = gzip.compress(_raw_record("https://ex.org/a", block, str(len(block))))[:-30]
    archive = tmp_path / "a.warc.gz"
    archive.write_bytes(cut + gzip.compress(GOOD))
    out = tmp_path / "o.jsonl"
    status, _, err = cli("batch", str(archive), "-o", str(out), "--no-progress", "-j", "1")
    assert clean(status, err), err[-1000:]
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert any(r["url"] == "https://ex.org/good" and r["status"] == "ok" for r in rows), rows


@pytest.mark.parametrize(
    "headers",
    [
        [("Transfer-Encoding", "chunked")],
        [("Content-Encoding", ", ".join(["gzip"] * 2000))],
        [("Content-Encoding", "br")],
        [("Content-Type", "text/html; charset=" + "x" * 100_000)],
    ],
)
def test_warc_http_codings_that_lie(headers: list[tuple[str, str]], tmp_path: Path) -> None:
    body = story().encode()
    if headers[0][0] == "Transfer-Encoding":
        body = b"ffffffffffffffffffffffffffff\r\n" + body + b"\r\n-1\r\nx\r\n0\r\n\r\n"
    block = http_response(body, headers=headers)
    archive = tmp_path / "a.warc"
    archive.write_bytes(Record(url="https://ex.org/a", block=block).to_bytes() + GOOD)
    out = tmp_path / "o.jsonl"
    status, _, err = cli("batch", str(archive), "-o", str(out), "--no-progress", "-j", "1")
    assert clean(status, err), err[-1000:]
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert len(rows) == 2, rows


# --- JSONL inputs --------------------------------------------------------------------------


def test_jsonl_rows_of_hostile_shapes(tmp_path: Path) -> None:
    rows = [
        {"url": "https://ex.org/a\r\nX: 1", "html": story()},
        {"url": "file:///etc/passwd", "html": story()},
        {"url": "https://ex.org/b", "html": None},
        {"url": "https://ex.org/c", "html": ["<p>x</p>"]},
        {"url": ["https://ex.org/d"], "html": story()},
        {"url": "https://ex.org/e", "html": story(), "extra": "[" * 50_000},
        {"url": "https://ex.org/f", "html": "\ud800" + story()},
    ]
    lines = [json.dumps(row) for row in rows] + [
        '{"url": "https://ex.org/g", "html": "<p>cut',
        "[1]",
        "null",
        '"s"',
    ]
    source = tmp_path / "rows.jsonl"
    source.write_text("\n".join(lines) + "\n")
    out = tmp_path / "o.jsonl"
    status, _, err = cli("batch", str(source), "-o", str(out), "--no-progress", "-j", "1")
    assert clean(status, err), err[-1000:]
    written = [json.loads(line) for line in out.read_text().splitlines()]
    assert len(written) == len(lines), written
    for row in written:
        url = row["url"]
        assert url is None or (
            url.startswith("https://") and "\r" not in url and "\n" not in url
        ), row


# --- the store -----------------------------------------------------------------------------


@pytest.mark.parametrize("target", ["/dev/zero", "folder", "page"])
def test_store_commands_on_what_is_no_store(target: str, tmp_path: Path) -> None:
    path = {"folder": str(tmp_path), "page": str(tmp_path / "p.html"), "/dev/zero": "/dev/zero"}[
        target
    ]
    (tmp_path / "p.html").write_text(story())
    for argv in (["store", "stats", path], ["store", "export", path]):
        status, _, err = cli(*argv, seconds=30)
        assert clean(status, err, (1, 2)), (argv, err[-1000:])


def test_store_export_site_and_language_are_no_patterns(tmp_path: Path) -> None:
    pytest.importorskip("sqlalchemy")
    from newsextract import Article, Store
    from newsextract.store import PageCheck

    store_path = tmp_path / "s.db"
    now = datetime(2026, 11, 30, 7, 0, tzinfo=UTC)
    with Store(str(store_path)) as store:
        for host in ("a.example", "b.example"):
            url = f"https://{host}/2026/11/30/harbour"
            check = PageCheck(url=url, checked_at=now, outcome="article")
            article = Article(url=url, title="Harbour", body="Ships are back.", language="en")
            store.write_article(article, check)
    for option in (
        ["--site", "%"],
        ["--site", "_.example"],
        ["--language", "%"],
        ["--language", "_n"],
    ):
        status, out, err = cli("store", "export", str(store_path), *option)
        assert clean(status, err), err
        assert out.strip() == "", (option, out)


# --- explain's report ----------------------------------------------------------------------


def test_explain_report_runs_and_fetches_nothing(tmp_path: Path) -> None:
    hostile = (
        "<meta http-equiv='refresh' content='0;url=https://evil.example/'>"
        "<link rel='dns-prefetch' href='//evil.example'><link rel='prefetch' href='https://evil.example/p'>"
        "<style>@import url(https://evil.example/s.css); p{background:url(https://evil.example/b)}</style>"
        "<base href='https://evil.example/'>"
    )
    text = (
        "\"'><script>alert(1)</script>&quot;&gt;&lt;script&gt;alert(2)&lt;/script&gt; "
        "<img src=x onerror=alert(3) srcset='https://evil.example/i 1x'>"
        "<svg><a xlink:href='javascript:alert(4)'><text>t</text></a>"
        "<animate onbegin=alert(5)></svg><math><mtext><table><mglyph><style>"
        "<img src=x onerror=alert(6)></style></mglyph></table></mtext></math>"
        "<noscript><p title='</noscript><img src=x onerror=alert(7)>'></p></noscript>"
        "<a href='javascript:alert(8)' style='background:url(https://evil.example/a)'>link</a>"
        "<video poster='https://evil.example/v'></video><form action='https://evil.example/f'><button>b</button></form>"
    )
    page = tmp_path / "p.html"
    page.write_text(
        story("Title \"'><script>alert(9)</script>", text).replace("<title>", hostile + "<title>")
    )
    report = tmp_path / "r.html"
    status, _, err = cli("explain", str(page), "--html", str(report))
    assert clean(status, err, (0,)), err
    documents = [report.read_text()]
    outer = LexborHTMLParser(documents[0])
    documents += [node.attributes.get("srcdoc") or "" for node in outer.css("iframe")]
    for document in documents:
        tree = LexborHTMLParser(document)
        assert not tree.css("script"), "script"
        assert not tree.css("meta[http-equiv=refresh]"), "refresh"
        assert not tree.css("base, link[href], object, embed, form, video, audio, img[src]"), (
            "fetching element"
        )
        for node in tree.css("*"):
            for name, value in node.attributes.items():
                assert not name.lower().startswith("on"), (name, value)
                assert "evil.example" not in (value or ""), (name, value)
                assert "javascript:" not in (value or "").lower(), (name, value)
        for style in tree.css("style"):
            assert "evil.example" not in style.text(), style.text()


# --- codec names a page or a header can give -----------------------------------------------

PYTHON_ONLY_CODECS = [
    "unicode_escape",
    "raw_unicode_escape",
    "punycode",
    "idna",
    "undefined",
    "zlib",
    "base64",
    "hex",
    "bz2",
    "uu",
    "quopri",
    "rot13",
    "mbcs",
    "oem",
    "utf-8-sig",
    "cp65001",
    "palmos",
    "utf_32",
    "string_escape",
    "unicode_internal",
    "charmap",
    "ascii\x00",
    "utf-8\r\nX: y",
]


@pytest.mark.parametrize("codec", PYTHON_ONLY_CODECS)
def test_python_only_codec_names_in_meta_warc_and_jsonl(codec: str, tmp_path: Path) -> None:
    # A label only Python knows (a bytes-to-bytes codec, an escape codec that makes lone
    # surrogates, "undefined" that always raises) is no WHATWG encoding: the page decodes
    # as if it named none, in every way a charset reaches the decoder.
    body = story("Harbour \\ud800 plan", "caf\\xe9 \\U0010ffff \\N{BULLET} +AGE-").replace(
        "charset='utf-8'", f"charset='{codec}'"
    )
    page = tmp_path / "p.html"
    page.write_bytes(body.encode("latin-1", "replace"))
    warc = tmp_path / "a.warc"
    block = http_response(
        body.encode("latin-1", "replace"), content_type=f"text/html; charset={codec}"
    )
    warc.write_bytes(Record(url="https://ex.org/a", block=block).to_bytes())
    out = tmp_path / "o.jsonl"
    status, _, err = cli("batch", str(page), str(warc), "-o", str(out), "--no-progress", "-j", "1")
    assert clean(status, err, (0,)), err[-1000:]
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["status"] for r in rows] == ["ok", "ok"], rows


# --- outputs that are inputs, and outputs to resume that were tampered with ------------------


def test_output_named_as_an_input_page_is_not_overwritten(tmp_path: Path) -> None:
    page = tmp_path / "p.html"
    page.write_text(story())
    before = page.read_bytes()
    status, _, err = cli(
        "batch", str(page), "-o", str(page), "-f", "jsonl", "--no-progress", "-j", "1"
    )
    assert clean(status, err), err
    assert page.read_bytes() == before, "the input page was overwritten by the output"


def test_output_named_as_an_input_jsonl_does_not_feed_itself(tmp_path: Path) -> None:
    rows = tmp_path / "rows.jsonl"
    rows.write_text(json.dumps({"url": "https://ex.org/a", "html": story()}) + "\n")
    status, _, err = cli(
        "batch", str(rows), "-o", str(rows), "--resume", "--no-progress", "-j", "1", seconds=60
    )
    assert clean(status, err), err
    assert rows.stat().st_size < 1_000_000


@pytest.mark.parametrize(
    ("suffix", "content"),
    [
        (
            "jsonl",
            b'{"input": "a", "status": "ok"}\n' + b"[" * 200_000 + b"\n" + b'{"input": "b"}\n',
        ),
        ("jsonl", b'{"input": "a"}\n\xff\xfe\x00bad\n{"input": "b"}\n'),
        ("jsonl", b'{"input": ["a"], "status": 3}\n{"input": null}\n'),
        ("csv", b"input,status\na,ok\nb\x00c,ok\n"),
        ("csv", b'input,status\n"a' + b"x" * 5_000_000 + b"\n"),
        ("csv", b"\xff\xfe" + "input,status\na,ok\n".encode("utf-16-le")),
        ("parquet", b"PAR1" + b"\x00" * 1000 + b"PAR1"),
    ],
)
def test_resume_from_a_tampered_output(suffix: str, content: bytes, tmp_path: Path) -> None:
    page = tmp_path / "p.html"
    page.write_text(story())
    out = tmp_path / f"o.{suffix}"
    out.write_bytes(content)
    status, _, err = cli("batch", str(page), "-o", str(out), "--resume", "--no-progress", "-j", "1")
    assert clean(status, err), err[-1500:]


def test_folder_with_a_symlink_loop_and_a_fifo(tmp_path: Path) -> None:
    folder = tmp_path / "pages"
    (folder / "sub").mkdir(parents=True)
    (folder / "sub" / "a.html").write_text(story())
    (folder / "sub" / "loop").symlink_to(folder)
    (folder / "sub" / "self").symlink_to(folder / "sub")
    os.mkfifo(folder / "b.html")
    (folder / "c.html").symlink_to("/dev/zero")
    out = tmp_path / "o.jsonl"
    status, _, err = cli(
        "batch", str(folder), "-o", str(out), "--no-progress", "-j", "1", seconds=60
    )
    assert clean(status, err), err[-1500:]
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert len(rows) < 20, len(rows)
    assert any(r["status"] == "ok" for r in rows), rows


# --- sizes on the way in: the cap must hold before the whole is read -----------------------

PEAK = """
import resource, subprocess, sys
done = subprocess.run(sys.argv[1:], capture_output=True, text=True, timeout={seconds})
sys.stderr.write(done.stderr)
print(done.returncode, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024)
"""


def cli_peak(*argv: str, seconds: float = 60, stdin: Path | None = None) -> tuple[int, int, str]:
    """Exit status, the largest process's peak RSS in MB, and stderr."""
    environment = {**os.environ, "PYTHONPATH": str(SRC)}
    wrapper = [sys.executable, "-c", PEAK.format(seconds=seconds)]
    with (stdin or Path(os.devnull)).open("rb") as source:
        done = subprocess.run(
            [*wrapper, sys.executable, "-c", ENTRY, *argv],
            capture_output=True, text=True, timeout=seconds + 10, env=environment, stdin=source,
            check=False,
        )  # fmt: skip
    status, peak = done.stdout.split()
    return int(status), int(peak), done.stderr


def test_a_200mb_page_on_standard_input(tmp_path: Path) -> None:
    big = tmp_path / "big.html"
    with big.open("wb") as stream:
        stream.write(b"<html><body><p>")
        for _ in range(200):
            stream.write(b"a" * 1_000_000)
    status, peak, err = cli_peak("extract", "-", "--format", "jsonl", stdin=big)
    assert clean(status, err, (1,)) and "InputTooLargeError" in err, err[-500:]
    assert peak < 400, f"{peak} MB for a page capped at 10 MiB"


@pytest.mark.parametrize("shape", ["line", "list"])
def test_a_200mb_jsonl_row_or_input_list_line(shape: str, tmp_path: Path) -> None:
    source = tmp_path / ("rows.jsonl" if shape == "line" else "list.txt")
    with source.open("wb") as stream:
        stream.write(b'{"url": "https://ex.org/a", "html": "' if shape == "line" else b"pages/")
        for _ in range(200):
            stream.write(b"a" * 1_000_000)
    out = tmp_path / "o.jsonl"
    argv = [str(source)] if shape == "line" else ["-i", str(source)]
    status, peak, err = cli_peak("batch", *argv, "-o", str(out), "--no-progress", "-j", "1")
    assert clean(status, err, (1,)), err[-500:]
    assert peak < 500, f"{peak} MB for a row capped at 10 MiB"


# CPU seconds of a batch over a hostile gzip page (the interpreter's start included): walking
# all of its padding took 7 s, refusing it once 10 MiB are read takes 0.7 to 2.5.
GZIP_CPU_BOUND = 5.0


@pytest.mark.parametrize("shape", ["endless-name", "many-members", "huge-extra"])
def test_gzip_page_with_hostile_headers(shape: str, tmp_path: Path) -> None:
    page = tmp_path / "p.html.gz"
    with page.open("wb") as stream:
        if shape == "endless-name":  # FNAME set, never NUL-terminated
            stream.write(b"\x1f\x8b\x08\x08\x00\x00\x00\x00\x00\xff")
            for _ in range(60):
                stream.write(b"n" * 1_000_000)
        elif shape == "many-members":
            member = gzip.compress(b"")
            stream.write(gzip.compress(story().encode()))
            stream.write(member * (40_000_000 // len(member)))
        else:  # FEXTRA of 65,535 bytes, again and again in 1,000 members
            extra = b"\x1f\x8b\x08\x04\x00\x00\x00\x00\x00\xff" + b"\xff\xff" + b"x" * 65535
            body = gzip.compress(b"<p>a</p>")[10:]
            stream.write((extra + body) * 1000)
    out = tmp_path / "o.jsonl"
    started = cpu_seconds()
    status, _, err = cli(
        "batch", str(page), "-o", str(out), "--no-progress", "-j", "1", seconds=240
    )
    took = cpu_seconds() - started  # the command's CPU, which load does not stretch
    assert clean(status, err), err[-500:]
    assert took < GZIP_CPU_BOUND * machine_pace(), f"{took:.1f} s of CPU"
    # Over 10 MiB of gzip data is padding, not a page within the cap: refused once read so
    # far (40 MB of empty members took 7 s of CPU to walk, a 60 MB name as long).
    (row,) = [json.loads(line) for line in out.read_text().splitlines()]
    assert row["error"] == "InputTooLargeError", row


def test_explain_of_a_page_of_190000_paragraphs(tmp_path: Path) -> None:
    page = tmp_path / "p.html"
    page.write_text(story("T", "a" + "</p><p>a" * 190_000))
    report = tmp_path / "r.html"
    started = cpu_seconds()
    status, _, err = cli("explain", str(page), "--html", str(report), "--blocks", seconds=480)
    assert clean(status, err), err[-500:]
    assert cpu_seconds() - started < 60 * machine_pace()


# --- the Python entry points given what is no URL or no input ------------------------------


def test_discover_and_fetch_given_files_and_header_injection() -> None:
    import newsextract

    for target in ("file:///etc/passwd", "/etc/passwd", "http://127.0.0.1:9/\r\nHost: evil",
                   "http://127.0.0.1:9/a b", "", "http://", "https://[::1"):  # fmt: skip
        for call in (newsextract.fetch, newsextract.extract_url):
            with pytest.raises(newsextract.NewsExtractError):
                call(target)
        try:
            found = newsextract.discover(target)
            items = list(found)
        except newsextract.NewsExtractError:
            continue
        assert items == [], (target, items)
        assert all("root:" not in str(failure) for failure in found.failures)


def test_batch_api_given_inputs_of_every_type(tmp_path: Path) -> None:
    import newsextract

    page = tmp_path / "p.html"
    page.write_text(story())
    inputs: list[object] = [None, 3, b"bytes", page, str(page), ["nested"], "\ud800", "", "\x00"]
    items = list(newsextract.batch(inputs, workers=1))  # type: ignore[arg-type]
    assert len(items) == len(inputs), items
    assert sum(item.failure is None for item in items) >= 1
