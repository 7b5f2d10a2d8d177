"""Wave 61: one update of a live page at its own address, the live page's other updates
under it ("More updates"), each an ``<article>`` of the update's own template. The others
outweigh the update by their number; the page is for the one under its ``<h1>``
(``region._permalinked_post``). A live page's own stream, its posts under its headline's
wrapper, is read whole."""

from __future__ import annotations

import newsextract

_UPDATE = (
    "The harbour authority reopened the north pier at noon after divers found no damage to "
    "its pilings."
)
_OTHERS = (
    "Ferries to the islands run to the winter timetable until further notice.",
    "The coastguard asks walkers to keep off the breakwater while the swell stays high.",
    "Two fishing boats that broke their moorings overnight were towed back by volunteers.",
    "The market on the quay will open an hour late on Saturday.",
)


def _posts(cls: str) -> str:
    return "".join(
        f"<article class='{cls}'><time>0{9 - n}:15</time><p>{text}</p></article>"
        for n, text in enumerate(_OTHERS)
    )


def _page(main: str) -> str:
    return (
        "<html lang='en'><head><title>North pier reopens</title></head><body><header><a "
        "href='/'>Saltmarsh Gazette</a><nav><a href='/news'>News</a> <a href='/live'>Live</a>"
        f"</nav></header>{main}<footer>© Saltmarsh Gazette</footer></body></html>"
    )


def test_the_permalinked_update_is_read_without_the_others() -> None:
    page = _page(
        "<main class='live-page'><p class='live-page__back'><a href='/live/storm'>Live: the "
        "storm on the coast</a></p><article class='update update--single'><time>11:58</time>"
        f"<h1>North pier reopens</h1><p>{_UPDATE}</p></article><section class='update-list'>"
        f"<h2>More updates</h2>{_posts('update')}</section></main>"
    )
    body = newsextract.extract(page, url="https://saltmarsh.example.com/live/storm/u/88").body
    assert body is not None
    assert _UPDATE in body
    assert all(text not in body for text in _OTHERS)


def test_a_live_page_stream_under_its_headline_is_read_whole() -> None:
    page = _page(
        "<main class='live-page'><div class='live-head'><h1>Live: the storm on the coast</h1>"
        f"<p>{_UPDATE}</p></div><div class='update-list'>{_posts('update')}</div></main>"
    )
    body = newsextract.extract(page, url="https://saltmarsh.example.com/live/storm").body
    assert body is not None
    assert all(text in body for text in _OTHERS)
