"""``newsextract explain --html``: one self-contained HTML page that shows how a page was read.

The page itself, as its markup lays it out, with the blocks the body kept outlined, the
blocks it dropped dimmed (the reason on hover) and each field's winning element labelled,
beside a table of every candidate of every field (value, source, where, why it lost) and a
table of the body's decisions.

The report must be safe to open whatever the page holds: the page is shown in an
``<iframe sandbox>`` (no script runs in it) from ``srcdoc``, after an allow-list sanitizer
(nh3, the bindings of the Rust ``ammonia`` crate) has kept only plain document elements and a
few harmless attributes: no ``<script>``, no ``on*`` handler, no URL at all (links keep their
text, images their ``alt``), no page CSS (it would fetch fonts and images, and could hide the
marks). A Content-Security-Policy in both documents forbids any fetch besides. Opening the
report fetches nothing and runs nothing of the page.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Iterable, Iterator, Sequence
from datetime import datetime
from html import escape
from typing import Unpack

import attrs
import nh3
from selectolax.lexbor import LexborHTMLParser, LexborNode

from newsextract.article import Article
from newsextract.bidi import balanced, has_bidi_controls
from newsextract.body.decisions import BlockDecision, BodyDecisions, body_decisions
from newsextract.body.extractor import BodyOptions
from newsextract.body.model import Block
from newsextract.dates import parse_machine_date
from newsextract.errors import ExtractionError
from newsextract.extract import Extraction, extract_with_resolution
from newsextract.metadata.candidate import Candidate, Value
from newsextract.metadata.fields import ArticleField
from newsextract.metadata.resolution import FieldResolution
from newsextract.options import ExtractKeywords, ExtractOptions, options_from
from newsextract.page import ParsedPage
from newsextract.text import compare_key

logger = logging.getLogger(__name__)

# The fields a reader sees on the page, so their winning element can be marked there (a
# language or a canonical URL is no visible text).
VISIBLE_FIELDS = (
    ArticleField.TITLE,
    ArticleField.LEAD,
    ArticleField.BYLINE,
    ArticleField.AUTHORS,
    ArticleField.PUBLISHED,
    ArticleField.MODIFIED,
    ArticleField.SOURCE,
    ArticleField.TAGS,
    ArticleField.CATEGORIES,
)
# An element shows a field's value when the value is at least this share of its text: the
# headline, the byline line, not a paragraph that mentions the author's name.
_VALUE_SHARE = 0.3
# Items of a list field (authors, tags) looked for on the page: a tag cloud of hundreds is
# one mark per item otherwise.
_MAX_ITEMS = 10
# Characters of a block's text shown in the table of body decisions.
_EXCERPT = 160
# Elements whose content the sanitizer removes with them (code, data, media, forms' widgets).
_REMOVED_WITH_CONTENT = frozenset(
    {"script", "style", "template", "noscript", "iframe", "object", "embed", "svg", "math",
     "canvas", "audio", "video", "select", "textarea", "button", "head", "title"}
)  # fmt: skip
# Plain document elements kept on top of nh3's default allow-list (landmarks the default
# leaves out); every other element is unwrapped, its text kept.
_EXTRA_TAGS = frozenset({"main", "section", "address", "label", "fieldset", "legend", "tfoot"})
# The report's own marks: the only attributes kept on every element besides ``title``.
_MARKS = frozenset({"data-nx-block", "data-nx-field", "data-nx-region"})
_ALLOWED_ATTRIBUTES = {
    "*": {"title", "lang", "dir", *_MARKS},
    "img": {"alt", "width", "height"},
    "td": {"colspan", "rowspan"},
    "th": {"colspan", "rowspan", "scope"},
    "ol": {"start", "reversed"},
    "li": {"value"},
    "time": {"datetime"},
}
# No fetch of any kind: styles only inline, images only data: URLs (there are none: the
# sanitizer drops every URL), frames only the srcdoc of the page.
_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-src 'self'"


@attrs.frozen
class FieldMark:
    """A page node (an element, or loose text) that shows a field's chosen value (one item
    of a list field)."""

    field: ArticleField
    element: LexborNode
    value: str


def explain_report(
    html: bytes | str, url: str | None = None, **options: Unpack[ExtractKeywords]
) -> str:
    """The report of how ``extract(html, url, **options)`` reads the page, as one HTML document.

    The keywords are those of ``extract``. Raises what ``extract`` raises.
    """
    keywords = {name: value for name, value in options.items() if name != "options"}
    chosen = options_from(options.get("options"), **keywords)
    return render_report(extract_with_resolution(html, url, options=chosen), chosen)


def render_report(extraction: Extraction, options: ExtractOptions | None = None) -> str:
    """The report of an extraction already made with ``options`` (the defaults if ``None``).

    Marks the elements of ``extraction.page`` in place: extract from a page of its own.
    Raises only ``ExtractionError``, for an unexpected failure.
    """
    try:
        return _report(extraction, options or ExtractOptions())
    except (RecursionError, MemoryError) as exc:
        raise ExtractionError(f"page too complex to report: {type(exc).__name__}") from exc
    except Exception as exc:
        logger.debug("unexpected report failure", exc_info=True)
        raise ExtractionError(f"report failed: {type(exc).__name__}: {exc}") from exc


def _report(extraction: Extraction, options: ExtractOptions) -> str:
    page = extraction.page
    decisions = body_decisions(page, BodyOptions(favor=options.favor))
    shown = pipeline_decisions(decisions, extraction.article, options)
    resolutions = [extraction.resolution.resolution(field) for field in ArticleField]
    marks = field_marks(page, resolutions, shown)
    annotated = annotated_page(page, decisions, shown, marks)
    return _document(extraction.article, decisions, shown, resolutions, marks, annotated)


def explain_blocks(extraction: Extraction, options: ExtractOptions | None = None) -> str:
    """Every text block of the page, one line each, as ``explain --blocks`` prints them:
    ``+`` and the block's start for a kept one, ``x``, the reason and the start for a
    dropped one (the decisions of the visual report, in text)."""
    options = options or ExtractOptions()
    decisions = body_decisions(extraction.page, BodyOptions(favor=options.favor))
    lines = ["blocks"]
    for block in pipeline_decisions(decisions, extraction.article, options):
        start = _short_text(block.text)
        if block.kept:
            lines.append(f"  + {block.kind.value:4} {start}")
        else:
            lines.append(f"  x {block.kind.value:4} {start}  ({block.reason})")
    return "\n".join(lines)


# The start of a block shown in a one-line listing.
_LISTED_CHARS = 70


def _short_text(text: str) -> str:
    return text if len(text) <= _LISTED_CHARS else text[: _LISTED_CHARS - 1] + "…"


def pipeline_decisions(
    decisions: BodyDecisions, article: Article, options: ExtractOptions
) -> list[BlockDecision]:
    """The body extractor's decisions amended by the rest of the pipeline: a kept block that
    the Article's body lacks is a field's line (byline, source, tags) or the standfirst taken
    as the lead; a body from elsewhere (a site rule, trafilatura) is matched by its text."""
    decisions = _balanced(decisions)
    final = [block.text for block in article.body_blocks]
    method = article.provenance.get("body")  # None: no body left
    if method == decisions.body.method or (method is None and options.body != "none"):
        kept = _matched_in_order(decisions.kept(), final)
        # The lead's lines too: the headline's summary points are the lead, one line each.
        lead_lines = (article.lead or "").splitlines()
        leads = {compare_key(line) for line in (article.lead or "", *lead_lines)} - {""}
        out = []
        for decision in decisions.blocks:
            if decision.kept and id(decision) not in kept:
                is_lead = compare_key(decision.text) in leads
                reason = (
                    "the standfirst, given as the lead"
                    if is_lead
                    else "a metadata line (byline, source or tag line)"
                )
                decision = attrs.evolve(decision, kept=False, reason=reason)
            out.append(decision)
        return out
    if options.body == "none":
        reason = "not read: body extraction is off (body='none')"
    elif method and method.startswith("rule:"):
        reason = f"not in the body of site rule {method.removeprefix('rule:')}'s selectors"
    else:
        reason = f"not in the body that {method} found"
    kept = _matched_in_order(decisions.blocks, final)
    blocks = _blocks_in_order(decisions.blocks, kept, article.body_blocks)
    return [
        attrs.evolve(d, kept=True, reason="kept", kind=blocks[id(d)].kind, text=blocks[id(d)].text)
        if id(d) in kept
        else attrs.evolve(d, kept=False, reason=reason)
        for d in decisions.blocks
    ]


def _balanced(decisions: BodyDecisions) -> BodyDecisions:
    """The decisions' texts as the Article holds them: bidirectional openers left open
    dropped (``bidi.balanced_article``), so that the blocks shown kept are the body's."""
    if not any(has_bidi_controls(block.text) for block in decisions.blocks):
        return decisions
    blocks = tuple(
        attrs.evolve(block, text=balanced(block.text)) if has_bidi_controls(block.text) else block
        for block in decisions.blocks
    )
    return attrs.evolve(decisions, blocks=blocks)


