"""The blind72u pages (issues 11 and 12, wave 72): pages in scripts written without spaces
between words (Chinese in both forms, Japanese, Thai, Lao, Khmer, Burmese, Tibetan) and in
Korean, which spaces by phrase, where a threshold counted in words or a split on white space
would mislead: Chinese portals' "来源：", "原标题：" and "责任编辑：" lines, Japanese
news with "（共同）" credits and "関連記事" rails, Thai pages with Buddhist-era years and
Thai digits, Khmer and Burmese digits in dates, full-width digits and punctuation, ruby
annotations in the text, short paragraphs of one or two sentences that are the real text;
news, blogs, forums, documentation and shops. The truth of every field and every body line
was written down before either tool ran. Every site, name and text is invented.

Conventions, decided before running: the text is the post's or page's own paragraphs; a
"原标题" (original headline) line, an editor-in-charge line ("责任编辑：", "（編輯：…）"),
tags, related rails, share and cart buttons, prices and the footer are not; a ruby
annotation's reading (``<rt>``) is no part of the text it glosses. An editor in charge is no
author; a news agency's credit ("（共同）", "新华社") is a source, no author. A shop's
product page has no publication date and no author. A page whose only stamp is "last
updated" takes that date. A hashtag link's tag is written as the page writes it, "#" and all
(docs/fields.md): three pages' truths said otherwise when written and were set so after the
blind run (newsextract kept the "#" on all three, trafilatura on the one it read)."""

from __future__ import annotations

import json
from typing import Any

from tests.metadata.whole_pages_68 import WholeProbe, day

PROBES: list[WholeProbe] = []


def ld(kind: str = "NewsArticle", **fields: Any) -> str:
    data = {"@context": "https://schema.org", "@type": kind, **fields}
    return f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>'


def head(lang: str, title: str, extra: str = "") -> str:
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">'
        f"<title>{title}</title>{extra}</head>"
    )


def paras(texts: tuple[str, ...]) -> str:
    return "".join(f"<p>{t}</p>" for t in texts)


def links(items: tuple[str, ...], path: str = "a") -> str:
    return "".join(f'<li><a href="/{path}/{n}.html">{t}</a></li>' for n, t in enumerate(items))


def add(
    name: str,
    url: str,
    html: str,
    *,
    must: tuple[str, ...],
    must_not: tuple[str, ...],
    **want: Any,
) -> None:
    PROBES.append(
        WholeProbe(name=name, url=url, html=html, want=want, must=must, must_not=must_not)
    )


# --- Chinese portals: info line with 来源 and 作者, 原标题 above, 责任编辑 below -----------

_CN1_BODY = (
    "3月4日，江城市政府召开新闻发布会，介绍今年城市更新的主要安排。",
    "今年全市计划改造老旧小区一百二十个，惠及居民约三万户。",
    "改造内容包括加装电梯、更换管网和增设停车位。",
    "市住建局表示，所有项目将在年底前完成。",
)
add(
    "zh_portal_source_editor_lines",
    "https://news.jiangcheng-daily.example.cn/2024/0305/c1001-3345.html",
    head("zh-CN", "江城今年改造一百二十个老旧小区_江城新闻网")
    + '<body><div class="top-nav"><a href="/">首页</a> <a href="/gn/">国内</a> '
    '<a href="/sh/">社会</a></div><div class="main"><div class="article">'
    "<h1>江城今年改造一百二十个老旧小区</h1>"
    '<div class="info">2024-03-05 10:20　来源：江城日报　作者：张伟</div>'
    '<div class="content" id="article-content"><p class="otitle">原标题：老旧小区改造'
    "惠及三万户</p>" + paras(_CN1_BODY) + '<p class="editor">责任编辑：李娜</p></div>'
    '<div class="keywords">关键词：<a href="/t/1">城市更新</a><a href="/t/2">老旧小区</a>'
    '</div><div class="share">分享到：微信 微博</div></div><div class="related">'
    "<h3>相关新闻</h3><ul>"
    + links(("江城地铁三号线开通", "江城发布春季出行提示"))
    + '</ul></div></div><div class="footer">江城新闻网 版权所有</div></body></html>',
    title="江城今年改造一百二十个老旧小区",
    authors=("张伟",),
    published=day(2024, 3, 5),
    tags=("城市更新", "老旧小区"),
    language="zh",
    must=_CN1_BODY,
    must_not=("原标题：老旧小区改造", "责任编辑：李娜", "江城地铁三号线开通", "分享到"),
)

_CN2_BODY = (
    "本报讯（记者 王芳）３月４日，江城第一中学举行春季运动会。",
    "全校两千多名学生参加了比赛。",
    "校长说，运动会已经连续举办了三十年。",
)
add(
    "zh_portal_fullwidth_digits_benbaoxun",
    "https://www.jcwb.example.cn/html/2024-03/05/content_88120.htm",
    head("zh-CN", "江城一中举行春季运动会 - 江城晚报")
    + '<body><div id="header"><a href="/">江城晚报</a></div><div id="nav">'
    '<a href="/">首页</a> | <a href="/jy/">教育</a></div><div class="wrap">'
    '<div class="title"><h1>江城一中举行春季运动会</h1></div><div class="sj">'
    "２０２４年０３月０５日　０８：１５　来源：江城晚报</div>"
    '<div class="zw">' + paras(_CN2_BODY) + "<p>（责任编辑：赵敏）</p></div>"
    '<div class="xg"><h4>相关阅读</h4><ul>'
    + links(("江城中小学春季开学", "一中篮球队夺冠"))
    + '</ul></div></div><div id="footer">江城晚报社 版权所有</div></body></html>',
    title="江城一中举行春季运动会",
    authors=("王芳",),
    published=day(2024, 3, 5),
    language="zh",
    must=_CN2_BODY,
    must_not=("责任编辑：赵敏", "江城中小学春季开学", "版权所有"),
)

_CN3_BODY = (
    "上周末我去了一趟山里。",
    "路上几乎没有车。",
    "村口的老槐树还在，比记忆中更高了。",
    "奶奶做了一桌子菜，全是我小时候爱吃的。",
    "吃完饭，我们坐在院子里晒太阳。",
    "傍晚下山的时候，天边全是晚霞。",
    "我想，明年春天还要再来。",
)
add(
    "zh_blog_one_sentence_paragraphs",
    "https://blog.example.cn/lm/posts/2024/03/shanli.html",
    head("zh-CN", "回山里看奶奶 - 李明的博客")
    + '<body><header class="site-header"><a href="/lm/">李明的博客</a><nav><a href="/lm/">'
    '首页</a> <a href="/lm/archive">归档</a> <a href="/lm/about">关于</a></nav></header>'
    '<main><article class="post"><h1 class="post-title">回山里看奶奶</h1>'
    '<div class="post-meta">文/李明 · 发表于 2024-03-05</div><div class="post-content">'
    + paras(_CN3_BODY)
    + '</div><div class="post-tags">标签：<a href="/tag/jiaxiang">家乡</a> '
    '<a href="/tag/suibi">随笔</a></div><nav class="post-nav"><a href="/p/1">上一篇：'
    '春节流水账</a> <a href="/p/3">下一篇：读书笔记</a></nav></article></main>'
    '<aside class="sidebar"><h3>最近文章</h3><ul>'
    + links(("春节流水账", "读书笔记"))
    + "</ul></aside><footer>© 2024 李明的博客</footer></body></html>",
    title="回山里看奶奶",
    authors=("李明",),
    published=day(2024, 3, 5),
    tags=("家乡", "随笔"),
    language="zh",
    must=_CN3_BODY,
    must_not=("上一篇：", "下一篇：", "© 2024 李明的博客"),
)

