"""The blind69m round (wave 69): small pages whose structure a renderer can get wrong, each
with the Markdown ``body_markdown()`` must hold for it, decided before anything was run.

Each page is an article (a headline, a paragraph before and after the probed structure);
``markdown`` lists the renderings accepted for the structure, any one of which must stand in
the body's Markdown as whole blocks (a blank line, or the start or end, on either side). The
conventions are those docs/fields.md promises: ``-``/``1.`` lists nested four columns under
their parent, GitHub tables with the first row as header when there is no ``<th>`` row,
fences with the language, ``>`` quotes, ``Term`` / ``:   description``, captions in italics,
inline formatting dropped (plain text) and text escaped so that it renders as itself.
"""

from __future__ import annotations

import attrs
from news_probes.pages import page


@attrs.frozen(kw_only=True)
class RenderProbe:
    """One invented page and the Markdown its probed structure renders as."""

    name: str
    html: str
    markdown: tuple[str, ...]
    url: str = "https://docs.example.org/guide/page"


BEFORE = (
    "The harbour board published its yearly guide to the new quay on Monday, with the "
    "figures, the rules for berths and the steps a skipper takes to book one."
)
AFTER = (
    "The board said the guide would be revised each spring, and invited skippers to send "
    "corrections through the harbour office before the end of March."
)


def _article(title: str, content: str, *, lang: str = "en", dir_: str = "ltr") -> str:
    return page(
        lang,
        title,
        f"<main><article><h1>{title}</h1><p>{BEFORE}</p>{content}<p>{AFTER}</p></article></main>",
        dir_=dir_,
    )


PROBES: list[RenderProbe] = []


def _add(name: str, content: str, *markdown: str, lang: str = "en", dir_: str = "ltr") -> None:
    title = name.replace("_", " ").capitalize()
    PROBES.append(
        RenderProbe(
            name=f"b69m_{name}",
            html=_article(title, content, lang=lang, dir_=dir_),
            markdown=markdown,
        )
    )


# Lists
_add(
    "ul_in_ol",
    "<ol><li>Book a berth online<ul><li>pick the date</li><li>pick the length</li></ul>"
    "</li><li>Pay the deposit</li></ol>",
    "1. Book a berth online\n    - pick the date\n    - pick the length\n2. Pay the deposit",
)
_add(
    "three_levels",
    "<ul><li>Vessels<ul><li>Sail<ul><li>Sloops</li><li>Ketches</li></ul></li></ul></li>"
    "<li>Fees</li></ul>",
    "- Vessels\n    - Sail\n        - Sloops\n        - Ketches\n- Fees",
)
_add(
    "item_two_paragraphs",
    "<ol><li><p>Moor at the visitors' pontoon.</p><p>Leave the engine running until the "
    "warden waves.</p></li><li><p>Report to the office.</p></li></ol>",
    "1. Moor at the visitors' pontoon.\n\n    Leave the engine running until the warden "
    "waves.\n\n2. Report to the office.",
)
_add(
    "item_with_code",
    "<ol><li><p>Install the booking tool:</p><pre><code class='language-bash'>pip install "
    "berths</code></pre></li><li><p>Run it once.</p></li></ol>",
    "1. Install the booking tool:\n\n    ```bash\n    pip install berths\n    ```\n\n"
    "2. Run it once.",
)
_add(
    "ol_start",
    "<ol start='4'><li>Check the tide table</li><li>Cast off</li></ol>",
    "4. Check the tide table\n5. Cast off",
)
_add(
    "item_line_break",
    "<ul><li>Harbour office<br>Quay Street 4</li><li>Fuel dock</li></ul>",
    "- Harbour office\\\n  Quay Street 4\n- Fuel dock",
)
_add(
    "item_number_start",
    "<ul><li>2026. The year the quay opened</li><li>2027. The year it closed</li></ul>",
    "- 2026\\. The year the quay opened\n- 2027\\. The year it closed",
)

