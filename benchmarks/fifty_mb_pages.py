"""Pages of 50 MB in the shapes a hostile page takes, each extracted in a fresh process:
CPU time and peak RSS (issue 14: a 50 MB page answers within 2 s).

    .venv/bin/python benchmarks/fifty_mb_pages.py [SHAPE ...]

Each page must answer (an Article or a ``NewsExtractError``) within 2 s of CPU and under
1 GB of peak RSS; CPU time, not wall time, because the machine is shared. Exit code 1 if a
page misses it. ``big_pages.py`` holds the shapes of earlier rounds.
"""

from __future__ import annotations

import json
import subprocess
import sys

#: Seconds of CPU and MB of peak RSS a page may take.
CPU_BAR = 2.0
RSS_BAR = 1024

SHAPES = {
    "text": "one text node of 10 million words",
    "one_word": "one text node of one 50 MB word",
    "jsonld": "a JSON-LD articleBody of one 50 MB line",
    "jsonld_lines": "a JSON-LD articleBody of 10,000 lines of 5 KB",
    "live": "a LiveBlogPosting of 5,000 updates of 10 KB",
    "tiny_p": "a million <p>x</p> (over the tag limit)",
    "p_cap": "99,000 <p> of 500 characters (under the tag limit)",
    "attr": "one attribute value of 50 MB",
    "script": "a 50 MB <script>",
    "comment": "a 50 MB comment",
    "table": "50 MB of <td> (over the tag limit)",
    "table_cap": "99,000 <td> of 240 characters (under the tag limit)",
    "entities": "10 million &amp; (no words: no body of ours)",
    "entity_num": "10 million &#65;",
    "pre": "a 50 MB <pre>",
    "title": "a 50 MB <title>",
    "h1": "a 50 MB <h1>",
    "h2": "a 50 MB <h2>",
    "textarea": "a 50 MB <textarea>",
    "time_text": "a 50 MB <time> of dates",
}

_CHILD = r"""
import json, resource, sys, time
import newsextract
kind = sys.argv[1]
MB = 50 * 1024 * 1024
words = "with some words in it"
p20 = f"<p>{words * 20}</p>"
if kind == "text":
    html = "<article><h1>T</h1><p>" + "word " * (MB // 5) + "</p></article>"
elif kind == "one_word":
    html = "<article><p>" + "w" * MB + "</p></article>"
elif kind == "jsonld":
    ld = '{"@type":"NewsArticle","headline":"A","articleBody":"' + "word " * (MB // 5) + '"}'
    html = f'<script type="application/ld+json">{ld}</script>{p20}'
elif kind == "jsonld_lines":
    lines = ("word " * 1000 + "\\n") * (MB // 5002)
    ld = '{"@type":"NewsArticle","headline":"A","articleBody":"' + lines + '"}'
    html = f'<script type="application/ld+json">{ld}</script>{p20}'
elif kind == "live":
    up = '{"@type":"BlogPosting","headline":"h","articleBody":"' + "word " * 2000 + '"}'
    ups = ",".join([up] * 5000)
    ld = '{"@type":"LiveBlogPosting","headline":"A","liveBlogUpdate":[' + ups + "]}"
    html = f'<script type="application/ld+json">{ld}</script>{p20}'
elif kind == "tiny_p":
    html = "<p>x</p>" * 1_000_000
elif kind == "p_cap":
    html = ("<p>" + "word " * 100 + "</p>") * 99_000
elif kind == "attr":
    html = f'<div data-x="{"word " * (MB // 5)}">{p20}</div>'
elif kind == "script":
    html = f"<script>{'var a=1;' * (MB // 8)}</script>{p20}"
elif kind == "comment":
    html = f"<!--{'word ' * (MB // 5)}-->{p20}"
elif kind in ("table", "table_cap"):
    cell = "<td>" + "words " * 40 + "</td>"
    html = p20 + "<table><tr>" + cell * (MB // len(cell) if kind == "table" else 99_000)
    html += "</tr></table>"
elif kind == "entities":
    html = "<article><p>" + "&amp;" * (MB // 5) + "</p></article>"
elif kind == "entity_num":
    html = "<article><p>" + "&#65;" * (MB // 5) + "</p></article>"
elif kind == "pre":
    html = "<article><pre>" + "x = 1\n" * (MB // 6) + "</pre></article>"
elif kind in ("title", "textarea"):
    html = f"<{kind}>" + "word " * (MB // 5) + f"</{kind}>" + p20
elif kind == "h1":
    html = "<article><h1>" + "word " * (MB // 5) + "</h1>" + p20 + "</article>"
elif kind == "h2":
    html = f"<article><h1>T</h1>{p20}<h2>" + "word " * (MB // 5) + f"</h2>{p20}</article>"
elif kind == "time_text":
    html = "<article><h1>T</h1><time>" + "12 March 2020 " * (MB // 14) + f"</time>{p20}</article>"
html = f"<html><body>{html}</body></html>"
newsextract.extract("<html><body><p>warm-up of the imports</p></body></html>")
cpu = time.process_time()
try:
    article = newsextract.extract(html)
    outcome = f"{len(article.body)} body chars ({article.provenance.get('body', 'no body')})"
    if 'page' in article.provenance:
        outcome += f", {article.provenance['page']}"
except newsextract.NewsExtractError as exc:
    outcome = f"{type(exc).__name__}: {exc}"[:120]
cpu = time.process_time() - cpu
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"cpu": cpu, "peak_mb": peak / 1024, "chars": len(html), "outcome": outcome}))
"""


def main(shapes: list[str]) -> int:
    print("| page | characters | CPU s | peak RSS (MB) | outcome | bar |")
    print("| --- | --- | --- | --- | --- | --- |")
    missed = 0
    for kind in shapes or list(SHAPES):
        done = subprocess.run(
            [sys.executable, "-c", _CHILD, kind],
            capture_output=True,
            text=True,
            timeout=600,
            check=True,
        )
        row = json.loads(done.stdout)
        ok = row["cpu"] < CPU_BAR and row["peak_mb"] < RSS_BAR
        missed += not ok
        print(
            f"| {SHAPES[kind]} | {row['chars']:,} | {row['cpu']:.2f} | {row['peak_mb']:.0f} | "
            f"{row['outcome']} | {'ok' if ok else 'MISSED'} |",
            flush=True,
        )
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
