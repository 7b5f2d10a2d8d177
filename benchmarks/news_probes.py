"""Score newsextract (and trafilatura) on the invented probe pages of
``tests/body/news_probes.py`` (news) or ``tests/body/nonnews_probes.py`` (other kinds of
page, ``--set nonnews``): lines the body must hold and lines it must not.

    .venv/bin/python benchmarks/news_probes.py [--set nonnews] [--trafilatura] [--failures]

newsextract's text is its lead and body (a standfirst is kept apart as ``lead``). Prints,
per tool, the share of probes passed whole, the share of must-lines found (recall) and the
share of must-not lines kept out (precision); ``--failures`` lists what each failing probe
missed or kept. The probes are invented pages, not evaluation data, so they may be read
while fixing; they stand for publishers and languages the dev sets lack.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import newsextract

PROBE_DIR = Path(__file__).resolve().parent.parent / "tests" / "body"
PROBE_SETS = {
    "news": "news_probes",
    "nonnews": "nonnews_probes",
    # round 53's blind pages alone, to see how pages no one tuned for fare
    "blind": "nonnews_probes.blind_pages",
    # round 54's blind pages of site builders' and frameworks' markup
    "builder": "nonnews_probes.builder_pages",
    # round 56's blind stories interrupted between their paragraphs (kept apart so the news
    # set's total stays comparable across rounds)
    "interruptions": "news_probes.interruptions",
    # round 57's blind pages whose text is short and whose furniture is long (briefs over
    # related stories, products over reviews, answers over comments)
    "short": "news_probes.short_texts",
    # round 58's blind copies of stories as other tools render them (web archives' replays
    # and snapshots, AMP, print, text-only and reader views, partners' syndicated copies,
    # feed items, newsletters, instant articles, search caches)
    "copies": "news_probes.copies",
    # round 58's blind bodies in scripts of other widths (CJK, Thai and its neighbours
    # without spaces, the wide Indic scripts, Ethiopic, Georgian, Armenian, right-to-left)
    "scripts": "news_probes.scripts",
    # round 58's blind pages carrying more than one article (infinite scroll, "read next"
    # stories, a blog's previous post, digests, translations)
    "multi": "news_probes.multi_articles",
    # round 59's blind articles whose text is split over several containers (columns,
    # parts around an insert, collapsed remainders, tabs, notes, pages, paragraph wrappers)
    "split": "news_probes.split_text",
    # round 56's blind pages of technical and reference generators' markup
    "technical": "nonnews_probes.technical_pages",
    # round 59's blind pages of kinds no earlier probe had (patents, tenders, verbatim
    # records, listings, menus, web novels, plays, proverbs, lecture notes, errata ...)
    "kinds": "nonnews_probes.unseen_kinds",
    # round 60's blind pages whose content is mostly links or looks like furniture (link
    # roundups, bibliographies, glossaries, changelogs, wiki text) beside link furniture
    "linkdense": "nonnews_probes.link_dense",
    # round 60's blind furniture written as full sentences (consent notices, sign-up and
    # donation asks, bios, ethics and disclaimer notes, comments, boilerplate) in stories
    "prosefurniture": "news_probes.prose_furniture",
    # round 61's blind furniture that only its words tell (bare cookie paragraphs, asks in
    # the text's own class, disclosures, promotions, republishing notes, callouts) beside
    # stories whose content uses the same words
    "furniturewords": "news_probes.furniture_words",
    # round 62's blind non-news pages with the furniture their templates put around the text
    # (author cards, archive widgets, rating boxes, shipping blocks, forum signatures, docs'
    # feedback strips, navboxes, registration boxes, related lists)
    "leaveout": "nonnews_probes.leave_out",
    # round 63's blind non-news pages whose text is easy to lose (long documents, FAQs,
    # glossaries, changelogs, spec tables, syllabi, minutes, threads, homepages, records,
    # manuals, anthologies, cards)
    "recall": "nonnews_probes.recall",
    # wave 66's blind pages of common kinds (stories with galleries, notices, recipes,
    # products, threads, answers, docs, wikis, episodes, events) in little-probed languages
    "blind66": "nonnews_probes.blind66",
    # wave 66b's blind pages in layouts the probes used little (ad slots, <br> text, layout
    # tables, rails, page 2, live posts, Q&A, captions, transcripts, glossaries, changelogs)
    "blind66b": "nonnews_probes.blind66b",
    # wave 67's blind pages of the trafilatura set's kinds beside news (Q&A, recipes,
    # products, blogs with comments, threads, docs, wikis, events, releases, FAQs, minutes)
    "blind67": "nonnews_probes.blind67",
    # wave 67c's blind long and structured pages (sections between ads, tables, steps,
    # changelogs, glossaries, interviews, verse, threads, embeds, layout tables, teasers)
    "blind67c": "nonnews_probes.blind67c",
    # wave 68b's blind non-news kinds the earlier kits met little (abstract pages, forms
    # pages, syllabi, programmes, API references, listings, show notes, line-ups, lyrics)
    "blind68b": "nonnews_probes.blind68b",
    # wave 68c's blind long pages on unusual skeletons (no <article>, layout tables, custom
    # elements, role=main, <br> prose, <dl>, <details>, steps and chapters between figures)
    "blind68c": "nonnews_probes.blind68c",
    # wave 68l's blind live pages (summary boxes, pinned entries, share buttons, tickers,
    # sports minute marks, results tables) in seventeen languages
    "blind68l": "nonnews_probes.blind68l",
    # wave 69s's blind pages whose content is structure (API references, changelogs, FAQs,
    # rowspan and colspan tables, results, timelines, glossaries, poems, interviews, notes)
    "blind69s": "nonnews_probes.blind69s",
    # wave 70's blind stories with furniture inside their own container, in the page's
    # language ("advertisement" labels in 23 languages, sign-up boxes, appeals, players)
    "blind70p": "news_probes.blind70p",
    # wave 73's blind live blogs whose intro stands apart from the entries, and lists of
    # winners under category headings, in ten languages (fundus-eval A's remaining shapes)
    "blind73f": "news_probes.blind73f",
    # wave 73's blind pages of the kinds the trafilatura set's snippets hold beside news
    # (recipes, shops, forums, docs, wikis, blogs with comments, listings, events)
    "blind73s": "nonnews_probes.blind73s",
    # wave 74's blind release notes, notices, episodes, courses, verse, guides and papers
    "blind74s": "nonnews_probes.blind74s",
    # wave 75's blind pages of kinds beside news whose content is a table, a record or text
    # outside <p> (changelog tables, results, timetables, claims, laws, menus, lyrics, ...)
    "blind75s": "nonnews_probes.blind75s",
    # wave 75's blind news stories in twenty little-probed languages with the furniture news
    # templates set inside the article's container (captions, credits, "read also" teasers,
    # sign-ups, embeds, topics lines, bios, comment prompts, paywall teasers)
    "blind75": "news_probes.blind75",
    # wave 76's blind news stories in ten little-probed languages in six layouts the earlier
    # rounds lacked (teaser cards of the same site, sign-up and product boxes in a review, a
    # correction note, bold interview questions, explainers with a fact box, an opinion's bio
    # card at the top, a web archive's toolbar, text continued after an ad slot sibling)
    "blind76": "news_probes.blind76",
    # wave 76's blind pages of kinds beside news in forty-one languages (bulletins, notices,
    # adverts, help and reference pages, forums, shops, prose outside <p>, repeated lines)
    "blind76s": "nonnews_probes.blind76s",
    # wave 77's blind long structured pages (encyclopedia articles, API references of four
    # doc generators, long-reads between figures, spec sheets, bulletins of tables, laws,
    # tutorials with <pre>, <dl> syllabi, <br> text) in forty-four languages
    "blind77l": "nonnews_probes.blind77l",
    # wave 77's blind news stories in seven languages no round used (be, mk, sq, is, ga, cy,
    # bn) in nine layouts: live blogs under a "key events" list, photo essays in figures,
    # charts' fallback tables, "what we know" boxes, line-ups, "survived by" lists,
    # transcripts, AMP pages, glued spans; readers' comments, credits, sponsored and
    # syndication notes, ad and share labels around them; then ne, pa, ha and ps (written
    # after the first batch's fixes)
    "blind77": "news_probes.blind77",
    # wave 77's blind pages of kinds beside news in forty-three languages (homepages, CVs,
    # records, listings, programmes, verse with repeats, list archives, Q&A, reviews with pros
    # and cons, recipes with step photos, blogs with tag clouds, author boxes, related posts)
    "blind77s": "nonnews_probes.blind77s",
}

Extractor = Callable[[str, str], str]


def load_probes(name: str = "news_probes") -> ModuleType:
    """A probe package, imported from the tests folder (no package itself: its folder goes
    on the path, as pytest puts it there)."""
    if str(PROBE_DIR) not in sys.path:
        sys.path.insert(0, str(PROBE_DIR))
    return importlib.import_module(name)


def ours(html: str, url: str) -> str:
    """The body with the lead before it: a standfirst (a live blog's intro) is kept apart
    as ``lead`` by design, and is the article's text all the same."""
    article = newsextract.extract(html, url=url)
    return "\n\n".join(part for part in (article.lead, article.body) if part)


def theirs(html: str, url: str) -> str:
    import trafilatura

    return trafilatura.extract(html, url=url, include_comments=False) or ""


def run(name: str, extract: Extractor, probes: list, show: bool) -> None:  # type: ignore[type-arg]
    passed = found = musts = leaked = must_nots = 0
    for probe in probes:
        body = extract(probe.html, probe.url)
        missed = [line for line in probe.must if line not in body]
        kept = [line for line in probe.must_not if line in body]
        passed += not missed and not kept
        found += len(probe.must) - len(missed)
        musts += len(probe.must)
        leaked += len(kept)
        must_nots += len(probe.must_not)
        if show and (missed or kept):
            print(f"  {name} {probe.name}: missed {missed} kept {kept}")
    print(
        f"{name}: passed {passed}/{len(probes)}  must found {found}/{musts} "
        f"({found / musts:.3f})  must-not kept out {must_nots - leaked}/{must_nots} "
        f"({(must_nots - leaked) / must_nots:.3f})"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", choices=sorted(PROBE_SETS), default="news")
    parser.add_argument("--trafilatura", action="store_true")
    parser.add_argument("--failures", action="store_true")
    args = parser.parse_args()
    probes = load_probes(PROBE_SETS[args.set]).PROBES
    run("newsextract", ours, probes, args.failures)
    if args.trafilatura:
        run("trafilatura", theirs, probes, args.failures)


if __name__ == "__main__":
    main()
