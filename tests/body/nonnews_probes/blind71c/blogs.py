"""The blind71c probe's fourth part: blog platforms and article communities: Hashnode and
dev.to posts (reactions, "top comments", series boxes), LiveJournal entries (``ljuser``
links, the entry's tags and comment links), Naver blog (``se-main-container`` of SmartEditor
components), Tistory (``tt_article_useless_p_margin``), note.com, Zhihu- and CSDN-like
articles (vote bars, copyright notices), Habr-like articles (``tm-article-body``, hubs and
rating) and AMP news pages (``amp-img``, ``amp-ad``, the story in a ``<div>`` of
``<p>``s)."""

from __future__ import annotations

from ._kit import SITES, add, paras

add(
    "hashnode_post",
    SITES["pt"],
    "Migrando um monólito para filas de mensagens",
    "<main><article class='blog-article-page'><h1 class='font-heading'>Migrando um monólito"
    " para filas de mensagens</h1><div class='author-row'><a href='/@rui'>Rui Matos</a><span>"
    "· 6 min de leitura</span></div><div id='post-content-parent'><div id='post-content-"
    "wrapper' class='prose prose-lg'>"
    + paras(
        "O nosso serviço de faturação processava tudo dentro do pedido HTTP.",
        "Passámos o envio de faturas para uma fila e o tempo de resposta caiu para um terço.",
        "O maior problema foi garantir que cada fatura só é enviada uma vez.",
    )
    + "</div></div><div class='post-floating-bar'><button aria-label='Like'>41</button>"
    "<button>Comentários (3)</button></div><div class='series-box'><p>Faz parte da série</p>"
    "<a href='/series/filas'>Arquitetura na prática</a></div><div class='newsletter-form'>"
    "<h3>Subscreva a newsletter</h3><p>Receba cada artigo novo por e-mail.</p></div>"
    "</article></main>",
    (
        "O nosso serviço de faturação processava tudo dentro do pedido HTTP.",
        "Passámos o envio de faturas para uma fila",
        "O maior problema foi garantir que cada fatura só é enviada uma vez.",
    ),
    ("Subscreva a newsletter", "Receba cada artigo novo por e-mail.", "6 min de leitura"),
    shell="blog",
    path="migrando-monolito-filas",
)

add(
    "devto_article_crayons",
    SITES["pl"],
    "Dlaczego przestałem używać ORM-a",
    "<main id='main-content' class='crayons-layout crayons-layout--3-cols'><aside "
    "class='crayons-layout__sidebar-left'><div class='article-actions'><button "
    "id='reaction-butt-like'><span class='crayons-reaction__count'>87</span></button><button"
    " id='reaction-butt-readinglist'>Zapisz</button></div></aside><div class='crayons-"
    "layout__content'><article class='crayons-card crayons-article'><header class='crayons-"
    "article__header'><h1 class='crayons-title'>Dlaczego przestałem używać ORM-a</h1><div "
    "class='crayons-article__tags'><a class='crayons-tag' href='/t/sql'>#sql</a></div>"
    "</header><div class='crayons-article__main'><div class='crayons-article__body text-"
    "styles spec__body' id='article-body'>"
    + paras(
        "Przez pięć lat każde zapytanie w naszym projekcie przechodziło przez ORM.",
        "Gdy baza urosła do stu milionów wierszy, wygenerowane zapytania stały się wąskim gardłem.",
        "Dziś piszemy SQL ręcznie i trzymamy go w osobnych plikach obok testów.",
    )
    + "</div></div><section id='comments' class='comments-container'><header><h2>Najlepsze"
    " komentarze (12)</h2></header><div class='comment'><div class='comment__body'><p>Też"
    " tak zrobiliśmy i nie żałujemy.</p></div></div></section></article></div><aside "
    "class='crayons-layout__sidebar-right'><div class='crayons-card'><h3>Więcej od autora</h3>"
    "<a href='/x'>Migracje bez przestojów</a></div></aside></main>",
    (
        "Przez pięć lat każde zapytanie w naszym projekcie przechodziło przez ORM.",
        "wygenerowane zapytania stały się wąskim gardłem.",
        "Dziś piszemy SQL ręcznie i trzymamy go w osobnych plikach obok testów.",
    ),
    ("Najlepsze komentarze (12)", "Więcej od autora", "Migracje bez przestojów"),
    shell="blog",
    path="kowal/dlaczego-przestalem-uzywac-orm",
)