_CN4_BODY = (
    "各位好，我家的热水器最近一开就跳闸。",
    "已经换过一次漏电保护器了，还是一样。",
    "请问是不是加热管坏了？大概要多少钱修？",
)
add(
    "zh_forum_discuz_first_post",
    "https://bbs.jiangcheng.example.cn/thread-556677-1-1.html",
    head("zh-CN", "热水器一开就跳闸怎么办 - 家电维修 - 江城论坛 - Powered by Discuz!")
    + '<body><div id="hd"><a href="/">江城论坛</a></div><div id="pt">'
    '<a href="/">论坛</a> › <a href="/forum-12-1.html">家电维修</a></div>'
    '<div id="postlist"><div id="post_1"><table class="plhin"><tr><td class="pls">'
    '<div class="authi"><a class="xw1" href="/space-uid-81.html">老王修电器</a></div>'
    '<p>帖子 12</p><p>积分 45</p></td><td class="plc"><div class="pi"><strong>楼主</strong>'
    '<div class="authi"><em id="authorposton1">发表于 2024-3-5 10:20</em></div></div>'
    '<h1 class="ts">热水器一开就跳闸怎么办</h1><div class="t_fsz"><table><tr>'
    '<td class="t_f" id="postmessage_1">'
    + "<br>".join(_CN4_BODY)
    + '</td></tr></table></div><div class="sign">签名：专业维修二十年，欢迎咨询</div>'
    '<div class="po"><a href="#">回复</a> <a href="#">举报</a></div></td></tr></table>'
    '</div></div><div id="ft">Powered by Discuz! X3.4 © 2001-2024</div></body></html>',
    title="热水器一开就跳闸怎么办",
    published=day(2024, 3, 5),
    language="zh",
    must=_CN4_BODY,
    must_not=("签名：专业维修二十年", "积分 45", "Powered by Discuz"),
)

_CN5_BODY = (
    "这款保温杯采用双层不锈钢真空结构，保温时间可达十二小时。",
    "杯盖内置茶隔，泡茶和喝水都很方便。",
    "容量五百毫升，适合办公室和户外使用。",
)
add(
    "zh_shop_product_description",
    "https://shop.example.cn/item/880012.html",
    head("zh-CN", "真空保温杯 500毫升 - 江城好物商城")
    + '<body><div class="shop-top"><a href="/">江城好物商城</a> <a href="/cart">购物车(0)</a>'
    '</div><div class="product"><h1 class="product-name">真空保温杯 500毫升</h1>'
    '<div class="price">¥129.00</div><div class="sku">颜色：白色 黑色</div>'
    '<button class="add-cart">加入购物车</button><button>立即购买</button>'
    '<div class="tabs"><span>商品详情</span><span>累计评价 386</span></div>'
    '<div class="detail">' + paras(_CN5_BODY) + '</div></div><div class="recommend">'
    "<h3>猜你喜欢</h3><ul>"
    + links(("陶瓷马克杯", "便携茶具套装"), "item")
    + '</ul></div><div class="footer">江城好物商城 客服热线 400-000-0000</div></body></html>',
    title="真空保温杯 500毫升",
    authors=(),
    published=None,
    language="zh",
    must=_CN5_BODY,
    must_not=("加入购物车", "立即购买", "¥129.00", "猜你喜欢"),
)

_CN6_BODY = (
    "安装完成后，需要先初始化配置文件。",
    "运行下面的命令即可生成默认配置。",
    "配置文件默认保存在用户目录下。",
    "如果需要修改端口，请编辑其中的 port 字段。",
)
add(
    "zh_docs_short_paragraphs_last_updated",
    "https://docs.example.cn/guide/config.html",
    head("zh-CN", "初始化配置 | 江流文档")
    + '<body><div class="navbar"><a href="/">江流文档</a> <a href="/guide/">指南</a> '
    '<a href="/api/">接口</a></div><aside class="sidebar"><ul>'
    + links(("快速开始", "安装", "初始化配置"), "guide")
    + '</ul></aside><main class="page"><div class="theme-default-content"><h1>初始化配置</h1>'
    + paras(_CN6_BODY[:2])
    + "<pre><code>jiangliu init --default</code></pre>"
    + paras(_CN6_BODY[2:])
    + '</div><footer class="page-edit"><a href="/edit/config.md">在 GitHub 上编辑此页</a>'
    '<span class="last-updated">最后更新：2024/3/5 18:40</span></footer>'
    '<div class="page-nav"><a href="/guide/install.html">← 安装</a></div></main></body></html>',
    title="初始化配置",
    published=day(2024, 3, 5),
    language="zh",
    must=_CN6_BODY,
    must_not=("在 GitHub 上编辑此页", "最后更新", "← 安装"),
)

_CN7_BODY = (
    "消费是拉动经济增长的重要力量。",
    "近年来，服务消费在居民支出中的比重不断上升。",
    "要进一步释放消费潜力，关键在于稳定就业和提高收入。",
    "（作者系江城大学经济学院教授）",
)
add(
    "zh_opinion_author_is_professor_note",
    "https://opinion.example.cn/2024/03/05/xiaofei.html",
    head("zh-CN", "释放消费潜力关键在稳就业 - 江城评论")
    + '<body><div class="nav"><a href="/">江城评论</a> <a href="/sp/">时评</a></div>'
    '<div class="article"><h1>释放消费潜力关键在稳就业</h1><div class="meta">'
    '<span class="author">文｜陈静</span> <span class="time">2024年03月05日 07:30</span></div>'
    '<div class="text">' + paras(_CN7_BODY) + '</div></div><div class="hot"><h3>热门评论</h3>'
    "<ul>" + links(("谈谈年轻人的储蓄观", "城市更新要重民生")) + "</ul></div>"
    '<div class="footer">江城评论网</div></body></html>',
    title="释放消费潜力关键在稳就业",
    authors=("陈静",),
    published=day(2024, 3, 5),
    language="zh",
    must=_CN7_BODY[:3],
    must_not=("谈谈年轻人的储蓄观", "热门评论"),
)

_CN8_BODY = (
    "春运期间，江城火车站日均发送旅客超过八万人次，比去年同期增长百分之十二。",
    "为应对客流高峰，铁路部门增开了临时列车四十对，并延长了售票窗口的服务时间。",
    "车站还增设了爱心通道，为老人、孕妇和带小孩的旅客提供优先进站服务。",
    "铁路部门提醒旅客，请提前两小时到达车站，预留足够的安检和候车时间。",
)
add(
    "zh_jsonld_word_count_in_characters",
    "https://www.jcrb.example.cn/news/2024-03/05/88213.html",
    head(
        "zh-CN",
        "江城火车站日均发送旅客超八万人次_江城日报",
        ld(
            headline="江城火车站日均发送旅客超八万人次",
            datePublished="2024-03-05T09:00:00+08:00",
            author={"@type": "Person", "name": "刘洋"},
            wordCount=sum(len(p) for p in _CN8_BODY),
            isAccessibleForFree=True,
        ),
    )
    + '<body><div class="header"><a href="/">江城日报</a></div><div class="article">'
    '<h1>江城火车站日均发送旅客超八万人次</h1><p class="byline">记者 刘洋</p>'
    '<div class="article-body">' + paras(_CN8_BODY) + '</div></div><div class="footer">'
    "江城日报社</div></body></html>",
    title="江城火车站日均发送旅客超八万人次",
    authors=("刘洋",),
    published=day(2024, 3, 5),
    language="zh",
    must=_CN8_BODY,
    must_not=("江城日报社",),
)

_CN9_BODY = (
    "2008年5月12日的那场地震，改变了这座小镇。",
    "十六年过去了，当年的板房区已经变成了一片茶园。",
    "镇上的年轻人说，他们想把这里的茶卖到全国。",
)
add(
    "zh_blog_date_in_prose_posted_below",
    "https://www.chashan-notes.example.cn/p/xiaozhen.html",
    head("zh-CN", "小镇十六年 - 茶山手记")
    + '<body><div class="head"><a href="/">茶山手记</a></div><div class="entry">'
    '<h2 class="entry-title">小镇十六年</h2><div class="entry-content">'
    + paras(_CN9_BODY)
    + '</div><div class="entry-footer">发布于 2024年3月5日 · 分类：<a href="/c/1">游记</a>'
    '</div></div><div class="widget"><h3>归档</h3><ul>'
    + links(("2024年2月", "2024年1月"), "archive")
    + '</ul></div><div class="foot">茶山手记 © 2024</div></body></html>',
    title="小镇十六年",
    published=day(2024, 3, 5),
    language="zh",
    must=_CN9_BODY,
    must_not=("茶山手记 © 2024", "分类："),
)

