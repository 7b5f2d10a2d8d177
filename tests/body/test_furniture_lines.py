"""Which short lines are furniture: dates, contact lines and closing notes, against the
sentences of the text that look like them."""

from __future__ import annotations

import pytest

import newsextract
from newsextract import warm_up
from newsextract.body import characters, furniture_lines, label_gate, label_lines, prompts
from newsextract.body.about_lines import is_about_line
from newsextract.body.credit_lines import without_credit
from newsextract.body.furniture_lines import is_furniture_line
from newsextract.body.prompts import is_box_prompt
from newsextract.body.teaser_lines import is_excerpt
from newsextract.label_lists import LabelList
from newsextract.labels import starts_with, words

# Lines that are furniture: page stamps, bylines, credits, prompts, labels, share and meta lines.
FURNITURE_LINES = [
    # A page stamp is a date line.
    "5. März 2024, 10:30 Uhr",
    "Published: March 5, 2024 at 10:30",
    "Stand: 12.03.2021, 18 Uhr",
    "Updated: 10:30",
    # A date with its month in the case dates are written in is a date line.
    "12 grudnia 2026",
    "3 декабря 2025, 14:20",
    "5. joulukuuta 2026 klo 8.00",
    "14 грудня 2025",
    # A numeric date is no release number.
    "27.11.2026",
    "Stand: 12.03.2024, 10.15 Uhr",
    "1.3.24 10:30",
    # A date in a script without spaces is a date line.
    "2024年3月5日 10:30",
    "2024年3月5日（火）10時30分",
    "5 มีนาคม 2567 เวลา 10:30 น.",
    "渡辺洋介2025年1月13日 21時37分",  # a writer's name glued to the date
    # A contact line is furniture.
    "Kontakt: redaktion@zeitung.example",
    "Write to Jane Roe at jane.roe@paper.example and John Smith at john.smith@paper.example",
    # A row of share channels is a share bar.
    "03 May 2025 Facebook Email App WhatsApp 4",
    "Facebook X WhatsApp E-Mail Drucken",
    # A byline is its label and a name.
    "By Jane Roe",
    "Par Marie Dupont, le 5 mars",
    "von dpa",
    "By: Staff",
    # A time with a date or alone is a date line.
    "10:30 Uhr",
    "10:30 5 March 2024",
    "14.03.2024 10:30",
    # A reading time line is furniture.
    "4 min read",
    "Estimated reading time: 6 minutes",
    "By Jane Roe · 6 min read",
    "Lesedauer: 5 Minuten",
    "Temps de lecture : 4 min",
    "Okuma süresi: 4 dk",
    "約3分で読めます",
    "阅读时间：3分钟",
    # A related stories label is furniture.
    "Weitere Artikel zum Thema",
    "You may also like",
    "Noticias relacionadas",
    "Meer nieuws",
    # A label before a full width colon is a label.
    # Chinese and Japanese write the colon full width: "来源：" is "Source:".
    "来源：新华社",
    "摄影：陈涛",
    "写真：北斗新聞社",
    "相关阅读：地铁新线开通",
    # An agency alone or a credit after an equals sign is a credit line.
    "— Reuters",
    "(MTI)",
    "-- AFP",
    "[사진=한빛일보 DB]",
    "사진=연합뉴스",
    # A post meta line with a comment count is furniture.
    "12 Comments",
    "23 komentarze",
    "12 grudnia 2026 przez Anna Wiśniewska · 23 komentarze",
    # A table of contents title alone is a widget label.
    "Sadržaj",
    "Obsah",
    "Sisällysluettelo",
    "Inhoudsopgave",
    "Съдържание",
    "Sisukord",
    # A byline in an indic script counts its words whole.
    # A vowel sign or virama does not end a word: the name is two words, not five.
    "अंकित वर्मा5 min read·Nov 24, 2026",
    "सुनील कुमार · 24 नवंबर 2026, 10:30",
    # A share prompt with its verb last is furniture.
    "このニュースをシェア",
    "記事をシェアする",
    "기사 공유하기",
    # A credit's label set off by a spaced dash (Burmese and others).
    "ဓာတ်ပုံ - ဆုမွန်",
    "Foto – Jan Vlček",
]

