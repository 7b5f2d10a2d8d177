"""Whether a metadata title is the visible headline: the same words, the headline decorated
(a site's or a section's name around it), or the headline cut short (at a field's length
limit, before a quotation, inside a word), or the headline after a kicker.

Apart from ``title.py``, which decides between the titles, because ``resolve`` and the
site-name reading ask the same questions of a title without choosing one.
Where a script has no spaces (Chinese, Japanese), a character counts as a word.
"""

from __future__ import annotations

import re
from unicodedata import category

from newsextract.lazy_regex import LazyPattern
from newsextract.metadata.site_names import is_site_name, strip_site_name, title_parts
from newsextract.text import compare_key, fold_case, unspaced_chars, word_count


def agrees(headline: str, title: str) -> bool:
    """True when a metadata title is the headline, possibly with decoration around it.

    Persian (and Urdu, Kurdish) metadata is often typed with a space where the page's
    heading joins a word's parts with a zero-width non-joiner ("تازه ای" for "تازه‌ای");
    ``compare_key`` drops the joiner ("تازهای"), which matches a title typed without either:
    when only one of the two holds joiners, it is read with spaces for them too."""
    if _agrees(headline, title):
        return True
    if ("\u200c" in headline) == ("\u200c" in title):
        return False
    return _agrees(headline.replace("\u200c", " "), title.replace("\u200c", " "))


def _agrees(headline: str, title: str) -> bool:
    h, t = compare_key(headline), compare_key(unmangled(title))
    if not h or not t:
        return False
    if h == t:
        return True
    # The metadata title decorates the headline, or is the headline cut short.
    if (_weight(h, headline) >= 12 and h in t) or (len(t) >= 20 and h.startswith(t)):
        return True
    if opens_title(h, title):
        return True
    # The visible headline adds an aside in brackets the metadata title leaves out ("… in R
    # (5 Examples) | Axis Text …").
    bare = compare_key(_ASIDE.sub(" ", headline))
    if bare != h and len(bare) >= MIN_ASIDE_AGREEMENT and bare == t:
        return True
    # The metadata title adds such an aside the visible headline leaves out (a step's or a
    # part's counter, "Pan de pueblo paso a paso (2/5): el amasado"): the page's decoration.
    if "(" in title and len(h) >= MIN_ASIDE_AGREEMENT:
        bare_title = compare_key(_ASIDE.sub(" ", unmangled(title)))
        if bare_title != t and (bare_title == h or opens_title(h, _ASIDE.sub(" ", title))):
            return True
    # The visible headline opens with the quotation the metadata title leaves out.
    return cites_before(headline, title)


# A quotation, then a colon, opening the visible headline, which cites someone
# ("„Endlich geschafft“: Lena Berg gewinnt …", "« On n'abandonne pas » : le maire …",
# "'We will rebuild': Mayor …"): the reader sees the quote as the headline's own words, not
# as a kicker naming a topic ("Verkehr: …"), and a social or SEO title that leaves it out has
# cut the headline short. (A quotation only the metadata titles carry, before an <h1>
# without it, may be a kicker line its CMS glued on: that is read as any kicker is,
# ``bare_headline``.) The quotation runs from a mark that opens it to one that closes it
# right before the first colon (an apostrophe inside, "n'abandonne", is no mark of its
# end); "'90s:" is none. Hebrew quotes with its gershayim (״), which opens and closes;
# Japanese with its corner brackets, full width or half (「」, ｢｣), and its double primes (〝〟).
_OPENING_QUOTES = "\"'„“”‚‘’«»‹›「『｢〝״"
_CLOSING_QUOTES = "\"'“”‘’«»‹›」』｣〟״"
MAX_QUOTATION_CHARS = 120  # a quotation a headline cites is a phrase or a sentence
_QUOTED_OPENING = LazyPattern(
    rf"\s*[{_OPENING_QUOTES}][^:：]{{1,{MAX_QUOTATION_CHARS}}}?[{_CLOSING_QUOTES}]"
    r"\s*(?::\s+|：\s*)"  # a full-width colon wants no space after it ("“我们做到了”：…")
)


def quoted_opening(title: str) -> int:
    """The length of ``title``'s quotation and colon before its headline (0: none)."""
    first = title.lstrip()[:1]
    if not first or first not in _OPENING_QUOTES:
        return 0  # most titles: no pattern run
    found = _QUOTED_OPENING.match(title)
    return found.end() if found is not None and title[found.end() :].strip() else 0


def cites_before(headline: str, title: str) -> bool:
    """Whether ``headline`` is ``title`` (its site's name cut or not) with a quotation and a
    colon before it: the whole headline, which ``title`` cut at its start."""
    start = quoted_opening(headline)
    if not start or len(title) > MAX_SPLIT_TITLE:
        return False
    rest = compare_key(headline[start:])
    if word_count(headline[start:]) < MIN_BARE_HEADLINE_WORDS:
        return False
    return any(compare_key(part) == rest for part in (title, *title_parts(title)[:1]))


