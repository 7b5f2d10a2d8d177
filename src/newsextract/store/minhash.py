"""Near-duplicate bodies: MinHash signatures over word shingles, banded for LSH
(``duplicates`` looks them up in the store).

datasketch computes the signatures: it is the maintained, widely used MinHash library
(numpy-vectorised ``update_batch``, a pinned hashing scheme so signatures stay comparable
across versions); rensa is faster but younger and its signatures are tied to its own
releases. The LSH index is not datasketch's in-memory one: each signature's bands are rows
of the ``lsh_bands`` table, so the index lives in the store itself, survives across runs and
is shared by every process writing to it. A candidate found through a band is then
compared on its whole signature (the estimated Jaccard similarity of the two shingle sets).
"""

from __future__ import annotations

import functools
import hashlib
import re
from typing import Any

import attrs
import numpy as np

#: Words per shingle: five-word shingles (Broder's choice for web pages) tell apart
#: articles that share common phrases, yet stay equal across a copy with a changed footer.
SHINGLE_WORDS = 5
#: Hash functions per signature: 120 gives a similarity estimate within about ±0.05.
NUM_PERM = 120
#: 20 bands of 6 rows: two bodies of similarity 0.8 share a band with probability 0.998,
#: two of 0.4 with 0.08 (the LSH curve's middle, (1/20)^(1/6), is at 0.61).
BANDS = 20
ROWS = NUM_PERM // BANDS
#: The estimated similarity from which a body counts as a copy of another: a wire story
#: republished with its own headline, byline and footer stays above it; two reports of one
#: event written separately stay well below.
NEAR_DUPLICATE_SIMILARITY = 0.8
#: Bodies shorter than this are not compared: a few sentences share too many shingles with
#: any other short notice to say anything.
MIN_WORDS = 40
#: datasketch's hashing scheme, named so that an upgrade changing the default keeps the
#: signatures already stored comparable.
SCHEME = "affine32"
_WORD = re.compile(r"\w+", re.UNICODE)


@attrs.frozen
class Signature:
    """A body's MinHash values (``NUM_PERM`` unsigned 32-bit numbers)."""

    values: np.ndarray[tuple[int], np.dtype[np.uint32]] = attrs.field(eq=False)

    def to_bytes(self) -> bytes:
        return self.values.astype("<u4").tobytes()

    @classmethod
    def from_bytes(cls, data: bytes) -> Signature:
        return cls(np.frombuffer(data, dtype="<u4").astype(np.uint32))

    def similarity(self, other: Signature) -> float:
        """The estimated Jaccard similarity of the two shingle sets."""
        return float(np.mean(self.values == other.values))

    def bands(self) -> list[int]:
        """One signed 64-bit hash per band, keyed by the band's number, so that equal
        values in two different bands never match (the ``lsh_bands.hash`` column)."""
        raw = self.values.astype("<u4").tobytes()
        size = ROWS * 4
        return [
            int.from_bytes(
                hashlib.blake2b(
                    raw[i * size : (i + 1) * size], digest_size=8, salt=i.to_bytes(16, "little")
                ).digest(),
                "little",
                signed=True,
            )
            for i in range(BANDS)
        ]


def shingles(text: str) -> set[bytes]:
    """The body's ``SHINGLE_WORDS``-word shingles, lower-cased, punctuation left out."""
    words = _WORD.findall(text.lower())
    if len(words) < SHINGLE_WORDS:
        return {" ".join(words).encode()} if words else set()
    return {
        " ".join(words[i : i + SHINGLE_WORDS]).encode()
        for i in range(len(words) - SHINGLE_WORDS + 1)
    }


def signature(text: str) -> Signature | None:
    """The body's signature, or None when it is shorter than ``MIN_WORDS`` words."""
    if len(_WORD.findall(text)) < MIN_WORDS:
        return None
    minhash = _empty().copy()
    minhash.update_batch(sorted(shingles(text)))
    return Signature(np.asarray(minhash.hashvalues, dtype=np.uint32))


@functools.cache
def _empty() -> Any:
    """An empty MinHash to copy: making one draws its ``NUM_PERM`` permutations again."""
    from datasketch import MinHash  # its import pulls in scipy: only when a body is compared

    return MinHash(num_perm=NUM_PERM, scheme=SCHEME)
