"""A sentence whose names are linked: prose however dense in links. The cleanup keeps such a
paragraph and the region's scoring counts it (an encyclopedia's paragraph links a name every
few words, and read as a list of links it left the page's choice to the references)."""

from __future__ import annotations

from newsextract.body.characters import latin_width
from newsextract.lazy_regex import LazyPattern

# A sentence whose names link to topic pages ("<a>Prime Minister Fumio Kishida</a> met
# <a>President Joe Biden</a> at the <a>White House</a>.") is prose however dense in links:
# a <p> closing with a full stop, with at most this share linked, and at least this many
# letters of its own (Latin letters; a wide character weighs three: "は…と…で会談した。").
# A list of links closes with no sentence mark, nor does a teaser's headline; a link alone is
# no sentence of the page's.
LINKED_SENTENCE = 0.85
OWN_LETTERS = 12
# ... closing with its stop, a closing quote or bracket after it, and the reference marks an
# encyclopedia sets after a sentence ("… Bi'r an-Nakhil.[1]", "…宿場町。[2][3]");
FULL_STOP = LazyPattern(r"[.。।።۔][\"”’»)]?(?:\[\d{1,3}\])*\s*$")
# ... and not what a prompt or a teaser says in a sentence: a question or an exclamation to
# the reader ("Like recipe? Add the ingredients to your basket."), a label before its link
# ("Our Standards: The Thomson Reuters Trust Principles."), a web address to go to.
NOT_A_STATEMENT = LazyPattern(r"[?!？！¿¡؟]|^[^:：]{1,40}[:：]|://|www\.")


def is_linked_sentence(text: str, links: int) -> bool:
    """Whether ``text``, ``links`` of its characters linked, is a sentence whose names are
    linked (``LINKED_SENTENCE``). Asked only of text over a link-share bar."""
    share = links / len(text)
    return (
        share <= LINKED_SENTENCE
        and FULL_STOP.search(text) is not None
        and latin_width(text) * (1.0 - share) >= OWN_LETTERS
        and NOT_A_STATEMENT.search(text) is None
    )
