from __future__ import annotations

import contextlib
import gzip
import io
import json
import os
import random
import subprocess
import sys
from pathlib import Path
from typing import Any

import attrs
import pytest

import newsextract
from batching.unprivileged import run as unprivileged_run
from hostile_inputs import gzip_bomb
from newsextract._version import __version__
from newsextract.batching.rows import columns
from newsextract.cli import main, run_extract
from newsextract.errors import RuleError

FIXTURES = Path(__file__).parent / "fixtures"
PAGE = FIXTURES / "fr_wordpress_byline_par.html"


def run(inputs: list[str], fmt: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run_extract(inputs, fmt, out, err)
    return code, out.getvalue(), err.getvalue()


def test_json_output_for_a_file() -> None:
    code, out, _ = run([str(PAGE)], "json")
    assert code == 0
    [record] = json.loads(out)
    assert record["input"] == str(PAGE)
    assert record["authors"] == ["Camille Lefèvre"]


def test_folder_and_gzip_inputs_as_jsonl(tmp_path: Path) -> None:
    (tmp_path / "a.html.gz").write_bytes(gzip.compress(PAGE.read_bytes()))
    (tmp_path / "b.html").write_bytes(PAGE.read_bytes())
    (tmp_path / "notes.txt").write_text("ignored")
    code, out, _ = run([str(tmp_path)], "jsonl")
    assert code == 0
    assert len(out.splitlines()) == 2


def test_text_and_markdown_formats() -> None:
    _, text, _ = run([str(PAGE)], "text")
    assert "Camille Lefèvre" in text
    _, markdown, _ = run([str(PAGE)], "markdown")
    assert markdown.startswith("# La métropole de Valmont")


def test_markdown_pages_are_separated_by_a_rule_not_followed_by_one() -> None:
    _, one, _ = run([str(PAGE)], "markdown")
    assert "---" not in one and one.endswith(".\n") and not one.endswith("\n\n")
    _, two, _ = run([str(PAGE), str(FIXTURES / "amp_page.html")], "markdown")
    assert two.count("\n\n---\n\n") == 1
    first, second = two.split("\n\n---\n\n")
    assert first == one.rstrip("\n") and second.startswith("# ")
    assert not two.rstrip().endswith("---")


def test_json_output_has_a_row_for_a_failed_input_too(tmp_path: Path) -> None:
    missing = str(tmp_path / "missing.html")
    code, out, err = run([str(PAGE), missing], "json")
    assert code == 1 and f"{missing}: FileNotFoundError" in err
    assert [(r["input"], r["status"], r["error"]) for r in json.loads(out)] == [
        (str(PAGE), "ok", None),
        (missing, "error", "FileNotFoundError"),
    ]


def test_a_bad_input_is_reported_and_the_rest_goes_on(tmp_path: Path) -> None:
    bad = tmp_path / "bad.html"
    bad.write_bytes(b"%PDF-1.4 not a page")
    code, out, err = run([str(bad), str(PAGE), str(tmp_path / "missing.html")], "jsonl")
    assert code == 1
    rows = [json.loads(line) for line in out.splitlines()]
    assert [r.get("error") for r in rows] == ["NotHTMLError", None, "FileNotFoundError"]
    assert "bad.html" in err


def test_console_script_entry_point() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "newsextract.cli", "extract", str(PAGE), "--format", "jsonl"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert json.loads(result.stdout)["language"] == "fr"


def test_no_command_prints_help() -> None:
    assert main([]) == 2


def test_version_prints_the_package_version_and_build(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit) as done:
        main(["--version"])
    assert done.value.code == 0
    build = "compiled" if newsextract.compiled else "pure Python"
    assert capsys.readouterr().out == f"newsextract {__version__} ({build})\n"


# ---------------------------------------------------------------- hostile input, both commands
#
# ``extract`` and ``batch`` share their exit statuses (0 all good, 1 some inputs failed, 2 a
# usage or configuration error) and never show a traceback without ``--debug``.

COMMANDS = ["extract", "batch"]


@attrs.frozen
class Outcome:
    code: int
    errors: dict[str, str | None]  # input -> error type, None for an article
    stderr: str
    rows: list[dict[str, Any]]


def run_command(
    command: str, inputs: list[str], tmp_path: Path, *extra: str, unprivileged: bool = False
) -> Outcome:
    """Run ``newsextract extract`` (JSONL) or ``newsextract batch`` on ``inputs``.

    ``unprivileged`` runs it in a subprocess that obeys file modes even as root.
    """
    out = tmp_path / "out.jsonl"
    if command == "extract":
        argv = ["extract", *inputs, "-f", "jsonl", *extra]
    else:
        argv = ["batch", *inputs, "-o", str(out), "--overwrite", "-j", "1", *extra]
    if unprivileged:
        done = unprivileged_run(argv)
        code, stdout, stderr = done.returncode, done.stdout, done.stderr
    else:
        stdout_io, stderr_io = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(stdout_io), contextlib.redirect_stderr(stderr_io):
            code = main(argv)
        stdout, stderr = stdout_io.getvalue(), stderr_io.getvalue()
    text = stdout if command == "extract" else (out.read_text() if out.is_file() else "")
    rows = [json.loads(line) for line in text.splitlines()]
    assert "Traceback" not in stderr, stderr
    return Outcome(code, {row["input"]: row.get("error") for row in rows}, stderr, rows)


@pytest.mark.parametrize("command", COMMANDS)
def test_damaged_and_oversized_files_fail_alone(command: str, tmp_path: Path) -> None:
    packed = gzip.compress(PAGE.read_bytes())
    bad = {
        "bomb.html.gz": "InputTooLargeError",
        "truncated.html.gz": "CorruptInputError",
        "corrupt.html.gz": "CorruptInputError",
        "noise.html": "NotHTMLError",
    }
    gzip_bomb(tmp_path / "bomb.html.gz", 12 * 1024 * 1024)
    (tmp_path / "truncated.html.gz").write_bytes(packed[: len(packed) // 2])
    (tmp_path / "corrupt.html.gz").write_bytes(packed[:10] + random.Random(1).randbytes(300))
    (tmp_path / "noise.html").write_bytes(random.Random(2).randbytes(5000))
    inputs = [str(tmp_path / name) for name in bad]
    outcome = run_command(command, [*inputs, str(PAGE)], tmp_path)
    assert outcome.code == 1
    assert outcome.errors == {**dict(zip(inputs, bad.values(), strict=True)), str(PAGE): None}


def test_extract_and_batch_write_the_same_rows(tmp_path: Path) -> None:
    """One row schema: for the same inputs, the two commands write the same rows, every row
    (article or failure, in either command) with the same keys in the same order."""
    noise = tmp_path / "noise.html"
    noise.write_bytes(b"%PDF-1.4 not a page")
    gone = tmp_path / "gone.html"
    inputs = [str(PAGE), str(noise), str(gone)]
    extracted = run_command("extract", inputs, tmp_path).rows
    batched = run_command("batch", inputs, tmp_path).rows
    assert sorted(extracted, key=str) == sorted(batched, key=str)
    assert {tuple(row) for row in extracted + batched} == {columns()}
    by_input = {row["input"]: row for row in extracted}
    outcomes = [(by_input[i]["status"], by_input[i]["stage"], by_input[i]["error"]) for i in inputs]
    assert outcomes == [
        ("ok", None, None),
        ("error", "decode", "NotHTMLError"),
        ("error", "read", "FileNotFoundError"),
    ]
    assert by_input[str(gone)]["message"] == f"No such file or directory: {gone}"


@pytest.mark.parametrize("command", COMMANDS)
def test_a_folder_warns_of_the_files_it_leaves_out(command: str, tmp_path: Path) -> None:
    pages = tmp_path / "pages"
    (pages / "saved").mkdir(parents=True)
    (pages / "a.html").write_bytes(PAGE.read_bytes())
    for name in ("notes.txt", "saved/story.php", "saved/42"):
        (pages / name).write_bytes(PAGE.read_bytes())
    outcome = run_command(command, [str(pages)], tmp_path, unprivileged=True)  # real stderr
    assert outcome.code == 0 and list(outcome.errors) == [str(pages / "a.html")]
    [warning] = [line for line in outcome.stderr.splitlines() if "left out" in line]
    assert f"{pages}: 3 files left out" in warning and "WARNING" in warning
    assert str(pages / "saved" / "story.php") in warning


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs POSIX named pipes")
@pytest.mark.parametrize("command", COMMANDS)
def test_a_fifo_or_device_is_refused_not_waited_on(command: str, tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.html"
    os.mkfifo(fifo)
    inputs = [str(fifo), "/dev/zero", str(PAGE)]
    outcome = run_command(command, inputs, tmp_path, unprivileged=True)  # a timeout, not a hang
    assert outcome.code == 1
    assert outcome.errors == {
        str(fifo): "NotRegularFileError",
        "/dev/zero": "NotRegularFileError",
        str(PAGE): None,
    }


def test_extract_reads_a_page_on_standard_input() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "newsextract.cli", "extract", "-", "-f", "jsonl"],
        input=PAGE.read_bytes(),
        capture_output=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0
    assert json.loads(result.stdout)["language"] == "fr"


@pytest.mark.parametrize("command", COMMANDS)
def test_unreadable_files_and_folders_are_named(command: str, tmp_path: Path) -> None:
    pages = tmp_path / "pages"
    (pages / "locked").mkdir(parents=True)
    (pages / "locked" / "hidden.html").write_bytes(PAGE.read_bytes())
    (pages / "a.html").write_bytes(PAGE.read_bytes())
    (pages / "private.html").write_bytes(PAGE.read_bytes())
    (pages / "private.html").chmod(0)
    (pages / "locked").chmod(0)
    try:
        outcome = run_command(command, [str(pages)], tmp_path, unprivileged=True)
    finally:
        (pages / "locked").chmod(0o755)
    assert outcome.code == 1
    assert outcome.errors == {
        str(pages / "a.html"): None,
        str(pages / "locked"): "PermissionError",
        str(pages / "private.html"): "PermissionError",
    }
    if command == "extract":
        assert f"{pages / 'locked'}: PermissionError" in outcome.stderr


def test_a_cut_warc_gives_every_record_a_row_and_status_1(tmp_path: Path) -> None:
    from batching.warcs import article_html, page, write_warc

    archive = tmp_path / "cut.warc.gz"
    records = [page(f"https://e.org/{i}", article_html(f"Story {i}").encode()) for i in range(5)]
    offsets = write_warc(archive, records, gzipped=True)
    archive.write_bytes(archive.read_bytes()[: offsets[-1] + 30])
    outcome = run_command("batch", [str(archive)], tmp_path)
    assert outcome.code == 1
    assert len(outcome.errors) == 5
    assert outcome.errors[f"{archive}#{offsets[-1]}"] == "TruncatedRecordError"


def _bad_rules(tmp_path: Path) -> list[str]:
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "x.toml").write_text('[rule]\nname = "x"\n[fields.title]\nselectors = ["p["]\n')
    return ["--rules-dir", str(rules)]


def _missing_list(tmp_path: Path) -> list[str]:
    return ["-i", str(tmp_path / "missing.txt")]


def _output_is_a_folder(tmp_path: Path) -> list[str]:
    (tmp_path / "out.jsonl").mkdir()
    return []  # run_command passes --overwrite -o out.jsonl


def _read_only_output(tmp_path: Path) -> list[str]:
    folder = tmp_path / "read-only"
    folder.mkdir()
    folder.chmod(0o555)
    return ["-o", str(folder / "out.jsonl")]


@pytest.mark.parametrize(
    ("command", "setup", "unprivileged"),
    [
        ("extract", _bad_rules, False),
        ("batch", _bad_rules, False),
        ("batch", _missing_list, False),
        ("batch", _output_is_a_folder, False),
        ("batch", _read_only_output, True),
    ],
    ids=[
        "extract-rules",
        "batch-rules",
        "batch-missing-list",
        "batch-overwrite-folder",
        "batch-ro",
    ],
)
def test_a_configuration_error_is_one_line_and_status_2(
    command: str, setup: Any, unprivileged: bool, tmp_path: Path
) -> None:
    outcome = run_command(
        command, [str(PAGE)], tmp_path, *setup(tmp_path), unprivileged=unprivileged
    )
    assert outcome.code == 2
    assert len(outcome.stderr.strip().splitlines()) == 1, outcome.stderr
    assert outcome.stderr.startswith(f"newsextract{' batch' if command == 'batch' else ''}: error:")


@pytest.mark.parametrize("command", COMMANDS)
def test_debug_shows_the_traceback(command: str, tmp_path: Path) -> None:
    argv = [command, str(PAGE), *_bad_rules(tmp_path), "--debug"]
    if command == "batch":
        argv += ["-o", str(tmp_path / "out.jsonl")]
    with pytest.raises(RuleError):
        main(argv)


def test_a_librarys_log_records_stay_out_of_the_commands_stderr(tmp_path: Path) -> None:
    # A page that is only a redirect script: the body's fallback (trafilatura) logs
    # "ERROR: empty HTML tree", which is no error of the command's: the row says what happened.
    page = tmp_path / "redirect.html"
    page.write_text(
        '<script>var n = {go: function (b) { b.location.replace("about:blank"); }};</script>'
        '<noscript><meta http-equiv="refresh" content="0;URL=http://example.com"></noscript>'
    )
    command = [sys.executable, "-m", "newsextract.cli", "extract", str(page), "-f", "jsonl"]
    quiet = subprocess.run(command, capture_output=True, text=True, check=True)
    assert json.loads(quiet.stdout)["status"] == "ok"
    assert quiet.stderr == ""
    loud = subprocess.run([*command, "--debug"], capture_output=True, text=True, check=True)
    assert "empty HTML tree" in loud.stderr  # --debug shows them


def test_a_url_is_told_by_its_scheme_in_any_case() -> None:
    """As batch tells it: "HTTP://..." is fetched (here from a port nothing listens on), not
    read as a file of that name."""
    code, out, _ = run(["HTTP://127.0.0.1:9/story"], "jsonl")
    assert code == 1 and json.loads(out)["stage"] == "fetch"
