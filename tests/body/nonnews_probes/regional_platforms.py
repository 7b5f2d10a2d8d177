"""Round 40: posts on the blog and article platforms of other regions, each in the markup the
platform writes and with its own furniture around the text: Naver's SmartEditor components,
Daum Brunch, Velog, Ameba, note, Qiita, Zenn, a Zhihu column, a WeChat official-account
article, CSDN, Jianshu, a Weibo article, Pixnet, Habr, Dzen, a VK article, Medium, Substack,
Virgool, telegra.ph, dev.to, a LinkedIn article, Kompasiana, a Wattpad-like story part, Pantip,
Viblo and Tumblr. The furniture is the platforms' like, share, subscribe and follow boxes,
recommended posts, author cards, comment areas, tag lists and app banners; the text holds
tables, lists, code, figures between paragraphs, sections under headings and <br> prose.
Languages and scripts the dev sets lack; measured on main before any fix."""

from __future__ import annotations

from .pages import Probes, page

PROBES = Probes()


def _se_text(*lines: str) -> str:
    """One SmartEditor text component: each line a paragraph of its own, empty lines a
    paragraph holding a zero-width space."""
    paragraphs = "".join(
        "<p class='se-text-paragraph se-text-paragraph-align-'><span class='se-fs- se-ff-'>"
        f"{line or chr(0x200B)}</span></p>"
        for line in lines
    )
    return (
        "<div class='se-component se-text se-l-default'><div class='se-component-content'>"
        "<div class='se-section se-section-text se-l-default'><div class='se-module "
        f"se-module-text'>{paragraphs}</div></div></div></div>"
    )


# --- Korean, a Naver blog post (SmartEditor ONE): short lines each a paragraph of its own in
# text components, a section title, a picture and a table component between them; then the
# like and comment bar, the "add neighbour" card and the blog's popular posts. The title
# component before the main container repeats the title over the nickname, the date and the
# "add neighbour" button.
PROBES.add(
    "ko_naver_smarteditor_post",
    "https://blog.naver.example/sanchaek_mom/223400001",
    page(
        "ko",
        "북한산 둘레길 3구간 걷기 : 네이버 블로그",
        "<div id='whole-border'><div id='post-area'><div class='se-viewer se-theme-default'>"
        "<div class='se-component se-documentTitle se-l-default'><div class='se-title-text'>"
        "<p class='se-text-paragraph'><span>북한산 둘레길 3구간 걷기</span></p></div><div "
        "class='blog2_container'>\n<span class='nick'>산책하는엄마</span>\n<span "
        "class='se_publishDate pcol2'>2026. 5. 9. 18:20</span>\n<a class='btn_buddy'>이웃추가"
        "</a>\n</div></div><div class='se-main-container'>"
        + _se_text(
            "지난 토요일 아침, 아이들과 북한산 둘레길 3구간을 걸었어요.",
            "",
            "우이령 입구에서 출발해 솔밭공원까지 약 4.2km 구간이에요.",
            "경사가 완만해서 초등학생도 충분히 걸을 수 있습니다.",
        )
        + "<div class='se-component se-sectionTitle se-l-default'><div "
        "class='se-component-content'><div class='se-section se-section-sectionTitle'><div "
        "class='se-module se-module-text'><p class='se-text-paragraph'><span>준비물과 소요 "
        "시간</span></p></div></div></div></div><div class='se-component se-image "
        "se-l-default'><div class='se-component-content'><div class='se-section "
        "se-section-image'><div class='se-module se-module-image'><a class='se-module-image-"
        "link'><img class='se-image-resource' src='/p/1.jpg'></a></div><div class='se-module "
        "se-module-text se-caption'><p class='se-text-paragraph'><span>솔밭공원 앞 쉼터"
        "</span></p></div></div></div></div><div class='se-component se-table se-l-default'>"
        "<div class='se-component-content'><div class='se-section se-section-table'><table "
        "class='se-table-content'><tbody><tr class='se-tr'><td class='se-cell'><div "
        "class='se-module se-module-text'><p class='se-text-paragraph'><span>구간</span></p>"
        "</div></td><td class='se-cell'><div class='se-module se-module-text'><p "
        "class='se-text-paragraph'><span>소요 시간</span></p></div></td></tr><tr class='se-tr'>"
        "<td class='se-cell'><div class='se-module se-module-text'><p class='se-text-"
        "paragraph'><span>우이령 입구 – 솔밭공원</span></p></div></td><td class='se-cell'><div "
        "class='se-module se-module-text'><p class='se-text-paragraph'><span>1시간 40분</span>"
        "</p></div></td></tr></tbody></table></div></div></div>"
        + _se_text(
            "물은 1인당 500ml 두 병이면 충분했어요.",
            "화장실은 출발점과 솔밭공원에만 있으니 미리 들르세요.",
            "",
            "다음 주에는 4구간을 걸어 보려고 합니다.",
        )
        + "</div></div><div class='post_footer_contents'><div class='wrap_tag'><a "
        "class='item pcol2'>#북한산둘레길</a><a class='item pcol2'>#아이와산책</a></div><div "
        "class='area_sympathy'><a class='u_likeit_button'><span class='u_likeit_text'>공감한 "
        "사람 보러가기</span><em class='u_cnt _count'>24</em></a><a class='btn_comment'>댓글 "
        "<em>6</em></a><a class='btn_share'>공유하기</a></div></div><div "
        "class='blog_authorArea'><div class='author_profile'><strong class='nick'>산책하는엄마"
        "</strong><p class='caption'>아이 둘과 주말마다 서울 근교를 걷습니다.</p><a "
        "class='btn_buddy'>이웃추가</a></div></div><div class='wrap_popular_post'><h3>이 블로그 "
        "인기글</h3><ul><li><a href='/223300001'>아이와 가기 좋은 서울 숲길 다섯 곳</a></li>"
        "<li><a href='/223200001'>등산화 고르는 법, 발볼 넓은 아이 편</a></li></ul></div>"
        "</div></div>",
        head="<meta property='og:title' content='북한산 둘레길 3구간 걷기'>",
    ),
    (
        "지난 토요일 아침, 아이들과 북한산 둘레길 3구간을 걸었어요.",
        "경사가 완만해서 초등학생도 충분히 걸을 수 있습니다.",
        "1시간 40분",
        "물은 1인당 500ml 두 병이면 충분했어요.",
        "다음 주에는 4구간을 걸어 보려고 합니다.",
    ),
    (
        "공감한 사람 보러가기",
        "아이와 가기 좋은 서울 숲길 다섯 곳",
        "등산화 고르는 법",
        "아이 둘과 주말마다 서울 근교를 걷습니다.",
        "이웃추가",
    ),
)

# --- Korean, a Daum Brunch essay: text items, a picture item, a quotation item, then the
# keyword list, the like count, the writer's card with "subscribe" and the writer's other
# essays.
PROBES.add(
    "ko_brunch_essay_writer_card",
    "https://brunch.example.co.kr/@haneul/57",
    page(
        "ko",
        "오래된 식탁을 고치며",
        "<div class='service_contents article_contents'><div class='wrap_cover'><div "
        "class='cover_cell'><h1 class='cover_title'>오래된 식탁을 고치며</h1><p "
        "class='cover_sub_title'>할머니의 나무 식탁에 대하여</p><span class='f_l "
        "date'>May 10. 2026</span></div></div><div class='wrap_view_article'><div "
        "class='wrap_body text_align_left finish_txt'><h4 class='item_type_text'>1. 식탁이 "
        "오던 날</h4><p class='item_type_text'>할머니가 쓰시던 식탁이 우리 집에 온 건 "
        "지난겨울이었다.</p><p class='item_type_text'>다리 하나가 흔들렸고 상판에는 "
        "칼자국이 가득했다.</p><div class='wrap_item item_type_img'><img "
        "src='/img/1.jpg'><span class='text_caption'>사포질을 마친 상판</span></div><p "
        "class='item_type_text'>주말마다 조금씩 사포질을 하고 기름을 먹였다.</p><blockquote "
        "class='item_type_quotation'>물건을 고치는 일은 기억을 고치는 일이기도 하다.</blockquote>"
        "<p class='item_type_text'>이제 그 식탁에서 아이가 숙제를 한다.</p></div><div "
        "class='wrap_keyword'><ul class='list_keyword'><li><a href='/keyword/가구'>가구</a>"
        "</li><li><a href='/keyword/에세이'>에세이</a></li></ul></div><div "
        "class='wrap_like'><button class='btn_like'>라이킷 <span>41</span></button><span "
        "class='txt_comment'>댓글 <span>3</span></span><button class='btn_share'>공유"
        "</button></div><div class='wrap_author'><div class='profileUserInfo'><strong "
        "class='tit_userinfo'>하늘</strong><span class='txt_userinfo'>목공을 배우는 회사원의 "
        "기록</span><button class='btn_subscribe'>구독</button><span class='num_subscription'>"
        "구독자 212</span></div></div><div class='wrap_article_list'><h3>작가의 이전글</h3><a "
        "href='/@haneul/56'>의자를 처음 만든 날</a><h3>작가의 다음글</h3><a "
        "href='/@haneul/58'>공방 가는 길</a></div></div></div>",
    ),
    (
        "할머니가 쓰시던 식탁이 우리 집에 온 건 지난겨울이었다.",
        "칼자국이 가득했다.",
        "주말마다 조금씩 사포질을 하고 기름을 먹였다.",
        "물건을 고치는 일은 기억을 고치는 일이기도 하다.",
        "이제 그 식탁에서 아이가 숙제를 한다.",
    ),
    ("목공을 배우는 회사원의 기록", "구독자 212", "의자를 처음 만든 날", "공방 가는 길"),
)