# UTF-8 read as Windows-1252 or Latin-1 and stored so (an old CMS's, an archived page's
# <title>: "BeetÂ´s" for "Beet´s", "itâ€™s" for "it’s", "CafÃ©"): the lead byte of Latin-1's
# signs (Â), of its letters (Ã) or of typographic punctuation (â), and the continuation
# bytes' characters after it. Such a title is compared as it was meant. (Other leads, "ß“"
# in "heiß“", are a language's own letters before a quotation mark.)
_CONTINUATIONS = bytes(range(0x80, 0xC0)).decode("cp1252", errors="ignore") + "".join(
    map(chr, range(0x80, 0xC0))
)
_MOJIBAKE_LEADS = ("Â", "Ã", "â")
_MOJIBAKE = LazyPattern(f"[{''.join(_MOJIBAKE_LEADS)}][{re.escape(_CONTINUATIONS)}]+")


# "à" (C3 A0) mangled, its no-break space made a plain one ("Ã Marseille"): "Ã" alone as a
# word is no word of any language.
_MANGLED_A_GRAVE = LazyPattern(r"(?<!\w)Ã(?= )")


def unmangled(text: str) -> str:
    """``text`` with its runs of UTF-8 read as Windows-1252 (or Latin-1) decoded again; a
    run that is no such thing is kept."""
    if not any(lead in text for lead in _MOJIBAKE_LEADS):
        return text
    return _MANGLED_A_GRAVE.sub("à", _MOJIBAKE.sub(_redecoded, text))


def _redecoded(found: re.Match[str]) -> str:
    for encoding in ("cp1252", "latin-1"):
        try:
            return found[0].encode(encoding).decode("utf-8")
        except UnicodeError:
            continue
    return found[0]


def opens_title(key: str, title: str) -> bool:
    """Whether ``title``'s first part, before a separator, is the headline whose comparison
    key is ``key``: "Axes — TinyPlot 0.9 documentation", "清水桥 - 地方百科": a title decorates
    its headline after it, however short the headline (the 12 characters ``agrees`` asks of
    a headline found anywhere in the title do not apply to one the title opens with)."""
    if not key or len(title) > MAX_SPLIT_TITLE:
        return False
    parts = title_parts(title)
    return len(parts) > 1 and compare_key(parts[0]) == key


# Longer than this, a title is none (a broken page's): its parts are not read.
MAX_SPLIT_TITLE = 1000


# A character of a script written without spaces (Han, kana, Thai) carries about a word,
# which a Latin script writes in four letters or more with its space: in the comparison key
# it is two characters (itself and a space) and counts ``UNSPACED_EXTRA`` more toward the 12 a
# headline needs to agree inside a longer title; four Han characters do ("清溪泵站 - …
# Wiki" agrees with "清溪泵站" as "Pump station - … Wiki" does with its headline).
UNSPACED_EXTRA = 2


# The categories of a vowel sign: a mark set on its letter or after it.
_SIGNS = frozenset({"Mn", "Mc"})


def _weight(key: str, text: str) -> int:
    """The length of ``text``'s comparison key ``key``, each unspaced-script character
    counted ``UNSPACED_EXTRA`` more; the vowel signs of an abugida (Devanagari, Tamil,
    Bengali: combining marks, which the key drops) counted too: "गाजर का हलवा" is twelve
    characters, its key "ग जर क हलव" ten."""
    if key.isascii():
        return len(key)
    weight = len(key) + UNSPACED_EXTRA * unspaced_chars(key)
    signs = sum(1 for char in text if category(char) in _SIGNS)
    return weight + signs if signs else weight


# An aside in round brackets within a headline, of a few words at most.
_ASIDE = LazyPattern(r"\s*\([^()]{1,40}\)")
# Below this many characters, a headline without its aside agrees by chance.
MIN_ASIDE_AGREEMENT = 20


_ELLIPSIS = ("…", "...")


def closes_site_first(headline: str, title: str, bare: str) -> bool:
    """Whether ``title`` names the site first and then a section, and the visible headline is
    its last part, however short ("கலை அரங்கம் | நிகழ்வுகள் | இசை மாலை", "Site | Events |
    Jazz Night" beside a heading "Jazz Night"): such a title goes from the site to the page,
    so its last part is the page's own title (the 12 characters ``agrees`` asks of a
    headline found anywhere in a title guard against a part that names a section)."""
    if bare == title or not title.endswith(bare) or len(bare) > MAX_SPLIT_TITLE:
        return False
    parts = title_parts(bare)
    return len(parts) > 1 and (
        compare_key(parts[-1]) == compare_key(headline) or _opens_headline(parts[-1], headline)
    )


