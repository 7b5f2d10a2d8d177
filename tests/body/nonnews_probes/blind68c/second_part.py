"""The blind68c probe's second part, written after the first was run and before this part
was: twelve long pages in six more languages on eight more skeletons — chapters that are
each an ``<article>`` of their own, a hashed grid whose rail holds "most read" blurbs as
sentences, a left column of dated briefs before the story, a long read whose first two
paragraphs sit in its ``<header>``, a guide under a table of contents with a summary per
chapter, a glossary of linked terms and bare ``<dd>`` text, steps as CSS-numbered
``<div>``s with a tip box, a right-to-left story on a left-to-right site's template.
Decided before running: the rail's blurbs, the briefs and the contents' summaries are
furniture (ways to other pages or into this one), the tip box is the text's."""

from __future__ import annotations

from . import _kit as k
from .languages import AF, CKB, GL, MR, PA, SO

# Afrikaans: chapters as sibling articles; a grid's rail of blurbs.
_a = (
    "In die Karoo staan daar nog net drie plase waar skape met die hand geskeer word.",
    "Oom Gert sê 'n goeie skeerder hoor aan die skêr wanneer die wol reg is.",
    "Volgende jaar begin sy kleindogter haar eie skeerspan in Prins Albert.",
)
k.add(
    "chapters_as_sibling_articles",
    AF,
    "Die skeerders van die Karoo",
    k.sibling_articles(AF, "Die skeerders van die Karoo", _a, 1),
    _a,
    (AF.ad,),
)
_b = (
    "Die dorpsraad het die ou stasiegebou aan 'n kunstenaarsgroep verhuur.",
    "Drie skole in die distrik kry volgende maand nuwe sonpanele op hul dakke.",
    "Die jaarlikse perskefees trek vanjaar meer besoekers as ooit tevore.",
)
_a = (
    "Op Calitzdorp stook die familie Nel al vier geslagte lank port in koperketels.",
    "Die druiwe word altyd in die koelte van die vroegoggend gepluk.",
    "Die nuwe oesjaar se port sal eers oor tien jaar gebottel word.",
)
k.add(
    "grid_rail_of_blurbs",
    AF,
    "Vier geslagte port",
    k.grid_rail_blurbs(AF, "Vier geslagte port", _a, 2, _b),
    _a,
    _b,
)

# Galician: a left column of briefs before the story; a guide under a table of contents.
_a = (
    "Na ribeira de Bueu aínda se constrúen dornas coa madeira de carballo do monte.",
    "O mestre Xosé di que as cadernas se curvan mellor despois dunha noite de chuvia.",
    "A próxima dorna botarase á auga polo San Xoán, diante de toda a vila.",
)
_side = "O concello de Cangas aprobou onte os orzamentos para o ano que vén."
k.add(
    "briefs_column_before_story",
    GL,
    "As dornas de Bueu",
    k.sidebar_first(GL, "As dornas de Bueu", _a, 1, _side),
    _a,
    (_side,),
)
_s = (
    "Onde nace a ría e por que cambia coa marea.",
    "Que se vende na praza e a que hora chegar.",
    "Como era a escola de antes e quen ensinaba nela.",
    "O temporal de 1987 e o que deixou tras de si.",
    "Os que volven á aldea despois de anos fóra.",
)
_a = (
    "Esta guía percorre a ría de Arousa desde a súa boca ata as aldeas do interior.",
    "Na praza de Vilagarcía o peixe chega ás sete e media da mañá.",
    "Ao final do camiño agarda o cruceiro de Rianxo, mirando ao mar.",
)
k.add(
    "guide_under_contents_with_summaries",
    GL,
    "Guía da ría de Arousa",
    k.toc_with_summaries(GL, "Guía da ría de Arousa", _a, 2, _s),
    _a,
    _s,
)

# Somali: an intro in the hero header; steps as divs with a tip box.
_a = (
    "Magaalada Berbera waxaa ku nool qoys toddobo facood dhisayay doonyo alwaax ah.",
    "Cali wuxuu sheegay in alwaaxda ugu fiican laga keeno buuraha Sanaag.",
    "Sannadka dambe doontii ugu horreysay ee wiilkiisa ayaa badda la gelin doonaa.",
)
k.add(
    "intro_in_hero_header",
    SO,
    "Doon-dhisayaasha Berbera",
    k.intro_in_header(SO, "Doon-dhisayaasha Berbera", _a, 1),
    _a,
)
_tip = "Talo: caanaha geela ha kululayn wax ka badan inta ay ka qaadanayso in la tiriyo soddon."
_a = (
    "Marka hore, caanaha geela ku shub dheri nadiif ah oo dabool leh.",
    "Haddii caanuhu aad u qaro weynaadaan, ku dar biyo yar oo kulul.",
    "Ugu dambeyn, ku shub koobab yaryar oo ku darso timir.",
)
k.add(
    "step_divs_with_tip",
    SO,
    "Sida loo sameeyo susac",
    k.step_divs_with_tips(SO, "Sida loo sameeyo susac", _a, 2, _tip),
    (*_a, _tip),
    (SO.ad,),
)