# --- Korean, a Velog post (styled-components' hashed classes): headings, a list, a code
# block; then the series box, the writer's card with "follow", the previous and next posts
# and the comment count.
PROBES.add(
    "ko_velog_post_series_follow",
    "https://velog.example/@devkim/react-query-cache",
    page(
        "ko",
        "React Query 캐시 시간 정리",
        "<div class='sc-dPiLbb kZtkXd'><div class='sc-bBHxTw jMNVzS'><div class='head-wrapper'>"
        "<h1>React Query 캐시 시간 정리</h1><div class='information'><a class='username' "
        "href='/@devkim'>devkim</a><span class='separator'>·</span><span>2026년 5월 4일</span>"
        "</div><div class='sc-jSgupP ivXFco'><a href='/tags/react'>react</a></div><div "
        "class='sc-gKsewC kHGhtI'><h2><a href='/@devkim/series/react'>React 공부</a></h2><div "
        "class='series-number'>3/7</div></div></div></div><div class='sc-eCssSg gnWuqL'><div "
        "class='sc-fubCfw eOOmtp atom-one'><h2>staleTime과 gcTime</h2><p>두 값은 이름이 "
        "비슷해서 자주 헷갈린다.</p><ul><li>staleTime: 데이터가 신선하다고 보는 시간</li>"
        "<li>gcTime: 쓰이지 않는 캐시를 지우기까지의 시간</li></ul><h2>설정 예시</h2><pre>"
        "<code class='language-ts'>const client = new QueryClient({\n  defaultOptions: { "
        "queries: { staleTime: 60_000 } },\n});</code></pre><p>staleTime을 늘리면 화면을 "
        "다시 열어도 요청이 나가지 않는다.</p></div></div><div class='sc-iCfMLu dCWbnH'><div "
        "class='sc-furwcr fSPrKy'><img src='/u/devkim.png'><div class='name'><a "
        "href='/@devkim'>김개발</a></div><div class='description'>프론트엔드 개발자입니다."
        "</div></div><button class='sc-jrQzAO follow-button'>팔로우</button></div><div "
        "class='sc-kDTinF post-link'><a href='/@devkim/react-query-keys'><div "
        "class='description'>이전 포스트</div><h3>쿼리 키 설계하기</h3></a><a "
        "href='/@devkim/react-query-mutation'><div class='description'>다음 포스트</div><h3>"
        "뮤테이션 이후 캐시 갱신</h3></a></div><div class='sc-hKwDye comments'><h4>0개의 댓글"
        "</h4><textarea placeholder='댓글을 작성하세요'></textarea><button>댓글 작성</button>"
        "</div></div>",
    ),
    (
        "두 값은 이름이 비슷해서 자주 헷갈린다.",
        "staleTime: 데이터가 신선하다고 보는 시간",
        "queries: { staleTime: 60_000 }",
        "staleTime을 늘리면 화면을 다시 열어도 요청이 나가지 않는다.",
    ),
    ("프론트엔드 개발자입니다.", "쿼리 키 설계하기", "뮤테이션 이후 캐시 갱신", "0개의 댓글"),
)

# --- Japanese, an Ameba blog entry: <br> prose in the entry body, blank lines as <br><br>,
# a blog-ranking banner link closing it; then "like" and reblog buttons, the follow box,
# the blogger's latest entries.
PROBES.add(
    "ja_ameba_entry_br_prose",
    "https://ameblo.example.jp/hanako-kitchen/entry-12850000001.html",
    page(
        "ja",
        "梅干しを漬けました｜はなこの台所",
        "<div id='app'><div class='skin-blogBody'><article class='skin-entry "
        "js-entryWrapper'><div class='skin-entryHead'><h1 class='skin-entryTitle'><a "
        "href='#'>梅干しを漬けました</a></h1><p class='skin-entryPubdate'><time "
        "datetime='2026-06-14'>2026-06-14 21:05:11</time></p><dl class='skin-entryThemes'><dt>"
        "テーマ：</dt><dd><a href='/theme'>保存食</a></dd></dl></div><div id='entryBody' "
        "class='skin-entryBody _2p4fJ8vM'>こんばんは、はなこです。<br><br>今年も南高梅が届いた"
        "ので、梅干しを漬けました。<br>去年より塩を控えて、十八パーセントにしています。<br><br>"
        "<div>手順はいつもどおりです。</div><div>一晩水につけてアクを抜き、ヘタを竹串で取り"
        "ます。</div><div>焼酎でまぶしてから塩と交互に重ねます。</div><br>土用の頃に干すのが"
        "今から楽しみです。<br><br><a href='https://blog.example.jp/rank'>にほんブログ村 "
        "料理ブログへ</a></div><div class='skin-entryFoot'><div class='js-reactionArea'><a "
        "class='skin-reactionBtn'>いいね！</a><span class='skin-reactionCount'>58</span><a "
        "class='skin-reblogBtn'>リブログ</a></div><div class='skin-followArea'><p>"
        "このブログの読者になる</p><a class='skin-followBtn'>フォローする</a></div></div>"
        "</article><div class='skin-widgetRecent'><h2>最新の記事</h2><ul><li><a "
        "href='/e/1'>らっきょう漬けの失敗談</a></li><li><a href='/e/2'>新しい土鍋を買いました"
        "</a></li></ul></div></div></div>",
    ),
    (
        "今年も南高梅が届いたので、梅干しを漬けました。",
        "去年より塩を控えて、十八パーセントにしています。",
        "一晩水につけてアクを抜き、ヘタを竹串で取ります。",
        "土用の頃に干すのが今から楽しみです。",
    ),
    ("このブログの読者になる", "らっきょう漬けの失敗談", "新しい土鍋を買いました", "リブログ"),
)

# --- Japanese, a note article: paragraphs and headings written with name attributes, a
# figure between them; then the "like" count, the support box, the creator card with
# "follow", the magazine it belongs to and recommended articles.
PROBES.add(
    "ja_note_article_support_box",
    "https://note.example.com/yamada_tabi/n/n1a2b3c4d5e6f",
    page(
        "ja",
        "夜行列車で行く北の港町｜山田",
        "<div class='o-noteContentLayout'><div class='o-noteContentHeader'><h1 class='o-note"
        "ContentHeader__title'>夜行列車で行く北の港町</h1><div class='o-noteContentHeader__"
        "info'><a class='o-noteContentHeader__name'>山田</a><time>2026年5月20日 08:00</time>"
        "</div></div><div class='note-common-styles__textnote-body' data-name='body'><p "
        "name='a1' id='a1'>金曜の夜、仕事を終えてそのまま寝台列車に乗りました。</p><p "
        "name='a2' id='a2'>個室は狭いけれど、窓の外を流れる町の灯りを眺めているうちに眠って"
        "いました。</p><figure name='a3' id='a3'><img src='/i/1.jpg'><figcaption>朝の車窓"
        "</figcaption></figure><h3 name='a4' id='a4'>朝市のこと</h3><p name='a5' id='a5'>"
        "終点に着いたのは朝六時、駅前の朝市がちょうど開くところでした。</p><p name='a6' "
        "id='a6'>ホタテの串焼きを二本食べて、港まで歩きました。</p></div><div "
        "class='o-noteLikeV3'><button class='o-noteLikeV3__iconButton'>スキ</button><span "
        "class='o-noteLikeV3__count'>126</span></div><div class='m-supportBox'><p>この記事が"
        "気に入ったらサポートをしてみませんか？</p><button>サポート</button></div><div "
        "class='o-noteCreatorInfo'><a class='o-noteCreatorInfo__name'>山田</a><p>週末に鉄道で"
        "旅をしています。</p><button class='a-button'>フォロー</button></div><div "
        "class='o-magazineCard'><p>この記事が含まれているマガジン</p><a>鉄道旅の記録</a>"
        "</div><div class='o-recommendNotes'><h2>おすすめ記事</h2><a href='/n/1'>"
        "ローカル線で温泉へ</a><a href='/n/2'>青春18きっぷの使い方</a></div></div>",
    ),
    (
        "金曜の夜、仕事を終えてそのまま寝台列車に乗りました。",
        "窓の外を流れる町の灯りを眺めているうちに眠っていました。",
        "朝市のこと",
        "終点に着いたのは朝六時",
        "ホタテの串焼きを二本食べて、港まで歩きました。",
    ),
    (
        "この記事が気に入ったらサポートをしてみませんか？",
        "週末に鉄道で旅をしています。",
        "ローカル線で温泉へ",
        "青春18きっぷの使い方",
    ),
)

# --- Japanese, a Qiita article: headings, code frames with a file-name label, a table; then
# LGTM and stock buttons, the author card, related articles and the comment prompt.
PROBES.add(
    "ja_qiita_article_code_frames",
    "https://qiita.example.com/suzuki_py/items/0a1b2c3d4e5f6a7b8c9d",
    page(
        "ja",
        "pandasで欠損値を埋める三つの方法 - Qiita",
        "<div id='PersonalArticlePage'><div class='style-1b4bi6y'><article><h1 "
        "class='style-wo2a1i'>pandasで欠損値を埋める三つの方法</h1><div "
        "class='style-1xy5w8t'><a href='/tags/python'>Python</a><a href='/tags/pandas'>pandas"
        "</a></div><div class='it-MdContent'><div id='personal-public-article-body'><div "
        "class='mdContent-inner'><h2 id='はじめに'>はじめに</h2><p>センサーのログには欠損値が"
        "よく混じります。</p><h2 id='方法'>方法</h2><div class='code-frame' data-lang='python'>"
        "<div class='code-lang'><span class='bold'>fill.py</span></div><div "
        "class='highlight'><pre><code>df['temp'] = df['temp'].interpolate()\ndf['hum'] = "
        "df['hum'].fillna(df['hum'].median())</code></pre></div></div><table><thead><tr><th>"
        "方法</th><th>向いているデータ</th></tr></thead><tbody><tr><td>interpolate</td><td>"
        "時系列</td></tr><tr><td>fillna(median)</td><td>外れ値が多い列</td></tr></tbody>"
        "</table><p>時系列なら、まず線形補間を試すのがおすすめです。</p></div></div></div>"
        "</article><div class='style-likeButtons'><button>LGTM</button><span>85</span><button>"
        "ストック</button></div><div class='style-authorCard'><a>suzuki_py</a><p>"
        "データ分析をしています。</p><button>フォロー</button></div><section "
        "class='style-relatedArticles'><h2>関連記事</h2><a href='/i/1'>"
        "pandasのgroupbyを速くする</a><a href='/i/2'>matplotlibで日本語を表示する</a>"
        "</section><div class='style-comments'><h2>コメント</h2><p>ログインすると"
        "コメントできます</p></div></div></div>",
    ),
    (
        "センサーのログには欠損値がよく混じります。",
        "df['temp'] = df['temp'].interpolate()",
        "外れ値が多い列",
        "時系列なら、まず線形補間を試すのがおすすめです。",
    ),
    (
        "データ分析をしています。",
        "pandasのgroupbyを速くする",
        "matplotlibで日本語を表示する",
        "ログインするとコメントできます",
    ),
)

