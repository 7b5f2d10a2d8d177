"""The page's language: declared, read from the text, and a declaration the text overrules."""

from __future__ import annotations

import newsextract
from newsextract.extract import extract_with_resolution
from newsextract.language import detect_language
from newsextract.metadata.fields import ArticleField

URL = "https://www.riversidecourier.co.za/news/2025/11/25/umhlangano"

# Zulu, about a council meeting (written for this test).
ZULU = [
    "Umkhandlu kamasipala uhlangane ngoLwesibili ebusuku ukuze uxoxe ngenkinga yamanzi "
    "ebibhekene nabahlali bale ndawo isikhathi eside. Abahlali bathi sebeneminyaka emithathu "
    "bengenawo amanzi ahlanzekile, futhi kufanele bahambe ibanga elide ukuze bathole amanzi.",
    "Ngokusho kukameya wedolobha, umasipala usuqalile ukwakha amapayipi amasha azosiza "
    "imindeni engaphezu kwezinkulungwane ezimbili. Uthe lo msebenzi kulindeleke ukuthi "
    "uphothulwe ngaphambi kokuphela konyaka, uma imali itholakala ngesikhathi.",
    "Omunye wabahlali uthe bakhathele yizethembiso ezingafezwa. Uthe izingane zakhe "
    "zivuka ekuseni kakhulu ukuze ziyokha amanzi emfuleni ngaphambi kokuya esikoleni, "
    "futhi lokhu kubeka impilo yazo engozini ngoba amanzi omfula awahlanzekile.",
    "Umkhandlu uthembise ukuthi uzobamba omunye umhlangano nomphakathi ngenyanga ezayo "
    "ukuze ubike ngenqubekela phambili yomsebenzi. Abahlali bacelwe ukuthi babike noma "
    "iyiphi inkinga abhekana nayo ehhovisi likamasipala eliseduze nabo.",
    "Iphini likameya lengeze ngokuthi uhulumeni wesifundazwe uvumile ukusiza ngemali "
    "eyengeziwe, futhi amathangi amanzi azolethwa ezindaweni ezithinteka kakhulu kuze "
    "kuphele umsebenzi wamapayipi.",
]

SPANISH_SHORT = (
    "El ayuntamiento aprobó ayer el nuevo presupuesto para el año que viene. "
    "La alcaldesa dijo que la prioridad será el agua potable en los barrios del norte."
)


def page(paragraphs: list[str], lang: str | None) -> str:
    lang_attr = f' lang="{lang}"' if lang else ""
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f"<!doctype html><html{lang_attr}><head><title>Umhlangano womkhandlu</title></head>"
        f"<body><article><h1>Umkhandlu uxoxa ngamanzi</h1>{body}</article></body></html>"
    )


def test_a_cms_default_language_is_overruled_by_a_body_wholly_in_another() -> None:
    extraction = extract_with_resolution(page(ZULU, "en-GB"), URL)
    assert extraction.article.language == "zu"
    resolution = extraction.resolution.resolution(ArticleField.LANGUAGE)
    assert resolution.provenance == "text:not-as-declared"
    assert [r.candidate.value for r in resolution.rejected] == ["en-GB"]


def test_a_body_in_the_declared_language_keeps_it() -> None:
    article = newsextract.extract(page(ZULU, "zu"), URL)
    assert article.language == "zu"
    assert article.provenance["language"] == "html:html[lang]"


def test_a_short_text_does_not_overrule_the_declaration() -> None:
    article = newsextract.extract(page([SPANISH_SHORT], "en"), URL)
    assert article.language == "en"


def test_a_page_mixing_languages_keeps_the_declared_one() -> None:
    english = (
        "The council met on Tuesday night to talk about the water problems that residents "
        "have faced for a long time, and promised new pipes before the end of the year."
    )
    article = newsextract.extract(page([*ZULU[:3], english, english, english], "en"), URL)
    assert article.language == "en"


def test_the_callers_language_is_not_overruled() -> None:
    article = newsextract.extract(page(ZULU, None), URL, language="xh")
    assert article.language == "xh"


def test_an_undeclared_language_is_read_from_the_text() -> None:
    article = newsextract.extract(page(ZULU, None), URL)
    assert (article.language, article.provenance["language"]) == ("zu", "text:letters")


def test_too_little_text_or_control_characters_give_no_language() -> None:
    assert detect_language(SPANISH_SHORT[:60]) is None
    assert detect_language("\x00\x1f\ud800" + " ".join(ZULU)) == "zu"


# Breton, about a new bridge (written for this test).
BRETON = [
    "Digoret eo bet ur pont nevez war ar stêr e-kreiz kêr hiziv vintin. Tremen a raio "
    "miliadoù a girri ha a varc'hoù-houarn warnañ bemdez, hervez an ti-kêr.",
    "Daou vloaz eo padet al labour. Laouen eo an annezidi, met klemm a reont abalamour "
    "d'ar parkañ, re nebeut a blasoù a zo tro-dro d'ar skol.",
]
# Portuguese, as a Brazilian page declaring "br" writes it (written for this test).
BRAZILIAN_SHORT = [
    "A prefeitura anunciou nesta terça-feira a reforma da praça central, que deve começar "
    "no mês que vem e durar cerca de seis meses, segundo o secretário de obras.",
    "Os comerciantes da região pediram que o trabalho seja feito à noite para não "
    "atrapalhar o movimento das lojas durante o dia.",
]


def test_breton_declared_and_read_stays_breton() -> None:
    assert detect_language(" ".join(BRETON)) == "br"
    article = newsextract.extract(page(BRETON, "br"), URL)
    assert (article.language, article.provenance["language"]) == ("br", "html:html[lang]")


def test_a_brazilian_page_declaring_br_is_read_as_portuguese_from_a_short_text() -> None:
    article = newsextract.extract(page(BRAZILIAN_SHORT, "br"), URL)
    assert (article.language, article.provenance["language"]) == ("pt", "text:not-as-declared")
