"""The fifth red team (wave 60): hostile text in what is printed (``explain``, ``--format
markdown`` and ``text``: terminal escapes, bidirectional overrides, table pipes) and
``<meta charset>`` labels of Python codecs that are no text encoding. All held already:
kept as guards."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest

import newsextract

from .test_blind_cli import clean, cli
from .third import page

ESCAPES = "\x1b]0;owned\x07\x1b[31mred\x9b31m"
BIDI = "\u202egpj.exe"


def _hostile_page() -> str:
    data = {
        "@type": "NewsArticle",
        "headline": f"Quay{ESCAPES} plan",
        "author": {"@type": "Person", "name": f"Ann{ESCAPES} Lee"},
        "keywords": [f"port{ESCAPES}", "| a | b |"],
        "publisher": {"name": f"Harbour{ESCAPES} News"},
    }
    head = (
        f"<meta name=description content='Lead{ESCAPES} | cell'>"
        f"<script type='application/ld+json'>{json.dumps(data)}</script>"
    )
    body = (
        f"<p>Body{ESCAPES} text {BIDI} with | pipes | inside a sentence of the story.</p>"
        f"<table><tr><th>Berth{ESCAPES}|</th><th>Ships</th></tr>"
        "<tr><td>North | quay</td><td>`two` [x](javascript:alert(1))</td></tr></table>"
    )
    return page(body, head=head, title=f"Quay plan{ESCAPES} {BIDI}")


def _controls(text: str) -> list[str]:
    return [
        hex(ord(c))
        for c in set(text)
        if c not in "\n\t" and unicodedata.category(c) in ("Cc", "Cf") and c != "\u200b"
    ]


@pytest.mark.parametrize(
    "argv",
    [
        ["explain", "{path}", "--url", "https://news.example.org/a/b"],
        ["extract", "{path}", "--format", "markdown"],
        ["extract", "{path}", "--format", "text"],
    ],
)
def test_hostile_text_prints_no_control_character(argv: list[str], tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(_hostile_page() + "<p>" + "Plain words of the story. " * 40 + "</p>")
    status, out, err = cli(*(part.format(path=path) for part in argv))
    assert clean(status, err, (0,)), err[-1000:]
    assert "harbour" in out.lower() or "Quay" in out
    assert _controls(out + err) == []


def test_a_table_cell_s_pipes_stay_in_their_cell() -> None:
    article = newsextract.extract(_hostile_page(), "https://news.example.org/a/b")
    table = [line for line in article.body_markdown().splitlines() if line.startswith("|")]
    assert table, article.body_markdown()
    assert all(line.replace("\\|", "").count("|") == 3 for line in table), table


@pytest.mark.parametrize(
    "label",
    [
        "rot13",
        "base64",
        "zlib",
        "hex",
        "uu",
        "bz2",
        "quopri",
        "punycode",
        "idna",
        "unicode_escape",
        "raw_unicode_escape",
        "undefined",
        "mbcs",
        "x-user-defined",
        "replacement",
        "utf-7",
        "utf-16",
        "utf-32",
        "iso-2022-jp",
        "a" * 500,
    ],
)
@pytest.mark.parametrize(
    "form",
    [
        "<meta charset='{label}'>",
        "<meta http-equiv='Content-Type' content='text/html; charset={label}'>",
        "<?xml version='1.0' encoding='{label}'?>",
    ],
)
def test_a_charset_label_of_no_text_encoding_reads_the_page(label: str, form: str) -> None:
    text = "The harbour board met again on Monday to settle the plan for the new quay. " * 5
    html = (form.format(label=label) + page(f"<p>{text}</p>")).encode("ascii")
    assert "harbour board met again" in newsextract.extract(html, "https://news.example/a").body
