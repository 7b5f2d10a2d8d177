"""The site's names and how a title, a publisher or a byline names the site.

A title's decoration is the site's name (and perhaps a section's, or the site's tagline)
beside the headline; the site is known by its address (its label and registrable domain, read
against the public suffix list) and by the names the page gives it. A part names the site
when it spells the host's label in any case, with or without spaces, accents or umlauts, in
another script once transliterated, or holds every word of a label of several words.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Collection, Iterable
from unicodedata import combining, normalize
from urllib.parse import urlsplit

from newsextract.browser_urls import browser_address
from newsextract.lazy_regex import LazyPattern
from newsextract.text import compare_key, word_count

# Between a headline and the site's name: a dash, colon or slash needs spaces around it (it is
# also used inside headlines); a bar or an underscore does not ("东京大雨｜新华网", "标题_新浪"),
# nor the Hangul letter ㅣ, which Korean sites set as a bar ("제목ㅣ한국일보"): alone, outside
# a syllable, it writes no word. A guillemet pointing back ("Post « Blog", an old blog theme's)
# and a bullet ("Post • Site") need spaces too, as does Japanese's middle dot ("記事 ・ ブログ";
# unspaced it joins a foreign name's parts, "ジョン・スミス"). A guillemet right before another
# separator closes a French quotation ("Le maire : « Nous rouvrirons le pont » - La Gazette").
# A star, spaced, is one too: Yoast SEO offers "⋆" and "*" among its title separators; so is
# a spaced triangle pointing on ("Haus, das ▶ Rechtschreibung, Bedeutung | Wörterbuch": a
# reference site's list of what the page holds).
_SEPARATORS = LazyPattern(
    r"\s+(?:-|–|—|―|－|»(?!\s+[-–—|｜:·•/~])|«|›|·|•|・|::|:|/|~|⋆|\*|▶|►|▸)\s+"
    r"|\s*[|｜丨︱_ㅣ]\s*"
)


def title_parts(title: str) -> list[str]:
    """A title's parts between its separators ("Headline | Section | Site": three)."""
    return _SEPARATORS.split(one_line(title))


# Directional marks (LRM, RLM, the Arabic letter mark) a right-to-left site sets around the
# separator before its name ("כותרת &rlm;|&rlm; חדשות העמק"), so that a browser lays the bar
# out between the two: invisible, they stand between the spaces and the separator. Beside a
# space they order nothing a reader sees, and go; a run is matched from its start only
# (the lookbehinds), which keeps a title of marks linear.
_DIRECTION_MARKS = "\u200e\u200f\u061c"
_MARKS_BY_SPACE = LazyPattern(
    rf"(?<![{_DIRECTION_MARKS}])[{_DIRECTION_MARKS}]+(?=\s)|(?<=\s)[{_DIRECTION_MARKS}]+"
)


def one_line(title: str) -> str:
    """``title`` with each run of white space cut to one space, directional marks beside
    one dropped: the separators' spaces are then plain."""
    if "\u200e" in title or "\u200f" in title or "\u061c" in title:
        title = _MARKS_BY_SPACE.sub("", title)
    return " ".join(title.split())


def end_parts(title: str) -> tuple[str, ...]:
    """The first and last parts of a title split at its separators, then the places a
    site's name stands in besides: a label before a colon opening it ("Courier: Council
    approves …") or after one closing it ("…：みなと新報"), the part before the last of three
    or more ("… - 江城日报 - 江城网", the name before its portal's), a name in brackets
    opening or closing it ("…【江城日报】"); none when it has none of these."""
    parts = title_parts(title)
    ends = [parts[0], parts[-1]] if len(parts) > 1 else []
    if len(parts) > 2:
        ends.append(parts[-2])
    if label := _SITE_LABEL.match(parts[0]):
        ends.append(label[1])
    if tail := _site_tail_label(parts[-1]):
        ends.append(tail[1])
    if any(bracket in title for bracket in _OPEN_BRACKETS):
        if start := _BRACKETED_START.match(title):
            ends.append(start[1])
        if end := _BRACKETED_END.search(title, max(0, len(title) - _BRACKETED_TAIL_CHARS)):
            ends.append(end[1])
    return tuple(ends)


def strip_site_name(title: str, site_names: Iterable[str]) -> str:
    """``title`` without a leading or trailing part naming the site."""
    return split_site_name(title, site_names)[0]


