"""The pipeline: decode -> parse -> metadata candidates -> resolve -> body -> Article."""

from __future__ import annotations

import functools
import logging
import re
from collections.abc import Callable, Iterable
from datetime import datetime
from typing import NamedTuple, Unpack

import attrs

from newsextract.article import Article
from newsextract.bidi import balanced_article
from newsextract.body.about_lines import is_named_bio
from newsextract.body.characters import ends_as_sentence, is_smiley
from newsextract.body.date_lines import is_date_line
from newsextract.body.extractor import BodyOptions, extract_body
from newsextract.body.model import Block, BlockKind, Body
from newsextract.body.reader_asks import is_comment_ask
from newsextract.body.standfirst import (
    headline_points,
    without_headline_deck,
    without_headline_group,
    without_kicker,
    without_repeated_headline,
)
from newsextract.body.title_notes import without_title_note
from newsextract.decode import DecodedText, decode_html
from newsextract.errors import ExtractionError, NewsExtractError, NotHTMLError
from newsextract.label_lists import LabelList
from newsextract.labels import starts_with_pattern
from newsextract.language import body_language
from newsextract.lazy_regex import LazyPattern
from newsextract.metadata import article_image as article_image_source
from newsextract.metadata import (
    attribute_stamps,
    copy_source,
    credited_sources,
    script_state_dates,
    visible_dates,
)
from newsextract.metadata import breadcrumbs as breadcrumbs_source
from newsextract.metadata import copyright_notice as copyright_source
from newsextract.metadata import html as html_source
from newsextract.metadata import jsonld as jsonld_source
from newsextract.metadata import last_editor as last_editor_source
from newsextract.metadata import meta as meta_source
from newsextract.metadata import microdata as microdata_source
from newsextract.metadata import site_name as site_name_source
from newsextract.metadata import url as url_source
from newsextract.metadata import visible as text_source
from newsextract.metadata.candidate import Candidate
from newsextract.metadata.closing_credit import credited_name
from newsextract.metadata.fields import ArticleField as F
from newsextract.metadata.resolution import first_ranked
from newsextract.metadata.resolve import ResolvedMetadata, resolve
from newsextract.metadata.second_opinion import page_date_finder
from newsextract.metadata.whole_lead import whole_lead
from newsextract.options import BodyMethod, ExtractKeywords, ExtractOptions, Favor, options_from
from newsextract.origin import Origin
from newsextract.page import ParsedPage
from newsextract.page_limits import (
    MAX_ELEMENTS,
    check_page_size,
    flatten_markup,
    is_oversized,
    too_many_for_fallback,
    within_element_budget,
)
from newsextract.paywall import paywall_evidence
from newsextract.rules import default_registry
from newsextract.rules.model import SiteRule
from newsextract.rules.registry import Level, RuleRegistry
from newsextract.text import compare_key

logger = logging.getLogger(__name__)

SOURCES = (
    jsonld_source,
    microdata_source,
    meta_source,
    html_source,
    text_source,
    url_source,
    site_name_source,
    breadcrumbs_source,
    copyright_source,
    copy_source,
    article_image_source,
)


@functools.cache
def _label_line() -> re.Pattern[str]:
    """A line opening with a tag, category, share or comment label, in any language, set
    off as a label: before a colon or a bar, a count, or alone. A label word opening a
    phrase is not one ("Tag 1: Anreise", German "day"; "Topics covered this week")."""
    opening = starts_with_pattern(
        LabelList.TAGS, LabelList.CATEGORIES, LabelList.SHARE, LabelList.COMMENTS
    )
    return re.compile(opening + _SET_OFF, re.IGNORECASE)


# What follows a label set off as one: a colon or a bar, a count ("Comments (3)"), nothing.
_SET_OFF = r"\s*(?:[:：|]|\(?\d+\)?\s*$|$)"
_CONTENT_KINDS = frozenset({BlockKind.TABLE_ROW, BlockKind.PREFORMATTED})


_WORDLESS = LazyPattern(r"\W*")
# An ASCII letter or digit: a text holding one has a comparison key that is not empty
# (normalising and case-folding keep it a word character).
_ASCII_WORD_CHAR = LazyPattern(r"[A-Za-z0-9]")
# The first character of an ASCII text's comparison key (``text.compare_key``: its words).
_ASCII_KEY_CHAR = LazyPattern(r"\w")


