"""Tables: find numeric tables in report text and read their cells.

PDF text extraction flattens tables: a space is both the thousands separator and
the cell separator, empty cells are dropped, labels wrap or come after the
values, and some tables print their value rows first and the labels afterwards.
This package finds table blocks (header + rows), splits every row's numeric tail
into exactly as many cells as the table has columns, and lets the table's own
arithmetic (deviation and percent columns, row totals, column sums) choose
between readings. A reading no check confirms is kept with ``is_verified`` False
and the reason in ``check``; a row that cannot be read goes to ExtractionIssue.

Meaning (metric, measure, period, unit scaling) is given in dbt, not here.

One module per job, each a set of pure functions over the immutable records of ``records``:
``vocabulary`` (patterns), ``settings`` (every threshold), ``numbers`` (tokens -> readings as numbers),
``layouts`` (the named row layouts), ``blocks`` (lines -> blocks of rows), ``headers`` (header lines ->
column names), ``arithmetic`` (relations between cells), ``reading`` (a block -> a read table), ``sums``
(totals and parts, groups, units), ``scrambled`` (labels printed apart), and ``extract_tables`` here.
"""

from __future__ import annotations

import dataclasses

from loaders.records import ExtractionIssue, TableCell
from loaders.tables.arithmetic import candidate_relations
from loaders.tables.blocks import find_blocks
from loaders.tables.celllines import CellLineTable, cell_line_tables, line_kinds, undecided_value_runs
from loaders.tables.columnwise import read_columnwise
from loaders.tables.flattened import unflatten
from loaders.tables.goals import goal_header_above, goal_row_label
from loaders.tables.headers import (
    blank_separated_cells,
    columns_on_caption_line,
    first_label_above,
    header_above,
    header_columns,
    header_words,
    labels_below_header,
    normalize_header_text,
    split_header,
    strip_label_header,
)
from loaders.tables.layouts import continues_table, join_wrapped, labels_after_block, split_row
from loaders.tables.numbers import (
    _segmentations,
    long_run_check,
    long_run_reading,
    read_cell,
    segmentations,
    token_kind,
    tokenize,
)
from loaders.tables.reading import _data_tokens, choose_n, read_table
from loaders.tables.records import Cell, RawBlock, Row, Table
from loaders.tables.scrambled import (
    label_scrambled_by_other_tables,
    label_scrambled_by_siblings_and_order,
    labels_match,
    resolve_scrambled,
)
from loaders.tables.settings import DEFAULT_SETTINGS, TableSettings
from loaders.tables.sums import (
    assign_groups,
    check_child_sums,
    check_column_sums,
    place_by_column_total,
    unit_issues,
)
from loaders.tables.vocabulary import GOAL_COLUMNS_RE, ROW_LABEL_UNIT_END_RE, ROW_UNIT_RE, UNIT_RE

__all__ = [
    "extract_tables",
    "find_blocks",
    "segmentations",
    "split_header",
    "split_row",
    "tokenize",
    "labels_match",
    "TableSettings",
    "DEFAULT_SETTINGS",
    "SETTINGS",
    "MAX_ROW_TOKENS",
    "LONG_RUN_CHECK",
    "Cell",
    "Row",
    "Table",
    "RawBlock",
]

SETTINGS = DEFAULT_SETTINGS  # the name callers used before the settings grew
MAX_ROW_TOKENS = DEFAULT_SETTINGS.max_row_tokens
LONG_RUN_CHECK = long_run_check(DEFAULT_SETTINGS)


def _unit_of(text: str) -> str:
    um = UNIT_RE.search(text)
    return um.group(1).lower() if um else ""


