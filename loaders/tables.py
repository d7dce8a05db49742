"""Tables: find numeric tables in report text and read their cells.

PDF text extraction flattens tables: a space is both the thousands separator and
the cell separator, empty cells are dropped, labels wrap or come after the
values, and some tables print their value rows first and the labels afterwards.
This module finds table blocks (header + rows), splits every row's numeric tail
into exactly as many cells as the table has columns, and lets the table's own
arithmetic (deviation and percent columns, row totals, column sums) choose
between readings. A reading no check confirms is kept with ``is_verified`` False
and the reason in ``check``; a row that cannot be read goes to ExtractionIssue.

Meaning (metric, measure, period, unit scaling) is given in dbt, not here.
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

from loaders.records import ExtractionIssue, TableCell

# ---------------------------------------------------------------- constants

MINUS = "-\u2013\u2212\u2012\u2014"
NUM_TOKEN_RE = re.compile(r"^(?P<sign>[" + MINUS + r"+]?)(?P<int>\d+)(?:,(?P<dec>\d+))?(?P<pct>\s?%)?$")
DASH_RE = re.compile(r"^[" + MINUS + r"]$")
LETTER = "A-Za-zÅÄÖåäöÉéÜü"
# a label glued after the numbers: `306 598Läkarbesök`, `246 324- Varav somatisk vård`
LABEL_AFTER_RE = re.compile(
    r"^(?P<nums>\s*[" + MINUS + r"\d][\d\s,%" + MINUS + r"]*?\d%?)"
    r"(?P<label>[" + MINUS + r"]?\s?[" + LETTER + r"(].*)$"
)
LETTER_RE = re.compile(r"[" + LETTER + r"]")
TOKEN_RE = re.compile(r"\S+")
# a minus glued to the decimals of the previous value: `-100,00-25 833`
GLUED_MINUS_RE = re.compile(r"(?<=,\d)(?=[" + MINUS + r"]\d)|(?<=,\d\d)(?=[" + MINUS + r"]\d)")
UNIT_RE = re.compile(r"\b(mnkr|mkr|tkr|miljoner kronor|tusen kronor|kkr)\b", re.I)
MONTHS = (
    "januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december|"
    "jan|feb|mar|apr|jun|jul|aug|sep|sept|okt|nov|dec"
)
# words that open a new column in a joined header (see split_header)
COLUMN_START_RE = re.compile(
    r"^(ack|ackumulerat|helår|helårs|bokslut|förändring|förändr|diff|mål|avv|avvikelse|"
    r"vo|prognos|budget|utfall|utf|resultat|summa|totalt|"
    r"prognostiserat|nettokostnads\w*|kostnad|andel|antal|beräknad|"
    r"" + MONTHS + r")$",
    re.I,
)
MEASURE_WORD_RE = re.compile(
    r"^(utf|utfall|bud|budget|prognos|bokslut|avv|avvikelse|förändring|"
    r"diff|mål|resultat)$",
    re.I,
)
QUAL_WORD_RE = re.compile(
    r"^(ack|ackumulerat|helår|helårs|inn|innevarande|fg|föreg|föregående|år|%|bokslut|summa|"
    r"beräknad|prognostiserat|avv|(19|20)\d\d|" + MONTHS + r")$",
    re.I,
)
YEAR_RE = re.compile(r"^(19|20)\d\d[-–]?(0[1-9]|1[0-2])?[-–]?$|^(19|20)\d\d[-–](19|20)\d\d(0[1-9]|1[0-2])?$")
HEADER_HINT_RE = re.compile(
    r"\b(ack|utfall|utf|budget|bud|prognos|bokslut|helår|förändring|avv|diff|mål|"
    r"fg år|inn år|föregående|föregeående|innevarande|(19|20)\d\d(0[1-9]|1[0-2])?|" + MONTHS + r")\b|%",
    re.I,
)
TOTAL_LABEL_RE = re.compile(r"^\s*(totalt|total|summa|samtliga|hela)\b", re.I)
MAX_SEGMENTATIONS = 4000
# words standing in a value cell of an indicator table (`203,5 Färre 162,5`): no number, a placeholder
TEXT_CELL_RE = re.compile(r"^(färre|fler|högre|lägre|öka|minska|ökning|minskning)$", re.I)
BARE_YEAR_RE = re.compile(r"^(19|20)\d\d$")
MONTH_NUMBER_RE = re.compile(r"^(0[1-9]|1[0-2])$")
DIGITS_RE = re.compile(r"^\d+$")
DIGIT_RE = re.compile(r"\d")
STARTS_NUMBER_RE = re.compile(r"^[-–]?\d")
CAPITAL_START_RE = re.compile(r"^[A-ZÅÄÖÉ]")
SENTENCE_END_RE = re.compile(r"[.!?]$")
# a label that ends like a sentence going on: numbers after it are prose
SENTENCE_GOES_ON_RE = re.compile(r"\b(och|att|som|med|för|till|av|är|har)$", re.I)
PAGE_CHROME_RE = re.compile(r"^(sida \d+|\d+ \(\d+\)|sida \d+ \(\d+\))$", re.I)
VARAV_RE = re.compile(r"^\s*[-–]?\s*varav\b", re.I)
DASH_LABEL_RE = re.compile(r"^\s*[-–]")
CHILD_LABEL_RE = re.compile(r"^\s*[-–]\s*\S")  # `-män`, `- varav ...` under a parent row
ROW_UNIT_RE = re.compile(r"\((tkr|mnkr|mkr)\)", re.I)


# ---------------------------------------------------------------- settings


@dataclass(frozen=True)
class TableSettings:
    max_label_gap: int = 3  # text lines allowed between rows of one table (wrapped labels)
    max_header_lines: int = 120  # how far above the first row a header may start
    max_label_chars: int = 90  # a longer label is prose, not a row
    min_cells: int = 2  # a row needs at least this many numbers (one-number rows are prose)


SETTINGS = TableSettings()


# ---------------------------------------------------------------- plain records used inside


@dataclass
class Cell:
    text: str
    value: float | None
    is_pct: bool
    decimals: int
    start: int = 0  # char offset in the line (for spacing)
    end: int = 0


@dataclass
class Row:
    line: int  # 1-based
    label: str
    raw: str
    tokens: list[tuple[str, int, int]]
    label_after: bool = False
    cells: list[Cell | None] = field(default_factory=list)
    verified: list[bool] = field(default_factory=list)
    checks: list[str] = field(default_factory=list)
    group: str = ""
    lines: list[int] = field(default_factory=list)


@dataclass
class Table:
    table_id: str
    caption: str
    unit_raw: str
    headers: list[str]
    header_lines: list[int]
    rows: list[Row]
    n: int = 0
    col_pct: list[bool | None] = field(default_factory=list)
    relations: list[tuple] = field(default_factory=list)
    col_scale: list[float | None] = field(default_factory=list)  # usual log10 size of each column
    labels_after: list[tuple[int, str]] = field(default_factory=list)  # labels printed after the values
    header_note: str = ""  # set when the arithmetic reordered the printed headers
    label_header: str = ""  # header of the row-label column


# ---------------------------------------------------------------- tokens and numbers

_SPACE_AFTER_MINUS_RE = re.compile(r"(?<=[" + MINUS + r"])\s+")
_SPACE_BEFORE_PCT_RE = re.compile(r"\s+(?=%)")
_CELL_RE = re.compile(r"^(?P<sign>[" + MINUS + r"+]?)(?P<int>\d{1,3}(?: \d{3})*|\d+)(?:,(?P<dec>\d+))?(?P<pct>%?)$")


def cell_from_text(text: str, start: int = 0, end: int = 0) -> Cell:
    return Cell(text, *_read_cell(text), start, end)


@lru_cache(maxsize=8192)  # a report has a few thousand distinct tokens; cleared for every report
def _read_cell(text: str) -> tuple[float | None, bool, int]:
    """(value, is_pct, decimals) of a cell's text; None for a placeholder or text that is no number."""
    t = text.replace("\u00a0", " ").strip()
    if DASH_RE.match(t):
        return None, False, 0
    compact = _SPACE_AFTER_MINUS_RE.sub("", t)
    compact = _SPACE_BEFORE_PCT_RE.sub("", compact)
    m = _CELL_RE.match(compact)
    if not m:
        return None, False, 0
    digits = m.group("int").replace(" ", "")
    dec = m.group("dec") or ""
    value = float(digits + ("." + dec if dec else ""))
    if m.group("sign") and m.group("sign") != "+":
        value = -value
    return value, bool(m.group("pct")), len(dec)


class TokenKind(NamedTuple):
    """What one token can be in a reading of a row (see segmentations)."""

    text_cell: bool  # a word standing in a value cell (`Färre`): no number
    dash: bool  # a lone minus: no value, or the sign of the number after it (`- 425`)
    number: bool
    signed: bool
    standalone: bool  # a number by itself: `000` or `05` only continue a number (`8 000`)
    can_head: bool  # 1-3 digits, no decimals or percent: may start a number with thousands groups
    can_continue: bool  # three digits and no sign: may be a thousands group
    continues_further: bool  # no decimals or percent: a thousands group may follow it


@lru_cache(maxsize=8192)  # a report has a few thousand distinct tokens; cleared for every report
def token_kind(tok: str) -> TokenKind:
    text_cell, dash = bool(TEXT_CELL_RE.match(tok)), bool(DASH_RE.match(tok))
    m = NUM_TOKEN_RE.match(tok)
    if not m:
        return TokenKind(text_cell, dash, False, False, False, False, False, False)
    sign, digits, dec, pct = m.group("sign", "int", "dec", "pct")
    return TokenKind(
        text_cell,
        dash,
        number=True,
        signed=bool(sign),
        standalone=not (len(digits) > 1 and digits.startswith("0")),
        can_head=len(digits) <= 3 and not dec and not pct and not digits.startswith("0"),
        can_continue=not sign and len(digits) == 3,
        continues_further=not dec and not pct,
    )


def tokenize(text: str, offset: int = 0) -> list[tuple[str, int, int]]:
    """Whitespace tokens with char offsets; `%` standing alone joins the number before it."""
    if "%" not in text:  # nothing to join (most lines)
        return [(m.group(), m.start() + offset, m.end() + offset) for m in TOKEN_RE.finditer(text)]
    toks: list[tuple[str, int, int]] = []
    for m in TOKEN_RE.finditer(text):
        s, a, b = m.group(), m.start() + offset, m.end() + offset
        if (
            s == "%"
            and toks
            and token_kind(toks[-1][0]).number
            and not toks[-1][0].endswith("%")
            and m.start() - (toks[-1][2] - offset) == 1
        ):
            p = toks.pop()
            toks.append((text[p[1] - offset : m.end()], p[1], b))  # `1,6 %` as printed
            continue
        toks.append((s, a, b))
    return toks


