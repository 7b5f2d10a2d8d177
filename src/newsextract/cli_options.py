"""Command-line options shared by several commands: fetching (extract, discover, crawl, batch),
``--debug`` (extract, batch) and ``--fetched-at`` (extract, explain, batch)."""

from __future__ import annotations

import argparse
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from newsextract.dates import parse_machine_date
from newsextract.fetching import FetchOptions
from newsextract.fetching.transport import make_cache_dir


class Parser(argparse.ArgumentParser):
    """The commands' argument parser: argparse's, refusing ``--option=--`` (and ``-o--``).

    argparse (Python 3.11) takes ``'--'`` out of an option's own value as the end of the
    options, which left an option of one value holding ``[]``: the run then failed on it as
    a Python ``TypeError`` or ``AttributeError``, or ran with no bound (``--since=--``).
    Sub-commands' parsers are made of this class too (``add_subparsers`` makes its own
    class's).
    """

    def _get_values(self, action: argparse.Action, arg_strings: list[str]) -> Any:
        if action.option_strings and action.nargs is None and arg_strings == ["--"]:
            raise argparse.ArgumentError(
                action, "expected one argument ('--' ends the options and is no value)"
            )
        return super()._get_values(action, arg_strings)


def add_fetch_options(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("fetching URLs")
    group.add_argument("--user-agent", help="User-Agent header (default: newsextract/<version>)")
    group.add_argument(
        "--delay",
        "--per-host-delay",
        type=float,
        help="minimum seconds between two requests to one host (default 1)",
    )
    group.add_argument("--timeout", type=float, help="seconds allowed per request (default 60)")
    group.add_argument("--cache-dir", type=Path, help="keep an HTTP cache in this folder")
    group.add_argument(
        "--ignore-robots",
        "--no-robots",
        action="store_true",
        help="do not fetch or honour robots.txt",
    )


def add_debug_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--debug",
        action="store_true",
        help=(
            "show the Python traceback of an error that stops the run and of logged errors,"
            " and the log records of the libraries the pipeline calls"
        ),
    )


def add_fetched_at_option(parser: argparse._ActionsContainer) -> None:
    parser.add_argument(
        "--fetched-at",
        type=instant_argument,
        metavar="WHEN",
        help="when the saved pages were fetched, in ISO 8601 (2024-05-01T09:30+02:00; without "
        "an offset, UTC): a page dated only by '3 hours ago' is dated back from it, and a "
        "site rule's dated versions are chosen by it. Fetched URLs and WARC records carry "
        "their own fetch time, which wins",
    )


def instant_argument(value: str) -> datetime:
    """An argparse type for ``--fetched-at``: an ISO 8601 date-time (a date is its midnight)."""
    try:
        parsed = datetime.fromisoformat(value.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"not an ISO 8601 date-time: {value!r} (use 2024-05-01T09:30+02:00)"
        ) from None
    if parsed.tzinfo is not None:
        # "9999-12-31T23:59-23:59" parses but is no moment in UTC: the options' check then
        # stopped the run with a cut Python repr of the value
        try:
            parsed.astimezone(UTC)
        except OverflowError:
            raise argparse.ArgumentTypeError(
                f"{value!r} is outside years 1 to 9999 once in UTC"
            ) from None
    return parsed


def fetch_options_from(args: argparse.Namespace) -> FetchOptions:
    changes: dict[str, object] = {"respect_robots": not args.ignore_robots}
    for option, value in (
        ("user_agent", args.user_agent),
        ("per_host_delay", args.delay),
        ("total_timeout", args.timeout),
        ("cache_dir", args.cache_dir),
    ):
        if value is not None:
            changes[option] = value
    options = FetchOptions(**changes)  # type: ignore[arg-type]
    if options.cache_dir is not None:  # a bad folder stops the run before it starts, in one line
        make_cache_dir(options.cache_dir)
    return options


def date_argument(value: str) -> datetime:
    """An argparse type for ``--since 2024-05-01`` (any ISO 8601 date or date-time)."""
    parsed = parse_machine_date(value)
    if parsed is None:
        raise argparse.ArgumentTypeError(f"not a date: {value!r} (use 2024-05-01)")
    return parsed
