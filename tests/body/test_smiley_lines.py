"""A smiley drawn in punctuation alone on its line closes a blog post to its readers: it is
the writer's, kept like a word; a line of other marks (a rule, a glyph) is still no text."""

from __future__ import annotations

import pytest

import newsextract

_POST = (
    "<html lang='es'><body><div class='post'><h1>Nuestro segundo gato</h1><div "
    "class='entry'><p>Hace unos meses llegó Nube, el primer gato de la casa, y la semana "
    "pasada adoptamos a su hermano Trueno en la protectora del barrio.</p><p>Así fue el "
    "primer encuentro entre los dos, con mucho bufido y después una siesta juntos:</p>"
    "<p>{line}</p></div></div></body></html>"
)


@pytest.mark.parametrize("line", [":)", ";-)", ":-(", "^^", "<3"])
def test_a_smiley_closing_a_post_stays(line: str) -> None:
    article = newsextract.extract(_POST.format(line=line))
    assert [block.text for block in article.body_blocks][-1] == line


@pytest.mark.parametrize("line", ["* * *", "---", "→", "|"])
def test_other_marks_alone_go(line: str) -> None:
    article = newsextract.extract(_POST.format(line=line))
    assert [block.text for block in article.body_blocks][-1].endswith("siesta juntos:")
