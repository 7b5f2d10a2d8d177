"""Held-out round 22 (own invented pages): a recipe's closing ask to tag the site on a network,
a newsletter's ask to forward the issue, and a Chinese "参见：" (see also) line, each in the
language data; the text around them stays."""

from __future__ import annotations

import newsextract

_TOP = """<header class="top"><a href="/" class="brand">Example</a><nav class="menu"><ul>
<li><a href="/a">Home</a></li><li><a href="/b">Recipes</a></li><li><a href="/c">Contact</a></li>
</ul></nav></header>"""


def _body(lang: str, title: str, content: str) -> str:
    html = f"""<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>
</head><body>{_TOP}<main><article class="post"><h1>{title}</h1><div class="byline">2025-06-12</div>
<div class="entry-content">{content}</div></article></main>
<footer><p>© 2025 Example Kitchen.</p></footer></body></html>"""
    return newsextract.extract(html, url="https://food.example.org/post").body


def test_recipe_ask_to_tag_on_a_network_goes_en() -> None:
    body = _body(
        "en",
        "Spinach and mince pie",
        "<p>This pie takes half an hour with ready-made pastry and is our favourite for a "
        "weekend breakfast.</p><ol><li>Brown the mince with the onion until the liquid is "
        "gone.</li><li>Bake at 180 degrees until golden.</li></ol>"
        "<p>Enjoy! If you liked this recipe, don't forget to tag us on Instagram.</p>",
    )
    assert "Bake at 180 degrees until golden." in body
    assert "tag us on Instagram" not in body


def test_recipe_ask_to_tag_on_a_network_goes_tr() -> None:
    body = _body(
        "tr",
        "Ispanaklı börek",
        "<p>Hafta sonu kahvaltılarının vazgeçilmezi olan bu börek, hazır yufkayla yarım saatte "
        "hazırlanıyor.</p><ol><li>Kıymayı soğanla birlikte suyunu çekene kadar kavurun.</li>"
        "<li>180 derecede kızarana kadar pişirin.</li></ol>"
        "<p>Afiyet olsun! Bu tarifi beğendiyseniz Instagram'da bizi etiketlemeyi unutmayın.</p>",
    )
    assert "180 derecede kızarana kadar pişirin." in body
    assert "etiketlemeyi" not in body


def test_sentence_about_tagging_stays() -> None:
    # Only the ask goes: a sentence of the text naming tags is no ask.
    body = _body(
        "en",
        "How the museum labels its finds",
        "<p>Every find is logged on the day it leaves the ground and given a number.</p>"
        "<p>Volunteers tag each bone with a paper label before it is washed and dried.</p>"
        "<p>The labels are checked against the register every Friday.</p>",
    )
    assert "Volunteers tag each bone with a paper label" in body


def test_newsletter_ask_to_forward_goes_en_ar() -> None:
    body = _body(
        "en",
        "Why wheat prices are falling",
        "<p>Wheat prices have fallen by 12% since the start of the year after a record harvest "
        "in several exporting countries.</p><p>The fall will not reach the price of bread at "
        "once, because transport and energy costs remain high.</p>"
        "<p>If you enjoyed this issue, forward it to a friend.</p>",
    )
    assert "transport and energy costs remain high" in body
    assert "forward it to a friend" not in body
    body = _body(
        "ar",
        "لماذا تتراجع أسعار القمح؟",
        "<p>تراجعت أسعار القمح في الأسواق العالمية بنسبة ١٢٪ منذ بداية العام، بعد موسم حصاد "
        "قياسي في عدة دول مصدّرة.</p><p>لن ينعكس التراجع فوراً على سعر الخبز، لأن تكاليف النقل "
        "والطاقة ما زالت مرتفعة.</p><p>إذا أعجبك هذا العدد، أرسله إلى صديق.</p>",
    )
    assert "تكاليف النقل والطاقة" in body
    assert "أرسله إلى صديق" not in body


def test_see_also_line_goes_zh() -> None:
    body = _body(
        "zh",
        "青溪河",
        "<p><b>青溪河</b>是中国西南部的一条河流，全长412公里，发源于云岭山脉东麓，最终注入白鹭湖。</p>"
        "<p><b>参见：</b><a href='/wiki/qingshi'>青石江</a></p>"
        "<p>河流上游多峡谷，落差大，中下游地势平缓，两岸为重要的农业区。</p>",
    )
    assert "两岸为重要的农业区" in body
    assert "青石江" not in body


def test_closing_asks_more_languages() -> None:
    # A recipe's ask (nl), a help page's feedback ask (el), a follow ask (tr), a blog's ask
    # for support (uk): each a short line of the language data's prompts.
    cases = [
        (
            "nl",
            "<p>Een klassieker voor koude winteravonden, klaar in veertig minuten.</p>"
            "<p>Kook de aardappelen met de boerenkool gaar en stamp alles fijn.</p>"
            "<p>Heb je dit recept gemaakt? Deel je foto met #voorbeeldkeuken!</p>",
            "stamp alles fijn",
            "Deel je foto",
        ),
        (
            "el",
            "<p>Από την 1η Σεπτεμβρίου ισχύει το ενιαίο ηλεκτρονικό εισιτήριο για όλα τα μέσα.</p>"
            "<h3>Ισχύει το παλιό εισιτήριο;</h3><p>Ναι, έως τις 31 Δεκεμβρίου.</p>"
            "<p>Σας βοήθησε αυτή η απάντηση; Ναι / Όχι</p>",
            "έως τις 31 Δεκεμβρίου",
            "Σας βοήθησε",
        ),
        (
            "tr",
            "<p>Belediye, sahil yolunun 6 kilometrelik bölümünü hafta sonları bisiklete açıyor.</p>"
            "<p>Uygulama nisan ayında başlayacak ve ekim sonuna kadar sürecek.</p>"
            "<p>Son gelişmeler için bizi Google News'ten takip edin.</p>",
            "ekim sonuna kadar sürecek",
            "takip edin",
        ),
        (
            "uk",
            "<p>Маршрут завдовжки 180 кілометрів ми подолали за чотири дні, ночуючи в наметах.</p>"
            "<p><em>Сподобалася стаття? Підтримайте наш блог на Patreon!</em></p>"
            "<p>Наступного року плануємо проїхати Поділля.</p>",
            "проїхати Поділля",
            "Patreon",
        ),
    ]
    for lang, content, kept, gone in cases:
        body = _body(lang, "Title of the post", content)
        assert kept in body, lang
        assert gone not in body, lang
