"""The blind70q probe's how-tos (numbered steps with images and captions, a list of what is
needed, a tip) and long reads (chapters, a pull quote, figures): in Telugu, Sinhala, Khmer,
Lao, Burmese, Urdu, Hebrew and Thai."""

from __future__ import annotations

from ..blind66._kit import comment_prompt, newsletter, share
from ._kit import SITES, add, paras


def howto(
    lang: str,
    name: str,
    title: str,
    *,
    intro: str,
    needs: tuple[str, tuple[str, ...]],
    steps: tuple[str, tuple[tuple[str, str, str], ...]],
    tip: str,
    helpful: str,
    print_label: str,
    template: str = "theme",
) -> None:
    """A how-to: intro, a list of what is needed, numbered steps (a heading, a sentence and a
    figure with its caption each) and a tip are must-lines (captions neutral); a "was this
    helpful" strip and a print link are must-nots."""
    site = SITES[lang]
    items = "".join(f"<li>{n}</li>" for n in needs[1])
    step_items = "".join(
        f"<li class='step'><h3>{head}</h3><p>{text}</p><figure class='step-image'>"
        f"<img src='/img/{name}-{n}.jpg' alt=''><figcaption>{cap}</figcaption></figure></li>"
        for n, (head, text, cap) in enumerate(steps[1])
    )
    main = (
        f"<article class='post type-post howto'><header"
        f" class='entry-header'><h1 class='entry-title'>"
        f"{title}</h1><a class='print-link' href='?print=1'>{print_label}</a></header>"
        f"<div class='entry-content'><p>{intro}</p><h2>{needs[0]}</h2><ul>{items}</ul>"
        f"<h2>{steps[0]}</h2><ol class='steps'>{step_items}</ol>"
        f"<div class='tip-box'><p>{tip}</p></div></div>"
        f"<div class='was-this-helpful'><span>{helpful}</span><button>👍</button>"
        f"<button>👎</button></div>{share(site)}{newsletter(site)}</article>{comment_prompt(site)}"
    )
    must = (intro, *needs[1], *(h for h, _, _ in steps[1]), *(t for _, t, _ in steps[1]), tip)
    add(
        name,
        site,
        title,
        main,
        must,
        (helpful, print_label),
        template=template,
        path=f"howto/{name}",
    )


def long_read(
    lang: str,
    name: str,
    title: str,
    *,
    standfirst: str,
    chapters: tuple[tuple[str, tuple[str, ...]], ...],
    quote: str,
    caption: str,
    byline: str,
    template: str = "theme",
) -> None:
    """A long read: the chapters' headings and paragraphs are must-lines (the standfirst
    too, as lead or body), the pull quote and the figure's caption neutral."""
    site = SITES[lang]
    first, *rest = chapters
    body = (
        f"<h2>{first[0]}</h2>"
        + paras(*first[1])
        + f"<aside class='pullquote'><blockquote><p>{quote}</p></blockquote></aside>"
        + f"<figure class='wide'><img src='/img/{name}.jpg' alt=''><figcaption>{caption}"
        "</figcaption></figure>" + "".join(f"<h2>{h}</h2>" + paras(*texts) for h, texts in rest)
    )
    main = (
        f"<article class='longform'><header><h1>{title}</h1><p class='standfirst'>{standfirst}</p>"
        f"<p class='byline'>{byline}</p></header>{share(site)}<div class='longform-body'>{body}"
        f"</div>{newsletter(site)}</article>{comment_prompt(site)}"
    )
    must = (
        standfirst,
        *(h for h, _ in chapters),
        *(t for _, texts in chapters for t in texts),
    )
    add(name, site, title, main, must, (), template=template, path=f"read/{name}")


