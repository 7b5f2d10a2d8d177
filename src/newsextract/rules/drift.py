"""Drift: noticing that a site changed and its rule stopped matching.

A batch run feeds every article to a ``DriftMonitor``; per rule and field it counts how often
the rule's own selectors filled the field. A field the rule used to fill that now comes out
from elsewhere (or empty) marks the rule as stale: the site's layout probably changed.
"""

from __future__ import annotations

from collections import defaultdict, deque
from collections.abc import Iterable

import attrs

from newsextract.article import Article
from newsextract.rules.model import SiteRule


@attrs.frozen(kw_only=True)
class FieldDrift:
    rule: str
    field: str
    pages: int
    hit_rate: float
    recent_hit_rate: float


class DriftMonitor:
    """Per rule and field: how often the rule filled the field, overall and recently."""

    def __init__(self, rules: Iterable[SiteRule], *, window: int = 50, min_pages: int = 20) -> None:
        self._fields = {
            rule.name: tuple(rule.fields) + (("body",) if rule.body else ()) for rule in rules
        }
        self._window = window
        self._min_pages = min_pages
        self._hits: dict[tuple[str, str], int] = defaultdict(int)
        self._pages: dict[str, int] = defaultdict(int)
        self._recent: dict[tuple[str, str], deque[bool]] = defaultdict(lambda: deque(maxlen=window))

    def record(self, article: Article) -> None:
        if article.rule is None or article.rule not in self._fields:
            return
        self._pages[article.rule] += 1
        tag = f"rule:{article.rule}"
        for field in self._fields[article.rule]:
            hit = article.provenance.get(field) == tag
            self._hits[(article.rule, field)] += hit
            self._recent[(article.rule, field)].append(hit)

    def report(self) -> list[FieldDrift]:
        out = []
        for (rule, field), hits in sorted(self._hits.items()):
            recent = self._recent[(rule, field)]
            out.append(
                FieldDrift(
                    rule=rule,
                    field=field,
                    pages=self._pages[rule],
                    hit_rate=hits / self._pages[rule],
                    recent_hit_rate=sum(recent) / len(recent) if recent else 0.0,
                )
            )
        return out

    def stale(self, *, threshold: float = 0.2) -> list[FieldDrift]:
        """Fields whose recent hit rate fell below ``threshold`` once enough pages were seen."""
        return [
            d for d in self.report() if d.pages >= self._min_pages and d.recent_hit_rate < threshold
        ]
