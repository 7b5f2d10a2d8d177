"""``newsextract batch INPUT... -o OUT``: a whole collection to JSONL, CSV or Parquet.

A thin layer over ``batch()``: it opens the output (refusing to clobber one unless told to
``--resume`` or ``--overwrite`` it), writes each result as it comes, shows a progress bar and
ends with a summary on stderr. Every input gets a row (the one schema of ``rows``): an
article, a failure with its stage, error type and message (in the output, or in ``--errors
FILE``) or, with ``--articles-only``, a page skipped as no article, with the reason. The exit
status is 0 when no input failed, 1 when some failed (each has its failure row), 2 for a
usage or configuration error and 130 when interrupted (run the same command with
``--resume`` to go on): ``newsextract.cli_errors.ExitStatus``.
"""

from __future__ import annotations

import argparse
import codecs
import contextlib
import io
import os
import stat
import sys
import time
from collections import Counter as Tally
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, TextIO

from newsextract.article import Article
from newsextract.batching.encoded import EncodedRow
from newsextract.batching.inputs import MAX_INPUT_CHARS, count_work, files_read
from newsextract.batching.output_lock import locked_outputs
from newsextract.batching.own_files import OwnFiles
from newsextract.batching.progress import Counter, Progress
from newsextract.batching.results import STAGES, BatchItem
from newsextract.batching.resume import KeySet, done_keys
from newsextract.batching.runner import batch_rows
from newsextract.batching.workers import default_workers, start_server
from newsextract.batching.writers import (
    FORMATS,
    JsonlWriter,
    Writer,
    format_of,
    journal_path,
    open_writer,
)
from newsextract.cli_errors import (
    ExitStatus,
    UsageError,
    configure_logging,
    run_reporting_errors,
    warn,
)
from newsextract.cli_options import (
    Parser,
    add_debug_option,
    add_fetch_options,
    add_fetched_at_option,
    fetch_options_from,
)
from newsextract.extract import registry_for
from newsextract.options import ExtractOptions
from newsextract.rules import SiteRule, load_rule_dir
from newsextract.rules.cli import RulesDirUse
from newsextract.rules.drift import DriftMonitor, FieldDrift

PROG = "newsextract batch"
DESCRIPTION = "Extract a whole collection of pages to JSONL, CSV or Parquet."
"""The ``--help`` description: plain text, as argparse prints it verbatim (no RST markup)."""


def add_batch_command(subparsers: Any) -> argparse.ArgumentParser:
    """Add the ``batch`` command to the main CLI's subparsers; its handler is ``run_batch``.

    ``subparsers`` is what ``ArgumentParser.add_subparsers()`` returned. The parsed
    arguments carry ``handler=run_batch``.
    """
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "batch",
        help="extract many pages (files, folders, WARC, JSONL, URLs) to JSONL, CSV or Parquet",
        description=DESCRIPTION,
    )
    add_arguments(parser)
    parser.set_defaults(handler=run_batch)
    return parser


def add_arguments(parser: argparse.ArgumentParser, *, output_required: bool = True) -> None:
    """The arguments of the batch command (``crawl``'s too, where ``-o`` may give way to
    ``--store``: ``output_required=False``)."""
    _add_input_and_output(parser, output_required=output_required)
    _add_run_options(parser)
    add_debug_option(parser)
    _add_extraction_options(parser.add_argument_group("extraction"))
    add_fetch_options(parser)


def _add_input_and_output(parser: argparse.ArgumentParser, *, output_required: bool) -> None:
    parser.add_argument(
        "inputs",
        nargs="*",
        metavar="INPUT",
        help="URLs, page files (.html, .htm, .xhtml, optionally .gz), folders, globs, "
        "WARC archives (.warc, .warc.gz), JSONL files of {url, html} rows, remote paths",
    )
    parser.add_argument(
        "-i",
        "--inputs-from",
        metavar="FILE",
        action="append",
        default=[],
        help="more inputs, one per line ('-' reads stdin); may be repeated",
    )
    parser.add_argument(
        "-o", "--output", required=output_required, metavar="OUT", help="the output file"
    )
    parser.add_argument(
        "-f", "--format", choices=FORMATS, help="output format (default: from OUT's suffix)"
    )
    parser.add_argument(
        "--errors", metavar="FILE", help="write failure rows to this JSONL file, not to OUT"
    )
    again = parser.add_mutually_exclusive_group()
    again.add_argument(
        "--resume", action="store_true", help="skip the inputs OUT already has and append"
    )
    again.add_argument("--overwrite", action="store_true", help="start OUT over if it exists")


