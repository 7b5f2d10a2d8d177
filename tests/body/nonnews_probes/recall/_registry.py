"""What the recall probe pages share: the pages, and the templates of the sites they sit
in (a handbook generator with a contents box, footnotes and an inline sidebar; FAQ and
glossary pages; a changelog; a shop's comparison table; a course site; a council's
minutes; a forum; an old personal homepage; a museum's collection database; a product's
manual; a poetry site; a grid of equal cards), each with its own furniture around the
text."""

from __future__ import annotations

from typing import NamedTuple

from ..pages import Probes, page

PROBES = Probes()


def _paras(paras: tuple[str, ...]) -> str:
    return "".join(f"<p>{text}</p>" for text in paras)


def _links(items: tuple[str, ...], prefix: str = "/l") -> str:
    return "".join(f"<li><a href='{prefix}/{n}'>{item}</a></li>" for n, item in enumerate(items))


class Frame(NamedTuple):
    """A site's frame: its name, its menu, its footer line, a sidebar of linked titles."""

    site: str
    nav: tuple[str, ...]
    footer: str
    side_title: str = ""
    side: tuple[str, ...] = ()
    dir_: str = "ltr"

    def furniture(self) -> tuple[str, ...]:
        """The frame's lines a body must leave out."""
        return (self.footer, *self.side)


def shell(lang: str, title: str, main: str, frame: Frame) -> str:
    """A site's frame around the main column: a header with the site's name and menu, a
    sidebar of linked titles (when given) and a footer line."""
    aside = (
        f"<aside class='sidebar widget-area'><section class='widget'><h3 class='widget-title'>"
        f"{frame.side_title}</h3><ul>{_links(frame.side, '/s')}</ul></section></aside>"
        if frame.side
        else ""
    )
    return page(
        lang,
        title,
        f"<header class='site-header'><a class='site-logo' href='/'>{frame.site}</a><nav "
        f"class='main-nav'><ul>{_links(frame.nav, '/m')}</ul></nav></header><div "
        f"class='page-wrap'><main id='main' class='site-main'>{main}</main>{aside}</div>"
        f"<footer class='site-footer'><p>{frame.footer}</p></footer>",
        dir_=frame.dir_,
    )


Section = tuple[int, str, str]  # heading level, heading, the section's inner markup


def handbook(
    lang: str,
    title: str,
    sections: tuple[Section, ...],
    *,
    toc_title: str,
    notes: tuple[str, ...],
    notes_title: str,
    updated: str,
    frame: Frame,
) -> str:
    """A handbook generator's long page: a contents box of links to every heading, sections
    of h2/h3/h4, numbered footnotes at the end, an "updated" line and a back-to-top link."""
    toc = "".join(
        f"<li class='toc-level-{level}'><a href='#s{n}'>{head}</a></li>"
        for n, (level, head, _) in enumerate(sections)
    )
    body = "".join(
        f"<h{level} id='s{n}'>{head}</h{level}>{inner}"
        for n, (level, head, inner) in enumerate(sections)
    )
    foot = "".join(
        f"<li id='fn{n}'>{note} <a href='#ref{n}' class='footnote-back'>↩</a></li>"
        for n, note in enumerate(notes, 1)
    )
    return shell(
        lang,
        title,
        f"<article class='doc'><h1>{title}</h1><nav class='toc' id='TableOfContents'><h2>"
        f"{toc_title}</h2><ol>{toc}</ol></nav><div class='doc-content'>{body}<section "
        f"class='footnotes' role='doc-endnotes'><h2>{notes_title}</h2><ol>{foot}</ol>"
        f"</section></div><p class='doc-updated'>{updated}</p><a class='back-to-top' "
        "href='#'>↑</a></article>",
        frame,
    )


def sidebar_box(title: str, text: str) -> str:
    """A box set in the middle of a long text (a "did you know" or a case study)."""
    return f"<aside class='callout-box'><h4>{title}</h4><p>{text}</p></aside>"


def fnref(n: int) -> str:
    return f"<sup id='ref{n}'><a href='#fn{n}' class='footnote-ref'>{n}</a></sup>"


def faq_dl(
    lang: str,
    title: str,
    intro: str,
    groups: tuple[tuple[str, tuple[tuple[str, str], ...]], ...],
    frame: Frame,
) -> str:
    """A FAQ of definition lists, a heading per group of questions."""
    body = "".join(
        f"<h2>{head}</h2><dl class='faq'>"
        + "".join(f"<dt>{q}</dt><dd>{a}</dd>" for q, a in pairs)
        + "</dl>"
        for head, pairs in groups
    )
    return shell(lang, title, f"<h1>{title}</h1><p>{intro}</p>{body}", frame)


