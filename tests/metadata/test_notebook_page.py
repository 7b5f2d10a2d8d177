"""A notebook exported to HTML (Jupyter's nbconvert): its data table's dates are data, not
the page's publication (page_dates.py), and its ``<title>``, the notebook's file name, is no
headline beside the first cell's ``<h1>`` (title.py)."""

from __future__ import annotations

import newsextract
from newsextract.metadata.page_dates import find_page_day
from newsextract.metadata.title import choose_title
from newsextract.page import ParsedPage

_ROWS = "".join(
    f"<tr><td>{row}</td><td>2020-01-0{row + 1}</td><td>{row * 0.7:.1f}</td></tr>"
    for row in range(3)
)
NOTEBOOK = f"""<!DOCTYPE html><html lang="eo"><head><meta charset="utf-8">
<title>pluvo-analizo</title><meta property="og:title" content="pluvo-analizo"></head>
<body><main><div class="jp-Notebook"><div class="jp-Cell jp-MarkdownCell">
<h1>Analizo de pluvokvanto en la urbo</h1>
<p>En ĉi tiu kajero ni legas la ĉiutagajn mezurojn de la urba veterstacio kaj kalkulas la
monatajn sumojn por ĉiuj jaroj de la mezuroj.</p></div>
<div class="jp-Cell jp-CodeCell"><pre>df = pd.read_csv('pluvo.csv', parse_dates=['dato'])</pre>
<div class="jp-OutputArea"><table><thead><tr><th></th><th>dato</th><th>mm</th></tr></thead>
<tbody>{_ROWS}</tbody></table></div></div>
<div class="jp-Cell jp-MarkdownCell"><p>La plej pluva monato de la tuta periodo havis pli ol
cent kvardek milimetrojn da pluvo, kaj la plej seka preskaŭ neniom.</p></div></div></main>
</body></html>"""


def test_dates_opening_table_cells_are_no_publication_day() -> None:
    assert find_page_day(ParsedPage(NOTEBOOK), NOTEBOOK) is None


def test_a_date_in_running_text_of_the_source_still_counts() -> None:
    html = NOTEBOOK.replace("<p>La plej", "<p>2021-05-04: La plej")
    found = find_page_day(ParsedPage(html), html)
    assert found is not None
    assert found[0].date().isoformat() == "2021-05-04"


def test_a_notebook_has_no_publication_date_and_its_headline_is_the_title() -> None:
    article = newsextract.extract(NOTEBOOK)
    assert article.published is None
    assert article.title == "Analizo de pluvokvanto en la urbo"


def test_a_title_written_as_a_file_name_loses_to_a_visible_headline() -> None:
    choice = choose_title("Analizo de pluvokvanto", ["pluvo-analizo"], [])
    assert (choice.title, choice.index) == ("Analizo de pluvokvanto", -1)
    assert "file" in choice.reasons[0]


def test_a_title_with_capitals_or_spaces_is_no_file_name() -> None:
    for title in ("COVID-19", "Pluvo-Analizo", "Rain and snow"):
        assert choose_title("Analizo de pluvokvanto", [title], []).index == 0