_CN10_BODY = (
    "江城今天首次发布高温橙色预警。",
    "预计最高气温将达到三十八度。",
)
add(
    "zh_brief_two_short_paragraphs",
    "https://news.example.cn/kuaixun/2024/07/05/gaowen.html",
    head("zh-CN", "江城首发高温橙色预警_快讯_江城新闻网")
    + '<body><div class="nav"><a href="/">江城新闻网</a> <a href="/kuaixun/">快讯</a></div>'
    '<div class="kx-detail"><h1>江城首发高温橙色预警</h1><div class="kx-time">'
    "2024-07-05 14:02</div>" + paras(_CN10_BODY) + '</div><div class="kx-list"><h3>'
    "更多快讯</h3><ul>"
    + links(("江城地铁调整运营时间", "江城公园夜间开放"))
    + '</ul></div><div class="footer">江城新闻网</div></body></html>',
    title="江城首发高温橙色预警",
    published=day(2024, 7, 5),
    language="zh",
    must=_CN10_BODY,
    must_not=("江城地铁调整运营时间", "更多快讯"),
)

_CN11_BODY = (
    "今年政府工作报告提出，经济增长预期目标为百分之五左右。",
    "报告强调，要坚持稳中求进，推动高质量发展。",
    "代表们在讨论中表示，目标既积极又稳妥。",
)
add(
    "zh_meta_keywords_ideographic_comma",
    "https://www.lianghui.example.cn/2024/0305/zfgzbg.html",
    head(
        "zh-CN",
        "政府工作报告提出增长目标百分之五左右",
        '<meta name="keywords" content="两会、政府工作报告、经济增长">'
        '<meta property="og:title" content="政府工作报告提出增长目标百分之五左右">',
    )
    + '<body><div class="nav"><a href="/">两会专题</a></div><div class="art">'
    '<h1>政府工作报告提出增长目标百分之五左右</h1><div class="src">2024-03-05 11:30 '
    "来源：新华社</div>" + paras(_CN11_BODY) + '</div><div class="footer">两会专题网</div>'
    "</body></html>",
    title="政府工作报告提出增长目标百分之五左右",
    authors=(),
    published=day(2024, 3, 5),
    tags=("两会", "政府工作报告", "经济增长"),
    language="zh",
    must=_CN11_BODY,
    must_not=("两会专题网",),
)

# --- Chinese in traditional characters: Taiwan and Hong Kong ---------------------------

_TW1_BODY = (
    "（中央社記者王小明台北5日電）交通部今天宣布，清明連假期間國道將實施單一費率。",
    "交通部表示，連假前一天晚上起即開始實施，預計可紓解車潮。",
    "民眾出發前可先查詢路況，避開尖峰時段。",
)
add(
    "zh_tw_agency_dateline_editor_code",
    "https://www.cna-like.example.tw/news/aipl/202403050123.aspx",
    head("zh-Hant-TW", "清明連假國道單一費率 交通部：連假前晚起實施 | 政治 | 島嶼通訊社")
    + '<body><header><a href="/">島嶼通訊社</a><nav><a href="/list/aipl">政治</a> '
    '<a href="/list/ahel">生活</a></nav></header><div class="centralContent">'
    "<h1><span>清明連假國道單一費率 交通部：連假前晚起實施</span></h1>"
    '<div class="updatetime"><span>2024/03/05 14:32</span></div><div class="paragraph">'
    + paras(_TW1_BODY)
    + '<p>（編輯：李大同）1130305</p></div><div class="keywordTag">'
    '<a href="/tag/1">#清明連假</a><a href="/tag/2">#國道</a></div></div>'
    '<div class="moreArticle"><h2>延伸閱讀</h2><ul>'
    + links(("春假高鐵加開班次", "國道施工時段"))
    + "</ul></div><footer>島嶼通訊社 版權所有</footer></body></html>",
    title="清明連假國道單一費率 交通部：連假前晚起實施",
    authors=("王小明",),
    published=day(2024, 3, 5),
    tags=("#清明連假", "#國道"),
    language="zh",
    must=_TW1_BODY[1:],
    must_not=("編輯：李大同", "1130305", "春假高鐵加開班次", "延伸閱讀"),
)

_TW2_BODY = (
    "今年的櫻花比往年早開了一週。",
    "我們一早就上山，人還不多。",
    "山路兩旁開得很滿，風一吹就落下來。",
    "下山前在老街吃了一碗米苔目。",
)
add(
    "zh_tw_blog_roc_year_date",
    "https://sakura-walk.example.tw/2024/03/alishan.html",
    head("zh-Hant-TW", "阿里山賞櫻小記 :: 小路散步")
    + '<body><div id="blog-header"><h2><a href="/">小路散步</a></h2></div>'
    '<div class="article-head"><h1 class="title">阿里山賞櫻小記</h1><div class="date">'
    '民國113年3月5日 星期二</div><div class="author">作者：小路</div></div>'
    '<div class="article-content-inner">' + paras(_TW2_BODY) + "</div>"
    '<div class="tag">標籤：<a href="/t/1">賞櫻</a> <a href="/t/2">阿里山</a></div>'
    '<div class="side"><h3>最新文章</h3><ul>'
    + links(("日月潭單車行", "台南小吃地圖"))
    + '</ul></div><div class="foot">小路散步 版權所有</div></body></html>',
    title="阿里山賞櫻小記",
    authors=("小路",),
    published=day(2024, 3, 5),
    tags=("賞櫻", "阿里山"),
    language="zh",
    must=_TW2_BODY,
    must_not=("日月潭單車行", "版權所有"),
)

_HK1_BODY = (
    "政府今日公布，明年起將在全港增設二十個長者日間護理中心。",
    "每個中心可提供約六十個名額。",
    "社福界普遍歡迎有關安排，但認為人手仍是最大難題。",
)
add(
    "zh_hk_news_reporter_label",
    "https://news.harbour-daily.example.hk/article/20240305/00176.html",
    head("zh-HK", "全港增設二十個長者日間護理中心｜港灣日報")
    + '<body><div class="hd"><a href="/">港灣日報</a></div><div class="article-wrap">'
    '<h1 class="article-title">全港增設二十個長者日間護理中心</h1><div class="article-meta">'
    '發佈時間：2024/03/05 16:45　記者：陳嘉欣</div><div class="article-content">'
    + paras(_HK1_BODY)
    + '</div><div class="article-tags"><a href="/tag/1">安老服務</a><a href="/tag/2">社福</a>'
    '</div></div><div class="latest"><h3>即時新聞</h3><ul>'
    + links(("港鐵週末加密班次", "天文台發出強烈季候風信號"))
    + '</ul></div><div class="ft">港灣日報 版權所有</div></body></html>',
    title="全港增設二十個長者日間護理中心",
    authors=("陳嘉欣",),
    published=day(2024, 3, 5),
    tags=("安老服務", "社福"),
    language="zh",
    must=_HK1_BODY,
    must_not=("港鐵週末加密班次", "即時新聞"),
)

# --- Japanese -------------------------------------------------------------------------

_JA1_BODY = (
    "政府は５日、春の大型連休に向けた観光支援策をまとめた。（共同）",
    "地方の宿泊施設を対象に、最大で一泊五千円を補助する。",
    "予約サイトでの受け付けは今月下旬に始まる見通しだ。",
)
add(
    "ja_kyodo_credit_related_rail",
    "https://www.maiasa.example.jp/articles/20240305-k0001.html",
    head("ja", "連休に向け観光支援策　一泊最大五千円補助：毎朝新聞")
    + '<body><header class="l-header"><a href="/">毎朝新聞</a><nav><a href="/national/">社会'
    '</a> <a href="/politics/">政治</a></nav></header><main><article class="article">'
    "<h1>連休に向け観光支援策　一泊最大五千円補助</h1>"
    '<time class="date" datetime="2024-03-05T11:20:00+09:00">2024年3月5日 11時20分</time>'
    '<div class="article-body">' + paras(_JA1_BODY) + '</div></article><aside class="related">'
    "<h2>関連記事</h2><ul>"
    + links(("ＧＷの新幹線予約、前年上回る", "訪日客、２月も高水準"))
    + "</ul></aside></main><footer>Copyright 毎朝新聞社</footer></body></html>",
    title="連休に向け観光支援策　一泊最大五千円補助",
    authors=(),
    published=day(2024, 3, 5),
    language="ja",
    must=("政府は５日、春の大型連休に向けた観光支援策をまとめた。", *_JA1_BODY[1:]),
    must_not=("関連記事", "ＧＷの新幹線予約", "Copyright 毎朝新聞社"),
)

