"""Directional marks a right-to-left site sets around the separator before its name (LRM,
RLM, the Arabic letter mark: "כותרת &rlm;|&rlm; אתר") stand between the spaces and the bar:
the site's name is cut as without them, and no mark is left at the title's end. Invented
pages and names."""

from __future__ import annotations

import pytest
from tests.hang_guard import finishes

import newsextract
from newsextract.metadata.site_names import one_line, strip_site_name, title_parts

RLM, LRM, ALM = "\u200f", "\u200e", "\u061c"


def test_marks_beside_spaces_go_and_others_stay() -> None:
    assert one_line(f"כותרת {RLM}|{RLM} אתר") == "כותרת | אתר"
    assert one_line(f"שלום{RLM}!") == f"שלום{RLM}!"  # inside a word: it orders the "!"
    assert one_line("plain  title\n") == "plain title"


def test_a_title_of_marks_is_read_in_linear_time() -> None:
    hostile = "a" + RLM * 200_000 + f"b {RLM}" * 2_000
    assert len(finishes(lambda: one_line(hostile))) == 1 + 200_000 + 2_000 * 2 - 1


@pytest.mark.parametrize("mark", [RLM, LRM, ALM])
def test_the_separator_between_marks_splits_the_title(mark: str) -> None:
    title = f"גשר חדש נפתח מעל הנהר {mark}|{mark} חדשות העמק"
    assert title_parts(title) == ["גשר חדש נפתח מעל הנהר", "חדשות העמק"]
    assert strip_site_name(title, ["חדשות העמק"]) == "גשר חדש נפתח מעל הנהר"


# (language, the headline, the site's name, the separator with its marks, the host)
PAGES = [
    ("he", "גשר חדש נפתח מעל הנהר בעיר", "חדשות העמק", f" {RLM}|{RLM} ", "haemek.co.il"),
    ("ar", "افتتاح جسر جديد فوق النهر", "أخبار المدينة", f" {RLM}-{RLM} ", "almadina.com"),
    ("fa", "پل جدید روی رودخانه افتتاح شد", "خبرگزاری شهر", f" {ALM}|{ALM} ", "shahrnews.ir"),
]


@pytest.mark.parametrize("case", PAGES, ids=[case[0] for case in PAGES])
def test_pages_lose_the_site_name_after_marked_separators(
    case: tuple[str, str, str, str, str],
) -> None:
    language, headline, site, separator, host = case
    text = "".join(f"<p>{headline} {headline} {headline}.</p>" for _ in range(3))
    html = (
        f'<html lang="{language}" dir="rtl"><head><meta charset="utf-8">'
        f"<title>{headline}{separator}{site}</title>"
        f'<meta property="og:site_name" content="{site}"></head>'
        f"<body><article>{text}</article></body></html>"
    )
    assert newsextract.extract(html, url=f"https://{host}/a/1").title == headline