# --- Japanese, a Zenn article: the znc body with a message box, a code block with its file
# name, footnotes; then the badge box, the author card and the discussion.
PROBES.add(
    "ja_zenn_article_message_footnotes",
    "https://zenn.example.dev/tanaka/articles/rust-error-handling",
    page(
        "ja",
        "Rustのエラー処理を整理する",
        "<div class='View_container__abc12'><article><header class='ArticleHeader_"
        "container__x9y8z'><h1 class='ArticleHeader_title__k3j2h'>Rustのエラー処理を整理する"
        "</h1></header><div class='ArticleMain_content__p0o9i'><section "
        "class='BodyContent_anchorToHeadings__Vl0_u'><div class='znc'><p>Rustでは失敗しうる"
        "処理はResult型で表します。</p><aside class='msg message'><div "
        "class='msg-content'><p>この記事はRust 1.80を前提にしています。</p></div></aside><h2 "
        "id='question'>?演算子</h2><p>?演算子を使うと、エラーをそのまま呼び出し元に返せます"
        "<sup class='footnote-ref'><a href='#fn1'>[1]</a></sup>。</p><div "
        "class='code-block-container'><div class='code-block-filename-container'><span "
        "class='code-block-filename'>main.rs</span></div><pre class='language-rust'><code "
        "class='language-rust'>fn read_config() -&gt; Result&lt;String, io::Error&gt; {\n"
        '    let text = fs::read_to_string("app.toml")?;\n    Ok(text)\n}</code></pre></div>'
        "<p>ライブラリではthiserror、アプリではanyhowを使うと書きやすくなります。</p><section "
        "class='footnotes'><ol class='footnotes-list'><li id='fn1' class='footnote-item'><p>"
        "From トレイトによる変換も行われます。</p></li></ol></section></div></section></div>"
        "</article><div class='ArticleSidebar_badge'><p>バッジを贈って著者を応援しよう</p>"
        "<button>バッジを贈る</button></div><div class='ArticleAuthor_profile'><a>tanaka</a>"
        "<p>組み込みとWebの間で働いています。</p><button>フォロー</button></div><section "
        "class='Discussion_container'><h2>Discussion</h2><p>ログインするとコメントできます</p>"
        "</section></div>",
    ),
    (
        "Rustでは失敗しうる処理はResult型で表します。",
        "エラーをそのまま呼び出し元に返せます",
        'let text = fs::read_to_string("app.toml")?;',
        "ライブラリではthiserror、アプリではanyhowを使うと書きやすくなります。",
    ),
    ("バッジを贈って著者を応援しよう", "組み込みとWebの間で働いています。"),
)

# --- Chinese (simplified), a Zhihu column article: the rich text with headings, a figure
# and a quotation; then the "published at, IP region" line, the vote and comment bar, the
# column the article is filed in, recommended reading.
PROBES.add(
    "zh_zhihu_column_vote_bar",
    "https://zhuanlan.zhihu.example/p/680000001",
    page(
        "zh-CN",
        "在阳台种番茄的一年 - 知乎",
        "<div class='App'><header class='AppHeader'><a href='/'>知乎</a><a>首页</a><a>"
        "发现</a></header><main class='App-main'><article class='Post-Main Post-"
        "NormalMain'><header class='Post-Header'><h1 class='Post-Title'>在阳台种番茄的一年"
        "</h1><div class='AuthorInfo'><a class='UserLink-link'>林小园</a><div "
        "class='AuthorInfo-badgeText'>园艺爱好者</div><button class='FollowButton'>+ 关注"
        "</button></div></header><div class='Post-RichTextContainer'><div class='css-"
        "376mun'><div class='RichText ztext Post-RichText css-117anjg'><p data-pid='a1'>"
        "去年春天，我在朝南的阳台上种了六株番茄。</p><p data-pid='a2'>一年下来一共收了"
        "大约二十公斤果实，比预想的多很多。</p><h2>土和盆</h2><p data-pid='a3'>每株用一个"
        "四十升的盆，土是园土、椰糠和有机肥按五比三比二混合。</p><figure data-size='normal'>"
        "<img src='/v2-1.jpg'><figcaption>七月的第一批果实</figcaption></figure><h2>浇水"
        "</h2><p data-pid='a4'>夏天每天早晚各浇一次，盆底一定要有排水孔。</p><blockquote "
        "data-pid='a5'>番茄怕涝不怕晒，这是我这一年最大的体会。</blockquote></div></div>"
        "</div><div class='ContentItem-time'>发布于 2026-05-03 10:14・IP 属地浙江</div><div "
        "class='RichContent-actions'><button class='VoteButton--up'>赞同 1286</button><button "
        "class='ContentItem-action'>236 条评论</button><button>分享</button><button>喜欢"
        "</button><button>收藏</button><button>申请转载</button></div><div "
        "class='PostIndex-Contributions'><h3>文章被以下专栏收录</h3><a>城市小农夫</a><p>"
        "在城里种菜的人的笔记</p></div></article><div class='Recommendations-Main'><h3>"
        "推荐阅读</h3><a href='/p/1'>阳台种草莓需要注意什么</a><a href='/p/2'>"
        "自己做堆肥的三个方法</a></div></main></div>",
    ),
    (
        "去年春天，我在朝南的阳台上种了六株番茄。",
        "一年下来一共收了大约二十公斤果实",
        "园土、椰糠和有机肥按五比三比二混合",
        "夏天每天早晚各浇一次，盆底一定要有排水孔。",
        "番茄怕涝不怕晒，这是我这一年最大的体会。",
    ),
    (
        "IP 属地浙江",
        "236 条评论",
        "在城里种菜的人的笔记",
        "阳台种草莓需要注意什么",
        "自己做堆肥的三个方法",
    ),
)

# --- Chinese (simplified), a WeChat official-account article: the text in nested <section>s
# and <span>s with inline styles, hidden by an inline style until a script shows it; then
# the "read the original" link, the like and "wow" bar, the follow card and the comments.
PROBES.add(
    "zh_wechat_rich_media_hidden_until_script",
    "https://mp.weixin.example.com/s/AbCdEfGhIjKlMnOp",
    page(
        "zh-CN",
        "周末去哪儿：城西湿地公园开放了",
        "<div id='js_article' class='rich_media'><div class='rich_media_inner'><div "
        "id='page-content' class='rich_media_area_primary'><div "
        "class='rich_media_area_primary_inner'><h1 class='rich_media_title' "
        "id='activity-name'>周末去哪儿：城西湿地公园开放了</h1><div id='meta_content' "
        "class='rich_media_meta_list'><span class='rich_media_meta rich_media_meta_nickname'>"
        "<a id='js_name'>城西生活</a></span><em id='publish_time' class='rich_media_meta "
        "rich_media_meta_text'>2026年5月16日 07:30</em></div><div class='rich_media_content "
        "js_underline_content' id='js_content' style='visibility: hidden;'><section "
        "style='margin: 0px 8px;'><section style='line-height: 1.75em;'><p style='text-align: "
        "justify;'><span style='font-size: 15px;'>城西湿地公园经过两年整修，本周六起正式对"
        "市民开放。</span></p><p><br></p><p style='text-align: justify;'><span "
        "style='font-size: 15px;'>公园面积约一百二十公顷，新建了三公里长的木栈道和两座观鸟"
        "屋。</span></p></section><section style='text-align: center;'><img "
        "data-src='https://img.example.com/1.jpg' class='rich_pages wxw-img'></section>"
        "<section><p><strong><span style='color: rgb(0, 128, 96);'>开放时间</span></strong>"
        "</p><p><span style='font-size: 15px;'>每天早上六点至晚上七点，周一上午闭园维护。"
        "</span></p><p><strong><span style='color: rgb(0, 128, 96);'>交通</span></strong>"
        "</p><p><span style='font-size: 15px;'>地铁五号线湿地公园站B口出，步行约八分钟。"
        "</span></p></section></section></div><div id='js_tags' class='article-tag_list'>"
        "<span>#周末去哪儿</span></div></div></div><div class='rich_media_tool' "
        "id='js_toobar3'><a id='js_view_source' href='#'>阅读原文</a><span>阅读 1.2万</span>"
        "<button id='like3'>赞</button><button>分享</button><button id='js_like_btn'>在看"
        "</button></div><div class='wx_profile_card'><strong class='profile_nickname'>城西生活"
        "</strong><p class='profile_meta'>城西本地生活信息，每天早上七点半更新。</p><span>"
        "微信扫一扫关注该公众号</span></div><div id='js_cmt_area' class='discuss_container'>"
        "<div class='discuss_title'>留言</div><ul><li class='discuss_item'><strong "
        "class='nickname'>小周</strong><p class='discuss_message'>周末就带孩子去！</p></li>"
        "</ul></div></div></div>",
    ),
    (
        "城西湿地公园经过两年整修，本周六起正式对市民开放。",
        "新建了三公里长的木栈道和两座观鸟屋。",
        "每天早上六点至晚上七点，周一上午闭园维护。",
        "地铁五号线湿地公园站B口出，步行约八分钟。",
    ),
    ("城西本地生活信息，每天早上七点半更新。", "周末就带孩子去！", "微信扫一扫关注该公众号"),
)

