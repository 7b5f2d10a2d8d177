"""The blind71m round (wave 71): more pages whose structure a renderer can get wrong (lists
three deep, tables with row headers and spans, code under line-number gutters, footnotes,
formulas, ``<details>``, lines broken by ``<br>``, text that reads as Markdown), each with the
Markdown ``body_markdown()`` must hold for it, decided before anything was run.

The probe form and conventions are blind69m's (``RenderProbe``: any one of ``markdown`` must
stand in the body's Markdown as whole blocks); the pages are an allotment society's guide.
"""

from __future__ import annotations

from news_probes.pages import page

from nonnews_probes.blind69m import RenderProbe

BEFORE = (
    "The allotment society printed its growing guide for the new season on Saturday, with "
    "the rules for plots, the yields of last year and the steps a new member takes."
)
AFTER = (
    "The society said the guide would be updated every winter, and asked members to send "
    "their corrections to the plot secretary before the first of February."
)

PROBES: list[RenderProbe] = []


def _add(name: str, content: str, *markdown: str) -> None:
    title = name.replace("_", " ").capitalize()
    PROBES.append(
        RenderProbe(
            name=f"b71m_{name}",
            html=page(
                "en",
                title,
                f"<main><article><h1>{title}</h1><p>{BEFORE}</p>{content}<p>{AFTER}</p>"
                "</article></main>",
            ),
            markdown=markdown,
            url="https://allotments.example.org/guide/page",
        )
    )


# Lists
_add(
    "ol_ul_ol",
    "<ol><li>Prepare<ul><li>Tools<ol><li>spade</li><li>rake</li></ol></li><li>Seed</li>"
    "</ul></li><li>Sow</li></ol>",
    "1. Prepare\n    - Tools\n        1. spade\n        2. rake\n    - Seed\n2. Sow",
)
_add(
    "ul_ol_mixed_siblings",
    "<ul><li>Spring<ol><li>sow the beans</li><li>water them</li></ol></li><li>Autumn<ol>"
    "<li>lift the potatoes</li></ol></li></ul>",
    "- Spring\n    1. sow the beans\n    2. water them\n- Autumn\n    1. lift the potatoes",
)
_add(
    "ul_item_two_paragraphs",
    "<ul><li><p>Water the beds at dawn.</p><p>Use rain water while the butt is full.</p>"
    "</li><li><p>Weed on Sundays.</p></li></ul>",
    "- Water the beds at dawn.\n\n    Use rain water while the butt is full.\n\n- Weed on Sundays.",
)
_add(
    "ul_item_code",
    "<ul><li><p>Print the plot list:</p><pre><code class='language-shell'>plots --list"
    "</code></pre></li><li><p>Pin it to the shed.</p></li></ul>",
    "- Print the plot list:\n\n    ```shell\n    plots --list\n    ```\n\n- Pin it to the shed.",
)
_add(
    "list_item_specials",
    "<ul><li>*Starred* beds are raised</li><li># of beds: 12</li></ul>",
    "- \\*Starred\\* beds are raised\n- \\# of beds: 12",
)