def _add_run_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "-j", "--workers", type=_positive, help="worker processes (default: one per CPU)"
    )
    parser.add_argument(
        "--chunksize", type=_positive, default=8, help="pages per task sent to a worker"
    )
    parser.add_argument(
        "--progress",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="show a progress bar (default: when stderr is a terminal)",
    )


def _add_extraction_options(extraction: argparse._ArgumentGroup) -> None:
    extraction.add_argument(
        "--articles-only",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="write a page that is not an article (an about page, a section front) as a "
        "skipped row with the reason, not as an article (default: off for batch, on for crawl)",
    )
    extraction.add_argument("--favor", choices=("balanced", "precision", "recall"))
    extraction.add_argument("--body", choices=("auto", "newsextract", "trafilatura", "none"))
    extraction.add_argument(
        "--no-date-search", action="store_true", help="machine-readable dates only (faster)"
    )
    extraction.add_argument("--language", help="language hint (ISO 639-1) for pages that say none")
    add_fetched_at_option(extraction)
    extraction.add_argument(
        "--rules-dir",
        type=Path,
        action="append",
        default=[],
        help="a folder of site rules (*.toml); may be repeated",
    )


def _positive(value: str) -> int:
    number = int(value)
    if number < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return number


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m newsextract.batching``: the batch command on its own."""
    parser = Parser(prog="python -m newsextract.batching", description=DESCRIPTION)
    add_arguments(parser)
    args = parser.parse_args(argv)
    configure_logging(PROG, debug=args.debug)
    return run_batch(args)


def run_batch(
    args: argparse.Namespace, *, stdin: TextIO | None = None, stderr: TextIO | None = None
) -> int:
    """Run the batch command with parsed ``args``; returns the exit status (``ExitStatus``).

    An error that stops the run (an output that cannot be written, a bad rules folder) is
    one line on stderr, status 2; its traceback only with ``--debug``.
    """
    err = stderr or sys.stderr

    def run() -> int:
        plan = _Plan.from_args(args, stdin or sys.stdin)
        # The workers' fork server warms up while the run opens its output (a resumed
        # output's keys read, Parquet's library loaded) and its first inputs.
        start_server(args.workers or default_workers())
        return plan.run(err, progress=args.progress if args.progress is not None else err.isatty())

    return run_reporting_errors(PROG, run, debug=getattr(args, "debug", False), err=err)


def extract_options_from(args: argparse.Namespace) -> ExtractOptions:
    """The ``ExtractOptions`` of the extraction arguments (``--favor``, ``--rules-dir``...);
    a bad rules folder raises here, before any work."""
    chosen: dict[str, Any] = {"favor": args.favor, "body": args.body, "language": args.language}
    values = {k: v for k, v in chosen.items() if v is not None}
    if args.no_date_search:
        values["date_search"] = False
    if args.fetched_at is not None:
        values["fetched_at"] = args.fetched_at
    values["rules"] = tuple(rule for folder in args.rules_dir for rule in load_rule_dir(folder))
    return ExtractOptions(**values)


class _Plan:
    """Everything a run needs, checked before any work starts."""

    def __init__(
        self,
        args: argparse.Namespace,
        stdin: TextIO,
        output: Path,
        errors: Path | None,
    ) -> None:
        self.args = args
        self.stdin = stdin
        self.output = output
        self.errors = errors
        self.format = args.format or format_of(output)
        self.extract_options = ExtractOptions()

    @classmethod
    def from_args(cls, args: argparse.Namespace, stdin: TextIO) -> _Plan:
        if not args.inputs and not args.inputs_from:
            raise UsageError("no inputs: name some, or pass --inputs-from FILE")
        output = Path(args.output)
        if not args.format:
            try:
                format_of(output)
            except ValueError as exc:
                raise UsageError(f"{exc}, or pass --format") from exc
        errors = Path(args.errors) if args.errors else None
        if errors is not None and format_of_errors(errors) != "jsonl":
            raise UsageError("--errors must name a .jsonl file")
        for listing in args.inputs_from:
            _require_readable_list(listing)
        if "-" in args.inputs_from and stdin is None:  # Python's when started with it closed
            raise UsageError("cannot read the input list -: standard input is closed")
        plan = cls(args, stdin, output, errors)
        if plan.format == "parquet":
            _require_pyarrow()
        # A dangling link counts: written through, it made a file wherever it pointed (a
        # link planted in a shared folder chose where a run's rows went).
        existing = [p for p in plan.files() if os.path.lexists(p)]
        _refuse_inputs_as_outputs(existing, [*args.inputs, *args.inputs_from])
        if args.overwrite:
            _require_regular_outputs(existing)
        if existing and not (args.resume or args.overwrite):
            raise UsageError(
                f"{existing[0]} exists: pass --resume to go on with it, or --overwrite"
            )
        plan.extract_options = plan.options()  # a bad rules folder stops the run here
        return plan

    def files(self) -> list[Path]:
        """The output files of this run (a Parquet output's journal included)."""
        files = [self.output]
        if self.format == "parquet":
            files.append(journal_path(self.output))
        if self.errors is not None:
            files.append(self.errors)
        return files

    def inputs(self) -> Iterator[str]:
        yield from self.args.inputs
        # A listed name that is not UTF-8 keeps its bytes (as lone surrogates) and becomes a
        # failure row of its own (``inputs.iter_sources``), not the end of the run.
        for name in self.args.inputs_from:
            if name == "-":
                if isinstance(self.stdin, io.TextIOWrapper):
                    self.stdin.reconfigure(errors="surrogateescape")
                yield from _lines(self.stdin)
            else:
                with _open_listing(Path(name)) as listing:
                    yield from _lines(listing)

    def options(self) -> ExtractOptions:
        return extract_options_from(self.args)

    def run(self, err: TextIO, *, progress: bool) -> int:
        # Held from before the output is read (``--resume``) or removed (``--overwrite``):
        # a second run on the same output stops there, not after appending rows twice.
        with locked_outputs([self.output, *([self.errors] if self.errors else [])]):
            return self._run(err, progress=progress)

    def _run(self, err: TextIO, *, progress: bool) -> int:
        if self.args.overwrite:
            for path in self.files():
                path.unlink(missing_ok=True)
        # OUT's format as this run writes it (``--format``): its name need not tell it
        resumed = self.args.resume
        done = done_keys(*self.files(), first_format=self.format) if resumed else KeySet()
        writer = open_writer(self.output, self.format)
        failures: Writer = writer if self.errors is None else JsonlWriter(self.errors)
        bar = Progress(enabled=progress, file=err)
        counter = self._counter(done, bar) if progress else None
        options = self.extract_options
        summary = _Summary(resumed=len(done), rules=registry_for(options).rules)
        folder_rules = options.rules if isinstance(options.rules, tuple) else ()
        rules_use = RulesDirUse(
            tuple(Path(folder) for folder in self.args.rules_dir),
            frozenset(rule.name for rule in folder_rules),
        )
        status = ExitStatus.OK
        # Each article's row comes written out by the workers (``encoded``): this process,
        # whose core the workers need, only appends it and keeps count.
        results = batch_rows(
            self.inputs(),
            "jsonl" if self.format == "parquet" else self.format,
            workers=self.args.workers,
            options=options,
            fetch_options=fetch_options_from(self.args),
            skip=done,
            chunksize=self.args.chunksize,
            articles_only=bool(self.args.articles_only),
            urls_only=bool(getattr(self.args, "urls_only", False)),
            own_files=OwnFiles.of(self.files()),  # a glob or folder may hold them
        )
        try:
            with contextlib.closing(results):
                for item in results:
                    if isinstance(item, EncodedRow):
                        writer.write_encoded(item.data)
                        article = item.stand_in()
                    else:
                        (failures if item.failure is not None else writer).write(item)
                        article = item.article
                    bar.update(item)
                    summary.add(item, article)
                    if article is not None:
                        rules_use.record(article)
            status = ExitStatus.of_run(summary.failed)
        except KeyboardInterrupt as interrupt:  # Ctrl-C, or SIGTERM (``interrupts``)
            status = ExitStatus.of_interrupt(interrupt)
        finally:
            if counter is not None:
                counter.stop()
            bar.close()
            writer.close()
            if failures is not writer:
                failures.close()
        interrupted = status in (ExitStatus.INTERRUPTED, ExitStatus.TERMINATED)
        err.write(summary.text(self.output, self.errors, interrupted=interrupted) + "\n")
        unused = rules_use.warning()
        if unused:
            warn(PROG, unused, err)
        return status

    def _counter(self, done: KeySet, bar: Progress) -> Counter | None:
        if any(_is_stream(name) for name in self.args.inputs_from):
            return None  # stdin or a pipe (``-i <(...)``) can be read once only
        return Counter(count_work, _Reiterable(self), done, bar.set_total).start()


class _Reiterable:
    """The plan's inputs, read afresh on each iteration (for the counting thread)."""

    def __init__(self, plan: _Plan) -> None:
        self._plan = plan

    def __iter__(self) -> Iterator[str]:
        return self._plan.inputs()


class _Summary:
    def __init__(self, *, resumed: int, rules: Sequence[SiteRule] = ()) -> None:
        self.resumed = resumed
        self.drift = DriftMonitor(rules)
        self.articles = 0
        self.skipped = 0
        self.failures: Tally[str] = Tally()
        self.started = time.monotonic()

    @property
    def failed(self) -> int:
        return sum(self.failures.values())

    def add(self, item: BatchItem | EncodedRow, article: Article | None) -> None:
        """Count ``item``, whose ``article`` (or an encoded row's stand-in) is given."""
        if article is not None:
            self.drift.record(article)
        if item.failure is not None:
            self.failures[item.failure.stage] += 1
        elif item.skipped is not None:
            self.skipped += 1
        else:
            self.articles += 1

    def text(self, output: Path, errors: Path | None, *, interrupted: bool) -> str:
        seconds = time.monotonic() - self.started
        failed = sum(self.failures.values())
        count = self.articles + self.skipped + failed
        rate = count / seconds if seconds > 0 else 0.0
        stages = ", ".join(f"{s} {self.failures[s]}" for s in STAGES if self.failures[s])
        skipped = f"{self.skipped} skipped (not articles), " if self.skipped else ""
        lines = [
            f"{PROG}: {count} inputs in {seconds:.1f} s ({rate:.1f} pages/s): "
            f"{self.articles} articles, {skipped}{failed} failures"
            + (f" ({stages})" if stages else "")
        ]
        if self.resumed:
            lines.append(f"  resumed: {self.resumed} inputs were already done")
        lines.append(f"  output: {output}" + (f", failures: {errors}" if errors else ""))
        if interrupted:
            lines.append("  interrupted: run the same command with --resume to go on")
        lines.extend(self._rule_lines())
        return "\n".join(lines)

    def _rule_lines(self) -> Iterator[str]:
        """Per rule: pages, and how often each of its fields came from the rule; stale ones."""
        by_rule: dict[str, list[FieldDrift]] = {}
        for drift in self.drift.report():
            by_rule.setdefault(drift.rule, []).append(drift)
        for rule, fields in sorted(by_rule.items()):
            rates = ", ".join(f"{d.field} {100 * d.hit_rate:.0f}%" for d in fields)
            yield f"  rule {rule}: {fields[0].pages} pages; filled by the rule: {rates}"
        for stale in self.drift.stale():
            yield (
                f"  STALE rule {stale.rule}: {stale.field} filled on "
                f"{100 * stale.recent_hit_rate:.0f}% of recent pages "
                f"({100 * stale.hit_rate:.0f}% overall): the site may have changed"
            )


def format_of_errors(path: Path) -> str:
    try:
        return format_of(path)
    except ValueError:
        return "unknown"


def _open_listing(path: Path) -> TextIO:
    """An ``--inputs-from`` file as text: UTF-8, or UTF-16 when it opens with UTF-16's byte
    order mark (a list Windows PowerShell wrote with ``>``), read as UTF-8 it was each name
    with a NUL between its letters and a row of its own for the last line's NUL. Peeked, not
    read twice: the list may be a pipe (``-i <(...)``). Bytes that are no UTF-16 (a lone
    surrogate, an odd last byte) are U+FFFD: ``surrogateescape`` holds bytes over 0x7F only,
    and raised on them."""
    raw = path.open("rb")
    if raw.peek(2)[:2] in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE):
        return io.TextIOWrapper(raw, encoding="utf-16", errors="replace")
    return io.TextIOWrapper(raw, encoding="utf-8", errors="surrogateescape")