def faq_details(
    lang: str,
    title: str,
    intro: str,
    pairs: tuple[tuple[str, tuple[str, ...]], ...],
    frame: Frame,
) -> str:
    """A FAQ of closed ``<details>``: the question the summary, the answer paragraphs."""
    body = "".join(
        f"<details class='faq-item'><summary>{q}</summary><div class='faq-answer'>"
        f"{_paras(answer)}</div></details>"
        for q, answer in pairs
    )
    return shell(
        lang,
        title,
        f"<div class='page-header'><h1>{title}</h1></div><div class='faq-intro'><p>{intro}"
        f"</p></div><div class='faq-list'>{body}</div>",
        frame,
    )


def glossary(
    lang: str,
    title: str,
    letters: tuple[tuple[str, tuple[tuple[str, str], ...]], ...],
    frame: Frame,
) -> str:
    """A glossary: a bar of letters, a heading per letter, terms in ``<dl>`` under it."""
    bar = " ".join(f"<a href='#l{n}'>{letter}</a>" for n, (letter, _) in enumerate(letters))
    body = "".join(
        f"<h2 id='l{n}'>{letter}</h2><dl>"
        + "".join(f"<dt><dfn>{term}</dfn></dt><dd>{text}</dd>" for term, text in terms)
        + "</dl>"
        for n, (letter, terms) in enumerate(letters)
    )
    return shell(
        lang,
        title,
        f"<h1>{title}</h1><div class='letter-bar'>{bar}</div><div class='glossary'>{body}</div>",
        frame,
    )


Release = tuple[str, str, tuple[tuple[str, tuple[str, ...]], ...]]


def changelog(
    lang: str,
    title: str,
    intro: str,
    releases: tuple[Release, ...],
    frame: Frame,
) -> str:
    """A changelog: a heading per release with its date, a subheading per kind of change,
    the changes as list items (some with a nested list)."""
    body = "".join(
        f"<h2>{version} <small class='release-date'>{date}</small></h2>"
        + "".join(
            f"<h3>{kind}</h3><ul>{''.join(f'<li>{c}</li>' for c in items)}</ul>"
            for kind, items in groups
        )
        for version, date, groups in releases
    )
    return shell(lang, title, f"<h1>{title}</h1><p>{intro}</p>{body}", frame)


def compare(
    lang: str,
    title: str,
    before: tuple[str, ...],
    header: tuple[str, ...],
    rows: tuple[tuple[str, ...], ...],
    after: tuple[str, ...],
    *,
    buy: str,
    frame: Frame,
) -> str:
    """A comparison page: prose, a spec table with row headers, "buy" buttons in its last
    row, prose after it."""
    head = "".join(f"<th scope='col'>{cell}</th>" for cell in header)
    body = "".join(
        f"<tr><th scope='row'>{row[0]}</th>{''.join(f'<td>{c}</td>' for c in row[1:])}</tr>"
        for row in rows
    )
    buttons = (
        "<tr><td></td>"
        + "".join(
            f"<td><a class='button buy-button' href='/buy/{n}'>{buy}</a></td>"
            for n in range(len(header) - 1)
        )
        + "</tr>"
    )
    return shell(
        lang,
        title,
        f"<article class='comparison'><h1>{title}</h1>{_paras(before)}<div "
        f"class='table-wrapper'><table class='spec-table'><thead><tr>{head}</tr></thead><tbody>"
        f"{body}{buttons}</tbody></table></div>{_paras(after)}</article>",
        frame,
    )


def sections_page(
    lang: str,
    title: str,
    inner: str,
    *,
    wrapper: str = "content",
    frame: Frame,
) -> str:
    """A page whose main column holds the given markup in a wrapper of the given class."""
    return shell(lang, title, f"<div class='{wrapper}'><h1>{title}</h1>{inner}</div>", frame)