# --- Chinese (simplified), a CSDN blog post: the markdown views with headings, code (its
# <pre> also holding the "expand" button, its lines kept) and a table under a copyright
# notice; then the tags, like and collect bar, the "follow the blogger" box and recommended
# posts.
PROBES.add(
    "zh_csdn_post_copyright_recommend",
    "https://blog.csdn.example/weixin_0001/article/details/138000001",
    page(
        "zh-CN",
        "Spring Boot 配置多数据源的完整步骤_CSDN博客",
        "<div id='mainBox'><main><div class='blog-content-box'><div class='article-header-"
        "box'><h1 class='title-article' id='articleContentId'>Spring Boot 配置多数据源的完整"
        "步骤</h1><div class='article-info-box'><span class='time'>于 2026-05-11 09:12:45 "
        "发布</span><span class='read-count'>阅读量2.3k</span><div class='blog-tags-box'>"
        "<span class='label'>文章标签：</span><a class='tag-link'>spring boot</a><a "
        "class='tag-link'>java</a></div><div class='slide-content-box'><div "
        "class='copyright-box'>版权声明：本文为博主原创文章，遵循 CC 4.0 BY-SA 版权协议，"
        "转载请附上原文出处链接和本声明。</div></div></div></div><article "
        "class='baidu_pl'><div id='article_content' class='article_content clearfix'><div "
        "id='content_views' class='markdown_views prism-atom-one-dark'><h2><a "
        "name='t0'></a>一、添加依赖</h2><p>项目需要同时连接订单库和用户库，所以要配置两个"
        "数据源。</p><h2><a name='t1'></a>二、配置文件</h2><pre class='set-code-hide "
        "prettyprint'><code class='prism language-yaml'>spring:\n  datasource:\n    order:\n"
        "      url: jdbc:mysql://db1:3306/order</code><div class='hide-preCode-box'><span "
        "class='hide-preCode-bt'>展开</span></div></pre><table><thead><tr><th>数据源</th><th>"
        "用途</th></tr></thead><tbody><tr><td>order</td><td>订单读写</td></tr><tr><td>user"
        "</td><td>用户查询</td></tr></tbody></table><p>最后在每个 Mapper 包上指定对应的 "
        "SqlSessionFactory 即可。</p></div></div></article><div class='hide-article-box'>"
        "</div><div class='left-toolbox'><a class='tool-item-thumb'>点赞 <span>12</span></a>"
        "<a class='tool-item-comment'>评论</a><a class='tool-item-collect'>收藏 <span>48"
        "</span></a><p class='tool-hover-tip'>觉得还不错? 一键收藏</p></div></div><div "
        "class='first-recommend-box recommend-box'><div class='recommend-item-box'><a>"
        "Spring Boot 整合 MyBatis 分页插件</a><p class='desc'>介绍分页插件的三种用法……</p>"
        "</div><div class='recommend-item-box'><a>MySQL 主从复制搭建教程</a></div></div>"
        "</main><aside class='blog_container_aside'><div id='asideProfile'><a>"
        "程序员小吴</a><span>码龄6年</span><a class='personal-focus'>关注</a></div></aside>"
        "</div>",
    ),
    (
        "项目需要同时连接订单库和用户库，所以要配置两个数据源。",
        "spring:\n  datasource:\n    order:",
        "url: jdbc:mysql://db1:3306/order",
        "订单读写",
        "最后在每个 Mapper 包上指定对应的 SqlSessionFactory 即可。",
    ),
    (
        "遵循 CC 4.0 BY-SA 版权协议",
        "觉得还不错? 一键收藏",
        "Spring Boot 整合 MyBatis 分页插件",
        "介绍分页插件的三种用法",
        "码龄6年",
        "展开",
    ),
)

# --- Chinese (simplified), a Jianshu article (hashed classes): paragraphs and an image
# package with its caption; then the tip box, the author's note and platform statement,
# the app-download banner and recommended reading.
PROBES.add(
    "zh_jianshu_article_app_banner",
    "https://www.jianshu.example/p/5f3e2d1c0b9a",
    page(
        "zh-CN",
        "辞职后的第一百天 - 简书",
        "<div id='__next'><div class='_21bLU4 _3kbg6I'><div class='_3VRLsv'><div "
        "class='_gp-ck'><section class='ouvJEz'><h1 class='_1RuRku'>辞职后的第一百天</h1>"
        "<div class='rEsl9f'><a class='_1OhGeD'>慢慢走</a><time>2026.05.18 22:41:03</time>"
        "<span>字数 1,204</span><span>阅读 3,512</span></div><article class='_2rhmJa'><p>"
        "一百天前，我从工作了八年的公司离职。</p><p>头一个月几乎什么都没做，只是每天睡到"
        "自然醒。</p><div class='image-package'><div class='image-container'><img "
        "data-original-src='//upload.example.com/1.jpg'></div><div class='image-caption'>"
        "楼下新开的面包店</div></div><p>第二个月开始学烘焙，每周去面包店帮忙三天。</p><p>"
        "现在我终于知道，自己想做的是一家只卖早餐的小店。</p></article><div "
        "class='_19DgIp'><p class='_1VLqc-'>© 著作权归作者所有,转载或内容合作请联系作者</p>"
        "</div><div class='_1kCBjS'><div class='_3Mi9q9'>喜欢的朋友记得点赞、收藏、关注哦！"
        "</div><button class='_1OyPqC'>赞赏支持</button><span>还没有人赞赏，支持一下</span>"
        "</div><div class='_3xt8kH'>平台声明：文章内容（如有图片或视频亦包括在内）由作者"
        "上传并发布，文章内容仅代表作者本人观点，简书系信息发布平台，仅提供信息存储服务。"
        "</div></section><div class='_3OuyzY'><p>更多精彩内容，就在简书APP</p><a>下载APP"
        "</a></div><section class='_3Z3nHf'><h3>推荐阅读</h3><a href='/p/1'>"
        "三十五岁转行做设计是什么体验</a><a href='/p/2'>一个人的早餐店开业记</a></section>"
        "</div></div></div></div>",
    ),
    (
        "一百天前，我从工作了八年的公司离职。",
        "只是每天睡到自然醒。",
        "第二个月开始学烘焙，每周去面包店帮忙三天。",
        "现在我终于知道，自己想做的是一家只卖早餐的小店。",
    ),
    (
        "著作权归作者所有",
        "还没有人赞赏，支持一下",
        "简书系信息发布平台",
        "更多精彩内容，就在简书APP",
        "三十五岁转行做设计是什么体验",
    ),
)

# --- Chinese (simplified), a Weibo headline article: the editor's body with headings and a
# list; then the read count, the forward / comment / like bar, the follow button and the
# author's other articles.
PROBES.add(
    "zh_weibo_article_forward_bar",
    "https://weibo.example.com/ttarticle/p/show?id=2309404999000000000001",
    page(
        "zh-CN",
        "新手跑马拉松前要准备什么",
        "<div class='WB_artical'><div class='main_toppic'><div class='title' "
        "node-type='articleTitle'>新手跑马拉松前要准备什么</div><div class='art_info'><em "
        "class='W_autocut'>跑步的老陈</em><span class='time'>2026-05-21 08:00</span><button "
        "class='W_btn_b'>+关注</button></div></div><div class='main_editor' "
        "node-type='contentBody'><div class='WB_editor_iframe_new'><p>第一次跑全程马拉松，"
        "最重要的不是速度，而是完赛。</p><h2>赛前三个月</h2><ul><li>每周跑四次，其中一次"
        "长距离慢跑</li><li>长距离从十五公里逐步加到三十公里</li></ul><h2>比赛当天</h2><p>"
        "前十公里一定要压住配速，比平时训练慢一些也没关系。</p><p>每个补给站都喝几口水，"
        "不要等到口渴再喝。</p></div></div><div class='artical_add_box'><span "
        "class='W_fr'>阅读 5.6万</span><div class='WB_handle'><a>转发 312</a><a>评论 128"
        "</a><a>赞 2041</a></div><p class='tips'>免责声明：本文仅代表作者个人观点，与本站"
        "无关。</p></div><div class='art_recommend'><h3>作者的其他文章</h3><a>"
        "跑步膝盖疼怎么办</a><a>我的第一双跑鞋</a></div></div>",
    ),
    (
        "最重要的不是速度，而是完赛。",
        "每周跑四次，其中一次长距离慢跑",
        "前十公里一定要压住配速",
        "每个补给站都喝几口水，不要等到口渴再喝。",
    ),
    ("阅读 5.6万", "转发 312", "免责声明：本文仅代表作者个人观点", "跑步膝盖疼怎么办"),
)