def split_site_name(title: str, site_names: Iterable[str]) -> tuple[str, list[str]]:
    """``title`` without its leading or trailing parts naming the site, and those parts
    (the trailing ones first, as cut)."""
    names = tuple(site_names)
    if len(title) > _KEPT_TITLE_CHARS:
        return _split_site_name(title, names)
    bare, cut = _kept_split(title, names)
    return bare, list(cut)


# Titles up to this long keep how they split: a page splits the same title by the same
# names two or three times (its site-name source, the title's choice: 5.9 calls a page, 3.1
# distinct); a longer text is no title, and is not held.
_KEPT_TITLE_CHARS = 300
_KEPT_SPLITS = 256


@functools.lru_cache(maxsize=_KEPT_SPLITS)
def _kept_split(title: str, site_names: tuple[str, ...]) -> tuple[str, tuple[str, ...]]:
    bare, cut = _split_site_name(title, site_names)
    return bare, tuple(cut)


def _split_site_name(title: str, site_names: tuple[str, ...]) -> tuple[str, list[str]]:
    keys = {compare_key(n) for n in site_names if n}
    keys |= {k.replace(" ", "") for k in keys}
    keys.discard("")
    if not keys:
        return title, []
    # One line: a run of white space, cut to one, cannot make the separators backtrack.
    title = one_line(title)
    parts = _SEPARATORS.split(title)
    seps = _SEPARATORS.findall(title)
    cut: list[str] = []
    # Cut from the end first (most sites append their name), then from the start.
    while len(parts) > 1 and _is_site(parts[-1], keys):
        cut.append(parts.pop())
        seps.pop()
    if not cut and len(parts) > 2 and _is_title_tagline(parts[-1]) and _is_site(parts[-2], keys):
        if len(parts) == 3 and _section_before_name(parts[0], parts[-1]):
            return parts[-1], [parts[1]]  # "Новини | Вісті Полісся | Відкрили нову бібліотеку"
        parts.pop()  # the tagline: dropped, it is not the site's name
        cut.append(parts.pop())
        del seps[-2:]
    while len(parts) > 1 and _is_site(parts[0], keys):
        cut.append(parts.pop(0))
        seps.pop(0)
    if not cut and len(parts) == 1 and (dash := _last_unspaced_dash(title)) is not None:
        head, tail = title[:dash], title[dash + 1 :]
        # a head the site's "name" holds too is no sign: that name is the whole title (an
        # og:site_name copied from it), and a wave dash may join two places ("鉄山～弥山")
        if (
            _is_site(tail, keys)
            and (head_key := compare_key(head))
            and not _names_site(head_key, keys)
        ):
            return head, [tail]  # "老城区将新建三座公园-江城新闻网"
        first = _first_unspaced_dash(title)
        head, tail = title[:first], title[first + 1 :]
        if (
            _is_site(head, keys)
            and (tail_key := compare_key(tail))
            and not _names_site(tail_key, keys)
        ):
            return tail, [head]  # the site's name first: "江城新闻网-老城区将新建三座公园"
    if not cut and (label := _SITE_LABEL.match(parts[0])) and _names_site_exactly(label[1], keys):
        cut.append(label[1])  # "Courier: Council approves new budget"
        parts[0] = parts[0][label.end() :]
    if not cut and (label := _site_tail_label(parts[-1])) and _names_site_exactly(label[1], keys):
        cut.append(label[1])  # "駅前に新しい図書館：みなと新報"
        parts[-1] = parts[-1][: label.start()]
    if not cut and len(parts) == 1 and (bracketed := _split_bracketed_name(title, keys)):
        return bracketed  # "【みなと新報】駅前に新しい図書館"
    out = parts[0]
    for sep, part in zip(seps, parts[1:], strict=False):
        out += sep + part
    return out, cut


# A dash between two characters of a script written without spaces (Han, kana, Thai, Lao,
# Myanmar, Khmer), with no space around it: Chinese, Japanese and Thai portals set their name
# after one ("标题-江城新闻网", "標題－南湖日報", a full-width one; Japanese "記事～サイト", a
# wave dash); it is cut only where the part after it names the site, as a dash also joins
# words in a headline ("日本-中国関係").
# Built on the first title with such characters (``_FIRST_UNSPACED``): its two sets cost the
# regex compiler 2 ms, which a process reading no such title never needs.
@functools.cache
def _unspaced_dash() -> re.Pattern[str]:
    unspaced = r"\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff"
    return re.compile(rf"(?<=[{unspaced}])[-–—―－～〜](?=[{unspaced}])")


# The first character of the sets around ``_unspaced_dash``'s dash (Thai's): a title without
# one at or above it has none.
_FIRST_UNSPACED = "\u0e00"