add(
    "livejournal_entry_br_text",
    SITES["ru"],
    "Поездка в Кириллов",
    "<div class='b-singlepost-wrapper'><div class='b-singlepost-title'><h1 class='b-"
    "singlepost-title entry-title p-name'>Поездка в Кириллов</h1></div><div class='b-"
    "singlepost-author'><span class='ljuser i-ljuser' data-ljuser='putnik'><a href='/'>"
    "putnik</a></span><span class='b-singlepost-date'>6 декабря 2026, 14:05</span></div>"
    "<article class='b-singlepost-body entry-content e-content'>В субботу мы наконец"
    " доехали до Кирилло-Белозерского монастыря.<br><br>Стены оказались даже выше, чем на"
    " фотографиях, а по ним можно пройти почти целиком.<br><br><img src='/k.jpg'><br><br>"
    "Обедали в трапезной у ворот: уха и пироги с рыбой.</article><div class='b-singlepost-"
    "tags'>Метки: <a href='/tag/1'>путешествия</a>, <a href='/tag/2'>север</a></div><div "
    "class='b-singlepost-addfriend'><a href='/add'>Добавить в друзья</a></div><div "
    "class='b-xylem'><ul><li><a href='/c'>12 комментариев</a></li><li><a href='/r'>"
    "Ответить</a></li></ul></div></div>",
    (
        "В субботу мы наконец доехали до Кирилло-Белозерского монастыря.",
        "Стены оказались даже выше, чем на фотографиях",
        "Обедали в трапезной у ворот: уха и пироги с рыбой.",
    ),
    ("Добавить в друзья", "12 комментариев", "Метки:"),
    shell="blog",
    path="123456.html",
)


def _se(text: str) -> str:
    return (
        "<div class='se-component se-text se-l-default'><div class='se-component-content'>"
        "<div class='se-section se-section-text se-l-default'><div class='se-module se-module-"
        f"text'><p class='se-text-paragraph se-text-paragraph-align-'><span class='se-fs- "
        f"se-ff-'>{text}</span></p></div></div></div></div>"
    )


add(
    "naver_blog_smart_editor",
    SITES["ko"],
    "제주 올레 7코스 걷기 후기",
    "<div id='post-view' class='post_ct'><div class='se-viewer se-theme-default'><div "
    "class='se-component se-documentTitle'><div class='se-title-text'><span>제주 올레 7코스"
    " 걷기 후기</span></div><div class='blog2_container'><span class='nick'>바다산책</span><span"
    " class='se_publishDate'>2026. 12. 5. 18:20</span><a class='btn_follow'>이웃추가</a></div>"
    "</div><div class='se-main-container'>"
    + _se("외돌개에서 출발해 월평마을까지 약 열일곱 킬로미터를 걸었습니다.")
    + "<div class='se-component se-image'><img src='/n.jpg' alt=''></div>"
    + _se("해안 절벽 길이 많아서 운동화보다는 등산화를 추천합니다.")
    + _se("중간에 있는 법환포구에서 먹은 한치 물회가 정말 맛있었어요.")
    + "</div></div><div class='post_footer_contents'><div class='wrap_postcomment'><a "
    "class='btn_comment'>댓글 7</a><div class='u_likeit_list_module'><span class='u_likeit_"
    "text'>공감</span><em class='u_cnt'>23</em></div></div></div></div>",
    (
        "외돌개에서 출발해 월평마을까지 약 열일곱 킬로미터를 걸었습니다.",
        "해안 절벽 길이 많아서 운동화보다는 등산화를 추천합니다.",
        "중간에 있는 법환포구에서 먹은 한치 물회가 정말 맛있었어요.",
    ),
    ("이웃추가", "댓글 7"),
    shell="blog",
    path="badasanchaek/223456789",
)

