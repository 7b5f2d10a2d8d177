"""A piece whose result ``Recovery`` has read (without ``hold``) is released at once.

Kept wanted, a finished ``write`` piece's key stayed on the cluster while the run went on (the
run's loop held its last future); a worker death after it (a killer run again alone) had Dask
compute it again, and the piece's file was being rewritten as ``write`` returned: a CI run
read it at 0 bytes. With every read key released, Dask has nothing of them to compute again.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

pytest.importorskip("distributed", reason="the dask extra is not installed")

from newsextract.dask_recovery import Piece, Recovery

from .clusters import local_client


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    with local_client() as connected:
        yield connected


def _run(client: Any, *, hold: bool) -> tuple[list[Any], list[Any]]:
    submitted: list[Any] = []

    def submit(piece: Piece, group: tuple[str, ...]) -> Any:
        future = client.submit(len, group, pure=False)
        submitted.append(future)
        return future

    kept = Recovery(
        client,
        [("a", "b"), ("c",), ("d", "e", "f")],
        (),
        submit=submit,
        keep=lambda future: future if hold else future.result(),
        hold=hold,
    ).run()
    return submitted, [value for resolved in kept for value in resolved.kept]


def test_a_read_piece_is_released_though_its_future_is_still_referenced(client: Any) -> None:
    submitted, kept = _run(client, hold=False)
    assert sorted(kept) == [1, 2, 3]
    assert len(submitted) == 3
    assert all(client.refcount.get(future.key, 0) == 0 for future in submitted)


def test_held_pieces_stay_on_the_cluster(client: Any) -> None:
    submitted, kept = _run(client, hold=True)
    assert sorted(future.result() for future in kept) == [1, 2, 3]
    assert all(client.refcount.get(future.key, 0) >= 1 for future in submitted)
