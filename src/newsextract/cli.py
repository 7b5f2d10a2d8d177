"""The ``newsextract`` command line: a thin layer over the library."""

from __future__ import annotations

import argparse
import contextlib
import errno
import json
import sys
from collections.abc import Iterator, Sequence
from datetime import datetime
from pathlib import Path
from typing import TextIO

from newsextract._build import runs_compiled
from newsextract._version import __version__
from newsextract.batching.cli import PROG as BATCH_PROG
from newsextract.batching.cli import add_batch_command, run_batch
from newsextract.batching.inputs import HTML_SUFFIXES, iter_sources
from newsextract.batching.results import BatchItem, Failure, dumps
from newsextract.batching.tasks import FileTask, PageTask, Task
from newsextract.batching.urls import page_task
from newsextract.batching.workers import process
from newsextract.cli_errors import (
    ExitStatus,
    UsageError,
    configure_logging,
    one_line,
    run_reporting_errors,
    shown_text,
    warn,
)
from newsextract.cli_options import (
    Parser,
    add_debug_option,
    add_fetch_options,
    add_fetched_at_option,
    fetch_options_from,
)
from newsextract.discovery import cli as discover_cli
from newsextract.discovery.crawl import add_crawl_command, run_crawl
from newsextract.errors import NewsExtractError
from newsextract.fetching import Fetcher, FetchOptions, fetch
from newsextract.files import MAX_PAGE_BYTES, read_capped
from newsextract.options import ExtractOptions
from newsextract.page import web_address
from newsextract.render import render_markdown, render_text
from newsextract.rules import cli as rules_cli
from newsextract.standard_streams import prepare_standard_streams, writes_any_text
from newsextract.store.cli import add_store_commands, run_store

FORMATS = ("json", "jsonl", "text", "markdown")
PROG = "newsextract"
STDIN = "-"
"""The input that reads one page from standard input."""


def main(argv: Sequence[str] | None = None) -> int:
    prepare_standard_streams()
    parser = _parser()
    args = parser.parse_args(argv)
    if args.command == "extract":
        configure_logging(PROG, debug=args.debug)
        return run_reporting_errors(
            PROG,
            lambda: run_extract(
                args.inputs,
                args.format,
                sys.stdout,
                sys.stderr,
                rules_dirs=args.rules_dir,
                fetch_options=fetch_options_from(args),
                url=args.url,
                fetched_at=args.fetched_at,
            ),
            debug=args.debug,
        )
    if args.command in ("rules", "explain"):
        return rules_cli.run(args)
    if args.command == "discover":
        return discover_cli.run(args)
    if args.command == "batch":
        configure_logging(BATCH_PROG, debug=args.debug)
        return run_batch(args)
    if args.command == "crawl":
        return run_crawl(args)
    if args.command == "store":
        return run_store(args)
    parser.print_help()
    return 2


def _parser() -> argparse.ArgumentParser:
    # typed as argparse's: its sub-command parsers are Parser too, as the modules adding
    # them take argparse's
    parser: argparse.ArgumentParser = Parser(
        prog="newsextract", description="Turn news web pages into clean article records."
    )
    build = "compiled" if runs_compiled() else "pure Python"
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__} ({build})")
    sub = parser.add_subparsers(dest="command")
    ext = sub.add_parser("extract", help="extract articles from HTML files or URLs")
    ext.add_argument(
        "inputs",
        nargs="+",
        metavar="PATH_OR_URL",
        help="HTML files (.html, .htm, .xhtml, optionally .gz), folders of them (other files "
        "in a folder are left out, with a warning), URLs, or '-' for a page on standard input",
    )
    ext.add_argument(
        "--format",
        "-f",
        choices=FORMATS,
        default="json",
        help="output format (default: json); json and jsonl rows are those of batch, a failed "
        "input's included",
    )
    ext.add_argument(
        "--url",
        help="the address a single saved page was fetched from: site rules match on it and "
        "it becomes the article's url (default: none; rules then match on the page's own "
        "canonical link or og:url)",
    )
    add_fetched_at_option(ext)
    add_debug_option(ext)
    rules_cli.add_rules_dir_option(ext)
    add_fetch_options(ext)
    rules_cli.add_commands(sub)
    discover_cli.add_commands(sub)
    add_crawl_command(sub)
    add_batch_command(sub)
    add_store_commands(sub)
    return parser


def expand_inputs(inputs: Sequence[str]) -> Iterator[str | Failure]:
    """Files and URLs as given, folders as the page files they hold (sorted); an input that
    cannot be expanded (a sub-folder that cannot be listed) as a ``Failure`` naming it.

    The expansion of ``batch``, limited to page files: a folder's WARC archives are left out.
    """
    return iter_sources(inputs, HTML_SUFFIXES)


def is_url(item: str) -> bool:
    """An http(s) URL, its scheme in any case, as batch's inputs tell one."""
    return item.lower().startswith(("http://", "https://"))


