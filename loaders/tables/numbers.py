"""Tokens -> numbers: the ways a run of printed tokens reads as Swedish numbers.

A space is both the thousands separator and the cell separator, so `336 386 414` is one, two or three
numbers; segmentations gives every reading (under a budget), and the table's arithmetic chooses later."""

from __future__ import annotations

from functools import lru_cache

from loaders.tables.records import Cell, Token, TokenKind
from loaders.tables.settings import DEFAULT_SETTINGS, TableSettings
from loaders.tables.vocabulary import (
    CELL_RE,
    DASH_RE,
    NUM_TOKEN_RE,
    PAREN_CELL_RE,
    PAREN_CLOSE_RE,
    PAREN_OPEN_RE,
    PAREN_WHOLE_RE,
    SPACE_AFTER_MINUS_RE,
    SPACE_BEFORE_PCT_RE,
    TEXT_CELL_RE,
    TOKEN_RE,
)


def cell_from_text(text: str, start: int = 0, end: int = 0) -> Cell:
    return Cell(text, *read_cell(text), start, end)


@lru_cache(maxsize=8192)  # a pure function of the text: a report has a few thousand distinct tokens
def read_cell(text: str) -> tuple[float | None, bool, int]:
    """(value, is_pct, decimals) of a cell's text; None for a placeholder or text that is no number."""
    t = text.replace("\u00a0", " ").strip()
    if DASH_RE.match(t):
        return None, False, 0
    paren = PAREN_CELL_RE.match(t)
    if paren:  # `(4 795)`: a negative amount
        dec = paren.group("dec") or ""
        return -float(paren.group("int").replace(" ", "") + ("." + dec if dec else "")), False, len(dec)
    compact = SPACE_AFTER_MINUS_RE.sub("", t)
    compact = SPACE_BEFORE_PCT_RE.sub("", compact)
    m = CELL_RE.match(compact)
    if not m:
        return None, False, 0
    digits = m.group("int").replace(" ", "")
    dec = m.group("dec") or ""
    value = float(digits + ("." + dec if dec else ""))
    if m.group("sign") and m.group("sign") != "+":
        value = -value
    return value, bool(m.group("pct")), len(dec)


@lru_cache(maxsize=8192)  # a pure function of the token
def token_kind(tok: str) -> TokenKind:
    text_cell, dash = bool(TEXT_CELL_RE.match(tok)), bool(DASH_RE.match(tok))
    m = NUM_TOKEN_RE.match(tok)
    if not m:
        return _paren_kind(tok, text_cell, dash)
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


def tokenize(text: str, offset: int = 0) -> list[Token]:
    """Whitespace tokens with char offsets; `%` standing alone joins the number before it."""
    if "%" not in text:  # nothing to join (most lines)
        return [(m.group(), m.start() + offset, m.end() + offset) for m in TOKEN_RE.finditer(text)]
    toks: list[Token] = []
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


def has_number(tokens) -> bool:
    return any(token_kind(t[0]).number for t in tokens)


def count_numbers(tokens) -> int:
    return sum(1 for t in tokens if token_kind(t[0]).number)


# ---------------------------------------------------------------- segmentation
# A row's readings grow exponentially with its run of numbers and each holds all of its cells, so every
# run is read under a budget (issue 18): at most settings.segment_cell_budget cells over all readings kept
# of one row (the samples' longest row, 16 tokens, has 256 readings; the budget keeps 2 000 for it), and a
# run of more than settings.max_row_tokens tokens (a table flattened onto one line) is read once, token by
# token, unchecked by arithmetic (see long_run_reading). Time and memory then grow linearly with the row.


@lru_cache(maxsize=8)  # one string shared by every cell of a long run (a flattened page has 100 000s)
def long_run_check(settings: TableSettings) -> str:
    return (
        f"unverified: a run of more than {settings.max_row_tokens} numbers is too long to read by the "
        "table's arithmetic; each printed number read as a cell of its own"
    )


