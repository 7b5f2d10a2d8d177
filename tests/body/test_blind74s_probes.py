"""The blind74s round (``nonnews_probes.blind74s``, wave 74, issue 11): release notes,
notices, press releases, obituaries, events, job ads, episode pages, courses, manuals and
FAQs, poetry and lyrics, travel guides, abstract pages and archived newsletters in
twenty-two languages, page kinds and shapes the earlier non-news kits do not hold."""

from __future__ import annotations

import pytest
from news_probes.pages import Probe
from nonnews_probes.blind74s import PROBES
from probe_checks import check_probe_body, probe_cases

# Probes newsextract fails, each with why: kept as strict xfails so a fix shows.
# Blind figures (before any fix, 40 pages, 22 languages, 155 must-lines, 405 must-nots, run
# on main's tree at 47c6181a): newsextract 25/40 (149/155 must-lines, 12 must-nots kept),
# trafilatura 11/40 (146/155, 51 must-nots kept: apply, calendar and ticket buttons, a
# newsletter's "view in browser" and unsubscribe lines, press contacts, metrics, feedback
# strips, a video page's view and subscriber counts and comments).
# Fixed by method (32/40 after, 149/155 must-lines, 3 must-nots kept):
# - a company's "about" boilerplate whose label is a bold line over a <br> with no colon
#   ("Sobre l'Associació d'Editors del Vallès", "■ 한빛도서관재단 소개"): the label may end
#   at a line break inside its paragraph, its name may hold short joining words after its
#   first and caseless scripts' words, Korean's "소개" follows it, Chinese glues "关于" to
#   the name (``disclaimers._about_label``, ``data/disclaimers.toml``);
# - a course's enrol box ("course-enrol") and instructor card ("instructor-card"), an
#   obituary's guest book ("guestbook") are furniture by their class (``class_names``);
# - a Latvian "was this helpful?" strip, a Persian ask to rate ("امتیاز دهید") and an
#   Icelandic guest book's heading ("Minningabók") are language words (``prompts``,
#   ``comments``).
_KNOWN_FAILURES: dict[str, str] = {
    "b74s_es_podcast_guest_links_and_sponsor": (
        "an episode's show notes' 'Enlaces mencionados' list, every item a link: it reads as"
        " a list of links after the text (a related box's shape); only a heading naming"
        " mentioned links could tell it, and such headings name related boxes too"
    ),
    "b74s_pl_github_like_release_with_contributors": (
        "a release's row of emoji reactions ('reactions': '👍 14', '5 osób zareagowało'): a"
        " bare 'reactions' also names a story's box of the reactions it quotes, which the"
        " project keeps (docs/body-boxes.md, comment sections), so no class word is added"
    ),
    "b74s_zh_press_release_chinese_about_boilerplate": (
        "a Chinese 'about' boilerplate under a bold line of its own ('关于青禾科技'): round"
        " 41's kit keeps a heading 'About X' and its paragraph as the release's text (es, tr,"
        " zh pages of legacy_and_institutional), the later rule drops a run-in label's"
        " paragraph; which holds for a heading is the lead's call, not settled here"
    ),
    "b74s_ca_concert_announcement_ticket_box": (
        "an event's date and time as an item of its facts list ('26 de desembre de 2026,"
        " 18.00 h') goes as a stamp line; its siblings (place, price) are kept, but a post's"
        " meta list of a byline and a date has the same shape"
    ),
    "b74s_sw_job_ad_requirements_apply_box": (
        "a job's facts list classed 'job-meta' (place, closing date): 'meta' names a post's"
        " stamp box on most pages, and no word of the list tells it from one"
    ),
    "b74s_bn_lyrics_chorus_credits_and_license": (
        "a lyrics page's licence line ('lyrics-license': used by the publisher's permission)"
        " after the lines: no class or language word names a licence note yet, and a bare"
        " 'license' names a README's section"
    ),
    "b74s_pt_abstract_page_keywords_references": (
        "a paper's keywords line ('keywords', 'Palavras-chave:') goes as a tag list: the"
        " project's convention (a page's keywords are tags; blind68b left them neutral), not"
        " settled here"
    ),
    "b74s_tr_abstract_page_turkish_structured_abstract": (
        "a paper's keywords line ('Anahtar kelimeler:', a tags label of tr.toml) goes as a"
        " tag list: the project's convention, as the Portuguese page's"
    ),
}


@pytest.mark.parametrize("probe", probe_cases(PROBES, _KNOWN_FAILURES))
def test_probe_body(probe: Probe) -> None:
    check_probe_body(probe)
