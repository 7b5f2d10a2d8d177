"""The resolution table (``fields.POLICIES``) and ``resolve``: what wins, what loses, why."""

from __future__ import annotations

import types
from datetime import UTC, datetime

import pytest

import newsextract
from newsextract.metadata.candidate import Candidate, Value
from newsextract.metadata.fields import POLICIES, ArticleField, Combine, Evidence
from newsextract.metadata.resolve import ResolvedMetadata, resolve
from newsextract.origin import Origin

F = ArticleField
URL = "https://www.riversidecourier.com/2024/03/05/storm"


def cand(field: str, value: Value, origin: Origin, detail: str = "") -> Candidate:
    return Candidate(field=field, value=value, origin=origin, detail=detail)


def reasons(resolved: ResolvedMetadata, field: ArticleField) -> dict[str, str]:
    return {r.candidate.provenance: r.reason for r in resolved.resolution(field).rejected}


def test_every_field_has_one_policy_and_every_source_is_an_origin() -> None:
    assert set(POLICIES) == set(ArticleField)
    for policy in POLICIES.values():
        assert policy.sources[0] is Origin.RULE  # a site rule speaks first everywhere
        for source in policy.sources:
            Origin(str(source).split(":", 1)[0])
        assert bool(policy.weights) == (policy.combine is Combine.VOTE)


def test_a_candidate_field_is_typed_and_still_equal_to_its_name() -> None:
    candidate = cand("title", "A", Origin.HTML, "title")
    assert candidate.field is F.TITLE and candidate.field == "title"
    assert cand("headline", "A", Origin.HTML).field is Evidence.HEADLINE
    with pytest.raises(ValueError):
        cand("no_such_field", "A", Origin.HTML)


def test_first_wins_and_the_others_say_which_source_beat_them() -> None:
    resolved = resolve(
        [
            cand("image", "https://x/b.jpg", Origin.JSONLD, "image"),
            cand("image", "https://x/a.jpg", Origin.OPENGRAPH, "og:image"),
            cand("image", "https://x/c.jpg", Origin.HTML, "img"),
        ],
        URL,
    )
    assert resolved.text(F.IMAGE) == "https://x/a.jpg"
    assert resolved.provenance()["image"] == "opengraph:og:image"
    assert reasons(resolved, F.IMAGE) == {
        "jsonld:image": "lower in precedence than opengraph:og:image",
        "html:img": "html is not a source of image",
    }


def test_an_unusable_value_gives_way_to_the_next_source_with_its_reason() -> None:
    resolved = resolve(
        [
            cand("language", "english", Origin.JSONLD, "inLanguage"),
            cand("language", "jp", Origin.HTML),
        ],
        URL,
    )
    assert resolved.text(F.LANGUAGE) == "ja"  # a country code used as a language
    assert "not a language code" in reasons(resolved, F.LANGUAGE)["jsonld:inLanguage"]


def test_the_record_is_frozen_and_its_mapping_read_only() -> None:
    resolved = resolve([cand("title", "A headline here", Origin.JSONLD, "headline")], URL)
    assert isinstance(resolved.fields, types.MappingProxyType)
    with pytest.raises(AttributeError):  # a NamedTuple: no field can be set
        resolved.word_count = 3  # type: ignore[misc]
    assert set(resolved.fields) == set(ArticleField)
    assert resolved.resolution(F.TAGS).chosen is None


def test_the_site_posing_as_author_loses_to_a_person() -> None:
    resolved = resolve(
        [
            cand("publisher", "Riverside Courier", Origin.OPENGRAPH, "og:site_name"),
            cand("authors", ("Riverside Courier",), Origin.JSONLD, "author"),
            cand("authors", ("By Jane Doe",), Origin.TEXT, "byline-text"),
        ],
        URL,
    )
    assert resolved.names(F.AUTHORS) == ("Jane Doe",)
    assert reasons(resolved, F.AUTHORS)["jsonld:author"] == "a site name, not a person"


def test_the_site_credited_alone_is_the_author() -> None:
    resolved = resolve(
        [
            cand("publisher", "Riverside Courier", Origin.OPENGRAPH, "og:site_name"),
            cand("authors", ("Riverside Courier",), Origin.JSONLD, "author"),
            cand("authors", ("RIVERSIDE COURIER",), Origin.META, "author"),
        ],
        URL,
    )
    assert resolved.names(F.AUTHORS) == ("Riverside Courier",)
    assert resolved.provenance()["authors"] == "jsonld:author"
    assert reasons(resolved, F.AUTHORS) == {"meta:author": "a site name, not a person"}


def test_an_agency_credited_as_author_stays() -> None:
    resolved = resolve([cand("authors", ("Jane Doe", "dpa"), Origin.JSONLD, "author")], URL)
    assert resolved.names(F.AUTHORS) == ("Jane Doe", "dpa")


