"""The documentation stays true: its Python examples run, and the CLI reference matches the parsers.

Every ```python block of ``docs/*.md`` and ``README.md`` is run with pytest-examples, in a
fresh folder holding the repository's ``samples/`` (examples read them and may write files),
the blocks of one page in order and sharing their names, as a reader would run them. A ``#>``
comment under a ``print`` is the output the example promises and is checked. A block fenced
as ```python test="skip" reason="..."``` is not run (only for what cannot run offline, such
as a live URL); the reason shows in the skip, and its ``newsextract`` names are still checked.

After changing an example's printed output on purpose:
``.venv/bin/python -m pytest tests/test_docs.py --update-examples``.
"""

from __future__ import annotations

import ast
import gzip
import importlib
import re
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from types import TracebackType
from typing import Any

import pytest
from pytest_examples import CodeExample, EvalExample, find_examples

import newsextract
from newsextract import cli_reference

ROOT = Path(__file__).resolve().parent.parent
PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
CLI_PAGE = ROOT / "docs" / "cli.md"


def _examples_by_page() -> dict[str, list[CodeExample]]:
    pages: dict[str, list[CodeExample]] = defaultdict(list)
    for example in find_examples(*PAGES):
        pages[example.path.relative_to(ROOT).as_posix()].append(example)
    return dict(pages)


EXAMPLES = _examples_by_page()


@pytest.mark.parametrize("page", sorted(EXAMPLES))
def test_python_examples_run(
    page: str, eval_example: EvalExample, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    _lay_out_reader_files(tmp_path)
    monkeypatch.chdir(tmp_path)  # examples write files (articles.jsonl, a cache) where they run
    names: dict[str, Any] = {"__name__": "__main__"}
    skipped = []
    for example in EXAMPLES[page]:
        settings = example.prefix_settings()
        if settings.get("test") == "skip":
            _check_names(example)
            skipped.append(
                f"{page}:{example.start_line}: {settings.get('reason', 'no reason given')}"
            )
            continue
        run = (
            eval_example.run_print_update
            if eval_example.update_examples
            else eval_example.run_print_check
        )
        failure = None
        try:
            names = run(example, module_globals=names)
        except Exception as error:  # an example's own error, told at its line of the page
            failure = _describe(page, error)
        if failure is not None:  # failed outside the except: no chained, unprintable traceback
            pytest.fail(failure, pytrace=False)
    if skipped:
        pytest.skip("not run: " + "; ".join(skipped))


SITE_RULE = """\
[rule]
name = "echodesvallees"
domains = ["echodesvallees.fr"]

[fields.title]
selectors = ["h1"]
"""
"""The rule of the rules folder that docs/rules.md's example loads: one for regional_fr.html."""


def _lay_out_reader_files(folder: Path) -> None:
    """The files the examples assume a reader has: the sample pages, a gzipped page
    (``page.html.gz``, docs/decoding.md) and a folder of site rules (``rules/``, docs/rules.md)."""
    (folder / "samples").symlink_to(ROOT / "samples")
    page = (ROOT / "samples" / "sport_de.html").read_bytes()
    (folder / "page.html.gz").write_bytes(gzip.compress(page))
    (folder / "rules").mkdir()
    (folder / "rules" / "echodesvallees.toml").write_text(SITE_RULE, encoding="utf-8")


def _describe(page: str, error: Exception) -> str:
    """``page:line: source`` and the error, from the traceback pytest-examples points at the
    page (pytest cannot render those rewritten frames on Python 3.11: its reporting crashes)."""
    lines = (ROOT / page).read_text(encoding="utf-8").splitlines()
    where = [
        f"{page}:{tb.tb_lineno}: {lines[tb.tb_lineno - 1].strip()}"
        for tb in _frames(error.__traceback__)
        if Path(tb.tb_frame.f_code.co_filename).name == Path(page).name
        and 0 < tb.tb_lineno <= len(lines)
    ]
    return "\n".join([*where, f"{type(error).__name__}: {error}"])


def _frames(tb: TracebackType | None) -> Iterator[TracebackType]:
    while tb is not None:
        yield tb
        tb = tb.tb_next


def _check_names(example: CodeExample) -> None:
    """What a skipped example can still be held to: it parses, and every ``newsextract`` name it
    imports or reads (``from newsextract.x import y``, ``newsextract.y``) exists today."""
    tree = ast.parse(example.source, filename=str(example))
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("newsextract"):
            module = importlib.import_module(node.module or "")
            for alias in node.names:
                assert hasattr(module, alias.name), f"{example}: no {node.module}.{alias.name}"
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.startswith("newsextract"):
                    importlib.import_module(alias.name)
        elif (
            isinstance(node, ast.Attribute)
            and isinstance(node.value, ast.Name)
            and node.value.id == "newsextract"
        ):
            assert hasattr(newsextract, node.attr), f"{example}: no newsextract.{node.attr}"


def test_every_page_with_python_has_examples_found() -> None:
    """A block the finder missed (a typo in its fence) would silently go untested."""
    fenced = {
        page.relative_to(ROOT).as_posix()
        for page in PAGES
        if re.search(r"^ *```{?\.?python", page.read_text(encoding="utf-8"), flags=re.MULTILINE)
    }
    assert fenced == set(EXAMPLES)


def test_cli_reference_is_up_to_date() -> None:
    assert CLI_PAGE.read_text(encoding="utf-8") == cli_reference.render(), (
        "docs/cli.md is out of date with the parsers; regenerate it with "
        "`.venv/bin/python -m newsextract.cli_reference > docs/cli.md`"
    )


def test_cli_help_has_no_restructuredtext_markup() -> None:
    """argparse prints descriptions verbatim: ``double backquotes`` would show as they are."""
    reference = cli_reference.render()
    prose = "\n".join(line for line in reference.splitlines() if not line.startswith("```"))
    assert "``" not in prose


def test_cli_reference_covers_every_command() -> None:
    reference = cli_reference.render()
    for command in (
        "extract",
        "batch",
        "rules list",
        "rules test",
        "rules new",
        "explain",
        "discover",
        "crawl",
    ):
        assert f"`newsextract {command}`\n" in reference, command
