"""Bidirectional overrides and isolates (U+202A-U+202E, U+2066-U+2069) in a page's texts.

A pair closed within its line is right-to-left text's own markup and stays; an opener its
line never closes reordered everything printed after it (the rest of a terminal row, the
site name after a title in a list), so it goes, as a closer with nothing to close does. The
command line's text output shows every one of them escaped, as ``explain`` does."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from newsextract import extract
from newsextract.bidi import balanced
from newsextract.cli import run_extract

RLE, PDF, RLO, LRI, RLI, PDI = "\u202b", "\u202c", "\u202e", "\u2066", "\u2067", "\u2069"
FILLER = "The council will meet again in the spring to hear the residents' views. " * 3


def _page(title: str, author: str, paragraphs: list[str], *, lang: str = "en") -> str:
    body = "".join(f"<p>{text}</p>" for text in paragraphs)
    return (
        f'<html lang="{lang}"><head><title>{title}</title>'
        f'<meta name="author" content="{author}"></head><body><article><h1>{title}</h1>'
        f"{body}</article></body></html>"
    )


def test_a_lone_override_leaves_every_field() -> None:
    page = _page(
        f"Harbour bridge reopens {RLO}after repairs",
        f"Mira {RLI}Tal",
        [f"Traffic returned on Monday {RLO}morning to the old bridge. {FILLER}", FILLER],
    )
    article = extract(page)
    assert article.title == "Harbour bridge reopens after repairs"
    assert article.authors == ("Mira Tal",)
    assert article.body is not None
    assert RLO not in article.body and "Monday morning" in article.body
    assert all(RLO not in block.text for block in article.body_blocks)


def test_closed_pairs_of_right_to_left_text_stay() -> None:
    hebrew = f"שיחות בנמל {LRI}Port Alder{PDI} נמשכות"
    arabic = f"قال المتحدث {RLE}«نعم» 2024{PDF} أمس في المؤتمر الصحفي الذي عقد في الميناء القديم."
    page = _page(hebrew, "דנה לוי", [arabic * 3, arabic * 2], lang="he")
    article = extract(page)
    assert article.title == hebrew
    assert article.body is not None and f"{RLE}«نعم» 2024{PDF}" in article.body


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (f"a{RLO}b{PDF}c", f"a{RLO}b{PDF}c"),
        (f"a{RLO}b", "ab"),
        (f"a {RLO} b", "a b"),
        (f"{PDF}a{PDI}", "a"),
        (f"{RLI}x{RLE}y{PDI}z", f"{RLI}xy{PDI}z"),  # the isolate's end ends the embedding
        (f"{RLE}a\nb{PDF}", "a\nb"),  # a line break closes what is open
        (f"{RLI}a{PDF}b{PDI}", f"{RLI}ab{PDI}"),  # a PDF inside an isolate closes nothing
        ("plain text", "plain text"),
    ],
)
def test_balanced(text: str, kept: str) -> None:
    assert balanced(text) == kept


def test_balanced_is_linear_in_the_marks() -> None:
    text = (RLO + "x" * 50) * 20_000 + "\n" + PDF * 200_000
    assert balanced(text) == "x" * 1_000_000 + "\n"


def test_the_text_output_shows_them_escaped(tmp_path: Path) -> None:
    hebrew = f"שיחות בנמל {LRI}Port Alder{PDI} נמשכות"
    name = tmp_path / f"page{RLO}lmth.html"
    name.write_text(_page(hebrew, "דנה לוי", [FILLER, FILLER], lang="he"), encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    run_extract([str(name)], "text", out, err)
    shown = out.getvalue()
    assert "\\u2066Port Alder\\u2069" in shown
    assert "page\\u202elmth.html" in shown
    assert not any(char in shown for char in (RLO, LRI, PDI))


def test_addresses_hold_them_percent_encoded() -> None:
    page = (
        f'<html><head><link rel="canonical" href="https://news.example/{RLO}gpj.exe">'
        f'<meta property="og:image" content="/{LRI}pic.jpg"></head>'
        f"<body><article><p>{FILLER}</p></article></body></html>"
    )
    article = extract(page, url=f"https://news.example/a{RLO}b")
    assert article.url == "https://news.example/a%E2%80%AEb"
    assert article.canonical_url == "https://news.example/%E2%80%AEgpj.exe"
    assert article.image == "https://news.example/%E2%81%A6pic.jpg"