# --- Chinese (traditional), a Pixnet blog post: <br> prose in the article body, a sponsored
# links box inside it; then the article's tags, the creator card, the site-wide hot searches
# and the guest comment form.
PROBES.add(
    "zh_hant_pixnet_post_br_prose",
    "https://meimei.pixnet.example/blog/post/228000001",
    page(
        "zh-TW",
        "台南兩天一夜吃什麼 @ 美美的小日子 :: 痞客邦 ::",
        "<div id='container'><div id='header'><h1><a href='/blog'>美美的小日子</a></h1>"
        "</div><div id='main'><div id='content'><div class='article' id='article-228000001'>"
        "<ul class='article-head'><li class='publish'><span class='year'>2026</span><span "
        "class='month'>May</span><span class='date'>23</span></li><li class='title'><h2><a>"
        "台南兩天一夜吃什麼</a></h2></li></ul><div class='article-body'><div "
        "class='article-content'><div class='article-content-inner' "
        "id='article-content-inner'>這次和姊姊去台南兩天一夜，幾乎都在吃。<br><br>第一站是"
        "國華街的牛肉湯，早上七點就已經排了二十個人。<br>湯頭清甜，肉片是現切的，一碗一百"
        "五十元。<br><br><div class='pixnet-ad'><p>贊助商連結</p><a>台南住宿優惠，立即訂房"
        "</a></div>中午吃了虱目魚粥，下午去喝了一杯冬瓜茶。<br><br>晚上在花園夜市買了烤玉米"
        "和滷味，逛到快十一點才回飯店。<br></div></div><div class='article-keyword'>文章標籤"
        "<a>台南美食</a><a>牛肉湯</a></div><div class='author-profile'><h3>創作者介紹</h3>"
        "<p>美美的小日子</p><p>喜歡吃也喜歡寫的上班族。</p><a>追蹤</a></div></div></div>"
        "<div class='hot-search'><h3>全站熱搜</h3><a>高雄景點推薦</a><a>日本自由行行程</a>"
        "</div><div id='comments'><h3>留言列表</h3><p>您尚未登入，將以訪客身份留言。</p>"
        "<textarea></textarea></div></div></div></div>",
    ),
    (
        "這次和姊姊去台南兩天一夜，幾乎都在吃。",
        "早上七點就已經排了二十個人。",
        "湯頭清甜，肉片是現切的，一碗一百五十元。",
        "中午吃了虱目魚粥，下午去喝了一杯冬瓜茶。",
        "逛到快十一點才回飯店。",
    ),
    (
        "台南住宿優惠，立即訂房",
        "喜歡吃也喜歡寫的上班族。",
        "高雄景點推薦",
        "您尚未登入，將以訪客身份留言。",
    ),
)

# --- Russian, a Habr article: the formatted body with headings, a code block, a list and a
# spoiler; then the tags and hubs, the rating and comment counts, the author card with
# karma and "subscribe", and the hub's other publications.
PROBES.add(
    "ru_habr_article_spoiler_hubs",
    "https://habr.example.com/ru/articles/810001/",
    page(
        "ru",
        "Как мы ускорили сборку фронтенда в четыре раза / Хабр",
        "<div class='tm-layout'><main class='tm-layout__container'><div class='tm-article-"
        "presenter'><article class='tm-article-presenter__content'><div class='tm-article-"
        "snippet'><div class='tm-article-snippet__meta'><a class='tm-user-info__username'>"
        "petrov_dev</a><time datetime='2026-05-14T09:00:00.000Z'>14 мая в 12:00</time></div>"
        "<h1 class='tm-title tm-title_h1'><span>Как мы ускорили сборку фронтенда в четыре раза"
        "</span></h1><div class='tm-article-reading-time'>7 мин</div></div><div "
        "class='tm-article-body'><div id='post-content-body'><div class='article-formatted-"
        "body article-formatted-body article-formatted-body_version-2'><div "
        "xmlns='http://www.w3.org/1999/xhtml'><p>Полгода назад сборка нашего фронтенда "
        "занимала одиннадцать минут.</p><h2>Что мы поменяли</h2><ol><li>Перешли с webpack на "
        "esbuild для разработки.</li><li>Вынесли общие пакеты в отдельный кэш.</li></ol><pre>"
        "<code class='javascript'>await build({ entryPoints: ['src/index.ts'], bundle: true "
        "});</code></pre><details class='spoiler'><summary>Полный конфиг</summary><div "
        "class='spoiler__content'><p>Конфиг лежит в репозитории рядом с package.json.</p>"
        "</div></details><p>Теперь полная сборка занимает меньше трёх минут.</p></div></div>"
        "</div></div><div class='tm-article-presenter__meta'><div class='tm-separated-list'>"
        "<span>Теги:</span><a>esbuild</a><a>webpack</a></div><div class='tm-separated-list'>"
        "<span>Хабы:</span><a>JavaScript</a><a>Разработка веб-сайтов</a></div></div></article>"
        "<div class='tm-article-sticky-panel'><div class='tm-votes-meter'>Всего голосов 57: "
        "↑55 и ↓2</div><a class='tm-article-comments-counter-link'>Комментарии 23</a><button>"
        "Добавить в закладки</button></div><div class='tm-user-card'><a>Иван Петров</a><span "
        "class='tm-karma'>Карма 41</span><span>Рейтинг 12.5</span><p>Фронтенд-разработчик"
        "</p><button>Подписаться</button></div><section class='tm-block tm-block_spacing-"
        "around'><h2>Публикации</h2><a>Как мы переписали дизайн-систему за месяц</a><a>"
        "Vite или esbuild: что выбрать в 2026 году</a></section></div></main></div>",
    ),
    (
        "Полгода назад сборка нашего фронтенда занимала одиннадцать минут.",
        "Перешли с webpack на esbuild для разработки.",
        "entryPoints: ['src/index.ts']",
        "Теперь полная сборка занимает меньше трёх минут.",
    ),
    (
        "Всего голосов 57",
        "Карма 41",
        "Как мы переписали дизайн-систему за месяц",
        "Vite или esbuild: что выбрать в 2026 году",
    ),
)

# --- Russian, a Dzen article: render blocks, a figure and a subheading between them, the
# channel's plea to like and subscribe as the last block; then the like bar, the channel
# card and "read also" cards.
PROBES.add(
    "ru_dzen_article_channel_card",
    "https://dzen.example.ru/a/ZkAbCdEfGhIj",
    page(
        "ru",
        "Почему старые яблони перестают плодоносить | Сад без хлопот | Дзен",
        "<div class='page-layout'><div class='article__content'><h1 "
        "class='article__title'>Почему старые яблони перестают плодоносить</h1><div "
        "class='article-render' data-testid='article-render'><p class='article-render__block "
        "article-render__block_unstyled'>Каждую весну мне пишут одно и то же: яблоня цветёт, "
        "а яблок почти нет.</p><p class='article-render__block article-render__block_unstyled'>"
        "Чаще всего виновата слишком густая крона.</p><figure class='article-image-item'><img "
        "src='/i/1.jpg'><figcaption class='article-image-item__caption'>Крона до обрезки"
        "</figcaption></figure><h2 class='article-render__block article-render__block_h2'>"
        "Как обрезать</h2><p class='article-render__block article-render__block_unstyled'>"
        "Вырезайте волчки и ветки, растущие внутрь кроны, но не больше четверти за один год."
        "</p><p class='article-render__block article-render__block_unstyled'>Срезы толще двух "
        "сантиметров замажьте садовым варом.</p></div></div><div "
        "class='article-footer'><button class='like-button'>Нравится 318</button><button>"
        "Поделиться</button><div class='channel-card'><a>Сад без хлопот</a><span>"
        "12 тыс подписчиков</span><p>Простые советы для дачников.</p><button>Подписаться"
        "</button></div></div><div class='recommendations'><h3>Читайте также</h3><a>"
        "Чем подкормить смородину в мае</a><a>Пять ошибок при посадке груши</a></div></div>",
    ),
    (
        "яблоня цветёт, а яблок почти нет.",
        "Чаще всего виновата слишком густая крона.",
        "Вырезайте волчки и ветки, растущие внутрь кроны",
        "Срезы толще двух сантиметров замажьте садовым варом.",
    ),
    (
        "12 тыс подписчиков",
        "Простые советы для дачников.",
        "Чем подкормить смородину в мае",
        "Пять ошибок при посадке груши",
    ),
)

# --- Ukrainian, a VK article: decorated paragraphs and headings, a figure, a list; then
# the views and like bar, the author's follow card and "more articles".
PROBES.add(
    "uk_vk_article_follow_card",
    "https://vk.example.com/@kraieznavets-zamky-podillia",
    page(
        "uk",
        "П'ять замків Поділля за один день",
        "<div class='article_layer'><div class='article_layer__content'><div "
        "class='article article_view'><h1 class='article_decoration_first "
        "article_decoration_last'>П'ять замків Поділля за один день</h1><p "
        "class='article_decoration_first'>Маршрут починається в Кам'янці-Подільському і "
        "закінчується в Меджибожі.</p><p>Загалом це близько двохсот кілометрів дорогами "
        "різної якості.</p><figure><div class='article_figure_content'><img "
        "src='/i/1.jpg'></div><figcaption>Фортеця над каньйоном</figcaption></figure><h2>"
        "Що взяти з собою</h2><ul><li>Готівку: не всюди приймають картки.</li><li>"
        "Зручне взуття для бруківки.</li></ul><p class='article_decoration_last'>Найкраще "
        "їхати у будній день, коли менше туристів.</p></div></div><div "
        "class='article_bottom'><span class='article_views'>2,4 тис. переглядів</span><a "
        "class='like_btn'>Подобається 87</a><a class='share_btn'>Поділитися</a></div><div "
        "class='author_card'><a class='author_card__name'>Краєзнавець</a><span>"
        "1 250 підписників</span><button class='FlatButton'>Підписатися</button></div><div "
        "class='articles_more'><h3>Ще статті автора</h3><a>Дерев'яні церкви Закарпаття</a><a>"
        "Де поснідати у Львові</a></div></div>",
    ),
    (
        "Маршрут починається в Кам'янці-Подільському",
        "близько двохсот кілометрів дорогами різної якості.",
        "Готівку: не всюди приймають картки.",
        "Найкраще їхати у будній день, коли менше туристів.",
    ),
    ("2,4 тис. переглядів", "1 250 підписників", "Дерев'яні церкви Закарпаття", "Де поснідати"),
)