def _blocks_in_order(
    decisions: Iterable[BlockDecision], kept: set[int], blocks: Sequence[Block]
) -> dict[int, Block]:
    """The body's block of each kept decision, the kept ones being matched in order to
    ``blocks``: its kind (a site rule's or trafilatura's body tells a block's kind its own
    way) and its text (trafilatura spaces inline elements the page's walk joins)."""
    found = iter(blocks)
    return {id(d): next(found) for d in decisions if id(d) in kept}


def _unspaced(text: str) -> str:
    return "".join(text.split())


def _matched_in_order(decisions: Iterable[BlockDecision], texts: Sequence[str]) -> set[int]:
    """The ids of the decisions whose texts are ``texts``, matched in order, whitespace
    aside: a body from elsewhere (trafilatura) puts a space between two inline elements
    ("<span>a</span><span>b</span>": "a b") where the page's walk reads "ab", and its
    block was shown dropped while the body held it."""
    matched: set[int] = set()
    wanted = (_unspaced(text) for text in texts)
    want = next(wanted, None)
    for decision in decisions:
        if want is None:
            break
        if _unspaced(decision.text) == want:
            matched.add(id(decision))
            want = next(wanted, None)
    return matched


def field_marks(
    page: ParsedPage, resolutions: Iterable[FieldResolution], blocks: Sequence[BlockDecision]
) -> list[FieldMark]:
    """The page elements that show each visible field's chosen value.

    The value is looked for where a reader sees it, whatever source won: in the page's text
    blocks and the elements inside them, its ``<h1>`` and ``<time>`` elements.
    """
    root = page.body or page.root
    if root is None:
        return []
    pool = _search_pool(root, blocks)
    marks = []
    for resolution in resolutions:
        if resolution.field not in VISIBLE_FIELDS or resolution.value in (None, "", ()):
            continue
        for item in _items(resolution.value):
            element = _find(pool, root, item)
            if element is not None:
                marks.append(FieldMark(resolution.field, element, _shown(item)))
    return marks


