"""Tables and boxes of facts in the region: data tables against layout ones, key facts, data
boxes, a person's page's profile text."""

from __future__ import annotations

from newsextract.body.characters import closes_sentence, ends_as_sentence, latin_width
from newsextract.body.class_names import furniture_words, is_overlay
from newsextract.body.date_lines import is_date_line
from newsextract.body.furniture_lines import is_furniture_line
from newsextract.body.model import (
    DEFINITION,
    HEADING,
    LIST_ITEM,
    PARAGRAPH,
    TABLE_ROW,
    TERM,
    BlockKind,
    filled_cells,
)
from newsextract.body.prompts import is_box_prompt
from newsextract.body.reasons import Judged, kept_at
from newsextract.body.scoring import Tally
from newsextract.body.walk_records import Containers, RawBlock, Walk
from newsextract.lazy_regex import LazyPattern

# A data table: a header row over at least this many rows (a header and one row of values is
# a key-value box as often as a table); a row with more than this share of its text linked
# is a list of links laid out as a table.
DATA_ROWS = 3
# A row is mostly links when more than one in this many of its characters are linked (the
# share the body's cleanup drops a table row of links at).
_LINKED_ROW_SHARE = 2
# A data table's cell holds a value, a name or a short phrase: at most a line of text.
DATA_CELL = 80
# A data row names something and gives at least one value for it: this many filled cells.
# Other cells may be empty (a standings table's draws, a schedule's time to be announced); a
# form laid out as a table fills one per row (its label, the input beside it has no text).
_FILLED_CELLS = 2
# A key-value box (opening hours, an address; a venue's or a product's facts): two rows or
# more of a short label and its value are data too, though fewer than ``DATA_ROWS``: a layout
# table's two rows hold a page's parts, not a label of a few words beside each value.
_KEY_VALUE_ROWS = 2
_KEY_LABEL = 30
# A key-value box's value may be a sentence or two (a public service's "Who may apply",
# "Processing time", each answered in a sentence): up to this many characters beside a label
# of a few words. A row whose value is shorter than a paragraph worth a prose cell
# (``region_lines.holds_prose_cell``) was read as a layout table's and lost (probes: a service
# page's three rows 0/3 -> 3/3; every dev output identical).
_KEY_VALUE = 300
# A table drawn with its grid lines (``border="1"``, the legacy markup of a data table:
# layout tables set ``border="0"`` or none) is data from this many rows of a grid: a
# homepage's two rows of "mountain | height | year".
_DRAWN_GRID_ROWS = 2
# A grid of two rows is data when it says so itself, linking nothing: its first row names
# the columns in header cells (a dosage or price table of one row of values under "Age |
# Dose"), or its rows are named by header cells (``<th scope="row">``). A layout table's two
# rows hold a page's parts, never a <th>; a borderless two-row grid without one stays
# layout (``_drawn``).
_HEADED_GRID_ROWS = 2
# A table of one row set in a definition is data (``DataTables._in_definition``): the
# ``<dd>`` is looked for this many boxes above the table (a wrapper or two between them).
_DEFINITION_REACH = 3


# The line styles of a CSS border: a border drawn with one of them is seen ("none" and
# "hidden" are not, nor a border of width 0). ``border-collapse`` alone is no sign: layout
# e-mails set it on every table.
_LINE_STYLES = frozenset(
    {"solid", "dotted", "dashed", "double", "groove", "ridge", "inset", "outset"}
)
_NO_WIDTH = frozenset({"0", "0px", "0em", "0pt", "0rem"})


def draws_border(style: str | None) -> bool:
    """Whether an inline ``style`` draws a border: a ``border`` (or one side's) declaration
    with a line style and no zero width ("border: 1px solid #ccc", "border-bottom: thin
    dotted")."""
    if not style or "border" not in style:
        return False
    for declaration in style.lower().split(";"):
        name, _, value = declaration.partition(":")
        name = name.strip()
        if not name.startswith("border") or name.endswith(("collapse", "spacing", "radius")):
            continue
        words = set(value.replace("!important", " ").split())
        if words & _LINE_STYLES and not words & _NO_WIDTH:
            return True
    return False