# Tables
_add(
    "table_row_headers",
    "<table><thead><tr><th></th><th>2025</th><th>2026</th></tr></thead><tbody><tr>"
    "<th scope='row'>Tomatoes</th><td>40 kg</td><td>55 kg</td></tr><tr><th scope='row'>"
    "Beans</th><td>12 kg</td><td>9 kg</td></tr></tbody></table>",
    "|  | 2025 | 2026 |\n| --- | --- | --- |\n| Tomatoes | 40 kg | 55 kg |\n"
    "| Beans | 12 kg | 9 kg |",
)
_add(
    "table_colspan_body_row",
    "<table><thead><tr><th>Month</th><th>Opens</th><th>Closes</th></tr></thead><tbody><tr>"
    "<td>July</td><td>7:00</td><td>21:00</td></tr><tr><td colspan='3'>Closed in August</td>"
    "</tr><tr><td>September</td><td>8:00</td><td>19:00</td></tr></tbody></table>",
    "| Month | Opens | Closes |\n| --- | --- | --- |\n| July | 7:00 | 21:00 |\n"
    "| Closed in August |  |  |\n| September | 8:00 | 19:00 |",
)
_add(
    "table_rowspan_row_header",
    "<table><thead><tr><th>Bed</th><th>Crop</th></tr></thead><tbody><tr><th rowspan='2' "
    "scope='rowgroup'>North</th><td>Kale</td></tr><tr><td>Leeks</td></tr><tr><th "
    "scope='row'>South</th><td>Squash</td></tr></tbody></table>",
    "| Bed | Crop |\n| --- | --- |\n| North | Kale |\n|  | Leeks |\n| South | Squash |",
    "| Bed | Crop |\n| --- | --- |\n| North | Kale |\n| North | Leeks |\n| South | Squash |",
)
_add(
    "table_caption_no_thead",
    "<table><caption>Frost dates</caption><tr><td>Last frost</td><td>12 May</td></tr><tr>"
    "<td>First frost</td><td>3 October</td></tr></table>",
    "*Frost dates*\n\n| Last frost | 12 May |\n| --- | --- |\n| First frost | 3 October |",
    "*Frost dates*\n\n|  |  |\n| --- | --- |\n| Last frost | 12 May |\n| First frost | 3 October |",
)
_add(
    "table_link_cells",
    "<table><thead><tr><th>Crop</th><th>Guide</th></tr></thead><tbody><tr><td>"
    "<a href='/beans'>Runner beans</a></td><td><a href='/beans#sow'>sowing</a></td></tr>"
    "<tr><td><a href='/peas'>Peas</a></td><td><a href='/peas#sow'>sowing</a></td></tr>"
    "</tbody></table>",
    "| Crop | Guide |\n| --- | --- |\n| Runner beans | sowing |\n| Peas | sowing |",
)
_add(
    "table_paragraphs_in_cell",
    "<table><thead><tr><th>Crop</th><th>Steps</th></tr></thead><tbody><tr><td>Leeks</td>"
    "<td><p>Sow indoors.</p><p>Plant out in May.</p></td></tr><tr><td>Garlic</td><td>"
    "Plant in October.</td></tr></tbody></table>",
    "| Crop | Steps |\n| --- | --- |\n| Leeks | Sow indoors. Plant out in May. |\n"
    "| Garlic | Plant in October. |",
    "| Crop | Steps |\n| --- | --- |\n| Leeks | Sow indoors.<br>Plant out in May. |\n"
    "| Garlic | Plant in October. |",
)
_add(
    "table_pipe_in_header",
    "<table><thead><tr><th>Member</th><th>Paid | Owed</th></tr></thead><tbody><tr><td>"
    "Holt</td><td>20 | 0</td></tr><tr><td>Reyes</td><td>10 | 10</td></tr></tbody></table>",
    "| Member | Paid \\| Owed |\n| --- | --- |\n| Holt | 20 \\| 0 |\n| Reyes | 10 \\| 10 |",
)
_add(
    "table_tfoot",
    "<table><thead><tr><th>Crop</th><th>Yield</th></tr></thead><tbody><tr><td>Onions</td>"
    "<td>30 kg</td></tr><tr><td>Carrots</td><td>22 kg</td></tr></tbody><tfoot><tr><td>"
    "Total</td><td>52 kg</td></tr></tfoot></table>",
    "| Crop | Yield |\n| --- | --- |\n| Onions | 30 kg |\n| Carrots | 22 kg |\n| Total | 52 kg |",
)