def _header_of(
    lines: list[str], block: RawBlock, prev_end: int, prev: Table | None, settings: TableSettings
) -> tuple[str, tuple[str, ...], list[int], str, str, bool, list[int]]:
    """(label header, column headers, header line indices, caption, unit, continues the previous table,
    caption line indices)."""
    hdr_idx, cap_idx = header_above(lines, block.start, prev_end, settings)
    label_header, headers = strip_label_header(header_columns(lines, hdr_idx, settings)) if hdr_idx else ("", [])
    caption = join_wrapped([lines[k] for k in cap_idx])
    unit_raw = _unit_of(" ".join(lines[k] for k in cap_idx + hdr_idx))
    continued = prev is not None and continues_table(tuple(headers), caption, prev.headers, prev.caption)
    caption = prev.caption if continued and prev is not None else caption
    return label_header, tuple(headers), hdr_idx, caption, unit_raw, continued, cap_idx


def _with_labels_apart(t: Table, block: RawBlock, lines: list[str], settings: TableSettings) -> tuple[Table, int]:
    """Labels printed apart, after label-less value rows: the table with them (labels_after) and any caption
    lines among them, and the index of the block's last line (the labels are part of it)."""
    rows = block.rows
    if not (
        all(not r.label for r in rows[:-1])
        and len(rows) >= settings.min_scrambled_rows
        and (not rows[-1].label or rows[-1].label_after)
    ):
        return t, block.end
    labels, caps, last = labels_after_block(lines, block.end, len(rows) - (1 if rows[-1].label else 0), settings)
    if caps:
        cap_text = " ".join(c for _, c in caps)
        t = dataclasses.replace(t, caption=(t.caption + " | " if t.caption else "") + cap_text)
        if UNIT_RE.search(cap_text):
            t = dataclasses.replace(t, unit_raw=_unit_of(cap_text))
    if len(labels) >= len(rows) - settings.scrambled_missing_labels:
        return dataclasses.replace(t, labels_after=tuple(labels)), max(block.end, last)
    return t, block.end


def _with_label_above(lines: list[str], block: RawBlock, label_above: list[int]) -> RawBlock:
    """The block with the lines label_above as its first row's label."""
    first = block.rows[0]
    first = dataclasses.replace(
        first,
        label=join_wrapped([lines[i] for i in label_above] + ([first.label] if first.label else [])),
        lines=tuple(i + 1 for i in label_above) + (first.lines or (first.line,)),
    )
    return dataclasses.replace(block, rows=(first,) + block.rows[1:], start=label_above[0])


def _label_below_header(lines: list[str], block: RawBlock, prev_end: int, settings: TableSettings) -> list[int]:
    """The lines between a header and a label-less first row that are the row's label wrapped over them
    (`Styrmått Mål Utfall Kommentar` / `Andel digitala` / `vårdbesök, nybesök` / ... / `40 %  20%`), or [].
    Taken only when the header then found above them names exactly as many columns as every row reads
    cells, none dropped, or, in a table whose rows leave cells empty (`4 000` alone under four columns), as
    many as the labelled row reads with its own arithmetic confirming that reading (`700 -4 512 -4 046 -466`:
    c4 = c2-c3) and no row reads more: a label that leaves the header unsure of its columns is no label
    (the lines stay caption)."""
    for part in labels_below_header(lines, block, prev_end, settings):
        candidate = _with_label_above(lines, block, part)
        hdr_idx, _ = header_above(lines, candidate.start, prev_end, settings)
        _, headers = strip_label_header(header_columns(lines, hdr_idx, settings))
        if headers and (
            all(_reads_as(r, len(headers), settings) for r in candidate.rows)
            or _confirmed_with_empty_cells(candidate.rows, len(headers), settings)
        ):
            return part
    return []


def _confirmed_with_empty_cells(rows: tuple[Row, ...], n: int, settings: TableSettings) -> bool:
    """The first row reads as n cells that its own arithmetic confirms, and no row reads as more than n."""
    first = [s for s in segmentations(_data_tokens(rows[0]), settings.probe_segmentations, settings) if len(s) == n]
    if not any(candidate_relations(s, [None] * n, settings) for s in first[: settings.arithmetic_probe_readings]):
        return False
    return all(
        any(len(s) <= n for s in segmentations(_data_tokens(r), settings.probe_segmentations, settings)) for r in rows
    )