def extract(
    html: bytes | str,
    url: str | None = None,
    *,
    options: ExtractOptions | None = None,
    favor: Favor | None = None,
    body: BodyMethod | None = None,
    date_search: bool | None = None,
    language: str | None = None,
    rules: Iterable[SiteRule] | RuleRegistry | None = None,
    default_rules: bool | None = None,
    fetched_at: datetime | None = None,
) -> Article:
    """Extract an ``Article`` from one page's HTML (bytes are decoded here).

    The keywords are the fields of ``ExtractOptions``, with its defaults where left at
    ``None``: ``favor`` (``"balanced"``, ``"precision"``, ``"recall"``), ``body``
    (``"auto"``, ``"newsextract"``, ``"trafilatura"``, ``"none"``), ``date_search`` (bool),
    ``language`` (a two-letter ISO 639-1 hint), ``rules`` (a list of ``SiteRule`` or a
    ``RuleRegistry``), ``default_rules`` (bool) and ``fetched_at`` (when the page was
    fetched: a relative stamp, "3 hours ago", dates a page no source dates). Or pass
    ``options=ExtractOptions(...)``, which several calls can share; passing it and a keyword
    too is a ``TypeError``.

    Raises only ``NewsExtractError`` subclasses: ``OptionError`` for a value an option does not
    take, ``NotHTMLError``/``EmptyInputError`` for input that is not a page,
    ``ExtractionError`` for an unexpected failure.
    """
    return extract_with_resolution(
        html,
        url,
        options=options,
        favor=favor,
        body=body,
        date_search=date_search,
        language=language,
        rules=rules,
        default_rules=default_rules,
        fetched_at=fetched_at,
    ).article


def extract_with_resolution(
    html: bytes | str, url: str | None = None, **keywords: Unpack[ExtractKeywords]
) -> Extraction:
    """``extract``, keeping with the Article how each field was resolved: every candidate,
    the chosen one and why the others lost (what ``newsextract explain`` shows). It takes
    ``extract``'s keywords."""
    return _extract_text(lambda: _page_text(html), url, options_from(**keywords))


def extract_decoded(
    data: bytes, decoded: DecodedText, url: str | None = None, *, options: ExtractOptions
) -> Article:
    """``extract`` of page bytes the caller has decoded already (``decode_html``, maybe with
    an HTTP charset): a batch worker decodes first, to tell a decoding failure from an
    extraction one. Where ``extract(decoded.text)`` would count the tags in the text, look
    for NULs in it and encode it to UTF-8 again for the parser, this reads ``data`` as
    ``extract(data)`` does (0.27 ms a page, 3.5 %, on the dev sets)."""
    return _extract_text(lambda: _decoded_page_text(data, decoded), url, options).article


def _extract_text(
    page_text: Callable[[], tuple[str, int, bytes | None]],
    url: str | None,
    opts: ExtractOptions,
) -> Extraction:
    """The pipeline on ``page_text()``'s text, every error a ``NewsExtractError``."""
    try:
        text, tags, utf8 = page_text()
        oversized = is_oversized(text, tags, utf8)
        if oversized:
            text, utf8 = flatten_markup(text), None
        text, elements = within_element_budget(text, tags)  # those a chain flattened left
        if elements:
            oversized, utf8 = True, None
        page = ParsedPage(text, url, utf8=utf8)
        extraction = extract_page(page, opts, html_text=text, oversized=oversized)
        return _with_cut(extraction, elements) if elements else extraction
    except NewsExtractError:
        raise
    except (RecursionError, MemoryError) as exc:
        raise ExtractionError(f"page too complex to extract: {type(exc).__name__}") from exc
    except Exception as exc:
        # The error chains the cause; a library logs no traceback of its own at error level.
        logger.debug("unexpected extraction failure for %s", url, exc_info=True)
        raise ExtractionError(f"extraction failed: {type(exc).__name__}: {exc}") from exc


def _with_cut(extraction: Extraction, elements: int) -> Extraction:
    """``extraction`` with the element budget's cut in its Article's provenance (``page``):
    what follows the budget's last element was not read."""
    article = extraction.article
    cut = f"cut:elements:{MAX_ELEMENTS}-of-{elements}"
    provenance = {**article.provenance, "page": cut}
    return extraction._replace(article=attrs.evolve(article, provenance=provenance))


