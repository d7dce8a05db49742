"""Text flattened onto one line (a web copy of a PDF, an old converter: a whole page, tables included,
on one line) broken back into lines the readers know: one sentence a line, and a run of numbers apart
from the words around it. Every piece keeps the number of the source line it came from."""
from __future__ import annotations

import re

LONG_LINE = 400  # characters; a printed line is rarely over 200, a flattened page is thousands
# a sentence ends: `. ` (or ! ?) before a capital letter; not after a lone capital or digit ('t.ex. E', 'kl. 8')
SENTENCE_END_RE = re.compile(r"(?<=[a-zåäö%)][.!?])\s+(?=[A-ZÅÄÖ])")
# three or more numbers in a row (`573 -5 067 -2 741 ...`): a table's values, not a sentence's
NUMBER_RUN_RE = re.compile(r"(?:(?<=\s)|^)(?:[-–+]?\s?\d{1,3}(?:[  ]\d{3})*(?:,\d+)?%?\s+){3,}[-–+]?\s?\d[\d  ]*(?:,\d+)?%?(?=\s|$)")


def split_flattened(line: str) -> list[str]:
    """One long line -> its sentences, with runs of numbers on lines of their own."""
    if len(line) <= LONG_LINE:
        return [line]
    pieces: list[str] = []
    for sentence in SENTENCE_END_RE.split(line):
        last = 0
        for m in NUMBER_RUN_RE.finditer(sentence):
            pieces += [sentence[last:m.start()], m.group(0)]
            last = m.end()
        pieces.append(sentence[last:])
    return [p.strip() for p in pieces if p.strip()] or [line]


def reflow(lines: list[str]) -> tuple[list[str], list[int]]:
    """(lines with every long line split, the 1-based source line of each). Text of ordinary length
    comes back as it was, with origin[i] == i + 1."""
    out: list[str] = []
    origin: list[int] = []
    for number, line in enumerate(lines, start=1):
        parts = split_flattened(line)
        if len(parts) > 1:
            parts = [p for part in parts for p in (part, "")][:-1]  # a blank line between: no sentence spans two
        out += parts
        origin += [number] * len(parts)
    return out, origin