def reading_cap(n_tokens: int, settings: TableSettings) -> int:
    """How many readings of a row of n_tokens are kept at most (the beam of _segmentations)."""
    return max(1, min(settings.max_segmentations, settings.segment_cell_budget // max(1, n_tokens)))


def segmentations(
    tokens, limit: int | None = None, settings: TableSettings = DEFAULT_SETTINGS
) -> list[tuple[Cell, ...]]:
    """The ways to read the tokens as a sequence of Swedish numbers (and `-` placeholders): all of them
    when they are at most reading_cap, else the first reading_cap in the order of _segmentations (at most
    limit, settings.max_segmentations when None); a run longer than settings.max_row_tokens has the one
    reading of long_run_reading. A new list each call; the readings in it are shared (immutable)."""
    tokens = tuple(tokens)
    limit = settings.max_segmentations if limit is None else limit
    if len(tokens) > settings.max_row_tokens:
        return [long_run_reading(tokens, settings.max_groups)]
    cap = reading_cap(len(tokens), settings)
    readings = _segmentations(tokens, cap, settings.max_groups)
    if len(readings) < cap and len(readings) <= limit:
        return list(readings)  # fewer than the cap: no step was cut off, so these are all of them
    return list(_segmentations(tokens, min(limit, cap), settings.max_groups))


def _paren_kind(tok: str, text_cell: bool, dash: bool) -> TokenKind:
    """A token of a negative amount in parentheses: `(211)` a number by itself, `(4` the head of `(4 795)` (no
    number alone), `795)` its closing thousands group; any other token no number."""
    if PAREN_WHOLE_RE.match(tok):
        return TokenKind(text_cell, dash, True, True, True, False, False, False)
    if PAREN_OPEN_RE.match(tok):
        return TokenKind(text_cell, dash, True, True, False, True, False, True)
    if PAREN_CLOSE_RE.match(tok):
        return TokenKind(text_cell, dash, True, False, False, False, True, False)
    return TokenKind(text_cell, dash, False, False, False, False, False, False)


@lru_cache(maxsize=512)  # a pure function of hashable arguments; a table's rows fit (bounded memory)
def _segmentations(tokens: tuple[Token, ...], limit: int, max_groups: int) -> tuple[tuple[Cell, ...], ...]:
    kinds = [token_kind(tok) for tok, _, _ in tokens]
    # readings[i]: the readings of tokens[i:], built from the end of the row
    readings: list[list[tuple[Cell, ...]]] = [[] for _ in tokens] + [[()]]
    for i in range(len(tokens) - 1, -1, -1):
        out = readings[i]
        for nxt, text, start, end in _cell_options(tokens, kinds, i, max_groups):
            cell = cell_from_text(text, start, end)
            room = max(1, limit - len(out))  # past the limit, an option still adds its first reading
            out += [(cell, *rest) for rest in readings[nxt][:room]]
        if i + max_groups + 2 < len(readings):
            readings[i + max_groups + 2] = []  # no cell reaches that far (a sign, a head, max_groups groups): freed
    return tuple(readings[0])


# (a pure function of hashable arguments; the table reader asks for the same long row about four times: probing
# the column count, choosing it, reading the row; a few entries hold the rows of the table being read)
@lru_cache(maxsize=4)
def long_run_reading(tokens: tuple[Token, ...], max_groups: int = DEFAULT_SETTINGS.max_groups) -> tuple[Cell, ...]:
    """One reading of a long run, in linear time: the most cells, i.e. every printed number a cell of its
    own unless it cannot stand alone (`000`, `05` only continue a number), and a spaced minus the sign of
    the number after it (`- 425`). Returns () when the run cannot be read as numbers at all."""
    kinds = [token_kind(tok) for tok, _, _ in tokens]
    n = len(tokens)
    # best[i]: (score of the best reading of tokens[i:], the option taken); -1 where tokens[i:] cannot be
    # read. A cell scores 1 (`1 234` too), a signed number one more per token and a half (`- 425`: 2.5, so
    # that it wins over `-` and `425` apart)
    best: list[tuple[float, tuple[int, str, int, int] | None]] = [(-1.0, None) for _ in range(n)]
    best.append((0.0, None))
    for i in range(n - 1, -1, -1):
        for option in _cell_options(tokens, kinds, i, max_groups):
            score = best[option[0]][0]
            gain = option[0] - i + 0.5 if kinds[i].dash and option[0] > i + 1 else 1
            if score >= 0 and score + gain > best[i][0]:
                best[i] = (score + gain, option)
    if best[0][0] < 0:
        return ()
    cells, i = [], 0
    while i < n:
        taken = best[i][1]
        assert taken is not None  # every step of a readable run has its option
        nxt, text, start, end = taken
        cells.append(cell_from_text(text, start, end))
        i = nxt
    return tuple(cells)


def _cell_options(
    tokens: tuple[Token, ...], kinds: list[TokenKind], i: int, max_groups: int
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
                options += _grouped(tokens, kinds, j, text, a, max_groups)
    elif kind.number:
        if kind.standalone:
            options.append((i + 1, tok, a, b))
        if kind.can_head:
            options += _grouped(tokens, kinds, i, tok, a, max_groups)
    return options


def _grouped(
    tokens: tuple[Token, ...], kinds: list[TokenKind], head: int, text: str, start: int, max_groups: int
) -> list[tuple[int, str, int, int]]:
    """Cells of the number headed by tokens[head] over one or more thousands groups."""
    options = []
    k = head + 1
    while (
        k < len(tokens)
        and k - head < max_groups
        and kinds[k].can_continue
        and kinds[k - 1].continues_further
        and tokens[k][1] - tokens[k - 1][2] == 1
    ):
        text += " " + tokens[k][0]
        if text.startswith("(") == text.endswith(")"):  # `(4 795)` closes where it opened, `4 795)` is no number
            options.append((k + 1, text, start, tokens[k][2]))
        k += 1
    return options