def is_value_token(tok: str) -> bool:
    kind = token_kind(tok)
    return kind.number or kind.dash


def split_row(raw: str) -> tuple[str, list[tuple[str, int, int]], bool] | None:
    """(label, numeric tail tokens, label_after) or None when the line holds no number tail."""
    line = unglue_minus(raw.rstrip())
    m = LABEL_AFTER_RE.match(line)
    if m and not LETTER_RE.search(m.group("nums")):
        toks = tokenize(m.group("nums"))
        if toks and all(is_value_token(t[0]) for t in toks) and any(token_kind(t[0]).number for t in toks):
            lead = line[: len(line) - len(line.lstrip())]
            if lead or len(toks) >= 2:
                return m.group("label").strip(), toks, True
    last = line.rsplit(None, 1)[-1:]
    if not last or (last[0] != "%" and not is_value_token(last[0])):
        return None  # the line does not end in a number (most lines with a digit are prose)
    toks = tokenize(line)
    k = len(toks)
    while k > 0 and is_value_token(toks[k - 1][0]):
        k -= 1
    tail = toks[k:]
    # a trailing `-` run that is not followed by a number is still a (placeholder) tail
    if not any(token_kind(t[0]).number for t in tail):
        return None
    label = line[: tail[0][1]].strip() if k else ""
    return label, tail, False


def unglue_minus(line: str) -> str:
    """`-100,00-25 833` -> `-100,00 -25 833`: a minus glued to the decimals of the previous value."""
    return GLUED_MINUS_RE.sub(" ", line) if "," in line else line


# ---------------------------------------------------------------- segmentation

MAX_GROUPS = 4  # `999 999 999 999`: more thousands groups than this is no amount a report prints
# A row's readings grow exponentially with its run of numbers and each holds all of its cells, so every
# run is read under a budget (issue 18): at most SEGMENT_CELL_BUDGET cells over all readings kept of one
# row (the samples' longest row, 16 tokens, has 256 readings; the budget keeps 2 000 for it), and a run
# of more than MAX_ROW_TOKENS tokens (a table flattened onto one line) is read once, token by token,
# unchecked by arithmetic (see long_run_reading). Time and memory then grow linearly with the row.
MAX_ROW_TOKENS = 32
SEGMENT_CELL_BUDGET = 32_000
LONG_RUN_CHECK = (
    f"unverified: a run of more than {MAX_ROW_TOKENS} numbers is too long to read by the table's "
    "arithmetic; each printed number read as a cell of its own"
)


