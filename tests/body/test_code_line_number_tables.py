"""A code block set as a table of a line-number cell and a code cell (Pygments'
``highlighttable``, Rouge's ``rouge-table``) is read as the code block, its lines kept and
its line numbers dropped; a data table with a ``<pre>`` in one cell stays a table."""

from __future__ import annotations

import newsextract
from newsextract import BlockKind


def _article(inner: str) -> newsextract.Article:
    html = (
        "<html lang='en'><head><title>Reading a sensor | Example Docs</title></head><body>"
        "<nav><a href='/'>Docs</a> <a href='/api'>API</a></nav><main><article>"
        "<h1>Reading a sensor over I2C</h1><p>The sensor answers on address 0x44 and "
        f"returns six bytes per reading.</p>{inner}<p>Wait at least ten milliseconds "
        "between the command and the read.</p></article></main></body></html>"
    )
    return newsextract.extract(html, url="https://docs.example/sensors/i2c")


def test_pygments_line_number_table_is_a_code_block() -> None:
    article = _article(
        "<div class='highlight'><table class='highlighttable'><tr><td class='linenos'>"
        "<pre>1\n2\n3</pre></td><td class='code'><pre>bus = SMBus(1)\n"
        "bus.write_byte(0x44, 0xFD)\ndata = bus.read_i2c_block_data(0x44, 0, 6)</pre></td>"
        "</tr></table></div>"
    )
    code = [b for b in article.body_blocks if b.kind is BlockKind.PREFORMATTED]
    assert len(code) == 1
    assert code[0].text.splitlines()[2] == "data = bus.read_i2c_block_data(0x44, 0, 6)"
    assert "1\n2\n3" not in (article.body or "")


def test_rouge_gutter_table_is_a_code_block() -> None:
    article = _article(
        "<table class='rouge-table'><tbody><tr><td class='rouge-gutter gl'><pre "
        "class='lineno'>1\n2</pre></td><td class='rouge-code'><pre>sensor = Sensor(0x44)\n"
        "print(sensor.read())</pre></td></tr></tbody></table>"
    )
    code = [b for b in article.body_blocks if b.kind is BlockKind.PREFORMATTED]
    assert [b.text for b in code] == ["sensor = Sensor(0x44)\nprint(sensor.read())"]


def test_parameter_table_with_a_code_cell_stays_a_table() -> None:
    article = _article(
        "<table><tr><th>Name</th><th>Example</th></tr><tr><td>address</td><td><pre>0x44"
        "</pre></td></tr><tr><td>bus</td><td><pre>SMBus(1)</pre></td></tr></table>"
    )
    rows = [b for b in article.body_blocks if b.kind is BlockKind.TABLE_ROW]
    assert len(rows) == 3
