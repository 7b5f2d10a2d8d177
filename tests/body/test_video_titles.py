"""A line under a video's player that is the title the page declares for the video
(JSON-LD ``VideoObject`` ``name``, top level or an article's ``video``) is the video's
caption, not a line of the text; a sentence of the text stays whatever the video is called."""

from __future__ import annotations

import json

import newsextract

_TEXT = (
    "<p>The harbour will close for three weeks while the old quay is rebuilt, the port "
    "authority said on Monday after a long meeting with the ferry operators.</p>"
    "<p>Fishing boats will moor at the north pier until the works are finished in June, "
    "and the weekly market moves to the car park beside the station.</p>"
)


def _page(line: str, video: dict[str, object], nested: bool) -> str:
    article: dict[str, object] = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "Harbour to close for works",
    }
    graph: object = [article, video]
    if nested:
        article["video"] = video
        graph = article
    return (
        "<html lang='en'><head><script type='application/ld+json'>"
        f"{json.dumps(graph)}</script></head><body><article><h1>Harbour to close for works"
        "</h1><div class='video-top'><figure class='video-hero'><div id='player'></div>"
        f"</figure><div class='video-title'>{line}</div></div>{_TEXT}</article></body></html>"
    )


def _video(name: str) -> dict[str, object]:
    return {"@type": "VideoObject", "name": name, "uploadDate": "2025-03-02"}


def test_declared_video_title_is_a_caption() -> None:
    for nested in (True, False):
        html = _page(
            "Drone footage of the old quay", _video("Drone footage of the old quay"), nested
        )
        article = newsextract.extract(html, url="https://news.example/harbour")
        assert "Drone footage" not in article.body
        assert "weekly market moves" in article.body
        assert any(
            b.caption and b.text == "Drone footage of the old quay" for b in article.body_blocks
        )


def test_line_of_another_name_stays() -> None:
    html = _page("Drone footage of the old quay", _video("Port chief on the closure"), True)
    body = newsextract.extract(html, url="https://news.example/harbour").body
    assert "Drone footage of the old quay" in body


def test_sentence_named_like_the_video_stays() -> None:
    line = "Watch the old quay come down."
    html = _page(line, _video(line), True)
    body = newsextract.extract(html, url="https://news.example/harbour").body
    assert line in body


_DESCRIPTION = (
    "The port authority explains why the old quay must be rebuilt before the summer ferries return."
)


def test_a_video_description_with_the_player_stamp_is_a_caption() -> None:
    line = f"{_DESCRIPTION} 02.03.2025 | 1:48 min"
    video = _video("Why the quay is rebuilt")
    video["description"] = _DESCRIPTION
    article = newsextract.extract(_page(line, video, False), url="https://news.example/h")
    assert "must be rebuilt before the summer" not in article.body
    assert "weekly market moves" in article.body
    assert any(b.caption and b.text == line for b in article.body_blocks)


def test_a_paragraph_repeating_a_video_description_without_a_stamp_stays() -> None:
    video = _video("Why the quay is rebuilt")
    video["description"] = _DESCRIPTION
    article = newsextract.extract(_page(_DESCRIPTION, video, True), url="https://news.example/h")
    assert "must be rebuilt before the summer" in article.body
