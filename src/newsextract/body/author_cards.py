"""An author card's role line over the text: a platform's article (a professional network's,
a blogging platform's) opens with its writer's card, the name linked to their profile, the
role under it ("Geschäftsführerin bei Beispiel Logistik GmbH", "Head of Design at …") and
the date line. The name goes as a link and the date as a stamp; the role, one short line
that is no sentence between them, is the card's too, whatever its words. An opinion piece's
card may give its writer's bio under the linked name instead ("Jane Roe is a professor of
law at …"): a bio's sentence naming the linked writer, over the text, is the card's."""

from __future__ import annotations

from newsextract.body.about_lines import is_about_line
from newsextract.body.characters import WORD, closes_sentence
from newsextract.body.model import PARAGRAPH
from newsextract.body.reasons import AUTHOR_CARD_ROLE, FURNITURE_LINE, LINK_LIST, Judged
from newsextract.metadata.name_shapes import looks_like_name

# A person's name as a card links it: a given name and a family name at least (a single
# word is as often a section's link), no longer than a long name.
_NAME_WORDS = (2, 5)
_NAME_CHARS = 60
# A role is one line: a longer one is the text's first paragraph.
_ROLE_CHARS = 100


def without_author_card_role(candidates: list[Judged]) -> list[Judged]:
    """Drop the first kept block when it is a short unlinked line closing no sentence, right
    after a dropped link that is a person's name (``_NAME_WORDS``) and right before a
    dropped furniture line (the card's date or byline); or when it is the linked writer's
    bio (``_is_card_bio``)."""
    first = next((at for at, (_, reason) in enumerate(candidates) if reason is None), -1)
    if first < 1 or first + 1 >= len(candidates):
        return candidates
    role = candidates[first][0]
    name, name_reason = candidates[first - 1]
    _, after_reason = candidates[first + 1]
    if _is_card_bio(candidates, first):
        out = list(candidates)
        out[first] = (role, AUTHOR_CARD_ROLE)
        return out
    if (
        role.kind is not PARAGRAPH
        or role.links
        or len(role.text) > _ROLE_CHARS
        or closes_sentence(role.text)
        or name_reason is None
        or not name_reason.startswith(LINK_LIST)
        or after_reason != FURNITURE_LINE
        or len(name.text) > _NAME_CHARS
        or not _NAME_WORDS[0] <= len(name.text.split()) <= _NAME_WORDS[1]
        or not looks_like_name(name.text)
    ):
        return candidates
    out = list(candidates)
    out[first] = (role, AUTHOR_CARD_ROLE)
    return out


# A bio names its writer in its first words ("Si Maria Clara Santos ay …", Tagalog's
# article before a name; "Dr. Jane Roe is …").
_BIO_NAME_WORDS = 6


def _is_card_bio(candidates: list[Judged], first: int) -> bool:
    """Whether the first kept block (at ``first``) is a bio sentence (``is_about_line``:
    a name, a copula, a profession) right after a dropped short link of two to five words
    whose last word (the writer's family name) is among the bio's first words, with kept
    text after it: an author card's bio over the text, not the text's first paragraph."""
    bio = candidates[first][0]
    name, name_reason = candidates[first - 1]
    name_words = name.text.split()
    if (
        bio.kind is not PARAGRAPH
        or bio.links
        or name_reason is None
        or not name_reason.startswith(LINK_LIST)
        or len(name.text) > _NAME_CHARS
        or not _NAME_WORDS[0] <= len(name_words) <= _NAME_WORDS[1]
        or not any(reason is None for _, reason in candidates[first + 1 :])
    ):
        return False
    opening = [word.lower() for word in WORD.findall(bio.text[:200])[:_BIO_NAME_WORDS]]
    return name_words[-1].lower() in opening and is_about_line(bio.text)