_JA2_BODY = (
    "市立図書館の新館が５日、駅前に開館した。",
    "蔵書は約四十万冊で、旧館の二倍になる。",
    "初日は開館前から長い列ができた。",
    "館長は「市民の居場所にしたい」と話した。（山田太郎）",
)
add(
    "ja_reporter_name_closing_brackets",
    "https://www.chubu-shinpo.example.jp/news/local/20240305/k00123.html",
    head("ja", "市立図書館の新館が開館　蔵書四十万冊 | 中部新報")
    + '<body><div class="header"><a href="/">中部新報</a></div><div class="breadcrumb">'
    '<a href="/">トップ</a> &gt; <a href="/news/local/">地域</a></div><div class="article">'
    '<h1>市立図書館の新館が開館　蔵書四十万冊</h1><p class="date">2024/3/5 18:30</p>'
    '<div class="body">' + paras(_JA2_BODY) + '</div><div class="sns">シェアする '
    '<a href="#">X</a> <a href="#">LINE</a></div></div><div class="ranking"><h3>'
    "アクセスランキング</h3><ol>"
    + links(("駅前再開発、来月着工", "桜の開花予想"))
    + '</ol></div><div class="footer">中部新報社</div></body></html>',
    title="市立図書館の新館が開館　蔵書四十万冊",
    authors=("山田太郎",),
    published=day(2024, 3, 5),
    language="ja",
    must=_JA2_BODY[:3],
    must_not=("アクセスランキング", "駅前再開発、来月着工", "シェアする"),
)

add(
    "ja_blog_ruby_annotations",
    "https://hanako-days.example.jp/entry/2024/03/05/kyoto",
    head("ja", "京都で和菓子づくり - はなこの毎日")
    + '<body><header><a href="/">はなこの毎日</a></header><main><article class="entry">'
    '<header class="entry-header"><h1 class="entry-title">京都で和菓子づくり</h1>'
    '<div class="entry-meta">投稿日：2024年3月5日　投稿者：佐藤花子</div></header>'
    '<div class="entry-content"><p>週末は<ruby>京都<rp>（</rp><rt>きょうと</rt><rp>）</rp>'
    "</ruby>で和菓子づくりの教室に参加しました。</p><p>先生は<ruby>老舗<rt>しにせ</rt></ruby>"
    "の職人さんです。</p><p>白あんを包むのが思ったより難しかったです。</p><p>できあがった"
    '桜もちは、家族にも好評でした。</p></div><footer class="entry-footer">タグ：'
    '<a href="/tag/wagashi">和菓子</a> <a href="/tag/kyoto">京都</a></footer></article>'
    "</main><aside><h3>最近の投稿</h3><ul>"
    + links(("奈良の鹿と散歩", "春の手帳"))
    + "</ul></aside><footer>© はなこの毎日</footer></body></html>",
    title="京都で和菓子づくり",
    authors=("佐藤花子",),
    published=day(2024, 3, 5),
    tags=("和菓子", "京都"),
    language="ja",
    must=(
        "で和菓子づくりの教室に参加しました。",
        "白あんを包むのが思ったより難しかったです。",
        "桜もちは、家族にも好評でした。",
    ),
    must_not=("きょうと", "しにせ", "奈良の鹿と散歩"),
)

_JA4_BODY = (
    "朝六時、港に漁船が戻ってきた。",
    "今年初めてのサワラの水揚げだ。",
    "競りは十分ほどで終わった。",
    "漁師たちの顔に笑みが浮かんだ。",
)
add(
    "ja_fullwidth_date_photo_and_text_credit",
    "https://www.umibe-times.example.jp/feature/2024/0305sawara.html",
    head("ja", "初物のサワラ、港ににぎわい｜うみべタイムズ")
    + '<body><div id="header"><a href="/">うみべタイムズ</a></div><div id="main">'
    '<div class="feature"><h1>初物のサワラ、港ににぎわい</h1><p class="pubdate">'
    '２０２４年３月５日（火）</p><p class="credit">文・写真　鈴木一郎</p>'
    + paras(_JA4_BODY)
    + '</div><div class="backnumber"><h3>バックナンバー</h3><ul>'
    + links(("冬の牡蠣小屋", "灯台守の話"))
    + '</ul></div></div><div id="footer">うみべタイムズ編集部</div></body></html>',
    title="初物のサワラ、港ににぎわい",
    authors=("鈴木一郎",),
    published=day(2024, 3, 5),
    language="ja",
    must=_JA4_BODY,
    must_not=("バックナンバー", "冬の牡蠣小屋", "うみべタイムズ編集部"),
)

_JA5_BODY = (
    "転職して一年がたちました。",
    "最初の三か月は、毎日が不安でした。",
    "それでも、少しずつ仕事を任されるようになりました。",
    "いまは、この会社を選んでよかったと思っています。",
)
add(
    "ja_note_like_hashtags",
    "https://note.example.jp/kenta_w/n/n8a7b6c5d4e3f",
    head("ja", "転職して一年｜健太｜note")
    + '<body><div class="o-noteHeader"><a href="/">note</a></div><main>'
    '<article class="o-noteContentText"><h1 class="o-noteContentText__title">転職して一年</h1>'
    '<div class="o-noteContentHeader__info"><a class="o-noteContentHeader__name" '
    'href="/kenta_w">健太</a><time datetime="2024-03-05T21:10:00+09:00">2024年3月5日 21:10'
    '</time></div><div class="note-common-styles__textnote-body">'
    + paras(_JA5_BODY)
    + '</div><div class="m-tagList"><a href="/hashtag/転職">#転職</a> '
    '<a href="/hashtag/仕事">#仕事</a></div><div class="o-noteLikeV3"><button>スキ</button>'
    '<span>128</span></div></article></main><div class="o-creatorProfile"><p>健太</p>'
    "<p>会社員。毎週火曜日に更新しています。</p><button>フォロー</button></div>"
    "<footer>© note inc.</footer></body></html>",
    title="転職して一年",
    authors=("健太",),
    published=day(2024, 3, 5),
    tags=("#転職", "#仕事"),
    language="ja",
    must=_JA5_BODY,
    must_not=("毎週火曜日に更新しています", "フォロー", "© note inc."),
)

_JA6_BODY = (
    "この章では、設定ファイルの書き方を説明します。",
    "設定ファイルはプロジェクトの直下に置きます。",
    "キーと値はコロンで区切ります。",
    "値を省略すると、既定値が使われます。",
)
add(
    "ja_docs_last_updated_edit_link",
    "https://docs.example.jp/ja/guide/config/",
    head("ja", "設定ファイル - かわせみ ドキュメント")
    + '<body><header class="md-header"><a href="/ja/">かわせみ ドキュメント</a></header>'
    '<nav class="md-nav"><ul>'
    + links(("はじめに", "インストール", "設定ファイル"), "ja")
    + '</ul></nav><main class="md-main"><article class="md-content__inner md-typeset">'
    '<a class="md-content__button" href="/edit/config.md" title="このページを編集">編集</a>'
    "<h1>設定ファイル</h1>"
    + paras(_JA6_BODY[:2])
    + "<pre><code>name: kawasemi\nport: 8080</code></pre>"
    + paras(_JA6_BODY[2:])
    + '<aside class="md-source-file"><span>最終更新日: 2024年3月5日</span></aside>'
    '</article></main><footer class="md-footer"><a href="/ja/guide/install/">前へ インストール'
    "</a> Made with Material for MkDocs</footer></body></html>",
    title="設定ファイル",
    published=day(2024, 3, 5),
    language="ja",
    must=_JA6_BODY,
    must_not=("最終更新日", "前へ インストール", "Made with Material"),
)

