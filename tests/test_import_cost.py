"""What ``import newsextract`` leaves to first use (issue 14): the regexes only pages of one
script (Han, kana, Hangul, Arabic, Thai) or rare pages (oversized, shop titles) need are built
on the first text that may match them, behind tests that rule the others out exactly; and the
sets the regex compiler walks character by character in Python are written in the forms it
walks least. Each form is checked here against the one it replaced."""

from __future__ import annotations

import json
import os
import random
import re
import subprocess
import sys
from pathlib import Path

from newsextract import lazy_regex
from newsextract.body import characters
from newsextract.dating import in_text
from newsextract.lazy_regex import LazyPattern, compile_all
from newsextract.metadata import bracketed_names, byline_places, name_splits, site_names

# Every code point, lone surrogates too (a str may hold them), for the character sets.
_EVERY_CHARACTER = "".join(map(chr, range(0x110000)))

# The lazy builders a fresh process's import and an English and a German page never call.
_BUILDERS = {
    "newsextract.metadata.bracketed_names": ("_closing_name_pattern", "_dateline_name_pattern"),
    "newsextract.metadata.site_names": ("_unspaced_dash",),
    "newsextract.metadata.name_splits": ("_han_names", "_punctuation_or_hangul_dot"),
    "newsextract.metadata.byline_places": ("_place_of_report", "_korean_place"),
    "newsextract.metadata.markup_bylines": ("_hangul_dots",),
    "newsextract.dating.lunar_hijri": ("second_month_name",),
    "newsextract.dating.short_years": ("thai_short_year",),
    "newsextract.dating.east_asian_eras": ("japanese_era_year",),
    "newsextract.page_limits": ("_token", "_page_tags"),
}

_PAGES = (
    b"""<!doctype html><html lang="en"><head><title>Harbour fees rise - Coast Daily</title>
<meta name="author" content="Jane Doe, Tom Roe"></head><body><article>
<h1>Harbour fees rise for the third year</h1><p class="byline">By Jane Doe and Tom Roe</p>
<p>(Coast Wire) The harbour board raised its fees on Monday, 3 March 2025 at 10:30 EST.</p>
<p>Shipping firms said the rise would be passed on to customers within weeks.</p>
<p>(Reporting by Jane Doe; editing by Tom Roe)</p></article></body></html>""",
    """<!doctype html><html lang="de"><head><title>Hafengebühren steigen – Küstenblatt</title>
</head><body><article><h1>Hafengebühren steigen zum dritten Mal</h1>
<p class="byline">Von Jörg Müller und Anna Schäfer</p>
<p>(küb) Die Hafenbehörde erhöhte am Montag, 3. März 2025, um 10:30 Uhr ihre Gebühren.</p>
<p>Reedereien wollen die Erhöhung in wenigen Wochen an ihre Kunden weitergeben.</p>
</article></body></html>""".encode(),
)

_CHILD = f"""
import importlib, json, sys
import newsextract
pages = [bytes.fromhex(page) for page in sys.argv[1:]]
built = {{}}
for stage in ("import", "pages"):
    if stage == "pages":
        for page in pages:
            newsextract.extract(page, url="https://news.example/2025/03/03/fees")
    built[stage] = sorted(
        f"{{module}}.{{name}}"
        for module, names in {_BUILDERS!r}.items()
        for name in names
        if getattr(importlib.import_module(module), name).cache_info().currsize
    )
    checks = newsextract.page_limits._patterns.cache_info().currsize
    if stage == "import" and checks:  # the page checks' patterns (bytes', text's): none yet
        built[stage].append("newsextract.page_limits._patterns")
print(json.dumps(built))
"""


def test_a_fresh_import_and_plain_pages_build_no_pattern_of_another_script() -> None:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(Path(bracketed_names.__file__).parents[2])
    out = subprocess.run(
        [sys.executable, "-c", _CHILD, *(page.hex() for page in _PAGES)],
        check=True,
        capture_output=True,
        text=True,
        env=env,
    ).stdout
    built = json.loads(out)
    assert built["import"] == []
    assert built["pages"] == []


def test_the_wide_characters_are_the_complement_of_those_below() -> None:
    before = re.compile(f"[{characters.WIDE}-\U0010ffff]")
    assert characters._WIDE_CHARS.sub("", _EVERY_CHARACTER) == before.sub("", _EVERY_CHARACTER)


