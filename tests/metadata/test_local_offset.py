"""The page's offset read off a UTC stamp and the same instant in local time without an
offset (metadata/local_offset.py)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

import newsextract
from newsextract.metadata.candidate import Candidate
from newsextract.metadata.fields import ArticleField
from newsextract.metadata.local_offset import at_local_offset
from newsextract.origin import Origin

UTC_STAMP = datetime(2024, 3, 5, 13, 30, tzinfo=UTC)


def _local(value: datetime, origin: Origin = Origin.JSONLD) -> Candidate:
    return Candidate(field=ArticleField.PUBLISHED, value=value, origin=origin, detail="x")


@pytest.mark.parametrize(
    ("local", "offset"),
    [
        (datetime(2024, 3, 5, 10, 30), timedelta(hours=-3)),  # Buenos Aires
        (datetime(2024, 3, 5, 19, 15), timedelta(hours=5, minutes=45)),  # Kathmandu
        (datetime(2024, 3, 6, 0, 30), timedelta(hours=11)),  # Sydney, the next day
    ],
)
def test_a_local_time_of_the_same_instant_gives_the_offset(
    local: datetime, offset: timedelta
) -> None:
    found = at_local_offset(UTC_STAMP, [_local(local)])
    assert found == UTC_STAMP  # the same instant
    assert found.utcoffset() == offset


@pytest.mark.parametrize(
    "candidate",
    [
        _local(datetime(2024, 3, 5, 10, 31)),  # not a whole quarter hour away: another time
        _local(datetime(2024, 3, 4, 10, 30)),  # -27 h: no zone is that far
        _local(datetime(2024, 3, 5)),  # a day without a time
        _local(datetime(2024, 3, 5, 10, 30), Origin.OPENGRAPH),  # a <meta> stamp
        _local(datetime(2024, 3, 5, 10, 30, tzinfo=timezone(timedelta(hours=1)))),
    ],
)
def test_no_offset_without_a_local_time_of_the_same_instant(candidate: Candidate) -> None:
    assert at_local_offset(UTC_STAMP, [candidate]).utcoffset() == timedelta(0)


def test_a_page_stamped_in_utc_and_written_in_local_time_gets_its_offset() -> None:
    html = (
        '<html lang="es"><head><meta property="article:published_time" '
        'content="2024-03-05T13:30:00Z"><script type="application/ld+json">'
        '{"@type": "NewsArticle", "headline": "Abre la estación", '
        '"datePublished": "2024-03-05T10:30:00", "dateModified": "2024-03-05T12:47:00"}'
        "</script></head><body><article><h1>Abre la estación</h1><p>Texto.</p></article>"
        "</body></html>"
    )
    article = newsextract.extract(html)
    assert article.published == datetime(2024, 3, 5, 10, 30, tzinfo=timezone(timedelta(hours=-3)))
    assert article.modified == datetime(2024, 3, 5, 12, 47, tzinfo=timezone(timedelta(hours=-3)))


def test_a_publication_without_a_zone_takes_the_zone_of_the_pages_update() -> None:
    from newsextract.metadata.local_offset import with_update_offset

    aedt = timezone(timedelta(hours=11))
    published = datetime(2025, 3, 3, 14, 20)
    updated = datetime(2025, 3, 3, 16, 5, tzinfo=aedt)
    assert with_update_offset(published, updated) == datetime(2025, 3, 3, 14, 20, tzinfo=aedt)
    # Not across more than a week (a zone may change its offset), nor from UTC or no zone.
    assert with_update_offset(published, updated + timedelta(days=30)).tzinfo is None
    assert with_update_offset(published, updated.astimezone(UTC)).tzinfo is None
    assert with_update_offset(published, None).tzinfo is None


def test_a_visible_update_line_gives_modified_beside_a_timed_publication() -> None:
    html = (
        '<html lang="da"><head><meta property="article:published_time" '
        'content="2025-03-03T09:15:00+01:00"></head><body><article><h1>Broen bliver forsinket</h1>'
        '<div class="meta">Opdateret 3. marts 2025 kl. 12:40</div>'
        f"<p>{'Vejdirektoratet har fundet fejl i fundamenterne under broen. ' * 4}</p>"
        "</article></body></html>"
    )
    article = newsextract.extract(html)
    assert article.modified == datetime(2025, 3, 3, 12, 40, tzinfo=timezone(timedelta(hours=1)))
