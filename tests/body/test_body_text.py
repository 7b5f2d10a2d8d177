"""The body's text is what a reader sees: no invisible characters inside its words."""

from __future__ import annotations

import newsextract

_PARAGRAPH = (
    "<p>Die Werk&shy;zeug&shy;in&shy;dus&shy;trien des Mit&shy;tel&shy;pa&shy;läo&shy;li&shy;thi"
    "&shy;kums unterscheiden sich deutlich von denen der folgenden Zeit, und die Über&shy;sicht "
    "behandelt einige Werkzeugtypen und ihre Laufzeiten.</p>"
)


def test_soft_hyphens_and_zero_width_spaces_leave_the_words_whole() -> None:
    second = _PARAGRAPH.replace("Über&shy;sicht", "Zu&#8203;sammen&#x2060;fassung")
    html = f"<html lang='de'><body><article><h1>Werkzeuge</h1>{_PARAGRAPH}{second}</article></body>"
    body = newsextract.extract(html).body
    assert "Werkzeugindustrien" in body and "Übersicht" in body and "Zusammenfassung" in body
    assert not {"\u00ad", "\u200b", "\u2060"} & set(body)


def test_an_articlebody_from_json_ld_loses_them_too() -> None:
    text = "Die Werk\u00adzeug\u00adin\u00addus\u00adtrien des Mittelpaläolithikums. " * 8
    html = (
        '<html><head><script type="application/ld+json">{"@type": "NewsArticle", '
        f'"headline": "Werkzeuge", "articleBody": "{text}"}}</script></head>'
        "<body><div id='app'></div></body></html>"
    )
    body = newsextract.extract(html).body
    assert "Werkzeugindustrien" in body and "\u00ad" not in body


def test_a_key_value_table_without_header_cells_is_data() -> None:
    rows = "".join(
        f"<tr><td><strong>{key}</strong></td><td>{value}</td></tr>"
        for key, value in [
            ("Composition", "72% merino wool, 25% nylon, 3% elastane"),
            ("Weight", "Mid-weight, 310 g/m²"),
            ("Height", "Crew, 22 cm from heel"),
            ("Care", "Machine wash at 30 °C, do not tumble dry"),
        ]
    )
    prose = (
        "<p>Knitted in a small mill in the north of England, the sock is cushioned under the "
        "foot and at the heel, and thin over the toes so that it fits a close boot.</p>"
    )
    html = f"<html><body><main><h1>Hiking sock</h1>{prose}<table>{rows}</table></main></body>"
    rows_kept = [b for b in newsextract.extract(html).body_blocks if b.cells]
    assert [b.cells for b in rows_kept][1] == ("Weight", "Mid-weight, 310 g/m²")
    assert len(rows_kept) == 4


def _wiki_heading(level: int, title: str) -> str:
    return (
        f'<div class="mw-heading mw-heading{level}"><h{level} id="{title}">{title}</h{level}>'
        '<span class="mw-editsection"><span class="mw-editsection-bracket">[</span>'
        f'<a href="/w/index.php?title=Canal&amp;action=edit">edit</a>'
        '<span class="mw-editsection-bracket">]</span></span></div>'
    )


def test_a_wiki_section_heading_keeps_its_place_beside_its_edit_link() -> None:
    prose = (
        "<p>An act of Parliament authorising the canal was passed in 1791, and the engineer "
        "planned a summit pound fed by two reservoirs on the moor above the town.</p>"
    )
    html = (
        "<html><body><main><h1>Harrowfield Canal</h1>"
        f"{prose}{_wiki_heading(2, 'History')}{_wiki_heading(3, 'Construction')}{prose}"
        f"{_wiki_heading(2, 'Route')}{prose.replace('1791', '1792')}</main></body></html>"
    )
    headings = [b.text for b in newsextract.extract(html).body_blocks if b.level and not b.cells]
    assert headings == ["History", "Construction", "Route"]


def test_hidden_inline_text_is_not_the_lines() -> None:
    paragraph = (
        '<p>On its website<a href="https://example.org/"><span class="visually-hidden">'
        "Link opens in a new tab</span></a> the association criticises the party's course, "
        "at length and in detail, in a statement signed by its chair.</p>"
    )
    heading = '<h2>2 Answers <span style="display:none;">2</span></h2>'
    answer = (
        "<p>The second answer is long enough to be prose, with commas, words, and more "
        "words that make it a paragraph of its own.</p>"
    )
    html = f"<html><body><article><h1>Q</h1>{paragraph}{heading}{answer}</article></body>"
    texts = [b.text for b in newsextract.extract(html).body_blocks]
    assert texts[0].startswith("On its website the association criticises")
    assert "2 Answers" in texts and "2 Answers 2" not in texts


def test_a_line_break_stays_a_line_break() -> None:
    verse = (
        "<p>She kept the lamp at the landing<br>When the river ran high and brown<br>"
        "Her father rowed the last crossing<br>Before they closed the town</p>"
    )
    prose = (
        "<p>The song was written for the ferry at Hollin Creek, which stopped running when "
        "the county built its bridge, and it is still sung at the landing every summer.</p>"
    )
    html = f"<html><body><article><h1>The ferryman's daughter</h1>{prose}{verse}</article>"
    article = newsextract.extract(html)
    assert "the landing\nWhen the river" in article.body
    assert "the landing\\\nWhen the river" in article.body_markdown()
    assert "the landing<br>\nWhen the river" in article.body_html()
    assert "\n" not in article.body.split("\n\n")[0]  # the source's own newlines are spaces


def test_a_refrain_sung_again_is_kept_each_time() -> None:
    chorus = "<p>So row, row, the water's rising<br>Row, row, the light is low</p>"
    verses = [
        f"<p>Verse {n} of the song, with its own lines<br>and a second line for verse {n}</p>"
        for n in (1, 2)
    ]
    html = (
        "<html><body><article><h1>Song</h1>"
        f"{verses[0]}{chorus}{verses[1]}{chorus}</article></body></html>"
    )
    assert newsextract.extract(html).body.count("So row, row") == 2


def test_an_accordion_question_in_a_heading_button_is_the_heading() -> None:
    answer = (
        "<p>Yes: the boots and a waterproof jacket are essential, and the school lends "
        "waders to anyone who asks a week before the field day.</p>"
    )
    html = (
        "<html><body><main><h1>FAQ</h1>"
        '<h2><button aria-expanded="true">Do I need my own boots?</button></h2>'
        f"{answer}</main></body></html>"
    )
    headings = [b.text for b in newsextract.extract(html).body_blocks if b.kind.value == "h"]
    assert headings == ["Do I need my own boots?"]