add(
    "tistory_article",
    SITES["ko"],
    "파이썬 가상환경 정리",
    "<div id='content'><div class='article-header'><h1 class='title-article'>파이썬 가상환경"
    " 정리</h1><div class='box-info'><span class='category'>개발</span><span class='date'>"
    "2026. 12. 4. 21:10</span></div></div><div class='article-view'><div "
    "class='tt_article_useless_p_margin contents_style'>"
    + paras(
        "프로젝트마다 가상환경을 따로 만들면 패키지 버전 충돌을 피할 수 있습니다.",
        "가상환경 폴더는 저장소에 올리지 말고 ignore 파일에 추가해 두세요.",
        "의존성 목록은 잠금 파일로 남겨 두면 다른 컴퓨터에서도 똑같이 설치됩니다.",
    )
    + "</div><div class='container_postbtn'><div class='postbtn_like'><span class='txt_like'>"
    "공감</span><span class='uoc-count'>5</span></div><button class='btn_menu_toolbar "
    "btn_subscription'>구독하기</button></div></div><div class='another_category "
    "another_category_color_gray'><h4>'개발' 카테고리의 다른 글</h4><table><tr><th><a "
    "href='/1'>깃 브랜치 전략 정리</a></th></tr></table></div></div>",
    (
        "프로젝트마다 가상환경을 따로 만들면 패키지 버전 충돌을 피할 수 있습니다.",
        "가상환경 폴더는 저장소에 올리지 말고 ignore 파일에 추가해 두세요.",
        "의존성 목록은 잠금 파일로 남겨 두면",
    ),
    ("구독하기", "카테고리의 다른 글", "깃 브랜치 전략 정리"),
    shell="blog",
    path="112",
)

add(
    "note_com_article",
    SITES["ja"],
    "会社を辞めて本屋を開いた話",
    "<main class='o-noteContentLayout'><article class='o-noteContent'><div class='o-"
    "noteContentHeader'><h1 class='o-noteContentHeader__title'>会社を辞めて本屋を開いた話</h1>"
    "<div class='o-noteContentHeader__info'><a class='o-noteContentHeader__name'>山田文庫</a>"
    "<button class='a-button'>フォロー</button></div></div><div class='note-common-styles__"
    "textnote-body' data-name='body'>"
    "<p name='p1' id='p1'>十年勤めた出版社を辞めて、商店街の空き店舗で小さな本屋を始めました。</p>"
    "<p name='p2' id='p2'>最初の三か月は一日に五冊売れればいいほうでした。</p>"
    "<h2 name='h1' id='h1'>常連さんができるまで</h2>"
    "<p name='p3' id='p3'>毎週土曜に読書会を開くようになってから、"
    "少しずつ常連さんが増えました。</p>"
    "</div><div class='o-noteContentFooter'><div class='o-noteLikeV3'><button>スキ</button>"
    "<span class='o-noteLikeV3__count'>128</span></div><div class='o-creatorSupport'><p>"
    "よろしければサポートをお願いします！</p></div></div></article></main>",
    (
        "十年勤めた出版社を辞めて、商店街の空き店舗で小さな本屋を始めました。",
        "最初の三か月は一日に五冊売れればいいほうでした。",
        "毎週土曜に読書会を開くようになってから、少しずつ常連さんが増えました。",
    ),
    ("よろしければサポートをお願いします！", "フォロー"),
    shell="blog",
    path="yamadabunko/n/n1a2b3c4d5",
)

add(
    "zhihu_like_column_article",
    SITES["zh"],
    "为什么雨后会有泥土的气味",
    "<div class='Post-Main Post-NormalMain'><header class='Post-Header'><h1 "
    "class='Post-Title'>为什么雨后会有泥土的气味</h1><div class='Post-Author'><div "
    "class='AuthorInfo'><a class='UserLink-link'>山间读书人</a><div class='AuthorInfo-"
    "badgeText'>地球科学话题下的优秀答主</div></div></div><div class='LabelContainer'>"
    "<span>32 人赞同了该文章</span></div></header><div class='Post-RichTextContainer'><div "
    "class='css-376mun'><div class='RichText ztext Post-RichText css-1yl4eoo' options='[object"
    " Object]'>"
    + paras(
        "雨后闻到的气味主要来自一种叫土臭素的物质。",
        "它由土壤里的放线菌产生，人的鼻子对它极其敏感。",
        "雨滴落在干燥的地面上时，会把这些分子弹到空气中。",
    )
    + "</div></div><div class='ContentItem-time'>发布于 2026-12-03 09:12・IP 属地浙江</div>"
    "</div><div class='Post-topicsAndReviewer'><div class='TopicList'><a>气象学</a></div>"
    "</div><div class='RichContent-actions'><button class='VoteButton'>赞同 32</button>"
    "<button>添加评论</button><button>喜欢</button></div></div>",
    (
        "雨后闻到的气味主要来自一种叫土臭素的物质。",
        "它由土壤里的放线菌产生，人的鼻子对它极其敏感。",
        "雨滴落在干燥的地面上时，会把这些分子弹到空气中。",
    ),
    ("32 人赞同了该文章", "地球科学话题下的优秀答主", "IP 属地浙江", "赞同 32"),
    shell="blog",
    path="p/612345678",
)