def with_key_facts(walked: Walk, candidates: list[Judged], named: dict[int, int]) -> list[Judged]:
    """The candidates with a key-facts list named only as a "meta" box kept when it sits
    inside the text: a recipe's "Prep time: 10 min", "Serves: 4" in ``recipe-meta``, after
    a kept paragraph of prose and before more kept text. A post's meta line ("Posted: …",
    "Author: …") opens the text or closes it; it is not set between its paragraphs.
    ``named``: the positions dropped under a furniture-named container, and that container."""
    kept = [
        positions
        for container, positions in _runs_by_container(named).items()
        if furniture_words(walked.containers.names(container)) == _META_ONLY
        and all(_key_fact(candidates[p][0]) for p in positions)
        and sum(_facts(candidates[p][0]) for p in positions) >= _KEY_FACTS_RUN
        and _set_inside_text(candidates, positions)
    ]
    return _kept_again(candidates, kept)


def with_data_boxes(walked: Walk, candidates: list[Judged], named: dict[int, int]) -> list[Judged]:
    """The candidates with a box of the text's own data kept when the furniture word that
    names it names the thing the data is about, not a box of other content
    (``_DATA_BOX_WORDS``): a how-to's ``tools-needed`` list, a player page's
    ``player-stats`` table. Only a box set inside the text (a kept paragraph of prose before
    it, kept text after it), of rows, items, terms or definitions without links (two at
    least, under a heading of its own or none): a toolbar, a video player or a credits line
    holds no such data between a text's paragraphs."""
    kept = []
    for container, positions in _runs_by_container(named).items():
        blocks = [candidates[p][0] for p in positions]
        data = blocks[1:] if blocks[0].kind is HEADING else blocks
        words = furniture_words(walked.containers.names(container))
        if (
            words
            and words <= _DATA_BOX_WORDS
            and len(data) >= _DATA_BOX_ROWS
            and all(b.kind in _DATA_BOX_KINDS and not b.links for b in data)
            and not any(is_furniture_line(b.text) for b in blocks)
            and _set_inside_text(candidates, positions)
        ):
            kept.append(positions)
    return _kept_again(candidates, kept)


# A box named by a strong furniture word ("related", "recommend", "share", "social",
# "newsletter", "trending") that holds paragraphs of prose set inside the text is the text's
# own section: a report's "recommendations", a paper's "related-work", an investor page's
# "shareholder-letter", a "newsletter-body" archived on the web. A box of furniture set there
# holds linked teasers, a one-line prompt or a form. Two paragraphs at least, each a sentence
# of this many Latin letters at least (a sign-up box says a line or two, shorter).
_PROSE_BOX_PARAGRAPHS = 2
_PROSE_BOX_LETTERS = 80
# A comment is a reader's, whatever its length (``comments``); a form, a field or an embedded
# frame makes a box a sign-up's, a consent tool's or an embed's.
_NOT_PROSE_BOX = LazyPattern(r"comment|kommentar|disqus|reply|replies")
_BOX_CONTROLS = "form, input, button, select, textarea, iframe"


