"""A partition whose Dask task fails is run again in smaller pieces, so no input is lost.

A page whose extraction kills its worker process (a crash in a C extension, the OOM killer,
``os._exit`` in a site rule's hook) takes the whole task with it, where ``batch``'s per-page
guards cannot catch it: Dask runs the task again on other workers
(``distributed.scheduler.allowed-failures`` more times, 3 by default), each dies in turn,
and the task ends in ``KilledWorker``, its partition's rows lost with it.

So, on a ``distributed`` cluster, ``newsextract.dask`` submits each partition as a task and
watches it (``Recovery``). A partition whose task fails, with ``KilledWorker`` or any other
error that escaped the per-page guards, is run again as at most ``SPLIT_INTO`` pieces of its
input keys (an archive's or JSONL file's record keys are listed on a worker); a piece that
fails is split again, until an input that fails on its own gets a failure row
(``WorkerCrashedError`` when its worker died) and every other input its article: the
quarantine of the local pool (``batching.workers``), done with Dask's own tasks.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Container, Sequence
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import attrs

from newsextract.batching.inputs import kind_of
from newsextract.batching.jsonl import row_keys
from newsextract.batching.results import BatchItem, Failure, Stage
from newsextract.batching.warc import page_keys
from newsextract.batching.workers import WorkerCrashedError
from newsextract.errors import OptionError

if TYPE_CHECKING:
    from distributed import Client, Future

logger = logging.getLogger(__name__)

T = TypeVar("T")

SPLIT_INTO = 8
"""How many pieces a failed piece is run again as. Each piece that fails again costs Dask's
``allowed-failures + 1`` worker deaths, and each piece of an archive a read of the whole
archive: 8 finds one page among a partition's 64 in two rounds (16 tasks), and one record
among an archive's 30,000 in five (40 tasks), where halving takes 6 and 15 rounds."""