_JA7_BODY = (
    "職人が一つずつ手作業で仕上げた木のお椀です。",
    "軽くて割れにくく、毎日の食卓で使えます。",
    "食洗機には対応していません。",
)
add(
    "ja_shop_product_cart_price",
    "https://shop.kiurushi.example.jp/products/owan-01",
    head("ja", "木のお椀（小） | 木うるし工房 オンラインショップ")
    + '<body><header><a href="/">木うるし工房</a> <a href="/cart">カート</a></header>'
    '<main class="product"><h1 class="product__title">木のお椀（小）</h1>'
    '<p class="price">¥3,300（税込）</p><button class="product-form__submit">カートに入れる'
    '</button><div class="product__description">'
    + paras(_JA7_BODY)
    + '</div><div class="review">レビュー（12件）</div></main><section class="recommend">'
    "<h2>おすすめ商品</h2><ul>"
    + links(("木のスプーン", "漆塗りの箸"), "products")
    + "</ul></section><footer>© 木うるし工房</footer></body></html>",
    title="木のお椀（小）",
    authors=(),
    published=None,
    language="ja",
    must=_JA7_BODY,
    must_not=("カートに入れる", "¥3,300", "おすすめ商品", "レビュー（12件）"),
)

_JA8_BODY = (
    "市では、令和六年度の子育て支援金の申請受付を開始します。",
    "対象は、市内に住む中学生以下の子どもがいる世帯です。",
    "申請書は市役所の窓口または市のホームページで入手できます。",
)
add(
    "ja_city_reiwa_era_date",
    "https://www.city.minamikawa.example.lg.jp/kosodate/page000123.html",
    head("ja", "子育て支援金の申請受付を開始します｜南川市")
    + '<body><div id="tmp_header"><a href="/">南川市</a></div><div id="tmp_pankuzu">'
    '<a href="/">トップページ</a> &gt; <a href="/kosodate/">子育て</a></div>'
    '<div id="tmp_contents"><h1>子育て支援金の申請受付を開始します</h1>'
    '<p class="update">更新日：令和6年3月5日</p>'
    + paras(_JA8_BODY)
    + '<div id="tmp_inquiry"><h2>この記事に関するお問い合わせ先</h2><p>子育て支援課 '
    '電話：0120-000-000</p></div></div><div id="tmp_footer">南川市役所</div></body></html>',
    title="子育て支援金の申請受付を開始します",
    published=day(2024, 3, 5),
    language="ja",
    must=_JA8_BODY,
    must_not=("お問い合わせ先", "0120-000-000", "南川市役所"),
)

_JA9_BODY = (
    "東北新幹線は午前９時ごろから全線で運転を見合わせている。",
    "再開の見通しは立っていない。",
)
add(
    "ja_breaking_two_short_paragraphs",
    "https://www.maiasa.example.jp/articles/20240305-s0042.html",
    head(
        "ja",
        "【速報】東北新幹線が全線で運転見合わせ：毎朝新聞",
        '<meta property="article:published_time" content="2024-03-05T09:15:00+09:00">',
    )
    + '<body><header class="l-header"><a href="/">毎朝新聞</a></header><main><article>'
    "<h1>【速報】東北新幹線が全線で運転見合わせ</h1>"
    + paras(_JA9_BODY)
    + '</article><aside class="related"><h2>関連記事</h2><ul>'
    + links(("在来線も一部で遅れ", "雪の影響、各地で"))
    + "</ul></aside></main><footer>Copyright 毎朝新聞社</footer></body></html>",
    title="【速報】東北新幹線が全線で運転見合わせ",
    published=day(2024, 3, 5),
    language="ja",
    must=_JA9_BODY,
    must_not=("在来線も一部で遅れ", "関連記事"),
)

# --- Thai: Buddhist-era years, Thai digits, no sentence marks --------------------------

_TH1_BODY = (
    "กรุงเทพมหานครเตรียมเปิดสวนสาธารณะแห่งใหม่ริมแม่น้ำเจ้าพระยาในเดือนหน้า",
    "สวนแห่งนี้มีพื้นที่กว่าห้าสิบไร่ และมีทางเดินริมน้ำยาวสองกิโลเมตร",
    "ผู้ว่าราชการกรุงเทพมหานครกล่าวว่า สวนจะเปิดให้บริการทุกวันตั้งแต่หกโมงเช้า",
)
add(
    "th_news_buddhist_year_byline_tags",
    "https://www.chaophraya-news.example.co.th/news/2024/03/05/park",
    head("th", "กทม. เตรียมเปิดสวนริมเจ้าพระยา - ข่าวเจ้าพระยา")
    + '<body><div class="header"><a href="/">ข่าวเจ้าพระยา</a><a href="/politics">การเมือง</a>'
    '</div><div class="content"><h1>กทม. เตรียมเปิดสวนริมเจ้าพระยา</h1>'
    '<div class="meta">5 มีนาคม 2567 10:20 น. โดย สมชาย ใจดี</div><div class="detail">'
    + paras(_TH1_BODY)
    + '</div><div class="tags">แท็ก: <a href="/tag/1">สวนสาธารณะ</a> <a href="/tag/2">'
    'กรุงเทพมหานคร</a></div><div class="share">แชร์ข่าวนี้</div></div><div class="related">'
    "<h3>ข่าวที่เกี่ยวข้อง</h3><ul>"
    + links(("รถไฟฟ้าสายสีชมพูเปิดเต็มระบบ", "ฝุ่นพีเอ็มสองจุดห้าเกินมาตรฐาน"))
    + '</ul></div><div class="footer">สงวนลิขสิทธิ์ ข่าวเจ้าพระยา</div></body></html>',
    title="กทม. เตรียมเปิดสวนริมเจ้าพระยา",
    authors=("สมชาย ใจดี",),
    published=day(2024, 3, 5),
    tags=("สวนสาธารณะ", "กรุงเทพมหานคร"),
    language="th",
    must=_TH1_BODY,
    must_not=("แชร์ข่าวนี้", "รถไฟฟ้าสายสีชมพูเปิดเต็มระบบ", "สงวนลิขสิทธิ์"),
)

_TH2_BODY = (
    "เกษตรกรในจังหวัดเชียงใหม่เริ่มเก็บเกี่ยวสตรอว์เบอร์รีแล้ว",
    "ปีนี้ผลผลิตดีกว่าปีที่แล้วเพราะอากาศหนาวนาน",
    "ราคาขายหน้าสวนอยู่ที่กิโลกรัมละสองร้อยบาท",
)
add(
    "th_news_thai_digits_date_story_by",
    "https://www.lanna-post.example.co.th/local/strawberry-2567",
    head("th", "เชียงใหม่เก็บเกี่ยวสตรอว์เบอร์รี ผลผลิตดี | ลานนาโพสต์")
    + '<body><div class="top"><a href="/">ลานนาโพสต์</a></div><div class="news">'
    '<h1 class="news-title">เชียงใหม่เก็บเกี่ยวสตรอว์เบอร์รี ผลผลิตดี</h1><div class="info">'
    '<span>๕ มี.ค. ๒๕๖๗</span> <span>เรื่อง: วิชัย ดีมาก</span></div><div class="news-body">'
    + paras(_TH2_BODY)
    + '</div></div><div class="more"><h3>ข่าวล่าสุด</h3><ul>'
    + links(("ดอยสุเทพคนแน่นช่วงวันหยุด", "ถนนนิมมานปิดซ่อม"))
    + '</ul></div><div class="foot">ลานนาโพสต์</div></body></html>',
    title="เชียงใหม่เก็บเกี่ยวสตรอว์เบอร์รี ผลผลิตดี",
    authors=("วิชัย ดีมาก",),
    published=day(2024, 3, 5),
    language="th",
    must=_TH2_BODY,
    must_not=("ดอยสุเทพคนแน่นช่วงวันหยุด", "ข่าวล่าสุด"),
)