def test_a_personal_site_keeps_its_owner_as_author() -> None:
    resolved = resolve(
        [
            cand("publisher", "Jane Doe", Origin.JSONLD, "publisher"),
            cand("publisher_is_person", True, Origin.JSONLD, "publisher"),
            cand("authors", ("Jane Doe",), Origin.JSONLD, "author"),
        ],
        "https://janedoe.blog/post",
    )
    assert resolved.names(F.AUTHORS) == ("Jane Doe",)


def test_a_date_with_a_time_beats_the_same_day_without_one() -> None:
    timed = datetime(2024, 3, 5, 10, 30, tzinfo=UTC)
    resolved = resolve(
        [
            cand("published", datetime(2024, 3, 5), Origin.URL, "path"),
            cand("published", timed, Origin.HTML, "time[datetime]"),
        ],
        URL,
    )
    assert resolved.date(F.PUBLISHED) == timed
    assert reasons(resolved, F.PUBLISHED)["url:path"] == "same day without time"


def test_a_day_outvoted_says_by_how_much() -> None:
    resolved = resolve(
        [
            cand("published", datetime(2024, 3, 5), Origin.URL, "path"),
            cand("published", datetime(2024, 3, 5), Origin.OPENGRAPH, "article:published_time"),
            cand("published", datetime(2024, 3, 9), Origin.JSONLD, "datePublished"),
        ],
        URL,
    )
    assert resolved.date(F.PUBLISHED) == datetime(2024, 3, 5)
    assert reasons(resolved, F.PUBLISHED)["jsonld:datePublished"] == (
        "its day 2024-03-09 scored 2, 2024-03-05 scored 5.5"
    )


def test_a_paywall_needs_one_source_saying_so() -> None:
    free = cand("is_paywalled", False, Origin.JSONLD, "isAccessibleForFree")
    resolved = resolve([free], URL)
    assert resolved.flag(F.IS_PAYWALLED) is False
    assert resolved.provenance()["is_paywalled"] == "jsonld:isAccessibleForFree"
    walled = resolved.refined([cand("is_paywalled", True, Origin.HTML, "paywall")])
    assert walled.flag(F.IS_PAYWALLED) is True
    assert reasons(walled, F.IS_PAYWALLED)["jsonld:isAccessibleForFree"].endswith("is enough")


def test_late_candidates_fill_only_what_the_page_left_empty() -> None:
    resolved = resolve([cand("source", "Reuters", Origin.TEXT, "source-line")], URL)
    later = resolved.refined(
        [
            cand("source", "AFP", Origin.TEXT, "dateline"),
            cand("language", "fr", Origin.TEXT, "letters"),
        ]
    )
    assert later.text(F.SOURCE) == "Reuters"
    assert later.text(F.LANGUAGE) == "fr"
    assert later.provenance()["language"] == "text:letters"
    assert resolved.text(F.LANGUAGE) is None  # refining makes a new record


def test_the_caller_language_comes_after_the_page_and_before_the_letters() -> None:
    option = cand("language", "de", Origin.OPTION)
    assert (
        resolve([option, cand("language", "fr", Origin.HTML, "html[lang]")], URL).text(F.LANGUAGE)
        == "fr"
    )
    alone = resolve([option], URL)
    assert alone.text(F.LANGUAGE) == "de"
    assert alone.refined([cand("language", "fr", Origin.TEXT, "letters")]).text(F.LANGUAGE) == "de"


def test_breadcrumbs_give_categories_when_no_source_names_one() -> None:
    crumbs = cand("breadcrumbs", ("Home", "Sport", "Storm hits"), Origin.JSONLD, "BreadcrumbList")
    resolved = resolve([crumbs, cand("title", "Storm hits", Origin.JSONLD, "headline")], URL)
    assert resolved.names(F.CATEGORIES) == ("Sport",)
    named = resolve(
        [crumbs, cand("categories", ("Weather",), Origin.JSONLD, "articleSection")], URL
    )
    assert named.names(F.CATEGORIES) == ("Weather",)
    assert "lower in precedence" in reasons(named, F.CATEGORIES)["jsonld:BreadcrumbList"]


def test_the_title_explains_why_the_h1_lost_or_won() -> None:
    resolved = resolve(
        [
            cand("publisher", "Riverside Courier", Origin.OPENGRAPH, "og:site_name"),
            cand("title", "Riverside Courier", Origin.JSONLD, "headline"),
            cand("title", "Storm hits the coast | Riverside Courier", Origin.HTML, "title"),
            cand("headline", "Storm hits the coast", Origin.HTML, "h1"),
        ],
        URL,
    )
    assert resolved.text(F.TITLE) == "Storm hits the coast"
    assert resolved.provenance()["title"] == "html:h1"
    why = reasons(resolved, F.TITLE)
    assert why["jsonld:headline"] == "the site's name, not the article's"
    assert why["html:title"] == "the visible headline agrees with it and wins"


def test_the_host_name_is_no_publisher() -> None:
    from newsextract import extract

    page = "<html><head><title>Storm hits the coast</title></head><body><p>Text.</p></body></html>"
    article = extract(page, url=URL)
    assert article.publisher is None
    named = extract(
        page.replace("<head>", '<head><meta property="og:site_name" content="RC">'), url=URL
    )
    assert named.publisher == "RC"


