"""The headline: the page's visible ``<h1>`` when it agrees with the metadata, and otherwise
the best metadata title with the site-name decoration cut off.

The trusted structured headline (JSON-LD) loses when it is not a headline: the site's (a
blog's) own name, a description beside a visible headline, or a kicker before a headline
another source gives alone. An ``<h1>`` that is the site's name is a banner, not a headline.
Where a script has no spaces (Chinese, Japanese), a character counts as a word.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Collection, Iterable, Mapping
from unicodedata import combining, name, normalize
from urllib.parse import urlsplit

import attrs

from newsextract.text import compare_key, word_count

# Between a headline and the site's name: a dash, colon or slash needs spaces around it (it is
# also used inside headlines); a bar or an underscore does not ("东京大雨｜新华网", "标题_新浪"),
# nor the Hangul letter ㅣ, which Korean sites set as a bar ("제목ㅣ한국일보"): alone, outside
# a syllable, it writes no word.
_SEPARATORS = re.compile(r"\s+(?:-|–|—|»|›|·|::|:|/|~)\s+|\s*[|｜丨︱_ㅣ]\s*")
# Below two words (or two characters of a script without spaces) an <h1> is a kicker or a
# section name ("Politics"), not a headline.
_MIN_HEADLINE_WORDS = 2
# A structured headline this many times the length of the visible one, and at least this
# long, is a description put in the headline property (a headline is rarely over a line).
DESCRIPTION_LENGTH_RATIO = 2.0
MIN_DESCRIPTION_LENGTH = 80
# A full stop after a word: a sentence, which headlines are not ("U.S." and "..." are not).
_SENTENCE_END = re.compile(r"(?:[^\W\d_]{3,}\.|。)\s*$")


def strip_site_name(title: str, site_names: Iterable[str]) -> str:
    """``title`` without a leading or trailing part naming the site."""
    return split_site_name(title, site_names)[0]


def split_site_name(title: str, site_names: Iterable[str]) -> tuple[str, list[str]]:
    """``title`` without its leading or trailing parts naming the site, and those parts
    (the trailing ones first, as cut)."""
    keys = {compare_key(n) for n in site_names if n}
    keys |= {k.replace(" ", "") for k in keys}
    keys.discard("")
    if not keys:
        return title, []
    # One line: a run of white space, cut to one, cannot make the separators backtrack.
    title = " ".join(title.split())
    parts = _SEPARATORS.split(title)
    seps = _SEPARATORS.findall(title)
    cut: list[str] = []
    # Cut from the end first (most sites append their name), then from the start.
    while len(parts) > 1 and _is_site(parts[-1], keys):
        cut.append(parts.pop())
        seps.pop()
    if not cut and len(parts) > 2 and _is_tagline(parts[-1]) and _is_site(parts[-2], keys):
        parts.pop()  # the tagline: dropped, it is not the site's name
        cut.append(parts.pop())
        del seps[-2:]
    while len(parts) > 1 and _is_site(parts[0], keys):
        cut.append(parts.pop(0))
        seps.pop(0)
    if not cut and (label := _SITE_LABEL.match(parts[0])) and _names_site_exactly(label[1], keys):
        cut.append(label[1])  # "Courier: Council approves new budget"
        parts[0] = parts[0][label.end() :]
    out = parts[0]
    for sep, part in zip(seps, parts[1:], strict=False):
        out += sep + part
    return out, cut


def without_tagline(name: str, url: str | None) -> str:
    """A site's name without the tagline written beside it ("ingenieur.de - Jobbörse und
    Nachrichtenportal für Ingenieure", "gizmeo.eu | inside the machine"): its first or last
    part, when that part is the one its host names; else the name as written."""
    keys = {compare_key(n) for n in site_names_from_url(url)}
    keys |= {k.replace(" ", "") for k in keys}
    keys.discard("")
    parts = _TAGLINE_SEPARATORS.split(" ".join(name.split())) if keys else []
    if len(parts) < 2:
        return name
    return next((part for part in (parts[0], parts[-1]) if _is_site(part, keys)), name)


# What sets a tagline off from a site's name: a dash, bar, dot or colon between spaces (not
# the titles' "_" or "/", which handles and addresses hold: "@bafa_bund").
_TAGLINE_SEPARATORS = re.compile(r"\s+[-–—|·:»]\s+")


# The site's name as a label before the headline, a colon right after it ("Courier: …"):
# the separators above want a space before a colon, which a label does not have. A name
# is a few words (the test of the part as the site's name decides).
_SITE_LABEL = re.compile(r"^([^:|]{2,40}):\s+(?=\S)")


def _names_site_exactly(label: str, keys: set[str]) -> bool:
    """A label that is the site's name itself: the looser tests of a title's parts (a name
    inside the host's) would take a kicker for it ("Athletics:" on athletics-valley.org)."""
    key = compare_key(label)
    return any(s in keys or s.replace(" ", "") in keys for s in host_spellings(key))


# A site's name may carry a tagline of its own ("Mäscot das Schaf – Webcomic", "Courier |
# Nachrichten"): a few words; a longer part after the site's name is not one.
MAX_TAGLINE_WORDS = 3


def _is_tagline(part: str) -> bool:
    return 0 < word_count(part) <= MAX_TAGLINE_WORDS


def _is_site(part: str, keys: set[str]) -> bool:
    key = compare_key(part)
    if not key or is_host_name(part):
        return True
    return any(_names_site(spelling, keys) for spelling in host_spellings(key))


def _names_site(key: str, keys: set[str]) -> bool:
    squashed = key.replace(" ", "")
    return (
        key in keys
        or squashed in keys
        or any(len(k) >= 4 and (k in squashed or squashed in k) for k in keys)
        or any(_has_every_word(key, k) for k in keys)
    )


def host_spellings(key: str) -> tuple[str, ...]:
    """``key`` and, when it has letters outside ASCII, the ways a host name spells them:
    the German umlaut as a digraph ("Mäscot", maescot.de; "Süddeutsche", sueddeutsche.de)
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
    return "".join(c for c in normalize("NFKD", text) if not combining(c))


# German writes an umlaut as its vowel and "e" where the letter is not to hand (host names).
_UMLAUT_DIGRAPHS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue"})


# A host's label in words ("leichtathletik-berlin") names the site in a part holding each of
# its words in any order ("Berliner Leichtathletik Verband e.V."); words this short
# ("new", "de") are left out of the test, and at least two must remain.
MIN_HOST_WORD_CHARS = 4


def _has_every_word(key: str, site_key: str) -> bool:
    words = [w for w in site_key.split() if len(w) >= MIN_HOST_WORD_CHARS]
    return len(words) >= 2 and all(w in key for w in words)


# A part written as a host name ("FASSETTE.NET", "skispringen.com") names a site, whichever.
_HOST_NAME = re.compile(r"^(?:www\.)?(?:[^\W_](?:[\w-]*[^\W_])?\.)+[^\W\d_]{2,}$")


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
    if not url:
        return []
    url = archived_original(url)
    # tld loads urllib.request (http.client, email): imported on first use, not with the package.
    from tld import get_tld
    from tld.utils import Result

    try:
        found = get_tld(url, as_object=True, fail_silently=True, fix_protocol=True)
    except ValueError:  # a URL urllib cannot split ("http://[::1")
        return []
    if not isinstance(found, Result) or not found.domain:
        return []
    return [found.domain, found.fld]


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
    return frozenset(
        word
        for folder in folders
        for word in re.split(r"[-_.+]", folder.casefold())
        if len(word) >= MIN_SECTION_WORD_CHARS and word.isalpha()
    )


def strip_section(title: str, sections: Collection[str]) -> str:
    """``title`` without a trailing part that names one of the address's ``sections``
    ("Merkez Bankası faizi sabit tuttu | Ekonomi Haberleri" on ".../ekonomi/…"), when the
    site's name was cut from it (the parts are then the site's decoration)."""
    parts = _SEPARATORS.split(title)
    if len(parts) < 2 or word_count(parts[-1]) > MAX_SECTION_WORDS:
        return title
    words = [_unaccented(w) for w in compare_key(parts[-1]).split()]
    if not any(w.startswith(section) for w in words for section in sections):
        return title
    return title[: title.rfind(parts[-1])].rstrip(" |｜-–—»›·:/~_")


# A copy in the Wayback Machine, "https://web.archive.org/web/<time>[<flag>]/<original URL>",
# is a page of the site it was archived from: its title names that site, not the archive.
_ARCHIVED = re.compile(r"^https?://web\.archive\.org/web/[^/]+/(?P<original>\S+)$", re.IGNORECASE)


def archived_original(url: str) -> str:
    """The URL an archived copy was taken from, or ``url`` itself."""
    match = _ARCHIVED.match(url.strip())
    if match is None:
        return url
    original = match["original"]
    return original if "://" in original else f"http://{original}"


def agrees(headline: str, title: str) -> bool:
    """True when a metadata title is the headline, possibly with decoration around it."""
    h, t = compare_key(headline), compare_key(title)
    if not h or not t:
        return False
    if h == t:
        return True
    # The metadata title decorates the headline, or is the headline cut short.
    return (len(h) >= 12 and h in t) or (len(t) >= 20 and h.startswith(t))


_ELLIPSIS = ("…", "...")


def cut_with_ellipsis(title: str, headline: str) -> bool:
    """True when ``title`` is ``headline`` cut short by a field's length limit, which marked
    the cut with an ellipsis ("… reform of the pension system after…")."""
    stripped = title.rstrip()
    if not stripped.endswith(_ELLIPSIS):
        return False
    t, h = compare_key(stripped.rstrip(".… ")), compare_key(headline)
    return bool(t) and len(h) > len(t) and h.startswith(t)


@attrs.frozen(kw_only=True)
class TitleChoice:
    """The title, the index of the candidate it came from (-1 for the visible headline) and,
    by the same index, why a candidate that did not win lost (when it is more than its rank)."""

    title: str
    index: int
    reasons: Mapping[int, str] = attrs.field(factory=dict)


def choose_title(
    headline: str | None,
    titles: list[str],
    site_names: list[str],
    *,
    trusted: int = 0,
    authoritative: int = 0,
    sections: Collection[str] = (),
) -> TitleChoice:
    """The title and where it came from.

    The first ``trusted`` titles win over the headline, unless one is the site's name or,
    beside a visible headline, a description (the first ``authoritative`` ones, a site
    rule's, always win). The headline wins over the others when one of them agrees with it
    (it is then the same title without decoration). Without one, a metadata title loses its
    site's name and then a section's name the address gives (``sections``).
    """
    reasons: dict[int, str] = {}
    banner = headline
    if headline:
        headline = strip_site_name(headline, site_names) or headline
    if headline and is_site_name(headline, site_names):
        reasons[-1], headline = _SITE_NAME, None  # a banner with the site's name
    if headline and titles and _in_other_script(headline, titles[authoritative:], authoritative):
        for index in range(len(titles)):
            reasons[index] = "in another script than the visible headline: the page's other edition"
        return TitleChoice(title=headline, index=-1, reasons=reasons)
    for index, title in enumerate(titles[:trusted]):
        cleaned = strip_site_name(title, site_names)
        problem = None if index < authoritative else not_a_headline(cleaned, headline, site_names)
        if cleaned and not problem:
            bare = None if index < authoritative else _bare_headline(cleaned, headline, titles)
            if bare is not None:
                reasons[index] = "a kicker before the headline another source gives alone"
                return TitleChoice(title=bare[0], index=bare[1], reasons=reasons)
            if index >= authoritative and headline and cut_with_ellipsis(cleaned, headline):
                reasons[index] = "the visible headline, cut short"
                return TitleChoice(title=headline, index=-1, reasons=reasons)
            return TitleChoice(title=cleaned, index=index, reasons=reasons)
        reasons[index] = problem or _ONLY_SITE
    if headline:
        agreeing = [
            index
            for index, t in enumerate(titles)
            if agrees(headline, t) or agrees(headline, strip_site_name(t, site_names))
        ]
        if word_count(headline) < _MIN_HEADLINE_WORDS:
            reasons[-1] = f"fewer than {_MIN_HEADLINE_WORDS} words"
        elif agreeing:
            reasons.update(
                (i, "the visible headline agrees with it and wins")
                for i in agreeing
                if i not in reasons
            )
            return TitleChoice(title=headline, index=-1, reasons=reasons)
        else:
            reasons[-1] = "no metadata title agrees with it"
    for index, title in enumerate(titles):
        if index in reasons:
            continue
        cleaned, cut = split_site_name(title, site_names)
        if cut and sections:
            cleaned = strip_section(cleaned, sections)
        if cleaned and headline and is_site_name(cleaned, site_names):
            reasons[index] = _SITE_NAME  # the home page's title, beside an article's headline
            continue
        if cleaned:
            return TitleChoice(title=cleaned, index=index, reasons=reasons)
        reasons[index] = _ONLY_SITE
    reasons.pop(-1, None)  # nothing better: the visible headline, even the site's name
    return TitleChoice(title=banner or "", index=-1, reasons=reasons)


def _in_other_script(headline: str, titles: list[str], authoritative: int) -> bool:
    """Whether every metadata title is written in another script than the visible headline
    (a Serbian page shown in Cyrillic, its metadata in Latin letters): the reader sees the
    headline's. A site rule's title (``authoritative``) is never second-guessed."""
    if authoritative or not titles or word_count(headline) < _MIN_HEADLINE_WORDS:
        return False
    if any(agrees(headline, t) or (headline.isascii() and t.isascii()) for t in titles):
        return False  # a title agreeing, or both in ASCII: the scripts need not be read
    script = main_script(headline)
    return script is not None and all(
        (other := main_script(title)) is not None and other != script for title in titles
    )


def main_script(text: str) -> str | None:
    """The script most of ``text``'s letters are written in ("LATIN", "CYRILLIC", "CJK"),
    from their Unicode names; None without letters."""
    counts: dict[str, int] = {}
    for char in text:
        if char.isalpha():
            words = name(char, "").split(" ", 2)
            script = words[1] if words[0] in _WIDTH_FORMS and len(words) > 1 else words[0]
            script = _ONE_WRITING.get(script, script)
            counts[script] = counts.get(script, 0) + 1
    return max(counts, key=counts.__getitem__) if counts else None


# Scripts one writing system mixes in a line (Japanese: kanji, hiragana, katakana): one.
_ONE_WRITING = {"HIRAGANA": "CJK", "KATAKANA": "CJK", "IDEOGRAPHIC": "CJK"}
# Width forms name the script after them ("FULLWIDTH LATIN CAPITAL LETTER A").
_WIDTH_FORMS = frozenset({"FULLWIDTH", "HALFWIDTH"})


def not_a_headline(title: str, headline: str | None, site_names: list[str]) -> str | None:
    """Why a structured title is not the article's headline, or None: the site's (a blog's)
    own name, or, beside a visible headline it does not agree with, a description."""
    if is_site_name(title, site_names):
        return _SITE_NAME
    if not headline or word_count(headline) < _MIN_HEADLINE_WORDS:
        return None
    if agrees(headline, title):
        return None
    if len(title) >= max(MIN_DESCRIPTION_LENGTH, DESCRIPTION_LENGTH_RATIO * len(headline)):
        return "much longer than the visible headline: a description"
    if _SENTENCE_END.search(title) and not _SENTENCE_END.search(headline):
        return "ends like a sentence, unlike the visible headline: a description"
    return None


def _bare_headline(title: str, headline: str | None, titles: list[str]) -> tuple[str, int] | None:
    """The headline without the kicker ``title`` carries ("Chronik: Lotte Tobisch ist tot"),
    when the visible headline or another title gives it alone, and its index (-1: visible)."""
    for index, other in [(-1, headline), *enumerate(titles)]:
        if not other or word_count(other) < MIN_BARE_HEADLINE_WORDS:
            continue
        cut = title.casefold().rfind(other.casefold())
        if cut <= 0 or cut + len(other) != len(title):
            continue
        kicker = title[:cut].rstrip()
        if kicker.endswith(_KICKER_ENDS) and word_count(kicker) <= MAX_KICKER_WORDS:
            return other, index
    return None


# A kicker ("Chronik:", "SVP-Sonderparteitag zur Migration:") is a few words ending with a
# colon or a dash; the headline after it must be a headline of its own, not a fragment.
MAX_KICKER_WORDS = 5
MIN_BARE_HEADLINE_WORDS = 3
_KICKER_ENDS = (":", "–", "—", " -", "|")


def is_site_name(title: str, site_names: list[str]) -> bool:
    """True when ``title`` is one of the site's names ("Valley Post" of valleypost.com)."""
    names = {compare_key(n).replace(" ", "") for n in site_names if n}
    key = compare_key(title).replace(" ", "")
    return bool(key) and any(spelling in names for spelling in host_spellings(key))


_SITE_NAME = "the site's name, not the article's"
_ONLY_SITE = "only the site name"
