"""The immutable records the table reader passes between its steps: a step takes them and returns new ones."""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

Token = tuple[str, int, int]  # (text, start, end) of a whitespace token, offsets in the line
Relation = tuple  # ("pct" | "pctabs" | "diff", target, a, b) or ("sum", target, parts)


class Cell(NamedTuple):
    """One number (or placeholder) as printed, read."""

    text: str
    value: float | None
    is_pct: bool
    decimals: int
    start: int = 0  # char offset in the line (for spacing)
    end: int = 0


class TokenKind(NamedTuple):
    """What one token can be in a reading of a row (see numbers.segmentations)."""

    text_cell: bool  # a word standing in a value cell (`Färre`): no number
    dash: bool  # a lone minus: no value, or the sign of the number after it (`- 425`)
    number: bool
    signed: bool
    standalone: bool  # a number by itself: `000` or `05` only continue a number (`8 000`)
    can_head: bool  # 1-3 digits, no decimals or percent: may start a number with thousands groups
    can_continue: bool  # three digits and no sign: may be a thousands group
    continues_further: bool  # no decimals or percent: a thousands group may follow it


class RowText(NamedTuple):
    """What a row reader finds in one line: its label, its numeric tokens, and whether the label was
    printed after the numbers."""

    label: str
    tokens: tuple[Token, ...]
    label_after: bool


@dataclass(frozen=True)
class Row:
    line: int  # 1-based
    label: str
    raw: str
    tokens: tuple[Token, ...]
    label_after: bool = False
    cells: tuple[Cell | None, ...] = ()  # one per column once read; () when the row could not be read
    verified: tuple[bool, ...] = ()
    checks: tuple[str, ...] = ()
    group: str = ""
    lines: tuple[int, ...] = ()
    # the row's own line, when a value of the row goes on over a line break (`-113` / `362`,
    # blocks.with_values_below): a cell not printed whole on it stands only where the table's arithmetic
    # confirms it (reading.read_row)
    own_line: str = ""
    # the line of each cell, when the row's cells were printed one a line (celllines.py); else every cell is on `line`
    cell_lines: tuple[int, ...] = ()


@dataclass(frozen=True)
class RawBlock:
    """Consecutive rows of numbers, before their header is known."""

    rows: tuple[Row, ...]
    start: int  # index of first row line (0-based)
    end: int  # index of last row line


@dataclass(frozen=True)
class Table:
    table_id: str
    caption: str
    unit_raw: str
    headers: tuple[str, ...]
    header_lines: tuple[int, ...]
    rows: tuple[Row, ...]
    n: int = 0
    col_pct: tuple[bool | None, ...] = ()
    relations: tuple[Relation, ...] = ()
    col_scale: tuple[float | None, ...] = ()  # usual log10 size of each column
    labels_after: tuple[tuple[int, str], ...] = ()  # labels printed after the values
    header_note: str = ""  # set when the arithmetic reordered the printed headers
    label_header: str = ""  # header of the row-label column
