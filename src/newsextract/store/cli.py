"""The store on the command line: ``crawl --store`` and ``newsextract store export|stats``.

Importing this module costs nothing of the ``store`` extra: the parsers are built without
it, and running a command loads it (a missing extra is then one line naming it, status 2).
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from collections.abc import Iterator
from datetime import timedelta
from typing import TYPE_CHECKING, Any, TextIO

from newsextract.batching.results import BatchItem
from newsextract.batching.rows import dumps
from newsextract.batching.writers import Format, Writer, format_of, open_writer
from newsextract.cli_errors import ExitStatus, UsageError, one_line, run_reporting_errors
from newsextract.cli_options import date_argument

if TYPE_CHECKING:
    from newsextract.fetching import FetchOptions
    from newsextract.options import ExtractOptions
    from newsextract.store.api import Store
    from newsextract.store.crawl import CrawlReport

PROG = "newsextract store"
EXPORT_FORMATS = ("jsonl", "csv", "parquet")
_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([smhdw])\s*$")
_UNITS = {"s": "seconds", "m": "minutes", "h": "hours", "d": "days", "w": "weeks"}


def duration_argument(value: str) -> timedelta:
    """An argparse type for ``--recheck-after 6h`` (s, m, h, d or w)."""
    match = _DURATION.match(value)
    if match is None:
        raise argparse.ArgumentTypeError(f"not a duration: {value!r} (use 30m, 6h or 2d)")
    try:
        return timedelta(**{_UNITS[match.group(2)]: float(match.group(1))})
    except OverflowError:  # over timedelta's 999,999,999 days: a traceback before
        raise argparse.ArgumentTypeError(f"too long a duration: {value!r}") from None


def add_crawl_store_options(parser: argparse.ArgumentParser) -> None:
    """``crawl``'s options for crawling into a store instead of an output file."""
    group = parser.add_argument_group("article store (instead of -o OUT)")
    group.add_argument(
        "--store",
        metavar="STORE",
        help="write into this article store (a SQLite file, or a postgresql:// URL): only "
        "new and due URLs are fetched, changed articles get a revision",
    )
    group.add_argument(
        "--recheck-after",
        metavar="DURATION",
        type=duration_argument,
        help="with --store, fetch stored URLs again (conditionally) once this long has passed "
        "since their last check (30m, 6h, 2d; default: only when their lastmod is newer)",
    )


def add_store_commands(sub: Any) -> None:
    """``newsextract store export|stats``."""
    parser: argparse.ArgumentParser = sub.add_parser(
        "store", help="read an article store: export its articles, or count them"
    )
    commands = parser.add_subparsers(dest="store_command", required=True)
    export = commands.add_parser(
        "export", help="write the store's articles (latest versions) as JSONL, CSV or Parquet"
    )
    export.add_argument("store", metavar="STORE", help="a SQLite file or a postgresql:// URL")
    export.add_argument(
        "--since", type=date_argument, help="only articles new or changed on/after this date"
    )
    export.add_argument("--site", help="only articles of this host (www. ignored)")
    export.add_argument("--language", help="only articles in this language (en matches en-GB)")
    export.add_argument(
        "--revisions",
        action="store_true",
        help="every revision, not only the latest version (input: URL#rN, retrieved: when seen)",
    )
    export.add_argument(
        "--originals-only", action="store_true", help="leave out articles that copy another"
    )
    export.add_argument(
        "-f", "--format", choices=EXPORT_FORMATS, help="default: OUT's suffix, else jsonl"
    )
    export.add_argument(
        "-o", "--output", metavar="OUT", help="the output file (default: JSONL on stdout)"
    )
    stats = commands.add_parser(
        "stats", help="articles per site and day, revisions, duplicates, failures"
    )
    stats.add_argument("store", metavar="STORE", help="a SQLite file or a postgresql:// URL")


def run_store(
    args: argparse.Namespace, out: TextIO | None = None, err: TextIO | None = None
) -> int:
    """``newsextract store ...``: 0, or 2 with one line for an error that stops it."""
    stream = err or sys.stderr
    output = out or sys.stdout

    def run() -> int:
        from newsextract.store import Store

        fmt = _export_format(args) if args.store_command == "export" else None
        with Store(args.store, create=False) as store:
            if fmt is None:
                from newsextract.store.stats import format_stats

                output.write(format_stats(store.stats()))
                return ExitStatus.OK
            return _export(store, args, fmt, output, stream)

    return run_reporting_errors(PROG, run, debug=getattr(args, "debug", False), err=stream)


