"""The "Writing a site rule" tutorial (docs/rule-tutorial.md), walked as a reader walks it.

In a fresh folder, in the order of the page: its HTML block is saved as ``page.html``, each
``newsextract`` line of its ``sh`` blocks is run by the installed ``newsextract`` program and
must end with the exit status its ``# exit status N`` comment gives (0 without one), its JSON
block is set into the golden file ``rules new`` wrote and its TOML block replaces the rule
file. The tutorial must keep the whole walk (scaffold, test, explain --html, extract with
``--url``) and the last ``extract`` must give what the JSON block asks, from the rule.
"""

from __future__ import annotations

import json
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
TUTORIAL = ROOT / "docs" / "rule-tutorial.md"
FENCE = re.compile(r"^```(\w+)\n(.*?)^```$", re.MULTILINE | re.DOTALL)
EXIT_NOTE = re.compile(r"#\s*exit status (\d+)")
#: The steps a new user walks (issue 13), in this order among the tutorial's commands.
WALK = ("rules new", "rules test", "explain --html", "extract")
#: Seconds one command may take: each is a short run on one small page.
COMMAND_TIMEOUT = 60


def tutorial_blocks() -> list[tuple[str, str]]:
    """``(language, text)`` of each fenced block of the tutorial, in page order."""
    return FENCE.findall(TUTORIAL.read_text(encoding="utf-8"))


def program() -> str:
    """The ``newsextract`` console script installed beside this Python (the real entry point)."""
    found = shutil.which("newsextract", path=str(Path(sys.executable).parent))
    if found is None:
        pytest.fail("the newsextract program is not installed: pip install -e .")
    return found


class Walk:
    """What the walk has done so far: the commands run, the rule named, the last outputs."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.commands: list[str] = []
        self.rule_name: str | None = None
        self.rules_dir: Path | None = None
        self.golden_edits: dict[str, Any] = {}
        self.outputs: dict[str, subprocess.CompletedProcess[str]] = {}

    def save_page(self, html: str) -> None:
        (self.folder / "page.html").write_text(html, encoding="utf-8")

    def run(self, line: str) -> None:
        argv = shlex.split(line, comments=True)
        assert argv[0] == "newsextract", line
        expected = int(note.group(1)) if (note := EXIT_NOTE.search(line)) else 0
        done = subprocess.run(
            [program(), *argv[1:]],
            cwd=self.folder,
            capture_output=True,
            text=True,
            timeout=COMMAND_TIMEOUT,
            check=False,
        )
        assert done.returncode == expected, f"{line}\n{done.stdout}\n{done.stderr}"
        if expected == 2:  # a refusal is one line, never a traceback
            assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr
        command = " ".join(argv[1:3]) if argv[1] == "rules" else argv[1]
        self.commands.append(command)
        self.outputs[command] = done
        if "--html" in argv:  # explain's report: one self-contained page, about this rule
            report = (self.folder / argv[argv.index("--html") + 1]).read_text(encoding="utf-8")
            assert report.lstrip().lower().startswith("<!doctype html")
            assert self.rule_name and self.rule_name in report
            self.commands.append("explain --html")
        if command == "rules new" and expected == 0:
            self.rule_name = argv[argv.index("--name") + 1]
            self.rules_dir = self.folder / argv[argv.index("-o") + 1]

    def rule_file(self) -> Path:
        assert self.rules_dir is not None and self.rule_name, "rules new comes first"
        return self.rules_dir / f"{self.rule_name}.toml"

    def set_golden(self, text: str) -> None:
        assert self.rules_dir is not None, "rules new comes first"
        golden = self.rules_dir / "cases" / f"{self.rule_name}_1.expected.json"
        self.golden_edits = json.loads(text)
        values = json.loads(golden.read_text(encoding="utf-8"))
        golden.write_text(json.dumps({**values, **self.golden_edits}), encoding="utf-8")

    def write_rule(self, text: str) -> None:
        self.rule_file().write_text(text, encoding="utf-8")


def test_the_rule_tutorial_walks_from_scaffold_to_extract(tmp_path: Path) -> None:
    walk = Walk(tmp_path)
    rule_text = ""
    for language, text in tutorial_blocks():
        if language == "html":
            walk.save_page(text)
        elif language == "sh":
            for line in text.splitlines():
                if line.strip():
                    walk.run(line)
        elif language == "json":
            walk.set_golden(text)
        elif language == "toml":
            walk.write_rule(text)
            rule_text = text

    ran = iter(walk.commands)
    assert all(step in ran for step in WALK), walk.commands  # in this order
    assert walk.rule_file().read_text(encoding="utf-8") == rule_text  # a rerun kept it
    assert "1 passed, 0 failed" in walk.outputs["rules test"].stdout
    explained = walk.outputs["explain"].stdout
    assert f"rule:{walk.rule_name}" in explained

    extracted = walk.outputs["extract"]
    assert extracted.stderr == ""  # no warning: the rule matched
    [row] = json.loads(extracted.stdout)
    assert row["rule"] == walk.rule_name
    assert walk.golden_edits, "the tutorial corrects the golden file"
    for field, value in walk.golden_edits.items():
        assert row[field] == value, field
        assert row["provenance"][field] == f"rule:{walk.rule_name}", field
