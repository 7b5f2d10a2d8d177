"""Round 17 (issue 11): boilerplate lines of languages the dev sets lack, written in their
own scripts. A newsletter's, a donation's or a paywall's ask is language data (``prompts``:
Thai, Arabic, Bengali, Tamil, Georgian, Amharic, Greek, the "電子報" of Taiwan); an editing
credit under its label and colon ("บรรณาธิการ:", "تحرير:", "Επιμέλεια:") is a credit line, with
the Ethiopic colons Amharic labels close with ("አርታኢ፦")."""

from __future__ import annotations

import pytest

from newsextract.body.credit_lines import without_credit
from newsextract.body.furniture_lines import is_furniture_line
from newsextract.body.prompts import is_box_prompt


@pytest.mark.parametrize(
    "line",
    [
        "สมัครรับจดหมายข่าวฟรี แล้วรับสรุปข่าวเด่นทุกวันศุกร์",
        "เนื้อหานี้สำหรับสมาชิกเท่านั้น",
        "اشترك في نشرتنا الأسبوعية لتصلك القصص المختارة.",
        "هذا المحتوى للمشتركين فقط.",
        "প্রতি সপ্তাহের সেরা লেখা পেতে আমাদের নিউজলেটার পড়ুন।",
        "எங்கள் செய்திமடல் ஒவ்வொரு வெள்ளியும் உங்கள் மின்னஞ்சலுக்கு வரும்.",
        "გამოიწერეთ ჩვენი ყოველკვირეული მიმოხილვა.",
        "ነፃ ጋዜጠኝነትን ይደግፉ።",
        "Εγγραφείτε στο ενημερωτικό δελτίο της Κυριακής.",
        "每週五寄送，立即訂閱電子報。",
        # Requests to follow the outlet on a network or a channel.
        "歡迎追蹤我們的粉絲專頁。",
        "LINEで友だち追加して最新記事をチェック",
        "ติดตามเราได้ที่ X และอินสตาแกรม",
        "עקבו אחרינו באינסטגרם",
        "ताज़ा अपडेट के लिए हमें फॉलो करें",
        "এখনই আমাদের ফলো করুন",
        "எங்களைப் பின்தொடருங்கள்",
        "Ακολουθήστε μας στο Instagram",
        "გამოგვყევით Instagram-ზე",
        "በፌስቡክ ይከተሉን።",
    ],
)
def test_an_ask_to_sign_up_or_give_is_a_prompt(line: str) -> None:
    assert is_box_prompt(line)


@pytest.mark.parametrize(
    "line",
    [
        "Το ενημερωτικό δελτίο της αστυνομίας ανέφερε τρεις συλλήψεις.",  # a police bulletin: news
        "ที่ประชุมเห็นชอบให้ออกจดหมายเวียนถึงโรงเรียนทุกแห่ง",
        "وقالت الوزارة في نشرة صحفية إن الطريق سيفتح غداً.",
    ],
)
def test_a_sentence_naming_a_bulletin_is_no_prompt(line: str) -> None:
    assert not is_box_prompt(line)


@pytest.mark.parametrize(
    "line",
    [
        "บรรณาธิการ: สุดา แก้วมณี",
        "เรียบเรียง: ทีมข่าวต่างประเทศ",
        "تحرير: ليلى حسن",
        "إعداد: قسم الأخبار",
        "সম্পাদনা: তানিয়া রহমান",
        "தொகுப்பு: அருண் குமார்",
        "რედაქტორი: თამარ ხუციშვილი",
        "አርታኢ፦ መቅደስ አለሙ",
        "Επιμέλεια: Γιώργος Σταύρου",
        "संपादन: मीरा जोशी",
    ],
)
def test_an_editing_credit_is_furniture(line: str) -> None:
    assert is_furniture_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "تحرير الأسعار لم يؤد إلى ارتفاع التضخم كما توقع الخبراء.",  # "liberalising": no colon
        "Η επιμέλεια της έκθεσης ανατέθηκε σε νέους επιμελητές από την πόλη.",
    ],
)
def test_the_label_word_in_a_sentence_is_text(line: str) -> None:
    assert not is_furniture_line(line)


def test_a_captions_credit_under_an_ethiopic_colon_is_cut() -> None:
    caption = "ገበሬዎች በገበያው ቀን ቡና ሲሸጡ። ፎቶ፦ ሰላም ደስታ"
    assert without_credit(caption) == "ገበሬዎች በገበያው ቀን ቡና ሲሸጡ።"
    assert is_furniture_line(caption)  # a caption set as a paragraph of its own


def test_a_long_chinese_paragraph_naming_paid_content_is_text() -> None:
    """A prompt is a sentence or two, 400 Latin letters at most: a Chinese character weighs
    three, so a paragraph of 150 characters about paid content is text, not a paywall."""
    paragraph = (
        "报告指出，音频课程和电子书仍是最受欢迎的两类产品，其中职场技能类课程的复购率最高。"
        "多家平台表示，今年将加大对原创作者的扶持力度，并尝试按章节定价的新模式。"
        "与此同时，平台之间围绕付费内容的版权纠纷也明显增多，部分作者反映自己的课程被擅自转载。"
        "业内人士认为，行业下一步的关键在于提升内容质量，而不是单纯追求用户数量。"
    )
    assert len(paragraph) > 400 // 3
    assert not is_box_prompt(paragraph)
    assert is_box_prompt("本文为付费内容，订阅后即可阅读全文。")
