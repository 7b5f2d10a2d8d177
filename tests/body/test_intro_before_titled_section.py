"""A page's introduction of one sentence in a box of its own, parted from the text by a
heading set between them (an episode's description over "Transcript", a tool's summary over
"Installation"), is the text's opening (``region_lines.intro_before``, round 53's blind probe);
a linked line there, or one beside the text with no heading between them, stays out."""

from __future__ import annotations

import newsextract

_SECTION = (
    "<div class='transkrip'><p><strong>Dewi:</strong> Selamat datang di episode ketiga "
    "puluh, hari ini kita bicara soal kopi dari lereng gunung.</p><p><strong>Bayu:</strong> "
    "Kebun kami ada di ketinggian seribu empat ratus meter, jadi buahnya matang pelan."
    "</p><p><strong>Dewi:</strong> Apa yang paling sulit saat panen raya tiba?</p><p><strong>"
    "Bayu:</strong> Hujan. Kalau biji basah terlalu lama, rasanya jadi asam dan pahit.</p>"
    "</div>"
)
_INTRO = "Kami mengobrol dengan petani kopi Bayu Santoso tentang panen di musim hujan."


def _text(intro: str, heading: str = "<h2>Transkrip</h2>") -> str:
    html = (
        "<html lang='id'><head><title>Episode 30: Kopi lereng</title></head><body><header>"
        "<a href='/'>Obrolan Sore</a><nav><a href='/episode'>Episode</a> <a href='/tentang'>"
        "Tentang</a></nav></header><main class='episode'><h1>Episode 30: Kopi lereng</h1>"
        "<div class='pemutar'><audio src='/a/30.mp3'></audio><span>00:00 / 41:20</span></div>"
        f"{intro}{heading}{_SECTION}<section class='lainnya'><h3>Episode lain</h3><ul><li><a "
        "href='/e/29'>Episode 29: Pasar terapung</a></li></ul></section></main><footer><p>© "
        "Obrolan Sore</p></footer></body></html>"
    )
    article = newsextract.extract(html, url="https://obrolan.example.id/episode/30")
    return "\n\n".join(part for part in (article.lead, article.body) if part)


def test_a_description_over_the_transcript_heading_opens_the_text() -> None:
    text = _text(f"<div class='deskripsi'><p>{_INTRO}</p></div>")
    assert _INTRO in text
    assert text.index(_INTRO) < text.index("Selamat datang di episode ketiga puluh")
    assert "Episode 29: Pasar terapung" not in text and "00:00 / 41:20" not in text


def test_a_linked_description_stays_out() -> None:
    linked = _INTRO.replace("Bayu Santoso", "<a href='/tamu/bayu'>Bayu Santoso</a>")
    assert "tentang panen di musim hujan" not in _text(
        f"<div class='deskripsi'><p>{linked}</p></div>"
    )


def test_a_line_set_beside_the_text_without_a_heading_is_not_joined_by_this_rule() -> None:
    # No heading parts them: the rule does not take the line (other rules may, as a lead).
    text = _text(
        "<div class='promo'><p>Dengarkan juga episode kami di aplikasi podcast "
        "favorit kamu.</p></div>",
        heading="",
    )
    assert "Dengarkan juga episode kami" not in text


def _reference(intro: str, first: str) -> str:
    html = (
        "<html lang='en'><head><title>Class Ledger</title></head><body><header><nav><a "
        "href='/'>Overview</a> <a href='/tree'>Tree</a></nav></header><main><div "
        f"class='header'><h1>Class Ledger</h1></div><section class='description'>{intro}"
        f"</section><section class='details'>{first}<ul><li><h4>add</h4><p>Adds an entry "
        "to the ledger and returns its running balance after the addition.</p></li><li>"
        "<h4>balance</h4><p>Returns the balance of all entries booked so far, in the "
        "ledger's currency, rounded to cents.</p></li><li><h4>close</h4><p>Closes the "
        "ledger; later calls to add raise an error naming the closed ledger.</p></li></ul>"
        "</section></main><footer><p>© Ledger docs</p></footer></body></html>"
    )
    article = newsextract.extract(html, url="https://docs.example.org/ledger.html")
    return "\n\n".join(part for part in (article.lead, article.body) if part)


_DESCRIPTION = "<div class='block'>Keeps a running balance of dated entries in one currency.</div>"


def test_a_description_before_a_section_opening_on_its_heading_opens_the_text() -> None:
    """The heading parting a reference page's class description from its first titled
    section may sit inside that section (``_opens_section``): the description joins."""
    text = _reference(_DESCRIPTION, "<h2>Method details</h2>")
    assert text.startswith("Keeps a running balance of dated entries in one currency.")
    assert "Tree" not in text


def test_a_line_before_a_section_without_a_heading_is_not_joined_by_this_rule() -> None:
    text = _reference(_DESCRIPTION, "")
    assert "Keeps a running balance" not in text


def test_a_storys_standfirst_before_a_body_opening_on_a_subheading_stays_the_lead() -> None:
    """A news story's summary box before its body, which opens on a subheading, is the
    lead as before: ``_opens_section`` does not put it in the body a second time."""
    story = "".join(
        f"<p>Paragraph {n} of the story tells what the council decided on the bridge and why "
        "the vote was close this time round.</p>"
        for n in range(6)
    )
    summary = "The council approved the new bridge after a long and heated debate."
    html = (
        "<html><head><title>Council votes on bridge</title></head><body><header><nav><a "
        "href='/'>Home</a></nav></header><main><article><h1>Council votes on bridge</h1><div "
        f"class='summary'><p>{summary}</p></div><div class='article-body'><h2>A close vote"
        f"</h2>{story}</div></article></main></body></html>"
    )
    article = newsextract.extract(html, url="https://news.example.com/2026/bridge")
    assert article.lead == summary
    assert summary not in article.body
