"""Round 34's rules, and where each stops: a closing line after an ad slot joins the text; a
list whose items are each cut short with an ellipsis is a box of excerpts; linked headings of
a name's length between the text's blocks, linked out of the page, are its sections. (The
probe pages of ``nonnews_probes`` show each on whole pages.)"""

from __future__ import annotations

import pytest

import newsextract

_TEXT = (
    "<p>The council will open six free concerts in the town park this summer, one on every "
    "Thursday evening from the middle of June.</p><p>A brass band from the next town opens the "
    "season with film music and marches, followed by a choir of the local school.</p><p>Guests "
    "are asked to bring their own blankets, as there are only a few benches by the stage.</p>"
)


def _story(after: str) -> str:
    page = (
        "<html lang='en'><body><header><a href='/'>Example Gazette</a></header><main><div "
        f"class='story'><h1>Concerts in the park</h1><div class='story-text'>{_TEXT}</div>"
        f"{after}</div></main><footer><p>Example Gazette Ltd</p></footer></body></html>"
    )
    return newsextract.extract(page).body or ""


_LAST = (
    "<div class='story-end'><p>In the event of rain the concert moves to the sports hall.</p></div>"
)


@pytest.mark.parametrize(
    "slot",
    [
        "<div class='ad-slot'><span>Advertisement</span></div>",
        "<div class='advert-inline'></div><div id='gpt-ad-2' class='dfp'>Anzeige</div>",
    ],
)
def test_the_closing_line_after_an_ad_slot_joins(slot: str) -> None:
    body = _story(slot + _LAST)
    assert body.endswith("In the event of rain the concert moves to the sports hall.")
    assert "Advertisement" not in body and "Anzeige" not in body


@pytest.mark.parametrize(
    "box",
    [
        # another kind of furniture between them ends the text
        "<div class='tags'><a href='/t/1'>Music</a> <a href='/t/2'>Parks</a></div>",
        # a slot holding a box of text of its own is no bare slot
        "<div class='ad-slot'><p>Win two tickets for the festival: answer three questions "
        "about the band.</p></div>",
    ],
)
def test_the_line_after_other_boxes_stays_out(box: str) -> None:
    assert "sports hall" not in _story(box + _LAST)


def _items(*items: str) -> str:
    return "<div class='more'><ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul></div>"


def test_a_list_of_excerpts_goes() -> None:
    body = _story(
        _items(
            "Crossing the moor in fog: we had planned to reach the bothy by noon, but...",
            "Wild camping by the lake: the wind rose after midnight and by two o'clock…",
            "Winter boots tested: after three seasons on the hill, the soles of the [...]",
        )
    )
    assert "the wind rose after midnight" not in body
    assert body.endswith("only a few benches by the stage.")


@pytest.mark.parametrize(
    "items",
    [
        # two cut lines may be the text's own
        (
            "The letter ended with a line we could not read, and then...",
            "The second letter broke off in the middle of a sentence…",
        ),
        # an exercise's prompts are shorter than an excerpt
        ("If I had more time, I would...", "When the train arrives, we...", "Had I known..."),
        # an item that ends as a sentence makes it the text's list
        (
            "Crossing the moor in fog: we had planned to reach the bothy by noon, but...",
            "Wild camping by the lake: the wind rose after midnight and by two o'clock…",
            "Winter boots tested: after three seasons on the hill they are still dry.",
        ),
    ],
)
def test_lists_with_fewer_cut_items_stay(items: tuple[str, ...]) -> None:
    body = newsextract.extract(
        "<html lang='en'><body><main><div class='entry'><h1>Notes</h1>"
        f"{_TEXT}<ul>{''.join(f'<li>{item}</li>' for item in items)}</ul>{_TEXT}"
        "</div></main></body></html>"
    ).body
    assert body is not None
    assert all(item in body for item in items)


def _roundup(*names: str, link: str = "target='_blank' rel='noopener'") -> str:
    sections = "".join(
        f"<h3><a href='https://shop.example/{n}' {link}>{name}</a></h3><p>Light enough to "
        f"carry all day, with a strap that stays put on the longest walks ({n}).</p>"
        for n, name in enumerate(names)
    )
    page = (
        "<html lang='en'><body><main><div class='content'><h1>Light backpacks</h1><p>We tried "
        "twelve backpacks over a summer of walking in the hills, and these are the ones we "
        f"kept.</p>{sections}</div></main></body></html>"
    )
    return newsextract.extract(page).body or ""


@pytest.mark.parametrize(
    "link", ["target='_blank' rel='noopener'", "rel='sponsored'", "rel='nofollow external'"]
)
def test_names_linked_out_over_the_text_are_its_sections(link: str) -> None:
    body = _roundup("Ridge 30", "Trail 24", link=link)
    assert "Ridge 30" in body and "Trail 24" in body


def test_names_linked_to_the_sites_pages_stay_teasers() -> None:
    body = _roundup("Ridge 30", "Trail 24", link="")
    assert "Ridge 30" not in body and "Trail 24" not in body


def test_a_lone_linked_heading_or_a_headline_still_goes() -> None:
    assert "Ridge 30" not in _roundup("Ridge 30")
    headlines = (
        "Council approves the new footbridge over the river after years of debate",
        "Record crowds at the harvest festival as the weather finally turns warm",
    )
    body = _roundup(*headlines)
    assert not any(headline in body for headline in headlines)
