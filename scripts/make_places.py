"""Write src/newsextract/data/places/: the names of countries and territories and of the
cities the time zones are named after, from CLDR (babel's data), case-folded, one a line:
``en.txt`` in English (with the time zones' own city names), and one file per language of
``data/languages`` with the names that language writes otherwise ("praha", "київ", "софия").
A byline's "Jane Doe, New York" names where the story was filed from; a page names the place
in its own language or in English, so the bylines code reads English and the page's language
only, from these small files, instead of loading babel's locale data on a page's first byline
(20-40 ms and over 1 MB a language, which the process keeps).

    .venv/bin/python scripts/make_places.py
"""

from __future__ import annotations

from pathlib import Path

from babel import Locale, UnknownLocaleError
from babel.core import get_global

DATA = Path(__file__).resolve().parents[1] / "src" / "newsextract" / "data"
OUT = DATA / "places"


def _names(locale: Locale) -> set[str]:
    """The locale's names of countries and territories (not of regions such as "Europe",
    whose codes are numbers) and of the time zones' cities."""
    names = {name.casefold() for code, name in locale.territories.items() if code.isalpha()}
    names |= {str(info["city"]).casefold() for info in locale.time_zones.values() if "city" in info}
    return names


def main() -> None:
    english = _names(Locale.parse("en")) | {
        zone.rsplit("/", 1)[-1].replace("_", " ").casefold()
        for zone in get_global("zone_territories")
    }
    OUT.mkdir(exist_ok=True)
    for old in OUT.glob("*.txt"):
        old.unlink()
    (OUT / "en.txt").write_text("\n".join(sorted(english)) + "\n", encoding="utf-8")
    for path in sorted((DATA / "languages").glob("*.toml")):
        try:
            locale = Locale.parse(path.stem)
        except (UnknownLocaleError, ValueError):
            continue  # a language CLDR has no data for (Samoan)
        own = _names(locale) - english
        if own and path.stem != "en":
            (OUT / f"{path.stem}.txt").write_text("\n".join(sorted(own)) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
