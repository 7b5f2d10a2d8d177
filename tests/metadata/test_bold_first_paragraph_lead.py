"""A text's first paragraph set whole in bold after the ``<h1>`` (``<p><strong>…</strong></p>``,
no class) is the lead, as Balkan and Central European newsrooms set it; a paragraph opening
with a bold phrase, or a bold line with no text after it, is none (probe
sr_latin_declared_bold_first_paragraph of ``test_blind_publisher_lead_probes``)."""

from __future__ import annotations

import pytest

import newsextract

_LEAD_HR = "Gradsko vijeće odlučilo je da nova knjižnica radi i nedjeljom od sljedećeg mjeseca."
_TEXT_HR = (
    "<p>Knjižnica u staroj vojarni otvorena je prije dvije godine i otad je broj upisanih "
    "članova narastao na više od četiri tisuće, a čitaonica je često puna već u jutarnjim "
    "satima, pa su vijećnici prihvatili prijedlog ravnateljice.</p>"
) * 2


def _page(first: str, after: str = _TEXT_HR) -> str:
    return (
        "<html lang='hr'><head><title>Knjižnica radi i nedjeljom</title></head><body><main>"
        "<article><h1>Knjižnica radi i nedjeljom</h1><div class='article-body'>"
        f"{first}{after}</div></article></main></body></html>"
    )


_URL = "https://gradski-glasnik.example.hr/vijesti/knjiznica"


def test_a_bold_first_paragraph_is_the_lead() -> None:
    article = newsextract.extract(_page(f"<p><strong>{_LEAD_HR}</strong></p>"), url=_URL)
    assert article.lead == _LEAD_HR


def test_a_bold_first_paragraph_in_b_is_the_lead_in_czech() -> None:
    lead = "Rada města rozhodla, že nová knihovna bude od příštího měsíce otevřená i v neděli."
    text = (
        "<p>Knihovna ve staré kasárně funguje dva roky a počet čtenářů od té doby vzrostl na "
        "více než čtyři tisíce, studovna bývá plná už dopoledne, a proto radní návrh ředitelky "
        "přijali.</p>"
    ) * 2
    page = _page(f"<p><b>{lead}</b></p>", text).replace("lang='hr'", "lang='cs'")
    assert newsextract.extract(page, url="https://mestske-listy.example.cz/z/k").lead == lead


@pytest.mark.parametrize(
    "first",
    [
        # a bold phrase opening the paragraph, plain words after it: the text's first words
        f"<p><strong>Zagreb</strong> – {_LEAD_HR}</p>",
        # a paragraph with a bold phrase inside it
        f"<p>Ukratko: <b>{_LEAD_HR}</b></p>",
    ],
)
def test_a_paragraph_partly_bold_is_no_lead(first: str) -> None:
    assert newsextract.extract(_page(first), url=_URL).lead != _LEAD_HR


def test_a_lone_bold_paragraph_without_text_after_it_is_no_lead() -> None:
    page = _page(f"<p><strong>{_LEAD_HR}</strong></p>", after="<div class='gallery'></div>")
    assert newsextract.extract(page, url=_URL).lead != _LEAD_HR


def test_a_bold_paragraph_before_the_texts_box_is_the_lead() -> None:
    """The lead set apart from the text's box, a paragraph opening it (probe
    ru_bold_first_paragraph_lead of ``test_blind_tag_source_probes_70``)."""
    page = _page(f"<p><strong>{_LEAD_HR}</strong></p>", after=f"<div class='text'>{_TEXT_HR}</div>")
    assert newsextract.extract(page, url=_URL).lead == _LEAD_HR


def test_a_bold_paragraph_before_a_box_opening_with_a_picture_is_no_lead() -> None:
    """A box after the bold line that opens with no paragraph is no text known to follow."""
    after = f"<div class='gallery'><figure><img src='/a.jpg' alt=''></figure>{_TEXT_HR}</div>"
    page = _page(f"<p><strong>{_LEAD_HR}</strong></p>", after=after)
    assert newsextract.extract(page, url=_URL).lead != _LEAD_HR


def _boxed_page(lead_box: str, after: str = f"<div>{_TEXT_HR}</div>") -> str:
    """The ``<h1>`` alone in its box, then ``lead_box``, then ``after``."""
    return (
        "<html lang='hr'><head><title>Knjižnica radi i nedjeljom</title></head><body><main>"
        "<article><div><h1>Knjižnica radi i nedjeljom</h1></div>"
        f"{lead_box}{after}</article></main></body></html>"
    )


def test_a_bold_box_after_a_headline_alone_in_its_box_is_the_lead() -> None:
    """The lead in a box of its own (a <div> holding only bold text, itself alone in a box)
    between the headline's box and the text's (probe b72a_lv_bold_lead_in_own_cell_and_bio
    of ``test_blind72a_probes``, hashed)."""
    page = _boxed_page(f"<div><div><b>{_LEAD_HR}</b></div></div>")
    assert newsextract.extract(page, url=_URL).lead == _LEAD_HR


@pytest.mark.parametrize(
    ("lead_box", "after"),
    [
        # a bold box with no text after it: a lone line
        (f"<div><div><b>{_LEAD_HR}</b></div></div>", "<div class='gallery'></div>"),
        # a box of a bold phrase and plain words: the text's first words
        (f"<div><div><b>Zagreb</b> – {_LEAD_HR}</div></div>", f"<div>{_TEXT_HR}</div>"),
    ],
)
def test_a_bold_box_without_text_after_it_or_partly_bold_is_no_lead(
    lead_box: str, after: str
) -> None:
    assert newsextract.extract(_boxed_page(lead_box, after), url=_URL).lead != _LEAD_HR
