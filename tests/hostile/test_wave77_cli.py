"""Hostile input, wave 77: the command line.

``--fetched-at=--`` (any option taking one value, written ``--option=--`` or ``-o--``) was
read by argparse (Python 3.11) as an empty list: ``'--'`` is taken out of the option's
value as the end of the options, and no value is left. The command then ran with ``[]`` as
the option's value: "AttributeError: 'list' object has no attribute 'strip'" (``--url``),
"TypeError: expected str, bytes or os.PathLike object, not list" (``--rules-dir``,
``-o``), "OptionError: invalid option fetched_at=[]" and, for ``discover --since=--``, a
run with no date bound at all. It is now argparse's usage error naming the option.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from newsextract.batching.cli import main as batch_main
from newsextract.cli import main

HTML = "<html><head><title>Harbour works</title></head><body><p>Harbour works.</p></body></html>"


def _page(tmp_path: Path) -> str:
    page = tmp_path / "page.html"
    page.write_text(HTML, encoding="utf-8")
    return str(page)


@pytest.mark.parametrize(
    ("command", "option"),
    [
        (["extract", "PAGE"], "--url=--"),
        (["extract", "PAGE"], "--fetched-at=--"),
        (["extract", "PAGE"], "--fetched=--"),  # an abbreviation, as argparse allows
        (["extract", "PAGE"], "--rules-dir=--"),
        (["extract", "PAGE"], "--user-agent=--"),
        (["extract", "PAGE"], "--timeout=--"),
        (["explain", "PAGE"], "--html=--"),
        (["rules", "list"], "--rules-dir=--"),
        (["discover", "http://127.0.0.1:9/"], "--since=--"),
        (["discover", "http://127.0.0.1:9/"], "--limit=--"),
        (["discover", "http://127.0.0.1:9/"], "--include=--"),
        (["batch", "PAGE", "-o", "OUT"], "--inputs-from=--"),
        (["batch", "PAGE"], "-o--"),
        (["batch", "PAGE", "-o", "OUT"], "--errors=--"),
        (["crawl", "http://127.0.0.1:9/"], "--store=--"),
        (["store", "export", "STORE"], "--site=--"),
    ],
)
def test_an_option_given_only_the_options_end_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: list[str], option: str
) -> None:
    names = {"PAGE": _page(tmp_path), "OUT": str(tmp_path / "out.jsonl")}
    names["STORE"] = str(tmp_path / "store.sqlite")
    argv = [names.get(part, part) for part in command] + [option]
    with pytest.raises(SystemExit) as stop:
        main(argv)
    err = capsys.readouterr().err
    assert stop.value.code == 2, err
    assert "'--'" in err and "expected one argument" in err, err
    assert "not list" not in err and "Error:" not in err, err
    assert not (tmp_path / "out.jsonl").exists()


def test_the_batch_module_parser_refuses_it_too(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as stop:
        batch_main([_page(tmp_path), "--output=--"])
    assert stop.value.code == 2
    assert "'--'" in capsys.readouterr().err


def test_a_value_after_the_options_end_still_reads(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # '--' as the end of the options before the inputs keeps its meaning
    status = main(["extract", "--fetched-at", "2024-05-01", "--", _page(tmp_path)])
    assert status == 0, capsys.readouterr().err
