"""East and South-East Asian languages: Vietnamese, Indonesian, Thai, Tagalog, Malay, Khmer,
Burmese."""

from __future__ import annotations

from .kit import (
    WIB,
    Probe,
    blogger,
    board_thread,
    event_page,
    forum,
    jsonld,
    later_thread_page,
    mediawiki,
    medium,
    news_cms,
    news_page,
    plain_blog,
    shop_product,
    sphinx_docs,
    tag_links,
    title_only,
    when,
    wordpress,
)
from .texts import ID, JA, KM, MS, MY, TH, TL, VI

PROBES: tuple[Probe, ...] = (
    Probe(
        "vi_forum_later_page",
        "vi",
        forum(
            "vi",
            "Chợ mới ở phường - Trang 3",
            "Chợ mới ở phường",
            VI,
            user="nguoimientay",
            posted="05/03/2024 19:42",
            head=later_thread_page("Chợ mới ở phường", "2024-01-10T08:00:00+07:00"),
        ),
        {"title": "Chợ mới ở phường", "published": when(2024, 3, 5, 19, 42), "language": "vi"},
    ),
    Probe(
        "vi_news_gmt7_author_after",
        "vi",
        news_cms(
            "vi",
            "Khánh thành cầu mới bắc qua sông - Báo Đồng Bằng",
            "Khánh thành cầu mới bắc qua sông",
            VI,
            site="Báo Đồng Bằng",
            meta='<span class="date">Thứ ba, 5/3/2024, 14:30 (GMT+7)</span>',
            after='<p class="author" style="text-align:right"><strong>Minh Anh</strong></p>',
            section="Thời sự",
        ),
        {
            "title": "Khánh thành cầu mới bắc qua sông",
            "authors": ("Minh Anh",),
            "published": when(2024, 3, 5, 14, 30, tz=WIB),
            "publisher": "Báo Đồng Bằng",
            "language": "vi",
        },
    ),
    Probe(
        "vi_wp_dang_boi",
        "vi",
        wordpress(
            "vi",
            "Hỗ trợ các hộ bị ảnh hưởng | Tin Tức Miền Tây",
            "Hỗ trợ các hộ bị ảnh hưởng",
            VI,
            site="Tin Tức Miền Tây",
            meta='<span class="byline">Đăng bởi <a href="/author/n/">Nguyễn Văn An</a></span> '
            '<span class="posted-on">05/03/2024</span>',
            footer=tag_links("Từ khóa:", ("cầu", "giao thông")),
        ),
        {
            "title": "Hỗ trợ các hộ bị ảnh hưởng",
            "authors": ("Nguyễn Văn An",),
            "published": when(2024, 3, 5),
            "tags": ("cầu", "giao thông"),
            "publisher": "Tin Tức Miền Tây",
            "language": "vi",
        },
    ),
    Probe(
        "vi_news_ngay",
        "vi",
        news_cms(
            "vi",
            "Cầu mới rút ngắn thời gian đi lại | Đời Sống Cần Thơ",
            "Cầu mới rút ngắn thời gian đi lại",
            VI,
            meta='<span class="author">Lê Thu Hà</span> - <span class="date">14:30 ngày '
            "05/03/2024</span>",
            after='<div class="tags">Tags: <a href="/tag/1">cầu</a> <a href="/tag/2">Cần Thơ</a>'
            "</div>",
            section="Xã hội",
        ),
        {
            "title": "Cầu mới rút ngắn thời gian đi lại",
            "authors": ("Lê Thu Hà",),
            "published": when(2024, 3, 5, 14, 30),
            "tags": ("cầu", "Cần Thơ"),
            "publisher": "Đời Sống Cần Thơ",
            "language": "vi",
        },
    ),
    # --- Indonesian --------------------------------------------------------------------
    Probe(
        "id_news_wib_editor",
        "id",
        news_cms(
            "id",
            "Pasar Tradisional Selesai Direnovasi - Warta Nusantara",
            "Pasar Tradisional Selesai Direnovasi",
            ID,
            site="Warta Nusantara",
            meta='<span class="author">Penulis: Budi Santoso | Editor: Sari Dewi</span>'
            '<span class="date">Selasa, 05 Mar 2024 14:30 WIB</span>',
            after='<div class="tags">Tag: <a href="/tag/1">pasar</a> <a href="/tag/2">pedagang</a>'
            "</div>",
            section="Regional",
        ),
        {
            "title": "Pasar Tradisional Selesai Direnovasi",
            "authors": ("Budi Santoso",),
            "published": when(2024, 3, 5, 14, 30, tz=WIB),
            "tags": ("pasar", "pedagang"),
            "publisher": "Warta Nusantara",
            "language": "id",
        },
    ),
    Probe(
        "id_wp_oleh",
        "id",
        wordpress(
            "id",
            "Tarif Sewa Kios Akan Ditinjau | Kabar Kota",
            "Tarif Sewa Kios Akan Ditinjau",
            ID,
            site="Kabar Kota",
            lead="Pemerintah kota berjanji meninjau tarif sewa kios sebelum akhir bulan.",
            meta='<span class="byline">Oleh: <a href="/author/r/">Rina Wulandari</a></span> '
            '<span class="posted-on">5 Maret 2024</span>',
            footer=tag_links("Tags:", ("pasar", "sewa kios")),
        ),
        {
            "title": "Tarif Sewa Kios Akan Ditinjau",
            "authors": ("Rina Wulandari",),
            "published": when(2024, 3, 5),
            "tags": ("pasar", "sewa kios"),
            "publisher": "Kabar Kota",
            "language": "id",
            "lead": "Pemerintah kota berjanji meninjau tarif sewa kios sebelum akhir bulan.",
        },
    ),
    Probe(
        "id_blogger",
        "id",
        blogger(
            "id",
            "Catatan Pasar: Hari Pertama di Pasar Baru",
            "Hari Pertama di Pasar Baru",
            ID,
            blog="Catatan Pasar",
            date_header="Selasa, 05 Maret 2024",
            posted_by='Diposting oleh <span class="fn">Dimas Pratama</span> di '
            '<abbr class="published" title="2024-03-05T19:10:00+07:00">19.10</abbr>',
            labels='Label: <a href="/search/label/a" rel="tag">kuliner</a>, '
            '<a href="/search/label/b" rel="tag">pasar</a>',
        ),
        {
            "title": "Hari Pertama di Pasar Baru",
            "authors": ("Dimas Pratama",),
            "published": when(2024, 3, 5, 19, 10, tz=WIB),
            "tags": ("kuliner", "pasar"),
            "language": "id",
        },
    ),
    # --- Thai --------------------------------------------------------------------------
    Probe(
        "th_news_thai_digits_be",
        "th",
        news_cms(
            "th",
            "เปิดสวนสาธารณะแห่งใหม่ริมแม่น้ำ - ข่าวเมืองเหนือ",
            "เปิดสวนสาธารณะแห่งใหม่ริมแม่น้ำ",
            TH,
            site="ข่าวเมืองเหนือ",
            meta='<span class="author">โดย สมชาย ใจดี</span><span class="date">๕ มีนาคม ๒๕๖๗</span>',
            after='<div class="tags">แท็ก: <a href="/tag/1">สวนสาธารณะ</a> <a href="/tag/2">เทศบาล'
            "</a></div>",
            section="ภูมิภาค",
        ),
        {
            "title": "เปิดสวนสาธารณะแห่งใหม่ริมแม่น้ำ",
            "authors": ("สมชาย ใจดี",),
            "published": when(2024, 3, 5),
            "tags": ("สวนสาธารณะ", "เทศบาล"),
            "publisher": "ข่าวเมืองเหนือ",
            "language": "th",
        },
    ),
    Probe(
        "th_news_short_be_time",
        "th",
        news_cms(
            "th",
            "ชาวบ้านกังวลที่จอดรถไม่พอ | ไทยนิวส์ออนไลน์",
            "ชาวบ้านกังวลที่จอดรถไม่พอ",
            TH,
            meta='<span class="date">5 มี.ค. 67 14:30 น.</span>',
            after='<p class="writer">ผู้เขียน: วิภาวดี ศรีสุข</p>',
            section="ข่าว",
        ),
        {
            "title": "ชาวบ้านกังวลที่จอดรถไม่พอ",
            "authors": ("วิภาวดี ศรีสุข",),
            "published": when(2024, 3, 5, 14, 30),
            "publisher": "ไทยนิวส์ออนไลน์",
            "language": "th",
        },
    ),
    Probe(
        "th_relative_only",
        "th",
        news_cms(
            "th",
            "เทศบาลเตรียมสร้างลานจอดรถ - ข่าวท้องถิ่น",
            "เทศบาลเตรียมสร้างลานจอดรถ",
            TH,
            meta='<span class="date">3 ชั่วโมงที่แล้ว</span>',
            section="ท้องถิ่น",
        ),
        {
            "title": "เทศบาลเตรียมสร้างลานจอดรถ",
            "published": None,
            "language": "th",
        },
    ),
    # --- Tagalog -----------------------------------------------------------------------
    Probe(
        "tl_news_ni",
        "tl",
        news_cms(
            "tl",
            "Bagong palengke, binuksan sa sentro ng bayan | Balitang Bayan",
            "Bagong palengke, binuksan sa sentro ng bayan",
            TL,
            site="Balitang Bayan",
            meta='<span class="author">Ni Maria Santos</span>'
            '<span class="date">Marso 5, 2024 | 10:15 AM</span>',
            after='<div class="tags">Mga Tag: <a href="/tag/1">palengke</a> <a href="/tag/2">'
            "lokal</a></div>",
            section="Probinsya",
        ),
        {
            "title": "Bagong palengke, binuksan sa sentro ng bayan",
            "authors": ("Maria Santos",),
            "published": when(2024, 3, 5, 10, 15),
            "tags": ("palengke", "lokal"),
            "publisher": "Balitang Bayan",
            "language": "tl",
        },
    ),
    Probe(
        "tl_medium",
        "tl",
        medium(
            "tl",
            "Ang upa sa palengke. Isang sanaysay | by Jose Ramos | Sanaysay",
            "Ang upa sa palengke",
            TL,
            author="Jose Ramos",
            shown="Mar 5, 2024",
            subtitle="Bakit nagrereklamo ang mga tindero sa bagong palengke",
        ),
        {
            "title": "Ang upa sa palengke",
            "authors": ("Jose Ramos",),
            "published": when(2024, 3, 5),
            "language": "tl",
        },
    ),
    # --- Malay -------------------------------------------------------------------------
    Probe(
        "ms_news_oleh_at_pm",
        "ms",
        news_cms(
            "ms",
            "Pasar awam baharu dirasmikan | Berita Semenanjung",
            "Pasar awam baharu dirasmikan",
            MS,
            site="Berita Semenanjung",
            meta='<span class="author">Oleh Ahmad Faizal</span>'
            '<span class="date">Mac 5, 2024 @ 2:30pm</span>',
            after='<div class="tags">Tag: <a href="/tag/1">pasar</a> <a href="/tag/2">peniaga</a>'
            "</div>",
            section="Nasional",
        ),
        {
            "title": "Pasar awam baharu dirasmikan",
            "authors": ("Ahmad Faizal",),
            "published": when(2024, 3, 5, 14, 30),
            "tags": ("pasar", "peniaga"),
            "publisher": "Berita Semenanjung",
            "language": "ms",
        },
    ),
    Probe(
        "ms_wp_diterbitkan",
        "ms",
        wordpress(
            "ms",
            "Kadar sewa gerai akan disemak &#8211; Suara Bandar",
            "Kadar sewa gerai akan disemak",
            MS,
            site="Suara Bandar",
            meta='<span class="posted-on">Diterbitkan pada 5 Mac 2024</span> '
            '<span class="byline">oleh <a href="/author/s/">Siti Aminah</a></span>',
            footer=tag_links("Tag:", ("sewa", "gerai")),
        ),
        {
            "title": "Kadar sewa gerai akan disemak",
            "authors": ("Siti Aminah",),
            "published": when(2024, 3, 5),
            "tags": ("sewa", "gerai"),
            "publisher": "Suara Bandar",
            "language": "ms",
        },
    ),
    Probe(
        "km_day_period_after_time",
        "km",
        news_cms(
            "km",
            "បើកសួនច្បារសាធារណៈថ្មីនៅមាត់ទន្លេ | ព័ត៌មានភ្នំពេញថ្ងៃនេះ",
            "បើកសួនច្បារសាធារណៈថ្មីនៅមាត់ទន្លេ",
            KM,
            site="ព័ត៌មានភ្នំពេញថ្ងៃនេះ",
            meta='<span class="author">ដោយ៖ សុខ ចាន់ថា</span>'
            '<span class="date">ថ្ងៃអង្គារ ទី៥ ខែមីនា ឆ្នាំ២០២៤ ម៉ោង ២:៣០ រសៀល</span>',
            section="សង្គម",
        ),
        {
            "title": "បើកសួនច្បារសាធារណៈថ្មីនៅមាត់ទន្លេ",
            "authors": ("សុខ ចាន់ថា",),
            "published": when(2024, 3, 5, 14, 30),
            "publisher": "ព័ត៌មានភ្នំពេញថ្ងៃនេះ",
            "language": "km",
        },
    ),
    Probe(
        "my_news_burmese_digits",
        "my",
        news_page(
            "my",
            "မြစ်ကမ်းနားတွင် ဥယျာဉ်အသစ် ဖွင့်လှစ်",
            "ရွှေမြို့သတင်း",
            MY,
            '<span class="author">ရေးသားသူ - ကျော်ဇောဦး</span>'
            '<span class="date">မတ် ၅၊ ၂၀၂၄ ၁၀:၃၀</span>',
            section="သတင်း",
        ),
        {
            "title": "မြစ်ကမ်းနားတွင် ဥယျာဉ်အသစ် ဖွင့်လှစ်",
            "authors": ("ကျော်ဇောဦး",),
            "published": when(2024, 3, 5, 10, 30),
            "language": "my",
        },
    ),
    # --- relative stamps beside the byline ("2 giờ trước", "3 ชั่วโมงที่แล้ว") ------------
    Probe(
        "vi_news_relative_author_line",
        "vi",
        news_cms(
            "vi",
            "Chợ nổi mở thêm bến mới - Tin Miền Sông",
            "Chợ nổi mở thêm bến mới",
            VI,
            site="Tin Miền Sông",
            meta='<div class="author">Trần Minh Quân - 2 giờ trước</div>',
            head=jsonld(
                headline="Chợ nổi mở thêm bến mới", datePublished="2024-03-05T09:15:00+07:00"
            ),
            section="Địa phương",
        ),
        {
            "title": "Chợ nổi mở thêm bến mới",
            "authors": ("Trần Minh Quân",),
            "published": when(2024, 3, 5, 9, 15, tz=WIB),
            "language": "vi",
        },
    ),
    Probe(
        "th_wp_relative_posted_on",
        "th",
        wordpress(
            "th",
            "ตลาดน้ำเปิดท่าเรือใหม่ - บล็อกริมคลอง",
            "ตลาดน้ำเปิดท่าเรือใหม่",
            TH,
            site="บล็อกริมคลอง",
            meta='<span class="posted-on">3 ชั่วโมงที่แล้ว</span>',
        ),
        {"title": "ตลาดน้ำเปิดท่าเรือใหม่", "published": None, "language": "th"},
    ),
    Probe(
        "ja_sphinx_docs_contributors",
        "ja",
        sphinx_docs(
            "ja",
            "インストール — かざぐるま 2.1 ドキュメント",
            "インストール",
            (
                "かざぐるまは Python 3.10 以降で動作します。パッケージ管理ツールから次のコマンドで"
                "インストールしてください。",
                "社内のミラーを使う場合は、設定ファイルにミラーのアドレスを書いておくと便利です。",
            ),
            project="かざぐるま",
            credits="この章の執筆者：佐藤 健、鈴木 花子",
        ),
        {"title": "インストール", "authors": ("佐藤 健", "鈴木 花子"), "language": "ja"},
    ),
    Probe(
        "ko_mediawiki_entry",
        "ko",
        mediawiki(
            "ko",
            "강변 습지 - 마을위키",
            "강변 습지",
            (
                "는 읍내 남쪽 강가에 있는 작은 습지로, 봄마다 철새가 찾아온다. 2010년대에 주민들이 "
                "정화 작업을 시작했다.",
                "습지 둘레에는 나무 데크 산책로가 놓여 있으며 안내판에서 새의 이름을 "
                "확인할 수 있다.",
            ),
            wiki="마을위키",
        ),
        {"title": "강변 습지", "authors": (), "language": "ko"},
    ),
    Probe(
        "zh_shop_logo_h1",
        "zh",
        shop_product(
            "zh",
            "手工竹编收纳篮 - 竹韵小铺",
            "手工竹编收纳篮",
            (
                "选用本地毛竹，由老师傅手工编织，透气耐用，适合存放水果、毛巾和杂物。",
                "每只篮子尺寸略有不同，请以收到的实物为准。",
            ),
            shop="竹韵小铺",
            crumbs=("首页", "家居收纳"),
            price="¥ 89.00",
        ),
        {"title": "手工竹编收纳篮", "authors": (), "language": "zh"},
    ),
    Probe(
        "vi_board_thread_usernames",
        "vi",
        board_thread(
            "vi",
            "Hỏi cách trồng rau trên sân thượng | Diễn đàn Nhà Vườn",
            "Hỏi cách trồng rau trên sân thượng",
            (
                ("bactu_cantho", VI[0]),
                ("Hoa Sen 88", "Bạn nên dùng thùng xốp và đất trộn phân trùn quế."),
            ),
            board="Diễn đàn Nhà Vườn",
        ),
        {
            "title": "Hỏi cách trồng rau trên sân thượng",
            "authors": ("bactu_cantho",),
            "language": "vi",
        },
    ),
    Probe(
        "th_title_only_site_first",
        "th",
        title_only(
            "th",
            "บ้านสวนเชียงราย - เทศกาลดอกไม้บานที่ดอยสูง",
            TH,
            site="บ้านสวนเชียงราย",
            byline="โดย มาลี ศรีสุข",
        ),
        {
            "title": "เทศกาลดอกไม้บานที่ดอยสูง",
            "authors": ("มาลี ศรีสุข",),
            "language": "th",
        },
    ),
    Probe(
        "id_blog_written_by_two",
        "id",
        plain_blog(
            "id",
            "Menanam Cabai di Pot | Kebun Kecil Ayu",
            ID,
            blog="Kebun Kecil Ayu",
            heading="Menanam Cabai di Pot",
            byline="Ditulis oleh Ayu Lestari dan Bayu Nugroho pada 5 Maret 2024",
        ),
        {
            "title": "Menanam Cabai di Pot",
            "authors": ("Ayu Lestari", "Bayu Nugroho"),
            "published": when(2024, 3, 5),
            "language": "id",
        },
    ),
    Probe(
        "ja_shop_bracket_label_title",
        "ja",
        shop_product(
            "ja",
            "【送料無料】手作り木のスプーン｜きらめき雑貨店",
            "手作り木のスプーン",
            ("山桜の木を職人が一本ずつ削り出したスプーンです。", "食洗機はご使用いただけません。"),
            shop="きらめき雑貨店",
            crumbs=("ホーム", "キッチン"),
            price="¥1,800",
        ),
        {"title": "手作り木のスプーン", "authors": (), "language": "ja"},
    ),
    Probe(
        "vi_event_kind_label_title",
        "vi",
        event_page(
            "vi",
            "Sự kiện: Hội chợ hoa xuân 2024 - Nhà Văn Hóa Phường",
            "Hội chợ hoa xuân 2024",
            ("Hội chợ trưng bày hoa, cây cảnh và đồ thủ công của các hộ dân trong phường.",),
            site="Nhà Văn Hóa Phường",
            when_where="Thứ bảy, 23/3/2024 · Sân nhà văn hóa",
            organiser="Đơn vị tổ chức: Đoàn thanh niên phường",
        ),
        {"title": "Hội chợ hoa xuân 2024", "authors": (), "language": "vi"},
    ),
    Probe(
        "th_blog_posted_by",
        "th",
        plain_blog(
            "th",
            "สวนสาธารณะแห่งใหม่ริมแม่น้ำ | บันทึกคนเมือง",
            TH,
            blog="บันทึกคนเมือง",
            heading="สวนสาธารณะแห่งใหม่ริมแม่น้ำ",
            byline="โพสต์โดย มาลี ศรีสุข",
        ),
        {"title": "สวนสาธารณะแห่งใหม่ริมแม่น้ำ", "authors": ("มาลี ศรีสุข",), "language": "th"},
    ),
    Probe(
        "ja_blog_role_in_brackets",
        "ja",
        plain_blog(
            "ja",
            "新しい橋が開通 | まちのノート",
            (
                "新しい橋が火曜日に開通した。一日に二万台の車が通る見込みだ。",
                "住民は通勤時間が半分になると話した。",
            ),
            blog="まちのノート",
            heading="新しい橋が開通",
            byline="文：佐藤健（市立図書館長）",
        ),
        {"title": "新しい橋が開通", "authors": ("佐藤健",), "language": "ja"},
    ),
    # --- A byline whose mark comes after the name: Japanese "著" ("written by"), as a
    # column or a book excerpt credits its writer ("中村美咲 著")
    Probe(
        "ja_blog_label_after_name",
        "ja",
        plain_blog(
            "ja",
            "川沿いに新しい公園 | まちのノート",
            JA,
            blog="まちのノート",
            heading="川沿いに新しい公園",
            byline="中村美咲 著",
        ),
        {"authors": ("中村美咲",), "language": "ja"},
    ),
)