def test_the_caseless_scripts_match_alike_with_and_without_case() -> None:
    # in_text._MARKED_CHAR (and page_dates' word) match those blocks with case inside
    # case-blind patterns: no character of any script is case-equal to one of them
    blind = re.compile(f"[{in_text.MARKED}]", re.IGNORECASE)
    cased = re.compile(in_text._MARKED_CHAR, re.IGNORECASE)
    assert cased.sub("", _EVERY_CHARACTER) == blind.sub("", _EVERY_CHARACTER)


# Texts for the tests that keep a lazy pattern unbuilt: each guard's edge (white space and
# brackets before a name, a first character just inside and outside a script's block).
_TEXTS = (
    "",
    " ",
    "(",
    "（小林美咲）",
    " ( 山田 太郎 ) ",
    "【小林美咲】",
    "(Reuters)",
    "(dpa) Über",
    "（おわり）",
    "\u3000（\u3000佐藤\u3000）",
    "(\u4e00\u9fff)",
    "(\u4dff\u4e00)",
    "(\ua000\u9fff)",
    "標題-江城新闻网",
    "日本-中国関係",
    "Hafen-Blatt – Küste",
    "ア-イ",
    "\u303f-\u3040",
    "記者王小明／台北報導",
    "记者李华/北京报道",
    "王小明、李华/北京",
    "王小明 / 台北",
    "Jane Doe / Cardiff",
    "부산=박서준 기자",
    "부산 = 박서준",
    "\uac00=\ud7a3",
    "\ud7a4=\uac00",
    "김민수·이지은 기자",
    "Jane Doe · 3 min read",
    "Jane Doe, Tom Roe; Ann Lee",
    "김민수 · 이지은",
)


def test_the_closing_name_is_read_as_the_pattern_reads_it() -> None:
    for text in _TEXTS:
        found = bracketed_names._closing_name_match(text)
        expected = bracketed_names._closing_name_pattern().match(text)
        assert (found and found.groups()) == (expected and expected.groups()), text


def test_the_title_dash_between_han_or_kana_is_found_as_before() -> None:
    for text in _TEXTS:
        starts = [found.start() for found in site_names._unspaced_dash().finditer(text)]
        assert site_names._last_unspaced_dash(text) == (starts[-1] if starts else None), text


def test_the_places_of_report_are_cut_as_before() -> None:
    for text in _TEXTS:
        without = byline_places.without_place_of_report(text)
        assert without == byline_places._place_of_report().sub(r"\1", text)
        without = byline_places.without_korean_place(text)
        assert without == byline_places._korean_place().sub("", text, count=1)


def test_names_are_split_at_the_punctuation_as_before() -> None:
    full = name_splits._punctuation_or_hangul_dot()
    for text in _TEXTS:
        assert name_splits.punctuation_joiner(text).split(text) == full.split(text), text


_LAZY_CHILD = """
import newsextract
from newsextract import lazy_regex
print(sum(lazy._compiled is not None for lazy in lazy_regex._MADE), len(lazy_regex._MADE))
"""


def test_the_patterns_of_rare_pages_are_not_compiled_by_the_import() -> None:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(Path(bracketed_names.__file__).parents[2])
    out = subprocess.run(
        [sys.executable, "-c", _LAZY_CHILD], check=True, capture_output=True, text=True, env=env
    ).stdout.split()
    compiled, made = int(out[0]), int(out[1])
    assert compiled == 0
    assert made >= 50  # the modules' lazy patterns are made (not compiled) by the import


