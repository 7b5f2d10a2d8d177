"""The ``newsextract rules ...`` and ``newsextract explain`` commands."""

from __future__ import annotations

import argparse
import errno
import os
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TextIO

import attrs

from newsextract.article import Article
from newsextract.cli_errors import ExitStatus, UsageError, run_reporting_errors, shown_text
from newsextract.cli_options import add_fetched_at_option
from newsextract.credentials import mask_passwords
from newsextract.explain_report import explain_blocks, render_report
from newsextract.extract import extract_with_resolution
from newsextract.files import read_page_file
from newsextract.options import ExtractOptions
from newsextract.rules import default_registry
from newsextract.rules.load import load_rule_dir
from newsextract.rules.registry import Level, RuleRegistry
from newsextract.rules.scaffold import scaffold
from newsextract.rules.tooling import describe, explain, run_golden

PROG = "newsextract"


def add_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    rules = sub.add_parser("rules", help="list, test and scaffold site rules")
    rules_sub = rules.add_subparsers(dest="rules_command", required=True)
    listing = rules_sub.add_parser("list", help="the rules in force and where they come from")
    test = rules_sub.add_parser("test", help="run rules against their golden pages")
    test.add_argument("names", nargs="*", help="only these rules (default: all)")
    for parser in (listing, test):
        add_rules_dir_option(parser)
    new = rules_sub.add_parser("new", help="scaffold a rule and its golden file from a page")
    new.add_argument("page", type=Path, help="a saved HTML page of the site")
    new.add_argument("--url", required=True, help="the page's URL (gives the domain)")
    new.add_argument("--name", required=True, help="the rule's name")
    new.add_argument("--output", "-o", type=Path, default=Path("rules"), help="rules folder")
    new.add_argument(
        "--force", action="store_true", help="replace the rule's files if they exist already"
    )
    exp = sub.add_parser("explain", help="which rule matched a page and where each field came from")
    exp.add_argument("page", type=Path, help="a saved page (.html, .htm or gzipped)")
    exp.add_argument(
        "--url",
        help="the page's URL (default: rules match on the page's canonical link or og:url)",
    )
    add_rules_dir_option(exp)
    add_fetched_at_option(exp)
    exp.add_argument(
        "--html",
        type=Path,
        metavar="PATH",
        help="also write a visual report to PATH: the page with the body's kept and dropped "
        "blocks and each field's element marked, beside every field's candidates "
        "(one self-contained HTML file that fetches and runs nothing)",
    )
    exp.add_argument(
        "--blocks",
        action="store_true",
        help="also list every text block of the page: '+' kept in the body, 'x' dropped "
        "with the reason",
    )


def add_rules_dir_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--rules-dir",
        type=Path,
        action="append",
        default=[],
        help="a folder of rule files (*.toml); may be repeated",
    )


def registry_from_args(rules_dirs: Sequence[Path]) -> RuleRegistry:
    """Rules from the folders given, then the installed and built-in ones."""
    registry = RuleRegistry()
    for folder in rules_dirs:
        registry.add(load_rule_dir(folder), Level.DIRECTORY)
    default = default_registry()
    for rule in default.rules:
        registry.add([rule], default.level_of(rule))
    return registry


@attrs.define
class RulesDirUse:
    """Whether a rule of the ``--rules-dir`` folders served any page of a run.

    A folder whose rules match nothing is silent otherwise, and is nearly always a saved page
    without ``--url`` (and no canonical link or ``og:url``) or a rule for another domain.
    """

    folders: tuple[Path, ...]
    names: frozenset[str]
    pages: int = 0
    matched: int = 0

    @classmethod
    def of(cls, folders: Iterable[Path], registry: RuleRegistry) -> RulesDirUse:
        names = (r.name for r in registry.rules if registry.level_of(r) is Level.DIRECTORY)
        return cls(tuple(folders), frozenset(names))

    def record(self, article: Article) -> None:
        self.pages += 1
        self.matched += article.rule in self.names

    def warning(self) -> str | None:
        """The one-line warning to give at the end of the run, if any."""
        if not self.folders or not self.pages or self.matched:
            return None
        where = ", ".join(str(folder) for folder in self.folders)
        if not self.names:
            return f"--rules-dir {where}: no rule files (*.toml) in it"
        return (
            f"no rule of --rules-dir {where} matched any page ({self.pages} read): "
            "a saved page needs --url URL (or a canonical link or og:url) to match a "
            "rule's domains"
        )