def _lines(stream: TextIO) -> Iterator[str]:
    """The inputs a list names, one a line, ``#`` comments left out. A line over
    ``MAX_INPUT_CHARS`` is cut just past it (and becomes a failure row, ``iter_sources``):
    the rest of it is read and dropped, so a list of one endless line costs no memory."""
    first = True
    while line := stream.readline(MAX_INPUT_CHARS + 1):
        if len(line) > MAX_INPUT_CHARS and not line.endswith("\n"):
            while (rest := stream.readline(MAX_INPUT_CHARS)) and not rest.endswith("\n"):
                pass
        if first:  # a byte order mark (a list saved by Notepad) is no part of the first name
            line, first = line.removeprefix("\ufeff"), False
        text = line.strip()
        if text and not text.startswith("#"):
            yield text


def _refuse_inputs_as_outputs(outputs: list[Path], inputs: list[str]) -> None:
    """A ``UsageError`` when an output file is also an input (a page, a JSONL or WARC file,
    an ``--inputs-from`` list): ``--overwrite`` emptied it before it was read, so the input
    was lost and came out as an "input is empty" failure. A file read through a folder, a
    glob or a record key (``pages.jsonl:2``) counts as well."""
    if not outputs:
        return  # nothing there to write over: folders and globs are not listed for nothing
    for name in files_read(name for name in inputs if name != "-"):
        path = Path(name)
        if not path.is_file():
            continue
        for output in outputs:
            if output.is_file() and path.samefile(output):
                raise UsageError(f"{name} is an input and an output of this run")