def test_a_lazy_pattern_searches_as_the_compiled_one() -> None:
    lazy = LazyPattern(r"(?P<day>\d{1,2})\.?\s*([a-zä]+)", re.I)
    eager = re.compile(r"(?P<day>\d{1,2})\.?\s*([a-zä]+)", re.I)
    text = "am 3. März und 14 April, 5Mai"
    assert lazy.search(text, 2).groups() == eager.search(text, 2).groups()  # type: ignore[union-attr]
    assert lazy.match(text) is None and eager.match(text) is None
    assert lazy.fullmatch("3 mai").group("day") == "3"  # type: ignore[union-attr]
    assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in eager.finditer(text)]
    assert lazy.findall(text) == eager.findall(text)
    assert lazy.split(text, 1) == eager.split(text, 1)
    assert lazy.sub(r"<\1>", text) == eager.sub(r"<\1>", text)
    assert lazy.subn(lambda m: m[2], text, 2) == eager.subn(lambda m: m[2], text, 2)
    assert lazy.compiled is eager  # re's own cache: the same object as the eager pattern
    # after the first search, the searches are the compiled pattern's own bound methods
    assert all(getattr(lazy, name) == getattr(eager, name) for name in lazy_regex._SEARCHES)
    fresh = LazyPattern(r"(\d+)-(\d+)")
    assert fresh.sub(r"\2-\1", "1-2 3-4") == "2-1 4-3" == fresh.sub(r"\2-\1", "1-2 3-4")
    compile_all()
    assert all(made._compiled is not None for made in lazy_regex._MADE)


def _matched(pattern: str) -> str:
    """Every code point a one-character case-blind pattern matches."""
    return "".join(re.findall(pattern, _EVERY_CHARACTER, re.I))


def test_the_sets_of_few_runs_match_the_characters_of_the_sets_they_stand_for() -> None:
    combining = "[\u0300-\u036f]"
    assert _matched(in_text.MARKED_CHAR_FEW_RUNS) == _matched(in_text._MARKED_CHAR)
    assert _matched(in_text.COMBINING_CASE_BLIND_FEW_RUNS) == _matched(combining)
    assert _matched(in_text.LETTER_OR_COMBINING_FEW_RUNS) == _matched(rf"(?:[^\W\d_]|{combining})")
    assert _matched(in_text.LETTER_FEW_RUNS) == _matched(in_text.LETTER)
    # the case-blind marks match the iotas (U+0345 folds to "ι"): the form keeps them
    assert set(_matched(combining)) >= set("\u03b9\u0399\u1fbe")