def _export_format(args: argparse.Namespace) -> Format:
    """The export's format, its arguments checked before the store is opened."""
    try:
        fmt: Format = args.format or (format_of(args.output) if args.output else "jsonl")
    except ValueError as exc:
        raise UsageError(f"{exc}, or pass --format") from exc
    if fmt != "jsonl" and not args.output:
        raise UsageError(f"-f {fmt} writes a file: pass -o OUT")
    # A dangling link counts: written through, it made a file wherever it pointed.
    if args.output and os.path.lexists(args.output):
        raise UsageError(f"{args.output} exists: export to a new file")
    return fmt


def _export(store: Store, args: argparse.Namespace, fmt: Format, out: TextIO, err: TextIO) -> int:
    writer: Writer | None = open_writer(args.output, fmt) if args.output else None
    count = 0
    try:
        for item in _items(store, args):
            if writer is not None:
                writer.write(item)
            else:
                out.write(dumps(item.to_dict()) + "\n")
            count += 1
    finally:
        if writer is not None:
            writer.close()
    what = "revisions" if args.revisions else "articles"
    err.write(f"{PROG}: {count} {what} exported\n")
    return ExitStatus.OK


def _items(store: Store, args: argparse.Namespace) -> Iterator[BatchItem]:
    if args.revisions:
        for url, revision in store.all_revisions(
            since=args.since, site=args.site, language=args.language
        ):
            yield BatchItem(
                input=f"{url}#r{revision.number}",
                url=url,
                retrieved=revision.seen_at,
                article=revision.article,
            )
        return
    for stored in store.stored_articles(
        since=args.since,
        site=args.site,
        language=args.language,
        originals_only=args.originals_only,
    ):
        yield BatchItem(
            input=stored.url, url=stored.url, retrieved=stored.checked_at, article=stored.article
        )


def run_crawl_into_store(
    args: argparse.Namespace,
    sites: list[str],
    err: TextIO,
    *,
    fetch_options: FetchOptions,
    options: ExtractOptions,
) -> int:
    """``crawl SITE... --store STORE``: discover, then update the store (``store.crawl``);
    0, or 1 when pages or sources failed (pages in the store's ``pages``, sources on
    stderr). ``args`` are crawl's: the discovery filters and ``--recheck-after``."""
    from newsextract.store import Store
    from newsextract.store.crawl import crawl_into

    with Store(args.store) as store:
        report = crawl_into(
            store,
            sites,
            since=args.since,
            recheck_after=args.recheck_after,
            fetch_options=fetch_options,
            options=options,
            include=args.include,
            exclude=args.exclude,
            limit=args.limit,
            max_depth=args.max_depth,
            keep_undated=args.keep_undated,
            workers=args.workers,
        )
    err.write(summary(report))
    return ExitStatus.of_run(report.counts["failed"] + len(report.source_failures))


def summary(report: CrawlReport) -> str:
    """The crawl's last lines on stderr."""
    counts = report.counts
    requests = report.requests
    lines = [
        f"newsextract crawl: {report.discovered} URLs discovered, {report.stored} stored and "
        f"not due, {requests['full']} fetched, {requests['conditional']} re-checked",
        f"newsextract crawl: {counts['new']} new, {counts['revised']} revised, "
        f"{counts['unchanged'] + counts['not-modified'] + counts['same-body']} unchanged, "
        f"{counts['skipped']} not articles, {counts['failed']} failed",
    ]
    lines.extend(
        f"newsextract crawl: {failure.source}: {failure.error_type}: {failure.message}"
        for failure in report.source_failures
    )
    # a URL discovery left out unseen is said, as crawl -o OUT says it (not only logged)
    lines.extend(
        f"newsextract crawl: {one_line(left.url)}: set aside: {left.reason}"
        for left in report.set_aside
    )
    return "\n".join(lines) + "\n"
