"""The files a batch run writes, which its inputs must not read back.

An output that exists when the run starts and is also named as an input is refused
(``cli._refuse_inputs_as_outputs``). One made by the run itself was not: a glob or a folder
expanded after the output was opened (``batch 'rows/*' -o rows/out.jsonl``, a ``**/*`` line
in an ``--inputs-from`` list) read the run's own JSONL output as input, and each row it
wrote was read again and written again: 3.2 million rows in ten minutes, until the disk
filled. Its lock file and an empty CSV or Parquet journal came out as failure rows too.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

import attrs

from newsextract.batching.output_lock import lock_path


@attrs.frozen
class OwnFiles:
    """The run's outputs and their lock files. A file is one of them when it has one's name
    and is that file (the name alone is compared first: a folder of 100,000 pages costs no
    ``stat`` a page); a link or hard link under another name is not recognised."""

    paths: tuple[Path, ...] = ()

    @classmethod
    def of(cls, outputs: Iterable[Path]) -> OwnFiles:
        """The files of ``outputs``, each with its lock file."""
        return cls(tuple(path for output in outputs for path in (output, lock_path(output))))

    def holds(self, name: str) -> bool:
        """Whether the file named ``name`` is one the run writes."""
        base = os.path.basename(name)  # noqa: PTH119 (a str per file: no Path made for each)
        return any(base == path.name and _same_file(name, path) for path in self.paths)


def _same_file(name: str, path: Path) -> bool:
    try:
        return os.path.samefile(name, path)  # noqa: PTH121 (name is a str)
    except (OSError, ValueError):  # not there (yet): the same if it names the same place
        return os.path.abspath(name) == os.path.abspath(path)  # noqa: PTH100 (no link followed)
