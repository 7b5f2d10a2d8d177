"""Two kinds of furniture the blind round of wave 54 found (``news_probes.blind_news``): a
ticker scrolled in a ``<marquee>`` (old sites' breaking-news row over the text's cell),
never a story's text; and a sign-up box whose e-mail field stands outside any ``<form>``
(Drupal's simplenews block, script-driven widgets), found by the field as a form's box is,
whatever the language of its words."""

from __future__ import annotations

import newsextract

_TEXT = (
    "<p>Hifadhi mpya ya taifa imefunguliwa rasmi katika wilaya ya Mlimani, ikiwa na eneo la "
    "kilomita za mraba mia nne na aina nyingi za ndege.</p>"
    "<p>Mhifadhi mkuu, Bi. Neema Kileo, amesema wageni wataruhusiwa kuingia kuanzia mwezi "
    "ujao kwa ada ndogo kwa wananchi.</p>"
    "<p>Wakazi wa vijiji jirani wanatarajia ajira mpya katika utalii na huduma za wageni.</p>"
)


def _body(html: str) -> str:
    return newsextract.extract(html, url="https://example.org/habari/hifadhi").body or ""


def test_a_marquee_ticker_over_a_table_laid_text_is_no_text() -> None:
    html = (
        "<html lang='sw'><body><table id='wrap'><tr><td class='ticker'><b>HABARI:</b> "
        "<marquee>Bunge lapitisha bajeti ya mwaka mpya</marquee></td></tr><tr><td "
        f"id='content'><h1>Hifadhi mpya yafunguliwa</h1>{_TEXT}</td></tr></table></body></html>"
    )
    body = _body(html)
    assert "Hifadhi mpya ya taifa" in body
    assert "Wakazi wa vijiji jirani" in body
    assert "Bunge lapitisha bajeti" not in body


def test_a_signup_box_with_a_field_outside_any_form_goes() -> None:
    first, second, third = _TEXT.split("</p>")[:3]
    html = (
        "<html lang='sw'><body><main><article><h1>Hifadhi mpya yafunguliwa</h1><div "
        f"class='field--name-body'>{first}</p>{second}</p><div class='block block-simplenews'>"
        "<p>Kila asubuhi saa moja, moja kwa moja kwako.</p><input type='email'><button>Tuma"
        f"</button></div>{third}</p></div></article></main></body></html>"
    )
    body = _body(html)
    assert "Wakazi wa vijiji jirani" in body
    assert "Kila asubuhi saa moja" not in body


def test_a_field_beside_the_text_takes_no_paragraph_with_it() -> None:
    html = (
        "<html lang='sw'><body><main><article><h1>Hifadhi mpya yafunguliwa</h1><div "
        f"class='body'>{_TEXT}<input type='email'></div></article></main></body></html>"
    )
    body = _body(html)
    assert "Hifadhi mpya ya taifa" in body
    assert "Wakazi wa vijiji jirani" in body