def _page_text(html: bytes | str) -> tuple[str, int, bytes | None]:
    """The page's text without NULs, its tag count, and the bytes when they are that text in
    UTF-8 (the parser reads them without encoding the text again); raises for input that is
    no page.

    Bytes are searched first (in C, a byte at a time): every web encoding writes U+0000 with
    a zero byte, and UTF-8 writes "<" as the byte 0x3C alone, so what the bytes rule out or
    have counted is not searched for again in the text (four bytes a character on a page
    with one emoji)."""
    if isinstance(html, (bytearray, memoryview)) or (
        isinstance(html, bytes) and type(html) is not bytes
    ):
        html = bytes(html)  # the page's checks read bytes themselves, not any bytes-like
    if isinstance(html, bytes):
        tags = check_page_size(html)  # before decoding: the text could be larger still
        return _decoded_page_text(html, decode_html(html), tags)
    if not isinstance(html, str):
        # str() of it would be read as a page: "<memory at 0x…>" gave an article
        raise NotHTMLError(
            f"input is {type(html).__name__}, not bytes or str", kind=type(html).__name__
        )
    return _checked_text(str(html), 0, nul_possible=True, counted=False, utf8=None)


def _decoded_page_text(
    data: bytes, decoded: DecodedText, tags: int | None = None
) -> tuple[str, int, bytes | None]:
    """``_page_text`` of bytes and their decoding (``tags``: their count, if known)."""
    if tags is None:
        tags = check_page_size(data)
    nul_possible = b"\x00" in data
    counted = decoded.encoding == "utf-8"
    utf8 = bytes(data) if counted and decoded.lossless and not nul_possible else None
    return _checked_text(decoded.text, tags, nul_possible=nul_possible, counted=counted, utf8=utf8)


def _checked_text(
    text: str, tags: int, *, nul_possible: bool, counted: bool, utf8: bytes | None
) -> tuple[str, int, bytes | None]:
    """The text without NULs (searched only when ``nul_possible``), its tag count (``tags``
    when ``counted``, else counted here) and ``utf8``; raises for text that is no page."""
    if not text or text.isspace():
        decode_html(b"")  # raises EmptyInputError with the usual message
    if nul_possible and "\x00" in text:
        text = text.replace("\x00", "")
    if text.find("<", 0, _MARKUP_WITHIN) < 0:
        raise NotHTMLError("input has no HTML markup", kind="text")
    return text, tags if counted else check_page_size(text), utf8


# A page whose first this many characters hold no "<" is text, not HTML.
_MARKUP_WITHIN = 65536


def gather(page: ParsedPage) -> list[Candidate]:
    """Every candidate value every source finds on the page."""
    found: list[Candidate] = []
    for source in SOURCES:
        found.extend(source.candidates(page))
    return found


def registry_for(options: ExtractOptions) -> RuleRegistry:
    """The rules of one call: the caller's first, then installed and built-in ones."""
    if isinstance(options.rules, RuleRegistry) and not options.default_rules:
        return options.rules
    registry = RuleRegistry()
    if isinstance(options.rules, RuleRegistry):
        registry.add(options.rules.rules, Level.EXPLICIT)
    else:
        registry.add(options.rules, Level.EXPLICIT)
    if options.default_rules:
        default = default_registry()
        for rule in default.rules:
            registry.add([rule], default.level_of(rule))
    return registry


def match_rule(
    page: ParsedPage, options: ExtractOptions, candidates: list[Candidate]
) -> SiteRule | None:
    """The site rule for this page, versions chosen by when the page was fetched, else by
    its first machine-readable date: a site's markup is the one it served at the fetch (an
    old story fetched today comes in today's layout)."""
    registry = registry_for(options)
    rules = registry.rules
    if not rules:
        return None
    # Only a rule with dated versions reads the date: ranking the dates costs the others.
    if not any(r.valid_from is not None or r.valid_until is not None for r in rules):
        return registry.match(page, None)
    if options.fetched_at is not None:
        return registry.match(page, options.fetched_at)
    dates = [c for c in candidates if c.field == F.PUBLISHED and isinstance(c.value, datetime)]
    first = first_ranked(dates, F.PUBLISHED)
    return registry.match(
        page, first.value if first is not None and isinstance(first.value, datetime) else None
    )