def _opens_headline(part: str, headline: str) -> bool:
    """Whether ``part`` is the visible headline cut short before a word, long enough
    (``agrees``' 20 characters) to be no section's name: an SEO title's last part is often
    the headline shortened ("Coast Weekly » News » Lifeboat crew rescues two kayakers"
    beside "… two kayakers off the point")."""
    part = part.strip()
    if len(compare_key(part)) < 20 or not fold_case(headline).startswith(fold_case(part)):
        return False
    rest = headline[len(part) :]
    return rest[:1].isspace() and rest.lstrip()[:1].isalnum()


def cut_before_name(headline: str, bare: str) -> bool:
    """Whether ``bare`` is the visible headline cut short before a word, then a short last part
    no source names as the site ("Le marché de Noël annulé - Kestrel Quotidien" beside the
    ``<h1>`` "Le marché de Noël annulé à cause des travaux"): an SEO title shortens the
    headline and adds the site's name, as a known name's title does, which agrees."""
    parts = title_parts(bare)
    if len(parts) != 2 or not 0 < word_count(parts[1]) <= MAX_NAME_AFTER_CUT_WORDS:
        return False
    head = parts[0].strip()
    if _opens_headline(head, headline):
        return True
    # cut at the comma closing a clause ("Treno fermo per un guasto, passeggeri bloccati…")
    rest = headline[len(head) :]
    return (
        len(compare_key(head)) >= _MIN_CUT_HEAD
        and fold_case(headline).startswith(fold_case(head))
        and rest[:2] == ", "
    )


# ``_opens_headline``'s length: a shorter head may be a section's name.
_MIN_CUT_HEAD = 20
# A site's name after the shortened headline is a few words ("Kestrel Quotidien", "Νέα της
# Πόλης"); a longer last part is a headline's own second half.
MAX_NAME_AFTER_CUT_WORDS = 4


def copies_page_title(
    headline: str, titles: list[str], trusted: int, page_title: str | None, site_names: list[str]
) -> bool:
    """True when the first ``trusted`` metadata titles (the structured headline) are each the
    ``<title>``'s text, site name cut, in a wording the visible headline does not share, while
    another metadata title (``og:title``) gives the visible headline: the page's SEO title
    written twice against its display headline written twice. ``titles`` leaves out the
    ``<title>``; the structured headline then ranks as the ``<title>`` does, under the
    ``<h1>``."""
    if not page_title or not 0 < trusted < len(titles):
        return False
    # the cheap tests first: on most pages the structured headline is the visible one
    if any(agrees(headline, title) for title in titles[:trusted]) or not any(
        agrees(headline, title) for title in titles[trusted:]
    ):
        return False
    key = compare_key(strip_site_name(page_title, site_names))
    return bool(key) and all(
        compare_key(strip_site_name(title, site_names)) == key for title in titles[:trusted]
    )


def cut_with_ellipsis(title: str, headline: str) -> bool:
    """True when ``title`` is ``headline`` cut short by a field's length limit, which marked
    the cut with an ellipsis ("… reform of the pension system after…")."""
    stripped = title.rstrip()
    if not stripped.endswith(_ELLIPSIS):
        return False
    t, h = compare_key(stripped.rstrip(".… ")), compare_key(headline)
    return bool(t) and len(h) > len(t) and h.startswith(t)


def without_glued_site_name(headline: str, bare_titles: list[str], site_names: list[str]) -> str:
    """The visible headline without the site's name set after it with no separator (an
    ``<h1>`` holding the headline and the logo's link, "… la Infanta Ultima Hora Mallorca"),
    where a metadata title ends at the same place and so tells the cut."""
    folded = fold_case(headline)
    for bare in (title.strip() for title in bare_titles):
        if len(bare) < len(headline) and bare and folded.startswith(fold_case(bare)):
            tail = headline[len(bare) :]
            if tail[:1].isspace() and is_site_name(tail, site_names):
                return headline[: len(bare)]
    return headline


def cut_short(title: str, headline: str, bare_titles: list[str]) -> bool:
    """True when ``title`` is the visible headline cut short: marked with an ellipsis, without
    the quotation the headline opens with (``cites_before``), or cut bare at a field's length
    limit (a JSON-LD headline of 110 or 140 characters) while another metadata title gives
    the whole headline too, or the headline goes on with the next word of its sentence."""
    if cut_with_ellipsis(title, headline) or cites_before(headline, title):
        return True
    if len(title) < MIN_CUT_LENGTH and not _cut_mid_word(title, headline):
        return False
    t, h = compare_key(title), compare_key(headline)
    if not t or len(h) <= len(t) or not h.startswith(t):
        return False
    if len(title) >= MIN_CUT_LENGTH and _goes_on_mid_sentence(title, headline):
        return True
    return any(compare_key(other) == h for other in bare_titles)


