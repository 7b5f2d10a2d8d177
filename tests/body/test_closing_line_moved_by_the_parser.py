"""An old page's last line, which the parser moves out of a misnested ``<font>``, is still
the text's (``region_lines.closing_loose_line``); the page's footer line after it is not."""

from __future__ import annotations

import newsextract

_PAGE = (
    "<html><head><title>Mending a Barometer</title></head><body bgcolor='#ffffee'>"
    "<center><font size='5'><b>Mending a Barometer</b></font></center><hr>"
    "<table width='100%'><tr><td width='150'><font size='2'><a href='/'>Home</a><br>"
    "<a href='/clocks.html'>Clocks</a></font></td><td><font face='Arial'>The barometer "
    "came from a house sale with its glass cracked and the needle stuck at Rain.<p>I eased "
    "the bezel off, cleaned the aneroid capsule's linkage and straightened the hairspring "
    "with a pair of fine tweezers.<p>A new glass was cut by the framer in the next village "
    "for the price of a coffee.<p>It now agrees with the forecast most mornings.</font>"
    "</td></tr></table><hr><font size='1'>Last updated 3 June 2003. You are visitor number "
    "002318.</font></body></html>"
)


def test_the_last_line_pushed_out_of_its_font_is_kept() -> None:
    body = newsextract.extract(_PAGE, url="http://www.example.org/~vale/barometer.html").body
    assert "straightened the hairspring" in body
    assert body.endswith("It now agrees with the forecast most mornings.")
    assert "visitor number" not in body
