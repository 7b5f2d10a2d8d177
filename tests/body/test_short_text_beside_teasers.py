"""A short text beside a list of teaser cards (each a linked headline over its summary) is
the body, though the list's summaries outscore it as a whole: a one-paragraph breaking item
over a river of the latest news, a brief over its related stories. The cards' lines stay
out, and a page of teasers only still reads them."""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

import newsextract
from newsextract.body.blocks import walk
from newsextract.body.scoring import best_container, tally

_ITEM = (
    "The harbour road in Lindqvist was closed in both directions on Tuesday afternoon after "
    "a lorry shed its load of timber near the ferry terminal, police said."
)


def _river(count: int) -> str:
    return "".join(
        f"<li><time>1{n}:05</time><h3><a href='/news/{n}'>Another headline number {n} of the "
        f"day</a></h3><p>Summary {n}: the council agreed a new budget for the schools, the "
        "libraries and the swimming pools of the district, after a long debate.</p></li>"
        for n in range(count)
    )


def _page(text: str, river: str) -> str:
    return (
        "<html lang='en'><body><header><nav><a href='/'>Home</a></nav></header><main>"
        "<article class='story'><h1>Harbour road closed</h1><div class='story__content'>"
        f"{text}</div></article><section class='river'><h2>Latest news</h2><ol>{river}</ol>"
        "</section></main><footer><p>© 2026 Example</p></footer></body></html>"
    )


def test_a_one_paragraph_item_over_a_river_of_teasers() -> None:
    article = newsextract.extract(_page(f"<p>{_ITEM}</p>", _river(6)), url="https://n.example/a")
    assert _ITEM in (article.body or "")
    assert "Summary" not in (article.body or "") + (article.lead or "")


def test_a_page_of_teasers_only_keeps_them() -> None:
    article = newsextract.extract(_page("", _river(6)), url="https://n.example/latest")
    assert "Summary 5" in (article.body or "")


def test_the_summary_of_a_card_after_a_short_brief_is_no_standfirst() -> None:
    cards = "".join(
        f"<article class='teaser'><h3 class='teaser__title'><a href='/r/{n}'>Another story "
        f"number {n} from the region</a></h3><p class='teaser__summary'>Summary {n}: the "
        "mayor opened the new library, which holds twenty thousand books.</p></article>"
        for n in range(5)
    )
    html = (
        "<html lang='en'><body><main><article class='article'><h1>Bridge reopens on Monday"
        f"</h1><div class='article__body'><p>{_ITEM}</p></div></article><section "
        f"class='related'><h2>More from the region</h2>{cards}</section></main></body></html>"
    )
    article = newsextract.extract(html, url="https://n.example/bridge")
    assert not (article.lead or "").startswith(("Another story", "Summary"))


def test_a_poem_over_an_archive_of_linked_titles_and_first_lines() -> None:
    archive = "".join(
        f"<li><a href='/poem/{n}'>Earlier poem {n}</a><p class='archive__excerpt'>First line "
        f"{n}: the hills are green far away from us, my grandfather said one summer.</p></li>"
        for n in range(6)
    )
    html = (
        "<html lang='ga'><body><main class='poem-page'><article class='poem'><h1>The moon over "
        "the harbour</h1><div class='poem__text'><p>The moon sits over the harbour,<br>the "
        "boats asleep on the quiet water;<br>I hear the sea far away from me,<br>like a song "
        "my mother sang me long ago.</p><p>Tomorrow the wind will blow again,<br>but tonight "
        "the whole world is silent.</p></div></article><section class='archive'><h2>Other "
        f"poems</h2><ul>{archive}</ul></section></main></body></html>"
    )
    article = newsextract.extract(html, url="https://poems.example/today")
    assert "like a song my mother sang me long ago." in (article.body or "")
    assert "First line" not in (article.body or "") + (article.lead or "")


