"""Site rules as plain records: what a rule matches and what it says per field."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

import attrs

from newsextract.article import METADATA_FIELDS
from newsextract.browser_urls import ascii_host
from newsextract.errors import RuleError
from newsextract.page import ParsedPage
from newsextract.rules import patterns

if TYPE_CHECKING:
    from pathlib import Path

#: Article fields a rule may fill (the body has its own ``BodyRule``).
RULE_FIELDS = frozenset(METADATA_FIELDS)
LIST_FIELDS = frozenset({"authors", "tags", "categories"})
DATE_FIELDS = frozenset({"published", "modified"})

#: A Python hook: given the page, return the field's value (str, list of str, or None).
FieldHook = Callable[[ParsedPage], Any]


# A host name's labels: letters and digits of any script (an IDN), hyphens and underscores,
# joined by single dots. "*", "*.example.org", "http://example.org/", "example.org:8080" or a
# space name no host: the rule loaded and matched no page, silently.
_HOST = re.compile(r"[\w-]+(?:\.[\w-]+)*")


def host_problem(domain: object) -> str | None:
    """Why ``domain`` (as a rule writes it) names no host, or None when it names one."""
    if not isinstance(domain, str):
        return f"must be a string, not {type(domain).__name__}"
    if not _HOST.fullmatch(normal_domain(domain)) and not _is_ipv6(domain):
        return f"{domain!r} names no host (a domain such as 'example.org' matches its subdomains)"
    return None


def _is_ipv6(domain: str) -> bool:
    """Whether ``domain`` is an IPv6 address, the host a URL's ``[::1]`` gives."""
    import ipaddress  # on a rule's load only

    try:
        return ipaddress.ip_address(domain).version == 6
    except ValueError:
        return False


def normal_domain(domain: str) -> str:
    """``domain`` as a page's host is compared with it: lower case, without the dot before
    (".example.org", a cookie's spelling) or after it ("example.org.", the DNS root's), an
    internationalised name in ASCII (``ascii_host``: "bücher.example" is the host a browser
    opens as "xn--bcher-kva.example")."""
    return ascii_host(domain.lstrip("."))


def _domains(value: Any) -> tuple[str, ...]:
    return tuple(normal_domain(d) if isinstance(d, str) else d for d in _tuple(value))


def _tuple(value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    return tuple(value)


@attrs.frozen(kw_only=True)
class FieldRule:
    """How a rule reads one field: the first selector that matches wins.

    ``attribute`` reads an attribute instead of the text (``content``, ``datetime``...);
    ``regex`` keeps its first group (or the whole match); ``transforms`` are applied in order
    (see ``newsextract.rules.transforms``); list fields take every match unless ``first``.
    A ``hook`` replaces all of this with Python for what selectors cannot say.
    """

    selectors: tuple[str, ...] = attrs.field(default=(), converter=_tuple)
    attribute: str | None = None
    regex: str | None = attrs.field(default=None)
    transforms: tuple[str, ...] = attrs.field(default=(), converter=_tuple)
    first: bool = False
    hook: FieldHook | None = attrs.field(default=None, eq=False)

    @regex.validator
    def _check_regex(self, _: attrs.Attribute[str | None], value: str | None) -> None:
        if value is not None:
            try:
                patterns.compiled(value)
            except ValueError as exc:  # a RuleError, as a rule file's bad regex is
                raise RuleError(f"invalid regex {value!r}: {exc}", key="regex") from exc


@attrs.frozen(kw_only=True)
class BodyRule:
    """The body's containers (in order, all kept) and what to drop inside them."""

    containers: tuple[str, ...] = attrs.field(default=(), converter=_tuple)
    drop: tuple[str, ...] = attrs.field(default=(), converter=_tuple)


@attrs.frozen(kw_only=True)
class GoldenCase:
    """A saved page and the fields it must give (a JSON file of Article fields)."""

    html: Path
    expected: Path
    url: str | None = None
    #: The rule file's folder, which the case's files must not lead out of (by a symbolic
    #: link); None for a case built in code.
    folder: Path | None = None


@attrs.frozen(kw_only=True)
class SiteRule:
    """A site's (or a CMS family's) extraction rule.

    It matches a page when the URL's host is one of ``domains`` or below it (empty: any
    host), the URL path matches one of ``paths`` (regexes; empty: any), and the page has
    the ``signature`` selector (if given). ``valid_from``/``valid_until`` limit it to pages
    published in that range: several versions of a site's rule can live side by side.
    It overrides only the fields it defines; the rest stays generic.
    """

    name: str
    domains: tuple[str, ...] = attrs.field(default=(), converter=_domains)
    paths: tuple[str, ...] = attrs.field(default=(), converter=_tuple)
    signature: str | None = None
    valid_from: date | None = None
    valid_until: date | None = None
    priority: int = 0
    fields: Mapping[str, FieldRule] = attrs.field(factory=dict)
    body: BodyRule | None = None
    tests: tuple[GoldenCase, ...] = ()
    origin: str = "python"  # where it was loaded from: builtin, entry point, a file path

    @fields.validator
    def _check_fields(
        self, _: attrs.Attribute[Mapping[str, FieldRule]], value: Mapping[str, FieldRule]
    ) -> None:
        unknown = set(value) - RULE_FIELDS
        if unknown:
            raise RuleError(f"unknown field(s) {sorted(unknown)}; known: {sorted(RULE_FIELDS)}")

    def __attrs_post_init__(self) -> None:
        """A rule built in Python is checked for its types as a rule file is for its keys:
        a ``body`` of selectors, a field given as a selector, a ``valid_from`` as text or a
        ``priority`` as a word ended every page it matched with an ``ExtractionError``
        (an AttributeError or TypeError deep in the pipeline)."""
        expected = {
            "name": (str,),
            "signature": (str, type(None)),
            "valid_from": (date, type(None)),
            "valid_until": (date, type(None)),
            "body": (BodyRule, type(None)),
        }
        for key, types in expected.items():
            value = getattr(self, key)
            if not isinstance(value, types) or isinstance(value, datetime):
                names = " or ".join("None" if t is type(None) else t.__name__ for t in types)
                raise RuleError(f"rule {key} must be {names}, not {type(value).__name__}")
        for index, domain in enumerate(self.domains):
            problem = host_problem(domain)
            if problem is not None:
                raise RuleError(f"rule domains[{index}] {problem}")
        if not isinstance(self.priority, int) or isinstance(self.priority, bool):
            raise RuleError(f"rule priority must be int, not {type(self.priority).__name__}")
        for field, spec in self.fields.items():
            if not isinstance(spec, FieldRule):
                raise RuleError(
                    f"rule field {field!r} must be a FieldRule, not {type(spec).__name__}"
                )

    @property
    def is_family(self) -> bool:
        """A rule for a CMS family (matched by signature alone), not for one site."""
        return not self.domains
