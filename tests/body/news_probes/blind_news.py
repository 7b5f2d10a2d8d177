"""A blind round (wave 54): news pages written without reading the extractor, in thirty
languages the dev sets lack or hold little of, each in the markup of a theme or CMS common in
its region (tagDiv's Newspaper and JNews on WordPress, Drupal, bespoke Bootstrap sites, an
old table-and-id site), with the whole furniture of a real page around the text: navigation,
a cookie banner, a breaking-news ticker, a byline line and a dateline line, a share bar, a
"read also" link set between the paragraphs, related-story cards, a newsletter box, readers'
comments, a footer and scripts. The text has a subhead, a quote, an embedded tweet or video
box, a picture with its caption and a list or a small table.

The must-lines are the story's text (its paragraphs, subhead, quote, list items or cells;
the picture's caption is held apart, in ``CAPTIONS``, as the body leaves captions out and
``body_blocks`` keeps them marked); the must-not lines are the furniture's (the byline and
dateline lines, the ticker, the read-also link, the cards, the sign-up, the cookie notice,
the comments). The tweet's own text is left neutral. Every name, place and sentence here
is invented."""

from __future__ import annotations

import attrs

from .pages import Probes

PROBES = Probes()
# Each probe's picture caption: the body leaves captions out by design (``docs/fields.md``),
# so it is no must-line there; ``body_blocks`` must hold it as a caption.
CAPTIONS: dict[str, str] = {}


@attrs.frozen(kw_only=True)
class Story:
    """One invented story in its language, and the furniture's words around it."""

    lang: str
    title: str
    byline: str
    dateline: str
    paras: tuple[str, str, str, str]
    subhead: str
    quote: str
    items: tuple[str, ...]
    caption: str
    read_also: tuple[str, str]
    related: tuple[str, str, str]
    newsletter: str
    cookie: str
    comments: tuple[str, str]
    ticker: tuple[str, str]
    share: str
    tweet: str
    table: tuple[tuple[str, ...], ...] = ()
    dir_: str = "ltr"


def _head(title: str) -> str:
    return (
        f"<meta charset='utf-8'><title>{title} - Example Daily</title><meta "
        "name='viewport' content='width=device-width'><link rel='stylesheet' href='/s.css'>"
        "<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push("
        "arguments)}gtag('js',new Date());</script>"
    )


def _nav() -> str:
    return (
        "<nav class='main-menu'><ul><li><a href='/'>Home</a></li><li><a href='/n'>News</a></li>"
        "<li><a href='/s'>Sport</a></li><li><a href='/b'>Business</a></li><li><a href='/e'>"
        "Entertainment</a></li></ul></nav>"
    )


def _footer() -> str:
    return (
        "<footer id='footer'><div class='footer-menu'><a href='/about'>About</a> <a "
        "href='/contact'>Contact</a> <a href='/privacy'>Privacy</a></div><p class='copyright'>"
        "© 2026 Example Daily</p></footer><script src='/js/app.js'></script><script>var _paq="
        "[];_paq.push(['trackPageView']);</script>"
    )


def _tweet(s: Story) -> str:
    return (
        f"<blockquote class='twitter-tweet'><p lang='{s.lang}' dir='{s.dir_}'>{s.tweet} <a "
        "href='https://t.co/abc'>pic.twitter.com/abc123</a></p>&mdash; Example Desk "
        "(@exampledesk) <a href='https://twitter.com/exampledesk/status/1'>March 4, 2026</a>"
        "</blockquote><script async src='https://platform.twitter.com/widgets.js'></script>"
    )


def _video() -> str:
    return (
        "<figure class='wp-block-embed is-type-video is-provider-youtube'><div "
        "class='wp-block-embed__wrapper'><iframe width='640' height='360' "
        "src='https://www.youtube.com/embed/x1y2z3' allowfullscreen></iframe></div></figure>"
    )


def _list_or_table(s: Story) -> str:
    if s.table:
        head, *rows = s.table
        cells = "".join(f"<th>{cell}</th>" for cell in head)
        body = "".join(
            "<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in rows
        )
        return f"<table class='table'><thead><tr>{cells}</tr></thead><tbody>{body}</tbody></table>"
    return "<ul>" + "".join(f"<li>{item}</li>" for item in s.items) + "</ul>"


def _comments(s: Story) -> str:
    return (
        f"<div id='comments' class='comments-area'><h3 class='comments-title'>{s.comments[0]}"
        "</h3><ol class='comment-list'><li class='comment'><article class='comment-body'><footer "
        "class='comment-meta'><b class='fn'>reader_77</b> <time>2026-03-04 11:02</time></footer>"
        f"<div class='comment-content'><p>{s.comments[1]}</p></div></article></li></ol></div>"
    )


def newspaper(s: Story) -> str:
    """tagDiv's Newspaper theme: a trending-now ticker, td-post-content, a related block."""
    related = "".join(
        f"<div class='td_module_related_posts td-animation-stack td_mod_related_posts'><div "
        f"class='td-module-thumb'><a href='/r/{n}'><img src='/r{n}.jpg' alt=''></a></div><div "
        f"class='item-details'><h3 class='entry-title td-module-title'><a href='/r/{n}'>{text}"
        "</a></h3></div></div>"
        for n, text in enumerate(s.related)
    )
    return (
        f"<!DOCTYPE html><html lang='{s.lang}' dir='{s.dir_}'><head>{_head(s.title)}</head><body "
        "class='post-template-default single single-post td-standard-pack'><div "
        "id='td-outer-wrap'><div class='td-header-wrap'>"
        f"<div class='td-header-top-menu'>{_nav()}</div><div class='td-trending-now-wrapper'>"
        f"<div class='td-trending-now-title'>{s.ticker[0]}</div><div "
        f"class='td-trending-now-display-area'><div class='td-trending-now-post'><a href='/t/1'>"
        f"{s.ticker[1]}</a></div></div></div></div><div class='td-main-content-wrap'><div "
        "class='td-container'><div class='td-pb-row'><div class='td-pb-span8 td-main-content'>"
        "<article class='post type-post status-publish'><div class='td-post-header'><ul "
        "class='td-category'><li><a class='td-cat' href='/n'>News</a></li></ul><header "
        f"class='td-post-title'><h1 class='entry-title'>{s.title}</h1><div "
        f"class='td-module-meta-info'><div class='td-post-author-name'>{s.byline}</div><span "
        f"class='td-post-date'><time class='entry-date'>{s.dateline}</time></span></div>"
        "</header></div><div class='td-post-sharing-top'><div class='td-post-sharing'><span "
        f"class='td-social-share-text'>{s.share}</span><a class='td-social-facebook' "
        "href='#'>Facebook</a><a class='td-social-twitter' href='#'>Twitter</a><a "
        "class='td-social-whatsapp' href='#'>WhatsApp</a></div></div><div "
        "class='td-post-featured-image'><figure><img src='/lead.jpg' alt=''></figure></div><div "
        f"class='td-post-content tagdiv-type'><p>{s.paras[0]}</p><p>{s.paras[1]}</p><p><strong>"
        f"{s.read_also[0]}</strong> <a href='/n/other'>{s.read_also[1]}</a></p><h2>"
        f"{s.subhead}</h2><p>{s.paras[2]}</p><figure class='wp-block-image size-large'><img "
        f"src='/in.jpg' alt=''><figcaption class='wp-element-caption'>{s.caption}</figcaption>"
        f"</figure><blockquote><p>{s.quote}</p></blockquote>"
        f"{_list_or_table(s)}{_tweet(s)}<p>{s.paras[3]}</p></div><div class='td-a-rec "
        "td-a-rec-id-content_bottom'><div class='adsbygoogle'></div></div><div "
        f"class='td-post-source-tags'><ul class='td-tags'><li><span>TAGS</span></li><li><a "
        "href='/tag/a'>Tag</a></li></ul></div></article><div class='td_block_wrap "
        f"td_block_related_posts'><h4 class='td-related-title'><span>{s.read_also[0]}</span>"
        f"</h4><div class='td_block_inner'>{related}</div></div><div class='td-newsletter'><p>"
        f"{s.newsletter}</p><form><input type='email'><button>OK</button></form></div>"
        f"{_comments(s)}</div><div class='td-pb-span4 td-main-sidebar'><aside "
        "class='td_block_template_1 widget'><h4 class='block-title'>Popular</h4><ul><li><a "
        f"href='/p/1'>{s.related[2]}</a></li></ul></aside></div></div></div></div>{_footer()}"
        f"<div id='cookie-law-info-bar'><span>{s.cookie}</span><a class='cli_action_button'>"
        "Accept</a></div></div></body></html>"
    )


def jnews(s: Story) -> str:
    """JNews on WordPress: a breaking-news bar, jeg_post_content, an inline related box and
    a share bar with its counter."""
    related = "".join(
        f"<article class='jeg_post jeg_pl_md_5'><div class='jeg_thumb'><a href='/r/{n}'><img "
        f"src='/r{n}.jpg' alt=''></a></div><div class='jeg_postblock_content'><h3 "
        f"class='jeg_post_title'><a href='/r/{n}'>{text}</a></h3></div></article>"
        for n, text in enumerate(s.related)
    )
    return (
        f"<!DOCTYPE html><html lang='{s.lang}' dir='{s.dir_}'><head>{_head(s.title)}</head><body "
        "class='jeg_single_tpl_1 jnews'><div class='jeg_viewport'><div class='jeg_header'>"
        f"{_nav()}<div class='jeg_breakingnews'><div class='jeg_breakingnews_title'>"
        f"{s.ticker[0]}</div><div class='jeg_news_ticker'><div class='jeg_news_ticker_items'>"
        f"<div class='jeg_news_ticker_item'><a href='/t/1'>{s.ticker[1]}</a></div></div></div>"
        "</div></div><div class='jeg_main'><div class='jeg_container'><div class='jeg_content "
        "jeg_singlepage'><div class='container'><div class='row'><div class='jeg_main_content "
        "col-md-8'><div class='jeg_inner_content'><div class='entry-header'><h1 "
        f"class='jeg_post_title'>{s.title}</h1><div class='jeg_meta_container'><div "
        f"class='jeg_post_meta'><div class='jeg_meta_author'>{s.byline}</div><div "
        f"class='jeg_meta_date'><a href='#'>{s.dateline}</a></div></div></div></div><div "
        "class='jeg_featured featured_image'><a href='/lead.jpg'><div class='thumbnail-container'>"
        f"<img src='/lead.jpg' alt=''></div></a></div>"
        "<div class='jeg_share_top_container'><div class='jeg_share_button'><div "
        "class='jeg_share_stats'><div class='jeg_share_count'><div class='counts'>128</div><span "
        f"class='sharetext'>SHARES</span></div></div><a class='jeg_btn-facebook' href='#'>"
        f"<span>{s.share}</span></a></div></div><div class='entry-content no-share'><div "
        f"class='content-inner'><p>{s.paras[0]}</p><p>{s.paras[1]}</p><div "
        "class='jnews_inline_related_post_wrapper'><div class='jnews_inline_related_post'><div "
        f"class='jeg_block_heading'><h3 class='jeg_block_title'><span>{s.read_also[0]}</span>"
        "</h3></div><div class='jeg_posts'><article class='jeg_post'><h3 class='jeg_post_title'>"
        f"<a href='/n/other'>{s.read_also[1]}</a></h3></article></div></div></div><h3>"
        f"{s.subhead}</h3><p>{s.paras[2]}</p><div class='wp-caption aligncenter'><img "
        f"src='/in.jpg' alt=''><p class='wp-caption-text'>{s.caption}</p></div><blockquote "
        f"class='wp-block-quote'><p>{s.quote}"
        f"</p></blockquote>{_list_or_table(s)}{_video()}<p>{s.paras[3]}</p></div></div>"
        "<div class='jeg_post_tags'><span>Tags:</span> <a href='/tag/a'>Tag</a></div><div "
        f"class='jnews_related_post_container'><div class='jeg_postblock_22 jeg_postblock'><div "
        f"class='jeg_block_heading'><h3><span>Related Posts</span></h3></div><div "
        f"class='jeg_posts_wrap'>{related}</div></div></div><div class='jeg_newsletter'><p>"
        f"{s.newsletter}</p></div><div class='jnews_comment_container'>{_comments(s)}</div>"
        "</div></div></div></div></div></div></div>"
        f"{_footer()}<div class='jeg_cookie_notice'><p>{s.cookie}</p><button>OK</button></div>"
        "</div></body></html>"
    )


