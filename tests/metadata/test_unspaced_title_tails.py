"""A Chinese or Japanese page whose only title is its ``<title>`` loses the channel's and the
site's names after bars, underscores or hyphens set bare between ideographs, though no source
names the site; a part as long as a headline, a label before the headline, a hyphen of the
headline's own and a title of a script with spaces are kept."""

from __future__ import annotations

import pytest

import newsextract
from newsextract.metadata.title_cleanup import without_unspaced_tail


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("市政府召开常务会议研究经济工作_新闻频道_城市网", "市政府召开常务会议研究经济工作"),
        ("市政府召开常务会议研究经济工作｜财经", "市政府召开常务会议研究经济工作"),
        ("市議会が新しい条例を可決｜地域ニュース｜みなと新聞", "市議会が新しい条例を可決"),
        ("專訪｜市議會通過新條例", "專訪｜市議會通過新條例"),  # a label opens it: not a tail
        (  # a second part as long as a headline's: the headline's own
            "市议会通过新条例_市民对新条例的看法各不相同",
            "市议会通过新条例_市民对新条例的看法各不相同",
        ),
        ("Council passes new bylaw | News | Courier", "Council passes new bylaw | News | Courier"),
        # hyphens set bare between ideographs: a portal's separators, read after the bars
        ("市政府召开常务会议研究经济工作-本地新闻-城市网", "市政府召开常务会议研究经济工作"),
        ("市政府召开常务会议研究经济工作--时政--城市网", "市政府召开常务会议研究经济工作"),
        ("中-美贸易谈判今日重启_新闻_城市网", "中-美贸易谈判今日重启"),  # the headline's own
        ("COVID-19疫苗接种点增至十处_新闻", "COVID-19疫苗接种点增至十处"),  # not between ideographs
    ],
)
def test_the_tail_of_a_title_without_spaces(title: str, expected: str) -> None:
    assert without_unspaced_tail(title) == expected


def test_a_page_with_only_its_title() -> None:
    text = "市议会今天通过了新的条例。" * 20
    html = (
        "<html lang=zh><head><title>市议会通过新条例_新闻频道_城市网</title></head>"
        f"<body><p>{text}</p></body></html>"
    )
    article = newsextract.extract(html, url="https://news.city.example/a.html")
    assert article.title == "市议会通过新条例"
