"""Lines -> blocks: runs of table rows, with the labels that wrap over lines joined to their rows."""

from __future__ import annotations

import dataclasses

from loaders.tables.headers import is_page_chrome, names_columns
from loaders.tables.layouts import join_wrapped, line_to_row, opens_indicator_table
from loaders.tables.records import RawBlock, Row
from loaders.tables.settings import DEFAULT_SETTINGS, TableSettings
from loaders.tables.vocabulary import HEADER_HINT_RE, SENTENCE_END_RE


def with_wrapped_label(row: Row, pending: list[tuple[int, str]], settings: TableSettings) -> Row:
    """A row with the text lines printed above it (since the previous row) that belong to its label:
    a label wrapped above label-less values (`Köpt riks- och region-` / `vård` / `12 345 11 987`), or a
    hyphenated first part of the label (`Hälso- och sjuk-` / `vård 1 234 1 100`)."""
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
        and pending[-1][1].endswith(("-",))
    ):
        return dataclasses.replace(row, label=" ".join(p for _, p in pending) + " " + row.label)
    return row


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
    header = ""  # the last header line naming columns above the current block
    for i, s in enumerate(lines):
        if opens_indicator_table(s, settings):
            indicator_until = i + settings.comment_table_lines
        indicator = i <= indicator_until
        row = line_to_row(i, s, settings, indicator)
        if row is not None:
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