# Code
_add(
    "code_github_rust",
    "<div class='highlight highlight-source-rust notranslate'><pre>fn main() {\n"
    '    println!("sow");\n}</pre></div>',
    '```rust\nfn main() {\n    println!("sow");\n}\n```',
)
_add(
    "code_lang_js_hljs",
    "<pre><code class='lang-js hljs'>const plots = 42;\nconsole.log(plots);</code></pre>",
    "```js\nconst plots = 42;\nconsole.log(plots);\n```",
)
_add(
    "code_pygments_line_table",
    "<div class='highlight-python notranslate'><table class='highlighttable'><tr><td "
    "class='linenos'><div class='linenodiv'><pre>1\n2\n3</pre></div></td><td class='code'>"
    "<div class='highlight'><pre><span></span>beds = 12\nfree = 3\nprint(beds - free)\n"
    "</pre></div></td></tr></table></div>",
    "```python\nbeds = 12\nfree = 3\nprint(beds - free)\n```",
)
_add(
    "code_hugo_line_spans",
    "<div class='highlight'><pre tabindex='0' class='chroma'><code class='language-go' "
    "data-lang='go'><span class='line'><span class='ln'>1</span><span class='cl'>package "
    "plots\n</span></span><span class='line'><span class='ln'>2</span><span class='cl'>\n"
    "</span></span><span class='line'><span class='ln'>3</span><span class='cl'>var Free = 3"
    "\n</span></span></code></pre></div>",
    "```go\npackage plots\n\nvar Free = 3\n```",
)
_add(
    "code_hljs_line_table",
    "<pre><code class='hljs language-javascript'><table class='hljs-ln'><tbody><tr><td "
    "class='hljs-ln-line hljs-ln-numbers' data-line-number='1'><div class='hljs-ln-n' "
    "data-line-number='1'></div></td><td class='hljs-ln-line hljs-ln-code' "
    "data-line-number='1'>let beds = 12;</td></tr><tr><td class='hljs-ln-line "
    "hljs-ln-numbers' data-line-number='2'><div class='hljs-ln-n' data-line-number='2'>"
    "</div></td><td class='hljs-ln-line hljs-ln-code' data-line-number='2'>beds -= 1;</td>"
    "</tr></tbody></table></code></pre>",
    "```javascript\nlet beds = 12;\nbeds -= 1;\n```",
)
_add(
    "inline_code_in_heading",
    "<h2>The <code>--dry-run</code> flag</h2><p>It prints the plot list without saving it.</p>",
    "## The --dry-run flag\n\nIt prints the plot list without saving it.",
)
_add(
    "inline_code_dunder",
    "<p><code>__init__.py</code> holds the set-up the plot tool runs first.</p>",
    "\\_\\_init\\_\\_.py holds the set-up the plot tool runs first.",
)

# Definition lists
_add(
    "dl_two_terms",
    "<dl><dt>Mulch</dt><dt>Mulching</dt><dd>A layer spread over the soil to keep it moist."
    "</dd></dl>",
    "Mulch\nMulching\n:   A layer spread over the soil to keep it moist.",
)

# Quotations
_add(
    "heading_in_quote",
    "<blockquote><h4>From the minutes</h4><p>The committee agreed that no hosepipes may be "
    "used between noon and four in July.</p></blockquote>",
    "> #### From the minutes\n>\n> The committee agreed that no hosepipes may be used "
    "between noon and four in July.",
)
_add(
    "quote_paragraphs_and_list",
    "<blockquote><p>The committee agreed:</p><ul><li>to open the gate at eight</li><li>to "
    "close it at dusk</li></ul><p>The vote was unanimous.</p></blockquote>",
    "> The committee agreed:\n>\n> - to open the gate at eight\n> - to close it at dusk\n>\n"
    "> The vote was unanimous.",
)
_add(
    "quote_br_lines",
    "<blockquote><p>Roses want sun,<br>beans want poles,<br>and gardeners want patience."
    "</p></blockquote>",
    "> Roses want sun,\\\n> beans want poles,\\\n> and gardeners want patience.",
)

# Notes
_add(
    "footnote_section",
    "<p>A heap of compost heats up to 60 °C in its first week.<sup id='fnref1'><a "
    "href='#fn1' class='footnote-ref'>1</a></sup></p><section class='footnotes' "
    "role='doc-endnotes'><hr><ol><li id='fn1'><p>Measured in the middle of the heap. <a "
    "href='#fnref1' class='footnote-back'>↩</a></p></li></ol></section>",
    "A heap of compost heats up to 60 °C in its first week.\\[1\\]\n\n"
    "1. Measured in the middle of the heap.",
    "A heap of compost heats up to 60 °C in its first week.[^1]\n\n"
    "[^1]: Measured in the middle of the heap.",
    "A heap of compost heats up to 60 °C in its first week.\\[1\\]\n\n"
    "1. Measured in the middle of the heap. ↩",
)
_add(
    "reference_marker",
    "<p>Comfrey feed holds more potash than most bought feeds.<sup class='reference'><a "
    "href='#cite_note-1'>[1]</a></sup> Members have used it since 1990.</p>",
    "Comfrey feed holds more potash than most bought feeds.\\[1\\] Members have used it "
    "since 1990.",
    # wave 72 (blind72b) decided a footnote mark's rendering: "[^1]" in the Markdown
    "Comfrey feed holds more potash than most bought feeds.[^1] Members have used it since 1990.",
)

