"""A section's or a page kind's name a title sets beside its headline, told by its shape
where no source names the section: one short capitalised word after a bar or a dash
("… | Lokales"), one before a breadcrumb's mark ("News » …"), a breadcrumb trail's steps
("Home » Health » …"), a board's name after a post's title, a path of short steps from the
site's name to the page.

Apart from ``title.py`` because these read one title's parts by their words alone; the
names a page gives (its address, its navigation) are cut in ``site_names``.
"""

from __future__ import annotations

from unicodedata import category

from newsextract.lazy_regex import LazyPattern
from newsextract.metadata.site_names import title_parts
from newsextract.metadata.title_agreement import MAX_SPLIT_TITLE
from newsextract.text import is_unspaced_char, word_count

# A title that opens with the site's name and then goes down a path ("강변일보 - 사회 - 시청 앞
# 광장에 새 분수 설치", "Kabar Pesisir | Ekonomi | Pasar tradisional …") ends with the page's own
# title: the steps between are sections, a few words each and shorter than the last part.
MAX_PATH_STEP_WORDS = 3


def path_end(bare: str) -> str:
    """The last part of ``bare``, what is left of a title once the site's name opening it is
    cut, when the parts before it are steps of a path (``MAX_PATH_STEP_WORDS`` words at most,
    fewer than the last part has): a path from the site to the page. Else ``bare``."""
    if len(bare) > MAX_SPLIT_TITLE:
        return bare
    parts = title_parts(bare)
    if len(parts) < 2:
        return bare
    last = word_count(parts[-1])
    steps = [word_count(part) for part in parts[:-1]]
    if all(0 < step <= MAX_PATH_STEP_WORDS and step < last for step in steps):
        return parts[-1]
    return bare


# Metadata titles of one short word each ("Stories", "Home", "Aktuelles") beside a visible
# headline of three words or more that none agrees with name the section or the page's kind,
# which a template writes on every page of it: the visible headline is the article's. A
# compound ("Last-Minute-Faschings-Kostüme") or a longer word is a title of its own.
MIN_HEADLINE_OVER_NAMES = 3
MAX_SECTION_WORD_CHARS = 15  # "Neuigkeiten", "Actualités", "Veranstaltungen"


def names_page_beside(title: str, index: int, bare_titles: list[str]) -> bool:
    """Whether ``title`` is one short word ("Home", "Startseite", "Blog": a template's
    ``og:title`` on every page) that a later title of ``MIN_HEADLINE_OVER_NAMES`` words or
    more does not hold: that one names the page. A product's or a place's name its page's
    longer title repeats ("Kettle" beside "Kettle – buy online") stays."""
    if not is_one_word(title):
        return False
    word = title.strip().casefold()
    return any(
        word_count(other) >= MIN_HEADLINE_OVER_NAMES
        and word not in (w.strip(_WORD_EDGES) for w in other.casefold().split())
        for other in bare_titles[index + 1 :]
    )


# Punctuation that may stick to a word of a title ("Kettle:", "(Kettle)").
_WORD_EDGES = "\"'“”‘’«»()[]{}.,:;!?¡¿"


def is_one_word(title: str) -> bool:
    """Whether a title is one short word of letters in a script with spaces: a section's or
    a page kind's name ("Home", "Noticias"); a Chinese or Japanese title of a few characters
    is a phrase."""
    return _is_section_word(title) and word_count(title) == 1


def _is_section_word(title: str) -> bool:
    """Whether a metadata title is one short word of letters, as a section's name is."""
    title = title.strip()
    return 0 < len(title) <= MAX_SECTION_WORD_CHARS and _letters(title)


def _letters(word: str) -> bool:
    """Whether ``word`` is letters only, with the vowel signs and accents a script sets on
    them as marks ("देश": Devanagari writes its vowels after a consonant as marks)."""
    if word.isalpha():
        return True
    return (
        bool(word) and word[0].isalpha() and all(c.isalpha() or category(c)[0] == "M" for c in word)
    )


# What a separator before a section's name is: a bar, a dash, a guillemet, a middle dot, a
# double colon ("… :: Zprávy :: Site", Czech and Slovak sites' titles); a colon or a slash
# joins a headline's own parts: "Klimaschutz: Bohren", "Hin/Rück".
_SECTION_SEPARATOR = LazyPattern(r"^\s*(?:[|｜丨︱_ㅣ]|-|–|—|»|«|›|·|•|::)\s*$")


# A section's name a title sets is a word or two ("Lokales", "Local News", "Blog Archive").
MAX_SECTION_NAME_WORDS = 2


def without_section_word(title: str) -> str:
    """``title``, its site's name cut, without a last part that is one short capitalised
    word of letters after a bar or a dash ("… | Local", "… - Lokales", "… | Город"), or two
    after a bar ("… | Local News"): the section a title sets between the headline and the
    site's name, when neither the address nor the navigation names it. A headline's own tail
    after a dash is a phrase ("Bridge repairs - what drivers need to know", "… – Ein
    Faktencheck": German capitalises its nouns); two letters are an abbreviation ("… - EU")."""
    parts = title_parts(title)
    last = parts[-1].strip() if len(parts) > 1 else ""
    words = last.split()
    if not 0 < len(words) <= MAX_SECTION_NAME_WORDS:
        return title
    if len(last) < _MIN_SECTION_WORD_CHARS and not _uncased(last[0]):
        return title
    if not all(_names_section(w) for w in words):
        return title
    start = title.rfind(last)
    head = title[:start].rstrip(" |｜丨︱_ㅣ-–—»«›·•")
    head = head.removesuffix("::").rstrip()
    separator = title[len(head) : start]
    if not _SECTION_SEPARATOR.match(separator):
        return title
    if len(words) > 1 and not _BAR_SEPARATOR.match(separator):
        return title
    return head if word_count(head) >= MIN_HEADLINE_OVER_NAMES else title


