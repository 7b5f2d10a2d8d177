"""A caption set as a paragraph of its own (outside ``<figure>``) that closes with a picture
credit under a label of the language data ("Fotó: MTI/…", "Φωτογραφία: …", "写真：共同",
Polish "Fot. PAP/…" with its abbreviation's dot) is a furniture line in every language, as
English and German "Photo:" / "Foto:" lines were; a sentence naming a photo stays."""

from __future__ import annotations

import pytest

import newsextract
from newsextract.body.furniture_lines import is_furniture_line


@pytest.mark.parametrize(
    "line",
    [
        "Egy HÉV-szerelvény az Örs vezér terén. Fotó: MTI/Kovács Anna",
        "Λεωφορείο στην πλατεία Αριστοτέλους. Φωτογραφία: Eurokinissi",
        "Вестибюль новой станции. Фото: Иван Петров / ТАСС",
        "Raitiovaunu Hämeenkadulla. Kuva: Lehtikuva/Matti Meikäläinen",
        "福住駅のホーム。写真：共同",
        "Korki na alei Trzech Wieszczów. Fot. PAP/Jan Kowalski",
        "הרכבת הקלה בתחנת בת גלים. צילום: דנה כהן",
    ],
)
def test_a_caption_closing_with_a_labelled_credit_is_furniture(line: str) -> None:
    assert is_furniture_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "Fotografowie czekali na premiera przed budynkiem sejmu przez trzy godziny.",
        "Na zdjęciu widać nowy tramwaj: jest dłuższy i cichszy od starego.",
        "Фото с места событий опубликовали очевидцы.",
    ],
)
def test_a_sentence_about_a_photo_stays(line: str) -> None:
    assert not is_furniture_line(line)


_PAGE = """<!DOCTYPE html><html lang="hu"><head><title>Késik a HÉV</title></head><body>
<article><h1>Késik a HÉV-vonalak felújítása</h1><div class="cikk-torzs">
<p>Legalább egy évet csúszik a gödöllői HÉV-vonal felújítása, közölte kedden a fővárosi
közlekedési társaság a sajtótájékoztatóján.</p>
<div class="kep"><img src="/1.jpg" alt=""><p>Egy HÉV-szerelvény az Örs vezér terén. Fotó: MTI/Kovács
Anna</p></div>
<p>Az utasok addig a régi szerelvényekkel utaznak, amelyek közül több mint negyven éves is
forgalomban van még a vonalon.</p>
</div></article></body></html>"""


def test_the_credited_caption_leaves_the_body() -> None:
    body = newsextract.extract(_PAGE, url="https://example.org/hev").body or ""
    assert "forgalomban van még a vonalon." in body
    assert "Fotó" not in body


@pytest.mark.parametrize(
    "line", ["Foto di Luca Ferri", "Fotos von Anna Beck", "Foto door Sanne de Wit"]
)
def test_a_photo_by_credit_without_a_colon_is_furniture(line: str) -> None:
    assert is_furniture_line(line)


@pytest.mark.parametrize(
    "line",
    ["Foto di gruppo al termine della vendemmia", "Foto von oben zeigen das ganze Ausmaß."],
)
def test_a_caption_opening_with_photo_of_stays(line: str) -> None:
    assert not is_furniture_line(line)
