"""Client-rendered stories whose text is script data (Arc, Next.js, Contentful), not markup."""

from __future__ import annotations

from .pages import ARC_TEXT, Probes, as_json, script_shell

PROBES = Probes()

# --- Portuguese (Portugal), Arc rendered in the browser: the story's content elements in
# "Fusion.globalContent"; its interstitial link is another type, no text.
PROBES.add(
    "pt_arc_global_content",
    "https://www.example.pt/local/2026/04/02/arvores-nas-ruas/",
    script_shell(
        "pt-PT",
        "Dez mil árvores para as ruas",
        "<script>window.Fusion=window.Fusion||{};Fusion.globalContent="
        + as_json(
            {
                "type": "story",
                "headlines": {"basic": "Dez mil árvores para as ruas"},
                "content_elements": [
                    {"_id": "a1", "type": "text", "content": ARC_TEXT[0]},
                    {
                        "_id": "a2",
                        "type": "interstitial_link",
                        "content": "Leia também: Jardim municipal reabre",
                        "url": "/local/jardim",
                    },
                    {"_id": "a3", "type": "text", "content": ARC_TEXT[1]},
                    {"_id": "a4", "type": "header", "level": 2, "content": "Como participar"},
                    {"_id": "a5", "type": "text", "content": ARC_TEXT[2]},
                ],
            }
        )
        + ";Fusion.globalContentConfig={};</script>",
    ),
    ("La câmara municipal de Vale Serrano", "O plano custa três milhões", "Como participar"),
    ("Jardim municipal reabre",),
)

# --- Japanese, a Next.js page with Sanity's portable text in "__NEXT_DATA__".
PROBES.add(
    "ja_nextjs_portable_text",
    "https://www.example.jp/articles/kominka-hotel",
    script_shell(
        "ja",
        "古民家を宿に再生",
        "<script id='__NEXT_DATA__' type='application/json'>"
        + as_json(
            {
                "props": {
                    "pageProps": {
                        "post": {
                            "title": "古民家を宿に再生",
                            "body": [
                                {
                                    "_type": "block",
                                    "_key": key,
                                    "style": "normal",
                                    "children": [{"_type": "span", "text": text}],
                                }
                                for key, text in (
                                    (
                                        "k1",
                                        "山あいの集落にある築百年の古民家が、一棟貸しの宿として"
                                        "生まれ変わった。改修には地元の大工が二年をかけた。",
                                    ),
                                    (
                                        "k2",
                                        "宿を運営する田村真一さんは「梁や土間をできるだけ残し、"
                                        "昔の暮らしを体験してもらいたい」と話す。",
                                    ),
                                    (
                                        "k3",
                                        "宿泊は一日一組限定で、夕食には集落の畑でとれた野菜を"
                                        "使った料理が出る。",
                                    ),
                                )
                            ],
                        },
                        "related": [{"title": "温泉街に新しい足湯"}, {"title": "棚田の稲刈り体験"}],
                    }
                }
            }
        )
        + "</script>",
    ),
    ("山あいの集落にある築百年の古民家", "宿を運営する田村真一さん", "宿泊は一日一組限定"),
    ("温泉街に新しい足湯", "棚田の稲刈り体験"),
)

# --- Korean, Contentful's rich text in a JSON script: paragraphs and a heading.
PROBES.add(
    "ko_contentful_rich_text",
    "https://www.example.co.kr/stories/market-night",
    script_shell(
        "ko",
        "전통시장 야시장 개장",
        "<script type='application/json' id='initial-state'>"
        + as_json(
            {
                "entry": {
                    "fields": {
                        "title": "전통시장 야시장 개장",
                        "body": {
                            "nodeType": "document",
                            "content": [
                                {
                                    "nodeType": "paragraph",
                                    "content": [
                                        {
                                            "nodeType": "text",
                                            "value": "동문시장이 이번 주 금요일부터 매주 주말 밤 "
                                            "열 시까지 야시장을 연다. 먹거리 노점 서른 곳이 "
                                            "참여한다.",
                                        }
                                    ],
                                },
                                {
                                    "nodeType": "heading-2",
                                    "content": [{"nodeType": "text", "value": "주차는 어떻게"}],
                                },
                                {
                                    "nodeType": "paragraph",
                                    "content": [
                                        {
                                            "nodeType": "text",
                                            "value": "시장 상인회는 인근 초등학교 운동장을 임시 "
                                            "주차장으로 쓰기로 했다고 밝혔다.",
                                        }
                                    ],
                                },
                                {
                                    "nodeType": "paragraph",
                                    "content": [
                                        {
                                            "nodeType": "text",
                                            "value": "상인회장 최영숙 씨는 젊은 손님이 늘어 "
                                            "시장에 활기가 돌 것으로 기대한다고 말했다.",
                                        }
                                    ],
                                },
                            ],
                        },
                    }
                }
            }
        )
        + "</script>",
    ),
    ("동문시장이 이번 주 금요일부터", "주차는 어떻게", "시장 상인회는 인근", "상인회장 최영숙"),
    (),
)
