"""The headline: the page's visible ``<h1>`` when it agrees with the metadata, and otherwise
the best metadata title with the site-name decoration cut off (``site_names``).

The trusted structured headline (JSON-LD) loses when it is not a headline: the site's (a
blog's) own name, a description beside a visible headline, or a kicker before a headline
another source gives alone, or cut short with an ellipsis where another title gives it whole
(also between the other titles of a page without a visible headline). An ``<h1>`` that is
the site's name is a banner, not a headline.
Where a script has no spaces (Chinese, Japanese), a character counts as a word.

This module makes the choice and says why each candidate lost; what it asks of one title
lives beside it: whether it is the headline (``title_agreement``), the cuts read from a
title alone (``title_cleanup``), the section names its shape tells (``title_sections``), and
how the winner is then written (``title_typography``, applied by ``resolve``).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping

from newsextract.labels import untitled_titles
from newsextract.lazy_regex import LazyPattern
from newsextract.metadata.site_names import (
    is_site_name,
    section_keys,
    split_site_name,
    split_subdomain_name,
    strip_named_section,
    strip_section,
    strip_shown_section,
    strip_site_name,
    title_parts,
    without_section_around_site,
)
from newsextract.metadata.title_agreement import (
    MAX_SPLIT_TITLE,
    MIN_BARE_HEADLINE_WORDS,
    MIN_HEADLINE_WORDS,
    agrees,
    bare_headline,
    closes_site_first,
    cut_before_name,
    cut_short,
    opens_title,
    whole_title_index,
    without_glued_site_name,
)
from newsextract.metadata.title_cleanup import (
    is_date_only,
    main_script,
    unescaped,
    without_bar_tail,
    without_date_part,
    without_marker,
    without_page_kind,
    without_page_number,
    without_price,
    without_thread_prefix,
    without_ticker_opening,
    without_unspaced_tail,
)
from newsextract.metadata.title_sections import (
    MIN_HEADLINE_OVER_NAMES,
    is_one_word,
    names_page_beside,
    path_end,
    trail_end,
    without_leading_section_word,
    without_section_word,
    without_trail,
)
from newsextract.metadata.title_slug import slug_part, spells_slug
from newsextract.text import compare_key, fold_case, is_unspaced_char, word_count

# A structured headline this many times the length of the visible one, and at least this
# long, is a description put in the headline property (a headline is rarely over a line).
DESCRIPTION_LENGTH_RATIO = 2.0
MIN_DESCRIPTION_LENGTH = 80
# A full stop after a word: a sentence, which headlines are not ("U.S." and "..." are not).
_SENTENCE_END = LazyPattern(r"(?:[^\W\d_]{3,}\.|。)\s*$")


# Marks opening a title's tail of decoration, written without spaces as well
# ("…커졌다-정치ㅣ한국일보": the section after a hyphen, the site after a Hangul "ㅣ").
_TAIL_MARKS = frozenset("-–—|｜ㅣ丨:·•»«/")
# A tail is a section's or a site's name: a few words; longer, it is the headline's own end.
MAX_TAIL_WORDS = 3


def _undecorated(
    title: str, index: int, bare_titles: list[str], site_names: list[str]
) -> tuple[str, int] | None:
    """Another metadata title that is ``title`` without a tail of decoration its site-name
    cut left ("-정치", a section), or without the site's name glued on before or after it
    with a space and no separator ("Kayakers rescued Dover Mercury" beside "Kayakers rescued
    | Dover Mercury": a template joined them bare), and its index: the page's bare
    headline."""
    folded = fold_case(title)
    for other_index, bare in enumerate(bare_titles):
        if other_index == index or word_count(bare) < MIN_BARE_HEADLINE_WORDS:
            continue
        if folded.endswith(fold_case(bare)):
            head = title[: len(title) - len(bare)]
            if head[-1:].isspace() and is_site_name(head.strip(), site_names):
                return bare, other_index
        if not folded.startswith(fold_case(bare)):
            continue
        tail = title[len(bare) :]
        if tail[:1].isspace() and is_site_name(tail.strip(), site_names):
            return bare, other_index
        tail = tail.lstrip()
        if tail and tail[0] in _TAIL_MARKS and word_count(tail[1:]) <= MAX_TAIL_WORDS:
            return bare, other_index
    return None


def _copies_bare(title: str, index: int, titles: list[str], bare_titles: list[str]) -> bool:
    """Whether ``title`` is another metadata title once that one lost the site's name (an
    ``og:title`` "Headline | Section" beside the ``<title>`` "Headline | Section | Site"): its
    parts are that title's decoration, the site's name left out."""
    return any(
        other != index and bare_titles[other] == title and titles[other] != title
        for other in range(len(titles))
    )


def _titled_beside(index: int, bare_titles: list[str], site_names: list[str]) -> bool:
    """Whether a later metadata title gives more than the site's name (an ``og:title`` set to
    the site's name on every page, the ``<title>`` "Headline — Site"): that one names the
    page."""
    return any(bare and not is_site_name(bare, site_names) for bare in bare_titles[index + 1 :])


class TitleChoice:
    """The title, the index of the candidate it came from (-1 for the visible headline) and,
    by the same index, why a candidate that did not win lost (when it is more than its rank).
    A plain class, not attrs: attrs would write its methods at import (2.6 M instructions)."""

    __slots__ = ("index", "reasons", "title")

    def __init__(self, *, title: str, index: int, reasons: Mapping[int, str] | None = None) -> None:
        self.title = title
        self.index = index
        self.reasons: Mapping[int, str] = {} if reasons is None else reasons

    def __repr__(self) -> str:
        return f"TitleChoice(title={self.title!r}, index={self.index}, reasons={self.reasons!r})"


def choose_title(
    headline: str | None,
    titles: list[str],
    site_names: list[str],
    *,
    trusted: int = 0,
    authoritative: int = 0,
    sections: Collection[str] = (),
    section_names: Collection[str] = (),
    section_headings: Collection[str] = (),
    categories: Collection[str] = (),
    subdomains: Collection[str] = (),
    unnamed_site: bool = False,
    page_number: int | None = None,
    slug: str = "",
    crumb: str = "",
) -> TitleChoice:
    """The title and where it came from.

    The first ``trusted`` titles win over the headline, unless one is the site's name or,
    beside a visible headline, a description (the first ``authoritative`` ones, a site
    rule's, always win). The headline wins over the others when one of them agrees with it
    (it is then the same title without decoration). Without one, a metadata title loses its
    site's name and then a section's name the address gives (``sections``) or the site's
    navigation links to (``section_names``), and a part naming the host's sub-site
    (``subdomains``: a blog's name on a platform of blogs); a metadata title that is only
    the name of a section the page shows as a heading above its story (``section_headings``:
    an ``<h1>`` passed over for the article's own heading) loses to that visible headline.
    Without a headline, a part that
    is the post's own section (``categories``: its breadcrumbs', its ``article:section``)
    is cut even where no site's name is (a menu's link alone may be a kicker). On a site
    that names itself nowhere (``unnamed_site``), a short part after a bar at its end is
    taken for its name (``without_bar_tail``); a site that gives its name shows what its
    decoration is. The page's number its address gives (``page_number``: "?page=2") is cut
    from a title that writes it behind its label without a separator ("… Halaman 2 -
    Site"). Without a headline, the one part of a title the address's ``slug`` spells is
    the post's; a headline no title agrees with wins when the slug spells it and no title
    (a help centre's "Help Center | Bank" over "How do I order a new debit card?"), and so
    does one the last item of the site's breadcrumb trail (``crumb``: the page's own name
    there) gives word for word, over a plugin's SEO title ("Gift Guide | Blog | Read now!").

    The choice runs in phases, each in a function of its own: the titles cleaned, the
    visible headline read, then the trusted titles, the headline and the other titles in
    turn; the first phase that decides returns, the others record why their candidates lost.
    """
    reasons: dict[int, str] = {}
    if headline:
        # A marker of the story's medium or state set apart (in brackets, after a plus) is no
        # word of the headline, shown or not: every title loses it (_undecorated_titles).
        headline = without_marker(headline, colon=False)
    titles = _undecorated_titles(
        titles,
        headline,
        site_names,
        authoritative=authoritative,
        sections=sections,
        section_names=section_names,
        page_number=page_number,
    )
    _mark_unfilled(titles, authoritative, reasons)
    headline = without_ticker_opening(without_thread_prefix(headline)) if headline else headline
    bare_titles = [strip_site_name(title, site_names) for title in titles]  # each cut once
    banner = headline
    headline = _visible_headline(headline, titles, bare_titles, site_names, reasons)
    if headline:
        _mark_names_beside(headline, bare_titles, authoritative, section_headings, reasons)
        if (
            titles
            and _in_other_script(headline, titles, bare_titles, authoritative)
            and not _holds_site_name(headline, site_names)
        ):
            for index in range(len(titles)):
                reasons[index] = (
                    "in another script than the visible headline: the page's other edition"
                )
            return TitleChoice(title=headline, index=-1, reasons=reasons)
    choice = _trusted_choice(
        headline,
        titles,
        bare_titles,
        site_names,
        trusted=trusted,
        authoritative=authoritative,
        section_names=section_names,
        reasons=reasons,
    )
    if choice is None and headline:
        choice = _headline_choice(
            headline,
            titles,
            bare_titles,
            authoritative=authoritative,
            slug=slug,
            crumb=crumb,
            reasons=reasons,
        )
    if choice is None:
        choice = _metadata_choice(
            headline,
            titles,
            bare_titles,
            site_names,
            sections=sections,
            section_names=section_names,
            categories=categories,
            subdomains=subdomains,
            unnamed_site=unnamed_site,
            slug=slug,
            reasons=reasons,
        )
    if choice is not None:
        return choice
    reasons.pop(-1, None)  # nothing better: the visible headline, even the site's name
    return TitleChoice(title=banner or "", index=-1, reasons=reasons)


def _undecorated_titles(
    titles: list[str],
    headline: str | None,
    site_names: list[str],
    *,
    authoritative: int,
    sections: Collection[str],
    section_names: Collection[str],
    page_number: int | None,
) -> list[str]:
    """The metadata titles without the decoration a title alone shows (markers, a ticker's
    opening, a thread's prefix, a page kind, a page number, a date part, a section around
    the site's name); a site rule's (the first ``authoritative``) as they are."""
    # Each distinct text cleaned once: four titles in ten repeat one before them (og:title,
    # twitter:title and the JSON-LD headline are often one text).
    undecorated: dict[str, str] = {}
    # A marker opening the visible headline before a colon ("VIDEO: …") is the site's own
    # wording of its headlines (one set apart is cut from the headline before this).
    marked = headline is not None and without_marker(headline) != headline
    for t in titles[authoritative:]:
        if t not in undecorated:
            undecorated[t] = without_section_around_site(
                without_date_part(
                    without_page_number(
                        without_page_kind(
                            without_ticker_opening(
                                without_thread_prefix(
                                    unescaped(t) if marked else without_marker(unescaped(t))
                                )
                            )
                        ),
                        page_number,
                    )
                ),
                site_names,
                section_names,
                sections,
            )
    return [t if i < authoritative else undecorated[t] for i, t in enumerate(titles)]


def _mark_unfilled(titles: list[str], authoritative: int, reasons: dict[int, str]) -> None:
    """Record the titles a template or an editor left unfilled: they cannot win."""
    for index in range(authoritative, len(titles)):
        if _is_placeholder(titles[index]):
            reasons[index] = "a template's placeholder, not filled in"
        elif titles[index].strip().casefold() in untitled_titles():
            reasons[index] = "a web editor's title for a new page, not changed"


def _visible_headline(
    headline: str | None,
    titles: list[str],
    bare_titles: list[str],
    site_names: list[str],
    reasons: dict[int, str],
) -> str | None:
    """The visible headline without the site's name around it, or None (and why, at -1)
    when it is the site's name (a banner) or a date (an archive's day heading)."""
    if headline and not _names_site_beside(headline, titles, site_names):
        headline = strip_site_name(headline, site_names) or headline
    if headline:
        headline = without_glued_site_name(headline, bare_titles, site_names)
    if headline and is_site_name(headline, site_names):
        reasons[-1] = _SITE_NAME  # a banner with the site's name
        return None
    if headline and is_date_only(headline):
        reasons[-1] = "a date, not a headline (an archive's day heading)"
        return None
    return headline


def _mark_names_beside(
    headline: str,
    bare_titles: list[str],
    authoritative: int,
    section_headings: Collection[str],
    reasons: dict[int, str],
) -> None:
    """Record the metadata titles that only name the site or a section beside a visible
    headline: they cannot win over it."""
    for index in range(authoritative, len(bare_titles)):
        if index not in reasons and _is_host_name(bare_titles[index]):
            reasons[index] = _SITE_NAME  # the site's address as its title ("vodiy-xabar.uz")
        elif index not in reasons and _names_section_only(
            bare_titles[index], headline, section_headings
        ):
            reasons[index] = _SECTION_ONLY  # "Kultur & Nöje | Hamnbladet" over its story


def _trusted_choice(
    headline: str | None,
    titles: list[str],
    bare_titles: list[str],
    site_names: list[str],
    *,
    trusted: int,
    authoritative: int,
    section_names: Collection[str],
    reasons: dict[int, str],
) -> TitleChoice | None:
    """The first trusted title (a site rule's, the JSON-LD headline) that is a headline, or
    None when each is the site's name, a section's, a description or decoration."""
    for index in range(min(trusted, len(titles))):
        if index in reasons:
            continue
        cleaned = bare_titles[index]
        problem = None if index < authoritative else not_a_headline(cleaned, headline, site_names)
        if (
            not problem
            and index >= authoritative
            and _names_section_only(cleaned, headline, section_names)
        ):
            problem = _SECTION_ONLY
        if not problem and index >= authoritative and _decorates(cleaned, headline, titles):
            problem = _SITE_NAME
        if cleaned and not problem:
            bare = None if index < authoritative else bare_headline(cleaned, headline, titles)
            if bare is not None:
                reasons[index] = "a kicker before the headline another source gives alone"
                return TitleChoice(title=bare[0], index=bare[1], reasons=reasons)
            if index >= authoritative and headline and cut_short(cleaned, headline, bare_titles):
                reasons[index] = "the visible headline, cut short"
                return TitleChoice(title=headline, index=-1, reasons=reasons)
            whole = whole_title_index(cleaned, index, bare_titles, bare=not headline)
            if index >= authoritative and whole >= 0:
                reasons[index] = _CUT
                return TitleChoice(title=bare_titles[whole], index=whole, reasons=reasons)
            return TitleChoice(title=cleaned, index=index, reasons=reasons)
        reasons[index] = problem or _ONLY_SITE
    return None


def _headline_choice(
    headline: str,
    titles: list[str],
    bare_titles: list[str],
    *,
    authoritative: int,
    slug: str,
    crumb: str,
    reasons: dict[int, str],
) -> TitleChoice | None:
    """The visible headline when a metadata title agrees with it, the titles are only
    names, or the address's slug or the breadcrumb trail names the page by it; else None,
    with why at -1."""
    agreeing = [
        index
        for index, t in enumerate(titles)
        if agrees(headline, t)
        or agrees(headline, bare_titles[index])
        or closes_site_first(headline, t, bare_titles[index])
        or cut_before_name(headline, bare_titles[index])
        or bare_headline(bare_titles[index], headline, []) is not None
    ]
    short = word_count(headline) < MIN_HEADLINE_WORDS
    why = None
    if short and any(quotes_headline(headline, bare) for bare in bare_titles):
        why = "it quotes the one-word visible headline: a phrase about the page's subject"
    elif short and any(
        compare_key(trail_end(bare)) == compare_key(headline) for bare in bare_titles
    ):
        why = "its breadcrumb trail ends at the one-word visible headline: the page's name"
    elif short and not any(opens_title(compare_key(headline), t) for t in titles):
        reasons[-1] = f"fewer than {MIN_HEADLINE_WORDS} words"
    elif short and _headlined_beside(headline, bare_titles[authoritative:]):
        reasons[-1] = "one word beside a metadata headline that lacks it: a section's name"
    elif agreeing:
        reasons.update(
            (i, "the visible headline agrees with it and wins")
            for i in agreeing
            if i not in reasons
        )
        return TitleChoice(title=headline, index=-1, reasons=reasons)
    elif (
        not authoritative
        and word_count(headline) >= MIN_HEADLINE_OVER_NAMES
        and all(is_one_word(bare) for bare in bare_titles)
    ):
        why = "one word beside a visible headline: a section's or a page's name"
    elif spells_slug(headline, slug) and not any(spells_slug(t, slug) for t in titles):
        why = "the address's slug spells the visible headline, not this title"
    elif crumb and compare_key(crumb) == compare_key(headline):
        why = "the breadcrumb trail names the page by the visible headline, not this title"
    else:
        reasons[-1] = "no metadata title agrees with it"
    if why is None:
        return None
    reasons.update((i, why) for i in range(len(titles)) if i not in reasons)
    return TitleChoice(title=headline, index=-1, reasons=reasons)


# A quoted stretch of a title: a pair of quotation marks ("„…“", "«…»", "»…«", "「…」"),
# at most 80 characters without either between (bounded runs: linear in the title's length).
# Guillemets pair only as quotes do: a trail's "Home » Blog » Post" holds no quotation.
_QUOTED = LazyPattern(
    r'„([^„“”"]{1,80})[“”]|“([^“”"]{1,80})”|"([^"]{1,80})"|«([^«»]{1,80})»|»([^«»]{1,80})«'
    r"|‹([^‹›]{1,80})›|‚([^‚‘’]{1,80})[‘’]|‘([^‘’]{1,80})’|「([^「」]{1,80})」|『([^『』]{1,80})』"
)


def quotes_headline(headline: str, title: str) -> bool:
    """Whether ``title`` holds ``headline`` whole in quotation marks with words around it: a
    dictionary's "Значење речи „кућа”", a thesaurus's "Synonyms for "house"" beside the
    entry's one-word ``<h1>``, a phrase about the page's subject the heading names."""
    key = fold_case(headline.strip())
    return any(
        fold_case(next(q for q in match.groups() if q is not None).strip()) == key
        and match.group(0) != title.strip()
        for match in _QUOTED.finditer(title)
    )


def _metadata_choice(
    headline: str | None,
    titles: list[str],
    bare_titles: list[str],
    site_names: list[str],
    *,
    sections: Collection[str],
    section_names: Collection[str],
    categories: Collection[str],
    subdomains: Collection[str],
    unnamed_site: bool,
    slug: str,
    reasons: dict[int, str],
) -> TitleChoice | None:
    """The first metadata title left that is a headline once its decoration is cut (the
    site's name, a sub-site's, a section's, a trail), or None."""
    for index, title in enumerate(titles):
        if index in reasons:
            continue
        cleaned, cut = split_site_name(title, site_names)
        if _site_first_beside_article_title(title, cut, titles, site_names):
            reasons[index] = _SLOGAN
            continue
        cleaned, sub_site = split_subdomain_name(cleaned, subdomains)
        if sub_site:
            cut = [*cut, sub_site]
        # decorated: the site's name cut, or left out of another title's decoration
        decorated = bool(cut) or _copies_bare(cleaned, index, titles, bare_titles)
        if decorated and sections:
            cleaned = strip_section(cleaned, sections)
        if decorated and section_names:
            cleaned = strip_named_section(cleaned, section_names)
        elif not headline and categories:
            cleaned = strip_shown_section(cleaned, categories)
        if decorated:
            cleaned = without_section_word(cleaned)
        if cut and title.endswith(cleaned):
            cleaned = path_end(cleaned)
        cleaned = without_page_kind(without_leading_section_word(without_trail(cleaned)))
        if (
            cleaned
            and is_site_name(cleaned, site_names)
            and (headline or _titled_beside(index, bare_titles, site_names))
        ):
            reasons[index] = _SITE_NAME  # the home page's title, beside an article's headline
            continue
        if is_date_only(cleaned) and _titled_otherwise(index, bare_titles):
            reasons[index] = "a date, not a headline, beside a title that is one"
            continue
        if not headline and (part := slug_part(title, slug)) is not None:
            reasons[index] = "the part the address's slug spells is the title"
            return TitleChoice(title=part, index=index, reasons=reasons)
        if not headline and names_page_beside(cleaned, index, bare_titles):
            reasons[index] = "one word another title lacks: a page kind's or a section's name"
            continue
        if headline and _is_file_name(cleaned) and word_count(headline) >= MIN_HEADLINE_WORDS:
            reasons[index] = "a file's name, not a headline"
            continue
        if headline and opens_with_page_path(title) and word_count(headline) >= MIN_HEADLINE_WORDS:
            reasons[index] = "a page's path, not a headline"
            continue
        if (
            cleaned
            and (whole := whole_title_index(cleaned, index, bare_titles, bare=not headline)) >= 0
        ):
            reasons[index] = _CUT
            return TitleChoice(title=bare_titles[whole], index=whole, reasons=reasons)
        if cleaned and (bare := bare_headline(cleaned, None, bare_titles)) is not None:
            reasons[index] = "a kicker before the headline another source gives alone"
            return TitleChoice(title=bare[0], index=bare[1], reasons=reasons)
        if cleaned and (bare := _undecorated(cleaned, index, bare_titles, site_names)) is not None:
            reasons[index] = "decorated: another title gives it without its tail"
            return TitleChoice(title=bare[0], index=bare[1], reasons=reasons)
        if cleaned:
            cleaned = without_unspaced_tail(cleaned)
            if unnamed_site:  # the site's name cut last: a board's name may stand before it
                cleaned = without_trail(without_bar_tail(cleaned))
            cleaned = without_price(cleaned)
            return TitleChoice(title=cleaned, index=index, reasons=reasons)
        reasons[index] = _ONLY_SITE
    return None


_SLOGAN = "the site's name and its slogan (the home page's title), beside an article's title"


def _site_first_beside_article_title(
    title: str, cut: list[str], titles: list[str], site_names: list[str]
) -> bool:
    """Whether ``title`` opens with the site's name (``cut``: "Nile Post - News around the
    clock") while another title gives a text of its own that does not (the article's
    "Bridge opens | Nile Post", or its ``twitter:title``): a site writes its articles' titles
    in one order, and the name first is its home page's, a template's default ``og:title``."""
    key = compare_key(title)
    if not any(key.startswith(compare_key(part)) for part in cut if compare_key(part)):
        return False
    own = compare_key(strip_site_name(title, site_names))
    for other in titles:
        bare, other_cut = split_site_name(other, site_names)
        bare_key = compare_key(bare)
        if (
            bare_key
            and bare_key != own
            and not is_site_name(bare, site_names)
            and not any(
                compare_key(other).startswith(compare_key(part))
                for part in other_cut
                if compare_key(part)
            )
        ):
            return True
    return False


def _names_site_beside(headline: str, titles: list[str], site_names: list[str]) -> bool:
    """Whether a metadata title is the whole visible headline with the site's name set once
    more beside it ("Voz da Ría: vinte anos … | Voz da Ría"): the site's name inside the
    headline is then its words (a paper writing about itself), not decoration to cut."""
    key = compare_key(headline)
    if not key or not site_names:
        return False
    for title in titles:
        other = compare_key(title)
        if other == key or key not in other:
            continue
        if other.startswith(key) and is_site_name(other[len(key) :], site_names):
            return True
        if other.endswith(key) and is_site_name(other[: -len(key)], site_names):
            return True
    return False


# A title that is a host's name and nothing else ("vodiy-xabar.uz", "www.example.com"): the
# site's address a template set as every page's title, never a headline.
_HOST_NAME = LazyPattern(r"(?:[\w-]+\.)+[^\W\d_]{2,24}", re.UNICODE)


def _is_host_name(title: str) -> bool:
    """Whether ``title`` is only a host's name (``_HOST_NAME``), without spaces."""
    return " " not in title.strip() and _HOST_NAME.fullmatch(title.strip()) is not None


def _headlined_beside(headline: str, bare_titles: list[str]) -> bool:
    """Whether a metadata title, its site's name cut, is a headline of
    ``MIN_HEADLINE_OVER_NAMES`` words or more that does not hold the one-word ``headline``
    ("Kultūra" over ``og:title`` "Valmierā atvērta jauna publiskā bibliotēka"): that word
    is the section's name a template set as the ``<h1>``."""
    key = compare_key(headline)
    return any(
        word_count(bare) >= MIN_HEADLINE_OVER_NAMES and key not in compare_key(bare)
        for bare in bare_titles
    )


def _titled_otherwise(index: int, bare_titles: list[str]) -> bool:
    """Whether a metadata title other than the one at ``index`` is more than a date."""
    return any(
        bare and other != index and not is_date_only(bare) for other, bare in enumerate(bare_titles)
    )


_SECTION_ONLY = "a section's name the page gives, not the headline beside it"


def _names_section_only(title: str, headline: str | None, section_names: Collection[str]) -> bool:
    """Whether ``title`` is, whole, one of the page's sections (``section_names``: its
    breadcrumbs' steps, ``articleSection``, its navigation's links) beside a longer visible
    headline: a template wrote the section's name as the structured headline ("本地新闻"),
    which no word count tells in a script without spaces."""
    if not headline or not section_names:
        return False
    key = compare_key(title)
    if not key or len(key) >= len(compare_key(headline)):
        return False
    return key in section_keys(tuple(section_names))  # built once a page, held


# A template's placeholder left in a title its page never filled in ("{{ page.title }}",
# "{% block title %}", "${title}", "<%= title %>"): the template's syntax, no words of a title.
_PLACEHOLDER = LazyPattern(r"\{\{.*\}\}|\{%.*%\}|\$\{\w[\w.]*\}|<%=?.*%>")


def _is_placeholder(title: str) -> bool:
    """Whether ``title`` holds a ``_PLACEHOLDER`` (a title of a broken page, longer than
    ``MAX_SPLIT_TITLE``, is not searched: its braces could make the search quadratic)."""
    if len(title) > MAX_SPLIT_TITLE or ("{" not in title and "%" not in title):
        return False
    return _PLACEHOLDER.search(title) is not None


def _is_file_name(title: str) -> bool:
    """Whether a title is written as a file's name (``_SLUG``), in lower case throughout."""
    return _SLUG.fullmatch(title) is not None and title == title.lower()


def opens_with_page_path(title: str) -> bool:
    """Whether a title is a page's path, alone or before the site's name: a wiki's or a
    repository's ("GettingStarted/Install - Project Wiki", "poradniki:pierwsze_kroki [Wiki]",
    "docs/api/client.md · main · …"), which names the page by its address, not by a
    headline (``_PAGE_PATH``); or a file's path before any words ("docs/migration.md at
    main · acme/ledger", ``_FILE_PATH``)."""
    found = _PAGE_PATH.match(title.strip())
    if found is None and (path := _FILE_PATH.match(title.strip())) and path[1][0].islower():
        found = path  # a folder's name in lower case: a headline's "TV/Radio.de …" is capital
    return found is not None and not any(is_unspaced_char(c) for c in found[1])


# A site's name shorter than this may stand in a headline's words by chance ("EU", "Post").
MIN_HELD_SITE_NAME_CHARS = 6


def _holds_site_name(headline: str, site_names: list[str]) -> bool:
    """Whether the visible headline holds the site's name ("Chao Phraya Times App", an app's
    notice above a Thai story): the site's own banner, not the page's edition in another
    script than its metadata titles."""
    key = compare_key(headline).replace(" ", "")
    return any(
        len(name) >= MIN_HELD_SITE_NAME_CHARS and name in key
        for name in (compare_key(n).replace(" ", "") for n in site_names if n)
    )


def _in_other_script(
    headline: str, titles: list[str], bare_titles: list[str], authoritative: int
) -> bool:
    """Whether every metadata title is written in another script than the visible headline
    (a Serbian page shown in Cyrillic, its metadata in Latin letters): the reader sees the
    headline's. Each title's script is read without the site's name (``bare_titles``): a
    Latin name beside a Japanese or an Arabic headline is decoration, not the page's other
    edition. A site rule's title (``authoritative``) is never second-guessed."""
    if authoritative or not titles or word_count(headline) < MIN_HEADLINE_WORDS:
        return False
    if any(agrees(headline, t) or (headline.isascii() and t.isascii()) for t in titles):
        return False  # a title agreeing, or both in ASCII: the scripts need not be read
    script = main_script(headline)
    return script is not None and all(
        (other := main_script(bare or title)) is not None and other != script
        for title, bare in zip(titles, bare_titles, strict=True)
    )


def _decorates(title: str, headline: str | None, titles: list[str]) -> bool:
    """Whether a structured title is the first or the last part of another title whose other
    parts are the visible headline ("ရွှေမြို့သတင်း" beside the ``<title>`` "မြစ်ကမ်းပါးတွင်
    ပန်းခြံသစ်ဖွင့်လှစ် - ရွှေမြို့သတင်း" and that ``<h1>``): the site's name, put in the headline
    property, where no source names the site in a way its host spells."""
    if not headline or len(title) > MAX_SPLIT_TITLE:
        return False
    key, shown = compare_key(title), compare_key(headline)
    for other in titles:
        if len(other) > MAX_SPLIT_TITLE or key not in compare_key(other):
            continue  # (the other title's key is held: most pages stop here)
        parts = title_parts(other)
        if len(parts) < 2:
            continue
        # the ends' short keys first: the rest's, a new text's, only for an end that matched
        if compare_key(parts[-1]) == key:
            rest = parts[:-1]
        elif compare_key(parts[0]) == key:
            rest = parts[1:]
        else:
            continue
        if compare_key(" ".join(rest)) == shown:
            return True
    return False


def not_a_headline(title: str, headline: str | None, site_names: list[str]) -> str | None:
    """Why a structured title is not the article's headline, or None: the site's (a blog's)
    own name, or, beside a visible headline it does not agree with, a description."""
    if is_site_name(title, site_names):
        return _SITE_NAME
    if not headline or word_count(headline) < MIN_HEADLINE_WORDS:
        return None
    if agrees(headline, title):
        return None
    if is_one_word(title) and word_count(headline) >= MIN_HEADLINE_OVER_NAMES:
        return "one word beside a visible headline: a section's or a page's name"
    if len(title) >= max(MIN_DESCRIPTION_LENGTH, DESCRIPTION_LENGTH_RATIO * len(headline)):
        return "much longer than the visible headline: a description"
    if _SENTENCE_END.search(title) and not _SENTENCE_END.search(headline):
        return "ends like a sentence, unlike the visible headline: a description"
    return None


# A title written as a file's name: lower-case words joined by hyphens or underscores, no
# space ("pluvo-analizo", a notebook exported with its file name as its <title>): beside a
# visible headline of words, it is no headline.
_SLUG = LazyPattern(r"[^\W_]+(?:[-_][^\W_]+)+")
# A page's path: two steps or more, each a word of letters (maybe with digits, hyphens,
# underscores or dots, as file names have), joined by slashes or colons without spaces, the
# whole title or its part before a separator or a bracket ("Namespace:page_name [Wiki]").
# A step of two letters or fewer is an abbreviation's ("AC/DC", "TV/Radio"): at least one
# step of four letters or more.
_PAGE_PATH = LazyPattern(
    r"((?=[^\s]*[^\W\d_]{4})[^\W\d_][\w.-]*(?:[/:][^\W\d_][\w.-]*)+)(?:$|\s+(?:[-–—|·»~:]\s|[\[(]))"
)
# A file's path opening a title whatever words follow it: steps joined by slashes, the last a
# file's name with its extension ("docs/migration.md at main · acme/ledger", a code host's
# page of a file, whose words after the path name no separator). The first step holds no dot
# ("Node.js/Deno" is no path); its first letter is a small one (``opens_with_page_path``).
_FILE_PATH = LazyPattern(r"([^\W\d_][\w-]*(?:/[\w.-]+)*/[\w-]+\.[^\W\d_]{1,4})(?:\s|$)")
_SITE_NAME = "the site's name, not the article's"
_CUT = "cut short with an ellipsis: another title gives it whole"
_ONLY_SITE = "only the site name"