# A limit of 100 characters or more cuts off the lesser part of a headline: an <h1> more than
# twice as long holds more than the headline (a standfirst set inside it).
MAX_CUT_GROWTH = 2


def _goes_on_mid_sentence(title: str, headline: str) -> bool:
    """Whether ``headline`` is ``title`` going on with a word after a space, where ``title``
    ends on a word: a cut at a length limit, between two words of one sentence ("… am
    Wochenende und" / "… und im Sommer"). A title ending on punctuation, or a headline going
    on after a separator ("… – Site", "… | Video"), is a headline of its own decorated."""
    title = title.rstrip()
    if not title[-1:].isalnum() or len(headline) > MAX_CUT_GROWTH * len(title):
        return False
    if not fold_case(headline).startswith(fold_case(title)):
        return False
    rest = headline[len(title) :]
    return rest[:1].isspace() and rest.lstrip()[:1].isalnum()


# A length limit cuts long titles only: Google asked for structured headlines of at most 110
# characters, so a CMS cuts there or a little below; a shorter prefix is a headline of its
# own that the visible one extends ("Headline" beside "Headline: what it means").
MIN_CUT_LENGTH = 100


# A shorter title cut inside a word of the headline ("… en un antiguo gara" / "… garaje") was
# cut at a field's limit all the same (an SEO plugin's 60 characters): no headline of its own
# ends within a word. Below this length a prefix may be a word's stem by chance.
MIN_MID_WORD_CUT = 40


def _cut_mid_word(title: str, headline: str) -> bool:
    """Whether ``title``, of ``MIN_MID_WORD_CUT`` characters or more, is ``headline`` cut
    between two letters of one word."""
    title = title.rstrip()
    if len(title) < MIN_MID_WORD_CUT or len(headline) <= len(title):
        return False
    if not fold_case(headline).startswith(fold_case(title)):
        return False
    return title[-1].isalnum() and headline[len(title)].isalnum()


def whole_title_index(title: str, index: int, bare_titles: list[str], *, bare: bool) -> int:
    """The index of another metadata title that gives ``title`` whole where ``title`` is cut
    short (a structured headline cut at a field's length limit): marked with an ellipsis,
    or, with ``bare`` (no visible headline to tell the cut), cut without a mark where the
    other goes on (``_goes_on``); or -1."""
    for other_index, other in enumerate(bare_titles):
        if other_index == index:
            continue
        if cut_with_ellipsis(title, other) or (bare and _goes_on(title, other)):
            return other_index
    return -1


def _goes_on(title: str, other: str) -> bool:
    """Whether ``other`` is ``title``, of ``MIN_CUT_LENGTH`` characters or more, going on
    with words of the headline ("… nas principais a" / "… nas principais avenidas da
    capital"), not with decoration after a mark ("… Syrsky * The Gateway Pundit")."""
    if len(title) < MIN_CUT_LENGTH or len(other) <= len(title):
        return False
    if not fold_case(other).startswith(fold_case(title)):
        return False
    rest = other[len(title) :].lstrip()
    return rest[:1].isalnum()


def bare_headline(title: str, headline: str | None, titles: list[str]) -> tuple[str, int] | None:
    """The headline without the kicker ``title`` carries ("Chronik: Greta Vilmar ist tot"),
    when the visible headline or another title gives it alone, and its index (-1: visible)."""
    for index, other in [(-1, headline), *enumerate(titles)]:
        if not other or word_count(other) < MIN_BARE_HEADLINE_WORDS:
            continue
        cut = fold_case(title).rfind(fold_case(other))
        if cut <= 0 or cut + len(other) != len(title):
            continue
        if is_kicker(title[:cut]):
            return other, index
    return None


def is_kicker(text: str) -> bool:
    """Whether ``text``, before a headline, is a kicker: a few words ending with a colon, a
    dash, a bar or a middle dot, or a label in brackets ("Chronik:", "【送料無料】")."""
    kicker = text.rstrip()
    return kicker.endswith(_KICKER_ENDS) and word_count(kicker) <= MAX_KICKER_WORDS


# A kicker ("Chronik:", "SVP-Sonderparteitag zur Migration:") is a few words ending with a
# colon, a dash, a bar or a middle dot ("FOTOS ·"), or a label in brackets ("【视频】",
# "[단독]", Chinese and Korean portals' "video", "exclusive"); the headline after it must be
# a headline of its own, not a fragment.
MAX_KICKER_WORDS = 5
MIN_BARE_HEADLINE_WORDS = 3
_KICKER_ENDS = (":", "–", "—", " -", "|", "·", "]", "】", "〕")


# Below two words (or two characters of a script without spaces) an <h1> is a kicker or a
# section name ("Politics"), not a headline.
MIN_HEADLINE_WORDS = 2