def run(args: argparse.Namespace, out: TextIO | None = None, err: TextIO | None = None) -> int:
    """Run ``rules ...`` or ``explain``: 0 done (tests passed), 1 a golden test failed, 2 a
    usage or rule error, told in one line on ``err`` (the statuses of ``cli_errors``)."""
    out = out or sys.stdout
    return run_reporting_errors(PROG, lambda: _run(args, out), debug=False, err=err or sys.stderr)


def _run(args: argparse.Namespace, out: TextIO) -> int:
    if args.command == "explain":
        if args.html is not None:
            _require_report_path(args.html, args.page)
        registry = registry_from_args(args.rules_dir)
        page = read_page_file(str(args.page))
        options = ExtractOptions(rules=registry, default_rules=False, fetched_at=args.fetched_at)
        extraction = extract_with_resolution(page, url=args.url, options=options)
        if args.html is not None:  # first: a report that cannot be written fails the command
            # a report is shared and kept: no URL's password in it (``credentials``)
            _write_report(args.html, mask_passwords(render_report(extraction, options)))
        out.write(shown_text(explain(extraction)) + "\n")
        if args.blocks:
            out.write(shown_text(explain_blocks(extraction, options)) + "\n")
        if args.html is not None:
            out.write(f"wrote {args.html}\n")
        return ExitStatus.OK
    if args.rules_command == "new":
        files = scaffold(args.page, args.url, args.name, args.output, force=args.force)
        out.write("".join(f"wrote {path}\n" for path in files))
        out.write(
            "edit the expected JSON, add selectors, then: newsextract rules test "
            f"--rules-dir {args.output} {args.name}\n"
        )
        return ExitStatus.OK
    registry = registry_from_args(args.rules_dir)
    if args.rules_command == "list":
        out.write(shown_text(describe(registry.rules, registry)) + "\n")
        return ExitStatus.OK
    return _test(registry, args.names, out)


def _require_report_path(report: Path, page: Path) -> None:
    """``explain --html`` never writes over the page it reads (``--html page.html`` did)."""
    if page.is_file() and report.is_file() and report.samefile(page):
        raise UsageError(f"--html {report} is the page read: the report would replace it")


def _write_report(report: Path, text: str) -> None:
    """``text`` written to ``report``: a file, a device or a pipe a program reads (``--html
    >(...)``). Opened without blocking, so a FIFO no program reads fails at once: before,
    the run waited for a reader for ever."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_NONBLOCK", 0)
    try:
        descriptor = os.open(report, flags, 0o666)
    except OSError as exc:
        if exc.errno == errno.ENXIO:
            raise UsageError(f"--html {report} is a pipe no program reads") from None
        raise
    os.set_blocking(descriptor, True)
    with os.fdopen(descriptor, "w", encoding="utf-8") as out:
        out.write(text)


def _test(registry: RuleRegistry, names: Sequence[str], out: TextIO) -> int:
    chosen = [r for r in registry.rules if not names or r.name in names]
    missing = set(names) - {r.name for r in chosen}
    if missing:
        raise UsageError(f"no rule named {', '.join(sorted(missing))}")
    failed = total = 0
    for rule in chosen:
        if not rule.tests:
            out.write(shown_text(f"WARN {rule.name}: no golden pages") + "\n")
        for result in run_golden(rule, registry):
            total += 1
            failed += not result.passed
            out.write(shown_text(result.report()) + "\n")
    out.write(f"{total - failed} passed, {failed} failed\n")
    return ExitStatus.of_run(failed)