def _first_unspaced_dash(title: str) -> int:
    """The index of the first ``_unspaced_dash`` of ``title`` (one ``_last_unspaced_dash``
    found)."""
    found = _unspaced_dash().search(title)
    assert found is not None
    return found.start()


def _last_unspaced_dash(title: str) -> int | None:
    """The index of the last ``_unspaced_dash`` of ``title``, or None."""
    if title.isascii() or max(title) < _FIRST_UNSPACED:
        return None
    starts = [found.start() for found in _unspaced_dash().finditer(title)]
    return starts[-1] if starts else None


def without_tagline(
    name: str, url: str | None, title_ends: Callable[[], frozenset[str]] = frozenset
) -> str:
    """A site's name without the tagline written beside it ("technikreport.de - Stellenmarkt und
    Magazin für Technik", "bitmole.eu | under the hood"): its first or last
    part, when that part is the one its host names, or else, of a name in two parts, the
    one alone the ``<title>`` opens or ends with (``title_ends``, their ``compare_key``s,
    read only then: "Nordwind – Nachrichten aus Friesland" beside "… | Nordwind" on
    nw-friesland.de, two places naming the site alike); else the name as written."""
    keys = {compare_key(n) for n in site_names_from_url(url)}
    keys |= {k.replace(" ", "") for k in keys}
    keys.discard("")
    parts = _TAGLINE_SEPARATORS.split(" ".join(name.split())) if keys else []
    if len(parts) < 2:
        return name
    ends = (parts[0], parts[-1])
    named = next((part for part in ends if _is_site(part, keys)), None)
    if named is not None:
        return named
    if len(parts) != 2:
        return name  # three parts or more: nothing tells the name from the rest
    ends_of_title = title_ends()
    titled = [part for part in parts if compare_key(part) in ends_of_title]
    # A name and its slogan, the title holding one of them alone: with both (the title is
    # the name written whole, or a headline and the site) nothing tells them apart.
    return titled[0] if len(titled) == 1 else name


# What sets a tagline off from a site's name: a dash, bar, dot or colon between spaces (not
# the titles' "_" or "/", which handles and addresses hold: "@amt_bund"), or a full-width
# bar, which Chinese and Japanese write without spaces ("みなと新報｜港町の今を伝える").
_TAGLINE_SEPARATORS = LazyPattern(r"\s+[-–—|·:»]\s+|\s*｜\s*")


# The site's name as a label before the headline, a colon right after it ("Courier: …"):
# the separators above want a space before a colon, which a label does not have. A name
# is a few words (the test of the part as the site's name decides).
# A full-width colon, as Chinese and Japanese write it, wants no space after it
# ("江城新闻网：老城区将新建三座公园").
_SITE_LABEL = LazyPattern(r"^([^:|：]{2,40})(?::\s+|：\s*)(?=\S)")
# The same name after a colon closing the title, as Japanese sites set it ("駅前に新しい
# 図書館：みなと新報"): cut only where it is the site's name itself, as the label is.
_SITE_TAIL_LABEL = LazyPattern(r"(?<=\S)(?::\s+|\s*：\s*)([^:|：]{2,40})$")


def _site_tail_label(part: str) -> re.Match[str] | None:
    """The name after a colon closing ``part``; most titles hold no colon: no pattern run."""
    return _SITE_TAIL_LABEL.search(part) if ":" in part or "：" in part else None


# The site's name in brackets opening or closing the title, with no separator beside it:
# Chinese and Japanese portals and mailing lists set it so ("【みなと新報】駅前に…",
# "老城区将新建三座公园【江城新闻网】", "…（江城新闻网）", "[Gartenfreunde] Frage zum Kompost",
# "… (Valley Courier)"). As for a label, only
# the site's name itself is cut: a bracketed label that is a kicker ("【速報】", "[단독]") stays
# for the kicker tests.
_OPEN_BRACKETS = "【〖[（("
_BRACKETED = r"[【〖\[（(]([^】〗\]）)]{2,40})[】〗\]）)]"
_BRACKETED_START = LazyPattern(rf"{_BRACKETED}\s*(?=\S)")
_BRACKETED_END = LazyPattern(rf"(?<=\S)\s*{_BRACKETED}$")
# The end of a title the closing name is looked for in: the brackets, the name and a space.
_BRACKETED_TAIL_CHARS = 44


