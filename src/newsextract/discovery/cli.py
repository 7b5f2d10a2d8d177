"""``newsextract discover URL``: list a site's article URLs."""

from __future__ import annotations

import argparse
import contextlib
import json
import logging
import re
import sys
from collections.abc import Iterator, Sequence
from typing import TextIO

from newsextract.cli_errors import one_line, run_reporting_errors
from newsextract.cli_options import add_fetch_options, date_argument, fetch_options_from
from newsextract.discovery import core
from newsextract.discovery.api import discover
from newsextract.discovery.model import DiscoveredURL, SkippedURL, SourceFailure
from newsextract.fetching import FetchOptions

PROG = "newsextract"


def add_discovery_options(parser: argparse.ArgumentParser) -> None:
    """Filters shared by ``discover`` and ``crawl``."""
    group = parser.add_argument_group("which URLs")
    group.add_argument("--since", type=date_argument, help="only URLs dated on/after this date")
    group.add_argument("--until", type=date_argument, help="only URLs dated on/before this date")
    group.add_argument(
        "--keep-undated",
        action="store_true",
        help="with --since/--until, keep URLs whose source gives no date",
    )
    group.add_argument(
        "--include", metavar="REGEX", type=_regex, help="only URLs matching this regex"
    )
    group.add_argument(
        "--exclude", metavar="REGEX", type=_regex, help="drop URLs matching this regex"
    )
    group.add_argument("--limit", type=int, help="at most this many URLs (newest first)")
    group.add_argument("--max-depth", type=int, default=3, help="sitemap index nesting (3)")


def _regex(value: str) -> str:
    """An argparse type: a bad pattern is a usage error (exit 2), not a traceback mid-run."""
    try:
        re.compile(value)
    except (re.error, OverflowError, RecursionError) as exc:  # a{99999999999}; 2,000 '('s
        raise argparse.ArgumentTypeError(f"not a valid regex: {value!r}: {exc}") from None
    return value


def add_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("discover", help="list a site's article URLs (feeds, sitemaps, links)")
    parser.add_argument("url", help="a home page, a feed or a sitemap")
    parser.add_argument("--format", "-f", choices=("text", "jsonl"), default="text")
    parser.add_argument(
        "--articles-only",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="set aside listed URLs whose path says they are no article (/about, /tag/x, "
        "images): counted on stderr, and jsonl rows with their 'skipped' reason (default: on)",
    )
    add_discovery_options(parser)
    add_fetch_options(parser)


def discovered(
    args: argparse.Namespace,
    fetch_options: FetchOptions,
    *,
    skipped: list[SkippedURL] | None = None,
    err: TextIO | None = None,
) -> tuple[list[DiscoveredURL], tuple[SourceFailure, ...]]:
    """Discovery with the filters of ``add_discovery_options`` (shared by discover and crawl):
    the URLs and the sources that failed. Given a ``skipped`` list, URLs whose path says they
    are no article are set aside into it; without one (crawl, which reads each page and so
    has better evidence) every URL is handed on; a URL an ``--include``/``--exclude`` regex
    stalled on is then one line on ``err`` (it was set aside unseen)."""
    run = discover(
        args.url,
        since=args.since,
        until=args.until,
        include=args.include,
        exclude=args.exclude,
        limit=args.limit,
        max_depth=args.max_depth,
        keep_undated=args.keep_undated,
        articles_only=skipped is not None,
        fetch_options=fetch_options,
    )
    items = list(run)
    if skipped is not None:
        skipped.extend(run.skipped)
    else:
        for left in run.skipped:  # without ``articles_only`` only regex stalls are skipped
            (err or sys.stderr).write(f"newsextract: {one_line(left.url)}: {left.reason}\n")
    return items, run.failures


def run(args: argparse.Namespace, out: TextIO | None = None, err: TextIO | None = None) -> int:
    """List the URLs: 0 when some were found (or nothing failed), 1 when sources failed and
    none was found, 2 for an error that stops the run, told in one line (``cli_errors``)."""
    out = out or sys.stdout
    err = err or sys.stderr
    return run_reporting_errors(PROG, lambda: _run(args, out, err), debug=False, err=err)


def _run(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    skipped: list[SkippedURL] | None = [] if args.articles_only else None
    with failures_reported_here():
        items, failures = discovered(args, fetch_options_from(args), skipped=skipped, err=err)
    for item in items:
        if args.format == "jsonl":
            out.write(json.dumps(_row(item), ensure_ascii=False) + "\n")
        else:
            when = item.date.date().isoformat() if item.date else "          "
            out.write(f"{when}  {item.url}\n")
    if args.format == "jsonl":
        for left in skipped or ():
            out.write(json.dumps(_skipped_row(left), ensure_ascii=False) + "\n")
    report_failures(failures, err)
    stalled = sum(left.regex_stalled for left in skipped or ())
    not_articles = len(skipped or ()) - stalled
    set_aside = f"{not_articles} skipped (not articles), " if not_articles else ""
    if stalled:
        set_aside += f"{stalled} skipped (a regex ran too long), "
    err.write(f"newsextract: {len(items)} URLs, {set_aside}{len(failures)} sources failed\n")
    return 0 if items or not failures else 1


@contextlib.contextmanager
def failures_reported_here() -> Iterator[None]:
    """While the CLI runs discovery, the failures it will print itself are not also logged
    (with logging configured, each would show twice)."""
    source = logging.getLogger(core.__name__)
    filter_ = _NotSourceFailure()
    source.addFilter(filter_)
    try:
        yield
    finally:
        source.removeFilter(filter_)


class _NotSourceFailure(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        return not hasattr(record, core.SOURCE_FAILURE)


def report_failures(failures: Sequence[SourceFailure], err: TextIO) -> None:
    for failure in failures:
        line = f"{failure.source}: {failure.error_type}: {failure.message}"
        err.write(f"newsextract: {one_line(line)}\n")


def _row(item: DiscoveredURL) -> dict[str, object]:
    return {
        "url": item.url,
        "title": item.title,
        "published": item.published.isoformat() if item.published else None,
        "modified": item.modified.isoformat() if item.modified else None,
        "source": item.source,
        "via": item.via,
        "skipped": None,
    }


def _skipped_row(item: SkippedURL) -> dict[str, object]:
    """A set-aside URL in the same columns, its reason under ``skipped``."""
    return {
        "url": item.url,
        "title": None,
        "published": None,
        "modified": None,
        "source": item.source,
        "via": item.via,
        "skipped": item.reason,
    }
