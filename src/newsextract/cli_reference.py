"""The command-line reference page (``docs/cli.md``), rendered from the real argument parsers.

Regenerate it with ``python -m newsextract.cli_reference > docs/cli.md``; ``tests/test_docs.py``
renders it again and fails when the page and the parsers disagree, so the reference cannot
drift from ``newsextract --help``. It lives in the package (not in ``scripts/``) so that the
test imports it and ``mypy --strict`` and ruff check it like the rest of the code.

Each command gets its description, a one-line usage and a table per argument group. The tables
are built from the parsers' actions rather than from ``format_help()``, whose wrapping depends
on the terminal width and whose layout changes between Python versions.
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Iterator

from newsextract import cli

USAGE_WIDTH = 10_000
"""Wide enough that argparse never wraps a usage line: the page must not depend on a terminal."""

HEADER = """\
<!--
  Generated from newsextract's argument parsers; do not edit by hand. Regenerate with
      .venv/bin/python -m newsextract.cli_reference > docs/cli.md
  tests/test_docs.py fails when this page is out of date.
-->

# Command-line reference

Every command of `newsextract` with its arguments, as `newsextract COMMAND --help` shows them.
Exit statuses are in the [Quickstart](quickstart.md#from-the-command-line). Where the
`newsextract` script is not on `PATH` (a virtual environment not activated), `python -m
newsextract COMMAND` runs the same command line.
"""


def render() -> str:
    """The whole reference page, in Markdown."""
    parser = cli._parser()  # the parser `newsextract` runs, built the same way
    page = HEADER + "".join(_render_command(parser, level=2))
    return re.sub(r"\n{3,}", "\n\n", page).rstrip("\n") + "\n"


def _render_command(parser: argparse.ArgumentParser, *, level: int) -> Iterator[str]:
    yield f"\n{'#' * level} `{parser.prog}`\n\n"
    if parser.description:
        yield f"{parser.description}\n\n"
    yield f"```text\n{_usage(parser)}\n```\n\n"
    for group in parser._action_groups:
        rows = [_row(parser, action) for action in group._group_actions if _shown(action)]
        if not rows:
            continue
        yield f"**{group.title}**\n\n" if group.title else ""
        if group.description:
            yield f"{group.description}\n\n"
        yield "| argument | description |\n| --- | --- |\n"
        yield "".join(f"| {name} | {text} |\n" for name, text in rows)
        yield "\n"
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            seen: set[int] = set()
            for subparser in action.choices.values():
                if id(subparser) not in seen:
                    seen.add(id(subparser))
                    yield from _render_command(subparser, level=level + 1)


def _usage(parser: argparse.ArgumentParser) -> str:
    formatter = argparse.HelpFormatter(parser.prog, width=USAGE_WIDTH)
    formatter.add_usage(parser.usage, parser._actions, parser._mutually_exclusive_groups, "")
    return formatter.format_help().strip()


def _shown(action: argparse.Action) -> bool:
    """Every argument but ``--help`` (the same everywhere) and hidden ones."""
    return not isinstance(action, argparse._HelpAction) and action.help != argparse.SUPPRESS


def _row(parser: argparse.ArgumentParser, action: argparse.Action) -> tuple[str, str]:
    formatter = argparse.HelpFormatter(parser.prog, width=USAGE_WIDTH)
    if isinstance(action, argparse._SubParsersAction):
        commands = [f"`{choice.dest}`: {choice.help}" for choice in action._get_subactions()]
        return "`COMMAND`", "<br>".join(_cell(command) for command in commands)
    if action.option_strings:
        arguments = formatter._format_args(action, action.dest.upper())
        names = ", ".join(action.option_strings)
        name = f"{names} {arguments}" if arguments else names
    else:
        name = formatter._format_args(action, action.dest)
    text = formatter._expand_help(action) if action.help else ""
    if action.required and action.option_strings:
        text = f"required; {text}" if text else "required"
    return f"`{_cell(name)}`", _cell(text)


def _cell(text: str) -> str:
    """``text`` fit for one Markdown table cell: one line, and no character that Markdown
    would take for a column (``|``), emphasis (``*``) or an HTML tag (``<version>``)."""
    text = " ".join(text.split())
    for char, escaped in (("|", "\\|"), ("*", "\\*"), ("<", "&lt;"), (">", "&gt;")):
        text = text.replace(char, escaped)
    return text


if __name__ == "__main__":
    print(render(), end="")
