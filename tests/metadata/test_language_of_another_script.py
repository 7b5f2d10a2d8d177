"""A declared language written in another script than the text (a CMS's default "en-US" on
a Bulgarian page) is overruled by a short text too; one of the same script by a long one, or
by a short one wholly in the other language (a short text mixing Swedish and English under
"en" may hold a quotation)."""

from __future__ import annotations

import newsextract
from newsextract.language import _other_scripts

_BULGARIAN = (
    "<p>От 1 април учениците в Пловдив ще пътуват безплатно в градския транспорт. Това реши "
    "общинският съвет на извънредно заседание в понеделник.</p><p>Мярката ще обхване над "
    "40 000 деца от първи до дванадесети клас, които живеят или учат в града.</p>"
)
_SWEDISH = (
    "<p>Det blir en andra färjelinje över Kvarken. På måndagen meddelade ministern att staten "
    "går in med pengar för att trygga trafiken mellan Umeå och Vasa.</p><p>Rederiet räknar "
    "med att den nya färjan kan sättas i trafik i september nästa år.</p>"
)


def _page(text: str) -> str:
    return (
        '<html lang="en-US"><head><meta charset="utf-8"><title>Новини</title></head>'
        f"<body><article><h1>Новини от града</h1>{text}</article></body></html>"
    )


def test_a_short_text_in_another_script_overrules_the_declaration() -> None:
    article = newsextract.extract(_page(_BULGARIAN))
    assert article.language == "bg"
    assert article.provenance["language"] == "text:not-as-declared"


def test_a_short_text_in_the_same_script_does_only_when_wholly_in_another_language() -> None:
    """A short Swedish text with an English sentence in it keeps "en"; the whole text in
    Swedish (CLD2's 99%) is no quotation, and overrules it (wave 71: WHOLE_TEXT_SHARE)."""
    english = (
        "<p>The minister said the ferry would carry both passengers and freight across the "
        "gulf.</p>"
    )
    assert newsextract.extract(_page(_SWEDISH + english)).language == "en"
    article = newsextract.extract(_page(_SWEDISH))
    assert (article.language, article.provenance["language"]) == ("sv", "text:not-as-declared")


def test_scripts_from_dateparser_data() -> None:
    assert _other_scripts("en", "bg")
    assert _other_scripts("en", "ko")
    assert not _other_scripts("en", "sv")
    assert not _other_scripts("sr", "hr")  # Serbian is written in both scripts
    assert not _other_scripts("en", "xx")  # unknown: no overruling