def _split_bracketed_name(title: str, keys: set[str]) -> tuple[str, list[str]] | None:
    """``title`` without the site's name in brackets at its start or its end, and that name."""
    if not any(bracket in title for bracket in _OPEN_BRACKETS):
        return None  # most titles: no pattern run
    start = _BRACKETED_START.match(title)
    if start is not None and _names_site_exactly(start[1], keys):
        return title[start.end() :], [start[1]]
    offset = max(0, len(title) - _BRACKETED_TAIL_CHARS)
    end = _BRACKETED_END.search(title, offset)
    if end is not None and _names_site_exactly(end[1], keys):
        return title[: end.start()], [end[1]]
    return None


def _names_site_exactly(label: str, keys: set[str]) -> bool:
    """A label that is the site's name itself: the looser tests of a title's parts (a name
    inside the host's) would take a kicker for it ("Athletics:" on athletics-valley.org)."""
    key = compare_key(label)
    return any(s in keys or s.replace(" ", "") in keys for s in host_spellings(key))


# A site's name may carry a tagline of its own ("Möwenfried das Huhn – Webcomic", "Courier |
# Nachrichten"): a few words; a longer part after the site's name is not one.
MAX_TAGLINE_WORDS = 3


# After the site's name at a title's end, the site's motto may run longer ("… | Courier -
# Your daily local news", "… – Courier – Independent news since 1902"): the part before it
# names the site, so the last is its tagline, not the headline's; a longer part is a sentence.
MAX_TITLE_TAGLINE_WORDS = 5


def _is_title_tagline(part: str) -> bool:
    return 0 < word_count(part) <= MAX_TITLE_TAGLINE_WORDS


def _section_before_name(first: str, last: str) -> bool:
    """Whether ``first``, the one part before the site's name, is one word of letters and
    ``last``, after the name, two words or more: a section's name opens the title, which
    goes from the section to the site to the page ("Новини | Вісті Полісся | Відкрили нову
    бібліотеку"); a headline of one word beside a motto ("Brexit | Courier | Your local
    news") is rarer than a section's name of one word."""
    return word_count(first) == 1 and first.strip().isalpha() and word_count(last) >= 2


def _is_site(part: str, keys: set[str]) -> bool:
    key = compare_key(part)
    if not key or is_host_name(part):
        return True
    if any(_names_site(spelling, keys) for spelling in host_spellings(key)):
        return True
    return _initials_of_host(part, keys) or (not key.isascii() and _sounds_like_host(key, keys))


def _names_site(key: str, keys: set[str]) -> bool:
    squashed = key.replace(" ", "")
    return (
        key in keys
        or squashed in keys
        or any(
            len(k) >= 4
            and (k in squashed or (len(squashed) >= MIN_INNER_NAME_CHARS and squashed in k))
            for k in keys
        )
        or any(_has_every_word(key, k) for k in keys)
        or _abbreviated(key, keys)
    )


# A part this short found inside the host's label is there by chance ("UN" in "tribune",
# "EU" in "neue"): an abbreviation is read as the label's initials (``_initials_of_host``).
MIN_INNER_NAME_CHARS = 4


# The site's initials as a title's part ("… | NTZ" on neue-tal-zeitung.de, "… - HVN News" on
# hollowvalleynews.com): one word of two to five capitals, maybe one word after it.
_INITIALS = LazyPattern(r"([A-Z]{2,5})(?: [^\W\d_]+)?")
# A word of the host's label written without hyphens is read as this many letters at least
# ("riversidecourier" as "riverside" + "courier"): shorter, initials fall on it by chance.
MIN_INITIALLED_WORD_CHARS = 4


def _initials_of_host(part: str, keys: set[str]) -> bool:
    """Whether ``part`` is the site's initials: those of the words of the host's label
    ("neue tal zeitung"), or of words the label, written as one, can be cut into."""
    match = _INITIALS.fullmatch(part.strip())
    if match is None:
        return False
    initials = match[1].casefold()
    for k in keys:
        words = k.split()
        if "".join(w[0] for w in words) == initials:
            return True
        if len(words) == 1 and "." not in k and _cut_into_words(k, initials):
            return True
    return False


def _cut_into_words(label: str, initials: str) -> bool:
    """Whether ``label`` is a run of words of ``MIN_INITIALLED_WORD_CHARS`` letters or more
    starting with ``initials`` in order."""
    if not initials:
        return not label
    if not label.startswith(initials[0]):
        return False
    if len(initials) == 1:
        return len(label) >= MIN_INITIALLED_WORD_CHARS
    return any(
        _cut_into_words(label[cut:], initials[1:])
        for cut in range(MIN_INITIALLED_WORD_CHARS, len(label))
        if label[cut] == initials[1]
    )


