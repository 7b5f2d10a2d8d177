"""How ``newsextract extract`` and ``newsextract batch`` end: one exit status table for both,
and a one-line message instead of a traceback (unless ``--debug``).

A bad input is never an error of the run: it is named on stderr (``extract``) or in its
failure row (``batch``) and the run goes on. What stops a run is a usage or configuration
error (a bad option or rules folder, an output that cannot be written, an input list that
cannot be read), reported here in one line.
"""

from __future__ import annotations

import enum
import logging
import os
import re
import sys
from collections.abc import Callable
from typing import TextIO

from newsextract.credentials import mask_passwords
from newsextract.interrupts import Terminated, terminate_as_interrupt


class ExitStatus(enum.IntEnum):
    """The exit statuses of both commands (documented in docs/quickstart.md and batch.md)."""

    OK = 0
    """Every input gave its article."""
    INPUTS_FAILED = 1
    """Some inputs failed; each is named on stderr or in its failure row."""
    USAGE = 2
    """A usage or configuration error: a bad option, rules folder, output or input list."""
    INTERRUPTED = 130
    """Interrupted (Ctrl-C): 128 + SIGINT, as shells report it."""
    TERMINATED = 143
    """Ended by SIGTERM (``kill``, ``timeout``): 128 + SIGTERM, as shells report it."""

    @classmethod
    def of_interrupt(cls, interrupt: KeyboardInterrupt) -> ExitStatus:
        """The status of a run ``interrupt`` ended: Ctrl-C's, or SIGTERM's (``Terminated``)."""
        return cls.TERMINATED if isinstance(interrupt, Terminated) else cls.INTERRUPTED

    @classmethod
    def of_run(cls, failures: int) -> ExitStatus:
        return cls.INPUTS_FAILED if failures else cls.OK


class UsageError(Exception):
    """A bad option or combination of options, found before any work starts (status 2)."""


def run_reporting_errors(
    prog: str, command: Callable[[], int], *, debug: bool, err: TextIO | None = None
) -> int:
    """``command()``'s status; an error that escapes it is one line on ``err`` and status 2.

    With ``debug`` the error propagates, traceback and all.
    """
    stream = err or sys.stderr
    try:
        with terminate_as_interrupt():  # SIGTERM ends the run as Ctrl-C does
            return command()
    except KeyboardInterrupt as interrupt:
        return ExitStatus.of_interrupt(interrupt)
    except BrokenPipeError:  # the reader went away (``| head``): nothing left to say
        _silence_stdout()
        return ExitStatus.INPUTS_FAILED
    except Exception as exc:
        if debug and not isinstance(exc, UsageError):
            raise
        stream.write(f"{prog}: error: {describe(exc)}\n")
        return ExitStatus.USAGE


def describe(error: BaseException) -> str:
    """An error in one line: ``Permission denied: out.jsonl``, ``RuleError: ...``."""
    if isinstance(error, UsageError):
        text = str(error)
    elif isinstance(error, OSError) and error.strerror:
        names = [n for n in (error.filename, error.filename2) if n is not None]
        where = " -> ".join(os.fsdecode(n) for n in names)
        text = f"{error.strerror}: {where}" if where else error.strerror
    else:
        text = f"{type(error).__name__}: {error}"
    return one_line(text)


def one_line(text: str) -> str:
    """``text`` fit for one line of a terminal: each run of whitespace (a newline) one space,
    and every other character that does not print (ESC, BEL, a right-to-left override) shown
    escaped (``\\x1b``). Messages name files, URLs and records, which hostile input chooses:
    a file name or a record's URL holding ``ESC ] 0 ; ... BEL`` must not reach the terminal,
    nor a URL's password (``credentials``)."""
    return "".join(
        char if char.isprintable() else char.encode("unicode_escape").decode("ascii")
        for char in " ".join(mask_passwords(text).split())
    )


# What a terminal may read as an escape or a reordering: control characters (C0 but the
# newline, DEL, C1: U+009B is CSI, U+009D OSC) and the bidirectional overrides and isolates;
# and lone surrogates, which no UTF-8 stream can write (a golden file's "\ud800" stopped
# `rules test` with a UnicodeEncodeError).
_UNSHOWN = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def shown_text(text: str) -> str:
    """``text`` as a command's report prints it: its lines and spacing kept, and each
    character of ``_UNSHOWN`` escaped (``\\x1b``). Reports quote rule files and golden files
    (``rules list`` printed a rule's paths regex holding ``ESC ] 0 ; ... BEL`` as it was)
    and pages; unlike ``one_line``, letters that join or separate (ZWNJ) stay. A URL's
    password (a page's ``og:url`` may hold one) is masked (``credentials``)."""
    text = mask_passwords(text)
    if text.isprintable():
        return text
    return _UNSHOWN.sub(lambda found: found[0].encode("unicode_escape").decode("ascii"), text)


def warn(prog: str, message: str, err: TextIO | None = None) -> None:
    """A warning of the command itself, one line on ``err`` (stderr), in the form of the
    logged ones: ``newsextract: WARNING: ...``."""
    (err or sys.stderr).write(f"{prog}: WARNING: {one_line(message)}\n")


def configure_logging(prog: str, *, debug: bool) -> None:
    """Warnings on stderr, one line each; with ``debug``, their tracebacks too, and the
    records of the libraries the pipeline calls (trafilatura logs "ERROR: empty HTML tree"
    for a page that is only a script, which the command reports as an empty article)."""
    handler = logging.StreamHandler()
    form = f"{prog}: %(levelname)s: %(message)s"
    handler.setFormatter(logging.Formatter(form) if debug else _OneLineFormatter(form))
    if not debug:
        handler.addFilter(_own_records)
    logging.basicConfig(level=logging.WARNING, handlers=[handler])


def _own_records(record: logging.LogRecord) -> bool:
    """Whether a record is the package's own (or the root logger's), not a library's."""
    return record.name == "root" or record.name.partition(".")[0] == _PACKAGE


_PACKAGE = __name__.partition(".")[0]


class _OneLineFormatter(logging.Formatter):
    """The message alone: no traceback, no stack, no line breaks."""

    def format(self, record: logging.LogRecord) -> str:
        bare = logging.makeLogRecord(record.__dict__)
        bare.exc_info, bare.exc_text, bare.stack_info = None, None, None
        return one_line(super().format(bare))


def _silence_stdout() -> None:
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):  # stdout is no real file (a test's StringIO)
        pass