# Lines of the text that look like furniture: each group says what tells them apart.
TEXT_LINES = [
    # A price is no time of day, whatever its dot says: a menu's or a listing's line.
    "£18.50",
    "7.50 €",
    "$12.30 per person",
    # A date under the texts own label is text.
    "Termin: 12.03.2021, 18 Uhr",
    "Deadline: 3 April 2024",
    "Kick-off time: 19:45",
    # A release heading with its date is text.
    # A release's number is no date's figures: the line heads that release's notes.
    "2.4.1 — 9 October 2025",
    "Patch notes 4.47.4",
    "v3.1 (12 March 2025)",
    "1.0.2 – 03.02.2025",
    # A sentence with a date in a script without spaces is text.
    # A run of Han or kana letters is a clause, not one word: its letters count as words.
    "梁振英在星期二（12月10日）的答问大会开始之际在其演说中道歉，但强调他没有隐瞒的意图。",
    "民主党此前计划在星期三（11日）对梁振英提出不信任动议。",
    "気象庁は13日午後9時19分ごろ、日向灘で震度5弱の地震があったと発表した。",
    # A sentence opening with a byline label is text.
    "By the end of the module you should be able to:",
    "by the way, the lock is open",
    # A time before words of its own times an entry.
    "00:00 Introduction",
    "02:22 Why bats fly at dusk",
    "(00:00) Introduction",
    "[14:40] Signal priority, explained",
    "03:12 – Why buses bunch",
    # A day after a byline label opens a sentence.
    "By Saturday the pitch markings had already been painted over.",
    "Von Montag an gilt auf der Brücke ein Tempolimit.",
    # A sentence or label without a number is not a reading time.
    "The reading time was 4 hours for the jury.",
    "Reading time",
    "Lesezeit für Kinder",
    # A span of hours is an events time not a date line.
    "Sunday, November 29, 2026, 2:00 PM – 5:00 PM",
    "Mo–Fr 8:00–12:00",
    "Samstag, 19h - 21h30",
    # A byline label before a figure opens a time or a count.
    "By 10 am",
    "Von 8 bis 12 Uhr",
    "Par 3 voix contre 2",
    # Counts and dotted lists of the text are text.
    "12 comments on the bill were read out",
    "2 eggs · 300 g flour · 1 pinch of salt",
    "Python · Rust · Go",
    # A credit's label before a dash that opens no name, or a word that is no label.
    "Foto - 12 Bilder aus dem Archiv",
    "Photography – a beginner's guide to light",
    # A heading or sentence ending near a share word is text.
    "Market share",
    "このニュースをシェアしたことで話題になった",
]


@pytest.mark.parametrize("line", FURNITURE_LINES)
def test_a_furniture_line_is_furniture(line: str) -> None:
    assert is_furniture_line(line)


@pytest.mark.parametrize("line", TEXT_LINES)
def test_a_line_of_the_text_is_no_furniture(line: str) -> None:
    assert not is_furniture_line(line)


def test_a_sentence_naming_an_address_is_text() -> None:
    line = (
        "Please do not file a public issue; instead send your report privately to "
        "security@project.example."
    )
    assert not is_furniture_line(line)


def test_a_closing_invitation_to_write_to_the_newsroom_is_about_the_article() -> None:
    assert is_about_line("Got a story? Get in touch with our news team at news@paper.example.")


@pytest.mark.parametrize(
    "text",
    [
        "Why carry crates of water up the stairs when the tap is there, and Read more …",
        "After two winters the lock is open again. The repairs took longer […] Weiterlesen",
        "The council's figures for the year are out. Read more »",
    ],
)
def test_another_pages_excerpt_ends_in_its_read_more_link(text: str) -> None:
    assert is_excerpt(text, links=12)


def test_a_sentence_ending_with_read_more_words_is_no_excerpt() -> None:
    assert not is_excerpt("The minister asked voters to read more before they decide.", links=4)
    assert not is_excerpt("After two winters the lock is open again. Read more …", links=0)