def _as_before(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` as it was written before the forms of few runs (``in_text``)."""
    text = pattern.pattern.replace(in_text.MARKED_MONTH_WORD_FEW_RUNS, in_text.MARKED_MONTH_WORD)
    text = text.replace(in_text.LETTER_FEW_RUNS, in_text.LETTER)
    assert in_text.MARKED_CHAR_FEW_RUNS not in text
    return re.compile(text, pattern.flags)


# What the date spans are written with: numbers, words of letters, of the marked scripts'
# characters, of combining marks and the iotas they fold to, and what stands between them.
_DIGITS = "0123456789"
_ALPHABETS = (
    "aeimnrsthAMPDUäяι\u0399\u1fbe",  # letters, the iotas among them
    "มีकाًខေ.",  # the marked scripts, and the dot of their abbreviations
    "aeι\u0399\u1fbe\u0345\u0300\u0301",  # letters and combining marks
    "aeimnrstuhAMPDUមី\u0300\u0345.(",  # a bit of each
)
_BETWEEN = (" ", "  ", ". ", ", ", "-", ":", " de ", " | ", " @ ", "年", "시 ", "")


def _span(rng: random.Random) -> str:
    """A random text of numbers and words, shaped like the spans the patterns read."""
    # a day, a month's name and a year in the three orders; a time; words and numbers at random
    shape = rng.choice(
        (("00", "a", "0000"), ("a", "00", "0000"), ("0000", "a", "00"), ("a", "00", "00"), ())
    )
    parts = []
    for kind in shape or rng.choices("0a", k=rng.randint(1, 7)):
        if kind[0] == "0":
            size = len(kind) if shape else rng.choice((1, 2, 4))
            parts.append("".join(rng.choice(_DIGITS) for _ in range(size)))
        else:
            alphabet = rng.choice(_ALPHABETS)
            parts.append("".join(rng.choice(alphabet) for _ in range(rng.randint(1, 6))))
        parts.append(rng.choice(_BETWEEN))
    return "".join(parts[: rng.choice((-1, len(parts)))])


def test_the_worded_dates_and_clocks_are_read_as_before() -> None:
    from newsextract import dates

    rng = random.Random(42)
    for pattern in (dates._WORDED.compiled, dates._DIGIT_CLOCK.compiled):
        before = _as_before(pattern)
        assert before.pattern != pattern.pattern
        for _ in range(30_000):
            text = _span(rng)
            for found, was in (
                (pattern.fullmatch(text), before.fullmatch(text)),
                (pattern.search(text), before.search(text)),
            ):
                assert (found and (found.span(), found.groupdict())) == (
                    was and (was.span(), was.groupdict())
                ), text


# What ``import newsextract`` leaves to first use, each a cost (time, memory) a plain
# ``extract`` does not need: the fetching, batch, store and discovery stacks and their
# libraries, the fallback extractor, the date parser, the rule files' loader (tomllib,
# pathlib) and a matched rule's reader, the language data files' reader (tomllib, pkgutil), the
# renderings of a body (Markdown, HTML), the relative stamps (read with a fetch time), and
# zoneinfo (its import reads sysconfig) and gzip (a .gz input file's), which only some pages
# and inputs need.
_DEFERRED = (
    "argparse",
    "asyncio",
    "concurrent.futures",
    "dask",
    "dateparser",
    "fastwarc",
    "gzip",
    "hishel",
    "httpx",
    "importlib.metadata",
    "lxml",
    "multiprocessing",
    "pathlib",
    "pkgutil",
    "newsextract.batching",
    "newsextract.body.render",
    "newsextract.body.trafilatura_body",
    "newsextract.cli",
    "newsextract.dating.yearless",
    "newsextract.discovery",
    "newsextract.explain_report",
    "newsextract.fetching",
    "newsextract.files",
    "newsextract.metadata.relative_dates",
    "newsextract.regex_cache",
    "newsextract.render",
    "newsextract.rules.apply",
    "newsextract.rules.load",
    "newsextract.rules.transforms",
    "newsextract.store",
    "newsextract.warm_up",
    "sqlite3",
    "ssl",
    "sysconfig",
    "tomllib",
    "tqdm",
    "trafilatura",
    "zoneinfo",
)


def test_the_import_loads_none_of_the_modules_left_to_first_use() -> None:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(Path(bracketed_names.__file__).parents[2])
    child = f"import sys, newsextract; print([m for m in {_DEFERRED!r} if m in sys.modules])"
    out = subprocess.run(
        [sys.executable, "-c", child], check=True, capture_output=True, text=True, env=env
    ).stdout
    assert out.strip() == "[]"


_FIRST_USE_CHILD = """
import importlib, sys
import newsextract
from newsextract import rules
lazy = {**newsextract._LAZY, **{name: "newsextract.rules.load" for name in rules._LOADING}}
for name in newsextract.__all__:  # every public name, the lazy ones loaded by ``from``
    exec(f"from newsextract import {name}")
for name in rules.__all__:
    exec(f"from newsextract.rules import {name}")
for name, module in lazy.items():  # each the very object its module defines
    owner = rules if name in rules._LOADING else newsextract
    assert getattr(owner, name) is getattr(importlib.import_module(module), name), name
    assert name in dir(owner), name
print("ok")
"""


def test_every_public_name_imports_and_each_lazy_one_is_its_modules() -> None:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(Path(bracketed_names.__file__).parents[2])
    out = subprocess.run(
        [sys.executable, "-c", _FIRST_USE_CHILD],
        check=False,
        capture_output=True,
        text=True,
        env=env,
    )
    assert out.stdout.strip() == "ok", out.stderr


def test_a_name_neither_defined_nor_lazy_is_an_attribute_error() -> None:
    import pytest

    from newsextract import rules

    with pytest.raises(AttributeError, match="no attribute 'nothing'"):
        rules.nothing  # noqa: B018
    with pytest.raises(AttributeError, match="no attribute 'nothing'"):
        import newsextract

        newsextract.nothing  # noqa: B018


def test_a_first_page_loads_the_built_in_rules_and_language_data() -> None:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(Path(bracketed_names.__file__).parents[2])
    child = (
        "import sys, newsextract; newsextract.extract(sys.argv[1].encode(), url='https://a.example/x');"
        "print(sorted(m for m in ('tomllib', 'newsextract.rules.load') if m in sys.modules))"
    )
    out = subprocess.run(
        [sys.executable, "-c", child, _PAGES[0].decode()],
        check=True,
        capture_output=True,
        text=True,
        env=env,
    ).stdout
    assert out.strip() == "['newsextract.rules.load', 'tomllib']"


# The attrs classes the import makes (attrs writes each one's methods then: 2.6 M instructions
# a class, a NamedTuple 0.6 M, a plain class 0.1 M): the public records, the site rules' and the
# candidates the rules and ``explain`` hand out. Internal records are NamedTuples or plain classes.
_ATTRS_AT_IMPORT = {
    "newsextract.article.Article",
    "newsextract.body.model.Block",
    "newsextract.body.model.Body",
    "newsextract.metadata.candidate.Candidate",
    "newsextract.options.ExtractOptions",
    "newsextract.rules.model.BodyRule",
    "newsextract.rules.model.FieldRule",
    "newsextract.rules.model.GoldenCase",
    "newsextract.rules.model.SiteRule",
    "newsextract.rules.registry.Conflict",
}

_ATTRS_CHILD = """
import sys, newsextract
print(sorted(
    f"{name}.{key}"
    for name, module in list(sys.modules.items()) if name.startswith("newsextract")
    for key, value in vars(module).items()
    if isinstance(value, type) and value.__module__ == name and hasattr(value, "__attrs_attrs__")
))
"""


def test_the_import_makes_attrs_classes_of_the_public_records_only() -> None:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(Path(bracketed_names.__file__).parents[2])
    out = subprocess.run(
        [sys.executable, "-c", _ATTRS_CHILD], check=True, capture_output=True, text=True, env=env
    ).stdout
    assert set(json.loads(out.replace("'", '"'))) == _ATTRS_AT_IMPORT


def test_the_plain_records_read_as_the_attrs_ones_did() -> None:
    import pytest

    from newsextract.body.scoring import Tally
    from newsextract.body.strictness import STRICTNESS
    from newsextract.metadata.fields import POLICIES, ArticleField, Combine, Policy
    from newsextract.metadata.title import TitleChoice
    from newsextract.origin import Origin

    policy = Policy(sources=(Origin.JSONLD, "html:h1", Origin.HTML, "jsonld:x"))
    assert policy.combine is Combine.FIRST and dict(policy.weights) == {}
    assert policy.rank("jsonld:headline", Origin.JSONLD) == 0  # its origin's place
    assert policy.rank("jsonld:x", Origin.JSONLD) == 3  # listed on its own
    assert policy.rank("html:h1", Origin.HTML) == 1
    assert policy.rank("meta:title", Origin.META) is None
    weights = POLICIES[ArticleField.PUBLISHED].weights
    with pytest.raises(TypeError):
        weights[Origin.JSONLD] = 1.0  # type: ignore[index]
    choice = TitleChoice(title="A", index=-1)
    assert (choice.title, choice.index, choice.reasons) == ("A", -1, {})
    assert "title='A'" in repr(choice)
    sums = Tally(text=[1], links=[0], end=[0], score=[0.5], mass=[1.0])
    sums.text[0] += 2
    assert sums.text == [3]
    assert STRICTNESS["precision"].lists is False and STRICTNESS["recall"].tables is True


_DEFERRED_USE_CHILD = """
import sys
from datetime import datetime, timezone
import newsextract
from newsextract.rules import FieldRule, SiteRule
page = sys.argv[1]
title = FieldRule(selectors=("h1",))
rule = SiteRule(name="coast", domains=("coast.example",), fields={"title": title})
article = newsextract.extract(page, url="https://coast.example/a", rules=[rule])
assert article.rule == "coast" and article.title.startswith("Harbour fees"), article
assert "<p>" in article.body_html() and "harbour board" in article.body_markdown()
fetched = datetime(2025, 3, 4, tzinfo=timezone.utc)
newsextract.extract(page.replace("3 March 2025", "2 hours ago"), fetched_at=fetched)
newsextract.extract(page, body="trafilatura")
print(sorted(m for m in sys.argv[2:] if m in sys.modules))
"""


def test_the_modules_of_rare_pages_load_on_their_first_use() -> None:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(Path(bracketed_names.__file__).parents[2])
    modules = (
        "newsextract.body.render",
        "newsextract.body.trafilatura_body",
        "newsextract.metadata.relative_dates",
        "newsextract.rules.apply",
    )
    out = subprocess.run(
        [sys.executable, "-c", _DEFERRED_USE_CHILD, _PAGES[0].decode(), *modules],
        check=False,
        capture_output=True,
        text=True,
        env=env,
    )
    assert out.stdout.strip() == repr(sorted(modules)), out.stderr
