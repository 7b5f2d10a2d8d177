"""A declared language written in another script than the text (a CMS's default "en-US" on
a Bulgarian page) is overruled by a short text too; one of the same script only by a long
one (a short Swedish text under "en" may be a quotation's)."""

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


def test_a_short_text_in_the_same_script_does_not() -> None:
    assert newsextract.extract(_page(_SWEDISH)).language == "en"


def test_scripts_from_dateparser_data() -> None:
    assert _other_scripts("en", "bg")
    assert _other_scripts("en", "ko")
    assert not _other_scripts("en", "sv")
    assert not _other_scripts("sr", "hr")  # Serbian is written in both scripts
    assert not _other_scripts("en", "xx")  # unknown: no overruling