def _require_readable_list(name: str) -> None:
    """An ``--inputs-from`` file must be there to read (checked, not opened: it may be a
    pipe, which can be read once only)."""
    if name == "-":
        return
    path = Path(name)
    if not path.exists():
        raise UsageError(f"cannot read the input list {name}: no such file")
    if path.is_dir():
        raise UsageError(f"cannot read the input list {name}: it is a folder")
    if not os.access(path, os.R_OK):
        raise UsageError(f"cannot read the input list {name}: permission denied")
    mode = path.stat().st_mode
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode) or stat.S_ISSOCK(mode):
        # /dev/zero is one endless line: the run read it for ever and wrote nothing
        raise UsageError(
            f"cannot read the input list {name}: it is a device, not a file or a pipe"
            " (use '-' for standard input)"
        )


def _require_regular_outputs(paths: list[Path]) -> None:
    """``--overwrite`` deletes an output before writing it afresh: only a regular file may
    be. Before, ``-o /dev/null --overwrite`` run as root deleted the device node and left a
    file of rows in its place; a FIFO was deleted as well."""
    for path in paths:
        try:
            mode = path.stat().st_mode
        except OSError:
            continue  # a dangling or looping link: unlinking it deletes only the link
        if not (stat.S_ISREG(mode) or stat.S_ISDIR(mode)):  # a folder fails on unlink
            raise UsageError(f"{path} is not a regular file: --overwrite replaces files only")


def _is_stream(name: str) -> bool:
    return name == "-" or (Path(name).exists() and not Path(name).is_file())


def _require_pyarrow() -> None:
    try:
        import pyarrow  # noqa: F401
    except ImportError as exc:
        raise UsageError("Parquet output needs pyarrow: pip install pyarrow") from exc