def _reads_as(row: Row, n: int, settings: TableSettings) -> bool:
    """Whether the row's numbers read as exactly n cells, none dropped."""
    return any(len(s) == n for s in segmentations(_data_tokens(row), settings.probe_segmentations, settings))


def _goal_reading(
    lines: list[str], block: RawBlock, headers: tuple[str, ...], read_idx: list[int], n: int, settings: TableSettings
) -> tuple[RawBlock, list[int], str, tuple[str, ...]] | None:
    """A row of two values under no header of its own (its label wrapped above it read as the header, or
    nothing, or the goal header's pieces joined with its label: `read_idx`) in a goal table
    (loaders/tables/goals.py): the block with the indicator as its first row's label, the goal header's
    lines, its label columns' names and (target, outcome); else None."""
    if n != 2:
        return None
    if len(headers) == n and not GOAL_COLUMNS_RE.search(normalize_header_text(" ".join(lines[k] for k in read_idx))):
        return None  # a header of its own that fits the row and holds no goal columns
    goal = goal_header_above(lines, block.start, settings)
    if goal is None:
        return None
    hdr_idx, label_names, columns = goal
    if len(headers) == n and (headers == columns or not set(hdr_idx) & set(read_idx)):
        return None  # the header read above the row is the goal header, or no piece of it
    if block.rows[0].label:
        return block, hdr_idx, label_names, columns
    label = goal_row_label(lines, hdr_idx[-1], block.start, settings)
    if not label:
        return None
    first = dataclasses.replace(block.rows[0], label=label)
    return dataclasses.replace(block, rows=(first,) + block.rows[1:]), hdr_idx, label_names, columns


def read_block(
    report_file: str,
    lines: list[str],
    block: RawBlock,
    new_id: str,
    prev_end: int,
    prev: Table | None,
    settings: TableSettings,
) -> tuple[Table | None, int, list[ExtractionIssue]]:
    """One block -> (the read table or None, the index of its last line, its issues). The table takes the id
    of the previous table prev when it continues it, else new_id."""
    label_above = first_label_above(lines, block, prev_end, settings) or _label_below_header(
        lines, block, prev_end, settings
    )
    if label_above:  # the first row's label wrapped above its values: part of the block, not of the header
        block = _with_label_above(lines, block, label_above)
    label_header, headers, hdr_idx, caption, unit_raw, continued, cap_idx = _header_of(
        lines, block, prev_end, prev, settings
    )
    tid = prev.table_id if continued and prev is not None else new_id
    n = choose_n(block.rows, len(headers), settings)
    stacked = blank_separated_cells(lines, hdr_idx, n) if n > 0 and len(headers) != n else None
    if stacked is not None:  # one header cell per group of lines between blank lines: the layout bounds the cells
        headers = tuple(stacked)
    on_caption = columns_on_caption_line(lines, cap_idx, hdr_idx, n - len(headers), settings) if headers else None
    if on_caption is not None:  # `Tandvård Antal` above `Antal fg år Avv fg år ...`: the header's first line
        k, label_header, first_cols = on_caption
        headers = tuple(first_cols) + headers
        caption = " ".join(lines[i].strip() for i in cap_idx if i != k)
    if n <= 0:
        return (
            None,
            block.end,
            [
                ExtractionIssue(report_file, r.line, "unreadable_row", f"{tid}: no column count", r.raw.strip())
                for r in block.rows
            ],
        )
    issues: list[ExtractionIssue] = []
    goal = _goal_reading(lines, block, headers, hdr_idx, n, settings)
    if goal is not None:  # one indicator of a goal table whose header stands far above: its target and outcome
        block, hdr_idx, label_header, headers = goal
        caption, unit_raw = "", _unit_of(" ".join(lines[k] for k in hdr_idx))
    if len(headers) == n + 1:
        label_header = (label_header + " " + headers[0]).strip()  # the first one names the label column
        headers = headers[1:]
    if len(headers) != n:
        issues.append(
            ExtractionIssue(
                report_file,
                block.rows[0].line,
                "table_header_mismatch",
                f"{tid}: header has {len(headers)} columns, rows have {n}",
                " | ".join(headers),
            )
        )
    t = Table(tid, caption, unit_raw, headers, tuple(k + 1 for k in hdr_idx), block.rows, n=n)
    t, end = _with_labels_apart(t, block, lines, settings)
    t, row_issues = read_table(t, report_file, settings)
    issues += row_issues
    if t.labels_after:
        t, scrambled_issues = resolve_scrambled(t, t.labels_after, report_file, settings)
        issues += scrambled_issues
    else:
        t = check_child_sums(check_column_sums(place_by_column_total(t, settings)))
    t = dataclasses.replace(assign_groups(t), label_header=label_header)
    return t, end, issues + unit_issues(t, report_file, settings)


