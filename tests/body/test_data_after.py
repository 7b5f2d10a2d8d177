"""A data table or definition list right after the text's last section is the article's
own data (a listing's details, a review's specs) and joins the region; a bare list there
does not (a box of opening hours or sources as often as the text's)."""

from __future__ import annotations

import newsextract

_PROSE = (
    "<section class='story'><p>The ferry to the outer islands runs twice a day in summer and "
    "once a day from October, weather permitting, with the first sailing at seven.</p>"
    "<p>Bicycles travel free of charge, but cars must be booked at least a day ahead at the "
    "harbour office or on the operator's website.</p>"
    "<p>Passengers with reduced mobility can ask for help at the gangway; the crew needs "
    "twenty minutes' notice before the departure.</p></section>"
)
_AFTER_TEXT = {
    "table": (
        "<section class='fares'><h2>Fares</h2><table><tr><th>Ticket</th><th>Single</th></tr>"
        "<tr><td>Adult</td><td>£6.40</td></tr><tr><td>Child</td><td>£3.20</td></tr>"
        "<tr><td>Car</td><td>£21.00</td></tr></table></section>"
    ),
    "dl": (
        "<section class='fares'><h2>Fares</h2><dl><dt>Adult</dt><dd>£6.40</dd>"
        "<dt>Child</dt><dd>£3.20</dd></dl></section>"
    ),
    "list": (
        "<section class='hours'><h2>Ticket office</h2><ul><li>Monday to Friday 8–18</li>"
        "<li>Saturday 9–13</li></ul></section>"
    ),
}


def _body(after: str) -> str:
    page = (
        "<html lang='en'><body><main><h1>Island ferry timetable</h1>"
        f"<div class='content'>{_PROSE}{after}<section class='map'><h2>Harbour</h2>"
        "<div class='map-embed'></div></section></div></main></body></html>"
    )
    return newsextract.extract(page).body or ""


def test_a_data_table_after_the_text_joins_it() -> None:
    body = _body(_AFTER_TEXT["table"])
    assert "Adult | £6.40" in body
    assert "Fares" in body


def test_a_definition_list_after_the_text_joins_it() -> None:
    body = _body(_AFTER_TEXT["dl"])
    assert "£3.20" in body


def test_a_bare_list_after_the_text_stays_out() -> None:
    body = _body(_AFTER_TEXT["list"])
    assert "ferry to the outer islands" in body
    assert "Saturday 9–13" not in body


def _classified(details_class: str) -> str:
    return (
        "<html lang='en'><body><main><h1>Estate car, 2016, one owner</h1>"
        "<div class='ad-view'><section class='ad-description'>"
        "<p>Selling my estate car after nine years: serviced every spring at the same "
        "garage, never in an accident, and the cambelt was changed last year.</p>"
        "<p>New tyres all round in September. The boot takes a bicycle with the front "
        "wheel off, and the roof bars come with it.</p>"
        "<p>Viewing in the evenings or at weekends; I can send more photos on request.</p>"
        f"</section><section class='{details_class}'><h2>Vehicle details</h2><dl>"
        "<dt>Mileage</dt><dd>98,000 miles</dd><dt>Gearbox</dt><dd>Manual</dd>"
        "<dt>Fuel</dt><dd>Diesel</dd></dl></section></div></main></body></html>"
    )


def test_a_data_section_named_by_the_articles_own_word_joins_it() -> None:
    """A classified names its text "ad-description": "ad" names the article on this page,
    so "ad-attributes" beside it is the ad's data, not an advertisement."""
    body = newsextract.extract(_classified("ad-attributes")).body or ""
    assert "98,000 miles" in body
    assert "Vehicle details" in body


def test_a_data_section_named_by_another_furniture_word_stays_out() -> None:
    body = newsextract.extract(_classified("ad-attributes sidebar")).body or ""
    assert "cambelt" in body
    assert "98,000 miles" not in body


def _table_page(rows: str) -> str:
    prose = _PROSE.replace("</section>", "")
    return (
        "<html lang='en'><body><main><h1>Results</h1><div class='content'>"
        f"{prose}<table><thead><tr><th>Name</th><th>A</th><th>B</th></tr></thead>"
        f"<tbody>{rows}</tbody></table></section></div></main></body></html>"
    )


