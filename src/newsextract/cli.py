"""The ``newsextract`` command line: a thin layer over the library."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TextIO

from newsextract.article import Article
from newsextract.errors import InputError, NewsExtractError
from newsextract.extract import extract
from newsextract.render import render_markdown, render_text
from newsextract.rules import cli as rules_cli

FORMATS = ("json", "jsonl", "text", "markdown")


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if args.command == "extract":
        return run_extract(
            args.inputs, args.format, sys.stdout, sys.stderr, rules_dirs=args.rules_dir
        )
    if args.command in ("rules", "explain"):
        return rules_cli.run(args)
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
    rules_cli.add_commands(sub)
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


def load_input(item: str) -> tuple[bytes, str | None]:
    """The bytes of one input and the URL to extract it with."""
    if item.startswith(("http://", "https://")):
        raise InputError(
            "URL inputs need the fetch layer, which is not built yet; "
            "save the page and pass the file"
        )
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
) -> int:
    registry = rules_cli.registry_from_args(rules_dirs)
    failures = 0
    articles: list[dict[str, object]] = []
    for item in expand_inputs(inputs):
        try:
            data, url = load_input(item)
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
