"""``newsextract crawl URL --since DATE -o OUT``: discover, fetch and extract in one command.

Discovery lists the site's article URLs (feeds, sitemaps, links); the batch runner fetches
and extracts them with its progress bar, failure rows and ``--resume``. A fetched page that is
not an article (a site's about page, a section front: ``article_kind``) is a skipped row with
the reason, not an empty article (``--no-articles-only`` keeps every page). Running the same
command again with ``--resume`` discovers again and skips the URLs already in OUT, so a
daily crawl only fetches what is new. With ``--store STORE`` instead of ``-o OUT``, the
crawl goes into an article store (``newsextract.store``): only new and due URLs are fetched,
stored ones conditionally, and a changed article gets a revision.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any, TextIO

from newsextract.batching.cli import add_arguments as add_batch_arguments
from newsextract.batching.cli import extract_options_from, run_batch
from newsextract.cli_errors import ExitStatus, UsageError, run_reporting_errors
from newsextract.cli_options import fetch_options_from
from newsextract.discovery.cli import (
    add_discovery_options,
    discovered,
    failures_reported_here,
    report_failures,
)
from newsextract.store.cli import add_crawl_store_options, run_crawl_into_store

PROG = "newsextract crawl"


def add_crawl_command(sub: Any) -> None:
    parser: argparse.ArgumentParser = sub.add_parser(
        "crawl",
        help="discover a site's articles, then fetch and extract them to OUT or into a store",
    )
    parser.add_argument("url", help="a home page, a feed or a sitemap")
    add_discovery_options(parser)
    add_batch_arguments(parser, output_required=False)  # or --store
    add_crawl_store_options(parser)
    parser.set_defaults(articles_only=True)  # a site's about and section pages are no news


def run_crawl(args: argparse.Namespace, err: TextIO | None = None) -> int:
    """Discover, then batch: the batch's statuses; an error that stops discovery is one line
    and status 2, as in batch (its traceback only with ``--debug``)."""
    stream = err or sys.stderr
    debug = getattr(args, "debug", False)
    return run_reporting_errors(PROG, lambda: _crawl(args, stream), debug=debug, err=stream)


def _crawl(args: argparse.Namespace, err: TextIO) -> int:
    if args.store is not None:
        return _crawl_into_store(args, err)
    if args.output is None:
        raise UsageError("name the output with -o OUT, or crawl into a store with --store STORE")
    if args.recheck_after is not None:
        raise UsageError("--recheck-after is for --store")
    if args.inputs:
        raise UsageError("takes one URL; use 'newsextract batch' for lists")
    with failures_reported_here():
        items, failures = discovered(args, fetch_options_from(args), err=err)
    urls = [item.url for item in items]
    report_failures(failures, err)
    err.write(f"{PROG}: {len(urls)} article URLs discovered\n")
    if not urls:
        return ExitStatus.of_run(len(failures))
    args.inputs = urls
    args.urls_only = True  # each a page to fetch: a listed ".warc.gz" is no archive to read
    return run_batch(args, stderr=err)


#: batch's options that mean nothing for a store (it always resumes, and has no file format).
_OUTPUT_ONLY = ("output", "format", "errors", "resume", "overwrite")


def _crawl_into_store(args: argparse.Namespace, err: TextIO) -> int:
    used = [name for name in _OUTPUT_ONLY if getattr(args, name, None)]
    if used:
        flags = ", ".join("--" + name for name in used)
        raise UsageError(f"{flags}: for -o OUT, not --store (a store always resumes)")
    with failures_reported_here():
        return run_crawl_into_store(
            args,
            [args.url, *args.inputs],
            err,
            fetch_options=fetch_options_from(args),
            options=extract_options_from(args),
        )
