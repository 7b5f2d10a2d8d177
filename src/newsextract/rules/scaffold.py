"""``newsextract rules new``: a rule file, a copy of the page and its golden JSON.

The rule file is a commented template laid out with tomlkit, which escapes every value that
comes from the user (a URL, a host, a rule name) by the TOML rules and writes comments too.
"""

from __future__ import annotations

import json
import os
import re
import stat
from collections.abc import Mapping
from pathlib import Path
from urllib.parse import urlsplit

import tomlkit

from newsextract.browser_urls import browser_host
from newsextract.credentials import without_password
from newsextract.errors import RuleError, RuleExistsError
from newsextract.extract import extract
from newsextract.files import read_page_file
from newsextract.rules.model import host_problem

#: The fields the template offers to fill, each with where the generic extractor found it.
SCAFFOLD_FIELDS = ("title", "authors", "published", "tags", "categories", "source")

#: The longest rule name, in UTF-8 bytes: a file name holds 255 (ext4, APFS, NTFS's 255
#: characters), less the golden file's ``_1.expected.json``, with room for a case number.
MAX_NAME_BYTES = 255 - len("_1.expected.json") - 4

#: The Article fields the golden file starts from (the rest rarely needs a rule).
GOLDEN_KEYS = (
    "title",
    "authors",
    "published",
    "publisher",
    "source",
    "tags",
    "categories",
    "language",
    "body",
)


def scaffold(
    html_path: Path, url: str, name: str, out_dir: Path, *, force: bool = False
) -> tuple[Path, Path, Path]:
    """A rule file, a copy of the page and its golden JSON filled with today's output.

    The golden file holds what the generic extractor says now: a person corrects it, then
    adds selectors to the rule until ``newsextract rules test`` passes. Those hand-edited
    files are never replaced silently: ``RuleExistsError`` unless ``force``. A bad ``name``
    or ``url`` is a ``RuleError``; nothing is written until every value is known good.

    A rules folder is shared (a repository): a symbolic link in place of one of the files
    counts as a file there, and is replaced by the file, never written through (``rules
    new`` wrote through a planted link to a path outside the folder, without ``force``
    when the link led nowhere yet). A folder, FIFO or device there is never replaced.
    """
    # a name opens with a letter or digit: "." or ".." would write hidden files ("..toml")
    if not re.fullmatch(r"[^\W_][\w.\-]*", name):
        raise RuleError(
            "a rule name opens with a letter or digit, then letters, digits, '.', '-' or '_'",
            key="rule.name",
        )
    if len(name.encode()) > MAX_NAME_BYTES:
        # checked before any write: such a name wrote the page's copy, then failed on its
        # golden file's name, leaving a half rule that ``rules new`` then refused to replace
        raise RuleError(
            f"a rule name of {len(name.encode()):,} bytes, over the {MAX_NAME_BYTES} its "
            "files' names leave room for",
            key="rule.name",
        )
    rule_file = out_dir / f"{name}.toml"
    page = out_dir / "cases" / f"{name}_1.html"
    expected = out_dir / "cases" / f"{name}_1.expected.json"
    targets = (rule_file, page, expected)
    existing = tuple(str(path) for path in targets if os.path.lexists(path))
    unreplaceable = [path for path in targets if _is_special(path)]
    if unreplaceable:
        raise RuleExistsError(
            f"rule {name!r} would replace what is no file: {', '.join(map(str, unreplaceable))}",
            paths=tuple(map(str, unreplaceable)),
        )
    if existing and not force:
        raise RuleExistsError(
            f"rule {name!r} already has files, kept as they are: {', '.join(existing)} "
            "(--force, or force=True, replaces them)",
            paths=existing,
        )
    host = rule_domain(url)
    url = without_password(url)  # rule files are shared and kept: no password in them
    html = read_page_file(str(html_path))
    article = extract(html, url=url, default_rules=False)
    golden = {"url": url, **{k: v for k, v in article.to_dict().items() if k in GOLDEN_KEYS}}
    text = rule_file_text(
        name, host, article.provenance, f"cases/{page.name}", f"cases/{expected.name}", url
    )
    try:
        encoded = text.encode("utf-8")
    except UnicodeEncodeError as exc:  # a lone surrogate, from undecodable argument bytes
        raise RuleError(
            f"page URL {url!r} cannot go in a rule file: {exc.reason}", key="tests[0].url"
        ) from exc
    page.parent.mkdir(parents=True, exist_ok=True)
    contents = (
        (page, html),
        (expected, (json.dumps(golden, ensure_ascii=False, indent=2) + "\n").encode()),
        (rule_file, encoded),
    )
    written: list[Path] = []
    try:
        for path, data in contents:
            _write_in_place(path, data)
            written.append(path)
    except OSError:
        # a write that fails (a full disk, a file system of shorter names) takes back the
        # files this call made, so that no half rule is left for a rerun to refuse
        for path in written:
            if str(path) not in existing:
                path.unlink(missing_ok=True)
        raise
    return rule_file, page, expected