_BAR_SEPARATOR = LazyPattern(r"^\s*[|｜丨︱ㅣ]\s*$")


def _names_section(word: str) -> bool:
    """Whether ``word`` may be a word of a section's name: short, of letters, and capitalised
    or, in a script with spaces and no case, any ("… - 사회 - Site", "… - देश - Site": Hangul,
    Devanagari or Arabic have no capital to tell a name from a headline's own word, and two
    Hangul syllables are a word, no abbreviation)."""
    if not _is_section_word(word):
        return False
    return word[0].isupper() or (_uncased(word[0]) and not any(map(is_unspaced_char, word)))


def _uncased(char: str) -> bool:
    """Whether a letter belongs to a script without case."""
    return not char.isupper() and not char.islower()


_MIN_SECTION_WORD_CHARS = 3  # "EU", "UN", "AI": an abbreviation a headline ends with


# A breadcrumb's marks: a title that sets a guillemet or an angle after its first part
# leads from the section to the page ("Aktuelles » Sommerfest im Vereinsheim"); a bar or
# a dash there opens a kicker as often ("Exclusive | …", "Analyse - …"), a colon a label.
_TRAIL_SEPARATOR = LazyPattern(r"^\s+[»›]\s+$")


def without_leading_section_word(title: str) -> str:
    """``title`` without a first part of one or two short capitalised words of letters
    before a breadcrumb's mark ("News » Summer tournament results", "Blog Archive » …"): the
    section the page sits in, when a headline of three words or more follows."""
    if "»" not in title and "›" not in title:
        return title
    parts = title_parts(title)
    first = parts[0].strip() if len(parts) > 1 else ""
    words = first.split()
    if len(first) < _MIN_SECTION_WORD_CHARS or not 0 < len(words) <= MAX_SECTION_NAME_WORDS:
        return title
    if not all(_is_section_word(word) and word[0].isupper() for word in words):
        return title
    start = title.find(first) + len(first)
    rest = title[start:].lstrip(" »›")
    if not _TRAIL_SEPARATOR.match(title[start : len(title) - len(rest)]):
        return title
    return rest if word_count(rest) >= MIN_HEADLINE_OVER_NAMES else title


# A breadcrumb trail set as a title: the same mark pointing forward between spaces, twice or
# more ("Trang chủ » Sức khỏe » …", "Начало > Здраве > …", "หน้าแรก › สุขภาพ › …"), read
# from the home page to this one; or a mark pointing back, read from this page to the home
# page ("공지사항 제목 < 공지사항 < 알림마당 < 구청", Korean councils' and schools' boards).
_TRAIL_MARKS = LazyPattern(r"\s+([»›>‹<])\s+")
# The marks of a trail read backward: the page's own part is the first.
_BACKWARD_MARKS = frozenset("‹<")
# The trail's steps before the page are a home page's, a section's or a site's names: a few
# words each ("Trang chủ", "Health & Fitness"); a longer part is a headline's own.
MAX_TRAIL_STEP_WORDS = 4


def without_trail(title: str) -> str:
    """``title`` without the steps of a breadcrumb trail before its last part (after its
    first, read backward), when that part is the page's title: the longest part, of
    ``MIN_HEADLINE_OVER_NAMES`` words or more, after two steps or more of a few words each,
    with one mark between all."""
    if not any(mark in title for mark in "»›>‹<"):
        return title
    pieces = _TRAIL_MARKS.split(title)
    marks, parts = set(pieces[1::2]), [part.strip() for part in pieces[0::2]]
    if len(marks) == 1 and len(parts) == 2:
        return _before_board(parts[0], parts[1]) or title
    if len(marks) != 1 or len(parts) < 3:
        return title
    if marks <= _BACKWARD_MARKS:
        parts.reverse()
    last, steps = parts[-1], parts[:-1]
    if word_count(last) < MIN_HEADLINE_OVER_NAMES or not all(steps):
        return title
    if any(len(step) >= len(last) or word_count(step) > MAX_TRAIL_STEP_WORDS for step in steps):
        return title
    return last


def trail_end(title: str) -> str:
    """The page's own part of a title written as a breadcrumb trail (two parts or more, one
    mark between all: "Guide › Installation › Linux"), else ""; "" for a title too long to
    split (the marks' spaced pattern backtracks over a long run of spaces)."""
    if len(title) > MAX_SPLIT_TITLE or not any(mark in title for mark in "»›>‹<"):
        return ""
    pieces = _TRAIL_MARKS.split(title)
    marks, parts = set(pieces[1::2]), [part.strip() for part in pieces[0::2]]
    if len(marks) != 1 or len(parts) < 2 or not all(parts):
        return ""
    return parts[0] if marks <= _BACKWARD_MARKS else parts[-1]


def _before_board(first: str, last: str) -> str:
    """``first`` when a title of two parts is a post's title before its board's or section's
    name ("야시장 주차 어디에 하나요? > 자유게시판", a Korean board's "subject > board" once the
    site's name is cut): a headline of ``MIN_HEADLINE_OVER_NAMES`` words or more, then a
    name of ``MAX_BOARD_NAME_WORDS`` words at most, shorter. A trail read from the home
    page puts the short step first."""
    if word_count(first) < MIN_HEADLINE_OVER_NAMES or not last:
        return ""
    if word_count(last) > MAX_BOARD_NAME_WORDS or len(last) >= len(first):
        return ""
    return first


# A board's or a section's name after a post's title: a word or two ("자유게시판", "Q&A").
MAX_BOARD_NAME_WORDS = 2