# A name in a script without Latin letters, transliterated, and the host's spelling of it
# differ in vowels: an abjad (Hebrew, Arabic, Persian) writes few, and a host spells them
# ("חדשות העמק", "hdsvt h'mk", hadashot-haemek.co.il); "и" and "ы", "y" and "i" ("Голос
# Долини", golos-doliny.ua). Compared without vowels (nor the letters that write them: w, v,
# y) and doubled letters, the two agree or nearly ("ghtsmcr"/"ghtsmchr": one letter in
# eight, 0.93). Shorter skeletons agree by chance; so do a headline's words sharing one of
# the name's ("Вечерние новости" on vecherniy-omut.ru: "chrnst"/"chrnmt", 0.83).
_VOWELS = str.maketrans("", "", "aeiouywv")
MIN_SKELETON_CHARS = 4
MIN_SKELETON_SIMILARITY = 0.85


def _skeleton(text: str) -> str:
    letters = "".join(c for c in text.casefold() if "a" <= c <= "z").translate(_VOWELS)
    return "".join(c for i, c in enumerate(letters) if not i or letters[i - 1] != c)


def _sounds_like_host(key: str, keys: set[str]) -> bool:
    """Whether ``key``, in another script, is the host's name as its consonants tell."""
    if len(key) > _MAX_SITE_NAME_CHARS or main_is_latin(key):
        return False
    own = _skeleton(_transliterated(key))
    if len(own) < MIN_SKELETON_CHARS:
        return False
    from difflib import SequenceMatcher

    words = _transliterated(key).split()
    # the name's last words, after the site's kind before them ("پایگاه خبری شهر ما", news
    # site "Shahr-e Ma", shahrema.ir): a kind of site is no part of a host's label
    tails = {_skeleton("".join(words[-n:])) for n in _TAIL_WORDS if len(words) > n}
    for k in keys:
        if " " in k or "." in k:
            continue  # the label squashed ("hadashothaemek") stands for it
        host = _skeleton(k)
        if len(host) < MIN_SKELETON_CHARS:
            continue
        if host == own or SequenceMatcher(None, own, host).ratio() >= MIN_SKELETON_SIMILARITY:
            return True
        if host in tails or (len(host) >= _MIN_LOOSE_CHARS and _loose(host) == _loose(own)):
            return True
    return False


# The site's name after its kind: its last two or three words.
_TAIL_WORDS = (2, 3)
# An Indic script's consonants, spelled by hosts in one romanisation and by the
# transliteration in another ("செய்திச் சுடர்": "ceyticcutar", seithisudar.com): "c" or "s",
# "t" or "d" (a retroflex), "k" or "g", "p" or "b", "h" after a consonant or not. Compared so
# only whole and from this many letters: a skeleton of few letters so loosened agrees by chance.
_LOOSE = str.maketrans({"c": "s", "z": "s", "d": "t", "g": "k", "b": "p", "h": None})
_MIN_LOOSE_CHARS = 5


def _loose(skeleton: str) -> str:
    letters = skeleton.translate(_LOOSE)
    return "".join(c for i, c in enumerate(letters) if not i or letters[i - 1] != c)


def main_is_latin(key: str) -> bool:
    """Whether most of ``key``'s letters are ASCII (a Latin name with accents is spelled
    by ``host_spellings``)."""
    letters = [c for c in key if c.isalpha()]
    return sum(c.isascii() for c in letters) * 2 > len(letters)


# A name the host abbreviates: its words' initials are the host's label, or the label's
# first word ("Nordstädter Abend Zeitung", naz.de; "Berliner Schach Verein e.V.", bsv-club.de).
# A name of three to six words of three letters or more ("e.V." and "of" do not count).
_NAME_WORD = LazyPattern(r"[^\W\d_]{3,}")
MIN_ABBREVIATED_WORDS = 3
MAX_ABBREVIATED_WORDS = 6


def _abbreviated(key: str, keys: set[str]) -> bool:
    words = _NAME_WORD.findall(key)
    if not MIN_ABBREVIATED_WORDS <= len(words) <= MAX_ABBREVIATED_WORDS:
        return False
    initials = "".join(word[0] for word in words)
    return any(k.split()[0] == initials for k in keys)