def _is_special(path: Path) -> bool:
    """Whether ``path`` is there and is neither a file nor a symbolic link (a folder, a FIFO,
    a device): nothing ``force`` may replace, and a FIFO would hold the write for ever."""
    try:
        mode = path.lstat().st_mode
    except FileNotFoundError:
        return False
    except OSError:  # a parent that is no folder: the write will say so
        return False
    return not (stat.S_ISREG(mode) or stat.S_ISLNK(mode))


def _write_in_place(path: Path, data: bytes) -> None:
    """``data`` in a file at ``path`` itself: a symbolic link there is removed first, and the
    file opened without following one (``O_NOFOLLOW``), so nothing outside is written."""
    if path.is_symlink():
        path.unlink()
    flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_NOFOLLOW", 0)
    with os.fdopen(os.open(path, flags, 0o666), "wb") as out:
        out.write(data)


def rule_domain(url: str) -> str:
    """The domain the rule will match; a rule without one would match every site."""
    try:
        urlsplit(url)
    except ValueError as exc:  # an unclosed "[" of an IPv6 host, for one
        raise RuleError(f"page URL {url!r} is not a URL: {exc}", key="tests[0].url") from exc
    # the host a browser opens, as the rule is matched (``browser_host``): read by
    # ``urlsplit``, "https://a.example\\@b.example/" gave b.example, a rule its own test
    # page (on a.example) did not match
    host = browser_host(url).removeprefix("www.")
    if not host:
        raise RuleError(
            f"page URL {url!r} has no host to give the rule its domain", key="rule.domains"
        )
    problem = host_problem(host)  # 'https://diario"sur.es/a': a rule that would not load
    if problem is not None:
        raise RuleError(f"page URL {url!r}: its host {problem}", key="rule.domains")
    return host


def rule_file_text(
    name: str, host: str, provenance: Mapping[str, str], page: str, expected: str, url: str
) -> str:
    """The rule file: ``[rule]`` and one ``[[tests]]`` case, with the field and body tables
    commented out, each field saying where the generic extractor found it."""
    document = tomlkit.document()
    document.add(tomlkit.comment(f"Site rule scaffolded from {_commentable(page)}."))
    document.add(tomlkit.comment("Fill in selectors for the fields the generic extractor gets"))
    document.add(tomlkit.comment("wrong; delete the fields it gets right."))
    head = tomlkit.table()
    head.add("name", name)
    head.add("domains", [host])
    document.add("rule", head)
    document.add(tomlkit.nl())
    for field in SCAFFOLD_FIELDS:
        found = _commentable(provenance.get(field, "not found"))
        document.add(tomlkit.comment(f"[fields.{field}]   # generic: {found}"))
        document.add(tomlkit.comment('selectors = [""]'))
        document.add(tomlkit.nl())
    document.add(tomlkit.comment("[body]"))
    document.add(tomlkit.comment('containers = [""]   # the elements that hold the article text'))
    document.add(tomlkit.comment('drop = [""]         # furniture inside them'))
    document.add(tomlkit.nl())
    case = tomlkit.table()
    case.add("html", page)
    case.add("expected", expected)
    case.add("url", url)
    tests = tomlkit.aot()
    tests.append(case)
    document.add("tests", tests)
    return tomlkit.dumps(document)


def _commentable(text: str) -> str:
    """``text`` fit for a TOML comment, which holds no control character and no line break:
    each character that does not print (a surrogate too) is shown as a space."""
    return "".join(char if char.isprintable() else " " for char in text)