_STRUCTURED = frozenset({Origin.JSONLD, Origin.MICRODATA, Origin.OPENGRAPH})


def _rule_candidates(rule: SiteRule, page: ParsedPage, generic: list[Candidate]) -> list[Candidate]:
    """A site rule speaks for its fields. A family rule (a CMS theme's markup) only fills
    fields the page's structured data leaves empty: the data is more specific than a theme."""
    from newsextract.rules.apply import rule_candidates  # on pages a rule matches, not the import

    if not rule.is_family:
        return list(rule_candidates(rule, page))
    # Those fields are not even read: each costs a query of the tree.
    structured = {c.field for c in generic if c.origin in _STRUCTURED}
    return list(rule_candidates(rule, page, skip=structured))


class Extraction(NamedTuple):
    """An Article with how its fields were resolved and the page it was read from."""

    article: Article
    resolution: ResolvedMetadata
    page: ParsedPage


def extract_page(
    page: ParsedPage, options: ExtractOptions, *, html_text: str, oversized: bool = False
) -> Extraction:
    """The pipeline on a parsed page: candidates from every source, the site rule and the
    caller; their resolution; the body, cleaned of the lines that belong to fields; what the
    body tells (agency, language, paywall) resolved in; the Article. An ``oversized`` page
    (see ``page_limits``) skips the second date opinion and the trafilatura fallback, which
    would cost seconds on it."""
    candidates = gather(page)
    rule = match_rule(page, options, candidates)
    if rule is not None:
        candidates.extend(_rule_candidates(rule, page, candidates))
    candidates.extend(caller_candidates(page, options))
    search = options.date_search
    resolved = resolve(
        candidates,
        page.url,
        text_date=(lambda lang: visible_dates.text_date(page, lang)) if search else None,
        second_opinion=page_date_finder(page, html_text) if search and not oversized else None,
        relative_date=_relative_date_reader(page, options.fetched_at),
        relative_update=_relative_date_reader(page, options.fetched_at, update=True),
        script_update=lambda published: script_state_dates.script_update(page, published),
        attribute_time=lambda published: attribute_stamps.attribute_time(html_text, published),
        last_editor=lambda: next(last_editor_source.candidates(page), None),
        fetched_at=options.fetched_at,
    )
    raw_body = (_rule_body(rule, page) if rule is not None else None) or _body(
        page, options, html_text, fallback=not oversized
    )
    body, late = points_as_lead(page, without_field_lines(page, raw_body, resolved), resolved)
    late.extend(body_candidates(page, body, resolved))
    if len(body.blocks) < len(raw_body.blocks) and resolved.chosen(F.BYLINE) is None:
        late.extend(_credit_byline(raw_body, resolved))
    resolved = resolved.refined(late)
    return Extraction(article=_article(page, rule, body, resolved), resolution=resolved, page=page)


def _relative_date_reader(
    page: ParsedPage, fetched_at: datetime | None, *, update: bool = False
) -> Callable[[str | None], Candidate | None] | None:
    """The reader of a relative stamp (``relative_dates``), of the publication or with
    ``update`` of the last update, when the caller gave the fetch time; None, and no stamp
    read, otherwise."""
    if fetched_at is None:
        return None
    from newsextract.metadata import relative_dates  # with a fetch time only

    read = relative_dates.relative_update if update else relative_dates.relative_date
    return lambda language: read(page, fetched_at, language)


def caller_candidates(page: ParsedPage, options: ExtractOptions) -> list[Candidate]:
    """What the caller knows: the ``language`` option, and the page's own URL as the
    canonical address of last resort."""
    found = []
    if options.language:
        found.append(Candidate(field=F.LANGUAGE, value=options.language, origin=Origin.OPTION))
    if page.url:
        found.append(Candidate(field=F.CANONICAL_URL, value=page.url, origin=Origin.URL))
    return found


