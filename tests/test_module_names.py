"""No module binds a top-level name twice: the later binding wins for every function of the
module, so a constant named again for another rule silently changes the first rule's value
(a paragraph count of 20 read as 90 characters' worth once happened this way)."""

from __future__ import annotations

import ast
from collections import defaultdict
from pathlib import Path

import pytest

_PACKAGE = Path(__file__).resolve().parents[1] / "src" / "newsextract"


def _bindings(tree: ast.Module) -> dict[str, list[int]]:
    lines: dict[str, list[int]] = defaultdict(list)
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            lines[node.name].append(node.lineno)
        targets = (
            node.targets
            if isinstance(node, ast.Assign)
            else [node.target]
            if isinstance(node, ast.AnnAssign)
            else []
        )
        for target in targets:
            if isinstance(target, ast.Name):
                lines[target.id].append(node.lineno)
    return lines


@pytest.mark.parametrize(
    "path", sorted(_PACKAGE.rglob("*.py")), ids=lambda p: str(p.relative_to(_PACKAGE))
)
def test_no_top_level_name_is_bound_twice(path: Path) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    twice = {name: lines for name, lines in _bindings(tree).items() if len(lines) > 1}
    assert not twice, f"{path.name}: bound more than once: {twice}"
