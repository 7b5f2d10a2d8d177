"""Finding the earlier article a body copies, and recording it as ``duplicate_of``.

Exact copies share the body hash (``convert.body_hash``); near copies share an LSH band
(``minhash``) and then a whole-signature similarity of at least
``NEAR_DUPLICATE_SIMILARITY``. A copy points at the first article of its group: when the
one found is itself a copy, at that one's original. Only articles stored before are
candidates, so copies never point at each other in a ring.
"""

from __future__ import annotations

import attrs
import sqlalchemy as sa

from newsextract.store.minhash import BANDS, NEAR_DUPLICATE_SIMILARITY, Signature
from newsextract.store.schema import articles, lsh_bands


@attrs.frozen
class Match:
    """The earlier article a body copies, and how alike they are (1.0: the same body)."""

    article_id: int
    similarity: float


def find_original(
    conn: sa.Connection, article_id: int, body_hash: str | None, signature: Signature | None
) -> Match | None:
    """The article ``article_id``'s body copies, exactly or nearly, or None (``body_hash``
    is None for an empty body, which copies nothing)."""
    exact = _exact(conn, article_id, body_hash) if body_hash else None
    if exact is not None:
        return Match(_original(conn, exact), 1.0)
    if signature is None:  # too short to compare: only an exact copy counts
        return None
    best: Match | None = None
    for other_id, data in _candidates(conn, article_id, signature):
        similarity = signature.similarity(Signature.from_bytes(data))
        if similarity >= NEAR_DUPLICATE_SIMILARITY and (
            best is None or similarity > best.similarity
        ):
            best = Match(other_id, similarity)
    return None if best is None else Match(_original(conn, best.article_id), best.similarity)


def record(
    conn: sa.Connection, article_id: int, body_hash: str | None, signature: Signature | None
) -> Match | None:
    """Find the original, set ``duplicate_of``/``similarity`` and index the new bands."""
    match = find_original(conn, article_id, body_hash, signature)
    conn.execute(
        articles.update()
        .where(articles.c.id == article_id)
        .values(
            duplicate_of=match.article_id if match else None,
            similarity=match.similarity if match else None,
            signature=signature.to_bytes() if signature else None,
        )
    )
    conn.execute(lsh_bands.delete().where(lsh_bands.c.article_id == article_id))
    if signature is not None:
        conn.execute(
            lsh_bands.insert(),
            [
                {"article_id": article_id, "band": band, "hash": value}
                for band, value in enumerate(signature.bands())
            ],
        )
    return match


def _exact(conn: sa.Connection, article_id: int, body_hash: str) -> int | None:
    query = (
        sa.select(articles.c.id)
        .where(articles.c.body_hash == body_hash, articles.c.id < article_id)
        .order_by(articles.c.id)
        .limit(1)
    )
    return conn.execute(query).scalar()


#: Earlier articles compared with a new one, of those sharing a band with it (each article
#: holds ``BANDS`` rows at most): a copy found points at its group's first article. A site
#: of thousands of near-identical pages had each new one compared with all before it (3,000
#: took 108 s, the last ones 60 ms each and growing; 100,000 would take days); real copies
#: of one story number a few dozen.
MAX_CANDIDATES = 200

#: Earlier articles sharing a band hash with the new one (the hash is keyed by the band's
#: number, so sharing a hash is sharing a band), with their signatures, the first
#: ``MAX_CANDIDATES``; one statement, compiled once, whatever the hashes.
_CANDIDATES = (
    sa.select(articles.c.id, articles.c.signature)
    .where(
        articles.c.id.in_(
            sa.select(lsh_bands.c.article_id)
            .where(
                lsh_bands.c.hash.in_(sa.bindparam("hashes", expanding=True)),
                lsh_bands.c.article_id < sa.bindparam("article_id"),
            )
            # Read in the hash index's order (SQLite: each hash's rows as they were written),
            # not sorted: sorting every row sharing a band cost 30 ms a write at 3,000
            # copies. Any article of a group leads to its first (``_original``).
            .limit(MAX_CANDIDATES * BANDS)
        ),
        articles.c.signature.is_not(None),
    )
    .order_by(articles.c.id)
    .limit(MAX_CANDIDATES)
)


def _candidates(
    conn: sa.Connection, article_id: int, signature: Signature
) -> list[tuple[int, bytes]]:
    """Earlier articles sharing a band with ``signature``, with their signatures."""
    rows = conn.execute(_CANDIDATES, {"hashes": signature.bands(), "article_id": article_id})
    return [(row.id, row.signature) for row in rows]


def _original(conn: sa.Connection, article_id: int) -> int:
    """The article itself, or the one it was found to copy."""
    found = conn.execute(
        sa.select(articles.c.duplicate_of).where(articles.c.id == article_id)
    ).scalar()
    return int(found) if found is not None else article_id