def _items(value: Value) -> Iterator[str | datetime]:
    if isinstance(value, tuple):
        yield from value[:_MAX_ITEMS]
    elif isinstance(value, (str, datetime)):
        yield value


# ``<h1>`` elements looked at besides the text blocks (the walk drops a page's title heading
# as often as it keeps it; a page with more than a few is a list of teasers).
_MAX_HEADINGS = 5

Pool = list[tuple[LexborNode, str]]


def _search_pool(root: LexborNode, blocks: Sequence[BlockDecision]) -> Pool:
    """The nodes a value is looked for in, with their text's comparison key: the ``<h1>``
    elements and the page's text blocks (the parts of loose text, so that a container of
    loose text is not read whole)."""
    headings = itertools.islice(root.css("h1"), _MAX_HEADINGS)
    pool = [(node, compare_key(node.text(deep=True, separator=" "))) for node in headings]
    for block in blocks:
        if block.parts == (block.element,):
            pool.append((block.element, compare_key(block.text)))
        else:
            pool.extend((part, compare_key(part.text(deep=True) or "")) for part in block.parts)
    return pool


def _find(pool: Pool, root: LexborNode, value: str | datetime) -> LexborNode | None:
    """The element that shows ``value``: a ``<time>`` for a date, else the first element of
    the pool, or the innermost one inside it holding the value, whose text the value mostly
    is (the name in "by <a>Jane Roe</a>", the line "By Jane Roe")."""
    if isinstance(value, datetime):
        for node in root.css("time[datetime]"):
            if parse_machine_date(node.attributes.get("datetime")) == value:
                return node
        return None
    key = compare_key(value)
    if not key:
        return None
    for element, text in pool:
        if key not in text:
            continue
        inner = _innermost(element, key)
        if inner is not element:
            text = compare_key(inner.text(deep=True, separator=" "))
        if len(key) >= _VALUE_SHARE * len(text):
            return inner
    return _in_text(root, key)


