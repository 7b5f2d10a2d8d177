"""The ``newsextract`` command line: a thin layer over the library."""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TextIO

from newsextract._version import __version__
from newsextract.article import Article
from newsextract.batching.cli import PROG as BATCH_PROG
from newsextract.batching.cli import add_batch_command, run_batch
from newsextract.batching.inputs import HTML_SUFFIXES, iter_sources
from newsextract.batching.results import Failure
from newsextract.cli_errors import (
    ExitStatus,
    UsageError,
    configure_logging,
    describe,
    run_reporting_errors,
    warn,
)
from newsextract.cli_options import add_debug_option, add_fetch_options, fetch_options_from
from newsextract.discovery import cli as discover_cli
from newsextract.discovery.crawl import add_crawl_command, run_crawl
from newsextract.errors import NewsExtractError
from newsextract.extract import extract
from newsextract.fetching import Fetcher, FetchOptions, fetch
from newsextract.files import MAX_PAGE_BYTES, read_capped, read_page_file
from newsextract.page import web_address
from newsextract.render import render_markdown, render_text
from newsextract.rules import cli as rules_cli

FORMATS = ("json", "jsonl", "text", "markdown")
PROG = "newsextract"
STDIN = "-"
"""The input that reads one page from standard input."""


def main(argv: Sequence[str] | None = None) -> int:
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
    parser.print_help()
    return 2


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsextract", description="Turn news web pages into clean article records."
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command")
    ext = sub.add_parser("extract", help="extract articles from HTML files or URLs")
    ext.add_argument(
        "inputs",
        nargs="+",
        metavar="PATH_OR_URL",
        help="HTML files (.html, .htm, .xhtml, optionally .gz), folders of them, URLs, "
        "or '-' for a page on standard input",
    )
    ext.add_argument(
        "--format", "-f", choices=FORMATS, default="json", help="output format (default: json)"
    )
    ext.add_argument(
        "--url",
        help="the address a single saved page was fetched from: site rules match on it and "
        "it becomes the article's url (default: none; rules then match on the page's own "
        "canonical link or og:url)",
    )
    add_debug_option(ext)
    rules_cli.add_rules_dir_option(ext)
    add_fetch_options(ext)
    rules_cli.add_commands(sub)
    discover_cli.add_commands(sub)
    add_crawl_command(sub)
    add_batch_command(sub)
    return parser


def expand_inputs(inputs: Sequence[str]) -> Iterator[str | Failure]:
    """Files and URLs as given, folders as the page files they hold (sorted); an input that
    cannot be expanded (a sub-folder that cannot be listed) as a ``Failure`` naming it.

    The expansion of ``batch``, limited to page files: a folder's WARC archives are left out.
    """
    return iter_sources(inputs, HTML_SUFFIXES)


def is_url(item: str) -> bool:
    return item.startswith(("http://", "https://"))


def load_input(item: str, fetcher: Fetcher | None = None) -> tuple[bytes | str, str | None]:
    """The content of one input and the URL to extract it with.

    A URL is fetched (with ``fetcher`` when given, so that robots.txt and the per-host delay
    carry over from one input to the next) and its text returned, already decoded with the
    charset of the HTTP header; the URL is the page's final one, after redirects. ``-`` is
    the page on standard input. A file is read as ``batch`` reads it: capped, gunzipped when
    its name ends in ``.gz``, and refused when it is a FIFO or device.
    """
    if is_url(item):
        page = fetcher.fetch(item) if fetcher is not None else fetch(item)
        return page.text, page.final_url
    if item == STDIN:
        return read_capped(sys.stdin.buffer, "standard input", limit=MAX_PAGE_BYTES), None
    return read_page_file(item), None


def run_extract(
    inputs: Sequence[str],
    fmt: str,
    out: TextIO,
    err: TextIO,
    *,
    rules_dirs: Sequence[Path] = (),
    fetch_options: FetchOptions | None = None,
    url: str | None = None,
) -> int:
    """Extract each input and write it in ``fmt``; the ``ExitStatus`` of the run.

    ``url`` is the address of the one saved page in ``inputs`` (a ``UsageError`` otherwise).
    """
    if url is not None:
        _check_page_url(url, inputs)
    registry = rules_cli.registry_from_args(rules_dirs)
    rules_use = rules_cli.RulesDirUse.of(rules_dirs, registry)
    with contextlib.ExitStack() as stack:
        fetcher: Fetcher | None = None
        if any(is_url(item) for item in inputs):  # one fetcher: politeness spans the inputs
            fetcher = stack.enter_context(Fetcher(fetch_options))
        failures = 0
        articles: list[dict[str, object]] = []
        for source in expand_inputs(inputs):
            if isinstance(source, Failure):
                failures += 1
                _report(source.input, source.error_type, source.message, fmt, out, err)
                continue
            try:
                data, fetched_from = load_input(source, fetcher)
                address = url if url is not None else fetched_from
                article = extract(data, url=address, rules=registry, default_rules=False)
            except (OSError, NewsExtractError) as exc:
                failures += 1
                _report(source, type(exc).__name__, _message(exc), fmt, out, err)
                continue
            rules_use.record(article)
            _write(article, source, fmt, out, articles)
    if fmt == "json":
        json.dump(articles, out, ensure_ascii=False, indent=2)
        out.write("\n")
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


def _report(item: str, error: str, message: str, fmt: str, out: TextIO, err: TextIO) -> None:
    """A failed input: one line on stderr, and an error row in ``jsonl`` output."""
    err.write(f"{PROG}: {item}: {error}: {message}\n")
    if fmt == "jsonl":
        row = {"input": item, "error": error, "message": message}
        out.write(json.dumps(row, ensure_ascii=False) + "\n")


def _message(error: BaseException) -> str:
    return describe(error) if isinstance(error, OSError) else " ".join(str(error).split())


def _write(
    article: Article, item: str, fmt: str, out: TextIO, collected: list[dict[str, object]]
) -> None:
    if fmt == "json":
        collected.append({"input": item, **article.to_dict()})
    elif fmt == "jsonl":
        out.write(json.dumps({"input": item, **article.to_dict()}, ensure_ascii=False) + "\n")
    elif fmt == "markdown":
        out.write(render_markdown(article) + "\n\n---\n\n")
    else:
        out.write(f"== {item}\n{render_text(article)}\n\n")


if __name__ == "__main__":
    sys.exit(main())