def with_prose_boxes(walked: Walk, candidates: list[Judged], named: dict[int, int]) -> list[Judged]:
    """The candidates with a strongly furniture-named box of the text's own prose kept: two
    paragraphs or more, each a whole sentence of some length without a link, no prompt, set
    inside the text, in a box with no form control or frame (``_PROSE_BOX_PARAGRAPHS``)."""
    containers = walked.containers
    kept = []
    for container, positions in _runs_by_container(named).items():
        if containers.hint[container] >= -1:
            continue  # a weak name: read through by its prose already (``boxes``)
        names = containers.names(container).lower()
        if _NOT_PROSE_BOX.search(names) is not None or is_overlay(names):
            continue
        blocks = [candidates[p][0] for p in positions]
        prose = blocks[1:] if blocks[0].kind is HEADING else blocks
        if (
            len(prose) >= _PROSE_BOX_PARAGRAPHS
            and not blocks[0].links
            and all(_prose_paragraph(b) for b in prose)
            and _set_inside_text(candidates, positions)
            and containers.nodes[container].css_first(_BOX_CONTROLS) is None
        ):
            kept.append(positions)
    return _kept_again(candidates, kept)


def _prose_paragraph(block: RawBlock) -> bool:
    """Whether a block is a paragraph of prose of its own (``with_prose_boxes``)."""
    text = block.text
    return (
        block.kind is PARAGRAPH
        and not block.links
        and latin_width(text) >= _PROSE_BOX_LETTERS
        and closes_sentence(text)
        and not is_box_prompt(text)
    )


def _runs_by_container(named: dict[int, int]) -> dict[int, list[int]]:
    """The positions dropped under each furniture-named container, in page order."""
    runs: dict[int, list[int]] = {}
    for position, container in named.items():
        runs.setdefault(container, []).append(position)
    return runs


def _set_inside_text(candidates: list[Judged], positions: list[int]) -> bool:
    """Whether a container's blocks follow one another between a kept paragraph of prose
    and more kept text: a box set inside the text, not one opening or closing it."""
    first, last = positions[0], positions[-1]
    return (
        last - first + 1 == len(positions)
        and _prose_before(candidates, first)
        and any(reason is None for _, reason in candidates[last + 1 :])
    )


def _kept_again(candidates: list[Judged], runs: list[list[int]]) -> list[Judged]:
    """The candidates with the blocks at ``runs``' positions kept (the list itself when none)."""
    return kept_at(candidates, (position for positions in runs for position in positions))


def with_profile_text(
    walked: Walk, candidates: list[Judged], named: dict[int, int]
) -> list[Judged]:
    """The candidates with a person's page's text kept: when no paragraph of prose is kept
    and a box named only as a bio (``_PROFILE_WORDS``: an artist's ``artist-bio``, an author
    page's ``author-bio``) holds two paragraphs of prose or more without links, that box is
    the page's text (the one with most text). On an article page the text's own paragraphs
    are kept beside the author's box, which stays out."""
    if not named or any(
        reason is None and block.kind is PARAGRAPH and ends_as_sentence(block.text)
        for block, reason in candidates
    ):
        return candidates
    best: list[int] = []
    best_size = 0
    for container, positions in _runs_by_container(named).items():
        words = furniture_words(walked.containers.names(container))
        blocks = [candidates[p][0] for p in positions]
        prose = [
            b for b in blocks if b.kind is PARAGRAPH and not b.links and ends_as_sentence(b.text)
        ]
        size = sum(len(b.text) for b in prose)
        if (
            words
            and words <= _PROFILE_WORDS
            and len(prose) >= _PROFILE_PARAGRAPHS
            and not any(b.links or is_furniture_line(b.text) for b in blocks)
            and size > best_size
        ):
            best, best_size = positions, size
    return _kept_again(candidates, [best] if best else [])


# The furniture words of a box that is a person's page's text when nothing else is: the
# biography an artist's, a speaker's or an author's page sets as its text.
_PROFILE_WORDS = frozenset({"bio", "author"})
# Two paragraphs of prose: an article's author box says a sentence or two in one.
_PROFILE_PARAGRAPHS = 2