def without_field_lines(page: ParsedPage, body: Body, resolved: ResolvedMetadata) -> Body:
    """The body without its byline, source and tag/share lines, which belong to their
    fields, without a closing note naming the article by its title (``body.title_notes``),
    and without a first block that is the standfirst chosen as the lead when the
    page sets it with the headline (see ``body.standfirst``), be it a paragraph or an
    ``<h2>`` the body took as a section heading."""
    is_metadata_line = _metadata_line_test(resolved.text(F.BYLINE), resolved.text(F.SOURCE))
    # A table row or a code block is content whatever its first word ("Tag | Vormittag").
    blocks = [
        b
        for at, b in enumerate(body.blocks)
        if b.kind in _CONTENT_KINDS
        or not is_metadata_line(b.text)
        or _over_kept_list(body.blocks, at)
    ]
    blocks = _without_author_lines(blocks, resolved.names(F.AUTHORS))
    blocks = _without_named_bio(blocks, resolved.names(F.AUTHORS))
    if blocks and _closing_credit(blocks[-1], resolved) is not None:
        blocks.pop()  # "Name, Outlet": the writer's credit (see metadata.closing_credit)
    lead = resolved.text(F.LEAD)
    if lead and _from_markup(resolved.resolution(F.LEAD).chosen):
        blocks = without_headline_group(page, blocks, lead)
    blocks = without_kicker(page, blocks)
    blocks = without_repeated_headline(
        page, blocks, resolved.text(F.TITLE), _declared_titles(resolved)
    )
    blocks = without_headline_deck(page, blocks)
    blocks = without_title_note(blocks, resolved.text(F.TITLE))
    return attrs.evolve(body, blocks=tuple(blocks))


def points_as_lead(
    page: ParsedPage, body: Body, resolved: ResolvedMetadata
) -> tuple[Body, list[Candidate]]:
    """The body without the headline's summary points that open it (see
    ``standfirst.headline_points``), and the lead they are, as a candidate from the markup
    that a description does not outrank: a press release's or a notice's points under its
    headline are its summary, lost if neither the body nor the lead holds them. A standfirst
    the markup sets beside them is the lead: the points then stay the body's first list,
    unless that lead already holds them."""
    count = headline_points(page, body.blocks)
    if not count:
        return body, []
    points = [block.text for block in body.blocks[:count]]
    rest = attrs.evolve(body, blocks=body.blocks[count:])
    lead = resolved.chosen(F.LEAD)
    if lead is not None and lead.origin in (Origin.HTML, Origin.RULE):
        held = compare_key(resolved.text(F.LEAD) or "")
        return (rest, []) if all(compare_key(p) in held for p in points) else (body, [])
    return rest, [
        Candidate(
            field=F.LEAD, value="\n".join(points), origin=Origin.HTML, detail="headline-points"
        )
    ]


def _declared_titles(resolved: ResolvedMetadata) -> list[str]:
    """The headlines the page declares beside the chosen title (the social cards' og:title,
    an <h1>): a page may show the reader one the search engines do not get."""
    found = resolved.resolution(F.TITLE).rejected
    return [r.candidate.value for r in found if isinstance(r.candidate.value, str)]


def _without_named_bio(blocks: list[Block], authors: tuple[str, ...]) -> list[Block]:
    """``blocks`` without the writer's bio closing the text ("Name, reporter on the city
    desk", ``is_named_bio``), the last paragraph or the one before a closing invitation to
    comment, which stays (``reader_asks.is_comment_ask``)."""
    at = len(blocks) - 1
    if at > 0 and blocks[at].kind is BlockKind.PARAGRAPH and is_comment_ask(blocks[at].text):
        at -= 1
    if at < 0 or blocks[at].kind is not BlockKind.PARAGRAPH:
        return blocks
    keys = frozenset(key for name in authors if (key := compare_key(name)))
    if not is_named_bio(blocks[at].text, keys):
        return blocks
    return blocks[:at] + blocks[at + 1 :]


def _without_author_lines(blocks: list[Block], authors: tuple[str, ...]) -> list[Block]:
    """``blocks`` without a paragraph that is only an author's name (the page's structured
    data names the author; the byline set under the headline without "By", or a column's
    signature), or the name and the page's date ("Name | Published 4 months ago", "Name ·
    12 March 2026"): it belongs to ``authors``, not to the text."""
    names = {compare_key(name) for name in authors if len(name) <= _AUTHOR_LINE}
    names.discard("")
    if not names:
        return blocks
    firsts = frozenset(name[0] for name in names)
    return [
        block
        for block in blocks
        if block.kind is not BlockKind.PARAGRAPH
        or len(block.text) > _AUTHOR_DATE_LINE
        or not _opens_as_a_name(block.text, firsts)
        or not _is_author_line(block.text, names)
    ]


