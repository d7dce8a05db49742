"""Tables printed one cell a line: the header cells, the row labels and every value each on a line of its own, as a
web copy gives an HTML table or a PDF whose cells were text boxes. Two arrangements are read:

- a row's label and then its values, row after row, under the header's cells (regionfakta's table of the regions:
  `Landsting/Region` / `Antal anställda` / `Antal årsarbetare` / ... / `Region Stockholm` / `6 515` / `5 271` / ...):
  every label followed by the same number of values, two rows or more, the count of values the table's columns;
  the header is that many lines right above the first label (one more naming the label column), set apart by the
  blank lines that set the rows' lines apart;
- one row of values right under the header lines that name them, their words as many as the values (Skåne's
  Regionservice: `Utfall Budget diff.` / `Budget Prognos Bud.avvik` / `-13,7` / `11,8` / ... six values); the
  period lines above those (`jan - apr` / `Helår 2017`) belong to the header's upper level, and the line above
  them is the row's label (`Totalt resultat`).

The rows are laid out as a converter that keeps the page's layout prints them: the label, then the values set
apart by gaps, so that the row reader takes each printed line for one cell and never splits or joins a number
(`6 515   5 271   2 377 081   2,2`). Each cell keeps the line it stands on. A run of one-cell lines in any other
arrangement (row labels listed above panels of values whose order no header decides) is left as it is.
"""

from __future__ import annotations

from dataclasses import dataclass

from loaders.tables.headers import is_header_line
from loaders.tables.numbers import read_cell, tokenize
from loaders.tables.records import Row
from loaders.tables.settings import TableSettings
from loaders.tables.vocabulary import (
    BARE_YEAR_RE,
    DASH_RE,
    LETTER_RE,
    PAREN_WHOLE_RE,
    QUALIFIER_ONLY_RE,
    SENTENCE_END_RE,
    UNIT_RE,
)

CELL_GAP = "   "  # the gap a layout-keeping converter leaves between cells: the row reader splits there
VALUE, TEXT = "value", "text"


@dataclass(frozen=True)
class CellLineTable:
    """A table printed one cell a line: its caption, label column's name, column names and rows (0-based line
    indices in `taken` and `header_lines`)."""

    caption: str
    label_header: str
    headers: tuple[str, ...]
    header_lines: tuple[int, ...]
    rows: tuple[Row, ...]
    taken: frozenset[int]


def is_value_line(text: str) -> bool:
    """A line holding one number and nothing else (`6 515`, `-13,7`, `2,2`); not a page mark `(1)`."""
    t = text.strip()
    return bool(t) and not LETTER_RE.search(t) and not PAREN_WHOLE_RE.match(t) and read_cell(t)[0] is not None


def _is_period_line(text: str) -> bool:
    """A line of period words only, a header's upper level (`jan - apr`, `Helår 2017`, `Helår`)."""
    words = text.split()
    return bool(words) and all(
        QUALIFIER_ONLY_RE.match(w.casefold()) or BARE_YEAR_RE.match(w) or DASH_RE.match(w) for w in words
    )


def _is_header_cell_line(text: str, settings: TableSettings) -> bool:
    """A short line that may name a column (`Antal årsarbetare per 1000 inv.`: its end no sentence's)."""
    t = text.strip()
    return bool(t) and len(t) <= settings.max_caption_chars


def _row(label: str, value_lines: list[int], lines: list[str]) -> Row:
    """The row laid out with gaps between its values; its line the first value's, each cell's its own."""
    raw = (
        CELL_GAP.join([label] + [lines[k].strip() for k in value_lines])
        if label
        else CELL_GAP.join(lines[k].strip() for k in value_lines)
    )
    start = len(label) + len(CELL_GAP) if label else 0
    tokens = tuple(tokenize(raw[start:], start))
    return Row(value_lines[0] + 1, label, raw, tokens, cell_lines=tuple(k + 1 for k in value_lines))


def _caption_above(lines: list[str], k: int, settings: TableSettings) -> str:
    """The caption of a table whose header or label starts at line k: up to max_caption_lines short lines right
    above it (nearest last in the caption, as printed), up to a longer line or a value."""
    out: list[str] = []
    i = k - 1
    while i >= 0 and len(out) < settings.max_caption_lines:
        t = lines[i].strip()
        i -= 1
        if not t:
            continue
        if len(t) > settings.max_caption_chars or is_value_line(t) or SENTENCE_END_RE.search(t):
            break
        out.insert(0, t)
    return " ".join(out)


def _labelled_rows(
    items: list[tuple[int, str]], p: int, settings: TableSettings
) -> tuple[list[tuple[int, list[int]]], int] | None:
    """From item p on, the rows printed as a label line and then as many value lines as every other row's (at
    least two rows of at least min_cells values): [(label line, value lines)] and the item after them."""
    rows: list[tuple[int, list[int]]] = []
    q = p
    n = 0
    while q < len(items) and items[q][1] == TEXT:
        k = q + 1
        while k < len(items) and items[k][1] == VALUE:
            k += 1
        count = k - q - 1
        if count < settings.min_cells or (n and count != n):
            break
        n = count
        rows.append((items[q][0], [i for i, _ in items[q + 1 : k]]))
        q = k
    return (rows, q) if len(rows) >= 2 else None


def _gap(a: int, b: int) -> int:
    """Blank lines between lines a < b."""
    return b - a - 1