_TH3_BODY = (
    "เช้านี้ตื่นมาเจอฝนตกปรอยๆ",
    "เลยชงกาแฟแล้วนั่งอ่านหนังสือที่ระเบียง",
    "แมวมานอนข้างๆ ทั้งวัน",
    "วันธรรมดาแบบนี้ก็ดีเหมือนกัน",
)
add(
    "th_blog_short_lines_no_marks",
    "https://baan-rabiang.example.in.th/2024/03/rainy-morning/",
    head("th", "เช้าวันฝนตก – บ้านระเบียง")
    + '<body class="single-post"><header id="masthead"><a href="/">บ้านระเบียง</a></header>'
    '<main id="main"><article class="post"><header class="entry-header"><h1 class="entry-title">'
    'เช้าวันฝนตก</h1><div class="entry-meta">เขียนโดย <span class="author vcard">'
    '<a class="url fn n" href="/author/nok/">นก</a></span> เมื่อ <time class="entry-date '
    'published" datetime="2024-03-05T08:00:00+07:00">5 มีนาคม 2024</time></div></header>'
    '<div class="entry-content">'
    + paras(_TH3_BODY)
    + '</div><footer class="entry-footer"><span class="tags-links">ป้ายกำกับ <a href="/tag/'
    'diary/" rel="tag">ไดอารี่</a></span></footer></article></main><aside id="secondary">'
    "<h2>เรื่องล่าสุด</h2><ul>"
    + links(("ตลาดนัดวันเสาร์", "ปลูกโหระพาในกระถาง"))
    + "</ul></aside><footer>บ้านระเบียง</footer></body></html>",
    title="เช้าวันฝนตก",
    authors=("นก",),
    published=day(2024, 3, 5),
    tags=("ไดอารี่",),
    language="th",
    must=_TH3_BODY,
    must_not=("ตลาดนัดวันเสาร์", "เรื่องล่าสุด"),
)

_TH4_BODY = (
    "อยากทราบว่าทำใบขับขี่ครั้งแรกต้องเตรียมเอกสารอะไรบ้างครับ",
    "ต้องอบรมออนไลน์ก่อนไปสอบหรือเปล่า",
)
add(
    "th_forum_question_member_number",
    "https://pantip-like.example.co.th/topic/42345678",
    head("th", "ทำใบขับขี่ครั้งแรกต้องเตรียมอะไรบ้าง - กระทู้ถามตอบ")
    + '<body><div class="header"><a href="/">กระทู้ถามตอบ</a></div><div class="display-post-'
    'wrapper main-post"><div class="display-post-status-leftside">กระทู้คำถาม</div><h1 '
    'class="display-post-title">ทำใบขับขี่ครั้งแรกต้องเตรียมอะไรบ้าง</h1><div '
    'class="display-post-story">'
    + "<br>".join(_TH4_BODY)
    + '</div><div class="display-post-tag-wrapper"><a class="tag-item" href="/tag/1">'
    'ใบขับขี่</a></div><div class="display-post-owner"><a href="/profile/1234567">'
    'สมาชิกหมายเลข 1234567</a> <span class="display-post-timestamp">5 มีนาคม 2567 เวลา 10:20 น.'
    '</span></div><div class="display-post-action"><span>ถูกใจ 3</span> <span>แชร์</span>'
    '</div></div><div class="comment"><div class="display-post-story">ต้องอบรมที่ขนส่งครับ'
    '</div></div><div class="footer">กระทู้ถามตอบ</div></body></html>',
    title="ทำใบขับขี่ครั้งแรกต้องเตรียมอะไรบ้าง",
    published=day(2024, 3, 5),
    tags=("ใบขับขี่",),
    language="th",
    must=_TH4_BODY,
    must_not=("ถูกใจ 3", "สมาชิกหมายเลข"),
)

_TH5_BODY = ("สภาพอากาศวันนี้มีฝนฟ้าคะนองร้อยละหกสิบของพื้นที่", "ขอให้ประชาชนระวังอันตรายจากลมกระโชกแรง")
add(
    "th_brief_two_lines_jsonld",
    "https://www.chaophraya-news.example.co.th/news/2024/03/05/storm",
    head(
        "th",
        "เตือนพายุฤดูร้อน - ข่าวเจ้าพระยา",
        ld(headline="เตือนพายุฤดูร้อน", datePublished="2024-03-05T06:00:00+07:00"),
    )
    + '<body><div class="header"><a href="/">ข่าวเจ้าพระยา</a></div><div class="content">'
    "<h1>เตือนพายุฤดูร้อน</h1>" + paras(_TH5_BODY) + '</div><div class="related"><h3>'
    "ข่าวที่เกี่ยวข้อง</h3><ul>"
    + links(("น้ำท่วมขังถนนสุขุมวิท", "เตือนคลื่นลมแรง"))
    + '</ul></div><div class="footer">สงวนลิขสิทธิ์ ข่าวเจ้าพระยา</div></body></html>',
    title="เตือนพายุฤดูร้อน",
    published=day(2024, 3, 5),
    language="th",
    must=_TH5_BODY,
    must_not=("น้ำท่วมขังถนนสุขุมวิท", "สงวนลิขสิทธิ์"),
)

# --- Lao, Khmer, Burmese, Tibetan -------------------------------------------------------

_LO1_BODY = (
    "ລັດຖະບານລາວໄດ້ເປີດນຳໃຊ້ຂົວຂ້າມແມ່ນ້ຳຂອງແຫ່ງໃໝ່ໃນແຂວງຫຼວງພະບາງ",
    "ຂົວດັ່ງກ່າວມີຄວາມຍາວເກືອບໜຶ່ງກິໂລແມັດ",
    "ຄາດວ່າຈະຊ່ວຍຫຼຸດເວລາເດີນທາງລົງເຄິ່ງໜຶ່ງ",
)
add(
    "lo_news_written_by_date",
    "https://www.vientiane-khao.example.la/news/2024/03/05/bridge",
    head("lo", "ເປີດນຳໃຊ້ຂົວຂ້າມແມ່ນ້ຳຂອງແຫ່ງໃໝ່ - ຂ່າວວຽງຈັນ")
    + '<body><div class="header"><a href="/">ຂ່າວວຽງຈັນ</a></div><div class="post">'
    '<h1>ເປີດນຳໃຊ້ຂົວຂ້າມແມ່ນ້ຳຂອງແຫ່ງໃໝ່</h1><div class="meta">ຂຽນໂດຍ: ສົມພອນ ແກ້ວມະນີ | '
    '05/03/2024</div><div class="post-body">'
    + paras(_LO1_BODY)
    + '</div></div><div class="side"><h3>ຂ່າວອື່ນໆ</h3><ul>'
    + links(("ລາຄານ້ຳມັນປັບຂຶ້ນ", "ງານບຸນປີໃໝ່ລາວ"))
    + '</ul></div><div class="footer">ຂ່າວວຽງຈັນ</div></body></html>',
    title="ເປີດນຳໃຊ້ຂົວຂ້າມແມ່ນ້ຳຂອງແຫ່ງໃໝ່",
    authors=("ສົມພອນ ແກ້ວມະນີ",),
    published=day(2024, 3, 5),
    language="lo",
    must=_LO1_BODY,
    must_not=("ລາຄານ້ຳມັນປັບຂຶ້ນ", "ຂ່າວອື່ນໆ"),
)