# The furniture words that name a page's part by what it shows, which a box of the text's own
# data may be named after too: a toolbar's "tools" and a how-to's "tools-needed", a video
# "player" and a sports page's "player-stats", a film's or a photo's "credits" and a film
# page's cast list, a post's "date" and an event's "date-list", a post's tally of "votes" or
# "ratings" and a council's table of votes or a test's table of ratings.
_DATA_BOX_WORDS = frozenset(
    {"tools", "player", "credits", "date", "vote", "votes", "rating", "ratings"}
)
_DATA_BOX_KINDS = frozenset({LIST_ITEM, TABLE_ROW, TERM, DEFINITION})
# A box of data holds two rows or items at least (a lone line is a label or a credit).
_DATA_BOX_ROWS = 2


# A key-facts box names two fields at least (a time and a yield); the word its box is named
# by, alone (``recipe-meta``; a box also named "byline" or "share" is the post's).
_KEY_FACTS_RUN = 2
_META_ONLY = frozenset({"meta"})
# A key fact is a short line: a label and a figure or a word or three ("Serves: 4").
_KEY_FACT = 60
_KEY_FACT_LINE = LazyPattern(r"[^\W\d][^:：\n]{0,24}[:：](?!//)\s*\S")


def _key_fact(block: RawBlock) -> bool:
    """A part of a key-facts box: a line naming a field and giving its value, a definition
    list's short term or value; without links, and no date (a post's "Posted: 12 March
    2025" is its stamp)."""
    text = block.text
    if block.links or len(text) > _KEY_FACT or is_date_line(text):
        return False
    if block.kind is TERM:
        return len(text) <= _KEY_FACT_LABEL
    if block.kind is DEFINITION:
        return True
    return block.kind in _FACT_KINDS and _KEY_FACT_LINE.match(text) is not None


def _facts(block: RawBlock) -> int:
    """The fields a key-facts block names: a term one, a labelled line one a colon (a box's
    facts set as spans run into one line: "Prep time: 5 min Cook time: 12 min")."""
    if block.kind is TERM:
        return 1
    if block.kind is DEFINITION:
        return 0
    return block.text.count(":") + block.text.count("：")


# A definition list's term in a key-facts box is a field's name: a word or three.
_KEY_FACT_LABEL = 30


_FACT_KINDS = frozenset({LIST_ITEM, PARAGRAPH})


def _prose_before(candidates: list[Judged], position: int) -> bool:
    """Whether a kept paragraph ending as a sentence comes before ``position``."""
    return any(
        reason is None and block.kind is PARAGRAPH and ends_as_sentence(block.text)
        for block, reason in candidates[:position]
    )


def cell_count(block: RawBlock) -> int:
    return filled_cells(block.cells)