# A name is a few words: a longer paragraph is no author's line whatever it says.
_AUTHOR_LINE = 80
# A name and a date: room for a long name (80) and a written date with its time and label
# ("Published 12 September 2026, 10:42"); a longer line is prose.
_AUTHOR_DATE_LINE = 130
# What sets a byline's date apart from the name: spaces, bars, dots and dashes.
_NAME_DATE_SEPARATORS = " \t|·•–—-,/"


def _opens_as_a_name(text: str, firsts: frozenset[str]) -> bool:
    """False when ``text`` is ASCII and its comparison key opens with none of ``firsts``
    (the names' keys' first characters): it can be no name's line, and its key (the costly
    part) is not computed. An ASCII key opens with the text's first word character in lower
    case, as in ``_metadata_line_test``."""
    if not text.isascii():
        return True
    first = _ASCII_KEY_CHAR.search(text)
    return first is not None and first.group().lower() in firsts


def _is_author_line(text: str, names: set[str]) -> bool:
    """Whether ``text`` is an author's name (``names``: compared keys), alone or before a
    date line (``body.date_lines``): the rest after the name's words must be a date, or
    the line is a sentence about its writer ("Jane Roe wrote this on 4 May 2026.")."""
    key = compare_key(text)
    if key in names:
        return len(text) <= _AUTHOR_LINE
    for name in names:
        if not key.startswith(name + " "):
            continue
        words = list(_WORD_RUN.finditer(text))
        count = len(name.split())
        if len(words) <= count:
            continue
        rest = text[words[count - 1].end() :].lstrip(_NAME_DATE_SEPARATORS)
        if rest and len(rest) < len(text) and is_date_line(rest) and not ends_as_sentence(rest):
            return True
    return False


_WORD_RUN = LazyPattern(r"\w+")  # the words compare_key keeps


def _closing_credit(block: Block, resolved: ResolvedMetadata) -> str | None:
    """The writer a closing "Name, Outlet" line credits, the outlet being the publisher."""
    if block.kind is not BlockKind.PARAGRAPH:
        return None
    return credited_name(block.text, resolved.text(F.PUBLISHER))


def _credit_byline(raw: Body, resolved: ResolvedMetadata) -> list[Candidate]:
    """The name of the closing credit the body lost, as a byline (none was found)."""
    name = _closing_credit(raw.blocks[-1], resolved) if raw.blocks else None
    if name is None:
        return []
    return [Candidate(field=F.BYLINE, value=name, origin=Origin.TEXT, detail="credit-line")]


def _from_markup(lead: Candidate | None) -> bool:
    """Whether the lead was read from the page's visible markup (a standfirst class, an
    ``<h2>`` under the headline), not from a description the body may merely repeat."""
    return lead is not None and lead.origin is Origin.HTML


# The blocks a dateline may open: the text's first, or its second after a standfirst set in
# bold as the first paragraph (Indian wire copy: "CHENNAI, March 3 (IANS):").
_DATELINE_BLOCKS = 2


def body_candidates(page: ParsedPage, body: Body, resolved: ResolvedMetadata) -> list[Candidate]:
    """What only the body tells: an agency credited in its dateline or last line, its
    language (undeclared, or contradicting the declared one), a paywall (markup, a locked
    tier, or a body far shorter than the declared word count). Each is a candidate like any
    other; the table ranks them."""
    found = []
    if body.blocks and resolved.chosen(F.SOURCE) is None:
        # The dateline opens the text, after a standfirst set as its first paragraph.
        last = body.blocks[-1].text + body.credit  # with the credit the body cut from its end
        openings = body.blocks[:_DATELINE_BLOCKS]
        agency = credited_sources.source_from_openings([b.text for b in openings], last)
        if agency:
            found.append(
                Candidate(field=F.SOURCE, value=agency, origin=Origin.TEXT, detail="dateline")
            )
    text = body.text  # joined once: the language and the paywall read it
    if body.blocks:
        found.extend(body_language(text, resolved.resolution(F.LANGUAGE)))
        whole = whole_lead(resolved.chosen(F.LEAD), body.blocks)
        if whole is not None:
            found.append(whole)  # the description cut short: the paragraph it begins
    evidence = paywall_evidence(page, resolved.word_count, text)
    if evidence is not None:
        found.append(
            Candidate(field=F.IS_PAYWALLED, value=True, origin=Origin.HTML, detail=evidence)
        )
    return found


