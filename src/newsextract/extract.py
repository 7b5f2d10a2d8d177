"""The pipeline: decode -> parse -> metadata candidates -> resolve -> body -> Article."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterable
from datetime import datetime
from typing import Any

import attrs

from newsextract.article import Article
from newsextract.body.extractor import BodyOptions, extract_body
from newsextract.body.model import Body
from newsextract.body.trafilatura_body import trafilatura_body
from newsextract.decode import decode_html
from newsextract.errors import ExtractionError, NewsExtractError, NotHTMLError
from newsextract.language import detect_language
from newsextract.metadata import html as html_source
from newsextract.metadata import jsonld as jsonld_source
from newsextract.metadata import meta as meta_source
from newsextract.metadata import microdata as microdata_source
from newsextract.metadata import url as url_source
from newsextract.metadata import visible as text_source
from newsextract.metadata.candidate import Candidate
from newsextract.metadata.published import htmldate_finder
from newsextract.metadata.resolve import group, ordered, resolve
from newsextract.options import BodyMethod, ExtractOptions, Favor, options_from
from newsextract.origin import Origin
from newsextract.page import ParsedPage
from newsextract.page_limits import check_page_size, flatten_markup, is_oversized
from newsextract.paywall import is_paywalled
from newsextract.rules import default_registry
from newsextract.rules.apply import rule_body, rule_candidates
from newsextract.rules.model import SiteRule
from newsextract.rules.registry import Level, RuleRegistry
from newsextract.text import compare_key

logger = logging.getLogger(__name__)

SOURCES = (jsonld_source, microdata_source, meta_source, html_source, text_source, url_source)

_LABEL_LINE = re.compile(
    r"^\s*(?:tags?|étiquettes?|mots[- ]clés|catégories?|categories|category|schlagworte?|"
    r"themen|stichworte|etiquetas|categorías|tag|argomenti|trefwoorden|onderwerpen|"
    r"partager cet article|share this article|teilen|compartir)\s*:?",
    re.I,
)

_WORDLESS = re.compile(r"\W*")


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
) -> Article:
    """Extract an ``Article`` from one page's HTML (bytes are decoded here).

    The keywords are the fields of ``ExtractOptions``, with its defaults where left at
    ``None``: ``favor`` (``"balanced"``, ``"precision"``, ``"recall"``), ``body``
    (``"auto"``, ``"newsextract"``, ``"trafilatura"``, ``"none"``), ``date_search`` (bool),
    ``language`` (a two-letter ISO 639-1 hint), ``rules`` (a list of ``SiteRule`` or a
    ``RuleRegistry``) and ``default_rules`` (bool). Or pass ``options=ExtractOptions(...)``,
    which several calls can share; passing it and a keyword too is a ``TypeError``.

    Raises only ``NewsExtractError`` subclasses: ``OptionError`` for a value an option does not
    take, ``NotHTMLError``/``EmptyInputError`` for input that is not a page,
    ``ExtractionError`` for an unexpected failure.
    """
    opts = options_from(
        options,
        favor=favor,
        body=body,
        date_search=date_search,
        language=language,
        rules=rules,
        default_rules=default_rules,
    )
    try:
        if isinstance(html, (bytes, bytearray)):
            check_page_size(html)  # before decoding: the text could be larger still
            text = decode_html(html).text
        else:
            text = str(html)
        if not text.strip():
            decode_html(b"")  # raises EmptyInputError with the usual message
        if "\x00" in text:
            text = text.replace("\x00", "")
        if "<" not in text[:65536]:
            raise NotHTMLError("input has no HTML markup", kind="text")
        oversized = is_oversized(check_page_size(text))
        if oversized:
            text = flatten_markup(text)
        return extract_page(ParsedPage(text, url), opts, html_text=text, oversized=oversized)
    except NewsExtractError:
        raise
    except (RecursionError, MemoryError) as exc:
        raise ExtractionError(f"page too complex to extract: {type(exc).__name__}") from exc
    except Exception as exc:
        # The error chains the cause; a library logs no traceback of its own at error level.
        logger.debug("unexpected extraction failure for %s", url, exc_info=True)
        raise ExtractionError(f"extraction failed: {type(exc).__name__}: {exc}") from exc


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
    """The site rule for this page, versions chosen by the page's first machine-readable date."""
    registry = registry_for(options)
    if not registry.rules:
        return None
    first_date = next(
        (c.value for c in ordered(group(candidates), "published") if isinstance(c.value, datetime)),
        None,
    )
    return registry.match(page, first_date)


