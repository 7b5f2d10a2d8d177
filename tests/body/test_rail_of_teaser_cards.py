"""Wave 68c, from the blind probe of long pages (``nonnews_probes.blind68c``): a rail of
teaser cards set after the text in the same grid (each another story's headline as a bare
link over a sentence of its summary, uncut, with no "read more") is no part of the text;
cards that do not close the text, fewer than three, or entries headed by headings stay."""

from __future__ import annotations

import newsextract

_TEXT = "".join(
    f"<p>{sentence} De boer vertel dat die reën vanjaar laat gekom het, maar dat die "
    "druiwe ryp en soet is en dat die oes volgende week begin.</p>"
    for sentence in (
        "Op die plaas by Calitzdorp stook die familie al vier geslagte lank port.",
        "Die druiwe word in die koelte van die vroegoggend gepluk.",
        "Die kelder is nog dieselfde een wat oupa in 1921 gebou het.",
        "Die nuwe oesjaar se port sal eers oor tien jaar gebottel word.",
    )
)
_BLURBS = (
    "Die dorpsraad het die ou stasiegebou aan 'n kunstenaarsgroep verhuur.",
    "Drie skole in die distrik kry volgende maand nuwe sonpanele.",
    "Die jaarlikse perskefees trek vanjaar meer besoekers as ooit tevore.",
)


def _cards(count: int, headline: str = "<a class='t' href='/t/{n}'>Nuus {n}</a>") -> str:
    return "".join(
        f"<div class='card'>{headline.format(n=n)}<div class='blurb'>{blurb}</div></div>"
        for n, blurb in enumerate(_BLURBS[:count])
    )


def _body(grid: str) -> str:
    html = (
        "<html lang='af'><body><div id='root'><h1>Vier geslagte port</h1><div class='grid'>"
        f"{grid}</div><footer><p>Alle regte voorbehou.</p></footer></div></body></html>"
    )
    return newsextract.extract(html, url="https://koerant.example.co.za/port").body or ""


def test_rail_of_cards_after_the_text_goes() -> None:
    body = _body(f"<div class='col'>{_TEXT}</div><div class='rail'>{_cards(3)}</div>")
    assert "vier geslagte lank port" in body
    assert "oor tien jaar gebottel" in body
    assert not [blurb for blurb in _BLURBS if blurb in body]


def test_two_cards_stay() -> None:
    body = _body(f"<div class='col'>{_TEXT}</div><div class='rail'>{_cards(2)}</div>")
    assert _BLURBS[0] in body


def test_cards_the_text_goes_on_after_stay() -> None:
    body = _body(
        f"<div class='col'>{_TEXT}<div class='list'>{_cards(3)}</div><p>Die proe begin om "
        "tienuur in die ou kelder, en kaartjies is by die deur te koop vir die hele dag.</p>"
        "</div>"
    )
    assert _BLURBS[1] in body


def test_posts_under_one_linked_name_stay() -> None:
    """A feed's posts, each under its one author's linked name (one address), are the
    page's text, however short and however many."""
    body = _body(
        f"<div class='col'>{_TEXT}</div><div class='feed'>"
        + _cards(3, headline="<a class='t' href='/@kelder'>Die Kelder</a>")
        + "</div>"
    )
    assert _BLURBS[2] in body
