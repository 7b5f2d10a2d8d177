"""Furniture of page kinds beyond news (body probe round 10): a notebook's execution
prompts, a code example's language label, a forum thread's reply subjects and its
who-is-online box, a how-to's step numbers set out beside the list's own.
"""

from __future__ import annotations

import newsextract

PROSE = "<p>" + "The rain gauge on the roof reads every ten minutes through the year. " * 3 + "</p>"


def _markdown(body: str) -> str:
    html = f"<html><body><main><h1>Rainfall</h1>{PROSE}{body}{PROSE}</main></body></html>"
    return newsextract.extract(html).body_markdown()


def test_notebook_prompts_are_furniture() -> None:
    markdown = _markdown(
        '<div class="jp-Cell jp-CodeCell"><div class="jp-InputArea">'
        '<div class="jp-InputPrompt jp-InputArea-prompt">In&nbsp;[1]:</div>'
        '<div class="jp-Editor"><pre>total = sum(readings)</pre></div></div>'
        '<div class="jp-OutputArea"><div class="jp-OutputPrompt jp-OutputArea-prompt">Out[1]:'
        '</div><div class="jp-RenderedText"><pre>141.7</pre></div></div></div>'
        '<div class="cell code_cell"><div class="input"><div class="prompt input_prompt">'
        'In&nbsp;[2]:</div><div class="inner_cell"><pre>readings.max()</pre></div></div></div>'
    )
    assert "In [1]" not in markdown and "In \\[1\\]" not in markdown
    assert "Out" not in markdown and "In \\[2\\]" not in markdown
    assert "total = sum(readings)" in markdown and "141.7" in markdown
    assert "readings.max()" in markdown


def test_a_code_examples_language_label_names_the_fence() -> None:
    markdown = _markdown(
        '<div class="code-example"><div class="example-header"><span class="language-name">'
        'js</span><button class="copy-icon">Copy</button></div>'
        '<pre class="brush: js notranslate"><code>fal.at(-1)</code></pre></div>'
        '<div class="code-example"><div class="example-header"><span>Python</span>'
        "<button>Copy</button></div><pre><code>readings[-1]</code></pre></div>"
    )
    assert "```js\nfal.at(-1)\n```" in markdown
    assert "```python\nreadings[-1]\n```" in markdown
    assert "\njs\n" not in markdown and "\nPython\n" not in markdown


def test_a_label_that_is_another_language_than_the_codes_stays() -> None:
    markdown = _markdown(
        '<div class="code-example"><div class="example-header"><span>Output</span></div>'
        '<pre class="language-python"><code>print(total)</code></pre></div>'
    )
    assert "Output" in markdown
    assert "```python\nprint(total)\n```" in markdown


def test_a_paragraph_above_code_is_no_label() -> None:
    markdown = _markdown("<div><p>Example</p><pre><code>print(total)</code></pre></div>")
    assert "Example\n\n```\nprint(total)\n```" in markdown


def test_forum_reply_subjects_and_the_online_box_are_furniture() -> None:
    posts = "".join(
        f'<div id="p{i}" class="post"><div class="postbody"><h3><a href="#p{i}">Re: Yellow '
        f'tomato leaves</a></h3><div class="content">{text}</div></div></div>'
        for i, text in enumerate(
            (
                "My tomato plants have yellow leaves this week although I water them daily.",
                "Yellow leaves mostly come from too much water or too little food in the soil.",
                "Thanks, I watered less and after two weeks the new leaves are green again.",
            )
        )
    )
    html = (
        f'<html><body><div id="page-body"><h2 class="topic-title"><a href="/t/881">Yellow '
        f'tomato leaves</a></h2>{posts}<div class="stat-block online-list"><h3>Who is '
        "online</h3><p>Users browsing this forum: 2 members and 5 guests</p></div></div>"
        "</body></html>"
    )
    markdown = newsextract.extract(html).body_markdown()
    assert "Re:" not in markdown
    assert "guests" not in markdown and "Who is online" not in markdown
    assert "after two weeks the new leaves are green again" in markdown


def test_a_steps_number_set_out_is_not_repeated() -> None:
    steps = "".join(
        f'<li><div class="step_num">{i}</div><div class="step"><b>{head}</b> {text}</div></li>'
        for i, (head, text) in enumerate(
            (
                ("Choose a pot that drains.", "It needs at least two holes in its bottom."),
                ("Mix soil and compost.", "Two parts of soil to one of compost suit it."),
            ),
            start=1,
        )
    )
    markdown = _markdown(f"<ol>{steps}</ol>")
    assert "1. Choose a pot that drains. It needs at least two holes in its bottom." in markdown
    assert "2. Mix soil and compost." in markdown


def test_a_number_in_an_unnumbered_list_stays() -> None:
    markdown = _markdown(
        "<ul><li><span>3</span><div>rooms on the ground floor of the house</div></li></ul>"
    )
    assert "- 3 rooms on the ground floor of the house" in markdown


def test_a_search_boxs_label_is_furniture() -> None:
    markdown = _markdown(
        '<div id="qa" class="section"><div class="qa_search">Search the questions</div>'
        "<button>Ask a question</button></div>"
    )
    assert "Search the questions" not in markdown