class DataTables:
    """Which tables are data (a results table, a spec sheet) rather than layout or a list of
    links: a header row of ``<th>`` cells, or a grid of short cells (``_is_grid``), over at
    least ``DATA_ROWS`` rows. Their rows are
    the article's content, read cell by cell; the line tests made for prose (datelines,
    credits) do not apply to them ("2021 | 120 members" is not a date line)."""

    def __init__(self, walked: Walk) -> None:
        self.walked = walked
        self.verdicts: dict[int, bool] = {}
        self.columns: dict[int, bool] = {}
        self.values: dict[int, bool] = {}
        self.link_tables: dict[int, bool] = {}  # ``titles_links``'s verdicts
        # The widths of the grids that are data by their own rows (see ``_like_data``).
        self.grid_widths: set[int] | None = None
        rows: dict[int, list[RawBlock]] = {}
        for block in walked.blocks:
            if block.kind is TABLE_ROW:
                rows.setdefault(self._table_of(block.container), []).append(block)
        self.rows = rows

    def _table_of(self, container: int) -> int:
        cont = self.walked.containers
        index = container
        while index >= 0 and cont.tag[index] != "table":
            index = cont.parent[index]
        return index if index >= 0 else _grid_of(cont, container)

    def holds(self, walked: Walk, sums: Tally, container: int) -> bool:
        table = self._table_of(container)
        if table not in self.verdicts:
            self.verdicts[table] = self._data(table) or self._like_data(table)
        return self.verdicts[table]

    def _data(self, table: int) -> bool:
        """Whether the table is data by its own rows."""
        rows = self.rows.get(table, [])
        grid = _grid_rows(rows)
        return (
            (len(grid) >= DATA_ROWS and (any(row.header for row in rows) or _is_grid(grid)))
            or (len(grid) >= _KEY_VALUE_ROWS and _is_key_value(grid))
            or (len(grid) >= _DRAWN_GRID_ROWS and _is_grid(grid) and self._drawn(table))
            or (len(grid) >= _HEADED_GRID_ROWS and self._headed(table, grid))
            or (len(grid) == 1 and _figure_strip(grid[0]))
            or (len(grid) == 1 and _is_grid(grid) and self._in_definition(table))
        )

    def _in_definition(self, table: int) -> bool:
        """Whether the table is set in a definition (``<dd>``), a few boxes up: a term's
        table of values (a function's parameters under "Parameters", each name beside what
        it is), not layout, which holds a page's parts and never sits in a definition."""
        cont = self.walked.containers
        index = cont.parent[table] if table >= 0 else -1
        for _ in range(_DEFINITION_REACH):
            if index < 0:
                return False
            if cont.tag[index] == "dd":
                return True
            index = cont.parent[index]
        return False

    def _headed(self, table: int, grid: list[RawBlock]) -> bool:
        """Whether a short grid of unlinked rows has header cells: a first row of them
        naming the columns (``<th>``, an editor's bold cells, an ARIA grid's column
        headers) or a ``<th>`` naming a row (one query, of such a grid's table only)."""
        if any(row.links for row in grid) or not _is_grid(grid):
            return False
        if grid[0].header:
            return True
        if table < 0:
            return False
        node = self.walked.containers.nodes[table]
        if self.walked.containers.tag[table] == "table":
            return node.css_first("th") is not None
        return node.css_first(_ROW_HEADER) is not None  # an ARIA grid's row named by its cell

    def _drawn(self, table: int) -> bool:
        """Whether the table draws its grid lines: a ``border`` attribute of one or more, or
        a border its own inline style or its first cell's draws (an editor's table: ``style=
        "border: 1px solid"``); a stylesheet's rule on its class is out of reach."""
        if table < 0 or self.walked.containers.tag[table] != "table":
            return False
        node = self.walked.containers.nodes[table]
        border = (node.attributes.get("border") or "").strip()
        if border.isdigit() and int(border) > 0:
            return True
        if draws_border(node.attributes.get("style")):
            return True
        cell = node.css_first("td, th")
        return cell is not None and draws_border(cell.attributes.get("style"))

    def _like_data(self, table: int) -> bool:
        """Whether a grid too short to be data by itself (a row or two) is one of a series
        of tables of one template, another of which is data: a course page's table per
        subject, one of them with a single topic. A layout table's row has no such twin."""
        grid = _grid_rows(self.rows.get(table, []))
        if not grid or len(grid) >= DATA_ROWS or not _is_grid(grid):
            return False
        if self.grid_widths is None:
            self.grid_widths = {
                len(rows[0].cells)
                for other, all_rows in self.rows.items()
                if (rows := _grid_rows(all_rows)) and self._data(other) and _is_grid(rows)
            }
        return len(grid[0].cells) in self.grid_widths

    def links_values(self, container: int) -> bool:
        """Whether the data table's rows are its own, some of them linking their value:
        a header names two columns or more (a discography's "Year | Title", each title
        linked to its page), or a row of two values or more links nothing (an infobox's
        "Height | 22 m" among "River | <a>Cullen</a>"). A list of links set as a table
        links every row and names no columns."""
        table = self._table_of(container)
        if table not in self.values:
            self.values[table] = self.has_columns(container) or any(
                not row.header and not row.links and cell_count(row) > 1
                for row in self.rows.get(table, [])
            )
        return self.values[table]

    def titles_links(self, container: int) -> bool:
        """Whether a table whose rows link every cell is data all the same: a header names
        its columns (a schedule's "Date | Race | Place" over linked dates, races and places)
        or a ``<caption>`` titles it, and every row under it is links filling as many cells
        as the header names (or, under a caption, as the first row fills). A list of links
        set as a table does neither, nor fills the columns a header names ("Name | A | B"
        over "story | Comments"); a row of links in a table of text is its buttons ("Buy
        now | Upgrade" under a comparison of editions), not its data."""
        table = self._table_of(container)
        if table not in self.link_tables:
            rows = self.rows.get(table, [])
            heads = [row for row in rows if row.header]
            body = [row for row in rows if not row.header]
            if heads:
                width = cell_count(heads[0])
                titled = self.has_columns(container)
            else:
                width = cell_count(body[0]) if body else 0
                titled = (
                    table >= 0
                    and self.walked.containers.tag[table] == "table"
                    and any(
                        child.tag == "caption"
                        for child in self.walked.containers.nodes[table].iter()
                    )
                )
            self.link_tables[table] = (
                titled
                and width > 1
                and all(
                    cell_count(row) == width and row.links * _LINKED_ROW_SHARE > len(row.text)
                    for row in body
                )
            )
        return self.link_tables[table]

    def has_columns(self, container: int) -> bool:
        """Whether the table is data with a header naming two columns or more."""
        table = self._table_of(container)
        if table not in self.columns:
            rows = self.rows.get(table, [])
            self.columns[table] = len(rows) >= DATA_ROWS and any(
                row.header and cell_count(row) > 1 for row in rows
            )
        return self.columns[table]