def bootstrap(s: Story) -> str:
    """A bespoke Bootstrap site: id-named columns, a marquee ticker, the byline and date as
    small lines under the headline, a 'read also' box among the paragraphs and cards under
    the text."""
    cards = "".join(
        f"<div class='col-sm-4'><div class='card news-card'><img class='card-img-top' "
        f"src='/c{n}.jpg' alt=''><div class='card-body'><h5 class='card-title'><a "
        f"href='/news/{n}'>{text}</a></h5></div></div></div>"
        for n, text in enumerate(s.related)
    )
    return (
        f"<!DOCTYPE html><html lang='{s.lang}' dir='{s.dir_}'><head>{_head(s.title)}</head><body>"
        f"<div class='cookie-consent alert alert-dark fixed-bottom'>{s.cookie} <button "
        "class='btn btn-sm'>OK</button></div><header class='navbar navbar-expand-lg'>"
        f"{_nav()}</header><div class='breaking-news bg-danger'><span class='badge'>"
        f"{s.ticker[0]}</span><marquee>{s.ticker[1]}</marquee></div><div class='container'>"
        "<div class='row'><div class='col-lg-8' id='news-detail'><h1 class='news-title'>"
        f"{s.title}</h1><div class='news-meta'><span class='author'>{s.byline}</span></div>"
        f"<div class='news-date text-muted'><small>{s.dateline}</small></div><div "
        f"class='social-share'><span>{s.share}</span> <a href='#'>f</a> <a href='#'>t</a></div>"
        f"<div class='news-image'><img class='img-fluid' src='/lead.jpg' alt=''></div><div "
        f"class='news-content' "
        f"id='newsContent'><p>{s.paras[0]}</p><p>{s.paras[1]}</p><div class='read-also'><span>"
        f"{s.read_also[0]}</span> <a href='/news/other'>{s.read_also[1]}</a></div><p><strong>"
        f"{s.subhead}</strong></p><p>{s.paras[2]}</p><div class='news-image'><img "
        f"class='img-fluid' src='/in.jpg' alt=''><div class='image-caption'>{s.caption}</div>"
        "</div><blockquote class='blockquote'><p>"
        f"{s.quote}</p></blockquote>{_list_or_table(s)}{_tweet(s)}<p>{s.paras[3]}</p></div>"
        "<div class='news-tags'><a class='badge' href='/tag/a'>#Tag</a></div><div "
        f"class='related-news'><div class='row'>{cards}</div></div><div class='newsletter-box "
        f"p-3'><h4>Newsletter</h4><p>{s.newsletter}</p><input type='email'></div>"
        f"{_comments(s)}</div><div class='col-lg-4' id='sidebar'><div class='most-read'><h4>"
        f"Most read</h4><ol><li><a href='/m/1'>{s.ticker[1]}</a></li></ol></div></div></div>"
        f"</div>{_footer()}</body></html>"
    )


def drupal(s: Story) -> str:
    """Drupal: the body field, a byline and a dateline field, a related view block and a
    newsletter block in the content region."""
    views = "".join(
        f"<div class='views-row'><div class='views-field views-field-title'><span "
        f"class='field-content'><a href='/node/{n}'>{text}</a></span></div></div>"
        for n, text in enumerate(s.related)
    )
    return (
        f"<!DOCTYPE html><html lang='{s.lang}' dir='{s.dir_}'><head>{_head(s.title)}</head><body "
        "class='path-node page-node-type-article'><div class='dialog-off-canvas-main-canvas'>"
        f"<div id='sliding-popup' class='eu-cookie-compliance'><div class='popup-content'><div "
        f"id='popup-text'><p>{s.cookie}</p></div><button class='agree-button'>OK</button></div>"
        f"</div><header role='banner'>{_nav()}<div class='block-views-blockbreaking-block-1'>"
        f"<h2>{s.ticker[0]}</h2><div class='view-content'><div class='views-row'><a "
        f"href='/t/1'>{s.ticker[1]}</a></div></div></div></header><main role='main'><div "
        "class='region region-content'><article role='article' class='node node--type-article "
        f"node--view-mode-full'><h1 class='page-title'><span>{s.title}</span></h1><div "
        "class='node__meta'><div class='field field--name-field-author'><div "
        f"class='field__item'>{s.byline}</div></div><div class='field field--name-created'>"
        f"{s.dateline}</div></div><div class='node__content'><div class='field "
        "field--name-field-image'><img src='/lead.jpg' alt=''></div><div "
        "class='addtoany_share_save_container'>"
        f"<span>{s.share}</span><a class='a2a_button_facebook'></a></div><div "
        "class='clearfix text-formatted field field--name-body field__item'>"
        f"<p>{s.paras[0]}</p><p>{s.paras[1]}</p><p class='see-also'>{s.read_also[0]} <a "
        f"href='/node/99'>{s.read_also[1]}</a></p><h2>{s.subhead}</h2><p>{s.paras[2]}</p>"
        f"<figure role='group' class='caption caption-img'><img src='/in.jpg' alt=''><figcaption>"
        f"{s.caption}</figcaption></figure><blockquote><p>{s.quote}</p></blockquote>"
        f"{_list_or_table(s)}{_video()}<p>"
        f"{s.paras[3]}</p></div></div></article><div class='block "
        f"block-views-blockrelated-block-1'><h2>Related</h2><div "
        f"class='view-content'>{views}</div></div><div class='block block-simplenews'><p>"
        f"{s.newsletter}</p><input type='email'></div>{_comments(s)}</div></main>"
        f"{_footer()}</div></body></html>"
    )


def table_site(s: Story) -> str:
    """An old site laid out in tables, ids and fonts: the text in a cell, the ticker a
    marquee, links to more stories in the cell under it."""
    more = "".join(
        f"<tr><td>» <a href='/more/{n}'>{t}</a></td></tr>" for n, t in enumerate(s.related)
    )
    return (
        f"<html lang='{s.lang}' dir='{s.dir_}'><head>{_head(s.title)}</head><body><table "
        "width='980' id='wrap'><tr><td colspan='2'><img src='/logo.gif' alt='Example Daily'>"
        f"{_nav()}</td></tr><tr><td colspan='2' class='ticker'><b>{s.ticker[0]}:</b> <marquee>"
        f"{s.ticker[1]}</marquee></td></tr><tr><td valign='top' width='700' id='content'>"
        f"<h1 class='headline'>{s.title}</h1><div class='byline'>{s.byline}</div><div "
        f"class='date'>{s.dateline}</div><div class='share'>{s.share}: <a href='#'>Facebook</a>"
        f"</div><div id='newstext'><p>{s.paras[0]}"
        f"</p><p>{s.paras[1]}</p><p><b>{s.read_also[0]}</b> <a href='/more/9'>{s.read_also[1]}"
        f"</a></p><p><b>{s.subhead}</b></p><p>{s.paras[2]}</p><table class='photo' "
        f"align='center'><tr><td><img src='/in.jpg'></td></tr><tr><td class='caption'>"
        f"{s.caption}</td></tr></table><blockquote>{s.quote}</blockquote>"
        f"{_list_or_table(s)}{_tweet(s)}<p>{s.paras[3]}</p></div><table class='more'>{more}"
        f"</table><div class='nl'>{s.newsletter}</div>{_comments(s)}</td><td valign='top' "
        "id='right'><div class='ads'>Advertisement</div></td></tr></table>"
        f"<div id='cookie'>{s.cookie}</div>{_footer()}</body></html>"
    )


_LAYOUTS = (newspaper, jnews, bootstrap, drupal, table_site)