def _header_of_labelled_rows(
    lines: list[str], items: list[tuple[int, str]], p: int, n: int, first_gap: int, settings: TableSettings
) -> tuple[str, tuple[str, ...], tuple[int, ...]] | None:
    """(label column's name, the n column names, their lines) of the header right above item p: n or n + 1 short
    lines set apart as the rows' lines are; None when no such header stands there. n + 1 lines count only when the
    line above them could not be one more cell: a header cell wrapped onto two lines makes the header a line longer
    than the columns, and every column left of the wrap would take its neighbour's name."""

    def may_be_cell(q: int, below: int) -> bool:
        k, kind = items[q]
        return kind == TEXT and _is_header_cell_line(lines[k], settings) and _gap(k, below) == first_gap

    cells: list[int] = []
    q = p - 1
    below = items[p][0]
    while q >= 0 and len(cells) < n + 1 and may_be_cell(q, below):
        cells.append(items[q][0])
        below, q = items[q][0], q - 1
    cells.reverse()
    if len(cells) == n + 1 and not (q >= 0 and may_be_cell(q, below)):
        return lines[cells[0]].strip(), tuple(lines[k].strip() for k in cells[1:]), tuple(cells)
    if len(cells) == n and q >= 0 and items[q][1] == TEXT and _gap(items[q][0], cells[0]) > first_gap:
        return "", tuple(lines[k].strip() for k in cells), tuple(cells)
    return None


def _header_of_one_row(
    lines: list[str], items: list[tuple[int, str]], p: int, n: int, settings: TableSettings
) -> tuple[int, tuple[str, ...], tuple[int, ...]] | None:
    """(the row's label line, the n column names, their lines) of one row of n values at item p: the header lines right
    above whose words are exactly n, under period lines of the header's upper level and the row's label."""
    words: list[str] = []
    hdr: list[int] = []
    q = p - 1
    while q >= 0 and items[q][1] == TEXT and len(words) < n:
        k = items[q][0]
        t = lines[k].strip()
        if not is_header_line(t, settings) or _is_period_line(t):
            break
        words = t.split() + words
        hdr.insert(0, k)
        q -= 1
    if len(words) != n or len(hdr) < 2:
        return None
    while q >= 0 and items[q][1] == TEXT and _is_period_line(lines[items[q][0]]):
        q -= 1
    if q < 0 or items[q][1] != TEXT:
        return None
    label = lines[items[q][0]].strip()
    if len(label) > settings.max_label_chars or SENTENCE_END_RE.search(label) or UNIT_RE.search(label):
        return None
    return items[q][0], tuple(words), tuple(hdr)


def line_kinds(lines: list[str]) -> list[tuple[int, str]]:
    """(0-based line, VALUE or TEXT) of every line that is not blank: what both readers of the module walk."""
    return [(k, VALUE if is_value_line(t) else TEXT) for k, t in enumerate(lines) if t.strip()]


def cell_line_tables(
    lines: list[str], settings: TableSettings, items: list[tuple[int, str]] | None = None
) -> list[CellLineTable]:
    """Every table of the lines printed one cell a line, in one of the two arrangements read (see the module);
    `items`: line_kinds(lines) when the caller has it."""
    items = line_kinds(lines) if items is None else items
    out: list[CellLineTable] = []
    p = 0
    while p < len(items):
        labelled = _labelled_rows(items, p, settings) if items[p][1] == TEXT else None
        if labelled is not None:
            rows, after = labelled
            n = len(rows[0][1])
            header = _header_of_labelled_rows(lines, items, p, n, _gap(rows[0][0], rows[0][1][0]), settings)
            if header is not None:
                label_header, headers, hdr_lines = header
                out.append(
                    CellLineTable(
                        _caption_above(lines, hdr_lines[0], settings),
                        label_header,
                        headers,
                        hdr_lines,
                        tuple(_row(lines[lab].strip(), vals, lines) for lab, vals in rows),
                        frozenset(hdr_lines) | frozenset(k for lab, vals in rows for k in [lab, *vals]),
                    )
                )
                p = after
                continue
        if items[p][1] == VALUE and (p == 0 or items[p - 1][1] == TEXT):
            k = p
            while k < len(items) and items[k][1] == VALUE:
                k += 1
            values = [i for i, _ in items[p:k]]
            one = (
                _header_of_one_row(lines, items, p, len(values), settings)
                if len(values) >= settings.min_cells
                else None
            )
            if one is not None:
                label_line, headers, hdr_lines = one
                out.append(
                    CellLineTable(
                        _caption_above(lines, label_line, settings),
                        "",
                        headers,
                        hdr_lines,
                        (_row(lines[label_line].strip(), values, lines),),
                        frozenset(hdr_lines) | frozenset(values),
                    )
                )
            p = k
            continue
        p += 1
    return out


def undecided_value_runs(
    lines: list[str], taken: frozenset[int], settings: TableSettings, items: list[tuple[int, str]] | None = None
) -> list[list[int]]:
    """The runs of one-value lines right under a header line that no table laid out (0-based lines not in `taken`),
    at least two rows' worth (2 x min_cells: a pair is as often a chart's legend, `65%` / `35%` under `Andel utfall
    av plan Andel avvikelse mot plan`): values printed one a line whose column and row no header decides (Skåne's
    division panel, its row labels listed above `Utfall Budget` and six values). Kept in raw with that reason."""
    items = line_kinds(lines) if items is None else items
    runs: list[list[int]] = []
    p = 1
    while p < len(items):
        if items[p][1] != VALUE or items[p - 1][1] != TEXT:
            p += 1
            continue
        k = p
        while k < len(items) and items[k][1] == VALUE:
            k += 1
        values = [i for i, _ in items[p:k]]
        if (
            len(values) >= 2 * settings.min_cells
            and not taken & set(values)
            and is_header_line(lines[items[p - 1][0]], settings)
        ):
            runs.append(values)
        p = k
    return runs