def host_spellings(key: str) -> tuple[str, ...]:
    """``key`` and, when it has letters outside ASCII, the ways a host name spells them:
    the German umlaut as a digraph ("Möwenfried", moewenfried.de; "Süddeutsche", sueddeutsche.de)
    and any letter without its accents ("Hürriyet", hurriyet.com.tr; "Le Télégramme")."""
    if key.isascii():
        return (key,)
    return tuple(
        dict.fromkeys(
            (
                key,
                _unaccented(key.translate(_UMLAUT_DIGRAPHS)),
                _unaccented(key),
                _transliterated(key) if len(key) <= _MAX_SITE_NAME_CHARS else key,
            )
        )
    )


# Longer than this, a part is no site's name: it is not transliterated (nor kept in the cache
# of transliterations, whose size this bounds on hostile pages).
_MAX_SITE_NAME_CHARS = 100


@functools.lru_cache(maxsize=4096)
def _transliterated(key: str) -> str:
    """``key`` in Latin letters, as a host spells a name in another script ("Новая газета",
    novayagazeta.ru; "Καθημερινή", kathimerini.gr). Scripts written in ideographs read
    otherwise in each language ("毎日新聞", mainichi.jp) stay unmatched."""
    from anyascii import anyascii  # loaded on the first name in another script

    return compare_key(anyascii(key))


def _unaccented(text: str) -> str:
    if text.isascii():  # NFKD leaves ASCII as it is, and no ASCII character combines
        return text
    return "".join(c for c in normalize("NFKD", text) if not combining(c))


# German writes an umlaut as its vowel and "e" where the letter is not to hand (host names).
_UMLAUT_DIGRAPHS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue"})


# A host's label in words ("ruderverband-hamburg") names the site in a part holding each of
# its words in any order ("Hamburger Ruderverband e.V."); words this short
# ("new", "de") are left out of the test, and at least two must remain.
MIN_HOST_WORD_CHARS = 4


def _has_every_word(key: str, site_key: str) -> bool:
    words = [w for w in site_key.split() if len(w) >= MIN_HOST_WORD_CHARS]
    return len(words) >= 2 and all(w in key for w in words)


# A part written as a host name ("KLARTEXT.NET", "schanzenblick.com") names a site, whichever.
_HOST_NAME = LazyPattern(r"^(?:www\.)?(?:[^\W_](?:[\w-]*[^\W_])?\.)+[^\W\d_]{2,}$")


def is_host_name(part: str) -> bool:
    """True when ``part`` is a host name with a public suffix ("Express.co.uk")."""
    text = part.strip().casefold()
    if not _HOST_NAME.match(text):
        return False
    from tld import get_fld

    return get_fld(text, fix_protocol=True, fail_silently=True) is not None


def site_names_from_url(url: str | None) -> list[str]:
    """The site's label and registrable domain ("lemonde", "lemonde.fr"; "bbc", "bbc.co.uk"),
    read against the public suffix list, to recognise the site's name in titles and bylines."""
    return list(_site_names(url)) if url else []


# URLs whose site names are kept: a page asks for its own four times (the site-name source,
# the headline, the copyright notice, the resolution), each a look-up in the suffix list.
_KEPT_URLS = 64


@functools.lru_cache(maxsize=_KEPT_URLS)
def _site_names(url: str) -> tuple[str, ...]:
    # the address a browser reads (``browser_address``): "https://a.example\\@b.co.uk/" is
    # on a.example, whose names these are, not b.co.uk's
    url = browser_address(archived_original(url).strip())
    # tld loads urllib.request (http.client, email): imported on first use, not with the package.
    from tld import get_tld
    from tld.utils import Result

    try:
        found = get_tld(url, as_object=True, fail_silently=True, fix_protocol=True)
    except ValueError:  # a URL urllib cannot split ("http://[::1")
        return ()
    if not isinstance(found, Result) or not found.domain:
        return ()
    return (found.domain, found.fld)


def subdomain_names(url: str | None) -> frozenset[str]:
    """The labels of the page's host before its registrable domain, hyphens dropped
    ("greencorner" of greencorner.bloggarden.net): on a platform of many blogs, or a site's
    sub-site, the blog's (the sub-site's) own name, which a title sets as a part of its own
    beside the platform's ("Post - Green Corner - Bloggarden")."""
    return _subdomain_names(url) if url else frozenset()


# Shorter labels are codes of a language, a mirror or a device ("en", "m", "amp", "www2").
MIN_SUBDOMAIN_CHARS = 4


@functools.lru_cache(maxsize=_KEPT_URLS)
def _subdomain_names(url: str) -> frozenset[str]:
    host = (urlsplit(browser_address(archived_original(url).strip())).hostname or "").casefold()
    if host.startswith("www."):
        host = host[4:]
    names = site_names_from_url(url)
    if len(names) < 2 or not host.endswith("." + names[1]):
        return frozenset()
    labels = (label.replace("-", "") for label in host[: -len(names[1]) - 1].split("."))
    return frozenset(
        label for label in labels if len(label) >= MIN_SUBDOMAIN_CHARS and label.isalpha()
    )