# Tables
_TABLE = (
    "<thead><tr><th>Berth</th><th>Length</th></tr></thead><tbody><tr><td>A1</td><td>12 m"
    "</td></tr><tr><td>B4</td><td>9 m</td></tr></tbody></table>"
)
_TABLE_MD = "| Berth | Length |\n| --- | --- |\n| A1 | 12 m |\n| B4 | 9 m |"
_add(
    "table_caption",
    f"<table><caption>Berths free in May</caption>{_TABLE}",
    f"*Berths free in May*\n\n{_TABLE_MD}",
    f"Berths free in May\n\n{_TABLE_MD}",
)
_add(
    "table_header_column",
    "<table><tr><th>Depth</th><td>8 m</td></tr><tr><th>Opened</th><td>1953</td></tr>"
    "<tr><th>Berths</th><td>120</td></tr></table>",
    "| Depth | 8 m |\n| --- | --- |\n| Opened | 1953 |\n| Berths | 120 |",
    "|  |  |\n| --- | --- |\n| Depth | 8 m |\n| Opened | 1953 |\n| Berths | 120 |",
)
_add(
    "table_empty_cells",
    "<table><thead><tr><th>Boat</th><th>Gold</th><th>Silver</th></tr></thead><tbody><tr>"
    "<td>Aurora</td><td></td><td>2</td></tr><tr><td>Boreas</td><td>1</td><td></td></tr>"
    "</tbody></table>",
    "| Boat | Gold | Silver |\n| --- | --- | --- |\n| Aurora |  | 2 |\n| Boreas | 1 |  |",
)
_add(
    "table_pipe_cell",
    "<table><thead><tr><th>Command</th><th>Effect</th></tr></thead><tbody><tr><td>ls | wc"
    "</td><td>counts files</td></tr><tr><td>cat</td><td>prints a file</td></tr></tbody>"
    "</table>",
    "| Command | Effect |\n| --- | --- |\n| ls \\| wc | counts files |\n| cat | prints a file |",
)
_add(
    "table_newline_cell",
    "<table><thead><tr><th>Office</th><th>Hours</th></tr></thead><tbody><tr><td>Harbour"
    "</td><td>Mon–Fri 8–18<br>Sat 9–12</td></tr><tr><td>Fuel</td><td>daily</td></tr>"
    "</tbody></table>",
    "| Office | Hours |\n| --- | --- |\n| Harbour | Mon–Fri 8–18 Sat 9–12 |\n| Fuel | daily |",
    "| Office | Hours |\n| --- | --- |\n| Harbour | Mon–Fri 8–18<br>Sat 9–12 |\n| Fuel | daily |",
)
_add(
    "table_colspan",
    "<table><thead><tr><th>Crew</th><th colspan='2'>Race times</th></tr></thead><tbody><tr>"
    "<td>Aurora</td><td>1:02</td><td>1:05</td></tr><tr><td>Boreas</td><td>1:04</td><td>"
    "1:01</td></tr></tbody></table>",
    "| Crew | Race times |  |\n| --- | --- | --- |\n| Aurora | 1:02 | 1:05 |\n"
    "| Boreas | 1:04 | 1:01 |",
    "| Crew | Race times | Race times |\n| --- | --- | --- |\n| Aurora | 1:02 | 1:05 |\n"
    "| Boreas | 1:04 | 1:01 |",
)
_add(
    "table_rowspan",
    "<table><thead><tr><th>Year</th><th>Port</th><th>Event</th></tr></thead><tbody><tr>"
    "<td rowspan='2'>2024</td><td>Porto</td><td>Regatta</td></tr><tr><td>Vigo</td><td>Fair"
    "</td></tr><tr><td>2025</td><td>Brest</td><td>Festival</td></tr></tbody></table>",
    "| Year | Port | Event |\n| --- | --- | --- |\n| 2024 | Porto | Regatta |\n"
    "|  | Vigo | Fair |\n| 2025 | Brest | Festival |",
    "| Year | Port | Event |\n| --- | --- | --- |\n| 2024 | Porto | Regatta |\n"
    "| 2024 | Vigo | Fair |\n| 2025 | Brest | Festival |",
)
_add(
    "table_in_list",
    "<ol><li><p>Compare the plans:</p><table><thead><tr><th>Plan</th><th>Price</th></tr>"
    "</thead><tbody><tr><td>Day</td><td>5 €</td></tr><tr><td>Week</td><td>25 €</td></tr>"
    "</tbody></table></li><li><p>Pick one.</p></li></ol>",
    "1. Compare the plans:\n\n    | Plan | Price |\n    | --- | --- |\n    | Day | 5 € |\n"
    "    | Week | 25 € |\n\n2. Pick one.",
)
_add(
    "table_cell_specials",
    "<table><thead><tr><th>Sign</th><th>Meaning</th></tr></thead><tbody><tr><td>*</td><td>"
    "berth_reserved</td></tr><tr><td>#</td><td>crane [heavy]</td></tr></tbody></table>",
    "| Sign | Meaning |\n| --- | --- |\n| \\* | berth\\_reserved |\n| # | crane \\[heavy\\] |",
)

