"""The blind69s round (``nonnews_probes.blind69s``, wave 69, issue 11): pages whose content
is mostly structure (API references, changelogs, FAQs, comparison, spec and results tables,
timelines, glossaries, poems, interviews, footnoted essays, how-tos) keep it, in ``body``
and as Markdown (``body_markdown()``: tables as tables, code fenced, lists as lists)."""

from __future__ import annotations

import pytest
from news_probes.pages import Probe
from nonnews_probes.blind69s import PROBES
from nonnews_probes.blind69s.texts import CAPTIONS
from probe_checks import check_probe_body, probe_cases

import newsextract

# Probes newsextract fails, each with why: kept as strict xfails so a fix shows.
# Blind figures (before any fix, 50 pages, 20 languages, 280 must-lines, 446 must-nots):
# newsextract 37/50 (264/280, 441/446), trafilatura 31/50 (256/280, 427/446: it lost a
# Bootstrap accordion's and an ARIA accordion's questions, a patch notes', a pricing and
# an election table, a timeline of <time>s, every numbered figure's caption, and kept
# helpful-page strips, an RSS link, download, print, listen and copy links, a betting box
# and a footnote's "↩"). Six of newsextract's misses were the how-tos' figure captions,
# which ``body`` leaves out by its contract (docs/fields.md: they are in ``body_blocks``):
# moved to ``CAPTIONS`` and checked in the Markdown, where they are (40/50 on the same
# truth otherwise). Fixed by method: a cell a ``rowspan`` covers is an empty cell of the
# rows below, as a ``colspan``'s is (a spec sheet's grouped rows were of unequal width and
# read as a layout table's); two dotted figures after a word ("Version 8.4", "גרסה 4.2")
# name a release, its heading no date line: 44/50 (trafilatura 34/50 on the same truth);
# a help centre's closing "can't find your answer?" box is a prompt (es.toml, en.toml):
# 45/50. No dev output moved. Second batch (the 50 pages hashed: every class a hash, no
# ids or roles; run on the tree with those fixes): newsextract 44/50, trafilatura 23/50.
_KNOWN_FAILURES: dict[str, str] = {
    "b69s_it_league_table": (
        "a betting box's heading ('Quote del prossimo turno') and a live ticker's line after "
        "the article ('Diretta Virtus Pieve - Castello 1-0') are short lines of no furniture "
        "word; only their classes ('betting-box', 'live-ticker') say so"
    ),
    "b69s_pl_ski_jumping_results": (
        "a ticket link closing a sentence ('Następny konkurs: niedziela, godz. 16:00. Kup "
        "bilet'): a paragraph's own words and one link, read as the paragraph's"
    ),
    "b69s_hi_faq_aria_hidden_panels_hashed": (
        "the hashed copy strips the ids its toggles name (aria-controls) and keeps the "
        "panels' hidden attribute: a hidden box nothing opens, which no real page serves"
    ),
}
_KNOWN_FAILURES |= {
    f"{name}_hashed": f"as {name}" for name in list(_KNOWN_FAILURES) if not name.endswith("_hashed")
}


@pytest.mark.parametrize("probe", probe_cases(PROBES, _KNOWN_FAILURES))
def test_probe_body(probe: Probe) -> None:
    check_probe_body(probe)


def _markdown(name: str) -> str:
    probe = next(probe for probe in PROBES if probe.name == name)
    return newsextract.extract(probe.html, url=probe.url).body_markdown()


# Each page's Markdown holds these runs of lines as they are (decided with the pages).
_MARKDOWN = {
    "b69s_de_function_reference_dl": (
        "```\nwerkbank.speichere(pfad, daten, *, ueberschreiben=False)\n```",
        "## Parameter\n\npfad (str)\n:   Der Zielpfad der Datei, relativ zum Projektordner.",
        "```python\nimport werkbank\n\nn = werkbank.speichere('notizen.txt', b'Hallo')\n",
    ),
    "b69s_ja_method_reference_table": (
        "| 引数 | 型 | 説明 |\n| --- | --- | --- |\n| url | str | 取得するURL。 |\n"
        "| timeout | int | 秒単位のタイムアウト。 |",
    ),
    "b69s_fr_changelog_version_sections": (
        "## 3.2.0 — 30 novembre 2026\n\n### Ajouté\n\n- Export des projets au format ODS.\n"
        "- Raccourci Ctrl+K pour la recherche.",
    ),
    "b69s_sv_app_release_notes_sections": (
        "### Version 8.4 (2 december 2026)\n\n- Mörkt läge följer nu telefonens inställning.",
    ),
    # A cell a rowspan covers is an empty cell: the columns line up under the header.
    "b69s_fr_spec_table_rowspan_groups": (
        "| Moteur | Position | pédalier |\n| --- | --- | --- |\n|  | Couple | 85 Nm |\n"
        "|  | Batterie | 625 Wh |\n| Cadre | Matière | acier chromoly |\n"
        "|  | Charge maximale | 180 kg |",
    ),
    "b69s_ko_election_district_colspan": (
        "| 선거구 | 1위 |  | 2위 |  |\n| --- | --- | --- | --- | --- |\n"
        "|  | 후보 | 득표율 | 후보 | 득표율 |\n| 한빛구 | 김서연 | 45.3% | 박도윤 | 43.2% |",
    ),
    "b69s_el_comparison_colspan_groups": (
        "|  | Κύρια | Selfie |  |\n| Άλφα 5 | 50 MP | 16 MP | 5000 mAh |",
    ),
    "b69s_ru_timeline_ol_time": (
        "1. 1912 — городская дума утверждает проект электрического трамвая.\n"
        "2. май 1914 — первый вагон выходит на линию от вокзала до рынка.",
    ),
    "b69s_pt_poem_br_stanzas": (
        "Havia um poço ao fundo do quintal\\\ne um gato que dormia no degrau,\\\n",
        "o tempo era de barro e de pau.\n\nAgora a casa é só uma janela\\\n",
    ),
    "b69s_fi_glossary_dl_see_also": (
        "Höylä\n:   Työkalu, jolla puun pintaa ohennetaan ja tasoitetaan.",
    ),
    # A numbered step's figure caption stays inside its item: the steps count on.
    "b69s_es_howto_ol_steps_figures": (
        "1. Coloca el cubo debajo y desenrosca las dos tuercas del sifón viejo.\n\n"
        "    *Figura 1. Las dos tuercas que sujetan el sifón.*\n\n"
        "2. Limpia la rosca del desagüe y envuélvela con cinta de teflón.",
        "3. Monta el sifón nuevo y aprieta las tuercas a mano.",
    ),
    "b69s_cs_howto_tools_table_steps": (
        "| Nástroj | Zrnitost |\n| --- | --- |\n| Brusný kámen | 1000 |",
        "1. Namočte kámen na deset minut do vody.\n2. Veďte dláto pod úhlem 25° po celé"
        " délce kamene.",
    ),
}


@pytest.mark.parametrize("name", sorted(_MARKDOWN))
def test_markdown_keeps_the_structure(name: str) -> None:
    markdown = _markdown(name)
    assert [run for run in _MARKDOWN[name] if run not in markdown] == []


@pytest.mark.parametrize("name", sorted(CAPTIONS))
def test_numbered_figure_captions_are_in_the_markdown(name: str) -> None:
    markdown = _markdown(name)
    assert [line for line in CAPTIONS[name] if f"*{line}*" not in markdown] == []
