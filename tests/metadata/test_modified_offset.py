"""``modified`` is shown at the page's offset as ``published`` is: a UTC stamp beside a
publication at the site's offset, and an update time written without a zone."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import newsextract
from newsextract.metadata.local_instants import localised_modified

_MINUS_3 = timezone(timedelta(hours=-3))
_PLUS_2 = timezone(timedelta(hours=2))


def test_a_utc_stamp_takes_the_publications_offset() -> None:
    value = datetime(2024, 3, 5, 16, 2, tzinfo=UTC)
    published = datetime(2024, 3, 5, 10, 30, tzinfo=_MINUS_3)
    local = localised_modified(value, [value], published)
    assert local == value
    assert local.utcoffset() == timedelta(hours=-3)


def test_a_utc_stamp_takes_the_offset_another_stamp_gives_it() -> None:
    value = datetime(2024, 3, 5, 16, 2, tzinfo=UTC)
    other = datetime(2024, 3, 5, 13, 2, tzinfo=_MINUS_3)
    assert localised_modified(value, [value, other], None).utcoffset() == timedelta(hours=-3)


def test_a_written_time_without_zone_takes_the_publications_offset() -> None:
    written = datetime(2024, 3, 5, 12, 47)
    published = datetime(2024, 3, 5, 10, 30, tzinfo=_PLUS_2)
    local = localised_modified(written, [], published)
    assert local == datetime(2024, 3, 5, 12, 47, tzinfo=_PLUS_2)


def test_utc_and_far_updates_are_no_evidence() -> None:
    written = datetime(2024, 3, 5, 12, 47)
    assert localised_modified(written, [], datetime(2024, 3, 5, 10, 30, tzinfo=UTC)) == written
    assert localised_modified(written, [], datetime(2024, 3, 5, 10, 30)) is written
    months_later = datetime(2024, 9, 5, 12, 47)
    published = datetime(2024, 3, 5, 10, 30, tzinfo=_PLUS_2)
    assert localised_modified(months_later, [], published).tzinfo is None


_UTC_PAGE = """<!doctype html><html lang="pt-BR"><head><title>Nova ciclovia</title>
<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle",
"headline": "Nova ciclovia", "datePublished": "2024-06-11T12:15:00Z",
"dateModified": "2024-06-11T15:40:00Z"}</script></head><body><article><h1>Nova ciclovia</h1>
<p class="data"><time datetime="2024-06-11T12:15:00Z">11/06/2024 09h15</time></p>
<p>A prefeitura inaugurou nesta terça-feira uma ciclovia de quatro quilômetros que liga o
centro ao parque da orla, com iluminação nova e bicicletários.</p>
<p>Segundo a secretaria de transportes, a obra custou menos do que o previsto e ficou pronta
dois meses antes do prazo combinado com os moradores.</p></article></body></html>"""


def test_a_utc_modified_stamp_on_a_page_is_shown_at_its_offset() -> None:
    article = newsextract.extract(_UTC_PAGE, url="https://noticias.example/ciclovia")
    assert article.published is not None and article.modified is not None
    assert article.published.isoformat() == "2024-06-11T09:15:00-03:00"
    assert article.modified.isoformat() == "2024-06-11T12:40:00-03:00"


_WRITTEN_PAGE = """<!doctype html><html lang="fi"><head><title>Uusi pyörätie</title></head>
<body><article><h1>Uusi pyörätie</h1>
<div class="date"><time datetime="2024-06-11T06:15:00.000Z">11.6.2024 9.15</time>
<span>Päivitetty 11.6.2024 13.05</span></div>
<p>Kaupunki avasi tiistaina uuden pyörätien, joka yhdistää keskustan rantapuistoon. Reitillä on
uusi valaistus ja pyöräpysäköintiä.</p>
<p>Liikennesuunnittelijan mukaan työ valmistui kaksi kuukautta etuajassa ja alittaa budjetin.</p>
</article></body></html>"""


def test_a_written_update_takes_the_pages_offset() -> None:
    article = newsextract.extract(_WRITTEN_PAGE, url="https://uutiset.example/pyoratie")
    assert article.published is not None and article.modified is not None
    assert article.published.isoformat() == "2024-06-11T09:15:00+03:00"
    assert article.modified.isoformat() == "2024-06-11T13:05:00+03:00"