howto(
    "te",
    "howto_telugu",
    "ఇంట్లో కొత్తిమీర పెంచడం ఎలా",
    intro="కొత్తిమీరను చిన్న కుండీలో కూడా సులభంగా పెంచవచ్చు, దానికి ఎక్కువ స్థలం అవసరం లేదు.",
    needs=("కావలసినవి", ("ఒక మట్టి కుండీ", "ధనియాల విత్తనాలు", "సేంద్రియ ఎరువు")),
    steps=(
        "విధానం",
        (
            ("విత్తనాలు నానబెట్టండి", "ధనియాలను సగానికి పగలగొట్టి రాత్రంతా నీటిలో నానబెట్టండి.", "నానబెట్టిన ధనియాలు"),
            ("మట్టి సిద్ధం చేయండి", "కుండీలో మట్టి మరియు ఎరువును సమానంగా కలిపి నింపండి.", "ఎరువు కలిపిన మట్టి"),
            ("నీరు పోయండి", "విత్తనాలు చల్లిన తర్వాత ప్రతిరోజూ ఉదయం కొద్దిగా నీరు చల్లండి.", "మొలకెత్తిన కొత్తిమీర"),
        ),
    ),
    tip="చిట్కా: ఎండ ఎక్కువగా ఉండే రోజుల్లో కుండీని నీడలో ఉంచండి.",
    helpful="ఈ వ్యాసం ఉపయోగపడిందా?",
    print_label="ముద్రించు",
)

howto(
    "si",
    "howto_sinhala",
    "නිවසේදී කරපිංචා පැළයක් සිටුවන ආකාරය",
    intro="කරපිංචා පැළයක් කුඩා බඳුනක වුවද පහසුවෙන් වගා කළ හැකිය.",
    needs=("අවශ්‍ය දෑ", ("මැටි බඳුනක්", "කරපිංචා අතු කැබැල්ලක්", "කොම්පෝස්ට් පොහොර")),
    steps=(
        "පියවර",
        (
            ("බඳුන සූදානම් කරන්න", "බඳුනේ පතුලේ සිදුරු කර පස් සහ පොහොර මිශ්‍ර කර පුරවන්න.", "පස් පුරවන ලද බඳුන"),
            ("අත්ත සිටුවන්න", "අතු කැබැල්ල අඟල් දෙකක් ගැඹුරට පසෙහි සිටුවන්න.", "සිටුවන ලද අත්ත"),
            ("ජලය දමන්න", "පළමු සති දෙක තුළ දිනපතා උදෑසන ජලය ස්වල්පයක් දමන්න.", "නව දළු"),
        ),
    ),
    tip="ඉඟිය: පැළය හිරු එළිය හොඳින් ලැබෙන ස්ථානයක තබන්න.",
    helpful="මෙම ලිපිය ප්‍රයෝජනවත් වූවාද?",
    print_label="මුද්‍රණය කරන්න",
)

howto(
    "km",
    "howto_khmer",
    "របៀបធ្វើនំបញ្ចុកនៅផ្ទះ",
    intro="នំបញ្ចុកជាម្ហូបពេលព្រឹកដែលប្រជាជនកម្ពុជាចូលចិត្តបំផុត។",
    needs=("គ្រឿងផ្សំ", ("អង្ករដំណើប ពីរគីឡូ", "ស្លឹកខ្ទឹម", "ត្រីរ៉ស់ មួយគីឡូ")),
    steps=(
        "វិធីធ្វើ",
        (
            ("ត្រាំអង្ករ", "ត្រាំអង្ករក្នុងទឹកត្រជាក់រយៈពេលបីថ្ងៃ ហើយដូរទឹករាល់ព្រឹក។", "អង្ករដែលបានត្រាំ"),
            ("កិនម្សៅ", "កិនអង្ករឲ្យម៉ដ្ឋ ហើយច្របាច់ម្សៅឲ្យស្អិតល្អ។", "ម្សៅអង្ករ"),
            ("ចាក់សរសៃ", "ចាក់ម្សៅតាមរន្ធចូលក្នុងទឹកពុះ រួចដួសដាក់ក្នុងទឹកត្រជាក់។", "សរសៃនំបញ្ចុក"),
        ),
    ),
    tip="គន្លឹះ៖ ប្រើទឹកស្អាតដើម្បីកុំឲ្យម្សៅមានក្លិនជូរ។",
    helpful="តើអត្ថបទនេះមានប្រយោជន៍ទេ?",
    print_label="បោះពុម្ព",
)