def table(header: tuple[str, ...], rows: tuple[tuple[str, ...], ...]) -> str:
    head = "".join(f"<th>{cell}</th>" for cell in header)
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def forum_thread(
    lang: str,
    title: str,
    posts: tuple[tuple[str, tuple[str, ...]], ...],
    *,
    joined: str,
    actions: tuple[str, ...],
    frame: Frame,
) -> str:
    """A forum thread (Discourse-like): each post an avatar, the poster's name, a joined
    line, the post's paragraphs and a row of like / reply buttons."""
    rows = "".join(
        f"<div class='topic-post' id='post_{n}'><div class='topic-avatar'><img src='/u{n}.png' "
        f"alt=''></div><div class='topic-body'><div class='topic-meta-data'><span "
        f"class='username'><a href='/u/{n}'>{user}</a></span><span class='user-joined'>"
        f"{joined}</span></div><div class='cooked'>{_paras(text)}</div><nav "
        "class='post-controls'>"
        + "".join(f"<button class='btn'>{action}</button>" for action in actions)
        + "</nav></div></div>"
        for n, (user, text) in enumerate(posts)
    )
    return shell(
        lang,
        title,
        f"<div id='topic-title'><h1><a href='/t/1'>{title}</a></h1></div><div "
        f"class='post-stream'>{rows}</div>",
        frame,
    )


def homepage(lang: str, title: str, inner: str, *, counter: str, dir_: str = "ltr") -> str:
    """A personal homepage of the old web: a centred table, a photo, headings and lists,
    a visitor counter and a "last modified" line at the foot."""
    return page(
        lang,
        title,
        "<table width='760' align='center' border='0'><tr><td valign='top'><img "
        f"src='me.jpg' width='120' alt=''></td><td valign='top'><font face='Verdana'>{inner}"
        f"</font></td></tr><tr><td colspan='2'><hr><font size='1'>{counter}</font></td></tr>"
        "</table>",
        dir_=dir_,
    )


def museum(
    lang: str,
    title: str,
    fields: tuple[tuple[str, str], ...],
    description: tuple[str, ...],
    extra_title: str,
    extra: tuple[str, ...],
    *,
    actions: tuple[str, ...],
    related_title: str,
    related: tuple[str, ...],
    frame: Frame,
) -> str:
    """A museum collection record: the image, a field list (object type, maker, date,
    material, measurements, number), the description, a provenance or exhibitions section,
    a row of "save / share / order a print" actions and related objects."""
    dl = "".join(f"<dt>{label}</dt><dd>{value}</dd>" for label, value in fields)
    acts = "".join(f"<li><a href='#'>{action}</a></li>" for action in actions)
    cards = "".join(
        f"<li class='object-card'><a href='/obj/{n}'><img src='/t{n}.jpg' alt=''><span>{item}"
        "</span></a></li>"
        for n, item in enumerate(related)
    )
    return shell(
        lang,
        title,
        f"<div class='object-record'><h1 class='object-title'>{title}</h1><figure "
        "class='object-image'><img src='/obj.jpg' alt=''></figure><ul class='object-actions'>"
        f"{acts}</ul><dl class='object-fields'>{dl}</dl><div class='object-description'>"
        f"{_paras(description)}</div><h2>{extra_title}</h2><ul class='provenance'>"
        f"{''.join(f'<li>{line}</li>' for line in extra)}</ul></div><section "
        f"class='related-objects'><h2>{related_title}</h2><ul>{cards}</ul></section>",
        frame,
    )


def anthology(
    lang: str,
    title: str,
    intro: str,
    poems: tuple[tuple[str, str, tuple[tuple[str, ...], ...]], ...],
    *,
    share: str,
    frame: Frame,
) -> str:
    """An anthology page: several poems, each a title, its author and its stanzas as lines
    broken by ``<br>``, each poem closed by a share line."""
    body = "".join(
        f"<div class='poem'><h2 class='poem-title'>{name}</h2><p class='poem-author'>{author}"
        "</p><div class='poem-text'>"
        + "".join(f"<p class='stanza'>{'<br>'.join(stanza)}</p>" for stanza in stanzas)
        + f"</div><div class='share-line'><a href='#'>{share}</a></div></div>"
        for name, author, stanzas in poems
    )
    return shell(
        lang, title, f"<h1>{title}</h1><p class='anthology-intro'>{intro}</p>{body}", frame
    )


def cards(
    lang: str,
    title: str,
    intro: str,
    items: tuple[tuple[str, str], ...],
    *,
    more: str,
    frame: Frame,
) -> str:
    """A page whose text sits in a grid of equal cards: each a heading, a paragraph and a
    "learn more" link."""
    grid = "".join(
        f"<div class='col-md-4'><div class='card h-100'><div class='card-body'><h3 "
        f"class='card-title'>{head}</h3><p class='card-text'>{text}</p><a href='/c/{n}' "
        f"class='card-link'>{more}</a></div></div></div>"
        for n, (head, text) in enumerate(items)
    )
    return shell(
        lang,
        title,
        f"<section class='hero'><h1>{title}</h1><p class='lead'>{intro}</p></section><div "
        f"class='container'><div class='row'>{grid}</div></div>",
        frame,
    )
