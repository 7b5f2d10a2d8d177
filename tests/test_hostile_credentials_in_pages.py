"""A page's own addresses may carry credentials (``<link rel=canonical
href="http://user:pass@host/">``, an ``og:image``), and so may the URL a caller gives
``extract``: the Article kept them (its ``url``, ``canonical_url``, ``image``, every one
stored by the article store and written in rows), and ``explain`` printed them. Addresses
now lose the password (``credentials.without_password``) and reports mask it."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsextract import extract
from newsextract.cli import main
from newsextract.cli_errors import one_line

SECRET = "opensesame9"
PAGE = f"""<html><head><title>Harbour ferry timetable changes</title>
<link rel="canonical" href="http://editor:{SECRET}@news.example/ferry">
<meta property="og:url" content="https://desk:{SECRET}@news.example/ferry">
<meta property="og:image" content="/img/ferry.jpg">
</head><body><article><h1>Harbour ferry timetable changes</h1>
<p>{"The morning ferry leaves ten minutes earlier from Monday, the port office said. " * 4}</p>
</article></body></html>"""


def test_an_article_keeps_no_password_of_its_addresses() -> None:
    article = extract(PAGE, url=f"http://reader:{SECRET}@news.example/ferry?src=feed")
    assert SECRET not in article.to_json()
    assert article.url == "http://reader@news.example/ferry?src=feed"
    assert article.canonical_url == "http://editor@news.example/ferry"
    assert article.image == "http://reader@news.example/img/ferry.jpg"


def test_explain_masks_them(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = tmp_path / "ferry.html"
    page.write_text(PAGE, encoding="utf-8")
    assert main(["explain", str(page)]) == 0
    shown = capsys.readouterr().out
    assert SECRET not in shown
    assert "desk:[secure]@news.example" in shown or "editor@news.example" in shown


def test_the_html_report_masks_them(tmp_path: Path) -> None:
    page, report = tmp_path / "ferry.html", tmp_path / "report.html"
    page.write_text(PAGE, encoding="utf-8")
    assert main(["explain", str(page), "--html", str(report)]) == 0
    shown = report.read_text(encoding="utf-8")
    assert SECRET not in shown and "[secure]@news.example" in shown


def test_one_line_messages_mask_them() -> None:
    assert one_line(f"cannot read https://a:{SECRET}@h.example/s.xml") == (
        "cannot read https://a:[secure]@h.example/s.xml"
    )


def test_rules_new_writes_no_password(tmp_path: Path) -> None:
    page = tmp_path / "ferry.html"
    page.write_text(PAGE, encoding="utf-8")
    url = f"http://reader:{SECRET}@news.example/ferry"
    assert (
        main(["rules", "new", str(page), "--url", url, "--name", "ferry", "-o", str(tmp_path)]) == 0
    )
    written = [*tmp_path.rglob("ferry*.toml"), *tmp_path.rglob("ferry*.json")]  # not the page
    assert len(written) == 2
    assert not any(SECRET in path.read_text(encoding="utf-8") for path in written)