howto(
    "lo",
    "howto_lao",
    "ວິທີເຮັດຕຳໝາກຫຸ່ງແບບລາວ",
    intro="ຕຳໝາກຫຸ່ງເປັນອາຫານທີ່ຄົນລາວກິນເກືອບທຸກມື້ ແລະ ເຮັດໄດ້ງ່າຍໃນເຮືອນ",
    needs=("ສິ່ງທີ່ຕ້ອງການ", ("ໝາກຫຸ່ງດິບ ໜຶ່ງໜ່ວຍ", "ໝາກເຜັດ ສາມເມັດ", "ປາແດກ ສອງບ່ວງ")),
    steps=(
        "ຂັ້ນຕອນ",
        (
            ("ຂູດໝາກຫຸ່ງ", "ປອກເປືອກໝາກຫຸ່ງແລ້ວຂູດເປັນເສັ້ນບາງໆໃສ່ຖ້ວຍ", "ໝາກຫຸ່ງທີ່ຂູດແລ້ວ"),
            ("ຕຳເຄື່ອງ", "ຕຳໝາກເຜັດກັບກະທຽມໃນຄົກໃຫ້ແຫຼກພໍປະມານ", "ຄົກ ແລະ ສາກ"),
            ("ປະສົມ", "ໃສ່ໝາກຫຸ່ງ ປາແດກ ແລະ ນ້ຳໝາກນາວ ແລ້ວຕຳເບົາໆໃຫ້ເຂົ້າກັນ", "ຕຳໝາກຫຸ່ງພ້ອມກິນ"),
        ),
    ),
    tip="ຄຳແນະນຳ: ກິນກັບເຂົ້າໜຽວ ແລະ ຜັກສົດຈະແຊບຫຼາຍ",
    helpful="ບົດຄວາມນີ້ມີປະໂຫຍດບໍ່?",
    print_label="ພິມ",
)

howto(
    "my",
    "howto_burmese",
    "လက်ဖက်သုပ် လုပ်နည်း",
    intro="လက်ဖက်သုပ်သည် မြန်မာအိမ်တိုင်းတွင် ဧည့်သည်ကို ကျွေးလေ့ရှိသော အစားအစာ ဖြစ်သည်။",
    needs=("လိုအပ်သည်များ", ("လက်ဖက်စို တစ်ခွက်", "ကြက်သွန်ဖြူကြော်", "မြေပဲလှော်")),
    steps=(
        "ပြုလုပ်ပုံ",
        (
            ("လက်ဖက်ကို ဆေးပါ", "လက်ဖက်စိုကို ရေဖြင့် နှစ်ကြိမ် ဆေးပြီး ရေစစ်ထားပါ။", "ဆေးပြီးသော လက်ဖက်"),
            ("ဟင်းခတ်ပါ", "ဆီ၊ ကြက်သွန်ဖြူနှင့် ငရုတ်သီးကို လက်ဖက်ထဲ ထည့်ပါ။", "ဟင်းခတ်အမယ်များ"),
            ("သုပ်ပါ", "ပဲကြော်များ ထည့်ပြီး လက်ဖြင့် ညင်သာစွာ သုပ်ပါ။", "သုပ်ပြီးသော လက်ဖက်"),
        ),
    ),
    tip="အကြံပြုချက်။ ။ ပဲကြော်ကို စားခါနီးမှ ထည့်ပါက ပိုကြွပ်သည်။",
    helpful="ဤဆောင်းပါးသည် အသုံးဝင်ပါသလား။",
    print_label="ပရင့်ထုတ်ရန်",
)

