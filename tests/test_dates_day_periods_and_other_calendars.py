"""Parts of the day written beside a time in the Indic scripts, Khmer, Lao and Sinhala (CLDR's
day periods; Bangladeshi pages' AM and PM words), the hour's word after a time ("बजे"),
Ethiopian calendar dates before the era's mark, Afghanistan's Solar Hijri month names and
Tajik months with the izofat (invented date lines)."""

from datetime import datetime

import pytest

from newsextract.dates import parse_text_date


@pytest.mark.parametrize(
    ("text", "language", "want"),
    [
        ("ថ្ងៃអង្គារ ទី៥ ខែមីនា ឆ្នាំ២០២៤ ម៉ោង ២:៣០ រសៀល", "km", datetime(2024, 3, 5, 14, 30)),
        ("५ मार्च २०२४, दुपारी २:३० वाजता", "mr", datetime(2024, 3, 5, 14, 30)),
        ("५ मार्च २०२४, सकाळी १०:१५", "mr", datetime(2024, 3, 5, 10, 15)),
        ("૫ માર્ચ ૨૦૨૪, બપોરે ૨:૩૦", "gu", datetime(2024, 3, 5, 14, 30)),
        ("மார்ச் 5, 2024 மாலை 6:30", "ta", datetime(2024, 3, 5, 18, 30)),
        ("மார்ச் 5, 2024 இரவு 11:30", "ta", datetime(2024, 3, 5, 23, 30)),
        ("మార్చి 5, 2024 సాయంత్రం 6:30", "te", datetime(2024, 3, 5, 18, 30)),
        ("ಮಾರ್ಚ್ 5, 2024 ಸಂಜೆ 6:30", "kn", datetime(2024, 3, 5, 18, 30)),
        ("2024 മാർച്ച് 5, വൈകുന്നേരം 6:30", "ml", datetime(2024, 3, 5, 18, 30)),
        ("2024 മാർച്ച് 5, രാത്രി 1:30", "ml", datetime(2024, 3, 5, 1, 30)),
        ("5 ਮਾਰਚ 2024 ਸ਼ਾਮ 6:30", "pa", datetime(2024, 3, 5, 18, 30)),
        ("५ मार्च २०२४, दिउँसो २:३० बजे", "ne", datetime(2024, 3, 5, 14, 30)),
        ("5 मार्च 2024, शाम 6:30 बजे", "hi", datetime(2024, 3, 5, 18, 30)),
        ("2024 මාර්තු 05, ප.ව. 2.30", "si", datetime(2024, 3, 5, 14, 30)),
        ("5 ມີນາ 2024 ບ່າຍ 2:30", "lo", datetime(2024, 3, 5, 14, 30)),
        ("০৩:৪৫ অপরাহ্ণ, ০৫ মার্চ ২০২৪", "bn", datetime(2024, 3, 5, 15, 45)),
        ("০৫ মার্চ ২০২৪, ০৯:১০ পূর্বাহ্ণ", "bn", datetime(2024, 3, 5, 9, 10)),
    ],
)
def test_day_periods(text: str, language: str, want: datetime) -> None:
    assert parse_text_date(text, language) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("የካቲት 26 ቀን 2016 ዓ.ም", datetime(2024, 3, 5)),
        ("ማክሰኞ የካቲት 26 ቀን 2016 ዓ.ም", datetime(2024, 3, 5)),
        ("26 የካቲት 2016 ዓ.ም", datetime(2024, 3, 5)),
        ("የካቲት 26/2016 ዓ/ም", datetime(2024, 3, 5)),
        ("መስከረም 1 ቀን 2016 ዓ.ም", datetime(2023, 9, 12)),  # the new year after a leap year
        ("ጳጉሜ 6 ቀን 2015 ዓ.ም", datetime(2023, 9, 11)),  # a leap year's sixth day of Pagume
        ("ለካቲት 26 2016 ዓ.ም", datetime(2024, 3, 5)),  # Tigrinya's spelling
    ],
)
def test_ethiopian_calendar(text: str, want: datetime) -> None:
    assert parse_text_date(text, "am") == want
    assert parse_text_date(text, None) == want  # the era's mark tells it on any page


def test_ethiopian_day_that_does_not_exist() -> None:
    assert parse_text_date("ጳጉሜ 7 ቀን 2015 ዓ.ም", "am") is None


def test_month_names_without_the_era_mark_are_gregorian() -> None:
    # Eritrea's pages give the Ethiopian names to the Gregorian months: no mark, no conversion
    assert parse_text_date("መጋቢት 5, 2024", "ti") == datetime(2024, 3, 5)


@pytest.mark.parametrize(
    ("text", "language", "want"),
    [
        ("۱۵ حوت ۱۴۰۲", "fa", datetime(2024, 3, 5)),  # Dari's zodiac name of Esfand
        ("۱۵ حوت ۱۴۰۲", None, datetime(2024, 3, 5)),
        ("۱۴ حمل ۱۴۰۳", "fa", datetime(2024, 4, 2)),
        ("۱۵ جدی ۱۴۰۲ ساعت ۱۰:۳۰", "fa", datetime(2024, 1, 5, 10, 30)),
        ("۱۵ کب ۱۴۰۲", "ps", datetime(2024, 3, 5)),  # Pashto's
        ("۱۴ وری ۱۴۰۳", "ps", datetime(2024, 4, 2)),
        ("5 марти 2024, 15:45", "tg", datetime(2024, 3, 5, 15, 45)),  # "of March"
        ("5 январи 2024", "tg", datetime(2024, 1, 5)),
    ],
)
def test_afghan_solar_hijri_and_tajik_months(
    text: str, language: str | None, want: datetime
) -> None:
    assert parse_text_date(text, language) == want


@pytest.mark.parametrize(
    "text",
    [
        "۳۰ حوت ۱۴۰۲",  # the year 1402's last month has 29 days
        "حمل و نقل ۱۴۰۲",  # "transport": a month's name only between a day and a year
    ],
)
def test_afghan_names_read_as_dates_only_where_they_are(text: str) -> None:
    assert parse_text_date(text, "fa") is None
