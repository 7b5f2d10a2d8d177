"""Titles compared across case in Turkish ("İ" and "ı" fold to "i", ``fold_case``) and across
Persian zero-width non-joiners that metadata types as spaces (``agrees``)."""

from __future__ import annotations

from newsextract.metadata.title import choose_title
from newsextract.metadata.title_agreement import bare_headline


def test_a_kicker_in_turkish_capitals_is_cut_before_the_headline() -> None:
    title = "SON DAKİKA: Ankara'da 4,1 büyüklüğünde deprem"
    assert bare_headline(title, "Ankara'da 4,1 büyüklüğünde deprem", []) == (
        "Ankara'da 4,1 büyüklüğünde deprem",
        -1,
    )


def test_the_visible_headline_wins_over_metadata_titles_with_a_turkish_kicker() -> None:
    title = "SON DAKİKA: Ankara'da 4,1 büyüklüğünde deprem"
    choice = choose_title(
        "Ankara'da 4,1 büyüklüğünde deprem",
        [title, title, f"{title} | Anadolu Postası"],
        ["Anadolu Postası"],
        trusted=1,
    )
    assert choice.title == "Ankara'da 4,1 büyüklüğünde deprem"


def test_a_kicker_in_capitals_with_dotless_i_is_cut_too() -> None:
    title = "SICAK GELİŞME: Belediye otoparkları hafta sonu ücretsiz"
    assert bare_headline(title, "Belediye otoparkları hafta sonu ücretsiz", []) is not None


def test_a_title_typed_with_spaces_for_the_headlines_non_joiners_agrees() -> None:
    from newsextract.metadata.title_agreement import agrees

    heading = "شهرداری اصفهان پارک تازه\u200cای می\u200cسازد"
    assert agrees(heading, "شهرداری اصفهان پارک تازه ای می سازد")
    assert agrees(heading, "شهرداری اصفهان پارک تازه ای می سازد - اصفهان امروز")
    assert agrees(heading, "شهرداری اصفهان پارک تازهای میسازد")  # typed without either
    assert not agrees(heading, "شهرداری شیراز پارک تازه ای می سازد")
