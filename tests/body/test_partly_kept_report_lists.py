"""A page's list of its press coverage, each item opening with its day and year ("6 May
2024: …"), some items plain text and some linked, is read whole when its first item is read
already; a dated box of links the text does not reach into stays out."""

from __future__ import annotations

import newsextract

_TEXT = (
    "<p>The strike fund pays each striking worker a daily sum from donations collected "
    "since the first walkout in the spring.</p><p>More than four thousand people have given "
    "money, most of them in amounts under twenty euros.</p>"
)


def _body(main: str) -> str:
    html = (
        "<html lang='en'><head><title>The strike fund | Example Union</title></head><body>"
        "<header><nav><a href='/'>Home</a> <a href='/news'>News</a> <a href='/join'>Join</a>"
        "</nav></header><main><div class='entry-content'><h1>The strike fund</h1>"
        f"{_TEXT}{main}</div></main><footer><p>© 2025 Example Union</p></footer></body></html>"
    )
    return newsextract.extract(html, url="https://union.example/strike-fund/").body or ""


def test_press_list_partly_linked_is_read_whole() -> None:
    body = _body(
        "<h2>In the press</h2><ul>"
        "<li>11 December 2019: Morning Ledger, “How the strike fund is shared out among "
        "workers on the picket lines”</li>"
        "<li>10 December 2019: <a href='https://tv.example/a'>Channel Five evening news, "
        "report on the fund's first week</a></li>"
        "<li>8 December 2019: Article in the Harbour Gazette – the unions' reserves</li>"
        "<li>2 December 2019: <a href='https://tv.example/b'>Lunchtime news report</a></li>"
        "<li>1 December 2019: Weekly Courier</li></ul>"
    )
    assert "How the strike fund is shared out" in body
    assert "report on the fund's first week" in body
    assert "Lunchtime news report" in body
    assert "Weekly Courier" in body


def test_dated_links_box_not_reached_by_the_text_stays_out() -> None:
    body = _body(
        "<div class='more-links'><ul>"
        "<li>12 March 2025: <a href='/news/1'>Union elects a new general secretary</a></li>"
        "<li>3 March 2025: <a href='/news/2'>Members vote on the pay offer</a></li>"
        "<li>1 March 2025: <a href='/news/3'>Annual conference moves to Leeds</a></li>"
        "</ul></div>"
    )
    assert "daily sum from donations" in body
    assert "new general secretary" not in body
    assert "Annual conference moves" not in body