def _article(
    page: ParsedPage, rule: SiteRule | None, body: Body, resolved: ResolvedMetadata
) -> Article:
    provenance = resolved.provenance()
    if body.blocks:
        provenance["body"] = body.method
    article = Article(
        url=page.url,
        canonical_url=resolved.text(F.CANONICAL_URL),
        title=resolved.text(F.TITLE),
        lead=resolved.text(F.LEAD),
        byline=resolved.text(F.BYLINE),
        authors=resolved.names(F.AUTHORS),
        published=resolved.date(F.PUBLISHED),
        modified=resolved.date(F.MODIFIED),
        publisher=resolved.text(F.PUBLISHER),
        source=resolved.text(F.SOURCE),
        tags=resolved.names(F.TAGS),
        categories=resolved.names(F.CATEGORIES),
        language=resolved.text(F.LANGUAGE),
        image=resolved.text(F.IMAGE),
        body=body.text,
        body_blocks=body.blocks,
        is_paywalled=resolved.flag(F.IS_PAYWALLED),
        rule=rule.name if rule is not None else None,
        provenance=provenance,
    )
    return balanced_article(article)  # no bidirectional override leaks out of its line


def _rule_body(rule: SiteRule, page: ParsedPage) -> Body | None:
    from newsextract.rules.apply import rule_body  # on pages a rule matches, not the import

    return rule_body(rule, page)


def _trafilatura_body(html_text: str, url: str | None) -> Body:
    # The fallback's module (and trafilatura itself) is loaded by its first use.
    from newsextract.body.trafilatura_body import trafilatura_body

    return trafilatura_body(html_text, url)


def _body(page: ParsedPage, options: ExtractOptions, html_text: str, *, fallback: bool) -> Body:
    if options.body == "none":
        return Body()
    if options.body == "trafilatura":
        return _trafilatura_body(html_text, page.url)
    body = extract_body(page, BodyOptions(favor=options.favor))
    if (
        not body.blocks
        and options.body == "auto"
        and fallback
        and not too_many_for_fallback(html_text)
    ):
        second = _trafilatura_body(html_text, page.url)
        if second.blocks:
            return second
    return body


def _over_kept_list(blocks: tuple[Block, ...], at: int) -> bool:
    """Whether the block is a heading right over a list the body kept: a section's title
    whatever its word (a call for papers' "Temes", Catalan "topics", over its topics). A tag
    or share label's list is links, which the body drops, so its label has no list under it."""
    return (
        blocks[at].kind is BlockKind.HEADING
        and at + 1 < len(blocks)
        and blocks[at + 1].kind is BlockKind.LIST_ITEM
    )


def _metadata_line_test(byline_text: str | None, source_text: str | None) -> Callable[[str], bool]:
    """Whether a body line is a byline, source or tag line, which belong to their fields."""
    byline = compare_key(byline_text or "")
    source = compare_key(source_text or "")

    def is_metadata_line(text: str) -> bool:
        if len(text) >= 300:  # every test below is of a short line; a long one is prose
            return _WORDLESS.fullmatch(text) is not None
        by_byline = bool(byline) and len(text) < 200
        if by_byline and text.isascii():
            # An ASCII text's key opens with its first word character in lower case: a text
            # whose first differs from the byline's cannot open with it (no key to compute).
            first = _ASCII_KEY_CHAR.search(text)
            by_byline = first is not None and first.group().lower() == byline[0]
        by_source = bool(source) and len(text) < 120 and ":" in text
        # The comparison key (normalised, case-folded: the costly part) is read only when it
        # is compared, or to tell a line without words, which an ASCII letter rules out.
        if by_byline or by_source or _ASCII_WORD_CHAR.search(text) is None:
            key = compare_key(text)
            if not key:
                return not is_smiley(text)  # a line without words is no text, but ":)" is
            if by_byline and key.startswith(byline):
                return True
            if by_source and key.endswith(source):
                return True
        # The label regex last: most lines are prose of 40 characters or more with no colon.
        return (":" in text or len(text) < 40) and _label_line().match(text) is not None

    return is_metadata_line
