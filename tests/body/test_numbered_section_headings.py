"""A heading numbered as a section of the text ("4. Diskussion") is the text's, though its
word labels a comment section too; a count before that word ("3 Kommentare") stays a
comment section's label. Invented page."""

from __future__ import annotations

import newsextract


def _page(heading: str) -> str:
    return (
        "<html lang='de'><head><title>Hecken im Ackerland</title></head><body><main><article>"
        "<h1>Hecken im Ackerland</h1><h2>1. Einleitung</h2><p>Hecken bremsen den Wind und "
        "halten im Sommer die Feuchte länger im Boden der angrenzenden Felder.</p><h2>2. "
        "Ergebnisse</h2><p>Neben den Hecken lag der Ertrag um ein Zehntel höher als in der "
        f"Mitte der Felder.</p><h2>{heading}</h2><p>Der Vorteil wog den Flächenverlust durch "
        "die Hecken in drei von vier Jahren auf.</p></article></main></body></html>"
    )


def test_a_numbered_discussion_heading_stays() -> None:
    body = newsextract.extract(_page("3. Diskussion"), url="https://z.example/a/1").body
    assert "3. Diskussion" in (body or "")


def test_a_comment_count_heading_stays_out() -> None:
    body = newsextract.extract(_page("3 Kommentare"), url="https://z.example/a/1").body
    assert "3 Kommentare" not in (body or "")