# Text in these is never shown.
_UNSHOWN = frozenset({"script", "style", "noscript", "template", "title", "head"})


def _in_text(root: LexborNode, key: str) -> LexborNode | None:
    """The element around the first run of text holding ``key`` that the value mostly is:
    a line the walk skipped (a byline styled as a credit, a line in a header)."""
    for node in root.traverse(include_text=True):
        parent = node.parent
        if node.tag != "-text" or parent is None or parent.tag in _UNSHOWN:
            continue
        text = compare_key(node.text_content or "")
        if key in text and len(key) >= _VALUE_SHARE * len(text):
            return parent
    return None


def _innermost(element: LexborNode, key: str) -> LexborNode:
    """The deepest element under ``element`` whose text still holds ``key``."""
    current = element
    while True:
        inner = next(
            (c for c in current.iter() if key in compare_key(c.text(deep=True, separator=" "))),
            None,
        )
        if inner is None:
            return current
        current = inner


def _shown(value: str | datetime) -> str:
    return value.isoformat() if isinstance(value, datetime) else value


def annotated_page(
    page: ParsedPage,
    decisions: BodyDecisions,
    blocks: Sequence[BlockDecision],
    marks: Sequence[FieldMark],
) -> str:
    """The page's body marked up with the report's marks, sanitized: safe to show.

    A block's mark goes on each node its text is in; loose text is wrapped in a ``<span>``
    to carry it, so that a container's other blocks keep their own marks.
    """
    root = page.body or page.root
    if root is None:
        return ""
    for node in root.traverse():
        for name in [n for n in node.attributes if n in _MARKS or n == "title"]:
            del node.attrs[name]
    for element in decisions.region:
        element.attrs["data-nx-region"] = "content region"
    block_targets = [
        (block, [_Target(part) for part in block.parts or (block.element,)]) for block in blocks
    ]
    mark_targets = [(mark, _Target(mark.element)) for mark in marks]
    wrapped: dict[int, LexborNode] = {}
    for target in itertools.chain(
        (t for _, targets in block_targets for t in targets), (t for _, t in mark_targets)
    ):
        target.wrap(wrapped)
    tips: dict[int, list[str]] = {}
    for block, targets in block_targets:
        for target in targets:
            node = target.node
            # A node holding several blocks (a list of runs) shows kept if one of them is.
            if node.attributes.get("data-nx-block") != "kept":
                node.attrs["data-nx-block"] = "kept" if block.kept else "dropped"
            if not block.kept:
                tips.setdefault(target.key, []).append(f"dropped: {block.reason}")
    labels: dict[int, list[str]] = {}
    for mark, target in mark_targets:
        fields = labels.setdefault(target.key, [])
        if mark.field.value not in fields:
            fields.append(mark.field.value)
        target.node.attrs["data-nx-field"] = " ".join(fields)
        tips.setdefault(target.key, []).append(f"{mark.field.value}: {mark.value}")
    for target in itertools.chain(
        (t for _, targets in block_targets for t in targets), (t for _, t in mark_targets)
    ):
        if target.key in tips:
            target.node.attrs["title"] = "\n".join(dict.fromkeys(tips[target.key]))
    return sanitize(root.html or "")


class _Target:
    """A node to mark; a text node is replaced by a ``<span>`` holding its text, once."""

    def __init__(self, node: LexborNode) -> None:
        self.key = node.mem_id  # read before any node is replaced (and its memory reused)
        self.node = node
        self.text = node.tag == "-text"

    def wrap(self, wrapped: dict[int, LexborNode]) -> None:
        if self.text and self.key not in wrapped:
            span = LexborHTMLParser("<span></span>").css_first("span")
            assert span is not None
            self.node.insert_before(span)
            inserted = self.node.prev
            assert inserted is not None
            inserted.insert_child(self.node.text_content or "")
            self.node.decompose()
            wrapped[self.key] = inserted
        if self.text:
            self.node = wrapped[self.key]