def read_cell_line_table(
    report_file: str, ct: CellLineTable, table_id: str, settings: TableSettings
) -> tuple[Table, list[ExtractionIssue]]:
    """A table printed one cell a line (celllines.py), its rows laid out: read as any table under its header."""
    unit_raw = _unit_of(" ".join((ct.caption, ct.label_header, *ct.headers)))
    t = Table(
        table_id, ct.caption, unit_raw, ct.headers, tuple(k + 1 for k in ct.header_lines), ct.rows, n=len(ct.headers)
    )
    t, issues = read_table(t, report_file, settings)
    t = check_child_sums(check_column_sums(place_by_column_total(t, settings)))
    t = dataclasses.replace(assign_groups(t), label_header=ct.label_header)
    return t, issues + unit_issues(t, report_file, settings)


def _rows_not_taken(block: RawBlock, taken: frozenset[int]) -> list[RawBlock]:
    """The block's runs of rows whose values stand on no line a table printed one cell a line took (1-based `taken`):
    the rows on that table's lines are its own, the block's other rows (printed under or above it) are read as
    before, not dropped with them."""
    parts: list[list[Row]] = [[]]
    for r in block.rows:
        if any(k in taken for k in (r.line, *r.lines) if k >= r.line):  # (lines before r.line: its wrapped label)
            parts.append([])
        else:
            parts[-1].append(r)
    if len(parts) == 1:
        return [block]
    return [RawBlock(tuple(p), p[0].line - 1, p[-1].line - 1) for p in parts if p]


def row_label_and_unit(label: str, table_unit: str) -> tuple[str, str]:
    """(the row's label, the unit of its cells). A unit printed after the label or in a unit column (`Nettokostnad,
    mnkr`, `Sjukfrånvaro %`, `Arbetad tid  timmar`) is the row's unit: it goes in parentheses, where a label states
    its unit (`Personalkostnader (tkr)`), and the label names its metric without it. A money unit of the row is its
    cells' unit where the table states none; a table's own unit stays (a row saying otherwise is an issue: sums).
    A money unit after the label that is not the table's (`Nettokostnad, mnkr` in a table in tkr) leaves the label as
    printed: which of the two units the row is in stays undecided, so the row names no metric."""
    m = ROW_LABEL_UNIT_END_RE.search(label or "")
    unit = (m.group(1) or m.group(2)).lower() if m else ""
    money = bool(ROW_UNIT_RE.fullmatch(f"({unit})"))
    if m and label[: m.start()].strip() and not (money and table_unit and unit != table_unit):
        label = f"{label[: m.start()].rstrip(' ,')} ({m.group(1) or m.group(2)})"
    own = ROW_UNIT_RE.search(label or "")
    return label, table_unit or (own.group(1).lower() if own else "")