def reading_cap(n_tokens: int) -> int:
    """How many readings of a row of n_tokens are kept at most (the beam of _segmentations)."""
    return max(1, min(MAX_SEGMENTATIONS, SEGMENT_CELL_BUDGET // max(1, n_tokens)))


def segmentations(tokens: list[tuple[str, int, int]], limit: int = MAX_SEGMENTATIONS) -> list[list[Cell]]:
    """The ways to read the tokens as a sequence of Swedish numbers (and `-` placeholders): all of them
    when they are at most reading_cap, else the first reading_cap in the order of _segmentations; a run
    longer than MAX_ROW_TOKENS has the one reading of long_run_reading.
    The readings are memoised per report (see extract_tables) and shared: do not change them."""
    run = tuple(tokens)
    if len(run) > MAX_ROW_TOKENS:
        return [long_run_reading(run)]
    cap = reading_cap(len(run))
    readings = _segmentations(run, cap)
    if len(readings) < cap and len(readings) <= limit:
        return readings  # fewer than the cap: no step was cut off, so these are all of them
    return _segmentations(run, min(limit, cap))


@lru_cache(maxsize=512)  # cleared for every report by extract_tables; a table's rows fit (bounded memory)
def _segmentations(tokens: tuple[tuple[str, int, int], ...], limit: int) -> list[list[Cell]]:
    kinds = [token_kind(tok) for tok, _, _ in tokens]
    # readings[i]: the readings of tokens[i:], built from the end of the row
    readings: list[list[list[Cell]]] = [[] for _ in tokens] + [[[]]]
    for i in range(len(tokens) - 1, -1, -1):
        out = readings[i]
        for nxt, text, start, end in _cell_options(tokens, kinds, i):
            cell = cell_from_text(text, start, end)
            room = max(1, limit - len(out))  # past the limit, an option still adds its first reading
            out += [[cell, *rest] for rest in readings[nxt][:room]]
        if i + MAX_GROUPS + 2 < len(readings):
            readings[i + MAX_GROUPS + 2] = []  # no cell reaches that far (a sign, a head, MAX_GROUPS groups): freed
    return readings[0]


def long_run_reading(tokens: tuple[tuple[str, int, int], ...]) -> list[Cell]:
    """One reading of a long run, in linear time: the most cells, i.e. every printed number a cell of its
    own unless it cannot stand alone (`000`, `05` only continue a number), and a spaced minus the sign of
    the number after it (`- 425`). Returns [] when the run cannot be read as numbers at all."""
    kinds = [token_kind(tok) for tok, _, _ in tokens]
    n = len(tokens)
    # best[i]: (score of the best reading of tokens[i:], the option taken); -1 where tokens[i:] cannot be
    # read. A cell scores 1 (`1 234` too), a signed number one more per token and a half (`- 425`: 2.5, so
    # that it wins over `-` and `425` apart)
    unreadable: tuple[float, tuple | None] = (-1, None)
    best = [unreadable] * n + [(0, None)]
    for i in range(n - 1, -1, -1):
        for option in _cell_options(tokens, kinds, i):
            score = best[option[0]][0]
            gain = option[0] - i + 0.5 if kinds[i].dash and option[0] > i + 1 else 1
            if score >= 0 and score + gain > best[i][0]:
                best[i] = (score + gain, option)
    if best[0][0] < 0:
        return []
    cells, i = [], 0
    while i < n:
        taken = best[i][1]
        assert taken is not None  # best[0] is readable, so is every tokens[i:] its options lead to
        nxt, text, start, end = taken
        cells.append(cell_from_text(text, start, end))
        i = nxt
    return cells


def _cell_options(
    tokens: tuple[tuple[str, int, int], ...], kinds: list[TokenKind], i: int
) -> list[tuple[int, str, int, int]]:
    """The cells a reading can start at tokens[i]: (index of the token after the cell, text, start, end)."""
    n = len(tokens)
    tok, a, b = tokens[i]
    kind = kinds[i]
    options: list[tuple[int, str, int, int]] = []
    if kind.text_cell:
        options.append((i + 1, tok, a, b))  # a word in a value cell: no number
    elif kind.dash:
        options.append((i + 1, tok, a, b))  # placeholder
        j = i + 1
        if j < n and kinds[j].number and not kinds[j].signed and tokens[j][1] - b <= 1:
            # `- 425`: a spaced minus sign; extend over thousands groups
            text = tok + " " + tokens[j][0]
            if kinds[j].standalone:
                options.append((j + 1, text, a, tokens[j][2]))
            if kinds[j].can_head:
                options += _grouped(tokens, kinds, j, text, a)
    elif kind.number:
        if kind.standalone:
            options.append((i + 1, tok, a, b))
        if kind.can_head:
            options += _grouped(tokens, kinds, i, tok, a)
    return options


def _grouped(
    tokens: tuple[tuple[str, int, int], ...], kinds: list[TokenKind], head: int, text: str, start: int
) -> list[tuple[int, str, int, int]]:
    """Cells of the number headed by tokens[head] over one or more thousands groups."""
    options = []
    k = head + 1
    while (
        k < len(tokens)
        and k - head < MAX_GROUPS
        and kinds[k].can_continue
        and kinds[k - 1].continues_further
        and tokens[k][1] - tokens[k - 1][2] == 1
    ):
        text += " " + tokens[k][0]
        options.append((k + 1, text, start, tokens[k][2]))
        k += 1
    return options


# ---------------------------------------------------------------- arithmetic


def _tol(c: Cell) -> float:
    """Half a unit in the last printed digit, plus a little for double rounding."""
    return _TOLS[c.decimals] if c.decimals < len(_TOLS) else 0.5 * 10 ** (-c.decimals) + 1e-9


_TOLS = tuple(0.5 * 10 ** (-d) + 1e-9 for d in range(8))  # _tol by decimals, computed once


def _pct_ok(p: Cell, a: Cell, b: Cell) -> bool:
    if a.value is None or b.value is None or p.value is None or b.value == 0:
        return False
    calc = (a.value / b.value - 1) * 100
    return abs(calc - p.value) <= max(_tol(p) * 2.2, 0.15 if p.decimals else 0.0) + abs(calc) * 0.002


def _pct_abs_ok(p: Cell, a: Cell, b: Cell) -> bool:
    """Percent as a share of the change: (a-b)/|b|."""
    if a.value is None or b.value is None or p.value is None or b.value == 0:
        return False
    calc = (a.value - b.value) / abs(b.value) * 100
    return abs(calc - p.value) <= max(_tol(p) * 2.2, 0.15 if p.decimals else 0.0) + abs(calc) * 0.002


def _diff_ok(d: Cell, a: Cell, b: Cell) -> bool:
    if a.value is None or b.value is None or d.value is None:
        return False
    return abs((a.value - b.value) - d.value) <= _tol(a) + _tol(b) + _tol(d) + 1e-6


def relation_holds(rel: tuple, cells: Sequence[Cell | None]) -> bool | None:
    """True/False when the relation can be evaluated on this row, None when a cell is missing."""
    kind = rel[0]
    if kind in ("pct", "diff", "pctabs"):
        _, j, a, b = rel
        cj, ca, cb = cells[j], cells[a], cells[b]
        if cj is None or ca is None or cb is None or None in (cj.value, ca.value, cb.value):
            return None
        if cb.value == 0:
            return None  # a percent of a zero base cannot be checked (often a placeholder)
        if kind == "pct":
            return _pct_ok(cj, ca, cb)
        if kind == "pctabs":
            return _pct_abs_ok(cj, ca, cb)
        return _diff_ok(cj, ca, cb)
    if kind == "sum":
        _, j, parts = rel
        cj = cells[j]
        if cj is None or cj.value is None:
            return None
        vals = [cells[p] for p in parts if cells[p] is not None and cells[p].value is not None]
        if not vals:
            return None
        tol = sum(_tol(c) for c in vals) + _tol(cj)
        return abs(sum(c.value for c in vals) - cj.value) <= tol
    return None


def candidate_relations(cells: Sequence[Cell | None], col_pct: list[bool | None]) -> set[tuple]:
    """Relations that hold between the cells of one reading of a row (none are looked for in a row wider
    than MAX_ROW_TOKENS: the search is quadratic in the columns)."""
    n = len(cells)
    out: set[tuple] = set()
    if n > MAX_ROW_TOKENS:
        return out
    # operands: amounts (not percents) with a value; the same tests as _pct_ok/_pct_abs_ok/_diff_ok, unrolled.
    # What a pair of operands gives (a ratio, a difference) is computed once per reading, not once per column.
    ops = [(i, c.value, _tol(c)) for i, c in enumerate(cells) if c is not None and c.value is not None and not c.is_pct]
    ratios = None  # (a, b, a/b-1 in %, va, vb) for operands of at least 1, made when a column needs them
    diffs = None  # (a, b, a-b, tol a + tol b)
    for j in range(n):
        cj = cells[j]
        if cj is None or cj.value is None:
            continue
        vj, tj = cj.value, _tol(cj)
        if cj.is_pct or col_pct[j] or (cj.decimals and col_pct[j] is not False) or cj.decimals >= 2:
            if ratios is None:
                big = [(a, va) for a, va, _ in ops if abs(va) >= 1]
                ratios = [(a, b, (va / vb - 1) * 100, va, vb) for a, va in big for b, vb in big if b != a]
            ptol = max(tj * 2.2, 0.15 if cj.decimals else 0.0)
            for a, b, calc, va, vb in ratios:
                if a == j or b == j:
                    continue
                if abs(calc - vj) <= ptol + abs(calc) * 0.002:
                    out.add(("pct", j, a, b))
                else:
                    calc = (va - vb) / abs(vb) * 100
                    if abs(calc - vj) <= ptol + abs(calc) * 0.002:
                        out.add(("pctabs", j, a, b))
        else:
            if diffs is None:
                diffs = [
                    (a, b, va - vb, ta + tb)
                    for a, va, ta in ops
                    for b, vb, tb in ops
                    if b != a and not (va == 0 and vb == 0)
                ]
            for a, b, d, tab in diffs:
                if a != j and b != j and abs(d - vj) <= tab + tj + 1e-6:
                    out.add(("diff", j, a, b))
    # row total: the last column is the sum of the others
    j = n - 1
    parts = tuple(i for i in range(n - 1) if not col_pct[i])
    vals = [c for c in (cells[i] for i in parts) if c is not None and c.value is not None]
    cj = cells[j]
    if (
        cj is not None
        and cj.value is not None
        and not cj.is_pct
        and len(vals) >= 2
        and sum(1 for c in vals if c.value != 0) >= 2
    ) and relation_holds(("sum", j, parts), cells):
        out.add(("sum", j, parts))
    return out


def describe(rel: tuple) -> str:
    def h(i: int) -> str:
        return f"c{i + 1}"

    kind = rel[0]
    if kind == "pct":
        return f"{h(rel[1])} = {h(rel[2])}/{h(rel[3])}-1"
    if kind == "pctabs":
        return f"{h(rel[1])} = ({h(rel[2])}-{h(rel[3])})/|{h(rel[3])}|"
    if kind == "diff":
        return f"{h(rel[1])} = {h(rel[2])}-{h(rel[3])}"
    if kind == "sum":
        return f"{h(rel[1])} = sum of " + "+".join(h(p) for p in rel[2])
    return str(rel)


def rel_cells(rel: tuple) -> tuple[int, ...]:
    if rel[0] == "sum":
        return (rel[1],) + tuple(rel[2])
    return (rel[1], rel[2], rel[3])


# ---------------------------------------------------------------- placing dropped cells


def placements(cells: list[Cell], n: int, col_pct: list[bool | None]) -> Iterator[list[Cell | None]]:
    """Ways to put m < n cells into n columns, keeping order and column types (made one at a time: a
    wide row has more of them than fit in memory, and the caller takes the first MAX_CANDIDATES)."""
    m = len(cells)
    if m > n:
        return
    if m == n:
        yield list(cells)
        return
    for cols in itertools.combinations(range(n), m):
        ok = True
        for c, j in zip(cells, cols):
            if col_pct[j] is not None and c.value is not None and c.is_pct != col_pct[j]:
                ok = False
                break
        if not ok:
            continue
        row: list[Cell | None] = [None] * n
        for c, j in zip(cells, cols):
            row[j] = c
        yield row


DROPPED_PENALTY = 1.0  # a reading that fills every column needs no cell to have been lost in the text
MAX_DROPPED = 4  # a row missing more cells than this is not placed by guessing
MAX_CANDIDATES = 3000


def row_candidates(segs: list[list[Cell]], n: int, col_pct: list[bool | None]):
    """(placed row, reading) pairs: readings that fill every column first, then readings with up to
    MAX_DROPPED dropped cells; bounded so a long ambiguous row cannot explode (in a table wider than
    MAX_ROW_TOKENS only readings that fill every column: the ways to place dropped cells are too many)."""
    fewest = n if n > MAX_ROW_TOKENS else n - MAX_DROPPED
    pool = sorted((s for s in segs if fewest <= len(s) <= n), key=lambda s: -len(s))
    count = 0
    for s in pool:
        for row in placements(s, n, col_pct):
            yield row, s
            count += 1
            if count >= MAX_CANDIDATES:
                return


def spacing_score(row: list[Cell | None]) -> float:
    """How well the empty slots sit where the printed line has wide gaps."""
    present = [(i, c) for i, c in enumerate(row) if c is not None]
    if not present:
        return 0.0
    gaps = []
    for (i1, c1), (i2, c2) in zip(present, present[1:]):
        gaps.append((i2 - i1 - 1, c2.start - c1.end))
    if not gaps:
        return 0.0
    base = min(g for _, g in gaps) if gaps else 1
    score = 0.0
    for missing, width in gaps:
        extra = width - base
        if missing and extra > 0:
            score += min(missing, extra)
        elif missing and extra <= 0:
            score -= missing
        elif not missing and extra > 0:
            score -= 0.5
    # missing slots at the ends are neutral
    return score


# ---------------------------------------------------------------- headers


def split_header(text: str) -> list[str]:
    """Split a joined header into column names: `Ack utf Inn År Ack Bud Inn År` -> two columns."""
    text = re.sub(r"\b(Trend|Kommentar|Kommentarer|Analys)\b", " ", text)  # text columns hold no numbers
    text = re.sub(r"(\w)-\s+(?=[a-zåäö])", r"\1", text)  # Budget- avvikelse -> Budgetavvikelse
    text = re.sub(r"\b((?:19|20)\d\d)-\s+(?=(?:0[1-9]|1[0-2])\b)", r"\1-", text)  # 2024- 04 -> 2024-04
    text = re.sub(r"(?<=[a-zåäö])(?=[A-ZÅÄÖ][a-zåäö])", " ", text)  # %Föregeående ÅrInnevarande
    text = re.sub(r"%(?=\w)", "% ", text)
    toks = text.split()
    cols: list[list[str]] = []
    for t in toks:
        bare = t.strip("(),:")
        start = False
        if not cols:
            start = True
        elif YEAR_RE.match(bare):
            cur = cols[-1]
            has_year = any(YEAR_RE.match(x.strip("(),:")) for x in cur)
            start = has_year and not cur[-1].endswith(("-", "–")) and not re.match(r"^\d{4}[-–]$", cur[-1])
        elif bare.lower() == "diff" and any("-" in x for x in cols[-1]):
            start = False  # `Bud-Utf Diff`, `Ack utf- Ack fg år Diff`
        elif re.match(r"^(bud|budget|utf|utfall|prog|prognos)-(bud|budget|utf|utfall|prog|prognos)$", bare, re.I):
            start = True  # `Bud-Utf`: a deviation column
        elif re.match(r"^(föregående|föregeående|innevarande)$", bare, re.I):
            column_text = " ".join(cols[-1]).lower()
            start = bool(re.search(r"\b(förändring|utfall|utf|budget|prognos|år)\b|%", column_text))
        elif COLUMN_START_RE.match(bare):
            cur = cols[-1]
            low = bare.lower()
            prev = cur[-1].strip("(),:").lower()
            if low in ("utf", "utfall", "bud", "budget", "prognos", "resultat", "avv"):
                # measure words continue a column of qualifiers only (`Helår Prognos`, `Ack Bud`, `Summa utfall`)
                has_measure = any(MEASURE_WORD_RE.match(x.strip("(),:")) for x in cur)
                has_year = any(YEAR_RE.match(x.strip("(),:")) for x in cur)
                only_qual = all(QUAL_WORD_RE.match(x.strip("(),:")) for x in cur)
                start = (has_measure or has_year or not only_qual) and prev not in ("mot", "från", "avv", "(budget")
                if low in ("utf", "utfall") and prev in ("prognos", "prognostiserat"):
                    start = False  # `Prognos utfall 2024`
                if low == "utf" and prev in ("bokslut",):
                    start = False
            elif re.match(r"^(" + MONTHS + r")$", low):
                start = any(YEAR_RE.match(x.strip("(),:")) or re.match(r"^(" + MONTHS + r")$", x.lower()) for x in cur)
            else:
                start = True
            if prev in ("mot", "från", "och", "&", "-", "–") or cur[-1].endswith("-"):
                start = False
        if start:
            cols.append([t])
        else:
            cols[-1].append(t)
    # a column of qualifiers only (`Helår`, `Apr`) belongs to the column before it
    merged: list[list[str]] = []
    for c in cols:
        words = [x.strip("(),:").lower() for x in c]
        only_qual = all(re.match(r"^(helår|" + MONTHS + r")$", w) for w in words)
        if merged and only_qual:
            merged[-1].extend(c)
        else:
            merged.append(c)
    return [" ".join(c) for c in merged]


HEADER_WORD_RE = re.compile(
    r"^(ack|utf|utfall|bud|budget|prognos|prognostiserat|bokslut|helår|förändring|avv|diff|mål|fg|"
    r"inn|år|%|föregående|föregeående|innevarande|mot|från|prog|mnkr|tkr|kkr|resultat|"
    r"(19|20)\d\d[-–]?(0[1-9]|1[0-2])?[-–]?|" + MONTHS + r")$",
    re.I,
)


def is_header_line(s: str) -> bool:
    t = s.strip()
    if not t or len(t) > 120:
        return False
    words = [w.strip("(),:") for w in t.split()]
    if any(STARTS_NUMBER_RE.match(w) and not HEADER_WORD_RE.match(w) and not w.endswith("%") for w in words):
        return False  # a number that is not a year: text, not a header
    hits = sum(1 for w in words if HEADER_WORD_RE.match(w) or w.endswith("%"))
    return hits >= 2 or (hits >= 1 and hits * 2 >= len(words))


# ---------------------------------------------------------------- finding blocks


@dataclass
class RawBlock:
    rows: list[Row]
    start: int  # index of first row line (0-based)
    end: int  # index of last row line


COMMENT_HEADER_RE = re.compile(r"\b(kommentar|kommentarer)\b", re.I)


def split_comment_row(raw: str) -> tuple[str, list[tuple[str, int, int]], bool] | None:
    """An indicator-table row: label, values, then a trend word and a comment
    (`Andel digitala besök 1,6 % 5,0 % 2,0 % Positiv Det förbättrade ...`)."""
    line = unglue_minus(raw.rstrip())
    toks = tokenize(line)
    k = 0
    while k < len(toks) and not is_value_token(toks[k][0]):
        k += 1
    j = k
    run: list[tuple[str, int, int]] = []
    while j < len(toks) and (is_value_token(toks[j][0]) or (run and TEXT_CELL_RE.match(toks[j][0]))):
        run.append(toks[j])
        j += 1
    if len(run) < 2 or not any(token_kind(t[0]).number for t in run) or j >= len(toks):
        return None
    if not CAPITAL_START_RE.match(toks[j][0]):
        return None  # the trend word or comment starts a new sentence
    label = line[: toks[k][1]].strip() if k else ""
    if label[:1].islower():
        return None
    if DIGIT_RE.search(label) and len(label.split()) > 6:
        return None
    return label, run, False


def _row_of(i: int, s: str, settings: TableSettings, comment: bool = False) -> Row | None:
    if not DIGIT_RE.search(s):
        return None  # a row holds at least one number (most lines of a report are text)
    parsed = split_row(s)
    if comment and (parsed is None or parsed[2] or sum(1 for t in parsed[1] if token_kind(t[0]).number) < 2):
        parsed = split_comment_row(s) or parsed
    if parsed is None:
        return None
    label, toks, after = parsed
    nums = [t for t in toks if token_kind(t[0]).number]
    if len(toks) < settings.min_cells or not nums:
        return None
    if len(label) > settings.max_label_chars:
        return None
    if len(toks) <= 2 and BARE_YEAR_RE.match(toks[-1][0]) and not after:
        return None  # a title or date (`Delårsrapport 1 2024`)
    if all(
        YEAR_RE.match(t[0])
        or DASH_RE.match(t[0])
        or (k > 0 and MONTH_NUMBER_RE.match(t[0]) and YEAR_RE.match(toks[k - 1][0]))
        for k, t in enumerate(toks)
    ) and any(YEAR_RE.match(t[0]) for t in toks):
        return None  # a header of periods (`2022 2023 2024`, `Vårdtillfällen 202104 202004`, `2021 04`)
    if label.endswith((".", ":")) and not after and len(label) > 40:
        return None
    if SENTENCE_GOES_ON_RE.search(label) and len(label.split()) > 4:
        return None  # a sentence that happens to end with numbers
    return Row(line=i + 1, label=collapse_repeated_label(label), raw=s, tokens=toks, label_after=after, lines=[i + 1])


def collapse_repeated_label(label: str) -> str:
    """Two label columns printing the same name (`Område` and `Verksamhet`: `Nära vård Nära vård`) name one unit."""
    words = label.split()
    half = len(words) // 2
    if half and len(words) % 2 == 0 and words[:half] == words[half:]:
        return " ".join(words[:half])
    return label


def find_blocks(lines: list[str], settings: TableSettings = SETTINGS) -> list[RawBlock]:
    blocks: list[RawBlock] = []
    cur: list[Row] = []
    pending: list[tuple[int, str]] = []
    start = end = -1
    comment_until = -1
    for i, s in enumerate(lines):
        # `"mmentar" in s.lower()`: a cheap test that every line COMMENT_HEADER_RE finds passes
        if (
            "mmentar" in s.lower()
            and COMMENT_HEADER_RE.search(s)
            and is_header_line(s.replace("Kommentar", "").replace("Trend", "") + " %")
        ):
            comment_until = i + 80  # an indicator table: values, then a trend word and a comment
        comment = i <= comment_until
        row = _row_of(i, s, settings, comment)
        if row is not None:
            if comment and pending:
                # the comment of the row above continues in lower case; the next label starts upper case
                ups = [x for x, (_, p) in enumerate(pending) if p[:1].isupper()]
                pending = pending[ups[-1] :] if ups else []
            if cur and pending and not row.label:
                # a label wrapped above its values (`Köpt riks- och region-` / `vård`)
                row.label = join_wrapped([p for _, p in pending])
                row.lines = [k + 1 for k, _ in pending] + row.lines
            elif (
                cur
                and pending
                and row.label
                and all(len(p) < 60 for _, p in pending)
                and len(pending) <= 2
                and not any(HEADER_HINT_RE.search(p) for _, p in pending)
                and pending[-1][1].endswith(("-",))
            ):
                row.label = " ".join(p for _, p in pending) + " " + row.label
            if not cur:
                start = i
            cur.append(row)
            end = i
            pending = []
            continue
        t = s.strip()
        if not t:
            continue
        if cur:
            gap = settings.max_label_gap + (6 if comment else 0)
            if comment and SENTENCE_END_RE.search(t) and len(pending) < gap:
                pending.append((i, t))  # a comment sentence ends inside an indicator table
                continue
            if len(pending) < gap and len(t) <= 70 and not SENTENCE_END_RE.search(t) and not is_page_chrome(t):
                pending.append((i, t))
                continue
            blocks.append(RawBlock(cur, start, end))
            cur, pending = [], []
    if cur:
        blocks.append(RawBlock(cur, start, end))
    return blocks


def join_wrapped(parts: list[str]) -> str:
    """Join a label wrapped over lines; a hyphen before a lower-case continuation joins the word."""
    out = ""
    for p in parts:
        p = p.strip()
        if out.endswith("-") and p[:1].islower() and not re.match(r"^(och|eller|samt)\b", p):
            out = out[:-1] + p
        else:
            out = (out + " " + p).strip()
    return out


def is_page_chrome(t: str) -> bool:
    return bool(PAGE_CHROME_RE.match(t.strip()))


def _is_fragment(t: str) -> bool:
    """A short piece of a wrapped header cell (`mot`, `Inn År`, `(Budget-`)."""
    return len(t) <= 22 and len(t.split()) <= 3 and not SENTENCE_END_RE.search(t)


def header_above(lines: list[str], start: int, stop: int, settings: TableSettings) -> tuple[list[int], list[int]]:
    """(header line indices, caption line indices) above a block, not crossing `stop`.

    The header is the run of header-like lines and short fragments (a wrapped header cell
    per line) right above the first row; the caption is up to three lines above that."""
    cand: list[int] = []
    i = start - 1
    while i > stop and start - i <= settings.max_header_lines:
        t = lines[i].strip()
        if t:
            if len(t) > 100 or t.endswith(".") or is_page_chrome(t):
                break
            cand.append(i)
        i -= 1
    region: list[int] = []
    hl: list[int] = []  # the header lines of the region
    k = 0
    while k < len(cand):
        t = lines[cand[k]].strip()
        if is_header_line(t):
            hl.append(cand[k])
        elif not _is_fragment(t):
            break
        region.append(cand[k])
        k += 1
    # the region must hold a real header line; drop fragments above its topmost header line
    if not hl:
        return [], cand[:3]
    top = min(hl)
    above = [x for x in region if x < top]
    hdr = [x for x in region if x >= top]
    # a lone section row right above the first row (`Intäkter`) is not part of the header
    if (
        hdr
        and max(hdr) not in hl
        and len(lines[max(hdr)].split()) == 1
        and max(hdr) == max(region)
        and lines[max(hdr)].strip()[:1].isupper()
    ):
        hdr.remove(max(hdr))
    # fragments above the first header line belong to it when they are wrapped column names
    # (`VO` / `Närsjukvård` / `gemensamt`), i.e. when they repeat with the header's rhythm
    if above and len(above) >= 3:
        words = [lines[x].strip() for x in above]
        if len(set(words)) < len(words):  # repeated fragments: column names split over lines
            above = sorted(above)
            texts = [lines[x].strip() for x in above]
            first = min(k for k, w in enumerate(texts) if texts.count(w) >= 2)
            hdr = above[first:] + hdr
            above = above[:first]
    rest = sorted(above, reverse=True) + cand[k:]
    cap = []
    for x in rest[:3]:
        if len(lines[x].strip()) > 70:
            break  # running text, not a caption
        cap.append(x)
    return sorted(hdr), sorted(cap)


# ---------------------------------------------------------------- reading a table

YEAR_LINE_RE = re.compile(r"^(?:(?:19|20)\d\d\s+)+(?:19|20)\d\d$")  # `2007 2006`


def _header_columns(lines: list[str], hdr_idx: list[int]) -> list[str]:
    """The header's column names. When the joined header lines do not split into as many columns as a
    line of years among them holds (`Period: / Januari - December / Bokslut / 2007 2006`: the lines
    above the years qualify them all), the years are the columns."""
    text = " ".join(lines[k].strip() for k in hdr_idx)
    cols = split_header(text)
    year_lines = [lines[k].split() for k in hdr_idx if YEAR_LINE_RE.match(lines[k].strip())]
    if len(year_lines) == 1 and len(cols) != len(year_lines[0]):
        return year_lines[0]
    return cols


def _strip_label_header(cols: list[str]) -> tuple[str, list[str]]:
    """The first header column often carries the row-label header (`Område diagnostik och MT Ack utf`):
    (label header, value column headers)."""
    if not cols:
        return "", cols
    first = cols[0].split()
    k = 0
    while k < len(first) and not COLUMN_START_RE.match(first[k].strip("(),:")) and not YEAR_RE.match(first[k]):
        k += 1
    if 0 < k < len(first):
        return " ".join(first[:k]), [" ".join(first[k:])] + cols[1:]
    if k == len(first) and len(cols) > 1:
        return cols[0], cols[1:]
    return "", cols


def _choose_n(rows: list[Row], header_n: int) -> int:
    counts = []
    all_segs = []
    if any(len(r.tokens) <= MAX_ROW_TOKENS for r in rows):
        # a run too long to read by arithmetic tells nothing of the table's columns: the other rows decide
        rows = [r for r in rows if len(r.tokens) <= MAX_ROW_TOKENS]
    for r in rows:
        toks = list(r.tokens)
        while len(toks) > 1 and DASH_RE.match(toks[0][0]) and r.label:
            toks = toks[1:]  # a dash after the label may end the label (`Anställda 50 år -`)
        segs = segmentations(toks, 500)
        all_segs.append(segs)
        lens = sorted({len(s) for s in segs})
        counts.append(lens)
    lo = max((min(ls) for ls in counts if ls), default=0)
    if header_n:

        def fit(h: int) -> tuple[int, int]:
            return (sum(1 for ls in counts if h in ls), sum(1 for ls in counts if ls and min(ls) < h and h not in ls))

        fits, fewer = fit(header_n)
        if header_n > 2:
            # the first header may name the label column: do the rows fit one column less?
            fits1, _ = fit(header_n - 1)
            if fits1 > 2 * fits and fits1 >= len(rows) * 0.6:
                return header_n - 1
        if header_n >= lo and (fits >= max(1, len(rows) // 3) or fits + fewer >= len(rows) * 0.8):
            return header_n
        if fits + fewer >= len(rows) * 0.6 and fits >= 2:
            return header_n  # the rows that do not fit go to extraction issues
    # no row has fewer cells than its shortest reading; rows with dropped cells have fewer than n
    lo = max((min(ls) for ls in counts if ls), default=0)
    unamb = [ls[0] for ls in counts if len(ls) == 1]
    if not unamb:
        return _n_by_arithmetic(all_segs, lo)
    best = max(set(unamb), key=lambda k: (unamb.count(k), k))
    return max(best, lo)


def _n_by_arithmetic(all_segs: list[list[list[Cell]]], lo: int) -> int:
    """No header and no row read only one way: the column count whose readings the rows' own arithmetic
    (a deviation, percent or total column) supports in the most rows; with none, the fewest columns
    every row fits (splitting every thousands group into cells of its own is the least likely reading)."""
    if lo <= 0:
        return 0
    longest = max((len(s) for segs in all_segs for s in segs), default=0)
    best_n, best_support = lo, 0
    for n in range(lo, min(lo + 3, longest) + 1):
        support = 0
        for segs in all_segs:
            full = [s for s in segs if len(s) == n][:60]
            if any(candidate_relations(s, [None] * n) for s in full):
                support += 1
        if support > best_support:
            best_n, best_support = n, support
    return best_n


def read_table(table: Table, issues: list[ExtractionIssue], report_file: str) -> None:
    n = table.n
    rows = table.rows
    # column types from rows whose only reading has n cells
    votes: list[list[bool]] = [[] for _ in range(n)]
    seg_cache: dict[int, list[list[Cell]]] = {}
    full_cache: dict[int, list[list[Cell]]] = {}  # the readings that fill every column
    for r in rows:
        segs = segmentations(r.tokens)
        seg_cache[r.line] = segs
        full = full_cache[r.line] = [s for s in segs if len(s) == n]
        if len(full) == 1 or (full and all([c.is_pct for c in f] == [c.is_pct for c in full[0]] for f in full)):
            for j, c in enumerate(full[0]):
                if c.value is not None:
                    votes[j].append(c.is_pct)
    col_pct: list[bool | None] = []
    for j in range(n):
        v = votes[j]
        if v and sum(v) * 2 > len(v):
            col_pct.append(True)
        elif v and sum(v) == 0:
            col_pct.append(False)
        else:
            hj = table.headers[j] if j < len(table.headers) else ""
            col_pct.append(True if "%" in hj else None)
    table.col_pct = col_pct
    # relations that hold in the table: count rows where some full reading satisfies them
    rel_count: dict[tuple, int] = {}
    n_full = 0
    for r in rows:
        full = full_cache[r.line]
        if not full:
            continue
        n_full += 1
        seen: set[tuple] = set()
        for s in full[:200]:
            seen |= candidate_relations(s, col_pct)
        for rel in seen:
            rel_count[rel] = rel_count.get(rel, 0) + 1
    need = 2 if n_full >= 3 else 1
    # sorted: rel_count's order comes from sets of tuples with strings, whose order changes with PYTHONHASHSEED
    rels = sorted(rel for rel, k in rel_count.items() if k >= need and k * 3 >= n_full)
    # a - b = c and a - c = b are one equation: the deviation is the column with the smaller amounts
    mean_abs = [0.0] * n
    cnt = [0] * n
    unique_rows = []
    for r in rows:
        full = full_cache[r.line]
        if full and len({tuple(c.value for c in s) for s in full}) == 1:
            unique_rows.append(full[0])
    if not unique_rows:
        unique_rows = [full_cache[r.line][0] for r in rows if full_cache[r.line]]
    for seg in unique_rows:
        if seg:
            for j, c in enumerate(seg):
                if c.value is not None:
                    mean_abs[j] += abs(c.value)
                    cnt[j] += 1
    mean_abs = [m / c if c else 0.0 for m, c in zip(mean_abs, cnt)]
    by_eq: dict[frozenset, tuple] = {}
    others = []
    for rel in rels:
        if rel[0] != "diff":
            others.append(rel)
            continue
        eq = frozenset(rel[1:])
        cur = by_eq.get(eq)
        if (
            cur is None
            or rel_count[rel] > 1.25 * rel_count[cur]
            or (rel_count[rel] * 1.25 >= rel_count[cur] and mean_abs[rel[1]] < mean_abs[cur[1]])
        ):
            by_eq[eq] = rel
    rels = others + list(by_eq.values())
    # keep one explanation per target column (the most supported)
    best_for: dict[int, tuple] = {}
    for rel in sorted(rels, key=lambda r: (-rel_count[r], r)):
        best_for.setdefault(rel[1], rel)
    # a column that is an operand of a percent relation is a level, not a deviation
    operands = {x for rel in best_for.values() if rel[0] in ("pct", "pctabs") for x in rel[2:]}
    best_for = {j: rel for j, rel in best_for.items() if not (rel[0] == "diff" and j in operands)}
    table.relations = list(best_for.values())
    # the scale of each column, from rows that can be read only one way
    scales: list[list[float]] = [[] for _ in range(n)]
    for r in rows:
        full = full_cache[r.line]
        distinct = {tuple(c.value for c in s) for s in full}
        if len(distinct) == 1:
            for j, c in enumerate(full[0]):
                if c.value is not None and not c.is_pct:
                    scales[j].append(math.log10(abs(c.value) + 1))
    table.col_scale = [sorted(v)[len(v) // 2] if v else None for v in scales]
    for r in rows:
        read_row(table, r, seg_cache[r.line], issues, report_file)
    reorder_headers_by_arithmetic(table)


DEV_HEADER_RE = re.compile(r"\b(avv|avvikelse|förändring|förändr|diff|skillnad)|%", re.I)
PREV_HEADER_RE = re.compile(r"\b(fg|föreg|föregående|föregeående|förra)\b", re.I)
CUR_HEADER_RE = re.compile(r"\b(inn|innevarande|i år)\b", re.I)


def reorder_headers_by_arithmetic(table: Table) -> None:
    """Headers printed in another order than the values: put deviation headers on the columns
    the arithmetic shows to be deviations, and current/previous on the right side of a difference."""
    h = table.headers
    n = table.n
    if len(h) != n or not table.relations:
        return
    dev_d = sorted({rel[1] for rel in table.relations if rel[0] in ("diff", "pct", "pctabs")})
    dev_h = [i for i in range(n) if DEV_HEADER_RE.search(h[i])]
    new = list(h)
    if dev_d and len(dev_d) == len(dev_h) and dev_d != dev_h:
        non_d = [i for i in range(n) if i not in dev_d]
        non_h = [i for i in range(n) if i not in dev_h]
        for src, dst in zip(dev_h, dev_d):
            new[dst] = h[src]
        for src, dst in zip(non_h, non_d):
            new[dst] = h[src]
    for rel in table.relations:
        if rel[0] == "diff":
            _, j, a, b = rel
            if (
                PREV_HEADER_RE.search(new[a])
                and CUR_HEADER_RE.search(new[b])
                and not DEV_HEADER_RE.search(new[a] + new[b])
            ):
                new[a], new[b] = new[b], new[a]
    if new != h:
        table.headers = new
        table.header_note = "header order taken from the arithmetic"


def read_row(table: Table, r: Row, segs: list[list[Cell]], issues: list[ExtractionIssue], report_file: str) -> None:
    n = table.n
    cands: list[tuple[float, list[Cell | None], list[tuple], str]] = []
    trimmed_label = None
    if segs and min(len(s) for s in segs) > n and not r.label_after and len(r.tokens) <= n + 2:
        # leading tokens that belong to the label (`Anställda 50 år -  10,2% ...`)
        k = 0
        toks = r.tokens
        while k < len(toks) and min((len(s) for s in segmentations(toks[k:], 500)), default=0) > n:
            k += 1
        if k < len(toks) and all(DASH_RE.match(t[0]) or DIGITS_RE.match(t[0]) for t in toks[:k]):
            trimmed_label = (r.label + " " + " ".join(t[0] for t in toks[:k])).strip()
            segs = segmentations(toks[k:])

    def key(row: list[Cell | None]) -> tuple:
        return tuple(None if c is None else c.value for c in row)

    distinct: set[tuple] = set()  # the values of every candidate, scored or not
    best_score = -math.inf
    for row, s in row_candidates(segs, n, table.col_pct):
        distinct.add(key(row))
        holds = [relation_holds(rel, row) for rel in table.relations]
        sat = [rel for rel, h in zip(table.relations, holds) if h is True]
        n_broken = holds.count(False)
        type_pen = sum(
            1
            for j, c in enumerate(row)
            if c is not None and c.value is not None and table.col_pct[j] is not None and c.is_pct != table.col_pct[j]
        )
        dropped = n - len(s)
        if 3 * len(sat) - 3 * n_broken - 2 * type_pen + (0.5 - DROPPED_PENALTY) * dropped < best_score - 1e-6:
            # spacing adds at most 0.5 per dropped cell and the scale only takes away: this candidate can
            # neither be the best nor tie with it, so its spacing and scale are not worked out
            continue
        score = (
            3 * len(sat)
            - 3 * n_broken
            - 2 * type_pen
            + spacing_score(row) * 0.5
            - 0.3 * scale_penalty(table, row)
            - DROPPED_PENALTY * dropped
        )
        best_score = max(best_score, score)
        note = "" if len(s) == n else "dropped cells placed"
        cands.append((score, row, sat, note))
    if not cands:
        why = f"{table.table_id}: numbers do not fit {n} columns"
        if len(r.tokens) > MAX_ROW_TOKENS:
            why += (
                f" (a run of {len(r.tokens)} tokens, longer than {MAX_ROW_TOKENS}, is read token by token "
                f"into {len(segs[0]) if segs else 0} numbers; kept here, not placed)"
            )
        issues.append(ExtractionIssue(report_file, r.line, "unreadable_row", why, r.raw.strip()))
        r.cells = []
        return
    if trimmed_label is not None:
        r.label = trimmed_label
    cands.sort(key=lambda c: -c[0])
    best = cands[0]
    # rivals: other readings with the same score but different values
    rivals = [c for c in cands[1:] if abs(c[0] - best[0]) < 1e-9 and key(c[1]) != key(best[1])]
    r.cells = best[1]
    verified = [False] * n
    checks = [""] * n
    if best[2]:
        for rel in best[2]:
            for j in rel_cells(rel):
                verified[j] = True
                checks[j] = (checks[j] + "; " if checks[j] else "") + describe(rel)
    only = len(distinct) == 1
    for j in range(n):
        c = r.cells[j]
        if c is None:
            continue
        if rivals:
            # readings the arithmetic cannot tell apart: only cells they agree on stay verified
            same = all((rc := rv[1][j]) is not None and rc.value == c.value for rv in rivals)
            if not same:
                verified[j] = False
                checks[j] = f"ambiguous: {len(rivals) + 1} readings fit equally"
                continue
        if not verified[j]:
            if len(r.tokens) > MAX_ROW_TOKENS:
                checks[j] = LONG_RUN_CHECK
            elif only and not best[3]:
                # the numbers can be read only one way, but no arithmetic confirmed them
                checks[j] = "unverified: single reading of the printed numbers, no arithmetic check"
            elif only:
                checks[j] = "unverified: " + best[3] + " by column type/spacing"
            else:
                alt = len(distinct)
                checks[j] = f"unverified: no arithmetic check; {alt} readings possible"
                if not rivals and best[2]:
                    checks[j] = "row reading chosen by " + "; ".join(describe(x) for x in best[2])
                    verified[j] = True
        if best[3] and verified[j] and not any(j in rel_cells(rel) for rel in best[2]):
            verified[j] = False
            checks[j] = "unverified: " + best[3]
    for rel in table.relations:
        if rel[0] in ("pct", "pctabs"):
            _, j, a, b = rel
            cb, ca = r.cells[b], r.cells[a]
            if cb is not None and cb.value == 0 and ca is not None and ca.value:
                for x in (b, j):
                    if r.cells[x] is not None:
                        verified[x] = False
                        checks[x] = "unverified: a zero base with a percent beside it is a placeholder"
    # `101 123  0  0,0%`: a zero followed by a zero percent next to a non-zero amount is a placeholder
    if any(c is not None and c.value and not c.is_pct for c in r.cells):
        for j in range(n - 1):
            c = r.cells[j]
            if c is None or c.value != 0 or c.is_pct:
                continue
            k = j + 1
            while k < n and (ck := r.cells[k]) is not None and ck.value == 0 and not ck.is_pct:
                k += 1
            if k < n and (ck := r.cells[k]) is not None and ck.is_pct and ck.value == 0:
                for x in range(j, k + 1):
                    verified[x] = False
                    checks[x] = "unverified: zeros with 0,0 % beside non-zero amounts are placeholders"
    broken = [rel for rel in table.relations if relation_holds(rel, r.cells) is False]
    if broken:
        why = "unverified: breaks " + "; ".join(describe(x) for x in broken)
        far = [
            j
            for j, c in enumerate(r.cells)
            if c is not None
            and c.value
            and not c.is_pct
            and table.col_scale
            and j < len(table.col_scale)
            and (scale := table.col_scale[j]) is not None
            and math.log10(abs(c.value) + 1) - scale >= 3
        ]
        for j in far:
            # the reading breaks the table's arithmetic and makes this amount a thousand times its column's
            # (numbers joined into one): it is not placed, the row's other cells stay unverified
            far_cell = r.cells[j]
            assert far_cell is not None  # far lists cells
            issues.append(
                ExtractionIssue(
                    report_file,
                    r.line,
                    "unplaced_number",
                    f"{table.table_id}: the reading that fits {n} columns breaks "
                    f"{'; '.join(describe(x) for x in broken)} and reads "
                    f"{far_cell.text} far beyond its column (c{j + 1})",
                    r.raw.strip(),
                )
            )
            r.cells[j] = None
        for j in range(n):
            if r.cells[j] is not None:
                verified[j] = False
                checks[j] = why
    r.verified = verified
    r.checks = checks


def scale_penalty(table: Table, row: list[Cell | None]) -> float:
    """Distance (in orders of magnitude) of each amount from its column's usual scale, else the row's."""
    logs = [
        math.log10(abs(c.value) + 1) if (c is not None and c.value is not None and not c.is_pct) else None for c in row
    ]
    present = sorted(x for x in logs if x is not None)
    if not present:
        return 0.0
    row_mid = present[len(present) // 2]
    scales = table.col_scale or [None] * len(row)
    pen = 0.0
    for j, x in enumerate(logs):
        if x is None:
            continue
        scale = scales[j] if j < len(scales) else None
        ref = scale if scale is not None else row_mid
        pen += abs(x - ref)
    return pen


# ---------------------------------------------------------------- column sums (totals, varav)


def check_column_sums(table: Table) -> None:
    """A total row equal to the sum of the rows above it (down to the previous total) confirms them."""
    rows = [r for r in table.rows if r.cells]
    for ti, tr in enumerate(rows):
        if not TOTAL_LABEL_RE.match(tr.label or ""):
            continue

        def collect(seq):
            out = []
            for r in seq:
                if TOTAL_LABEL_RE.match(r.label or ""):
                    break
                if not VARAV_RE.match(r.label):
                    out.append(r)
            return out

        parts = collect(reversed(rows[:ti]))
        if len(parts) < 2:
            parts = collect(rows[ti + 1 :])  # a total printed above its parts
        if len(parts) < 2:
            continue
        for j in range(table.n):
            t = tr.cells[j]
            if t is None or t.value is None or t.is_pct:
                continue
            vals = [p.cells[j] for p in parts if p.cells[j] is not None and p.cells[j].value is not None]
            if len(vals) < 2 or len(vals) < len(parts) - 1:
                continue
            tol = sum(_tol(c) for c in vals) + _tol(t) + 1e-6
            if abs(sum(c.value for c in vals) - t.value) <= tol:
                for p in parts + [tr]:
                    if p.cells[j] is not None and not p.verified[j]:
                        p.verified[j] = True
                        p.checks[j] = f"column sum equals '{tr.label}'"


def check_child_sums(table: Table) -> None:
    """Rows whose labels start with a dash (`-män`, `-kvinnor`, `- varav ...`) under a parent row:
    when the children add up to the parent in a column, all of them are confirmed."""
    rows = [r for r in table.rows if r.cells]
    i = 0
    while i < len(rows):
        parent = rows[i]
        kids = []
        k = i + 1
        while k < len(rows) and CHILD_LABEL_RE.match(rows[k].label or "") and not rows[k].label_after:
            kids.append(rows[k])
            k += 1
        if len(kids) >= 2 and not DASH_LABEL_RE.match(parent.label or ""):
            for j in range(table.n):
                t = parent.cells[j]
                vals = [c.cells[j] for c in kids]
                parts = [v for v in vals if v is not None and v.value is not None]
                if t is None or t.value is None or t.is_pct or len(parts) < len(vals):
                    continue
                tol = sum(_tol(v) for v in parts) + _tol(t) + 1e-6
                if abs(sum(v.value for v in parts if v.value is not None) - t.value) <= tol:
                    for r in [parent] + kids:
                        if not r.verified[j]:
                            r.verified[j] = True
                            r.checks[j] = f"parts add up to '{parent.label}'"
        i = k if k > i + 1 else i + 1


def place_by_column_sums(
    table: Table, total_row: Row, others: list[Row], cands: dict[int, list[list[Cell | None]]]
) -> bool:
    """Choose among dropped-cell placements so that every column sums to the total row."""
    tot = [c for c in total_row.cells if c is not None]
    if not tot or len(tot) < len(total_row.cells):
        return False
    opts = [cands[r.line] for r in others]
    size = 1
    for o in opts:
        size *= max(1, len(o))
    if size > 300000 or size == 0:
        return False
    sols = _column_sum_solutions(table, tot, opts)
    if not sols:
        return False
    for k, r in enumerate(others):
        variants = {tuple(None if c is None else c.value for c in s[k]) for s in sols}
        r.cells = list(sols[0][k])
        if len(variants) == 1:
            r.verified = [c is not None for c in r.cells]
            r.checks = ["column sums equal the total row" if c is not None else "" for c in r.cells]
        else:
            # cells every placement agrees on are still confirmed (a row total printed once)
            agree = [len({(None if s[k][j] is None else s[k][j].value) for s in sols}) == 1 for j in range(table.n)]
            r.verified = [c is not None and agree[j] for j, c in enumerate(r.cells)]
            r.checks = [
                (
                    "column sums equal the total row in every placement"
                    if agree[j]
                    else f"unverified: {len(variants)} placements give the same column sums"
                )
                if c is not None
                else ""
                for j, c in enumerate(r.cells)
            ]
    total_row.verified = [True] * table.n
    total_row.checks = ["column sums equal the total row"] * table.n
    return True


def _column_sum_solutions(
    table: Table, tot: list[Cell], opts: list[list[list[Cell | None]]], limit: int = 50
) -> list[tuple]:
    """The combinations of placements (one per row, in itertools.product order) whose every amount column
    sums to the total row within rounding (1.5 + 0.6 per summed cell); branches that cannot reach a total
    even with every later row's extremes are cut, so the answer is that of trying every combination."""
    cols = [j for j in range(table.n) if not table.col_pct[j]]
    targets = [v for v in (tot[j].value for j in cols) if v is not None]
    if len(targets) < len(cols):
        return []  # a total row with `-` in an amount column has nothing to add up to
    vals = [
        [tuple(0.0 if (x := row[j]) is None or x.value is None else x.value for j in cols) for row in o] for o in opts
    ]
    cnts = [[tuple(0 if (x := row[j]) is None or x.value is None else 1 for j in cols) for row in o] for o in opts]
    rows_n = len(opts)
    width = len(cols)
    lo = [[0.0] * width for _ in range(rows_n + 1)]
    hi = [[0.0] * width for _ in range(rows_n + 1)]
    for k in range(rows_n - 1, -1, -1):
        for c in range(width):
            lo[k][c] = lo[k + 1][c] + min(v[c] for v in vals[k])
            hi[k][c] = hi[k + 1][c] + max(v[c] for v in vals[k])
    tol_max = 1.5 + 0.6 * rows_n
    sols: list[tuple] = []
    chosen: list[list[Cell | None]] = []

    def walk(k: int, partial: list[float], count: list[int]) -> None:
        if k == rows_n:
            if all(abs(partial[c] - targets[c]) <= 1.5 + 0.6 * count[c] for c in range(width)):
                sols.append(tuple(chosen))
            return
        for row, v, n in zip(opts[k], vals[k], cnts[k]):
            nxt = [partial[c] + v[c] for c in range(width)]
            if any(
                nxt[c] + lo[k + 1][c] > targets[c] + tol_max or nxt[c] + hi[k + 1][c] < targets[c] - tol_max
                for c in range(width)
            ):
                continue
            chosen.append(row)
            walk(k + 1, nxt, [count[c] + n[c] for c in range(width)])
            chosen.pop()
            if len(sols) > limit:
                return

    walk(0, [0.0] * width, [0] * width)
    return sols


# ---------------------------------------------------------------- labels printed apart


def labels_after_block(
    lines: list[str], end: int, n_rows: int
) -> tuple[list[tuple[int, str]], list[tuple[int, str]], int]:
    """Short non-numeric lines right after a label-less block: (labels, caption lines, last index)."""
    labels: list[tuple[int, str]] = []
    caps: list[tuple[int, str]] = []
    i = end + 1
    last = end
    while i < len(lines) and len(labels) < n_rows + 2:
        t = lines[i].strip()
        if not t:
            i += 1
            continue
        if _row_of(i, lines[i], SETTINGS) is not None:
            break
        if len(t) > 60 or t.endswith("."):
            break
        if UNIT_RE.search(t) or re.search(r"\b(19|20)\d\d\b", t) or len(t.split()) > 5:
            caps.append((i, t))
        else:
            labels.append((i, t))
        last = i
        i += 1
    # a caption printed inside the label list: the line right before a caption line is its first part
    # trailing lines that repeat just below are the next table's wrapped header (`VO` / `Närsjukvård`)
    while labels:
        li, lt = labels[-1]
        ahead = [lines[x].strip() for x in range(li + 1, min(len(lines), li + 30))]
        if ahead.count(lt) >= 1 and len(lt.split()) <= 2:
            labels.pop()
        else:
            break
    real_caps = list(caps)
    while len(labels) > n_rows and caps:
        moved = False
        for k, (li, _) in enumerate(labels):
            if any(ci > li and all(not lines[x].strip() for x in range(li + 1, ci)) for ci, _ in real_caps):
                caps.append(labels.pop(k))
                caps.sort()
                moved = True
                break
        if not moved:
            break
    while len(labels) > n_rows:
        labels.pop()  # the next table's header, not ours
    last = max([x for x, _ in labels + caps] + [end])
    return labels, caps, last


# ---------------------------------------------------------------- entry point


def extract_tables(
    report_file: str, lines: list[str], settings: TableSettings = SETTINGS
) -> tuple[list[TableCell], list[ExtractionIssue]]:
    # a row's readings and its tokens' kinds are needed at several steps: memoised for this report only
    # (memory stays bounded, and a report costs what it costs on its own, whatever was read before it)
    for memo in (_segmentations, _read_cell, token_kind):
        memo.cache_clear()
    cells_out: list[TableCell] = []
    issues: list[ExtractionIssue] = []
    blocks = find_blocks(lines, settings)
    rows_so_far: dict[str, int] = {}
    tables: list[Table] = []
    emitted: list[tuple[Table, int]] = []
    prev_end = -1
    prev_table: Table | None = None
    for b in blocks:
        hdr_idx, cap_idx = header_above(lines, b.start, prev_end, settings)
        label_header, headers = _strip_label_header(_header_columns(lines, hdr_idx)) if hdr_idx else ("", [])
        caption = " ".join(lines[k].strip() for k in cap_idx)
        unit_text = " ".join(lines[k] for k in cap_idx + hdr_idx)
        um = UNIT_RE.search(unit_text)
        unit_raw = um.group(1).lower() if um else ""
        # a repeated header after a page break continues the table above: same id and caption
        continued = (
            prev_table is not None
            and len(headers) >= 2
            and headers == prev_table.headers
            and (
                not caption.strip()
                or caption.strip() == prev_table.caption.strip()
                or re.search(r"fortsättning|forts\.", caption, re.I) is not None
            )
        )
        if continued and prev_table is not None:
            caption, tid = prev_table.caption, prev_table.table_id
        else:
            tid = f"t{len({t.table_id for t in tables}) + 1:03d}"
        t = Table(tid, caption, unit_raw, headers, [k + 1 for k in hdr_idx], b.rows)
        n = _choose_n(b.rows, len(headers))
        if n <= 0:
            for r in b.rows:
                issues.append(
                    ExtractionIssue(report_file, r.line, "unreadable_row", f"{tid}: no column count", r.raw.strip())
                )
            prev_end = b.end
            continue
        t.n = n
        if len(headers) == n + 1:
            label_header = (label_header + " " + headers[0]).strip()  # the first one names the label column
            headers = headers[1:]
            t.headers = headers
        if len(headers) != n:
            issues.append(
                ExtractionIssue(
                    report_file,
                    b.rows[0].line,
                    "table_header_mismatch",
                    f"{tid}: header has {len(headers)} columns, rows have {n}",
                    " | ".join(headers),
                )
            )
        # labels printed apart (all rows label-less, labels listed after the block)
        scrambled = False
        if (
            all(not r.label for r in b.rows[:-1])
            and len(b.rows) >= 3
            and (not b.rows[-1].label or b.rows[-1].label_after)
        ):
            labels, caps, last = labels_after_block(lines, b.end, len(b.rows) - (1 if b.rows[-1].label else 0))
            if caps:
                t.caption = (t.caption + " | " if t.caption else "") + " ".join(c for _, c in caps)
                if UNIT_RE.search(" ".join(c for _, c in caps)):
                    um = UNIT_RE.search(" ".join(c for _, c in caps))
                    t.unit_raw = um.group(1).lower() if um else ""
            if len(labels) >= len(b.rows) - 2:
                scrambled = True
                b.end = max(b.end, last)
                t.labels_after = labels
        read_table(t, issues, report_file)
        if scrambled:
            resolve_scrambled(t, t.labels_after, issues, report_file)
        else:
            check_column_sums(t)
            check_child_sums(t)
        assign_groups(t)
        issues.extend(unit_issues(t, report_file))
        tables.append(t)
        prev_table = t
        prev_end = b.end
        offset = rows_so_far.get(tid, 0)
        rows_so_far[tid] = offset + len(t.rows)
        t.label_header = label_header
        emitted.append((t, offset))
    label_scrambled_by_other_tables(tables)
    label_scrambled_by_siblings_and_order(tables)
    for t, offset in emitted:
        tid, n = t.table_id, t.n
        for ri, r in enumerate(t.rows, start=offset + 1):
            for j, c in enumerate(r.cells):
                if c is None:
                    continue
                cells_out.append(
                    TableCell(
                        report_file=report_file,
                        table_id=tid,
                        caption=t.caption,
                        unit_raw=t.unit_raw,
                        row_group=r.group,
                        row_label=r.label,
                        column_header=t.headers[j] if len(t.headers) == n else "",
                        column_index=j,
                        text=c.text,
                        value=c.value,
                        line=r.line,
                        is_verified=bool(r.verified[j]) if r.verified else False,
                        check=(
                            (r.checks[j] if r.checks else "") + ("; " + t.header_note if t.header_note else "")
                        ).strip("; "),
                        label_header=t.label_header,
                        row_index=ri,
                    )
                )
    return cells_out, issues


def _label_tokens(label: str) -> list[str]:
    return re.sub(r"[^0-9a-zåäöéü]+", " ", label.lower()).split()


def _is_subsequence(short: str, long: str) -> bool:
    it = iter(long)
    return all(ch in it for ch in short)


def labels_match(a: str, b: str) -> bool:
    """The same row named in two tables, one of them abbreviated: `Spec LM` / `Spec. läkemed`,
    `Med/Rehab` / `Med/Rehab länsdelsjh`. The first word is the same; each word of the shorter name
    is a prefix, or (same first letter) an abbreviation, of the other's word at its place."""
    ta, tb = _label_tokens(a), _label_tokens(b)
    if not ta or not tb or ta[0] != tb[0]:
        return False
    short, long_ = (ta, tb) if len(ta) <= len(tb) else (tb, ta)
    for x, y in zip(short, long_):
        if x == y or y.startswith(x) or x.startswith(y):
            continue
        if x[0] == y[0] and (_is_subsequence(x, y) or _is_subsequence(y, x)):
            continue
        return False
    return True


def label_scrambled_by_other_tables(tables: list[Table]) -> None:
    """Rows of a label-scrambled table (values printed before their labels, in another order) get a label
    only where another table of the report decides it: a labelled table with a column whose values, for
    at least three of the scrambled labels, each equal the row total of exactly one unlabelled row (as
    rounded there, also tkr against mnkr), and no label it names fits none. A row two labels fit, or a
    label two rows fit, stays unlabelled."""
    for s in tables:
        if not s.labels_after or not any(rel[0] == "sum" and rel[1] == s.n - 1 for rel in s.relations):
            continue
        rows = [
            r for r in s.rows if r.cells and not r.label and r.cells[-1] is not None and r.cells[-1].value is not None
        ]
        names = [lab for _, lab in s.labels_after if not TOTAL_LABEL_RE.match(lab)]
        if len(rows) < 3 or not names:
            continue
        decided: dict[int, tuple[str, str]] = {}  # row line -> (label, evidence)
        for t in tables:
            if t is s or t.labels_after or not t.rows:
                continue
            named = {}
            for lab in names:
                hits = [
                    r
                    for r in t.rows
                    if r.cells and r.label and not TOTAL_LABEL_RE.match(r.label) and labels_match(lab, r.label)
                ]
                if len(hits) == 1 and sum(1 for x in names if labels_match(x, hits[0].label)) == 1:
                    named[lab] = hits[0]
            if len(named) < 3:
                continue
            for j in range(t.n):
                if t.col_pct and t.col_pct[j]:
                    continue
                for factor in (1.0, 1000.0):
                    found: dict[str, list[Row]] = {}
                    for lab, tr in named.items():
                        c = tr.cells[j] if j < len(tr.cells) else None
                        if c is None or c.value is None or c.is_pct:
                            continue
                        tol = _tol(c) * factor
                        found[lab] = [r for r in rows if abs(_row_total(r) - c.value * factor) <= tol]
                    if any(not v for v in found.values()):
                        continue  # a label this column names fits no row: not this table's measure
                    unique = {lab: v[0] for lab, v in found.items() if len(v) == 1}
                    lines = [r.line for r in unique.values()]
                    unique = {lab: r for lab, r in unique.items() if lines.count(r.line) == 1}
                    if len(unique) < 3:
                        continue
                    head = t.headers[j] if len(t.headers) == t.n else f"c{j + 1}"
                    for lab, r in unique.items():
                        c, total = named[lab].cells[j], r.cells[-1]
                        assert c is not None and total is not None  # found holds rows of cells that fit c
                        why = (
                            f"label from {t.table_id} '{named[lab].label}' {head} {c.text} = row total "
                            f"{total.text}" + (" (tkr/mnkr)" if factor != 1.0 else "")
                        )
                        if r.line in decided and decided[r.line][0] != lab:
                            decided[r.line] = ("", "")  # two tables disagree: undecided
                        elif r.line not in decided:
                            decided[r.line] = (lab, why)
        taken = [lab for lab, _ in decided.values() if lab]
        for r in rows:
            lab, why = decided.get(r.line, ("", ""))
            if lab and taken.count(lab) == 1:
                r.label = lab
                r.checks = [(ch + "; " + why) if ch else "" for ch in r.checks]


_SORT_KEY_TABLE = str.maketrans({"å": "{", "ä": "|", "ö": "}", "é": "e", "ü": "y"})


def label_sort_key(label: str) -> str:
    """A label as a Swedish list sorts it: case and punctuation ignored, å ä ö after z."""
    return re.sub(r"[^0-9a-zåäöéü ]+", "", label.casefold()).translate(_SORT_KEY_TABLE).strip()


def _row_total(r: Row) -> float:
    """The value of the last cell of a row known to print one (label_scrambled_by_other_tables' rows)."""
    last = r.cells[-1]
    assert last is not None and last.value is not None
    return last.value


def _value_rows(t: Table) -> list[Row]:
    """The rows of a label-scrambled table that are not its total, in printed order."""
    rows = [r for r in t.rows if r.cells]
    return [r for r in rows if not (r.label and TOTAL_LABEL_RE.match(r.label))]


def _row_shape(t: Table) -> tuple:
    """Which columns each value row fills: sibling tables of one layout (a unit x activity pivot printed
    for several measures) leave the same cells empty in the same rows."""
    return tuple(tuple(c is not None for c in r.cells) for r in _value_rows(t))


def label_scrambled_by_siblings_and_order(tables: list[Table]) -> None:
    """Rows of label-scrambled tables still unlabelled after label_scrambled_by_other_tables get a label
    where the evidence of their siblings decides it:
    * siblings: scrambled tables that list the same labels and fill the same cells of the same number of
      rows are one layout printed for several measures; a label decided for a row of one (by arithmetic)
      names the row at that place in all of them (two siblings that disagree decide nothing there);
    * order: when at least three decided rows stand in the sorted order of their labels, the table is
      printed sorted; the undecided rows between two decided ones take the undecided labels that sort
      between those two, when there are exactly as many of those labels as rows.
    Rows nothing decides stay unlabelled (the facts keep the column's unit, flagged unresolved)."""
    scrambled = [t for t in tables if t.labels_after and _value_rows(t)]
    groups: dict[tuple, list[Table]] = {}
    for t in scrambled:
        names = frozenset(label_sort_key(lab) for _, lab in t.labels_after if not TOTAL_LABEL_RE.match(lab))
        groups.setdefault((names, _row_shape(t)), []).append(t)
    for (names, _), group in groups.items():
        n_rows = len(_value_rows(group[0]))
        label_of: dict[str, str] = {}
        for t in group:
            for _, lab in t.labels_after:
                label_of.setdefault(label_sort_key(lab), lab)
        decided: list[str | None] = [None] * n_rows
        clash = [False] * n_rows
        for t in group:
            for k, r in enumerate(_value_rows(t)):
                key = label_sort_key(r.label) if r.label else None
                if key is None or key not in names:
                    continue
                if decided[k] not in (None, key):
                    clash[k] = True
                decided[k] = key
        decided = [None if clash[k] else d for k, d in enumerate(decided)]
        if len([d for d in decided if d]) != len({d for d in decided if d}):
            continue  # one label on two rows: the evidence contradicts itself
        why = {k: "label of the same row in a sibling table" for k in range(n_rows)}
        known = [(k, d) for k, d in enumerate(decided) if d]
        if len(known) >= 3 and all(a[1] < b[1] for a, b in zip(known, known[1:])):
            free = sorted(names - {d for _, d in known})
            bounds = [(-1, "")] + known + [(n_rows, "\uffff")]
            for (k0, lo), (k1, hi) in zip(bounds, bounds[1:]):
                gap = list(range(k0 + 1, k1))
                fits = [x for x in free if lo < x < hi]
                if gap and len(fits) == len(gap):
                    for k, x in zip(gap, fits):
                        decided[k] = x
                        why[k] = (
                            f"label by sorted order: the {len(known)} rows decided by arithmetic are printed "
                            "in the sorted order of their labels"
                        )
        for t in group:
            for k, r in enumerate(_value_rows(t)):
                key = decided[k]
                if r.label or not key:
                    continue
                r.label = label_of[key]
                r.checks = [(ch + "; " + why[k]) if ch else "" for ch in r.checks]


def resolve_scrambled(t: Table, labels: list[tuple[int, str]], issues: list[ExtractionIssue], report_file: str) -> None:
    """Rows printed before their labels, in another order: only the total row is placed by arithmetic."""
    rows = [r for r in t.rows if r.cells]
    total_names = [lab for _, lab in labels if TOTAL_LABEL_RE.match(lab)]
    if not rows:
        return
    # candidate placements per row for the column-sum search
    cands: dict[int, list[list[Cell | None]]] = {}
    for r in rows:
        opts = []
        for pl, _ in row_candidates(segmentations(r.tokens), t.n, t.col_pct):
            holds = [relation_holds(rel, pl) for rel in t.relations]
            if False not in holds and (True in holds or not t.relations):
                opts.append(pl)
        cands[r.line] = opts or [r.cells]
    total_row = None
    for r in reversed(rows):
        if all(c is not None for c in r.cells):
            total_row = r
            break
    others = [r for r in rows if r is not total_row]
    placed = total_row is not None and place_by_column_sums(t, total_row, others, cands)
    if placed and total_names and total_row is not None:
        total_row.label = total_names[0]
    for r in rows:
        if r is total_row and placed and (total_names or (r.label_after and TOTAL_LABEL_RE.match(r.label))):
            continue
        r.label = ""
        r.checks = [("row label printed apart in another order; " + ch) if ch else "" for ch in r.checks]
    issues.append(
        ExtractionIssue(
            report_file,
            rows[0].line,
            "labels_scrambled",
            f"{t.table_id}: {len(rows)} value rows printed before {len(labels)} labels in another order; "
            "rows other than the total are left unlabelled",
            " | ".join(lab for _, lab in labels),
        )
    )


def unit_issues(t: Table, report_file: str) -> list[ExtractionIssue]:
    """Units that contradict the numbers: flagged, not trusted."""
    out = []
    amounts = [
        abs(c.value)
        for r in t.rows
        for j, c in enumerate(r.cells)
        if c is not None and c.value is not None and not c.is_pct and r.verified and r.verified[j]
    ]
    first = t.rows[0].line if t.rows else None
    if t.unit_raw == "tkr" and len(amounts) >= 4 and max(amounts) < 1000:
        out.append(
            ExtractionIssue(
                report_file,
                first,
                "unit_contradicts_scale",
                f"{t.table_id}: said to be in tkr but every amount is below 1 000 "
                "(sums like mnkr); its money cells are not made facts",
                t.caption,
            )
        )
    for r in t.rows:
        m = ROW_UNIT_RE.search(r.label or "")
        if m and t.unit_raw and m.group(1).lower() != t.unit_raw:
            why = "the table's unit is used, not confirmed"
            if _sum_of_two_rows(t, r):
                why = "two other rows of the table add up to it, so the table's unit holds"
            out.append(
                ExtractionIssue(
                    report_file,
                    r.line,
                    "unit_contradicts_table",
                    f"{t.table_id}: row says {m.group(1)} in a table in {t.unit_raw}; {why}",
                    r.raw.strip(),
                )
            )
    return out


def _sum_of_two_rows(t: Table, target: Row) -> bool:
    """Is the row the sum of two other rows in most columns (`Resultat` = intäkter + kostnader)?"""
    rows = [r for r in t.rows if r.cells and r is not target]
    for a, b in itertools.combinations(rows, 2):
        hits = total = 0
        for j in range(t.n):
            x, y, z = a.cells[j], b.cells[j], target.cells[j]
            if x is None or y is None or z is None or x.value is None or y.value is None or z.value is None:
                continue
            total += 1
            hits += abs(x.value + y.value - z.value) <= _tol(x) + _tol(y) + _tol(z) + 1e-6
        if total >= 2 and hits * 2 > total:
            return True
    return False


def assign_groups(t: Table) -> None:
    parent = ""
    for r in t.rows:
        lab = r.label or ""
        if VARAV_RE.match(lab) or (r.raw.startswith(" ") and not r.label_after and parent):
            r.group = parent
        else:
            parent = lab
            r.group = ""
