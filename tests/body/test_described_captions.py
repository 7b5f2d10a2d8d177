"""Issue 11, wave 58: a picture's caption opening with a credit's label ("Bild:", "Picha:")
that describes what is shown, its words the text's own, is kept as the caption it is; a
credit under the same label, a name or two, still goes."""

from __future__ import annotations

import newsextract

_TEXT = (
    "<p>Mnara wa saa wa mji wa kale umesimama kwa zaidi ya miaka mia moja, na pendulum yake "
    "ndefu bado inayumba kila sekunde mbili.</p><p>Mafundi wa mji hupaka mafuta gurudumu la "
    "pendulum kila mwezi, ili saa isichelewe hata dakika moja kwa wiki.</p>"
)


def _captions(caption: str) -> list[str]:
    html = (
        "<html lang='sw'><body><main><article><h1>Saa ya mnara wa mji wa kale</h1>"
        f"{_TEXT}<figure><img src='/saa.jpg'><figcaption>{caption}</figcaption></figure>"
        "<p>Wageni wanaweza kupanda ngazi za mnara siku ya Jumamosi asubuhi bila malipo "
        "yoyote.</p></article></main></body></html>"
    )
    article = newsextract.extract(html, url="https://habari.example.co.tz/saa-ya-mnara")
    return [block.text for block in article.body_blocks if block.caption]


def test_a_labelled_caption_describing_what_the_text_tells_is_kept() -> None:
    caption = "Picha: Pendulum ndefu ya saa ndani ya mnara wa mji"
    assert caption in _captions(caption)


def test_a_labelled_credit_still_goes() -> None:
    assert _captions("Picha: Asha Mwinyi") == []
