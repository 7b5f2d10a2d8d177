"""The one options object of ``extract``, checked when it is made.

A value an option does not take (``favor="fast"``, ``date_search="no"``) raises
``OptionError`` naming the option and what it takes, at the call that made it, rather than
passing silently or failing deep inside the pipeline.
"""

from __future__ import annotations

import reprlib
from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, Literal, TypedDict, get_args

import attrs

from newsextract.errors import OptionError

if TYPE_CHECKING:
    from newsextract.rules.model import SiteRule
    from newsextract.rules.registry import RuleRegistry

Favor = Literal["balanced", "precision", "recall"]
BodyMethod = Literal["auto", "newsextract", "trafilatura", "none"]

_Validator = Callable[[Any, "attrs.Attribute[Any]", Any], None]


def _option(check: _Validator, allowed: str) -> _Validator:
    """``check`` (one of attrs' validators), raising ``OptionError`` that says what is allowed."""

    def validate(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        try:
            check(instance, attribute, value)
        except (TypeError, ValueError):
            pass
        else:
            return
        # Raised outside the handler, so the error carries no attrs error as its context:
        # that one holds this closure, which cannot be pickled back from a Dask worker.
        name = attribute.name
        raise OptionError(
            f"invalid option {name}={reprlib.repr(value)}: {name} takes {allowed}",
            field=name,
            allowed=allowed,
        )

    return validate


def _one_of(values: tuple[object, ...]) -> _Validator:
    return _option(attrs.validators.in_(values), "one of " + ", ".join(map(repr, values)))


_BOOL = _option(attrs.validators.instance_of(bool), "True or False")
# ISO 639-1: the two-letter codes ``Article.language`` holds, so the hint and the page agree.
_LANGUAGE = _option(
    attrs.validators.optional(attrs.validators.matches_re(r"[a-z]{2}")),
    "a two-letter ISO 639-1 code such as 'en', or None",
)


def _lower(value: str | None) -> str | None:
    return value.lower() if isinstance(value, str) else value


def _rules(value: Iterable[SiteRule] | RuleRegistry) -> Any:
    """A list of rules as a tuple; anything else as it is, for ``_RULES`` to judge."""
    from newsextract.rules.registry import RuleRegistry

    if isinstance(value, (RuleRegistry, str, bytes)):
        return value  # a string is refused as it is, not read as a list of its letters
    try:
        return tuple(value)
    except TypeError:
        return value


def _are_rules(_: Any, __: attrs.Attribute[Any], value: Any) -> None:
    from newsextract.rules.model import SiteRule
    from newsextract.rules.registry import RuleRegistry

    if isinstance(value, RuleRegistry):
        return
    if not isinstance(value, tuple) or not all(isinstance(rule, SiteRule) for rule in value):
        raise TypeError("not site rules")


def _is_instant(_: Any, __: attrs.Attribute[Any], value: Any) -> None:
    """A datetime that exists in UTC: "0001-01-01T05:00+14:00" is a day before the calendar's
    first, and reckoning back from it failed the whole extraction."""
    if value is None:
        return
    if not isinstance(value, datetime):
        raise TypeError("not a datetime")
    if value.tzinfo is not None:
        try:
            value.astimezone(UTC)
        except OverflowError:
            raise ValueError("outside years 1 to 9999 in UTC") from None


_RULES = _option(_are_rules, "a list of SiteRule or a RuleRegistry")
_INSTANT = _option(_is_instant, "a datetime that exists in UTC, or None")


@attrs.frozen(kw_only=True)
class ExtractOptions:
    """How ``extract`` works on a page. A value an option does not take raises ``OptionError``.

    ``favor`` (``"balanced"``, ``"precision"``, ``"recall"``) leans the body extractor towards
    precision (less boilerplate, may cut a paragraph) or recall (every paragraph, may keep some
    boilerplate). ``body`` (``"auto"``, ``"newsextract"``, ``"trafilatura"``, ``"none"``) picks
    the body extractor: ``auto`` is newsextract's own with trafilatura as the fallback when it
    finds nothing; ``none`` skips the body for metadata-only runs. ``date_search`` (a bool) lets
    the date vote read dates written in words and search the page for its date (``page_dates``)
    when the page's machine-readable dates are missing or disagree; switch it off for speed when
    metadata dates suffice. ``language`` is a hint, a two-letter ISO 639-1 code (``"en"``; upper
    case is lowered), used when the page does not say. ``rules`` are site rules that take
    precedence over the installed and built-in ones (a list of ``SiteRule`` or a
    ``RuleRegistry``); ``default_rules=False`` leaves the installed and built-in ones out.
    ``fetched_at`` (a ``datetime``; without an offset, UTC) is when the page was fetched: a
    page dated only by a relative stamp ("3 hours ago") is dated back from it, as precise as
    the stamp (the hour, the day). The fetcher, WARC records (``WARC-Date``) and batch runs
    give it; in a batch, an input's own capture time wins over this one, which serves saved
    files. ``extract`` never reads the clock, so without it such a page has no date.
    """

    favor: Favor = attrs.field(default="balanced", validator=_one_of(get_args(Favor)))
    body: BodyMethod = attrs.field(default="auto", validator=_one_of(get_args(BodyMethod)))
    date_search: bool = attrs.field(default=True, validator=_BOOL)
    language: str | None = attrs.field(default=None, converter=_lower, validator=_LANGUAGE)
    rules: tuple[SiteRule, ...] | RuleRegistry = attrs.field(
        default=(), converter=_rules, validator=_RULES, eq=False
    )
    default_rules: bool = attrs.field(default=True, validator=_BOOL)
    fetched_at: datetime | None = attrs.field(default=None, validator=_INSTANT)


def options_from(options: ExtractOptions | None = None, **keywords: Any) -> ExtractOptions:
    """The options of one call: ``options``, or an ``ExtractOptions`` of the keywords given.

    A keyword left at ``None`` is not given. Giving both is a ``TypeError``, as for any call
    Python cannot make sense of: which of the two should win would be a guess.
    """
    given = {name: value for name, value in keywords.items() if value is not None}
    if options is None:
        return ExtractOptions(**given)
    if given:
        raise TypeError(
            f"pass options either as keywords ({', '.join(sorted(given))}) or as"
            " options=ExtractOptions(...), not both"
        )
    if not isinstance(options, ExtractOptions):
        raise OptionError(
            f"invalid option options={reprlib.repr(options)}: options takes an ExtractOptions",
            field="options",
            allowed="an ExtractOptions",
        )
    return options


class ExtractKeywords(TypedDict, total=False):
    """The keywords of ``extract``, for functions that hand them on (``extract_url``), so an
    editor and mypy check them there too."""

    options: ExtractOptions | None
    favor: Favor | None
    body: BodyMethod | None
    date_search: bool | None
    language: str | None
    rules: Iterable[SiteRule] | RuleRegistry | None
    default_rules: bool | None
    fetched_at: datetime | None