# --- Turkish, a Medium story (atomic hashed classes): paragraphs, a figure, a code block
# and a subheading; then "Written by", the follower count, "More from" and "Recommended
# from Medium", in Medium's English interface.
PROBES.add(
    "tr_medium_story_more_from",
    "https://medium.example.com/@elif.yazilim/go-ile-ilk-api-7c1d2e3f4a5b",
    page(
        "tr",
        "Go ile ilk REST API'm | by Elif Kaya | Medium",
        "<div id='root'><div class='a b c'><nav class='d e'><a>Medium</a><a>Write</a><a>"
        "Sign up</a></nav><article><div class='l'><section><div class='fw fx'><h1 "
        "id='3f1a' class='pw-post-title gy gz ha be hb'>Go ile ilk REST API'm</h1><div "
        "class='speechify-ignore'><a class='pw-author'>Elif Kaya</a><span>Follow</span><span "
        "data-testid='storyReadTime'>5 min read</span><span data-testid='storyPublishDate'>"
        "May 8, 2026</span><button>Listen</button><button>Share</button></div><p id='a1b2' "
        "class='pw-post-body-paragraph lr ls fw lt b lu lv lw lx ly'>Üç yıl Python yazdıktan "
        "sonra ilk kez Go ile bir servis yazdım.</p><p id='c3d4' class='pw-post-body-paragraph "
        "lr ls fw lt b lu lv lw lx ly'>En çok şaşırdığım şey, standart kütüphanenin ne kadar "
        "yeterli olduğuydu.</p><figure class='mj mk ml'><img src='/1*abc.png'><figcaption "
        "class='mp fc'>Servisin ilk hali</figcaption></figure><h2 id='e5f6' class='ms mt fw "
        "be mu'>Yönlendirici</h2><pre class='nb nc nd'><span id='g7h8' class='ne lr fw nf b'>"
        'mux := http.NewServeMux()<br>mux.HandleFunc("GET /kitaplar", listele)</span></pre>'
        "<p id='i9j0' class='pw-post-body-paragraph lr ls fw lt b lu lv lw lx ly'>Go 1.22 ile "
        "gelen yeni yönlendirici sayesinde dışarıdan paket eklemem gerekmedi.</p></div>"
        "</section></div></article><div class='pe pf'><h2>Written by Elif Kaya</h2><span>"
        "214 Followers</span><p>Backend geliştirici, İzmir.</p><button>Follow</button></div>"
        "<div class='pg'><h2>More from Elif Kaya</h2><a>Python'dan Go'ya geçerken öğrendiklerim"
        "</a></div><div class='ph'><h2>Recommended from Medium</h2><a>Rust vs Go in 2026</a>"
        "</div><footer><a>Help</a><a>Status</a><a>About</a><a>Careers</a></footer></div></div>",
    ),
    (
        "Üç yıl Python yazdıktan sonra ilk kez Go ile bir servis yazdım.",
        "standart kütüphanenin ne kadar yeterli olduğuydu.",
        "mux := http.NewServeMux()",
        "dışarıdan paket eklemem gerekmedi.",
    ),
    (
        "214 Followers",
        "Backend geliştirici, İzmir.",
        "Python'dan Go'ya geçerken öğrendiklerim",
        "Rust vs Go in 2026",
    ),
)

# --- Arabic, a Substack post: the body markup with a subscription widget and a share
# button set between its paragraphs, a captioned image and footnotes; then the like and
# restack bar, "Discussion about this post" and "Ready for more?".
PROBES.add(
    "ar_substack_post_inline_subscribe",
    "https://nashra.substack.example/p/maktabat-al-ahya",
    page(
        "ar",
        "مكتبات الأحياء الصغيرة",
        "<div id='main'><div class='single-post-container'><article class='post "
        "newsletter-post'><div class='post-header'><h1 class='post-title'>مكتبات الأحياء "
        "الصغيرة</h1><h3 class='subtitle'>عن رفوف الكتب في مداخل العمارات</h3><div "
        "class='post-meta'><a class='pencraft'>سلمى حداد</a><span>May 12, 2026</span></div>"
        "</div><div class='available-content'><div class='body markup' dir='auto'><p>في "
        "مدخل عمارتنا رف خشبي صغير، يضع فيه الجيران الكتب التي انتهوا من قراءتها.</p><p>بدأ "
        "الأمر قبل سنتين بعشرة كتب، واليوم يضم الرف أكثر من مئتي كتاب.</p><div "
        "class='subscription-widget-wrap-editor'><div class='subscription-widget "
        "show-subscribe'><div class='preamble'><p class='cta-caption'>اشترك لتصلك الرسائل "
        "الجديدة كل أسبوع.</p></div><form class='subscription-widget-subscribe'><input "
        "type='email' placeholder='Type your email...'><input type='submit' "
        "value='Subscribe'></form></div></div><div class='captioned-image-container'><figure>"
        "<img src='/i/1.jpg'><figcaption class='image-caption'>الرف في مدخل العمارة"
        "</figcaption></figure></div><h3>قواعد بسيطة</h3><ul><li>خذ كتابًا واترك كتابًا.</li>"
        "<li>لا كتب مدرسية.</li></ul><p class='button-wrapper'><a class='button primary' "
        "href='?action=share'><span>Share</span></a></p><p>أجمل ما في الرف أنه جعل الجيران "
        "يتحدثون عن الكتب على الدرج.<a class='footnote-anchor' href='#footnote-1'>1</a></p>"
        "<div class='footnote'><a class='footnote-number'>1</a><div "
        "class='footnote-content'><p>وصارت لنا مجموعة قراءة شهرية.</p></div></div></div>"
        "</div><div class='post-footer'><div class='like-button-container'><span>42</span>"
        "</div><a class='post-ufi-button'>Restack</a><a>Share</a></div></article><div "
        "class='comments-section'><h4>Discussion about this post</h4><div "
        "class='comment-body'><p>فكرة جميلة، سأقترحها على جيراني.</p></div></div><div "
        "class='end-of-post-subscribe'><h3>Ready for more?</h3><input type='email'><button>"
        "Subscribe</button></div></div></div>",
        dir_="rtl",
    ),
    (
        "يضع فيه الجيران الكتب التي انتهوا من قراءتها.",
        "واليوم يضم الرف أكثر من مئتي كتاب.",
        "خذ كتابًا واترك كتابًا.",
        "جعل الجيران يتحدثون عن الكتب على الدرج.",
    ),
    (
        "اشترك لتصلك الرسائل الجديدة كل أسبوع.",
        "فكرة جميلة، سأقترحها على جيراني.",
        "Discussion about this post",
        "Ready for more?",
    ),
)

# --- Persian, a Virgool post: the post body with a heading and a list; then the post's
# tags, the like and bookmark bar, the writer's card with "follow" and related posts.
PROBES.add(
    "fa_virgool_post_writer_card",
    "https://virgool.example/@nasrin/ketab-khani-sobh-abc123",
    page(
        "fa",
        "کتاب‌خوانی پیش از صبحانه - ویرگول",
        "<div id='app'><div class='post-container'><article class='post'><div "
        "class='post-header'><h1 class='post-title'>کتاب‌خوانی پیش از صبحانه</h1><div "
        "class='post-meta'><a class='writer-name'>نسرین</a><span>۲۵ اردیبهشت ۱۴۰۵</span><span>"
        "خواندن ۴ دقیقه</span></div></div><div class='post-body'><p>سه ماه است که هر روز صبح "
        "پیش از صبحانه بیست دقیقه کتاب می‌خوانم.</p><p>در این مدت نه کتاب را تمام کرده‌ام، "
        "بیشترشان رمان.</p><h3>چه چیزی کمک کرد</h3><ul><li>گوشی را شب در آشپزخانه می‌گذارم."
        "</li><li>کتاب روز بعد را شب کنار تخت آماده می‌کنم.</li></ul><p>حالا صبح‌ها آرام‌ترم "
        "و روز را با حوصلهٔ بیشتری شروع می‌کنم.</p></div><div class='post-tags'><a>"
        "کتاب‌خوانی</a><a>عادت</a></div></article><div class='post-actions'><button>"
        "<span>۶۴</span> لایک</button><button>ذخیره</button><button>اشتراک‌گذاری</button>"
        "</div><div class='writer-card'><a>نسرین</a><p>معلم ادبیات و عاشق رمان‌های روسی."
        "</p><button>دنبال کردن</button><span>۳۱۰ دنبال‌کننده</span></div><div "
        "class='related-posts'><h3>پست‌های مرتبط</h3><a>چطور روزی یک ساعت مطالعه کنیم</a><a>"
        "ده رمان کوتاه برای تابستان</a></div></div></div>",
        dir_="rtl",
    ),
    (
        "هر روز صبح پیش از صبحانه بیست دقیقه کتاب می‌خوانم.",
        "در این مدت نه کتاب را تمام کرده‌ام",
        "گوشی را شب در آشپزخانه می‌گذارم.",
        "حالا صبح‌ها آرام‌ترم",
    ),
    (
        "معلم ادبیات و عاشق رمان‌های روسی.",
        "۳۱۰ دنبال‌کننده",
        "چطور روزی یک ساعت مطالعه کنیم",
        "ده رمان کوتاه برای تابستان",
    ),
)

# --- Bengali, a telegra.ph page: the article holds the title, the author's address line,
# paragraphs, a figure, a subheading and a quotation; the page's footer has only "Report
# content" and the editor's buttons.
PROBES.add(
    "bn_telegraph_page",
    "https://telegra.example/Nodir-dhare-ekdin-05-19",
    page(
        "bn",
        "নদীর ধারে একদিন – Telegraph",
        "<div class='tl_page_wrap'><div class='tl_page'><main class='tl_article'><header "
        "class='tl_article_header' dir='auto'><h1>নদীর ধারে একদিন</h1><address><a "
        "rel='author'>রুমানা</a><time datetime='2026-05-19T10:00:00+0000'>May 19, 2026</time>"
        "</address></header><article id='_tl_editor' class='tl_article_content'><h1>নদীর ধারে "
        "একদিন<br></h1><address>রুমানা<br></address><p>ভোরবেলা আমরা নৌকায় করে নদী পার হলাম।"
        "</p><p>ওপারে ছোট একটা গ্রাম, সেখানে সবাই মাছ ধরে জীবিকা চালায়।</p><figure><img "
        "src='/file/1.jpg'><figcaption>ভোরের নদী</figcaption></figure><h3>দুপুরের খাবার</h3>"
        "<p>এক মাঝির বাড়িতে ইলিশ মাছ আর ভাত খেলাম, এমন স্বাদ আগে পাইনি।</p><blockquote>নদী "
        "যা দেয়, নদীই তা ফিরিয়ে নেয়।</blockquote><p>সন্ধ্যার আগে আমরা শহরে ফিরে এলাম।</p>"
        "</article></main><div class='tl_page_footer'><div id='_report' "
        "class='tl_article_report'><a>Report content on this page</a></div></div><aside "
        "class='tl_article_buttons'><button id='_edit_button'>Edit</button><button "
        "id='_publish_button'>Publish</button></aside></div></div>",
    ),
    (
        "ভোরবেলা আমরা নৌকায় করে নদী পার হলাম।",
        "সেখানে সবাই মাছ ধরে জীবিকা চালায়।",
        "এমন স্বাদ আগে পাইনি।",
        "নদী যা দেয়, নদীই তা ফিরিয়ে নেয়।",
        "সন্ধ্যার আগে আমরা শহরে ফিরে এলাম।",
    ),
    ("Report content on this page",),
)

