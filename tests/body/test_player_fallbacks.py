"""What a video player shows when it fails to load ("video-fallback"), set between the
text's paragraphs, is not the text."""

from __future__ import annotations

import newsextract


def test_player_fallback_message_goes() -> None:
    html = (
        "<html lang='en'><head><meta property='og:type' content='article'></head><body>"
        "<main><article><h1>Jobless rate falls</h1><p>The jobless rate fell to 6.1 per cent "
        "in May as employers added 40,000 jobs, the statistics office said on Friday.</p>"
        "<div class='player-box'><div class='video-fallback'><div class='video-fallback-line'>"
        "Sorry, this video could not be loaded.</div></div></div><div><div "
        "class='video-fallback'><p>Sorry, this video could not be loaded.</p></div></div>"
        "<p>Economists had expected a smaller gain, and bond yields rose after the release."
        "</p></article></main></body></html>"
    )
    body = newsextract.extract(html, url="https://news.example/economy/jobs").body or ""
    assert "bond yields rose" in body
    assert "could not be loaded" not in body
