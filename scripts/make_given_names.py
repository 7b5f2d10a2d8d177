"""Write src/newsextract/data/names/given.txt.gz: given names of many countries, case-folded,
one a line, from the person providers of Faker (MIT licence, (c) joke2k and contributors):
every locale's first names, of scripts with capitals only (the rule that reads them asks for
a capitalised name).

A line after the headline holding the day and two capitalised words with no label
("11.12.2019 - Amelie Brandt") names the writer only when its first word is a given name;
"14.03.2024 - Lokales Umland" (a section) or "March 3, 2024 | Cedar Rapids" (a place) does
not. Faker is needed to run this script only, not by newsextract:

    pip install --target /tmp/faker faker
    PYTHONPATH=/tmp/faker .venv/bin/python scripts/make_given_names.py
"""

from __future__ import annotations

import gzip
import importlib
import pkgutil
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src" / "newsextract" / "data" / "names"
_ATTRIBUTES = ("first_names", "first_names_male", "first_names_female", "first_names_nonbinary")


def _first_names(provider: type) -> set[str]:
    found: set[str] = set()
    for attribute in _ATTRIBUTES:
        for klass in provider.__mro__:
            if attribute in klass.__dict__:
                value = klass.__dict__[attribute]
                if isinstance(value, dict | list | tuple | set | frozenset):
                    found.update(map(str, value))
                break
    return found


def main() -> None:
    import faker.providers.person as person  # type: ignore[import-not-found]

    names: set[str] = set()
    for module in pkgutil.iter_modules(person.__path__):
        provider = importlib.import_module(f"{person.__name__}.{module.name}").Provider
        names |= _first_names(provider)
    kept = {
        name.casefold()
        for name in names
        if name[:1].isupper() and " " not in name.strip() and "\n" not in name
    }
    OUT.mkdir(parents=True, exist_ok=True)
    text = "\n".join(sorted(kept)) + "\n"
    # Compressed (76 KB against 200), with no time stamp, so that the same names give the
    # same bytes.
    (OUT / "given.txt.gz").write_bytes(gzip.compress(text.encode("utf-8"), mtime=0))
    print(len(kept), "given names")


if __name__ == "__main__":
    main()
