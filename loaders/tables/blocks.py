"""Lines -> blocks: runs of table rows, with the labels that wrap over lines joined to their rows."""

from __future__ import annotations

import dataclasses

from loaders.tables.headers import continues_label, is_page_chrome, label_goes_on, names_columns
from loaders.tables.layouts import join_wrapped, line_to_row, opens_indicator_table, split_row
from loaders.tables.numbers import count_numbers, token_kind
from loaders.tables.records import RawBlock, Row
from loaders.tables.settings import DEFAULT_SETTINGS, TableSettings
from loaders.tables.vocabulary import HEADER_HINT_RE, MINUS, SENTENCE_END_RE, VALUES_BELOW_RE


def with_wrapped_label(row: Row, pending: list[tuple[int, str]], settings: TableSettings) -> Row:
    """A row with the text lines printed above it (since the previous row) that belong to its label:
    a label wrapped above label-less values (`Köpt riks- och region-` / `vård` / `12 345 11 987`), or a
    first part of the label that stops short (`Hälso- och sjuk-` / `vård 1 234 1 100`) or that the row's label
    continues (`Sjukvårdande` / `behandlingar 153 187 148 435`)."""
    if not pending:
        return row
    if not row.label:
        return dataclasses.replace(
            row, label=join_wrapped([p for _, p in pending]), lines=tuple(k + 1 for k, _ in pending) + row.lines
        )
    if (
        all(len(p) < settings.wrapped_label_chars_below for _, p in pending)
        and len(pending) <= settings.max_wrapped_label_lines
        and not any(HEADER_HINT_RE.search(p) for _, p in pending)
        and (label_goes_on(pending[-1][1]) or (continues_label(row.label) and pending[0][1][:1].isupper()))
    ):
        return dataclasses.replace(row, label=" ".join(p for _, p in pending) + " " + row.label)
    return row


def with_values_below(row: Row, lines: list[str], settings: TableSettings) -> tuple[Row, int]:
    """A labelled row whose values go on over the lines below it, up to the next label: a number the PDF
    broke at a thousands group (`Minskad hyrbemanning 70 000 -113` / `362` / `-106` / `185` / `-7177`) or
    cells printed with their count noun wrapped (`Uppsökande tandvård 1 068` / `munhälsobed.` / `1 157` /
    `munhälsobed.` / `-89 3 776 Tackat ja 3 645 Tackat ja 131 0,5 0,5`). The lines below that start with a
    number, or are a short lower-case noun, are joined to the row when the joined line still reads as the
    row's label followed by more numbers; else the row is left as it is. Returns the row and the index of
    its last line."""
    i = row.line - 1
    below: list[int] = []
    j = i + 1
    while j < len(lines) and len(below) < settings.max_values_below_lines:
        t = lines[j].strip()
        if t:
            if len(t) > settings.max_pending_chars or not VALUES_BELOW_RE.match(t):
                break
            if not t[0].isdigit() and t[0] not in MINUS and len(t) > settings.max_noun_below_chars:
                break
            below.append(j)
        j += 1
    while below and not any(map(str.isdigit, lines[below[-1]])):
        below.pop()  # (a noun after the last value belongs to no value of this row)
    if not below or not _goes_on(row, lines[below[0]].strip()):
        return row, i
    joined = " ".join([row.raw.rstrip()] + [lines[k].strip() for k in below])
    parsed = split_row(joined)
    if parsed is None or parsed.label.strip() != row.label or parsed.label_after:
        return row, i
    if count_numbers(parsed.tokens) <= count_numbers(row.tokens):
        return row, i
    return (
        dataclasses.replace(
            row,
            raw=joined,
            tokens=parsed.tokens,
            lines=row.lines + tuple(k + 1 for k in below),
            own_line=row.raw if _continues_a_number(lines[below[0]].strip()) else "",
        ),
        below[-1],
    )


def _continues_a_number(first: str) -> bool:
    """The first line below a row goes on with the row's last number (`362` after `-113`), not with its noun."""
    return first[:1].isdigit() or first[:1] in MINUS


def _goes_on(row: Row, first: str) -> bool:
    """Whether the first line below a row goes on with its last value: the count noun of that value
    (`munhälsobed.`), or the next thousands group of a number the line broke (`-113` / `362`). A line that
    is a row of its own, or a lone number of another kind (a page number), starts nothing of this row."""
    if not _continues_a_number(first):
        return True  # (VALUES_BELOW_RE: a lower-case noun)
    last = row.tokens[-1][0] if row.tokens else ""
    return token_kind(last).can_head and first.isdigit() and token_kind(first).can_continue


def comment_label_lines(pending: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """In an indicator table the comment of the row above continues in lower case and the next label
    starts upper case: the lines from the last one that starts upper case."""
    ups = [x for x, (_, p) in enumerate(pending) if p[:1].isupper()]
    return pending[ups[-1] :] if ups else []


def find_blocks(lines: list[str], settings: TableSettings = DEFAULT_SETTINGS) -> list[RawBlock]:
    """The blocks of consecutive rows; a few short text lines between rows (wrapped labels, a comment
    sentence in an indicator table) do not end a block, running text and page chrome do."""
    blocks: list[RawBlock] = []
    cur: list[Row] = []
    pending: list[tuple[int, str]] = []
    start = end = -1
    indicator_until = -1
    skip_to = -1  # the last line of values below a row (with_values_below): read with the row
    header = ""  # the last header line naming columns above the current block
    for i, s in enumerate(lines):
        if i <= skip_to:
            continue
        if opens_indicator_table(s, settings):
            indicator_until = i + settings.comment_table_lines
        indicator = i <= indicator_until
        row = None if is_page_chrome(s) else line_to_row(i, s, settings, indicator)  # `Sida 10 (38)`: no row
        if row is not None:
            if row.label and not indicator and not row.label_after:
                row, skip_to = with_values_below(row, lines, settings)
            if indicator and pending:
                pending = comment_label_lines(pending)
            if cur:
                row = with_wrapped_label(row, pending, settings)
            else:
                start = i
            cur.append(row)
            end = i
            pending = []
            continue
        t = s.strip()
        if not t:
            continue
        if names_columns(t, settings):
            # a header line of other columns between rows opens the next table (`Personal` / `Utfall 2017 2016
            # Förändring` under a table of `Antal 2017 2016 2015`); the same header repeated after a page
            # break goes on in the same table; in an indicator table such a line may be a row's comment
            if cur and not indicator and " ".join(t.split()) != header:
                blocks.append(RawBlock(tuple(cur), start, end))
                cur, pending = [], []
            header = " ".join(t.split())
        if cur:
            gap = settings.max_label_gap + (settings.comment_label_gap if indicator else 0)
            if indicator and SENTENCE_END_RE.search(t) and len(pending) < gap:
                pending.append((i, t))  # a comment sentence ends inside an indicator table
                continue
            if (
                len(pending) < gap
                and len(t) <= settings.max_pending_chars
                and not SENTENCE_END_RE.search(t)
                and not is_page_chrome(t)
            ):
                pending.append((i, t))
                continue
            blocks.append(RawBlock(tuple(cur), start, end))
            cur, pending = [], []
    if cur:
        blocks.append(RawBlock(tuple(cur), start, end))
    return blocks
