"""A reading-time label written around its number ("อ่าน # นาที" in the data) is read with
the number between its words; neither side alone is a label."""

import pytest

from newsextract.body.furniture_lines import is_furniture_line


@pytest.mark.parametrize(
    "line",
    ["อ่าน 3 นาที", "อ่าน ๓ นาที", "Ανάγνωση σε 3 λεπτά", "Читать 4 минуты", "Read in 3 minutes",
     "Lecture : 3 min"],
)  # fmt: skip
def test_a_label_around_the_number_is_a_reading_time(line: str) -> None:
    assert is_furniture_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "อ่าน 3 บท",  # read 3 chapters: no minutes after the number
        "Read in 3 minutes what the panel decided about the bridge and the road",
        "Читать 4 книги за лето — мало?",
    ],
)
def test_one_side_of_the_label_alone_is_no_reading_time(line: str) -> None:
    assert not is_furniture_line(line)