# Marathi: a glossary of linked terms and bare <dd> text; a grid's rail of blurbs.
_t = ("अभंग", "ओवी", "कीर्तन", "गवळण", "भारूड", "लावणी", "पोवाडा", "भजन", "दिंडी")
_a = (
    "अभंग हा संत तुकारामांनी लोकप्रिय केलेला भक्तिकाव्याचा एक छंद आहे.",
    "भारूड हे लोकनाट्याच्या अंगाने सादर होणारे रूपकात्मक गीत आहे.",
    "दिंडी म्हणजे पंढरपूरकडे चालत जाणाऱ्या वारकऱ्यांचा भजनी मेळा.",
)
k.add(
    "glossary_linked_terms_bare_dd",
    MR,
    "लोकसंगीताचा शब्दकोश",
    k.dl_linked_terms(MR, "लोकसंगीताचा शब्दकोश", _a, 1, _t),
    (*_a, _t[4]),
)
_b = (
    "पुण्यातील जुन्या वाड्याचे संग्रहालयात रूपांतर होणार आहे.",
    "यंदा कोकणात आंब्याचा हंगाम दोन आठवडे लवकर सुरू झाला.",
    "नाशिकच्या द्राक्ष बागायतदारांनी नवीन सहकारी संस्था स्थापन केली.",
)
_a = (
    "पैठणमध्ये आजही तीन कुटुंबे हातमागावर पैठणी विणतात.",
    "एक पैठणी विणायला साधारण चार महिने लागतात, असे सुमनताई सांगतात.",
    "पुढच्या वर्षी गावात विणकरांसाठी प्रशिक्षण केंद्र सुरू होणार आहे.",
)
k.add(
    "grid_rail_of_blurbs",
    MR,
    "पैठणीचे धागे",
    k.grid_rail_blurbs(MR, "पैठणीचे धागे", _a, 2, _b),
    _a,
    _b,
)

# Sorani Kurdish: a right-to-left story on a left-to-right template; sibling articles.
_a = (
    "لە گوندێکی نزیک هەڵەبجە هێشتا بە دەست فەرشی کوردی دەچنرێت.",
    "نەسرین خان دەڵێت ڕەنگی سوور لە ڕەگی ڕووەکێکی چیاوە دەردەهێنرێت.",
    "ساڵی داهاتوو فەرشەکانی گوند لە پێشانگایەکی هەولێر نمایش دەکرێن.",
)
k.add(
    "rtl_story_on_ltr_template",
    CKB,
    "فەرشی دەستچنی هەورامان",
    k.rtl_in_ltr_site(CKB, "فەرشی دەستچنی هەورامان", _a, 1),
    _a,
)
_a = (
    "لە بازاڕی قەیسەری سلێمانی دوایین مسگەر هێشتا چەکوشەکەی دەکوتێت.",
    "مامە ڕەشید دەڵێت مس دەبێت سێ جار گەرم بکرێت پێش ئەوەی شێوە وەربگرێت.",
    "کوڕەکەی بڕیاری داوە دووکانەکە بۆ نەوەی داهاتوو بپارێزێت.",
)
k.add(
    "chapters_as_sibling_articles",
    CKB,
    "دوایین مسگەری قەیسەری",
    k.sibling_articles(CKB, "دوایین مسگەری قەیسەری", _a, 2),
    _a,
    (CKB.ad,),
)

# Punjabi: an intro in the hero header; a left column of briefs before the story.
_a = (
    "ਪਟਿਆਲੇ ਦੇ ਇੱਕ ਪਿੰਡ ਵਿੱਚ ਅੱਜ ਵੀ ਹੱਥ ਨਾਲ ਫੁਲਕਾਰੀ ਕੱਢੀ ਜਾਂਦੀ ਹੈ।",
    "ਬੀਬੀ ਜਸਵੰਤ ਕੌਰ ਦੱਸਦੀ ਹੈ ਕਿ ਇੱਕ ਬਾਗ਼ ਕੱਢਣ ਨੂੰ ਪੂਰਾ ਸਾਲ ਲੱਗ ਜਾਂਦਾ ਹੈ।",
    "ਅਗਲੇ ਸਾਲ ਪਿੰਡ ਦੀਆਂ ਕੁੜੀਆਂ ਦੀ ਫੁਲਕਾਰੀ ਦੀ ਪਹਿਲੀ ਨੁਮਾਇਸ਼ ਲੱਗੇਗੀ।",
)
k.add(
    "intro_in_hero_header",
    PA,
    "ਫੁਲਕਾਰੀ ਦੇ ਰੰਗ",
    k.intro_in_header(PA, "ਫੁਲਕਾਰੀ ਦੇ ਰੰਗ", _a, 1),
    _a,
)
_a = (
    "ਅੰਮ੍ਰਿਤਸਰ ਦੀ ਇੱਕ ਗਲੀ ਵਿੱਚ ਤਿੰਨ ਪੀੜ੍ਹੀਆਂ ਤੋਂ ਪਿੱਤਲ ਦੇ ਭਾਂਡੇ ਬਣਦੇ ਹਨ।",
    "ਉਸਤਾਦ ਕਰਤਾਰ ਸਿੰਘ ਮੁਤਾਬਕ ਚੰਗੀ ਕਲੀ ਲਈ ਨੌਸ਼ਾਦਰ ਜ਼ਰੂਰੀ ਹੈ।",
    "ਦੁਕਾਨ ਦੇ ਬੂਹੇ ਉੱਤੇ ਅੱਜ ਵੀ ਉਨ੍ਹਾਂ ਦੇ ਦਾਦੇ ਦਾ ਨਾਂ ਲਿਖਿਆ ਹੈ।",
)
_side = "ਜਲੰਧਰ ਵਿੱਚ ਕੱਲ੍ਹ ਤੋਂ ਨਵੀਂ ਬੱਸ ਸੇਵਾ ਸ਼ੁਰੂ ਹੋ ਗਈ ਹੈ।"
k.add(
    "briefs_column_before_story",
    PA,
    "ਠਠੇਰਿਆਂ ਦੀ ਗਲੀ",
    k.sidebar_first(PA, "ਠਠੇਰਿਆਂ ਦੀ ਗਲੀ", _a, 2, _side),
    _a,
    (_side,),
)