# Figures
_add(
    "figure_caption_credit",
    "<figure><img src='/img/beans.jpg' alt='Beans'><figcaption>Runner beans on hazel poles. "
    "<span class='credit'>Photo: Mia Holt</span></figcaption></figure>",
    "*Runner beans on hazel poles. Photo: Mia Holt*",
    "*Runner beans on hazel poles.*\n\n*Photo: Mia Holt*",
)
_add(
    "figure_caption_small_credit",
    "<figure><img src='/img/plots.jpg' alt='Plots'><figcaption><p>The plots in June.</p>"
    "<small>© Town Archive</small></figcaption></figure>",
    "*The plots in June. © Town Archive*",
    "*The plots in June.*\n\n*© Town Archive*",
)

# Formulas
_add(
    "mathml_inline",
    "<p>A round bed of radius r covers <math><mi>π</mi><msup><mi>r</mi><mn>2</mn></msup>"
    "</math> square metres.</p>",
    "A round bed of radius r covers πr2 square metres.",
    "A round bed of radius r covers π r2 square metres.",
    "A round bed of radius r covers πr^2 square metres.",
)
_add(
    "mathjax_tex",
    "<p>A bed needs <span class='math inline'>\\(w = 5a\\)</span> litres a day.</p>",
    "A bed needs \\\\(w = 5a\\\\) litres a day.",
    "A bed needs w = 5a litres a day.",
)
_add(
    "katex_once",
    "<p>Sow <span class='katex'><span class='katex-mathml'><math><semantics><mrow><mi>n"
    "</mi><mo>+</mo><mn>1</mn></mrow><annotation encoding='application/x-tex'>n+1"
    "</annotation></semantics></math></span><span class='katex-html' aria-hidden='true'>"
    "<span class='base'><span class='mord mathnormal'>n</span><span class='mbin'>+</span>"
    "<span class='mord'>1</span></span></span></span> seeds for n plants.</p>",
    "Sow n+1 seeds for n plants.",
)

# Disclosures
_add(
    "details_summary",
    "<details><summary>How deep do I plant?</summary><p>Twice as deep as the seed is wide."
    "</p></details>",
    "How deep do I plant?\n\nTwice as deep as the seed is wide.",
    "**How deep do I plant?**\n\nTwice as deep as the seed is wide.",
)

# Lines broken by <br>
_add(
    "poem_lines",
    "<p>The rake is rusted,<br>the gate hangs loose,<br>but still the beans climb.</p>",
    "The rake is rusted,\\\nthe gate hangs loose,\\\nbut still the beans climb.",
)
_add(
    "address_lines",
    "<p>Write to the plot secretary:<br>Allotment Society<br>12 Mill Lane<br>Hebden HX7 8AB</p>",
    "Write to the plot secretary:\\\nAllotment Society\\\n12 Mill Lane\\\nHebden HX7 8AB",
)
_add(
    "br_line_hash",
    "<p>Plots still free this year:<br># 4 and # 7, both by the gate.</p>",
    "Plots still free this year:\\\n\\# 4 and # 7, both by the gate.",
)
_add(
    "br_line_number",
    "<p>The society was founded in<br>1984. It had nine members then.</p>",
    "The society was founded in\\\n1984\\. It had nine members then.",
)

# Markdown-special text
_add(
    "underscore_phrase",
    "<p>The label on the shed read _do not water_ in white chalk.</p>",
    "The label on the shed read \\_do not water\\_ in white chalk.",
)
_add(
    "number_paren_start",
    "<p>1) Dig, 2) sow, 3) water: that is the whole method.</p>",
    "1\\) Dig, 2) sow, 3) water: that is the whole method.",
)
_add(
    "plus_line_start",
    "<p>+ 3 °C is the frost margin the society uses for tender plants.</p>",
    "\\+ 3 °C is the frost margin the society uses for tender plants.",
)
_add(
    "backticks_in_text",
    "<p>Type `plots` at the prompt in the shed to see the list.</p>",
    "Type \\`plots\\` at the prompt in the shed to see the list.",
)
_add(
    "angle_address",
    "<p>Mail &lt;plots@allotments.example.org&gt; to ask for a plot.</p>",
    "Mail &lt;plots@allotments.example.org> to ask for a plot.",
    "Mail &lt;plots@allotments.example.org\\> to ask for a plot.",
)
_add(
    "numbered_heading",
    "<h2>1. Preparing the soil</h2><p>Dig in a barrow of compost for every three metres.</p>",
    "## 1. Preparing the soil\n\nDig in a barrow of compost for every three metres.",
    "## 1\\. Preparing the soil\n\nDig in a barrow of compost for every three metres.",
)