def extract_one(
    source: str | Failure,
    options: ExtractOptions,
    fetcher: Fetcher | None = None,
    url: str | None = None,
) -> BatchItem:
    """One input of ``extract`` as a ``BatchItem``, made as ``batch`` makes it (same stages,
    same errors, same row).

    A URL is fetched (with ``fetcher`` when given, so that robots.txt and the per-host delay
    carry over from one input to the next) and extracted at its final URL, after redirects.
    ``-`` is the page on standard input. A file is read as ``batch`` reads it: capped,
    gunzipped when its name ends in ``.gz``, and refused when it is a FIFO or device. ``url``
    is where a saved page (a file or ``-``) was fetched from.
    """
    if isinstance(source, Failure):
        return BatchItem(input=source.input, failure=source)
    if is_url(source):
        try:
            page = fetcher.fetch(source) if fetcher is not None else fetch(source)
        except (OSError, NewsExtractError) as exc:
            failure = Failure.from_exception(source, "fetch", exc)
            return BatchItem(input=source, url=source, failure=failure)
        task: Task = page_task(page)
    elif source == STDIN:
        try:
            if sys.stdin is None:  # the command started with it closed (``<&-``)
                raise OSError(errno.EBADF, "standard input is closed")
            content = read_capped(sys.stdin.buffer, "standard input", limit=MAX_PAGE_BYTES)
        except (OSError, NewsExtractError) as exc:
            failure = Failure.from_exception(source, "read", exc)
            return BatchItem(input=source, url=url, failure=failure)
        task = PageTask(key=STDIN, content=content, url=url)
    else:
        task = FileTask(key=source, path=source, url=url)
    return process(task, options)


def run_extract(
    inputs: Sequence[str],
    fmt: str,
    out: TextIO,
    err: TextIO,
    *,
    rules_dirs: Sequence[Path] = (),
    fetch_options: FetchOptions | None = None,
    url: str | None = None,
    fetched_at: datetime | None = None,
) -> int:
    """Extract each input and write it in ``fmt``; the ``ExitStatus`` of the run.

    ``json`` and ``jsonl`` rows are those of ``batch`` (``batching.rows``), a failed input's
    included; a failure is also one line on ``err``. ``url`` is the address of the one saved
    page in ``inputs`` (a ``UsageError`` otherwise); ``fetched_at`` is when the saved pages
    were fetched (a fetched URL keeps its own fetch time).
    """
    if url is not None:
        _check_page_url(url, inputs)
    registry = rules_cli.registry_from_args(rules_dirs)
    rules_use = rules_cli.RulesDirUse.of(rules_dirs, registry)
    options = ExtractOptions(rules=registry, default_rules=False, fetched_at=fetched_at)
    output = _Output(fmt, out)
    failures = 0
    with contextlib.ExitStack() as stack:
        fetcher: Fetcher | None = None
        if any(is_url(item) for item in inputs):  # one fetcher: politeness spans the inputs
            fetcher = stack.enter_context(Fetcher(fetch_options))
        for source in expand_inputs(inputs):
            item = extract_one(source, options, fetcher, url)
            if item.failure is not None:
                failures += 1
                failure = item.failure
                line = f"{item.input}: {failure.error_type}: {failure.message}"
                err.write(f"{PROG}: {one_line(line)}\n")
            elif item.article is not None:
                rules_use.record(item.article)
            output.write(item)
    output.close()
    unused = rules_use.warning()
    if unused:
        warn(PROG, unused, err)
    return ExitStatus.of_run(failures)


def _check_page_url(url: str, inputs: Sequence[str]) -> None:
    """``--url`` names where one saved page came from: refuse it for anything else."""
    if web_address(url) is None:
        raise UsageError(f"--url {url!r} is not an absolute http(s) URL")
    if len(inputs) != 1:
        raise UsageError(f"--url applies to one input, not {len(inputs)}")
    [item] = inputs
    if is_url(item):
        raise UsageError("--url is for a saved page: a URL input has its own address")
    if item != STDIN and Path(item).is_dir():
        raise UsageError(f"--url applies to one page, not to the folder {item}")


MARKDOWN_SEPARATOR = "\n\n---\n\n"
"""Between two pages of ``markdown`` output (a thematic break), never after the last."""


class _Output:
    """Writes ``extract``'s results in one format: ``json`` (an array of rows, written at the
    end), ``jsonl`` (a row per line), ``text`` or ``markdown`` (articles only)."""

    def __init__(self, fmt: str, out: TextIO) -> None:
        self._fmt = fmt
        self._out = out
        self._rows: list[dict[str, object]] = []
        self._pages = 0
        # JSON escapes what the output's encoding lacks as \uXXXX: valid and lossless.
        self._ascii = not writes_any_text(out)

    def write(self, item: BatchItem) -> None:
        if self._fmt == "json":
            self._rows.append(item.to_dict())
        elif self._fmt == "jsonl":
            row = item.to_dict()
            line = json.dumps(row, separators=(",", ":")) if self._ascii else dumps(row)
            self._out.write(line + "\n")
        elif item.article is not None:
            if self._fmt == "markdown":
                separator = MARKDOWN_SEPARATOR if self._pages else ""
                self._out.write(separator + render_markdown(item.article))
            else:
                # for a terminal: what could move the cursor or reorder a line, escaped
                heading, text = one_line(item.input), shown_text(render_text(item.article))
                self._out.write(f"== {heading}\n{text}\n\n")
            self._pages += 1

    def close(self) -> None:
        if self._fmt == "json":
            json.dump(self._rows, self._out, ensure_ascii=self._ascii, indent=2)
            self._out.write("\n")
        elif self._fmt == "markdown" and self._pages:
            self._out.write("\n")


if __name__ == "__main__":
    sys.exit(main())