def table_cells(report_file: str, t: Table, offset: int) -> list[TableCell]:
    """The cells of a read table as records; rows numbered from offset + 1 (a table continued after a
    page break goes on counting)."""
    out = []
    for ri, r in enumerate(t.rows, start=offset + 1):
        label, unit_raw = row_label_and_unit(r.label, t.unit_raw)
        for j, c in enumerate(r.cells):
            if c is None:
                continue
            out.append(
                TableCell(
                    report_file=report_file,
                    table_id=t.table_id,
                    caption=t.caption,
                    unit_raw=unit_raw,
                    row_group=r.group,
                    row_label=label,
                    column_header=t.headers[j] if len(t.headers) == t.n else "",
                    column_index=j,
                    text=c.text,
                    value=c.value,
                    line=r.cell_lines[j] if len(r.cell_lines) == len(r.cells) else r.line,
                    is_verified=bool(r.verified[j]) if r.verified else False,
                    check=((r.checks[j] if r.checks else "") + ("; " + t.header_note if t.header_note else "")).strip(
                        "; "
                    ),
                    label_header=t.label_header,
                    row_index=ri,
                )
            )
    return out


def extract_tables(
    report_file: str, lines: list[str], settings: TableSettings = DEFAULT_SETTINGS
) -> tuple[list[TableCell], list[ExtractionIssue]]:
    """Every table of a report's lines: its cells as records, and the issues of what could not be read."""
    # the readings memoised for the previous report are let go: a report costs what it costs on its own,
    # whatever was read before it, and memory stays bounded
    for memo in (_segmentations, long_run_reading, read_cell, token_kind, header_words, normalize_header_text):
        memo.cache_clear()
    lines, origin = unflatten(lines, settings)
    issues: list[ExtractionIssue] = []
    tables: list[Table] = []
    offsets: list[int] = []
    rows_so_far: dict[str, int] = {}
    prev_end = -1
    prev: Table | None = None
    # tables printed one cell a line, read apart; a block on their lines is theirs
    kinds = line_kinds(lines)  # each line classified once for both readers
    one_a_line = cell_line_tables(lines, settings, kinds)
    taken = frozenset(k + 1 for ct in one_a_line for k in ct.taken)
    issues += [
        ExtractionIssue(
            report_file,
            k + 1,
            "unreadable_row",
            "one value a line: no header gives these values' columns",
            lines[k].strip(),
        )
        for run in undecided_value_runs(lines, frozenset(k - 1 for k in taken), settings, kinds)
        for k in run
    ]
    blocks = [part for block in find_blocks(lines, settings) for part in _rows_not_taken(block, taken)]
    for block in [*blocks, None]:
        while one_a_line and (block is None or min(one_a_line[0].taken) < block.start):
            ct = one_a_line.pop(0)
            ct_table, ct_issues = read_cell_line_table(
                report_file, ct, f"t{len({t.table_id for t in tables}) + 1:03d}", settings
            )
            issues += ct_issues
            offsets.append(0)
            rows_so_far[ct_table.table_id] = len(ct_table.rows)
            tables.append(ct_table)
            prev, prev_end = ct_table, max(ct.taken)
        if block is None:
            continue
        new_id = f"t{len({t.table_id for t in tables}) + 1:03d}"
        block_issues: list[ExtractionIssue] = []
        t = read_columnwise(lines, block, prev_end, new_id, settings)
        if t is not None:  # labels and headers on the line above, the values column by column
            t, prev_end = assign_groups(t), block.end
        else:
            t, prev_end, block_issues = read_block(report_file, lines, block, new_id, prev_end, prev, settings)
        issues += block_issues
        if t is None:
            continue
        offsets.append(rows_so_far.get(t.table_id, 0))
        rows_so_far[t.table_id] = offsets[-1] + len(t.rows)
        tables.append(t)
        prev = t
    long_run_reading.cache_clear()  # (its entries hold the cells of a long row: let go once the tables are read)
    tables = label_scrambled_by_siblings_and_order(label_scrambled_by_other_tables(tables, settings), settings)
    cells = [cell for t, offset in zip(tables, offsets) for cell in table_cells(report_file, t, offset)]
    if len(origin) != len(lines) or origin != list(range(len(lines))):  # a flattened table was laid out again
        cells = [dataclasses.replace(c, line=origin[c.line - 1] + 1) for c in cells]
        issues = [dataclasses.replace(i, line=origin[i.line - 1] + 1) if i.line else i for i in issues]
    return cells, issues