def test_a_sentence_naming_networks_is_text() -> None:
    line = "He posted it on Facebook, Twitter and WhatsApp on Monday before deleting it."
    assert not is_furniture_line(line)


def test_a_block_without_a_letter_or_figure_is_dropped() -> None:
    paragraph = (
        "<p>The council approved the new cycle lanes on Tuesday after a long debate about "
        "parking, and work is due to start in the spring once the contracts are signed.</p>"
    )
    second = paragraph.replace("Tuesday", "Monday")
    html = (
        f"<html><body><article><h1>Lanes</h1>{paragraph}<p>_ ¯</p>{second}</article></body></html>"
    )
    body = newsextract.extract(html).body
    assert "¯" not in body and "Monday" in body


def test_a_name_that_is_a_month_is_still_a_byline() -> None:
    assert is_furniture_line("By April Smith")


def test_a_sentence_with_a_full_width_colon_is_text() -> None:
    assert not is_furniture_line("市长：这是保护市民生活的必要预算。")


def test_a_sentence_naming_an_agency_is_text() -> None:
    assert not is_furniture_line("Reuters reported the figures on Monday.")


@pytest.mark.parametrize(
    ("text", "prompt"),
    [
        ("Sign up to our newsletter for the top stories.", True),
        ("Newsletter abonnieren", True),
        ("※続きは会員登録でお読みいただけます。", True),
        ("立即订阅我们的新闻简报", True),
        ("The council will send a newsletter about bin days to every household.", False),
        ("新聞の購読料は来年4月から月額200円値上げされる。", False),
        ("市立図書館は、会員登録をした市民に電子書籍の貸し出しを始めた。", False),
        ("停车场将从明年1月1日起改为付费使用。", False),
        # A notice asking to disable the ad blocker is a box of its own, not the text;
        # a sentence about ad blockers is text.
        ("Some features of this site may not load while an ad blocker is enabled.", True),
        ("Bitte deaktivieren Sie Ihren Werbeblocker, um die Kommentare zu sehen.", True),
        ("A third of readers now use an ad blocker, the survey found.", False),
        # A line promoting the site's app is a prompt; a sentence about an app is text.
        ("Get the latest news straight to your phone with the Harbour Times app.", True),
        ("The council's new app lets residents report potholes from their phone.", False),
    ],
)
def test_a_prompt_asks_the_reader_a_sentence_naming_a_subscription_does_not(
    text: str, prompt: bool
) -> None:
    assert is_box_prompt(text) is prompt


@pytest.mark.parametrize(
    ("caption", "kept"),
    [
        ("Nové kolo je z modřínového dřeva. Foto: Jan Vlček", "Nové kolo je z modřínového dřeva."),
        ("Ada Okafor at the summit. © Larchmere Photo / Tom Reed", "Ada Okafor at the summit."),
        ("The weir after the flood (Photo: River Trust)", "The weir after the flood"),
        ("Foto: Jan Vlček", "Foto: Jan Vlček"),  # only a credit: a credit line, judged as one
        ("The mill in 1870: its wheel and race", "The mill in 1870: its wheel and race"),
    ],
)
def test_a_caption_loses_the_credit_that_ends_it(caption: str, kept: str) -> None:
    assert without_credit(caption) == kept


def test_an_in_text_ad_slots_scroll_line_is_furniture() -> None:
    # Indonesian portals set it in a caption-classed <p> inside the text, now read as one.
    assert is_furniture_line("SCROLL TO CONTINUE WITH CONTENT")


def test_a_box_asking_to_scan_a_qr_code_and_follow_is_a_prompt() -> None:
    assert is_box_prompt("每天推送最新的行业资讯，更多福利请扫描二维码关注我们的公众号")


@pytest.mark.parametrize(
    "line",
    [
        "The views expressed in this column are the writer's own.",
        "الآراء الواردة في هذا المقال تعبر عن رأي كاتبها فقط.",
    ],
)
def test_an_opinion_pages_disclaimer_is_about_the_article(line: str) -> None:
    assert is_about_line(line)


