"""Readers' comments without a class under a bare "Comments" label close no text: entries
each opened by a name and a date are dropped; a section titled "Comments" that holds prose
is the text's own."""

import newsextract

_STORY = [
    "The harbour board of Saltmere agreed on Monday to rebuild the north quay before winter.",
    "Work on the quay will start in August and close the fish market for six weeks.",
    "Traders said the board had promised a temporary market hall on the car park by the bridge.",
    "The board said the rebuilt quay would take boats twice the size of those landing now.",
]
_COMMENTS = [
    ("Ola Brenn", "12.07.2026 09:14", "Six weeks without the market in summer is far too long."),
    ("Kim Lowe", "12.07.2026 10:02", "Good news at last, the old quay has been unsafe for years."),
    ("R. Dunmore", "13.07.2026 18:45", "Where will the smaller boats land while the work goes on?"),
]


def _page(section: str, lang: str = "en") -> str:
    story = "".join(f"<p>{p}</p>" for p in _STORY)
    return (
        f'<html lang="{lang}"><head><title>Quay</title><meta property="og:type" content="article">'
        f"</head><body><main><article><h1>Saltmere to rebuild north quay</h1>"
        f"<div>{story}</div>{section}</article></main></body></html>"
    )


def _body(html: str) -> str:
    return newsextract.extract(html, url="https://news.example.com/quay.html").body or ""


def test_comments_in_a_table_under_a_bare_label_are_dropped() -> None:
    rows = "".join(f"<tr><td>{n}<br>{d}</td><td>{t}</td></tr>" for n, d, t in _COMMENTS)
    body = _body(_page(f"<h3>Comments (3)</h3><table>{rows}</table>"))
    assert _STORY[-1] in body
    assert not any(t in body for _, _, t in _COMMENTS)


def test_comments_in_plain_blocks_under_a_chinese_label_are_dropped() -> None:
    entries = "".join(
        f"<div><p><strong>{n}</strong> · {d}</p><p>{t}</p></div>" for n, d, t in _COMMENTS
    )
    body = _body(_page(f"<h3>评论</h3>{entries}"))
    assert _STORY[-1] in body
    assert not any(t in body for _, _, t in _COMMENTS)


def test_a_section_titled_comments_that_holds_prose_is_kept() -> None:
    prose = [
        "Comments say why the code does something, not what it does; the code says that.",
        "Keep them short, and change them in the same commit as the code they describe.",
        "Last edited 12.07.2026 09:14 by Ola Brenn",  # one dated line is a stamp
    ]
    body = _body(_page("<h2>Comments</h2>" + "".join(f"<p>{p}</p>" for p in prose)))
    assert prose[0] in body and prose[1] in body