def split_subdomain_name(title: str, names: Collection[str]) -> tuple[str, str | None]:
    """``title`` without a label before a colon opening it, or else a last (or else first)
    part, that names one of the host's ``subdomain_names``, and that part."""
    if not names:
        return title, None
    label = _SITE_LABEL.match(title)
    if label and compare_key(label[1]).replace(" ", "") in names:
        return title[label.end() :], label[1]  # "Fernhill Notes: Pressing wild flowers"
    parts = _SEPARATORS.split(title)
    if len(parts) < 2:
        return title, None
    if _names_sub_site(parts[-1], names):
        return title[: title.rfind(parts[-1])].rstrip(" |｜-–—»«›·•:/~_"), parts[-1]
    if _names_sub_site(parts[0], names):
        return title[len(parts[0]) :].lstrip(" |｜-–—»«›·•:/~_"), parts[0]
    return title, None


def _names_sub_site(part: str, names: Collection[str]) -> bool:
    """Whether a title's part is a sub-site's name: one of ``names`` written with spaces
    ("Green Corner") or with its letters as a host spells them (``host_spellings``), or a
    name of a few words holding one as a word ("The Structure Podcast" on
    structure.podhost.com; a longer part is the headline's own)."""
    key = compare_key(part)
    # as a host spells it ("Gartenglück" on gartenglueck.…, "Кухня Марти" on kukhnyamarty.…)
    spellings = host_spellings(key)
    if any(spelling.replace(" ", "") in names for spelling in spellings):
        return True
    words = key.split()
    return len(words) <= MAX_TAGLINE_WORDS and any(
        word in names for spelling in spellings for word in spelling.split()
    )


# Words shorter than this in an address's folders are codes ("en", "tv", "amp"), not the
# name of a section a title may carry ("ekonomi", "sport", "politik").
MIN_SECTION_WORD_CHARS = 4
# A section's name in a title is a few words ("Ekonomi Haberleri", "Sport | Football").
MAX_SECTION_WORDS = 3


def sections_from_url(url: str | None) -> frozenset[str]:
    """The words of the folders of the page's address ("ekonomi" of
    ".../ekonomi/merkez-bankasi-123"), the last part (the article's own) left out."""
    if not url:
        return frozenset()
    path = urlsplit(archived_original(url)).path
    folders = path.strip("/").split("/")[:-1]
    words = {
        word
        for folder in folders
        for word in re.split(r"[-_.+]", folder.casefold())
        if len(word) >= MIN_SECTION_WORD_CHARS and word.isalpha()
    }
    # and each folder's words written as one ("whatson" of "whats-on": "What's On")
    squashed = (re.sub(r"[-_.+]", "", folder.casefold()) for folder in folders)
    return frozenset(
        words | {w for w in squashed if len(w) >= MIN_SECTION_WORD_CHARS and w.isalpha()}
    )


def strip_section(title: str, sections: Collection[str]) -> str:
    """``title`` without a trailing part that names one of the address's ``sections``
    ("Merkez Bankası faizi sabit tuttu | Ekonomi Haberleri" on ".../ekonomi/…"), else a
    leading one ("Sports | Rowers win …" left of "Courier | Sports | Rowers win …" on
    ".../sports/…"), when the site's name was cut from it (the parts are then the site's
    decoration)."""
    parts = _SEPARATORS.split(title)
    if len(parts) < 2:
        return title
    if _names_section(parts[-1], sections):
        return title[: title.rfind(parts[-1])].rstrip(" |｜-–—»«›·•:/~_")
    if _names_section(parts[0], sections):
        return title[len(parts[0]) :].lstrip(" |｜-–—»«›·•:/~_")
    return title


def _names_section(part: str, sections: Collection[str]) -> bool:
    """Whether a title's ``part`` is a section's name of a few words, one of them (or all of
    them written as one) a folder of the address."""
    if word_count(part) > MAX_SECTION_WORDS:
        return False
    key = compare_key(part)
    if _unaccented(key.replace(" ", "")) in sections:  # "What's On" on …/whats-on/…
        return True
    words = [_unaccented(w) for w in key.split()]
    return any(w.startswith(section) for w in words for section in sections)