@attrs.frozen(kw_only=True)
class Piece:
    """Inputs of one partition that run as one task: all of them (``keys`` None) or the
    input keys ``keys``. ``name`` is the partition's number, then each split's piece
    number (``00003``, ``00003-2``, ``00003-2-5``): ``write`` names its file after it."""

    partition: int
    name: str
    keys: tuple[str, ...] | None = None

    def split(self, keys: Sequence[str]) -> list[Piece]:
        size = -(-len(keys) // SPLIT_INTO)  # rounded up: at most SPLIT_INTO pieces
        starts = range(0, len(keys), size)
        return [
            Piece(partition=self.partition, name=f"{self.name}-{i}", keys=tuple(keys[s : s + size]))
            for i, s in enumerate(starts)
        ]


@attrs.frozen(kw_only=True)
class Resolved(Generic[T]):
    """How a partition ended: what each piece that succeeded gave (``kept``), and the
    failure row of each input that failed on its own, with the piece it failed in."""

    kept: tuple[T, ...] = ()
    failed: tuple[tuple[Piece, BatchItem], ...] = ()


class Outside(Container[str]):
    """The ``skip`` of a piece: every input key but the piece's own."""

    def __init__(self, keys: Sequence[str]) -> None:
        self._keys = frozenset(keys)

    def __contains__(self, key: object) -> bool:
        return key not in self._keys


def is_archive(group: tuple[str, ...]) -> bool:
    """True for a partition of one WARC archive or JSONL file, whose keys only a read of
    it can list (``partitions`` puts each of those alone)."""
    return len(group) == 1 and kind_of(group[0]) in ("warc", "jsonl")


def archive_keys(group: tuple[str, ...], skip: Container[str]) -> list[str]:
    """On a worker: the input keys of an archive's partition (its pages' record keys, or its
    path when it cannot be read), those in ``skip`` left out. Reads no payload."""
    source = group[0]
    keys = page_keys(source) if kind_of(source) == "warc" else row_keys(source)
    return [key for key in keys if key not in skip]


def crash_item(key: str, error: BaseException) -> BatchItem:
    """The failure row of an input that failed alone: ``WorkerCrashedError`` when its worker
    died (``KilledWorker``), else the error itself; an archive that could not be listed
    failed reading it."""
    stage: Stage = "read" if kind_of(key) in ("warc", "jsonl") else "extract"
    if _is_killed_worker(error):
        doing = "reading this archive" if stage == "read" else "extracting this page"
        tries = getattr(error, "allowed_failures", 0) + 1
        error = WorkerCrashedError(
            f"a Dask worker process died while {doing}, alone as well as with other inputs"
            f" (KilledWorker: {tries} worker deaths when run alone)"
        )
    return BatchItem(input=key, failure=Failure.from_exception(key, stage, error))


class Recovery(Generic[T]):
    """Runs every partition on the cluster, splitting the failed ones (module docstring).

    ``submit`` starts a piece's task; ``keep`` takes what a finished one gave (its result,
    or with ``hold`` its future); ``discard`` removes what a failed one may have left
    (``write``'s torn file). ``skip`` is the job's: an archive's keys in it are not run
    again. With ``hold``, the results stay on the workers, where a later death (a killer
    run again alone) can lose them: Dask computes a lost one again, and one that fails
    then (beside a killer) is run again here, until every kept future holds its result.
    """

    def __init__(
        self,
        client: Client,
        groups: Sequence[tuple[str, ...]],
        skip: Container[str],
        *,
        submit: Callable[[Piece, tuple[str, ...]], Future[Any]],
        keep: Callable[[Future[Any]], T],
        discard: Callable[[Piece], None] = lambda piece: None,
        hold: bool = False,
    ) -> None:
        self._client = client
        self._groups = groups
        self._skip = skip
        self._submit = submit
        self._keep = keep
        self._discard = discard
        self._hold = hold

    def run(self) -> list[Resolved[T]]:
        """Every partition's outcome, in order, once no piece is left to run."""
        from distributed import as_completed

        self._kept: list[dict[Piece, T]] = [{} for _ in self._groups]
        self._failed: list[list[tuple[Piece, BatchItem]]] = [[] for _ in self._groups]
        self._pieces: dict[Future[Any], Piece] = {}
        self._listings: dict[Future[Any], tuple[Piece, BaseException]] = {}
        self._held: dict[Future[Any], Piece] = {}
        self._running = as_completed()
        pieces = [Piece(partition=i, name=f"{i:05d}") for i in range(len(self._groups))]
        while pieces:
            self._suspects: list[tuple[Piece, str | None]] = []  # None: the archive's listing
            self._next: list[Piece] = []
            for piece in pieces:
                self._start(piece)
            for future in self._running:
                if future in self._listings:
                    self._listed(future, *self._listings.pop(future))
                else:
                    self._ended(future, self._pieces.pop(future))
            for piece, key in self._suspects:
                self._try_alone(piece, key)
            pieces = self._lost() + self._next
        return [
            Resolved(kept=tuple(k.values()), failed=tuple(f))
            for k, f in zip(self._kept, self._failed, strict=True)
        ]

    def _lost(self) -> list[Piece]:
        """The pieces whose held results were lost and could not be computed again."""
        from distributed import wait

        wait(list(self._held))
        lost = [piece for future, piece in self._held.items() if future.status != "finished"]
        for piece in lost:
            del self._kept[piece.partition][piece]
        self._held = {f: p for f, p in self._held.items() if f.status == "finished"}
        return lost

    def _finished(self, future: Future[Any], piece: Piece) -> None:
        self._kept[piece.partition][piece] = self._keep(future)
        if self._hold:
            self._held[future] = piece
        else:
            # Its result read, its key released now: still wanted (the run's loop held the
            # last one), a worker death after (a killer run again alone) had Dask compute it
            # again, and ``write`` rewrote that piece's file as the run returned (0 bytes read).
            future.release()

    def _start(self, piece: Piece) -> None:
        future = self._submit(piece, self._groups[piece.partition])
        self._pieces[future] = piece
        self._running.add(future)

    def _ended(self, future: Future[Any], piece: Piece) -> None:
        error = None if future.status == "finished" else _error_of(future)
        if error is None:
            self._finished(future, piece)
            return
        logger.warning(
            "piece %s of a Dask job failed (%r): running it in pieces", piece.name, error
        )
        self._discard(piece)
        group = self._groups[piece.partition]
        if piece.keys is not None:
            self._split(piece, piece.keys, error)
        elif is_archive(group):
            listing = self._list(group)
            self._listings[listing] = (piece, error)
            self._running.add(listing)
        else:
            self._split(piece, [name for name in group if name not in self._skip], error)

    def _list(self, group: tuple[str, ...]) -> Future[list[str]]:
        return self._client.submit(archive_keys, group, self._skip, pure=False)

    def _listed(self, future: Future[Any], piece: Piece, error: BaseException) -> None:
        group = self._groups[piece.partition]
        listing_error = None if future.status == "finished" else _error_of(future)
        if listing_error is None:
            self._split(piece, future.result() or list(group), error)
            return
        if _is_killed_worker(listing_error):
            self._suspects.append((piece, None))  # listed again alone
        else:  # the archive cannot even be listed: its one row says why
            self._split(piece, list(group), listing_error)

    def _split(self, piece: Piece, keys: Sequence[str], error: BaseException) -> None:
        if len(keys) > 1:
            for smaller in piece.split(keys):
                self._start(smaller)
        elif keys and _is_killed_worker(error):
            # Not proven yet: a task that only shared the dying worker dies with it.
            self._suspects.append((piece, keys[0]))
        elif keys:
            self._failed[piece.partition].append((piece, crash_item(keys[0], error)))

    def _try_alone(self, piece: Piece, key: str | None) -> None:
        """Run a suspect piece (or an archive's listing: ``key`` None) again with nothing
        else of the job running: if its worker dies again, the page (or archive) is the
        cause, as the pool's quarantine proves it."""
        from distributed import wait

        group = self._groups[piece.partition]
        future = self._submit(piece, group) if key is not None else self._list(group)
        wait(future)
        error = None if future.status == "finished" else _error_of(future)
        if error is None and key is None:
            self._next.extend(piece.split(future.result() or list(group)))
        elif error is None:
            self._finished(future, piece)
        else:
            self._discard(piece)
            failed = crash_item(group[0] if key is None else key, error)
            self._failed[piece.partition].append((piece, failed))


def _is_killed_worker(error: BaseException) -> bool:
    return type(error).__name__ == "KilledWorker"  # distributed's, imported only with it


def _error_of(future: Future[Any]) -> BaseException | None:
    """The error a failed task raised, or None if it finished after all (its result, lost
    with a dying worker after ``as_completed`` yielded it, computed again: the status read
    between the two was "pending"); a cancelled task, or a bad option (the same in every
    piece), ends the job as it is."""
    if future.status != "error":
        future.result()  # waits; raises the CancelledError, or the error of a lost result
        if future.status == "finished":
            return None
    error = future.exception()
    if isinstance(error, OptionError) or not isinstance(error, Exception):
        raise error
    return error


def concatenated(*parts: Sequence[BatchItem]) -> list[BatchItem]:
    """On a worker: a partition's items, from its pieces' items and its failure rows."""
    return [item for part in parts for item in part]