# Code
_add(
    "code_backticks",
    "<pre><code>echo `date` &gt; stamp.txt</code></pre>",
    "```\necho `date` > stamp.txt\n```",
)
_add(
    "code_triple_backticks",
    "<pre><code class='language-markdown'>```js\nlet berth = 4;\n```</code></pre>",
    "````markdown\n```js\nlet berth = 4;\n```\n````",
)
_add(
    "code_leading_spaces",
    "<pre><code class='language-python'>def fee(length):\n    if length &gt; 10:\n"
    "        return 40\n    return 25</code></pre>",
    "```python\ndef fee(length):\n    if length > 10:\n        return 40\n    return 25\n```",
)
_add(
    "code_tabs",
    "<pre><code class='language-make'>berths:\n\tpython book.py --all</code></pre>",
    "```make\nberths:\n\tpython book.py --all\n```",
)
_add(
    "code_entities",
    "<pre><code class='lang-js'>if (a &lt; b &amp;&amp; c) { book(a); }</code></pre>",
    "```js\nif (a < b && c) { book(a); }\n```",
)
_add(
    "code_first_newline",
    "<pre class='language-sql'>\nSELECT berth FROM quay;\n</pre>",
    "```sql\nSELECT berth FROM quay;\n```",
)
_add(
    "code_blank_lines",
    "<pre><code class='language-python'>import berths\n\n\nberths.book()</code></pre>",
    "```python\nimport berths\n\n\nberths.book()\n```",
)

# Inline formatting: dropped, the text escaped
_add(
    "inline_code_emphasis_link",
    "<p>Call <code>book_berth()</code> with <em>care</em> and read <a href='/doc'>the "
    "manual</a> first.</p>",
    "Call book\\_berth() with care and read the manual first.",
)
_add(
    "inline_code_stars",
    "<p>The pattern <code>*.log</code> matches every log the quay writes.</p>",
    "The pattern \\*.log matches every log the quay writes.",
)

# Markdown-special characters in plain text
_add(
    "stars_underscores",
    "<p>The 5*3 rule and the snake_case_name both stay as they are written.</p>",
    "The 5\\*3 rule and the snake\\_case\\_name both stay as they are written.",
)
_add(
    "hash_line_start",
    "<p># of berths: 120, up from 90 last year.</p>",
    "\\# of berths: 120, up from 90 last year.",
)
_add(
    "number_line_start",
    "<p>1984. That was the year the old quay closed for good.</p>",
    "1984\\. That was the year the old quay closed for good.",
)
_add(
    "gt_line_start",
    "<p>&gt; not a quotation, just how the warden writes his notes.</p>",
    "\\> not a quotation, just how the warden writes his notes.",
)
_add(
    "dash_line_start",
    "<p>- 5 degrees overnight, the forecast said, so the pontoons will ice.</p>",
    "\\- 5 degrees overnight, the forecast said, so the pontoons will ice.",
)
_add(
    "markup_in_text",
    "<p>The form printed &lt;script&gt;alert(1)&lt;/script&gt; &amp; stopped.</p>",
    "The form printed &lt;script>alert(1)&lt;/script> & stopped.",
)
_add(
    "entities_in_text",
    "<p>AT&amp;T and R&amp;D wrote &amp;copy; where the sign should be.</p>",
    "AT&T and R&D wrote &amp;copy; where the sign should be.",
)