# The roles of an ARIA grid's whole (its rows may sit in ``rowgroup``s under it).
_GRID_ROLES = frozenset({"table", "grid", "treegrid"})


def _grid_of(cont: Containers, container: int) -> int:
    """The ``role=table`` element over an ARIA row's ``container`` (its header rows and its
    body rows in two row groups are one table), else ``container``: rows outside any
    ``<table>`` are those of an ARIA grid (``table_row_parts.aria_row_parts``), few."""
    index = container
    while index >= 0:
        if cont.nodes[index].attributes.get("role") in _GRID_ROLES:
            return index
        index = cont.parent[index]
    return container


def linked_value_row(row: RawBlock) -> bool:
    """Whether a row's links fit in one of its cells and another cell holds text of its
    own: a label or a year beside a linked value ("1997 | <a>Harbour Lights</a>")."""
    cells = [cell for cell in row.cells if cell]
    return len(cells) > 1 and row.links <= max(len(cell) for cell in cells)


def _grid_rows(rows: list[RawBlock]) -> list[RawBlock]:
    """A table's rows without a first row of one filled cell over rows of more: the table's
    title (an infobox's name set in a cell spanning the columns), not a row of its grid."""
    if len(rows) > 1 and cell_count(rows[0]) == 1 < cell_count(rows[1]):
        return rows[1:]
    return rows


def _is_grid(rows: list[RawBlock]) -> bool:
    """Rows of the same two or more cells, each at most a value's worth of text and at least
    ``_FILLED_CELLS`` of them filled: a spec sheet, a key-value table or a results table
    written without ``<th>``, whose gaps are values it lacks (a layout table's cells differ
    in number, or one of them holds the page's text)."""
    width = len(rows[0].cells)
    return width >= 2 and all(
        len(row.cells) == width
        and filled_cells(row.cells) >= _FILLED_CELLS
        and max(map(len, row.cells)) <= DATA_CELL  # (its cells, ``width`` of them, are there)
        for row in rows
    )