_KM1_BODY = (
    "ក្រសួងអប់រំបានប្រកាសកាលវិភាគប្រឡងសញ្ញាបត្រមធ្យមសិក្សាទុតិយភូមិឆ្នាំនេះ",
    "ការប្រឡងនឹងធ្វើឡើងរយៈពេលពីរថ្ងៃនៅទូទាំងប្រទេស",
    "សិស្សប្រមាណមួយសែននាក់នឹងចូលរួមប្រឡង",
)
add(
    "km_news_khmer_digits_date",
    "https://www.mekong-post.example.com.kh/news/2024/03/05/exam",
    head("km", "ក្រសួងអប់រំប្រកាសកាលវិភាគប្រឡង | មេគង្គប៉ុស្តិ៍")
    + '<body><div class="header"><a href="/">មេគង្គប៉ុស្តិ៍</a></div><div class="article">'
    '<h1>ក្រសួងអប់រំប្រកាសកាលវិភាគប្រឡង</h1><div class="meta">ដោយ៖ សុខ ចាន់ធី | '
    'ថ្ងៃទី០៥ ខែមីនា ឆ្នាំ២០២៤</div><div class="article-body">'
    + paras(_KM1_BODY)
    + '</div><div class="tags">ស្លាក៖ <a href="/tag/1">ការអប់រំ</a></div></div>'
    '<div class="side"><h3>ព័ត៌មានពាក់ព័ន្ធ</h3><ul>'
    + links(("តម្លៃប្រេងឡើងថ្លៃ", "ពិធីបុណ្យចូលឆ្នាំ"))
    + '</ul></div><div class="footer">រក្សាសិទ្ធិ មេគង្គប៉ុស្តិ៍</div></body></html>',
    title="ក្រសួងអប់រំប្រកាសកាលវិភាគប្រឡង",
    authors=("សុខ ចាន់ធី",),
    published=day(2024, 3, 5),
    tags=("ការអប់រំ",),
    language="km",
    must=_KM1_BODY,
    must_not=("តម្លៃប្រេងឡើងថ្លៃ", "រក្សាសិទ្ធិ"),
)

_KM2_BODY = (
    "ខ្ញុំបានទៅលេងសៀមរាបកាលពីចុងសប្តាហ៍",
    "ព្រឹកព្រលឹមយើងទៅមើលថ្ងៃរះនៅអង្គរវត្ត",
    "ពេលល្ងាចយើងដើរលេងផ្សារចាស់",
)
add(
    "km_blog_short_lines",
    "https://www.dara-blog.example.com.kh/2024/03/siem-reap",
    head("km", "ដំណើរទៅសៀមរាប – ប្លុករបស់ដារា")
    + '<body><header><a href="/">ប្លុករបស់ដារា</a></header><main><article><h1>ដំណើរទៅសៀមរាប'
    '</h1><p class="date">០៥/០៣/២០២៤</p>'
    + paras(_KM2_BODY)
    + "</article><aside><h3>អត្ថបទថ្មីៗ</h3><ul>"
    + links(("ម្ហូបខ្មែរដែលខ្ញុំចូលចិត្ត", "ភ្នំពេញពេលយប់"))
    + "</ul></aside></main><footer>ប្លុករបស់ដារា</footer></body></html>",
    title="ដំណើរទៅសៀមរាប",
    published=day(2024, 3, 5),
    language="km",
    must=_KM2_BODY,
    must_not=("ម្ហូបខ្មែរដែលខ្ញុំចូលចិត្ត", "អត្ថបទថ្មីៗ"),
)

_MY1_BODY = (
    "ရန်ကုန်မြို့တွင် မြို့ပတ်ရထားလိုင်းအသစ်ကို လာမည့်လတွင် စတင်ပြေးဆွဲမည်ဖြစ်သည်။",
    "ရထားတစ်စင်းလျှင် ခရီးသည်တစ်ထောင်ကျော် စီးနင်းနိုင်သည်။",
    "လက်မှတ်ခမှာ ယခင်အတိုင်း ဖြစ်မည်ဟု သိရသည်။",
)
add(
    "my_news_burmese_digits_date",
    "https://www.yangon-thadin.example.com.mm/news/2024/03/05/circular-train",
    head("my", "မြို့ပတ်ရထားလိုင်းအသစ် စတင်ပြေးဆွဲမည် - ရန်ကုန်သတင်း")
    + '<body><div class="header"><a href="/">ရန်ကုန်သတင်း</a></div><div class="article">'
    '<h1>မြို့ပတ်ရထားလိုင်းအသစ် စတင်ပြေးဆွဲမည်</h1><div class="meta">'
    'သတင်းထောက် – ကျော်ကျော် | ၂၀၂၄ ခုနှစ် မတ်လ ၅ ရက်</div><div class="body">'
    + paras(_MY1_BODY)
    + '</div></div><div class="related"><h3>ဆက်စပ်သတင်းများ</h3><ul>'
    + links(("ရွှေစျေး ထပ်မံမြင့်တက်", "မိုးလေဝသ ခန့်မှန်းချက်"))
    + '</ul></div><div class="footer">ရန်ကုန်သတင်း</div></body></html>',
    title="မြို့ပတ်ရထားလိုင်းအသစ် စတင်ပြေးဆွဲမည်",
    authors=("ကျော်ကျော်",),
    published=day(2024, 3, 5),
    language="my",
    must=_MY1_BODY,
    must_not=("ရွှေစျေး ထပ်မံမြင့်တက်", "ဆက်စပ်သတင်းများ"),
)

_MY2_BODY = ("ဒီနေ့ မန္တလေးမှာ မိုးရွာတယ်။", "ကော်ဖီဆိုင်မှာ စာဖတ်ရင်း နေ့တစ်ဝက် ကုန်သွားတယ်။")
add(
    "my_blog_two_lines_jsonld_author",
    "https://www.mandalay-diary.example.com.mm/2024/03/rain",
    head(
        "my",
        "မန္တလေးမှာ မိုးရွာတယ် | မန္တလေးဒိုင်ယာရီ",
        ld(
            "BlogPosting",
            headline="မန္တလေးမှာ မိုးရွာတယ်",
            datePublished="2024-03-05T17:00:00+06:30",
            author={"@type": "Person", "name": "သီတာ"},
        ),
    )
    + '<body><header><a href="/">မန္တလေးဒိုင်ယာရီ</a></header><main><article><h1>'
    "မန္တလေးမှာ မိုးရွာတယ်</h1>" + paras(_MY2_BODY) + "</article><aside><h3>နောက်ဆုံးပို့စ်များ"
    "</h3><ul>" + links(("ပုဂံခရီး", "မုန့်ဟင်းခါး")) + "</ul></aside></main><footer>"
    "မန္တလေးဒိုင်ယာရီ</footer></body></html>",
    title="မန္တလေးမှာ မိုးရွာတယ်",
    authors=("သီတာ",),
    published=day(2024, 3, 5),
    language="my",
    must=_MY2_BODY,
    must_not=("ပုဂံခရီး", "နောက်ဆုံးပို့စ်များ"),
)

_BO1_BODY = (
    "ལྷ་སའི་ནང་ལོ་གསར་གྱི་དུས་ཆེན་ཚོགས་པ་རེད།",
    "མི་མང་པོ་ཞིག་གིས་ལྷ་ཁང་ལ་མཆོད་པ་ཕུལ་བ་རེད།",
    "ཉིན་གསུམ་རིང་སྒྲོན་མེ་བཏང་བ་རེད།",
)
add(
    "bo_news_jsonld_date_short_lines",
    "https://www.bod-gsar.example.org/news/2024/03/losar",
    head(
        "bo",
        "ལོ་གསར་དུས་ཆེན། | བོད་གསར",
        ld(headline="ལོ་གསར་དུས་ཆེན།", datePublished="2024-03-05T10:00:00+08:00"),
    )
    + '<body><div class="header"><a href="/">བོད་གསར</a></div><div class="article"><h1>'
    'ལོ་གསར་དུས་ཆེན།</h1><div class="article-body">'
    + paras(_BO1_BODY)
    + '</div></div><div class="related"><h3>གསར་འགྱུར་གཞན།</h3><ul>'
    + links(("སློབ་གྲྭ་གསར་པ།", "ཆར་པ་ཆེན་པོ།"))
    + '</ul></div><div class="footer">བོད་གསར</div></body></html>',
    title="ལོ་གསར་དུས་ཆེན།",
    published=day(2024, 3, 5),
    language="bo",
    must=_BO1_BODY,
    must_not=("སློབ་གྲྭ་གསར་པ།",),
)

# --- Korean: spaced by phrase ---------------------------------------------------------