add(
    "csdn_like_blog_article",
    SITES["zh"],
    "用二分查找求平方根",
    "<div class='blog-content-box'><div class='article-header-box'><h1 class='title-"
    "article' id='articleContentId'>用二分查找求平方根</h1><div class='article-info-box'>"
    "<span class='time'>已于 2026-12-02 10:15:00 修改</span><span class='read-count'>阅读量"
    "1.2k</span><a class='tit-name'>收藏</a><span class='get-collection'>12</span></div><div "
    "class='blog-tags-box'>文章标签： <a class='tag-link'>算法</a></div><div class='slide-"
    "content-box'><div class='article-copyright'>版权声明：本文为博主原创文章，遵循 CC 4.0"
    " BY-SA 版权协议，转载请附上原文出处链接和本声明。</div></div></div><article "
    "class='baidu_pl'><div id='article_content' class='article_content clearfix'><div "
    "id='content_views' class='markdown_views prism-atom-one-dark'>"
    + paras(
        "求整数平方根时，可以在零到该数之间做二分查找。",
        "每次取中点，比较中点的平方与目标值，再缩小一半区间。",
        "循环结束时右边界就是向下取整的平方根。",
    )
    + "</div></div></article><div class='more-toolbox-new'><ul class='toolbox-list'><li "
    "class='tool-item'><a><span class='name'>点赞</span></a></li><li class='tool-item'><a>"
    "<span class='name'>踩</span></a></li></ul></div><div class='recommend-box'><div "
    "class='recommend-item-box'><a>二分查找的十种写法</a></div></div></div>",
    (
        "求整数平方根时，可以在零到该数之间做二分查找。",
        "每次取中点，比较中点的平方与目标值，再缩小一半区间。",
        "循环结束时右边界就是向下取整的平方根。",
    ),
    ("版权声明", "阅读量1.2k", "二分查找的十种写法"),
    shell="blog",
    path="article/details/134567890",
)

add(
    "habr_like_article",
    SITES["ru"],
    "Как мы ускорили сборку фронтенда в четыре раза",
    "<div class='tm-page__main'><article class='tm-article-presenter__content tm-article-"
    "presenter__content_narrow'><div class='tm-article-presenter__header'><div "
    "class='tm-article-snippet'><div class='tm-article-snippet__meta-container'><span "
    "class='tm-user-info__user'><a class='tm-user-info__username'>mdenisov</a></span><span "
    "class='tm-article-datetime-published'>5 дек 2026</span></div><h1 class='tm-title "
    "tm-title_h1'><span>Как мы ускорили сборку фронтенда в четыре раза</span></h1><div "
    "class='tm-article-snippet__stats'><span class='tm-article-reading-time__label'>7 мин"
    "</span><span class='tm-icon-counter__value'>12K</span></div><div class='tm-publication-"
    "hubs'><span>Хабы: </span><a class='tm-publication-hub__link'>JavaScript</a></div></div>"
    "</div><div id='post-content-body' class='tm-article-body'><div><div "
    "class='article-formatted-body article-formatted-body article-formatted-body_version-2'>"
    "<div xmlns='http://www.w3.org/1999/xhtml'>"
    + paras(
        "Полная сборка нашего приложения занимала одиннадцать минут.",
        "Мы заменили загрузчик TypeScript на более быстрый компилятор и включили кэш.",
        "Теперь сборка на CI проходит меньше чем за три минуты.",
    )
    + "</div></div></div></div><div class='tm-article-presenter__meta'><div "
    "class='tm-separated-list'><span>Теги:</span><ul><li><a>сборка</a></li></ul></div></div>"
    "<div class='tm-votes-meter'><span class='tm-votes-meter__value'>+34</span></div>"
    "</article><div class='tm-article-presenter__footer'><div class='tm-user-card'><p "
    "class='tm-user-card__short-info'>Фронтенд-разработчик</p></div></div></div>",
    (
        "Полная сборка нашего приложения занимала одиннадцать минут.",
        "Мы заменили загрузчик TypeScript на более быстрый компилятор и включили кэш.",
        "Теперь сборка на CI проходит меньше чем за три минуты.",
    ),
    ("Хабы:", "Теги:", "Фронтенд-разработчик"),
    shell="blog",
    path="ru/articles/781234/",
)