# A story in Han characters, about a thousand of them: as many Latin letters would be a
# short text, but its Latin width (two a character) outweighs three cards' excerpts.
_HAN_SENTENCES = (
    "青河县交通运输局十三日上午通报，连接县城与北岸镇的青河大桥将从下周一起封闭维修，预计工期为四十五天。",
    "据介绍，这座大桥建成于一九九八年，是全县南北往来的主要通道，每天通行的车辆超过一万两千辆次。",
    "今年夏天的检测报告显示，桥面伸缩缝和部分支座出现不同程度的老化，需要及时更换以保证行车安全。",
    "封闭期间，过往车辆须绕行上游的白石渡桥，货车和客车将由交警在两端路口引导分流，绕行距离约九公里。",
    "县公交公司表示，途经大桥的三条公交线路将临时调整走向，并在北岸镇增设两处临时停靠站，方便居民出行。",
    "北岸镇中学的学生每天需要过桥上学，教育部门已与公交公司协商，在早晚高峰增开四趟学生专线。",
    "不少沿线商户对封闭表示担忧，一位经营农家菜馆多年的店主说，绕行会让外地游客减少，希望工期不要拖延。",
    "对此，交通运输局回应称，施工单位将采取昼夜两班轮换作业的方式，力争在四十天内完成全部维修任务。",
    "维修内容包括更换全部伸缩缝、加固两处桥墩基础、重新铺设桥面沥青，并对护栏和照明设施进行整体改造。",
    "施工期间，桥下航道将在白天限时通航，船只须服从现场管理人员的指挥，夜间则暂停一切船舶通行。",
    "县应急管理局也已制定应急预案，在大桥两端各安排一辆救护车和一支抢修队伍，全天候待命处置突发情况。",
    "当地居民可以通过县政府网站和交通服务热线查询最新的绕行路线和公交调整信息，也可以提出意见和建议。",
    "一位在北岸镇生活了三十多年的老人说，这座桥陪伴了他大半辈子，修好以后大家走起来会更加放心。",
    "交通运输局负责人表示，维修完成后大桥的设计使用年限将延长二十年，通行能力也会有一定程度的提升。",
    "据了解，全县今年共安排了七座桥梁的维修加固工程，总投资约八千六百万元，青河大桥是其中规模最大的一座。",
    "其余六座桥梁的维修将在明年春季之前陆续完成，届时全县农村公路的通行条件将得到进一步改善。",
    "有关部门提醒广大驾驶员提前规划出行路线，注意绕行路段的限速和临时交通标志，确保行车安全。",
    "如遇恶劣天气，施工计划可能会作出相应调整，交通运输局将通过官方渠道及时向社会公布最新进展。",
    "北岸镇政府还组织志愿者在绕行路口设立服务点，为过往的老人和外地游客提供指路和饮用水等帮助。",
    "大桥封闭前的最后一个周末，不少市民专程来到桥上拍照留念，一些摄影爱好者还记录下了落日时分的景色。",
)


def _han_story_page() -> str:
    story = "".join(
        "<p>" + "".join(_HAN_SENTENCES[start : start + 4]) + "</p>" for start in range(0, 20, 4)
    )
    cards = "".join(
        f"<li><p><a href='/news/{n}'>相关新闻第{n}条：县里新修的乡村公路陆续通车，"
        f"村民出行更加方便。</a></p><p>1月1{n}日</p></li>"
        for n in range(3)
    )
    return (
        "<html lang='zh'><body><main><div class='article'><h1>青河大桥下周一起封闭维修</h1>"
        f"{story}<h2>相关新闻</h2><ul>{cards}</ul></div><div class='category-follow'><p>"
        "关注本栏目后，即可在我的页面中集中阅读本栏目的全部文章，仅限注册会员使用。"
        "注册和登录都是免费的，登录后还可以收藏文章、发表评论，并且可以接收每天早晚两次的"
        "新闻提醒。</p></div></main></body></html>"
    )


def test_a_story_in_han_characters_is_not_taken_for_a_list_of_its_related_cards() -> None:
    """Its container (the story and three linked cards) stays the best: a thousand Han
    characters are fewer than three cards' 400 each, but not in Latin width."""
    walked = walk(LexborHTMLParser(_han_story_page()).body, figures=True)
    sums = tally(walked)
    best = best_container(walked, sums)
    texts = [b.text for b in walked.blocks if best <= b.container <= sums.end[best]]
    assert any(_HAN_SENTENCES[0] in text for text in texts)
    article = newsextract.extract(_han_story_page(), url="https://n.example/q", body="newsextract")
    assert _HAN_SENTENCES[-1] in (article.body or "")
