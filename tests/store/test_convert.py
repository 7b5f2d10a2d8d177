"""An article read back from the store is the article written (but its ``body_blocks``)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from hypothesis import given
from hypothesis import strategies as st

from newsextract import Article
from newsextract.store import convert

texts = st.none() | st.text(max_size=40)
names = st.lists(st.text(min_size=1, max_size=20), max_size=3).map(tuple)
zones = st.integers(min_value=-12 * 60, max_value=14 * 60).map(
    lambda minutes: timezone(timedelta(minutes=minutes))
)
dates = st.none() | st.datetimes(
    min_value=datetime(1990, 1, 1), max_value=datetime(2100, 1, 1), timezones=zones
)
articles = st.builds(
    Article,
    url=texts,
    canonical_url=texts,
    title=texts,
    lead=texts,
    byline=texts,
    authors=names,
    published=dates,
    modified=dates,
    publisher=texts,
    source=texts,
    tags=names,
    categories=names,
    language=texts,
    image=texts,
    body=st.text(max_size=200),
    is_paywalled=st.booleans(),
    rule=texts,
    provenance=st.dictionaries(st.text(max_size=10), st.text(max_size=10), max_size=3),
)


@given(articles)
def test_round_trip(article: Article) -> None:
    assert convert.from_json(convert.to_json(article)) == article


def test_a_page_offset_is_kept() -> None:
    paris = timezone(timedelta(hours=1))
    article = Article(published=datetime(2026, 11, 30, 8, 0, tzinfo=paris))
    back = convert.from_json(convert.to_json(article))
    assert back.published is not None and back.published.utcoffset() == timedelta(hours=1)
    assert back.published == datetime(2026, 11, 30, 7, 0, tzinfo=UTC)