def test_the_publisher_is_the_site_part_of_the_title_never_the_host_slug() -> None:
    from newsextract import extract

    page = "<html><head><title>{}</title></head><body><h1>Storm</h1><p>Text.</p></body></html>"
    named = extract(page.format("Storm hits the coast | The Riverside Courier"), url=URL)
    assert (named.publisher, named.provenance["publisher"]) == (
        "The Riverside Courier",
        "html:title-site",
    )
    assert (
        extract(page.format("Storm hits the coast | riversidecourier"), url=URL).publisher is None
    )
    # a part the host names only the start of is the site's name and a headline: no name
    long_part = "Riverside Courier: Week in Pictures - Storm hits the coast"
    assert extract(page.format(long_part), url=URL).publisher is None
    tagline = "Riverside Courier, news of the valley and more - Storm hits the coast"
    assert extract(page.format(tagline), url=URL).publisher is None
    meta = '<meta property="og:site_name" content="RC">'
    assert extract(page.replace("<head>", "<head>" + meta), url=URL).publisher == "RC"


def test_only_fields_that_depend_on_no_other_can_be_refined() -> None:
    resolved = resolve([], URL)
    with pytest.raises(AssertionError):
        resolved.refined([cand("title", "Late title", Origin.TEXT, "late")])


def test_tags_narrow_to_the_list_another_source_agrees_on() -> None:
    seo = ("Climate", "Floods", "Rain", "breaking news", "latest news")
    resolved = resolve(
        [
            cand("tags", seo, Origin.JSONLD, "keywords"),
            cand("tags", ("floods", "Climate", "Rain"), Origin.HTML, "a[rel=tag]"),
        ],
        URL,
    )
    assert resolved.provenance()["tags"] == "html:a[rel=tag]"
    assert reasons(resolved, F.TAGS)["jsonld:keywords"] == (
        "holds items beyond the 3 that html:a[rel=tag] agrees on"
    )


def test_tags_keep_the_first_list_when_the_other_shares_too_little() -> None:
    first = ("Climate", "Floods", "Rain", "Europe", "Weather")
    for other in (("Climate",), ("Climate", "Floods"), ("Climate", "Snow", "Rain")):
        resolved = resolve(
            [
                cand("tags", first, Origin.JSONLD, "keywords"),
                cand("tags", other, Origin.META, "news_keywords"),
            ],
            URL,
        )
        assert resolved.provenance()["tags"] == "jsonld:keywords", other


def test_a_companys_legal_name_gives_way_to_the_sites_brand() -> None:
    legal = Candidate(field=ArticleField.PUBLISHER, value="Helvetmedia AG", origin=Origin.JSONLD)
    brand = Candidate(
        field=ArticleField.PUBLISHER,
        value="Seeblatt",
        origin=Origin.OPENGRAPH,
        detail="og:site_name",
    )
    resolution = resolve([legal, brand], None).resolution(ArticleField.PUBLISHER)
    assert (resolution.value, resolution.chosen) == ("Seeblatt", brand)
    assert "legal name" in resolution.rejected[0].reason


def test_a_legal_name_stays_when_no_later_source_gives_a_plain_name() -> None:
    legal = Candidate(field=ArticleField.PUBLISHER, value="Utopia GmbH", origin=Origin.JSONLD)
    decorated = Candidate(
        field=ArticleField.PUBLISHER, value="https://gruenwelt.de", origin=Origin.OPENGRAPH
    )
    resolution = resolve([legal, decorated], None).resolution(ArticleField.PUBLISHER)
    assert resolution.value == "Utopia GmbH"


def test_a_brand_first_is_kept_whatever_follows() -> None:
    brand = Candidate(field=ArticleField.PUBLISHER, value="El Mirador", origin=Origin.JSONLD)
    legal = Candidate(
        field=ArticleField.PUBLISHER, value="Ediciones Mirador S.L.", origin=Origin.OPENGRAPH
    )
    assert resolve([brand, legal], None).value(ArticleField.PUBLISHER) == "El Mirador"


def test_the_published_vote_sees_the_modification_stamps() -> None:
    """A wire story whose CMS wrote the update over the publication stamp: the header's
    written time is the publication (``published.vote`` needs the modified stamps for it)."""
    text = "<p>" + "The council voted on the new budget late in the evening. " * 8 + "</p>"
    html = (
        "<html lang='en'><head>"
        "<meta property='article:published_time' content='2020-01-20T09:49:32Z'>"
        "<meta property='article:modified_time' content='2020-01-20T09:49:32Z'>"
        "</head><body><article><h1>Council passes the budget</h1>"
        "<div class='date'>January 19, 2020 / 12:25 PM / Updated 8 hours ago</div>"
        f"{text * 3}</article></body></html>"
    )
    article = newsextract.extract(html, url="https://example.org/news/budget")
    assert article.published is not None
    assert article.published.replace(tzinfo=None) == datetime(2020, 1, 19, 12, 25)
