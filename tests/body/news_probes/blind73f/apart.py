"""The blind73f probe's second batch, written after the first batch's run: the same stories
in the layouts that keep their parts further apart. A live blog whose stream of entries sits
outside the <article> that holds the headline and the intro (a script's mount point after
it), each entry with a reporter's name beside its time; a results story whose categories
are small tables (a rank, then the nominee's line). Same conventions, decided with the
pages: intro, entries' headlines and text, the sentence after an embed, category headings
and nominee lines are the text; the pointer line, the reporters' names and the embed are
neutral; the furniture is not."""

from __future__ import annotations

from ._kit import ad, add, live_json, load_more, paras, share, shell
from .lists import RESULTS
from .live import LIVES, tweet
from .words import WORDS

_REPORTERS = ("Jo Marsh", "Ana Ruiz", "Kai Olsen")


def _live_apart(number: int) -> None:
    lang, title, intro, pointer, items, post, after = LIVES[number]
    w = WORDS[lang]
    url = f"https://{w.host}/live/2026/03/03/{lang}-live-apart-{number}"
    entries = []
    for n, (time, head, text) in enumerate(items):
        body = paras(text) + (tweet(post) + paras(after) if n == 1 else "")
        entries.append(
            f"<div class='lb-post'><div class='lb-meta'><span>{_REPORTERS[n]}</span> <time>"
            f"{time}</time></div><h3>{head}</h3>{body}{share(w)}</div>"
        )
    entries.insert(2, ad(w))
    stream = (
        f"<div id='liveblog-root' class='liveblog-stream'>{''.join(entries)}{load_more(w)}</div>"
    )
    must = (*intro, *(line for entry in items for line in entry[1:]), after)
    add(
        w,
        f"b73f_live_{lang}_apart",
        url,
        shell(
            w,
            title,
            f"<div class='article-body'>{paras(*intro, pointer)}</div>",
            head=live_json(title, url, tuple(entry[1] for entry in items)),
            after=stream,
        ),
        must,
        (w.share, w.load_more, w.advert),
    )


def _results_tables(number: int) -> None:
    lang, title, intro, pointer, categories = RESULTS[number]
    w = WORDS[lang]
    tables = "".join(
        f"<h3>{heading}</h3><table class='results'><tbody>"
        + "".join(
            f"<tr><td>{rank}.</td><td>{line}</td></tr>" for rank, line in enumerate(nominees, 1)
        )
        + "</tbody></table>"
        for heading, nominees in categories
    )
    must = (*intro, *(line for heading, nominees in categories for line in (heading, *nominees)))
    add(
        w,
        f"b73f_results_{lang}_tables",
        f"https://{w.host}/culture/2026/03/03/{lang}-results-tables-{number}",
        shell(
            w, title, f"{share(w)}<div class='story-body'>{paras(*intro, pointer)}{tables}</div>"
        ),
        must,
        (w.share, w.advert),
    )


for _number in range(len(LIVES)):
    _live_apart(_number)
for _number in range(len(RESULTS)):
    _results_tables(_number)