def strip_named_section(title: str, section_names: Collection[str]) -> str:
    """``title`` without a leading or trailing part that is, whole, the name of a section
    the site's navigation links to ("Société | Une librairie …", "… | Binnenland"), when the
    site's name was cut from it (the parts are then the site's decoration)."""
    keys = {compare_key(name) for name in section_names}
    keys.discard("")
    if not keys:
        return title
    parts = _SEPARATORS.split(title)
    if len(parts) < 2:
        return title
    # A section's name is shorter than the headline beside it: a name as long is the
    # article's own (a breadcrumb trail's last step, which may be the headline itself).
    words = word_count(title)
    if compare_key(parts[-1]) in keys and 2 * word_count(parts[-1]) < words:
        return title[: title.rfind(parts[-1])].rstrip(" |｜-–—»«›·•:/~_")
    if compare_key(parts[0]) in keys and 2 * word_count(parts[0]) < words:
        return title[len(parts[0]) :].lstrip(" |｜-–—»«›·•:/~_")
    return title


def strip_shown_section(title: str, section_names: Collection[str]) -> str:
    """``title`` without a leading or trailing part that is, whole, one of the post's own
    sections (``section_names``: its breadcrumbs', its ``article:section``: "Podar as
    roseiras no fim do inverno - Dicas" under "Início › Dicas"), where no site's name was
    cut (``strip_named_section``): the page files the post there. A part after or before a
    lone colon is kept: a colon joins a headline's own parts ("Pruning roses in winter:
    Tips")."""
    line = one_line(title)
    seps = _SEPARATORS.findall(line)
    if not seps:
        return title
    cut = strip_named_section(line, section_names)
    if cut == line:
        return title
    # the separator beside the cut part: the last one when the end went, else the first
    beside = seps[-1] if line.startswith(cut) else seps[0]
    return title if beside.strip() == ":" else cut


@functools.lru_cache(maxsize=8)
def section_keys(section_names: tuple[str, ...]) -> frozenset[str]:
    """The keys of a page's section names, built once for all its titles."""
    return frozenset(key for name in section_names if (key := compare_key(name)))


def without_section_around_site(
    title: str, site_names: Iterable[str], section_names: Collection[str], sections: Collection[str]
) -> str:
    """``title`` without the site's name set between its parts and the section's name on one
    side of it: the other side is the headline ("Новини | Вісті Полісся | У місті відкрили
    нову бібліотеку", "Headline | Site | Section"). A part after the site's name is its motto
    otherwise (``MAX_TITLE_TAGLINE_WORDS``); the section the page names (its navigation, its
    breadcrumbs, its address's folders) tells that it is the headline."""
    parts = title_parts(title)
    if len(parts) < 3:
        return title  # most titles: no name between two parts
    if not (section_names or sections):
        return title
    named = section_keys(tuple(section_names))

    def is_section(part: str) -> bool:
        return compare_key(part) in named or _names_section(part, sections)

    if not (is_section(parts[0]) or is_section(parts[-1])):
        return title  # most titles: no section at either end
    keys = {compare_key(n) for n in site_names if n}
    keys |= {k.replace(" ", "") for k in keys}
    keys.discard("")
    middle = [i for i in range(1, len(parts) - 1) if keys and _is_site(parts[i], keys)]
    line = one_line(title)
    bounds = [0, *(i for m in _SEPARATORS.finditer(line) for i in m.span()), len(line)]
    for index in middle:
        before, after = parts[:index], parts[index + 1 :]
        if all(map(is_section, before)) and not all(map(is_section, after)):
            return line[bounds[2 * index + 2] :]
        if all(map(is_section, after)) and not all(map(is_section, before)):
            return line[: bounds[2 * index - 1]]
    return title


# A copy in the Wayback Machine, "https://web.archive.org/web/<time>[<flag>]/<original URL>",
# is a page of the site it was archived from: its title names that site, not the archive.
_ARCHIVED = LazyPattern(r"^https?://web\.archive\.org/web/[^/]+/(?P<original>\S+)$", re.IGNORECASE)


def archived_original(url: str) -> str:
    """The URL an archived copy was taken from, or ``url`` itself."""
    match = _ARCHIVED.match(url.strip())
    if match is None:
        return url
    original = match["original"]
    return original if "://" in original else f"http://{original}"


def is_site_name(title: str, site_names: list[str]) -> bool:
    """True when ``title`` is one of the site's names ("Valley Post" of valleypost.com)."""
    names = {compare_key(n).replace(" ", "") for n in site_names if n}
    key = compare_key(title).replace(" ", "")
    return bool(key) and any(spelling in names for spelling in host_spellings(key))