def test_a_data_row_with_its_name_linked_is_the_tables() -> None:
    """A standings row links its team to the team's page: the link fits in one cell and
    two cells of values stand beside it, so it is no list of links however long the name."""
    rows = "".join(
        f"<tr><td><a href='/t/{i}'>{name}</a></td><td>{i}</td><td>{40 - i}</td></tr>"
        for i, name in enumerate(["Kingsbridge Wanderers Athletic", "Ely", "Otterton Vale"])
    )
    body = newsextract.extract(_table_page(rows)).body or ""
    assert "Kingsbridge Wanderers Athletic | 0 | 40" in body


def test_a_row_of_links_is_still_a_link_list() -> None:
    rows = "".join(
        f"<tr><td><a href='/a/{i}'>Another story about the harbour, part {i}</a></td>"
        f"<td><a href='/c/{i}'>Comments</a></td></tr>"
        for i in range(3)
    )
    body = newsextract.extract(_table_page(rows)).body or ""
    assert "Another story about the harbour" not in body


def test_a_results_table_with_linked_names_after_the_text_joins_it() -> None:
    """After the text, a table whose rows link their names (and only those) is the
    article's results, however linked as a whole; a table of links is not."""
    rows = "".join(
        f"<tr><td><a href='/t/{i}'>{name}</a></td><td>{i + 1}</td><td>{40 - i}</td></tr>"
        for i, name in enumerate(["Kingsbridge Wanderers", "Ely Town", "Otterton Vale"])
    )
    results = (
        "<section class='results'><h2>Standings</h2><table><thead><tr><th>Team</th>"
        f"<th>Played</th><th>Points</th></tr></thead><tbody>{rows}</tbody></table></section>"
    )
    body = _body(results)
    assert "Kingsbridge Wanderers | 1 | 40" in body
    links = "".join(
        f"<tr><td><a href='/a/{i}'>Another story about the ferry, part {i}</a></td>"
        f"<td><a href='/c/{i}'>Comments</a></td></tr>"
        for i in range(3)
    )
    body = _body(f"<section class='more'><table><tbody>{links}</tbody></table></section>")
    assert "Another story" not in body


def test_a_files_table_after_the_text_joins_it_with_its_panel_title() -> None:
    files = (
        "<section class='files'><h2>Files</h2><div class='panel-title'>Files (212 MB)</div>"
        "<table><tr><th>Name</th><th>Size</th></tr>"
        "<tr><td><a href='/f/a.csv'>levels.csv</a><br><small>md5:91c0</small></td>"
        "<td>198.0 MB</td></tr>"
        "<tr><td><a href='/f/b.csv'>gauges.csv</a><br><small>md5:07e2</small></td>"
        "<td>3.1 kB</td></tr></table><a class='btn' href='/all'>Download all</a></section>"
    )
    body = _body(files)
    assert "levels.csv md5:91c0 | 198.0 MB" in body
    assert "gauges.csv md5:07e2 | 3.1 kB" in body


def test_a_box_of_prose_with_a_small_table_after_the_text_stays_out() -> None:
    box = (
        "<section class='notice'><h2>Ticket office</h2><p>Tickets are sold at the quay "
        "office; cash is not taken on board.</p>"
        "<table><tr><td>Mon–Fri</td><td>8–18</td></tr></table></section>"
    )
    body = _body(box)
    assert "ferry to the outer islands" in body
    assert "cash is not taken" not in body


def _with_facts_before(facts: str) -> str:
    page = (
        "<html lang='en'><body><main><h1>Island ferry timetable</h1>"
        f"<div class='content'>{facts}{_PROSE}</div></main></body></html>"
    )
    return newsextract.extract(page).body or ""


def test_a_key_facts_table_right_before_the_text_joins_it() -> None:
    body = _with_facts_before(
        "<div class='facts'><table><tr><th>Operator</th><td>Skerry Lines</td></tr>"
        "<tr><th>Crossing</th><td>50 minutes</td></tr>"
        "<tr><th>Season</th><td>April to October</td></tr></table></div>"
    )
    assert body.startswith("Operator | Skerry Lines")
    assert body.index("Season | April to October") < body.index("ferry to the outer islands")
    assert "ferry to the outer islands" in body


def test_a_linked_table_or_a_box_with_prose_before_the_text_stays_out() -> None:
    linked = (
        "<div class='facts'><table><tr><td><a href='/a'>Summer timetable</a></td>"
        "<td><a href='/b'>Winter timetable</a></td></tr></table></div>"
    )
    boxed = (
        "<div class='facts'><p>Fares rise in April.</p><table><tr><th>Operator</th>"
        "<td>Skerry Lines</td></tr></table></div>"
    )
    for facts in (linked, boxed):
        body = _with_facts_before(facts)
        assert body.startswith("The ferry to the outer islands")