# An ARIA grid's header cells: a ``rowheader`` names its row as ``<th scope="row">`` does.
_ROW_HEADER = "[role=rowheader], [role=columnheader]"
# A table of one row is data when it is a strip of figures: two to this many cells (a price
# line, a key-figures strip, a one-row timetable), each a value's worth of text, none linked
# and half of them or more holding a digit; a layout table's one row holds the page's parts
# (its cells hold blocks, walked as containers) and a navigation strip links every cell.
_STRIP_CELLS = 8


def _figure_strip(row: RawBlock) -> bool:
    """Whether a table's only row is a strip of figures (``_STRIP_CELLS``). An empty cell
    spacing two values ("Adults 12 € | | Children 6 €") leaves a strip of figures when every
    filled cell holds one and the filled outnumber the empty; a page header's row of a
    greeting, a date and an empty cell holds a figure in one cell only."""
    cells = [cell for cell in row.cells if cell.strip()]
    if (
        len(cells) < 2
        or len(row.cells) > _STRIP_CELLS
        or row.links
        or max(map(len, cells)) > DATA_CELL
    ):
        return False  # before the figures: a layout row's long cells read letter by letter
    figures = sum(any(c.isdigit() for c in cell) for cell in cells)
    empty = len(row.cells) - len(cells)
    return figures == len(cells) > empty if empty else 2 * figures >= len(cells)


def _is_key_value(rows: list[RawBlock]) -> bool:
    """Rows of two filled cells, a short label (no links) and its value, a phrase or a
    sentence or two: a key-value box."""
    return all(
        len(row.cells) == 2
        and not row.header
        and row.links == 0
        and 0 < len(row.cells[0]) <= _KEY_LABEL
        and 0 < len(row.cells[1]) <= _KEY_VALUE
        for row in rows
    )


# The furniture words of a box of the text's own facts: an encyclopedia entry's infobox
# (a place's country, length and mouth; a person's birth and trade, set in rows beside the
# lead). Its rows and definitions are read; its prose and headings stay judged by the name,
# as a news page's "infobox" of background paragraphs is an aside the evaluation truths
# leave out (read whole: snippets half A 0.967 -> 0.966, and such a box added to two fundus
# pages, scores unchanged).
_FACT_BOX_WORDS = frozenset({"infobox"})


def named_as_facts(names: str) -> bool:
    words = furniture_words(names)
    return bool(words) and words <= _FACT_BOX_WORDS


def fact_pairs(walked: Walk, held_at: list[bool]) -> dict[int, BlockKind]:
    """The label and value pairs of a box of facts, as the term and definition they are:
    a wiki farm's infobox sets each row as a short heading (its label, "Born") and the
    value beside it ("<div><h3>Born</h3><div>1911</div></div>"), not as a table's row.
    Only a pair alone in its element, under a container named only as a box of facts
    (``_FACT_BOX_WORDS``): a heading over a line elsewhere is a section or a card's title.
    Keys: positions in ``walked.blocks``."""
    blocks, cont = walked.blocks, walked.containers
    out: dict[int, BlockKind] = {}
    for index in range(len(blocks) - 1):
        label, value = blocks[index], blocks[index + 1]
        if (
            label.kind is not HEADING
            or value.kind is not PARAGRAPH
            or not held_at[index]
            or len(label.text) > _KEY_LABEL
            or len(value.text) > DATA_CELL
        ):
            continue
        holder = label.container
        if value.container != holder and cont.parent[value.container] != holder:
            continue
        if index + 2 < len(blocks):
            following = blocks[index + 2].container
            if following == holder or cont.parent[following] == holder:
                continue  # more than a label and its value: a section or a card
        box = cont.bad[holder]
        if box >= 0 and named_as_facts(cont.names(box)):
            out[index] = TERM
            out[index + 1] = DEFINITION
    return out


def as_kind(block: RawBlock, kind: BlockKind) -> RawBlock:
    """``block`` read as a ``kind`` of a top-level list (a definition list's term or
    description)."""
    return RawBlock(block.text, kind, 1, block.container, block.links, block.tag)