@pytest.mark.parametrize(
    ("caption", "kept"),
    [
        (
            "시민들이 열차를 기다리고 있다. 2026.11.30 [사진=연합뉴스]",
            "시민들이 열차를 기다리고 있다.",
        ),
        ("工作人员将中华鲟放入长江。（图片来源：宜昌日报）", "工作人员将中华鲟放入长江。"),
        ("Lumi kertyy rannalle. Kuva: Aino Mäkelä", "Lumi kertyy rannalle."),
        ("这是一张地图：来源不明", "这是一张地图：来源不明"),
    ],
)
def test_a_caption_loses_a_credit_under_a_label_of_the_language_data(
    caption: str, kept: str
) -> None:
    assert without_credit(caption) == kept


def _label_test_matches(line: str) -> bool:
    """Whether one of ``is_furniture_line``'s tests of a label opening the line matches it."""
    openings = (
        label_lines.translation_note(),
        label_lines.label_line(),
        label_lines.disclosure_line(),
        label_lines.read_more_line(),
        label_lines.credit_line(),
        label_lines.read_more_label(),
        starts_with(LabelList.SHARE, LabelList.COMMENTS),
    )
    return any(test.match(line) for test in openings) or label_lines.is_byline_line(line)


def test_every_line_a_label_test_reads_opens_with_a_label() -> None:
    """``is_furniture_line`` runs its label tests only on a line ``_opening_label`` matches:
    it must match every line one of them does, in every language's labels and case."""
    kinds = (*label_gate._OPENING_LABELS, LabelList.TRANSLATION_NOTES)
    labels = {word for kind in kinds for word in words(kind)}
    shapes = ("{}", "{}: Jane Roe", "— {} | more", "{} Jane Roe", "({}) 12", "{}, a sentence.")
    checked = 0
    for label in sorted(labels):
        for shape in shapes:
            for line in (shape.format(label), shape.format(label.upper())):
                if _label_test_matches(line):
                    checked += 1
                    assert label_gate._opening_label().match(line), line
    assert checked > len(labels)  # most labels are read in several shapes
    for line in ("© 2026 Example Media", "(c) Example", "Copyright: Example", "Paragraph 1."):
        assert bool(label_gate._opening_label().match(line)) == _label_test_matches(line), line


def test_the_gate_by_first_letter_answers_as_the_whole_gate() -> None:
    """``_opens_with_label`` tests a line opening with a word character against the labels
    its first character opens in any case: the same answer as the whole gate's regex, for
    every label in several cases and shapes, and for a line opening with a character that
    matches a label's first letter only case-insensitively (Kelvin sign, long s, dotless i)."""
    kinds = (*label_gate._OPENING_LABELS, LabelList.TRANSLATION_NOTES)
    labels = {word for kind in kinds for word in words(kind)}
    shapes = ("{}", "{}: Jane Roe", "{}x", "{}_1", "— {} | more", "({}) 12")
    lines = [
        shape.format(written)
        for label in sorted(labels)
        for written in (label, label.upper(), label.title(), label.swapcase())
        for shape in shapes
    ]
    odd = "\u212aſıİßẞΣςΩÅǅ"  # letters whose case partners are other letters
    lines += [f"{char}{label[1:]} x" for label in sorted(labels) for char in odd]
    lines += ["© 2026 Example Media", "(c) Example", "Copyright: Example", "Paragraph 1.", ""]
    # Marks before the label, the copyright sign and "(c)" among them or the marks alone.
    marks = ("— ", "«", "(", "((", "« (", "© ", "— © ", "(C)", "(c) ", "((c) ", "(c)— ", "…")
    lines += [f"{mark}{label}" for label in sorted(labels)[::7] for mark in marks]
    lines += [*marks, "(c", "(c x", "( c) x", "(ｃ) x", "(C]", "—(c)", " (c)", "_ (c)", "©"]
    lines += ["(Ｃ) x", "((K) x", "(\u212a) x", "— 2026 Example", "…and more", "·"]
    for line in lines:
        assert label_gate.opens_with_label(line) == bool(label_gate._opening_label().match(line)), (
            line
        )