def sanitize(fragment: str) -> str:
    """Only plain document elements and the report's marks: no script, handler or URL."""
    return nh3.clean(
        fragment,
        tags=set(nh3.ALLOWED_TAGS) | _EXTRA_TAGS,
        clean_content_tags=set(_REMOVED_WITH_CONTENT),
        attributes={tag: set(names) for tag, names in _ALLOWED_ATTRIBUTES.items()},
        url_schemes=set(),
        link_rel=None,
        strip_comments=True,
    )


# The marks' look, in the page's frame. Kept blocks: a green outline; dropped ones: grey and
# struck through lightly; field winners: an orange outline with the field's name above.
_PAGE_CSS = """
body { font: 16px/1.5 Georgia, serif; margin: 1.5em; color: #111; max-width: 52em; }
a { color: #1a4fa0; text-decoration: underline; }
img { display: inline-block; min-width: 3em; min-height: 1.5em; border: 1px dashed #bbb; }
table { border-collapse: collapse; } td, th { border: 1px solid #ddd; padding: .2em .4em; }
[data-nx-region] { outline: 2px dashed #4a7bd0; outline-offset: 6px; }
[data-nx-block="kept"] { outline: 2px solid #1e9e3e; outline-offset: 1px; color: #111; }
[data-nx-block="dropped"] { color: #9a9a9a; background: #f2f2f2; }
[data-nx-block="dropped"] * { color: inherit; }
[data-nx-field] { outline: 3px solid #e07b00; outline-offset: 2px; }
[data-nx-field]::before {
  content: attr(data-nx-field); display: inline-block; margin-right: .4em; padding: 0 .35em;
  font: bold 11px/1.6 sans-serif; color: #fff; background: #e07b00; border-radius: 3px;
  vertical-align: middle;
}
"""

_REPORT_CSS = """
body { font: 14px/1.45 system-ui, sans-serif; margin: 0; color: #222; }
header { padding: .8em 1.2em; background: #f4f6f8; border-bottom: 1px solid #dde; }
header h1 { font-size: 1.2em; margin: 0 0 .3em; }
header p { margin: .2em 0; }
.legend span { display: inline-block; margin-right: 1.2em; }
.key { display: inline-block; width: 1.4em; height: .9em; vertical-align: middle; }
.key.kept { outline: 2px solid #1e9e3e; }
.key.dropped { background: #e4e4e4; }
.key.field { outline: 3px solid #e07b00; }
.key.region { outline: 2px dashed #4a7bd0; }
.panes { display: flex; flex-wrap: wrap; gap: 1em; padding: 1em; }
.page { flex: 1 1 36em; min-width: 0; }
.page iframe { width: 100%; height: 85vh; border: 1px solid #ccd; background: #fff; }
.tables { flex: 1 1 36em; min-width: 0; max-height: 90vh; overflow: auto; font-size: 13px; }
table { border-collapse: collapse; width: 100%; margin-bottom: 1.5em; }
th, td { border: 1px solid #dde; padding: .25em .45em; text-align: left; vertical-align: top; }
th { background: #f4f6f8; }
tr.chosen td { background: #fff6e6; font-weight: 600; }
tr.kept td.verdict { color: #1e7e34; }
tr.dropped td { color: #777; }
td.value { min-width: 10em; max-width: 24em; overflow-wrap: break-word; }
td.why { min-width: 12em; }
"""


def _document(
    article: Article,
    decisions: BodyDecisions,
    blocks: Sequence[BlockDecision],
    resolutions: Sequence[FieldResolution],
    marks: Sequence[FieldMark],
    annotated: str,
) -> str:
    marked = {mark.field for mark in marks}
    kept = sum(block.kept for block in blocks)
    inner = (
        f'<!doctype html><html><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{escape(_CSP)}">'
        f"<style>{_PAGE_CSS}</style></head><body>{annotated}</body></html>"
    )
    title = article.title or article.url or "page"
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{escape(_CSP)}">
<meta name="referrer" content="no-referrer">
<title>newsextract explain: {escape(title)}</title>
<style>{_REPORT_CSS}</style></head>
<body>
<header>
<h1>newsextract explain</h1>
<p>page: {escape(article.url or "(no URL)")} · rule: {escape(article.rule or "none (generic)")}
 · body: {escape(article.provenance.get("body", "none"))}, {kept} blocks kept,
 {len(blocks) - kept} dropped</p>
