"""A relative stamp without a figure ("an hour ago", "vor einer Stunde", "час назад") is a
date line as its figured form is ("vor 2 Stunden"); the figure it leaves out is read from
dateparser's number words, or is the one a bare unit counts. A sentence holding one is text."""

from __future__ import annotations

import pytest

from newsextract.body.date_lines import is_dateline
from newsextract.dating.relative import with_figure


@pytest.mark.parametrize(
    ("line", "rewritten"),
    [
        ("an hour ago", "1 hour ago"),
        ("vor einer Stunde", "vor 1 Stunde"),
        ("il y a une heure", "il y a 1 heure"),
        ("hace una hora", "hace 1 hora"),
        ("há uma hora", "há 1 hora"),
        ("منذ ساعة", "منذ 1 ساعة"),
        ("לפני שעה", "לפני 1 שעה"),
        ("час назад", "1 час назад"),
        ("годину тому", "1 годину тому"),
        # the language files' words for one, which dateparser lacks (``one_words``)
        ("bir saat önce", "1 saat önce"),
        ("een uur geleden", "1 uur geleden"),
        ("un'ora fa", "1 ora fa"),
        ("un’ora fa", "1 ora fa"),
        ("acum o oră", "acum 1 oră"),
        ("πριν από μία ώρα", "πριν από 1 ώρα"),
        ("satu jam yang lalu", "1 jam yang lalu"),
        ("một giờ trước", "1 giờ trước"),
        # the language files' forms without dateparser's word before the figure
        ("en timme sedan", "1 timme sedan"),
        ("uma hora atrás", "1 hora atrás"),
        ("et minut siden", "1 minut siden"),
        ("πριν μία ώρα", "πριν 1 ώρα"),
    ],
)
def test_a_stamp_without_a_figure_gets_its_one(line: str, rewritten: str) -> None:
    assert with_figure(line) == rewritten
    assert is_dateline(line)


@pytest.mark.parametrize(
    "line",
    [
        "Ana Ruiz · an hour ago",
        "Updated a minute ago",
        "Opdateret for 2 timer siden",
        "Posted by Jane 3 days ago",
    ],
)
def test_a_stamp_with_a_name_or_label_is_a_date_line(line: str) -> None:
    assert is_dateline(line)


@pytest.mark.parametrize(
    "line",
    [
        "I arrived an hour ago.",
        "An hour ago.",
        "Staff closed the gates an hour ago",
        "Vor einer Stunde hat die Polizei",
        "Il y a une heure de marche",
        "Read more",
        "The hour of the wolf",
        "Belediye yolu bir saat önce kapattı",
        "Het waterschap meldde een uur geleden",
        "Un'ora fa.",
        "Dell'ora fa parte",
        "Polisi menutup jalan satu jam yang lalu",
        # a clause opened by a word that also joins a date's parts (Danish "de", "they";
        # Spanish "de"): no label, so the words before the stamp are the clause's
        "De gik for et minut siden",
        "De kom for 2 timer siden",
    ],
)
def test_prose_with_a_stamp_is_no_date_line(line: str) -> None:
    assert not is_dateline(line)