# --- Portuguese (Brazil), a dev.to article: headings with anchor links, a highlighted code
# block whose fullscreen toggle writes its own words, a list; then the reactions, "Top
# comments", the author card with "Follow" and "Read next".
PROBES.add(
    "pt_devto_article_fullscreen_toggle",
    "https://dev.example.to/carla_dev/testes-com-vitest-4k2p",
    page(
        "pt-BR",
        "Testes com Vitest em cinco minutos - DEV Community",
        "<div id='page-content'><main id='main-content'><article id='article-show-container' "
        "class='crayons-layout__content'><header class='crayons-article__header'><div "
        "class='crayons-article__subheader'><a class='crayons-link fw-bold'>Carla Souza</a>"
        "<time datetime='2026-05-06T12:00:00Z'>May 6</time></div><h1 class='fs-3xl "
        "crayons-article__title'>Testes com Vitest em cinco minutos</h1><div "
        "class='spec__tags'><a class='crayons-tag'>#javascript</a><a class='crayons-tag'>"
        "#testing</a></div></header><div class='crayons-article__main'><div "
        "class='crayons-article__body text-styles spec__body' data-article-id='1900001' "
        "id='article-body'><p>O Vitest usa a mesma configuração do Vite, então não há quase "
        "nada para instalar.</p><h2><a name='instalacao' href='#instalacao'></a>Instalação</h2>"
        "<div class='highlight js-code-highlight'><pre class='highlight shell'><code>npm "
        "install -D vitest</code></pre><div class='highlight__panel js-actions-panel'><div "
        "class='highlight__panel-action js-fullscreen-code-action'>Enter fullscreen mode"
        "</div><div class='highlight__panel-action js-fullscreen-code-action'>Exit fullscreen "
        "mode</div></div></div><h2><a name='primeiro-teste' href='#primeiro-teste'></a>"
        "Primeiro teste</h2><ul><li>Crie um arquivo terminado em .test.ts.</li><li>Rode npx "
        "vitest no terminal.</li></ul><p>O modo watch roda de novo só os testes afetados pela "
        "mudança.</p></div></div></article><div class='crayons-article-actions'><button>"
        "<span>34</span> reactions</button><button>Save</button></div><section "
        "id='comments'><h2>Top comments (2)</h2><div class='comment__body'><p>Valeu, Carla! "
        "Migrei do Jest hoje mesmo.</p></div></section><div class='crayons-card "
        "author-card'><a>Carla Souza</a><p>Dev front-end em Recife.</p><button>Follow"
        "</button><div class='key'>Joined</div><div>Mar 3, 2021</div></div><section "
        "class='crayons-card read-next'><h2>Read next</h2><a>Playwright para iniciantes</a>"
        "</section><div class='crayons-footer'>Code of Conduct • Report abuse</div></main>"
        "</div>",
    ),
    (
        "O Vitest usa a mesma configuração do Vite",
        "npm install -D vitest",
        "Crie um arquivo terminado em .test.ts.",
        "O modo watch roda de novo só os testes afetados pela mudança.",
    ),
    (
        "Enter fullscreen mode",
        "Migrei do Jest hoje mesmo.",
        "Dev front-end em Recife.",
        "Playwright para iniciantes",
    ),
)

# --- German, a LinkedIn article seen logged out: the author's headline under the title (no
# standfirst), the content blocks with a heading and a list; then the reaction bar, the
# sign-in wall's lines, "more articles by" and the author's follow card.
PROBES.add(
    "de_linkedin_article_sign_in_wall",
    "https://www.linkedin.example/pulse/warum-wir-die-vier-tage-woche-eingefuehrt-haben-1a2b",
    page(
        "de",
        "Warum wir die Vier-Tage-Woche eingeführt haben",
        "<main class='main'><section class='core-rail'><article class='article-main'><div "
        "class='article-main__header'><h1 class='pulse-title'>Warum wir die Vier-Tage-Woche "
        "eingeführt haben</h1><div class='base-main-card'><a class='base-main-card__title'>"
        "Katrin Vogel</a><p class='base-main-card__subtitle'>Geschäftsführerin bei "
        "Beispiel Logistik GmbH</p><time>Veröffentlicht: 12. Mai 2026</time><a "
        "class='follow-button'>+ Folgen</a></div></div><div class='article-main__content' "
        "data-test-id='article-content-blocks'><div class='reader-text-block__paragraph'><p>"
        "Seit einem Jahr arbeiten unsere vierzig Angestellten nur noch von Montag bis "
        "Donnerstag.</p></div><div class='reader-text-block__paragraph'><p>Die Krankentage "
        "sind um ein Drittel gesunken, der Umsatz ist gleich geblieben.</p></div><h2>Was wir "
        "gelernt haben</h2><ul><li>Besprechungen dauern höchstens dreißig Minuten.</li><li>"
        "Der Freitag ist für alle frei, nicht nur für einige.</li></ul><div "
        "class='reader-text-block__paragraph'><p>Zurück zur Fünf-Tage-Woche will niemand "
        "mehr.</p></div></div></article><div class='social-details'><span>"
        "Gefällt mir 218</span><span>31 Kommentare</span><a>Gefällt mir</a><a>Kommentieren"
        "</a><a>Teilen</a></div><div class='sign-in-modal'><h2>Melden Sie sich an, um mehr "
        "anzuzeigen</h2><a>Einloggen</a><a>Jetzt Mitglied werden</a></div><section "
        "class='more-articles'><h2>Weitere Artikel von Katrin Vogel</h2><a>Lagerarbeit neu "
        "gedacht</a><a>Was Pünktlichkeit kostet</a></section></section></main>",
    ),
    (
        "Seit einem Jahr arbeiten unsere vierzig Angestellten nur noch von Montag bis Donnerstag.",
        "Die Krankentage sind um ein Drittel gesunken",
        "Besprechungen dauern höchstens dreißig Minuten.",
        "Zurück zur Fünf-Tage-Woche will niemand mehr.",
    ),
    (
        "Geschäftsführerin bei Beispiel Logistik GmbH",
        "Melden Sie sich an, um mehr anzuzeigen",
        "Weitere Artikel von Katrin Vogel",
        "Lagerarbeit neu gedacht",
        "Was Pünktlichkeit kostet",
    ),
)

# --- Indonesian, a Kompasiana article: the read content with a subheading, then the
# rating buttons, the report link, "see more" of the channel, the comment box and the
# writer's card with "follow".
PROBES.add(
    "id_kompasiana_article_rating_buttons",
    "https://www.kompasiana.example/budisantoso/6650a1b2c3/menanam-padi-di-lahan-pasang-surut",
    page(
        "id",
        "Menanam Padi di Lahan Pasang Surut Halaman all - Kompasiana.com",
        "<div class='wrapper'><div class='container'><div class='row'><div class='col-lg-9'>"
        "<div class='read-box'><h1 class='title'>Menanam Padi di Lahan Pasang Surut</h1><div "
        "class='count-box'><span class='count-item'>Diperbarui: 20 Mei 2026 09:12</span>"
        "</div><div class='read-content col-lg-9 col-md-9 col-sm-9 col-xs-9'><p>Di desa kami, "
        "sawah naik turun mengikuti air sungai dua kali sehari.</p><p>Petani menunggu air "
        "surut untuk menanam bibit yang sudah berumur tiga minggu.</p><p><strong>Saluran "
        "dan pintu air</strong></p><p>Setiap petak punya pintu air kayu yang dibuka saat "
        "pasang dan ditutup saat surut.</p><p>Dengan cara ini, tanah tetap basah tanpa "
        "tergenang terlalu lama.</p></div><div class='rating-box'><p>Beri Nilai</p><a>"
        "Aktual</a><a>Inspiratif</a><a>Bermanfaat</a></div><div class='report'><a>Laporkan "
        "Konten</a></div><div class='see-more'><a>Lihat Humaniora Selengkapnya</a></div>"
        "</div><div class='comment-box'><h3>Beri Komentar</h3><p>Belum ada komentar. Jadilah "
        "yang pertama untuk memberikan komentar!</p></div></div><div class='col-lg-3'><div "
        "class='profile-box'><a>Budi Santoso</a><p>Penyuluh pertanian di Kalimantan Selatan."
        "</p><a class='btn-follow'>Ikuti</a></div><div class='terpopuler'><h3>Terpopuler</h3>"
        "<a>Panen raya di tepi Barito</a></div></div></div></div></div>",
    ),
    (
        "sawah naik turun mengikuti air sungai dua kali sehari.",
        "Petani menunggu air surut untuk menanam bibit",
        "dibuka saat pasang dan ditutup saat surut.",
        "tanah tetap basah tanpa tergenang terlalu lama.",
    ),
    (
        "Lihat Humaniora Selengkapnya",
        "Jadilah yang pertama untuk memberikan komentar!",
        "Penyuluh pertanian di Kalimantan Selatan.",
        "Panen raya di tepi Barito",
    ),
)

