"""A time of day spoken in words (Swahili "saa tatu asubuhi") written in digits."""

from __future__ import annotations

import re
from functools import lru_cache

from newsextract.dating.in_text import LETTER


# A time spoken in words before a part of the day ("saa tatu asubuhi", Swahili: the language
# files' ``[spoken_time]``), written in digits ("saa 3:00 asubuhi"), which the clock of its
# part of the day then reads (``labels.local_clock_words``: 9:00). A rewrite that moves what
# follows (see ``east_asian_eras.gregorian_of_era_year``).
@lru_cache(maxsize=1)
def spoken_time() -> tuple[re.Pattern[str], tuple[str, ...], dict[str, int]] | None:
    from newsextract.labels import day_periods, spoken_times
    from newsextract.regex_words import word_alternation

    found = spoken_times()
    if not found:
        return None
    clock = [word for spoken in found for word in spoken.clock]
    numbers = {
        word: number
        for spoken in found
        for word, number in (*spoken.hours.items(), *spoken.minutes.items())
    }
    hours = [word for spoken in found for word in spoken.hours]
    minutes = [word for spoken in found for word in spoken.minutes]
    pattern = re.compile(
        rf"(?<!{LETTER})({word_alternation(clock)})\s+(?P<hour>{word_alternation(hours)})"
        rf"(?:\s+(?P<minutes>{word_alternation(minutes)}))?"
        rf"(?=\s+(?:{word_alternation(day_periods())})(?!{LETTER}))",
        re.I,
    )
    return pattern, tuple(clock), numbers


def digits_of_spoken_time(found: re.Match[str]) -> str:
    numbers = spoken_time()[2]  # type: ignore[index]
    minutes = numbers[found["minutes"].lower()] if found["minutes"] else 0
    return f"{found[1]} {numbers[found['hour'].lower()]}:{minutes:02d}"