add(
    "amp_news_story_divs_and_ads",
    SITES["ar"],
    "افتتاح أول مكتبة عامة في الحي القديم",
    "<article class='amp-article'><h1 class='amp-title'>افتتاح أول مكتبة عامة في الحي القديم"
    "</h1><div class='amp-byline'><span class='author'>سلمى حداد</span><time>٦ ديسمبر ٢٠٢٦"
    "</time></div><amp-img src='/a.jpg' width='800' height='450' layout='responsive'>"
    "</amp-img><div class='amp-article-body'>"
    + paras(
        "افتتحت البلدية صباح السبت أول مكتبة عامة في الحي القديم بعد ترميم مبنى الخان.",
        "تضم المكتبة أكثر من ثمانية آلاف كتاب وقاعة لمطالعة الأطفال.",
    )
    + "<div class='amp-ad-container'><span class='ad-label'>إعلان</span><amp-ad width='300' "
    "height='250' type='doubleclick' data-slot='/1/amp'></amp-ad></div>"
    + paras("وستفتح المكتبة أبوابها يوميا من التاسعة صباحا حتى الثامنة مساء.")
    + "</div><div class='amp-social'><amp-social-share type='whatsapp'></amp-social-share>"
    "</div><div class='amp-related'><h3>أخبار ذات صلة</h3><a href='/r'>ترميم الخان يدخل"
    " مرحلته الأخيرة</a></div></article>",
    (
        "افتتحت البلدية صباح السبت أول مكتبة عامة في الحي القديم",
        "تضم المكتبة أكثر من ثمانية آلاف كتاب وقاعة لمطالعة الأطفال.",
        "وستفتح المكتبة أبوابها يوميا من التاسعة صباحا حتى الثامنة مساء.",
    ),
    ("أخبار ذات صلة", "ترميم الخان يدخل مرحلته الأخيرة"),
    shell="amp",
    path="amp/news/maktaba",
)

add(
    "amp_wordpress_plugin_post",
    SITES["it"],
    "Il mercato coperto riapre dopo i lavori",
    "<article class='amp-wp-article'><header class='amp-wp-article-header'><h1 "
    "class='amp-wp-title'>Il mercato coperto riapre dopo i lavori</h1><div class='amp-wp-"
    "meta amp-wp-byline'><span class='amp-wp-author author vcard'>Redazione</span></div>"
    "<div class='amp-wp-meta amp-wp-posted-on'><time>2 ore fa</time></div></header><figure "
    "class='amp-wp-article-featured-image wp-caption'><amp-img src='/m.jpg' width='1200' "
    "height='675'></amp-img></figure><div class='amp-wp-article-content'>"
    + paras(
        "Dopo quattordici mesi di lavori il mercato coperto di piazza Garibaldi riapre lunedì.",
        "I banchi sono passati da trentadue a quaranta, con sei nuovi spazi per i produttori"
        " locali.",
        "Il tetto in vetro originale del 1908 è stato restaurato pezzo per pezzo.",
    )
    + "</div><footer class='amp-wp-article-footer'><div class='amp-wp-meta amp-wp-tax-"
    "category'>Categorie: <a href='/c'>Città</a></div><div class='amp-wp-meta amp-wp-"
    "comments-link'><a href='/c#respond'>Lascia un commento</a></div></footer></article>"
    "<footer class='amp-wp-footer'><a href='#top' class='back-to-top'>Torna in alto</a>"
    "</footer>",
    (
        "Dopo quattordici mesi di lavori il mercato coperto di piazza Garibaldi riapre lunedì.",
        "I banchi sono passati da trentadue a quaranta",
        "Il tetto in vetro originale del 1908 è stato restaurato pezzo per pezzo.",
    ),
    ("Lascia un commento", "Torna in alto", "Categorie:"),
    shell="amp",
    path="2026/12/07/mercato-coperto/amp/",
)