def _start(text: str, size: int = 36) -> str:
    """A line's opening words (a prefix cut at a space where the script has them)."""
    if len(text) <= size:
        return text
    cut = text.rfind(" ", 0, size)
    return text[: cut if cut > size // 2 else size]


def add(name: str, host: str, story: Story) -> None:
    """One probe: the story in the next layout, the text's lines a must, the furniture's not."""
    layout = _LAYOUTS[len(PROBES) % len(_LAYOUTS)]
    cells = tuple(cell for row in story.table for cell in row[:1])[1:]
    CAPTIONS[f"blind_{story.lang}_{name}"] = story.caption
    PROBES.add(
        f"blind_{story.lang}_{name}",
        f"https://{host}/news/2026/03/04/{name}/",
        layout(story),
        (
            *(_start(p) for p in story.paras),
            story.subhead,
            _start(story.quote),
            *(cells or story.items),
        ),
        (
            story.byline,
            story.dateline,
            story.ticker[1],
            story.read_also[1],
            *story.related,
            _start(story.newsletter),
            _start(story.cookie),
            _start(story.comments[1]),
        ),
    )


add(
    "mafuriko",
    "habari.example.co.tz",
    Story(
        lang="sw",
        title="Mvua kubwa zasababisha mafuriko katika mji wa Kilimani",
        byline="Na Amina Mwakasege",
        dateline="Machi 4, 2026 saa 10:32",
        paras=(
            "Mvua kubwa iliyonyesha usiku wa kuamkia Jumatano imesababisha mafuriko katika "
            "mitaa mitano ya mji wa Kilimani, na zaidi ya familia mia tatu zimehamishwa.",
            "Mkuu wa wilaya, Bw. Juma Kitwana, amesema serikali imefungua shule mbili kuwa "
            "makazi ya muda kwa waathirika. Makazi yamefunguliwa katika maeneo yafuatayo:",
            "Barabara inayounganisha Kilimani na bandari imefungwa baada ya daraja dogo "
            "kusombwa na maji, hali iliyosababisha msongamano mkubwa wa magari.",
            "Mamlaka ya hali ya hewa imeonya kuwa mvua zaidi zinatarajiwa hadi mwishoni mwa "
            "wiki, na wakazi wa mabondeni wametakiwa kuhama mapema.",
        ),
        subhead="Barabara kuu imefungwa",
        quote="Tumepoteza kila kitu, hata vitabu vya watoto vimeharibika, alisema mkazi "
        "mmoja, Bi. Zawadi Hamisi.",
        items=("Shule ya Msingi Mwembeni", "Ukumbi wa jamii wa Kisiwani", "Kanisa la Mtakatifu"),
        caption="Wakazi wakivuka mtaa uliofurika maji katika mji wa Kilimani.",
        read_also=("Soma pia:", "Bei ya mahindi yapanda sokoni baada ya ukame"),
        related=(
            "Wavuvi walalamikia bei ya mafuta",
            "Timu ya taifa yatinga fainali",
            "Walimu wapya 200 waajiriwa mkoani",
        ),
        newsletter="Jiandikishe kupokea habari zetu kila asubuhi kwenye barua pepe yako.",
        cookie="Tovuti hii inatumia vidakuzi ili kuboresha huduma zetu kwako.",
        comments=("Maoni (3)", "Serikali ijenge mitaro mapema kabla ya msimu wa mvua."),
        ticker=("HABARI MPYA", "Rais kuhutubia bunge kesho saa nne asubuhi"),
        share="Shiriki habari hii",
        tweet="Mvua inaendelea kunyesha Kilimani, tahadhari kwa madereva",
    ),
)

add(
    "buna",
    "zena.example.et",
    Story(
        lang="am",
        title="የቡና ገበሬዎች በዚህ ዓመት ከፍተኛ ምርት ይጠብቃሉ",
        byline="ዘጋቢ፡ ሰላማዊት ታደሰ",
        dateline="መጋቢት 4 ቀን 2026 ዓ.ም. 10:30",
        paras=(
            "በደቡብ ክልል የሚገኙ የቡና ገበሬዎች በዚህ ዓመት ምርታቸው ካለፈው ዓመት በሃያ በመቶ እንደሚጨምር ይጠብቃሉ።",
            "የገበሬዎች ማኅበር ሊቀመንበር አቶ ግርማ በቀለ ዝናቡ በጊዜው መጣሉ ለምርቱ መጨመር ዋና ምክንያት መሆኑን ተናግረዋል።",
            "ይሁን እንጂ ገበሬዎቹ የማጓጓዣ ዋጋ መጨመሩ ትርፋቸውን እንደሚቀንሰው ስጋታቸውን ገልጸዋል።",
            "የግብርና ሚኒስቴር በሚቀጥለው ወር አዲስ የማከማቻ መጋዘኖችን እንደሚከፍት አስታውቋል።",
        ),
        subhead="የማጓጓዣ ችግር",
        quote="መንገዱ ካልተሠራ ቡናችንን ወደ ገበያ ማድረስ አንችልም ብለዋል አንድ ገበሬ።",
        items=("የሲዳማ ዞን", "የጌዴኦ ዞን", "የጅማ ዞን"),
        caption="ገበሬዎች የቡና ፍሬ ሲለቅሙ።",
        read_also=("ተጨማሪ ያንብቡ፡", "የጤፍ ዋጋ በአዲስ አበባ ገበያ ጨመረ"),
        related=("የአትሌቲክስ ቡድኑ ወደ ውድድር አቀና", "አዲሱ የባቡር መስመር ተመረቀ", "የትምህርት ቤቶች ምዝገባ ተጀመረ"),
        newsletter="ዕለታዊ ዜናዎቻችንን በኢሜል ለማግኘት ይመዝገቡ።",
        cookie="ይህ ድረ-ገጽ ኩኪዎችን ይጠቀማል። በመቀጠል ፈቃድዎን ይሰጣሉ።",
        comments=("አስተያየቶች", "መንግሥት ለገበሬዎች የብድር አገልግሎት ማመቻቸት አለበት።"),
        ticker=("ሰበር ዜና", "ፓርላማው አዲሱን በጀት አጸደቀ"),
        share="ያጋሩ",
        tweet="የቡና ምርት በዚህ ዓመት ጨምሯል",
    ),
)

add(
    "kasuwa",
    "labarai.example.ng",
    Story(
        lang="ha",
        title="Farashin masara ya sauka a kasuwannin Kano",
        byline="Daga Aminu Lawal",
        dateline="Talata, 4 ga Maris, 2026",
        paras=(
            "Farashin masara ya sauka da kusan kashi ashirin cikin dari a manyan kasuwannin "
            "jihar Kano a wannan makon, bayan girbin bana ya yi kyau.",
            "Wani dan kasuwa a kasuwar Dawanau, Malam Sani Bello, ya ce buhun masara yanzu "
            "yana kaiwa naira dubu arba'in maimakon dubu hamsin.",
            "Manoma da dama sun ce sun samu amfanin gona fiye da yadda suka zata saboda ruwan "
            "sama ya zo a kan lokaci.",
            "Masana sun yi gargadin cewa farashin zai iya sake tashi idan ba a adana hatsin "
            "yadda ya kamata ba.",
        ),
        subhead="Manoma sun yi murna",
        quote="Wannan shekarar Allah ya ba mu albarka, in ji wani manomi daga Bichi.",
        items=("Masara", "Dawa", "Gero"),
        table=(
            ("Hatsi", "Farashin makon jiya", "Farashin yau"),
            ("Masara", "₦50,000", "₦40,000"),
            ("Dawa", "₦45,000", "₦41,000"),
        ),
        caption="'Yan kasuwa suna sauke buhunan masara a kasuwar Dawanau.",
        read_also=("Karanta kuma:", "Gwamnati ta kaddamar da shirin noman rani"),
        related=(
            "Kungiyar kwallon kafa ta Kano ta yi nasara",
            "An bude sabuwar asibiti a Zariya",
            "Dalibai sun koma makaranta bayan hutu",
        ),
        newsletter="Yi rajista don samun labaranmu kowace safiya ta imel.",
        cookie="Wannan shafin yana amfani da kukis don inganta ayyukanmu.",
        comments=("Sharhi", "Muna godiya ga Allah da wannan sauki da aka samu."),
        ticker=("LABARI MAI ZAFI", "Majalisa ta amince da kasafin kudin bana"),
        share="Raba wannan labari",
        tweet="Farashin masara ya sauka a Kano",
    ),
)

add(
    "oja",
    "iroyin.example.ng",
    Story(
        lang="yo",
        title="Ìjọba ṣí ọjà tuntun sílẹ̀ ní ìlú Ìbàdàn",
        byline="Láti ọwọ́ Adéwálé Ògúnṣọlá",
        dateline="Ọjọ́rú, 4 Oṣù Kẹta, 2026",
        paras=(
            "Ìjọba ìpínlẹ̀ Ọ̀yọ́ ti ṣí ọjà tuntun kan sílẹ̀ ní ìlú Ìbàdàn, tí ó lè gba ẹgbẹ̀rún "
            "méjì àwọn oníṣòwò.",
            "Kọmíṣọ́nà fún ọ̀rọ̀ ajé, Ọ̀gbẹ́ni Túndé Àlàbí, sọ pé ọjà náà yóò ṣí láti aago mẹ́fà "
            "àárọ̀ títí di aago mẹ́jọ alẹ́.",
            "Àwọn oníṣòwò sọ pé inú wọn dùn, ṣùgbọ́n wọ́n ní owó ṣọ́ọ̀bù ṣì pọ̀ jù fún àwọn "
            "tí kò ní owó púpọ̀.",
            "Ìjọba ṣèlérí pé àwọn ọkọ̀ èrò yóò máa dúró ní ẹnu ọ̀nà ọjà náà láti oṣù tó ń bọ̀.",
        ),
        subhead="Ohun tí àwọn oníṣòwò ń sọ",
        quote="A ti ń dúró de ọjà yìí fún ọdún márùn-ún, ni Ìyá Àlàmú sọ.",
        items=("Ẹ̀ka aṣọ", "Ẹ̀ka oúnjẹ", "Ẹ̀ka ẹ̀rọ ayélujára"),
        caption="Àwọn oníṣòwò níbi ìṣílé ọjà tuntun ní Ìbàdàn.",
        read_also=("Ka èyí náà:", "Owó epo bẹ́tíròlù gòkè ní Èkó"),
        related=(
            "Ẹgbẹ́ agbábọ́ọ̀lù Ìbàdàn borí",
            "Ilé ìwòsàn tuntun ṣí ní Ọ̀yọ́",
            "Àwọn akẹ́kọ̀ọ́ padà sí ilé ìwé",
        ),
        newsletter="Forúkọsílẹ̀ láti máa gba ìròyìn wa lójoojúmọ́ nínú í-meèlì rẹ.",
        cookie="Ojú òpó yìí ń lo kúkì láti mú iṣẹ́ wa dára sí i.",
        comments=("Èrò yín", "Ẹ ṣeun fún ìjọba, ṣùgbọ́n ẹ dín owó ṣọ́ọ̀bù kù."),
        ticker=("ÌRÒYÌN TÓ ŃLỌ", "Gómìnà yóò bá àwọn ará ìlú sọ̀rọ̀ lọ́la"),
        share="Pín ìròyìn yìí",
        tweet="Ọjà tuntun ṣí ní Ìbàdàn lónìí",
    ),
)

add(
    "mazhai",
    "seithi.example.in",
    Story(
        lang="ta",
        title="கனமழையால் சென்னையில் போக்குவரத்து பாதிப்பு",
        byline="எழுதியவர்: கா. செந்தில்குமார்",
        dateline="மார்ச் 4, 2026 10:32 IST",
        paras=(
            "சென்னையில் நேற்று இரவு பெய்த கனமழையால் நகரின் பல்வேறு பகுதிகளில் சாலைகளில் தண்ணீர் "
            "தேங்கி போக்குவரத்து கடுமையாக பாதிக்கப்பட்டது.",
            "மாநகராட்சி ஆணையர் திரு. ராமநாதன் கூறுகையில், தண்ணீரை வெளியேற்ற இருநூறு மோட்டார் "
            "பம்புகள் பயன்படுத்தப்படுகின்றன என்றார்.",
            "பள்ளிகளுக்கு இன்று விடுமுறை அறிவிக்கப்பட்டுள்ளது, மேலும் கடலோர பகுதி மக்கள் "
            "பாதுகாப்பான இடங்களுக்கு செல்ல அறிவுறுத்தப்பட்டுள்ளனர்.",
            "அடுத்த இரண்டு நாட்களுக்கு மிதமான மழை தொடரும் என்று வானிலை மையம் தெரிவித்துள்ளது.",
        ),
        subhead="பள்ளிகளுக்கு விடுமுறை",
        quote="இது போன்ற மழையை பத்து ஆண்டுகளில் பார்த்ததில்லை என்று ஒரு ஆட்டோ ஓட்டுநர் கூறினார்.",
        items=("வேளச்சேரி", "தாம்பரம்", "அம்பத்தூர்"),
        caption="வெள்ளம் சூழ்ந்த சாலையில் செல்லும் வாகனங்கள்.",
        read_also=("இதையும் படிக்க:", "தங்கம் விலை இன்று சவரனுக்கு ரூ.200 உயர்வு"),
        related=(
            "கிரிக்கெட் அணி அறிவிப்பு",
            "புதிய மெட்ரோ பாதை திறப்பு",
            "பொதுத்தேர்வு முடிவுகள் வெளியீடு",
        ),
        newsletter="எங்கள் செய்திமடலுக்கு பதிவு செய்து தினமும் செய்திகளை பெறுங்கள்.",
        cookie="இந்த இணையதளம் குக்கீகளை பயன்படுத்துகிறது.",
        comments=("கருத்துகள்", "மழைநீர் வடிகால்களை முன்கூட்டியே சுத்தம் செய்ய வேண்டும்."),
        ticker=("பிரேக்கிங்", "முதல்வர் வெள்ள பகுதிகளை நேரில் ஆய்வு"),
        share="பகிர்",
        tweet="சென்னையில் கனமழை தொடர்கிறது",
    ),
)

add(
    "nouka",
    "khobor.example.com.bd",
    Story(
        lang="bn",
        title="পদ্মায় নৌকাডুবি, নিখোঁজ পাঁচজন",
        byline="নিজস্ব প্রতিবেদক",
        dateline="প্রকাশ: ০৪ মার্চ ২০২৬, ১০:৩২",
        paras=(
            "পদ্মা নদীতে যাত্রীবাহী একটি নৌকা ডুবে পাঁচজন নিখোঁজ রয়েছেন, উদ্ধার করা হয়েছে আরও বিশজনকে।",
            "স্থানীয় প্রশাসন জানিয়েছে, প্রবল বাতাসে নৌকাটি মাঝনদীতে উল্টে যায় এবং ডুবুরি দল "
            "সকাল থেকে উদ্ধার কাজ চালাচ্ছে।",
            "প্রত্যক্ষদর্শীরা বলছেন, নৌকাটিতে ধারণক্ষমতার চেয়ে অনেক বেশি যাত্রী তোলা হয়েছিল।",
            "জেলা প্রশাসক নিহতদের পরিবারকে আর্থিক সহায়তা দেওয়ার ঘোষণা দিয়েছেন।",
        ),
        subhead="অতিরিক্ত যাত্রী বহনের অভিযোগ",
        quote="আমরা চিৎকার করছিলাম, কিন্তু মাঝি নৌকা থামায়নি, বললেন এক যাত্রী।",
        items=("ফায়ার সার্ভিস", "কোস্ট গার্ড", "নৌ পুলিশ"),
        caption="নিখোঁজদের সন্ধানে নদীতে উদ্ধারকারী দল।",
        read_also=("আরও পড়ুন:", "চালের দাম কমেছে খুচরা বাজারে"),
        related=(
            "বিশ্বকাপে জয় পেল বাংলাদেশ",
            "মেট্রোরেলের নতুন স্টেশন চালু",
            "এসএসসি পরীক্ষার ফল প্রকাশ",
        ),
        newsletter="প্রতিদিনের গুরুত্বপূর্ণ খবর ইমেইলে পেতে সাবস্ক্রাইব করুন।",
        cookie="এই ওয়েবসাইট কুকি ব্যবহার করে। ব্যবহার চালিয়ে গেলে আপনি সম্মতি দিচ্ছেন।",
        comments=("মন্তব্য", "নৌপথে নজরদারি বাড়ানো দরকার।"),
        ticker=("সর্বশেষ", "সংসদে বাজেট অধিবেশন শুরু আগামীকাল"),
        share="শেয়ার করুন",
        tweet="পদ্মায় নৌকাডুবিতে উদ্ধার তৎপরতা চলছে",
    ),
)

add(
    "metro",
    "vartalu.example.in",
    Story(
        lang="te",
        title="హైదరాబాద్‌లో కొత్త మెట్రో మార్గం ప్రారంభం",
        byline="రచన: వి. శ్రీనివాస్",
        dateline="మార్చి 4, 2026 10:32 AM",
        paras=(
            "హైదరాబాద్ నగరంలో కొత్త మెట్రో మార్గాన్ని ముఖ్యమంత్రి బుధవారం ప్రారంభించారు, ఇది "
            "రోజుకు లక్ష మంది ప్రయాణికులకు సేవలు అందిస్తుంది.",
            "ఈ మార్గం పది కిలోమీటర్ల పొడవు ఉండి ఎనిమిది స్టేషన్లను కలుపుతుందని అధికారులు తెలిపారు.",
            "టికెట్ ధరలు పది రూపాయల నుంచి నలభై రూపాయల వరకు ఉంటాయని మెట్రో సంస్థ ప్రకటించింది.",
            "వచ్చే ఏడాది మరో రెండు మార్గాలు పూర్తవుతాయని ప్రభుత్వం ఆశిస్తోంది.",
        ),
        subhead="టికెట్ ధరలు ఇలా",
        quote="ఇప్పుడు ఆఫీసుకు అరగంటలో చేరుకోగలను అని ఒక ఉద్యోగి అన్నారు.",
        items=(),
        table=(("దూరం", "ధర"), ("రెండు స్టేషన్లు", "₹10"), ("ఐదు స్టేషన్లు", "₹25")),
        caption="కొత్త మెట్రో రైలులో ప్రయాణిస్తున్న ప్రజలు.",
        read_also=("ఇవి కూడా చదవండి:", "బంగారం ధర మళ్లీ పెరిగింది"),
        related=("క్రికెట్ జట్టు ప్రకటన", "ఇంటర్ ఫలితాలు విడుదల", "వర్ష సూచన జారీ"),
        newsletter="మా వార్తాలేఖకు సబ్‌స్క్రైబ్ చేసి ప్రతిరోజూ వార్తలు పొందండి.",
        cookie="ఈ వెబ్‌సైట్ కుకీలను ఉపయోగిస్తుంది.",
        comments=("వ్యాఖ్యలు", "మెట్రో సమయాలను రాత్రి పన్నెండు వరకు పెంచాలి."),
        ticker=("బ్రేకింగ్ న్యూస్", "అసెంబ్లీ సమావేశాలు రేపటి నుంచి"),
        share="షేర్ చేయండి",
        tweet="కొత్త మెట్రో మార్గం ప్రారంభం",
    ),
)

add(
    "panipurvatha",
    "batmya.example.in",
    Story(
        lang="mr",
        title="पुण्यात पाणीपुरवठा दोन दिवस बंद राहणार",
        byline="प्रतिनिधी, पुणे",
        dateline="अपडेटेड: ४ मार्च २०२६, १०:३२ AM",
        paras=(
            "पुणे शहरातील अनेक भागांत गुरुवार आणि शुक्रवारी पाणीपुरवठा बंद राहणार असल्याचे "
            "महापालिकेने जाहीर केले आहे.",
            "जलशुद्धीकरण केंद्रातील मुख्य जलवाहिनीच्या दुरुस्तीचे काम हाती घेण्यात आल्याने हा निर्णय घेण्यात आला आहे.",
            "नागरिकांनी पुरेसा पाणीसाठा करून ठेवावा आणि पाण्याचा जपून वापर करावा, असे आवाहन करण्यात आले आहे.",
            "शनिवारी सकाळपासून पाणीपुरवठा कमी दाबाने सुरू होईल, असेही प्रशासनाने सांगितले.",
        ),
        subhead="कोणत्या भागांवर परिणाम?",
        quote="दुरुस्ती वेळेत पूर्ण करण्याचा आमचा प्रयत्न आहे, असे पाणीपुरवठा प्रमुखांनी सांगितले.",
        items=("कोथरूड", "वारजे", "कर्वेनगर"),
        caption="जलवाहिनी दुरुस्तीचे काम करताना कर्मचारी.",
        read_also=("हेही वाचा:", "सोन्याच्या दरात आज मोठी घसरण"),
        related=("क्रिकेट संघाची घोषणा", "दहावीचा निकाल जाहीर", "हवामान विभागाचा इशारा"),
        newsletter="आमच्या वृत्तपत्रासाठी नोंदणी करा आणि रोज सकाळी बातम्या मिळवा.",
        cookie="ही वेबसाइट कुकीज वापरते. पुढे वापरल्यास तुम्ही संमती देता.",
        comments=("प्रतिक्रिया", "दर महिन्याला हेच होते, कायमस्वरूपी उपाय करा."),
        ticker=("ब्रेकिंग", "राज्य मंत्रिमंडळाची आज बैठक"),
        share="शेअर करा",
        tweet="पुण्यात दोन दिवस पाणी नाही",
    ),
)

add(
    "tea",
    "puwath.example.lk",
    Story(
        lang="si",
        title="තේ අපනයන ආදායම මෙවර වැඩි වෙයි",
        byline="සටහන: නිමල් පෙරේරා",
        dateline="2026 මාර්තු 04 පෙ.ව. 10:32",
        paras=(
            "ශ්‍රී ලංකාවේ තේ අපනයන ආදායම පසුගිය මාසයේ සියයට දහයකින් වැඩි වූ බව තේ මණ්ඩලය නිවේදනය කළේය.",
            "මැද පෙරදිග රටවලින් ලැබුණු ඉල්ලුම මෙම වැඩිවීමට ප්‍රධාන හේතුව බව මණ්ඩලයේ සභාපතිවරයා පැවසීය.",
            "කෙසේ වෙතත් පොහොර මිල ඉහළ යාම කුඩා තේ වතු හිමියන්ට බලපා ඇති බව ඔවුහු පවසති.",
            "ලබන මාසයේ සිට පොහොර සහනාධාරයක් ලබා දීමට රජය සැලසුම් කරයි.",
        ),
        subhead="කුඩා වතු හිමියන්ගේ ගැටලු",
        quote="පොහොර නැතිව අපට දළු නෙළන්න බැහැ යැයි එක් වතු හිමියෙක් කීය.",
        items=("නුවරඑළිය", "බදුල්ල", "රත්නපුර"),
        caption="තේ දළු නෙළන කම්කරුවන්.",
        read_also=("මෙයත් කියවන්න:", "ඉන්ධන මිල අඩු කෙරේ"),
        related=("ක්‍රිකට් කණ්ඩායම නිවේදනය කෙරේ", "නව අධිවේගී මාර්ගය විවෘත කෙරේ", "විභාග ප්‍රතිඵල නිකුත් කෙරේ"),
        newsletter="අපගේ පුවත් ලිපියට ලියාපදිංචි වී දිනපතා පුවත් ලබාගන්න.",
        cookie="මෙම වෙබ් අඩවිය කුකීස් භාවිතා කරයි.",
        comments=("අදහස්", "පොහොර සහනාධාරය ඉක්මනින් දෙන්න ඕනේ."),
        ticker=("උණුසුම් පුවත්", "පාර්ලිමේන්තුව හෙට රැස්වේ"),
        share="බෙදාගන්න",
        tweet="තේ අපනයනය ඉහළට",
    ),
)

add(
    "bato",
    "samachar.example.com.np",
    Story(
        lang="ne",
        title="पहिरोका कारण पृथ्वी राजमार्ग अवरुद्ध",
        byline="संवाददाता, धादिङ",
        dateline="फागुन २०, २०८२ बुधबार १०:३२",
        paras=(
            "धादिङमा गएराति खसेको पहिरोका कारण पृथ्वी राजमार्ग पूर्ण रूपमा अवरुद्ध भएको छ र "
            "सयौँ सवारी साधन बाटोमै रोकिएका छन्।",
            "प्रहरीका अनुसार पहिरो हटाउन दुईवटा डोजर परिचालन गरिएको छ तर माथिबाट ढुङ्गा खस्न जारी छ।",
            "यात्रुहरूलाई वैकल्पिक मार्ग प्रयोग गर्न र अनावश्यक यात्रा नगर्न आग्रह गरिएको छ।",
            "साँझसम्म एकतर्फी आवागमन सुचारु हुने अपेक्षा गरिएको छ।",
        ),
        subhead="वैकल्पिक मार्ग",
        quote="हामी बिहान छ बजेदेखि यहीँ रोकिएका छौँ, एक बस चालकले भने।",
        items=("बीपी राजमार्ग", "कान्ति लोकपथ", "मुग्लिन–नारायणगढ सडक"),
        caption="पहिरो हटाउँदै गरेको डोजर।",
        read_also=("यो पनि पढ्नुहोस्:", "पेट्रोलको मूल्य घट्यो"),
        related=("क्रिकेट टोली घोषणा", "नयाँ विमानस्थल सञ्चालनमा", "एसईई नतिजा सार्वजनिक"),
        newsletter="हाम्रो न्युजलेटरमा दर्ता गरी दैनिक समाचार इमेलमा पाउनुहोस्।",
        cookie="यो वेबसाइटले कुकीज प्रयोग गर्छ।",
        comments=("प्रतिक्रिया", "हरेक वर्ष यही हुन्छ, स्थायी समाधान चाहियो।"),
        ticker=("ताजा समाचार", "संसद बैठक भोलि बस्दै"),
        share="सेयर गर्नुहोस्",
        tweet="पृथ्वी राजमार्गमा पहिरो",
    ),
)

add(
    "rotfai",
    "khao.example.co.th",
    Story(
        lang="th",
        title="รถไฟสายใหม่เชื่อมเชียงใหม่เปิดให้บริการแล้ว",
        byline="โดย สมชาย ใจดี",
        dateline="4 มี.ค. 2569 10:32 น.",
        paras=(
            "การรถไฟแห่งประเทศไทยเปิดให้บริการรถไฟสายใหม่ที่เชื่อมระหว่างกรุงเทพฯ กับเชียงใหม่ "
            "อย่างเป็นทางการเมื่อวันพุธที่ผ่านมา",
            "ผู้ว่าการการรถไฟกล่าวว่า รถไฟขบวนใหม่จะใช้เวลาเดินทางเพียงเก้าชั่วโมง ลดลงจากเดิมกว่าสามชั่วโมง",
            "ผู้โดยสารหลายคนแสดงความพอใจกับตู้นอนใหม่ แต่บางคนบ่นว่าราคาตั๋วสูงเกินไป",
            "การรถไฟมีแผนจะเพิ่มเที่ยววิ่งเป็นวันละสี่เที่ยวภายในสิ้นปีนี้",
        ),
        subhead="ราคาตั๋วและเวลาเดินรถ",
        quote="นั่งสบายกว่าเดิมมาก แต่อยากให้ราคาถูกลงอีกหน่อย ผู้โดยสารรายหนึ่งกล่าว",
        items=("ชั้นหนึ่ง 1,500 บาท", "ชั้นสอง 900 บาท", "ชั้นสาม 400 บาท"),
        caption="ขบวนรถไฟใหม่จอดที่สถานีเชียงใหม่",
        read_also=("อ่านเพิ่มเติม:", "ราคาทองวันนี้ปรับขึ้น 200 บาท"),
        related=("ทีมชาติไทยชนะนัดแรก", "กรมอุตุฯ เตือนพายุฤดูร้อน", "เปิดรับสมัครครูอัตราจ้าง"),
        newsletter="สมัครรับจดหมายข่าวเพื่อรับข่าวสารทุกเช้าทางอีเมล",
        cookie="เว็บไซต์นี้ใช้คุกกี้เพื่อพัฒนาประสบการณ์การใช้งานของคุณ",
        comments=("ความคิดเห็น", "อยากให้มีรถไฟไปเชียงรายด้วยครับ"),
        ticker=("ข่าวด่วน", "ครม.อนุมัติงบภัยแล้งเพิ่มเติม"),
        share="แชร์ข่าวนี้",
        tweet="รถไฟสายใหม่เปิดแล้ววันนี้",
    ),
)

add(
    "phsar",
    "pordamean.example.com.kh",
    Story(
        lang="km",
        title="ផ្សារថ្មីមួយត្រូវបានបើកនៅក្រុងសៀមរាប",
        byline="ដោយ៖ សុខ ចាន់ថា",
        dateline="ថ្ងៃពុធ ទី៤ ខែមីនា ឆ្នាំ២០២៦ ម៉ោង ១០:៣២",
        paras=(
            "អាជ្ញាធរខេត្តសៀមរាបបានបើកផ្សារថ្មីមួយដែលអាចផ្ទុកអាជីវករបានជាងប្រាំរយនាក់នៅថ្ងៃពុធនេះ។",
            "អភិបាលខេត្តបានថ្លែងថា ផ្សារនេះនឹងជួយកាត់បន្ថយការកកស្ទះចរាចរណ៍នៅកណ្តាលក្រុង។",
            "អាជីវករមួយចំនួនបានត្អូញត្អែរថា តម្លៃជួលតូបនៅខ្ពស់ពេកសម្រាប់ពួកគេ។",
            "អាជ្ញាធរបានសន្យាថានឹងពិចារណាកាត់បន្ថយតម្លៃជួលនៅខែក្រោយ។",
        ),
        subhead="ការព្រួយបារម្ភរបស់អាជីវករ",
        quote="យើងចង់លក់ដូរនៅទីនេះ ប៉ុន្តែតម្លៃជួលថ្លៃពេក អាជីវករម្នាក់និយាយ។",
        items=("ផ្នែកបន្លែ", "ផ្នែកត្រី", "ផ្នែកសម្លៀកបំពាក់"),
        caption="អាជីវករកំពុងរៀបចំតូបនៅផ្សារថ្មី។",
        read_also=("អានបន្ថែម៖", "តម្លៃស្រូវកើនឡើងនៅខេត្តបាត់ដំបង"),
        related=("ក្រុមបាល់ទាត់ជាតិឈ្នះ", "ផ្លូវថ្មីត្រូវបានសម្ពោធ", "លទ្ធផលប្រឡងត្រូវបានប្រកាស"),
        newsletter="ចុះឈ្មោះដើម្បីទទួលព័ត៌មានរៀងរាល់ព្រឹកតាមអ៊ីមែល។",
        cookie="គេហទំព័រនេះប្រើខូឃីដើម្បីកែលម្អសេវាកម្ម។",
        comments=("មតិយោបល់", "សូមកាត់បន្ថយតម្លៃជួលតូបផង។"),
        ticker=("ព័ត៌មានថ្មីៗ", "រដ្ឋសភានឹងប្រជុំនៅថ្ងៃស្អែក"),
        share="ចែករំលែក",
        tweet="ផ្សារថ្មីបើកនៅសៀមរាប",
    ),
)

add(
    "khua",
    "khao.example.la",
    Story(
        lang="lo",
        title="ຂົວໃໝ່ຂ້າມແມ່ນ້ຳຂອງເປີດນຳໃຊ້ແລ້ວ",
        byline="ໂດຍ: ສົມພອນ ແກ້ວມະນີ",
        dateline="4 ມີນາ 2026, 10:32",
        paras=(
            "ຂົວໃໝ່ຂ້າມແມ່ນ້ຳຂອງທີ່ເຊື່ອມຕໍ່ສອງແຂວງໄດ້ເປີດນຳໃຊ້ຢ່າງເປັນທາງການໃນວັນພຸດທີ່ຜ່ານມາ.",
            "ລັດຖະມົນຕີກະຊວງໂຍທາທິການກ່າວວ່າ ຂົວນີ້ຈະຊ່ວຍຫຼຸດເວລາເດີນທາງລົງເຄິ່ງໜຶ່ງ.",
            "ຊາວບ້ານໃນເຂດດັ່ງກ່າວດີໃຈຫຼາຍ ເພາະແຕ່ກ່ອນຕ້ອງຂ້າມເຮືອທຸກມື້.",
            "ທາງການມີແຜນຈະສ້າງຕະຫຼາດໃໝ່ຢູ່ໃກ້ຂົວໃນປີໜ້າ.",
        ),
        subhead="ຊາວບ້ານດີໃຈ",
        quote="ບໍ່ຕ້ອງລໍຖ້າເຮືອອີກແລ້ວ ແມ່ຄ້າຄົນໜຶ່ງກ່າວ.",
        items=("ລົດຈັກ 5.000 ກີບ", "ລົດໃຫຍ່ 20.000 ກີບ", "ລົດບັນທຸກ 50.000 ກີບ"),
        caption="ລົດແລ່ນຂ້າມຂົວໃໝ່ໃນມື້ເປີດ.",
        read_also=("ອ່ານຕື່ມ:", "ລາຄານ້ຳມັນຫຼຸດລົງອາທິດນີ້"),
        related=("ທີມບານເຕະຊາດຊະນະ", "ໂຮງໝໍໃໝ່ເປີດບໍລິການ", "ຜົນສອບເສັງອອກແລ້ວ"),
        newsletter="ລົງທະບຽນເພື່ອຮັບຂ່າວທຸກເຊົ້າທາງອີເມວ.",
        cookie="ເວັບໄຊນີ້ໃຊ້ຄຸກກີ້ເພື່ອປັບປຸງການບໍລິການ.",
        comments=("ຄຳເຫັນ", "ຂອບໃຈລັດຖະບານທີ່ສ້າງຂົວໃຫ້."),
        ticker=("ຂ່າວດ່ວນ", "ສະພາແຫ່ງຊາດຈະເປີດກອງປະຊຸມມື້ອື່ນ"),
        share="ແບ່ງປັນ",
        tweet="ຂົວໃໝ່ເປີດແລ້ວມື້ນີ້",
    ),
)

add(
    "sapar",
    "thadin.example.com.mm",
    Story(
        lang="my",
        title="ရန်ကုန်တွင် ဆန်ဈေး ကျဆင်း",
        byline="သတင်းထောက် - ကျော်ဇော",
        dateline="မတ်လ ၄ ရက်၊ ၂၀၂၆",
        paras=(
            "ရန်ကုန်မြို့ရှိ ဆန်ဈေးကွက်များတွင် ဆန်ဈေးနှုန်းသည် ယခုအပတ်အတွင်း ဆယ်ရာခိုင်နှုန်းခန့် ကျဆင်းခဲ့သည်။",
            "ဆန်ကုန်သည်တစ်ဦးက စပါးအထွက်ကောင်းသဖြင့် ဈေးကျခြင်းဖြစ်သည်ဟု ပြောသည်။",
            "သို့သော် လယ်သမားများမှာ ပွဲစားခ မြင့်တက်လာသဖြင့် အမြတ်နည်းနေကြောင်း ညည်းညူကြသည်။",
            "စိုက်ပျိုးရေးဌာနက လာမည့်လတွင် မျိုးစေ့အခမဲ့ ဖြန့်ဝေမည်ဟု ကြေညာထားသည်။",
        ),
        subhead="လယ်သမားများ၏ အခက်အခဲ",
        quote="ဒီနှစ် အထွက်ကောင်းပေမယ့် အမြတ်မရှိဘူး ဟု လယ်သမားတစ်ဦးက ပြောသည်။",
        items=("ဧည့်မထ ဆန်", "ပေါ်ဆန်း", "ရှမ်းဆန်"),
        caption="ဆန်ဈေးကွက်တွင် ဆန်အိတ်များ ချထားပုံ။",
        read_also=("ဆက်စပ်ဖတ်ရှုရန် -", "ရွှေဈေး ထပ်မံမြင့်တက်"),
        related=("ဘောလုံးအသင်း အနိုင်ရ", "တံတားသစ် ဖွင့်လှစ်", "စာမေးပွဲအောင်စာရင်း ထွက်ပြီ"),
        newsletter="နေ့စဉ်သတင်းများကို အီးမေးလ်ဖြင့် ရယူရန် စာရင်းသွင်းပါ။",
        cookie="ဤဝက်ဘ်ဆိုက်သည် ကွတ်ကီးများကို အသုံးပြုသည်။",
        comments=("မှတ်ချက်များ", "လယ်သမားတွေကို ကူညီပေးပါ။"),
        ticker=("နောက်ဆုံးရသတင်း", "လွှတ်တော်အစည်းအဝေး မနက်ဖြန် စတင်"),
        share="မျှဝေရန်",
        tweet="ဆန်ဈေး ကျဆင်းနေ",
    ),
)

add(
    "cau-moi",
    "tintuc.example.vn",
    Story(
        lang="vi",
        title="Cầu mới bắc qua sông Hồng thông xe sớm hai tháng",
        byline="Nguyễn Văn Hùng",
        dateline="Thứ tư, 4/3/2026 - 10:32 (GMT+7)",
        paras=(
            "Cây cầu mới bắc qua sông Hồng chính thức thông xe sáng thứ tư, sớm hơn hai tháng so "
            "với kế hoạch ban đầu.",
            "Theo ban quản lý dự án, cầu dài gần hai cây số với sáu làn xe và hai làn dành riêng "
            "cho xe máy.",
            "Người dân hai bên bờ sông cho biết thời gian đi làm của họ đã giảm gần một nửa.",
            "Thành phố dự kiến mở thêm ba tuyến xe buýt đi qua cầu từ tháng sau.",
        ),
        subhead="Giảm ùn tắc giờ cao điểm",
        quote="Trước đây tôi mất một tiếng để qua sông, giờ chỉ còn hai mươi phút, chị Lan nói.",
        items=("Sáu làn ô tô", "Hai làn xe máy", "Lối đi bộ hai bên"),
        caption="Xe cộ lưu thông trên cầu mới trong ngày thông xe.",
        read_also=("Xem thêm:", "Giá vàng hôm nay tăng mạnh"),
        related=(
            "Đội tuyển thắng trận mở màn",
            "Mưa lớn ở miền Trung",
            "Điểm thi tốt nghiệp được công bố",
        ),
        newsletter="Đăng ký nhận bản tin để nhận tin tức mỗi sáng qua email.",
        cookie="Trang web này sử dụng cookie để cải thiện trải nghiệm của bạn.",
        comments=("Ý kiến bạn đọc (12)", "Mong thành phố làm thêm cầu cho khu phía nam."),
        ticker=("TIN NÓNG", "Quốc hội khai mạc kỳ họp bất thường"),
        share="Chia sẻ",
        tweet="Cầu mới đã thông xe sáng nay",
    ),
)

add(
    "bagyo",
    "balita.example.ph",
    Story(
        lang="tl",
        title="Bagyong Amang, nagdulot ng baha sa Bicol",
        byline="Ni Maria Santos",
        dateline="Marso 4, 2026 - 10:32 AM",
        paras=(
            "Nagdulot ng malawakang pagbaha sa ilang bayan sa Bicol ang bagyong Amang na tumama "
            "sa lalawigan noong Martes ng gabi.",
            "Ayon sa lokal na pamahalaan, mahigit dalawang libong pamilya ang inilikas sa mga "
            "paaralan at covered court.",
            "Sinuspinde rin ang klase sa lahat ng antas habang patuloy ang paglilinis ng mga "
            "kalsada.",
            "Inaasahang lalabas ng bansa ang bagyo sa Biyernes ng umaga, ayon sa PAGASA.",
        ),
        subhead="Walang pasok sa mga paaralan",
        quote="Wala na kaming nailigtas na gamit, sabi ni Aling Rosa, isang residente.",
        items=("Legazpi", "Daraga", "Tabaco"),
        caption="Mga residenteng lumilikas sa gitna ng baha sa Legazpi.",
        read_also=("BASAHIN DIN:", "Presyo ng bigas, bumaba sa mga palengke"),
        related=(
            "Gilas, panalo sa unang laro",
            "Bagong tulay sa Cebu, binuksan",
            "Resulta ng board exam, inilabas",
        ),
        newsletter="Mag-subscribe sa aming newsletter para sa mga balita tuwing umaga.",
        cookie="Gumagamit ang website na ito ng cookies para mapabuti ang serbisyo.",
        comments=("Mga komento", "Sana maayos na agad ang mga kalsada."),
        ticker=("BREAKING", "Senado, ipinasa ang bagong budget"),
        share="Ibahagi",
        tweet="Patuloy ang ulan sa Bicol dahil kay Amang",
    ),
)

add(
    "banjir",
    "berita.example.co.id",
    Story(
        lang="id",
        title="Banjir rendam ratusan rumah di Bekasi",
        byline="Penulis: Dewi Lestari | Editor: Agus Salim",
        dateline="Rabu, 4 Maret 2026 | 10:32 WIB",
        paras=(
            "Banjir merendam ratusan rumah di tiga kecamatan di Bekasi setelah hujan deras "
            "mengguyur sejak Selasa malam.",
            "Kepala BPBD setempat mengatakan ketinggian air mencapai satu meter di beberapa titik "
            "dan warga mulai mengungsi.",
            "Petugas mendirikan dapur umum di halaman masjid untuk memenuhi kebutuhan makan para "
            "pengungsi.",
            "BMKG memperkirakan hujan dengan intensitas sedang masih akan turun hingga "
            "akhir pekan.",
        ),
        subhead="Warga mengungsi ke masjid",
        quote="Air naik cepat sekali, kami hanya sempat membawa surat-surat penting, kata Bu Sri.",
        items=("Kecamatan Bekasi Timur", "Kecamatan Rawalumbu", "Kecamatan Medan Satria"),
        caption="Warga menembus banjir di kawasan Bekasi Timur, Rabu (4/3/2026).",
        read_also=("Baca Juga:", "Harga cabai melonjak jelang Ramadan"),
        related=(
            "Timnas menang atas Vietnam",
            "Jalan tol baru diresmikan",
            "Pendaftaran sekolah dibuka pekan depan",
        ),
        newsletter="Daftar newsletter kami dan dapatkan berita pilihan setiap pagi.",
        cookie="Situs ini menggunakan cookie untuk meningkatkan pengalaman Anda.",
        comments=("Komentar", "Tiap tahun banjir terus, kapan normalisasi kali?"),
        ticker=("BREAKING NEWS", "Presiden lantik tiga menteri baru"),
        share="Bagikan",
        tweet="Banjir di Bekasi Timur pagi ini",
    ),
)

add(
    "kereta",
    "berita.example.com.my",
    Story(
        lang="ms",
        title="Laluan kereta api baharu ke Kota Bharu dibuka",
        byline="Oleh Ahmad Faizal",
        dateline="Mac 4, 2026 @ 10:32am",
        paras=(
            "Laluan kereta api baharu yang menghubungkan Kuala Lumpur dan Kota Bharu dibuka "
            "secara rasmi pada Rabu dengan perjalanan sulung membawa tiga ratus penumpang.",
            "Menteri Pengangkutan berkata perjalanan kini mengambil masa enam jam, kira-kira "
            "separuh daripada masa perjalanan dengan bas.",
            "Penumpang memuji keselesaan gerabak baharu tetapi ada yang mengadu tentang harga "
            "tiket yang tinggi.",
            "Syarikat pengendali akan menawarkan diskaun kepada pelajar dan warga emas mulai "
            "bulan depan.",
        ),
        subhead="Diskaun untuk pelajar",
        quote="Saya boleh pulang ke kampung setiap minggu sekarang, kata seorang penumpang.",
        items=("Kelas ekonomi RM45", "Kelas perniagaan RM90", "Tempat tidur RM120"),
        caption="Penumpang menaiki kereta api pada hari pertama operasi.",
        read_also=("BACA: ", "Harga minyak turun lagi minggu ini"),
        related=(
            "Harimau Malaya menang besar",
            "Hospital baharu dibuka di Kuantan",
            "Keputusan SPM diumumkan",
        ),
        newsletter="Langgan surat berita kami untuk menerima berita setiap pagi.",
        cookie="Laman web ini menggunakan kuki untuk menambah baik pengalaman anda.",
        comments=("Komen", "Harap ada laluan ke Kuala Terengganu juga."),
        ticker=("TERKINI", "Parlimen bersidang semula esok"),
        share="Kongsi",
        tweet="Kereta api pertama ke Kota Bharu bertolak",
    ),
)

add(
    "venakhi",
    "ambebi.example.ge",
    Story(
        lang="ka",
        title="კახეთში ყურძნის მოსავალი რეკორდულია",
        byline="ავტორი: ნინო ბერიძე",
        dateline="04.03.2026 10:32",
        paras=(
            "კახეთის რეგიონში ამ წელს ყურძნის მოსავალი გასული წლისას ოცი პროცენტით აღემატება, "
            "განაცხადეს სოფლის მეურნეობის სამინისტროში.",
            "მევენახეების თქმით, კარგი ამინდის გამო ყურძენი დროულად მომწიფდა და ხარისხიც მაღალია.",
            "თუმცა ზოგიერთი ფერმერი ჩივის, რომ ღვინის ქარხნები ყურძენს დაბალ ფასად იბარებენ.",
            "სამინისტრო ფერმერებს სუბსიდიას მომავალი თვიდან გასცემს.",
        ),
        subhead="ფერმერების პრეტენზიები",
        quote="ამდენი შრომის შემდეგ ასეთი ფასი უსამართლოა, თქვა ერთ-ერთმა მევენახემ.",
        items=("რქაწითელი", "საფერავი", "მწვანე"),
        caption="მევენახეები ყურძნის კრეფისას.",
        read_also=("ასევე წაიკითხეთ:", "ლარის კურსი გამყარდა"),
        related=("ნაკრებმა მოიგო", "ახალი გზა გაიხსნა", "გამოცდების შედეგები გამოქვეყნდა"),
        newsletter="გამოიწერეთ ჩვენი სიახლეები და მიიღეთ ამბები ყოველ დილით.",
        cookie="ეს ვებგვერდი იყენებს ქუქი-ფაილებს.",
        comments=("კომენტარები", "ფერმერებს მეტი დახმარება სჭირდებათ."),
        ticker=("ცხელი ამბები", "პარლამენტი ხვალ შეიკრიბება"),
        share="გაზიარება",
        tweet="კახეთში რთველი დაიწყო",
    ),
)

add(
    "metro-yerevan",
    "lurer.example.am",
    Story(
        lang="hy",
        title="Երևանում նոր մետրոյի կայարան կբացվի",
        byline="Հեղինակ՝ Արամ Պետրոսյան",
        dateline="04.03.2026 | 10:32",
        paras=(
            "Երևանի քաղաքապետարանը հայտարարել է, որ մետրոյի նոր կայարանը կբացվի մինչև տարեվերջ, "
            "ինչը կծառայի օրական տասը հազար ուղևորի։",
            "Քաղաքապետի տեղակալի խոսքով՝ շինարարական աշխատանքները ավարտվել են ութսուն տոկոսով։",
            "Բնակիչները գոհ են, սակայն դժգոհում են աշխատանքների պատճառով փակված փողոցներից։",
            "Հաջորդ տարի նախատեսվում է սկսել ևս մեկ կայարանի կառուցումը։",
        ),
        subhead="Փակված փողոցներ",
        quote="Երկու տարի է սպասում ենք այս կայարանին, ասաց տեղի բնակիչներից մեկը։",
        items=("Աշխատանքային օրեր՝ 06:30–23:00", "Հանգստյան օրեր՝ 07:00–23:00"),
        caption="Շինարարական աշխատանքները նոր կայարանում։",
        read_also=("Կարդացեք նաև՝", "Դրամը արժևորվել է դոլարի նկատմամբ"),
        related=(
            "Հավաքականը հաղթեց",
            "Նոր դպրոց բացվեց Գյումրիում",
            "Քննությունների արդյունքները հրապարակվեցին",
        ),
        newsletter="Բաժանորդագրվեք մեր լրատուին և ստացեք նորությունները ամեն առավոտ։",
        cookie="Այս կայքը օգտագործում է թխուկներ։",
        comments=("Մեկնաբանություններ", "Վերջապես, շատ լավ նորություն է։"),
        ticker=("Շտապ", "Կառավարության նիստը կկայանա վաղը"),
        share="Կիսվել",
        tweet="Նոր կայարանի աշխատանքները շարունակվում են",
    ),
)

add(
    "astyk",
    "zhanalyqtar.example.kz",
    Story(
        lang="kk",
        title="Солтүстік облыстарда астық егісі басталды",
        byline="Авторы: Айгүл Серікқызы",
        dateline="04.03.2026, 10:32",
        paras=(
            "Солтүстік Қазақстан облысында көктемгі егіс жұмыстары әдеттегіден екі апта ерте "
            "басталды, деп хабарлады облыс әкімдігі.",
            "Ауыл шаруашылығы басқармасының басшысы биыл бидай егістігінің көлемі ұлғаятынын "
            "айтты.",
            "Фермерлер жанармай бағасының қымбаттауына алаңдаушылық білдіріп отыр.",
            "Үкімет шаруаларға жеңілдетілген несие беруді жоспарлап отыр.",
        ),
        subhead="Жанармай бағасы",
        quote="Жанармай қымбаттаса, егіс шығыны да артады, деді бір фермер.",
        items=("Бидай", "Арпа", "Күнбағыс"),
        caption="Егістікте жұмыс істеп жатқан трактор.",
        read_also=("Сондай-ақ оқыңыз:", "Теңге бағамы нығайды"),
        related=("Құрама жеңіске жетті", "Жаңа аурухана ашылды", "ҰБТ нәтижелері жарияланды"),
        newsletter="Жаңалықтарды күн сайын таңертең алу үшін жазылыңыз.",
        cookie="Бұл сайт cookie файлдарын пайдаланады.",
        comments=("Пікірлер", "Шаруаларға көмек керек."),
        ticker=("Шұғыл", "Парламент ертең жиналады"),
        share="Бөлісу",
        tweet="Егіс жұмыстары басталды",
    ),
)

add(
    "paxta",
    "yangiliklar.example.uz",
    Story(
        lang="uz",
        title="Samarqandda yangi aeroport terminali ochildi",
        byline="Muallif: Dilshod Karimov",
        dateline="04.03.2026, 10:32",
        paras=(
            "Samarqand xalqaro aeroportida yiliga ikki million yo'lovchiga xizmat ko'rsatadigan "
            "yangi terminal foydalanishga topshirildi.",
            "Aeroport rahbari yangi terminal tufayli xalqaro reyslar soni ikki baravar oshishini "
            "ma'lum qildi.",
            "Yo'lovchilar qulayliklardan mamnun bo'lsa-da, avtobus qatnovi kamligidan shikoyat "
            "qilmoqda.",
            "Shahar hokimligi kelasi oydan aeroportga yangi avtobus yo'nalishini ochishni "
            "va'da qildi.",
        ),
        subhead="Yangi reyslar",
        quote="Endi Toshkentga borib o'tirmaymiz, dedi sayyohlik kompaniyasi xodimi.",
        items=("Istanbul", "Dubay", "Moskva"),
        caption="Yangi terminal binosi.",
        read_also=("Shuningdek o'qing:", "Dollar kursi pasaydi"),
        related=(
            "Terma jamoa g'alaba qozondi",
            "Yangi maktab ochildi",
            "Test natijalari e'lon qilindi",
        ),
        newsletter="Yangiliklarimizga obuna bo'ling va har kuni ertalab xabar oling.",
        cookie="Ushbu sayt cookie fayllaridan foydalanadi.",
        comments=("Izohlar", "Avtobuslar ko'proq bo'lishi kerak."),
        ticker=("Tezkor", "Oliy Majlis ertaga yig'iladi"),
        share="Ulashish",
        tweet="Samarqandda yangi terminal",
    ),
)

add(
    "korpu",
    "xeberler.example.az",
    Story(
        lang="az",
        title="Kür çayı üzərində yeni körpü istifadəyə verildi",
        byline="Müəllif: Leyla Məmmədova",
        dateline="04 Mart 2026 10:32",
        paras=(
            "Kür çayı üzərində tikilən yeni körpü çərşənbə günü istifadəyə verilib və iki rayonu "
            "birləşdirir.",
            "Nəqliyyat nazirliyinin məlumatına görə, körpünün uzunluğu dörd yüz metrdir.",
            "Yerli sakinlər artıq bərə ilə çayı keçmək məcburiyyətində qalmayacaqlarına "
            "sevinirlər.",
            "Gələn il körpünün yaxınlığında yeni bazarın tikilməsi planlaşdırılır.",
        ),
        subhead="Sakinlər razıdır",
        quote="Uşaqlarımız indi məktəbə daha tez çatacaq, deyə bir sakin bildirib.",
        items=("Uzunluq: 400 metr", "Eni: 18 metr", "Hərəkət zolağı: 4"),
        caption="Yeni körpünün açılış mərasimi.",
        read_also=("Oxuyun:", "Manatın məzənnəsi açıqlandı"),
        related=("Millimiz qalib gəldi", "Yeni xəstəxana açıldı", "İmtahan nəticələri açıqlandı"),
        newsletter="Xəbər bülletenimizə abunə olun və hər səhər xəbərləri alın.",
        cookie="Bu sayt kukilərdən istifadə edir.",
        comments=("Şərhlər", "Çox gözəl xəbərdir, təşəkkürlər."),
        ticker=("Son dəqiqə", "Milli Məclis sabah toplanacaq"),
        share="Paylaş",
        tweet="Yeni körpü açıldı",
    ),
)

add(
    "ab",
    "khabar.example.ir",
    Story(
        lang="fa",
        title="جیره‌بندی آب در تهران از هفته آینده",
        byline="نویسنده: مریم احمدی",
        dateline="۱۴ اسفند ۱۴۰۴ - ۱۰:۳۲",
        paras=(
            "شرکت آب و فاضلاب تهران اعلام کرد که از هفته آینده در برخی مناطق شهر فشار آب در "
            "ساعات شب کاهش می‌یابد.",
            "مدیرعامل این شرکت گفت ذخایر سدهای اطراف تهران به کمتر از بیست درصد رسیده است.",
            "شهروندان از کمبود اطلاع‌رسانی درباره ساعات دقیق قطعی گلایه دارند.",
            "این شرکت وعده داده است جدول ساعات قطعی را هر روز منتشر کند.",
        ),
        subhead="وضعیت سدها",
        quote="اگر مصرف کم نشود، تابستان سختی در پیش داریم، یکی از کارشناسان گفت.",
        items=("منطقه ۱", "منطقه ۴", "منطقه ۲۲"),
        caption="سد امیرکبیر در روزهای کم‌آبی.",
        read_also=("بیشتر بخوانید:", "قیمت دلار در بازار امروز کاهش یافت"),
        related=("تیم ملی پیروز شد", "مترو خط جدید افتتاح شد", "نتایج کنکور اعلام شد"),
        newsletter="برای دریافت خبرها هر روز صبح در خبرنامه ما عضو شوید.",
        cookie="این وب‌سایت از کوکی‌ها استفاده می‌کند.",
        comments=("نظرات", "باید زودتر اطلاع‌رسانی می‌کردند."),
        ticker=("فوری", "مجلس فردا تشکیل جلسه می‌دهد"),
        share="اشتراک‌گذاری",
        tweet="کاهش فشار آب در تهران",
        dir_="rtl",
    ),
)

add(
    "bijli",
    "khabrain.example.pk",
    Story(
        lang="ur",
        title="کراچی میں بجلی کی طویل لوڈشیڈنگ، شہری پریشان",
        byline="رپورٹ: عمران احمد",
        dateline="04 مارچ 2026 ، 10:32",
        paras=(
            "کراچی کے کئی علاقوں میں بجلی کی طویل لوڈشیڈنگ نے شہریوں کو شدید مشکلات سے دوچار کر "
            "دیا ہے۔",
            "بجلی کمپنی کے ترجمان کا کہنا ہے کہ گیس کی کمی کے باعث دو پاور پلانٹ بند ہیں۔",
            "تاجروں کا کہنا ہے کہ لوڈشیڈنگ سے ان کا کاروبار بری طرح متاثر ہو رہا ہے۔",
            "حکومت نے ایک ہفتے میں صورتحال بہتر ہونے کی یقین دہانی کرائی ہے۔",
        ),
        subhead="تاجروں کی شکایات",
        quote="دن میں آٹھ گھنٹے بجلی نہیں ہوتی، ایک دکاندار نے بتایا۔",
        items=("لیاری", "کورنگی", "اورنگی ٹاؤن"),
        caption="لوڈشیڈنگ کے دوران ایک بازار کا منظر۔",
        read_also=("یہ بھی پڑھیں:", "سونے کی قیمت میں اضافہ"),
        related=("قومی ٹیم کی شاندار فتح", "نئی بس سروس کا آغاز", "میٹرک کے نتائج کا اعلان"),
        newsletter="روزانہ خبریں ای میل پر حاصل کرنے کے لیے سبسکرائب کریں۔",
        cookie="یہ ویب سائٹ کوکیز استعمال کرتی ہے۔",
        comments=("تبصرے", "یہ مسئلہ ہر سال ہوتا ہے۔"),
        ticker=("بریکنگ نیوز", "قومی اسمبلی کا اجلاس کل ہوگا"),
        share="شیئر کریں",
        tweet="کراچی میں لوڈشیڈنگ جاری",
        dir_="rtl",
    ),
)

add(
    "ghanam",
    "khabarona.example.af",
    Story(
        lang="ps",
        title="په ننګرهار کې د غنمو حاصلات زیات شوي",
        byline="لیکوال: احمد شاه",
        dateline="۱۴۰۴ کب ۱۴ - ۱۰:۳۲",
        paras=(
            "د ننګرهار کرهنې ریاست وايي چې سږ کال د غنمو حاصلات تېر کال ته په پرتله شل سلنه زیات "
            "شوي دي.",
            "د دې ریاست مشر وویل چې ښه باران او د تخمونو وېش د حاصلاتو د زیاتوالي لامل شوی.",
            "بزګران بیا هم وايي چې د بازار بیې ټیټې دي او ګټه یې لږه ده.",
            "چارواکي ژمنه کوي چې د غنمو د ذخیره کولو لپاره نوي ګودامونه جوړ کړي.",
        ),
        subhead="د بزګرانو اندېښنې",
        quote="موږ ډېر زحمت کړی خو بیه ټیټه ده، یوه بزګر وویل.",
        items=("سرخرود", "بهسود", "کامه"),
        caption="بزګران د غنمو په ټولولو بوخت دي.",
        read_also=("دا هم ولولئ:", "د ډالر بیه راټیټه شوه"),
        related=("ملي ټیم وګټل", "نوی روغتون پرانیستل شو", "د کانکور پایلې اعلان شوې"),
        newsletter="د ورځنیو خبرونو لپاره زموږ خبرپاڼې ته ګډون وکړئ.",
        cookie="دا وېبپاڼه کوکیز کاروي.",
        comments=("نظرونه", "بزګرانو سره باید مرسته وشي."),
        ticker=("تازه خبر", "پارلمان سبا غونډه کوي"),
        share="شریکول",
        tweet="د غنمو حاصلات زیات شوي",
        dir_="rtl",
    ),
)

add(
    "befir",
    "nuce.example.com",
    Story(
        lang="ku",
        title="Berfa giran rêyên gundan girtin",
        byline="Nûçe: Rojda Aydın",
        dateline="04.03.2026 - 10:32",
        paras=(
            "Berfa ku şeva Sêşemê dest pê kir, rêyên zêdetirî sî gundan girtin û gundî di malên "
            "xwe de man.",
            "Karbidestên şaredariyê gotin ku çar makîneyên berfê ji bo vekirina rêyan hatine "
            "şandin.",
            "Gundiyan gilî kirin ku nexweş nikarin biçin nexweşxaneyê û dibistan hatin girtin.",
            "Li gorî pêşbîniyan berf dê heta dawiya hefteyê bidome.",
        ),
        subhead="Dibistan hatin girtin",
        quote="Sê roj in em nikarin ji gund derkevin, gundiyekî got.",
        items=("Gundê Kanîreş", "Gundê Girêsor", "Gundê Dêrik"),
        caption="Makîneya berfê rêya gund vedike.",
        read_also=("Bixwîne:", "Bihayê nan dîsa zêde bû"),
        related=(
            "Tîma neteweyî bi ser ket",
            "Pira nû hat vekirin",
            "Encamên azmûnê hatin eşkerekirin",
        ),
        newsletter="Ji bo nûçeyên rojane bibin endamê bultena me.",
        cookie="Ev malper cookie bi kar tîne.",
        comments=("Şîrove", "Divê şaredarî zûtir bixebite."),
        ticker=("Nûçeya lezgîn", "Meclis sibê dicive"),
        share="Parve bike",
        tweet="Berf rêyan digire",
    ),
)

add(
    "tsas",
    "medee.example.mn",
    Story(
        lang="mn",
        title="Улаанбаатарт их цас орж замын хөдөлгөөн саатлаа",
        byline="Сурвалжлагч: Б. Болормаа",
        dateline="2026.03.04 10:32",
        paras=(
            "Улаанбаатар хотод өчигдөр шөнөөс эхлэн их цас орж, хотын төв замуудад түгжрэл үүслээ.",
            "Хотын захиргааны мэдээлснээр цас цэвэрлэх зуу гаруй техник ажиллаж байна.",
            "Сургуулиуд өнөөдөр хичээлээ цахимаар явуулж байгаа бөгөөд иргэдийг гадуур явахгүй "
            "байхыг зөвлөжээ.",
            "Цаг уурын газар маргааш цас зогсоно гэж мэдээлэв.",
        ),
        subhead="Сургуулиуд цахимаар хичээллэнэ",
        quote="Ажилдаа хоёр цаг явлаа гэж нэгэн жолооч ярьсан.",
        items=("Энхтайвны өргөн чөлөө", "Чингисийн өргөн чөлөө", "Их тойруу"),
        caption="Цасанд дарагдсан гудамж.",
        read_also=("Мөн уншаарай:", "Ханш дахин өслөө"),
        related=("Шигшээ баг яллаа", "Шинэ эмнэлэг нээгдлээ", "Шалгалтын дүн гарлаа"),
        newsletter="Өдөр бүр мэдээ авахын тулд манай мэдээллийн товхимолд бүртгүүлнэ үү.",
        cookie="Энэ вэбсайт күүки ашигладаг.",
        comments=("Сэтгэгдэл", "Замаа эрт цэвэрлээсэй."),
        ticker=("Шуурхай", "УИХ маргааш хуралдана"),
        share="Хуваалцах",
        tweet="Улаанбаатарт их цас орж байна",
    ),
)

add(
    "tren",
    "lajme.example.al",
    Story(
        lang="sq",
        title="Hekurudha Tiranë–Durrës rihapet pas rikonstruksionit",
        byline="Nga Arben Hoxha",
        dateline="04/03/2026 10:32",
        paras=(
            "Hekurudha që lidh Tiranën me Durrësin u rihap të mërkurën pas tre vitesh punimesh "
            "rikonstruksioni.",
            "Ministri i Infrastrukturës tha se udhëtimi tani zgjat vetëm tridhjetë minuta.",
            "Pasagjerët u shprehën të kënaqur, por disa u ankuan për mungesën e parkimit pranë "
            "stacionit.",
            "Qeveria planifikon të zgjerojë linjën deri në aeroport vitin e ardhshëm.",
        ),
        subhead="Çmimet e biletave",
        quote="Më në fund mund të shkoj në punë pa u mërzitur në trafik, tha një udhëtare.",
        items=(),
        table=(("Bileta", "Çmimi"), ("Një drejtim", "150 lekë"), ("Vajtje-ardhje", "250 lekë")),
        caption="Treni i parë në stacionin e ri të Tiranës.",
        read_also=("Lexo edhe:", "Çmimi i karburantit ulet sërish"),
        related=(
            "Kombëtarja fiton ndeshjen",
            "Hapet spitali i ri në Shkodër",
            "Dalin rezultatet e maturës",
        ),
        newsletter="Regjistrohuni në buletinin tonë dhe merrni lajmet çdo mëngjes.",
        cookie="Kjo faqe përdor cookies për të përmirësuar shërbimin.",
        comments=("Komente", "Duhet edhe linja për në Elbasan."),
        ticker=("LAJM I FUNDIT", "Kuvendi mblidhet nesër"),
        share="Shpërndaje",
        tweet="Treni Tiranë–Durrës sërish në lëvizje",
    ),
)

add(
    "eldgos",
    "frettir.example.is",
    Story(
        lang="is",
        title="Eldgos hafið á Reykjanesskaga",
        byline="Jón Sigurðsson skrifar",
        dateline="4. mars 2026 kl. 10:32",
        paras=(
            "Eldgos hófst á Reykjanesskaga í nótt, skammt frá bænum Grindavík, eftir nokkurra "
            "daga skjálftahrinu.",
            "Almannavarnir segja að hraunið renni til suðurs og ógni ekki byggð að svo stöddu.",
            "Íbúar voru beðnir um að halda sig fjarri gosstöðvunum og loka gluggum vegna "
            "gasmengunar.",
            "Veðurstofan mun meta stöðuna aftur síðdegis í dag.",
        ),
        subhead="Gasmengun yfir höfuðborgarsvæðinu",
        quote="Við sáum bjarmann út um gluggann um miðja nótt, sagði íbúi í Vogum.",
        items=("Grindavík", "Vogar", "Reykjanesbær"),
        caption="Hraun rennur úr gígnum í nótt.",
        read_also=("Lestu einnig:", "Verðbólga minnkar í febrúar"),
        related=(
            "Landsliðið vann stórsigur",
            "Ný brú opnuð yfir Ölfusá",
            "Niðurstöður kosninga kynntar",
        ),
        newsletter="Skráðu þig á póstlistann okkar og fáðu fréttir á hverjum morgni.",
        cookie="Þessi vefur notar vafrakökur til að bæta þjónustuna.",
        comments=("Athugasemdir", "Vonandi sleppur Grindavík í þetta sinn."),
        ticker=("NÝJUSTU FRÉTTIR", "Alþingi kemur saman á morgun"),
        share="Deila",
        tweet="Eldgos hafið á Reykjanesskaga",
    ),
)
