"""``Candidate``: its field named by enum member, its provenance written once."""

from __future__ import annotations

import attrs
import pytest

from newsextract.metadata.candidate import Candidate
from newsextract.metadata.fields import ArticleField, Evidence, field_name
from newsextract.origin import Origin


@pytest.mark.parametrize("member", [*ArticleField, *Evidence], ids=str)
def test_every_field_and_evidence_is_found_by_its_name(member: ArticleField | Evidence) -> None:
    assert field_name(member.value) is member
    assert field_name(member) is member


def test_an_unknown_field_name_is_a_value_error() -> None:
    with pytest.raises(ValueError, match="not a valid"):
        field_name("subtitle")


def test_provenance_is_origin_and_detail_and_follows_a_changed_candidate() -> None:
    candidate = Candidate(field="title", value="A", origin=Origin.JSONLD, detail="headline")
    assert candidate.provenance == "jsonld:headline"
    assert attrs.evolve(candidate, detail="name").provenance == "jsonld:name"
    assert attrs.evolve(candidate, detail="").provenance == "jsonld"
    # Not a part of the candidate's identity: the same source's same value is equal.
    assert candidate == Candidate(field="title", value="A", origin=Origin.JSONLD, detail="headline")
    assert "provenance" not in repr(candidate)