long_read(
    "ur",
    "long_read_urdu",
    "ملتان کی نیلی ٹائلوں کا آخری کاریگر",
    standfirst="ایک بوڑھا کاریگر اب بھی اسی بھٹی میں ٹائلیں پکاتا ہے جو اس کے دادا نے بنائی تھی۔",
    chapters=(
        (
            "بھٹی",
            (
                "حسین بخش صبح فجر سے پہلے بھٹی جلاتا ہے اور دوپہر تک اس کی آگ پر نظر رکھتا ہے۔",
                "اس کا کہنا ہے کہ نیلا رنگ صرف اسی وقت نکھرتا ہے جب آگ ایک جیسی رہے۔",
            ),
        ),
        (
            "شاگرد",
            (
                "پچھلے سال دو نوجوانوں نے اس کے پاس کام سیکھنا شروع کیا، مگر ایک جلد ہی چھوڑ گیا۔",
                "دوسرا شاگرد اب خود نقش بناتا ہے اور شہر کی ایک مسجد کی مرمت میں ہاتھ بٹا رہا ہے۔",
            ),
        ),
    ),
    quote="نیلا رنگ صبر مانگتا ہے، جلدی کرو تو وہ راکھ بن جاتا ہے۔",
    caption="حسین بخش اپنی بھٹی کے سامنے",
    byline="تحریر: نادیہ قریشی",
)

long_read(
    "he",
    "long_read_hebrew",
    "השומר האחרון של מגדל המים",
    standfirst="במשך ארבעים שנה עלה אליעזר כל בוקר במדרגות"
    " מגדל המים של המושב, גם כשכבר לא היה בו מים.",
    chapters=(
        (
            "המגדל",
            (
                "המגדל נבנה בשנות החמישים, כשהמושב עוד היה אוסף של צריפים ושדות בור.",
                "אליעזר קיבל את המפתח מאביו, ומאז לא החמיץ יום אחד של בדיקת הברזים.",
            ),
        ),
        (
            "השיפוץ",
            (
                "בשנה שעברה החליטה המועצה להפוך את המגדל למצפה, ואליעזר התבקש להדריך את המבקרים.",
                "הוא מספר להם על כל סדק בקירות, ועל הלילה שבו הברק פגע בכיפה.",
            ),
        ),
    ),
    quote="המגדל הזה ראה יותר ממה שכל אחד מאיתנו יזכור.",
    caption="אליעזר על מרפסת המגדל, בבוקר חורפי",
    byline="מאת: נועה ברק",
)

long_read(
    "th",
    "long_read_thai",
    "ชาวประมงคนสุดท้ายแห่งทะเลสาบสงขลา",
    standfirst="ลุงเจริญออกเรือทุกเช้าก่อนฟ้าสาง แม้ว่าปลาในทะเลสาบจะน้อยลงทุกปี",
    chapters=(
        (
            "เช้ามืด",
            (
                "เรือหางยาวลำเก่าของลุงเจริญแล่นออกจากท่าตอนตีสี่ พร้อมอวนที่ซ่อมเองกับมือ",
                "ลุงบอกว่าสมัยหนุ่มๆ แค่วางอวนครั้งเดียวก็ได้ปลาเต็มลำเรือ",
            ),
        ),
        (
            "ลูกหลาน",
            (
                "ลูกชายทั้งสองคนของลุงย้ายไปทำงานโรงงานในเมือง และกลับบ้านเฉพาะช่วงสงกรานต์",
                "หลานสาวคนเล็กเริ่มถ่ายวิดีโอการออกเรือของปู่แล้วนำไปเผยแพร่ทางออนไลน์",
            ),
        ),
    ),
    quote="ทะเลสาบไม่เคยทิ้งเรา มีแต่เราที่ทิ้งทะเลสาบ",
    caption="ลุงเจริญกับเรือหางยาวลำเก่า",
    byline="เรื่อง: กานดา ศรีสุข",
)
