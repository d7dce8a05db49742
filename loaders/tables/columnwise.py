"""Tables flattened column by column: the row labels and the column headers on one line, then every value of
the first column, then of the second ... (`Resultaträkning (mkr) Verksamhetens intäkter Verksamhetens kostnader
varav personalkostnader ... Ack utfall Ack utfall Avvikelse mot budget` / `573 -5 067 -2 741 ... 87 -47 0 ...`).

A web copy of a PDF gives a table this way when its columns were separate text boxes. Nothing in the text says
where a column ends, nor whether the table was printed in one piece or in two (a panel of rows each printed column
by column), and a space is both a thousands separator and the gap between cells. The table's own
arithmetic decides: of the readings of the run as exactly labels x columns numbers and the ways to cut the rows
into pieces printed column by column, the one where the most rows are the sum of the rows next to them in every
column. Only a reading that several sums confirm, and no other reading as well, is taken; the cells of the rows
in a sum are verified, the others kept unverified.
"""

from __future__ import annotations

import re

from loaders.tables.headers import split_header
from loaders.tables.numbers import _cell_options, cell_from_text, token_kind
from loaders.tables.records import Cell, RawBlock, Row, Table, Token
from loaders.tables.settings import TableSettings
from loaders.tables.vocabulary import CAPITAL_START_RE, COLUMN_START_RE, HEADER_WORD_RE, UNIT_RE, VARAV_RE

PERIOD_CODE_RE = re.compile(r"^\d{4}$")  # `0909`: a period code under a column header
MAX_READINGS = 2000  # readings of the run as exactly rows x columns numbers looked at
MIN_SUMS = 3  # rows that must be the sum of their neighbours in every column


def _header_word(w: str) -> bool:
    return bool(COLUMN_START_RE.match(w) or HEADER_WORD_RE.match(w) or PERIOD_CODE_RE.match(w))


def _joined_words(words: list[str]) -> list[str]:
    """Words a text extraction broke in two (`Avvikels e`) joined when together they are a header word."""
    out: list[str] = []
    for w in words:
        if out and len(w) <= 2 and not _header_word(out[-1]) and _header_word(out[-1] + w):
            out[-1] += w
        else:
            out.append(w)
    return out


def split_label_line(text: str) -> tuple[str, list[str], list[str], list[str]] | None:
    """(caption, row labels, column headers, period codes) of a line holding a table's labels followed by its
    headers, or None. The headers are the tail of header words from a capitalised one that opens a column; the
    labels start at a capital or at `varav`; a first part naming a unit (`Resultaträkning (mkr)`) is the caption.
    Period codes under the headers (`0909 0909 0809`) are set apart: in a flattened header their order need not
    be the columns'."""
    words = _joined_words(text.split())
    start = next(
        (
            i
            for i in range(1, len(words))
            if CAPITAL_START_RE.match(words[i])
            and COLUMN_START_RE.match(words[i])
            and all(map(_header_word, words[i:]))
        ),
        None,
    )
    if start is None:
        return None
    parts: list[list[str]] = []
    for w in words[:start]:
        if not parts or CAPITAL_START_RE.match(w) or VARAV_RE.match(w):
            parts.append([w])
        else:
            parts[-1].append(w)
    labels = [" ".join(p) for p in parts]
    caption = ""
    if labels and UNIT_RE.search(labels[0]):
        caption, labels = labels[0], labels[1:]
    header = " ".join(w for w in words[start:] if not PERIOD_CODE_RE.match(w))
    return caption, labels, split_header(header), [w for w in words[start:] if PERIOD_CODE_RE.match(w)]


def readings_of(tokens: tuple[Token, ...], n_cells: int, settings: TableSettings) -> list[tuple[Cell, ...]]:
    """The readings of the tokens as exactly n_cells numbers (at most MAX_READINGS)."""
    kinds = [token_kind(t) for t, _, _ in tokens]
    memo: dict[tuple[int, int], list[tuple[Cell, ...]]] = {}

    def rest(i: int, left: int) -> list[tuple[Cell, ...]]:
        if i == len(tokens):
            return [()] if left == 0 else []
        if left <= 0 or len(tokens) - i < left:
            return []
        key = (i, left)
        if key not in memo:
            out: list[tuple[Cell, ...]] = []
            for nxt, text, a, b in _cell_options(tokens, kinds, i, settings.max_groups):
                cell = cell_from_text(text, a, b)
                if cell.value is None:
                    continue
                out += [(cell, *tail) for tail in rest(nxt, left - 1)[: MAX_READINGS - len(out)]]
            memo[key] = out
        return memo[key]

    return rest(0, n_cells)


def _pieces(n: int) -> list[tuple[int, ...]]:
    """The ways to cut n rows into one or two consecutive pieces: the row index each piece starts at."""
    return [(0,)] + [(0, a) for a in range(1, n)]


def arrange(values: list[float], n: int, k: int, starts: tuple[int, ...]) -> list[list[float]]:
    """Rows of an n x k table whose pieces (rows starts[i] .. starts[i+1]) were printed column by column."""
    rows = [[0.0] * k for _ in range(n)]
    pos = 0
    bounds = list(starts) + [n]
    for a, b in zip(bounds, bounds[1:]):
        for c in range(k):
            for r in range(a, b):
                rows[r][c] = values[pos]
                pos += 1
    return rows


