"""The ``newsextract`` command line: a thin layer over the library."""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TextIO

from newsextract.article import Article
from newsextract.batching.cli import add_batch_command, run_batch
from newsextract.cli_options import add_fetch_options, fetch_options_from
from newsextract.discovery import cli as discover_cli
from newsextract.discovery.crawl import add_crawl_command, run_crawl
from newsextract.errors import NewsExtractError
from newsextract.extract import extract
from newsextract.fetching import Fetcher, FetchOptions, fetch
from newsextract.render import render_markdown, render_text
from newsextract.rules import cli as rules_cli

FORMATS = ("json", "jsonl", "text", "markdown")


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if args.command == "extract":
        return run_extract(
            args.inputs,
            args.format,
            sys.stdout,
            sys.stderr,
            rules_dirs=args.rules_dir,
            fetch_options=fetch_options_from(args),
        )
    if args.command in ("rules", "explain"):
        return rules_cli.run(args)
    if args.command == "discover":
        return discover_cli.run(args)
    if args.command == "batch":
        return run_batch(args)
    if args.command == "crawl":
        return run_crawl(args)
    parser.print_help()
    return 2


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsextract", description="Turn news web pages into clean article records."
    )
    sub = parser.add_subparsers(dest="command")
    ext = sub.add_parser("extract", help="extract articles from HTML files or URLs")
    ext.add_argument(
        "inputs",
        nargs="+",
        metavar="PATH_OR_URL",
        help="HTML files (.html, .htm, .html.gz), folders of them, or URLs",
    )
    ext.add_argument(
        "--format", "-f", choices=FORMATS, default="json", help="output format (default: json)"
    )
    rules_cli.add_rules_dir_option(ext)
    add_fetch_options(ext)
    rules_cli.add_commands(sub)
    discover_cli.add_commands(sub)
    add_crawl_command(sub)
    add_batch_command(sub)
    return parser


def expand_inputs(inputs: Sequence[str]) -> Iterator[str]:
    """Files as given, folders as the HTML files they hold (sorted), URLs as they are."""
    for item in inputs:
        path = Path(item)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and child.name.lower().endswith((".html", ".htm", ".html.gz")):
                    yield str(child)
        else:
            yield item


def is_url(item: str) -> bool:
    return item.startswith(("http://", "https://"))


def load_input(item: str, fetcher: Fetcher | None = None) -> tuple[bytes | str, str | None]:
    """The content of one input and the URL to extract it with.

    A URL is fetched (with ``fetcher`` when given, so that robots.txt and the per-host delay
    carry over from one input to the next) and its text returned, already decoded with the
    charset of the HTTP header; the URL is the page's final one, after redirects.
    """
    if is_url(item):
        page = fetcher.fetch(item) if fetcher is not None else fetch(item)
        return page.text, page.final_url
    path = Path(item)
    data = path.read_bytes()
    if path.name.lower().endswith(".gz"):
        import gzip

        data = gzip.decompress(data)
    return data, None


def run_extract(
    inputs: Sequence[str],
    fmt: str,
    out: TextIO,
    err: TextIO,
    *,
    rules_dirs: Sequence[Path] = (),
    fetch_options: FetchOptions | None = None,
) -> int:
    registry = rules_cli.registry_from_args(rules_dirs)
    with contextlib.ExitStack() as stack:
        fetcher: Fetcher | None = None
        if any(is_url(item) for item in inputs):  # one fetcher: politeness spans the inputs
            fetcher = stack.enter_context(Fetcher(fetch_options))
        failures = 0
        articles: list[dict[str, object]] = []
        for item in expand_inputs(inputs):
            try:
                data, url = load_input(item, fetcher)
                article = extract(data, url=url, rules=registry, default_rules=False)
            except (OSError, NewsExtractError) as exc:
                failures += 1
                err.write(f"newsextract: {item}: {type(exc).__name__}: {exc}\n")
                if fmt == "jsonl":
                    out.write(
                        json.dumps(
                            {"input": item, "error": type(exc).__name__, "message": str(exc)},
                            ensure_ascii=False,
                        )
                        + "\n"
                    )
                continue
            _write(article, item, fmt, out, articles)
    if fmt == "json":
        json.dump(articles, out, ensure_ascii=False, indent=2)
        out.write("\n")
    return 1 if failures else 0


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