# --- Hindi, a story part on a Wattpad-like site: the part's paragraphs wrapped in <pre>,
# short lines of dialogue that must stay apart; then the vote and comment buttons,
# "continue reading the next part", "add to library" and "you'll also like".
PROBES.add(
    "hi_story_part_pre_paragraphs",
    "https://kahani.example.com/1400000001-purani-haveli-bhag-3",
    page(
        "hi",
        "पुरानी हवेली - भाग 3",
        "<div id='app-container'><div class='story-part'><header class='part-header'><h1 "
        "class='h2'>भाग 3: बंद कमरा</h1><div class='story-stats'><span>12.4K पढ़ा गया</span>"
        "<span>1.1K वोट</span></div></header><div class='panel panel-reading' dir='ltr'><pre>"
        "<p data-p-id='a1'>रात के बारह बजे थे जब अनु ने पहली बार वह आवाज़ सुनी।</p><p "
        "data-p-id='a2'>\"कौन है?\" उसने धीरे से पूछा।</p><p data-p-id='a3'>कोई जवाब नहीं आया।"
        "</p><p data-p-id='a4'>सीढ़ियों के ऊपर वाला कमरा सालों से बंद था, पर उसके दरवाज़े के "
        "नीचे से हल्की रोशनी आ रही थी।</p><p data-p-id='a5'>अनु ने लालटेन उठाई और ऊपर चल "
        "पड़ी।</p></pre></div><div class='part-actions'><button class='vote'>वोट करें</button>"
        "<button class='comment'>टिप्पणी</button><button>शेयर</button></div><a "
        "class='next-part'>अगला भाग पढ़ना जारी रखें</a><div class='story-info'><button>"
        "लाइब्रेरी में जोड़ें</button><p class='author'>लेखिका: मीरा</p></div><div "
        "class='similar-stories'><h3>आपको ये भी पसंद आ सकती हैं</h3><a>जंगल का रहस्य</a><a>"
        "आख़िरी ट्रेन</a></div></div></div>",
    ),
    (
        "रात के बारह बजे थे जब अनु ने पहली बार वह आवाज़ सुनी।",
        '"कौन है?" उसने धीरे से पूछा।',
        "कोई जवाब नहीं आया।",
        "नीचे से हल्की रोशनी आ रही थी।",
        "अनु ने लालटेन उठाई और ऊपर चल पड़ी।",
    ),
    (
        "पूछा।कोई",
        "अगला भाग पढ़ना जारी रखें",
        "लाइब्रेरी में जोड़ें",
        "जंगल का रहस्य",
        "आख़िरी ट्रेन",
    ),
)

# --- Thai, a Pantip topic: the opening post's <br> prose, its tags and emotion buttons;
# then the numbered comments and the topics "you may be interested in".
PROBES.add(
    "th_pantip_topic_br_prose_comments",
    "https://pantip.example/topic/42900001",
    page(
        "th",
        "รีวิวเที่ยวน่านสามวันสองคืน ขับรถเอง - Pantip",
        "<div id='main-wrapper'><div class='container'><div class='display-post-wrapper "
        "main-post'><div class='display-post-title'><h2 class='display-post-title'>"
        "รีวิวเที่ยวน่านสามวันสองคืน ขับรถเอง</h2></div><div class='display-post-story-"
        "wrapper'><div class='display-post-story'>สวัสดีค่ะ เพิ่งกลับจากน่านเมื่อวานนี้เลย"
        "อยากมาแชร์ค่ะ<br><br>วันแรกขับจากกรุงเทพฯ ออกตีห้า ถึงตัวเมืองน่านประมาณบ่ายสาม"
        "<br>ระหว่างทางแวะกินข้าวที่อุตรดิตถ์หนึ่งครั้ง<br><br>วันที่สองขึ้นดอยเสมอดาว "
        "ถนนชันมาก ควรใช้เกียร์ต่ำตลอด<br><br>ค่าใช้จ่ายรวมสองคนประมาณแปดพันบาท รวมที่พัก"
        "และน้ำมันแล้วค่ะ</div></div><div class='display-post-tag-wrapper'><a "
        "class='tag-item'>น่าน</a><a class='tag-item'>เที่ยวภาคเหนือ</a></div><div "
        "class='display-post-action'><span class='emotion-score'>ถูกใจ 45</span><a>แชร์"
        "</a><a>รายงาน</a></div><div class='display-post-avatar'><a "
        "class='display-post-name'>สมาชิกหมายเลข 1234567</a></div></div><div "
        "class='comment-wrapper'><div class='display-post-wrapper section-comment'><div "
        "class='display-post-number'>ความคิดเห็นที่ 1</div><div class='display-post-story'>"
        "ขอบคุณสำหรับรีวิวค่ะ เดือนหน้าจะไปเหมือนกัน</div></div></div><div "
        "class='related-topic'><h3>กระทู้ที่คุณอาจสนใจ</h3><a>เที่ยวแพร่ยังไงให้คุ้ม</a><a>"
        "ขับรถขึ้นดอยช่วงฝนตกอันตรายไหม</a></div></div></div>",
    ),
    (
        "วันแรกขับจากกรุงเทพฯ ออกตีห้า ถึงตัวเมืองน่านประมาณบ่ายสาม",
        "ระหว่างทางแวะกินข้าวที่อุตรดิตถ์หนึ่งครั้ง",
        "ถนนชันมาก ควรใช้เกียร์ต่ำตลอด",
        "ค่าใช้จ่ายรวมสองคนประมาณแปดพันบาท",
    ),
    (
        "ขอบคุณสำหรับรีวิวค่ะ เดือนหน้าจะไปเหมือนกัน",
        "เที่ยวแพร่ยังไงให้คุ้ม",
        "ขับรถขึ้นดอยช่วงฝนตกอันตรายไหม",
        "สมาชิกหมายเลข 1234567",
    ),
)

# --- Vietnamese, a Viblo post: the markdown contents with headings, a table and code; then
# the upvote column, "All rights reserved", the author's follow card and related posts.
PROBES.add(
    "vi_viblo_post_related_follow",
    "https://viblo.example.asia/p/toi-uu-truy-van-postgresql-voi-index-AbCdEfGh",
    page(
        "vi",
        "Tối ưu truy vấn PostgreSQL với index - Viblo",
        "<div id='__layout'><div class='post-page'><div class='post-body'><div "
        "class='votes votes--side'><button>Upvote</button><span>27</span><button>Downvote"
        "</button></div><article class='post-content'><h1 class='article-content__title'>"
        "Tối ưu truy vấn PostgreSQL với index</h1><div class='post-meta'><a>Nguyễn Minh</a>"
        "<span>Đã đăng vào thg 5 15, 2026 9:00 SA</span><span>5 phút đọc</span></div><div "
        "class='md-contents article-content__body'><p>Bảng đơn hàng của chúng tôi có hơn "
        "hai mươi triệu dòng và truy vấn theo ngày mất tới tám giây.</p><h2>Tạo index</h2>"
        "<pre><code class='language-sql'>CREATE INDEX idx_orders_created ON orders "
        "(created_at);</code></pre><h2>Kết quả</h2><table><thead><tr><th>Trường hợp</th><th>"
        "Thời gian</th></tr></thead><tbody><tr><td>Không có index</td><td>8,1 giây</td></tr>"
        "<tr><td>Có index</td><td>0,04 giây</td></tr></tbody></table><p>Đừng quên chạy "
        "ANALYZE sau khi nạp nhiều dữ liệu mới.</p></div><div class='post-license'>All rights "
        "reserved</div></article></div><div class='post-author'><a>Nguyễn Minh</a><p>Kỹ sư "
        "backend tại Đà Nẵng.</p><button>Theo dõi</button><span>128 người theo dõi</span></div>"
        "<div class='related-posts'><h3>Bài viết liên quan</h3><a>Partition bảng lớn trong "
        "PostgreSQL</a><a>Đọc EXPLAIN ANALYZE cho người mới</a></div><div "
        "class='comments'><h3>Bình luận</h3><p>Đăng nhập để bình luận</p></div></div></div>",
    ),
    (
        "truy vấn theo ngày mất tới tám giây.",
        "CREATE INDEX idx_orders_created ON orders",
        "0,04 giây",
        "Đừng quên chạy ANALYZE sau khi nạp nhiều dữ liệu mới.",
    ),
    (
        "Kỹ sư backend tại Đà Nẵng.",
        "128 người theo dõi",
        "Partition bảng lớn trong PostgreSQL",
        "Đọc EXPLAIN ANALYZE cho người mới",
    ),
)

# --- Spanish, a Tumblr text post on a theme: a poem in paragraphs of its own under a
# heading; then the post's tags, its notes count and reblog line, the previous and next
# links.
PROBES.add(
    "es_tumblr_text_post_notes",
    "https://luzdelsur.tumblr.example/post/750000000001/lo-que-queda",
    page(
        "es",
        "Luz del sur — Lo que queda",
        "<div id='container'><header id='header'><h1><a href='/'>Luz del sur</a></h1><p "
        "class='description'>poemas cortos, a veces fotos</p></header><div id='posts'>"
        "<article class='post text'><div class='post-content'><h2 class='title'>Lo que queda"
        "</h2><div class='body-text'><p>Queda la taza en la mesa,</p><p>la luz torcida en el "
        "pasillo,</p><p>tu abrigo que no se llevó nadie.</p><p>Queda la costumbre de poner "
        "dos platos</p><p>y guardar uno sin usar.</p></div></div><div class='post-meta'><ul "
        "class='tags'><li><a href='/tagged/poesía'>#poesía</a></li><li><a "
        "href='/tagged/duelo'>#duelo</a></li></ul><a class='notes'>128 notas</a><a "
        "class='reblog'>rebloguear</a><span class='date'>hace 2 días</span></div></article>"
        "</div><nav class='pagination'><a>← Anterior</a><a>Siguiente →</a></nav><footer>"
        "Tema de Ejemplo · Con la tecnología de Tumblr</footer></div>",
    ),
    (
        "Queda la taza en la mesa,",
        "la luz torcida en el pasillo,",
        "tu abrigo que no se llevó nadie.",
        "y guardar uno sin usar.",
    ),
    ("128 notas", "rebloguear", "poemas cortos, a veces fotos"),
)