_KO1_BODY = (
    "서울시가 내년부터 한강공원에 야간 산책로를 새로 만든다.",
    "시는 총 12㎞ 구간에 조명과 쉼터를 설치할 계획이다.",
    "공사는 다음 달 시작해 연말에 마무리된다.",
)
add(
    "ko_news_reporter_after_text_input_line",
    "https://www.hangang-ilbo.example.kr/news/articleView.html?idxno=120045",
    head("ko", "한강공원에 야간 산책로 생긴다 - 한강일보")
    + '<body><div id="header"><a href="/">한강일보</a></div><div class="article-head">'
    '<h1 class="heading">한강공원에 야간 산책로 생긴다</h1><ul class="infomation">'
    '<li>입력 2024.03.05 10:20</li><li>댓글 0</li></ul></div><div id="article-view-content-div">'
    + paras(_KO1_BODY)
    + '<p>김민수 기자 minsu@hangang-ilbo.example.kr</p></div><div class="tag-group">'
    '<a href="/tag/1">#한강공원</a> <a href="/tag/2">#산책로</a></div><div class="related">'
    "<h3>관련기사</h3><ul>"
    + links(("한강 수영장 조기 개장", "서울 자전거도로 확충"))
    + '</ul></div><div id="footer">한강일보 무단전재 및 재배포 금지</div></body></html>',
    title="한강공원에 야간 산책로 생긴다",
    authors=("김민수",),
    published=day(2024, 3, 5),
    tags=("#한강공원", "#산책로"),
    language="ko",
    must=_KO1_BODY,
    must_not=("minsu@", "한강 수영장 조기 개장", "무단전재"),
)

_KO2_BODY = ("오늘은 동네 빵집에 다녀왔다.", "소금빵이 정말 맛있었다.", "내일 또 가야겠다.")
add(
    "ko_blog_one_sentence_lines",
    "https://bbang-diary.example.kr/entry/2024-03-05",
    head("ko", "동네 빵집 탐방 :: 빵 일기")
    + '<body><div id="head"><a href="/">빵 일기</a></div><div class="area_title"><h1>'
    '동네 빵집 탐방</h1><span class="txt_detail">빵순이 · 2024. 3. 5. 19:40</span></div>'
    '<div class="tt_article_useless_p_margin contents_style">'
    + paras(_KO2_BODY)
    + '</div><div class="tags">태그 <a href="/tag/빵">빵</a>, <a href="/tag/일상">일상</a></div>'
    '<div class="another_category"><h4>다른 글</h4><ul>'
    + links(("크루아상 비교", "베이글 맛집"))
    + '</ul></div><div id="foot">빵 일기</div></body></html>',
    title="동네 빵집 탐방",
    authors=("빵순이",),
    published=day(2024, 3, 5),
    tags=("빵", "일상"),
    language="ko",
    must=_KO2_BODY,
    must_not=("크루아상 비교", "다른 글"),
)

# --- A second batch, written after the first's run (before any fix of the thresholds it
# aims at): word-counted thresholds read on texts with no spaces --------------------------

_CN12_BODY = (
    "江城市今年将新建十个口袋公园，每个公园面积在两千平方米左右。",
    "公园将配备健身器材、儿童游乐设施和休息座椅。",
    "市园林局表示，选址将优先考虑老城区。",
)
add(
    "zh_keywords_meta_one_headline_sentence",
    "https://www.jcrb.example.cn/news/2024-03/05/88290.html",
    head(
        "zh-CN",
        "江城今年新建十个口袋公园_江城日报",
        '<meta name="keywords" content="江城市今年将新建十个口袋公园每个公园面积在两千平方米左右">',
    )
    + '<body><div class="header"><a href="/">江城日报</a></div><div class="article">'
    '<h1>江城今年新建十个口袋公园</h1><p class="time">2024-03-05 09:30</p>'
    '<div class="article-body">' + paras(_CN12_BODY) + '</div></div><div class="footer">'
    "江城日报社</div></body></html>",
    title="江城今年新建十个口袋公园",
    authors=(),
    published=day(2024, 3, 5),
    tags=(),
    language="zh",
    must=_CN12_BODY,
    must_not=("江城日报社",),
)

_CN13_BODY = (
    "据了解，该项目于2019年5月12日正式启动，目前已完成大部分工程。",
    "项目建成后，将新增绿地面积三十公顷，并修复河道八公里。",
    "附近居民表示，期待早日到河边散步。",
)
add(
    "zh_undated_page_date_in_prose_only",
    "https://www.jiangcheng.example.gov.cn/xmjs/hedao.html",
    head("zh-CN", "河道综合整治项目简介 - 江城市水务局")
    + '<body><div class="header"><a href="/">江城市水务局</a></div><div class="main">'
    "<h1>河道综合整治项目简介</h1>" + paras(_CN13_BODY) + '</div><div class="footer">'
    "江城市水务局 主办</div></body></html>",
    title="河道综合整治项目简介",
    published=None,
    language="zh",
    must=_CN13_BODY,
    must_not=("主办",),
)

_CN14_BODY = (
    "近年来，城市更新从大拆大建转向小规模渐进式改造。",
    "这种转变需要更多居民的参与。",
    "作者为江城大学城市规划系副教授。",
)
add(
    "zh_author_note_sentence_after_label",
    "https://opinion.example.cn/2024/03/05/gengxin.html",
    head("zh-CN", "城市更新需要居民参与 - 江城评论")
    + '<body><div class="nav"><a href="/">江城评论</a></div><div class="article">'
    '<h1>城市更新需要居民参与</h1><p class="time">2024-03-05</p><div class="text">'
    + paras(_CN14_BODY)
    + '</div></div><div class="footer">江城评论网</div></body></html>',
    title="城市更新需要居民参与",
    authors=(),
    published=day(2024, 3, 5),
    language="zh",
    must=_CN14_BODY[:2],
    must_not=("江城评论网",),
)

_JA10_BODY = (
    "駅前の商店街で、毎月第一日曜日に朝市が開かれている。",
    "地元の農家が採れたての野菜を持ち寄る。",
    "筆者は南川市在住のフリーライター。",
)
add(
    "ja_writer_note_sentence_after_label",
    "https://www.machi-note.example.jp/column/asaichi.html",
    head("ja", "商店街の朝市をたずねて｜まちノート")
    + '<body><div class="header"><a href="/">まちノート</a></div><div class="column">'
    '<h1>商店街の朝市をたずねて</h1><p class="date">2024.03.05</p>'
    + paras(_JA10_BODY)
    + '</div><div class="footer">まちノート編集部</div></body></html>',
    title="商店街の朝市をたずねて",
    authors=(),
    published=day(2024, 3, 5),
    language="ja",
    must=_JA10_BODY[:2],
    must_not=("まちノート編集部",),
)

_TH6_BODY = (
    "ผู้เขียนเคยไปเที่ยวเกาะช้างเมื่อปีที่แล้ว",
    "ปีนี้กลับไปอีกครั้งพบว่าชายหาดสะอาดขึ้นมาก",
    "ร้านอาหารริมทะเลก็ยังอร่อยเหมือนเดิม",
)
add(
    "th_keywords_meta_single_sentence",
    "https://www.travel-thai.example.co.th/2024/03/koh-chang",
    head(
        "th",
        "กลับไปเกาะช้างอีกครั้ง | เที่ยวไทย",
        '<meta name="keywords" content="ผู้เขียนกลับไปเที่ยวเกาะช้างอีกครั้งและพบว่าชายหาดสะอาดขึ้นมาก">'
        '<meta property="article:published_time" content="2024-03-05T09:00:00+07:00">',
    )
    + '<body><div class="header"><a href="/">เที่ยวไทย</a></div><div class="post"><h1>'
    "กลับไปเกาะช้างอีกครั้ง</h1>" + paras(_TH6_BODY) + '</div><div class="footer">'
    "เที่ยวไทย</div></body></html>",
    title="กลับไปเกาะช้างอีกครั้ง",
    published=day(2024, 3, 5),
    tags=(),
    language="th",
    must=_TH6_BODY,
    must_not=(),
)