def _spans(n: int, r: int) -> list[tuple[int, int]]:
    """The runs of two or more rows right above or right below row r: (first, last)."""
    return [(a, r - 1) for a in range(r - 1)] + [(r + 1, b) for b in range(r + 2, n)]


def sum_rows(rows: list[list[float]], tolerance: float, columns: int | None = None) -> dict[int, tuple[int, int]]:
    """Rows that are, in every column (the first `columns` only when given), the sum of two or more rows right
    above or right below them, within the rounding of each part: row -> (first, last) of its parts."""
    n = len(rows)
    k = len(rows[0]) if columns is None else columns
    prefix = [[0.0] * k]
    for row in rows:
        prefix.append([prefix[-1][c] + row[c] for c in range(k)])
    if k < 1:
        return {r: spans[0] for r in range(n) if (spans := _spans(n, r))}
    first = [p[0] for p in prefix]  # the first column decides most spans alone: tested before the others
    rest = range(1, k)
    found = {}
    for r in range(n):
        row = rows[r]
        target = row[0]
        # the spans of _spans(n, r), in its order: (a, r - 1) for a up, then (r + 1, b) for b up
        end = first[r]  # (prefix[b + 1] of b = r - 1)
        for a in range(r - 1):
            slack = tolerance * (r - a)
            if abs(end - first[a] - target) <= slack and all(
                abs(prefix[r][c] - prefix[a][c] - row[c]) <= slack for c in rest
            ):
                found[r] = (a, r - 1)
                break
        else:
            start = first[r + 1]  # (prefix[a] of a = r + 1)
            for b in range(r + 2, n):
                slack = tolerance * (b - r)
                if abs(first[b + 1] - start - target) <= slack and all(
                    abs(prefix[b + 1][c] - prefix[r + 1][c] - row[c]) <= slack for c in rest
                ):
                    found[r] = (r + 1, b)
                    break
    return found


def read_columnwise(
    lines: list[str], block: RawBlock, prev_end: int, table_id: str, settings: TableSettings
) -> Table | None:
    """The table of a label-less run of numbers printed under a line of row labels and column headers, when the
    arithmetic decides one reading of it; None otherwise."""
    if len(block.rows) != 1 or block.rows[0].label or len(block.rows[0].tokens) <= settings.max_row_tokens:
        return None
    above = next((i for i in range(block.start - 1, prev_end, -1) if lines[i].strip()), None)
    if above is None:
        return None
    parsed = split_label_line(lines[above])
    if parsed is None:
        return None
    caption, labels, headers, codes = parsed
    n, k = len(labels), len(headers)
    if n < MIN_SUMS or k < 1:
        return None
    row = block.rows[0]
    best: list[tuple[tuple[Cell, ...], tuple[int, ...], dict[int, tuple[int, int]]]] = []
    tolerance = settings.column_sum_tolerance
    # per layout, the position in the run of each row's cells, and of each row's first cell
    layouts = [
        (starts, [[int(q) for q in p] for p in positions], [int(p[0]) for p in positions])
        for starts in _pieces(n)
        for positions in [arrange(list(range(n * k)), n, k, starts)]
    ]
    first_column_sums: dict[tuple[float, ...], int] = {}  # readings share their first columns: summed once
    for reading in readings_of(tuple(row.tokens), n * k, settings):
        values = [c.value or 0.0 for c in reading]
        at = values.__getitem__
        for starts, positions, firsts in layouts:
            enough = max(MIN_SUMS, len(best[0][2]) if best else 0)
            first = tuple(map(at, firsts))
            if first not in first_column_sums:
                first_column_sums[first] = len(sum_rows([[v] for v in first], tolerance))
            if first_column_sums[first] < enough:
                continue  # the first column alone already has too few sums
            sums = sum_rows([list(map(at, p)) for p in positions], tolerance)
            if len(sums) < enough:
                continue
            if best and len(sums) > len(best[0][2]):
                best = []
            best.append((reading, starts, sums))
    if not best or len(best[0][2]) < MIN_SUMS or len({tuple(c.text for c in b[0]) + b[1] for b in best}) > 1:
        return None
    reading, starts, sums = best[0]
    cells = arrange(list(range(len(reading))), n, k, starts)  # the position in the run of each cell
    in_sum = set(sums) | {r for a, b in sums.values() for r in range(a, b + 1)}
    check = "read column by column: " + "; ".join(
        f"row {r + 1} = rows {a + 1}-{b + 1}" for r, (a, b) in sorted(sums.items())
    )
    if codes:
        check += f"; period codes {' '.join(codes)} not placed (their order need not be the columns')"
    rows = tuple(
        Row(
            line=row.line,
            label=labels[r],
            raw=row.raw,
            tokens=(),
            cells=tuple(reading[int(p)] for p in cells[r]),
            verified=tuple(r in in_sum for _ in range(k)),
            checks=tuple(check if r in in_sum else "unverified: read column by column, in no sum" for _ in range(k)),
            lines=(above + 1, row.line),
        )
        for r in range(n)
    )
    unit = UNIT_RE.search(caption)
    return Table(table_id, caption, unit.group(1).lower() if unit else "", tuple(headers), (above + 1,), rows, n=k)