_STRUCTURED = frozenset({Origin.JSONLD, Origin.MICRODATA, Origin.OPENGRAPH})


def _rule_candidates(rule: SiteRule, page: ParsedPage, generic: list[Candidate]) -> list[Candidate]:
    """A site rule speaks for its fields. A family rule (a CMS theme's markup) only fills
    fields the page's structured data leaves empty: the data is more specific than a theme."""
    found = list(rule_candidates(rule, page))
    if not rule.is_family:
        return found
    structured = {c.field for c in generic if c.origin in _STRUCTURED}
    return [c for c in found if c.field not in structured]


def extract_page(
    page: ParsedPage, options: ExtractOptions, *, html_text: str, oversized: bool = False
) -> Article:
    """The pipeline on a parsed page. An ``oversized`` page (see ``page_limits``) skips the
    second date opinion and the trafilatura fallback, which would cost seconds on it."""
    candidates = gather(page)
    rule = match_rule(page, options, candidates)
    if rule is not None:
        candidates.extend(_rule_candidates(rule, page, candidates))
    search = options.date_search
    metadata = resolve(
        candidates,
        page.url,
        text_date=(lambda lang: text_source.text_date(page, lang)) if search else None,
        second_opinion=htmldate_finder(html_text, page.url) if search and not oversized else None,
    )
    values = dict(metadata.values)
    provenance = dict(metadata.provenance)
    if options.language and "language" not in values:
        values["language"] = options.language
        provenance["language"] = "option"
    body = (rule_body(rule, page) if rule is not None else None) or _body(
        page, options, html_text, fallback=not oversized
    )
    is_metadata_line = _metadata_line_test(values)
    blocks = [b for b in body.blocks if not is_metadata_line(b.text)]
    lead = values.get("lead")
    if (
        blocks
        and lead
        and provenance.get("lead") == "html:standfirst"
        and compare_key(blocks[0].text) == compare_key(lead)
    ):
        blocks = blocks[1:]  # the standfirst is the lead, not the first paragraph
    if "source" not in values and blocks:
        agency = text_source.source_from_body(blocks[0].text, blocks[-1].text)
        if agency:
            values["source"] = agency
            provenance["source"] = "text:dateline"
    body = attrs.evolve(body, blocks=tuple(blocks))
    if body.blocks:
        provenance["body"] = body.method
    if "language" not in values and body.blocks:
        detected = detect_language(body.text)
        if detected:
            values["language"] = detected
            provenance["language"] = "text:letters"
    declared_free = (not values["is_paywalled"]) if "is_paywalled" in values else None
    values["is_paywalled"] = is_paywalled(page, declared_free, metadata.word_count, body.text)
    if values["is_paywalled"] and "is_paywalled" not in provenance:
        provenance["is_paywalled"] = "html:paywall"
    if "canonical_url" not in values and page.url:
        values["canonical_url"] = page.url
        provenance["canonical_url"] = "url"
    return Article(
        url=page.url,
        body=body.text,
        body_blocks=body.blocks,
        rule=rule.name if rule is not None else None,
        provenance=provenance,
        **values,
    )


def _body(page: ParsedPage, options: ExtractOptions, html_text: str, *, fallback: bool) -> Body:
    if options.body == "none":
        return Body()
    if options.body == "trafilatura":
        return trafilatura_body(html_text, page.url)
    body = extract_body(page, BodyOptions(favor=options.favor))
    if not body.blocks and options.body == "auto" and fallback:
        second = trafilatura_body(html_text, page.url)
        if second.blocks:
            return second
    return body


def _metadata_line_test(values: dict[str, Any]) -> Callable[[str], bool]:
    """Whether a body line is a byline, source or tag line, which belong to their fields."""
    byline = compare_key(values.get("byline") or "")
    source = compare_key(values.get("source") or "")

    def is_metadata_line(text: str) -> bool:
        if len(text) >= 300:  # every test below is of a short line; a long one is prose
            return _WORDLESS.fullmatch(text) is not None
        key = compare_key(text)
        if not key:
            return True
        if byline and len(text) < 200 and key.startswith(byline):
            return True
        if source and len(text) < 120 and key.endswith(source) and ":" in text:
            return True
        return bool(_LABEL_LINE.match(text)) and (":" in text or len(text) < 40)

    return is_metadata_line