<p class="legend"><span><i class="key kept"></i> kept in the body</span>
<span><i class="key dropped"></i> dropped (hover for the reason)</span>
<span><i class="key field"></i> a field's value, labelled</span>
<span><i class="key region"></i> the chosen content region</span></p>
</header>
<div class="panes">
<section class="page"><iframe sandbox title="the page, annotated" srcdoc="{escape(inner)}"></iframe>
</section>
<section class="tables">
<h2>Fields</h2>
{_fields_table(resolutions, marked)}
<h2>Body blocks</h2>
{_blocks_table(blocks)}
</section>
</div>
</body></html>
"""


def _fields_table(resolutions: Sequence[FieldResolution], marked: set[ArticleField]) -> str:
    rows = []
    for resolution in resolutions:
        if resolution.chosen is None and not resolution.rejected:
            continue
        field = resolution.field
        if resolution.chosen is not None:
            where = _where(resolution.chosen)
            if field in marked:
                where += " · marked on the page"
            verdict = "chosen" + (
                f" → {_value(resolution.value)}"
                if resolution.value != resolution.chosen.value
                else ""
            )
            rows.append(_field_row(field, resolution.chosen, where, verdict, "chosen"))
        for rejection in resolution.rejected:
            candidate = rejection.candidate
            rows.append(_field_row(field, candidate, _where(candidate), rejection.reason, ""))
    header = "<tr><th>field</th><th>value</th><th>source</th><th>where</th><th>verdict</th></tr>"
    return f'<table class="fields"><thead>{header}</thead><tbody>{"".join(rows)}</tbody></table>'


def _field_row(
    field: ArticleField, candidate: Candidate, where: str, verdict: str, css: str
) -> str:
    return (
        f'<tr class="{css}" data-field="{escape(field.value)}"><td>{escape(field.value)}</td>'
        f'<td class="value">{escape(_value(candidate.value))}</td>'
        f"<td>{escape(candidate.origin.value)}</td><td>{escape(where)}</td>"
        f'<td class="why">{escape(verdict)}</td></tr>'
    )


_WHERE = {
    "jsonld": "JSON-LD {detail}",
    "microdata": "microdata itemprop={detail}",
    "opengraph": '<meta property="{detail}">',
    "meta": '<meta name="{detail}">',
    "html": "markup: {detail}",
    "text": "visible text: {detail}",
    "url": "the URL's {detail}",
    "rule": "site rule {detail}",
}


def _where(candidate: Candidate) -> str:
    """Where on the page a candidate was read, in words."""
    template = _WHERE.get(candidate.origin.value)
    if template is None or not candidate.detail:
        return candidate.provenance
    return template.format(detail=candidate.detail)


def _value(value: object) -> str:
    if isinstance(value, tuple):
        return "; ".join(str(item) for item in value)
    if isinstance(value, datetime):
        return value.isoformat()
    return "" if value is None else str(value)


def _blocks_table(blocks: Sequence[BlockDecision]) -> str:
    rows = []
    for number, block in enumerate(blocks, 1):
        text = block.text if len(block.text) <= _EXCERPT else block.text[:_EXCERPT] + "…"
        css = "kept" if block.kept else "dropped"
        verdict = "kept" if block.kept else f"dropped: {block.reason}"
        rows.append(
            f'<tr class="{css}"><td>{number}</td><td>{escape(block.kind.name.lower())}</td>'
            f'<td class="verdict">{escape(verdict)}</td><td>{escape(text)}</td></tr>'
        )
    header = "<tr><th>#</th><th>kind</th><th>verdict</th><th>text</th></tr>"
    return f'<table class="blocks"><thead>{header}</thead><tbody>{"".join(rows)}</tbody></table>'


__all__ = [
    "FieldMark",
    "annotated_page",
    "explain_report",
    "field_marks",
    "pipeline_decisions",
    "render_report",
    "sanitize",
]