def test_every_prompt_of_the_language_data_is_found_past_its_word_filter() -> None:
    """``is_box_prompt`` searches its prompts only in a block holding one of their words
    (``_prompt_words``): each prompt of every language, in a sentence, is still found."""
    prompts = words(LabelList.PROMPTS)
    assert prompts
    for prompt in prompts:
        assert is_box_prompt(f"Please note: {prompt} – it takes a minute."), prompt
    assert is_box_prompt("Signing up takes a minute.")
    assert is_box_prompt("Follow the Harbour Gazette on Instagram")
    assert not is_box_prompt("The harbour opened a new pier on Monday.")


def test_every_rights_reservation_of_the_language_data_is_found_past_its_word_filter() -> None:
    """The closing test of ``is_furniture_line`` searches a line for a rights reservation
    only when it holds one of their words (``_rights_words``): each reservation of every
    language, closing a short line in any case, still makes it furniture."""
    reservations = words(LabelList.RIGHTS_RESERVED)
    assert reservations
    for reservation in reservations:
        for written in (reservation, reservation.upper(), reservation.title()):
            assert is_furniture_line(f"2026 Harbour Media. {written}."), written


def test_the_filters_build_the_searches_they_gate() -> None:
    """Building the filters as the warm-up does (the label gate by ``build_gated_tests``)
    builds the searches behind them: a process's first line passing one pays no regex
    compilation (75 ms for the label tests)."""
    gated = (*label_gate._GATED_LABEL_TESTS, furniture_lines._all_rights)
    filters = (furniture_lines._rights_words, prompts._prompt_words)
    for builder in (*gated, *filters, label_gate._opening_label):
        builder.cache_clear()
    for built in (
        label_gate.build_gated_tests,
        furniture_lines._rights_words,
        prompts._prompt_words,
    ):
        built()
    assert all(search.cache_info().currsize == 1 for search in (*gated, *filters))
    # The gate itself answers by first letter, without its whole regex.
    assert label_gate._opening_label.cache_info().currsize == 0


def test_the_prompt_searches_are_built_on_first_use_or_by_the_warm_up() -> None:
    """A block holding a prompt's word compiles the search of that word's prompts alone;
    the warm-up compiles them all."""
    prompts._prompt_searches.cache_clear()
    prompts._prompt_compiled.clear()
    assert is_box_prompt("Subscribe to our newsletter")
    assert 0 < len(prompts._prompt_compiled) < len(prompts.prompt_patterns()) // 10
    warm_up._build_patterns()
    assert len(prompts._prompt_compiled) == len(prompts.prompt_patterns())
    assert prompts._prompt_searches.cache_info().currsize == 1


def test_the_label_gate_alone_builds_no_gated_test() -> None:
    """The gate is built without the tests it gates: a process without the warm-up whose
    lines open with no label (50,000 paragraphs of text) compiles none of them."""
    for builder in (*label_gate._GATED_LABEL_TESTS, label_gate._opening_label):
        builder.cache_clear()
    assert not is_furniture_line("Paragraph 12 with some words in it.")
    assert all(test.cache_info().currsize == 0 for test in label_gate._GATED_LABEL_TESTS)
    label_gate.build_gated_tests()


@pytest.mark.parametrize(
    "line", ["Meeting closed 21.15.", "Fundurin endaði kl. 18.40.", "Doors shut 23:00!"]
)
def test_a_sentence_telling_a_time_is_no_date_line(line: str) -> None:
    assert not is_furniture_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "هل ينتهي الاجتماع عند 18:40؟",  # Arabic question mark
        "会議は18:40に終わりました！",  # full-width exclamation mark
        "「会議は18:40に終わった。」",  # a CJK corner quote after the full stop
        "Ժողովն ավարտվեց 18:40-ին։",  # Armenian full stop
    ],
)
def test_another_script_s_closing_mark_ends_a_sentence(line: str) -> None:
    assert characters.ends_as_sentence(line)


@pytest.mark.parametrize("line", ["Posted 18:40", "Updated 18:40.", "Max Muster 18:40"])
def test_a_time_stamp_is_still_a_date_line(line: str) -> None:
    assert is_furniture_line(line)
