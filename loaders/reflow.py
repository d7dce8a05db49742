"""Text as web copies of reports give it, made into lines the readers know. Markup left in (`<strong>12</strong>`,
`<br />`, `&nbsp;`) is taken out; a page flattened onto one line (a web copy of a PDF, an old converter: a
whole page, tables included, on one line) is broken back into one sentence a line, with a run of numbers
apart from the words around it. Every piece keeps the number of the source line it came from."""

from __future__ import annotations

import re

from loaders.tables.flattened import TEXT, Piece, blank_between, lay_out_tables
from loaders.tables.settings import DEFAULT_SETTINGS

TAG_RE = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]{0,200})?/?>")  # an HTML tag, not a '<' between numbers
ENTITIES = {
    "&nbsp;": " ",
    "&amp;": "&",
    "&lt;": "<",
    "&gt;": ">",
    "&quot;": '"',
    "&#39;": "'",
    "&ndash;": "–",
    "&minus;": "−",
}
ENTITY_RE = re.compile("|".join(map(re.escape, ENTITIES)))
LONG_LINE = 400  # characters; a printed line is rarely over 200, a flattened page is thousands
# a sentence ends: `. ` (or ! ?) before a capital letter, after a word or a number ('... 2009. Resultatet');
# not after a lone capital or digit ('t.ex. E', 'kl. 8')
SENTENCE_END_RE = re.compile(r"(?:(?<=[a-zåäö%)][.!?])|(?<=\d\d[.!?]))\s+(?=[A-ZÅÄÖ])")
# three or more numbers in a row (`573 -5 067 -2 741 ...`): a table's values, not a sentence's
NUMBER_RUN_RE = re.compile(
    r"(?:(?<=\s)|^)(?:[-–+]?\s?\d{1,3}(?:[  ]\d{3})*(?:,\d+)?%?\s+){3,}[-–+]?\s?\d[\d  ]*(?:,\d+)?%?(?=\s|$)"
)


def without_markup(line: str) -> str:
    """`<strong>2007</strong> 2006<br />` -> `2007 2006`; entities become their characters."""
    if "<" in line:
        line = TAG_RE.sub("", line)
    if "&" in line:
        line = ENTITY_RE.sub(lambda m: ENTITIES[m.group(0)], line)
    return line


def _sentences_and_runs(text: str) -> list[str]:
    """Running text -> its sentences, with runs of numbers apart."""
    pieces: list[str] = []
    for sentence in SENTENCE_END_RE.split(text):
        last = 0
        for m in NUMBER_RUN_RE.finditer(sentence):
            pieces += [sentence[last : m.start()], m.group(0)]
            last = m.end()
        pieces.append(sentence[last:])
    return [p.strip() for p in pieces if p.strip()]


def split_flattened(line: str, long_line: int = LONG_LINE) -> list[str]:
    """One long line -> its lines: a table flattened into it laid out again (loaders/tables/flattened.py: its
    header and one line per row), the rest one sentence a line with runs of numbers on lines of their own; a
    blank line between any two of them but the lines of one table. A line of a paragraph's length (a short
    page, a paragraph run together) has its tables laid out when they stand under a header, its text kept whole."""
    flat = len(line) > long_line
    if not flat and len(line) < DEFAULT_SETTINGS.min_flat_line_chars:
        return [line]
    pieces = lay_out_tables(line, DEFAULT_SETTINGS, need_header=not flat)
    if pieces is None and not flat:
        return [line]
    out: list[str] = []
    last = TEXT  # the kind of the last piece out
    for piece in pieces or [Piece(line, TEXT)]:
        for part in _sentences_and_runs(piece.text) if flat and piece.kind == TEXT else [piece.text.strip()]:
            if out and blank_between(last, piece.kind):
                out.append("")
            out.append(part)
            last = piece.kind
    return out or [line]


def reflow(lines: list[str], cut_off: bool = False) -> tuple[list[str], list[int]]:
    """(lines without markup and with every long line split, the 1-based source line of each). Text of
    ordinary length comes back as it was, with origin[i] == i + 1. The last line of a text that was
    `cut_off` in the middle of it is split into sentences whatever its length: only its last sentence
    is cut."""
    out: list[str] = []
    origin: list[int] = []
    for number, line in enumerate(lines, start=1):
        # a blank line between the pieces of a split line: no sentence spans two
        parts = split_flattened(without_markup(line), 0 if cut_off and number == len(lines) else LONG_LINE)
        out += parts
        origin += [number] * len(parts)
    return out, origin
