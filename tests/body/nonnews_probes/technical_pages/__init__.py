"""A blind probe of technical and reference pages (round 56): pages written without reading
the extractor, each in the markup its generator writes, with that generator's furniture
around the text (sidebars and navigation trees, "edit this page" and "last updated" lines,
version pickers, "on this page" tables of contents, previous/next links, cookie banners,
copy buttons, footers, scripts). The kinds ``reference_and_docs`` lacks: code with line
numbers set as a table (Pygments' ``highlighttable``, SyntaxHighlighter's gutter, a code
host's ``blob-num`` / ``blob-code`` cells in a file view and an embedded gist) or as an
``<ol>`` of lines, code in tabs, a Jupyter notebook's export (In/Out prompts, an output
table), Sphinx (Read the Docs and Furo themes), MkDocs Material, Docusaurus, Docsy, Just the
Docs, rustdoc, Javadoc, Doxygen, pkgdown, a Go package's page, GitBook, ReadMe.io,
Confluence, DokuWiki and a GitLab wiki, admonitions, a man page as mandoc's HTML, math as
KaTeX and MediaWiki's markup (their hidden MathML and TeX copies must not show), an API's
parameter table, a CLI transcript, a diagram's source, a Stack-Exchange-like answer with
code, a tutorial site's example boxes, a reference page with its compatibility table and
a component's data sheet. Languages and scripts the other files lack (Irish, Esperanto,
Asturian, Luxembourgish, Turkmen, Tatar, Bosnian, Uyghur, Scottish Gaelic, Faroese,
Malagasy, Kinyarwanda) beside others. Every name, place, project and sentence is invented.
"""

from __future__ import annotations

# The parts add their pages in this order (the probes' order in reports).
from . import generators, listings_and_math, references  # noqa: F401
from ._registry import CODE, ONCE, PROBES, ROWS

__all__ = ["CODE", "ONCE", "PROBES", "ROWS"]