# Headings
_PROSE = [
    "The quay was first planned in the 1950s, when the fishing fleet outgrew the old harbour.",
    "Work began in 1961 and took four years, held up by two winters of storms.",
    "The first berths were let to fishing boats; yachts came a decade later.",
    "Its first warden kept a log of every boat, now held by the town archive.",
    "The log runs to forty volumes and is open to readers on Tuesdays.",
]
_SECTIONS = list(
    zip(range(2, 7), ("History", "Planning", "Building", "Berths", "Archive"), _PROSE, strict=True)
)
_add(
    "heading_levels",
    "".join(f"<h{level}>{name}</h{level}><p>{text}</p>" for level, name, text in _SECTIONS),
    "\n\n".join(f"{'#' * level} {name}\n\n{text}" for level, name, text in _SECTIONS),
)
_add(
    "heading_specials",
    "<h2>Why C#</h2><p>The booking tool was written in C# by a local firm in 2019.</p>"
    "<h3>The __init__ step</h3><p>Its set-up step reads the berth list once a day.</p>",
    "## Why C\\#\n\nThe booking tool was written in C# by a local firm in 2019.\n\n"
    "### The \\_\\_init\\_\\_ step\n\nIts set-up step reads the berth list once a day.",
)
_add(
    "heading_in_quote",
    "<blockquote><h3>A letter to the board</h3><p>Dear members, the new pontoons rock so "
    "much in a swell that my crew cannot step off safely.</p></blockquote>",
    "> ### A letter to the board\n>\n> Dear members, the new pontoons rock so much in a swell "
    "that my crew cannot step off safely.",
)

# Quotes
_add(
    "quote_paragraphs_cite",
    "<blockquote><p>We waited thirty years for this quay.</p><p>Now we have to learn to use "
    "it.</p><footer>— <cite>Ana Ruiz, harbour master</cite></footer></blockquote>",
    "> We waited thirty years for this quay.\n>\n> Now we have to learn to use it.\n>\n"
    "> — Ana Ruiz, harbour master",
)
_add(
    "nested_quote",
    "<blockquote><p>The warden wrote back:</p><blockquote><p>The pontoons meet the standard."
    "</p></blockquote></blockquote>",
    "> The warden wrote back:\n>\n> > The pontoons meet the standard.",
)

# Figures and definitions
_add(
    "figure_caption",
    "<figure><img src='/img/quay.jpg' alt='The quay'><figcaption>The new quay at dawn on "
    "its first day.</figcaption></figure>",
    "*The new quay at dawn on its first day.*",
)
_add(
    "caption_specials",
    "<figure><img src='/img/map.png' alt='Map'><figcaption>Berth map from harbour_map_2026"
    ".png, with *reserved* berths starred</figcaption></figure>",
    "*Berth map from harbour\\_map\\_2026.png, with \\*reserved\\* berths starred*",
)
_add(
    "definition_list",
    "<dl><dt>Quay</dt><dd>A platform where ships load and unload.</dd><dt>Pier</dt><dd>A "
    "structure built out into the water.</dd></dl>",
    "Quay\n:   A platform where ships load and unload.\n\nPier\n:   A structure built out "
    "into the water.",
)
_add(
    "definition_two_descriptions",
    "<dl><dt>Berth</dt><dd>A ship's place at a quay.</dd><dd>A bed on a ship.</dd><dt>Bollard"
    "</dt><dd>A short post for mooring lines.</dd></dl>",
    "Berth\n:   A ship's place at a quay.\n:   A bed on a ship.\n\nBollard\n:   A short post "
    "for mooring lines.",
)

# Scripts
_add(
    "rtl_arabic",
    "<p dir='rtl'>افتتح الميناء الجديد يوم الاثنين بعد أربع سنوات من العمل، ويضم مئة وعشرين "
    "مرسى.</p>",
    "افتتح الميناء الجديد يوم الاثنين بعد أربع سنوات من العمل، ويضم مئة وعشرين مرسى.",
)
_add(
    "cjk_heading_and_stars",
    "<h2>新码头的规则</h2><p>每个泊位按长度收费，标有*号的泊位需要提前预订。</p>",
    "## 新码头的规则\n\n每个泊位按长度收费，标有\\*号的泊位需要提前预订。",
)
